"""The corpus overview: who is connected to whom, across many articles.

The statements view draws every quote, figure and post as a node, which turns
a corpus into a hairball. Here the nodes are actors (people, bodies, parties,
committees) and policies only; statements fold into what they connect:

- a post becomes a person–body edge labelled with the post,
- a relation statement or stance becomes an edge from its subject to its object,
- a quote becomes edges from its speaker to whom it addresses or mentions, and a
  figure edges from who gave it to what it is about; both are also counted and
  listed on the speaker's (or the figure's subject's) node.

Statements of one label between one pair fold into ONE edge ("told" by a quote
and by a relation is one "told"), which carries the evidence of every statement
behind it: the sentence each was read in and its article, so a reader can check
an edge in one click. Every edge and node keeps the articles it was read in, so
the page can narrow the view to a date range, a set of articles or a place
without a rebuild, and weigh an edge by the number of articles that support it.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from ..vocab import GB

ORG_NS = "http://www.w3.org/ns/org#"
SCHEMA_NS = "http://schema.org/"
ACTOR_CLASSES = ("Politician", "PoliceOfficer", "Person", "PoliceBody", "Committee", "GovernmentBody",
                 "PoliticalParty", "MediaOrganization", "Organization", "Policy")
OTHER_CLASSES = ("NewsArticle", "Post", "Quote", "Figure", "RelationStatement", "Place")  # read, never drawn
# the links between actors that are no statement of their own (relations are read from their statements)
STRUCTURAL = {str(RDF.type), str(PROV.wasDerivedFrom), str(GB.evidence), str(SKOS.inScheme), f"{ORG_NS}holds",
              f"{ORG_NS}postIn", str(GB.jurisdiction)}
COMMUNITY_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
                     "#bcbd22", "#393b79", "#637939", "#843c39")
PANEL_LIMIT = 40  # quotes or figures per node carried into the page (the panel says how many more)
EVIDENCE_LIMIT = 20  # evidence sentences per edge carried into the page (the panel says how many more)
SENTENCE_LIMIT = 600  # characters of one evidence sentence carried into the page
LABELLED = 15  # actors labelled at the first zoom, by centrality
DATA_FACTOR = 20  # actors carried in the page: this many times the drawn cap, by weight (the rest are in graph.ttl)


def overview_classes() -> list[URIRef]:
    """The classes whose nodes the overview reads (all but evidence spans): used to load a corpus table's subset."""
    return [GB[c] for c in ACTOR_CLASSES + OTHER_CLASSES]


def _cls(types: set[str]) -> str | None:
    return next((c for c in ACTOR_CLASSES if c in types), None)


def _label(graph: Graph, node) -> str:
    for prop in (RDFS.label, GB.title, GB.surfaceText):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def evidence_of(graph: Graph, node) -> tuple[str, str] | None:
    """(article IRI, sentence) of a statement's first evidence span (by IRI: what a corpus table loads too)."""
    spans = sorted(graph.objects(node, GB.evidence))
    if not spans:
        return None
    sentence, article = graph.value(spans[0], GB.sentence), graph.value(spans[0], GB.inArticle)
    if sentence is None or article is None:
        return None
    return str(article), str(sentence)


def articles_of(graph: Graph) -> list[dict]:
    """The corpus's articles, by date (undated last), then file name: what the page's list shows."""
    found = []
    for art in set(graph.subjects(RDF.type, GB.NewsArticle)):
        date = str(graph.value(art, URIRef(f"{SCHEMA_NS}datePublished")) or "")
        source = str(graph.value(art, GB.sourceFile) or "")
        publisher = graph.value(art, URIRef(f"{SCHEMA_NS}publisher"))
        outlet = str(graph.value(art, GB.outlet) or "") or (
            _label(graph, publisher) if isinstance(publisher, URIRef) else str(publisher or ""))
        headline = str(graph.value(art, URIRef(f"{SCHEMA_NS}headline")) or "") or source
        found.append({"iri": str(art), "headline": headline, "outlet": outlet, "date": date, "file": source})
    return sorted(found, key=lambda a: (a["date"] == "", a["date"], a["file"], a["iri"]))


