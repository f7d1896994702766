"""Labels: a policy is labelled by a noun phrase (never a clause, never cut off mid-phrase), the text's own
wording stays an alias; a figure's `measures` is never a function word or pronoun."""
from __future__ import annotations

import re
from pathlib import Path

import pytest


SHARED_ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared" / "articles"
FINITE = {"VBD", "VBZ", "VBP", "MD"}
DANGLING = {"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "AUX", "PRON"}
PRONOUNS = {"it", "them", "they", "he", "she", "him", "her", "this", "these", "those"}


@pytest.mark.parametrize(
    "text, label, alias",
    [
        ("The mayor vowed to close every police station in the borough by next spring.",
         "vow to close every police station in the borough by next spring",
         "vowed to close every police station in the borough by next spring"),
        ("Ministers pledged to hire 5,000 new prison officers, the Justice Secretary said.",
         "pledge to hire 5,000 new prison officers", "pledged to hire 5,000 new prison officers"),
        ("The council announced cuts to the youth service that will see all 40 of its wardens lose their jobs.",
         "cuts to youth service", "cuts to the youth service that will see all 40 of its wardens lose their jobs"),
        ("Ministers announced a cut in the youth budget (worth £4m) last week.", "cut in youth budget",
         "cut in youth budget (worth £4m"),
        ("Crime in the town is at a record high, and the mayor, who has pledged to halve it by 2030, spoke.",
         "pledge to halve crime in the town by 2030", "pledged to halve it by 2030"),
        ("The minister vowed to change how officers are brought to book.",
         "vow to change how officers are brought to book", "vowed to change how officers are brought to book"),
    ],
    ids=["intent-verb", "intent-verb-with-number", "relative-clause", "bracket-aside", "pronoun-named-by-antecedent",
         "idiom-infinitive-kept"],
)
def test_policy_label_is_the_noun_phrase(extract_text, text, label, alias):
    policies = {p.name: p for p in extract_text(text).policies}
    assert label in policies, sorted(policies)
    assert alias in policies[label].aliases


@pytest.mark.parametrize(
    "text, value",
    [("The force lost 120 officers last year, and 30 of them were detectives.", "30")],
    ids=["pronoun"],
)
def test_measures_is_never_a_function_word(extract_text, text, value):
    figure = next(f for f in extract_text(text).figures if f.value == value)
    assert figure.measures == ""


def _framed_tags(nlp, label: str) -> list:
    """The label's tokens as the tagger reads them when the label stands where a noun phrase stands."""
    doc = nlp(f"They talked about the {label} yesterday.")
    return [t for t in doc[4:-2]]


@pytest.mark.skipif(not SHARED_ARTICLES.is_dir(), reason="the development articles are not here")
def test_every_development_policy_label_is_a_noun_phrase(nlp, development_extractions):
    from graphbuild.extract.labels import gerund
    from graphbuild.extract.policies import vocabulary
    from graphbuild.gazetteer import word_values

    known = {w.lower() for e in vocabulary() for n in (e.label, *e.aliases) for w in re.findall(r"\w+", n)}
    known |= set(word_values("act_noun_form").values())  # "pledged to ..." is labelled "pledge to ..."
    patterns = Path(__file__).resolve().parent.parent / "ontology" / "patterns" / "policy.jsonl"
    known |= set(re.findall(r'"nominal": *"(\w+)"', patterns.read_text(encoding="utf-8")))  # "freeze on X"
    known.add("extension")  # "extending X to Y" is labelled "extension of X to Y"
    bad = []
    for ex in development_extractions(SHARED_ARTICLES).values():
        words = set(re.findall(r"\w+", ex.article.text))
        for p in ex.policies:
            tokens = _framed_tags(nlp, p.name)
            # a finite verb heading the label is a clause; one in a relative clause inside the noun phrase is not
            clause = [t.text for t in tokens if t.tag_ in FINITE and t.dep_ in ("ROOT", "ccomp")]
            lowered = {w.lower() for w in words}
            cut = [w for w in re.findall(r"\w+", p.name) if w.lower() not in lowered and w.lower() not in known
                   and not (w.endswith("ing") and any(gerund(v) == w.lower() for v in lowered))]  # "ban" -> "banning"
            dangling = tokens and tokens[-1].pos_ in DANGLING
            # a pronoun names nothing out of its sentence ("promise to cut it"); an expletive "it" ("make it illegal") is no pronoun
            pronoun = [t.text for n, t in enumerate(tokens) if t.lower_ in PRONOUNS and t.pos_ == "PRON"
                       and not (n + 1 < len(tokens) and tokens[n + 1].pos_ == "ADJ")]
            broken = [a for a in (p.name, *p.aliases) if "\n" in a or a != a.strip()]  # one line, no loose ends
            if clause or cut or dangling or pronoun or broken or p.name[:1].islower() and p.name[1:2].isupper():
                bad.append((ex.article.source, p.name, clause, cut, pronoun, broken))
    assert bad == [], "\n".join(map(str, bad))


@pytest.mark.parametrize(
    "text, label",
    [("Labour's Lord Doe called the bill a disgrace, and Baroness Roe agreed.", "Lord Doe"),
     ("Labour's Lord Doe called the bill a disgrace, and Baroness Roe agreed.", "Baroness Roe")],
    ids=["lord", "baroness"],
)
def test_a_peer_keeps_the_title_the_text_names_them_by(extract_text, text, label):
    people = {e.name: e for e in extract_text(text).entities if e.kind == "person"}
    assert label in people and label.split()[1] in people[label].aliases, sorted(people)


@pytest.mark.parametrize(
    "text, label",
    [("Home Secretary orders inquiry into custody deaths\nThe inquiry will report in May.", "inquiry into custody deaths"),
     ],
    ids=["orders"],
)
def test_a_headline_verb_is_no_part_of_a_policy_name(extract_text, text, label):
    """A headline's verb after its subject ("X orders review of Y") is read as a noun; the name starts after it."""
    names = {p.name for p in extract_text(text).policies}
    assert label in names, sorted(names)
