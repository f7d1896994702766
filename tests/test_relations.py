"""Relations and stances: read from the grammar (never from co-occurrence), and reified in RDF."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib import namespace as rdfns

from graphbuild.rdf import OA, build_graph
from graphbuild.vocab import GB

HEADLINE = "Ministers face questions\n"


def check_reading(ex, expected, unwanted) -> None:
    """The triple a reading must give (or None), the one it must not (or None), and evidence on every edge."""
    found = triples(ex)
    if expected:
        assert expected in found, found
    if unwanted:
        assert unwanted not in found, found
    check_evidence(ex)


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
        ("Jane Porter met Tom Ellison in Leeds.", {("Jane Porter", "met", "Tom Ellison"),
                                                   ("Jane Porter", "relatedTo", "Leeds")}, "meet", False),
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
        ("Tom Ellison has denied meeting Jane Porter before the contract was awarded.",
         {("Tom Ellison", "met", "Jane Porter")}, "meet", True),
        ("Jane Porter denied that she had met Tom Ellison.", {("Jane Porter", "met", "Tom Ellison")}, "meet", True),
        ("Tom Ellison called for more police funding.", {("Tom Ellison", "callsFor", "police funding")}, "call",
         False),
        ("Jane Porter voted for the cuts.", {("Jane Porter", "votedFor", "police funding cuts")}, "vote", False),
        ("Tom Ellison spoke to officers on Monday. He criticised the Treasury.",
         {("Tom Ellison", "criticises", "HM Treasury")}, "criticise", False),
        ("Jane Porter, who is in Washington, said officers deserved more.",
         {("Jane Porter", "locatedIn", "Washington")}, "be", False),
        ("Jane Porter fought for funding from the Treasury.", {("Jane Porter", "relatedTo", "HM Treasury")},
         "from", False),
        ("Jane Porter said: “Stop and search is a vital tool.”", {("Jane Porter", "backs", "stop and search")},
         "say", False),
        ("Tom Ellison said: “The problem is the cuts.”", {("Tom Ellison", "criticises", "police funding cuts")},
         "say", False),
        ("The Press Association reported the raid. Inspector Tom Hale told the publication that it was rare.",
         {("Tom Hale", "told", "PA Media")}, "tell", False),
        ("Tom Ellison resigned after being criticised by Jane Porter.",
         {("Jane Porter", "criticises", "Tom Ellison")}, "criticise", False),
        ("Tom Ellison quit last year, having been sacked by Jane Porter.",
         {("Jane Porter", "dismissed", "Tom Ellison")}, "sack", False),
        ("Having been appointed by Tom Ellison, Jane Porter praised the staff.",
         {("Tom Ellison", "appointed", "Jane Porter")}, "appoint", False),
    ],
    ids=["called", "told", "met", "criticised", "backed", "passive", "passive-participle",
         "passive-relative-clause", "coordinated-subjects", "negated", "denied-participle", "denied-clause",
         "called-for", "voted-for",
         "pronoun-subject", "located-in", "fallback-preposition", "quote-stance-backs",
         "quote-stance-criticises", "told-the-publication", "passive-gerund-befalls-the-subject",
         "passive-participle-after-the-clause", "fronted-passive-participle"],
)
def test_relations(extract_text, text, expected, cue, negated):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert triples(ex) == expected
    for r in ex.relations:
        assert cue in r.cue
        assert r.negated is negated


@pytest.mark.parametrize(
    "text, apart",
    [
        ("Jane Porter and Tom Ellison were both in Leeds on Monday.", [("Jane Porter", "Tom Ellison")]),
        ("Jane Porter spoke after Tom Ellison left.", [("Jane Porter", "Tom Ellison")]),
        ("Jane Porter visited Leeds, and Tom Ellison stayed at the Home Office.",
         [("Jane Porter", "Tom Ellison"), ("Jane Porter", "Home Office"), ("Tom Ellison", "Leeds")]),
        ("Tom Ellison said: “Jane Porter told the Home Office nothing.”",
         [("Jane Porter", "Home Office"), ("Tom Ellison", "Jane Porter"), ("Tom Ellison", "Home Office")]),
    ],
    ids=["both-in-place", "spoke-after", "two-clauses", "names-inside-quote"],
)
def test_two_names_are_not_a_relation(extract_text, text, apart):
    """Names the grammar does not join (two clauses, a quote's words) are not related, whatever the reader."""
    ex = extract_text(HEADLINE + text)
    related = {frozenset((name_of(ex, r.subject), name_of(ex, r.object))) for r in ex.relations}
    for pair in apart:
        assert frozenset(pair) not in related, pair


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


# --- verb classes of relation_verbs.csv: one member of each class, not its head word -----------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Porter lambasted the Home Office.", ("Jane Porter", "criticises", "Home Office")),
        ("Tom Ellison rounded on the Home Office.", ("Tom Ellison", "criticises", "Home Office")),
        ("Tom Ellison championed stop and search.", ("Tom Ellison", "backs", "stop and search")),
        ("Jane Porter resisted stop and search.", ("Jane Porter", "opposes", "stop and search")),
        ("Jane Porter appointed Tom Ellison.", ("Jane Porter", "appointed", "Tom Ellison")),
        ("Jane Porter sacked Tom Ellison.", ("Jane Porter", "dismissed", "Tom Ellison")),
        ("The Home Office bankrolled Essex Police.", ("Home Office", "funded", "Essex Police")),
        ("The Home Affairs Committee scrutinised the Home Office.",
         ("Home Affairs Committee", "oversees", "Home Office")),
        ("Jane Porter cautioned the Home Office.", ("Jane Porter", "warned", "Home Office")),
        ("Jane Porter lobbied the Home Office.", ("Jane Porter", "urged", "Home Office")),
        ("Jane Porter sat down with Tom Ellison.", ("Jane Porter", "met", "Tom Ellison")),
        ("Tom Ellison briefed the Home Affairs Committee.", ("Tom Ellison", "told", "Home Affairs Committee")),
        ("The House of Lords defeated the Home Office.", ("House of Lords", "defeated", "Home Office")),
        ("Jane Porter represents Leeds.", ("Jane Porter", "represents", "Leeds")),
        ("Jane Porter replaced Tom Ellison.", ("Jane Porter", "succeeded", "Tom Ellison")),
        ("Jane Porter commended Tom Ellison.", ("Jane Porter", "praises", "Tom Ellison")),
        ("Jane Porter brought in stop and search.", ("Jane Porter", "introduced", "stop and search")),
        ("Jane Porter unveiled the pay award.", ("Jane Porter", "proposes", "police pay award")),
        ("Jane Porter floated the pay award.", ("Jane Porter", "proposes", "police pay award")),
        ("Jane Porter abolished stop and search.", ("Jane Porter", "scrapped", "stop and search")),
        ("Jane Porter pushed for stop and search.", ("Jane Porter", "callsFor", "stop and search")),
        ("Jane Porter voted through the pay award.", ("Jane Porter", "votedFor", "police pay award")),
        ("Tom Ellison quit the Home Office.", ("Tom Ellison", "resignedFrom", "Home Office")),
        ("Jane Porter accused Tom Ellison of lying.", ("Jane Porter", "accused", "Tom Ellison")),
        ("Jane Porter blamed the Home Office.", ("Jane Porter", "blamed", "Home Office")),
        ("Jane Porter confronted Tom Ellison.", ("Jane Porter", "challenged", "Tom Ellison")),
        ("Essex Police faces cuts.", ("Essex Police", "subjectTo", "police funding cuts")),
        ("Jane Porter said Kent Police had put in a special grant claim.", ("Kent Police", "callsFor", "special grant")),
        ("The Home Office faced a backlash from the Liberal Democrats.", ("Liberal Democrats", "criticises",
                                                                          "Home Office")),
    ],
    ids=["criticise", "criticise-phrasal", "support", "oppose", "appoint", "dismiss", "fund", "oversee", "warn",
         "urge", "meet", "tell", "defeat", "represent", "succeed", "praise", "introduce", "announce", "propose",
         "scrap", "demand", "vote-for", "resign", "accuse", "blame", "challenge", "subject-to",
         "claim-put-in", "backlash-received"],
)
def test_verb_classes(extract_text, text, expected):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert expected in {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}


def _label(extraction, key):
    """Name of an entity or policy; a post named without its holder keeps its title."""
    names = [e.name for e in extraction.entities if e.key == key] + [p.name for p in extraction.policies
                                                                     if p.key == key]
    return names[0] if names else key.split(":", 1)[-1]


# --- constructions of relation.jsonl and the resolution around them ----------------------------------

@pytest.mark.parametrize(
    "text, expected, negated",
    [
        ("Jane Porter's criticism of the Home Office grew.", ("Jane Porter", "criticises", "Home Office"), False),
        ("Tom Ellison launched an attack on the Treasury.", ("Tom Ellison", "criticises", "HM Treasury"), False),
        ("Jane Porter did not launch an attack on the Home Office.", ("Jane Porter", "criticises", "Home Office"),
         True),
        ("Senior Labour figures mounted a defence of stop and search.",
         ("Labour Party", "backs", "stop and search"), False),
        ("The Home Office came under attack from Tom Ellison.", ("Tom Ellison", "criticises", "Home Office"),
         False),
        ("The Treasury suffered a string of defeats in the House of Commons.",
         ("House of Commons", "defeated", "HM Treasury"), False),
        ("Tom Ellison described the Treasury's proposals as reckless.",
         ("Tom Ellison", "criticises", "HM Treasury"), False),
        ("The Liberal Democrats called the cuts disastrous.",
         ("Liberal Democrats", "criticises", "police funding cuts"), False),
        ("The Police Federation reacted with fury over the pay award.",
         ("Police Federation of England and Wales", "criticises", "police pay award"), False),
        ("Essex Police Federation has spoken of its anger at the cuts.",
         ("Essex Police Federation", "criticises", "police funding cuts"), False),
        ("Essex Police opened a station. The cuts to the force were deep.",
         ("Essex Police", "subjectTo", "cuts to force"), False),
        ("Ministers defended the cuts imposed on Essex Police.",
         ("Essex Police", "subjectTo", "police funding cuts"), False),
        ("The Home Office's plan to scrap stop and search was criticised.",
         ("Home Office", "scrapped", "stop and search"), False),
        ("Tom Ellison has vowed to scrap stop and search.", ("Tom Ellison", "scrapped", "stop and search"), False),
        ("Tom Ellison, speaking at the Home Affairs Committee, said officers were tired.",
         ("Tom Ellison", "told", "Home Affairs Committee"), False),
        ("Tom Ellison criticised the pay award, which the Home Office wants to introduce in stages.",
         ("Home Office", "proposes", "police pay award"), False),
        ("Jane Porter announced that the pay award would be paid in stages.",
         ("Jane Porter", "proposes", "police pay award"), False),
        ("Campaigners from Liberty called on the Home Office to scrap stop and search.",
         ("Liberty", "opposes", "stop and search"), False),
        ("The House of Lords debated the cuts. Opposition peers voted against the cuts.",
         ("House of Lords", "opposes", "police funding cuts"), False),
        ("The Home Office was defeated by the House of Lords. The government said it would try again.",
         ("House of Lords", "defeated", "Home Office"), False),
        ("Tom Roe has led Kent Police since May. Jane Hale criticised his leadership.",
         ("Jane Hale", "criticises", "Tom Roe"), False),
        ("Tom Roe has led Kent Police since May. Jane Hale praised his record.",
         ("Jane Hale", "praises", "Tom Roe"), False),
        ("While visiting Kent Police, Jane Porter criticised Tom Ellison.",
         ("Jane Porter", "criticises", "Tom Ellison"), False),
        ("Jane Roe, Tom Hale and Sue Lamb criticised the Home Office.",
         ("Tom Hale", "criticises", "Home Office"), False),
        ("Several forces, including Kent Police and Essex Police, criticised the Home Office.",
         ("Essex Police", "criticises", "Home Office"), False),
        ("The Home Office was criticised by Kent Police and by Jane Roe.",
         ("Jane Roe", "criticises", "Home Office"), False),
        ("The Home Office has been criticised by Kent Police as well as by Jane Roe.",
         ("Jane Roe", "criticises", "Home Office"), False),
    ],
    ids=["nominal-possessor", "nominal-light-verb", "nominal-negated", "members-stand-for-body",
         "received-under", "received-quantified", "evaluation-as", "evaluation-small-clause", "reaction-beside",
         "reaction-possessive", "policy-target-anaphor", "policy-imposed-on", "possessive-plan-to-scrap",
         "xcomp-intended", "participle-subject", "relative-object", "announced-clause", "urger-stance",
         "chamber-votes", "passive-defeat", "his-act-judged-by-a-woman", "his-record-praised-by-a-woman",
         "name-hung-on-a-fronted-clause", "middle-of-a-three-name-list", "members-named-after-including",
         "second-agent-after-and-by", "second-agent-after-as-well-as-by"],
)
def test_constructions(extract_text, text, expected, negated):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)): r for r in ex.relations}
    assert expected in found, sorted(found)
    assert found[expected].negated is negated


@pytest.mark.parametrize("text, expected", [
    ("The Mayor of London, Ben Carr, sacked the Met Commissioner, Sir John Fell.",
     ("Ben Carr", "dismissed", "John Fell")),
    ("The policing minister, Tom Gale, visited Leeds. The minister later met the chief constable of West Yorkshire "
     "Police, Jo Hart.", ("Tom Gale", "met", "Jo Hart")),
], ids=["name-hung-from-the-verb", "name-beside-the-body-closing-the-title"])
def test_a_name_the_parser_hung_elsewhere_still_follows_its_title(extract_text, text, expected):
    """The parser leaves the name after "the Met Commissioner," off the title; the title still stands for it."""
    ex = extract_text(HEADLINE + text)
    found = {(name_of(ex, r.subject), r.predicate, name_of(ex, r.object)) for r in ex.relations
             if not r.subject.startswith("title:") and not r.object.startswith("title:")}
    assert expected in found


