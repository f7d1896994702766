"""Names in a parsed Doc -> mentions -> one Entity per real-world actor or place.

Resolution is deliberately conservative: a short form ("Mr Javid", "Javid",
"Luke") joins a full name only when the surname (or, without an honorific,
the first name) matches and the match is unambiguous in context.
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections import defaultdict
from functools import lru_cache

from typing import Iterable, Iterator

from .. import resources
from ..gazetteer import Gazetteer, demonyms, normalise_title, org_unit_words, strip_the, word_class, word_values
from ..nlp import HONORIFICS
from ..records import Entity, Evidence, Mention
from .common import Paragraphs, doc_text, ents_within, legislation_spans, name_key, span_evidence
from .roles import find_title_spans

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"\s*[’']s?$")
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,9})\)")
_QUOTE_MARKS = "\"“”‘’'«»"
_NOUN_SUFFIX = re.compile(r"\w{3,}(?:tion|sion|ness|ism|ity|ship)$")  # no one's name is "Retention"
_BAD_CHARS = re.compile(r"[\d£$€%@#/\\|<>{}\[\]=+*_^~]")


def find_mentions(doc, *, gazetteer: Gazetteer, paragraphs: Paragraphs) -> Iterator[Mention]:
    """Every person, organisation and place name in the doc, cleaned of honorifics and titles."""
    title_words = _title_words(gazetteer)
    in_title = set()
    title_spans = find_title_spans(doc, gazetteer)
    for span, _ in title_spans:
        in_title.update(range(span.start, span.end))
    in_law = set()  # "the … Courts Bill" is a law, not a person called Bill
    for start, end in legislation_spans(doc_text(doc)):
        in_law.update(range(start, end))
    guarded = _guarded_mentions(doc, gazetteer, in_title, paragraphs)
    guarded += _compound_bodies(doc, gazetteer, paragraphs) + _named_campaigns(doc, paragraphs) \
        + _roads(doc, paragraphs) + _all_party_groups(doc, paragraphs)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += [(m, span) for m, span in _constituencies(doc, gazetteer, paragraphs)
                if not taken & set(range(span.start, span.end))]
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _named_by_kind(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _lowercase_chambers(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _stations_of_outlets(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _names_run_on(doc, gazetteer, in_title, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _units_named_in_lowercase(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _possessive_parties(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _shaped_bodies(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _compass_places(doc, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _forces_of_two_areas(doc, gazetteer, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _untagged_sites(doc, paragraphs, taken)
    guarded += _names_cut_at_a_link(doc, gazetteer, paragraphs)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _named_after_rank(doc, title_spans, in_title, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _areas_of_elected_posts(doc, gazetteer, title_spans, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _named_after_a_post_at_a_seat(doc, gazetteer, in_title, paragraphs, taken)
    taken = {i for _, span in guarded for i in range(span.start, span.end)}
    guarded += _shouted_names(doc, paragraphs, taken)
    caption_at = _slash_lists(doc)
    guarded = [(m, span) for m, span in guarded if m.gazetteer_id or span.start not in caption_at]
    claimed = {i for m, span in guarded for i in range(span.start, span.end)}
    police_at = _police_tokens(doc, gazetteer, guarded)
    rank_at = {span.start for span, title in title_spans if title.category == "police"}
    common = _common_noun_words(doc, gazetteer)
    headline_at = _title_case_lines(doc)
    consumed: set[int] = set()  # tokens of a site already read with the name before them
    where_words = _where_it_happened_words(doc)
    for ent in doc.ents:
        ent_id = ent.ent_id_ or ""
        if not ent_id and ent.start in headline_at:
            ent = _named_in_body(ent, headline_at)  # "Minister Caves To Pressure": the name, not the verb after it
            if ent is None:
                continue
        if ent_id and all(t.is_lower for t in ent if t.is_alpha) and _indefinite_before(ent):
            continue  # "a national policing board": a body of that kind, not the one of that name
        if not ent_id and ent.label_ == "ORG" and len(_strip_ends(ent)) > 1 and _written_lowercase(ent, doc):
            continue  # "the use of Facial Recognition" beside "facial recognition": a thing, not a body
        if len(ent) == 1 and ent[0].text in _place_words():
            continue  # "Arena" of "the Manchester Arena attack": a site's last word, not a name of its own
        if not ent_id and len(ent) == 1 and ent[0].lower_ in word_class("grade_noun") and ent.end < len(doc) \
                and re.fullmatch(r"[A-Z]|\d+", doc[ent.end].text):
            continue  # "a Band D bill", "Category A prisoners": a grade on a scale, not a body
        if not ent_id and _is_common_noun(ent, common):
            continue  # "a Taser", "Fraud accounted for …" beside "fraud": a thing, not an actor
        if any(t.i in claimed for t in ent) or not ent_id and _bare_ambiguous(ent, gazetteer):
            continue  # an ambiguous name ("Sky", "Lab") counts only where its context says so
        if not ent_id and ent.label_ != "PERSON" and any(t.i in in_title for t in ent) and not (
                ent.label_ in ("ORG", "GPE") and all(t.is_upper for t in ent if t.i in in_title)
                and ent[-1].i in in_title and _person_shaped(ent, gazetteer, in_title)) \
                and not _head_opens_a_post(ent, gazetteer, in_title):
            continue  # "Home" of "the Home Secretary" is not an organisation ("Jane Doe MSP" is a person)
        if not ent_id and ent.start_char in in_law:
            continue
        if not ent_id and ent.label_ == "ORG" and _portfolio(ent, in_title):
            continue  # "the Cabinet Secretary for Social Justice": a minister's brief, not a body
        if ent_id and ent[0].is_lower and ent[0].pos_ in ("VERB", "AUX"):
            continue  # "I have met federation officials": a verb, not the "Met Federation"
        if any(t.i in consumed for t in ent) or not ent_id and ent.start in caption_at:
            continue  # a photo credit "Jane Doe/ Northtown Police/ Agency": names run together, cut anywhere
        if ent.label_ in ("PERSON", "ORG") and not ent_id and (end := _place_end(ent)) is not None:
            site = doc[ent.start:end]  # "St James's Park", "Guy's Hospital", "St Matthew's Catholic Church"
            consumed.update(range(ent.start, end))
            mention = _mention(site, strip_the(site.text), "place", "FAC", "", paragraphs)
        elif not ent_id and ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG") and _a_team(ent):
            start = ent.start  # "Maccabi | Tel Aviv fans": the club's first word left untagged
            while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            mention = _plain(doc[start:ent.end], "organization", paragraphs)
            if mention is not None:
                mention = replace(mention, label="Organization")
        elif ent.label_ in PERSON_LABELS and (_names_a_seat(ent, in_title) or _a_place_by_its_preposition(ent)):
            mention = _plain(ent, "place", paragraphs)
        elif not ent_id and ent.label_ == "ORG" and (_where_the_police_are(ent) or _area_of_a_force_named(ent)):
            mention = _plain(ent, "place", paragraphs)  # "Police in Northbridge said …"
        elif not ent_id and ent.label_ in ("PERSON", "ORG") and _names_an_area(ent):
            mention = _plain(ent, "place", paragraphs)  # "the Northville constituency", "the Eastfield ward"
        elif ent.label_ == "ORG" and not ent_id and (_names_where_it_happened(ent) or len(_strip_ends(ent)) == 1
                                                     and _strip_ends(ent).text in where_words):
            mention = _plain(ent, "place", paragraphs)  # "the Northville murders", "a Northville couple"; then "Northville"
        elif ent.label_ in PERSON_LABELS:
            mention = _person_mention(ent, title_words, paragraphs)
        elif ent_id.startswith("org:"):
            org = gazetteer.orgs.get(ent_id[4:])
            if org is not None and org.cls == "MediaOrganization" and not any(t.text[:1].isupper() for t in ent):
                continue  # "every police professional": a title is written capitalised
            if ent.start and doc[ent.start - 1].ent_id_.startswith("place:") and ent[-1].text in _place_words() \
                    and ent[0].lower_ != "the" and doc[ent.start - 1].whitespace_:
                site = doc[_ent_start(doc, ent.start - 1):ent.end]
                consumed.update(range(site.start, site.end))
                yield _mention(site, strip_the(site.text), "place", "FAC", "", paragraphs)
                continue  # "Northtown City Hall": a site in that place, not the body a bare "City Hall" names
            unit = _unit_of(ent)
            if unit is not None and _possessed(ent):
                continue  # "the force's Police Federation branch": one of many, named by whose it is
            if unit is not None:  # "the Police Federation national council": a body of its own
                consumed.update(range(unit.start, unit.end))
                cls = "Committee" if unit[-1].lower_ in word_class("committee_head") else org.cls if org else "ORG"
                mention = _mention(unit, strip_the(unit.text), "organization", cls, "", paragraphs)
            else:
                mention = _mention(ent, strip_the(ent.text), "organization", org.cls if org else "ORG",
                                   ent_id[4:], paragraphs)
        elif ent_id.startswith("place:") and (force := _force_meant(ent, gazetteer, police_at, rank_at)) is not None:
            mention = _mention(ent, ent.text, "organization", force.cls, force.id, paragraphs)
        elif ent_id.startswith("place:") and _seat_of_power(ent) and _acts_as_a_body(ent, title_words):
            mention = _mention(ent, strip_the(ent.text), "organization", "GovernmentBody", "", paragraphs)
        elif ent_id.startswith("place:") and (_ends_a_body_name(ent) or _names_a_facility(ent)
                                              or _seat_of_power(ent)):
            continue  # "StopWatch UK", "Westminster Hall": the place is part of another name
        elif ent_id.startswith("place:") and ent.end < len(doc) and doc[ent.end].is_lower \
                and doc[ent.end].lower_ in word_class("site_noun"):
            site = doc[ent.start:ent.end + 1]  # "the Northland embassy": a site, not the country
            mention = _mention(site, strip_the(site.text), "place", "FAC", "", paragraphs)
        elif ent_id.startswith("place:"):
            mention = _mention(ent, ent.text, "place", "GPE", ent_id[6:], paragraphs)
        elif ent.label_ in ("ORG", "GPE") and _person_shaped(ent, gazetteer, in_title):
            mention = _person_mention(ent, title_words, paragraphs)  # "Its chair, Tiffany Lynch," tagged ORG
        elif ent.label_ == "ORG" and not ent_id and (ent[-1].text in _place_words() and len(ent) > 1
                                                     or strip_the(ent.text) in gazetteer.place_index()):
            mention = _plain(ent, "place", paragraphs)  # "the Queen Mary Hospital", "Northtown Services": a site
        elif ent.label_ == "ORG" and not ent_id and _kind_word_of_a_post(ent, title_words):
            mention = None  # "the former Cabinet minister": a post, not the body
        elif ent.label_ == "ORG" and not ent_id and _a_place_after_the(ent):
            mention = _plain(ent, "place", paragraphs)  # "gangs operating in the Channel"
        elif ent.label_ == "ORG" and (org := _short_name_of(ent, gazetteer)) is not None:
            mention = _mention(ent, strip_the(ent.text), "organization", org.cls, org.id, paragraphs)
        elif ent.label_ == "ORG":
            mention = _org_mention(ent, gazetteer, paragraphs)
        elif ent.label_ in PLACE_LABELS and not _seat_of_power(ent) and not (not ent_id and _names_a_document(ent)):
            mention = _plain(ent, "place", paragraphs)
        else:
            mention = None
        if mention is not None:
            yield mention
    yield from (m for m, _ in guarded)
    yield from _government_as_actor(doc, gazetteer, paragraphs)
    yield from _party_government(doc, gazetteer, paragraphs)
    yield from _bodies_named_by_kind(doc, gazetteer, paragraphs)


@lru_cache(maxsize=1)
def _force_area_bodies() -> dict[tuple[str, ...], str]:
    """Kinds of body every force area has ("police authority", `word_classes.csv` force_area_body): words -> class."""
    return {tuple(words.split()): cls for words, cls in word_values("force_area_body").items()}


def story_force_area(doc, gaz: Gazetteer) -> str:
    """The area of the one territorial force the story names ("Kent" for Kent Police), "" for none or several."""
    areas = {force.id: area for area, force in _forces_by_area(gaz).items()}
    named = {e.ent_id_[4:] for e in doc.ents if e.ent_id_.startswith("org:") and e.ent_id_[4:] in areas}
    return areas[next(iter(named))] if len(named) == 1 else ""


def _bodies_named_by_kind(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> Iterator[Mention]:
    """"The Northshire force … the police authority backed him": a body every force area has, named by its
    kind in lowercase, where the story names one territorial force only (which one: `_generic_bodies`)."""
    if not story_force_area(doc, gaz):
        return
    for token in doc:
        if token.lower_ != "the" or not token.is_lower:
            continue
        for words, cls in _force_area_bodies().items():
            end, n = token.i + 1, 0
            while end < len(doc) and n < len(words) and (doc[end].text == words[n] or doc[end].text == ","):
                n += doc[end].text != ","
                end += 1
            span = doc[token.i + 1:end]
            if n == len(words) and not span[-1].ent_type_ \
                    and not (span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].pos_ == "NOUN"):
                yield _mention(span, _kind_label(span.text), "organization", cls, "", paragraphs)


def _kind_label(text: str) -> str:
    """"police and crime panel" -> "Police and Crime Panel"."""
    return " ".join(w if w in ("and", "of", "the") else w[:1].upper() + w[1:] for w in text.split())


_NAME_LINKS = ("of", "for", "and", "&", ",")


def _compound_bodies(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> list:
    """Bodies whose name the tagger cuts short: "the Police, Fire and Crime Panel", "the Northtown
    Assembly budget committee" (a committee of a named body). Returned with the tokens they cover."""
    units = org_unit_words()
    body_words = units | {k for k, _ in gaz.org_keywords} | {"assembly"}
    out = []
    for head in doc:
        if head.lower_ not in units or head.pos_ not in ("NOUN", "PROPN"):
            continue
        i = head.i - 1
        if head.is_lower:  # "… Assembly budget committee": lowercase modifiers, then a capitalised body
            while i >= 0 and head.i - i <= 2 and doc[i].is_lower and doc[i].dep_ in ("compound", "amod") \
                    and doc[i].is_alpha:
                i -= 1
            if i < 0 or not _capitalised(doc[i]) or doc[i].lower_ not in body_words:
                continue
        elif not head.text[:1].isupper():
            continue
        start = i + 1
        while i >= 0 and (_capitalised(doc[i]) and not doc[i].is_sent_start and doc[i].lower_ != "the"
                          or doc[i].lower_ in _NAME_LINKS and i > 0 and _capitalised(doc[i - 1])
                          and doc[i - 1].lower_ not in units):  # "A Council and B Council" are two
            if doc[i].text == "," and not any(t.lower_ == "and" for t in doc[i:head.i]):
                break
            i -= 1
            if _capitalised(doc[i + 1]):
                start = i + 1
        if start >= head.i or (doc[start].is_sent_start and doc[start].lower_ != "the"):
            continue
        span = doc[start:head.i + 1]
        if span.text.count(",") and " and " not in span.text:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.is_lower and after.lower_ in _non_body_heads() | word_class("event_head"):
            continue  # "the Safer Streets Team scheme": a thing named after it, as in `_shaped_bodies`
        ents = ents_within(doc, span.start, span.end)
        if not ents and not (head.text[:1].isupper() and start and doc[start - 1].lower_ == "the"):
            continue  # untagged: only "the Capitalised … Panel" is surely a name
        if any(_bare_start(e) < span.start or e.end > span.end or len(e) == len(span) for e in ents):
            continue  # otherwise only where it mends a name the tagger or gazetteer cut short
        coordinated = any(t.lower_ == "and" for t in span[:-1]) and head.lower_ in word_class("committee_head")
        if not coordinated and any(e.ent_id_ and e.end == span.end or e.ent_id_.startswith("org:") for e in ents):
            continue  # a known body's unit ("… gangs unit", "… Centre for …") is `_unit_of`'s, but "Kent
            # Police and Crime Panel" coordinates words after the force's name: a body named in its own right
        text = span.text
        org = gaz.plain_org_index().get(text)
        cls = org.cls if org else ("Committee" if head.lower_ in word_class("committee_head") else gaz.org_class_for_name(text))
        out.append((_mention(span, text, "organization", cls, org.id if org else "", paragraphs), span))
    return out


