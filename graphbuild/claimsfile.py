"""`claims.csv`: every claim of a built graph, one row each, by the shipped SPARQL query.

The rows are those of `queries/claims-by-measure.rq` (a copy ships in the package), so the CSV, the
page's Figures view and a SPARQL user see the same claims, sorted by measure, jurisdiction and period.
The page and `build --claims` ask the query of the claims' neighbourhood only (`claims_of_table`,
`claims_of_graph`): the figures with a measure, their disagreements and the nodes these point to (the
query reads no further), a small part of a corpus.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import InputError

GRAPH_NAMES = ("graph.nt", "graph.ttl")  # the N-Triples (when written) loads fastest
_GB = "https://w3id.org/graphbuild/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"  # its objects are classes: not read further


def claims_query() -> str:
    return resources.files("graphbuild").joinpath("data/claims-by-measure.rq").read_text(encoding="utf-8")


def find_graph(folder: Path) -> Path:
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder a build wrote (e.g. output/)")
    for name in GRAPH_NAMES:
        if (folder / name).is_file():
            return folder / name
    raise InputError(f"{folder}: has no graph.ttl; run `graphbuild build --out {folder}` first")


def write_claims(folder: Path) -> tuple[Path, int, int]:
    """Write `folder`/claims.csv from the graph built there (graph.html draws the same claims in its
    Figures view); (the CSV's path, claims, claims that disagree)."""
    from .fileio import OutputSet, output_lock
    from .query import open_store, select

    graph = find_graph(folder)
    with output_lock(folder):  # not while a build writes into the folder
        rows, count, disagreeing = claims_csv(select(open_store([graph], None), claims_query()))
        with OutputSet(folder) as staged:
            path = staged.write(folder / "claims.csv", rows)
    return path, count, disagreeing


def claims_csv(table) -> tuple[bytes, int, int]:
    """claims.csv of the query's rows (a `query.Table`); (its bytes, claims, claims that disagree)."""
    from .query import render

    column = table.variables.index("disagreesWith")
    return (render(table, "csv").encode("utf-8"), len(table.rows), sum(1 for row in table.rows if row[column]))


def _claims_of(figures: set[str], disagreements: set[str], rows_of):
    """The query's rows over the claims' neighbourhood: every triple of the figures, of their
    disagreements and of the nodes these point to (measure, article, evidence, speaker, place...);
    `rows_of(subjects)` gives the triples of `subjects` as N-Triples terms."""
    import pyoxigraph

    from .query import select

    rows = rows_of(figures | disagreements)
    pointed = {o[1:-1] for _, p, o in rows if o.startswith("<") and p != f"<{_RDF_TYPE}>"} - figures
    rows += rows_of(pointed)
    store = pyoxigraph.Store()
    if rows:
        store.load("".join(f"{s} {p} {o} .\n" for s, p, o in rows).encode("utf-8"),
                   format=pyoxigraph.RdfFormat.N_TRIPLES)
    return select(store, claims_query())


def claims_of_table(table):
    """The claims of a corpus held in a TripleTable (a `query.Table` of the query's rows)."""
    figures = {str(s) for s, _, _ in table.with_predicates([_GB + "measure"])}
    disagreements = table.subjects([_GB + "claim"], figures)
    return _claims_of(figures, disagreements, table.rows_of)


def claims_of_graph(graph):
    """The claims of an rdflib graph (a `query.Table` of the query's rows)."""
    from rdflib import URIRef

    from .tripletable import nt

    def rows_of(subjects):
        return sorted((nt(URIRef(s)), nt(p), nt(o)) for s in subjects for p, o in graph.predicate_objects(URIRef(s)))

    figures = {str(s) for s in graph.subjects(URIRef(_GB + "measure"), None)}
    disagreements = {str(d) for f in figures for d in graph.subjects(URIRef(_GB + "claim"), URIRef(f))}
    return _claims_of(figures, disagreements, rows_of)
