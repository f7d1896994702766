"""One article through every extractor: the arrow from cleaned text to records."""
from __future__ import annotations

from ..gazetteer import Gazetteer
from ..records import Article, Extraction
from .classify import classify
from .common import Paragraphs
from .entities import acronym_aliases, find_mentions, resolve
from .figures import extract_figures
from .quotes import extract_quotes
from .roles import extract_roles


def extract(doc, article: Article, *, gazetteer: Gazetteer) -> Extraction:
    """Run the extractors over a parsed article; records only come out."""
    paragraphs = Paragraphs(article.paragraphs)
    mentions = list(find_mentions(doc, gazetteer=gazetteer, paragraphs=paragraphs))
    entities = resolve(mentions, gazetteer=gazetteer, acronyms=acronym_aliases(doc, mentions))
    roles, role_mentions = extract_roles(doc, entities, gazetteer=gazetteer, paragraphs=paragraphs)
    entities = classify(entities, roles, doc)
    quotes = list(extract_quotes(doc, entities, role_mentions=role_mentions, paragraphs=paragraphs,
                                 paragraph_spans=article.paragraphs))
    figures = list(extract_figures(doc, entities, quotes=quotes, paragraphs=paragraphs))
    return Extraction(article=article, entities=tuple(entities), roles=tuple(roles), quotes=tuple(quotes),
                      figures=tuple(figures), warnings=article.warnings)
