"""What changed since a baseline review, in one shape for the terminal, Markdown and HTML reports.

The comparison itself is made by `reviewer.baseline` (findings carry `baseline` marks and each
review a `baseline` summary); this module only orders it for people to read: per document, new
problems first, then those still open, then those fixed.
"""

from __future__ import annotations

STATUS_ORDER = {"new": 0, "open": 1, "fixed": 2}
STATUS_WORDS = {"new": "NEW", "open": "STILL OPEN", "fixed": "FIXED"}


def summary_line(summary: dict) -> str:
    """One line: the counts of new, still open and fixed problems, and unpaired documents."""
    counts = summary["counts"]
    line = (f"changes since {summary['file']}: {counts['new']} new, {counts['open']} still open, "
            f"{counts['fixed']} fixed")
    if summary["new_documents"]:
        line += f"; {len(summary['new_documents'])} new document(s)"
    if summary["not_in_this_run"]:
        line += f"; {len(summary['not_in_this_run'])} earlier document(s) not in this run"
    return line


def document_changes(reviews) -> list[dict]:
    """Per compared document: where its partner came from and each changed rule, in order."""
    out = []
    for review in reviews:
        if review.baseline is None:
            continue
        items = []
        for finding in review.findings:
            mark = finding.baseline
            if mark is None:
                continue
            items.append({
                "status": mark["status"],
                "word": STATUS_WORDS[mark["status"]],
                "rule": finding.rule,
                "title": finding.title,
                "severity": finding.severity if finding.is_problem else mark.get("previous_severity"),
                "note": note(finding),
                "waived": finding.waived is not None,
            })
        items.sort(key=lambda item: STATUS_ORDER[item["status"]])
        out.append({
            "path": review.path,
            "paired_with": review.baseline["paired_with"],
            "paired_by": review.baseline["paired_by"],
            "status": review.baseline["status"],
            "error": review.error is not None,
            "rules": items,
        })
    return out


def note(finding) -> str:
    """A few words on how a new, open or fixed finding differs from the earlier review."""
    mark = finding.baseline
    if mark["status"] == "fixed":
        return f"was {mark['previous_outcome']} ({mark['previous_severity']}), now {finding.outcome}"
    if mark["status"] == "new":
        return finding.message
    changes = []
    if mark.get("severity_changed"):
        changes.append(f"severity {mark['previous_severity']} → {finding.severity}")
    if mark.get("previous_outcome") != finding.outcome:
        changes.append(f"was {mark['previous_outcome']}, now {finding.outcome}")
    if mark.get("evidence_changed"):
        changes.append("the quoted text changed")
    return "; ".join(changes) if changes else "as before"


def pairing(doc: dict) -> str:
    """How a document was matched with the earlier review, in words."""
    if doc["paired_with"] is None:
        return "new document: not in the earlier review"
    if doc["status"] == "unchanged":
        return f"unchanged since {doc['paired_with']} (same content)"
    return f"compared with {doc['paired_with']} (matched by {doc['paired_by']})"


def terminal_lines(reviews, summary: dict, style) -> list[str]:
    """The "Changes since" block the terminal report opens with; `style` adds colour or not."""
    colours = {"new": "red", "open": "yellow", "fixed": "green"}
    out = [style(f"== {summary_line(summary)[0].upper()}{summary_line(summary)[1:]}", bold=True)]
    for doc in document_changes(reviews):
        out.append(f"   {doc['path']}: {pairing(doc)}")
        if doc["error"]:
            out.append("     could not be reviewed this time, so nothing is compared")
        elif not doc["rules"]:
            out.append("     no problems before or now")
        for item in doc["rules"]:
            word = style(f"{item['word']:<10}", colours[item["status"]], True)
            waived = " (waived)" if item["waived"] else ""
            out.append(f"     {word} {item['severity'] or '':<5} {item['rule']:<24} "
                       f"{item['note']}{waived}")
    for path in summary["not_in_this_run"]:
        out.append(f"   not in this run: {path}")
    out.append("")
    return out