@pytest.mark.parametrize("text, expected", [
    ("Jo Hart was appointed on Monday. The 52-year-old criticised the Home Office over pay.",
     ("Jo Hart", "criticises", "Home Office")),
    ("Jo Hart was appointed chief constable on Monday. Liberty criticised the appointment.",
     ("Liberty", "relatedTo", "Jo Hart")),
    ("Jo Hart was sacked on Monday. The Police Federation said the dismissal was unfair.",
     ("Police Federation of England and Wales", "relatedTo", "Jo Hart")),
], ids=["age-epithet", "the-appointment", "the-dismissal"])
def test_a_description_stands_for_the_one_just_spoken_of(extract_text, text, expected):
    """A reporter's epithet ("the 52-year-old") or an act told just before ("the appointment") names the person."""
    ex = extract_text(HEADLINE + text)
    assert expected in triples(ex)


def test_the_government_is_the_one_government_named(extract_text):
    ex = extract_text("Government loses vote\nThe government suffered a defeat in the House of Lords.")
    assert ("House of Lords", "defeated", "HM Government") in {
        (_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}


def test_act_between_actors_is_about_the_policy_it_concerns(extract_text):
    ex = extract_text(HEADLINE + "The Home Office was defeated by the House of Lords over the cuts.")
    relations = [r for r in ex.relations if r.predicate == "defeated"]
    assert [_label(ex, r.topic) for r in relations] == ["police funding cuts"]


@pytest.mark.parametrize(
    "text, unwanted",
    [
        ("Jane Porter said she wanted the pay award replaced with stop and search.",
         ("Jane Porter", "callsFor", "police pay award")),
        ("Jane Porter criticised the officers who used stop and search.",
         ("Jane Porter", "criticises", "stop and search")),
        ("The Home Office suffered a string of defeats in the House of Lords over the cuts.",
         ("Home Office", "subjectTo", "police funding cuts")),
        ("Some peers criticised the cuts in the House of Lords.", ("House of Lords", "criticises", "police funding cuts")),
        ("The Police Federation pay award was welcomed.",
         ("Police Federation of England and Wales", "proposes", "police pay award")),
        ("Jane Porter visited Leeds.", ("Jane Porter", "met", "Leeds")),
        ("Home Office figures revealed that forces used stop and search.",
         ("Home Office", "proposes", "stop and search")),
        ("Jane Porter revealed that officers used stop and search.", ("Jane Porter", "proposes", "stop and search")),
        # to reveal cuts is to make them known, not to propose them (they may be imposed on the revealer's force)
        ("Chief Constable Jane Porter revealed further police funding cuts on Monday.",
         ("Jane Porter", "proposes", "police funding cuts")),
        ("Essex Police Federation was angry. The cuts to the force were deep.",
         ("Essex Police Federation", "subjectTo", "cuts to force")),
        ("The forces linked to the scandal (Kent Police, Surrey Police and Sussex Police) were inspected.",
         ("Sussex Police", "oversees", "Kent Police")),
        ("Ann Lee said the pension reforms were not unfair.", ("Ann Lee", "criticises", "pension changes")),
        ("The Police Federation called for an independent review of police pay.",
         ("Police Federation of England and Wales", "callsFor", "police pay award")),
        ("A Cabinet minister criticised the police pay award.", ("Cabinet", "criticises", "police pay award")),
        ("Jane Roe wants to sack Tom Hale.", ("Jane Roe", "dismissed", "Tom Hale")),
        ("Jane Roe will meet Tom Hale next week.", ("Jane Roe", "met", "Tom Hale")),
    ],
    ids=["wish-for-a-replacement", "inside-relative-clause", "suffered-defeat-is-not-the-policy",
         "peers-speaking-are-not-the-chamber", "compound-owner-not-a-government", "place-is-not-met",
         "figures-are-not-the-body", "revealed-fact-is-not-a-proposal", "revealed-cuts-are-not-a-proposal", "the-force-is-not-a-staff-association",
         "passive-without-agent-has-no-doer", "negated-reported-evaluation", "a-review-is-not-what-it-examines",
         "one-member-is-not-the-body", "a-wish-is-no-act", "a-promise-is-no-act"],
)
def test_constructions_do_not_overreach(extract_text, text, unwanted):
    ex = extract_text(HEADLINE + text)
    assert unwanted not in {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}


def test_wish_for_a_replacement(extract_text):
    ex = extract_text(HEADLINE + "Jane Porter said she wanted the pay award replaced with stop and search.")
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert ("Jane Porter", "callsFor", "stop and search") in found


def test_bodies_a_review_examines_are_subject_to_it(extract_text):
    ex = extract_text(HEADLINE + "The inspectorate announced a review of vetting standards in May.\n\n"
                      "The review of vetting standards examined Kent Police, Dorset Police and the Metropolitan Police.")
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert {(force, "subjectTo", "review of vetting standards")
            for force in ("Kent Police", "Dorset Police", "Metropolitan Police Service")} <= found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("Jane Porter said she had not changed her mind on the police pay award.",
         ("Jane Porter", "commentsOn", "police pay award"), None),
        # a stance the reported words take wins over the plain comment
        ("Jane Porter said she backed stop and search.", ("Jane Porter", "backs", "stop and search"),
         ("Jane Porter", "commentsOn", "stop and search")),
        # a negated speech verb says nothing about what was spoken of
        ("Jane Porter did not say whether the police pay award would stand.", None,
         ("Jane Porter", "commentsOn", "police pay award")),
    ],
)
def test_reported_speech_names_what_was_spoken_of(extract_text, text, expected, absent):
    ex = extract_text(HEADLINE + text)
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_a_participle_after_a_comma_shares_the_main_subject(extract_text):
    ex = extract_text(HEADLINE + "Ann Lee said cuts would still be needed because of the rise in pay, "
                      "speaking at the Home Affairs Committee on Monday.")
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert ("Ann Lee", "told", "Home Affairs Committee") in found


@pytest.mark.parametrize("text, expected", [
    ("Jane Porter, speaking at the Police Federation's annual conference, announced a review.",
     ("Jane Porter", "told", "Police Federation of England and Wales")),
    ("Tom Hale addressed a Labour Party rally in Leeds.", ("Tom Hale", "told", "Labour Party")),
])
def test_speaking_at_a_bodys_event_addresses_the_body(extract_text, text, expected):
    ex = extract_text(HEADLINE + text)
    assert expected in {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}


@pytest.mark.parametrize("text, expected", [
    # judging someone's act is judging them; both people named beside the plural subject do it
    ("The home secretary, Jane May, said she would scrap the orders.\n\nTwo former ministers, Tom Hale and Bob Stone, "
     "attacked May's decision.", {("Tom Hale", "criticises", "Jane May"), ("Bob Stone", "criticises", "Jane May")}),
    ("Ann Lee praised the Home Office's handling of the crisis.", {("Ann Lee", "praises", "Home Office")}),
    # judging a policy someone owns judges its owner too, however the judgement is put
    ("Ann Lee criticised the Home Office's pension reforms.",
     {("Ann Lee", "criticises", "Home Office"), ("Ann Lee", "criticises", "pension changes")}),
    ("Ann Lee said the Home Office's pension reforms were unfair.",
     {("Ann Lee", "criticises", "Home Office"), ("Ann Lee", "criticises", "pension changes")}),
])
def test_judging_an_act_judges_its_owner(extract_text, text, expected):
    ex = extract_text(HEADLINE + text)
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert expected <= found
    assert not [p for p in ex.policies if "decision" in p.name or "handling" in p.name]


