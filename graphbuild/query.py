"""SPARQL over built graphs with pyoxigraph (embedded, optionally persistent).

A query is a file anyone can hand over, so it must not make requests on the
network: `SERVICE` is refused unless asked for (pyoxigraph would call the
endpoint it names). Results are written as they come, so a result of millions
of rows needs no more memory than a few of them.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file

RESULT_FORMATS = ("table", "csv", "json")


class QueryError(GraphbuildError):
    """The SPARQL text is not valid or the store cannot be used."""


class ServiceRefused(QueryError):
    """The query would call another endpoint and --allow-service was not given."""


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


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# what can hide a word from the grammar: comments, strings (long forms first) and IRIs
_HIDING = re.compile("|".join((
    r"#[^\r\n]*",
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'(?:[^'\\\r\n]|\\.)*'",
    r'"(?:[^"\\\r\n]|\\.)*"',
    r'<[^<>"{}|^`\\\x00-\x20]*>',
)), re.S)
_WORD = re.compile(r"[?$]?[^\W\d][\w\-.]*(?::[\w\-.:%\\]*)?|\d[\w.]*", re.U)


def _expand_codepoints(text: str) -> str:
    """SPARQL reads \\uXXXX escapes anywhere in a query before parsing it, so `\\u0053ERVICE` is SERVICE."""
    def char(match):
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group(0)
    return _CODEPOINT.sub(char, text)


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"at line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def find_service(sparql: str) -> str | None:
    """Where the query calls SERVICE ("at line L, column C"), or None.

    Two readings, either of which refuses: the words outside comments, strings and IRIs (case
    does not matter), and rdflib's SPARQL parser (it tells a `<` that compares from one that opens
    an IRI, which a word scan cannot). A query that mentions `service` and that rdflib cannot
    parse is refused too: what it means cannot be checked."""
    text = _expand_codepoints(sparql)
    if "service" not in text.lower():
        return None
    position, found = 0, None
    while position < len(text) and found is None:
        hiding = _HIDING.match(text, position)
        if hiding and hiding.end() > position:
            position = hiding.end()
            continue
        word = _WORD.match(text, position)
        if word:
            if word.group(0).upper() == "SERVICE":
                found = position
            position = word.end()
        else:
            position += 1
    if found is not None:
        return _where(text, found)
    try:
        from rdflib.plugins.sparql.parser import parseQuery

        tree = parseQuery(text)
    except Exception:  # noqa: BLE001  (rdflib cannot read it: be careful)
        mention = re.search(r"(?i)(?<![\w?$:])service(?![\w:])", text)
        return _where(text, mention.start()) if mention else None
    return "in its parsed form" if _has_service(tree) else None


def _has_service(node) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_has_service(v) for v in node)
    return False


def _syntax_problem(exc: SyntaxError) -> str:
    """pyoxigraph's message on one line: where it failed and, briefly, what it expected."""
    message = " ".join(str(exc).split())
    match = re.match(r"error at (\d+):(\d+): (.*)", message)
    if match:
        line, column, what = match.groups()
        where = f"at line {line}, column {column}: "
    else:
        where, what = "", message
    if len(what) > 160:
        what = what[:157].rsplit(",", 1)[0] + ", …"
    return f"the SPARQL query is not valid: {where}{what}"


def _refuse_service(sparql: str, allow_service: bool) -> None:
    if not allow_service:
        place = find_service(sparql)
        if place:
            raise ServiceRefused(f"the query calls SERVICE {place}, which would send a request to another "
                                 f"endpoint; refused; give --allow-service to allow it")


