"""The ontology and SHACL shapes: every vocabulary term declared, hierarchy, and
a hand-built graph from `graphbuild.rdf.build_graph` conforming to the shapes.

Fast: no spaCy; the records are made by hand.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
import rdflib.namespace as rdfns
from rdflib.namespace import OWL, RDF, RDFS, SH

from graphbuild import rdf as rdfmod
from graphbuild.records import Article, Entity, Evidence, Extraction, Figure, Policy, Quote, Relation, Role
from graphbuild.vocab import GB

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_IRI = URIRef("https://w3id.org/graphbuild/ontology")
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
ORGANISATION_KINDS = ("PoliceBody", "GovernmentBody", "Committee", "PoliticalParty", "MediaOrganization")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "graphbuild.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


# --- (a) every vocabulary term is declared -------------------------------------------------

def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, RDFS.label) is not None
    assert ontology.value(ONTOLOGY_IRI, RDFS.comment) is not None
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")


@pytest.mark.parametrize("name", sorted(GB.__annotations__))
def test_every_vocabulary_term_is_declared(ontology, name):
    term = GB[name]
    types = set(ontology.objects(term, RDF.type)) & DECLARATION_TYPES
    assert types, f"gb:{name} has no owl:Class/ObjectProperty/DatatypeProperty/NamedIndividual type"
    labels = list(ontology.objects(term, RDFS.label))
    comments = list(ontology.objects(term, RDFS.comment))
    assert labels and all(lbl.language == "en" for lbl in labels), f"gb:{name} needs an English rdfs:label"
    assert comments and all(str(c).strip() for c in comments), f"gb:{name} needs an rdfs:comment"
    if types & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert all(str(lbl) == str(lbl).lower() for lbl in labels), f"property gb:{name} label not lowercase"
    assert not types >= {OWL.ObjectProperty, OWL.DatatypeProperty}, f"gb:{name} is both object and datatype"


def test_ontology_declares_nothing_outside_the_vocabulary(ontology):
    declared = {s for s in ontology.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(str(GB._NS))}
    assert declared == {GB[name] for name in GB.__annotations__}


def test_policy_scheme_is_a_concept_scheme(ontology):
    assert (GB.PolicyScheme, RDF.type, rdfns.SKOS.ConceptScheme) in ontology
    assert (GB.PolicyScheme, RDF.type, OWL.NamedIndividual) in ontology


# --- (b) class hierarchy ------------------------------------------------------------------

def _superclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


@pytest.mark.parametrize("name", ["Politician", "PoliceOfficer"])
def test_people_are_persons(ontology, name):
    assert GB.Person in _superclasses(ontology, GB[name])


@pytest.mark.parametrize("name", ORGANISATION_KINDS)
def test_organisation_kinds_are_organisations(ontology, name):
    assert GB.Organization in _superclasses(ontology, GB[name])


def test_alignments(ontology):
    schema, org, prov = rdfmod.SCHEMA, rdfmod.ORG, URIRef("http://www.w3.org/ns/prov#")
    assert {schema.Person, URIRef("http://xmlns.com/foaf/0.1/Person"), URIRef(prov + "Agent")} <= \
        _superclasses(ontology, GB.Politician)
    assert {schema.Organization, org.Organization, URIRef(prov + "Agent")} <= _superclasses(ontology, GB.PoliceBody)
    assert (GB.Evidence, RDFS.subClassOf, rdfmod.OA.TextPositionSelector) in ontology
    assert (GB.RelationStatement, RDFS.subClassOf, RDF.Statement) in ontology
    assert (GB.inArticle, RDFS.subPropertyOf, URIRef(prov + "wasDerivedFrom")) in ontology


def test_property_kinds_match_what_the_builder_emits(ontology):
    """An owl:DatatypeProperty only ever gets literals from rdf.py, an owl:ObjectProperty only IRIs."""
    graph = rdfmod.build_graph([_extraction()])
    for s, p, o in graph:
        if (p, RDF.type, OWL.DatatypeProperty) in ontology:
            assert isinstance(o, Literal), (p, o)
        elif (p, RDF.type, OWL.ObjectProperty) in ontology:
            assert isinstance(o, URIRef), (p, o)


def test_every_term_the_builder_emits_is_declared(ontology):
    graph = rdfmod.build_graph([_extraction()])
    builtin = {RDF.type, RDFS.label, RDF.subject, RDF.predicate, RDF.object}
    for p in set(graph.predicates()) - builtin:
        assert set(ontology.objects(p, RDF.type)) & (DECLARATION_TYPES | {OWL.AnnotationProperty}), p
    for cls in set(graph.objects(None, RDF.type)):
        assert (cls, RDF.type, OWL.Class) in ontology, cls


# --- (c) the shapes -----------------------------------------------------------------------

def test_shapes_target_declared_classes(ontology, shapes):
    targets = set(shapes.objects(None, SH.targetClass))
    assert targets, "no sh:targetClass in shapes.ttl"
    for cls in targets:
        assert (cls, RDF.type, OWL.Class) in ontology, f"{cls} is targeted but not declared"
    emitted = {GB.NewsArticle, GB.Evidence, GB.Person, GB.Organization, GB.Place, GB.Post, GB.Quote,
               GB.Figure, GB.Policy, GB.RelationStatement}
    assert emitted <= targets


def test_shapes_use_only_vocabulary_terms(shapes):
    ns = str(GB._NS)
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(ns)}
    unknown = {str(t)[len(ns):] for t in used} - set(GB.__annotations__)
    assert not unknown, f"shapes.ttl uses undeclared gb: terms {sorted(unknown)}"


def test_every_property_shape_has_a_message(shapes):
    for node_shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        for prop in shapes.objects(node_shape, SH.property):
            assert shapes.value(prop, SH.message) is not None, f"{shapes.value(prop, SH.path)} has no sh:message"
        for constraint in shapes.objects(node_shape, SH.sparql):
            assert shapes.value(constraint, SH.message) is not None


def test_shapes_are_valid_shacl(shapes):
    """pyshacl's meta-validation checks the shapes graph against SHACL-for-SHACL."""
    conforms, _report, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