@pytest.mark.parametrize("text, expected, unwanted", [
    # the side defeated over a policy proposed it; whoever defeated it opposes it
    (HEADLINE + "The government lost again.\n\nMinisters were defeated in the House of Lords over the pay award.",
     {("HM Government", "proposes", "police pay award")}, set()),
    (HEADLINE + "The Home Office was defeated by peers in the House of Lords over the pay award.",
     {("Home Office", "proposes", "police pay award"), ("House of Lords", "opposes", "police pay award")}, set()),
    ("Home Office defeated over pay award\n\nThe vote was close.",  # a headline drops the auxiliary
     {("Home Office", "proposes", "police pay award")}, set()),
    # "voted to make X": the chamber its members sit in votes for X, even when "Peers" opens the sentence
    (HEADLINE + "The House of Lords sat late.\n\nPeers voted to make stalking a specific offence.",
     {("House of Lords", "votedFor", "vote to make stalking a specific offence")}, set()),
    # what only a chamber does, done by its members, is the chamber's; some of them are not all of them
    (HEADLINE + "The House of Lords sat late. Peers threw out the pay award.",
     {("House of Lords", "opposes", "police pay award")}, set()),
    (HEADLINE + "The House of Lords sat late. Some peers rejected the pay award.",
     set(), {("House of Lords", "opposes", "police pay award")}),
    # rejecting a measure that would extend a power is a vote about the power, no stance on it
    (HEADLINE + "The House of Lords sat late. Peers turned down measures which would extend stop and search.",
     {("House of Lords", "relatedTo", "stop and search")}, {("House of Lords", "opposes", "stop and search")}),
    # a lead may describe a body before naming it; who represents a body's workforce represents the body;
    # a reaction in the body's own quoted words is still its stance
    (HEADLINE + "The body representing police officers in Kent Police has spoken of its “dismay and anger” over "
     "cuts to the force.\n\nJo Bell, chair of Kent Police Federation, said the cuts would hurt.",
     {("Kent Police Federation", "represents", "Kent Police"),
      ("Kent Police Federation", "criticises", "cuts to force")}, set()),
    # the owner of a plan is who would do what it does; scrapping and cutting are acts, not stances
    (HEADLINE + "The Home Office's plans would mean scrapping the London Weighting Allowance.",
     {("Home Office", "scrapped", "London Weighting Allowance")},
     {("Home Office", "opposes", "London Weighting Allowance")}),
    (HEADLINE + "The Home Office will slash the London Weighting Allowance.",
     {("Home Office", "cuts", "London Weighting Allowance")}, set()),
    # a bracketed list after "the forces linked to X" spells out the bodies linked to X; brackets elsewhere do not
    (HEADLINE + "The review assessed the forces linked to Tom Ellison (the Met, Kent and the Civil Nuclear "
     "Constabulary) as well as Dorset.",
     {("Metropolitan Police Service", "relatedTo", "Tom Ellison"), ("Kent Police", "relatedTo", "Tom Ellison"),
      ("Civil Nuclear Constabulary", "relatedTo", "Tom Ellison")},
     {("Dorset Police", "relatedTo", "Tom Ellison")}),
    (HEADLINE + "The forces linked to Tom Ellison were inspected (Kent Police said so).", set(),
     {("Kent Police", "relatedTo", "Tom Ellison")}),
    # speaking after someone spoke answers them; only words are answered
    (HEADLINE + "Jo Bell was speaking after Tom Hale warned that staff were at risk.",
     {("Jo Bell", "relatedTo", "Tom Hale")}, set()),
    (HEADLINE + "Jo Bell was speaking after Tom Hale arrived.", set(), {("Jo Bell", "relatedTo", "Tom Hale")}),
    # quitting with no object quits the body of the post she holds in that sentence; not before she does
    (HEADLINE + "The chief constable of Kent Police, Ann Lee, has resigned after a row.",
     {("Ann Lee", "resignedFrom", "Kent Police")}, set()),
    (HEADLINE + "Ann Lee, chief constable of Kent Police, quit on Monday.",
     {("Ann Lee", "resignedFrom", "Kent Police")}, set()),
    (HEADLINE + "Ann Lee, chief constable of Kent Police, will resign next year.",
     set(), {("Ann Lee", "resignedFrom", "Kent Police")}),
    # backing a proposal to do something to a policy takes the stance the act means
    (HEADLINE + "The Liberal Democrats tabled an amendment to scrap stop and search.",
     {("Liberal Democrats", "opposes", "stop and search")}, {("Liberal Democrats", "proposes", "stop and search")}),
    # "…, a measure welcomed by X": the phrase the apposition sums up
    (HEADLINE + "The bill creates a new offence of assaulting a retail worker, a measure welcomed by Unison.",
     {("Unison", "backs", "offence of assaulting a retail worker")}, set()),
    # in a quote, an adjective judges the policy only if it is said of the policy, not of something else
    (HEADLINE + "Tom Hale said: \u201cStop and search is a disastrous policy.\u201d",
     {("Tom Hale", "criticises", "stop and search")}, set()),
    (HEADLINE + "Officers used stop and search all summer. Tom Hale said: \u201cThe disproportionate use of "
     "stop and search does nothing to cut crime.\u201d", {("Tom Hale", "criticises", "stop and search")}, set()),
    (HEADLINE + "Ann Lee, the chief constable, said the figures showed that \u201cthe mere presence of a Taser "
     "calms dangerous situations\u201d.", set(), {("Ann Lee", "criticises", "Taser use")}),
    # a body's event in a place
    (HEADLINE + "Ann Lee spoke at the Police Federation's annual conference in Leeds.",
     {("Police Federation of England and Wales", "relatedTo", "Leeds")}, set()),
    # an evaluation's own words judge; a clause the parser hangs inside it judges something else
    (HEADLINE + "The police funding settlement was announced. Jo Bell said the settlement was generous and "
     "attacked councils that hoard their reserves.",
     {("Jo Bell", "backs", "police funding settlement")}, {("Jo Bell", "criticises", "police funding settlement")}),
    # "X appointed Y, replacing Z": the one appointed replaces Z
    (HEADLINE + "The commissioner, Tom Hale, appointed Ann Lee as his deputy in May, replacing Jo Bell.",
     {("Tom Hale", "appointed", "Ann Lee"), ("Ann Lee", "succeeded", "Jo Bell")},
     {("Tom Hale", "succeeded", "Jo Bell")}),
    # what an assessment is asked to weigh is not called for
    (HEADLINE + "Ministers extended section 60 powers last year. Unison urged the Home Office to publish an "
     "assessment of how the new powers would affect young people.",
     {("Unison", "urged", "Home Office")}, {("Unison", "callsFor", "section 60 powers")}),
    # a bare title in a headline, before anyone is named, is nobody in particular
    ("Commissioner's plan to shut ten police stations angers union\n\nThe Kent police and crime commissioner, "
     "Tom Hale, set out the plan on Monday.\n\nThe Essex commissioner, Jo Bell, welcomed the plan.",
     {("Tom Hale", "proposes", "plan to shut ten police stations")},
     {("Jo Bell", "proposes", "plan to shut ten police stations")}),
    # a possessor inside a pledge owns a thing the pledge is about, not the pledge
    (HEADLINE + "Kent Police faces cuts. Tom Hale vowed to protect the force's rural crime team.",
     {("Tom Hale", "proposes", "vow to protect the force's rural crime team")},
     {("Kent Police", "proposes", "vow to protect the force's rural crime team")}),
    # an epithet the parser sets beside the object judges it
    (HEADLINE + "Tom Hale announced plans to shut ten stations. Unison branded the plans \u201ca betrayal of "
     "villages\u201d.", {("Unison", "criticises", "plans to shut ten stations")}, set()),
    # "the orders" after "plans for banning orders": the orders those plans would bring in
    (HEADLINE + "Peers rejected plans for \u201cyouth curfew orders\u201d, which would keep teenagers home.\n\n"
     "The Green Party voted against the orders.",
     {("Green Party", "opposes", "youth curfew orders")}, set()),  # the label is the noun phrase
    # what an epithet's preposition names is judged by it, not praised: "an assault on the right to …"
    (HEADLINE + "Peers debated the Public Order Bill. Liberty branded the bill \u201can attack on the right to "
     "march\u201d.", {("Liberty", "criticises", "Public Order Bill")}, {("Liberty", "backs", "Public Order Bill")}),
    # what a party would do it has promised, not done
    (HEADLINE + "Jo Bell said the Green Party would introduce knife crime prevention orders.",
     {("Green Party", "proposes", "knife crime prevention orders")},
     {("Green Party", "introduced", "knife crime prevention orders")}),
    # facial recognition is a police power under any of its names
    (HEADLINE + "Liberty opposed the use of facial recognition cameras at protests.",
     {("Liberty", "opposes", "live facial recognition")}, set()),
    # calling for a ban on a policy, or voting to ban it, opposes it
    (HEADLINE + "Liberty called for a ban on stop and search.",
     {("Liberty", "opposes", "stop and search")}, {("Liberty", "callsFor", "stop and search")}),
    (HEADLINE + "Liberty called for a moratorium on facial recognition cameras.",
     {("Liberty", "opposes", "live facial recognition")}, {("Liberty", "callsFor", "live facial recognition")}),
    (HEADLINE + "The London Assembly voted to ban facial recognition cameras.",
     {("London Assembly", "opposes", "live facial recognition")},
     {("London Assembly", "scrapped", "live facial recognition")}),
    # rules on, or a review of, a policy are wanted; the policy itself is not
    (HEADLINE + "Jo Bell called for tighter rules on the use of stop and search on children.",
     set(), {("Jo Bell", "callsFor", "stop and search")}),
    (HEADLINE + "Jo Bell called for a review of section 60 powers.",
     set(), {("Jo Bell", "callsFor", "section 60 powers")}),
    # a suspension is no dismissal: the suspended officer still holds the post
    (HEADLINE + "The commissioner, Jo Bell, suspended Chief Constable Tom Hale on Monday.",
     set(), {("Jo Bell", "dismissed", "Tom Hale")}),
    # a proposal to replace something counted: the replacing is the proposal, not a stance against it
    (HEADLINE + "The Home Office proposed replacing the 4,200 wardens with officers.",
     {("Home Office", "proposes", "proposal for replacing the 4,200 wardens")},
     {("Home Office", "opposes", "proposal for replacing the 4,200 wardens")}),
    # a participle joined to a passive verb is passive, with its own doer
    (HEADLINE + "Section 60 powers were backed by Jo Bell but opposed by Liberty.",
     {("Jo Bell", "backs", "section 60 powers"), ("Liberty", "opposes", "section 60 powers")},
     {("Liberty", "backs", "section 60 powers")}),
    # welcoming a U-turn on a policy is welcoming its end
    (HEADLINE + "Liberty welcomed the U-turn on section 60 powers.",
     {("Liberty", "opposes", "section 60 powers")}, {("Liberty", "backs", "section 60 powers")}),
    # a relative pronoun stands for its antecedent in the clauses under it too
    (HEADLINE + "Tom Hale, who was appointed in May to replace Jo Bell, spoke on Monday.",
     {("Tom Hale", "succeeded", "Jo Bell")}, set()),
    # the act a pledge promises is its content: the pledger proposes it and has cut nothing yet
    (HEADLINE + "Tom Hale, who has promised to cut burglary by a third, spoke on Monday.",
     {("Tom Hale", "proposes", "promise to cut burglary by a third")},
     {("Tom Hale", "cuts", "promise to cut burglary by a third")}),
    # a second relative clause coordinated with the first still stands for the noun both hang on
    ("Parking row\n\nAnn Lee lost her seat over the parking levy, which she backs and which Riverside Council "
     "opposes.", {("Ann Lee", "backs", "parking levy"), ("Riverside Council", "opposes", "parking levy")},
     {("Riverside Council", "relatedTo", "parking levy")}),
    # a doer named as a group acts through the members listed for it
    ("Parking row\n\nThe parking levy has been criticised by campaigners including Ann Lee.",
     {("Ann Lee", "criticises", "parking levy")}, set()),
    ("Parking row\n\nCampaigners such as Ann Lee and Tom Hale have condemned the parking levy.",
     {("Ann Lee", "criticises", "parking levy"), ("Tom Hale", "criticises", "parking levy")}, set()),
    ("Parking row\n\nAnn Lee and Tom Hale are among the traders who oppose the parking levy.",
     {("Ann Lee", "opposes", "parking levy"), ("Tom Hale", "opposes", "parking levy")}, set()),
    # a writing says what the one who signed it says
    ("Parking row\n\nA letter signed by Ann Lee criticises the parking levy.",
     {("Ann Lee", "criticises", "parking levy")}, set()),
], ids=["defeated-ministers", "defeated-by-peers", "headline-defeat", "voted-to-make", "peers-threw-out",
        "some-peers-are-not-the-chamber", "rejected-what-measures-would-do", "described-body-represents",
        "plan-owner-scraps", "cutting-is-its-own-act", "bracketed-list", "brackets-elsewhere", "speaking-after",
        "speaking-after-no-words", "resigned-with-post", "quit-with-post", "will-resign-is-not-yet",
        "amendment-to-scrap", "measure-welcomed-by", "quote-judges-the-policy", "quote-judges-its-use", "quote-judges-something-else", "conference-in-a-place", "evaluation-not-its-clauses",
        "appointee-replaces", "assessed-not-wanted", "headline-title-is-nobody", "pledge-not-possessor's",
        "appositive-epithet", "orders-of-the-plans", "epithet-preposition-names-the-judged",
        "would-introduce-is-a-promise", "facial-recognition", "ban-on", "moratorium-on", "voted-to-ban",
        "rules-on-are-not-the-policy", "review-of-is-not-the-policy", "suspended-is-not-dismissed",
        "proposed-replacing-counted", "passive-conjunct", "u-turn-on",
        "relative-pronoun-below", "pledged-act-is-content", "coordinated-relative-clause",
        "group-including-members", "group-such-as-members", "among-those-who",
        "signed-writing"])
def test_relations_read_from_constructions(extract_text, text, expected, unwanted):
    ex = extract_text(text)
    check_evidence(ex)
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert expected <= found, expected - found
    assert not unwanted & found, unwanted & found
    assert not unwanted & found


def test_a_body_is_described_only_by_what_the_table_requires(extract_text):
    """"The body met" names no body; the description must say what the body does."""
    ex = extract_text(HEADLINE + "The body met on Monday and criticised the cuts.\n\n"
                      "Jo Bell, chair of Kent Police Federation, said the cuts would hurt.")
    assert not [r for r in ex.relations if r.subject == "org:kent-police-federation" and r.predicate == "criticises"]


def test_what_is_demanded_is_not_done(extract_text):
    ex = extract_text(HEADLINE + "The Home Affairs Committee demanded that the Home Office publish a plan to tackle "
                                 "knife crime.")
    found = {(_label(ex, r.subject), r.predicate) for r in ex.relations}
    assert ("Home Affairs Committee", "callsFor") in found
    assert not {f for f in found if f[0] == "Home Office"}


# --- policy links: urging funding, owned plans, the chamber, amendments ------------------------------

