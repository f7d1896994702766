"""The shapes of `ontology/shapes.ttl` compiled into plain Python checks, for the build.

pySHACL runs each SPARQL constraint once per focus node through rdflib's SPARQL engine, which
made validation most of a default build's time. This module reads the same shapes and checks a
graph's triples in one pass over an index, with the RDFS entailment pySHACL's `inference="rdfs"`
adds (types from rdfs:domain, rdfs:range and rdfs:subClassOf, values from rdfs:subPropertyOf,
all from the ontology). It reports what pySHACL reports: the same focus nodes, shapes, paths and
messages (tests/test_shapecheck.py proves it on real and mutated graphs).

It knows the SHACL core components the shapes use and, for each SPARQL constraint, a Python
port keyed by the query's text. A shape it cannot compile (another component, an edited query)
or a graph that brings its own schema makes `check` hand the graph to pySHACL: never a check
skipped, at worst a slower one. `graphbuild validate` always runs pySHACL, the reference.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from .shacl import Report, Violation, _path_name, _shape_name, ontology_graph, shapes_graph

_TYPE, _NO_VALUES, _NO_LINKS = RDF.type, frozenset(), {}  # _NO_LINKS is never written to
SCHEMA_PREDICATES = frozenset((RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range))
# sh: predicates that only describe (no constraint), so a shape may carry them
DESCRIPTIVE = frozenset((SH.message, SH.name, SH.description, SH.order, SH.group, SH.prefixes, SH.declare))


class Unsupported(Exception):
    """Something in the shapes this module has no Python check for (pySHACL then checks)."""


@dataclass
class _Data:
    """The graph with the ontology and their RDFS entailments, indexed for the checks."""

    out: dict = field(default_factory=dict)  # subject -> predicate -> set of objects
    into: dict = field(default_factory=dict)  # object -> predicate -> set of subjects
    types: dict = field(default_factory=dict)  # node -> set of classes, superclasses included

    def values(self, node, path) -> set:
        """The values of (predicate, inverse) at `node`; rdf:type gives every class, inferred ones too."""
        return (self.into if path[1] else self.out).get(node, _NO_LINKS).get(path[0], _NO_VALUES)

    def instances(self, cls) -> list:
        return [node for node, classes in self.types.items() if cls in classes]


@dataclass(frozen=True)
class _Schema:
    supers: dict  # property -> its super-properties, itself included
    domains: dict  # property -> classes
    ranges: dict  # property -> classes
    superclasses: dict  # class -> its superclasses, itself included


@lru_cache(maxsize=1)
def _schema() -> _Schema:
    onto = ontology_graph()

    def closure(pred) -> dict:
        direct: dict = {}
        for s, o in onto.subject_objects(pred):
            direct.setdefault(s, set()).add(o)
        result = {}
        for start in direct:
            seen, todo = {start}, [start]
            while todo:
                for nxt in direct.get(todo.pop(), ()):
                    if nxt not in seen:
                        seen.add(nxt)
                        todo.append(nxt)
            result[start] = frozenset(seen)
        return result

    def grouped(pred) -> dict:
        result: dict = {}
        for s, o in onto.subject_objects(pred):
            result.setdefault(s, set()).add(o)
        return {k: frozenset(v) for k, v in result.items()}

    return _Schema(closure(RDFS.subPropertyOf), grouped(RDFS.domain), grouped(RDFS.range),
                   closure(RDFS.subClassOf))


def _index(triples: Iterable, read: frozenset, inverse: frozenset) -> _Data:
    """The index of the triples and the ontology: values of the `read` predicates, subjects of the
    `inverse` ones, and every node's classes (asserted, from domains and ranges, and their superclasses)."""
    schema = _schema()
    data = _Data()
    out, into, direct = data.out, data.into, {}
    plans: dict = {}  # predicate -> what each of its triples adds (the same for every triple of it)
    for s, p, o in itertools.chain(ontology_graph(), triples):
        plan = plans.get(p)
        if plan is None:
            plan = plans[p] = tuple((q, q in read, q in inverse, schema.domains.get(q, ()), schema.ranges.get(q, ()),
                                     q == _TYPE) for q in schema.supers.get(p, (p,)))
        for q, forward, backward, domains, ranges, is_type in plan:
            if forward:
                out.setdefault(s, {}).setdefault(q, set()).add(o)
            if backward:
                into.setdefault(o, {}).setdefault(q, set()).add(s)
            if domains:
                direct.setdefault(s, set()).update(domains)
            if ranges:
                direct.setdefault(o, set()).update(ranges)
            if is_type:
                direct.setdefault(s, set()).add(o)
    superclasses = schema.superclasses
    for node, classes in direct.items():
        data.types[node] = set().union(*(superclasses.get(c, (c,)) for c in classes))
        out.setdefault(node, {})[_TYPE] = data.types[node]
    return data


