"""Figures read as claims: which measure (a concept of `ontology/gazetteer/measures.csv`), where, when,
and whether a level or a change, so that figures of different articles can meet.

Precision first: a concept is given only when the words that name it stand in the figure's own phrase
(the noun it counts, its `measures` text, its clause), and a period only when its text reads as one;
anything else stays unknown (no concept, no period). Pure functions over the extraction records.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from . import resources
from .records import Article, Figure

AFTER_WORDS = 4  # the noun a figure counts follows it closely ("2,500 arrests", "654 homicides")
CLAUSE_WORDS = 20  # at most this many words either side of the figure, within its clause
CHANGE = ("change", "rise", "fall")  # cue kinds that make a figure a change (rise and fall say which way)
DISAGREEMENT = Decimal("0.02")  # values further apart than this (relative) disagree: beyond rounding
MONEY = {"GBP", "USD", "EUR", "JPY"}


@dataclass(frozen=True)
class Measure:
    """A concept of the measure scheme, as one row of measures.csv reads."""

    id: str
    label: str
    units: tuple[str, ...]  # count | money | percent | percent-level | ratio | rate | seconds ...
    broader: str
    stock: bool  # a headcount: a level with no period is "as of" the article's date
    words: tuple[str, ...]  # name the measure alone
    weak_words: tuple[str, ...]  # name it only with one of `context` in the same phrase
    context: tuple[str, ...]
    context_in_clause: bool  # the context words may stand anywhere in the clause, not only in the phrase
    exclude: tuple[str, ...]  # any of these in the phrase: not this measure
    placed: bool = True  # a place or force in the figure's clause is its jurisdiction (not for a crowd or vote)
    requires: tuple[str, ...] = ()  # one of these must stand in the figure's clause ("a meeting": attendance)


@dataclass(frozen=True)
class Period:
    start: str  # ISO date, "" when open
    end: str
    label: str


@dataclass(frozen=True)
class Claim:
    """What a figure claims: a measure of a jurisdiction over a period, as a level, change or projection."""

    measure: str  # concept id
    kind: str  # level | change | projection (a pledge, plan or forecast)
    jurisdiction: str = ""  # entity key (a force or a place), "" when unknown
    period: Period | None = None
    direction: str = ""  # of a change: rise | fall, "" when the words do not say


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip().lower() for w in text.split("|") if w.strip())


@lru_cache(maxsize=1)
def measures() -> dict[str, Measure]:
    rows = resources.read_csv("gazetteer/measures.csv")
    return {r["id"]: Measure(r["id"], r["label"], _split(r["units"]), r["broader"], r["stock"] == "yes",
                             _split(r["words"]),
                             _split(r["weak_words"]), _split(r["context"]), r["context_in"] == "clause",
                             _split(r["exclude"]), r.get("jurisdiction", "") != "none",
                             _split(r.get("requires") or "")) for r in rows}


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """where (before | after | clause | period) -> its (cue, kind) pairs, from claim_cues.csv."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in resources.read_csv("gazetteer/claim_cues.csv"):
        found.setdefault(row["where"], []).append((row["cue"].lower(), row["kind"]))
    # longest cue first, so "a fall of" is read before "of"
    return {where: tuple(sorted(cues, key=lambda c: -len(c[0]))) for where, cues in found.items()}


@lru_cache(maxsize=None)
def _words_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One compiled alternation of whole-word phrases (compiled once: a corpus reads many figures)."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _has(text: str, phrase: str) -> bool:
    return _words_pattern((phrase,)).search(text) is not None


def _has_any(text: str, phrases: tuple[str, ...]) -> bool:
    return bool(phrases) and _words_pattern(phrases).search(text) is not None


def _norm(text: str) -> str:
    return " " + re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip() + " "


# a clause ends at these marks; a comma only before a space (so "1,200" stays whole)
_CLAUSE_BREAK = re.compile(r"[;:()\"“”—–]|,\s|\s-\s|\.\s")


# another count before the figure starts another phrase ("2,500 arrests and 1,600 knives"); a percent
# does not ("rose 7% to 44,771")
# ("from 654 to 617" and "between 40 and 55" are one phrase; a year is not a count)
# ("1 April 2008": a day of a month is no count either)
_DAY_OF_MONTH = r"(?!\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"


@lru_cache(maxsize=1)
def _other_count() -> re.Pattern:
    """A count other than the figure; not a number that names something ("section 60", a cue of kind
    `name` in claim_cues.csv)."""
    names = "".join(f"(?<!{re.escape(cue)} )" for cue, kind in _cues().get("before", ()) if kind == "name")
    return re.compile(r"(?<!from )(?<!between )(?<![\d,.-])" + names + r"(?!(?:19|20)\d\d(?![\d,]))" + _DAY_OF_MONTH
                      + r"\d[\d,.]*(?:\s*(?:million|bn|billion|m))?(?!\s*(?:%|per\s*cent|percent))\b(?!%)",
                      re.IGNORECASE)


# a pledge word beyond these belongs to another clause ("would recruit 800 but warned of a £190m gap")
_CONJUNCTION = re.compile(r"\b(?:but|while|whereas|although|though|after|that)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though)\b"
                       r"|\bas\s+(?!of\b|many\b|much\b|well\b|part\b|such\b|a\b|an\b|long\b|far\b|likely\b)(?=\w)",
                       re.IGNORECASE)  # "rose by 12% as officers made 4,000 stops": "as" opens another clause


# a word or two in quotation marks ('and "safeguarded" 300 people') is no quotation that ends a clause
_SCARE_QUOTES = re.compile(r"[\"“](\w[\w'’-]*(?: \w[\w'’-]*)?)[\"”]")


# a short form in brackets right after a name ("Regional Fraud Unit (RFU) staff") is part of the name
_SHORT_FORM = re.compile(r"\(([A-Z]{2,8})\)")  # capitals only: "(PCSOs)" after a count is its noun


def _sentence(ev) -> str:
    """The evidence's sentence with scare quotes and a bracketed short form blanked (offsets kept)."""
    return _SHORT_FORM.sub(lambda m: " " + m.group(1) + " ", _SCARE_QUOTES.sub(lambda m: " " + m.group(1) + " ",
                                                                                ev.sentence))


@lru_cache(maxsize=1024)
def clause(figure: Figure) -> str:
    """The whole clause of the figure, lower case (where a pledge or forecast word makes it a projection)."""
    ev = figure.evidence
    if ev is None:
        return ""
    start, end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    sentence = _sentence(ev)
    before, after = sentence[:max(start, 0)], sentence[max(end, 0):]
    breaks = sorted(list(_CLAUSE_BREAK.finditer(before)) + list(_CONJUNCTION.finditer(before)), key=lambda m: m.end())
    lead = before[:breaks[-1].start()] if breaks else ""
    if breaks and breaks[-1].group() in '"“' and lead.rstrip().lower().endswith(" to"):
        breaks.pop()  # a quotation that goes on an infinitive is of its clause ('pledged to "take ...')
    before = before[breaks[-1].end():] if breaks else before
    cut = min((m for m in (_CLAUSE_BREAK.search(after), _CONJUNCTION.search(after)) if m),
              key=lambda m: m.start(), default=None)
    return _norm(before + " " + figure.surface + " " + (after[:cut.start()] if cut else after))


