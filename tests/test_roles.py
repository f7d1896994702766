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
    ],
    ids=["home-secretary", "home-secretary-no-dept", "chairman-of", "mayor-of-place", "minister-brackets",
         "org-chief", "org-possessive-commissioner", "name-comma-title"],
)
def test_roles(extract_text, gaz, text, person, title, org, jurisdiction):
    ex = extract_text(HEADLINE + text)
    assert len(ex.roles) == 1, ex.roles
    role = ex.roles[0]
    assert entity_name(ex, role.person) == person
    assert role.title == title
    assert gaz.title_for(title) is not None and gaz.title_for(title).title == title
    assert role.category == gaz.title_for(title).category
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
    ],
    ids=["title-said-colon", "quote-then-title-said", "apposition-then-told", "commissioner"],
)
def test_role_mention_speaks_for_the_post_holder(extract_text, text, fragment, speaker):
    # Tom Ellison is the last person named before the quote: only the role mention points to the holder.
    ex = extract_text(HEADLINE + text)
    quotes = [q for q in ex.quotes if fragment in q.text]
    assert len(quotes) == 1, ex.quotes
    assert quotes[0].speaker and entity_name(ex, quotes[0].speaker) == speaker
    # the role mention adds no new post and no new person
    assert len({r.person for r in ex.roles}) == 1
    assert {e.name for e in ex.entities if e.kind == "person"} == {speaker, "Tom Ellison"}


def test_title_of_a_body_then_the_name(extract_text):
    extraction = extract_text("Police pay row deepens\n\nThe chief constable of West Midlands Police, Tom Ellison, "
                              "warned of cuts.\n")
    names = {e.key: e for e in extraction.entities}
    roles = [(names[r.person].name, r.title, r.organisation) for r in extraction.roles]
    assert roles == [("Tom Ellison", "Chief Constable", "org:west-midlands-police")]
    assert "PoliceOfficer" in next(e for e in extraction.entities if e.name == "Tom Ellison").types
