"""The development articles built as ONE corpus, every gold scored against the merged graph.

What a corpus build may get wrong that a one-article build cannot: a fact carried
over from another article. For each gold this reports, on the merged graph:

- quote and post precision (the scorer's own, which catches a quote given to, or a
  post held by, another article's person);
- cross-article links: a quote, relation, figure or post read in article A that
  links a person who is not named in A and whom A's gold does not name either;
- entities of A's gold split over several nodes in the corpus (`fragmented`).

    python benchmarks/trust_corpus.py [--shared ../shared] [-v]

The test `tests/test_corpus_trust.py` runs the same checks (when ../shared exists).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATEMENTS = ("Quote", "RelationStatement", "Figure", "Post")


def shared_folder(explicit: str | None = None) -> Path | None:
    """../shared beside the checkout (or $GRAPHBUILD_SHARED): absent in a user's clone."""
    for candidate in (explicit, os.environ.get("GRAPHBUILD_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "eval" / "score.py").exists():
            return Path(candidate)
    return None


def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("gb_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract_all(shared: Path, nlp=None, extracted=None):
    """The extraction of every development article that has a gold, in file order, and the golds; taken from
    `extracted` (file name -> Extraction, as `extract_many` gives it) when given."""
    import graphbuild

    golds = [json.loads(p.read_text()) for p in sorted((shared / "eval" / "gold").glob("*.json"))]
    if extracted is not None:
        return [extracted[g["article"]] for g in golds], golds
    items = [{"text": (shared / "articles" / g["article"]).read_text(encoding="utf-8"), "source": g["article"]}
             for g in golds]
    return list(graphbuild.extract_many(items, nlp=nlp or graphbuild.load_nlp())), golds


def build_corpus(shared: Path, nlp=None):
    """The merged graph of every development article that has a gold, and the golds."""
    import graphbuild

    extractions, golds = extract_all(shared, nlp)
    return graphbuild.to_graph(extractions, validation="skip"), golds


def cross_links(sc, kg, gold: dict, article) -> list[str]:
    """Statements read in `article` that link a person neither the article names nor its gold names."""
    from rdflib import RDF, URIRef
    from rdflib.namespace import PROV

    from graphbuild.vocab import GB

    named = {sc.name_key(a) for e in gold.get("entities", []) for a in [e["name"], *e.get("aliases", [])]}
    named |= {sc.name_key(a) for a in gold.get("ignore_entities", [])}
    holds = URIRef("http://www.w3.org/ns/org#holds")
    found = []
    for st in kg.g.subjects(PROV.wasDerivedFrom, article):
        kinds = {sc.local_name(t) for t in kg.g.objects(st, RDF.type)}
        if not kinds & {k.lower() for k in STATEMENTS}:
            continue
        linked = [o for p, o in kg.g.predicate_objects(st) if p not in (RDF.type, PROV.wasDerivedFrom, GB.evidence)]
        linked += list(kg.g.subjects(holds, st))
        for person in linked:
            if "person" not in kg.types.get(person, set()):
                continue
            if (person, PROV.wasDerivedFrom, article) in kg.g:
                continue  # the article names them itself
            labels = kg.labels.get(person, set())
            if not any(sc.name_key(label) in named for label in labels):
                found.append(f"{sorted(kinds)[0]} linked to {sorted(labels)[0] if labels else person}")
    for person in kg.g.subjects(PROV.wasDerivedFrom, article):
        if "person" not in kg.types.get(person, set()):
            continue
        label = kg.g.value(person, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
        if label is None or sc.name_key(label) in named or len(sc.name_key(label).split()) < 2:
            continue
        if len(set(kg.g.objects(person, PROV.wasDerivedFrom))) < 2:
            continue  # not merged with anyone from another article
        # a surname in this article merged into a full name that the gold gives another person of that surname
        surname = sc.name_key(label).split()[-1:]
        if any(len(n.split()) > 1 and n.split()[-1:] == surname for n in named):
            found.append(f"a name in the article merged into {label}")
    return sorted(set(found))


def evaluate(shared: Path, nlp=None, extracted=None) -> list[dict]:
    """One row per gold: precision, cross-article links and fragments on the merged corpus graph (of
    `extracted`, file name -> Extraction, when given: see `extract_all`)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF

    from graphbuild.vocab import GB

    import graphbuild

    sc = scorer(shared)
    extractions, golds = extract_all(shared, nlp, extracted)
    graph = graphbuild.to_graph(extractions, validation="skip")
    onto = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        onto.parse(path, format="turtle")
    kg = sc.KG(graph + onto)
    articles = {str(graph.value(a, GB.sourceFile)): a for a in graph.subjects(RDF.type, GB.NewsArticle)}
    rows = []
    for gold, ex in zip(golds, extractions):
        report = sc.Scorer(kg, gold).run()
        alone = sc.Scorer(sc.KG(graphbuild.to_graph([ex], validation="skip") + onto), gold).run()
        article = articles.get(gold["article"], URIRef("urn:missing"))
        rows.append({"article": gold["article"], "quote_precision": report["quote_precision"],
                     "post_precision": report["post_precision"], "entity_precision": report["entity_precision"],
                     "alone": {k: alone[k] for k in ("quote_precision", "post_precision", "entity_precision",
                                                     "fragmented")},
                     # found and total per section of the article built alone, as `measure.py dev` counts them
                     "sections": {s: (v["found"], v["total"]) for s, v in alone["sections"].items()},
                     "wrong": report["wrong_speakers"] + report["wrong_posts"],
                     "cross": cross_links(sc, kg, gold, article),
                     "fragmented": report["fragmented"],
                     "new_fragments": sorted(set(report["fragmented"]) - set(alone["fragmented"]))})
    return rows


def lower_than_alone(row: dict) -> list[str]:
    """The precisions that the corpus build lowers below the article's own build (a fact carried over)."""
    value = lambda p: 1.0 if p is None else p  # noqa: E731
    return [k for k in ("quote_precision", "post_precision") if value(row[k]) < value(row["alone"][k])]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    shared = shared_folder(args.shared)
    if shared is None:
        print("trust_corpus: no ../shared folder (give --shared DIR)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows = evaluate(shared)
    bad_quote = [r for r in rows if r["quote_precision"] not in (None, 1.0)]
    bad_post = [r for r in rows if r["post_precision"] not in (None, 1.0)]
    cross = sum(len(r["cross"]) for r in rows)
    frags = sorted({f for r in rows for f in r["fragmented"]})
    new_frags = sorted({f for r in rows for f in r["new_fragments"]})
    worse = [r["article"] for r in rows if lower_than_alone(r)]
    for r in rows:
        if r["wrong"] or r["cross"] or r["new_fragments"] or (args.verbose and r["fragmented"]):
            print(f"{r['article'][:50]}: quote {r['quote_precision']} post {r['post_precision']} "
                  f"(alone: quote {r['alone']['quote_precision']} post {r['alone']['post_precision']})")
            for line in r["wrong"]:
                print(f"    ! {line}")
            for line in r["cross"]:
                print(f"    x {line}")
            if args.verbose:
                for line in r["fragmented"]:
                    print(f"    / {line}" + ("  (the corpus splits it)" if line in r["new_fragments"] else ""))
    print(f"{len(rows)} golds on one corpus graph ({time.perf_counter() - started:.0f} s): "
          f"quote precision < 1 in {len(bad_quote)}, post precision < 1 in {len(bad_post)}, "
          f"{cross} cross-article links no gold names, {len(frags)} distinct fragmented entities "
          f"({len(new_frags)} split by the corpus, not alone: {'; '.join(new_frags) or 'none'}); "
          f"precision lower than alone in {len(worse)}: {', '.join(worse) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
