"""Kinds of wrong rows the seeded trust checks (benchmarks/trust.md) found in the stance and post queries,
each tested on sentences of our own."""
from __future__ import annotations

import pytest

HEADLINE = "Council faces questions\n"


def stances(extraction):
    names = {p.key: p.name for p in extraction.policies}
    return {(r.subject, r.predicate, names.get(r.object, r.object), r.negated) for r in extraction.relations}


# --- 1. a list under one governing noun: "the end of X and Y" ends Y too --------------------------

@pytest.mark.parametrize("text, label, absent", [
    ("Jane Porter set out a package of reforms including the end of free parking for staff and automatic "
     "enrolment in the savings scheme.", "end of automatic enrolment in the savings scheme",
     "automatic enrolment in the savings scheme"),
], ids=["end-of"])
def test_the_second_item_under_a_governing_noun_is_governed_too(extract_text, text, label, absent):
    ex = extract_text(HEADLINE + text)
    names = [p.name for p in ex.policies]
    assert label in names and absent not in names, names


def test_an_item_with_its_own_determiner_is_its_own_policy(extract_text):
    ex = extract_text(HEADLINE + "The board agreed a number of measures including the abolition of fixed fees "
                      "and a new grant for carers.")
    names = [p.name for p in ex.policies]
    assert "abolition of fixed fees" in names and not any("abolition of" in n and "grant" in n for n in names)


# --- 3. former posts: no force copied from a later post; a post left before the article is former -------

def test_a_former_rank_of_a_commissioner_is_not_put_in_the_force_they_oversee(extract_text):
    ex = extract_text(HEADLINE + "Kent Police and Crime Commissioner John Mallory, a former police sergeant, "
                      "attacked the proposal.")
    posts = {(r.title, r.organisation, r.qualifier) for r in ex.roles}
    assert ("Police and Crime Commissioner", "org:kent-police", "") in posts
    assert ("Sergeant", "", "former") in posts


def test_a_post_said_short_is_no_second_post_in_the_story_force(extract_text):
    ex = extract_text(HEADLINE + "The inspection by HM Inspector of Constabulary Jane Porter rated Kent Police as "
                      "good. HM Inspector Jane Porter said: “The force must improve.”")
    assert [r.title for r in ex.roles if r.person == "person:jane porter"] == ["HM Inspector of Constabulary"]


@pytest.mark.parametrize("text, qualifier", [
    ("Ann Lee, the chairman of the licensing board, spoke. Councillor Lee resigned from the job in April.",
     "former"),
    ("Tom Hale, chairman of the housing committee, spoke. Mr Hale quit the post last week.", "former"),
    ("Tom Hale, chairman of the housing committee, spoke. Mr Hale will resign from the role in May.", ""),
    ("Tom Hale, chairman of the housing committee, spoke. Mr Hale has not resigned from the role.", ""),
    ("Ann Lee, chair of the housing trust, spoke. The chair of the housing trust has resigned amid a row.", "former"),
    ("Ann Lee, chair of the housing trust, spoke. The chair of the trust will resign next year.", ""),
], ids=["resigned-from-the-role", "quit-the-post", "will-resign", "has-not-resigned", "the-post-has-resigned",
        "the-post-will-resign"])
def test_a_post_the_text_says_its_holder_left_is_former(extract_text, text, qualifier):
    ex = extract_text(HEADLINE + text)
    chair = [r for r in ex.roles if r.title in ("Chairman", "Chair")]
    assert [r.qualifier for r in chair] == [qualifier]


# --- 2. a group that carried out a review is its author, never subject to it; no bare "their" in labels ----

def test_the_group_that_carried_out_a_review_is_not_subject_to_it(extract_text):
    ex = extract_text(HEADLINE + "It came after a review by the All Party Parliamentary Group for Cyclists into "
                      "their safety on busy roads found 140 crashes.")
    review = next(p for p in ex.policies if p.name.startswith("review"))
    assert review.name == "review into the safety on busy roads"
    group = "org:all party parliamentary group for cyclists"
    assert {r.predicate for r in ex.relations if r.subject == group and r.object == review.key} == {"relatedTo"}


@pytest.mark.parametrize("text, label", [
    ("A review by the Tenants Rights Commission for Wales into their treatment by landlords found 300 cases.",
     "review into the treatment by landlords"),
    ("The council said a review into its handling of complaints was needed.", "review into the handling of complaints"),
    ("She said a “damning” report by the inspector into the council’s housing department showed failures.",
     "report into the council’s housing department"),
], ids=["their", "its", "quoted-judgement"])
def test_a_policy_label_keeps_no_bare_pronoun_nor_quoted_judgement(extract_text, text, label):
    ex = extract_text(HEADLINE + text)
    assert label in [p.name for p in ex.policies], [p.name for p in ex.policies]


# --- 4. a negated stance verb keeps its stance, negated; no negated neutral link through it ---------------

@pytest.mark.parametrize("text, policy", [
    ("The Liberal Party, which did not back the devolution of planning powers, came third.",
     "devolution of planning powers"),
    ("The Liberal Party refused to support the merger of the two councils.", "merger of the two councils"),
], ids=["did-not-back", "refused-to-support"])
def test_a_negated_stance_stays_a_negated_stance(extract_text, text, policy):
    ex = extract_text(HEADLINE + text)
    found = stances(ex)
    assert ("org:liberal party", "backs", policy, True) in found
    assert not [s for s in found if s[1] == "relatedTo" and s[3]], found


# --- 5. a person known only by a post is no named holder in posts-held.rq ------------------------------

def test_a_person_known_only_by_post_holds_no_row_of_posts_held(nlp):
    import graphbuild
    from pathlib import Path

    text = ("Housing plan welcomed\n\nThe Taoiseach said: “This plan is a landmark for every family.”\n\n"
            "Jane Porter, the Minister for Housing, said: “We will build homes.”")
    graph = graphbuild.to_graph(graphbuild.extract(text, source="own.txt", published="2024-05-01", nlp=nlp),
                                validation="skip")
    ask = "ASK { ?p <https://w3id.org/graphbuild/ontology#knownOnlyByPost> true ; <http://www.w3.org/ns/org#holds> ?x }"
    assert graph.query(ask).askAnswer  # the unnamed holder is there, marked
    query = (Path(__file__).resolve().parent.parent / "queries" / "posts-held.rq").read_text()
    people = {str(row[0]) for row in graph.query(query)}
    assert "Jane Porter" in people and "Taoiseach" not in people


# --- 6. an event is no policy ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ministers will host an international summit on road safety in Leeds next month.",
    "Jane Porter spoke at a regional summit on youth crime.",
], ids=["host-a-summit", "speak-at-a-summit"])
def test_a_summit_is_an_event_not_a_policy(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert not [p.name for p in ex.policies if "summit" in p.name.lower()]
