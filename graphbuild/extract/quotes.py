"""Direct quotes and who said them.

Quote spans are found by a scanner that never fails on unbalanced marks: a
quote left open at the end of a paragraph runs to the paragraph's end (the
British convention for quotes that continue in the next paragraph).
Speakers are read from the parse: the speech verb governing the quote, else
the nearest speech verb outside quotes in the paragraph, else — for a
paragraph that opens with a quote mark and has no cue — the speaker of the
previous paragraph's quote. Names inside quote marks are never speakers.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from .. import resources
from ..gazetteer import word_class, word_values
from ..records import Entity, Policy, Quote
from .common import (PLACEHOLDER_PREFIX, Paragraphs, RoleMention, doc_sents, doc_text, evidence, sentence_before,
                     sentence_index)
from .gender import sex_of

DOUBLE_OPEN, DOUBLE_CLOSE = "“„‟«", "”»"
SINGLE_OPEN, SINGLE_CLOSE = "‘‛‹", "’›"
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
CATAPHORA_SENTENCES = 2  # how far ahead a full description ("the body representing X") may find its name
LEAD_SENTENCES = 2  # the headline and the opening sentences, where a bare description may come before the name


@dataclass(frozen=True)
class Anaphor:
    """"the force", "the watchdog": a description that refers back to a body of these classes."""

    classes: frozenset[str]
    name_words: frozenset[str]  # the body's name contains one of these (empty: any name)
    not_words: frozenset[str] = frozenset()  # ... and none of these ("the force" is no Police Federation)
    needs: frozenset[str] = frozenset()  # a verb that must describe it ("the body representing officers")


@lru_cache(maxsize=1)
def _spokesperson_sex() -> dict[str, str]:
    """Spokespeople whose word gives their sex ("spokeswoman": "f"), from `word_classes.csv`."""
    return {word: sex for word, sex in word_values("spokesperson").items() if sex}


@lru_cache(maxsize=1)
def org_anaphors() -> dict[str, Anaphor]:
    """Noun -> what it refers back to (`ontology/gazetteer/anaphors.csv`)."""
    return {row["noun"]: Anaphor(frozenset(row["classes"].split("|")),
                                 frozenset(w for w in row["name_words"].split("|") if w),
                                 frozenset(w for w in row["not_words"].split("|") if w),
                                 frozenset(w for w in (row.get("needs") or "").split("|") if w))
            for row in resources.read_csv("gazetteer/anaphors.csv")}


def fits_name(name: str, anaphor: Anaphor) -> bool:
    """Does a body of this name fit the description ("the force" is no Police Federation)?"""
    words = set(name.lower().replace("'", " ").split())
    return (not anaphor.name_words or bool(anaphor.name_words & words)) and not anaphor.not_words & words


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, bool]:
    """Lemma -> whether its object is the addressee ("told X", "warned X")."""
    return {row["lemma"]: row["addressee"] == "yes" for row in resources.read_csv("gazetteer/speech_verbs.csv")}


@lru_cache(maxsize=1)
def author_verbs() -> frozenset[str]:
    """What a written work's author does to it ("published", "issued": `publishing_verb` rows valued author);
    "commissioned" or "obtained" make no one its author."""
    return frozenset(w for w, v in word_values("publishing_verb").items() if v == "author")


@lru_cache(maxsize=1)
def member_nouns() -> dict[str, str]:
    """Nouns for members or voices of a body ("Labour figures", "Federation officials"): they stand for it.

    The value is the chamber whose vote members of that kind cast ("peers voted" is the Lords voting), or "".
    """
    return {row["noun"]: row.get("chamber") or "" for row in resources.read_csv("gazetteer/member_nouns.csv")}


@lru_cache(maxsize=1)
def member_modifiers() -> dict[str, frozenset[str]]:
    """Member nouns that stand for a body only with one of these modifiers ("senior Labour figures")."""
    return {row["noun"]: frozenset(w for w in (row.get("requires") or "").split("|") if w)
            for row in resources.read_csv("gazetteer/member_nouns.csv") if row.get("requires")}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # inner text, marks excluded
    end: int
    paragraph: int
    open_end: bool  # ran to the paragraph's end without a closing mark


def find_quote_spans(text: str, paragraphs: tuple[tuple[int, int], ...]) -> Iterator[QuoteSpan]:
    """Quoted stretches of each paragraph, double quotes first, single quotes where no doubles are."""
    for index, (p_start, p_end) in enumerate(paragraphs or ((0, len(text)),)):
        para = text[p_start:p_end]
        spans = list(_double_spans(para))
        if not spans:
            spans = list(_single_spans(para))
        for start, end, open_end in spans:
            # trim whitespace inside the marks
            while start < end and para[start].isspace():
                start += 1
            while end > start and para[end - 1].isspace():
                end -= 1
            if end > start:
                yield QuoteSpan(p_start + start, p_start + end, index, open_end)


def _double_spans(para: str) -> Iterator[tuple[int, int, bool]]:
    i, n = 0, len(para)
    while i < n:
        ch = para[i]
        # a closing-shaped mark right after a colon and before a word opens ("The report said:”This …")
        turned = ch in DOUBLE_CLOSE and para[:i].rstrip().endswith(":") and i + 1 < n and para[i + 1].isalnum()
        if ch in DOUBLE_OPEN or ch == '"' or turned:
            closers = DOUBLE_CLOSE + '"' if ch != '"' else '"' + DOUBLE_CLOSE
            j = i + 1
            while j < n and para[j] not in closers and para[j] not in DOUBLE_OPEN:
                j += 1
            if j < n and para[j] in closers:
                yield i + 1, j, False
                i = j + 1
                continue
            if j >= n:
                yield i + 1, n, True
                return
            yield i + 1, j, True  # a new opening mark before any closing one: close here
            i = j
            continue
        i += 1


def _single_spans(para: str) -> Iterator[tuple[int, int, bool]]:
    """Single-quoted stretches; an apostrophe (letter on both sides) never closes one. A mark opening
    the paragraph (or right after a colon) with no closing one after it runs to the paragraph's end, as a
    double one does."""
    i, n = 0, len(para)
    while i < n:
        ch = para[i]
        opener = ch in SINGLE_OPEN or (ch == "'" and (i == 0 or not para[i - 1].isalnum())
                                       and i + 1 < n and para[i + 1].isalnum())
        # "described as ' a needless delay'": a straight mark typed with a space after it opens too, when closed
        spaced = not opener and ch == "'" and (i == 0 or para[i - 1].isspace()) and para[i + 1:i + 2] == " " \
            and para[i + 2:i + 3].isalpha()
        if opener or spaced:
            j = i + 1
            while j < n:
                c = para[j]
                if (c in SINGLE_CLOSE or c == "'") and not (j + 1 < n and para[j + 1].isalpha()) \
                        and j > i + 1 and not para[j - 1].isspace() and not _plural_possessive(para, j):
                    break
                j += 1
            if j < n:
                yield i + 1, j, False
                i = j + 1
                continue
            if spaced:  # never closed: a stray mark, not a quote
                i += 1
                continue
            lead = para[:i].rstrip()
            if not lead or lead.endswith(":"):  # opening its paragraph or after a colon, closed in a later one
                yield i + 1, n, True
            return
        i += 1


def _plural_possessive(para: str, j: int) -> bool:
    """"‘It’s the officers’ morale that …’": a mark after an "s" and before a lowercase word is a plural's
    apostrophe when a closing mark still follows in the paragraph before any new opening one."""
    if para[j - 1] != "s" or not re.match(r" [a-z]", para[j + 1:j + 3]):
        return False
    for k in range(j + 1, len(para)):
        c = para[k]
        if c in SINGLE_OPEN or c == "'" and not para[k - 1].isalnum() and k + 1 < len(para) and para[k + 1].isalnum():
            return False
        if (c in SINGLE_CLOSE or c == "'") and not (k + 1 < len(para) and para[k + 1].isalpha()) \
                and not para[k - 1].isspace():
            return True
    return False


class MentionIndex:
    """Token-level lookups the attribution needs, built once per doc."""

    def __init__(self, doc, entities: list[Entity], role_mentions: list[RoleMention],
                 paragraph_spans: tuple[tuple[int, int], ...]):
        quotes = list(find_quote_spans(doc_text(doc), paragraph_spans))
        self.quote_spans = quotes
        self.role_mentions = list(role_mentions)
        self.doc = doc
        self.entity_at: dict[int, str] = {}
        self.kind = {e.key: e.kind for e in entities}
        self.types = {e.key: e.types for e in entities}
        self.names = {e.key: " ".join((e.name,) + e.aliases) for e in entities}
        self.name_of = {e.key: e.name for e in entities}
        self.sex: dict[str, str] = {}
        self.person_mentions: list[tuple[int, int, str]] = []  # (token index, char start, key)
        self.org_mentions: list[tuple[int, str]] = []
        self.quoted = [False] * len(doc)
        for q in quotes:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.quoted[t.i] = True
        for e in entities:
            self.sex[e.key] = sex_of(e.name, e.aliases)
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    self.entity_at[t.i] = e.key
                if self.quoted[span.start]:
                    continue
                if e.kind == "person":
                    self.person_mentions.append((span.root.i, ev.start, e.key))
                elif e.kind == "organization":
                    self.org_mentions.append((span.start, e.key))
        for rm in role_mentions:
            span = doc.char_span(rm.start, rm.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.entity_at.setdefault(t.i, rm.person)
                if not self.quoted[span.start]:
                    self.person_mentions.append((span.root.i, rm.start, rm.person))
        self.person_mentions.sort()
        self.org_mentions.sort()
        self.spoken: list[tuple[int, str]] = []  # (token index, speaker) of each quote attributed so far, in order
        self._fitting: dict[str, list[tuple[int, str]]] = {}  # anaphor -> the org mentions it fits
        self._heads_asked: set[int] = set()  # head nouns whose work's head is being looked for (no endless loop)

    def entity_of(self, token) -> str:
        """The entity a noun phrase headed by `token` names (or refers to by pronoun or anaphor)."""
        if self.quoted[token.i]:
            return ""
        if token.lower_ in ("who", "that") and token.dep_ == "nsubj" and token.head.dep_ == "relcl":
            return self.entity_of(token.head.head)  # "… from Jane Doe, who called his plan “reckless”": her
        if token.lower_ in word_class("spokesperson"):
            named = self._named_in_apposition(token)
            if named:
                return named  # "a Home Office spokesman, Jane Doe, said": she speaks, for the body
            body = self._body_of_spokesperson(token) or self._person_of_spokesperson(token)
            if body:
                return body
        chair = self._head_of_work(token)
        if chair:
            return chair
        if token.i in self.entity_at or self._letters_after_name(token):
            return self.entity_at.get(token.i) or self._letters_after_name(token)
        for child in token.children:  # appositions: "the body, the Home Office,"
            if child.dep_ == "appos" and (child.i in self.entity_at or self._letters_after_name(child)):
                return self.entity_at.get(child.i) or self._letters_after_name(child)
        named = self._name_ending_title(token) or self._name_after_description(token)
        if named:
            return named
        definite = token.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        # "the Labour assembly member said": a definite member of a chamber (`membership_post`) was named before
        if definite and (token.lemma_.lower() in word_class("membership_post") or token.lemma_.lower() in member_nouns()
                         and any(c.lower_ in word_class("past_qualifier") for c in token.children)):
            # "the Labour assembly member said", "the former Cabinet minister added": a person named before
            # (a former member no longer speaks for the body)
            return self.antecedent(token, "")
        body = self._body_of_members(token)
        if body:
            return body
        author = self._author_of(token) or self._work_author(token)
        if author:
            return author
        low = token.lower_
        if low in PRONOUNS:
            return self.antecedent(token, PRONOUNS[low])
        if low in ("it", "they"):
            return self._reporting_body(token) or self._body_speaking_before(token)
        return self.described_body(token) or self._body_of_people(token)

    def _body_of_people(self, token) -> str:
        """"Police said", "Ministers said": a bare plural naming a body's people (`body_people` word class,
        valued by the description of `anaphors.csv` it stands for) speaks for the one body of that description
        the article names; two such bodies ("Kent Police and Essex Police") leave it nobody's."""
        if token.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ not in ("punct", "cc", "conj") for c in token.children):
            return ""
        return self._one_body(word_values("body_people").get(token.lower_, ""))

    def _one_body(self, noun: str) -> str:
        """The one body of the article that the description `noun` (`anaphors.csv`) fits, if only one."""
        anaphor = org_anaphors().get(noun)
        if anaphor is None or anaphor.needs:
            return ""
        bodies = {key for _, key in self.org_mentions
                  if anaphor.classes & set(self.types.get(key, ())) and self.named_as(key, anaphor)}
        return bodies.pop() if len(bodies) == 1 else ""

    def _body_speaking_before(self, token, depth: int = 0) -> str:
        """"The council said the cameras would help. It added: “…”": "it" (or "they") as the subject of a speech
        verb is the body that was the subject of the sentence before (or of a clause before it in its own), or
        whose written work was ("A council statement said …"), or that "it" stood for there while it spoke
        ("It said: “…” … It added …") — for "they", which may be people, only when that body was speaking
        there too."""
        verb = token.head
        if token.dep_ != "nsubj" or not _is_speech_verb(verb):
            return ""
        sent = token.sent
        clauses = [t for t in sent if t.i < token.i and t.dep_ in ("ROOT", "conj") and t.pos_ in ("VERB", "AUX")]
        if not clauses and sent.start > 0:
            before = sentence_before(sent)
            # "It said: “We will …”": the parser may root that sentence in the quote; the cue is its speech verb
            clauses = [before.root] if not self.quoted[before.root.i] else \
                [t for t in before if not self.quoted[t.i] and _is_speech_verb(t)][-1:]
        for clause in reversed(clauses):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            if subject.lower_ in ("it", "they"):
                # "The council said X. It said: “…” … “…,” it added": the same body, while it goes on speaking
                if subject.lower_ != token.lower_ or depth >= 3 or not _is_speech_verb(clause):
                    continue
                key = self._body_speaking_before(subject, depth + 1)
                if key:
                    return key
                continue
            if token.lower_ == "they" and not _is_speech_verb(clause):
                return ""
            # "A Home Office statement said X. It added: “…”": a written work there is its author's voice
            key = self.entity_at.get(subject.i) or self.described_body(subject)
            if key:
                return key if self.kind.get(key) == "organization" else ""
            # "The report, by Jane Doe, found …. It said: “…”": "it" is the work, speaking with its author's words
            key = self._author_of(subject) if token.lower_ == "it" else ""
            return key if self.kind.get(key) in ("organization", "person") else ""
        return ""

    def _name_ending_title(self, token) -> str:
        """"HM Inspector of Constabulary Jane Doe told …": a capitalised title whose phrase ends in a person's
        name, the only person in it, which the parser hung inside the title's "of" phrase, is that person."""
        if not token.text[:1].isupper() or token.dep_ not in ("nsubj", "nsubjpass"):
            return ""
        last = token.right_edge
        keys = {self.entity_at.get(t.i, "") for t in token.subtree} - {""}
        people = {k for k in keys if self.kind.get(k) == "person"}
        if len(people) != 1 or self.entity_at.get(last.i) not in people or self.quoted[last.i]:
            return ""
        return people.pop()

    def _name_after_description(self, token) -> str:
        """"Watchdog Her Majesty's Inspectorate of … said", "regulator the Tallow Authority said": a bare
        description set before a body's name stands for the body it fits named right after it, however the
        parser hangs the name (it may make the description the subject and the name its object)."""
        anaphor = org_anaphors().get(token.lower_)
        if anaphor is None or anaphor.needs or any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children):
            return ""
        after = token.i + 1
        if after < len(self.doc) and self.doc[after].lower_ == "the":
            after += 1
        key = self.entity_at.get(after, "") if after < len(self.doc) and not self.quoted[after] else ""
        fits = self.kind.get(key) == "organization" and bool(anaphor.classes & set(self.types.get(key, ()))) \
            and self.named_as(key, anaphor)
        return key if fits and token.i not in self.entity_at else ""

    def _subject_of_other_sex(self, sent, sex: str) -> bool:
        """"Tom Hale spoke after Ann Lee. She said …": the sentence's subject is a person the pronoun's
        sex rules out, so the one it names otherwise is meant."""
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = self.entity_at.get(subject.i, "") if subject is not None else ""
        if subject is not None and not key and subject.lower_ in PRONOUNS:
            return bool(sex) and PRONOUNS[subject.lower_] != sex
        return bool(sex) and self.kind.get(key) == "person" and bool(self.sex.get(key)) and self.sex[key] != sex

    def _letters_after_name(self, token) -> str:
        """"Jane Doe MSP said": the post's letters head the name they follow, and stand for that person."""
        if not (token.is_upper and token.i) or self.doc[token.i - 1].head.i != token.i:
            return ""
        key = self.entity_at.get(token.i - 1, "")
        return key if self.kind.get(key) == "person" else ""

    def _reporting_body(self, token) -> str:
        """"The federation said it supported vetting but warned …": "it" in what a body is reported
        to say is that body."""
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or not _is_speech_verb(verb.head):
            return ""
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        key = self.entity_of(subject) if subject is not None and subject.lower_ not in ("it", "they") else ""
        return key if self.kind.get(key) == "organization" else ""

    def described_body(self, token, definite: bool = False) -> str:
        """"the force", "this department": the latest body before it that the description fits (`definite`: a
        modifier of a definite noun, "the watchdog report")."""
        anaphor = org_anaphors().get(token.lower_)
        # a headline drops its articles ("Watchdog warns of ‘…’"): there a bare description is definite
        headline = sentence_index(self.doc, token.i) == 0 and not any(c.dep_ in ("det", "poss") for c in token.children)
        if not anaphor or not (definite or headline or any(c.lower_ in ("the", "this") for c in token.children)):
            return ""
        if anaphor.needs and not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in anaphor.needs
                                     for c in token.children):
            return ""
        fits = self._fitting.get(token.lower_)
        if fits is None:  # the same for every "the force" of the doc: found once
            fits = self._fitting[token.lower_] = [(i, key) for i, key in self.org_mentions
                                                  if anaphor.classes & set(self.types.get(key, ()))
                                                  and self.named_as(key, anaphor)]
        before = [key for i, key in fits if i < token.i]
        if before:
            return before[-1]
        # a lead that describes a body before naming it ("…, the police watchdog has found."): the first one
        # named soon after (a description with a defining verb anywhere, a bare one in the article's first sentences)
        if anaphor.needs or sentence_index(self.doc, token.i) <= LEAD_SENTENCES:
            sentences = doc_sents(self.doc)
            end = sentences[min(len(sentences) - 1, sentence_index(self.doc, token.i) + CATAPHORA_SENTENCES)].end
            return next((key for i, key in fits if token.i < i < end), "")
        return ""

    def _body_of_members(self, token) -> str:
        """"Labour figures", "campaigners from Liberty", the “Stop the Cuts” protesters: members speak
        for their body. A quoted name counts here: it names the group, it is not said by it."""
        lemma = token.lemma_.lower()
        needed = member_modifiers().get(lemma, frozenset())
        # "Home Office figures" are statistics, "senior Labour figures" people
        if lemma not in member_nouns() or needed and not any(c.lower_ in needed for c in token.children):
            return ""
        pobjs = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "at", "for")
                 for g in c.children if g.dep_ == "pobj"]
        for child in list(token.children) + pobjs:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "pobj"):
                body = next((self.entity_at[t.i] for t in child.subtree if t.i in self.entity_at), "") \
                    if child.i < token.i else self.entity_of(child)
                if body and self.kind.get(body) == "organization":
                    return body
        return ""

    def _author_of(self, token) -> str:
        """"the committee's report said", "the Bichard review found", "a report by the watchdog concluded":
        a written work speaks with its author's words when the phrase names the author; "the report" alone
        is the one a body named before published, released or issued, or the one whose author an earlier
        phrase named ("the Home Affairs Committee report looks at …") — when all such phrases agree."""
        if token.lemma_.lower() not in word_class("written_work"):
            return ""
        named = self._named_author(token)
        if named:
            return named
        voice = word_values("written_work").get(token.lemma_.lower()) == "voice" \
            and [c.lower_ for c in token.children if c.dep_ != "punct"] in (["a"], ["the"])
        if voice and (body := self._body_just_speaking(token)):
            return body  # "The force said X. A statement added: “…”": the force's
        det = next((c.lower_ for c in token.children if c.dep_ in ("det", "poss")), "")
        if det in ("", "a", "an") and not voice:
            return self._one_author(token)  # "A report said …", "…, inspection report says": the story's one
        if det not in ("the", "this", "its"):
            return ""
        authors = set()
        for before in reversed(self.doc[max(0, token.i - 300):token.i]):
            if before.lemma_ == token.lemma_ and not self.quoted[before.i]:
                if before.dep_ in ("dobj", "nsubjpass") \
                        and before.head.lemma_ in author_verbs():
                    subject = subject_of(before.head) if before.dep_ == "dobj" else _passive_agent(before)
                    key = self.entity_of(subject) if subject is not None and subject.i != before.i else ""
                    if self.kind.get(key) in ("person", "organization"):
                        authors.add(key)
                    break
                key = self._named_author(before)  # "the Home Affairs Committee report looks at …"
                if not key and before.dep_ == "pobj" and before.head.lower_ == "in" \
                        and _is_speech_verb(before.head.head):  # "In a statement, the force said …"
                    subject = subject_of(before.head.head)
                    key = self.entity_of(subject) if subject is not None else ""
                    key = key if self.kind.get(key) in ("person", "organization") else ""
                if key:
                    authors.add(key)
        if not authors:  # "The report said …" in the lead, its author named only after: the story's one
            return self._one_author(token)
        return authors.pop() if len(authors) == 1 else ""

    def _work_author(self, token) -> str:
        """"its author said", "the report's author said", "the author of the review said" (`author_noun` word
        class): whoever wrote the work it names — for "its", the latest written work before it in its own
        sentence or the one before — when the work's phrases name its author as for the work speaking."""
        if token.lemma_.lower() not in word_class("author_noun") or token.pos_ != "NOUN":
            return ""
        works = [c for c in token.children if c.dep_ == "poss" and c.lemma_.lower() in word_values("written_work")]
        works += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in word_values("written_work")]
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
            start = self.doc[token.sent.start - 1].sent.start if token.sent.start else token.sent.start
            works += [t for t in reversed(self.doc[start:token.i]) if not self.quoted[t.i] and t.pos_ == "NOUN"
                      and t.lemma_.lower() in word_values("written_work")][:1]
        for work in works:
            key = self._author_of(work)
            if self.kind.get(key) in ("person", "organization"):
                return key
        return ""

    def _one_author(self, token) -> str:
        """"A report said …" with no author in its phrase is the story's one work of its kind: the author when
        every phrase of the article that names an author for a work of that kind ("a report by X", "X
        published the report", "the X report") names the same one; none named, or two: nobody."""
        authors = set()
        for other in self.doc:
            if other.i == token.i or other.lemma_ != token.lemma_ or self.quoted[other.i]:
                continue
            key = self._named_author(other)
            if key:
                authors.add(key)
            elif other.dep_ in ("dobj", "nsubjpass") and other.head.lemma_ in author_verbs():
                subject = subject_of(other.head) if other.dep_ == "dobj" else _passive_agent(other)
                if subject is None or subject.i == other.i:
                    continue
                for part in (subject, *subject.conjuncts):  # "X and Y published reports": two authors
                    key = self.entity_of(part)
                    authors.add(key if self.kind.get(key) in ("person", "organization") else "?")
        return authors.pop() if len(authors) == 1 and "?" not in authors else ""

    def _named_author(self, token) -> str:
        """The author a written work's own phrase names ("the committee's report", "a review by X")."""
        # "The report, by Jane Doe, found …": the parser may hang the "by" on the comma
        set_off = [g for c in token.children if c.dep_ == "punct" and c.text == "," for g in c.children
                   if g.dep_ == "prep" and g.lower_ == "by"]
        for child in list(token.children) + set_off:
            if child.dep_ == "poss" and child.lower_ in ("his", "her") and not self.quoted[child.i]:
                key = self.antecedent(child, "m" if child.lower_ == "his" else "f")  # "Her report concluded"
                if self.kind.get(key) == "person":
                    return key
            if child.dep_ in ("poss", "compound", "nmod") and not self.quoted[child.i]:
                # "the watchdog report": a description modifying a definite work names its author as "the watchdog"
                definite = child.dep_ == "compound" and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                            for c in token.children)
                key = next((self.entity_at[t.i] for t in child.subtree if t.i in self.entity_at), "") \
                    or (self.described_body(child, definite) if child.dep_ == "poss" or definite else "")
                if self.kind.get(key) in ("person", "organization"):
                    return key
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    key = self.entity_of(pobj)
                    if self.kind.get(key) in ("person", "organization"):
                        return key
            if child.dep_ == "acl" and child.lemma_ in author_verbs():  # "a statement issued by the force"
                for pobj in (g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    key = self.entity_of(pobj)
                    if self.kind.get(key) in ("person", "organization"):
                        return key
        return ""

    def named_as(self, key: str, anaphor: Anaphor) -> bool:
        return fits_name(self.names.get(key, ""), anaphor)

    def _body_of_spokesperson(self, token) -> str:
        """"a Home Office spokesman", "the force's spokeswoman", "a spokesman for X": the body speaks."""
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod") and not self.quoted[child.i]:
                key = self.entity_at.get(child.i) or next(
                    (self.entity_at[t.i] for t in child.subtree if t.i in self.entity_at), "") \
                    or self._described_modifier(child) \
                    or (self.described_body(child) if child.dep_ == "poss" else "")  # "the force's spokesman"
                if key and self.kind.get(key) == "organization":
                    return key
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "from")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                key = self.entity_at.get(pobj.i, "")
                if key and self.kind.get(key) == "organization":
                    return key
        if token.lower_ in _spokesperson_sex() or token.lower_ == "spokesperson":
            return self._body_just_speaking(token)
        return ""

    def _head_of_work(self, token) -> str:
        """"the inquiry's chairman said", "the head of the review said": the one person the article says
        chaired, led or headed that work ("X, who chaired the inquiry", "the review, led by X", "the X inquiry",
        "an inquiry by X"); two such people, or none: nobody (the post stays as it was read)."""
        if token.lemma_.lower() not in word_values("head_title") or token.pos_ not in ("NOUN", "PROPN"):
            return ""
        works = [c for c in token.children if c.dep_ == "poss"]
        works += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        works = [w for w in works if w.lemma_.lower() in word_values("written_work") and not self.quoted[w.i]]
        if not works or token.i in self._heads_asked:
            return ""
        self._heads_asked.add(token.i)  # "the review's head led the review": no asking again round the loop
        try:
            return self._one_head_of(works[0], token)
        finally:
            self._heads_asked.discard(token.i)

    def _one_head_of(self, work, token) -> str:
        heads = set()
        for other in self.doc:
            if other.lemma_ != work.lemma_ or self.quoted[other.i]:
                continue
            people = []
            if other.dep_ == "dobj" and other.head.lemma_.lower() in word_class("leading_verb"):
                verb = other.head  # "X, who chaired the inquiry": the relative clause's noun
                people.append(verb.head if verb.dep_ == "relcl" else subject_of(verb))
            for acl in (c for c in other.children if c.dep_ == "acl" and c.lemma_.lower() in word_class("leading_verb")):
                people += [g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for person in people:  # "the review, led by X"; never the head itself ("the chairman, who chaired it")
                key = self.entity_of(person) if person is not None and person.i != token.i \
                    and person.i not in self._heads_asked else ""
                heads.add(key if self.kind.get(key) == "person" else "?")
            key = self._named_author(other)  # "the X inquiry", "an inquiry by X"
            if self.kind.get(key) == "person":
                heads.add(key)
        return heads.pop() if len(heads) == 1 and "?" not in heads else ""

    def _person_of_spokesperson(self, token) -> str:
        """"Ms Doe's spokesman said", "a spokeswoman for Jane Doe said": a person's own spokesperson speaks
        for them, as a body's does for the body."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ == "pobj"]
        for owner in owners:
            key = self.entity_at.get(owner.i, "")
            if self.kind.get(key) == "person" and not self.quoted[owner.i]:
                return key
        return ""

    def _described_modifier(self, token) -> str:
        """"a federation spokesman", "a force spokeswoman": a bare description modifying the noun refers
        back to the latest body named before that it fits, as "the federation" would."""
        if token.lower_ in word_values("body_people") and token.lower_ not in org_anaphors():
            return self._one_body(word_values("body_people")[token.lower_]) \
                if token.is_lower and not len(list(token.children)) else ""  # "a police spokesman"
        anaphor = org_anaphors().get(token.lower_)
        if anaphor is None or anaphor.needs or not token.is_lower or len(list(token.children)):
            return ""
        before = [key for i, key in self.org_mentions if i < token.i
                  and anaphor.classes & set(self.types.get(key, ())) and self.named_as(key, anaphor)]
        return before[-1] if before else ""

    def _body_just_speaking(self, token) -> str:
        """"The Welsh Government said X. A spokeswoman said Y.": a bare spokesperson, in the sentence
        right after a body was the subject of a speech verb, speaks for that body."""
        if any(c.dep_ not in ("det", "punct") for c in token.children):
            return ""
        # "The Home Office declined to comment, but a spokeswoman said": a body as the subject of the clause
        # before, in the same sentence
        for verb in (t for t in token.sent if t.i < token.i and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj")):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
            if subject is not None and subject.i != token.i:
                key = self.entity_at.get(subject.i) or self.described_body(subject)
                if key:
                    return key if self.kind.get(key) == "organization" else ""
        if token.sent.start == 0:
            return ""
        before = self.doc[token.sent.start - 1].sent
        root = before.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _is_speech_verb(root):
            return ""
        key = self.entity_at.get(subject.i) or self.described_body(subject)
        return key if key and self.kind.get(key) == "organization" else ""

    def _named_in_apposition(self, token) -> str:
        """"the party's spokesman, Jane Doe,": a spokesperson the text names is that person."""
        return next((self.entity_at[t.i] for c in token.children if c.dep_ == "appos" for t in c.subtree
                     if self.kind.get(self.entity_at.get(t.i, "")) == "person"), "")

    def antecedent(self, token, sex: str) -> str:
        """The person a pronoun refers to, by salience as a reader resolves it.

        The latest sentence with a fitting person wins; within it the subject of the main clause
        outranks other subjects, which outrank any other mention. Sex from honorifics or given names.
        When two different people share the best rank, or the best is named there only as an object or
        in a phrase while the subject is no person the pronoun's sex rules out, the reference is unclear:
        no antecedent.
        """
        ranked: dict[tuple[int, int], set[str]] = {}
        for i, _, key in self.person_mentions:
            if i >= token.i:
                break
            if token.i - i > 400:
                continue
            if sex and self.sex.get(key) and self.sex[key] != sex:
                continue
            t = self.doc[i]
            if t.lower_ in word_class("spokesperson") and self._body_of_spokesperson(t):
                continue  # "a spokesman for X" is X's voice, counted below
            if key.startswith(PLACEHOLDER_PREFIX) and t.dep_ == "pobj" and t.head.lower_ == "as":
                continue  # "her post as Home Secretary" names a capacity, not someone else
            ranked.setdefault((t.sent.start, _salience(t)), set()).add(key)
        for t in self.doc[max(0, token.i - 400):token.i]:
            # "A spokesman for X said … “…,” he added": the spokesman is the antecedent, speaking for X
            if t.lower_ in word_class("spokesperson") and t.dep_ in ("nsubj", "nsubjpass") \
                    and _spokesperson_sex().get(t.lower_, sex) == sex and not self._named_in_apposition(t):
                body = self._body_of_spokesperson(t)
                if body:
                    ranked.setdefault((t.sent.start, _salience(t)), set()).add(body)
        if not ranked:
            return ""
        best = ranked[max(ranked)]
        if max(ranked)[1] == 0 and not self._subject_of_other_sex(self.doc[max(ranked)[0]].sent, sex):
            # the latest person it could mean is no subject there ("… priorities for Jane Doe."): unclear, unless
            # the pronoun speaks and only one of those named there has been quoted already (the speaker goes on)
            return self._speaker_going_on(token, best)
        return next(iter(best)) if len(best) == 1 else ""

    def _speaker_going_on(self, token, candidates: set[str]) -> str:
        """"Jane Doe said: “…” … The plan came from Ann Lee's office, backed by Jane Doe's board. She said: “…”":
        a pronoun speaking after a sentence that names the people it could mean but none as its subject is the
        one of them the article has already quoted, when exactly one has been (two coordinated subjects stay
        unclear)."""
        if token.dep_ != "nsubj" or not _is_speech_verb(token.head):
            return ""
        spoke = {key for i, key in self.spoken if i < token.i} & candidates
        return spoke.pop() if len(spoke) == 1 else ""


def _salience(token) -> int:
    """2 for the subject of a sentence's main clause, 1 for any other subject, 0 otherwise."""
    while token.dep_ == "compound" and token.head.is_upper and token.head.i != token.i:
        token = token.head  # "Jane Doe MSP": the post's letters stand where the name does
    while token.dep_ == "conj" and token.head.i != token.i:  # "Ann Lee and Joan Stone met …"
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return 1  # "According to Jane Doe, the office failed …": she asserts it, as a subject would
    if token.dep_ == "pobj" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children):
        return 1  # "… falls to Jane Doe, a former magistrate who …": a person the sentence stops to describe
    if token.dep_ not in ("nsubj", "nsubjpass"):
        head = token.head
        # "Jane Doe, the chair, said": the apposition's head is the subject
        if token.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass"):
            token = head
        elif token.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" \
                and head.head.head.dep_ in ("nsubj", "nsubjpass") and token.i + 1 < len(token.doc) \
                and token.doc[token.i + 1].text == "," and token.doc[token.i + 1].head.i == head.head.head.i:
            token = head.head.head  # "The party's candidate for mayor, Jane Doe, said": the parser hangs the
            # name on "mayor", but the closing comma sets it off from the whole subject
        else:
            return 0
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def subject_of(verb):
    """Subject of a verb, climbing through conjunctions, xcomp and participles."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i and verb.doc[verb.i - 1].text == ",":
        # "X said …, speaking at Y": a participle set off by a comma shares the main clause's subject
        root = verb.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and root.i < verb.i:
            return subject
    seen = 0
    while verb is not None and seen < 6:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        surname = _surname_read_as_modal(verb)
        if surname is not None:
            return surname
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl") and verb.head.i != verb.i:
            if verb.dep_ == "relcl":
                return verb.head
            if verb.tag_ in ("VBZ", "VBD", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                    and (verb.dep_ == "advcl" or verb.dep_ == "conj" and verb.head.i < verb.i and not any(
                        t.dep_ == "cc" or t.text in (",", ";") for t in verb.doc[verb.head.i + 1:verb.i])):
                return None  # "X is urged to go as top cop quits": a finite verb in a clause of its own (no "and"
                # or comma joins it to the verb before) has a subject of its own; the parser lost it
            verb = verb.head
            seen += 1
            continue
        break
    return None


def _surname_read_as_modal(verb):
    """"May said …": the parser reads a name that doubles as a modal (May, Will) as an auxiliary;
    a modal never governs a past tense, so before one it is the subject."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.text[:1].isupper() and child.i < verb.i:
            return child
    return None


