"""Layout robustness: a document's rule outcomes should not change when only its layout changes.

A metamorphic check. Each labelled tuning document (the dev split of the label files in
scripts/evaluate.py; never the eval split, eval/documents/ or holdout*/) is read with jwreview's
own reader, and the same headings, paragraphs, list items and tables are rendered again in
other layouts:

  a  PDF in two text columns, running header "OFFICIAL – SENSITIVE | <title>" and footer
     "Page N of M | version 1.2"
  b  PDF in one column, long paragraphs pushed to the foot of a page so that they break across
     it, ruled tables, page numbers in the footer
  c  .docx with the body in a two-column section and a running header and footer
  d  .docx with label/value content ("Exit strategy: TBC", a heading over one short paragraph)
     moved into a two-column table
  e  PDF as b without the forced breaks, with the footer "Commercial in confidence": page
     furniture alone must never make the confidentiality rule pass

plus a control, a plain .docx of the same blocks, which separates what the re-rendering loses
from what a layout changes. Every rendering is reviewed with `review_file` and compared with the
review of the original file: document type, and each rule's outcome.

Usage: python scripts/layout_robustness.py [--limit N] [--jobs N] [--variants a,b,...]
       [--only NAME] [--keep DIR] [--write docs/LAYOUT-ROBUSTNESS.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import DEFAULT_LABELS  # noqa: E402

from reviewer.documents import load  # noqa: E402
from reviewer.documents.builder import BLANK  # noqa: E402
from reviewer.documents.model import HEADING, LIST_ITEM, TABLE_CELL  # noqa: E402
from reviewer.review import review_file  # noqa: E402

VARIANTS = {
    "control": "plain .docx, same blocks (what re-rendering alone changes)",
    "a": "PDF, two columns, running header and footer",
    "b": "PDF, one column, paragraphs broken across pages, ruled tables",
    "c": ".docx, two-column section, header and footer",
    "d": ".docx, label/value content in a two-column table",
    "e": "PDF, footer 'Commercial in confidence'",
}
HEADER = "OFFICIAL – SENSITIVE | {title}"
FOOTER = "Page {page} of {pages} | version 1.2"
CONFIDENCE_FOOTER = "Commercial in confidence"
# Words that could satisfy a rule if the header leaked into the body; a title holding one is
# replaced in the running header, which must stay neutral.
RULE_WORDS = re.compile(
    r"confiden|disclos|privacy|secret|data|exit|transparen|publish|patient|outcome|benefit|sales|"
    r"promot|fund|contribut|legal|limited|\bltd\b|\bplc\b|trust|\bnhs\b|agreement|summary|pid\b",
    re.I,
)
FIELD = re.compile(r"^(?P<label>[A-Z][\w /&'()\-]{1,50}?)\s*:\s+(?P<value>\S.*)$")
SKIP_FOLDERS = ("eval", "holdout")  # held-out documents: never looked at here
# Sets whose authors are still writing them: skipped unless asked for (`--skip-sets ""` includes
# them). None now; name a folder here while its generator is being written.
IN_PROGRESS: tuple[str, ...] = ()


# --------------------------------------------------------------------------- the documents

def tuning_cases(label_files=None, skip_sets=IN_PROGRESS) -> list[tuple[str, Path, dict]]:
    """(set, path, label) of every labelled tuning document, one set after another, in order."""
    cases = []
    for label_file in label_files or DEFAULT_LABELS:
        label_file = Path(label_file)
        folder = label_file.parent
        top = (folder.parent.name if folder.name == "documents" else folder.name).lower()
        if not label_file.exists() or top.startswith(SKIP_FOLDERS) or top in skip_sets:
            continue
        labels = json.loads(label_file.read_text("utf-8"))
        for name, label in sorted(labels.items()):
            if label.get("split", "tuning") not in ("dev", "tuning") or label.get("error"):
                continue
            path = folder / name if (folder / name).exists() else folder / "documents" / name
            rel = path.resolve().relative_to(ROOT).parts
            if rel[0].lower().startswith(SKIP_FOLDERS) or not path.exists():
                continue
            cases.append((top, path, label))
    return cases


def spread(cases, limit: int | None):
    """The first `limit` cases taken in turn from each set, so a subset covers every author."""
    by_set: dict[str, list] = defaultdict(list)
    for case in cases:
        by_set[case[0]].append(case)
    queues = list(by_set.values())
    out = []
    while any(queues):
        for queue in queues:
            if queue:
                out.append(queue.pop(0))
    return out[:limit] if limit else out


@dataclass
class Content:
    """A document's content as the reader saw it, free of any layout."""

    title: str
    items: list[tuple] = field(default_factory=list)  # ("heading", level, text), ("paragraph",
    # text), ("list", text), ("table", rows, header_row)


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def content_of(path: Path) -> Content:
    """The blocks of `path` as jwreview's reader gives them, as headings, paragraphs and tables."""
    document = load(path)
    items: list[tuple] = []
    table = None
    blocks = [replace(b, text=CONTROL_CHARS.sub("", b.text)) for b in document.blocks]
    for block in blocks:
        if block.kind == TABLE_CELL:
            loc = block.location
            if table is None or table["id"] != loc.table:
                table = {"id": loc.table, "cells": {}, "header": False}
                items.append(("table", table))
            table["cells"][(loc.row, loc.column)] = "" if block.text == BLANK else block.text
            table["header"] = table["header"] or block.header_cell
            continue
        table = None
        if block.kind == HEADING:
            items.append(("heading", max(1, block.level), block.text))
        elif block.kind == LIST_ITEM:
            items.append(("list", block.text))
        else:
            items.append(("paragraph", block.text))
    for i, item in enumerate(items):
        if item[0] == "table":
            cells = item[1]["cells"]
            n_rows = max(r for r, _ in cells)
            # The reader keeps no empty cells: a form row whose answer is empty comes back as one
            # cell, so a table is given at least the two columns such a row had.
            n_cols = max(2, max(c for _, c in cells))
            rows = [[cells.get((r, c), "") for c in range(1, n_cols + 1)] for r in range(1, n_rows + 1)]
            items[i] = ("table", rows, item[1]["header"])
    return Content(document.title or "", items)


