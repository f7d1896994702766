"""Quotes, figures and relation statements as the statements that tie a speaker or a body to a policy
(graphbuild/extract/statement_links.py): what a quote's clause describes, the body a speaker's (or an
actor's) post is at, and the policy whose uses a count counts. Every sentence here is made up for the test."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal

from graphbuild.api import to_graph
from graphbuild.vocab import GB


def _names(extraction) -> dict[str, str]:
    return {e.key: e.name for e in extraction.entities} | {p.key: p.name for p in extraction.policies}


@pytest.mark.parametrize(
    "text, fragment, policy",
    [("Parking row\n\nThe Riverside Council unveiled its new parking scheme on Monday. Councillor Ann Marsh "
      "described the parking scheme as “a cash grab” and “deeply unfair”.", "a cash grab", "parking scheme"),
     ("Budget row\n\nNorthshire Police agreed the new funding settlement last week. Its finance director, Dev Patel, "
      "said the funding settlement was “a sticking plaster”.", "a sticking plaster", "police funding settlement"),
     # the one who says the words is not what they are about
     ("Vetting verdict\n\nInspectors examined vetting files at six forces. The HMIC report said: “Forces must publish "
      "their vetting data every year.”", "Forces must publish", ""),
     # a quoted phrase set beside the policy in one phrase is not said of it
     ("Chief praised\n\nJo Brand said the outgoing chief had led the force through the budget cuts and “relentless "
      "pressure”.", "relentless pressure", "")],
    ids=["described-as", "predicate-of-the-policy", "speaker-is-no-topic", "coordinated-beside-it"],
)
def test_a_quote_is_about_the_policy_its_clause_describes(extract_text, text, fragment, policy):
    extraction = extract_text(text)
    names = _names(extraction)
    quote = next(q for q in extraction.quotes if fragment in q.text)
    assert names.get(quote.about, quote.about) == policy


SCHEME = "Parking row\n\nThe Riverside Council unveiled its new parking scheme on Monday. "
SAID = " said: “The parking scheme will push drivers onto side streets.”"


@pytest.mark.parametrize(
    "speaker, body",
    [("Tom Reed, campaigns officer at Cycling Forward,", "Cycling Forward"),
     ("Tom Reed, a former campaigns officer at Cycling Forward,", ""),  # no longer speaks for it
     ("Labour MP Tom Reed", ""),  # a seat is no post at the party
     ("Tom Reed, from Cycling Forward,", "Cycling Forward"),
     ("Tom Reed of Cycling Forward", "Cycling Forward")],
    ids=["post-at-body", "former-post", "seat", "from-a-body", "of-a-body"],
)
def test_a_quote_is_said_on_behalf_of_the_body_the_speaker_holds_a_post_at(extract_text, speaker, body):
    extraction = extract_text(SCHEME + speaker + SAID)
    names = _names(extraction)
    (quote,) = extraction.quotes
    assert names.get(quote.speaker) == "Tom Reed"
    assert names.get(quote.on_behalf_of, quote.on_behalf_of) == body


@pytest.mark.parametrize(
    "text, surface, policy",
    [("Searches rise\n\nStop and search remains controversial in the county. Last year 5,120 searches were carried "
      "out by Northshire Police.", "5,120", "stop and search"),
     ("Court powers\n\nMagistrates were given new powers to issue dispersal orders in 2019. In the first year 1,450 "
      "orders were issued by Westford Council.", "1,450", "dispersal orders"),  # the orders, not the power
     # the officers a pledge would recruit are not its uses, and a headcount is no recruitment
     ("Recruitment drive\n\nThe Government renewed its pledge to recruit 5,000 officers. Northshire Police now has "
      "3,100 officers.", "3,100", ""),
     # a vote count cast over a measure counts that measure's vote, rather than a vote named elsewhere
     ("Council vote\n\nThe council was defeated by 31 votes to 24 over plans to close the town's library.", "31",
      "plans to close the town's library"),
     ("Town hall news\n\nPlans to close the library were approved by 31 votes to 24 on Tuesday.", "31",
      "plan to close the library"),
     ("Town hall news\n\nThe council approved its budget by 31 votes to 24 on Tuesday.", "31", "")],
    ids=["searches", "orders", "workforce-is-no-use", "votes-over-a-measure", "votes-passing-a-measure",
         "votes-on-nothing-named"],
)
def test_a_count_of_a_policys_acts_counts_that_policy(extract_text, text, surface, policy):
    extraction = extract_text(text)
    names = _names(extraction)
    figure = next(f for f in extraction.figures if f.surface == surface)
    assert names.get(figure.quantifies, figure.quantifies) == policy


@pytest.mark.parametrize(
    "text, surface, words",
    [("Pay dispute\n\nWestford Council rejected a 4.2% pay offer on Friday.", "4.2%", "pay offer"),
     ("Council budget\n\nWestford Council has made £12m of cuts since 2015, its leader said.", "£12m", "cuts"),
     ("Council budget\n\nWestford Council has saved £12m since 2015, its leader said.", "£12m", None)],
    ids=["modifies-the-policy", "of-the-policy", "no-policy"],
)
def test_an_amount_in_a_policys_own_phrase_is_its_size(extract_text, text, surface, words):
    extraction = extract_text(text)
    figure = next(f for f in extraction.figures if f.surface == surface)
    named = {p.key for p in extraction.policies for ev in p.mentions if ev.text == words}
    assert figure.quantifies == (named.pop() if words else "")


SCHEME_LAUNCHED = "Staff cuts\n\nWestford Council launched a voluntary redundancy scheme in March. "


@pytest.mark.parametrize(
    "sentence, policy",
    [("Its library staff have been reduced by 40 through the voluntary redundancy scheme.",
      "voluntary redundancy scheme"),
     ("So far 40 staff have left as part of the voluntary redundancy scheme.", "voluntary redundancy scheme"),
     ("So far 40 staff have left the council.", "")],
    ids=["through", "as-part-of", "no-framework"],
)
def test_a_figure_set_under_a_policy_has_it_as_its_cause(extract_text, sentence, policy):
    extraction = extract_text(SCHEME_LAUNCHED + sentence)
    names = _names(extraction)
    figure = next(f for f in extraction.figures if f.surface == "40")
    assert names.get(figure.cause, figure.cause) == policy


@pytest.mark.parametrize(
    "text, policy",
    [("Parking row\n\nAnn Marsh said the council should drop the parking scheme and added: “Drivers deserve better "
      "than this.”", "parking scheme"),
     # a new paragraph may turn to something else
     ("Parking row\n\nThe council unveiled its parking scheme on Monday.\n\nAnn Marsh said: “Drivers deserve better "
      "than this.”", "")],
    ids=["same-paragraph", "paragraph-before"],
)
def test_a_whole_quote_goes_on_about_the_one_policy_its_paragraph_names(extract_text, text, policy):
    extraction = extract_text(text)
    names = _names(extraction)
    (quote,) = extraction.quotes
    assert names.get(quote.about, quote.about) == policy


def test_the_links_are_edges_of_the_graph_and_pass_the_shapes(extract_text):
    """The speaker's body and the searching force each reach the policy through one statement node."""
    extraction = extract_text(
        "Searches rise\n\nStop and search remains controversial in the county. Last year 5,120 searches were carried "
        "out by Northshire Police. Amy Holt, policy officer at Fair Streets, said: “Stop and search does not work.”")
    graph = to_graph([extraction], validation="strict")
    assert len(set(graph.subject_objects(GB.quantifies))) == 1
    ((quote, body),) = set(graph.subject_objects(GB.onBehalfOf))
    assert (quote, GB.mentions, next(iter(graph.objects(None, GB.quantifies)))) in graph