# --- (d) a built graph conforms -----------------------------------------------------------

PARAGRAPHS = (
    ("Home Secretary Yvette Cooper said the Home Office would give the Metropolitan Police £600m "
     "for more officers in London.",
     "\u201cWe are putting officers back on the beat,\u201d Ms Cooper said."),
    ("The money is part of the Safer Streets Summer Initiative.",),
)


def _text_and_sentences() -> tuple[str, list[tuple[int, int, int]], tuple[tuple[int, int], ...]]:
    """Cleaned text, (start, end, paragraph) of each sentence, and paragraph spans."""
    text, sentences, paras = "", [], []
    for p, sents in enumerate(PARAGRAPHS):
        if text:
            text += "\n\n"
        p_start = len(text)
        for i, sent in enumerate(sents):
            if i:
                text += " "
            sentences.append((len(text), len(text) + len(sent), p))
            text += sent
        paras.append((p_start, len(text)))
    return text, sentences, tuple(paras)


TEXT, SENTENCES, PARAGRAPH_SPANS = _text_and_sentences()


def _ev(phrase: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    end = start + len(phrase)
    s_start, s_end, paragraph = next(s for s in SENTENCES if s[0] <= start and end <= s[1])
    return Evidence(start, end, TEXT[start:end], s_start, s_end, TEXT[s_start:s_end], paragraph)


COOPER, MET, HOME_OFFICE, LONDON = "person:yvette cooper", "org:met", "org:home-office", "place:london"
POLICY = "policy:safer streets summer initiative"


def _extraction() -> Extraction:
    article = Article(source="met-600m.txt", title="Met Police to get £600m", text=TEXT,
                      content_hash=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
                      paragraphs=PARAGRAPH_SPANS)
    entities = (
        Entity(COOPER, "person", "Yvette Cooper", ("Politician",), ("Ms Cooper",),
               (_ev("Yvette Cooper"), _ev("Ms Cooper"))),
        Entity(MET, "organization", "Metropolitan Police Service", ("PoliceBody",), ("Metropolitan Police",),
               (_ev("Metropolitan Police"),)),
        Entity(HOME_OFFICE, "organization", "Home Office", ("GovernmentBody",), (), (_ev("Home Office"),)),
        Entity(LONDON, "place", "London", ("Place",), (), (_ev("London"),)),
    )
    return Extraction(
        article=article,
        entities=entities,
        roles=(Role(COOPER, "Home Secretary", "political", organisation=HOME_OFFICE,
                    evidence=_ev("Home Secretary Yvette Cooper")),),
        quotes=(Quote("We are putting officers back on the beat", COOPER, "say",
                      evidence=_ev("\u201cWe are putting officers back on the beat,\u201d")),),
        figures=(Figure("600000000", "GBP", "£600m", measures="funding", about=MET, place=LONDON,
                        source=HOME_OFFICE, evidence=_ev("£600m")),),
        policies=(Policy(POLICY, "Safer Streets Summer Initiative", ("Safer Streets",), "programme",
                         (_ev("Safer Streets Summer Initiative"),)),),
        relations=(Relation(HOME_OFFICE, "relatedTo", MET, "give",
                            evidence=_ev("the Home Office would give the Metropolitan Police")),),
    )


def _validate(data: Graph, shapes: Graph, ontology: Graph):
    return pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")


def _node(graph: Graph, cls: URIRef) -> URIRef:
    nodes = set(graph.subjects(RDF.type, cls))
    assert len(nodes) == 1, (cls, nodes)
    return nodes.pop()


def test_fixture_offsets_are_code_points():
    ev = _ev("£600m")
    assert TEXT[ev.start:ev.end] == "£600m"
    assert len(TEXT.encode("utf-8")) > len(TEXT)  # £ and curly quotes: bytes would be wrong


def test_built_graph_conforms(ontology, shapes):
    graph = rdfmod.build_graph([_extraction()])
    for cls in (GB.NewsArticle, GB.Politician, GB.PoliceBody, GB.GovernmentBody, GB.Place, GB.Post,
                GB.Quote, GB.Figure, GB.Policy, GB.RelationStatement):
        _node(graph, cls)
    figure = _node(graph, GB.Figure)
    assert graph.value(figure, GB.value) == Literal(600000000, datatype=rdfns.XSD.integer)
    conforms, _report, text = _validate(graph, shapes, ontology)
    assert conforms, text


def test_missing_label_does_not_conform(ontology, shapes):
    graph = rdfmod.build_graph([_extraction()])
    person = _node(graph, GB.Politician)
    graph.remove((person, RDFS.label, None))
    conforms, report, text = _validate(graph, shapes, ontology)
    assert not conforms
    assert "rdfs:label" in text or str(RDFS.label) in text
    paths = {report.value(r, SH.resultPath) for r in report.subjects(RDF.type, SH.ValidationResult)}
    foci = {report.value(r, SH.focusNode) for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert paths == {RDFS.label} and foci == {person}


def test_wrong_offsets_do_not_conform(ontology, shapes):
    graph = rdfmod.build_graph([_extraction()])
    evidence = next(e for e in graph.subjects(RDF.type, GB.Evidence)
                    if str(graph.value(e, rdfmod.OA.exact)) == "£600m")
    end = graph.value(evidence, rdfmod.OA.end)
    # off by one, as a UTF-8 byte offset would be for "£"
    graph.set((evidence, rdfmod.OA.end, Literal(int(end) + 1, datatype=rdfns.XSD.nonNegativeInteger)))
    conforms, report, text = _validate(graph, shapes, ontology)
    assert not conforms
    foci = {report.value(r, SH.focusNode) for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert foci == {evidence}, text


def test_figure_unit_outside_the_list_does_not_conform(ontology, shapes):
    graph = rdfmod.build_graph([_extraction()])
    figure = _node(graph, GB.Figure)
    graph.set((figure, GB.unit, Literal("pounds")))
    conforms, report, _text = _validate(graph, shapes, ontology)
    assert not conforms
    paths = {report.value(r, SH.resultPath) for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert paths == {GB.unit}


def test_shapes_graph_has_no_dangling_blank_nodes(shapes):
    """Every blank node in the shapes graph is used as an object (no stray [] blocks)."""
    for s in {s for s in shapes.subjects() if isinstance(s, BNode)}:
        assert (None, None, s) in shapes


def test_every_word_class_the_code_asks_for_is_in_the_gazetteer():
    """Word lists live in ontology/gazetteer/word_classes.csv; a class named in code but missing
    from the file would match nothing, so asking for one raises, and none is missing."""
    import re

    from graphbuild.gazetteer import word_class, word_values

    package = Path(__file__).resolve().parents[1] / "graphbuild"
    asked = {name for path in package.rglob("*.py")
             for name in re.findall(r'word_(?:class|values)\("([a-z_]+)"\)', path.read_text(encoding="utf-8"))}
    assert asked, "no word classes asked for"
    for name in sorted(asked):
        assert word_class(name), name
        assert set(word_values(name)) == word_class(name)
    with pytest.raises(KeyError, match="no word class 'no_such_class'"):
        word_class("no_such_class")


def _string_constants_of_code(package: Path) -> set[str]:
    """Every string literal of the package's code that is not a docstring: a class named only in a comment or
    a docstring is not read."""
    import ast

    found = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        found |= {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                  and isinstance(node.value, str) and id(node) not in docstrings}
    return found


def test_every_word_class_in_the_gazetteer_is_read_and_documented():
    """The other way round: a class no code or pattern reads is dead data that looks like behaviour, and
    a class the gazetteer's README does not describe is a list nobody can tell the use of."""
    import csv

    root = Path(__file__).resolve().parents[1]
    classes = {row["class"] for row in csv.DictReader(
        (root / "ontology" / "gazetteer" / "word_classes.csv").open(encoding="utf-8"))}
    read = _string_constants_of_code(root / "graphbuild")
    patterns = "".join(p.read_text(encoding="utf-8") for p in (root / "ontology" / "patterns").glob("*.jsonl"))
    readme = (root / "ontology" / "gazetteer" / "README.md").read_text(encoding="utf-8")
    assert sorted(c for c in classes if c not in read and f'"{c}"' not in patterns) == []
    assert sorted(c for c in classes if f"`{c}`" not in readme) == []


def test_every_kind_of_figure_word_is_documented():
    """figure_words.csv holds many small lists, told apart by `kind`; each is described in the
    gazetteer's README, so a list the code reads is never a bare row nobody can tell the use of."""
    import csv

    root = Path(__file__).resolve().parents[1] / "ontology" / "gazetteer"
    kinds = {row["kind"] for row in csv.DictReader((root / "figure_words.csv").open(encoding="utf-8"))}
    section = (root / "README.md").read_text(encoding="utf-8").split("## `figure_words.csv`")[1].split("\n## ")[0]
    assert sorted(k for k in kinds if f"`{k}`" not in section) == []


GAZETTEER_TABLES = sorted(p.name for p in (Path(__file__).resolve().parents[1] / "ontology" / "gazetteer").glob("*.csv"))


@pytest.mark.parametrize("name", GAZETTEER_TABLES)
def test_gazetteer_table_is_well_formed(name):
    """Every row has the header's fields and none is there twice: tables are edited by appending rows
    (and merged line by line), so a row with a missing column or a repeated row is a bad edit or merge."""
    import csv
    from collections import Counter

    path = Path(__file__).resolve().parents[1] / "ontology" / "gazetteer" / name
    header, *rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows, f"{name} has no rows"
    short = [n + 2 for n, row in enumerate(rows) if len(row) != len(header)]
    assert not short, f"{name}: lines {short[:5]} do not have the {len(header)} fields of the header"
    repeated = [row for row, count in Counter(map(tuple, rows)).items() if count > 1]
    assert not repeated, f"{name}: rows repeated: {repeated[:3]}"
