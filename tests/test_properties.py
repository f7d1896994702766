"""Property-based tests: whatever text comes in, extraction never raises, every offset
points at its text, the graph round-trips through Turtle (rdflib and pyoxigraph),
has no blank nodes, conforms to the SHACL shapes, and the same text always gives
the same records and the same bytes.

Two generators: `random_unicode` (any code point but surrogates, with control,
zero-width, bidi, right-to-left and emoji characters made common) and `news_mix`
(news-like sentences assembled from invented fragments, quote marks of every kind,
numbers and amounts, and hostile strings).

Texts go through the `extract_text` fixture (cleaning, spaCy, extraction, then the
one-article corpus resolution a build applies), so the records are those the build
turns into RDF. Every extraction runs under a time limit, so a hang fails the test
instead of stalling the run. Budget: about 35 s on 2 cores.
"""
from __future__ import annotations

import signal
from contextlib import contextmanager

import pyoxigraph
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

import graphbuild.validate
from graphbuild.export.turtle import oxigraph_turtle_bytes, turtle_bytes
from graphbuild.extract.common import name_key
from graphbuild.rdf import build_graph
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Policy, Quote, Relation, Role

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
EXTRACTION_SECONDS = 5  # one short text takes well under 0.2 s; longer than this is a hang


# --- strategies ---------------------------------------------------------------------------

CONTROLS = "".join(map(chr, range(0x00, 0x20))) + "\x7f\x85\x9f"
ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
RTL_LETTERS = "אבגדהוזחטיכלמנסעפצקרשת" + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "\u0660\u0661\u06f5"
EMOJI = "😀😂🔥🚓👮🏽💷🇬🇧\U0001f9d1\u2764\ufe0f\u200d"
ODD = "\u2028\u2029\u00a0\u3000\ufffd\ufffe\uffff\U0010ffff\u0301\u0000"
SPECIAL_CHARS = CONTROLS + ZERO_WIDTH + BIDI + RTL_LETTERS + EMOJI + ODD + "\"'“”‘’«»„`\\<>{}|^&#%@_:"

random_unicode = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(SPECIAL_CHARS),
                       st.characters(min_codepoint=0x20, max_codepoint=0x7E)),
    max_size=400,
)

PEOPLE = ["Jane Porter", "Tom O'Neill", "Tom O’Neill", "Dr Priya Shah", "Ms Ruth Okafor", "Mr Alan Briggs",
          "Chief Constable Alan Briggs", "Baroness Hilary Wren", "Detective Inspector Sam Reyes", "Porter",
          "O'Neill", "Sir Marcus Lyle", "Ms Porter", "Jane Porter MP", "Cllr Dev Anand", "Jane Porter’s"]
TITLES = ["the Home Secretary", "Home Secretary", "the policing minister", "chair of the Police Federation",
          "the Metropolitan Police Commissioner", "the shadow home secretary", "Mayor of London",
          "a Home Office spokesman", "the chief constable", "the Prime Minister", "Labour MP for Tottenham"]
ORGS = ["the Home Office", "Home Office", "the Metropolitan Police", "the Met", "the Police Federation",
        "the Treasury", "the National Police Chiefs' Council", "the NPCC", "the College of Policing", "Labour",
        "the Conservatives", "West Midlands Police", "the BBC", "Scotland Yard", "the IOPC"]
PLACES = ["London", "Birmingham", "Manchester", "Tower Hamlets", "Croydon", "Wales"]
POLICIES = ["stop and search", "knife crime prevention orders", "police funding cuts", "neighbourhood policing",
            "section 60 powers", "the spending review", "violence reduction units", "body-worn cameras"]
SPEECH = ["said", "told the BBC", "warned", "claimed", "insisted", "added", "admitted", "told MPs",
          "wrote on X", "said in a statement", "told reporters", "says"]
RELATION_VERBS = ["criticised", "backed", "welcomed", "opposed", "accused", "urged", "called for", "blamed",
                  "met", "praised", "announced", "scrapped", "did not back", "never opposed"]
