"""Which policy a mention means across a corpus: one node per owning body and year where every body has one.

A vocabulary policy is one node for the whole corpus, and a built policy one per description. That
is right for a national power ("stop and search") but not for an instrument every body has: two
forces' "Police and Crime Plan" are two plans, and the 2019 pay award is not the 2020 one. The
column `per` of `ontology/gazetteer/policies.csv` (and of `policy_heads.csv`, for policies built
from a head noun's description) says what tells instances apart: `body`, `year` or both. A mention
of such a policy is keyed by what the text names with it — the body or place ("the West Yorkshire
Police and Crime Plan", "Kent's precept", "the plan of Kent Police"), the year ("the 2020 pay
rise", "a pay rise in 2019") —; a mention naming neither means the one its article named last
(or, failing that, next). Where the article never names what `per` asks for, nothing says whose or
which it is, and the policy stays its article's own: keyed by the article, never merged with
another article's. Keys stay deterministic: the owner's entity key, the year as written, the
article's content hash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import resources
from ..gazetteer import load as load_gazetteer, word_class, word_values
from .common import first_mentions, name_key, retarget

YEAR = re.compile(r"^(?:19|20)\d\d(?=$|[/–-]\d\d)")
OWNER_KINDS = ("organization", "place", "person")
COMPLEMENT_PREPS = ("of", "for", "to", "on", "into", "in")
OWNER_PREPS = ("of", "for", "in")
MODIFIER_DEPS = ("poss", "compound", "nmod", "amod", "nummod")
RELATIVE_YEARS = {"this": 0, "last": -1, "next": 1}
TIME_WORDS = frozenset(("year", "month", "week", "day", "today", "tomorrow", "yesterday"))


@dataclass(frozen=True)
class Scope:
    """What a mention's text names with it: an owner (entity key and name) and a year."""

    owner: str = ""
    owner_name: str = ""
    year: str = ""
    local: bool = False  # an owner described, not named ("the commissioner's plan"): this article's
    entity: str = ""  # the article's entity that names the owner ("Kent Police" for the place Kent)
    amount: str = ""  # the amount named with it ("a 5% pay rise"), as written, its value and unit
    amount_value: str = ""

    @property
    def amount_unit(self) -> str:
        return self.amount_value.lstrip("0123456789.")


@lru_cache(maxsize=1)
def vocabulary_scopes() -> dict[str, frozenset[str]]:
    """Vocabulary key -> what tells its instances apart (empty: one policy for the whole corpus)."""
    return {f"policy:{r['id']}": frozenset((r.get("per") or "").split())
            for r in resources.read_csv("gazetteer/policies.csv")}


@lru_cache(maxsize=1)
def head_scopes() -> dict[str, frozenset[str]]:
    """Policy head lemma -> what tells instances of a policy built from it apart."""
    return {r["head"]: frozenset((r.get("per") or "").split())
            for r in resources.read_csv("gazetteer/policy_heads.csv")}


def _head_of(word: str) -> str | None:
    heads = head_scopes()
    for form in (word, word[:-1] if word.endswith("s") else None, word[:-3] + "y" if word.endswith("ies") else None):
        if form and form in heads:
            return form
    return None


def scope_of(mention) -> frozenset[str]:
    """What tells instances of the policy a mention names apart: from the vocabulary, or from the head
    of a built description ("increases in council tax", "damning report"). A proper name ("the Safer
    Streets Fund") or a named law names one thing already; a bare head ("introduce reform", "bring in
    legislation") says not whose, so it is one story's."""
    if mention.key in vocabulary_scopes():
        return vocabulary_scopes()[mention.key]
    words = re.findall(r"[\w-]+", mention.label.lower())
    if len(words) == 1 and _head_of(words[0]) is not None and not mention.label[:1].isupper():
        return head_scopes()[_head_of(words[0])] | {"body"}  # "bring in legislation": which law is not said
    if mention.kind == "legislation" or mention.label[:1].isupper():
        return frozenset()
    before = next((n for n, w in enumerate(words) if n and w in COMPLEMENT_PREPS), len(words))
    head = _head_of(words[before - 1]) if before and len(words) >= 2 else None  # "damning report on the force"
    per = head_scopes()[head] if head is not None else frozenset()
    if any(w in body_anaphors() for w in words):  # "funding for the force": that article's force
        per |= {"body"}
    return per


