"""Resolution across a corpus: one node per real-world entity, whichever article names it.

Within an article, a bare surname ("Javid") or a post ("the home secretary")
that the article itself does not tie to a full name stays unresolved. Across
the corpus, a surname resolves to the one full name with that surname, and a
post to the one person known to hold it, but only when both articles are dated
and the dates are close (a post changes hands; a surname is reused): an undated
article gives no ground to tell which holder or which namesake is meant, so
nothing is guessed. When several fit, the mention stays separate and is
reported as ambiguous; when none may be chosen it is reported as unresolved.
Unresolved posts are then dropped (never guessed), except that a speaker known only
by a post one person holds at a time ("The Taoiseach said") stays a person of its own,
one per article; an unresolved surname stays a node of its own. Finally each entity
and policy gets one canonical name corpus-wide, so a node never carries two labels.

Resolution works on small per-article summaries (`summarise`), so a corpus
build can keep the extractions themselves on disk and rewrite them one at a
time (`Resolution.apply`).
"""
from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from .extract.gender import sex_of
from .gazetteer import word_class
from .extract.roles import PLACEHOLDER_PREFIX
from .records import Entity, Extraction, Relation

POST_WINDOW_DAYS = 366  # a post's holder is known for this long either side of an article naming them
PERSON_WINDOW_DAYS = 3 * 365  # a bare surname refers to someone named in full within about this time


@dataclass(frozen=True)
class Ambiguity:
    """A mention left apart: several candidates fit (ambiguous), or none may be chosen (unresolved, `reason` why)."""

    article: str
    mention: str
    candidates: tuple[str, ...]
    reason: str = ""

    def as_json(self) -> dict:
        found = {"article": self.article, "mention": self.mention, "candidates": list(self.candidates)}
        return found | ({"reason": self.reason} if self.reason else {})


@dataclass(frozen=True)
class ArticleSummary:
    """What resolution needs to know of one article: its names, posts and date."""

    source: str
    published: str
    entities: tuple[tuple[str, str, str], ...]  # (key, kind, name) in extraction order
    policies: tuple[tuple[str, str], ...]  # (key, name)
    roles: tuple[tuple[str, str], ...]  # (title, person key)
    placeholders: tuple[str, ...]
    profiles: tuple[tuple[str, "Profile"], ...] = ()  # (person key, what the article says of them)
    role_bodies: tuple[tuple[str, str, str], ...] = ()  # (title, person key, organisation key) of posts in a body
    policy_names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (key, other names the article gives it)


@dataclass(frozen=True)
class Profile:
    """What an article says about a person that could tell two people of one name apart."""

    sex: str = ""  # "f" | "m" | "" from honorifics or a given name
    peer: bool = False  # Lord / Baroness
    categories: frozenset[str] = frozenset()  # categories of the posts they hold: political, police, other

    def merged(self, other: "Profile") -> "Profile":
        return Profile(self.sex or other.sex, self.peer or other.peer, self.categories | other.categories)

    def conflicts(self, other: "Profile") -> bool:
        """Could not be one person: opposite sexes, or a police officer and a politician or peer."""
        if self.sex and other.sex and self.sex != other.sex:
            return True
        police = ("police" in self.categories, "police" in other.categories)
        political = ("political" in self.categories or self.peer, "political" in other.categories or other.peer)
        return (police[0] and political[1] and not political[0]) or (police[1] and political[0] and not political[1])

    def agrees(self, other: "Profile") -> bool:
        """Something positive says one person: the same known sex, both peers, or posts of one kind."""
        return bool((self.sex and self.sex == other.sex) or (self.peer and other.peer)
                    or self.categories & other.categories)

    def describe(self) -> str:
        words = sorted(self.categories) + (["peer"] if self.peer else []) + ([self.sex] if self.sex else [])
        return " ".join(words)


def _profile(entity: Entity, categories: set[str]) -> Profile:
    honorifics = {a.split()[0] for a in entity.aliases + (entity.name,) if " " in a}
    peer = any(h.lower() in word_class("lords_title") for h in honorifics)
    return Profile(sex_of(entity.name, entity.aliases), peer, frozenset(categories))


