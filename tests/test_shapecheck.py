"""The build's Python checks (graphbuild.shapecheck) reject exactly what pySHACL rejects.

Mutations are derived from the shapes themselves: every constraint of ontology/shapes.ttl is
broken in each way its component forbids, each in its own copy of a small graph that conforms,
and all copies are checked together, by pySHACL (with RDFS inference) and by the fast checker.
A constraint that no mutation breaks, or that the fast checker cannot compile, fails a test named
after it, so the two checkers cannot drift apart silently.
"""
from __future__ import annotations

import hashlib
import itertools
import logging
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from graphbuild import shapecheck
from graphbuild.rdf import add_all, article_triples, new_graph
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Policy, Quote, Relation, Role
from graphbuild.validate import Violation, enforce, read_graph, shapes_graph, validate

logging.getLogger("rdflib.term").setLevel(logging.ERROR)  # the unparsable literals are on purpose

TEXT = ("Ann Bell, the chief constable of Kent Police, said: “We are ready.” The Home Office funded Kent Police "
        "in Kent. About 300 officers, or 12%, joined, costing £2.5m, Bell said of the pay freeze.")


def _ev(part: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return Evidence(start, start + len(part), part, 0, len(TEXT), TEXT, 0)


def _extraction() -> Extraction:
    """Every kind of node and link the shapes constrain, in one small article."""
    article = Article("t.txt", "Kent story", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), published="2020-01-02")
    bell = Entity("person:ann bell", "person", "Ann Bell", ("PoliceOfficer", "Person"), ("Bell",),
                  (_ev("Ann Bell"), _ev("Bell", 1)))
    kent_police = Entity("org:kent police", "organization", "Kent Police", ("PoliceBody", "Organization"), (),
                         (_ev("Kent Police"),))
    home_office = Entity("org:home office", "organization", "Home Office", ("GovernmentBody", "Organization"), (),
                         (_ev("Home Office"),))
    kent = Entity("place:kent", "place", "Kent", ("Place",), (), (_ev("Kent", 2),))
    freeze = Policy("policy:pay freeze", "pay freeze", ("the freeze",), "policy", (_ev("pay freeze"),),
                    concerns=(kent_police.key,))
    return Extraction(
        article, entities=(bell, kent_police, home_office, kent),
        roles=(Role(bell.key, "chief constable", "police", kent_police.key, kent.key,
                    _ev("the chief constable of Kent Police"), qualifier="acting"),),
        quotes=(Quote("We are ready.", bell.key, "say", home_office.key, kent_police.key, (freeze.key,),
                      evidence=_ev("“We are ready.”")),),
        figures=(Figure("300", "count", "300 officers", "officers", about=kent_police.key, qualifier="about",
                        period="2020", place=kent.key, source=bell.key, speaker=bell.key, evidence=_ev("300 officers")),
                 Figure("12", "percent", "12%", evidence=_ev("12%")),
                 Figure("2.5e6", "GBP", "£2.5m", per="year", evidence=_ev("£2.5m"))),
        policies=(freeze,),
        relations=(Relation(home_office.key, "funded", kent_police.key, "fund", evidence=_ev("funded")),))


@lru_cache(maxsize=1)
def _base() -> Graph:
    return add_all(new_graph(), article_triples(_extraction()))


def test_the_base_graph_conforms_for_both():
    assert validate(_base()).conforms and shapecheck.check(_base()).conforms


# Mutations: for each compiled constraint, the ways to break it.

def _other(value):
    if isinstance(value, Literal):
        return Literal(str(value) + "1", datatype=value.datatype, lang=value.language)
    return URIRef(str(value) + "-other")


_FRESH = itertools.count()


