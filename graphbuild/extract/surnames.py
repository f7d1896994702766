"""Bare surnames the statistical tagger missed.

Once an article has named "Jane May" in full, a later "May" is her, but the
tagger often leaves such a token out of any entity — above all when the
surname is also an ordinary word (a month, a modal verb, a colour). A token is
taken as the surname only where it stands where a name can stand: capitalised,
outside any other entity, not glued to another proper name, and not in a date
("in May", "May 2010"). A headline may give the surname before the body names the person in full
("Porter attacks Home Office" over a story naming Jane Porter): there it is taken too.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..records import Mention
from .common import Paragraphs, span_evidence

DATE_WORDS = {"in", "on", "since", "until", "till", "by", "from", "last", "next", "early", "late", "mid", "of",
              "during", "through", "before", "after", "this", "that", "every", "each", "between", "and", "to"}
NAME_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr", "dative", "aux", "ROOT",
              "npadvmod"}


def surname_mentions(doc, mentions: Iterable[Mention], *, paragraphs: Paragraphs) -> Iterator[Mention]:
    """Mentions for bare surnames of people the article names in full, where the tagger saw none."""
    mentions = list(mentions)
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) >= 2
                and m.text.split()[-1][:1].isupper() and len(m.text.split()[-1]) > 2}
    if not surnames:
        return
    covered = set()
    for m in mentions:
        covered.update(range(m.evidence.start, m.evidence.end))
    first_full = min(m.evidence.start for m in mentions if m.kind == "person" and len(m.text.split()) >= 2)
    for token in doc:
        if token.text not in surnames or token.idx in covered or (token.idx < first_full and paragraphs.index(token.idx)):
            continue  # before the full name only in the headline (the first paragraph)
        if token.ent_type_ and token.ent_type_ != "PERSON" and not (
                token.ent_type_ == "DATE" and token.dep_ in ("poss", "nsubj", "nsubjpass") and _alone_in_entity(token)):
            continue  # a month tagged DATE is still the surname where it owns or does something ("May's decision")
        if not _stands_as_name(token):
            continue
        yield Mention(token.text, "person", "SURNAME", "", "", span_evidence(doc[token.i: token.i + 1], paragraphs))


def _stands_as_name(token) -> bool:
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
        return False  # part of a longer proper name
    if prev is not None and prev.lower_ in DATE_WORDS:
        return False
    if nxt is not None and (nxt.like_num or (nxt.text[:1].isupper() and nxt.is_alpha and nxt.pos_ == "PROPN")):
        return False  # "May 2010", "May Day", another name
    return token.dep_ in NAME_ROLES


def _alone_in_entity(token) -> bool:
    """The token is the whole of its entity ("May", not "May 2010" or "last May")."""
    doc = token.doc
    before = token.ent_iob_ == "B"
    after = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return before and after
