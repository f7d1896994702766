"""How long the interactive page takes to settle in headless Chromium.

Statements view: builds synthetic graphs (people, bodies, quotes and relations
wired like a news corpus) of N nodes. Overview: builds synthetic corpora of N
articles (`synthetic_corpus`: dated articles whose actors recur with a skewed
popularity, holding posts, quoting and criticising each other, backing
policies, giving figures). Each page is written as graph.html, opened from
file:// in Debian's Chromium, and timed until the layout settles and physics
stops, as measured inside the page (and as load + settle from outside), with
the first size as the baseline of the run; file sizes and drawn nodes too.

    python benchmarks/html_settle.py [--sizes 100 500 2000] [--articles 100 1000]
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
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Policy, Quote, Relation, Role


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


def _evidence(i: int) -> Evidence:
    return Evidence(i, i + 1, "x", 0, 10, "x" * 10, 0)


def synthetic_corpus(n_articles: int, seed: int = 1) -> list[Extraction]:
    """n_articles dated articles, wired like a year of news: a few actors in many articles, most in one or two.

    Pools grow with the corpus (about 1.5 people, 0.3 bodies and 0.2 policies
    per article); each article is on one of many beats (a force, a committee:
    slices of the pools) and names 6-10 actors, most from its beat, the rest
    drawn corpus-wide with a Zipf-like skew (the few national figures); it
    gives two of its people their post in a body, quotes them (naming others),
    has them criticise, back or oppose each other and policies, and reports
    figures on a body or policy. Deterministic for a given seed.
    """
    rng = random.Random(seed)
    people = [Entity(f"person:p{i}", "person", f"Person {i}", ("Politician",) if i % 3 else ("PoliceOfficer",), (),
                     (_evidence(0),)) for i in range(max(10, int(n_articles * 1.5)))]
    bodies = [Entity(f"org:b{i}", "organization", f"Body {i}",
                     (("PoliceBody",), ("GovernmentBody",), ("Committee",), ("PoliticalParty",))[i % 4], (),
                     (_evidence(0),)) for i in range(max(8, n_articles // 3))]
    places = [Entity(f"place:l{i}", "place", f"Place {i}", ("Place",), (), (_evidence(0),))
              for i in range(max(4, n_articles // 10))]
    policies = [Policy(f"policy:y{i}", f"policy {i}", (), "policy", (_evidence(0),))
                for i in range(max(4, n_articles // 5))]
    titles = ("Chief Constable", "Home Secretary", "MP", "Chair")
    post_of = {p.key: (titles[i % 4], bodies[rng.randrange(len(bodies))].key) for i, p in enumerate(people)}

    beats = max(1, n_articles // 25)

    def skewed(pool: list, k: int, beat: int) -> list:
        chosen: dict = {}
        size = max(1, len(pool) // beats)
        while len(chosen) < min(k, len(pool)):
            if rng.random() < 0.7:  # the article's beat
                item = pool[min(len(pool) - 1, beat * size + rng.randrange(size))]
            else:
                item = pool[min(len(pool) - 1, int(rng.paretovariate(1.1)) - 1)]
            chosen[item.key] = item
        return list(chosen.values())

    corpus = []
    for a in range(n_articles):
        beat = rng.randrange(beats)
        who, orgs = skewed(people, rng.randint(3, 6), beat), skewed(bodies, rng.randint(2, 4), beat)
        where, what = skewed(places, 1, beat), skewed(policies, rng.randint(1, 2), beat)
        roles = tuple(Role(p.key, post_of[p.key][0], "political", post_of[p.key][1], evidence=_evidence(1))
                      for p in who[:2])
        org_keys = {o.key for o in orgs} | {r.organisation for r in roles}
        orgs += [b for b in bodies if b.key in org_keys - {o.key for o in orgs}]
        names = [e.key for e in who + orgs]
        quotes = tuple(Quote(f"words {a}-{i} on the matter", p.key, "say",
                             mentions=tuple(rng.sample([n for n in names if n != p.key], rng.randint(0, 2))),
                             evidence=_evidence(10 + i)) for i, p in enumerate(who[:rng.randint(1, len(who))]))
        relations = tuple(Relation(rng.choice(who).key, pred, obj, "say", evidence=_evidence(30 + i))
                          for i, (pred, obj) in enumerate([("criticises", rng.choice(names)),
                                                            (rng.choice(("backs", "opposes")), rng.choice(what).key),
                                                            ("memberOf", rng.choice(orgs).key)]))
        relations = tuple(r for r in relations if r.subject != r.object)
        figures = tuple(Figure(str(rng.randint(1, 5000)), "count", "1,000", measures="officers",
                               about=rng.choice(what + orgs).key, speaker=who[0].key, place=where[0].key,
                               evidence=_evidence(50 + i)) for i in range(rng.randint(0, 2)))
        year, day = 2008 + a * 18 // max(n_articles, 1), rng.randint(1, 28)
        article = Article(f"synthetic-{a:05d}.txt", f"Synthetic story {a}", "x" * 100, f"{a:064x}", ((0, 100),),
                          published="" if a % 9 == 4 else f"{year}-{rng.randint(1, 12):02d}-{day:02d}")
        corpus.append(Extraction(article, tuple(who + orgs + where), roles, quotes, figures, tuple(what), relations))
    return corpus


def _measure(browser, html: Path) -> tuple[int, int, float, float, float]:
    """(drawn nodes, file bytes, settle s inside the page, from navigation to settled s as the page
    measures it, load + settle s from outside, polling included)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    started = time.perf_counter()
    page.goto(html.as_uri())
    settle_ms = wait_until_settled(page, timeout_ms=120000)
    wall = time.perf_counter() - started
    drawn = page.evaluate("() => window.graphbuild.network.body.nodeIndices.length")
    opened = page.evaluate("() => window.graphbuild.state.openedMs") or 0.0
    page.close()
    return drawn, html.stat().st_size, settle_ms / 1000, opened / 1000, wall


def _table(title: str, first: str, rows: list) -> None:
    base = rows[0][-1]
    print(title)
    print(f"{first:>8} {'drawn':>6} {'html KB':>8} {'settle s':>9} {'opened s':>9} {'load+settle s':>14} {'ratio':>6}")
    for n, drawn, size, settle, opened, wall in rows:
        print(f"{n:>8} {drawn:>6} {size / 1024:>8.0f} {settle:>9.2f} {opened:>9.2f} {wall:>14.2f} {wall / base:>6.1f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 500, 2000],
                    help="statements view: synthetic graphs of about this many nodes")
    ap.add_argument("--articles", type=int, nargs="*", default=[100, 1000],
                    help="overview: synthetic corpora of this many articles")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        rows = []
        for n in args.sizes:
            graph = build_graph([synthetic(n)])
            html = Path(tmp) / f"graph-{n}.html"
            html.write_bytes(html_bytes(graph, ["synthetic"], PageOptions(max_nodes=max(args.sizes),
                                                                          view="statements")))
            rows.append((n, *_measure(browser, html)))
        if rows:
            _table("statements view", "nodes", rows)
        rows = []
        for n in args.articles:
            corpus = synthetic_corpus(n)
            started = time.perf_counter()
            page = html_bytes(build_graph(corpus), [ex.article.title for ex in corpus], PageOptions())
            built = time.perf_counter() - started
            html = Path(tmp) / f"corpus-{n}.html"
            html.write_bytes(page)
            rows.append((n, *_measure(browser, html)))
            print(f"{n} articles: graph and page built in {built:.1f} s")
        if rows:
            _table("overview (corpus)", "articles", rows)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
