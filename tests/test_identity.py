"""Policy identity across a corpus: an instrument every body has (a Police and Crime Plan, a precept, a pay
award) is one node per owning body and year the text names with it, a national policy one node for the
corpus, and an instance whose owner the text never names its own article's (`per` in the policy vocabulary)."""
from __future__ import annotations

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import RDFS, SKOS

from graphbuild import resources
from graphbuild.extract.identity import head_scopes, vocabulary_scopes
from graphbuild.rdf import build_graph
from graphbuild.vocab import GB

HEADLINE = "Councillors meet again\n"


def keys_of(extractions, label):
    return {p.key for ex in extractions for p in ex.policies if p.name == label}


def policy_nodes(graph, label):
    return {s for s in graph.subjects(RDFS.label, Literal(label)) if (s, RDF.type, GB.Policy) in graph}


@pytest.mark.parametrize("texts, label, nodes", [
    # one body's plan, named by a place in two wordings in two articles: one node
    (["The Kent Police and Crime Plan was published in May.",
      "Kent's Police and Crime Plan was criticised by Jo Bell."],
     "Police and Crime Plan", 1),
    # two bodies' plans: two nodes, whether in one article or in two
    (["The Kent Police and Crime Plan was published in May.", "Jo Bell said the Police and Crime Plan for Essex "
      "ignored rural crime."], "Police and Crime Plan", 2),
    (["The Kent Police and Crime Plan was published in May. Essex's Police and Crime Plan followed in June."],
     "Police and Crime Plan", 2),
    # nobody named with it: each article's plan is its own, one node within the article
    (["The commissioner will publish a Police and Crime Plan. Jo Bell said the Police and Crime Plan was late.",
      "Tom Hale praised the Police and Crime Plan."], "Police and Crime Plan", 2),
    # an owner described ("the commissioner's") in an article naming one owner's plan: that plan
    (["Jo Bell published the Kent Police and Crime Plan in May. Tom Hale said the commissioner's Police and Crime "
      "Plan ignored rural crime."], "Police and Crime Plan", 1),
    # the holder of a post for a place owns as the place does: her plan in one article, Kent's in another
    (["Jane Porter, the police and crime commissioner for Kent, published her Police and Crime Plan.",
      "Tom Hale said Kent's Police and Crime Plan was weak."], "Police and Crime Plan", 1),
    # a national power stays one node across articles
    (["Jo Bell defended stop and search in Kent.", "Tom Hale criticised stop and search."], "stop and search", 1),
    # a pay award of one year and of another are two, whatever the article calls them
    (["Officers received a 2% pay rise in 2019 and a 3% pay rise in 2020. Jo Bell said the 2020 pay rise was "
      "too small."], "police pay award", 2),
    # one body's precept for one year, in two articles: one node; another year: another node
    (["Kent Police set its precept for 2021 in February.", "Jo Bell criticised Kent's 2021 precept."],
     "council tax precept", 1),
    (["Kent Police set its precept for 2021 in February.", "Jo Bell criticised Kent's 2022 precept."],
     "council tax precept", 2),
    # a description every body could give ("a damning report") is no name: two articles, two reports
    (["Jo Bell published a damning report on Monday.", "Tom Hale read a damning report last week."],
     "damning report", 2),
    # "the force" is the article's own force: funding for it in two articles is two things
    (["Tom Hale demanded more funding for the force.", "Jo Bell said funding for the force had fallen."],
     "funding for force", 2),
    # a policy head said alone ("introduce reform") says nothing of whose: two articles, two reforms
    (["Governors will introduce reform after the audit.", "Ministers will impose reform on the board."],
     "reform", 2),
    # a law said by its head alone ("introduce legislation"): which law is not said, one per story
    (["The assembly must implement legislation by Easter, judges said.", "Ministers will introduce legislation next spring."],
     "legislation", 2),
], ids=["one-owner-two-wordings", "two-owners-two-articles", "two-owners-one-article", "unowned-per-article",
        "described-owner", "holder-of-a-post", "national-power", "two-years", "owner-and-year", "owner-two-years",
        "description-per-article", "anaphoric-body", "bare-head-per-article", "bare-law-per-article"])
def test_an_instrument_is_one_node_per_owner_and_year(extract_text, texts, label, nodes):
    extractions = [extract_text(HEADLINE + t) for t in texts]
    assert len(keys_of(extractions, label)) == nodes, [(p.key, p.name) for ex in extractions for p in ex.policies]
    assert len(policy_nodes(build_graph(extractions), label)) == nodes