def execute(store, sparql: str, *, allow_service: bool = False):
    """The query's lazy result: a bool (ASK), or (variables, an iterator of rows)."""
    import pyoxigraph

    _refuse_service(sparql, allow_service)
    try:
        results = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(_syntax_problem(exc)) from None
    if isinstance(results, pyoxigraph.QueryBoolean) or isinstance(results, bool):
        return bool(results)
    if isinstance(results, pyoxigraph.QuerySolutions):
        variables = tuple(v.value for v in results.variables)
        return variables, (tuple(_term(solution[v]) for v in variables) for solution in results)
    return ("subject", "predicate", "object"), (
        (_term(t.subject), _term(t.predicate), _term(t.object)) for t in results)


def select(store, sparql: str, *, allow_service: bool = False) -> Table | bool:
    """Run a query; SELECT gives a Table, ASK a bool, CONSTRUCT/DESCRIBE a Table of triples (all in memory)."""
    result = execute(store, sparql, allow_service=allow_service)
    if isinstance(result, bool):
        return result
    variables, rows = result
    return Table(variables, tuple(rows))


TABLE_SAMPLE = 1000  # rows that set the table's column widths; later ones are cut to them


def write(result, fmt: str, out: TextIO) -> None:
    """Write a result (a bool, a Table, or (variables, rows) from `execute`) row by row."""
    if isinstance(result, bool):
        out.write({"json": json.dumps({"boolean": result}), "csv": f"boolean\n{str(result).lower()}\n"}.get(
            fmt, "yes" if result else "no") + ("" if fmt == "csv" else "\n"))
        return
    variables, rows = (result.variables, iter(result.rows)) if isinstance(result, Table) else result
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(row)
    elif fmt == "json":
        first = True
        for row in rows:
            item = json.dumps(dict(zip(variables, row)), indent=1, ensure_ascii=False)
            out.write(("[\n" if first else ",\n") + "\n".join(" " + line for line in item.split("\n")))
            first = False
        out.write("[]\n" if first else "\n]\n")
    else:
        _write_table(variables, rows, out)


def _write_table(variables: tuple[str, ...], rows: Iterator[tuple[str, ...]], out: TextIO) -> None:
    sample = []
    for row in rows:
        sample.append(row)
        if len(sample) == TABLE_SAMPLE:
            break
    widths = [min(60, max([len(v)] + [len(r[i]) for r in sample])) for i, v in enumerate(variables)]

    def cut(text, width):
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    def line(cells) -> str:
        return " | ".join(cut(c, w).ljust(w) for c, w in zip(cells, widths)) + "\n"

    out.write(line(variables))
    out.write("-+-".join("-" * w for w in widths) + "\n")
    count = 0
    for row in _chain(sample, rows):
        out.write(line(row))
        count += 1
    out.write(f"({count} row{'s' if count != 1 else ''})\n")


def _chain(first: list, rest: Iterable) -> Iterator:
    yield from first
    first.clear()  # the sample is not kept while the rest streams
    yield from rest


def render(result: Table | bool, fmt: str) -> str:
    buffer = io.StringIO()
    write(result, fmt, buffer)
    return buffer.getvalue()


def run_query(query_or_file: str, *, graphs: list[Path], store_dir: Path | None = None,
              fmt: str = "table", allow_service: bool = False, out: TextIO | None = None) -> str | None:
    """The plain function behind `graphbuild query`: the result as text, or, given `out`, written
    to it as it comes (then None)."""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if not graphs and store_dir is None:
        raise InputError("nothing to query: give --graph FILE (e.g. output/graph.ttl) or --store DIR")
    sparql = read_query(query_or_file)
    _refuse_service(sparql, allow_service)  # before any graph is loaded
    store = open_store(graphs, store_dir)
    try:
        result = execute(store, sparql, allow_service=True)  # checked above
        if out is None:
            return render(result if isinstance(result, bool) else Table(result[0], tuple(result[1])), fmt)
        try:
            write(result, fmt, out)
        except BrokenPipeError:
            raise
        except OSError as exc:  # a SERVICE that failed, the store's disk
            raise QueryError(f"the query failed while its results were read: {exc}") from None
        return None
    finally:
        if store_dir is not None:
            store.flush()
