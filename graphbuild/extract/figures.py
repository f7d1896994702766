"""Figures: every statistic or amount in the body, with what it measures.

Numbers are found by patterns over the text (money with magnitudes, percent,
fractions, digits with separators, number words via text2num), then read in
context through the parse: the noun they count, a qualifier ("almost"), the
period and place from the sentence's dates and places, the source ("X
figures", "a report by X found", "X said that"), the speaker when inside a
quote, and the one actor the figure is about when the grammar names it (the
clause's subject, a possessor, "its", "the force"), else none.
Durations ("a pension after 22 years in post"), votes ("carried by 87 votes to 54"), rates
("12 for every 1,000 residents") and ranges ("between 5 and 7%") get their own
units; dates, years, times, ages, ordinals and measurements are not figures, except a rank that counts
things so far ("the 14th robbery at the depot since spring", "a fifth such delay").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Iterable, Iterator

from .. import resources
from ..gazetteer import figure_words, word_class
from ..records import Entity, Figure, Policy, Quote, Role
from .common import (Paragraphs, doc_sents, doc_text, evidence, heads_to_clause, is_workforce, sentence_index,
                     span_ents)
from .quotes import MentionIndex, org_anaphors, speech_verbs

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion"
).split()
_WORD_NUM = r"(?:%s)(?:[\s-]+(?:and[\s-]+)?(?:%s))*" % ("|".join(NUMBER_WORDS), "|".join(NUMBER_WORDS))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MAX_MEASURE_WORDS = 8
NEARBY_SENTENCES = 3  # how far back "the force" may find the force it names
OPENING_PARAGRAPHS = 4  # where a story names the body it is about


_FORCE_AREA = re.compile(r"^(?P<area>.+?) (?:police|constabulary|police service)\b")


@dataclass(frozen=True)
class _Words:
    qualifiers: tuple[str, ...]
    source_nouns: frozenset[str]
    source_verbs: frozenset[str]
    excluded_units: frozenset[str]
    fractions: dict[str, int]
    magnitudes: dict[str, int]
    currencies: dict[str, str]
    durations: dict[str, str]  # "year" -> "years": the unit a duration is counted in
    duration_adjectives: frozenset[str]
    duration_not_after: frozenset[str]  # "five years ago", "a 47-year-old": points in time and ages
    rate_words: tuple[str, ...]
    actor_nouns: frozenset[str]  # common nouns for a body: a subject that is an actor nobody named
    voting_bodies: frozenset[str]
    opinion_verbs: frozenset[str]  # "3% believe the force cares": a poll about the force
    utterance_verbs: frozenset[str]  # "…, X said on Monday": a date of saying, not of the figure
    judging_verbs: frozenset[str]  # "X blamed the loss of 1,000 officers", "X wrote to 43 chiefs": not about X
    hearing_verbs: frozenset[str]  # "the panel heard that 40 posts would go": told, not about it
    stating_verbs: frozenset[str]  # "organisers said 9,000", "X estimated 2,000": a number object is X's statement
    currency_words: dict[str, str]  # "a quarter of a billion pounds": the currency written after the amount
    naming_words: frozenset[str]  # "section 60", "junction 9": a number after one of these names a thing
    phone_lines: frozenset[str]  # "a 101 call": a number of a phone line before one of `phone_nouns`
    phone_nouns: frozenset[str]
    half_before: re.Pattern  # "almost half", "by half": a word right before "half" that makes it a figure
    half_not_before: re.Pattern  # "the first half", "the other half": a part of a thing, not a figure
    half_after: re.Pattern  # "half of all officers", "half the staff": a word right after "half" that makes it one
    half_idiom: re.Pattern  # "only half the story", "half the battle": a saying, no figure
    further_cues: frozenset[str]  # "17 sites …, and a further 9": a count adding to one before counts the same


def _ending(words: Iterable[str]) -> re.Pattern:
    """Any of `words` as the last word of a text (before spaces), case-insensitive."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


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
        currency_words={r["word"]: r["value"] for r in by("currency_word")},
        durations={r["word"]: r["value"] for r in by("duration")},
        duration_adjectives=frozenset(r["word"] for r in by("duration_adjective")),
        duration_not_after=frozenset(r["word"] for r in by("duration_not_after")),
        rate_words=tuple(sorted((r["word"] for r in by("rate_word")), key=len, reverse=True)),
        actor_nouns=frozenset(r["word"] for r in by("actor_noun")),
        voting_bodies=frozenset(r["word"] for r in by("voting_body")),
        opinion_verbs=frozenset(r["word"] for r in by("opinion_verb")),
        judging_verbs=frozenset(r["word"] for r in by("judging_verb")),
        hearing_verbs=frozenset(r["word"] for r in by("hearing_verb")),
        stating_verbs=frozenset(r["word"] for r in by("stating_verb")),
        utterance_verbs=frozenset(r["word"] for r in by("utterance_verb")),
        naming_words=frozenset(r["word"] for r in by("naming_word")),
        phone_lines=frozenset(r["word"] for r in by("phone_line")),
        phone_nouns=frozenset(r["word"] for r in by("phone_noun")),
        half_before=_ending(r["word"] for r in by("half_before")),
        half_not_before=_ending(r["word"] for r in by("half_not_before")),
        half_after=re.compile(r"\s+(?:" + "|".join(re.escape(r["word"]) for r in by("half_after")) + r")\b", re.I),
        half_idiom=re.compile(r"\s+(?:" + "|".join(re.escape(r["word"]) for r in by("half_idiom")) + r")\b", re.I),
        further_cues=frozenset(r["word"] for r in by("further_cue")),
    )


_SMALL_NUM = "one|two|three|four|five|six|seven|eight|nine"
_ORDINALS = {w: i for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                        "twelfth".split(), start=2)}
_ORDINAL_WORDS = "|".join(_ORDINALS)


@lru_cache(maxsize=2)
def _pattern(shares: bool = True) -> re.Pattern:
    """Every number form; `shares` adds "one in five", "nine out of ten" (read as one ratio)."""
    w = _words()
    cur = "|".join(re.escape(c) for c in w.currencies)
    mag = "|".join(sorted(w.magnitudes, key=len, reverse=True))
    frac = "|".join(sorted(w.fractions, key=len, reverse=True))
    curw = "|".join(sorted(w.currency_words, key=len, reverse=True))
    dur = "|".join(sorted((d for d in w.durations if not d.endswith("s")), key=len, reverse=True)) + "|" + \
        "|".join(sorted((d for d in w.durations if d.endswith("s")), key=len, reverse=True))
    share = (rf"|(?P<share>\b(?P<snum>{_SMALL_NUM}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
             rf"(?P<sden>{_DIGITS}|{_WORD_NUM})\b(?![.,]\d|%|\s?per\s?cent))") if shares else ""
    return re.compile(
        rf"(?P<mrange>(?P<mrcur>{cur})\s?(?P<mrlo>{_DIGITS})(?:\s?(?P<mrlomag>{mag})\b)?\s?[–-]\s?(?P<mrhicur>{cur})?\s?"
        rf"(?P<mrhi>{_DIGITS})(?:\s?(?P<mrmag>{mag})\b)?(?![.,]?\d))"
        rf"|(?P<money>(?P<cur>{cur})\s?(?P<mnum>{_DIGITS})(?:\s?(?P<mmag>{mag})\b)?)"
        rf"{share}"
        rf"|(?P<uhalf>\b(?:an?|one)\s+(?P<uhunit>{dur})\s+and\s+a\s+half\b)"
        rf"|(?P<ahalf>(?<![\w.,£$€¥/-])(?P<ahnum>\d{{1,3}}|{_SMALL_NUM}|ten|eleven|twelve)\s+and\s+a\s+half\b"
        rf"(?:(?=[\s-]+(?:{dur})\b)|\s+(?P<ahmag>thousand|million|billion)\b(?:\s+(?P<ahcur>{curw})\b)?))"
        rf"|(?P<dozen>\b(?P<dzn>a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)[\s-]dozen\b)"
        rf"|(?P<osuch>(?:\ban?\s+)?\b(?P<oword>{_ORDINAL_WORDS})(?=\s+such\b))"
        rf"|(?P<ordn>(?<![\w.,£$€¥/-])(?P<onum>\d{{1,4}})(?:st|nd|rd|th)\b(?![.,]?\d))"
        rf"|(?P<fmag>\b(?:(?P<fmnum>a|one|two|three)[\s-](?P<fmden>{frac})\s+of\s+an?|half\s+an?)"
        rf"\s+(?P<fmmag>thousand|million|billion|trillion)\b(?:\s+(?P<fmcur>{curw})\b)?)"
        rf"|(?P<frac>\b(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-](?P<fden>{frac})\b)"
        rf"|(?P<half>\bhalf\b(?!\s+an?\b|[\s-]+(?:time|term|hour|day|year|century|way)))"
        rf"|(?P<hrange>(?<![\w.,£$€¥/-])(?P<hlo>\d{{1,3}}(?:\.\d+)?)\s?[–-]\s?(?P<hhi>\d{{1,3}}(?:\.\d+)?)"
        rf"(?P<hpct>\s?(?:%|per\s?cent\b|percent\b|(?-i:pc)\b))?(?![\w]|[.,]\d|[–-]\d|/\d))"
        rf"|(?P<pct>(?:\b(?P<pword>{_WORD_NUM})|(?P<pnum>{_DIGITS}))\s?(?:%|per\s?cent\b|percent\b|(?-i:pc)\b))"
        rf"|(?P<num>(?<![\w.,£$€¥/-])(?P<dnum>{_DIGITS})"
        rf"(?:\s(?P<dmag>million|billion|trillion|thousand)\b(?:\s+(?P<dcur>{curw})\b)?"
        rf"|(?P<dshort>bn|m)\b(?:\s+(?P<dscur>{curw})\b)?(?=(?:\s+(?P<dsnoun>[a-z]+))?)"
        rf"|\s+(?P<dcurw>{curw})\b)?"
        rf"(?![\w]|[.,]\d|-\d|/\d))"
        rf"|(?P<word>\b(?P<wnum>{_WORD_NUM})\b)",
        re.I,
    )


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    value: Decimal
    unit: str
    bound: str = ""  # "lower" | "upper" for the ends of a range ("between 5 and 7%")
    per: str = ""  # the base of a rate: "1000 residents"
    ordinal: bool = False  # "the 14th robbery", "a fifth such delay": a count said as a rank
    millions_by_noun: bool = False  # "1.5m people": an "m" read as millions only for the plural noun after it


