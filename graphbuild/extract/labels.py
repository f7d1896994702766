"""Labels a reader can trust: a policy is named by a noun phrase, a figure measures a content word.

The extractors build labels from spans of the parse, and a span can run past the phrase that names
a thing ("cuts to the force that will see ...", "measures which would make ...") or start with the
act that introduced it ("promised to cut ..."). This pass, over the parsed Doc, turns each label into
the noun phrase it contains: an intent verb becomes its noun ("promise to cut ..."; word class
`act_noun_form`), a relative or finite clause, a dash aside or a bracket is cut off, and function words
left dangling at the end go. A label that is still a clause is replaced by an alias that is not, and
a policy with neither keeps its node but is labelled by the head noun phrase of its first mention;
the text's own forms stay aliases (`skos:altLabel`: how the article named it).
A peer known by a surname keeps the title the text gives ("Lord Doe").
Figures' `measures` lose dangling function words; one made only of function words or pronouns
("and", "them") measures nothing said, so it is emptied.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..gazetteer import word_class, word_values
from ..records import Figure, Policy
from .common import name_key

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
CLAUSE_OPENERS = {"WDT", "WP", "WP$", "WRB"}  # that/which/who/whose/how opening a clause inside the span
DANGLING_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "AUX", "PRON"}
FUNCTION_POS = DANGLING_POS | {"NUM", "INTJ", "SYM", "X", "SPACE"}
# a token tagged finite in one of these relations is a noun the tagger got wrong ("the council tax precept")
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "nmod", "appos", "attr", "npadvmod", "poss",
                "conj"}
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whose|whom)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\s+[-–—]\s+|\s*[(\[]")  # "cut in its budget - totalling ...", "officers (PCSOs"
# a proposal named by what it would do: the relative clause said as an infinitive, a noun phrase
_RELATIVE_MODAL = re.compile(r"^(\w+) (?:which|that) (?:would|will|could|should) (\w+)\b", re.IGNORECASE)


def tidy_policies(doc, policies: list[Policy]) -> list[Policy]:
    """Each policy with a noun-phrase label (its key, and so its IRI, unchanged)."""
    return [_tidy_policy(doc, p) for p in policies]


def tidy_people(entities: list) -> list:
    """A peer known only by a surname is labelled as the text names them ("Lord Doe", not "Doe"): the title
    is how they are known, and the bare surname names nobody in particular."""
    titles = word_class("peerage_title")
    out = []
    for e in entities:
        written = {m.text for m in e.mentions}  # as the text writes it: "Lord Justice Doe" is a judge, no "Lord Doe"
        titled = sorted(a for a in e.aliases if e.kind == "person" and " " not in e.name and a in written
                        and len(a.split()) == 2 and a.split()[0].lower() in titles and a.split()[1] == e.name)
        out.append(replace(e, name=titled[0], aliases=tuple(sorted(set(e.aliases) - {titled[0]} | {e.name})))
                   if titled else e)
    return out


def tidy_figures(doc, figures: list[Figure]) -> list[Figure]:
    """Each figure with `measures` that is a phrase of content words, or empty."""
    out = []
    for f in figures:
        measures = _tidy_measures(doc, f)
        out.append(f if measures == f.measures else replace(f, measures=measures))
    return out


def _tidy_policy(doc, policy: Policy) -> Policy:
    if name_key(policy.name) in _vocabulary_names():
        return policy  # a name from the policy vocabulary, not read off the text
    label = _RELATIVE_MODAL.sub(r"\1 to \2", _without_aside(policy.name))  # "measures which would ban X" -> "measures to ban X"
    tokens = _tokens_of(doc, label, policy)
    name = _noun_phrase(_acronym_case(label, tokens), tokens)
    if name is None:  # still a clause: the first alias that is a noun phrase, else the first mention's head phrase
        for alias in policy.aliases:
            candidate = _noun_phrase(alias, _tokens_of(doc, alias, policy))
            if candidate:
                name = candidate
                break
    if name is None:
        name = _head_phrase(doc, policy) or policy.name
    name = _without_possessive_pronoun(doc, name, policy)
    if name == policy.name:
        return policy
    # the text's own forms stay aliases (how it named the policy), the label is the phrase
    return replace(policy, name=name, aliases=tuple(sorted((set(policy.aliases) | {policy.name}) - {name})))


def _without_possessive_pronoun(doc, label: str, policy: Policy) -> str:
    """"review into their safety on X": away from its sentence "their" would be read as the review's
    author's; whose it is is elsewhere, so the label says "the" ("its own budget" -> "the budget"). An adjective
    the text quotes ("a “damning” report") is someone's judgement, no part of the name: it goes."""
    pronouns, judgements = set(), set()
    for ev in policy.mentions:
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.tag_ == "PRP$":
                pronouns.add(t.lower_)
            elif _quoted_judgement(t):
                judgements.add(t.lower_)
    words = []
    for n, word in enumerate(label.split(" ")):
        if word.lower() in judgements and len(label.split(" ")) > 2:
            continue
        if word.lower() in pronouns and words:
            word = "the"
        elif word.lower() == "own" and words[-1:] == ["the"]:
            continue
        words.append(word)
    return " ".join(words) if words else label