def actor_graph(graph: Graph) -> nx.MultiDiGraph:
    """Actors and policies as nodes, statements folded into edges; every node and edge knows its articles.

    Node attributes: `cls`, `name`, `aliases`, `articles` (article IRIs it was
    read in), `quotes` and `figures` ((article IRI, text) pairs), `posts`.
    Edge attributes (key = label: one edge per label between a pair): `label`,
    `kind` (post, relation, quote, figure, link: of its first statement),
    `articles`, whose size is the edge's support, `statements` (the IRIs of the
    statement nodes behind it) and `evidence` ((article IRI, sentence) pairs).
    """
    from .html import _ontology_labels

    labels = _ontology_labels()
    derived = lambda n: {str(a) for a in graph.objects(n, PROV.wasDerivedFrom)}  # noqa: E731
    g = nx.MultiDiGraph()
    types: dict = {}
    for node, cls in graph.subject_objects(RDF.type):
        if str(cls).startswith(GB._NS):
            types.setdefault(node, set()).add(str(cls)[len(GB._NS):])
    for node in sorted(types):
        cls = _cls(types[node])
        if cls is not None:
            g.add_node(str(node), cls=cls, name=_label(graph, node), articles=derived(node), quotes=[], figures=[],
                       posts=[], aliases=sorted({str(a) for a in graph.objects(node, SKOS.altLabel)}))

    def link(s, o, kind: str, label: str, articles: set[str], via=None, evidence=None) -> None:
        s, o = str(s), str(o)
        if s == o or s not in g or o not in g:
            return
        if not g.has_edge(s, o, label):
            g.add_edge(s, o, key=label, kind=kind, label=label, articles=set(), statements=set(), evidence=set())
        attrs = g.edges[s, o, label]
        attrs["articles"] |= articles
        if via is not None:
            attrs["statements"].add(str(via))
            evidence = evidence or evidence_of(graph, via)
        if evidence is not None:
            attrs["evidence"].add(evidence)

    holds, post_in = URIRef(f"{ORG_NS}holds"), URIRef(f"{ORG_NS}postIn")
    for person, post in sorted(graph.subject_objects(holds)):
        title, body = _label(graph, post), graph.value(post, post_in)
        if str(person) in g:
            g.nodes[str(person)]["posts"].append(title + (f", {_label(graph, body)}" if body is not None else ""))
        if body is not None:
            link(person, body, "post", title, derived(post), post)
    stated = set()
    for st in sorted(graph.subjects(RDF.type, GB.RelationStatement)):
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        stated.add((s, p, o))
        negated = graph.value(st, GB.negated)
        prefix = "not " if negated is not None and negated.toPython() else ""
        link(s, o, "relation", prefix + labels.get(str(p), str(p).rsplit("#", 1)[-1]), derived(st), st)
    for node in list(g):  # direct links with no statement (e.g. a policy about a body): read where both are
        for p, o in sorted(graph.predicate_objects(URIRef(node))):
            if str(o) in g and str(p) not in STRUCTURAL and (URIRef(node), p, o) not in stated:
                both = g.nodes[node]["articles"] & g.nodes[str(o)]["articles"]
                found = evidence_of(graph, URIRef(node))  # where the subject is named: no statement of its own
                found = found if found is not None and found[0] in (both or g.nodes[node]["articles"]) else None
                link(node, o, "link", labels.get(str(p), str(p).rsplit("#", 1)[-1]), both or g.nodes[node]["articles"],
                     evidence=found)
    for quote in sorted(graph.subjects(RDF.type, GB.Quote)):
        speaker, arts = graph.value(quote, GB.speaker), derived(quote)
        if speaker is None or str(speaker) not in g:
            continue
        text = str(graph.value(quote, GB.text) or "")
        g.nodes[str(speaker)]["quotes"].extend((a, text) for a in sorted(arts))
        for prop, label in ((GB.addressee, "told"), (GB.mentions, "quoted on")):
            for target in graph.objects(quote, prop):
                link(speaker, target, "quote", label, arts, quote)
    for figure in sorted(graph.subjects(RDF.type, GB.Figure)):
        arts = derived(figure)
        about = graph.value(figure, GB.about)
        makers = [m for m in (graph.value(figure, GB.speaker), graph.value(figure, GB.source)) if m is not None]
        text = " ".join(x for x in (str(graph.value(figure, GB.surfaceText) or ""),
                                    str(graph.value(figure, GB.measures) or "")) if x)
        owner = next((str(n) for n in [about, *makers] if n is not None and str(n) in g), None)
        if owner is not None:
            g.nodes[owner]["figures"].extend((a, text) for a in sorted(arts))
        for maker in makers:
            if about is not None:
                link(maker, about, "figure", "gave a figure on", arts, figure)
    return g