@pytest.mark.parametrize("text, expected, unwanted", [
    ("Tom Ellison urged ministers to fund the youth diversion scheme.",
     ("Tom Ellison", "callsFor", "youth diversion scheme"), None),
    ("Jane Porter, the commissioner, unveiled a plan to close four stations. "
     "Tom Ellison criticised the commissioner's plan.",
     ("Jane Porter", "proposes", "plan to close four stations"), None),
    ("The government was defeated in the House of Lords as peers backed the pay award by 250 votes to 180.",
     ("House of Lords", "backs", "police pay award"), None),
    ("The House of Lords met on Monday. Senior peers backed the pay award by 250 votes to 180.",
     None, ("House of Lords", "backs", "police pay award")),
    ("The House of Lords met on Monday. Peers backed the pay award.",
     None, ("House of Lords", "backs", "police pay award")),
    ("Jane Porter backed an amendment to the Public Order Bill.",
     None, ("Jane Porter", "backs", "Public Order Bill")),
    ("The Home Office funded officers investigating stop and search.",
     None, ("Home Office", "backs", "stop and search")),
    ("The Home Office was defeated in the House of Lords on Monday.",
     ("House of Lords", "defeated", "Home Office"), None),
    ("Tom Ellison won approval for the pay award.", ("Tom Ellison", "proposes", "police pay award"), None),
    ("The Home Office was defeated in Leeds on Monday.",
     None, ("Leeds", "defeated", "Home Office")),
    # a verb outside the lexicon ties its doer to the policy neutrally, keeping the verb as the cue
    ("The Independent Custody Review headed by Chief Inspector Tom Brady found failings.",
     ("Tom Brady", "relatedTo", "Independent Custody Review"), None),
    ("A report by Jane Porter into Kent Police found failings.",  # the author inside the policy's phrase
     ("Jane Porter", "relatedTo", "report into Kent Police"), None),
    ("Jane Porter ordered the Independent Custody Review last year.",
     ("Jane Porter", "relatedTo", "Independent Custody Review"), None),
    ("The Independent Custody Review criticised Kent Police.",
     ("Kent Police", "relatedTo", "Independent Custody Review"), None),
    ("Tom Ellison raised concerns over the Youth Violence Summit.",
     ("Tom Ellison", "relatedTo", "Youth Violence Summit"), None),
    ("Officers told Jane Porter about the Youth Violence Summit in Leeds.",
     None, ("Leeds", "relatedTo", "Youth Violence Summit")),
    ("Officer Tom Dale was fined for breaking the lockdown rules.",
     ("Tom Dale", "relatedTo", "lockdown rules"), None),
    ("Kent Police faces a gap. The force's plans would mean rewriting officers' London Allowance.",
     ("Kent Police", "relatedTo", "London Allowance"), None),
    ("The mayor published the Safer Streets Plan, which will shape Kent Police's future budget.",
     ("Kent Police", "relatedTo", "Safer Streets Plan"), None),
    ("Tom Ellison resigned amid the police funding cuts.",
     ("Tom Ellison", "relatedTo", "police funding cuts"), None),
    ("The Home Office defended the Safer Streets Plan. Jane Porter's response to the Safer Streets Plan was cool.",
     ("Jane Porter", "relatedTo", "Safer Streets Plan"), None),
    ("Mark Dean spoke on Monday. Ahead of his review of custody, officers were nervous.",
     ("Mark Dean", "proposes", "review of custody"), None),
    ("Jane Porter said on Monday that Labour is committed to the Youth Violence Summit.",
     ("Labour Party", "relatedTo", "Youth Violence Summit"), None),
    ("Kent Police was given the Voluntary Exit Scheme last year.",
     ("Kent Police", "relatedTo", "Voluntary Exit Scheme"), None),
    ("Tom Ellison was critical of the Youth Violence Summit.",
     ("Tom Ellison", "relatedTo", "Youth Violence Summit"), None),
    ("The Youth Violence Summit was opened by chief inspector of constabulary Tom Brady.",
     ("Tom Brady", "relatedTo", "Youth Violence Summit"), None),
    ("Arrests rose after the Home Office's new Safer Streets Action Programme began.",
     ("Home Office", "relatedTo", "Safer Streets Action Programme"), None),
    # a party or body modifying the policy's phrase names it as its own ("Labour" hung on "police", not "cuts")
    ("Jane Porter condemned the Labour police funding cuts.",
     ("Labour Party", "relatedTo", "police funding cuts"), None),
    # a thing set against the policy opposes it, whatever is done to the thing
    ("Tom Ellison launched a petition against the parking levy.",
     ("Tom Ellison", "opposes", "parking levy"), ("Tom Ellison", "introduced", "parking levy")),
    ("Tom Ellison rejected a challenge against the parking levy.",
     ("Tom Ellison", "relatedTo", "parking levy"), ("Tom Ellison", "opposes", "parking levy")),
    # "the scheme" with no scheme named: the proposal just named, never cuts or funding
    ("Kent Police announced plans to close the Dover station. Tom Ellison criticised the scheme on Monday.",
     ("Tom Ellison", "criticises", "plans to close the Dover station"), None),
    ("Jane Porter backed the cuts to youth services. Mark Dean attacked the scheme.",
     None, ("Mark Dean", "criticises", "cuts to youth services")),
    ("Ministers unveiled the Safer Lanes Fund. The Cycling Union described the policy as a good start.",
     ("Cycling Union", "backs", "Safer Lanes Fund"), None),
    # "its" in what a body says, or in an act it does by a gerund, is the body's own
    ("Kent Police said its curfew scheme would cut crime.", ("Kent Police", "proposes", "curfew scheme"), None),
    ("Kent Police criticised Essex Police, saying its dispersal orders were unfair.",
     None, ("Kent Police", "proposes", "dispersal orders")),
    ("An inspection of Kent Police found failings. The report, published by the Home Office, was damning.",
     ("Home Office", "relatedTo", "inspection of Kent Police"), None),
    # "the proposals" far from any policy: the one proposal the story has named
    ("Ministers set out plans to close six police stations.\n\nThe stations opened in 1960. Officers were sad. "
     "Jane Porter campaigned against the proposals.",
     ("Jane Porter", "opposes", "plans to close six police stations"), None),
    # both parties to a row or talks over a policy
    ("A row broke out between Essex Police and the Home Office over the dispersal orders.",
     ("Essex Police", "relatedTo", "dispersal orders"), None),
    ("Jane Porter ended the row between Essex Police and the Home Office over the dispersal orders.",
     ("Home Office", "relatedTo", "dispersal orders"), None),
    # an object "it" stands for the policy named just before, unless something else it could be comes between
    ("The Home Office announced the knife amnesty. Tom Ellison criticised it on Monday.",
     ("Tom Ellison", "criticises", "knife amnesty"), None),
    ("The council scrapped the parking levy and Tom Ellison attacked the mayor over it.",
     None, ("Tom Ellison", "relatedTo", "parking levy")),
    # a noun inside the policy's own name is no act on it: launching a call for evidence calls for nothing
    ("Jane Porter launched a call for evidence on street safety.",
     ("Jane Porter", "introduced", "call for evidence"), ("Jane Porter", "callsFor", "call for evidence")),
    ("Tom Ellison said the force should leave special measures.",
     ("Tom Ellison", "commentsOn", "special measures"), None),
    # the one asked to act on a policy, and the one asking: party to it, not a stance
    ("The Cycling Union put pressure on Jane Porter to review the parking levy.",
     ("Jane Porter", "relatedTo", "parking levy"), ("Jane Porter", "opposes", "parking levy")),
    # what a policy finds or brings about, about whom: its complement clause's subject
    ("The Independent Custody Review found that Kent Police had ignored warnings.",
     ("Kent Police", "relatedTo", "Independent Custody Review"), None),
    ("The parking levy means that Essex Police will lose its grant.",
     ("Essex Police", "relatedTo", "parking levy"), None),
    # a policy in the clause someone weighs, fears or finds (not said: that is reported speech)
    ("The Cycling Union is considering whether Tom Ellison should face disciplinary proceedings.",
     ("Cycling Union", "relatedTo", "disciplinary proceedings"), None),
    ("Essex Police fears the parking levy will drive drivers away.",
     ("Essex Police", "relatedTo", "parking levy"), ("Essex Police", "opposes", "parking levy")),
    ("Essex Police would investigate if the parking levy is scrapped.",
     None, ("Essex Police", "relatedTo", "parking levy")),
    # a source; a verb with two particles; the one told of a policy
    ("According to the Cycling Union, the parking levy has failed.",
     ("Cycling Union", "relatedTo", "parking levy"), ("Cycling Union", "opposes", "parking levy")),
    ("Dorset Police pulled out of the knife amnesty last year.",
     ("Dorset Police", "relatedTo", "knife amnesty"), ("Dorset Police", "opposes", "knife amnesty")),
    ("Sussex Police informed the Home Office of the curfew scheme.",
     ("Sussex Police", "relatedTo", "curfew scheme"), None),
    # a description set beside the policy names its owner; a plain noun acts for whom it comes from
    ("The dispersal orders, a Home Office initiative, were dropped.",
     ("Home Office", "relatedTo", "dispersal orders"), None),
    ("Funding from the Home Office will pay for the youth diversion scheme.",
     ("Home Office", "relatedTo", "youth diversion scheme"), None),
    # a subject "it" after the policy: the policy, when it was the last sentence's subject or comes just before
    ("The Independent Custody Review was published on Monday. It criticised Kent Police.",
     ("Kent Police", "relatedTo", "Independent Custody Review"), None),
    ("Jane Porter attacked the watchdog report after it criticised Essex Police.",
     ("Essex Police", "relatedTo", "watchdog report"), None),
    ("Officers backed the knife amnesty in March. It also thanked Sussex Police.",
     None, ("Sussex Police", "relatedTo", "knife amnesty")),
    ("The parking levy was dropped. It emerged that Dorset Police had complained.",
     None, ("Dorset Police", "relatedTo", "parking levy")),
    # who the policy's own prepositions name; a noun two prepositions deep; a clause the parser made of "X agreed by Y"
    ("He was elected by a cross-community vote in the Scottish Parliament.",
     ("Scottish Parliament", "relatedTo", "cross-community vote"), None),
    ("The knife amnesty at Essex Police ended.", ("Essex Police", "relatedTo", "knife amnesty"), None),
    ("Jane Porter invited residents to take part in a debate on the parking levy.",
     ("Jane Porter", "relatedTo", "parking levy"), None),
    ("Tom Ellison said the pay deal agreed by Home Secretary Jane Roe was significant.",
     ("Jane Roe", "relatedTo", "police pay award"), None),
    ("Officers at Kent Police used the dispersal orders.", ("Kent Police", "relatedTo", "dispersal orders"), None),
    # the owner of an act set beside the clause; a body named by a plain-noun subject
    ("Despite Dorset Police's opposition, the council approved the curfew scheme.",
     ("Dorset Police", "relatedTo", "curfew scheme"), ("Dorset Police", "opposes", "curfew scheme")),
    ("At the Home Office's request, the council extended the parking levy.",
     ("Home Office", "relatedTo", "parking levy"), None),
    ("After a long delay and Kent Police's intervention, the council dropped the knife amnesty.",
     ("Kent Police", "relatedTo", "knife amnesty"), None),
    ("Workers in the Home Office were sent to enforce the dispersal orders.",
     ("Home Office", "relatedTo", "dispersal orders"), None),
    ("Officers at Kent Police are against the knife amnesty.",
     ("Kent Police", "relatedTo", "knife amnesty"), ("Kent Police", "opposes", "knife amnesty")),
    ("Speaking at the Police Federation's conference, Jane Porter attacked the parking levy.",
     ("Police Federation of England and Wales", "relatedTo", "parking levy"),
     ("Police Federation of England and Wales", "criticises", "parking levy")),
    ("Officers within Essex Police were told to enforce the curfew scheme.",
     ("Essex Police", "relatedTo", "curfew scheme"), None),
    ("Jane Porter vowed to fight for a bigger knife amnesty grant from the Cycling Union.",
     ("Cycling Union", "relatedTo", "bigger knife amnesty grant"), None),
    # a place the policy's own prepositions name ("from London"); never a place the clause's verb reaches
    ("Tom Ellison welcomed the transfer of justice powers from London.",
     ("London", "relatedTo", "transfer of justice powers"), None),
    # a word inside the policy's own phrase that stands for a body without naming it ("government cuts")
    ("The Government faces questions. MPs said forces were struggling because of government cuts.",
     ("HM Government", "relatedTo", "police funding cuts"), None),
    # a definite "the changes" with no words of its own: the one policy named just before
    ("The council introduced a curfew scheme for teenagers on Monday. Jane Porter condemned the changes.",
     ("Jane Porter", "criticises", "curfew scheme for teenagers"), None),
    ("The council introduced a curfew scheme for teenagers on Monday. Jane Porter said the changes would fail.",
     ("Jane Porter", "commentsOn", "curfew scheme for teenagers"), None),
    # two sentences back, with nothing named in between
    ("The council introduced a curfew scheme for teenagers on Monday. Shops will close early. "
     "Jane Porter said the changes would fail.",
     ("Jane Porter", "commentsOn", "curfew scheme for teenagers"), None),
    # a definite event noun ("the inquiry") is no reference back to a scheme
    ("The council introduced a curfew scheme for teenagers on Monday. Jane Porter condemned the inquiry.",
     None, ("Jane Porter", "criticises", "curfew scheme for teenagers")),
    # two policies named just before: "the changes" is neither
    ("The council introduced a curfew scheme and a parking levy on Monday. Jane Porter condemned the changes.",
     None, ("Jane Porter", "relatedTo", "curfew scheme")),
    # "a review" the story names once, later: that review; the one who ordered it is tied to it too
    ("The Cycling Union was asked by Jane Porter to conduct a review after the floods. "
     "The Harbour Safety Review reported in May.",
     ("Jane Porter", "relatedTo", "Harbour Safety Review"), None),
    ("The Cycling Union was asked by Jane Porter to conduct a review after the floods. "
     "The Harbour Safety Review and the Bridge Lighting Review reported in May.",
     None, ("Jane Porter", "relatedTo", "Harbour Safety Review")),
    # a subject "it" after a sentence naming one policy as its object, nothing else "it" could be
    ("The mayor unveiled the parking levy in Leeds. It was criticised by Tom Ellison.",
     ("Tom Ellison", "criticises", "parking levy"), None),
    # a body the sentence before names could be "it"
    ("The Cycling Union approved the parking levy in Leeds. It was criticised by Tom Ellison.",
     None, ("Tom Ellison", "criticises", "parking levy")),
    # the one asked a question naming a policy is party to it (neutrally); asked to act on it is another reading
    ("The Riverside Gazette asked Councillor Ann Lee what she was doing to stop the parking levy.",
     ("Ann Lee", "relatedTo", "parking levy"), None),
    ("The Riverside Gazette asked Councillor Ann Lee whether the parking levy would be dropped.",
     ("Ann Lee", "relatedTo", "parking levy"), None),
    # a statement, not a question: "told X that …" puts nothing to X
    ("The Riverside Gazette told Councillor Ann Lee that the parking levy would be dropped.",
     None, ("Ann Lee", "relatedTo", "parking levy")),
    # "according to X": the clause is X's account of the policy it names
    ("According to Ann Lee, the council failed to tell traders about the parking levy.",
     ("Ann Lee", "commentsOn", "parking levy"), None),
    # a speech tag set inside the clause it reports
    ("The parking levy, Ann Lee said, would hurt shops.", ("Ann Lee", "commentsOn", "parking levy"), None),
])
def test_policy_links_of_our_own(extract_text, text, expected, unwanted):
    ex = extract_text(HEADLINE + text)
    found = triples(ex)
    if expected:
        assert expected in found, found
    if unwanted:
        assert unwanted not in found, found
    check_evidence(ex)


def test_the_kinds_of_policy_a_bare_the_changes_never_stands_for_are_data(extract_text):
    """"backed the X. Y attacked the changes": for a policy of each `unreferred_policy_kind` of word_classes.csv
    (the first of that kind in policies.csv) "the changes" is not X; for a kind of no such class (power) it is."""
    import csv
    from pathlib import Path

    from graphbuild.gazetteer import word_class

    rows = list(csv.DictReader((Path(__file__).resolve().parents[1] / "ontology" / "gazetteer" / "policies.csv")
                               .open(encoding="utf-8")))
    first = {kind: next((r["label"] for r in rows if r["kind"] == kind), None)
             for kind in sorted(word_class("unreferred_policy_kind")) + ["power"]}
    assert None not in first.values(), first  # each class member is a kind of the vocabulary
    for kind, label in first.items():
        found = triples(extract_text(HEADLINE + f"Jane Porter backed the {label}. Mark Dean attacked the changes."))
        assert (("Mark Dean", "criticises", label) in found) is (kind == "power"), (kind, found)