def summarise(ex: Extraction) -> ArticleSummary:
    categories: dict[str, set[str]] = defaultdict(set)
    for r in ex.roles:
        categories[r.person].add(r.category)
    return ArticleSummary(
        ex.article.source, ex.article.published,
        tuple((e.key, e.kind, e.name) for e in ex.entities),
        tuple((p.key, p.name) for p in ex.policies),
        # current holders (a person known only by the post is no holder another article could mean)
        tuple((r.title, r.person) for r in ex.roles
              if "former" not in r.qualifier.split() and not r.person.startswith(PLACEHOLDER_PREFIX)),
        tuple(sorted(_placeholders(ex))),
        tuple((e.key, _profile(e, categories[e.key])) for e in ex.entities
              if e.kind == "person" and not e.key.startswith(PLACEHOLDER_PREFIX)),
        tuple(sorted({(r.title, r.person, r.organisation) for r in ex.roles if r.organisation
                      and "former" not in r.qualifier.split() and not r.person.startswith(PLACEHOLDER_PREFIX)})),
        tuple((p.key, p.aliases) for p in ex.policies))


@dataclass
class Resolution:
    """Per article (in corpus order) the key substitutions, plus the corpus-wide canonical names."""

    mappings: list[dict[str, str]]
    canonical: dict[str, str]
    ambiguities: list[Ambiguity] = field(default_factory=list)
    unresolved: list[Ambiguity] = field(default_factory=list)
    shared_surnames: frozenset[str] = frozenset()  # surnames of two or more people in the corpus

    def apply(self, index: int, ex: Extraction) -> Extraction:
        """The extraction of the `index`-th article, rewritten to corpus keys and names."""
        return _rename(_rewrite(ex, self.mappings[index]), self.canonical, self.shared_surnames)


def plan(summaries: list[ArticleSummary]) -> Resolution:
    """Decide every cross-article substitution from the summaries alone."""
    renamed = _keep_apart(summaries)  # per article: full-name key -> the key of the person meant there
    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full-name person keys
    together: dict[str, dict[int, set[str]]] = defaultdict(dict)  # surname -> article -> its people of that name
    person_seen: dict[str, _Seen] = defaultdict(_Seen)
    profiles: dict[str, Profile] = defaultdict(Profile)
    holders: dict[str, set[str]] = defaultdict(set)  # title -> person keys
    holder_seen: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
    holder_bodies: dict[tuple[str, str], set[str]] = defaultdict(set)
    for index, (s, names) in enumerate(zip(summaries, renamed)):
        for key, kind, _ in s.entities:
            words = key.split(":", 1)[1].split()
            if kind == "person" and len(words) >= 2:
                key = names.get(key, key)
                full_names[words[-1]].add(key)
                together[words[-1]].setdefault(index, set()).add(key)
                person_seen[key].add(index, s.published)
        for key, profile in s.profiles:
            key = names.get(key, key)
            profiles[key] = profiles[key].merged(profile)
        for title, person in s.roles:
            person = names.get(person, person)
            holders[title].add(person)
            holder_seen[(title, person)].add(index, s.published)
        for title, person, body in s.role_bodies:
            holder_bodies[(title, names.get(person, person))].add(body)
    ambiguities: list[Ambiguity] = []
    unresolved: list[Ambiguity] = []
    mappings: list[dict[str, str]] = []
    one_policy = _one_policy_across(summaries)
    for index, (s, names) in enumerate(zip(summaries, renamed)):
        mapping: dict[str, str] = dict(names)
        own = dict(s.profiles)
        bodies = {key for key, kind, _ in s.entities if kind == "organization"}
        for key, kind, name in s.entities:
            if key.startswith(PLACEHOLDER_PREFIX):
                continue  # a person known by post: resolved with the posts below
            words = key.split(":", 1)[1].split()
            if kind == "person" and len(words) == 1 and words[0] in full_names:
                profile = own.get(key, Profile())
                known = [c for c in sorted(full_names[words[0]]) if not profile.conflicts(profiles[c])]
                candidates = [c for c in known if person_seen[c].near(index, s.published, PERSON_WINDOW_DAYS)]
                if (not candidates and len(full_names[words[0]]) == 1 and known
                        and not (s.published and person_seen[known[0]].dates) and profile.agrees(profiles[known[0]])):
                    candidates = known  # no dates to compare, but the corpus's only namesake and the text agrees
                if len(candidates) == 1:
                    mapping[key] = candidates[0]
                elif candidates:
                    mapping[key] = ""  # which one is meant is unclear: a mention in the report, not a node
                    ambiguities.append(Ambiguity(s.source, name, tuple(candidates)))
                elif known:  # stays a node of its own: nothing says it is the namesake of another article
                    unresolved.append(Ambiguity(s.source, name, tuple(known), _why(s.published)))
        speakers = {key for key, kind, _ in s.entities if key.startswith(PLACEHOLDER_PREFIX)}
        for key in s.placeholders:
            title, _, body = key[len(PLACEHOLDER_PREFIX):].partition("|")
            if body:  # "the DUP leader": nobody known to hold the post in another body only
                known = [c for c in sorted(holders.get(title, ()))
                         if not holder_bodies.get((title, c)) or body in holder_bodies[(title, c)]]
            elif _one_holder_at_a_time(title):  # "the home secretary": one office, whoever holds it now
                known = [c for c in sorted(holders.get(title, ()))
                         if not holder_bodies.get((title, c)) or holder_bodies[(title, c)] & bodies]
            else:  # "the chief constable": every force has one; only a holder in a body the article names
                known = [c for c in sorted(holders.get(title, ())) if holder_bodies[(title, c)] & bodies]
            # a holder of the post in this very article was weighed there and not taken ("the union's chairman"
            # beside "Council chairman X"): the corpus does not take them either
            here = {names.get(p, p) for t, p in s.roles if t == title}
            known = [c for c in known if c not in here]
            mention = f"{title}, {body}" if body else title
            candidates = [c for c in known if holder_seen[(title, c)].near(index, s.published, POST_WINDOW_DAYS)]
            mapping[key] = candidates[0] if len(candidates) == 1 else ""
            if not known and key in speakers and _one_holder_at_a_time(title):
                # "The Taoiseach said …" and no holder named anywhere: the one person in the post, known by it
                mapping[key] = known_by_post_key(title, s.source)
            if len(candidates) > 1:
                ambiguities.append(Ambiguity(s.source, mention, tuple(candidates)))
            elif not candidates:
                unresolved.append(Ambiguity(s.source, mention, tuple(known),
                                            _why(s.published) if known else "no holder named in the corpus"))
        mapping.update({key: one_policy[key] for key, _ in s.policies if key in one_policy})
        mappings.append(mapping)
    order = lambda found: sorted(set(found), key=lambda a: (a.article, a.mention, a.candidates))  # noqa: E731
    # a surname two people share across articles: within one article its own reading of "Mr X" holds
    shared = frozenset(surname for surname, keys in full_names.items()
                       if len(keys) > 1 and not any(named == keys for named in together[surname].values()))
    return Resolution(mappings, _canonical_names(summaries, mappings), order(ambiguities), order(unresolved), shared)


