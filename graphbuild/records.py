"""Small immutable records that flow from the extractors to the RDF builder.

They hold strings and offsets only — never spaCy objects — so that they can be
pickled between processes, cached, compared in tests and built into RDF
without the NLP pipeline being loaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span and its sentence in the cleaned text.

    Offsets count Unicode code points (Python string indices) into the
    article's cleaned text; `text == cleaned[start:end]` always holds.
    """

    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    paragraph: int


@dataclass(frozen=True)
class Article:
    """A read and cleaned article, ready for the NLP pipeline."""

    source: str  # file name (no directories: output must not depend on where it was built)
    title: str
    text: str  # cleaned text; every offset in the graph points into it
    content_hash: str  # sha256 of the cleaned text
    paragraphs: tuple[tuple[int, int], ...] = ()
    speaker_turns: tuple[int, ...] = ()  # paragraphs that head a transcript turn ("Jane Doe (Lab)")
    published: str = ""  # ISO date (YYYY-MM-DD) the article was published, "" when unknown
    outlet: str = ""  # the outlet that published it, as its page names itself; "" when unknown
    url: str = ""  # where it was published (an http(s) address), when stated; "" when unknown
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A name in the text, before resolution to an entity."""

    text: str  # the name as written, honorifics and possessives removed
    kind: str  # person | organization | place
    label: str  # spaCy label or gazetteer class that produced it
    gazetteer_id: str  # "" when the name is not in a gazetteer
    honorific: str  # "Mr", "Ms" ... or ""
    evidence: Evidence


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place within an article (or corpus)."""

    key: str  # resolution key; the IRI is minted from (kind, key)
    kind: str  # person | organization | place
    name: str  # canonical name
    types: tuple[str, ...]  # ontology class local names, most specific first
    aliases: tuple[str, ...]
    mentions: tuple[Evidence, ...]


@dataclass(frozen=True)
class Role:
    """Person holds a post (title), optionally in an organisation or for a place."""

    person: str  # entity key
    title: str
    category: str  # political | police | other
    organisation: str = ""  # entity key or ""
    jurisdiction: str = ""  # entity key of a place or ""
    evidence: Evidence | None = None
    qualifier: str = ""  # words that qualify the post as written: "former", "outgoing", "acting" ...


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str  # entity key or ""
    cue: str  # lemma of the cue verb, "" when none
    addressee: str = ""
    channel: str = ""
    mentions: tuple[str, ...] = ()
    partial: bool = False
    evidence: Evidence | None = None
    about: str = ""  # policy key: the policy the clause holding the quote describes ("called the plans “…”")
    on_behalf_of: str = ""  # entity key: the body the speaker is presented by a post at ("officer at Y")


@dataclass(frozen=True)
class Figure:
    value: str  # decimal as a string, so no float rounding ever happens
    unit: str  # count | percent | ratio | rate | years | months | weeks | days | decades | votes | GBP ...
    surface: str
    measures: str = ""
    about: str = ""  # entity or policy key
    qualifier: str = ""
    period: str = ""
    place: str = ""  # place entity key
    source: str = ""  # entity key
    speaker: str = ""  # entity key, when the figure is inside a quote
    cause: str = ""  # policy key the text gives as the figure's cause ("a shortfall due to the settlement")
    evidence: Evidence | None = None
    per: str = ""  # the base of a rate: "1000 residents" in "12 for every 1,000 residents"
    # what the parse says the figure is of when its own phrase does not: the subject of the verb it
    # completes ("the headcount ... stood at 149,000, down 400"), the noun it is in apposition to
    subject: str = ""
    quantifies: str = ""  # policy key: the policy whose uses, votes or size the figure gives ("4,000 searches")


@dataclass(frozen=True)
class Policy:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    mentions: tuple[Evidence, ...]
    topic: str = ""  # key of the broader policy this one is about ("stop and search" for its reforms)
    concerns: tuple[str, ...] = ()  # entities named inside it ("cuts to the Met" concerns the Met)


@dataclass(frozen=True)
class Relation:
    """subject –predicate→ object, read from one clause."""

    subject: str  # entity key
    predicate: str  # local name of an ontology property
    object: str  # entity or policy key
    cue: str  # lemma of the verb
    negated: bool = False
    evidence: Evidence | None = None
    topic: str = ""  # a policy the statement is about, when the object is a narrower one
    on_behalf_of: str = ""  # entity key: the body the subject acts for by the post they hold at it


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    policies: tuple[Policy, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