@lru_cache(maxsize=1024)  # each figure is asked about several times
def phrases(figure: Figure) -> tuple[str, str, str, str, str]:
    """(the words right after the figure, its `measures` text, the clause words before it, the clause
    words after it, the whole window) in lower case: where the measure's name is looked for, nearest first."""
    ev = figure.evidence
    if ev is None:
        return "", _norm(figure.measures), "", "", _norm(figure.measures)
    sentence = _sentence(ev)
    start, end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    before, after = sentence[:max(start, 0)], sentence[max(end, 0):]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_before = before[breaks[-1].end():] if breaks else before
    before = _own_words(clause_before)
    if breaks and breaks[-1].group().strip() == "," and _only_cues(clause_before):
        # "the number of X fell, by 438 to 16,378": after a comma, the clause goes on
        previous = sentence[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        before = _own_words(previous) + " " + clause_before
    # "fell 5% but knife crime rose 3%": a contrasting clause after the figure is of another figure
    cut = min((m for m in (_CLAUSE_BREAK.search(after), _CONTRAST.search(after)) if m), key=lambda m: m.start(),
              default=None)
    after = after[:cut.start()] if cut else after
    # "900 held as 212 knives recovered": the next count starts its own phrase, unless the two make one
    # ("a drop of 1,817 to 96,402 officers", "between 40 and 55 arrests")
    counted = next((m for m in _other_count().finditer(after)
                    if after[:m.start()].strip().lower() not in ("to", "and", "or", "-", "–")), None)
    after = after[:counted.start()] if counted else after
    before_words, after_words = before.split()[-CLAUSE_WORDS:], after.split()[:CLAUSE_WORDS]
    near = " ".join(after_words[:AFTER_WORDS])
    window = " ".join(before_words + [figure.surface] + after_words)
    return (_norm(near), _norm(figure.measures), _norm(" ".join(before_words)), _norm(" ".join(after_words)),
            _norm(window))


_ITEM = re.compile(r"[£$€]?\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _list_head(figure: Figure) -> str:
    """The words that open the list a figure is an item of, lower case ("the recovery of £2m of goods, 212
    knives and ...": "the recovery of"), "" when it is none: the figure follows ", " (and a qualifier) right
    after another item that holds a number; the head is what stands before that item's number."""
    ev = figure.evidence
    if ev is None:
        return ""
    return _list_head_of(_sentence(ev)[:max(ev.start - ev.sentence_start, 0)])


_ITEM_AND = re.compile(r",\s+([£$€]?\d[^,;:()]*?)\s+and\s+$")


def _list_head_of(lead: str) -> str:
    """The head of the list whose item starts right after `lead`; the last item, after "and", has the head of the
    item before it when that one is an item too ("officers recovered £8,000 in coins, 30 phones and two horses": horses recovered)."""
    cut = _qualified_tail("list_item_qualifier").search(lead)
    if not cut:
        last = _ITEM_AND.search(_strip_qualifiers(" " + lead).rstrip() + " ")
        return _list_head_of(lead[:lead.rfind(last.group(1))]) if last and last.group(1) in lead else ""
    item = re.split(r"[;:()\"“”—–]|,\s|\s-\s", lead[:cut.start()])[-1]
    numbers = list(_ITEM.finditer(item))
    if not numbers:
        return ""
    head = item[numbers[-2].end() if len(numbers) > 1 else 0:numbers[-1].start()]
    return _norm(head)


@lru_cache(maxsize=2)
def _qualified_tail(kind: str) -> re.Pattern:
    """", " and maybe one qualifier of `kind` in figure_words.csv ("more than") ending a text: the words
    between a list's comma, or an opening whole's, and the figure."""
    from .gazetteer import figure_words

    words = sorted(figure_words(kind), key=len, reverse=True)
    return re.compile(r",\s+(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s+)?$", re.IGNORECASE)


_PARTITIVE = re.compile(r"^\s*(of\s+(?:the|those|these|all)\s+[^,;:]+)", re.IGNORECASE)


def _partitive(figure: Figure) -> str:
    """The whole a figure is part of, when its sentence opens with it ("Of the searches in May, 40 were
    of children": "of the searches in may"), lower case; "" otherwise."""
    ev = figure.evidence
    lead = ev.sentence[:max(ev.start - ev.sentence_start, 0)] if ev else ""
    found = _PARTITIVE.match(lead)
    if found and _qualified_tail("part_qualifier").match(lead, found.end()):
        return _norm(found.group(1))
    return ""


def _own_words(text: str) -> str:
    """`text` from after its last other count or conjunction: the words that belong to the next figure."""
    counts = list(_other_count().finditer(text)) + list(_CONJUNCTION.finditer(text))
    return text[max(m.end() for m in counts):] if counts else text


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    words = {w for cue, kind in _cues().get("before", ()) if kind != "name" for w in cue.split()}
    return frozenset(words | {"also", "and", "then"})


def _only_cues(text: str) -> bool:
    """Whether a clause before a figure holds nothing but cue words and numbers ("by", "down", "from
    654 to"): the clause before it is then its subject."""
    words = re.sub(r"[£$€]?\d[\d,.]*%?", " ", text.lower()).split()
    return bool(words) and all(w in _cue_words() for w in words)


def _excluded(measure: Measure, text: str, figure: Figure | None = None) -> bool:
    """Whether one of the measure's (or a broader measure's) exclusions is in `text`, or (given the figure) none
    of the words it `requires` is in the figure's clause ("500 people attended A&E": no meeting attended)."""
    return any(_has_any(text, measures()[m].exclude) for m in _broader_chain(measure.id)) or bool(
        figure is not None and measure.requires and not _has_any(text + " " + clause(figure), measure.requires))


def _named(measure: Measure, text: str, about: str, weak: bool, clause_text: str = "", first: bool = False,
           last: bool = False) -> bool:
    """Whether `text` names the measure: one of its words, or (where `weak`) a word that names it only
    beside one of its context words (in `text`, `about`, or where the measure allows, the clause).
    A word written "^word" names it only as the first word after the figure (`first`: "1,600 arrested");
    one written "word$" only as the last words before it (`last`: "the force must save £4m")."""
    if not text.strip():
        return False
    if last:  # the words before the figure, which name a measure only by its "word$" phrases
        return _ends_named(measure, text, about + (clause_text if measure.context_in_clause else ""))
    if _has_any(text, measure.words):
        return True
    if first and any(text.startswith(f" {w[1:]} ") for w in measure.words if w.startswith("^")):
        return True
    if weak and _has_any(text, measure.weak_words):
        around = text + about + (clause_text if measure.context_in_clause else "")
        return _has_any(around, measure.context)
    return False


def _ends_named(measure: Measure, before: str, context: str) -> bool:
    """Whether the words right before a figure (qualifiers aside) are one of the measure's "word$" phrases;
    a weak one only with one of its context words in `context`."""
    tail = " " + _strip_qualifiers(before).strip() + " "
    if any(tail.endswith(f" {w[:-1]} ") for w in measure.words if w.endswith("$")):
        return True
    return any(tail.endswith(f" {w[:-1]} ") for w in measure.weak_words if w.endswith("$")) \
        and _has_any(context, measure.context)


def _brackets(measure: Measure, before: str, near: str, context: str, lead: str = "") -> bool:
    """Whether the figure stands between the halves of one of the measure's "a$^b" words: `a` the last words
    before it (qualifiers aside), `b` the first after it; or is the figure after "a N b" (`lead`: its
    sentence up to it); a weak one only with a context word in `context`."""
    tail = " " + _strip_qualifiers(before).strip() + " "

    def found(words: tuple[str, ...]) -> bool:
        halves = [w.split("$^") for w in words if "$^" in w]
        return any(tail.endswith(f" {a} ") and near.startswith(f" {b} ") for a, b in halves) or any(
            re.search(rf"\s{re.escape(a)} [£$€]?\d[\d,.]*\w* {re.escape(b)} $", lead) for a, b in halves)
    return found(measure.words) or (found(measure.weak_words) and _has_any(context, measure.context))


@lru_cache(maxsize=None)
def _broader_chain(measure_id: str) -> frozenset[str]:
    chain, table = set(), measures()
    while measure_id and measure_id not in chain:
        chain.add(measure_id)
        measure_id = table[measure_id].broader if measure_id in table else ""
    return frozenset(chain)


def _unit_kind(unit: str) -> str:
    return "money" if unit in MONEY else unit


def _fits_unit(measure: Measure, unit: str, kind: str) -> bool:
    unit = _unit_kind(unit)
    if unit == "percent" and "percent-level" in measure.units:
        return True
    if unit in ("percent", "ratio") and "share" in measure.units:
        return True  # "one in five crimes went unrecorded": the share is the measure
    if unit in ("percent", "ratio") and unit in measure.units:
        return kind in ("change", "projection")  # a bare share of a count is another measure
    return unit in measure.units


def concept(figure: Figure, kind: str, about_text: str = "") -> str:
    """The measure a figure is of, or "" when its phrase names none, or names two unrelated ones.

    The nearest phrase that names a measure decides; a narrower measure named further out in the
    same clause refines it ("offences" after the figure, "knife crime" before it: knife crime)."""
    table = measures()
    about = _norm(about_text)
    near, measured, before, after, window = phrases(figure)
    # the clause before the figure is its subject only when the figure follows a verb or preposition
    # of the measure ("knife crime rose by 7%", "... reached 44,771"), not after any word ("arrests after 15")
    ending = before  # read only for the phrases that name a measure as the last words before a figure
    if not _ends_with_cue(before, CHANGE + ("level",)):
        before = ""
    ends_level = _ends_with_cue(before, ("level",)) == "level"
    found: list[set[str]] = []
    verb = _norm(" ".join(phrases(figure)[2].split()[-3:]))  # "lost 6,000 officers": the verb gives context
    # what the parse says the figure is of, when its own phrase names nothing ("X stood at 98, down 4")
    subject = _norm(figure.subject) if figure.subject else ""
    candidates = [table[i] for i in sorted(_candidates(window + measured + subject))]
    head = _list_head(figure) + _partitive(figure)
    # the words that bar a measure: the figure's window, and its `measures` text unless that was read from
    # another clause ("cut by £250m, which equates to the salaries of ...": no salary)
    barring = window + (measured if set(measured.split()) <= set(window.split()) else "") + subject
    for i, text in enumerate((near, measured, subject, before or ending, after, window)):
        weak = i < 3  # words that name a measure only in context: only in the figure's own noun phrase
        found.append({m.id for m in candidates if (_named(m, text, about + verb, weak, window + head, first=i == 0,
                                                          last=i == 3 and not before)
                                                   # "a savings target of £4m": a "word$" phrase ending in a level cue
                                                   or i == 3 and ends_level and _named(m, ending, about + verb, weak,
                                                                                       window + head, last=True))
                      and _fits_unit(m, figure.unit, kind) and not _excluded(m, barring, figure)})
    # a figure between the two halves of an "a$^b" word ("by$^to": "led by 3,140 to 2,960", a tally) is of it
    ev = figure.evidence
    lead = _norm(ev.sentence[:max(ev.start - ev.sentence_start, 0)]) if ev else ""
    own_lead = re.split(r"[;:()\"“”—–]|,\s|\s-\s", lead)[-1]  # its clause up to it: names no measure either
    bracketing = {m.id for m in table.values() if _brackets(m, ending, near, window + head + own_lead, lead)
                  and _fits_unit(m, figure.unit, kind) and not _excluded(m, barring, figure)}
    if len(_most_specific(bracketing)) == 1 and not any(found[:-1]) and not any(
            _named(table[m], own_lead, "", True, own_lead) for m in _candidates(own_lead)):
        return next(iter(_most_specific(bracketing)))
    chosen, where = "", -1
    texts = (near, measured, subject, before or ending, after)
    for where, ids in enumerate(found[:-1]):
        ids = _outside_longer(_most_specific(ids), texts[where])
        if len(ids) > 1:
            return ""  # two measures in the same phrase: never guess
        if ids:
            chosen = next(iter(ids))
            break
    if not chosen:
        return ""
    refining = set(found[-1])
    if where == 2:  # read from the subject: the words from it to the figure may name a narrower measure too
        wider = _from_subject(figure)
        refining |= {m.id for m in (table[i] for i in sorted(_candidates(wider)))
                     if _named(m, wider, about, False) and _fits_unit(m, figure.unit, kind)
                     and not _excluded(m, wider, figure)}
    # a narrower measure named by its "word$" phrase right before the figure ("lost by 2,000 votes": a majority)
    refining |= {m.id for m in table.values() if m.id != chosen and chosen in _broader_chain(m.id)
                 and _ends_named(m, ending, window) and _fits_unit(m, figure.unit, kind)
                 and not _excluded(m, barring, figure)}
    narrower = _most_specific({i for i in refining if chosen in _broader_chain(i)})
    if len(narrower) == 1:
        chosen = next(iter(narrower))
    unrelated = {i for i in _most_specific(found[-1]) if not (_broader_chain(i) & _broader_chain(chosen))}
    return "" if unrelated and not found[0] and not found[1] and not found[2] else chosen


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """Every word that names a measure, in one pattern, and the measures each names."""
    named: dict[str, set[str]] = {}
    for m in measures().values():
        for word in m.words + m.weak_words:
            named.setdefault(word.strip("^$"), set()).add(m.id)
    alternation = "|".join(re.escape(w) for w in sorted(named, key=len, reverse=True))
    return (re.compile(rf"(?=(?<![\w-])({alternation})(?![\w-]))"),
            {w: frozenset(ids) for w, ids in named.items()})


def _candidates(text: str) -> set[str]:
    """The measures whose words appear in `text` (overlapping matches too): the only ones worth testing."""
    pattern, named = _vocabulary()
    return {i for match in pattern.finditer(text) for i in named[match.group(1)]}


def _outside_longer(ids: set[str], text: str) -> set[str]:
    """The measures of `ids` named in `text` by a word not inside a longer word of another of them: the longest
    phrase names the measure ("raise £12m through council tax increases": the money the precept raises, not
    the council-tax bill its "council tax" names)."""
    if len(ids) < 2:
        return ids
    spans = {i: [(m.start(), m.start() + len(w)) for w in {x.strip("^$") for x in measures()[i].words
                                                          + measures()[i].weak_words}
                 for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)] for i in ids}
    kept = {i for i in ids if not spans[i] or any(not any(j != i and (a, b) != (c, d) and c <= a and b <= d
                                                         for j in ids for c, d in spans[j]) for a, b in spans[i])}
    return kept or ids


def _most_specific(ids: set[str]) -> set[str]:
    return {i for i in ids if not any(i != j and i in _broader_chain(j) for j in ids)}


def _strip_qualifiers(before: str) -> str:
    """The words before a figure without its qualifier ("fell by more than" -> "fell by")."""
    tail = before.rstrip()
    changed = True
    while changed:
        changed = False
        for cue, kind in _cues().get("before", ()):
            if kind == "qualifier" and tail.endswith(" " + cue):
                tail, changed = tail[:-len(cue) - 1].rstrip(), True
    return tail


def _ends_with_cue(before: str, kinds: tuple[str, ...]) -> str:
    """The kind of the cue that ends the words before a figure (qualifiers aside), "" when none does."""
    tail = _strip_qualifiers(before)
    for cue, kind in _cues().get("before", ()):
        if kind in kinds and (tail.endswith(" " + cue) or tail == cue):
            return kind
    return ""


def claim_kind(figure: Figure) -> str:
    """level | change | projection, read from the words around the figure; "name" when the number
    names something ("section 60")."""
    near, measured, before, after, window = phrases(figure)
    cues = _cues()
    if _ends_with_cue(before, ("name",)):
        return "name"
    # a period read from another clause ("... 8.7%, and X - who promised it by May - wants") says nothing here
    period = _norm(figure.period) if _norm(figure.period) in clause(figure) else " "
    context = _counterfactual().sub(" ", clause(figure)) + " " + _norm(figure.about.partition(":")[2].replace("-", " "))
    for cue, kind in cues.get("period", ()):
        if period.startswith(f" {cue} "):
            return kind
    if _has_any(context, tuple(cue for cue, _ in cues.get("clause", ()))):
        return "projection"
    if _ends_with_cue(before, CHANGE):
        return "change"
    head = _norm(" ".join(after.split()[:2]))
    if any(_has(head, cue) for cue, kind in cues.get("after", ()) if kind in CHANGE):
        return "change"  # "there are 300 fewer officers"
    return "level"


@lru_cache(maxsize=1)
def _counterfactual() -> re.Pattern:
    """A counterfactual perfect ("should not have passed", "would have been cut"): a judgement of the past,
    no plan or forecast (the modals are `counterfactual_modal` in word_classes.csv)."""
    from .gazetteer import word_class

    modals = "|".join(sorted(re.escape(m) for m in word_class("counterfactual_modal")))
    return re.compile(rf"\b(?:{modals})(?:\s+not|n't|n’t)?\s+(?:never\s+)?have\s+(?:been|got|had|\w+ed|\w+en)\b")


def direction(figure: Figure) -> str:
    """rise | fall: which way a change goes, by the verb before it ("fell by", "up") or the word after it
    ("300 fewer officers"); "" when neither says."""
    near, measured, before, after, window = phrases(figure)
    tail = _strip_qualifiers(before)
    tail = tail[:-3].rstrip() if tail.endswith(" by") else tail
    for cue, kind in _cues().get("before", ()):
        if kind in ("rise", "fall") and (tail.endswith(" " + cue) or tail.strip() == cue):
            return kind
    head = _norm(" ".join(after.split()[:2]))
    return next((kind for cue, kind in _cues().get("after", ()) if kind in ("rise", "fall") and _has(head, cue)), "")


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH = r"(?P<month>" + "|".join(sorted((m for m in _MONTHS), key=len, reverse=True)) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _month_end_before(month: int, published: datetime.date | None, year: str | None) -> datetime.date | None:
    if year:
        return _last_day(int(year), month)
    if published is None:
        return None
    end = _last_day(published.year, month)
    return end if end <= published else _last_day(published.year - 1, month)


def _first_after_year_before(end: datetime.date) -> datetime.date:
    """The first day of the twelve months that end on `end` (a month's last day)."""
    month, year = end.month + 1, end.year - 1
    if month == 13:
        month, year = 1, year + 1
    return datetime.date(year, month, 1)


_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in (
    ("financial", rf"^(?:in|for|during|over)?\s*(?:the\s+)?(?:financial\s+year\s+)?{_YEAR}\s*[-/–]\s*(?P<next>\d\d(?:\d\d)?)$"),
    ("year_to", rf"^(?:in|during|over)?\s*the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?{_MONTH}(?:\s+{_YEAR})?(?:\s+this\s+year)?$"),
    ("month_end", rf"^(?:at|by|as\s+of)?\s*the\s+end\s+of\s+{_MONTH}\s+{_YEAR}$"),
    ("month", rf"^(?:in|during)?\s*{_MONTH}\s+{_YEAR}$"),
    ("year", rf"^(?:in|during|for)?\s*(?:the\s+year\s+)?{_YEAR}$"),
    ("since", rf"^since\s+{_YEAR}(?P<fy>\s*[-/–]\s*\d\d(?:\d\d)?)?$"),
    ("since_day", rf"^since\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_MONTH}\s+{_YEAR}$"),
    ("by_month", rf"^by\s+(?:the\s+end\s+of\s+)?{_MONTH}\s+{_YEAR}$"),
    ("by_year", rf"^by\s+(?:the\s+end\s+of\s+)?{_YEAR}$"),
    ("past_year", r"^(?:in|over|during)?\s*the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)$"),
    ("between_months", rf"^between\s+(?P<m1>[a-z]+)\s+and\s+{_MONTH}\s+{_YEAR}$"),
    ("between_years", rf"^between\s+(?P<y1>(?:19|20)\d\d)\s+and\s+{_YEAR}$"),
    ("last_year", r"^(?:in\s+)?last\s+year$"),
    ("this_year", r"^(?:so\s+far\s+)?this\s+year$"),
))


