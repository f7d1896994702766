"""Roles: posts people hold, read from the usual newspaper forms; role mentions resolved."""
from __future__ import annotations

import pytest

HEADLINE = "Police pay row deepens\n"


def entity_name(extraction, key):
    names = [e.name for e in extraction.entities if e.key == key]
    assert len(names) == 1, (key, [e.key for e in extraction.entities])
    return names[0]


@pytest.mark.parametrize(
    "text, person, title, org, jurisdiction",
    [
        # title before the name; the post's department comes from the gazetteer when the article names it
        ("The Home Office confirmed the award. Home Secretary Jane Porter said the pay award was fair.",
         "Jane Porter", "Home Secretary", "org:home-office", ""),
        # ... and is left empty when it does not (no entity to point to)
        ("Home Secretary Jane Porter said the pay award was fair.", "Jane Porter", "Home Secretary", "", ""),
        # title after the name, organisation after "of"
        ("Tom Ellison, chairman of the Police Federation, said officers were angry.",
         "Tom Ellison", "Chair of the Police Federation", "org:police-federation-of-england-and-wales", ""),
        # title, place, then the name in apposition
        ("Speaking on Monday, the mayor of London, Ann Lee, said the city needed more officers.",
         "Ann Lee", "Mayor of London", "", "place:london"),
        # name in brackets after the title
        ("The Home Office confirmed the award on Monday. The Minister for Policing (Mr Tom Hale) said the "
         "government would act.", "Tom Hale", "Policing Minister", "org:home-office", ""),
        # organisation before the title
        ("Metropolitan Police chief Ann Lee said knife crime had fallen.",
         "Ann Lee", "Police Chief", "org:metropolitan-police-service", ""),
        # possessive organisation, name in apposition
        ("The Metropolitan Police said crime had fallen. The Met's commissioner, Ann Lee, said officers had "
         "worked hard.", "Ann Lee", "Commissioner", "org:metropolitan-police-service", ""),
        # name, then the title in apposition
        ("Jane Porter, the home secretary, said the award was fair.", "Jane Porter", "Home Secretary", "", ""),
        # a rank with no body beside it, in a story naming one police force, is in that force
        ("Kent Police confirmed the change on Monday. Deputy Chief Constable Ann Lee said the force was ready.",
         "Ann Lee", "Deputy Chief Constable", "org:kent-police", ""),
        # ... but not when the story names two forces
        ("Kent Police and Essex Police confirmed the merger. Deputy Chief Constable Ann Lee said it was overdue.",
         "Ann Lee", "Deputy Chief Constable", "", ""),
        # a rank for a place, in a story naming two forces: the force of that place
        ("Kent Police and Essex Police will merge. Kent's chief constable, Ann Lee, said the plan was ready.",
         "Ann Lee", "Chief Constable", "org:kent-police", "place:kent"),
        # a seat on a body's board
        ("Ann Lee, a member of the board of the Scottish Police Authority, said the plan was flawed.",
         "Ann Lee", "Board Member", "org:scottish-police-authority", ""),
        # a minister with no department of their own is in the one the story names for their brief
        ("The Ministry of Justice confirmed the cut. Justice Minister Ann Lee said it was needed.",
         "Ann Lee", "Justice Minister", "org:ministry-of-justice", ""),
        # ... but not one the gazetteer places in another government
        ("The Ministry of Justice confirmed the cut. The Scottish Justice Secretary, Ann Lee, said it was needed.",
         "Ann Lee", "Cabinet Secretary for Justice", "", ""),
        # an aide's post is no post of the one they serve
        ("Ann Lee, the mayor's chief of staff, said the plan was flawed.", "Ann Lee", "Chief of Staff", "", ""),
        # "the panel": the one panel the story names (whose area it does not say: the article's own)
        ("The local police and crime panel met on Monday. The chairman of the panel, Tom Ellison, resigned.",
         "Tom Ellison", "Chairman", "named:Police and Crime Panel", ""),
        # a post that runs a body, right after a sentence whose subject is a body: a post there
        ("The College of Policing has warned of delays in training. Chief executive Ann Lee said money was short.",
         "Ann Lee", "Chief Executive", "org:college-of-policing", ""),
        # ... so is a seat on its board
        ("The Scottish Police Authority has approved the budget. Board member Ann Lee said the cuts were unfair.",
         "Ann Lee", "Board Member", "org:scottish-police-authority", ""),
        # ... not when its own sentence names another body
        ("The College of Policing has warned of delays in training. Chief executive Ann Lee said Kent Police was "
         "short of money.", "Ann Lee", "Chief Executive", "", ""),
        # a rank before the name, the body after it with "of": a post in that body (two forces named)
        ("Kent Police and Essex Police ran the search together. Detective Superintendent Ann Lee of Essex Police "
         "said it would go on.", "Ann Lee", "Detective Superintendent", "org:essex-police", ""),
        # a force's name, then a lowercase rank: the rank whose head word comes last, not "police chief"
        ("Kent Police chief constable Ann Lee said the road was shut.", "Ann Lee", "Chief Constable",
         "org:kent-police", ""),
        # "an able chief constable in Ann Lee": the name after "in" holds the post (construction a-post-in-name)
        ("Kent Police met on Monday. Tom Hale said: “We now have an able chief constable in Ann Lee.”",
         "Ann Lee", "Chief Constable", "org:kent-police", ""),
        # a rank's letters the gazetteer lists, before the name (capitals, but no shouting)
        ("DCI Ann Lee said the inquiry would go on.", "Ann Lee", "Detective Chief Inspector", "", ""),
        ("ACC Ann Lee of Kent Police said the inquiry would go on.", "Ann Lee", "Assistant Chief Constable",
         "org:kent-police", ""),
        # a judge's style before the name, which the tagger reads as part of the name ("Justice Ann Lee")
        ("The sacking was quashed on Friday by Mrs Justice Ann Lee, who found the panel had acted unfairly.",
         "Ann Lee", "High Court Judge", "", ""),
    ],
    ids=["home-secretary", "home-secretary-no-dept", "chairman-of", "mayor-of-place", "minister-brackets",
         "org-chief", "org-possessive-commissioner", "name-comma-title", "rank-in-the-one-force",
         "rank-among-two-forces", "rank-of-a-forces-area", "member-of-the-board", "portfolio-department", "portfolio-elsewhere",
         "chief-of-staff",
         "chairman-of-the-panel", "post-in-the-body-just-spoken-of", "board-seat-in-the-body-just-spoken-of",
         "not-when-its-sentence-names-a-body",
         "rank-name-of-body", "force-then-lowercase-rank", "a-post-in-name", "rank-letters", "rank-letters-of-body",
         "judge-style-in-the-name"],
)
def test_roles(extract_text, gaz, text, person, title, org, jurisdiction):
    ex = extract_text(HEADLINE + text)
    assert len(ex.roles) == 1, ex.roles
    role = ex.roles[0]
    assert entity_name(ex, role.person) == person
    assert role.title == title
    assert gaz.title_for(title) is not None and gaz.title_for(title).title == title
    assert role.category == gaz.title_for(title).category
    if org.startswith("named:"):  # a body no gazetteer entry stands for: its entity, by name
        assert entity_name(ex, role.organisation) == org[6:]
        return
    assert role.organisation == org
    if org:
        assert org.startswith("org:") and org[4:] in gaz.orgs
        assert entity_name(ex, org) == gaz.orgs[org[4:]].label
    assert role.jurisdiction == jurisdiction
    if jurisdiction:
        assert entity_name(ex, jurisdiction)
    # the role's evidence is the title as written
    assert role.evidence is not None
    assert ex.article.text[role.evidence.start:role.evidence.end] == role.evidence.text
    assert role.evidence.text.lower().replace("'s", "") in text.lower()


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Home Secretary Jane Porter visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "The home secretary said: “We will recruit more officers this year.”",
         "recruit more officers", "Jane Porter"),
        ("Home Secretary Jane Porter visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "“We will recruit more officers this year,” the home secretary said.",
         "recruit more officers", "Jane Porter"),
        ("Jane Porter, the home secretary, visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "Later the home secretary told reporters: “We will recruit more officers this year.”",
         "recruit more officers", "Jane Porter"),
        ("The Met's commissioner, Ann Lee, visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "The commissioner said: “Knife crime is falling in every borough.”",
         "Knife crime is falling", "Ann Lee"),
        # a definite title as the subject right after a sentence about one person describes that person
        ("Tom Ellison unveiled the budget on Monday.\n"
         "Earlier the chancellor had told reporters: “We will recruit more officers this year.”",
         "recruit more officers", "Tom Ellison"),
        # ... as does a party's post beside an office they hold
        ("First Minister Ann Lee visited the hospital on Monday.\n"
         "The Green leader said: “We will recruit more officers this year.”",
         "recruit more officers", "Ann Lee"),
        # a bare title ("X Police Commissioner") is the one person holding a post the word ends
        ("Police and crime commissioner Ann Lee visited Leeds on Monday. Tom Ellison met her at the station.\n"
         "Kent Police Commissioner vows: “Knife crime is falling in every borough.”",
         "Knife crime is falling", "Ann Lee"),
        # a headline's topic before its colon is not the person it speaks of
        ("Tom Ellison inquest: Jane Porter vows to act\n\nThe home secretary said: “We will recruit more "
         "officers this year.”", "recruit more officers", "Jane Porter"),
    ],
    ids=["title-said-colon", "quote-then-title-said", "apposition-then-told", "commissioner",
         "described-after-one-person", "party-post-of-an-office-holder", "bare-word-of-a-fuller-post",
         "headline-topic-before-colon"],
)
def test_role_mention_speaks_for_the_post_holder(extract_text, text, fragment, speaker):
    # Tom Ellison is the last person named before the quote (bar the described ones): only the role
    # mention points to the holder.
    ex = extract_text(HEADLINE + text)
    quotes = [q for q in ex.quotes if fragment in q.text]
    assert len(quotes) == 1, ex.quotes
    assert quotes[0].speaker and entity_name(ex, quotes[0].speaker) == speaker
    # the role mention adds no new person, nor a post to anyone else
    assert {entity_name(ex, r.person) for r in ex.roles} == {speaker}
    assert {e.name for e in ex.entities if e.kind == "person"} <= {speaker, "Tom Ellison", "Ann Lee"}