@dataclass
class _Seen:
    """Where a person (or a person in a post) is named: article positions and the dates of the dated ones."""

    articles: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    def add(self, index: int, published: str) -> None:
        self.articles.add(index)
        if published:
            self.dates.add(published)

    def near(self, index: int, published: str, window_days: int) -> bool:
        """Named in this article, or in a dated one within `window_days` of this (dated) one.

        An undated article, on either side, is never near: with nothing to tell a
        2012 chief constable from a 2025 one, linking them would be a guess.
        """
        if index in self.articles:
            return True
        if not published or not self.dates:
            return False
        day = datetime.date.fromisoformat(published)
        return any(abs((day - datetime.date.fromisoformat(d)).days) <= window_days for d in self.dates)


def _why(published: str) -> str:
    return "the article has no date" if not published else "no candidate named in a dated article near its date"


def _keep_apart(summaries: list[ArticleSummary]) -> list[dict[str, str]]:
    """People who share a full name but cannot be one person (by sex, peerage or incompatible posts)
    become separate keys, each named by what tells it apart; everyone else keeps their key."""
    occurrences: dict[str, list[tuple[int, Profile]]] = defaultdict(list)
    for index, s in enumerate(summaries):
        for key, profile in s.profiles:
            occurrences[key].append((index, profile))
    renamed: list[dict[str, str]] = [{} for _ in summaries]
    for key, found in occurrences.items():
        clusters: list[tuple[Profile, list[int]]] = []
        for index, profile in found:
            for n, (merged, members) in enumerate(clusters):
                if not merged.conflicts(profile):
                    clusters[n] = (merged.merged(profile), members + [index])
                    break
            else:
                clusters.append((profile, [index]))
        if len(clusters) > 1:
            for merged, members in clusters:
                for index in members:
                    renamed[index][key] = f"{key} ({merged.describe()})"
    return renamed


