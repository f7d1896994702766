"""Posts people hold, read from the usual newspaper forms.

  "Home Secretary Sajid Javid", "the home secretary, Theresa May,"   title before name
  "Ken Marsh, chairman of the X Federation"                          title after name
  "The Minister for Policing (Mr Nick Hurd)"                         name in brackets
  "the Met's commissioner", "X Police chief Jane Doe"                 organisation before title

A title with no name beside it ("the home secretary said") is a role mention:
it resolves to the person holding that post in the article.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Gazetteer, Title, normalise_title
from ..records import Entity, Role
from .common import Paragraphs, evidence

HEAD_TITLES = {"chief", "head", "boss", "leader", "police chief", "chief executive", "commissioner"}


@dataclass(frozen=True)
class RoleMention:
    """An unattached title in the text that refers to a person."""

    start: int
    end: int
    person: str


@lru_cache(maxsize=4)
def _title_matcher(vocab, gaz: Gazetteer):
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for n, title in enumerate(gaz.titles):
        forms = sorted({title.title, *title.aliases})
        docs = [Doc(vocab, words=_words(f)) for f in forms]
        matcher.add(f"T{n}", docs)
    return matcher


def _words(text: str) -> list[str]:
    import re

    return [w.lower() for w in re.findall(r"\w+(?:[’'.]\w+)*|[^\w\s]", text)]


def find_title_spans(doc, gaz: Gazetteer) -> list[tuple[object, Title]]:
    from spacy.util import filter_spans

    matcher = _title_matcher(doc.vocab, gaz)
    spans = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        if span[0].is_upper and len(span[0].text) > 2 and len(span) == 1 and span.text not in ("MP", "PCC"):
            continue  # shouted words are not titles
        if doc[end - 1].tag_ in ("NNS", "NNPS") and not span.text.endswith("s"):
            continue
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    out = []
    for span in filter_spans(spans):
        title = gaz.titles[int(span.label_[1:])]
        out.append((span, title))
    return out


def extract_roles(
    doc, entities: list[Entity], *, gazetteer: Gazetteer, paragraphs: Paragraphs
) -> tuple[list[Role], list[RoleMention]]:
    """Roles held by the article's people, and role mentions resolved to them."""
    person_at: dict[int, tuple[int, str]] = {}  # token index of a mention start -> (end token, key)
    person_end: dict[int, tuple[int, str]] = {}  # token index after a mention end -> (start token, key)
    org_end: dict[int, str] = {}
    org_start: dict[int, str] = {}
    name_end: dict[int, int] = {}  # token index of an organisation or place start -> its end
    place_start: dict[int, str] = {}
    for e in entities:
        for ev in e.mentions:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None:
                continue
            if e.kind == "person":
                person_at[span.start] = (span.end, e.key)
                person_end[span.end] = (span.start, e.key)
            elif e.kind == "organization":
                org_end[span.end] = e.key
                org_start[span.start] = e.key
                name_end[span.start] = span.end
            else:
                place_start[span.start] = e.key
                name_end[span.start] = span.end
    keys = {e.key for e in entities}

    roles: list[Role] = []
    unattached = []
    for span, title in find_title_spans(doc, gazetteer):
        org, jurisdiction = _org_for(doc, span, title, org_end, org_start, place_start, keys, gazetteer)
        person = _person_for(doc, span, person_at, person_end, _complement_end(doc, span, name_end))
        if person:
            ev = evidence(doc, span.start_char, span.end_char, paragraphs)
            roles.append(Role(person, title.title, title.category, org, jurisdiction, ev))
        else:
            unattached.append((span, title, org, jurisdiction))

    role_mentions = []
    for span, title, org, jurisdiction in unattached:
        found = _holder(title, org, roles, gazetteer, keys)
        holder, org = found if found is not None else (_introduced_next(doc, span, person_at, roles), org)
        if holder is None:
            # Unknown in this article; the corpus may know who holds the post (see corpus.py).
            role_mentions.append(RoleMention(span.start_char, span.end_char, placeholder(title.title)))
            continue
        ev = evidence(doc, span.start_char, span.end_char, paragraphs)
        if not any(r.person == holder and r.title == title.title for r in roles):
            roles.append(Role(holder, title.title, title.category, org or _default_org(title, keys), jurisdiction, ev))
        role_mentions.append(RoleMention(span.start_char, span.end_char, holder))
    return _dedupe(roles), role_mentions


PLACEHOLDER_PREFIX = "title:"


def placeholder(title: str) -> str:
    """A stand-in key for "whoever holds this post", resolved across the corpus or dropped."""
    return PLACEHOLDER_PREFIX + title


def _default_org(title: Title, keys: set[str]) -> str:
    key = f"org:{title.organisation}" if title.organisation else ""
    return key if key in keys else ""