AMOUNTS = ["£4.5m", "£1.2bn", "12,345", "a third", "19%", "19 per cent", "half", "2,000 officers", "£800,000",
           "$3m", "€40", "one in five", "three-quarters", "0.5%", "1,000,000", "£5.99 a month", "2019", "10 years",
           "20,000 more police officers", "-3", "1e9", "٣", "½", "£", "%", "0", "00.00", "1,2,3", "£4.5.6m"]
QUOTE_PAIRS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ('"', ""), ("“", ""),
               ("", "”"), ("”", "“"), ('""', '""'), ("“‘", "’”"), ('"', "”"), ("‘", "'"), ('"""', '"""')]
QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "''", '""', "``", "´"]
HOSTILE = ["<script>alert(1)</script>", '"""', "'''", "\\", "\\\\", "{", "}", "|", "^", "`", "\n", "\r\n", "\r",
           "\t", "😀", "👩‍👩‍👧", "🇬🇧", "\u202e", "\u202eevil\u202c", "\u200d", "\u200b", "\ufeff", "שלום",
           "مرحبا بكم", "\x00", "\x1b[31m", "&amp;", "]]>", "\\u0000", "\\n", "%20", "#", "@prefix x: <y> .",
           "<http://example.org/x>", "_:b0", "\u2028", "\u0085", "\ufffe", "a\u0301", "...", "…", "--", "(PA)",
           "Photograph: Jane Doe", "Subscribe for £1 a month, £10 a year, £100 for life"]
WORDS = ["We will", "recruit", "more officers", "this is a disgrace", "not acceptable", "frankly", "cuts",
         "have consequences", "on our streets", "it is", "the money", "is not there", "and", "but", "for",
         "every community", "in", "the last decade", "he called it", "a betrayal", "No.", "Never.", "is vital",
         "a good tool", "is not effective", "the problem is", "a failure", "We back", "it works"]

SENTENCES = [
    "{person}, {title}, {speech}: {qo}{content}{qc}",
    "{qo}{content}{qc} {speech} {person}, {title}.",
    "{qo}{content},{qc} {person} {speech}. {qo}{content2}.{qc}",
    "{person} {verb} {org} over {policy}.",
    "{person}, {title}, {verb} {person2} for {policy}.",
    "{org} said {amount} had been cut from {policy} in {place}.",
    "{person} of {org} {speech} {amount} of officers were lost, {amount2} since {amount3}.",
    "According to {org}, {amount} of people in {place} backed {policy}.",
    "The {title} {speech} the {org} would spend {amount} on {policy}.",
    "{title} {person} {speech} {qo}{content}{qc}",
    "{person} ({org}) {speech} {qo}{content}",
    "{content2}{qc} {speech} {person}",
    "{person} told {person2}: {qo}{content} {qo2}{content2}{qc2} {content3}{qc}",
]


@st.composite
def _quote_content(draw) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(AMOUNTS), st.sampled_from(HOSTILE),
                                     st.sampled_from(PEOPLE), st.sampled_from(ORGS), st.sampled_from(QUOTE_MARKS),
                                     st.sampled_from(POLICIES)),
                           min_size=1, max_size=8))
    return " ".join(pieces)


@st.composite
def _sentence(draw) -> str:
    template = draw(st.sampled_from(SENTENCES))
    qo, qc = draw(st.sampled_from(QUOTE_PAIRS))
    qo2, qc2 = draw(st.sampled_from(QUOTE_PAIRS))
    return template.format(
        person=draw(st.sampled_from(PEOPLE)), person2=draw(st.sampled_from(PEOPLE)),
        title=draw(st.sampled_from(TITLES)), org=draw(st.sampled_from(ORGS)), place=draw(st.sampled_from(PLACES)),
        policy=draw(st.sampled_from(POLICIES)), speech=draw(st.sampled_from(SPEECH)),
        verb=draw(st.sampled_from(RELATION_VERBS)), amount=draw(st.sampled_from(AMOUNTS)),
        amount2=draw(st.sampled_from(AMOUNTS)), amount3=draw(st.sampled_from(AMOUNTS)),
        content=draw(_quote_content()), content2=draw(_quote_content()), content3=draw(_quote_content()),
        qo=qo, qc=qc, qo2=qo2, qc2=qc2,
    )