@pytest.mark.parametrize("text, sizes", [
    # two pay rises of different size in one article: two nodes, each named with its amount; "the pay rise"
    # after them is the one named last
    ("Officers rejected a 3% pay rise in March. In June they were offered a 5% pay rise. Jo Bell said the pay "
     "rise came too late.", {"3% police pay award": 1, "5% police pay award": 2}),
    # two sums, and one share written two ways ("3.40%", "3.4 per cent": one award)
    ("Officers rejected a £900 pay rise in March. In June they were offered a £1,200 pay rise. Jo Bell said the "
     "pay rise came too late.", {"£900 police pay award": 1, "£1,200 police pay award": 2}),
    ("Officers rejected a 3.40% pay rise in March. In June they were offered a 3.4 per cent pay rise.",
     {"police pay award": 2}),
    # a share and a sum may be one award said two ways: one node
    ("Officers were offered a 3% pay rise on Monday. Jo Bell said the £900 pay rise was too small.",
     {"police pay award": 2}),
], ids=["two-sizes", "two-sums", "one-share-two-ways", "share-and-sum"])
def test_pay_awards_of_different_size_are_two(extract_text, text, sizes):
    ex = extract_text(HEADLINE + text)
    found = {p.name: len(p.mentions) for p in ex.policies if p.key.startswith("policy:police-pay-award")}
    assert found == sizes, [(p.key, p.name) for p in ex.policies]


def test_a_mention_without_owner_means_the_one_named_in_its_article(extract_text):
    ex = extract_text(HEADLINE + "The Police and Crime Plan for Essex was praised. Jo Bell said the plan was late.")
    (plan,) = [p for p in ex.policies if p.name == "Police and Crime Plan"]
    assert {ev.text for ev in plan.mentions} == {"Police and Crime Plan", "plan"}
    assert "place:essex" in plan.key


@pytest.mark.parametrize("text, owner", [
    ("Tom Hale criticised the budget plan of Kent Police.", "place:kent"),  # "of X": X's
    ("Three officers should have faced misconduct hearings for lying about what Jo Bell said.", ""),  # a clause
    ("Officers will get their pay award later this year, Jo Bell said.", ""),  # a pronoun with no named subject
], ids=["of-owner", "name-in-a-clause", "pronoun-without-owner"])
def test_only_a_body_named_with_the_policy_owns_it(extract_text, text, owner):
    ex = extract_text(HEADLINE + text)
    scoped = [p.key for p in ex.policies if "@" in p.key]
    assert scoped, [(p.key, p.name) for p in ex.policies]
    assert all((owner in key.split("@", 1)[1].split("|")) if owner else
               not any(part.startswith(("person:", "org:", "place:")) for part in key.split("@", 1)[1].split("|"))
               for key in scoped), scoped


def test_an_owned_instrument_is_about_its_owner_and_keyed_the_same_in_every_build(extract_text):
    text = HEADLINE + "Kent Police set its precept for 2021 in February."
    first, again = extract_text(text), extract_text(text)
    (precept,) = [p for p in first.policies if p.name == "council tax precept"]
    assert "org:kent-police" in precept.concerns  # the body whose precept it is, linked
    assert sorted(build_graph([first])) == sorted(build_graph([again]))


def test_the_per_column_is_data_with_known_values():
    allowed = {"body", "year", "amount"}
    rows = resources.read_csv("gazetteer/policies.csv")
    assert all(set((r["per"] or "").split()) <= allowed for r in rows)
    assert all(values <= allowed for values in head_scopes().values())
    assert vocabulary_scopes()["policy:stop-and-search"] == frozenset()
    assert vocabulary_scopes()["policy:police-and-crime-plan"] == {"body"}


# --- within an article: a description the text equates with a policy is that policy --------------------

