"""The built page in a real headless Chromium (Debian's), driven by Playwright."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from rdflib import Graph

from graphbuild.export.html import to_networkx
from graphbuild.export.screenshot import wait_until_settled
from graphbuild.pipeline import build

playwright_api = pytest.importorskip("playwright.sync_api")

HOSTILE = (
    "Jane Porter, the Home Secretary, spoke on Monday.\n\n"
    "Jane Porter said: “<script>window.pwned = 1; alert('x')</script> is what they want.”\n\n"
    "Tom Ellison, chairman of the Police Federation, said: “<img src=x onerror=\"window.pwned=2\"> "
    "and javascript:alert(3) will not stop us, </script><b id=injected>bold</b>.”\n"
)



@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    result = build([_sample()], out=out)
    return result, out / "graph.html"


def _sample() -> Path:
    from graphbuild.resources import sample_article

    return Path(str(sample_article()))


def _open(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    events = {"console_errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda msg: events["console_errors"].append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: events["console_errors"].append(str(exc)))
    page.on("request", lambda req: events["requests"].append(req.url))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.goto(html.resolve().as_uri())
    wait_until_settled(page)
    return page, events


def test_page_loads_offline_and_draws_the_whole_graph(browser, sample_build):
    result, html = sample_build
    page, events = _open(browser, html)
    assert events["console_errors"] == []
    assert [url for url in events["requests"] if not url.startswith(("file:", "data:"))] == []
    expected = to_networkx(Graph().parse(html.parent / "graph.ttl"))
    drawn_nodes = page.evaluate("() => window.graphbuild.network.body.nodeIndices.length")
    drawn_edges = page.evaluate("() => window.graphbuild.network.body.edgeIndices.length")
    assert drawn_nodes == expected.number_of_nodes() > 20
    assert drawn_edges == expected.number_of_edges() > 20
    assert "quotes" in page.inner_text("#counts")
    page.close()


def test_search_focuses_the_named_node(browser, sample_build):
    page, _ = _open(browser, sample_build[1])
    page.fill("#search", "Gareth Lyle")
    page.press("#search", "Enter")
    selected = page.evaluate("() => window.graphbuild.network.getSelectedNodes()")
    labels = page.evaluate("(ids) => ids.map(id => window.graphbuild.nodes.get(id).label)", selected)
    assert labels == ["Gareth Lyle"]
    assert "Gareth Lyle" in page.inner_text("#panel")
    page.close()


def test_class_filter_hides_and_reset_restores(browser, sample_build):
    page, _ = _open(browser, sample_build[1])
    quotes = page.evaluate("() => window.graphbuild.nodes.get({filter: n => n.group === 'Quote'}).length")
    assert quotes > 0
    page.uncheck("#legend input[data-group=Quote]")
    hidden = page.evaluate("() => window.graphbuild.nodes.get({filter: n => n.hidden}).map(n => n.group)")
    assert hidden == ["Quote"] * quotes
    page.click("#reset")
    assert page.evaluate("() => window.graphbuild.nodes.get({filter: n => n.hidden}).length") == 0
    page.close()


def _click_node(page, node_id):
    point = page.evaluate(
        """(id) => { const net = window.graphbuild.network; net.focus(id, {scale: 1.5});
                     const p = net.getPositions([id])[id]; return net.canvasToDOM(p); }""", node_id)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_clicking_a_quote_shows_its_speaker(browser, sample_build):
    page, _ = _open(browser, sample_build[1])
    node_id = page.evaluate(
        """() => window.graphbuild.nodes.get({filter: n => n.group === 'Quote'})
                 .map(n => n.id).find(id => window.graphbuild.data.details[id].fields
                 .some(f => f[0] === 'Speaker' && f[1] === 'Gareth Lyle'))""")
    assert node_id
    _click_node(page, node_id)
    panel = page.inner_text("#panel")
    assert "Speaker" in panel and "Gareth Lyle" in panel
    page.close()


def test_article_text_cannot_run_in_the_page(browser, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    build([article], out=tmp_path / "out")
    page, events = _open(browser, tmp_path / "out" / "graph.html")
    assert events["dialogs"] == []
    assert page.evaluate("() => window.pwned === undefined")
    assert page.evaluate("() => document.querySelectorAll('script').length") == 5  # vis, ours, three JSON blocks
    assert page.evaluate("() => document.querySelectorAll('img, #injected').length") == 0
    quote_ids = page.evaluate("() => window.graphbuild.nodes.get({filter: n => n.group === 'Quote'}).map(n => n.id)")
    assert quote_ids
    for node_id in quote_ids:
        _click_node(page, node_id)
    assert events["dialogs"] == [] and page.evaluate("() => window.pwned === undefined")
    assert page.evaluate("() => document.querySelectorAll('img, #injected').length") == 0
    assert "<script>" in page.inner_text("#panel") or "<img" in page.inner_text("#panel")
    page.close()


def _png_pixels(data: bytes) -> bytes:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return zlib.decompress(idat)


def test_screenshot_is_a_real_picture(tmp_path):
    import subprocess
    import sys

    # A process of its own: Playwright's sync API cannot nest inside the module's browser session.
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", "--out", str(tmp_path), "--screenshot"],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    pixels = _png_pixels((tmp_path / "graph.png").read_bytes())
    assert len(set(pixels)) > 50  # many colours: the graph is drawn, not a blank page


def test_page_is_utf8_whatever_the_locale(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0",
           "PYTHONIOENCODING": "ascii:backslashreplace"}
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", "--out", str(tmp_path), "--skip-validation"],
                          capture_output=True, text=True, timeout=240, env=env)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "graph.html").read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in page
    assert "\u201c" in page or "\\u201c" in page  # the article's curly quotes, raw or JSON-escaped