def _org_for(doc, span, title, org_end, org_start, place_start, keys, gaz) -> tuple[str, str]:
    org = ""
    # "X Police chief": the organisation's name may swallow the first word of the title
    for i in range(span.start + 1, span.end):
        if i in org_end:
            org = org_end[i]
    # "the Met's commissioner"
    before = span.start
    if before > 0 and doc[before - 1].text in ("'s", "’s", "'", "’"):
        before -= 1
    if before in org_end and not org:
        org = org_end[before]
    # "chairman of the X Federation", "mayor of London"
    after = span.end
    jurisdiction = ""
    if after < len(doc) and doc[after].lower_ in ("of", "at", "for"):
        nxt = after + 1
        if nxt < len(doc) and doc[nxt].lower_ == "the":
            nxt += 1
        if nxt in org_start and not org:
            org = org_start[nxt]
        elif nxt in place_start:
            jurisdiction = place_start[nxt]
    # the title itself may end in the place: "Mayor of London"
    for i in range(span.start, span.end):
        if i in place_start and not jurisdiction:
            jurisdiction = place_start[i]
    if title.jurisdiction and not jurisdiction:
        key = "place:" + title.jurisdiction.casefold()
        jurisdiction = key if key in keys else ""
    return org or _default_org(title, keys), jurisdiction


def _complement_end(doc, span, name_end: dict[int, int]) -> int:
    """End of an "of the X Police" complement after a title, or the title's own end."""
    after = span.end
    if after < len(doc) and doc[after].lower_ in ("of", "at", "for"):
        nxt = after + 1
        if nxt < len(doc) and doc[nxt].lower_ == "the":
            nxt += 1
        if nxt in name_end:
            return name_end[nxt]
    return span.end


def _person_for(doc, span, person_at, person_end, complement_end: int) -> str:
    # "Home Secretary Sajid Javid", "the home secretary, Theresa May", "(Mr Nick Hurd)",
    # "the chief constable of X Police, Jane Doe,"
    for i in sorted({span.end, complement_end}):
        for skip in (0, 1):
            j = i + skip
            if skip and (j - 1 >= len(doc) or doc[j - 1].text not in (",", "(")):
                break
            if j in person_at and (skip or i == span.end):
                return person_at[j][1]
    # "Ken Marsh, chairman of", "Jane Doe, the home secretary"
    k = span.start
    if k > 0 and doc[k - 1].lower_ in ("the", "a", "an"):
        k -= 1
    if k > 1 and doc[k - 1].text == "," and (k - 1) in person_end:
        return person_end[k - 1][1]
    return ""


def _holder(title: Title, org: str, roles: list[Role], gaz: Gazetteer, keys: set[str]
            ) -> tuple[str, str] | None:
    """(person, organisation) of the one person the article gives this post, or heading its body."""
    same = sorted({r.person for r in roles if r.title == title.title and (not org or not r.organisation
                                                                           or r.organisation == org)})
    if len(same) == 1:
        return same[0], org
    if same:
        return None
    # "the Commissioner" -> the person heading the organisation whose head has that title
    home = org or _default_org(title, keys)
    homes = {home} if home else _orgs_headed_as(title, gaz, keys)
    heads = sorted({(r.person, r.organisation) for r in roles if r.organisation in homes
                    and normalise_title(r.title) in HEAD_TITLES})
    if len(heads) == 1:
        return heads[0]
    return None


def _orgs_headed_as(title: Title, gaz: Gazetteer, keys: set[str]) -> set[str]:
    """Organisations in the article whose head's title contains this one ("Commissioner")."""
    words = normalise_title(title.title)
    found = set()
    for other in gaz.titles:
        key = f"org:{other.organisation}"
        if other.organisation and key in keys and other is not title:
            if f" {words} " in f" {normalise_title(other.title)} ":
                found.add(key)
    return found


def _introduced_next(doc, span, person_at, roles) -> str | None:
    """"The mayor of X said ...  Jane Doe said ..." — the next newly named person, if role-less."""
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    sent = span.sent
    next_start = sent.end
    while next_start < len(doc) and doc[next_start].is_space:
        next_start += 1
    if next_start >= len(doc):
        return None
    nxt = doc[next_start].sent
    for i in range(nxt.start, nxt.end):
        if i in person_at:
            end, key = person_at[i]
            first_seen = min((j for j, (_, k) in person_at.items() if k == key), default=i)
            subject = doc[i:end].root.dep_ in ("nsubj", "nsubjpass")
            if first_seen == i and subject and len(doc[i:end]) >= 2 and not any(r.person == key for r in roles):
                return key
            return None
    return None


def _dedupe(roles: list[Role]) -> list[Role]:
    seen, out = set(), []
    for r in sorted(roles, key=lambda r: (r.evidence.start if r.evidence else 0, r.person, r.title)):
        key = (r.person, r.title, r.organisation, r.jurisdiction)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
