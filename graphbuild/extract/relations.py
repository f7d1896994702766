"""Relations between actors, and stances of actors on policies, from the parse.

A relation needs the grammar to say so: a verb from the lexicon
(`ontology/gazetteer/relation_verbs.csv`) whose subject and object both
resolve to an entity or policy — two names in one sentence are not enough.
Passives ("reforms introduced by X"), coordinated subjects, negation ("did
not back") and pronoun subjects are handled; so are "X, who is in Y" places
and stances read from quotes ("is a good tool" backs, "the problem is cuts"
criticises).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .. import resources
from ..records import Entity, Policy, Quote, Relation
from .common import Paragraphs, evidence
from .quotes import MentionIndex, subject_of


@dataclass(frozen=True)
class VerbRule:
    particle: str
    object: str  # actor | policy | any
    property: str


@lru_cache(maxsize=1)
def verb_rules() -> dict[str, tuple[VerbRule, ...]]:
    rules = defaultdict(list)
    for row in resources.read_csv("gazetteer/relation_verbs.csv"):
        rules[row["lemma"]].append(VerbRule(row["particle"], row["object"], row["property"]))
    return {k: tuple(v) for k, v in rules.items()}


@lru_cache(maxsize=1)
def stance_words() -> dict[str, str]:
    return {row["word"]: row["stance"] for row in resources.read_csv("gazetteer/stance_words.csv")}


class _Targets:
    """What a token stands for: an entity (via MentionIndex) or a policy."""

    def __init__(self, doc, index: MentionIndex, policies: list[Policy]):
        self.index = index
        self.policy_at: dict[int, str] = {}
        self.topic = {p.key: p.topic for p in policies}
        for p in policies:
            for ev in p.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                for t in span or []:
                    self.policy_at.setdefault(t.i, p.key)

    def of(self, token, wanted: str) -> str:
        if wanted in ("actor", "any"):
            key = self.index.entity_of(token)
            if key and not self.index.quoted[token.i]:
                return key
        if wanted in ("policy", "any"):
            for t in sorted(token.subtree, key=lambda t: t.i):
                if t.i in self.policy_at and not self.index.quoted[t.i]:
                    return self.policy_at[t.i]
        return ""


def _conjuncts(token) -> list:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _objects(verb, rule: VerbRule) -> list:
    """Tokens that fill the object slot of `verb` under `rule`."""
    if rule.particle:
        out = []
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == rule.particle:
                out.extend(c for c in child.children if c.dep_ == "pobj")
            if child.dep_ == "prt" and child.lower_ == rule.particle:
                out.extend(c for c in verb.children if c.dep_ == "dobj")
        return out
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "the reforms introduced by X"
    if any(c.dep_ == "auxpass" for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that", "who") for c in subjects):
            return [verb.head]  # "the reforms, which were introduced by X"
        return subjects
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    if not objects and rule.object == "policy":
        return [c for c in verb.children if c.dep_ == "xcomp"]  # "promised to cut taxes"
    return objects


def _subjects(verb) -> list:
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents
        if verb.dep_ == "acl":
            return []
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "X, who has promised to …": the relative pronoun stands for X
    return [subject] if subject is not None else []


def extract_relations(
    doc, entities: list[Entity], policies: list[Policy], quotes: list[Quote], *, index: MentionIndex,
    paragraphs: Paragraphs,
) -> Iterator[Relation]:
    targets = _Targets(doc, index, policies)
    rules = verb_rules()
    seen = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or index.quoted[verb.i]:
            continue
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children)
        for rule in rules.get(lemma, ()):
            for subj_token in (s for subj in _subjects(verb) for s in _conjuncts(subj)):
                subject = targets.of(subj_token, "actor")
                if not subject:
                    continue
                for obj_token in (o for obj in _objects(verb, rule) for o in _conjuncts(obj)):
                    if obj_token.dep_ == "xcomp":  # a pledge is the policy only when it names one itself
                        obj = targets.policy_at.get(obj_token.i, "")
                    else:
                        obj = targets.of(obj_token, rule.object)
                    if not obj or obj == subject:
                        continue
                    key = (subject, rule.property, obj, verb.i)
                    if key in seen:
                        continue
                    seen.add(key)
                    yield _relation(doc, subject, rule.property, obj, lemma, negated, verb, subj_token, obj_token,
                                    targets, paragraphs)
        if lemma in SHARED_VIEW_VERBS and not negated:
            yield from _joint_speakers(doc, verb, lemma, targets, paragraphs)
        if lemma == "be":
            yield from _located(doc, verb, targets, index, paragraphs)
        elif verb.pos_ == "VERB":
            for relation in _prepositional(doc, verb, targets, paragraphs):
                key = (relation.subject, relation.object, verb.i)
                if key not in seen and not any(k[0] == key[0] and k[2] == key[1] for k in seen):
                    seen.add(key)
                    yield relation
    yield from _quote_stances(doc, quotes, policies, targets, paragraphs)


FALLBACK_PREPOSITIONS = ("from", "with", "against", "to")
SHARED_VIEW_VERBS = {"argue", "say", "insist", "claim", "warn", "agree", "maintain", "believe", "contend"}


def _joint_speakers(doc, verb, lemma: str, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"Both X and Y have argued that …": coordinated people voicing one view agree with each other."""
    subjects = [s for subj in _subjects(verb) for s in _conjuncts(subj)]
    actors = []
    for token in subjects:
        key = targets.of(token, "actor")
        if key and targets.index.kind.get(key) == "person" and key not in [k for k, _ in actors]:
            actors.append((key, token))
    for (a, a_token), (b, b_token) in zip(actors, actors[1:]):
        yield _relation(doc, a, "agreesWith", b, lemma, False, verb, a_token, b_token, targets, paragraphs)


