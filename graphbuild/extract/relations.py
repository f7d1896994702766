"""Relations between actors, and stances of actors on policies, from the parse.

A relation needs the grammar to say so: a verb of a class in the lexicon
(`ontology/gazetteer/relation_verbs.csv`: criticise, support, oppose, appoint,
scrap, ... with their nominalisations, light verbs and "received" verbs) whose
subject and object both resolve to an entity or policy — two names in one
sentence are not enough. Constructions beyond subject–verb–object ("X's
criticism of Y", "came under attack from Y", "described Y as reckless", "the
minister's plan to scrap Y", "cuts imposed on Y") are dependency patterns in
`ontology/patterns/relation.jsonl`; this module resolves their slots (names,
pronouns, "the force", "the government", "Labour figures") and assembles them.
Passives, coordination, negation ("did not back"), relative clauses and stances
read from quotes are handled here too.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Iterator

from .. import resources
from ..gazetteer import word_class, word_values
from ..records import Entity, Policy, Quote, Relation, Role
from . import patterns
from .common import PLACEHOLDER_PREFIX, Paragraphs, counterfactual, evidence, is_workforce, sentence_before
from .policies import ACTOR_ENTS, GENERIC_MODIFIERS, PLACE_ENTS, SCOPE_ENTS, act_nouns, content_clause
from .quotes import EPITHET_AGE, MentionIndex, member_nouns, speech_verbs, subject_of


@dataclass(frozen=True)
class VerbRule:
    particle: str  # words after the lemma: a preposition or particle last ("hit out at", "kill off")
    object: str  # actor | policy | any
    property: str
    cls: str = ""  # the verb class of `relation_verbs.csv` ("criticise", "support", ...)
    agent: tuple[str, ...] = ()  # nouns: prepositions that introduce the doer ("criticism from X")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, tuple[VerbRule, ...]]]:
    """`relation_verbs.csv` by part of speech: verb, noun (nominalisation), noun-received, light, light-received."""
    out: dict[str, dict[str, list[VerbRule]]] = defaultdict(lambda: defaultdict(list))
    for row in resources.read_csv("gazetteer/relation_verbs.csv"):
        agent = tuple(a for a in (row.get("agent") or "").split("|") if a)
        out[row.get("pos") or "verb"][row["lemma"]].append(
            VerbRule(row["particle"], row["object"], row["property"], row.get("class") or "", agent))
    return {pos: {k: tuple(v) for k, v in rules.items()} for pos, rules in out.items()}


def verb_rules() -> dict[str, tuple[VerbRule, ...]]:
    return lexicon().get("verb", {})


@lru_cache(maxsize=1)
def stance_words() -> dict[str, str]:
    return {row["word"]: row["stance"] for row in resources.read_csv("gazetteer/stance_words.csv")}


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Events a body holds ("conference", "rally"): speaking at one is addressing the body."""
    return frozenset(row["noun"] for row in resources.read_csv("gazetteer/event_nouns.csv"))


VOTING_CLASSES = {"defeat", "vote_for"}
QUALIFIABLE = {"backs", "opposes", "criticises", "praises"}  # stances on the whole of a policy
DEFINITE = {"the", "this", "that", "these", "those"}


def _mention_heads(tokens, key: str, targets) -> list:
    """The tokens of a policy mention whose syntactic head lies outside it ("stop" of "stop and search")."""
    own = [t for t in tokens if targets.policy_at.get(t.i) == key]
    return [t for t in own if t.head.i == t.i or targets.policy_at.get(t.head.i) != key]


def _restricts(modifier, key: str, targets) -> bool:
    """"only", "evidence-based", "targeted", "section 60": a word before a policy that picks out part of
    it; not a determiner, owner, amount, date, place, or a word that says how much or how good it is."""
    if modifier.lower_ in word_class("restricting_word"):
        return True
    if modifier.dep_ not in ("amod", "compound", "nmod", "npadvmod") or targets.policy_at.get(modifier.i) == key \
            or modifier.like_num or modifier.ent_type_ in SCOPE_ENTS | ACTOR_ENTS | PLACE_ENTS:
        return False
    words = {modifier.lower_, modifier.lemma_.lower()}
    return modifier.pos_ in ("ADJ", "VERB", "NOUN", "PROPN") and not words & (
        GENERIC_MODIFIERS | word_class("unqualifying_modifier") | set(stance_words()))


def _condition(clause, key: str, targets) -> bool:
    """"where it is intelligence-led", "if it is used fairly": a clause setting a condition on the policy
    ("when she was home secretary" only says when)."""
    marks = word_values("condition_mark")
    found = [c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in marks]
    if not found:
        return False
    if all(marks[m] != "policy_subject" for m in found):
        return True
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in ("it", "they", "this", "these", "its", "their")
                                    or targets.policy_at.get(subject.i) == key)


def _qualified(tokens, key: str, verb, targets) -> bool:
    """Is the stance taken on part of the policy only ("backs only evidence-based X", "supports X where it
    is intelligence-led")? Then it is no stance on X as a whole. `tokens`: where the mention is named."""
    anchor = next((t for t in tokens if targets.policy_at.get(t.i) == key), None)
    if anchor is None:
        return False
    start = targets.policy_start.get(anchor.i)
    tokens = [t for t in anchor.sent if targets.policy_at.get(t.i) == key and targets.policy_start.get(t.i) == start]
    heads = _mention_heads(tokens, key, targets)
    for head in heads:
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            continue  # "the ‘flat cash’ settlement", "the force's new scheme": one thing, described
        for child in head.children:
            if child.i < head.i and _restricts(child, key, targets):
                return True
            if child.dep_ in ("amod", "compound", "nmod") and child.i < head.i and any(
                    g.lower_ in word_class("restricting_word") for g in child.subtree):
                return True  # "only evidence-based X": "only" hangs on the modifier
    own = [t for t in tokens if targets.policy_at.get(t.i) == key]
    for node in [verb, *own]:
        if any(c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX") and _condition(c, key, targets)
               for c in node.children):  # "…, but only when it is X": the parser may coordinate the clause
            return True
        if node.i == verb.i and any(c.dep_ == "advmod" and c.lower_ in word_class("restricting_word")
                                    and c.i > verb.i for c in node.children):
            return True  # "backed X only in ..."
    return False


class _Targets:
    """What a token stands for: an entity (via MentionIndex) or a policy."""

    def __init__(self, doc, index: MentionIndex, policies: list[Policy], entities: list[Entity]):
        self.index = index
        self.policy_at: dict[int, str] = {}
        self.policy_start: dict[int, int] = {}  # where the policy mention holding a token starts
        self.topic = {p.key: p.topic for p in policies}
        self.kind = {p.key: p.kind for p in policies}
        self.person_names = {e.key: {w.lower() for n in (e.name, *e.aliases) for w in n.split()}
                             for e in entities if e.kind == "person"}
        # bodies named "... Government": what a bare "the government" refers to
        self.governments = sorted({key for key, types in index.types.items() if index.kind.get(key) == "organization"
                                   and "GovernmentBody" in types and key in _government_keys(doc, index)})
        for p in policies:
            for ev in p.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                for t in span or []:
                    self.policy_at.setdefault(t.i, p.key)
                    self.policy_start.setdefault(t.i, ev.start)

    def of(self, token, wanted: str) -> str:
        if wanted in ("actor", "any", "place"):
            key = self.actor(token, places=wanted == "place") or (self._body_object(token) if wanted == "actor" else "")
            if key:
                return key
        if wanted in ("policy", "any"):
            found = self.policies_in(token)
            return found[0] if found else ""
        return ""

    def policies_in(self, token) -> list[str]:
        """Policies named in a noun phrase, in text order, not looking into its relative clauses."""
        out = []
        for t in sorted(token.subtree, key=lambda t: t.i):
            if t.i in self.policy_at and not self.index.quoted[t.i] and self.policy_at[t.i] not in out \
                    and not _inside_relative(t, token, small_clauses=True):
                out.append(self.policy_at[t.i])
        return out

    def voters(self, token, strict: bool = False) -> str:
        """"peers voted against it": the chamber they sit in, when the article names it. `strict`, for
        acts members do alone too ("backed"): bare "peers" only, not "Labour peers" or "senior peers"."""
        lemma = token.lemma_.lower()
        if token.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # "Peers" opening a sentence is tagged a proper noun and keeps its plural
        chamber = member_nouns().get(lemma, "")
        some = any(c.dep_ in ("det", "nummod", "quantmod") and c.lower_ != "the" or c.dep_ == "amod" and c.lower_ in (
            "some", "many", "several", "few", "individual", "other") or strict and c.dep_ in ("amod", "compound", "nmod")
                   for c in token.children)  # "some peers": not all
        if chamber and token.tag_ in ("NNS", "NNPS") and not some and not self.index.quoted[token.i] \
                and f"org:{chamber}" in self.index.kind:
            return f"org:{chamber}"
        return ""

    def actor(self, token, places: bool = False) -> str:
        """The person or body a noun phrase stands for: a name, a pronoun, "its", or "Labour figures"."""
        if self.index.quoted[token.i]:
            return ""
        key = self.index.entity_of(token)  # "the force": a police force, never its staff association
        if not key or key.startswith(PLACEHOLDER_PREFIX):
            key = _detached_name(token, self.index) or _name_after_complement(token, self.index) or key
        if not key and _age_epithet(token):
            key = self.index.antecedent(token, "")  # "The 52-year-old criticised Y": the person just spoken of
        if not key and token.lower_ in ("government", "governments") and token.tag_ == "NN":
            key = self._government(token)
        if not key and token.lower_ == "ministers" and not any(
                c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in token.children):
            key = self._government(token)  # "Ministers were defeated": the government, collectively
        if not key and token.lower_ == "it":
            key = self._body_it(token)
        if not key and token.lower_ == "they":
            key = self._body_they(token)
        if not key and token.lower_ in ("he", "she"):
            key = self._lone_person(token)
        if not key and token.lower_ in ("its", "their", "his") and token.dep_ == "poss":
            key = self._possessive_pronoun(token)
            if not key and token.lower_ == "his":  # "his review", with no subject of its own clause to bind it
                key = self.index.antecedent(token, "m")
        if not key and token.lemma_.lower() in event_nouns():
            key = self.host(token)
        if not key and token.lower_ in act_nouns() and token.dep_ in ("dobj", "pobj"):
            # "attacked the minister's decision": judging someone's act is judging them
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            key = self.index.entity_of(owner) if owner is not None else ""
            if not key and owner is not None and owner.lower_ in ("his", "its", "their"):
                key = self.actor(owner)  # "criticised his leadership": whoever "his" is bound to
        if key and self.index.kind.get(key) == "place" and not places:
            return ""
        return "" if one_member_of(self.index, token, key) else key

    def untitled_in_headline(self, token, key: str) -> bool:
        """"Commissioner's plan …" opening the story: a bare title before anyone is named may be any
        holder of it; the person it was resolved to is a guess."""
        return token.sent.start == 0 and key in self.person_names and token.lower_ not in self.person_names[key]

    def host(self, token) -> str:
        """"spoke at the Federation's conference", "addressed a Labour rally": the body holding the event."""
        for child in token.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                key = self.index.entity_of(child) or next(
                    (self.index.entity_at[t.i] for t in child.subtree if t.i in self.index.entity_at), "")
                if key and self.index.kind.get(key) == "organization":
                    return key
        return ""

    def _government(self, token) -> str:
        """"the government": the one government body of the article, or the latest one named before."""
        if len(self.governments) == 1:
            return self.governments[0]
        before = [key for i, key in self.index.org_mentions if i < token.i and key in self.governments]
        return before[-1] if before else ""

    def _body_it(self, token) -> str:
        """"Kent Police was inspected. It was criticised by Y", "Y said it had failed": "it" as a subject is the
        body last spoken of as a subject (in its own sentence or the one before), when nothing else "it" could
        be comes between (a singular thing with a determiner, another body, another "it").

        Three readers bind a subject "it" to the sentence before, each on purpose its own way: this one (a
        body, any verb; persons skipped), `_policy_subjects` (a policy: any policy word before it in its own
        sentence, and for a passive "it" the one policy the sentence before names anywhere) and quotes'
        `_body_speaking_before` (only before a speech verb, "they" too; clause verbs, not subjects, are
        walked; a speaking "it" is followed back; a written work speaks for its author). `MentionIndex.entity_of`
        tries the last before this one. One shared walk would change what each of them finds."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "be" \
                or verb.lemma_.lower() in word_class("raising_verb") or token.i in self.policy_at:
            return ""  # "it is clear that", "it emerged that": nothing is meant
        subjects = self._subjects_up_to(token)
        for subject in reversed(subjects):
            key = self.index.entity_of(subject) if subject.lower_ != "it" else ""
            if self.index.kind.get(key) == "person":
                continue  # "Y said it had failed": "it" is no person
            if self.index.kind.get(key) != "organization" or subject.tag_ in ("NNS", "NNPS"):
                return ""
            for t in self.index.doc[subject.i + 1:token.i]:
                other = self.index.entity_at.get(t.i, "")
                if other and other != key and self.index.kind.get(other) != "person" or t.lower_ in ("it", "this") \
                        or t.tag_ == "NN" and not other and any(c.dep_ in ("det", "poss") for c in t.children):
                    return ""  # "X launched a scheme. It …": the scheme, perhaps
            return key
        return ""

    def _subjects_up_to(self, token) -> list:
        """The subjects a pronoun may take up, in order: the main clause's of the sentence before, then those of
        its own sentence before it."""
        sent = token.sent
        subjects = [t for t in sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")]
        if sent.start > 0:
            before = self.index.doc[sent.start - 1].sent
            subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")] + subjects
        return subjects

    def _body_they(self, token) -> str:
        """"Kent Police have opened an inquiry. They are investigating Y": a subject "they" is the body last spoken
        of as a subject (in its sentence or the one before) when the writer gave that body a plural verb or none
        that shows its number ("Kent Police has …" would go on with "it"), and no plural noun, other body or
        person comes between ("Kent Police arrested two men. They …": the men)."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() in word_class("raising_verb") or token.i in self.policy_at:
            return ""
        subjects = self._subjects_up_to(token)
        if not subjects:
            return ""
        subject = subjects[-1]
        key = self.index.entity_of(subject) if subject.lower_ not in ("it", "they") else ""
        if self.index.kind.get(key) != "organization" or self.index.quoted[subject.i]:
            return ""
        head = subject.head
        shown = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if any(t.tag_ == "VBZ" or t.lower_ in ("was", "has", "is") for t in shown):
            return ""  # "Kent Police has opened an inquiry": one body, said to be "it"
        for t in self.index.doc[subject.i + 1:token.i]:
            other = self.index.entity_at.get(t.i, "")
            if other and other != key or t.tag_ in ("NNS", "NNPS") and not other or t.lower_ in ("they", "them"):
                return ""
            if not other and t.tag_ == "NN" and t.lemma_.lower() in word_class("collective_noun"):
                return ""  # "Kent Police praised the crew. They accused X": the crew may be "they" too
        return key

    def _body_object(self, token) -> str:
        """"Kent Police was inspected. Jane Roe accused it of failing victims": "it" ("them") where only a person or
        body can stand (the object of "accuse", "urge", "meet") is the body last spoken of as a subject, in its
        sentence or the one before, when nothing else it could be comes between (a thing with a determiner,
        another body, another pronoun; for "them", any plural, or a body given a singular verb)."""
        if token.lower_ not in ("it", "them") or token.dep_ not in ("dobj", "dative", "pobj") \
                or self.index.quoted[token.i]:
            return ""
        subjects = self._subjects_up_to(token)
        for subject in reversed(subjects):
            key = self.index.entity_of(subject) if subject.lower_ not in ("it", "they") else ""
            if self.index.kind.get(key) == "person":
                continue  # "Jane Roe accused it": the one acting is no body "it" could be
            if self.index.kind.get(key) != "organization" or self.index.quoted[subject.i]:
                return ""
            shown = [subject.head] + [c for c in subject.head.children if c.dep_ in ("aux", "auxpass")]
            if token.lower_ == "it" and subject.tag_ in ("NNS", "NNPS") or token.lower_ == "them" and any(
                    t.tag_ == "VBZ" or t.lower_ in ("was", "has", "is") for t in shown):
                return ""
            for t in self.index.doc[subject.i + 1:token.i]:
                other = self.index.entity_at.get(t.i, "")
                if other and other != key and self.index.kind.get(other) != "person" \
                        or t.lower_ in ("it", "this", "they", "them") \
                        or token.lower_ == "it" and t.tag_ == "NN" and not other and any(
                            c.dep_ in ("det", "poss") for c in t.children) \
                        or token.lower_ == "them" and t.tag_ in ("NNS", "NNPS") and not other:
                    return ""
            return key
        return ""

    def _lone_person(self, token) -> str:
        """"The report was sent to Jane Roe before she criticised Y": a subject "he"/"she" the reader's salience
        leaves unclear (the person is no subject where named) is still the one person its sentence names before
        it, when that person's sex is known to fit and no one else, named or by an unnamed title, is spoken of in
        that sentence or the one before (nor as a possessor: "Jane Roe's deputy said she …" may be the deputy)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return ""
        sex = {"he": "m", "she": "f"}[token.lower_]
        sent = token.sent
        start = self.index.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        fits = [(i, key) for i, _, key in self.index.person_mentions if start <= i < token.i
                and self.index.sex.get(key, "") in ("", sex)]  # "Tom Hale met Jane Roe … she": he is ruled out
        keys = {key for _, key in fits}
        if len(keys) != 1 or not any(i >= sent.start for i, _ in fits):
            return ""
        key = keys.pop()
        if key.startswith(PLACEHOLDER_PREFIX) or self.index.sex.get(key) != sex \
                or any(self.index.doc[i].dep_ == "poss" for i, _ in fits):
            return ""
        unnamed = word_class("person_noun") | word_class("epithet_noun") | word_class("spokesperson")
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in unnamed and t.i not in self.index.entity_at
               for t in self.index.doc[start:token.i]):
            return ""  # "A woman who lives next to Jane Roe said she …": the woman, perhaps
        return key

    def _possessive_pronoun(self, token) -> str:
        """"its"/"their"/"his" bound by the subject of its own clause ("the force cut its budget")."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        for _ in range(3):  # "X said its plan would …", "X used it for reporting progress on its campaign"
            if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i or not (
                    verb.dep_ == "ccomp" and subject is not None and token.i in {t.i for t in subject.subtree}
                    or verb.dep_ == "pcomp" and subject is None):
                break
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # only a clause's own subject: "criticised Y, saying its X …" may mean Y's X
        if subject is None or subject.i == token.i or subject.i > token.i:
            return ""
        key = self.index.entity_of(subject)
        wanted = "person" if token.lower_ == "his" else "organization"
        if wanted == "person" and self.index.sex.get(key, "m") != "m":
            return ""  # "Jane Roe criticised his leadership": a woman's clause does not bind "his"
        return key if key and self.index.kind.get(key) == wanted else ""


