"""Policies and policy instruments: one node per policy per article, with aliases.

Two sources: the policy vocabulary in `ontology/gazetteer/policies.csv`, and
general patterns over the parse — "X reforms", "cuts to X", "funding for X",
"extending X to Y", and bare "the reforms" / "the powers" resolved to the
policy the sentence or the story is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .. import resources
from ..records import Evidence, Policy
from .common import Paragraphs, doc_text, evidence, legislation_spans, name_key

PATTERN_HEADS = {"reform", "reforms", "freeze", "cap", "ban", "levy", "review", "strategy", "programme",
                 "scheme", "bill", "settlement", "changes", "plan", "plans"}
GENERIC_MODIFIERS = {"the", "these", "those", "its", "their", "his", "her", "new", "proposed", "such", "further",
                     "latest", "recent", "controversial", "wider", "government", "this", "that", "a", "an"}
MAX_WORDS = 10
MONEY_WORDS = {"funding", "budget", "spending", "grant", "pay", "pension", "salary", "wage", "tax", "fund"}
STANCE_VERBS = {"propose", "introduce", "announce", "unveil", "scrap", "rule"}
PLEDGE_VERBS = {"pledge", "promise", "vow"}


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
        forms = sorted({entry.label, *entry.aliases})
        matcher.add(f"P{n}", [Doc(vocab, words=_words(f)) for f in forms])
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
    found = list(mentions)
    for mention in _pattern_mentions(doc, covered, found):
        if mention not in found:
            found.append(mention)
    return sorted(set(found), key=lambda m: (m.start, m.end, m.key))


def _label_of(tokens) -> str:
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while tokens and tokens[0].lower_ in GENERIC_MODIFIERS:
        tokens = tokens[1:]
    tokens = tokens[:MAX_WORDS]
    text = "".join(t.text_with_ws for t in tokens)
    return re.sub(r"\s+", " ", text).strip(" ,.;:–-")


def _pattern_mentions(doc, covered: set[int], vocab_mentions: list[PolicyMention]) -> Iterator[PolicyMention]:
    by_token = {}
    for m in vocab_mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span or []:
            by_token[t.i] = m
    for token in doc:
        if token.i in covered or token.pos_ not in ("NOUN", "VERB"):
            continue
        lemma = token.lemma_.lower()
        if lemma == "power" and token.tag_ == "NNS" and not any(c.dep_ in ("compound", "amod") for c in token.children):
            # "the powers": the power the story last named
            powers = [m for m in vocab_mentions if m.kind == "power" and m.start < token.idx]
            if powers and any(c.lower_ in ("the", "these", "its", "their", "those") for c in token.children):
                mention = PolicyMention(powers[-1].key, powers[-1].label, "power", token.idx, token.idx + len(token))
                vocab_mentions.append(mention)
                by_token[token.i] = mention
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
        if lemma in PLEDGE_VERBS and token.pos_ == "VERB":
            # "promised to cut inflation to 5%", "pledged to recruit 20,000 officers"
            xcomp = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if xcomp is not None and not any(t.i in covered for t in xcomp.subtree):
                tokens = [t for t in xcomp.subtree if not (t.dep_ == "aux" and t.lower_ == "to")]
                label = f"{token.text} to {_label_of(tokens)}"
                if 3 <= len(label.split()) <= MAX_WORDS + 2:
                    start = min(t.idx for t in tokens)
                    end = max(t.idx + len(t) for t in tokens)
                    mention = PolicyMention("policy:" + name_key(label), label, "pledge", start, end)
                    vocab_mentions.append(mention)
                    covered.update(t.i for t in tokens)
                    yield mention
            continue
        if lemma in STANCE_VERBS and token.pos_ == "VERB":
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.i not in covered and obj.ent_type_ == "" \
                    and not any(t.i in by_token for t in obj.subtree):
                tokens = [t for t in obj.subtree if t.dep_ != "relcl"]
                label = _label_of(tokens)
                if 2 <= len(label.split()) <= MAX_WORDS:
                    end = max(t.idx + len(t) for t in tokens)
                    yield PolicyMention("policy:" + name_key(label), label, "proposal", min(t.idx for t in tokens), end)
                    covered.update(t.i for t in tokens)
            continue
        if lemma in ("cut", "funding", "reduction", "increase", "rise", "freeze") and token.pos_ == "NOUN":
            prep = next((c for c in token.children if c.dep_ == "prep"
                         and c.lower_ in ("to", "for", "of", "in")), None)
            if prep is None:
                continue
            pobj = [t for t in prep.subtree if t.i != prep.i]
            if not pobj:
                continue
            inner = next((by_token[t.i] for t in pobj if t.i in by_token), None)
            if inner is not None and lemma == "funding":
                continue  # "funding for the police funding settlement": nothing new
            if lemma not in ("cut", "funding") and inner is None \
                    and not any(t.lemma_.lower() in MONEY_WORDS for t in pobj):
                continue  # "a reduction in crime" is an outcome; "a reduction in funding" is a policy
            label = f"{token.text} {prep.text} {_label_of(pobj)}"
            end = max(t.idx + len(t) for t in pobj)
            mention = PolicyMention("policy:" + name_key(label), label, "cuts" if lemma == "cut" else "funding",
                                    token.idx, end, topic=inner.key if inner is not None else "")
            vocab_mentions.append(mention)
            yield mention
            covered.update(range(token.i, pobj[-1].i + 1))
        elif lemma in PATTERN_HEADS and token.pos_ == "NOUN":
            mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                    and c.lower_ not in GENERIC_MODIFIERS and not c.like_num and c.ent_type_ not in ("DATE",)]
            named = next((by_token[t.i] for m in mods for t in m.subtree if t.i in by_token), None)
            if named is not None:  # "the stop and search reforms": reforms of a named policy
                label = f"{named.label} {token.text}"
                mention = PolicyMention("policy:" + name_key(label), label, "reform", named.start,
                                        token.idx + len(token), topic=named.key)
                vocab_mentions.append(mention)
                covered.add(token.i)
                yield mention
                continue
            if mods:
                first = min(t.i for m in mods for t in m.subtree)
                label = _label_of(doc[first:token.i + 1])
                if len(label.split()) >= 2:
                    yield PolicyMention("policy:" + name_key(label), label, "reform", doc[first].idx,
                                        token.idx + len(token))
                    covered.update(range(first, token.i + 1))
                    continue
            # bare "reforms": about the policy named in the same sentence
            if lemma in ("reform", "reforms"):
                topic = next((m for m in vocab_mentions if token.sent.start_char <= m.start < token.sent.end_char), None)
                if topic is not None:
                    label = f"{topic.label} reforms"
                    mention = PolicyMention("policy:" + name_key(label), label, "reform", token.idx,
                                            token.idx + len(token), topic=topic.key)
                    vocab_mentions.append(mention)
                    yield mention
                    covered.add(token.i)


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


def resolve_policies(doc, mentions: list[PolicyMention], *, paragraphs: Paragraphs) -> list[Policy]:
    """One Policy per key, aliases the distinct surface forms."""
    grouped: dict[str, list[PolicyMention]] = {}
    for m in mentions:
        grouped.setdefault(m.key, []).append(m)
    out = []
    for key, ms in grouped.items():
        evs: tuple[Evidence, ...] = tuple(evidence(doc, m.start, m.end, paragraphs) for m in ms)
        forms = sorted({ev.text for ev in evs} - {ms[0].label})
        out.append(Policy(key, ms[0].label, tuple(forms), ms[0].kind, evs, topic=ms[0].topic))
    out.sort(key=lambda p: (p.mentions[0].start, p.key))
    return out


def with_concerns(policies: list[Policy], entities) -> list[Policy]:
    """Attach the actors and places named inside a policy's own words ("a cut in Whitehall funding")."""
    from dataclasses import replace

    out = []
    for p in policies:
        keys = sorted({e.key for e in entities for m in e.mentions for ev in p.mentions
                       if ev.start <= m.start and m.end <= ev.end})
        out.append(replace(p, concerns=tuple(keys)) if keys else p)
    return out
