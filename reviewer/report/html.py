"""A self-contained HTML report: one file, CSS inline, no network, readable printed.

Per document: the verdict, a checklist of every rule, each problem explained, and the document
text with every quoted problem highlighted and linked to its finding. Several documents get an
index table first. Status is always a word and an icon as well as a colour, and nothing needs
JavaScript (a few inline lines only add click-to-sort to the index).
"""

from __future__ import annotations

import datetime as _dt
from itertools import groupby
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from reviewer import __version__
from reviewer.documents.model import HEADING, LIST_ITEM, TABLE_CELL
from reviewer.report.anchors import (
    EVIDENCE,
    HEADING_ANCHOR,
    TITLE_ANCHOR,
    is_missing,
    spans_for,
)
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, UNCHECKED, WARN

OUTCOMES = {  # outcome -> (icon, word, css class)
    PASS: ("✔", "Pass", "ok"),
    FAIL: ("✖", "Fail", "bad"),
    WARN: ("⚠", "Warn", "warn"),
    NOT_APPLICABLE: ("–", "n/a", "na"),
    UNCHECKED: ("?", "Could not check", "warn"),
}
VERDICTS = {
    "pass": ("✔", "Pass", "ok"),
    "needs-changes": ("⚠", "Needs changes", "warn"),
    "fail": ("✖", "Fail", "bad"),
    None: ("?", "Could not be reviewed", "error"),
}
VERDICT_ORDER = {"fail": 0, None: 1, "needs-changes": 2, "pass": 3}


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reviewer.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    return env


def render_html(reviews, title: str = "jwreview report", baseline: dict | None = None) -> str:
    env = _environment()
    documents = [_document_view(n, review) for n, review in enumerate(reviews, start=1)]
    changes = None
    if baseline is not None:  # --baseline: a "Changes since" section comes first
        from reviewer.report.changes import document_changes, pairing, summary_line

        changes = {"summary": baseline, "line": summary_line(baseline), "pairing": pairing,
                   "documents": document_changes(reviews),
                   "classes": {"new": "bad", "open": "warn", "fixed": "ok"}}
    css = env.loader.get_source(env, "report.css")[0]
    return env.get_template("report.html.j2").render(
        title=title,
        documents=documents,
        css=Markup(css),
        version=__version__,
        generated=_dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        verdicts=VERDICTS,
        outcomes=OUTCOMES,
        changes=changes,
    )


def _document_view(number: int, review) -> dict:
    anchor = f"doc-{number}"
    view = {
        "anchor": anchor,
        "path": review.path,
        "name": Path(review.path).name,
        "review": review,
        "verdict": VERDICTS[review.verdict],
        "order": VERDICT_ORDER[review.verdict],
        "counts": review.counts() if review.error is None else {"red": 0, "amber": 0, "info": 0},
        "findings": [],
        "text": Markup(""),
    }
    if review.error is not None or review.document is None:
        return view
    document = review.document
    highlights: dict[int, list] = {}  # block -> [(span, finding view)]
    for finding in review.findings:
        fid = f"{anchor}-{finding.rule}"
        item = {
            "finding": finding,
            "id": fid,
            "outcome": OUTCOMES[finding.outcome],
            "quotes": [e for e in finding.evidence if e.supports == FAIL] or list(finding.evidence),
            "missing": is_missing(finding),
            "highlights": [],
            "note": None,
        }
        for k, span in enumerate(spans_for(finding, document), start=1):
            hid = f"{fid}-h{k}"
            item["highlights"].append((hid, span))
            highlights.setdefault(span.block, []).append((span, item, hid))
            if span.kind == HEADING_ANCHOR:
                heading = document.blocks[span.block].text
                item["note"] = f"This belongs under the heading “{heading}” (¶{span.block + 1})."
            elif span.kind == TITLE_ANCHOR and finding.outcome == UNCHECKED:
                item["note"] = "Not in the text that was read; it is marked at the title."
            elif span.kind == TITLE_ANCHOR:
                item["note"] = "Nothing in the document covers this; it is marked at the title."
        view["findings"].append(item)
    view["text"] = _document_text(document, highlights)
    return view


def _document_text(document, highlights) -> Markup:
    """The document body as HTML, tables rebuilt from their cells, problems highlighted."""
    parts: list[str] = []
    indexed = list(enumerate(document.blocks))
    for table, group in groupby(indexed, key=lambda item: item[1].location.table
                                if item[1].kind == TABLE_CELL else None):
        group = list(group)
        if table is None:
            for index, block in group:
                body = _marked(block.text, highlights.get(index, []))
                number = f'<span class="para-no" aria-hidden="true">¶{index + 1}</span>'
                if block.kind == HEADING:
                    parts.append(f'<p class="doc-heading level-{min(block.level, 4)}">{number}'
                                 f"<strong>{body}</strong></p>")
                elif block.kind == LIST_ITEM:
                    parts.append(f'<p class="doc-list">{number}• {body}</p>')
                else:
                    parts.append(f"<p>{number}{body}</p>")
            continue
        rows = []
        for _row, cells in groupby(group, key=lambda item: item[1].location.row):
            tds = []
            for index, block in cells:
                tag = "th" if block.header_cell else "td"
                tds.append(f"<{tag}>{_marked(block.text, highlights.get(index, []))}</{tag}>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        parts.append(f'<table class="doc-table"><caption>Table {table}</caption>'
                     + "".join(rows) + "</table>")
    return Markup("\n".join(parts))


def _marked(text: str, spans) -> str:
    """Escape `text`, wrapping each highlighted stretch in <mark> linked to its finding."""
    if not spans:
        return str(escape(text))
    cuts = sorted({0, len(text), *(s.start for s, _, _ in spans), *(s.end for s, _, _ in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [(s, item, hid) for s, item, hid in spans if s.start <= a and b <= s.end]
        segment = str(escape(text[a:b]))
        if covering:
            span, item, _ = max(covering, key=lambda c: _rank(c[1]))
            ids = "".join(f'<span id="{target}" class="target"></span>'
                          for s, _, target in covering if s.start == a)
            severity = item["finding"].severity
            kind = "missing" if span.kind != EVIDENCE else "problem"
            segment = (f'{ids}<mark class="sev-{severity} {kind}"><a href="#{item["id"]}">'
                       f"{segment}</a></mark>")
        out.append(segment)
        for s, item, _target in spans:
            if s.end == b:
                finding = item["finding"]
                icon = "➕" if s.kind != EVIDENCE else OUTCOMES[finding.outcome][0]
                label = "missing: " if s.kind != EVIDENCE else ""
                out.append(
                    f'<a class="tag sev-{finding.severity}" href="#{item["id"]}">'
                    f'<span aria-hidden="true">{icon}</span> {label}{escape(finding.rule)} '
                    f"({finding.severity})</a>"
                )
    return "".join(out)


def _rank(item) -> int:
    return {"red": 2, "amber": 1}.get(item["finding"].severity, 0)
