"""SHACL validation against `ontology/shapes.ttl`, with RDFS inference over the ontology."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import SH

from . import resources


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