def _addressee(verb, ctx: MentionIndex) -> str:
    if not speech_verbs().get(verb.lemma_, False):
        return ""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and not ctx.quoted[child.i]:
            key = ctx.entity_of(child)
            if key:
                return key
    return ""


@lru_cache(maxsize=1)
def clausal_speech_verbs() -> frozenset[str]:
    """Lemmas that speak only with a clause or the quote as object ("maintained that …", not
    "maintaining buildings")."""
    return frozenset(row["lemma"] for row in resources.read_csv("gazetteer/speech_verbs.csv")
                     if row.get("object") == "clause")


@lru_cache(maxsize=1)
def quote_only_speech_verbs() -> frozenset[str]:
    """Lemmas that speak only next to the quote ("she continued: …", "“…,” he continued")."""
    return frozenset(row["lemma"] for row in resources.read_csv("gazetteer/speech_verbs.csv")
                     if row.get("object") == "quote")


def _next_to_a_quote(token) -> bool:
    """A colon or opening mark right after the verb, or a closing mark among the few words before it."""
    doc = token.doc
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    before = [t.text for t in doc[max(token.sent.start, token.i - 4):token.i]]
    return after == ":" or after in _OPENING_MARKS or any(t in ("”", "’", "\"", "'", "''") for t in before)


