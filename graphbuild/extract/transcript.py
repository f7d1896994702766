"""Transcripts (parliamentary debates, interviews): turns headed by the speaker.

A turn header ("Jane Doe (Northtown) (Lab)", "The Minister for X (Mr John
Roe)") is marked by cleaning; a printed record puts it before a colon in the
turn's own paragraph ("Jane Doe (Northtown) (Lab): What …"), found here. It
yields the constituency as a place, the MP's seat and party, and every
paragraph of the turn as that speaker's words.
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


# "2. Jane Doe (Northtown) (Lab): What …", "The Minister for Policing (John Roe): I thank …", "Ms Doe: …"
_INLINE = re.compile(r"^(?:\d+\.\s+)?(?P<header>[A-Z][^.:;!?\"“”‘]{1,100}?):\s+(?=\S)")
_INLINE_NAME = re.compile(rf"^(?:(?P<hon>{_HON})\s)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,3}})(?=\s\(|$)")
_OFFICES = {"speaker", "chair", "chairman", "deputy", "minister", "secretary", "member", "hon", "the"}


def _inline_headers(text: str, article: Article) -> dict[int, tuple[int, int]]:
    """Paragraph -> (header start, body start) where a printed record puts the speaker before a colon in
    the turn's own paragraph. Only in an article with two such turns, one of them ending in a bracketed
    seat, party or name: a lone "Jane Doe: …" is not a debate. Every such paragraph after the headline
    starts a turn, even one whose speaker cannot be named ("The Minister for Policing: …")."""
    found = {}
    for n, (start, end) in enumerate(article.paragraphs):
        match = _INLINE.match(text[start:end])
        if n and match and n not in article.speaker_turns:
            found[n] = (start + match.start("header"), start + match.end())
    bracketed = any(re.search(r"\([A-Z][^()]*\)$", text[h:b].rstrip(": ")) for h, b in found.values())
    return found if len(found) >= 2 and bracketed else {}


def _turns(text: str, article: Article) -> list[tuple[tuple[int, int], list[tuple[int, int]], bool]]:
    """((header start, end), [(start, end) of each stretch of the turn's words], inline) for each turn: a
    header paragraph and the paragraphs after it, or a header before a colon and the rest of its paragraph."""
    inline = _inline_headers(text, article)
    heads = sorted(set(article.speaker_turns) | set(inline))
    turns = []
    for n, header in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(article.paragraphs)
        body = [article.paragraphs[i] for i in range(header + 1, end)]
        if header in inline:
            h_start, b_start = inline[header]
            h_end = len(text[:b_start].rstrip(": "))
            turns.append(((h_start, h_end), [(b_start, article.paragraphs[header][1])] + body, True))
        else:
            turns.append((article.paragraphs[header], body, False))
    return turns


def _header_name(text: str, inline: bool, gazetteer: Gazetteer):
    """The speaker's name in a header: in brackets after an office, or leading."""
    name = _NAME_IN_BRACKETS.search(text)
    if name or not inline:
        return name or _LEADING_NAME.match(text)
    name = _INLINE_NAME.match(text)
    if name is None or not (name.group("hon") or " " in name.group("name")):
        return None
    words = name.group("name").split()
    if {w.lower() for w in words} & _OFFICES or name.group("name") in gazetteer.org_index() \
            or name.group("name") in gazetteer.place_index():
        return None  # "Mr Speaker", "Home Office": no one's name
    return name


def header_mentions(doc, article: Article, *, gazetteer: Gazetteer, paragraphs: Paragraphs) -> list[Mention]:
    """The speaker's name and bracketed seat in a header, whatever the tagger made of them."""
    out = []
    for (start, end), _, inline in _turns(doc_text(doc), article):
        text = doc_text(doc)[start:end]
        name = _header_name(text, inline, gazetteer)
        if name:
            honorific = name.group("hon") or ""
            s, e = start + name.start("name"), start + name.end("name")
            ev = evidence(doc, start + name.start(), e, paragraphs)
            out.append(Mention(doc_text(doc)[s:e], "person", "PERSON", "", honorific, ev))
        for match in _GROUP.finditer(text):
            inner = match.group(1).strip()
            if gazetteer.org_index().get(inner) or inner.split()[0] in HONORIFICS \
                    or name and inner == name.group("name"):
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


def _speaker(header: tuple[int, int], entities: Iterable[Entity], kind: str = "person") -> str:
    start, end = header
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
    for (h_start, h_end), body, _ in _turns(doc_text(doc), article):
        speaker = _speaker((h_start, h_end), entities)
        if not speaker:
            continue
        speakers.add(speaker)
        ev = evidence(doc, h_start, h_end, paragraphs)
        seat = _speaker((h_start, h_end), entities, kind="place")
        if seat:
            roles.append(Role(speaker, "MP", "political", "", seat, ev))
        for e in entities:
            if "PoliticalParty" in types[e.key] and any(h_start <= m.start and m.end <= h_end for m in e.mentions):
                relations.append(Relation(speaker, "memberOf", e.key, "", False, ev))
        for start, end in body:
            keys = tuple(sorted({e.key for e in entities for m in e.mentions if start <= m.start and m.end <= end}
                                - {speaker} | {p.key for p in policies for m in p.mentions
                                               if start <= m.start and m.end <= end}))
            quotes.append(Quote(doc_text(doc)[start:end], speaker, "say", "", "", keys, False,
                                evidence(doc, start, end, paragraphs)))
    debate = bool(relations)  # some speaker carries a party tag: a parliamentary debate
    return roles, relations, quotes, speakers if debate else set()