def test_title_of_a_body_then_the_name(extract_text):
    extraction = extract_text("Police pay row deepens\n\nThe chief constable of West Midlands Police, Tom Ellison, "
                              "warned of cuts.\n")
    names = {e.key: e for e in extraction.entities}
    roles = [(names[r.person].name, r.title, r.organisation) for r in extraction.roles]
    assert roles == [("Tom Ellison", "Chief Constable", "org:west-midlands-police")]
    assert "PoliceOfficer" in next(e for e in extraction.entities if e.name == "Tom Ellison").types


def _roles(extraction):
    names = {e.key: e.name for e in extraction.entities}
    return {(names[r.person], r.title, r.qualifier, names.get(r.organisation, "")) for r in extraction.roles}


def _links(extraction, predicate):
    names = {e.key: e.name for e in extraction.entities}
    return {(names[r.subject], names[r.object]) for r in extraction.relations if r.predicate == predicate}


@pytest.mark.parametrize(
    "text, role",
    [
        # possessive body (a definite description resolved to the one federation named), qualifier kept
        ("The Police Federation met on Monday. Tom Ellison, the federation's outgoing chair, said pay was too low.",
         ("Tom Ellison", "Chair", "outgoing", "Police Federation of England and Wales")),
        # name, then a qualified post of a body in apposition
        ("Tom Ellison, the former deputy chief constable of Kent Police, said crime had risen.",
         ("Tom Ellison", "Deputy Chief Constable", "former", "Kent Police")),
        # a verb of appointment with "as"
        ("Ann Lee was appointed as chief constable of Kent Police in May.",
         ("Ann Lee", "Chief Constable", "", "Kent Police")),
        # a verb of leaving with "as": the post is a former one
        ("Tom Ellison resigned as chair of the Police Federation last year.",
         ("Tom Ellison", "Chair of the Police Federation", "former", "Police Federation of England and Wales")),
        # ... said of a pronoun whose antecedent is the one person of the sentence before
        ("Tom Ellison joined Kent Police in 2001. He left his job as deputy chief constable of Kent Police to run "
         "a charity.", ("Tom Ellison", "Deputy Chief Constable", "former", "Kent Police")),
        # copula
        ("Ann Lee is the chief constable of Kent Police.", ("Ann Lee", "Chief Constable", "", "Kent Police")),
        # "previously served as": a post held before
        ("Ann Lee previously served as deputy chief constable of Kent Police.",
         ("Ann Lee", "Deputy Chief Constable", "former", "Kent Police")),
        # "deputy" makes another post, even where the gazetteer lists only the chair
        ("Tom Ellison, deputy chair of the Home Affairs Committee, said it was wrong.",
         ("Tom Ellison", "Deputy Chair of the Home Affairs Committee", "", "Home Affairs Committee")),
        # "its": the body that was the subject of the sentence before; a name the tagger takes for a body,
        # set beside the title, is still the person's
        ("Tom Ellison fell out with the force's police and crime commissioner.\n\nThe commissioner, Ann Lee, said "
         "she was disappointed.", ("Ann Lee", "Police and Crime Commissioner", "", "")),
        ("Kent Police said it would cut 450 posts. Its chief constable, Ann Lee, said the cuts were painful.",
         ("Ann Lee", "Chief Constable", "", "Kent Police")),
        # "the force" among several police bodies: the latest force named before it, never the federation
        ("Bills will rise for Kent Police. The Kent Police Federation welcomed it.\n\nThe force's chief "
         "constable, Ann Lee, backed the plan. Essex Police cut officers.",
         ("Ann Lee", "Chief Constable", "", "Kent Police")),
        ("The Independent Office for Police Conduct opened an inquiry.\n\nThe watchdog said officers were "
         "suspended. Its regional director, Ann Lee, said the family knew.",
         ("Ann Lee", "Director", "", "Independent Office for Police Conduct")),
        ("Labour criticised the Home Office. Its leader, Tom Ellison, said it had failed.",
         ("Tom Ellison", "Leader", "", "Labour Party")),
        ("The Police Federation called for a review. Its national chair, Tiffany Lynch, described it as unfair.",
         ("Tiffany Lynch", "National Chair", "", "Police Federation of England and Wales")),
        # a qualifier the parser hangs on the name, before the title that precedes it, still qualifies the post
        ("The panel will replace the disgraced former Chief Constable Tom Ellison of Kent Police next year.",
         ("Tom Ellison", "Chief Constable", "former", "Kent Police")),
        # a word for standing in, right before the title, qualifies it however the parser hangs it
        ("Kent Police confirmed it on Monday. Temporary Chief Constable Tom Ellison said the force was ready.",
         ("Tom Ellison", "Chief Constable", "temporary", "Kent Police")),
        # taking a post with the post as the verb's complement, in a relative clause, or "named X as"
        ("Tom Ellison was appointed chief constable of Kent Police in May.",
         ("Tom Ellison", "Chief Constable", "", "Kent Police")),
        ("Kent Police confirmed it on Monday. Tom Ellison, who became chief constable in 2019, said crime fell.",
         ("Tom Ellison", "Chief Constable", "", "Kent Police")),
        ("Kent Police named Ann Lee as its new chief constable.",
         ("Ann Lee", "Chief Constable", "", "Kent Police")),
        ("Tom Ellison, who was appointed chief executive of the Northshire Trust last year, said rents rose.",
         ("Tom Ellison", "Chief Executive", "", "Northshire Trust")),
        ("Tom Ellison, who is also chair of the Northshire Trust, said rents rose.",
         ("Tom Ellison", "Chair", "", "Northshire Trust")),
        # the body after "of" is a kind noun set beside its name: the named body
        ("Ann Lee, chief executive of the charity Crisis, said rents rose.",
         ("Ann Lee", "Chief Executive", "", "Crisis")),
    ],
    ids=["possessive-outgoing", "appos-former-of", "appointed-as", "resigned-as", "pronoun-left-job-as", "copula", "previously-served-as",
         "deputy-is-another-post",         "bare-title-is-the-post-named-before",
         "its-the-previous-subject", "the-force-latest-fitting", "its-the-described-subject", "its-the-subject-not-the-object", "its-beside-a-name-tagged-as-a-body",
         "qualifier-on-the-name", "standing-in-before-the-title", "appointed-complement", "who-became",
         "named-as-complement", "who-was-appointed-post", "who-is-post", "of-the-kind-noun-then-name"],
)
def test_post_read_from_the_grammar(extract_text, text, role):
    assert role in _roles(extract_text(HEADLINE + text))


