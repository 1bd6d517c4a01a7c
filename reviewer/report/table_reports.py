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

DOCUMENT_COLUMNS = ("path", "type", "verdict", "red", "amber", "info", "error_code", "error")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FINDING_COLUMNS = (
    "path", "type", "rule", "title", "severity", "outcome", "message", "location", "quote",
)


def jsonl_line(review) -> str:
    """One document as a single line of JSON, ending in a newline."""
    return json.dumps(review.to_dict(), ensure_ascii=False) + "\n"


def render_jsonl(reviews) -> str:
    return "".join(jsonl_line(review) for review in reviews)


def render_csv(reviews) -> str:
    """One row per document: path, type, verdict, counts of problems by severity, error."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(DOCUMENT_COLUMNS)
    for review in reviews:
        counts = review.counts()
        writer.writerow(_safe([
            review.path,
            review.type or "",
            review.verdict or "",
            counts["red"],
            counts["amber"],
            counts["info"],
            review.error.code if review.error else "",
            review.error.message if review.error else "",
        ]))
    return buffer.getvalue()


def render_csv_findings(reviews) -> str:
    """One row per finding (every rule, every outcome) with its first quote and where it is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
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
            ]))
    return buffer.getvalue()


def _safe(row: list) -> list:
    """Stop a spreadsheet reading document text as a formula (CSV injection)."""
    return [f"'{cell}" if isinstance(cell, str) and cell[:1] in FORMULA_START else cell for cell in row]
