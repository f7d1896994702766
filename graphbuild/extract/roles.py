"""Posts people hold, read from the usual newspaper forms.

  "Home Secretary Sajid Javid", "the home secretary, Theresa May,"   title before name
  "Ken Marsh, chairman of the X Federation"                          title after name
  "The Minister for Policing (Mr Nick Hurd)"                         name in brackets
  "the Met's commissioner", "X Police chief Jane Doe"                 organisation before title

A title with no name beside it ("the home secretary said") is a role mention:
it resolves to the person holding that post in the article.

Which name a title belongs to, the body a post is in, words that qualify it
("former", "outgoing") and memberships ("Labour's X", "X (Con)", "Green peer X")
are constructions kept as data in `ontology/patterns/affiliation.jsonl`; this
module resolves their slots (names, pronouns, "the federation", party words).
A title directly before a name binds to that name first, so in a list of ranked
names each rank stays with its own name; a title beside a name in another clause
("the commissioner, Jane Doe said") is not hers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Gazetteer, Title, demonyms, normalise_title, word_class, word_values
from ..records import Entity, Mention, Relation, Role
from . import patterns
from .common import PLACEHOLDER_PREFIX, Paragraphs, RoleMention, doc_sents, evidence, sentence_index
from .quotes import CATAPHORA_SENTENCES, LEAD_SENTENCES, fits_name, org_anaphors, speech_verbs

SEATS = {"MP", "MSP", "MLA", "Member of the Senedd"}  # a member's seat goes with any other post
PRONOUNS = {"he", "she", "him", "her"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"}


@lru_cache(maxsize=4)
def _title_matcher(vocab, gaz: Gazetteer):
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for n, title in enumerate(gaz.titles):
        forms = sorted({title.title, *title.aliases})
        matcher.add(f"T{n}", [Doc(vocab, words=_words(f)) for f in forms])
        plurals = sorted({p for p in map(_plural, forms) if p})
        if plurals:
            matcher.add(f"P{n}", [Doc(vocab, words=_words(f)) for f in plurals])
    return matcher


def _words(text: str) -> list[str]:
    import re

    return [w.lower() for w in re.findall(r"\w+(?:[’'.]\w+)*|[^\w\s]", text)]


def _plural(form: str) -> str:
    """"home secretaries", "chairs of the federation": the plural of a title's head word, or ""."""
    words = form.split()
    head = next((i - 1 for i, w in enumerate(words) if i and w.lower() in ("of", "for", "to", "at")), len(words) - 1)
    word = words[head]
    if not word.isalpha() or len(word) < 2:
        return ""
    if word.isupper():
        plural = word + "s"
    elif word[-1] == "y" and word[-2].lower() not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x")):
        plural = word + "es"
    else:
        plural = word + "s"
    return " ".join(words[:head] + [plural] + words[head + 1:])


def find_title_spans(doc, gaz: Gazetteer) -> list[tuple[object, Title]]:
    """Titles written in the doc, each with its gazetteer entry; a plural title's span is labelled "P…"."""
    matcher = _title_matcher(doc.vocab, gaz)
    spans = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        written = gaz.titles[int(doc.vocab.strings[match_id][1:])]
        if span[0].is_upper and len(span[0].text) > 2 and len(span) == 1 and span.text not in ("MP", "PCC", "MSP", "MLA") \
                and span.text not in written.aliases:
            continue  # shouted words are not titles; a rank's letters the gazetteer lists are ("DCI Jane Doe")
        if doc[end - 1].tag_ in ("NNS", "NNPS") and not span.text.endswith("s"):
            continue
        if _party_tag(span, gaz):
            continue  # "Jane Doe (Northtown) (PC)": Plaid Cymru's tag, not a police constable
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    out = []
    for span in _heads_last(spans):
        title = gaz.titles[int(span.label_[1:])]
        prefix = doc[span.start - 1] if span.start else None
        if prefix is not None and prefix.lower_ in word_class("rank_prefix") and not title.title.lower().startswith(prefix.lower_):
            # "deputy chair of the committee" is not its chair; a shadow minister is in no department
            label = span.label_
            span = doc[span.start - 1:span.end]
            span.label_ = label
            title = replace(title, title=f"{prefix.text[:1].upper()}{prefix.text[1:].lower()} {title.title}",
                            aliases=(), organisation="" if prefix.lower_ == "shadow" else title.organisation)
        if title.category != "political" and span[-1].lower_ in word_class("portfolio_title") and span.end + 1 < len(doc) \
                and doc[span.end].lower_ == "for" and doc[span.end + 1].text[:1].isupper():
            # "the Cabinet Secretary for Social Justice": a minister with a brief, not the civil service's head
            title = replace(title, category="political", organisation="")
        party = gaz.orgs.get(title.organisation)
        if party is not None and party.cls == "PoliticalParty" and len(span) > 1 and span.end + 1 < len(doc) \
                and doc[span.end].lower_ == "of" and gaz.title_for(span[-1].text) is not None \
                and (doc[span.end + 1].text[:1].isupper() or doc[span.end + 1].lower_ == "the"
                     and span.end + 2 < len(doc) and doc[span.end + 2].text[:1].isupper()):
            # "the Conservative leader of Northshire County Council": the council's leader, a party member
            # (the party word is read as a membership), not the party's national leader
            label = span.label_
            span = doc[span.end - 1:span.end]
            span.label_ = label
            title = gaz.title_for(span.text)
        if " " not in title.title and not span.label_.startswith("P") and (
                span[0].is_sent_start or _after_place(span) or span.start and doc[span.start - 1].lower_ in (
                    "the", "this", "its", "their", "his", "her")):
            # "the commissioner" after "its police and crime commissioner": the post named in full before;
            # so too a sentence's first word ("Commissioner Jane Doe said …") or one after a place ("Gwent's
            # commissioner", "the North Wales commissioner")
            # A bare title before a name ("Commissioner Tom Hale") is not a fuller post named with another
            # name ("Police and Crime Commissioner Ann Lee"); and it is the fuller post only if one fits
            word = title.title.lower()
            fuller = [(s, t) for s, t in out if " " in t.title and word in (t.title.split()[-1].lower(), s[-1].lower_)
                      and not _higher_rank(t.title, word)]
            name = _name_after(span)
            if name:
                same = [(s, t) for s, t in fuller if _name_after(s)[-1:] == name[-1:]]
                fuller = same or [(s, t) for s, t in fuller if not _name_after(s)]
            if len({t.title for _, t in fuller}) == 1:
                title = fuller[-1][1]
        out.append((span, title))
    return out


def _heads_last(spans) -> list:
    """Overlapping titles, the longest kept and, of two as long, the one ending later: "Kent Police chief
    constable Jane Doe" is a chief constable (the head word comes last), not a police chief and a constable."""
    kept, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -s.end)):
        if not taken & set(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _name_after(span) -> list[str]:
    """The words of a person's name right after a title ("Commissioner Tom Hale" -> Tom, Hale), or []."""
    doc, i = span.doc, span.end
    words = []
    while i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].is_alpha:
        words.append(doc[i].text)
        i += 1
    return words


def _after_place(span) -> bool:
    """The title follows a place's name, possessive or not ("Gwent's commissioner")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    return i >= 0 and doc[i].ent_type_ in ("GPE", "LOC")


def _party_tag(span, gaz: Gazetteer) -> bool:
    """A bracketed party abbreviation after a name or a seat: "(PC)", "(Lab)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" \
            or not doc[span.end].text.startswith(")"):
        return False
    org = gaz.org_index().get(span.text)
    before = doc[span.start - 2]
    return org is not None and org.cls == "PoliticalParty" and (before.text.startswith(")") or before.ent_type_ == "PERSON")


@dataclass
class _Names:
    """Where the article's entities are written: token index -> entity key, by kind."""

    person_at: dict  # token index of a person mention's start -> (end token, key)
    person_end: dict  # token index after a person mention's end -> (start token, key)
    org_end: dict
    name_end: dict  # token index of an organisation or place start -> its end
    place_start: dict
    person_token: dict
    org_token: dict
    place_token: dict
    types: dict  # entity key -> its types

    @classmethod
    def of(cls, doc, entities: list[Entity]) -> "_Names":
        n = cls({}, {}, {}, {}, {}, {}, {}, {}, {e.key: e.types for e in entities})
        for e in entities:
            for ev in e.mentions:
                span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
                if span is None:
                    continue
                if e.kind == "person":
                    n.person_at[span.start] = (span.end, e.key)
                    n.person_end[span.end] = (span.start, e.key)
                    n.person_token.update({i: e.key for i in range(span.start, span.end)})
                elif e.kind == "organization":
                    n.org_end[span.end] = e.key
                    n.name_end[span.start] = span.end
                    n.org_token.update({i: e.key for i in range(span.start, span.end)})
                else:
                    n.place_start[span.start] = e.key
                    n.name_end[span.start] = span.end
                    n.place_token.update({i: e.key for i in range(span.start, span.end)})
        return n


@dataclass
class _Grammar:
    """What the affiliation constructions say about each title (by token) and each name."""

    holders: dict  # title token -> [(person token, former)]
    bodies: dict  # title token -> [body token]
    qualifiers: dict  # title token -> [qualifier token]
    members: list  # (person token, body token, construction name)
    leaders: list  # (person token, verb token, body token)
    left: list  # ("person"|"post", token, verb token): "X resigned from the role", "the chair has resigned"

    @classmethod
    def of(cls, doc) -> "_Grammar":
        g = cls({}, {}, {}, [], [], [])
        for m in patterns.find(doc, "affiliation"):
            y, slot = m.yields, m.slots
            prop = y.get("property")
            if prop == "holds" and "verb" in slot and any(c.dep_ == "neg" for c in doc[slot["verb"]].children):
                continue  # "X was not appointed chief constable": no post taken
            if prop == "holds":
                g.holders.setdefault(slot[y["post"]], []).append((slot[y["person"]], y.get("former") == "yes"))
            elif prop == "postIn":
                g.bodies.setdefault(slot[y["post"]], []).append(slot[y["body"]])
            elif prop == "qualifies":
                g.qualifiers.setdefault(slot[y["post"]], []).append(slot[y["qualifier"]])
            elif prop == "memberOf":
                g.members.append((slot[y["person"]], slot[y["body"]], m.construction.name))
            elif prop == "leads":
                g.leaders.append((slot[y["person"]], slot[y["verb"]], slot[y["body"]]))
            elif prop == "left":  # "X resigned from the role" (person), "the chair has resigned" (post)
                g.left.append(("person" if "person" in y else "post", slot[y.get("person") or y["post"]],
                               slot[y["verb"]]))
        return g

    def at(self, table: dict, span) -> list:
        return [x for i in range(span.start, span.end) for x in table.get(i, ())]


