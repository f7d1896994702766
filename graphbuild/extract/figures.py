"""Figures: every statistic or amount in the body, with what it measures.

Numbers are found by patterns over the text (money with magnitudes, percent,
fractions, digits with separators, number words via text2num), then read in
context through the parse: the noun they count, a qualifier ("almost"), the
period and place from the sentence's dates and places, the source ("X
figures", "a report by X found"), and the speaker when inside a quote.
Dates, years, times, ages, ordinals and measurements are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from .. import resources
from ..records import Entity, Figure, Policy, Quote
from .common import Paragraphs, doc_text, evidence

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion"
).split()
_WORD_NUM = r"(?:%s)(?:[\s-]+(?:and[\s-]+)?(?:%s))*" % ("|".join(NUMBER_WORDS), "|".join(NUMBER_WORDS))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MAX_MEASURE_WORDS = 8


@dataclass(frozen=True)
class _Words:
    qualifiers: tuple[str, ...]
    source_nouns: frozenset[str]
    source_verbs: frozenset[str]
    excluded_units: frozenset[str]
    fractions: dict[str, int]
    magnitudes: dict[str, int]
    currencies: dict[str, str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    rows = resources.read_csv("gazetteer/figure_words.csv")
    by = lambda kind: [r for r in rows if r["kind"] == kind]  # noqa: E731
    return _Words(
        qualifiers=tuple(sorted((r["word"] for r in by("qualifier")), key=len, reverse=True)),
        source_nouns=frozenset(r["word"] for r in by("source_noun")),
        source_verbs=frozenset(r["word"] for r in by("source_verb")),
        excluded_units=frozenset(r["word"] for r in by("unit_excluded")),
        fractions={r["word"]: int(r["value"]) for r in by("fraction")},
        magnitudes={r["word"]: int(r["value"]) for r in by("magnitude")},
        currencies={r["word"]: r["value"] for r in by("currency")},
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    w = _words()
    cur = "|".join(re.escape(c) for c in w.currencies)
    mag = "|".join(sorted(w.magnitudes, key=len, reverse=True))
    frac = "|".join(sorted(w.fractions, key=len, reverse=True))
    return re.compile(
        rf"(?P<money>(?P<cur>{cur})\s?(?P<mnum>{_DIGITS})(?:\s?(?P<mmag>{mag})\b)?)"
        rf"|(?P<frac>\b(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-](?P<fden>{frac})\b)"
        rf"|(?P<pct>(?:\b(?P<pword>{_WORD_NUM})|(?P<pnum>{_DIGITS}))\s?(?:%|per\s?cent\b|percent\b))"
        rf"|(?P<num>(?<![\w.,£$€¥-])(?P<dnum>{_DIGITS})(?:\s(?P<dmag>million|billion|trillion|thousand)\b)?"
        rf"(?![\w]|[.,]\d|-year|-\d))"
        rf"|(?P<word>\b(?P<wnum>{_WORD_NUM})\b(?!-year))",
        re.I,
    )


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    value: Decimal
    unit: str


def find_numbers(text: str) -> Iterator[_Match]:
    """Every amount in the text with its value in base units; no context yet."""
    from text_to_num import text2num

    w = _words()
    for m in _pattern().finditer(text):
        try:
            if m.group("money"):
                value = Decimal(m.group("mnum").replace(",", ""))
                if m.group("mmag"):
                    value *= w.magnitudes[m.group("mmag").lower()]
                yield _Match(m.start(), m.end(), value, w.currencies[m.group("cur")])
            elif m.group("frac"):
                num = 1 if m.group("fnum").lower() in ("a", "one") else text2num(m.group("fnum").lower(), "en")
                value = (Decimal(num) / Decimal(w.fractions[m.group("fden").lower()])).quantize(Decimal("0.0001"))
                yield _Match(m.start(), m.end(), value, "ratio")
            elif m.group("pct"):
                raw = m.group("pnum")
                value = Decimal(raw.replace(",", "")) if raw else Decimal(text2num(_words_only(m.group("pword")), "en"))
                yield _Match(m.start(), m.end(), value, "percent")
            elif m.group("num"):
                value = Decimal(m.group("dnum").replace(",", ""))
                if m.group("dmag"):
                    value *= w.magnitudes[m.group("dmag").lower()]
                yield _Match(m.start(), m.end(), value, "count")
            elif m.group("word"):
                words = _words_only(m.group("wnum"))
                if words in ("one", "hundred", "thousand", "million", "billion"):
                    continue  # "one" is a pronoun as often as a number; bare magnitudes are vague
                yield _Match(m.start(), m.end(), Decimal(text2num(words, "en")), "count")
        except (ValueError, ArithmeticError):
            continue


def _words_only(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


def _excluded(doc, match: _Match) -> bool:
    """Dates, years, times, ages, ordinals, measurements, list numbers are not figures."""
    text = doc_text(doc)
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return True
    if any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") for t in span) and match.unit == "count":
        return True
    if match.unit == "ratio" and re.match(r"(?i)(a|one)\s", text[match.start:match.end]):
        nxt = span[-1].i + 1
        if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "ADJ") and doc[nxt].lower_ != "of":
            return True  # "a third visit": an ordinal, not a fraction
    if match.unit == "count":
        raw = text[match.start:match.end]
        if re.fullmatch(r"(1[89]|20)\d\d", raw):
            return True  # a year
        after = text[match.end:match.end + 12]
        before = text[max(0, match.start - 12):match.start].lower()
        if re.match(r"\s?([a-z]{1,3})\b", after) and re.match(r"\s?([a-z]{1,3})\b", after).group(1) in _words().excluded_units \
                and not re.match(r"\s(in|at|am|st)\b", after):
            return True  # a measurement such as 3ft
        if re.search(r"\b(aged?|age of)\s*$", before) or re.match(r"\s*(years?[- ]old|-year)", after):
            return True
        if re.search(r"\b(to|and)\s*$", before) and re.search(r"\baged?\b", text[max(0, match.start - 30):match.start]):
            return True  # "aged 16 to 24"
        line_start = text.rfind("\n", 0, match.start) + 1
        if text[line_start:match.start].strip() == "" and re.match(r"\.\s", text[match.end:match.end + 2]):
            return True  # a numbered question or list item
        if re.match(r"\s*(?:o'clock|am|pm|a\.m\.|p\.m\.)", after):
            return True
    return False


class _Context:
    def __init__(self, doc, entities: list[Entity], quotes: list[Quote], policies: list[Policy]):
        self.doc = doc
        self.entity_at: dict[int, str] = {}
        self.policy_at: dict[int, str] = {}
        self.kind = {e.key: e.kind for e in entities}
        for p in policies:
            for ev in p.mentions:
                for t in doc.char_span(ev.start, ev.end, alignment_mode="expand") or []:
                    self.policy_at.setdefault(t.i, p.key)
        for e in entities:
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.entity_at[t.i] = e.key
        self.quotes = [(q.evidence.start, q.evidence.end, q.speaker) for q in quotes if q.evidence]

    def speaker_at(self, start: int) -> str:
        for s, e, speaker in self.quotes:
            if s <= start < e:
                return speaker
        return ""

    def in_quote(self, start: int) -> bool:
        return any(s <= start < e for s, e, _ in self.quotes)


def extract_figures(
    doc, entities: list[Entity], *, quotes: list[Quote], policies: list[Policy], paragraphs: Paragraphs
) -> Iterator[Figure]:
    ctx = _Context(doc, entities, quotes, policies)
    for match in find_numbers(doc_text(doc)):
        if _excluded(doc, match):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        qualifier, q_start = _qualifier(doc_text(doc), match.start)
        measures, about = _measures(span, ctx)
        sent = span[0].sent
        yield Figure(
            value=_decimal_text(match.value),
            unit=match.unit,
            surface=doc_text(doc)[match.start:match.end],
            measures=measures,
            about=about,
            qualifier=qualifier,
            period=_period(sent, span),
            place=_place(sent, span, ctx),
            source=_source(sent, span, ctx),
            speaker=ctx.speaker_at(match.start),
            evidence=evidence(doc, match.start, match.end, paragraphs),
        )


def _decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _qualifier(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 20):start].lower()
    for q in _words().qualifiers:
        if re.search(rf"\b{re.escape(q)}\s+$", before):
            return q, start - len(before) + before.rfind(q)
    return "", start


def _np_text(tokens, exclude) -> str:
    tokens = sorted((t for t in tokens if t.i not in exclude and not t.is_punct and t.dep_ not in ("det", "predet")
                     and not t.is_space), key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    if last - first + 1 > MAX_MEASURE_WORDS:
        last = first + MAX_MEASURE_WORDS - 1
    words = [t.text for t in doc[first:last + 1] if t.i not in exclude and t.dep_ not in ("det", "predet")
             and not t.is_space]
    return re.sub(r"\s+([’'],?s?\b)", r"\1", " ".join(words)).strip(" ,;–-")


def _noun_phrase(noun, exclude) -> list:
    """The noun with its modifiers, conjuncts and 'of' complement, not relative clauses."""
    keep = [noun]
    for child in noun.children:
        if child.i in exclude:
            continue
        if child.dep_ in ("compound", "amod", "poss", "nmod", "case") or \
                (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")) or child.dep_ == "cc":
            keep.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "to", "on") and child.i > noun.i \
                and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in child.subtree):
            keep.extend(child.subtree)
    return keep


def _measures(span, ctx: _Context) -> tuple[str, str]:
    """What the number counts, as text, and the entity it is about when the grammar says so."""
    exclude = {t.i for t in span}
    root = span.root
    head = root.head
    tokens = []
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of:  # "£1bn of cuts", "a third of the cases"
        tokens = list(of[0].subtree)[1:]
    elif root.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
        tokens = _noun_phrase(head, exclude)  # "282,248 stops and searches", "£600m funding shortfall"
    elif root.dep_ == "pobj" and head.lower_ in ("by", "from", "to"):  # "down by a fifth", "fell from X to Y"
        governor = head.head
        obj = next((c for c in governor.children if c.dep_ in ("dobj",)), None)
        subj = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = obj or subj
        if target is not None:
            tokens = _noun_phrase(target, exclude) + [governor]
    elif root.dep_ in ("nsubj", "nsubjpass"):  # "20 were teenagers"
        attr = next((c for c in head.children if c.dep_ in ("attr", "acomp", "dobj")), None)
        tokens = _noun_phrase(attr, exclude) + [head] if attr is not None else [head]
    elif root.dep_ in ("dobj", "attr", "pobj") and root.pos_ in ("NOUN", "PROPN") and not span.root.like_num:
        tokens = _noun_phrase(root, exclude)
    text = _np_text(tokens, exclude)
    about = ""
    for t in sorted(tokens, key=lambda t: t.i):
        key = ctx.entity_at.get(t.i)
        if key and ctx.kind.get(key) != "place":
            about = key
            break
    if not about:
        about = _controller(span, ctx)
    if not about:  # "282,248 stops and searches": a figure about a policy
        about = next((ctx.policy_at[t.i] for t in sorted(tokens, key=lambda t: t.i) if t.i in ctx.policy_at), "")
    return text, about


def _controller(span, ctx: _Context) -> str:
    """The actor whose clause holds the figure: "the Met saw numbers drop by 474",
    "forced the Met to make £1bn of cuts", "the pay offer announced by the Government",
    "Jane Doe, who promised to cut it to 5%"."""
    def actor(token) -> str:
        key = ctx.entity_at.get(token.i) if token is not None else None
        return key if key and ctx.kind.get(key) in ("organization", "person") else ""

    noun = span.root.head
    if noun.pos_ in ("NOUN", "PROPN"):  # "the 7% pay offer announced by X"
        for child in noun.children:
            if child.dep_ in ("acl", "relcl"):
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                        if actor(pobj):
                            return actor(pobj)
    verb = span.root
    for _ in range(6):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if subject is None and verb.dep_ == "relcl":
            subject = verb.head
        if verb.lemma_ in _words().source_verbs:
            return ""  # "X said that crime fell by 5%": X is the source, not what it is about
        if subject is not None and actor(subject):
            return actor(subject)
    return ""


def _period(sent, span) -> str:
    best = None
    for ent in sent.ents:
        if ent.label_ != "DATE" or (ent.start <= span.start < ent.end):
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("aged", "age", "ages"):
            continue  # an age range, not a period
        if re.search(r"\d+[- ]years?[- ]old", ent.text) or re.fullmatch(r"\d{1,2}", ent.text.strip()):
            continue  # an age ("aged 17", "Jane Doe, 52,")
        distance = abs(ent.start - span.start) - (0.5 if ent.start >= span.end else 0)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        return ""
    ent = best[1]
    doc = ent.doc
    start = ent.start
    if start > sent.start and doc[start - 1].lower_ in ("in", "since", "by", "over", "during", "until", "to",
                                                         "from", "for"):
        start -= 1
    if start - 2 >= sent.start and doc[start - 2].lower_ == "so" and doc[start - 1].lower_ == "far":
        start -= 2  # "so far this year": to date
    return doc[start:ent.end].text


def _place(sent, span, ctx: _Context) -> str:
    best = None
    for t in sent:
        key = ctx.entity_at.get(t.i)
        if key and ctx.kind.get(key) == "place":
            distance = abs(t.i - span.start) - (5 if t.head.lower_ == "in" else 0)
            if best is None or distance < best[0]:
                best = (distance, key)
    return best[1] if best else ""


def _source(sent, span, ctx: _Context) -> str:
    """"Home Office figures revealed …", "a report by the X Committee found …", "according to X"."""
    w = _words()
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for d in t.doc[t.i + 1].subtree:
                key = ctx.entity_at.get(d.i)
                if key and ctx.kind.get(key) in ("organization", "person"):
                    return key
    for t in sent:
        if (t.lemma_.lower() in w.source_nouns or t.lower_ in w.source_nouns) and t.pos_ == "NOUN":
            for d in t.subtree:
                key = ctx.entity_at.get(d.i)
                if key and ctx.kind.get(key) == "organization" and d.i not in range(span.start, span.end):
                    return key
    for t in sent:
        if t.lemma_ in w.source_verbs and t.pos_ == "VERB" and not ctx.in_quote(t.idx):
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                key = ctx.entity_at.get(subject.i)
                if key and ctx.kind.get(key) == "organization":
                    return key
    return ""
