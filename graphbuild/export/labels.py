"""Edge and class names from the ontology's labels: read by both page views (`html`, `overview`)."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from .. import resources as gb_resources

ORG_NS = "http://www.w3.org/ns/org#"
EXTRA_EDGE_LABELS = {f"{ORG_NS}holds": "holds", f"{ORG_NS}postIn": "post in", str(SKOS.related): "related to"}


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, str]:
    onto = Graph().parse(data=gb_resources.read_text("graphbuild.ttl"), format="turtle")
    labels = {str(s): str(o) for s, o in onto.subject_objects(RDFS.label)}
    labels.update(EXTRA_EDGE_LABELS)
    return labels
