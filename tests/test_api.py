"""The public Python API's promises: the command line's graph for the same input, a passed pipeline
reused (nothing loaded), the command line's one-line errors as exceptions, streaming, the networkx
views, the inline page, runnable docstring examples and the example notebook."""
from __future__ import annotations

import datetime
import doctest
import html
import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import graphbuild
import graphbuild.api as api
from graphbuild.cli import main
from graphbuild.errors import InputError
from graphbuild.export.turtle import turtle_bytes
from graphbuild.records import Extraction

ROOT = Path(__file__).resolve().parent.parent
FIRST = """Police numbers to rise, says minister

Published 3 March 2021

Jane Porter, the Home Secretary, visited the Metropolitan Police on Monday. She said: “We will recruit 2,000 more officers in London.”

The Police Federation criticised the plan. Its chair, Tom Marsh, said the money was “far too little”.
"""
SECOND = """Opposition attacks police cuts

Published 5 March 2021

Porter defended the funding settlement in the Commons on Tuesday. The home secretary said forces would get £400m.

Labour's shadow home secretary, Anna Bright, said: “Forces have lost 20,000 officers since 2010.”
"""
SHORT = "Jane Porter, the Home Secretary, said: “The Metropolitan Police will get 500 more officers.”"


def test_import_is_light():
    code = ("import sys, graphbuild; print(sorted(m for m in ('spacy', 'rdflib', 'networkx', 'pyoxigraph', "
            "'graphbuild.api', 'graphbuild.pipeline') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_public_names_at_the_top_level():
    for name in graphbuild.__all__:
        assert getattr(graphbuild, name) is not None, name
    assert set(graphbuild.__all__) <= set(dir(graphbuild))
    with pytest.raises(AttributeError):
        graphbuild.no_such_name  # noqa: B018
    # the extractors' subpackage shares the name `extract`: importing it keeps the function callable
    importlib.import_module("graphbuild.extract.article")
    from graphbuild import extract

    assert callable(graphbuild.extract) and extract is graphbuild.extract
    assert graphbuild.extract.article.extract is not None
    assert inspect.signature(graphbuild.extract) == inspect.signature(api.extract)


@pytest.mark.parametrize("function", ["extract", "extract_many", "to_graph", "to_networkx", "show", "write_html",
                                      "build", "load_nlp"])
def test_options_are_keyword_only_typed_and_documented(function):
    func = getattr(api, function)
    params = list(inspect.signature(func).parameters.values())
    positional = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert len(positional) <= 2, positional  # the data (and for build and write_html, where to)
    assert all(p.annotation is not inspect.Parameter.empty for p in params), function
    assert ">>> " in (func.__doc__ or ""), f"{function} has no example"


@pytest.fixture(scope="module")
def two_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return [folder / "first.txt", folder / "second.txt"]


@pytest.mark.parametrize("base_iri", [None, "https://example.org/kg/"])
def test_same_graph_and_page_as_the_command_line(two_files, tmp_path, nlp, base_iri):
    from graphbuild.pipeline import build

    options = {"base_iri": base_iri} if base_iri else {}
    out = tmp_path / "out"
    build(two_files, out=out, use_cache=False, progress=False, **options)
    items = [{"text": path.read_text(encoding="utf-8"), "source": path.name} for path in two_files]
    extractions = list(graphbuild.extract_many(items, nlp=nlp))
    graph = graphbuild.to_graph(extractions, **options)
    assert turtle_bytes(graph) == (out / "graph.ttl").read_bytes()
    assert graph.serialize(format="turtle", encoding="utf-8") == (out / "graph.ttl").read_bytes()
    titles = [ex.article.title for ex in extractions]
    page = graphbuild.write_html(graph, tmp_path / "page.html", titles=titles)
    assert page.read_bytes() == (out / "graph.html").read_bytes()
    # across the two texts, "Porter" is the Jane Porter named in full in the first
    people = {str(name) for (name,) in graph.query("SELECT ?name WHERE { ?p org:holds ?post ; rdfs:label ?name }")}
    assert "Jane Porter" in people and "Porter" not in people


def test_passing_nlp_loads_nothing(nlp, monkeypatch):
    import spacy

    import graphbuild.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("a pipeline was loaded although one was passed")

    names = list(nlp.pipe_names)
    monkeypatch.setattr(spacy, "load", refuse)
    monkeypatch.setattr(graphbuild.nlp, "load_pipeline", refuse)
    first = graphbuild.extract(SHORT, nlp=nlp)
    again = list(graphbuild.extract_many([SHORT, FIRST], nlp=nlp, batch_size=1))
    assert first.entities and again[0].entities == first.entities
    assert nlp.pipe_names == names  # reused as it is, nothing added twice


def test_a_plain_spacy_pipeline_is_given_graphbuild_components(nlp):
    import spacy

    from graphbuild.nlp import COMPONENTS, choose_model

    plain = spacy.load(choose_model())
    assert not set(COMPONENTS) & set(plain.pipe_names)
    assert graphbuild.extract(FIRST, nlp=plain) == graphbuild.extract(FIRST, nlp=nlp)
    assert set(COMPONENTS) <= set(plain.pipe_names)


def test_load_nlp_returns_one_pipeline_per_process(nlp):
    assert graphbuild.load_nlp() is graphbuild.load_nlp() is nlp


def test_extract_many_streams_in_batches(nlp):
    taken = []

    def texts():
        for n, text in enumerate([FIRST, SECOND, SHORT, FIRST, SECOND]):
            taken.append(n)
            yield text

    stream = graphbuild.extract_many(texts(), nlp=nlp, batch_size=2)
    assert taken == []  # nothing read before the first result is asked for
    first = next(stream)
    assert len(taken) == 2
    rest = list(stream)
    assert len(taken) == 5 and len(rest) == 4
    assert [ex.article.source for ex in [first, *rest]] == [f"text-{n}" for n in range(1, 6)]
    assert first == graphbuild.extract(FIRST, nlp=nlp, source="text-1")
    assert rest[2] == graphbuild.extract(FIRST, nlp=nlp, source="text-4")


def test_extract_options(nlp):
    ex = graphbuild.extract(SHORT, nlp=nlp, title="A visit", published="2024-05-06", source="visit.txt")
    assert isinstance(ex, Extraction)
    assert (ex.article.title, ex.article.published, ex.article.source) == ("A visit", "2024-05-06", "visit.txt")
    assert graphbuild.extract(SHORT, nlp=nlp, published=datetime.date(2024, 5, 6)).article.published == "2024-05-06"
    when = datetime.datetime(2024, 5, 6, 9, 30)
    assert graphbuild.extract(SHORT, nlp=nlp, published=when).article.published == "2024-05-06"
    assert graphbuild.extract(FIRST, nlp=nlp).article.published == "2021-03-03"  # read from the text
    assert graphbuild.extract(SHORT.encode("utf-8"), nlp=nlp) == graphbuild.extract(SHORT, nlp=nlp)
    for quote in ex.quotes:  # evidence offsets point into the cleaned text
        assert ex.article.text[quote.evidence.start:quote.evidence.end] == quote.evidence.text
    with pytest.raises(InputError, match=r"^visit\.txt: published date '6 May' is not a date; give YYYY-MM-DD$"):
        graphbuild.extract(SHORT, nlp=nlp, published="6 May", source="visit.txt")
    with pytest.raises(TypeError, match="str or bytes"):
        graphbuild.extract(12, nlp=nlp)
    with pytest.raises(TypeError, match="unknown field"):
        next(graphbuild.extract_many([{"text": SHORT, "headline": "x"}], nlp=nlp))
    with pytest.raises(ValueError, match="batch_size"):
        graphbuild.extract_many([SHORT], batch_size=0)
    with pytest.raises(TypeError, match="for one text use extract"):
        graphbuild.extract_many(SHORT)


def test_defaults_are_the_command_lines():
    import graphbuild.process

    assert api.DEFAULT_MAX_CHARS == graphbuild.process.DEFAULT_MAX_CHARS


ERRORS = {  # id -> (file name, content, extra command-line options, extract() keywords)
    "empty": ("empty.txt", b"", [], {}),
    "whitespace": ("blank.txt", b" \n\t\n  \r\n", [], {}),
    "png": ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), [], {}),
    "pdf": ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), [], {}),
    "nul-bytes": ("odd.txt", b"abc\x00def" * 20, [], {}),
    "invalid-utf8": ("broken.txt", bytes(range(128, 256)) * 8, [], {}),
    "over-max-chars": ("long.txt", (SHORT * 10).encode("utf-8"), ["--max-chars", "200"], {"max_chars": 200}),
    "html-without-article": ("page.html", b"<!doctype html><html><body><script>var a = 1;</script></body></html>", [], {}),
}


