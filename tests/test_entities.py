"""Entities: mentions found, short forms resolved, organisations and people typed."""
from __future__ import annotations

import pytest

HEADLINE = "Police pay row deepens\n"


def by_kind(extraction, kind):
    return [e for e in extraction.entities if e.kind == kind]


def named(extraction, name):
    found = [e for e in extraction.entities if e.name == name]
    assert len(found) == 1, f"{name!r}: {[(e.key, e.name) for e in extraction.entities]}"
    return found[0]


def all_forms(extraction):
    return [form for e in extraction.entities for form in (e.name, *e.aliases)]


@pytest.mark.parametrize(
    "text, name, aliases",
    [
        ("Jane Porter visited a police station in Leeds on Monday. Ms Porter said officers deserved more. "
         "Later Porter met local councillors.", "Jane Porter", {"Ms Porter", "Porter"}),
        ("Dr Ann Lee said schools needed more help. Lee said the figures were alarming.",
         "Ann Lee", {"Dr Ann Lee", "Lee"}),
        ("Tom Ellison spoke to officers in Leeds. “We are tired,” Mr Ellison said.", "Tom Ellison", {"Mr Ellison"}),
    ],
    ids=["ms-surname-and-surname", "dr-full-and-surname", "mr-surname"],
)
def test_short_forms_join_the_full_name(extract_text, text, name, aliases):
    ex = extract_text(HEADLINE + text)
    people = by_kind(ex, "person")
    assert len(people) == 1, [(p.name, p.aliases) for p in people]
    person = people[0]
    assert person.name == name
    assert set(person.aliases) >= aliases
    surname = name.split()[-1]
    assert len(person.mentions) == text.count(surname)
    # every mention is evidence in the cleaned text
    for ev in person.mentions:
        assert ex.article.text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize(
    "text, people",
    [
        ("Tom Ellison spoke to officers on Monday. Sarah Ellison, his sister, runs a charity in Leeds. "
         "Tom Ellison said he was proud of her.",
         {"Tom Ellison": set(), "Sarah Ellison": set()}),
        ("Tom Ellison said officers were tired. Mr Ellison added that morale was low. "
         "Sarah Ellison, a teacher, said pupils were scared.",
         {"Tom Ellison": {"Mr Ellison"}, "Sarah Ellison": set()}),
    ],
    ids=["two-full-names", "short-form-goes-to-nearest"],
)
def test_people_sharing_a_surname_stay_apart(extract_text, text, people):
    ex = extract_text(HEADLINE + text)
    found = {p.name: set(p.aliases) for p in by_kind(ex, "person")}
    assert found == people


@pytest.mark.parametrize(
    "text, org_id, cls, aliases, mentions",
    [
        ("The Metropolitan Police said it had recruited more officers this year. "
         "A spokesperson for the Met said the numbers would rise again.",
         "metropolitan-police-service", "PoliceBody", {"Metropolitan Police", "Met"}, 2),
        ("The Home Office published new figures on Tuesday.", "home-office", "GovernmentBody", set(), 1),
        ("The Home Affairs Committee will examine the figures next month.",
         "home-affairs-committee", "Committee", set(), 1),
        ("Labour said the figures showed that ministers had failed.", "labour-party", "PoliticalParty",
         {"Labour"}, 1),
        ("The Guardian reported the figures first. The figures were confirmed to the Guardian by ministers.",
         "the-guardian", "MediaOrganization", set(), 2),
        ("Tom Ellison, chairman of the Police Federation, said officers were angry.",
         "police-federation-of-england-and-wales", "PoliceBody", {"Police Federation"}, 1),
    ],
    ids=["met", "home-office", "home-affairs-committee", "labour", "guardian", "police-federation"],
)
def test_gazetteer_organisations(extract_text, gaz, text, org_id, cls, aliases, mentions):
    ex = extract_text(HEADLINE + text)
    orgs = by_kind(ex, "organization")
    assert len(orgs) == 1, [(o.key, o.name) for o in orgs]
    org = orgs[0]
    assert org.key == f"org:{org_id}"
    assert gaz.orgs[org_id].cls == cls  # the expectation agrees with the gazetteer ...
    assert org.types == (cls,)  # ... and so does the entity
    assert org.name == gaz.orgs[org_id].label
    assert set(org.aliases) >= aliases
    assert len(org.mentions) == mentions


@pytest.mark.parametrize(
    "text, places, not_places",
    [
        ("Crime rose across England and Wales last year.", {"England and Wales"}, {"England", "Wales"}),
        ("Crime rose fastest in Manchester and in Leeds.", {"Manchester", "Leeds"}, set()),
        ("Knife crime in London fell, the Mayor of London said.", {"London"}, set()),
        ("Inspectors looked at every force in Wales and England.", {"England and Wales"}, {"Wales", "England"}),
        # a compass point names a part of a place, a place of its own
        ("Trouble spread from Leeds to east Manchester and South-west Bristol.",
         {"Leeds", "east Manchester", "South-west Bristol"}, {"Manchester", "Bristol"}),
        # a word the tagger reads as a body or person is where a local event happened, or where one was
        ("The report into the Hungerford shootings was published in June. Police studied the Stockport fire.",
         {"Hungerford", "Stockport"}, set()),
        ("Sir Tom joined a raid in Hartcliffe at 4am, the agency reports.", {"Hartcliffe"}, set()),
        # a site: a country's embassy, a known body's building in a place
        ("Protesters marched to the UK embassy in Leeds.", {"UK embassy", "Leeds"}, {"United Kingdom"}),
        ("A vigil was held at Cardiff City Hall on Monday.", {"Cardiff City Hall"}, {"Cardiff"}),
        ("He was taken to the Royal Victoria University Hospital in Leeds.",
         {"Royal Victoria University Hospital", "Leeds"}, {"Royal Victoria University"}),
        # a name before an area noun is that area
        ("Councillors in the Kingsmead ward objected to the plan.", {"Kingsmead"}, set()),
        ("He told a rally at Leeds University’s Marston Halls: “We will not give up.”", {"Marston Halls"}, set()),
        ("Veterans laid wreaths at the Cenotaph in the morning.", {"Cenotaph"}, set()),
        # where the force's people are, though the tagger read the town as a body
        ("Police in Northbridge said a man had been arrested.", {"Northbridge"}, set()),
        # a seat named by untagged proper nouns between "the" and a member's letters
        ("The Fenmoor Vale MP agreed that the cuts had gone too far.", {"Fenmoor Vale"}, set()),
        ("The Labour MP agreed that the cuts had gone too far.", set(), set()),
        # the area an elected office is for, though the tagger missed it or read it as a body
        ("The police and crime commissioner for Avonmere has rejected the calls.", {"Avonmere"}, set()),
        ("The police and crime commissioner for Northshire Police has rejected the calls.", set(),
         {"Northshire"}),
    ],
    ids=["england-and-wales", "two-cities", "london", "wales-and-england", "compass-points", "local-events",
         "in-a-place", "embassy", "city-hall-of-a-place", "university-hospital",
         "ward", "untagged-site", "landmark", "police-in-a-town", "seat-before-letters", "party-before-letters", "area-of-an-elected-office", "elected-office-for-a-body"],
)
def test_places(extract_text, text, places, not_places):
    ex = extract_text(HEADLINE + text)
    found = by_kind(ex, "place")
    assert {p.name for p in found} == places
    assert all(p.types == ("Place",) for p in found)
    assert all(p.key.startswith("place:") for p in found)
    assert not not_places & set(all_forms(ex))