@pytest.mark.parametrize("text, expected, unwanted", [
    # the headline names one policy: whoever the body shows acting, in a sentence naming none, is party to it
    ("Council unveils parking levy for Leeds\n\nThe charge was approved by councillors on Monday.\n\n"
     "Jane Porter, who runs a shop in the city, warned that trade would suffer.",
     ("Jane Porter", "relatedTo", "parking levy"), None),
    ("Council unveils parking levy for Leeds\n\nTom Ellison was asleep when Mark Hale phoned.\n\n"
     "Mark Hale said the council had ignored him.",
     ("Mark Hale", "relatedTo", "parking levy"), None),
    # a headline naming two policies: the story is about both
    ("Council unveils parking levy and curfew scheme for Leeds\n\nThe charges were approved by councillors on "
     "Monday.\n\nJane Porter, who runs a shop in the city, warned that trade would suffer.",
     ("Jane Porter", "relatedTo", "curfew scheme"), None),
    # an act told as the occasion of another ("when X phoned") is no act on the topic
    ("Council unveils parking levy for Leeds\n\nTom Ellison was asleep when Mark Hale phoned.",
     None, ("Mark Hale", "relatedTo", "parking levy")),
    # a sentence naming another policy is about that one
    ("Council unveils parking levy for Leeds\n\nTom Ellison praised the curfew scheme.",
     ("Tom Ellison", "praises", "curfew scheme"), ("Tom Ellison", "relatedTo", "parking levy")),
    # a person named by age ("the 63-year-old") is who the story is about, not one acting in it
    ("Council unveils parking levy for Leeds\n\nTom Ellison was shot by an officer in May.\n\n"
     "The 63-year-old has since moved abroad.",
     None, ("Tom Ellison", "relatedTo", "parking levy")),
    # a paper reporting the story is no party to it
    ("Council unveils parking levy for Leeds\n\nThe Yorkshire Post reported that Tom Ellison had complained.",
     None, ("Yorkshire Post", "relatedTo", "parking levy")),
    # no headline (the first sentence runs on in its paragraph): no story-wide topic
    ("The council unveiled a parking levy on Monday. Officials met in York.\n\n"
     "Jane Porter, who runs a shop in the city, warned that trade would suffer.",
     None, ("Jane Porter", "relatedTo", "parking levy")),
    # no policy in the headline: the one policy of the sentence before is the topic
    ("Council meets in Leeds\n\nThe council approved a parking levy on Monday.\n\n"
     "Jane Porter, who runs a shop in the city, warned that trade would suffer.",
     ("Jane Porter", "relatedTo", "parking levy"), None),
    ("Council meets in Leeds\n\nThe council approved a parking levy and a curfew scheme on Monday.\n\n"
     "Jane Porter, who runs a shop in the city, warned that trade would suffer.",
     None, ("Jane Porter", "relatedTo", "parking levy")),
    # the sentence before names none: the one the sentence after names
    ("Council meets in Leeds\n\nTom Ellison, who runs a shop in the city, wrote to councillors on Monday.\n\n"
     "The parking levy will hit small shops hardest.",
     ("Tom Ellison", "relatedTo", "parking levy"), None),
    ("Council meets in Leeds\n\nThe council approved a parking levy on Monday.\n\nThe weather was cold.\n\n"
     "Jane Porter, who runs a shop in the city, warned that trade would suffer.",
     None, ("Jane Porter", "relatedTo", "parking levy")),
    # a speech line ending in a colon: party to the topic only when the quote under it touches the topic
    ("Council unveils parking levy for Leeds\n\nThe charge was approved by councillors on Monday.\n\n"
     "Mark Hale said:\n\n\"We are looking into the flooding on the ring road.\"",
     None, ("Mark Hale", "relatedTo", "parking levy")),
    ("Council unveils parking levy for Leeds\n\nThe charge was approved by councillors on Monday.\n\n"
     "Mark Hale said:\n\n\"Shops cannot afford another levy this winter.\"",
     ("Mark Hale", "relatedTo", "parking levy"), None),
], ids=["one-headline-policy", "a-speaker", "two-headline-policies", "an-occasion", "another-policy", "an-age-epithet",
        "a-paper", "no-headline", "the-sentence-before", "two-in-the-sentence-before", "the-sentence-after",
        "two-sentences-back", "a-speech-line-quoting-another-matter", "a-speech-line-quoting-the-topic"])
def test_an_actor_is_party_to_the_storys_topic(extract_text, text, expected, unwanted):
    check_reading(extract_text(text), expected, unwanted)


def test_the_storys_topic_yields_to_a_reading_that_says_how(extract_text):
    """The topic reading runs last: "a campaign of X" (an open-vocabulary reading) keeps its own cue."""
    ex = extract_text("Council unveils parking levy for Leeds\n\nTom Ellison said he was delighted.\n\n"
                      "The parking levy had been a campaign of Tom Ellison for years.")
    cues = [r.cue for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {"Tom Ellison",
                                                                                                "parking levy"}]
    assert cues == ["campaign of"], cues


# --- open vocabulary: any verb or noun the grammar joins two names through ------------------------

@pytest.mark.parametrize("text, a, b, cue, negated", [
    ("Jane Porter snubbed Tom Ellison at the dinner.", "Jane Porter", "Tom Ellison", "snub", False),
    ("Kent Police was instructed by Tom Ellison to publish the figures.", "Tom Ellison", "Kent Police", "instruct",
     False),
    ("Jane Porter, a member of the Police Federation, spoke on Monday.", "Jane Porter",
     "Police Federation of England and Wales", "member of", False),
    ("Mark Hale, a teacher from Croydon, was injured.", "Mark Hale", "Croydon", "teacher from", False),
    ("Mark Hale was taken to St Mary's Hospital in Leeds.", "Mark Hale", "St Mary's Hospital", "take to", False),
    ("Mark Hale was taken to St Mary's Hospital in Leeds.", "St Mary's Hospital", "Leeds", "in", False),
    ("A complaint by Jane Porter against Kent Police was upheld.", "Jane Porter", "Kent Police", "complaint against",
     False),  # ("a report by X into Y" is a policy now, its author linked to it: test_policy_links_of_our_own)
    ("The Home Office said Mark Hale should repay the money.", "Home Office", "Mark Hale", "say", False),
    ("Jane Porter was unhappy with the Home Office.", "Jane Porter", "Home Office", "unhappy with", False),
    ("Kent Police, which sought Tom Ellison's resignation, met on Monday.", "Kent Police", "Tom Ellison",
     "seek resignation", False),
    ("Jane Porter caused a stir by choosing Tom Ellison as her deputy.", "Jane Porter", "Tom Ellison", "choose",
     False),
    ("Jane Porter accused Tom Ellison of neglecting Leeds.", "Tom Ellison", "Leeds", "neglect", False),
    ("There were talks between Kent Police and the Home Office on Monday.", "Kent Police", "Home Office",
     "talk between", False),
    ("Jane Porter did not consult Tom Ellison.", "Jane Porter", "Tom Ellison", "consult", True),
    ("Tom Ellison has denied consulting Jane Porter before the contract was awarded.", "Tom Ellison",
     "Jane Porter", "consult", True),
    ("York pair Mark Hale and Jane Porter retired.", "Mark Hale", "York", "pair", False),
    ("York pair Mark Hale and Jane Porter retired.", "Jane Porter", "York", "pair", False),
    ("Wakefield, West Yorkshire, was quiet.", "Wakefield", "West Yorkshire", "in", False),
    ("Kent Police chief constable Tom Ellison spoke.", "Tom Ellison", "Kent Police", "constable", False),
    ("Jane Porter, a Conservative member of the London Assembly, spoke.", "Jane Porter", "London Assembly",
     "member of", False),
    ("The pay deal agreed by Tom Ellison was generous.", "Tom Ellison", "police pay award", "agree by", False),
    ("Jane Porter said she was dismayed that the Home Office did not act.", "Jane Porter", "Home Office", "dismay",
     False),
    ("Kent Police and the Home Office insist that the figures are right.", "Kent Police", "Home Office",
     "insist", False),
    ("The Home Affairs Committee report faulted Kent Police.", "Home Affairs Committee", "Kent Police", "fault",
     False),
    ("A review by Jane Porter found that Tom Ellison had failed.", "Jane Porter", "Tom Ellison", "find", False),
    ("Jane Porter said she was “astonished” that the Home Office did not act.", "Jane Porter", "Home Office",
     "astonish", False),
    ("Labour's health spokesman, Tom Ellison, said the Home Office had ignored warnings.", "Tom Ellison",
     "Home Office", "say", False),
    ("Mark Hale died in March. His sister, Jane Porter, said the family was angry.", "Jane Porter", "Mark Hale",
     "'s sister", False),
    ("The Police Federation met on Monday. Its general secretary, Tom Ellison, spoke.", "Tom Ellison",
     "Police Federation of England and Wales", "'s secretary", False),
    ("Kent Police and the Home Office clashed over the plan.", "Kent Police", "Home Office", "clash", False),
    ("Jane Porter was appointed as chief constable of Kent Police in 2019.", "Jane Porter", "Kent Police",
     "appoint as constable of", False),
    ("The charity Liberty, a London-based group, criticised the plan.", "Liberty", "London", "based", False),
    ("Jane Porter, a Leeds-born lawyer, criticised the plan.", "Jane Porter", "Leeds", "born", False),
    ("Tom Baxter paid tribute to Helen Oduya at the dinner.", "Tom Baxter", "Helen Oduya", "pay tribute to", False),
    ("Wendy Carr, the woman who oversaw the appointment of Tom Baxter, resigned.", "Wendy Carr", "Tom Baxter",
     "oversee appointment of", False),
    ("Tom Baxter was helped by a decision by the Green Party and Kent Police.", "Kent Police", "Tom Baxter", "help",
     False),
    ("Helen Oduya says the report published by the Independent Office for Police Conduct ignores Kent Police.",
     "Helen Oduya", "Independent Office for Police Conduct", "say", False),
    ("Helen Oduya says the report published by the Independent Office for Police Conduct ignores Kent Police.",
     "Independent Office for Police Conduct", "Kent Police", "ignore", False),
    ("Figures released by the Home Office show that Kent Police recorded fewer burglaries.", "Home Office",
     "Kent Police", "show", False),
    ("In a scathing report that is sharply critical of Kent Police in Maidstone, MPs on the Home Affairs Committee "
     "have put the blame on senior officers.", "Home Affairs Committee", "Kent Police", "critical of", False),
    ("The Home Affairs Committee report was published in March. The report also faults Kent Police.",
     "Home Affairs Committee", "Kent Police", "fault", False),
    ("The Association of Rural Councils met. “We need money,” said Tom Baxter, chairman of the association.",
     "Tom Baxter", "Association of Rural Councils", "chairman of", False),
    ("Helen Oduya, from the ONS Centre for Crime and Justice, spoke. The Office for National Statistics (ONS) "
     "published the figures.", "ONS Centre for Crime and Justice", "Office for National Statistics", "unit of",
     False),
    ("The Home Office said more officers would be sent to Kent Police.", "Home Office", "Kent Police", "say", False),
    ("Tom Hale faced disciplinary hearings for lying about what Wendy Carr said.", "Tom Hale", "Wendy Carr",
     "lie about", False),
    ("Tom Hale was criticised by Kent Police for ignoring Wendy Carr.", "Tom Hale", "Wendy Carr", "ignore", False),
    ("Critics of Kent Police include the charity Liberty.", "Liberty", "Kent Police", "critic of", False),
    ("Tom Hale has called for Jane Roe to resign.", "Tom Hale", "Jane Roe", "call for", False),
    ("Pressure from the Police Federation on the Home Office grew.", "Police Federation of England and Wales",
     "Home Office", "pressure on", False),
    ("Mark Ellis said the figures showed that the Home Office had failed.", "Mark Ellis", "Home Office", "say",
     False),
    ("Jane Roe ordered an inquiry into Kent Police.", "Jane Roe", "Kent Police", "order inquiry into", False),
    ("Tom Hale's funding cuts to Kent Police were condemned.", "Tom Hale", "Kent Police", "cut to", False),
    ("Tom Hale condemned the Kent Police funding cuts.", "Tom Hale", "Kent Police", "condemn cut", False),
    ("The cuts imposed by the Home Office hit Kent Police hard.", "Home Office", "Kent Police", "hit", False),
    ("Jane Roe, whose force was criticised by the Independent Office for Police Conduct, resigned.",
     "Independent Office for Police Conduct", "Jane Roe", "criticise force", False),
    ("Kent Police, whose chief constable is Jane Roe, apologised.", "Jane Roe", "Kent Police", "constable", False),
    ("Tom Hale's office failed to inform Kent Police of the plan.", "Tom Hale", "Kent Police", "inform", True),
    ("Jane Roe left the Metropolitan Police to join Kent Police.", "Jane Roe", "Kent Police", "join", False),
    ("A review by Jane Roe into Kent Police's call handling was published on Monday.", "Jane Roe", "Kent Police",
     "review into", False),
    ("Kent Police apologised. A review by Jane Roe into the force's call handling was published on Monday.",
     "Jane Roe", "Kent Police", "review into", False),
    ("Tom Hale praised the work done by Kent Police.", "Tom Hale", "Kent Police", "praise work done by", False),
    ("The Coastal Drugs Taskforce, drawn from forces across Yorkshire, made 40 arrests.", "Coastal Drugs Taskforce",
     "Yorkshire", "draw across", False),
    ("Jane Roe faces a vote of no confidence from the Police Federation.", "Jane Roe",
     "Police Federation of England and Wales", "face vote from", False),
    ("Jane Roe, whom the Police Federation has called on to resign, refused to comment.",
     "Police Federation of England and Wales", "Jane Roe", "call on", False),
    ("Kent Police, with which the Home Office has clashed, apologised.", "Home Office", "Kent Police", "clash with",
     False),
    ("Inspectors from the Independent Office for Police Conduct questioned Jane Roe.",
     "Independent Office for Police Conduct", "Jane Roe", "question", False),
    ("Officers from Kent Police and Essex Police arrested Tom Hale.", "Essex Police", "Tom Hale", "arrest", False),
    ("Tom Hale's remarks angered Kent Police.", "Tom Hale", "Kent Police", "anger", False),
    ("Jane Roe resigned on Monday. Her resignation came as a shock to the Home Office.", "Jane Roe", "Home Office",
     "come as shock to", False),
    ("There were calls from the Police Federation to sack Jane Roe.", "Police Federation of England and Wales",
     "Jane Roe", "call to sack", False),
    ("The Home Office published figures. The Government said crime fell. The crime minister, Tom Hale, told MPs "
     "that her department does use data.", "Tom Hale", "Home Office", "tell", False),
    ("Kent Police was criticised. Jane Roe said her force had been let down.", "Jane Roe", "Kent Police", "say",
     False),
    ("Jane Roe told the BBC's Today programme that the force was stretched.", "Jane Roe", "BBC", "tell programme",
     False),
    ("The decision of Kent Police to suspend Jane Roe was criticised.", "Kent Police", "Jane Roe",
     "decision to suspend", False),
    ("A Home Office spokesman, responding to Jane Roe, said the plan was sound.", "Home Office", "Jane Roe",
     "respond to", False),
    ("Jane Roe joined Tom Hale in criticising Kent Police.", "Jane Roe", "Kent Police", "criticise", False),
    ("Jane Roe's successor at Kent Police is Tom Hale.", "Tom Hale", "Jane Roe", "'s successor", False),
    ("Jane Roe hit back at Tom Hale for ignoring Kent Police.", "Tom Hale", "Kent Police", "ignore", False),
    ("Jane Roe has written to Tom Hale asking for the Home Office to fund Kent Police.", "Home Office",
     "Kent Police", "fund", False),
    ("Jane Roe pushed for Tom Hale to join Kent Police.", "Tom Hale", "Kent Police", "join", False),
    ("After visiting Essex Police, Tom Hale praised the Home Office.", "Tom Hale", "Essex Police", "visit", False),
    ("When questioned by the Transport Committee, Tom Hale said buses were late.", "Transport Committee", "Tom Hale",
     "question", False),
    ("Tom Hale was appointed by Jane Roe and approved by Kent Police.", "Kent Police", "Tom Hale", "approve", False),
    ("In a letter to Tom Hale, Jane Roe said the buses were late.", "Jane Roe", "Tom Hale", "say letter to", False),
    ("Ruth Dale, Omar Quayle and Tom Hale, all members of the Transport Committee, voted against the levy.",
     "Tom Hale", "Transport Committee", "member of", False),
    ("Members of the Transport Committee, including Ruth Dale and Omar Quayle, voted against the levy.",
     "Omar Quayle", "Transport Committee", "member of", False),
    ("The flood spread from Armley in west Leeds to the river.", "Armley", "west Leeds", "in", False),
    ("Kent Police officers Tom Hale and Jane Roe were praised.", "Jane Roe", "Kent Police", "officer", False),
    ("Talks between Jane Roe and Kent Police have stalled.", "Jane Roe", "Kent Police", "talks between", False),
    ("Kent Police was inspected in May. Tom Hale criticised the force Jane Roe leads.", "Jane Roe", "Kent Police",
     "lead", False),
    ("Tom Hale's appointment as chief constable of Kent Police was welcomed.", "Tom Hale", "Kent Police",
     "appointment as constable of", False),
    ("The plan angered Tom Hale's own Labour colleagues.", "Tom Hale", "Labour Party", "'s colleague", False),
    ("Tom Hale, whose own Labour colleagues opposed the plan, resigned.", "Tom Hale", "Labour Party", "'s colleague",
     False),
    ("The plan angered Tom Hale's Labour backbenchers.", "Tom Hale", "Labour Party", "'s backbencher", False),
    ("Tom Hale's sacking by Jane Roe was unlawful.", "Jane Roe", "Tom Hale", "sack by", False),
    ("A letter from Jane Roe to Tom Hale was leaked.", "Jane Roe", "Tom Hale", "letter to", False),
    ("Jane Roe and Kent Police launched the scheme together.", "Jane Roe", "Kent Police", "launch", False),
    ("Jane Roe and Kent Police signed a joint letter.", "Jane Roe", "Kent Police", "sign", False),
    ("The Leeds attack killed Mark Hale and injured Jane Roe.", "Jane Roe", "Leeds", "attack injure", False),
    ("The Rotherham blast left Tom Hale dead.", "Tom Hale", "Rotherham", "blast leave", False),
    ("A review by the head of the Transport Committee Jane Roe into Kent Police found failings.", "Jane Roe",
     "Kent Police", "review into", False),
], ids=["verb-outside-lexicon", "passive-agent", "apposition-member-of", "apposition-from-place",
        "passive-to-place", "name-in-place", "noun-by-into", "reported-subject", "adjective-with",
        "relative-pronoun-possessor", "by-participle", "accused-of-doing", "talks-between", "negated", "denied",
        "title-of-a-list", "title-of-a-list-second", "place-beside-place", "title-before-name",
        "apposition-with-a-post", "participle-with-agent", "clause-of-an-adjective", "joint-statement",
        "body-through-its-report", "author-through-by", "scare-quoted-verb", "spokesman-named",
        "his-before-the-clause", "its-before-the-clause", "reciprocal-verb", "role-after-as",
        "hyphen-based", "hyphen-born", "dative-to", "description-beside-a-name", "decision-by-a-list",
        "reported-subject-by-its-author", "published-document-acts", "released-figures-show", "in-a-report-by-members",
        "the-report-named-before", "the-association-named-before", "unit-named-by-its-body",
        "reported-clause-acts-on", "clause-after-a-preposition", "gerund-of-the-passive-subject",
        "critics-include", "for-someone-to-act",
        "noun-from-on", "what-the-figures-showed", "through-a-policy-to-its-target", "a-policy-noun-is-an-act",
        "through-a-policy-to-its-modifier", "a-policy-acts-for-its-agent",
        "whose-noun", "whose-post-is", "through-their-office", "purpose-infinitive-is-the-subjects",
        "a-document-by-its-author-into", "into-the-described-bodys-act", "the-work-done-by",
        "a-participle-befalls-its-noun", "of-inside-a-policy-noun", "relative-pronoun-after-a-particle",
        "relative-pronoun-after-a-preposition", "members-from-a-body-act-for-it", "workers-of-a-list-of-bodies",
        "an-act-of-the-possessor", "her-resignation", "a-noun-with-an-agent-and-an-infinitive",
        "her-department-is-a-department", "her-force", "possessor-of-a-modifier", "the-act-of-a-doer-to-do",
        "a-spokesman-acts-for-the-body", "who-joins-another-in-an-act-does-it",
        "the-described-subject-is-a-name", "the-one-hit-back-at-for-doing-does-it", "asked-for-someone-to-act",
        "pushed-for-someone-to-act", "a-fronted-gerund-is-the-subjects", "a-fronted-passive-befalls-the-subject",
        "a-second-passive-verb-shares-the-subject", "the-name-after-a-fronted-phrase", "a-plural-description-of-a-list",
        "members-including", "a-place-in-a-place-hung-on-the-verb", "a-plural-title-set-beside-a-list",
        "between-a-person-and-a-body", "a-relative-clause-without-a-relative-word", "appointment-as-a-post-of",
        "a-partys-members-are-his-colleagues", "whose-party-colleagues", "a-partys-backbenchers-are-his", "the-possessor-befalls-an-act-by-another",
        "a-thing-sent-from-one-to-another", "an-act-done-together", "a-joint-object",
        "whom-an-event-named-by-its-place-befell", "left-dead-by-an-event-named-by-its-place", "a-doer-named-after-a-long-title"])