@pytest.mark.parametrize("case", sorted(ERRORS), ids=sorted(ERRORS))
def test_errors_are_the_command_lines(case, tmp_path, monkeypatch, capsys, nlp):
    name, content, options, keywords = ERRORS[case]
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(content)
    assert main(["build", name, "--out", "out", *options]) == 2
    printed = capsys.readouterr().err.strip()
    with pytest.raises(InputError) as raised:
        graphbuild.extract(content, source=name, nlp=nlp, **keywords)
    message = str(raised.value)
    assert printed == f"graphbuild: error: {message}"
    assert "\n" not in message and message.startswith(f"{name}: ")
    if case in ("empty", "whitespace", "over-max-chars"):  # str input fails the same way
        with pytest.raises(InputError, match=re.escape(message)):
            graphbuild.extract(content.decode("utf-8"), source=name, nlp=nlp, **keywords)


@pytest.fixture(scope="module")
def short_graph(nlp):
    return graphbuild.to_graph(graphbuild.extract(SHORT, nlp=nlp))


def test_to_networkx_views(short_graph):
    from graphbuild.export.html import to_networkx as page_graph

    statements = graphbuild.to_networkx(short_graph, view="statements")
    page = page_graph(short_graph)
    assert set(statements.nodes) == set(page.nodes) and set(statements.edges) == set(page.edges)
    classes = {attrs["cls"] for _, attrs in statements.nodes(data=True)}
    assert {"Politician", "PoliceBody", "Quote", "Figure", "Post"} <= classes
    assert all(attrs["label"] for _, attrs in statements.nodes(data=True))
    assert all(attrs["predicate"] == key for _, _, key, attrs in statements.edges(keys=True, data=True))

    actors = graphbuild.to_networkx(short_graph)  # view="actors" is the default
    assert {attrs["cls"] for _, attrs in actors.nodes(data=True)} == {"Politician", "PoliceBody"}
    edges = list(actors.edges(data=True))
    assert {(actors.nodes[s]["label"], actors.nodes[o]["cls"]) for s, o, _ in edges} == {("Jane Porter", "PoliceBody")}
    vias = {attrs["label"]: statements.nodes[attrs["via"]]["cls"] for _, _, attrs in edges}
    assert vias["quote: mentions"] == "Quote"  # the quote's speaker to what it mentions
    assert all(label.startswith(cls.lower() + ": ") for label, cls in vias.items())
    with pytest.raises(ValueError, match="view"):
        graphbuild.to_networkx(short_graph, view="people")


