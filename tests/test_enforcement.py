"""Strictness belongs to the statement, not to the corpus: a statement that breaks the shapes is
dropped (with what hangs only from it) and reported; everything else is written and conforms."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

import graphbuild.pipeline
from graphbuild.cli import main
from graphbuild.pipeline import build
from graphbuild.rdf import add_all, article_iri, article_triples, new_graph
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Quote, Relation, Role
from graphbuild.validate import enforce, read_graph, validate
from graphbuild.vocab import GB

CORPUS = {
    "a.txt": "Marta Kowalczyk, the chief constable of Kent Police, said: “We will hire 300 more officers.”\n",
    "b.txt": "The Home Office said that 1,250 officers joined the Metropolitan Police in the spring.\n",
    "c.txt": "Daniel Okonjo, a Labour MP, criticised the Home Office over funding for Surrey Police.\n",
}
BAD = Figure(value="2.5", unit="count", surface="2.5 constables")  # a count must be a whole number


def _inject(monkeypatch, into: str) -> dict[str, tuple[URIRef, set]]:
    """Every article's own triples as the build makes them; `into` also gets the BAD figure."""
    clean: dict[str, tuple[URIRef, set]] = {}
    real = graphbuild.pipeline.article_triples

    def triples(extraction: Extraction, *, base: str):
        clean[extraction.article.source] = (article_iri(base, extraction.article),
                                            set(real(extraction, base=base)))
        if extraction.article.source == into:
            evidence = extraction.entities[0].mentions[0]
            extraction = replace(extraction, figures=extraction.figures + (replace(BAD, evidence=evidence),))
        return real(extraction, base=base)

    monkeypatch.setattr(graphbuild.pipeline, "article_triples", triples)
    return clean


@pytest.mark.parametrize("batch", [25, 1], ids=["one batch", "a batch per article"])
def test_one_bad_statement_costs_only_itself(tmp_path, monkeypatch, capsys, batch):
    monkeypatch.setattr(graphbuild.pipeline, "VALIDATION_BATCH", batch)
    for name, text in CORPUS.items():
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    clean = _inject(monkeypatch, "b.txt")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--format", "trig", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "graphbuild: warning: b.txt: dropped 1 statement(s) that break the shapes; see report.json" in err
    assert "a.txt" not in err and "c.txt" not in err

    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    for name, (iri, triples) in clean.items():  # every article in full, b.txt without the figure
        written = set(dataset.graph(iri))
        assert written == triples, name
        assert not any("constables" in str(o) for _, _, o in written)
    assert validate(read_graph(out / "graph.ttl")).conforms

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["dropped"] == 1
    dropped = {a["source"]: a["dropped"] for a in report["articles"]}
    assert dropped["a.txt"] == dropped["c.txt"] == []
    (entry,) = dropped["b.txt"]
    assert entry["kind"] == "Figure" and "/figure/" in entry["iri"] and entry["shape"] == "gbsh:FigureShape"
    assert "whole-number" in entry["message"] and "2.5" in entry["message"]
    assert entry["sentence"] == CORPUS["b.txt"].strip()


def test_strict_still_writes_nothing(tmp_path, monkeypatch, capsys):
    article = tmp_path / "b.txt"
    article.write_text(CORPUS["b.txt"], encoding="utf-8")
    _inject(monkeypatch, "b.txt")
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out), "--strict", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "does not conform" in err and "nothing written" in err and "--strict" in err
    assert not (out / "graph.ttl").exists()


# Enforcement on hand-made records: what goes with a dropped node, what stays.

TEXT = "Ann Bell, the chief constable, met Carl Dunn. Dunn said: “We are ready.”"


def _evidence(part: str, *, broken: bool = False) -> Evidence:
    start = TEXT.index(part)
    end = start + len(part) + (3 if broken else 0)  # broken: offsets disagree with the text
    return Evidence(start, end, part, 0, len(TEXT), TEXT, 0)


def _graph(*, bell_mentions, dunn_mentions=None) -> Graph:
    article = Article("t.txt", "T", TEXT, hashlib.sha256(TEXT.encode()).hexdigest())
    bell = Entity("person:ann bell", "person", "Ann Bell", ("Person",), (), tuple(bell_mentions))
    dunn = Entity("person:carl dunn", "person", "Carl Dunn", ("Person",), (),
                  tuple(dunn_mentions or [_evidence("Carl Dunn")]))
    extraction = Extraction(
        article, entities=(bell, dunn),
        roles=(Role(bell.key, "chief constable", "police", evidence=_evidence("the chief constable")),),
        quotes=(Quote("We are ready.", bell.key, "say", evidence=_evidence("“We are ready.”")),),
        relations=(Relation(bell.key, "criticises", dunn.key, "meet", evidence=_evidence("met", broken=True)),))
    return add_all(new_graph(), article_triples(extraction))