@lru_cache(maxsize=1)
def speech_phrases() -> frozenset[tuple[str, str]]:
    """(verb, noun) lemmas that speak together ("raise concerns", "pay tribute"), from `speech_phrases.csv`."""
    return frozenset((row["verb"], row["noun"]) for row in resources.read_csv("gazetteer/speech_phrases.csv"))


def _is_speech_verb(token) -> bool:
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and (token.lemma_, c.lemma_.lower()) in speech_phrases()
                                    for c in token.children):
        return True
    if token.lemma_ in quote_only_speech_verbs():
        return token.pos_ in ("VERB", "AUX") and _next_to_a_quote(token)
    if token.lemma_ == "put":  # "as she put it" speaks; "would put bobbies back on the beat" does not
        return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if token.lemma_ in clausal_speech_verbs() and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _opens_a_quote(c) for c in token.children) \
            and not _judged_as_quoted(token):
        return False
    return token.lemma_ in speech_verbs() and token.pos_ in ("VERB", "AUX")


def _judged_as_quoted(verb) -> bool:
    """"X slammed the report as “…”": the words the object is judged in are quoted (the verb speaks them)."""
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in _OPENING_MARKS
               for c in near)  # the parser may hang "as" on the object


def _opens_a_quote(token) -> bool:
    """The phrase the token heads starts with (or right after) a quote mark: the quote is the object."""
    first = token.left_edge
    before = token.doc[first.i - 1] if first.i else None
    return first.text in _OPENING_MARKS or (before is not None and before.text in _OPENING_MARKS)