@pytest.mark.parametrize("text, label, forms", [
    # apposition with an owner between ("the government's"): the description names the policy
    ("Knife crime prevention orders, the government's flagship measure against knife carrying, were criticised "
     "by Jo Bell.", "knife crime prevention orders", {"flagship measure against knife carrying"}),
    ("Jo Bell attacked curfew orders, the Home Office's flagship measure to tackle street drinking, on Monday.",
     "curfew orders", {"flagship measure to tackle street drinking"}),
    # "the measure", "the scheme", "the programme": the only policy of a fitting kind named before
    ("The council introduced public spaces protection orders last year. Jo Bell said the measure had failed.",
     "public spaces protection orders", {"measure"}),
    ("Kent Police launched a knife amnesty in March. Jo Bell said the scheme had taken 300 blades off the streets.",
     "knife amnesty", {"scheme"}),
    # "X, known as Y": one node, under the proper name
    ("The force launched a youth diversion programme, known as Fresh Start, in 2019. Jo Bell praised Fresh Start.",
     "Fresh Start", {"youth diversion programme"}),
    # an epithet ("flagship") marks a description of a policy already named in the sentence
    ("Jo Bell mounted a defence of curfew orders after the minister moved to scrap her predecessor's flagship "
     "measure to curb disorder.", "curfew orders", {"flagship measure to curb disorder"}),
    # a definite description that only judges ("the damning review") is the one policy of its head named before
    ("The Hale review of custody deaths was published in May. In the wake of the damning review, Jo Bell resigned.",
     "Hale review of custody deaths", {"damning review"}),
    # a vocabulary name's words after its head ("review of government spending") name that policy
    ("Ministers began the spending review in May. Jo Bell said the review of government spending ignored "
     "policing.", "spending review", {"review of government spending"}),
    # a plan "to give X" where X is a policy named in its words is X: one node, under X's name
    ("The minister announced plans to give councils new powers to shut noisy bars. Jo Bell said the powers would "
     "help residents.", "powers to shut noisy bars", {"plans to give councils new powers"}),
    # a short name with the noun before the head ("curfew powers") and the long one with it after, in the plural
    ("Jo Bell welcomed the curfew powers on Monday. The council was granted powers to impose curfews on teenagers "
     "last year.", "curfew powers", {"powers to impose curfews on teenagers"}),
    # a pledge whose act ("recruit 3,500 prison officers") names the policy with the same number and fewer words
    ("The mayor promised to recruit 3,500 prison officers. Jo Bell said the recruitment of 3,500 extra "
     "prison officers would take years.", "recruitment of 3,500 extra prison officers",
     {"promised to recruit 3,500 prison officers"}),
    # "a consultation on the plan ... the plan": the plan named before, never the consultation its word ends
    ("Jo Bell will publish her Police and Crime Plan in June. A formal consultation on the plan begins in May, and "
     "Tom Hale said the plan was late.", "Police and Crime Plan", {"plan"}),
    # "plans for X": the plan is X
    ("The minister unveiled plans for a knife amnesty in March. Jo Bell said the amnesty would fail.",
     "knife amnesty", {"plans for a knife amnesty"}),
], ids=["apposition-owner", "apposition-owner-two-words", "the-measure", "the-scheme", "known-as-proper-name",
        "epithet", "judged-again", "vocabulary-name-inverted", "plan-to-give-a-policy", "short-name-plural",
        "pledge-counted-again", "the-plan-after-a-consultation-on-it", "plans-for-a-policy"])
def test_a_description_the_text_equates_with_a_policy_is_that_policy(extract_text, text, label, forms):
    ex = extract_text(HEADLINE + text)
    (policy,) = [p for p in ex.policies if p.name == label]
    assert forms <= {ev.text for ev in policy.mentions}, [(p.name, p.aliases) for p in ex.policies]


