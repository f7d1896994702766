"""Type people by what the text says about them.

A person is a Politician when the text gives them a political office or a
political act (voting, introducing legislation, a party tag); a PoliceOfficer
when it gives them a police rank, or a post in a police body (staff
association officials are serving officers).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import resources
from ..gazetteer import Gazetteer, normalise_title, word_class
from ..records import Entity, Role


@lru_cache(maxsize=1)
def political_acts() -> dict[str, frozenset[str]]:
    """Verb lemma -> object lemmas that make it political (empty: any object)."""
    acts = {}
    for row in resources.read_csv("gazetteer/political_acts.csv"):
        objects = frozenset(w for w in row["objects"].split("|") if w)
        acts[row["verb"]] = objects
    return acts


@lru_cache(maxsize=1)
def oversight_bodies() -> frozenset[str]:
    """Entity keys of police bodies run by civilians (police authorities): a post there is not a rank."""
    return frozenset("org:" + row["id"] for row in resources.read_csv("gazetteer/oversight_bodies.csv"))


def classify(entities: list[Entity], roles: list[Role], doc, *, politicians: set[str] = frozenset(),
             gazetteer: Gazetteer | None = None) -> list[Entity]:
    """`politicians`: people the context makes politicians (speakers in a parliamentary debate)."""
    org_types = {e.key: e.types for e in entities if e.kind == "organization"}
    political = {r.person for r in roles if r.category == "political"} | set(politicians)
    if gazetteer is not None:
        political |= _described_politically(entities, doc, gazetteer)
        political |= {r.person for r in roles if _in_a_chamber(r.organisation, gazetteer)}
        political |= _sitting_on_a_chamber_committee(entities, doc, gazetteer)
    # a post in a party ("their leader, Sir Ed Davey", "the party's justice spokesperson") is a politician's
    political |= {r.person for r in roles if "PoliticalParty" in org_types.get(r.organisation, ())}
    overseers = oversight_bodies()
    police = {r.person for r in roles if r.category == "police"
              or (r.organisation and "PoliceBody" in org_types.get(r.organisation, ())
                  and r.organisation not in overseers and r.category != "political"
                  and not _civilian_post(r.title))}  # a PCC is no officer
    political |= _acting_politically(entities, doc)
    out = []
    for e in entities:
        if e.kind == "organization" and "PoliceBody" in e.types and "GovernmentBody" not in e.types \
                and _OVERSIGHT_NAME.search(e.name):
            e = replace(e, types=e.types + ("GovernmentBody",))  # a police authority is a public body over a force
        if e.kind == "person":
            types = tuple(t for t, has in (("Politician", e.key in political),
                                           ("PoliceOfficer", e.key in police)) if has) or ("Person",)
            e = replace(e, types=types)
        out.append(e)
    return out


_OVERSIGHT_NAME = re.compile(r"\b(?:Police Authority|Policing Board)$")


def _in_a_chamber(org_key: str, gaz: Gazetteer) -> bool:
    """A post in a committee of a legislature ("the committee's chair") is held by one of its members."""
    from .quotes import member_nouns  # the chambers members sit in, from `member_nouns.csv`

    org = gaz.orgs.get(org_key[4:]) if org_key.startswith("org:") else None
    return org is not None and org.cls == "Committee" and org.parent in set(member_nouns().values()) - {""}


def _sitting_on_a_chamber_committee(entities: list[Entity], doc, gaz: Gazetteer) -> set[str]:
    """"Jane Doe, who sits on the Home Affairs Committee": only members of a chamber sit on its committees."""
    body_at = {}
    for e in entities:
        if e.kind == "organization" and _in_a_chamber(e.key, gaz):
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                body_at.update({t.i: e.key for t in span or ()})
    found = set()
    for e, span in _person_spans(entities, doc):
        verbs = [span.root.head] if span.root.dep_ == "nsubj" else []
        verbs += [c for c in span.root.children if c.dep_ == "relcl"
                  and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)]
        for verb in verbs:
            if verb.lemma_ in ("sit", "serve") and any(
                    t.i in body_at for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree):
                found.add(e.key)
    return found


def _acting_politically(entities: list[Entity], doc) -> set[str]:
    acts = political_acts()
    found = set()
    for e, span in _person_spans(entities, doc):
        root = span.root
        verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
        # "Jane Doe, who represents Northtown in the Commons, …": the act of the relative clause is hers
        verbs += [c for c in root.children if c.dep_ == "relcl"
                  and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)]
        for verb in verbs:
            if verb.lemma_ not in acts:
                continue
            objects = acts[verb.lemma_]
            in_chamber = any(g.lower_ in CHAMBERS and g.text[:1].isupper() for c in verb.children
                             if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj")
            if not objects or in_chamber or any(c.lemma_.lower() in objects for c in verb.subtree
                                                if c.dep_ in ("dobj", "pobj", "attr")):
                found.add(e.key)
    for e, span in _person_spans(entities, doc):
        if span.root.dep_ == "nsubj" and _speaks_in_a_chamber(span.root.head):
            found.add(e.key)  # "Speaking in the Commons, Jane Doe said …": only members speak in a chamber
    for e, span in _person_spans(entities, doc):
        for member in (c for c in span.root.children if c.dep_ == "appos" and c.lemma_.lower() == "member"):
            seat = [g for c in member.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if seat:
                found.add(e.key)  # "Jane Doe, the Conservative member for Northtown": a seat's member
    for e, span in _person_spans(entities, doc):
        owned = span.root.head if span.root.dep_ == "poss" else None
        if owned is not None and any(c.lower_ == "flagship" for c in owned.children):
            found.add(e.key)  # "Tony Blair's flagship measure": only a politician has a flagship policy
    return found


def _person_spans(entities: list[Entity], doc):
    """(person, span) for every mention of a person the doc can align."""
    for e in entities:
        if e.kind == "person":
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is not None:
                    yield e, span


def lords_title(token) -> bool:
    """"Lord", "Baroness" (`word_classes.csv`, lords_title): the title that seats its bearer in the Lords."""
    return token.text[:1].isupper() and token.lower_ in word_class("lords_title")


def seat_letters(token) -> bool:
    """"MP", "MSP" (`word_classes.csv`, seat_letters): "Jane Doe MS" is a member of a legislature."""
    return token.text in word_class("seat_letters")


def _civilian_post(title: str) -> bool:
    """"Chief Executive", "Chief Executive of the College of Policing": a post a body gives to its staff, not
    its officers (`word_classes.csv`, civilian_post), named with or without its body."""
    return normalise_title(title).split(" of ")[0] in word_class("civilian_post")


@lru_cache(maxsize=None)
def _political_titles(gaz: Gazetteer) -> frozenset[str]:
    """Normalised forms of every political title ("home secretary", "msp", "police and crime commissioner")."""
    return frozenset(normalise_title(form) for t in gaz.titles if t.category == "political"
                     for form in (t.title, *t.aliases))


@lru_cache(maxsize=None)
def _all_titles(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(normalise_title(form) for t in gaz.titles for form in (t.title, *t.aliases))


def _ends_with_title(tokens, titles: frozenset[str]) -> bool:
    """The words end in a title, singular or plural ("two former Labour home secretaries")."""
    words = [t.lemma_.lower() if t.tag_ in ("NNS", "NNPS") else t.lower_ for t in tokens if t.is_alpha]
    return any(" ".join(words[k:]) in titles for k in range(len(words)))


def _contains_title(tokens, titles: frozenset[str]) -> bool:
    return any(_ends_with_title(tokens[:k], titles) for k in range(1, len(tokens) + 1))


def _described_politically(entities: list[Entity], doc, gaz: Gazetteer) -> set[str]:
    """People the text gives a political office, a party or a seat in the Lords.

    "Jane Doe MSP", "police and crime commissioner (PCC) Jane Doe", "Labour's Lord Doe", "the Green
    party's justice spokesperson Jane Doe", "two former Labour home secretaries, Jane Doe and John Roe",
    "Jane Doe (Con)", and a Lord or Baroness in an article about the Lords.
    """
    political_titles, titles = _political_titles(gaz), _all_titles(gaz)
    party_at = set()
    for e in entities:
        if "PoliticalParty" in e.types:
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is not None:
                    party_at.update(t.i for t in span)
    lords = any(t.lemma_.lower() == "peer" or t.text == "Lords" for t in doc)
    found = set()
    for e, span in _person_spans(entities, doc):
        if e.key not in found and ((lords and lords_title(span[0])) or _peer(span)
                                   or _described(span, political_titles, titles, party_at, gaz)):
            found.add(e.key)
    return found


def _peer(span) -> bool:
    """"Lord Doe", "Baroness Doe", named by a surname or a place: a member of the House of Lords. A law
    lord or a mayor carries a title word after "Lord" ("Lord Justice Doe", "Lord Mayor"). A "Baroness"
    with a first name and surname ("Baroness Jane Doe") is a life peer as newspapers style her; "Lord John
    Doe" may be a courtesy title, so a Lord needs his surname alone."""
    doc = span.doc
    first = span[0] if lords_title(span[0]) else doc[span.start - 1] if span.start > 0 else None
    if first is None or not lords_title(first):
        return False
    rest = [t for t in doc[first.i + 1:span.end] if t.is_alpha]
    if len(rest) == 2 and first.lower_ in word_class("peer_title_with_given_name") \
            and all(t.text[:1].isupper() and t.lower_ not in word_class("not_a_peer_surname") for t in rest):
        return True  # "Baroness Jane Doe": no courtesy title is written so, only a peeress named loosely
    return len(rest) == 1 and rest[0].text[:1].isupper() and rest[0].lower_ not in word_class("not_a_peer_surname")