def _detached_name(token, index: MentionIndex) -> str:
    """"met the minister for crime, Tom Hale, and …": a person's name set after a comma behind a title that the
    parser hung from the verb instead (npadvmod) still names the one the title stands for."""
    if token.pos_ not in ("NOUN", "PROPN") or not index.entity_at.get(token.i, PLACEHOLDER_PREFIX).startswith(
            PLACEHOLDER_PREFIX) or not any(c.dep_ == "det" for c in token.children):
        return ""
    if token.dep_ == "pobj" and token.head.lower_ in ("after", "before", "since", "until", "as", "while"):
        return ""  # "… after the home secretary, X, indicated …": a clause read as a phrase, not X acted on
    doc = token.doc
    end = token.right_edge.i if token.right_edge.text == "," else token.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return ""
    key = index.entity_at.get(end + 1, "")
    name = doc[end + 1]
    while name.head.i != name.i and index.entity_at.get(name.head.i) == key:
        name = name.head
    fragment = name.dep_ == "ROOT" and name.i > token.i and name.sent.end <= name.i + 3  # a name left as a root
    if not key or index.kind.get(key) != "person" or not fragment and (name.dep_ not in ("npadvmod", "dep") or
                                                                       name.head.i not in (token.head.i,
                                                                                           token.head.head.i)):
        return ""
    return key


def _age_epithet(token) -> bool:
    """"The 52-year-old", "the 70-year-old": a reporter's epithet for the person just named."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "the"
                                                           for c in token.children):
        return False
    words = "".join(t.text for t in token.doc[token.left_edge.i:token.i + 1] if t.dep_ != "det")
    return bool(EPITHET_AGE.fullmatch(words))


def _name_after_complement(token, index: MentionIndex) -> str:
    """"met the chief constable of Kent Police, Jane Roe": the parser sets the name beside the body that closes
    the title; the name still stands for the title."""
    if token.pos_ not in ("NOUN", "PROPN") or not index.entity_at.get(token.i, PLACEHOLDER_PREFIX).startswith(
            PLACEHOLDER_PREFIX) or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return ""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            if index.kind.get(index.entity_at.get(body.i, "")) not in ("organization", "place"):
                continue
            for name in (c for c in body.children if c.dep_ == "appos" and c.i > body.i
                         and index.doc[c.left_edge.i - 1].text == ","):
                key = index.entity_at.get(name.i, "")
                if index.kind.get(key) == "person":
                    return key
    return ""


def _inside_relative(token, top, small_clauses: bool = False) -> bool:
    """"the officers who used X", "asbos replaced with X": X is inside a clause hanging from `top`."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "relcl" or small_clauses and token.dep_ == "acl" and token.tag_ == "VBN" \
                and token.head.i == top.i:
            return True
        if token.dep_ in ("pcomp", "acl") and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return True  # "an assessment of how the powers would work": the powers are assessed, not wanted
        token = token.head
    return False


def _government_keys(doc, index: MentionIndex) -> set[str]:
    """Entities mentioned by a name ending in "Government" ("HM Government", "the Scottish Government")."""
    keys = set()
    for i, key in index.org_mentions:
        j = i
        while j + 1 < len(doc) and index.entity_at.get(j + 1) == key:
            j += 1
        if doc[j].lower_ == "government":
            keys.add(key)
    return keys


def _conjuncts(token) -> list:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    for i in _companions(token.doc).get(token.i, ()):
        out.extend(_conjuncts(token.doc[i]))
    return out


def _companions(doc) -> dict[int, tuple[int, ...]]:
    """Names a `companion` construction sets beside a subject as doing what it does ("X, along with Y,
    criticised Z": Y criticised Z too), by the subject's token; found once per doc."""
    found = doc.user_data.get("graphbuild_companions")
    if found is None:
        pairs: dict[int, list[int]] = {}
        for match in patterns.find(doc, "relation"):
            head, companion = match.slots.get("head"), match.slots.get("companion")
            if match.yields.get("read") == "companion" and head != companion and companion < match.slots.get(
                    "verb", len(doc)):  # "X criticised Y, along with Z" leaves it open who Z goes with
                pairs.setdefault(head, []).append(companion)
        found = doc.user_data["graphbuild_companions"] = {k: tuple(v) for k, v in pairs.items()}
    return found


def _objects(verb, rule: VerbRule) -> list:
    """Tokens that fill the object slot of `verb` under `rule`."""
    if rule.particle:
        *inner, last = rule.particle.split()
        heads = [verb]
        for word in inner:  # "hit out at", "throw weight behind": each inner word hangs from the verb
            child = next((c for c in verb.children if c.lower_ == word and c.dep_ in ("prt", "advmod", "dobj", "prep")),
                         None)
            if child is None:
                return []
            heads.append(child)
        out = []
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == last:
                    out.extend(c for c in child.children if c.dep_ == "pobj")
                if child.lower_ == last and (child.dep_ == "prt" or child.dep_ == "prep" and not any(
                        g.dep_ == "pobj" for g in child.children)):  # "put in a claim": a particle parsed as a preposition
                    out.extend(c for c in verb.children if c.dep_ == "dobj")
        if not out and any(c.dep_ == "auxpass" for c in verb.children):  # "the bill was voted against"
            out = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("which", "that", "who")]
        return out
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        head = verb.head  # "the reforms introduced by X"
        if head.dep_ == "appos" and head.lemma_.lower() in word_class("apposed_act"):
            # "… creates a new offence of X, a measure welcomed by Y": the phrase just before the comma
            before = head.left_edge.i - 1
            if before > 0 and head.doc[before].text == "," and head.doc[before - 1].pos_ in ("NOUN", "PROPN"):
                return [head.doc[before - 1]]
            return [head.head]
        return [head]
    if _passive(verb):
        subjects = [c for c in (verb if any(c.dep_ == "auxpass" for c in verb.children) else verb.head).children
                    if c.dep_ == "nsubjpass"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that", "who") for c in subjects):
            return [verb.head]  # "the reforms, which were introduced by X"
        return subjects or _implicit_undergoer(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    objects = [_relative_antecedent(verb) if o.lower_ in ("which", "that") else o for o in objects]
    objects = [o for o in objects if o is not None] or _gapped_object(verb)
    if not objects and rule.object == "policy":
        objects = [c for c in verb.children if c.dep_ == "xcomp"]  # "promised to cut taxes"
    if not objects and rule.object == "policy" and rule.cls in CLAUSE_CLASSES:
        objects = _clause_policies(verb)
    return objects


HEAD_ONLY_CLASSES = {"subject", "fund_policy"}  # "faces cuts", not "suffered defeats over the bill"; "fund
# officers investigating X" backs no X
CLAUSE_CLASSES = {"announce", "propose", "demand"}  # "announced that £270m would be raised through X"


def _small_clause(noun):
    """"wanted asbos replaced": a participle saying what should happen to the object."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def _small_clause_stances(participle, noun, targets: _Targets) -> list[tuple[str, str]]:
    """The object wished scrapped is opposed, one wished introduced proposed, a replacement called for."""
    out = []
    rules = verb_rules().get(participle.lemma_.lower(), ())
    policy = targets.policy_at.get(noun.i, "")
    for rule in rules:
        if rule.object != "actor" and policy and INTENDED.get(rule.property):
            out.append((policy, INTENDED[rule.property]))
        if rule.cls in ("succeed", "scrap"):
            for prep in (c for c in participle.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")):
                out.extend((key, "callsFor") for g in prep.children if g.dep_ == "pobj"
                           for key in targets.policies_in(g))
    return list(dict.fromkeys(out))


def _included(token, targets) -> list:
    """"criticised by campaigners including X and Y": a doer named as a group that is no actor of its own
    acts through the members the text lists for it ("including", "such as"), or names as among them ("X is
    among those who condemned it")."""
    if targets.of(token, "actor"):
        return []
    out = []
    if token.lemma_.lower() in word_class("written_work"):
        # "A letter signed by X calls for the levy to be scrapped": the writing says what its signer says
        out += [a for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for ag in c.children if ag.dep_ == "agent" for g in ag.children if g.dep_ == "pobj"
                for a in _conjuncts(g)]
    if token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_ == "be":
        # "X is among those who have condemned the levy": X is one of them
        out += [a for c in token.head.head.children if c.dep_ == "nsubj" for a in _conjuncts(c)]
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "including" or c.dep_ == "prep" and c.lower_ == "as" \
                and any(g.lower_ == "such" for g in c.children):
            out += [a for g in c.children if g.dep_ == "pobj" for a in _conjuncts(g)]
    return out


def _relative_antecedent(verb):
    """"the offer, which the government wants to introduce": the noun a relative object stands for; a
    relative clause coordinated with another ("the levy, which she backs and which the party rejects") hangs
    on the first one's noun."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        if verb.dep_ == "conj" and verb.head.dep_ not in ("relcl", "xcomp", "conj"):
            return None  # "X said the levy was unfair and Y rejects which …": no relative clause above
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else None


def _gapped_object(verb) -> list:
    """"criticised the force Jane Roe leads", "the man she appointed": a relative clause with no relative word
    and no object of its own has its object in the noun it hangs from."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass") or c.lower_ in (
                "who", "whom", "which", "that", "whose", "when", "where", "why") for c in verb.children):
        return []
    return [verb.head]


FUTURE_AUX = {"will", "would", "shall", "should", "must", "could", "can", "may", "might", "'ll", "is", "are"}


def _clause_policies(verb) -> list:
    """Nouns inside the verb's complement clause, reached without crossing another finite clause.

    Only a clause about what will or should happen ("announced that £270m would be raised through X"),
    not one reporting what did ("revealed that forces conducted X").
    """
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"is", "are"} and "to" not in auxes:
            auxes -= {"is", "are"}  # "is to be raised" is planned; "is facing a cut" is what happens now
        if not (auxes & FUTURE_AUX or clause.tag_ in ("VB", "VBN") and not auxes):  # "wanted X replaced"
            continue
        for token in clause.subtree:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "nmod", "poss"):
                continue
            node, ok = token, True
            while node.i != clause.i:
                node = node.head
                if node.i != clause.i and node.pos_ in ("VERB", "AUX") and node.dep_ in (
                        "ccomp", "relcl", "advcl", "conj", "csubj", "parataxis"):
                    ok = False
                    break
            if ok:
                out.append(token)
    return out