# What a value must be, one function per SHACL core component: (data, focus, values, parameter)
# -> the offending value nodes (None for a violation about the focus as a whole, as for counts).

def _min_count(data, focus, values, n):
    return [None] if len(values) < n else []


def _max_count(data, focus, values, n):
    return [None] if len(values) > n else []


_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}
_XSD_STRING, _LANG_STRING, _LITERAL, _DATATYPE = XSD.string, RDF.langString, RDFS.Literal, RDFS.Datatype


def _datatype_matches(v, dtype) -> bool:
    """pySHACL's reading of sh:datatype: that datatype, with a lexical form rdflib can parse as it."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == dtype:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif dtype == _LITERAL or (dtype == _DATATYPE and v.datatype):
        return True
    elif not ((v.datatype is None and v.language is None and dtype == _XSD_STRING)
              or (dtype == _LANG_STRING and v.language)):
        return False
    expected = _PYTHON_TYPES.get(dtype)
    return expected is None or isinstance(v.value, expected)


def _datatype(data, focus, values, dtype):
    if dtype == _XSD_STRING:  # most of them: a plain literal holding a string passes at once
        return [v for v in values if not (type(v) is Literal and v.datatype is None and v.language is None
                                          and isinstance(v.value, str)) and not _datatype_matches(v, dtype)]
    return [v for v in values if not _datatype_matches(v, dtype)]


def _min_length(data, focus, values, n):
    if n.value == 0:
        return []
    return [v for v in values if isinstance(v, BNode) or len(str(v)) < n.value]


def _pattern(data, focus, values, pattern):
    regex = re.compile(str(pattern))
    return [v for v in values if isinstance(v, BNode) or not regex.search(str(v))]


def _in(data, focus, values, allowed):
    return [v for v in values if v not in allowed]


def _class(data, focus, values, cls):
    return [v for v in values if isinstance(v, Literal) or cls not in data.types.get(v, ())]


def _has_value(data, focus, values, wanted):
    return [] if wanted in values else [None]


def _node_kind(data, focus, values, kind):
    if kind != SH.IRI:
        raise Unsupported(f"sh:nodeKind {kind}")
    return [v for v in values if not isinstance(v, URIRef)]


def _less_or_equal(data, focus, values, other):
    """pySHACL's sh:lessThanOrEquals: strings with strings, the rest by rdflib's ordering."""
    bad = []
    for v in values:
        left, left_str = (v.value, True) if isinstance(v, Literal) and isinstance(v.value, str) else (v, False)
        if isinstance(v, URIRef):
            left, left_str = str(v), True
        for w in data.values(focus, (other, False)):
            right, right_str = (w.value, True) if isinstance(w, Literal) and isinstance(w.value, str) else (w, False)
            if isinstance(w, URIRef):
                right, right_str = str(w), True
            try:
                if type(getattr(v, "value", None)) is int and type(getattr(w, "value", None)) is int \
                        and v.datatype == w.datatype:  # the usual offsets: rdflib would compare these ints
                    fine = v.value <= w.value
                else:
                    fine = left_str == right_str and left <= right
            except TypeError:  # values rdflib cannot order (an ill-typed number): pySHACL fails, this rejects
                fine = False
            if not fine:
                bad.append(v)
    return bad


def _or(data, focus, values, members):
    return [v for v in values if not any(_conforms(data, v, member) for member in members)]


COMPONENTS: dict[URIRef, Callable] = {
    SH.minCount: _min_count, SH.maxCount: _max_count, SH.datatype: _datatype, SH.minLength: _min_length,
    SH.pattern: _pattern, SH["in"]: _in, SH["class"]: _class, SH.hasValue: _has_value,
    SH.nodeKind: _node_kind, SH.lessThanOrEquals: _less_or_equal, SH["or"]: _or,
}


@dataclass(frozen=True)
class _Constraint:
    component: URIRef
    parameter: object
    path: tuple | None  # (predicate, inverse) of a property shape; None: the focus node itself
    shape: str  # the shape name reported, as shacl._shape_name gives it
    path_name: str
    message: str

    @property
    def test(self) -> Callable:
        return COMPONENTS[self.component]


@dataclass(frozen=True)
class _Sparql:
    check: Callable  # (data, focus) -> the bindings of each result row
    reads: tuple  # the predicates the query reads
    shape: str
    message: str


@dataclass(frozen=True)
class _NodeShape:
    targets: tuple
    constraints: tuple
    sparql: tuple


@lru_cache(maxsize=1)
def _predicates() -> tuple[frozenset, frozenset]:
    """The predicates the checks read forwards (paths, sh:lessThanOrEquals, SPARQL) and backwards."""
    read, inverse = set(), set()
    for shape in compiled() or ():
        for c in shape.constraints:
            if c.path is not None:
                (inverse if c.path[1] else read).add(c.path[0])
            if c.component == SH.lessThanOrEquals:
                read.add(c.parameter)
        for s in shape.sparql:
            read.update(s.reads)
    return frozenset(read), frozenset(inverse)


def _conforms(data, value, member) -> bool:
    """Does `value` conform to a shape inside sh:or (node-level constraints only)?"""
    return not any(c.test(data, value, [value], c.parameter) for c in member)


@lru_cache(maxsize=1)
def compiled() -> tuple[_NodeShape, ...] | None:
    """The shapes as checks, or None when any part of them has no Python check."""
    try:
        return _compile()
    except Unsupported:
        return None


def unsupported() -> str:
    """Why the shapes cannot be compiled ("" when they can): the test names the part to port."""
    try:
        _compile()
    except Unsupported as exc:
        return str(exc)
    return ""


def _compile() -> tuple[_NodeShape, ...]:
    g = shapes_graph()
    shapes = []
    node_shapes = sorted(set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(SH.targetClass, None)), key=str)
    for node in node_shapes:
        targets = tuple(sorted(g.objects(node, SH.targetClass)))
        for pred in set(g.predicates(node, None)):
            if str(pred).startswith(str(SH)) and pred not in (SH.targetClass, SH.property, SH.sparql, SH.nodeKind,
                                                                *DESCRIPTIVE):
                raise Unsupported(f"{_shape_name(node)}: {g.namespace_manager.normalizeUri(pred)}")
        if not targets:
            raise Unsupported(f"{_shape_name(node)}: a node shape without sh:targetClass")
        constraints = [_Constraint(SH.nodeKind, kind, None, _shape_name(node), "", _message(
            g, node, f"Value is not of Node Kind {g.namespace_manager.normalizeUri(kind)}"))  # pySHACL's words
            for kind in g.objects(node, SH.nodeKind)]
        for prop in sorted(g.objects(node, SH.property), key=str):
            constraints.extend(_property_constraints(g, prop, _shape_name(prop)))
        sparql = tuple(_sparql_constraint(g, c, _shape_name(node))
                       for c in sorted(g.objects(node, SH.sparql), key=str))
        shapes.append(_NodeShape(targets, tuple(constraints), sparql))
    return tuple(shapes)


def _message(g, node, default: str) -> str:
    messages = sorted(str(m) for m in g.objects(node, SH.message))
    if len(messages) > 1:
        raise Unsupported(f"{node}: several sh:message")
    return messages[0] if messages else default


def _property_constraints(g, prop, shape: str) -> list[_Constraint]:
    path = g.value(prop, SH.path)
    if isinstance(path, URIRef):
        parsed = (path, False)
    elif (isinstance(path, BNode) and isinstance(g.value(path, SH.inversePath), URIRef)
          and len(set(g.predicate_objects(path))) == 1):
        parsed = (g.value(path, SH.inversePath), True)
    else:
        raise Unsupported(f"{shape}: sh:path {path!r}")
    message = _message(g, prop, "")
    if not message:
        raise Unsupported(f"{shape}: a property shape without sh:message")  # pySHACL's default texts not ported
    constraints = []
    for pred, obj in sorted(g.predicate_objects(prop), key=str):
        if pred in (RDF.type, SH.path) or pred in DESCRIPTIVE:
            continue
        if pred not in COMPONENTS:
            raise Unsupported(f"{shape}: {g.namespace_manager.normalizeUri(pred)}")
        if pred in (SH.minCount, SH.maxCount):
            obj = int(obj)
        elif pred == SH["in"]:
            obj = frozenset(g.items(obj))
        elif pred == SH["or"]:
            obj = tuple(_member(g, m, shape) for m in g.items(obj))
        constraints.append(_Constraint(pred, obj, parsed, shape, _path_name(path, g), message))
    return constraints


def _member(g, member, shape: str) -> tuple[_Constraint, ...]:
    """A shape inside sh:or: node-level constraints only."""
    constraints = []
    for pred, obj in g.predicate_objects(member):
        if pred == RDF.type:
            continue
        if pred not in COMPONENTS or pred in (SH.minCount, SH.maxCount, SH.hasValue, SH["or"], SH.lessThanOrEquals):
            raise Unsupported(f"{shape}: sh:or member with {g.namespace_manager.normalizeUri(pred)}")
        constraints.append(_Constraint(pred, obj, None, shape, "", ""))
    return tuple(constraints)


def _sparql_constraint(g, node, shape: str) -> _Sparql:
    select = g.value(node, SH.select)
    check, reads = SPARQL_PORTS.get(" ".join(str(select).split()) if select is not None else "", (None, ()))
    if check is None:
        raise Unsupported(f"{shape}: a SPARQL constraint with no Python port ({_message(g, node, '')[:60]}...)")
    for pred in set(g.predicates(node, None)):
        if pred not in (RDF.type, SH.select, SH.message, SH.prefixes):
            raise Unsupported(f"{shape}: SPARQL constraint with {g.namespace_manager.normalizeUri(pred)}")
    return _Sparql(check, tuple(URIRef(p) for p in reads), shape, _message(g, node, ""))


# SPARQL constraints, ported: each function returns the bindings of the rows the query returns
# for one focus node, with rdflib's semantics (a failed cast or a non-string drops the row).

OA = "http://www.w3.org/ns/oa#"
GB = "https://w3id.org/graphbuild/ontology#"
_CASTABLE = frozenset(XSD[n] for n in (
    "integer", "decimal", "float", "double", "string", "boolean", "nonPositiveInteger", "negativeInteger", "long",
    "int", "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    "positiveInteger", "date"))


class _Error(Exception):
    """A SPARQL expression error: the row is dropped."""


def _integer(v) -> int:
    """xsd:integer(v) as rdflib evaluates it."""
    if not isinstance(v, Literal) or (v.datatype is not None and v.datatype not in _CASTABLE):
        raise _Error
    try:
        return int(v)
    except ValueError:
        raise _Error from None


def _str(v) -> str:
    if isinstance(v, BNode):
        raise _Error
    return str(v)


def _rows(data, focus, *predicates):
    return itertools.product(*(data.values(focus, (URIRef(p), False)) for p in predicates))


def _length_rows(text_prop: str, start_prop: str, end_prop: str, length_var: str):
    def check(data, focus):
        found = []
        for text, start, end in _rows(data, focus, text_prop, start_prop, end_prop):
            try:
                length, span = len(_str(text)), _integer(end) - _integer(start)
            except _Error:
                continue
            if length != span:
                found.append({length_var: length, "spanLength": span})
        return found

    return check


def _exact_in_sentence(data, focus):
    found = []
    for exact, start, end, sentence, sentence_start in _rows(
            data, focus, OA + "exact", OA + "start", OA + "end", GB + "sentence", GB + "sentenceStart"):
        try:
            start_n, end_n, sentence_start_n = _integer(start), _integer(end), _integer(sentence_start)
            if not sentence_start_n <= start_n:
                continue
            first = start_n - sentence_start_n  # SUBSTR's 1-based start, as rdflib slices it
            if _str(sentence)[first:end_n - start_n + first] != _str(exact):
                found.append({})
        except _Error:
            continue
    return found


def _count_not_integer(data, focus):
    if Literal("count") not in data.values(focus, (URIRef(GB + "unit"), False)):
        return []
    found = []
    for value in data.values(focus, (URIRef(GB + "value"), False)):
        if not isinstance(value, Literal):
            continue
        datatype = RDF.langString if value.language else (value.datatype or XSD.string)
        if datatype != XSD.integer:
            found.append({"value": value})
    return found


SPARQL_PORTS: dict[str, tuple[Callable, tuple]] = {  # query text, spaces collapsed -> (port, what it reads)
    " ".join(query.split()): (port, reads) for query, port, reads in (
        ("""SELECT $this ?exactLength ?spanLength WHERE { $this oa:exact ?exact ; oa:start ?start ; oa:end ?end .
            BIND (STRLEN(STR(?exact)) AS ?exactLength) BIND (xsd:integer(?end) - xsd:integer(?start) AS ?spanLength)
            FILTER (?exactLength != ?spanLength) }""",
         _length_rows(OA + "exact", OA + "start", OA + "end", "exactLength"),
         (OA + "exact", OA + "start", OA + "end")),
        ("""SELECT $this ?sentenceLength ?spanLength WHERE { $this gb:sentence ?sentence ; gb:sentenceStart ?start ;
            gb:sentenceEnd ?end . BIND (STRLEN(STR(?sentence)) AS ?sentenceLength)
            BIND (xsd:integer(?end) - xsd:integer(?start) AS ?spanLength) FILTER (?sentenceLength != ?spanLength) }""",
         _length_rows(GB + "sentence", GB + "sentenceStart", GB + "sentenceEnd", "sentenceLength"),
         (GB + "sentence", GB + "sentenceStart", GB + "sentenceEnd")),
        ("""SELECT $this WHERE { $this oa:exact ?exact ; oa:start ?start ; oa:end ?end ; gb:sentence ?sentence ;
            gb:sentenceStart ?sentenceStart . FILTER (xsd:integer(?sentenceStart) <= xsd:integer(?start))
            FILTER (SUBSTR(STR(?sentence), xsd:integer(?start) - xsd:integer(?sentenceStart) + 1,
            xsd:integer(?end) - xsd:integer(?start)) != STR(?exact)) }""", _exact_in_sentence,
         (OA + "exact", OA + "start", OA + "end", GB + "sentence", GB + "sentenceStart")),
        ("""SELECT $this ?value WHERE { $this gb:unit "count" ; gb:value ?value .
            FILTER (DATATYPE(?value) != xsd:integer) }""", _count_not_integer, (GB + "unit", GB + "value")),
    )
}


def _sparql_message(template: str, focus, bindings: dict) -> str:
    """pySHACL's substitution of {?var} and {$var} in a SPARQL constraint's message."""
    for var, value in {"this": focus, **bindings}.items():
        template = re.sub("{[?$]%s}" % var, str(value), template)
    return template


def check(triples: Iterable) -> Report:
    """The shapes checked over `triples` (a graph or any iterable of them), reported as `validate`
    (pySHACL) reports them; pySHACL itself when the shapes or the data are beyond this module."""
    triples = triples if isinstance(triples, (list, tuple, set)) or hasattr(triples, "triples") else list(triples)
    shapes = compiled()
    if shapes is None or any(p in SCHEMA_PREDICATES for _, p, _ in triples):
        from .rdf import add_all, new_graph
        from .shacl import validate

        return validate(triples if hasattr(triples, "triples") else add_all(new_graph(), triples))
    data = _index(triples, *_predicates())
    violations = []
    for shape in shapes:
        focus_nodes = set()
        for cls in shape.targets:
            focus_nodes.update(data.instances(cls))
        tests = [(c.test, c.parameter, c.path, c) for c in shape.constraints]
        for focus in focus_nodes:
            for test, parameter, path, c in tests:
                values = [focus] if path is None else data.values(focus, path)
                for _ in test(data, focus, values, parameter):
                    violations.append(Violation(str(focus), c.path_name, c.message, "Violation", c.shape))
            for s in shape.sparql:
                rows = []
                for bindings in s.check(data, focus):
                    if bindings not in rows:  # pySHACL reports a repeated row once
                        rows.append(bindings)
                        violations.append(Violation(str(focus), "", _sparql_message(s.message, focus, bindings),
                                                    "Violation", s.shape))
    violations.sort(key=lambda v: (v.focus, v.path, v.message, v.shape))
    return Report(not violations, tuple(violations))