@pytest.mark.parametrize(
    "text, name, types",
    [
        ("Home Secretary Jane Porter visited a station on Monday.", "Jane Porter", ("Politician",)),
        ("Chief Constable Tom Ellison showed visitors round the station.", "Tom Ellison", ("PoliceOfficer",)),
        ("Mark Dunn, a local shopkeeper, watched the visitors arrive.", "Mark Dunn", ("Person",)),
        ("Tom Ellison, chairman of the Police Federation, said officers were angry.", "Tom Ellison",
         ("PoliceOfficer",)),
        ("The Minister for Policing (Mr Tom Hale) said the government would act.", "Tom Hale", ("Politician",)),
        ("He told the paper Mark Dunn had lied.", "Mark Dunn", ("Person",)),  # a person after a news noun
    ],
    ids=["home-secretary", "chief-constable", "no-role", "federation-chair", "policing-minister",
         "person-after-news-noun"],
)
def test_people_typed_by_role(extract_text, text, name, types):
    ex = extract_text(HEADLINE + text)
    assert named(ex, name).types == types


def test_people_in_one_article_typed_independently(extract_text):
    ex = extract_text(HEADLINE + "Home Secretary Jane Porter visited a station on Monday. "
                      "Chief Constable Tom Ellison showed her round. Mark Dunn, a local shopkeeper, watched them.")
    assert {p.name: p.types for p in by_kind(ex, "person")} == {
        "Jane Porter": ("Politician",), "Tom Ellison": ("PoliceOfficer",), "Mark Dunn": ("Person",)}


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        ("The Police Remuneration Review Body (PRRB) made its recommendation in July. "
         "Ministers said they accepted the advice of the PRRB in full.",
         "Police Remuneration Review Body", "PRRB"),
        ("The Northern Youth Safety Board (NYSB) published a report in July. "
         "Ministers said the NYSB had done careful work.", "Northern Youth Safety Board", "NYSB"),
        ("The Safer Streets Alliance (SSA) said in July that funding had fallen. The SSA wants more officers.",
         "Safer Streets Alliance", "SSA"),
        # spaCy's NER swallows the bracket here ("Coastal Knife Crime Partnership (CKCP")
        ("The Coastal Knife Crime Partnership (CKCP) published a report in July. "
         "Ministers said the CKCP had done careful work.", "Coastal Knife Crime Partnership", "CKCP"),
    ],
    ids=["prrb-gazetteer", "invented-nysb", "invented-ssa", "invented-ckcp"],
)
def test_acronym_in_brackets_resolves(extract_text, text, name, acronym):
    ex = extract_text(HEADLINE + text)
    orgs = by_kind(ex, "organization")
    assert [o.name for o in orgs] == [name]
    assert acronym in orgs[0].aliases
    # the later, bare acronym is a mention of the organisation
    later = len(HEADLINE) + 1 + text.rindex(acronym)
    assert later in {ev.start for ev in orgs[0].mentions}
    assert ex.article.text[later:later + len(acronym)] == acronym