def _passive(verb) -> bool:
    """"was backed by X but opposed by Y": a participle joined to a passive verb is passive too."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children) or _bare_passive_clause(verb)


def _bare_passive_clause(verb) -> bool:
    """"When questioned by X, Y said": a participle with an agent and no subject of its own, set before or after
    its clause, is passive ("as expected by X" compares, and is left alone)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and not any(c.dep_ == "mark" and c.lower_ in ("as", "than", "if", "unless") for c in verb.children)


def _implicit_undergoer(verb) -> list:
    """Who a passive with no subject of its own befalls: the subject of the clause it hangs from. "X resigned
    after being criticised by Y", "When questioned by Y, X said", "X quit, having been sacked by Y" (X was
    criticised, questioned, sacked); "X criticised Z and was criticised by Y" (X). Only a subject that is named
    in its clause, never one climbed to further up."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.dep_ == "acl":
        return []
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("after", "before", "despite", "since",
                                                                                 "following", "upon", "on", "for"):
        host = verb.head.head
    elif verb.dep_ in ("advcl", "conj"):
        host = verb.head
    else:
        return []
    if host.pos_ not in ("VERB", "AUX"):
        return []
    found = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")] or [
        s for s in (_stranded_subject(host),) if s is not None]
    found = [s.head.head if s.lower_ in ("who", "which", "that") and s.head.dep_ == "relcl" else s for s in found]
    return [s for s in found if s.pos_ in ("PROPN", "NOUN")]


def _subjects(verb) -> list:
    if _passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "criticised by X and by Y", "by X as well as by Y": a second "by" joined to the first names another agent
        agents = [g for c in verb.children if c.dep_ == "agent" for b in c.subtree
                  if b.i == c.i or b.lower_ == "by" and b.dep_ in ("agent", "conj") for g in b.children
                  if g.dep_ == "pobj"]
        if agents:
            return agents
        return []  # "Kent Police were inspected": the one acted on is not the doer
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "a statement from X thanking Y", "evidence by X praising Y": what X sent or said does X's act
        sent = [g for p in verb.head.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for g in p.children if g.dep_ == "pobj"] if verb.head.pos_ == "NOUN" else []
        return sent or [verb.head]  # "X, speaking at Y, said ..."
    if verb.dep_ == "xcomp" and _controller(verb) is not None or _for_doer(verb) is not None:
        return []  # "urged the Lords to reject it", "pushed for X to resign": X would, nobody has yet
    appointee = _appointee(verb)
    if appointee is not None:
        return [appointee]
    subject = subject_of(verb)
    if subject is None:
        subject = _stranded_subject(verb)
    if subject is not None and subject.lower_ in ("who", "which", "that") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "X, who has promised to …", "X, who was appointed to replace Y": X
    if subject is None:
        return []
    # "Two former ministers, A and B, attacked it": the subject stands for A, and B is named beside A
    named = [c for c in subject.children if c.dep_ == "appos"]
    # "A, B and C criticised it": a list of three names that the parser read as A with an apposition "B and C"
    listed = [a for a in named if subject.pos_ == "PROPN" and a.pos_ == "PROPN" and len(_conjuncts(a)) > 1]
    # "Several forces, including A and B, criticised it": the members named do it
    members = [g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("including", "includes")
               and subject.tag_ in ("NNS", "NNPS") for g in p.children if g.dep_ == "pobj"]
    return [subject] + listed + [c for a in named for c in _conjuncts(a)[1:]] \
        + [c for m in members for c in _conjuncts(m)]


def _stranded_subject(verb):
    """"While visiting Kent Police, Jane Roe criticised Y": the parser may hang the name after the fronted clause's
    comma on that clause's object as an apposition, leaving the main verb with no subject; the name right before
    the verb is its subject. So after a fronted phrase: "In a letter to Tom Hale, Jane Roe said"."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                         for c in verb.children):
        return None
    fronted = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < verb.i]
    for clause in fronted:
        for t in clause.subtree:
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i == verb.i - 1 \
                    and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                return t
    return None


def _appointee(verb):
    """"X appointed Y in May, replacing Z": the one appointed replaces Z, not the one appointing."""
    rules = verb_rules()
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(r.cls == "succeed" for r in rules.get(verb.lemma_.lower(), ())) \
            or not any(r.cls == "appoint" for r in rules.get(verb.head.lemma_.lower(), ())):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _urging(verb) -> bool:
    """Does the verb ask someone to act ("urged", "called on", "pressed", "asked")?"""
    lemma = verb.lemma_.lower()
    return lemma in word_class("urging_verb") or any(r.cls in ("urge", "demand") for r in verb_rules().get(lemma, ()))


def _controller(xcomp):
    """The object that controls an infinitive ("urged the Lords to ...", "called on X to ..."), if any."""
    head = xcomp.head
    for child in head.children:
        if child.dep_ in ("dobj", "dative") and child.i < xcomp.i:
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < xcomp.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "for" and child.i < xcomp.i and _for_party(child, xcomp):
            # "asked for the Home Office to fund it": the party named after "for" would act, not the asker
            return next(g for g in child.children if g.dep_ == "pobj")
    return None


def _for_doer(verb):
    """"pushed for X to join Y" parsed as a purpose clause (advcl): X, named after "for", is the one who would."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
                 and _for_party(c, verb)), None)
    return next(g for g in prep.children if g.dep_ == "pobj") if prep is not None else None


def _for_party(prep, xcomp) -> bool:
    """Is "for X" before an infinitive its doer ("pressed for the council to act"), not a time or a thing sought
    ("fought for years to win it", "asked for permission to search")? A named or personal party, right before it."""
    party = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if party is None or party.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
        return False
    if party.i + 1 >= len(party.doc) or party.doc[party.i + 1].lower_ != "to" or party.doc[party.i + 1].head.i != xcomp.i:
        return False  # the infinitive's "to" follows the party at once
    return party.pos_ == "PROPN" or party.lower_ in ("him", "her", "them") \
        or party.lower_ in word_class("acting_party_noun") \
        or party.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _events_held(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"the Police Federation's annual conference in Harrogate": the host held it in that place
    (relatedTo, cue "conference in")."""
    for noun in doc:
        if noun.lemma_.lower() not in event_nouns() or targets.index.quoted[noun.i]:
            continue
        host = targets.host(noun)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                place = targets.index.entity_of(pobj)
                if host and place and targets.index.kind.get(place) == "place":
                    yield _relation(doc, host, "relatedTo", place, f"{noun.lemma_.lower()} {prep.lower_}", False,
                                    noun, noun, pobj, targets, paragraphs)


MODALS = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll"}


def _left_posts(doc, roles, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"The chief constable of X, Ann Lee, has resigned": quitting with no object quits the post's body.

    The post must be hers in the same sentence, or her only post with a body in the article.
    """
    rules = verb_rules()
    for verb in doc:
        if verb.pos_ != "VERB" or targets.index.quoted[verb.i] or _negated(verb) or _intended(verb) or not any(
                r.cls == "resign" for r in rules.get(verb.lemma_.lower(), ())):
            continue
        if any(c.dep_ in ("dobj", "prep", "agent") and c.lower_ not in ("after", "amid", "over", "following", "in",
                                                                         "on", "at", "with")
               for c in verb.children):
            continue  # "resigned from X", "left the force": the verb rules read those
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            continue  # "will resign next year": not yet
        for subj_token in (s for subj in _subjects(verb) for s in _conjuncts(subj)):
            person = targets.actor(subj_token) or next(  # "the chief constable of X, Ann Lee, has resigned"
                (r.person for r in roles if r.evidence and r.evidence.start <= subj_token.idx < r.evidence.end), "")
            posts = [r for r in roles if r.person == person and r.organisation and not r.qualifier]
            here = [r for r in posts if r.evidence and r.evidence.sentence_start == verb.sent.start_char]
            bodies = {r.organisation for r in (here or posts)}
            if len(bodies) == 1:
                yield _relation(doc, person, "resignedFrom", bodies.pop(), verb.lemma_.lower(), False, verb,
                                subj_token, verb, targets, paragraphs)


FOR_THE_PROPOSAL = {"proposes", "introduced", "backs", "callsFor", "votedFor"}


def _acted_on(noun, targets: _Targets) -> dict[str, str]:
    """Policies a noun's "to"-clause acts on ("an amendment to scrap X"), each with what backing the noun
    means for it: the clause's act, as planned ("scrap" -> opposes). "" where the act is no stance."""
    out: dict[str, str] = {}
    lex, lemma = lexicon(), noun.lemma_.lower()
    if noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and noun.doc[noun.i - 2].lower_ == "u":
        lemma = "u-turn"  # split by the tokenizer
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        # "a ban on X", "the scrapping of X": calling for the act is opposing X; "tighter rules on X",
        # "a review of X", "the devolution of X": neither for nor against X
        rules = [r for r in (*lex.get("noun", {}).get(lemma, ()), *lex.get("restrict", {}).get(lemma, ()))
                 if r.particle == prep.lower_ and r.object != "actor" and r.cls in ("scrap", "restrict", "change")]
        for t in prep.subtree if rules else ():
            key = targets.policy_at.get(t.i)
            if key and key not in out and key != targets.policy_at.get(noun.i):
                out[key] = "opposes" if rules[0].cls == "scrap" else ""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        rule = next((r for r in verb_rules().get(clause.lemma_.lower(), ()) if r.object != "actor"), None)
        for t in clause.subtree:
            key = targets.policy_at.get(t.i)
            if key and key not in out and t.i != clause.i and key != targets.policy_at.get(noun.i):
                out[key] = INTENDED.get(rule.property, rule.property) if rule is not None else ""
    return out


def _part_of(obj_token, key: str, targets: _Targets) -> bool:
    """"a range of measures in the bill", "parts of the bill": the policy is what the object is a part of."""
    token = next((t for t in obj_token.subtree if targets.policy_at.get(t.i) == key), None)
    while token is not None and token.i != obj_token.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.head.lemma_.lower() in word_class("part_noun") \
                and targets.policy_at.get(token.head.i) != key:
            return True
        token = token.head
    return False


def _against(obj_token, key: str, targets: _Targets) -> bool:
    """"a petition against the cuts", "a campaign against X" (no policy itself): what the object opposes."""
    token = next((t for t in obj_token.subtree if targets.policy_at.get(t.i) == key), None)
    while token is not None and token.i != obj_token.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "against" and targets.policy_at.get(token.head.i) != key:
            return True
        token = token.head
    return False


def _content_act(token, clause, prop: str) -> str:
    """What backing a measure "which would scrap X" means for X: the act of X's own verb in the clause, as a
    proposal (opposes X); rejecting it, or an act that is no stance ("give officers powers to stop and
    search"), says only that the vote concerned X (relatedTo)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.i != clause.i and verb.head.i != verb.i:
        verb = verb.head
    rule = next((r for r in verb_rules().get(verb.lemma_.lower(), ()) if r.object != "actor"), None)
    act = INTENDED.get(rule.property, rule.property) if rule is not None else ""
    return act if prop in FOR_THE_PROPOSAL and act else "relatedTo"


def _wished(verb, rules) -> bool:
    """Is the verb's clause what someone demands or urges ("demanded that the government publish X")?"""
    return verb.dep_ == "ccomp" and any(r.cls in ("demand", "urge") for r in rules.get(verb.head.lemma_.lower(), ()))


INTENDING_MODALS = frozenset(("will", "would", "shall", "'ll", "’ll"))
POSSIBLE = frozenset(("may", "might", "can", "could"))


def _intended(verb) -> bool:
    """Is the act only planned, promised or demanded ("plans to scrap", "is to scrap", "vowed to end")?"""
    rules = verb_rules()
    if any(c.dep_ == "aux" and c.lower_ in INTENDING_MODALS for c in verb.children):
        return True  # "Labour would introduce X": promised, not done
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma in ("be", "vote") or any(r.property in ("proposes", "callsFor") for r in rules.get(lemma, ())):
            return True
    return False


INTENDED = {"introduced": "proposes", "scrapped": "opposes", "votedFor": "backs", "subjectTo": ""}
# what the doer itself plans ("the force's plans would mean removing X", "vowed to scrap X", "is to kill off
# X") is its act, planned (gb:scrapped, like gb:cuts, covers the plan): scrapping or cutting is no stance, so
# never "opposes"; only a wish for others to do it, a vote or a proposal for it is one (INTENDED)
PLANNED = {**INTENDED, "scrapped": "scrapped"}


def _meant(verb) -> bool:
    """"wants to sack X", "hopes to appoint X", "was allowed to criticise X": an act wished, planned or
    permitted (`intention_verb`), not one done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in word_class("intention_verb")


def _voted_or_wished(verb) -> bool:
    """"voted to scrap X", "campaigned to scrap X": the act is a chamber's vote or a wish, not the
    subject's own plan ("vowed to scrap X", "is to scrap X", "will scrap X")."""
    rules = verb_rules()
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma == "vote" or any(r.property == "callsFor" for r in rules.get(lemma, ())):
            return True
    return False


def one_member_of(index: MentionIndex, token, key: str) -> bool:
    """"The former Cabinet minister added": a singular member noun resolved to a body is one member, not the
    body ("Labour figures" are the body; "a Home Office spokesman" speaks for it)."""
    return index.kind.get(key) == "organization" and token.i not in index.entity_at and token.tag_ == "NN" \
        and token.lemma_.lower() in member_nouns() and token.lower_ not in word_class("spokesperson")


def extract_relations(
    doc, entities: list[Entity], policies: list[Policy], quotes: list[Quote], *, index: MentionIndex,
    paragraphs: Paragraphs, roles: tuple[Role, ...] | list[Role] = (),
) -> Iterator[Relation]:
    """Stances and relations the lexicon reads, then a neutral link for each actor the grammar ties to a
    policy in no other way ("X ordered the review", "the review led by Y")."""
    targets = _Targets(doc, index, policies, entities)
    references = list(_policy_references(doc, targets)) + list(_policy_subjects(doc, targets))
    for ref, key in references:  # "condemned the changes", "it was criticised": read as the policy they stand for
        targets.policy_at.setdefault(ref.i, key)
        targets.policy_start.setdefault(ref.i, ref.idx)
    found = list(_lexical_relations(doc, entities, policies, quotes, targets, paragraphs, roles))
    yield from found
    linked = {pair for r in found for pair in ((r.subject, r.object), (r.object, r.subject))}
    # "X did not back the devolution of Y": the negated stance on the devolution is what the verb says; a
    # negated neutral link to Y through it ("not related to Y") would say something else
    refused = {(r.subject, r.cue, r.evidence.sentence_start) for r in found if r.negated and r.evidence is not None
               and r.predicate not in ("relatedTo", "commentsOn")}
    for relation in _policy_participants(doc, policies, targets, paragraphs, references):
        if relation.negated and relation.evidence is not None and (
                relation.subject, relation.cue.split(" ")[0], relation.evidence.sentence_start) in refused:
            continue
        if (relation.subject, relation.object) not in linked:
            linked.update({(relation.subject, relation.object), (relation.object, relation.subject)})
            yield relation
    for relation in chain(_act_judged_before(doc, targets, paragraphs), _answered_before(doc, targets, paragraphs)):
        if (relation.subject, relation.object) not in linked:
            linked.update({(relation.subject, relation.object), (relation.object, relation.subject)})
            yield relation


def topic_relations(doc, entities: list[Entity], policies: list[Policy], known, *, index: MentionIndex,
                    paragraphs: Paragraphs, quotes: list[Quote] | tuple[Quote, ...] = ()) -> Iterator[Relation]:
    """The weakest reading, run after every other: an actor tied to the story's topic (`_headline_topic`) when
    nothing else ties the two, so a reader that says how they are tied ("stood in the election") wins."""
    targets = _Targets(doc, index, policies, entities)
    for ref, key in list(_policy_references(doc, targets)) + list(_policy_subjects(doc, targets)):
        targets.policy_at.setdefault(ref.i, key)
        targets.policy_start.setdefault(ref.i, ref.idx)
    linked = {frozenset((r.subject, r.object)) for r in known}
    related = {key for r in known for key in (r.subject, r.object)}
    for relation in chain(_headline_topic(doc, targets, paragraphs, policies, quotes),
                          _unrelated_actors(doc, targets, paragraphs, related)):
        pair = frozenset((relation.subject, relation.object))
        if pair not in linked:
            linked.add(pair)
            yield relation


def _unrelated_actors(doc, targets: _Targets, paragraphs, related: set[str]) -> Iterator[Relation]:
    """"The motion returns to the council chamber next week", "The committee met as the levy came into force": a
    person or body that no reading ties to anything, named (outside quotation marks) in a sentence naming one or
    two policies, is party to them (neutral gb:relatedTo, the sentence's main verb as cue). Not so: a name
    modifying a noun ("outside the agency's offices" is a place), a possessor ("X's photograph was printed beside
    a story on the levy": the photograph is no act of X's), a name set apart by "not"/"neither"/"nor"
    (`negating_word`: "the council, not X, will decide"), a word of the policy's own name, a name inside an
    adverbial clause ("once the assembly is back from its summer break": the occasion, not the act), a relative
    clause ("shoppers in Leeds, where X lives, face the levy": a description of a noun), one only compared ("like
    X", "than X") or in another of the sentence's coordinated main clauses, the one a statement is made to, a post
    standing for no one yet, nor a policy only supposed ("would act if the levy is scrapped")."""
    for sent in doc.sents:
        named = sorted({targets.policy_at[t.i] for t in sent if t.i in targets.policy_at
                        and not targets.index.quoted[t.i] and not _hypothetical(_clause_verb(t))})
        if not 1 <= len(named) <= 2:
            continue  # "X would act if the levy is scrapped": a policy only supposed names nothing X is party to
        branches = {_main_branch(t) for t in sent if t.i in targets.policy_at and targets.policy_at[t.i] in named}
        for token in sent:
            if token.pos_ not in ("PROPN", "NOUN", "PRON") or token.dep_ == "compound" \
                    or token.i in targets.policy_at or targets.index.quoted[token.i] \
                    or any(a.dep_ in ("advcl", "relcl") for a in token.ancestors) or _addressee(token) \
                    or _main_branch(token) not in branches \
                    or token.dep_ == "pobj" and token.head.lower_ in SKIPPED_PREPOSITIONS \
                    or token.dep_ == "poss" or _set_apart_by_negation(token):
                continue  # "The levy will be reviewed, and the council named X as its leader": another act;
                # "like X, Y said nothing about the levy": X is only compared
            actor = targets.actor(token)
            if not actor or actor in related or actor.startswith(PLACEHOLDER_PREFIX) \
                    or targets.index.kind.get(actor) == "place" \
                    or "MediaOrganization" in targets.index.types.get(actor, ()):
                continue
            for key in named:
                yield _relation(doc, actor, "relatedTo", key, sent.root.lemma_.lower(), False, sent.root, token,
                                token, targets, paragraphs)


def _set_apart_by_negation(token) -> bool:
    """"The council, not Kent Police, will decide", "neither X nor Y": a name right after a negating word
    (`negating_word`), or with one before it among its own words, is said not to act."""
    words = word_class("negating_word")
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].lower_ in words \
        or any(c.i < token.i and c.dep_ in ("neg", "preconj") and c.lower_ in words for c in token.children)