@st.composite
def _news_mix(draw) -> str:
    pieces = draw(st.lists(
        st.one_of(_sentence(), _sentence(), st.sampled_from(PEOPLE + TITLES + ORGS + POLICIES + SPEECH),
                  st.sampled_from(AMOUNTS), st.sampled_from(QUOTE_MARKS), st.sampled_from(HOSTILE)),
        min_size=1, max_size=16))
    out = pieces[0]
    for piece in pieces[1:]:
        out += draw(st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "", "\n \n"])) + piece
    return out


news_mix = _news_mix()

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# --- checks -------------------------------------------------------------------------------

def all_evidence(ex: Extraction):
    """(what, evidence) for every Evidence anywhere in the extraction."""
    for e in ex.entities:
        for ev in e.mentions:
            yield f"mention of {e.key}", ev
    for r in ex.roles:
        if r.evidence is not None:
            yield f"role {r.title} of {r.person}", r.evidence
    for q in ex.quotes:
        if q.evidence is not None:
            yield f"quote {q.text[:30]!r}", q.evidence
    for f in ex.figures:
        if f.evidence is not None:
            yield f"figure {f.surface!r}", f.evidence
    for p in ex.policies:
        for ev in p.mentions:
            yield f"mention of {p.key}", ev
    for r in ex.relations:
        if r.evidence is not None:
            yield f"relation {r.subject} {r.predicate} {r.object}", r.evidence


def check_offsets(ex: Extraction) -> None:
    text = ex.article.text
    for what, ev in all_evidence(ex):
        assert 0 <= ev.start <= ev.end <= len(text), (what, ev)
        assert text[ev.start:ev.end] == ev.text, (what, ev)
        assert ev.sentence_start <= ev.start, (what, ev)
        assert ev.end <= ev.sentence_end, (what, ev)
        assert 0 <= ev.sentence_start and ev.sentence_end <= len(text), (what, ev)
        assert text[ev.sentence_start:ev.sentence_end] == ev.sentence, (what, ev)
        assert 0 <= ev.paragraph < max(1, len(ex.article.paragraphs)), (what, ev)
    for q in ex.quotes:
        if q.evidence is not None:
            assert q.evidence.text == q.text, q
    for f in ex.figures:
        if f.evidence is not None:
            assert f.evidence.text == f.surface, f


class ExtractionTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Turn a hang into an exception (SIGALRM: pytest runs tests in the main thread)."""
    def expire(signum, frame):
        raise ExtractionTimeout(f"extraction took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_within(extract_text, text: str) -> Extraction:
    with time_limit(EXTRACTION_SECONDS):
        return extract_text(text)


def graph_of(ex: Extraction) -> Graph:
    return build_graph([ex])


def _oxi_term(term) -> tuple:
    if isinstance(term, pyoxigraph.Literal):
        return ("literal", term.value, term.datatype.value, term.language or "")
    assert not isinstance(term, pyoxigraph.BlankNode), term
    return ("iri", term.value)


def _rdflib_term(term) -> tuple:
    if isinstance(term, Literal):
        datatype = RDF_LANG_STRING if term.language else str(term.datatype or XSD_STRING)
        return ("literal", str(term), datatype, term.language or "")
    assert isinstance(term, URIRef), term
    return ("iri", str(term))


def check_rdf(graph: Graph) -> bytes:
    """Turtle that rdflib and pyoxigraph both read back as the same triples; no blank nodes anywhere.
    Both writers are checked: rdflib's (small graphs) and pyoxigraph's (graphs over RDFLIB_LIMIT)."""
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)
    data = turtle_bytes(graph)
    _check_turtle(graph, data)
    _check_turtle(graph, oxigraph_turtle_bytes(graph))
    return data


def _check_turtle(graph: Graph, data: bytes) -> None:
    again = Graph().parse(data=data, format="turtle")
    assert isomorphic(graph, again)
    assert not any(isinstance(t, BNode) for triple in again for t in triple)
    quads = list(pyoxigraph.parse(input=data, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)
    oxi = {tuple(_oxi_term(t) for t in (q.subject, q.predicate, q.object)) for q in quads}
    ours = {tuple(_rdflib_term(t) for t in triple) for triple in graph}
    assert oxi == ours  # the same terms, literal for literal, in the other parser


def check_conforms(graph: Graph) -> None:
    report = graphbuild.validate.validate(graph)
    assert report.conforms, "\n".join(v.line() for v in report.violations)


# --- regressions --------------------------------------------------------------------------

# Found by news_mix: extraction never returned. graphbuild/extract/relations.py `_clause` climbed
# `while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb`, but spaCy makes a new Token
# object on every `.head`, so at a root that is not a verb (the quote's second sentence here is
# verbless) the loop never ended. Fixed in b66a969 (tokens compared by index).
HANG = "Jane Porter said: “We disagree. Police funding cuts.”"


# --- properties: random Unicode -----------------------------------------------------------

@settings(max_examples=120, **SETTINGS)
@given(text=random_unicode)
def test_unicode_extract_never_raises(extract_text, text):
    assert isinstance(extract_within(extract_text, text), Extraction)


@settings(max_examples=120, **SETTINGS)
@given(text=random_unicode)
def test_unicode_offsets_point_at_their_text(extract_text, text):
    check_offsets(extract_within(extract_text, text))


@settings(max_examples=60, **SETTINGS)
@given(text=random_unicode)
def test_unicode_graph_round_trips(extract_text, text):
    check_rdf(graph_of(extract_within(extract_text, text)))


@settings(max_examples=30, **SETTINGS)
@given(text=random_unicode)
def test_unicode_graph_conforms(extract_text, text):
    check_conforms(graph_of(extract_within(extract_text, text)))


@settings(max_examples=40, **SETTINGS)
@given(text=random_unicode)
def test_unicode_is_deterministic(extract_text, text):
    first, second = extract_within(extract_text, text), extract_within(extract_text, text)
    assert first == second
    assert turtle_bytes(graph_of(first)) == turtle_bytes(graph_of(second))


# --- properties: news-like mixtures -------------------------------------------------------

@settings(max_examples=120, **SETTINGS)
@example(text=HANG)
@given(text=news_mix)
def test_news_extract_never_raises(extract_text, text):
    assert isinstance(extract_within(extract_text, text), Extraction)


@settings(max_examples=120, **SETTINGS)
@example(text=HANG)
@given(text=news_mix)
def test_news_offsets_point_at_their_text(extract_text, text):
    check_offsets(extract_within(extract_text, text))


@settings(max_examples=60, **SETTINGS)
@given(text=news_mix)
def test_news_graph_round_trips(extract_text, text):
    check_rdf(graph_of(extract_within(extract_text, text)))


@settings(max_examples=15, **SETTINGS)
@example(text=HANG)
@given(text=news_mix)
def test_news_graph_conforms(extract_text, text):
    check_conforms(graph_of(extract_within(extract_text, text)))


@settings(max_examples=40, **SETTINGS)
@given(text=news_mix)
def test_news_is_deterministic(extract_text, text):
    first, second = extract_within(extract_text, text), extract_within(extract_text, text)
    assert first == second
    assert turtle_bytes(graph_of(first)) == turtle_bytes(graph_of(second))


# --- the nastiest known cases, by hand ----------------------------------------------------

NASTY_NAME = 'Jane <b>"JP"</b> \\ O\u200dNeill'  # angle brackets, quotes, a backslash, a zero-width joiner
NASTY_QUOTE = 'We will act """ now \\ and\nthen \U0001f600 \u202eevil\u202c \u05e9\u05dc\u05d5\u05dd'
CONTROL_RUN = "".join(map(chr, range(0x00, 0x20)))

