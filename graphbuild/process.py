"""Per-article processing: read, clean, check, parse (in batches or chunks), extract.

One bad article never stops the others: each yields an ArticleResult whose
report says what happened to it.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import gazetteer as gazetteer_mod
from .cleaning import clean
from .errors import GraphbuildError, InputError
from .extract.article import extract
from .messages import shown
from .nlp import load_pipeline
from .metadata import split_front_matter
from .reading import RawText, read_input
from .records import Article, Extraction

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default limit for one text
CHUNK_CHARS = 100_000  # long texts are parsed in pieces of about this size, cut at paragraph breaks
MIN_ENGLISH_STOPWORD_SHARE = 0.15


@dataclass
class ArticleReport:
    source: str
    status: str  # ok | failed
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    unattributed: list[dict] = field(default_factory=list)  # quotes whose speaker the text leaves unclear
    dropped: list[dict] = field(default_factory=list)  # statements left out because they break the shapes

    def as_json(self) -> dict:
        return {"source": self.source, "status": self.status, "message": self.message, "counts": self.counts,
                "warnings": self.warnings, "seconds": round(self.seconds, 3), "cached": self.cached,
                "unattributed": self.unattributed, "dropped": self.dropped}


@dataclass
class ArticleResult:
    path: Path
    report: ArticleReport
    extraction: Extraction | None = None


def clause_detector(nlp):
    """A `has_clause` for cleaning: does each line contain a finite verb?"""
    disabled = [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger", "attribute_ruler")]

    def has_clause(lines: list[str]) -> list[bool]:
        with nlp.select_pipes(disable=disabled):
            return [any(t.tag_ in FINITE_TAGS for t in doc) for doc in nlp.pipe(lines)]

    return has_clause


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def language_warning(article: Article) -> str:
    """A warning when the text does not look English (too few English function words)."""
    words = re.findall(r"[^\W\d_]+", article.text.lower())
    if len(words) < 20:
        return ""
    share = sum(w in _stop_words() for w in words) / len(words)
    if share < MIN_ENGLISH_STOPWORD_SHARE:
        return (f"{shown(article.source)}: does not look like English ({share:.0%} English function words); "
                f"extracted on a best-effort basis")
    return ""


def read_article(path: Path, nlp, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read and clean one file; raises InputError with a one-line reason."""
    return prepare_article(read_input(path), nlp, where=path, max_chars=max_chars)


def prepare_article(raw: RawText, nlp, *, where: Path | str, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Check and clean read text (from a file or from memory; `where` names it in messages)."""
    if len(raw.text) > max_chars:
        raise InputError(f"{shown(where)}: {len(raw.text):,} characters is over the limit of {max_chars:,}; "
                         f"raise it with --max-chars (long texts are parsed in {CHUNK_CHARS:,}-character pieces)")
    stated, text = split_front_matter(raw.text, str(where))
    article = clean(text, raw.source, has_clause=clause_detector(nlp), warnings=raw.warnings,
                    published=raw.published, outlet=raw.outlet).article
    article = stated.apply(article)
    if not article.text.strip():
        raise InputError(f"{shown(where)}: nothing is left after removing page clutter; is it an article?")
    warning = language_warning(article)
    if warning:
        article = replace(article, warnings=article.warnings + (warning,))
    return article


def parse(nlp, article: Article):
    """The parsed Doc; texts over CHUNK_CHARS are parsed in paragraph-aligned pieces and joined,
    so memory for parsing stays bounded and offsets stay those of the whole text."""
    text = article.text
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        pieces.append(text[start:end])
        start = end
    docs = list(nlp.pipe(pieces, batch_size=4))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_many(nlp, articles: list[Article], *, batch_size: int = 16) -> list:
    """The Docs of `articles` in order: short texts through `nlp.pipe` in batches, long ones in chunks."""
    short = [a for a in articles if len(a.text) <= CHUNK_CHARS]
    docs = dict(zip((id(a) for a in short), nlp.pipe([a.text for a in short], batch_size=batch_size)))
    return [docs[id(a)] if id(a) in docs else parse(nlp, a) for a in articles]


def _counts(extraction: Extraction) -> dict[str, int]:
    return {"entities": len(extraction.entities), "roles": len(extraction.roles), "quotes": len(extraction.quotes),
            "figures": len(extraction.figures), "policies": len(extraction.policies),
            "relations": len(extraction.relations)}


def process_paths(paths: Iterable[Path], *, model: str, max_chars: int = DEFAULT_MAX_CHARS,
                  batch_size: int = 16) -> Iterator[ArticleResult]:
    """Results in input order, in this process; parsed with nlp.pipe in batches, long texts in chunks."""
    nlp = load_pipeline(model)
    gaz = gazetteer_mod.load()
    batch: list[tuple[Path, Article, float]] = []

    def flush():
        docs = parse_many(nlp, [a for _, a, _ in batch], batch_size=batch_size)
        for (path, article, started), doc in zip(batch, docs):
            yield _extract_one(path, article, doc, gaz, started)
        batch.clear()

    for path in paths:
        started = time.perf_counter()
        try:
            article = read_article(path, nlp, max_chars=max_chars)
        except GraphbuildError as exc:
            yield from flush()
            yield ArticleResult(path, ArticleReport(path.name, "failed", str(exc),
                                                    seconds=time.perf_counter() - started))
            continue
        batch.append((path, article, started))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def unattributed_quotes(extraction: Extraction) -> list[dict]:
    """Quotes kept without a speaker, for the report: a reader may attribute them by hand."""
    return [{"text": q.text if len(q.text) <= 80 else q.text[:79] + "…",
             "start": q.evidence.start if q.evidence else None}
            for q in extraction.quotes if not q.speaker]


def _extract_one(path: Path, article: Article, doc, gaz, started: float) -> ArticleResult:
    extraction = extract(doc, article, gazetteer=gaz)
    report = ArticleReport(article.source, "ok", counts=_counts(extraction), warnings=list(article.warnings),
                           seconds=time.perf_counter() - started, unattributed=unattributed_quotes(extraction))
    return ArticleResult(path, report, extraction)