def resolve_across(extractions: list[Extraction]) -> tuple[list[Extraction], list[Ambiguity]]:
    """The whole corpus in memory at once: convenient for tests and small corpora."""
    resolution = plan([summarise(ex) for ex in extractions])
    return [resolution.apply(i, ex) for i, ex in enumerate(extractions)], resolution.ambiguities


def _canonical_names(summaries: list[ArticleSummary], mappings: list[dict[str, str]]) -> dict[str, str]:
    """The most used name of each key (ties: the longer, then the first alphabetically)."""
    names: dict[str, Counter] = defaultdict(Counter)
    for s, mapping in zip(summaries, mappings):
        seen: set[str] = set()
        for key, _, name in s.entities:  # two forms of one person in an article count once, as the first
            if key.startswith(PLACEHOLDER_PREFIX) and not is_known_only_by_post(mapping.get(key, "")):
                continue  # the post of a holder named elsewhere is no name of theirs
            key = mapping.get(key, key)
            if key not in seen:
                seen.add(key)
                names[key][name] += 1
        for key, name in s.policies:
            names[mapping.get(key, key)][name] += 1
    return {key: sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0] for key, c in names.items()}


def _policy_words(name: str) -> tuple[str, ...]:
    from .extract.policies import _singular  # the words of a name, plural or singular alike

    return tuple(_singular(w) for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "a", "an"))


def _one_policy_across(summaries: list[ArticleSummary]) -> dict[str, str]:
    """Policy key -> the key of the node it joins: "drone powers", which one article names "powers to ground
    rogue drones" too, is the node another article keys by that longer name. Only keys of one node for the
    corpus (no owner, year or article scope after "@", no vocabulary id: those are one node already), only
    names of three words or more, and never two keys one article keeps apart (two policies side by side)."""
    labels: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a key's own name -> keys
    seen: dict[str, int] = Counter()
    apart: set[frozenset[str]] = set()
    joinable = lambda key: "@" not in key and " " in key  # noqa: E731 - built names have spaces, vocabulary ids not
    for s in summaries:
        keys = sorted({key for key, _ in s.policies if joinable(key)})
        apart.update(frozenset((a, b)) for n, a in enumerate(keys) for b in keys[n + 1:])
        for key, name in s.policies:
            if joinable(key):
                seen[key] += 1
                if len(words := _policy_words(name)) >= 3:
                    labels[words].add(key)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    members: dict[str, set[str]] = defaultdict(set)
    for s in summaries:
        for key, aliases in s.policy_names:
            if not joinable(key):
                continue
            for alias in aliases:
                for other in sorted(labels.get(_policy_words(alias), ())):
                    a, b = root(key), root(other)
                    group_a, group_b = members[a] | {a}, members[b] | {b}
                    if a == b or any(frozenset((x, y)) in apart for x in group_a for y in group_b):
                        continue
                    keep, join = sorted((a, b), key=lambda k: (-seen[k], k))
                    parent[join] = keep
                    members[keep] |= group_a | group_b
    return {key: root(key) for key in parent}


def _placeholders(ex: Extraction) -> set[str]:
    keys = set()
    for q in ex.quotes:
        keys.update(k for k in (q.speaker, q.addressee, q.channel, *q.mentions) if k.startswith(PLACEHOLDER_PREFIX))
    for r in ex.relations:
        keys.update(k for k in (r.subject, r.object) if k.startswith(PLACEHOLDER_PREFIX))
    for f in ex.figures:
        keys.update(k for k in (f.about, f.source, f.speaker) if k.startswith(PLACEHOLDER_PREFIX))
    return keys


def _acting(r: Relation, before: str) -> Relation:
    """A statement whose subject was a post nobody in the corpus is named to hold ("the Home Secretary
    announced the plan"), but whose post is at a body the article names: the body acts through it."""
    if r.subject or not before.startswith(PLACEHOLDER_PREFIX) or not r.on_behalf_of:
        return r
    return replace(r, subject=r.on_behalf_of, on_behalf_of="")


