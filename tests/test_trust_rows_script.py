"""benchmarks/trust_rows.py samples, with --shipped-only, exactly the stance rows the shipped query returns."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parent.parent
GB = Namespace("https://w3id.org/graphbuild/ontology#")
EX = Namespace("https://example.org/")


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("trust_rows", ROOT / "benchmarks" / "trust_rows.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def graph():
    """A council that backs a parking levy, speaks about it and is related to it: one statement per predicate."""
    g = Graph()
    g.add((EX.levy, RDF.type, GB.Policy))
    g.add((EX.levy, RDFS.label, Literal("parking levy")))
    g.add((EX.council, RDFS.label, Literal("Riverford Council")))
    g.add((EX.article, GB.sourceFile, Literal("invented.txt")))
    for n, predicate in enumerate((GB.backs, GB.relatedTo, GB.commentsOn)):
        st, ev = URIRef(f"{EX}st{n}"), URIRef(f"{EX}ev{n}")
        for p, o in ((RDF.type, GB.RelationStatement), (RDF.subject, EX.council), (RDF.predicate, predicate),
                     (RDF.object, EX.levy), (GB.negated, Literal(False)), (GB.evidence, ev)):
            g.add((st, p, o))
        g.add((ev, GB.sentence, Literal("Riverford Council backed the parking levy.")))
        g.add((ev, GB.inArticle, EX.article))
    return g


@pytest.mark.parametrize("shipped_only, stances", [(False, {"backs", "relatedTo"}), (True, {"backs"})])
def test_shipped_only_samples_the_shipped_querys_stances(script, graph, shipped_only, stances):
    found = script.rows(graph, script.stance_query(shipped_only))
    assert {row[2] for row in found} == stances


def test_shipped_only_gives_the_same_rows_as_the_shipped_query(script, graph):
    shipped = (ROOT / "queries" / "stances-on-policies.rq").read_text(encoding="utf-8")
    expected = {tuple(str(v) for v in row) for row in graph.query(shipped)}
    assert {row[:4] for row in script.rows(graph, script.stance_query(True))} == expected
