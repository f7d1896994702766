"""Turn raw article text into clean paragraphs, dropping page clutter.

Clutter is recognised by general signals, never by matching known strings:
lines repeated within the article, lines quoting several prices or a price
with subscription wording, and short unpunctuated lines that carry no clause
(promo headings, datelines, bylines). Photo captions keep their text — it is
the article's — but lose their credit ("(PA)", "Photograph: …").
Kept paragraphs are copied verbatim, so each one maps back to the original
by a single offset (`Article.paragraphs` with `origin_offsets`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from . import resources
from .dates import publication_date, starts_with_date
from .messages import shown
from .records import Article

TERMINAL = tuple('.?!…"”’\':;)')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PRICE = re.compile(r"[£$€¥]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion)?", re.I)
_PAREN_CREDIT = re.compile(r"\s*\((?:[A-Z][\w.&/' -]{0,40})\)\s*$")
_PHOTO_CREDIT = re.compile(
    r"(?:^|\s)(?:Photograph|Photo|Picture|Image|Credit|Illustration)\s*:\s*[^.!?]{2,80}\.?$"
)
MAX_SHORT_WORDS = 6
HEADLINE_LINES = 6  # a headline opens the text: after a dateline, a byline or a caption at most
MAX_HEADLINE_WORDS = 30
MAX_BYLINE_WORDS = 12
# "By Jane Doe and John Roe", "- By Jane Doe, Home Affairs Editor", "Authored by Jane": names after "by", nothing else
_BYLINE = re.compile(r"^[-–—•|\s]*(?:[Bb]y|[Aa]uthored by|[Ww]ritten by|[Ww]ords by|[Pp]osted by)\s+"
                     r"(?:[A-Z][\w'’.-]*|and|&)(?:[\s,|]+(?:[A-Z][\w'’.-]*|and|&))*\s*$")
MAX_BLOCK_WORDS = 12
MAX_PARAGRAPH_CHARS = 3000  # a longer line is cut into paragraphs at sentence ends (news paragraphs are far shorter)
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
_ASIDE = re.compile(r"^\([^()]*\)$")  # a line wholly in brackets: "(3 minutes ago)"
_PORTRAIT = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,4}Portrait\s+(?=\S)")
_HEADER = re.compile(
    rf"^(?:{_NAME}(?:\s\([A-Z][^()]{{1,60}}\)){{0,2}}|(?:The\s)?[A-Z][\w ,'’-]{{3,80}}\s\({_NAME}\))$"
)


@dataclass(frozen=True)
class CleanResult:
    article: Article
    dropped: tuple[str, ...]
    origin_offsets: tuple[int, ...]  # original offset of each kept paragraph


@lru_cache(maxsize=1)
def _promo_words() -> dict[str, tuple[str, ...]]:
    rows = resources.read_csv("gazetteer/boilerplate.csv")
    return {kind: tuple(r["phrase"].lower() for r in rows if r["kind"] == kind)
            for kind in ("subscription", "period", "levy")}


def _norm_line(line: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", line)).strip().casefold()


def _is_price_line(line: str) -> bool:
    """A price list or a subscription offer — not a news sentence that mentions money."""
    prices = _PRICE.findall(line)
    if not prices:
        return False
    low = line.lower()
    words = _promo_words()
    if any(word in low for word in words["levy"]):
        return False  # "a Band D household will pay £305.73 a year": a tax in the news, not an offer
    if len(prices) >= 3 and (not line.endswith(TERMINAL) or len(line.split()) <= 4 * len(prices)):
        return True  # a list of prices, not a paragraph of prose that names three sums
    if any(word in low for word in words["subscription"]):
        return True
    retail = any(re.search(r"\d\.\d\d\b", p) for p in prices)  # £5.99: a shop price, not a budget
    return retail and any(word in low for word in words["period"])


_FIELD = re.compile(r"^[A-Z][A-Za-z ]{1,20}:\s+(?P<value>.{2,120})$")


def names_a_body(line: str) -> bool:
    """A metadata line that names a known body ("Department: Home Office", "From: HM Treasury")."""
    from .gazetteer import load, strip_the

    match = _FIELD.match(line)
    if not match:
        return False
    index = load().org_index()
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("value"))
    return any(strip_the(part.strip()) in index for part in parts if part.strip())


def speaker_header(line: str) -> int | None:
    """Where the speaker's name starts if `line` heads a turn of a transcript, else None.

    "Jane Doe (Northtown) (Lab)", "The Minister for X (Mr John Roe)", and the
    same behind a web page's "Jane Doe Portrait " prefix. A bare name is a
    byline, not a speaker, unless the page marks it as a speaker.
    """
    prefix = _PORTRAIT.match(line)
    rest = line[prefix.end():] if prefix else line
    if not _HEADER.match(rest) or (not prefix and "(" not in rest):
        return None
    return prefix.end() if prefix else 0


def strip_credit(line: str) -> str:
    """A photo caption's text without its credit ("… (PA)", "… Photograph: Jane Doe")."""
    match = _PHOTO_CREDIT.search(line)
    if match:
        return line[: match.start()].rstrip()
    match = _PAREN_CREDIT.search(line)
    if match and not line[: match.start()].rstrip().endswith(TERMINAL):
        inner = match.group(0).strip()[1:-1]
        if len(inner.split()) <= 4:  # a credit is a name, not a clause
            return line[: match.start()].rstrip()
    return line