def _core_breaks(c, values: list) -> list:
    """(triples to remove, values to add in their place) that break core constraint `c`."""
    first = values[:1]
    fresh = URIRef(f"https://w3id.org/graphbuild/id/thing/fresh-{next(_FRESH)}")  # no type, unless inferred
    if c.component == SH.minCount:
        return [(values, [])]
    if c.component == SH.maxCount:
        return [([], [_other(v) for v in values] or [Literal("x"), Literal("y")])]
    if c.component == SH.datatype:
        wrong = (Literal("abc", datatype=c.parameter), Literal(1.5), Literal("x", lang="en"),
                 Literal("7", datatype=XSD.string), fresh, Literal("-3", datatype=c.parameter))
        return [(first, [bad]) for bad in wrong]
    if c.component == SH.minLength:
        return [(first, [Literal("")])]
    if c.component == SH.pattern:
        return [(first, [Literal("ABC")]), (first, [Literal("a" * 64, lang="en")])]
    if c.component == SH["in"]:
        return [(first, [Literal("furlongs")]), (first, [Literal(str(next(iter(c.parameter))), datatype=XSD.string)])]
    if c.component in (SH["class"], SH["or"]):
        return [(first, [fresh]), (first, [Literal("x")]), (first, [BNode()])]
    if c.component == SH.hasValue:
        return [(values, [fresh])]
    if c.component == SH.nodeKind:
        return [(first, [Literal("x")]), (first, [BNode()])]
    if c.component == SH.lessThanOrEquals:
        return [(first, [Literal(10_000, datatype=XSD.nonNegativeInteger)]), (first, [Literal("5")])]
    raise AssertionError(f"no mutation for {c.component}")


def _literal_breaks(value) -> list:
    """Ways to change a value a SPARQL constraint reads."""
    if isinstance(value, Literal) and isinstance(value.value, int) and not isinstance(value.value, bool):
        n = value.value
        return [Literal(n + 1, datatype=value.datatype), Literal(max(n - 1, 0), datatype=value.datatype),
                Literal(str(n)), Literal("abc", datatype=value.datatype), Literal(Decimal(n) + Decimal("0.5")),
                Literal(n, datatype=XSD.decimal)]
    if isinstance(value, Literal):
        text = str(value)
        return [Literal(text[1:]), Literal("X" + text[1:]), Literal(text, lang="en"), Literal(""),
                URIRef("https://w3id.org/graphbuild/id/x"), Literal(text, datatype=XSD.string)]
    return [Literal("x")]


def _mutations() -> list[tuple[str, list, list]]:
    """(name, triples removed, triples added) for every way each constraint is broken."""
    graph, data = _base(), shapecheck._index(_base(), *shapecheck._predicates())
    subjects = set(graph.subjects())
    found = []
    for shape in shapecheck.compiled():
        foci = sorted(n for cls in shape.targets for n in data.instances(cls) if n in subjects)
        for c in shape.constraints:
            if c.path is None:
                for bad in (BNode(), Literal(f"not a node {c.shape}")):
                    found.append((f"{c.shape} nodeKind {bad!r}", [], [(bad, RDF.type, shape.targets[0])]))
                continue
            (p, inverse) = c.path
            edge = (lambda v, f, p=p: (v, p, f)) if inverse else (lambda v, f, p=p: (f, p, v))
            for focus in foci:  # the first focus with a value to break (any, for counts)
                values = sorted(data.values(focus, c.path) & set(graph.subjects(p, focus) if inverse
                                                                   else graph.objects(focus, p)), key=str)
                if values or c.component in (SH.maxCount, SH.minCount):
                    for removed, added in _core_breaks(c, values):
                        found.append((f"{c.shape} {c.path_name} {c.component.split('#')[1]} {added!r}",
                                      [edge(v, focus) for v in removed], [edge(v, focus) for v in added]))
                    break
        for s in shape.sparql:
            for focus in foci[:3]:
                for p in _query_predicates(s):
                    for old in sorted(graph.objects(focus, p), key=str):
                        for new in _literal_breaks(old):
                            found.append((f"{s.shape} SPARQL {p} {new!r}", [(focus, p, old)], [(focus, p, new)]))
    return found


