"""Serialisations besides Turtle: N-Triples, TriG (a named graph per article), JSON-LD.

Each is deterministic. They are written from the build's sorted N-Triples
file and its triple table, streaming, so a corpus never has to fit in memory:
N-Triples is that file; TriG is pyoxigraph's over the table's per-article
N-Quads (sorted by graph) followed by the ontology graph; JSON-LD comes from
rdflib with a compact context for small graphs, from pyoxigraph for large ones.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO, Callable

from rdflib import Graph, URIRef

from .. import resources
from ..rdf import PREFIXES
from ..vocab import GB_IRI
from .turtle import reserialize

FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld"}
ONTOLOGY_GRAPH = URIRef(GB_IRI.rstrip("#"))
Writer = Callable[[BinaryIO], None]


def ontology_with_shapes() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.parse(data=resources.read_text("graphbuild.ttl"), format="turtle")
    graph.parse(data=resources.read_text("shapes.ttl"), format="turtle")
    return graph


def ontology_trig_bytes() -> bytes:
    """The ontology and shapes as one named graph of a TriG document.

    rdflib's Turtle writes the shapes' blank nodes inline (`[ ... ]`), in the
    same order every run; its TriG would name them afresh each run. A TriG
    graph block may hold exactly such Turtle, with the prefixes before it.
    """
    turtle = ontology_with_shapes().serialize(format="turtle", encoding="utf-8").decode("utf-8")
    lines = turtle.splitlines()
    prefixes = [line for line in lines if line.startswith("@prefix")]
    body = [line for line in lines if not line.startswith("@prefix")]
    block = "\n".join(prefixes) + f"\n\n<{ONTOLOGY_GRAPH}> {{\n" + "\n".join(body).strip("\n") + "\n}\n"
    return block.encode("utf-8")


def write_trig(nquads: Path, handle: BinaryIO) -> None:
    """Article graphs (from sorted N-Quads) by pyoxigraph, then the ontology graph (TriG allows
    prefixes to be declared again), so the named graphs are never all in memory."""
    reserialize(nquads, "N_QUADS", handle, "TRIG")
    handle.write(b"\n")
    handle.write(ontology_trig_bytes())


def jsonld_context() -> dict:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update({"rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"})
    return context


def jsonld_bytes(graph: Graph) -> bytes:
    return graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True,
                           encoding="utf-8", indent=1, sort_keys=True)


def format_writers(formats: list[str], *, ntriples: Path, nquads: Callable[[], Path], graph: Graph | None,
                   with_ontology: bool = False) -> dict[str, tuple[str, Writer]]:
    """kind -> (file name, writer) for the extra formats asked for (Turtle is the caller's).

    `ntriples` is the sorted N-Triples file of the graph; `nquads()` makes the
    per-article N-Quads file when TriG is wanted; `graph` is the rdflib graph
    when it is small enough to hold (None otherwise).
    """
    def copy(handle: BinaryIO) -> None:
        with open(ntriples, "rb") as source:
            shutil.copyfileobj(source, handle)

    def jsonld(handle: BinaryIO) -> None:
        if graph is not None:
            handle.write(jsonld_bytes(graph))
        else:
            reserialize(ntriples, "N_TRIPLES", handle, "JSON_LD")

    makers: dict[str, Writer] = {"nt": copy, "trig": lambda handle: write_trig(nquads(), handle), "jsonld": jsonld}
    outputs = {fmt: (FORMATS[fmt], makers[fmt]) for fmt in formats if fmt in makers}
    if with_ontology:
        outputs["ontology"] = ("ontology.ttl", lambda handle: handle.write(
            ontology_with_shapes().serialize(format="turtle", encoding="utf-8")))
    return outputs