def find_numbers(text: str) -> Iterator[_Match]:
    """Every amount in the text with its value in base units, durations, votes and rates
    read from the words after it, ranges given one unit; no context yet."""
    matches, skip = [], -1
    for match in _raw_numbers(text):
        if match.start < skip:
            continue  # the base of a rate already read ("for every 1,000 residents")
        match, skip = _unit_after(text, match)
        if match is not None:
            matches.append(match)
    yield from _ranges(text, _compound_durations(text, matches))


_SUBUNITS = {("hours", "minutes"): 60, ("minutes", "seconds"): 60, ("hours", "seconds"): 3600,
             ("years", "months"): 12, ("weeks", "days"): 7, ("days", "hours"): 24}
# a larger unit of `_SUBUNITS` written singular ("an hour and 20 minutes") or either way between two figures
_WHOLE_UNIT = "|".join(sorted({whole[:-1] for whole, _ in _SUBUNITS}))


def _compound_durations(text: str, matches: list[_Match]) -> list[_Match]:
    """"one minute, 40 seconds", "two years and three months": one duration, counted in the smaller unit."""
    out: list[_Match] = []
    for match in matches:
        lead = re.search(rf"\b(?:an?|one)\s+(?P<unit>{_WHOLE_UNIT})\s*(?:,|and|,\s*and)\s*$",
                         text[max(0, match.start - 20):match.start], re.I)
        whole = _SUBUNITS.get((lead.group("unit").lower() + "s", match.unit)) if lead else None
        if whole and not (out and out[-1].end > match.start - len(lead.group(0))):
            # "an hour and 20 minutes", "a year and three months": the unit named alone counts one
            match = replace(match, start=match.start - len(lead.group(0)), value=whole + match.value)
        last = out[-1] if out else None
        factor = _SUBUNITS.get((last.unit, match.unit)) if last is not None else None
        if factor and re.fullmatch(rf"[\s-]*(?:(?:{_WHOLE_UNIT})s?)\s*(?:,|and|,\s*and)?\s*",
                                   text[last.end:match.start], re.I):
            out[-1] = replace(match, start=last.start, value=last.value * factor + match.value)
            continue
        out.append(match)
    return out


_UNIT_WORDS = (re.compile(r"[\s-]+(?P<unit>[a-z]+)\b(?:[’']s?)?[\s-]*(?P<next>[a-z]*)", re.I),
               re.compile(r"[\s-]+(?P<adj>[a-z]+)\s+(?P<unit>[a-z]+)\b(?:[’']s?)?[\s-]*(?P<next>[a-z]*)", re.I))


CLOCK_UNITS = frozenset(("hour", "minute", "second"))


def _unit_after(text: str, match: _Match) -> tuple[_Match | None, int]:
    """A count is a duration ("22 years in post"), a vote ("carried by 87 votes to 54") or a rate
    ("12 for every 1,000 residents") by the words around it; ages and points in time
    ("a 47-year-old", "five years ago") are no figures at all (None)."""
    w = _words()
    if match.unit != "count":
        return _rate(text, match)
    after = text[match.end:match.end + 60]
    for pattern in _UNIT_WORDS:
        m = pattern.match(after)
        if m and m.group("unit").lower() in w.durations and \
                ("adj" not in m.groupdict() or m.group("adj").lower() in w.duration_adjectives):
            if m.group("next").lower() in w.duration_not_after:
                return None, -1
            if m.group(0).startswith("-") and m.group("unit").lower() in CLOCK_UNITS:
                return None, -1  # "a 24-hour control room", "a ten-minute walk": a description, no figure
            return replace(match, unit=w.durations[m.group("unit").lower()]), -1
    if re.match(r"\s+times\s+(?:as|more|less|fewer|higher|lower|greater|bigger|larger|likelier)\b", after, re.I):
        return replace(match, unit="ratio"), -1  # "seven times as likely": a multiple, not a count of anything
    before = text[max(0, match.start - 20):match.start]
    if re.match(r"\s+votes?\b", after, re.I) or re.search(r"\bvotes?\s+to\s+$", before, re.I) \
            or re.match(rf"\s+to\s+(?:{_DIGITS})\s+votes\b", after, re.I):
        return replace(match, unit="votes"), -1
    return _rate(text, match)


def _rate(text: str, match: _Match) -> tuple[_Match, int]:
    """"12 for every 1,000 residents": the rate keeps its base in the unit; the base is no figure."""
    words = "|".join(re.escape(r) for r in _words().rate_words)
    m = re.match(rf"(?:\s+[a-z]+){{0,3}}?\s+(?:{words})\s+(?P<base>{_DIGITS}|{_WORD_NUM})\s+(?P<noun>[a-z]+)",
                 text[match.end:match.end + 80], re.I)
    if m is None:
        return match, -1
    base = next(_raw_numbers(m.group("base")), None)
    if base is None or base.unit != "count":
        return match, -1
    per = f"{_decimal_text(base.value)} {m.group('noun').lower()}"
    return replace(match, unit="rate" if match.unit == "count" else match.unit, per=per), match.end + m.end("base")


def _ranges(text: str, matches: list[_Match]) -> Iterator[_Match]:
    """"between 5 and 7%", "between 2 and 3 million": both bounds, the lower one taking the upper's
    unit and magnitude when it has none of its own."""
    w = _words()
    out = list(matches)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        between = re.search(r"\bbetween\s+$", text[max(0, a.start - 12):a.start], re.I) \
            and re.fullmatch(r"\s+and\s+", text[a.end:b.start])
        # "20 to 25 days", "eight or nine officers": a bare count before another is its range's lower end;
        # "from 20 to 25", "by 20 to 25" is a change, not a range
        bare = a.unit == "count" and b.unit not in ("votes", "ratio") and not a.per \
            and re.fullmatch(r"\s+(?:to|or)\s+|\s?[–-]\s?", text[a.end:b.start]) \
            and not re.search(r"\b(?:from|by)\s+$", text[max(0, a.start - 8):a.start], re.I) \
            and b.value > a.value
        if not (between or bare):
            continue
        if a.unit == "count" and b.unit != "count":
            a = replace(a, unit=b.unit)
        mag = re.search(r"\s?([a-z]+)(?:\s+[a-z]+)?$", text[b.start:b.end], re.I)  # "3 million (pounds)"
        if mag and mag.group(1).lower() in w.magnitudes and re.fullmatch(r"[£$€¥]?[\d.,]+", text[a.start:a.end]):
            a = replace(a, value=a.value * w.magnitudes[mag.group(1).lower()])
        out[i], out[i + 1] = replace(a, bound="lower"), replace(b, bound="upper")
    yield from out


def _raw_numbers(text: str, shares: bool = True) -> Iterator[_Match]:
    from text_to_num import text2num

    w = _words()
    for m in _pattern(shares).finditer(text):
        try:
            if m.group("mrange"):  # "£2-3m", "£10m-£15m": two bounds, the lower taking the upper's magnitude
                mag = w.magnitudes[m.group("mrmag").lower()] if m.group("mrmag") else 1
                low = Decimal(m.group("mrlo").replace(",", "")) * (
                    w.magnitudes[m.group("mrlomag").lower()] if m.group("mrlomag") else mag)
                high = Decimal(m.group("mrhi").replace(",", "")) * mag
                cur = w.currencies[m.group("mrcur")]
                if low >= high:
                    continue
                low, high = (v.quantize(Decimal(1)) if v == v.to_integral_value() else v for v in (low, high))
                yield _Match(m.start(), m.end("mrlomag") if m.group("mrlomag") else m.end("mrlo"), low, cur, "lower")
                yield _Match(m.start("mrhicur") if m.group("mrhicur") else m.start("mrhi"), m.end(), high, cur, "upper")
            elif m.group("money"):
                value = Decimal(m.group("mnum").replace(",", ""))
                if m.group("mmag"):
                    value *= w.magnitudes[m.group("mmag").lower()]
                yield _Match(m.start(), m.end(), value, w.currencies[m.group("cur")])
            elif m.groupdict().get("share"):
                share = _share(m)
                if share is None:  # "from three in 2019 to five": two counts, no share
                    yield from (replace(x, start=x.start + m.start(), end=x.end + m.start())
                                for x in _raw_numbers(m.group(0), shares=False))
                    continue
                yield _Match(m.start(), m.end(), share, "ratio")
            elif m.group("uhalf"):  # "a year and a half": one duration, not "a half" of something
                yield _Match(m.start(), m.end(), Decimal("1.5"), w.durations[m.group("uhunit").lower()])
            elif m.group("ahalf"):  # "two and a half years", "three and a half million pounds"
                raw = m.group("ahnum")
                value = (Decimal(raw) if raw[0].isdigit() else Decimal(text2num(raw.lower(), "en"))) + Decimal("0.5")
                if m.group("ahmag"):
                    value = (value * w.magnitudes[m.group("ahmag").lower()]).quantize(Decimal(1))
                cur = m.group("ahcur")
                yield _Match(m.start(), m.end(), value, w.currency_words[cur.lower()] if cur else "count")
            elif m.group("dozen"):  # "a dozen officers", "two dozen", "half a dozen"
                raw = m.group("dzn").lower()
                count = 1 if raw in ("a", "one") else Decimal("0.5") if raw.startswith("half") else text2num(raw, "en")
                yield _Match(m.start(), m.end(), (Decimal(count) * 12).quantize(Decimal(1)), "count")
            elif m.group("osuch"):  # "a fifth such delay since June": the count so far, said as a rank
                yield _Match(m.start("oword"), m.end(), Decimal(_ORDINALS[m.group("oword").lower()]), "count",
                             ordinal=True)
            elif m.group("ordn"):  # "the 14th robbery since spring": a count said as a rank (a date is none)
                yield _Match(m.start(), m.end(), Decimal(m.group("onum")), "count", ordinal=True)
            elif m.group("fmag"):  # "a quarter of a billion pounds", "half a million"
                den = w.fractions[m.group("fmden").lower()] if m.group("fmden") else 2
                num = 1 if (m.group("fmnum") or "a").lower() in ("a", "one") else text2num(m.group("fmnum").lower(), "en")
                value = Decimal(num) * w.magnitudes[m.group("fmmag").lower()] / Decimal(den)
                cur = m.group("fmcur")
                yield _Match(m.start(), m.end(), value.quantize(Decimal(1)), w.currency_words[cur.lower()] if cur else "count")
            elif m.group("half"):  # "half of all officers", "almost half", "by half": not "half an hour", "first half"
                before = text[max(0, m.start() - 12):m.start()]
                if w.half_not_before.search(before) or w.half_idiom.match(text, m.end()) or not (
                        w.half_after.match(text, m.end()) or w.half_before.search(before)):
                    continue
                yield _Match(m.start(), m.end(), Decimal("0.5000"), "ratio")
            elif m.group("frac"):
                num = 1 if m.group("fnum").lower() in ("a", "one") else text2num(m.group("fnum").lower(), "en")
                value = (Decimal(num) / Decimal(w.fractions[m.group("fden").lower()])).quantize(Decimal("0.0001"))
                yield _Match(m.start(), m.end(), value, "ratio")
            elif m.group("hrange"):  # "20-25 officers", "15–20%": two bounds, written with a dash
                low, high = Decimal(m.group("hlo")), Decimal(m.group("hhi"))
                if low >= high:
                    continue  # "won 3-1": a score, no range
                # the lower bound is a bare count that takes the upper's unit (`_ranges`)
                yield _Match(m.start(), m.start("hlo") + len(m.group("hlo")), low, "count")
                yield _Match(m.start("hhi"), m.end(), high, "percent" if m.group("hpct") else "count")
            elif m.group("pct"):
                raw = m.group("pnum")
                value = Decimal(raw.replace(",", "")) if raw else Decimal(text2num(_words_only(m.group("pword")), "en"))
                yield _Match(m.start(), m.end(), value, "percent")
            elif m.group("num"):
                value = Decimal(m.group("dnum").replace(",", ""))
                if m.group("dmag"):
                    value *= w.magnitudes[m.group("dmag").lower()]
                if m.group("dshort"):  # "2bn", "1.5m people" (a plural noun after it: "a 10m drop" is metres)
                    short, noun = m.group("dshort").lower(), (m.group("dsnoun") or "").lower()
                    if short == "m" and not (m.group("dscur") or noun.endswith("s") and not noun.endswith("ss")
                                             or noun in figure_words("plural_without_s")):
                        continue
                    value *= w.magnitudes[short]
                    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
                cur = m.group("dcur") or m.group("dscur") or m.group("dcurw")  # "1.5 billion pounds", "500 euros"
                weighed = re.match(r"\s+of\s+(?:\w+\s+){0,2}?(\w+)", text[m.end():])
                if (m.group("dscur") or m.group("dcurw")) and weighed \
                        and weighed.group(1).lower() not in figure_words("money_noun"):
                    continue  # "500 pounds of cannabis": a weight; "2 billion pounds of public money" stays
                yield _Match(m.start(), m.end(), value, w.currency_words[cur.lower()] if cur else "count",
                             millions_by_noun=bool(m.group("dshort")) and m.group("dshort").lower() == "m"
                             and not cur)
            elif m.group("word"):
                words = _words_only(m.group("wnum"))
                parts = words.split(" and ")
                if len(parts) == 2 and re.search(r"\bbetween\s+$", text[max(0, m.start() - 12):m.start()], re.I) \
                        and all(_is_number_words(p) for p in parts) and not _is_number_words(words):
                    # "between eight and nine": two numbers joined, not one ("one hundred and twenty")
                    first = m.start() + m.group(0).lower().index(" and") if " and" in m.group(0).lower() else m.end()
                    second = re.search(r"and[\s-]+", m.group(0), re.I)
                    low = Decimal(text2num(parts[0], "en"))
                    scale = parts[1].split()[-1]
                    if scale in ("hundred", "thousand", "million", "billion") and scale not in parts[0]:
                        low *= text2num("one " + scale, "en")  # "between six and seven hundred": 600 to 700
                    yield _Match(m.start(), first, low, "count")
                    yield _Match(m.start() + second.end(), m.end(), Decimal(text2num(parts[1], "en")), "count")
                    continue
                if words in ("one", "hundred", "thousand", "million", "billion") and not (
                        words == "one" and _DURATION_AFTER.match(text, m.end())):
                    continue  # "one" is a pronoun as often as a number ("one year" is a duration); bare magnitudes are vague
                yield _Match(m.start(), m.end(), Decimal(text2num(words, "en")), "count")
        except (ValueError, ArithmeticError):
            continue


