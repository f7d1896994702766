"""The page at corpus scale, in a real headless Chromium: every label of a neighbourhood drawn, labels
bounded however deep the zoom, and the statements view drawn one article at a time."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from graphbuild.export.html import html_bytes
from graphbuild.rdf import build_graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.html_settle import synthetic_corpus  # noqa: E402

playwright_api = pytest.importorskip("playwright.sync_api")

LABEL_MAX_PX = 16  # the template's LABEL.maxPx: no label is drawn larger on screen
CAP = 40

# three short articles of our own, each with its own speaker and quote
ARTICLES = {
    "a1.txt": "Harbour patrols to double\n\nMaria Okafor, the police and crime commissioner for Westshire, said: "
              "“Our harbour patrols will double by the spring.”\n\nShe said forty new officers would join the marine unit.\n",
    "a2.txt": "Council backs youth centre\n\nDavid Lennox, the leader of Eastborough Council, said: "
              "“The youth centre will open its doors next year.”\n\nThe council will spend £2 million on it.\n",
    "a3.txt": "Federation warns on overtime\n\nPriya Shah, the chair of the Westshire Police Federation, said: "
              "“Officers cannot keep working this much overtime.”\n",
}
OWN_WORDS = ["harbour patrols", "youth centre", "overtime"]  # a phrase of each article's quote, in file order


def _statements_json(page: bytes) -> dict:
    block = re.search(rb'<script type="application/json" id="statements-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(block)


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory):
    from graphbuild.pipeline import build

    folder = tmp_path_factory.mktemp("three")
    paths = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    build(paths, out=folder / "out")
    return folder / "out" / "graph.html"


def _quote_article(statements: dict) -> dict[str, int]:
    """quote node -> the index of the article whose words it holds"""
    found = {}
    for node in statements["nodes"]:
        if node["group"] == "Quote":
            text = statements["details"][node["id"]]["quote"].lower()
            found[node["id"]] = next(i for i, words in enumerate(OWN_WORDS) if words in text)
    return found


def test_each_statement_node_knows_its_articles(three_articles):
    """The corpus build (its page from the triple table) gives each node the articles it was read in."""
    statements = _statements_json(three_articles.read_bytes())
    quotes = _quote_article(statements)
    assert sorted(quotes.values()) == [0, 1, 2]
    by_id = {n["id"]: n for n in statements["nodes"]}
    assert all(by_id[q]["articles"] == [i] for q, i in quotes.items())


def test_the_graph_page_gives_each_node_its_articles():
    corpus = synthetic_corpus(4)
    page = html_bytes(build_graph(corpus), ["t"])
    nodes = _statements_json(page)["nodes"]
    assert all(n["articles"] for n in nodes if n["group"] in ("Quote", "Figure", "Post"))
    assert any(len(n["articles"]) > 1 for n in nodes)  # an actor named in several articles


# ---------- in Chromium ----------


DRAWN = "() => window.graphbuild.nodes.getIds().sort()"
NODE_ARTICLES = "() => Object.fromEntries(window.graphbuild.data.nodes.map(n => [n.id, n.articles]))"


def test_statements_view_draws_the_chosen_article_and_keeps_it_in_the_fragment(open_page, three_articles):
    page = open_page(three_articles, "#view=statements")
    articles = page.evaluate(NODE_ARTICLES)
    quotes = _quote_article(_statements_json(three_articles.read_bytes()))
    for index in (0, 2, 1):
        if index:
            page.select_option("#article", str(index))
            page.settled()
        drawn = page.evaluate(DRAWN)
        assert drawn == sorted(n for n, arts in articles.items() if index in arts)
        assert [quotes[n] for n in drawn if n in quotes] == [index]  # its own quote, no other article's
        assert "Quote (1)" in page.inner_text("#legend")  # the legend counts what is drawn
        assert (f"article={index}" in page.url) == (index > 0)  # the first article is the default
    page.reload()
    page.settled()
    assert page.input_value("#article") == "1"
    assert page.evaluate(DRAWN) == sorted(n for n, arts in articles.items() if 1 in arts)
    page.select_option("#article", "all")
    page.settled()
    assert page.evaluate(DRAWN) == sorted(articles) and "article=all" in page.url
    assert page.errors == []
    page.close()


def test_statements_view_opens_on_the_article_of_the_selected_node(open_page, three_articles):
    quotes = _quote_article(_statements_json(three_articles.read_bytes()))
    third = next(q for q, i in quotes.items() if i == 2)
    from urllib.parse import quote

    page = open_page(three_articles, f"#view=statements&node={quote(third, safe='')}")
    assert page.input_value("#article") == "2"
    assert third in page.evaluate(DRAWN)
    assert "Officers cannot keep working" in page.inner_text("#panel")
    page.close()


@pytest.fixture(scope="module")
def corpus_html(synthetic_page):
    return synthetic_page(60, CAP)


RECORD_TEXT = """() => {
  const proto = CanvasRenderingContext2D.prototype;
  if (!proto.__recorded) {
    const fill = proto.fillText;
    proto.fillText = function (text, x, y) {
      const px = parseFloat((this.font.match(/([\\d.]+)px/) || [0, 0])[1]);
      const m = this.getTransform();  /* edge labels are drawn rotated along their edge */
      window.__drawn.push([String(text), px * Math.hypot(m.a, m.b) / window.devicePixelRatio]);
      return fill.apply(this, arguments);
    };
    proto.__recorded = true;
  }
  window.__drawn = [];
}"""
DRAW_AGAIN = "() => { window.__drawn = []; window.graphbuild.network.redraw(); }"


def _drawn_text(page) -> list[tuple[str, float]]:
    page.evaluate(RECORD_TEXT)
    page.evaluate(DRAW_AGAIN)
    page.wait_for_timeout(300)  # a frame to draw (and to follow a change of zoom with new label sizes)
    page.evaluate(DRAW_AGAIN)
    page.wait_for_timeout(100)
    return [tuple(x) for x in page.evaluate("() => window.__drawn")]


def test_neighbourhood_mode_labels_every_node_drawn(open_page, corpus_html):
    page = open_page(corpus_html)
    assert len(page.evaluate("() => window.graphbuild.labelledNow()")) < len(page.evaluate(DRAWN))  # a crowd: not all
    page.check("#hood")
    for hops in ("1", "2"):
        page.select_option("#hops", hops)
        target = page.evaluate("() => window.graphbuild.data.overview.central[3]")
        page.evaluate("id => window.graphbuild.setFocus(id)", target)
        page.settled()
        drawn = page.evaluate(DRAWN)
        assert len(drawn) > 2
        assert sorted(page.evaluate("() => window.graphbuild.labelledNow()")) == drawn
        labels = page.evaluate("() => window.graphbuild.nodes.get().map(n => n.label)")
        texts = {text for text, _ in _drawn_text(page)}
        assert set(labels) <= texts  # each node's label is drawn on the canvas
    assert page.errors == []
    page.close()


def _zoom_deepest(page):
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    scale = 0.0
    for _ in range(80):
        page.mouse.wheel(0, -600)
        page.wait_for_timeout(20)
        now = page.evaluate("() => window.graphbuild.network.getScale()")
        if now == scale:
            break
        scale = now
    assert scale >= 5  # as deep as the wheel goes


@pytest.mark.parametrize("fragment", ["", "#view=statements", "#view=statements&article=all", "#hood=1"])
def test_labels_stay_within_the_bound_at_the_deepest_zoom(open_page, corpus_html, fragment):
    page = open_page(corpus_html, fragment)
    if fragment == "#hood=1":
        page.evaluate("() => window.graphbuild.setFocus(window.graphbuild.data.overview.central[0])")
        page.settled()
    _zoom_deepest(page)
    sizes = [size for _, size in _drawn_text(page)]
    assert sizes and max(sizes) <= LABEL_MAX_PX + 0.05
    assert min(sizes) >= 4  # and still drawn, not shrunk away
    assert page.errors == []
    page.close()


def test_searching_a_node_of_another_article_draws_that_article(open_page, three_articles):
    page = open_page(three_articles, "#view=statements")
    assert page.input_value("#article") == "0"
    page.fill("#search", "Priya Shah")
    page.press("#search", "Enter")
    page.settled()
    assert page.input_value("#article") == "2" and "article=2" in page.url
    shah = page.evaluate("() => window.graphbuild.network.getSelectedNodes()")
    assert [page.evaluate("id => window.graphbuild.nodes.get(id).label", n) for n in shah] == ["Priya Shah"]
    assert page.errors == []
    page.close()
