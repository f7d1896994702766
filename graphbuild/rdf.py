"""Extraction records -> triples -> rdflib Graph. The only module that calls `graph.add`.

`article_triples` turns one (resolved) extraction into its triples; a corpus
build streams them into an on-disk table (`tripletable`), small uses build an
rdflib Graph with `build_graph`. Every node is a named node minted by
`iris.mint` (no blank nodes, so output is stable); numbers are xsd:decimal /
xsd:integer literals, never floats.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from . import claims as claimsmod, iris
from .records import Evidence, Extraction
from .vocab import GB

ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("http://schema.org/")
KIND_OF_ENTITY = {"person": "person", "organization": "org", "place": "place"}
PREFIXES = {"gb": GB._NS, "org": ORG, "oa": OA, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
            "owl": OWL, "xsd": XSD}


Triple = tuple[URIRef, URIRef, "URIRef | Literal"]


def new_graph(base: str = iris.DEFAULT_BASE) -> Graph:
    """An empty graph with the project's prefixes bound."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    graph.bind("id", Namespace(base), override=True, replace=True)
    return graph


def add_all(graph: Graph, triples: Iterable[Triple]) -> Graph:
    for triple in triples:
        graph.add(triple)
    return graph


def graph_from_ntriples(source: "Path | str", *, base: str = iris.DEFAULT_BASE) -> Graph:
    """An rdflib graph of an N-Triples file (Path) or document (str), parsed by pyoxigraph:
    several times faster than rdflib's own N-Triples parser, with the same terms."""
    import pyoxigraph

    where = {"path": str(source)} if isinstance(source, Path) else {"input": source}
    triples = pyoxigraph.parse(format=pyoxigraph.RdfFormat.N_TRIPLES, **where)
    return add_all(new_graph(base), ((from_oxigraph(t.subject), from_oxigraph(t.predicate),
                                      from_oxigraph(t.object)) for t in triples))