def _is_number_words(words: str) -> bool:
    """Whether number words read as one number ("one hundred and twenty" does, "eight and nine" does not)."""
    from text_to_num import text2num

    try:
        text2num(words, "en")
    except ValueError:
        return False
    return True


_DURATION_AFTER = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b", re.I)


def _share(m: re.Match) -> Decimal | None:
    """"one in five" is 0.2, "nine out of ten" 0.9: a part of a whole, so smaller than it; a year is
    no whole ("three in 2019")."""
    from text_to_num import text2num

    def value(raw: str) -> Decimal:
        raw = raw.replace(",", "")
        return Decimal(raw) if raw[0].isdigit() else Decimal(text2num(_words_only(raw), "en"))

    if re.fullmatch(r"(1[89]|20)\d\d", m.group("sden")):
        return None
    part, whole = value(m.group("snum")), value(m.group("sden"))
    if not 0 < part < whole:
        return None
    with localcontext() as ctx:
        ctx.prec = 4
        return +(part / whole)


def _words_only(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


def _excluded(doc, match: _Match) -> bool:
    """Dates, years, times, ages, ordinals, measurements, list numbers are not figures."""
    text = doc_text(doc)
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return True
    if match.ordinal:
        return _no_counted_rank(doc, span)
    if match.millions_by_noun and (span.end >= len(doc) or doc[span.end].tag_ not in ("NNS", "NNPS")):
        return True  # "fell 20m towards the river", "climbed 50m as officers watched": metres, no count
    if any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") for t in span) and match.unit == "count" \
            and not _further_count(doc, span):
        return True
    if match.unit == "count" and all(t.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT")
                                     and t.ent_iob_ == "I" for t in span):
        return True  # part of a name: "BBC Radio 4", "Channel 4"
    if match.unit == "count" and span[-1].i + 1 < len(doc) and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span) \
            and doc[span[-1].i + 1].ent_iob_ == "I" and doc[span[-1].i + 1].ent_type_ == span[0].ent_type_:
        return True  # the first word of a place's name: "the embassy in Nine Elms"
    if match.unit == "count" and _names_a_thing(doc, span, text, match):
        return True
    if match.unit == "count" and span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].tag_ == "JJS" \
            and span[0].i > 0 and doc[span[0].i - 1].lower_ == "the":
        return True  # "the two largest parties": which ones, not how many
    if match.unit == "ratio" and re.fullmatch(r"(?i)(a|one)\s\S+", text[match.start:match.end]):
        nxt = span[-1].i + 1
        if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "ADJ") and doc[nxt].lower_ != "of" \
                and doc[nxt].tag_ not in ("JJR", "RBR"):  # "a tenth fewer officers" is a share
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
        if re.match(r"-figure\b", after, re.I):
            return True  # "a six-figure sum": how many digits, no count
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


def _no_counted_rank(doc, span) -> bool:
    """An ordinal is a figure only as a count so far of things of a kind ("the 14th robbery", "a fifth such
    delay"): not in a date ("the 6th of May", "the 19th century"), a name ("5th Avenue"), a place in an order
    ("the 2nd largest force") or before no noun."""
    if any(t.ent_type_ in ("DATE", "TIME", "FAC", "GPE", "ORG", "LOC", "EVENT", "WORK_OF_ART", "LAW") for t in span):
        return True
    nxt = span[-1].i + 1
    while nxt < len(doc) and (doc[nxt].lower_ == "such" or doc[nxt].pos_ in ("ADJ", "PUNCT") and doc[nxt].text
                              not in ".,;:!?"):
        if doc[nxt].tag_ in ("JJS", "RBS"):
            return True  # "the 2nd largest force", "its third most common crime": a place in an order, no count
        nxt += 1
    if nxt < len(doc) and doc[nxt].tag_ in ("JJS", "RBS"):
        return True
    if nxt >= len(doc) or doc[nxt].pos_ != "NOUN" or doc[nxt].ent_type_ in ("DATE", "TIME"):
        return True
    noun = doc[nxt].lemma_.lower()
    return doc[nxt].lower_ in _words().durations or noun in _words().durations \
        or noun in figure_words("rank_not_counted")  # "her 50th birthday", "the second time": no count


def _further_count(doc, span) -> bool:
    """"a further 9" tagged a date by the tagger: a date entity of nothing but the count (and "a further",
    "another", "an additional"), after such words, adds to a count; no date."""
    ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
    if ent is None or ent.label_ != "DATE":
        return False
    cues = _words().further_cues
    rest = [t.lower_ for t in ent if not (span.start <= t.i < span.end)]
    before = [t.lower_ for t in doc[max(ent.start - 2, 0):ent.start]]
    return all(w in cues or w in ("a", "an") for w in rest) and any(w in cues for w in rest + before) \
        and all(t.like_num for t in span)


def _names_a_thing(doc, span, text: str, match: _Match) -> bool:
    """A count that names, not counts: "section 60", "a 101 call", "John (28)" (an age after a name)."""
    words = _words()
    before = text[max(0, match.start - 20):match.start].lower().split()
    if before and before[-1] in words.naming_words:
        return True  # "section 60", "junction 9"
    if len(before) > 1 and before[-2] in words.naming_words and re.fullmatch(r"\d+[–-]", before[-1]):
        return True  # "junctions 10-11": the upper end of a named span
    raw = text[match.start:match.end]
    following = text[match.end:match.end + 40].lower().split()
    if raw in words.phone_lines and following and (
            following[0].strip(".,;:") in words.phone_nouns
            or len(following) > 1 and "-" in following[0] and following[1].strip(".,;:") in words.phone_nouns):
        return True  # "a 101 call", "the 101 non-emergency number" (not "999 calls": those may be counted)
    if text[match.start - 1:match.start] == "(" and text[match.end:match.end + 1] == ")" \
            and raw.isdigit() and int(raw) < 120 and span[0].i >= 2:
        name = doc[span[0].i - 2]
        return name.ent_type_ == "PERSON"  # "John (28)": his age
    return False


