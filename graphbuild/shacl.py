"""The shapes (`ontology/shapes.ttl`), the ontology, a check's report and pySHACL's verdict.

The floor both checkers stand on: `shapecheck` (the build's Python checks, which hand a graph
beyond them to pySHACL) and `validate` (the `graphbuild validate` command and `enforce`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from . import resources


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    shape: str = ""  # the named shape broken, e.g. gbsh:FigureShape

    def line(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return _turtle_graph(resources.read_text("graphbuild.ttl"))


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return _turtle_graph(resources.read_text("shapes.ttl"))


def _turtle_graph(text: str) -> Graph:
    """A Turtle text parsed by pyoxigraph (a tenth of rdflib's time, which every build paid), as rdflib terms."""
    import pyoxigraph

    from .rdf import add_all, from_oxigraph

    def term(t):
        return from_oxigraph(t, blank_nodes=True)

    graph = Graph()
    for prefix, namespace in _PREFIX.findall(text):
        graph.bind(prefix, namespace, override=True)
    return add_all(graph, ((term(t.subject), term(t.predicate), term(t.object))
                           for t in pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TURTLE)))


_PREFIX = re.compile(r"^@prefix\s+([\w-]*):\s*<([^>]*)>\s*\.", re.MULTILINE)


class _OnceParsedSPARQL:
    """rdflib's SPARQL processor, but each query text is parsed and translated once.

    pyshacl runs a SPARQL constraint's query text once per focus node, and rdflib parses it
    every time: for evidence-heavy graphs that parsing was most of the validation time.
    """

    def __init__(self, graph):
        from rdflib.plugins.sparql.processor import SPARQLProcessor

        self._processor = SPARQLProcessor(graph)

    def query(self, query, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's names)
        if isinstance(query, str):
            query = _prepared(query, base, tuple(sorted((initNs or {}).items())))
        return self._processor.query(query, initBindings, initNs, base, DEBUG)


@lru_cache(maxsize=256)
def _prepared(text: str, base, namespaces: tuple):
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.algebra import translateQuery

    return translateQuery(parseQuery(text), base, dict(namespaces))


@lru_cache(maxsize=1)
def _parse_sparql_once() -> None:
    from rdflib import plugin
    from rdflib.query import Processor

    plugin.register("sparql", Processor, __name__, "_OnceParsedSPARQL")


def validate(data: Graph) -> Report:
    """Does `data` conform to the shapes? Every violation with focus node, path and message."""
    import pyshacl

    _parse_sparql_once()
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs",
        abort_on_first=False, allow_warnings=True, advanced=True,
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        violations.append(Violation(str(focus), _path_name(path, results),
                                    str(message) if message is not None else "",
                                    str(severity).rsplit("#", 1)[-1],
                                    _shape_name(results.value(result, SH.sourceShape))))
    violations.sort(key=lambda v: (v.focus, v.path, v.message, v.shape))
    return Report(bool(conforms), tuple(violations))




def _path_name(path, graph: Graph) -> str:
    """A path as text: a property's IRI, or ^IRI for an inverse path (not a blank node's random id)."""
    if path is None:
        return ""
    inverse = graph.value(path, SH.inversePath) if not isinstance(path, URIRef) else None
    return f"^{inverse}" if inverse is not None else str(path)


def _shape_name(shape) -> str:
    """A property shape written inline has no name: name the node shape that holds it."""
    shapes = shapes_graph()
    if shape is not None and not isinstance(shape, URIRef):
        shape = min(shapes.subjects(SH.property, shape), default=None)
    if shape is None:
        return ""
    return shapes.namespace_manager.normalizeUri(shape)
