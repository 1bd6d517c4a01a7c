"""Annotated copies of submissions: picks the .docx or PDF annotator by the parsed format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = {"docx": ".docx", "pdf": ".pdf"}


class CannotAnnotate(Exception):
    """This review has no annotated copy (it failed, or the file is plain text)."""


@dataclass
class Annotated:
    data: bytes
    suffix: str  # ".docx" or ".pdf", from the file's real format, not its name
    marks: int  # comments or highlights placed
    kind: str = "comment"  # what a mark is called: "comment" (Word) or "highlight" (PDF)
    notes: list[str] = field(default_factory=list)


def annotate(review) -> Annotated:
    """Build the annotated copy of one reviewed file; raises CannotAnnotate with a reason."""
    if review.error is not None or review.document is None:
        raise CannotAnnotate("it could not be reviewed")
    fmt = review.document.format
    if fmt == "docx":
        from reviewer.report.annotate_docx import annotate_docx

        result = annotate_docx(review)
        return Annotated(result.data, ".docx", result.comments, result.notes)
    if fmt == "pdf":
        from reviewer.report.annotate_pdf import annotate_pdf

        result = annotate_pdf(review)
        return Annotated(result.data, ".pdf", result.highlights, result.notes, "highlight")
    raise CannotAnnotate("annotated copies are made for .docx and .pdf files only")


def reviewed_name(path: str | Path, suffix: str) -> str:
    """`pid.docx` -> `pid.reviewed.docx` (the suffix follows the real format)."""
    return f"{Path(path).stem}.reviewed{suffix}"