@pytest.mark.parametrize(
    "text, junk",
    [
        ("MPs debated police funding on Wednesday. Several MPs said forces needed more money.", "MPs"),
        ("Councillors said the plan would fail.", "Councillors"),
        ("Chief Constable Tom Ellison said the Home Secretary had not called him.", "Home"),
        ("Ministers launched the “Safer Streets Fund” scheme in Leeds.", "“"),  # no quote mark in a name
    ],
    ids=["mps", "councillors", "title-word", "quote-mark-in-name"],
)
def test_junk_is_not_an_entity(extract_text, text, junk):
    ex = extract_text(HEADLINE + text)
    assert not [form for form in all_forms(ex) if junk in form.split() or (not junk.isalpha() and junk in form)]


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("The Police Federation national council met on Monday to discuss pay.",
         "Police Federation national council", "PoliceBody"),
        ("Officers from the Metropolitan Police gangs unit made six arrests.",
         "Metropolitan Police gangs unit", "PoliceBody"),
    ],
    ids=["national-council", "unit"],
)
def test_a_unit_of_a_known_body_is_a_body_of_its_own(extract_text, text, name, cls):
    entities = {e.name: e for e in extract_text(text).entities}
    assert name in entities, sorted(entities)
    assert cls in entities[name].types


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("The review covered the forces (the Met, Suffolk and the British Transport Police) as well as "
         "Lancashire and Dorset.", "Lancashire Constabulary", "PoliceBody"),
        ("Officers from Essex Police and Kent arrested two men.", "Kent Police", "PoliceBody"),
        ("Officers from the Kent and Essex forces were sent to help.", "Essex Police", "PoliceBody"),
        ("Former Kent Chief Constable Jo Bell criticised the cuts.", "Kent Police", "PoliceBody"),
        ("She told The Sun's political editor that she would stay.", "The Sun", "MediaOrganization"),
        ("Tom Ellison told Police Professional that morale was low.", "Police Professional", "MediaOrganization"),
        ("The bill went back to the House of Commons on Tuesday.", "House of Commons", "GovernmentBody"),
        ("Peers in the House of Lords rejected the plan.", "House of Lords", "GovernmentBody"),
        ("The government said it would publish the figures.", "HM Government", "GovernmentBody"),
        ("Green councillor Mary Roe objected to the cuts.", "Green Party", "PoliticalParty"),
        ("The cuts will be put to the Police, Fire and Crime Panel next week.", "Police, Fire and Crime Panel",
         "Committee"),
        ("She gave evidence to the Northtown Assembly budget committee on Monday.",
         "Northtown Assembly budget committee", "Committee"),
        ("The “Save Our Stations” campaign collected ten thousand signatures.", "Save Our Stations",
         "Organization"),
        ("Scientists at the Home Office Centre for Forensic Imaging and Data tested the kit.",
         "Home Office Centre for Forensic Imaging and Data", "GovernmentBody"),
        ("Critics say the SNP government ignored the warnings.", "Scottish Government", "GovernmentBody"),
        ("The Tory government cut the grant again.", "HM Government", "GovernmentBody"),
        ("She chairs the Kent Police and Crime Panel.", "Kent Police and Crime Panel", "Committee"),
        ("Jo Bell, chief executive of the charity Help for Young Offenders, spoke.", "Help for Young Offenders",
         "Organization"),
        ("The plan was approved after the Westmoor Police and Crime Panel backed it on Tuesday.",
         "Westmoor Police and Crime Panel", "Committee"),
        # bodies by the shape of their names, in a list the tagger runs together
        ("The chief met volunteers from Carers Cymru, Street Watch and the Northtown Dog Section on Monday.",
         "Carers Cymru", "Organization"),
        ("The chief met volunteers from Carers Cymru, Street Watch and the Northtown Dog Section on Monday.",
         "Street Watch", "Organization"),
        ("The chief met volunteers from Carers Cymru, Street Watch and the Northtown Dog Section on Monday.",
         "Northtown Dog Section", "PoliceBody"),
        ("Critics were keen to highlight the latest figures from the Royal Institute of Public Health and Hygiene, which show a rise.",
         "Royal Institute of Public Health and Hygiene", "Organization"),
        # the seat of power standing for the government there
        ("Councils must cope despite Westminster budget cuts, the leader said.", "Westminster", "GovernmentBody"),
        # a unit of a known body with words of its own before its unit noun takes the body's class
        ("Staff at the Home Office Digital Forensics Unit tested the phones.", "Home Office Digital Forensics Unit",
         "GovernmentBody"),
        ("Students at Leeds University held a vigil.", "Leeds University", "Organization"),
        ("The mayor blamed central government's squeeze on councils.", "HM Government", "GovernmentBody"),
        ("Lancashire Fire and Rescue Service sent three crews.", "Lancashire Fire and Rescue Service", "Organization"),
        ("Staff at Barts Health NHS Trust were praised.", "Barts Health NHS Trust", "Organization"),
        ("A spokesman said officers from the force's Tactical Firearms Unit were called.", "Tactical Firearms Unit",
         "PoliceBody"),
        ("Bristol City Council and South Gloucestershire Council agreed.", "South Gloucestershire Council",
         "GovernmentBody"),
        # a club: a name with fans, a side met in a match
        ("Police escorted Galatasaray fans to the ground.", "Galatasaray", "Organization"),
        ("Trouble flared at the match against Crystal Palace on Saturday.", "Crystal Palace", "Organization"),
        # a chamber by its short name, the story naming its sibling body (or only its place)
        ("Jo Bell joined the Stormont Executive after a vote in the Assembly. She lives in London.",
         "Northern Ireland Assembly", "GovernmentBody"),
        ("The Mayor of London faced questions. The Assembly voted against his budget.", "London Assembly",
         "GovernmentBody"),
        # a body every force area has, named by its kind, in a story about one force
        ("Cumbria Constabulary's chief refused to quit. The minister asked the police authority to suspend him.",
         "Cumbria Police Authority", "GovernmentBody"),
        # a chamber by its short name in lowercase, in a story about government
        ("The minister told the assembly that the plan had failed.", "Assembly", "GovernmentBody"),
        ("Two ministers walked out of the executive on Tuesday.", "Executive", "GovernmentBody"),
        ("The Scottish Government's justice minister said the parliament would vote on the bill.",
         "Scottish Parliament", "GovernmentBody"),
        # a name after a kind of news outlet is the outlet, even where the tagger took it for a person
        ("The chief told local newspaper Northtown Clarion that cuts were coming.", "Northtown Clarion",
         "MediaOrganization"),
        ("The chief told weekly paper Fenmoor Gazette that cuts were coming.", "Fenmoor Gazette",
         "MediaOrganization"),
        # a name after an outlet's kind keeps that kind though its own words are a police body's
        ("The chief told the federation's monthly magazine Police Review.", "Police Review", "MediaOrganization"),
        ("The chief told the union's official journal Crime Weekly that cuts hurt.", "Crime Weekly",
         "MediaOrganization"),
        # a station of a known outlet is one name, not the outlet and a place
        ("The chief told BBC Radio Northshire that cuts were coming.", "BBC Radio Northshire", "MediaOrganization"),
        # a name the tagger stopped short of: its capitalised second word before the noun it modifies
        ("A Northland Executives statement issued on Monday said the plans were under review.",
         "Northland Executives", "Organization"),
        # a body's name the tagger stopped at its head word or inside its remit runs on over the remit
        ("The Northland Commission for Racial Equality accused the force of failing black officers.",
         "Northland Commission for Racial Equality", "GovernmentBody"),
        ("The Department for Transport and Infrastructure criticised the mayor on Monday.",
         "Department for Transport and Infrastructure", "GovernmentBody"),
        # a span the tagger called a work is a body when its words end in a body's head
        ("The Friends of Fenmoor Park Association wrote to the council.", "Friends of Fenmoor Park Association",
         "Organization"),
        # a party's name whose head the tagger also read as the first word of a post after it
        ("Jo Bell and the Northland Unionist Party leader met on Monday.", "Northland Unionist Party",
         "PoliticalParty"),
        # a headline's bare "Government" right before its verb
        ("Government Announces Tougher Licensing Rules For Late Bars\n\nOfficers welcomed the news.",
         "HM Government", "GovernmentBody"),
        # a party whose name holds a possessive, the tagger cutting it there
        ("Sam Roe and Pensioners' Justice Party leader Ann Lee objected.", "Pensioners' Justice Party",
         "PoliticalParty"),
        ("Labour and Workers' Unity Party councillor Jo Bell objected.", "Workers' Unity Party", "PoliticalParty"),
        # a police unit named with its unit noun in lowercase: by its remit, or a name the tagger read in a
        # story naming a police body
        ("Detectives from the Serious and Organised Crime unit arrested two men.", "Serious and Organised Crime unit",
         "PoliceBody"),
        ("Kent Police said the Economic and Cyber Protection unit was overstretched.",
         "Economic and Cyber Protection unit", "PoliceBody"),
        # one force named after two areas, which the tagger cuts into an area and a force
        ("Officers from Northshire and Westdale Police arrested two men on Friday.",
         "Northshire and Westdale Police", "PoliceBody"),
        ("Northshire and Westdale Constabulary said the men were held.", "Northshire and Westdale Constabulary",
         "PoliceBody"),
        # a force by its shape where the tagger misses it (opening a paragraph)
        ("Crime fell last year.\n\nNorthshire Police said the figures were good.", "Northshire Police",
         "PoliceBody"),
    ],
    ids=["areas-listed-with-forces", "area-coordinated-with-force", "areas-modifying-forces", "area-before-a-rank",
         "sun-editor", "trade-paper", "commons", "lords",
         "the-government", "green-modifier", "panel", "assembly-committee", "quoted-campaign", "named-centre",
         "party-government-devolved", "party-government-national", "panel-named-after-a-force",
         "named-after-its-kind", "panel-after-the-tagged-apart", "shape-cymru-in-list", "shape-watch-in-list", "shape-police-unit",
         "shape-institute-of", "seat-of-power-acting", "unit-of-known-body", "shape-university",
         "central-government", "shape-name-with-and", "shape-known-body-inside", "police-unit-tagged-whole",
         "two-councils-coordinated", "club-by-fans", "club-by-match",
         "short-name-by-sibling", "short-name-by-place", "the-forces-own-authority",
         "lowercase-chamber", "lowercase-executive", "lowercase-chamber-by-sibling",
         "outlet-after-newspaper", "outlet-after-paper-tagged-person", "outlet-named-like-a-police-body",
         "outlet-after-journal", "station-of-an-outlet", "name-cut-short",
         "remit-after-head", "known-name-remit-across-and", "work-ending-in-a-head",
         "party-head-opening-a-post", "headline-government", "possessive-party-cut", "possessive-party-untagged-owner",
         "lowercase-unit-by-remit", "lowercase-unit-tagged-name", "force-of-two-areas", "force-of-two-areas-opening", "force-by-its-shape"],
)
def test_bodies_found_whole_and_typed(extract_text, text, name, cls):
    entities = {e.name: e for e in extract_text(HEADLINE + text).entities}
    assert name in entities, sorted(entities)
    assert entities[name].types == (cls,)


