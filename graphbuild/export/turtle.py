"""Turtle export, written atomically."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..fileio import atomic_write


def turtle_bytes(graph: Graph) -> bytes:
    """Deterministic Turtle: rdflib sorts subjects and predicates, and there are no blank nodes."""
    return graph.serialize(format="turtle", encoding="utf-8")


def write_turtle(graph: Graph, path: Path) -> Path:
    atomic_write(path, turtle_bytes(graph))
    return path
