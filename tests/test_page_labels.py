"""The page's labels in a real headless Chromium: at the first view of a corpus the hubs' labels do
not pile up (no two drawn label boxes overlap), and the labels left out come back on zooming in; in the
statements view of each development article no two labels overlap and none is left out."""
from __future__ import annotations

from pathlib import Path

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")

# each drawn node label's box on screen, as vis-network measured it when drawing (DOM pixels of the graph)
LABEL_BOXES = """() => {
  const net = window.graphbuild.network, scale = net.getScale(), graph = document.getElementById("graph");
  net.redraw();
  return window.graphbuild.nodes.get().filter(n => n.label && !n.hidden && n.font && n.font.size * scale >= 5)
    .map(n => {
      const s = net.body.nodes[n.id].labelModule.size;
      const a = net.canvasToDOM({x: s.left, y: s.top}), b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
      return [n.id, a.x, a.y, b.x, b.y];
    }).filter(x => x[3] > 0 && x[4] > 0 && x[1] < graph.clientWidth && x[2] < graph.clientHeight);
}"""


def overlapping(boxes) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]


@pytest.fixture(scope="module", params=[60, 200], ids=["60-articles", "200-articles"])
def corpus_page(request, open_page, synthetic_page):
    return open_page(synthetic_page(request.param))


def test_no_two_labels_overlap_at_the_first_view_and_more_come_on_zooming_in(corpus_page):
    page = corpus_page
    first = page.evaluate(LABEL_BOXES)
    drawn = page.evaluate("() => window.graphbuild.nodes.getIds().length")
    assert len(first) >= 5 and drawn > 3 * len(first)  # the central actors named, a crowd drawn
    assert overlapping(first) == []
    scale = page.evaluate("() => window.graphbuild.network.getScale()")
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(12):  # as a reader zooms in: the mouse wheel over the graph
        page.mouse.wheel(0, -120)
        page.wait_for_timeout(100)
    page.wait_for_timeout(400)  # the zoom relabels on the next frame
    assert page.evaluate("() => window.graphbuild.network.getScale()") > 2 * scale
    zoomed = page.evaluate(LABEL_BOXES)
    assert len(zoomed) > len(first)
    assert overlapping(zoomed) == []


def _statement_views_crowded(page, articles) -> dict[int, list]:
    """Each article's statements view, as the article menu draws it: the pairs of labels that overlap; every
    node's label must be drawn on screen (labels are pushed apart, never hidden)."""
    crowded = {}
    for index in articles:
        if index != articles[0]:
            page.select_option("#article", str(index))
            page.settled()
        boxes = page.evaluate(LABEL_BOXES)
        labelled = page.evaluate("() => window.graphbuild.nodes.get().filter(n => n.label && !n.hidden).length")
        assert len(boxes) == labelled, index
        if overlapping(boxes):
            crowded[index] = overlapping(boxes)
    return crowded


def test_no_two_labels_overlap_in_the_statements_view(open_page, synthetic_page):
    page = open_page(synthetic_page(60), "#view=statements")
    assert _statement_views_crowded(page, list(range(6))) == {}
    page.close()


def _shared_articles() -> Path | None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("trust_corpus", Path(__file__).resolve().parents[1] / "benchmarks"
                                                  / "trust_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    shared = mod.shared_folder()
    return shared / "articles" if shared is not None else None


@pytest.fixture(scope="module")
def development_page(tmp_path_factory, development_extractions):
    """The page of the 50 development articles built as one corpus (skipped without ../shared): from the
    session's extraction of them, the build's own graph.html byte for byte (test_api,
    `test_same_graph_and_page_as_the_command_line`)."""
    import graphbuild

    if _shared_articles() is None:
        pytest.skip("no ../shared (the development articles)")
    extractions = list(development_extractions(_shared_articles()).values())
    graph = graphbuild.to_graph(extractions, validation="skip")
    out = tmp_path_factory.mktemp("development")
    titles = [ex.article.title or ex.article.source for ex in extractions]  # as the build heads its page
    return graphbuild.write_html(graph, out / "graph.html", titles=titles)


def test_the_development_corpus_opens_with_no_two_labels_overlapping(open_page, development_page):
    """As a reader first sees them."""
    page = open_page(development_page)
    first = page.evaluate(LABEL_BOXES)
    assert len(first) >= 5
    assert overlapping(first) == []
    page.close()


def test_no_two_labels_overlap_in_the_statements_view_of_any_development_article(open_page, development_page):
    """Each article's statements, as the article menu draws them: every label drawn, none covering
    another (labels are pushed apart, not hidden)."""
    page = open_page(development_page, "#view=statements")
    articles = page.evaluate("() => window.graphbuild.data.overview.articles.length")
    assert articles >= 50
    assert _statement_views_crowded(page, list(range(articles))) == {}
    page.close()
