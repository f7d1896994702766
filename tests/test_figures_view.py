"""The Figures view of graph.html (issue 26): the corpus's claims as a timeline per measure, inside the
page, offline and inside its CSP; on a corpus page and on a single article's. Articles of our own."""
from __future__ import annotations

import json
import re

import pytest

STORY = ("{headline}\n\nPublished: {date}\n\nPolice officer numbers in Kent reached {value} at the end of March 2022. "
         "The county force made {arrests} arrests during the festival.\n")
CORPUS = {"a.txt": ("Officer numbers climb", "10 May 2022", "4,210", "340"),
          "b.txt": ("Force short of officers", "2 June 2022", "only 4,480", "120")}
CSP_WATCH = ("window.__csp = []; document.addEventListener('securitypolicyviolation',"
             " function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });")


def _build(folder, articles: dict[str, tuple[str, ...]]):
    from graphbuild.cli import main

    source = folder / "articles"
    source.mkdir()
    for name, (headline, date, value, arrests) in articles.items():
        (source / name).write_text(STORY.format(headline=headline, date=date, value=value, arrests=arrests),
                                   encoding="utf-8")
    out = folder / "kg"
    assert main(["build", str(source), "--out", str(out), "--no-cache", "--claims"]) == 0
    return out / "graph.html"


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("figures"), CORPUS)


@pytest.fixture(scope="module")
def single_page(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("figures-one"), {"a.txt": CORPUS["a.txt"]})


