"""Stated metadata: a sidecar, front matter, a manifest and the API give a plain-text article its date,
headline, outlet and address, in that order of precedence over what is read from the text."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import rdflib

import graphbuild
from graphbuild.errors import InputError
from graphbuild.metadata import ArticleMeta, read_manifest, split_front_matter

SCHEMA = rdflib.Namespace("http://schema.org/")
GB = rdflib.Namespace("https://w3id.org/graphbuild/ontology#")
STORY = ("Ruth Kell, the chief constable of Kent Police, said on Monday that the force would recruit "
         "more officers this year.\n")


def _articles(graph: rdflib.Graph) -> dict[str, dict[str, str]]:
    out = {}
    for article in graph.subjects(rdflib.RDF.type, GB.NewsArticle):
        out[str(graph.value(article, GB.sourceFile))] = {
            key: str(graph.value(article, prop) or "")
            for key, prop in (("published", SCHEMA.datePublished), ("title", SCHEMA.headline),
                              ("outlet", GB.outlet), ("url", SCHEMA.url))}
    return out


@pytest.fixture(scope="module")
def stated_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stated")
    news = folder / "news"
    news.mkdir()
    (news / "front.txt").write_text("---\npublished: 2021-03-04\nheadline: Front headline\n"
                                    "url: https://example.org/news/front?id=1\n---\nRead headline\n\n" + STORY)
    (news / "side.txt").write_text("8 Jan 18\nRead headline\n\n" + STORY)
    (news / "side.meta.json").write_text(json.dumps({"published": "2019-05-06", "outlet": "The Example Gazette"}))
    (news / "listed.txt").write_text("---\npublished: 2001-01-01\n---\nRead headline\n\n" + STORY)
    (news / "listed.meta.json").write_text(json.dumps({"outlet": "Sidecar Outlet", "headline": "Sidecar headline"}))
    (news / "plain.txt").write_text("Monday 12 March 2018\nBy Sam Field\nPlain headline\n\n" + STORY)
    manifest = folder / "articles.csv"
    manifest.write_text("file,published,headline,outlet,url\n"
                        "news/listed.txt,2022-02-03,Manifest headline,,https://example.org/listed\n")
    result = graphbuild.build([news], folder / "out", manifest=manifest, use_cache=False)
    graph = rdflib.Graph().parse(result.outputs["turtle"])
    return _articles(graph)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("front.txt", {"published": "2021-03-04", "title": "Front headline", "outlet": "",
                       "url": "https://example.org/news/front?id=1"}),
        ("side.txt", {"published": "2019-05-06", "title": "Read headline", "outlet": "The Example Gazette",
                      "url": ""}),  # the sidecar's date over the dateline read from the text
        ("listed.txt", {"published": "2022-02-03", "title": "Manifest headline", "outlet": "Sidecar Outlet",
                        "url": "https://example.org/listed"}),  # manifest over sidecar over front matter
        ("plain.txt", {"published": "2018-03-12", "title": "Plain headline", "outlet": "", "url": ""}),
    ],
    ids=["front-matter", "sidecar", "manifest-first", "read-from-text"],
)
def test_stated_metadata_reaches_the_graph(stated_build, source, expected):
    assert stated_build[source] == expected


def test_the_api_takes_the_same_keys():
    ex = graphbuild.extract(STORY, title="A title", published="2020-02-02", outlet="Outlet", url="https://example.org/a")
    assert (ex.article.title, ex.article.published, ex.article.outlet, ex.article.url) == (
        "A title", "2020-02-02", "Outlet", "https://example.org/a")


def test_front_matter_keeps_offsets():
    text = "---\ntitle: T\n---\nBody starts here."
    meta, rest = split_front_matter(text, "x.txt")
    assert meta == ArticleMeta(title="T")
    assert len(rest) == len(text) and rest.index("Body") == text.index("Body")


@pytest.mark.parametrize(
    "write, message",
    [
        (lambda d: (d / "m.csv").write_text("name,published\na.txt,2020-01-01\n"), "needs a 'file' column"),
        (lambda d: (d / "m.csv").write_text("file,published\na.txt,yesterday\n"), "is not a date"),
        (lambda d: (d / "m.csv").write_text("file,colour\na.txt,red\n"), "unknown metadata key 'colour'"),
        (lambda d: (d / "m.csv").write_text("file,url\na.txt,javascript:alert(1)\n"), "is not an http(s) address"),
        (lambda d: (d / "m.csv").write_text("file\na.txt\na.txt\n"), "a second time"),
    ],
    ids=["no-file-column", "bad-date", "unknown-key", "bad-url", "twice"],
)
def test_a_bad_manifest_is_one_line(tmp_path, write, message):
    write(tmp_path)
    with pytest.raises(InputError) as caught:
        read_manifest(tmp_path / "m.csv")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_bad_sidecar_fails_the_build_in_one_line_and_keeps_earlier_output(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\n" + STORY)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# earlier output\n")
    (tmp_path / "a.meta.json").write_text("[1, 2]")
    run = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(article), "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "a.meta.json: not a JSON object of metadata" in run.stderr
    assert "Traceback" not in run.stderr
    assert (out / "graph.ttl").read_text() == "# earlier output\n"
