"""The merged graph of a corpus on disk, so that memory does not grow with the corpus.

A corpus build streams each article's triples into one SQLite table (terms in
N-Triples syntax, with the article they came from) instead of an in-memory
graph. SQLite sorts and de-duplicates on disk with a small fixed cache, which
gives the outputs a deterministic order (sorted N-Triples lines) and answers
the few questions the page and the report ask (class counts, links,
neighbourhoods) without loading the graph.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from rdflib import Literal, URIRef

_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES})
CHUNK = 500  # parameters per IN (...) query, below SQLite's limit


def nt(term) -> str:
    """A term in N-Triples syntax (IRIs are minted valid; literals escaped)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    raise ValueError(f"blank nodes are never emitted, found {term!r}")


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _unescape(match: re.Match) -> str:
    four, eight, char = match.groups()
    return chr(int(four or eight, 16)) if four or eight else _SIMPLE[char]


def literal_parts(text: str) -> tuple[str, str | None, str | None]:
    """(lexical form, datatype IRI, language) of a literal written by `nt`, as pyoxigraph reads it into
    rdflib terms (`rdf.from_oxigraph`): an explicit xsd:string is plain, a language tag lower case."""
    end = text.rindex('"')
    lexical = _UNESCAPE.sub(_unescape, text[1:end]) if "\\" in text else text[1:end]
    rest = text[end + 1:]
    if rest.startswith("@"):
        return lexical, None, rest[1:].lower()
    if rest.startswith("^^") and rest[3:-1] != XSD_STRING:
        return lexical, rest[3:-1], None
    return lexical, None, None


def term_of(text: str):
    """The rdflib term that `nt` wrote as `text` (an IRI or a literal)."""
    if text[0] == "<":
        return URIRef(text[1:-1])
    lexical, datatype, language = literal_parts(text)
    if language:
        return Literal(lexical, lang=language)
    return Literal(lexical, datatype=URIRef(datatype)) if datatype else Literal(lexical)


def split_line(line: str) -> tuple[str, str, str]:
    """An N-Triples line written by `write_ntriples` as its (subject, predicate, object) terms."""
    s, p, rest = line.rstrip("\n").split(" ", 2)
    return s, p, rest[:-2]  # less the closing " ."


def iri(text: str) -> str:
    """An IRI as the table stores it."""
    return f"<{text}>"