def test_open_vocabulary_relations(extract_text, text, a, b, cue, negated):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    found = [r for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {a, b}]
    assert [(r.predicate, r.cue, r.negated) for r in found] == [("relatedTo", cue, negated)]
    assert (name_of(ex, found[0].subject), name_of(ex, found[0].object)) == (a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Jane Porter accused Tom Ellison of neglecting Leeds.", "Jane Porter", "Leeds"),
    ("Jane Porter said: “Tom Ellison ignored Leeds.”", "Tom Ellison", "Leeds"),
    ("Jane Porter said: “Tom Ellison ignored Leeds for years and years.”", "Tom Ellison", "Leeds"),
    ("Jane Porter was hailed as the new Tom Ellison by fans.", "Jane Porter", "Tom Ellison"),
    ("The visits of Mark Hale to Leeds and Tom Ellison to York were praised.", "Mark Hale", "Tom Ellison"),
    ("The visits of Mark Hale to Leeds and Tom Ellison to York were praised.", "Leeds", "York"),
    ("The Home Affairs Committee demanded that the Home Office publish a report on Kent Police.", "Home Office",
     "Kent Police"),
    ("Tom Hale was criticised by Kent Police for ignoring Wendy Carr.", "Kent Police", "Wendy Carr"),
    ("Wendy Carr thanked Jane Roe. Mark Ellis said officers would miss her.", "Mark Ellis", "Wendy Carr"),
    ("The man arrested by Kent Police attacked Tom Hale.", "Kent Police", "Tom Hale"),
    ("Jane Roe left the Metropolitan Police to join Kent Police.", "Metropolitan Police Service", "Kent Police"),
    ("A member of the Police Federation criticised Tom Hale on Monday.", "Police Federation of England and Wales",
     "Tom Hale"),
    ("Jane Roe hit back at Tom Hale for ignoring Kent Police.", "Jane Roe", "Kent Police"),
    ("Jane Roe has written to Tom Hale asking for the Home Office to fund Kent Police.", "Jane Roe", "Kent Police"),
    ("Jane Roe pushed for Tom Hale to join Kent Police.", "Jane Roe", "Kent Police"),
    ("After visiting Essex Police, Tom Hale praised the Home Office.", "Home Office", "Essex Police"),
    ("Kent Police chief constable Tom Hale and Jane Roe signed the deal.", "Jane Roe", "Kent Police"),
    ("Home Office minister Tom Hale and Labour MP Jane Roe met on Monday.", "Jane Roe", "Home Office"),
    ("The plan angered Tom Hale's Conservative critics.", "Tom Hale", "Conservative Party"),
    ("Jane Roe and Kent Police criticised the plan.", "Jane Roe", "Kent Police"),
    ("The Leeds attack did not kill Mark Hale.", "Mark Hale", "Leeds"),
    ("Tom Hale held talks with Spain in Leeds on Friday.", "Spain", "Leeds"),
    ("Scotland beat Wales in Cardiff.", "Wales", "Cardiff"),
    ("The Bradford fire prompted Jane Roe to resign.", "Jane Roe", "Bradford"),
    ("Jane Roe's description of Tom Hale as a friend of the Labour Party was mocked.", "Tom Hale", "Labour Party"),
    ("Jane Roe's portrayal of Tom Hale as a champion of the Labour Party was mocked.", "Jane Roe", "Labour Party"),
    ("Tom Hale, whose Labour colleagues on the panel opposed the plan, resigned.", "Tom Hale", "Labour Party"),
    ("The plan angered Tom Hale's Labour colleagues in the Lords.", "Tom Hale", "Labour Party"),
    ("Jane Roe and Kent Police welcomed the joint review.", "Jane Roe", "Kent Police"),
    ("Jane Roe and Kent Police opposed the merger collectively.", "Jane Roe", "Kent Police"),
    ("The Leeds crash claimed the job of Tom Hale.", "Tom Hale", "Leeds"),
], ids=["the-accused-does-it", "words-inside-quote", "long-quote", "name-after-as", "two-lists", "places-go-nowhere",
         "demanded-is-not-done", "the-agent-is-not-the-gerunds-doer",
         "a-pronoun-deep-in-a-reported-clause", "who-arrested-a-man-did-not-act-for-him",
         "the-object-left-does-not-join", "one-member-is-not-the-body", "who-hits-back-does-not-do-the-gerund",
         "who-asks-for-another-to-act-does-not-act", "who-pushes-for-another-to-act-does-not-act",
         "the-object-after-a-fronted-gerund-does-not-do-it", "a-singular-title-is-the-first-names-only",
         "a-title-is-not-shared-with-a-name-titled-itself", "a-partys-critics-are-not-his-party",
         "two-subjects-of-one-act-are-not-related", "an-event-that-did-not-befall",
         "a-place-after-with-is-not-within-the-next", "a-nation-is-within-no-city",
         "an-event-that-harmed-no-one", "as-after-a-description-gives-no-post",
         "as-after-a-portrayal-gives-the-describer-no-post", "colleagues-on-a-panel-without-own",
         "colleagues-in-a-chamber-without-own", "judging-a-joint-thing-is-no-joint-act",
         "collectively-is-no-joint-act", "claimed-without-the-lives"])
def test_open_vocabulary_keeps_apart(extract_text, text, a, b):
    ex = extract_text(HEADLINE + text)
    assert not [r for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {a, b}]


@pytest.mark.parametrize("text, a, b, cue", [
    ("Jo Hart fury as Tom Hale axes police station\n\nThe row went on.", "Jo Hart", "Tom Hale", "fury as ax"),
    ("Jo Hart anger at Kent Police decision\n\nThe row went on.", "Jo Hart", "Kent Police", "anger at"),
], ids=["fury-as", "anger-at"])
def test_a_headlines_reaction_ties_who_reacts_to_who_acted(extract_text, text, a, b, cue):
    ex = extract_text(text)
    found = [r for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {a, b}]
    assert [(r.predicate, r.cue) for r in found] == [("relatedTo", cue)]


def test_open_vocabulary_does_not_join_across_a_headline_colon(extract_text):
    """"Leeds shooting: X vows to act" is two statements, not X vowing anything of Leeds."""
    ex = extract_text("Leeds shooting: Jane Porter vows to act\n\nJane Porter spoke.")
    assert not [(r.subject, r.cue, r.object) for r in ex.relations if r.predicate == "relatedTo"]


def test_open_vocabulary_keeps_a_denial_beside_an_act(extract_text):
    """One neutral statement per pair, but a denial does not hide what the pair did later."""
    ex = extract_text(HEADLINE + "Jane Porter did not consult Tom Ellison in May. In June Jane Porter hugged "
                                 "Tom Ellison.")
    found = sorted((r.cue, r.negated) for r in ex.relations if r.predicate == "relatedTo")
    assert found == [("consult", True), ("hug", False)]


# --- acts, qualified support and votes on measures are not stances on the whole policy (issue 24) -------