def test_a_broken_relation_goes_with_its_evidence_and_the_triple_it_asserts():
    graph = _graph(bell_mentions=[_evidence("Ann Bell")])
    report, dropped = enforce(graph)
    assert report.conforms
    assert [d.kind for d in dropped] == ["RelationStatement"] and dropped[0].source == "t.txt"
    assert not list(graph.subjects(RDF.type, GB.RelationStatement))
    assert not list(graph.triples((None, GB.criticises, None)))
    assert not any(str(o) == "met" for o in graph.objects())  # its evidence
    assert len(list(graph.subjects(RDF.type, GB.Person))) == 2 and list(graph.subjects(RDF.type, GB.Quote))


def test_a_broken_mention_goes_alone_and_an_entity_left_without_evidence_takes_its_post():
    graph = _graph(bell_mentions=[_evidence("Ann Bell"), _evidence("Bell,", broken=True)])
    _, dropped = enforce(graph)
    assert "Evidence" in [d.kind for d in dropped]
    assert Literal("Ann Bell") in set(graph.objects())  # the entity keeps its good mention

    graph = _graph(bell_mentions=[_evidence("Ann Bell", broken=True)])
    report, dropped = enforce(graph)
    assert report.conforms
    assert {"Evidence", "Person", "Post", "RelationStatement"} == {d.kind for d in dropped}
    assert Literal("Ann Bell") not in set(graph.objects())
    (quote,) = graph.subjects(RDF.type, GB.Quote)  # the quote stays, without a speaker
    assert graph.value(quote, GB.speaker) is None


def test_an_unexpected_error_is_one_line_and_debug_shows_it(tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("something inside broke\nmore detail")

    monkeypatch.setattr(graphbuild.pipeline, "build", broken)
    article = tmp_path / "a.txt"
    article.write_text(CORPUS["a.txt"], encoding="utf-8")
    assert main(["build", str(article), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("graphbuild: error: unexpected RuntimeError: something")
    assert "report" in err and "--debug" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        main(["build", str(article), "--out", str(tmp_path / "out"), "--debug"])


# The whole build on generated news-like text: a graph is always written, and it conforms.

PEOPLE = ["Priya Natarajan", "Tom Hadley", "Grace Obi", "Owen Pryce"]
BODIES = ["the Home Office", "Kent Police", "the Police Federation", "the Metropolitan Police"]
GROUPS = ["residents", "young people", "drivers", "children"]


def _number(draw) -> str:
    return f"{draw(st.integers(0, 2_000_000)):,}"


def _decimal(draw) -> str:
    return f"{draw(st.integers(0, 999))}.{draw(st.integers(0, 99))}"


@st.composite
def news(draw) -> str:
    n, d, person, body = (lambda: _number(draw)), (lambda: _decimal(draw)), \
        (lambda: draw(st.sampled_from(PEOPLE))), (lambda: draw(st.sampled_from(BODIES)))
    year = draw(st.integers(1990, 2030))
    makers = [
        lambda: f"{person()} said {n()} officers were recruited in {year}.",
        lambda: f"Of those, {n()} were {draw(st.sampled_from(GROUPS))}, equivalent to {d()} for every {n()} "
                f"{draw(st.sampled_from(GROUPS))}.",
        lambda: f"The rate rose to {d()} per {n()} people, {body()} said.",
        lambda: f"Between {n()} and {n()} officers could go, according to {body()}.",
        lambda: f"Spending rose by {d()}% to £{d()}m, while {n()}-{n()} staff left.",
        lambda: f"“We have {n()} fewer officers than in {year},” said {person()}, the chief constable of {body()}.",
        lambda: f"{person()}, a Labour MP, told {body()} that around {d()}bn was at stake.",
        lambda: f"Crime fell by a third to {n()}, and {d()} in every {n()} cases were solved.",
    ]
    sentences = draw(st.lists(st.sampled_from(range(len(makers))), min_size=2, max_size=6))
    body_text = "\n\n".join(makers[i]() for i in sentences)
    return f"{body()} figures {year}\n\n{body_text}\n"


@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=news())
def test_any_news_like_text_builds_a_conforming_graph(text, tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    article = folder / "story.txt"
    article.write_text(text, encoding="utf-8")
    result = build([article], out=folder / "out", use_cache=False)
    graph = read_graph(folder / "out" / "graph.ttl")
    assert len(graph) > 0 and result.articles == 1
    assert validate(graph).conforms
    report = json.loads((folder / "out" / "report.json").read_text(encoding="utf-8"))
    for entry in report["articles"][0]["dropped"]:
        assert not list(graph.triples((URIRef(entry["iri"]), None, None)))
