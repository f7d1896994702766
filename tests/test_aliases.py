"""Ambiguous gazetteer names ("Met", "Sun", "Sky", "PA", "Lab") mean the body only in their context."""
from __future__ import annotations

import pytest

HEADLINE = "News in brief\n"


def org_ids(extraction) -> set[str]:
    return {e.key[4:] for e in extraction.entities if e.key.startswith("org:")}


@pytest.mark.parametrize(
    "text, not_bodies",
    [
        # weather
        ("The Met Office warned that heavy rain would reach the coast by noon. The sun should return on "
         "Thursday, while Sky watchers hoped for a clear night.",
         {"metropolitan-police-service", "the-sun", "sky-news"}),
        ("Passengers at the station could not hear the PA system over the storm.", {"pa-media"}),
        # sport
        ("The striker sent the ball into the sky and the crowd groaned. FT: Rovers 2 United 1.",
         {"sky-news", "financial-times"}),
        ("Fans queued at the Met Gala entrance before the match in the sun.", {"metropolitan-police-service",
                                                                               "the-sun"}),
        # science
        ("Researchers at the Northfield Crime Lab said the samples were contaminated.", {"labour-party"}),
        ("The lab said the results would be published in the journal next month.", {"labour-party"}),
        # US politics
        ("A super PAC spent millions on attack adverts in the Senate race, the AP count showed nothing new.",
         {"public-accounts-committee"}),
        ("The con artist told a Senate hearing he had fooled investors for years.", {"conservative-party"}),
        # Irish politics and places
        ("The times were hard for the Independent candidate in Galway, who lost to a Sinn Féin rival.",
         {"the-times", "the-independent"}),
        ("Tourists photographed the Statue of Liberty and the Sun Life building.", {"liberty", "the-sun"}),
        # newspapers whose name is part of a longer one
        ("The Times of India reported the result.", {"the-times"}),
    ],
    ids=["weather", "pa-system", "sport-sky-ft", "met-gala-sun", "crime-lab", "lab", "super-pac",
         "con-artist", "irish-independent", "statue-of-liberty", "times-of-india"],
)
def test_ambiguous_names_out_of_context_are_not_the_body(extract_text, text, not_bodies):
    found = org_ids(extract_text(HEADLINE + text))
    assert not found & not_bodies, found & not_bodies


@pytest.mark.parametrize(
    "text, body",
    [
        ("Jane Porter (Lab) asked the minister about police numbers.", "labour-party"),
        ("Tom Hale (Con) said the figures were wrong.", "conservative-party"),
        ("Ann Kerr (LD) welcomed the statement.", "liberal-democrats"),
        ("Mary Roe (SF) said the board had failed.", "sinn-fein"),
        ("The Met said two men had been arrested.", "metropolitan-police-service"),
        ("A Met spokesman said inquiries were continuing.", "metropolitan-police-service"),
        ("The Sun reported that the minister would resign.", "the-sun"),
        ("She told the Sun newspaper that she was angry.", "the-sun"),
        ("He told Sky that the plan would fail.", "sky-news"),
        ("The figures were given to the PA news agency on Monday.", "pa-media"),
        ("Speaking to PA, the chief constable said morale was low.", "pa-media"),
        ("The PAC said the department had wasted money.", "public-accounts-committee"),
        ("She told The Independent that officers were exhausted.", "the-independent"),
        ("Liberty said the law went too far.", "liberty"),
    ],
    ids=["lab-tag", "con-tag", "ld-tag", "sf-tag", "the-met", "met-spokesman", "sun-reports",
         "sun-newspaper", "told-sky", "pa-news-agency", "speaking-to-pa", "the-pac", "told-the-independent",
         "liberty"],
)
def test_ambiguous_names_in_context_are_the_body(extract_text, text, body):
    assert body in org_ids(extract_text(HEADLINE + text))


def test_no_fragment_of_a_longer_name_is_left_behind(extract_text):
    """The body around an ambiguous word keeps its whole name ("… Crime Lab", not "… Crime")."""
    names = {e.name for e in extract_text(HEADLINE + "The University of Northfield Crime Lab published a "
                                          "study on Monday.").entities}
    assert not any(name.endswith("Crime") for name in names), names