@pytest.mark.parametrize("text, expected, unwanted", [
    # scrapping or cutting, done or planned by the doer itself, is an act: never also "opposes"
    ("Kent Police will remove the Night Shift Allowance next year.",
     {("Kent Police", "scrapped", "Night Shift Allowance")}, {("Kent Police", "opposes", "Night Shift Allowance")}),
    ("Kent Police's plans would mean removing the Night Shift Allowance.",
     {("Kent Police", "scrapped", "Night Shift Allowance")}, {("Kent Police", "opposes", "Night Shift Allowance")}),
    ("Kent Police will trim the Night Shift Allowance next year.",
     {("Kent Police", "cuts", "Night Shift Allowance")}, {("Kent Police", "opposes", "Night Shift Allowance")}),
    ("The home secretary, Tom Hale, indicated he is to kill off antisocial behaviour orders.",
     {("Tom Hale", "scrapped", "antisocial behaviour orders")},
     {("Tom Hale", "opposes", "antisocial behaviour orders")}),
    ("Tom Hale has condemned the Home Office’s decision this month to abandon stop and search.",
     {("Home Office", "scrapped", "stop and search")}, {("Home Office", "opposes", "stop and search")}),
    # a wish that others scrap it is a stance; condemning someone's decision to scrap it is none
    ("Liberty campaigned to scrap stop and search.", {("Liberty", "opposes", "stop and search")},
     {("Liberty", "scrapped", "stop and search")}),
    ("Kent MP Tom Hale has condemned the Government’s decision this week to abandon stop and search.",
     {("Tom Hale", "criticises", "HM Government")}, {("Tom Hale", "opposes", "stop and search")}),
    # support of a part or under a condition is no support of the whole
    ("Jo Bell backs only evidence-based stop and search.", {("Jo Bell", "commentsOn", "stop and search")},
     {("Jo Bell", "backs", "stop and search")}),
    ("Jo Bell backed targeted stop and search.", {("Jo Bell", "commentsOn", "stop and search")},
     {("Jo Bell", "backs", "stop and search")}),
    ("Jo Bell supports stop and search where it is intelligence-led.",
     {("Jo Bell", "commentsOn", "stop and search")}, {("Jo Bell", "backs", "stop and search")}),
    ("Jo Bell backed stop and search, but only when it is intelligence-led.",
     {("Jo Bell", "commentsOn", "stop and search")}, {("Jo Bell", "backs", "stop and search")}),
    ("Jo Bell said: \u201cTargeted stop and search is a vital tool.\u201d",
     {("Jo Bell", "commentsOn", "stop and search")}, {("Jo Bell", "backs", "stop and search")}),
    ("Jo Bell said: \u201cThe police funding settlement is vital if it is spent on officers.\u201d",
     {("Jo Bell", "commentsOn", "police funding settlement")}, {("Jo Bell", "backs", "police funding settlement")}),
    # "when" that only says when, and an epithet on the one thing meant, qualify nothing
    ("Jo Bell backed stop and search when she was home secretary.", {("Jo Bell", "backs", "stop and search")},
     set()),
    ("Jo Bell criticised the \u2018flat cash\u2019 police funding settlement.",
     {("Jo Bell", "criticises", "police funding settlement")}, set()),
    # announcing what a body is facing now proposes nothing
    ("Chief Constable Tom Hale announced that Kent Police is facing another 3% cut in its budget.",
     {("Kent Police", "subjectTo", "police funding cuts")}, {("Tom Hale", "proposes", "police funding cuts")}),
    # a power to act is no act; backing a change of a policy is no stance on the policy
    ("The London Assembly may veto the council tax precept.",
     {("London Assembly", "relatedTo", "council tax precept")}, {("London Assembly", "opposes", "council tax precept")}),
    ("Jo Bell welcomed the devolution of section 60 powers.", {("Jo Bell", "backs", "devolution")},
     {("Jo Bell", "backs", "section 60 powers")}),
    # a vote on measures about a power, or on parts of a bill, is about them: no stance on the power or bill
    ("The House of Lords sat late. Peers turned down measures which would give officers powers to stop and "
     "search protesters.", {("House of Lords", "relatedTo", "stop and search")},
     {("House of Lords", "opposes", "stop and search")}),
    ("The House of Lords sat late. Peers voted down several clauses of the Housing Standards Bill.",
     {("House of Lords", "relatedTo", "Housing Standards Bill")}, {("House of Lords", "opposes", "Housing Standards Bill")}),
    ("The House of Lords sat late. Peers voted against the Public Order Bill.",
     {("House of Lords", "opposes", "Public Order Bill")}, set()),
], ids=["will-remove-is-scrapping", "plans-mean-removing", "trim-is-cutting", "is-to-kill-off", "decision-to-abandon",
        "campaign-to-scrap", "condemned-decision-to-abandon",
        "only-evidence-based", "targeted", "where-it-is", "but-only-when", "quote-targeted", "quote-if",
        "when-she-was", "flat-cash-epithet", "announced-is-facing", "may-veto", "devolution-of", "measures-giving-powers", "measures-in-the-bill", "the-bill-itself"])
def test_acts_and_qualified_support_are_not_stances_on_the_whole(extract_text, text, expected, unwanted):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    found = {(_label(ex, r.subject), r.predicate, _label(ex, r.object)) for r in ex.relations}
    assert expected <= found, expected - found
    assert not unwanted & found, unwanted & found


@pytest.mark.parametrize("text, subject, obj, negated", [
    ("The watchdog said Tom Hale should have faced misconduct hearings.", "Tom Hale", "misconduct hearings", True),
    ("Jane Porter would have backed stop and search.", "Jane Porter", "stop and search", True),
    ("Jane Porter has backed stop and search.", "Jane Porter", "stop and search", False),
    ("Jane Porter declined to sack Tom Ellison.", "Jane Porter", "Tom Ellison", True),
    ("Jane Porter refused to criticise Kent Police.", "Jane Porter", "Kent Police", True),
    ("Jane Porter did not fail to consult Kent Police.", "Jane Porter", "Kent Police", False),
], ids=["should-have", "would-have", "has-done", "declined-to", "refused-to", "did-not-fail-to"])
def test_a_counterfactual_is_not_an_act(extract_text, text, subject, obj, negated):
    """"should have faced X": the text says it ought to have happened, so it did not."""
    ex = extract_text(HEADLINE + text)
    found = [r.negated for r in ex.relations if (name_of(ex, r.subject), name_of(ex, r.object)) == (subject, obj)]
    assert found == [negated]


@pytest.mark.parametrize("text, unwanted", [
    ("Tom Hale said the force would close stations unless the Home Office backs the police funding settlement.",
     ("Home Office", "police funding settlement")),
    ("Tom Hale warned that officers would go if the Home Office does not increase police funding.",
     ("Home Office", "police funding")),
], ids=["unless", "if-not"])
def test_a_supposition_asserts_no_relation(extract_text, text, unwanted):
    """"unless X backs Y", "if X does not increase Y": a condition, not a fact about X and Y."""
    ex = extract_text(HEADLINE + text)
    assert not [r for r in ex.relations if (name_of(ex, r.subject), name_of(ex, r.object)) == unwanted]


@pytest.mark.parametrize("text, pair", [
    ("The watchdog is reviewing whether Constable Tom Hale should still face disciplinary proceedings.",
     ("Tom Hale", "disciplinary proceedings")),
    ("Jane Porter asked whether the Home Office backs stop and search.", ("Home Office", "stop and search")),
    ("Jane Porter said it would be wrong for Kent Police to sack Tom Ellison.", ("Kent Police", "Tom Ellison")),
    ("It is time for the Home Office to back Kent Police, Jane Porter said.", ("Home Office", "Kent Police")),
    ("It will take a year for Essex Police to dismiss Jane Roe.", ("Essex Police", "Jane Roe")),
], ids=["whether-face", "whether-back", "wrong-for-someone-to", "time-for-someone-to", "time-still-to-spend"])
def test_an_indirect_question_asserts_no_stance(extract_text, text, pair):
    """"reviewing whether X should face Y", "it would be wrong for X to sack Y": X and Y are involved, but nothing
    is said to be so or done: relatedTo only."""
    ex = extract_text(HEADLINE + text)
    assert {r.predicate for r in ex.relations if (name_of(ex, r.subject), name_of(ex, r.object)) == pair} <= {"relatedTo"}


@pytest.mark.parametrize("text", [
    "It took two months for Essex Police to dismiss Jane Roe.",
    "It has taken two months for Essex Police to dismiss Jane Roe.",
], ids=["took", "has-taken"])
def test_time_spent_before_an_act_says_it_was_done(extract_text, text):
    """"it took a year for X to sack Y": the time X spent, not a wish: X dismissed Y."""
    ex = extract_text(HEADLINE + text)
    assert ("Essex Police", "dismissed", "Jane Roe") in triples(ex)


def test_a_fact_beside_a_supposition_stays(extract_text):
    ex = extract_text(HEADLINE + "The Home Office backs the police funding settlement.")
    assert ("Home Office", "backs", "police funding settlement") in triples(ex)


@pytest.mark.parametrize("text, expected", [
    ("Porter attacks Ellison over pay\n\nJane Porter spoke in Leeds on Monday. Tom Ellison was in York.",
     ("Jane Porter", "criticises", "Tom Ellison")),
    ("Reed praises Hale after arrests\n\nThe arrests were made on Friday. Tom Reed, a councillor, was in York. "
     "Mark Hale leads Kent Police.", ("Tom Reed", "praises", "Mark Hale")),
], ids=["surname-first-in-headline", "surname-named-late-in-the-body"])
def test_a_headline_surname_is_the_person_the_body_names(extract_text, text, expected):
    """Headlines give surnames the body spells out only later: the surname is that person all the same."""
    assert expected in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    "Jane Porter, along with Tom Ellison, criticised the Home Office.",
    "Jane Porter, together with Tom Ellison, has criticised the Home Office.",
    "Jane Porter, alongside Tom Ellison, criticised the Home Office.",
    "Jane Porter as well as Tom Ellison criticised the Home Office.",
], ids=["along-with", "together-with", "alongside", "as-well-as-read-as-two-subjects"])
def test_a_companion_of_the_subject_does_what_it_does(extract_text, text):
    """"X, along with Y, criticised Z": Y criticised Z as well (constructions `companion-*`)."""
    assert {("Jane Porter", "criticises", "Home Office"),
            ("Tom Ellison", "criticises", "Home Office")} <= triples(extract_text(HEADLINE + text))


def test_a_companion_after_the_object_is_left_open(extract_text):
    """"X criticised Y, along with Z": Z may go with X or with Y, so nothing is said of Z."""
    found = triples(extract_text(HEADLINE + "The Home Office criticised Kent Police, along with Essex Police."))
    assert not [t for t in found if "Essex Police" in t]


@pytest.mark.parametrize("text, expected", [
    ("Kent Police was inspected in May. It was criticised by Jane Porter.",
     ("Jane Porter", "criticises", "Kent Police")),
    ("Kent Police has faced criticism. Jane Porter said it had failed victims.",
     ("Jane Porter", "relatedTo", "Kent Police")),
], ids=["passive-it", "it-in-a-reported-clause"])
def test_it_is_the_body_just_spoken_of(extract_text, text, expected):
    """A subject "it" is the body that was the subject just before, when nothing else it could be comes between."""
    assert expected in triples(extract_text(HEADLINE + text))


def test_it_is_not_the_body_when_a_thing_comes_between(extract_text):
    """"Kent Police launched a website. It was criticised …": "it" may be the website."""
    found = triples(extract_text(HEADLINE + "Kent Police launched a new website in May. It was criticised by "
                                            "Jane Porter."))
    assert not [t for t in found if {t[0], t[2]} == {"Jane Porter", "Kent Police"}]


@pytest.mark.parametrize("text, a, b, cue", [
    ("Police chief Jane Porter quits as Tom Ellison orders review\n\nJane Porter spoke on Monday. Tom Ellison was "
     "in Leeds.", "Jane Porter", "Tom Ellison", "quit as review"),
    ("Jane Porter attacks Home Office after Kent Police cuts\n\nJane Porter spoke on Monday.", "Jane Porter",
     "Kent Police", "attack after cut"),
], ids=["quits-as-another-acts", "acts-after-another-acts"])
def test_a_headline_relates_who_acts_in_its_two_clauses(extract_text, text, a, b, cue):
    """A headline sets side by side only what belongs together ("X quits as Y orders review"); in the body the
    same shape is a sequence (test_two_names_are_not_a_relation: "spoke-after")."""
    ex = extract_text(text)
    found = [r for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {a, b}]
    assert [(r.predicate, r.cue) for r in found] == [("relatedTo", cue)]


def test_a_verb_the_tagger_took_for_a_noun_is_still_a_clause(nlp, gaz):
    """The tagger at times reads a verb as a noun ("calling" tagged NN) yet gives it its subject and clause; a
    noun has no subject of its own, so it is read as the verb it is."""
    import graphbuild.cleaning
    import graphbuild.extract.article
    import graphbuild.process

    text = HEADLINE + "The row grew, with Jane Porter calling for Tom Ellison to resign."
    article = graphbuild.cleaning.clean(text, "test.txt", has_clause=graphbuild.process.clause_detector(nlp)).article
    doc = nlp(article.text)
    for token in doc:
        if token.text == "calling":
            token.pos_, token.tag_ = "NOUN", "NN"  # the misreading, which unseen sentences show
    assert ("Jane Porter", "relatedTo", "Tom Ellison") in triples(graphbuild.extract.article.extract(doc, article,
                                                                                                   gazetteer=gaz))