class _Context:
    def __init__(self, doc, entities: list[Entity], quotes: list[Quote], policies: list[Policy],
                 index: MentionIndex | None):
        self.doc = doc
        self.index = index
        self.entity_at: dict[int, str] = {}
        self.policy_at: dict[int, str] = {}
        self.policy_start: dict[int, int] = {}  # where the policy mention holding a token starts
        self.kind = {e.key: e.kind for e in entities}
        self.types = {e.key: e.types for e in entities}
        self.names = {e.key: " ".join((e.name, *e.aliases)).lower() for e in entities}
        self.name = {e.key: e.name.lower() for e in entities}
        self.forms = {e.key: tuple(f.lower() for f in (e.name, *e.aliases)) for e in entities}
        for p in policies:
            for ev in p.mentions:
                for t in doc.char_span(ev.start, ev.end, alignment_mode="expand") or []:
                    self.policy_at.setdefault(t.i, p.key)
                    self.policy_start.setdefault(t.i, ev.start)
        for e in entities:
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.entity_at[t.i] = e.key
        self.quotes = [(q.evidence.start, q.evidence.end, q.speaker) for q in quotes if q.evidence]
        self.posts: set[tuple[str, str]] = set()  # (person, body) for a post the person holds at the body

    def speaker_at(self, start: int) -> str:
        for s, e, speaker in self.quotes:
            if s <= start < e:
                return speaker
        return ""

    def in_quote(self, start: int) -> bool:
        return any(s <= start < e for s, e, _ in self.quotes)

    def actor_of(self, token) -> tuple[bool, str]:
        """Whether the noun phrase headed by `token` stands for an actor, and the entity it is
        ("" when it is one nobody named: "the body", or a pronoun with no antecedent)."""
        w = _words()
        key = self.entity_at.get(token.i)
        if key:
            return self.kind.get(key) in ("organization", "person"), key if self.kind.get(key) != "place" else ""
        for child in token.children:  # "the body, the Home Office,"
            if child.dep_ == "appos" and self.kind.get(self.entity_at.get(child.i, "")) in ("organization", "person"):
                return True, self.entity_at[child.i]
        low = token.lower_
        if low in ("that", "which", "who") and token.head.dep_ == "relcl":
            return self.actor_of(token.head.head)
        if low == "its" or (low == "it" and token.dep_ in ("nsubj", "nsubjpass")):
            return True, self.its(token) or self.body_before(token)
        if low in org_anaphors() and any(c.lower_ in ("the", "this") for c in token.children):
            key = self.index.described_body(token) if self.index is not None else ""
            if key and self.in_another_area(key, token):
                return True, ""
            return True, key if self.named_nearby(key, token, org_anaphors()[low]) else ""
        if low in ("he", "she", "him", "her", "they") or low in w.actor_nouns:
            key = self.index.entity_of(token) if self.index is not None and low != "they" else ""
            return True, key
        return False, ""

    def in_another_area(self, key: str, token) -> bool:
        """"In Kent, 400 searches were made by the force": a force named after another area is not
        the one meant where the sentence sets the scene in a place of its own before "the force"."""
        area = _FORCE_AREA.match(self.name.get(key, ""))
        if "PoliceBody" not in self.types.get(key, ()) or area is None:
            return False
        own = set(area.group("area").split())
        return any(self.kind.get(k) == "place" and not set(self.names.get(k, "").split()) <= own
                   for i, k in self.entity_at.items() if token.sent.start <= i < token.i)

    def named_nearby(self, key: str, token, anaphor) -> bool:
        """Whether the body a description ("the force") was resolved to is the only one it fits, or is
        named in its sentence or the NEARBY_SENTENCES before it: further back, a paragraph about
        another place may be meant."""
        fits = {k for _, k in self.index.org_mentions
                if anaphor.classes & set(self.index.types.get(k, ())) and self.index.named_as(k, anaphor)}
        if key and fits <= {key}:
            return True
        sents = doc_sents(token.doc) if key else ()
        here = sentence_index(token.doc, token.i) if sents else 0
        first = sents[max(0, here - NEARBY_SENTENCES)].start if sents else 0
        return bool(key) and any(k == key and first <= i <= token.i for i, k in self.entity_at.items())

    def body_before(self, token) -> str:
        """"A pioneer is the X Team. In its first year it made 1,200 arrests": "it" opening its clause with
        no body before it in its sentence is the one body the sentence before names (none if several)."""
        sents = doc_sents(token.doc)
        here = sentence_index(token.doc, token.i)
        if here == 0 or any(self.kind.get(self.entity_at.get(i, "")) == "organization"
                            for i in range(token.sent.start, token.i)):
            return ""
        before = sents[here - 1]
        bodies = {self.entity_at[i] for i in range(before.start, before.end)
                  if self.kind.get(self.entity_at.get(i, "")) == "organization"}
        return bodies.pop() if len(bodies) == 1 else ""

    def its(self, token) -> str:
        """"its"/"it": the subject of the nearest clause above it that does not hold it — a body
        ("the force that will cut its 99 officers"); none when that subject is no body."""
        node = token
        for _ in range(10):
            if node.head.i == node.i:
                return ""
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                            and not (c.left_edge.i <= token.i <= c.right_edge.i)), None)
            if subject is None:
                continue
            is_actor, key = self.actor_of(subject)
            return key if is_actor and self.kind.get(key) == "organization" else ""
        return ""


def extract_figures(
    doc, entities: list[Entity], *, quotes: list[Quote], policies: list[Policy], paragraphs: Paragraphs,
    index: MentionIndex | None = None, roles: Iterable[Role] = (),
) -> Iterator[Figure]:
    """Figures with their context; a duration that is the period of another figure
    ("rose 5% over the next four years") is that figure's period, not a figure."""
    ctx = _Context(doc, entities, quotes, policies, index)
    ctx.posts = {(r.person, r.organisation) for r in roles if r.organisation and not r.qualifier}
    text = doc_text(doc)
    found = []
    matches = list(find_numbers(text))
    for i in range(1, len(matches)):  # "carried by 31 to 24": a contest's tally, votes (the tagger may call it a date)
        if _tally(text, doc, matches[i - 1], matches[i], ctx):
            matches[i - 1], matches[i] = (replace(m, unit="votes") for m in matches[i - 1:i + 1])
    for match in matches:
        if _excluded(doc, match):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        qualifier, q_start = _qualifier(text, match.start)
        if not qualifier and match.bound:
            qualifier = "at least" if match.bound == "lower" else "up to"
        measures, about = _measures(span, ctx)
        sized = ""
        if not about or about not in ctx.kind:  # none, or a policy only its phrase gave ("a pledge of 900 officers")
            force = _force_of_workforce(span, ctx)
            if force and about:
                sized = about  # the force's people, and the policy's size
            about = force or about
        speaker = ctx.speaker_at(match.start)
        if match.unit == "votes":
            about = _voting_body(span, ctx) or _story_voting_body(entities, ctx)
        sent = span[0].sent
        period = _period(sent, span)
        found.append((match, Figure(
            value=_decimal_text(match.value),
            unit=match.unit,
            per=match.per,
            surface=text[match.start:match.end],
            measures=measures,
            about=about,
            qualifier=qualifier,
            period=period.text if period is not None else "",
            place="" if match.unit == "votes" else _place(sent, span, ctx),  # a vote is taken in a chamber
            source=_source(sent, span, ctx) or _reporter(span, ctx, speaker),
            speaker=speaker,
            cause=_cause(span, ctx),
            evidence=evidence(doc, match.start, match.end, paragraphs),
            subject=subject_of(span),
            quantifies=sized,
        ), period))
    found = _places_carried(found, entities)
    body = _story_body(text, entities)
    if body:
        found = [(m, _of_story_body(f, body, m, doc, ctx), p) for m, f, p in found]
    found = [(m, _of_area_force(f, ctx, doc, m), p) for m, f, p in found]
    author, authored = _report_author(doc, ctx)
    if author:
        found = [(m, _from_the_report(f, author, authored, m, doc, ctx), p) for m, f, p in found]
    found = _tallies(text, doc, found, ctx)
    periods = [(p.start_char, p.end_char) for m, _, p in found if p is not None and m.unit not in _DURATIONS
               and _SPAN_OF_TIME.match(p.text)]
    for i, (match, figure, _) in enumerate(found):
        if match.unit in _DURATIONS and any(s <= match.start < e for s, e in periods):
            continue
        if match.unit in _DURATIONS and _spans_time_of_another(match, figure, found):
            continue
        other = None  # "between 500 and 700 officers": both bounds count the same thing
        if match.bound == "lower" and i + 1 < len(found) and found[i + 1][0].bound == "upper":
            other = found[i + 1][1]
        elif match.bound == "upper" and i > 0 and found[i - 1][0].bound == "lower":
            other = found[i - 1][1]
        if other is not None:
            figure = replace(figure, measures=figure.measures or other.measures, about=figure.about or other.about)
        elided = _elided_noun(doc, match, found[i - 1][0]) if match.unit == "count" and i > 0 else ""
        if elided:  # it has no noun of its own: what its verb says is no measure ("a further 9 … were")
            figure = replace(figure, measures=elided)
        if match.unit == "votes" and "vote" not in figure.measures.lower():
            figure = replace(figure, measures="votes")
        yield figure


def _tallies(text: str, doc, found: list, ctx: _Context) -> list:
    """A contest between people or parties ("X won by 312 to 298"): the first count of its tally is the
    winner's (its actor, or the subject of the contest's verb), the second the other side's (or nobody's)."""
    out = list(found)
    for i in range(1, len(out)):
        (first, f1, p1), (second, f2, p2) = out[i - 1], out[i]
        if not _tally(text, doc, first, second, ctx):
            continue
        winner = f1.about if _is_side(f1.about, ctx) else "" if f1.about else _contest_subject(doc, first, ctx)
        if not winner:
            continue  # a chamber's vote ("the panel passed it by 87 votes to 54"): both counts are the chamber's
        out[i - 1] = (first, replace(f1, about=winner), p1)
        # the other side's votes: not what the winner's phrase said it measured
        out[i] = (second, replace(f2, about=_other_side(doc, second, winner, ctx), measures="votes", subject=""), p2)
    return out


def _is_side(key: str, ctx: _Context) -> bool:
    return bool(key) and (ctx.kind.get(key) == "person" or "PoliticalParty" in ctx.types.get(key, ()))


def _contest_subject(doc, first: _Match, ctx: _Context) -> str:
    """The person or party the verb a tally completes has as its subject ("X won the seat by 312 to 298")."""
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = ctx.entity_at.get(subject.i, "") if subject is not None else ""
    return key if _is_side(key, ctx) else ""


