"""Transcripts (parliamentary debates, interviews): turns headed by the speaker.

A turn header ("Jane Doe (Northtown) (Lab)", "The Minister for X (Mr John
Roe)") is marked by cleaning. Here it yields the constituency as a place, the
MP's seat and party, and every paragraph of the turn as that speaker's words.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..gazetteer import Gazetteer
from ..nlp import HONORIFICS
from ..records import Article, Entity, Mention, Policy, Quote, Relation, Role
from .common import Paragraphs, doc_text, evidence

_GROUP = re.compile(r"\(([^()]+)\)")
_HON = "|".join(HONORIFICS)
_NAME_IN_BRACKETS = re.compile(rf"\((?:(?P<hon>{_HON})\s)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{1,3}})\)$")
_LEADING_NAME = re.compile(rf"^(?:(?P<hon>{_HON})\s)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{1,3}})(?=\s\(|$)")


def _turn_paragraphs(article: Article) -> list[tuple[int, list[int]]]:
    """(header paragraph, the paragraphs of its turn) for each turn."""
    turns = []
    headers = list(article.speaker_turns)
    for n, header in enumerate(headers):
        end = headers[n + 1] if n + 1 < len(headers) else len(article.paragraphs)
        turns.append((header, list(range(header + 1, end))))
    return turns


def header_mentions(doc, article: Article, *, gazetteer: Gazetteer, paragraphs: Paragraphs) -> list[Mention]:
    """The speaker's name and bracketed seat in a header, whatever the tagger made of them."""
    out = []
    for header, _ in _turn_paragraphs(article):
        start, end = article.paragraphs[header]
        text = doc_text(doc)[start:end]
        name = _NAME_IN_BRACKETS.search(text) or _LEADING_NAME.match(text)
        if name:
            honorific = name.group("hon") or ""
            s, e = start + name.start("name"), start + name.end("name")
            ev = evidence(doc, start + name.start(), e, paragraphs)
            out.append(Mention(doc_text(doc)[s:e], "person", "PERSON", "", honorific, ev))
        for match in _GROUP.finditer(text):
            inner = match.group(1).strip()
            if gazetteer.org_index().get(inner) or inner.split()[0] in HONORIFICS:
                continue  # a party tag or the speaker's own name
            s, e = start + match.start(1), start + match.end(1)
            out.append(Mention(inner, "place", "GPE", "", "", evidence(doc, s, e, paragraphs)))
            break
    return out


def merge_mentions(mentions: list[Mention], seats: list[Mention]) -> list[Mention]:
    """Header names and seats replace what the tagger saw inside them ("Dulwich", "Penge")."""
    def inside(m):
        return any(s.evidence.start <= m.evidence.start and m.evidence.end <= s.evidence.end for s in seats)

    return sorted([m for m in mentions if not inside(m)] + seats, key=lambda m: m.evidence.start)


def _speaker(article: Article, header: int, entities: Iterable[Entity], kind: str = "person") -> str:
    start, end = article.paragraphs[header]
    found = sorted((ev.start, e.key) for e in entities if e.kind == kind for ev in e.mentions
                   if start <= ev.start and ev.end <= end)
    return found[0][1] if found else ""


def turn_facts(doc, article: Article, entities: list[Entity], policies: list[Policy], *, paragraphs: Paragraphs
               ) -> tuple[list[Role], list[Relation], list[Quote], set[str]]:
    """Seats and parties from headers, each turn's paragraphs as its speaker's quotes, and the
    speakers of a parliamentary debate (one where speakers carry party tags), who are politicians."""
    types = {e.key: e.types for e in entities}
    roles, relations, quotes = [], [], []
    speakers: set[str] = set()
    for header, body in _turn_paragraphs(article):
        speaker = _speaker(article, header, entities)
        if not speaker:
            continue
        speakers.add(speaker)
        h_start, h_end = article.paragraphs[header]
        ev = evidence(doc, h_start, h_end, paragraphs)
        seat = _speaker(article, header, entities, kind="place")
        if seat:
            roles.append(Role(speaker, "MP", "political", "", seat, ev))
        for e in entities:
            if "PoliticalParty" in types[e.key] and any(h_start <= m.start and m.end <= h_end for m in e.mentions):
                relations.append(Relation(speaker, "memberOf", e.key, "", False, ev))
        for index in body:
            start, end = article.paragraphs[index]
            keys = tuple(sorted({e.key for e in entities for m in e.mentions if start <= m.start and m.end <= end}
                                - {speaker} | {p.key for p in policies for m in p.mentions
                                               if start <= m.start and m.end <= end}))
            quotes.append(Quote(doc_text(doc)[start:end], speaker, "say", "", "", keys, False,
                                evidence(doc, start, end, paragraphs)))
    debate = bool(relations)  # some speaker carries a party tag: a parliamentary debate
    return roles, relations, quotes, speakers if debate else set()