def neutral_title(title: str) -> str:
    title = " ".join(title.split())[:60]
    return title if title and not RULE_WORDS.search(title) else "Joint working document"


# --------------------------------------------------------------------------- PDF renderings

_FONTS: tuple[str, str] | None = None


def _fonts() -> tuple[str, str]:
    """A Unicode TrueType font (DejaVu when the system has it, else reportlab's own Vera)."""
    global _FONTS
    if _FONTS is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        dejavu = Path("/usr/share/fonts/truetype/dejavu")
        pairs = [(dejavu / "DejaVuSans.ttf", dejavu / "DejaVuSans-Bold.ttf"), ("Vera.ttf", "VeraBd.ttf")]
        for regular, bold in pairs:
            try:
                pdfmetrics.registerFont(TTFont("LR", str(regular)))
                pdfmetrics.registerFont(TTFont("LR-Bold", str(bold)))
                break
            except Exception:  # noqa: BLE001 - try the next font
                continue
        _FONTS = ("LR", "LR-Bold")
    return _FONTS


def _styles(table_size: float = 8.5, keep_headings: bool = True):
    """Keeping a heading with its paragraph moves both overleaf whole: not when breaks are wanted."""
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, spaceAfter=7)
    return {
        "body": body,
        "list": ParagraphStyle("list", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceBefore=8, spaceAfter=8,
                             keepWithNext=int(keep_headings)),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5,
                             keepWithNext=int(keep_headings)),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4,
                             keepWithNext=int(keep_headings)),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=table_size, leading=table_size + 2.5),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=table_size, leading=table_size + 2.5),
    }


def _para(text: str, style, **kw):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style, **kw)


def _fill_all_but(keep: float):
    """A blank taking all of the frame's height but `keep` points.

    What follows it starts at the foot of the page and has to break across the page turn.
    """
    from reportlab.platypus import Flowable

    class FillAllBut(Flowable):
        def wrap(self, avail_width, avail_height):
            self.height = max(avail_height - keep, 0)
            return avail_width, self.height

        def draw(self):
            pass

    return FillAllBut()