def _tally(text: str, doc, first: _Match, second: _Match, ctx: _Context) -> bool:
    """"X carried the ward by 1,730 to 1,415", "won by 312 to 298": the second count of a tally is the other
    side's, when "by" hangs from a word of a contest (a `tally_cue`: won, ahead, carried); "fell by 300 to
    2,000" is a change and a level."""
    if {first.unit, second.unit} - {"count", "votes"} or first.value <= second.value \
            or not re.fullmatch(r"\s+(?:votes\s+)?to\s+", text[first.end:second.start]) \
            or not re.search(rf"\bby\s+(?:(?:{'|'.join(map(re.escape, figure_words('tally_qualifier')))})\s+)?$",
                             text[max(0, first.start - 12):first.start], re.I):
        return False
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    by = next((t for t in reversed(doc[span[0].sent.start:span.start]) if t.lower_ == "by"), None) if span else None
    cues = frozenset(figure_words("tally_cue"))
    if by is None:
        return False
    # the word "by" hangs from, or an adjective or adverb of it ("was ahead by"); not any word before "by"
    # ("cut back by 500 to 300", "reduced the lead by 400 to 300" are changes)
    words = [by.head] + [c for c in by.head.children if c.dep_ in ("advmod", "acomp") and c.pos_ in ("ADJ", "ADV")]
    if not any(w.lemma_.lower() in cues or w.lower_ in cues for w in words):
        return False
    # ... of a vote: a word of voting in the sentence, or voters as the subject ("the club won by 3 to 1" is none)
    sent = by.sent
    if any(t.lemma_.lower() in figure_words("tally_vote_word") for t in sent):
        return True
    verb = by.head
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    w = _words()
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        key = ctx.entity_at.get(subject.i, "")
        if ctx.kind.get(key) == "person" or "PoliticalParty" in ctx.types.get(key, ()) \
                or "Committee" in ctx.types.get(key, ()) \
                or key and set(re.findall(r"[a-z]+", ctx.names.get(key, "").lower())) & w.voting_bodies \
                or subject.lemma_.lower() in figure_words("tally_side"):
            return True
    return False


def _other_side(doc, match: _Match, winner: str, ctx: _Context) -> str:
    """The one person or party of a contest's sentence who is not the winner: the loser a tally's second
    count is of ("X took the ward from Y by 1,730 to 1,415"); "" when none or several."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    sides = {k for t in span[0].sent if (k := ctx.entity_at.get(t.i)) and k != winner
             and (ctx.kind.get(k) == "person" or "PoliticalParty" in ctx.types.get(k, ()))}
    return sides.pop() if len(sides) == 1 else ""


def _elided_noun(doc, match: _Match, before: _Match) -> str:
    """"17 sites where …, and a further 9 where …": a count with no noun of its own, added by "a further",
    "another", "an additional" to a count just before it in its sentence, counts that count's noun."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    prior = doc.char_span(before.start, before.end, alignment_mode="expand")
    if span is None or prior is None or before.unit != "count" or prior[0].sent.start != span[0].sent.start:
        return ""
    if span.root.dep_ in ("nummod", "quantmod", "compound") and span.root.head.pos_ in ("NOUN", "PROPN"):
        return ""  # "a further 9 sites": its own noun
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return ""  # "a further 9 of theft": its own "of"
    if not any(t.lower_ in _words().further_cues for t in doc[max(span.start - 2, 0):span.start]):
        return ""
    counted = prior.root.head if prior.root.dep_ in ("nummod", "quantmod") else None
    return counted.text if counted is not None and counted.pos_ == "NOUN" else ""


def _spans_time_of_another(match: _Match, figure: Figure, found: list) -> bool:
    """Whether a duration stands in a span of time ("in the space of eight months", "over the last two
    years") in a sentence that holds another figure, not a duration: the time that figure took, no figure."""
    ev = figure.evidence
    if ev is None:
        return False
    at = match.start - ev.sentence_start
    if not any(m.start() <= at < m.end() for m in _SPAN_OF_TIME.finditer(ev.sentence)):
        return False
    return any(m.unit not in _DURATIONS and f.evidence is not None and f.evidence.sentence_start == ev.sentence_start
               for m, f, _ in found)


def _places_carried(found: list, entities: list[Entity]) -> list:
    """"In Northshire, 400 searches were of … / By comparison, there were 900 searches of …": a paragraph that
    names nobody and nowhere goes on with the one place the figures of the paragraph before were placed in."""
    named = {ev.paragraph for e in entities for ev in e.mentions}
    placed: dict[int, set[str]] = {}
    for _, f, _ in found:
        if f.evidence is not None:
            placed.setdefault(f.evidence.paragraph, set()).add(f.place)
    out = []
    for m, f, p in found:
        par = f.evidence.paragraph if f.evidence is not None else -1
        before = placed.get(par - 1, set())
        if not f.place and not f.about and not f.speaker and not f.source and par not in named \
                and len(before) == 1 and "" not in before:
            f = replace(f, place=next(iter(before)))
        out.append((m, f, p))
    return out