def _evidence_rows(evidence: set[tuple[str, str]], index: dict[str, int]) -> tuple[list, int]:
    """An edge's evidence for the page: ([article index, sentence] by article order, at most EVIDENCE_LIMIT),
    and how many there are in all."""
    rows = sorted({(index[a], _clip(sentence)) for a, sentence in evidence if a in index})
    return [list(r) for r in rows[:EVIDENCE_LIMIT]], len(rows)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SENTENCE_LIMIT else text[: SENTENCE_LIMIT - 1].rstrip() + "…"


def places_of(graph: Graph) -> list[dict]:
    """Places and the articles naming them: the page's place filter."""
    places = []
    for place in sorted(set(graph.subjects(RDF.type, GB.Place))):
        arts = sorted(str(a) for a in graph.objects(place, PROV.wasDerivedFrom))
        if arts:
            places.append({"name": _label(graph, place), "articles": arts})
    return sorted(places, key=lambda p: (p["name"].lower(), p["name"]))


def communities(g: nx.MultiDiGraph) -> dict[str, int]:
    """Louvain communities of the undirected actor graph weighted by support (fixed seed), largest first."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g))
    for s, o, attrs in g.edges(data=True):
        weight = len(attrs["articles"])
        if weight <= 0 or s == o:
            continue  # an edge no article supports, or a loop, weighs nothing (and Louvain divides by the total)
        if simple.has_edge(s, o):
            simple.edges[s, o]["weight"] += weight
        else:
            simple.add_edge(s, o, weight=weight)
    if simple.number_of_edges() == 0:
        return {}
    found = nx.community.louvain_communities(simple, weight="weight", seed=7)
    ranked = sorted((sorted(c) for c in found if len(c) > 1), key=lambda c: (-len(c), c[0]))
    return {node: i for i, members in enumerate(ranked) for node in members}


def overview_data(graph: Graph, *, max_drawn: int) -> dict:
    """The overview as JSON-ready data (articles by index); deterministic for a given graph."""
    articles = articles_of(graph)
    index = {a["iri"]: i for i, a in enumerate(articles)}
    g = actor_graph(graph)
    weight = {n: len(a["articles"]) for n, a in g.nodes(data=True)}
    for s, o, attrs in g.edges(data=True):
        weight[s] += len(attrs["articles"])
        weight[o] += len(attrs["articles"])
    ranked = sorted(g, key=lambda n: (-weight[n], n))
    keep = set(ranked[: max(max_drawn * DATA_FACTOR, 1)])
    g = g.subgraph(keep).copy()
    community = communities(g)
    ids = sorted(g)
    position = {n: i for i, n in enumerate(ids)}
    arts = lambda found: sorted(index[a] for a in found if a in index)  # noqa: E731
    nodes = []
    for n in ids:
        a = g.nodes[n]
        nodes.append({
            "id": n, "name": a["name"], "group": a["cls"], "aliases": a["aliases"], "articles": arts(a["articles"]),
            "community": community.get(n, -1), "posts": a["posts"],
            "quotes": [[index[art], text] for art, text in a["quotes"][:PANEL_LIMIT] if art in index],
            "quoteCount": len(a["quotes"]),
            "figures": [[index[art], text] for art, text in a["figures"][:PANEL_LIMIT] if art in index],
            "figureCount": len(a["figures"]),
        })
    edges = [[position[s], position[o], attrs["kind"], attrs["label"], arts(attrs["articles"]),
              *_evidence_rows(attrs["evidence"], index)]
             for s, o, _, attrs in sorted(g.edges(keys=True, data=True))]
    central = [n for n in ranked if n in keep][:LABELLED]
    place_rows = [{"name": p["name"], "articles": arts(p["articles"])} for p in places_of(graph)]
    return {
        "articles": [{k: a[k] for k in ("headline", "outlet", "date", "file")} for a in articles],
        "nodes": nodes,
        "edges": edges,
        "places": [p for p in place_rows if p["articles"]],
        "central": central,
        "communityColours": list(COMMUNITY_COLOURS),
        "maxDrawn": max_drawn,
        "leftOut": len(ranked) - len(keep),
    }
