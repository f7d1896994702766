"""graph.ttl is rdflib's Turtle, byte for byte, whichever writer makes it: `readable_turtle` from the
sorted N-Triples lines, or rdflib itself where that writer declines."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from graphbuild.export.turtle import readable_turtle, write_turtle
from graphbuild.rdf import graph_from_ntriples
from graphbuild.tripletable import nt
from graphbuild.vocab import GB

THING = URIRef("https://w3id.org/graphbuild/ontology#Thing")
ID = "https://w3id.org/graphbuild/id/"
A, B, C = URIRef(ID + "person/a-1"), URIRef(ID + "person/a-1/b"), URIRef(ID + "quote/c")

TEXTS = ["plain", 'say "no"', "back\\slash", "new\nline", 'ends with "', 'three """ quotes\nand more',
         "ends \\", "cr\r\nlf", "\x00\x07\x1f\x7f controls", "emoji 🚓 RTL \u202e", '"\n"', "tab\tin"]

CASES = {
    "plain literals": [(A, GB.text, Literal(t)) for t in TEXTS[:1]] + [(C, GB.text, Literal(t)) for t in TEXTS],
    "typed literals": [(A, GB.value, Literal(v, datatype=d)) for v, d in (
        ("12", ns.XSD.integer), ("-7", ns.XSD.integer), ("1.50", ns.XSD.decimal), ("2", ns.XSD.decimal), ("true", ns.XSD.boolean),
        ("2019-03-04", ns.XSD.date), ("1.5e3", ns.XSD.double), ("7", ns.XSD.nonNegativeInteger), ("x", ns.XSD.string),
        ("code", URIRef("http://example.org/dt")), ("abc", ns.XSD.integer))],
    "language tags": [(A, GB.text, Literal("colour", lang="en-GB")), (A, GB.text, Literal("couleur", lang="fr"))],
    "several objects": [(A, GB.mentions, o) for o in (C, B, URIRef(ID + "a"))]
    + [(B, ns.SKOS.altLabel, Literal(t)) for t in ("b", "a", "C")]
    + [(C, GB.value, Literal(n)) for n in (10, 9, 100)]
    + [(C, GB.about, o) for o in (A, Literal("a"), Literal(3))],
    "subjects by references": [(C, GB.speaker, A), (B, GB.speaker, A), (C, GB.addressee, B), (A, ns.RDFS.label,
                                                                                                 Literal("A")),
                               (A, ns.RDF.type, GB.Politician), (B, ns.RDF.type, GB.Person)],
    "prefixed names": [(THING, ns.RDFS.label, Literal("t")), (A, GB.mentions, URIRef("http://schema.org/")),
                       (A, ns.OWL.sameAs, URIRef(GB._NS + "ends.")), (A, ns.PROV.wasDerivedFrom,
                                                                         URIRef(GB._NS + "a(b)%2Fc"))],
    "an unbound predicate": [(A, URIRef("http://example.org/vocab#p"), Literal("x"))],
    "a class": [(THING, ns.RDF.type, ns.RDFS.Class), (A, ns.RDF.type, THING)],
}


def _lines(triples) -> list[str]:
    return sorted({f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in triples})


def _rdflib_turtle(lines: list[str]) -> bytes:
    return graph_from_ntriples("".join(lines)).serialize(format="turtle", encoding="utf-8")


@pytest.mark.parametrize("triples", CASES.values(), ids=CASES.keys())
def test_graph_ttl_is_rdflibs_turtle(triples, tmp_path):
    lines = _lines(triples)
    source = tmp_path / "graph.nt"
    source.write_text("".join(lines), encoding="utf-8")
    written = io.BytesIO()
    write_turtle(source, written)
    assert written.getvalue() == _rdflib_turtle(lines)


@pytest.mark.parametrize("name", [n for n in CASES if n not in ("an unbound predicate", "a class")])
def test_the_fast_writer_writes_what_it_can(name):
    lines = _lines(CASES[name])
    assert readable_turtle(lines) == _rdflib_turtle(lines)


@pytest.mark.parametrize("name", ["an unbound predicate", "a class"])
def test_the_fast_writer_declines_what_rdflib_would_write_otherwise(name):
    assert readable_turtle(_lines(CASES[name])) is None


def test_a_real_article(extract_text):
    from graphbuild.rdf import article_triples

    extraction = extract_text("""Police numbers fall

Jane Porter, the Home Secretary, said on Monday: "We will recruit 2,000 more officers."

The Police Federation said the 4% rise was "far too little". Its chair, Tom Marsh, told the BBC the
cuts of £1.5bn since 2010 had hurt.
""")
    lines = _lines(article_triples(extraction))
    assert readable_turtle(lines) == _rdflib_turtle(lines)
