"""`every_party_contributes`: each side of the collaboration states what it puts in.

Clause 20 needs a significant contribution from every party, so the check sorts contribution
statements by side (the company vs the NHS/other partners) using the sentence's subject, its
table row or its field label, and fails when one side has nothing real.
"""

from __future__ import annotations

import re

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.cues import is_placeholder, placeholder_hit
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import first_match, quote
from reviewer.rules.finding import FAIL, PASS, Verdict

SIDES = ("company", "nhs")
CLAUSES = re.compile(r";|,?\s+(?:while|whereas|whilst)\s+|,\s+and\s+(?=the\b)", re.I)


def every_party_contributes(rule: Rule, analysis: Analysis) -> Verdict:
    found = {side: [] for side in SIDES}
    holes = {side: [] for side in SIDES}
    headings = rule.pattern("headings")
    for sentence in analysis.sentences:
        topical = (sentence.label and first_match(headings, sentence.label)) or any(
            analysis.in_section(sentence, p) for p in headings
        )
        cue = first_match(rule.pattern("strong"), sentence.text)
        if not (cue or topical):
            continue
        # "The ICB releases a pharmacist, while the company funds an analyst" names two sides.
        for part in CLAUSES.split(sentence.value):
            side = _side(rule, analysis, sentence, part)
            if side is None:
                continue
            vague = first_match(rule.pattern("weak"), part)
            if is_placeholder(part, 10) or vague:
                hit = placeholder_hit(part) or (vague.group(0) if vague else part)
                signal = (f"{side}: vague '{hit}'",)
                holes[side].append(quote(analysis, sentence, 0.8, signal, FAIL))
                continue
            hit = first_match(rule.pattern("strong"), part) or (
                first_match(rule.pattern("substance"), part) if topical else None
            )
            if hit:
                signal = (f"{side} contribution: '{hit.group(0)}'",)
                found[side].append(quote(analysis, sentence, 0.8, signal))

    if found["company"] and found["nhs"]:
        return Verdict(
            PASS,
            "Contributions are stated for the company and for the NHS/other partner(s).",
            (found["company"][0], found["nhs"][0]),
        )
    missing = [side for side in SIDES if not found[side]]
    names = {"company": "the company", "nhs": "the NHS or other partner organisation(s)"}
    message = "No contribution is stated for " + " or ".join(names[s] for s in missing) + "."
    evidence = [e for s in missing for e in holes[s][:2]]
    evidence += [e for s in SIDES if found[s] for e in found[s][:1]]
    return Verdict(FAIL, message, tuple(evidence))


def _side(rule: Rule, analysis: Analysis, sentence: Sentence, part: str) -> str | None:
    """Which side a contribution belongs to: its label, else the first party it names."""
    for text in (sentence.label or "", part):
        company = first_match(rule.pattern("concept"), text)
        nhs = first_match(rule.pattern("topic"), text)
        if company and nhs:
            return "company" if company.start() < nhs.start() else "nhs"
        if company:
            return "company"
        if nhs:
            return "nhs"
    section = analysis.block_location(sentence.block).section or ""
    last = section.split(" > ")[-1]
    if first_match(rule.pattern("concept"), last):
        return "company"
    if first_match(rule.pattern("topic"), last):
        return "nhs"
    return None