class TripleTable:
    """Rows (subject, predicate, object, article graph), all as N-Triples terms; duplicates allowed."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._db = sqlite3.connect(self.path)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE", "cache_size = -8000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute("CREATE TABLE IF NOT EXISTS rows (s TEXT, p TEXT, o TEXT, g TEXT)")
        self._indexed = False

    def add(self, triples: Iterable, graph: URIRef) -> None:
        self.add_rows(((nt(s), nt(p), nt(o)) for s, p, o in triples), nt(graph))

    def add_rows(self, rows: Iterable[tuple[str, str, str]], graph: str) -> None:
        """Triples already written as N-Triples terms (by `nt`), from the article graph `graph` (a term too)."""
        self._db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?)", ((s, p, o, graph) for s, p, o in rows))
        if self._indexed:  # rows added once complete (the corpus's disagreements): seen by the page's helper too
            self._db.commit()

    def finish(self) -> None:
        """Index for lookups once all rows are in (faster than indexing while inserting)."""
        if not self._indexed:
            self._db.execute("CREATE INDEX rows_s ON rows (s)")
            self._db.execute("CREATE INDEX rows_o ON rows (o, p)")
            self._db.commit()
            self._indexed = True

    def close(self) -> None:
        self._db.close()

    def with_predicates(self, predicates: Iterable[str]) -> Iterator[tuple]:
        """The distinct triples through any of `predicates` (IRIs), as rdflib terms, sorted."""
        predicates = [iri(p) for p in predicates]
        query = f"SELECT DISTINCT s, p, o FROM rows WHERE p IN ({_marks(predicates)}) ORDER BY s, p, o"
        for s, p, o in self._db.execute(query, predicates):
            yield term_of(s), term_of(p), term_of(o)

    def write_ntriples(self, handle: BinaryIO) -> int:
        """Every distinct triple as sorted N-Triples lines; returns how many."""
        count = 0
        for s, p, o in self._db.execute("SELECT DISTINCT s, p, o FROM rows ORDER BY s, p, o"):
            handle.write(f"{s} {p} {o} .\n".encode("utf-8"))
            count += 1
        return count

    def write_nquads(self, handle: BinaryIO) -> None:
        """Every article's triples in its named graph, as N-Quads sorted by graph, then triple."""
        for g, s, p, o in self._db.execute("SELECT DISTINCT g, s, p, o FROM rows ORDER BY g, s, p, o"):
            handle.write(f"{s} {p} {o} {g} .\n".encode("utf-8"))

    def class_counts(self, type_iri: str) -> dict[str, int]:
        """class IRI -> number of distinct subjects typed with it."""
        rows = self._db.execute("SELECT o, COUNT(DISTINCT s) FROM rows WHERE p = ? GROUP BY o", (iri(type_iri),))
        return {o[1:-1]: n for o, n in rows}

    def count_typed(self, type_iri: str, classes: Iterable[str]) -> int:
        """Distinct subjects typed with any of `classes`."""
        classes = [iri(c) for c in classes]
        marks = ", ".join("?" * len(classes))
        row = self._db.execute(f"SELECT COUNT(DISTINCT s) FROM rows WHERE p = ? AND o IN ({marks})",
                               (iri(type_iri), *classes)).fetchone()
        return row[0]

    def typed(self, type_iri: str, classes: Iterable[str]) -> Iterator[tuple[str, str]]:
        """(node IRI, class IRI) for nodes typed with any of `classes`."""
        classes = [iri(c) for c in classes]
        marks = ", ".join("?" * len(classes))
        for s, o in self._db.execute(f"SELECT DISTINCT s, o FROM rows WHERE p = ? AND o IN ({marks}) ORDER BY s, o",
                                     (iri(type_iri), *classes)):
            yield s[1:-1], o[1:-1]

    def links(self, hidden: Iterable[str]) -> Iterator[tuple[str, str]]:
        """Distinct (subject, object) pairs joined by any predicate but the `hidden` ones."""
        hidden = [iri(p) for p in hidden]
        marks = ", ".join("?" * len(hidden))
        query = f"SELECT DISTINCT s, o FROM rows WHERE o LIKE '<%' AND p NOT IN ({marks})"
        for s, o in self._db.execute(query, hidden):
            yield s[1:-1], o[1:-1]

    def objects(self, subjects: Iterable[str], skip: Iterable[str]) -> set[str]:
        """IRIs that the `subjects` point to, through any predicate but those in `skip`."""
        skip = [iri(p) for p in skip]
        query = f"SELECT DISTINCT o FROM rows WHERE s IN ({{marks}}) AND o LIKE '<%' AND p NOT IN ({_marks(skip)})"
        return {o[1:-1] for (o,) in self._chunked(query, subjects, skip)}

    def subjects(self, predicates: Iterable[str], objects: Iterable[str]) -> set[str]:
        """Nodes that point to any of `objects` through any of `predicates`."""
        predicates = [iri(p) for p in predicates]
        query = f"SELECT DISTINCT s FROM rows WHERE o IN ({{marks}}) AND p IN ({_marks(predicates)})"
        return {s[1:-1] for (s,) in self._chunked(query, objects, predicates)}

    def first_subjects(self, predicate: str, objects: Iterable[str], limit: int,
                       of_type: tuple[str, str] | None = None) -> set[str]:
        """For each of `objects`, the first `limit` nodes (by IRI) pointing to it through `predicate`;
        with `of_type` = (type predicate, class), only nodes of that class."""
        typed = ""
        params: list[str] = []
        if of_type is not None:
            typed = "AND EXISTS (SELECT 1 FROM rows t INDEXED BY rows_s WHERE t.s = r.s AND t.p = ? AND t.o = ?)"
            params = [iri(of_type[0]), iri(of_type[1])]
        query = f"SELECT DISTINCT r.s FROM rows r INDEXED BY rows_o WHERE r.o = ? AND r.p = ? {typed} ORDER BY r.s LIMIT ?"
        found: set[str] = set()
        for obj in sorted(objects):
            found.update(s[1:-1] for (s,) in self._db.execute(query, [iri(obj), iri(predicate), *params, limit]))
        return found

    def first_objects(self, subjects: Iterable[str], predicate: str) -> dict[str, str]:
        """subject -> its smallest object through `predicate` (e.g. the first of many evidence spans)."""
        query = "SELECT s, MIN(o) FROM rows WHERE s IN ({marks}) AND p = ? AND o LIKE '<%' GROUP BY s"
        return {s[1:-1]: o[1:-1] for s, o in self._chunked(query, subjects, [iri(predicate)])}

    def pairs(self, subjects: Iterable[str], predicate: str) -> list[tuple[str, str]]:
        """(subject, object IRI) of each of `subjects` through `predicate`, sorted (e.g. the articles of nodes)."""
        query = "SELECT DISTINCT s, o FROM rows WHERE s IN ({marks}) AND p = ? AND o LIKE '<%'"
        return sorted((s[1:-1], o[1:-1]) for s, o in self._chunked(query, subjects, [iri(predicate)]))

    def rows_of(self, subjects: Iterable[str], skip: Iterable[str] = ()) -> list[tuple[str, str, str]]:
        """The distinct triples of `subjects` (but not those through `skip`), sorted, as N-Triples terms."""
        skip = [iri(p) for p in skip] or ["<>"]
        query = f"SELECT DISTINCT s, p, o FROM rows WHERE s IN ({{marks}}) AND p NOT IN ({_marks(skip)})"
        return sorted(self._chunked(query, subjects, skip))

    def ntriples_of(self, subjects: Iterable[str], skip: Iterable[str] = ()) -> str:
        """The triples of `subjects` (but not those through `skip`) as an N-Triples document."""
        return "".join(f"{s} {p} {o} .\n" for s, p, o in self.rows_of(subjects, skip)) or "\n"

    def _chunked(self, query: str, keys: Iterable[str], params: list[str]) -> Iterator[tuple]:
        """Rows of `query` (whose `{marks}` is an IN list of `keys`) run over `keys` in chunks."""
        for chunk in _chunks(sorted(keys)):
            yield from self._db.execute(query.format(marks=_marks(chunk)), [iri(k) for k in chunk] + params)


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