def _prepositional(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """Fallback: "X fought for funding from Y", "X clashed with Y" -> X relatedTo Y, keeping the verb."""
    subjects = [s for subj in _subjects(verb) for s in _conjuncts(subj)]
    objects = [c for c in verb.children if c.dep_ in ("dobj",)]
    heads = [verb] + objects
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            # "accepted the recommendations of Y": "of" only on the object, never on the verb
            allowed = FALLBACK_PREPOSITIONS + (("of",) if head in objects else ())
            if prep.dep_ != "prep" or prep.lower_ not in allowed:
                continue
            for pobj in (o for c in prep.children if c.dep_ == "pobj" for o in _conjuncts(c)):
                obj = targets.index.entity_of(pobj)
                if not obj or targets.index.kind.get(obj) == "place":
                    continue
                for subj_token in subjects:
                    subject = targets.of(subj_token, "actor")
                    if subject and subject != obj:
                        middle = f" {head.lemma_.lower()}" if head.i != verb.i else ""
                        cue = f"{verb.lemma_.lower()}{middle} {prep.lower_}"
                        yield _relation(doc, subject, "relatedTo", obj, cue, any(c.dep_ == "neg" for c in verb.children),
                                        verb, subj_token, pobj, targets, paragraphs)


def _relation(doc, subject, prop, obj, cue, negated, verb, a, b, targets, paragraphs) -> Relation:
    start = min(t.idx for t in (verb, a, b))
    end = max(t.idx + len(t) for t in (verb, a, b))
    return Relation(subject, prop, obj, cue, negated, evidence(doc, start, end, paragraphs),
                    topic=targets.topic.get(obj, ""))


def _located(doc, verb, targets: _Targets, index: MentionIndex, paragraphs) -> Iterator[Relation]:
    """"X, who is currently in Y" / "X is in Y": X located in place Y."""
    subject_token = subject_of(verb)
    if verb.dep_ == "relcl":
        subject_token = verb.head
    if subject_token is None:
        return
    subject = targets.of(subject_token, "actor")
    if not subject or index.kind.get(subject) != "person":
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for pobj in prep.children:
                key = index.entity_of(pobj)
                if key and index.kind.get(key) == "place":
                    yield _relation(doc, subject, "locatedIn", key, "be", False, verb, subject_token, pobj,
                                    targets, paragraphs)


def _quote_stances(doc, quotes: list[Quote], policies, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """A speaker who calls a policy "a good tool" backs it; one who says "the problem is cuts" criticises it."""
    words = stance_words()
    policy_keys = {p.key for p in policies}
    for q in quotes:
        if not q.speaker or not q.evidence:
            continue
        span = doc.char_span(q.evidence.start, q.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        done = set()
        for token in span:
            key = targets.policy_at.get(token.i)
            if not key or key not in policy_keys or key in done:
                continue
            clause = [t for t in _clause(token) if span.start <= t.i < span.end]
            stances = sorted(words[t.lemma_.lower()] for t in clause if t.lemma_.lower() in words)
            negated = any(t.dep_ == "neg" for t in clause)
            if not stances or negated or len(set(stances)) > 1:
                continue  # no evaluation, a negated one ("not a panacea") or a mixed one: not read
            done.add(key)
            start, end = min(t.idx for t in clause), max(t.idx + len(t) for t in clause)
            yield Relation(q.speaker, stances[0], key, q.cue or "say", False, evidence(doc, start, end, paragraphs),
                           topic=targets.topic.get(key, ""))


def _clause(token) -> list:
    """The clause around a token: its nearest verb's subtree without coordinated clauses."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    skip = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]
