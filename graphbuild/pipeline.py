"""The build: input files -> articles -> extractions -> graph -> files on disk.

`build()` is the plain importable function behind `graphbuild build`. Every
output is staged and renamed into place only when all of them are ready, so a
failed or interrupted build leaves the previous build's files as they were.
"""
from __future__ import annotations

import json
import os
import pickle
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from . import iris
from .corpus import plan, summarise
from .errors import InputError, OutputError
from .executors import CACHE_DIR, Cache, run
from .fileio import OutputSet, check_targets, output_lock, scratch_folder
from .metadata import ArticleMeta, read_manifest, read_sidecar
from .nlp import choose_model
from .process import DEFAULT_MAX_CHARS, ArticleReport
from .messages import shown
from .reading import find_inputs, spool_streams

# rdflib and what needs it are imported while spaCy loads in a forked process (`_prepare_writing`),
# not before: these wrappers keep their names here (for tests and benchmarks to replace).


def article_iri(base: str, article):
    from .rdf import article_iri

    return article_iri(base, article)


def article_triples(extraction, *, base: str) -> list:
    from .rdf import article_triples

    return article_triples(extraction, base=base)


def graph_from_ntriples(source):
    from .rdf import graph_from_ntriples

    return graph_from_ntriples(source)


def _prepare_writing(validation: str) -> None:
    """Import what the second pass and the writers need (and compile the shapes), while another
    process extracts; whatever is not done here is done when first needed."""
    import pyoxigraph  # noqa: F401

    from . import rdf, tripletable  # noqa: F401
    from .export import formats, pagejob, turtle  # noqa: F401

    if validation != "skip":
        from .shapecheck import compiled

        compiled()


@dataclass
class BuildResult:
    articles: int = 0  # articles built into the graph
    triples: int = 0
    classes: dict[str, int] = field(default_factory=dict)  # ontology class local name -> distinct nodes
    reports: list[ArticleReport] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    model: str = ""
    warnings: list[str] = field(default_factory=list)
    ambiguities: list = field(default_factory=list)
    unresolved: list = field(default_factory=list)  # mentions no article could be tied to (see corpus.py)
    claims: tuple[int, int] | None = None  # with `claims`: (claims, claims that disagree) in claims.csv

    @property
    def failed(self) -> list[ArticleReport]:
        return [r for r in self.reports if r.status == "failed"]


def check(graph, validation: str, report=None) -> list[str]:
    """Check the shapes before anything is written: "strict" raises, "warn" returns the violations,
    "skip" skips. `graph` is a Graph or a list of triples; `report`, its report when known.

    ("enforce", the default of a build, drops the statements that break the shapes instead: see `_fill`.)
    The build checks with `shapecheck` (what pySHACL reports, in a fraction of its time).
    """
    from .shapecheck import check as check_shapes
    from .validate import InvalidGraphError

    if validation == "skip":
        return []
    report = report or check_shapes(graph)
    if report.conforms:
        return []
    if validation == "strict":
        first = report.violations[0].line() if report.violations else "no details"
        raise InvalidGraphError(
            f"the graph does not conform to the shapes ({len(report.violations)} violation(s); first: "
            f"{first}); nothing written; use --allow-invalid to write it anyway, or leave out --strict "
            f"to drop only the statements that break the shapes")
    return [v.line() for v in report.violations]


