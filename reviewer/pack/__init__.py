"""Project packs: the documents of one project, reviewed one by one and then against each other.

A governance committee sees a PID, its agreement and its executive summary together, and the worst
problems live between them. `review_pack` reviews every file as `jwreview review` would, reads the
structured facts of each (reviewer.analysis.facts), groups the files into projects, and runs the
pack rules (reviewer/rules/pack_catalogue/*.toml) on each group.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.analysis import Analysis, analyse
from reviewer.analysis.facts import Facts, extract
from reviewer.documents import Limits
from reviewer.review import DocumentReview, review_file
from reviewer.rules.finding import Evidence, Finding, severity_rank

__all__ = ["Pack", "PackDocument", "PackEvidence", "review_pack", "read_document"]


@dataclass(frozen=True)
class PackEvidence(Evidence):
    """Evidence that also says which document of the pack it was quoted from."""

    document: str = ""

    def to_dict(self) -> dict:
        return {"document": self.document, **super().to_dict()}


@dataclass
class PackDocument:
    review: DocumentReview
    facts: Facts | None = None
    analysis: Analysis | None = None
    grouped_by: str = ""
    note: str | None = None  # why facts could not be read, when they could not

    @property
    def path(self) -> str:
        return self.review.path

    @property
    def name(self) -> str:
        return Path(self.review.path).name

    @property
    def type(self) -> str | None:
        return self.review.type


@dataclass
class Pack:
    name: str
    documents: list[PackDocument]
    findings: list[Finding] = field(default_factory=list)
    as_of: dt.date = field(default_factory=dt.date.today)

    def of_type(self, doc_type: str) -> list[PackDocument]:
        return [d for d in self.documents if d.type == doc_type and d.facts is not None]

    @property
    def readable(self) -> list[PackDocument]:
        return [d for d in self.documents if d.facts is not None]

    def problems_at_or_above(self, threshold: str) -> list[Finding]:
        rank = severity_rank(threshold)
        return [f for f in self.findings if f.is_problem and severity_rank(f.severity) >= rank]

    @property
    def verdict(self) -> str:
        problems = [f for f in self.findings if f.is_problem]
        if any(f.severity == "red" for f in problems):
            return "fail"
        if any(f.severity == "amber" for f in problems):
            return "needs-changes"
        return "pass"

    def counts(self) -> dict[str, int]:
        counts = {"red": 0, "amber": 0, "info": 0}
        for finding in self.findings:
            if finding.is_problem:
                counts[finding.severity] += 1
        return counts


def read_document(path: str | Path, limits: Limits | None = None) -> PackDocument:
    """Review one file and read its facts; a failure is recorded, never raised."""
    record = review_file(path, limits)
    document = PackDocument(record)
    if record.document is None:
        return document
    try:
        analysis = analyse(record.document, record.type if record.type else None)
        document.analysis = analysis
        document.facts = extract(analysis)
    except Exception as exc:  # noqa: BLE001 - a fact we cannot read must not stop the pack
        document.note = f"could not read the project facts ({type(exc).__name__})"
    return document


def review_pack(
    paths: list[Path],
    limits: Limits | None = None,
    one_pack: bool = False,
    as_of: dt.date | None = None,
) -> list[Pack]:
    """Review the files, group them into projects and check each project's pack."""
    from reviewer.pack.checks import evaluate_pack
    from reviewer.pack.grouping import group

    documents = [read_document(path, limits) for path in paths]
    packs = group(documents, one_pack)
    for pack in packs:
        pack.as_of = as_of or dt.date.today()
        pack.findings = evaluate_pack(pack)
    return packs