def _story_body(text: str, entities: list[Entity]) -> str:
    """The one body a story is about: named in its opening paragraphs and named more
    often than any other body (a newspaper or a party in passing is no story's subject, nor a committee
    or panel that scrutinises: its story's figures are the scrutinised body's); "" when two bodies
    share the story."""
    opening = 0
    for _ in range(OPENING_PARAGRAPHS):  # the headline, a byline, the lede and the paragraph after it
        opening = text.find("\n\n", opening + 2)
        if opening < 0:
            opening = len(text)
            break
    counts = sorted(((len(e.mentions), e.key, min(ev.start for ev in e.mentions)) for e in entities
                     if e.kind == "organization" and e.mentions and "MediaOrganization" not in e.types
                     and "Committee" not in e.types),
                    reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return ""
    return counts[0][1] if counts[0][2] < opening else ""


_FIRST_PLURAL = frozenset({"we", "our", "us", "ours"})


def _said_as_ours(span) -> bool:
    """The figure is the speakers' own: "we" is the subject of its verb ("we have lost 300 staff"), "our"
    the possessor of its noun or of that subject ("our 300 officers", "our unit lost 300"); not any "we" in
    the sentence ("We know that 300 officers have left")."""
    counted = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    if any(c.dep_ == "poss" and c.lower_ in _FIRST_PLURAL for c in counted.children):
        return True
    verb = counted
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    while not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "we are going to lose 300", "we cut 40 and lost 300": the subject its verb shares
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return any(c.lower_ in _FIRST_PLURAL or any(g.dep_ == "poss" and g.lower_ in _FIRST_PLURAL for g in c.children)
               for c in subjects)


def _of_story_body(figure: Figure, body: str, match: _Match, doc, ctx: _Context) -> Figure:
    """A figure whose sentence names no actor nor another place ("officer numbers fell by 600",
    "it recorded 220 crimes a day", or quoted as the speaker's own body's: "we have lost 300 staff", or quoted
    from another body's voice) is about the body the story is about ("we" in the words of a post-holder at one
    other body is that body); a figure that only a policy's own phrase
    claimed ("£40m budget cuts", "2,000 stops and searches") is then the body's, and sizes that policy."""
    if figure.about and figure.about not in ctx.kind and not figure.quantifies and not figure.source:
        bare = _of_story_body(replace(figure, about=""), body, match, doc, ctx)
        return replace(bare, quantifies=figure.about) if bare.about else figure
    # the body's own officer reporting it ("Chief Constable X said the force had lost 35 staff") is its voice
    officer = {k for k in (figure.source, figure.speaker) if (k, body) in ctx.posts}
    if figure.about or figure.source and "Committee" not in ctx.types.get(figure.source, ()) \
            and figure.source not in officer or match.unit == "votes":
        return figure
    if figure.place and not set(ctx.names.get(figure.place, "").split()) <= set(ctx.names.get(body, "").split()) \
            and _has_force(ctx.name.get(figure.place, "")):
        return figure  # "in Kent, 40 officers …" in a story about another force
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    sent = span[0].sent
    if figure.speaker and not _said_as_ours(span) and figure.speaker not in officer \
            and not (ctx.kind.get(figure.speaker) == "organization" and figure.speaker != body):
        # a quoted figure is its speaker's; "our staff", "we lost 300", or a figure another body's voice gives
        # naming no actor ("It said: “Funding will rise by 7%”"), are the story body's
        return figure
    own = {b for p, b in ctx.posts if p == figure.speaker}
    if figure.speaker and body not in own and len(own) == 1 and _said_as_ours(span):
        return replace(figure, about=own.pop())  # "we", "our" in the words of a post-holder at another body: theirs
    if any(ctx.entity_at.get(t.i, body) not in (body, figure.speaker, *officer) and ctx.kind.get(ctx.entity_at[t.i]) != "place"
           and "Committee" not in ctx.types.get(ctx.entity_at[t.i], ()) for t in sent):
        return figure  # another actor in the sentence may be what the figure is about
    return replace(figure, about=body)


def _author_of(noun, ctx: _Context) -> str:
    """The body a report noun names as its author: "the HMIC report", "the Audit Office's review", "a
    review by X", "X published a report", "X was asked to carry out a review"; "" when it names none."""
    def body(token) -> str:
        keys = {ctx.entity_at[t.i] for t in token.subtree if ctx.kind.get(ctx.entity_at.get(t.i, "")) == "organization"}
        return keys.pop() if len(keys) == 1 else ""

    for child in noun.children:
        if child.dep_ in ("compound", "poss", "nmod") and body(child):
            return body(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            found = [body(g) for g in child.children if g.dep_ == "pobj"]
            if found and found[0]:
                return found[0]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in figure_words("authoring_verb"):
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ == "xcomp":  # "X was asked to carry out a review", "Y told X to write one"
            doer = next((c for dep in ("dobj", "nsubjpass", "nsubj") for c in verb.head.children if c.dep_ == dep),
                        None)
        if doer is not None and doer.pos_ in ("PROPN", "NOUN") and body(doer):
            return body(doer)
    return ""


def _report_author(doc, ctx: _Context) -> tuple[str, frozenset[str]]:
    """The one body an article names as the author of its report, review or inspection, and the nouns it
    names that work by ("", none when it names none or several): a later bare "the report" is theirs."""
    nouns = frozenset(figure_words("report_noun"))
    authored = {(a, t.lemma_.lower()) for t in doc if t.lemma_.lower() in nouns and t.pos_ == "NOUN"
                and (a := _author_of(t, ctx))}
    authors = {a for a, _ in authored}
    if len(authors) != 1:
        return "", frozenset()
    return authors.pop(), frozenset(n for _, n in authored)


def _names_own_author(noun) -> bool:
    """A report noun that says whose it is, known body or not ("a survey by a polling firm", "the
    council's review", "the Smith report", "a report"): not the bare "the report" an article's one
    author's work is read back by."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True
    return any(c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
               or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _from_the_report(figure: Figure, author: str, authored: frozenset[str], match: _Match, doc,
                     ctx: _Context) -> Figure:
    """"The report contains 30 recommendations", "the 412 invoices that auditors checked": a figure a
    bare "the <noun>" reports (its clause's verb, or the figure's noun holds it), of a noun the one author
    the article names wrote, comes from that author; what it is about stays."""
    if figure.source or figure.speaker or ctx.in_quote(match.start):
        return figure
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    nouns = frozenset(figure_words("report_noun"))
    above = {t.i for t in span.root.ancestors}
    counted = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    for t in span[0].sent:
        if t.lemma_.lower() not in nouns or t.pos_ != "NOUN" \
                or t.lemma_.lower() not in authored and t.lemma_.lower() not in figure_words("report_of_any") \
                or _names_own_author(t) or _author_of(t, ctx) or ctx.in_quote(t.idx):
            continue
        verb = t.head
        while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("compound", "amod")):
            verb = verb.head
        if verb.i in above or counted.i != t.i and counted.left_edge.i <= t.i <= counted.right_edge.i:
            return replace(figure, source=author)
    return figure


def _of_area_force(figure: Figure, ctx: _Context, doc=None, match: _Match | None = None) -> Figure:
    """A figure placed in a force's area ("in the West Midlands, 3,900 searches were of ...", "in the Kent
    Police area, arrests rose 8%") whose sentence gives it no actor is the figure of that force, when the
    article names it."""
    if figure.about or figure.speaker or figure.source:
        return figure
    if doc is not None and match is not None:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        above = {t.i for t in span.root.ancestors}
        forces = {ctx.entity_at[c.i] for t in span[0].sent if t.lemma_.lower() == "area" and t.dep_ == "pobj"
                  and t.head.lower_ in figure_words("area_prep") and t.head.head.i in above
                  for c in t.subtree if "PoliceBody" in ctx.types.get(ctx.entity_at.get(c.i, ""), ())}
        if len(forces) == 1:
            return replace(figure, about=forces.pop())
    if not figure.place:
        return figure
    area = ctx.name.get(figure.place, "")
    forces = {k for k, types in ctx.types.items()
              if "PoliceBody" in types and (m := _FORCE_AREA.match(ctx.name.get(k, ""))) and m.group("area") == area}
    return replace(figure, about=forces.pop()) if len(forces) == 1 else figure


@lru_cache(maxsize=None)
def _has_force(place: str) -> bool:
    """Whether a police force is named after the place ("kent": Kent Police)."""
    from ..gazetteer import load
    gaz = load()
    return any(_FORCE_AREA.match(form.lower()) and _FORCE_AREA.match(form.lower()).group("area") == place
               for org in gaz.orgs.values() if org.cls == "PoliceBody" for form in (org.label, *org.aliases))


def _force_of_workforce(span, ctx) -> str:
    """"48 civilian staff face losing their jobs … gap in the force's budget": a count of a force's people, in a
    sentence that names or refers to one police force only, is about that force."""
    counted = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    if ctx.index is None or not is_workforce(counted):
        return ""
    force = org_anaphors()["force"]
    named = [t for t in span.root.sent if t.i in ctx.index.entity_at  # a name, or a bare "the force"
             or t.lower_ == "force" and [c.dep_ for c in t.children] == ["det"]]
    forces = {key for t in named if (key := ctx.index.entity_of(t))
              and "PoliceBody" in ctx.index.types.get(key, ()) and ctx.index.named_as(key, force)
              and (t.i in ctx.index.entity_at or ctx.named_nearby(key, t, force))}
    return forces.pop() if len(forces) == 1 else ""


CAUSE_MARKERS = {("due", "to"), ("because", "of"), ("owing", "to"), ("thanks", "to"), ("as", "result")}


def _cause(span, ctx) -> str:
    """"a shortfall of £12m due to the settlement", "could fall under 12,000 because of cuts": the policy
    the figure's own clause gives as its cause."""
    for head in heads_to_clause(span):
        for marker in (c for c in head.children if c.dep_ == "prep"):
            second = next((c for c in marker.children if c.dep_ in ("pcomp", "pobj")), None)
            if second is None or (marker.lower_, second.lemma_.lower()) not in CAUSE_MARKERS:
                continue
            for t in marker.subtree:
                if t.i in ctx.policy_at and not (span.start <= t.i < span.end):
                    return ctx.policy_at[t.i]
    return ""


_DURATIONS = frozenset(("years", "months", "weeks", "days", "decades", "hours", "minutes", "seconds"))
# a period that is a span of time, as in "rose 5% over the next four years", "in the 12 months to March"
_SPAN_OF_TIME = re.compile(r"(?i)(?:in|over|during|within|across|throughout|for)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:space\s+of\s+|course\s+of\s+)?(?:(?:past|last|next|previous|preceding|coming|following|first|final)\s+)?\S+\s+"
                           r"(?:years?|months?|weeks?|days?|decades?)\b")


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
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "its 73 police community support officers": the figure counts the last noun
    tokens = []
    if root.dep_ == "nummod" and head.lower_ in _words().durations and head.dep_ == "pobj" \
            and all(c.i == root.i or c.dep_ == "npadvmod" for c in head.children):  # not "from the preceding 3 years"
        # "response times rose to 14 minutes": the unit word is no thing measured; what rose is
        exclude.add(head.i)
        root, head = head, head.head
    of = [c for c in root.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and c.i in exclude)]
    if of:  # "£1bn of cuts", "a third of the cases", "one in five recruits"
        tokens = list(of[0].subtree)[1:]
    elif root.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
        tokens = _noun_phrase(head, exclude)  # "282,248 stops and searches", "£600m funding shortfall"
    elif root.dep_ == "pobj" and (head.lower_ in ("by", "from", "to") or head.i > 0 and head.doc[head.i - 1].lower_
                                  == "by" and head.lower_ in ("over", "under", "around", "about", "almost", "nearly")):
        # "down by a fifth", "fell from X to Y", "dropped by over 600" (the qualifier parsed as a preposition)
        governor = head.head
        obj = next((c for c in governor.children if c.dep_ in ("dobj",)), None)
        subj = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        relative = subj if obj is None and subj is not None and subj.lower_ in ("which", "that") \
            and governor.dep_ == "relcl" else None
        if relative is not None:
            subj = governor.head  # "response times, which rose to 14 minutes": the times rose
        target = obj or subj
        if target is not None:
            tokens = _noun_phrase(target, exclude) + ([governor] if relative is None else [])
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _subject_words()[1] \
            and head.head.pos_ == "NOUN" and (into := next((c for c in head.head.children if c.dep_ == "prep"
                                                            and c.lower_ in ("in", "on") and c.i > root.i), None)):
        tokens = list(into.subtree)[1:]  # "a fall of 128 in the number of NCA officers": the number dropped
    elif root.dep_ in ("nsubj", "nsubjpass"):  # "20 were teenagers"
        attr = next((c for c in head.children if c.dep_ in ("attr", "acomp", "dobj")), None)
        tokens = _noun_phrase(attr, exclude) + [head] if attr is not None else [head]
    elif root.dep_ in ("dobj", "attr", "pobj") and root.pos_ in ("NOUN", "PROPN") and not span.root.like_num:
        tokens = _noun_phrase(root, exclude)
    text = _np_text(tokens, exclude)
    if text.lower() in _words().durations:
        text = ""  # "waited 16 hours": the unit alone measures nothing
    about = ""
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i in exclude:
            continue
        is_actor, key = ctx.actor_of(t)
        if key and is_actor:  # "Essex Police's shortfall", "its 99 officers", "a shortfall for the force"
            about = key
            break
    if not about:
        about = _short_name(tokens, exclude, ctx)
    if not about:
        about = _controller(span, ctx)
    if not about:  # "282,248 stops and searches": a figure about a policy
        about = next((ctx.policy_at[t.i] for t in sorted(tokens, key=lambda t: t.i) if t.i in ctx.policy_at), "")
    return text, about


def _short_name(tokens, exclude, ctx: _Context) -> str:
    """"2,000 Federation representatives": a capitalised modifier of the counted noun that is the last word
    of the one body the article names with it ("the Police Federation") is that body."""
    for t in tokens:
        if t.i in exclude or t.i in ctx.entity_at or t.pos_ != "PROPN" or t.dep_ != "compound" or t.i == 0 \
                or t.doc[t.i - 1].text[:1].isupper() and t.doc[t.i - 1].pos_ == "PROPN":
            continue
        bodies = {k for k, forms in ctx.forms.items() if ctx.kind.get(k) == "organization"
                  and any(len(f.split()) > 1 and f.split()[-1] == t.lower_ for f in forms)}
        if len(bodies) == 1:
            return bodies.pop()
    return ""


@lru_cache(maxsize=1)
def _subject_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(lemmas of the verbs whose subject a figure after them is of: "stood at", "fell by";
    nouns of a change or total: "a drop of", "a 7% increase"; nouns that only count how often:
    "up from 900 times"), from figure_words.csv."""
    return (frozenset(figure_words("level_verb")), frozenset(figure_words("change_noun")),
            frozenset(figure_words("count_noun")))


_VALUE_PREPS = ("of", "to", "from", "by", "at", "above", "below", "over", "under", "around", "about")


SUBJECT_WORDS = 16  # a subject's phrase may be long ("a drop in the number of full-time equivalent officers")


def _subject_text(noun, exclude) -> str:
    """The noun phrase of `noun` without its relative clauses and appositions (places and dates kept:
    "the number of officers in Northshire"), or "" for a pronoun or a relative word."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    cut = {t.i for c in noun.subtree if c.i != noun.i and (c.dep_ in ("relcl", "appos", "acl", "advcl") or c.dep_ ==
           "npadvmod" and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)) for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut and t.i not in exclude and not t.is_space
             and t.dep_ not in ("det", "predet") and not (t.is_punct and t.text in ",;:")]
    words = [t for t in words if t.i < noun.i + SUBJECT_WORDS]
    return re.sub(r"\s+([’'],?s?\b)", r"\1", " ".join(t.text for t in words)).strip(" ,;–-")


