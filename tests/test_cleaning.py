"""cleaning.clean: clutter dropped by general signals, captions lose credits, paragraphs kept
verbatim with offsets into the cleaned and the raw text."""
from __future__ import annotations

import hashlib

import pytest

from graphbuild.cleaning import clean
from graphbuild.process import clause_detector

TITLE = "Police pay row deepens as officers quit"
BODY = [
    "Jane Porter visited a police station in Leeds on Monday.",
    "Officers told her that morale was at its lowest for a decade, and that many were thinking of leaving.",
    "Tom Ellison, chairman of the Police Federation, said: “We cannot go on like this.”",
    "The Home Office said it would respond to the pay review body later this month.",
]


@pytest.fixture(scope="module")
def has_clause(nlp):
    return clause_detector(nlp)


def article_with(*extra: tuple[int, str]) -> str:
    """The title and BODY, with each (position, line) inserted before BODY[position]."""
    lines = list(BODY)
    for position, line in sorted(extra, reverse=True):
        lines.insert(position, line)
    return "\n".join([TITLE, *lines]) + "\n"


@pytest.mark.parametrize(
    "extra, dropped_line",
    [
        # repeated within the article: both copies go (punctuated, with a clause: only repetition explains it)
        ([(1, "Officers say the mood in the service is worse than ever."),
          (3, "Officers say the mood in the service is worse than ever.")],
         "Officers say the mood in the service is worse than ever."),
        # two prices
        ([(2, "Digital access costs £4.99 a month in the UK and $5.99 in the US.")],
         "Digital access costs £4.99 a month in the UK and $5.99 in the US."),
        # one price with subscription wording
        ([(2, "Get unlimited access to every story for just £1 with a digital subscription.")],
         "Get unlimited access to every story for just £1 with a digital subscription."),
        # short unpunctuated lines in the middle: promos, datelines, bylines
        ([(2, "Read more")], "Read more"),
        ([(1, "3 March 2021")], "3 March 2021"),
        ([(3, "Most popular")], "Most popular"),
        # longer unpunctuated line without a finite verb: a heading or promo (needs has_clause)
        ([(2, "The latest news and analysis on policing in England and Wales")],
         "The latest news and analysis on policing in England and Wales"),
        # a promo right after a line that was all photo credit is no caption: it goes like any promo
        ([(2, "Image: Officers gather outside the station"), (2, "Why readers trust the Northtown Bugle")],
         "Why readers trust the Northtown Bugle"),
    ],
    ids=["repeated-line", "two-prices", "price-and-subscription", "read-more", "dateline",
         "promo-heading", "clauseless-heading", "promo-after-bare-credit"],
)
def test_clutter_is_dropped(has_clause, extra, dropped_line):
    result = clean(article_with(*extra), "test.txt", has_clause=has_clause)
    assert dropped_line not in result.article.text
    assert dropped_line in result.dropped
    assert result.dropped.count(dropped_line) == sum(line == dropped_line for _, line in extra)  # every copy
    assert result.article.text == "\n\n".join([TITLE, *BODY])  # nothing else lost, nothing altered


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph that lost its full stop still carries a clause
        "Officers in Leeds said they would vote on strike action next month",
        # a paragraph opening a quote that runs on is never a heading
        "“We have been patient for years",
        # a news sentence comparing sums of money is not a price promo
        "Funding fell from £9bn in 2010 to £8bn in 2019, the report said.",
        # a council tax charge per year is news, not a subscription price
        "A Band D household in the county will pay £262.18 a year for policing, up £15.",
    ],
    ids=["unpunctuated-with-clause", "open-quote", "news-with-two-sums", "council-tax-per-year"],
)
def test_body_lines_are_kept_verbatim(has_clause, line):
    result = clean(article_with((2, line)), "test.txt", has_clause=has_clause)
    expected = [TITLE, *BODY[:2], line, *BODY[2:]]
    assert result.article.text == "\n\n".join(expected)
    assert result.dropped == ()


@pytest.mark.parametrize(
    "caption, kept",
    [
        ("Officers march through central Leeds on Monday (PA)",
         "Officers march through central Leeds on Monday"),
        ("Jane Porter arrives at the Home Office. Photograph: Tom Ellison/PA",
         "Jane Porter arrives at the Home Office."),
        ("Jane Porter arrives at the Home Office on Monday Photograph: Tom Ellison",
         "Jane Porter arrives at the Home Office on Monday"),
        ("Officers leave the station in Leeds after the vote. Photo: Getty Images",
         "Officers leave the station in Leeds after the vote."),
        # a caption without a finite verb is still the article's text
        ("Jane Porter at the Home Office on Monday (Tom Ellison/PA)",
         "Jane Porter at the Home Office on Monday"),
    ],
    ids=["paren-credit", "photograph-after-sentence", "photograph-no-stop", "photo-credit", "verbless-caption"],
)
def test_captions_keep_text_and_lose_credit(has_clause, caption, kept):
    result = clean(article_with((2, caption)), "test.txt", has_clause=has_clause)
    paragraphs = result.article.text.split("\n\n")
    assert kept in paragraphs
    assert caption not in result.article.text
    assert paragraphs == [TITLE, *BODY[:2], kept, *BODY[2:]]


