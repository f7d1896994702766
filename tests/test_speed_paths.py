"""The build's fast paths give what the plain paths give: the page rendered by a forked helper,
matches remembered per doc, no cache keys without a cache; and the build keeps the page's
libraries out of its own process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild import executors
from graphbuild.export.html import PageOptions, table_html_bytes
from graphbuild.export.pagejob import PageJob
from graphbuild.extract import patterns
from graphbuild.errors import ModelError
from graphbuild.nlp import choose_model
from graphbuild.process import ArticleReport, ArticleResult, process_paths
from graphbuild.rdf import article_iri, article_triples
from graphbuild.tripletable import TripleTable

EX = "https://example.org/kg/"
fork_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")


TEXT = """Police cuts attacked

Jane Porter, the Home Secretary, visited the Metropolitan Police on Monday. She said: “We will recruit 2,000 more officers in London.”

The Police Federation criticised the plan. Its chair, Tom Marsh, said the money was “far too little”.
"""


@pytest.fixture
def table(tmp_path, extract_text):
    extraction = extract_text(TEXT)
    table = TripleTable(tmp_path / "triples.sqlite")
    table.add(article_triples(extraction, base=EX), article_iri(EX, extraction.article))
    table.finish()
    yield table
    table.close()


@fork_only
def test_the_helper_renders_the_same_page_as_the_build_would(tmp_path, table):
    options = PageOptions(max_nodes=10)
    expected = table_html_bytes(table, ["a.txt"], options)
    with PageJob.start() as job:
        job.submit(table.path, ["a.txt"], options, tmp_path / "page.html")

        def not_needed() -> bytes:
            raise AssertionError("the helper should have made the page")

        assert job.result(not_needed) == expected


@fork_only
def test_a_helper_that_fails_leaves_the_page_to_the_build(tmp_path, table):
    with PageJob.start() as job:
        job.submit(table.path, ["a.txt"], PageOptions(), tmp_path / "no such folder" / "page.html")
        assert job.result(lambda: b"rendered here") == b"rendered here"


@fork_only
def test_an_unused_helper_is_reaped():
    job = PageJob.start()
    pid = job._pid
    job.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_without_a_helper_the_build_renders_the_page():
    assert PageJob().result(lambda: b"page") == b"page"


def test_a_build_leaves_spacy_and_the_page_libraries_to_other_processes(tmp_path):
    code = ("import sys\nfrom graphbuild.cli import main\n"
            f"assert main(['build', '--out', {str(tmp_path)!r}, '--no-cache']) == 0\n"
            "print(sorted(m for m in ('spacy', 'networkx', 'pyvis', 'IPython', 'pyshacl') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == ("['IPython', 'networkx', 'pyvis', 'spacy']"
                                                    if not hasattr(os, "fork") else "[]")
    assert (tmp_path / "graph.html").read_bytes().startswith(b"<!DOCTYPE html>")


@fork_only
def test_forked_extraction_gives_what_extraction_here_gives(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    model = choose_model()
    waited = []
    forked = list(executors._forked([article, empty], model=model, max_chars=10_000,
                                    while_waiting=lambda: waited.append(True)))
    here = list(process_paths([article, empty], model=model, max_chars=10_000))
    assert waited == [True]
    assert [r.extraction for r in forked] == [r.extraction for r in here]
    assert [(r.report.status, r.report.message, r.report.counts) for r in forked] == \
        [(r.report.status, r.report.message, r.report.counts) for r in here]
    assert forked[1].report.status == "failed"


@fork_only
def test_an_error_in_the_forked_extraction_is_raised_here(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load spaCy pipeline 'no_such_pipeline'"):
        list(executors._forked([article], model="no_such_pipeline", max_chars=10_000))


def test_matches_are_found_once_per_doc_and_family(nlp, monkeypatch):
    calls = []
    real = patterns._find
    monkeypatch.setattr(patterns, "_find", lambda doc, family: calls.append(family) or real(doc, family))
    doc = nlp("Jane Porter, the Home Secretary, said the Metropolitan Police would get more officers.")
    first = patterns.find(doc, "affiliation")
    first.clear()  # a caller's list is its own
    assert patterns.find(doc, "affiliation") == real(doc, "affiliation") != []
    patterns.find(doc, "relation")
    patterns.find(nlp(doc.text), "affiliation")  # another doc: matched afresh
    assert calls == ["affiliation", "relation", "affiliation"]


def test_no_cache_hashes_nothing(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("hashed without a cache")

    monkeypatch.setattr(executors, "cache_key", refuse)
    result = ArticleResult(Path("a.txt"), ArticleReport("a.txt", "ok"))
    monkeypatch.setattr(executors, "_execute", lambda paths, **kwargs: (r for r in [result]))
    assert list(executors.run([Path("a.txt")], model="m", max_chars=10, cache=executors.Cache(None))) == [result]


def test_a_build_uses_the_cores_only_for_whole_partitions(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert [executors.auto_jobs(n) for n in (1, 16, 17, 100)] == [1, 1, 2, 2]
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert executors.auto_jobs(1000) == 4


SECOND_PASS_CORPUS = {
    "a.txt": "Marta Kowalczyk, the chief constable of Kent Police, said: “We will hire 300 more officers.”\n",
    "b.txt": "The Home Office said that 1,250 officers joined the Metropolitan Police in the spring.\n",
    "c.txt": "Daniel Okonjo, a Labour MP, criticised the Home Office over funding for Surrey Police.\n",
}


def _build_in_a_fresh_process(folder: Path, out: Path, *, workers: bool) -> bool:
    """Build `folder` a batch per article in a new process (one thread, so it may fork); whether the
    second pass had workers. `workers=False` keeps the second pass in the process."""
    pool = "real(n, job)" if workers else "None"
    code = ("import graphbuild.pipeline as p\nfrom graphbuild.cli import main\n"
            f"p.VALIDATION_BATCH = 1\nreal, pools = p._pool, []\np._pool = lambda n, job: pools.append({pool}) or pools[-1]\n"
            f"assert main(['build', {str(folder)!r}, '--out', {str(out)!r}, '--no-cache']) == 0\n"
            "print(pools[0] is not None)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1] == "True"


@fork_only
@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="the second pass forks a worker per core")
def test_the_second_pass_in_forked_workers_writes_what_one_process_writes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in SECOND_PASS_CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert _build_in_a_fresh_process(folder, tmp_path / "forked", workers=True)
    assert not _build_in_a_fresh_process(folder, tmp_path / "plain", workers=False)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "forked" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name
    reports = [json.loads((tmp_path / run / "report.json").read_text(encoding="utf-8")) for run in ("forked", "plain")]
    for report in reports:
        for article in report["articles"]:
            article.pop("seconds")
    assert reports[0] == reports[1]
