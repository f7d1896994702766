"""`claims.csv`: every claim of a built graph, one row each, by the shipped SPARQL query.

The rows are those of `queries/claims-by-measure.rq` (a copy ships in the package), so the CSV and a
SPARQL user see the same claims, sorted by measure, jurisdiction and period.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import InputError

GRAPH_NAMES = ("graph.nt", "graph.ttl")  # the N-Triples (when written) loads fastest


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
    """Write `folder`/claims.csv (and claims.html, its Figures page) from the graph built there;
    (the CSV's path, claims, claims that disagree)."""
    from .fileio import OutputSet, output_lock
    from .query import open_store, render, select

    from .export.claimspage import claims_page

    graph = find_graph(folder)
    with output_lock(folder):  # not while a build writes into the folder
        table = select(open_store([graph], None), claims_query())
        column = table.variables.index("disagreesWith")
        disagreeing = sum(1 for row in table.rows if row[column])
        with OutputSet(folder) as staged:
            path = staged.write(folder / "claims.csv", render(table, "csv").encode("utf-8"))
            staged.write(folder / "claims.html", claims_page(table, folder.resolve().name))
    return path, len(table.rows), disagreeing
