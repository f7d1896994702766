"""Helpers shared by the extractors: evidence records and text keys."""
from __future__ import annotations

import bisect
import re
import unicodedata

from ..records import Evidence


class Paragraphs:
    """Maps a character offset to the index of its paragraph."""

    def __init__(self, spans: tuple[tuple[int, int], ...]):
        self.starts = [s for s, _ in spans] or [0]

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def evidence(doc, start: int, end: int, paragraphs: Paragraphs) -> Evidence:
    """Evidence for characters [start, end) of the doc, with the sentence around them."""
    text = doc.text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        sent = span[0].sent
        s_start = sent.start_char
        s_end = max(sent.end_char, span.end_char)
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