_OPENING_MARKS = ("\"", "“", "‘", "'", "``")


def _described_in(span, ctx) -> set[str]:
    """Bodies a quote speaks of by description ("the force has failed", "this committee"): the latest one named
    before that the description fits (`anaphors.csv`), as for the reporter's own words."""
    found = set()
    for token in span:
        if token.pos_ == "NOUN" and token.i not in ctx.entity_at and token.lower_ in org_anaphors():
            key = ctx.described_body(token)
            if ctx.kind.get(key) == "organization":
                found.add(key)
    return found


def _governing_verb(span, ctx: MentionIndex):
    """The speech verb whose clause contains the quote, if the parse links them."""
    for token in span:
        head = token.head
        if span.start <= head.i < span.end and head.i != token.i:
            continue
        steps = 0
        while steps < 10:
            if not (span.start <= head.i < span.end) and _is_speech_verb(head) and not ctx.quoted[head.i]:
                return head
            if head.head.i == head.i:
                break
            head = head.head
            steps += 1
    return None


def _nearest_verb(span, ctx: MentionIndex, p_start: int, p_end: int):
    """The closest unquoted speech verb in the paragraph; one just before a colon wins. A quote set in a
    sentence of the reporter's own ("X has broken its pledge to “…”. Y said …") takes no verb from
    another sentence."""
    doc = ctx.doc
    best = None
    first, last = doc[span.start].sent, doc[span.end - 1].sent
    embedded = any(t.is_alpha and not ctx.quoted[t.i] for t in doc[first.start:last.end])
    for token in doc.char_span(p_start, p_end, alignment_mode="expand") or []:
        if ctx.quoted[token.i] or not _is_speech_verb(token) or _in_side_clause(token, span):
            continue
        if embedded and not first.start <= token.i < last.end:
            continue
        if token.i < span.start:
            distance = span.start - token.i
            between = doc[token.i + 1: span.start].text
            if ":" in between or "," in between and len(between) < 4:
                distance = 0
        else:
            distance = token.i - span.end + 1
        if best is None or distance < best[0]:
            best = (distance, token)
    return best[1] if best else None


