"""Every construction in ontology/patterns/ matches its own example sentence, binding the expected words."""
from __future__ import annotations

import pytest

from graphbuild import resources
from graphbuild.extract import patterns

FAMILIES = sorted(p.name[: -len(".jsonl")] for p in resources.ontology_file("patterns").iterdir()
                  if p.name.endswith(".jsonl"))
CASES = [(family, c) for family in FAMILIES for c in patterns.constructions(family)]


def test_every_family_file_is_read():
    assert {"affiliation", "relation", "policy"} <= set(FAMILIES)


@pytest.mark.parametrize("family, construction", CASES, ids=[f"{f}:{c.name}" for f, c in CASES])
def test_construction_matches_its_example(nlp, family, construction):
    doc = nlp(construction.example)
    found = [m for m in patterns.find(doc, family) if m.construction.name == construction.name]
    assert found, f"{construction.name} does not match its example: {construction.example}"
    bound = [{slot: doc[i].text for slot, i in m.slots.items()} for m in found]
    assert any(all(b.get(slot) == word for slot, word in construction.expect.items()) for b in bound), bound
    assert set(construction.expect) <= set(construction.slot_names)