def _nodes(mutation) -> set:
    _, removed, added = mutation
    return {t for triple in removed + added for t in (triple[0], triple[2]) if not isinstance(t, Literal)
            or t in {a[0] for a in added}}


def _packed(mutations) -> list[list[int]]:
    """Mutations grouped into copies, no two in a copy touching the same node (first fit)."""
    copies: list[tuple[set, list[int]]] = []
    for i, mutation in enumerate(mutations):
        nodes = _nodes(mutation)
        for touched, members in copies:
            if not touched & nodes:
                touched |= nodes
                members.append(i)
                break
        else:
            copies.append((set(nodes), [i]))
    return [members for _, members in copies]


def _query_predicates(s) -> list[URIRef]:
    """The properties a SPARQL constraint reads, from its query text."""
    g = shapes_graph()
    query = next(str(q) for node in g.subjects(SH.message, Literal(s.message)) for q in g.objects(node, SH.select))
    names = dict((str(p), str(n)) for p, n in g.namespaces())
    return sorted({URIRef(names[prefix] + local) for prefix, local in re.findall(r"\b(gb|oa):(\w+)", query)})


COPY = "https://w3id.org/graphbuild/id/"


def _copy(i: int, triples):
    """The triples with every minted IRI renamed for copy i, so copies never share a node."""
    def rename(term):
        if isinstance(term, URIRef) and str(term).startswith(COPY):
            return URIRef(f"{COPY}m{i}/{str(term)[len(COPY):]}")
        return term

    return [tuple(rename(t) for t in triple) for triple in triples]


def _crashes_pyshacl(mutation) -> bool:
    """pySHACL raises TypeError ordering an unparsable number against sh:lessThanOrEquals."""
    g = shapes_graph()
    ordered = {p for prop in g.subjects(SH.lessThanOrEquals, None)
               for p in (g.value(prop, SH.path), g.value(prop, SH.lessThanOrEquals))}
    return any(p in ordered and isinstance(o, Literal) and o.ill_typed and o.value is None
               for _, p, o in mutation[2])


@lru_cache(maxsize=1)
def _checked() -> tuple[list, list, list[set], list[set]]:
    """Every mutation in a copy of the base graph (several per copy when they touch different
    nodes), all copies checked together by both checkers; the violations of each copy."""
    mutations = [m for m in _mutations() if not _crashes_pyshacl(m)]
    copies = _packed(mutations)
    graph = new_graph()
    base = list(_base())
    for i, members in enumerate(copies):
        removed = set(_copy(i, [t for m in members for t in mutations[m][1]]))
        add_all(graph, (t for t in _copy(i, base) if t not in removed))
        add_all(graph, _copy(i, [t for m in members for t in mutations[m][2]]))
    reference, fast = validate(graph).violations, shapecheck.check(graph).violations
    by_copy = [({v for v in reference if _copy_of(v, i)}, {v for v in fast if _copy_of(v, i)})
               for i in range(len(copies))]
    return mutations, copies, reference, fast, by_copy


def _copy_of(violation: Violation, i: int) -> bool:
    return violation.focus.startswith(f"{COPY}m{i}/") or violation.focus.endswith(f"#m{i}")


def test_every_constraint_of_the_shapes_has_a_python_check():
    assert shapecheck.unsupported() == "", "port it to graphbuild/shapecheck.py"
    assert shapecheck.compiled() is not None


def test_both_checkers_flag_the_same_statements_in_every_mutated_graph():
    mutations, copies, reference, fast, by_copy = _checked()
    assert len(mutations) > 200 and len(reference) > len(mutations)
    for members, (want, got) in zip(copies, by_copy):
        assert got == want, [mutations[m][0] for m in members]
    assert fast == reference  # blank-node and literal foci too, as many of each, in the same order