def _other_subject(subject, verb, ctx: MentionIndex) -> str:
    """When the subject found names nobody: a second subject the parser hung on the same verb ("West
    Yorkshire's Deputy Mayor, Jane Doe added: …"), or — for a participle after a comma ("… after Jane Doe
    described it as ‘…’, adding: ‘…’") — the subject of the nearest verb before it that names someone."""
    for other in subject.head.children:
        if other.i != subject.i and other.dep_ in ("nsubj", "nsubjpass"):
            key = ctx.entity_of(other)
            if ctx.kind.get(key) in ("person", "organization"):
                return key
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i and verb.doc[verb.i - 1].text == ",":
        for before in reversed(verb.doc[verb.sent.start:verb.i]):
            if before.pos_ in ("VERB", "AUX") and not ctx.quoted[before.i]:
                nsubj = next((c for c in before.children if c.dep_ == "nsubj"), None)
                if nsubj is not None:
                    key = ctx.entity_of(nsubj)
                    return key if ctx.kind.get(key) in ("person", "organization") else ""
    return ""


def _reporting_verb(verb, ctx: MentionIndex):
    """"It revealed the force “…,” she told the Commons", "the officer concluded there was a “…”, says
    Ms Glass": the speech verb that reports the one governing the quote — an ancestor, or the sentence's
    main verb after it."""
    head = verb
    for _ in range(6):
        if head.head.i == head.i:
            break
        head = head.head
        if _is_speech_verb(head) and not ctx.quoted[head.i]:
            return head
    for token in verb.sent:
        if token.i > verb.i and token.dep_ in ("ROOT", "parataxis") and _is_speech_verb(token) \
                and not ctx.quoted[token.i]:
            return token
    return None


def _in_side_clause(verb, span) -> bool:
    """"X declined to act without “…” after Y told MPs …": a speech verb in a clause that hangs off the
    quote's own (non-speech) clause after the quote reports other words, not the quote's; their speaker
    is not its. (One before the quote may introduce it where the parse hangs it astray.)"""
    if verb.sent.start != span.sent.start or verb.i < span.start:
        return False
    ancestors = set()
    head = span.root
    while head.head.i != head.i:
        head = head.head
        ancestors.add(head.i)
    if verb.i in ancestors:
        return False
    step = verb
    while step.head.i != step.i:
        step = step.head
        if step.i in ancestors:
            return step.pos_ in ("VERB", "AUX") and not _is_speech_verb(step)
    return False




def _outlet(sent, ctx: MentionIndex) -> str:
    """"X, in a piece for the Guardian, argued …", "X, writing in the Times, said …": where the words ran."""
    for token in sent:
        piece = token.lemma_.lower() in word_class("media_piece") and token.dep_ == "pobj" and token.head.lower_ == "in"
        writing = token.lemma_.lower() in ("write", "speak") and token.tag_ == "VBG"  # "speaking on Radio 4"
        if not (piece or writing) or ctx.quoted[token.i]:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "on", "with", "to")):
            for t in prep.subtree:
                key = ctx.entity_at.get(t.i, "")
                if key and "MediaOrganization" in ctx.types.get(key, ()):
                    return key
    return ""


def _channel(verb, speaker: str, ctx: MentionIndex) -> str:
    """"The Office said he told X: ..." — the body reporting the speaker's words — or the outlet they ran in."""
    outlet = _outlet(verb.sent, ctx)
    if outlet and outlet != speaker:
        return outlet
    head = verb
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        if _is_speech_verb(head):
            subject = subject_of(head)
            key = ctx.entity_of(subject) if subject is not None else ""
            if key and key != speaker and ctx.kind.get(key) == "organization":
                return key
    for child in verb.sent:
        if child.i != verb.i and child.dep_ in ("ccomp", "parataxis", "ROOT") and _is_speech_verb(child) \
                and not ctx.quoted[child.i] and child.i > verb.i:
            subject = subject_of(child)
            key = ctx.entity_of(subject) if subject is not None else ""
            if key and key != speaker and ctx.kind.get(key) == "organization":
                return key
    return ""


