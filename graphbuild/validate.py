"""SHACL validation against `ontology/shapes.ttl`, with RDFS inference over the ontology.

`enforce` makes strictness a property of the statement, not of the corpus: a
statement that breaks a shape is dropped with what hangs only from it, and the
rest of the graph is kept (and must then conform).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from .errors import GraphbuildError, InputError
from .rdffiles import rdf_file
from .shacl import (  # noqa: F401  (re-exported: the validate command's names)
    Report, Violation, _path_name, _shape_name, ontology_graph, shapes_graph, validate)
from .vocab import GB


class InvalidGraphError(GraphbuildError):
    """The built graph does not conform to the shapes; nothing was written."""

    exit_code = 1


def read_graph(path: Path) -> Graph:
    """A file's triples (for a dataset, all its graphs' triples, the ontology graph included)."""
    fmt = rdf_file(path).rdflib
    try:
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads():
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0] if str(exc) else exc}") from None


def validate_files(paths: list[Path]):
    for path in paths:
        yield path, validate(read_graph(path))


STATEMENT_CLASSES = (GB.Quote, GB.Figure, GB.Post, GB.RelationStatement)
ENFORCE_ROUNDS = 8  # dropping can orphan a dependant (a post whose holder went), caught by the next round


@dataclass(frozen=True)
class Dropped:
    """A statement left out of the graph because it broke a shape."""

    article: URIRef  # the article it was read from
    source: str  # that article's file name
    iri: str
    kind: str  # Figure, Quote, Post, RelationStatement, Person, Evidence ...
    shape: str
    message: str
    sentence: str  # the evidence sentence, so a reader can see what was read

    def as_json(self) -> dict:
        return {"iri": self.iri, "kind": self.kind, "shape": self.shape, "message": self.message,
                "sentence": self.sentence}


def enforce_or_raise(graph: Graph, *, checked: Report | None = None) -> list[Dropped]:
    """`enforce`, raising InvalidGraphError when even the rest does not conform."""
    report, dropped = enforce(graph, checked=checked)
    if not report.conforms:
        first = report.violations[0].line() if report.violations else "no details"
        raise InvalidGraphError(
            f"the graph does not conform to the shapes even without the statements that break them "
            f"({len(report.violations)} violation(s); first: {first})")
    return dropped


def enforce(graph: Graph, *, checked: Report | None = None) -> tuple[Report, list[Dropped]]:
    """Drop, in place, every node that breaks a shape and what hangs only from it, until the rest
    conforms; returns the last report (conforms unless dropping could not fix it) and what was dropped.

    A violation's focus node is mapped to its statement: a quote, figure, post or relation
    statement is dropped with its evidence and, for a relation, the triple it asserts; broken
    evidence takes its statement with it, or alone when it is one mention of an entity; any
    other node (an entity, an article) is dropped with every link to it, and whatever that
    orphans breaks a shape in the next round and goes too.

    The shapes are checked by `shapecheck.check` (what pySHACL reports, without its cost);
    `checked` is its report on `graph` when the caller already has it.
    """
    from .shapecheck import check

    dropped: list[Dropped] = []
    report = checked or check(graph)
    for _ in range(ENFORCE_ROUNDS):
        if report.conforms:
            break
        culprits: dict[URIRef, list[Violation]] = {}
        for violation in report.violations:
            if violation.severity != "Violation":
                continue
            for node in _culprits(graph, URIRef(violation.focus)):
                culprits.setdefault(node, []).append(violation)
        if not culprits:
            break
        for node in sorted(culprits):
            dropped.extend(_describe(graph, node, culprits[node]))
        for node in sorted(culprits):
            _remove(graph, node)
        report = check(graph)
    dropped.sort(key=lambda d: (str(d.article), d.iri))
    return report, dropped


def _types(graph: Graph, node) -> set:
    return set(graph.objects(node, RDF.type))


def _culprits(graph: Graph, focus: URIRef) -> list[URIRef]:
    """The nodes to drop for a violation at `focus`."""
    if GB.Evidence in _types(graph, focus):
        owners = sorted(o for o in graph.subjects(GB.evidence, focus)
                        if _types(graph, o) & set(STATEMENT_CLASSES))
        return owners or [focus]
    return [focus]


def _describe(graph: Graph, node: URIRef, violations: list[Violation]) -> list[Dropped]:
    """One record per article the node was read from."""
    types = _types(graph, node)
    statement = [t for t in STATEMENT_CLASSES if t in types]
    names = sorted(str(t)[len(GB._NS):] for t in (statement or types) if str(t).startswith(GB._NS))
    kind = names[0] if len(names) == 1 else " ".join(names)
    if GB.NewsArticle in types:
        articles = [node]
    elif GB.Evidence in types:
        articles = sorted(graph.objects(node, GB.inArticle))
    else:
        articles = sorted(a for a in graph.objects(node, PROV.wasDerivedFrom) if isinstance(a, URIRef))
    evidence = [node] if GB.Evidence in types else sorted(graph.objects(node, GB.evidence))
    sentences = sorted(str(s) for e in evidence for s in graph.objects(e, GB.sentence))
    first = min(violations, key=lambda v: (v.shape, v.path, v.message))
    records = []
    for article in articles or [URIRef("")]:
        source = graph.value(article, GB.sourceFile)
        records.append(Dropped(article, str(source) if source is not None else "", str(node), kind, first.shape,
                               first.message, sentences[0] if sentences else ""))
    return records


def _remove(graph: Graph, node: URIRef) -> None:
    """The node, every link to it, the evidence only it points to, and the triple a relation asserts."""
    evidence = list(graph.objects(node, GB.evidence))
    asserted = None
    if GB.RelationStatement in _types(graph, node) and graph.value(node, GB.negated) != Literal(True):
        parts = tuple(graph.value(node, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        asserted = parts if None not in parts else None
    graph.remove((node, None, None))
    graph.remove((None, None, node))
    for ev in evidence:
        if next(graph.subjects(GB.evidence, ev), None) is None:
            graph.remove((ev, None, None))
    if asserted and not _still_asserted(graph, asserted):
        graph.remove(asserted)


def _still_asserted(graph: Graph, triple) -> bool:
    """Does another (kept, not negated) relation statement assert the same triple?"""
    s, p, o = triple
    for other in graph.subjects(RDF.subject, s):
        if (graph.value(other, RDF.predicate) == p and graph.value(other, RDF.object) == o
                and graph.value(other, GB.negated) != Literal(True)):
            return True
    return False