def clean(
    raw: str,
    source: str,
    *,
    has_clause: Callable[[list[str]], list[bool]] | None = None,
    warnings: Iterable[str] = (),
    published: str = "",
    outlet: str = "",
) -> CleanResult:
    """Clean `raw` into an Article whose text is the kept paragraphs joined by blank lines.

    `has_clause` tells, for a batch of lines, whether each contains a finite verb;
    without it, only very short unpunctuated lines are treated as clutter.
    `published` is a date known from elsewhere (an HTML page's metadata); without
    it the date is read from `raw`'s metadata lines, which cleaning drops.
    """
    text = _CONTROL.sub(" ", raw.replace("\r", "\n"))  # same length: offsets stay those of `raw`
    lines: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            lines.append((match.start() + len(line) - len(line.lstrip()), stripped))

    read = sum(len(line) for _, line in lines)
    # Transcript turn headers keep only the speaker part; captions are the article's
    # text (they name people and places), their credits are not.
    captions, headers = set(), set()
    credited = []
    for start, line in lines:
        at = speaker_header(line)
        if at is not None:
            headers.add(len(credited))
            credited.append((start + at, line[at:]))
            continue
        text_only = strip_credit(line)
        if text_only and text_only != line:  # a line that was all credit leaves no caption (nor marks the next line)
            captions.add(len(credited))
        if text_only:
            credited.append((start, text_only))
    lines, captions, headers, clutter = _split_lines(credited, captions, headers)
    counts = Counter(_norm_line(line) for _, line in lines)
    drop = [i in clutter for i in range(len(lines))]
    unpunctuated = [not line.endswith(TERMINAL) for _, line in lines]
    for i, (_, line) in enumerate(lines):
        if i in headers or drop[i]:
            continue
        if counts[_norm_line(line)] > 1 and len(line.split()) <= 25 and not (i not in captions and _first_of_a_pair(lines, i)):
            drop[i] = True
        elif _is_price_line(line) or (_ASIDE.match(line) and len(line.split()) <= MAX_BLOCK_WORDS):
            drop[i] = True

    # Short unpunctuated lines after the first one are headings, datelines or promos
    # unless they carry a clause.
    fields = {i for i, (_, line) in enumerate(lines) if unpunctuated[i] and names_a_body(line)}
    fields |= _list_items(lines)  # "It will:" and its bullet points: the article's own words
    heading = _heading_line(lines, captions)  # after a dateline or byline, the headline is no promo
    candidates = [i for i in range(1, len(lines)) if unpunctuated[i] and not drop[i] and i != heading
                  and i not in captions and i not in headers and i not in fields]
    clause = has_clause([lines[i][1] for i in candidates]) if has_clause and candidates else None
    for n, i in enumerate(candidates):
        words = len(lines[i][1].split())
        if words <= MAX_SHORT_WORDS and not _starts_quote(lines[i][1]):
            drop[i] = True
        elif clause is not None and not clause[n]:
            drop[i] = True
    # An unpunctuated line touching a dropped block belongs to that block; its own second copy (a
    # standfirst printed again as a caption) is no such block.
    def twin(i: int) -> bool:
        return _norm_line(lines[i][1]) == _norm_line(lines[i + 1][1])

    changed = True
    while changed:
        changed = False
        for i in range(1, len(lines)):
            if drop[i] or not unpunctuated[i] or _starts_quote(lines[i][1]) or i in captions or i in headers \
                    or i in fields or i == heading or len(lines[i][1].split()) > MAX_BLOCK_WORDS:
                continue
            if (drop[i - 1] and i - 1 > 0) or (i + 1 < len(lines) and drop[i + 1] and not twin(i)):
                drop[i] = changed = True

    kept = [(start, line) for (start, line), d in zip(lines, drop) if not d]
    kept_index = [i for i, d in enumerate(drop) if not d]
    turns = tuple(n for n, i in enumerate(kept_index) if i in headers)
    dropped = tuple(line for (_, line), d in zip(lines, drop) if d)
    parts, spans, origins, pos = [], [], [], 0
    for start, line in kept:
        if parts:
            pos += 2
        spans.append((pos, pos + len(line)))
        origins.append(start)
        parts.append(line)
        pos += len(line)
    cleaned = "\n\n".join(parts)
    warnings = tuple(warnings) + _removal_warning(source, read, sum(len(line) for line in parts))
    repeated = {i for i, (_, line) in enumerate(lines) if counts[_norm_line(line)] > 1}
    title = _title(lines, [not d or i in repeated for i, d in enumerate(drop)], unpunctuated, captions)
    article = Article(
        source=source,
        title=title,
        text=cleaned,
        content_hash=hashlib.sha256(cleaned.encode("utf-8")).hexdigest(),
        paragraphs=tuple(spans),
        speaker_turns=turns,
        published=published or publication_date(raw),
        outlet=outlet,
        warnings=tuple(warnings),
    )
    return CleanResult(article, dropped, tuple(origins))