def _year_before(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1) + datetime.timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28) + datetime.timedelta(days=1)


def read_period(text: str, published: str, kind: str, stock: bool = True) -> Period | None:
    """The period a figure's period text names, with the article's date for "last year", "the year
    to March" and for a level of a stock (a headcount) that states none ("as of" the article's date);
    None when unknown."""
    pub = _date(published)
    text = re.sub(r"\s+", " ", text.strip().rstrip(".,"))
    as_of = kind == "level" and stock and pub is not None
    if not text:
        if as_of:
            return Period(pub.isoformat(), pub.isoformat(), f"as of {pub.isoformat()}")
        return None
    if text.lower() == "today" and as_of:
        return Period(pub.isoformat(), pub.isoformat(), f"as of {pub.isoformat()}")
    for name, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            if kind == "change" and name in ("month", "month_end"):
                return None  # a change over a stretch of time a month does not say
            if name.startswith("by_") and kind != "projection":
                return None  # "by May 2020" of a fact says when it was so, not over what period
            return _period(name, match, pub)
    return None


def _period(name: str, m: re.Match, pub: datetime.date | None) -> Period | None:
    groups = m.groupdict()
    if name == "financial":
        first, nxt = int(groups["year"]), groups["next"]
        second = int(nxt) if len(nxt) == 4 else (first // 100) * 100 + int(nxt)
        if second != first + 1:
            return None
        return Period(f"{first}-04-01", f"{second}-03-31", f"{first}/{str(second)[2:]}")
    if name == "year_to":
        end = _month_end_before(_MONTHS[groups["month"].lower()], pub, groups.get("year"))
        if end is None:
            return None
        return Period(_first_after_year_before(end).isoformat(), end.isoformat(),
                      f"year to {calendar.month_name[end.month]} {end.year}")
    if name == "month_end":
        end = _last_day(int(groups["year"]), _MONTHS[groups["month"].lower()])
        return Period(end.isoformat(), end.isoformat(), f"as of {end.isoformat()}")
    if name == "month":
        month, year = _MONTHS[groups["month"].lower()], int(groups["year"])
        return Period(f"{year}-{month:02d}-01", _last_day(year, month).isoformat(),
                      f"{calendar.month_name[month]} {year}")
    if name == "year":
        year = int(groups["year"])
        return Period(f"{year}-01-01", f"{year}-12-31", str(year))
    if name == "since":
        year = int(groups["year"])
        end = pub.isoformat() if pub else ""
        start, label = (f"{year}-04-01", f"{year}/{(year + 1) % 100:02d}") if groups.get("fy") else (f"{year}-01-01", str(year))
        return Period(start, end, f"since {label}" + (f" to {end}" if end else ""))
    if name == "since_day":
        month, year = _MONTHS[groups["month"].lower()], int(groups["year"])
        try:
            start = datetime.date(year, month, int(groups["day"] or 1))
        except ValueError:
            return None
        end = pub.isoformat() if pub and pub >= start else ""
        label = f"{start.day} {calendar.month_name[month]} {year}" if groups["day"] else f"{calendar.month_name[month]} {year}"
        return Period(start.isoformat(), end, f"since {label}" + (f" to {end}" if end else ""))
    if name == "by_month":
        end = _last_day(int(groups["year"]), _MONTHS[groups["month"].lower()])
        return Period("", end.isoformat(), f"by {calendar.month_name[end.month]} {end.year}")
    if name == "by_year":
        return Period("", f"{groups['year']}-12-31", f"by {groups['year']}")
    if name == "between_months":
        first = _MONTHS.get(groups["m1"].lower())
        month, year = _MONTHS[groups["month"].lower()], int(groups["year"])
        if first is None or first > month:
            return None
        return Period(f"{year}-{first:02d}-01", _last_day(year, month).isoformat(),
                      f"{calendar.month_name[first]} to {calendar.month_name[month]} {year}")
    if name == "between_years":
        first, last = int(groups["y1"]), int(groups["year"])
        return Period(f"{first}-01-01", f"{last}-12-31", f"{first} to {last}") if first < last else None
    if pub is None:
        return None
    if name == "last_year":
        year = pub.year - 1
        return Period(f"{year}-01-01", f"{year}-12-31", str(year))
    if name == "past_year":
        return Period(_year_before(pub).isoformat(),
                      pub.isoformat(), f"12 months to {pub.isoformat()}")
    if name == "this_year":
        return Period(f"{pub.year}-01-01", pub.isoformat(), f"{pub.year} to {pub.isoformat()}")
    return None


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def read_claim(figure: Figure, article: Article, types: dict[str, tuple[str, ...]] | None = None,
               names: dict[str, tuple[str, ...]] | None = None, measure: str = "", context: str = "") -> Claim | None:
    """The claim a figure makes, or None when its measure is not named in its own phrase.

    `types`: entity key -> its ontology classes (a figure about a police body is of that force);
    `names`: entity key -> its names, when known: a jurisdiction is then given only when one of its
    names stands in the figure's own phrase; `measure`: the measure it refers back to (`read_claims`);
    `context`: words of what it is part of, when only another sentence says ("Of those, 40 were ...")."""
    kind = claim_kind(figure)
    if kind == "name":
        return None
    about_text = figure.about.partition(":")[2].partition("@")[0].replace("-", " ") \
        if figure.about.startswith(("policy:", "org:")) else ""  # "policy:police-pay-award@2019|…": its words, not whose
    measure = measure or concept(figure, kind, about_text + " " + context)
    if not measure:
        return None
    found = measures()[measure]
    if figure.unit == "percent" and "percent-level" in found.units and kind == "change":
        kind = "level"  # a pay award of 3% is the award itself, stated as a rise or not
    if "levels" in found.units and kind == "change":
        kind = "level"  # "won by 300 votes": a tally or margin, whatever the verb before it
    stated = figure.period or _financial_year_in_clause(figure)
    period = None if _year_of_a_range(figure) or _period_elsewhere(figure) else \
        read_period(stated, article.published, kind, found.stock)
    return Claim(measure, kind, jurisdiction(figure, types or {}, names) if found.placed else "", period,
                 direction(figure) if kind == "change" else "")


def read_claims(figures: Iterable[Figure], article: Article, types: dict[str, tuple[str, ...]] | None = None,
                names: dict[str, tuple[str, ...]] | None = None) -> tuple[Claim | None, ...]:
    """The claims of an article's figures: each read from its own phrase (`read_claim`), then a figure
    whose phrase names no measure but points back to one (`_antecedent`) takes that figure's measure."""
    figures = tuple(figures)
    found = [read_claim(f, article, types, names) for f in figures]
    for i, f in enumerate(figures):
        found[i] = _as_restated(found[i], f, figures, found, same_value=False)
    for _ in range(3):  # a figure resolved may be the antecedent of another ("a cut of 6%, £40m", "… £40m")
        own = tuple(c.measure if c else "" for c in found)
        for i, f in enumerate(figures):
            if found[i] is None:
                measure = _antecedent(f, figures, own, article.text) or _repeated_head(f, figures, own, article.text)
                found[i] = _as_restated(read_claim(f, article, types, names, measure), f, figures, found) \
                    if measure else _of_those(f, figures, own, article, types, names)
            apposed = _apposed(f, figures, found) if found[i] is None else None
            if apposed is not None:  # "a £62,000 grant, nearly £7,000 more than before": its own kind (a change)
                read = read_claim(f, article, types, names, apposed.measure)
                found[i] = read if read and _fits_unit(measures()[read.measure], f.unit, read.kind) else None
            whole = _whole_of_part(f, figures, found) if found[i] is None else None
            if whole is not None and _part_by_place_or_time(_after_part_cue(f)):
                # "500 burglaries, 200 of which were in the town centre": the whole's measure, in one place
                read = read_claim(f, article, types, names, whole.measure)
                found[i] = read if read and _fits_unit(measures()[read.measure], f.unit, read.kind) else None
            elif whole is not None:  # "900 pupils screened, a third of whom were girls": a subgroup's share
                read = read_claim(f, article, types, names, context=measures()[whole.measure].label)
                found[i] = read if read and read.measure != whole.measure \
                    and whole.measure in _broader_chain(read.measure) else None
            restating = _restated_after(f, figures, found) if found[i] is None and not _names_a_measure(f) else None
            if restating is not None:  # "savings of up to 3%, which is £15m": the saving the £15m is
                read = read_claim(f, article, types, names, restating.measure)
                found[i] = replace(read, kind=restating.kind, direction=restating.direction) if read else None
        if own == tuple(c.measure if c else "" for c in found):
            break
    return tuple(found)


def _of_those(figure: Figure, figures: tuple[Figure, ...], own: tuple[str, ...], article: Article,
              types: dict[str, tuple[str, ...]] | None, names: dict[str, tuple[str, ...]] | None) -> Claim | None:
    """The claim of a figure whose sentence opens "Of those ...," ("Of those carried out in May, 40 were of
    black people"), read with the measure the sentence before counts as what "those" are."""
    if figure.evidence is None or not re.match(r" of (?:those|these) ", _partitive(figure)):
        return None
    before = _of_sentence_before(figure.evidence, figures, own, article.text)
    return read_claim(figure, article, types, names, context=measures()[before].label) if before else None


def _as_restated(claim: Claim | None, figure: Figure, figures: tuple[Figure, ...],
                 found: list[Claim | None], same_value: bool = True) -> Claim | None:
    """A claim of the kind (and direction) of the figure of its measure it restates: the one right before
    it in its sentence when a word such as "totalling" joins them ("a 6% cut, totalling £40m": a change);
    for a claim read by reference (`same_value`), also the figures of its measure and value ("a cut of
    £40m ... which is £40m"), when they agree."""
    if claim is None:
        return None
    same = {(c.kind, c.direction) for f, c in zip(figures, found) if c and f is not figure and same_value
            and c.measure == claim.measure and f.unit == figure.unit and Decimal(f.value) == Decimal(figure.value)}
    ev = figure.evidence
    restating = tuple(c for c, kind in _cues().get("reference", ()) if kind == "restate")
    tail = " " + _strip_qualifiers(_norm(ev.sentence[:ev.start - ev.sentence_start])).strip() if ev else ""
    if not same and ev is not None and any(tail.endswith(" " + cue) for cue in restating):
        before = [(f, c) for f, c in zip(figures, found) if c and f.evidence and f.evidence.sentence_start
                  == ev.sentence_start and f.evidence.start < ev.start]
        if before and before[-1][1].measure == claim.measure:  # "a 6% cut - totalling £40m": the cut, restated
            same = {(before[-1][1].kind, before[-1][1].direction)}
    if len(same) != 1:
        return claim
    kind, direction = next(iter(same))
    return replace(claim, kind=kind, direction=direction)


@lru_cache(maxsize=1)
def _reference() -> tuple[re.Pattern, frozenset[str]]:
    """A pronoun that stands for a measure ("it rose by", "that was down from", "cut it to") and the
    nouns that name a figure's change or total but no measure ("the 7% rise", "a 3% offer")."""
    cues = _cues()
    pronouns = "|".join(re.escape(c) for c, kind in cues.get("reference", ()) if kind == "pronoun")
    verbs = "|".join(re.escape(c) for c, kind in cues.get("reference", ()) if kind == "verb")
    nouns = frozenset(c for c, kind in cues.get("reference", ()) if kind in ("noun", "pronoun", "verb"))
    return re.compile(rf"(?<![\w'’-])(?:{pronouns})(?:\s+|['’]s\s+)(?:(?:{verbs})\b|(?:to|by)\s)"
                      rf"|\b(?:{verbs})\s+(?:{pronouns})\s+(?:to|by)\s", re.IGNORECASE), nouns


def _antecedent(figure: Figure, figures: tuple[Figure, ...], own: tuple[str, ...], text: str) -> str:
    """The measure a figure refers back to, "" when none is certain. Only for a figure whose phrase names
    no measure at all (no word of any measure in it) and whose own noun, if any, only names a change or
    total ("rise", "offer", "times"). By one of three rules, each needing one measure, no choice:
    - the same value and unit as figures of the article that all have that measure ("the 7% rise" after
      "a 7% pay award"), for a figure with such a noun, or with none and a value of three significant
      digits or more ("... which is £40.5m" after "a cut in the police grant of £40.5m");
    - the earlier figures of its sentence, when the figure has no noun ("fell to 880 from 930 a year
      before", "there will now only be 265") or its clause holds a pronoun ("... but that was down from 4,170");
    - the figures of the sentence just before, when its clause holds a pronoun and no earlier figure of
      its own sentence stands before it ("It has been cut by 30%")."""
    ev = figure.evidence
    if ev is None or claim_kind(figure) == "name" or _a_gap(figure):
        return ""
    if _names_a_measure(figure):  # its phrase names a measure (read_claim found none that fits, or two)
        return _narrowed_antecedent(figure, figures, own, text)
    nouns = _reference()[1]
    words = [w.split("'")[0] for w in _norm(figure.measures).split()]  # "it's been slashed": it been slashed
    if any(w not in nouns and w not in _cue_words() for w in words):
        measure = _same_value_same_noun(figure, figures, own, words[-1])
        return measure if measure and _fits_unit(measures()[measure], figure.unit, claim_kind(figure)) else ""
    own_clause, pointing = _points_back(ev)
    measure = ""
    if words or _distinctive(figure.value):
        same = {m for f, m in zip(figures, own) if m and f.unit == figure.unit
                and Decimal(f.value) == Decimal(figure.value)}
        measure = next(iter(same)) if len(same) == 1 else ""
    if not measure and (pointing or not words and _bare(own_clause)):
        earlier = {m for f, m in zip(figures, own) if f.evidence and f.evidence.sentence_start == ev.sentence_start
                   and f.evidence.start < ev.start}
        if earlier:
            measure = next(iter(earlier)) if len(earlier) == 1 else ""
        elif pointing:
            measure = _of_sentence_before(ev, figures, own, text)
    return measure if measure and _fits_unit(measures()[measure], figure.unit, claim_kind(figure)) else ""


def _a_gap(figure: Figure) -> bool:
    """Whether the figure is a gap between two levels ("a gap of 80 shy of the quota": `gap` cues right after
    it) or a part of the figure before it ("200 of whom were children": `part` cues), which is no level or
    change of the measure named before it."""
    head = _norm(" ".join(phrases(figure)[3].split()[:2]))
    return any(_has(head, cue) for cue, kind in _cues().get("after", ()) if kind == "gap") or \
        _after_part_cue(figure) is not None


def _after_part_cue(figure: Figure) -> str | None:
    """The clause's words after a `part` cue right after the figure ("200 of which were in May": " were in may"),
    None when no such cue follows it."""
    after = phrases(figure)[3]
    return next((after[len(cue) + 1:] for cue, kind in _cues().get("reference", ()) if kind == "part"
                 and after.startswith(f" {cue} ")), None)


def _part_by_place_or_time(rest: str) -> bool:
    """Whether the words after a `part` cue only say where or when the part happened ("200 of which were in the
    town centre", "... took place at night": `part-verb` then `part-where` cues in claim_cues.csv), so the part
    counts what the whole counts; a part that names anything else ("of whom were children") may not."""
    cues = _cues().get("part", ())
    verbs = "|".join(re.escape(c) for c, kind in cues if kind == "part-verb")
    wheres = "|".join(re.escape(c) for c, kind in cues if kind == "part-where")
    found = verbs and wheres and re.match(rf" (?:(?:{verbs}) ){{0,2}}(?:{wheres}) (?:(?:the|a|an|this|that|its|their) )?"
                                          r"(?P<what>.*)", rest + " ")
    if not found:
        return False
    # ... and the words after the cue name a place or a time ("in the town centre", "at night", "in 2019"), not
    # anything else ("260 of whom were in care", "260 of which were at knifepoint")
    what = found.group("what").lower()
    nouns = "|".join(re.escape(c) for c, kind in cues if kind == "part-where-noun")
    return bool(re.match(r"\d{4}\b", what) or nouns and re.match(rf"(?:[a-z'-]+ ){{0,2}}(?:{nouns})\b", what)
                or any(re.match(rf"{re.escape(name)}\b", what) for name in _place_names()))


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    """The gazetteer's places and their aliases, lower-cased: a part "in" one of them is placed."""
    return tuple(n.lower() for row in resources.read_csv("gazetteer/places.csv")
                 for n in (row["label"], *row["aliases"].split("|")) if n)


def _repeated_head(figure: Figure, figures: tuple[Figure, ...], own: tuple[str, ...], text: str) -> str:
    """The one measure of the sentence right before, when the figure's noun, after only a determiner that points
    back, repeats the head noun that sentence named that measure with ("Car thefts climbed. These thefts came to
    2,140": car thefts); "" when its clause makes it a whole (`whole` cues: "offences of all kinds", "in total"), its
    noun is bare or none, or is a broader measure's head word ("offences", "crime": `_broad_word`)."""
    ev = figure.evidence
    if ev is None or _names_a_measure(figure) or claim_kind(figure) == "name" or _a_gap(figure):
        return ""
    noun_phrase = _norm(figure.subject or figure.measures).split()
    from .gazetteer import word_class

    # a determiner that points back is needed: a bare plural ("Thefts came to ...") may count every kind
    if len(noun_phrase) < 2 or any(w not in word_class("bare_noun_determiner") for w in noun_phrase[:-1]):
        return ""
    noun = noun_phrase[-1]
    wholes = tuple(c for c, kind in _cues().get("reference", ()) if kind == "whole")
    if _has_any(_up_to_clause_end(figure), wholes):
        return ""
    measure = _of_sentence_before(ev, figures, own, text)
    if not measure:
        return ""
    before = next(f.evidence.sentence for f, m in zip(figures, own) if m == measure and f.evidence
                  and f.evidence.sentence_end <= ev.sentence_start
                  and not text[f.evidence.sentence_end:ev.sentence_start].strip())
    named = tuple(w for w in measures()[measure].words if not w.startswith("^") and not w.endswith("$"))
    heads = tuple(w for w in named if _head(w) == noun and w != noun) + tuple(f"{w} {noun}" for w in named)
    if not _has_any(_norm(before), heads) or _broad_word(noun, measure):
        return ""
    return measure if _fits_unit(measures()[measure], figure.unit, claim_kind(figure)) else ""


def _broad_word(noun: str, measure_id: str) -> bool:
    """Whether a bare noun is also the head of a word of a measure broader than `measure_id` ("offences", "crime"
    after "knife offences": all recorded crime), so that it may as well count the broad measure as the narrow one."""
    stem = noun.rstrip("s")
    return any((_head(w) or w).rstrip("s") == stem for m in _broader_chain(measure_id) - {measure_id}
               for w in measures()[m].words + measures()[m].weak_words if not w.startswith("^") and not w.endswith("$"))


@lru_cache(maxsize=1)
def _preposition() -> re.Pattern:
    """A preposition that ends a measure phrase's head noun (`head_preposition` in word_classes.csv)."""
    from .gazetteer import word_class

    return re.compile(rf" (?:{'|'.join(sorted(re.escape(w) for w in word_class('head_preposition')))}) ")


def _head(phrase: str) -> str:
    """The head noun of a measure's phrase: its last word, or the word before its first preposition ("searches of
    children": "searches")."""
    words = _preposition().split(f" {phrase} ")[0].split()
    return words[-1] if words else ""


def _points_back(ev) -> tuple[str, bool]:
    """The figure's clause before it, and whether it holds a pronoun that stands for a measure."""
    lead = ev.sentence[:max(ev.start - ev.sentence_start, 0)]
    breaks = list(_CLAUSE_BREAK.finditer(lead)) + list(_CONTRAST.finditer(lead))  # not "that": a pronoun too
    own_clause = lead[max(m.end() for m in breaks):] if breaks else lead
    return own_clause, _reference()[0].search(" " + own_clause + " ") is not None


def _narrowed_antecedent(figure: Figure, figures: tuple[Figure, ...], own: tuple[str, ...], text: str) -> str:
    """For a figure whose clause points back with a pronoun to the one measure of the sentence before, a
    measure narrower than that one its own noun names, the antecedent giving the context ("the audit said
    the service missed one in seven crimes. This rose to one in two violent crimes": unrecorded violent crime)."""
    ev = figure.evidence
    if not _points_back(ev)[1] or any(f.evidence and f.evidence.sentence_start == ev.sentence_start
                                      and f.evidence.start < ev.start for f in figures):
        return ""
    before = _of_sentence_before(ev, figures, own, text)
    noun = phrases(figure)[0] + phrases(figure)[1]
    narrower = _most_specific({m.id for m in measures().values() if before and m.id != before
                               and before in _broader_chain(m.id) and _has_any(noun, m.words + m.weak_words)})
    if len(narrower) != 1:
        return ""
    measure = next(iter(narrower))
    return measure if _fits_unit(measures()[measure], figure.unit, claim_kind(figure)) else ""


def _apposed(figure: Figure, figures: tuple[Figure, ...], found: list[Claim | None]) -> Claim | None:
    """The claim of the figure right before in the sentence when this one is set after that one's noun (a word of
    its measure) with a comma and only cue words ("a £62,000 pension lump sum, nearly £7,000 more than before":
    the lump sum's change), its own words naming nothing and making it a change."""
    ev = figure.evidence
    near, measured = phrases(figure)[0], phrases(figure)[1]
    if ev is None or claim_kind(figure) not in CHANGE or any(
            _named(measures()[m], near + measured, "", True) for m in _candidates(near + measured)):
        return None  # only a change against it ("..., 300 more than last year"), not a part ("40 of them")
    before = [(f.evidence.end, i) for i, f in enumerate(figures) if f.evidence and f is not figure
              and f.evidence.sentence_start == ev.sentence_start and f.evidence.end <= ev.start]
    if not before:
        return None
    end, i = max(before)
    claim = found[i]
    head, comma, tail = ev.sentence[end - ev.sentence_start:ev.start - ev.sentence_start].rpartition(", ")
    if claim is None or not comma or any(ch.isdigit() for ch in head) or _CLAUSE_BREAK.search(head + " ") \
            or not _bare(tail) or not _has_any(_norm(head), measures()[claim.measure].words
                                               + measures()[claim.measure].weak_words):
        return None
    return claim


def _whole_of_part(figure: Figure, figures: tuple[Figure, ...], found: list[Claim | None]) -> Claim | None:
    """The claim of the figure right before in the sentence when this one is a part of it: a `part` cue right after
    it ("a third of whom were girls", "15 of them"); None otherwise."""
    ev = figure.evidence
    if ev is None or _after_part_cue(figure) is None:
        return None
    before = [(f.evidence.end, i) for i, f in enumerate(figures) if f.evidence and f is not figure
              and f.evidence.sentence_start == ev.sentence_start and f.evidence.end <= ev.start]
    return found[max(before)[1]] if before else None


def _restated_after(figure: Figure, figures: tuple[Figure, ...], found: list[Claim | None]) -> Claim | None:
    """The claim of the next figure of the sentence when that one restates this one: only a restating word
    (and a qualifier) between them ("savings of up to 3%, which is £15m": what the £15m claims)."""
    ev = figure.evidence
    later = [(f.evidence.start, i) for i, f in enumerate(figures)
             if ev and f.evidence and f.evidence.sentence_start == ev.sentence_start and f.evidence.start > ev.start]
    if not later:
        return None
    start, i = min(later)
    between = _strip_qualifiers(_norm(ev.sentence[ev.end - ev.sentence_start:start - ev.sentence_start]))
    restating = {c for c, kind in _cues().get("reference", ()) if kind == "restate"}
    claim = found[i]
    if claim is None or re.sub(r"^[\s,–—-]+", "", between).strip() not in restating:
        return None
    return claim if _fits_unit(measures()[claim.measure], figure.unit, claim.kind) else None


def _same_value_same_noun(figure: Figure, figures: tuple[Figure, ...], own: tuple[str, ...], noun: str) -> str:
    """The one measure of the article's other figures of this value and unit, when the figure's own noun is a
    word that names that measure ("failed to record 6,383 crimes" ... "over 6,383 alleged offences":
    offences that went unrecorded), or for a distinctive value, one of its context words; "" otherwise."""
    same = {m for f, m in zip(figures, own) if m and f is not figure and f.unit == figure.unit
            and Decimal(f.value) == Decimal(figure.value)}
    if len(same) != 1:
        return ""
    measure = measures()[next(iter(same))]
    sentence = _norm(figure.evidence.sentence) if figure.evidence else ""
    if noun in measure.words:
        return measure.id
    # a word that names it only in context: with that context in the sentence, or a value of three
    # significant digits or more ("300 people attended" after "safeguarded 300 people" is not it)
    if noun in measure.weak_words and (_distinctive(figure.value) or _has_any(sentence, measure.context)):
        return measure.id
    # a distinctive value restated with a word of its measure's context ("3,517 searches of children" ...
    # "3,517 children")
    return measure.id if _distinctive(figure.value) and noun in measure.context else ""


def _names_a_measure(figure: Figure) -> bool:
    """Whether the figure's own phrase holds a word of any measure (so it refers to none other)."""
    own_words = phrases(figure)[4] + phrases(figure)[1] + _norm(figure.subject)
    return any(_named(measures()[m], own_words, "", True, own_words) for m in _candidates(own_words))


def _bare(lead: str) -> bool:
    """Whether the words of a figure's clause before it (after a speech verb: "organisers said around")
    are only cue and filler words ("there will now only be", "although higher than", "or"), so that the
    figure's noun is left out, not another verb's object ("and the force hired 50": not bare)."""
    cues = _cues().get("reference", ())
    said = [c for c, kind in cues if kind == "speech"]
    words = _norm(lead).split()
    last = max((i for i, w in enumerate(words) if w in said), default=-1)
    allowed = _cue_words() | {c for c, kind in cues if kind in ("filler", "pronoun", "verb", "restate")}
    return all(w in allowed for w in words[last + 1:])


def _distinctive(value: str) -> bool:
    """Whether a value has three significant digits or more (40.5m, 144,346: not 20,000 or 7%), so that
    another figure of the same value in the article is the same figure restated."""
    digits = re.sub(r"\D", "", value.split(".")[0] + value.partition(".")[2]).strip("0")
    return len(digits) >= 3


def _of_sentence_before(ev, figures: tuple[Figure, ...], own: tuple[str, ...], text: str) -> str:
    """The one measure of all the figures of the sentence right before `ev`'s (only space between)."""
    before = [(f, m) for f, m in zip(figures, own) if f.evidence and f.evidence.sentence_end <= ev.sentence_start]
    if not before:
        return ""
    last_end = max(f.evidence.sentence_end for f, _ in before)
    if not text or text[last_end:ev.sentence_start].strip():
        return ""  # another sentence (or a heading) stands between
    found = {m for f, m in before if f.evidence.sentence_end == last_end}
    return next(iter(found)) if len(found) == 1 else ""


_FINANCIAL_YEAR = re.compile(r"\b(?:in|for|during|over)\s+(?:the\s+)?(?:financial\s+year\s+)?"
                             r"(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?\b")


def _financial_year_in_clause(figure: Figure) -> str:
    """The one financial year the figure's clause states ("3,400 offences in 2018/19"), when the figure has
    no period of its own; "" when none or several."""
    found = _FINANCIAL_YEAR.findall(clause(figure))
    return found[0] if len(found) == 1 else ""


def _period_elsewhere(figure: Figure) -> bool:
    """Whether the period was read from a clause after the figure's ("... to hire 800 officers – a target
    met in May 2020"): the date of something else, not the figure's period."""
    stated = _norm(figure.period).strip()
    return bool(stated) and figure.evidence is not None and stated not in _up_to_clause_end(figure)


def _year_of_a_range(figure: Figure) -> bool:
    """Whether the period is a bare year that the sentence gives as the end of a range ("between 2016
    and 2017", "2016-17"): the period is the range, which the year alone would misstate."""
    if figure.evidence is None:
        return False
    stated = re.sub(r"\s+", " ", figure.period.strip())
    if stated and re.search(rf"(?:19|20)\d\d\s*(?:and|to|-|–)\s*{re.escape(stated)}", figure.evidence.sentence,
                            re.IGNORECASE):
        return True  # "between March 2017 and March 2018": the month alone would misstate it
    year = re.fullmatch(r"(?:in\s+|during\s+)?((?:19|20)\d\d)", stated, re.IGNORECASE)
    if not year:
        return False
    y = year.group(1)
    return re.search(rf"\b(?:19|20)\d\d\s*(?:and|to|-|–|/)\s*(?:{y}|{y[2:]})\b", figure.evidence.sentence) is not None


def _from_subject(figure: Figure) -> str:
    """The sentence from the figure's subject to the end of the figure's clause ("2,501 searches under
    section 60 - a rise of 1,870"), lower case; "" when the subject is not found before the figure."""
    text, first = _up_to_clause_end(figure), _norm(figure.subject).split()[:1]
    surface = _norm(figure.surface).strip()
    end = text.rfind(" " + surface)
    start = text.rfind(f" {first[0]} ", 0, max(end, 0) + 1) if first and surface else -1
    return " " + text[start:].strip() + " " if start >= 0 else ""


def _up_to_clause_end(figure: Figure) -> str:
    """The figure's sentence from its start to the end of the figure's clause, lower case."""
    ev = figure.evidence
    if ev is None:
        return ""
    end = ev.end - ev.sentence_start
    # a short aside in brackets ("24,000 support officers (PCSOs) by May") does not end the clause
    after = re.sub(r"\([^()]{0,40}\)", lambda m: " " * len(m.group()), ev.sentence[max(end, 0):])
    cut = min((m for m in (_CLAUSE_BREAK.search(after), _CONJUNCTION.search(after)) if m),
              key=lambda m: m.start(), default=None)
    return _norm(ev.sentence[:max(end, 0)] + (after[:cut.start()] if cut else after))


def _without_owners(text: str, names: tuple[str, ...]) -> str:
    """`text` with each of `names` that owns something ("london's mayor") blanked out."""
    if not names:
        return text
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    return re.sub(rf"(?<![\w-])(?:{alternation})'s?(?![\w-])", " ", text) if alternation else text


def _refers_to_force(window: str, sentence: str, names: tuple[str, ...]) -> bool:
    """Whether the figure's phrase points back to a force ("its 99 officers", "the force's shortfall")
    that its sentence names as such (not only inside a staff association's name: "X Police Federation")."""
    anaphors = tuple(cue for cue, kind in _cues().get("phrase", ()) if kind == "force-anaphor")
    if not names or not _has_any(window, anaphors):
        return False
    bodies = "|".join(re.escape(cue) for cue, kind in _cues().get("body", ()) if kind == "no-jurisdiction")
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    if not alternation:
        return False
    if bodies:
        sentence = re.sub(rf"(?<![\w-])(?:{alternation})\s+(?:{bodies})\b", " ", sentence)
    return _has_any(sentence, names)


def jurisdiction(figure: Figure, types: dict[str, tuple[str, ...]],
                 names: dict[str, tuple[str, ...]] | None = None) -> str:
    """The place the figure is of, else the police force it is about; "" when neither is stated (with
    `names`: in the figure's own phrase, so a place or force named elsewhere in the sentence or the
    article is not taken for it). A staff association or inspectorate is no jurisdiction."""
    window = phrases(figure)[4] + _norm(figure.measures)
    sentence = _norm(figure.evidence.sentence) if figure.evidence else window
    for key in (figure.place, figure.about if figure.about.startswith("org:") else ""):
        if not key or (key == figure.about and "PoliceBody" not in types.get(key, ())):
            continue
        known = tuple(_norm(n).strip() for n in (names or {}).get(key, ()))
        # a place the extractor read for the figure must be in its sentence up to the end of its clause (not in
        # a clause after it: "..., mainly because of a fall in London"), a force it is about in its phrase
        where = window if key == figure.about else _up_to_clause_end(figure) + _norm(figure.measures)
        if names is not None and not _has_any(where if key == figure.about else _without_owners(where, known), known) \
                and not (key == figure.about and _refers_to_force(window, sentence, known)):
            continue  # not there, or a place only as an owner: "England's largest force" is no figure of England
        titles = tuple(f"{n} {cue}" for n in known for cue, kind in _cues().get("after-place", ()))
        if _has_any(sentence, titles):
            continue  # "the Northshire MP": a constituency, not where the figure is of
        not_forces = tuple(cue for cue, kind in _cues().get("body", ()) if kind == "no-jurisdiction")
        if key == figure.about and _has_any(_norm(" ".join(known) or key.replace("-", " ")), not_forces):
            continue
        return key
    return ""


@dataclass(frozen=True)
class ClaimRow:
    """A claim as the graph holds it (IRIs and literals as text): what disagreements are found from."""

    figure: str
    measure: str
    jurisdiction: str
    start: str
    end: str
    kind: str
    unit: str
    value: Decimal
    article: str
    direction: str = ""


def claim_rows(triples: Iterable[tuple]) -> list[ClaimRow]:
    """The claims among (subject, predicate, object) triples of rdflib terms: every figure with a measure."""
    from .vocab import GB
    from rdflib.namespace import PROV

    wanted = {GB.measure: "measure", GB.claimJurisdiction: "jurisdiction", GB.periodStart: "start",
              GB.periodEnd: "end", GB.claimKind: "kind", GB.unit: "unit", GB.value: "value",
              PROV.wasDerivedFrom: "article", GB.changeDirection: "direction"}
    found: dict[str, dict[str, str]] = {}
    for s, p, o in triples:
        key = wanted.get(p)
        if key:
            found.setdefault(str(s), {})[key] = str(o)
    rows = []
    for figure, fields in sorted(found.items()):
        if "measure" in fields and "value" in fields:
            rows.append(ClaimRow(figure, fields["measure"], fields.get("jurisdiction", ""), fields.get("start", ""),
                                 fields.get("end", ""), fields.get("kind", ""), fields.get("unit", ""),
                                 Decimal(fields["value"]), fields.get("article", ""), fields.get("direction", "")))
    return rows


def _apart(a: Decimal, b: Decimal) -> Decimal:
    """How far apart two values are, as a share of the larger (0 when both are 0)."""
    larger = max(abs(a), abs(b))
    return (abs(a - b) / larger if larger else Decimal(0)).quantize(Decimal("0.0001"))


def disagreements(rows: Iterable[ClaimRow]) -> list[tuple[tuple[ClaimRow, ...], Decimal]]:
    """Claims that cannot all be right, with how far apart: (claims, relative difference).

    Two claims of different articles on the same measure, jurisdiction, period, kind and unit whose
    values differ by more than DISAGREEMENT of the larger; and a change (which way it went known) with
    the two levels at the start and end of its period, when the levels' difference is not the change.
    Only where jurisdiction and both ends of every period are known; projections are no facts to check."""
    rows = [r for r in rows if r.jurisdiction and r.start and r.end]
    groups: dict[tuple, list[ClaimRow]] = {}
    for row in rows:
        if row.kind in ("level", "change"):
            groups.setdefault((row.measure, row.jurisdiction, row.start, row.end, row.kind, row.unit), []).append(row)
    found = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda r: (r.value, r.figure))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.article != b.article and _apart(a.value, b.value) > DISAGREEMENT:
                    found.append(((a, b), _apart(a.value, b.value)))
    found.extend(_changes_against_levels(rows))
    return found