def test_a_panel_named_by_its_kind_is_the_one_named_in_full(extract_text):
    # "the police and crime panel" after "the Westmoor Police and Crime Panel": one body, not two
    ex = extract_text(HEADLINE + "The Westmoor Police and Crime Panel met on Monday. Members of the police "
                      "and crime panel then voted against the plan.")
    panels = [e for e in ex.entities if "panel" in e.name.lower()]
    assert [(e.name, len(e.mentions)) for e in panels] == [("Westmoor Police and Crime Panel", 2)]


@pytest.mark.parametrize(
    "text, not_names",
    [
        ("Crime rose in Kent and Essex last year.", {"Kent Police", "Essex Police"}),
        ("The Labour government of the 1960s built new towns. Local government is short of money.",
         {"HM Government"}),
        ("Ministers blamed an inadequate Government Police Funding Settlement for the cuts.",
         {"Government Police Funding Settlement"}),
        ("Green spaces are vital, the council said.", {"Green Party"}),
        ("The last Tory government built prisons. The Lib Dem government never was.", {"HM Government"}),
        ("Crisis's chief executive Jon Marsh said rents were rising.", {"Crisis's chief executive",
                                                                        "Crisis's chief"}),
        # a lowercase verb is not the first word of a body's name
        ("The chief said she had met federation officials twice.", {"Metropolitan Police Federation"}),
        # a unit named by whose it is is one of many, not a body called "Police Federation branch"
        ("Kent Police said its Police Federation branch was angry.", {"Police Federation branch"}),
        # a publication's name in lowercase is an ordinary phrase
        ("Every police professional must be vetted again.", {"Police Professional"}),
        # a minister's brief is no body
        ("The Cabinet Secretary for Rural Affairs, Ann Lee, welcomed the letter.", {"Rural Affairs"}),
        # a body of that kind, not the body of that name
        ("The minister set up a new national policing board on Monday.", {"Northern Ireland Policing Board"}),
        # letters for a common noun; events and things named after their kind
        ("The number of full-time equivalent (FTE) officers fell. FTE officers cost more.", {"FTE"}),
        ("Police guarded the Union flag all night.", {"Union"}),
        ("Ann Lee did not attend the Safer Towns Summit in May.", {"Safer Towns Summit"}),
        ("Money will go to a new scheme called Beat Builders, the minister said.", {"Beat Builders"}),
        ("The Safer Roads Action Programme (SRAP) began in June. The SRAP has cost £2m.", {"SRAP"}),
        ("The court ruled on the use of Automated Number Plate Recognition. The use of automated number "
         "plate recognition is lawful.", {"Automated Number Plate Recognition"}),
        ("Officers recalled the 2017 Manchester Arena attack.", {"Arena"}),
        ("Residents praised the Safer Lanes Team scheme in May.", {"Safer Lanes Team"}),
        ("Westminster politicians ignored the town, and its Westminster leader stayed away.", {"Westminster"}),
        ("Officers from Kent Police and Essex Police met. The police authority spoke.",
         {"Kent Police Authority", "Essex Police Authority"}),
        # a lowercase chamber word: no body outside a story about government, nor as "of"/modifier/other kind
        ("The executive said his firm would cut forty jobs.", {"Executive"}),
        ("The minister spoke at the assembly hall. The school assembly heard her.", {"Assembly"}),
        ("The minister attended the assembly of bishops.", {"Assembly"}),
        # after a news noun: a day is no outlet
        ("Officers at the station Monday said it was shut.", {"Monday"}),
        # a remit runs on over "and" only where the words after it name no body of their own
        ("The Northshire Council for Voluntary Service and Fenmoor Trust signed a deal.",
         {"Northshire Council for Voluntary Service and Fenmoor Trust"}),
        ("The Committee on Policing and the Home Office disagreed.", {"Committee on Policing and the Home Office"}),
        # a day after a body is no remit of it; one name, not its tail as a second body
        ("The Commission on Tuesday criticised the force.", {"Commission on Tuesday"}),
        ("The Standing Committee on Policing and Community Safety questioned the chief.", {"Community Safety"}),
        # a known body's own unit is named by whose it is; a sentence's first word is no name's
        ("Kent Police's Serious Crime team led the inquiry.", {"Serious Crime team"}),
        ("Crime unit officers said the road was shut.", {"Crime unit"}),
        # a post held in a body, the tagger cutting it at "of", is no body's name
        ("Jo Bell, who grew up in Kent, became Chief Constable of Essex Police.", {"Constable of Essex Police"}),
        # a party is a name the tagger reads as a name, not a work
        ("The Queen's Birthday Party was held in June.", {"Queen's Birthday Party"}),
        # a body named with "Government" first is no bare government
        ("Government Digital Service staff were moved.", {"HM Government"}),
        # a party's group named by where it sits is no council
        ("The Labour council group voted against the budget.", {"Labour council"}),
        # two forces sharing the word, or a list of areas: no force of two areas
        ("Kent and Essex Police arrested two men.", {"Kent and Essex Police"}),
        ("Police in Kent, Essex and Westdale Police arrested two men.", {"Essex and Westdale Police"}),
        ("Northshire-Eastdale Police and Westdale Police merged.", {"Eastdale Police and Westdale Police"}),
        # a kind of police, or a people's police, is no force
        ("Crime fell last year.\n\nTraffic Police stopped him on the bridge.", {"Traffic Police"}),
    ],
    ids=["areas-not-forces", "other-governments", "settlement-not-body", "green-adjective", "past-or-no-party-government", "no-title-in-org",
         "verb-not-name", "possessed-unit", "lowercase-title",
         "portfolio", "indefinite-lowercase-kind", "letters-of-a-common-noun", "thing-named-after",
         "event-not-body", "scheme-called", "letters-of-a-programme",
         "capitalised-common-phrase", "site-last-word", "shaped-name-of-a-scheme",
         "seat-of-power-people", "two-forces-no-authority",
         "lowercase-executive-no-government", "lowercase-chamber-modifier", "lowercase-chamber-of",
         "news-noun-before-day", "remit-and-second-body", "remit-and-the", "remit-not-a-day",
         "remit-tail-no-body", "possessed-lowercase-unit", "one-word-lowercase-unit",
         "post-cut-at-of", "party-of-a-work", "government-named-body",
         "party-council-group", "two-forces-sharing-police", "list-of-areas", "kind-of-police", "two-forces-in-full"],
)
def test_bodies_not_read_into_text(extract_text, text, not_names):
    names = {e.name for e in extract_text(HEADLINE + text).entities}
    assert not names & not_names, names & not_names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two former Labour home secretaries, Tom Hale and Ann Lee, attacked the decision.", "Tom Hale"),
        ("Two former Labour home secretaries, Tom Hale and Ann Lee, attacked the decision.", "Ann Lee"),
        ("The plan follows a meeting with newly elected police and crime commissioner (PCC) Jane Porter.",
         "Jane Porter"),
        ("Labour's Lord Ellison called the move a threat to protest.", "Lord Ellison"),  # a peer is known by the title
        ("Scottish Greens justice spokesperson Tom Hale said the board had failed.", "Tom Hale"),
        ("Tom Hale MSP said the board had failed.", "Tom Hale"),
        ("Alan Brook (Con) asked about police numbers.", "Alan Brook"),
        ("Tom Hale, the Labour MP for Northtown, said officers were tired.", "Tom Hale"),
        # a peer, in a story that never names the Lords
        ("Lord Ellison lost the mayoral race by a few hundred votes.", "Lord Ellison"),
        # a party written as its members' adjective: "Ulster Unionist leader"
        ("Ulster Unionist leader Tom Hale opposed the plan.", "Tom Hale"),
        # a political title opening the noun phrase before the comma; named as a post; a member of a chamber
        ("She met the minister for roads, rail and buses, Ann Lee, on Monday.", "Ann Lee"),
        ("It followed reforms demanded by the Home Secretary at the time, Ann Lee, in 2014.", "Ann Lee"),
        ("The leader proposed his deputy Tom Hale as minister for justice.", "Tom Hale"),
        ("The claim was made by Tom Hale, a Green member of the Northtown Assembly, on Monday.", "Tom Hale"),
        # speech in a legislature's chamber
        ("Speaking in the Commons on Wednesday, Ms Ann Lee said the review was done.", "Ann Lee"),
        ("Ann Lee told the Lords that the bill was flawed.", "Ann Lee"),
        # a surname with a capital inside, which the tagger took for a body with the post's letters
        ("Scottish Conservative justice spokesperson Ewan McKenzie MSP warned of cuts.", "Ewan McKenzie"),
        # a political act in a relative clause; a backbencher
        ("Tom Hale, who represents Northtown in the Commons, said constituents were worried.", "Tom Hale"),
        ("Backbencher Tom Hale said the government had lost its way.", "Tom Hale"),
        ("Tom Hale, the Conservative member for Westfield, backed the plan.", "Tom Hale"),
        ("Tom Hale, who sits on the Home Affairs Committee, asked about costs.", "Tom Hale"),
        # a member's question time
        ("Speaking at prime minister's questions on Wednesday, Tom Hale said the officers had lied.", "Tom Hale"),
        # a party's post held at a seat of power, the name untagged after the seat; a plural party's possessive
        ("The Liberal Democrats' leader at Westminster Ruth Callander attacked the plan.", "Ruth Callander"),
        ("Labour's leader in Holyrood Ann Selkirk said the plan was dead.", "Ann Selkirk"),
        # a Baroness named with her first name and surname, as papers style a life peer
        ("Baroness Jane Fenwick said the plan would fail.", "Jane Fenwick"),
    ],
    ids=["plural-title-appos-1", "plural-title-appos-2", "title-with-abbreviation", "party-possessive",
         "party-spokesperson", "msp-after-name", "party-tag", "appositive-mp", "peer-without-lords",
         "party-adjective-leader", "title-before-comma", "title-with-time-before-comma", "named-as-post",
         "member-of-chamber", "speaking-in-the-commons", "told-the-lords", "capital-inside-surname", "who-represents", "backbencher", "member-for-a-seat", "sits-on-a-commons-committee",
         "speaking-at-pmqs", "party-post-at-westminster", "party-post-in-holyrood",
         "baroness-first-and-surname"],
)
def test_politicians_typed_from_what_the_text_says(extract_text, text, name):
    assert "Politician" in named(extract_text(HEADLINE + text), name).types


