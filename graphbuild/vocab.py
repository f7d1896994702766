"""The graphbuild vocabulary: every term the builder emits, declared once.

`_fail = True` makes a misspelt term an AttributeError at import of the caller
rather than a silently wrong IRI in the output. `tests/test_vocabulary.py`
checks that each term is declared in `ontology/graphbuild.ttl`.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

GB_IRI = "https://w3id.org/graphbuild/ontology#"


class GB(DefinedNamespace):
    _NS = Namespace(GB_IRI)
    _fail = True

    # classes: documents and evidence
    NewsArticle: URIRef
    Evidence: URIRef
    # classes: actors and places
    Person: URIRef
    Politician: URIRef
    PoliceOfficer: URIRef
    Organization: URIRef
    PoliceBody: URIRef
    GovernmentBody: URIRef
    Committee: URIRef
    PoliticalParty: URIRef
    MediaOrganization: URIRef
    Place: URIRef
    # classes: statements
    Post: URIRef
    Quote: URIRef
    Figure: URIRef
    Policy: URIRef
    PolicyScheme: URIRef
    RelationStatement: URIRef
    # classes: claims across a corpus
    Measure: URIRef
    MeasureScheme: URIRef
    Disagreement: URIRef

    # article
    sourceFile: URIRef
    contentHash: URIRef
    outlet: URIRef
    # evidence
    evidence: URIRef
    inArticle: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    paragraph: URIRef
    # posts
    title: URIRef
    jurisdiction: URIRef
    postQualifier: URIRef
    knownOnlyByPost: URIRef
    # quotes
    text: URIRef
    speaker: URIRef
    cueVerb: URIRef
    addressee: URIRef
    channel: URIRef
    mentions: URIRef
    partial: URIRef
    onBehalfOf: URIRef
    # figures
    value: URIRef
    unit: URIRef
    currency: URIRef
    surfaceText: URIRef
    measures: URIRef
    about: URIRef
    qualifier: URIRef
    period: URIRef
    per: URIRef
    place: URIRef
    source: URIRef
    dueTo: URIRef
    quantifies: URIRef
    # claims: what a figure measures, where and when (see claims.py)
    measure: URIRef
    claimJurisdiction: URIRef
    claimKind: URIRef
    changeDirection: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    periodLabel: URIRef
    claim: URIRef
    relativeDifference: URIRef
    # relations and stances (direct edges; a RelationStatement reifies each)
    relatedTo: URIRef
    negated: URIRef
    called: URIRef
    told: URIRef
    met: URIRef
    warned: URIRef
    urged: URIRef
    accused: URIRef
    blamed: URIRef
    appointed: URIRef
    funded: URIRef
    praises: URIRef
    challenged: URIRef
    dismissed: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    leads: URIRef
    agreesWith: URIRef
    criticises: URIRef
    backs: URIRef
    opposes: URIRef
    introduced: URIRef
    proposes: URIRef
    callsFor: URIRef
    votedFor: URIRef
    defeated: URIRef
    represents: URIRef
    succeeded: URIRef
    oversees: URIRef
    scrapped: URIRef
    cuts: URIRef
    resignedFrom: URIRef
    subjectTo: URIRef
    commentsOn: URIRef
    # statement-level aggregation
    statementCount: URIRef
