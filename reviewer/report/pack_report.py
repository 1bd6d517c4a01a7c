"""Pack reports: facts table, pack findings, then each document's own review.

The facts table is document x fact with conflicts marked. Terminal, JSON and self-contained HTML;
none re-analyses anything.
"""

from __future__ import annotations

import html
import json
import textwrap
from pathlib import Path

import click

from reviewer.pack import Pack
from reviewer.pack.table import facts_table
from reviewer.report.json_report import tool_info
from reviewer.report.terminal import MARKS, SEVERITY_COLOURS, VERDICT_WORDS, render_terminal

WIDTH = 110
FACT_WIDTH = 27

PACK_FORMATS = ("terminal", "json", "html")


def render_pack(packs: list[Pack], fmt: str, **options) -> str:
    if fmt == "json":
        return render_pack_json(packs)
    if fmt == "html":
        return render_pack_html(packs)
    return render_pack_terminal(packs, **options)


# -- terminal --------------------------------------------------------------------------------


def render_pack_terminal(packs: list[Pack], colour: bool = True, explain: bool = False) -> str:
    def style(text: str, fg: str | None = None, bold: bool = False) -> str:
        return click.style(text, fg=fg, bold=bold) if colour and (fg or bold) else text

    out: list[str] = []
    for number, pack in enumerate(packs, start=1):
        out.append(style(f"#### Pack {number}: {pack.name}", bold=True))
        for document in pack.documents:
            out.append(f"   {document.path} [{document.type or 'unreadable'}]")
            out.append(f"      grouped: {document.grouped_by}")
            if document.note:
                out.append(f"      note: {document.note}")
        out.append("")
        out.extend(_table_lines(pack, style))
        out.append("")
        out.append(style("   Pack checks", bold=True))
        for finding in pack.findings:
            word, fg = MARKS[finding.outcome]
            severity = finding.severity if finding.is_problem else ""
            sev = style(f"{severity:<5}", SEVERITY_COLOURS.get(severity)) if severity else " " * 5
            out.append(f"   [{style(word, fg, True)}] {sev} {finding.rule}")
            for line in textwrap.wrap(finding.message, WIDTH - 12):
                out.append(f"            {line}")
            shown = finding.evidence if (finding.is_problem or explain) else finding.evidence[:1]
            for evidence in shown[:6]:
                quote = textwrap.shorten(evidence.text, 120, placeholder="…")
                document = Path(getattr(evidence, "document", "") or "").name
                out.append(f"            “{quote}”")
                out.append(f"              in {document} at {evidence.location.describe()}")
                if explain and evidence.signals:
                    out.append(f"              why: {'; '.join(evidence.signals)}")
            if finding.is_problem:
                for i, line in enumerate(textwrap.wrap(finding.remediation, WIDTH - 18)):
                    out.append(("            fix: " if i == 0 else "                 ") + line)
                out.append(f"            source: {finding.source}")
        counts = pack.counts()
        word, fg = VERDICT_WORDS[pack.verdict]
        out.append("")
        if pack.readable:
            out.append(
                "   pack verdict: "
                + style(word, fg, True)
                + f"  ({counts['red']} red, {counts['amber']} amber, {counts['info']} info)"
            )
        else:
            out.append(
                "   pack verdict: "
                + style("NOT CHECKED", "red", True)
                + "  (no document of the pack could be read)"
            )
        out.append("")
        out.append(style(f"   Document reviews for pack {number}", bold=True))
        out.append("")
        reviews = [d.review for d in pack.documents]
        out.append(render_terminal(reviews, colour=colour, explain=explain).rstrip("\n"))
        out.append("")
    return "\n".join(out) + "\n"


