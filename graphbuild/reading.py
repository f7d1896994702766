"""Read an input file into text: decoding, binary detection, HTML extraction."""
from __future__ import annotations

import re

import codecs
from dataclasses import dataclass
from pathlib import Path

from .dates import html_publication_date
from .errors import InputError

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
        raise InputError(f"{path}: no such file; give a .txt or .html article or a folder of them")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the files inside it")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path) -> RawText:
    """Decode an article's bytes as if read from `path` (named in messages; its suffix says HTML)."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{path}: is {what}, not an article; give plain text or HTML")
    text, warnings = decode(data, path)
    is_html = path.suffix.lower() in (".html", ".htm") or _looks_like_html(text)
    published = outlet = ""
    if is_html:
        published, outlet = html_publication_date(text), html_outlet(text)
        text = html_main_text(text, path)
    if not text.strip():
        raise InputError(f"{path}: has no text; give a file with an article in it")
    return RawText(path.name, text, is_html, tuple(warnings), published, outlet)


_SITE_NAME = re.compile(r"""<meta\s[^>]*property\s*=\s*["']og:site_name["'][^>]*>""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{1,80})["']""", re.I)


def html_outlet(html: str) -> str:
    """The outlet a page names itself as (`<meta property="og:site_name" content="…">`), or ""."""
    import html as html_lib

    match = _SITE_NAME.search(html)
    content = _CONTENT.search(match.group(0)) if match else None
    return " ".join(html_lib.unescape(content.group(1)).split()) if content else ""


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a warning."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16"), []
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks binary (contains NUL bytes), not an article; give plain text or HTML")
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
        raise InputError(f"{path}: is not valid UTF-8 and does not look like Windows-1252 text; "
                         f"re-save it as UTF-8") from None
    return text, [f"{path.name}: not valid UTF-8; decoded as Windows-1252"]


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def html_main_text(html: str, path: Path) -> str:
    """The article body of a web page, paragraphs separated by blank lines."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InputError(f"{path}: is an HTML page with no article text that could be extracted")
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