NASTY_TEXTS = {
    "name-with-markup": f'{NASTY_NAME}, the Home Secretary, said: “{NASTY_QUOTE}”\n\n'
                        "Tom O'Neill of the Police Federation criticised the Home Office over stop and search.",
    "triple-quotes-backslash-newline": 'Jane Porter said: "We will act """ now \\ and\nthen." She added: \'\'\'no\\\'\'\'',
    "emoji": "Jane Porter 👮🏽 said 😀: “Police funding cuts of £4.5m 🔥 are a disgrace 🇬🇧.”",
    "rtl-override": "\u202eJane Porter\u202c, the Home Secretary, said: “\u202eWe will recruit 2,000 officers\u202c” "
                    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "zero-width-joiner-in-name": "Tom O\u200d'Neill of the Metropolitan Police said: “Stop and search works.” "
                                 "Jane\u200b Por\u200cter\ufeff backed him.",
    "control-characters": f"Jane Porter{CONTROL_RUN}, chair of the Police Federation, said:{CONTROL_RUN} "
                          f"“19% fewer\x00 officers{CONTROL_RUN}.”\x7f\x85",
    "script-and-turtle-syntax": 'Ms Ruth Okafor said: "<script>alert(1)</script> @prefix x: <y> . _:b0 ^^ {} | ` ]]>"',
}


@pytest.mark.parametrize("name", sorted(NASTY_TEXTS), ids=sorted(NASTY_TEXTS))
def test_nasty_text_builds_round_trips_and_conforms(extract_text, name):
    ex = extract_within(extract_text, NASTY_TEXTS[name])
    check_offsets(ex)
    graph = graph_of(ex)
    check_rdf(graph)
    check_conforms(graph)
    assert turtle_bytes(graph) == turtle_bytes(graph_of(extract_within(extract_text, NASTY_TEXTS[name])))


def _nasty_extraction() -> Extraction:
    """Records as no extractor would make them today: every field a literal can hold is hostile."""
    p0 = f"{NASTY_NAME}, the Home Secretary, said: “{NASTY_QUOTE}”"
    p1 = f"She criticised the Home Office over stop and search, saying £4.5m was cut.{CONTROL_RUN}"
    text = p0 + "\n\n" + p1
    spans = ((0, len(p0)), (len(p0) + 2, len(text)))

    def ev(needle: str, paragraph: int) -> Evidence:
        p_start, p_end = spans[paragraph]
        start = text.index(needle, p_start)
        return Evidence(start, start + len(needle), needle, p_start, p_end, text[p_start:p_end], paragraph)

    person = "person:" + name_key(NASTY_NAME)
    article = Article(source='we"""ird\\ <file>\x01\u202e😀.txt', title=p0, text=text,
                      content_hash="0" * 64, paragraphs=spans)
    return Extraction(
        article=article,
        entities=(
            Entity(person, "person", NASTY_NAME, ("Politician",), (NASTY_NAME + '"""', "\\", CONTROL_RUN),
                   (ev(NASTY_NAME, 0),)),
            Entity("org:home-office", "organization", "Home Office", ("GovernmentBody",), (),
                   (ev("Home Office", 1),)),
        ),
        roles=(Role(person, 'Home <Secretary> "\\"', "political", "org:home-office", "",
                    ev("Home Secretary", 0)),),
        quotes=(Quote(NASTY_QUOTE, person, 'say"""', mentions=("org:home-office",), partial=True,
                      evidence=ev(NASTY_QUOTE, 0)),),
        figures=(Figure("4500000", "GBP", "£4.5m", measures='cut """\\', speaker=person, evidence=ev("£4.5m", 1)),),
        policies=(Policy("policy:stop-and-search", "stop and search", ("stop-and-search\\", '"""'), "power",
                         (ev("stop and search", 1),)),),
        relations=(Relation(person, "criticises", "org:home-office", "criticise\n\\", False,
                            ev("criticised the Home Office", 1), topic="policy:stop-and-search"),),
    )


def test_nasty_records_build_round_trip_and_conform():
    ex = _nasty_extraction()
    check_offsets(ex)
    graph = graph_of(ex)
    assert len(graph) > 50
    data = check_rdf(graph)
    check_conforms(graph)
    assert data == turtle_bytes(graph_of(_nasty_extraction()))
    labels = {str(o) for o in graph.objects() if isinstance(o, Literal)}
    assert {NASTY_NAME, NASTY_QUOTE, CONTROL_RUN, 'we"""ird\\ <file>\x01\u202e😀.txt'} <= labels