@lru_cache(maxsize=1)
def body_anaphors() -> frozenset[str]:
    """Nouns that stand for a body the article names ("the force", "the watchdog"; `anaphors.csv`)."""
    return frozenset(r["noun"] for r in resources.read_csv("gazetteer/anaphors.csv"))


def scope_policies(doc, mentions: list, entities, article, roles=()) -> tuple[list, dict[str, str]]:
    """Mentions with the keys of the instance each means, and the owner entity of each owned key."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    per_key: dict[str, frozenset[str]] = {}
    for m in ordered:  # a policy's first mention says what kind of thing it is
        per_key.setdefault(m.key, scope_of(m))
    scoped = {key for key, per in per_key.items() if per}
    if not scoped:
        return mentions, {}
    owners = _owner_index(entities, roles)
    found = {id(m): _named_with(doc, m, owners, article.published) for m in mentions if m.key in scoped}
    resolved: dict[int, Scope] = {}
    for key in scoped:
        own = [m for m in ordered if m.key == key]
        per = per_key[key]
        named = {(found[id(m)].owner, found[id(m)].owner_name, found[id(m)].entity) for m in own
                 if found[id(m)].owner and not found[id(m)].local}
        if len(named) == 1:  # "the commissioner's plan" where the article names one owner's plan: that one
            owner, owner_name, entity = named.pop()
            for m in own:
                if found[id(m)].local:
                    found[id(m)] = Scope(owner, owner_name, found[id(m)].year, False, entity)
        last = Scope()
        units: dict[str, set[str]] = {}
        for m in own:
            if "amount" in per and found[id(m)].amount_value:
                units.setdefault(found[id(m)].amount_unit, set()).add(found[id(m)].amount_value)
        for m in own:  # one amount or none: nothing to tell apart, and other articles' mentions of it, with no
            if len(units.get(found[id(m)].amount_unit, ())) < 2:  # amount said, stay one node; a share and a
                found[id(m)] = replace(found[id(m)], amount="", amount_value="")  # sum may be one award
        for n, m in enumerate(own):
            said = found[id(m)]
            if not (said.owner or said.year or said.amount):  # "the plan": the one named last, else next
                said = last if (last.owner or last.year or last.amount) else next(
                    (s for x in own[n + 1:] if ((s := found[id(x)]).owner or s.year or s.amount)), Scope())
            else:
                amount = (said.amount, said.amount_value)
                if not said.owner:  # "Kent's 2019 precept ... the 2020 precept": Kent's still, another year
                    said = Scope(last.owner, last.owner_name, said.year or (last.year if said.amount else ""),
                                 last.local, last.entity)
                elif not said.year:
                    said = replace(said, year=last.year)
                said = replace(said, amount=amount[0], amount_value=amount[1])
                if not said.amount and (said.owner, said.year) == (last.owner, last.year):
                    said = replace(said, amount=last.amount, amount_value=last.amount_value)  # "a 5% pay rise
                    # ... the 2021 pay rise" of a 2021 story: that one; another year's is another
            said = Scope(*((said.owner, said.owner_name) if "body" in per else ("", "")),
                         said.year if "year" in per else "", said.local and "body" in per,
                         said.entity if "body" in per else "", said.amount, said.amount_value)
            resolved[id(m)] = last = said
    owned: dict[str, str] = {}
    new_key: dict[int, str] = {}
    labels: dict[int, str] = {}
    sizes: dict[tuple, set[str]] = {}  # amounts tell apart only what owner and year do not
    for m in mentions:
        if id(m) in resolved and (s := resolved[id(m)]).amount_value:
            sizes.setdefault((m.key, s.owner, s.year, s.amount_unit), set()).add(s.amount_value)
    for m in mentions:
        if id(m) not in resolved:
            continue
        s, per = resolved[id(m)], per_key[m.key]
        if len(sizes.get((m.key, s.owner, s.year, s.amount_unit), ())) < 2:
            s = replace(s, amount="", amount_value="")
        parts = [s.owner] if s.owner else []
        parts += [s.year] if s.year else []
        parts += [s.amount_value] if s.amount_value else []
        if ("body" in per and not s.owner) or ("year" in per and not s.year) or s.local:
            parts.append("article:" + article.content_hash[:16])  # whose or which is not said: this article's own
        key = m.key + "@" + "|".join(parts)
        new_key[id(m)] = key
        if s.amount:
            labels[id(m)] = f"{s.amount} {m.label}"  # two pay rises of one article told apart by name too
        if s.entity:
            owned[key] = s.entity
    first_key: dict[str, list[tuple[int, str]]] = {}
    for m in ordered:
        if id(m) in new_key:
            first_key.setdefault(m.key, []).append((m.start, new_key[id(m)]))

    def topic(m) -> str:  # "the precept reforms": about the precept the article named last before them
        if m.topic not in first_key:
            return m.topic
        before = [k for start, k in first_key[m.topic] if start <= m.start]
        return before[-1] if before else first_key[m.topic][0][1]

    out = [replace(m, key=new_key.get(id(m), m.key), topic=topic(m), label=labels.get(id(m), m.label))
           for m in mentions]
    return out, owned


def with_owners(policies: list, owners: dict[str, str]) -> list:
    """Each instance linked to the body, place or person that owns it (`gb:about`): two forces' "Police and
    Crime Plan" keep the name the text gives them and are told apart by whose they are."""
    out = []
    for p in policies:
        owner = owners.get(p.key, "")
        if owner and owner not in p.concerns:
            p = replace(p, concerns=tuple(sorted({*p.concerns, owner})))
        out.append(p)
    return out


