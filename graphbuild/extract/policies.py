"""Policies and policy instruments: one node per policy per article, with aliases.

Three sources: the policy vocabulary in `ontology/gazetteer/policies.csv`;
noun phrases headed by a policy noun (`ontology/gazetteer/policy_heads.csv`:
"the South-East Allowance", "an independent review of X", "plans to cut Y"),
named by their modifiers and complements; and the objects of political acts
(`ontology/patterns/policy.jsonl`: "scrap X", "raise the council tax", "voted
to make X"). Bare "the reforms" / "the powers" / "the allowance" resolve to the
policy the sentence or the story last named.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .. import resources
from ..gazetteer import demonyms, org_unit_words, word_class, word_values
from ..records import Evidence, Policy
from . import patterns
from .common import (Paragraphs, counterfactual, doc_text, evidence, first_mentions, is_workforce, legislation_spans, name_key, retarget,
                     workforce_nouns)

GENERIC_MODIFIERS = {"the", "these", "those", "its", "their", "his", "her", "new", "proposed", "such", "further",
                     "latest", "recent", "controversial", "wider", "government", "this", "that", "a", "an",
                     "current", "existing", "other", "same", "similar", "previous", "original", "last", "next",
                     "first", "final", "full", "whole", "own", "possible", "planned", "major", "key", "big",
                     "huge", "various", "different", "particular", "specific", "significant", "important",
                     "some", "any", "all", "many", "more", "most", "several", "few", "every", "each", "our",
                     "your", "my", "government's", "high", "higher", "low", "lower", "good", "better", "best", "weak",
                     "poor", "strong", "robust", "proper", "clear", "flawed", "above"}
ACTOR_ENTS = {"ORG", "PERSON", "NORP", "FAC"}  # a compound naming who acts, not what is done
SCOPE_ENTS = {"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"}
PLACE_ENTS = {"GPE", "LOC"}
PRONOUNS = frozenset(("it",))
IDIOMS = {("in", "order")}  # "in order to": no order is meant
COMPLEMENT_PREPS = {"of", "for", "to", "on", "into", "against"}
NOMINALISATION = re.compile(r"(?:tion|sion|ment|ance|ence|ing)s?$")
MAX_WORDS = 10


@dataclass(frozen=True)
class VocabEntry:
    id: str
    label: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PolicyMention:
    key: str
    label: str
    kind: str
    start: int
    end: int
    topic: str = ""
    names: tuple[str, ...] = ()  # other names of it not written as such: "plans to close X" is the closure of X


@lru_cache(maxsize=1)
def vocabulary() -> tuple[VocabEntry, ...]:
    return tuple(
        VocabEntry(r["id"], r["label"], r["kind"], tuple(a for a in r["aliases"].split("|") if a))
        for r in resources.read_csv("gazetteer/policies.csv")
    )


@lru_cache(maxsize=4)
def _matcher(vocab):
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for n, entry in enumerate(vocabulary()):
        forms = {entry.label, *entry.aliases}
        # "police precepts", "funding settlements": a policy named in the plural is the same policy
        forms |= {f + "s" for f in forms if f[-1:].isalpha() and f[-1:].lower() not in "sy" and " " in f}
        matcher.add(f"P{n}", [Doc(vocab, words=_words(f)) for f in sorted(forms)])
    return matcher


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+(?:[’'.]\w+)*|[^\w\s]", text)]


def find_policy_mentions(doc) -> list[PolicyMention]:
    """Vocabulary matches first, then pattern-built policies around them."""
    from spacy.util import filter_spans

    spans = []
    for match_id, start, end in _matcher(doc.vocab)(doc):
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    mentions = []
    covered = set()
    for span in filter_spans(spans):
        entry = vocabulary()[int(span.label_[1:])]
        if len(span) == 1 and any(c.dep_ == "prep" and c.lower_ in ("to", "in", "of") for c in span[0].children):
            continue  # bare "cuts" followed by "to X": the pattern below names what is cut
        before = doc[span.start - 1] if span.start else None
        if entry.kind == "power" and before is not None and before.lower_ in word_class("new_policy_modifier"):
            # "new stop and search powers": powers still to be given, not the power there is (whose stance a
            # reader would otherwise take for one on the old power)
            label = f"{before.lower_} {span.text.lower()}"
            mentions.append(PolicyMention("policy:" + name_key(label), label, entry.kind, before.idx, span.end_char,
                                          topic=f"policy:{entry.id}"))
            covered.update(range(span.start - 1, span.end))
            continue
        mentions.append(PolicyMention(f"policy:{entry.id}", entry.label, entry.kind, span.start_char, span.end_char))
        covered.update(range(span.start, span.end))
    laws = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "LAW" and len(ent) >= 2]
    for start, end in sorted(set(laws + legislation_spans(doc_text(doc)))):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.i in covered for t in span):
            continue  # "the Offensive Weapons Act", "the Police, Crime, Sentencing and Courts Bill"
        label = re.sub(r"^(?:the|The)\s+", "", span.text).strip()
        mentions.append(PolicyMention("policy:" + name_key(label), label, "legislation", span.start_char,
                                      span.end_char))
        covered.update(range(span.start, span.end))
    for mention, tokens in named_policies(doc, covered):
        mentions.append(mention)
        covered.update(t.i for t in tokens)
    mentions.extend(_repeated_names(doc, [m for m in mentions if m.label[:1].isupper()], covered))
    found = _one_name_per_law(doc, mentions)
    for mention in _pattern_mentions(doc, covered, found):
        if mention not in found:
            found.append(mention)
    for mention in _act_mentions(doc, covered):
        if mention not in found:
            found.append(mention)
    found.extend(_acronym_mentions(doc, found, covered))
    found = [m for m in found if not _in_post_title(doc_text(doc), m)]
    found = _epithets(doc, _inverted(_equated(doc, _short_forms(_one_name_per_law(doc, found)))))
    return sorted(set(_named_as_planned(found)), key=lambda m: (m.start, m.end, m.key))


def _in_post_title(text: str, mention: PolicyMention) -> bool:
    """"Shadow Minister for Police Reform": a capitalised name after a post's "for"/"of" is the post's
    name (word class post_for_head: minister, secretary, spokesperson ...), no policy of the article."""
    if not text[mention.start:mention.start + 1].isupper():
        return False
    before = re.search(r"(\w+)\s+(?:for|of)\s+(?:the\s+)?$", text[max(0, mention.start - 40):mention.start])
    return bool(before) and before.group(1).lower() in word_class("post_for_head")


def _named_as_planned(mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"plans to close ten stations … the force will close ten stations": the act done is the act planned,
    when the name its noun gives ("closure of ten stations") is one name of exactly one planned policy."""
    planned: dict[str, set[str]] = {}
    for m in mentions:
        for n in m.names:
            planned.setdefault(name_key(n), set()).add(m.key)
    first = first_mentions(mentions)
    target = {}
    for m in mentions:
        keys = planned.get(name_key(m.label), set())
        if len(keys) == 1 and m.key not in keys:
            target[m.key] = first[next(iter(keys))]
    return retarget(mentions, target)


