"""What is known of an article besides its text: date, headline, outlet, address.

Plain text carries none of it reliably, so a user states it: in a sidecar file
(`story.txt` + `story.meta.json`), in front matter heading the text (a block of
`key: value` lines between two `---` lines), or in a corpus manifest (a CSV of
`file,published,headline,outlet,url`). The keys are those of
`graphbuild.extract(..., published=, title=, outlet=, url=)`; `headline` is
accepted for `title`. What is stated wins over what is read from the text (a
dateline, the first line), and a manifest row wins over a sidecar, which wins
over front matter. Nothing here executes anything: JSON, CSV and plain lines.
"""
from __future__ import annotations

import csv
import datetime
import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import InputError

KEYS = ("published", "title", "outlet", "url")
ALIASES = {"headline": "title", "date": "published", "date_published": "published", "datepublished": "published",
           "source": "outlet", "site": "outlet", "link": "url", "address": "url"}
SIDECAR_SUFFIX = ".meta.json"
MANIFEST_FILE_COLUMN = "file"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)---[ \t]*(?:\r?\n|\Z)")
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w -]*?)\s*:\s*(?P<value>.*?)\s*$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleMeta:
    """Stated metadata; "" where nothing is stated."""

    published: str = ""  # ISO date
    title: str = ""
    outlet: str = ""
    url: str = ""

    def over(self, other: "ArticleMeta") -> "ArticleMeta":
        """This metadata, with `other`'s values where this states none."""
        return ArticleMeta(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def apply(self, article):
        """The Article (a `records.Article`) with every stated value in place of what was read."""
        stated = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        return replace(article, **stated) if stated else article


def parse(values: dict, where: str) -> ArticleMeta:
    """ArticleMeta from a mapping of keys to strings; a bad key or value is an InputError naming `where`."""
    found: dict[str, str] = {}
    for raw_key, raw_value in values.items():
        key = str(raw_key).strip().lower().replace("-", "_")
        key = ALIASES.get(key, key)
        if key not in KEYS:
            valid = ", ".join(KEYS + tuple(sorted(ALIASES)))
            raise InputError(f"{where}: unknown metadata key {str(raw_key)!r}; valid keys: {valid}")
        if raw_value is None:
            continue
        if not isinstance(raw_value, (str, int, float)):
            raise InputError(f"{where}: metadata {key!r} must be a string, not {type(raw_value).__name__}")
        value = " ".join(str(raw_value).split())
        if value:
            found[key] = check_value(key, value, where)
    return ArticleMeta(**found)


def check_value(key: str, value: str, where: str) -> str:
    """`value` normalised for `key`: a date as ISO YYYY-MM-DD, a URL as http(s) without spaces."""
    if key == "published":
        return iso_date(value, where)
    if key == "url" and not _URL.match(value):
        raise InputError(f"{where}: url {value!r} is not an http(s) address")
    return value


def iso_date(value, where: str) -> str:
    """An ISO date from a date, a datetime or a string starting YYYY-MM-DD (a timestamp keeps its date)."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).strip()
    match = re.match(r"(\d{4}-\d\d-\d\d)(?:$|[T ])", text)
    try:
        return datetime.date.fromisoformat(match.group(1) if match else text).isoformat()
    except ValueError:
        raise InputError(f"{where}: published date {value!r} is not a date; give YYYY-MM-DD") from None


def sidecar_path(path: Path) -> Path:
    """`story.txt` -> `story.meta.json` beside it."""
    name = path.name
    stem = name[: -len(path.suffix)] if path.suffix else name
    return path.with_name(stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> ArticleMeta:
    """The metadata of the sidecar beside the article file `path`, or empty metadata when there is none."""
    side = sidecar_path(path)
    try:
        data = side.read_bytes()
    except FileNotFoundError:
        return ArticleMeta()
    except OSError as exc:
        raise InputError(f"{_shown(side)}: cannot read the metadata file ({exc.strerror or exc})") from None
    try:
        values = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{_shown(side)}: not a JSON object of metadata ({_first_line(exc)})") from None
    if not isinstance(values, dict):
        raise InputError(f"{_shown(side)}: not a JSON object of metadata (keys: {', '.join(KEYS)})")
    return parse(values, _shown(side))


def split_front_matter(text: str, where: str) -> tuple[ArticleMeta, str]:
    """(the metadata of a front-matter block heading `text`, the text with the block blanked out).

    The block is replaced by as many spaces and newlines as it had characters, so
    offsets into the rest of the text do not move."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return ArticleMeta(), text
    values: dict[str, str] = {}
    for line in match["body"].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _FRONT_LINE.match(line)
        if not pair:
            raise InputError(f"{where}: front matter line {line.strip()!r} is not 'key: value'")
        values[pair["key"]] = pair["value"].strip().strip("\"'")
    blank = re.sub(r"[^\n]", " ", match.group(0))
    return parse(values, f"{where} (front matter)"), blank + text[match.end():]


def read_manifest(path: Path) -> dict[Path, ArticleMeta]:
    """Metadata by article file from a CSV manifest (`file` names a path relative to the manifest's folder)."""
    where = _shown(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{where}: cannot read the manifest ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{where}: the manifest is not UTF-8 text") from None
    try:
        reader = csv.DictReader(text.splitlines())
        header = [h.strip() for h in reader.fieldnames or []]
        if MANIFEST_FILE_COLUMN not in [h.lower() for h in header]:
            raise InputError(f"{where}: the manifest needs a '{MANIFEST_FILE_COLUMN}' column "
                             f"(columns: {MANIFEST_FILE_COLUMN}, published, headline, outlet, url)")
        out: dict[Path, ArticleMeta] = {}
        for number, row in enumerate(reader, 2):
            values = {str(k).strip(): v for k, v in row.items() if k is not None}
            if None in row:
                raise InputError(f"{where}: line {number} has more fields than the header")
            file_key = next(k for k in values if k.lower() == MANIFEST_FILE_COLUMN)
            name = (values.pop(file_key) or "").strip()
            if not name:
                raise InputError(f"{where}: line {number} names no file")
            target = (path.parent / name).resolve()
            if target in out:
                raise InputError(f"{where}: line {number} names {name!r} a second time")
            out[target] = parse(values, f"{where}: line {number}")
    except csv.Error as exc:
        raise InputError(f"{where}: not a CSV manifest ({exc})") from None
    return out


def _shown(path: Path) -> str:
    return ascii(str(path))[1:-1] if not str(path).isprintable() else str(path)


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
