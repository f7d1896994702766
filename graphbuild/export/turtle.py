"""Turtle export."""
from __future__ import annotations

from rdflib import Graph


def turtle_bytes(graph: Graph) -> bytes:
    """Deterministic Turtle: rdflib sorts subjects and predicates, and there are no blank nodes."""
    return graph.serialize(format="turtle", encoding="utf-8")
