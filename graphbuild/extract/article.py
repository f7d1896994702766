"""One article through every extractor: the arrow from cleaned text to records."""
from __future__ import annotations

from ..gazetteer import Gazetteer
from ..records import Article, Extraction
from .classify import classify
from .common import Paragraphs
from .entities import acronym_aliases, find_mentions, home_government, resolve, story_force_area
from .figures import extract_figures
from .identity import (counted_plans, inverted_vocabulary_names, judged_again, nominal_plans, planned_things,
                       same_act_planned, scope_policies, with_owners)
from .labels import tidy_figures, tidy_people, tidy_policies
from .open_relations import open_relations
from .policies import find_policy_mentions, named_policies, not_policy_names, outside_bodies, resolve_policies, with_concerns
from .quotes import MentionIndex, extract_quotes
from .relations import extract_relations, topic_relations
from .roles import extract_affiliations, known_by_post, party_word_mentions, posts_known_by, posts_of_quoted_speakers
from .statement_links import (figures_counting_policies, figures_under_policies, quotes_about_policies,
                              quotes_after_a_policy, quotes_for_bodies, quotes_for_named_bodies,
                              relations_for_bodies)
from .surnames import surname_mentions
from .transcript import header_mentions, merge_mentions, turn_facts


def extract(doc, article: Article, *, gazetteer: Gazetteer) -> Extraction:
    """Run the extractors over a parsed article; records only come out."""
    paragraphs = Paragraphs(article.paragraphs, doc)
    mentions = home_government(list(find_mentions(doc, gazetteer=gazetteer, paragraphs=paragraphs)), gazetteer)
    seats = header_mentions(doc, article, gazetteer=gazetteer, paragraphs=paragraphs)
    mentions = merge_mentions(mentions, seats)
    mentions = sorted(mentions + party_word_mentions(doc, mentions, gazetteer=gazetteer, paragraphs=paragraphs),
                      key=lambda m: m.evidence.start)
    mentions = sorted(mentions + list(surname_mentions(doc, mentions, paragraphs=paragraphs)),
                      key=lambda m: m.evidence.start)
    entities = resolve(mentions, gazetteer=gazetteer, acronyms=acronym_aliases(doc, mentions),
                       area=story_force_area(doc, gazetteer), article_key=article.content_hash[:16])
    named = [m for m, _ in named_policies(doc, set())]
    entities = not_policy_names(entities, named, article.text)
    roles, role_mentions, affiliations = extract_affiliations(doc, entities, gazetteer=gazetteer,
                                                              paragraphs=paragraphs)
    policy_mentions, owners = scope_policies(doc, outside_bodies(find_policy_mentions(doc), entities, named),
                                             entities, article, roles)
    policy_mentions = inverted_vocabulary_names(judged_again(doc, policy_mentions))
    policy_mentions = counted_plans(planned_things(doc, policy_mentions))
    policy_mentions = nominal_plans(doc, same_act_planned(doc, policy_mentions))
    policies = with_owners(tidy_policies(doc, with_concerns(resolve_policies(doc, policy_mentions,
                                                                                   paragraphs=paragraphs),
                                                                  entities)), owners)
    turn_roles, memberships, turn_quotes, debaters = turn_facts(doc, article, entities, policies,
                                                                 paragraphs=paragraphs)
    roles += turn_roles
    entities = classify(entities, roles, doc, politicians=debaters, gazetteer=gazetteer)
    index = MentionIndex(doc, entities, role_mentions, article.paragraphs)
    quotes = list(extract_quotes(doc, entities, index=index, policies=policies, paragraphs=paragraphs,
                                 paragraph_spans=article.paragraphs)) + turn_quotes
    figures = tidy_figures(doc, list(extract_figures(doc, entities, quotes=quotes, policies=policies,
                                                     paragraphs=paragraphs, index=index, roles=roles)))
    quotes = quotes_after_a_policy(doc, quotes_about_policies(doc, quotes, policies), policies)
    quotes = quotes_for_named_bodies(doc, quotes_for_bodies(quotes, roles), entities)
    figures = figures_counting_policies(doc, figures_under_policies(doc, figures, policies), policies)
    relations = memberships + affiliations + list(extract_relations(doc, entities, policies, quotes, index=index,
                                                                    paragraphs=paragraphs, roles=roles))
    relations += open_relations(doc, entities, policies, relations, index=index, paragraphs=paragraphs)
    relations += topic_relations(doc, entities, policies, relations, index=index, paragraphs=paragraphs,
                               quotes=quotes)
    # "The Taoiseach said …" and no holder named: a person known by the post
    by_post = known_by_post(quotes, role_mentions, roles, entities, doc, paragraphs, gazetteer)
    roles += posts_known_by(by_post, gazetteer, {e.key for e in entities})
    roles += posts_of_quoted_speakers(doc, quotes, roles, entities, gazetteer, paragraphs)
    relations = relations_for_bodies(relations, roles, policies)
    return Extraction(
        article=article,
        entities=tuple(tidy_people(entities)) + tuple(by_post),
        roles=tuple(roles),
        quotes=tuple(quotes),
        figures=tuple(figures),
        policies=tuple(policies),
        relations=tuple(relations),
        warnings=article.warnings,
    )