def _main_branch(token) -> int:
    """Which of the sentence's coordinated main clauses holds a token (the index of that clause's verb)."""
    node = token
    while node.head.i != node.i and not (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
                                         and node.head.dep_ == "ROOT"):
        node = node.head
    return node.i


def _addressee(token) -> bool:
    """"The paper told X that the levy would go": the one a statement is made to (the object of a speech verb
    whose object is its addressee) is told of the policy, not party to it."""
    return token.dep_ in ("dobj", "dative") and speech_verbs().get(token.head.lemma_.lower(), False)


def _headline_topic(doc, targets: _Targets, paragraphs, policies=(), quotes=()) -> Iterator[Relation]:
    """"Council unveils parking levy" over a story whose body goes on "Shopkeepers warned that trade would suffer":
    when the headline names one policy (or two: "levy and curfew"), the story is about it, and a person or body
    the body shows acting (the subject of a main verb) in a sentence that names no policy of its own is party to
    it (neutral gb:relatedTo, the verb as cue); a news agency or paper reporting the story is not; a headline
    naming three or more is a round-up with no one topic. With no topic in the headline, the topic of such a
    sentence is the one policy the sentence before names ("The council approved a parking levy. Shopkeepers
    warned that trade would suffer"), or, when that names none, the one the sentence after names."""
    if not len(doc):
        return
    head = doc[0].sent
    cut = next((t.i for t in head if "\n" in t.text), head.end)
    named = {targets.policy_at[t.i] for t in doc[head.start:cut] if t.i in targets.policy_at
             and not targets.index.quoted[t.i]}
    if cut == head.end and head.end < len(doc):
        named = set()  # a first sentence running on in its paragraph is a lede, not a headline
    story = named if len(named) <= 2 else set()
    sents = list(doc.sents)
    for n, sent in enumerate(sents[1:], 1):
        if any(t.i in targets.policy_at for t in sent):
            continue  # a sentence naming a policy is read by the readers above
        named = story
        if not story:  # no story-wide topic: the one policy of the sentence before, if it names one
            named = {targets.policy_at[t.i] for t in sents[n - 1] if t.i in targets.policy_at
                     and not targets.index.quoted[t.i]} if n > 1 else set()
            if not named and n + 1 < len(sents):  # "X spoke out on Monday. The levy will hit shops": said next
                named = {targets.policy_at[t.i] for t in sents[n + 1] if t.i in targets.policy_at
                         and not targets.index.quoted[t.i]}
            named = named if len(named) == 1 else set()
        if not named:
            continue
        for token in sent:
            verb = token.head
            if token.dep_ != "nsubj" or verb.pos_ != "VERB" or targets.index.quoted[token.i] \
                    or not verb.text.isalpha() or _negated(verb) \
                    or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                continue  # "… when Mr X shot him": an act told as the occasion of another is no act on the topic
            for subject in _conjuncts(token):
                actor = targets.actor(subject)
                if not actor or targets.index.kind.get(actor) == "place" or _age_epithet(subject) \
                        or "MediaOrganization" in targets.index.types.get(actor, ()):
                    continue  # "The 63-year-old has since moved abroad": who a story is about, not one acting in it
                said = _attributed_quotes(verb, actor, quotes, targets) if _attribution_only(verb, targets) else []
                for key in sorted(named):
                    if said and not any(_touches(doc, q, key, policies, targets) for q in said):
                        continue  # "A spokesman for X said:" and words about something else: not party to the topic
                    yield _relation(doc, actor, "relatedTo", key, verb.lemma_.lower(), False, verb, subject, subject,
                                    targets, paragraphs)


def _attribution_only(verb, targets: _Targets) -> bool:
    """"A spokesman for the force said:" over a quote paragraph: a speech line ending in a colon, quoting
    nothing itself, whose verb says nothing of its own (no object, complement, conjunct or prepositional
    phrase; an addressee is allowed: "told the paper:"), so what was said is the quote that follows."""
    verbs = speech_verbs()
    sent = verb.sent
    words = [t for t in sent if not t.is_space]
    if verb.lemma_.lower() not in verbs or not words or words[-1].text != ":" \
            or any(targets.index.quoted[t.i] for t in sent):
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verbs[verb.lemma_.lower()] and targets.actor(child):
            continue  # the addressee: "told the paper:"
        if child.dep_ in ("ccomp", "xcomp", "dobj", "conj", "attr", "oprd", "acomp", "dative", "prep") and any(
                not t.is_punct for t in child.subtree):
            return False
    return True


def _attributed_quotes(verb, actor: str, quotes, targets: _Targets) -> list[Quote]:
    """The quote a speech line introduces: the speaker's quotes from this sentence on, up to the first quote of
    another speaker (a quote paragraph and its continuations after "X said:")."""
    start = verb.sent.start_char
    out = []
    for quote in sorted((q for q in quotes if q.evidence is not None and q.evidence.end > start),
                        key=lambda q: q.evidence.start):
        if quote.speaker != actor:
            break
        out.append(quote)
    return out


def _touches(doc, quote: Quote, key: str, policies, targets: _Targets) -> bool:
    """A quote touches a policy when it names it, refers to it ("the plans", resolved) or uses a content word
    of one of its mentions ("the offer" of a headline's "pay offer")."""
    span = doc.char_span(quote.evidence.start, quote.evidence.end, alignment_mode="expand") or []
    if any(targets.policy_at.get(t.i) == key for t in span) or quote.about == key:
        return True
    words = set()
    for policy in policies:
        if policy.key == key:
            for ev in policy.mentions:
                words |= {t.lemma_.lower() for t in doc.char_span(ev.start, ev.end, alignment_mode="expand") or []
                          if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop}
    return any(t.lemma_.lower() in words for t in span)


