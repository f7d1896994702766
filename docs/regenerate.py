#!/usr/bin/env python3
"""Regenerate what the README shows from the code as it is: numbers, query answers and pictures.

    python docs/regenerate.py            # rewrite README numbers, queries/answers/*.csv, docs/*.png
    python docs/regenerate.py --check    # exit 1 naming what is stale (numbers and answers; no pictures)

Numbers sit in the README between `<!-- gen:NAME -->` and `<!-- /gen -->`. Those of the sample come
from building `graphbuild/data/`'s sample; those of the development corpus from building every
article of `../shared/articles/` as one corpus, when that folder is beside the clone (else they are
left as they are). Pictures need Debian's chromium (`--screenshot`).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
QUERIES = ROOT / "queries"
SHARED_ARTICLES = ROOT.parent / "shared" / "articles"
_MARK = re.compile(r"<!-- gen:(?P<name>[\w-]+) -->(?P<value>.*?)<!-- /gen -->")


def _build(inputs: list[Path], out: Path, *, screenshot: bool) -> dict:
    from graphbuild.pipeline import build

    result = build(inputs, out=out, screenshot=screenshot, use_cache=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"triples": result.triples, "articles": result.articles, "dropped": report["dropped"]}


def sample_numbers(work: Path, *, screenshot: bool) -> dict[str, str]:
    from graphbuild.resources import sample_article

    built = _build([Path(str(sample_article()))], work / "sample", screenshot=screenshot)
    return {"sample-triples": f"{built['triples']:,}"}


def corpus_numbers(work: Path, *, screenshot: bool) -> dict[str, str]:
    articles = sorted(SHARED_ARTICLES.glob("*.txt")) if SHARED_ARTICLES.is_dir() else []
    if not articles:
        return {}
    built = _build(articles, work / "corpus", screenshot=screenshot)
    return {"corpus-articles": f"{built['articles']:,}", "corpus-triples": f"{built['triples']:,}",
            "corpus-dropped": f"{built['dropped']:,}"}


def answers(graph: Path) -> dict[Path, str]:
    from graphbuild.query import run_query

    return {QUERIES / "answers" / f"{q.stem}.csv": run_query(str(q), graphs=[graph], fmt="csv")
            for q in sorted(QUERIES.glob("*.rq"))}


def with_numbers(text: str, numbers: dict[str, str]) -> str:
    def put(match: re.Match) -> str:
        value = numbers.get(match["name"], match["value"])
        return f"<!-- gen:{match['name']} -->{value}<!-- /gen -->"

    return _MARK.sub(put, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    parser.add_argument("--no-corpus", action="store_true", help="leave the development corpus's numbers alone")
    args = parser.parse_args(argv)
    pictures = not args.check
    with tempfile.TemporaryDirectory(prefix="graphbuild-docs-") as tmp:
        work = Path(tmp)
        numbers = sample_numbers(work, screenshot=pictures)
        if not args.no_corpus:
            numbers.update(corpus_numbers(work, screenshot=pictures))
        files = answers(work / "sample" / "graph.ttl")
        readme = README.read_text(encoding="utf-8")
        files[README] = with_numbers(readme, numbers)
        stale = [path for path, text in files.items()
                 if not path.is_file() or path.read_text(encoding="utf-8") != text]
        if args.check:
            for path in stale:
                print(f"stale: {path.relative_to(ROOT)} (run python docs/regenerate.py)")
            return 1 if stale else 0
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
        for name, folder in (("graph.png", "sample"), ("overview.png", "corpus")):
            picture = work / folder / "graph.png"
            if picture.is_file():
                shutil.copyfile(picture, ROOT / "docs" / name)
        print(f"regenerated {len(stale)} file(s); numbers: {numbers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
