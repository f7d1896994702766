"""A first interactive view of the graph: pyvis over a networkx projection.

Only actors, posts, quotes, figures and policies become nodes; evidence and
article nodes stay in the Turtle. All article text is HTML-escaped.
"""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..fileio import atomic_write
from ..records import Extraction
from ..vocab import GB

STYLE = {  # class -> (colour, shape)
    "Politician": ("#d62728", "dot"),
    "PoliceOfficer": ("#1f3b99", "dot"),
    "Person": ("#ff7f0e", "dot"),
    "PoliceBody": ("#1f77b4", "square"),
    "GovernmentBody": ("#2ca02c", "square"),
    "Committee": ("#17becf", "square"),
    "PoliticalParty": ("#9467bd", "square"),
    "MediaOrganization": ("#8c564b", "square"),
    "Organization": ("#7f7f7f", "square"),
    "Place": ("#bcbd22", "triangle"),
    "Post": ("#c5b0d5", "diamond"),
    "Policy": ("#e377c2", "star"),
    "Figure": ("#aec7e8", "box"),
    "Quote": ("#ffbb78", "ellipse"),
}
HIDDEN_PREDICATES = {GB.evidence, GB.inArticle, RDF.type}


def _node_class(graph: Graph, node) -> str | None:
    types = {str(t)[len(GB._NS):] for t in graph.objects(node, RDF.type) if str(t).startswith(GB._NS)}
    for cls in STYLE:
        if cls in types:
            return cls
    return None


def _label(graph: Graph, node) -> str:
    label = graph.value(node, RDFS.label) or graph.value(node, GB.surfaceText) or graph.value(node, GB.text) or ""
    text = str(label)
    return text if len(text) <= 40 else text[:37] + "…"


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node in sorted(set(graph.subjects(RDF.type, None))):
        cls = _node_class(graph, node)
        if cls is None:
            continue
        aliases = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
        g.add_node(str(node), cls=cls, label=_label(graph, node), aliases=aliases)
    for s, p, o in sorted(graph):
        if p in HIDDEN_PREDICATES or isinstance(o, Literal) or not isinstance(o, URIRef):
            continue
        if str(s) in g and str(o) in g:
            g.add_edge(str(s), str(o), label=str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1])
    return g


def html_bytes(graph: Graph, extractions: list[Extraction]) -> bytes:
    from pyvis.network import Network

    g = to_networkx(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    centrality = nx.degree_centrality(nx.DiGraph(g)) if len(g) > 1 else {}
    for node, data in g.nodes(data=True):
        colour, shape = STYLE[data["cls"]]
        tip = f"{data['cls']}: {data['label']}"
        if data["aliases"]:
            tip += " (" + ", ".join(data["aliases"]) + ")"
        net.add_node(node, label=html.escape(data["label"]), title=html.escape(tip), color=colour, shape=shape,
                     size=10 + 40 * centrality.get(node, 0))
    for s, o, data in g.edges(data=True):
        net.add_edge(s, o, label=data["label"], arrows="to")
    net.toggle_physics(True)
    page = net.generate_html()
    return page.encode("utf-8")


def write_html(graph: Graph, extractions: list[Extraction], path: Path) -> Path:
    atomic_write(path, html_bytes(graph, extractions))
    return path
