"""Turtle export, with the writer chosen by the graph's size.

rdflib writes the most readable Turtle but takes about 40 s per million
triples here; pyoxigraph writes the same triples in a few seconds
(benchmarks/corpus.py). Both outputs are deterministic: rdflib sorts
subjects and predicates; pyoxigraph writes sorted N-Triples in their order.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable

from rdflib import Graph, URIRef

RDFLIB_LIMIT = 50_000  # triples; above this pyoxigraph writes the Turtle


def oxigraph_prefixes() -> dict[str, str]:
    from ..rdf import PREFIXES

    prefixes = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
    prefixes.update({prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())})
    return prefixes


def turtle_bytes(graph: Graph) -> bytes:
    """An rdflib graph as Turtle (rdflib's when small, pyoxigraph's when large)."""
    if len(graph) > RDFLIB_LIMIT:
        return oxigraph_turtle_bytes(graph)
    return graph.serialize(format="turtle", encoding="utf-8")


def oxigraph_turtle_bytes(graph: Graph) -> bytes:
    """Turtle by pyoxigraph, triples in sorted order so the bytes are the same every run."""
    import pyoxigraph

    from ..tripletable import nt

    lines = sorted(f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in graph)
    return pyoxigraph.serialize(pyoxigraph.parse("".join(lines), format=pyoxigraph.RdfFormat.N_TRIPLES),
                                format=pyoxigraph.RdfFormat.TURTLE, prefixes=oxigraph_prefixes())


def write_turtle(ntriples: Path, handle: BinaryIO, graph: Graph | None = None, *, triples: int | None = None) -> None:
    """graph.ttl: rdflib's Turtle up to RDFLIB_LIMIT `triples` (written by `readable_turtle` where it can,
    else by rdflib from `graph`, or from the file when no graph is given); above it, pyoxigraph's, streamed."""
    if triples is not None and triples > RDFLIB_LIMIT:
        reserialize(ntriples, "N_TRIPLES", handle, "TURTLE")
        return
    with open(ntriples, encoding="utf-8") as lines:
        data = readable_turtle(lines)
    if data is None:
        if graph is None:
            from ..rdf import graph_from_ntriples

            graph = graph_from_ntriples(ntriples)
        data = graph.serialize(format="turtle", encoding="utf-8")
    handle.write(data)


def readable_turtle(lines: Iterable[str]) -> bytes | None:
    """rdflib's Turtle (the bytes `graph.serialize(format="turtle")` writes for the graph that
    `rdf.graph_from_ntriples` reads from these lines), without building that graph; None for a
    graph whose bytes this writer could not be sure of (blank nodes, classes, a prefix rdflib would
    invent), which rdflib then writes.

    rdflib spends most of a one-article build's Turtle time on making a term of every node and
    comparing them as it sorts. Here the terms stay N-Triples strings; rdflib's own serializer
    still names each IRI (`get_pname`) and writes each typed literal, so prefixes and numbers
    come out as it writes them, and the layout is its layout: prefixes sorted, subjects by how
    often they are objects and then by IRI, `a` and `rdfs:label` first, then predicates by IRI.
    """
    from rdflib.plugins.serializers.turtle import TurtleSerializer

    from ..rdf import new_graph
    from ..tripletable import literal_parts, split_line, term_of

    subjects: dict[str, dict[str, list[str]]] = {}
    references: dict[str, int] = {}
    for line in lines:
        s, p, o = split_line(line)
        if s[0] != "<" or o[:2] == "_:":
            return None
        subjects.setdefault(s, {}).setdefault(p, []).append(o)
        references[o] = references.get(o, 0) + 1
    if any(_RDFS_CLASS in predicates.get(_RDF_TYPE, ()) for predicates in subjects.values()):
        return None  # rdflib writes classes first
    serializer = TurtleSerializer(new_graph())
    bound = {prefix for prefix, _ in serializer.store.namespaces()}
    names: dict[tuple[str, bool], str] = {}

    def name(term: str, verb: bool = False) -> str:
        """An IRI as rdflib's writer names it (a prefixed name, recording its prefix, or <IRI>)."""
        found = names.get((term, verb))
        if found is None:
            found = names[term, verb] = serializer.get_pname(URIRef(term[1:-1]), gen_prefix=verb) or term
        return found

    typed: dict[str, str] = {}

    def label(term: str) -> str:
        if term[0] == "<":
            return name(term)
        lexical, datatype, language = literal_parts(term)
        if datatype is None:
            return _quoted(lexical) + (f"@{language}" if language else "")
        name(f"<{datatype}>")  # rdflib names a typed literal's datatype even where it writes the number bare
        found = typed.get(term)
        if found is None:
            found = typed[term] = term_of(term)._literal_n3(
                use_plain=True, qname_callback=lambda iri: serializer.get_pname(iri, gen_prefix=False))
        return found

    for s, predicates in subjects.items():  # rdflib names every node before writing (its prefixes)
        name(s)
        for p, objects in predicates.items():
            if p != _RDF_TYPE:
                name(p, verb=True)
            for o in objects:
                label(o)
    if {prefix for prefix, _ in serializer.store.namespaces()} - bound or set(serializer.namespaces) - bound:
        return None  # rdflib made up a prefix (ns1): its number depends on the order it met the IRIs
    out = [f"@prefix {prefix}: <{uri}> .\n" for prefix, uri in sorted(serializer.namespaces.items())]
    for s in sorted(subjects, key=lambda s: (references.get(s, 0), s[1:-1])):
        predicates = subjects[s]
        order = [p for p in (_RDF_TYPE, _RDFS_LABEL) if p in predicates]
        order += sorted((p for p in predicates if p not in (_RDF_TYPE, _RDFS_LABEL)), key=lambda p: p[1:-1])
        out.append("\n" + name(s))
        for i, p in enumerate(order):
            out.append((" " if i == 0 else " ;\n    ") + ("a" if p == _RDF_TYPE else name(p, verb=True)))
            objects = _sorted_objects(predicates[p])
            out.append(" " + label(objects[0]))
            for o in objects[1:]:
                out.append(",\n        " + label(o))
        out.append(" .\n")
    out.append("\n")
    return "".join(out).encode("utf-8", "replace")


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_RDFS_CLASS = "<http://www.w3.org/2000/01/rdf-schema#Class>"


def _sorted_objects(objects: list[str]) -> list[str]:
    """Objects in rdflib's order: IRIs, or plain literals, compare as their text; anything else is
    sorted by rdflib itself."""
    if len(objects) == 1:
        return objects
    if all(o[0] == "<" for o in objects):
        return sorted(objects, key=lambda o: o[1:-1])
    from ..tripletable import term_of

    return [o for _, o in sorted(((term_of(o), o) for o in objects), key=lambda pair: pair[0])]


def _quoted(text: str) -> str:
    """A plain literal as rdflib quotes it (`Literal._quote_encode`)."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def reserialize(source: Path, source_format: str, handle: BinaryIO, target_format: str) -> None:
    """Stream a file from one RDF syntax to another with pyoxigraph (names of `pyoxigraph.RdfFormat`),
    never holding the graph in memory."""
    import pyoxigraph

    formats = pyoxigraph.RdfFormat
    pyoxigraph.serialize(pyoxigraph.parse(path=str(source), format=getattr(formats, source_format)), handle,
                         format=getattr(formats, target_format), prefixes=oxigraph_prefixes())
