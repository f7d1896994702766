"""The page's TermGraph answers every lookup as an rdflib Graph holding the same rows does, in the same order."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace

from graphbuild.export.termgraph import TermGraph
from graphbuild.tripletable import nt

EX = "http://example.org/"
S = [URIRef(EX + name) for name in ("b", "a", "a/b", "c%20d")]
P = [namespace.RDF.type, URIRef(EX + "label"), URIRef(EX + "link")]
OBJECTS = [URIRef(EX + "Class"), URIRef(EX + "a"), Literal("plain"), Literal("tab\there \"quoted\" \\ back"),
           Literal("chat", lang="fr"), Literal(7, datatype=namespace.XSD.integer), Literal(True),
           Literal("x\x01\u202e🚓"), URIRef(EX + "b")]


def _rows() -> list[tuple]:
    """Rows in an order that is not sorted, several objects per subject and predicate, shared objects."""
    rows = []
    for i, s in enumerate(S):
        for j, p in enumerate(P):
            for k in range(3):
                rows.append((s, p, OBJECTS[(i * 5 + j * 3 + k * 2) % len(OBJECTS)]))
    return rows


@pytest.fixture(scope="module")
def graphs():
    rows = _rows()
    reference = Graph()
    for row in rows:
        reference.add(row)
    return reference, TermGraph((nt(s), nt(p), nt(o)) for s, p, o in rows)


LOOKUPS = {
    "value": lambda g: [g.value(s, p) for s in S + [URIRef(EX + "none")] for p in P],
    "objects": lambda g: [list(g.objects(s, p)) for s in S for p in P],
    "predicate_objects": lambda g: [list(g.predicate_objects(s)) for s in S],
    "subjects": lambda g: [list(g.subjects(p, o)) for p in P for o in OBJECTS],
    "subjects of any object": lambda g: [list(g.subjects(p, None)) for p in P],
    "subject_objects": lambda g: [list(g.subject_objects(p)) for p in P],
    "contains": lambda g: [(s, p, o) in g for s in S for p in P for o in OBJECTS],
    "all triples": lambda g: sorted(g),
}


@pytest.mark.parametrize("lookup", LOOKUPS.values(), ids=LOOKUPS.keys())
def test_lookups_answer_as_rdflib_does(graphs, lookup):
    reference, termgraph = graphs
    expected, found = lookup(reference), lookup(termgraph)
    assert found == expected
    assert [type(x) for x in _flat(found)] == [type(x) for x in _flat(expected)]


def _flat(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flat(item)
    else:
        yield value


def test_added_triples_are_found_and_kept_once(graphs):
    _, termgraph = graphs
    extra = TermGraph(termgraph_rows := [(nt(S[0]), nt(P[2]), nt(OBJECTS[0]))])
    extra.add((S[0], P[2], OBJECTS[1]))
    extra.add((S[0], P[2], OBJECTS[1]))
    assert list(extra.objects(S[0], P[2])) == [OBJECTS[0], OBJECTS[1]]
    assert len(extra) == len(termgraph_rows) + 1


def test_an_ntriples_document_reads_as_its_rows():
    rows = [(nt(s), nt(p), nt(o)) for s, p, o in _rows()]
    document = "".join(f"{s} {p} {o} .\n" for s, p, o in rows)
    assert sorted(TermGraph.from_ntriples(document)) == sorted(TermGraph(rows))


def test_iri_links_leave_out_literals(graphs):
    _, termgraph = graphs
    links = set(termgraph.iri_links())
    assert links == {(str(s), str(p), str(o)) for s, p, o in _rows() if isinstance(o, URIRef)}