def _lexical_relations(doc, entities, policies, quotes, targets: _Targets, paragraphs, roles) -> Iterator[Relation]:
    index = targets.index
    rules = verb_rules()
    yield from _left_posts(doc, roles, targets, paragraphs)
    yield from _events_held(doc, targets, paragraphs)
    built = list({(r.subject, r.predicate, r.object): r
                  for r in reversed(list(_constructions(doc, targets, paragraphs)))}.values())[::-1]
    # constructions come first, so that the weak prepositional fallback yields to them either way round
    seen: set[tuple] = {pair for r in built for pair in ((r.subject, r.object, -1), (r.object, r.subject, -1))}
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or index.quoted[verb.i]:
            continue
        lemma = verb.lemma_.lower()
        negated = _negated(verb) or _denied(verb)
        intended = _intended(verb)
        if _wished(verb, rules):
            continue  # "demanded that the government publish a plan": nobody has published anything
        if _hypothetical(verb):
            continue  # "unless the Home Office backs the plan": it may never happen
        possible = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in POSSIBLE for c in verb.children)
        for rule in rules.get(lemma, ()):
            prop = ((INTENDED if _voted_or_wished(verb) else PLANNED).get(rule.property, rule.property)
                    if intended else rule.property)
            if possible and prop != "subjectTo" or _open_question(verb):
                prop = "relatedTo"  # "a precept the panel may veto": a power over it, neither an act nor a stance
            if rule.object == "actor" and (_meant(verb) or any(c.dep_ == "aux" and c.lower_ in INTENDING_MODALS
                                                              for c in verb.children)):
                prop = "relatedTo"  # "wants to sack X", "is to meet X", "was allowed to criticise X": not done
            if _for_clause(verb):
                prop = "relatedTo"  # "it would be wrong for X to sack Y", "time for X to back Y": not done
            if not prop:
                continue
            wanted = "place" if rule.property == "represents" else rule.object
            subjects = [(s, prop) for subj in _subjects(verb) for s in _conjuncts(subj)]
            subjects += [(s, prop) for s, _ in list(subjects) for s in _included(s, targets)]
            planners = [(_planner(s), PLANNED.get(rule.property, rule.property)) for s, _ in subjects]
            subjects += [(s, p) for s, p in planners if s is not None and p]
            if verb.dep_ == "xcomp" and rule.object != "actor":
                urger = _controller(verb)
                if urger is not None and _urging(verb.head):  # "X urged the Lords to reject the bill": X's
                    # stance, as a demand ("condemned the decision to abandon X" is no wish to abandon X)
                    wish = "opposes" if rule.property in ("opposes", "scrapped") else "callsFor"
                    subjects = [(s, wish) for subj in _subjects(verb.head) for s in _conjuncts(subj)]
            chamber_act = f"{lemma} {rule.particle}".strip() in word_class("chamber_act")  # "peers threw out"
            voting = rule.cls in VOTING_CLASSES or lemma == "vote" or chamber_act
            divided = not voting and rule.cls in ("support", "oppose") and _division(verb)  # "peers backed X by
            # 250 votes to 180": the chamber, in a sentence reporting its vote
            for subj_token, prop in subjects:
                subject = targets.of(subj_token, "actor") or (targets.voters(subj_token) if voting else "") or (
                    targets.voters(subj_token, strict=True) if divided else "")
                if not subject and rule.property == "oversees" and not negated:
                    yield from _examined_by_policy(doc, verb, subj_token, targets, paragraphs, seen)
                if not subject:
                    continue
                objects = _objects(verb, rule)
                inner = {t.i for t in _clause_policies(verb)} if rule.cls in CLAUSE_CLASSES else set()
                for obj_token in (o for obj in objects for o in _conjuncts(obj)):
                    aside: dict[str, str] = {}  # policies the object names that take no stance of its own
                    if obj_token.dep_ == "xcomp" or obj_token.i in inner or rule.cls in HEAD_ONLY_CLASSES \
                            or obj_token.lemma_.lower() in word_class("amending_noun"):
                        # named by the word itself, not somewhere inside its phrase: "backed an amendment to
                        # the bill" backs a change to the bill, not the bill ("an amendment to scrap X": below)
                        found = [targets.policy_at.get(obj_token.i, "")]
                        if obj_token.lemma_.lower() in word_class("amending_noun"):
                            found += list(_acted_on(obj_token, targets))
                    else:
                        found = [targets.of(obj_token, wanted) or (
                            _workforce_of(obj_token, targets) if rule.property == "represents" else "")]
                        if found[0] in targets.topic and targets.kind.get(found[0]) != "review":
                            # every policy the object names ("a total raised through X"), but "a review of
                            # police pay" is wished for, not the pay it examines
                            found = targets.policies_in(obj_token)
                            # "voted against measures in the bill": a stance on a part of it, not on the bill
                            aside = {key: "relatedTo" for key in found if _part_of(obj_token, key, targets)}
                            # "launched a petition against the cuts": the petition opposes them
                            aside.update({key: "opposes" if prop in FOR_THE_PROPOSAL else "relatedTo"
                                          for key in found if _against(obj_token, key, targets)})
                        clause = content_clause(obj_token) if rule.object != "actor" else None
                        if clause is not None:  # "turned down measures which would ban X and allow Y": a stance
                            # on the measures; X and Y only as what they would do to them says
                            own = targets.policy_at.get(obj_token.i, "")
                            for t in clause.subtree:
                                inner_key = targets.policy_at.get(t.i, "")
                                if inner_key and inner_key != own and not targets.index.quoted[t.i]:
                                    aside.setdefault(inner_key, _content_act(t, clause, prop))
                            found = list(dict.fromkeys([f for f in found if f] + list(aside)))
                    small = _small_clause(obj_token) if rule.cls in CLAUSE_CLASSES else None
                    if obj_token.i in inner and obj_token.dep_ in ("nsubj", "nsubjpass") \
                            and obj_token.head.tag_ == "VBN" and obj_token.head.head.i == verb.i \
                            and not any(c.dep_ in ("aux", "auxpass") for c in obj_token.head.children):
                        small = obj_token.head  # "wanted [the award replaced]"
                    if small is not None:  # "wanted asbos replaced with X": the wish is the event, not asbos
                        found = _small_clause_stances(small, obj_token, targets)
                    else:
                        acted = _acted_on(obj_token, targets)  # "tabled an amendment to scrap X": against X
                        found = [(o, aside[o] if o in aside else acted[o] if o in acted else prop) for o in found
                                 if o in aside or o not in acted or (prop in FOR_THE_PROPOSAL and acted[o])]
                    for obj, said in found:
                        if not obj or obj == subject or targets.policy_at.get(verb.i) == obj \
                                and rule.cls not in ("propose", "announce"):
                            continue  # "proposed replacing X", "promised to cut it": the act is the policy's content
                        if said in QUALIFIABLE and obj in targets.topic and _qualified(
                                list(obj_token.subtree), obj, verb, targets):
                            said = "commentsOn"  # "backs only evidence-based X": spoke of X, backs no X
                        key = (subject, said, obj, verb.i)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield from _judgement(doc, subject, said, obj, lemma, negated, verb, subj_token, obj_token,
                                              targets, paragraphs)
        if any(rule.cls == "defeat" for rule in rules.get(lemma, ())) and not negated:
            for relation in [*_defeated_over(doc, verb, targets, paragraphs), *_defeated_in(doc, verb, targets,
                                                                                                paragraphs)]:
                key = (relation.subject, relation.predicate, relation.object, verb.i)
                if key not in seen:
                    seen.add(key)
                    yield relation
        if lemma in word_class("response_verb"):
            for relation in _responses(doc, verb, targets, paragraphs):
                if (relation.subject, relation.object, -1) not in seen:
                    seen.add((relation.subject, relation.object, -1))
                    yield relation
        if lemma in word_class("link_verb"):
            yield from _linked_members(doc, verb, targets, paragraphs)
        if lemma in word_class("shared_view_verb") and not negated:
            yield from _joint_speakers(doc, verb, lemma, targets, paragraphs)
        if lemma == "be":
            yield from _located(doc, verb, targets, index, paragraphs)
        elif verb.pos_ == "VERB":
            for relation in _prepositional(doc, verb, targets, paragraphs):
                key = (relation.subject, relation.object, verb.i)
                if key not in seen and not any(k[0] == key[0] and k[-2] == key[1] for k in seen) \
                        and (key[0], key[1], -1) not in seen:
                    seen.add(key)
                    yield relation
    for relation in built:
        key = (relation.subject, relation.predicate, relation.object)
        if not any(k[:3] == key for k in seen if len(k) == 4):
            seen.add(key + (-2,))
            yield relation
    linked = {(k[0], k[-2]) for k in seen if len(k) == 4}
    for relation in chain(_reported_speech(doc, targets, paragraphs), _according_to(doc, targets, paragraphs)):
        if (relation.subject, relation.object) not in linked:
            linked.add((relation.subject, relation.object))
            yield relation
    yield from _quote_stances(doc, quotes, policies, targets, paragraphs)


NOUN_HOP_PREPOSITIONS = ("over", "on", "about", "into", "for", "to", "with", "against", "of", "in", "including")
SETTING_PREPOSITIONS = ("under", "through", "following", "after", "amid", "despite")  # "X acted under the plan"
SKIPPED_PREPOSITIONS = frozenset(("than", "like", "unlike", "except", "per", "via"))  # "like X": X only compared
SKIPPED_HOPS = ("than", "like", "unlike", "except", "per", "via", "as", "after", "before", "since", "during", "following",
                "amid", "despite", "until", "ahead")  # "referring to X just after the transfer of powers": a time
PLACE_COMPLEMENTS = ("from", "to")  # where a policy moves something: "powers from London" (not "in Leeds": it may be the verb's)
DOER_PREPOSITIONS = ("by", "from", "of", "at", "in", "for", "within", "across", "on")  # "officers at X used it"
COMPLEMENT_PREPOSITIONS = ("in", "at", "into", "of", "on", "against", "for", "within", "to", "from", "with", "over",
                           "about", "across")  # "a vote in the Assembly"


def _policy_participants(doc, policies: list[Policy], targets: _Targets, paragraphs,
                         references=()) -> Iterator[Relation]:
    """Actors the clause ties to a policy with a verb outside the lexicon: neutral gb:relatedTo, cue kept.

    The doer of a verb whose object is the policy ("X ordered the review", "the scheme was launched by
    X", "X raised concerns over the plan"), the agent of the policy noun ("the review by X", "the review
    headed by X") and the object of a verb whose subject is the policy ("the report criticised X"); also the
    one asked to act on it ("pressure on X to review the plan"), whom its finding is about ("the review
    found that X …"), who weighs a clause holding it ("X is reviewing whether …"), whom its own
    prepositions name ("a vote in the Assembly"), and a subject "it" standing for it. Who did what to the
    policy is left to the cue word: nothing is guessed about a stance."""
    spans = []
    for p in policies:
        for ev in p.mentions:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is not None and not targets.index.quoted[span.root.i]:
                spans.append((p.key, span))
    spans += [(key, doc[ref.i:ref.i + 1]) for ref, key in references]
    for key, span in spans:
        root = span.root
        for actor_token, cue, anchor in _participants(root):
            for token in _conjuncts(actor_token):
                if span.start <= token.i < span.end and not cue.endswith("by") and token.i in targets.index.entity_at:
                    continue  # names in the policy's own words are what it concerns (but "a report by X into Y"
                    # names its author inside); "the force" or "its" there is read here
                where = anchor.i == root.i and token.dep_ == "pobj" and token.head.head.i == root.i \
                    and token.head.lower_ in PLACE_COMPLEMENTS  # "the transfer of powers from London"
                actor = targets.actor(token, places=where) or _titled_holder(token, targets)
                if actor and actor != key and (where or targets.index.kind.get(actor) != "place") \
                        and not _hypothetical(anchor):
                    yield _relation(doc, actor, "relatedTo", key, cue, _negated(anchor), anchor, token, root,
                                    targets, paragraphs)


def _policy_subjects(doc, targets: _Targets) -> Iterator[tuple]:
    """"The report was published on Monday. It found that X had failed": a subject "it" of a verb other than
    "be" is the policy named last, in its own sentence or the one before, when nothing else "it" could be (a
    singular noun, a body) comes between and it stands for no body itself (an object "it" is read with the
    policies); a passive "it" ("It was criticised by X") is also the one policy the sentence before names
    anywhere, when no other singular thing or body is its subject or object."""
    for token in doc:
        if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or token.i in targets.policy_at \
                or targets.index.quoted[token.i] or token.head.pos_ != "VERB" or token.head.lemma_.lower() == "be" \
                or targets.actor(token):
            continue
        if any(c.dep_ in ("ccomp", "csubj") and c.i > token.head.i for c in token.head.children) \
                and token.head.lemma_.lower() in word_class("raising_verb"):
            continue  # "it emerged that …", "it seems that …": no thing is meant
        last = next((t for t in reversed(doc[token.sent.start:token.i]) if t.i in targets.policy_at
                     and not targets.index.quoted[t.i]), None)
        if last is None and token.sent.start > 0:  # the sentence before: its main subject, if a policy
            before = doc[token.sent.start - 1].sent.root
            last = next((s for s in before.children if s.dep_ in ("nsubj", "nsubjpass") and s.i in targets.policy_at
                         and not targets.index.quoted[s.i]), None)
            named = {targets.policy_at[t.i] for t in before.sent if t.i in targets.policy_at
                     and not targets.index.quoted[t.i]}
            if last is None and token.dep_ == "nsubjpass" and len(named) == 1 \
                    and not any(_another_it(t, targets) for t in before.sent):
                # "The mayor unveiled the levy. It was criticised by X": what was done to the one thing the
                # sentence before names (an act of "it", "It also thanked X", wants a doer: a body, not a policy)
                last = next(t for t in before.sent if t.i in targets.policy_at and not targets.index.quoted[t.i])
            between = doc[token.sent.start:token.i]
        else:
            between = doc[last.i + 1:token.i] if last is not None else ()
        if last is None or any(t.i not in targets.policy_at and (
                t.tag_ in ("NN", "NNP") and t.ent_type_ not in ("DATE", "TIME", "PERSON")
                or t.ent_type_ in ("ORG", "NORP") or t.lower_ in ("it", "this", "that")) for t in between):
            continue
        yield token, targets.policy_at[last.i]


def _policy_references(doc, targets: _Targets) -> Iterator[tuple]:
    """"The minister announced a curfew for under-16s. Critics called the changes draconian": a definite noun
    that names no policy of its own ("the changes", "this measure", "the council's plan"; word class
    policy_reference_noun, which leaves out "the move" and "the decision", often another act on the policy) is
    the one policy named in its own sentence before it or in the sentence before (or, when those name none, the
    one before that), when exactly one is; with two there ("the funding deal … the cuts … the plan") it is
    neither. "A review" (policy_event_noun) is the story's one review. A noun the policy finder read is its own."""
    nouns, events = word_class("policy_reference_noun"), word_class("policy_event_noun")
    named_with: dict[str, set[str]] = {}  # "review" -> the policies whose names hold it
    for i, key in targets.policy_at.items():
        named_with.setdefault(doc[i].lemma_.lower(), set()).add(key)
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in nouns | events or token.i in targets.policy_at \
                or targets.index.quoted[token.i] or token.i in targets.index.entity_at:
            continue
        if any(c.dep_ in ("compound", "nmod", "nummod", "prep", "acl", "relcl", "appos") or c.dep_ == "amod"
               and c.lower_ not in GENERIC_MODIFIERS for c in token.children
               if c.lower_ not in word_class("occasion_preposition")):
            continue  # "the pay changes", "the decision to close X", "a move which …": a thing of its own
        if lemma in events and token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                          for c in token.children):
            # "X was asked to conduct a review": the one review the story names, before or after
            if len(named_with.get(lemma, ())) == 1:
                yield token, next(iter(named_with[lemma]))
            continue
        if lemma not in nouns:
            continue  # "the inquiry found": an event noun refers back only as "a review" (above), never to a scheme
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss"
                   for c in token.children):
            continue  # "a move", "any changes": nothing referred back to
        start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        named = {targets.policy_at[t.i] for t in doc[start:token.i]
                 if t.i in targets.policy_at and not targets.index.quoted[t.i]}
        if not named and start > 0:  # two sentences back, nothing named since
            start = doc[start - 1].sent.start
            named = {targets.policy_at[t.i] for t in doc[start:token.i]
                     if t.i in targets.policy_at and not targets.index.quoted[t.i]}
        if len(named) == 1 and targets.kind.get(next(iter(named))) not in word_class("unreferred_policy_kind"):
            yield token, named.pop()


def _another_it(token, targets: _Targets) -> bool:
    """Whether a word of the sentence before could be what a subject "it" means instead of its one policy: a
    singular noun or a body as its subject or object (not a person, a title, a place, a date or a time; a noun
    in a prepositional phrase ranks below the object, as a reader takes "it")."""
    if token.i in targets.policy_at or token.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or token.tag_ not in ("NN", "NNP") or token.ent_type_ in ("PERSON", "DATE", "TIME", "GPE", "LOC"):
        return False
    key = targets.index.entity_at.get(token.i, "")
    return not key.startswith(PLACEHOLDER_PREFIX) and targets.index.kind.get(key) not in ("person", "place")


