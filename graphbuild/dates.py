"""An article's publication date, as an ISO date (YYYY-MM-DD) or "" when unknown.

Cross-article resolution needs to know when each article was written, so that
it only merges facts whose times can overlap. The date is read from the page's
metadata — never from the story, whose dates are those of the events it tells.
"""
from __future__ import annotations

import datetime
import re

HEAD_LINES = 15  # metadata sits above the story: a dateline, byline, "Published ..." line
MAX_META_CHARS = 80  # longer lines are the story's sentences
MAX_SENTENCE_WORDS = 6  # a line ending in . ! ? with more words is a sentence, not a dateline

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR})"  # 13 July 2023
    rf"|(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})"  # March 12, 2019
    rf"|(?P<iso_y>{_YEAR})(?P<iso_sep>[-/])(?P<iso_m>\d\d)(?P=iso_sep)(?P<iso_d>\d\d)"  # 2019-03-12(T10:00)
    rf"|(?P<num_d>\d\d?)(?P<num_sep>[/.-])(?P<num_m>\d\d?)(?P=num_sep)(?P<num_y>{_YEAR})"  # 12/03/2019, day first (UK)
    rf")(?!(?!T\d)[\w/-]|\.\d)",  # "2019-03-12T10:00:00Z" keeps its date
    re.IGNORECASE,
)
_LABEL_WORDS = r"(?:first\s+published|last\s+modified|last\s+updated|published|updated|posted|date)\b"
_LABEL = re.compile(rf"^{_LABEL_WORDS}", re.IGNORECASE)
# A date after one of these words is part of a phrase ("the bombings of 7 July 2005"), not a dateline.
_PROSE_BEFORE = re.compile(r"\b(?:on|in|of|since|until|till|from|to|before|after|between|and|by)\s*$",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*$")
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:,?\s*(?:at\s+)?\d\d?[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:BST|GMT|UTC|CET))?)"
_LABEL_PREFIX = rf"(?:{_LABEL_WORDS}(?:\s+on)?:?\s*)"
# A line made only of a date, with a two-digit year ("8 Jan 18"): too ambiguous inside prose, a dateline alone.
_SHORT_YEAR_LINE = re.compile(
    rf"^{_LABEL_PREFIX}?{_WEEKDAY}?(?P<d>{_DAY})\s+(?P<m>{_MONTH})\s+'?(?P<y>\d\d){_TIME}?$", re.IGNORECASE)
# A line that opens with a date: a dateline, possibly followed by a time or page furniture.
_DATELINE_START = re.compile(rf"^[-–—|•\s]*{_LABEL_PREFIX}?{_WEEKDAY}?(?=\S)", re.IGNORECASE)


def publication_date(text: str) -> str:
    """The first full date (day, month and year) in the metadata lines heading a raw article text.

    Only the first HEAD_LINES non-empty lines are read, and of those only
    metadata-like ones: short lines that are not sentences, or lines labelled
    "Published", "Updated", "Posted", "Date" ... . A date inside a sentence is
    an event in the story. Numeric dates are read day first (British usage).
    Returns "" when no valid full date is found.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        short = _SHORT_YEAR_LINE.match(line)
        if short:
            found = _valid(2000 + int(short["y"]), _MONTHS[short["m"][:3].lower()], int(re.match(r"\d+", short["d"]).group(0)))
            if found:
                return found
        labelled = bool(_LABEL.match(line))
        if not labelled and not _metadata_like(line):
            continue
        for match in _DATE.finditer(line):
            if not labelled and _PROSE_BEFORE.search(line[: match.start()]):
                continue
            found = _iso(match)
            if found:
                return found
    return ""


def html_publication_date(html: str) -> str:
    """The publication date a web page declares in its markup, or "".

    trafilatura's metadata reads it with htmldate (meta tags such as
    article:published_time, JSON-LD, <time> elements, the URL). Its extensive
    search, which guesses from dates in the visible text, is off: those are
    the story's dates, not the page's.
    """
    try:
        import trafilatura

        metadata = trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # a page trafilatura cannot parse simply has no known date
        return ""
    found = getattr(metadata, "date", None) or ""
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", found)
    return _valid(*(int(part) for part in match.groups())) if match else ""


def _metadata_like(line: str) -> bool:
    if len(line) >= MAX_META_CHARS:
        return False
    return not (_SENTENCE_END.search(line) and len(line.split()) > MAX_SENTENCE_WORDS)


def _iso(match: re.Match) -> str:
    groups = match.groupdict()
    for form in ("dmy", "mdy", "iso", "num"):
        if groups[f"{form}_y"]:
            day, month, year = (groups[f"{form}_{part}"] for part in "dmy")
            month_number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            return _valid(int(year), month_number, int(re.match(r"\d+", day).group(0)))
    return ""


def _valid(year: int, month: int, day: int) -> str:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:  # 31 February, month 13
        return ""


def starts_with_date(line: str) -> bool:
    """Is the line a dateline: a full date first ("13 July 2023", "Published: Monday 12 March 2018 10:02",
    "May 23, 2013 3.18 pm ...", "8 Jan 18")? Such a line is never a headline."""
    line = line.strip()
    if _SHORT_YEAR_LINE.match(line):
        return True
    lead = _DATELINE_START.match(line)
    match = _DATE.match(line, lead.end() if lead else 0)
    return bool(match and _iso(match))