PARKING = "Parking row\n\nThe Riverside Council unveiled its new parking scheme on Monday. "
CUSTODY = "Custody shake-up\n\nThe Home Office is under pressure to save money. "


@pytest.mark.parametrize(
    "text, subject, obj, body",
    [(PARKING + "Tom Reed, campaigns officer at Cycling Forward, attacked the parking scheme.", "Tom Reed",
      "parking scheme", "Cycling Forward"),
     (CUSTODY + "The Home Secretary, Jane Holt, announced a plan to close twelve custody suites on Tuesday.",
      "Jane Holt", "plan to close twelve custody suites", "Home Office"),
     # an act on a person, not only on a policy, is done in the post too
     (PARKING + "Tom Reed, campaigns officer at Cycling Forward, criticised Councillor Ann Marsh over the delays.",
      "Tom Reed", "Ann Marsh", "Cycling Forward"),
     # no longer acts for it
     (PARKING + "Tom Reed, a former campaigns officer at Cycling Forward, attacked the parking scheme.", "Tom Reed",
      "parking scheme", ""),
     # a seat is no post at the party
     (PARKING + "Labour MP Tom Reed attacked the parking scheme.", "Tom Reed", "parking scheme", ""),
     # an elected commissioner oversees the force, does not act for it
     (PARKING + "Northshire's police and crime commissioner, Tom Reed, attacked the parking scheme.", "Tom Reed",
      "parking scheme", ""),
     # who someone is, not what they do: the post's own statement is no act for a body
     (PARKING + "Tom Reed, campaigns officer at Cycling Forward, attacked the parking scheme.", "Tom Reed",
      "Cycling Forward", "")],
    ids=["post-at-body-on-policy", "minister-for-department", "act-on-a-person", "former-post", "seat",
         "elected-commissioner", "standing-is-no-act"],
)
def test_a_post_holders_act_is_done_on_behalf_of_the_body(extract_text, text, subject, obj, body):
    extraction = extract_text(text)
    names = _names(extraction)
    found = [r for r in extraction.relations if names.get(r.subject) == subject and names.get(r.object) == obj]
    assert found
    assert {names.get(r.on_behalf_of, r.on_behalf_of) for r in found} == {body}


