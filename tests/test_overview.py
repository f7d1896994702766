"""The corpus overview: actors folded from statements (in Python), and narrowed in a real Chromium."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

from dataclasses import replace

import pytest

from graphbuild.export.html import html_bytes
from graphbuild.export.overview import actor_graph, overview_data
from graphbuild.rdf import build_graph
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Quote, Relation, Role

EV = Evidence(0, 1, "x", 0, 10, "x" * 10, 0)


def _person(key: str, name: str, *types: str) -> Entity:
    return Entity(key, "person", name, types or ("Politician",), (), (EV,))


def _org(key: str, name: str, cls: str) -> Entity:
    return Entity(key, "organization", name, (cls,), (), (EV,))


def _article(i: int, date: str, *, quotes=(), relations=(), roles=(), figures=(), extra=()) -> Extraction:
    people = (_person("person:jane", "Jane Porter"), _person("person:tom", "Tom Ellis", "PoliceOfficer"),
              _org("org:met", "Metropolitan Police", "PoliceBody"),
              Entity("place:leeds", "place", "Leeds", ("Place",), (), (EV,)), *extra)
    article = Article(f"a{i}.txt", f"Story {i}", "x" * 20, f"{i:064x}", ((0, 20),), published=date)
    return Extraction(article, people, tuple(roles), tuple(quotes), tuple(figures), (), tuple(relations))


@pytest.fixture(scope="module")
def small_corpus():
    crit = Relation("person:jane", "criticises", "person:tom", "criticise", evidence=EV)
    return [
        _article(1, "2010-01-05", relations=[crit], roles=[Role("person:tom", "Chief Constable", "police", "org:met")],
                 quotes=[Quote("We will not stand for it.", "person:tom", "say", mentions=("person:jane",),
                               evidence=EV)]),
        _article(2, "2012-03-01", relations=[crit],
                 figures=[Figure("500", "count", "500", measures="officers", about="org:met",
                                 speaker="person:jane", evidence=EV)]),
        _article(3, "", extra=(_person("person:ann", "Ann Lone"),)),
    ]


def test_statements_fold_into_weighted_actor_edges(small_corpus):
    g = actor_graph(build_graph(small_corpus))
    names = {n: a["name"] for n, a in g.nodes(data=True)}
    edges = {(names[s], names[o], a["label"]): len(a["articles"]) for s, o, a in g.edges(data=True)}
    assert edges[("Jane Porter", "Tom Ellis", "criticises")] == 2  # two articles support it
    assert edges[("Tom Ellis", "Metropolitan Police", "Chief Constable")] == 1  # the post is the edge
    assert edges[("Tom Ellis", "Jane Porter", "quoted on")] == 1
    assert edges[("Jane Porter", "Metropolitan Police", "gave a figure on")] == 1
    assert "Leeds" not in names.values()  # places filter, they are not drawn
    by_name = {a["name"]: a for a in dict(g.nodes(data=True)).values()}
    assert [text for _, text in by_name["Tom Ellis"]["quotes"]] == ["We will not stand for it."]
    assert [text for _, text in by_name["Metropolitan Police"]["figures"]] == ["500 officers"]
    assert not any(s == o for s, o in g.edges())


def test_overview_data_lists_articles_by_date_and_places(small_corpus):
    data = overview_data(build_graph(small_corpus), max_drawn=10)
    assert [(a["headline"], a["date"]) for a in data["articles"]] == [
        ("Story 1", "2010-01-05"), ("Story 2", "2012-03-01"), ("Story 3", "")]
    assert data["places"] == [{"name": "Leeds", "articles": [0, 1, 2]}]
    ann = next(i for i, n in enumerate(data["nodes"]) if n["name"] == "Ann Lone")
    assert data["nodes"][ann]["articles"] == [2]  # mentioned only: no edge
    assert all(ann not in edge[:2] for edge in data["edges"])


def _page_json(page: bytes) -> dict:
    block = re.search(rb'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(block)


@pytest.mark.parametrize(("articles", "view"), [(1, "statements"), (3, "overview")])
def test_default_view_and_same_bytes(small_corpus, articles, view):
    graph = build_graph(small_corpus[:articles])
    page = html_bytes(graph, ["t"])
    assert page == html_bytes(build_graph(small_corpus[:articles]), ["t"])
    assert _page_json(page)["defaultView"] == view


def test_hostile_names_stay_inside_the_json(small_corpus):
    evil = _person("person:evil", "</script><img src=x onerror=alert(1)>", "Politician")
    rel = Relation("person:evil", "criticises", "person:jane", "criticise", evidence=EV)
    page = html_bytes(build_graph([*small_corpus, _article(4, "2011-01-01", relations=[rel], extra=(evil,))]), ["t"])
    assert b"<img src=x" not in page and b"</script><img" not in page
    assert any("<img" in n["name"] for n in _page_json(page)["overview"]["nodes"])


def _said(sentence: str, i: int = 0) -> Evidence:
    return Evidence(i, i + 5, sentence[:5], 0, len(sentence), sentence, 0)


TOLD_QUOTE = "“The rota will change,” Tom Ellis told Jane Porter at the Leeds briefing."
TOLD_AGAIN = "Tom Ellis told Jane Porter that the <img src=x onerror=window.pwned=1> rota was final."
TOLD_RELATION = "At the hearing Tom Ellis told Jane Porter the force was full."


@pytest.fixture(scope="module")
def told_corpus():
    """Tom Ellis tells Jane Porter things three times in two articles: by two quotes and a relation."""
    def article(i, date, outlet, *, quotes=(), relations=()):
        ex = _article(i, date, quotes=quotes, relations=relations)
        return replace(ex, article=Article(f"told{i}.txt", f"Force rota row, part {i}", "x" * 20, f"{i + 100:064x}",
                                           ((0, 20),), published=date, outlet=outlet))
    return [
        article(1, "2021-02-03", "The Courier", quotes=[Quote("The rota will change", "person:tom", "tell",
                                                              addressee="person:jane", evidence=_said(TOLD_QUOTE))]),
        article(2, "2021-04-05", "The Herald",
                quotes=[Quote("the rota was final", "person:tom", "tell", addressee="person:jane",
                              evidence=_said(TOLD_AGAIN, 3))],
                relations=[Relation("person:tom", "told", "person:jane", "tell", evidence=_said(TOLD_RELATION))]),
    ]


def test_parallel_statements_fold_into_one_edge_with_all_their_evidence(told_corpus):
    g = actor_graph(build_graph(told_corpus))
    told = [(s, o, a) for s, o, a in g.edges(data=True) if a["label"] == "told"]
    assert len(told) == 1  # one "told" between the pair, not one per statement or per kind
    _, _, attrs = told[0]
    assert len(attrs["articles"]) == 2 and len(attrs["statements"]) == 3
    assert {sentence for _, sentence in attrs["evidence"]} == {TOLD_QUOTE, TOLD_AGAIN, TOLD_RELATION}
    data = overview_data(build_graph(told_corpus), max_drawn=10)
    edge = next(e for e in data["edges"] if e[3] == "told")
    assert edge[5] == [[0, TOLD_QUOTE], [1, TOLD_RELATION], [1, TOLD_AGAIN]] and edge[6] == 3
    assert [(a["headline"], a["outlet"]) for a in data["articles"]][:2] == [
        ("Force rota row, part 1", "The Courier"), ("Force rota row, part 2", "The Herald")]


def test_every_overview_edge_carries_evidence(told_corpus, small_corpus):
    data = overview_data(build_graph(told_corpus + small_corpus[1:]), max_drawn=10)
    assert data["edges"] and all(edge[5] and edge[6] == len(edge[5]) for edge in data["edges"])


def test_the_actors_view_of_networkx_carries_statements_and_sentences(told_corpus):
    import graphbuild

    actors = graphbuild.to_networkx(build_graph(told_corpus), view="actors")
    told = [a for _, _, a in actors.edges(data=True) if a["label"] in ("told", "quote: addressee")]
    labels = sorted(a["label"] for a in told)
    assert len(labels) == len(set(labels))  # one edge per label between the pair
    assert sum(len(a["statements"]) for a in told) == 3
    assert {s for a in told for s in a["evidence"]} == {TOLD_QUOTE, TOLD_AGAIN, TOLD_RELATION}


# ---------- in Chromium ----------

playwright_api = pytest.importorskip("playwright.sync_api")
CAP = 40


@pytest.fixture(scope="module")
def page(open_page, synthetic_page):
    return open_page(synthetic_page(60, CAP))


DRAWN = "() => window.graphbuild.nodes.getIds().sort()"
DRAWN_EDGES = "() => window.graphbuild.edges.getIds().map(id => Number(id.slice(1)))"


def _reset(page):
    page.click("#reset")
    page.uncheck("#hood")
    page.settled()


def test_overview_is_capped_and_labels_the_central_actors(page):
    view = page.evaluate("() => window.graphbuild.view.name")
    drawn = page.evaluate(DRAWN)
    connected = page.evaluate("() => window.graphbuild.state.view.connected")
    assert view == "overview" and CAP - 5 <= len(drawn) <= CAP < connected
    groups = set(page.evaluate("() => window.graphbuild.nodes.get().map(n => n.group)"))
    assert groups.isdisjoint({"Quote", "Figure", "Post", "Place"})
    labelled = page.evaluate("() => window.graphbuild.labelledNow()")
    central = page.evaluate("() => window.graphbuild.data.overview.central")
    assert 0 < len(labelled) < len(drawn) and set(labelled) <= set(central)


def test_date_filter_keeps_only_edges_from_the_range(page):
    _reset(page)
    before = page.evaluate(DRAWN)
    page.fill("#date-from", "2012-01-01")
    page.fill("#date-to", "2013-12-31")
    page.uncheck("#undated")
    page.settled()
    arts = page.evaluate("() => window.graphbuild.data.overview.articles")
    edges = page.evaluate("() => window.graphbuild.data.overview.edges")
    drawn_edges = page.evaluate(DRAWN_EDGES)
    assert drawn_edges and page.evaluate(DRAWN) != before
    in_range = {i for i, a in enumerate(arts) if "2012-01-01" <= a["date"] <= "2013-12-31"}
    assert all(set(edges[k][4]) & in_range for k in drawn_edges)
    assert f"{len(in_range)} articles of 60" in page.inner_text("#view-summary")


def test_article_list_narrows_to_the_picked_article(page):
    _reset(page)
    page.check("#article-list input[data-index='7']")
    page.settled()
    nodes = page.evaluate("() => window.graphbuild.data.overview.nodes")
    edges = page.evaluate("() => window.graphbuild.data.overview.edges")
    drawn = set(page.evaluate(DRAWN))
    assert drawn and all(7 in edges[k][4] for k in page.evaluate(DRAWN_EDGES))
    assert drawn <= {n["id"] for n in nodes if 7 in n["articles"]}
    assert page.inner_text("#view-summary").startswith("1 article of 60")


def test_place_filter_keeps_the_articles_naming_it(page):
    _reset(page)
    place = page.evaluate("() => window.graphbuild.data.overview.places[0]")
    page.select_option("#place", place["name"])
    page.settled()
    edges = page.evaluate("() => window.graphbuild.data.overview.edges")
    assert all(set(edges[k][4]) & set(place["articles"]) for k in page.evaluate(DRAWN_EDGES))
    assert page.inner_text("#view-summary").startswith(f"{len(place['articles'])} article")
    assert "Place" not in set(page.evaluate("() => window.graphbuild.nodes.get().map(n => n.group)"))


def _click_node(page, node_id):
    point = page.evaluate(
        """(id) => { const net = window.graphbuild.network; net.focus(id, {scale: 1.5});
                     const p = net.getPositions([id])[id]; return net.canvasToDOM(p); }""", node_id)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


@pytest.mark.parametrize("hops", [1, 2])
def test_neighbourhood_mode_and_shared_fragment_reload(page, hops):
    _reset(page)
    page.check("#hood")
    page.select_option("#hops", str(hops))
    page.fill("#date-from", "2009-01-01")
    page.settled()
    target = page.evaluate("() => window.graphbuild.nodes.getIds().sort()[3]")
    _click_node(page, target)
    page.settled()
    ov = page.evaluate("() => window.graphbuild.data.overview")
    live = {k for k, e in enumerate(ov["edges"])
            if any(not ov["articles"][a]["date"] or ov["articles"][a]["date"] >= "2009-01-01" for a in e[4])}
    ids = [n["id"] for n in ov["nodes"]]
    reach = {ids.index(target)}
    for _ in range(hops):
        reach |= {e[1 - side] for k in live for e in [ov["edges"][k]] for side in (0, 1) if e[side] in reach}
    expected = sorted(ids[i] for i in reach)[:CAP] if len(reach) <= CAP else None
    drawn = page.evaluate(DRAWN)
    assert expected is not None or hops == 2  # one step fits under the cap: the drawn set is exact
    if expected is not None:
        assert drawn == expected
    assert target in drawn and f"focus={quote(target, safe='')}" in page.url and "from=2009-01-01" in page.url
    assert page.evaluate("() => window.graphbuild.view.focus") == target
    page.reload()
    page.settled()
    assert page.evaluate(DRAWN) == drawn
    assert page.input_value("#date-from") == "2009-01-01" and page.is_checked("#hood")
    assert page.input_value("#hops") == str(hops)
    panel = page.inner_text("#panel")
    assert ov["nodes"][ids.index(target)]["name"] in panel


def test_one_switch_to_the_statements_view_and_community_colours(page):
    _reset(page)
    page.select_option("#colour", "community")
    page.settled()
    colours = set(page.evaluate("() => window.graphbuild.nodes.get().map(n => n.color.background)"))
    assert len(colours) > 1 and colours <= set(page.evaluate("() => window.graphbuild.data.overview.communityColours")
                                               + ["#c8c8c8"])
    page.select_option("#view", "statements")
    page.settled()
    groups = set(page.evaluate("() => window.graphbuild.nodes.get().map(n => n.group)"))
    assert "Quote" in groups and "view=statements" in page.url
    everything = page.evaluate("() => window.graphbuild.data.nodes.length")  # all articles' statements
    page.select_option("#view", "overview")
    page.settled()
    page.evaluate("() => window.graphbuild.setFocus(window.graphbuild.data.overview.central[0])")
    page.settled()
    page.select_option("#view", "statements")  # a focused node's statements, one switch away
    page.settled()
    shown = page.evaluate("() => window.graphbuild.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert page.evaluate("() => window.graphbuild.data.overview.central[0]") in shown
    assert 1 < len(shown) < everything
    assert page.input_value("#article") == "focus"  # the article menu says it is a neighbourhood
    page.click("#reset")
    page.select_option("#view", "overview")
    page.select_option("#colour", "class")
    page.settled()
    assert "Quote" not in set(page.evaluate("() => window.graphbuild.nodes.get().map(n => n.group)"))


def test_communities_of_edges_no_article_supports_are_none():
    import networkx as nx

    from graphbuild.export.overview import communities

    g = nx.MultiDiGraph()
    g.add_edge("a", "b", articles=[])
    g.add_edge("c", "c", articles=["x"])
    assert communities(g) == {}


@pytest.fixture(scope="module")
def told_page(open_page, told_corpus, tmp_path_factory):
    html = tmp_path_factory.mktemp("told") / "graph.html"
    html.write_bytes(html_bytes(build_graph(told_corpus), ["t"]))
    page = open_page(html, width=1200, height=800)
    yield page
    assert page.evaluate("() => window.pwned") is None


EDGE_MIDDLE = """label => {
  const g = window.graphbuild, net = g.network, ov = g.data.overview;
  const id = g.edges.get().find(e => e.label === label).id, e = ov.edges[Number(id.slice(1))];
  const pos = net.getPositions([ov.nodes[e[0]].id, ov.nodes[e[1]].id]);
  const [a, b] = Object.values(pos);
  return net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
}"""


def test_clicking_an_overview_edge_shows_its_sentences_and_articles(told_page):
    page = told_page
    told = page.evaluate("() => window.graphbuild.edges.get().filter(e => e.label === 'told').length")
    assert told == 1  # one edge per label between the pair, in the drawn page too
    point = page.evaluate(EDGE_MIDDLE, "told")
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    evidence = page.locator("#edge-evidence")
    evidence.wait_for()
    text = evidence.inner_text()
    for sentence in (TOLD_QUOTE, TOLD_RELATION, TOLD_AGAIN):
        assert sentence in text  # the hostile one too, as text
    assert "2021-02-03 · The Courier · Force rota row, part 1" in text
    assert "2021-04-05 · The Herald · Force rota row, part 2" in text
    assert page.locator("#edge-evidence img").count() == 0


def test_a_connection_in_a_node_panel_opens_its_evidence(told_page):
    page = told_page
    tom = page.evaluate("() => window.graphbuild.data.overview.nodes.find(n => n.name === 'Tom Ellis').id")
    page.evaluate("() => window.graphbuild.showEdgeEvidence(-1)")  # an unknown edge: nothing happens
    point = page.evaluate("id => { const net = window.graphbuild.network; return net.canvasToDOM(net.getPositions([id])[id]); }",
                          tom)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.locator("#panel").inner_text()
    assert "“The rota will change”\n2021-02-03 · The Courier · Force rota row, part 1" in panel  # a quote's article
    connections = page.locator("#panel button.connection")
    labels = connections.all_inner_texts()
    assert len([t for t in labels if t.startswith("told Jane Porter")]) == 1  # no "told Jane Porter" twice
    connections.filter(has_text="told Jane Porter").click()
    text = page.locator("#edge-evidence").inner_text()
    assert TOLD_RELATION in text and "The Herald" in text