def _story(content: Content, width: float, *, break_paragraphs: bool, table_size: float = 8.5,
           wide_width: float | None = None):
    """Reportlab flowables for `content` in frames `width` wide.

    `wide_width`: tables of more than three columns go on a page of their own that wide, as a
    two-column document sets them (squeezed into one column, their words would break).
    """
    from reportlab.lib import colors
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

    st = _styles(table_size, keep_headings=not break_paragraphs)
    story = []
    forced_last = False
    for index, item in enumerate(content.items):
        kind = item[0]
        if kind == "heading":
            story.append(_para(item[2], st[f"h{min(item[1], 3)}"]))
        elif kind == "paragraph":
            text = item[1]
            if break_paragraphs and len(text) >= 200 and not forced_last:
                # Three lines at the foot of the page, the rest overleaf; a heading just above
                # goes down with them (it is kept with its paragraph).
                after_heading = index and content.items[index - 1][0] == "heading"
                filler = _fill_all_but(3 * 13 + 7 + (40 if after_heading else 0))
                story.insert(len(story) - 1 if after_heading else len(story), filler)
                forced_last = True
            else:
                forced_last = False
            story.append(_para(text, st["body"]))
        elif kind == "list":
            story.append(_para(item[1], st["list"], bulletText="•"))
        elif kind == "table":
            rows, header = item[1], item[2]
            n_cols = max(len(r) for r in rows)
            data = [
                [_para(cell, st["cellb" if header and r == 0 else "cell"]) for cell in row]
                for r, row in enumerate(rows)
            ]
            wide = wide_width is not None and n_cols > 3
            table_width = wide_width if wide else width
            if break_paragraphs and len(rows) >= 4 and not wide:
                # A table started near the foot of the page: its rows run on overleaf, under
                # its header row repeated, as Word's "repeat header rows" sets them.
                story.append(_fill_all_but(110))
            forced_last = False
            table = Table(data, colWidths=[table_width / n_cols] * n_cols, repeatRows=1 if header else 0)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            if wide:
                story.extend([NextPageTemplate("wide"), PageBreak(), table,
                              NextPageTemplate("body"), PageBreak()])
            else:
                story.extend([Spacer(1, 4), table, Spacer(1, 9)])
    return story


def _page_decor(header: str | None, footer: str | None, left_footer: str | None = None):
    from reportlab.lib.units import mm

    regular, _bold = _fonts()

    def draw(canvas, doc):
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(regular, 8)
        if header:
            canvas.drawString(18 * mm, height - 12 * mm, header)
            canvas.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
        page = canvas.getPageNumber()
        if footer:
            canvas.drawRightString(width - 18 * mm, 10 * mm, footer.format(page=page, pages=doc.total))
        if left_footer:
            canvas.drawString(18 * mm, 10 * mm, left_footer)
        canvas.restoreState()

    return draw