@pytest.mark.parametrize("text, expected", [
    ("MPs heard evidence from Jane Porter praising Tom Ellison.", ("Jane Porter", "praises", "Tom Ellison")),
    ("The council received a complaint from Jane Porter accusing Tom Ellison of bullying.",
     ("Jane Porter", "accused", "Tom Ellison")),
], ids=["evidence-from-praising", "complaint-from-accusing"])
def test_what_someone_sent_does_their_act(extract_text, text, expected):
    """"a complaint from X accusing Y": the participle of a thing X sent or said is X's act."""
    assert expected in triples(extract_text(HEADLINE + text))


@pytest.mark.parametrize("body, backs", [
    # a news lead names the post and keeps the name for later: the one holder named after is meant
    ("A chief constable has defended her force's use of body cameras after a complaint.\n\n"
     "\"The cameras protect everyone,\" said Chief Constable Ruth Ames of Eastvale Police.", True),
    # two holders named after: which one the lead meant is not known
    ("A chief constable has defended her force's use of body cameras after a complaint.\n\n"
     "Chief Constable Ruth Ames of Eastvale Police said they protect everyone. "
     "Chief Constable Tom Hale of Westvale Police said the same.", False),
    # past the lead "a chief constable" is nobody in particular
    ("Chief Constable Ruth Ames of Eastvale Police spoke on Monday.\n\n"
     "Officers said the cameras were popular. A chief constable has defended the use of body cameras.", False),
], ids=["lead-post-then-its-holder", "two-holders-after", "indefinite-past-the-lead"])
def test_a_post_withheld_in_the_lead_is_its_one_holder_named_after(extract_text, body, backs):
    ex = extract_text(HEADLINE + body)
    ames = next(e.key for e in ex.entities if e.name == "Ruth Ames")
    found = {r.object for r in ex.relations if r.subject == ames and r.predicate == "backs"}
    assert bool(found) == backs, ex.relations



@pytest.mark.parametrize("text, expected", [
    ("Kent Police decided to close three stations in May. Jane Porter criticised the decision.",
     ("Jane Porter", "criticises", "Kent Police")),
    ("Jane Porter said Kent Police would close three stations. Tom Ellison criticised the decision.",
     ("Tom Ellison", "criticises", "Kent Police")),
    ("Kent Police announced on Monday that it would close three stations. The move was criticised by Jane Porter.",
     ("Jane Porter", "criticises", "Kent Police")),
    ("Tom Ellison said officers in Kent were lazy. Jane Porter condemned the remarks.",
     ("Jane Porter", "criticises", "Tom Ellison")),
    ("Tom Ellison sacked the chief constable of Kent Police on Monday. Jane Porter praised the decision.",
     ("Jane Porter", "praises", "Tom Ellison")),
    ("Tom Ellison made the remarks after officers complained. Jane Porter condemned the remarks.",
     ("Jane Porter", "criticises", "Tom Ellison")),
], ids=["decided", "reported-act", "passive-judgement", "remarks-of-the-speaker", "act-on-a-third", "who-made-it"])
def test_a_bare_act_noun_is_the_act_of_the_sentence_before(extract_text, text, expected):
    """"the decision", "the remarks" with no owner of their own: judging them judges who did or said it just before."""
    assert expected in triples(extract_text(HEADLINE + text))


@pytest.mark.parametrize("text, judge", [
    ("Three stations were closed in May. Jane Porter criticised the decision.", "Jane Porter"),
    ("Kent Police closed three stations after the Home Office cut its budget. Jane Porter criticised the decision.",
     "Jane Porter"),
    ("Tom Ellison sacked the chief constable of Kent Police on Monday. Jane Porter could criticise the decision.",
     "Jane Porter"),
    ("Tom Ellison and Bob Smith made the decision in May. Jane Porter criticised the decision.", "Jane Porter"),
], ids=["no-doer", "two-doers", "only-possible", "two-makers"])
def test_a_bare_act_noun_with_no_one_doer_judges_nobody(extract_text, text, judge):
    """Whose act "the decision" was is unsaid when the sentence before names no doer or two, and a judgement
    that only could be made is none."""
    found = triples(extract_text(HEADLINE + text))
    assert not [t for t in found if t[0] == judge and t[1] in ("criticises", "praises")
                and t[2] in ("Kent Police", "Home Office", "Tom Ellison")]


@pytest.mark.parametrize("text, expected", [
    ("Kent Police have launched an inquiry. They are investigating Tom Ellison over the claims.",
     ("Kent Police", "oversees", "Tom Ellison")),
    ("Kent Police launched an inquiry in May. They are investigating Tom Ellison over the claims.",
     ("Kent Police", "oversees", "Tom Ellison")),
], ids=["plural-verb", "number-unshown"])
def test_they_is_a_body_given_a_plural_verb(extract_text, text, expected):
    """British papers give a body a plural verb and go on with "they"."""
    assert expected in triples(extract_text(HEADLINE + text))


@pytest.mark.parametrize("text", [
    "Kent Police has launched an inquiry. They are investigating Tom Ellison over the claims.",
    "Kent Police have arrested two men. They are investigating Tom Ellison over the claims.",
    "Kent Police praised the crew of the lifeboat. They accused Tom Ellison of lying.",
], ids=["singular-verb", "plural-noun-between", "collective-noun-between"])
def test_they_is_not_a_body_said_to_be_one_or_after_a_plural(extract_text, text):
    assert not [t for t in triples(extract_text(HEADLINE + text)) if t[2] == "Tom Ellison"]


@pytest.mark.parametrize("text, expected", [
    ("The report was sent to Jane Porter before she criticised Kent Police.",
     ("Jane Porter", "criticises", "Kent Police")),
    ("Kent Police wrote to Tom Ellison and Jane Porter, and she praised the Home Office.",
     ("Jane Porter", "praises", "Home Office")),
], ids=["named-as-object", "a-man-ruled-out"])
def test_a_pronoun_is_the_one_person_of_its_sex_named_before_it(extract_text, text, expected):
    """"she" with no subject to bind it is the one woman its sentence names before it."""
    assert expected in triples(extract_text(HEADLINE + text))


@pytest.mark.parametrize("text", [
    "A woman who lives next to Jane Porter said she had criticised Kent Police.",
    "Jane Porter's deputy said she had criticised Kent Police.",
], ids=["an-unnamed-woman", "a-possessor"])
def test_a_pronoun_is_not_a_named_person_when_someone_unnamed_may_be_meant(extract_text, text):
    assert not [t for t in triples(extract_text(HEADLINE + text)) if t[0] == "Jane Porter" and t[2] == "Kent Police"]


@pytest.mark.parametrize("text, cue", [
    ("Jane Porter accused Kent Police of failing victims. Tom Ellison hit back, saying officers had done their best.",
     "hit back"),
    ("Jane Porter said officers had failed victims. Responding, Tom Ellison said the force had done its best.",
     "respond"),
    ("Jane Porter said officers had failed victims. In response, Tom Ellison said the force had done its best.",
     "respond"),
    ("Jane Porter criticised the plan on Monday. Tom Ellison replied: \u201cThe plan is sound.\u201d", "reply"),
    ("\u201cOfficers have failed victims,\u201d said Jane Porter. But Tom Ellison disagreed, saying the force had "
     "done its best.", "disagree"),
], ids=["hit-back", "responding", "in-response", "replied", "disagreed"])
def test_a_reply_answers_who_spoke_just_before(extract_text, text, cue):
    """A reply that names no one it answers answers the one who spoke (or acted) in the sentence before."""
    ex = extract_text(HEADLINE + text)
    found = [r for r in ex.relations if {name_of(ex, r.subject), name_of(ex, r.object)} == {"Tom Ellison", "Jane Porter"}]
    assert [(name_of(ex, r.subject), r.predicate, r.cue) for r in found] == [("Tom Ellison", "relatedTo", cue)]


@pytest.mark.parametrize("text", [
    "Jane Porter said officers had failed victims. Tom Ellison declined to respond.",
    "Officers were criticised in a report by Jane Porter and Bob Smith. Tom Ellison responded that they had done "
    "their best.",
    "Jane Porter met Bob Smith on Monday. Tom Ellison replied that the plan was sound.",
], ids=["declined", "two-authors", "two-actors"])
def test_a_reply_answers_nobody_unclear(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert not [r for r in ex.relations if name_of(ex, r.subject) == "Tom Ellison"]


@pytest.mark.parametrize("text, expected", [
    ("Kent Police was inspected in May. Jane Porter accused it of failing victims.",
     ("Jane Porter", "accused", "Kent Police")),
    ("Kent Police was inspected in May. Jane Porter urged it to publish the report.",
     ("Jane Porter", "urged", "Kent Police")),
    ("Kent Police have been inspected. Jane Porter accused them of failing victims.",
     ("Jane Porter", "accused", "Kent Police")),
], ids=["accused-it", "urged-it", "accused-them"])
def test_an_object_it_where_only_an_actor_fits_is_the_body_just_spoken_of(extract_text, text, expected):
    assert expected in triples(extract_text(HEADLINE + text))


@pytest.mark.parametrize("text", [
    "Kent Police launched a new website in May. Jane Porter accused it of misleading the public.",
    "Kent Police has been inspected. Jane Porter accused them of failing victims.",
    "Kent Police arrested two men. Jane Porter accused them of lying.",
    "Kent Police published a report in May. Jane Porter criticised it.",
], ids=["a-thing-between", "them-for-a-singular-body", "a-plural-between", "an-object-a-thing-may-fill"])
def test_an_object_it_is_no_body_when_something_else_may_be_meant(extract_text, text):
    assert not [t for t in triples(extract_text(HEADLINE + text)) if t[0] == "Jane Porter" and t[2] == "Kent Police"]


@pytest.mark.parametrize("text, person", [
    # a headline's clause of its own ("as top cop quits") has a subject of its own, lost by the parser
    ("Hale is urged to go as top cop quits failing force\n\nMayor Tom Hale was urged to resign. Chief "
     "Constable Ann Lee of Northshire Police quit on Monday.", "Tom Hale"),
], ids=["headline-as-clause"])
def test_a_finite_clause_never_borrows_the_main_subject(extract_text, text, person):
    ex = extract_text(text)
    key = next(e.key for e in ex.entities if e.name == person)
    assert not [r for r in ex.relations if r.subject == key and r.predicate == "resignedFrom"], ex.relations


@pytest.mark.parametrize("text, expected, unwanted", [
    # a body no reading ties to anything, the subject of a sentence naming a policy: party to it
    ("Leeds council news\n\nIn October the Transport Committee held its hearing as the parking levy came into "
     "force.",
     ("Transport Committee", "relatedTo", "parking levy"), None),
    # a policy only supposed ("if … is scrapped") names nothing the actor is party to
    ("Leeds council news\n\nIn October the Transport Committee warned of chaos if the council scraps the "
     "parking levy.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    # named inside an adverbial clause: the occasion, not a party
    ("Leeds council news\n\nMark Hale praised the parking levy once the Transport Committee was back from its "
     "summer break.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    # a name modifying a noun is a place or a thing of the body's, not the body acting
    ("Leeds council news\n\nThe parking levy was approved on a day of protests near the Transport Committee "
     "offices.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    # in another of the sentence's coordinated main clauses: another act
    ("Leeds council news\n\nThe parking levy will be reviewed in a year, and the council proposed Mark Hale as "
     "transport secretary.",
     None, ("Mark Hale", "relatedTo", "parking levy")),
    # inside a relative clause: a description of a noun, not a party
    ("Leeds council news\n\nShoppers in Leeds, where Mark Hale lives, face the parking levy.",
     None, ("Mark Hale", "relatedTo", "parking levy")),
    # one only compared with the doer
    ("Leeds council news\n\nLike the Transport Committee, Mark Hale has said nothing about the parking levy.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    # one named after "including" is still named (only a compared one is not)
    ("Leeds council news\n\nSeveral groups, including the Transport Committee, met as the parking levy came into "
     "force.", ("Transport Committee", "relatedTo", "parking levy"), None),
    # set apart by a negation: said not to act
    ("Leeds council news\n\nKent Police, not the Transport Committee, will set the parking levy.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    ("Leeds council news\n\nThe parking levy will be decided by the mayor, not the Transport Committee.",
     None, ("Transport Committee", "relatedTo", "parking levy")),
    # a possessor: the possessed thing is no act of its owner's
    ("Leeds council news\n\nMark Hale's photograph was printed next to an article on the parking levy.",
     None, ("Mark Hale", "relatedTo", "parking levy")),
], ids=["unrelated-subject", "a-supposed-policy", "in-an-adverbial-clause", "a-modifier", "another-main-clause",
        "in-a-relative-clause", "only-compared", "including-is-not-compared", "set-apart-by-not", "not-after-the-agent", "a-possessor"])
def test_an_actor_tied_to_nothing_is_party_to_its_sentences_policy(extract_text, text, expected, unwanted):
    check_reading(extract_text(text), expected, unwanted)


@pytest.mark.parametrize("text", [
    # a ruling or a refusal is someone else's act than the one who asked
    "Tom Hale appealed against his sentence at the Court of Appeal. Jane Roe welcomed the ruling.",
    "Tom Hale asked Kent County Council for more funding. Jane Roe criticised the refusal.",
    # one who only spoke made no decision
    "Kent County Council voted in March to shut the library. Tom Hale, a local campaigner, said residents were "
    "furious. Jane Roe criticised the decision.",
], ids=["ruling", "refusal", "speaker-made-no-decision"])
def test_an_act_noun_never_blames_one_who_did_not_do_it(extract_text, text):
    ex = extract_text(HEADLINE + text)
    hale = next(e.key for e in ex.entities if e.name == "Tom Hale")
    assert not [r for r in ex.relations if r.object == hale and r.predicate in ("backs", "criticises")], ex.relations
