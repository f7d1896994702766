"""Output that every parser and store accepts: formats, validate, query, load into a real Oxigraph server."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from graphbuild.cli import main
from graphbuild.errors import InputError
from graphbuild.export.formats import ONTOLOGY_GRAPH
from graphbuild.load import LoadError, load
from graphbuild.pipeline import build, check
from graphbuild.query import run_query
from graphbuild.resources import sample_article
from graphbuild.validate import InvalidGraphError

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLES = ROOT.parent / "shared" / "articles"
QUERIES = ROOT / "queries"
HOSTILE = (
    "Jane “Jo” O'Neill said: “We\u200b won't accept <this> {or} that | ^ ` \\ \"\"\" 🚓 \u202eevil\u202c.”\n\n"
    "Tom <Ellison>, chairman of the Police Federation, told The Guardian: “Cuts are a problem\\n "
    "and \"\"\"triple quotes\"\"\" too.”\n"
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    build([Path(str(sample_article()))], out=out, formats=["nt", "trig", "jsonld"], with_ontology=True)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory, development_extractions):
    """graph.ttl for the sample, every development article and a hostile text. Each development article's is
    the Turtle of its own one-article graph from the session's extraction (`development_extractions`): the
    graph.ttl its build writes, byte for byte (test_api, `test_same_graph_and_page_as_the_command_line`)."""
    import graphbuild
    from graphbuild.export.turtle import turtle_bytes

    root = tmp_path_factory.mktemp("built")
    hostile = root / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    outs = []
    for article in (Path(str(sample_article())), hostile):
        out = root / article.stem
        # SHACL conformance is tested on its own; here only the hostile text pays for validation.
        build([article], out=out, validation="strict" if article == hostile else "skip")
        outs.append(out / "graph.ttl")
    if SHARED_ARTICLES.is_dir():
        for source, extraction in development_extractions(SHARED_ARTICLES).items():
            out = root / "development" / source
            out.mkdir(parents=True)
            (out / "graph.ttl").write_bytes(turtle_bytes(graphbuild.to_graph([extraction], validation="skip")))
            outs.append(out / "graph.ttl")
    return outs


def test_every_parser_accepts_the_turtle(built):
    assert shutil.which("rapper"), "Debian's raptor2-utils (rapper) is needed; .ci/run installs it"
    for path in built:
        rdflib_count = len(Graph().parse(path, format="turtle"))
        oxi_count = len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)))
        done = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert f"returned {rdflib_count} triples" in done.stderr
        assert rdflib_count == oxi_count > 0, path


def test_formats_round_trip(sample):
    turtle = Graph().parse(sample / "graph.ttl", format="turtle")
    assert isomorphic(turtle, Graph().parse(sample / "graph.nt", format="nt"))
    assert isomorphic(turtle, Graph().parse(sample / "graph.jsonld", format="json-ld"))
    assert json.loads((sample / "graph.jsonld").read_text(encoding="utf-8"))["@context"]["gb"].endswith("#")
    dataset = Dataset()
    dataset.parse(sample / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = {str(s) for s in turtle.subjects(None, URIRef("https://w3id.org/graphbuild/ontology#NewsArticle"))}
    assert names == articles | {str(ONTOLOGY_GRAPH)}
    union = Graph()
    for name in articles:
        for triple in dataset.graph(URIRef(name)):
            union.add(triple)
    assert isomorphic(turtle, union)
    ontology = Graph().parse(sample / "ontology.ttl", format="turtle")
    assert isomorphic(ontology, dataset.graph(ONTOLOGY_GRAPH))
    assert (URIRef("https://w3id.org/graphbuild/ontology#Politician"), RDFS.subClassOf,
            URIRef("https://w3id.org/graphbuild/ontology#Person")) in ontology


def test_validate_command(sample, tmp_path, capsys):
    assert main(["validate", str(sample / "graph.ttl"), str(sample / "graph.trig")]) == 0
    broken = Graph().parse(sample / "graph.ttl", format="turtle")
    person = next(broken.subjects(RDFS.label, None))
    broken.remove((person, RDFS.label, None))
    bad = tmp_path / "bad.ttl"
    broken.serialize(bad, format="turtle")
    capsys.readouterr()
    assert main(["validate", str(bad)]) == 1
    report = capsys.readouterr().out
    assert str(person) in report and str(RDFS.label) in report and "violation" in report


def test_build_refuses_an_invalid_graph(sample):
    broken = Graph().parse(sample / "graph.ttl", format="turtle")
    person = next(broken.subjects(RDFS.label, None))
    broken.remove((person, RDFS.label, None))
    with pytest.raises(InvalidGraphError, match="--allow-invalid"):
        check(broken, "strict")
    assert any(str(RDFS.label) in line for line in check(broken, "warn"))
    assert check(broken, "skip") == []


@pytest.mark.parametrize("query", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_shipped_queries_give_their_documented_answers(sample, query):
    expected = (QUERIES / "answers" / f"{query.stem}.csv").read_text(encoding="utf-8")
    got = run_query(str(query), graphs=[sample / "graph.ttl"], fmt="csv")
    assert got == expected
    assert len(list(csv.reader(io.StringIO(got)))) > 1


def test_query_formats_and_persistent_store(sample, tmp_path):
    count = "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a <https://w3id.org/graphbuild/ontology#Quote> }"
    quotes = len(set(Graph().parse(sample / "graph.ttl").subjects(
        None, URIRef("https://w3id.org/graphbuild/ontology#Quote"))))
    assert json.loads(run_query(count, graphs=[sample / "graph.ttl"], fmt="json")) == [{"n": str(quotes)}]
    assert "| " not in run_query(count, graphs=[sample / "graph.ttl"], fmt="csv")
    table = run_query(count, graphs=[sample / "graph.ttl"], fmt="table")
    assert table.splitlines()[0].strip() == "n" and "(1 row)" in table
    store = tmp_path / "store"
    run_query(count, graphs=[sample / "graph.ttl"], store_dir=store, fmt="csv")
    assert run_query(count, graphs=[], store_dir=store, fmt="csv") == f"n\n{quotes}\n"
    with pytest.raises(Exception, match="not valid"):
        run_query("SELEKT nothing", graphs=[sample / "graph.ttl"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("oxigraph serve did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _remote_count(url: str, cls: str) -> int:
    query = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <https://w3id.org/graphbuild/ontology#{cls}> }}"
    request = urllib.request.Request(f"{url}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_load_into_a_real_oxigraph_server(sample, oxigraph_server, capsys):
    local = Graph().parse(sample / "graph.ttl")
    expected = {cls: len(set(local.subjects(None, URIRef(f"https://w3id.org/graphbuild/ontology#{cls}"))))
                for cls in ("Person", "Quote", "Figure")}
    expected["Person"] = len(set(local.subjects(None, URIRef("https://w3id.org/graphbuild/ontology#Person")))
                             | set(local.subjects(None, URIRef("https://w3id.org/graphbuild/ontology#Politician")))
                             | set(local.subjects(None, URIRef(
                                 "https://w3id.org/graphbuild/ontology#PoliceOfficer"))))
    assert main(["load", str(sample / "graph.ttl"), "--endpoint", f"{oxigraph_server}/store"]) == 0
    assert "HTTP 20" in capsys.readouterr().out
    remote = {cls: _remote_count(oxigraph_server, cls) for cls in ("Quote", "Figure")}
    remote["Person"] = _people(oxigraph_server)
    assert remote == expected and all(expected.values())
    # --replace into a named graph, then the store holds it there
    graph_iri = "https://example.org/graph/sample"
    load(sample / "graph.ttl", endpoint=f"{oxigraph_server}/store", graph=graph_iri, replace=True)
    load(sample / "graph.ttl", endpoint=f"{oxigraph_server}/store", graph=graph_iri, replace=True)
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(f"{oxigraph_server}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert int(json.load(response)["results"]["bindings"][0]["n"]["value"]) == len(local)


def _people(url: str) -> int:
    query = ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t . VALUES ?t { "
             "<https://w3id.org/graphbuild/ontology#Person> <https://w3id.org/graphbuild/ontology#Politician> "
             "<https://w3id.org/graphbuild/ontology#PoliceOfficer> } }")
    request = urllib.request.Request(f"{url}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_load_errors_are_clear_and_keep_secrets(sample, monkeypatch, capsys):
    monkeypatch.setenv("GRAPHBUILD_STORE_USER", "admin")
    monkeypatch.setenv("GRAPHBUILD_STORE_PASSWORD", "s3cret-pw")
    port = _free_port()
    code = main(["load", str(sample / "graph.ttl"), "--endpoint", f"http://127.0.0.1:{port}/store"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach" in err and "is the store running" in err
    assert "s3cret-pw" not in err and len(err.strip().splitlines()) == 1
    code = main(["load", str(sample / "graph.ttl"), "--endpoint", f"http://bob:pw-in-url@127.0.0.1:{port}/store"])
    err = capsys.readouterr().err
    assert code == 1 and "pw-in-url" not in err
    with pytest.raises(InputError, match="http"):
        load(sample / "graph.ttl", endpoint="ftp://example.org/")
    with pytest.raises(LoadError):
        load(sample / "graph.ttl", endpoint=f"http://127.0.0.1:{port}/store", timeout=2)


def test_loading_trig_keeps_and_says_its_named_graphs(sample, oxigraph_server):
    message = load(sample / "graph.trig", endpoint=f"{oxigraph_server}/store")
    assert "default graph" not in message and "named graph" in message
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    request = urllib.request.Request(f"{oxigraph_server}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert int(json.load(response)["results"]["bindings"][0]["n"]["value"]) >= 2  # the article's and the ontology's
