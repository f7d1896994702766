"""RDF files given on the command line: which format a file is in, by its suffix."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class RdfFileType:
    rdflib: str  # rdflib parser name
    oxigraph: str  # pyoxigraph.RdfFormat attribute
    media_type: str  # for HTTP uploads


TYPES = {
    ".ttl": RdfFileType("turtle", "TURTLE", "text/turtle"),
    ".nt": RdfFileType("nt", "N_TRIPLES", "application/n-triples"),
    ".trig": RdfFileType("trig", "TRIG", "application/trig"),
    ".nq": RdfFileType("nquads", "N_QUADS", "application/n-quads"),
    ".jsonld": RdfFileType("json-ld", "JSON_LD", "application/ld+json"),
}


def rdf_file(path: Path) -> RdfFileType:
    """The type of an existing RDF file; a one-line InputError otherwise."""
    kind = TYPES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unknown RDF file type; use one of {', '.join(sorted(TYPES))}")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with 'graphbuild build'")
    return kind
