"""Turtle export, with the writer chosen by the graph's size.

rdflib writes the most readable Turtle but takes about 40 s per million
triples here; pyoxigraph writes the same triples in a few seconds
(benchmarks/corpus.py). Both outputs are deterministic: rdflib sorts
subjects and predicates; pyoxigraph writes sorted N-Triples in their order.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from rdflib import Graph

RDFLIB_LIMIT = 50_000  # triples; above this pyoxigraph writes the Turtle


def oxigraph_prefixes() -> dict[str, str]:
    from ..rdf import PREFIXES

    prefixes = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    prefixes.update({prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())})
    return prefixes


def turtle_bytes(graph: Graph) -> bytes:
    """An rdflib graph as Turtle (rdflib's when small, pyoxigraph's when large)."""
    if len(graph) > RDFLIB_LIMIT:
        return oxigraph_turtle_bytes(graph)
    return graph.serialize(format="turtle", encoding="utf-8")


def oxigraph_turtle_bytes(graph: Graph) -> bytes:
    """Turtle by pyoxigraph, triples in sorted order so the bytes are the same every run."""
    import pyoxigraph

    from ..tripletable import nt

    lines = sorted(f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in graph)
    return pyoxigraph.serialize(pyoxigraph.parse("".join(lines), format=pyoxigraph.RdfFormat.N_TRIPLES),
                                format=pyoxigraph.RdfFormat.TURTLE, prefixes=oxigraph_prefixes())


def write_turtle(ntriples: Path, handle: BinaryIO, graph: Graph | None) -> None:
    """graph.ttl: from the rdflib `graph` when the build holds one, else streamed from sorted N-Triples."""
    if graph is not None:
        handle.write(graph.serialize(format="turtle", encoding="utf-8"))
        return
    reserialize(ntriples, "N_TRIPLES", handle, "TURTLE")


def reserialize(source: Path, source_format: str, handle: BinaryIO, target_format: str) -> None:
    """Stream a file from one RDF syntax to another with pyoxigraph (names of `pyoxigraph.RdfFormat`),
    never holding the graph in memory."""
    import pyoxigraph

    formats = pyoxigraph.RdfFormat
    pyoxigraph.serialize(pyoxigraph.parse(path=str(source), format=getattr(formats, source_format)), handle,
                         format=getattr(formats, target_format), prefixes=oxigraph_prefixes())
