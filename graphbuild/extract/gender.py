"""A person's sex as the text shows it, for pronouns and for telling namesakes apart.

Honorifics decide ("Ms", "Lord"); failing them, a common given name
(`ontology/gazetteer/given_names.csv`, only names that are not shared by
both sexes). Unknown is "", and "" never excludes anyone.
"""
from __future__ import annotations

from functools import lru_cache

from .. import resources

FEMALE_HONORIFICS = frozenset({"Ms", "Mrs", "Miss", "Dame", "Lady", "Baroness"})
MALE_HONORIFICS = frozenset({"Mr", "Sir", "Lord"})


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    return {row["name"]: row["sex"] for row in resources.read_csv("gazetteer/given_names.csv")}


def sex_of(name: str, aliases: tuple[str, ...] = ()) -> str:
    """"f", "m" or "" for a person named `name`, also known as `aliases`."""
    honorifics = {a.split()[0] for a in (name, *aliases) if " " in a}
    female, male = bool(honorifics & FEMALE_HONORIFICS), bool(honorifics & MALE_HONORIFICS)
    if female != male:
        return "f" if female else "m"
    if female and male:
        return ""
    words = name.split()
    return given_names().get(words[0], "") if len(words) >= 2 else ""