def test_plural_title_goes_to_each_name_and_party_to_each_holder(extract_text):
    ex = extract_text(HEADLINE + "Two former Labour home secretaries, Mary Stone and Ann Lee, attacked the plan.")
    assert {(p, t, q) for p, t, q, _ in _roles(ex)} == {("Mary Stone", "Home Secretary", "former"),
                                                        ("Ann Lee", "Home Secretary", "former")}
    assert all(org != "Labour Party" for *_, org in _roles(ex))  # the party is a membership, not the post's body
    assert _links(ex, "memberOf") == {("Mary Stone", "Labour Party"), ("Ann Lee", "Labour Party")}


@pytest.mark.parametrize("mention", ["a chief constable", "a new chief constable", "any chief constable",
                                     "another chief constable"])
def test_an_indefinite_post_is_nobody_in_particular(extract_text, mention):
    """"a chief constable" is not the chief constable the article names, nor one the corpus knows."""
    ex = extract_text(HEADLINE + "Ruth Kell is the chief constable of Kent Police.\n"
                      f"“Nobody stays in the job for long,” {mention} told the police board.")
    quote = next(q for q in ex.quotes if "Nobody stays" in q.text)
    assert quote.speaker == ""
    assert not [m for q in ex.quotes for m in q.mentions if m.startswith("title:")]


def test_former_holder_is_not_the_holder(extract_text):
    ex = extract_text(HEADLINE + "Two former home secretaries, Mary Stone and Ann Lee, attacked the plan.\n"
                      "The home secretary said: “We will recruit more officers this year.”")
    quote = next(q for q in ex.quotes if "recruit more officers" in q.text)
    assert [e.name for e in ex.entities if e.key == quote.speaker] == ["Home Secretary"]  # known by post only


