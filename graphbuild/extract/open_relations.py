"""Open-vocabulary relations: two mentions the grammar joins, whatever the verb or noun that joins them.

The verb lexicon (`relation_verbs.csv`) says what a relation means; English relates people, bodies and
places through far more words than any lexicon lists ("thanked", "snubbed", "an inquiry by X into Y",
"a member of Y", "a teacher from Z"). This reader asserts only that the sentence relates the two, as a
neutral gb:relatedTo whose cue keeps the joining words (verb lemma with its preposition, or the noun
with its preposition), never a guessed stance. A pair some specific reading already relates is left
to that reading.

The path between the two mentions is short and passes no other mention:
  * a clause: its doer (subject, passive agent, the controller of an infinitive, the antecedent of a
    relative pronoun, the subject a participle or conjunct shares) and what it acts on (object,
    passive subject, prepositional object, an adjective's prepositional object: "was critical of Y"),
    reaching from a plain noun to the name it holds ("sought Y's removal", "piled pressure on Y");
  * a noun describing a mention (an apposition, a title before a name, the mention itself) and the
    name in its preposition, possessor or modifier ("Y, a member of X", "Labour MP Y", "Y, from Z");
  * an act named by a noun with its doer ("an inquiry by X into Y", "X's dismissal of Y") or two
    parties ("talks between X and Y");
  * a clause reported or weighed by a verb ("X said Y should repay the money"): its subject is what X
    spoke of; people saying one thing together, or meeting or clashing, are related to each other.
An apposition or copula joining two names is identity, not a relation; a negated or denied clause
gives a negated statement (kept as evidence, never a direct edge); words inside quotes are the
speaker's, except a scare-quoted word or two; a report or review acts for its author.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ..gazetteer import load as load_gazetteer, word_class, word_values
from ..records import Entity, Policy, Relation
from .common import Paragraphs, doc_sents, is_workforce, sentence_index
from .quotes import MentionIndex, member_nouns, org_anaphors, speech_verbs
from .roles import DEPARTMENT_WORDS, PLACEHOLDER_PREFIX
from .relations import (SKIPPED_PREPOSITIONS as COMPARING, _conjuncts, _controller, _denied, _for_doer, _gapped_object, _hypothetical, _implicit_undergoer,
                        _negated,
                        _passive, _relation,
                        one_member_of, _subjects, _Targets, _urging, _wished, verb_rules)

SKIPPED_PREPOSITIONS = COMPARING | {"including"}  # "members, including X": read by `shared_descriptions`
ROLE_PREPOSITIONS = frozenset(("as",))  # "appointed as chief constable of Y": Y, never the role's own name
NOUN_PREPOSITIONS = frozenset(("of", "at", "for", "from", "in", "with", "on", "into", "against", "to", "over",
                               "about", "by", "within", "across", "towards"))
RELATIVE = frozenset(("who", "whom", "which", "that"))
NOUNS = frozenset(("NOUN", "PROPN"))
ACTORS = frozenset(("person", "organization"))
AUTHOR_WINDOW = 400  # tokens back to the named author of "the report" (a few paragraphs)
SCARE_WORDS = 3  # a quote this short inside a sentence marks words, it does not report a statement


def _whose_antecedent(token):
    """The noun a "whose" clause hangs from ("Kent Police, whose chief constable is Y": Kent Police)."""
    head = token.head
    while head.dep_ != "relcl" and head.head.i != head.i and head.i < token.i + 12:
        head = head.head
    return head.head if head.dep_ == "relcl" else None


def _verb_read_as_noun(token) -> bool:
    """"… with the minister calling for Y to go", "Chief quits as X orders review": a verb the tagger took for a
    noun still has the subject the parser gave it (a noun has no subject of its own, but for the small clause
    of "make X a crime", "called Y a disgrace", which says what X is, not what X did)."""
    return token.pos_ == "NOUN" and token.dep_ not in ("ccomp", "xcomp", "oprd", "attr", "acomp") \
        and any(c.dep_ == "nsubj" for c in token.children)


def _jointly(verb) -> bool:
    """"A and B launched the scheme together", "jointly funded": an act the subjects did as one (the adverbs of
    `joint_act_word`); "signed a joint letter" too, but the adjective only with a verb that makes its object
    (`joint_making_verb`): "A and B criticised the joint inspection report" is two judgements of one report."""
    if any(c.dep_ == "advmod" and c.lower_ in word_class("joint_act_word") for c in verb.children):
        return True
    return verb.lemma_.lower() in word_class("joint_making_verb") and any(
        a.dep_ == "amod" and a.lower_ in word_class("joint_object_word")
        for o in verb.children if o.dep_ == "dobj" for a in o.children)


@lru_cache(maxsize=1)
def _post_heads() -> frozenset[str]:
    """The head words of the gazetteer's titles and their aliases, before any "of" ("Chair of the Justice
    Committee": chair; "Chief Constable": constable): the words that name a post."""
    return frozenset(n.lower().split(" of ")[0].split()[-1] for t in load_gazetteer().titles
                     for n in (t.title, *t.aliases) if n.split(" of ")[0].split())


def _subjects_passive(verb) -> list:
    holder = verb if any(c.dep_ == "auxpass" for c in verb.children) else verb.head
    return [c for c in holder.children if c.dep_ == "nsubjpass"]


