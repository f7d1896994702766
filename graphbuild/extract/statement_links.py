"""Links from quotes and figures to the bodies and policies they stand for or are about.

A quote or a figure is a statement node: through it, its speaker or its subject is tied to what it says
something about. Three readings, each true of the sentence it comes from:
  * a quote set in a clause that names a policy as the thing described ("X called the plans “oppressive”",
    "the deal is “a sham”") is about that policy;
  * a quote whose speaker the text presents by a post at a body ("X, campaigns officer at Y, said") is said
    on behalf of that body (not for a former post, nor a seat the speaker merely holds in a chamber);
  * a count whose counted noun is the act a policy consists of ("4,000 searches were carried out" in a story
    about stop and search, "86 votes were cast" on a named vote) counts that policy's uses; an amount inside a
    policy's own phrase ("a 3.4% pay offer", "£1bn of cuts") is that policy's size.
"""
from __future__ import annotations

from dataclasses import replace

from ..gazetteer import word_class
from ..records import Figure, Policy, Quote, Relation, Role
from .common import PLACEHOLDER_PREFIX, heads_to_clause
from .quotes import speech_verbs

# where, below the verb of the clause a quote sits in, the thing the quote describes stands
_DESCRIBED = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "oprd"))
# a side clause below such an argument says something else ("the plan, which was dropped, ...")
_SIDE_CLAUSES = frozenset(("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos"))


def _policy_tokens(doc, policies: list[Policy]) -> dict[int, str]:
    at: dict[int, str] = {}
    for p in policies:
        for ev in p.mentions:
            for t in doc.char_span(ev.start, ev.end, alignment_mode="expand") or []:
                at.setdefault(t.i, p.key)
    return at


def _phrase(token):
    """The tokens of a noun phrase, without the clauses hanging from it."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _SIDE_CLAUSES)
    return out


def _described_policy(span, policy_at: dict[int, str]) -> str:
    """The policy the clause holding a quote describes: an argument of the quote's nearest verb (the
    quote's own words excluded), or the object of a preposition on it ("of the plan", "over the cuts")."""
    node = span.root
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and not (span.start <= node.i < span.end):
            break
        if node.head.i == node.i:
            return ""
        node = node.head
    else:
        return ""
    if node.pos_ not in ("VERB", "AUX"):
        return ""
    inside = range(span.start, span.end)
    # who says the words is not what they are about ("the report said: “…”")
    described = _DESCRIBED - {"nsubj"} if node.lemma_.lower() in speech_verbs() else _DESCRIBED
    args = [c for c in node.children if c.dep_ in described and c.i not in inside]
    args += [g for c in node.children if c.dep_ == "prep" and c.i not in inside
             for g in c.children if g.dep_ == "pobj" and g.i not in inside]
    # an argument holding the quote itself sets it beside the policy ("dealing with cuts and “threats”")
    args = [a for a in args if not (a.left_edge.i <= span.root.i <= a.right_edge.i)]
    found = sorted({policy_at[t.i] for a in args for t in _phrase(a) if t.i in policy_at and t.i not in inside})
    return found[0] if len(found) == 1 else ""


def quotes_about_policies(doc, quotes: list[Quote], policies: list[Policy]) -> list[Quote]:
    """Each quote with the policy its clause describes, when its words do not name it already."""
    policy_at = _policy_tokens(doc, policies)
    out = []
    for q in quotes:
        if q.evidence is None or q.about:
            out.append(q)
            continue
        span = doc.char_span(q.evidence.start, q.evidence.end, alignment_mode="expand")
        key = _described_policy(span, policy_at) if span is not None and len(span) else ""
        out.append(replace(q, about=key) if key and key not in q.mentions else q)
    return out


def _post_speaks_for(title: str) -> bool:
    """Whether a post's holder acts for the body it is at: not a seat (MP, member), nor an elected office,
    held for an area or its people rather than at the body the text ties it to (a commissioner's force)."""
    title = " ".join(title.lower().replace("-", " ").replace(",", " ").split())
    return not set(title.split()) & word_class("membership_post") and title not in word_class("elected_office")


def _speaks_for(role: Role) -> bool:
    if not role.organisation.startswith("org:"):
        return False
    if role.qualifier and role.qualifier.lower() in word_class("past_qualifier"):
        return False
    return _post_speaks_for(role.title)


def _bodies_spoken_for(roles: list[Role]) -> dict[str, str]:
    """Each person the text presents by a post at exactly one body (a post they hold, not a seat nor an
    elected office), with that body: what they say or do in the story, they say or do for it."""
    bodies: dict[str, set[str]] = {}
    for r in roles:
        if r.person and _speaks_for(r) and r.organisation != r.person:
            bodies.setdefault(r.person, set()).add(r.organisation)
    return {person: next(iter(own)) for person, own in bodies.items() if len(own) == 1}


