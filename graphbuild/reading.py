"""Read an input file into text: decoding, binary detection, HTML extraction."""
from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .dates import html_publication_date
from .errors import InputError
from .messages import shown

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


@dataclass(frozen=True)
class RawText:
    source: str
    text: str
    is_html: bool
    warnings: tuple[str, ...] = ()
    published: str = ""  # an HTML page's declared publication date (ISO); its text loses the markup
    outlet: str = ""  # the site an HTML page names itself as (its og:site_name), "" when it names none


def read_input(path: Path) -> RawText:
    """Decode one file; HTML pages are reduced to their main text."""
    if not path.exists():
        raise InputError(f"{shown(path)}: no such file; give a .txt or .html article or a folder of them")
    if path.is_dir():
        raise InputError(f"{shown(path)}: is a folder; give the files inside it")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown(path)}: cannot be read ({exc.strerror})") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path) -> RawText:
    """Decode an article's bytes as if read from `path` (named in messages; its suffix says HTML)."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{shown(path)}: is {what}, not an article; give plain text or HTML")
    text, warnings = decode(data, path)
    is_html = path.suffix.lower() in (".html", ".htm") or _looks_like_html(text)
    published = outlet = ""
    if is_html:
        published, outlet = html_publication_date(text), html_outlet(text)
        text = html_main_text(text, path)
    if is_blank(text):
        raise InputError(f"{shown(path)}: has no text; give a file with an article in it")
    return RawText(path.name, text, is_html, tuple(warnings), published, outlet)


# characters that show nothing although they are not white space: zero-width spaces and joiners, the
# BOM, bidirectional marks (Unicode category Cf), variation selectors and the Hangul fillers
_INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800") | frozenset(map(chr, range(0xFE00, 0xFE10)))


def is_blank(text: str) -> bool:
    """Does the text show nothing: only white space, control and zero-width (format) characters?"""
    return all(ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) in ("Cf", "Cc") for ch in text)


_SITE_NAME = re.compile(r"""<meta\s[^>]*property\s*=\s*["']og:site_name["'][^>]*>""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{1,80})["']""", re.I)


def html_outlet(html: str) -> str:
    """The outlet a page names itself as (`<meta property="og:site_name" content="…">`), or ""."""
    import html as html_lib

    match = _SITE_NAME.search(html)
    content = _CONTENT.search(match.group(0)) if match else None
    return " ".join(html_lib.unescape(content.group(1)).split()) if content else ""


# a byte-order mark and the encoding it declares; UTF-32's before UTF-16's, since the UTF-32-LE
# mark (FF FE 00 00) begins with the UTF-16-LE one (FF FE)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-32 or UTF-16 with BOM, else Windows-1252 with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(f"{shown(path)}: starts with a {encoding.upper()} byte-order mark but is not "
                                 f"valid {encoding.upper()} (at byte {exc.start}); re-save it as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{shown(path)}: looks binary (contains NUL bytes), not an article; give plain text or HTML")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    non_ascii = sum(ord(ch) > 127 for ch in text)
    if not text or non_ascii > max(8, 0.05 * len(text)):
        # Windows-1252 prose is mostly ASCII with the odd curly quote or pound sign;
        # anything denser is another encoding or binary data.
        raise InputError(f"{shown(path)}: is not valid UTF-8 and does not look like Windows-1252 text; "
                         f"re-save it as UTF-8") from None
    return text, [f"{shown(path.name)}: not valid UTF-8; decoded as Windows-1252"]


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def html_main_text(html: str, path: Path) -> str:
    """The article body of a web page, paragraphs separated by blank lines."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InputError(f"{shown(path)}: is an HTML page with no article text that could be extracted")
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Inputs:
    """The article files a build reads, and the folders under its inputs that could not be listed."""

    files: list[Path]
    unreadable: list[tuple[Path, str]]  # (folder, why), e.g. (news/locked, "Permission denied")


def find_inputs(inputs) -> Inputs:
    """Files as given; folders contribute their article files, sorted. A folder that cannot be listed
    is no silent gap: it is returned with the reason (a build reports it as a failed input)."""
    files: list[Path] = []
    unreadable: list[tuple[Path, str]] = []
    for path in inputs:
        if path.is_dir():
            missed: list[tuple[Path, str]] = []
            found = sorted(_article_files(path, missed))
            if path in dict(missed) and not found:
                raise InputError(f"{shown(path)}: folder cannot be read ({dict(missed)[path]})")
            if not found:
                more = "".join(f"; {shown(p)}: folder cannot be read ({why})" for p, why in missed)
                raise InputError(f"{shown(path)}: folder has no articles ({', '.join(ARTICLE_SUFFIXES)} files)"
                                 f"{more}")
            files.extend(found)
            unreadable.extend(missed)
        elif not path.exists():
            raise InputError(f"{shown(path)}: no such file or folder; give .txt or .html articles or folders of them")
        else:
            files.append(path)
    return Inputs(files, unreadable)


def _article_files(folder: Path, missed: list[tuple[Path, str]]):
    """Article files under `folder` (symbolic links to folders are not followed); folders that cannot
    be listed go to `missed`."""
    def error(exc: OSError) -> None:
        missed.append((Path(exc.filename) if exc.filename else folder, exc.strerror or str(exc)))

    for root, _, names in os.walk(folder, onerror=error):
        for name in names:
            path = Path(root) / name
            if path.suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".") and _is_file(path):
                yield path


def _is_file(path: Path) -> bool:
    """A regular file (through links); one that cannot be looked at is kept, so that reading it reports why."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except PermissionError:
        return True
    except (OSError, ValueError):
        return False


SPOOL_BYTES_PER_CHAR = 16  # a pipe is read up to this many bytes per --max-chars character (HTML is mostly markup)


def spool_streams(paths: list[Path], folder: Path, *, max_chars: int) -> tuple[list[Path], dict[Path, Path]]:
    """Pipes, FIFOs and devices (`/dev/stdin`, `<(…)`) read once into files under `folder`.

    A stream gives its bytes once: anything that reads an input twice (its content hash for the
    cache, then the article) would find it empty, or wait forever on a FIFO whose writer has gone.
    Each stream becomes a regular file of the same name; returns the paths to read and, for each
    spooled file, the path it stands for (to name in messages).
    """
    spooled: dict[Path, Path] = {}
    read_as: list[Path] = []
    limit = SPOOL_BYTES_PER_CHAR * max_chars + 4
    for index, path in enumerate(paths):
        try:
            regular = stat.S_ISREG(path.stat().st_mode) or path.is_dir()
        except OSError:
            regular = True  # reading it reports why it cannot be read
        if regular:
            read_as.append(path)
            continue
        again = next((target for target, source in spooled.items() if source == path), None)
        if again is not None:  # named twice: a stream gives its bytes once
            read_as.append(again)
            continue
        try:
            with open(path, "rb") as stream:
                data = stream.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{shown(path)}: cannot be read ({exc.strerror})") from None
        if len(data) > limit:
            raise InputError(f"{shown(path)}: gives more than {limit:,} bytes, over what --max-chars "
                             f"{max_chars:,} allows; raise --max-chars or give a file")
        target = folder / str(index) / (path.name or "input")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        spooled[target] = path
        read_as.append(target)
    return read_as, spooled