def render_pdf(content: Content, path: Path, *, columns: int, break_paragraphs: bool,
               header: str | None, footer: str | None, left_footer: str | None = None) -> None:
    """Build twice: the first pass counts the pages that "Page N of M" needs."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    rl_config.invariant = 1
    width, height = A4
    margin, gap, top, bottom = 18 * mm, 8 * mm, 20 * mm, 18 * mm
    col_w = (width - 2 * margin - (columns - 1) * gap) / columns
    total = 0
    for target in (io.BytesIO(), str(path)):
        frames = [
            Frame(margin + i * (col_w + gap), bottom, col_w, height - top - bottom, id=f"col{i}")
            for i in range(columns)
        ]
        doc = BaseDocTemplate(target, pagesize=A4, title=content.title, invariant=1)
        doc.total = total
        decor = _page_decor(header, footer, left_footer)
        full = Frame(margin, bottom, width - 2 * margin, height - top - bottom, id="wide")
        doc.addPageTemplates([PageTemplate(id="body", frames=frames, onPage=decor),
                              PageTemplate(id="wide", frames=[full], onPage=decor)])
        table_size = 7.5 if columns > 1 else 8.5
        doc.build(_story(content, col_w, break_paragraphs=break_paragraphs, table_size=table_size,
                         wide_width=width - 2 * margin if columns > 1 else None))
        total = doc.page


# --------------------------------------------------------------------------- .docx renderings

def _field(run, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


NEXT_FIELD = re.compile(r"(?<=[.;])\s+(?=[A-Z][\w /&'()\-]{1,50}:\s)")


def _fields(text: str) -> list[list[str]] | None:
    """[[label, value], ...] of a paragraph made of fields, one row each as a form has them.

    "Council: rooms. Orrin Health: funding." gives two rows; None if any part is not a field
    with a short label.
    """
    rows = []
    for part in NEXT_FIELD.split(text):
        match = FIELD.match(part)
        if not match or len(match.group("label").split()) > 6:
            return None
        rows.append([match.group("label"), match.group("value")])
    return rows


def label_value_items(items: list[tuple]) -> list[tuple]:
    """Fields ("Exit strategy: TBC") and sub-headings over one short paragraph become table rows.

    Only a sub-heading moves into the table, under the heading above it, as a template's form
    table sits under its section heading: a top heading turned into a row would leave what
    follows it under the wrong section.
    """
    out: list[tuple] = []
    rows: list[list[str]] = []
    parent_level = 0  # level of the last heading kept as a heading

    def flush():
        if rows:
            out.append(("table", list(rows), False))
            rows.clear()

    i = 0
    while i < len(items):
        item = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        after = items[i + 2] if i + 2 < len(items) else None
        fields = _fields(item[1]) if item[0] == "paragraph" else None
        if fields:
            rows.extend(fields)
            i += 1
            continue
        if (
            item[0] == "heading" and parent_level and item[1] > parent_level
            and nxt is not None and nxt[0] == "paragraph" and len(nxt[1].split()) <= 60
            and (after is None or (after[0] == "heading" and after[1] <= item[1]))
        ):
            rows.append([item[2], nxt[1]])
            i += 2
            continue
        flush()
        out.append(item)
        if item[0] == "heading":
            parent_level = item[1]
        i += 1
    flush()
    return out


def render_docx(content: Content, path: Path, *, columns: int = 1, header: str | None = None,
                footer: bool = False, label_value: bool = False) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    word.core_properties.title = content.title
    word.core_properties.created = dt.datetime(2024, 1, 1)
    word.core_properties.modified = dt.datetime(2024, 1, 1)
    section = word.sections[0]
    if columns > 1:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "708")
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        paragraph = section.footer.paragraphs[0]
        paragraph.add_run("Page ")
        _field(paragraph.add_run(), "PAGE")
        paragraph.add_run(" of ")
        _field(paragraph.add_run(), "NUMPAGES")
        paragraph.add_run(" | version 1.2")
    items = label_value_items(content.items) if label_value else content.items
    for item in items:
        kind = item[0]
        if kind == "heading":
            word.add_heading(item[2], level=min(item[1], 9))
        elif kind == "paragraph":
            word.add_paragraph(item[1])
        elif kind == "list":
            word.add_paragraph(item[1], style="List Bullet")
        elif kind == "table":
            rows, header_row = item[1], item[2]
            n_cols = max(len(r) for r in rows)
            table = word.add_table(rows=len(rows), cols=n_cols)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    run = table.cell(r, c).paragraphs[0].add_run(text)
                    run.bold = bool(header_row and r == 0) or None
    word.save(str(path))


def render(variant: str, content: Content, folder: Path, stem: str) -> Path:
    header = HEADER.format(title=neutral_title(content.title))
    if variant == "control":
        path = folder / f"{stem}.control.docx"
        render_docx(content, path)
    elif variant == "a":
        path = folder / f"{stem}.a.pdf"
        render_pdf(content, path, columns=2, break_paragraphs=False, header=header, footer=FOOTER)
    elif variant == "b":
        path = folder / f"{stem}.b.pdf"
        render_pdf(content, path, columns=1, break_paragraphs=True, header=None, footer="Page {page}")
    elif variant == "c":
        path = folder / f"{stem}.c.docx"
        render_docx(content, path, columns=2, header=header, footer=True)
    elif variant == "d":
        path = folder / f"{stem}.d.docx"
        render_docx(content, path, label_value=True)
    elif variant == "e":
        path = folder / f"{stem}.e.pdf"
        render_pdf(content, path, columns=1, break_paragraphs=False, header=None,
                   footer="Page {page} of {pages}", left_footer=CONFIDENCE_FOOTER)
    else:
        raise ValueError(f"unknown variant {variant!r}")
    return path


# --------------------------------------------------------------------------- comparing

def outcomes(review) -> dict[str, str]:
    return {f.rule: f.outcome for f in review.findings}


def check_document(case, variants: list[str], keep: Path | None = None) -> dict:
    """Review the original and each rendering; what differs, per variant."""
    group, path, label = case
    original = review_file(path)
    result = {"set": group, "name": path.name, "label": label.get("outcomes", {}), "variants": {}}
    if original.error is not None:
        result["error"] = original.error.message
        return result
    result["type"] = original.type
    result["outcomes"] = outcomes(original)
    content = content_of(path)
    stem = re.sub(r"[^\w.-]+", "_", f"{group}-{path.stem}")[:80]
    with tempfile.TemporaryDirectory(prefix="jw-layout-") as tmp:
        folder = keep or Path(tmp)
        for variant in variants:
            try:
                rendered = render(variant, content, folder, stem)
            except Exception as exc:  # noqa: BLE001 - a rendering bug is reported, not fatal
                result["variants"][variant] = {"render_error": f"{type(exc).__name__}: {exc}"[:200]}
                continue
            review = review_file(rendered)
            if review.error is not None:
                result["variants"][variant] = {"review_error": review.error.message}
                continue
            result["variants"][variant] = {"type": review.type, "outcomes": outcomes(review)}
    return result


def _check(args):
    return check_document(*args)


def summarise(results: list[dict], variants: list[str]) -> dict:
    summary: dict = {"documents": len(results), "errors": [], "variants": {}}
    summary["errors"] = [f"{r['set']}/{r['name']}: {r['error']}" for r in results if "error" in r]
    for variant in variants:
        s = {"compared": 0, "failed": [], "type_changes": [], "per_rule": Counter(),
             "differences": [], "same": 0, "total": 0}
        for r in results:
            v = r["variants"].get(variant)
            if v is None:
                continue
            name = f"{r['set']}/{r['name']}"
            if "outcomes" not in v:
                s["failed"].append(f"{name}: {v.get('render_error') or v.get('review_error')}")
                continue
            s["compared"] += 1
            if v["type"] != r["type"]:
                s["type_changes"].append(f"{name}: {r['type']} → {v['type']}")
            for rule in sorted(set(r["outcomes"]) | set(v["outcomes"])):
                before, after = r["outcomes"].get(rule), v["outcomes"].get(rule)
                s["total"] += 1
                if before == after:
                    s["same"] += 1
                else:
                    s["per_rule"][rule] += 1
                    s["differences"].append(f"{name}: {rule} {before} → {after}")
        if variant == "e":
            # Documents labelled as failing the confidentiality rule whose footer-only rendering passes.
            labelled_fail = [r for r in results if r["label"].get("confidentiality") == "fail"
                             and "outcomes" in r["variants"].get("e", {})]
            s["confidentiality_labelled_fail"] = len(labelled_fail)
            s["footer_made_pass"] = [
                f"{r['set']}/{r['name']}" for r in labelled_fail
                if r["variants"]["e"]["outcomes"].get("confidentiality") == "pass"
                and r["outcomes"].get("confidentiality") != "pass"
            ]
            s["already_pass"] = [
                f"{r['set']}/{r['name']}" for r in labelled_fail
                if r["outcomes"].get("confidentiality") == "pass"
            ]
        summary["variants"][variant] = s
    same = sum(s["same"] for s in summary["variants"].values())
    total = sum(s["total"] for s in summary["variants"].values())
    summary["agreement"] = same / total if total else None
    layout = [s for v, s in summary["variants"].items() if v != "control"]
    same = sum(s["same"] for s in layout)
    total = sum(s["total"] for s in layout)
    summary["layout_agreement"] = same / total if total else None
    return summary


def _rate(same: int, total: int) -> str:
    return f"{same / total:.2%} ({same}/{total})" if total else "-"


def markdown(summary: dict, variants: list[str], limit: int | None, commit: str | None,
             dirty: bool) -> str:
    lines = [
        "# Layout robustness",
        "",
        "Generated by `scripts/layout_robustness.py`: each labelled tuning document (dev split; never",
        "the eval split or held-out sets) is read with jwreview's reader, rendered again in other",
        "layouts with the same content, and reviewed; any difference from the original file's",
        "document type or rule outcomes is a divergence. The control (a plain .docx) shows what the",
        "re-rendering alone changes.",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- commit: {commit or 'unknown'}{' (with uncommitted changes under reviewer/)' if dirty else ''}",
        f"- documents: {summary['documents']}" + (f" (`--limit {limit}`)" if limit else ""),
        f"- agreement over all renderings: {_fmt(summary['agreement'])}; over the layouts (a–e): "
        f"{_fmt(summary['layout_agreement'])}",
        "",
        "| variant | layout | documents | type changed | outcomes differing | agreement |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for v in variants:
        s = summary["variants"][v]
        lines.append(f"| {v} | {VARIANTS[v]} | {s['compared']} | {len(s['type_changes'])} | "
                     f"{s['total'] - s['same']} | {_rate(s['same'], s['total'])} |")
    rules = sorted({rule for v in variants for rule in summary["variants"][v]["per_rule"]})
    if rules:
        lines += ["", "Differing outcomes per rule:", "",
                  "| rule | " + " | ".join(variants) + " |",
                  "| --- | " + " | ".join("---:" for _ in variants) + " |"]
        for rule in rules:
            lines.append(f"| {rule} | " + " | ".join(
                str(summary["variants"][v]["per_rule"].get(rule, 0)) for v in variants) + " |")
    if "e" in summary["variants"]:
        s = summary["variants"]["e"]
        lines += ["", f"Footer check (e): {s['confidentiality_labelled_fail']} documents are labelled as "
                  f"failing confidentiality; the footer made {len(s['footer_made_pass'])} of them pass"
                  + (f" ({', '.join(s['footer_made_pass'])})" if s["footer_made_pass"] else "")
                  + (f"; {len(s['already_pass'])} already pass in the original" if s["already_pass"] else "")
                  + "."]
    for v in variants:
        s = summary["variants"][v]
        listed = s["failed"] + s["type_changes"] + s["differences"]
        if listed:
            lines += ["", f"## {v}: {VARIANTS[v]}", ""]
            lines += [f"- could not render or review: {x}" for x in s["failed"]]
            lines += [f"- type {x}" for x in s["type_changes"]]
            lines += [f"- {x}" for x in s["differences"]]
    if summary["errors"]:
        lines += ["", "Originals that could not be reviewed (skipped):", ""]
        lines += [f"- {x}" for x in summary["errors"]]
    return "\n".join(lines) + "\n"


def _fmt(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.2%}"


def _git() -> tuple[str | None, bool]:
    run = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True,  # noqa: E731
                                    check=False).stdout
    commit = run("rev-parse", "HEAD").strip() or None
    return commit, bool(run("status", "--porcelain", "--", "reviewer").strip())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="check only N documents, spread over the sets")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help=f"comma-separated, from {', '.join(VARIANTS)}")
    parser.add_argument("--only", help="only documents whose file name contains this text")
    parser.add_argument("--keep", type=Path, help="keep the renderings in this folder")
    parser.add_argument("--write", type=Path, help="write the figures as Markdown to this file")
    parser.add_argument("--json", type=Path, help="write the per-document results as JSON")
    parser.add_argument("--skip-sets", default=",".join(IN_PROGRESS),
                        help="comma-separated document sets to leave out (default: those still being "
                             "written); held-out sets are always left out")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s): {', '.join(unknown)}")
    cases = tuning_cases(skip_sets=tuple(x.strip().lower() for x in args.skip_sets.split(",") if x.strip()))
    if args.only:
        cases = [c for c in cases if args.only.lower() in c[1].name.lower()]
    cases = spread(cases, args.limit)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    work = [(case, variants, args.keep) for case in cases]
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(_check, work, chunksize=1))
    else:
        results = [_check(w) for w in work]
    summary = summarise(results, variants)
    commit, dirty = _git()
    text = markdown(summary, variants, args.limit, commit, dirty)
    print(text)
    if args.write:
        args.write.write_text(text, "utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
