"""What claims cost at scale (issue 26): a corpus build with `--claims` and the Figures view against
the build of before, and the Figures view in Chromium with thousands of claims.

    python benchmarks/claims_scale.py corpus --n 1000 --base ../base-worktree   # run once: two cold builds
    python benchmarks/claims_scale.py browser --claims 5000                      # synthetic claims
    python benchmarks/claims_scale.py browser --page kg/graph.html               # a built page's own claims

`corpus` copies the development articles to N (each copy a distinct name, a distinct `Published:` date
after its headline, and in every other round of copies its numbers of three digits or more raised by 5%,
so that copies disagree as articles do), builds them with the code at `--base` (no `--claims`: the page
of before, without the Figures view) and with this checkout (`--claims`), both cold (`--no-cache`), one
after the other, and times the steps the claims add on the built output: `claims.csv` (`graphbuild
claims`), the Figures view's claims (`claims_of_table`) and the whole page, from a TripleTable of the
build's own N-Triples. `browser` opens a page in Chromium (offline) and times the Figures view: the
first switch to it (parsing the claims, filling the pickers, drawing the chart and the list), switching
measure, and a click on a point until its evidence shows.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def make_corpus(folder: Path, sources: list[Path], n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    first = datetime.date(2008, 1, 1)
    for i in range(n):
        text = texts[i % len(texts)]
        if (i // len(texts)) % 2 == 1:  # every other round: numbers of 3+ digits 5% higher
            text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b", _raised, text)
        headline, _, body = text.partition("\n")
        day = first + datetime.timedelta(days=6 * i)
        dated = f"{headline}\n\nPublished: {day.day} {day:%B %Y}\n\n{body}\n\nThis is copy {i} of the story.\n"
        (folder / f"article-{i:05d}.txt").write_text(dated, encoding="utf-8")
    return folder


def _raised(match: re.Match) -> str:
    text = match.group(0)
    if len(text) == 4 and text.startswith(("19", "20")):  # a year stays a year
        return text
    value = round(int(text.replace(",", "")) * 1.05)
    return f"{value:,}" if "," in text else str(value)


def build(code: Path, corpus: Path, out: Path, extra: list[str]) -> dict:
    import resource

    env = dict(os.environ, PYTHONPATH=str(code))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run([PYTHON, "-m", "graphbuild", "build", str(corpus), "--out", str(out), "--no-cache", *extra],
                         env=env, capture_output=True, text=True, cwd=code)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the build and its helpers
    if run.returncode != 0:
        raise SystemExit(f"build with {code} failed: {run.stderr[-2000:]}")
    build_s = float(re.search(r"triples in ([\d.]+) s", run.stdout).group(1))
    claims = re.search(r"claims: .*\((\d+) claim\(s\), (\d+) disagreeing", run.stdout)
    return {"wall_s": wall, "cpu_s": cpu, "build_s": build_s, "claims": int(claims.group(1)) if claims else None,
            "disagreeing": int(claims.group(2)) if claims else None,
            "page_bytes": (out / "graph.html").stat().st_size}


def _table(out: Path, tmp: Path):
    """A TripleTable of the build's graph (its own N-Triples stay in its work folder: from graph.ttl)."""
    import pyoxigraph

    from graphbuild.tripletable import TripleTable, split_line

    ntriples = tmp / "graph.nt"
    pyoxigraph.serialize(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE),
                         output=str(ntriples), format=pyoxigraph.RdfFormat.N_TRIPLES)
    table = TripleTable(tmp / "t.sqlite")
    with open(ntriples, encoding="utf-8") as lines:
        table.add_rows((split_line(line) for line in lines if line.strip()), "<urn:x:graph>")
    table.finish()
    return table


def page_time(code: Path, out: Path) -> float:
    """The page of the build at `out` rendered by the code at `code` (median of 3, CPU s), in a fresh process."""
    run = subprocess.run([PYTHON, __file__, "pagetime", str(out)], env=dict(os.environ, PYTHONPATH=str(code)),
                         capture_output=True, text=True, check=True)
    return float(run.stdout.strip().splitlines()[-1])


def _page_time(out: Path) -> float:
    from graphbuild.export.html import table_html_bytes, warm_up

    warm_up()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        table = _table(out, Path(tmp))
        for _ in range(3):  # CPU seconds: other processes on a shared machine stretch wall time, not these
            started = time.process_time()
            table_html_bytes(table, ["t"])
            times.append(time.process_time() - started)
        table.close()
    return statistics.median(times)