@pytest.mark.parametrize("text, labels, refers_to_none", [
    # two fitting candidates: "the measure" refers to neither
    ("The council introduced public spaces protection orders and curfew orders. Jo Bell said the measure had "
     "failed.", ["public spaces protection orders", "curfew orders"], "measure"),
    # a list after an apposition-like comma is no apposition
    ("Jo Bell criticised curfew orders, the minister's dispersal scheme and the pay award.",
     ["curfew orders", "dispersal scheme", "police pay award"], ""),
    # a freeze on recruitment is not the recruitment programme that "the programme" refers to
    ("Forces imposed a recruitment freeze in 2011. The government later launched a recruitment programme. Jo Bell "
     "said the programme came too late.", ["police recruitment freeze", "recruitment programme"], ""),
    # a new flagship measure is another measure; with two candidates an epithet names neither
    ("Jo Bell backed curfew orders. The minister unveiled a new flagship measure to curb disorder.",
     ["curfew orders", "flagship measure to curb disorder"], ""),
    ("Jo Bell backed curfew orders and dispersal orders. The minister scrapped his predecessor's flagship measure "
     "to curb disorder.", ["curfew orders", "dispersal orders", "flagship measure to curb disorder"], ""),
    # two reports named before "the scathing report": it is neither
    ("The Cole report on custody deaths and the Hale report on stop and search were published in June. Jo Bell said "
     "the scathing report had ended her career.", ["Cole report", "Hale report on stop and search", "scathing report"], ""),
    # a word more than the vocabulary name ("police spending"): another review
    ("Ministers began the spending review in May. Jo Bell said the review of police spending ignored policing.",
     ["spending review", "review of police spending"], ""),
    # a plan to review (cut, scrap ...) a power is not the power
    ("Jo Bell backed powers to close nightclubs. The minister announced a plan to review powers to close "
     "nightclubs.", ["powers to close nightclubs", "plan to review powers"], ""),
    # a short name that two long names fit names neither
    ("Jo Bell welcomed the curfew powers on Monday. The council sought powers to impose curfews, and Tom Hale "
     "sought powers to lift curfews.", ["curfew powers", "powers to impose curfews", "powers to lift curfews"], ""),
    # another number: another recruitment; no number and a word more ("prison"): nothing says it is the same
    ("The minister pledged to start recruiting 5,000 prison officers. Jo Bell said the recruitment of 3,000 new "
     "prison officers would take years.", ["pledge to start recruiting 5,000 prison officers",
                                           "recruitment of 3,000 new prison officers"], ""),
    ("The mayor pledged to begin hiring wardens. Jo Bell said the recruitment of park wardens would "
     "take years.", ["pledge to begin hiring wardens", "recruitment of park wardens"], ""),
    # "plans for a review of X": the review, not X
    ("The minister unveiled plans for a review of the knife amnesty. Jo Bell said the amnesty had failed.",
     ["review of the knife amnesty", "knife amnesty"], ""),
], ids=["two-candidates", "list", "freeze-and-programme", "new-epithet", "epithet-two-candidates",
        "judged-two-candidates", "inverted-with-another-word", "plan-to-review", "short-name-two-candidates",
        "pledge-another-number", "pledge-no-number-another-word", "plans-for-a-review-of-it"])
def test_two_policies_are_never_one_node(extract_text, text, labels, refers_to_none):
    ex = extract_text(HEADLINE + text)
    keys = {p.key for p in ex.policies if p.name in labels}
    assert len(keys) == len(labels), [(p.key, p.name, [ev.text for ev in p.mentions]) for p in ex.policies]
    assert not any(ev.text == refers_to_none for p in ex.policies for ev in p.mentions)


@pytest.mark.parametrize("text, label, count", [
    # "curfew orders" said after "plans to scrap curfew orders" are the orders, not the plan to scrap them
    ("The minister announced plans to scrap curfew orders. Jo Bell said curfew orders had worked.",
     "curfew orders", 2),
], ids=["named-after-a-plan-to-scrap-it"])
def test_a_policy_named_inside_a_plan_keeps_its_later_mentions(extract_text, text, label, count):
    ex = extract_text(HEADLINE + text)
    (policy,) = [p for p in ex.policies if p.name == label]
    assert len(policy.mentions) == count, [(p.name, [ev.text for ev in p.mentions]) for p in ex.policies]


OWN_CORPUS = {
    "a-kent-plan.txt": "12 May 2021\n\nKent's Police and Crime Plan promises more patrols in rural villages.\n\n"
                       "Jo Bell, the county's commissioner, defended stop and search in Margate.\n",
    "b-kent-again.txt": "3 June 2021\n\nTom Hale criticised the Kent Police and Crime Plan on Thursday.\n\n"
                        "He said stop and search had failed young people.\n",
    "c-essex-plan.txt": "9 June 2021\n\nThe Police and Crime Plan for Essex was published on Monday.\n\n"
                        "Ann Cole said the plan ignored burglary.\n",
    "d-whose-plan.txt": "Residents were asked about the Police and Crime Plan.\n\n"
                        "Sam Reid said the Police and Crime Plan was too vague.\n",
}


