"""Generic checks for organisation rule packs: must be present, must not appear, if X then Y.

An organisation writes these rules in TOML without Python, so each check reads only pattern
lists (case-insensitive regular expressions; a plain phrase matches itself) and a few options:

- `must_be_present`: a `required` pattern must appear in a real sentence (not a heading, not a
  placeholder such as "[TBC]", not negated as in "has not been approved under SOP-CW-012").
- `must_not_appear`: no `prohibited` pattern may appear, unless the sentence matches one of the
  `exclusions` or the hit is negated ("no hospitality will be offered").
- `if_then`: when a `condition` pattern appears (not negated), a `required` pattern must also
  appear somewhere in the document; without the condition the rule is n/a (or pass, when
  `options.when_absent = "pass"`).
"""

from __future__ import annotations

import re

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.cues import is_placeholder, negated_after, negated_before, placeholder_hit
from reviewer.documents.model import HEADING
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import quote
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, Evidence, Verdict

MAX_EVIDENCE = 5


def must_be_present(rule: Rule, analysis: Analysis) -> Verdict:
    found, problems = _required(rule, analysis)
    if found:
        return Verdict(PASS, _message(rule, "pass"), tuple(found[:3]))
    if problems:
        return Verdict(FAIL, _message(rule, "placeholder"), tuple(problems[:MAX_EVIDENCE]))
    # absent: on a partly read document the statement may be on an unread page (registry).
    return Verdict(FAIL, _message(rule, "missing"), absent=True)


def must_not_appear(rule: Rule, analysis: Analysis) -> Verdict:
    window = int(rule.options.get("negation_window", 4))
    failures: list[Evidence] = []
    excluded: list[Evidence] = []
    for sentence in analysis.sentences:
        text = sentence.context
        hit = _first_hit(rule.pattern("prohibited"), text)
        if hit is None:
            continue
        exclusion = _first_hit(rule.pattern("exclusions"), text)
        negator = negated_before(text, hit.start(), window) if window else None
        if exclusion or negator:
            why = exclusion.group(0) if exclusion else negator
            excluded.append(quote(analysis, sentence, 0.8, (f"'{hit.group(0)}' excluded by '{why}'",)))
            continue
        failures.append(quote(analysis, sentence, 0.85, (f"prohibited: '{hit.group(0)}'",), FAIL))
    if failures:
        return Verdict(FAIL, _message(rule, "fail"), tuple(failures[:MAX_EVIDENCE]))
    clean = _message(rule, "pass", f"{rule.title}: nothing of concern found.")
    return Verdict(PASS, clean, tuple(excluded[:2]))


def if_then(rule: Rule, analysis: Analysis) -> Verdict:
    triggers = []
    for sentence in analysis.sentences:
        text = sentence.context
        hit = _first_hit(rule.pattern("condition"), text)
        if hit and not (negated_before(text, hit.start()) or negated_after(text, hit.end())):
            triggers.append(quote(analysis, sentence, 0.8, (f"condition: '{hit.group(0)}'",), FAIL))
    if not triggers:
        if rule.options.get("when_absent", NOT_APPLICABLE) == PASS:
            return Verdict(PASS, _message(rule, "absent"))
        return Verdict(NOT_APPLICABLE, _message(rule, "absent"))
    found, problems = _required(rule, analysis)
    if found:
        return Verdict(PASS, _message(rule, "pass"), tuple(found[:3]))
    evidence = tuple((triggers + problems)[:MAX_EVIDENCE])
    return Verdict(FAIL, _message(rule, "fail"), evidence, absent=not problems)


def _required(rule: Rule, analysis: Analysis) -> tuple[list[Evidence], list[Evidence]]:
    """Sentences that state a `required` pattern, and those that only hold a placeholder or negation."""
    found: list[Evidence] = []
    problems: list[Evidence] = []
    blocks = analysis.document.blocks
    for sentence in analysis.sentences:
        if blocks[sentence.block].kind == HEADING:
            continue  # a heading naming the statement is not the statement
        text = sentence.context
        hit = _first_hit(rule.pattern("required"), text)
        if hit is None:
            continue
        hole = _hole(sentence, text, hit)
        if hole:
            problems.append(quote(analysis, sentence, 0.85, (hole,), FAIL))
        else:
            found.append(quote(analysis, sentence, 0.9, (f"pattern: '{hit.group(0)}'",)))
    return found, problems


def _hole(sentence: Sentence, text: str, hit: re.Match) -> str | None:
    """Why a matching sentence does not count: a placeholder or a negation, else None."""
    if is_placeholder(sentence.value) or is_placeholder(text):
        return f"placeholder '{placeholder_hit(text) or sentence.value}'"
    negator = negated_before(text, hit.start()) or negated_after(text, hit.end())
    if negator:
        return f"negated by '{negator}'"
    return None


def _first_hit(patterns, text: str) -> re.Match | None:
    """The earliest match of any pattern, so evidence and negation look at the first mention."""
    hits = [m for m in (p.search(text) for p in patterns) if m]
    return min(hits, key=lambda m: m.start()) if hits else None


def _message(rule: Rule, kind: str, default: str | None = None) -> str:
    defaults = {
        "pass": f"{rule.title}: found.",
        "fail": f"{rule.title}: the document breaches this rule.",
        "missing": f"{rule.title}: not found anywhere in the document.",
        "placeholder": f"{rule.title}: only a placeholder or a negated statement was found.",
        "absent": f"{rule.title}: the condition this rule depends on does not arise.",
    }
    return rule.options.get("messages", {}).get(kind, default or defaults[kind])