class _Reader:
    def __init__(self, doc, targets: _Targets, paragraphs: Paragraphs, entities: list[Entity]):
        self.doc, self.targets, self.index, self.paragraphs = doc, targets, targets.index, paragraphs
        self.scare = set()  # words in short quotes (“dismayed”): the reporter's sentence, not the speaker's
        for q in self.index.quote_spans:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and sum(1 for t in span if t.is_alpha) <= SCARE_WORDS:
                self.scare.update(t.i for t in span)
        self.entities = entities
        self.named = set()  # tokens inside a name: "Centre for Rural Policy" relates nothing to a policy
        for entity in entities:
            for ev in entity.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                self.named.update(t.i for t in span or ())

    # --- what a token stands for -----------------------------------------------------------------
    def actor(self, key: str) -> bool:
        """A person or body, or a post whose holder the corpus may name ("the Mayor of London")."""
        return self.index.kind.get(key) in ACTORS or key.startswith(PLACEHOLDER_PREFIX)

    def key(self, token, places: bool = True) -> str:
        if self.index.quoted[token.i]:
            return ""
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
            token = token.head.head  # "the panel which overruled X": the panel
        elif token.lower_ in RELATIVE and token.dep_ == "pobj" and token.head.dep_ == "prep" \
                and token.head.head.dep_ == "relcl":
            token = token.head.head.head  # "Kent Police, with which X has clashed": Kent Police
        elif token.lower_ == "whose" and token.dep_ == "poss":
            antecedent = _whose_antecedent(token)  # "X, whose force was criticised by Y": X
            if antecedent is None:
                return ""
            token = antecedent
        named = next((self.index.entity_at[c.i] for c in token.children if c.dep_ == "appos"
                      and self.index.kind.get(self.index.entity_at.get(c.i)) == "person"), "")
        if named and token.pos_ == "NOUN":
            return named  # "the party's health spokesman, Owen Tate, said": Tate, not the party
        key = self.targets.actor(token, places=places)
        if not key and token.dep_ == "appos" and token.pos_ == "NOUN" and token.i not in self.named:
            # "Ann Lee, the woman who appointed Y": a description set beside a name stands for it
            head = self.index.entity_at.get(token.head.i, "")
            key = head if self.index.kind.get(head) in ACTORS else ""
        if not key and token.dep_ == "poss" and token.lower_ in ("his", "its"):
            key = self._possessor(token)
        if not key and token.pos_ == "NOUN":
            key = self._owned_body(token) or self._act_named_before(token)
        if one_member_of(self.index, token, key):
            key = ""
        if not key and token.i in self.targets.policy_at and token.pos_ in NOUNS:
            key = self.targets.policy_at[token.i]
        return key

    def _act_named_before(self, token) -> str:
        """"X was appointed on Monday. Liberty criticised the appointment": a definite noun naming an act
        (`act_nominal` in word_classes.csv, with its verbs) told of just before stands for the one it befell."""
        verbs = set(word_values("act_nominal").get(token.lemma_.lower(), "").split("|")) - {""}
        if not verbs or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ in ("prep", "poss") for c in token.children):
            return ""  # "the appointment of Y", "Y's appointment" name their own
        at = sentence_index(self.doc, token.i)
        start = doc_sents(self.doc)[max(0, at - 1)].start
        found = []
        for verb in self.doc[start:token.i]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or self.index.quoted[verb.i]:
                continue
            deps = ("nsubjpass",) if _passive(verb) else ("dobj",) if any(
                c.dep_ == "dobj" for c in verb.children) else ("nsubj",)
            found += [k for c in verb.children if c.dep_ in deps for k in (self.targets.actor(c),)
                      if self.index.kind.get(k) == "person"]
        return found[-1] if len(set(found)) == 1 else ""

    def _owned_body(self, token) -> str:
        """"her department", "his force", "their party": the latest body named before that the noun describes
        (`anaphors.csv`), as "the department" would be."""
        anaphor = org_anaphors().get(token.lower_)
        if anaphor is None or anaphor.needs or token.tag_ != "NN" or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in token.children):
            return ""
        before = [key for i, key in self.index.org_mentions if i < token.i
                  and anaphor.classes & set(self.index.types.get(key, ())) and self.index.named_as(key, anaphor)
                  and (token.lower_ not in DEPARTMENT_WORDS or DEPARTMENT_WORDS & set(
                      self.index.names.get(key, "").lower().split()))]  # "her department": a department, not the government
        return before[-1] if before else ""

    def _possessor(self, token) -> str:
        """"His sister, Ann Lee, said", "Its chief, Tom Ray, said": the man or the body just spoken of, when
        the clause's own subject does not bind the pronoun (that is read by `_Targets.actor`)."""
        if token.lower_ == "his":
            return self.index.antecedent(token, "m")
        start = self.doc[max(0, token.sent.start - 1)].sent.start
        before = [key for i, key in self.index.org_mentions if start <= i < token.i]
        return before[-1] if before else ""

    def doer_key(self, token) -> str:
        """Who acts: the name; the doer a plain noun names with "by" ("a decision by X angered Y", "figures
        released by X show that …"); or the author of a document that acts ("the committee's report faults Y",
        "In a report critical of Y, MPs on X said …", "the report" of a body named before): a body speaks
        through what it publishes."""
        return self.doer_keys(token)[0]

    def doer_keys(self, token) -> list[str]:
        """`doer_key`, with every party of a list ("a decision by A and B"); never empty."""
        key = self.key(token, places=False)
        members = [] if self.actor(key) or self.index.quoted[token.i] else self._members_of(token)
        if members:
            return members
        if not self.actor(key) and token.lemma_.lower() in word_class("own_act_noun") \
                and token.dep_ in ("nsubj", "nsubjpass") and not self.index.quoted[token.i]:
            # "Her resignation came as a shock to Y", "X's remarks angered Y": the one whose act it was
            owners = [k for c in token.children if c.dep_ == "poss" for k in (self.key(c, places=False),)
                      if self.actor(k)]
            if owners:
                return owners
        if self.actor(key) or token.pos_ != "NOUN" or self.index.quoted[token.i]:
            return [key]
        document = token.lemma_.lower() in word_class("authored_document")
        authors = self._authors_named(token, document) or ([self._author_around(token)] if document else [])
        authors = [a for a in authors if a]
        # a policy that acts still acts itself beside its author ("the cuts imposed by X hit Y")
        return authors + [key] if authors and key in self.targets.topic else authors or [key]

    def _members_of(self, token) -> list[str]:
        """"Officers from X and Y arrested …", "MPs on X grilled …", "Members of X voted …": people of a body, in
        the plural and named by the body, act for it (one member does not: "a member of X said")."""
        if token.tag_ not in ("NNS", "NNPS") or token.i in self.named or not (
                is_workforce(token) or token.lemma_.lower() in member_nouns()):
            return []
        keys = [k for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("from", "on", "of", "at")
                for g in prep.children if g.dep_ == "pobj" for t in _conjuncts(g)
                for k in (self.key(t, places=False),) if self.index.kind.get(k) == "organization"]
        return list(dict.fromkeys(keys))

    def _author_named(self, token, document: bool) -> str:
        return next(iter(self._authors_named(token, document)), "")

    def _authors_named(self, token, document: bool) -> list[str]:
        for child in token.children:
            if child.dep_ in ("poss", "compound", "nmod") and document or child.dep_ == "poss" and (
                    token.lemma_.lower() in word_class("proxy_noun")):
                found = [child]  # "the committee's report", "the Mayor's office", "his lawyers": theirs
            elif child.dep_ == "prep" and child.lower_ == "by":
                found = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.tag_ == "VBN" and (child.lemma_.lower() in word_class(
                    "publishing_verb") or token.i in self.targets.policy_at):  # "the cuts imposed by X hit Y"
                found = [p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            else:
                continue
            keys = [k for author in found for t in _conjuncts(author) for k in (self.key(t, places=False),)
                    if self.actor(k)]
            if keys:
                return list(dict.fromkeys(keys))
        return []

    def _author_around(self, token) -> str:
        """A document with no author in its phrase: "In a report …, MPs on X said" is theirs; "the report"
        is the one of that name whose author was named last."""
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ in ("VERB", "AUX"):
            for subject in self.doers(token.head.head):
                other = self.doer_key(subject) if subject.i != token.i else ""
                if not self.actor(other) and subject.lemma_.lower().rstrip("s") in member_nouns():  # "MPs on X": theirs
                    other = next((k for k, _, _ in self.reach(subject, depth=1)
                                  if self.index.kind.get(k) == "organization"), "")
                if self.actor(other):
                    return other
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return ""
        for before in reversed(self.doc[max(0, token.i - AUTHOR_WINDOW):token.i]):
            if before.lemma_ == token.lemma_ and not self.index.quoted[before.i]:
                other = self._author_named(before, True)
                if other:
                    return other
        return ""

    def reach(self, token, depth: int = 2) -> Iterator[tuple[str, object, str]]:
        """Names a noun phrase holds: itself, or (through a plain noun) its possessor, a name modifying it
        or the name in its prepositions: (key, token, words of the path)."""
        kinds = set()
        for t in _conjuncts(token):
            key = self.key(t)
            if key:
                kind = self.index.kind.get(key, "policy")
                if kinds and kind not in kinds:
                    continue  # "visits by A in Leeds and B in York" parsed as "Leeds and B": not one list
                kinds.add(kind)
                yield key, t, ""
                if kind == "policy" and t.pos_ == "NOUN" and depth > 0:  # "ordered an inquiry into Y": Y too
                    yield from self._through_policy(t)
                continue
            if t.pos_ not in NOUNS or depth == 0 or self.index.quoted[t.i]:
                continue
            for child in t.children:
                if child.dep_ == "poss" or child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
                    key = self.key(child)
                    if key:
                        yield key, child, t.lemma_.lower()
                    elif child.dep_ in ("compound", "nmod"):  # "the BBC's Today programme": the possessor
                        for owner in (g for g in child.children if g.dep_ == "poss"):  # hangs from the modifier
                            key = self.key(owner)
                            if key:
                                yield key, owner, t.lemma_.lower()
                elif child.dep_ == "acl" and child.tag_ == "VBN":  # "praised the work done by X": X's work
                    for pobj in (p for a in child.children if a.dep_ == "agent" for p in a.children
                                 if p.dep_ == "pobj"):
                        for key, found, _ in self.reach(pobj, 0):
                            if self.actor(key):
                                yield key, found, f"{t.lemma_.lower()} {child.lower_} by"
                elif child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
                    for pobj in (g for g in child.children if g.dep_ == "pobj"):
                        for key, found, _ in self.reach(pobj, depth - 1):
                            yield key, found, f"{t.lemma_.lower()} {child.lower_}"

    def _through_policy(self, noun, depth: int = 2) -> Iterator[tuple[str, object, str]]:
        """The people and bodies a policy noun names besides itself: "an inquiry into Y", "the Y funding cuts",
        "Y's budget cuts", "a vote of no confidence from Y" (a policy is never the middle of a link, so the clause
        reaches them itself)."""
        policy = self.key(noun)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
                found = [(k, t, f"{noun.lemma_.lower()} {child.lower_}") for g in child.children if g.dep_ == "pobj"
                         for k, t, _ in self.reach(g, 0)]
                if depth > 1 and child.lower_ == "of":  # inside the same policy's words: "a vote of no confidence from Y"
                    found += [(k, t, f"{noun.lemma_.lower()} {path.split()[-1]}") for g in child.children
                              if g.dep_ == "pobj" and g.pos_ == "NOUN" and self.key(g) == policy
                              for k, t, path in self._through_policy(g, depth - 1)]
            elif child.dep_ in ("poss", "compound", "nmod") and child.pos_ in ("PROPN", "PRON") \
                    or child.dep_ == "poss" and child.pos_ == "NOUN":  # "into the force's handling of Y": the force
                found = [(self.key(child), child, noun.lemma_.lower())]
            else:
                continue
            for other, token, path in found:
                if self.actor(other) and not other.startswith(PLACEHOLDER_PREFIX):
                    yield other, token, path

    # --- clauses ------------------------------------------------------------------------------------
    def doers(self, verb, hops: int = 0) -> list:
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []  # "powers to sack officers": whoever would use them is not said
        if verb.dep_ == "xcomp":
            controller = _controller(verb)
            if controller is not None and (_urging(verb.head) or verb.head.lemma_.lower() in word_class(
                    "object_control_verb") or any(c.dep_ == "poss" for c in controller.children)):
                # "asked the watchdog to examine X": the watchdog; "condemned X's decision to abandon Y": X's
                return _conjuncts(controller)
            if controller is not None:  # "left the Met to join Y": who left joined
                return self.doers(verb.head, hops + 1)
        if _for_doer(verb) is not None:  # "pushed for X to join Y": X would
            return _conjuncts(_for_doer(verb))
        found = [s for subj in _subjects(verb) for s in _conjuncts(subj)]
        if found or _passive(verb) or hops > 3:
            return found
        if verb.dep_ == "pcomp":  # "caused a stir by naming X", "responsible for funding X"
            prep, head = verb.head, verb.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
                return []
            controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i
                               and self.actor(self.key(c, places=False))), None)
            # "faced hearings for lying": not the hearings, who faced them; "After visiting X, Y praised Z": the
            # object after the fronted clause does not do its act, Y does
            if controller is None and prep.lower_ == "for":  # "hit back at X for cutting Y", "rounded on X for": X
                controller = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "upon")
                                   and p.i < prep.i for g in p.children
                                   if g.dep_ == "pobj" and self.actor(self.key(g, places=False))), None)
            if controller is not None and prep.lower_ != "by" and prep.head.i == head.i:
                if head.lemma_.lower() in word_class("joining_verb"):  # "X joined Y in criticising Z": both did
                    return _conjuncts(controller) + [s for subj in _subjects(head) for s in _conjuncts(subj)]
                return _conjuncts(controller)  # "accused X of misleading Y": X misleads Y
            if _passive(head) and prep.lower_ != "by":  # "X was sacked for misleading Y": X, never the sacker
                return [d for s in _subjects_passive(head) for d in _conjuncts(s)]
            return self.doers(head, hops + 1)
        return []

    def patients(self, verb) -> Iterator[tuple[object, str]]:
        """Tokens a clause acts on, each with the preposition leading to it."""
        passive = _passive(verb)
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "paid tribute to Y", "gave evidence to Y"
                light = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                              and not self.key(c)), "")
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    yield pobj, " ".join(w for w in (light, child.lower_) if w)
            elif child.dep_ in ("dobj", "dative", "oprd"):
                yield child, ""
            elif child.dep_ == "pobj" and child.lower_ in RELATIVE:  # "X, whom Y called on to resign": its particle
                yield child, next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
            elif child.dep_ == "nsubjpass" and passive:
                yield child, ""
            elif child.dep_ == "prep" and child.lower_ not in SKIPPED_PREPOSITIONS:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    yield pobj, child.lower_
                for clause in (g for g in child.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")):
                    for subject in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
                        yield subject, child.lower_  # "lied about what Y said", "asked about how Y works"
            elif child.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                  for m in child.children):
                for subject in (g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")):
                    yield subject, "for"  # "called for Y to resign", "pushed for Y to be sacked"
            elif child.dep_ == "acomp":  # "was critical of X", "is responsible for X"
                for prep in (g for g in child.children if g.dep_ == "prep" and g.lower_ not in SKIPPED_PREPOSITIONS):
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        yield pobj, f"{child.lemma_.lower()} {prep.lower_}"
            elif child.dep_ == "attr":  # "X is a member of Y", "X is Y's deputy"; never "X is Y"
                for _, found in self._described(child):
                    yield found
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            yield verb.head, ""  # "the settlement approved by X": X approved the settlement
        for head in _gapped_object(verb):  # "the force Jane Roe leads": the force
            yield head, ""
        if passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
            # "was appointed by X and approved by Y": the first verb's subject; "resigned after being criticised by
            # X", "When questioned by X, Y said": the subject of the clause the participle hangs from
            for undergoer in _subjects_passive(verb) or _implicit_undergoer(verb):
                yield undergoer, ""

    def _described_is(self, verb) -> Iterator[Relation]:
        """"X's successor at Y is Z", "The chairman of Y is Z": the person a describing subject is said to be is
        described by it (the reverse of "Z is X's successor", which the attribute reading takes)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if subject is None or attr is None or self.key(subject, places=False):
            return
        named = self.key(attr, places=False)
        if self.index.kind.get(named) != "person":
            return
        for _, (token, words) in self._described(subject):
            for key, found, _ in self.reach(token, 0):
                yield self.relation(named, key, words, _negated(verb), verb, attr, found)

    def _described(self, noun):
        """The parts of a describing noun that name something else: "a member of Y", "Y's deputy"."""
        if self.key(noun) and noun.pos_ == "PROPN":
            return
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    yield child, (pobj, f"{noun.lemma_.lower()} {child.lower_}")
            elif child.dep_ == "poss":
                yield child, (child, f"'s {noun.lemma_.lower()}")

    def clauses(self) -> Iterator[Relation]:
        for verb in self.doc:
            if verb.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(verb) \
                    or self.index.quoted[verb.i] and verb.i not in self.scare:
                continue
            if _wished(verb, verb_rules()) or _hypothetical(verb):
                continue  # "demanded that the Home Office publish a plan", "if X cuts Y": nothing was done
            doers = [(k, d) for d in self.doers(verb) for k in self.doer_keys(d)]
            # a policy acts only as the verb's own subject ("the scheme, which will fund X"), never through a
            # clause it shares ("budgets fell, and fewer stations opened in X")
            doers = [(k, d) for k, d in doers if self.actor(k) or k in self.targets.topic and (
                d.head.i == verb.i or verb.dep_ == "relcl" and d.i == verb.head.i)]
            # "Y was taken to Z", "Y was told by X to …": what befell Y relates it to where it went
            undergoers = [(k, d) for s in _subjects_passive(verb) for d in _conjuncts(s)
                          for k in (self.key(d, places=False),) if self.actor(k)] \
                if _passive(verb) else []
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and not undergoers:
                # "a taskforce drawn from forces across Y", "Kent Police, criticised in Leeds": the noun a
                # passive participle modifies underwent it
                undergoers = [(k, verb.head) for k in (self.key(verb.head, places=False),) if self.actor(k)]
            if verb.lemma_.lower() in word_class("inclusion_verb"):
                yield from self._included(verb)
            if verb.lemma_ == "be":
                yield from self._whose_post(verb)
                if not doers:
                    yield from self._described_is(verb)
            if not doers and not undergoers:
                continue
            negated = _negated(verb) or any(c.dep_ == "neg" for a in verb.children if a.dep_ == "acomp"
                                            for c in a.children) or _denied(verb)
            lemma = verb.lemma_.lower()
            for token, prep in self.patients(verb):
                for key, found, path in self.reach(token):
                    if prep in ROLE_PREPOSITIONS and not path:
                        continue  # "X, as the Home Secretary, …", "described Y as Z": a name after "as" is a role
                    words = " ".join(w for w in (lemma if lemma != "be" else "", prep, path) if w)
                    for doer_key, doer in doers + (undergoers if prep else []):
                        yield self.relation(doer_key, key, words or lemma, negated, verb, doer, found)
            clauses = [c for head in [verb] + [a for a in verb.children if a.dep_ == "acomp"] for c in head.children
                       if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]  # "was dismayed that Y did not …"
            # "X said the figures showed that Y had failed": what a document or finding showed, X spoke of too
            clauses += [n for c in clauses if not any(self.actor(self.doer_key(s)) for s in c.children
                                                      if s.dep_ in ("nsubj", "nsubjpass"))
                        for n in c.children if n.dep_ == "ccomp" and n.pos_ in ("VERB", "AUX") and n.i > c.i]
            for clause in clauses:
                # "X said Y should repay the money", "X is considering whether Y should": X spoke of Y
                for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    spoken = list(self.reach(subject, depth=1))
                    author = self.doer_key(subject) if not any(self.actor(k) for k, _, _ in spoken) else ""
                    if self.actor(author):  # "X claims the report published by Y fails …": X spoke of Y
                        spoken.append((author, subject, ""))
                    for key, found, _ in spoken:
                        for doer_key, doer in ((k, d) for k, d in doers + undergoers if self.actor(k)):
                            # "she was dismayed that Y …": the one dismayed spoke of Y too
                            yield self.relation(doer_key, key, lemma, _negated(verb), verb, doer, found)
                # "X said officers would be sent to Y": the people and bodies the clause acts on, X spoke of too
                # (a clause after its verb: one before it is as often a misparsed sentence of its own)
                for token, _ in self.patients(clause) if clause.i > verb.i else ():
                    for key, found, _ in self.reach(token, depth=1):
                        if not self.actor(key) or key.startswith(PLACEHOLDER_PREFIX) or found.pos_ == "PRON":
                            continue  # "would miss her": a pronoun this deep is too often someone else
                        for doer_key, doer in ((k, d) for k, d in doers + undergoers if self.actor(k)):
                            yield self.relation(doer_key, key, lemma, _negated(verb), verb, doer, found)
            together = lemma in word_class("reciprocal_verb") and not any(c.dep_ == "dobj" for c in verb.children) \
                or _jointly(verb)
            if clauses or together or lemma in speech_verbs() and lemma not in verb_rules():
                # "A and B said: “…”", "A and B met on Monday", "A and B clashed over the plan"
                # "The union and the council insist that …": who say one thing together are related
                joint = [(k, d) for k, d in doers if self.actor(k) and d.dep_ in ("nsubj", "conj")]
                for (a, ta), (b, tb) in zip(joint, joint[1:]):
                    yield self.relation(a, b, lemma, _negated(verb), verb, ta, tb)

    def _whose_post(self, verb) -> Iterator[Relation]:
        """"Kent Police, whose chief constable is Y": Y holds that post at the antecedent."""
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
            holder = next((c for c in verb.children if c.dep_ == "attr"), None)
            if owner is None or holder is None:
                continue
            a, b = self.key(holder), self.key(owner)
            if self.index.kind.get(a) == "person" and self.actor(b):
                yield self.relation(a, b, subject.lemma_.lower(), _negated(verb), verb, holder, owner)

    def _included(self, verb) -> Iterator[Relation]:
        """"Critics of the force include Liberty", "Members of the panel include Y": each one named is
        what the subject's noun says of the body in its preposition (Liberty, a critic of the force)."""
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not self.key(c)):
            for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "at", "in")):
                bodies = [(k, t) for g in prep.children if g.dep_ == "pobj" for k, t, _ in self.reach(g, depth=1)
                          if self.actor(k) or k in self.targets.topic]
                members = [(k, d) for o in verb.children if o.dep_ == "dobj" for d in _conjuncts(o)
                           for k in (self.key(d, places=False),) if self.actor(k)]
                for a, ta in members:
                    for b, tb in bodies:
                        yield self.relation(a, b, f"{subject.lemma_.lower()} {prep.lower_}", _negated(verb), verb,
                                            ta, tb)

    # --- nouns --------------------------------------------------------------------------------------
    def _compound_modifiers(self, noun):
        """"Leeds-based", "Labour-run", "Kent-born": a name inside a participle that modifies the noun."""
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.pos_ in ("VERB", "ADJ") and child.i not in self.named:
                for inner in (g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod")):
                    other = self.key(inner)
                    if other and not other.startswith(PLACEHOLDER_PREFIX):
                        yield other, inner, child.lower_

    def describes(self, noun, key: str) -> bool:
        """Is a noun in apposition a description of the mention ("a member of X", "the chairman, Y")
        rather than a second name? A title standing for the same person, or for some holder, describes."""
        other = self.key(noun)
        return not other or other == key or other.startswith(PLACEHOLDER_PREFIX)

    def descriptions(self) -> Iterator[Relation]:
        """"Y, a member of X", "Labour MP Y", "the author of the report, Y", "Y, from Z", "X's Y"."""
        for token in self.doc:
            key = self.index.entity_at.get(token.i, "")
            if not key or self.index.quoted[token.i] or self.index.entity_at.get(token.head.i) == key \
                    and token.head.i != token.i:
                continue  # one token per mention: the one whose head lies outside it
            if self.index.kind.get(key) == "place" and token.dep_ == "compound":
                continue  # "York twins Y" is read from Y
            if key.startswith(PLACEHOLDER_PREFIX) and (token.text in word_class("post_letters") or any(
                    c.dep_ == "compound" and self.index.kind.get(self.index.entity_at.get(c.i)) == "person"
                    for c in token.children)):
                continue  # "Ann Lee MSP": letters after a name are that person, read from the name
            nouns = []
            for child in token.children:
                if child.dep_ == "appos" and self.describes(child, key):
                    nouns.extend(_conjuncts(child))
                elif child.dep_ in ("compound", "amod", "nmod") and child.pos_ in NOUNS and child.i not in self.named \
                        and self.describes(child, key):
                    nouns.append(child)  # a title before the name: "Labour MP Y"
            if token.dep_ == "appos" and token.head.pos_ == "NOUN" and self.describes(token.head, key):
                nouns.extend(_conjuncts(token.head))  # "the author of the report, Y"
            first = token
            while first.dep_ == "conj" and first.head.i != first.i and self.index.kind.get(
                    self.index.entity_at.get(first.head.i, "")) == self.index.kind.get(key):
                first = first.head  # "York pair A and B", "Labour MPs A and B": the title is B's too
            if first.i != token.i:
                nouns.extend(self._shared_titles(token, first, key))
            if token.i not in self.named:  # a title standing for its holder: "the party leader said"
                nouns.append(token)
            for holder in [token] + nouns:  # "the Leeds-based charity X", "a Labour-run council, X"
                for other, found, cue in self._compound_modifiers(holder):
                    if other != key:
                        yield self.relation(key, other, cue, False, holder, token, found)
            for noun in nouns:
                for child in noun.children:
                    if child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
                        for pobj in (g for g in child.children if g.dep_ == "pobj"):
                            for other, found, path in self.reach(pobj, depth=1):
                                yield self.relation(key, other, f"{noun.lemma_.lower()} {child.lower_}", False,
                                                    noun, token, found)
                    elif child.dep_ in ("poss", "compound", "nmod", "amod") and child.i != token.i \
                            and (noun.i != token.i or child.i in self.named):
                        other = self.key(child)
                        # not a bare title ("chief" in "chief constable"), nor the holder a title stands for
                        if other and not other.startswith(PLACEHOLDER_PREFIX) and not (
                                noun.i == token.i and self.index.kind.get(other) == "person"):
                            mark = "'s " if child.dep_ == "poss" else ""
                            yield self.relation(key, other, mark + noun.lemma_.lower(), False, noun, token, child)
            for child in token.children:  # the mention itself: "Y, from Z", "the hospital in Z", "X's Y"
                if child.dep_ == "appos" and self.index.kind.get(key) != "person" \
                        and self.index.kind.get(self.key(child)) == "place" and self.key(child) != key:
                    # "Armley, west Leeds", "St Anne's Clinic, York": a place set beside a name holds it
                    yield self.relation(key, self.key(child), "in", False, child, token, child)
                elif child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS and child.i not in self.named \
                        and token.i in self.named and not (self.index.kind.get(key) == "place" and child.lower_ in (
                            "to", "from", "for", "with", "by")):  # "trips to Leeds and to York": places go nowhere
                    for pobj in (g for g in child.children if g.dep_ == "pobj"):
                        for other, found, path in self.reach(pobj, depth=1):
                            yield self.relation(key, other, " ".join(w for w in (child.lower_, path) if w), False,
                                                child, token, found)
                elif child.dep_ == "poss" and self.index.entity_at.get(child.i) != key:
                    other = self.key(child)
                    if other:
                        yield self.relation(other, key, "'s", False, child, child, token)

    def acts(self) -> Iterator[Relation]:
        """"an inquiry by X into Y", "X's dismissal of Y", "talks between X and Y"."""
        for noun in self.doc:
            if noun.pos_ == "PROPN" and noun.i == noun.sent.start and noun.i not in self.named:
                pass  # "Talks between X and Y stalled": a capital that only opens the sentence
            elif noun.pos_ != "NOUN" and not (noun.tag_ == "VBG" and any(c.dep_ == "poss" for c in noun.children)):
                continue  # "Tom Hale's sacking by Jane Roe": a gerund with an owner is a noun here
            if self.index.quoted[noun.i] or self.actor(self.key(noun)) and not (
                    noun.i not in self.index.entity_at and noun.lemma_.lower() in word_class("authored_document")) \
                    and not self._stands_for_its_sender(noun):
                continue  # a policy noun is an act too: "the watchdog's inquiry into Y"; so is a document that
                # stands for its author ("a report by X into Y")
            agents, objects = [], []
            for child in noun.children:
                if child.dep_ == "poss":
                    agents.extend((k, t) for k, t, _ in self.reach(child, depth=0))
                elif child.dep_ == "prep" and child.lower_ in ("by", "from"):  # "funding from X for Y"
                    agents.extend((k, t) for g in child.children if g.dep_ == "pobj" for k, t, _ in self.reach(g, 0))
                    agents.extend(self._name_after_title(g) for g in child.children if g.dep_ == "pobj"
                                  and not any(self.actor(k) for k, _, _ in self.reach(g, 0))
                                  and self._name_after_title(g) is not None)
                elif child.dep_ == "prep" and child.lower_ == "between":
                    # "talks between Jane Roe and Kent Police": a person and a body are one list here
                    parties = [(k, t) for g in child.children if g.dep_ == "pobj" for t in _conjuncts(g)
                               for k in (self.key(t),) if self.actor(k)]
                    for (a, ta), (b, tb) in zip(parties, parties[1:]):
                        yield self.relation(a, b, f"{noun.lemma_.lower()} between", False, noun, ta, tb)
                elif child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
                    objects.extend((k, t, child.lower_) for g in child.children if g.dep_ == "pobj"
                                   for k, t, _ in self.reach(g, depth=1))
                elif child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    # "X's decision to suspend Y", "calls from X to sack Y": the act the noun names, on Y
                    objects.extend((k, t, f"to {child.lemma_.lower()}") for g in child.children if g.dep_ == "dobj"
                                   for k, t, _ in self.reach(g, depth=1))
            if not agents and any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children) for c in noun.children):
                # "the decision of X to sack Y", "the failure of X to protect Y": before an infinitive the act's doer
                agents = [(k, t) for k, t, prep in objects if prep == "of"]
                objects = [o for o in objects if o[2] != "of"]
            agents, objects = self._passive_nominal(noun, agents, objects)
            for a, ta in agents:
                if self.index.kind.get(a) not in ("person", "organization"):
                    continue
                for b, tb, prep in objects:
                    yield self.relation(a, b, f"{noun.lemma_.lower()} {prep}", _negated(noun), noun, ta, tb)

    def _name_after_title(self, token):
        """"a letter from deputy director of public health Dr Ann Lee": the name a title phrase ends with, when the
        parser hangs it inside the title's own preposition; (key, token) or None."""
        last = token.right_edge
        key = self.index.entity_at.get(last.i, "")
        if self.index.kind.get(key) != "person" or last.i == token.i or any(
                t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") or t.lower_ in ("and", "or")
                for t in self.doc[token.i:last.i + 1]):
            return None
        return key, last

    def _stands_for_its_sender(self, noun) -> bool:
        """"A letter from Jane Roe to Tom Hale": a thing sent stands for its sender as a doer, and is still an act
        from the sender to the one it went to."""
        key = self.key(noun)
        return noun.i not in self.named and any(k == key for p in noun.children if p.dep_ == "prep" and p.lower_ in (
            "from", "by") for g in p.children if g.dep_ == "pobj" for k, _, _ in self.reach(g, 0))

    def _passive_nominal(self, noun, agents, objects):
        """"Tom Hale's sacking by Jane Roe", "her appointment by the board": with a doer named after "by", the
        possessor is the one the act befell, not its doer."""
        owners = {t.i for c in noun.children if c.dep_ == "poss" for _, t, _ in self.reach(c, depth=0)}
        doers = {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                 if g.dep_ == "pobj" for _, t, _ in self.reach(g, 0)}
        if not owners or not doers:
            return agents, objects
        return [(k, t) for k, t in agents if t.i not in owners], objects + [(k, t, "by") for k, t in agents
                                                                           if t.i in owners]

    def reactions(self) -> Iterator[Relation]:
        """"X fury as Y axes the station", "X anger over Y's plan": a headline's reaction noun (`reaction_noun`) ties
        who reacts to what the clause or phrase after it says was done, and by whom."""
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_class("reaction_noun") or self.index.quoted[noun.i]:
                continue
            who = [(k, c) for c in noun.children if c.dep_ in ("compound", "nsubj", "poss") and c.i < noun.i
                   for k in (self.key(c, places=False),) if self.actor(k)]
            if not who:
                continue
            acts = []
            for clause in (c for c in noun.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")):
                mark = next((m.lower_ for m in clause.children if m.dep_ == "mark"), "")
                acts += [(k, d, f"{noun.lemma_.lower()} {mark} {clause.lemma_.lower()}".replace("  ", " "))
                         for d in self.doers(clause) for k in self.doer_keys(d) if self.actor(k)]
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("over", "at", "after", "as")):
                acts += [(k, t, f"{noun.lemma_.lower()} {prep.lower_}") for g in prep.children if g.dep_ == "pobj"
                         for k, t, _ in self.reach(g, depth=1) if self.actor(k)]
            for a, ta in who:
                for b, tb, cue in acts:
                    yield self.relation(a, b, cue, False, noun, ta, tb)

    def headline_sequels(self) -> Iterator[Relation]:
        """"X quits as Y orders review", "X attacks Z after Y cuts": a headline sets side by side only what belongs
        together, so who acts in its main clause and who acts in the clause its "as"/"after" joins
        (`headline_sequel_mark`) are related, as a neutral edge with both verbs as cue. Only in the headline: in
        the body "X spoke after Y left" is a sequence, and relates no one."""
        for clause in self.doc:
            if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or self.index.quoted[clause.i] \
                    or self.paragraphs.index(clause.idx) != 0 or clause.head.lemma_.lower() in word_class("reaction_noun"):
                continue
            mark = next((m.lower_ for m in clause.children if m.dep_ == "mark"), "")
            if mark not in word_class("headline_sequel_mark"):
                continue
            head = clause.head
            if head.pos_ in ("VERB", "AUX"):
                first = self.doers(head)
            else:  # a verb the parser took for a noun ("Chief quits as …" with "quits" a plural noun)
                first = [s for c in head.children if c.dep_ == "nsubj" for s in _conjuncts(c)]
            first += [a for t in first for a in t.children if a.dep_ == "appos"]
            who = [(k, t) for t in first for k in self.doer_keys(t) if self.actor(k)]
            doers = self.doers(clause)  # "as Y orders review", the verb taken for a noun: the name glued before it
            doers += [c for t in doers if not self.actor(self.key(t, places=False)) for c in t.children
                      if c.dep_ == "compound" and c.pos_ == "PROPN"]
            acts = [(k, t) for t in doers for k in self.doer_keys(t) if self.actor(k)]
            for a, ta in who:
                for b, tb in acts:
                    yield self.relation(a, b, f"{head.lemma_.lower()} {mark} {clause.lemma_.lower()}", False, head, ta, tb)

    def units(self) -> Iterator[Relation]:
        """"the ONS Centre for Crime and Justice", "the Home Office Police Standards Unit": a body named by
        another body's name and a unit word is a unit of it."""
        bodies = {n.lower(): e.key for e in self.entities if e.kind == "organization" for n in (e.name, *e.aliases)}
        for entity in self.entities:
            if entity.kind != "organization" or not entity.mentions:
                continue
            for name in (entity.name, *entity.aliases):
                words = name.split()
                owner = next((bodies[p] for k in range(len(words) - 1, 0, -1)
                              for p in (" ".join(words[:k]).lower(),) if p in bodies and bodies[p] != entity.key
                              and any(w.lower() in word_class("unit_noun") for w in words[k:])), "")
                span = self.doc.char_span(entity.mentions[0].start, entity.mentions[0].end, alignment_mode="expand")
                if owner and span is not None:
                    yield self.relation(entity.key, owner, "unit of", False, span[0], span[0], span[-1])
                    break

    # --- lists, inclusions and places within places (h9-rel4) ----------------------------------------
    def shared_descriptions(self) -> Iterator[Relation]:
        """"A, B and C, all members of X, voted": a plural description set after a list is each one's; the parser
        hangs it on the first name only, which `descriptions` reads."""
        for token in self.doc:
            key = self.index.entity_at.get(token.i, "")
            if token.dep_ not in ("conj", "nsubj", "nsubjpass", "dobj", "pobj", "appos") or not key \
                    or self.index.quoted[token.i] or self.index.entity_at.get(token.head.i) == key:
                continue
            first = token
            while first.dep_ == "conj" and first.head.i != first.i and self.index.kind.get(
                    self.index.entity_at.get(first.head.i, "")) == self.index.kind.get(key):
                first = first.head
            if first.i == token.i and not any(c.dep_ == "conj" for c in token.children):
                continue
            for noun in (c for c in first.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > token.i
                         and c.i not in self.named and (self.describes(c, key) or self._names_its_body(c))):
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREPOSITIONS):
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        for other, found, _ in self.reach(pobj, depth=1):
                            if self.actor(other) or self.index.kind.get(other) == "place":
                                yield self.relation(key, other, f"{noun.lemma_.lower()} {prep.lower_}", False,
                                                    noun, token, found)

    def _shared_titles(self, token, first, key) -> list:
        """The title before the first name of a list that is the later name's too: a plural or collective one
        ("Labour MPs A and B", "York pair A and B", "Kent Police officers A and B"), and only when the later
        name has no title of its own ("Home Office minister A and Labour MP B": B is no minister; "chief constable
        A and B": B is not the chief constable)."""
        if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ in NOUNS and c.i not in self.named
               for c in token.children):
            return []
        titles = [c for c in first.children if c.dep_ in ("compound", "amod", "nmod")
                  and c.pos_ in NOUNS and c.i not in self.named and self.describes(c, key)]
        if first.dep_ == "appos" and first.head.pos_ == "NOUN" and first.head.i < first.i \
                and first.head.i not in self.named and (self.describes(first.head, key)
                                                        or self.key(first.head) == self.index.entity_at.get(first.i)):
            titles.append(first.head)  # "Kent Police officers A and B": the parser sets the names beside the title
        return [t for t in titles if t.tag_ in ("NNS", "NNPS") or t.lower_ in word_class("collective_title_noun")]

    def _names_its_body(self, noun) -> bool:
        """"members of X" stands for X as a doer ("Members of X voted"); set beside names, it describes them."""
        key = self.key(noun)
        return bool(key) and any(self.key(g) == key for p in noun.children if p.dep_ == "prep"
                                 for g in p.children if g.dep_ == "pobj")

    def posts_as(self) -> Iterator[Relation]:
        """"Tom Hale's appointment as chief constable of Kent Police", "her time as chair of X", "the election of Y
        as leader of Z": the one a noun's act or spell befalls holds the post named after "as", at the body or
        place in its preposition. Only a noun of appointment or tenure (`tenure_noun`) and a post the gazetteer's
        titles name (`_post_heads`): "X's description of Y as a friend of Z" gives Y no post at Z."""
        posts = _post_heads()
        for noun in self.doc:
            if noun.pos_ != "NOUN" or self.index.quoted[noun.i] or noun.i in self.named \
                    or noun.lemma_.lower() not in word_class("tenure_noun"):
                continue
            holders = [(k, t) for c in noun.children if c.dep_ == "poss" for t in _conjuncts(c)
                       for k in (self.key(t, places=False),) if self.index.kind.get(k) == "person"]
            holders += [(k, t) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" for t in _conjuncts(g) for k in (self.key(t, places=False),)
                        if self.index.kind.get(k) == "person"]
            for post in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                         if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_ in posts):
                for prep in (c for c in post.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "in")):
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        for other, found, _ in self.reach(pobj, depth=0):
                            for a, ta in holders:
                                yield self.relation(a, other, f"{noun.lemma_.lower()} as {post.lemma_.lower()} "
                                                    f"{prep.lower_}", _negated(noun), noun, ta, found)

    def party_fellows(self) -> Iterator[Relation]:
        """"the anger of her own Labour backbenchers", "X, whose own Tory colleagues": the one whose own fellows a
        party's members are is of that party (`member_nouns.csv`). Without "own", only a noun that names a party's
        members alone (`party_member_noun`: "X's Labour MPs") and no phrase after it: "X, whose Tory colleagues on the
        committee", "X's Conservative critics" say nothing of X's party."""
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or self.index.quoted[noun.i] or noun.i in self.named \
                    or noun.lemma_.lower() not in member_nouns():
                continue
            own = any(c.lower_ == "own" for c in noun.children if c.dep_ == "amod")
            if not own and (noun.lemma_.lower() not in word_class("party_member_noun")
                            or any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children)):
                continue
            owners = [(k, c) for c in noun.children if c.dep_ == "poss"
                      for k in (self.key(c, places=False),) if self.index.kind.get(k) == "person"]
            parties = [(k, c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                       for k in (self.index.entity_at.get(c.i, ""),) if "PoliticalParty" in self.index.types.get(k, ())]
            for a, ta in owners:
                for b, tb in parties:
                    yield self.relation(a, b, f"'s {noun.lemma_.lower()}", False, noun, ta, tb)

    def harm_at_places(self) -> Iterator[Relation]:
        """"The Rotherham blast injured X", "the bypass pile-up that left X dead": whom an event named by its place
        (`harm_event_noun`) harmed is related to that place. Only a verb of harm (`harm_verb`; a value is a word the
        verb needs beside it: "claimed the lives", "left X dead"): "the Leeds attack inspired X to write" relates X
        to no place."""
        events, harms = word_class("harm_event_noun"), word_values("harm_verb")
        for verb in self.doc:
            if verb.pos_ != "VERB" or self.index.quoted[verb.i] or _negated(verb) or _hypothetical(verb) \
                    or verb.lemma_.lower() not in harms:
                continue
            needed = harms[verb.lemma_.lower()]
            if needed and not any(t.lemma_.lower() == needed for t in verb.subtree if t.i > verb.i):
                continue
            for event in (d for d in self.doers(verb) if d.pos_ == "NOUN" and d.lemma_.lower() in events):
                places = [(k, c) for c in event.children if c.dep_ in ("compound", "nmod", "amod")
                          for k in (self.index.entity_at.get(c.i, ""),) if self.index.kind.get(k) == "place"]
                for token, _ in self.patients(verb):
                    for key, found, _ in self.reach(token):
                        if self.index.kind.get(key) != "person":
                            continue
                        for place, tp in places:
                            yield self.relation(key, place, f"{event.lemma_.lower()} {verb.lemma_.lower()}", False,
                                                verb, found, tp)

    def places_within(self) -> Iterator[Relation]:
        """"spread from A in B to ...": a place named right after another with "in" holds it, though the parser may
        hang the "in" on the verb. Only a place that is the object of a preposition of whereabouts
        (`place_anchor_preposition`: from, to, at, near), and never a country or nation the gazetteer knows: "talks
        with France in London", "Ireland played England in Dublin" say where something happened, not what holds
        what."""
        anchors = word_class("place_anchor_preposition")
        nations = {p.label.lower() for p in load_gazetteer().places.values() if p.kind in ("country", "nation")}
        nations |= {a.lower() for p in load_gazetteer().places.values() if p.kind in ("country", "nation")
                    for a in p.aliases}
        names = {e.key: {n.lower() for n in (e.name, *e.aliases)} for e in self.entities}
        for prep in self.doc[1:]:
            first = self.doc[prep.i - 1]
            before = self.index.entity_at.get(first.i, "")
            if prep.lower_ != "in" or prep.dep_ != "prep" or self.index.kind.get(before) != "place" \
                    or self.index.quoted[prep.i] or names.get(before, set()) & nations:
                continue
            holder = first
            while holder.dep_ == "compound" and self.index.entity_at.get(holder.head.i) == before:
                holder = holder.head
            if holder.dep_ != "pobj" or holder.head.lower_ not in anchors:
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                other = self.index.entity_at.get(pobj.i, "")
                if self.index.kind.get(other) == "place" and other != before:
                    yield self.relation(before, other, "in", False, prep, first, pobj)

    def relation(self, a: str, b: str, cue: str, negated: bool, head, ta, tb) -> Relation | None:
        if not a or not b or a == b:
            return None
        return _relation(self.doc, a, "relatedTo", b, cue, negated, head, ta, tb, self.targets, self.paragraphs)


def _across_colon(doc, relation: Relation) -> bool:
    """"Leeds shooting: mayor vows …": a headline's colon parts two statements the parser may join."""
    span = doc.char_span(relation.evidence.start, relation.evidence.end, alignment_mode="expand") \
        if relation.evidence else None
    return span is not None and any(t.text == ":" and not t.is_space for t in span)


def open_relations(doc, entities: list[Entity], policies: list[Policy], known: list[Relation], *,
                   index: MentionIndex, paragraphs: Paragraphs) -> list[Relation]:
    """Neutral relations between pairs no other reading relates, one per pair (and one denial), in text order."""
    reader = _Reader(doc, _Targets(doc, index, policies, entities), paragraphs, entities)
    linked = {frozenset((r.subject, r.object)) for r in known}
    out = []
    for relation in [*reader.clauses(), *reader.descriptions(), *reader.acts(), *reader.reactions(), *reader.headline_sequels(),
                     *reader.units(), *reader.shared_descriptions(), *reader.places_within(),
                     *reader.posts_as(), *reader.party_fellows(), *reader.harm_at_places()]:
        if relation is None or _across_colon(doc, relation):
            continue
        pair = frozenset((relation.subject, relation.object))
        if pair in linked or (pair, relation.negated) in linked:
            continue  # one statement per pair, and one denial beside it: "did not consult Y" then "met Y"
        linked.add((pair, relation.negated))
        out.append(relation)
    return sorted(out, key=lambda r: (r.evidence.start if r.evidence else 0, r.subject, r.object))