def _rewrite(ex: Extraction, mapping: dict[str, str]) -> Extraction:
    """Substitute keys everywhere; keys mapped to "" are dropped (and relations needing them)."""
    def m(key: str) -> str:
        key = mapping.get(key, key)
        return "" if key.startswith(PLACEHOLDER_PREFIX) else key

    entities: dict[str, Entity] = {}
    for e in ex.entities:
        key = m(e.key)
        if not key:  # an ambiguous bare surname: reported, not a node
            continue
        if e.key.startswith(PLACEHOLDER_PREFIX) and not is_known_only_by_post(key):
            continue  # the post's holder, named elsewhere: their node, not one more name for it
        if key in entities:  # two forms of one person in this article
            old = entities[key]
            e = replace(old, aliases=tuple(sorted(set(old.aliases) | set(e.aliases) | {e.name})),
                        mentions=old.mentions + e.mentions)
        elif key != e.key:
            e = replace(e, key=key, aliases=tuple(sorted(set(e.aliases) | {e.name})))
        entities[key] = e
    quotes = tuple(replace(q, speaker=m(q.speaker), addressee=m(q.addressee), channel=m(q.channel),
                           mentions=tuple(sorted({m(k) for k in q.mentions} - {""})),
                           on_behalf_of=m(q.on_behalf_of)) for q in ex.quotes)
    figures = tuple(replace(f, about=m(f.about), source=m(f.source), speaker=m(f.speaker), place=m(f.place))
                    for f in ex.figures)
    roles = tuple(replace(r, person=m(r.person)) for r in ex.roles if m(r.person))
    policies = tuple(replace(p, key=m(p.key), topic=m(p.topic) if p.topic else "",
                             concerns=tuple(sorted({m(k) for k in p.concerns} - {""}))) for p in ex.policies)
    relations = [_acting(replace(r, subject=m(r.subject), object=m(r.object), on_behalf_of=m(r.on_behalf_of)),
                         r.subject) for r in ex.relations]
    relations = tuple(r for r in relations if r.subject and r.object and r.subject != r.object)
    return replace(ex, entities=tuple(entities.values()), quotes=quotes, figures=figures, roles=roles,
                   relations=relations, policies=policies)


def _rename(ex: Extraction, canonical: dict[str, str], shared_surnames: frozenset[str] = frozenset()) -> Extraction:
    def fix(record):
        name = canonical.get(record.key, record.name)
        if name != record.name:
            record = replace(record, name=name,
                             aliases=tuple(sorted((set(record.aliases) | {record.name}) - {name})))
        if isinstance(record, Entity) and record.kind == "person":
            kept = tuple(a for a in record.aliases if not _names_a_namesake(record.key, a, shared_surnames))
            if kept != record.aliases:
                record = replace(record, aliases=kept)
        return record

    return replace(ex, entities=tuple(fix(e) for e in ex.entities), policies=tuple(fix(p) for p in ex.policies))


KNOWN_BY_POST = " (known by post in "


def known_by_post_key(title: str, source: str) -> str:
    """The key of the unnamed holder of a post in one article: one node per article, never merged
    with another article's (another year's Taoiseach may be meant there)."""
    return f"person:{title.lower()}{KNOWN_BY_POST}{source})"


def is_known_only_by_post(key: str) -> bool:
    """Whether an entity key is a person the article knows only by a post ("the Taoiseach said")."""
    return KNOWN_BY_POST in key


def _one_holder_at_a_time(title: str) -> bool:
    """A post the gazetteer ties to one body or place (Home Secretary: the Home Office), so that a bare
    mention of it can only mean its one holder; a post every force, council or party has is not."""
    from .gazetteer import load, normalise_title

    known = load().title_for(title)
    return known is not None and bool(known.organisation or known.jurisdiction) \
        and normalise_title(known.title) == normalise_title(title)


def _names_a_namesake(key: str, alias: str, shared_surnames: frozenset[str]) -> bool:
    """An alias that is only the surname ("Johnson", "Mr Johnson") of a full-named person whose surname
    another person in the corpus shares: it would label both, so it identifies neither."""
    words = key.split(":", 1)[1].split(" (", 1)[0].split()  # "person:ann hollis (police f)": kept apart by profile
    if len(words) < 2 or words[-1] not in shared_surnames:
        return False
    said = alias.lower().split()
    return bool(said) and said[-1] == words[-1] and len(said) <= 2 and said[0] != words[0]