def _owner_index(entities, roles=()) -> list[tuple[int, int, str, str, str]]:
    """(start, end, owner key, owner name, entity key) of every entity mention that could own a policy;
    a body named after its place ("Kent Police", "West Yorkshire Police and Crime Commissioner") owns it
    as that place does, so "the Kent Police precept" and "Kent's precept" are one; so does a person
    whose posts in the article are all for one place or body ("Jane Porter, the commissioner for Kent
    ... her plan" is Kent's plan, whoever holds the post)."""
    names = {e.key: e for e in entities}
    seats: dict[str, set[tuple[str, str]]] = {}
    for r in roles:
        seat = r.jurisdiction or r.organisation
        if seat in names:
            place = _as_place(names[seat]) if names[seat].kind == "organization" else (seat, names[seat].name)
            seats.setdefault(r.person, set()).add(place)
        else:
            seats.setdefault(r.person, set()).add(("", ""))  # a post in no body named: whose is unsaid
    out = []
    for e in entities:
        if e.kind not in OWNER_KINDS:
            continue
        if e.kind == "organization":
            key, name = _as_place(e)
        elif e.kind == "person" and len(seats.get(e.key, ())) == 1 and next(iter(seats[e.key]))[0]:
            key, name = next(iter(seats[e.key]))
        else:
            key, name = e.key, e.name
        out.extend((ev.start, ev.end, key, name, e.key) for ev in e.mentions)
    return sorted(out)


def _as_place(entity) -> tuple[str, str]:
    places = load_gazetteer().place_index()
    words = entity.name.split()
    for n in range(len(words) - 1, 0, -1):
        place = places.get(" ".join(words[:n]))
        if place is not None:
            return "place:" + name_key(place.label), place.label
    return entity.key, entity.name


