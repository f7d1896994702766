"""How long the interactive page takes to settle in headless Chromium.

Builds synthetic corpus-sized graphs (people, bodies, quotes and relations
wired like a news corpus) of N nodes, writes graph.html, opens it in Debian's
Chromium and reports the time until the layout settles and physics stops, as
measured inside the page, with the 100-node page as the baseline of the run.

    python benchmarks/html_settle.py [--sizes 100 500 2000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from graphbuild.export.html import PageOptions, html_bytes
from graphbuild.export.screenshot import launch, wait_until_settled
from graphbuild.rdf import build_graph
from graphbuild.records import Article, Entity, Evidence, Extraction, Quote, Relation


def synthetic(n_nodes: int, seed: int = 1) -> Extraction:
    """About n_nodes visible nodes: a third actors, the rest quotes, with relations between actors."""
    rng = random.Random(seed)
    text = "x" * 10
    ev = Evidence(0, 1, "x", 0, 10, text, 0)
    n_actors = max(2, n_nodes // 3)
    entities = []
    for i in range(n_actors):
        kind = "person" if i % 3 else "organization"
        key = f"{'person' if kind == 'person' else 'org'}:actor {i}"
        types = ("Politician",) if kind == "person" else ("PoliceBody",)
        entities.append(Entity(key, kind, f"Actor {i}", types, (), (ev,)))
    quotes = [Quote(f"words {i}", entities[rng.randrange(n_actors)].key, "say", evidence=Evidence(0, 1, "x", 0, 10,
                    text, 0)) for i in range(n_nodes - n_actors)]
    relations = [Relation(entities[rng.randrange(n_actors)].key, "criticises", entities[rng.randrange(n_actors)].key,
                          "criticise", evidence=ev) for _ in range(n_actors)]
    relations = [r for r in relations if r.subject != r.object]
    article = Article("synthetic.txt", "Synthetic corpus", text, "0" * 64, ((0, 10),))
    return Extraction(article, tuple(entities), (), tuple(quotes), (), (), tuple(relations))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for n in args.sizes:
            graph = build_graph([synthetic(n)])
            html = Path(tmp) / f"graph-{n}.html"
            html.write_bytes(html_bytes(graph, ["synthetic"], PageOptions(max_nodes=max(args.sizes))))
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(html.as_uri())
            settle_ms = wait_until_settled(page, timeout_ms=120000)
            wall = time.perf_counter() - started
            drawn = page.evaluate("() => window.graphbuild.network.body.nodeIndices.length")
            page.close()
            rows.append((n, drawn, html.stat().st_size, settle_ms / 1000, wall))
        browser.close()
    base = rows[0][4]
    print(f"{'nodes':>6} {'drawn':>6} {'html KB':>8} {'settle s':>9} {'load+settle s':>14} {'ratio':>6}")
    for n, drawn, size, settle, wall in rows:
        print(f"{n:>6} {drawn:>6} {size / 1024:>8.0f} {settle:>9.2f} {wall:>14.2f} {wall / base:>6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
