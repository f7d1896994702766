"""iris.mint / iris.check_base: stable, unique, always-valid IRIs."""
from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from graphbuild import iris

BASE = iris.DEFAULT_BASE


@pytest.mark.parametrize(
    "kind, key, label",
    [
        ("person", "person:jane porter", None),
        ("org", "org:home-office", "Home Office"),
        ("place", "place:england and wales", "England and Wales"),
        ("quote", "abc123|We will recruit more officers.", None),
    ],
)
def test_same_key_same_iri(kind, key, label):
    first = iris.mint(BASE, kind, key, label)
    assert iris.mint(BASE, kind, key, label) == first
    assert str(first).startswith(f"{BASE}{kind}/")
    # the label only makes the IRI readable: it never changes the identifying hash
    assert str(iris.mint(BASE, kind, key, "another label")).rsplit("-", 1)[1] == str(first).rsplit("-", 1)[1]
    # a different key is a different thing
    assert iris.mint(BASE, kind, key + " 2", label) != first


@pytest.mark.parametrize(
    "kind_a, kind_b",
    [("person", "org"), ("org", "place"), ("quote", "evidence"), ("post", "person")],
)
def test_different_kinds_different_iris(kind_a, kind_b):
    key = "Jane Porter"
    a, b = iris.mint(BASE, kind_a, key), iris.mint(BASE, kind_b, key)
    assert a != b
    assert str(a).rsplit("-", 1)[1] != str(b).rsplit("-", 1)[1]  # not just the path: the hash differs too


@pytest.mark.parametrize(
    "variant",
    [
        "JANE PORTER",  # case
        "jane porter",
        "Ｊａｎｅ Ｐｏｒｔｅｒ",  # full-width forms: NFKC
        "Jane\u00a0Porter",  # no-break space: NFKC and whitespace
        "Jane   Porter",  # extra whitespace inside
        "Jane Porter \n",  # trailing whitespace
        "  Jane Porter",  # leading whitespace
        "Jane\tPorter",
        "Ja\u200bne Por\u200dter",  # zero-width space / joiner
        "\ufeffJane Porter\u2060",  # BOM, word joiner
        "Jane Porter\u200e",  # bidi mark
    ],
    ids=["upper", "lower", "fullwidth", "nbsp", "inner-spaces", "trailing-space", "leading-space", "tab", "zero-width", "bom-word-joiner", "lrm"],
)
def test_normalised_variants_same_iri(variant):
    assert iris.mint(BASE, "person", variant) == iris.mint(BASE, "person", "Jane Porter")


@pytest.mark.parametrize(
    "base",
    [BASE, "https://example.org/kg/", "http://example.org/kg#", "urn:example:kg/"],
)
@settings(max_examples=150, deadline=None)
@given(key=st.text(), label=st.one_of(st.none(), st.text()), kind=st.sampled_from(iris.KINDS))
def test_mint_always_gives_a_valid_iri(base, key, label, kind):
    iri = iris.mint(base, kind, key, label)
    assert isinstance(iri, URIRef)
    assert str(iri).startswith(base + kind + "/")
    pyoxigraph.NamedNode(str(iri))  # the strict parser accepts it
    graph = Graph()
    graph.add((iri, RDFS.seeAlso, iri))
    turtle = graph.serialize(format="turtle")
    back = Graph().parse(data=turtle, format="turtle")
    assert set(back) == {(iri, RDFS.seeAlso, iri)}


@pytest.mark.parametrize("kind", ["people", "Person", "", "organisation", "quote "])
def test_unknown_kind_raises(kind):
    with pytest.raises(ValueError, match="unknown IRI kind"):
        iris.mint(BASE, kind, "Jane Porter")


@pytest.mark.parametrize(
    "base, ok",
    [
        ("https://w3id.org/graphbuild/id/", True),
        ("https://example.org/kg#", True),
        ("urn:example:kg/", True),
        ("graphbuild/id/", False),  # relative
        ("//example.org/kg/", False),  # scheme-relative
        ("/kg/", False),
        ("", False),
        ("https://example.org/kg", False),  # does not end in / or #
        ("https://example.org/kg/x?", False),
        ("https://exa mple.org/kg/", False),  # not an IRI at all
        ("https://example.org/<kg>/", False),
    ],
)
def test_check_base(base, ok):
    if ok:
        assert iris.check_base(base) == base
    else:
        with pytest.raises(ValueError) as info:
            iris.check_base(base)
        assert "\n" not in str(info.value)
        assert "base IRI" in str(info.value)
