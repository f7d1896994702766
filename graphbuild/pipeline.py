"""The build: input files -> articles -> extractions -> graph -> files on disk.

`build()` is the plain importable function behind `graphbuild build`. Every
output is staged and renamed into place only when all of them are ready, so a
failed or interrupted build leaves the previous build's files as they were.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from rdflib import Graph
from rdflib.namespace import RDF

from . import iris
from .corpus import resolve_across
from .errors import InputError
from .fileio import OutputSet
from .nlp import choose_model
from .executors import CACHE_DIR, Cache, run
from .process import DEFAULT_MAX_CHARS, ArticleReport
from .reading import ARTICLE_SUFFIXES
from .records import Extraction
from .vocab import GB


@dataclass
class BuildResult:
    graph: Graph
    extractions: list[Extraction]
    reports: list[ArticleReport] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    model: str = ""
    warnings: list[str] = field(default_factory=list)
    ambiguities: list = field(default_factory=list)

    @property
    def failed(self) -> list[ArticleReport]:
        return [r for r in self.reports if r.status == "failed"]

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


def expand_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; folders contribute their article files, sorted."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                           and not p.name.startswith("."))
            if not found:
                raise InputError(f"{path}: folder has no articles ({', '.join(ARTICLE_SUFFIXES)} files)")
            files.extend(found)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder; give .txt or .html articles or folders of them")
        else:
            files.append(path)
    return files


def report_json(result: BuildResult) -> bytes:
    data = {
        "articles": [r.as_json() for r in result.reports],
        "ok": sum(r.status == "ok" for r in result.reports),
        "failed": len(result.failed),
        "triples": len(result.graph),
        "model": result.model,
        "ambiguous": [a.as_json() for a in result.ambiguities],
    }
    return (json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


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
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
) -> BuildResult:
    """Build the graph of `inputs` and write graph.ttl, graph.html, report.json and any extra formats.

    `validation`: "strict" refuses to write a graph that fails the SHACL shapes,
    "warn" writes it with warnings, "skip" does not validate. Articles that
    cannot be read are reported (status "failed") and the rest are built; if
    none can be read, InputError is raised and nothing is written.
    """
    from .export.formats import format_outputs
    from .export.html import DEFAULT_MAX_NODES, PageOptions, html_bytes
    from .export.turtle import turtle_bytes
    from .rdf import article_graphs, build_graph

    started = time.perf_counter()
    base = iris.check_base(base_iri)
    model_name = choose_model(model)
    files = expand_inputs(inputs)
    cache = Cache(out / CACHE_DIR if use_cache else None)
    results = run(files, model=model_name, max_chars=max_chars, jobs=jobs, executor=executor,
                  scheduler=scheduler, cache=cache, progress=progress)
    extractions = [r.extraction for r in results if r.extraction is not None]
    reports = [r.report for r in results]
    extractions, ambiguities = resolve_across(extractions)
    if not extractions:
        first = reports[0].message if reports else "no input"
        more = f" (and {len(reports) - 1} more failed)" if len(reports) > 1 else ""
        raise InputError(f"{first}{more}")
    # Per-article graphs are only needed for TriG's named graphs; otherwise build the union directly.
    named = list(article_graphs(extractions, base=base)) if "trig" in formats else []
    graph = build_graph(extractions, base=base)
    result = BuildResult(graph, extractions, reports, model=model_name,
                         warnings=[w for r in reports for w in r.warnings], ambiguities=ambiguities)
    result.warnings.extend(check(graph, validation))
    titles = [ex.article.title or ex.article.source for ex in extractions]
    page = PageOptions(max_nodes=max_nodes or DEFAULT_MAX_NODES)
    with OutputSet() as staged:
        result.outputs["turtle"] = staged.write(out / "graph.ttl", turtle_bytes(graph))
        for kind, (name, data) in format_outputs(graph, named, list(formats), with_ontology=with_ontology).items():
            result.outputs[kind] = staged.write(out / name, data)
        result.outputs["html"] = staged.write(out / "graph.html", html_bytes(graph, titles, page))
        result.seconds = time.perf_counter() - started
        result.outputs["report"] = staged.write(out / "report.json", report_json(result))
    if screenshot:
        from .export.screenshot import screenshot as take_screenshot

        result.outputs["screenshot"] = take_screenshot(out / "graph.html", out / "graph.png")
    result.seconds = time.perf_counter() - started
    return result