def _titled_holder(token, targets: _Targets) -> str:
    """"by HM Inspector of Constabulary Jane Roe": a title the parser heads the phrase with stands for the
    one person named inside it."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return ""

    def in_title(t) -> bool:  # reached through the title's own words: "of Constabulary", "Jane Roe"
        while t.i != token.i:
            if t.dep_ not in ("compound", "appos", "pobj", "nmod", "flat") and not (t.dep_ == "prep" and t.lower_ == "of"):
                return False
            t = t.head
        return True

    people = {targets.index.entity_at[t.i] for t in token.subtree if t.i in targets.index.entity_at
              and targets.index.kind.get(targets.index.entity_at[t.i]) == "person" and in_title(t)}
    return people.pop() if len(people) == 1 else ""


NAMING_MODIFIERS = ("compound", "amod", "nmod")


def _left_modifiers_of(token) -> list:
    """A modifier and the modifiers it carries before it ("Tory" in "Tory police cuts", hung on "police")."""
    out = [token]
    for child in token.children:
        if child.dep_ in NAMING_MODIFIERS + ("poss",) and child.i < token.i:
            out.extend(_left_modifiers_of(child))
    return out


def _participants(root) -> Iterator[tuple]:
    """(actor token, cue, the word carrying the tie) around a policy phrase's head `root`."""
    for child in root.children:
        if child.dep_ == "poss":  # "the Government's new Safer Streets Programme", "its recent campaign"
            yield child, "'s", root
        elif child.dep_ in NAMING_MODIFIERS and child.i < root.i:
            # "Tory police cuts", "the Home Office scheme": a party or body naming the policy as its own
            yield from ((t, root.lemma_.lower(), root) for t in _left_modifiers_of(child))
        if child.dep_ == "prep" and child.lower_ == "by":  # "a review by X"
            yield from ((g, "by", root) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
            # "a vote in the Assembly", "an inquiry into the death of X": who the policy's own words name
            for g in (g for g in child.children if g.dep_ == "pobj"):
                yield g, f"{root.lemma_.lower()} {child.lower_}", root
                yield from ((a, f"{root.lemma_.lower()} {child.lower_}", root) for a in g.children
                            if a.dep_ in ("appos", "poss"))  # "a report into the force's intelligence gathering"
                yield from ((a, f"{root.lemma_.lower()} {child.lower_} {g.lemma_.lower()} {p.lower_}", root)
                            for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "in", "by", "from", "for")
                            for h in p.children if h.dep_ == "pobj"
                            for a in [h] + [c for c in h.children if c.dep_ == "appos"]) if g.pos_ == "NOUN" else ()
        if child.dep_ == "appos" and child.pos_ == "NOUN":  # "the dispersal orders, a Home Office initiative,"
            yield from ((t, child.lemma_.lower(), child) for c in child.children if c.dep_ in NAMING_MODIFIERS + ("poss",)
                        and c.i < child.i for t in _left_modifiers_of(c))
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the review headed by X"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                yield from ((g, f"{child.lemma_.lower()} by", child) for g in agent.children if g.dep_ == "pobj")
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "backed the plan and the review": both are the verb's objects
    verb, cue = None, ""
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ in ("VERB", "AUX"):
        verb, cue = node.head, node.head.lemma_.lower()
    elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in NOUN_HOP_PREPOSITIONS \
            + SETTING_PREPOSITIONS:
        prep = node.head
        if prep.head.pos_ == "VERB" or prep.head.pos_ == "AUX" and prep.head.lemma_.lower() == "be" \
                and prep.lower_ not in ("of", "after", "following", "amid", "despite"):
            # "X fought against the plan", "X resigned amid the cuts", "X is behind the scheme"
            verb, cue = prep.head, f"{prep.head.lemma_.lower()} {prep.lower_}"
        elif prep.head.pos_ == "ADP" and prep.head.dep_ == "prep" and prep.head.head.pos_ == "VERB":
            # "X pulled out of the scheme", "X resigned because of the cuts"
            verb = prep.head.head
            cue = f"{verb.lemma_.lower()} {prep.head.lower_} {prep.lower_}"
        elif prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB" \
                and prep.lower_ in NOUN_HOP_PREPOSITIONS:
            # "X raised concerns over the plan"
            verb = prep.head.head
            cue = f"{verb.lemma_.lower()} {prep.head.lemma_.lower()} {prep.lower_}"
        elif prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep" \
                and prep.head.head.head.pos_ in ("VERB", "AUX") and prep.lower_ in NOUN_HOP_PREPOSITIONS \
                and prep.head.head.lower_ not in SKIPPED_HOPS:
            # "X took part in a consultation on the plan", "X gave evidence to the inquiry into the cuts"
            verb = prep.head.head.head
            cue = f"{verb.lemma_.lower()} {prep.head.head.lower_} {prep.head.lemma_.lower()} {prep.lower_}"
        elif prep.head.pos_ == "PROPN" and prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB" \
                and prep.lower_ in NOUN_HOP_PREPOSITIONS:
            # "X informed the Home Office of the plan", "X warned Kent Police about the cuts"
            verb = prep.head.head
            cue = f"{verb.lemma_.lower()} {prep.lower_}"
        elif prep.head.pos_ == "ADJ" and prep.head.dep_ in ("acomp", "oprd") and prep.head.head.pos_ in ("VERB", "AUX"):
            # "X is committed to the plan", "X was critical of the review", "X remains responsible for it"
            verb = prep.head.head
            cue = f"{verb.lemma_.lower()} {prep.head.lower_} {prep.lower_}"
        if prep.head.pos_ == "NOUN" and prep.lower_ in NOUN_HOP_PREPOSITIONS:
            # "X's response to the plan", "the Court of Appeal judgement on the plan": who owns the noun
            noun = prep.head
            yield from ((c, f"'s {noun.lemma_.lower()} {prep.lower_}" if c.dep_ == "poss"
                         else f"{noun.lemma_.lower()} {prep.lower_}", noun)
                        for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i)
            # "a row between X and Y over the plan": both parties
            yield from ((g, f"{noun.lemma_.lower()} between", noun) for b in noun.children
                        if b.dep_ == "prep" and b.lower_ == "between" for g in b.children if g.dep_ == "pobj")
            # "the use of stop and search by the Met", "an appeal against the ruling from X": the noun's doer
            yield from ((g, f"{noun.lemma_.lower()} {prep.lower_} by", noun) for b in noun.children
                        if b.dep_ == "prep" and b.lower_ in ("by", "from") and b.i > prep.i
                        for g in b.children if g.dep_ == "pobj")
    if verb is not None and node.dep_ == "dobj" and _passive(verb):
        # "the Met was given new powers": who receives the policy
        yield from ((c, cue, verb) for c in verb.children if c.dep_ == "nsubjpass")
    if verb is not None and node.dep_ == "pobj" and prep.head.i == verb.i:
        # "a row broke out between X and Y over the plan", "talks were held between X and Y on the deal"
        yield from ((g, f"{verb.lemma_.lower()} between", verb) for b in verb.children
                    if b.dep_ == "prep" and b.lower_ == "between" for g in b.children if g.dep_ == "pobj")
    if verb is not None and node.dep_ == "pobj" and prep.head.i == verb.i and verb.lemma_.lower() != "be":
        # "subjected the force to special measures", "the force was placed in special measures": what the
        # verb does to the one it acts on, it does with the policy
        yield from ((c, cue, verb) for c in verb.children if c.dep_ == "dobj"
                    or c.dep_ == "nsubjpass" and _passive(verb))
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        # "the new voting system, which the party rejected and which he supports": the clause's doer acts on it
        for act in [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
            if act.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in act.children):
                yield from ((s, act.lemma_.lower(), act) for s in act.children if s.dep_ == "nsubj")
    if verb is not None and (verb.lemma_.lower() != "be" or node.dep_ == "pobj") and not _wished(verb, verb_rules()) and not (
            verb.dep_ == "acl" and verb.tag_ == "VBN" and node.dep_ != "nsubjpass" and verb.head.i == node.i):
        doers = _subjects(verb)
        if not doers and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            doers = [d for d in [subject_of(verb.head.head)] if d is not None]  # "X was fined for breaking the rules"
        if not doers and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "the minister's decision to scrap the scheme": the owner of the decision
            doers = [c for c in verb.head.children if c.dep_ == "poss"]
        doers = doers or _asked_to_act(verb)
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") for c in verb.head.children):
            # "X was asked by Y to conduct the review", "Y told X to scrap the plan": who set X to it
            setter, led = verb.head, f"{verb.head.lemma_.lower()} to {cue}"
            yield from ((g, led, setter) for a in setter.children if a.dep_ == "agent"
                        for g in a.children if g.dep_ == "pobj")
            yield from ((c, led, setter) for c in setter.children if c.dep_ == "nsubj")
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "put pressure on X to scrap the plan": the parser hangs the infinitive on the light verb
            doers += [a for p in verb.head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < verb.i
                      and any(c.dep_ == "dobj" and c.i < p.i for c in verb.head.children)
                      for g in p.children if g.dep_ == "pobj" for a in _conjuncts(g)]
        # "At X's request, the council extended the scheme", "under X's leadership the force introduced it"
        # ("despite X's opposition", "after X's intervention": an act of X's, whenever it came)
        # ("speaking at X's conference, Y attacked the cuts": through a participle set beside the clause too)
        yield from ((o, f"{cue} {p.lower_} 's {g.lemma_.lower()}", verb) for p in [c for c in verb.children] + [
                        g for a in verb.children if a.dep_ == "advcl" and a.tag_ in ("VBG", "VBN") for g in a.children]
                    if p.dep_ == "prep" and p.lower_ not in SKIPPED_PREPOSITIONS | {"of", "as"} and p.i != node.head.i
                    for pobj in p.children if pobj.dep_ == "pobj" for g in _conjuncts(pobj) if g.pos_ == "NOUN"
                    for c in g.children if c.dep_ == "poss" for o in _conjuncts(c))
        for doer in doers:
            owner = next((c for c in doer.children if c.dep_ == "poss"), None)
            yield doer, cue, verb
            if owner is not None and doer.lemma_.lower() in word_class("plan_noun"):
                yield owner, cue, verb  # "the force's plans would mean slashing the allowance"
            elif doer.pos_ == "NOUN" and doer.tag_ in ("NN", "NNS"):
                # "the Met's officers used the power", "funding from the Home Office will pay for the scheme":
                # a plain noun acts for the one it belongs to or comes from
                yield from ((c, f"{doer.lemma_.lower()} {cue}", verb) for c in doer.children if c.dep_ == "poss")
                yield from ((g, f"{doer.lemma_.lower()} {b.lower_} {cue}", verb) for b in doer.children
                            if b.dep_ == "prep" and b.lower_ in DOER_PREPOSITIONS for g in b.children
                            if g.dep_ == "pobj")
    if verb is not None or node.dep_ in ("nsubj", "nsubjpass"):
        yield from _weighing(verb if verb is not None else node.head)
    acts = [node.head] if node.dep_ == "nsubj" else []
    acts += [c for c in root.children if c.dep_ == "relcl" and any(  # "the plan, which will shape X"
        s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
    for verb in acts:
        if verb.pos_ != "VERB" or verb.lemma_.lower() == "be":
            continue  # "the report criticised X", "the review found failings at X"
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                yield child, verb.lemma_.lower(), verb
                yield from ((c, verb.lemma_.lower(), verb) for c in child.children if c.dep_ == "poss")
            elif child.dep_ == "prep" and child.lower_ not in ("in", "on", "at", "since", "after", "before", "during"):
                yield from ((g, f"{verb.lemma_.lower()} {child.lower_}", verb) for g in child.children
                            if g.dep_ == "pobj")
            elif child.dep_ == "agent":  # "the pay deal agreed by X was significant", parsed as a clause
                yield from ((g, f"{verb.lemma_.lower()} by", verb) for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                # "the review found that the force had failed", "the cuts mean that the Government has broken
                # its pledge": whom the policy's finding or consequence is about
                for subject in (c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")):
                    yield subject, verb.lemma_.lower(), verb
                    yield from ((c, verb.lemma_.lower(), verb) for c in subject.children if c.dep_ == "poss")


def _asked_to_act(verb) -> list:
    """"urged the Home Office to scrap the scheme", "put pressure on X to review the plan": the one asked to
    act on the policy, and the one asking (both are party to it; whether it is done is not said)."""
    if verb.dep_ == "xcomp":
        controller = _controller(verb)
        if controller is None:
            return []
        return _conjuncts(controller) + [s for subj in _subjects(verb.head) for s in _conjuncts(subj)]
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in verb.children):
        noun = verb.head
        asked = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < verb.i
                 for g in p.children if g.dep_ == "pobj"]
        if asked and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            asked += [s for subj in _subjects(noun.head) for s in _conjuncts(subj)]
        return [a for g in asked for a in _conjuncts(g)]
    return []


def _weighing(verb) -> Iterator[tuple]:
    """"X is reviewing whether Y should face proceedings", "X fears the cuts will hurt": the clause that holds
    the policy is what X weighs, fears or finds (a complement clause of X's verb); for a said clause the
    reported-speech reading (gb:commentsOn) of the same pair comes first and wins."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.i == verb.i \
            or verb.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return
    head = verb.head
    if head.pos_ == "ADJ":  # "X is confident that the plan will work"
        if head.dep_ != "acomp" or head.head.pos_ not in ("VERB", "AUX"):
            return
        head = head.head
    if _wished(verb, verb_rules()) or _hypothetical(head):
        return
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")
    cue = " ".join(w for w in (head.lemma_.lower(), mark) if w)
    yield from ((s, cue, head) for subj in _subjects(head) for s in _conjuncts(subj))


def _reported_speech(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"X said she would not change the pay offer": X spoke about the policies her reported words name.

    Only what the clause says X spoke about is asserted (gb:commentsOn), not a stance; a stance the
    words take is read by the verb rules, which win when both apply."""
    verbs = speech_verbs()
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or targets.index.quoted[verb.i] \
                or _negated(verb):
            continue
        subject_token = subject_of(verb)
        speaker = targets.of(subject_token, "actor") if subject_token is not None else ""
        if verb.lemma_.lower() in word_class("questioning_verb"):
            yield from _questioned(doc, verb, targets, paragraphs)
        if not speaker:
            continue
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            for policy in targets.policies_in(clause):
                yield _relation(doc, speaker, "commentsOn", policy, verb.lemma_.lower(), False, verb,
                                subject_token, clause, targets, paragraphs)
        clause = verb.head
        if verb.dep_ == "parataxis" and clause.pos_ in ("VERB", "AUX") and not targets.index.quoted[clause.i]:
            # "The levy, X said, would hurt shops": the clause around the speech tag is what X said
            for policy in (p for t in clause.children if t.i != verb.i for p in targets.policies_in(t)):
                yield _relation(doc, speaker, "commentsOn", policy, verb.lemma_.lower(), False, verb,
                                subject_token, clause, targets, paragraphs)


def _according_to(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"According to X, the council failed to consult on the parking levy": the clause is X's account, so X
    spoke of the policies it names (gb:commentsOn, as for a said clause; no stance)."""
    for token in doc:
        if token.lower_ != "according" or targets.index.quoted[token.i] or token.head.pos_ not in ("VERB", "AUX"):
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        for source in (g for g in (to.children if to is not None else ()) if g.dep_ == "pobj"):
            who = targets.of(source, "actor")
            if not who:
                continue
            for policy in targets.policies_in(token.head):
                yield _relation(doc, who, "commentsOn", policy, "according to", False, token.head, source,
                                token.head, targets, paragraphs)


def _questioned(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"The paper asked the minister what she was doing to fund the pledge": the one asked is party to the
    policies the question names (neutral gb:relatedTo, the verb as cue; nothing of their answer is said)."""
    asked = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in _conjuncts(c)]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(t.tag_ in ("WP", "WRB", "WDT") or t.dep_ == "mark" and t.lower_ in ("whether", "if")
                   for t in clause.children) and not any(t.tag_ in ("WP", "WRB", "WDT") and t.dep_ != "relcl"
                                                         for t in clause.subtree if t.i < clause.i):
            continue  # a question only: "asked X whether …", "asked X what they were doing …"
        for token in asked:
            actor = targets.of(token, "actor")
            if not actor:
                continue
            for policy in targets.policies_in(clause):
                yield _relation(doc, actor, "relatedTo", policy, verb.lemma_.lower(), False, verb, token, clause,
                                targets, paragraphs)


STANCE_NAMING = {"backs": "backs", "criticises": "criticises"}


def _examined_by_policy(doc, verb, subj_token, targets: _Targets, paragraphs, seen: set) -> Iterator[Relation]:
    """"The inspection assessed the Met, Kent and Dorset": each body its object names is subject to it."""
    policy = targets.policy_at.get(subj_token.i, "")
    if not policy:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for token in obj.subtree:
            key = targets.index.entity_of(token)
            if not key or targets.index.kind.get(key) != "organization" or (key, "subjectTo", policy) in seen:
                continue
            seen.add((key, "subjectTo", policy))
            yield _relation(doc, key, "subjectTo", policy, verb.lemma_.lower(), False, verb, token, subj_token,
                            targets, paragraphs)


def _constructions(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """Relations read by the constructions of `ontology/patterns/relation.jsonl`, resolved here."""
    lex = lexicon()
    for match in patterns.find(doc, "relation"):
        slots = {name: doc[i] for name, i in match.slots.items()}
        kind = match.yields.get("read", "")
        own_words = ("eval", "noun") if kind == "nominal" else ("eval",)  # "spoke of its “anger” at X"
        if any(targets.index.quoted[t.i] for name, t in slots.items() if name not in own_words):
            continue
        if kind == "nominal":  # "X's criticism of Y", "X mounted a defence of Y"
            noun, prep = slots["noun"], slots["prep"]
            rules = [r for r in lex.get("noun", {}).get(noun.lemma_.lower(), ()) if r.particle == prep.lower_]
            if "verb" in slots:  # "X reacted with fury over Y", "X spoke of its anger at Y"
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                doers = [owner] if owner is not None else [s for subj in _subjects(slots["verb"]) for s in _conjuncts(subj)]
                negated = _negated(slots["verb"]) or _negated(noun)
            elif "light" in slots:
                if slots["light"].lemma_.lower() not in lex.get("light", {}):
                    continue
                doers = [s for subj in _subjects(slots["light"]) for s in _conjuncts(subj)]
                negated = _negated(slots["light"]) or _negated(noun)
            else:
                doers, negated = _conjuncts(slots["agent"]), _negated(noun)
            yield from _emit(doc, rules, doers, _conjuncts(slots["object"]), noun, negated, targets, paragraphs)
        elif kind == "received":  # "X came under attack from Y", "X suffered a defeat in Y": Y did it to X
            verb, noun = slots["verb"], slots["noun"]
            particle = slots["prep"].lower_ if "prep" in slots else ""
            if not any(r.particle == particle for r in lex.get("light-received", {}).get(verb.lemma_.lower(), ())):
                continue
            for rule in lex.get("noun-received", {}).get(noun.lemma_.lower(), ()):
                agents = [g for head in (noun, verb) for p in head.children
                          if p.dep_ == "prep" and p.lower_ in rule.agent for g in p.children if g.dep_ == "pobj"]
                patients = [s for subj in _subjects(verb) for s in _conjuncts(subj)]
                yield from _emit(doc, [rule], [a for g in agents for a in _conjuncts(g)], patients, noun,
                                 _negated(verb), targets, paragraphs)
        elif kind == "evaluation":  # "X described Y as reckless", "X called the cuts disastrous"
            verb, obj, word = slots["verb"], slots["object"], slots["eval"]
            words = stance_words()
            judging = _evaluative_phrase(word)
            stances = {words[t.lemma_.lower()] for t in judging if t.lemma_.lower() in words}
            stances |= {words[t.lower_] for t in judging if t.lower_ in words}
            if len(stances) != 1 or any(t.dep_ == "neg" for t in judging) or "cop" in slots and _negated(slots["cop"]):
                continue  # "said the levy was not unfair" judges nothing
            prop = stances.pop()
            target = targets.of(obj, "policy") or targets.actor(obj) or next(
                (targets.actor(c) for c in obj.children if c.dep_ == "poss" and targets.actor(c)), "")
            if not target:
                continue
            for subj_token in (s for subj in _subjects(verb) for s in _conjuncts(subj)):
                subject = targets.actor(subj_token)
                if subject and subject != target:
                    yield from _judgement(doc, subject, prop, target, verb.lemma_.lower(), _negated(verb), verb,
                                          subj_token, word, targets, paragraphs, judged=obj)
        elif kind == "target":  # "cuts to the force", "the inspection of Kent Police", "cuts imposed on X"
            policy_token, target_token = slots["policy"], slots["target"]
            policy = targets.policy_at.get(policy_token.i, "")
            if policy and _in_authors_phrase(policy_token, targets.policy_start[policy_token.i]):
                continue  # "a review by the Group for Cyclists into …": the group wrote it, nothing is done to it
            authors = {targets.actor(g) for b in policy_token.children if b.lower_ == "by" and b.dep_ in ("prep", "agent")
                       for g in b.children if g.dep_ == "pobj"} - {""}
            for token in _conjuncts(target_token):
                target = targets.actor(token)
                if target in authors:
                    continue  # the parse split the author's name ("a review by the Group | for Cyclists")
                if policy and target and not ("verb" in slots and _hypothetical(slots["verb"])):
                    cue = slots.get("verb", policy_token)
                    words = match.yields.get("cue") or cue.lemma_.lower() + " " + slots["prep"].lower_
                    yield _relation(doc, target, match.yields.get("property", "subjectTo"), policy,
                                    words, _negated(policy_token), cue, token, policy_token, targets, paragraphs)
        elif kind == "included":  # "Members of X, including A and B": A and B are members of X
            noun, prep = slots["noun"], slots["prep"]
            body = targets.actor(slots["body"], places=True)
            named = {body} | {targets.actor(t) for t in _conjuncts(slots["member"])}
            if noun.pos_ != "NOUN" and noun.i != noun.sent.start or noun.ent_type_ \
                    or targets.actor(noun) not in named | {""}:
                continue  # a capital only where the sentence opens ("Officers from X, including A"); a noun that
                # stands for some other body than its own preposition's says nothing of what A is
            for token in _conjuncts(slots["member"]):
                member = targets.actor(token)
                if member and body and member != body:
                    yield _relation(doc, member, "relatedTo", body, f"{noun.lemma_.lower()} {prep.lower_}", False,
                                    noun, token, slots["body"], targets, paragraphs)
        elif kind == "possessive":  # "the Home Secretary's plan to scrap X", "Labour's flagship policy"
            head, owner = slots["head"], slots["owner"]
            subject = targets.actor(owner)
            if owner.dep_ == "compound" and not set(targets.index.types.get(subject, ())) & OWNING_BODIES:
                continue  # "Home Office plans" are the department's; "Federation pay award" is not the Federation's
            if not subject or targets.index.quoted[head.i] or targets.untitled_in_headline(owner, subject):
                continue
            policy, prop, cue = targets.policy_at.get(head.i, ""), match.yields.get("property", "proposes"), head
            if policy and targets.policy_start[head.i] < head.left_edge.idx:
                policy = ""  # "vowed to protect the force's team": the pledge is not the force's
            if owner.dep_ == "compound":
                policy = ""  # "Whitehall funding" is not Whitehall's proposal; "Home Office plans to ..." are
            for act in (c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB" and not policy):
                # "the minister's plan to scrap X": the owner wants done to X what the verb says; a plan is
                # the owner's own act, planned ("scrapped"), a campaign to scrap X a wish ("opposes")
                rule = next((r for r in verb_rules().get(act.lemma_.lower(), ()) if r.object != "actor"), None)
                found = next((targets.policy_at[t.i] for t in act.subtree if t.i in targets.policy_at), "")
                acts = PLANNED if head.lemma_.lower() in word_class("plan_noun") else INTENDED
                if rule is not None and found:
                    policy, prop, cue = found, acts.get(rule.property, rule.property) or prop, act
            if policy:
                mark = "'s " if owner.dep_ == "poss" else ""
                yield _relation(doc, subject, prop, policy, mark + cue.lemma_.lower(), _negated(head), head, owner,
                                cue, targets, paragraphs)


OWNING_BODIES = {"GovernmentBody", "PoliticalParty"}
CLAUSE_DEPS = ("conj", "relcl", "advcl", "ccomp", "parataxis")


def _evaluative_phrase(word) -> list:
    """The words of an evaluation without the clauses inside it, nor what its prepositions name: in
    "said the deal was generous and criticised councils", the parser may hang "criticised" from
    "generous", yet it judges the councils; "an assault on the right to protest" does not back a right."""
    out = []
    for token in word.subtree:
        node = token
        while node.i != word.i and not (node.pos_ in ("VERB", "AUX") and node.dep_ in CLAUSE_DEPS) \
                and node.dep_ != "prep":
            node = node.head
        if node.i == word.i:
            out.append(token)
    return out


def _emit(doc, rules, doers, objects, cue, negated, targets: _Targets, paragraphs) -> Iterator[Relation]:
    for rule in rules:
        for doer in doers:
            subject = targets.actor(doer)
            if not subject:
                continue
            for obj_token in objects:
                obj = targets.of(obj_token, rule.object)
                if obj and obj != subject and targets.policy_at.get(cue.i) != obj:  # "launched a call for
                    # evidence" calls for nothing: the noun is inside the policy's own name
                    prop = rule.property
                    if prop in QUALIFIABLE and obj in targets.topic and _qualified(
                            list(obj_token.subtree), obj, cue, targets):
                        prop = "commentsOn"  # "a defence of only targeted X"
                    yield from _judgement(doc, subject, prop, obj, cue.lemma_.lower(), negated, cue, doer,
                                          obj_token, targets, paragraphs)


def _denied(verb) -> bool:
    """"X denied meeting Y", "X denied that she had met Y": the act a denial governs is not asserted."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in word_class("denial_verb")


def _for_clause(verb) -> bool:
    """"it would be wrong for X to sack Y", "it is time for X to apologise": an infinitive with its own subject
    after "for" is wanted, judged or supposed, never said to be done; but not under a verb of time or cost spent,
    in the past (`elapsed_verb`: "it took a year for X to sack Y" says X did; "it will take a year ..." does not)."""
    head = verb.head
    spent = head.i != verb.i and head.lemma_.lower() in word_class("elapsed_verb") and (
        head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children))
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not spent


def _hypothetical(verb) -> bool:
    """A verb in a clause opened by a condition ("if", "unless", "provided": `condition_mark` words with no
    value), or joined to one: what it says is a supposition, so it asserts no relation."""
    return _opened_by(verb, "")


def _open_question(verb) -> bool:
    """A verb in an indirect question ("reviewing whether X should face Y": `condition_mark` value
    open_question): who and what it names are involved, but nothing is asserted of them, so no stance."""
    return _opened_by(verb, "open_question")


def _opened_by(verb, kind: str) -> bool:
    marks = {word for word, value in word_values("condition_mark").items() if value == kind}
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_authors_phrase(token, start: int) -> bool:
    """Is the token inside the "by X" of the policy mention holding it ("a review by the Group for Cyclists")?"""
    for t in token.ancestors:
        if t.idx < start:
            return False
        if t.lower_ == "by" and t.dep_ in ("prep", "agent"):
            return True
    return False


def _negated(token) -> bool:
    """"did not launch an attack", "no criticism of", "refused to criticise": the act is denied; "should have
    faced a hearing" says it ought to have happened and did not (a counterfactual modal with a perfect)."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("refusal_verb") and not any(
            c.dep_ == "neg" for c in token.head.children):
        return True  # "declined to sack X", "failed to consult X": it was not done
    return counterfactual(token)


FALLBACK_PREPOSITIONS = ("from", "with", "against", "to")


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




def _responses(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"X was speaking after Y warned that …": X answers what Y said (relatedTo, cue "speak after")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in speech_verbs()):
        if not any(m.dep_ == "mark" and m.lower_ in ("after", "following") for m in clause.children):
            continue
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        other = targets.actor(speaker) if speaker is not None else ""
        for subj_token in (s for subj in _subjects(verb) for s in _conjuncts(subj)):
            subject = targets.actor(subj_token)
            if subject and other and subject != other:
                yield _relation(doc, subject, "relatedTo", other, f"{verb.lemma_.lower()} after", False, verb,
                                subj_token, speaker, targets, paragraphs)




def _linked_members(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"the forces linked to X (A, B and C)": the bracketed bodies are the ones linked to X.

    The parser hangs such a list anywhere (on X, or as the clause's subject); the brackets right after X
    say which nouns the list spells out, so the list is read from the text, its members from the names.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.tag_ not in ("NNS", "NNPS"):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            linked = targets.actor(pobj)
            end = pobj.i + 1
            while end < len(doc) and targets.index.entity_at.get(end) == linked and linked:
                end += 1  # the rest of X's name
            if not linked or end >= len(doc) or doc[end].text != "(":
                continue
            close = next((t.i for t in doc[end:min(len(doc), end + 30)] if t.text == ")"), None)
            members = {targets.index.entity_at.get(i, "") for i in range(end + 1, close or end)}
            for member in sorted(m for m in members if m and targets.index.kind.get(m) == "organization"):
                if member != linked:
                    at = next(i for i in range(end + 1, close) if targets.index.entity_at.get(i) == member)
                    yield _relation(doc, member, "relatedTo", linked, verb.lemma_.lower(), False, verb, doc[at], pobj,
                                    targets, paragraphs)


JUDGING = {"criticises", "praises"}


def _workforce_of(token, targets: _Targets) -> str:
    """"representing officers in Kent Police": who represents a body's workforce represents the body."""
    if not is_workforce(token):
        return ""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "of", "across", "within")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            key = targets.actor(pobj, places=True)
            if key:
                return key
    return ""




def _division(verb) -> bool:
    """Does the sentence report a vote of a chamber ("by 250 votes to 180", "the government was defeated")?
    Then "peers backed X" is the chamber backing it, not a few of its members."""
    return any(t.lemma_.lower() == "vote" and t.pos_ == "NOUN" and any(c.like_num for c in t.children)
               or t.lemma_.lower() == "defeat" for t in verb.sent)


def _planner(token):
    """"the force's plans would mean slashing X": the owner of a plan is who would do what it does."""
    if token.lemma_.lower() not in word_class("plan_noun") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _defeated_over(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"Ministers were defeated over the bill": the side defeated over a policy is the one proposing it,
    and whoever defeated it ("by peers") opposes it. A headline drops the auxiliary ("Government
    defeated over bill"): a defeat verb with a subject, no object and no auxiliary reads the same."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    headline = (verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
                and verb.dep_ == "ROOT")
    if not (passive or headline):
        return
    patients = [t for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for t in _conjuncts(c)]
    agents = [t for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
              for t in _conjuncts(g)]
    policies = [key for head in [verb] + agents for prep in head.children  # "by peers over X" often hangs on peers
                if prep.dep_ == "prep" and prep.lower_ in ("over", "on") for key in targets.policies_in(prep)]
    for policy in policies:
        for token, prop in [(t, "proposes") for t in patients] + [(t, "opposes") for t in agents]:
            actor = targets.actor(token) or targets.voters(token)
            if actor:
                yield _relation(doc, actor, prop, policy, "defeat", False, verb, token, verb, targets, paragraphs)


def _defeated_in(doc, verb, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"The government was defeated in the House of Lords": with no "by", the chamber the vote was
    lost in defeated the side (only a chamber: "defeated in court", "in Manchester" name no victor)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return
    chambers = {f"org:{c}" for c in member_nouns().values()}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            chamber = targets.actor(pobj)
            if chamber not in chambers:
                continue
            for patient in (t for c in verb.children if c.dep_ == "nsubjpass" for t in _conjuncts(c)):
                side = targets.actor(patient)
                if side and side != chamber:
                    yield _relation(doc, chamber, "defeated", side, "defeat", False, verb, pobj, patient, targets,
                                    paragraphs)


def _judgement(doc, subject, prop, obj, cue, negated, verb, a, b, targets, paragraphs, judged=None
               ) -> Iterator[Relation]:
    """A stance, and when it judges a policy someone owns ("attacked the minister's reforms"), the owner too."""
    yield _relation(doc, subject, prop, obj, cue, negated, verb, a, b, targets, paragraphs)
    if prop not in JUDGING or obj not in targets.topic:
        return
    for owner_token in (c for c in (judged or b).children if c.dep_ == "poss"):
        owner = targets.actor(owner_token)
        if owner and owner != subject:
            yield _relation(doc, subject, prop, owner, cue, negated, verb, a, owner_token, targets, paragraphs)


def _relation(doc, subject, prop, obj, cue, negated, verb, a, b, targets, paragraphs) -> Relation:
    start = min(t.idx for t in (verb, a, b))
    end = max(t.idx + len(t) for t in (verb, a, b))
    topic = targets.topic.get(obj, "") or (_topic(verb, targets) if obj not in targets.topic else "")
    return Relation(subject, prop, obj, cue, negated, evidence(doc, start, end, paragraphs), topic=topic)


TOPIC_PREPOSITIONS = ("over", "on", "about", "regarding", "concerning")


def _topic(token, targets: _Targets) -> str:
    """The policy an act between two actors is about: "defeated over the bill", "urged Y to reject the bill"."""
    heads = [token]
    while heads[-1].pos_ not in ("VERB", "AUX") and heads[-1].head.i != heads[-1].i and len(heads) < 4:
        heads.append(heads[-1].head)  # "suffered a series of defeats ... over the bill": the verb holds "over"
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS or child.dep_ == "xcomp":
                for t in child.subtree:
                    key = targets.policy_at.get(t.i)
                    if key and not targets.index.quoted[t.i]:
                        return key
    return ""


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
            stances = sorted(words[t.lemma_.lower()] for t in clause if t.lemma_.lower() in words
                             and not _describes_another_thing(t, key, targets))
            negated = any(t.dep_ == "neg" for t in clause)
            if not stances or negated or len(set(stances)) > 1:
                continue  # no evaluation, a negated one ("not a panacea") or a mixed one: not read
            done.add(key)
            start, end = min(t.idx for t in clause), max(t.idx + len(t) for t in clause)
            # "Evidence-based X is a vital tool", "X is vital when it is intelligence-led": said of part of X
            stance = "commentsOn" if _qualified(clause, key, _clause_verb(token), targets) else stances[0]
            yield Relation(q.speaker, stance, key, q.cue or "say", False, evidence(doc, start, end, paragraphs),
                           topic=targets.topic.get(key, ""))


def _describes_another_thing(word, policy: str, targets: _Targets) -> bool:
    """An adjective on a noun that is neither the policy, nor said to be what it is, nor of it: "a Taser
    calms dangerous situations" judges the situations, not the Taser ("Tasers are a good tool" and "the
    disproportionate use of these powers" judge them)."""
    if word.dep_ != "amod":
        return False
    noun = word.head
    of_policy = any(targets.policy_at.get(t.i) == policy for prep in noun.children if prep.dep_ == "prep"
                    for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree)
    return (targets.policy_at.get(noun.i) != policy and noun.dep_ not in ("attr", "acomp", "oprd", "appos")
            and not of_policy)


def _clause_verb(token):
    """The nearest verb above a token (itself, if it is one)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _clause(token) -> list:
    """The clause around a token: its nearest verb's subtree without coordinated clauses."""
    verb = _clause_verb(token)
    skip = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]


def _act_judged_before(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"Kent Police closed two stations. Jane Roe criticised the decision": a bare "the decision", "the remarks"
    (`act_anaphor`) judged with no owner in its own phrase is what the sentence before did or said, so judging it
    judges the one who did or said it there (`_doer_before`), as "criticised the minister's decision" does."""
    rules, index = verb_rules(), targets.index
    for verb in doc:
        if verb.pos_ != "VERB" or index.quoted[verb.i] or _wished(verb, rules) or _hypothetical(verb) \
                or _meant(verb) or any(c.dep_ == "aux" and c.lower_ in INTENDING_MODALS | POSSIBLE for c in verb.children):
            continue  # "wants to condemn the move", "could criticise the decision": not done
        lemma = verb.lemma_.lower()
        for rule in rules.get(lemma, ()):
            if rule.property not in JUDGING | {"backs", "opposes"} or _intended(verb):
                continue
            for obj in (o for found in _objects(verb, rule) for o in _conjuncts(found)):
                doer = _doer_before(obj, targets) if _bare_act_anaphor(obj, index) else ""
                if not doer:
                    continue
                for subj in (s for found in _subjects(verb) for s in _conjuncts(found)):
                    subject = targets.of(subj, "actor")
                    if subject and subject != doer:
                        yield _relation(doc, subject, rule.property, doer, f"{lemma} {obj.lower_}", _negated(verb)
                                        or _denied(verb), verb, subj, obj, targets, paragraphs)


def _bare_act_anaphor(token, index: MentionIndex) -> bool:
    """"the decision", "this move", "the controversial remarks": no owner, no "of"/"by" phrase, no clause of
    its own that could say whose act it is or which one."""
    return token.lower_ in word_values("act_anaphor") and not index.quoted[token.i] and token.i not in \
        index.entity_at and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) \
        and not any(c.dep_ in ("poss", "compound", "nmod", "prep", "acl", "relcl", "appos") for c in token.children)


def _doer_before(noun, targets: _Targets) -> str:
    """Whose act or words a bare act noun refers back to, read in the sentence before: the owner or maker of the
    same noun there ("Kent Police's decision to …", "X issued a statement"); for words ("the remarks"), the one
    who spoke there; for an act ("the move"), the one subject of every act there, a passive's agent counted as its
    subject, never one who only spoke ("X said residents were furious" made no decision). A subject that names no
    one, a passive with no agent, or two doers: nobody (whose act it was is not said)."""
    index = targets.index
    before = sentence_before(noun.sent)
    if before is None:
        return ""
    owners = {targets.actor(c) for t in before if t.lower_ == noun.lower_ and not index.quoted[t.i]
              for c in t.children if c.dep_ == "poss"}
    # "Kent Police issued a statement", "Tom Hale made the remarks on Monday": the one who made it
    owners |= {targets.actor(s) for t in before if t.lower_ == noun.lower_ and not index.quoted[t.i]
               and t.dep_ == "dobj" and not _passive(t.head) for found in _subjects(t.head) for s in _conjuncts(found)}
    if owners:
        return owners.pop() if len(owners) == 1 and "" not in owners else ""
    speakers, doers = _actors_in(before, targets)
    # an act is a doer's (a speaker's words are no act of theirs: "X said residents were furious" made no
    # decision); words are a speaker's
    found = doers if word_values("act_anaphor")[noun.lower_] == "act" else speakers
    return found.pop() if len(found) == 1 and "" not in found else ""


STANCES = JUDGING | {"accused", "opposes", "backs", "urged", "warned", "callsFor", "blamed"}


def _actors_in(sent, targets: _Targets, stances: bool = False) -> tuple[set[str], set[str]]:
    """Who speaks and who acts in a sentence: the subjects of its speech verbs and of its other verbs (a passive's
    agent for its subject; with `stances`, only verbs taking a stance, "accused", "criticised"), "" for a subject
    that names no person or body or a passive with no agent."""
    index, speakers, doers = targets.index, set(), set()
    rules = verb_rules()
    for verb in sent:
        if stances and verb.lemma_.lower() not in speech_verbs() and not any(
                rule.property in STANCES for rule in rules.get(verb.lemma_.lower(), ())):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if index.quoted[verb.i] or not subjects or verb.lemma_.lower() in word_class("raising_verb") \
                or verb.lemma_.lower() == "be" and not any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "Kent Police is the largest force": no act
        agents = _subjects(verb) if _passive(verb) else subjects
        keys = {targets.actor(s) for a in agents for s in _conjuncts(a)} if agents else {""}
        keys = {k if index.kind.get(k) in ("person", "organization") else "" for k in keys}
        (speakers if verb.lemma_.lower() in speech_verbs() else doers).update(keys)
    return speakers, doers


def _answered_before(doc, targets: _Targets, paragraphs) -> Iterator[Relation]:
    """"Jane Roe accused the force of failing victims. Tom Hale hit back, saying …", "Responding, Tom Hale said
    …", "In response, the force said …": a reply that names no one it answers (`response_verb` with no object,
    "to" or "with" phrase) answers the one who spoke or took a stance in the sentence before (`_actors_in`): a neutral
    link (relatedTo); one who spoke there is answered before anyone the words were about. Two there, or none
    named: nobody."""
    index = targets.index
    for verb in doc:
        if verb.pos_ != "VERB" or index.quoted[verb.i] or verb.sent.start == 0 or _negated(verb) \
                or verb.dep_ == "xcomp" or _hypothetical(verb):
            continue  # "declined to respond", "did not reply": no answer given
        lemma = verb.lemma_.lower()
        if lemma in word_class("reply_verb") and (lemma != "hit" or any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)):
            answering, cue = verb, ("hit back" if lemma == "hit" else lemma)
        elif lemma in speech_verbs() and any(
                c.dep_ == "advcl" and c.lemma_.lower() in word_class("reply_verb") and c.tag_ == "VBG"
                and not any(g.dep_ in ("prep", "dobj") for g in c.children) for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in ("response", "reply")
                                                             and not list(g.children) for g in c.children)
                and c.i < verb.i for c in verb.children):
            answering, cue = verb, "respond"  # "Responding, X said", "In response, X said"
        else:
            continue
        if any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("to", "with", "at")
               for c in answering.children):
            continue  # "replied to X", "hit back at X": whom it answers is said
        before = sentence_before(verb.sent)
        speakers, doers = _actors_in(before, targets, stances=True)
        answered = speakers or doers  # "X said officers had failed. Y hit back": X, not the officers
        if len(answered) != 1 or "" in answered:
            continue
        other = answered.pop()
        for subj in (s for found in _subjects(verb) for s in _conjuncts(found)):
            subject = targets.of(subj, "actor")
            if subject and subject != other:
                yield _relation(doc, subject, "relatedTo", other, cue, False, verb, subj, verb, targets, paragraphs)