def _seat_word(token, gaz: Gazetteer) -> bool:
    from .entities import seat_of_power_word

    return seat_of_power_word(token, gaz)


def _described(span, political_titles, titles, party_at: set[int], gaz: Gazetteer) -> bool:
    doc = span.doc
    if len(span) > 2 and span[-1].is_upper and _ends_with_title(span[-1:], political_titles):
        return True  # the tagger kept the post in the name: "Jane Doe MSP"
    # After the name: "Jane Doe MSP", "Jane Doe (Dulwich) (Con)"
    after = [t for t in doc[span.end:span.end + 6]]
    if after and (_ends_with_title(after[:1], political_titles) and after[0].text[:1].isupper()
                  or seat_letters(after[0])):
        return True
    k = 0
    while k + 2 < len(after) and after[k].text == "(":
        if after[k + 1].i in party_at:
            return True
        close = next((j for j in range(k + 1, len(after)) if after[j].text.startswith(")")), None)
        if close is None:
            break
        k = close + 1
    # Before the name, in the same noun phrase: "Labour's", "justice spokesperson", "commissioner (PCC)"
    window = []
    i = span.start - 1
    while i >= 0 and len(window) < 8:
        t = doc[i]
        if t.text.startswith(")"):
            opening = next((j for j in range(i - 1, max(i - 6, -1), -1) if doc[j].text == "("), None)
            if opening is None:
                break
            i = opening - 1
            continue
        if t.text in ("'s", "’s") or t.text in ("'", "’") and i and doc[i - 1].i in party_at \
                and doc[i - 1].lower_.endswith("s") and window or (
                t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and not t.is_punct) or (
                t.lower_ in ("newly", "and") and window):
            window.insert(0, t)
            i -= 1
            continue
        if t.lower_ in ("at", "in") and len(window) == 1 and _seat_word(window[0], gaz):
            window = []  # "Labour's leader at Westminster Jo Bell": the post is held at the seat, read on
            i -= 1
            continue
        break
    while window and window[0].lower_ == "and":
        window = window[1:]
    if window and _ends_with_title(window, political_titles):
        return True
    parties = [t for t in window if t.i in party_at]
    if window and len(parties) == len(window):
        return True  # "the current commissioner, Conservative Jane Doe": a party's name as her title
    if parties and (_contains_title(window, titles) or any(
            t.text in ("'s", "’s", "'", "’") and doc[t.i - 1].i in party_at for t in window)):
        return True
    if _titled_before(span, political_titles) or _named_as_post(span, political_titles) \
            or _member_of_a_chamber(span):
        return True
    # In apposition: "two former Labour home secretaries, Jane Doe and John Roe"; "Jane Doe, the Labour MP"
    root = span.root
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    heads = [top.head] if top.dep_ == "appos" else []
    heads += [c for c in root.children if c.dep_ == "appos"]
    for head in heads:
        phrase = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
        phrase = phrase[next((k for k, t in enumerate(phrase) if t.i >= head.left_edge.i), 0):]
        if _ends_with_title(phrase, political_titles) or (
                any(t.i in party_at for t in phrase) and _ends_with_title(phrase, titles)):
            return True
    return False