_BULLET = re.compile(r"^[•●▪◦‣∙]\s*\S")


def _list_items(lines) -> set[int]:
    """Bullet points of a list a line ending in a colon opens ("The panel will:" and "• Review the plan"):
    a list's items are the article's words, however short or verbless (a list of links has no such opener)."""
    items: set[int] = set()
    for i in range(1, len(lines)):
        if _BULLET.match(lines[i][1]) and (lines[i - 1][1].rstrip().endswith(":") or i - 1 in items):
            items.add(i)
    return items


# the end of a sentence inside a line: a full stop (and any closing quote) before a capital or a digit
_SENTENCE_END = re.compile(r"""[.!?…]["”’')\]]*\s+(?=["“‘'(\[]?[A-Z0-9£$€])""")


def _sentences(start: int, line: str) -> list[tuple[int, str]]:
    """The sentences of a line, each verbatim with its offset."""
    found, at = [], 0
    for match in _SENTENCE_END.finditer(line):
        piece = line[at:match.end()].rstrip()
        if piece:
            found.append((start + at, piece))
        at = match.end()
    if line[at:].strip():
        found.append((start + at, line[at:].rstrip()))
    return found


def _split_lines(lines, captions: set, headers: set):
    """Lines split at sentence ends where one line holds what is not one paragraph.

    - A price line that holds prose too (a text that arrived as one paragraph, with a subscription
      pitch inside): the pitch goes, the prose around it stays. A run of prose too short to be
      prose (a "Subscribe now." beside the offer) goes with the clutter.
    - A line longer than MAX_PARAGRAPH_CHARS (a page scraped without breaks, a PDF's text) becomes
      paragraphs of at most that length, cut after a sentence: what reads "the paragraph" around a
      quote or a figure then reads a paragraph, not the whole text (and costs what it costs in a
      text with breaks).

    Every piece is verbatim with its own offset. Returns the lines, the caption and header indices
    renumbered, and the indices of the clutter lines.
    """
    out, new_captions, new_headers, clutter = [], set(), set(), set()
    for i, (start, line) in enumerate(lines):
        pitch = i not in headers and _is_price_line(line)
        sentences = _sentences(start, line) if pitch or (i not in headers and len(line) > MAX_PARAGRAPH_CHARS) else []
        runs: list[tuple[bool, list]] = []
        for sentence in sentences:
            flag = pitch and _is_price_line(sentence[1])
            if runs and runs[-1][0] == flag:
                runs[-1][1].append(sentence)
            else:
                runs.append((flag, [sentence]))
        runs = [(flag or (pitch and sum(len(s.split()) for _, s in run) <= MAX_BLOCK_WORDS), run)
                for flag, run in runs]
        if not sentences or (pitch and (len(sentences) < 2 or all(flag for flag, _ in runs))):
            if i in captions:
                new_captions.add(len(out))
            if i in headers:
                new_headers.add(len(out))
            out.append((start, line))
            continue
        for flag, run in runs:
            for piece in ([run] if flag else _packed(run)):
                first, last = piece[0][0], piece[-1][0] + len(piece[-1][1])
                if flag:
                    clutter.add(len(out))
                elif i in captions:
                    new_captions.add(len(out))
                out.append((first, line[first - start:last - start]))
    return out, new_captions, new_headers, clutter