def subject_of(span) -> str:
    """What the parse says a figure is of when no noun of its own follows it: the noun it is in
    apposition to ("the number of X last year, 732, was"), the subject of the verb it completes ("X
    stood at 149,000, down 400 from 149,400"; "X hit a high after a 7% increase"), the antecedent of
    "which" ("X, which stood at 98"), the object of a transitive change ("cut X by 5%"), or an object
    before a colon ("reveal a fall in X: a drop of 2,193"). "" when none of these holds."""
    verbs, changes, counts = _subject_words()
    exclude = {t.i for t in span}
    t = span.root
    if t.dep_ == "nummod" and t.head.lower_ in counts:
        exclude.add(t.head.i)
        t = t.head  # "up from 900 times": the figure itself
    if t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
        return _subject_text(t.head, exclude)
    if t.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod"):
        if t.head.lower_ not in changes or any(c.dep_ == "prep" and c.lower_ in ("of", "in", "on") and c.i > t.head.i
                                               for c in t.head.children):
            return ""  # the noun it counts, or a change of something named: its own phrase says
        t = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in _VALUE_PREPS + ("up", "down"):
        governor = t.head.head
        if governor.lower_ in changes and governor.pos_ == "NOUN":
            if any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in governor.children):
                return ""  # "a drop of 300 in burglaries": its own phrase says
            t = governor
        elif governor.pos_ in ("VERB", "AUX", "ADV"):
            t = t.head  # the preposition: its head is the verb (or "down", "up")
        else:
            return ""
    elif t.dep_ in ("npadvmod", "dobj", "attr") and t.head.pos_ in ("VERB", "AUX", "ADV"):
        pass
    else:
        return ""
    if t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
        return _subject_text(t.head, exclude)
    verb = t.head
    if t.pos_ == "NOUN" and t.dep_ == "pobj":
        verb = t.head.head
    compared = verb.pos_ == "ADV" and verb.lower_ in ("up", "down")
    if compared:
        t, verb = verb, verb.head  # "X were carried out, up from 900": X went up, whatever the verb
    if verb.pos_ == "ADV" or verb.i == t.i:
        return ""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.lemma_ in ("total", "reach"):
        return _subject_text(verb.head, exclude)  # "a cut in its budget, totalling £40m"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i < t.i and c.i not in exclude]
    if t.dep_ in ("dobj", "attr") and objects:
        return _subject_text(objects[-1], exclude)  # "reveal a fall in X: a drop of 2,193"
    if verb.lemma_ not in verbs and not compared:
        return ""
    if objects and t.dep_ in ("prep", "pobj", "prt") and t.lower_ in ("by", "to", "up", "down"):
        return _subject_text(objects[-1], exclude)  # "cut the grant by 5%", "take numbers up to 24,000"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "X, which stood at 98"
        while subject.pos_ == "PROPN" and subject.dep_ == "pobj" and subject.head.lower_ == "in" \
                and subject.head.head.pos_ == "NOUN":
            subject = subject.head.head  # "X in Northshire, which stood at 98": X did
    if subject is not None and subject.dep_ == "expl":  # "there has been a drop in X ..., down from 98"
        subject = next((c for c in verb.children if c.dep_ in ("attr", "dobj") and c.i not in exclude), None)
    return _subject_text(subject, exclude)


def _controller(span, ctx: _Context) -> str:
    """The actor whose clause holds the figure: "the Met reported numbers down by 215",
    "forced the council to find £300m of savings", "the pay offer announced by X", "Jane Doe, who
    promised to cut it to 5%", "X's shortfall was £5m". Reported speech stops the climb:
    in "X warned that 48 staff could go" X is the source, not what the figure is about."""
    def actor(token) -> str:
        if token is None:
            return ""
        is_actor, key = ctx.actor_of(token)
        return key if is_actor and ctx.kind.get(key) in ("organization", "person") else ""

    opinion = _opinion_of(span, ctx)
    if opinion is not None:
        return opinion
    noun = span.root.head
    if noun.pos_ in ("NOUN", "PROPN"):  # "the 7% pay offer announced by X"
        for child in noun.children:
            if child.dep_ in ("acl", "relcl"):
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                        if actor(pobj):
                            return actor(pobj)
            if child.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that")
                                             for v in (child, *(x for x in child.children if x.dep_ == "xcomp"))
                                             for c in v.children):
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if actor(subject):  # "the 2.5% offer, which the government wants to impose": the government's
                    return actor(subject)
    verb = span.root
    for _ in range(6):
        if verb.head.i == verb.i:
            break
        if verb.dep_ in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return ""  # "X spoke, and 40 officers listened", "X called after 5 were hurt": a clause of its own
        if verb.dep_ == "acl" and verb.pos_ in ("VERB", "AUX") and verb.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "agent" and not c.left_edge.i <= span.root.i <= c.right_edge.i
                            for c in verb.children):  # "cut by 10%": the figure, no agent
            return ""  # "faces a backlash over proposals to cut forces from 43": the figure is the proposal's
        came_from, verb = verb, verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if came_from.dep_ == "prep" and came_from.lower_ == "as" and subject is not None \
                and came_from.i < subject.i < verb.i and actor(subject):
            return actor(subject)  # "As chair of a board of 14 trustees, X signs the accounts": the phrase describes X
        if _reports(verb, came_from):
            return ""
        if verb.lemma_ in _words().hearing_verbs and came_from.dep_ in ("ccomp", "dobj", "parataxis"):
            return ""  # "the committee heard that 999 calls went unanswered": the hearer is not what it is of
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if subject is None and verb.dep_ == "relcl":
            subject = verb.head
        if verb.dep_ == "relcl" and subject is not None and not actor(subject) \
                and verb.head.pos_ == "NOUN" and verb.head.ent_type_ != "DATE" \
                and ctx.policy_start.get(verb.head.i, -1) < verb.head.left_edge.idx:
            return ""  # "protect the team, which has 18 officers": the team's figure, not the protector's
        if verb.lemma_ in _words().source_verbs and verb.dep_ != "xcomp" or verb.lemma_ in _words().judging_verbs:
            return ""  # "X blamed the loss of 1,000 officers": X judges the figure, it is not about X  # "X said that crime fell by 5%": X is the source; but "X needs to find £5m" is about X
        if subject is not None and actor(subject):
            return actor(subject)
        if subject is not None and subject.dep_ == "nsubjpass":  # "3,000 searches were carried out by X"
            by = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            if len(by) == 1 and actor(by[0]):
                return actor(by[0])
        if subject is not None and subject.i < span.start and verb.lemma_ == "be":
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if actor(owner):  # "Essex Police's budget shortfall was £12.5m"
                return actor(owner)
    return ""


def _opinion_of(span, ctx: _Context) -> str | None:
    """A share of people holding a view is about what the view is of: "only 3% believe the force
    cares", "40% trust the Met", "a third of officers agree with the Home Office"; "" when
    the view names no actor or several, None when the figure holds no view."""
    holder = span.root
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":  # "a third of officers believe"
        holder = holder.head.head
    while holder.dep_ in ("nummod", "compound", "quantmod") and holder.head.pos_ in ("NOUN", "PRON"):
        holder = holder.head  # "40% of officers", "3,000 officers"
    verb = holder.head
    if holder.dep_ != "nsubj" or verb.lemma_ not in _words().opinion_verbs:
        return None
    found = []
    for child in verb.children:
        targets = []
        if child.dep_ == "ccomp":
            targets = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif child.dep_ == "dobj":
            targets = [child]
        elif child.dep_ == "prep":
            targets = [c for c in child.children if c.dep_ == "pobj"]
        for t in targets + [c for t in targets for c in t.conjuncts]:
            is_actor, key = ctx.actor_of(t)
            if is_actor:
                found.append(key)
    return found[0] if len(set(found)) == 1 else ""


def _reports(verb, came_from) -> bool:
    """Whether the figure is in what a speech verb reports ("said that ...", "warned of ...")."""
    return verb.lemma_ in speech_verbs() and (
        came_from.dep_ in ("ccomp", "parataxis") or (came_from.dep_ == "prep" and came_from.lower_ in ("of", "about")))


def _reporter(span, ctx: _Context, speaker: str = "") -> str:
    """Who reports the figure, its source: "She said each nurse would receive £3,150", "X told councils to
    plan for 7% savings"; pronouns resolved as for quotes. Inside a quote (a `speaker`'s words) only a body or
    person the speaker names ("“Last winter the Treasury told our board to plan for 7% savings”") is one."""
    verb = span.root
    for _ in range(8):
        if verb.head.i == verb.i:
            return ""
        came_from, verb = verb, verb.head
        # "told forces to expect …": the object is who is told (people, a body), not a thing ("condemned the decision")
        told = verb.lemma_ in speech_verbs() and came_from.dep_ == "xcomp" and any(
            c.dep_ == "dobj" and (c.tag_ in ("NNS", "NNPS", "PRP") or c.i in ctx.entity_at
                                   or c.lower_ in figure_words("told_collective"))
            for c in verb.children)
        # "..., though the club said nearer 3,400 came": a number a verb of saying or estimating takes as its object
        # is what its subject states; not one of doing ("X added 300", "X called 999"), whatever its speech uses
        if verb.pos_ in ("VERB", "AUX") and (_reports(verb, came_from) or told or
                                            (verb.lemma_ in _words().stating_verbs and came_from.dep_ == "dobj"
                                             and came_from.pos_ == "NUM")
                                            or (verb.lemma_ in _words().source_verbs and came_from.dep_ == "ccomp")
                                            or (verb.lemma_ in _words().judging_verbs and came_from.dep_ == "dobj")):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if ctx.in_quote(verb.idx) or speaker:
                key = ctx.entity_at.get(subject.i, "") if subject is not None else ""
                return key if key != speaker and ctx.kind.get(key) in ("organization", "person") else ""
            if subject is None:
                return ""
            is_actor, key = ctx.actor_of(subject)
            if not is_actor:  # "the councillor argues …", "the minister said …": whom the quotes' reading finds speaking
                key = _spoken_for(subject, ctx) or _set_off_person(subject, verb, ctx) \
                    or (ctx.index.entity_of(subject) if ctx.index is not None and subject.dep_ == "nsubj" else "")
                is_actor = bool(key)
            return key if is_actor and ctx.kind.get(key) in ("organization", "person") else ""
    return ""


def _spoken_for(subject, ctx: _Context) -> str:
    """"A spokesman for Kent Police said …", "a Home Office spokeswoman said …", "the force's spokesperson":
    a spokesperson noun (`word_classes.csv` spokesperson) speaks for the one body it names."""
    if subject.lower_ not in word_class("spokesperson"):
        return ""
    parts = [c for c in subject.children if c.dep_ in ("compound", "poss", "nmod")]
    parts += [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
              for g in c.children if g.dep_ == "pobj"]
    keys = set()
    for part in parts:
        for t in part.subtree:
            key = ctx.entity_at.get(t.i, "")
            if not key and t.lower_ in ("its", "their") or t.lower_ in org_anaphors() and t.dep_ == "poss":
                key = ctx.actor_of(t)[1]
            if ctx.kind.get(key) == "organization":
                keys.add(key)
    return keys.pop() if len(keys) == 1 else ""


