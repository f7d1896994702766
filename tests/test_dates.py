"""dates: an article's publication date from its metadata lines or its page's markup, never from its story."""
from __future__ import annotations

import pytest

from graphbuild.cleaning import clean
from graphbuild.dates import html_publication_date, publication_date
from graphbuild.reading import read_input

HEADLINE = "Council approves new cycle lanes for the city centre"
STORY = (
    "Councillors in Northtown voted on Tuesday to build three new cycle lanes through the city centre, "
    "after a consultation that drew more than 2,000 responses.\n"
    "The scheme, first proposed on 4 June 2016, will cost about £3m and should be finished by the spring.\n"
)


def article(*metadata: str) -> str:
    return "\n".join([HEADLINE, *metadata, STORY])


@pytest.mark.parametrize(
    "text, expected",
    [
        (article("13 July 2023"), "2023-07-13"),
        (article("By Sam Field", "Monday 8th January 2018"), "2018-01-08"),
        (article("Thu 27 Jan 2011 10.30 GMT"), "2011-01-27"),
        (article("Published: 12 March 2019"), "2019-03-12"),
        (article("Updated 12/03/2019"), "2019-03-12"),  # day first, as in the UK
        (article("2019-03-12"), "2019-03-12"),
        (article("2019-03-12T10:00:00Z"), "2019-03-12"),
        (article("March 12, 2019"), "2019-03-12"),
        (article("Sept 3, 2020 | 4 min read"), "2020-09-03"),
        (article("Published 12 March 2019", "Last modified on Wed 13 Mar 2019 09.12 GMT"), "2019-03-12"),  # the first
        ("12 March 2019\n" + HEADLINE + "\n" + STORY, "2019-03-12"),  # a dateline above the headline
        (article("4 Feb 21"), "2021-02-04"),  # a two-digit year, on a line of its own
        (article("Published: Friday 5 Nov 21 14:05"), "2021-11-05"),
        (article("June 9, 2017 4.05 pm Updated two hours ago"), "2017-06-09"),
        # negatives: the story's dates are events, not the publication date
        (article(), ""),  # "4 June 2016" is only inside a body sentence
        (article("Police said on 3 March 2021 that they would act."), ""),  # a short sentence
        ("Remembering the victims of 7 July 2005\n" + STORY, ""),  # a date inside a headline's phrase
        (HEADLINE + "\nBy Sam Field\n" + STORY.replace(" first proposed on 4 June 2016,", ""), ""),  # no date
        (article("31 February 2019"), ""),  # no such day
        (article("Updated 31/02/2019"), ""),
        (article("2019-13-01"), ""),  # no such month
        (article("July 2023"), ""),  # no day: not a full date
        (article("Posted 2023"), ""),
        (article("The force said 4 Feb 21 officers were hurt."), ""),  # a two-digit "year" inside a sentence
        ("\n".join([HEADLINE, *(["By Sam Field"] * 15), "13 July 2023", STORY]), ""),  # too far down
    ],
    ids=["day-month-year", "weekday-ordinal", "guardian-style-with-time", "published-label", "uk-numeric",
         "iso", "iso-datetime", "us-month-first", "abbreviated-month-first", "first-of-two", "above-headline",
         "two-digit-year", "two-digit-year-labelled", "month-first-with-time", "body-sentence-only", "short-sentence", "headline-phrase", "no-date", "31-february",
         "31-february-numeric", "month-13", "month-and-year", "year-only", "two-digit-year-in-prose", "below-the-head"],
)
def test_publication_date(text, expected):
    assert publication_date(text) == expected


def test_clean_sets_published_from_the_metadata_lines():
    raw = article("By Sam Field, Transport Reporter", "Wednesday 14th June 2023 09:15 BST")
    result = clean(raw, "cycle-lanes.txt")
    assert result.article.published == "2023-06-14"
    assert "Wednesday 14th June 2023 09:15 BST" in result.dropped  # the dateline itself is still clutter
    assert "Wednesday 14th June" not in result.article.text


def test_clean_prefers_a_date_known_from_elsewhere():
    raw = article("13 July 2023")
    assert clean(raw, "x.txt", published="2023-07-12").article.published == "2023-07-12"
    assert clean(article(), "x.txt").article.published == ""


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Council approves new cycle lanes</title>
<meta property="article:published_time" content="2019-03-12T10:00:00Z">
</head>
<body>
<article>
<h1>Council approves new cycle lanes for the city centre</h1>
<p>Councillors in Northtown voted on Tuesday to build three new cycle lanes through the city centre,
after a consultation that drew more than 2,000 responses.</p>
<p>The scheme, first proposed on 4 June 2016, will cost about £3m and should be finished by the spring.</p>
<p>A spokesperson for the council said work would start as soon as the contracts were signed.</p>
</article>
</body></html>
"""


def test_html_page_date_from_its_metadata(tmp_path):
    path = tmp_path / "cycle-lanes.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    raw = read_input(path)
    assert raw.published == "2019-03-12"
    article = clean(raw.text, raw.source, warnings=raw.warnings, published=raw.published).article
    assert article.published == "2019-03-12"


def test_html_page_without_a_date_in_its_markup():
    page = HTML_PAGE.replace('<meta property="article:published_time" content="2019-03-12T10:00:00Z">', "")
    assert html_publication_date(page) == ""  # "4 June 2016" in the story is not the page's date
    assert html_publication_date("") == ""
    assert html_publication_date("not a web page at all") == ""


def test_build_reads_the_html_date(tmp_path, nlp):
    from graphbuild.process import read_article

    path = tmp_path / "cycle-lanes.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    assert read_article(path, nlp).published == "2019-03-12"


@pytest.mark.parametrize(
    "lines, title",
    [
        (["13 July 2023", HEADLINE], HEADLINE),  # a bare dateline first
        (["Published: Monday 12 March 2018 09:10", HEADLINE], HEADLINE),
        (["June 9, 2017 4.05 pm Updated two hours ago", HEADLINE], HEADLINE),
        (["- By Sam Field and Jo Marsh", HEADLINE], HEADLINE),  # a byline
        ([HEADLINE, "By Sam Field", HEADLINE], HEADLINE),  # printed twice, as pages repeat a headline
        (["Authored by Sam", HEADLINE], HEADLINE),
        (["Councillors in a photo at the hall. Photograph: Sam Field", HEADLINE], HEADLINE),  # a caption
        (["By the end of the decade, the council said, every road would have a cycle lane."],
         "By the end of the decade, the council said, every road would have a cycle lane."),  # prose, no byline
    ],
    ids=["bare-date", "published-label", "date-and-furniture", "byline", "repeated-headline", "authored-by",
         "caption", "by-in-prose"],
)
def test_headline_skips_datelines_bylines_and_captions(lines, title):
    assert clean("\n".join([*lines, STORY]), "story.txt").article.title == title
