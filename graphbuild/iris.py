"""The one place IRIs are minted.

`{base}{kind}/{ascii-slug}-{hash}`: the slug keeps IRIs readable, the hash of
the normalised key keeps them unique and stable — the same key gives the same
IRI in every run and every article. Every IRI is checked by pyoxigraph, whose
parser is stricter than rdflib's.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/graphbuild/id/"
KINDS = ("article", "person", "org", "place", "post", "quote", "figure", "policy", "relation", "evidence", "measure",
         "disagreement")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def normalise_key(key: str) -> str:
    """NFKC, zero-width and bidi controls dropped, casefolded, whitespace collapsed."""
    key = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", key))
    return re.sub(r"\s+", " ", key).strip().casefold()


def slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = "-".join(words)[:limit].strip("-")
    return out or "x"


def short_hash(key: str, length: int = 10) -> str:
    return hashlib.sha256(normalise_key(key).encode("utf-8")).hexdigest()[:length]


def check_base(base: str) -> str:
    """A base IRI must be absolute and end in / or #, so minted IRIs stay valid."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or not base.endswith(("/", "#")):
        raise ValueError(f"base IRI {base!r} must be absolute and end with '/' or '#', e.g. {DEFAULT_BASE}")
    import pyoxigraph  # here, not at the top: `graphbuild --help` reads DEFAULT_BASE and needs neither

    try:
        pyoxigraph.NamedNode(base + "x")
    except ValueError as exc:
        raise ValueError(f"base IRI {base!r} is not a valid IRI: {exc}") from None
    return base


def mint(base: str, kind: str, key: str, label: str | None = None) -> URIRef:
    """The IRI of the thing of `kind` identified by `key` (label only makes it readable)."""
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {', '.join(KINDS)}")
    iri = f"{base}{kind}/{slug(label if label is not None else key)}-{short_hash(kind + ':' + normalise_key(key))}"
    from pyoxigraph import NamedNode
    from rdflib import URIRef

    NamedNode(iri)  # raises ValueError on anything other parsers would reject
    return URIRef(iri)


def web_address(url: str) -> URIRef:
    """A stated article address as an IRI: characters IRIs forbid are percent-encoded, the rest kept as given
    (the address is the publisher's, not minted), and the result checked as minted IRIs are."""
    from urllib.parse import quote

    from pyoxigraph import NamedNode
    from rdflib import URIRef

    iri = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")
    NamedNode(iri)
    return URIRef(iri)
