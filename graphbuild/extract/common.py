"""Helpers shared by the extractors: evidence records and text keys."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import resources
from ..gazetteer import word_class
from ..records import Evidence

PLACEHOLDER_PREFIX = "title:"  # the key of a post not yet tied to a holder ("title:home secretary")


@dataclass(frozen=True)
class RoleMention:
    """An unattached title in the text that refers to a person (found by `roles`, read by `quotes`)."""

    start: int
    end: int
    person: str


class Paragraphs:
    """Maps a character offset to its paragraph and (given the doc) its sentence.

    Sentence bounds are computed once: asking spaCy for a token's sentence
    walks the document each time.
    """

    def __init__(self, spans: tuple[tuple[int, int], ...], doc=None):
        self.starts = [s for s, _ in spans] or [0]
        self.sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else []
        self.sentence_starts = [s for s, _ in self.sentences]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence(self, offset: int) -> tuple[int, int] | None:
        if not self.sentences:
            return None
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]


def doc_ents(doc) -> tuple:
    """The doc's entity spans, built once: spaCy's `doc.ents` walks every token on each access
    (and `span.ents` walks the doc's), which, asked once per figure or name, made cost grow with
    the square of a text's length."""
    ents = doc.user_data.get("graphbuild_ents")
    if ents is None:
        ents = doc.user_data["graphbuild_ents"] = tuple(doc.ents)
        doc.user_data["graphbuild_ent_starts"] = [e.start for e in ents]
    return ents


def ents_within(doc, start: int, end: int) -> list:
    """The doc's entities that overlap tokens start..end (in order), found by bisection."""
    ents = doc_ents(doc)
    starts = doc.user_data["graphbuild_ent_starts"]
    i = bisect.bisect_left(starts, end)  # entities from here on start at or after `end`
    j = i
    while j > 0 and ents[j - 1].end > start:  # entities do not overlap: their ends rise with their starts
        j -= 1
    return list(ents[j:i])


def span_ents(span) -> list:
    """`span.ents` (entities wholly inside the span), without walking the whole doc."""
    return [e for e in ents_within(span.doc, span.start, span.end) if e.start >= span.start and e.end <= span.end]


def doc_sents(doc) -> tuple:
    """The doc's sentences, built once (`doc.sents` walks the whole doc on each access)."""
    sents = doc.user_data.get("graphbuild_sents")
    if sents is None:
        sents = doc.user_data["graphbuild_sents"] = tuple(doc.sents)
        doc.user_data["graphbuild_sent_starts"] = [s.start for s in sents]
    return sents


def sentence_index(doc, token_i: int) -> int:
    """The index in `doc_sents` of the sentence holding token `token_i`."""
    doc_sents(doc)
    return max(0, bisect.bisect_right(doc.user_data["graphbuild_sent_starts"], token_i) - 1)


def sentence_before(sent):
    """The sentence before `sent` that has a word in it (a closing quote mark the parser made a sentence of its
    own is skipped), or None at the start of the doc."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    while not any(t.is_alpha for t in before) and before.start > 0:
        before = sent.doc[before.start - 1].sent
    return before


def doc_text(doc) -> str:
    """The doc's text, built once: spaCy's `doc.text` joins every token on each access."""
    text = doc.user_data.get("graphbuild_text")
    if text is None:
        text = doc.user_data["graphbuild_text"] = doc.text
    return text


def evidence(doc, start: int, end: int, paragraphs: Paragraphs) -> Evidence:
    """Evidence for characters [start, end) of the doc, with the sentence around them."""
    text = doc_text(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        bounds = paragraphs.sentence(span.start_char)
        if bounds is None:
            sent = span[0].sent
            bounds = (sent.start_char, sent.end_char)
        s_start = bounds[0]
        s_end = max(bounds[1], span.end_char)
    else:
        s_start, s_end = start, end
    while s_end > s_start and text[s_end - 1].isspace():
        s_end -= 1
    s_start = min(s_start, start)
    s_end = max(s_end, end)
    return Evidence(start, end, text[start:end], s_start, s_end, text[s_start:s_end], paragraphs.index(start))


def span_evidence(span, paragraphs: Paragraphs) -> Evidence:
    return evidence(span.doc, span.start_char, span.end_char, paragraphs)


def name_key(text: str) -> str:
    """Normalised key of a name: NFKC, casefolded, quotes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u200b-\u200f\u2060\ufeff]", "", text)
    text = re.sub(r"[’‘`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


_LEGISLATION = re.compile(
    r"\b(?:(?!(?:Act|Bill)\b)[A-Z][\w’'-]*,?\s(?:(?:and|of|the|for|on)\s)*)+(?:Act|Bill)\b(?:\s(?:19|20)\d\d)?")


def legislation_spans(text: str) -> list[tuple[int, int]]:
    """Names of laws and bills ("the Police, Crime, Sentencing and Courts Bill", "Offensive Weapons Act 2019")."""
    spans = []
    for match in _LEGISLATION.finditer(text):
        start = match.start()
        words = match.group(0).split()
        while words and words[0] in ("The", "A", "An", "This", "That"):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2:
            spans.append((start, match.end()))
    return spans


@lru_cache(maxsize=1)
def workforce_nouns() -> frozenset[str]:
    """People a body employs ("officers", "staff", "PCSOs"), from `workforce_nouns.csv`."""
    return frozenset(row["noun"] for row in resources.read_csv("gazetteer/workforce_nouns.csv"))


def is_workforce(token) -> bool:
    return token.lemma_.lower() in workforce_nouns() or token.lower_.rstrip("s") in workforce_nouns()


def counterfactual(token) -> bool:
    """A verb under a counterfactual modal with a perfect ("should have faced", "would have cut"): it
    ought to have happened, or would have, and did not (`word_classes.csv`, counterfactual_modal)."""
    auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxes and any(a in word_class("counterfactual_modal") for a in auxes)


def heads_to_clause(span, limit: int = 6) -> list:
    """A figure's or phrase's root and its heads up to the verb of its clause (at most `limit`): where a
    preposition that says why or under what the figure holds ("due to X", "under X") may hang."""
    node = span.root
    heads = [node]
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and len(heads) < limit:
        node = node.head
        heads.append(node)
    return heads


def first_mentions(mentions: list) -> dict:
    """Each policy key's first mention in the text."""
    first: dict = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        first.setdefault(m.key, m)
    return first


def retarget(mentions: list, target: dict) -> list:
    """The mentions, those of a key in `target` made mentions of the policy its target mention names."""
    if not target:
        return mentions
    return [replace(m, key=t.key, label=t.label, kind=t.kind, topic=t.topic) if (t := target.get(m.key)) else m
            for m in mentions]
