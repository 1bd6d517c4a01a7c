"""Signals that void or weaken a match: placeholders, deferrals and negations.

Window-based rather than dependency-based: the parser costs several times the tokenizer, and
in these documents the negation of a clause's existence sits within a few words of the clause
noun ("no exit strategy has been agreed", "exit arrangements: not yet agreed").
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(
    r"(\bTB[CDA]\b|\bto be (?:confirmed|agreed|determined|decided|defined|developed|drafted|"
    r"finali[sz]ed|discussed|added|completed|provided|updated|arranged|written|inserted|"
    r"established|clarified|set out|scoped)\b|\[[^\]]{0,60}\]|<[^>]{1,40}>|\blorem ipsum\b|"
    r"\(left blank\)|\bX{2,}\b|£\s?X+\b|\bnot applicable\b|\bN/?A\b|^\s*(?:none|nil|n/?a|-+|\?+|pending|"
    r"to follow|awaited|tbc|not (?:yet )?(?:assessed|measured|recorded|evaluated|known|available|"
    r"applicable|identified|stated|specified)"
    # "Not assessed in this phase", "Not measured during the pilot": still no answer.
    r"(?:\s+(?:in|at|for|during|within|as part of)\s+(?:this|the)\s+(?:phase|stage|period|pilot|project|"
    r"report|round|evaluation|time))?)\s*\.?\s*$|"
    # "Outcomes to follow within six months" sets a deadline; "Details to follow" defers.
    r"\bto follow\b(?!\s+(?:within|by|no later than)\s)|\bawaiting\b|\bin due course\b|"
    r"\bat a later (?:date|stage|meeting|point)\b|"
    # "Deferred to a later meeting": the item was put off, not decided.
    r"\b(?:deferred|postponed|held over|carried (?:forward|over))\s+(?:to|until|till)\s+(?:a|the|an?other)\s+"
    r"(?:(?:later|next|future|subsequent)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|date|stage|point|time|discussion|review|phase)\b|"
    r"\bnot yet (?:been )?(?:agreed|confirmed|decided|"
    r"developed|drafted|finali[sz]ed|determined|known|available)\b|\byet to be\b|\bstill to be\b)",
    re.I,
)
NEGATORS = (
    r"no|not|never|none|without|nor|neither|absence of|lack of|lacks|lacking|no formal|"
    r"has not|have not|hasn't|haven't|is not|are not|isn't|aren't|was not|were not|cannot|"
    r"can't|won't|will not|does not|do not|doesn't|don't"
)
NEGATOR = re.compile(rf"\b(?:{NEGATORS})\b", re.I)
# A negator this many words or fewer before a term negates it: "no [formal] exit strategy".
WINDOW = 4


def is_placeholder(value: str, max_words: int = 14) -> bool:
    """True when the text is (mostly) template filler or a deferral, not content."""
    words = value.split()
    if not words:
        return True
    return len(words) <= max_words and bool(PLACEHOLDER.search(value))


def placeholder_hit(value: str) -> str | None:
    match = PLACEHOLDER.search(value)
    return match.group(0).strip() if match else None


def negated_before(text: str, start: int, window: int = WINDOW) -> str | None:
    """The negator within `window` words before position `start`, if there is one."""
    before = text[:start]
    # Stop at a clause boundary: "no fee is payable; the exit plan is..." is not negated.
    cut = max(before.rfind(";"), before.rfind(":"), before.rfind(". "), before.rfind(","))
    if cut >= 0:
        before = before[cut + 1 :]
    words = before.split()[-window:]
    match = NEGATOR.search(" ".join(words))
    return match.group(0) if match else None


def negated_after(text: str, end: int, window: int = 6) -> str | None:
    """A negated or deferred predicate right after a term: "exit plan has not been agreed"."""
    after = text[end:]
    cut = min((i for i in (after.find(";"), after.find(". ")) if i >= 0), default=len(after))
    words = " ".join(after[:cut].split()[:window])
    match = re.search(
        r"\b(?:has|have|is|are|was|were|will|shall)\s+(?:not|yet to|still to|n't)\b|"
        r"\b(?:is|are|was|were|has|have)\s+(?:been\s+)?(?:omitted|excluded|deferred|removed|waived)\b|"
        r"\b(?:none|not (?:yet )?(?:agreed|required|needed|included|defined|in place))\b|"
        + PLACEHOLDER.pattern,
        words,
        re.I,
    )
    return match.group(0) if match else None
