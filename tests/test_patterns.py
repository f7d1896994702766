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


# The engine that applies the constructions gives what spaCy's DependencyMatcher gives.

ENGINE_TEXTS = [
    "The chief constable of Avonford Police, Jane Porter, said the cuts would hurt.",
    "Labour criticised the Home Office's plan to scrap the levy, and the federation backed it.",
    "Peers voted against the bill, which the minister had promised to pass by the summer.",
    "Tom Ellison, who chairs the committee, wrote to the Home Secretary about recruitment.",
]
OPERATORS = {  # each relation the engine reads, and each kind of node test
    "child": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
              {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}}}],
    "descendant": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["say", "write", "vote"]}}},
                   {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "n", "RIGHT_ATTRS": {"ENT_TYPE": "ORG"}}],
    "head": [{"RIGHT_ID": "n", "RIGHT_ATTRS": {"TAG": "NNP"}},
             {"LEFT_ID": "n", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {}}],
    "next and previous": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": "the"}},
                          {"LEFT_ID": "a", "REL_OP": ".", "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
                          {"LEFT_ID": "b", "REL_OP": ";", "RIGHT_ID": "c", "RIGHT_ATTRS": {"ORTH": "the"}}],
    "two siblings alike": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {}},
                           {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "x", "RIGHT_ATTRS": {}},
                           {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "y", "RIGHT_ATTRS": {}}],
}


def _spacy_matches(doc, named_patterns) -> list[tuple[str, list[int]]]:
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(doc.vocab)
    for name, pattern in named_patterns:
        matcher.add(name, [pattern])
    return [(doc.vocab.strings[key], list(ids)) for key, ids in matcher(doc)]


def _construction(name: str, pattern: list[dict]) -> patterns.Construction:
    import json

    return patterns.Construction(name, json.dumps(pattern, sort_keys=True), {}, "", {})


@pytest.mark.parametrize("family", FAMILIES)
def test_the_engine_finds_what_spacys_dependency_matcher_finds(nlp, family):
    constructions = patterns.constructions(family)
    for doc in nlp.pipe(ENGINE_TEXTS + [c.example for c in constructions]):
        expected = _spacy_matches(doc, [(c.name, c.pattern) for c in constructions])
        assert sorted(patterns._raw_matches(doc, family)) == sorted(expected), doc.text


@pytest.mark.parametrize("pattern", OPERATORS.values(), ids=OPERATORS.keys())
def test_the_engine_reads_each_relation_as_spacy_does(nlp, pattern):
    nodes = patterns._compiled(_construction("p", pattern))
    assert nodes is not None
    for doc in nlp.pipe(ENGINE_TEXTS):
        expected = [ids for _, ids in _spacy_matches(doc, [("p", pattern)])]
        found = list(patterns._engine_matches(patterns._Parse(doc), nodes))
        assert found == sorted(expected), doc.text  # the same matches, in spaCy's order within a sentence


def test_what_the_engine_cannot_read_is_left_to_spacy():
    for unread in ({"LENGTH": 3}, {"LOWER": {"REGEX": "^the"}}, {"POS": {"NOT_IN": ["VERB"]}}):
        assert patterns._compiled(_construction("p", [{"RIGHT_ID": "a", "RIGHT_ATTRS": unread}])) is None
    follows = [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}, {"LEFT_ID": "a", "REL_OP": "$+", "RIGHT_ID": "b"}]
    assert patterns._compiled(_construction("p", follows)) is None