def _named_with(doc, mention, owners, published: str) -> Scope:
    """The owner and year the text names with one mention: inside it, as its possessor or modifiers
    ("Kent's", "the West Yorkshire …", "2019"), in "of/for/in X" after it, or, for a year, in the clause
    whose object it is ("received a pay rise in 2019")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return Scope()
    root = span.root
    near = list(span) + [t for c in root.lefts if c.i < span.start and c.dep_ in MODIFIER_DEPS for t in c.subtree]
    after = [t for c in root.rights if c.dep_ == "prep" and c.lower_ in OWNER_PREPS  # "of Kent Police", not
             for o in c.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i]  # "for lying about what X said"
    owner = _owner(near, owners, mention) or _owner(after, owners, mention) or _proper_name_before(span) \
        or _owner(_subject_of_pronoun(root, span), owners, mention)
    year = _year(near + after, published)
    if not year and root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        year = _year([t for c in root.head.rights if c.dep_ == "prep" and c.lower_ in ("in", "for")
                      for t in c.subtree], published)
    amount, value = _amount(near + after)
    if owner is None:
        said = _described_owner(root, span)
        return Scope(said[0], said[1], year, local=True, amount=amount, amount_value=value) if said else \
            Scope(year=year, amount=amount, amount_value=value)
    return Scope(owner[0], owner[1], year, entity=owner[2], amount=amount, amount_value=value)


def _amount(tokens) -> tuple[str, str]:
    """("3.4%", "3.4percent") of the one share or sum of money written with a mention ("a 3.4% pay rise",
    "the seven per cent offer", "a pay rise of 5%"); ("", "") for none or several."""
    from .figures import find_numbers  # figures imports the policy records, not this module

    tokens = sorted({t.i: t for t in tokens if t.ent_type_ in ("PERCENT", "MONEY") or t.like_num
                     or t.pos_ == "SYM" or t.text == "%"}.values(), key=lambda t: t.i)  # "£900": no MONEY tag
    if not tokens:
        return "", ""
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    found = [n for n in find_numbers(doc.text[start:end]) if n.unit == "percent" or n.unit.isupper()]  # a
    # share or a currency's sum ("GBP"), not a count or a duration
    if len(found) != 1:
        return "", ""
    return doc.text[start + found[0].start:start + found[0].end], f"{found[0].value.normalize():f}{found[0].unit}"


def _subject_of_pronoun(root, span) -> list:
    """"Kent Police set its precept": a possessive pronoun owns as the subject of its clause does."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.i < span.start for c in root.children):
        return []
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [subject] if subject is not None else []


def _proper_name_before(span) -> tuple[str, str, str] | None:
    """"the Kent Police and Crime Plan": capitalised words right before the mention that the gazetteer
    knows as a place or body name its owner, when no entity of the article covers them."""
    doc, i, run = span.doc, span.start - 1, []
    while i >= span.sent.start and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        run.insert(0, doc[i])
        i -= 1
    if not run:
        return None
    text = " ".join(t.text for t in run)
    gaz = load_gazetteer()
    place = gaz.place_index().get(text)
    if place is not None:
        return "place:" + name_key(place.label), place.label, ""
    org = gaz.org_index().get(text)
    if org is not None:
        return (*_as_place(_Named("org:" + org.id, org.label)), "")
    return None  # "Commissioner Unveils Police and Crime Plan": capitals of a headline name no owner


@dataclass(frozen=True)
class _Named:
    key: str
    name: str


def _described_owner(root, span) -> tuple[str, str] | None:
    """"the commissioner's plan", "the Mayor's budget": a possessor that is no name the article resolved
    (a pronoun, "her plan", refers back instead)."""
    poss = next((c for c in root.children if c.dep_ == "poss" and c.i < span.start and c.pos_ != "PRON"), None)
    if poss is None or poss.ent_type_ in ("DATE", "TIME") or poss.lemma_.lower() in TIME_WORDS:
        return None  # "this year's pay award": when, not whose
    words = [t for t in poss.subtree if t.dep_ not in ("case", "det") and not t.is_punct]
    if not words:
        return None
    text = " ".join(t.text for t in words)
    return "owner:" + name_key(text), text


def _owner(tokens, owners, mention) -> tuple[str, str, str] | None:
    """The owner whose name covers the word nearest the head among `tokens`, or one ending where the
    mention starts ("Kent Police and Crime Plan": the body's name and the plan's share a word)."""
    found = []
    for t in tokens:
        for start, end, key, name, entity in owners:
            if start <= t.idx < end:
                found.append((abs(t.idx - mention.start), start, key, name, entity))
    for start, end, key, name, entity in owners:
        if start < mention.start < end or (end <= mention.start and re.fullmatch(
                r"(?:[’']s?)?\s*", _gap(tokens, end, mention.start))):
            found.append((0, start, key, name, entity))
    if not found:
        return None
    return min(found)[2:]


