"""Which kind of joint-working document this is, from its title, headings and wording.

The title (or the first lines, when the file has no title) is the strongest signal, because a PID
often contains an "Executive summary" heading and a summary often mentions "the agreement".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.documents.model import HEADING, Document

TYPES = (
    "pid",
    "agreement",
    "executive-summary",
    "concept-framework",
    "outcomes-summary",
    "amendment",
)
UNKNOWN = "unknown"
ALL_TYPES = (*TYPES, UNKNOWN)

# Ordered: the first pattern that matches a title wins ties (a "Summary of the Collaborative
# Working Agreement" is an executive summary, not an agreement).
SIGNALS: dict[str, tuple[str, ...]] = {
    "amendment": (
        r"\bamendment\b", r"\bvariation (form|to|request|notice|agreement)\b",
        r"\bchange (request|control) (form|note|record)\b", r"\bchange request\b",
        r"\brequest for change\b",
    ),
    "outcomes-summary": (
        r"\b(summary|report) of (the )?(project )?outcomes\b", r"\boutcomes? (summary|report)\b",
        r"\bproject (closure|close[- ]out|completion|final) report\b", r"\bend[- ]of[- ]project\b",
        r"\bfinal (project )?report\b", r"\boutcomes and learning", r"\bproject outcomes\b",
        r"[-–—:|]\s*(project )?(outcomes|results)\s*$",
    ),
    "executive-summary": (
        r"\bexecutive summary\b", r"\bsummary of (the|our|this|a|an)? ?(collaborative|joint)[- ]working\b",
        r"\b(collaborative|joint)[- ]working (project )?summary\b", r"\bpublic summary\b",
        r"\bproject summary\b",
    ),
    "concept-framework": (
        r"\bconcept (framework|form|note|paper|proposal|outline|document|summary)\b",
        r"\bproject concept\b", r"^\s*concept\b",
        r"\bexpression of interest\b", r"\boutline proposal\b",
    ),
    "pid": (
        r"\bproject initiation (document|documentation|form)\b", r"\bPID\b",
        r"\bproject initiation\b", r"\bproject plan\b",
        # "Lung Navigator Project: Initiation Document" puts the project's name in between.
        r"\binitiation (document|documentation|form)\b",
    ),
    "agreement": (
        r"\b(collaborative|joint)[- ]working agreement\b", r"\bagreement\b",
        r"\bthis agreement is made\b",
        r"\bmemorandum of (understanding|agreement|collaboration|(collaborative|joint)[- ]working)\b",
        r"\bin witness whereof\b", r"\bsigned (for and )?on behalf of\b", r"\bthe parties agree\b",
        r"\bcontract\b",
    ),
}
COMPILED = {kind: [re.compile(p, re.I) for p in pats] for kind, pats in SIGNALS.items()}


@dataclass(frozen=True)
class DocumentType:
    type: str
    confidence: float
    reason: str


LETTER_OPENING = re.compile(r"^\s*Dear\s+\S", re.I)
LETTER_CLOSING = re.compile(
    r"^\s*(yours (sincerely|faithfully|truly)|kind regards|best wishes|with best wishes)\b", re.I
)
# A line that refers to another document ("Re: draft PID for review") is not this one's title.
REFERENCE_LINE = re.compile(r"^\s*(re|subject|ref(erence)?|enc(losures?)?|cc)\s*[:.]", re.I)


def classify(document: Document) -> DocumentType:
    if _is_letter(document):
        # A covering letter names the document it encloses; it is not that document.
        return DocumentType(UNKNOWN, 0.7, "a letter (salutation and sign-off), not a project document")
    for head in _title_candidates(document):
        for kind, patterns in COMPILED.items():
            if any(pattern.search(head) for pattern in patterns):
                return DocumentType(kind, 0.9, f'title "{head[:80]}" matches {kind}')
    scores = dict.fromkeys(TYPES, 0.0)
    headings = " \n".join(b.text for b in document.blocks if b.kind == HEADING)
    body = " ".join(b.text for b in document.blocks[:200])
    for kind, patterns in COMPILED.items():
        for pattern in patterns:
            scores[kind] += 1.0 * len(pattern.findall(headings)) + 0.3 * len(pattern.findall(body))
    best = max(scores, key=scores.get)
    total = sum(scores.values())
    if scores[best] < 1.0:
        return DocumentType(UNKNOWN, 0.5, "no title or wording identifies the document type")
    confidence = round(min(0.85, 0.4 + 0.45 * scores[best] / total), 2)
    return DocumentType(best, confidence, f"headings and wording point to {best}")


def _title_candidates(document: Document) -> list[str]:
    """The file's title, then the first heading, then the first short lines, in that order."""
    candidates = [document.title or ""]
    headings = [b.text for b in document.blocks[:8] if b.kind == HEADING]
    candidates.extend(headings[:1])
    # Long opening lines ("Project Initiation Document. Collaborative working between ...")
    # name the type in their first words.
    candidates.extend(b.text[:120] for b in document.blocks[:6])
    # A title wrapped over several short lines of a PDF ("Summary of Project" / "Outcomes: ...").
    opening = [b.text for b in document.blocks[:4] if len(b.text.split()) <= 8]
    if len(opening) >= 2:
        candidates.append(" ".join(opening))
    return [c for c in candidates if c and not REFERENCE_LINE.match(c)]


def _is_letter(document: Document) -> bool:
    texts = [b.text for b in document.blocks]
    return any(LETTER_OPENING.match(t) for t in texts[:15]) and any(
        LETTER_CLOSING.match(t) for t in texts
    )
