"""The interactive page: one self-contained HTML file, offline from file://.

pyvis assembles the network (nodes, edges, vis-network options) from a
networkx projection of the RDF graph; our own Jinja template (autoescape on)
renders it with vis-network inlined, a legend with class filters, search,
a reset button and a details panel. The page holds three views: the statements
view below (quotes, figures and posts as nodes), the corpus overview of
actors (see `overview.py`), which the page draws and narrows itself, and the
Figures view of claims, a timeline per measure (`figures_data`; Chart.js, MIT,
vendored in templates/ and inlined like vis-network when there are claims to
draw). All article text reaches the page as JSON
in a `<script type="application/json">` block (Jinja's `tojson` escapes `<`,
`>` and `&`) and is put on screen with `textContent` only, so nothing in an
article can run.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .. import resources as gb_resources
from ..rdf import OA
from ..vocab import GB
from .labels import ORG_NS, ontology_labels
from .termgraph import TermGraph
from .pageoptions import DEFAULT_MAX_NODES, DEFAULT_OVERVIEW_NODES, PageOptions  # noqa: F401  (re-exported)

DETAIL_LIMIT = 30  # quotes and relations listed in a node's panel (by IRI order); the rest are counted
STYLE = {  # class -> (legend name, colour, shape), most specific first
    "Politician": ("Politician", "#d62728", "dot"),
    "PoliceOfficer": ("Police officer", "#1f3b99", "dot"),
    "Person": ("Person", "#ff7f0e", "dot"),
    "PoliceBody": ("Police body", "#1f77b4", "square"),
    "Committee": ("Committee", "#17becf", "square"),
    "GovernmentBody": ("Government body", "#2ca02c", "square"),
    "PoliticalParty": ("Party", "#9467bd", "square"),
    "MediaOrganization": ("Media", "#8c564b", "square"),
    "Organization": ("Organisation", "#7f7f7f", "square"),
    "Place": ("Place", "#bcbd22", "triangle"),
    "Policy": ("Policy", "#e377c2", "star"),
    "Post": ("Post", "#c5b0d5", "diamond"),
    "Figure": ("Figure", "#6baed6", "box"),
    "Quote": ("Quote", "#ffbb78", "ellipse"),
}
HIDDEN_PREDICATES = {GB.evidence, GB.inArticle, RDF.type, PROV.wasDerivedFrom, RDF.subject, RDF.object,
                     RDF.predicate, SKOS.inScheme}


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2")
    return lib.joinpath("vis-network.min.js").read_text("utf-8"), lib.joinpath("vis-network.css").read_text("utf-8")


@lru_cache(maxsize=1)
def _chart_js() -> str:
    return resources.files("graphbuild.export").joinpath("templates/chart.umd.min.js").read_text("utf-8")


# the columns of `queries/claims-by-measure.rq` the Figures view shows; a claim's article is an index
# into the view's own list of articles (headline, date, file), so a corpus's headlines are written once
FIGURE_COLUMNS = ("measure", "jurisdiction", "period", "start", "end", "kind", "direction", "value", "unit",
                  "statedBy", "sentence", "disagreesWith", "figure")
ARTICLE_COLUMNS = ("headline", "published", "file")


def figures_data(table) -> dict:
    """The Figures view's claims from the rows of the claims query (a `query.Table`), in its order."""
    at = {name: table.variables.index(name) for name in FIGURE_COLUMNS + ARTICLE_COLUMNS}
    articles: dict[tuple[str, ...], int] = {}
    rows = []
    for row in table.rows:
        article = tuple(row[at[name]] for name in ARTICLE_COLUMNS)
        index = articles.setdefault(article, len(articles))
        rows.append([row[at[name]] for name in FIGURE_COLUMNS] + [index])
    return {"columns": [*FIGURE_COLUMNS, "article"], "rows": rows, "articles": [list(a) for a in articles]}


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("graphbuild.export", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template("graph.html.j2")


def warm_up() -> None:
    """Import and load all that a page needs but the data (for a helper that renders it later)."""
    from pyvis.network import Network  # noqa: F401

    from . import overview  # noqa: F401

    import pyoxigraph  # noqa: F401  (the claims query)

    ontology_labels()
    _vis_assets()
    _chart_js()
    _template()


def _cls(graph: Graph, node) -> str | None:
    types = {str(t)[len(GB._NS):] for t in graph.objects(node, RDF.type) if str(t).startswith(GB._NS)}
    return next((cls for cls in STYLE if cls in types), None)


def _text(value) -> str:
    return "" if value is None else str(value)


def _name(graph: Graph, node) -> str:
    for prop in (RDFS.label, GB.surfaceText, GB.text, GB.title):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Actors, posts, policies, quotes and figures as nodes; their object properties as edges."""
    labels = ontology_labels()
    g = nx.MultiDiGraph()
    for node in sorted(set(graph.subjects(RDF.type, None))):
        cls = _cls(graph, node)
        if cls is not None:
            g.add_node(str(node), cls=cls, name=_name(graph, node))
    hidden = {str(p) for p in HIDDEN_PREDICATES}
    links = graph.iri_links() if isinstance(graph, TermGraph) else (
        (str(s), str(p), str(o)) for s, p, o in graph if isinstance(o, URIRef))
    for s, p, o in sorted(links):
        if p in hidden or s not in g or o not in g:
            continue
        g.add_edge(s, o, key=p, label=labels.get(p, p.rsplit("#", 1)[-1]))
    return g


def _more(found: int) -> list[str]:
    return ["… and more in graph.ttl"] if found > DETAIL_LIMIT else []


def _details(graph: Graph, node: URIRef, cls: str) -> dict:
    """What the side panel shows, as plain strings (rendered with textContent)."""
    name = _name(graph, node)
    aliases = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
    fields: list[tuple[str, object]] = []
    sentence = ""
    for ev in sorted(graph.objects(node, GB.evidence)):
        sentence = _text(graph.value(ev, GB.sentence))
        break
    detail = {"type": STYLE[cls][0], "name": name, "aliases": aliases, "quote": "", "fields": fields}
    label = lambda n: _name(graph, n) if n is not None else ""  # noqa: E731
    if aliases:
        fields.append(("Also called", aliases))
    if cls == "Quote":
        detail["quote"] = _text(graph.value(node, GB.text))
        detail["name"] = "Quote"
        for title, prop in (("Speaker", GB.speaker), ("To", GB.addressee), ("Reported by", GB.channel)):
            value = graph.value(node, prop)
            if value is not None:
                fields.append((title, label(value)))
        if graph.value(node, GB.cueVerb) is not None:
            fields.append(("Cue verb", _text(graph.value(node, GB.cueVerb))))
        mentioned = sorted(label(m) for m in graph.objects(node, GB.mentions))
        if mentioned:
            fields.append(("Mentions", mentioned))
    elif cls == "Figure":
        fields.append(("Value", f"{_text(graph.value(node, GB.value))} {_text(graph.value(node, GB.unit))}"))
        for title, prop in (("Measures", GB.measures), ("Qualifier", GB.qualifier), ("Period", GB.period)):
            if graph.value(node, prop) is not None:
                fields.append((title, _text(graph.value(node, prop))))
        for title, prop in (("About", GB.about), ("Place", GB.place), ("Source", GB.source), ("Said by", GB.speaker)):
            if graph.value(node, prop) is not None:
                fields.append((title, label(graph.value(node, prop))))
    elif cls == "Post":
        org = graph.value(node, URIRef(f"{ORG_NS}postIn"))
        holders = sorted(label(p) for p in graph.subjects(URIRef(f"{ORG_NS}holds"), node))
        fields.append(("Held by", holders))
        if org is not None:
            fields.append(("In", label(org)))
    else:
        posts = []
        for post in sorted(graph.objects(node, URIRef(f"{ORG_NS}holds"))):
            org = graph.value(post, URIRef(f"{ORG_NS}postIn"))
            posts.append(label(post) + (f", {label(org)}" if org is not None else ""))
        if posts:
            fields.append(("Posts", posts))
        said = sorted(q for q in graph.subjects(GB.speaker, node) if (q, RDF.type, GB.Quote) in graph)
        quotes = [f"“{q}”" for q in sorted(_short(_text(graph.value(q, GB.text)), 240)
                                           for q in said[:DETAIL_LIMIT])]
        if quotes:
            fields.append(("Quotes", quotes + _more(len(said))))
        stances = []
        labels = ontology_labels()
        statements = sorted(graph.subjects(RDF.subject, node))
        for st in statements[:DETAIL_LIMIT]:
            pred, obj = graph.value(st, RDF.predicate), graph.value(st, RDF.object)
            negated = graph.value(st, GB.negated)
            prefix = "not " if negated is not None and negated.toPython() else ""
            stances.append(f"{prefix}{labels.get(str(pred), str(pred))} {label(obj)}")
        if stances:
            fields.append(("Relations", stances + _more(len(statements))))
    if sentence:
        fields.append(("Evidence", sentence))
    return detail


def page_data(graph: Graph, options: PageOptions = PageOptions(), *,
              centrality: dict[str, float] | None = None) -> dict:
    """Everything the page needs, as JSON-ready data; deterministic for a given graph.

    `centrality` (node -> degree centrality) comes from the whole corpus when
    `graph` is only the neighbourhood of the nodes to show (see `table_page_data`).
    """
    full = to_networkx(graph)
    if centrality is None:
        simple = nx.DiGraph(full)
        centrality = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    ranked = sorted(centrality, key=lambda n: (-centrality[n], n))
    keep = set(ranked[: options.max_nodes])
    top = max(centrality.values(), default=0.0) or 1.0
    nodes, details, counts = [], {}, {}
    for node_id in sorted(keep):
        attrs = full.nodes[node_id]
        cls = attrs["cls"]
        legend_name = STYLE[cls][0]
        counts[cls] = counts.get(cls, 0) + 1
        detail = _details(graph, URIRef(node_id), cls)
        details[node_id] = detail
        tip = [f"{legend_name}: {attrs['name']}"]
        if detail["aliases"]:
            tip.append("Also: " + ", ".join(detail["aliases"]))
        evidence = next((v for k, v in detail["fields"] if k == "Evidence"), "")
        if evidence:
            tip.append(_short(evidence, 300))
        size = 12 + 30 * (centrality.get(node_id, 0.0) / top)
        limit = 24 if cls in ("Quote", "Figure") else 38
        nodes.append({"id": node_id, "label": _short(attrs["name"], limit), "group": cls, "title": "\n".join(tip),
                      "shape": STYLE[cls][2], "size": round(size, 2),
                      "articles": sorted(str(a) for a in graph.objects(URIRef(node_id), PROV.wasDerivedFrom))})
    edges = []
    for s, o, key, attrs in sorted(full.edges(keys=True, data=True)):
        if s in keep and o in keep:
            edges.append({"id": f"{s} {key} {o}", "from": s, "to": o, "label": attrs["label"], "arrows": "to"})
    big = len(nodes) > 300
    data = {
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "legend": [{"group": cls, "name": STYLE[cls][0], "color": STYLE[cls][1], "count": counts[cls]}
                   for cls in STYLE if cls in counts],
        "options": {
            "layout": {"improvedLayout": not big, "randomSeed": 7},
            "physics": {"enabled": True, "solver": "forceAtlas2Based" if not big else "barnesHut",
                        "stabilization": {"enabled": True, "iterations": 250 if not big else 120,
                                          "updateInterval": 50, "fit": True},
                        "barnesHut": {"gravitationalConstant": -6000, "springLength": 120},
                        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110}},
            "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
            "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False if big else {"type": "dynamic"},
                      "scaling": {"min": 1, "max": 8, "label": {"enabled": False}},
                      "color": {"color": "#9aa4ae"}},
            "nodes": {"font": {"size": 13}, "scaling": {"min": 10, "max": 42}},
            "groups": {cls: {"color": {"background": colour, "border": "#333333"}, "shape": shape,
                             "font": {"color": "#ffffff" if shape in ("box", "ellipse") and cls != "Quote"
                                      else "#222222"}}
                       for cls, (_, colour, shape) in STYLE.items()},
        },
        "left_out": len(centrality) - len(keep),
        "total_nodes": len(centrality),
    }
    return data


def table_page_data(table, options: PageOptions = PageOptions()) -> dict:
    """`page_data` for a corpus held in a TripleTable: the same page as from the whole graph.

    Degree centrality is computed over every node from the table's distinct
    links; only the neighbourhood of the nodes shown (their own triples, what
    their details panel names, and the first evidence span of each) is loaded.
    """
    cls_of: dict[str, str] = {}
    types: dict[str, set[str]] = {}
    for node, cls in table.typed(str(RDF.type), [GB[c] for c in STYLE]):
        types.setdefault(node, set()).add(cls[len(GB._NS):])
    for node, found in types.items():
        cls_of[node] = next(c for c in STYLE if c in found)
    index = {node: i for i, node in enumerate(sorted(cls_of))}
    pairs = {(index[s], index[o]) for s, o in table.links(HIDDEN_PREDICATES) if s in index and o in index}
    degree = [0] * len(index)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    scale = 1.0 / (len(index) - 1) if len(index) > 1 else 0.0
    centrality = {node: degree[i] * scale for node, i in index.items()}
    keep = sorted(centrality, key=lambda n: (-centrality[n], n))[: options.max_nodes]
    skip = [GB.evidence, PROV.wasDerivedFrom, RDF.type, SKOS.inScheme, GB.inArticle]
    near = set(keep) | table.objects(keep, skip) | table.subjects([URIRef(f"{ORG_NS}holds")], keep)
    # what a panel lists, up to one more than it shows (so it knows there are more), and their counts
    limit = DETAIL_LIMIT + 1
    said = table.first_subjects(GB.speaker, keep, limit, of_type=(str(RDF.type), str(GB.Quote)))
    statements = table.first_subjects(RDF.subject, keep, limit)
    near |= said | statements
    near |= table.objects(near - set(keep), skip)
    first_evidence = table.first_objects(keep, GB.evidence)
    graph = TermGraph(table.rows_of(near, skip=[GB.evidence, PROV.wasDerivedFrom])
                      + table.rows_of(first_evidence.values()))
    for node, evidence in first_evidence.items():
        graph.add((URIRef(node), GB.evidence, URIRef(evidence)))
    for node, source in table.pairs(keep, str(PROV.wasDerivedFrom)):  # the articles a node was read in
        graph.add((URIRef(node), PROV.wasDerivedFrom, URIRef(source)))
    return page_data(graph, options, centrality=centrality)


def html_bytes(graph: Graph, articles: list[str], options: PageOptions = PageOptions()) -> bytes:
    """The page of an rdflib graph."""
    from ..claimsfile import claims_of_graph
    from .overview import overview_data

    return render_page(page_data(graph, options), _counts(lambda classes: len(
        {s for cls in classes for s in graph.subjects(RDF.type, cls)})), articles,
        overview_data(graph, max_drawn=options.overview_nodes), options.view, figures_data(claims_of_graph(graph)))


def table_html_bytes(table, articles: list[str], options: PageOptions = PageOptions()) -> bytes:
    """The page of a corpus held in a TripleTable (see `table_page_data`).

    The overview reads every node but evidence spans, without their evidence:
    far less than the whole corpus, and the same overview as from the graph.
    """
    from ..claimsfile import claims_of_table
    from .overview import overview_classes, overview_data

    nodes = {node for node, _ in table.typed(str(RDF.type), overview_classes())}
    unread = [GB.evidence, GB.cueVerb, GB.partial, GB.contentHash, SKOS.prefLabel, SKOS.inScheme, GB.unit, GB.value]
    # each node's first evidence span, its sentence and article only: what an edge shows as its evidence
    first_evidence = table.first_objects(nodes, GB.evidence)
    span_rows = table.rows_of(first_evidence.values(), skip=[RDF.type, OA.exact, OA.start, OA.end, GB.sentenceStart,
                                                             GB.sentenceEnd, GB.paragraph])
    subset = TermGraph(table.rows_of(nodes, skip=unread) + span_rows)
    for node, evidence in first_evidence.items():
        subset.add((URIRef(node), GB.evidence, URIRef(evidence)))
    return render_page(table_page_data(table, options),
                       _counts(lambda classes: table.count_typed(str(RDF.type), classes)), articles,
                       overview_data(subset, max_drawn=options.overview_nodes), options.view,
                       figures_data(claims_of_table(table)))


def render_page(data: dict, counts: str, articles: list[str], overview: dict | None = None,
                view: str | None = None, figures: dict | None = None) -> bytes:
    from pyvis.network import Network

    overview = dict(overview or {"articles": [], "nodes": [], "edges": [], "places": [], "central": []})
    # each statements-view node's articles, as indices into the overview's article list (the page's article picker)
    article_index = {iri: i for i, iri in enumerate(overview.pop("articleIris", []))}
    for node in data["nodes"]:
        node["articles"] = [article_index[a] for a in node.get("articles", ()) if a in article_index]
    # pyvis holds the network as vis-network expects it; the template renders it.
    net = Network(directed=True, cdn_resources="in_line")
    for node in data["nodes"]:
        net.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in data["edges"]:
        net.add_edge(edge["from"], edge["to"], **{k: v for k, v in edge.items() if k not in ("from", "to")})
    data["nodes"], data["edges"] = net.nodes, net.edges
    vis_js, vis_css = _vis_assets()
    heading = "; ".join(articles) if len(articles) <= 3 else f"{len(articles)} articles"
    notice = ""
    if data["left_out"]:
        notice = (f"Showing the {len(data['nodes'])} most central of {data['total_nodes']} nodes; "
                  f"{data['left_out']} left out (raise --max-nodes to see more).")
    if view is None:
        view = "overview" if len(overview["articles"]) > 1 else "statements"
    data["overview"] = overview
    data["classStyle"] = {cls: [name, colour] for cls, (name, colour, _) in STYLE.items()}
    data["defaultView"] = view
    figures = figures or {"columns": [*FIGURE_COLUMNS, "article"], "rows": [], "articles": []}
    page = _template().render(
        title=f"graphbuild: {heading}",
        heading=heading,
        counts=counts,
        notice=notice,
        names=sorted({n["label"] for n in data["nodes"]}),
        statements={key: data.pop(key) for key in ("nodes", "edges", "details")},
        data=data,
        vis_js=vis_js,
        vis_css=vis_css,
        figures=figures,
        chart_js=_chart_js() if figures["rows"] else "",  # 200 kB: only where there are claims to draw
    )
    return page.encode("utf-8")


def _counts(count_typed) -> str:
    """The page's summary line; `count_typed(classes)` counts the distinct nodes typed with any of them."""
    entity_classes = [GB[c] for c in ("Person", "Organization", "Place", "Politician", "PoliceOfficer", "PoliceBody",
                                      "GovernmentBody", "Committee", "PoliticalParty", "MediaOrganization")]
    return (f"{count_typed(entity_classes)} entities · {count_typed([GB.Quote])} quotes · "
            f"{count_typed([GB.Figure])} figures · {count_typed([GB.Policy])} policies · "
            f"{count_typed([GB.RelationStatement])} relations")