def steps(out: Path) -> dict:
    """The claims' own steps, timed on the built output in this process (median of 3)."""
    sys.path.insert(0, str(ROOT))
    from graphbuild.claimsfile import claims_csv, claims_of_table, write_claims
    from graphbuild.export.html import figures_data, table_html_bytes, warm_up

    warm_up()
    timings: dict[str, list[float]] = {"claims_csv_s": [], "build_claims_csv_s": [], "figures_data_s": [], "page_s": []}
    for _ in range(3):
        started = time.perf_counter()
        write_claims(out)
        timings["claims_csv_s"].append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as tmp:
        table = _table(out, Path(tmp))
        titles = [f"article {i}" for i in range(1000)]
        for _ in range(3):
            started = time.perf_counter()
            claims_csv(claims_of_table(table))
            timings["build_claims_csv_s"].append(time.perf_counter() - started)
            started = time.perf_counter()
            data = figures_data(claims_of_table(table))
            timings["figures_data_s"].append(time.perf_counter() - started)
            started = time.perf_counter()
            table_html_bytes(table, titles)
            timings["page_s"].append(time.perf_counter() - started)
        table.close()
    found = {k: statistics.median(v) for k, v in timings.items()}
    found["claims_in_page"] = len(data["rows"])
    found["figures_json_bytes"] = len(json.dumps(data))
    return found


def synthetic_figures(n: int, *, measures: int = 25, one_measure: bool = False, seed: int = 26) -> dict:
    """n claims of our own making, shaped like the Figures view's data: measures of Zipf-like sizes,
    400 speakers, 1,000 articles, 2008 to 2024, 8% disputed."""
    from graphbuild.export.html import figures_data
    from graphbuild.query import Table

    rng = random.Random(seed)
    names = [f"measure {k:02d}" for k in range(measures)]
    weights = [1 / (k + 1) for k in range(measures)]
    variables = ("measure", "jurisdiction", "period", "start", "end", "kind", "direction", "value", "unit", "statedBy",
                 "headline", "published", "file", "sentence", "disagreesWith", "figure")
    rows = []
    for i in range(n):
        measure = names[0] if one_measure else rng.choices(names, weights)[0]
        day = datetime.date(2008, 1, 1) + datetime.timedelta(days=rng.randrange(17 * 365))
        article = rng.randrange(1000)
        published = (datetime.date(2008, 1, 1) + datetime.timedelta(days=6 * article)).isoformat()
        dated = rng.random() < 0.4
        kind = rng.choices(["level", "change", "projection"], [6, 3, 1])[0]
        rows.append((measure, rng.choice(["", "", f"force {rng.randrange(43)}", "England and Wales"]),
                     f"as of {day}" if dated else "", day.isoformat() if dated else "", day.isoformat() if dated else "",
                     kind, rng.choice(["rise", "fall"]) if kind == "change" else "", str(rng.randrange(100, 150000)),
                     "count" if rng.random() < 0.8 else "percent",
                     rng.choice(["", "", f"speaker {rng.randrange(400)}"]), f"Headline of synthetic article {article}",
                     published, f"article-{article:05d}.txt",
                     f"Synthetic sentence {i}: the figure {i} of {measure}, as a reporter would write it, "
                     "with a clause or two around it so that the row is as long as a real one.",
                     f"{rng.randrange(100, 150000)} in article-{rng.randrange(1000):05d}.txt" if rng.random() < 0.08 else "",
                     f"https://w3id.org/graphbuild/id/figure/synthetic-{i:05d}"))
    rows.sort()
    return figures_data(Table(variables, tuple(rows)))


def synthetic_page(path: Path, n: int, one_measure: bool) -> Path:
    from rdflib import Graph

    from graphbuild.export.html import page_data, render_page

    page = render_page(page_data(Graph()), "synthetic", ["synthetic claims"], None, "statements",
                       synthetic_figures(n, one_measure=one_measure))
    path.write_bytes(page)
    return path


SWITCH = """async (select) => {  // time a change of a picker until the frame after it is drawn
  const s = document.getElementById(select.id);
  s.value = select.value;
  const t = performance.now();
  s.dispatchEvent(new Event("change"));
  const sync = performance.now() - t;
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [sync, performance.now() - t];
}"""