@pytest.mark.parametrize(
    "text, name",
    [
        ("Labour donor Sam Hill gave the party money.", "Sam Hill"),
        ("Mark Dunn, a local shopkeeper, watched the visitors arrive.", "Mark Dunn"),
        ("Lord Justice Ellison dismissed the appeal.", "Ellison"),
        ("Tom Hale, a member of the public, called police.", "Tom Hale"),
        ("The Home Secretary met the chief constable, Tom Hale, on Monday.", "Tom Hale"),
        ("Tom Hale told MPs that crime fell.", "Tom Hale"),
        ("Tom Hale spoke in the Commons tearoom about it.", "Tom Hale"),
        ("Speaking at the press conference, Tom Hale said the officers had lied.", "Tom Hale"),
        ("Tom Hale, a member for 20 years, backed the plan.", "Tom Hale"),
        ("Tom Hale sits on the board of the charity.", "Tom Hale"),
        ("The charity's chief in London Tom Hale said rents were rising.", "Tom Hale"),
        # a courtesy title before a given name is no peerage
        ("Lady Jane Doyle opened the new station.", "Jane Doyle"),
        ("Lord John Doyle opened the new station.", "John Doyle"),
    ],
    ids=["party-donor", "shopkeeper", "law-lord", "member-of-public", "other-title-before-comma",
         "told-mps", "commons-tearoom", "speaking-at-a-conference",
         "member-for-years", "sits-on-a-board", "post-in-a-city-not-a-seat", "courtesy-lady", "courtesy-lord"],
)
def test_not_politicians(extract_text, text, name):
    assert "Politician" not in named(extract_text(HEADLINE + text), name).types


def test_a_post_in_a_police_authority_is_not_a_rank(extract_text):
    ex = extract_text(HEADLINE + "The chair of the Scottish Police Authority, Jane Porter, resigned on Monday.")
    assert named(ex, "Jane Porter").types == ("Person",)


def test_a_political_post_in_a_force_is_not_a_rank(extract_text):
    ex = extract_text(HEADLINE + "Kent Police faces questions. The force's police and crime commissioner, Jane "
                                 "Porter, asked for a report.")
    assert named(ex, "Jane Porter").types == ("Politician",)


def test_a_peoples_name_is_not_a_person(extract_text):
    names = {e.name for e in extract_text(HEADLINE + "Crime recorded by the four Welsh forces rose by 12%.").entities}
    assert "Welsh" not in names