def quotes_for_bodies(quotes: list[Quote], roles: list[Role]) -> list[Quote]:
    """Each quote of a person the text presents by a post at one body, said on behalf of that body."""
    bodies = _bodies_spoken_for(roles)
    return [replace(q, on_behalf_of=bodies[q.speaker]) if q.speaker in bodies and not q.on_behalf_of else q
            for q in quotes]


def relations_for_bodies(relations: list[Relation], roles: list[Role], policies: list[Policy]) -> list[Relation]:
    """Each statement of a person's act on a policy ("the Home Secretary, X, announced the plan"), done on
    behalf of the one body their post is at (the same reading as a quote's). Only acts on policies: a
    person's stance on another person or body is often their own."""
    bodies, keys = _bodies_spoken_for(roles), {p.key for p in policies}
    acts = word_class("act_for_a_body")
    out = []
    for r in relations:
        body = bodies.get(r.subject, "")
        if r.subject.startswith(PLACEHOLDER_PREFIX):  # "the Home Secretary announced", the post's body in the text
            title, _, at = r.subject[len(PLACEHOLDER_PREFIX):].partition("|")
            body = at if at.startswith("org:") and _post_speaks_for(title) else ""
        ok = body and body != r.object and not r.on_behalf_of and (r.object in keys or r.predicate in acts)
        out.append(replace(r, on_behalf_of=body) if ok else r)
    return out


def _heads(span) -> set[str]:
    """The head word of a policy's mention, the words coordinated with it, and, for a mention that is one
    noun phrase with no complement ("stop and search", "dispersal orders"), its last noun (the parse of a
    coordinated name is often wrong)."""
    root = span.root
    heads = {t.lemma_.lower() for t in (root, *(c for c in root.children if c.dep_ == "conj"))
             if t.pos_ in ("NOUN", "PROPN", "VERB")}
    words = [t for t in span if not t.is_punct and not t.is_space]
    coordinated = any(t.dep_ == "cc" for t in words)  # "stop and search", whose first word may parse as a verb
    if words and words[-1].pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("ADP", "PART", "VERB", "AUX")
                                                                 for t in words[1 if coordinated else 0:]):
        heads.add(words[-1].lemma_.lower())
    return heads


def _sized_policy(span, policy_at: dict[int, str]) -> str:
    """The policy whose own phrase holds an amount: the mention it sits in, the noun it modifies ("a 3.4% pay offer", "a 20%
    cut in funding") or the "of" object it heads ("£1bn of cuts"), when that noun is a policy's mention."""
    inside = [policy_at[t.i] for t in span if t.i in policy_at]
    if inside:  # a figure inside a policy's own mention ("a pledge to recruit 3,500 officers")
        return inside[0]
    root = span.root
    noun = None
    if root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod") and root.head.pos_ == "NOUN":
        noun = root.head
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
            noun = noun.head
    else:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return policy_at.get(noun.i, "") if noun is not None else ""


def figures_counting_policies(doc, figures: list[Figure], policies: list[Policy]) -> list[Figure]:
    """Each count whose counted noun is the head of a policy named in the article counts that policy
    (the one mentioned nearest the figure)."""
    heads: list[tuple[int, str, str]] = []  # (mention start, head lemma, policy key)
    for p in policies:
        for ev in p.mentions:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is not None and len(span):
                heads.extend((ev.start, h, p.key) for h in _heads(span))
    policy_at = _policy_tokens(doc, policies)
    out = []
    for f in figures:
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand") if f.evidence else None
        if span is None or not len(span) or f.quantifies:
            out.append(f)
            continue
        sized = _sized_policy(span, policy_at)
        if sized and sized not in (f.about, f.cause):
            out.append(replace(f, quantifies=sized))
            continue
        if f.unit not in ("count", "votes"):
            out.append(f)
            continue
        noun = span.root.head if span.root.dep_ == "nummod" else None
        if noun is None or noun.pos_ != "NOUN" or not noun.tag_.endswith("S") and f.unit == "count":
            out.append(f)
            continue
        near = sorted((abs(start - f.evidence.start), key) for start, lemma, key in heads
                      if lemma == noun.lemma_.lower())
        key = near[0][1] if near else ""
        out.append(replace(f, quantifies=key) if key and key not in (f.about, f.cause) else f)
    return out


# prepositions that set a figure within a policy's working: "300 staff left through the exit scheme",
# "under the plans 500 posts will go", "recruited as part of the programme"
_FRAMEWORK = frozenset(("through", "under", "via"))
_DURATIONS = frozenset(("years", "months", "weeks", "days", "decades", "hours", "minutes", "seconds"))


# prepositions that set a vote count on the measure voted on: "rejected by 87 votes to 54 over the scheme"
_VOTED_ON = frozenset(("over", "on", "for", "against"))


