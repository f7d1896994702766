"""Corpus throughput and memory: graphbuild against bare spaCy, processes, Dask, and RDF writers.

Builds corpora of N articles (the development articles, each copy made unique
by a numbered closing line) and reports, in one run: articles per second for
`graphbuild build` (no cache, no SHACL) and for bare spaCy `nlp.pipe` over
the same texts (the floor), their ratio, peak memory at each N; the speed-up
with 1 and 2 local processes and 1 and 2 Dask workers; and the time to write
a graph of about a million triples as Turtle with rdflib and with pyoxigraph.

    python benchmarks/corpus.py [--sizes 100 1000] [--articles DIR]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, sources: list[Path], n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(n):
        (folder / f"article-{i:05d}.txt").write_text(
            texts[i % len(texts)] + f"\n\nThis is copy {i} of the story.\n", encoding="utf-8")
    return folder


def measure(kind: str, folder: Path, extra: list[str]) -> dict:
    """Run one measurement in a fresh process; its own and its children's peak memory."""
    out = subprocess.run([sys.executable, __file__, "--measure", kind, str(folder), *extra],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _run_measure(kind: str, folder: Path, extra: list[str]) -> None:
    files = sorted(folder.glob("*.txt"))
    started = time.perf_counter()
    if kind == "spacy":
        from graphbuild.nlp import choose_model, load_pipeline

        nlp = load_pipeline(choose_model())
        for _ in nlp.pipe((p.read_text(encoding="utf-8") for p in files), batch_size=16):
            pass
    else:
        from graphbuild.cli import main

        with tempfile.TemporaryDirectory() as out:
            checking = [] if kind == "default" else ["--skip-validation"]  # "default": the shapes enforced
            code = main(["build", str(folder), "--out", out, *checking, "--no-cache", *extra])
            assert code == 0
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": _peak_mb(), "n": len(files)}))


def writers(n_triples: int) -> dict:
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    base = "https://w3id.org/graphbuild/id/"
    for i in range(n_triples // 4):
        s = URIRef(f"{base}quote/q-{i:07d}")
        graph.add((s, URIRef("https://w3id.org/graphbuild/ontology#text"), Literal(f"words number {i}")))
        graph.add((s, URIRef("https://w3id.org/graphbuild/ontology#speaker"), URIRef(f"{base}person/p-{i % 997}")))
        graph.add((s, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef(f"{base}article/a-{i % 1000}")))
        graph.add((s, URIRef("https://w3id.org/graphbuild/ontology#partial"), Literal(False)))
    started = time.perf_counter()
    graph.serialize(format="turtle", encoding="utf-8")
    rdflib_s = time.perf_counter() - started
    started = time.perf_counter()
    from graphbuild.export.turtle import oxigraph_turtle_bytes

    oxigraph_turtle_bytes(graph)
    oxi_s = time.perf_counter() - started
    # what a build does: triples into the on-disk table, sorted N-Triples out, pyoxigraph streams Turtle
    from rdflib import URIRef as _URIRef

    from graphbuild.export.turtle import write_turtle
    from graphbuild.tripletable import TripleTable

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        table = TripleTable(Path(tmp) / "t.sqlite")
        table.add(graph, _URIRef(base + "article/a"))
        table.finish()
        with open(Path(tmp) / "g.nt", "wb") as handle:
            table.write_ntriples(handle)
        with open(Path(tmp) / "g.ttl", "wb") as handle:
            write_turtle(Path(tmp) / "g.nt", handle, None)
        table.close()
        table_s = time.perf_counter() - started
    return {"triples": len(graph), "rdflib_s": rdflib_s, "pyoxigraph_s": oxi_s, "table_s": table_s}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "articles")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args, extra = ap.parse_known_args(argv)
    if args.measure:
        _run_measure(args.measure[0], Path(args.measure[1]), args.measure[2:] + extra)
        return 0
    sources = sorted(args.articles.glob("*.txt")) or [ROOT / "graphbuild" / "data" / "sample-police-funding.txt"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            folder = make_corpus(Path(tmp) / f"c{n}", sources, n)
            bare = measure("spacy", folder, [])
            ours = measure("build", folder, [])
            rows.append((n, bare, ours))
        print("| N | spaCy nlp.pipe art/s | graphbuild art/s | time ratio | spaCy peak MB | graphbuild peak MB |")
        print("|---|---|---|---|---|---|")
        for n, bare, ours in rows:
            print(f"| {n} | {n / bare['seconds']:.1f} | {n / ours['seconds']:.1f} | "
                  f"{ours['seconds'] / bare['seconds']:.2f} | {bare['peak_mb']:.0f} | {ours['peak_mb']:.0f} |")
        if len(rows) > 1:
            print(f"\npeak memory N={rows[-1][0]} / N={rows[0][0]}: {rows[-1][2]['peak_mb'] / rows[0][2]['peak_mb']:.2f}")
        folder = Path(tmp) / f"c{args.sizes[0]}"
        print("\n| executor | workers | seconds | speed-up |")
        print("|---|---|---|---|")
        base = None
        for label, extra_args in (("local", ["--jobs", "1"]), ("local", ["--jobs", "2"]),
                                  ("dask", ["--executor", "dask", "--jobs", "1"]),
                                  ("dask", ["--executor", "dask", "--jobs", "2"])):
            run = measure("build", folder, extra_args)
            base = base or run["seconds"]
            print(f"| {label} | {extra_args[-1]} | {run['seconds']:.1f} | {base / run['seconds']:.2f} |")
    w = writers(args.triples)
    print(f"\nwriting {w['triples']:,} triples as Turtle: rdflib {w['rdflib_s']:.1f} s, "
          f"pyoxigraph from an rdflib graph {w['pyoxigraph_s']:.1f} s, "
          f"build path (table, sorted N-Triples, pyoxigraph) {w['table_s']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