@pytest.mark.parametrize(
    "text, person, party",
    [
        ("Labour's Ann Lee said the plan would fail.", "Ann Lee", "Labour Party"),
        ("Conservative MP Mary Stone voted against the bill.", "Mary Stone", "Conservative Party"),
        ("Mary Stone (Con) asked about the cuts.", "Mary Stone", "Conservative Party"),
        ("Ann Lee, the Liberal Democrat justice spokesperson, said it was wrong.", "Ann Lee", "Liberal Democrats"),
        ("Tom Ellison of the Police Federation said pay was too low.", "Tom Ellison",
         "Police Federation of England and Wales"),
        # a party word the name finders do not take alone is a party before a political title
        ("Green peer Ann Lee described the plans as nasty.", "Ann Lee", "Green Party"),
        # a bracketed party and seat after the name
        ("Tom Reed (Conservative, Northgate) said the plan was unfair.", "Tom Reed", "Conservative Party"),
        ("Tom Reed, Conservative, said the plan was unfair.", "Tom Reed", "Conservative Party"),
    ],
    ids=["possessive", "party-before-title", "party-tag", "appos-party-spokesperson", "of-body", "party-word-title",
         "party-and-seat-tag", "party-between-commas"],
)
def test_membership(extract_text, text, person, party):
    assert (person, party) in _links(extract_text(HEADLINE + text), "memberOf")


def test_party_spokesperson_is_a_post_in_the_party(extract_text):
    ex = extract_text(HEADLINE + "Ann Lee, the Liberal Democrat justice spokesperson, said it was wrong.")
    assert ("Ann Lee", "Spokesperson", "", "Liberal Democrats") in _roles(ex)


def test_who_heads(extract_text):
    ex = extract_text(HEADLINE + "Tom Ellison, who heads the Police Federation, said pay was too low.")
    assert _links(ex, "leads") == {("Tom Ellison", "Police Federation of England and Wales")}


# Issue 14: a post is given only to the name the grammar attaches it to.

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inspector Tom Ellison, Detective Sergeant Ann Lee and Sergeant Mark Hale gave evidence.",
         {("Tom Ellison", "Inspector"), ("Ann Lee", "Detective Sergeant"), ("Mark Hale", "Sergeant")}),
        ("Tom Ellison, Inspector Ann Lee and Mark Hale gave evidence.", {("Ann Lee", "Inspector")}),
        ("Chief Inspector Tom Ellison, Ann Lee, Detective Sergeant Mark Hale and Paul Reed were praised.",
         {("Tom Ellison", "Chief Inspector"), ("Mark Hale", "Detective Sergeant")}),
        # the name after a rank is not recognised: the rank is still not the previous name's
        ("The court heard Inspector Tom Ellison, Detective Sergeant Kev and PC Mo.", {("Tom Ellison", "Inspector")}),
    ],
    ids=["each-rank-its-name", "rank-in-the-middle", "ranked-and-unranked", "rank-before-unknown-name"],
)
def test_ranks_in_a_list_bind_to_their_own_names(extract_text, text, expected):
    ex = extract_text(HEADLINE + text)
    assert {(p, t) for p, t, _, _ in _roles(ex)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the commissioner" is the object of the mayor's clause; the name is the subject of "said"
        "Mayor Sadia Khan was elected in May. The mayor criticised the commissioner, Tom Ellison said.",
        # a post named beside another post is not passed to the next sentence's new name
        "Mayor Sadia Khan was elected in May.\nThe mayor criticised the commissioner on Monday.\n"
        "Tom Ellison said the force would respond.",
        # a title right after a sentence about someone who holds a post of its kind is someone else's
        "Mayor Sadia Khan was elected in May.\nThe chief constable said the force would respond.",
        "Mayor Sadia Khan was elected in May.\nThe home secretary said the force would respond.",
        # ... and so is one after a sentence naming two people
        "Mayor Sadia Khan met Tom Ellison in May.\nThe home secretary said the force would respond.",
    ],
    ids=["other-clause", "next-sentence", "other-kind-of-post", "other-post-of-its-kind", "two-people-before"],
)
def test_post_of_one_clause_is_not_given_to_a_person_of_another(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert {(p, t) for p, t, _, _ in _roles(ex)} == {("Sadia Khan", "Mayor")}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, the home secretary's adviser, said the plan would fail.",
        "Jane Doe, the chief constable's deputy, said the plan would fail.",
        "Jane Doe described Tom Ellison as the worst home secretary in years.",
        # a post in a fronted phrase, then the sentence's subject: she wrote to the post, she does not hold it
        "In a letter to the home secretary, Jane Doe said the plan would fail.",
        "According to the chief constable, Jane Doe had been a fine officer.",
        "Unlike the mayor, Jane Doe backs the plan.",
        "Unlike Jane Doe, the home secretary backs the plan.",
        # a pair of names, then a pair of posts: not the last name's alone
        "Tom Ellison and Jane Doe, the policing minister and her shadow, clashed on Monday.",
        # a title after one sentence, a new name described otherwise, or naming the post again, after it
        "The mayor defended the cuts.\nJane Doe, a local trader, said the plan would fail.",
        "The mayor defended the cuts.\nJane Doe said she had written to the mayor.",
        "The mayor defended the cuts.\nJane Doe, whose shop was burgled, said the plan would fail.",
        # a bare title mid-paragraph, after a sentence about someone, introduces nobody
        "Jane Doe runs a charity. The mayor, she said, had ignored it.\nTom Ellison leads the opposition.",
        # a post in what the person of the sentence before says is someone else's
        "Jane Doe runs a charity.\nThe home secretary, she said, had ignored it.",
    ],
    ids=["possessor-title", "possessor-rank", "described-as", "fronted-letter-to", "fronted-according-to",
         "fronted-unlike", "fronted-name-then-subject-post", "pair-of-names-pair-of-posts",
         "next-name-described", "next-sentence-names-the-post", "next-name-with-a-clause", "mid-paragraph-title",
         "post-in-what-she-said"],
)
def test_a_post_that_qualifies_another_noun_is_not_the_neighbours(extract_text, text):
    assert not extract_text(HEADLINE + text).roles


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, the mayor, and Tom Ellison, the policing minister, met on Monday.",
        "He wrote to the policing minister, Tom Ellison, on Monday.",
    ],
    ids=["each-name-its-own-post", "object-with-its-name"],
)
def test_a_post_set_beside_its_own_name_is_kept(extract_text, text):
    assert ("Tom Ellison", "Policing Minister") in {(p, t) for p, t, _, _ in _roles(extract_text(HEADLINE + text))}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe's predecessor as home secretary, Tom Ellison, said the plan was late.",
        "Ex-home secretary Tom Ellison said the plan was late.",
        "The then home secretary, Tom Ellison, said the plan was late.",
        "The late home secretary Tom Ellison once said the plan was late.",
        "Tom Ellison, home secretary between 1997 and 2001, said the plan was late.",
        "Tom Ellison, home secretary from 1997 to 2001, said the plan was late.",
        "Ministers removed Tom Ellison from his post as home secretary.",
        "During Tom Ellison's time as home secretary, the plan was late.",
        "Retired home secretary Tom Ellison said the plan was late.",
        "The retired home secretary, Tom Ellison, said the plan was late.",
        "Tom Ellison, who stepped down as home secretary in 2001, said the plan was late.",
    ],
    ids=["predecessor-as", "ex", "then", "late", "between-dates", "from-date-to-date", "removed-from-post-as",
         "time-as", "retired-before-the-name", "retired-apposition", "who-left-as"],
)
def test_a_post_held_before_reads_former(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert [(entity_name(ex, r.person), r.title, r.qualifier) for r in ex.roles] == [
        ("Tom Ellison", "Home Secretary", "former")]


def test_a_former_post_is_not_the_current_holder(extract_text):
    ex = extract_text(HEADLINE + "Home Secretary Jane Porter visited Leeds on Monday.\n"
                      "The former home secretary said: “The plan will fail.”")
    quote = next(q for q in ex.quotes if "plan will fail" in q.text)
    assert quote.speaker != next(e.key for e in ex.entities if e.name == "Jane Porter")


def test_a_bracketed_party_tag_is_no_rank(extract_text):
    ex = extract_text(HEADLINE + "Dr Ann Lee (Northtown West) (PC): If she will fund rural officers.\n\n"
                      "PC Tom Ellison said crime was falling.")
    assert {(p, t) for p, t, _, _ in _roles(ex)} == {("Tom Ellison", "Police Constable")}
    assert ("Ann Lee", "Plaid Cymru") in _links(ex, "memberOf") or \
        "Politician" in next(e for e in ex.entities if e.name == "Ann Lee").types
    assert "PoliceOfficer" not in next(e for e in ex.entities if e.name == "Ann Lee").types


def test_a_bare_title_opening_a_sentence_is_the_post_named_in_full_before(extract_text):
    ex = extract_text(HEADLINE + "Bills will rise after the county's police and crime commissioner won the vote. "
                      "Commissioner Ann Lee told the panel the rise was needed.")
    assert {(p, t) for p, t, _, _ in _roles(ex)} == {("Ann Lee", "Police and Crime Commissioner")}
    assert next(e for e in ex.entities if e.name == "Ann Lee").types == ("Politician",)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police and crime commissioner Jane Doe backed the plan. The Metropolitan Police Commissioner, Sir Tom "
         "Ellison, did not. Commissioner Ellison said he would wait.",
         {("Jane Doe", "Police and Crime Commissioner"), ("Tom Ellison", "Commissioner of Police of the Metropolis")}),
        ("Detective Inspector Jane Doe made two arrests. Inspector Tom Ellison said the road was shut.",
         {("Jane Doe", "Detective Inspector"), ("Tom Ellison", "Inspector")}),
    ],
    ids=["two-commissioners", "two-inspectors"],
)
def test_a_bare_title_before_a_name_is_not_the_fuller_post_of_another_name(extract_text, text, expected):
    assert {(p, t) for p, t, _, _ in _roles(extract_text(HEADLINE + text))} == expected