def _bare_start(ent) -> int:
    """Where a tagged name starts without its article: "the Northtown" of "the Northtown Police and Crime
    Panel" (tagged apart from a gazetteer's "Police and Crime Panel") starts at the name, not at "the"."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ == "the":
        start += 1
    return start


_QUOTED_NAME = re.compile(r"[“\"‘]((?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5})[”\"’]\s+(\w+)")


def _named_campaigns(doc, paragraphs: Paragraphs) -> list:
    """"the “Stop the Cuts” campaign", "“Hands Off” protesters": a campaign group named in quotes."""
    out = []
    text = doc_text(doc)
    for match in _QUOTED_NAME.finditer(text):
        if match.group(2).lower() not in word_class("campaign_noun"):
            continue
        words = match.group(1).split()
        if sum(w[:1].isupper() for w in words) < max(1, (len(words) + 1) // 2):
            continue  # a quoted phrase, not a name
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is not None:
            out.append((_mention(span, match.group(1), "organization", "Organization", "", paragraphs), span))
    return out


_NAME_LINK_WORDS = ("for", "of", "and", "the", "&")


def _named_by_kind(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the charity Just for Kids Law", "campaign group Big Brother Watch": a body named right after the
    kind of body it is, which the tagger may miss or cut short; after a kind of news outlet ("local newspaper
    X", `word_classes.csv` media_kind_noun) a MediaOrganization. Returned with the tokens they cover."""
    out = []
    for kind in doc:
        media = kind.lower_ in word_class("media_kind_noun")  # "local newspaper the Northtown Clarion"
        if not (media or kind.lower_ in word_class("kind_noun")) or kind.i + 1 >= len(doc) or not kind.is_lower \
                or not _capitalised(doc[kind.i + 1]):
            continue  # "the Association of X Stores" is a name itself; "the charity of X" names none
        end = kind.i + 1
        while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in _NAME_LINK_WORDS
                                  and end + 1 < len(doc) and _capitalised(doc[end + 1])):
            end += 1
        if end == kind.i + 1 or any(i in taken for i in range(kind.i + 1, end)) or doc[kind.i + 1].is_sent_start:
            continue
        if media and doc[kind.i + 1].lower_ == "the" and end > kind.i + 2:
            kind = doc[kind.i + 1]  # "newspaper The Northtown Clarion": the article is no part of the name
        span = doc[kind.i + 1:end]
        cls = gaz.org_class_for_name(span.text)
        named_as_media = media and cls == "MediaOrganization"  # "weekly paper Fenmoor Gazette", tagged a person
        if any(e.ent_id_ for e in ents_within(doc, span.start, span.end)) \
                or any(e.label_ == "PERSON" and e.start == span.start and e.end == span.end and not named_as_media
                       for e in ents_within(doc, span.start, span.end)) \
                or gaz.title_for(span.text) is not None or span.text in gaz.org_index() \
                or media and any(e.label_ not in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT")
                                 for e in ents_within(doc, span.start, span.end)):
            continue  # a known body, a person ("the union's chief, Jo Bell") or a title is not this, nor a
            # day or a place after a news noun ("at the station Monday", "the paper London")
        out.append((_mention(span, span.text, "organization", "MediaOrganization" if media else cls, "", paragraphs),
                    span))
    return out


_SHAPE_POS = ("PROPN", "NOUN", "ADJ")


