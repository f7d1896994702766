"""Resolution across a corpus: one node per real-world entity, whichever article names it.

Within an article, a bare surname ("Javid") or a post ("the home secretary")
that the article itself does not tie to a full name stays unresolved. Across
the corpus, a surname resolves to the one full name with that surname, and a
post to the one person known to hold it; when the corpus offers several, the
mention stays separate and the ambiguity is reported. Unresolved posts are
then dropped (never guessed). Finally each entity and policy gets one
canonical name corpus-wide, so a node never carries two labels.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .extract.roles import PLACEHOLDER_PREFIX
from .records import Entity, Extraction


@dataclass(frozen=True)
class Ambiguity:
    article: str
    mention: str
    candidates: tuple[str, ...]

    def as_json(self) -> dict:
        return {"article": self.article, "mention": self.mention, "candidates": list(self.candidates)}


def resolve_across(extractions: list[Extraction]) -> tuple[list[Extraction], list[Ambiguity]]:
    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full-name person keys
    names: dict[str, Counter] = defaultdict(Counter)
    holders: dict[str, set[str]] = defaultdict(set)  # title -> person keys
    for ex in extractions:
        for e in ex.entities:
            words = e.key.split(":", 1)[1].split()
            if e.kind == "person" and len(words) >= 2:
                full_names[words[-1]].add(e.key)
        for r in ex.roles:
            holders[r.title].add(r.person)
    ambiguities: list[Ambiguity] = []
    resolved = []
    for ex in extractions:
        mapping: dict[str, str] = {}
        for e in ex.entities:
            words = e.key.split(":", 1)[1].split()
            if e.kind == "person" and len(words) == 1:
                candidates = sorted(full_names.get(words[0], ()))
                if len(candidates) == 1:
                    mapping[e.key] = candidates[0]
                elif candidates:
                    ambiguities.append(Ambiguity(ex.article.source, e.name, tuple(candidates)))
        for key in sorted(_placeholders(ex)):
            candidates = sorted(holders.get(key[len(PLACEHOLDER_PREFIX):], ()))
            mapping[key] = candidates[0] if len(candidates) == 1 else ""
            if len(candidates) > 1:
                ambiguities.append(Ambiguity(ex.article.source, key[len(PLACEHOLDER_PREFIX):], tuple(candidates)))
        resolved.append(_rewrite(ex, mapping))
    for ex in resolved:
        for e in ex.entities:
            names[e.key][e.name] += 1
        for p in ex.policies:
            names[p.key][p.name] += 1
    canonical = {key: sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
                 for key, c in names.items()}
    unified = [_rename(ex, canonical) for ex in resolved]
    return unified, sorted(set(ambiguities), key=lambda a: (a.article, a.mention))


def _placeholders(ex: Extraction) -> set[str]:
    keys = set()
    for q in ex.quotes:
        keys.update(k for k in (q.speaker, q.addressee, q.channel, *q.mentions) if k.startswith(PLACEHOLDER_PREFIX))
    for r in ex.relations:
        keys.update(k for k in (r.subject, r.object) if k.startswith(PLACEHOLDER_PREFIX))
    for f in ex.figures:
        keys.update(k for k in (f.about, f.source, f.speaker) if k.startswith(PLACEHOLDER_PREFIX))
    return keys


def _rewrite(ex: Extraction, mapping: dict[str, str]) -> Extraction:
    """Substitute keys everywhere; keys mapped to "" are dropped (and relations needing them)."""
    def m(key: str) -> str:
        key = mapping.get(key, key)
        return "" if key.startswith(PLACEHOLDER_PREFIX) else key

    entities: dict[str, Entity] = {}
    for e in ex.entities:
        key = m(e.key)
        if key in entities:  # two forms of one person in this article
            old = entities[key]
            e = replace(old, aliases=tuple(sorted(set(old.aliases) | set(e.aliases) | {e.name})),
                        mentions=old.mentions + e.mentions)
        elif key != e.key:
            e = replace(e, key=key, aliases=tuple(sorted(set(e.aliases) | {e.name})))
        entities[key] = e
    quotes = tuple(replace(q, speaker=m(q.speaker), addressee=m(q.addressee), channel=m(q.channel),
                           mentions=tuple(sorted({m(k) for k in q.mentions} - {""}))) for q in ex.quotes)
    figures = tuple(replace(f, about=m(f.about), source=m(f.source), speaker=m(f.speaker), place=m(f.place))
                    for f in ex.figures)
    roles = tuple(replace(r, person=m(r.person)) for r in ex.roles)
    policies = tuple(replace(p, concerns=tuple(sorted({m(k) for k in p.concerns} - {""}))) for p in ex.policies)
    relations = tuple(replace(r, subject=m(r.subject), object=m(r.object)) for r in ex.relations
                      if m(r.subject) and m(r.object) and m(r.subject) != m(r.object))
    return replace(ex, entities=tuple(entities.values()), quotes=quotes, figures=figures, roles=roles,
                   relations=relations, policies=policies)


def _rename(ex: Extraction, canonical: dict[str, str]) -> Extraction:
    def fix(record):
        name = canonical.get(record.key, record.name)
        if name == record.name:
            return record
        return replace(record, name=name, aliases=tuple(sorted((set(record.aliases) | {record.name}) - {name})))

    return replace(ex, entities=tuple(fix(e) for e in ex.entities), policies=tuple(fix(p) for p in ex.policies))