def test_a_party_group_leader_on_a_council_does_not_lead_the_party(extract_text):
    ex = extract_text(HEADLINE + "Councillor Tom Ellison, the Labour group leader on Northshire County Council, "
                      "said the rise was unfair.")
    roles = {(p, t, o) for p, t, _, o in _roles(ex)}
    assert ("Tom Ellison", "Group Leader", "Labour Party") in roles
    assert not any(t == "Leader" for _, t, _ in roles)


@pytest.mark.parametrize("text, post", [
    # a party's leader "of" a council leads the council; the party word is the holder's membership
    ("Ann Lee, the Labour leader of Westdale Council, said the rise was unfair.", ("Leader", "Westdale Council")),
    # with no body after it, the party's leader it is
    ("Ann Lee, the Labour leader, said the rise was unfair.", ("Leader of the Labour Party", "Labour Party")),
])
def test_a_party_leader_of_a_council_leads_the_council(extract_text, text, post):
    ex = extract_text(HEADLINE + text)
    assert {(t, o) for p, t, _, o in _roles(ex) if p == "Ann Lee"} == {post}
    assert any(r.predicate == "memberOf" and entity_name(ex, r.object) == "Labour Party" for r in ex.relations)


@pytest.mark.parametrize("text", [
    "Tom Ellison was not appointed chief constable of Kent Police in May.",
    "Tom Ellison, who was not appointed chief constable of Kent Police, said crime fell.",
    "Tom Ellison, who never became chief constable of Kent Police, said crime fell.",
    "Tom Ellison, who is not the chief constable of Kent Police, said crime fell.",
])
def test_a_post_not_taken_is_not_held(extract_text, text):
    assert not any(p == "Tom Ellison" for p, *_ in _roles(extract_text(HEADLINE + text)))


@pytest.mark.parametrize("text, words", [
    ("Ann Lee, Labour's justice spokeswoman, said the rise was unfair.", "justice spokeswoman"),
    ("Ann Lee, the Liberal Democrats' home affairs spokesperson, said the rise was unfair.",
     "home affairs spokesperson"),
])
def test_a_party_spokespersons_brief_stays_in_the_posts_words(extract_text, text, words):
    ex = extract_text(HEADLINE + text)
    assert [(r.evidence.text, "PoliticalParty" in {t for e in ex.entities if e.key == r.organisation for t in e.types})
            for r in ex.roles if entity_name(ex, r.person) == "Ann Lee"] == [(words, True)]


def test_a_name_set_off_by_commas_after_a_title_is_its_holder(extract_text):
    ex = extract_text(HEADLINE + "The minister will meet the Police Federation chair, Sir Tom Ellison, later this week.")
    assert ("Tom Ellison", "Chair of the Police Federation") in {(p, t) for p, t, _, _ in _roles(ex)}


