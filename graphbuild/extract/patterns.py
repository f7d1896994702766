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


@lru_cache(maxsize=16)
def _matcher(family: str, vocab):
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab)
    for construction in constructions(family):
        matcher.add(construction.name, [construction.pattern])
    return matcher


_found: dict = {"doc": None}  # the last doc matched, and its matches by family


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
    for match_id, token_ids in _matcher(family, doc.vocab)(doc):
        construction = by_name[doc.vocab.strings[match_id]]
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
