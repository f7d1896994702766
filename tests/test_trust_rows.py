"""Kinds of wrong rows the seeded trust checks (benchmarks/trust.md) found in the stance and post queries,
each tested on sentences of our own."""
from __future__ import annotations

import pytest

HEADLINE = "Council faces questions\n"


def stances(extraction):
    names = {p.key: p.name for p in extraction.policies}
    return {(r.subject, r.predicate, names.get(r.object, r.object), r.negated) for r in extraction.relations}


# --- 1. a list under one governing noun: "the end of X and Y" ends Y too --------------------------

@pytest.mark.parametrize("text, label, absent", [
    ("Jane Porter announced several changes including the end of free parking for staff and automatic "
     "enrolment in the pension scheme.", "end of automatic enrolment in the pension scheme",
     "automatic enrolment in the pension scheme"),
], ids=["end-of"])
def test_the_second_item_under_a_governing_noun_is_governed_too(extract_text, text, label, absent):
    ex = extract_text(HEADLINE + text)
    names = [p.name for p in ex.policies]
    assert label in names and absent not in names, names


def test_an_item_with_its_own_determiner_is_its_own_policy(extract_text):
    ex = extract_text(HEADLINE + "The board agreed a number of measures including the abolition of fixed fees "
                      "and a new grant for carers.")
    names = [p.name for p in ex.policies]
    assert "abolition of fixed fees" in names and not any("abolition of" in n and "grant" in n for n in names)
