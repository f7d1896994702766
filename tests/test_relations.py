"""Relations and stances: read from the grammar (never from co-occurrence), and reified in RDF."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib import namespace as rdfns

from graphbuild.rdf import OA, build_graph
from graphbuild.vocab import GB

HEADLINE = "Ministers face questions\n"


def name_of(extraction, key):
    """The name of an entity or policy key."""
    names = [e.name for e in extraction.entities if e.key == key] + [p.name for p in extraction.policies
                                                                     if p.key == key]
    assert len(names) == 1, (key, [e.key for e in extraction.entities], [p.key for p in extraction.policies])
    return names[0]


def key_of(extraction, name):
    keys = [e.key for e in extraction.entities if e.name == name] + [p.key for p in extraction.policies
                                                                    if p.name == name]
    assert len(keys) == 1, (name, [e.name for e in extraction.entities], [p.name for p in extraction.policies])
    return keys[0]


def triples(extraction):
    return {(name_of(extraction, r.subject), r.predicate, name_of(extraction, r.object))
            for r in extraction.relations}


def check_evidence(extraction):
    text = extraction.article.text
    for r in extraction.relations:
        assert r.evidence is not None
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text
        assert r.evidence.sentence_start <= r.evidence.start <= r.evidence.end <= r.evidence.sentence_end


# --- relations from the parse ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected, cue, negated",
    [
        ("Jane Porter called Tom Ellison on Monday.", {("Jane Porter", "called", "Tom Ellison")}, "call", False),
        ("Jane Porter told Tom Ellison that officers were tired.", {("Jane Porter", "told", "Tom Ellison")},
         "tell", False),
        ("Jane Porter met Tom Ellison in Leeds.", {("Jane Porter", "met", "Tom Ellison")}, "meet", False),
        ("Jane Porter criticised the Home Office.", {("Jane Porter", "criticises", "Home Office")}, "criticise",
         False),
        ("Jane Porter backed stop and search.", {("Jane Porter", "backs", "stop and search")}, "back", False),
        ("The sentencing reforms were introduced by Jane Porter.",
         {("Jane Porter", "introduced", "sentencing reforms")}, "introduce", False),
        ("Tom Ellison attacked the sentencing reforms introduced by Jane Porter.",
                     {("Tom Ellison", "criticises", "sentencing reforms"),
                      ("Jane Porter", "introduced", "sentencing reforms")}, "", False),
        ("Tom Ellison attacked the sentencing reforms, which were introduced by Jane Porter.",
                     {("Tom Ellison", "criticises", "sentencing reforms"),
                      ("Jane Porter", "introduced", "sentencing reforms")}, "", False),
        ("Jane Porter and Tom Ellison criticised the Home Office.",
         {("Jane Porter", "criticises", "Home Office"), ("Tom Ellison", "criticises", "Home Office")},
         "criticise", False),
        ("Jane Porter did not back stop and search.", {("Jane Porter", "backs", "stop and search")}, "back", True),
        ("Tom Ellison called for more police funding.", {("Tom Ellison", "callsFor", "police funding")}, "call",
         False),
        ("Jane Porter voted for the cuts.", {("Jane Porter", "votedFor", "police funding cuts")}, "vote", False),
        ("Tom Ellison spoke to officers in Leeds. He criticised the Treasury.",
         {("Tom Ellison", "criticises", "HM Treasury")}, "criticise", False),
        ("Jane Porter, who is in Washington, said officers deserved more.",
         {("Jane Porter", "locatedIn", "Washington")}, "be", False),
        ("Jane Porter fought for funding from the Treasury.", {("Jane Porter", "relatedTo", "HM Treasury")},
         "from", False),
        ("Jane Porter said: “Stop and search is a vital tool.”", {("Jane Porter", "backs", "stop and search")},
         "say", False),
        ("Tom Ellison said: “The problem is the cuts.”", {("Tom Ellison", "criticises", "police funding cuts")},
         "say", False),
    ],
    ids=["called", "told", "met", "criticised", "backed", "passive", "passive-participle",
         "passive-relative-clause", "coordinated-subjects", "negated", "called-for", "voted-for",
         "pronoun-subject", "located-in", "fallback-preposition", "quote-stance-backs",
         "quote-stance-criticises"],
)
def test_relations(extract_text, text, expected, cue, negated):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert triples(ex) == expected
    for r in ex.relations:
        assert cue in r.cue
        assert r.negated is negated


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter and Tom Ellison were both in Leeds on Monday.",
        "Jane Porter spoke after Tom Ellison left.",
        "Jane Porter visited Leeds, and Tom Ellison stayed at the Home Office.",
        "Tom Ellison said: “Jane Porter told the Home Office nothing.”",
    ],
    ids=["both-in-place", "spoke-after", "two-clauses", "names-inside-quote"],
)
def test_two_names_are_not_a_relation(extract_text, text):
    ex = extract_text(HEADLINE + text)
    actors = {e.key for e in ex.entities if e.kind in ("person", "organization")}
    assert len(actors) >= 2
    assert not [(name_of(ex, r.subject), r.predicate, name_of(ex, r.object)) for r in ex.relations
                if r.subject in actors and r.object in actors]


# --- RDF: a direct triple and a reified statement -------------------------------------------------

@pytest.mark.parametrize(
    "text, subject, predicate, obj, negated",
    [
        ("Jane Porter backed stop and search.", "Jane Porter", "backs", "stop and search", False),
        ("Jane Porter did not back stop and search.", "Jane Porter", "backs", "stop and search", True),
        ("Jane Porter criticised the Home Office.", "Jane Porter", "criticises", "Home Office", False),
        ("Jane Porter did not criticise the Home Office.", "Jane Porter", "criticises", "Home Office", True),
        ("Jane Porter met Tom Ellison in Leeds.", "Jane Porter", "met", "Tom Ellison", False),
        ("Tom Ellison said: “The problem is the cuts.”", "Tom Ellison", "criticises", "police funding cuts",
         False),
    ],
    ids=["backs", "not-backs", "criticises", "not-criticises", "met", "quote-stance"],
)
def test_relations_in_rdf(extract_text, text, subject, predicate, obj, negated):
    ex = extract_text(HEADLINE + text)
    graph = build_graph([ex])
    relations = [r for r in ex.relations if (name_of(ex, r.subject), r.predicate, name_of(ex, r.object))
                 == (subject, predicate, obj)]
    assert len(relations) == 1, triples(ex)
    relation = relations[0]
    s, p = _node(graph, subject), GB[predicate]
    o = _node(graph, obj)
    # the direct triple only when the statement is affirmed
    assert ((s, p, o) in graph) is not negated
    statements = [n for n in graph.subjects(rdfns.RDF.type, GB.RelationStatement)
                  if (n, rdfns.RDF.subject, s) in graph and (n, rdfns.RDF.predicate, p) in graph
                  and (n, rdfns.RDF.object, o) in graph]
    assert len(statements) == 1
    node = statements[0]
    assert graph.value(node, GB.negated) == Literal(negated)
    assert graph.value(node, GB.cueVerb) == Literal(relation.cue)
    evidence = graph.value(node, GB.evidence)
    assert evidence is not None and (evidence, rdfns.RDF.type, GB.Evidence) in graph
    assert str(graph.value(evidence, OA.exact)) == relation.evidence.text
    assert ex.article.text[graph.value(evidence, OA.start).toPython():graph.value(evidence, OA.end).toPython()] \
        == relation.evidence.text


def _node(graph, label):
    nodes = set(graph.subjects(rdfns.RDFS.label, Literal(label)))
    assert len(nodes) == 1, label
    return nodes.pop()


@pytest.mark.parametrize(
    "text, expected",
    [("Both Jane Porter and Tom Ellison have argued that the cuts went too far.",
      {("Jane Porter", "agreesWith", "Tom Ellison")}),
     ("Jane Porter and Tom Ellison did not say that the cuts went too far.", set()),
     ("Jane Porter argued with Tom Ellison about the cuts.", set())],
    ids=["coordinated-speakers", "negated", "argued-with"],
)
def test_people_voicing_one_view_agree(extract_text, text, expected):
    extraction = extract_text(text)
    names = {e.key: e.name for e in extraction.entities}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in extraction.relations
             if r.predicate == "agreesWith"}
    assert found == expected