def test_a_plural_title_does_not_stop_a_post_passing_to_the_next_name(extract_text):
    ex = extract_text(HEADLINE + "The home secretary was criticised last night after a committee of MPs published "
                      "its report.\n\nAnn Lee faces growing pressure to act on the findings.")
    assert ("Ann Lee", "Home Secretary") in {(p, t) for p, t, _, _ in _roles(ex)}


def test_a_members_seat_does_not_stop_a_post_passing_to_the_next_name(extract_text):
    ex = extract_text(HEADLINE + "The home secretary was criticised last night.\n\nAnn Lee faces growing pressure "
                      "to act.\n\nMs Lee, the MP for Northvale, is said to be considering the report.")
    assert {("Ann Lee", "Home Secretary"), ("Ann Lee", "MP")} <= {(p, t) for p, t, _, _ in _roles(ex)}


def test_a_secretary_with_a_brief_is_a_minister(extract_text):
    ex = extract_text(HEADLINE + "The Cabinet Secretary for Rural Affairs, Ann Lee, welcomed the letter.")
    assert [(r.title, r.category) for r in ex.roles] == [("Cabinet Secretary", "political")]
    assert next(e for e in ex.entities if e.name == "Ann Lee").types == ("Politician",)


def test_an_office_named_like_its_body_is_a_post_in_it(extract_text):
    ex = extract_text(HEADLINE + "The Police Ombudsman for Northern Ireland, Ann Lee, is investigating the breach.")
    assert ("Ann Lee", "Police Ombudsman for Northern Ireland", "", "Police Ombudsman for Northern Ireland") \
        in _roles(ex)


def test_union_and_branch_posts(extract_text):
    ex = extract_text(HEADLINE + "Branch secretary Ann Lee said officers were angry. Unison's regional organiser, "
                      "Tom Hale, agreed.")
    roles = {(p, t, o) for p, t, _, o in _roles(ex)}
    assert {("Ann Lee", "Branch Secretary", ""), ("Tom Hale", "Regional Organiser", "Unison")} <= roles


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Ann Lee, the Conservative PCC for Lincolnshire, said crime had fallen.", "Ann Lee",
         "Police and Crime Commissioner"),
        ("Labour councillor Tom Hale said the council agreed.", "Tom Hale", "Councillor"),
    ],
    ids=["party-pcc", "party-councillor"],
)
def test_an_elected_office_is_no_post_in_the_party(extract_text, text, person, title):
    ex = extract_text(HEADLINE + text)
    role = next(r for r in ex.roles if entity_name(ex, r.person) == person)
    assert role.title == title and role.organisation == ""
    # the party stays the holder's party
    assert any(rel.predicate == "memberOf" and rel.subject == role.person for rel in ex.relations)


def test_coroner_holds_a_post_for_an_area(extract_text):
    ex = extract_text(HEADLINE + "Area coroner for Kent, Dr Ann Lee, opened the inquest on Tuesday.")
    assert [(r.title, r.jurisdiction, r.category) for r in ex.roles] == [("Coroner", "place:kent", "other")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Doe, policy manager at Liberty, said the powers were misused.",
         {("Jane Doe", "Policy manager", "", "Liberty")}),
        ("Jane Doe, a senior researcher for Amnesty International, said the figures were worrying.",
         {("Jane Doe", "Senior researcher", "", "Amnesty International")}),
        ("Jane Doe, Liberty's policy manager, said the powers were misused.",
         {("Jane Doe", "Policy manager", "", "Liberty")}),
        ("Jane Doe, a former manager at Liberty, said the powers were misused.",
         {("Jane Doe", "Manager", "former", "Liberty")}),
        # a body described ("the council's") owns the job: the body of that kind named before
        ("Westdale Council agreed the plan. Jane Doe, the council's cabinet member for community safety, said it "
         "was needed.", {("Jane Doe", "Cabinet member for community safety", "", "Westdale Council")}),
        # a seat on a named body (its members are not "the public")
        ("Jane Doe, a member of the Northshire Police and Crime Panel, said the budget was too small.",
         {("Jane Doe", "Member", "", "Northshire Police and Crime Panel")}),
        ("Jane Doe, a member of the public, said the budget was too small.", set()),
        # a job with no body beside it, or no job at all, is a description, not a post
        ("Jane Doe, a lecturer, said the law was unclear.", set()),
        ("Jane Doe, a mother of two from Leeds, said her son had been searched.", set()),
    ],
    ids=["job-at-body", "job-for-body", "body-owns-job", "former-job", "described-body-owns-job", "member-of-body",
         "member-of-the-public",
         "job-alone", "no-job"],
)
def test_a_job_set_beside_a_name_at_a_named_body_is_a_post_there(extract_text, text, expected):
    assert _roles(extract_text(HEADLINE + text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name in a bracketed picture credit is no one the next sentence speaks of
        "Tom Ellison lost the count (Picture: Agency/ Ann Lee).\nThe former home secretary conceded at dawn.",
        # a name the former holder acts on is not the holder
        "Tom Ellison lost the count on Friday.\nThe former home secretary lost out to Ann Lee by 200 votes.",
    ],
    ids=["picture-credit-aside", "name-acted-on"],
)
def test_a_former_title_describes_the_person_just_spoken_of(extract_text, text):
    roles = {(p, t, q) for p, t, q, _ in _roles(extract_text(HEADLINE + text))}
    assert ("Tom Ellison", "Home Secretary", "former") in roles
    assert not any(p == "Ann Lee" for p, _, _ in roles)


def test_a_ministers_brief_listed_to_its_and_names_the_post(extract_text):
    ex = extract_text(HEADLINE + "She raised it with the minister for crime, safeguarding and vulnerability, "
                      "Ann Lee, and an official.")
    assert {(p, t) for p, t, _, _ in _roles(ex)} == {("Ann Lee", "Minister for crime, safeguarding and vulnerability")}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee replaced Tom Hale as chief constable in May.",
        "Ann Lee, who replaced Tom Hale as chief constable last year, said crime had fallen.",
        "Ann Lee succeeded Tom Hale as chief constable in May.",
    ],
    ids=["replaced", "who-replaced", "succeeded"],
)
def test_a_successor_holds_the_post_and_the_predecessor_held_it(extract_text, text):
    roles = {(p, t, q) for p, t, q, _ in _roles(extract_text(HEADLINE + text))}
    assert roles == {("Ann Lee", "Chief Constable", ""), ("Tom Hale", "Chief Constable", "former")}