def extract_quotes(
    doc, entities: list[Entity], *, index: MentionIndex, policies: list[Policy], paragraphs: Paragraphs,
    paragraph_spans: tuple[tuple[int, int], ...],
) -> Iterator[Quote]:
    """Quotes with speaker, cue, addressee, channel, and the entities and policies they mention.

    A headline's quote with no speaker of its own takes the speaker of the body's quote that repeats its words
    ("Deal branded ‘a sham’" … "X said the deal is “a sham”")."""
    quotes = list(_quotes(doc, entities, index=index, policies=policies, paragraphs=paragraphs,
                          paragraph_spans=paragraph_spans))
    first = paragraph_spans[0][1] if paragraph_spans else 0
    for i, quote in enumerate(quotes):
        if quote.speaker or quote.evidence is None or quote.evidence.start >= first:
            continue
        words = _words_of(quote.text)
        echo = next((q for q in quotes[i + 1:] if q.speaker and q.evidence is not None and q.evidence.start >= first
                     and words
                     and f" {words} " in f" {_words_of(q.text)} "), None)
        if echo is not None:
            quotes[i] = replace(quote, speaker=echo.speaker, cue=echo.cue)
    return iter(quotes)


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _quotes(
    doc, entities: list[Entity], *, index: MentionIndex, policies: list[Policy], paragraphs: Paragraphs,
    paragraph_spans: tuple[tuple[int, int], ...],
) -> Iterator[Quote]:
    text = doc_text(doc)
    spans = index.quote_spans
    ctx = index
    entity_spans = [(ev.start, ev.end, e.key) for e in entities for ev in e.mentions]
    entity_spans += [(rm.start, rm.end, rm.person) for rm in index.role_mentions]
    entity_spans += [(ev.start, ev.end, p.key) for p in policies for ev in p.mentions]
    entity_spans.sort()  # found by bisection for each quote (a scan of all of them made cost quadratic)
    entity_starts = [s for s, _, _ in entity_spans]
    previous: dict[int, str] = {}  # paragraph index -> speaker of its last quote
    open_quote: tuple[int, str] | None = None  # (paragraph, speaker) of a quote left open
    for q in spans:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = len(re.findall(r"\w+", text[q.start:q.end]))
        p_start, p_end = paragraph_spans[q.paragraph] if paragraph_spans else (0, len(text))
        verb = _governing_verb(span, ctx)
        governed = verb is not None
        headline = _headline_speaker(doc, q, p_start, ctx)
        source = "" if verb is not None or headline else _according_to(span, ctx)
        owner = ""
        if verb is None and not headline and not source:
            verb = _nearest_verb(span, ctx, p_start, p_end) or _colon_verb(doc, q.start, ctx)
            owner = (_colon_owner(doc, q.start, ctx) or _pledge_owner(span, ctx) or _remark_owner(span, ctx)) \
                if verb is None else ""
        speaker = addressee = channel = cue = ""
        if headline:
            speaker = headline
        elif source:
            speaker, cue = source, "according to"
        elif owner:
            speaker = owner
        elif verb is not None:
            subject = _passive_agent(subject_of(verb))
            speaker = ctx.entity_of(subject) if subject is not None else ""
            if (not speaker or speaker.startswith(PLACEHOLDER_PREFIX)) and subject is not None:
                speaker = _other_subject(subject, verb, ctx) or speaker
            if governed and (not speaker or speaker.startswith(PLACEHOLDER_PREFIX)):
                outer = _reporting_verb(verb, ctx)
                subject = subject_of(outer) if outer is not None else None
                key = ctx.entity_of(subject) if subject is not None else ""
                if key and not key.startswith(PLACEHOLDER_PREFIX):
                    speaker, verb = key, outer
            if not speaker:
                speaker = _name_right_before(verb, ctx) or _epithet_before(verb, ctx)
            cue = verb.lemma_
            addressee = _addressee(verb, ctx) if speaker else ""
            channel = _channel(verb, speaker, ctx) if speaker else ""
        elif text[p_start:q.start].strip() in ("", "“", '"', "‘", "'"):
            # No cue: a quote opening its paragraph is the one a paragraph ending "X said:" announces,
            # else it continues the open quote before it (across an interrupting caption or headline),
            # else the previous paragraph's speaker.
            announced = _announced(doc, paragraph_spans, q.paragraph, ctx)
            ahead = _cued_ahead(q, spans, paragraph_spans, ctx) if q.open_end and announced is None else ""
            if announced is not None:
                speaker, cue = ctx.entity_of(subject_of(announced)) if subject_of(announced) is not None else "", \
                    announced.lemma_
            elif ahead:
                speaker = ahead  # "“We are losing officers.\n\n“It will not recover,” said Jane Doe.": hers throughout
            elif open_quote and q.paragraph - open_quote[0] <= 3:
                speaker = open_quote[1]
            elif q.paragraph - 1 in previous:
                speaker = previous[q.paragraph - 1]
            else:
                speaker = _reported_before(doc, paragraph_spans, q.paragraph, ctx) \
                    or _introduced_before(doc, paragraph_spans, q, spans, ctx)
                if _contradicted_after(speaker, q, spans, paragraph_spans, ctx):
                    speaker = ""
        elif _opens_its_sentence(span, text):
            speaker = _previous_subject(span, ctx, p_start)  # "X spoke to reporters. “…”"
        elif q.paragraph - 1 in previous and _continues_a_sentence(text, paragraph_spans, q):
            speaker = previous[q.paragraph - 1]  # "…, accusing\n\nthe board of a ‘culture of secrecy’"
        if not speaker and verb is None and not headline and not source:
            speaker = _actor_of_the_clause(span, ctx)  # "X refused to back it without “a proper debate”"
        if not speaker or speaker.startswith(PLACEHOLDER_PREFIX):
            inverted = _inverted_cue(span, ctx)
            if inverted is not None:
                speaker, cue = inverted
        keys = {ctx.entity_at.get(t.i) for t in span if t.is_alpha}
        if len(keys) == 1 and None not in keys:
            continue  # the “Stop the Cuts” protesters: a quoted name, not words said
        # the “Safer Streets Fund” scheme names a thing; "called the plans “outrageous”" (a quoted word after
        # its noun, which the parser may still hang on it) says something about it
        # (a lowercase epithet before its noun — she said a “damning” report showed … — is the speaker's word)
        names_a_thing = span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ in ("NOUN", "PROPN") \
            and span.root.head.i >= span.end and not (span.root.dep_ == "amod" and span.text.islower())
        if not _is_speech(text[q.start:q.end], words, governed and not names_a_thing, bool(speaker), headline):
            continue
        if speaker:
            previous[q.paragraph] = speaker
            ctx.spoken.append((span.start, speaker))
        if q.open_end and speaker:
            open_quote = (q.paragraph, speaker)
        elif not headline:
            open_quote = None  # a headline between the paragraphs of a quote does not end it
        inside = entity_spans[bisect.bisect_left(entity_starts, q.start):bisect.bisect_right(entity_starts, q.end)]
        mentioned = tuple(sorted({key for _, e, key in inside if e <= q.end} | _described_in(span, ctx)))
        partial = not (text[p_start:q.start].strip() in ("", "“", '"', "‘", "'")
                       or text[max(p_start, q.start - 3):q.start].strip().startswith(":"))
        yield Quote(
            text=text[q.start:q.end],
            speaker=speaker,
            cue=cue,
            addressee=addressee if addressee != speaker else "",
            channel=channel,
            mentions=mentioned,
            partial=partial,
            evidence=evidence(doc, q.start, q.end, paragraphs),
        )


def _announced(doc, paragraph_spans, paragraph: int, ctx: MentionIndex):
    """"Policing Minister Jane Doe said:" as a paragraph of its own (a press release's way): the speech
    verb right before the colon that ends the paragraph before, which announces the quote after it."""
    if not paragraph_spans or paragraph == 0:
        return None
    start, end = paragraph_spans[paragraph - 1]
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if len(tokens) < 3 or tokens[-1].text != ":" or any(ctx.quoted[t.i] for t in tokens):
        return None
    verb = tokens[-2]
    return verb if _is_speech_verb(verb) else _colon_verb(doc, tokens[-1].idx + 1, ctx)


def _reported_before(doc, paragraph_spans, paragraph: int, ctx: MentionIndex) -> str:
    """"He said the force needed to reform.\n\n“If we do not …”": a quote paragraph with no cue after a
    paragraph that ends reporting, without quote marks, what someone said continues their words. Scraps of
    page furniture of a few words between them are passed over."""
    for back in range(paragraph - 1, max(-1, paragraph - 4), -1):
        start, end = paragraph_spans[back]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return ""
        if sum(t.is_alpha for t in span) <= 4 and not any(t.pos_ == "VERB" for t in span):
            continue
        if any(ctx.quoted[t.i] for t in span):
            return ""
        root = list(span.sents)[-1].root
        if not _is_speech_verb(root):
            return ""
        subject = subject_of(root)
        key = ctx.entity_of(subject) if subject is not None else ""
        return key if ctx.kind.get(key) in ("person", "organization") else ""
    return ""


def _cue_speaker(q: QuoteSpan, paragraph_spans, ctx: MentionIndex) -> str:
    """The speaker a quote's own cue names (its speech verb's subject, or an inverted cue after it), if any."""
    doc = ctx.doc
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    verb = _governing_verb(span, ctx) or _nearest_verb(span, ctx, *paragraph_spans[q.paragraph])
    subject = _passive_agent(subject_of(verb)) if verb is not None else None
    key = ctx.entity_of(subject) if subject is not None else ""
    if ctx.kind.get(key) not in ("person", "organization"):
        inverted = _inverted_cue(span, ctx)
        key = inverted[0] if inverted is not None else ""
    return key if ctx.kind.get(key) in ("person", "organization") else ""


def _cued_ahead(q: QuoteSpan, spans: list[QuoteSpan], paragraph_spans, ctx: MentionIndex) -> str:
    """A quote left open runs on in the next paragraphs: the first of them whose cue names a speaker
    names the speaker of the whole ("“We are losing officers.\n\n“It must change,” said Jane Doe.")."""
    text = doc_text(ctx.doc)
    paragraph = q.paragraph
    for later in spans:
        if later.start <= q.start or later.paragraph <= paragraph:
            continue
        if later.paragraph != paragraph + 1 \
                or text[paragraph_spans[later.paragraph][0]:later.start].strip() not in ("", "“", '"', "‘", "'"):
            return ""
        key = _cue_speaker(later, paragraph_spans, ctx)
        if key or not later.open_end:
            return key
        paragraph = later.paragraph
    return ""


def _introduced_before(doc, paragraph_spans, q: QuoteSpan, spans: list[QuoteSpan], ctx: MentionIndex) -> str:
    """"Jane Doe, the commissioner, is reflecting on the cuts.\n\n“We have lost 600 officers.”": a paragraph
    that is nothing but a quote, after a paragraph whose every sentence is about one person (their name, as
    the active subject of its last sentence, the only person it names), is that person's. Not when the
    paragraph after continues the quote with a cue naming someone else ("“…,” added Ann Lee")."""
    para = doc.char_span(*paragraph_spans[q.paragraph], alignment_mode="expand")
    if para is None or any(t.is_alpha and not ctx.quoted[t.i] for t in para):
        return ""
    for back in range(q.paragraph - 1, max(-1, q.paragraph - 4), -1):
        span = doc.char_span(*paragraph_spans[back], alignment_mode="expand")
        if span is None:
            return ""
        if sum(t.is_alpha for t in span) <= 4 and not any(t.pos_ == "VERB" for t in span):
            continue  # page scraps between them
        break
    else:
        return ""
    if any(ctx.quoted[t.i] for t in span) or span.text.rstrip().endswith(":"):
        return ""
    subject = next((c for c in list(span.sents)[-1].root.children if c.dep_ == "nsubj"), None)
    key = ctx.entity_of(subject) if subject is not None else ""
    if ctx.kind.get(key) != "person":
        return ""
    named = {ctx.entity_at[t.i] for t in span if t.i in ctx.entity_at}
    if any(ctx.kind.get(k) == "person" and k != key or k.startswith(PLACEHOLDER_PREFIX) for k in named):
        return ""
    return "" if _contradicted_after(key, q, spans, paragraph_spans, ctx) else key


