"""Turtle export, with the writer chosen by the graph's size.

rdflib writes the most readable Turtle but takes about 40 s per million
triples here; pyoxigraph writes the same triples in a few seconds
(benchmarks/corpus.py). Both outputs are deterministic: rdflib sorts
subjects and predicates, and triples are sorted before pyoxigraph writes them.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

RDFLIB_LIMIT = 50_000  # triples; above this pyoxigraph writes the Turtle


def turtle_bytes(graph: Graph) -> bytes:
    if len(graph) > RDFLIB_LIMIT:
        return oxigraph_turtle_bytes(graph)
    return graph.serialize(format="turtle", encoding="utf-8")


def _oxi(term):
    import pyoxigraph

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    raise ValueError(f"blank nodes are never emitted, found {term!r}")


def oxigraph_turtle_bytes(graph: Graph) -> bytes:
    """Turtle by pyoxigraph, triples in sorted order so the bytes are the same every run."""
    import pyoxigraph

    triples = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
    from ..rdf import PREFIXES

    prefixes = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    prefixes.update({prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())})
    return pyoxigraph.serialize((pyoxigraph.Triple(_oxi(s), _oxi(p), _oxi(o)) for s, p, o in triples),
                                format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)
