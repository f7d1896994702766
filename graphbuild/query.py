"""SPARQL over built graphs with pyoxigraph (embedded, optionally persistent)."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file

RESULT_FORMATS = ("table", "csv", "json")


class QueryError(GraphbuildError):
    """The SPARQL text is not valid or the store cannot be used."""


@dataclass(frozen=True)
class Table:
    variables: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def read_query(query_or_file: str) -> str:
    path = Path(query_or_file)
    if path.suffix in (".rq", ".sparql") or (len(query_or_file) < 4096 and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the query file ({exc.strerror})") from None
    return query_or_file


def open_store(graphs: list[Path], store_dir: Path | None):
    """An embedded store holding `graphs` (loaded into a persistent store under `store_dir` if given)."""
    import pyoxigraph

    try:
        store = pyoxigraph.Store(str(store_dir)) if store_dir else pyoxigraph.Store()
    except OSError as exc:
        raise QueryError(f"cannot open the store at {store_dir}: {exc}") from None
    for path in graphs:
        fmt = rdf_file(path).oxigraph
        try:
            store.load(path=str(path), format=getattr(pyoxigraph.RdfFormat, fmt))
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid {fmt.replace('_', '-').title()}: {exc}") from None
    return store


def _term(value) -> str:
    if value is None:
        return ""
    return getattr(value, "value", str(value))


def select(store, sparql: str) -> Table | bool:
    """Run a query; SELECT gives a Table, ASK a bool, CONSTRUCT/DESCRIBE a Table of triples."""
    import pyoxigraph

    try:
        results = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL query is not valid: {exc}") from None
    if isinstance(results, pyoxigraph.QueryBoolean) or isinstance(results, bool):
        return bool(results)
    if isinstance(results, pyoxigraph.QuerySolutions):
        variables = tuple(v.value for v in results.variables)
        rows = tuple(tuple(_term(solution[v]) for v in variables) for solution in results)
        return Table(variables, rows)
    rows = tuple((_term(t.subject), _term(t.predicate), _term(t.object)) for t in results)
    return Table(("subject", "predicate", "object"), rows)


def render(result: Table | bool, fmt: str) -> str:
    if isinstance(result, bool):
        return {"json": json.dumps({"boolean": result}), "csv": f"boolean\n{str(result).lower()}\n"}.get(
            fmt, "yes" if result else "no") + ("" if fmt == "csv" else "\n")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(result.rows)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(result.variables, row)) for row in result.rows], indent=1,
                          ensure_ascii=False) + "\n"
    widths = [min(60, max([len(v)] + [len(r[i]) for r in result.rows])) for i, v in enumerate(result.variables)]
    def cut(text, width):
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"
    lines = [" | ".join(cut(v, w).ljust(w) for v, w in zip(result.variables, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cut(c, w).ljust(w) for c, w in zip(row, widths)) for row in result.rows]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def run_query(query_or_file: str, *, graphs: list[Path], store_dir: Path | None = None,
              fmt: str = "table") -> str:
    """The plain function behind `graphbuild query`."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if not graphs and store_dir is None:
        raise InputError("nothing to query: give --graph FILE (e.g. output/graph.ttl) or --store DIR")
    store = open_store(graphs, store_dir)
    try:
        return render(select(store, read_query(query_or_file)), fmt)
    finally:
        if store_dir is not None:
            store.flush()
