"""A read-only graph over N-Triples rows, for the page: rdflib's lookups without rdflib's store.

The page asks a few thousand questions of a corpus's neighbourhood (a node's label, its quotes,
its posts). Loading that neighbourhood into an rdflib Graph makes a Python object for every term
and indexes every triple three ways in the store's own bookkeeping, which was most of the page's
time. Here the rows stay N-Triples strings, indexed by subject and by predicate, and a term is
made (once) only when a lookup returns it. The answers, and their order, are those of an rdflib
Graph filled with the same rows in the same order (see `tests/test_termgraph.py`).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from rdflib import URIRef

from ..tripletable import nt, split_line, term_of


def _key(term) -> str:
    """A term (rdflib's, or one this graph made) as the N-Triples string it is indexed by."""
    return f"<{term}>" if isinstance(term, URIRef) else nt(term)


class TermGraph:
    """Triples as N-Triples strings, with the subset of rdflib.Graph's API the page uses.

    Lookups order their answers as rdflib's in-memory store does (the order rows were added), so
    "the first label" is the same node either way."""

    def __init__(self, rows: Iterable[tuple[str, str, str]] = ()):
        self._spo: dict[str, dict[str, dict[str, None]]] = {}
        self._pos: dict[str, dict[str, dict[str, None]]] = {}
        self._terms: dict[str, object] = {}
        for s, p, o in rows:
            self._add(s, p, o)

    @classmethod
    def from_ntriples(cls, document: str) -> "TermGraph":
        """From an N-Triples document whose terms are written as `tripletable.nt` writes them."""
        return cls(split_line(line) for line in document.splitlines() if line)

    def _add(self, s: str, p: str, o: str) -> None:
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in objects:
            objects[o] = None
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None

    def add(self, triple) -> None:
        s, p, o = triple
        self._add(_key(s), _key(p), _key(o))

    def term(self, text: str):
        """The rdflib term written `text` in N-Triples (made once, then reused)."""
        found = self._terms.get(text)
        if found is None:
            found = self._terms[text] = term_of(text)
        return found

    def __len__(self) -> int:
        return sum(len(objects) for predicates in self._spo.values() for objects in predicates.values())

    def __iter__(self) -> Iterator[tuple]:
        term = self.term
        for s, predicates in self._spo.items():
            for p, objects in predicates.items():
                for o in objects:
                    yield term(s), term(p), term(o)

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return _key(o) in self._spo.get(_key(s), {}).get(_key(p), {})

    def value(self, subject, predicate):
        """The first object of `subject` through `predicate`, or None."""
        objects = self._spo.get(_key(subject), {}).get(_key(predicate))
        return self.term(next(iter(objects))) if objects else None

    def objects(self, subject, predicate) -> Iterator:
        term = self.term
        return (term(o) for o in list(self._spo.get(_key(subject), {}).get(_key(predicate), ())))

    def predicate_objects(self, subject) -> Iterator[tuple]:
        term = self.term
        return ((term(p), term(o)) for p, objects in list(self._spo.get(_key(subject), {}).items())
                for o in list(objects))

    def subjects(self, predicate, obj=None) -> Iterator:
        """Subjects of `predicate` and `obj`; with `obj` None, of `predicate` and any object (each
        subject as often as it has objects, as rdflib gives them)."""
        term = self.term
        by_object = self._pos.get(_key(predicate), {})
        if obj is not None:
            return (term(s) for s in list(by_object.get(_key(obj), ())))
        return (term(s) for subjects in list(by_object.values()) for s in list(subjects))

    def subject_objects(self, predicate) -> Iterator[tuple]:
        term = self.term
        return ((term(s), term(o)) for o, subjects in list(self._pos.get(_key(predicate), {}).items())
                for s in list(subjects))

    def iri_links(self) -> Iterator[tuple[str, str, str]]:
        """(subject, predicate, object) IRIs, unbracketed, of every triple whose object is an IRI."""
        for s, predicates in self._spo.items():
            for p, objects in predicates.items():
                for o in objects:
                    if o[0] == "<":
                        yield s[1:-1], p[1:-1], o[1:-1]