def _changes_against_levels(rows: list[ClaimRow]) -> list[tuple[tuple[ClaimRow, ...], Decimal]]:
    """A change against the one level the corpus states at each end of its period (a level whose
    period, a year at most, holds that day): "fell by 300 in 2019" against 2,100 and 1,700."""
    levels: dict[tuple, list[ClaimRow]] = {}
    for row in rows:
        if row.kind == "level" and row.unit not in ("percent", "ratio"):
            levels.setdefault((row.measure, row.jurisdiction, row.unit), []).append(row)
    found = []
    for change in sorted((r for r in rows if r.kind == "change" and r.direction), key=lambda r: r.figure):
        units = [change.unit] if change.unit not in ("percent", "ratio") else sorted(
            {u for (m, j, u) in levels if m == change.measure and j == change.jurisdiction})
        for unit in units:
            candidates = levels.get((change.measure, change.jurisdiction, unit), [])
            first, last = _level_at(candidates, change.start), _level_at(candidates, change.end)
            if first is None or last is None or first.figure == last.figure:
                continue
            if change.article == first.article == last.article:
                continue  # an article that contradicts itself is more likely misread
            stated = change.value if change.direction == "rise" else -change.value
            moved = last.value - first.value
            if change.unit == "percent":
                if not first.value:
                    continue
                moved = moved / first.value * 100
            elif change.unit == "ratio":
                if not first.value:
                    continue
                moved = moved / first.value
            difference = _apart(stated, moved)
            if difference > DISAGREEMENT:
                found.append(((change, first, last), difference))
    return found


def _level_at(levels: list[ClaimRow], day: str) -> ClaimRow | None:
    """The level the corpus states for `day`: the claims whose period (a year at most) holds it, if they
    all give one value; None when none or several do."""
    holding = [r for r in levels if r.start <= day <= r.end and _days(r.start, r.end) <= 366]
    values = {r.value for r in holding}
    return min(holding, key=lambda r: r.figure) if len(values) == 1 else None


def _days(start: str, end: str) -> int:
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days
