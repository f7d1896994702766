"""Shared fixtures: the spaCy pipeline (loaded once per session), the gazetteer,
and `extract_text`, which runs a raw text through cleaning, parsing and extraction
exactly as `graphbuild.process.read_article` / `process_paths` chain them; `development_extractions`, the
development articles extracted once per session; `browser`, Debian's
Chromium through Playwright, one per session."""
from __future__ import annotations

import pytest

import graphbuild.cleaning
import graphbuild.corpus
import graphbuild.extract.article
import graphbuild.gazetteer
import graphbuild.nlp
import graphbuild.process


@pytest.fixture(scope="session")
def nlp():
    return graphbuild.nlp.load_pipeline(graphbuild.nlp.choose_model())


@pytest.fixture(scope="session")
def gaz():
    return graphbuild.gazetteer.load()


@pytest.fixture(scope="session")
def extract_text(nlp, gaz):
    """raw text -> Extraction (entities, roles, quotes ...), as the build produces it."""
    has_clause = graphbuild.process.clause_detector(nlp)

    def run(text: str):
        article = graphbuild.cleaning.clean(text, "test.txt", has_clause=has_clause).article
        extraction = graphbuild.extract.article.extract(nlp(article.text), article, gazetteer=gaz)
        # a one-article corpus: posts nobody in it is known to hold are dropped, as in a build
        return graphbuild.corpus.resolve_across([extraction])[0][0]

    return run


@pytest.fixture(scope="session")
def development_extractions(nlp):
    """folder -> {file name: Extraction} of its articles (`*.txt`, sorted), as `graphbuild.extract_many`
    gives them: the 50 development articles take about a minute to extract, so the tests reading them (the
    corpus trust rows, the development labels, the development page) share one extraction per session.
    A read-only mapping of frozen records: no test can change what another sees."""
    from pathlib import Path
    from types import MappingProxyType

    import graphbuild

    done = {}

    def of(folder) -> MappingProxyType:
        folder = Path(folder).resolve()
        if folder not in done:
            items = [{"text": f.read_text(encoding="utf-8"), "source": f.name} for f in sorted(folder.glob("*.txt"))]
            done[folder] = MappingProxyType({ex.article.source: ex for ex in graphbuild.extract_many(items, nlp=nlp)})
        return done[folder]

    return of


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the session: each page opens in a context of its own (`open_page`), so no state
    passes between tests or modules, and the browser starts once, not once per module."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    from graphbuild.export.screenshot import launch

    with playwright_api.sync_playwright() as p:
        launched = launch(p)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def open_page(browser):
    """Opens a page file (with a fragment, "#view=statements") in the session's Chromium and waits until
    its layout settles. `page.errors` collects what the page throws; each page opened is checked to have
    thrown nothing and closed when the module ends (or when the test closes it first).
    `page.settled()` waits again after an action."""
    from pathlib import Path

    from graphbuild.export.screenshot import wait_until_settled

    opened = []

    def settled(page, pause_ms: int = 100):
        page.wait_for_timeout(pause_ms)  # a frame for the action to start a new layout
        wait_until_settled(page)

    def open_(html, fragment: str = "", *, width: int = 1400, height: int = 900):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.goto(Path(html).resolve().as_uri() + fragment)
        wait_until_settled(page)
        page.settled = lambda pause_ms=100: settled(page, pause_ms)
        opened.append(page)
        return page

    yield open_
    thrown = {n: page.errors for n, page in enumerate(opened) if page.errors}
    for page in opened:
        if not page.is_closed():
            page.close()
    assert thrown == {}


@pytest.fixture(scope="session")
def synthetic_page(tmp_path_factory):
    """The page of a synthetic corpus of n articles (`benchmarks/html_settle.py`), at most `cap` actors
    drawn in the overview: built once per session for each (n, cap)."""
    import sys
    from pathlib import Path

    from graphbuild.export.html import PageOptions, html_bytes
    from graphbuild.rdf import build_graph

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.html_settle import synthetic_corpus

    built = {}

    def page_of(n: int, cap: int | None = None):
        if (n, cap) not in built:
            corpus = synthetic_corpus(n)
            html = tmp_path_factory.mktemp(f"synthetic-{n}") / "graph.html"
            options = PageOptions(overview_nodes=cap) if cap is not None else PageOptions()
            html.write_bytes(html_bytes(build_graph(corpus), [ex.article.title for ex in corpus], options))
            built[(n, cap)] = html
        return built[(n, cap)]

    return page_of
