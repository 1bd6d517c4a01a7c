"""Helpers every check uses to quote a sentence as evidence."""

from __future__ import annotations

import functools
import re

from reviewer.analysis import Analysis, Sentence
from reviewer.rules.finding import FAIL, PASS, Evidence

MAX_QUOTE = 300


def first_match(patterns, text: str) -> re.Match | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


@functools.lru_cache(maxsize=256)
def any_matcher(patterns: tuple[re.Pattern, ...]):
    """One compiled alternation that matches `text` exactly when some pattern in `patterns` does.

    A check that tests every sentence against a rule's few dozen patterns spends most of its time
    in those searches, while most sentences match none of them: one search over the alternation
    answers "none" in about half the time. None when the patterns cannot be joined safely
    (different flags, back-references or named groups), and the caller searches them one by one.
    """
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P[<=]|\(\?[aiLmsux]+\)", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


def quote(
    analysis: Analysis,
    sentence: Sentence,
    confidence: float,
    signals: tuple[str, ...],
    supports: str = PASS,
) -> Evidence:
    text = sentence.context
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1].rstrip() + "…"
    return Evidence(
        text=text,
        location=analysis.block_location(sentence.block),
        confidence=confidence,
        signals=signals,
        block=sentence.block,
        start=sentence.start,
        end=sentence.end,
        supports=supports,
    )


def model_signals(analysis: Analysis, rule, sentence: Sentence, signals: tuple[str, ...]):
    """`signals` plus the clause classifier's score for the rule's label, when there is one."""
    from reviewer.analysis.classifier import signal

    label = rule.options.get("classifier_label", rule.id)
    p = analysis.clause_probability(sentence, label)
    return signals if p is None else (*signals, signal(p))


def quote_block(analysis: Analysis, index: int, confidence: float, signals: tuple[str, ...]):
    block = analysis.document.blocks[index]
    return Evidence(
        text=block.text[:MAX_QUOTE],
        location=block.location,
        confidence=confidence,
        signals=signals,
        block=index,
        start=0,
        end=len(block.text),
        supports=FAIL,
    )


def label_matches(sentence: Sentence, patterns) -> bool:
    return bool(sentence.label) and first_match(patterns, sentence.label) is not None
