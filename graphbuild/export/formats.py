"""Serialisations besides Turtle: N-Triples, TriG (a named graph per article), JSON-LD.

Each is deterministic: N-Triples lines are sorted; TriG and JSON-LD come from
graphs built in a fixed order with no blank nodes.
"""
from __future__ import annotations

from rdflib import Dataset, Graph, URIRef

from .. import resources
from ..rdf import PREFIXES
from ..vocab import GB_IRI

FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld"}
ONTOLOGY_GRAPH = URIRef(GB_IRI.rstrip("#"))


def ontology_with_shapes() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.parse(data=resources.read_text("graphbuild.ttl"), format="turtle")
    graph.parse(data=resources.read_text("shapes.ttl"), format="turtle")
    return graph


def ntriples_bytes(graph: Graph) -> bytes:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")


def trig_bytes(named: list[tuple[URIRef, Graph]]) -> bytes:
    dataset = Dataset()
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    for name, graph in sorted(named, key=lambda pair: str(pair[0])):
        target = dataset.graph(name)
        for triple in graph:
            target.add(triple)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology_with_shapes():
        ontology.add(triple)
    return dataset.serialize(format="trig", encoding="utf-8")


def jsonld_context() -> dict:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update({"rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"})
    return context


def jsonld_bytes(graph: Graph) -> bytes:
    return graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True,
                           encoding="utf-8", indent=1, sort_keys=True)


def format_outputs(graph: Graph, named: list[tuple[URIRef, Graph]], formats: list[str],
                   *, with_ontology: bool = False) -> dict[str, tuple[str, bytes]]:
    """kind -> (file name, content) for the extra formats asked for (Turtle is the caller's)."""
    makers = {"nt": lambda: ntriples_bytes(graph), "trig": lambda: trig_bytes(named),
              "jsonld": lambda: jsonld_bytes(graph)}
    outputs = {fmt: (FORMATS[fmt], makers[fmt]()) for fmt in formats if fmt in makers}
    if with_ontology:
        outputs["ontology"] = ("ontology.ttl", ontology_with_shapes().serialize(format="turtle", encoding="utf-8"))
    return outputs