def browser(page_path: Path, repeat: int = 5) -> dict:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from graphbuild.export.screenshot import launch

    with sync_playwright() as p:
        chromium = launch(p)
        context = chromium.new_context(offline=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_path.resolve().as_uri())
        loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        first = page.evaluate(SWITCH, {"id": "view", "value": "figures"})
        claims = page.evaluate("window.graphbuild.figures.claims.length")
        counts = page.evaluate("""() => { const c = {}; window.graphbuild.figures.claims.forEach(x => {
            c[x.measure] = (c[x.measure] || 0) + 1; }); return c; }""")
        ordered = sorted(counts, key=lambda m: (-counts[m], m))
        largest, median = ordered[0], ordered[len(ordered) // 2]
        switches = {largest: [], median: []}
        for _ in range(repeat):
            for measure in (median, largest):
                switches[measure].append(page.evaluate(SWITCH, {"id": "fig-measure", "value": measure}))
        shown = page.evaluate("window.graphbuild.figures.shown.length")
        drawn = page.evaluate("Chart.getChart('fig-chart').data.datasets.reduce((n, d) => n + d.data.length, 0)")
        clicks = []
        for _ in range(repeat):
            page.evaluate("document.getElementById('fig-evidence').replaceChildren()")
            point = page.evaluate("""() => { const c = Chart.getChart('fig-chart'), r = c.canvas.getBoundingClientRect();
                const d = c.data.datasets.findIndex(s => s.data.length); const e = c.getDatasetMeta(d).data[0];
                return [r.left + e.x, r.top + e.y]; }""")
            started = time.perf_counter()
            page.mouse.click(point[0], point[1])
            page.wait_for_selector("#fig-sentence", timeout=10000)
            clicks.append((time.perf_counter() - started) * 1000)
        context.close()
        chromium.close()
    if errors:
        raise SystemExit(f"page errors: {errors}")
    med = statistics.median
    return {"page_mb": page_path.stat().st_size / 1e6, "claims": claims, "measures": len(counts),
            "load_ms": loaded, "first_sync_ms": first[0], "first_frame_ms": first[1],
            "largest": (largest, counts[largest], shown, drawn, med(s[1] for s in switches[largest])),
            "median": (median, counts[median], med(s[1] for s in switches[median])),
            "click_ms": med(clicks)}


def browser_header() -> None:
    print("\n| page | claims | measures | page MB | load ms | first switch to Figures ms | largest measure: "
          "switch ms | median measure: switch ms | click to evidence ms |")
    print("|---|---:|---:|---:|---:|---:|---|---|---:|")


def report_browser(label: str, r: dict) -> None:
    print(f"| {label} | {r['claims']:,} | {r['measures']} | {r['page_mb']:.1f} | {r['load_ms']:.0f} | "
          f"{r['first_frame_ms']:.0f} | {r['largest'][1]:,} ({r['largest'][3]:,} drawn): {r['largest'][4]:.0f} | "
          f"{r['median'][1]:,}: {r['median'][2]:.0f} | {r['click_ms']:.0f} |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    corpus = sub.add_parser("corpus")
    corpus.add_argument("--n", type=int, default=1000)
    corpus.add_argument("--base", type=Path, required=True, help="a checkout of the code before (its root)")
    corpus.add_argument("--articles", type=Path, default=ROOT.parent.parent / "shared" / "articles")
    corpus.add_argument("--keep", type=Path, help="build into this folder (kept) instead of a temporary one")
    corpus.add_argument("--steps-only", action="store_true", help="time the steps on the --keep folder's build")
    timing = sub.add_parser("pagetime", help=argparse.SUPPRESS)  # in a fresh process, with the code on PYTHONPATH
    timing.add_argument("out", type=Path)
    pages = sub.add_parser("browser")
    pages.add_argument("--claims", type=int, default=5000)
    pages.add_argument("--page", type=Path, help="a built graph.html instead of synthetic claims")
    args = ap.parse_args(argv)

    if args.what == "pagetime":
        print(_page_time(args.out))
        return 0
    if args.what == "browser":
        browser_header()
        sys.path.insert(0, str(ROOT))
        if args.page:
            report_browser(str(args.page), browser(args.page))
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            for one in (False, True):
                path = synthetic_page(Path(tmp) / "graph.html", args.claims, one)
                report_browser(f"synthetic, {'one measure' if one else '25 measures'}", browser(path))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        out = folder / "kg"
        if not args.steps_only:
            sources = sorted(args.articles.glob("*.txt"))
            corpus_dir = make_corpus(folder / "corpus", sources, args.n)
            before = build(args.base.resolve(), corpus_dir, folder / "kg-before", [])
            after = build(ROOT, corpus_dir, out, ["--claims"])
            print(json.dumps({"before": before, "after": after}))
            print(f"\n| N={args.n} | build s (as reported) | wall s (with claims.csv) | CPU s (all processes) | page MB |")
            print("|---|---:|---:|---:|---:|")
            for label, r in (("before (no Figures view, no --claims)", before), ("after (Figures view, --claims)", after)):
                print(f"| {label} | {r['build_s']:.1f} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {r['page_bytes'] / 1e6:.2f} |")
            print(f"| after / before | {after['build_s'] / before['build_s']:.3f} | "
                  f"{after['wall_s'] / before['wall_s']:.3f} | {after['cpu_s'] / before['cpu_s']:.3f} | |")
            print(f"\n{after['claims']} claims, {after['disagreeing']} disagreeing")
        s = steps(out)
        s["page_before_s"] = page_time(args.base.resolve(), out)
        s["page_after_s"] = page_time(ROOT, out)
        print(json.dumps(s))
        print(f"\nthe page of the same graph, each in a fresh process (median of 3, CPU seconds): before {s['page_before_s']:.2f} s, "
              f"with the Figures view {s['page_after_s']:.2f} s")
        print(f"\nsteps on the built output (median of 3): `graphbuild claims` {s['claims_csv_s']:.2f} s; claims.csv "
          f"in the build, from its table {s['build_claims_csv_s']:.2f} s; the Figures view's "
              f"claims {s['figures_data_s']:.2f} s ({s['claims_in_page']} claims, {s['figures_json_bytes'] / 1e6:.2f} MB "
              f"of JSON); the whole page {s['page_s']:.2f} s")
        report = browser(out / "graph.html")
        browser_header()
        report_browser(f"built N={args.n}", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