def test_to_networkx_and_show_take_extractions(nlp, short_graph):
    ex = graphbuild.extract(SHORT, nlp=nlp)
    assert set(graphbuild.to_networkx(ex).nodes) == set(graphbuild.to_networkx(short_graph).nodes)
    assert graphbuild.show([ex]).data == graphbuild.show(short_graph).data


def test_show_embeds_the_page(short_graph, tmp_path):
    from IPython.display import HTML

    shown = graphbuild.show(short_graph, max_nodes=3, height=400)
    assert isinstance(shown, HTML)
    srcdoc = re.search(r'srcdoc="([^"]*)"', shown.data).group(1)
    written = graphbuild.write_html(short_graph, tmp_path / "page.html", max_nodes=3).read_bytes()
    assert html.unescape(srcdoc).encode("utf-8") == written
    assert "height: 400px" in shown.data and "<script" not in shown.data.replace(srcdoc, "")


def test_to_graph_options(nlp, short_graph):
    import rdflib

    assert isinstance(short_graph, rdflib.Graph)
    assert len(graphbuild.to_graph([])) == 0
    assert set(graphbuild.to_graph(graphbuild.extract(SHORT, nlp=nlp), validation="strict")) == set(short_graph)
    custom = graphbuild.to_graph(graphbuild.extract(SHORT, nlp=nlp), base_iri="https://example.org/kg/")
    assert all(str(s).startswith("https://example.org/kg/") for s in custom.subjects())
    with pytest.raises(ValueError, match="base IRI"):
        graphbuild.to_graph([], base_iri="example")
    with pytest.raises(ValueError, match="validation"):
        graphbuild.to_graph([], validation="maybe")
    with pytest.raises(TypeError, match="Extraction"):
        graphbuild.to_graph([SHORT])


def test_validation_is_the_command_lines(nlp):
    """A quote without evidence breaks the shapes: dropped by default ("enforce"), as a build drops it."""
    from dataclasses import replace

    from rdflib.namespace import RDF

    from graphbuild.validate import InvalidGraphError
    from graphbuild.vocab import GB

    ex = graphbuild.extract(SHORT, nlp=nlp, source="short.txt")
    broken = replace(ex, quotes=tuple(replace(q, evidence=None) for q in ex.quotes))
    with pytest.warns(UserWarning, match=r"^short\.txt: dropped \d+ statement\(s\) that break the shapes"):
        enforced = graphbuild.to_graph(broken)
    assert not list(enforced.subjects(RDF.type, GB.Quote)) and list(enforced.subjects(RDF.type, GB.Figure))
    assert list(graphbuild.to_graph(broken, validation="skip").subjects(RDF.type, GB.Quote))
    with pytest.raises(InvalidGraphError, match="does not conform"):
        graphbuild.to_graph(broken, validation="strict")
    with pytest.warns(UserWarning, match="evidence"):
        graphbuild.to_graph(broken, validation="warn")


def test_docstring_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # write_html and build write into the working folder
    for module in (graphbuild, api):
        result = doctest.testmod(module, extraglobs={"graphbuild": graphbuild}, optionflags=doctest.ELLIPSIS,
                                 report=True)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_example_notebook_runs(tmp_path):
    import nbclient
    import nbformat

    notebook = nbformat.read(ROOT / "docs" / "from-python.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "commit the notebook without outputs"
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]
    printed = "".join(o.get("text", "") for cell in outputs for o in cell if o.output_type == "stream")
    assert "Jane Porter: “We will recruit 2,000 more officers in London.”" in printed
    shown = [o for cell in outputs for o in cell if "text/html" in o.get("data", {})]
    assert len(shown) == 1 and "<iframe srcdoc=" in shown[0]["data"]["text/html"]
    assert re.search(r"Jane Porter\s+Politician\s+\d\.\d\d", printed)