def test_a_programme_name_is_not_a_person(extract_text):
    ex = extract_text(HEADLINE + "Inspectors said the Uplift programme was no excuse for lowering standards.")
    assert not by_kind(ex, "person")


def test_a_party_government_is_named_with_its_party(extract_text):
    """"the SNP government" gives the body that alias, never the bare word every government shares."""
    entities = {e.name: e for e in extract_text(HEADLINE + "Critics say the SNP government ignored them.").entities}
    assert entities["Scottish Government"].aliases == ("SNP government",)
    assert "Scottish National Party" in entities


def test_a_knight_goes_by_the_first_name(extract_text):
    ex = extract_text(HEADLINE + "Commissioner Sir Tom Ellison spoke. Sir Tom said he accepted the findings.")
    assert [(e.name, "Sir Tom" in e.aliases) for e in ex.entities if e.kind == "person"] == [("Tom Ellison", True)]


def test_a_post_in_a_committee_of_a_chamber_is_a_politicians(extract_text):
    ex = extract_text(HEADLINE + "The Home Affairs Committee met. The committee's chair, Dame Ann Lee, said ministers "
                                 "had failed.")
    assert named(ex, "Ann Lee").types == ("Politician",)


@pytest.mark.parametrize("text, name, types", [
    ("The Liberal Democrats met. Their leader, Sir Tom Ellison, said: “Communities have been abandoned.”",
     "Tom Ellison", ("Politician",)),
    # only a politician has a flagship policy
    ("The new mayor will scrap Tom Ellison's flagship scheme to tackle fly-tipping.", "Tom Ellison",
     ("Politician",)),
    # a party's name standing as the title before a name
    ("The current commissioner, Conservative Tom Ellison, said the plan had saved money.", "Tom Ellison", ("Politician",)),
    # a supporter of a party is no politician for that
    ("A Labour supporter, Tom Ellison, said the plan had saved money.", "Tom Ellison", ("Person",)),
])
def test_a_post_in_a_party_is_a_politicians(extract_text, text, name, types):
    assert named(extract_text(HEADLINE + text), name).types == types


def test_a_scheme_named_like_a_body_is_no_body(extract_text):
    names = {e.name for e in extract_text(HEADLINE + "Ann Lee said the Safer Towns Guarantee would work.").entities}
    assert "Safer Towns Guarantee" not in names


@pytest.mark.parametrize("text, name", [
    ("Deputy Chief Constable Priti Lal is leading the review of the shift pattern.", "Priti Lal"),
    ("The minister thanked its head, Detective Superintendent Orla Keane, and her team.", "Orla Keane"),
])
def test_a_name_after_a_long_rank_is_a_person(extract_text, text, name):
    ex = extract_text(HEADLINE + text)
    assert named(ex, name).types == ("PoliceOfficer",)


def test_a_title_case_headline_gives_no_name_after_a_rank(extract_text):
    names = {e.name for e in extract_text("Chief Constable Backs Shift Plan\nThe plan was approved.").entities}
    assert "Backs Shift Plan" not in names and "Backs Shift" not in names


def test_a_name_with_a_posts_letters_is_a_person(extract_text):
    ex = extract_text(HEADLINE + "The Scottish Greens' justice spokesman, Euan Tolmie MSP, criticised the plan.")
    assert named(ex, "Euan Tolmie").types == ("Politician",)


@pytest.mark.parametrize("text, person, not_person", [
    # "His Majesty's" is a form of address, not a person
    ("His Majesty's Inspector of Constabulary in Scotland, Gillian Moir, spoke.", "Gillian Moir", "Majesty"),
    # the name after "the MP for" is a seat
    ("Mr Tom Ellison, the MP for Eastshire Vale, is considering the report.", "Tom Ellison", "Eastshire Vale"),
])
def test_forms_of_address_and_seats_are_no_people(extract_text, text, person, not_person):
    ex = extract_text(HEADLINE + text)
    people = {e.name for e in ex.entities if e.kind == "person"}
    assert person in people and not_person not in people, people


def test_a_name_taken_for_a_body_is_the_person_an_honorific_names(extract_text):
    ex = extract_text(HEADLINE + "Officers failed to act on calls from Kerys Mallender, 29, in the spring.\n\n"
                      "Ms Mallender's brother said the force had let Kerys down.")
    assert named(ex, "Kerys Mallender").kind == "person"
    assert {"Ms Mallender", "Kerys"} <= set(named(ex, "Kerys Mallender").aliases)


def test_the_chief_executive_of_a_staff_association_is_no_officer(extract_text):
    ex = extract_text(HEADLINE + "The chief executive of the Police Superintendents' Association, Claire Moss, "
                      "warned that morale was low. Its president, Chief Superintendent Tom Hale, agreed.")
    assert named(ex, "Claire Moss").types == ("Person",)
    assert named(ex, "Tom Hale").types == ("PoliceOfficer",)


def test_a_body_name_cut_at_of_is_joined_to_its_place(extract_text):
    names = {e.name for e in extract_text(HEADLINE + "Jo Bell, a lecturer at the University of Leeds, said the "
                                                     "formula was broken.").entities}
    assert "University of Leeds" in names and "University of" not in names


@pytest.mark.parametrize("text, name, types", [
    # a double-barrelled surname after an honorific is one name, not its first half
    ("Emma Wools-Hart signed the letter. Ms Wools-Hart said it was overdue.", "Emma Wools-Hart", ("Person",)),
    # a Senedd member's letters are not part of the name, and make a politician
    ("Their justice spokesman, Owain Price-Evans MS, said: \"We want more officers.\"", "Owain Price-Evans",
     ("Politician",)),
])
def test_hyphenated_names_and_post_letters(extract_text, text, name, types):
    ex = extract_text(HEADLINE + text)
    assert named(ex, name).types == types
    assert not [e for e in ex.entities if e.kind == "person" and e.name != name]


@pytest.mark.parametrize("text, not_place", [
    ("Ann Lee said that Londoners deserved better policing.", "Londoners"),
    ("Jo Bell, director of the charity StopWatch UK, said the figures were worrying.", "United Kingdom"),
    # a place's name before a place noun names a building
    ("The report will be debated in Westminster Hall next month.", "City of Westminster"),
    # an unknown name modifying an agreement word names the agreement
    ("Officers were promised under the Fresh Start, New Horizon deal that numbers would rise.", "New Horizon"),
])
def test_a_people_or_a_country_in_a_body_name_is_no_place(extract_text, text, not_place):
    ex = extract_text(HEADLINE + text)
    assert not_place not in {e.name for e in ex.entities if e.kind == "place"}