def _gap(tokens, end: int, start: int) -> str:
    """The text between a name ending at `end` and a mention starting at `start`, when short ("'s ")."""
    doc = tokens[0].doc if tokens else None
    return doc.text[end:start] if doc is not None and start - end <= 3 else "#"


def _year(tokens, published: str) -> str:
    """A year as written ("2019", "2019/20" -> 2019), or "this/last/next year's" of a dated article."""
    for t in tokens:
        found = YEAR.match(t.text)
        if found and t.ent_type_ in ("DATE", "") and t.pos_ in ("NUM", "PROPN", "NOUN", "ADJ"):
            return found.group(0)
        if t.lower_ == "year" and published and any(c.dep_ in ("det", "amod") and c.lower_ in RELATIVE_YEARS
                                                    for c in t.children):
            shift = next(RELATIVE_YEARS[c.lower_] for c in t.children if c.lower_ in RELATIVE_YEARS)
            return str(int(published[:4]) + shift)
    return ""


def judged_again(doc, mentions: list) -> list:
    """"The Smith review ... In the wake of the damning review": a definite description whose words besides
    its head only judge it (`policy_judgement` in word_classes.csv: damning, scathing ...) names no new
    policy but the one policy of that head the article named before it, however that one is named, so
    the article has one node for it. A word that tells policies apart ("the interim review", "the 2019
    review", "the review of pay") is no judgement and keeps its own node; with two candidates, neither."""
    judgements = word_class("policy_judgement")
    first = first_mentions(mentions)
    heads = {k: _description_head(doc, m) for k, m in first.items()}
    target: dict[str, object] = {}
    for key, m in first.items():
        head = heads[key]
        if head is None or key.split("@")[0] in vocabulary_scopes() or m.kind == "legislation" \
                or not _only_judged(doc, m, head, judgements):
            continue
        lemma = head.lemma_.lower()
        candidates = {k for k, o in first.items() if k != key and o.start < m.start and heads[k] is not None
                      and heads[k].lemma_.lower() == lemma and not _only_judged(doc, o, heads[k], judgements)}
        if len(candidates) == 1:
            target[key] = first[candidates.pop()]
    return retarget(mentions, target)


def _description_head(doc, mention):
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and span.root.pos_ == "NOUN" else None


