"""The build: input files -> articles -> extractions -> graph -> files on disk.

`build()` is the plain importable function behind `graphbuild build`.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from rdflib import Graph
from rdflib.namespace import RDF

from . import gazetteer as gazetteer_mod
from . import iris
from .cleaning import clean
from .errors import InputError
from .extract.article import extract
from .nlp import choose_model, load_pipeline
from .reading import ARTICLE_SUFFIXES, read_input
from .records import Article, Extraction
from .vocab import GB

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


@dataclass
class BuildResult:
    graph: Graph
    extractions: list[Extraction]
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    model: str = ""
    warnings: list[str] = field(default_factory=list)

    def class_counts(self) -> dict[str, int]:
        counts = Counter()
        for _, cls in self.graph.subject_objects(RDF.type):
            if str(cls).startswith(GB._NS):
                counts[str(cls)[len(GB._NS):]] += 1
        return dict(sorted(counts.items()))


def check(graph: Graph, validation: str) -> list[str]:
    """Validate before anything is written: "strict" raises, "warn" returns the violations, "skip" skips."""
    from .validate import InvalidGraphError, validate

    if validation == "skip":
        return []
    report = validate(graph)
    if report.conforms:
        return []
    if validation == "strict":
        first = report.violations[0].line() if report.violations else "no details"
        raise InvalidGraphError(
            f"the graph does not conform to the shapes ({len(report.violations)} violation(s); first: "
            f"{first}); nothing written; use --allow-invalid to write it anyway")
    return [v.line() for v in report.violations]


def _merge(named, base: str) -> Graph:
    from .rdf import build_graph

    merged = build_graph([], base=base)
    for _, graph in named:
        merged += graph
    return merged


def expand_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; folders contribute their article files, sorted."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{path}: folder has no articles ({', '.join(ARTICLE_SUFFIXES)} files)")
            files.extend(found)
        else:
            files.append(path)
    return files


def clause_detector(nlp):
    """A `has_clause` for cleaning: does each line contain a finite verb?"""
    disabled = [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger", "attribute_ruler")]

    def has_clause(lines: list[str]) -> list[bool]:
        with nlp.select_pipes(disable=disabled):
            return [any(t.tag_ in FINITE_TAGS for t in doc) for doc in nlp.pipe(lines)]

    return has_clause


def read_article(path: Path, nlp) -> Article:
    raw = read_input(path)
    return clean(raw.text, raw.source, has_clause=clause_detector(nlp), warnings=raw.warnings).article


def extract_articles(paths: Iterable[Path], *, model: str) -> Iterable[Extraction]:
    nlp = load_pipeline(model)
    gaz = gazetteer_mod.load()
    for path in paths:
        article = read_article(path, nlp)
        yield extract(nlp(article.text), article, gazetteer=gaz)


def build(
    inputs: Sequence[Path],
    *,
    out: Path,
    base_iri: str = iris.DEFAULT_BASE,
    model: str | None = None,
    max_nodes: int | None = None,
    screenshot: bool = False,
    formats: Sequence[str] = (),
    with_ontology: bool = False,
    validation: str = "strict",
) -> BuildResult:
    """Build the graph of `inputs` and write `out/graph.ttl`, `out/graph.html` and any extra formats.

    `validation`: "strict" refuses to write a graph that fails the SHACL shapes,
    "warn" writes it with warnings, "skip" does not validate.
    """
    from .export.formats import write_formats
    from .export.html import DEFAULT_MAX_NODES, PageOptions, write_html
    from .export.turtle import write_turtle
    from .rdf import article_graphs

    started = time.perf_counter()
    base = iris.check_base(base_iri)
    model_name = choose_model(model)
    files = expand_inputs(inputs)
    extractions = list(extract_articles(files, model=model_name))
    named = list(article_graphs(extractions, base=base))
    graph = _merge(named, base)
    result = BuildResult(graph, extractions, model=model_name,
                         warnings=[w for ex in extractions for w in ex.warnings])
    result.warnings.extend(check(graph, validation))
    result.outputs["turtle"] = write_turtle(graph, out / "graph.ttl")
    result.outputs.update(write_formats(graph, named, out, list(formats), with_ontology=with_ontology))
    titles = [ex.article.title or ex.article.source for ex in extractions]
    page = PageOptions(max_nodes=max_nodes or DEFAULT_MAX_NODES)
    result.outputs["html"] = write_html(graph, titles, out / "graph.html", page)
    if screenshot:
        from .export.screenshot import screenshot as take_screenshot

        result.outputs["screenshot"] = take_screenshot(out / "graph.html", out / "graph.png")
    result.seconds = time.perf_counter() - started
    return result
