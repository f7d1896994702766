"""Claims: a figure's measure, kind, period and jurisdiction read from its own phrase (sentences of our
own), never guessed; disagreements between articles; `graphbuild claims` and its SPARQL query."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from graphbuild import claims
from graphbuild.gazetteer import figure_words, word_class
from graphbuild.records import Article, Evidence, Figure

PUBLISHED = "2021-06-15"


def figure(sentence: str, surface: str, unit: str = "count", *, measures: str = "", period: str = "",
           about: str = "", place: str = "", value: str = "1", subject: str = "") -> Figure:
    """A figure record for `surface` in `sentence`, as the extractors would hand it over."""
    start = sentence.index(surface)
    ev = Evidence(start, start + len(surface), surface, 0, len(sentence), sentence, 0)
    return Figure(value, unit, surface, measures=measures, period=period, about=about, place=place, evidence=ev,
                  subject=subject)


ARTICLE = Article("a.txt", "A headline", "text", "hash", published=PUBLISHED)


@pytest.mark.parametrize("sentence, surface, unit, measures, expected", [
    ("The county force made 340 arrests during the festival.", "340", "count", "arrests", "arrests"),
    ("Burglary rose by 12% across the region.", "12%", "percent", "", "burglary"),
    ("Figures show 91 homicides were recorded in the city.", "91", "count", "homicides", "homicide"),
    ("Knife crime went up by 4% last spring.", "4%", "percent", "", "knife-crime"),
    ("The force now employs 2,310 police officers.", "2,310", "count", "police officers", ""),  # no numbers word
    ("The number of police officers fell by 310.", "310", "count", "", "officers"),
    ("The borough has lost 410 officers in three years.", "410", "count", "officers", "officers"),
    ("There are 150 PCSOs on patrol in the valley.", "150", "count", "PCSOs", "pcsos"),
    ("The force employs 820 police staff in its control rooms.", "820", "count", "police staff", "police-staff"),
    ("The police grant was cut by £14m this spring.", "£14m", "GBP", "", "police-funding"),
    ("The precept will rise by 3.5% in April.", "3.5%", "percent", "", "council-tax-precept"),
    ("Officers were offered a 4% pay rise on Monday.", "4%", "percent", "pay rise", "pay-award"),
    ("Officers carried out 5,200 stop and searches on the estate.", "5,200", "count", "stop and searches",
     "stop-and-search"),
    ("A rescue team of 12 officers searched the moor.", "12", "count", "officers", ""),  # a team, not a headcount
    ("Riots left 14 officers injured overnight.", "14", "count", "officers injured", "officers-injured"),
    ("Arrests followed after 9 officers were hurt in the disorder.", "9", "count", "officers", "officers-injured"),
    ("Four men were arrested after 9 officers were hurt.", "Four", "count", "men", "arrests"),  # not the next count's
    ("Two officers arrested a man in the park.", "Two", "count", "officers", ""),
    ("A fall of 310 to 2,950 burglaries was recorded.", "310", "count", "", "burglary"),  # one phrase
    ("Burglaries fell sharply, by 310 to 2,950.", "310", "count", "", "burglary"),  # the clause goes on
    ("Burglaries fell by 4%, from 3,100 to 2,976.", "2,976", "count", "", "burglary"),
    ("Burglaries were in the news, while 310 officers left.", "310", "count", "", ""),  # not only cue words
    ("The burglary report: a drop of 310 to 2,950.", "310", "count", "", ""),  # a colon ends the clause
    ("Two candidates shared 4,000 votes at the count.", "4,000", "count", "votes", "votes"),  # an election's
    ("Police used section 60 powers in the park.", "60", "count", "powers", ""),  # a name, not a figure
    ("Officers made 230 arrests and seized £40,000 in cash.", "£40,000", "GBP", "", ""),  # money is no arrest
    ("The funding gap grew to £9m while burglary fell.", "£9m", "GBP", "", "funding-shortfall"),
    ("Violence against the person and burglary together rose by 8%.", "8%", "percent", "", ""),  # two measures
    ("Burglaries fell from 930 to 880 over the summer.", "880", "count", "", "burglary"),  # one phrase
    ("Officer numbers have fallen every year since 2015 by a total of 640.", "640", "count", "", "officers"),
    ("The force's budget shortfall was £7m.", "£7m", "GBP", "", "funding-shortfall"),
    ("The council grant was cut by 4% in the spring.", "4%", "percent", "", ""),  # not the police's grant
    ("The police grant was cut by 2.5% this year.", "2.5%", "percent", "police grant was cut", "police-funding"),
    ("Some 3,400 searches were carried out by the county police last year.", "3,400", "count", "searches",
     "stop-and-search"),  # context anywhere in the clause, for this measure only
    ("Around 70 people were killed by a knife or sharp object in the region.", "70", "count", "people",
     "knife-homicide"),  # not knife crime: the narrower homicide
    ("The raids led to the seizure of 140 weapons and a van.", "140", "count", "weapons", "weapons-seized"),
    ("Some 140 weapons were handed in at the amnesty.", "140", "count", "weapons", ""),  # handed in, not seized
    ("The operation recovered £2 million worth of drugs at the port.", "£2 million", "GBP", "", "drugs-seized"),
    ("Nine police officers were hurt during the disorder.", "Nine", "count", "police officers", "officers-injured"),
    ("The week saw the closure of 75 county lines in the north.", "75", "count", "county lines", "county-lines-closed"),
    ("Gangs run 75 county lines in the north.", "75", "count", "county lines", ""),
    # concepts of the wider scheme
    ("Some 1,240 full-time equivalent officers serve the county.", "1,240", "count",
     "full-time equivalent officers", "officers-fte"),  # not the headcount: another count of the same people
    ("The number of National Crime Agency officers fell by 120.", "120", "count", "", "nca-officers"),  # no police
    ("Consumer price inflation is running at 4.1% this month.", "4.1%", "percent", "", "inflation"),
    ("The union rejected a 2% rise, well below the rate of inflation.", "2%", "percent", "", ""),
    ("Inspectors found one in six crimes were not recorded by the force.", "one in six", "ratio", "crimes",
     "unrecorded-crime"),
    ("The force failed to record 9,100 crimes in a year.", "9,100", "count", "crimes", "unrecorded-crime"),
    ("Some 640 people were charged with carrying a blade.", "640", "count", "people", "charges"),
    ("The number of people charged since 1 May 2015 has increased by 40%.", "40%", "percent", "", "charges"),
    ("The unit seized criminal assets of £4m in its first year.", "£4m", "GBP", "", "assets-seized"),
    ("Three men were stabbed to death in the city last month.", "Three", "count", "men", "knife-homicide"),
    ("Thefts of vehicles rose by 8% in the county.", "8%", "percent", "", "vehicle-crime"),
    ("Vehicle crime fell 5% but knife crime rose 3%.", "5%", "percent", "", "vehicle-crime"),  # not the next's
    ("Some 62% of residents said they had confidence in the police, a survey found.", "62%", "percent",
     "residents", "confidence-in-police"),
    ("Only 40% of officers said they trust the police leadership.", "40%", "percent", "officers", ""),  # morale
    ("The number of officers in the city could fall below 5,000.", "5,000", "count", "", "officers"),
    ("Dawn raids across the county see 85 arrested in a day.", "85", "count", "", "arrests"),
    ("Only 4% of people stopped by the unit were found to be carrying a blade.", "4%", "percent", "people",
     "stop-search-find-rate"),
    ("A man was found carrying 2 knives.", "2", "count", "knives", ""),  # a count is no find rate
    ("Up to 900 officers' jobs could go next year.", "900", "count", "officers", "officers"),
    ("Nine officers were taken to hospital after the match.", "Nine", "count", "officers", "officers-injured"),
    ("Police carried out 730 stops and searches under section 60 in the park.", "730", "count",
     "stops and searches", "stop-search-section-60"),  # "section 60" is no other count
    ("Dawn raids across the county see 85 officers arrested in a day.", "85", "count", "officers", ""),
    # measures added for figures the scheme did not hold
    ("The motion was carried by 212 votes to 98 in the chamber.", "98", "votes", "votes", "votes"),
    ("The motion was carried by 212 votes to 98 in the chamber.", "212", "votes", "votes", "votes"),  # a tally
    ("The sitting councillor lost by just 140 votes in the ward.", "140", "votes", "votes", "vote-majority"),
    ("She overturned a 9,500 Labour majority in the seat.", "9,500", "count", "Labour majority", "vote-majority"),
    ("A majority of the 400 officers backed the motion.", "400", "count", "officers", ""),  # no margin
    ("Around 40,000 people joined the march through the city centre.", "40,000", "count", "people",
     "protest-attendance"),
    ("Some 600 farmers gathered outside the town hall for a noisy protest.", "600", "count", "farmers",
     "protest-attendance"),
    ("Some 600 farmers gathered in the square for the auction.", "600", "count", "farmers", ""),  # no protest
    ("Some 40 people were arrested at the protest.", "40", "count", "people", "arrests"),  # not the crowd
    ("The chief warned that 48 police staff were at risk of redundancy.", "48", "count", "police staff",
     "jobs-at-risk"),  # not the staff headcount
    ("After the cuts, the constabulary still needs to find £3.2m.", "£3.2m", "GBP", "", "police-savings"),
    ("After the grant fell, the charity still needs to find £3.2m.", "£3.2m", "GBP", "", ""),  # not police
    ("Inspectors said 7% of vetting files they read should not have passed vetting.", "7%", "percent",
     "vetting files", "vetting-failures"),
    ("Some 7% of vetting files they sampled were incomplete.", "7%", "percent", "vetting files", ""),
    ("Officers safeguarded 310 people during the operation.", "310", "count", "people", "people-safeguarded"),
    ("There were 2,140 searches of black people in the county last year.", "2,140", "count",
     "searches of black people", "stop-search-black"),  # not all searches
    ("The rise falls well short of the 12% claim lodged by the federation.", "12%", "percent", "claim",
     "pay-claim"),  # what was asked for, not the award
    ("The union said 30% of claims of overtime were late.", "30%", "percent", "claims", ""),
    ("The average council tax bill will rise by 4.2% in April.", "4.2%", "percent", "", "council-tax"),
    ("The police precept will rise by 4.2% in April.", "4.2%", "percent", "", "council-tax-precept"),  # narrower
    ("Councils may raise bills by more than 4.2% only after a council tax referendum.", "4.2%", "percent", "",
     ""),  # a threshold, not a bill
    ("In the ballot 64% of members voted for the deal.", "64%", "percent", "members", "votes"),
    ("The raids led to the seizure of £80,000 in cash, 35 weapons and a car.", "35", "count", "weapons",
     "weapons-seized"),  # an item of a list whose head says seized
    ("Police seized £80,000 in cash, and 35 weapons were handed in.", "35", "count", "weapons", ""),
    ('Officers "safeguarded" 310 people during the operation.', "310", "count", "people", "people-safeguarded"),
    ("Of the searches made in the borough in June, 85 were of black people.", "85", "count", "black people",
     "stop-search-black"),  # the whole the sentence opens with
    ("Of the people arrested in the borough in June, 85 were of black people.", "85", "count", "black people", ""),
    ("Black people were 3.1 times as likely to be stopped and searched as white people.", "3.1", "ratio", "times",
     "stop-search-disparity"),
    ("Asian people were 1.8 times as likely to be stopped and searched.", "1.8", "ratio", "times", ""),
    ("The police grant was cut by £30m, which equates to salary costs of 600 officers.", "£30m", "GBP",
     "equates to salary costs", "police-funding"),  # a `measures` text from another clause bars nothing
    ("The police grant paid salary costs of £30m.", "£30m", "GBP", "salary costs", ""),
    ("Patrols carried out 470 stop and searches of children aged under ten in the summer.", "470", "count",
     "stop and searches", "stop-search-children"),  # a subgroup: not all searches
    ("Officers made 640 searches of children in the county.", "640", "count", "searches", "stop-search-children"),
    ("Some 80 per cent of searches on children were voluntary.", "80 per cent", "percent", "searches", ""),
    ("Officers made 640 searches, and 12 children were arrested.", "640", "count", "searches", "stop-and-search"),
    ("Civilian staff rose by 25 whereas National Crime Agency (NCA) officers dropped by 85.", "85", "count",
     "", "nca-officers"),  # not police officers
    ("Under the pension scheme an inspector receives a £71,000 lump sum.", "£71,000", "GBP", "lump sum",
     "pension-lump-sum"),
    ("The constabulary submitted a special grant claim of £2.7m to cover the royal visit.", "£2.7m", "GBP", "",
     "special-grant-claim"),
    ("The constabulary made a special grant claim for the royal visit for £2.7m.", "£2.7m", "GBP", "",
     "special-grant-claim"),  # "for" before an amount: what it is for is named before it
    ("A sergeant retiring next year would get a £68,000 lump sum under the new rules.", "£68,000", "GBP",
     "lump sum", "pension-lump-sum"),
    ("The winner of the draw gets a £5,000 lump sum.", "£5,000", "GBP", "lump sum", ""),  # no pension
    ("The inspectorate's report makes 24 recommendations for improvement.", "24", "count", "recommendations",
     "recommendations"),
    ("The force has implemented 20 of the 24 recommendations in the report.", "20", "count", "", ""),
    ("Friends made 24 recommendations for restaurants.", "24", "count", "recommendations", ""),
    ("The chief constable will quit his £164,000-a-year post next spring.", "£164,000", "GBP", "year post",
     "chief-officer-salary"),
    ("The new head teacher earns a salary of £80,000.", "£80,000", "GBP", "salary", ""),
    ("Auditors flagged 17 cases in which officers should not have been granted vetting.", "17", "count",
     "cases", "vetting-failures"),
    ("Auditors flagged 17 cases in which officers should not have been promoted.", "17", "count", "cases", ""),
    ("The independent led by 3,140 to 2,960 after the ballot closed.", "3,140", "count", "", "votes"),
    ("The champion was ahead by 3 to 1 at half time.", "3", "count", "", ""),  # a tally, but of no vote
    ("Burglaries rose by 300 to 5,000 in the year after the election.", "300", "count", "", "burglary"),
    ("Burglaries rose by 300 to 5,000 in the year after the election.", "5,000", "count", "", ""),  # no tally
    ("Government defeated 7 times on welfare reforms in upper house", "7", "count", "times", "government-defeats"),
    ("The striker was defeated 7 times in the ring.", "7", "count", "times", ""),
    ("The federation's 9,200 members were angry at the offer.", "9,200", "count", "members",
     "staff-association-members"),
    ("Some 9,200 members of the federation voted to reject the offer.", "9,200", "count", "members", ""),  # a vote
    ("The 9,200 members of the golf club backed the plan.", "9,200", "count", "members", ""),
    ("The independent led by 3,140 to 2,960 after the ballot closed.", "2,960", "count", "", "votes"),
])
def test_concept_only_from_the_figure_s_own_phrase(sentence, surface, unit, measures, expected):
    read = claims.read_claim(figure(sentence, surface, unit, measures=measures), ARTICLE)
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("kind, template, expected", [
    ("list_item_qualifier", "The raids led to the seizure of £80,000 in cash, {} 35 weapons and a car.",
     "weapons-seized"),  # an item of a list after a qualifier still takes the list's head
    ("part_qualifier", "Of the searches made in the borough in June, {} 85 were of black people.",
     "stop-search-black"),  # the whole the sentence opens with, before a qualifier
])
def test_qualifiers_between_a_head_and_its_figure_are_data(kind, template, expected):
    """Each `kind` row of figure_words.csv may stand between the head and the figure; a word that is not
    one ("precisely") cuts the figure off from it."""
    for word in figure_words(kind):
        sentence = template.format(word)
        read = claims.read_claim(figure(sentence, sentence.split(word + " ")[1].split()[0]), ARTICLE)
        assert (read.measure if read else "") == expected, word
    sentence = template.format("precisely")
    read = claims.read_claim(figure(sentence, sentence.split("precisely ")[1].split()[0]), ARTICLE)
    assert (read.measure if read else "") == ""


@pytest.mark.parametrize("sentence, surface, about, expected", [
    ("The board voted for a 6% increase, adding £20 to bills.", "6%", "org:northshire-police-authority",
     "council-tax-precept"),  # what a police authority raises is its precept
    ("The board voted for a 6% increase in the budget.", "6%", "org:northshire-police-authority", ""),
    ("The board voted for a 6% increase, adding £20 to bills.", "6%", "org:northshire-district-council", ""),
])
def test_concept_from_what_the_figure_is_about(sentence, surface, about, expected):
    read = claims.read_claim(figure(sentence, surface, "percent", measures="increase", about=about), ARTICLE)
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("about, expected", [
    ("org:northshire-police-authority", "council-tax-precept"),  # what its precept adds to a household's bill
    ("org:northshire-district-council", ""),
])
def test_household_bills_a_police_authority_raises_are_its_precept(about, expected):
    sentence = "The board agreed a 3% rise, adding to household bills by £14 a year."
    read = claims.read_claim(figure(sentence, "£14", "GBP", measures="adding to household bills", about=about), ARTICLE)
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("sentence, surface, unit, subject, expected", [
    ("The tally of burglaries last spring, 812, was the lowest on record.", "812", "count",
     "tally of burglaries", "burglary"),
    ("The count of special constables stood at 2,140, down 95 from 2,235.", "95", "count",
     "count of special constables", "special-constables"),
    ("Latest returns show a steep decline in the number of civilian staff: a loss of 310 to 7,950.", "310", "count",
     "steep decline in number of civilian staff", "police-staff"),
    ("Shoplifting offences reached a new peak after a 9% rise.", "9%", "percent", "Shoplifting offences", ""),
    ("Burglaries hit a new peak after a 9% rise.", "9%", "percent", "Burglaries", "burglary"),
    ("The headline figure, 812, was the lowest on record.", "812", "count", "headline figure", ""),
    ("Inflation currently stands at 2.9%.", "2.9%", "percent", "Inflation", "inflation"),
    ("Inflation stood at 4.2% while pay rose 2%.", "4.2%", "percent", "Inflation", "inflation"),
    ("Arrests rose by 12% as officers made 4,000 stops.", "12%", "percent", "Arrests", "arrests"),  # not officers
    ("Officers made 730 stops and searches under section 60 - a rise of 90 on the year.", "90", "count",
     "730 stops and searches", "stop-search-section-60"),  # the narrower measure beside the subject
    ("Knife crime fell, but recorded crime, which stood at 5.1m, rose by 300.", "300", "count", "recorded crime",
     "recorded-crime"),  # not one named before the subject
    ("The tally of burglaries, 812, included 40 thefts of vehicles.", "40", "count", "tally of burglaries",
     "vehicle-crime"),  # its own noun first
])
def test_concept_from_the_figure_s_subject(sentence, surface, unit, subject, expected):
    """The subject the parse gives (tests/test_figures.py reads it from sentences like these)."""
    read = claims.read_claim(figure(sentence, surface, unit, subject=subject), ARTICLE)
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("sentence, surface, unit, measures, expected", [
    # officers deployed or assigned to an operation or inquiry (not the force's headcount)
    ("A further 65 detectives were investigating the jewellery raids by Friday.", "65", "count",
     "detectives", "officers-deployed"),
    ("Some 450 officers were deployed across the city on the night of the match.", "450", "count", "officers",
     "officers-deployed"),
    ("The force has 4,000 officers on duty each day.", "4,000", "count", "officers", "officers-deployed"),
    ("The force has 2,000 officers working on the frontline.", "2,000", "count", "officers", ""),
    ("Two officers investigating the fraud were injured.", "Two", "count", "officers", ""),  # hurt, not deployed
    ("The force hired 300 officers for the operation.", "300", "count", "officers", "officers"),  # recruits
    ("The force deployed 300 extra officers.", "300", "count", "officers", ""),  # a headcount word too: no choice
    # the establishment a force is set to have (a "word$" phrase ending in "of", a level cue)
    ("The chief wants to restore the force to its establishment of 3,200 officers.", "3,200", "count", "officers",
     "officer-establishment"),
    ("Its standard of 2,650 officers has not been met since the merger, the inspector wrote.", "2,650", "count",
     "officers", "officer-establishment"),
    ("The college set a standard of 2,650 marks for entry.", "2,650", "count", "marks", ""),  # no officers
    ("The force had an establishment of 900 police staff.", "900", "count", "police staff", "police-staff"),
    # people at a meeting, conference or event (a march or protest is its own measure)
    ("Roughly 340 people attended a parish meeting about the bypass.", "340", "count", "people",
     "event-attendance"),
    ("Around 700 delegates attended the conference in the city.", "700", "count", "delegates", "event-attendance"),
    ("Over 900 guests attended the force's awards ceremony.", "900", "count", "guests", "event-attendance"),
    ("Almost 260 people attended hospital with burns during the heatwave.", "260", "count", "people", ""),  # no event
    ("Some 260 people attended their GP after the leak, and a meeting followed.", "260", "count", "people", ""),
    ("Around 700 people attended the march in the city.", "700", "count", "people", "protest-attendance"),
    ("Around 700 members voted after they attended the hustings.", "700", "count", "members", ""),  # a vote
    ("Police said 70 people were arrested after they attended the party.", "70", "count", "people", "arrests"),
    # the share of those arrested who are charged
    ("Only 35 per cent of those held in the sweep were charged within a month.", "35 per cent", "percent",
     "of those held in the sweep were charged", "charge-share"),
    ("About 40 per cent of those detained were released without charge.", "40 per cent", "percent",
     "of those detained", ""),
    ("About 40 per cent of those detained were charged with burglary.", "40 per cent", "percent",
     "of those detained were charged", "charge-share"),
    ("Some 40 per cent of voters were charged more for parking.", "40 per cent", "percent", "voters", ""),
    # dogs seized, also as the last item of a list whose head is a seizure
    ("The raid ended with 14 dogs seized from the farm.", "14", "count", "dogs", "dogs-seized"),
    ("Bailiffs confiscated 40 phones, 17 laptops and three dogs from the kennels on Tuesday.", "three",
     "count", "dogs", "dogs-seized"),
    ("Officers made 40 arrests, 12 charges and three dogs barked at them.", "three", "count", "dogs", ""),
    ("Three dogs attacked a postman in the street.", "Three", "count", "dogs", ""),
    # money raised through the precept across all payers (not what one household pays)
    ("The commissioner hopes to bring in £7.5m from the police precept over two years.", "£7.5m", "GBP",
     "", "precept-income"),
    ("Each household pays £18 more a year from the police precept.", "£18", "GBP", "", "council-tax-precept"),
    ("The force will bring in £14m through council tax increases over three years.", "£14m", "GBP", "",
     "precept-income"),  # the longest phrase names the measure, not the "council tax" inside it
])
def test_measures_of_round_9(sentence, surface, unit, measures, expected):
    read = claims.read_claim(figure(sentence, surface, unit, measures=measures), ARTICLE)
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("kind, template, marked, control, expected", [
    ("gap", "Its standard of 2,650 officers, 190 {} what it has, is a goal for 2031.",
     [("2,650", "count", "officers", "2650"), ("190", "count", "", "190")], "beyond", "officer-establishment"),
    ("whole", "Car thefts climbed by 11% in the district. Counting {} kinds, the thefts came to 2,140.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "recent", "vehicle-crime"),
])
def test_reference_cues_are_data(kind, template, marked, control, expected):
    """Each `gap` cue right after a figure keeps it from taking the measure of the figure before it ("400 short of
    the current level" is no establishment), each `whole` cue in its clause keeps a repeated head noun from
    taking the measure of the sentence before ("all kinds of offences"); a word of no such kind does not."""
    where = "after" if kind == "gap" else "reference"
    cues = [c for c, k in claims._cues().get(where, ()) if k == kind]
    assert cues
    for word in cues + [control]:
        article, found = article_figures(template.format(word), marked)
        found[-1] = replace(found[-1], subject="the thefts" if kind == "whole" else "")
        read = claims.read_claims(found, article)[-1]
        assert (read.measure if read else "") == (expected if word == control else ""), word


@pytest.mark.parametrize("cue", [c for c, kind in claims._cues().get("reference", ()) if kind == "part"] + ["and"])
def test_a_part_of_the_figure_before_takes_its_narrower_measure(cue):
    """"... 918 victims were safeguarded, 140 of whom were children": a subgroup of the whole before it, read with that
    whole as context, and only as a measure narrower than the whole's, never the whole's own (after a word of no
    `part` kind, "and", the figure is the earlier figure's restated, as before)."""
    text = f"Across the summer 918 victims were safeguarded by the team, 140 {cue} were children."
    article, found = article_figures(text, [("918", "count", "victims", "918"), ("140", "count", "", "140")])
    read = claims.read_claims(found, article)[-1]
    assert (read.measure if read else "") == ("people-safeguarded" if cue == "and" else "children-safeguarded")


@pytest.mark.parametrize("text, marked, expected", [
    ("Across the summer 918 victims were safeguarded by the team, about a third of whom were children.",
     [("918", "count", "victims", "918"), ("a third", "ratio", "", "0.333")], "children-safeguarded"),
    ("The operation led to 300 arrests, almost 40 of them children.",
     [("300", "count", "arrests", "300"), ("40", "count", "", "40")], ""),  # no narrower measure of arrests
    ("Officers safeguarded 612 people during the week. Some 200 children were at school.",
     [("612", "count", "people", "612"), ("200", "count", "children", "200")], ""),  # another sentence
])
def test_a_part_takes_no_measure_the_whole_has_no_narrower_one_for(text, marked, expected):
    article, found = article_figures(text, marked)
    read = claims.read_claims(found, article)[-1]
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("rest, expected", [
    ("were in the town centre", "burglary"),  # a part by place keeps the whole's measure
    ("took place at night", "burglary"),  # by time
    ("were committed during the school holidays", "burglary"),
    ("were by teenagers", ""),  # another population: narrower or nothing
    ("involved teenagers in the town centre", ""),  # not only where or when
    ("were in Cardiff", "burglary"),  # a place the gazetteer knows
    ("took place in 2019", "burglary"),  # a year
    # a where-cue before neither a place nor a time says what the part is, not where
    ("were at knifepoint", ""),
    ("were in rented flats owned by one landlord", ""),
])
def test_a_part_by_place_or_time_keeps_the_whole_s_measure(rest, expected):
    text = f"Detectives logged 730 burglaries over the year, 260 of which {rest}."
    article, found = article_figures(text, [("730", "count", "burglaries", "730"), ("260", "count", "", "260")])
    read = claims.read_claims(found, article)[-1]
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("text, marked, subject, expected", [
    ("Car thefts climbed by 11% across the district. These thefts came to 2,140, a council paper shows.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "These thefts", "vehicle-crime"),
    ("Car thefts climbed by 11% across the district. Some 2,140 such thefts were logged over the twelve months.",
     [("11%", "percent", "", "11"), ("2,140", "count", "such thefts", "2140")], "", "vehicle-crime"),
    ("Car thefts climbed by 11% across the district. Thefts came to 2,140, a council paper shows.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "Thefts", ""),  # bare: all thefts, maybe
    ("Vehicle crime climbed by 11% across the district. The thefts came to 2,140, a council paper shows.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "The thefts", ""),  # no head noun repeated
    ("Car thefts climbed by 11% across the district. The bicycle thefts came to 2,140.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "The bicycle thefts", ""),  # another kind
    ("Car thefts climbed by 11% across the district. The thefts from shops came to 2,140.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "The thefts from shops", ""),
    ("Car thefts climbed by 11% and arrests by 3%. The thefts came to 2,140.",
     [("11%", "percent", "", "11"), ("3%", "percent", "", "3"), ("2,140", "count", "", "2140")], "The thefts", ""),
    ("Car thefts climbed by 11% across the district. The council met. The thefts came to 2,140.",
     [("11%", "percent", "", "11"), ("2,140", "count", "", "2140")], "The thefts", ""),  # not the sentence before
    # a noun that is also a broader measure's head word may count that broad measure
    ("Knife offences went up by 8% in the borough. These offences came to 6,100 across the two counties.",
     [("8%", "percent", "", "8"), ("6,100", "count", "", "6100")], "These offences", ""),
    ("Violent crime went up by 9% in the valley last spring. The crime dropped by 3% across Wales.",
     [("9%", "percent", "", "9"), ("3%", "percent", "", "3")], "The crime", ""),
])
def test_a_repeated_head_noun_takes_the_measure_of_the_sentence_before(text, marked, subject, expected):
    """"Car thefts ... These thefts came to N": the noun, with only a determiner that points back, repeats the head
    the sentence before named its one measure with, and is no head word of a broader measure ("offences", "crime");
    a bare "Thefts" may be all thefts."""
    article, found = article_figures(text, marked)
    found[-1] = replace(found[-1], subject=subject)
    read = claims.read_claims(found, article)[-1]
    assert (read.measure if read else "") == expected


def article_figures(text: str, marked: list[tuple[str, str, str, str]]) -> tuple[Article, list[Figure]]:
    """An article of `text` (sentences ending ". ") and its figures: (surface, unit, measures, value), each the
    next occurrence of its surface after the one before."""
    article = Article("b.txt", "A headline", text, "hash", published=PUBLISHED)
    found, at = [], 0
    for surface, unit, measures, value in marked:
        start = text.index(surface, at)
        s_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
        s_end = text.find(". ", start) + 1 if text.find(". ", start) >= 0 else len(text)
        ev = Evidence(start, start + len(surface), surface, s_start, s_end, text[s_start:s_end], 0)
        found.append(Figure(value, unit, surface, measures=measures, evidence=ev))
        at = start + len(surface)
    return article, found


@pytest.mark.parametrize("text, marked, expected", [
    # the same value and unit as figures that all have one measure, for a noun that names only a change
    ("Officers were offered a 4% pay award in May. The union said the 4% rise was too small.",
     [("4%", "percent", "pay award", "4"), ("4%", "percent", "rise", "4")], "pay-award"),
    ("Officers were offered a 4% pay award while burglary fell by 4%. The union said the 4% rise was small.",
     [("4%", "percent", "pay award", "4"), ("4%", "percent", "", "4"), ("4%", "percent", "rise", "4")], ""),
    ("Officers were offered a 4% pay award in May. The union said 4% of members had left.",
     [("4%", "percent", "pay award", "4"), ("4%", "percent", "members", "4")], ""),  # its own noun
    # the same value, and its own noun names that measure in context
    ("The review said the service failed to record 6,383 crimes. That came to 6,383 alleged offences.",
     [("6,383", "count", "crimes", "6383"), ("6,383", "count", "alleged offences", "6383")], "unrecorded-crime"),
    ("The review said the service failed to record 6,383 crimes. It also held 6,383 alleged suspects.",
     [("6,383", "count", "crimes", "6383"), ("6,383", "count", "alleged suspects", "6383")], ""),
    ("The inspection made 24 recommendations. Its report, published after a long delay, lists 24 recommendations.",
     [("24", "count", "recommendations", "24"), ("24", "count", "recommendations", "24")], "recommendations"),
    ("Police safeguarded 300 people in May. Some 300 people attended the vigil.",
     [("300", "count", "people", "300"), ("300", "count", "people", "300")], ""),  # a round value, no context
    ("Patrols made 3,517 searches of children. Records show 3,517 children were searched.",
     [("3,517", "count", "searches of children", "3517"), ("3,517", "count", "children", "3517")],
     "stop-search-children"),  # a distinctive value, with a word of its measure's context
    ("Patrols made 3,500 searches of children. Records show 3,500 children were searched.",
     [("3,500", "count", "searches of children", "3500"), ("3,500", "count", "children", "3500")], ""),
    # an earlier figure of its sentence, when it has no noun or its clause holds a pronoun
    ("The force had planned for 300 PCSOs by May, but there will now be only 210.",
     [("300", "count", "PCSOs", "300"), ("210", "count", "", "210")], "pcsos"),
    ("In the county 5,100 stop and searches were made last year, but that was down from 6,200 times before.",
     [("5,100", "count", "stop and searches", "5100"), ("6,200", "count", "times", "6200")], "stop-and-search"),
    ("CPI inflation is running at 6.1%, and the governor has vowed to cut it to 2% by the spring.",
     [("6.1%", "percent", "", "6.1"), ("2%", "percent", "cut", "2")], "inflation"),
    ("The challenger finished ahead by 5,210 to 4,870 in the postal ballot.",
     [("5,210", "count", "", "5210"), ("4,870", "count", "", "4870")], "votes"),  # the other side of a tally
    ("Police made 300 arrests in May, and the force hired 50 in June.",
     [("300", "count", "arrests", "300"), ("50", "count", "", "50")], ""),  # another verb's object
    ("An estimated 4,000 people joined the march, although organisers said around 9,000.",
     [("4,000", "count", "people", "4000"), ("9,000", "count", "", "9000")], "protest-attendance"),
    ("Burglaries fell by 5% to 2,000, while 300 volunteers joined the watch scheme.",
     [("5%", "percent", "", "5"), ("2,000", "count", "", "2000"), ("300", "count", "volunteers", "300")], ""),
    ("Burglaries fell by 5% and arrests rose by 8%, while 9% was the rise elsewhere.",
     [("5%", "percent", "", "5"), ("8%", "percent", "", "8"), ("9%", "percent", "", "9")], ""),  # two before
    # the sentence just before, when its clause holds a pronoun
    ("The police grant was cut by 4% this year. Since 2015 it has been cut by 21%.",
     [("4%", "percent", "police grant was cut", "4"), ("21%", "percent", "it has been cut", "21")], "police-funding"),
    ("The police grant was cut by 4% this year. The council set new parking rules. Since 2015 it has been cut by 21%.",
     [("4%", "percent", "police grant was cut", "4"), ("21%", "percent", "it has been cut", "21")], ""),
    ("Burglary fell by 4% and arrests rose by 6%. It has fallen by 20% since 2015.",
     [("4%", "percent", "", "4"), ("6%", "percent", "", "6"), ("20%", "percent", "it has fallen", "20")], ""),
    ("The force faces a 3% cut in its police grant, totalling £12.4m, next year. Officers fear what £12.4m means.",
     [("3%", "percent", "cut in its police grant", "3"), ("£12.4m", "GBP", "", "12400000"),
      ("£12.4m", "GBP", "", "12400000")], "police-funding"),  # restated in the next sentence: 3 digits
    ("The police grant rose by 2% this year. Some 2% of officers left.",
     [("2%", "percent", "", "2"), ("2%", "percent", "officers", "2")], ""),
    ("Police made 4,200 stop and searches in June. Of those made in the city, 900 were of black people.",
     [("4,200", "count", "stop and searches", "4200"), ("900", "count", "black people", "900")],
     "stop-search-black"),  # "those": what the sentence before counted
    ("Police made 4,200 arrests in June. Of those made in the city, 900 were of black people.",
     [("4,200", "count", "arrests", "4200"), ("900", "count", "black people", "900")], ""),
    # a narrower measure its own noun names, the pronoun's antecedent giving the context
    ("An audit said the service was not recording one in six crimes. This rose to one in three violent crimes.",
     [("one in six", "ratio", "crimes", "0.1667"), ("one in three", "ratio", "violent crimes", "0.3333")],
     "unrecorded-violent-crime"),
    ("An audit said the service was not recording one in six crimes. Last year one in three violent crimes rose.",
     [("one in six", "ratio", "crimes", "0.1667"), ("one in three", "ratio", "violent crimes", "0.3333")], ""),
    ("The police grant was cut by 4% this year. In 2015 there were 90 more.",
     [("4%", "percent", "police grant was cut", "4"), ("90", "count", "", "90")], ""),  # no pronoun
])
def test_a_figure_that_points_back_takes_its_antecedent_s_measure(text, marked, expected):
    article, found = article_figures(text, marked)
    read = claims.read_claims(found, article)[-1]
    assert (read.measure if read else "") == expected


@pytest.mark.parametrize("text, marked, expected", [
    ("A constable retiring after 25 years in post would get a £71,000 pension lump sum, nearly £6,000 more than before.",
     [("25", "years", "years in post", "25"), ("£71,000", "GBP", "pension lump sum", "71000"),
      ("£6,000", "GBP", "", "6000")], ("pension-lump-sum", "change", "rise")),
    ("A constable retiring after 25 years in post would get a £71,000 pension lump sum, but £6,000 goes in tax.",
     [("25", "years", "years in post", "25"), ("£71,000", "GBP", "pension lump sum", "71000"),
      ("£6,000", "GBP", "", "6000")], None),  # another clause
    ("The operation led to 300 arrests, almost 40 of them teenagers.",
     [("300", "count", "arrests", "300"), ("40", "count", "", "40")], None),  # a part, not a change
])
def test_a_figure_set_after_another_s_noun_with_a_comma_is_of_its_measure(text, marked, expected):
    article, found = article_figures(text, marked)
    read = claims.read_claims(found, article)[-1]
    assert ((read.measure, read.kind, read.direction) if read else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("The police grant was cut by £14.7m. The authority faces cuts of up to 3% which is around £14.7m.",
     ("police-funding", "change", "fall")),
    ("The police grant was cut by £14.7m. The authority faces cuts of up to 3%, or £14.7m.",
     ("police-funding", "change", "fall")),
    ("The police grant was cut by £14.7m. The authority faces cuts of up to 3% and a loss of £14.7m.", None),
])
def test_a_figure_restated_right_after_takes_the_restating_figure_s_claim(text, expected):
    article, found = article_figures(text, [("£14.7m", "GBP", "police grant was cut", "14700000"),
                                            ("3%", "percent", "", "3"), ("£14.7m", "GBP", "", "14700000")])
    read = claims.read_claims(found, article)[1]
    assert ((read.measure, read.kind, read.direction) if read else None) == expected


@pytest.mark.parametrize("text, marked, kind, direction", [
    ("The force faces a 3% cut in its police grant, totalling £12.4m, next year.",
     [("3%", "percent", "cut in its police grant", "3"), ("£12.4m", "GBP", "", "12400000")], "change", "fall"),
    ("The force faces a 3% cut in its police grant. Officers fear what the £12.4m cut means.",
     [("3%", "percent", "cut in its police grant", "3"), ("£12.4m", "GBP", "cut", "12400000")], "", ""),
    ("CPI inflation is running at 6.1%, and the governor has vowed to cut it to 2% by the spring.",
     [("6.1%", "percent", "", "6.1"), ("2%", "percent", "cut", "2")], "projection", ""),
    ("The sitting councillor lost by 140 votes, a result she called a defeat by 140 votes.",
     [("140", "votes", "votes", "140"), ("140", "votes", "votes", "140")], "level", ""),
])
def test_a_figure_read_by_reference_keeps_the_kind_of_what_it_restates(text, marked, kind, direction):
    """A restatement ("totalling £12.4m") is the change it restates; a tally or margin is never a change."""
    article, found = article_figures(text, marked)
    read = claims.read_claims(found, article)[-1]
    assert ((read.kind, read.direction) if read else ("", "")) == (kind, direction)


@pytest.mark.parametrize("sentence, surface, unit, expected", [
    ("Recorded burglaries fell by 1,900 over the winter.", "1,900", "count", "change"),
    ("Burglaries were up 17 per cent on the year.", "17 per cent", "percent", "change"),
    ("There was a 15% increase in burglaries.", "15%", "percent", "change"),
    ("Burglaries reached 8,450 in the county.", "8,450", "count", "level"),
    ("Burglaries fell by 4% to 8,450.", "8,450", "count", "level"),
    ("The force lost 120 officers last year.", "120", "count", "change"),
    ("The mayor pledged 500 extra officers for the city.", "500", "count", "projection"),
    ("The chief warned that officer numbers could drop by 300.", "300", "count", "projection"),
    ("Burglaries dropped by almost 600 in the town.", "600", "count", "change"),
    ("There are nearly 900 fewer officers on the streets.", "900", "count", "change"),
    ("The burglary total was 3,300 in the county.", "3,300", "count", "level"),
    ('The party pledged to "lift PCSO numbers up to 9,000" by the election.', "9,000", "count", "projection"),
    ("Prices are rising at 4.1%, and the minister - who promised to halve it by May - wants calm.", "4.1%",
     "percent", "level"),  # the period (read from the other clause) is no pledge of this one
    ("Inspectors found that 7% of recruits should not have passed vetting.", "7%", "percent", "level"),
    ("Without the grant the force would have 300 fewer officers.", "300", "count", "projection"),
])
def test_kind(sentence, surface, unit, expected):
    period = "by May - wants" if "by May" in sentence else ""
    assert claims.claim_kind(figure(sentence, surface, unit, period=period)) == expected


@pytest.mark.parametrize("text, kind, stock, expected", [
    ("in 2019", "level", True, ("2019-01-01", "2019-12-31", "2019")),
    ("for 2019-20", "level", False, ("2019-04-01", "2020-03-31", "2019/20")),
    ("in 2017/18", "change", False, ("2017-04-01", "2018-03-31", "2017/18")),
    ("in the year to September 2019", "level", False, ("2018-10-01", "2019-09-30", "year to September 2019")),
    ("in the 12 months to March", "level", False, ("2020-04-01", "2021-03-31", "year to March 2021")),
    ("in the year to December", "change", False, ("2020-01-01", "2020-12-31", "year to December 2020")),
    ("at the end of March 2020", "level", True, ("2020-03-31", "2020-03-31", "as of 2020-03-31")),
    ("in May 2018", "level", True, ("2018-05-01", "2018-05-31", "May 2018")),
    ("in May 2018", "change", True, None),  # a month is no period of a change
    ("since 2012", "change", False, ("2012-01-01", PUBLISHED, f"since 2012 to {PUBLISHED}")),
    ("since 2012-13", "change", False, ("2012-04-01", PUBLISHED, f"since 2012/13 to {PUBLISHED}")),
    ("between April and June 2020", "change", False, ("2020-04-01", "2020-06-30", "April to June 2020")),
    ("between 2015 and 2018", "change", False, ("2015-01-01", "2018-12-31", "2015 to 2018")),
    ("last year", "level", False, ("2020-01-01", "2020-12-31", "2020")),
    ("in the past year", "change", False, ("2020-06-16", PUBLISHED, f"12 months to {PUBLISHED}")),
    ("", "level", True, (PUBLISHED, PUBLISHED, f"as of {PUBLISHED}")),  # a headcount as of the article's date
    ("", "level", False, None),  # a count of events states no "as of"
    ("", "change", True, None),
    ("in 2019-21", "level", False, None),  # not a financial year
    ("between the ages of 10 and 15", "level", False, None),
    ("within weeks", "projection", False, None),
    ("since 1 April 2018", "change", False, ("2018-04-01", PUBLISHED, f"since 1 April 2018 to {PUBLISHED}")),
    ("since May 2019", "change", False, ("2019-05-01", PUBLISHED, f"since May 2019 to {PUBLISHED}")),
    ("by March 2022", "projection", False, ("", "2022-03-31", "by March 2022")),
    ("by the end of 2025", "projection", False, ("", "2025-12-31", "by 2025")),
    ("by March 2022", "level", True, None),  # of a fact: when it was so, not a period
])
def test_period(text, kind, stock, expected):
    found = claims.read_period(text, PUBLISHED, kind, stock)
    assert (None if found is None else (found.start, found.end, found.label)) == expected


@pytest.mark.parametrize("sentence, period, expected", [
    ("In 2016 the county force made 410 arrests.", "2016", "2016"),
    ("Between 2015 and 2016 the county force made 410 arrests.", "2016", None),  # the range, not the year
    ("The county force made 410 arrests in 2015-16.", "2016", None),
    ("Between May 2015 and May 2016 the county force made 410 arrests.", "May 2016", None),
    ("In May 2016 the county force made 410 arrests.", "May 2016", "May 2016"),
    ("The county force made 410 arrests – a total it last reached in May 2016.", "May 2016", None),  # another's
    ("The county force made 410 arrests (a record) in May 2016.", "May 2016", "May 2016"),  # an aside
    ("The county force made 410 arrests in 2015/16.", "", "2015/16"),  # the clause's financial year
    ("The county force made 410 arrests in 2015/16, against 380 in 2014/15.", "", "2015/16"),
    ("The county force made 410 arrests, and 2015/16 was a record year.", "", None),  # not in its clause
])
def test_a_year_that_ends_a_range_is_no_period(sentence, period, expected):
    read = claims.read_claim(figure(sentence, "410", measures="arrests", period=period), ARTICLE)
    assert (read.period.label if read.period else None) == expected


def test_period_needs_the_article_date_for_relative_words():
    assert claims.read_period("in the year to March", "", "level") is None
    assert claims.read_period("last year", "", "level") is None
    assert claims.read_period("", "", "level") is None


TYPES = {"org:north-police": ("PoliceBody",), "org:some-ministry": ("GovernmentBody",),
         "org:north-police-federation": ("PoliceBody",), "place:northshire": ("Place",)}
NAMES = {"org:north-police": ("North Police",), "org:some-ministry": ("Some Ministry",),
         "org:north-police-federation": ("North Police Federation",), "place:northshire": ("Northshire",)}


@pytest.mark.parametrize("sentence, about, place, expected", [
    ("North Police reported officer numbers down by 210.", "org:north-police", "", "org:north-police"),
    ("In Northshire, officer numbers dropped by 210.", "", "place:northshire", "place:northshire"),
    ("The Northshire MP said officer numbers dropped by 210.", "", "place:northshire", ""),  # a constituency
    ("Officer numbers in Northshire dropped by 210.", "org:north-police", "place:northshire", "place:northshire"),
    ("Officer numbers dropped by 210.", "org:north-police", "", ""),  # the force is not named here
    ("Officer numbers dropped by 210.", "", "place:northshire", ""),  # nor the place
    ("Some Ministry reported officer numbers down by 210.", "org:some-ministry", "", ""),  # no police force
    ("North Police Federation said officer numbers fell by 210.", "org:north-police-federation", "", ""),
    ("Northshire's largest force reported officer numbers down by 210.", "", "place:northshire", ""),  # an owner
    ("Officer numbers dropped by 210, mainly because of cuts in Northshire.", "", "place:northshire", ""),
    ("North Police's officer numbers dropped by 210.", "org:north-police", "", "org:north-police"),
    ("North Police warned of cuts to the force that will leave its 210 PCSOs without a base.", "org:north-police", "",
     "org:north-police"),  # "its": the force the sentence names
    ("North Police Federation warned of cuts to the force that will leave its 210 PCSOs without a base.",
     "org:north-police", "", ""),  # named only inside the staff association's name
    ("Some 210 people joined the march in solidarity with farmers in Northshire.", "", "place:northshire",
     ""),  # a crowd is of no place its clause names
])
def test_jurisdiction_is_a_place_or_force_named_in_the_figure_s_phrase(sentence, about, place, expected):
    read = claims.read_claim(figure(sentence, "210", about=about, place=place), ARTICLE, TYPES, NAMES)
    assert read.jurisdiction == expected


def test_every_measure_is_well_formed():
    table = claims.measures()
    assert len(table) >= 15
    for m in table.values():
        assert m.words and m.label and m.units, m.id
        assert not m.broader or m.broader in table, m.id
        assert bool(m.weak_words) == bool(m.context), m.id


def row(figure_id, value, article, **fields):
    base = dict(measure="m:officers", jurisdiction="place:x", start="2020-01-01", end="2020-12-31",
                kind="level", unit="count")
    base.update(fields)
    return claims.ClaimRow(figure_id, value=Decimal(value), article=article, **base)


@pytest.mark.parametrize("other, flagged", [
    (row("b", "1030", "art2"), True),  # 3% apart
    (row("b", "1015", "art2"), False),  # within rounding
    (row("b", "1030", "art1"), False),  # the same article
    (row("b", "1300", "art2", kind="change"), False),  # a change is not checked against a level
    (row("b", "1300", "art2", end="2021-12-31"), False),  # another period
    (row("b", "1300", "art2", jurisdiction=""), False),  # where unknown
    (row("b", "1300", "art2", start=""), False),  # when unknown
    (row("b", "1300", "art2", kind="projection"), False),
])
def test_disagreements(other, flagged):
    found = claims.disagreements([row("a", "1000", "art1"), other])
    assert bool(found) == flagged
    if flagged:
        (a, b), difference = found[0]
        assert {a.figure, b.figure} == {"a", "b"} and difference == Decimal("0.0291")


LEVELS = [row("start", "2000", "art1", start="2019-03-31", end="2019-03-31"),
          row("end", "1700", "art2", start="2020-03-31", end="2020-03-31")]


@pytest.mark.parametrize("change, flagged", [
    (row("c", "300", "art3", kind="change", direction="fall", start="2019-03-31", end="2020-03-31"), False),
    (row("c", "500", "art3", kind="change", direction="fall", start="2019-03-31", end="2020-03-31"), True),
    (row("c", "300", "art3", kind="change", direction="rise", start="2019-03-31", end="2020-03-31"), True),
    (row("c", "15", "art3", kind="change", direction="fall", unit="percent", start="2019-03-31",
         end="2020-03-31"), False),  # 2,000 to 1,700 is a 15% fall
    (row("c", "25", "art3", kind="change", direction="fall", unit="percent", start="2019-03-31",
         end="2020-03-31"), True),
    (row("c", "500", "art3", kind="change", direction="", start="2019-03-31", end="2020-03-31"), False),  # which way?
    (row("c", "500", "art3", kind="change", direction="fall", start="2018-03-31", end="2020-03-31"), False),  # no level
])
def test_a_change_is_checked_against_the_levels_at_the_ends_of_its_period(change, flagged):
    found = claims.disagreements(LEVELS + [change])
    assert bool(found) == flagged
    if flagged:
        assert [r.figure for r in found[0][0]] == ["c", "start", "end"]


@pytest.mark.parametrize("sentence, surface, expected", [
    ("Burglaries fell by 300 last year.", "300", "fall"),
    ("Burglaries were up 12% on the year.", "12%", "rise"),
    ("There are 450 fewer officers than in spring.", "450", "fall"),
    ("A 9% increase in burglaries was recorded.", "9%", "rise"),
    ("Officer numbers changed by 300 over the year.", "300", ""),
])
def test_direction(sentence, surface, expected):
    assert claims.direction(figure(sentence, surface)) == expected


# --- a small corpus of our own: three articles on one force's headcount, two disagreeing -------------

HEADCOUNT = "{headline}\n\nPublished: {date}\n\nPolice officer numbers in Kent reached {value} at the end of March 2022.\n"
CORPUS = {"a.txt": ("Officer numbers climb", "10 May 2022", "4,210"),
          "b.txt": ("Force short of officers", "2 June 2022", "only 4,480"),
          "c.txt": ("Recruits arrive", "20 June 2022", "4,230")}


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    from graphbuild.cli import main

    folder = tmp_path_factory.mktemp("claims")
    articles = folder / "articles"
    articles.mkdir()
    for name, (headline, date, value) in CORPUS.items():
        (articles / name).write_text(HEADCOUNT.format(headline=headline, date=date, value=value), encoding="utf-8")
    out = folder / "kg"
    assert main(["build", str(articles), "--out", str(out), "--claims", "--no-cache"]) == 0
    return out


def test_claims_csv_has_one_sorted_row_per_claim_with_its_disagreements(corpus_build):
    import csv

    rows = list(csv.DictReader((corpus_build / "claims.csv").open(encoding="utf-8")))
    assert [(r["measure"], r["jurisdiction"], r["period"], r["kind"], r["value"], r["file"]) for r in rows] == [
        ("police officer headcount", "Kent", "as of 2022-03-31", "level", "4210", "a.txt"),
        ("police officer headcount", "Kent", "as of 2022-03-31", "level", "4230", "c.txt"),
        ("police officer headcount", "Kent", "as of 2022-03-31", "level", "4480", "b.txt")]
    assert rows[0]["published"] == "2022-05-10" and rows[0]["headline"] == "Officer numbers climb"
    assert "4,210" in rows[0]["sentence"]
    assert [r["disagreesWith"] for r in rows[:2]] == ["4480 in b.txt", "4480 in b.txt"]  # 4,210 and 4,230 agree
    assert sorted(rows[2]["disagreesWith"].split(" | ")) == ["4210 in a.txt", "4230 in c.txt"]


def test_disagreements_are_in_the_graph_and_it_conforms(corpus_build):
    from rdflib import Graph
    from rdflib.namespace import RDF

    from graphbuild.shapecheck import check
    from graphbuild.vocab import GB

    graph = Graph().parse(corpus_build / "graph.ttl")
    found = list(graph.subjects(RDF.type, GB.Disagreement))
    assert len(found) == 2
    values = sorted(sorted(int(graph.value(f, GB.value)) for f in graph.objects(d, GB.claim)) for d in found)
    assert values == [[4210, 4480], [4230, 4480]]
    assert check(graph).conforms


def test_claims_command_rewrites_the_csv_and_refuses_a_folder_without_a_graph(corpus_build, tmp_path, capsys):
    from graphbuild.cli import main

    before = (corpus_build / "claims.csv").read_bytes()
    (corpus_build / "claims.csv").unlink()
    assert main(["claims", str(corpus_build)]) == 0
    assert (corpus_build / "claims.csv").read_bytes() == before  # the same bytes again
    capsys.readouterr()
    assert main(["claims", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no graph.ttl" in err and "Traceback" not in err


def test_the_shipped_query_is_the_one_the_command_runs():
    from pathlib import Path

    from graphbuild.claimsfile import claims_query

    shipped = Path(__file__).resolve().parent.parent / "queries" / "claims-by-measure.rq"
    assert shipped.read_text(encoding="utf-8") == claims_query()



@pytest.mark.parametrize("word", sorted(word_class("head_preposition")) + ["about"])
def test_head_prepositions_are_data(word):
    """Each `head_preposition` in word_classes.csv ends a measure phrase's head noun; a word of no such class
    does not."""
    assert claims._head(f"thefts {word} bicycles") == ("thefts" if word != "about" else "bicycles")