def _only_judged(doc, mention, head, judgements) -> bool:
    """A definite head with judgements only before it and nothing after it: "the damning report"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    words = [t for t in span if t.i != head.i and not t.is_punct and t.dep_ != "det"]
    return (bool(words) and all(t.i < head.i and t.lower_ in judgements and not t.ent_type_ for t in words)
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children))


def inverted_vocabulary_names(mentions: list) -> list:
    """"the spending review ... a review of government spending": a description with its words after the
    head names the vocabulary policy whose name puts the same content words before it ("a review of
    police spending" adds a word: another review), when exactly one name of each shape fits the other; a description naming an owner other than
    the one the vocabulary policy's mentions name stays apart ("Kent's precept", "the precept of Essex")."""
    from .policies import _name_parts  # policies imports nothing from here; keep the two modules apart
    first = first_mentions(mentions)
    parts = {k: p for k, m in first.items() if (p := _name_parts(m.label)) is not None and p[2]}
    vocab = {k for k in parts if k.split("@")[0] in vocabulary_scopes() and parts[k][1] == "modifier"}
    built = {k for k in parts if k.split("@")[0] not in vocabulary_scopes() and first[k].kind != "legislation"
             and parts[k][1] == "complement"}
    pairs = [(a, b) for a in vocab for b in built if parts[a][0] == parts[b][0] and parts[a][2] == parts[b][2]
             and _scopes_agree(a, b)]
    target = {b: first[a] for a, b in pairs
              if sum(1 for x, _ in pairs if x == a) == 1 and sum(1 for _, y in pairs if y == b) == 1}
    return retarget(mentions, target)


def _scopes_agree(a: str, b: str) -> bool:
    """Keys of one instance or of none said: an article-local or unscoped key agrees with any."""
    sa, sb = (k.partition("@")[2] for k in (a, b))
    return sa == sb or any(s == "" or s.startswith("article:") for s in (sa, sb))


def planned_things(doc, mentions: list) -> list:
    """"plans to give wardens new powers to ground drones": a plan, pledge or proposal whose "to"-clause
    brings a thing into being (`bringing_verb`: give, introduce, create ...) and whose object is itself a policy
    the text names is no policy of its own but that thing, so the article has one node for it (under the
    thing's name); so is a plan "for X" ("plans for a knife amnesty"). A plan to cut, scrap or review X is
    another matter than X and stays apart."""
    from .policies import _infinitive, vocabulary  # policies imports nothing from here

    plans, bringing = word_class("plan_noun") | word_class("commitment_noun"), word_class("bringing_verb")
    vocab = {f"policy:{e.id}" for e in vocabulary()}
    first = first_mentions(mentions)
    spans = [(m.key, span) for m in mentions
             if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None]
    target: dict[str, object] = {}
    for key, span in spans:
        m, head = first[key], span.root
        if key in target or key.split("@")[0] in vocab or m.kind == "legislation" \
                or head.lemma_.lower() not in plans:
            continue
        verb = _infinitive(head)
        objects = {c.i for c in verb.children if c.dep_ == "dobj"} \
            if verb is not None and verb.lemma_.lower() in bringing else set()
        objects |= {o.i for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > head.i
                    for o in c.children if o.dep_ == "pobj"}  # "plans for a knife amnesty": the amnesty
        things = {k for k, s in spans if k != key and s.start_char >= span.start_char and s.root.i in objects}
        if len(things) == 1:
            target[key] = first[things.pop()]
    return retarget(mentions, target)


def counted_plans(mentions: list) -> list:
    """"promises to recruit 3,500 medics ... the recruitment of 3,500 extra army medics": a plan
    whose act has a name ("recruitment of 3,500 medics") is the policy the text names with the same head,
    the same numbers and more words ("extra army medics"), when exactly one such policy fits. Without a number
    only the same words ("recruitment of new officers"): "recruitment of officers" fits "of prison officers" too."""
    from .policies import _name_parts, vocabulary  # policies imports nothing from here

    vocab = {f"policy:{e.id}" for e in vocabulary()}
    first = first_mentions(mentions)
    built = {k: (p, _numbers(m.label)) for k, m in first.items()
             if k.split("@")[0] not in vocab and m.kind != "legislation" and (p := _name_parts(m.label)) is not None
             and p[1] == "complement"}
    target: dict[str, object] = {}
    for key, m in first.items():
        for name in m.names:
            parts, numbers = _name_parts(name), _numbers(name)
            if parts is None or parts[1] != "complement":
                continue
            fits = {k for k, (p, n) in built.items() if k != key and p[0] == parts[0] and n == numbers
                    and (parts[2] <= p[2] if numbers else parts[2] == p[2])}
            if len(fits) == 1:
                target[key] = first[fits.pop()]
                break
    return retarget(mentions, target)


def _numbers(label: str) -> frozenset[str]:
    return frozenset(w.replace(",", "") for w in re.findall(r"\d[\d,.]*", label))


def same_act_planned(doc, mentions: list) -> list:
    """"Board split over plan to close rural stations" over a body saying "proposals to shut eleven rural police
    stations": two plans or pledges whose acts have one name (the verbs' noun, `act_nominal`, in one group,
    `act_nominal_group`: close and shut are a closure, scrap and halt an ending) over the same thing are one
    policy. A headline shortens: its act's words may be fewer than the body's ("rural stations" of "rural police
    stations") and its number unsaid; two wordings in the body must name the same words, and a number said in
    both the same one ("close 11 stations" / "shut 12 stations" are two plans); a later definite wording with
    fewer words ("the station closures") refers back to the fuller one. Only where exactly one name of
    each fits the other; a plan to close X and one to reopen X, or to scrap X and to introduce X, stay apart, and
    so do two that different names announce or own ("Kent Police unveiled plans to shut five depots ... Essex Police
    announced plans to close five depots": two forces, two plans; `_announcer`)."""
    from .policies import vocabulary  # policies imports nothing from here

    vocab = {f"policy:{e.id}" for e in vocabulary()}
    first = first_mentions(mentions)
    text = doc.text
    cut = text.find("\n")
    line = text[:cut].strip() if cut > 0 else ""
    headline_end = cut if line and cut < len(text.rstrip()) and len(line.split()) <= 25 \
        and not line.endswith((".", "?", "!", ":", "\"", "”")) else -1  # a lede is no headline
    acts: dict[str, set] = {}
    for m in mentions:
        if m.key.split("@")[0] in vocab or m.kind == "legislation":
            continue
        for name in (*m.names, m.label):
            parsed = _act_parts(name)
            if parsed is not None:
                acts.setdefault(m.key, set()).add(parsed)
    headline = {k for k in acts if first[k].end <= headline_end}

    def fits(a: str, b: str) -> bool:
        for group, words, numbers in acts[a]:
            for group_b, words_b, numbers_b in acts[b]:
                if group != group_b or not words:
                    continue
                if a in headline and b not in headline and words <= words_b and (not numbers or numbers == numbers_b):
                    return True
                if a not in headline and b not in headline and words == words_b \
                        and (not numbers or not numbers_b or numbers == numbers_b):
                    return True
                if b not in headline and definite(b) and words_b and words_b <= words \
                        and (not numbers_b or numbers == numbers_b):
                    return True  # "plans to close rural stations ... the station closures": those closures
        return False

    def definite(key: str) -> bool:
        said = text[first[key].start:first[key].end].lower().split()
        before = text[max(0, first[key].start - 8):first[key].start].lower().split()
        return bool(said and said[0] in ("the", "these", "those") or before and before[-1] in ("the", "these", "those"))

    ordered = sorted(acts, key=lambda k: first[k].start)
    announcers: dict[str, set[str]] = {}
    for m in mentions:
        if m.key in acts:
            announcers.setdefault(m.key, set()).update(_announcer(doc, m))
    pairs = [(a, b) for n, a in enumerate(ordered) for b in ordered[n + 1:] if _scopes_agree(a, b) and fits(a, b)
             and not (announcers.get(a) and announcers.get(b) and not announcers[a] & announcers[b])]
    target = {b: first[a] for a, b in pairs
              if sum(1 for x, _ in pairs if x == a) == 1 and sum(1 for _, y in pairs if y == b) == 1}
    return retarget(mentions, target)


def _announcer(doc, mention) -> set[str]:
    """The name that owns a plan ("Kent Police's plan to ...") or is the subject of the verb it is the object of
    ("Kent Police announced plans to ..."), in lower case; none for a common noun or a pronoun ("the force", "it"),
    which may be the same body again."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return set()
    node = span.root
    owner = [c for c in node.children if c.dep_ == "poss"]
    if not owner:
        while node.dep_ in ("dobj", "pobj", "prep", "attr", "conj", "appos", "nsubjpass") and node.head.i != node.i:
            node = node.head
        owner = [c for c in node.children if c.dep_ == "nsubj"] if node.pos_ in ("VERB", "AUX") else []
    return {" ".join(t.lower_ for t in o.subtree if t.pos_ == "PROPN") for o in owner if o.pos_ == "PROPN"}


_YEAR = re.compile(r"(1[89]|20)\d\d")
_NAME_WORDS = re.compile(r"[\w][\w,.'’-]*")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred thousand million billion dozen".split())
_FUNCTION_WORDS = frozenset(("a", "an", "the", "of", "to", "for", "on", "in", "and", "or", "its", "their", "his",
                             "her", "all", "some", "more", "up"))


def _act_parts(name: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """("closure of", {"rural", "police", "station"}, {"eleven"}) of "closure of eleven rural police stations"
    (or of "rural police station closures"): an act's name (`act_nominal` value, in its group), its content
    words in the singular and its numbers."""
    from .policies import GENERIC_MODIFIERS, _singular

    lower = name.lower()
    groups = word_values("act_nominal_group")
    values = sorted({v for v in word_values("act_nominal").values() if " " in v} | set(groups), key=len, reverse=True)
    # a name only the groups know ("transfer of" powers, said as their devolution) names no act of its own
    words = None
    for value in values:
        if lower.startswith(value + " "):
            words = [w.strip(",.'’") for w in _NAME_WORDS.findall(lower[len(value) + 1:])]
            break
    else:  # the noun last, its thing before it: "rural station closures", "officer cuts"
        said = [w.strip(",.'’") for w in _NAME_WORDS.findall(lower)]
        value = next((v for v in values if len(said) >= 2 and _singular(said[-1]) == _singular(v.split()[0])), None)
        if value is not None:
            words = said[:-1]
    if words is None:
        return None
    numbers = frozenset(w.replace(",", "") for w in words if (w[:1].isdigit() and not _YEAR.fullmatch(w))
                        or w in _NUMBER_WORDS)  # "close five stations in 2026": the year is when, not how many
    content = frozenset(_singular(w) for w in words if w and w not in numbers and w not in _FUNCTION_WORDS
                        and w not in GENERIC_MODIFIERS and not w[:1].isdigit())
    return groups.get(value, value), content, numbers


def nominal_plans(doc, mentions: list) -> list:
    """"Unions wary of council hiring campaign" over "the campaign to hire 300 new carers": a plan
    noun with the act's noun before it and the same plan noun with the act's verb after it (its name the verb's
    noun, `act_nominal`: recruit -> recruitment) are one plan, when exactly one of each fits the other; the
    later wording joins the first (or the vocabulary policy the nominal wording names)."""
    from .policies import _singular, vocabulary  # policies imports nothing from here

    vocab = {f"policy:{e.id}" for e in vocabulary()}
    nouns = {v.split()[0] for v in word_values("act_nominal").values() if " " in v}  # closure, recruitment ...
    first = first_mentions(mentions)
    nominal: set[tuple] = set()  # (key, plan noun, act noun, words of what the act is on)
    verbal: dict[str, set[tuple]] = {}  # key -> {(plan noun, act noun, words of its name)}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root, after = span.root, doc[span.end] if span.end < len(doc) else None
        if root.i == span.end - 1 and root.lower_ in nouns and after is not None and after.is_alpha \
                and (root.dep_ == "compound" and root.head.i == after.i or after.sent.start == 0):
            nominal.add((m.key, _singular(after.lower_), root.lower_, _said_of(span, root)))  # "[police
            # recruitment] drive"; a headline's tagger often reads the noun after as a verb ("... hiring campaign")
        for c in root.children:
            if c.dep_ == "compound" and c.i < root.i and c.lower_ in nouns and root.pos_ == "NOUN":
                nominal.add((m.key, _singular(root.lower_), c.lower_, _said_of(span, c)))  # "[station closure
                # programme]"
        if m.key.split("@")[0] not in vocab and m.kind != "legislation" and root.pos_ == "NOUN":
            for name in m.names:
                words = frozenset(_singular(w) for w in re.findall(r"[\w-]+", name.lower()))
                verbal.setdefault(m.key, set()).add((_singular(root.lower_), name.split()[0].lower(), words))
    pairs = {(a, b) for a, plan, noun, of in nominal for b, said in verbal.items()
             if b != a and any((plan, noun) == (p, n) and of <= words for p, n, words in said) and _scopes_agree(a, b)}
    target: dict[str, object] = {}
    for a, b in sorted(pairs):
        if sum(1 for x, _ in pairs if x == a) == 1 and sum(1 for _, y in pairs if y == b) == 1:
            keep, join = (a, b) if a.split("@")[0] in vocab or first[a].start < first[b].start else (b, a)
            target[join] = first[keep]
    return retarget(mentions, target)


def _said_of(span, act) -> frozenset[str]:
    """The content words a nominal act names its thing with ("hospital" of "hospital closure programme"), in the
    singular, without words every police story's policies share (`generic_policy_modifier`: "police")."""
    from .policies import GENERIC_MODIFIERS, _singular

    generic = word_class("generic_policy_modifier")
    return frozenset(_singular(t.lower_) for t in span if t.i < act.i and t.is_alpha and t.dep_ not in ("det", "poss")
                     and t.lower_ not in GENERIC_MODIFIERS and t.lower_ not in generic and t.pos_ != "VERB")