def _packed(sentences: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Consecutive sentences in groups of at most MAX_PARAGRAPH_CHARS (a longer sentence alone)."""
    groups: list[list[tuple[int, str]]] = []
    for start, sentence in (piece for s in sentences for piece in _at_spaces(*s)):
        if groups and start + len(sentence) - groups[-1][0][0] <= MAX_PARAGRAPH_CHARS:
            groups[-1].append((start, sentence))
        else:
            groups.append([(start, sentence)])
    return groups


def _at_spaces(start: int, sentence: str) -> list[tuple[int, str]]:
    """A sentence longer than MAX_PARAGRAPH_CHARS (text without full stops) cut at spaces, verbatim."""
    pieces = []
    while len(sentence) > MAX_PARAGRAPH_CHARS:
        cut = sentence.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
        if cut <= 0:
            break
        pieces.append((start, sentence[:cut].rstrip()))
        rest = sentence[cut:].lstrip()
        start, sentence = start + len(sentence) - len(rest), rest
    return [*pieces, (start, sentence)]


def _removal_warning(source: str, read: int, kept: int) -> tuple[str, ...]:
    """A warning when cleaning took more than half of a text: clutter seldom outweighs an article,
    so a reader should look at what went (an article's own prose read as clutter, or a page of clutter)."""
    if not kept or read - kept <= read / 2:
        return ()
    return (f"{shown(source)}: cleaning removed {read - kept:,} of {read:,} characters ({(read - kept) / read:.0%}) "
            f"as page clutter; check that the article's own text was kept",)


def _ends_open(line: str) -> bool:
    """Does the line leave a double quote open (more opening than closing marks)?"""
    curly = line.count("“") - line.count("”")
    return curly > 0 or (line.count('"') % 2 == 1 and "“" not in line)


def _first_of_a_pair(lines, i: int) -> bool:
    """A line printed twice in a row, repeated nowhere else (a standfirst and its caption): the text is the
    article's, so its first copy stays; page furniture repeats far apart (a promo above and below)."""
    norm = _norm_line(lines[i][1])
    copies = [j for j, (_, line) in enumerate(lines) if _norm_line(line) == norm]
    return copies == [i, i + 1]


def _starts_quote(line: str) -> bool:
    return line[:1] in "\"“‘'"


def _is_furniture(line: str) -> bool:
    """A dateline or a byline: page furniture above a headline."""
    return bool(_BYLINE.match(line) and len(line.split()) <= MAX_BYLINE_WORDS) or starts_with_date(line)


def _heading_line(lines, captions) -> int | None:
    """The index of the first of the opening lines that is no dateline, byline or caption."""
    for i, (_, line) in enumerate(lines[:HEADLINE_LINES]):
        if i not in captions and not _is_furniture(line):
            return i
    return None


def _title(lines, usable, unpunctuated, captions) -> str:
    """The headline: the first opening line that is no dateline, byline or photo caption, if it is a heading
    (no sentence end); else the first sentence of the first such line. `usable` marks the lines cleaning kept,
    and those it dropped only for being repeated (a headline printed twice is still the headline)."""
    candidates = [i for i, (_, line) in enumerate(lines) if usable[i] and i not in captions
                  and not _is_furniture(line)]
    if not candidates:
        return ""
    first = candidates[0]
    line = lines[first][1]
    if first < HEADLINE_LINES and unpunctuated[first] and len(line.split()) <= MAX_HEADLINE_WORDS:
        return line
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    return sentence if len(sentence) <= 120 else sentence[:117].rstrip() + "…"