def _figures(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="figures-data">(.*?)</script>', page, re.S).group(1))


def test_the_page_carries_every_claim_with_its_article_and_chart_js_inlined(corpus_page):
    page = corpus_page.read_text(encoding="utf-8")
    assert "default-src 'none'" in page and not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=", page)
    data = _figures(page)
    claims = [dict(zip(data["columns"], row)) for row in data["rows"]]
    assert sorted((c["measure"], int(c["value"])) for c in claims) == [
        ("arrests", 120), ("arrests", 340), ("police officer headcount", 4210), ("police officer headcount", 4480)]
    disputed = {int(c["value"]): c["disagreesWith"] for c in claims if c["disagreesWith"]}
    assert disputed == {4210: "4480 in b.txt", 4480: "4210 in a.txt"}
    assert sorted(data["articles"]) == [["Force short of officers", "2022-06-02", "b.txt"],
                                        ["Officer numbers climb", "2022-05-10", "a.txt"]]
    assert "Chart.js v4" in page  # the chart library, inlined


def test_the_page_and_claims_csv_hold_the_same_claims_in_the_same_order(corpus_page):
    import csv

    from graphbuild.cli import main

    data = _figures(corpus_page.read_text(encoding="utf-8"))
    page = [dict(zip(data["columns"], row)) for row in data["rows"]]
    for claim in page:
        claim.update(zip(("headline", "published", "file"), data["articles"][claim.pop("article")]))
    built = list(csv.DictReader((corpus_page.parent / "claims.csv").open(encoding="utf-8")))
    assert page == [{k: row[k] for k in page[0]} for row in built]
    written = (corpus_page.parent / "claims.csv").read_bytes()  # the build's, from its table of triples
    assert main(["claims", str(corpus_page.parent)]) == 0  # the command's, from graph.ttl
    assert (corpus_page.parent / "claims.csv").read_bytes() == written


def test_a_page_without_claims_has_the_view_but_not_the_chart_library():
    from rdflib import Graph

    from graphbuild.export.html import html_bytes

    page = html_bytes(Graph(), ["nothing"]).decode("utf-8")
    assert _figures(page)["rows"] == [] and 'value="figures"' in page and "Chart.js v4" not in page


def _open(browser, page_path, fragment: str = ""):
    context = browser.new_context(offline=True, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    problems, requests = [], []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: requests.append(req.url))
    page.add_init_script(CSP_WATCH)
    page.goto(page_path.resolve().as_uri() + fragment)
    return context, page, problems, requests


def _points(page) -> list:
    return page.evaluate("Chart.getChart('fig-chart').data.datasets.map(d => d.data.map(p =>"
                         " [d.label, p.y, d.pointStyle])).flat().sort()")


def _click_point(page, value: int) -> None:
    """Click where the chart draws the point of `value`, once the page has settled: the chart is resized
    after the list beneath it changes (a ResizeObserver), so a position read too early may be stale."""
    locate = """(value) => { const c = Chart.getChart('fig-chart'), r = c.canvas.getBoundingClientRect();
        for (let d = 0; d < c.data.datasets.length; d++) {
          const k = c.data.datasets[d].data.findIndex(p => p.y === value);
          if (k >= 0) { const e = c.getDatasetMeta(d).data[k]; return [r.left + e.x, r.top + e.y]; } } }"""
    where, before = page.evaluate(locate, value), None
    for _ in range(20):  # the same place twice, a frame apart
        if where == before:
            break
        page.wait_for_timeout(50)
        before, where = where, page.evaluate(locate, value)
    page.mouse.click(where[0], where[1])
    for _ in range(3):  # a click the busy page took before its last resize lands beside the point: again
        try:
            page.wait_for_selector("#fig-rows tr.picked", timeout=2000)
            return
        except Exception:  # playwright's TimeoutError
            where = page.evaluate(locate, value)
            page.mouse.click(where[0], where[1])
    page.wait_for_selector("#fig-rows tr.picked", timeout=2000)


def _finish(context, page, problems, requests) -> None:
    assert page.evaluate("window.__csp") == []  # no CSP violation
    assert problems == [] and all(url.startswith(("file:", "data:")) for url in requests)  # offline
    context.close()


def test_switching_to_figures_picking_a_measure_and_opening_a_point_s_evidence(browser, corpus_page):
    context, page, problems, requests = _open(browser, corpus_page)
    assert page.locator("#figures").is_hidden()
    page.select_option("#view", "figures")
    page.wait_for_selector("#fig-chart-box canvas")
    assert page.locator("#graph").is_hidden() and page.locator("#figures").is_visible()
    page.select_option("#fig-measure", "police officer headcount")
    assert page.locator("#fig-rows tr").count() == 2 and page.locator("#fig-rows tr.disagrees").count() == 2
    assert [p[1:] for p in _points(page)] == [[4210, "triangle"], [4480, "triangle"]]  # disputed: marked
    assert "view=figures" in page.url and "measure=police%20officer%20headcount" in page.url

    page.select_option("#fig-measure", "arrests")
    assert [p[1:] for p in _points(page)] == [[120, "circle"], [340, "circle"]]
    _click_point(page, 340)
    evidence = page.inner_text("#fig-evidence")
    assert "Officer numbers climb" in evidence and "a.txt" in evidence
    assert "340 arrests during the festival" in page.inner_text("#fig-sentence")
    assert page.locator("#fig-rows tr.picked").inner_text().count("340") >= 1

    page.click("#fig-open")  # the figure itself, in the statements view
    assert page.evaluate("window.graphbuild.view.name") == "statements"
    selected = page.evaluate("window.graphbuild.network.getSelectedNodes()")
    assert len(selected) == 1 and "/figure/340" in selected[0]
    assert "340" in page.inner_text("#panel")
    _finish(context, page, problems, requests)


def test_a_shared_link_opens_the_figures_view_on_its_measure(browser, corpus_page):
    context, page, problems, requests = _open(browser, corpus_page, "#view=figures&measure=arrests&kind=level")
    page.wait_for_selector("#fig-rows tr")
    assert page.input_value("#fig-measure") == "arrests" and page.input_value("#fig-kind") == "level"
    assert page.locator("#fig-rows tr").count() == 2
    page.select_option("#view", "overview")  # and back to a graph view, drawn from scratch
    page.wait_for_function("window.graphbuild.state.settled && window.graphbuild.network !== null")
    assert page.locator("#graph canvas").count() == 1
    _finish(context, page, problems, requests)


def test_the_single_article_page_has_the_figures_view(browser, single_page):
    context, page, problems, requests = _open(browser, single_page)
    page.select_option("#view", "figures")
    page.wait_for_selector("#fig-rows tr")
    assert page.input_value("#fig-measure") in ("arrests", "police officer headcount")
    page.select_option("#fig-measure", "police officer headcount")
    assert [p[1:] for p in _points(page)] == [[4210, "circle"]]
    _click_point(page, 4210)
    assert "4,210" in page.inner_text("#fig-sentence")
    _finish(context, page, problems, requests)


def test_a_claim_s_sentence_cannot_run_in_the_view(browser, tmp_path):
    hostile = ("Officer numbers climb", "10 May 2022",
               '4,210 <img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b id=injected>b</b>', "340")
    page_path = _build(tmp_path, {"a.txt": hostile})
    context, page, problems, requests = _open(browser, page_path, "#view=figures&measure=police%20officer%20headcount")
    page.wait_for_selector("#fig-rows tr")
    _click_point(page, 4210)
    assert "<img" in page.inner_text("#fig-sentence") and "<img" in page.inner_text("#fig-rows")  # shown as text
    assert page.evaluate("() => window.pwned === undefined && !document.querySelector('#figures img, #injected')")
    _finish(context, page, problems, requests)


def test_claims_with_no_period_and_no_article_date_are_listed_not_drawn(browser, tmp_path):
    from graphbuild.cli import main

    (tmp_path / "undated.txt").write_text("Festival weekend\n\nThe county force made 340 arrests during the festival.\n",
                                          encoding="utf-8")
    assert main(["build", str(tmp_path / "undated.txt"), "--out", str(tmp_path / "kg"), "--no-cache"]) == 0
    context, page, problems, requests = _open(browser, tmp_path / "kg" / "graph.html", "#view=figures")
    page.wait_for_selector("#fig-rows tr")
    assert page.input_value("#fig-measure") == "arrests" and _points(page) == []
    assert "1 with no period and no article date: listed, not drawn" in page.inner_text("#fig-summary")
    page.click("#fig-rows tr")  # its row still opens its evidence
    assert "340 arrests" in page.inner_text("#fig-sentence")
    _finish(context, page, problems, requests)