def _framework_policy(span, policy_at: dict[int, str], markers: frozenset[str] = _FRAMEWORK) -> str:
    for head in heads_to_clause(span):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            part = prep.lower_ == "as" and any(c.lower_ == "part" for c in prep.children)
            if prep.lower_ not in markers and not (part and markers is _FRAMEWORK):
                continue
            own = [policy_at[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in policy_at]
            if own:  # "over plans to give the police powers to X": the plans, which hold the powers
                return own[0]
            found = sorted({policy_at[t.i] for t in prep.subtree if t.i in policy_at
                            and not (span.start <= t.i < span.end)})
            if len(found) == 1:
                return found[0]
    return ""


def _voted_measure(span, policy_at: dict[int, str]) -> str:
    """The measure a vote count was cast on: over, on, for or against it ("defeated by 31 votes to 24 over
    the plans"), or the subject or object of the verb the count completes ("the bill was passed by 300 votes
    to 200", "MPs backed the bill by 300 votes")."""
    key = _framework_policy(span, policy_at, _VOTED_ON)
    if key:
        return key
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return ""
    found = sorted({policy_at[c.i] for c in node.children
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in policy_at
                    and not (c.left_edge.i <= span.root.i <= c.right_edge.i)})
    return found[0] if len(found) == 1 else ""


def figures_under_policies(doc, figures: list[Figure], policies: list[Policy]) -> list[Figure]:
    """Each figure whose clause sets it under, through or as part of one policy, with that policy as its
    cause when the figure has none; a vote count cast over or on one policy counts that policy's vote."""
    policy_at = _policy_tokens(doc, policies)
    out = []
    for f in figures:
        if f.unit == "votes" and not f.quantifies and f.evidence is not None:
            span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
            key = _voted_measure(span, policy_at) if span is not None and len(span) else ""
            if key and key != f.about:
                f = replace(f, quantifies=key)
        if f.unit in _DURATIONS:  # "in the last two months as part of the programme": a period, not its work
            out.append(f)
            continue
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand") if f.evidence else None
        key = _framework_policy(span, policy_at) if span is not None and len(span) and not f.cause else ""
        out.append(replace(f, cause=key) if key and key not in (f.about, f.quantifies) else f)
    return out


def _in_a_speakers_phrase(token) -> bool:
    """Whether a token stands in the subject of a speech verb ("The HMIC report said", "The author of the
    report concluded"): the source of the words, not what they go on about."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "dep", "appos") and t.i < t.head.i
               and t.head.lemma_.lower() in speech_verbs() for t in (token, *token.ancestors))


def quotes_after_a_policy(doc, quotes: list[Quote], policies: list[Policy]) -> list[Quote]:
    """Each whole quote naming no policy, in a paragraph that names one and only one policy before it ("X
    said police used stop and search fairly and added: “…”"): the words go on about it. (The paragraph
    before is no guide: a new paragraph often turns to something else.)"""
    by_para: dict[int, set[tuple[int, str]]] = {}
    for p in policies:
        for ev in p.mentions:
            span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is not None and len(span) and not _in_a_speakers_phrase(span.root):
                by_para.setdefault(ev.paragraph, set()).add((ev.start, p.key))
    keys_of = {p.key for p in policies}
    out = []
    for q in quotes:
        if q.evidence is None or q.about or q.partial or keys_of.intersection(q.mentions):
            out.append(q)
            continue
        keys = {k for s, k in by_para.get(q.evidence.paragraph, set()) if s < q.evidence.start}
        out.append(replace(q, about=next(iter(keys))) if len(keys) == 1 else q)
    return out


def quotes_for_named_bodies(doc, quotes: list[Quote], entities) -> list[Quote]:
    """Each quote whose speaker the sentence giving it presents as "of", "from" or "at" one body ("Tom
    Reed, from Cycling Forward, said"), said on behalf of that body when no post says so already."""
    at: dict[int, str] = {}
    kinds = {e.key: e.kind for e in entities}
    for e in entities:
        for ev in e.mentions:
            for t in doc.char_span(ev.start, ev.end, alignment_mode="expand") or []:
                at[t.i] = e.key
    out = []
    for q in quotes:
        if q.on_behalf_of or q.evidence is None or kinds.get(q.speaker) != "person":
            out.append(q)
            continue
        sent = doc.char_span(q.evidence.sentence_start, q.evidence.sentence_end, alignment_mode="expand")
        names = [t for t in sent or () if at.get(t.i) == q.speaker and at.get(t.head.i) != q.speaker]
        bodies = {at.get(g.i) for t in names for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "at")
                  for g in c.children if g.dep_ == "pobj"}
        bodies = {b for b in bodies if b and kinds.get(b) == "organization"}
        out.append(replace(q, on_behalf_of=bodies.pop()) if len(bodies) == 1 else q)
    return out
