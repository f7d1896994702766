"""Grammar as data: constructions are dependency patterns kept in `ontology/patterns/*.jsonl`.

Each line of a pattern file is one construction, in the spirit of CoreNLP's
Semgrex rule files and spaCy's `DependencyMatcher`:

    {"name": "...", "pattern": [DependencyMatcher node specs],
     "yields": {...what a match means...},
     "example": "A sentence of our own", "expect": {"slot": "token text", ...}}

`pattern` is passed to `spacy.matcher.DependencyMatcher` unchanged; each node's
RIGHT_ID names a slot. `yields` is read by the extractor that owns the family
(which slot is the person, the body, the post, the policy; which property).
`example` and `expect` are run by the test suite, so every construction is
proved on a sentence of its own. Code resolves and assembles the matches; it
does not enumerate sentences.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from .. import resources
from ..errors import GraphbuildError


@dataclass(frozen=True)
class Construction:
    name: str
    pattern_json: str  # the DependencyMatcher pattern, kept as canonical JSON so the record stays immutable
    yields: Mapping[str, str]
    example: str
    expect: Mapping[str, str]

    @property
    def pattern(self) -> list[dict]:
        return json.loads(self.pattern_json)

    @property
    def slot_names(self) -> list[str]:
        return [node["RIGHT_ID"] for node in self.pattern]


@dataclass(frozen=True)
class Match:
    """One construction matched in a doc: slot name -> token index."""

    construction: Construction
    slots: Mapping[str, int]

    @property
    def yields(self) -> Mapping[str, str]:
        return self.construction.yields


@lru_cache(maxsize=None)
def constructions(family: str) -> tuple[Construction, ...]:
    """The constructions of one family (`ontology/patterns/<family>.jsonl`), in file order."""
    name = f"patterns/{family}.jsonl"
    out, seen = [], set()
    for number, line in enumerate(resources.read_text(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
            construction = Construction(row["name"], json.dumps(row["pattern"], sort_keys=True), dict(row.get("yields", {})),
                                        row["example"], dict(row.get("expect", {})))
        except (ValueError, KeyError, TypeError) as exc:
            raise GraphbuildError(f"{name} line {number}: not a construction ({exc}); "
                                  f"each line needs name, pattern and example") from None
        if construction.name in seen:
            raise GraphbuildError(f"{name} line {number}: construction {construction.name!r} is defined twice")
        seen.add(construction.name)
        out.append(construction)
    return tuple(out)


# The node tests and relations the engine below evaluates itself; a construction using anything
# else is left to spaCy's DependencyMatcher (the reference the engine is tested against).
_ATTRIBUTES = {"DEP": "dep_", "POS": "pos_", "LEMMA": "lemma_", "LOWER": "lower_", "ENT_TYPE": "ent_type_",
               "ORTH": "orth_", "TAG": "tag_"}
_OPERATORS = (">", ">>", "<", ".", ";")


@dataclass(frozen=True)
class _Node:
    left: int | None  # the earlier node this one is related to (None: the root)
    operator: str | None
    tests: tuple[tuple[str, frozenset], ...]  # (token attribute, allowed values)


@lru_cache(maxsize=None)
def _compiled_family(family: str) -> tuple[tuple[Construction, tuple[_Node, ...] | None], ...]:
    """Each construction of the family with its nodes (None where the engine cannot match it)."""
    return tuple((c, _compiled(c)) for c in constructions(family))


def _compiled(construction: Construction) -> tuple[_Node, ...] | None:
    """The construction as nodes the engine can match, or None if it uses what the engine lacks."""
    nodes, ids = [], {}
    for spec in construction.pattern:
        tests = []
        for key, value in spec.get("RIGHT_ATTRS", {}).items():
            if key not in _ATTRIBUTES:
                return None
            if isinstance(value, str):
                tests.append((_ATTRIBUTES[key], frozenset((value,))))
            elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                tests.append((_ATTRIBUTES[key], frozenset(value["IN"])))
            else:
                return None
        left = spec.get("LEFT_ID")
        if (left is None) != (not nodes) or (left is not None and (left not in ids or spec.get("REL_OP") not in _OPERATORS)):
            return None
        ids[spec["RIGHT_ID"]] = len(nodes)
        nodes.append(_Node(ids.get(left), spec.get("REL_OP"), tuple(tests)))
    return tuple(nodes) or None


class _Parse:
    """One doc's tokens as plain columns: each attribute, heads, children and sentences read once."""

    def __init__(self, doc):
        self.doc = doc
        self._columns: dict[str, list[str]] = {}
        self._indexes: dict[str, dict[str, list[int]]] = {}
        self.children = [[child.i for child in token.children] for token in doc]
        self.heads = [token.head.i for token in doc]
        self.sentence = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            self.sentence[sent.start:sent.end] = [number] * (sent.end - sent.start)

    def column(self, attribute: str) -> list[str]:
        found = self._columns.get(attribute)
        if found is None:
            found = self._columns[attribute] = [getattr(token, attribute) for token in self.doc]
        return found

    def fits(self, i: int, tests) -> bool:
        return all(self.column(attribute)[i] in values for attribute, values in tests)

    def candidates(self, tests) -> list[int]:
        """Tokens passing `tests`, in order, found through the index of the first test."""
        if not tests:
            return list(range(len(self.heads)))
        attribute, values = tests[0]
        index = self._indexes.get(attribute)
        if index is None:
            index = self._indexes[attribute] = {}
            for i, value in enumerate(self.column(attribute)):
                index.setdefault(value, []).append(i)
        found = sorted(i for value in values for i in index.get(value, ()))
        return [i for i in found if self.fits(i, tests[1:])] if len(tests) > 1 else found

    def related(self, i: int, operator: str) -> list[int]:
        """The tokens in `operator` relation to token i, as spaCy's DependencyMatcher reads them."""
        if operator == ">":
            return self.children[i]
        if operator == ">>":
            return self._descendants(i)
        if operator == "<":
            return [] if self.heads[i] == i else [self.heads[i]]
        near = i + 1 if operator == "." else i - 1
        return [near] if 0 <= near < len(self.heads) and self.sentence[near] == self.sentence[i] else []

    def _descendants(self, i: int) -> list[int]:
        found, todo = [], list(self.children[i])
        while todo:
            j = todo.pop()
            found.append(j)
            todo.extend(self.children[j])
        return sorted(found)