def _title_at(doc, i: int, titles: frozenset[str]) -> bool:
    """Whether the words from token i on open with a title ("Home Secretary at the time")."""
    words = [t.lower_ for t in doc[i:i + 5]]
    return any(normalise_title(" ".join(words[:n])) in titles for n in range(1, len(words) + 1))


def _titled_before(span, political_titles) -> bool:
    """"the minister for crime, safeguarding and vulnerability, Jane Doe", "the Home Secretary at the
    time, Jane Doe": the noun phrase before the comma opens with a political title (no verb or other
    person between)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    for i in range(span.start - 2, max(span.sent.start, span.start - 12) - 1, -1):
        if doc[i].lower_ == "the" and _title_at(doc, i + 1, political_titles):
            return True
        if doc[i].text in (".", ";", ":") or doc[i].ent_type_ == "PERSON" or doc[i].pos_ == "VERB":
            return False
    return False


def _named_as_post(span, political_titles) -> bool:
    """"proposed Jane Doe as minister for justice", "appointed Jane Doe as Home Secretary"."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "as" and _title_at(doc, span.end + 1, political_titles)


CHAMBER_WORDS = {"assembly", "parliament", "senedd", "commons", "lords", "council"}


def _member_of_a_chamber(span) -> bool:
    """"Jane Doe, a Conservative member of the London Assembly": a member of a legislature or council."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    for i in range(span.end + 1, min(len(doc) - 2, span.end + 6)):
        if doc[i].lower_ == "member" and doc[i + 1].lower_ == "of":
            return any(t.lower_ in CHAMBER_WORDS and t.text[:1].isupper() for t in doc[i + 2:i + 7])
        if doc[i].text in (",", ".", ";"):
            return False
    return False


CHAMBERS = {"commons", "lords", "senedd", "holyrood", "stormont", "dáil", "dail"}
CHAMBER_SPEECH = {"speak", "say", "tell", "address", "announce"}


def _speaks_in_a_chamber(verb) -> bool:
    """The verb, or a participle hung from it, is speech in a legislature's chamber: "speaking in the
    Commons", "told the Lords", "said in the Senedd"."""
    for v in [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]:
        if v.lemma_.lower() not in CHAMBER_SPEECH:
            continue
        places = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj"] + [c for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() == "tell"]
        if any(p.lower_ in CHAMBERS and p.text[:1].isupper() for p in places):
            return True
        asked = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        if any(q.text in word_class("question_time") or q.lower_ == "questions" and any(t.lower_ == "minister" for t in q.subtree)
               for q in asked):
            return True  # "speaking at prime minister's questions", "told MSPs at FMQs": a member's question time
    return False