@pytest.mark.parametrize("text", [
    "Campaigners said young Black Londoners had been stopped repeatedly.",
    "Figures show that Black Glaswegians are stopped more often.",
])
def test_the_people_of_a_place_are_no_body(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert not [e.name for e in ex.entities if e.kind != "person" and e.name.endswith(("Londoners", "Glaswegians"))]


def test_a_capitalised_abstract_noun_is_no_person(extract_text):
    ex = extract_text(HEADLINE + "The Minister for Policing (Tom Hale): Retention is a priority for this "
                      "Government. We have accepted the recommendation in full.")
    assert "Retention" not in {e.name for e in ex.entities}


@pytest.mark.parametrize(
    "text, not_names",
    [
        # "Westminster" standing for Parliament is no place (nor the borough)
        ("Rhian Pugh, the party's Westminster leader, said the matter had been raised at Westminster. "
         "“Westminster politicians have forgotten rural areas,” she said.", {"City of Westminster", "Westminster"}),
        # a body's board is the body, not a body of its own
        ("The Scottish Police Authority met on Friday. The SPA board agreed the budget.", {"SPA board"}),
        # a product counted with an article is a thing, not an actor
        ("Officers said carrying a Taser deters attackers. Taser use rose by a fifth last year.", {"Taser"}),
        # a sentence-initial common noun that the article also writes lowercase is no body or person
        ("Burglary accounted for a tenth of all offences. Police said burglary was falling.", {"Burglary"}),
        ("Neglect was a factor in the deaths, the report said. Campaigners said neglect went unpunished.",
         {"Neglect"}),
        # a capitalised kind noun is part of the name, not a word before it
        ("Tom Yardley, chief executive of the Association of Village Shops, welcomed the plan.",
         {"of Village Shops"}),
        # "The Rt Hon" is a style, not part of a name
        ("From: The Rt Hon Helen Marsh MP\n\nHome Secretary Helen Marsh said the law would change.",
         {"The Rt Hon Helen Marsh"}),
    ],
    ids=["westminster-parliament", "body-board", "product", "common-noun-org", "common-noun-person",
         "capitalised-kind-noun", "rt-hon"],
)
def test_no_false_entities(extract_text, text, not_names):
    ex = extract_text(HEADLINE + text)
    assert not not_names & set(all_forms(ex)), [(e.name, e.types) for e in ex.entities]


def test_bodies_named_by_common_words_stay(extract_text):
    # a body the gazetteer knows keeps its name though the word is also used lowercase
    ex = extract_text(HEADLINE + "Liberty said the plan went too far. Campaigners said liberty was at stake.")
    assert "Liberty" in {e.name for e in ex.entities}
    # a place "in" the borough is still a place
    ex = extract_text(HEADLINE + "Police arrested a man in Westminster on Monday.")
    assert "City of Westminster" in {e.name for e in ex.entities}


def test_board_chair_is_the_bodys_chair(extract_text):
    ex = extract_text(HEADLINE + "The Scottish Police Authority met on Friday. The SPA board, chaired by Fiona "
                      "Laird, approved the plan.")
    assert [(r.title, r.organisation) for r in ex.roles] == [("Chair", "org:scottish-police-authority")]


def test_an_honorific_joins_no_namesake_of_the_other_sex(extract_text):
    ex = extract_text(HEADLINE + "Peter Adebayo was held by officers. His sister, Grace Adebayo, said the "
                      "family wanted answers. The force said Mr Adebayo had been restrained.")
    grace = named(ex, "Grace Adebayo")
    assert "Mr Adebayo" not in grace.aliases
    assert "Mr Adebayo" in named(ex, "Peter Adebayo").aliases


def test_a_bodys_chief_executive_is_no_officer(extract_text):
    ex = extract_text(HEADLINE + "The chief executive of the College of Policing, Tom Yardley, said training "
                      "would change.")
    assert named(ex, "Tom Yardley").types == ("Person",)


def test_a_surname_that_is_a_common_noun_stays_a_name(extract_text):
    ex = extract_text(HEADLINE + "Tom Hunt spoke to officers on Monday. Hunt said the hunt for the attacker "
                      "would go on.")
    assert "Hunt" in named(ex, "Tom Hunt").aliases


def test_a_title_case_headline_names_only_what_the_body_names(extract_text):
    ex = extract_text("Minister Ann Lee Bows To Pressure Over Station Closures\n\n"
                      "Ann Lee said on Monday that no station in the county would close this year.")
    names = {e.name for e in ex.entities}
    assert "Ann Lee" in names and not any("Bows" in n for n in names), names


def test_a_name_cut_at_an_ampersand_is_mended(extract_text):
    ex = extract_text(HEADLINE + "She wore Hobbs & Baxter boots to the conference in Leeds.")
    names = {e.name for e in ex.entities}
    assert not any(n.endswith("&") for n in names), names


@pytest.mark.parametrize(
    "text, seat",
    [
        ("The Labour MP for Northtown, Eastvale and Westby raised her concerns.", "Northtown, Eastvale and Westby"),
        ("His seat in the constituency of Northtown and Eastvale made him a candidate.", "Northtown and Eastvale"),
        ("Eastvale & North Downs MP Tom Hale has condemned the cuts.", "Eastvale & North Downs"),
        ("The former Leeds East MP said he was proud.", "Leeds East"),
    ],
    ids=["mp-for-list", "constituency-of", "seat-before-letters", "compass-seat"],
)
def test_a_seat_is_one_place(extract_text, text, seat):
    places = {e.name for e in extract_text(HEADLINE + text).entities if e.kind == "place"}
    assert seat in places, places


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kent Police Authority decided last night to raise its precept.", "Kent Police Authority"),
        ("The Scottish Police Authority met on Monday.", "Scottish Police Authority"),
    ],
    ids=["force-authority", "national-authority"],
)
def test_a_police_authority_is_a_public_body_over_a_force(extract_text, text, name):
    assert set(named(extract_text(HEADLINE + text), name).types) >= {"PoliceBody", "GovernmentBody"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Two people died after a crash on the M74 near Lockerbie.", "M74"),
        ("She was taken to the Northtown General Hospital with head injuries.", "Northtown General Hospital"),
        ("Windows were broken at St Oswald's Catholic Church on the Main Road.", "St Oswald's Catholic Church"),
    ],
    ids=["motorway", "hospital-tagged-as-org", "saints-church"],
)
def test_sites_are_places(extract_text, text, place):
    places = {e.name for e in extract_text(HEADLINE + text).entities if e.kind == "place"}
    assert place in places, places


def test_a_gazetteer_name_matches_with_a_typographic_apostrophe(extract_text):
    ex = extract_text(HEADLINE + "The Mayor’s Office for Policing and Crime published its plan on Monday.")
    assert any(e.key == "org:mayors-office-for-policing-and-crime" for e in ex.entities), \
        [(e.key, e.name) for e in ex.entities]


def test_a_unit_of_a_known_body_is_whole_and_of_its_class(extract_text):
    ex = extract_text(HEADLINE + "Helen Ross, from the ONS Centre for Crime and Justice, said violence was steady.")
    bodies = {e.name: e.types for e in ex.entities if e.kind == "organization"}
    assert bodies.get("ONS Centre for Crime and Justice") == ("GovernmentBody",) and "Justice" not in bodies, bodies