def _table_lines(pack: Pack, style) -> list[str]:
    names = [d.name for d in pack.documents]
    column = max(16, (WIDTH - FACT_WIDTH - 6) // max(1, len(names)))
    lines = [
        style(
            "   " + "Fact".ljust(FACT_WIDTH) + "".join(n[: column - 1].ljust(column) for n in names),
            bold=True,
        )
    ]
    lines.append("   " + "-" * (FACT_WIDTH + column * len(names)))
    for row in facts_table(pack):
        cells = [textwrap.wrap(v or "—", column - 2) or ["—"] for v in row.values]
        height = max(len(c) for c in cells)
        label = ("≠ " if row.conflict else "  ") + row.fact
        for i in range(height):
            left = label if i == 0 else ""
            text = "".join((c[i] if i < len(c) else "").ljust(column) for c in cells)
            if row.conflict:
                suffix = "  CONFLICT" if i == 0 else ""
                lines.append("   " + style(left.ljust(FACT_WIDTH) + text.rstrip() + suffix, "red"))
            else:
                lines.append("   " + left.ljust(FACT_WIDTH) + text.rstrip())
    return lines


# -- JSON ------------------------------------------------------------------------------------


def pack_to_dict(pack: Pack) -> dict:
    paths = [d.path for d in pack.documents]
    return {
        "name": pack.name,
        "verdict": pack.verdict,
        "counts": pack.counts(),
        "as_of": pack.as_of.isoformat(),
        "documents": [
            {"path": d.path, "type": d.type, "grouped_by": d.grouped_by, "note": d.note}
            for d in pack.documents
        ],
        "facts_table": {
            "documents": paths,
            "rows": [row.to_dict(paths) for row in facts_table(pack)],
        },
        "facts": {d.path: d.facts.to_dict() if d.facts else None for d in pack.documents},
        "findings": [f.to_dict() for f in pack.findings],
        "reviews": [d.review.to_dict() for d in pack.documents],
    }


def render_pack_json(packs: list[Pack]) -> str:
    payload = {"tool": tool_info(), "packs": [pack_to_dict(p) for p in packs]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


# -- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;
vertical-align:top;text-align:left}tr.conflict td,tr.conflict th{background:#fde2e2}
.badge{font-weight:bold;padding:0 .3rem;border-radius:3px}.fail{color:#a00}.warn{color:#a60}
.pass{color:#070}.na{color:#777}.quote{margin:.2rem 0 .2rem 1.5rem;font-style:italic}
.where{margin-left:1.5rem;color:#555;font-size:.9em}.fix{margin-left:1.5rem}
"""
_OUTCOME_CLASS = {"pass": "pass", "fail": "fail", "warn": "warn", "n/a": "na", "unchecked": "warn"}


def render_pack_html(packs: list[Pack]) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>jwreview pack report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>jwreview pack report</h1>",
    ]
    for number, pack in enumerate(packs, start=1):
        word = VERDICT_WORDS[pack.verdict][0]
        parts.append(
            f"<section><h2>Pack {number}: {e(pack.name)} "
            f'<span class="badge {e(pack.verdict)}">{e(word)}</span></h2>'
        )
        parts.append("<ul>")
        for d in pack.documents:
            parts.append(f"<li><b>{e(d.name)}</b> ({e(d.type or 'unreadable')}): {e(d.grouped_by)}</li>")
        parts.append("</ul><h3>Facts</h3><table><thead><tr><th>Fact</th>")
        parts.extend(f"<th>{e(d.name)}</th>" for d in pack.documents)
        parts.append("</tr></thead><tbody>")
        for row in facts_table(pack):
            cls = ' class="conflict"' if row.conflict else ""
            mark = " (conflict)" if row.conflict else ""
            parts.append(f"<tr{cls}><th>{e(row.fact)}{mark}</th>")
            parts.extend(f"<td>{e(v or '—')}</td>" for v in row.values)
            parts.append("</tr>")
        parts.append("</tbody></table><h3>Pack checks</h3>")
        for finding in pack.findings:
            parts.append(_finding_html(finding, with_document=True))
        for d in pack.documents:
            review = d.review
            parts.append(f"<h3>Document review: {e(d.name)}</h3>")
            if review.error is not None:
                parts.append(f'<p class="fail">ERROR [{e(review.error.code)}] {e(review.error.message)}</p>')
                continue
            parts.append(
                f"<p>type: {e(review.type or '')}; verdict: {e(VERDICT_WORDS[review.verdict][0])}</p>"
            )
            for finding in review.findings:
                parts.append(_finding_html(finding, with_document=False))
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _finding_html(finding, with_document: bool) -> str:
    e = html.escape
    cls = _OUTCOME_CLASS[finding.outcome]
    word = MARKS[finding.outcome][0].strip()
    severity = f" {e(finding.severity)}" if finding.is_problem else ""
    out = [
        f'<div class="finding"><p><span class="badge {cls}">{e(word)}</span>{severity} '
        f"<code>{e(finding.rule)}</code> {e(finding.message)}</p>"
    ]
    shown = finding.evidence if finding.is_problem else finding.evidence[:1]
    for evidence in shown[:6]:
        document = Path(getattr(evidence, "document", "") or "").name
        where = f"{document} at " if with_document and document else "at "
        out.append(
            f'<p class="quote">“{e(evidence.text)}”</p>'
            f'<p class="where">{e(where + evidence.location.describe())}</p>'
        )
    if finding.is_problem:
        out.append(f'<p class="fix">Fix: {e(finding.remediation)}<br>Source: {e(finding.source)}</p>')
    out.append("</div>")
    return "".join(out)