def test_a_corpus_of_our_own_keeps_each_bodys_plan_apart_and_a_national_power_one(tmp_path):
    from graphbuild.pipeline import build
    from rdflib import Graph
    from rdflib.namespace import PROV

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in OWN_CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build([folder], out=tmp_path / "out", formats=["ttl"], use_cache=False)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    plans = policy_nodes(graph, "Police and Crime Plan")
    sources = sorted(sorted(str(graph.value(a, GB.sourceFile)) for a in graph.objects(p, PROV.wasDerivedFrom))
                     for p in plans)
    # Kent's plan in two articles is one node; Essex's another; the plan of nobody named its article's own
    assert sources == [["a-kent-plan.txt", "b-kent-again.txt"], ["c-essex-plan.txt"], ["d-whose-plan.txt"]]
    (power,) = policy_nodes(graph, "stop and search")
    assert len(set(graph.objects(power, PROV.wasDerivedFrom))) == 2


@pytest.mark.parametrize("texts, label, nodes", [
    # one article names the powers both ways ("drone powers", "powers to ground rogue drones"); another
    # only the long way: one node for the corpus
    (["Assembly rejects council over drone powers\n\n3 May 2023\n\nThe council was beaten over plans to "
      "give wardens new powers to ground rogue drones. Jo Bell said the powers were wrong.\n",
      "Chiefs meet ministers\n\n5 May 2023\n\nTom Hale backed powers to ground rogue drones on Friday.\n"],
     "powers to ground rogue drones", 1),
    # an article that keeps the two apart (two policies side by side) keeps them two for the corpus
    (["Assembly rejects council over drone powers\n\n3 May 2023\n\nThe council was beaten over plans to "
      "give wardens new powers to ground rogue drones. Jo Bell said the powers were wrong.\n",
      "Ministers weigh new laws\n\n5 May 2023\n\nTom Hale backed drone powers in March. Ann Cole backed powers "
      "to ground rogue drones in May, and Sam Reid backed powers to ban drones.\n"],
     "powers to ground rogue drones", 2),
], ids=["named-both-ways-in-one-article", "kept-apart-in-another"])
def test_a_policy_named_two_ways_is_one_node_across_a_corpus(tmp_path, texts, label, nodes):
    from graphbuild.pipeline import build
    from rdflib import Graph

    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    build([folder], out=tmp_path / "out", formats=["ttl"], use_cache=False)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    found = {s for s in graph.subjects(RDF.type, GB.Policy)
             if ({str(o) for o in graph.objects(s, RDFS.label)} | {str(o) for o in graph.objects(s, SKOS.altLabel)})
             & {label, "drone powers"}}
    assert len(found) == nodes, [(str(s), sorted(map(str, graph.objects(s, SKOS.altLabel)))) for s in found]


@pytest.mark.parametrize("text, forms", [
    # a headline's short name of a plan and the body's fuller wording (synonym verbs, a number and a word more)
    ("Council row over plan to close village libraries\n\nCouncillors clashed on Monday over proposals to shut nine "
     "village public libraries.", {"plan to close village libraries",
                                   "proposals to shut nine village public libraries"}),
    # two wordings in the body naming the same act on the same thing
    (HEADLINE + "The council unveiled plans to close the Elm Street library in May. Tom Hale wrote to Jo Bell, who "
     "had pledged to shut the Elm Street library.", {"plans to close the Elm Street library",
                                                     "pledged to shut the Elm Street library"}),
    # scrap and halt are one ending; the thing's words before or after its head
    ("Mayor vows to scrap congestion charge rise\n\nThe mayor has pledged to halt a rise in the congestion charge if "
     "she is re-elected in May.", {"vows to scrap congestion charge rise",
                                   "pledged to halt a rise in the congestion charge"}),
    # a nominal plan ("hospital closure programme") and the same plan noun with the act's verb after it
    ("Nurses criticise hospital closure programme\n\nThe health board's programme to close three community "
     "hospitals was approved on Tuesday, Jo Bell said.", {"hospital closure programme",
                                                        "programme to close three community hospitals"}),
    # a headline's nominal name ("rural station closures": the act's noun last) and the body's plan
    ("Board split over rural station closures\n\nThe force announced proposals to shut eleven rural police stations "
     "on Monday.", {"rural station closures", "proposals to shut eleven rural police stations"}),
    # a later definite wording with fewer words refers back to the one plan it fits
    (HEADLINE + "The force announced plans to close rural stations. Jo Bell opposed the station closures.",
     {"plans to close rural stations", "station closures"}),
    # devolving powers and transferring them are one act
    (HEADLINE + "The assembly backed the devolution of housing powers in May. Jo Bell said the transfer of housing "
     "powers had been rushed.", {"devolution of housing powers", "transfer of housing powers"}),
    # the same body again, as a common noun: one plan
    (HEADLINE + "Surrey Police announced plans to close six depots. Later the force unveiled plans to shut six "
     "depots.", {"plans to close six depots", "plans to shut six depots"}),
], ids=["headline-short-name", "body-synonym-verbs", "headline-scrap-body-halt", "nominal-and-verbal-plan",
        "headline-nominal-name", "definite-short-wording", "devolution-and-transfer",
        "the-same-announcer-as-a-common-noun"])