@pytest.mark.parametrize(
    "text, title, qualifier",
    [
        ("The French interior minister, Ann Lee, visited the county.", "Interior Minister", ""),
        ("The Irish health minister Ann Lee spoke on Monday.", "Health Minister", ""),
        ("The former minister Ann Lee spoke on Monday.", "Minister", "former"),
        ("The new minister, Ann Lee, spoke on Monday.", "Minister", ""),
        # a capitalised brief is the post's name, even where the tagger made a body of it
        ("Education Minister Ann Lee spoke on Monday.", "Education Minister", ""),
        ("Defence Minister Ann Lee spoke on Monday.", "Defence Minister", ""),
        ("On Monday Home Affairs Minister Ann Lee spoke.", "Home Affairs Minister", ""),
        ("On Monday Local Government Minister Ann Lee spoke.", "Local Government Minister", ""),
        ("Scottish Minister Ann Lee spoke on Monday.", "Minister", ""),
        # a rank before the brief is the post's too
        ("The shadow education minister, Ann Lee, spoke on Monday.", "Shadow Education Minister", ""),
        ("Deputy Health Minister Ann Lee spoke on Monday.", "Deputy Health Minister", ""),
    ],
    ids=["interior", "demonym-then-brief", "former-no-brief", "new-no-brief", "capitalised-brief-tagged-body",
         "capitalised-brief", "two-word-brief", "brief-opening-with-a-common-word", "demonym-no-brief",
         "shadow-before-brief", "deputy-before-brief"],
)
def test_a_bare_ministers_brief_before_it_names_the_post(extract_text, text, title, qualifier):
    assert _roles(extract_text(HEADLINE + text)) == {("Ann Lee", title, qualifier, "")}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ann Lee, the minister for social justice, opened the station.", "Minister for social justice"),
        ("Ann Lee, minister for community safety, opened the station.", "Minister for community safety"),
        ("Ann Lee, the minister responsible for prisons, opened the station.", "Minister responsible for prisons"),
        ("Ann Lee, the minister in charge of fire services, opened the station.",
         "Minister in charge of fire services"),
        # a place or a stretch of time after "for" is no brief
        ("Ann Lee, the minister for Wales, opened the station.", "Minister"),
        ("Ann Lee, the minister for the first time, opened the station.", "Minister"),
    ],
    ids=["for-brief", "no-article", "responsible-for", "in-charge-of", "for-a-place", "for-a-time"],
)
def test_a_bare_ministers_brief_after_it_names_the_post(extract_text, text, title):
    assert {(p, t) for p, t, _, _ in _roles(extract_text(HEADLINE + text))} == {("Ann Lee", title)}


def test_a_post_keeps_the_texts_own_words_beside_its_canonical_name(extract_text):
    from rdflib import Literal
    from rdflib.namespace import SKOS

    from graphbuild import to_graph

    graph = to_graph(extract_text(HEADLINE + "Ann Lee, deputy chairman of the Police Federation, spoke."))
    words = {str(o) for _, o in graph.subject_objects(SKOS.altLabel)}
    assert "deputy chairman of the Police Federation" in words
    assert not any(isinstance(o, Literal) and str(o) == "Deputy Chair of the Police Federation"
                   for _, o in graph.subject_objects(SKOS.altLabel))


@pytest.mark.parametrize(
    "text, bare, expected",
    [
        ("Chief Constable Ann Lee visited Leeds.\nThe constable said it was fine.", "constable", "Constable"),
        ("Detective Inspector Ann Lee visited Leeds.\nThe inspector said it was fine.", "inspector", "Inspector"),
        # a fuller post of the same rank is what the bare title stands for
        ("Police and crime commissioner Ann Lee visited Leeds.\nThe commissioner said it was fine.", "commissioner",
         "Police and Crime Commissioner"),
    ],
    ids=["chief-constable-is-no-constable", "detective-inspector", "commissioner"],
)
def test_a_bare_title_is_no_higher_rank_named_before(nlp, gaz, text, bare, expected):
    from graphbuild.extract.roles import find_title_spans

    doc = nlp(HEADLINE + text)
    assert [t.title for s, t in find_title_spans(doc, gaz) if s.text == bare] == [expected]


@pytest.mark.parametrize("text, body", [
    ("Labour leader Ann Lee caused surprise by proposing her deputy leader Tom Hale as minister.", "org:labour-party"),
    ("Labour leader Ann Lee met Tom Hale. Jo Ray proposed her deputy leader Tom Hale.", ""),
], ids=["her-deputy-leader", "not-when-she-holds-no-such-post"])
def test_a_deputy_named_as_someones_is_in_their_body(extract_text, text, body):
    ex = extract_text(HEADLINE + text)
    deputy = [r for r in ex.roles if r.title == "Deputy Leader"]
    assert [(entity_name(ex, r.person), r.organisation) for r in deputy] == [("Tom Hale", body)]


@pytest.mark.parametrize("clause, holds", [
    ("who was elected in 2020", True),  # how he came to the post: the post named just before is his
    ("who was appointed last spring", True),
    ("who was arrested in 2020", False),  # anything else about him: someone else
    ("who was not elected", False),
])
def test_a_post_introduced_before_its_holder_survives_a_clause_on_taking_office(extract_text, clause, holds):
    ex = extract_text(HEADLINE + "The police and crime commissioner for Northshire has rejected calls to close "
                      f"the station.\nTom Hale, {clause}, told reporters the station would stay open.")
    titles = {r.title for r in ex.roles if entity_name(ex, r.person) == "Tom Hale"}
    assert ("Police and Crime Commissioner" in titles) == holds, ex.roles


@pytest.mark.parametrize("text, committee", [
    # a post only a committee has, with no body beside it, in a story naming one committee: that committee's
    ("The Northshire Assembly's justice committee criticised the plan. Convener Ann Lee said it was late.",
     "Justice Committee"),
    ("The justice committee of the Northshire Assembly criticised the plan. Deputy Convener Ann Lee said it was "
     "late.", "Justice Committee"),
    # two committees: which one the text does not say
    ("The Justice Committee and the Public Audit Committee criticised the plan. Convener Ann Lee said it was late.", ""),
])
def test_a_committee_post_without_a_body_is_in_the_storys_one_committee(extract_text, text, committee):
    ex = extract_text(HEADLINE + text)
    [role] = [r for r in ex.roles if entity_name(ex, r.person) == "Ann Lee"]
    assert (entity_name(ex, role.organisation) if role.organisation else "") == committee, ex.roles


