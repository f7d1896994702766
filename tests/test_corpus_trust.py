"""The 50 development articles built as ONE corpus, every gold scored against the merged graph:
nothing carried over from the wrong article (needs ../shared, which a user's clone lacks: skipped then).

The extraction of every article is the session's (`development_extractions`), shared with the other tests
of the development articles; the merged graph and each article's own graph are this module's.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("trust_corpus", ROOT / "benchmarks" / "trust_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TOOL = _tool()
SHARED = TOOL.shared_folder()
pytestmark = pytest.mark.skipif(SHARED is None, reason="no ../shared (development articles and golds)")


@pytest.fixture(scope="module")
def rows(development_extractions):
    return TOOL.evaluate(SHARED, extracted=development_extractions(SHARED / "articles"))


def test_every_development_article_is_scored(rows):
    assert len(rows) >= 50


def test_no_statement_links_a_person_from_another_article_that_the_gold_does_not_name(rows):
    assert {r["article"]: r["cross"] for r in rows if r["cross"]} == {}


def test_the_development_set_scores_as_issue_23_asks(rows):
    """Pooled over the 50 articles built alone >= 0.90 and every article >= 0.70 (what `measure.py dev`
    prints); entity, quote and post precision >= 0.98 on every article alone, and quote and post precision in
    the corpus (whose entity precision against one gold counts the other 49 articles' entities: the corpus's
    entities are checked by `test_the_corpus_splits_no_entity` instead)."""
    found = sum(f for r in rows for f, _ in r["sections"].values())
    total = sum(t for r in rows for _, t in r["sections"].values())
    assert found / total >= 0.90, round(found / total, 3)
    per_article = {r["article"]: sum(f for f, _ in r["sections"].values()) / max(1, sum(t for _, t in r["sections"].values()))
                   for r in rows}
    assert {a: round(v, 2) for a, v in per_article.items() if v < 0.70} == {}
    low = {(r["article"], key, where): value for r in rows
           for key in ("entity_precision", "quote_precision", "post_precision")
           for where, value in (("corpus", r[key] if key != "entity_precision" else None), ("alone", r["alone"][key]))
           if value is not None and value < 0.98}
    assert low == {}


def test_quote_and_post_precision_are_those_of_the_article_alone(rows):
    """1.0 on every gold, but where the article's own build already errs (an extraction matter, not a
    corpus one): the corpus never lowers them."""
    lowered = {r["article"]: TOOL.lower_than_alone(r) for r in rows if TOOL.lower_than_alone(r)}
    assert lowered == {}
    for r in rows:
        for key in ("quote_precision", "post_precision"):
            assert r[key] in (None, 1.0) or r["alone"][key] not in (None, 1.0), (r["article"], key, r["wrong"])


# Splits the scorer sees only because two golds name things differently, each listed with its reason; any
# other split fails.
GOLD_CONVENTIONS = {
    # this gold makes "south London" an alias of London; three others make a compass point's part of a city
    # a place of its own ("North London", "South-east London", "east Belfast"), as the build does
    ("85-guernseypress-2024-cooper-kaba-police-accountability.txt", "London: 2 nodes"),
    # this gold gives the London Assembly the alias "Assembly", which another article's build rightly gives
    # the Northern Ireland Assembly (its own short name there)
    ("92-mayorwatch-2016-khan-assembly-policing-watchdog.txt", "London Assembly: 2 nodes"),
    # and the other way round: article 92 calls the London Assembly "the Assembly" too, which this gold gives
    # the Northern Ireland Assembly
    ("90-irishtimes-2010-ford-justice-minister-stormont.txt", "Northern Ireland Assembly: 2 nodes"),
    # two areas' panels, Lincolnshire's and Devon and Cornwall's, that both golds name by the kind alone
    # ("Police and Crime Panel", as both texts do): two bodies, so two nodes (one node was the error)
    ("03-lincolnite-2013-mps-slam-lincolnshire-pcc.txt", "Police and Crime Panel: 2 nodes"),
    ("69-devon247-2013-chief-constable-sawyer-confirmation-panel.txt", "Police and Crime Panel: 2 nodes"),
    # this gold gives Lincolnshire's police authority the alias "the police authority", the kind's name, which
    # Humberside's (article 64, "the police authority" of the Humberside force) also carries
    ("66-rinf-2008-lincolnshire-79-per-cent-police-precept.txt", "Lincolnshire Police Authority: 2 nodes"),
}


def test_the_corpus_splits_no_entity(rows):
    split = {r["article"]: [f for f in r["new_fragments"] if (r["article"], f) not in GOLD_CONVENTIONS]
             for r in rows}
    assert {article: found for article, found in split.items() if found} == {}