def test_one_plan_in_two_wordings_is_one_node(extract_text, text, forms):
    ex = extract_text(text)
    assert any(forms <= {ev.text for ev in p.mentions} for p in ex.policies), \
        [(p.name, [ev.text for ev in p.mentions]) for p in ex.policies]


@pytest.mark.parametrize("text, labels", [
    # two numbers: two plans
    (HEADLINE + "The force announced plans to close 11 stations in March. In June the board backed proposals to "
     "shut 12 stations.", ["plans to close 11 stations", "proposals to shut 12 stations"]),
    # a word more in the body ("prison"): nothing says it is the same recruitment
    (HEADLINE + "The mayor pledged to begin hiring wardens. Jo Bell pledged to recruit park wardens.",
     ["pledge to begin hiring wardens", "pledge to recruit park wardens"]),
    # closing and reopening one thing are two plans
    (HEADLINE + "The council announced plans to close the leisure centre. Jo Bell backed a plan to reopen the "
     "leisure centre.", ["plans to close the leisure centre", "plan to reopen the leisure centre"]),
    # a headline's short name that two body plans fit names neither
    ("Board split over plan to close stations\n\nThe force announced plans to close rural stations in March. In June "
     "it unveiled plans to close city stations.", ["plan to close stations", "plans to close rural stations",
                                                   "plans to close city stations"]),
    # the nominal plan's thing ("hospital") is not the verbal plan's ("clinics")
    ("Nurses criticise hospital closure programme\n\nThe health board's programme to close two clinics was "
     "approved on Tuesday, Jo Bell said.", ["hospital closure programme", "programme to close two clinics"]),
    # a definite short wording two plans fit refers to neither
    (HEADLINE + "The force announced plans to close rural stations in March. In June it unveiled plans to close city "
     "stations. Jo Bell opposed the station closures.", ["plans to close rural stations",
                                                         "plans to close city stations", "station closures"]),
    # a definite wording with another number is another closure
    (HEADLINE + "The force announced plans to close 11 stations. Jo Bell opposed the closure of 12 stations.",
     ["plans to close 11 stations", "closure of 12 stations"]),
    # the same act on other powers
    (HEADLINE + "The assembly backed the devolution of housing powers in May. Jo Bell said the transfer of planning "
     "powers had been rushed.", ["devolution of housing powers", "transfer of planning powers"]),
    # a first line that is a lede, not a headline, does not shorten: a word more in the next is another plan
    ("The force announced a plan to close rural stations on Monday, and the board heard from farmers about it.\n\n"
     "Councillors later backed proposals to shut eleven rural police stations.",
     ["plan to close rural stations", "proposals to shut eleven rural police stations"]),
    # two names announce them: two plans
    (HEADLINE + "Surrey Police announced plans to close six depots in May. In July Sussex Police unveiled plans to "
     "shut six depots.", ["plans to close six depots", "plans to shut six depots"]),
], ids=["two-numbers", "a-word-more-in-the-body", "close-and-reopen", "headline-two-candidates",
        "nominal-plan-of-another-thing", "definite-two-candidates", "definite-another-number",
        "transfer-of-other-powers", "a-lede-is-no-headline", "two-announcers"])
def test_two_plans_of_one_kind_stay_two(extract_text, text, labels):
    ex = extract_text(text)
    keys = {p.key for p in ex.policies if p.name in labels}
    assert len(keys) == len(labels), [(p.key, p.name) for p in ex.policies]


@pytest.mark.parametrize("name, numbers", [
    ("closure of five depots in 2031", {"five"}),
    ("closure of 40 depots by 1999", {"40"}),
], ids=["a-year-after", "a-number-and-a-year"])
def test_a_year_is_no_number_of_an_act(name, numbers):
    """"close five depots in 2031" and "shut five depots" may be one plan: the year says when, not how many."""
    from graphbuild.extract.identity import _act_parts

    assert _act_parts(name)[2] == frozenset(numbers)