FORCE = "Parking row\n\nKent Police is short of money. "


@pytest.mark.parametrize(
    "text, statement, kept",
    [(CUSTODY + "The Home Secretary announced a plan to close twelve custody suites on Tuesday.",
      ("Home Office", "proposes", "plan to close twelve custody suites"), True),
     (FORCE + "The force's chief constable attacked the parking scheme on Monday.",
      ("Kent Police", "criticises", "parking scheme"), True),
     # an elected commissioner oversees the force, does not act for it
     (FORCE + "The force's police and crime commissioner attacked the parking scheme on Monday.",
      ("Kent Police", "criticises", "parking scheme"), False),
     # a shadow minister's post is at no department
     (CUSTODY + "The shadow Home Secretary attacked a plan to close twelve custody suites on Tuesday.",
      ("Home Office", "criticises", "plan to close twelve custody suites"), False)],
    ids=["minister-for-department", "chief-for-force", "elected-commissioner", "shadow-minister"],
)
def test_a_post_named_without_its_holder_acts_as_its_body(extract_text, text, statement, kept):
    """"The Home Secretary announced" with no holder named anywhere: the statement, which would be dropped with
    its unknown subject, is the body's the post is at (never for a seat, an elected office or a shadow post)."""
    extraction = extract_text(text)
    names = _names(extraction)
    found = {(names.get(r.subject), r.predicate, names.get(r.object)) for r in extraction.relations}
    assert (statement in found) is kept


def test_a_statement_on_behalf_of_a_body_is_an_edge_that_passes_the_shapes(extract_text):
    """The body reaches the policy through the statement node: two edges, as a quote's does."""
    extraction = extract_text(PARKING + "Tom Reed, campaigns officer at Cycling Forward, attacked the parking scheme.")
    graph = to_graph([extraction], validation="strict")
    statement = next(s for s, _ in graph.subject_objects(GB.onBehalfOf))
    assert (statement, RDF.type, GB.RelationStatement) in graph
    assert (graph.value(statement, GB.onBehalfOf), RDFS.label, Literal("Cycling Forward")) in graph
    assert (graph.value(statement, RDF.object), RDF.type, GB.Policy) in graph