def expand_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; folders contribute their article files, sorted."""
    return find_inputs(inputs).files


def report_json(result: BuildResult) -> bytes:
    data = {
        "articles": [r.as_json() for r in result.reports],
        "ok": sum(r.status == "ok" for r in result.reports),
        "failed": len(result.failed),
        "triples": result.triples,
        "model": result.model,
        "ambiguous": [a.as_json() for a in result.ambiguities],
        "unresolved": [a.as_json() for a in result.unresolved],
        "dropped": sum(len(r.dropped) for r in result.reports),
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
    validation: str = "enforce",
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    manifest: Path | None = None,
    claims: bool = False,
) -> BuildResult:
    """Build the graph of `inputs` and write graph.ttl, graph.html, report.json and any extra formats.

    `validation`: "enforce" drops each statement that breaks the SHACL shapes
    (with what hangs only from it, listed in the article's report) and writes
    the rest, which conforms; "strict" refuses to write a graph that fails the
    shapes, "warn" writes it with warnings, "skip" does not validate. Articles that
    cannot be read are reported (status "failed") and the rest are built; if
    none can be read, InputError is raised and nothing is written.

    Two passes keep memory flat however large the corpus: the first extracts
    each article, spills its records to disk and keeps only what cross-article
    resolution needs; the second rewrites the records one article at a time
    and streams their triples into an on-disk table, from which every output
    is written (see `tripletable`).

    Each article's stated metadata (a `--manifest` CSV row, else its sidecar
    `NAME.meta.json`, else front matter in its text) replaces what is read from
    the text; with a manifest and no inputs, the manifest's files are built.

    The outputs are committed all-or-nothing, and a second build into the same
    `out` waits for the first to finish (see `fileio`).
    """
    started = time.perf_counter()
    base = iris.check_base(base_iri)
    model_name = choose_model(model)
    rows = read_manifest(manifest) if manifest is not None else {}
    found = find_inputs(inputs or list(rows))
    stated = {path: rows.get(path.resolve(), ArticleMeta()).over(read_sidecar(path)) for path in found.files}
    out = Path(out)
    check_targets(out, _output_names(formats, with_ontology, screenshot))
    cache = Cache(out / CACHE_DIR if use_cache else None)
    result = BuildResult(model=model_name)
    # one build at a time into `out`; a full disk under `work` is named (see `_disk_full_named`)
    with output_lock(out, on_wait=lambda: _waiting(out), scratch=(out / CACHE_DIR,)), \
            scratch_folder() as work, _page_job() as page_job, \
            _disk_full_named(Path(work)):
        work = Path(work)
        files, spooled = spool_streams(found.files, work / "inputs", max_chars=max_chars)
        for folder, why in found.unreadable:
            result.reports.append(ArticleReport(str(folder), "failed", f"{shown(folder)}: folder cannot be read "
                                                                      f"({why}); the articles in it are left out"))
        spill = work / "records"
        spill.mkdir()
        summaries = []
        owners: list[ArticleReport] = []  # the report of each spilled extraction
        for result_ in run(files, model=model_name, max_chars=max_chars, jobs=jobs, executor=executor,
                           scheduler=scheduler, cache=cache, progress=progress,
                           while_waiting=lambda: _prepare_writing(validation)):
            if result_.path in spooled:  # a pipe read once into a file: messages name the pipe
                result_.report.message = result_.report.message.replace(str(result_.path),
                                                                        shown(spooled[result_.path]))
                result_.path = spooled[result_.path]
            result.reports.append(result_.report)
            result.warnings.extend(result_.report.warnings)
            if result_.extraction is not None:
                extraction = replace(result_.extraction, article=stated[result_.path].apply(result_.extraction.article))
                with open(spill / f"{len(summaries)}.pickle", "wb") as handle:
                    pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
                summaries.append(summarise(extraction))
                owners.append(result_.report)
        if not summaries:
            reports = result.reports
            first = reports[0].message if reports else "no input"
            more = f" (and {len(reports) - 1} more failed)" if len(reports) > 1 else ""
            raise InputError(f"{first}{more}")
        resolution = plan(summaries)
        result.ambiguities = resolution.ambiguities
        result.unresolved = resolution.unresolved
        result.articles = len(summaries)
        from .tripletable import TripleTable

        table = TripleTable(work / "triples.sqlite")
        try:
            titles = _fill(table, spill, resolution, owners, base=base, validation=validation,
                           warnings=result.warnings)
            _add_disagreements(table, base)
            _write_outputs(table, work, out, titles, result, max_nodes=max_nodes, formats=formats,
                           with_ontology=with_ontology, started=started, page_job=page_job,
                           screenshot=screenshot, claims=claims)
        finally:
            table.close()
    result.seconds = time.perf_counter() - started
    return result


def _output_names(formats: Sequence[str], with_ontology: bool, screenshot: bool) -> list[str]:
    extra = {"nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld"}
    return (["graph.ttl", "graph.html", "report.json"] + [extra[f] for f in formats if f in extra]
            + (["ontology.ttl"] if with_ontology else []) + (["graph.png"] if screenshot else []))


def _waiting(out: Path) -> None:
    """Said once when another build holds `out`: this one waits for it (see `fileio.output_lock`)."""
    import sys

    print(f"graphbuild: waiting for the build already writing into {out} to finish", file=sys.stderr, flush=True)


@contextmanager
def _disk_full_named(work: Path):
    """A full disk under the build's scratch folder is the user's to fix, not a bug: say which folder."""
    import errno
    import sqlite3

    try:
        yield
    except sqlite3.OperationalError as exc:
        if "full" not in str(exc):
            raise
        raise OutputError(_no_space(work, work)) from None
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise OutputError(_no_space(Path(exc.filename) if exc.filename else work, work)) from None


def _no_space(path: Path, work: Path) -> str:
    if path == work or work in path.parents:
        return (f"no space left on the device of {work} (the build's temporary folder); free some, or set "
                f"TMPDIR to a folder with more room")
    return f"no space left on the device of {path}; free some, or choose another --out"


def _page_job():
    """A helper process for graph.html (see `export.pagejob`), forked only while this process has one
    thread (forking a threaded process can leave the child holding a lock no thread will release)."""
    import threading

    from .export.pagejob import PageJob

    return PageJob.start() if threading.active_count() == 1 else PageJob()


VALIDATION_BATCH = 25  # articles validated together: bounded memory, and few checker start-ups


@dataclass
class _Pass:
    """What the second pass of one batch gives the table and the reports (plain strings, so a forked
    worker can send it back): per article its N-Triples rows and the statements dropped from it."""

    titles: list[str]
    graphs: list[str]  # each article's IRI as an N-Triples term
    rows: list[list[tuple[str, str, str]]]
    dropped: list[list[dict]]
    warnings: list[str]


@dataclass(frozen=True)
class _SecondPass:
    """Everything a batch of the second pass needs besides its indices."""

    spill: Path
    resolution: object
    sources: list[str]
    base: str
    validation: str

    def batch(self, indices: range) -> _Pass:
        """Resolve, turn into triples and validate the spilled extractions at `indices`.

        "enforce" drops what breaks the shapes (one warning per article that lost anything, the
        details in its report); if the rest still does not conform, InvalidGraphError is raised."""
        from .tripletable import nt

        done = _Pass([], [], [], [], [])
        own_triples = []
        for index in indices:
            with open(self.spill / f"{index}.pickle", "rb") as handle:
                extraction = self.resolution.apply(index, pickle.load(handle))
            done.titles.append(extraction.article.title or extraction.article.source)
            own_triples.append((article_iri(self.base, extraction.article), article_triples(extraction, base=self.base)))
        kept, dropped = self._validate([t for _, own in own_triples for t in own], done.warnings)
        for (article, own), source in zip(own_triples, (self.sources[i] for i in indices)):
            records = [r.as_json() for r in dropped.get(article, [])]
            if records:
                done.warnings.append(f"{shown(source)}: dropped {len(records)} statement(s) that break the shapes; "
                                     f"see report.json")
            done.graphs.append(nt(article))
            done.rows.append([(nt(s), nt(p), nt(o)) for s, p, o in own if kept is None or (s, p, o) in kept])
            done.dropped.append(records)
        return done

    def _validate(self, triples: list, warnings: list[str]) -> tuple:
        """(the rdflib graph of what is kept, or None when all is; dropped records by article IRI)."""
        if self.validation == "skip":
            return None, {}
        from .shapecheck import check as check_shapes

        report = check_shapes(triples)
        if self.validation != "enforce" or report.conforms:
            warnings.extend(check(triples, self.validation, report))
            return None, {}
        # only a batch that breaks the shapes is made an rdflib graph, to drop what breaks them
        from .rdf import add_all, new_graph
        from .validate import InvalidGraphError, enforce_or_raise

        kept = add_all(new_graph(self.base), triples)
        try:
            dropped = enforce_or_raise(kept, checked=report)
        except InvalidGraphError as exc:
            raise InvalidGraphError(f"{exc}; nothing written; use --allow-invalid to write it anyway") from None
        by_article: dict = {}
        for record in dropped:
            by_article.setdefault(record.article, []).append(record)
        return (kept if dropped else None), by_article


_worker_job: _SecondPass | None = None  # in a second-pass worker: its job (set once, as it starts)


def _adopt(job: _SecondPass, parent: int) -> None:
    global _worker_job
    from .lifeline import bind_to_parent

    bind_to_parent(parent)
    _worker_job = job


def _batch_in_worker(indices: range) -> _Pass:
    return _worker_job.batch(indices)


def _fill(table, spill: Path, resolution, owners: list[ArticleReport], *, base: str,
          validation: str, warnings: list[str]) -> list[str]:
    """Second pass: each spilled extraction, resolved, into the table, validated in batches first.

    A corpus of several batches is passed in forked workers, one per core (the extracting
    processes have ended by now); the table is filled here, in batch order, so the result is the
    same as from one process."""
    job = _SecondPass(spill, resolution, [o.source for o in owners], base, validation)
    count = len(resolution.mappings)
    batches = [range(i, min(i + VALIDATION_BATCH, count)) for i in range(0, count, VALIDATION_BATCH)]
    titles: list[str] = []
    pool = _pool(len(batches), job)
    try:
        passes = map(job.batch, batches) if pool is None else pool.imap(_batch_in_worker, batches)
        for indices, done in zip(batches, passes):
            titles.extend(done.titles)
            warnings.extend(done.warnings)
            for index, graph, rows, dropped in zip(indices, done.graphs, done.rows, done.dropped):
                owners[index].dropped.extend(dropped)
                table.add_rows(rows, graph)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    table.finish()
    return titles


def _add_disagreements(table, base: str) -> None:
    """Claims of different articles that disagree, found once the whole corpus is in the table, added
    in a graph of their own (they belong to no one article)."""
    from rdflib import URIRef
    from rdflib.namespace import PROV

    from .claims import claim_rows, disagreements
    from .rdf import disagreement_triples
    from .vocab import GB

    wanted = (GB.measure, GB.claimJurisdiction, GB.periodStart, GB.periodEnd, GB.claimKind, GB.unit, GB.value,
              PROV.wasDerivedFrom)
    figures = {s for s, p, o in table.with_predicates([str(GB.measure)])}
    if not figures:
        return
    rows = claim_rows(t for t in table.with_predicates([str(p) for p in wanted]) if t[0] in figures)
    triples = disagreement_triples(disagreements(rows), base=base)
    if triples:
        table.add(triples, URIRef(f"{base}disagreements"))


def _pool(batches: int, job: _SecondPass):
    """Forked workers for the second pass of `job` when there are several batches and cores, else None.
    (Forked, each worker starts with `job` as this process holds it: nothing is pickled but batches.)"""
    import multiprocessing
    import threading

    from .executors import FORK, usable_cores

    workers = min(batches, usable_cores(), 4)
    if (workers < 2 or not FORK or "fork" not in multiprocessing.get_all_start_methods()
            or threading.active_count() > 1):
        return None
    return multiprocessing.get_context("fork").Pool(workers, initializer=_adopt, initargs=(job, os.getpid()))


def _write_outputs(table, work: Path, out: Path, titles: list[str], result: BuildResult, *,
                   max_nodes, formats, with_ontology, started, page_job=None, screenshot: bool = False,
                   claims: bool = False) -> None:
    """Every output staged from the table, then renamed into place together; the page is rendered
    by `page_job`'s helper process (when there is one) while this one writes the Turtle."""
    from .export.formats import format_writers
    from .export.pagejob import PageJob
    from .export.pageoptions import DEFAULT_MAX_NODES, PageOptions
    from .export.turtle import RDFLIB_LIMIT, write_turtle
    from rdflib.namespace import RDF
    from .vocab import GB

    page_job = page_job or PageJob()
    page = PageOptions(max_nodes=max_nodes or DEFAULT_MAX_NODES)
    page_job.submit(table.path, titles, page, work / "graph.html")

    def render_page() -> bytes:
        from .export.html import table_html_bytes

        return table_html_bytes(table, titles, page)

    ntriples = work / "graph.nt"
    with open(ntriples, "wb") as handle:
        result.triples = table.write_ntriples(handle)
    graph = None
    if result.triples <= RDFLIB_LIMIT and "jsonld" in formats:  # small enough for rdflib's compact JSON-LD
        graph = graph_from_ntriples(ntriples)
    result.classes = {iri[len(GB._NS):]: n for iri, n in sorted(table.class_counts(str(RDF.type)).items())
                      if iri.startswith(GB._NS)}

    def nquads() -> Path:
        path = work / "graph.nq"
        with open(path, "wb") as handle:
            table.write_nquads(handle)
        return path

    with OutputSet(out) as staged:
        result.outputs["turtle"] = staged.write_with(out / "graph.ttl",
                                                     lambda handle: write_turtle(ntriples, handle, graph, triples=result.triples))
        writers = format_writers(list(formats), ntriples=ntriples, nquads=nquads, graph=graph,
                                 with_ontology=with_ontology)
        for kind, (name, writer) in writers.items():
            result.outputs[kind] = staged.write_with(out / name, writer)
        if claims:  # from the table, as the page's Figures view: no second reading of the graph
            from .claimsfile import claims_csv, claims_of_table

            rows, count, disagreeing = claims_csv(claims_of_table(table))
            result.outputs["claims"] = staged.write(out / "claims.csv", rows)
            result.claims = (count, disagreeing)
        result.outputs["html"] = staged.write(out / "graph.html", page_job.result(render_page))
        if screenshot:  # of the staged page, so the picture is committed with the page it shows
            from .export.screenshot import screenshot as take_screenshot

            take_screenshot(staged.stage(out / "graph.html"), staged.stage(out / "graph.png"))
            result.outputs["screenshot"] = out / "graph.png"
        result.seconds = time.perf_counter() - started
        result.outputs["report"] = staged.write(out / "report.json", report_json(result))