@pytest.mark.parametrize(
    "first_line, title",
    [
        (TITLE, TITLE),
        ("Officers quit in record numbers. Ministers blame the pandemic.", "Officers quit in record numbers."),
    ],
    ids=["headline", "punctuated-first-line"],
)
def test_first_line_is_kept_and_gives_the_title(has_clause, first_line, title):
    raw = "\n".join([first_line, *BODY])
    result = clean(raw, "test.txt", has_clause=has_clause)
    assert result.article.title == title
    assert result.article.text.split("\n\n")[0] == first_line
    assert result.article.source == "test.txt"


@pytest.mark.parametrize(
    "newline, indent",
    [
        ("\n", ""),
        ("\n\n", "   "),
        ("\r", "\t"),
        ("\r\n", ""),
        ("\r\n\r\n", "  "),
    ],
    ids=["lf", "blank-lines-and-indent", "cr", "crlf", "crlf-blank-lines-and-indent"],
)
def test_paragraph_offsets(has_clause, newline, indent):
    raw = newline.join(indent + line for line in
                       [TITLE, BODY[0], "Read more", BODY[1], "Officers march through central Leeds on Monday (PA)",
                        BODY[2], BODY[3]]) + newline
    result = clean(raw, "test.txt", has_clause=has_clause)
    article = result.article
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs == [TITLE, BODY[0], BODY[1], "Officers march through central Leeds on Monday", BODY[2], BODY[3]]
    assert "\n\n".join(paragraphs) == article.text
    assert len(result.origin_offsets) == len(paragraphs)
    for paragraph, origin in zip(paragraphs, result.origin_offsets):
        assert raw[origin:origin + len(paragraph)] == paragraph


def test_content_hash_is_sha256_of_text(has_clause):
    article = clean(article_with((2, "Read more")), "test.txt", has_clause=has_clause).article
    assert article.content_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    other = clean(article_with(), "test.txt", has_clause=has_clause).article
    assert other.text == article.text and other.content_hash == article.content_hash  # clutter does not count
    changed = clean(article_with((2, "Officers in Leeds voted to strike.")), "test.txt", has_clause=has_clause)
    assert changed.article.content_hash != article.content_hash


def test_cleaning_is_deterministic(nlp):
    raw = article_with((1, "3 March 2021"), (2, "Officers march through central Leeds on Monday (PA)"), (3, "Read more"))
    first = clean(raw, "test.txt", has_clause=clause_detector(nlp))
    for _ in range(3):
        assert clean(raw, "test.txt", has_clause=clause_detector(nlp)) == first


@pytest.mark.parametrize(
    "line, kept",
    [("Department: Home Office", True), ("From: HM Treasury and the Home Office", True),
     ("Category: Crime and justice", False), ("Share: Facebook", False)],
    ids=["department", "from-two-bodies", "category", "share"],
)
def test_metadata_lines_naming_a_body_are_kept(line, kept):
    raw = f"Police pay row deepens\n\n{line}\n\nJane Porter said the offer was fair.\n"
    assert (line in clean(raw, "test.txt").article.text) is kept


@pytest.mark.parametrize("line", [
    "The minister met officers and volunteers from three towns on Monday.",
    # unpunctuated, as captions are: its own second copy is no dropped block it belongs to
    "The bridge that collapsed under a lorry on Friday",
], ids=["sentence", "unpunctuated-caption"])
def test_a_line_printed_twice_in_a_row_keeps_one_copy(has_clause, line):
    """A standfirst printed again as its picture's caption is the article's text: one copy stays."""
    result = clean(article_with((2, line), (2, line)), "test.txt", has_clause=has_clause)
    assert result.article.text == "\n\n".join([TITLE, *BODY[:2], line, *BODY[2:]])


def test_a_caption_printed_twice_in_a_row_goes(has_clause):
    """A captioned picture shown twice (its credit ending in a full stop) is page furniture: both copies go."""
    line = "Officers march through Leeds on Monday. Photograph: Tom Ellison for the Bugle."
    result = clean(article_with((2, line), (2, line)), "test.txt", has_clause=has_clause)
    assert result.article.text == "\n\n".join([TITLE, *BODY])


@pytest.mark.parametrize(
    "lines, kept",
    [
        (["The committee has three duties. It will:", "• Review the Safer Roads Plan", "• Approve the budget",
          "• Hear complaints from residents."], ["• Review the Safer Roads Plan", "• Approve the budget"]),
        (["Its priorities for the year ahead are:", "• More officers on the beat", "• Faster response times"],
         ["• More officers on the beat", "• Faster response times"]),
    ],
    ids=["imperative-items", "noun-phrase-items"],
)
def test_the_items_of_a_list_opened_by_a_colon_are_kept(has_clause, lines, kept):
    """Bullet points after a line ending in a colon are the article's words, however short or verbless."""
    result = clean(article_with(*[(2, line) for line in reversed(lines)]), "test.txt", has_clause=has_clause)
    for line in kept:
        assert line in result.article.text.split("\n\n")
    assert result.dropped == ()


def test_bullet_lines_without_an_opening_colon_are_still_clutter(has_clause):
    result = clean(article_with((2, "• Most read"), (2, "• Sign up")), "test.txt", has_clause=has_clause)
    assert "• Most read" in result.dropped and "• Sign up" in result.dropped