def _engine_matches(parse: _Parse, nodes: tuple[_Node, ...]):
    """Every assignment of tokens to the nodes that passes their tests and relations, in the order
    spaCy's DependencyMatcher gives them (by the root's token, then each next node's)."""
    chosen = [0] * len(nodes)

    def extend(k: int):
        if k == len(nodes):
            yield list(chosen)
            return
        node = nodes[k]
        for j in parse.related(chosen[node.left], node.operator):
            if parse.fits(j, node.tests):
                chosen[k] = j
                yield from extend(k + 1)

    for root in parse.candidates(nodes[0].tests):
        chosen[0] = root
        yield from extend(1)


@lru_cache(maxsize=16)
def _spacy_matcher(family: str, vocab):
    """spaCy's DependencyMatcher for the family's constructions the engine cannot match itself."""
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab)
    for construction, nodes in _compiled_family(family):
        if nodes is None:
            matcher.add(construction.name, [construction.pattern])
    return matcher


def _raw_matches(doc, family: str):
    """(construction name, token ids) of every match, by the engine or, for what it lacks, by spaCy."""
    remembered = _found["doc"] is doc
    parse = _found.get(_PARSE) if remembered else None
    if parse is None:
        parse = _Parse(doc)
        if remembered:
            _found[_PARSE] = parse
    compiled = _compiled_family(family)
    for construction, nodes in compiled:
        if nodes is not None:
            for token_ids in _engine_matches(parse, nodes):
                yield construction.name, token_ids
    if any(nodes is None for _, nodes in compiled):
        for match_id, token_ids in _spacy_matcher(family, doc.vocab)(doc):
            yield doc.vocab.strings[match_id], token_ids


_found: dict = {"doc": None}  # the last doc matched, its matches by family, and its _Parse
_PARSE = ("parse",)  # the key of the doc's _Parse in _found (never a family's name)


def find(doc, family: str) -> list[Match]:
    """Every match of the family's constructions in `doc`, in text order (deterministic).

    Remembered for the last doc: several extractors ask for one family of one doc, and matching
    is a large part of extraction (extraction never changes a doc's annotations)."""
    if _found["doc"] is not doc:
        _found.clear()
        _found["doc"] = doc
    if family not in _found:
        _found[family] = _find(doc, family)
    return list(_found[family])


def _find(doc, family: str) -> list[Match]:
    by_name = {c.name: c for c in constructions(family)}
    if not by_name:
        return []
    out = []
    for name, token_ids in _raw_matches(doc, family):
        construction = by_name[name]
        out.append(Match(construction, dict(zip(construction.slot_names, token_ids))))
    names = list(by_name)
    out.sort(key=lambda m: (min(m.slots.values()), names.index(m.construction.name), sorted(m.slots.values())))
    unique, seen = [], set()
    for m in out:
        key = (m.construction.name, tuple(sorted(m.slots.items())))
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique
