"""Figures: numbers found in every form, non-figures left alone, context read, exact values in RDF."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import namespace as rdfns

from graphbuild.gazetteer import figure_words
from graphbuild.extract.figures import find_numbers
from graphbuild.rdf import build_graph
from graphbuild.vocab import GB

HEADLINE = "Ministers face questions\n"


def name_of(extraction, key):
    """The name of an entity or policy key, "" for no key."""
    if not key:
        return ""
    names = [e.name for e in extraction.entities if e.key == key] + [p.name for p in extraction.policies
                                                                     if p.key == key]
    assert len(names) == 1, (key, [e.key for e in extraction.entities], [p.key for p in extraction.policies])
    return names[0]


def figure_with(extraction, surface):
    found = [f for f in extraction.figures if f.surface == surface]
    assert len(found) == 1, [(f.surface, f.value, f.unit) for f in extraction.figures]
    return found[0]


def check_evidence(extraction):
    text = extraction.article.text
    for f in extraction.figures:
        ev = f.evidence
        assert ev is not None
        assert text[ev.start:ev.end] == f.surface == ev.text
        assert ev.sentence_start <= ev.start <= ev.end <= ev.sentence_end
        assert text[ev.sentence_start:ev.sentence_end] == ev.sentence


# --- find_numbers: every number form, value in base units ---------------------------------------

@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Police recorded 282,411 offences.", "282,411", "282411", "count"),
        ("Officers made 3.5 arrests a day.", "3.5", "3.5", "count"),
        ("Seven officers were injured.", "Seven", "7", "count"),
        ("There were twenty-three stabbings.", "twenty-three", "23", "count"),
        ("There were one hundred and twenty stabbings.", "one hundred and twenty", "120", "count"),
        ("A third of forces missed the target.", "A third", "0.3333", "ratio"),
        ("One-fifth of officers quit.", "One-fifth", "0.2", "ratio"),
        ("Two-thirds of officers said they were tired.", "Two-thirds", "0.6667", "ratio"),
        ("Three-quarters of officers said they were tired.", "Three-quarters", "0.75", "ratio"),
        ("The Treasury found £600m for forces.", "£600m", "600000000", "GBP"),
        ("The plan costs £1bn a year.", "£1bn", "1000000000", "GBP"),
        ("The plan costs £1.2bn a year.", "£1.2bn", "1200000000", "GBP"),
        ("The US spent $2.5 billion on it.", "$2.5 billion", "2500000000", "USD"),
        ("Each officer cost €40,000 to train.", "€40,000", "40000", "EUR"),
        ("The Home Office gave £4.5 million to Leeds.", "£4.5 million", "4500000", "GBP"),
        ("Crime rose by 19% last year.", "19%", "19", "percent"),
        ("Pay rose by 7.5 per cent.", "7.5 per cent", "7.5", "percent"),
        ("Pay rose by 12 percent.", "12 percent", "12", "percent"),
        ("Pay rose by seven per cent.", "seven per cent", "7", "percent"),
        ("Some 2 million people were stopped.", "2 million", "2000000", "count"),
        ("The report is due within ten working days.", "ten", "10", "days"),
        ("Council tax rose 6pc in April.", "6pc", "6", "percent"),
        ("Council tax rose 6.5 pc in April.", "6.5 pc", "6.5", "percent"),
        ("The inspector retired one year early.", "one", "1", "years"),
        ("The grant shrank by a quarter of a billion pounds.", "a quarter of a billion pounds", "250000000", "GBP"),
        ("The new depot cost half a million pounds.", "half a million pounds", "500000", "GBP"),
        ("Half a million drivers were fined.", "Half a million", "500000", "count"),
        ("The force lost 1.5 billion pounds of funding.", "1.5 billion pounds", "1500000000", "GBP"),
        ("Half of the new recruits were women.", "Half", "0.5", "ratio"),
        ("The station saw nearly half its staff leave.", "half", "0.5", "ratio"),
        ("Burglaries fell by half.", "half", "0.5", "ratio"),
        ("A dozen officers were hurt.", "A dozen", "12", "count"),
        ("Two dozen officers were hurt.", "Two dozen", "24", "count"),
        ("Half a dozen officers were hurt.", "Half a dozen", "6", "count"),
        ("The force logged 1.5m calls.", "1.5m", "1500000", "count"),
        ("The scheme will cost 2bn over the decade.", "2bn", "2000000000", "count"),
        ("The scheme will cost 1.2bn pounds.", "1.2bn pounds", "1200000000", "GBP"),
        ("The fine was 500,000 euros.", "500,000 euros", "500000", "EUR"),
        ("Four in every ten officers agreed.", "Four in every ten", "0.4", "ratio"),
    ],
    ids=["digits-separators", "decimal", "word", "hyphenated-words", "words-with-and", "a-third", "one-fifth",
         "two-thirds", "three-quarters", "gbp-m", "gbp-bn", "gbp-decimal-bn", "usd-billion", "eur-separators",
         "gbp-decimal-million", "percent-sign", "per-cent-decimal", "percent-word", "per-cent-number-word",
         "count-with-magnitude", "working-days", "pc", "pc-spaced", "one-year", "fraction-of-magnitude-pounds",
         "half-a-million-pounds", "half-a-million", "magnitude-pounds", "half-of", "nearly-half", "by-half",
         "a-dozen", "two-dozen", "half-a-dozen", "m-before-a-plural", "bn", "bn-pounds", "digits-euros",
         "in-every"],
)
def test_find_numbers(text, surface, value, unit):
    found = [(text[m.start:m.end], m.value, m.unit) for m in find_numbers(text)]
    assert len(found) == 1, found
    got_surface, got_value, got_unit = found[0]
    assert got_surface == surface
    assert isinstance(got_value, Decimal)
    assert got_value == Decimal(value)
    assert got_unit == unit


@pytest.mark.parametrize("kind, template, found", [
    ("half_before", "Burglaries have fallen {} half.", True),  # "by half", "almost half"
    ("half_after", "Officers said half {} recruits left.", True),  # "half of", "half the"
    ("half_not_before", "Burglaries fell in the {} half of the year.", False),  # a part, not a figure
])
def test_the_words_that_make_half_a_figure_are_data(kind, template, found):
    """Each `kind` row of figure_words.csv decides alone whether "half" is a figure; with a word of no
    such row in its place ("fallen precisely half.") the answer turns."""
    for word in figure_words(kind):
        text = template.format(word)
        halves = [m.value for m in find_numbers(text) if text[m.start:m.end] == "half"]
        assert halves == ([Decimal("0.5")] if found else []), word
    text = template.format("precisely")
    assert any(text[m.start:m.end] == "half" for m in find_numbers(text)) is not found


@pytest.mark.parametrize("idiom", figure_words("half_idiom"))
def test_half_in_a_saying_is_no_figure(idiom):
    """"The report tells only half the story": no share of anything; "half the staff" still is one."""
    text = f"The report tells only half {idiom}, but half the staff left."
    assert [text[m.start:m.end + 10] for m in find_numbers(text)] == ["half the staff"]



# --- what is not a figure ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, figures",
    [
        ("Knife crime rose by 12% in 2019, the Home Office said.", {"12%"}),
        ("Knife crime rose by 12% in 2010-11.", {"12%"}),
        ("Jane Porter announced 400 new officers on 3 March.", {"400"}),
        ("Tom Ellison said 300 officers marched at 5pm on Monday.", {"300"}),
        ("The boy, aged 16, was one of 40 people arrested.", {"40"}),
        ("A 17-year-old was one of 40 people arrested in Leeds.", {"40"}),
        ("Unemployment among people aged 16 to 24 rose by 8%.", {"8%"}),
        ("Her 27th birthday party drew 12 people.", {"12"}),
        ("It was the 2nd of May, and 12 people came to the 5th Avenue rally.", {"12"}),
        ("For the third time, 12 people came.", {"12"}),
        ("Jane Porter was the first of 20 speakers.", {"20"}),
        ("Jane Porter made a third visit to Leeds, where 40 officers met her.", {"40"}),
        ("Police found a 3ft blade and 40 rounds of ammunition in the car.", {"40"}),
        ("Jane Porter promised 500 officers on Monday.\n2. What will happen to officers?\nNobody knows.", {"500"}),
        ("No one was hurt, but 30 people were arrested. Tom Ellison said one of them was a teenager.", {"30"}),
        ("Over the first half of the season, 30 people were arrested.", {"30"}),
        ("The march lasted half an hour and 30 people were arrested.", {"30"}),
        ("The wall was 10m high and 30 people were arrested.", {"30"}),
        ("A six-figure sum was paid and 30 people were arrested.", {"30"}),
        # "m" is millions only before a plural noun: before any other word ending in "s" it is metres
        ("The van slid 20m towards the canal, and 30 people were arrested.", {"30"}),
        ("The kite rose 50m as 30 people watched.", {"30"}),
        ("The scheme will reach 1.5m households, and 30 people were arrested.", {"1.5m", "30"}),
        ("The charity reaches 2m children, and 30 people were arrested.", {"2m", "30"}),  # a plural with no "s"
        # a place in an order or a stage of something is no count so far
        ("Leeds has the 2nd busiest custody suite in the north, where 30 people were held.", {"30"}),
        ("It was the town's 4th most frequent complaint, and 30 people signed a letter.", {"30"}),
        ("The 6th form centre opened, and 30 people came.", {"30"}),
        ("The 3rd phase of the rollout starts in June, and 30 people will be hired.", {"30"}),
        ("The club finished in 5th position, and 30 people were arrested.", {"30"}),
        # a currency word followed by "of" is a weight, unless money follows
        ("Customs found 80 pounds of heroin in a van, and 30 people were arrested.", {"30"}),
        ("The bridge took 3 million pounds of public money, and 30 people were arrested.",
         {"3 million pounds", "30"}),
    ],
    ids=["year", "year-range", "date", "time", "age-aged", "age-year-old", "age-range", "ordinal-birthday",
         "ordinal-date-and-name", "ordinal-time", "ordinal-word", "ordinal-a-third", "measurement", "numbered-question", "pronoun-one", "first-half",
         "half-an-hour", "metres", "n-figure-sum", "metres-before-a-preposition-in-s",
         "metres-before-a-conjunction-in-s", "millions-before-a-plural-noun", "millions-before-a-plural-without-s",
         "ordinal-superlative", "ordinal-most-adjective", "ordinal-form", "ordinal-phase", "ordinal-position",
         "pounds-of-a-substance", "pounds-of-money"],
)
def test_non_figures_are_excluded(extract_text, text, figures):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert {f.surface for f in ex.figures} == figures


# --- context: qualifier, period, place, source, speaker, measures, about -------------------------

@pytest.mark.parametrize(
    "text, surface, field, expected",
    [
        ("Almost 300 officers quit last year.", "300", "qualifier", "almost"),
        ("Nearly 300 officers quit last year.", "300", "qualifier", "nearly"),
        ("Up to 300 officers could quit.", "300", "qualifier", "up to"),
        ("More than 300 officers quit last year.", "300", "qualifier", "more than"),
        ("At least 300 officers quit last year.", "300", "qualifier", "at least"),
        ("Exactly 300 officers quit last year.", "300", "qualifier", ""),
        ("Police carried out 4,100 stops and searches in the 12 months to June.", "4,100", "period",
         "in the 12 months to June"),
        ("Knife crime has risen by 20% since 2015.", "20%", "period", "since 2015"),
        ("Police have seized 350 knives so far this year.", "350", "period", "so far this year"),
        ("A 17-year-old was among 40 people arrested.", "40", "period", ""),
        ("In the summer of 2019 officers searched 640 boys between the ages of ten and 14.", "640", "period",
         "In the summer of 2019"),  # an age range is no period
        ("Police carried out 4,100 stops and searches in England and Wales.", "4,100", "place",
         "England and Wales"),
        ("Police carried out 4,100 stops and searches in London last year.", "4,100", "place", "London"),
        ("Home Office figures showed that police carried out 4,100 stops and searches.", "4,100",
                     "source", "Home Office"),
        ("A report by the Public Accounts Committee found that police forces faced a £300m funding gap.",
         "£300m", "source", "Public Accounts Committee"),
        ("A Home Affairs Committee report found that 4,100 people were stopped.", "4,100", "source",
         "Home Affairs Committee"),
        ("The Home Office said 4,100 people were stopped.", "4,100", "source", "Home Office"),
        ("Jane Porter said: “We have recruited 2,000 officers.”", "2,000", "speaker", "Jane Porter"),
        ("Jane Porter said: “We have recruited 2,000 officers.” Tom Ellison said 300 had quit.", "300",
         "speaker", ""),
        ("Police carried out 4,100 stops and searches last year.", "4,100", "measures", "stops and searches"),
        ("Forces face a £300m funding gap.", "£300m", "measures", "funding gap"),
        ("Austerity forced the Met to make £90m of cuts.", "£90m", "about", "Metropolitan Police Service"),
        ("Police carried out 4,100 stops and searches last year.", "4,100", "about", "stop and search"),
        ("Knife crime rose by 7% last year, according to the Office for National Statistics.", "7%", "source",
         "Office for National Statistics"),
        ("The number of officers fell from 144,000 in 2010 to 122,000 in 2017.", "122,000", "period", "in 2017"),
        ("The number of officers fell from 144,000 in 2010 to 122,000 in 2017.", "144,000", "measures",
         "number of officers fell"),
        ("Jane Porter, 52, said: “We need 1,000 more officers.”", "1,000", "period", ""),
        ("The data show a fall of 215 in the number of Merseyside Police detectives.", "215", "about",
         "Merseyside Police"),
        ("The scheme is led by the National Crime Agency. In its first year it has seized 640 guns.", "640",
         "about", "National Crime Agency"),
        ("The Police Federation met in Leeds. Some 900 Federation delegates heard the minister.", "900", "about",
         "Police Federation of England and Wales"),
        ("Nurses turned down the 3% rise, which the Home Office plans to impose in April.", "3%", "about",
         "Home Office"),
        ("The data show a fall of 215 in the number of Merseyside Police detectives.", "215", "measures",
         "number of Merseyside Police detectives"),
        ("Auditors flagged 58 complaints as late, and a further 41 that staff had closed without a reply.",
         "41", "measures", "complaints"),  # tagged a date
        ("There were 12 cases of fraud, and a further 9 of theft.", "9", "measures", "theft"),
        # "after" read as a preposition strands the subject of the verb that follows it
        ("Protests grew after a survey by the Local Government Association found 40 councils had closed "
         "libraries.", "40", "source", "Local Government Association"),
        ("Protests began after data from an audit by the Local Government Association showed 23 depots had "
         "shut.", "23", "source", "Local Government Association"),
        # a force's area sets the scene: the figure is the force's
        ("In the Kent Police area, the number of people charged with carrying a blade rose 40% last year.",
         "40%", "about", "Kent Police"),
        ("Across the Thames Valley Police force area, 300 knives were handed in.", "300", "about",
         "Thames Valley Police"),
    ],
    ids=["almost", "nearly", "up-to", "more-than", "at-least", "no-qualifier", "period-months-to",
         "period-since", "period-so-far", "period-not-an-age", "period-not-an-age-range", "place-england-and-wales",
         "place-london",
         "source-figures-showed", "source-report-by", "source-committee-report", "source-said",
         "speaker-in-quote", "speaker-outside-quote", "measures-stops", "measures-funding-gap", "about-met",
         "about-policy", "source-according-to", "period-after", "measures-from-to", "age-is-no-period",
         "about-change-of-n-in", "about-it-the-body-before", "about-short-name", "about-which-x-wants-to-do",
         "measures-change-of-n-in", "measures-a-further-n", "measures-a-further-n-of", "source-after-a-survey-found",
         "source-after-findings-revealed", "about-in-a-force-area", "about-across-a-force-area"],
)
def test_figure_context(extract_text, text, surface, field, expected):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    figure = figure_with(ex, surface)
    value = getattr(figure, field)
    if field in ("place", "source", "speaker", "about"):
        assert name_of(ex, value) == expected
    elif field == "qualifier":
        assert value == expected
    elif expected:  # period, measures: the phrase is in the text read
        assert expected in value, value
    else:
        assert value == ""


# --- RDF: exact literals, never doubles -----------------------------------------------------------

@pytest.fixture(scope="module")
def figure_graph(extract_text):
    ex = extract_text(HEADLINE + "The Treasury found £600m for forces, but a third of it went on pensions. "
                      "Pay rose by 7.5 per cent, and police made 4,100 arrests.")
    return ex, build_graph([ex])


@pytest.mark.parametrize(
    "surface, datatype, value, lexical, unit",
    [
        ("£600m", rdfns.XSD.integer, 600000000, "600000000", "GBP"),
        ("a third", rdfns.XSD.decimal, Decimal("0.3333"), "0.3333", "ratio"),
        ("7.5 per cent", rdfns.XSD.decimal, Decimal("7.5"), "7.5", "percent"),
        ("4,100", rdfns.XSD.integer, 4100, "4100", "count"),
    ],
    ids=["money-integer", "ratio-decimal", "percent-decimal", "count-integer"],
)
def test_figure_values_in_rdf(figure_graph, surface, datatype, value, lexical, unit):
    _, graph = figure_graph
    nodes = list(graph.subjects(GB.surfaceText, None))
    nodes = [n for n in nodes if str(graph.value(n, GB.surfaceText)) == surface]
    assert len(nodes) == 1, [str(o) for o in graph.objects(None, GB.surfaceText)]
    values = list(graph.objects(nodes[0], GB.value))
    assert len(values) == 1
    literal = values[0]
    assert literal.datatype == datatype
    assert str(literal) == lexical
    assert literal.toPython() == value
    assert [str(u) for u in graph.objects(nodes[0], GB.unit)] == [unit]
    # no floating point anywhere in the graph
    assert not [o for o in graph.objects() if getattr(o, "datatype", None) in (rdfns.XSD.double, rdfns.XSD.float)]


# --- evidence -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, count",
    [
        ("The Treasury found £600m for forces, but a third of it went on pensions.", 2),
        ("Home Office figures showed 282,411 stops and searches in England and Wales, up 19% on 2019.\n"
         "Jane Porter said: “We have recruited 2,000 officers, and seven more forces will get £4.5 million.”", 5),
        ("Ministers met on Monday.\r\nNearly two-thirds of officers said pay had fallen by 7.5 per cent.", 2),
        ("Tom Ellison – who leads the Police Federation – said “almost 300” officers quit… then 40 more.", 2),
    ],
    ids=["one-sentence", "two-paragraphs-with-quote", "crlf", "dashes-quotes-ellipsis"],
)
def test_figure_evidence_points_at_surface(extract_text, text, count):
    ex = extract_text(HEADLINE + text)
    assert len(ex.figures) == count, [f.surface for f in ex.figures]
    check_evidence(ex)


# --- kinds of figure: durations, votes, rates, ranges -------------------------------------------

@pytest.mark.parametrize(
    "text, found",
    [
        ("She retired after 25 years of service.", [("25", "25", "years", "")]),
        ("He left after nine full years with the force.", [("nine", "9", "years", "")]),
        ("The agency lost money in its four year existence.", [("four", "4", "years", "")]),
        ("They signed a three-year deal.", [("three", "3", "years", "")]),
        ("Files from the preceding two years were read.", [("two", "2", "years", "")]),
        ("Officers waited 18 months for the kit.", [("18", "18", "months", "")]),
        ("A 43-year-old man was held.", []),
        ("It happened 12 years ago.", []),
        ("The cuts begin in two years' time.", []),
        ("Four months after the march, nothing changed.", []),
        ("Police came to the house two days later.", [("two", "2", "days", "")]),  # a delay is a duration
        ("The bill passed by 310 votes to 204.", [("310", "310", "votes", ""), ("204", "204", "votes", "")]),
        ("The bill passed by 310 to 204 votes.", [("310", "310", "votes", ""), ("204", "204", "votes", "")]),
        ("There were 12 burglaries for every 1,000 homes.", [("12", "12", "rate", "")]),
        ("The rate is 41 per 100,000 people.", [("41", "41", "rate", "")]),
        ("Between 300 and 400 officers will retire.",
         [("300", "300", "count", "lower"), ("400", "400", "count", "upper")]),
        ("Pay will rise by between 5 and 7 per cent.",
         [("5", "5", "percent", "lower"), ("7 per cent", "7", "percent", "upper")]),
        ("It will cost between 2 and 3 million pounds.",
         [("2", "2000000", "GBP", "lower"), ("3 million pounds", "3000000", "GBP", "upper")]),
        ("The 2024/25 budget was set.", []),
    ],
    ids=["years-of-service", "full-years", "year-existence", "hyphen-year-deal", "preceding-years", "months",
         "age-not-duration", "ago-not-duration", "time-not-duration", "after-not-duration", "delay-later", "votes-to",
         "to-votes", "rate-for-every", "rate-per", "range-count", "range-percent", "range-magnitude",
         "financial-year"],
)
def test_figure_kinds(text, found):
    got = [(text[m.start:m.end], str(m.value), m.unit, m.bound) for m in find_numbers(text)]
    assert got == [(s, str(Decimal(v)), u, b) for s, v, u, b in found]


@pytest.mark.parametrize(
    "text, surface, measures",
    [
        ("Police said the raid on Friday was the 14th robbery at the depot since spring.", "14th", "robbery"),
        ("Residents said it was the fourth such burglary in a month.", "fourth", "burglary"),
        ("Residents said it was a fourth such burglary in a month.", "fourth", "burglary"),
    ],
    ids=["digits", "word-such", "a-word-such"],
)
def test_a_rank_of_things_so_far_is_their_count(extract_text, text, surface, measures):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    figure = figure_with(ex, surface)
    assert figure.unit == "count" and measures in figure.measures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Knife crime rose by 20% over the past five years.", {"20%"}),
        ("Police made 4,100 arrests in the 12 months to June.", {"4,100"}),
        ("Officers retiring after 27 years in post get £84,000.", {"27", "£84,000"}),
        ("Jane Harker spoke on BBC Radio 4 on Monday, and 40 officers listened.", {"40"}),
        ("In its first three years the unit made 800 arrests.", {"800"}),
        ("Officers used section 44 powers to stop 90 cars.", {"90"}),
        ("She made a 101 call at noon, and 40 officers were sent.", {"40"}),
        ("The force answered 999 calls within ten seconds.", {"999", "ten"}),  # counted calls
        ("The rally ended outside the town hall in Five Oaks, where 60 people had gathered.", {"60"}),
        ("Martin Hale (34) and Ruth Ames (29) were among 12 people hurt.", {"12"}),
        ("Without the three biggest unions, 40 delegates walked out.", {"40"}),
        ("Over the space of six months, the unit carried out 300 raids.", {"300"}),
        ("The recruitment drive must be complete within four years.", {"four"}),  # no other figure: kept
        ("Lorries were held at junction 10-11 while 40 officers searched them.", {"40"}),
        ("Residents who rang the 101 non-emergency number waited for 40 minutes.", {"40"}),
    ],
    ids=["duration-is-period", "months-to-is-period", "duration-beside-money", "number-in-a-name",
         "its-first-years-is-period", "section-names", "phone-line-names", "phone-calls-counted",
         "place-name", "age-after-name", "the-n-biggest", "span-of-another", "span-alone", "named-span",
         "phone-line-with-modifier"],
)
def test_durations_and_names(extract_text, text, figures):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert {f.surface for f in ex.figures} == figures


def test_range_bounds_share_measures_and_qualify(extract_text):
    ex = extract_text(HEADLINE + "Between 300 and 400 officers will retire.")
    low, high = figure_with(ex, "300"), figure_with(ex, "400")
    assert "officers" in low.measures and "officers" in high.measures
    assert (low.qualifier, high.qualifier) == ("at least", "up to")


# --- the subject of a figure: one actor the grammar names, else none -----------------------------

@pytest.mark.parametrize(
    "text, surface, field, expected",
    [
        # possessive "its", resolved to the subject of the clause above it
        ("Kent Police faces a deficit. MPs backed cuts to the force that will see all its 120 custody officers go.",
         "120",
         "about", "Kent Police"),
        ("The Home Affairs Committee met on Monday. The committee has sat rarely in its four year existence.",
         "four", "about", "Home Affairs Committee"),
        ("The union representing officers in Kent Police has attacked its 120 new rules.", "120", "about", ""),
        # possessor of the subject of "be"
        ("Kent Police's funding gap was £8m last year.", "£8m", "about", "Kent Police"),
        # "for the force": the latest police force named, never the federation beside it
        ("Kent Police faces cuts. The Kent Police Federation says a £3m shortfall for the force is a scandal.",
         "£3m", "about", "Kent Police"),
        ("Kent Police still needs to find £4m.", "£4m", "about", "Kent Police"),
        # reported speech: the reporter is no subject, but the figure's source
        ("Jane Harker, the Home Secretary, spoke on Monday. She said officers would get a £2,000 bonus.",
         "£2,000", "source", "Jane Harker"),
        ("Jane Harker, the Home Secretary, spoke on Monday. She said officers would get a £2,000 bonus.",
         "£2,000", "about", ""),
        ("Tom Ellison warned that 300 officers would quit.", "300", "about", ""),
        ("Tom Ellison warned that 300 officers would quit.", "300", "source", "Tom Ellison"),
        # the reporter set off by commas after a subject that names no one ("Its lead for …, X, said")
        ("The council met on Monday. Its lead for public order, Assistant Chief Constable Tom Ellison of Kent "
         "Police, said officers spent 300 shifts at protests.", "300", "source", "Tom Ellison"),
        # a conjoined clause with its own subject is not the first clause's actor's
        ("Jane Harker spoke in Leeds, and 40 officers listened.", "40", "about", ""),
        # durations belong to the subject of their clause
        ("Tom Ellison will leave Kent Police after nine full years with the force.", "nine", "about",
         "Tom Ellison"),
        # shares holding a view are about what the view is of; two actors: none
        ("Kent Police was criticised. Only 4% of officers believe the force listens to them.", "4%", "about",
         "Kent Police"),
        ("Some 3,000 officers believe that Jane Harker and the Home Office were wrong.", "3,000", "about", ""),
        # votes: the chamber or committee named in the clause
        ("The Home Affairs Committee backed the plan by 7 votes to 4.", "7", "about", "Home Affairs Committee"),
        ("The Home Affairs Committee backed the plan by 7 votes to 4.", "4", "about", "Home Affairs Committee"),
        ("The amendment fell by 138 votes to 121.", "138", "about", ""),
        # votes whose clause names no chamber: the one chamber the story names most
        ("The House of Lords debated the bill. The House of Lords had delayed it twice. The House of Commons "
         "waited. The amendment fell by 138 votes to 121.", "138", "about", "House of Lords"),
        ("The House of Lords debated the bill. The House of Commons waited. The amendment fell by 138 "
         "votes to 121.", "138", "about", ""),
        # a qualifier the parser reads as a preposition: "dropped by over 600"
        ("The number of officers in Kent Police fell by over 450 between 2005 and 2008.", "450", "about",
         "Kent Police"),
        # a passive clause's agent: "searches were carried out by X"
        ("Some 4,100 searches were carried out by Gwent Police in 2023.", "4,100", "about", "Gwent Police"),
        # "the force" in a sentence set in another area is that area's force, not the one named before
        ("Gwent Police made 4,100 searches in 2023. In Dorset, 1,900 searches were made by the force in 2023.",
         "1,900", "about", ""),
    ],
    ids=["its-relative-clause", "its-existence", "its-unnamed-body", "possessor-of-subject",
         "force-not-federation", "needs-to-find", "reported-source", "reported-not-about", "warned-not-about",
         "warned-source", "set-off-reporter", "conjoined-clause", "duration-subject", "opinion-of-force", "opinion-two-actors",
         "votes-committee", "votes-second-bound", "votes-no-body", "votes-story-chamber", "votes-two-chambers", "by-over", "passive-agent", "force-of-another-area"],
)
def test_figure_subject(extract_text, text, surface, field, expected):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    assert name_of(ex, getattr(figure_with(ex, surface), field)) == expected


def test_new_kinds_in_rdf_validate(extract_text):
    """Durations, votes and rates carry their unit (and a rate its base) and the graph still validates."""
    import graphbuild.validate

    ex = extract_text(HEADLINE + "Tom Ellison left after 25 years of service. The bill passed by 310 votes to 204. "
                      "There were 12 burglaries for every 1,000 homes.")
    graph = build_graph([ex])
    units = {str(graph.value(n, GB.surfaceText)): (str(graph.value(n, GB.unit)), str(graph.value(n, GB.per) or ""))
             for n in graph.subjects(GB.surfaceText, None)}
    assert units == {"25": ("years", ""), "310": ("votes", ""), "204": ("votes", ""), "12": ("rate", "1000 homes")}
    assert graphbuild.validate.validate(graph).conforms


@pytest.mark.parametrize(
    "text, surface, field, expected",
    [
        ("Jane Harker phoned Tom Ellison after 12 people were hurt.", "12", "about", ""),
        ("Jane Harker phoned Tom Ellison after 12 people were hurt.", "12", "source", ""),
        ("Tom Ellison said that Kent Police had put in a claim for £5m.", "£5m", "about", "Kent Police"),
        ("Tom Ellison said that Kent Police had put in a claim for £5m.", "£5m", "source", "Tom Ellison"),
        ("Tom Ellison warned of a £5m gap.", "£5m", "source", "Tom Ellison"),
        # a count of a force's people in a sentence about one force (here "the force") is about it
        ("Kent Police faces a hard year.\n\nJo Bell, chair of Kent Police Federation, spoke after Tom Ellison "
         "warned that 48 police staff could lose their jobs given a shortfall for the force.", "48", "about", "Kent Police"),
        ("Kent Police sent 40 officers to help Essex Police and Surrey Police.", "40", "about", "Kent Police"),
        ("Essex Police and Surrey Police said 65 staff were at risk.", "65", "about", ""),

        ("Kent Police gave figures.\n\nThere were 900 officers when the size of the police force peaked.", "900",
         "about", ""),
        # what another speech verb's subject says is not the first clause's reporter's (the parse makes 6,000 the
        # object of "said" in the first sentence, the subject of "attended" in the second)
        ("Late on Saturday Kent Police reckoned about 1,200 fans had packed the harbour front for the regatta, "
         "though the sailing club said nearer 3,400 came, many of them by ferry from the islands.",
         "3,400", "source", ""),
        ("Kent Police estimated that 4,000 people joined the parade, but organisers said 9,000 attended.",
         "9,000", "source", ""),
        ("Kent Police estimated that 4,000 people joined the parade, but organisers said 9,000 attended.",
         "4,000", "source", "Kent Police"),
        # a number a verb of doing takes as its object is no statement of its subject's (though the lemma is a speech
        # verb's for other uses); one a verb of saying or estimating (`stating_verb`) takes is
        ("Kent Police added 300 to its roads unit last year.", "300", "source", ""),
        ("Tom Ellison called 999 twice that night.", "999", "source", ""),
        ("Tom Ellison promised 300 more before the election.", "300", "source", ""),
        ("Kent Police claimed 300 were there.", "300", "source", "Kent Police"),
        ("Kent Police counted 1,300 at the gates.", "1,300", "source", "Kent Police"),
        # who tells people to expect a figure is its source, also when a speaker quotes it
        ("The Treasury told councils to plan for 7% savings.", "7%", "source", "HM Treasury"),
        ("Jane Harker said: “Last winter the Treasury told councils to plan for 7% savings.”", "7%", "source",
         "HM Treasury"),
        ("Jane Harker said: “We told the minister in writing that 7% savings were due.”", "7%", "source", ""),
        # a spokesperson speaks for the body named with it
        ("A spokesperson for Kent Police said 45 officers had been injured.", "45", "source", "Kent Police"),
        ("A Home Office spokeswoman said 1,200 extra officers would be sent.", "1,200", "source", "Home Office"),
        ("A spokesman said 30 people were arrested.", "30", "source", ""),
        # a description of a person named before reports as that person (read as for quotes)
        ("Chief Constable Jane Harker met staff on Monday. The Chief Constable said the force had lost 300 "
         "officers.", "300", "source", "Jane Harker"),
        ("Green councillor Tom Ellison wrote to the leader. The Green councillor argues the outage was a fifth "
         "such breakdown since June.", "fifth", "source", "Tom Ellison"),
        # a fronted "As …" phrase describes the subject, whatever the verb
        ("As leader of 14 councillors, Jane Harker signs off the accounts.", "14", "about", "Jane Harker"),
    ],
    ids=["adverbial-clause-own-subject", "adverbial-clause-no-reporter", "put-in-a-claim-is-no-speech",
         "reporter-of-that-clause", "warned-of",
         "workforce-of-the-one-force", "workforce-of-the-sender", "workforce-of-two-forces",
         "workforce-of-the-police-in-general", "object-of-another-speech-verb", "clause-of-another-speech-verb", "reporter-of-the-first-clause",
         "added-is-no-saying", "called-is-no-saying", "promised-is-no-saying", "claimed-is-saying", "counted-is-estimating",
         "told-to-expect", "told-to-expect-quoted",
         "quoted-we-told", "spokesperson-for", "body-spokeswoman", "spokesman-for-nobody", "title-named-before",
         "member-named-before", "fronted-as-phrase"],
)
def test_reported_speech_and_clauses(extract_text, text, surface, field, expected):
    ex = extract_text(HEADLINE + text)
    assert name_of(ex, getattr(figure_with(ex, surface), field)) == expected


@pytest.mark.parametrize(
    "text, surface, cause",
    [
        ("Kent Police's budget shortfall was £12m, due to the police funding settlement.", "£12m",
         "police funding settlement"),
        ("Jane Harker warned that officer numbers could fall under 12,000 because of cuts.", "12,000",
         "police funding cuts"),
        ("Kent Police's budget shortfall was £12m. The police funding settlement was announced.", "£12m", ""),
    ],
    ids=["due-to", "because-of", "policy-in-another-sentence"],
)
def test_a_figure_is_due_to_the_policy_its_clause_blames(extract_text, text, surface, cause):
    ex = extract_text(HEADLINE + text)
    key = figure_with(ex, surface).cause
    assert next((p.name for p in ex.policies if p.key == key), "") == cause
    assert cause == "" or GB.dueTo in set(build_graph([ex]).predicates())


@pytest.mark.parametrize(
    "text, source",
    [
        ("Home Office figures showed offences rose by 8% in the year.", "Home Office"),
        ("The Home Office published figures showing that offences rose by 8%.", "Home Office"),
        # a publisher in another clause is not the figure's source
        ("The committee demanded that the Home Office publish a plan, after figures showed offences rose by 8%.", ""),
    ],
    ids=["figures-showed", "published-figures-showing", "publisher-of-something-else"],
)
def test_the_source_is_who_reports_the_figure_in_its_own_clause(extract_text, text, source):
    ex = extract_text(HEADLINE + text)
    assert name_of(ex, figure_with(ex, "8%").source) == source


def test_a_figure_in_a_claims_content_is_not_about_who_mocks_it(extract_text):
    ex = extract_text(HEADLINE + "Jane Harker ridiculed the bus company over a suggestion that fares might "
                                 "rise by at most 3%.")
    assert name_of(ex, figure_with(ex, "3%").about) == ""


def test_a_figure_inside_a_proposal_is_not_about_who_faces_it(extract_text):
    ex = extract_text(HEADLINE + "Jane Harker is facing a backlash over proposals to cut the number of forces "
                                 "from 43 to 12.")
    assert name_of(ex, figure_with(ex, "43").about) != "Jane Harker"


# --- shares, multiples, and what a comparison's date belongs to --------------------------------------

@pytest.mark.parametrize(
    "text, found",
    [
        ("One in five recruits quit.", [("One in five", "0.2", "ratio")]),
        ("Nine out of ten residents agreed.", [("Nine out of ten", "0.9", "ratio")]),
        ("The false alert rate was one in 40,000.", [("one in 40,000", "0.000025", "ratio")]),
        ("Arrests rose from three in 2019 to five.", [("three", "3", "count"), ("2019", "2019", "count"),
                                                      ("five", "5", "count")]),
        ("Young men were six times more likely to be stopped.", [("six", "6", "ratio")]),
        ("She met the minister four times to discuss it.", [("four", "4", "count")]),
    ],
    ids=["one-in-five", "out-of", "one-in-many", "not-a-share", "times-more-likely", "times-as-occurrences"],
)
def test_shares_and_multiples(text, found):
    got = [(text[m.start:m.end], m.value, m.unit) for m in find_numbers(text)]
    assert got == [(s, Decimal(v), u) for s, v, u in found]


def test_a_paragraph_naming_three_sums_is_news_not_a_price_list(extract_text):
    ex = extract_text(HEADLINE + "Jo Bell said she would raise the precept by £12, taking the bill to £250.20. "
                                 "She said the force faced a gap of £6.1m.")
    assert {f.surface for f in ex.figures} == {"£12", "£250.20", "£6.1m"}


def test_share_counts_its_whole(extract_text):
    ex = extract_text(HEADLINE + "One in four new constables left within a year.")
    assert figure_with(ex, "One in four").measures.startswith("new constables")


@pytest.mark.parametrize(
    "text, periods",
    [
        ("About 45% of recruits were graduates, up from 30% in 2020.", {"45%": "", "30%": "in 2020"}),
        ("The force had 3.1 officers per 1,000 people, compared with 3.6 a decade ago.",
         {"3.1": "", "3.6": "a decade ago"}),
        ("Burglaries rose by 9% on the previous year, from 1,200 to 1,310.", {"9%": "", "1,200": "", "1,310": ""}),
        ("Staff numbers fell from 5,400 in 2012 to about 4,100.", {"5,400": "in 2012", "4,100": ""}),
        ("Spending per head rose from £180 in 2018 to £230 this year.", {"£180": "in 2018", "£230": "this year"}),
        ("Calls rose 40% compared with five years ago.", {"40%": ""}),
        ("Robberies fell 10% from 2015 to 2020.", {"10%": "from 2015"}),
        ("The council paid for 400 wardens from its own budget since 2019.", {"400": "since 2019"}),
        # a date in another statement is not this figure's; plain conjuncts share theirs
        ("The Home Office gave forces £90m over two years, while the Treasury said fraud cost £5bn.",
         {"£90m": "over two years", "£5bn": ""}),
        ("Funding fell by a fifth since 2012, and there are a tenth fewer officers.",
         {"a fifth": "since 2012", "a tenth": "since 2012"}),
        # when something was said is not what the figure covers
        ("Burglary rose by 14%, the Home Office said on Monday.", {"14%": ""}),
    ],
    ids=["up-from-in-year", "compared-with-ago", "on-previous-year", "from-in-year-to", "from-to-this-year",
         "compared-ago", "span-of-time", "from-a-budget", "another-statement", "conjuncts-share",
         "date-of-saying"],
)
def test_comparison_dates_belong_to_the_compared_figure(extract_text, text, periods):
    ex = extract_text(HEADLINE + text)
    assert {s: figure_with(ex, s).period for s in periods} == periods


@pytest.mark.parametrize(
    "text, surface, field, expected",
    [
        # a relative clause's place is not where the figure was counted
        ("In Kent, which has more burglaries than London, there were 2.1 burglaries per 1,000 homes.",
         "2.1", "place", "Kent"),
        # an actor a relative clause of the source noun names is not the source
        ("The figures, which leave out Kent Police because of a fault, show that 310 people died.",
         "310", "source", ""),
        # judging a figure makes the judge its source, not what it is about
        ("Jane Harker, the Home Secretary, blamed the loss of 900 officers on cuts.", "900", "about", ""),
        ("Jane Harker, the Home Secretary, blamed the loss of 900 officers on cuts.", "900", "source",
         "Jane Harker"),
        # a relative clause of a thing that is no actor holds its own figure
        ("Tom Ellison vowed to keep the dog unit, which has 14 handlers.", "14", "about", ""),
        # those addressed are not what the one addressing them is
        ("Jane Harker wrote to all 43 chief constables on Monday.", "43", "about", ""),
        ("Jane Harker was referring to the 412 invoices that auditors checked.", "412", "about", ""),
        # a vote is taken in a chamber, not in the place its subject concerns
        ("A motion on school buses in Cornwall was lost by 138 votes to 121.", "138", "place", ""),
        # "the force" far from any force it could name, with two forces in the story: none of them
        ("The figures exclude Kent Police. The Met recorded most offences. Homicides fell. Robbery rose.\n\n"
         "In Essex, crime rose. The commissioner blamed cuts.\n\nThe Home Office said the force had received "
         "£4.5m this year.", "£4.5m", "about", ""),
        # "£5m." ends its sentence: the next sentence's subject is not what the amount is about
        ("Kent Police faces cuts of £5m. Tom Ellison vowed to fight them.", "£5m", "about", "Kent Police"),
    ],
    ids=["place-not-in-relative", "source-not-in-relative", "judged-not-about", "judged-source",
         "relative-of-a-thing", "addressed-not-about", "referred-not-about", "vote-no-place",
         "far-force-among-two", "millions-end-a-sentence"],
)
def test_figure_context_outside_other_clauses(extract_text, text, surface, field, expected):
    ex = extract_text(HEADLINE + text)
    assert name_of(ex, getattr(figure_with(ex, surface), field)) == expected


# --- hours, minutes and seconds: durations, measuring what took that long --------------------------

@pytest.mark.parametrize("text, surface, unit, measures", [
    ("Average waits for an ambulance rose to 42 minutes last year.", "42", "minutes", "waits"),
    ("Call handling times fell by 30 seconds.", "30", "seconds", "times fell"),
    ("Officers in Kent waited 16 hours for a mental health bed.", "16", "hours", ""),
])
def test_time_durations_are_figures(extract_text, text, surface, unit, measures):
    ex = extract_text(HEADLINE + text)
    check_evidence(ex)
    figure = figure_with(ex, surface)
    assert figure.unit == unit
    assert measures in figure.measures and figure.measures != unit


@pytest.mark.parametrize("text", [
    "The hearing resumed at 20 minutes past ten.",
])
def test_points_in_time_are_not_durations(extract_text, text):
    assert not extract_text(HEADLINE + text).figures


def test_a_clock_unit_describing_a_noun_is_no_figure(extract_text):
    assert not extract_text(HEADLINE + "The force keeps a 24-hour control room open.").figures


def test_a_relative_clause_measures_its_antecedent(extract_text):
    ex = extract_text(HEADLINE + "Jane Porter criticised waiting times, which rose from 8 minutes to 12 minutes.")
    assert figure_with(ex, "12").measures == "waiting times"


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a figure whose sentence names no actor is about the one body the story is about
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nOnly 310 call handlers remain.", "310",
         "Dyfed-Powys Police"),
        # two bodies share the story: none
        ("Dyfed-Powys Police and Gwent Police merge control rooms\n\nDyfed-Powys Police and Gwent Police "
         "agreed the plan.\n\nOnly 310 call handlers remain.", "310", ""),
        # the sentence names another actor, or another place: none
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nThe Home Office said only 310 call handlers "
         "remain.", "310", ""),
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nIn Gwent, only 310 call handlers remain"
         ".", "310", ""),
        # a place with no force of its own is where, not whose
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nIn Aberystwyth, only 310 call handlers remain"
         ".", "310", "Dyfed-Powys Police"),
        # a panel that scrutinises is no story's body: its story's figures are not its own
        ("Police and crime panel rejects plan\n\nThe police and crime panel rejected the plan. The police and "
         "crime panel met on Monday.\n\nOnly 310 call handlers remain.", "310", ""),
        # what is put before a panel, or what it hears, is the scrutinised body's, not the panel's
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nA paper to the police and crime panel showed that 310 "
         "call handlers remain.", "310", "Dyfed-Powys Police"),
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nThe police and crime panel heard that 310 call "
         "handlers remain.", "310", "Dyfed-Powys Police"),
        # a quoted figure is its speaker's, and the story body's when the speaker says "we" or "our"
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\n“Our control room has lost 310 call handlers,” Jane "
         "Porter said.", "310", "Dyfed-Powys Police"),
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\n“Only 310 call handlers remain,” Jane Porter said.",
         "310", ""),
        # ... and the story body's when another body's voice gives it with no actor named ("It said: “…”")
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nA Holyrood Directorate statement said the plans were under "
         "review. It said: “Funding will rise by 7 per cent next year.”", "7 per cent", "Dyfed-Powys Police"),
        # a figure placed in the area of a force the article names is that force's
        ("Searches rise\n\nThe figures were published on Monday.\n\nWest Yorkshire Police said it was "
         "reviewing its tactics.\n\nIn West Yorkshire, 4,120 searches were of young men last year.", "4,120",
         "West Yorkshire Police"),
        # a paragraph naming nobody and nowhere goes on with the place of the paragraph before
        ("Searches rise\n\nThe figures were published on Monday.\n\nWest Yorkshire Police said it was "
         "reviewing its tactics.\n\nIn West Yorkshire, 4,120 searches were of young men last year.\n\n"
         "By contrast, only 870 searches were of women.", "870", "West Yorkshire Police"),
        # ... and the story body's when the body's own officer gives it, quoted or reported
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday. Its chief constable, Jane Porter, met staff.\n\n"
         "“Only 310 call handlers remain,” Jane Porter said.", "310", "Dyfed-Powys Police"),
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday. Its chief constable, Jane Porter, met staff.\n\n"
         "Jane Porter said the control room had lost 310 call handlers.", "310", "Dyfed-Powys Police"),
        # "we" in the words of a post-holder at another body is that body
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nJo Bell, general secretary of the Police Superintendents' "
         "Association, said: “We have lost 310 members this year.”", "310", "Police Superintendents' Association"),
        # ... but only when "we" is the subject of the figure's verb, not anywhere in the sentence
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nJo Bell, general secretary of the Police Superintendents' "
         "Association, said: “We suspect that 310 detectives have resigned since spring.”", "310", ""),
        ("Dyfed-Powys Police loses more staff\n\nDyfed-Powys Police has cut its budget again. The cuts were "
         "agreed by Dyfed-Powys Police on Monday.\n\nJo Bell, general secretary of the Police Superintendents' "
         "Association, said: “We are going to lose 310 members by spring.”", "310",
         "Police Superintendents' Association"),
    ],
    ids=["story-body", "two-bodies", "another-actor", "another-forces-area", "a-place-of-the-body",
         "a-panel-is-no-story-body", "a-paper-to-the-panel", "the-panel-heard", "quoted-our",
         "quoted-no-we", "quoted-by-another-body", "in-a-named-forces-area",
         "place-of-the-paragraph-before", "quoted-by-its-officer", "reported-by-its-officer",
         "quoted-we-of-another-body", "quoted-we-not-the-figures-subject",
         "quoted-we-subject-of-the-verb-it-completes"],
)
def test_a_figure_naming_no_actor_is_the_story_bodys(extract_text, text, surface, expected):
    ex = extract_text(text)
    assert name_of(ex, figure_with(ex, surface).about) == expected


def test_a_count_of_a_forces_people_in_a_policys_phrase_is_the_forces_and_sizes_the_policy(extract_text):
    ex = extract_text(HEADLINE + "Councillors want Kent Police lifted to the Brennan standard of 3,400 "
                                 "constables by next spring.")
    figure = figure_with(ex, "3,400")
    assert name_of(ex, figure.about) == "Kent Police"
    assert figure.quantifies in {p.key for p in ex.policies}


@pytest.mark.parametrize(
    "text, loser",
    [
        ("Jane Harker topped the early count, yet Tom Ellison carried the ward by 1,730 to 1,415.", "Jane Harker"),
        # no other side named: the winner's name is not the loser's count's
        ("Tom Ellison carried the ward by 1,730 to 1,415 on a wet Thursday.", ""),
        ("Tom Ellison won the ward by 1,730 votes to 1,415, beating Jane Harker.", "Jane Harker"),
    ],
    ids=["other-candidate", "no-other-side", "won-beating"],
)
def test_a_tallys_second_count_is_the_other_sides(extract_text, text, loser):
    ex = extract_text(HEADLINE + text)
    assert name_of(ex, figure_with(ex, "1,730").about) == "Tom Ellison"
    assert name_of(ex, figure_with(ex, "1,415").about) == loser


@pytest.mark.parametrize("text", ["The motion was carried by 31 to 24 after a long debate.",
                                  "Councillors rejected the plan by 12 to 9."], ids=["carried", "rejected"])
def test_a_tally_without_the_word_votes_is_votes(extract_text, text):
    ex = extract_text(HEADLINE + text)
    assert [f.unit for f in ex.figures] == ["votes", "votes"]


def test_a_chambers_tally_stays_the_chambers(extract_text):
    ex = extract_text(HEADLINE + "The House of Lords threw out Jane Harker's amendment by 118 votes to 97.")
    assert {name_of(ex, figure_with(ex, s).about) for s in ("118", "97")} == {"House of Lords"}


def test_a_fall_by_n_to_m_is_no_tally(extract_text):
    ex = extract_text(HEADLINE + "Tom Ellison said officer numbers fell by 3,000 to 2,000 after the vote.")
    assert figure_with(ex, "2,000").subject == "officer numbers"
    assert {figure_with(ex, s).unit for s in ("3,000", "2,000")} == {"count"}


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a cue word just before "by" that "by" does not hang from is no contest
        ("The depot's staff were scaled back by 70 to 45 over the winter.", "70", "45"),
        ("The Greens narrowed the Liberal Democrats' lead by 600 to 450 in a month.", "600", "450"),
        # a contest with no vote: no word of voting, no voter as subject
        ("The rugby club won by 28 to 14 in the rain.", "28", "14"),
    ],
    ids=["cue-word-before-by", "lead-as-a-noun", "a-match-is-no-vote"],
)
def test_a_by_n_to_m_change_or_match_is_no_vote(extract_text, text, first, second):
    ex = extract_text(HEADLINE + text)
    assert "votes" not in {figure_with(ex, s).unit for s in (first, second)}


@pytest.mark.parametrize(
    "named, source",
    [
        ("The National Audit Office published a review of the Ministry of Defence in May.", "National Audit Office"),
        ("The National Audit Office was asked to carry out a review of the Ministry of Defence in May.",
         "National Audit Office"),
        # two authors of reports: the bare "the report" may be either's
        ("The National Audit Office published a review of the Ministry of Defence in May. A Home Office report "
         "came out in June.", ""),
    ],
    ids=["published-a-review", "asked-to-carry-out-a-review", "two-authors"],
)
def test_a_bare_report_s_figure_comes_from_the_one_author_the_article_names(extract_text, named, source):
    ex = extract_text(f"Watchdog criticises ministry\n\n{named}\n\nThe report contains 40 recommendations.")
    assert name_of(ex, figure_with(ex, "40").source) == source


@pytest.mark.parametrize(
    "later, surface, source",
    [
        # a report noun with an author of its own, a known body or not, is no bare "the report"
        ("A poll of 800 riders by a market research firm found 35% were unhappy.", "35%", ""),
        ("A poll of 800 riders by a market research firm found 35% were unhappy.", "800", ""),
        ("The rail union's survey found 35% of riders were unhappy.", "35%", ""),
        # a bare noun of another work than the one the author is named with is not theirs
        ("The inquiry heard 35 witnesses.", "35", ""),
        # the same work read back by its noun is
        ("The survey found 35% of riders were unhappy.", "35%", "National Audit Office"),
    ],
    ids=["by-an-unknown-author", "by-an-unknown-author-count", "possessor", "other-noun",
         "same-noun"],
)
def test_only_a_bare_the_noun_of_the_authors_work_is_theirs(extract_text, later, surface, source):
    ex = extract_text("Watchdog criticises operator\n\nThe National Audit Office published a survey of bus "
                      f"services in May.\n\n{later}")
    assert name_of(ex, figure_with(ex, surface).source) == source


def test_a_figure_only_a_policy_claimed_is_the_story_bodys_and_sizes_the_policy(extract_text):
    ex = extract_text("£12m budget cuts loom\n\nDyfed-Powys Police has cut its budget again. The cuts were agreed "
                      "by Dyfed-Powys Police on Monday.\n\nOfficers were told of the plans by letter.")
    figure = figure_with(ex, "£12m")
    assert name_of(ex, figure.about) == "Dyfed-Powys Police"
    assert figure.quantifies in {p.key for p in ex.policies}


@pytest.mark.parametrize(
    "text, bounds",
    [
        ("Victims waited 12 to 18 days for a reply.", [("12", "days", "lower"), ("18", "days", "upper")]),
        ("Six or seven officers were hurt.", [("6", "count", "lower"), ("7", "count", "upper")]),
        ("Arrests fell from 12 to 18.", [("12", "count", ""), ("18", "count", "")]),  # a change, no range
        ("The unit took on 40-45 new detectives.", [("40", "count", "lower"), ("45", "count", "upper")]),
        ("Some 15-20% of calls were missed.", [("15", "percent", "lower"), ("20", "percent", "upper")]),
        ("Between nine and ten officers were hurt.", [("9", "count", "lower"), ("10", "count", "upper")]),
        ("Between six and seven hundred staff left.", [("600", "count", "lower"), ("700", "count", "upper")]),
        ("The refit will cost £4-6m.", [("4000000", "GBP", "lower"), ("6000000", "GBP", "upper")]),
        ("The gap is £20m-£25m a year.", [("20000000", "GBP", "lower"), ("25000000", "GBP", "upper")]),
        ("The home side won the final 3-1.", []),  # a score, no range
        ("The 2019-20 accounts were late.", []),  # a financial year
    ],
    ids=["to-range", "or-range", "from-to-change", "dash-range", "dash-percent-range", "between-words",
         "between-words-magnitude", "money-range-one-magnitude", "money-range-two-amounts", "score-no-range",
         "year-span-no-range"],
)
def test_a_bare_count_before_another_is_a_range(text, bounds):
    assert [(str(m.value), m.unit, m.bound) for m in find_numbers(text)] == bounds


@pytest.mark.parametrize(
    "text, found",
    [
        ("The first call took two minutes, 15 seconds to answer.", [("135", "seconds")]),
        ("She served four years and two months as chief.", [("50", "months")]),
        ("For 20 years, 30 officers patrolled it.", [("20", "years"), ("30", "count")]),
        ("Callers were kept waiting for an hour and 12 minutes.", [("72", "minutes")]),
        ("The review took two and a half years.", [("2.5", "years")]),
        ("The review took a year and a half.", [("1.5", "years")]),
        ("The new custody suite cost four and a half million pounds.", [("4500000", "GBP")]),
    ],
    ids=["minutes-seconds", "years-and-months", "duration-then-count", "a-unit-and-minutes", "n-and-a-half",
         "a-unit-and-a-half", "n-and-a-half-magnitude"],
)
def test_a_compound_duration_is_one_figure(text, found):
    assert [(str(m.value), m.unit) for m in find_numbers(text)] == found


@pytest.mark.parametrize("text, value, period", [
    ("Two former home secretaries, Jane Roe and Tom Hale, attacked May's decision.", "2", ""),
    ("Officers made 300 arrests in May.", "300", "in May"),
    ("Last year's figures showed 300 arrests.", "300", "Last year's"),
    ("Nearly half of the new detectives had less than three years' experience.", "0.5", ""),
    ("The past four years' returns showed 700 more burglaries.", "700", "The past four years'"),
], ids=["person-named-like-a-month", "the-month", "a-period-that-owns", "a-length-that-owns",
        "a-span-of-years-that-owns"])
def test_a_month_name_owning_something_is_no_period(extract_text, text, value, period):
    figure = next(f for f in extract_text("Ministers face questions\n" + text).figures if f.value == value)
    assert figure.period == period


@pytest.mark.parametrize("sentence, surface, subject", [
    ("The tally of burglaries last spring, 812, was the lowest on record.", "812", "tally of burglaries"),
    ("The count of special constables stood at 2,140 in June, down 95 from 2,235 in January.", "95",
     "count of special constables"),
    ("The count of special constables stood at 2,140 in June, down 95 from 2,235 in January.", "2,235",
     "count of special constables"),
    ("Shoplifting offences reached a new peak after a 9% rise.", "9%", "Shoplifting offences"),
    ("New figures also reveal a sharp fall in the number of prison places: a drop of 1,310 to 80,200.", "1,310",
     "sharp fall in number of prison places"),
    ("The ministry cut the probation grant by 6% in the spring.", "6%", "probation grant"),
    ("There has been a sharp drop in the number of special constables, down from a record 1,050 in January.",
     "1,050", "sharp drop in number of special constables"),  # "there has been": what there has been
    ("There has been a drop in the number of full-time equivalent officers in Northshire, which stood at 1,476 "
     "at the close of March 2019.", "1,476", "full - time equivalent officers in Northshire"),  # not the place
    ("The inquiry spoke to residents, and 1,310 of them replied.", "1,310", ""),  # no subject says what
    ("Council workers were recruited after a 9% rise.", "9%", ""),  # a verb that says nothing of a quantity
    ("A 9% rise in shoplifting was reported.", "9%", ""),  # its own phrase names what rose
])
def test_a_figure_s_subject_is_read_from_the_parse(extract_text, sentence, surface, subject):
    """What a figure is of when no noun of its own follows it (claims read its measure from it)."""
    assert figure_with(extract_text(HEADLINE + sentence), surface).subject == subject