@pytest.mark.parametrize("text, title, body", [
    # a job owned by the body of the sentence before ("its"), then the name: a post there
    ("The Howard League said the plan would fail. Its head of policy, Ann Lee, said prisons were full.",
     "Head of policy", "Howard League for Penal Reform"),
    # a rank of the person's own between the comma and the name does not stop it
    ("The National Police Chiefs' Council said forces needed rules. Its lead for public order, Chief Constable "
     "Ann Lee of Kent Police, said shifts were long.", "Lead for public order", "National Police Chiefs' Council"),
    # a body named as the owner
    ("The Northshire Trust's head of research, Ann Lee, said prisons were full.", "Head of research",
     "Northshire Trust"),
])
def test_a_bodys_job_before_a_name_is_that_persons_post(extract_text, text, title, body):
    ex = extract_text(HEADLINE + text)
    posts = {(r.title, entity_name(ex, r.organisation)) for r in ex.roles
             if entity_name(ex, r.person) == "Ann Lee" and r.organisation}
    assert (title, body) in posts, ex.roles


@pytest.mark.parametrize("paragraph, title, qualifier, written", [
    ("‘We ran out of time,’ the weary former Eastvale MP said. ‘The voters have spoken.’", "MP", "former", "MP"),
    ("‘We ran out of time,’ the former councillor said. ‘The voters have spoken.’", "Councillor", "former",
     "councillor"),
    # the quote in the verb's own sentence, after it; the post's capitalised modifier is its words too
    ("Tom Hale said: ‘It is over. I will not stand again. The voters have spoken.’\n\nThe former Cabinet "
     "minister later said his team had ‘ran out of time’ with the postal votes.", "Minister",
     "former", "Cabinet minister"),
])
def test_a_post_attributing_a_quote_is_its_speakers(extract_text, paragraph, title, qualifier, written):
    ex = extract_text(HEADLINE + "Tom Hale lost the count to Ann Lee by 400 votes on Friday.\n\n" + paragraph)
    [quote] = [q for q in ex.quotes if "ran out of time" in q.text]
    assert quote.speaker and entity_name(ex, quote.speaker) == "Tom Hale"
    assert any(r.title == title and r.qualifier == qualifier and written in r.evidence.text
               for r in ex.roles if r.person == quote.speaker), ex.roles


@pytest.mark.parametrize("text, words", [
    # the text adds to the brief what the gazetteer's name of the post lacks: the post keeps the text's words
    ("Ann Lee, the Cabinet Secretary for Justice and Veterans, said the plan would go ahead.",
     "Cabinet Secretary for Justice and Veterans"),
    ("Ann Lee, Minister for Policing and Crime Prevention, said the plan would go ahead.",
     "Minister for Policing and Crime Prevention"),
    # another post after "and" is not more of the brief
    ("The Minister for Policing and Home Secretary Ann Lee met on Monday.", "Home Secretary"),
])
def test_a_brief_the_text_words_longer_stays_with_the_post(extract_text, text, words):
    ex = extract_text(HEADLINE + text)
    written = {r.evidence.text for r in ex.roles if entity_name(ex, r.person) == "Ann Lee"}
    assert words in written and not any("Policing and Home" in w for w in written), written


def test_a_post_whose_body_is_unnamed_is_in_the_sister_body_named(extract_text):
    # the gazetteer's body for the post is not named; a sister body whose name holds its name is
    ex = extract_text(HEADLINE + "HM Inspectorate of Constabulary in Scotland published a review. HM Inspector "
                      "of Constabulary Ann Lee said calls were lost.")
    [role] = [r for r in ex.roles if entity_name(ex, r.person) == "Ann Lee"]
    assert role.organisation and entity_name(ex, role.organisation) == "HM Inspectorate of Constabulary in Scotland"


@pytest.mark.parametrize("text, body", [
    # the UK ministry is not named, the devolved government is: the devolved post
    ("Justice Secretary Ann Lee said the Scottish Government would study the findings. Police Scotland said it "
     "would respond.", "Scottish Government"),
    # a UK story naming the Scottish Government in passing: not placed there
    ("Justice Secretary Ann Lee said prison places would rise. The Scottish Government said its jails were full.",
     None),
    # no government named: the post stays unplaced rather than guessed
    ("Justice Secretary Ann Lee said the government would study the findings.", None),
])
def test_a_post_with_a_devolved_counterpart_is_in_the_government_named(extract_text, text, body):
    ex = extract_text(HEADLINE + text)
    [role] = [r for r in ex.roles if entity_name(ex, r.person) == "Ann Lee"]
    assert (entity_name(ex, role.organisation) if role.organisation else None) == body


@pytest.mark.parametrize("text, name, held", [
    ("The party's candidate for police and crime commissioner, Ann Lee, said the sale had hurt towns.", "Ann Lee", []),
    ("The party's nominee for mayor, Ann Lee, said the sale had hurt towns.", "Ann Lee", []),
    # a title before a name after "campaign for" is the holder's own
    ("Ann Lee backed the campaign for Mayor Tom Hale to be re-elected.", "Tom Hale", ["Mayor"]),
], ids=["candidate-for", "nominee-for", "campaign-for-a-holder"])
def test_a_post_sought_is_not_held(extract_text, text, name, held):
    ex = extract_text(HEADLINE + text)
    assert [r.title for r in ex.roles if entity_name(ex, r.person) == name] == held


@pytest.mark.parametrize("text", [
    # a title acting on someone new is not the person before it
    "Tom Hale was questioned by detectives on Monday. The chief constable later praised Jane Roe.",
    "Tom Hale lost his seat in May. The prime minister later appointed Jane Roe.",
    "Tom Hale spoke at the rally. The mayor later met Jane Roe.",
    # a membership or an award is no post
    "Tom Hale, a member of the Labour Party, said the plan was wrong.",
    "Tom Hale, who was named police officer of the year in 2019, said the plan was wrong.",
], ids=["questioned-then-chief", "lost-seat-then-pm", "rally-then-mayor", "party-membership", "an-award"])
def test_what_is_said_of_tom_hale_gives_him_no_post(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert not [r.title for r in ex.roles if entity_name(ex, r.person) == "Tom Hale"]


