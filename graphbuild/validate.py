"""SHACL validation against `ontology/shapes.ttl`, with RDFS inference over the ontology."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import SH

from . import resources
from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file



class InvalidGraphError(GraphbuildError):
    """The built graph does not conform to the shapes; nothing was written."""

    exit_code = 1


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def line(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(data=resources.read_text("graphbuild.ttl"), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(data=resources.read_text("shapes.ttl"), format="turtle")


def validate(data: Graph) -> Report:
    """Does `data` conform to the shapes? Every violation with focus node, path and message."""
    import pyshacl

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
        violations.append(Violation(str(focus), str(path) if path is not None else "",
                                    str(message) if message is not None else "",
                                    str(severity).rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(bool(conforms), tuple(violations))


def read_graph(path: Path) -> Graph:
    """A file's triples (for a dataset, all its graphs' triples, the ontology graph included)."""
    fmt = rdf_file(path).rdflib
    try:
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads():
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0] if str(exc) else exc}") from None


def validate_files(paths: list[Path]):
    for path in paths:
        yield path, validate(read_graph(path))
