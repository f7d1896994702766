"""Type people by what the text says about them.

A person is a Politician when the text gives them a political office or a
political act (voting, introducing legislation, a party tag); a PoliceOfficer
when it gives them a police rank, or a post in a police body (staff
association officials are serving officers).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import resources
from ..records import Entity, Role


@lru_cache(maxsize=1)
def political_acts() -> dict[str, frozenset[str]]:
    """Verb lemma -> object lemmas that make it political (empty: any object)."""
    acts = {}
    for row in resources.read_csv("gazetteer/political_acts.csv"):
        objects = frozenset(w for w in row["objects"].split("|") if w)
        acts[row["verb"]] = objects
    return acts


def classify(entities: list[Entity], roles: list[Role], doc, *, politicians: set[str] = frozenset()
             ) -> list[Entity]:
    """`politicians`: people the context makes politicians (speakers in a parliamentary debate)."""
    org_types = {e.key: e.types for e in entities if e.kind == "organization"}
    political = {r.person for r in roles if r.category == "political"} | set(politicians)
    police = {r.person for r in roles if r.category == "police"
              or (r.organisation and "PoliceBody" in org_types.get(r.organisation, ()))}
    political |= _acting_politically(entities, doc)
    out = []
    for e in entities:
        if e.kind == "person":
            types = tuple(t for t, has in (("Politician", e.key in political),
                                           ("PoliceOfficer", e.key in police)) if has) or ("Person",)
            e = replace(e, types=types)
        out.append(e)
    return out


def _acting_politically(entities: list[Entity], doc) -> set[str]:
    acts = political_acts()
    found = set()
    for e in entities:
        if e.kind != "person":
            continue
        for ev in e.mentions:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ not in acts:
                continue
            objects = acts[root.head.lemma_]
            verb = root.head
            if not objects or any(c.lemma_.lower() in objects for c in verb.subtree if c.dep_ in ("dobj", "pobj", "attr")):
                found.add(e.key)
    return found
