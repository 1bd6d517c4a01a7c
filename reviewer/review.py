"""Load -> analyse -> evaluate for one file; a bad file becomes an error record, never a crash."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.analysis import analyse
from reviewer.documents import Document, Limits, load
from reviewer.errors import InternalError, ReviewError
from reviewer.rules.catalogue import Rule
from reviewer.rules.finding import Finding, severity_rank
from reviewer.rules.registry import evaluate

VERDICT_PASS, VERDICT_CHANGES, VERDICT_FAIL = "pass", "needs-changes", "fail"


@dataclass
class DocumentReview:
    path: str
    sha256: str | None
    type: str | None = None
    type_confidence: float | None = None
    type_reason: str | None = None
    error: ReviewError | None = None
    findings: list[Finding] = field(default_factory=list)
    document: Document | None = None
    seconds: float = 0.0
    baseline: dict | None = None  # how it compares with an earlier review (reviewer.baseline)

    @property
    def verdict(self) -> str | None:
        if self.error is not None:
            return None
        problems = [f for f in self.findings if f.is_problem]  # fail, warn, could not check
        if any(f.severity == "red" for f in problems):
            return VERDICT_FAIL
        if any(f.severity == "amber" for f in problems):
            return VERDICT_CHANGES
        return VERDICT_PASS

    def problems_at_or_above(self, threshold: str) -> list[Finding]:
        rank = severity_rank(threshold)
        return [
            f for f in self.findings
            if f.is_problem and f.waived is None and severity_rank(f.severity) >= rank
        ]

    def counts(self) -> dict[str, int]:
        counts = {"red": 0, "amber": 0, "info": 0}
        for finding in self.findings:
            if finding.is_problem:
                counts[finding.severity] += 1
        return counts

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "type": self.type,
            "type_confidence": self.type_confidence,
            "error": self.error.to_dict() if self.error else None,
            "verdict": self.verdict,
            "pages": self.document.pages if self.document else None,
            "notes": list(self.document.notes) if self.document else [],
            "coverage": self.document.coverage.to_dict() if self.document else None,
            "results": [f.to_dict() for f in self.findings],
            **({"baseline": self.baseline} if self.baseline is not None else {}),
        }


def sha256_of(path: Path) -> str | None:
    digest = hashlib.sha256()
    if not Path(path).is_file():  # a named pipe or device would block or never end
        return None
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def review_file(
    path: str | Path, limits: Limits | None = None, forced_type: str | None = None,
    rules: tuple[Rule, ...] | None = None,
) -> DocumentReview:
    """Review one file; every failure is captured on the returned record.

    `rules` replaces the built-in catalogue (organisation rule packs, reviewer/rules/rulepacks.py).
    """
    path = Path(path)
    started = time.perf_counter()
    record = DocumentReview(path=str(path), sha256=sha256_of(path))
    try:
        document = load(path, limits)
        analysis = analyse(document, forced_type)
        record.document = document
        record.type = analysis.doc_type.type
        record.type_confidence = analysis.doc_type.confidence
        record.type_reason = analysis.doc_type.reason
        record.findings = evaluate(analysis, rules)
    except ReviewError as exc:
        record.error = exc
    except MemoryError:
        record.error = InternalError(path, "ran out of memory while reading the file")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a batch
        record.error = InternalError(path, f"unexpected {type(exc).__name__} while reviewing")
    record.seconds = time.perf_counter() - started
    return record


def review_text(text: str, doc_type: str | None = None, name: str = "<text>", rules=None):
    """Review Markdown text (used by rule examples and tests); returns (analysis, findings)."""
    from reviewer.documents.text_reader import parse_text

    analysis = analyse(parse_text(text, name), doc_type)
    return analysis, evaluate(analysis, rules)
