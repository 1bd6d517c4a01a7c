"""The one result type: a rule's outcome on a document, carrying its own explanation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reviewer.documents.model import Location

PASS, FAIL, WARN, NOT_APPLICABLE = "pass", "fail", "warn", "n/a"
# The rule would have said "missing", but part of the document could not be read (a scanned
# page, a pasted picture), so the clause may be there. A problem, never a pass.
UNCHECKED = "unchecked"
OUTCOMES = (PASS, FAIL, WARN, NOT_APPLICABLE, UNCHECKED)
OUTCOME_LABELS = {PASS: "pass", FAIL: "fail", WARN: "warn", NOT_APPLICABLE: "n/a",
                  UNCHECKED: "could not check"}
SEVERITIES = ("info", "amber", "red")  # ascending


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Evidence:
    """A quote from the document with where it is and what made the rule pick it."""

    text: str
    location: Location
    confidence: float
    signals: tuple[str, ...] = ()
    block: int | None = None  # index into Document.blocks; start/end are offsets in its text
    start: int | None = None
    end: int | None = None
    supports: str = PASS  # the outcome this quote argues for: pass (found) or fail (problem)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "location": self.location.to_dict(),
            "confidence": round(self.confidence, 3),
            "signals": list(self.signals),
            "supports": self.supports,
        }


@dataclass(frozen=True)
class Verdict:
    """What a check function returns; the registry turns it into a Finding."""

    outcome: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    severity: str | None = None  # overrides the rule's severity for this document
    signals: tuple[str, ...] = field(default=())
    # True when the check failed only because it found nothing: content on an unread page
    # could be what it looked for (reviewer.rules.registry turns this into UNCHECKED).
    absent: bool = False


@dataclass(frozen=True)
class Finding:
    rule: str
    title: str
    severity: str
    outcome: str
    message: str
    remediation: str
    source: str
    evidence: tuple[Evidence, ...] = ()
    model_clause: str = ""
    waived: dict | None = None  # the waiver that accepts this problem (reviewer.waivers)
    baseline: dict | None = None  # new / open / fixed against an earlier review (reviewer.baseline)

    @property
    def is_problem(self) -> bool:
        return self.outcome in (FAIL, WARN, UNCHECKED)

    @property
    def evidence_sha256(self) -> str:
        """Hash of the quoted evidence text; a waiver names it and lapses when the text changes."""
        return hashlib.sha256("\n".join(e.text for e in self.evidence).encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "outcome": self.outcome,
            "message": self.message,
            "remediation": self.remediation if self.is_problem else "",
            "source": self.source,
            "evidence": [e.to_dict() for e in self.evidence],
            **({"evidence_sha256": self.evidence_sha256} if self.is_problem else {}),
            **({"waived": self.waived} if self.waived is not None else {}),
            **({"baseline": self.baseline} if self.baseline is not None else {}),
        }