def _contradicted_after(key: str, q: QuoteSpan, spans: list[QuoteSpan], paragraph_spans, ctx: MentionIndex) -> bool:
    """A speaker guessed from the paragraphs before a quote without a cue is wrong when the paragraph after
    names another: it reports someone else speaking ("“…”\n\nDetective Inspector Jo Bloggs said the family …"),
    or continues the quote with another's cue ("“…,” added Ann Lee")."""
    doc = ctx.doc
    if not key:
        return False
    if q.paragraph + 1 < len(paragraph_spans):  # "“…”\n\nDetective Inspector Jo Bloggs said the family …"
        after = doc.char_span(*paragraph_spans[q.paragraph + 1], alignment_mode="expand")
        first = next(iter(after.sents), None) if after is not None else None
        for verb in (t for t in (first or []) if _is_speech_verb(t) and not ctx.quoted[t.i]):
            other = subject_of(verb)
            other_key = ctx.entity_of(other) if other is not None else ""
            if other_key and other_key != key:
                return True
    later = next((s for s in spans if s.paragraph == q.paragraph + 1), None)
    if later is not None and doc_text(doc)[paragraph_spans[later.paragraph][0]:later.start].strip() in (
            "", "“", '"', "‘", "'"):
        after = doc.char_span(later.start, later.end, alignment_mode="expand")
        verb = _governing_verb(after, ctx) if after is not None else None
        if after is not None and verb is None:
            verb = _nearest_verb(after, ctx, *paragraph_spans[later.paragraph])
        other = subject_of(verb) if verb is not None else None
        other_key = ctx.entity_of(other) if other is not None else ""
        inverted = _inverted_cue(after, ctx) if after is not None else None
        if other_key and other_key != key or inverted is not None and inverted[0] != key:
            return True
    return False


def _name_right_before(verb, ctx: MentionIndex) -> str:
    """"In what the Inspectorate described as a ‘…’": a finite speech verb the parser left without a subject,
    right after a name it hung elsewhere, has that name as its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return ""
    key = ctx.entity_at.get(verb.i - 1, "")
    return key if ctx.kind.get(key) in ("person", "organization") and not ctx.quoted[verb.i - 1] else ""


EPITHET_AGE = re.compile(r"\d+-year-old")
FAMILY_WORDS = {"father", "mother", "grandfather", "grandmother"}  # epithets only as "father-of-three"


def _epithet_before(verb, ctx: MentionIndex) -> str:
    """"“…,” the 34-year-old said", "the mother-of-two added": a definite epithet of age or family (`epithet_noun`
    word class, with the sex it gives) right before the speech verb, which the parser may not take for its
    subject, is the person just spoken of: the only one the latest sentence naming anyone names."""
    doc = verb.doc
    start = verb.i - 1
    while start >= max(verb.sent.start, verb.i - 8) and doc[start].lower_ != "the":
        if doc[start].is_punct and doc[start].text != "-" or ctx.quoted[start]:
            return ""
        start -= 1
    if start < verb.sent.start or doc[start].lower_ != "the" or start == verb.i - 1:
        return ""
    words = [t.lower_ for t in doc[start + 1:verb.i]]
    phrase = "".join(t.text_with_ws for t in doc[start + 1:verb.i]).strip().lower()
    epithets = word_values("epithet_noun")
    # "the mother-of-two" is the person spoken of; "the mother" may be anyone's
    sex = next((epithets[w] for i, w in enumerate(words) if w in epithets
                and (w not in FAMILY_WORDS or words[i + 1:i + 3] == ["-", "of"])), None)
    if sex is None and not EPITHET_AGE.fullmatch(phrase.split()[0] if phrase else ""):
        return ""
    # stricter than a pronoun: the latest sentence naming anyone names only this person ("Judge Ann Lee jailed
    # Tom Hale. “…,” the 34-year-old said" could be either)
    before = [(i, key) for i, _, key in ctx.person_mentions if i < start]
    if not before:
        return ""
    latest = doc[before[-1][0]].sent.start
    named = {key for i, key in before if doc[i].sent.start == latest and not _post_of_the_subject(doc[i], key)}
    key = named.pop() if len(named) == 1 else ""
    if sex and ctx.sex.get(key) and ctx.sex[key] != sex:
        return ""
    return key if ctx.kind.get(key) == "person" and start - before[-1][0] <= 400 else ""


def _post_of_the_subject(token, key: str) -> bool:
    """"Tom Hale was appointed chief constable", "became chief constable", "took over as chief constable": a post
    no one is named to hold, said of its clause's subject, is that subject's, no second person."""
    if not key.startswith(PLACEHOLDER_PREFIX):
        return False
    if token.dep_ in ("oprd", "attr"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
    else:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _inverted_cue(span, ctx: MentionIndex) -> tuple[str, str] | None:
    """"“…,” added Chief Inspector Jane Doe.": a speech verb right after the closing mark, then a name, is
    the cue and its speaker, however the parser reads the verb (it may take "added" for an adjective)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 3 and doc[i].is_punct:
        i += 1
    if i >= len(doc) or i == span.end or not any(doc[j].text in ("”", "’", '"', "'", "''")
                                                 for j in range(span.end, i)):
        return None
    verb = doc[i]
    if verb.lower_ not in (verb.lemma_.lower() + "s", verb.lemma_.lower() + "ed", verb.lemma_.lower() + "d") \
            and verb.lower_ not in ("said", "told", "wrote", "spoke") or verb.lemma_.lower() not in speech_verbs():
        return None
    keys, j = [], i + 1
    while j < len(doc) and j - i <= 6 and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX", "ADP", "SCONJ"):
        keys.append(ctx.entity_at.get(doc[j].i, ""))
        j += 1
    named = {k for k in keys if k}
    if len(named) != 1 or not keys[-1]:
        return None
    key = named.pop()
    # a post nobody in the article is named to hold ("… vows police commissioner") stays for the corpus to resolve
    return (key, verb.lemma_.lower()) if ctx.kind.get(key) in ("person", "organization") \
        or key.startswith(PLACEHOLDER_PREFIX) else None


def _colon_verb(doc, quote_start: int, ctx: MentionIndex):
    """"X has welcomed the news: “…”", "X does not mince words when naming the motive: “…”": a colon right
    before the quote presents it as the words of the clause's subject, whatever the clause's verb."""
    text = doc_text(doc)
    before = text[:quote_start].rstrip().rstrip("\"“‘'").rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    verbs = [t for t in doc[sent.start:colon.start] if t.pos_ in ("VERB", "AUX") and not ctx.quoted[t.i]
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]

    def depth(t) -> int:
        n = 0
        while t.head.i != t.i and n < 20:
            t, n = t.head, n + 1
        return n

    verb = min(verbs, key=depth, default=None)
    if verb is None:
        return None
    subject = subject_of(verb)
    key = ctx.entity_of(subject) if subject is not None else ""
    return verb if ctx.kind.get(key) in ("person", "organization") else None


def _colon_owner(doc, quote_start: int, ctx: MentionIndex) -> str:
    """"X's message to ministers was blunt: “…”", "Then it was X's turn: “…”", "For X, the answer is simple:
    “…”": a clause before the colon whose subject (or complement) is someone's words, or that is set "for"
    someone, presents the quote as theirs."""
    text = doc_text(doc)
    before = text[:quote_start].rstrip().rstrip("\"“‘'").rstrip()
    if not before.endswith(":"):
        return ""
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return ""
    sent = colon[0].sent
    verbs = [t for t in doc[sent.start:colon.start] if t.pos_ in ("VERB", "AUX") and not ctx.quoted[t.i]]
    root = min(verbs, key=lambda t: len(list(t.ancestors)), default=None)
    if root is None:
        return ""
    for noun in (c for c in root.children if c.dep_ in ("nsubj", "attr")):
        if noun.lemma_.lower() not in word_class("utterance_noun"):
            continue
        for poss in (c for c in noun.children if c.dep_ == "poss"):
            key = ctx.entity_at.get(poss.i) or next(
                (ctx.entity_at[t.i] for t in poss.subtree if t.i in ctx.entity_at), "")
            if ctx.kind.get(key) in ("person", "organization"):
                return key
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and first.lower_ == "for" and first.head.i == root.i:
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        key = ctx.entity_at.get(pobj.i, "") if pobj is not None else ""
        return key if ctx.kind.get(key) in ("person", "organization") else ""
    return ""


POSSESSIVE_KIND = {"its": ("organization",), "his": ("person",), "her": ("person",),
                   "their": ("person", "organization")}


def _pledge_owner(span, ctx: MentionIndex) -> str:
    """"X has broken its pledge to “…”", "Y's promise to “…”": the words of a commitment (`commitment_noun`
    word class) quoted as its content are those of whoever made it, the noun's possessor ("its"/"her": the
    subject of the clause the noun is the object of)."""
    doc = span.doc
    j = span.start - 1
    while j >= 0 and doc[j].text in _OPENING_MARKS:
        j -= 1
    if j < 0 or doc[j].lower_ != "to":
        return ""
    noun = None
    for t in reversed(doc[max(doc[j].sent.start, j - 8):j]):
        if t.pos_ in ("VERB", "AUX") or t.is_punct or ctx.quoted[t.i]:
            return ""
        if t.pos_ == "NOUN" and t.lemma_.lower() in word_class("commitment_noun"):
            noun = t
            break
    poss = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if poss is None:
        return ""
    if poss.lower_ in POSSESSIVE_KIND:
        subject = subject_of(noun.head) if noun.dep_ == "dobj" else None
        key = ctx.entity_of(subject) if subject is not None else ""
        return key if ctx.kind.get(key) in POSSESSIVE_KIND[poss.lower_] else ""
    key = next((ctx.entity_at[t.i] for t in poss.subtree if t.i in ctx.entity_at), "")
    return key if ctx.kind.get(key) in ("person", "organization") else ""