def _epithets(doc, mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"a defence of antisocial behaviour orders after the minister moved to scrap her predecessor's flagship
    measure to curb disorder": a description under an epithet (`policy_epithet`: flagship, landmark ...)
    headed by a noun that fits a kind of policy (`policy_fits.csv`) names a policy already known, not a new
    one: the one policy of a fitting kind named in its sentence or the one before. Every mention of the
    description is then that policy; with two candidates, neither."""
    epithets = word_class("policy_epithet")
    vocab = {f"policy:{e.id}" for e in vocabulary()}
    target: dict[str, PolicyMention] = {}
    for m in mentions:
        if m.key in vocab or m.kind == "legislation" or m.key in target:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        fits = policy_fits().get(head.lemma_.lower())
        if not fits or not any(c.lower_ in epithets and c.dep_ in ("amod", "compound") for c in head.children) \
                or any(c.lower_ in word_class("new_policy_modifier") for c in head.children):
            continue  # "a new flagship scheme" is a new one
        window = doc[max(0, span.sent.start - 1)].sent.start_char
        candidates = {o.key: o for o in mentions if o.key != m.key and window <= o.start < m.start
                      and (o.key.removeprefix("policy:") in fits or f"kind:{o.kind}" in fits)}
        if len(candidates) == 1:
            target[m.key] = next(iter(candidates.values()))
    if not target:
        return mentions
    return [PolicyMention(target[m.key].key, target[m.key].label, target[m.key].kind, m.start, m.end,
                          topic=target[m.key].topic) if m.key in target else m for m in mentions]


NAME_LINKS = {"and", "of", "&", "-", "for"}


def _title_case(token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and not token.like_num


def _headline_like(sent) -> bool:
    """A line in title case ("Police Chief Unveils New Safety Plan") capitalises words that are no name:
    the headline when most of its words are, any other line when all its longer words are."""
    words = [t for t in sent if t.is_alpha and t.i != sent.start and t.lower_ not in NAME_LINKS | {"a", "the", "to", "in", "on", "at"}]
    capitals = sum(t.text[:1].isupper() for t in words)
    if "\n\n" not in sent.doc.text[:sent.start_char].lstrip():
        return len(words) >= 3 and capitals >= 0.7 * len(words)
    longer = [t for t in words if len(t) > 3]
    return len(longer) >= 4 and all(t.text[:1].isupper() for t in longer)


def named_policies(doc, covered: set[int]) -> Iterator[tuple[PolicyMention, list]]:
    """Policies named by a proper name: a capitalised name ending in a head of `policy_name_head`
    ("the Voluntary Exit Scheme", "a Knife Crime Summit", "the Police and Crime Plan") or one opened by
    a word whose value is "prefix" ("Operation Sceptre"). The name is the policy's label as written."""
    heads = word_values("policy_name_head")
    lower_heads = word_values("policy_name_lower_head")
    for token in doc:
        lemma = token.lower_ if token.lower_ in heads else token.lower_.rstrip("s")
        if token.i not in covered and token.is_lower and lemma in lower_heads and token.pos_ == "NOUN" \
                and not _headline_like(token.sent):
            run = _name_before(doc, token, covered)  # "the Safer Streets scheme", "the Policing Matters meetings"
            if run:
                label = "".join(t.text_with_ws for t in run + [token]).strip()
                yield PolicyMention("policy:" + name_key(label), label, lower_heads[lemma] or "programme", run[0].idx,
                                    token.idx + len(token)), run + [token]
            continue
        if token.i in covered or not token.text[:1].isupper() or lemma not in heads or _headline_like(token.sent):
            continue
        if heads[lemma] == "prefix":  # "Operation Sceptre"
            run = [token]
            while run[-1].i + 1 < len(doc) and _title_case(doc[run[-1].i + 1]) and doc[run[-1].i + 1].i not in covered:
                run.append(doc[run[-1].i + 1])
            if len(run) < 2 or run[-1].sent.start != token.sent.start:
                continue
            kind = "programme"
        else:
            if token.i + 1 < len(doc) and _title_case(doc[token.i + 1]):
                continue  # "the Police Review Body": the head of the name comes later
            run = _capitalised_run_before(doc, token.i - 1, covered) + [token]
            if len(run) < 2 or run[0].i == token.sent.start and run[0].pos_ not in ("PROPN",):
                continue  # "Plans were ..." opening a sentence: no name
            kind = heads[lemma] or policy_heads().get(lemma, ("programme", ""))[0]
            if kind == "funding" and _acts_as_body(token):
                continue  # "the X Fund warned", "Jane Porter, of the X Fund": a body named a fund
        label = "".join(t.text_with_ws for t in run).strip()
        yield PolicyMention("policy:" + name_key(label), label, kind, run[0].idx, run[-1].idx + len(run[-1])), run
    yield from _called(doc, covered)


def _capitalised_run_before(doc, i: int, covered: set[int], *, words_only: bool = False) -> list:
    """The capitalised words (with the links inside a name: "of", "and", a tight "-") running back from token
    `i` within its sentence. `words_only`: each a plain word followed by a space, linked only by words
    (a name before a lower-case head, "the Safer Streets scheme")."""
    start = doc[i].sent.start if i >= 0 else 0
    links = NAME_LINKS - {"-", "&"} if words_only else NAME_LINKS
    run = []
    while i >= start and i not in covered:
        t = doc[i]
        if _title_case(t) and t.pos_ != "DET" and (not words_only or t.text.isalpha() and t.text_with_ws.endswith(" ")):
            run.insert(0, t)
        elif t.lower_ in links and i - 1 >= start and _title_case(doc[i - 1]) and (run or not words_only) \
                and (t.lower_ != "-" or t.whitespace_ == "" and doc[i - 1].whitespace_ == ""):
            run.insert(0, t)
        else:
            break
        i -= 1
    while run and run[0].lower_ in NAME_LINKS:
        run = run[1:]
    return run


def _name_before(doc, head, covered: set[int]) -> list:
    """The proper name right before a lower-case policy head ("the Safer Streets scheme"): two or more
    capitalised words, none a person, place or people, that are not a body's name (no body word at its end,
    not a body the gazetteer knows: "the Home Office scheme" is the Home Office's)."""
    from ..gazetteer import load, strip_the
    from .gender import given_names

    run = _capitalised_run_before(doc, head.i - 1, covered, words_only=True)
    if len([t for t in run if t.lower_ not in NAME_LINKS]) < 2 or run[0].i == head.sent.start and run[0].pos_ != "PROPN" \
            or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC", "DATE") for t in run) \
            or run[0].text in given_names():
        return []  # "the Jane Porter plan" is a person's
    gaz = load()
    last = run[-1].lower_
    body_words = _body_name_words()
    if last in body_words or last.rstrip("s") in body_words or strip_the("".join(t.text_with_ws for t in run).strip()) \
            in gaz.org_index():
        return []
    return run


@lru_cache(maxsize=1)
def _body_name_words() -> frozenset[str]:
    """Words that end a body's name ("Trust", "Council", "Board"): a name ending in one is no policy's."""
    from ..gazetteer import load

    return frozenset({k for k, _ in load().org_keywords}) | org_unit_words() | word_class("body_name_head")


def _acts_as_body(head) -> bool:
    """A name that speaks, or that someone is "of", "at" or "from", is a body's ("the X Fund said")."""
    from .quotes import speech_verbs  # quotes reads policies: imported when used

    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in speech_verbs():
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("of", "at", "from", "for") and head.head.head.pos_ in (
        "PROPN", "PRON") or head.dep_ == "pobj" and head.head.head.lemma_.lower() in ("work", "join", "chair", "lead")


def _repeated_names(doc, named: list[PolicyMention], covered: set[int]) -> list[PolicyMention]:
    """A policy's proper name written again elsewhere ("Police First was praised") is that policy."""
    text, out = doc_text(doc), []
    for m in {m.key: m for m in named}.values():
        for found in re.finditer(r"(?<!\w)" + re.escape(m.label) + r"(?!\w)", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and not any(t.i in covered for t in span):
                covered.update(t.i for t in span)
                out.append(PolicyMention(m.key, m.label, m.kind, found.start(), found.end(), topic=m.topic))
    return out


def _called(doc, covered: set[int]) -> Iterator[tuple[PolicyMention, list]]:
    """"a new scheme called Police Connect", "a programme known as Safe Streets": a policy head given a
    proper name by a naming verb (`naming_verb`) is named by it."""
    for token in doc:
        lemma = _head_lemma(token)
        if token.pos_ != "NOUN" or lemma not in policy_heads() and lemma not in word_values("policy_name_head"):
            continue
        for verb in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in word_class("naming_verb")):
            start = verb.i + 1
            if start < len(doc) and doc[start].lower_ == "as":
                start += 1
            while start < len(doc) and doc[start].text in QUOTE_MARKS:
                start += 1
            run = []
            while start < len(doc) and doc[start].text[:1].isupper() and not doc[start].is_punct \
                    and start not in covered and (not run or doc[start].i != doc[start].sent.start):
                run.append(doc[start])
                start += 1
            if run and not _headline_like(token.sent):
                label = "".join(t.text_with_ws for t in run).strip()
                kind = policy_heads().get(lemma, ("programme", ""))[0]
                yield PolicyMention("policy:" + name_key(label), label, kind, run[0].idx,
                                    run[-1].idx + len(run[-1])), run


def _short_forms(mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"a national detective recruitment scheme … the recruitment scheme": a built name that ends an
    earlier, longer built name with a policy head is its short form, when exactly one name fits."""
    vocab = {f"policy:{e.id}" for e in vocabulary()}
    words_of = [_words(m.label) for m in mentions]
    ending_in: dict[str, list[int]] = {}  # last word -> the built names ending in it (one pass, not one per name)
    for n, (o, words) in enumerate(zip(mentions, words_of)):
        if o.key not in vocab and words:
            ending_in.setdefault(words[-1], []).append(n)
    out = []
    for m, words in zip(mentions, words_of):
        if m.key in vocab or len(words) < 2 or words[-1].rstrip("s") not in policy_heads():
            out.append(m)
            continue
        longer = {mentions[n].key: mentions[n] for n in ending_in.get(words[-1], ())
                  if mentions[n].end <= m.start and mentions[n].key != m.key  # said later, not inside it
                  and len(words_of[n]) > len(words) and words_of[n][-len(words):] == words
                  and not COMPLEMENT_PREPS & set(words_of[n][:-len(words)])}  # "plans to scrap curfew
        # orders … curfew orders": a name ending a complement ("to scrap X") is X, not the plan
        if len(longer) != 1:
            out.append(m)
            continue
        o = next(iter(longer.values()))
        out.append(PolicyMention(o.key, o.label, o.kind, m.start, m.end, topic=o.topic))
    return out




def _law_words(doc, mention: PolicyMention) -> tuple[str, ...]:
    """The naming words of a law mention: nouns and proper words, not "the" or an epithet ("draconian")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return tuple(t.lower_ for t in span or () if t.pos_ in ("NOUN", "PROPN") or t.is_title and t.pos_ != "DET")


def _one_name_per_law(doc, mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"the Policing Bill", "the police bill" beside "the Police, Crime, Sentencing and Courts Bill": one law.

    A law mention whose naming words all begin a word of exactly one longer law name in the article,
    with the same head (bill or act), is a short form of that law.
    """
    laws: dict[str, tuple[PolicyMention, tuple[str, ...]]] = {}
    for m in (m for m in mentions if m.kind == "legislation"):
        words = _law_words(doc, m)
        if words and words[-1] in word_class("law_head") and len(words) > len(laws.get(m.key, (m, ()))[1]):
            laws[m.key] = (m, words)  # a law's fullest mention names it

    def short_form(words, longer) -> bool:
        return len(longer) > len(words) and words[-1] == longer[-1] and all(
            any(w[:5] == x[:5] for x in longer[:-1]) for w in words[:-1])

    target = {}
    for key, (m, words) in laws.items():
        fuller = {k for k, (_, w) in laws.items() if k != key and short_form(words, w)}
        longest = {k for k in fuller if not any(short_form(laws[k][1], laws[o][1]) for o in fuller)}
        if len(longest) == 1:
            target[key] = laws[longest.pop()][0]
    return [PolicyMention(target[m.key].key, target[m.key].label, target[m.key].kind, m.start, m.end, topic=m.topic)
            if m.key in target else m for m in mentions]


def _label_of(tokens) -> str:
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while tokens and tokens[0].lower_ in GENERIC_MODIFIERS:
        tokens = tokens[1:]
    tokens = tokens[:MAX_WORDS]
    text = "".join(t.text_with_ws for t in tokens if t.text not in ('"', "“", "”"))
    return re.sub(r"\s+", " ", text).strip(" ,.;:–-")


def _opening_lowered(tokens, label: str) -> str:
    """A label whose first word only opens its sentence ("Booster seats will be ...") starts lower-case; a name
    keeps its capital: a proper noun (not an opening word the parser calls one with no entity, or a person's
    before a common noun: "Zombie knives"), a people ("Londoners", `demonyms.csv`), a body or place, an acronym."""
    first = min(tokens, key=lambda t: t.i) if tokens else None
    opener = first is not None and _opens_sentence(first)
    common = opener and (not first.ent_type_ or first.ent_type_ == "PERSON" and first.dep_ == "compound"
                         and first.head.pos_ == "NOUN")
    if first is None or not label[:1].isupper() or not label[1:2].islower() or not opener \
            or first.pos_ == "PROPN" and not common or first.ent_type_ in ("NORP", "GPE", "LOC", "ORG", "FAC") \
            or {first.text, first.lemma_, first.text.rstrip("s")} & demonyms():
        return label
    return label[:1].lower() + label[1:]


def _opens_sentence(token) -> bool:
    """The first word of its sentence, or of a line (a headline above it may be parsed into its sentence)."""
    before = token.doc[token.i - 1] if token.i else None
    return token.is_sent_start or before is None or before.is_space or "\n" in before.text_with_ws


def _pattern_mentions(doc, covered: set[int], vocab_mentions: list[PolicyMention]) -> Iterator[PolicyMention]:
    by_token = {}
    for m in vocab_mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span or []:
            by_token[t.i] = m
    heads_seen: list[tuple[int, str, PolicyMention]] = [  # (start, head lemma, mention), for bare "the bill"
        (m.start, _words(m.label)[-1].rstrip("s"), m) for m in vocab_mentions]
    text = doc_text(doc)
    heads_seen += [(m.start, words[-1].rstrip("s"), m) for m in vocab_mentions  # "a pay rise … the rise"
                   if (words := _words(text[m.start:m.end]))]
    heads_index: dict = {}  # `_latest_first`'s index of heads_seen, rebuilt when heads_seen grows
    for token in doc:
        if token.lower_ == "it" and token.i not in covered:
            antecedent = _pronoun_antecedent(doc, token, vocab_mentions)
            if antecedent is not None:  # "announced the amnesty and X defended it": the amnesty
                mention = PolicyMention(antecedent.key, antecedent.label, antecedent.kind, token.idx,
                                        token.idx + len(token), topic=antecedent.topic)
                by_token[token.i] = mention
                covered.add(token.i)
                yield mention
            continue
        if token.i in covered or token.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        lemma = token.lemma_.lower()
        if lemma == "power" and token.tag_ == "NNS" and not any(c.dep_ in ("compound", "amod") for c in token.children) \
                and _infinitive(token) is None:
            # "the powers": the power the story last named ("the powers to sack X" name their own, below)
            powers = [m for m in vocab_mentions if m.kind == "power" and m.start < token.idx]
            if powers and any(c.lower_ in ("the", "these", "its", "their", "those") for c in token.children):
                mention = PolicyMention(powers[-1].key, powers[-1].label, "power", token.idx, token.idx + len(token))
                vocab_mentions.append(mention)
                by_token[token.i] = mention
                yield mention
            continue
        elected = _bare_election_of(text) if lemma == "election" and token.pos_ == "NOUN" \
            and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in token.children) else None
        if elected is not None:  # "stood in last week's elections" in a story about commissioners: their elections
            mention = PolicyMention(f"policy:{elected.id}", elected.label, elected.kind, token.idx,
                                    token.idx + len(token))
            vocab_mentions.append(mention)
            by_token[token.i] = mention
            covered.add(token.i)
            yield mention
            continue
        # "cuts to youth services", "funding for neighbourhood officers", "extending the powers to drones"
        if lemma in ("extend", "extension"):
            # "extending them to target drones": the target is a prepositional or infinitive phrase
            to = next((c for c in token.children if (c.dep_ == "prep" and c.lower_ == "to")
                       or (c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children))), None)
            if to is not None:
                yield from _extension(doc, token, to, by_token, vocab_mentions)
                continue
            if token.pos_ != "NOUN":
                continue  # "the extension of the scheme": a head with its complement, below
        if lemma in word_class("pledge_verb") and token.pos_ == "VERB":
            # "promised to cut inflation to 5%", "pledged to recruit 3,500 officers"
            xcomp = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if xcomp is not None and not any(t.i in covered for t in xcomp.subtree):
                # "promised to hire X and reopen Y": one pledge per act
                acts = [xcomp] + [c for c in xcomp.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > xcomp.i]
                for n, act in enumerate(acts):
                    yield from _pledge(doc, token, act, acts[n + 1:], covered, vocab_mentions)
            continue
        if lemma in ("cut", "funding", "reduction", "increase", "rise", "freeze") and (
                token.pos_ == "NOUN" or _amount_before(token)):
            mention = _change_of(doc, token, by_token)
            if mention is not None:
                vocab_mentions.append(mention)
                heads_seen.append((mention.start, lemma, mention))  # "a rise in the precept … the rise"
                yield mention
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                covered.update(range(span.start, span.end))
                continue
        # "measures in the X Bill … the plans": the one law named earlier in the sentence; "the
        # government's plans", with no law in the sentence: the one law the story has named so far
        governments = [c for c in token.children if c.dep_ in ("poss", "compound")
                       and c.lemma_.lower() in word_class("government_word")]
        if policy_anaphors().get(lemma) == "law" and token.pos_ == "NOUN" and not any(
                c.dep_ in ("compound", "prep", "acl", "relcl") and c not in governments for c in token.children) \
                and (governments or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                        for c in token.children)):
            named = _one_name_per_law(doc, [m for m in vocab_mentions if m.kind == "legislation"])
            laws = [m for m in named if token.sent.start_char <= m.start < token.idx]
            if not laws and governments:
                laws = [m for m in named if m.start < token.idx]
            if len({m.key for m in laws}) == 1:
                mention = PolicyMention(laws[0].key, laws[0].label, laws[0].kind, token.idx, token.idx + len(token))
                by_token[token.i] = mention
                covered.add(token.i)
                yield mention
                continue
        fitting = _fitting(token, vocab_mentions) or _described_again(doc, token, heads_seen)
        if fitting is not None:  # "the technology", "the commissioner's pledge": the one policy it fits;
            # "a county crackdown … the nationwide crackdown": the one crackdown named, described again
            by_token[token.i] = fitting
            covered.add(token.i)
            yield fitting
            continue
        if policy_anaphors().get(lemma) == "latest" and token.pos_ == "NOUN" \
                and not any(c.dep_ in ("compound", "amod", "prep") for c in token.children) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            # "the proposal": the policy the story named last, within a few sentences (not "the minister's
            # proposal": its owner is no stance on what it refers to)
            window = token.doc[max(0, token.sent.start - 1)].sent.start_char if token.sent.start else 0
            recent = [m for m in vocab_mentions if window <= m.start and m.end <= token.idx]  # named before it,
            # not a phrase it ends ("consultation on the plan" is no plan)
            proposals = {m.key: m for m in vocab_mentions if m.start < token.idx and m.kind == "proposal"}
            if not recent and len(proposals) == 1:  # "campaigned against the proposals": the story's one proposal
                recent = list(proposals.values())
            if recent:
                last = max(recent, key=lambda m: m.start)
                mention = PolicyMention(last.key, last.label, last.kind, token.idx, token.idx + len(token),
                                        topic=last.topic)
                by_token[token.i] = mention
                covered.add(token.i)
                yield mention
                continue
        if token.pos_ == "NOUN" and lemma in word_class("general_policy_head") and token.i not in covered:
            # "plans to close the station … the scheme", "… the announcement": with no such head named before,
            # the proposal just named
            mention = _general_reference(doc, token, vocab_mentions, heads_seen, heads_index)
            if mention is not None:
                by_token[token.i] = mention
                covered.add(token.i)
                yield mention
                continue
        if not (token.pos_ in ("NOUN", "PROPN") or _gerund_noun(token)) or not (
                lemma in word_class("policy_pattern_head") or _head_lemma(token) in policy_heads()):
            continue
        mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                and c.lower_ not in GENERIC_MODIFIERS and not c.like_num and c.ent_type_ not in ("DATE",)]
        named = next((by_token[t.i] for m in mods for t in m.subtree if t.i in by_token), None)
        if named is not None and lemma in word_class("policy_pattern_head"):  # "the stop and search reforms"
            label = f"{named.label} {token.text}"
            mention = PolicyMention("policy:" + name_key(label), label, "reform", named.start,
                                    token.idx + len(token), topic=named.key)
            vocab_mentions.append(mention)
            covered.add(token.i)
            yield mention
            continue
        phrase = head_phrase(token, covered)
        if phrase is not None:
            tokens, kind = phrase
            label = _phrase_label(tokens)
            if len(label.split()) >= 2 or policy_heads()[_head_lemma(token)][1] == "none":
                examined = next((by_token[t.i].key for t in tokens if t.i > token.i and t.i in by_token), "")
                mention = PolicyMention(_phrase_key(tokens, token), label, kind, tokens[0].idx,
                                        tokens[-1].idx + len(tokens[-1]), names=_act_named(tokens), topic=examined)
                vocab_mentions.append(mention)
                heads_seen.append((mention.start, _head_lemma(token), mention))
                inner = [t for t in tokens if t.i > token.i and t.pos_ == "NOUN"]
                if inner and inner[-1].i == tokens[-1].i and _head_lemma(inner[-1]) in policy_heads() and not any(
                        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in inner[-1].children):
                    # "plans for banning orders … the orders": the orders the plans would bring in; not
                    # "consultation on the plan … the plan": a plan named before, not the consultation
                    heads_seen.append((mention.start, _head_lemma(inner[-1]), mention))
                named_part = [t for t in tokens if t.i <= token.i]  # a complement may hold a policy of its own
                covered.update(t.i for t in named_part)
                for t in named_part:
                    by_token[t.i] = mention
                yield mention
                continue
        if lemma not in policy_heads() and mods and lemma in word_class("policy_pattern_head"):
            first = min(t.i for m in mods for t in m.subtree)
            label = _label_of(doc[first:token.i + 1])
            if len(label.split()) >= 2:
                yield PolicyMention("policy:" + name_key(label), label, "reform", doc[first].idx,
                                    token.idx + len(token))
                covered.update(range(first, token.i + 1))
                continue
        # bare "reforms": about the policy named in the same sentence
        if lemma in ("reform", "reforms") and not mods:
            # "reforms to stop and search": the policy named right after it, else a policy of the vocabulary named
            # before it in the sentence ("stop and search … the reforms"), not a cut the sentence names later
            near = token.doc[min(token.i + 4, len(token.doc) - 1)]  # "reforms to (ensure) stop and search"
            general = {f"policy:{e.id}" for e in vocabulary()}
            topic = next((m for m in vocab_mentions if token.idx < m.start <= near.idx), None) or next(
                (m for m in vocab_mentions if token.sent.start_char <= m.start < token.idx and m.key in general), None)
            if topic is not None:
                label = f"{topic.label} reforms"
                mention = PolicyMention("policy:" + name_key(label), label, "reform", token.idx,
                                        token.idx + len(token), topic=topic.key)
                vocab_mentions.append(mention)
                yield mention
                covered.add(token.i)
                continue
        # bare "the allowance", "these sanctions": the one of that head the story last named
        fits_head = [m for start, m in _latest_first(heads_seen, heads_index, (_head_lemma(token), token.lower_.rstrip("s")))
                     if start < token.idx and m.end <= token.idx]  # named before it, not a phrase it ends
        earlier = fits_head[0] if fits_head else None
        recent = doc[max(token.sent.start - 1, 0)].sent.start_char  # the plan in focus: this or the last sentence
        owned = any(c.dep_ == "poss" for c in token.children) and len({m.key for m in fits_head}) == 1 \
            and any(start >= recent for start, head, m in heads_seen if m.key == fits_head[0].key and start < token.idx)
        if earlier is not None and not mods and (owned or any(  # "the minister's plan": the one plan named
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in token.children)):
            mention = PolicyMention(earlier.key, earlier.label, earlier.kind, token.idx, token.idx + len(token),
                                    topic=earlier.topic)
            by_token[token.i] = mention
            covered.add(token.i)
            yield mention


def _pledge(doc, verb, act, later_acts, covered: set[int], mentions: list) -> Iterator[PolicyMention]:
    """"promised to cut inflation to 5%": the act pledged and its target, without its conditions ("if it
    wins …"), what follows a comma, or the next act coordinated with it (a pledge of its own)."""
    drop = {x.i for t in act.subtree if t.dep_ in ("advcl", "relcl", "parataxis") and not _bare_infinitive(t)
            for x in t.subtree}
    drop |= {x.i for a in later_acts for x in a.subtree}
    drop |= {c.i for c in act.children if c.dep_ == "cc" and later_acts}
    drop |= {x.i for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB" for x in c.subtree}
    comma = next((t.i for t in act.subtree if t.text == "," and t.i > act.i), len(doc))
    tokens = [t for t in act.subtree if t.i not in drop and t.i < comma and not t.is_space
              and not (t.dep_ == "aux" and t.lower_ == "to" and t.head.i == act.i)]
    while tokens and tokens[-1].dep_ in ("cc", "punct"):
        tokens = tokens[:-1]
    tokens = _within_words(tokens, act)
    named = _label_of(tokens)
    pronoun = next((t for t in tokens if t.head.i == act.i and t.dep_ == "dobj" and t.lower_ in ("it", "them")), None)
    if pronoun is not None:  # "inflation is 8% and the minister, who promised to cut it to 5%": cut inflation
        antecedent = _antecedent(pronoun, verb)
        if not antecedent:
            return  # a pledge whose object cannot be named names no policy
        named = _label_of([t for t in tokens if t.i < pronoun.i]) + f" {antecedent} " + _label_of(
            [t for t in tokens if t.i > pronoun.i])
        named = re.sub(r"\s+", " ", named).strip()
    label = f"{act_noun(verb)} to {named}"  # a noun phrase: "pledge to recruit X"
    if tokens and 3 <= len(label.split()) <= MAX_WORDS + 2 \
            and (pronoun is not None or any(t.pos_ in ("NOUN", "PROPN") for t in tokens)) \
            and not any(t.i in covered for t in tokens):
        start = verb.idx if act.dep_ == "xcomp" else tokens[0].idx  # the surface keeps the pledge as written
        end = max(t.idx + len(t) for t in tokens)
        mention = PolicyMention("policy:" + name_key(label), label, "pledge", start, end,
                                names=_act_named([act] + tokens))
        mentions.append(mention)
        covered.update(t.i for t in tokens)
        yield mention


def _antecedent(pronoun, before) -> str:
    """The noun phrase an object "it" / "them" stands for: the last subject or object of its number in its
    sentence before `before` that is a thing (no person, body, place, date or amount, not the one who
    pledges), without its determiner, clauses or asides."""
    plural = pronoun.lower_ == "them"
    pledger = {c.i for c in before.children if c.dep_ == "nsubj"} | ({before.head.i} if before.dep_ == "relcl" else set())
    chunks = [c for c in pronoun.doc.noun_chunks if c.sent.start == pronoun.sent.start and c.end <= before.i
              and c.root.dep_ in ("nsubj", "nsubjpass", "dobj") and c.root.i not in pledger
              and c.root.pos_ == "NOUN" and c.root.ent_type_ not in ACTOR_ENTS | SCOPE_ENTS | PLACE_ENTS
              and (c.root.tag_ == "NNS") == plural]
    if not chunks:
        return ""
    words = [t for t in _trimmed(chunks[-1].root) if t.i < before.i and t.pos_ != "PRON" and t.dep_ != "poss"]
    if not words or not _contiguous(words):
        return ""
    named = _label_of(words)
    return named[:1].lower() + named[1:] if words[0].pos_ != "PROPN" and named[1:2].islower() else named


def _bare_infinitive(verb) -> bool:
    """"held to account", "brought to book": an infinitive with nothing of its own right after the verb it
    completes is part of that verb's phrase (a purpose clause, "to cut crime", has an object)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.i >= 2 and verb.head.i == verb.i - 2 \
        and [c.lower_ for c in verb.children if not c.is_space] == ["to"]


def _general_reference(doc, token, mentions: list[PolicyMention], heads_seen, heads_index) -> PolicyMention | None:
    """A bare "the scheme", "the announcement": the proposal, programme or pledge named in this or the last
    sentence, when no policy of that head was named before (then it is that one: the bare-head reading)."""
    if any(c.dep_ in ("compound", "amod", "poss") or c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS | {"by"}
           for c in token.children) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return None
    if any(start < token.idx for start, _ in _latest_first(heads_seen, heads_index, (token.lemma_.lower(),))):
        return None
    recent = doc[max(token.sent.start - 1, 0)].sent.start_char
    general = {f"policy:{entry.id}" for entry in vocabulary()}  # "police funding" is no one's proposal
    before = [m for m in mentions if recent <= m.start and m.end <= token.idx and m.kind != "cuts" and (
        m.kind in PROPOSED_KINDS or m.key not in general)]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    return PolicyMention(last.key, last.label, last.kind, token.idx, token.idx + len(token), topic=last.topic)


PROPOSED_KINDS = frozenset(("proposal", "programme", "pledge", "reform", "strategy", "power", "recruitment"))


def _pronoun_antecedent(doc, token, mentions: list[PolicyMention]) -> PolicyMention | None:
    """The policy an object "it" stands for: the last one named in this or the sentence before, with no
    other thing "it" could be (a singular noun, a body) named in between ("the Home Office announced the
    amnesty and X defended it"; not "announced the amnesty and praised the force for enforcing it")."""
    if token.dep_ not in ("dobj", "pobj") or token.head.lemma_.lower() == "be":
        return None
    start = doc[max(0, token.sent.start - 1)].sent.start_char
    recent = [m for m in mentions if start <= m.start and m.end <= token.idx]
    if not recent:
        return None
    last = max(recent, key=lambda m: (m.end, m.start))
    between = [t for t in doc if last.end <= t.idx and t.i < token.i]
    if any(t.tag_ in ("NN", "NNP") and t.ent_type_ not in SCOPE_ENTS | {"PERSON"} or t.ent_type_ in ("ORG", "NORP")
           or t.lower_ in ("it", "this", "that") for t in between):
        return None
    return last


def _within_words(tokens, verb) -> list:
    """A pledged act short enough to name: trailing adjuncts of the verb ("over the next five years", "by
    the end of the year") go first; a phrase with a hole in it, or still too long, names nothing (a label
    is never cut mid-phrase)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > MAX_WORDS:
        adjuncts = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > verb.i
                    and any(t.i == c.i for t in tokens)]
        if not adjuncts:
            return []
        last = {t.i for t in adjuncts[-1].subtree}
        tokens = [t for t in tokens if t.i not in last]
    return tokens if tokens and _contiguous(tokens) else []


QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'")


def _contiguous(tokens) -> bool:
    """No word of the text left out between the first and the last (quote marks and an infinitive's "to" aside)."""
    kept = {t.i for t in tokens}
    doc = tokens[0].doc
    return all(i in kept or doc[i].text in QUOTE_MARKS or doc[i].lower_ == "to" and doc[i].dep_ == "aux"
               for i in range(min(kept), max(kept) + 1))


def _fitting(token, earlier: list[PolicyMention]) -> PolicyMention | None:
    """"the technology", "the minister's pledge": a definite noun naming what kind of policy it means
    (`ontology/gazetteer/policy_fits.csv`) refers back to the one earlier policy of that kind; with two
    candidates ("stop and search … section 60 … the tactic") it refers to neither."""
    fits = policy_fits().get(token.lemma_.lower())
    if not fits or token.pos_ != "NOUN" or token.tag_ != "NN" or any(
            c.dep_ in ("compound", "prep", "acl", "relcl", "nummod")
            or c.dep_ == "amod" and c.lower_ not in GENERIC_MODIFIERS for c in token.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in token.children):
        return None  # "a pledge", "any technology": nothing referred back to
    candidates = {m.key: m for m in earlier if m.end <= token.idx  # "consultation on the plan": not itself
                  and (m.key.removeprefix("policy:") in fits or f"kind:{m.kind}" in fits)}
    if len(candidates) != 1:
        return None
    m = next(iter(candidates.values()))
    return PolicyMention(m.key, m.label, m.kind, token.idx, token.idx + len(token), topic=m.topic)


def _described_again(doc, token, heads_seen) -> PolicyMention | None:
    """"the nationwide crackdown" after "a county lines crackdown": a definite head with adjectives only
    refers back to the one policy of that head named before, unless that one carries an adjective of its
    own the new words do not repeat ("an internal review … the independent review" are two reviews)."""
    if token.pos_ != "NOUN" or _head_lemma(token) not in policy_heads() or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return None
    mods = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if not mods or any(c.dep_ != "amod" or c.pos_ != "ADJ" or c.ent_type_ for c in mods) or any(
            c.dep_ in ("prep", "acl", "relcl", "poss") for c in token.children):
        return None
    earlier = {m.key: m for start, head, m in heads_seen if start < token.idx
               and head in (_head_lemma(token), token.lower_.rstrip("s"))}
    if len(earlier) > 1:  # one policy under its two word orders ("X crackdown", "crackdown on X") is one
        earlier = {m.key: m for m in _inverted(sorted(earlier.values(), key=lambda m: m.start))}
    if len(earlier) != 1:
        return None
    m = next(iter(earlier.values()))
    span = doc.char_span(m.start, m.end, alignment_mode="expand") or ()
    own = {t.lower_ for t in span if t.pos_ == "ADJ" and t.lower_ not in GENERIC_MODIFIERS}
    if own - {c.lower_ for c in mods}:
        return None
    start = min(t.idx for c in mods for t in c.subtree)
    return PolicyMention(m.key, m.label, m.kind, start, token.idx + len(token), topic=m.topic)


@lru_cache(maxsize=1)
def policy_fits() -> dict[str, frozenset[str]]:
    """Noun -> the vocabulary policies ("live-facial-recognition") and kinds ("kind:pledge") it can mean."""
    out: dict[str, set[str]] = {}
    for r in resources.read_csv("gazetteer/policy_fits.csv"):
        out.setdefault(r["noun"], set()).add(r["fits"])
    return {k: frozenset(v) for k, v in out.items()}


def _names_a_thing(tokens) -> bool:
    """Is there a noun that is not an amount ("17%", "£5m", "1,000")? Amounts are the figures' to read."""
    return any(t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.ent_type_ not in ("MONEY", "PERCENT", "CARDINAL")
               and t.text not in ("%", "m", "bn", "million", "billion") for t in tokens)


CHANGE_NOMINAL = {"cut": "cut", "reduction": "cut", "increase": "increase", "rise": "increase", "freeze": "freeze",
                  "funding": "funding"}  # the nominal a change is keyed by (policy.jsonl's "nominal" too)


def _bare_election_of(text: str) -> VocabEntry | None:
    """The elections a bare "the elections" means: those of the one elected office the story names
    (word class bare_election_of: office -> vocabulary policy); none when it names none or two."""
    ids = {pid for office, pid in word_values("bare_election_of").items()
           if re.search(rf"(?i)\b{re.escape(office)}s?\b", text)}
    return next((e for e in vocabulary() if e.id in ids), None) if len(ids) == 1 else None


def _amount_before(token) -> bool:
    """ "a £20m cut to the grant": a change word right after an amount is its noun, whatever the parser read."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and token.tag_ in ("VBN", "VBD", "VB", "VBP", "VBZ") and token.dep_ != "ROOT" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.ent_type_ not in ("MONEY", "PERCENT")
                    for c in token.children) \
        and (before.ent_type_ in ("MONEY", "PERCENT") or before.text in ("%", "m", "bn"))


def _change_of(doc, token, by_token) -> PolicyMention | None:
    """ "cuts to youth services", "funding for neighbourhood officers", "a reduction in police funding"."""
    lemma = token.lemma_.lower()
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "of", "in")
                 and _names_a_thing(t for t in c.subtree if t.i != c.i)), None)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prep is None and lemma != "funding" and after is not None and after.dep_ == "prep" \
            and after.lower_ in ("to", "in") and after.head.i < token.i and token.head.i == after.head.i \
            and any(t.lemma_.lower() in word_class("money_word") or t.i in by_token for t in after.subtree):
        # "opposed the cut to youth funding": the parser hangs "to X" on the verb; a sum of money is what is cut
        # ("announced the cut to staff" tells the staff)
        prep = after
    if prep is None:
        return None
    pobj = [t for t in prep.subtree if t.i != prep.i]
    dash = next((n for n, t in enumerate(pobj) if n and t.text in ("-", "–", "—") and t.whitespace_
                 and pobj[n - 1].whitespace_), None)
    if dash is not None:  # "a cut in its budget - totalling £4m": the phrase ends at a spaced dash
        pobj = pobj[:dash]
    inner = next((by_token[t.i] for t in pobj if t.i in by_token), None)
    if inner is not None and lemma == "funding":
        return None  # "funding for the police funding settlement": nothing new
    if lemma not in ("cut", "funding") and inner is None \
            and not any(t.lemma_.lower() in word_class("money_word") for t in pobj):
        return None  # "a reduction in crime" is an outcome; "a reduction in funding" is a policy
    end = max(t.idx + len(t) for t in pobj)
    thing = _label_of(pobj)
    if inner is not None and inner.end > end and inner.start < end:
        # "an increase in police [pay]" when the parser reads "pay" as a verb: the named policy's end is the end
        end = inner.end
        thing = _label_of(doc.char_span(pobj[0].idx, end, alignment_mode="expand") or pobj)
    label = f"{token.text} {prep.text} {thing}"
    # one key for every way of naming one change: "increases in council tax", "a council tax rise", "raising
    # the council tax" (policy.jsonl), and a change the vocabulary names ("an increase in pay": the pay award)
    canonical = f"{thing} {CHANGE_NOMINAL[lemma]}"
    known = _vocabulary_key(canonical)
    if known is not None:
        kind = next(e.kind for e in vocabulary() if f"policy:{e.id}" == known[0])
        topic = inner.key if inner is not None and inner.key != known[0] else ""
        return PolicyMention(known[0], known[1], kind, token.idx, end, topic=topic)
    return PolicyMention("policy:" + name_key(canonical), label, "cuts" if lemma == "cut" else "funding",
                         token.idx, end, topic=inner.key if inner is not None else "")


def _extension(doc, verb, prep, by_token, vocab_mentions) -> Iterator[PolicyMention]:
    """"extending them to target acid and drones" -> extension of <policy> to <target>."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "pobj")), None)
    policy = None
    if obj is not None:
        policy = by_token.get(obj.i)
        if policy is None and obj.pos_ == "PRON":
            earlier = [m for m in vocab_mentions if m.start < obj.idx]
            policy = earlier[-1] if earlier else None
    if policy is None:
        return
    target = [t for t in prep.subtree if t.i != prep.i and not (t.dep_ == "aux" and t.lower_ == "to")]
    target_text = _label_of(target)
    if not target_text:
        return
    label = f"extension of {policy.label} to {target_text}"
    end = max(t.idx + len(t) for t in target)
    yield PolicyMention("policy:" + name_key(label), label, "extension", verb.idx, end, topic=policy.key)


def not_policy_names(entities, named: list[PolicyMention], text: str = "") -> list:
    """"the Knife Crime Summit", "Operation Sceptre": a body or place the parser saw in a policy's proper
    name is the policy, when every mention of it lies inside such a name (a broadcaster's "Today
    programme" stays the broadcaster's); so is the acronym the text defines for it ("… Programme (TKAP)")."""
    spans = [(m.start, m.end) for m in named]
    acronyms = {found.group(1) for m in named if (found := _ACRONYM.match(text, m.end))
                and found.group(1)[0].lower() == m.label[:1].lower()}
    return [e for e in entities if e.kind == "person" or "MediaOrganization" in e.types or not e.mentions
            or not (all(any(s <= ev.start and ev.end <= end for s, end in spans) for ev in e.mentions)
                    or e.kind == "organization" and e.name in acronyms)]


def outside_bodies(mentions: list[PolicyMention], entities, named: list[PolicyMention] = ()) -> list[PolicyMention]:
    """Policy words inside a body's name are the name ("the “Stop the Cuts” campaign"), not a policy; a
    policy's own proper name ("a Knife Crime Summit") stays one, whatever the parser made of it."""
    names = [(ev.start, ev.end) for e in entities if e.kind == "organization" for ev in e.mentions]
    media = [(ev.start, ev.end) for e in entities if "MediaOrganization" in e.types for ev in e.mentions]
    mentions = [m for m in mentions if m.kind != "review" or not any(m.start <= s and e <= m.end for s, e in media)]
    # "a BBC report" is journalism, not a review
    heads = word_values("policy_name_head")
    own = {(m.start, m.end) for m in named}
    names.sort()
    starts = [s for s, _ in names]
    reach = list(itertools.accumulate((e for _, e in names), max))  # the furthest end of a name starting so far
    return [m for m in mentions if not ((k := bisect.bisect_right(starts, m.start)) and reach[k - 1] >= m.end) or (
        m.label[:1].isupper() and m.label.split()[-1].lower().rstrip("s") in heads) or (m.start, m.end) in own]


def resolve_policies(doc, mentions: list[PolicyMention], *, paragraphs: Paragraphs) -> list[Policy]:
    """One Policy per key, aliases the distinct surface forms."""
    grouped: dict[str, list[PolicyMention]] = {}
    for m in mentions:
        grouped.setdefault(m.key, []).append(m)
    out = []
    for key, ms in grouped.items():
        evs: tuple[Evidence, ...] = tuple(evidence(doc, m.start, m.end, paragraphs) for m in ms)
        forms = sorted(({" ".join(ev.text.split()) for ev in evs if ev.text.lower() not in PRONOUNS}  # one line
                        | {n for m in ms for n in m.names})
                       - {ms[0].label})  # "it" names nothing
        out.append(Policy(key, ms[0].label, tuple(forms), ms[0].kind, evs, topic=ms[0].topic))
    out.sort(key=lambda p: (p.mentions[0].start, p.key))
    return out


def with_concerns(policies: list[Policy], entities) -> list[Policy]:
    """Attach the actors and places named inside a policy's own words ("a cut in Whitehall funding")."""
    from dataclasses import replace

    named = sorted((m.start, m.end, e.key) for e in entities for m in e.mentions)
    starts = [start for start, _, _ in named]
    out = []
    for p in policies:
        keys = sorted({key for ev in p.mentions
                       for _, end, key in named[bisect.bisect_left(starts, ev.start):bisect.bisect_right(starts, ev.end)]
                       if end <= ev.end})
        out.append(replace(p, concerns=tuple(keys)) if keys else p)
    return out


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns for what an actor did or said ("decision", "handling"): judged, they judge the actor."""
    return frozenset(row["noun"] for row in resources.read_csv("gazetteer/act_nouns.csv"))


@lru_cache(maxsize=1)
def policy_anaphors() -> dict[str, str]:
    """Nouns that, with "this"/"the" and nothing else, refer back to a policy: "latest" to the one just
    named ("the proposal"), "law" to a law named earlier in the same sentence ("the bill … the plans")."""
    return {r["noun"]: r["refers_to"] for r in resources.read_csv("gazetteer/policy_anaphors.csv")}


@lru_cache(maxsize=1)
def policy_heads() -> dict[str, tuple[str, str]]:
    """Head-noun lemma -> (policy kind, what the head needs to name a policy); see the gazetteer README."""
    return {r["head"]: (r["kind"], r["needs"]) for r in resources.read_csv("gazetteer/policy_heads.csv")}


def _latest_first(heads_seen: list, index: dict, heads: tuple[str, ...]) -> list:
    """(start, mention) of the heads seen that are one of `heads`, latest start first (as a stable sort
    of all of them by start, reversed, gives them), from an index by head rebuilt only when
    `heads_seen` has grown: sorting every head seen for every noun made cost grow with the square
    of a text's length."""
    if index.get("size") != len(heads_seen):
        order = sorted(range(len(heads_seen)), key=lambda n: heads_seen[n][0], reverse=True)
        by_head: dict[str, list] = {}
        for rank, n in enumerate(order):
            start, head, mention = heads_seen[n]
            by_head.setdefault(head, []).append((rank, start, mention))
        index.clear()
        index.update(size=len(heads_seen), by_head=by_head)
    found = [entry for head in dict.fromkeys(heads) for entry in index["by_head"].get(head, ())]
    return [(start, mention) for _, start, mention in sorted(found, key=lambda entry: entry[0])]


def _head_lemma(token) -> str:
    lemma = token.lower_ if _gerund_noun(token) else token.lemma_.lower()  # "hotspot policing": the noun
    if lemma not in policy_heads() and token.lower_.endswith("s"):
        lemma = token.lower_[:-1]  # "Allowances" tagged as a proper noun keeps its plural as lemma
    return lemma


def _content(token) -> bool:
    return (token.lower_ not in GENERIC_MODIFIERS and not token.like_num and len(token.text) > 1  # "a Band D bill"
            and token.ent_type_ not in SCOPE_ENTS | ACTOR_ENTS and token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"))


def _left_modifiers(head, authors: bool = False) -> list:
    """Compound and adjective modifiers of a head, with their own subtrees (not determiners or possessors);
    with `authors`, a name of who wrote or holds it ("the HMIC report") names it too."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod")]
    tokens = sorted({t for m in mods for t in m.subtree if t.dep_ not in ("poss", "case", "det", "predet")}
                    - {t for m in mods for c in m.children if c.dep_ == "poss" for t in c.subtree},
                    key=lambda t: t.i)
    while tokens and (not _content(tokens[0]) and tokens[0].ent_type_ not in PLACE_ENTS
                      and not (authors and _author_word(tokens[0])) and not _hyphened(tokens[0])
                      or _rest_of_word(tokens[0], tokens)):
        tokens = tokens[1:]  # "the first ...", "Essex Police's ..." : leading words that name nothing
    return tokens


def _hyphened(token) -> bool:
    """"zero-tolerance", "three-strikes": a word hyphened to the next is part of one word, whatever it is."""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].tag_ == "HYPH" \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha \
        and token.ent_type_ not in ("DATE", "TIME")  # "week-long" tells how long, as "weekly" would


def _rest_of_word(token, kept) -> bool:
    """"[week-]long": the part after a hyphen whose first part was left out is no word of its own."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].tag_ == "HYPH" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2] not in kept


AUTHORED_KINDS = {"review", "election"}  # named by who writes or holds them: "the HMIC report", "PCC elections"


def _author_word(token) -> bool:
    return token.ent_type_ in ACTOR_ENTS and token.pos_ == "PROPN" and token.dep_ in ("compound", "nmod")


def _possessor_name(head) -> list:
    """"the Scottish Police Authority's own review": the proper name owning a head, without "'s"."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return []
    tokens = [t for t in owner.subtree if t.dep_ not in ("case", "det") and not t.is_punct]
    if not tokens or [t.i for t in tokens] != list(range(tokens[0].i, tokens[-1].i + 1)) \
            or not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for") for t in tokens):
        return []
    return tokens


def _trimmed(root) -> list:
    """The words of a phrase without clauses, appositions and place or time adjuncts."""
    drop = set()
    for t in root.subtree:
        if t.i == root.i:
            continue
        if t.tag_ == "HYPH" and not t.whitespace_ and t.i > 0 and _hyphened(t.doc[t.i - 1]):
            continue  # "zombie-style knives": a hyphen inside a word joins it, it is no clause's punctuation
        if t.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "mark", "npadvmod", "parataxis") \
                or t.dep_ == "conj" and t.pos_ == "ADP":  # "a ban on X and for Y": a second call, not X's
            drop.update(x.i for x in t.subtree)
        elif t.dep_ == "prep" and any(o.ent_type_ in PLACE_ENTS | SCOPE_ENTS for o in t.children if o.dep_ == "pobj"):
            drop.update(x.i for x in t.subtree)
        elif t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in t.head.children) \
                and not any(c.dep_ == "prt" and c.i == t.i - 1 for c in t.head.children):
            drop.update(x.i for x in t.subtree)  # "stop protests [in an attempt ...]": the act, not its setting;
            # "bring the force up to strength": a particle's preposition completes the verb
    tokens = [t for t in root.subtree if t.i not in drop]
    # keep one contiguous run around the root
    doc = root.doc

    def next_to(a: int, b: int) -> bool:  # only quote marks between: '"the police “family”"'
        return a < b and all(doc[i].text in QUOTE_MARKS for i in range(a + 1, b))

    run = [t for t in tokens if t.i >= root.i]
    out = []
    for t in run:
        if out and not next_to(out[-1].i, t.i):
            break
        out.append(t)
    left = [t for t in tokens if t.i < root.i]
    lead = []
    for t in reversed(left):
        if not next_to(t.i, lead[0].i if lead else root.i):
            break
        lead.insert(0, t)
    return lead + out


def _infinitive(head):
    """The "to"-clause completing a head ("plans to cut X", "the power to appoint Y"), attached to it or
    (a common misparse) to its verb right after it."""
    for c in head.children:
        if c.i > head.i and c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl", "xcomp", "advcl") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    after = head.i
    by = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if by is not None and by.dep_ in ("prep", "agent") and by.lower_ in ("by", "from") and by.head.i in (head.i, head.head.i):
        after = by.right_edge.i  # "plans by the council to close X": the one who plans comes between
    nxt = after + 2
    if nxt < len(head.doc) and head.doc[after + 1].lower_ == "to" and head.doc[nxt].pos_ == "VERB" \
            and head.doc[nxt].dep_ in ("xcomp", "advcl") and head.doc[nxt].head.i == head.head.i \
            and head.dep_ in ("dobj", "pobj"):
        return head.doc[nxt]
    return None


CONTENT_MODALS = ("would", "will", "could", "should")
MAX_CONTENT_WORDS = 14  # "measures which would make it an offence for drivers to park on verges near schools"


def content_clause(head):
    """"measures which would ban X": a relative clause saying what a proposal would do, if there is one.

    Only a modal one: "the measures which were introduced in 2010" tells when, not what.
    """
    return next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i
                 and any(a.dep_ == "aux" and a.lower_ in CONTENT_MODALS for a in c.children)
                 and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "that") for s in c.children)),
                None)


def _content_words(clause) -> list:
    """The clause without a second coordinated act ("… to lock on, and to give officers powers …")."""
    drop = {t.i for c in clause.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.head.i != clause.i
            for t in c.subtree}
    drop |= {c.i for c in clause.subtree if c.dep_ == "cc" and any(s.i in drop for s in c.head.children
                                                                   if s.dep_ == "conj")}
    tokens = [t for t in clause.subtree if t.i not in drop]
    while tokens and tokens[-1].dep_ in ("cc", "punct"):
        tokens = tokens[:-1]
    return tokens


def _complement(head) -> list:
    """ "of/for/to/on/into X" or "to do X" after a head, trimmed; [] when there is none or it is too long."""
    verb = _infinitive(head)
    clause = content_clause(head) if verb is None and policy_heads().get(_head_lemma(head), ("", ""))[0] in (
        "proposal", "law", "power") else None
    if clause is not None:
        tokens = _content_words(clause)
        contiguous = [t.i for t in tokens] == list(range(tokens[0].i, tokens[-1].i + 1)) if tokens else False
        return tokens if contiguous and 3 <= len(tokens) <= MAX_CONTENT_WORDS - 1 else []
    if verb is not None:
        tokens = _trimmed(verb)
    else:
        own = set(word_values("complement_own_preps").get(_head_lemma(head), "").split("|")) - {""}
        prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1
                     and c.lower_ in COMPLEMENT_PREPS | own), None)  # "investment in X" takes its own
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if prep is None and head.dep_ == "dobj" and nxt is not None and nxt.dep_ == "prep" \
                and policy_heads().get(_head_lemma(head), ("", ""))[0] == "power" \
                and not any(c.dep_ == "poss" for o in nxt.children for c in o.children) \
                and nxt.head.i == head.head.i and nxt.lower_ in (COMPLEMENT_PREPS | own) - {"to"}:
            prep = nxt  # "backed anonymity for firearms officers": the parser hangs "for X" on the verb; only a
            # power's ("praised the review for its honesty" gives a reason, "attacked the ban for its cost" too;
            # "gave powers to officers" names a receiver)
        by = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "by"), None)
        if prep is None and by is not None:  # "a report by the inspector into X": what it is into, after its author
            after = by.right_edge.i + 1
            while after + 1 < len(head.doc) and _name_goes_on(head.doc[after]):
                after = head.doc[after].right_edge.i + 1  # "by the Group | for Tenants | into X": the author's
                # name goes on where the parse hung its end on the head
            prep = next((c for c in head.children if c.dep_ == "prep" and c.i == after
                         and c.lower_ in COMPLEMENT_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or obj.ent_type_ in SCOPE_ENTS or any(c.lower_ in ("every", "each") for c in obj.children):
            return []  # "offences for every 1,000 residents": the base of a rate, not what a policy acts on
        if obj.lemma_.lower() == "time" and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "next")
                                                for c in obj.children):
            return []  # "backed the plan for the second time": how often, not what the plan is for
        tokens = [prep] + [t for t in _trimmed(obj) if t.i > prep.i]
    while tokens and tokens[-1].dep_ in ("cc", "punct", "det"):
        tokens = tokens[:-1]
    if not _names_a_thing(tokens[1:]):
        return []  # "the process to look", "a cut of 17%": a complement names a policy by what it acts on
    return tokens if 2 <= len(tokens) <= MAX_WORDS - 2 else []


def _name_goes_on(token) -> bool:
    """"Group for Tenants", "Commission of Inquiry": a preposition between capitalised names continues a name."""
    doc = token.doc
    return token.ent_iob_ == "I" or token.lower_ in ("for", "of", "on") and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" \
        and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper()


def _setting_up(head) -> list:
    """ "commissioned in October 2021", "ordered by the home secretary": who or when set a review up."""
    part = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1
                 and c.lemma_.lower() in word_class("setting_up_verb")), None)
    if part is None:
        return []
    keep = [part] + [t for c in part.children if c.dep_ in ("agent", "prep", "prt") and c.i > part.i for t in c.subtree]
    clauses = {t.i for k in keep if k.i != part.i and k.dep_ in ("relcl", "acl", "appos", "punct") for t in k.subtree}
    tokens = sorted((t for t in keep if t.i not in clauses), key=lambda t: t.i)
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    return run if 2 <= len(run) <= MAX_WORDS - 2 else []


def head_phrase(head, covered: set[int]):
    """(label tokens, kind) of the policy a policy head noun names, or None when it names none."""
    lemma = _head_lemma(head)
    if not (head.pos_ in ("NOUN", "PROPN") or _gerund_noun(head)) or lemma not in policy_heads() or head.i in covered:
        return None
    kind, needs = policy_heads()[lemma]
    if head.ent_type_ in ACTOR_ENTS | SCOPE_ENTS or needs == "frame" or (head.i and (head.doc[head.i - 1].lower_, head.lower_) in IDIOMS):
        return None  # "the Police Remuneration Review Body" is a body
    if head.dep_ == "compound":
        outer = head.head
        outer_lemma = _head_lemma(outer)
        if outer_lemma not in policy_heads() or policy_heads()[outer_lemma][1] != "frame":
            return None  # "review body", "settlement figures": the phrase is about something else
        tail = [outer]
    else:
        tail = []
    authored = kind in AUTHORED_KINDS
    left = [t for t in _left_modifiers(head, authors=authored) if t.i not in covered]
    verbs = [t.i for t in left if t.lower_ in word_class("headline_verb") and t.i and t.doc[t.i - 1].text[:1].isupper()
             or t.tag_ in ("VBD", "VBZ", "VBP")]
    if verbs:  # "Home Secretary orders review of X": a headline's verb read as a noun, "the chief constable defended
        # protest policing": a finite verb the parser hung in the name; the name starts after it
        left = [t for t in left if t.i > max(verbs)]
    content = [t for t in left if _content(t) or t.ent_type_ in PLACE_ENTS or authored and _author_word(t)]
    if any(lemma in word_values(cls).get(t.lemma_.lower(), "").split("|") for t in left
           for cls in ("record_modifier", "money_sense_modifier", "event_sense_modifier", "assignment_modifier")):
        return None  # "media reports", "crime reports": accounts of events; "overtime bills": money owed, no law;
        # "frontline duty", "desk duties": work officers are put on, no legal duty
    compounds = [t for t in content if t.dep_ in ("compound", "nmod") and t.pos_ in ("NOUN", "PROPN")]
    complement = _complement(tail[-1] if tail else head)  # "privatisation of custody" as well as "privatisation"
    objects = [c for t in complement[:1] if t.dep_ == "prep" for c in t.children if c.dep_ == "pobj"]
    if any(lemma in word_values("event_sense_modifier").get(o.lemma_.lower(), "").split("|") for o in objects):
        return None  # "the closure of the road", "the closure of 140 drug lines": events, as "road closures" are
    narrow = word_values("complement_preps").get(lemma)
    if complement and narrow and complement[0].lower_ not in narrow.split("|"):
        complement = []  # "reports of violence" count events; "a report into X" is a review
    if not complement and kind == "review":
        complement = _setting_up(head)
    if authored and not content and not complement and not any(t.i in covered for t in _possessor_name(head)):
        left = content = _possessor_name(head)  # "the authority's own review" -> "authority review"
    examined = kind == "review" and complement[:1] and complement[0].dep_ == "prep" \
        and any(t.i in covered for t in complement)  # "a review of police pay": a review named by what it examines
    if any(t.i in covered for t in complement) and not examined or complement and not _contiguous(complement):
        complement = []  # "a review of [how police who ...] are held": a complement with a hole names nothing
    ok = {"none": True, "modifier": bool(content or complement), "compound": bool(compounds or complement),
          "complement": bool(complement),
          "money": any(t.lemma_.lower() in word_class("money_word") for t in compounds),
          "kind_modifier": any(lemma in word_values("policy_head_modifier").get(t.lower_, "").split("|") for t in left)}[needs]
    if not ok:
        return None
    if kind == "law" and head.tag_ == "NNS" and not complement and not any(
            c.dep_ == "amod" and c.lower_ in word_class("new_policy_modifier") for c in head.children):
        return None  # "knife offences fell by 5%": crimes counted; "new offences", "offences of X" are law
    if lemma in word_class("counted_plural") and head.tag_ == "NNS" and not complement:
        return None  # "the required votes" are counted; "a cross-community vote" is held
    if needs == "complement" and not complement:
        return None
    tokens = [t for t in (left if needs != "complement" or content else []) + [head] + tail + complement
              if not t.is_space]  # a headline's phrase ends before the paragraph break
    if len(tokens) > (MAX_CONTENT_WORDS if content_clause(tail[-1] if tail else head) is not None else MAX_WORDS):
        return None
    return tokens, kind


def _gerund_noun(token) -> bool:
    """"expand hotspot policing": an -ing form tagged a verb but with a noun compound before it, in a noun's
    place, is a noun."""
    return token.tag_ == "VBG" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") \
        and any(c.dep_ == "compound" and c.i < token.i for c in token.children)


def _phrase_label(tokens) -> str:
    kept = [t for t in tokens if t.text not in ('"', "“", "”")]  # quote marks are no name
    # a word whose follower was left out ("orders, which would …") keeps a space after it
    text = "".join(t.text_with_ws if t.whitespace_ or (n < len(kept) - 1 and kept[n + 1].i == t.i + 1)
                   else t.text + " " for n, t in enumerate(kept))
    text = re.sub(r"\s+", " ", text).strip(" ,.;:–-\"'“”‘’")
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() \
        and tokens[0].pos_ not in ("PROPN",) else text  # "PEEL inspections" keeps its capitals


def _phrase_key(tokens, head) -> str:
    """Singular and plural of one policy are one node: the head is keyed by its lemma."""
    words = [(_head_lemma(t) if t.i == head.i else t.text) for t in tokens]
    text = " ".join(words)
    # "round-table event", "roundtable event": a word written with or without its hyphen is one word
    text = "".join(w + ("" if t.tag_ == "HYPH" or not t.whitespace_ and n + 1 < len(tokens)
                              and tokens[n + 1].tag_ == "HYPH" else " ")
                   for n, (t, w) in enumerate(zip(tokens, words)) if t.tag_ != "HYPH" or t.whitespace_)
    return "policy:" + name_key(text)


def _vocabulary_key(label: str) -> tuple[str, str] | None:
    """(key, label) of the vocabulary policy a built label names ("police funding cut" -> police funding cuts)."""
    wanted = {name_key(label), name_key(label + "s")}
    for entry in vocabulary():
        if wanted & {name_key(f) for f in (entry.label, *entry.aliases)}:
            return f"policy:{entry.id}", entry.label
    return None


def _act_mentions(doc, covered: set[int]) -> Iterator[PolicyMention]:
    """Policies named as what a political act is done to (`ontology/patterns/policy.jsonl`)."""
    nominals: list[tuple[str, PolicyMention]] = []  # (noun of the act, policy) for "the ban" said later
    for match in patterns.find(doc, "policy"):
        act, obj = doc[match.slots["act"]], doc[match.slots["policy"]]
        make, kind = match.yields.get("make", "object"), match.yields.get("kind", "proposal")
        if make == "listed":  # "reforms including the end of X and Y": each item a policy of its own
            yield from _listed_items(doc, act, obj, kind, covered)
            continue
        bodies = match.yields.get("objects") == "bodies"  # "X and Y are to merge": what is done to bodies
        if bodies and not (any(t.dep_ == "conj" for t in obj.subtree) or obj.tag_ in ("NNS", "NNPS")) \
                or bodies and obj.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in act.children):
            continue  # one body merging is no merger; "the council merged two teams" merges the teams
        named = make == "change" and obj.i in covered and any(
            t.i in covered and _content(t) for t in _left_modifiers(obj))  # "the police grant was cut": a change of it
        if obj.i in covered and not named or obj.ent_type_ in SCOPE_ENTS \
                or obj.ent_type_ in ACTOR_ENTS | PLACE_ENTS and not bodies:
            continue
        if make == "object":
            tokens = _trimmed(obj)
            if _bare_head(act, obj, match):
                label = obj.lower_  # "governors will introduce reform": a policy named by its head alone
                tokens = [obj]
                known = _vocabulary_key(label)
                key, label = known if known is not None else ("policy:" + name_key(obj.lemma_.lower()), label)
                covered.add(obj.i)
                yield PolicyMention(key, label, policy_heads()[obj.lemma_.lower()][0], obj.idx, obj.idx + len(obj))
                continue
            deps = ("nsubj",) if match.yields.get("subject") == "any_noun" else \
                ("dobj", "nsubjpass", "pobj") if match.yields.get("object") == "any_noun" else \
                (obj.dep_,) if match.yields.get("object") == "relative" else ("dobj",)  # "the curfew that X imposed"
            if not (NOMINALISATION.search(obj.lower_) or _brought_in(act, obj, deps)) \
                    or obj.lemma_.lower() in policy_heads() and not (
                        _brought_in(act, obj, deps) and any(t.dep_ == "compound" and _content(t) for t in _left_modifiers(obj))) \
                    or obj.lower_ in act_nouns() or obj.lemma_.lower() in word_class("government_word"):
                continue  # "backed the chief constable": only an act or process is a policy by what is done to it;
                # "attacked the minister's decision" judges the minister (extract/relations.py)
            if match.yields.get("operation") == "check" and not _policy_or_political(act, obj):
                continue  # "police brought in sniffer dogs", "put in place a cordon": an operation, no policy
            if match.yields.get("object") == "relative":
                tokens = [t for t in tokens if t.i < act.i and t.dep_ != "relcl" and not t.tag_ in ("WDT", "WP")]
            label = _label_of(tokens)
            label = _opening_lowered(tokens, label)  # "Paper licences were phased out" opens its sentence
        elif make == "change":
            left = [t for t in _left_modifiers(obj) if t.i not in covered or named]
            if not any(_content(t) for t in left) or act.dep_ == "relcl" \
                    or any(c.dep_ == "nsubj" and c.i in covered for c in act.children):
                continue  # "increase funding" alone names nothing; "a settlement which will increase funding" is its effect
            tokens = left + [obj]
            label = f"{_label_of(tokens)} {match.yields.get('nominal', 'change')}"
            tokens = ([act] if act.i < tokens[0].i else []) + tokens + ([act] if act.i > obj.i else [])
        elif make == "normative":  # "tenants should have control over repairs": a call for that control
            over = doc[match.slots["over"]]
            if any(c.dep_ == "neg" for c in act.children) or over.pos_ not in ("NOUN", "PROPN") \
                    or any(c.dep_ == "poss" for c in obj.children):
                continue  # "residents will have their say over the plans": a hearing, no call for a say
            what = _trimmed(over)
            cut = next((t.i for t in what if t.i > over.i and (t.dep_ == "cc" or t.lower_ in ("rather", "instead"))), None)
            what = [t for t in what if cut is None or t.i < cut]  # "over its car parks rather than a contractor"
            tokens = [obj, over.head] + what
            label = f"{obj.lower_} over {_object_label(what)}"
            given = [c for c in act.children if c.dep_ == "dative"] + [
                c for c in obj.children if c.dep_ == "compound" and c.tag_ == "NNS"] \
                if act.lemma_.lower() in ("give", "hand") else []
            if given:  # "should give parishes control over verges": whose control is called for
                label = f"{label} for {_label_of(_trimmed(given[0]))}"
                tokens = sorted({*tokens, *_trimmed(given[0])}, key=lambda t: t.i)
        elif make == "future_rule":  # "pensioners will no longer receive X", "drivers will be required to carry X"
            ruled = _future_rule(act, obj, match)
            if ruled is None:
                continue
            tokens, label = ruled
        elif make in ("condition", "kept"):  # "stalls can only be seized if ...", "donors' details will be kept private"
            stated = _stated_rule(act, obj, make, match)
            if stated is None:
                continue
            tokens, label = stated
        elif make == "passive":  # "the post office will be closed", "risks being capped": what is to be done to it
            passive = _passive_act(doc, act, obj)
            if passive is None:
                continue
            tokens, label = passive
        elif make == "nominal":  # "Labour invested in more officers" -> investment in more officers
            if _would_have_had(act):
                continue  # "without it we would have had to cut 500 posts": what was avoided, no policy
            if any(c.dep_ == "case" for c in obj.children) or not obj.whitespace_ and obj.i + 1 < len(doc) \
                    and doc[obj.i + 1].text in ("’", "'"):
                continue  # "slashing officers' allowance": the officers own what is cut
            objects = match.yields.get("objects")
            if objects and not bodies and not _of_class(obj, objects):
                continue  # "recruit 300 more detectives" is a drive, "gangs recruit children" none; "close three
                # stations" is a closure, "closed the road" none
            if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
                   for c in act.children):
                continue  # "officers are banned from striking": who may not act, not what is banned
            before = act.doc[act.i - 2] if act.i >= 2 and act.doc[act.i - 1].lower_ == "to" else None
            if any(h is not None and h.pos_ == "NOUN" and _head_lemma(h) in policy_heads()
                   for h in (act.head if act.dep_ in ("acl", "relcl") else None, before)):
                continue  # "a campaign to hire 900 officers": what the campaign would do, named by it
            if not bodies and any(t.dep_ == "det" and t.lower_ not in ("more", "extra", "new", "all") for t in obj.children):
                continue  # "introduced the speaker", "invested in the scheme": a thing or policy named already
            tokens = _trimmed(obj)
            actors = {x.i for c in obj.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS)
                      for x in c.subtree}
            if actors and not bodies:  # "invested in more officers and the Conservatives cut back": a misparsed second clause
                tokens = [t for t in tokens if t.i < min(actors) and not (t.dep_ == "cc" and t.head.i == obj.i)]
            named = _object_label(tokens)
            named = _opening_lowered(tokens, named)  # "Elected mayors were introduced" opens its sentence
            label = f"{match.yields['nominal']} {match.yields.get('prep', 'of')} {named}"
            tokens = sorted([act] + tokens, key=lambda t: t.i)
        else:
            tokens = _trimmed(obj)
            tokens = [t for t in tokens if not (t.dep_ == "aux" and t.lower_ == "to")]
            if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
                continue
            label = _label_of(tokens)
            if make == "intent":  # "plans to close X" -> plan to close X, "proposed closing X" -> proposal for closing X
                label = f"{act_noun(act)} for {label}" if obj.tag_ == "VBG" else f"{act_noun(act)} to {label}"
                tokens = [act] + tokens
            elif make == "clause":  # "voted to ban X" -> vote to ban X
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children) or any(
                        t.ent_type_ == "PERSON" and t.dep_ in ("dobj", "compound") for t in obj.subtree):
                    continue  # "who was elected to succeed X": a person elected, no vote on a policy
                label = f"{act_noun(act)} to {label}"
        if any(t.i in covered and not named or (t.like_num or t.ent_type_ in SCOPE_ENTS) and not _counts_a_noun(t)
               for t in tokens):
            continue  # "announced a total of £270m": an amount, not a policy; "replacing the 7,800 PCSOs" is one
        if not 2 <= len(label.split()) <= MAX_WORDS:
            continue
        known = _vocabulary_key(label)
        key, label = known if known is not None else ("policy:" + name_key(label), label)
        covered.update(t.i for t in tokens)
        mention = PolicyMention(key, label, kind, min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens),
                                names=_act_named(tokens) if make in ("intent", "clause") else ())
        if make == "nominal":
            nominals.append((match.yields["nominal"], mention))
        yield mention
    yield from _nominal_references(doc, nominals, covered)


def _bare_head(act, obj, match) -> bool:
    """"governors will introduce reform", "ministers will introduce legislation": a policy head with no
    determiner, modifier or complement (a clause after it may follow) as the direct object of a political act is a policy of its own (one not
    named before: "the reform", "the plan" refer back, and are resolved as references); not a head that needs a
    complement to say which ("plans", "measures"), nor what would have been done ("would have had to")."""
    lemma = obj.lemma_.lower()
    return match.construction.name == "act-on-object" and obj.dep_ == "dobj" and obj.pos_ == "NOUN" \
        and lemma in policy_heads() and policy_heads()[lemma][1] != "complement" \
        and all(c.dep_ in ("relcl", "acl", "punct") for c in obj.children) and act.lemma_.lower() != "attack" and not _would_have_had(act)


def _object_label(tokens) -> str:
    """The words of what an act is done to, as they follow its noun ("closure of [the town's libraries]"): a
    determiner of a possessor stays, "closure of town's libraries" is no English."""
    label = _label_of(tokens)
    first = min(tokens, key=lambda t: t.i) if tokens else None
    if first is not None and first.lower_ == "the" and first.head.dep_ == "poss" and label:
        return f"the {label}"
    return label


def _brought_in(act, obj, deps: tuple[str, ...] = ("dobj",)) -> bool:
    """"launched a knife amnesty", "backed the garden waste charge": what a political act is done to is a policy
    whatever its noun, when a modifier says which one and it is no post, body, person, workforce, job, place or amount
    ("backed his deputy leader", "attacked local councils"; "axe 300 jobs" is a cut, read by its own pattern); a
    physical attack is on a thing ("attacked a bus"); what would have been done was not ("would have had to cut").
    `deps`: where the construction puts it, the subject of one that only a rule has ("the garden waste charge comes
    into force"), the object of a phrasal act in any voice ("rolled out X", "X was brought in", "pressing ahead with X")."""
    mods = _left_modifiers(obj)
    return obj.pos_ == "NOUN" and obj.dep_ in deps and act.lemma_.lower() != "attack" and not _would_have_had(act) \
        and any(_content(t) for t in mods) \
        and obj.lemma_.lower() not in word_class("job_noun") | word_class("job_head") | word_class("spokesperson") \
        and obj.lower_ not in _body_name_words() and obj.lemma_.lower() not in _body_name_words() \
        and not is_workforce(obj) and not any(t.ent_type_ in ACTOR_ENTS | PLACE_ENTS | SCOPE_ENTS for t in mods) \
        and not (obj.lemma_.lower() in _post_words() and (obj.tag_ == "NN" or any(c.dep_ == "poss" for c in obj.children)))


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """The last word of every post's title ("leader", "secretary"): one post held ("his deputy leader") is a person's;
    a post brought in for many ("introduce elected mayors") is an institution, a policy."""
    from ..gazetteer import load

    posts = {n.split()[-1].lower() for t in load().titles for n in (t.title, *t.aliases) if n.split()}
    return frozenset(posts)


def _future_rule(act, obj, match) -> tuple[list, str] | None:
    """A rule announced as what will happen to a class of people or things: "pensioners will no longer receive
    free bus passes" (the end of them), "taxi drivers will be required to carry a first aid kit" (a requirement),
    "cycling helmets will be made compulsory" (compulsory helmets). The class is a plural or bare noun, never a
    person, pronoun or one thing ("he will be required to attend": one person's order); not denied."""
    doc = act.doc
    if any(c.dep_ == "neg" for c in act.children) or obj.ent_type_ in ACTOR_ENTS \
            or obj.lemma_.lower() in policy_heads() and match.yields.get("nominal") != "end":
        return None  # "will no longer receive the grant" ends the grant; "will be required to follow the plan" is the plan
    state = doc[match.slots["state"]] if "state" in match.slots else None
    who = obj if state is not None else next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.tag_ not in ("NN", "NNS", "NNPS") \
            or who.ent_type_ in ACTOR_ENTS | PLACE_ENTS or who.lemma_.lower() in _post_words() \
            or who.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in who.children):
        return None  # "the minister will be required to ...": one person's duty
    thing = _trimmed(obj)
    named = _object_label(thing)
    named = _opening_lowered(thing, named)  # "Booster seats will be made mandatory" opens its sentence
    if not named:
        return None
    if state is not None:  # "cycling helmets will be made compulsory for children"
        rest = [t for c in state.children if c.dep_ == "prep" for t in c.subtree]
        tail = f" {_label_of(rest)}" if rest and _contiguous(rest) else ""
        return sorted({act, state, *thing, *rest}, key=lambda t: t.i), f"{state.lower_} {named}{tail}"
    if not _rule_maker_near(act):
        return None  # "customers will no longer get paper statements, the bank said": no rule anyone makes
    whom = _opening_lowered(_trimmed(who), _object_label(_trimmed(who)))  # "Pensioners will no longer ..."
    if match.yields.get("nominal") == "end":
        return sorted({who, act, *thing}, key=lambda t: t.i), f"end of {named} for {whom}"
    do = doc[match.slots["do"]]
    return sorted({who, act, do, *thing}, key=lambda t: t.i), f"requirement for {whom} to {do.lower_} {named}"


def _policy_or_political(act, obj) -> bool:
    """What is "brought in" or "put in place" is a policy when its noun says so (a policy head, an act noun, a
    charge or system: `policy_content_noun`) or a political actor does it (`rule_maker`, not a force or police
    on an operation: "police brought in sniffer dogs")."""
    lemma = obj.lemma_.lower()
    if lemma in policy_heads() or lemma in word_class("policy_content_noun") or NOMINALISATION.search(obj.lower_):
        return True
    doers = [c for c in act.children if c.dep_ == "nsubj"] + [
        p for c in act.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    political = word_class("rule_maker") - {"police", "force", "constabulary"}
    return any(t.lemma_.lower() in political or t.lower_ in political for d in doers for t in _trimmed(d))


def _authority_near(act) -> bool:
    """A public authority in view of a power's condition: a rule maker (`_rule_maker_near`), a judge, court or
    officer in its sentence (`authority_word`), or a police or government body the gazetteer knows (its name,
    or one word of it: "a Met chief said")."""
    from ..gazetteer import load

    index = load().org_index()
    return _rule_maker_near(act) or any(t.lemma_.lower() in word_class("authority_word") for t in act.sent) \
        or any(getattr(index.get(name), "cls", "") in ("PoliceBody", "GovernmentBody")
               for name in [e.text for e in act.sent.ents if e.label_ == "ORG"] + [t.text for t in act.sent
                                                                                 if t.is_title and not t.is_sent_start])


def _rule_maker_near(act) -> bool:
    """A government, council, force or minister (`rule_maker`) named in the sentence or the one before: what
    "will no longer" be received or "will be required" is a rule only when one who makes rules is in view."""
    sent = act.sent
    gap = act.doc[sent.start - 1] if sent.start else None
    before = gap.sent if gap is not None and "\n" not in gap.text_with_ws else None  # a headline or paragraph apart
    return any(t.lemma_.lower() in word_class("rule_maker") or t.lower_ in word_class("rule_maker")
               for s in (before, sent) if s is not None for t in s)


def _plain_object(obj):
    """The tokens and label of a common-noun object that is no policy word, act noun or government word by
    itself ("the names of donors", "public buildings"), or None: what the clause-said rules name a policy by."""
    lemma = obj.lemma_.lower()
    if lemma in policy_heads() or obj.lower_ in act_nouns() or lemma in word_class("government_word") \
            or obj.tag_ not in ("NN", "NNS"):
        return None
    tokens = _trimmed(obj)
    named = _opening_lowered(tokens, _object_label(tokens))
    return (tokens, named) if named else None


def _stated_rule(act, obj, make: str, match) -> tuple[list, str] | None:
    """A rule said as a clause: "stalls can only be seized if a court agrees" states when a power may be used
    over a class of things or people (the power to seize stalls; an "if"/"unless" clause, a plural or bare noun); "the home addresses of
    donors will be kept private" is the secrecy itself, named by the clause ("addresses of donors kept private"),
    only for the identity, names or details of a class of people (`secrecy_subject`). Not when denied, nor of a pronoun, a policy named
    already or who decides."""
    if any(c.dep_ == "neg" for c in act.children) or (found := _plain_object(obj)) is None:
        return None
    tokens, named = found
    if make == "condition":
        if obj.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in obj.children) \
                and obj.lemma_.lower() not in word_class("public_order_event") or obj.ent_type_:
            return None  # "the match can only be stopped if ...": one event or person, no class under a power;
            # a march or picket is under one whichever it is (`public_order_event`)
        if not _authority_near(act):
            return None  # "games can only be stopped if the referee agrees": a sport's rule, no public power
        return sorted([act] + tokens, key=lambda t: t.i), f"{match.yields.get('nominal', 'power')} to {act.lemma_.lower()} {named}"
    state = act.doc[match.slots["state"]]
    whose = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" and p.tag_ == "NNS" and not p.ent_type_]
    if obj.lemma_.lower() not in word_class("secrecy_subject") or not whose:
        return None  # "the venue will be kept secret until the day": one thing's, no rule on a class of people
    held = [t for t in _trimmed(whose[0]) if t.dep_ not in ("det", "poss")]
    named = f"{obj.lower_} of {_label_of(held)}"
    return sorted({act, state, obj, *held}, key=lambda t: t.i), f"{named} kept {state.lower_}"


def _passive_act(doc, act, obj) -> tuple[list, str] | None:
    """"the village post office will be closed" -> closure of village post office: a political act said in the
    passive, with a modal or after "risks being", is named by its noun (`act_nominal`) and what it is done to.
    Not when denied ("will not be closed"), nor when its subject is a policy already ("the scheme will be
    scrapped": the scheme) or who decides ("the decision will be reviewed")."""
    nominal = word_values("act_nominal").get(act.lemma_.lower(), "")
    deciding = [act, act.head] if act.dep_ == "xcomp" else [act]  # "does not risk being capped"
    if not nominal or "|" in nominal or any(c.dep_ == "neg" for v in deciding for c in v.children):
        return None
    if (found := _plain_object(obj)) is None:
        return None
    tokens, named = found
    return sorted([act] + tokens, key=lambda t: t.i), f"{nominal} {named}"


def _listed_items(doc, head, first, kind: str, covered: set[int]) -> Iterator[PolicyMention]:
    """"a package of reforms including the end of state grants and compulsory training": the items a policy
    head lists ("including", "like", "such as") are policies, each named by its own noun phrase without
    the next item, dates or clauses. "as" lists only after "such" ("his role as minister" lists nothing)."""
    prep = first.head
    if prep.lower_ == "as" and not (prep.i and doc[prep.i - 1].lower_ == "such"):
        return
    items, stack = [], [first]
    while stack:  # the item and the items coordinated with it
        item = stack.pop()
        items.append(item)
        stack.extend(c for c in item.children if c.dep_ == "conj" and c.pos_ == "NOUN")
    item_ids = {t.i for t in items}
    governing = _governing(first)
    for item in sorted(items, key=lambda t: t.i):
        if item.i in covered or item.ent_type_ in ACTOR_ENTS | PLACE_ENTS | SCOPE_ENTS or item.pos_ != "NOUN":
            continue  # a policy already named ("a curfew for teenagers") is that policy
        others = {x.i for o in items if o.i != item.i and o.i in {t.i for t in item.subtree} for x in o.subtree}
        tokens = [t for t in _trimmed(item) if t.i not in others
                  and not (t.dep_ == "cc" and t.head.i in item_ids)]
        while tokens and (tokens[-1].dep_ in ("cc", "punct", "det", "prep") or tokens[-1].is_space):
            tokens = tokens[:-1]
        if not tokens or not _contiguous(tokens) or any(t.like_num and not _counts_a_noun(t) for t in tokens):
            continue
        label = _label_of(tokens)
        if governing and item.i != first.i and _governed_too(item):
            label = f"{governing} {label}"  # "the end of X and Y": Y ends too
        if not 2 <= len(label.split()) <= MAX_WORDS or not _names_a_thing(tokens):
            continue
        known = _vocabulary_key(label)
        key, label = known if known is not None else ("policy:" + name_key(label), label)
        covered.add(item.i)
        yield PolicyMention(key, label, kind, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _governing(first) -> str:
    """"end of" when a list's first item is an act done to what its "of" names ("the end of state grants"):
    an act noun of `act_nominal` ("end to", "abolition of") with its own "of"/"to" object."""
    nouns = {v.split()[0] for v in word_values("act_nominal").values() if len(v.split()) == 2}
    prep = next((c for c in first.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
                 and any(g.dep_ == "pobj" for g in c.children)), None)
    return f"{first.lower_} {prep.lower_}" if prep is not None and first.lower_ in nouns else ""


def _governed_too(item) -> bool:
    """A bare noun phrase coordinated with "the end of X" ("… and compulsory training") is under "end of" as
    well; an item with its own determiner or act noun ("and the introduction of Y", "and a new grant") is not."""
    nouns = {v.split()[0] for v in word_values("act_nominal").values() if len(v.split()) == 2}
    return item.lower_ not in nouns and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in item.children)


def _of_class(token, objects: str) -> bool:
    """Is the noun one of the words a pattern acts on: the workforce (people a body employs, and their jobs)
    or a word class of `word_classes.csv` (the estate a body closes)?"""
    words = workforce_nouns() | word_class("job_noun") if objects == "workforce" else word_class(objects)
    return token.lemma_.lower() in words or token.lower_.rstrip("s") in words


def _nominal_references(doc, nominals: list, covered: set[int]) -> Iterator[PolicyMention]:
    """"Scooters will be banned … The ban was welcomed": a later bare "the <noun>" naming a verbal policy
    by the noun its act makes (the ban, the investment) is that policy, the latest one of that noun."""
    for token in doc:
        if token.i in covered or token.pos_ != "NOUN" or any(
                c.dep_ in ("compound", "amod", "poss", "prep", "nummod") for c in token.children) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            continue
        earlier = [m for nominal, m in nominals if nominal == token.lemma_.lower() and m.end <= token.idx]
        if earlier:
            m = earlier[-1]
            covered.add(token.i)
            yield PolicyMention(m.key, m.label, m.kind, token.idx, token.idx + len(token), topic=m.topic)


def _act_named(tokens) -> tuple[str, ...]:
    """"plans to close three stations" -> "closure of three stations": a planned or pledged act whose verb has a
    noun (`act_nominal`) is also named by that noun and the verb's object, the name a reader gives it."""
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    verb = next((t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in word_values("act_nominal")
                 and any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)), None)
    if verb is None or any(c.dep_ == "neg" for c in verb.children) or verb.i and verb.doc[verb.i - 1].dep_ == "neg" \
            or verb.i > 1 and verb.doc[verb.i - 2].dep_ == "neg":
        return ()  # "promised not to cut X" names no cut
    obj = next(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    rest = [t for t in tokens if t.i > verb.i and t.i in {x.i for x in obj.subtree}]
    if not rest or not _contiguous(rest) or not _names_a_thing(rest) or obj.ent_type_ in ACTOR_ENTS | SCOPE_ENTS:
        return ()
    thing = _label_of(rest)
    name = f"{word_values('act_nominal')[verb.lemma_.lower()]} {thing}"
    return (name,) if thing and len(name.split()) <= MAX_WORDS else ()


def act_noun(verb) -> str:
    """The noun naming what a verb does ("pledged" -> pledge, "proposed" -> proposal): a policy built from
    "X pledged to do Y" is named as a noun phrase, never as the clause."""
    lemma = verb.lemma_.lower()
    return word_values("act_noun_form").get(lemma) or lemma


def _counts_a_noun(token) -> bool:
    """A number counting the noun it modifies ("replacing the 7,800 PCSOs"), not a sum standing for itself."""
    return token.like_num and token.ent_type_ in ("CARDINAL", "") and token.dep_ == "nummod" \
        and token.head.pos_ == "NOUN" and token.head.lower_ not in ("m", "bn", "k", "million", "billion", "%")


_ACRONYM = re.compile(r"\s*\(([A-Za-z]{2,8})\)|,?\s+(?:(?:also|commonly|widely|better)\s+)?(?:known as|dubbed|"
                     r"nicknamed|called)\s+(?:the\s+)?([A-Z]{2,8}s?)\b|,\s+or\s+([A-Z]{2,8}s?)(?=\s*[,)–—])")
_EQUATING = re.compile(r"\s*(?:,|\()\s*(?:(?:also|commonly|widely|better)\s+)?(?:known as|dubbed|nicknamed|"
                       r"called|referred to as)\s+(?:the\s+|an?\s+)?$")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|its|their|his|her)(?:\s+[\w.\-]+(?:\s[\w.\-]+){0,2}[’']s?)?"
                         r"|[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)*[’']s?)\s+$")  # ", the minister's flagship …"
DESCRIBING_KINDS = frozenset(("proposal", "programme", "reform", "power", "governance", "recruitment"))


def _equated(doc, mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"X, known as Y", "X, the flagship measure to …" (apposition): one policy under two names, one node.

    Y becomes a name of X (every mention of Y), unless both are names the vocabulary or a law title gives
    (two named policies side by side are a list, not one policy named twice). An apposition must describe:
    a built phrase with a determiner or owner, closed by a comma or the sentence's end, not a list item.
    """
    text, vocab = doc_text(doc), {f"policy:{e.id}" for e in vocabulary()}
    named = lambda m: m.key in vocab or m.kind == "legislation"  # noqa: E731
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    target: dict[str, PolicyMention] = {}
    for a, b in zip(ordered, ordered[1:]):
        if a.key == b.key or a.end > b.start or named(a) and named(b):
            continue
        between = text[a.end:b.start]
        if "\n" in between:
            continue
        if _EQUATING.fullmatch(between) is None:
            rest = re.match(r"[^,.;:)–—\n]*(?:[,.;:)–—\n]\s*(?:and|or)\b)?", text[b.end:b.end + 200]).group(0)
            if _APPOSITION.fullmatch(between) is None or named(b) or b.kind not in DESCRIBING_KINDS \
                    or re.search(r"\b(?:and|or)\b", rest) or _listed(text, a) \
                    or re.match(r"[^.;\n]*,[^.;\n]*\b(?:and|or)\b", text[b.end:b.end + 200]):
                continue  # "X, a scheme and Y", "W, X, a scheme": a list
        proper = lambda m: named(m) or m.label[:1].isupper()  # noqa: E731 - a name, not a description
        keep, merge = (b, a) if proper(b) and not proper(a) else (a, b)
        target[merge.key] = target.get(keep.key, keep)
    if not target:
        return mentions
    return [PolicyMention(target[m.key].key, target[m.key].label, target[m.key].kind, m.start, m.end,
                          topic=target[m.key].topic) if m.key in target else m for m in mentions]


def _name_parts(label: str) -> tuple[str, str, frozenset[str]] | None:
    """("crackdown", "modifier"|"complement", content words) of "county lines crackdown" / "crackdown on
    county lines gangs"; None for other shapes."""
    words = [w for w in _words(label) if w.isalnum()]
    if len(words) >= 2 and words[-1].rstrip("s") in policy_heads():
        return words[-1].rstrip("s"), "modifier", frozenset(_singular(w) for w in words[:-1]
                                                             if w not in GENERIC_MODIFIERS)
    if len(words) >= 3 and words[0].rstrip("s") in policy_heads() and words[1] in COMPLEMENT_PREPS:
        return words[0].rstrip("s"), "complement", frozenset(_singular(w) for w in words[2:]
                                                               if w not in GENERIC_MODIFIERS)
    return None


def _singular(word: str) -> str:
    """"protest powers" / "powers to restrict protests": a noun before a head is said in the singular, the
    same noun after it often in the plural; both name one thing."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _inverted(mentions: list[PolicyMention]) -> list[PolicyMention]:
    """"a county lines crackdown … the crackdown on county lines gangs": one built policy named with its
    words before the head and after it; only where exactly one name of each shape fits the other."""
    vocab = {f"policy:{e.id}" for e in vocabulary()}
    first: dict[str, PolicyMention] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.key not in vocab and m.kind != "legislation":
            first.setdefault(m.key, m)
    parts = {k: p for k, m in first.items() if (p := _name_parts(m.label)) is not None and p[2]}
    pairs = [(a, b) for a, (ha, sa, wa) in parts.items() for b, (hb, sb, wb) in parts.items()
             if sa == "modifier" and sb == "complement" and ha == hb and wa <= wb]
    target: dict[str, PolicyMention] = {}
    for a, b in pairs:
        if sum(1 for x, _ in pairs if x == a) == 1 and sum(1 for _, y in pairs if y == b) == 1:
            keep, merge = sorted((first[a], first[b]), key=lambda m: m.start)
            target[merge.key] = keep
    return [PolicyMention(target[m.key].key, target[m.key].label, target[m.key].kind, m.start, m.end,
                          topic=target[m.key].topic) if m.key in target else m for m in mentions]


def _listed(text: str, mention: PolicyMention) -> bool:
    """Is the mention an item of a comma list ("X, Y and Z")? Then a comma after it starts the next item."""
    return bool(re.match(r"[^.;\n]*?,[^.;\n]*?\b(?:and|or)\b", text[mention.end:mention.end + 120])) and bool(
        re.search(r",\s*$", text[max(0, mention.start - 40):mention.start]))


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _acronym_mentions(doc, found: list[PolicyMention], covered: set[int]) -> list[PolicyMention]:
    """ "dispersal zone orders (DZOs)": later "DZOs" or "a DZO" are mentions of the same policy."""
    text, out = doc_text(doc), []
    for m in list(found):
        defined = _ACRONYM.match(text, m.end)
        if defined is None:
            continue
        acronym = defined.group(1) or (defined.group(2) or defined.group(3)).rstrip("s")
        initials = "".join(w[0] for w in _words(m.label) if w.isalnum() and w not in ("and", "of", "the", "for"))
        if not defined.group(1) and not _subsequence(acronym.lower(), initials):
            continue  # "X, or PCSOs," without brackets: only letters of X's own words make its acronym
        if acronym[0].lower() != m.label[:1].lower() or not any(c.isupper() for c in acronym) and len(acronym) < 3:
            continue
        forms = {acronym.lower(), acronym.lower() + "s", acronym.lower().rstrip("s")}
        for t in doc:
            if t.lower_ in forms and t.i not in covered:
                covered.add(t.i)
                out.append(PolicyMention(m.key, m.label, m.kind, t.idx, t.idx + len(t), topic=m.topic))
    return out


def _would_have_had(act) -> bool:
    """An act under a counterfactual modal with a perfect ("would have cut", "would have had to cut"): it
    did not happen."""
    node = act
    for _ in range(3):  # up through "had to": "would have had to cut"
        if counterfactual(node):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False