def _quoted_judgement(token) -> bool:
    """An adjective set in quote marks before a noun ("a “damning” report"): someone's judgement of the thing."""
    doc = token.doc
    return token.pos_ == "ADJ" and token.dep_ == "amod" and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].is_quote and doc[token.i + 1].is_quote


@lru_cache(maxsize=1)
def _vocabulary_names() -> frozenset[str]:
    from .policies import vocabulary

    return frozenset(name_key(n) for entry in vocabulary() for n in (entry.label, *entry.aliases))


def _tokens_of(doc, text: str, policy: Policy) -> list:
    """The Doc's tokens that spell `text` around one of the policy's mentions, in order, word by word (a built
    label may leave words out, "cuts to the force" -> "cuts to force", or start with the act before the
    mention, "pledges to ..."); [] when no sentence of a mention spells it."""
    words = [w.lower() for w in text.split()]
    if not words:
        return []
    for ev in policy.mentions:
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for begin in range(sent.start, span.end):
            if doc[begin].lower_ != words[0]:
                continue
            found, at = [], 0
            for token in doc[begin:sent.end]:
                if at < len(words) and token.lower_ == words[at]:
                    found.append(token)
                    at += 1
            if at == len(words) and found[-1].i >= span.start:
                return found
    return []


def _noun_phrase(label: str, tokens: list) -> str | None:
    """`label` cut down to the noun phrase it names, or None when it is a clause."""
    if not tokens:
        return label  # a vocabulary name, not read off the text: trusted
    words = label.split()
    # an intent verb first, with its infinitive: its noun ("pledges to recruit" -> "pledge to recruit")
    first = tokens[0]
    nouns = word_values("act_noun_form")
    infinitive = len(tokens) > 1 and tokens[1].lower_ in ("to", "not")
    intent = first.pos_ in ("VERB", "AUX") and first.lemma_.lower() in nouns
    nominalised = intent and infinitive
    if nominalised:
        words[0] = nouns[first.lemma_.lower()]
    elif intent and len(tokens) > 1 and tokens[1].tag_ == "VBG":  # "proposed replacing X": the act is the policy
        words, tokens = words[1:], tokens[1:]
        nominalised = True
    elif first.tag_ == "VB" and first.dep_ not in NOMINAL_DEPS and first.lower_ == words[0].lower():
        words[0] = gerund(words[0])  # "ban X", "make X a crime": named by what doing it is, "banning X"
        nominalised = True
    elif _clause_verb(first):
        return None  # "replaced the chief constable": a clause
    # a clause inside: cut before its opener or its finite verb
    whole, opened, cut = (list(words), list(tokens)), False, False
    for n, token in enumerate(tokens[1:], 1):
        if token.tag_ in CLAUSE_OPENERS or _clause_verb(token):
            opened, cut = token.tag_ in CLAUSE_OPENERS, True
            words, tokens = words[:n], tokens[:n]
            break
    text = " ".join(words)
    aside = _ASIDE.search(text)
    if aside:
        kept = text[: aside.start()].split()
        words, tokens = kept, tokens[: len(kept)]
    while tokens and (tokens[-1].pos_ in DANGLING_POS or tokens[-1].tag_ in ("VBG", "VBN") and len(tokens) > 1
                      and tokens[-2].pos_ in ("PUNCT", "CCONJ")):
        words, tokens = words[:-1], tokens[:-1]
    if len(tokens) == 1 and opened and whole[1][-1].pos_ not in DANGLING_POS and not _ASIDE.search(" ".join(whole[0])):
        words, tokens = whole  # "measures which would make X illegal": a bare "measures" would name nothing
    elif len(tokens) == 1 and cut:
        return None  # "review of are held to account": what is left names nothing
    if not tokens or not (nominalised or any(t.pos_ in ("NOUN", "PROPN") for t in tokens)):
        return None
    return " ".join(words).strip(" ,;:")