def _shaped_bodies(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"Carers Cymru", "Street Watch", "the Northtown Dog Section": capitalised words ending in a word that
    heads bodies' names (`word_classes.csv`, body_name_head) are a body by their shape, though the tagger
    missed them or ran several of a list into one ("A Trust, B Watch"). A unit named after a force's area or
    a police remit ("Roads Crime Team") is a PoliceBody. Returned with the tokens they cover."""
    forces = word_class("force_name_head")  # "Northshire Police": a force by its shape, as the tagger may miss
    heads = word_class("body_name_head") | forces
    areas = _forces_by_area(gaz)
    headline_at = _title_case_lines(doc)  # "Chief Slams Neighbourhood Watch": every word capitalised there
    out = []
    for head in doc:
        if head.lower_ not in heads or not head.text[:1].isupper() or head.i in taken or head.i in headline_at \
                or head.pos_ not in ("PROPN", "NOUN"):
            continue
        if head.lower_ in forces and (head.i == 0 or not head.doc[head.i - 1].pos_ == "PROPN"
                                      or head.doc[head.i - 1].lower_ in word_class("police_unit_word")
                                      or head.doc[head.i - 1].ent_type_ in ("PERSON", "NORP")):
            continue  # "Traffic Police", "Armed Police": a kind of police; "British Police": its people
        start, linked = head.i, False
        while start > 0:
            if _capitalised(doc[start - 1]) and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the" \
                    and doc[start - 1].pos_ in _SHAPE_POS and not doc[start - 1].ent_type_ == "PERSON":
                start -= 1
            elif not linked and start > 1 and start < head.i and doc[start - 1].lower_ in ("and", "&") \
                    and head.lower_ not in forces \
                    and _capitalised(doc[start - 2]) and doc[start - 2].is_alpha \
                    and doc[start - 2].lower_ not in heads and doc[start - 2].pos_ in _SHAPE_POS:
                start, linked = start - 2, True  # "Fire and Rescue Service"; "A Trust and B Watch" are two
            else:
                break
        if start == head.i or any(i in taken for i in range(start, head.i)):
            continue
        end = head.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and _capitalised(doc[end + 1]):
            end += 2  # "the Institute of Public Finance and Accountancy": the remit is part of the name
            while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in ("and", "&")
                                      and end + 1 < len(doc) and _capitalised(doc[end + 1])
                                      and not _a_second_body(doc, end + 1, heads)):
                end += 1
        after = doc[end] if end < len(doc) else None
        if after is not None and _capitalised(after) and after.is_alpha and not after.is_sent_start:
            continue  # "the X University Hospital": the name runs on, a site's or another body's
        if after is not None and after.is_lower and after.lower_ in _non_body_heads() | word_class("event_head"):
            continue  # "the Safer Streets Team scheme": a thing named after it
        if any(i in taken for i in range(head.i, end)):
            continue
        span = doc[start:end]
        ents = ents_within(doc, span.start, span.end)
        if any(e.ent_id_.startswith("org:") and (e.start <= span.start or e.end >= span.end)
               or e.label_ == "PERSON" and e.start <= head.i for e in ents):
            continue  # a known body's unit is `_unit_of`'s; a person ("Jo Trust") is no body
        if any(e.label_ == "ORG" and e.start == span.start and e.end == span.end for e in ents):
            continue  # the tagger read it whole: the ordinary path types it
        text = span.text
        if gaz.title_for(text) is not None or text in gaz.org_index():
            continue
        org = gaz.plain_org_index().get(text)
        if org is not None:
            cls = org.cls
        elif head.lower_ in word_class("unit_noun") and (
                _police_unit(text) or any(text.startswith(area + " ") for area in areas)):
            cls = "PoliceBody"
        else:
            cls = gaz.org_class_for_name(text)
        taken.update(range(span.start, span.end))
        out.append((_mention(span, text, "organization", cls, org.id if org else "", paragraphs), span))
    return out


def _head_opens_a_post(ent, gaz: Gazetteer, in_title: set[int]) -> bool:
    """"the Northland Unionist Party | leader": a body's name whose last word, its head, the tagger also
    read as the first word of a post after it ("Party leader") is still the body's name: only that head is
    in the post, and capitalised words of the name come before it."""
    doc = ent.doc
    last = ent[-1]
    words = [t for t in ent[:-1] if t.lower_ != "the"]
    return ent.label_ == "ORG" and last.lower_ in {k for k, _ in gaz.org_keywords} and last.text[:1].isupper() \
        and last.i in in_title and (last.i == 0 or doc[last.i - 1].i not in in_title) \
        and last.i + 1 < len(doc) and doc[last.i + 1].i in in_title and doc[last.i + 1].is_lower \
        and bool(words) and all(_capitalised(t) and t.i not in in_title for t in words)


def _units_named_in_lowercase(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the Serious and Organised Crime unit", "the Roads Policing team": capitalised words with a police
    remit (`word_classes.csv`, police_unit_word) before a unit noun written in lowercase (unit_noun) name a
    police unit, the noun included; one "and" may join two of the capitalised words. Not a known body's own
    unit ("the Met's Crime team" starts after the possessive), nor a title-case headline. Returned with the
    tokens they cover."""
    units, remits = word_class("unit_noun"), word_class("police_unit_word")
    headline_at = _title_case_lines(doc)
    out = []
    for noun in doc:
        if not noun.is_lower or noun.lower_ not in units or noun.i in taken or noun.i in headline_at:
            continue
        start, linked = noun.i, False
        while start > 0:
            prev = doc[start - 1]
            if _capitalised(prev) and prev.pos_ in _SHAPE_POS and prev.ent_type_ not in ("PERSON", "DATE") \
                    and not prev.ent_id_ and prev.i not in taken and not (prev.is_sent_start and prev.pos_ != "PROPN"):
                start -= 1
            elif not linked and start < noun.i and start > 1 and prev.lower_ in ("and", "&") \
                    and _capitalised(doc[start - 2]) and doc[start - 2].pos_ in _SHAPE_POS \
                    and not doc[start - 2].ent_id_ and doc[start - 2].ent_type_ != "PERSON":
                start, linked = start - 2, True
            else:
                break
        words = doc[start:noun.i]
        tagged = doc[noun.i - 1].ent_type_ == "ORG" and not doc[noun.i - 1].ent_id_ \
            and (_ent_start(doc, noun.i - 1) >= start or _ent_start(doc, noun.i - 1) == start - 1
                 and doc[start - 1].lower_ == "the") and _ent_start(doc, noun.i - 1) < noun.i - 1
        if len([t for t in words if _capitalised(t)]) < 2 or start and doc[start - 1].lower_ in ("'s", "’s"):
            continue
        span = doc[start:noun.i + 1]
        if gaz.title_for(span.text) is not None or span.text in gaz.org_index():
            continue
        if any(t.lower_ in remits for t in words):
            cls = "PoliceBody"
        elif tagged and doc[noun.i - 1].ent_iob_ == "I":
            # "the Child and Public Protection unit": a name the tagger read, its unit noun in lowercase; in
            # a story naming a police body, a police unit unless its own words say what it is
            cls = gaz.org_class_for_name(span.text)
            if cls == "Organization" and any(
                    (org := gaz.orgs.get(e.ent_id_[4:])) is not None and org.cls == "PoliceBody"
                    for e in doc.ents if e.ent_id_.startswith("org:")):
                cls = "PoliceBody"
        else:
            continue
        taken.update(range(span.start, span.end))
        out.append((_mention(span, span.text, "organization", cls, "", paragraphs), span))
    return out


def _a_second_body(doc, i: int, heads: frozenset[str]) -> bool:
    """Do the capitalised words from token i end in a body's head word ("… Service and | Fenmoor Trust")?"""
    while i < len(doc) and _capitalised(doc[i]):
        if doc[i].lower_ in heads:
            return True
        i += 1
    return False


def _a_team(ent) -> bool:
    """"Northville Rovers fans", "the match against Northville Rovers": a name with supporters, or a side
    met in a match, is a club (`word_classes.csv`: supporter_noun, fixture_noun), not a person or a place;
    a person's fans ("Jane Doe fans", a known given name first) stay a person's."""
    from .gender import given_names

    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    met = ent.start >= 2 and doc[ent.start - 1].lower_ in ("against", "v", "vs", "versus") \
        and doc[ent.start - 2].lower_ in word_class("fixture_noun")
    fans = after is not None and after.is_lower and after.lower_ in word_class("supporter_noun")
    if not (met or fans):
        return False
    return not (ent.label_ == "PERSON" and len(ent) > 1 and ent[0].text in given_names())


def _short_name_of(ent, gaz: Gazetteer):
    """"the Assembly" in a story that names Northern Ireland (or a Northern Ireland body): the one known
    body called "<what the story names> Assembly" (`word_classes.csv`, short_body_name); None when the
    story names no such body or several."""
    text = strip_the(ent.text)
    doc = ent.doc
    if len(text.split()) != 1 or text.lower() not in word_class("short_body_name") or not text[:1].isupper() \
            or not ent.start or doc[ent.start - 1].lower_ != "the" and ent[0].lower_ != "the":
        return None
    return _short_body(text, doc, gaz)


def _short_body(text: str, doc, gaz: Gazetteer):
    """The one known body "<prefix> <text>" whose prefix a known body (else a known place) of the story
    carries; None when none or several fit."""
    by_bodies, by_places = set(), set()
    for other in doc.ents:
        if other.ent_id_.startswith("org:") and other.ent_id_[4:] in gaz.orgs:
            words = gaz.orgs[other.ent_id_[4:]].label.split()
            by_bodies.update(" ".join(words[:n]) for n in range(1, len(words)))
        elif other.ent_id_.startswith("place:") and other.ent_id_[6:] in gaz.places:
            by_places.add(gaz.places[other.ent_id_[6:]].label)
    index = gaz.plain_org_index()
    for named in (by_bodies, by_places):  # a sibling body named in the story tells more than a place
        found = {index[f"{prefix} {text}"].id: index[f"{prefix} {text}"] for prefix in named
                 if f"{prefix} {text}" in index}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _lowercase_chambers(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the assembly voted", "a row in the executive": a chamber by its short name written lowercase (the
    style of some papers; `word_classes.csv`, short_body_name) in a story about government (it names a
    minister, `government_word`), read as a GovernmentBody: the known one the story points to
    (`_short_body`), else one of that name. Not "the assembly of ...", "the assembly hall" (a modifier), nor
    a chamber word after a modifier of its own ("the school assembly")."""
    if not any(t.lemma_.lower() == "minister" and t.lower_ in word_class("government_word") for t in doc):
        return []
    out = []
    for t in doc:
        if not (t.is_lower and t.lower_ in word_class("short_body_name") and t.i and doc[t.i - 1].lower_ == "the"
                and t.i not in taken and t.dep_ != "compound" and t.pos_ in ("NOUN", "PROPN")):
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.is_alpha and after.is_lower and after.pos_ == "NOUN"):
            continue
        name = t.text.capitalize()
        org = _short_body(name, doc, gaz)
        span = doc[t.i:t.i + 1]
        out.append((_mention(span, name, "organization", org.cls if org else "GovernmentBody",
                             org.id if org else "", paragraphs), span))
    return out


def _names_an_area(ent) -> bool:
    """A name before a lowercase noun for an area ("the Northville constituency", "the Eastfield ward",
    `word_classes.csv` area_noun) is that area, whatever the tagger read it as."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    from .gender import given_names

    return after is not None and after.is_lower and after.lower_ in word_class("area_noun") \
        and after.dep_ != "compound" and not (ent.label_ == "PERSON" and ent[0].text in given_names()) \
        and all(t.pos_ == "PROPN" for t in ent if t.is_alpha and t.lower_ != "the")


def _police_unit(text: str) -> bool:
    """"Tactical Firearms Unit", "Roads Crime Team": a unit noun after a police remit word."""
    words = text.lower().split()
    return len(words) > 1 and words[-1] in word_class("unit_noun") \
        and any(w in word_class("police_unit_word") for w in words[:-1])


def _names_where_it_happened(ent) -> bool:
    """"the Northville murders", "a Northville couple": a capitalised word the tagger read as a body, right
    before a lowercase noun for a local event or its people (`word_classes.csv`, local_event_noun), is where."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in word_class("local_event_noun") \
        and all(t.pos_ == "PROPN" for t in ent if t.is_alpha and t.lower_ != "the") \
        and not any(t.lower_ in word_class("body_name_head") or t.lower_ in org_unit_words() for t in ent)


def _where_it_happened_words(doc) -> frozenset[str]:
    """One-word names the text puts before a lowercase noun for a local event ("the Northville fire"): the
    same word alone later ("the impact of Northville") is that place, not a body."""
    events = word_class("local_event_noun")
    return frozenset(t.text for t in doc[:-1] if t.is_alpha and t.is_title and t.pos_ == "PROPN" and not t.ent_id_
                     and doc[t.i + 1].is_lower and doc[t.i + 1].lower_ in events
                     and not (t.i and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN"))


def _a_place_by_its_preposition(ent) -> bool:
    """"a raid in Northville": one capitalised word after "in" or "near", which the tagger read as a person
    though nobody in the text bears it as a name, is a place."""
    doc = ent.doc
    if len(ent) != 1 or not ent.start or doc[ent.start - 1].lower_ not in ("in", "near") \
            or ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and any(t.text == ent[0].text for t in e) for e in doc.ents)


def _stations_of_outlets(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"BBC Radio Northshire", "ITV Television Wales": a known outlet, a broadcast word (`word_classes.csv`,
    broadcast_word) and the capitalised words or number after it are one station of that outlet, not the
    outlet and a place. Returned with the tokens they cover."""
    out = []
    for ent in doc.ents:
        org = gaz.orgs.get(ent.ent_id_[4:]) if ent.ent_id_.startswith("org:") else None
        if org is None or org.cls != "MediaOrganization" or ent.end >= len(doc) \
                or doc[ent.end].lower_ not in word_class("broadcast_word") or not doc[ent.end].text[:1].isupper():
            continue
        end = ent.end + 1
        while end < len(doc) and end - ent.end <= 3 and (doc[end].is_alpha and doc[end].is_title or doc[end].like_num):
            end += 1
        span = doc[_bare_start(ent):end]
        if end == ent.end + 1 or any(i in taken for i in range(span.start, span.end)):
            continue
        out.append((_mention(span, span.text, "organization", "MediaOrganization", "", paragraphs), span))
    return out


def _where_the_police_are(ent) -> bool:
    """"Police in Northbridge said", "detectives in Northbridge": one capitalised word after the force's
    people (`word_classes.csv`, body_people of a force) and "in"/"near" is where they are, not a body."""
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("in", "near") \
            or ent.end < len(doc) and (doc[ent.end].text in ("'s", "’s") or _capitalised(doc[ent.end])):
        return False
    people = doc[ent.start - 2]
    return word_values("body_people").get(people.lower_) == "force" and ent[0].pos_ == "PROPN" \
        and ent[0].lower_ not in word_class("body_name_head") and ent[0].lower_ not in word_class("generic_body_word")


def _area_of_a_force_named(ent) -> bool:
    """"Residents in Northmoor ... Northmoor Police": one capitalised word after "in", "across", "throughout"
    or "near", which the tagger read as a body, is a place when the text names a force after it (the word and "Police" or
    "Constabulary"), or when nothing in the text has it act or own as a body does ("win power in Westvale")."""
    doc = ent.doc
    if len(ent) != 1 or not ent.start or doc[ent.start - 1].lower_ not in ("in", "across", "throughout", "near") \
            or ent.end < len(doc) and (doc[ent.end].text in ("'s", "’s") or _capitalised(doc[ent.end])):
        return False
    if any(e.start != ent.start and len(e) > 1 and e[0].text == ent[0].text
           and e[-1].lower_ in word_class("force_name_head") for e in doc.ents):
        return True
    # nor a body anywhere else: never an acronym, a body's kind of word, nor a subject or owner in the text
    word = ent[0]
    return word.is_title and word.pos_ == "PROPN" and kind_words(word.text) is None \
        and word.lower_ not in word_class("body_name_head") | word_class("generic_body_word") | word_class("short_body_name") \
        and not any(t.text == word.text and t.i != word.i and (t.dep_ in ("nsubj", "nsubjpass", "poss")
                                                               or t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS")
                    for t in doc)


def _forces_of_two_areas(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"Northshire and Westdale Police", "Dumfries and Galloway Constabulary": one force named after two areas,
    which the tagger cuts into an area and a force. Not two forces sharing the word ("Kent and Essex Police"
    where the first area has a force of its own), nor a list ("Kent, Essex and Surrey Police")."""
    index = gaz.org_index()
    heads = word_class("force_name_head")
    out = []
    for head in doc:
        if head.lower_ not in heads or not head.text[:1].isupper() or head.i in taken:
            continue
        i = head.i - 1
        while i >= 0 and head.i - i <= 3 and _area_word(doc[i]):
            i -= 1
        if i == head.i - 1 or i < 1 or doc[i].lower_ not in ("and", "&"):
            continue
        link = i
        i -= 1
        while i >= 0 and link - i <= 3 and _area_word(doc[i], opening=True):
            i -= 1
            if doc[i + 1].is_sent_start:
                break
        start = i + 1
        if start == link or i >= 0 and not doc[start].is_sent_start and (
                doc[i].text in (",", "&") or doc[i].lower_ == "and" or _capitalised(doc[i])):
            continue
        first = doc[start:link].text
        if any(t.lower_ in heads for t in doc[start:link]) or start and not doc[start - 1].whitespace_ \
                and not doc[start - 1].is_space:
            continue  # "Dyfed-Powys Police and Gwent Police": two forces named in full
        if any(index.get(form) is not None for form in (first, f"{first} {head.text}", f"{first} Police",
                                                         f"{first} Constabulary")):
            continue  # "Kent and Essex Police": two forces, each of its own name
        span = doc[start:head.i + 1]
        if any(t.i in taken for t in span) or head.ent_id_ and doc[start].ent_id_ == head.ent_id_:
            continue  # a known force the name finders read whole
        org = gaz.plain_org_index().get(span.text)
        out.append((_mention(span, span.text, "organization", org.cls if org else "PoliceBody",
                             org.id if org else "", paragraphs), span))
    return out


def _area_word(token, opening: bool = False) -> bool:
    """A capitalised word of an area's name inside a force's name ("Westdale", "Isle"); the first area's may
    open the sentence."""
    return token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN" \
        and (opening or not token.is_sent_start) and token.ent_type_ not in ("PERSON", "DATE", "CARDINAL")


def _untagged_sites(doc, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the University's Brook Halls", "at Hillcrest Park": capitalised proper nouns ending in a place word
    (`place_words.csv`) that the tagger left untagged are a site. Returned with the tokens they cover."""
    words = _place_words()
    headline_at = _title_case_lines(doc)
    out = []
    for head in doc:
        if head.text not in words or head.ent_type_ or head.i in taken or head.i in headline_at:
            continue
        start = head.i
        while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                and doc[start - 1].i not in taken and not doc[start].is_sent_start:
            start -= 1
        if start == head.i or doc[start].is_sent_start or head.i + 1 < len(doc) and _capitalised(doc[head.i + 1]):
            continue
        span = doc[start:head.i + 1]
        out.append((_mention(span, span.text, "place", "FAC", "", paragraphs), span))
    return out


def _ent_start(doc, i: int) -> int:
    """Where the entity holding token i starts."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _compass_part(token) -> bool:
    """"north", "South-east", "north-west": a compass point naming part of a place."""
    parts = token.lower_.split("-")
    return 1 <= len(parts) <= 2 and all(p in _COMPASS - {"central", "mid"} for p in parts)


def _compass_places(doc, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"east Belfast", "North London", "South-east London": a compass point right before a place names a
    part of it, a place of its own (the tagger leaves the point out, or tags it apart). Returned with the
    tokens they cover."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or not ent.start or _compass_part(ent[0]):
            continue
        start = ent.start - 1
        if not _compass_part(doc[start]) or doc[start].whitespace_ == "":
            continue
        if start >= 2 and doc[start - 1].text == "-" and _compass_part(doc[start - 2]):
            start -= 2  # "South-east" cut in three
        if any(i in taken for i in range(start, ent.end)) or any(
                e.start < start or e.label_ not in ("GPE", "LOC") for e in ents_within(doc, start, ent.start)):
            continue  # the point ends a longer name of its own
        span = doc[start:ent.end]
        out.append((_mention(span, span.text, "place", "GPE", "", paragraphs), span))
    return out


_REMIT_LINKS = ("for", "of", "on")


def _body_heads(gaz: Gazetteer) -> frozenset[str]:
    """Words that end a body's name ("Commission", "Trust", "Committee"): org_keywords heads, body-name
    heads and committee heads, not news-title words ("Times") that end papers' names."""
    media = {k for k, cls in gaz.org_keywords if cls == "MediaOrganization"}
    return frozenset({k for k, _ in gaz.org_keywords} - media) | word_class("body_name_head") \
        | word_class("committee_head")


def _remit_end(doc, i: int, gaz: Gazetteer, stop: set[int], known_start: bool) -> int:
    """Where a remit that opens at token i ("for | Racial Equality", "on | Policing and Justice") ends: over
    capitalised words, and "and"/"&" before capitalised words that name no body, person or place of their
    own (so "the Committee on Policing and the Home Office" stays two); i when nothing follows."""
    heads = _body_heads(gaz)
    end = i
    while end < len(doc):
        tok = doc[end]
        if end in stop or tok.is_sent_start:
            break
        if _capitalised(tok) and tok.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL") \
                and not tok.ent_id_ and not (end > i and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG"):
            end += 1
        elif tok.lower_ in ("and", "&") and end + 1 < len(doc) and _capitalised(doc[end + 1]):
            run = end + 1
            while run < len(doc) and _capitalised(doc[run]) and run not in stop:
                run += 1
            words = doc[end + 1:run]
            if any(t.lower_ in heads or t.ent_id_ or t.ent_type_ in ("PERSON", "DATE", "TIME")
                   or known_start and t.ent_type_ for t in words):
                break  # "… on Policing and Northshire Police": a second body, not the remit's last words
            end = run
        else:
            break
    return end


def _names_run_on(doc, gaz: Gazetteer, in_title: set[int], paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the Northland Commission | for Racial Equality", "the Standing Committee on Policing | and Justice":
    a body's name the tagger stopped at its head word, or inside its remit at "and", runs on over its remit
    (capitalised words after "for"/"of"/"on", joined by "and"). A span the tagger called a work ("The Campaign
    for Open Courts", "The Friends of Fenmoor Park Association") is a body when its own words say so: it
    ends in a body's head word, or opens with one and its remit. Returned with the tokens they cover."""
    heads = _body_heads(gaz)
    headline_at = _title_case_lines(doc)
    stop = in_title | headline_at
    out = []
    for ent in doc.ents:
        if ent.start in headline_at or any(t.i in taken for t in ent):
            continue
        words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
        if not words:
            continue
        end = ent.end
        if ent.label_ == "ORG" and words[-1].lower_ in heads and words[-1].text[:1].isupper() \
                and end + 1 < len(doc) and doc[end].lower_ in _REMIT_LINKS and _capitalised(doc[end + 1]) \
                and not ent.ent_id_:
            end = _remit_end(doc, end + 1, gaz, stop, False)
            if end == ent.end + 1:
                continue
        elif ent.label_ == "ORG" and any(t.lower_ in _REMIT_LINKS for t in ent[1:-1]) and (
                end := ent.end - (ent[-1].lower_ in ("and", "&"))) + 1 < len(doc) \
                and doc[end].lower_ in ("and", "&") and _capitalised(doc[end + 1]):
            start_at = end
            end = _remit_end(doc, end, gaz, stop, bool(ent.ent_id_))
            if end <= start_at + 1:
                continue
        elif ent.label_ == "WORK_OF_ART" and len(words) > 1 and all(_capitalised(t) or t.lower_ in (
                *_REMIT_LINKS, "and", "the") for t in ent) and (
                words[-1].lower_ in heads or words[0].lower_ in heads and ent[words[0].i - ent.start + 1:][:1]
                and doc[words[0].i + 1].lower_ in _REMIT_LINKS):
            pass  # "The Friends of Fenmoor Park Association", "The Council for Open Courts"
        else:
            continue
        if end < len(doc) and _capitalised(doc[end]) and not doc[end].is_sent_start:
            continue  # the name runs on further than this reads: leave it whole to the tagger's reading
        span = doc[ent.start:end]
        if any(t.i in stop for t in span):
            continue
        mention = _org_mention(span, gaz, paragraphs)
        if mention is not None:
            taken.update(range(span.start, span.end))
            out.append((mention, span))
    return out


def _names_cut_at_a_link(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> list:
    """"the University of | Leeds": a body's name the tagger ended on "of" or "for", with the place or
    name that completes it tagged apart, is one name. Returned with the tokens they cover."""
    starts = {e.start: e for e in doc.ents}
    out = []
    for ent in doc.ents:
        words = [t.lower_ for t in ent]
        if ent.label_ == "ORG" and not ent.ent_id_ and ent.end < len(doc) and _capitalised(doc[ent.end]) \
                and doc[ent.end].is_alpha and any(words[k:k + 2] in (["of", "the"], ["for", "the"])
                                                  for k in range(1, len(words) - 1)):
            # "the Office of the | Police Ombudsman": a name whose remit opens with "the", cut there or
            # inside it ("Office of the Avonford | Commissioner"), runs on through its capitalised words
            end = ent.end
            while end < len(doc) and (_capitalised(doc[end]) and doc[end].is_alpha or doc[end].lower_ in (
                    "and", "&") and end + 1 < len(doc) and _capitalised(doc[end + 1])):
                end += 1
            mention = _org_mention(doc[ent.start:end], gaz, paragraphs)
            if mention is not None:
                out.append((mention, doc[ent.start:end]))
            continue
        after = starts.get(ent.end)
        if ent.label_ != "ORG" or ent.ent_id_ or ent[-1].lower_ not in ("of", "for") or after is None \
                or after.label_ not in ("GPE", "LOC", "ORG"):
            continue
        if gaz.title_for(ent[:-1].text) is not None or ent.start and gaz.title_for(
                f"{doc[ent.start - 1].text} {ent[:-1].text}") is not None:
            continue  # "Chief | Constable of | Northshire Police": a post held in the body, not a body's name
        span = doc[ent.start:after.end]
        mention = _org_mention(span, gaz, paragraphs)
        if mention is not None:
            out.append((mention, span))
    return out


def _named_after_rank(doc, title_spans, in_title: set[int], paragraphs: Paragraphs, taken: set[int]) -> list:
    """"Deputy Chief Constable Jane Doe", "Detective Superintendent Jo Bell": two or three capitalised
    words right after a capitalised title are a person's name, though the tagger, misled by the long
    title, saw none. Returned with the tokens they cover."""
    out = []
    for span, _ in title_spans:
        if span.label_.startswith("P") or not all(t.text[:1].isupper() for t in span if t.is_alpha):
            continue
        end = span.end
        while end < len(doc) and end - span.end < 4 and _name_word(doc[end], in_title):
            end += 1
        if not 2 <= end - span.end <= 3 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue  # one word may be a place or a body; four, or a longer run, is not one name
        name = doc[span.end:end]
        words = [t for t in span.sent if t.is_alpha]
        if sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            continue  # a headline in title case ("Home Secretary Announces Cuts")
        if any(i in taken for i in range(name.start, name.end)) or any(
                e.label_ == "PERSON" for e in ents_within(doc, name.start, name.end)):
            continue  # found already
        out.append((_mention(name, name.text, "person", "PERSON", "", paragraphs), name))
    return out


def _areas_of_elected_posts(doc, gaz: Gazetteer, title_spans, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"the police and crime commissioner for Avonmere", "the mayor for Northshire": the capitalised words
    after an elected office (`elected_office`) and "for" name the area it is elected for, a place, though
    the tagger missed them or read them as a body. Not a known body, nor words running on into a longer name."""
    out = []
    index = gaz.org_index()
    for span, title in title_spans:
        if normalise_title(title.title) not in word_class("elected_office") or span.end + 1 >= len(doc) \
                or doc[span.end].lower_ != "for":
            continue
        start = end = span.end + 1
        while end < len(doc) and end - start < 3 and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in ("PERSON", "DATE"):
            end += 1
        if end == start or any(i in taken for i in range(start, end)) or any(doc[i].ent_id_ for i in range(start, end)):
            continue
        if end < len(doc) and (doc[end].text in ("'s", "’s") or doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue
        area = doc[start:end]
        body_words = org_unit_words() | word_class("body_name_head") | {k for k, _ in gaz.org_keywords}
        if area.text in index or any(t.lower_ in body_words for t in area):
            continue  # "the commissioner for the Metropolitan Police", "… for Northshire Council": a body
        out.append((_mention(area, area.text, "place", "GPE", "", paragraphs), area))
    return out


def seat_of_power_word(token, gaz: Gazetteer) -> bool:
    """"Westminster" (`word_classes.csv`, legislature_metonym), "Holyrood" (a known chamber's one-word name)."""
    if token.text in word_class("legislature_metonym"):
        return True
    org = gaz.orgs.get(token.ent_id_[4:]) if token.ent_id_.startswith("org:") else None
    return org is not None and org.cls == "GovernmentBody" and token.ent_iob_ == "B" \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _named_after_a_post_at_a_seat(doc, gaz: Gazetteer, in_title: set[int], paragraphs: Paragraphs,
                                  taken: set[int]) -> list:
    """"the party's leader at Westminster Jo Bell": two or three capitalised words right after a head post
    (`word_classes.csv`, head_title) held at a seat of power are the holder's name, which the tagger, taking
    the seat for the name's start, may miss. Returned with the tokens they cover."""
    out = []
    for seat in doc[2:]:
        at, post = doc[seat.i - 1], doc[seat.i - 2]
        if at.lower_ not in ("at", "in") or not post.is_lower or post.lower_ not in word_class("head_title") \
                or not seat_of_power_word(seat, gaz):
            continue
        end = seat.i + 1
        while end < len(doc) and end - seat.i <= 4 and _name_word(doc[end], in_title):
            end += 1
        if not 2 <= end - seat.i - 1 <= 3 or end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            continue
        name = doc[seat.i + 1:end]
        if any(i in taken for i in range(name.start, name.end)) or any(
                e.label_ == "PERSON" for e in ents_within(doc, name.start, name.end)):
            continue  # found already
        out.append((_mention(name, name.text, "person", "PERSON", "", paragraphs), name))
    return out


def _shouted_names(doc, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"JANE DOE, the first woman to lead the force, …": a paragraph opening with a name in capitals (a
    lede's style) names the person whose surname the article writes in the usual case elsewhere ("Ms
    Doe"); capitals that match no one ("THE CHIEF Whip") are left alone."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].is_title and len(e[-1]) > 1}
    out = []
    for i, token in enumerate(doc):
        if i and "\n" not in doc.text[doc[i - 1].idx:token.idx] and not doc[i - 1].is_space:
            continue  # not a paragraph's first word
        end = i
        while end < len(doc) and end - i < 4 and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
            end += 1
        if not 2 <= end - i <= 3 or end >= len(doc) or not (doc[end].text == "," or doc[end].is_lower):
            continue
        name = doc[i:end]
        if name[-1].text.title() not in surnames or any(t.i in taken for t in name):
            continue
        text = " ".join(t.text.title() for t in name)
        out.append((_mention(name, text, "person", "PERSON", "", paragraphs), name))
    return out


def _name_word(token, in_title: set[int]) -> bool:
    return (token.is_alpha and token.is_title and token.pos_ == "PROPN" and token.i not in in_title
            and token.text not in HONORIFICS and not token.ent_id_ and token.ent_type_ in ("", "PERSON", "ORG"))


def _government_as_actor(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> Iterator[Mention]:
    """"the government said …", "the government's plans", "central government's motive": the national
    government as an actor.

    Only a bare "the government": "the Labour government", "local government" or "the government of
    Kenya" name other governments or none, and "the government funding" uses it as a modifier.
    """
    org = gaz.orgs.get("hm-government")
    if org is None:
        return
    for token in doc:
        if _headline_government(token):  # "Government Announces Tougher Rules", "Government to scrap targets"
            yield _mention(doc[token.i:token.i + 1], token.text, "organization", org.cls, org.id, paragraphs)
            continue
        if token.text != "government" or token.i == 0:
            continue
        central = doc[token.i - 1].lower_ == "central" and doc[token.i - 1].head.i == token.i  # not "local"
        if _voice_of_government(token):  # "a government spokesman said": the government speaks
            yield _mention(doc[token.i:token.i + 1], token.text, "organization", org.cls, org.id, paragraphs)
            continue
        if doc[token.i - 1].lower_ != "the" and not central:
            continue
        if token.dep_ in ("compound", "amod", "nmod") or any(
                c.dep_ not in ("det", "case", "punct", "relcl", "acl") and not (central and c.i == token.i - 1)
                for c in token.children):
            continue
        span = doc[token.i - 1:token.i + 1] if central else doc[token.i:token.i + 1]
        yield _mention(span, span.text, "organization", org.cls, org.id, paragraphs)


def _headline_government(token) -> bool:
    """"Government Announces Tougher Rules", "Government to scrap targets": a headline's bare capitalised
    "Government" opening a sentence, right before its verb (or "to" and a verb), is the national government
    acting; not "Government figures show", nor a name ("Government Digital Service") the tagger read."""
    doc = token.doc
    if token.text != "Government" or not token.is_sent_start or token.ent_type_ or token.i + 2 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    return nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBZ", "VBD", "MD") \
        or nxt.lower_ == "to" and doc[token.i + 2].pos_ == "VERB"


def home_government(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"The Scottish Government announced … The Government said": a bare "the Government" is the story's own
    government. In a story that names one government of the gazetteer other than the UK's (a body whose name
    ends in a `government_head` word) and never names the UK's by a name of its own, it is that one."""
    national = gaz.orgs.get("hm-government")
    if national is None:
        return mentions

    def bare(m: Mention) -> bool:
        return m.gazetteer_id == national.id and m.text.lower() in ("government", "central government")

    if any(m.gazetteer_id == national.id and not bare(m) for m in mentions):
        return mentions
    others = {m.gazetteer_id for m in mentions if m.gazetteer_id and m.gazetteer_id != national.id
              and (org := gaz.orgs.get(m.gazetteer_id)) is not None and org.cls == "GovernmentBody"
              and {org.label.lower().split()[-1], m.text.lower().split()[-1]} & word_class("government_head")}
    if len(others) != 1:
        return mentions
    home = gaz.orgs[others.pop()]
    return [replace(m, text=home.label, label=home.cls, gazetteer_id=home.id) if bare(m) else m for m in mentions]


def _voice_of_government(token) -> bool:
    """"a government spokeswoman", "a government source": a bare "government" modifying a spokesperson noun
    (`word_classes.csv` spokesperson) with "a" or "the", nothing else before it."""
    head = token.head
    return token.dep_ in ("compound", "amod", "nmod") and head.i == token.i + 1 \
        and head.lower_ in word_class("spokesperson") and not any(c.i < token.i for c in token.children) \
        and [c.lower_ for c in head.children if c.i < token.i] in (["a"], ["the"])


@lru_cache(maxsize=None)
def party_governments() -> dict[str, str]:
    """Party id -> the government it forms when a text says "the SNP government" (`party_governments.csv`)."""
    return {row["party"]: row["government"] for row in resources.read_csv("gazetteer/party_governments.csv")}


_OTHER_TIMES = {"last", "previous", "former", "past", "then", "next", "future", "old", "early", "earlier", "later"}


def _party_government(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> Iterator[Mention]:
    """"the SNP government", "the Tory government": the government that party forms, as an actor.

    The party keeps its own mention; the word "government" stands for the body. Parties that form no
    one government ("the Lib Dem government" was a coalition) have no row and give none.
    """
    index = gaz.plain_org_index()
    for token in doc:
        if token.lower_ != "government" or token.tag_ != "NN":
            continue
        modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
        if not modifiers or modifiers[-1].i != token.i - 1 or any(c.dep_ == "prep" for c in token.rights) \
                or any(t.lower_ in _OTHER_TIMES or t.like_num or t.ent_type_ == "DATE" for t in token.lefts):
            continue  # "the last Labour government", "the Labour government of the 1960s": not today's actor
        start = min(t.i for m in modifiers for t in m.subtree)
        party = next((index.get(doc[i:token.i].text) for i in range(start, token.i) if index.get(doc[i:token.i].text)),
                     None)
        government = gaz.orgs.get(party_governments().get(party.id, "")) if party is not None else None
        if government is not None and party.cls == "PoliticalParty":
            # named "the SNP government", never a bare "government" (which is every government's word)
            yield _mention(doc[token.i:token.i + 1], doc[start:token.i + 1].text, "organization", government.cls,
                           government.id, paragraphs)


_FORCE_NAME = re.compile(r"^(?P<area>.+?) (?:Police|Constabulary|Police Service)$")


@lru_cache(maxsize=None)
def _forces_by_area(gaz: Gazetteer) -> dict[str, object]:
    """Place label -> the territorial force named after it ("Kent" -> Kent Police), from the gazetteer."""
    forces = {}
    places = gaz.place_index()
    for org in sorted(gaz.orgs.values(), key=lambda o: o.id):
        if org.cls != "PoliceBody":
            continue
        for form in (org.label, *org.aliases):
            match = _FORCE_NAME.match(form)
            if match and match.group("area") in places:
                forces.setdefault(places[match.group("area")].label, org)
    return forces


def _police_tokens(doc, gaz: Gazetteer, guarded) -> set[int]:
    """Tokens of police-body names, and the nouns "force(s)" and "constabulary"."""
    found = {t.i for t in doc if t.lemma_.lower() in ("force", "constabulary") and t.is_lower}
    for ent in doc.ents:
        org = gaz.orgs.get(ent.ent_id_[4:]) if ent.ent_id_.startswith("org:") else None
        if org is not None and org.cls == "PoliceBody":
            found.update(t.i for t in ent)
    for m, span in guarded:
        if m.label == "PoliceBody":
            found.update(t.i for t in span)
    return found


def _force_meant(ent, gaz: Gazetteer, police_at: set[int], rank_at: set[int] = frozenset()):
    """"the forces (the Met, Kent …) as well as Cumbria": an area listed with forces means its force; so
    does an area right before a police rank ("Northshire Chief Constable Jo Bell", rank_at: where ranks start)."""
    force = _forces_by_area(gaz).get(ent.ent_id_[6:])
    if force is None:
        return None
    top = ent.root
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    group, stack = set(), [top]
    while stack:
        tok = stack.pop()
        group.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    own = {t.i for t in ent}
    if ent.end in rank_at and ent.doc[ent.end].text[:1].isupper():
        return force  # "Northshire Chief Constable Jo Bell": the area before a police rank is its force
    if top.dep_ in ("compound", "nmod") and top.head.i in police_at and top.head.is_lower:
        return force  # "the Kent force", "Kent and Essex forces"
    return force if (group - own) & police_at else None


@lru_cache(maxsize=1)
def _context_words() -> dict[tuple[str, str], frozenset[str]]:
    """(context, cue) -> words: the nouns, verbs and addressee verbs that make an ambiguous name a body."""
    words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in resources.read_csv("gazetteer/alias_contexts.csv"):
        words[(row["context"], row["cue"])].add(row["word"])
    speech = {row["lemma"] for row in resources.read_csv("gazetteer/speech_verbs.csv")}
    words[("media", "verb")] |= speech
    return {key: frozenset(value) for key, value in words.items()}


def _strip_ends(span):
    """The span without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end]


def _bare_ambiguous(ent, gaz: Gazetteer) -> bool:
    """A tagger entity that is just an ambiguous name (plus lowercase words): left to the context rules."""
    core = _strip_ends(ent)
    if core.text in gaz.ambiguous_forms():
        return True
    for n in range(len(core), 0, -1):
        if core[:n].text in gaz.ambiguous_forms() and all(not t.is_alpha or t.is_lower for t in core[n:]):
            return True
    return False


def _guarded_mentions(doc, gaz: Gazetteer, in_title: set[int], paragraphs: Paragraphs) -> list:
    """Ambiguous gazetteer names ("Met", "Sun", "Lab") where their context makes them the body.

    The context each needs is data (organisations.csv, `context`): `party-tag` "Jane Doe (Lab)";
    `definite` "the Met", "Met officers"; `media` the subject of a reporting verb, told/according to it,
    or "… newspaper"; `name` only that it is not part of a longer proper name ("Met Office", "Crime Lab").
    """
    forms = gaz.ambiguous_forms()
    if not forms:
        return []
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for form in forms:
        words = form.split()
        by_first[words[0]].append(words)
    ent_at = {t.i: ent for ent in doc.ents for t in ent}
    out = []
    i = 0
    while i < len(doc):
        match = None
        for words in sorted(by_first.get(doc[i].text, ()), key=len, reverse=True):
            if [t.text for t in doc[i:i + len(words)]] == words:
                match = doc[i:i + len(words)]
                break
        if match is None:
            i += 1
            continue
        org = forms[match.text]
        i = match.end
        ent = ent_at.get(match.start)
        if ent is not None and ent.ent_id_:
            continue  # inside a gazetteer name ("Met Police Federation", "PA news agency")
        if ent is not None and not _bare_ambiguous(ent, gaz) and len(_strip_ends(ent)) > len(match):
            continue  # inside a longer name the tagger found ("Met Office")
        if _inside_longer_name(match, in_title) or not all(
                _CONTEXTS[c](match, in_title) for c in org.context_for(match.text).split("+") if c):
            continue
        span = doc[match.start - 1:match.end] if match.start and doc[match.start - 1].lower_ == "the" else match
        out.append((_mention(match, match.text, "organization", org.cls, org.id, paragraphs), span))
    return out


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _inside_longer_name(match, in_title: set[int]) -> bool:
    """"Met Office", "University of Chicago Crime Lab", "Statue of Liberty": part of another proper name."""
    doc = match.doc
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and _capitalised(after) and not after.is_sent_start and after.i not in in_title \
            and after.text not in HONORIFICS and after.ent_type_ != "PERSON":
        return True
    before = doc[match.start - 1] if match.start else None
    if before is None or before.lower_ == "the" or match[0].is_sent_start:
        return False
    if _capitalised(before) and before.i not in in_title and before.text not in HONORIFICS \
            and not before.is_sent_start:
        return True
    return before.lower_ in ("of", "for") and before.i > 0 and _capitalised(doc[before.i - 1])


def _party_tag(match, in_title) -> bool:
    """"Jane Doe (Lab)", "(Lab/Co-op)": a bracketed tag after a name or a seat."""
    doc = match.doc
    before = doc[match.start - 1] if match.start else None
    after = doc[match.end] if match.end < len(doc) else None
    return (before is not None and before.text in ("(", "/") and after is not None
            and (after.text.startswith(")") or after.text == "/"))


def _definite(match, in_title) -> bool:
    """"the Met" (capitalised, with the article), or a bare "Met" before "officers", "spokesman" or a title."""
    doc = match.doc
    context = _context_words()
    after = doc[match.end] if match.end < len(doc) else None
    member = after is not None and (after.i in in_title or after.is_lower and after.lower_ in (
        context.get(("definite", "noun"), frozenset()) | context.get(("media", "noun"), frozenset())))
    if after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ") and not member:
        return False  # "the Independent candidate": an adjective, not the paper
    return bool(match.start and doc[match.start - 1].lower_ == "the") or member


def _media(match, in_title) -> bool:
    """A news outlet: it reports or is told, or a media noun follows ("the Sun newspaper", "PA news agency")."""
    context = _context_words()
    doc = match.doc
    j = match.end
    if j < len(doc) and doc[j].text in ("'s", "’s"):
        j += 1
    if j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1  # "the Sun's political editor"
    if j < len(doc) and doc[j].is_lower and doc[j].lower_ in context.get(("media", "noun"), ()):
        return True
    head = match.root
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in context.get(("media", "verb"), ()):
        return True
    addressee = context.get(("media", "addressee"), frozenset())
    if head.dep_ in ("dobj", "dative") and verb.lemma_ in addressee:
        return True
    if head.dep_ == "pobj" and verb.lower_ in ("to", "by", "with"):
        governor = verb.head
        return governor.lemma_ in addressee or (verb.lower_ == "by" and governor.lemma_ in context.get(("media", "verb"), ()))
    return False


def _party_modifier(match, in_title) -> bool:
    """"Green peer Baroness Jones", "Green councillor Jane Doe": a party word before a post or a name."""
    doc = match.doc
    after = doc[match.end] if match.end < len(doc) else None
    return after is not None and (after.i in in_title or after.ent_type_ == "PERSON" or after.text in HONORIFICS)


_CONTEXTS = {"party-modifier": _party_modifier, "party-tag": _party_tag, "definite": _definite, "media": _media, "name": lambda match, in_title: True}


@lru_cache(maxsize=1)
def _non_body_heads() -> frozenset[str]:
    return frozenset(row["word"] for row in resources.read_csv("gazetteer/non_body_heads.csv"))


def _unit_of(ent):
    """A known body followed by a lowercase unit noun ("… national council") names that unit, and so does
    a capitalised one with its remit ("the Home Office Centre for Applied Science and Technology")."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in word_class("governing_unit") and not (
            i + 1 < len(doc) and doc[i + 1].lower_ in ("for", "of")):
        return None  # "the SPA board": the body's own governing board, which its name already stands for
    j = i  # "the Home Office Police Standards Unit": a unit's own words before its unit noun
    def plain(token) -> bool:  # untagged, or in a name the tagger found but nothing knows
        return not token.ent_type_ or token.ent_type_ == "ORG" and not token.ent_id_

    while j < len(doc) and j - i < 3 and _capitalised(doc[j]) and doc[j].is_alpha and plain(doc[j]) \
            and doc[j].lower_ not in org_unit_words():
        j += 1
    if j > i and j < len(doc) and _capitalised(doc[j]) and doc[j].lower_ in org_unit_words() and plain(doc[j]) \
            and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I"):
        i = j
    if i < len(doc) and _capitalised(doc[i]) and doc[i].lower_ in org_unit_words():
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and _capitalised(doc[end + 1]):
            end += 2
            while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in ("and", "&", ",")
                                      and end + 1 < len(doc) and _capitalised(doc[end + 1])):
                end += 1
        return doc[ent.start:end]
    while i < len(doc) and i - ent.end < 2 and doc[i].is_lower and (
            doc[i].pos_ == "ADJ" or doc[i].dep_ in ("compound", "amod")) and doc[i].lower_ not in org_unit_words():
        i += 1  # "national", "gangs", "counter-terrorism"
    if i < len(doc) and doc[i].is_lower and doc[i].lower_ in org_unit_words() and doc[i].pos_ in ("NOUN", "PROPN") \
            and doc[i].lower_ not in word_class("governing_unit"):  # "… chief executive" is a post
        if i + 1 < len(doc) and doc[i + 1].is_lower and (doc[i + 1].lower_ in org_unit_words()
                                                         or doc[i + 1].lower_ in word_class("party_group_noun")):
            return None  # "the Labour council group": the unit word says where the group sits, names no unit
        return doc[ent.start:i + 1]
    return None


def _seat_of_power(ent) -> bool:
    """"at Westminster", "Westminster politicians", "its Westminster leader": a place that stands for the
    legislature sitting there (`word_classes.csv`, legislature_metonym) is the place only "in" or "of" it."""
    if strip_the(ent.text) not in word_class("legislature_metonym"):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if ent.root.dep_ in ("compound", "amod", "nmod", "poss") and ent.root.head.i >= ent.end:
        return True  # a modifier: "Westminster politicians"
    return before is None or before.lower_ not in ("in", "of")


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    from .quotes import member_nouns  # quotes never imports this module

    return frozenset(member_nouns())


def _acts_as_a_body(ent, title_words: set[str]) -> bool:
    """"Westminster interference", "Westminster spending cuts", "Westminster has refused": the seat of power
    standing for the government that sits there, as the subject or modifying what it does, not its
    people ("Westminster politicians", "its Westminster leader": members, a post)."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i < ent.end:
        return False
    head = root.head
    noun = head.lemma_.lower()
    return head.pos_ == "NOUN" and head.is_lower and noun not in _member_nouns() and head.lower_ not in _member_nouns() \
        and noun not in title_words and head.lower_ not in title_words


_INDEFINITE = {"a", "an", "another", "every", "each"}


def _common_noun_words(doc, gaz: Gazetteer) -> frozenset[str]:
    """Capitalised words the article itself uses as common nouns: a product or weapon counted with an
    article ("a Taser"), or a sentence-initial word written lowercase elsewhere ("Fraud rose …" beside
    "… fraud"). Names the gazetteer knows ("Liberty", "Reform") or given names are never among them."""
    from .gender import given_names

    lower = {t.lower_ for t in doc if t.is_lower and t.pos_ == "NOUN" and not t.is_sent_start}
    found = set()
    for t in doc:
        if not (t.is_alpha and t.text[:1].isupper() and not t.is_upper):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        counted = t.i and doc[t.i - 1].lower_ in _INDEFINITE and not (
            nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha)  # "a Labour MP", "an Ofsted Report"
        if counted and (nxt is None or not (t.dep_ == "compound" and nxt.tag_ in ("NN", "NNP") and t.head.i == nxt.i)):
            # "a YouGov poll" names a pollster; "a Taser deters" (no "a … deters" is one noun) a thing
            found.add(t.text)
        elif t.is_sent_start and t.lower_ in lower:
            found.add(t.text)
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}  # "Hunt said" after Jo Hunt
    # looked up in each table, not copied into one set per article (thousands of given names)
    known = (gaz.org_index(), gaz.ambiguous_forms(), gaz.place_index(), given_names(), surnames)
    return frozenset(w for w in found if not any(w in table for table in known))


def _is_common_noun(ent, common: frozenset[str]) -> bool:
    """Every capitalised word of the name is one the article uses as a common noun."""
    words = [t.text for t in _strip_ends(ent) if t.is_alpha and t.text[:1].isupper()]
    return bool(words) and all(w in common for w in words)


def _names_a_facility(ent) -> bool:
    """A place name followed by a capitalised place noun names a building or a street: "Westminster Hall"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in _place_words() and not after.ent_type_:
        return True
    # "Northtown City Hall": a known body's site name ("City Hall") after the place it is in
    if after is None or after.ent_iob_ != "B" or not after.ent_id_.startswith("org:") or after.lower_ == "the":
        return False
    end = after.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1].text in _place_words() and bool(doc[ent.end - 1].whitespace_)


def _ends_a_body_name(ent) -> bool:
    """A one-word country right after a body's name that modifies it: "StopWatch UK", "Unison Scotland"."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    return len(ent) == 1 and before is not None and before.ent_type_ == "ORG" and not before.whitespace_ == "" \
        and before.dep_ == "compound" and before.head.i == ent.start and ent[0].ent_id_ in COUNTRY_IDS


def _names_a_document(ent) -> bool:
    """An unknown capitalised name that modifies a following lower-case agreement word ("the Northgate Compact
    deal", "the Harbour Accord framework") names the agreement, not a place: a known place ("the Paris agreement")
    has a gazetteer id and never gets here."""
    root = ent[-1]
    head = root.head
    return root.dep_ == "compound" and head.i >= ent.end and head.is_lower \
        and head.lemma_ in word_class("policy_name_head")


COUNTRY_IDS = {"place:United Kingdom", "place:England", "place:Scotland", "place:Wales", "place:Northern Ireland"}


def _portfolio(ent, in_title: set[int]) -> bool:
    """The name after "Secretary for" or "Minister for" is the post's brief."""
    doc = ent.doc
    i = ent.start - 1
    return i > 0 and doc[i].lower_ == "for" and doc[i - 1].i in in_title \
        and doc[i - 1].lower_ in ("secretary", "minister")


def _possessed(ent) -> bool:
    """A possessor right before the name: "the force's …", "its …"."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    return before is not None and (before.text in ("'s", "’s") or before.lower_ in ("its", "their", "his", "her"))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(row["word"] for row in resources.read_csv("gazetteer/place_words.csv"))


SEAT_TITLES = {"mp", "msp", "mla", "ms", "am", "member"}


_APPG = re.compile(r"\bAll[- ]Party Parliamentary [Gg]roup (?:for|on) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*)*")


def _all_party_groups(doc, paragraphs: Paragraphs) -> list:
    """"the All Party Parliamentary Group for Cyclists": a committee of members of both Houses."""
    out = []
    for m in _APPG.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append((_mention(span, span.text, "organization", "Committee", "", paragraphs), span))
    return out


_ROAD = re.compile(r"[MA]\d{1,4}(?:\(M\))?")


def _roads(doc, paragraphs: Paragraphs) -> list:
    """"the M9", "on the A720": a motorway or A road by its number is a place."""
    return [(_mention(doc[t.i:t.i + 1], t.text, "place", "GPE", "", paragraphs), doc[t.i:t.i + 1]) for t in doc
            if _ROAD.fullmatch(t.text) and t.i > 0 and doc[t.i - 1].lower_ in ("the", "on", "of", "off", "from")]


_COMPASS = {"north", "south", "east", "west", "central", "mid"}


def _constituencies(doc, gaz: Gazetteer, paragraphs: Paragraphs) -> list:
    """A seat named whole as one place: "the MP for Northtown, Eastvale and Westby", "the constituency
    of Northtown and Eastvale", "Northtown East MP Jane Doe" (a place or compass word, no party or
    person, before a member's letters)."""
    out = []
    for t in doc:
        seq = []
        if (t.text in word_class("seat_letters") or t.lower_ in ("constituency", "seat")) and t.i + 1 < len(doc) \
                and doc[t.i + 1].lower_ in ("for", "of"):
            i = t.i + 2
            while i < len(doc) and (_capitalised(doc[i]) and doc[i].lower_ != "the"
                                    or doc[i].text in ("&", "and", ",") and i + 1 < len(doc)
                                    and _capitalised(doc[i + 1])):
                seq.append(doc[i])
                i += 1
            if "," in (x.text for x in seq) and not any(x.text in ("and", "&") for x in seq):
                seq = seq[:[x.text for x in seq].index(",")]  # "the MP for Northtown, Jane Doe,": a seat, then a name
        elif t.text in word_class("seat_letters"):
            i = t.i - 1
            while i >= 0 and (_capitalised(doc[i]) and not doc[i].is_sent_start or doc[i].is_sent_start
                              and doc[i].text[:1].isupper() and doc[i].lower_ != "the"
                              or doc[i].text in ("&", "and") and i > 0 and _capitalised(doc[i - 1])):
                seq.insert(0, doc[i])
                if doc[i].is_sent_start:
                    break
                i -= 1
            if not (any(x.lower_ in _COMPASS or x.ent_type_ in ("GPE", "LOC") for x in seq)
                    or _seat_after_the(seq)) \
                    or any(x.ent_type_ in ("PERSON", "NORP") or x.ent_id_.startswith("org:") for x in seq) \
                    or any(gaz.title_for(x.text) is not None for x in seq):
                continue
        while seq and seq[-1].text in ("&", "and", ","):
            seq.pop()
        if not seq or any(x.ent_id_.startswith("org:") for x in seq):
            continue
        span = doc[seq[0].i:seq[-1].i + 1]
        out.append((_mention(span, span.text, "place", "GPE", "", paragraphs), span))
    return out


def _possessive_parties(doc, gaz: Gazetteer, paragraphs: Paragraphs, taken: set[int]) -> list:
    """"Labour and Women's Voice Party candidates": a party whose name holds a possessive ("<People>'s
    <Cause> Party"), which the tagger may leave untagged or cut at the possessive ("Pensioners' | Justice Party"), is capitalised words, the possessive among them,
    ending in "Party" (a body noun of class PoliticalParty); no person, known body or title inside.
    Returned with the tokens they cover."""
    parties = {w for w, cls in word_values("body_noun").items() if cls == "PoliticalParty"}

    def plain(token) -> bool:  # untagged, or in a name the tagger read (and cut at the possessive) but nobody knows
        return not token.ent_type_ or token.ent_type_ == "ORG" and not token.ent_id_

    out = []
    for head in doc:
        if head.lower_ not in parties or not head.text[:1].isupper() or head.i in taken or not plain(head):
            continue
        start, owned = head.i, False
        while start > 0:
            prev = doc[start - 1]
            if _capitalised(prev) and prev.pos_ in _SHAPE_POS and plain(prev) and prev.i not in taken \
                    and prev.lower_ != "the":
                start -= 1
            elif not owned and prev.lower_ in ("'s", "’s", "'", "’") and start - 2 >= 0 \
                    and _capitalised(doc[start - 2]) and plain(doc[start - 2]) and start < head.i:
                start, owned = start - 2, True
            else:
                break
        if not owned or start == head.i or doc[start].is_sent_start and doc[start].pos_ != "PROPN":
            continue
        span = doc[start:head.i + 1]
        if gaz.title_for(span.text) is not None or span.text in gaz.org_index():
            continue
        taken.update(range(span.start, span.end))
        out.append((_mention(span, span.text, "organization", "PoliticalParty", "", paragraphs), span))
    return out


def _seat_after_the(seq) -> bool:
    """"The Northtown Vale MP agreed": two or more capitalised proper nouns the tagger left untagged, after
    "the" and before a member's letters, name the member's seat (a party or person is tagged or known)."""
    from .gender import given_names

    doc = seq[0].doc if seq else None
    return len(seq) >= 2 and seq[0].i > 0 and doc[seq[0].i - 1].lower_ == "the" \
        and all(x.pos_ == "PROPN" and not x.ent_type_ and x.text not in given_names() for x in seq)


def _names_a_seat(ent, in_title: set[int]) -> bool:
    """"the MP for Northtown Vale", "Member for Eastshire": the name after a member's "for" is a seat."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "for" or prep.i != ent.start - 1:
        return False
    post = prep.head
    return post.i in in_title and post.lower_ in SEAT_TITLES


def _names_a_place(ent) -> bool:
    """A possessive name followed by a place noun ("St James's Park") is a place, not a person."""
    return _place_end(ent) is not None


def _place_end(ent) -> int | None:
    """Where the place a possessive name starts ends: after "Park" in "St James's Park", after "Church"
    in "St Matthew's Catholic Church" (the name tagged whole or cut at the possessive); None for no place."""
    doc = ent.doc
    if len(ent) > 2 and ent[-1].text in _place_words() and any(t.text in ("'s", "’s") for t in ent):
        return ent.end
    i = ent.end
    if ent[-1].text not in ("'s", "’s"):
        if i >= len(doc) or doc[i].text not in ("'s", "’s"):
            return None
        i += 1
    while i < len(doc) and doc[i].text not in _place_words() and doc[i].is_title and i - ent.end < 3:
        i += 1  # "St Matthew's Catholic Church"
    return i + 1 if i < len(doc) and doc[i].text in _place_words() else None


@lru_cache(maxsize=4)
def _title_words(gaz: Gazetteer) -> frozenset[str]:
    """The words of the gazetteer's titles: once per gazetteer (immutable, hashed by identity), not once per
    article (normalising every title form was an eighth of a short text's extraction)."""
    words = set()
    for title in gaz.titles:
        for form in (title.title, *title.aliases):
            words.update(normalise_title(form).split())
    return frozenset(words - {"of", "for", "and", "the"})


def _mention(ent, text, kind, label, gid, paragraphs, honorific="") -> Mention:
    return Mention(text, kind, label, gid, honorific, span_evidence(ent, paragraphs))


def _person_mention(ent, title_words: set[str], paragraphs: Paragraphs) -> Mention | None:
    tokens = [t for t in ent if not t.is_space]
    doc = ent.doc
    # The tagger sometimes leaves a first name outside the entity ("Sadiq" in "Sadiq Khan").
    while tokens and tokens[0].i > 0:
        prev = doc[tokens[0].i - 1]
        if not (prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "" and prev.dep_ == "compound"
                and prev.head.i in {t.i for t in tokens} and prev.text.lower() not in title_words
                and prev.text not in HONORIFICS):
            break
        tokens.insert(0, prev)
    # ... and may stop at a hyphen inside a double-barrelled surname ("Ms Wools-Jenkins")
    while tokens and tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == "-" \
            and not tokens[-1].whitespace_ and not doc[tokens[-1].i + 1].whitespace_ \
            and doc[tokens[-1].i + 2].is_title and doc[tokens[-1].i + 2].is_alpha:
        tokens += [doc[tokens[-1].i + 1], doc[tokens[-1].i + 2]]
    honorific = ""
    # Leading titles and lowercase words are not part of a name ("Shadow home secretary Diane Abbott").
    while len(tokens) > 1 and (tokens[0].text in HONORIFICS or tokens[0].is_lower
                               or tokens[0].text.lower() in title_words or tokens[0].is_punct
                               or tokens[0].lower_.rstrip(".") in word_class("style_word")):  # "The Rt Hon
        if tokens[0].text in HONORIFICS:
            honorific = tokens[0].text
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].text.lower() in ("'s", "’s", "'", "’")
                      or len(tokens) > 2 and tokens[-1].is_upper and (tokens[-1].lower_ in title_words
                                                                      or tokens[-1].text in word_class("post_letters"))):
        tokens = tokens[:-1]  # "Jane Doe MSP": the post's letters are not part of the name
    if not tokens:
        return None
    span = doc[tokens[0].i: tokens[-1].i + 1]
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _non_body_heads():
        return None  # "the Uplift programme", "the Smith fund": the name of a scheme
    if len(span) == 1 and not honorific and (span[0].pos_ != "PROPN" or _NOUN_SUFFIX.search(span.text)):
        return None  # "Retention is a priority": a capitalised common noun the tagger took for a name
    text = _POSSESSIVE.sub("", span.text) if span.text.endswith(("'s", "’s")) else span.text
    particle = word_class("name_particle")  # "Ana Maria de Souza": a lowercase particle inside a name
    if not _plausible_name(text) or any(t.is_lower and not (t.lower_ in particle and tokens[0].i < t.i < tokens[-1].i)
                                        for t in tokens if t.is_alpha) or text in demonyms():
        return None  # "the four Welsh forces": a people's name, not a person's
    ev = span_evidence(doc[span.start - 1: span.end] if honorific else span, paragraphs)
    return Mention(text, "person", "PERSON", "", honorific, ev)


def _plausible_name(text: str) -> bool:
    if text.lower() in word_class("form_of_address"):
        return False  # "the hon. Gentleman"
    if _BAD_CHARS.search(text) or "\n" in text or len(text) > 60:
        return False
    words = text.split()
    if re.fullmatch(r"[A-Z]{2,}s", text):
        return False  # "MPs", "PCSOs": plural common nouns
    return 0 < len(words) <= 5 and not text.isupper() and words[0][:1].isupper()


def _person_shaped(ent, gaz: Gazetteer, in_title: set[int]) -> bool:
    """A name the tagger took for a body but the text says is a person's: two or three capitalised words
    with no body word, beginning with a known given name or set beside a title ("its chair, X")."""
    from .gender import given_names

    tokens = [t for t in _without_post_letters([t for t in ent if not t.is_space], gaz) if t.text != "-"]
    if ent.ent_id_ or not 2 <= len(tokens) <= 3 or not all(
            t.text[:1].isupper() and any(c.islower() for c in t.text) and t.is_alpha and t.pos_ == "PROPN"
            for t in tokens):  # "McInnes", "MacAskill": capitals inside a name too
        return False
    words = {t.lower_ for t in tokens}
    if words & {k for k, _ in gaz.org_keywords} or strip_the(ent.text) in gaz.org_index() or words & _non_body_heads():
        return False
    if ent.label_ == "GPE" and (tokens[-1].text in _place_words() or strip_the(ent.text) in gaz.place_index()):
        return False  # "Victoria Park" is a place
    root = ent.root
    beside_title = (root.dep_ in ("appos", "compound") and root.head.i in in_title) or any(
        c.dep_ == "appos" and c.i in in_title for c in root.children)
    return beside_title or tokens[0].text in given_names()


def _without_post_letters(tokens: list, gaz: Gazetteer) -> list:
    """"Jane Doe MSP" -> "Jane Doe": a post's capital letters after a name."""
    while len(tokens) > 2 and tokens[-1].is_upper and (gaz.title_for(tokens[-1].text) is not None
                                                       or tokens[-1].text in word_class("post_letters")):
        tokens = tokens[:-1]
    return tokens


def _slash_lists(doc) -> set[int]:
    """Tokens of lines listing names between slashes (a picture credit: "Jane Doe/ Northtown Police/
    Agency"), where names run into each other."""
    out: set[int] = set()
    line: list = []
    for t in list(doc) + [None]:
        if t is None or "\n" in t.text:
            text = "".join(w.text_with_ws for w in line)
            if text.count("/") >= 2 and "http" not in text and not re.search(r"\d/\d", text):
                out.update(w.i for w in line)
            line = []
        else:
            line.append(t)
    return out


def _title_case_lines(doc) -> set[int]:
    """Tokens of lines written in title case, every longer word capitalised and no full stop (a
    headline: "Minister Caves To Pressure Over Cuts"), where capitals mark no names."""
    out: set[int] = set()
    line: list = []
    for t in list(doc) + [None]:
        if t is None or "\n" in t.text:
            words = [w for w in line if w.is_alpha and len(w) > 3]
            if len(words) >= 4 and all(w.text[:1].isupper() for w in words) and line[-1].text != ".":
                out.update(w.i for w in line)
            line = []
        else:
            line.append(t)
    return out


def _written_lowercase(ent, doc) -> bool:
    """Does the text also write the name in lower case, as a word ("facial recognition" beside "Facial
    Recognition")? A substring test first: the pattern, over the whole text, only where it can match."""
    phrase = _strip_ends(ent).text.strip().lower()
    text = doc_text(doc)
    return phrase in text and re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def _named_in_body(ent, headline_at: set[int]):
    """The longest start of a headline name written so in the body too ("George Osborne" of "George
    Osborne Caves"), None when the body never writes it."""
    from spacy.tokens import Span  # here: the build's own process never imports spaCy
    doc = ent.doc
    body = " ".join(t.text for t in doc if t.i not in headline_at)
    for end in range(ent.end, ent.start, -1):
        words = [t.text for t in doc[ent.start:end]]
        if words[-1][:1].isupper() and re.search(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)", body):
            return Span(doc, ent.start, end, label=ent.label_)
    return None


def _indefinite_before(ent) -> bool:
    """Whether an indefinite article opens the noun phrase before a name ("a new national … board")."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].is_lower and ent.doc[i].pos_ in ("ADJ", "NOUN", "ADV"):
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in _INDEFINITE


def _org_mention(ent, gaz: Gazetteer, paragraphs: Paragraphs) -> Mention | None:
    from spacy.tokens import Span  # here: the build's own process never imports spaCy
    tokens = [t for t in ent if not t.is_space]
    doc = ent.doc
    if tokens and tokens[-1].text in ("&", "and"):  # "Russell &" of "Russell & Bromley": the tagger stopped short
        end = ent.end
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end == ent.end:
            return None
        ent = Span(doc, ent.start, end, label=ent.label_)
        tokens = [t for t in ent if not t.is_space]
    if len(tokens) == 1 and (end := _name_cut_short(ent, gaz)) > ent.end:
        ent = Span(doc, ent.start, end, label=ent.label_)  # "A Northland Agencies statement": both words name it
        tokens = [t for t in ent if not t.is_space]
    if len(tokens) == 1 and tokens[0].is_upper and any(
            m.group(1).islower() or m.group(1).lower() in _non_body_heads() for m in re.finditer(
                r"(?<![\w-])([A-Za-z][a-z-]*)\s+\(" + re.escape(tokens[0].text) + r"\)", doc_text(doc))):
        return None  # "full-time equivalent (FTE)", "the … Action Programme (TKAP)": letters for no body
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("called", "named", "dubbed") \
            and doc[ent.start - 2].lemma_.lower() in _non_body_heads():
        return None  # "a new scheme called Police Connect": the scheme's name
    if ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].lower_ in _non_body_heads() | word_class(
            "event_head") and tokens and tokens[-1].lower_ not in {k for k, _ in gaz.org_keywords}:
        return None  # "the Union flag", "the Policing Matters meetings": a thing named after it
    if not tokens or len(tokens) > 8 or all(t.is_lower for t in tokens if t.is_alpha):
        return None
    if any(ch in ent.text for ch in _QUOTE_MARKS if ch not in "’'"):
        return None  # a quoted title ("the “Safer Streets Fund” scheme"), not a body
    if len(tokens) == 1 and tokens[0].tag_ in ("NNS", "NNPS") and tokens[0].lower_.endswith("s"):
        return None  # "Councillors said": a plural noun; one-word plural bodies ("Tories") are in the gazetteer
    if tokens[-1].text.endswith("s") and tokens[-1].text[:-1] in demonyms():
        return None  # "Black Londoners", "young Glaswegians": the people of a place, not a body
    if len(tokens) == 1 and ent.start and ent.doc[ent.start - 1].lower_ in ("her", "his", "their", "its", "my", "our",
                                                                           "your"):
        return None  # "her Department", "our Service": a capitalised common noun, not a name
    if len(tokens) == 1 and tokens[0].is_upper and tokens[0].is_alpha and not _letters_act_as_a_body(doc, tokens[0].text):
        return None  # "CCTV and DNA advances", "CSO numbers": letters for a thing, never a body in the text
    ent_text = re.split(r"\s*\(", ent.text)[0]  # "X Body (XB" when the tagger swallows a bracket
    if not ent_text.strip():
        return None
    text = strip_the(ent_text)
    if text.lower() in word_class("form_of_address"):
        return None
    if _BAD_CHARS.search(text.replace("&", "")) or re.fullmatch(r"[A-Z]{2,}s", text):
        return None  # "MPs", "PCSOs": plural common nouns, not organisations
    if gaz.title_for(text) is not None:
        return None  # a bare title ("Commissioner") is a role mention, not an organisation
    if text.split()[-1].lower() in _non_body_heads() | word_class("event_head"):
        return None  # "the Government Police Funding Settlement", "the Knife Crime Summit": not a body
    span = ent.doc.char_span(ent.start_char + ent.text.find(text), ent.start_char + ent.text.find(text) + len(text),
                             alignment_mode="expand") or ent
    cls = "PoliceBody" if _police_unit(text) else gaz.org_class_for_name(text)
    return _mention(span, text, "organization", cls, "", paragraphs)


def _name_cut_short(ent, gaz: Gazetteer) -> int:
    """"A Northland Agencies statement said …": a one-word name the tagger stopped short of the capitalised
    word after it, both modifying the lowercase noun that follows, ends with that word (no title, no person's
    name, no word the tagger gave to another name)."""
    doc = ent.doc
    end = ent.end
    if end + 1 >= len(doc) or not ent[0].is_alpha or ent[0].dep_ != "compound":
        return end
    nxt, head = doc[end], doc[end + 1]
    if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper and nxt.tag_ in ("NNP", "NNPS")
            and not nxt.ent_type_ and nxt.dep_ == "compound" and nxt.head.i == head.i and ent[0].head.i in (nxt.i, head.i)
            and head.is_lower and head.pos_ == "NOUN" and nxt.whitespace_):
        return end
    if gaz.title_for(nxt.text) is not None or gaz.title_for(nxt.lemma_) is not None \
            or gaz.title_for(f"{ent.text} {nxt.text}") is not None:
        return end  # "Federation Chairman X", "Police Commissioner X": a post
    return end + 1


def _letters_act_as_a_body(doc, letters: str) -> bool:
    """Do letters no gazetteer knows stand for a body somewhere in the text: spelt out in brackets after
    a name, with "the" ("the PPS"), as a possessor, as the subject of a speech verb ("ABC said"), as an
    agent ("criticised by ABC"), or before a word for its members or voices ("ABC officials")?"""
    from .quotes import speech_verbs  # quotes never imports this module

    if re.search(r"\(" + re.escape(letters) + r"\)", doc_text(doc)):
        return True
    voices = _member_nouns() | word_class("proxy_noun") | word_class("spokesperson")
    for t in doc:
        if t.text != letters:
            continue
        before = doc[t.i - 1] if t.i else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.lower_ == "the" or after is not None and after.text in ("'s", "’s"):
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in speech_verbs() and any(
                c.dep_ in ("ccomp", "parataxis") for c in t.head.children):
            return True  # "ABC said it would …", not "Drone and camera upgrades add to costs"
        if t.dep_ == "pobj" and t.head.lower_ == "by":
            return True
        if after is not None and (after.lower_ in voices or after.lemma_.lower() in voices):
            return True
    return False


def _kind_word_of_a_post(ent, title_words: set[str]) -> bool:
    """"the former Cabinet minister": a one-word kind of body before a post or a member noun, where the
    story names no body of that kind in full, names the post, not a body."""
    doc = ent.doc
    core = _strip_ends(ent)
    after = doc[core.end] if core.end < len(doc) else None
    if len(core) != 1 or kind_words(core.text) is None or after is None or not after.is_alpha or not (
            after.lower_ in title_words or after.lemma_.lower() in _member_nouns() or after.lower_ in _member_nouns()):
        return False
    # "Assembly members" where the story names the London Assembly: its members, so that body
    return not any(len(e) > 1 and e[-1].lower_ == core[0].lower_ for e in doc.ents if e.start != core.start)


def _a_place_after_the(ent) -> bool:
    """"gangs operating in the Channel": one capitalised word, no kind of body, after "in the", "across the"
    or "off the", which the tagger read as a body, is a place."""
    doc = ent.doc
    core = _strip_ends(ent)
    return len(core) == 1 and core[0].is_title and core.start >= 2 and doc[core.start - 1].lower_ == "the" \
        and doc[core.start - 2].lower_ in ("in", "across", "off") and kind_words(core.text) is None \
        and not (core.end < len(doc) and (doc[core.end].text in ("'s", "’s") or doc[core.end].is_title))


def _plain(ent, kind: str, paragraphs: Paragraphs) -> Mention | None:
    doc = ent.doc
    end = ent.end
    if end < len(doc) and ent[-1].text in ("'s", "’s") and doc[end].is_title and not doc[end].ent_type_:
        end += 1  # the tagger kept the possessive but not the noun after it
    # "St James's Park": the tagger stops at the possessive of a place name
    while end + 1 < len(doc) and doc[end].text in ("'s", "’s") and doc[end + 1].is_title \
            and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].ent_type_:
        end += 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
    ent = doc[ent.start:end]
    text = strip_the(ent.text)
    if not _plausible_name(text) and not text.isupper():
        return None
    if kind == "place" and len(ent) == 1 and (ent[0].tag_ in ("NNS", "NNPS") or text.rstrip("s") in demonyms()):
        return None  # "Londoners": the people of a place, not the place
    return _mention(ent, text, kind, ent.label_, "", paragraphs)


def acronym_aliases(doc, mentions: Iterable[Mention]) -> dict[str, str]:
    """"Police Remuneration Review Body (PRRB)" -> {"PRRB": "Police Remuneration Review Body"}."""
    aliases = {}
    for m in mentions:
        if m.kind != "organization" or len(m.text.split()) < 2:
            continue
        match = _ACRONYM_AFTER.match(doc_text(doc)[m.evidence.end: m.evidence.end + 16])
        if match:
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", m.text) if w[0].isupper())
            if match.group(1).upper() == initials.upper():
                aliases[match.group(1)] = m.text
    return aliases


def resolve(mentions: list[Mention], *, gazetteer: Gazetteer, acronyms: dict[str, str] | None = None,
            area: str = "", article_key: str = "") -> list[Entity]:
    """Group mentions into entities; short person forms join the full name they refer to.

    `area` is the area of the story's one territorial force and `article_key` tells this article from
    others: they give a body named only by its kind (`_generic_bodies`) an identity of its own."""
    acronyms = acronyms or {}
    mentions = _people_taken_for_bodies(mentions)
    full_names: dict[str, list[Mention]] = defaultdict(list)  # person key -> mentions
    for m in mentions:
        if m.kind == "person" and len(m.text.split()) >= 2:
            full_names[name_key(m.text)].append(m)
    surnames = defaultdict(set)
    firstnames = defaultdict(set)
    for key in full_names:
        words = key.split()
        surnames[words[-1]].add(key)
        firstnames[words[0]].add(key)

    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[_group_key(m, full_names, surnames, firstnames, gazetteer, acronyms)].append(m)
    groups, names = _generic_bodies(groups, gazetteer, area, article_key)

    entities = []
    for (kind, key), ms in groups.items():
        if kind == "drop":
            continue
        entity = _entity(kind, key, ms, gazetteer, acronyms)
        if (kind, key) in names:
            name = names[(kind, key)]
            entity = replace(entity, name=name, aliases=tuple(sorted(
                {a for a in (entity.name, *entity.aliases) if a != name})))
        entities.append(entity)
    entities.sort(key=lambda e: (min(ev.start for ev in e.mentions), e.key))
    return entities


@lru_cache(maxsize=1)
def _generic_words() -> tuple[frozenset[str], frozenset[str]]:
    return word_class("generic_body_head"), word_class("generic_body_word")


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w-]+", name.lower().replace("’", "'")))


def kind_words(name: str) -> tuple[str, ...] | None:
    """The words of a name made only of words for a kind of body ("the Police and Crime Panel", "the
    Council", "the Force"; `word_classes.csv` generic_body_head, generic_body_word), else None. Every
    area or body has one of that kind, so such a name alone names none in particular."""
    heads, words = _generic_words()
    found = _words(name)
    if found and found[0] == "the":
        found = found[1:]
    if found and found[-1] in heads and all(w in heads or w in words for w in found):
        return found
    return None


def _generic_bodies(groups: dict, gaz: Gazetteer, area: str, article_key: str) -> tuple[dict, dict]:
    """One identity for each body the article names only by its kind, or by letters it never spells out,
    so that a corpus never makes one node of two areas' bodies:

    - the one body the article names in full with those words at its end ("the Northtown Police and Crime
      Panel" for "the police and crime panel"), or whose initials the letters begin ("APPG" for "the All
      Party Parliamentary Group for Cyclists");
    - for a capitalised anaphor ("the Force", "the Inspectorate"; `anaphors.csv`) the one body it fits;
    - for a kind every force area has (`force_area_body`), that of the story's one force, and named so
      ("Kent Police and Crime Panel");
    - else the article's own body of that kind, never merged with another article's.

    Returns the regrouped mentions and the names of the groups keyed anew (by area or article)."""
    from .quotes import fits_name, org_anaphors  # quotes never imports this module

    def group_name(key, ms) -> str:
        if key[1].startswith("org:") and key[1][4:] in gaz.orgs:
            return gaz.orgs[key[1][4:]].label
        return max((m.text for m in ms), key=lambda t: (len(t.split()), len(t), t))

    kinds = {key: kind_words(group_name(key, ms)) if key[0] == "organization" else None
             for key, ms in groups.items()}
    specific = {key: [group_name(key, ms)] + [m.text for m in ms] for key, ms in groups.items()
                if key[0] == "organization" and kinds[key] is None}
    area_kinds = {tuple(w for w in k if w != "and") for k in _force_area_bodies()}
    moved: dict = {}
    names: dict = {}
    for key, ms in groups.items():
        kind = kinds[key]
        letters = ms[0].text if key[0] == "organization" and not key[1].startswith("org:") and all(
            m.text.isupper() and m.text.isalpha() and len(m.text) >= 3 for m in ms) else ""
        if kind is None and not letters:
            continue
        if kind is not None:
            fits = {k for k, forms in specific.items()
                    if any(len(w := _words(f)) > len(kind) and w[-len(kind):] == kind for f in forms)}
            anaphor = org_anaphors().get(kind[0]) if len(kind) == 1 else None
            if not fits and anaphor is not None and anaphor.name_words:
                fits = {k for k, forms in specific.items() if fits_name(forms[0], anaphor)}
            elif not fits and anaphor is not None:  # "the Department": the one body of its classes
                fits = {k for k in specific if fits_name(specific[k][0], anaphor)
                        and any(m.label in anaphor.classes for m in groups[k])}
        else:
            fits = {k for k, forms in specific.items() if k != key and any(
                len(_initials(f)) > len(letters) and _initials(f).startswith(letters) for f in forms)}
        if len(fits) == 1:
            moved[key] = next(iter(fits))
        elif kind is not None:
            label = group_name(key, ms)
            label = _kind_label(label) if label.islower() else label  # the gazetteer's name, or as capitalised
            if area and tuple(w for w in kind if w != "and") in area_kinds:
                moved[key] = ("organization", name_key(f"{area} {label}"))
                names[moved[key]] = f"{area} {label}"
            else:
                moved[key] = ("organization", " ".join(kind) + ("@article:" + article_key if article_key else ""))
                names[moved[key]] = label
    out: dict = defaultdict(list)
    for key, ms in groups.items():
        out[moved.get(key, key)].extend(ms)
    return dict(out), names


def _initials(name: str) -> str:
    """"All Party Parliamentary group for Cyclists" -> "APPGC": the first letters of its words but links."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)
                   if w.lower() not in ("of", "for", "and", "the", "on")).upper()


def _people_taken_for_bodies(mentions: list[Mention]) -> list[Mention]:
    """"calls from Leanne Doe" tagged as a body, then "Ms Doe": a name whose last word is the surname
    the article gives an honorific is that person's, and so is a later bare first name ("Leanne")."""
    honoured = {m.text for m in mentions if m.kind == "person" and m.honorific and len(m.text.split()) == 1}
    out, firsts = [], set()
    for m in mentions:
        words = m.text.split()
        if m.kind == "organization" and not m.gazetteer_id and 2 <= len(words) <= 3 and words[-1] in honoured \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            m = replace(m, kind="person", label="PERSON")
            firsts.add(words[0])
        out.append(m)
    return [replace(m, kind="person", label="PERSON") if m.kind == "organization" and not m.gazetteer_id
            and m.text in firsts else m for m in out]


def _group_key(m, full_names, surnames, firstnames, gaz, acronyms) -> tuple[str, str]:
    key = name_key(m.text)
    single = len(key.split()) == 1
    if m.kind == "person":
        if not single:
            return "person", key
        # "Mr Rowley" is a surname, but a knight or dame goes by the first name: "Sir Mark", "Dame Cressida"
        by_first = not m.honorific or m.honorific in ("Sir", "Dame")
        candidates = surnames.get(key) or (firstnames.get(key, set()) if by_first else set())
        candidates = {k for k in candidates if _sex_fits(m.honorific, full_names[k])}
        if candidates:
            return "person", _nearest(candidates, m, full_names)
        return "person", key
    if single and not m.gazetteer_id and surnames.get(key):
        # The statistical tagger sometimes calls a surname an ORG or GPE.
        return "person", _nearest(surnames[key], m, full_names)
    if m.kind == "organization":
        if m.gazetteer_id:
            return "organization", "org:" + m.gazetteer_id
        org = gaz.plain_org_index().get(m.text)
        if org is not None:
            return "organization", "org:" + org.id
        return "organization", name_key(acronyms.get(m.text, m.text))
    if m.gazetteer_id:
        return "place", "place:" + name_key(m.gazetteer_id)
    place = gaz.place_index().get(m.text)
    return "place", "place:" + name_key(place.label if place else m.text)


def _sex_fits(honorific: str, full: list[Mention]) -> bool:
    """"Mr Doe" is not Grace Doe: an honorific's sex must not contradict the full name's."""
    from .gender import FEMALE_HONORIFICS, MALE_HONORIFICS, sex_of

    wanted = "f" if honorific in FEMALE_HONORIFICS else "m" if honorific in MALE_HONORIFICS else ""
    if not wanted:
        return True
    sex = sex_of(full[0].text, tuple(f"{x.honorific} {x.text}" for x in full if x.honorific))
    return sex in ("", wanted)


def _nearest(candidates: set[str], m: Mention, full_names) -> str:
    """Of several full names sharing a surname, the one mentioned last before m (else first after)."""
    def last_before(key):
        starts = [x.evidence.start for x in full_names[key] if x.evidence.start <= m.evidence.start]
        return max(starts) if starts else -1
    return max(sorted(candidates), key=lambda k: (last_before(k), -min(x.evidence.start for x in full_names[k])))


_BODY_CLASSES = {"PoliceBody", "GovernmentBody", "Committee", "PoliticalParty", "MediaOrganization"}


def _entity(kind: str, key: str, ms: list[Mention], gaz: Gazetteer, acronyms) -> Entity:
    ms = sorted(ms, key=lambda m: m.evidence.start)
    forms = []
    for m in ms:
        form = f"{m.honorific} {m.text}" if m.honorific else m.text
        if form not in forms:
            forms.append(form)
    if kind == "organization" and key.startswith("org:") and key[4:] in gaz.orgs:
        org = gaz.orgs[key[4:]]
        name, types = org.label, (org.cls,)
    elif kind == "organization":
        name = max((m.text for m in ms), key=lambda t: (len(t.split()), len(t), t))
        name = acronyms.get(name, name)
        types = (gaz.org_class_for_name(name),)
        if types == ("Organization",) or any(m.label == "Committee" for m in ms) \
                or any(m.label in ("GovernmentBody", "MediaOrganization") and m.text == name for m in ms):
            # a unit of a government body stays one ("the Home Office Police Standards Unit")
            # "the ONS Centre for …": a unit takes the class of the body it is of; "the All Party … Group" is a
            # committee whatever words its name holds
            types = next(((m.label,) for m in ms if m.label in _BODY_CLASSES), types)
    elif kind == "place":
        label = next((m.gazetteer_id for m in ms if m.gazetteer_id), "")
        place = gaz.places.get(label) or gaz.place_index().get(ms[0].text)
        name, types = (place.label if place else ms[0].text), ("Place",)
    else:
        name = max((m.text for m in ms), key=lambda t: (len(t.split()), len(t), t))
        types = ("Person",)
    aliases = tuple(sorted({f for f in forms if f != name}))
    mentions: tuple[Evidence, ...] = tuple(m.evidence for m in ms)
    entity_key = key if key.startswith(("org:", "place:")) else f"{'person' if kind == 'person' else 'org'}:{key}"
    return Entity(entity_key, kind, name, types, aliases, mentions)
