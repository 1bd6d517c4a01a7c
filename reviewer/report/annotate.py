"""Annotated copies of submissions: picks the .docx or PDF annotator by the parsed format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = {"docx": ".docx", "pdf": ".pdf"}


class CannotAnnotate(Exception):
    """No annotated copy can be made (the review failed, or the file is plain text)."""


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

        if _relabelled(review.path):
            raise CannotAnnotate(
                "it is a macro-enabled document or a template; commented copies are made for "
                "plain .docx files only"
            )

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


def _relabelled(path: str) -> bool:
    """True for a .docm/.dotx/.dotm, which python-docx only opens relabelled as a document.

    A copy saved that way would no longer be the kind of file the author sent.
    """
    from reviewer.documents.limits import Limits
    from reviewer.documents.package_guard import inspect_package
    from reviewer.errors import ReviewError

    try:
        return inspect_package(Path(path), Limits()).relabelled
    except ReviewError as exc:
        raise CannotAnnotate(f"the file could not be opened again ({exc.code})") from exc