def _actor_of_the_clause(span, ctx: MentionIndex) -> str:
    """"X will only sign the lease without “any hidden costs”", "X plans ‘a summer of open meetings’": a quoted
    phrase that is itself the object of a clause's verb or preposition, with no speech verb anywhere near, is the
    words of the clause's active subject when that is a person or body. Not when a noun stands between (the
    “…” claims, her “…” remark: someone's words about it), the quote has an owner of its own ("its “…”"), the
    subject is passive ("X was accused of …"), the verb comes after the quote (a headline's "‘…’: X defeated"),
    takes up someone else's words (`disowning_verb`: "X denied being “…”") or the preposition sets the scene
    (`circumstance_preposition`: "after", "amid": an event, told in anyone's words)."""
    root = span.root
    if any(c.dep_ == "poss" and not span.start <= c.i < span.end for c in root.children):
        return ""
    if any(t.is_alpha and not root.left_edge.i <= t.i <= root.right_edge.i for t in span):
        return ""  # not one phrase: the parser split it, and whose words they are is not read from a split
    token = root
    while token.head.i != token.i and span.start <= token.head.i < span.end:
        token = token.head
    token = token.head
    if token.pos_ == "ADP" and token.head.i != token.i:
        if token.lower_ in word_class("circumstance_preposition") \
                or token.lower_ not in word_class("own_terms_preposition"):
            return ""  # "X investigated after “a large disturbance”", "lost his job for “gross misconduct”",
            # "won an award for “…”": an event or a charge told in anyone's words; "without “…”" states terms
        token = token.head
    if all(t.is_title or not t.is_alpha for t in span) and any(t.is_alpha for t in span):
        return ""  # "joined under the “Northtown Graduate Scheme”": a name, nobody's words
    if token.pos_ not in ("VERB", "AUX") or token.i >= span.start or _is_speech_verb(token) \
            or token.lemma_.lower() == "be" or token.dep_ in ("acl", "relcl") \
            or token.dep_ == "ccomp" and token.head.pos_ in ("NOUN", "PROPN"):
        return ""  # "sued the paper over claims he was “a danger”": a clause told of a noun, someone else's words
    if token.lemma_.lower() in word_class("disowning_verb") or any(c.dep_ == "auxpass" for c in token.children):
        return ""
    subject = subject_of(token)
    if subject is None or subject.dep_ != "nsubj" or subject.i >= span.start:
        return ""
    if _is_speech_verb(subject.head) or subject.head.lemma_.lower() in word_class("disowning_verb"):
        return ""  # climbed to a clause the other readings handle, or to "X denied trying to …"
    key = ctx.entity_of(subject) or _headline_surname(subject, ctx)
    return key if ctx.kind.get(key) in ("person", "organization") else ""


def _headline_surname(token, ctx: MentionIndex) -> str:
    """"Doe plans ‘a summer of open meetings’": a bare surname in the headline (the first line), which the entity
    reader may leave unlinked there, is the one person of the article whose name ends with it (two: nobody)."""
    if token.pos_ != "PROPN" or "\n" in doc_text(ctx.doc)[:token.idx]:
        return ""
    people = {key for key, name in ctx.name_of.items() if ctx.kind.get(key) == "person"
              and name.split()[-1:] == [token.text]}
    return people.pop() if len(people) == 1 else ""


def _remark_owner(span, ctx: MentionIndex) -> str:
    """"Jane Doe's “we will not back down” remarks", "her “…” warning": words quoted as the content of an
    utterance (`utterance_noun`, or the words of `act_anaphor`: remarks, comments, statement) are those of the
    noun's possessor, a person or body named or a "his"/"her" that refers to one; so are the words of "her
    warning of “…”" (only "of": "her reply to “…”" answers someone else's words). The noun after the marks is
    read from the words around them: the parser seldom makes a quoted clause inside a noun phrase hang together.
    Before the noun, a quoted clause or noun phrase is their content; a quoted adjective judges them."""
    doc = span.doc
    j = span.end
    while j < len(doc) and doc[j].text in ("”", "’", '"', "'"):
        j += 1
    k = span.start - 1
    while k >= 0 and doc[k].text in _OPENING_MARKS:
        k -= 1
    words = word_class("utterance_noun") | {w for w, v in word_values("act_anaphor").items() if v == "words"}
    of = span.root.head
    if of.lower_ == "of" and of.i < span.start and of.head.pos_ == "NOUN" and (
            of.head.lower_ in words or of.head.lemma_.lower() in words):
        # "her warning of “a summer of chaos”": the possessor of the utterance the quote is the content of
        poss = next((c for c in of.head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("his", "her"):
            key = ctx.antecedent(poss, "m" if poss.lower_ == "his" else "f")
        else:
            key = next((ctx.entity_at[t.i] for t in poss.subtree if t.i in ctx.entity_at), "") if poss is not None \
                else ""
        return key if ctx.kind.get(key) in ("person", "organization") else ""
    if j >= len(doc) or k < 1 or doc[j].sent.start != span.sent.start:
        return ""
    if span.root.pos_ in ("ADJ", "ADV") and not any(t.pos_ in ("VERB", "AUX") for t in span):
        return ""  # "X attacked Y's “reckless” remarks": a judgement of the remarks, not what they said
    noun = doc[j]
    if noun.lower_ not in words and noun.lemma_.lower() not in words:
        return ""
    before = doc[k]
    if before.lower_ in ("his", "her"):
        key = ctx.antecedent(before, "m" if before.lower_ == "his" else "f")
    elif before.text in ("'s", "’s", "'", "’"):
        key = ctx.entity_at.get(k - 1, "")
    else:
        return ""
    return key if ctx.kind.get(key) in ("person", "organization") else ""


def _passive_agent(subject):
    """"X was accused of a “cover-up”", "X was told it was “unacceptable” by Y": the subject of a passive
    speech verb is the one spoken to or about; the speaker is the agent, if the text names one."""
    if subject is None or subject.dep_ != "nsubjpass" or not _is_speech_verb(subject.head):
        return subject
    verb = subject.head
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:  # "… were described as “a disaster” by X": the parser may hang the agent on the quoted words
        by = next((t for t in reversed(list(verb.subtree)) if t.i > verb.i and t.lower_ == "by" and t.dep_ in (
            "prep", "agent") and t.i and t.doc[t.i - 1].text in ("”", "’", '"', "'")), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _according_to(span, ctx: MentionIndex) -> str:
    """"…, according to X": X is the source of the quoted words in that sentence."""
    for token in span.sent:
        if token.lower_ == "according" and not ctx.quoted[token.i]:
            for to in (c for c in token.children if c.lower_ == "to"):
                for pobj in (c for c in to.children if c.dep_ == "pobj"):
                    key = ctx.entity_of(pobj)
                    if key and ctx.kind.get(key) in ("person", "organization"):
                        return key
    return ""


def _continues_a_sentence(text: str, paragraph_spans, q: QuoteSpan) -> bool:
    """A paragraph break inside a sentence (a page's stray line break): the paragraph before ends on a word or
    a comma, and this one reaches the quote without ending a sentence."""
    if not paragraph_spans or q.paragraph == 0:
        return False
    before = text[slice(*paragraph_spans[q.paragraph - 1])].rstrip()
    lead = text[paragraph_spans[q.paragraph][0]:q.start]
    return bool(before) and (before[-1].islower() or before[-1] == ",") and not re.search(r"[.!?:;]", lead)


def _opens_its_sentence(span, text: str) -> bool:
    """The quote is a sentence of its own: nothing but a quote mark before it in its sentence, and no
    unquoted word after it there."""
    sent = span.sent
    before = text[sent.start_char:span.start_char].strip()
    after = [t for t in span.doc[span.end:sent.end] if t.is_alpha]
    return before in ("", "“", '"', "‘", "'") and not after


def _previous_subject(span, ctx: MentionIndex, p_start: int) -> str:
    """The main-clause subject of the sentence before, in the same paragraph, when it is an actor
    and that sentence is about speaking ("X spoke to reporters. “…”")."""
    start = span.sent.start
    if start == 0 or span.doc[start - 1].idx < p_start:
        return ""
    previous = span.doc[start - 1].sent
    if previous.root.lemma_.lower() not in speech_verbs() or not _is_speech_verb(previous.root):
        return ""  # "The Office announced cuts. “…”" could be anyone's words
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = ctx.entity_of(subject) if subject is not None else ""
    return key if ctx.kind.get(key) in ("person", "organization") else ""


def _headline_speaker(doc, q: QuoteSpan, p_start: int, ctx: MentionIndex) -> str:
    """"Jane Doe: ‘…’" — a name and a colon open the paragraph."""
    lead = doc_text(doc)[p_start:q.start]
    match = re.fullmatch(r"\s*([^:]{2,60}):\s*[\"“‘']?", lead)
    if not match:
        return ""
    span = doc.char_span(p_start, p_start + len(match.group(1).rstrip()), alignment_mode="expand")
    if span is None:
        return ""
    keys = {ctx.entity_at.get(t.i) for t in span} - {None}
    return keys.pop() if len(keys) == 1 and all(t.i in ctx.entity_at for t in span if t.is_alpha) else ""


def _is_speech(quoted: str, words: int, governed: bool, has_speaker: bool, headline: str) -> bool:
    """Scare quotes and quoted titles are not speech unless a speech verb governs them."""
    if headline:
        return True
    if words <= 2:  # a short sentence of its own ("‘Nobody listened.’") is speech; a word or two otherwise only when said
        return has_speaker and (governed or bool(re.fullmatch(r"[A-Z][^.!?]*[.!?]", quoted.strip())))
    title_like = words <= 6 and all(w[:1].isupper() for w in re.findall(r"[A-Za-z]+", quoted) if len(w) > 3)
    if title_like and not governed:
        return False
    return True
