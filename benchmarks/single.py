"""One article, end to end, against the floor of any spaCy-based builder; and a corpus line.

In one run, whole processes, the median of --runs runs each, on one article (the bundled
sample unless --article), no cache:

- floor: a Python process that loads the spaCy pipeline and parses the same text;
- `graphbuild build ART --out O --no-cache` (the default: the shapes enforced) and with
  `--skip-validation`, each as a ratio to the floor;
- each stage's share of a default build (timed inside one process by wrapping the stage's
  function): imports, pipeline load, read (and clean), parse, extract, RDF, check (the shapes),
  write Turtle, write HTML, and the rest;
- the wall time of `graphbuild --help` (start-up and imports) against a bare `python -c pass`;
- a corpus of --corpus articles (benchmarks/corpus.py's) built with the default options (and
  with --skip-validation) against bare `nlp.pipe` over the same texts.

The commands of each table take turns, run after run, so a machine shared with other work slows
them alike; the ratios within one run are what to compare, not the seconds.

    python benchmarks/single.py [--runs 5] [--corpus 100] [--corpus-runs 3] [--article FILE]
                                [--baseline ../main/.venv/bin/graphbuild]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (benchmarks/corpus.py: the corpus and its whole-process measurements)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "graphbuild" / "data" / "sample-police-funding.txt"
GRAPHBUILD = [sys.executable, "-m", "graphbuild"]
FLOOR = ("import sys, spacy\nfrom graphbuild.nlp import choose_model\n"
         "nlp = spacy.load(choose_model())\nnlp(open(sys.argv[1], encoding='utf-8').read())\n")

# stage -> (module, function) whose calls are timed; RDF is the second pass less the check
STAGES = {
    "load pipeline": ("graphbuild.process", "load_pipeline"),
    "read": ("graphbuild.process", "read_article"),
    "parse": ("graphbuild.process", "parse_many"),
    "extract": ("graphbuild.process", "extract"),
    "RDF + check": ("graphbuild.pipeline", "_fill"),
    "check": ("graphbuild.shapecheck", "check"),
    "write Turtle": ("graphbuild.export.turtle", "write_turtle"),
    "rdflib graph for Turtle": ("graphbuild.pipeline", "graph_from_ntriples"),
    "write HTML": ("graphbuild.export.html", "table_html_bytes"),
}


def compile_bytecode() -> None:
    """Byte-compile graphbuild's modules, as `pip install` does for an installed package (and did for
    spaCy's, which the floor imports). An editable install under PYTHONDONTWRITEBYTECODE, as on the
    machine these figures come from, would otherwise compile graphbuild from source in every process:
    0.1 s of each build that no installed graphbuild pays."""
    import compileall

    compileall.compile_dir(str(ROOT / "graphbuild"), quiet=1)


def walls(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall-clock seconds of each command, a whole process each time; the commands take turns,
    so that a load that comes and goes on a shared machine weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(spent) for name, spent in times.items()}


def stages(inputs: Path) -> dict[str, float]:
    """Seconds per stage of one default build of `inputs` (a file or folder), in this process."""
    started = time.perf_counter()
    import importlib

    import graphbuild.cli
    import graphbuild.pipeline  # noqa: F401  (what a build imports before any work)

    spent = {"imports": time.perf_counter() - started}
    # every stage in this process, one after another (a build forks two helpers that overlap them):
    # the shares are those of the work, which the wall times above show overlapped
    import graphbuild.executors
    import graphbuild.export.pagejob

    graphbuild.executors.FORK = graphbuild.export.pagejob.FORK = False
    for stage, (module_name, name) in STAGES.items():
        module = importlib.import_module(module_name)
        spent[stage] = 0.0

        def timed(*args, __real=getattr(module, name), __stage=stage, **kwargs):
            begun = time.perf_counter()
            try:
                return __real(*args, **kwargs)
            finally:
                spent[__stage] += time.perf_counter() - begun

        setattr(module, name, timed)
    with tempfile.TemporaryDirectory() as out:
        code = graphbuild.cli.main(["build", str(inputs), "--out", out, "--no-cache"])
    if code != 0:
        raise SystemExit(f"build failed ({code})")
    total = time.perf_counter() - started
    spent["RDF"] = spent.pop("RDF + check") - spent["check"]
    spent["write Turtle"] += spent.pop("rdflib graph for Turtle")
    spent["rest"] = total - sum(spent.values())
    spent["total"] = total
    return spent


def stages_of(inputs: Path) -> dict[str, float]:
    """`stages` in a fresh process."""
    done = subprocess.run([sys.executable, __file__, "--stages", str(inputs)], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_stages(spent: dict[str, float]) -> None:
    print("| stage | seconds | share |\n|---|---|---|")
    for stage, seconds in spent.items():
        if stage != "total":
            print(f"| {stage} | {seconds:.3f} | {seconds / spent['total']:.0%} |")
    print(f"| total (in process) | {spent['total']:.3f} | 100% |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", type=int, default=100, help="articles in the corpus line (0: none)")
    ap.add_argument("--corpus-runs", type=int, default=3)
    ap.add_argument("--article", type=Path, default=SAMPLE)
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "articles",
                    help="the corpus's source articles (default: the development articles)")
    ap.add_argument("--baseline", type=Path, default=None, metavar="GRAPHBUILD",
                    help="also time the default build by another graphbuild command, e.g. "
                         "../main/.venv/bin/graphbuild (the build before a change)")
    ap.add_argument("--stages", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stages:
        print(json.dumps(stages(args.stages)))
        return 0
    article = args.article.resolve()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out")
        commands = {
            "floor": [sys.executable, "-c", FLOOR, str(article)],
            "default": [*GRAPHBUILD, "build", str(article), "--out", out, "--no-cache"],
            "skip": [*GRAPHBUILD, "build", str(article), "--out", out, "--no-cache", "--skip-validation"],
            "python": [sys.executable, "-c", "pass"],
            "help": [*GRAPHBUILD, "--help"],
        }
        if args.baseline:
            commands["baseline"] = [str(args.baseline), "build", str(article), "--out", str(Path(tmp) / "baseline"),
                                    "--no-cache"]
        timed = walls(commands, args.runs)
        floor, default, skip, python, help_ = (timed[k] for k in ("floor", "default", "skip", "python", "help"))
        runs = [stages_of(article) for _ in range(args.runs)]
    share = {stage: statistics.median(r[stage] for r in runs) for stage in runs[0]}

    print(f"One article: {article.name} ({len(article.read_text(encoding='utf-8')):,} characters), "
          f"median of {args.runs} runs, whole processes\n")
    print("| command | wall | × floor |\n|---|---|---|")
    print(f"| floor: python loads the spaCy pipeline and parses the text | {floor:.2f} s | 1.00 |")
    print(f"| `graphbuild build ART --out O --no-cache` (default: shapes enforced) | {default:.2f} s | "
          f"{default / floor:.2f} |")
    print(f"| `graphbuild build ART --out O --no-cache --skip-validation` | {skip:.2f} s | {skip / floor:.2f} |")
    if args.baseline:
        print(f"| the same default build by `{args.baseline}` (the baseline) | {timed['baseline']:.2f} s | "
              f"{timed['baseline'] / floor:.2f} |")
    print(f"| `graphbuild --help` (start-up and imports) | {help_:.2f} s | {help_ / floor:.2f} |")
    print(f"| `python -c pass` (the interpreter alone) | {python:.2f} s | {python / floor:.2f} |")
    print(f"\nStages of the default build, timed inside one process (median of {args.runs}):\n")
    print_stages(share)

    if args.corpus:
        sources = sorted(args.articles.glob("*.txt")) or [SAMPLE]
        with tempfile.TemporaryDirectory() as tmp:
            folder = corpus.make_corpus(Path(tmp) / "corpus", sources, args.corpus)
            seconds: dict[str, list[float]] = {"spacy": [], "default": [], "build": []}
            for _ in range(args.corpus_runs):  # in turns, as above
                for kind in seconds:
                    seconds[kind].append(corpus.measure(kind, folder, [])["seconds"])
            corpus_stages = stages_of(folder)
        bare, built, skipped = (statistics.median(seconds[k]) for k in ("spacy", "default", "build"))
        print(f"\nCorpus of {args.corpus} articles (benchmarks/corpus.py's), median of {args.corpus_runs}, "
              f"whole processes:\n")
        print("| command | wall | × nlp.pipe |\n|---|---|---|")
        print(f"| bare spaCy: load + `nlp.pipe` over the texts | {bare:.1f} s | 1.00 |")
        print(f"| `graphbuild build DIR --out O --no-cache` (default) | {built:.1f} s | {built / bare:.2f} |")
        print(f"| `graphbuild build DIR --out O --no-cache --skip-validation` | {skipped:.1f} s | "
              f"{skipped / bare:.2f} |")
        print("\nStages of the default corpus build, timed inside one process (one run):\n")
        print_stages(corpus_stages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