def party_word_mentions(doc, mentions: list[Mention], *, gazetteer: Gazetteer, paragraphs: Paragraphs
                        ) -> list[Mention]:
    """Party words that modify a political title ("Green peer", "Tory minister") but that the name
    finders did not take for a party on their own: the party, read from the construction."""
    taken = {i for m in mentions for i in _token_range(doc, m.evidence.start, m.evidence.end)}
    titles = {i: title for span, title in find_title_spans(doc, gazetteer) for i in range(span.start, span.end)}
    index = gazetteer.org_index()
    out = []
    for m in patterns.find(doc, "affiliation"):
        if m.yields.get("property") != "postIn":
            continue
        post, word = m.slots[m.yields["post"]], doc[m.slots[m.yields["body"]]]
        if post not in titles or titles[post].category != "political" or word.i in taken or word.i in titles:
            continue
        if not word.text[:1].isupper() or not word.is_alpha:
            continue
        for form in (word.text, word.text + " Party", word.text + "s"):
            org = index.get(form)
            if org is not None and org.cls == "PoliticalParty":
                ev = evidence(doc, word.idx, word.idx + len(word), paragraphs)
                out.append(Mention(word.text, "organization", "ORG", org.id, "", ev))
                taken.add(word.i)
                break
    return out


def _token_range(doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def extract_roles(
    doc, entities: list[Entity], *, gazetteer: Gazetteer, paragraphs: Paragraphs
) -> tuple[list[Role], list[RoleMention]]:
    """Roles held by the article's people, and role mentions resolved to them."""
    roles, role_mentions, _ = extract_affiliations(doc, entities, gazetteer=gazetteer, paragraphs=paragraphs)
    return roles, role_mentions


def extract_affiliations(
    doc, entities: list[Entity], *, gazetteer: Gazetteer, paragraphs: Paragraphs
) -> tuple[list[Role], list[RoleMention], list[Relation]]:
    """Roles held by the article's people, role mentions resolved to them, and the bodies
    people belong to or lead (memberOf / leads relations)."""
    names = _Names.of(doc, entities)
    grammar = _Grammar.of(doc)
    keys = {e.key for e in entities}
    parties = {e.key for e in entities if "PoliticalParty" in e.types}

    roles: list[Role] = []
    relations: list[Relation] = []
    unattached, past = [], []
    titles = find_title_spans(doc, gazetteer)
    said_former = {**word_values("past_adverb"), **word_values("past_span_preposition"),
                   **{w: v for w, v in word_values("past_qualifier").items() if v}}
    in_any_title = {i for s, _ in titles for i in range(s.start, s.end)}
    for span, title in titles:
        if _sought(doc, span):
            continue  # "the party's candidate for police and crime commissioner, Jane Doe": not hers (yet)
        plural = span.label_.startswith("P")
        org, jurisdiction = _org_for(span, title, names.org_end, names.place_start, keys)
        party = ""
        # "the Labour leader of Northshire Council": the body after "of" is the post's, the party the holder's
        of_body = span.end < len(doc) and doc[span.end].lower_ == "of" and any(
            token >= span.end and token not in names.person_token
            and _body(doc, token, names, gazetteer, entities)[0] not in parties | {""}
            for token in grammar.at(grammar.bodies, span))
        if org in parties:  # "Labour home secretary": a party before a title is the holder's party
            # but a seat the voters give ("the Conservative PCC for X") is no post in the party
            in_party = not title.organisation and normalise_title(title.title) not in word_class("elected_office") \
                and not of_body
            party, org = org, (org if in_party else _default_org(title, keys))
        for token in grammar.at(grammar.bodies, span):
            if span.start <= token < span.end or token in names.person_token:
                continue
            body, place = _body(doc, token, names, gazetteer, entities)
            if body in parties:
                party = party or body
                if not title.organisation and not org and not of_body \
                        and normalise_title(title.title) not in word_class("elected_office"):
                    org = body
            elif body and not org:
                org = body
            elif place and not jurisdiction:
                jurisdiction = place
        qualifying = set(grammar.at(grammar.qualifiers, span))
        if span.start and doc[span.start - 1].lower_ in word_class("standing_in"):
            qualifying.add(span.start - 1)  # "Temporary Chief Constable X", however the parser hangs the word
        qualifier = " ".join(sorted({said_former.get(doc[i].lower_, doc[i].lower_) for i in qualifying}))
        holders = _people_for(doc, span, names, grammar, plural)
        ev = evidence(doc, span.start_char, span.end_char, paragraphs)
        if (more := _brief_runs_on(doc, span, names, in_any_title)) > span.end:
            # "Cabinet Secretary for Justice and Veterans": the post as the text words it, beside the canonical one
            ev = evidence(doc, span.start_char, doc[more - 1].idx + len(doc[more - 1]), paragraphs)
        brief_end = max(_complement_end(doc, span, {}), _brief_after(doc, span))
        brief = _brief_before(doc, span, names, gazetteer)
        bare_minister = word_values("portfolio_title").get(normalise_title(title.title)) == "brief"
        if bare_minister and brief is not None:
            # "the French interior minister": the minister of a brief, named so
            written = " ".join(w if w in ("and", "of", "for") else w[:1].upper() + w[1:]
                               for w in doc[brief:span.start].text.split())
            title = replace(title, title=f"{written} {title.title}", aliases=())
            ev = evidence(doc, doc[brief].idx, span.end_char, paragraphs)
            if any(names.org_token.get(i) == org for i in range(brief, span.start)):
                org = ""  # "Education Minister X": the tagger's body was the brief
        elif brief is not None and span[-1].lower_ in word_class("spokesperson") and org in parties \
                and all(t.is_lower for t in doc[brief:span.start]):
            # "Labour's justice spokeswoman": a party's spokesperson for a brief; the brief stays in the post's words
            while brief > 0 and doc[brief - 1].is_alpha and doc[brief - 1].is_lower \
                    and doc[brief - 1].dep_ in ("amod", "compound") and brief <= doc[brief - 1].head.i < span.end:
                brief -= 1  # "home affairs spokesperson": "home" hangs on "affairs"
            ev = evidence(doc, doc[brief].idx, span.end_char, paragraphs)
        elif bare_minister and brief_end > span.end:
            # "the minister for crime, safeguarding and vulnerability": the brief is the post's name
            title = replace(title, title=f"{title.title} {doc[span.end:brief_end].text}", aliases=())
            ev = evidence(doc, span.start_char, doc[brief_end - 1].idx + len(doc[brief_end - 1]), paragraphs)
        if not holders:
            # "the former home secretary" is not the holder; "a chief constable" is nobody in particular
            former = word_class("past_qualifier") & set(qualifier.split())
            if not plural and not former and (not _indefinite(doc, span) or _withheld_in_the_lead(doc, span)):
                unattached.append((span, title, org, jurisdiction))
            elif not plural:
                past.append((span, title, org, jurisdiction, qualifier))
            continue
        for person, former in holders:
            q = qualifier if not former or word_class("past_qualifier") & set(qualifier.split()) else f"former {qualifier}".strip()
            roles.append(Role(person, title.title, title.category, org, jurisdiction, ev, q))
            if party:
                relations.append(Relation(person, "memberOf", party, "", False, ev))

    # "X, who chairs the panel": known before the bare posts are resolved ("the chair of the panel said")
    led = _memberships(doc, grammar, names, gazetteer, entities, paragraphs)
    roles += _chairs(led, roles, gazetteer)
    role_mentions = []
    in_title = frozenset(i for s, _ in titles for i in range(s.start, s.end))
    left_open: list[tuple[int, str]] = []  # (token, bare title word) of posts no one here was found to hold
    for span, title, org, jurisdiction in unattached:
        found = _holder(title, org, roles, gazetteer, keys)
        if found is not None and not org and not _owner_shared(doc, span, found[0], roles, names):
            found = None  # "the union's chairman" is not "Council chairman X"; "Kent's chief constable" not Essex's
        if _indefinite(doc, span):  # withheld in the lead: its holder only if they speak right after it
            if found is None or not _speaks_right_after(doc, span, found[0], names):
                continue
        holder, org = found if found is not None else (_introduced_next(doc, span, names.person_at, roles, titles), org)
        if holder is None:
            holder = _described_before(doc, span, title, org, names, roles, in_title=in_title) or None
            if holder is not None and _held_by_someone_unnamed(holder, title, left_open, names):
                holder = None
        if holder is None:
            left_open.append((span.start, normalise_title(title.title).split()[-1]))
            # Unknown in this article; the corpus may know who holds the post (see corpus.py).
            role_mentions.append(RoleMention(span.start_char, span.end_char, placeholder(title.title, org)))
            continue
        ev = evidence(doc, span.start_char, span.end_char, paragraphs)
        bare = normalise_title(title.title).split()
        # a post the holder has in other words ("the chief", "the Home Office minister") adds none
        if not any(r.person == holder and (r.title == title.title or (len(bare) == 1 or org and r.organisation == org)
                                           and normalise_title(r.title).split()[-1:] == bare[-1:]
                                           or " ".join(bare) in _generic_heads() and not is_past(r)
                                           or _head_post(r.title) == " ".join(bare)) for r in roles):
            roles.append(Role(holder, title.title, title.category, org or _default_org(title, keys), jurisdiction, ev))
        role_mentions.append(RoleMention(span.start_char, span.end_char, holder))
    for span, title, org, jurisdiction, qualifier in past:
        holder = _described_before(doc, span, title, org, names, roles, former=True)
        if holder:  # "the former Cabinet minister, 61, added": a past post of the person just spoken of
            ev = evidence(doc, span.start_char, span.end_char, paragraphs)
            roles.append(Role(holder, title.title, title.category, org, jurisdiction, ev, qualifier))
            role_mentions.append(RoleMention(span.start_char, span.end_char, holder))
    roles += _open_posts(doc, names, titles, roles, paragraphs, entities)
    roles += _open_posts_before_the_name(doc, names, titles, roles, paragraphs, entities)
    roles = _posts_in_the_one_force(_posts_in_the_portfolios_department(_short_forms_dropped(roles), entities,
                                                                        gazetteer), entities)
    roles = _posts_in_the_one_committee(_posts_in_the_body_just_spoken_of(doc, roles, names), entities)
    roles = _posts_in_a_sister_body(roles, entities, gazetteer)
    roles = _posts_in_the_devolved_government(roles, entities, gazetteer)
    roles = _deputies_in_their_chiefs_body(doc, roles, names)
    roles = _posts_left(doc, roles, names, grammar, role_mentions)
    relations += led
    return _dedupe(roles), role_mentions, _dedupe_relations(relations)


PORTFOLIO_FILLER = {"minister", "ministers", "secretary", "of", "for", "the", "state", "and", "junior", "cabinet",
                    "deputy", "assistant", "first", "prime"}
DEPARTMENT_WORDS = {"department", "ministry", "office"}


def _brief_runs_on(doc, span, names: _Names, in_title: set[int]) -> int:
    """Where a portfolio title's brief ends when the text adds to it what the gazetteer's name lacks
    ("Minister for Policing and Crime Prevention", "Cabinet Secretary for Justice and Veterans"): capitalised
    words after "and", none of them a name or another post; else the title's own end."""
    if not any(t.lower_ == "for" for t in span[1:]) or span.end + 1 >= len(doc):
        return span.end
    if doc[span.end].lower_ in ("and", "&"):
        i = span.end + 1
    elif any(t.head.i >= span.end for t in span) and doc[span.end].text[:1].isupper():
        i = span.end  # "Minister for Policing and Crime Prevention": the gazetteer's words modify the next one
    else:
        return span.end
    while i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start \
            and i not in in_title and i not in names.person_token and i not in names.org_token \
            and i not in names.place_token:
        i += 1
    if i == span.end or doc[i - 1].lower_ in ("and", "&") or i < len(doc) and doc[i].is_alpha and not doc[i].is_lower:
        return span.end  # nothing added, or a name or post follows
    return i


def _posts_in_the_portfolios_department(roles: list[Role], entities: list[Entity], gaz: Gazetteer) -> list[Role]:
    """"Justice Minister Jane Doe" in a story naming the Department of Justice: a minister with no
    department of their own is in the one department the story names for their portfolio. A shadow
    minister is in none, nor is one the gazetteer places elsewhere (a Scottish cabinet secretary is in no
    Whitehall department)."""
    departments = [(e.key, set(e.name.lower().replace(",", " ").split())) for e in entities
                   if e.kind == "organization" and "GovernmentBody" in e.types
                   and DEPARTMENT_WORDS & set(e.name.lower().split())]
    out = []
    for r in roles:
        words = set(normalise_title(r.title).replace(",", " ").split())
        brief = words - PORTFOLIO_FILLER
        known = gaz.title_for(r.title)
        if r.category == "political" and not r.organisation and brief and "shadow" not in words \
                and words & word_class("portfolio_title") and not (known and (known.organisation or known.jurisdiction)):
            found = [key for key, name in departments if brief & name]
            if len(found) == 1:
                r = replace(r, organisation=found[0])
        out.append(r)
    return out


def _higher_rank(title: str, word: str) -> bool:
    """"Chief Constable", "Prime Minister", "Detective Inspector": a rank above the bare word, whose
    holder "the constable", "the minister", "the inspector" does not name."""
    words = normalise_title(title).split()
    return len(words) > 1 and words[-1] == word and words[-2] in word_class("rank_before_head")


def _brief_before(doc, span, names: "_Names", gaz: Gazetteer) -> int | None:
    """Where the brief words right before a bare "minister" begin ("the interior minister",
    "the French health minister", "Education Minister X"), or None: a demonym, party or name before
    them is not the brief."""
    i = span.start
    while i > 0 and doc[i - 1].is_alpha and doc[i - 1].dep_ in ("amod", "compound") \
            and (doc[i - 1].head.i == span.root.i if doc[i - 1].is_lower
                 else _capitalised_brief(doc, doc[i - 1], i, span, names, gaz)) \
            and doc[i - 1].lower_ not in word_class("past_qualifier") \
            and doc[i - 1].lower_ not in word_class("rank_prefix") and doc[i - 1].lower_ not in word_class("standing_in") \
            and (doc[i - 1].lower_ not in word_class("no_brief_word")
                 or doc[i - 1].is_title and i < span.start and not doc[i - 1].is_sent_start):  # "Local Government Minister"
        i -= 1
    if i < span.start and i > 0 and doc[i - 1].lower_ in word_class("rank_prefix"):
        i -= 1  # "the shadow education minister", "Deputy Health Minister X": the rank is the post's too
    return i if i < span.start else None


def _capitalised_brief(doc, token, brief_start: int, span, names: "_Names", gaz: Gazetteer) -> bool:
    """A capitalised word of a brief written as part of the post's name ("Education Minister X",
    "Home Affairs Minister X"): no person, place, demonym or party, and no body but one the tagger
    made of the brief words alone (a body the gazetteer knows, "Home Office Minister", is the post's body)."""
    if not token.is_title or brief_start - 1 != token.i or not token.i < token.head.i < span.end:
        return False
    if token.i in names.person_token or token.i in names.place_token or token.text in demonyms() \
            or token.ent_type_ not in ("", "ORG"):  # "On Monday Health Minister X": no date is a brief
        return False
    org = names.org_token.get(token.i)
    if org is None:
        return True
    mention = [i for i, key in names.org_token.items() if key == org and abs(i - token.i) < 8]
    return org.split(":", 1)[-1] not in gaz.orgs and "PoliticalParty" not in names.types.get(org, ()) \
        and min(mention) >= token.i and max(mention) < span.start


OPEN_POST_PREPS = ("at", "for", "with", "of")


def _open_posts(doc, names: _Names, titles, roles: list[Role], paragraphs: Paragraphs,
                entities: list[Entity] = ()) -> list[Role]:
    """"Jane Doe, policy manager at Liberty", "Jane Doe, head of policy at the X Trust": a job the
    gazetteer has no title for, set beside a name and placed at a named body, is a post there. Its
    words are the text's own; a job word with no body beside it ("a lecturer") stays a description."""
    in_title = {i for span, _ in titles for i in range(span.start, span.end)}
    jobs = word_class("job_head")
    out = []
    for start, (end, person) in sorted(names.person_at.items()):
        root = doc[start:end].root
        for job in root.children:
            misread = job.dep_ == "relcl" and any(c.dep_ == "compound" for c in job.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in job.children)  # "X, NPCC lead for …" read as a verb
            if not (job.dep_ == "appos" or misread) or job.lower_ not in jobs or job.i in in_title or job.i < end:
                continue
            prep = next((c for c in job.children if c.dep_ == "prep" and c.lower_ in OPEN_POST_PREPS
                         and any(g.dep_ == "pobj" and g.i in names.org_token for g in c.children)), None)
            owner = next((c for c in job.children if c.dep_ in ("compound", "poss") and c.i in names.org_token), None)
            described = ""
            if owner is None:  # "the council's cabinet member for X": the body named before that the words fit
                owner = next((c for c in job.children if c.dep_ == "poss" and c.pos_ == "NOUN" and any(
                    d.lower_ == "the" for d in c.children)), None)
                described = _latest_fitting(owner, names, [e for e in entities if e.kind == "organization"]) \
                    if owner is not None else ""
                owner = owner if described else None
            first = job.left_edge.i
            while first < job.i and (doc[first].dep_ in ("det", "poss", "punct", "case") or first in names.org_token):
                first += 1
            if prep is not None:
                body = next(names.org_token[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in names.org_token)
                words = doc[first:prep.i]
            elif owner is not None:  # "Liberty's policy manager", "NPCC lead for county lines"
                body = described or names.org_token[owner.i]
                last = job.right_edge.i
                while last > job.i and doc[last].is_punct:
                    last -= 1
                words = doc[first:last + 1]
            else:
                continue
            if any(t.i in in_title or t.i in names.org_token or t.i in names.person_token for t in words):
                continue
            if any(r.person == person and r.organisation == body for r in roles):
                continue
            if job.lower_ == "member" and any(e.key == body and "PoliticalParty" in e.types for e in entities):
                continue  # "X, a member of the Labour Party": a membership (memberOf), not a post
            qualifier = ""
            if len(words) > 1 and words[0].lower_ in word_class("past_qualifier"):
                qualifier = word_values("past_qualifier")[words[0].lower_] or words[0].lower_
                words = words[1:]  # "a former manager at X": a past post there
            title = words.text[:1].upper() + words.text[1:]
            ev = evidence(doc, words.start_char, words.end_char, paragraphs)
            out.append(Role(person, title, "other", body, "", ev, qualifier))
    return out


def _open_posts_before_the_name(doc, names: _Names, titles, roles: list[Role], paragraphs: Paragraphs,
                                entities: list[Entity]) -> list[Role]:
    """"Its lead for public order, Assistant Chief Constable Jane Doe, said", "the trust's head of policy, Jane
    Doe,": a job the gazetteer has no title for, owned by a body ("its" resolved as for "its chief constable"),
    then a comma and a name (a rank of its own between them), is that person's post in the body. The
    parser often hangs the name off the comma, so the order of the words is read, not the tree."""
    in_title = {i for span, _ in titles for i in range(span.start, span.end)}
    jobs = word_class("job_head")
    orgs = [e for e in entities if e.kind == "organization"]
    out = []
    for job in doc:
        if job.lower_ not in jobs or job.i in in_title or job.pos_ != "NOUN" or job.i in names.org_token:
            continue
        owner = next((c for c in job.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in ("its", "their"):
            body = _antecedent_body(owner, names, orgs)
        else:
            body = names.org_token.get(owner.i, "")
        if not body:
            continue
        comma = next((t.i for t in doc[job.i:min(len(doc), job.i + 8)] if t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") or t.i in names.person_token or t.i in names.org_token
                                for t in doc[job.i + 1:comma]):
            continue
        start = comma + 1
        while start < len(doc) and start in in_title:
            start += 1
        if start not in names.person_at:
            continue
        end, person = names.person_at[start]
        words = doc[owner.i + 1:comma]
        while len(words) and words[0].pos_ in ("DET", "PART", "PUNCT"):
            words = words[1:]
        if not len(words) or any(r.person == person and normalise_title(r.title) == normalise_title(words.text)
                                 for r in roles):
            continue
        title = words.text[:1].upper() + words.text[1:]
        ev = evidence(doc, words.start_char, words.end_char, paragraphs)
        out.append(Role(person, title, "other", body, "", ev))
    return out


def _short_forms_dropped(roles: list[Role]) -> list[Role]:
    """"HM Inspector of Constabulary Jane Doe … HM Inspector Jane Doe said": the bare "Inspector" is the longer
    post the same person holds, said short (its head before "of" ends with it), not a second post (which the
    story's one force would then claim)."""
    def head(title: str) -> list[str]:
        return normalise_title(title).split(" of ", 1)[0].split()

    out = []
    for r in roles:
        words = normalise_title(r.title).split()
        if not any(o.person == r.person and o.qualifier == r.qualifier and len(head(o.title)) > len(words)
                   and head(o.title)[-len(words):] == words and (not r.organisation or r.organisation == o.organisation)
                   for o in roles if o is not r):
            out.append(r)
    return out


def _posts_in_the_one_force(roles: list[Role], entities: list[Entity]) -> list[Role]:
    """"acting Chief Constable Jane Doe", "Police and Crime Commissioner Tom Hale" in a story naming one
    police force: the rank is in that force (the commissioner's is the force they oversee), as a reader
    takes it (a former post too: "the former chief constable" of the story's force, unless its holder holds a
    post now, which is what ties them to the story). A post for a place
    goes to the force only if the force's name holds the place's."""
    from .quotes import fits_name, org_anaphors

    force = org_anaphors().get("force")
    forces = [e for e in entities if e.kind == "organization" and force is not None
              and force.classes & set(e.types) and fits_name(e.name, force)]
    places = {e.key: e.name.lower() for e in entities if e.kind == "place"}
    holding = {r.person for r in roles if not is_past(r)}
    out = []
    for r in roles:
        police = r.category == "police" or (normalise_title(r.title) in word_class("elected_office")
                                            and "police" in r.title.lower())
        if is_past(r) and r.person in holding:
            police = False  # "the commissioner, once a police sergeant": the story's force is that of the
            # post held now; where the earlier one was the text does not say
        if police and not r.organisation and r.jurisdiction in places:
            # "Kent's chief constable" in a story naming Kent Police and Essex Police: the force of that area
            area = [e for e in forces if e.name.lower().startswith(places[r.jurisdiction] + " ")]
            if len(area) == 1:
                r = replace(r, organisation=area[0].key)
        if len(forces) == 1 and police and not r.organisation \
                and (not r.jurisdiction or places.get(r.jurisdiction, "\0") in forces[0].name.lower()):
            r = replace(r, organisation=forces[0].key)
        out.append(r)
    return out


def _posts_in_the_body_just_spoken_of(doc, roles: list[Role], names: _Names) -> list[Role]:
    """"The College of X has warned of delays. Chief executive Jane Doe said …": a post that heads or runs a
    body (`body_post` in word_classes.csv), given with no body, in a sentence naming none, right after a sentence
    whose subject is a body, is a post in that body, as a reader takes it."""
    sents = doc_sents(doc)
    out = []
    for r in roles:
        if not r.organisation and not r.jurisdiction and not r.qualifier and r.evidence is not None \
                and normalise_title(r.title) in word_class("body_post"):
            span = doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
            at = sentence_index(doc, span.start) if span is not None else 0
            if span is not None and at > 0 and not any(t.i in names.org_token for t in sents[at]):
                before = sents[at - 1]
                subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
                bodies = {names.org_token[c.i] for c in subjects if c.i in names.org_token}
                if len(bodies) == 1:
                    r = replace(r, organisation=bodies.pop())
        out.append(r)
    return out


def _posts_in_a_sister_body(roles: list[Role], entities: list[Entity], gaz: Gazetteer) -> list[Role]:
    """"HM Inspector of Constabulary Jane Doe" in a story naming HM Inspectorate of Constabulary in Scotland but
    not the English inspectorate the gazetteer gives the post to: the post is in the one body the story names
    whose name holds the gazetteer body's own name (cut before its first "and": "HM Inspectorate of
    Constabulary"), of the same kind, as a reader takes it. "Police Federation of England and Wales" is not
    held in "Scottish Police Federation", so its chair stays unplaced."""
    keys = {e.key for e in entities}
    out = []
    for r in roles:
        title = gaz.title_for(r.title)
        home = gaz.orgs.get(title.organisation) if title is not None and title.organisation else None
        if home is not None and not r.organisation and f"org:{home.id}" not in keys:
            stem = re.split(r"\s+(?:and|&)\s+", home.label, maxsplit=1)[0].lower()
            sisters = [e.key for e in entities if e.kind == "organization" and home.cls in e.types
                       and len(stem.split()) > 1 and f" {stem} " in f" {e.name.lower()} "]
            if len(sisters) == 1:
                r = replace(r, organisation=sisters[0])
        out.append(r)
    return out


def _posts_in_the_devolved_government(roles: list[Role], entities: list[Entity], gaz: Gazetteer) -> list[Role]:
    """"Justice Secretary Jane Doe" in a story about Scotland that names the Scottish Government and not the UK
    ministry the gazetteer gives the post to: the post is the devolved one, in that government, as a reader takes
    it. The counterpart is the one title whose alias is the post's own name after one word ("Scottish Justice
    Secretary", `titles.csv`) and whose body the story names; the story is about that country when another body it
    names carries the word or the country's name too ("Police Scotland", "the Scottish Police Authority"): a UK
    story may well name the Scottish Government in passing. Two counterparts leave the post unplaced."""
    keys = {e.key for e in entities}
    bodies = [e for e in entities if e.kind == "organization"]
    out = []
    for r in roles:
        title = gaz.title_for(r.title)
        if title is not None and title.organisation and not r.organisation and not r.jurisdiction \
                and f"org:{title.organisation}" not in keys:
            own = normalise_title(title.title)
            homes = {(other.organisation, other.jurisdiction, form.split()[0].lower()) for other in gaz.titles
                     for form in other.aliases
                     if other.organisation and f"org:{other.organisation}" in keys
                     and len(form.split()) == len(own.split()) + 1 and normalise_title(form).endswith(" " + own)}
            if len({(org, place) for org, place, _ in homes}) == 1:
                org, place, word = sorted(homes)[0]
                about = {word, place.lower()} - {""}
                if any(e.key != f"org:{org}" and about & set(e.name.lower().split()) for e in bodies):
                    place_key = "place:" + place.casefold() if place else ""
                    r = replace(r, organisation=f"org:{org}", jurisdiction=place_key if place_key in keys else "")
        out.append(r)
    return out


def _posts_in_the_one_committee(roles: list[Role], entities: list[Entity]) -> list[Role]:
    """"Convener Jane Doe said" in a story naming one committee: a post that only a committee has
    (`committee_post` in word_classes.csv) given with no body is in that committee, as a reader takes it."""
    committees = [e.key for e in entities if e.kind == "organization" and "Committee" in e.types]
    if len(committees) != 1:
        return roles
    return [replace(r, organisation=committees[0]) if not r.organisation and not r.jurisdiction
            and normalise_title(r.title).split()[-1:] and normalise_title(r.title).split()[-1] in word_class("committee_post")
            else r for r in roles]


def _posts_left(doc, roles: list[Role], names: _Names, grammar: _Grammar, role_mentions: list[RoleMention]
                ) -> list[Role]:
    """"The board's chairman, Tom Hale … Councillor Hale resigned from the job in April": the post the text names
    for that person last before the sentence saying they left it is a former post (the article is written after;
    "will resign", "has not quit" leave it held). A seat ("Councillor") is no post one resigns "the role" of.
    "The chair of the trust has resigned": that post, of the person the mention was resolved to."""
    from .quotes import member_nouns

    out = list(roles)
    for kind, token, verb_token in grammar.left:
        verb = doc[verb_token]
        if kind == "post":
            at = doc[token].idx
            key = next((m.person for m in role_mentions if m.start <= at < m.end
                        and not m.person.startswith(PLACEHOLDER_PREFIX)), None)
            word = doc[token].lower_
        else:
            key, word = names.person_token.get(token), ""
        if key is None or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ not in ("has", "had", "have")
                              for c in verb.children) or verb.tag_ == "VBN" and not any(
                c.dep_ == "aux" for c in verb.children):
            continue
        held = [(n, r) for n, r in enumerate(out) if r.person == key and not is_past(r) and r.evidence is not None
                and r.evidence.start < verb.idx and normalise_title(r.title) not in word_class("membership_post")
                and normalise_title(r.title) not in member_nouns()
                and (not word or normalise_title(r.title).split(" of ")[0].split()[-1:] == [word])]
        if kind == "post":
            for n, r in held:  # every mention of that post of theirs: it is the one left
                out[n] = replace(r, qualifier=" ".join(sorted(set(r.qualifier.split()) | {"former"})))
        elif held:
            n, r = max(held, key=lambda nr: nr[1].evidence.start)
            out[n] = replace(r, qualifier=" ".join(sorted(set(r.qualifier.split()) | {"former"})))
    return out


def _deputies_in_their_chiefs_body(doc, roles: list[Role], names: _Names) -> list[Role]:
    """"Labour leader Ann Lee proposed her deputy leader, Tom Hale": a deputy's post named as someone's is in the
    body where that person holds the post it deputises for."""
    out = []
    for r in roles:
        words = normalise_title(r.title).split()
        span = doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand") \
            if r.evidence is not None and not r.organisation and len(words) > 1 and words[0] == "deputy" else None
        owner = next((t for t in span.root.children if t.dep_ == "poss"), None) if span is not None else None
        chief = ""
        if owner is not None and owner.lower_ in ("his", "her"):
            before = [names.person_token[i] for i in range(owner.sent.start, owner.i) if i in names.person_token]
            chief = before[-1] if before and len(set(before)) == 1 else ""
        elif owner is not None:
            chief = names.person_token.get(owner.i, "")
        bodies = {x.organisation for x in roles if chief and x.person == chief and x.organisation
                  and normalise_title(x.title).split()[:len(words) - 1] == words[1:]}
        if len(bodies) == 1 and chief != r.person:
            r = replace(r, organisation=bodies.pop())
        out.append(r)
    return out


def _chairs(relations: list[Relation], roles: list[Role], gaz: Gazetteer) -> list[Role]:
    """"X, who chairs the panel", "the panel, chaired by X": X holds the chair of that body, unless the
    text already gives X a post there."""
    chair = gaz.title_for("Chair")
    if chair is None:
        return []
    return [Role(r.subject, chair.title, chair.category, r.object, "", r.evidence) for r in relations
            if r.predicate == "leads" and r.cue == "chair"
            and not any(x.person == r.subject and x.organisation == r.object for x in roles)]


def _memberships(doc, grammar: _Grammar, names: _Names, gaz: Gazetteer, entities, paragraphs) -> list[Relation]:
    """"Labour's X", "X (Con)", "Tory X", "X of the federation": memberOf; "X, who heads Y": leads."""
    out = []
    for person_token, body_token, name in grammar.members:
        person = _person_at(doc, person_token, names)
        body, _ = _body(doc, body_token, names, gaz, entities)
        if not person or not body or body == person:
            continue
        if name in ("party-before-name", "party-tag-after-name", "party-tag-with-seat-after-name",
                    "party-between-commas-after-name") and \
                "PoliticalParty" not in names.types.get(body, ()):
            continue  # "Kent Police Sergeant X" is read as a post, not a membership
        left, right = min(person_token, body_token), max(person_token, body_token)
        out.append(Relation(person, "memberOf", body, "", False,
                            evidence(doc, doc[left].idx, doc[right].idx + len(doc[right]), paragraphs)))
    for person_token, verb_token, body_token in grammar.leaders:
        person = _person_at(doc, person_token, names)
        body, _ = _body(doc, body_token, names, gaz, entities)
        if person and body and body != person:
            left, right = min(person_token, body_token), max(person_token, body_token)
            out.append(Relation(person, "leads", body, doc[verb_token].lemma_, False,
                                evidence(doc, doc[left].idx, doc[right].idx + len(doc[right]), paragraphs)))
    return out


def _people_for(doc, span, names: _Names, grammar: _Grammar, plural: bool) -> list[tuple[str, bool]]:
    """(person, former) for each person a title belongs to: the name it is attached to first, then
    the name the grammar gives it, then a name beside it in the same clause."""
    attached = _attached_person(doc, span, names)
    if attached:
        return [(attached, False)]
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_.lower() in word_class("past_holder_noun"):
        # "her predecessor as home secretary, Jane Doe": a post Jane Doe held before
        return [(p, True) for p, _ in _people_for_current(doc, span, names, grammar, plural)]
    return _people_for_current(doc, span, names, grammar, plural)


def _people_for_current(doc, span, names: _Names, grammar: _Grammar, plural: bool) -> list[tuple[str, bool]]:
    """_people_for past the name right after the title."""
    found = []
    for token, former in grammar.at(grammar.holders, span):
        person = _person_at(doc, token, names)
        if person and _group_apposition(doc[token], span.root):
            continue  # "Tom Hale and Jane Doe, the minister and her shadow": not the last name's post alone
        if person and (person, former) not in found:
            found.append((person, former))
    if found:
        if plural:
            return found
        # one holder now and one before it ("Ann Lee replaced Tom Hale as chief constable")
        now = [f for f in found if not f[1]][:1]
        before = [f for f in found if f[1] and f[0] not in {p for p, _ in now}][:1]
        return now + before
    if plural or _modifies_another_noun(doc, span, names):
        return []  # "the home secretary's adviser, Jane Doe": the post is someone else's
    beside = _person_beside(doc, span, names, _complement_end(doc, span, names.name_end))
    return [(beside, False)] if beside else []


def _modifies_another_noun(doc, span, names: _Names) -> bool:
    """A title that is a possessor or a modifier of a noun that is not a name."""
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s", "'", "’"):
        return True
    root = span.root
    return root.dep_ == "poss" or (root.dep_ in ("compound", "amod", "nmod") and root.head.i not in names.person_token
                                   and not span.start <= root.head.i < span.end)


def _person_at(doc, token: int, names: _Names) -> str:
    """The person a token names: a person mention, or a pronoun whose antecedent is one person."""
    if token in names.person_token:
        return names.person_token[token]
    if doc[token].lower_ not in PRONOUNS:
        return ""
    sent = doc[token].sent
    before = {names.person_token[i] for i in range(sent.start, token) if i in names.person_token}
    if before:
        return before.pop() if len(before) == 1 else ""
    prev_end = sent.start
    for _ in range(2):  # the nearest earlier sentence that names anyone, if it names one person
        if prev_end <= 0:
            return ""
        prev = doc[prev_end - 1].sent
        if "\n" in doc[prev.start:prev_end + 1].text_with_ws.strip("\n"):
            return ""  # not across paragraphs
        found = {names.person_token[i] for i in range(prev.start, prev.end) if i in names.person_token}
        if found:
            return found.pop() if len(found) == 1 else ""
        prev_end = prev.start
    return ""


def _body(doc, token: int, names: _Names, gaz: Gazetteer, entities) -> tuple[str, str]:
    """(organisation key, place key) a body word stands for: a name, a party word ("Green"),
    or a definite description of the one body of that kind in the article ("the federation")."""
    if token in names.org_token:
        return names.org_token[token], ""
    if token in names.place_token:
        return "", names.place_token[token]
    word = doc[token]
    orgs = [e for e in entities if e.kind == "organization"]
    named = next((c for c in word.children if c.dep_ == "appos" and c.i == token + 1 and c.i in names.org_token), None)
    if word.pos_ == "NOUN" and word.is_lower and named is not None:
        return names.org_token[named.i], ""  # "chief executive of the charity Crisis": the body the noun names
    if word.lower_ in ("its", "their") and word.dep_ == "poss":
        return _antecedent_body(word, names, orgs), ""
    if word.pos_ in ("PROPN", "ADJ") and word.text[:1].isupper():
        index = gaz.org_index()
        for form in (word.text, word.text + " Party", word.text + "s"):
            org = index.get(form)
            if org is not None and org.cls == "PoliticalParty" and f"org:{org.id}" in names.types:
                return f"org:{org.id}", ""
        return "", ""
    if word.is_lower and word.lower_ in word_class("governing_unit"):
        owner = next((names.org_token[c.i] for c in word.children if c.dep_ in ("compound", "poss")
                      and c.i in names.org_token), "")
        if owner:
            return owner, ""  # "the SPA board, chaired by X": the board stands for its body
    if word.pos_ == "NOUN" and any(c.lower_ == "the" for c in word.children):
        noun = word.lemma_.lower()
        found = {e.key for e in orgs if noun in e.name.lower().split()}
        if not found and noun in word_class("body_noun"):
            found = {e.key for e in orgs if word_values("body_noun")[noun] in e.types}
        if len(found) == 1:
            return found.pop(), ""
        return _latest_fitting(word, names, orgs), ""
    return "", ""


def _latest_fitting(word, names: _Names, orgs: list[Entity]) -> str:
    """"the force's chief constable" where the article names several police bodies: the latest one
    named before that the description fits ("the force" is no federation), as a reader takes it."""
    anaphor = org_anaphors().get(word.lemma_.lower())
    if anaphor is None or anaphor.needs:
        return ""
    fits = {e.key for e in orgs if anaphor.classes & set(e.types) and fits_name(e.name, anaphor)}
    before = [i for i, key in names.org_token.items() if i < word.i and key in fits]
    return names.org_token[max(before)] if before else ""


def _antecedent_body(pronoun, names: _Names, orgs: list[Entity]) -> str:
    """"West Midlands Police said … Its chief constable, X, …": the body "its" stands for.

    The subject of a clause before it in its own sentence, else the subject of the sentence before
    (a name, or a description such as "the watchdog" read as quotes read it); failing a subject, the
    one body that sentence names. Anything less certain gives no body.
    """
    def body(subject) -> str:
        key = next((names.org_token[t.i] for t in subject.subtree if t.i in names.org_token), "")
        anaphor = org_anaphors().get(subject.lower_)
        if key or anaphor is None or anaphor.needs or not any(c.lower_ in ("the", "this") for c in subject.children):
            return key
        before = sorted((i, k) for i, k in names.org_token.items() if i < subject.i)
        fits = {e.key for e in orgs if anaphor.classes & set(e.types) and fits_name(e.name, anaphor)}
        return next((k for _, k in reversed(before) if k in fits), "")

    sent = pronoun.sent
    for verb in (t for t in sent if t.i < pronoun.i and t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is not None and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
            if key := body(subject):
                return key
    if sent.start == 0:
        return ""
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        if key := body(subject):
            return key
    named = {names.org_token[t.i] for t in before if t.i in names.org_token}
    return named.pop() if len(named) == 1 else ""


def _clause(token):
    """The head of the clause a token is in."""
    while token.dep_ not in CLAUSE_DEPS and token.head.i != token.i:
        if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return token


def _same_clause(doc, span, start: int, end: int) -> bool:
    return _clause(span.root).i == _clause(doc[start:end].root).i


def _sought(doc, span) -> bool:
    """A post someone stands for is not one they hold: "candidate for mayor", "the race to be commissioner",
    "PCC candidate Jane Doe" (`seeking_noun` word class: candidate, nominee, race, bid, ...)."""
    seeking = word_class("seeking_noun")
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an", "its", "their", "be", "become"):
        i -= 1
    if span.end < len(doc) and doc[span.end].ent_type_ == "PERSON":
        return False  # "the campaign for Mayor Jane Doe to be re-elected": her title, held
    if i >= 1 and doc[i].lower_ in ("for", "to", "as") and doc[i - 1].lemma_.lower() in seeking:
        return True
    return span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].lemma_.lower() in seeking


def _withheld_in_the_lead(doc, span) -> bool:
    """"A chief constable has defended her force's cameras": a news lead names the post and keeps the name for
    later, so "a" post as the subject of the lead's main clause is the one the article goes on to name, when that
    one holder speaks right after (`_speaks_right_after`); anywhere else "a chief constable" is nobody in particular.
    The lead is the sentence after the headline."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or _clause(root).dep_ != "ROOT" or sentence_index(doc, root.i) != 1 \
            or _reported_by_another(span):
        return False
    return doc[span.start].lower_ in ("a", "an") or any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                       for c in root.children)


def _speaks_right_after(doc, span, person: str, names: _Names) -> bool:
    """Whether `person` is first named in the sentences right after the lead's post, speaking there (a quote
    or a verb of saying): the usual "A chief constable has defended ... 'X,' said Chief Constable Jane Doe"."""
    sents = doc_sents(doc)
    at = sentence_index(doc, span.start)
    first = min((i for i, (_, key) in names.person_at.items() if key == person), default=None)
    if first is None or not at < sentence_index(doc, first) <= at + CATAPHORA_SENTENCES:
        return False
    sent = sents[sentence_index(doc, first)]
    return any(t.text in "\"“”‘’'" for t in sent) or any(
        t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs() for t in sent)


def _indefinite(doc, span) -> bool:
    """A post named with an indefinite determiner ("a chief constable", "any new home secretary"):
    no one holder is meant, so none is looked for, in the article or across the corpus."""
    words = word_class("indefinite_determiner")
    if any(t.dep_ in ("det", "predet") and t.lower_ in words for t in span.root.children):
        return True
    i = span.start - 1
    # "one senior MP", "one minister": a number word may itself be the indefinite determiner
    while i >= 0 and doc[i].lower_ not in words and doc[i].pos_ in ("ADJ", "ADV", "NUM") and span.start - i <= 3:
        i -= 1
    return i >= 0 and doc[i].lower_ in words



def placeholder(title: str, organisation: str = "") -> str:
    """A stand-in key for "whoever holds this post" (in the body the text names, if any: "the DUP
    leader" is no other party's leader), resolved across the corpus or dropped."""
    return PLACEHOLDER_PREFIX + title + (f"|{organisation}" if organisation else "")


def _default_org(title: Title, keys: set[str]) -> str:
    key = f"org:{title.organisation}" if title.organisation else ""
    return key if key in keys else ""


def _org_for(span, title, org_end, place_start, keys) -> tuple[str, str]:
    """The body and place a title names in itself (the grammar adds those it names around it)."""
    org = ""
    # "X Police chief": the organisation's name may swallow the first word of the title
    for i in range(span.start + 1, span.end):
        if i in org_end:
            org = org_end[i]
    # "X Police chief" where the tagger took the title word alone
    if span.start in org_end and not org:
        org = org_end[span.start]
    jurisdiction = ""
    # the title itself may end in the place: "Mayor of London"
    for i in range(span.start, span.end):
        if i in place_start and not jurisdiction:
            jurisdiction = place_start[i]
    if title.jurisdiction and not jurisdiction:
        key = "place:" + title.jurisdiction.casefold()
        jurisdiction = key if key in keys else ""
    return org or _default_org(title, keys), jurisdiction


def _brief_after(doc, span) -> int:
    """End of a brief in common words after "minister for" ("the minister for social justice, X",
    "the minister responsible for prisons"), or the title's own end: the text's name of the post, which a
    bare "Minister" would lose.

    Kept apart from `_complement_end`, though both read past the title's "for": that one's end is where
    `_person_beside` looks for the holder's name (after "of the X Police", or after a brief listed to its
    "and"); this one's, after a brief in common words, only names the post (`extract_affiliations` takes the
    further of the two). Giving `_person_beside` this end too would change whom it finds."""
    after = span.end
    # "the minister responsible for prisons", "the minister in charge of policing": the brief all the same
    for lead in (("responsible", "for"), ("in", "charge", "of")):
        if tuple(t.lower_ for t in doc[after:after + len(lead)]) == lead:
            after += len(lead) - 1
    if after + 1 >= len(doc) or doc[after].lower_ not in ("for", "of") \
            or (doc[after].lower_ == "of" and after == span.end):
        return span.end
    i = after + 1
    while i < len(doc) and i - after <= 6 and doc[i].is_alpha and not doc[i].is_sent_start \
            and doc[i].ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
            and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ"):
        i += 1
    return i if i > after + 1 and doc[i - 1].pos_ in ("NOUN", "PROPN") else span.end


def _complement_end(doc, span, name_end: dict[int, int]) -> int:
    """End of an "of the X Police" complement after a title, or the title's own end."""
    after = span.end
    if after < len(doc) and doc[after].lower_ in ("of", "at", "for"):
        nxt = after + 1
        if nxt < len(doc) and doc[nxt].lower_ == "the":
            nxt += 1
        if nxt in name_end:
            return name_end[nxt]
        if doc[after].lower_ == "for":
            # "the minister for crime, safeguarding and vulnerability, Jane Doe": a brief listed to its "and"
            i, joined = nxt, False
            while i < len(doc) and i - nxt < 12 and (doc[i].is_alpha or doc[i].text in (",", "&")):
                if doc[i].text == "," and joined and doc[i + 1:i + 2].text[:1].isupper() \
                        and doc[i + 1].ent_type_ == "PERSON":
                    return i
                joined = joined or doc[i].lower_ in ("and", "&")
                if doc[i].ent_type_ == "PERSON" or doc[i].is_sent_start:
                    break
                i += 1
    return span.end


def _attached_person(doc, span, names: _Names) -> str:
    """"Home Secretary Sajid Javid", "police and crime commissioner (PCC) Jane Doe": the name right after."""
    after = span.end
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3  # an abbreviation in brackets
    if after in names.person_at:
        return names.person_at[after][1]
    if span.end - 1 in names.person_at and names.person_at[span.end - 1][0] > span.end:
        return names.person_at[span.end - 1][1]  # "Mrs Justice Ann Lee": the tagger took the title's last word in
    if len(span) == 1 and span[0].is_upper and span.start in names.person_end:
        return names.person_end[span.start][1]  # "Jane Doe MSP": a post's letters right after the name
    return ""


def _person_beside(doc, span, names: _Names, complement_end: int) -> str:
    """"the home secretary, Theresa May", "(Mr Nick Hurd)", "the chief constable of X Police, Jane Doe,",
    "Ken Marsh, chairman of": a name beside the title, in the same clause."""
    for i in sorted({span.end, complement_end}):
        j = i + 1
        if j - 1 < len(doc) and doc[j - 1].text in (",", "(") and j in names.person_at:
            end, key = names.person_at[j]
            if doc[j - 1].text != "(" and _fronted_before_subject(span, doc[j:end]):
                continue  # "In a letter to the Home Secretary, Jane Doe said": she wrote to the post
            if doc[j - 1].text == "(" or _same_clause(doc, span, j, end) or _closed_apposition(doc, j, end):
                return key
    k = span.start
    if k > 0 and doc[k - 1].lower_ in ("the", "a", "an"):
        k -= 1
    if k > 1 and doc[k - 1].text == "," and (k - 1) in names.person_end:
        start, key = names.person_end[k - 1]
        name = doc[start:k - 1]
        if _fronted_before_subject(name, span) or _coordinated(name):
            return ""  # "Unlike Jane Doe, the minister …"; "Tom Hale and Jane Doe, the minister and her shadow"
        if _same_clause(doc, span, start, k - 1):
            return key
    return ""


def _fronted_before_subject(first, subject) -> bool:
    """"According to the Prime Minister, Jane Doe had …", "Unlike Jane Doe, the minister backs it": the
    first phrase sits in a fronted phrase, and what follows its comma is the subject of a verb after it,
    not a second name for it."""
    root, first_root = subject.root, first.root
    return (root.dep_ in ("nsubj", "nsubjpass") and root.head.i >= subject.end
            and first_root.dep_ not in ("nsubj", "nsubjpass", "appos") and first.end <= subject.start)


def _coordinated(name) -> bool:
    """The last of several names joined by "and"/"or" with no post of its own before: a post set beside
    the group ("Tom Hale and Jane Doe, the minister and her shadow") is not the last name's alone."""
    root = name.root
    if root.dep_ != "conj":
        return False
    between = name.doc[root.head.i + 1:name.start]
    return not any(t.text == "," for t in between)


def _group_apposition(person, post) -> bool:
    """A post in apposition to the last of several joined names ("Tom Hale and Jane Doe, the minister
    …"), when the first name has none of its own ("Tom Hale, the mayor, and Jane Doe, the minister")."""
    while person.dep_ == "compound" and person.head.i != person.i:
        person = person.head
    if post.dep_ != "appos" or post.head.i != person.i:
        return False
    doc = person.doc
    return _coordinated(doc[person.i:person.i + 1]) or any(
        c.dep_ == "conj" and c.i < post.i and not any(t.text == "," for t in doc[person.i + 1:c.i])
        for c in person.children)


def _closed_apposition(doc, start: int, end: int) -> bool:
    """"… meet the federation's chair, Jane Doe, later this week": a name set off by commas on both sides
    and the subject of no verb is the title's, however the parser hung it."""
    root = doc[start:end].root
    return end < len(doc) and doc[end].text == "," and root.dep_ not in ("nsubj", "nsubjpass", "csubj")


def _holder(title: Title, org: str, roles: list[Role], gaz: Gazetteer, keys: set[str]
            ) -> tuple[str, str] | None:
    """(person, organisation) of the one person the article gives this post, or heading its body."""
    same = sorted({r.person for r in roles if r.title == title.title and not is_past(r)
                   and (not org or not r.organisation or r.organisation == org)})
    if len(same) == 1:
        return same[0], org
    if same:
        return None
    asked = normalise_title(title.title)
    if " " in asked and org:
        # "the Home Office minister" over a story naming "Policing Minister X" of the Home Office: the one
        # person holding a post of that head word in the body the words name
        tails = sorted({r.person for r in roles if not is_past(r) and r.organisation == org
                        and normalise_title(r.title).split()[-1:] == asked.split()[-1:]
                        and not _higher_rank(r.title, asked.split()[-1])})
        if len(tails) == 1:
            return tails[0], org
    if " " in asked and not org:
        # "the council leader" over a story naming "Westbury Council's leader, X": the one holder of a post of
        # that head word in a body whose name holds the words before it
        before = asked.split()[:-1]
        tails = sorted({(r.person, r.organisation) for r in roles if not is_past(r) and r.organisation
                        and normalise_title(r.title).split()[-1:] == asked.split()[-1:]
                        and all(w in r.organisation.split(":", 1)[-1].replace("'s", "").replace("-", " ").split()
                                for w in before)})
        if len(tails) == 1:
            return tails[0]
    if " " not in asked:
        # "X Police Commissioner condemns …" over a story naming its police and crime commissioner: the one
        # person holding a post that the bare word ends
        tails = sorted({r.person for r in roles if not is_past(r) and normalise_title(r.title).split()[-1:] == [asked]
                        and not _higher_rank(r.title, asked) and (not org or not r.organisation or r.organisation == org)})
        if len(tails) == 1:
            return tails[0], org
        if tails:
            return None
    # "the Commissioner" -> the person heading the organisation whose head has that title
    home = org or _default_org(title, keys)
    homes = {home} if home else _orgs_headed_as(title, gaz, keys)
    asked = normalise_title(title.title)
    heads = sorted({(r.person, r.organisation) for r in roles if r.organisation in homes
                    and _head_post(r.title) and not is_past(r)
                    and _same_head(asked, _head_post(r.title))})
    if len(heads) == 1:
        return heads[0]
    if not heads and word_values("generic_head_title").get(asked) == "police":
        # "the chief said", "the police chief added", "the boss of the force": the one head of a police body
        # the story names ("Chief Constable X"), in the body the words name if any
        police = sorted({r.person for r in roles if r.category == "police" and not is_past(r)
                         and _head_post(r.title)
                         and (not org or not r.organisation or r.organisation == org)})
        if len(police) == 1:
            return police[0], org
    return None


def _generic_heads() -> frozenset[str]:
    """Words for the head of any body ("chief", "boss"): `generic_head_title` in word_classes.csv, whose value
    "police" marks those that stand for a police body's head when the story names no other."""
    return word_class("generic_head_title")


def _head_post(title: str) -> str:
    """The head's title a post is, as the `head_title` word class words it, or "": "Commissioner of Police of
    the Metropolis" and "Chief Constable of Police Scotland" head their bodies as a commissioner and a chief
    constable do."""
    words = normalise_title(title)
    for form in (words, words.split(" of ", 1)[0]):
        if form in word_class("head_title"):
            return form
    return ""


def _same_head(asked: str, held: str) -> bool:
    """"the commissioner" may be the body's head called its chief, but "the chair" is not its chief
    executive: two named posts differ unless one of them is a generic word for a head."""
    same = word_values("head_title")  # "chairman" and "chair" are one post in two words
    return (same.get(asked) or asked) == (same.get(held) or held) or asked in _generic_heads() or held in _generic_heads()


def _orgs_headed_as(title: Title, gaz: Gazetteer, keys: set[str]) -> set[str]:
    """Organisations in the article whose head's title contains this one ("Commissioner")."""
    words = normalise_title(title.title)
    found = set()
    for other in gaz.titles:
        key = f"org:{other.organisation}"
        if other.organisation and key in keys and other is not title:
            if f" {words} " in f" {normalise_title(other.title)} ":
                found.add(key)
    return found


def _introduced_next(doc, span, person_at, roles, titles) -> str | None:
    """"The mayor of X said ...  Jane Doe said ..." — the next newly named person, if role-less.

    Only for a title that is the subject of a sentence naming no one else and no other post:
    in "the mayor criticised the commissioner", neither post passes to the next sentence's name."""
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    sent = span.sent
    if span.root.dep_ not in ("nsubj", "nsubjpass") or _clause(span.root).dep_ != "ROOT":
        return None
    if _reported_by_another(span):
        return None
    if sent.start and "\n" not in doc.text[doc[sent.start - 1].idx:doc[sent.start].idx]:
        return None  # mid-paragraph, after a sentence about someone: "Jane Doe runs a charity. The mayor,
        # she said, ignored it." is no introduction of the mayor
    if _quotes_directly(doc, span):
        return None  # "The mayor said: “…”" speaks as someone known already; "Frank Doyle said …" after it
        # is someone else (a post introduced before its holder's name is reported speech: "The mayor has said …")
    if any(other.start != span.start and sent.start <= other.start < sent.end and not other.label_.startswith("P")
           for other, _ in titles):
        return None  # another post in the sentence could be the one named next ("MPs" names no one post)
    if any(sent.start <= i < sent.end for i in person_at):
        return None
    next_start = sent.end
    while next_start < len(doc) and doc[next_start].is_space:
        next_start += 1
    if next_start >= len(doc):
        return None
    nxt = doc[next_start].sent
    if any(nxt.start <= other.start < nxt.end for other, _ in titles):
        return None  # "Jane Doe said she had written to the mayor": the post is someone else's still
    for i in range(nxt.start, nxt.end):
        if i in person_at:
            end, key = person_at[i]
            first_seen = min((j for j, (_, k) in person_at.items() if k == key), default=i)
            subject = doc[i:end].root.dep_ in ("nsubj", "nsubjpass")
            if any(c.dep_ in ("appos", "relcl", "acl") and not _took_office(c) for c in doc[i:end].root.children):
                return None  # "Jane Doe, a local trader, …", "Jane Doe, whose son died, …": someone else
                # ("Jane Doe, who was elected in 2021, …" says how she came to the post: hers)
            if _job_before(doc, i, end, {j for other, _ in titles for j in range(other.start, other.end)}) \
                    or _descriptor_in_name(doc, i, end):
                return None  # "Grain farmer Jane Doe said …": someone else
            if first_seen == i and subject and len(doc[i:end]) >= 2 and not any(
                    r.person == key and r.title not in SEATS for r in roles):
                return key
            return None
    return None


def _took_office(clause) -> bool:
    """"who was elected in 2021", "who was appointed last year": a passive relative clause saying how someone
    came to a post (`taking_office_verb`), which describes the post's holder rather than someone else."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in word_class("taking_office_verb") \
        and any(c.dep_ == "auxpass" for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children)


DESCRIBED_TYPES = {"political": "Politician", "police": "PoliceOfficer"}


def _described_before(doc, span, title: Title, org: str, names: _Names, roles: list[Role], former: bool = False,
                      in_title: frozenset[int] = frozenset()) -> str:
    """"George Osborne has caved … Ahead of his review, the Chancellor had faced …": a definite title as
    the subject of a clause that names no one, right after a sentence about one person, describes that
    person — when that sentence is about them (they are a subject in it), they hold no other current post
    of its kind in the article (a past post or a party's may go with any) nor one of another kind, and
    nobody else holds it. A current post needs more: the last paragraphs name no one else (after "Tom Hale
    and Ann Lee met. Tom Hale praised the vote", "the Taoiseach welcomed it" may well be someone new)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return ""
    party_post = bool(org) and "PoliticalParty" in names.types.get(org, ())
    if title.category not in DESCRIBED_TYPES and not party_post:
        return ""
    if _reported_by_another(span):
        return ""
    sent = span.sent
    if any(i in names.person_token and (not former or i < span.start
                                        or doc[i].dep_ in ("nsubj", "nsubjpass", "appos", "conj"))
           for i in range(sent.start, sent.end)):
        return ""  # someone named beside it may hold it; but "the former minister lost to Jane Doe" is not hers
    start = sent.start
    for _ in range(2):  # the nearest sentence before that names anyone, within the last two
        if start <= 0:
            return ""
        prev = doc[start - 1].sent
        found = {names.person_token[i] for i in range(prev.start, prev.end) if i in names.person_token}
        if found:
            break
        start = prev.start
    else:
        return ""
    modifiers = {i for i in range(prev.start, span.start) if i in names.person_token and _names_a_thing(doc, i, names)}
    # "(Picture: Agency/ Jane Roe)": a name in brackets is an aside, no one spoken of
    modifiers |= {t.i for t in prev if t.i in names.person_token and _in_brackets(t)}
    colon = max((t.i for t in prev if t.text == ":" and not _in_brackets(t)), default=-1)
    if colon > 0 and any(names.person_token.get(i) for i in range(colon, prev.end)):
        # "Jane Roe shooting: Tom Hale vows …": what comes before a headline's colon is its topic
        modifiers |= {i for i in range(prev.start, colon) if i in names.person_token}
    if len(found) > 1:  # "Chris Doe shooting: Jane Roe vows …": a name that modifies a noun is no one spoken of
        found = {k for k in found if any(names.person_token.get(i) == k for i in range(prev.start, prev.end)
                                         if i not in modifiers)}
    if len(found) != 1:
        return ""
    key = found.pop()
    if not former and _described_otherwise(doc, key, names, in_title):
        return ""
    mentions = [i for i in range(prev.start, prev.end) if names.person_token.get(i) == key]
    if not any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in mentions):
        return ""  # the sentence before is not about them
    if any(r.title == title.title and r.person != key for r in roles):
        return ""
    if not former and any(not _same_name(k, key) for i, k in names.person_token.items()
                          if _paragraphs_back(doc, span.start, 2) <= i < span.start and i not in modifiers):
        return ""  # a current post may be someone new unless the story of late is about this one person
    held = [r for r in roles if r.person == key and not is_past(r) and r.title not in SEATS]
    if not former and not party_post and not held and sentence_index(doc, span.start) > LEAD_SENTENCES \
            and _quotes_directly(doc, span):
        return ""  # "Sally Kerr told the meeting … The mayor said: “…”": past the lead (where a post varies
        # the name of the headline's person), direct speech by a post speaks as someone known already, and
        # nothing here says she is the mayor
    for r in roles:
        if former and r.person == key and r.title == title.title and not is_past(r):
            return ""  # "Home Secretary Jane Doe … the former home secretary said": someone else
        if not (former or party_post) and r in held and r.category == "other" and r.title != title.title \
                and "PoliticalParty" not in names.types.get(r.organisation, ()):
            return ""  # "Union boss Derek Lyle … the minister said": a post of another kind is someone else's
        if r.person != key or is_past(r) or r.title == title.title or r.title in SEATS:
            continue
        if r.category != title.category and r.category in DESCRIBED_TYPES and not party_post:
            return ""  # a chief constable is not "the minister"
        if not (former or party_post) and r.category == title.category \
                and "PoliticalParty" not in names.types.get(r.organisation, ()):
            return ""  # "Home Secretary Jane Doe … The Prime Minister said": someone else
    return key


def _held_by_someone_unnamed(key: str, title: Title, left_open: list[tuple[int, str]], names: _Names) -> bool:
    """"The Policing Minister has promised … Farmers' leader Tom Baxter said … The minister said": the
    story spoke of the post's holder, unnamed, before it named the person of the sentence before, so
    "the minister" is that unnamed holder still, not a post of the person just spoken of."""
    first = min((i for i, k in names.person_token.items() if k == key), default=-1)
    word = normalise_title(title.title).split()[-1]
    return any(i < first and w == word for i, w in left_open)


def _described_otherwise(doc, key: str, names: _Names, in_title: set[int]) -> bool:
    """"a passer-by, Kevin Marsh", "Kevin Marsh, a local trader": the text describes the person by a
    common noun that is no post, so a bare post later is not theirs."""
    for start, (end, k) in names.person_at.items():
        if k != key:
            continue
        root = doc[start:end].root
        near = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            near.append(root.head)
        if any(t.pos_ == "NOUN" and t.i not in in_title and t.i not in names.person_token
               and t.i not in names.org_token for t in near) or _job_before(doc, start, end, in_title):
            return True
        # "from a passer-by, Kevin Marsh", however the parser hangs it: an indefinite description, a comma, the name
        if start >= 3 and doc[start - 1].text == ",":
            phrase = doc[max(0, start - 6):start - 1]
            det = next((t.i for t in reversed(phrase) if t.lower_ in ("a", "an")), None)
            if det is not None and any(t.pos_ == "NOUN" for t in doc[det:start - 1]) and not any(
                    t.i in in_title or t.i in names.person_token or t.i in names.org_token or t.pos_ in ("VERB", "AUX")
                    or t.is_punct and t.text != "-" for t in doc[det:start - 1]):
                return True
    return False


def _job_before(doc, start: int, end: int, in_title) -> bool:
    """"Grain farmer Ann Lee", "local resident Tom Hale": a common noun no post names, set before the name in
    its phrase, describes the person otherwise."""
    before = doc[start - 1] if start else None
    return before is not None and before.pos_ == "NOUN" and before.dep_ in ("compound", "amod", "nmod") \
        and start <= before.head.i < end and before.i not in in_title


QUOTE_OPENERS = "\"“‘'«"
DIRECT_QUOTE = re.compile(r"^\s*[" + QUOTE_OPENERS + r"]|:\s*[" + QUOTE_OPENERS + r"]")


def _quotes_directly(doc, span) -> bool:
    """Whether the post's paragraph is direct speech: it opens with a quote mark or a colon introduces one
    ("The minister said: “…”", "“…,” the minister added"), as opposed to a fragment inside reported speech."""
    text = doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return bool(DIRECT_QUOTE.search(text[start:end if end >= 0 else len(text)]))


def _owner_words(doc, span, names: _Names) -> set[str]:
    """The words of a body or place a bare post names as its owner but no entity resolves ("the union's
    chairman", "Kent's chief constable", "the watchdog's chief"): possessives and nouns set before it."""
    words = set()
    for child in span.root.children:
        if child.i >= span.start and child.i < span.end or child.i in names.org_token:
            continue  # a body the text names is the organisation's or party's reading, not this one
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            words.add(child.lower_)
        elif child.dep_ in ("compound", "nmod") and child.i < span.start and child.pos_ in ("NOUN", "PROPN") \
                and child.i not in names.person_token:
            words.add(child.lower_)
    return words


def _owner_shared(doc, span, key: str, roles: list[Role], names: _Names) -> bool:
    """Whether a post whose owner the text names in words no entity resolves can be this holder's: the
    words must stand beside one of the holder's posts too ("Union leader X … the union's leader")."""
    words = _owner_words(doc, span, names)
    if not words:
        return True
    for r in roles:
        if r.person != key or r.evidence is None:
            continue
        near = doc.char_span(r.evidence.sentence_start, r.evidence.sentence_end, alignment_mode="expand")
        post = doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        seen = {t.lower_ for t in near} if near is not None else set()
        if post is not None:  # the words right around the post, whatever the sentence split
            seen |= {t.lower_ for t in doc[max(0, post.start - 3):post.end + 3]}
        if words & seen:
            return True
    return False


def _descriptor_in_name(doc, start: int, end: int) -> bool:
    """"Headteacher Jane Doe" read as one name: a first word that is no given name nor honorific, before a
    given name, is a description of the person the tagger ran into the name."""
    from ..nlp import HONORIFICS
    from .gender import given_names

    if end - start < 3:
        return False
    first, second = doc[start], doc[start + 1]
    return first.text not in given_names() and first.text not in HONORIFICS and first.text.isalpha() \
        and second.text in given_names()


def _in_brackets(token) -> bool:
    """Whether an open bracket before the token in its sentence is not closed before it."""
    depth = 0
    for t in token.sent:
        if t.i >= token.i:
            break
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
    return depth > 0


def _names_a_thing(doc, token: int, names: _Names) -> bool:
    """A person's name used as a modifier of a noun ("the Chris Doe shooting", "the Jane Roe case")."""
    start = token
    while start - 1 >= 0 and names.person_token.get(start - 1) == names.person_token[token]:
        start -= 1
    end = names.person_at.get(start, (token + 1, ""))[0]
    root = doc[start:end].root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" and not root.head.i in names.person_token


def _reported_by_another(span) -> bool:
    """"The mayor, she said, had ignored it", "She said the mayor had ignored it": the post is in what a
    pronoun's person says, so that person (of the sentence before) is not its holder."""
    ancestors = {t.i for t in span.root.ancestors}
    for t in span.sent:
        if t.lower_ in PRONOUNS and t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            if verb.i in ancestors or (verb.dep_ == "parataxis" and verb.head.i in ancestors):
                return True
    return False


def _same_name(key: str, other: str) -> bool:
    """"George Osborne Caves" read from a headline is George Osborne: one name's words start the other's."""
    a, b = key.split(":", 1)[-1].split(), other.split(":", 1)[-1].split()
    return a[:len(b)] == b or b[:len(a)] == a


def _paragraphs_back(doc, token: int, count: int) -> int:
    """The first token of the paragraph `count` paragraphs before the one holding `token`."""
    text = doc.text
    pos = doc[token].idx
    for _ in range(count + 1):
        cut = text.rfind("\n", 0, pos)
        while cut > 0 and text[cut - 1].isspace():
            cut -= 1
        if cut <= 0:
            return 0
        pos = cut
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def known_by_post(quotes, role_mentions: list[RoleMention], roles: list[Role], entities: list[Entity], doc,
                  paragraphs: Paragraphs, gaz: Gazetteer) -> list[Entity]:
    """A person who speaks known only by a post no name in the article is given to ("The Taoiseach
    said …"): an entity keyed by the post's placeholder, named by the title where the text names it.
    The corpus step ties it to the post's holder when it knows one, else keeps it as a person of its
    own for a post only one person holds at a time (see corpus.py), else drops it."""
    speaking = {q.speaker for q in quotes if q.speaker.startswith(PLACEHOLDER_PREFIX)}
    out = []
    for key in sorted(speaking):
        written, _, body = key[len(PLACEHOLDER_PREFIX):].partition("|")
        title = gaz.title_for(written)
        spans = [m for m in role_mentions if m.person == key]
        if title is None or not spans or body and body != f"org:{title.organisation}":
            continue  # "the DUP leader": a post in a body of many such posts is no one's name
        if _a_seat(title):
            continue  # "the MP said": one of many members
        if title.organisation and any(r.organisation == f"org:{title.organisation}" and
                                      not r.person.startswith(PLACEHOLDER_PREFIX) for r in roles):
            continue  # someone named holds a post in that body: perhaps this one, in words not matched
        types = {"political": ("Politician",), "police": ("PoliceOfficer",)}.get(title.category, ("Person",))
        holding = {r.person for r in roles}
        if any(e.kind == "person" and types[0] in e.types and e.key not in holding for e in entities):
            continue  # "Mr Johnson … the Prime Minister said": a politician named with no post may be its holder
        mentions = tuple(evidence(doc, m.start, m.end, paragraphs) for m in spans)
        out.append(Entity(key, "person", written, types, (), mentions))
    return out


def posts_of_quoted_speakers(doc, quotes, roles: list[Role], entities: list[Entity], gaz: Gazetteer,
                             paragraphs: Paragraphs) -> list[Role]:
    """"‘…,’ the weary former Eastvale MP said", "the former minister added that it had been ‘…’": a post
    written as the subject of the speech verb that attributes a quote (before it, or in the verb's own sentence), which the quote step gave to a named person, is that person's post (former if
    the words say so) when the post reading found no holder for it. The quote step is the judge of who
    speaks; this only keeps what its words say about them."""
    from .quotes import speech_verbs

    people = {e.key for e in entities if e.kind == "person"}
    places = {}
    for e in entities:
        if e.kind == "place":
            for ev in e.mentions:
                places[ev.start] = e.key
    given = {(r.evidence.start, r.evidence.end) for r in roles if r.evidence is not None}
    said_former = word_values("past_qualifier")
    out = []
    for span, title in find_title_spans(doc, gaz):
        if span.label_.startswith("P") or _a_seat(title) and title.category != "political" \
                or any(s < span.end_char and span.start_char < e for s, e in given):
            continue
        root, verb = span.root, span.root.head
        if root.dep_ != "nsubj" or verb.lemma_ not in speech_verbs() or verb.i < span.start:
            continue  # after the quote, inverted or not: "…,’ the former MP said"
        speakers = {q.speaker for q in quotes if q.evidence is not None and q.cue == verb.lemma_
                    and q.speaker in people and (
                        q.evidence.start <= span.start_char < q.evidence.end + 80 and q.evidence.end <= span.start_char
                        # "the retired judge went on to say the inquiry had been ‘…’": the verb's own words
                        or verb.idx < q.evidence.start < span.sent.end_char)}
        if len(speakers) != 1:
            continue
        person = speakers.pop()
        if any(r.person == person and normalise_title(r.title) == normalise_title(title.title) for r in roles):
            continue
        words = [c for c in root.children if c.i < span.start]
        qualifier = next((said_former[c.lower_] or c.lower_ for c in words if c.lower_ in said_former), "")
        place = next((places[c.idx] for c in doc[root.left_edge.i:span.start] if c.idx in places), "")
        # "the former Cabinet minister": the post's own capitalised modifiers are its words too
        kind = next((c.idx for c in words if c.dep_ == "compound" and c.text[:1].isupper() and c.i == span.start - 1), None)
        start = doc[root.left_edge.i].idx if place else kind if kind is not None else span.start_char
        ev = evidence(doc, start, span.end_char, paragraphs)
        out.append(Role(person, title.title, title.category, "", place, ev, qualifier))
    return out


def _a_seat(title: Title) -> bool:
    """A post of one of many members ("MP", "Member of the Senedd", "Peer"): it names nobody alone."""
    from .quotes import member_nouns

    forms = [normalise_title(f) for f in (title.title, *title.aliases)]
    return any("member" in f.split() or f in member_nouns() for f in forms)


def posts_known_by(people: list[Entity], gaz: Gazetteer, keys: set[str]) -> list[Role]:
    """The post each person known by post holds (in the body and place the gazetteer gives it, when
    the article names them)."""
    out = []
    for person in people:
        title = gaz.title_for(person.name)
        place = f"place:{title.jurisdiction.casefold()}" if title.jurisdiction else ""
        out.append(Role(person.key, title.title, title.category, _default_org(title, keys),
                        place if place in keys else "", person.mentions[0]))
    return out


def is_past(role: Role) -> bool:
    """A post the person no longer holds ("former home secretary")."""
    return bool(word_class("past_qualifier") & set(role.qualifier.split()))


def _dedupe_relations(relations: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in sorted(relations, key=lambda r: (r.evidence.start if r.evidence else 0, r.subject, r.predicate, r.object)):
        if (r.subject, r.predicate, r.object) not in seen:
            seen.add((r.subject, r.predicate, r.object))
            out.append(r)
    return out


def _dedupe(roles: list[Role]) -> list[Role]:
    seen, out = set(), []
    for r in sorted(roles, key=lambda r: (r.evidence.start if r.evidence else 0, r.person, r.title)):
        key = (r.person, r.title, r.organisation, r.jurisdiction, r.qualifier)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
