"""The on-disk triple table: exact N-Triples terms, distinct sorted output, the lookups the page needs."""
from __future__ import annotations

import io

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graphbuild.tripletable import TripleTable, nt

EX = "http://example.org/"
NASTY = ['plain', 'quote " and \\ backslash', "new\nline\r\ttab", "\x00\x07\x1f\x7f controls", "emoji 🚓 RTL \u202e",
         '"""', "ends with \\"]


@pytest.mark.parametrize("text", NASTY)
def test_literals_survive_the_ntriples_round_trip(text):
    for literal in (Literal(text), Literal(text, lang="en"), Literal(text, datatype=URIRef(EX + "code"))):
        line = f"<{EX}s> <{EX}p> {nt(literal)} .\n"
        parsed = next(iter(pyoxigraph.parse(line, format=pyoxigraph.RdfFormat.N_TRIPLES)))
        assert parsed.object.value == text
        assert next(iter(Graph().parse(data=line, format="nt")))[2] == literal


def test_blank_nodes_are_refused():
    from rdflib import BNode

    with pytest.raises(ValueError, match="blank nodes"):
        nt(BNode())


def _table(tmp_path) -> TripleTable:
    a, b, c = (URIRef(EX + n) for n in "abc")
    table = TripleTable(tmp_path / "t.sqlite")
    table.add([(b, RDF.type, URIRef(EX + "Person")), (b, URIRef(EX + "knows"), a), (a, URIRef(EX + "name"),
               Literal("A"))], URIRef(EX + "g1"))
    table.add([(b, RDF.type, URIRef(EX + "Person")), (c, URIRef(EX + "knows"), b),
               (c, URIRef(EX + "evidence"), URIRef(EX + "e2")), (c, URIRef(EX + "evidence"), URIRef(EX + "e1"))],
              URIRef(EX + "g2"))
    table.finish()
    return table


def test_output_is_distinct_and_sorted(tmp_path):
    table = _table(tmp_path)
    handle = io.BytesIO()
    assert table.write_ntriples(handle) == 6  # the repeated type triple once
    lines = handle.getvalue().decode().splitlines()
    assert lines == sorted(lines) and len(set(lines)) == 6
    quads = io.BytesIO()
    table.write_nquads(quads)
    assert len(quads.getvalue().decode().splitlines()) == 7  # per graph, the type triple in both
    expected = Graph()
    for line in lines:
        expected.parse(data=line, format="nt")
    assert isomorphic(Graph().parse(data=handle.getvalue().decode(), format="nt"), expected)


def test_lookups(tmp_path):
    table = _table(tmp_path)
    assert table.class_counts(str(RDF.type)) == {EX + "Person": 1}
    assert table.count_typed(str(RDF.type), [EX + "Person", EX + "Other"]) == 1
    assert set(table.links([RDF.type, EX + "evidence"])) == {(EX + "b", EX + "a"), (EX + "c", EX + "b")}
    assert table.objects([EX + "c"], skip=[EX + "evidence"]) == {EX + "b"}
    assert table.subjects([EX + "knows"], [EX + "b"]) == {EX + "c"}
    assert table.first_objects([EX + "c"], EX + "evidence") == {EX + "c": EX + "e1"}
    assert table.first_subjects(EX + "knows", [EX + "a", EX + "b"], 5) == {EX + "b", EX + "c"}
    assert table.first_subjects(EX + "knows", [EX + "a"], 5, of_type=(str(RDF.type), EX + "Person")) == {EX + "b"}
    assert table.first_subjects(EX + "knows", [EX + "b"], 5, of_type=(str(RDF.type), EX + "Person")) == set()
    doc = table.ntriples_of([EX + "c"], skip=[EX + "evidence"])
    assert doc == f"<{EX}c> <{EX}knows> <{EX}b> .\n"


def test_pyoxigraph_loading_gives_rdflibs_own_terms():
    from decimal import Decimal

    from rdflib.namespace import XSD

    from graphbuild.rdf import graph_from_ntriples

    objects = [Literal(t) for t in NASTY] + [Literal("x", lang="en-GB"), Literal(True), Literal(7, datatype=XSD.integer),
                                            Literal(Decimal("0.25"), datatype=XSD.decimal), URIRef(EX + "o")]
    doc = "".join(f"<{EX}s> <{EX}p{i}> {nt(o)} .\n" for i, o in enumerate(objects))
    assert set(graph_from_ntriples(doc)) == set(Graph().parse(data=doc, format="nt"))