def _without_aside(label: str) -> str:
    """The label before a spaced dash or an opening bracket ("cut in the budget (worth £4m" -> "cut in the
    budget"): an aside, never part of a policy's name; a label that opens with one is kept."""
    aside = _ASIDE.search(label)
    return label[: aside.start()].rstrip(" ,;:") if aside and aside.start() > 0 else label


def gerund(verb: str) -> str:
    """The -ing form of an English base verb ("make" -> "making", "ban" -> "banning", "see" -> "seeing")."""
    word = verb.lower()
    if word.endswith("ie"):
        return verb[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return verb[:-1] + "ing"
    vowels = re.findall(r"[aeiou]+", word)
    if len(vowels) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word):  # one syllable ending consonant-vowel-consonant
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _acronym_case(label: str, tokens: list) -> str:
    """A label lower-cased at its start keeps an acronym's capitals ("PEEL inspections", not "pEEL ...")."""
    if tokens and len(tokens[0].text) > 1 and tokens[0].text.isupper() and label.split()[0] != tokens[0].text:
        return tokens[0].text + label[len(tokens[0].text):]
    return label


def _clause_verb(token) -> bool:
    return token.tag_ in FINITE_TAGS and token.dep_ not in NOMINAL_DEPS


def _head_phrase(doc, policy: Policy) -> str:
    """The noun chunk of the first mention's head noun: the phrase that names what was done."""
    for ev in policy.mentions:
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None:
            continue
        for chunk in doc.noun_chunks:
            if span.start <= chunk.root.i < span.end and chunk.root.pos_ == "NOUN":
                words = [t.text for t in chunk if t.pos_ not in ("DET", "PRON") and t.dep_ != "poss"]
                if words:
                    return " ".join(words)
    return ""


def _tidy_measures(doc, figure: Figure) -> str:
    text = figure.measures
    if not text or figure.evidence is None:
        return text
    words = _RELATIVE.split(text, maxsplit=1)[0].split()  # "police staff, who are critical to ..."
    sentence = doc.char_span(figure.evidence.start, figure.evidence.end, alignment_mode="expand")
    scope = sentence.sent if sentence is not None else doc
    by_word: dict[str, list] = {}
    for token in scope:
        by_word.setdefault(token.text.lower(), []).append(token)

    def pos(word: str) -> str:
        found = by_word.get(word.lower().strip(",.;:"))
        return found[0].pos_ if found else "NOUN"

    while words and (pos(words[-1]) in FUNCTION_POS or words[-1] in ("-", "–", "—", ",")):
        words = words[:-1]
    while words and pos(words[0]) in FUNCTION_POS - {"NUM"}:
        words = words[1:]
    if not any(pos(w) in ("NOUN", "PROPN", "VERB", "ADJ") for w in words):
        return ""
    return " ".join(words)
