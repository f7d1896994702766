#!/usr/bin/env python3
"""Rows of the shipped stance and post queries, sampled at random (seeded) with their evidence, to check by hand.

    python benchmarks/trust_rows.py ARTICLES_FOLDER [--rows 45] [--seed 7] [--shipped-only] > rows.md

Builds the folder's articles as one corpus (the command line's resolution), runs
`queries/stances-on-policies.rq` and `queries/posts-held.rq` extended with each row's evidence sentence
and article, and prints a Markdown table with an empty verdict column for a reader to fill in
(benchmarks/trust.md keeps the filled table).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PREFIXES = """PREFIX gb: <https://w3id.org/graphbuild/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# the shipped queries' rows, each with the evidence it was read from
STANCES = PREFIXES + """SELECT ?policy ?actor ?stance ?negated ?sentence ?source WHERE {
  ?st a gb:RelationStatement ; rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?pol ; gb:negated ?negated ;
      gb:evidence ?ev .
  ?ev gb:sentence ?sentence ; gb:inArticle/gb:sourceFile ?source .
  ?pol a gb:Policy ; rdfs:label ?policy .
  ?a rdfs:label ?actor .
  FILTER(?p != gb:commentsOn)
  BIND(STRAFTER(STR(?p), "#") AS ?stance)
}"""
SHIPPED_STANCES = ROOT / "queries" / "stances-on-policies.rq"
POSTS = PREFIXES + """SELECT ?person ?qualifier ?title ?organisation ?jurisdiction ?sentence ?source WHERE {
  ?p org:holds ?post ; rdfs:label ?person .
  FILTER NOT EXISTS { ?p gb:knownOnlyByPost true }
  ?post gb:title ?title ; gb:evidence ?ev .
  ?ev gb:sentence ?sentence ; gb:inArticle/gb:sourceFile ?source .  # the article of that very sentence
  OPTIONAL { ?post gb:postQualifier ?qualifier }
  OPTIONAL { ?post org:postIn/rdfs:label ?organisation }
  OPTIONAL { ?post gb:jurisdiction/rdfs:label ?jurisdiction }
}"""


def stance_query(shipped_only: bool = False) -> str:
    """The stance rows to sample: by default every predicate but `commentsOn` (stricter, `relatedTo` included);
    `shipped_only` takes the shipped query's own predicate filter, so the sample is exactly the rows a user gets."""
    if not shipped_only:
        return STANCES
    shipped = next(line.split("#")[0].strip() for line in SHIPPED_STANCES.read_text(encoding="utf-8").splitlines()
                   if line.strip().startswith("FILTER(?p"))
    return STANCES.replace("FILTER(?p != gb:commentsOn)", shipped)


def rows(graph, query: str) -> list[tuple[str, ...]]:
    """Distinct rows of `query`, one evidence sentence each (the first in text order), sorted."""
    first: dict[tuple[str, ...], tuple[str, str]] = {}
    for row in graph.query(query):
        values = tuple("" if v is None else str(v) for v in row)
        key, evidence = values[:-2], values[-2:]
        if key not in first or evidence < first[key]:
            first[key] = evidence
    return sorted(key + first[key] for key in first)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--rows", type=int, default=45, help="rows to sample from each query (default 45)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shipped-only", action="store_true",
                        help="sample the stance rows the shipped query returns (no relatedTo), not all but commentsOn")
    args = parser.parse_args(argv)
    import graphbuild

    files = sorted(args.articles.glob("*.txt"))
    items = [{"text": f.read_text(encoding="utf-8"), "source": f.name} for f in files]
    graph = graphbuild.to_graph(list(graphbuild.extract_many(items, batch_size=8)), validation="skip")
    rng = random.Random(args.seed)
    print(f"{len(files)} articles as one corpus; seed {args.seed}\n")
    for name, query in (("stances-on-policies.rq", stance_query(args.shipped_only)), ("posts-held.rq", POSTS)):
        found = rows(graph, query)
        sample = sorted(rng.sample(found, min(args.rows, len(found))))
        print(f"### {name}: {len(sample)} of {len(found)} rows\n")
        print("| # | row | article | evidence sentence | right? |\n|---|---|---|---|---|")
        for n, row in enumerate(sample, 1):
            *fields, sentence, source = row
            shown = " · ".join(f for f in fields if f)
            print(f"| {n} | {shown} | {source[:28]} | {' '.join(sentence.split())[:300]} | |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