def test_a_picture_credit_between_slashes_is_no_running_text(nlp):
    from graphbuild.extract.entities import _slash_lists

    doc = nlp("Tom Hale former Chief Constable of Eastshire/Eastshire Police/ Ann Lee/ Picture Agency\n\n"
              "Ann Lee said crime rose 5% in 2023/24.")
    marked = {t.text for t in doc if t.i in _slash_lists(doc)}
    assert {"Agency", "Constable"} <= marked and "said" not in marked, marked


def test_a_reporters_title_is_not_part_of_their_name(extract_text):
    ex = extract_text(HEADLINE + "Home Affairs Correspondent Tom Hale writes: the report was changed.")
    assert "Tom Hale" in {e.name for e in ex.entities if e.kind == "person"}


def test_an_all_party_group_is_one_committee(extract_text):
    ex = extract_text(HEADLINE + "A review by the All Party Parliamentary group for Young Carers found gaps.")
    bodies = {e.name: e.types for e in ex.entities if e.kind == "organization"}
    assert bodies == {"All Party Parliamentary group for Young Carers": ("Committee",)}, bodies


@pytest.mark.parametrize(
    "text, people",
    [
        # a lede opening with a name in capitals names the person written "Ms Doe" later
        ("JANE DOE, the first woman to lead the force, resigned last night.\n\nMs Doe said she was proud.",
         {"Jane Doe"}),
        # capitals that match nobody named later are no person
        ("THE HOME Secretary resigned last night.\n\nMs Doe said she was proud.", {"Doe"}),
    ],
    ids=["shouted-lede-name", "shouted-words-no-name"],
)
def test_a_name_in_capitals_opening_a_paragraph(extract_text, text, people):
    ex = extract_text(text)
    assert {e.name for e in by_kind(ex, "person")} == people


@pytest.mark.parametrize(
    "text, not_body, joins",
    [
        # letters for a thing, which the text never uses as a body
        ("The county's chiefs said new demands such as CCTV and drone patrols had pushed up costs.", "CCTV", None),
        ("Ministers promised to double CSO numbers by the end of the decade.", "CSO", None),
        # a capitalised anaphor: the one body the story names that it fits
        ("Kent Police was criticised on Monday. The chief said the report ignored the progress made by the Force "
         "since May.", "Force", ("Kent Police", 2)),
        ("HM Inspectorate of Constabulary published its findings. The Inspectorate said Kent Police had improved.",
         "Inspectorate", ("HM Inspectorate of Constabulary and Fire & Rescue Services", 2)),
        # a kind of body before a post, no body of that kind named: the post
        ("The former Cabinet minister, 61, said the chief had done well.", "Cabinet", None),
        # a capitalised word after "across the", "in the": a place
        ("Officers say gangs are smuggling migrants across the Channel every week.", "Channel", None),
        # a name before a lowercase site noun: the place the site is in
        ("In short, the force failed to vet him when he applied for the caretaker's job at Ashdene school.", "Ashdene",
         None),
        # a place named before a local event, then alone
        ("Officers worked on the inquiry into the Larkhill fire. The director told the committee the impact of "
         "Larkhill had been very significant.", "Larkhill", None),
        # letters that begin the initials of the one body the story names
        ("A review by the All Party Parliamentary Group for Young Carers found failings. Jo Bell welcomed the "
         "APPG report on Monday.", "APPG", ("All Party Parliamentary Group for Young Carers", 2)),
    ],
    ids=["letters-of-a-thing", "letters-counted", "capitalised-force", "capitalised-inspectorate",
         "kind-before-a-post", "place-after-across-the", "place-before-a-site", "place-of-an-event-alone",
         "letters-of-a-named-body"],
)
def test_words_that_name_no_body_of_their_own(extract_text, text, not_body, joins):
    ex = extract_text(HEADLINE + text)
    bodies = {e.name: e for e in ex.entities if e.kind == "organization"}
    assert not_body not in bodies, sorted(bodies)
    if joins is not None:
        name, count = joins
        assert len(bodies[name].mentions) == count, bodies[name]


@pytest.mark.parametrize(
    "text, letters",
    [
        ("The man was arrested and reported to the PPS on Friday.", "PPS"),
        ("The figures were published by NRB on Friday. NRB said the rise was worrying.", "NRB"),
        ("NRB officials refused to comment.", "NRB"),
    ],
    ids=["with-the", "subject-of-speech", "its-voices"],
)
def test_letters_the_text_uses_as_a_body_stay_a_body(extract_text, text, letters):
    assert letters in {e.name for e in extract_text(HEADLINE + text).entities if e.kind == "organization"}


@pytest.mark.parametrize("text, name", [
    ("The Office of the Avonford Commissioner criticised Tom Ellison on Monday.", "Office of the Avonford Commissioner"),
    ("A spokesman for the Office of the Police Ombudsman said Tom Ellison had failed.",
     "Office of the Police Ombudsman"),
], ids=["cut-inside", "cut-at-the"])
def test_a_name_whose_remit_opens_with_the_is_one_body(extract_text, text, name):
    """"the Office of the X": the tagger cuts such names at or after "the" (leaving a body called "Office of
    the"); the capitalised words after it complete the one name."""
    names = {e.name for e in extract_text("Ministers face questions\n" + text).entities}
    assert name in names and not any(n.endswith((" of the", " Avonford")) for n in names)


@pytest.mark.parametrize("text, name", [
    ("The letter was signed by Ana Maria de Souza on Friday.", "Ana Maria de Souza"),
    ("The statement was issued on behalf of Ahmed Ali bin Saleh.", "Ahmed Ali bin Saleh"),
], ids=["de", "bin"])
def test_a_lowercase_particle_inside_a_name_is_part_of_it(extract_text, text, name):
    assert named(extract_text(HEADLINE + text), name).kind == "person"


@pytest.mark.parametrize("text, name, kind", [
    # the force named after the area tells the area from a body the tagger took it for
    ("Residents in Northmoor will pay an extra £15 a year. Northmoor Police has 1,850 officers.", "Northmoor", "place"),
    # a grade on a scale is no body at all
    ("The rise takes a Band D bill to £296.50 a year.", "Band", None),
    # nothing in the text has the word act as a body: the place where power is won
    ("The Greens have pledged to halt the sale of police stations if they win power in Westvale.", "Westvale", "place"),
    # the same word acting as a body elsewhere keeps it a body
    ("Staff in Unison voted to strike. Unison said the pay offer was poor.", "Unison", "organization"),
])
def test_an_area_or_a_grade_the_tagger_took_for_a_body(extract_text, text, name, kind):
    ex = extract_text(HEADLINE + text)
    assert {e.kind for e in ex.entities if e.name == name} == ({kind} if kind else set())