def test_an_unparsable_offset_is_rejected_where_pyshacl_fails():
    """pySHACL cannot order "abc"^^xsd:nonNegativeInteger against oa:end and raises; the build drops it."""
    evidence = next(_base().subjects(RDF.type, URIRef("https://w3id.org/graphbuild/ontology#Evidence")))
    start = URIRef("http://www.w3.org/ns/oa#start")
    graph = add_all(new_graph(), (t for t in _base() if t[:2] != (evidence, start)))
    add_all(graph, [(evidence, start, Literal("abc", datatype=XSD.nonNegativeInteger))])
    with pytest.raises(TypeError):
        validate(graph)
    assert {v.focus for v in shapecheck.check(graph).violations} == {str(evidence)}


def test_enforcing_with_either_checker_drops_the_same_statements(monkeypatch):
    """What the build drops (and keeps) is what it dropped when pySHACL checked each round."""
    mutations, copies = _checked()[:2]
    triples = [t for i in range(3) for t in _copy(i, _base())
               if t not in set(_copy(i, [r for m in copies[i] for r in mutations[m][1]]))]
    triples += [t for i in range(3) for t in _copy(i, [a for m in copies[i] for a in mutations[m][2]])]
    fast = add_all(new_graph(), triples)
    fast_report, fast_dropped = enforce(fast)
    monkeypatch.setattr(shapecheck, "check", validate)
    reference = add_all(new_graph(), triples)
    reference_report, reference_dropped = enforce(reference)
    assert len(fast_dropped) > 20  # (blank-node and literal foci cannot be dropped: both leave them)
    assert fast_dropped == reference_dropped and fast_report == reference_report
    assert set(fast) == set(reference)


def _constraints() -> list[tuple[str, str]]:
    """(shape, path or SPARQL message) of every constraint in shapes.ttl, read without shapecheck."""
    from graphbuild.validate import _path_name, _shape_name

    g = shapes_graph()
    found = set()
    for node in g.subjects(SH.targetClass, None):
        for prop in g.objects(node, SH.property):
            found.add((_shape_name(prop), _path_name(g.value(prop, SH.path), g)))
        for sparql in g.objects(node, SH.sparql):
            found.add((_shape_name(node), str(g.value(sparql, SH.message))))
        if g.value(node, SH.nodeKind) is not None:
            found.add((_shape_name(node), ""))
    return sorted(found)


@pytest.mark.parametrize("shape,what", _constraints())
def test_each_constraint_is_broken_by_some_mutation(shape, what):
    """A new shape without a mutation that breaks it (hence without proof of equivalence) fails here."""
    reference = _checked()[2]
    if what.startswith("http") or what.startswith("^") or what == "":
        assert any(v.shape == shape and v.path == what for v in reference), (shape, what)
    else:
        template = ".*".join(re.escape(part) for part in re.split(r"\{[?$]\w+\}", what))
        assert any(v.shape == shape and re.fullmatch(template, v.message) for v in reference), (shape, what)


ARTICLES = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "articles").glob("*.txt"))


@pytest.mark.skipif(not ARTICLES, reason="the development articles are not here")
def test_both_checkers_agree_on_built_articles_and_on_their_broken_evidence(tmp_path):
    """Two development articles, built by the default path, then with every evidence offset shifted."""
    from graphbuild.pipeline import build

    for article in (ARTICLES[0], ARTICLES[-1]):
        build([article], out=tmp_path / article.stem, use_cache=False, validation="skip")
        graph = read_graph(tmp_path / article.stem / "graph.ttl")
        assert validate(graph).violations == shapecheck.check(graph).violations == ()
        oa_start = URIRef("http://www.w3.org/ns/oa#start")
        for i, (s, _, o) in enumerate(sorted(graph.triples((None, oa_start, None)))):
            if i % 3 == 0:
                graph.set((s, oa_start, Literal(o.value + 1, datatype=o.datatype)))
        reference, fast = validate(graph), shapecheck.check(graph)
        assert not reference.conforms and set(fast.violations) == set(reference.violations)