def from_oxigraph(term, *, blank_nodes: bool = False):
    """A pyoxigraph term as rdflib's. Blank nodes are kept only where asked (the shapes have them);
    a build emits none, so one there is a bug."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if blank_nodes and isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise ValueError(f"blank nodes are never emitted, found {term}")


_XSD_STRING = str(XSD.string)


class _Builder:
    def __init__(self, base: str):
        self.base = base
        self.triples: list[Triple] = []

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def iri(self, kind: str, key: str, label: str | None = None) -> URIRef:
        return iris.mint(self.base, kind, key, label)

    def link(self, node: URIRef, prop: URIRef, key: str) -> None:
        """node –prop→ the entity or policy `key`, when there is one."""
        if key:
            self.add(node, prop, self.entity_iri(key))

    def text(self, node: URIRef, prop: URIRef, value: str) -> None:
        if value:
            self.add(node, prop, Literal(value))

    def entity_iri(self, key: str) -> URIRef:
        """Minted from the key alone: the same entity has one IRI whatever it is called where."""
        kind, _, name = key.partition(":")
        return self.iri(kind, key, name.split("@")[0])  # "…@article:…": the article tells two apart, not the name

    def evidence(self, owner: URIRef, ev: Evidence, article: URIRef, article_hash: str) -> None:
        node = self.iri("evidence", f"{article_hash}|{owner}|{ev.start}|{ev.end}", ev.text[:40])
        self.add(owner, GB.evidence, node)
        self.add(node, RDF.type, GB.Evidence)
        self.add(node, GB.inArticle, article)
        self.add(node, OA.exact, Literal(ev.text))
        self.add(node, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger))
        self.add(node, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger))
        self.add(node, GB.sentence, Literal(ev.sentence))
        self.add(node, GB.sentenceStart, Literal(ev.sentence_start, datatype=XSD.nonNegativeInteger))
        self.add(node, GB.sentenceEnd, Literal(ev.sentence_end, datatype=XSD.nonNegativeInteger))
        self.add(node, GB.paragraph, Literal(ev.paragraph, datatype=XSD.nonNegativeInteger))


def article_triples(ex: Extraction, *, base: str = iris.DEFAULT_BASE) -> list[Triple]:
    """The triples of one article (duplicates possible; a graph or table keeps each once)."""
    b = _Builder(base)
    _add_extraction(b, ex)
    return b.triples


def build_graph(extractions: Iterable[Extraction], *, base: str = iris.DEFAULT_BASE) -> Graph:
    """One graph for any number of articles; the same entity key gives the same node; with the
    disagreements between their claims."""
    graph = new_graph(base)
    for ex in extractions:
        add_all(graph, article_triples(ex, base=base))
    return add_all(graph, disagreement_triples(claimsmod.disagreements(claimsmod.claim_rows(graph)), base=base))


def measure_iri(base: str, measure_id: str) -> URIRef:
    return iris.mint(base, "measure", measure_id, measure_id)


def disagreement_triples(found, *, base: str = iris.DEFAULT_BASE) -> list[Triple]:
    """A gb:Disagreement node for each set of claims `claims.disagreements` found, with every claim."""
    b = _Builder(base)
    for rows, difference in found:
        node = b.iri("disagreement", "|".join(r.figure for r in rows), rows[0].measure.rsplit("/", 1)[-1])
        b.add(node, RDF.type, GB.Disagreement)
        for row in rows:
            b.add(node, GB.claim, URIRef(row.figure))
        b.add(node, GB.measure, URIRef(rows[0].measure))
        b.add(node, GB.relativeDifference, Literal(difference, datatype=XSD.decimal))
    return b.triples


def article_iri(base: str, article) -> URIRef:
    return iris.mint(base, "article", article.content_hash, article.source.rsplit(".", 1)[0])


def article_graphs(extractions: Iterable[Extraction], *, base: str = iris.DEFAULT_BASE):
    """(article IRI, the article's own graph) for each extraction: the named graphs of TriG."""
    for ex in extractions:
        yield article_iri(base, ex.article), add_all(new_graph(base), article_triples(ex, base=base))


def _claim(b: _Builder, node: URIRef, claim, types) -> None:
    """A figure's measure (and the measure concept itself), jurisdiction, period and kind."""
    if claim is None:
        return
    measure = claimsmod.measures()[claim.measure]
    concept = measure_iri(b.base, measure.id)
    b.add(node, GB.measure, concept)
    b.add(concept, RDF.type, GB.Measure)
    b.add(concept, SKOS.prefLabel, Literal(measure.label))
    b.add(concept, SKOS.inScheme, GB.MeasureScheme)
    b.add(node, GB.claimKind, Literal(claim.kind))
    b.text(node, GB.changeDirection, claim.direction)
    if claim.jurisdiction and claim.jurisdiction in types:  # an entity of this article, typed
        b.link(node, GB.claimJurisdiction, claim.jurisdiction)
    if claim.period is not None:
        if claim.period.start:
            b.add(node, GB.periodStart, Literal(claim.period.start, datatype=XSD.date))
        if claim.period.end:
            b.add(node, GB.periodEnd, Literal(claim.period.end, datatype=XSD.date))
        b.add(node, GB.periodLabel, Literal(claim.period.label))


def _add_extraction(b: _Builder, ex: Extraction) -> None:
    from .corpus import is_known_only_by_post  # corpus imports this module

    art = ex.article
    article = article_iri(b.base, art)
    h = art.content_hash
    b.add(article, RDF.type, GB.NewsArticle)
    b.add(article, SCHEMA.headline, Literal(art.title))
    b.add(article, GB.sourceFile, Literal(art.source))
    b.add(article, GB.contentHash, Literal(art.content_hash))
    if art.published:
        b.add(article, SCHEMA.datePublished, Literal(art.published, datatype=XSD.date))
    if art.outlet:
        b.add(article, GB.outlet, Literal(art.outlet))
    if art.url:
        b.add(article, SCHEMA.url, iris.web_address(art.url))

    names = {e.key: e.name for e in ex.entities}
    types = {e.key: e.types for e in ex.entities}
    known_names = {e.key: (e.name, *e.aliases) for e in ex.entities}
    names.update({p.key: p.name for p in ex.policies})
    for e in ex.entities:
        node = b.entity_iri(e.key)
        for cls in e.types:
            b.add(node, RDF.type, GB[cls])
        b.add(node, RDFS.label, Literal(e.name))
        if e.kind == "person" and is_known_only_by_post(e.key):
            b.add(node, GB.knownOnlyByPost, Literal(True))  # "Taoiseach" is the post, not a name: queries can tell
        for alias in e.aliases:
            b.add(node, SKOS.altLabel, Literal(alias))
        b.add(node, PROV.wasDerivedFrom, article)
        for ev in e.mentions:
            b.evidence(node, ev, article, h)

    for role in ex.roles:
        person = b.entity_iri(role.person)
        written = f"{role.qualifier} {role.title}" if role.qualifier else role.title
        post = b.iri("post", f"{role.person}|{role.title}|{role.organisation}|{role.jurisdiction}"
                     + (f"|{role.qualifier}" if role.qualifier else ""), written)
        b.add(post, RDF.type, GB.Post)
        b.add(post, RDFS.label, Literal(written))
        b.add(post, GB.title, Literal(role.title))
        b.text(post, GB.postQualifier, role.qualifier)
        if role.evidence and role.evidence.text.lower() != written.lower():
            # the post as the text words it ("deputy chairman" for Vice-Chair): what a reader searches for
            b.add(post, SKOS.altLabel, Literal(role.evidence.text))
        b.add(person, ORG.holds, post)
        b.link(post, ORG.postIn, role.organisation)
        b.link(post, GB.jurisdiction, role.jurisdiction)
        b.add(post, PROV.wasDerivedFrom, article)
        if role.evidence:
            b.evidence(post, role.evidence, article, h)

    for q in ex.quotes:
        start = q.evidence.start if q.evidence else 0
        node = b.iri("quote", f"{h}|{start}|{q.text}", q.text[:40])
        b.add(node, RDF.type, GB.Quote)
        b.add(node, GB.text, Literal(q.text))
        b.add(node, GB.partial, Literal(q.partial))
        b.link(node, GB.speaker, q.speaker)
        b.text(node, GB.cueVerb, q.cue)
        b.link(node, GB.addressee, q.addressee)
        b.link(node, GB.channel, q.channel)
        for key in q.mentions:
            b.link(node, GB.mentions, key)
        b.link(node, GB.about, q.about)
        b.link(node, GB.onBehalfOf, q.on_behalf_of)
        b.add(node, PROV.wasDerivedFrom, article)
        if q.evidence:
            b.evidence(node, q.evidence, article, h)

    read = claimsmod.read_claims(ex.figures, art, types, known_names)
    for f, claim in zip(ex.figures, read):
        start = f.evidence.start if f.evidence else 0
        node = b.iri("figure", f"{h}|{start}|{f.surface}", f.surface[:40])
        b.add(node, RDF.type, GB.Figure)
        value = Decimal(f.value)
        if value == value.to_integral_value() and f.unit != "ratio":
            b.add(node, GB.value, Literal(int(value), datatype=XSD.integer))
        else:
            b.add(node, GB.value, Literal(value, datatype=XSD.decimal))
        b.add(node, GB.unit, Literal(f.unit))
        if f.unit.isupper() and len(f.unit) == 3:  # an ISO 4217 code: the figure is money
            b.add(node, GB.currency, Literal(f.unit))
        b.add(node, GB.surfaceText, Literal(f.surface))
        for prop, text in ((GB.measures, f.measures), (GB.qualifier, f.qualifier), (GB.period, f.period),
                           (GB.per, f.per)):
            b.text(node, prop, text)
        for prop, key in ((GB.about, f.about), (GB.place, f.place), (GB.source, f.source), (GB.speaker, f.speaker),
                          (GB.dueTo, f.cause), (GB.quantifies, f.quantifies)):
            b.link(node, prop, key)
        b.add(node, PROV.wasDerivedFrom, article)
        if f.evidence:
            b.evidence(node, f.evidence, article, h)
        _claim(b, node, claim, types)

    for p in ex.policies:
        node = b.entity_iri(p.key)
        b.add(node, RDF.type, GB.Policy)
        b.add(node, SKOS.inScheme, GB.PolicyScheme)
        b.add(node, RDFS.label, Literal(p.name))
        b.add(node, SKOS.prefLabel, Literal(p.name))
        for alias in p.aliases:
            b.add(node, SKOS.altLabel, Literal(alias))
        b.add(node, PROV.wasDerivedFrom, article)
        b.link(node, SKOS.related, p.topic)
        for key in p.concerns:
            b.link(node, GB.about, key)
        for ev in p.mentions:
            b.evidence(node, ev, article, h)

    for r in ex.relations:
        subject, obj = b.entity_iri(r.subject), b.entity_iri(r.object)
        predicate = GB[r.predicate]
        start = r.evidence.start if r.evidence else 0
        node = b.iri("relation", f"{h}|{start}|{r.subject}|{r.predicate}|{r.object}|{r.negated}",
                     f"{r.cue} {names.get(r.object, '')}")
        if not r.negated:
            b.add(subject, predicate, obj)
        b.add(node, RDF.type, GB.RelationStatement)
        b.add(node, RDF.subject, subject)
        b.add(node, RDF.predicate, predicate)
        b.add(node, RDF.object, obj)
        b.add(node, GB.cueVerb, Literal(r.cue))
        b.add(node, GB.negated, Literal(r.negated))
        b.link(node, GB.about, r.topic)
        b.link(node, GB.onBehalfOf, r.on_behalf_of)
        b.add(node, PROV.wasDerivedFrom, article)
        if r.evidence:
            b.evidence(node, r.evidence, article, h)


def _known_only_by_post(key: str) -> bool:
    from .corpus import KNOWN_BY_POST

    return KNOWN_BY_POST in key
