"""Cost against length: the same text as one single line and with paragraph breaks.

A text that arrives as one paragraph (from a PDF, or a page scraped without breaks) must cost
what the same text with its paragraph breaks costs: linear in its length, not in the square of a
paragraph's. The text is generated here from sentences of our own (invented people, bodies,
quotes and figures), so it exercises every extractor; the paragraphed version has a blank line
every few sentences, the single-line version joins the same paragraphs with a space.

Each size builds both versions with `graphbuild build FILE --no-cache --max-chars N` in a fresh
process, taking turns; the ratio single-line / paragraphed within one run is what to compare. Wall
time and CPU time (the build's and its workers') are both given: on a machine shared with other
work the wall time of one build can double, its CPU time much less so.

    python benchmarks/linear.py [--sizes 25000,100000,900000] [--runs 1]
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRAPHBUILD = [sys.executable, "-m", "graphbuild"]

PEOPLE = ["Tamsin Orrell", "Gideon Falkner", "Priya Nandakumar", "Owain Strettle", "Marguerite Bellamy",
          "Callum Dreyfuss", "Ifeoma Castellane", "Rupert Veldhuis"]
POSTS = ["the Home Secretary", "the policing minister", "the chief constable of Wexmoor Police",
         "the shadow justice secretary", "the police and crime commissioner for Harrowdale"]
BODIES = ["Wexmoor Police", "the Home Office", "the Police Federation", "Harrowdale Constabulary",
          "the Treasury", "the Home Affairs Committee"]
TOPICS = ["neighbourhood patrols", "stop and search", "the custody budget", "rural crime units",
          "the recruitment drive", "body-worn cameras"]
TEMPLATES = [
    "{person}, {post}, said the plans for {topic} would be reviewed before the spring.",
    "“We cannot keep asking officers to do more with less,” said {person}.",
    "{body} confirmed that {n:,} officers had been moved to {topic} since {year}.",
    "Figures published by {body} show spending on {topic} fell by {pct} per cent in {year}.",
    "{person} told the committee that {body} had not been consulted about {topic}.",
    "Critics of {topic} argue that the money would be better spent on {topic2}.",
    "In a statement, {body} said it supported the review but warned against further cuts.",
    "{person} was appointed as {post} in {year} after a long career in local government.",
    "“The public deserve to know where the money goes,” {person} added.",
    "The report found {n:,} cases in which {topic} had been delayed by a lack of staff.",
    # quotes no verb governs: their speaker is the nearest speech verb of the paragraph
    "“Nobody voted for {topic} to be run down like this.”",
    "“We were promised {topic2}, and we got a consultation.” Those were the words {person} used.",
]


def make_paragraphs(chars: int, seed: int = 7) -> list[str]:
    """Paragraphs of three to six generated sentences, `chars` characters in all (about)."""
    rnd = random.Random(seed)
    paragraphs, total = [], 0
    while total < chars:
        sentences = []
        for _ in range(rnd.randint(3, 6)):
            topic, topic2 = rnd.sample(TOPICS, 2)
            sentences.append(rnd.choice(TEMPLATES).format(
                person=rnd.choice(PEOPLE), post=rnd.choice(POSTS), body=rnd.choice(BODIES), topic=topic,
                topic2=topic2, n=rnd.randint(20, 9000), pct=rnd.randint(2, 40), year=rnd.randint(2009, 2024)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return paragraphs


def texts(chars: int) -> dict[str, str]:
    paragraphs = make_paragraphs(chars)
    head = "Police budgets under review\n\n"
    return {"paragraphed": head + "\n\n".join(paragraphs) + "\n", "single-line": head + " ".join(paragraphs) + "\n"}


def build_seconds(path: Path, out: Path, max_chars: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one build: the CPU time of the build and every process it
    waited for, which a machine shared with other work disturbs far less than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*GRAPHBUILD, "build", str(path), "--out", str(out), "--no-cache",
                           "--max-chars", str(max_chars)], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"build of {path.name} failed ({done.returncode}): {done.stderr.strip()}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25000,100000,900000")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print("| characters | paragraphed: wall (s) | single line: wall (s) | single / paragraphed (wall) "
          "| paragraphed: CPU (s) | single line: CPU (s) | single / paragraphed (CPU) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            times: dict[str, list[tuple[float, float]]] = {"paragraphed": [], "single-line": []}
            files = {}
            for kind, text in texts(size).items():
                files[kind] = tmp / f"{kind}-{size}.txt"
                files[kind].write_text(text, encoding="utf-8")
            for _ in range(args.runs):
                for kind in times:
                    times[kind].append(build_seconds(files[kind], tmp / "out", max(size * 2, 1_000_000)))
            cells = []
            for n in (0, 1):  # wall, CPU
                para, single = (statistics.median(t[n] for t in times[k]) for k in ("paragraphed", "single-line"))
                cells.append(f"{para:.1f} | {single:.1f} | {single / para:.2f}")
            print(f"| {len(files['single-line'].read_text('utf-8')):,} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
