"""A Markdown report for pasting into a ticket or an email: checklist, then each problem quoted."""

from __future__ import annotations

from pathlib import Path

from reviewer.report.anchors import shorten
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, UNCHECKED, WARN

OUTCOME_WORDS = {PASS: "✅ pass", FAIL: "❌ FAIL", WARN: "⚠️ warn", NOT_APPLICABLE: "➖ n/a",
                 UNCHECKED: "❓ could not check"}
VERDICT_WORDS = {"pass": "✅ PASS", "needs-changes": "⚠️ NEEDS CHANGES", "fail": "❌ FAIL"}


def render_markdown(reviews, baseline: dict | None = None) -> str:
    out: list[str] = ["# jwreview report", ""]
    if baseline is not None:  # --baseline: the changes come first
        out += _changes(reviews, baseline)
    if len(reviews) > 1:
        out += ["| Document | Verdict | Red | Amber |", "|---|---|---:|---:|"]
        for review in reviews:
            if review.error is not None:
                out.append(f"| {_cell(Path(review.path).name)} | could not be reviewed | – | – |")
                continue
            counts = review.counts()
            out.append(
                f"| {_cell(Path(review.path).name)} | {VERDICT_WORDS[review.verdict]} "
                f"| {counts['red']} | {counts['amber']} |"
            )
        out.append("")
    for review in reviews:
        out += _document(review)
    return "\n".join(out).rstrip() + "\n"


def _document(review) -> list[str]:
    out = [f"## {_inline(review.path)}", ""]
    if review.error is not None:
        error = review.error
        out += [f"**Could not be reviewed** (`{error.code}`): {_inline(error.message)}", ""]
        return out
    counts = review.counts()
    out.append(
        f"**Verdict: {VERDICT_WORDS[review.verdict]}** — {counts['red']} red, "
        f"{counts['amber']} amber, {counts['info']} info. Type: {review.type} "
        f"(confidence {review.type_confidence:.2f})."
    )
    document = review.document
    if document is not None:
        coverage = document.coverage
        prefix = "Coverage:" if coverage.complete else "⚠️ **Not fully read:**"
        out.append(f"\n{prefix} {_inline(coverage.describe())}.")
    for note in document.notes if document else ():
        out.append(f"\n> Note: {_inline(note)}")
    out += ["", "| Rule | Outcome | Severity | Result |", "|---|---|---|---|"]
    for finding in review.findings:
        severity = finding.severity if finding.is_problem else ""
        out.append(
            f"| `{finding.rule}` {_cell(finding.title)} | {OUTCOME_WORDS[finding.outcome]} "
            f"| {severity} | {_cell(finding.message)} |"
        )
    out.append("")
    problems = [f for f in review.findings if f.is_problem]
    if problems:
        out += ["### Findings", ""]
    for finding in problems:
        out.append(
            f"#### {OUTCOME_WORDS[finding.outcome]} ({finding.severity}) "
            f"`{finding.rule}` — {_inline(finding.title)}"
        )
        out += ["", _inline(finding.message), ""]
        for evidence in [e for e in finding.evidence if e.supports == FAIL] or finding.evidence:
            out.append(f"> “{_inline(shorten(evidence.text, 300))}”  ")
            out.append(f"> — {_inline(evidence.location.describe())}")
            out.append("")
        out.append(f"**What to do:** {_inline(' '.join(finding.remediation.split()))}")
        out.append("")
        if finding.model_clause and not any(e.supports == FAIL for e in finding.evidence):
            out.append(f"**Model clause:** {_inline(' '.join(finding.model_clause.split()))}")
            out.append("")
        out.append(f"*Source: {_inline(' '.join(finding.source.split()))}*")
        out.append("")
    return out


def _changes(reviews, summary: dict) -> list[str]:
    """The "Changes since" section: counts, then one table row per new, open or fixed rule."""
    from reviewer.report.changes import document_changes, pairing

    counts = summary["counts"]
    out = [f"## Changes since {_inline(summary['file'])}", "",
           f"**{counts['new']} new, {counts['open']} still open, {counts['fixed']} fixed.**", ""]
    rows = []
    for doc in document_changes(reviews):
        out.append(f"- {_inline(doc['path'])}: {_inline(pairing(doc))}")
        for item in doc["rules"]:
            rows.append(f"| {_cell(doc['path'])} | {item['word']} | `{item['rule']}` {_cell(item['title'])} "
                        f"| {item['severity'] or ''} | {_cell(item['note'])}"
                        f"{' (waived)' if item['waived'] else ''} |")
    for path in summary["not_in_this_run"]:
        out.append(f"- {_inline(path)}: in the earlier review, not in this run")
    out.append("")
    if rows:
        out += ["| Document | Change | Rule | Severity | Detail |", "|---|---|---|---|---|", *rows, ""]
    return out


def _inline(text: str) -> str:
    """Text safe to put in running Markdown: no stray emphasis, headings or HTML."""
    text = " ".join(str(text).split())
    for ch in ("\\", "`", "*", "_", "<", ">", "[", "]"):
        text = text.replace(ch, "\\" + ch)
    return text


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")
