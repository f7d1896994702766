"""Shared fixtures: the spaCy pipeline (loaded once per session), the gazetteer,
and `extract_text`, which runs a raw text through cleaning, parsing and extraction
exactly as `graphbuild.process.read_article` / `process_paths` chain them; `browser`, Debian's
Chromium through Playwright, one per test module (a module's own sync Playwright ends with it)."""
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


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    from graphbuild.export.screenshot import launch

    with playwright_api.sync_playwright() as p:
        launched = launch(p)
        yield launched
        launched.close()