def _set_off_person(subject, verb, ctx: _Context) -> str:
    """"Its lead for public order, Chief Constable Jane Doe of Kent Police, said …": the one person set off
    by commas between a subject no one is named by and its verb is who speaks (the parser often hangs the
    name off the comma, so the words' order is read).

    `roles._open_posts_before_the_name` walks the same comma for another question, the post the person holds:
    it needs a `job_head` word owned by a body ("its lead", "the trust's head of policy") and skips a rank
    after the comma, where this takes any subject no one is named by up to its verb; one helper would
    narrow one of them."""
    doc = subject.doc
    if subject.i >= verb.i or verb.i < 2 or doc[verb.i - 1].text != ",":
        return ""
    gap = doc[subject.i + 1:verb.i - 1]
    commas = [t.i for t in gap if t.text == ","]
    if len(commas) != 1:
        return ""
    people = {ctx.entity_at[t.i] for t in gap if t.i > commas[0] and ctx.kind.get(ctx.entity_at.get(t.i, "")) == "person"}
    before = [t for t in gap if t.i < commas[0] and ctx.entity_at.get(t.i)]
    return people.pop() if len(people) == 1 and not before else ""


def _voting_body(span, ctx: _Context) -> str:
    """The chamber or committee a vote was taken in, when the clause names exactly one:
    "the committee backed it by 6 votes to 2", "thrown out in the Senate by 87 votes"."""
    w = _words()
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    found = set()
    for t in verb.subtree:
        key = ctx.entity_at.get(t.i)
        if key and ctx.kind.get(key) == "organization" and (
                "Committee" in ctx.types.get(key, ()) or set(re.findall(r"[a-z]+", ctx.names.get(key, ""))) &
                w.voting_bodies):
            found.add(key)
    return found.pop() if len(found) == 1 else ""


def _story_voting_body(entities: list[Entity], ctx: _Context) -> str:
    """"The amendment fell by 87 votes to 54" in a story naming one chamber more often than any
    other: the votes were cast there."""
    w = _words()
    counts = sorted(((len(e.mentions), e.key) for e in entities if e.kind == "organization" and (
        "Committee" in e.types or set(re.findall(r"[a-z]+", ctx.names.get(e.key, ""))) & w.voting_bodies)),
        reverse=True)
    if not counts or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return ""
    return counts[0][1]


def _period(sent, span):
    """The date phrase nearest the figure in its sentence (a Span), None when there is none."""
    best = None
    for ent in span_ents(sent):
        if ent.label_ != "DATE" or (ent.start <= span.start < ent.end):
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("aged", "age", "ages") \
                or any(t.lower_ in ("aged", "age", "ages") for t in ent):
            continue  # an age range, not a period ("between the ages of nine and 15")
        if len(ent) == 1 and ent[0].is_title and ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS":
            continue  # "May's decision": a lone month name owning something is a person named so
        if re.search(r"\d+[- ]years?[- ]old", ent.text) or re.fullmatch(r"\d{1,2}", ent.text.strip()):
            continue  # an age ("aged 17", "Jane Doe, 52,")
        if ent.start > sent.start and ent.doc[ent.start - 1].lower_ in ("after", "before"):
            continue  # "a constable retiring after 30 years": a condition, not the figure's period
        if (ent[-1].tag_ == "POS" or ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS") \
                and any(t.like_num and not re.fullmatch(r"(?:19|20)\d\d", t.text) for t in ent) \
                and not any(t.lower_ in ("last", "past", "previous", "next", "first", "coming") for t in ent):
            continue  # "recruits with under two years' service": a length owning a noun ("last year's", "the past
            # five years' figures" are periods)
        if _when_said(ent, span):
            continue  # "…, the Home Office said on Monday": when it was said, not what the figure covers
        if _other_clause(ent.root, span.root):
            continue  # "X gave £150m over three years, while Y said fraud cost £6.8bn": not the £6.8bn's
        region = _comparison_base(ent)
        if region is not None and span.root.i not in region:
            continue  # "40%, up from 28% in 2021": the date is the period of the figure compared with
        distance = abs(ent.start - span.start) - (0.5 if ent.start >= span.end else 0)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        return None
    ent = best[1]
    doc = ent.doc
    start = ent.start
    if start > sent.start and doc[start - 1].lower_ in ("in", "since", "by", "over", "during", "until", "to",
                                                         "from", "for"):
        start -= 1
    if start - 2 >= sent.start and doc[start - 2].lower_ == "so" and doc[start - 1].lower_ == "far":
        start -= 2  # "so far this year": to date
    return doc[start:ent.end]


def _when_said(ent, span) -> bool:
    """Whether the date dates a speech act the figure is not the object of."""
    verb = ent.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _words().utterance_verbs:
        return False
    return not any(c.dep_ == "dobj" and c.left_edge.i <= span.root.i <= c.right_edge.i for c in verb.children)


def _statement_boundary(node) -> bool:
    """A clause that makes a statement of its own: "…, while Y said …", "said X, and that Y …"."""
    return node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children) \
        and (node.dep_ in ("advcl", "parataxis") or node.dep_ == "conj" and any(c.dep_ == "mark" for c in node.children))


def _other_clause(date, figure) -> bool:
    """A date and a figure on either side of a statement boundary; plain conjuncts share their time
    ("fell 5% since 2010, and there are a fifth fewer officers")."""
    above = {t.i for t in (figure, *figure.ancestors)}
    crossed, node = False, date
    while node.i not in above:  # up from the date to where the two paths meet
        crossed = crossed or _statement_boundary(node)
        node = node.head
    meet, node = node, figure
    while node.i != meet.i:
        crossed = crossed or _statement_boundary(node)
        node = node.head
    return crossed


_COMPARISON_WORDS = frozenset(("from", "than", "compare", "below", "above"))
_EARLIER = re.compile(r"(?i)\b(?:previous|preceding|prior|last|same)\b")


def _comparison_base(ent) -> set[int] | None:
    """The token indices of the comparison a date sits in ("up from 28% in 2021", "compared with
    3.4 a decade ago", "than five years ago", "on the previous year", "below its 2010 level"), a
    "to" phrase left out ("from £210 in 2019 to £264"); None when the date is in no comparison."""
    node = ent.root
    prep = node.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else None
    if prep is not None and prep.i > 0 and prep.doc[prep.i - 1].dep_ == "pobj":
        # "fell from 16,900 in 2010 to 7,800": the date the parser hangs from the verb follows the
        # compared figure and is its period
        compared = prep.doc[prep.i - 1].head
        if compared.lower_ in _COMPARISON_WORDS and compared.right_edge.i == prep.i - 1 \
                and _holds_number(compared, ent):
            return {t.i for t in compared.subtree} | {t.i for t in prep.subtree}
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ == "on" and _EARLIER.search(ent.text):
            node = node.head
            break
        if node.lemma_.lower() in _COMPARISON_WORDS and node.dep_ in ("prep", "conj", "advmod", "advcl") \
                or node.lower_ in _COMPARISON_WORDS and node.pos_ == "ADP":
            break
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if node.lower_ == "from" and not _holds_number(node, ent):
        return None  # "fell 10% from 2010 to 2019", "paid from its budget since 2019": nothing compared with
    region = {t.i for t in node.subtree}
    for to in (c for c in node.subtree if c.dep_ == "prep" and c.lower_ == "to" and c.i != node.i):
        region -= {t.i for t in to.subtree}
    return region


def _in_other_clause(token, span) -> bool:
    """Whether the token sits in a relative clause that does not hold the figure: "in Kent, which
    has more crime than London, 1.8 ...": London is not where the 1.8 was counted."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return not (node.left_edge.i <= span.root.i <= node.right_edge.i)
        node = node.head
    return False


def _in_relative(token, top) -> bool:
    """Whether the token is in a relative clause of `top`'s phrase, or what it is addressed to: "the
    figures, which exclude Kent Police, show …" are not Kent Police's figures."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "relcl" or node.dep_ == "prep" and node.lower_ == "to" and node.head.i == top.i:
            return True  # nor is "a report to the panel" the panel's: it is put before it
        node = node.head
    return False


def _holds_number(prep, ent) -> bool:
    """Whether a "from" phrase names an amount besides the date: "from 28% in 2021", not "from 2010"."""
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL") for t in prep.subtree
               if not ent.start <= t.i < ent.end and t.ent_type_ != "DATE")


def _place(sent, span, ctx: _Context) -> str:
    best = None
    for t in sent:
        key = ctx.entity_at.get(t.i)
        if key and ctx.kind.get(key) == "place" and not _in_other_clause(t, span):
            distance = abs(t.i - span.start) - (5 if t.head.lower_ == "in" else 0)
            if best is None or distance < best[0]:
                best = (distance, key)
    return best[1] if best else ""




def _verb_of_stranded_subject(noun):
    """"Protests began after data from X showed 23 …": the parser reads "after" as a preposition, so the
    noun after it is its object and the verb that follows a subjectless side clause; the noun is that
    verb's subject (the verb, or None when the words are not so)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in figure_words("clause_prep") or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    verb = noun.doc[noun.right_edge.i + 1]
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or verb.head.i != noun.head.head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    return verb


def _source(sent, span, ctx: _Context) -> str:
    """"Home Office figures revealed …", "a report by the X Committee found …", "according to X"."""
    w = _words()
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for d in t.doc[t.i + 1].subtree:
                key = ctx.entity_at.get(d.i)
                if key and ctx.kind.get(key) in ("organization", "person"):
                    return key
    def governs(token) -> bool:
        """The source's own clause (or what it reports) holds the figure; "the government publish a plan,
        after figures showed X rose 8%" does not: the figure sits in a clause of its own."""
        node = span.root
        while node.i != token.i:
            # "figures showing X": a clause of the source noun reports it
            reporting = node.dep_ == "acl" and {node.head.lemma_.lower(), node.head.lower_} & w.source_nouns
            if node.head.i == node.i or node.dep_ in ("advcl", "relcl", "acl") and node.pos_ in ("VERB", "AUX") \
                    and not reporting:
                return False
            if node.lemma_ in speech_verbs() and node.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in node.children):
                return False  # "X estimated 4,000, but organisers said 9,000 attended": another speaker's figure
            node = node.head
        return True

    for t in sent:
        if (t.lemma_.lower() in w.source_nouns or t.lower_ in w.source_nouns) and t.pos_ == "NOUN" \
                and governs(t.head if t.dep_ in ("nsubj", "nsubjpass") else _verb_of_stranded_subject(t) or t):
            for d in t.subtree:
                key = ctx.entity_at.get(d.i)
                if key and ctx.kind.get(key) == "organization" and d.i not in range(span.start, span.end) \
                        and not _in_relative(d, t):
                    return key
    for t in sent:
        if t.lemma_ in w.source_verbs and t.pos_ == "VERB" and not ctx.in_quote(t.idx) and governs(t):
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                key = ctx.entity_at.get(subject.i)
                if key and ctx.kind.get(key) == "organization":
                    return key
    return ""
