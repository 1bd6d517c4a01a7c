"""Batch-friendly views: JSON Lines (one document per line) and CSV (per document, per finding).

Each JSON Lines line is exactly one entry of the JSON report's `documents` array, so the
`document` definition in schema/review.schema.json validates every line. The CLI writes these
lines one at a time as files finish (see `jsonl_line`); `render_jsonl` gives the same lines for
a finished list.
"""

from __future__ import annotations

import csv
import io
import json

from reviewer.rules.finding import UNCHECKED

DOCUMENT_COLUMNS = (
    "path", "type", "verdict", "red", "amber", "info", "error_code", "error",
    # coverage: how many rules could not check, pages read of pages (PDF only), what was unread
    "unchecked", "pages_read", "pages_total", "unread",
)
BASELINE_DOCUMENT_COLUMNS = ("baseline_document", "new", "still_open", "fixed")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FINDING_COLUMNS = (
    "path", "type", "rule", "title", "severity", "outcome", "message", "location", "quote",
)


def jsonl_line(review) -> str:
    """One document as a single line of JSON, ending in a newline."""
    return json.dumps(review.to_dict(), ensure_ascii=False) + "\n"


def render_jsonl(reviews) -> str:
    return "".join(jsonl_line(review) for review in reviews)


def render_csv(reviews, baseline: dict | None = None) -> str:
    """One row per document: path, type, verdict, problem counts, error, what was read.

    With --baseline, also the earlier document it was compared with and its counts of new,
    still open and fixed problems.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(DOCUMENT_COLUMNS + (BASELINE_DOCUMENT_COLUMNS if baseline is not None else ()))
    for review in reviews:
        counts = review.counts()
        extra = _baseline_cells(review) if baseline is not None else []
        writer.writerow(_safe([
            review.path,
            review.type or "",
            review.verdict or "",
            counts["red"],
            counts["amber"],
            counts["info"],
            review.error.code if review.error else "",
            review.error.message if review.error else "",
            *_coverage_cells(review),
            *extra,
        ]))
    return buffer.getvalue()


def _coverage_cells(review) -> list:
    if review.document is None:
        return ["", "", "", ""]
    coverage = review.document.coverage
    unchecked = sum(f.outcome == UNCHECKED for f in review.findings)
    pages_read = "" if coverage.pages_read is None else coverage.pages_read
    pages_total = "" if coverage.pages_total is None else coverage.pages_total
    return [unchecked, pages_read, pages_total, coverage.unread_summary()]


def render_csv_findings(reviews, baseline: dict | None = None) -> str:
    """One row per finding (every rule, every outcome) with its first quote and where it is.

    With --baseline, a last column says whether the problem is new, still open or fixed.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS + (("baseline",) if baseline is not None else ()))
    for review in reviews:
        for finding in review.findings:
            evidence = finding.evidence[0] if finding.evidence else None
            writer.writerow(_safe([
                review.path,
                review.type or "",
                finding.rule,
                finding.title,
                finding.severity,
                finding.outcome,
                finding.message,
                evidence.location.describe() if evidence else "",
                evidence.text if evidence else "",
                *([finding.baseline["status"] if finding.baseline else ""] if baseline is not None else []),
            ]))
    return buffer.getvalue()


def _baseline_cells(review) -> list:
    mark = review.baseline
    if mark is None:
        return ["", "", "", ""]
    counts = mark["counts"]
    return [mark["paired_with"] or "", counts["new"], counts["open"], counts["fixed"]]


def _safe(row: list) -> list:
    """Stop a spreadsheet reading document text as a formula (CSV injection)."""
    return [f"'{cell}" if isinstance(cell, str) and cell[:1] in FORMULA_START else cell for cell in row]
