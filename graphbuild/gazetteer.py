"""Domain knowledge read from `ontology/gazetteer/*.csv`: organisations, places, titles.

Only general knowledge lives there (forces, departments, committees, parties,
outlets, titles of office); people are never listed — the NLP finds them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import resources


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split("|") if a.strip())


@dataclass(frozen=True)
class Org:
    id: str
    label: str
    cls: str
    aliases: tuple[str, ...]
    parent: str
    ambiguous: tuple[str, ...] = ()  # names that are also common words or other names
    context: str = ""  # what must surround an ambiguous name for it to mean the body ("definite+media")
    contexts: tuple[tuple[str, str], ...] = ()  # (name, context) where one name needs its own context

    def context_for(self, form: str) -> str:
        return next((c for f, c in self.contexts if strip_the(f) == form), self.context)


@dataclass(frozen=True)
class Place:
    label: str
    aliases: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Title:
    title: str
    aliases: tuple[str, ...]
    category: str  # political | police | other
    organisation: str  # org id or ""
    jurisdiction: str  # place label or ""


@dataclass(frozen=True)
class Gazetteer:
    orgs: dict[str, Org]
    places: dict[str, Place]
    titles: tuple[Title, ...]
    org_keywords: tuple[tuple[str, str], ...]  # (head word, class) for names not listed

    def title_for(self, text: str) -> Title | None:
        key = normalise_title(text)
        return self._title_index().get(key)

    @lru_cache(maxsize=None)  # noqa: B019 - the gazetteer is immutable and cached itself
    def _title_index(self) -> dict[str, Title]:
        index: dict[str, Title] = {}
        for title in self.titles:
            for form in (title.title, *title.aliases):
                index.setdefault(normalise_title(form), title)
        return index

    @lru_cache(maxsize=None)  # noqa: B019
    def place_index(self) -> dict[str, Place]:
        index: dict[str, Place] = {}
        for place in self.places.values():
            for form in (place.label, *place.aliases):
                index.setdefault(form, place)
        return index

    @lru_cache(maxsize=None)  # noqa: B019
    def org_index(self) -> dict[str, Org]:
        index: dict[str, Org] = {}
        for org in sorted(self.orgs.values(), key=lambda o: o.id):
            for form in (org.label, *org.aliases):
                index.setdefault(strip_the(form), org)
        return index

    @lru_cache(maxsize=None)  # noqa: B019
    def ambiguous_forms(self) -> dict[str, Org]:
        """Names (leading "the" stripped) that mean the body only in the context its row names."""
        forms: dict[str, Org] = {}
        for org in sorted(self.orgs.values(), key=lambda o: o.id):
            for form in org.ambiguous:
                forms.setdefault(strip_the(form), org)
        return forms

    @lru_cache(maxsize=None)  # noqa: B019
    def plain_org_index(self) -> dict[str, Org]:
        """`org_index` without the ambiguous names: a bare "Sun" found by the tagger is not The Sun."""
        ambiguous = self.ambiguous_forms()
        return {form: org for form, org in self.org_index().items() if form not in ambiguous}

    def org_class_for_name(self, name: str) -> str:
        """Class of an organisation not in the gazetteer, from the words of its name."""
        words = set(re.findall(r"[a-z]+", name.lower()))
        for keyword, cls in self.org_keywords:
            if keyword in words:
                return cls
        return "Organization"

    def __hash__(self) -> int:  # identity: there is one per process
        return id(self)


def strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def normalise_title(text: str) -> str:
    text = re.sub(r"[’']s\b", "", text.lower())
    text = re.sub(r"[^a-z&]+", " ", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    orgs = {}
    for row in resources.read_csv("gazetteer/organisations.csv"):
        ambiguous = [a.partition("=") for a in _split(row.get("ambiguous"))]  # "Green=party-modifier"
        org = Org(row["id"], row["label"], row["class"], _split(row.get("aliases")), row.get("parent") or "",
                  tuple(a for a, _, _ in ambiguous), row.get("context") or "",
                  tuple((a, c) for a, _, c in ambiguous if c))
        orgs[org.id] = org
    places = {}
    for row in resources.read_csv("gazetteer/places.csv"):
        places[row["label"]] = Place(row["label"], _split(row.get("aliases")), row.get("kind") or "")
    titles = tuple(
        Title(row["title"], _split(row.get("aliases")), row["category"], row.get("organisation") or "",
              row.get("jurisdiction") or "")
        for row in resources.read_csv("gazetteer/titles.csv")
    )
    keywords = tuple((row["keyword"].lower(), row["class"]) for row in resources.read_csv("gazetteer/org_keywords.csv"))
    return Gazetteer(orgs, places, titles, keywords)


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, dict[str, str]]:
    classes: dict[str, dict[str, str]] = {}
    for row in resources.read_csv("gazetteer/word_classes.csv"):
        classes.setdefault(row["class"], {})[row["word"]] = row.get("value") or ""
    return classes


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """The words of one class in `word_classes.csv` ("rank_prefix": deputy, vice, ...); a class the
    file lacks is a bug in the caller, so it raises rather than match nothing."""
    return frozenset(word_values(name))


def word_values(name: str) -> dict[str, str]:
    """word -> value (its `value` column, "" when empty) of one class in `word_classes.csv`."""
    try:
        return _word_classes()[name]
    except KeyError:
        raise KeyError(f"no word class {name!r} in ontology/gazetteer/word_classes.csv") from None


@lru_cache(maxsize=None)
def figure_words(kind: str) -> tuple[str, ...]:
    """The words of one `kind` of `figure_words.csv` ("qualifier", "level_verb" ...), in file order: the one
    reader of that table's small lists."""
    return tuple(r["word"] for r in resources.read_csv("gazetteer/figure_words.csv") if r["kind"] == kind)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Words for a people ("British", "Scots", `demonyms.csv`): no name of a person, body or place alone."""
    return frozenset(row["word"] for row in resources.read_csv("gazetteer/demonyms.csv"))


@lru_cache(maxsize=1)
def org_unit_words() -> frozenset[str]:
    """Words for a body or a unit of one ("council", "board", `org_units.csv`): a name ending in one is a body's."""
    return frozenset(row["word"] for row in resources.read_csv("gazetteer/org_units.csv"))
