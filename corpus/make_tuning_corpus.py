#!/usr/bin/env python
"""Build the independent tuning corpus for jwreview.

Run from the repository root:

    /work/venv/bin/python corpus/make_tuning_corpus.py          # build
    /work/venv/bin/python corpus/make_tuning_corpus.py --check  # build, then re-open and verify

Writes corpus/documents/* and corpus/labels.json.  Deterministic: the same
script produces byte-identical files (fixed zip timestamps for .docx, reportlab
invariant mode for .pdf).

Every document is described once, as a list of blocks, and rendered by one of
the format writers below.  Labels are written next to each document: only the
rules that do NOT pass are listed; every other applicable rule passes and every
non-applicable rule is "n/a" (see docs/RULES-SEMANTICS.md).  All organisations,
people and medicine brand names are fictional except where a real NHS body name
is used as a plausible party in a compliant document.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "documents"
LABELS = HERE / "labels.json"

RULES = [
    "exit-strategy", "confidentiality", "data-protection", "resource-contributions",
    "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
    "measurable-outcomes", "transparency",
]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
SHORT = {"E": "exit-strategy", "C": "confidentiality", "D": "data-protection",
         "R": "resource-contributions", "L": "legal-entities", "P": "promotional-language",
         "S": "sales-roles", "B": "patient-benefit", "M": "measurable-outcomes",
         "T": "transparency"}

FIXED_DT = _dt.datetime(2025, 3, 3, 9, 0, 0)

DOCS: list[dict] = []


def doc(name, dtype, blocks, issues=None, notes="", es_data=False, **opts):
    """Register one document.

    issues: {"E": "fail", "C": "warn", ...} for rules that do not pass.
    es_data: for executive summaries, True when the text talks about patient
    data / records / data sharing (then data-protection applies).
    """
    DOCS.append(dict(name=name, type=dtype, blocks=blocks, issues=issues or {},
                     notes=notes, es_data=es_data, opts=opts))


def outcomes_for(d):
    out = {}
    issues = {SHORT.get(k, k): v for k, v in d["issues"].items()}
    for rule in RULES:
        applies = d["type"] in APPLIES[rule]
        if rule == "data-protection" and d["type"] == "executive-summary":
            applies = d["es_data"]
        if not applies:
            assert rule not in issues, (d["name"], rule)
            out[rule] = "n/a"
        else:
            out[rule] = issues.get(rule, "pass")
    return out


# --------------------------------------------------------------------------
# inline markup: **bold** only
# --------------------------------------------------------------------------
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def runs(text):
    """Split 'a **b** c' into [(a, False), (b, True), (c, False)]."""
    parts, pos = [], 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            parts.append((text[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


def plain(text):
    return _BOLD.sub(r"\1", text)


# --------------------------------------------------------------------------
# DOCX writer
# --------------------------------------------------------------------------
def write_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    o = d["opts"]
    hmode = o.get("headings", "styles")  # styles | bold | boldcaps | underline
    document = Document()
    st = document.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 11))
    cp = document.core_properties
    cp.author = o.get("author", "")
    cp.title = o.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = ""
    cp.revision = 1

    def add_runs(par, text, bold_all=False, size=None, italic=False):
        for t, b in runs(text):
            r = par.add_run(t)
            r.bold = b or bold_all
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return par

    def page_field(par):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for el in (f1, it, f2, t, f3):
            r._r.append(el)

    sec = document.sections[0]
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        add_runs(hp, o["header"], size=8)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if o.get("footer") or o.get("page_numbers"):
        fp = sec.footer.paragraphs[0]
        if o.get("footer"):
            add_runs(fp, o["footer"], size=8)
        if o.get("page_numbers"):
            fp.add_run(("   " if o.get("footer") else "") + "Page ").font.size = Pt(8)
            page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text, level):
        if hmode == "styles":
            document.add_heading(plain(text), level)
            return
        p = document.add_paragraph()
        t = plain(text)
        if hmode == "boldcaps" and level == 1:
            t = t.upper()
        r = p.add_run(t)
        r.bold = True
        if hmode == "underline" and level == 1:
            r.underline = True
        r.font.size = Pt({0: 16, 1: 13, 2: 11.5, 3: 11}[level])
        if o.get("heading_colour"):
            r.font.color.rgb = RGBColor.from_string(o["heading_colour"])
        p.paragraph_format.space_before = Pt(10 if level <= 1 else 6)
        p.paragraph_format.space_after = Pt(3)

    def table(rows, header=None, groups=None, title=None, widths=None, bold_first_col=False):
        ncol = len(header or rows[0])
        extra = (1 if title else 0) + (1 if groups else 0) + (1 if header else 0)
        t = document.add_table(rows=extra + len(rows), cols=ncol)
        t.style = o.get("table_style", "Table Grid")
        ri = 0
        if title:
            c = t.cell(0, 0).merge(t.cell(0, ncol - 1))
            c.text = ""
            add_runs(c.paragraphs[0], plain(title), bold_all=True)
            ri += 1
        if groups:
            ci = 0
            for text, span in groups:
                c = t.cell(ri, ci)
                if span > 1:
                    c = c.merge(t.cell(ri, ci + span - 1))
                c.text = ""
                add_runs(c.paragraphs[0], plain(text), bold_all=True)
                ci += span
            ri += 1
        if header:
            for ci, h in enumerate(header):
                c = t.cell(ri, ci)
                c.text = ""
                add_runs(c.paragraphs[0], plain(h), bold_all=True)
            ri += 1
        for row in rows:
            for ci, val in enumerate(row):
                c = t.cell(ri, ci)
                c.text = ""
                chunks = str(val).split("\n")
                add_runs(c.paragraphs[0], chunks[0], bold_all=(bold_first_col and ci == 0))
                for ch in chunks[1:]:
                    add_runs(c.add_paragraph(), ch)
            ri += 1
        document.add_paragraph()

    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            if hmode == "styles":
                document.add_heading(plain(b[1]), 0)
            else:
                p = document.add_paragraph()
                r = p.add_run(plain(b[1])); r.bold = True; r.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = add_runs(document.add_paragraph(), b[1], italic=True)
            if hmode != "styles":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2", "h3"):
            heading(b[1], int(kind[1]))
        elif kind == "p":
            add_runs(document.add_paragraph(), b[1])
        elif kind == "bullets":
            for it in b[1]:
                add_runs(document.add_paragraph(style="List Bullet"), it)
        elif kind == "numbered":
            if o.get("manual_numbers"):
                for i, it in enumerate(b[1], 1):
                    add_runs(document.add_paragraph(), f"{i}. {it}")
            else:
                for it in b[1]:
                    add_runs(document.add_paragraph(style="List Number"), it)
        elif kind == "clauses":  # [(number, text)], numbering typed in the text
            for num, text in b[1]:
                p = document.add_paragraph()
                p.paragraph_format.left_indent = Pt(24)
                p.paragraph_format.first_line_indent = Pt(-24)
                add_runs(p, f"{num}\t{text}")
        elif kind == "table":
            spec = b[1]
            table(spec["rows"], spec.get("header"), spec.get("groups"), spec.get("title"),
                  bold_first_col=spec.get("bold_first_col", False))
        elif kind == "kv":
            table([[k, v] for k, v in b[1]], bold_first_col=True)
        elif kind == "sig":
            parties = b[1]
            rows = [[f"Signed for and on behalf of {p[0]}" for p in parties],
                    [f"Name: {p[1]}" for p in parties],
                    [f"Position: {p[2]}" for p in parties],
                    ["Signature: ______________________" for _ in parties],
                    ["Date: ____________" for _ in parties]]
            table(rows)
        elif kind == "raw":
            for line in b[1].split("\n"):
                document.add_paragraph(line)
        elif kind == "pagebreak":
            document.add_page_break()
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    document.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------
def write_pdf(d, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    o = d["opts"]
    layout = o.get("layout", "single")
    font = o.get("pdf_font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=o.get("size", 9.5),
                          leading=o.get("size", 9.5) * 1.3, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    title_st = ParagraphStyle("t", parent=base, fontName=bold, fontSize=15, leading=19,
                              spaceAfter=6, alignment=TA_CENTER if o.get("centre_title") else 0)
    sub_st = ParagraphStyle("st", parent=base, fontName=font, fontSize=9.5, textColor=colors.grey)
    hcol = colors.HexColor(o.get("heading_colour", "#1f3864"))
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=12, leading=15,
                        spaceBefore=8, spaceAfter=3, textColor=hcol)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=13,
                        spaceBefore=6, spaceAfter=2)
    h3 = ParagraphStyle("h3", parent=base, fontName=bold, fontSize=9.5, spaceBefore=4)
    bullet_st = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2)

    def esc(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return _BOLD.sub(r"<b>\1</b>", t)

    W, H = A4
    margin = 18 * mm
    if layout == "two":
        gap = 7 * mm
        colw = (W - 2 * margin - gap) / 2
        frames = [Frame(margin, margin + 6 * mm, colw, H - 2 * margin - 12 * mm, id="c1"),
                  Frame(margin + colw + gap, margin + 6 * mm, colw, H - 2 * margin - 12 * mm, id="c2")]
        avail = colw
    else:
        frames = [Frame(margin, margin + 6 * mm, W - 2 * margin, H - 2 * margin - 12 * mm, id="f")]
        avail = W - 2 * margin - 12

    def on_page(canv, docobj):
        canv.saveState()
        canv.setFont(font, 7.5)
        if o.get("header"):
            canv.drawString(margin, H - 12 * mm, plain(o["header"]))
            if o.get("header_right"):
                canv.drawRightString(W - margin, H - 12 * mm, plain(o["header_right"]))
            canv.setStrokeColor(colors.lightgrey)
            canv.line(margin, H - 13.5 * mm, W - margin, H - 13.5 * mm)
        foot = plain(o.get("footer", ""))
        if foot:
            canv.drawString(margin, 10 * mm, foot)
        if o.get("page_numbers"):
            canv.drawRightString(W - margin, 10 * mm, f"Page {docobj.page}")
        canv.restoreState()

    story = []

    def mk_table(rows, header=None, groups=None, title=None, bold_first_col=False, rule="grid",
                 col_fracs=None):
        ncol = len(header or rows[0])
        data, styles = [], []
        r = 0
        if title:
            data.append([Paragraph(f"<b>{esc(title)}</b>", small)] + [""] * (ncol - 1))
            styles += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d9e2f3"))]
            r += 1
        if groups:
            row, ci = [], 0
            for text, span in groups:
                row.append(Paragraph(f"<b>{esc(text)}</b>", small))
                row += [""] * (span - 1)
                if span > 1:
                    styles.append(("SPAN", (ci, r), (ci + span - 1, r)))
                ci += span
            data.append(row)
            styles.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")))
            r += 1
        if header:
            data.append([Paragraph(f"<b>{esc(h)}</b>", small) for h in header])
            styles.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")))
            r += 1
        for row in rows:
            cells = []
            for ci, v in enumerate(row):
                txt = "<br/>".join(esc(x) for x in str(v).split("\n"))
                if bold_first_col and ci == 0:
                    txt = f"<b>{txt}</b>"
                cells.append(Paragraph(txt, small))
            data.append(cells)
        fr = col_fracs or ([0.3] + [0.7 / (ncol - 1)] * (ncol - 1) if bold_first_col and ncol > 1
                           else [1.0 / ncol] * ncol)
        t = Table(data, colWidths=[avail * f for f in fr], repeatRows=0)
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
              ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if rule == "grid":
            st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:  # horizontal rules only
            st += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
        t.setStyle(TableStyle(st + styles))
        story.append(t)
        story.append(Spacer(1, 6))

    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(esc(b[1]), title_st))
        elif kind == "subtitle":
            story.append(Paragraph(esc(b[1]), sub_st))
        elif kind == "h1":
            story.append(Paragraph(esc(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(esc(b[1]), h2))
        elif kind == "h3":
            story.append(Paragraph(esc(b[1]), h3))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), base))
        elif kind == "bullets":
            for it in b[1]:
                story.append(Paragraph(esc(it), bullet_st, bulletText=o.get("bullet", "\u2022")))
        elif kind == "numbered":
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph(esc(it), ParagraphStyle("n", parent=bullet_st, leftIndent=16),
                                       bulletText=f"{i}."))
        elif kind == "clauses":
            for num, text in b[1]:
                story.append(Paragraph(esc(text), ParagraphStyle("cl", parent=base, leftIndent=26,
                                                                 bulletIndent=0), bulletText=num))
        elif kind == "table":
            s = b[1]
            mk_table(s["rows"], s.get("header"), s.get("groups"), s.get("title"),
                     s.get("bold_first_col", False), s.get("rule", o.get("rule", "grid")),
                     s.get("col_fracs"))
        elif kind == "kv":
            mk_table([[k, v] for k, v in b[1]], bold_first_col=True, rule=o.get("rule", "grid"))
        elif kind == "sig":
            parties = b[1]
            rows = [[f"For and on behalf of {p[0]}" for p in parties],
                    [f"Name: {p[1]}" for p in parties],
                    [f"Position: {p[2]}" for p in parties],
                    ["Signature: ____________________" for _ in parties],
                    ["Date: ____________" for _ in parties]]
            mk_table(rows, rule="none")
        elif kind == "raw":
            for line in b[1].split("\n"):
                story.append(Paragraph(esc(line) or "&nbsp;", base))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    docobj = BaseDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin,
                             topMargin=margin, bottomMargin=margin,
                             title=o.get("doc_title", ""), author=o.get("author", ""),
                             creator="", producer="", subject="", invariant=1)
    docobj.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    docobj.build(story)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------
# Markdown / plain-text writers
# --------------------------------------------------------------------------
def write_md(d, path):
    lines = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            lines += [f"# {plain(b[1])}", ""]
        elif k == "subtitle":
            lines += [f"_{plain(b[1])}_", ""]
        elif k in ("h1", "h2", "h3"):
            lines += ["#" * (int(k[1]) + 1) + " " + plain(b[1]), ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "bullets":
            lines += [f"- {x}" for x in b[1]] + [""]
        elif k == "numbered":
            lines += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "clauses":
            lines += [f"**{n}** {t}  " for n, t in b[1]] + [""]
        elif k in ("table", "kv"):
            if k == "kv":
                s = {"header": ["Item", "Detail"], "rows": [list(x) for x in b[1]]}
            else:
                s = b[1]
            if s.get("title"):
                lines += [f"**{plain(s['title'])}**", ""]
            header = s.get("header") or s["rows"][0]
            rows = s["rows"] if s.get("header") else s["rows"][1:]
            cell = lambda v: str(v).replace("\n", "<br>").replace("|", "/")
            lines.append("| " + " | ".join(cell(h) for h in header) + " |")
            lines.append("|" + "---|" * len(header))
            for r in rows:
                lines.append("| " + " | ".join(cell(v) for v in r) + " |")
            lines.append("")
        elif k == "sig":
            for p in b[1]:
                lines += [f"For {p[0]}: {p[1]}, {p[2]}  ", "Signature: ____________  Date: ________", ""]
        elif k == "raw":
            lines += [b[1], ""]
        elif k == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def write_txt(d, path):
    o = d["opts"]
    style = o.get("txt_style", "caps")
    lines = []
    n1 = 0
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            t = plain(b[1])
            lines += [t.upper(), "=" * len(t), ""]
        elif k == "subtitle":
            lines += [plain(b[1]), ""]
        elif k == "h1":
            n1 += 1
            t = plain(b[1])
            if style == "numbered":
                lines += [f"{n1}. {t.upper()}", ""]
            elif style == "underline":
                lines += [t, "-" * len(t), ""]
            else:
                lines += [t.upper(), ""]
        elif k in ("h2", "h3"):
            lines += [plain(b[1]) + ":" if style != "underline" else plain(b[1]), ""]
        elif k == "p":
            lines += [plain(b[1]), ""]
        elif k == "bullets":
            lines += [f"  * {plain(x)}" for x in b[1]] + [""]
        elif k == "numbered":
            lines += [f"  ({chr(96 + i)}) {plain(x)}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "clauses":
            lines += [f"{n}  {plain(t)}" for n, t in b[1]] + [""]
        elif k == "kv":
            for kk, v in b[1]:
                lines += [f"{plain(kk)}: {plain(v)}".replace("\n", "\n    ")]
            lines.append("")
        elif k == "table":
            s = b[1]
            if s.get("title"):
                lines += [plain(s["title"])]
            hdr = s.get("header")
            for r in s["rows"]:
                if hdr:
                    lines.append("  - " + "; ".join(f"{plain(h)}: {plain(str(v))}" for h, v in zip(hdr, r)))
                else:
                    lines.append("  - " + " | ".join(plain(str(v)) for v in r))
            lines.append("")
        elif k == "sig":
            for p in b[1]:
                lines += [f"Signed for {p[0]}", f"  {p[1]}, {p[2]}", "  Signature: ...........  Date: ........", ""]
        elif k == "raw":
            lines += [b[1], ""]
        elif k == "pagebreak":
            lines += ["", "-" * 60, ""]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


WRITERS = {".docx": write_docx, ".pdf": write_pdf, ".md": write_md, ".txt": write_txt}


# ==========================================================================
# DOCUMENTS
# ==========================================================================
# ---------------------------------------------------------------- PIDs ----
doc("PID_HF-Inreach_WDFT-Halvard_v1.2.docx", "pid", [
    ("title", "Project Initiation Document"),
    ("subtitle", "Heart Failure In-Reach and Medicines Optimisation Service – joint working between "
                 "Wrexford and Dale NHS Foundation Trust and Halvard Pharmaceuticals UK Limited"),
    ("h1", "1. Background"),
    ("p", "Around 2,300 people with heart failure with reduced ejection fraction are on the Trust's "
          "cardiology register. Audit in 2024 showed that only 41% were on all four guideline-directed "
          "medicine classes at target dose, and that patients admitted to medical wards were often "
          "discharged without a specialist heart failure review. Heart failure readmissions cost the Trust "
          "an estimated £1.2m a year. Wrexford and Dale NHS Foundation Trust "
          "(\"the Trust\") and Halvard Pharmaceuticals UK Limited (\"Halvard\") have agreed to work "
          "together on an in-reach model in which specialist nurses review inpatients and then "
          "optimise treatment in a nurse-led clinic after discharge."),
    ("h1", "2. Aims and objectives"),
    ("numbered", [
        "Ensure every inpatient with a primary or secondary diagnosis of heart failure is seen by the "
        "specialist heart failure team before discharge.",
        "Optimise guideline-directed therapy in line with NICE NG106 within 12 weeks of discharge.",
        "Reduce 30-day readmissions for heart failure.",
        "Produce a costed model the Trust can use to decide whether to commission the service recurrently."]),
    ("h1", "3. Expected benefits"),
    ("table", {"groups": [("Anticipated benefits", 3)],
               "header": ["For patients", "For the Trust", "For Halvard"],
               "rows": [["Specialist review before going home; faster titration of treatment; fewer "
                         "readmissions and better symptom control; a named nurse to call.",
                         "Shorter length of stay; fewer readmissions; evidence for a business case.",
                         "Better understanding of heart failure pathways in an acute trust and a "
                         "reputation as a credible NHS partner."]]}),
    ("h1", "4. Partner organisations and accountable leads"),
    ("table", {"header": ["Organisation", "Accountable lead", "Contact"],
               "rows": [["Wrexford and Dale NHS Foundation Trust, Castle Road, Wrexford WX2 4PL",
                         "Dr Priya Nandakumar, Consultant Cardiologist and Clinical Director",
                         "priya.nandakumar@wdft.nhs.uk"],
                        ["Halvard Pharmaceuticals UK Limited (company no. 04417762), 3 Kingsmead Park, "
                         "Reading RG2 6XA", "Tom Ellery, Head of NHS Partnerships",
                         "tom.ellery@halvard.co.uk"]]}),
    ("p", "Halvard's involvement is limited to its partnerships and medical affairs staff. No member of "
          "Halvard's sales or marketing teams will take part in the design, delivery, governance or "
          "evaluation of the project."),
    ("h1", "5. Resources"),
    ("table", {"title": "Contributions of each party (24 months)",
               "header": ["Party", "Contribution", "Value"],
               "rows": [["Halvard", "Funding for 1.0 WTE Band 7 heart failure specialist nurse, recruited "
                                    "and employed by the Trust", "£118,000"],
                        ["Halvard", "Project management (2 days per month) and evaluation design support",
                         "In kind, approx. £22,000"],
                        ["Trust", "Consultant supervision, 1 PA per week; clinic rooms and echo slots",
                         "In kind, approx. £46,000"],
                        ["Trust", "Business intelligence analyst, 0.1 WTE; IG and finance support",
                         "In kind, approx. £12,000"]]}),
    ("p", "Funding is paid to the Trust against quarterly invoices. It is not conditional on the "
          "prescription, supply or recommendation of any Halvard medicine."),
    ("h1", "6. Outcome measures"),
    ("table", {"header": ["Measure", "Baseline", "Target (month 24)", "Source"],
               "rows": [["% HF inpatients reviewed by specialist team before discharge", "52%", "90%",
                         "Trust EPR, monthly"],
                        ["% patients on four-pillar therapy at 12 weeks", "41%", "65%", "Clinic database"],
                        ["30-day HF readmission rate", "17.8%", "14%", "Trust BI, quarterly"],
                        ["Patient-reported experience (5-point scale)", "n/a", "mean 4.2 or above",
                         "Clinic survey"]]}),
    ("h1", "7. Project timetable"),
    ("p", "Start: Q2 2025 (after publication of the executive summary). Nurse in post by July 2025. "
          "Completion: Q2 2027."),
    ("h1", "8. Governance"),
    ("p", "A steering group chaired by the Clinical Director meets monthly for the first six months and "
          "quarterly after that. Members: Clinical Director, Lead HF Nurse, Divisional Pharmacist, "
          "Halvard Head of NHS Partnerships and Halvard Medical Affairs Manager."),
    ("h1", "9. Exit strategy"),
    ("p", "By month 18 the steering group will present the evaluation to the Trust's Investment "
          "Committee, which will decide whether to fund the nurse post from the Trust's own budget from "
          "month 25. If it does not, the post will end in line with Trust HR policy and patients on the "
          "caseload will be handed back to the consultant-led heart failure clinic with a discharge "
          "summary to their GP. Either party may withdraw early by giving 90 days' written notice; in that "
          "case Halvard will fund the post to the end of the notice period and the Trust will transfer "
          "patients as above."),
    ("h1", "10. Confidentiality and information governance"),
    ("p", "All patient information stays within Trust systems and is handled under the Trust's "
          "information governance policies, UK GDPR and the Data Protection Act 2018. The Trust is data "
          "controller. A DPIA has been signed off by the Trust's Data Protection Officer. Halvard will "
          "receive only anonymised, aggregated reports with numbers below five suppressed. Project "
          "documents and commercially sensitive information exchanged between the parties are kept "
          "confidential and used only for the project, subject to the Trust's duties under the Freedom "
          "of Information Act 2000."),
    ("h1", "11. Publication"),
    ("p", "Halvard will publish an executive summary of the project on its collaborative working web "
          "page before the project starts. Both parties will publish a summary of outcomes within six "
          "months of completion, and Halvard will disclose its funding on Disclosure UK."),
], notes="Compliant reference-style PID; all rules satisfied with standard wording spread across "
         "merged-header tables.",
   header="WDFT / Halvard – Heart Failure In-Reach PID", footer="Version 1.2 – approved 14 March 2025",
   page_numbers=True, author="WDFT Cardiology")

doc("glanmor_copd_pid_final.pdf", "pid", [
    ("title", "COPD Case-Finding and Optimisation Programme"),
    ("subtitle", "Project Initiation Document – Glanmor University Health Board and Corvane Therapeutics Ltd"),
    ("h1", "Purpose"),
    ("p", "COPD is under-diagnosed across the Glanmor area: modelled prevalence is 3.1% against a recorded "
          "prevalence of 2.2%. Glanmor University Health Board (\"the HB\") and Corvane Therapeutics Ltd "
          "(\"Corvane\") will jointly run a programme to find people with undiagnosed COPD in four "
          "clusters, confirm the diagnosis with quality-assured spirometry and make sure those "
          "diagnosed are offered pulmonary rehabilitation, smoking cessation and a treatment review."),
    ("h1", "Objectives"),
    ("bullets", ["Increase recorded COPD prevalence in the four clusters from 2.2% to 2.7% by March 2027.",
                 "Offer pulmonary rehabilitation to 80% of newly diagnosed people within three months.",
                 "Reduce COPD exacerbations needing hospital admission by 10% against the 2023/24 baseline."]),
    ("h1", "Who benefits"),
    ("p", "**People with COPD:** earlier diagnosis, access to rehabilitation and fewer exacerbations. "
          "**The HB:** fewer admissions and better data for cluster planning. **Corvane:** insight into "
          "respiratory pathways in Wales and experience of partnership working."),
    ("h1", "Partners and leads"),
    ("table", {"header": ["Partner", "Lead", "Role"],
               "rows": [["Glanmor University Health Board", "Sian Pritchard, Head of Primary Care Pharmacy",
                         "Clinical governance, cluster engagement, spirometry staff"],
                        ["Corvane Therapeutics Ltd", "Dr Marcus Lowe, Medical Affairs Lead",
                         "Programme management, training design, evaluation support"]]}),
    ("h1", "Resource commitments"),
    ("table", {"header": ["Item", "Glanmor UHB", "Corvane"],
               "rows": [["Staff", "2 x Band 6 respiratory physiologists, 0.5 WTE each (in kind, £41k)",
                         "Programme manager 0.4 WTE (in kind, £28k)"],
                        ["Funding", "Clinic accommodation in four cluster hubs",
                         "£64,000 for spirometry sessions and backfill, paid to the HB"],
                        ["Analytics", "Cluster data via the HB's information team", "Evaluation design"]]}),
    ("h1", "Information governance"),
    ("p", "The HB is data controller for all personal data processed in the programme. Processing "
          "complies with UK GDPR and the Data Protection Act 2018, and a DPIA has been completed and "
          "signed off by the HB's Data Protection Officer."),
    ("h1", "Project team"),
    ("p", "Steering group: HB Head of Primary Care Pharmacy (chair), a cluster lead GP, the respiratory "
          "consultant lead and Corvane's Medical Affairs Lead. Corvane's commercial field teams are not "
          "involved in any aspect of the programme."),
    ("h1", "Timescales"),
    ("p", "Start: July 2025. The project ends on 31 March 2027."),
    ("h1", "Publication"),
    ("p", "A summary of the project will be published on Corvane's website before work starts and the "
          "outcomes will be published by both partners within six months of the end date."),
], issues={"E": "fail", "C": "fail"},
   notes="Exit is only an end date; confidentiality absent – 'Commercial in confidence' appears only in "
         "the running header/footer.",
   layout="single", header="Commercial in confidence", header_right="Glanmor UHB / Corvane",
   footer="Commercial in confidence – not for onward circulation", page_numbers=True)

doc("Federation Diabetes PID v0.4.docx", "pid", [
    ("title", "PROJECT INITIATION DOCUMENT"),
    ("p", "**Project:** Type 2 diabetes structured review service across the Millbrook federation"),
    ("p", "**Partners:** Millbrook Health Federation CIC (\"the Federation\") and Ostrava Healthcare plc (\"Ostrava\")"),
    ("p", "**Version / date:** 0.4, 22 January 2025"),
    ("h1", "Background"),
    ("p", "The Federation's 14 member practices care for about 9,800 people with type 2 diabetes. Only 38% "
          "received all eight NICE care processes last year, and HbA1c control has slipped since 2020. The "
          "Federation wants to use pharmacist-led structured reviews to catch up, and Ostrava has offered to "
          "co-fund and co-design the service."),
    ("h1", "What we want to achieve"),
    ("numbered", ["Deliver a structured review to 3,000 people with type 2 diabetes whose HbA1c is above 58 mmol/mol.",
                  "Raise completion of all eight care processes from 38% to 55% in participating practices.",
                  "Reduce the proportion of people with HbA1c above 75 mmol/mol by a fifth.",
                  "Support improved access to Glucavia for eligible patients whose glucose remains above target."]),
    ("h1", "Benefits"),
    ("p", "People living with diabetes get a longer, planned review with a pharmacist, a personalised care plan "
          "and earlier treatment changes, which should reduce complications. Practices free up GP time. "
          "Ostrava gains understanding of how federations run at-scale services."),
    ("h1", "Who is involved"),
    ("table", {"header": ["Name", "Organisation", "Project role"],
               "rows": [["Kate Harrow", "Millbrook Health Federation CIC", "Project sponsor (Chief Operating Officer)"],
                        ["Amir Shah", "Millbrook Health Federation CIC", "Clinical lead pharmacist"],
                        ["Dr Ruth Okafor", "Ostrava Healthcare plc", "Medical Advisor"],
                        ["Leon Marsh", "Ostrava Healthcare plc", "Territory Business Manager – practice liaison and recruitment of practices"]]}),
    ("h1", "Contributions"),
    ("bullets", ["Ostrava: £72,000 to fund 0.8 WTE clinical pharmacist time for 12 months, plus data-analysis support.",
                 "Federation: clinical supervision (one session a week from the clinical lead), access to the "
                 "federation's shared clinical system, room bookings and admin support (about 0.2 WTE)."]),
    ("h1", "Measuring success"),
    ("p", "Metrics are extracted monthly from the clinical system by the Federation's data manager: reviews "
          "completed, care-process completion, HbA1c distribution. A final report at month 12."),
    ("h1", "Ending the project"),
    ("p", "The project runs for 12 months. By month 9 the Federation board will decide whether the reviews "
          "continue under the ARRS pharmacist workforce. If not, the service will be decommissioned at month 12, "
          "outstanding reviews completed by practice nurses and patients returned to routine annual review. "
          "Either party can end the project early with two months' notice."),
    ("h1", "Confidentiality and data"),
    ("p", "Patient records are accessed only by Federation and practice clinicians. The Federation acts as "
          "data controller on behalf of the practices under a data-sharing agreement compliant with UK GDPR "
          "and a completed DPIA. Ostrava receives anonymised, aggregated figures only. Both parties treat "
          "project papers and each other's business information as confidential."),
    ("h1", "Publication"),
    ("p", "Ostrava will publish an executive summary before the start, and both partners will publish the "
          "results within six months of the end."),
], issues={"S": "fail", "P": "fail"},
   notes="Sales role (Territory Business Manager) recruits practices in the team table; subtle promotion "
         "'improved access to Glucavia' as an objective.",
   headings="bold", author="Millbrook Federation")

doc("cyp-asthma-pid.md", "pid", [
    ("title", "Children and young people's asthma – community review clinics"),
    ("p", "_Project Initiation Document. Collaborative working between NHS Kestrel Vale Integrated Care "
          "Board and Tessaly Pharma UK Limited. Status: approved by both organisations, February 2025._"),
    ("h1", "Why this project"),
    ("p", "Kestrel Vale has one of the highest rates of emergency admission for asthma among children and "
          "young people in the region (247 per 100,000 aged 0–18 in 2023/24). Many children do not have a "
          "personalised asthma action plan, and inhaler technique is rarely checked. The ICB's children's "
          "programme has asked for a community model that brings reviews closer to schools and families."),
    ("h1", "Objectives"),
    ("bullets", ["Run fortnightly nurse-led review clinics in three family hubs for children and young people "
                 "with asthma who have had an emergency attendance or two or more courses of oral steroids in "
                 "the past year.",
                 "Give every child seen a written asthma action plan and an inhaler-technique check.",
                 "Train school nurses in all 46 secondary schools on recognising poorly controlled asthma."]),
    ("h1", "Anticipated benefits"),
    ("bullets", ["**Children, young people and their families** – fewer attacks, fewer days off school, "
                 "confidence in managing asthma at home.",
                 "**The ICB** – fewer emergency admissions and A&E attendances; a tested model for other localities.",
                 "**Tessaly** – learning about community respiratory services for young people and a track "
                 "record in collaborative working."]),
    ("h1", "Partners"),
    ("table", {"header": ["Organisation", "Address", "Lead"],
               "rows": [["NHS Kestrel Vale Integrated Care Board", "Unit 4, Riverside House, Kestrel Vale KV1 2AB",
                         "Joanna Reid, Associate Director of Children's Commissioning"],
                        ["Tessaly Pharma UK Limited", "20 Charter Square, Cambridge CB1 3QQ",
                         "Hugo Stanton, Collaborative Working Manager"]]}),
    ("p", "Tessaly's project team consists of its Collaborative Working Manager and a medical adviser. "
          "No promotional or sales staff have any role in the project."),
    ("h1", "Who puts in what"),
    ("table", {"header": ["", "ICB", "Tessaly"],
               "rows": [["People", "Children's asthma nurse lead 0.3 WTE; commissioning manager 0.1 WTE",
                         "Collaborative Working Manager 0.2 WTE; medical adviser (training content review)"],
                        ["Money", "Family hub room hire (£6k) and school nurse backfill (£9k)",
                         "£54,000 to fund 0.6 WTE Band 6 community nurse (employed by the ICB's provider)"],
                        ["Other", "Data from the ICB's population health platform", "Evaluation framework and report writing"]]}),
    ("h1", "Outcome measures"),
    ("table", {"header": ["Measure", "Baseline", "Target by March 2027"],
               "rows": [["Emergency admissions for asthma, ages 0–18, per 100,000", "247", "200"],
                        ["Children seen with a written action plan", "31%", "85%"],
                        ["Inhaler technique checked in clinic", "not recorded", "95%"],
                        ["School nurses trained", "0", "46 schools"]]}),
    ("h1", "Timeline"),
    ("p", "April 2025 to March 2027 (24 months). Clinics start in June 2025 after the executive summary is published."),
    ("h1", "Handback and sustainability"),
    ("p", "This is a time-limited pilot. At month 18 the ICB's children's programme board will consider the "
          "evaluation and decide whether to commission the clinics recurrently through its community provider. "
          "If the decision is not to continue, the clinics close at month 24 and children are handed back to "
          "their GP practice asthma review with a copy of their action plan; the funded nurse post ends under "
          "the provider's fixed-term contract. If either party needs to stop early, it gives three months' notice "
          "and the same handback applies."),
    ("h1", "Confidentiality and data"),
    ("p", "Clinical records stay in the provider's clinical system. The ICB is data controller for the evaluation "
          "dataset, which is pseudonymised before analysis; a DPIA has been approved by the ICB's Caldicott Guardian "
          "and processing follows UK GDPR and the Data Protection Act 2018. Tessaly will see only aggregated "
          "results. Information either party marks as confidential will not be passed on without agreement, "
          "except where the ICB must release it under the Freedom of Information Act."),
    ("h1", "Transparency"),
    ("p", "Tessaly will post an executive summary on its website before clinics start. A joint outcomes "
          "report will be published by both organisations within six months of the end of the project, and "
          "Tessaly's payments will appear on Disclosure UK."),
], notes="Compliant; exit phrased as 'handback and sustainability'; benefit for children and young people.")

doc("PID - Lipid optimisation (NHS Strathmore & Meridale).docx", "pid", [
    ("title", "Project Initiation Document"),
    ("kv", [("Project title", "Secondary prevention lipid optimisation in primary care"),
            ("Partner organisations", "NHS Strathmore (Health Board), Carse House, Strathmore Road, Perth PH9 1XX\n"
             "Meridale Biosciences UK Ltd, 5 Eastgate Business Park, Edinburgh EH12 9ZZ"),
            ("Accountable leads", "NHS Strathmore: Fiona Baird, Lead Pharmacist Primary Care, fiona.baird@strathmore.scot.nhs.uk\n"
             "Meridale: Dr Calum Reid, Medical Science Liaison, calum.reid@meridale.co.uk"),
            ("Background", "People who have had a heart attack or stroke are at high risk of another event. In "
             "the board area 11,400 people are on the secondary prevention register, but fewer than half reach "
             "the non-HDL cholesterol target recommended by SIGN 149 and the Scottish lipid pathway."),
            ("Aims and objectives", "Identify people on the register who are not at target, invite them for "
             "a pharmacist review in their own practice, and optimise lipid-lowering treatment in line with the "
             "national pathway. Any treatment decision rests with the practice clinician."),
            ("Expected benefits – patients", "Fewer repeat heart attacks and strokes through better cholesterol "
             "control; a review closer to home."),
            ("Expected benefits – NHS Strathmore", "Progress against the cardiovascular prevention priority; "
             "pharmacist skills developed."),
            ("Expected benefits – Meridale", "Insight into primary care lipid pathways in Scotland."),
            ("Resources", "Meridale: £39,500 for 0.5 WTE pharmacist backfill for 12 months; an analyst to support "
             "the evaluation.\nNHS Strathmore: practice pharmacist supervision (two sessions a week), "
             "clinical system searches, IT access and meeting rooms (in kind, c. £18,000)."),
            ("Data handling", "Practice teams will export a list of eligible patients (name, CHI number, date of "
             "birth, latest lipid result) each month and send it to Meridale's analyst, who will build the "
             "tracking dashboard and return call lists to practices."),
            ("Confidentiality", "Both parties keep project papers and any information the other marks as "
             "confidential private, using it only for this project and subject to FOISA 2002. Patient "
             "information is covered under the data handling section."),
            ("Outcomes and measurement", "Progress against the objectives will be tracked and reported to the "
             "steering group throughout the project."),
            ("Start and completion", "Start Q3 2025; completion Q3 2026."),
            ("Project structure", "Steering group: Lead Pharmacist Primary Care (chair), two practice GPs, "
             "Meridale MSL, Meridale project analyst. Meridale's representatives will not be involved."),
            ("Exit strategy", "At month 10 the board's Primary Care Prescribing Group decides whether the review "
             "model continues within core pharmacy services. If not, reviews stop at month 12, patients continue "
             "with normal chronic disease reviews and the backfill funding ends. Three months' notice applies to "
             "early withdrawal by either party."),
            ("Publication", "Meridale will publish an executive summary before the start; both partners will "
             "publish an outcomes summary within six months of completion."),
            ]),
], issues={"D": "fail", "M": "warn"},
   notes="Whole PID sits in a two-column form table; company analyst receives patient-identifiable lists "
         "(CHI numbers) – data-protection fail despite other IG words; outcomes only qualitative.",
   header="NHS Strathmore / Meridale Biosciences", footer="PID v1.0 – June 2025")

doc("Menopause_Community_Clinics_PID.pdf", "pid", [
    ("title", "Menopause support in the community: project initiation document"),
    ("subtitle", "Eastmoor Community Healthcare NHS Trust and Brightwater Life Sciences Ltd"),
    ("h1", "1 Context"),
    ("p", "Women in Eastmoor wait a median of 31 weeks for the specialist menopause clinic, and a large share "
          "of referrals could be managed in primary care with the right support. Eastmoor Community "
          "Healthcare NHS Trust (\"ECH\") and Brightwater Life Sciences Ltd (\"Brightwater\") propose a "
          "community menopause service led by GPs with an extended role and specialist nurses, with "
          "education for practices."),
    ("h1", "2 Objectives"),
    ("bullets", ["Open four community menopause clinics by October 2025.",
                 "Cut the median wait for specialist advice from 31 weeks to 10 weeks.",
                 "Reduce inappropriate referrals to the hospital clinic by 40%.",
                 "Deliver an accredited education session to every practice in the borough (42 practices)."]),
    ("h1", "3 Expected benefits"),
    ("p", "Women with troublesome menopause symptoms will be assessed sooner, nearer home, and given "
          "individual advice on lifestyle, non-hormonal and hormonal options in line with NICE NG23. The "
          "Trust gains shorter waiting lists and upskilled staff. Brightwater gains experience of community "
          "women's health services."),
    ("h1", "4 Organisations and leads"),
    ("p", "Eastmoor Community Healthcare NHS Trust, 1 Moor Lane, Eastmoor EM4 7TT – lead: Dr Hannah Cole, "
          "Clinical Lead for Women's Health. Brightwater Life Sciences Ltd, 8 Paddock Way, Slough SL1 4RR – "
          "lead: Grace Adeyemi, Partnerships Director."),
    ("h1", "5 Contributions"),
    ("p", "Brightwater will provide £96,000 over 18 months towards GP with extended role sessions (two "
          "sessions a week) and the education programme, paid to the Trust on invoice. ECH will provide "
          "0.4 WTE specialist menopause nurse time, clinic space in four health centres, booking and "
          "administration, and analyst time, together valued at about £58,000."),
    ("h1", "6 Measurement"),
    ("p", "The Trust's performance team will report waiting times, referral volumes and clinic activity "
          "monthly. Women attending will complete the validated Menopause Rating Scale at first visit and at "
          "three months; the target is a 30% average reduction in score."),
    ("h1", "7 Data protection"),
    ("p", "ECH is the data controller. Personal data are processed under UK GDPR and the Data Protection Act "
          "2018, with a DPIA approved by the Trust's IG committee."),
    ("h1", "8 Governance and team"),
    ("p", "A project board meets every six weeks: Clinical Lead for Women's Health (chair), Head of "
          "Nursing, Trust finance lead, Brightwater Partnerships Director and Brightwater Medical Adviser. "
          "Sales and marketing colleagues at Brightwater are excluded from the project."),
    ("h1", "9 Exit and sustainability"),
    ("p", "Brightwater funding tails off over the final six months (100% to month 12, 50% for months 13–18), "
          "with the Trust picking up the balance. The Trust will include the community clinics in its "
          "2026/27 service plan; if they are not continued, women under active care will be discharged "
          "back to their GP with a management plan and the extra sessions will cease. Either party may "
          "withdraw on three months' notice."),
    ("h1", "10 Reporting results"),
    ("p", "Results may be published at Brightwater's discretion once the evaluation is complete."),
], issues={"T": "fail", "C": "fail"},
   notes="Two-column PDF. Publication only 'at Brightwater's discretion'; no confidentiality clause "
         "(only the 'Commercial in confidence' page footer). Exit phrased as funding tailing off.",
   layout="two", footer="Commercial in confidence", page_numbers=True,
   header="ECH / Brightwater – Community Menopause Service")

doc("smi_physical_health_PID.txt", "pid", [
    ("title", "Project Initiation Document: Physical health checks for people with severe mental illness"),
    ("p", "Partners: Ashcombe and Weald Mental Health NHS Foundation Trust (\"the Trust\") and Kelmscott Medical UK Ltd (\"Kelmscott\")"),
    ("p", "Document owner: Programme Office, Community Mental Health Directorate. Version 2, March 2025."),
    ("h1", "Background"),
    ("p", "People with severe mental illness (SMI) die on average 15 to 20 years earlier than the general "
          "population, largely from preventable physical illness. In 2024 only 46% of service users on the "
          "Trust's community caseloads received all six elements of the annual physical health check."),
    ("h1", "Aims"),
    ("p", "To run outreach physical health check clinics in community mental health team bases, linked to "
          "follow-up for raised blood pressure, cholesterol, glucose and smoking."),
    ("h1", "Benefits"),
    ("p", "Service users: earlier detection and treatment of cardiovascular and metabolic risk, support to "
          "stop smoking, care delivered in a setting they already know. Trust: progress against the national "
          "SMI health check target. Kelmscott: understanding of how mental health trusts can close the "
          "physical health gap."),
    ("h1", "Targets"),
    ("bullets", ["Complete health checks for 75% of service users on the SMI register by month 12 (baseline 46%).",
                 "Refer 90% of those with an abnormal result to follow-up within four weeks.",
                 "Offer smoking cessation to every smoker identified (target uptake 35%)."]),
    ("h1", "Resources"),
    ("table", {"header": ["Party", "Contribution"],
               "rows": [["Kelmscott", "£84,000 for two Band 4 health check practitioners for 12 months; "
                                      "point-of-care testing equipment; project manager 1 day a week"],
                        ["Trust", "Support as required"]]}),
    ("h1", "Project team"),
    ("p", "Trust: Associate Director of Physical Health (lead), CMHT team managers, pharmacy lead. Kelmscott: "
          "Partnership Manager and a medical adviser. No Kelmscott sales staff will be involved."),
    ("h1", "Confidentiality"),
    ("p", "Health check results are recorded only on the Trust's electronic patient record. Project "
          "information shared between the organisations, including financial details, will be treated as "
          "confidential and not disclosed to third parties without consent, subject to the Freedom of "
          "Information Act 2000."),
    ("h1", "Data protection"),
    ("p", "TBC – to be completed with the IG team."),
    ("h1", "Exit strategy"),
    ("p", "To be agreed at the first steering group meeting."),
    ("h1", "Publication"),
    ("p", "An executive summary will appear on Kelmscott's website before the start. Both parties will "
          "publish the outcomes within six months of the end of the project."),
], issues={"R": "fail", "E": "fail", "D": "fail"},
   notes="Plain text. NHS contribution only 'support as required'; data protection 'TBC'; exit "
         "'to be agreed' – three placeholder-style failures.",
   txt_style="underline")

doc("CBT-Arvoline AF detection PID.docx", "pid", [
    ("title", "Finding undiagnosed atrial fibrillation – Project Initiation Document"),
    ("p", "Calder Brook NHS Trust (\"CBT\") and Arvoline UK Ltd (\"Arvoline\"). Joint working project. Version 1.0, approved 3 April 2025."),
    ("h1", "Summary"),
    ("p", "An estimated 1,900 people in the Calder Brook area have atrial fibrillation (AF) that has not been "
          "diagnosed. Untreated AF increases the risk of stroke about five-fold. The project will offer "
          "opportunistic pulse checks and single-lead ECG recording in community pharmacies, flu clinics and "
          "the Trust's outpatient departments, with a rapid pathway to confirm the diagnosis and start "
          "treatment according to NICE guidance NG196."),
    ("p", "Arvoline markets an anticoagulant. The project is product-neutral: choice of anticoagulant is made by "
          "the treating clinician with the patient, following the local formulary, and no Arvoline product is "
          "referred to in any patient-facing or clinical material."),
    ("h1", "Objectives and measures"),
    ("bullets", ["Screen 12,000 people aged 65 and over in 18 months.",
                 "Confirm AF in at least 240 new patients, with diagnosis within 14 days of a positive check (baseline: 41 days).",
                 "Offer stroke-prevention assessment to 100% of those diagnosed within 28 days.",
                 "Report data quarterly from the Trust's AF registry and the pharmacy screening log."]),
    ("h1", "Benefits"),
    ("h2", "For people with undiagnosed AF"),
    ("p", "Earlier diagnosis, timely discussion of stroke prevention and fewer AF-related strokes."),
    ("h2", "For CBT"),
    ("p", "A faster diagnostic pathway and fewer strokes admitted to the stroke unit."),
    ("h2", "For Arvoline"),
    ("p", "Learning about detection pathways and a track record as a collaborative partner."),
    ("h1", "Contributions"),
    ("bullets", ["Arvoline: £61,000 for ECG devices, pharmacy sessions and 0.2 WTE project management (in kind).",
                 "CBT: cardiology consultant time (one session a week) for ECG review, a Band 6 AF nurse 0.5 WTE, "
                 "outpatient space and analytical support, valued at £49,000."]),
    ("h1", "Team"),
    ("p", "CBT lead: Dr Olu Adebayo, Consultant Cardiologist (olu.adebayo@calderbrook.nhs.uk). Arvoline lead: "
          "Nadia Fairweather, Head of Market Access (nadia.fairweather@arvoline.co.uk), supported by a Medical "
          "Science Liaison. Arvoline's promotional staff have no involvement."),
    ("h1", "Timetable"),
    ("p", "Start Q2 2025 after publication of the executive summary; end Q4 2026."),
    ("h1", "Exit arrangements"),
    ("p", "Devices purchased for the project become the property of CBT at the end, as a legacy to support "
          "ongoing case-finding. The AF nurse post is a fixed-term Trust post; the Trust's cardiology "
          "directorate will decide by month 15 whether to make it permanent. Patients diagnosed during the "
          "project stay under the usual care of their GP and the AF clinic whatever that decision. Either "
          "partner may terminate on 60 days' written notice."),
    ("h1", "Confidentiality"),
    ("p", "Patient information is confidential to CBT and the participating pharmacies and is never shared with "
          "Arvoline. Non-public information exchanged between CBT and Arvoline about the project is "
          "confidential and may be used only for the project, subject to the Freedom of Information Act 2000."),
    ("h1", "Data protection"),
    ("p", "CBT is data controller; pharmacies act as processors under a data processing agreement. A DPIA was "
          "approved by the Caldicott Guardian in March 2025. Arvoline receives anonymised aggregate figures only."),
    ("h1", "Publication"),
    ("p", "Executive summary published before launch; outcomes published by both partners no later than six "
          "months after the project ends; Arvoline's transfers of value disclosed via Disclosure UK."),
], notes="Compliant; neutral product mention with explicit product-neutrality; 'Commercial in confidence' "
         "footer present but a real confidentiality clause also exists; lead is Head of Market Access.",
   footer="Commercial in confidence", page_numbers=True)

doc("Rheum FU validation PID (Southmere-Nordvale).pdf", "pid", [
    ("title", "Rheumatology Follow-up Validation and Capacity Project"),
    ("subtitle", "Project Initiation Document | Southmere Hospitals NHS Trust and Nordvale Pharma Limited | v0.9"),
    ("h1", "Background"),
    ("p", "The rheumatology service at Southmere Hospitals NHS Trust has 6,420 follow-up appointments overdue, and "
          "capacity planning relies on spreadsheets maintained by individual secretaries. The directorate has "
          "asked for help to validate the follow-up list and build a capacity and demand model."),
    ("h1", "Scope"),
    ("bullets", ["Administrative validation of the follow-up list against the PAS (duplicates, deceased, discharged).",
                 "Build a capacity and demand model for consultant and nurse clinics.",
                 "Produce a job-planning recommendation for 2026/27."]),
    ("h1", "Benefits"),
    ("table", {"header": ["Party", "Benefit"],
               "rows": [["Southmere Hospitals NHS Trust", "A clean follow-up list, a reusable capacity model and a "
                                                          "stronger position for the 2026/27 business plan."],
                        ["Nordvale Pharma Limited", "Better understanding of outpatient capacity constraints in "
                                                    "rheumatology services."],
                        ["Patients", "Not applicable – this is an operational efficiency project."]]}),
    ("h1", "Partners and contributions"),
    ("table", {"header": ["Partner", "Lead", "Contribution"],
               "rows": [["Southmere Hospitals NHS Trust, Southmere Road, Southmere SM3 8QP",
                         "Karen Lister, General Manager, Medicine", "Validation clerks 1.0 WTE for 6 months; consultant "
                                                                    "input two hours a week; PAS access and analyst support"],
                        ["Nordvale Pharma Limited, 2 Canal Wharf, Manchester M1 6LL",
                         "Pete Kowalski, NHS Partnerships Manager", "£35,000 for an external capacity modeller; project "
                                                                    "management 1 day a week"]]}),
    ("h1", "KPIs"),
    ("p", "KPIs TBC – to be developed by the project board."),
    ("h1", "Governance"),
    ("p", "Monthly project board chaired by the General Manager, Medicine, with the Clinical Lead for "
          "Rheumatology and Nordvale's NHS Partnerships Manager. No Nordvale commercial or sales personnel "
          "are involved."),
    ("h1", "Information governance"),
    ("p", "Validation is carried out by Trust staff on Trust systems only. Nordvale and the external modeller "
          "receive counts and anonymised activity data, never patient-identifiable information. The Trust is "
          "data controller and processing complies with UK GDPR and the Data Protection Act 2018."),
    ("h1", "Confidentiality"),
    ("p", "Each party will keep confidential any non-public information received from the other, including "
          "service plans and costs, and will use it only for this project. This does not limit the Trust's "
          "obligations under the Freedom of Information Act 2000."),
    ("h1", "Duration and exit"),
    ("p", "October 2025 to March 2026. The capacity model and validated list are handed over to the "
          "directorate's operational team at month 6 and maintained by the Trust thereafter; the modeller's "
          "contract ends then. Either party may end the project on one month's notice, in which case work "
          "completed to date is handed to the Trust."),
    ("h1", "Transparency"),
    ("p", "Nordvale will publish a summary of this collaborative working project on its website before "
          "the start and the outcomes within six months of completion."),
], issues={"B": "fail", "M": "fail"},
   notes="Patient benefit explicitly 'Not applicable' (only NHS and company benefits); KPIs TBC. Tables use "
         "horizontal rules only.",
   rule="lines", header="Southmere Hospitals NHS Trust", header_right="Project Initiation Document",
   page_numbers=True, pdf_font="Times-Roman")

doc("Psoriasis Shared Care PID - Lindqvist.docx", "pid", [
    ("title", "Joint Working Project – Project Initiation Document"),
    ("p", "**Psoriasis shared-care and rapid-access pathway**"),
    ("p", "Between Thornbury University Hospitals NHS Foundation Trust (\"TUH\") and Lindqvist Pharma UK Ltd (\"Lindqvist\")"),
    ("h1", "1. Background and rationale"),
    ("p", "People with moderate-to-severe psoriasis at TUH wait up to 26 weeks for a first dermatology "
          "appointment. Many are on topical treatments only and have not been assessed for phototherapy or "
          "systemic therapy. Psoriatic arthritis is often picked up late."),
    ("h1", "2. Objectives"),
    ("numbered", ["Introduce a nurse-led rapid-access clinic seeing new referrals within 8 weeks.",
                  "Screen 100% of clinic patients for psoriatic arthritis using the PEST questionnaire.",
                  "Reduce mean DLQI score by at least 5 points at six months for patients seen in the clinic.",
                  "Agree a shared-care protocol with three PCNs for stable patients on systemic therapy."]),
    ("h1", "3. Benefits"),
    ("p", "People with psoriasis will be seen sooner, have joint symptoms recognised earlier and receive "
          "treatment decisions in line with NICE CG153 and the TUH formulary. TUH will reduce its waiting list "
          "and release consultant time. Lindqvist will learn how dermatology services can be redesigned."),
    ("h1", "4. Contributions"),
    ("table", {"title": "Resource plan (18 months)",
               "header": ["", "TUH", "Lindqvist"],
               "rows": [["Staffing", "Consultant dermatologist 1 PA/week; clinic admin 0.2 WTE",
                         "Funding for 0.8 WTE Band 7 dermatology nurse specialist (£86,400)"],
                        ["Other", "Clinic rooms, phototherapy unit access, audit support", "Project management 2 days/month; "
                                                                                           "patient information design costs (£3,000)"]]}),
    ("h1", "5. Team"),
    ("table", {"header": ["Role", "Name", "Organisation"],
               "rows": [["Clinical lead", "Dr Sarah Whitlock, Consultant Dermatologist", "TUH"],
                        ["Operational lead", "Daniel Frost, Service Manager", "TUH"],
                        ["Industry lead", "Imogen Clarke, Strategic Partnerships Lead", "Lindqvist"],
                        ["Medical support", "Dr Ben Okoro, Medical Affairs Manager", "Lindqvist"]]}),
    ("h1", "6. Timescales"),
    ("p", "Q3 2025 to Q4 2026."),
    ("h1", "7. Exit strategy"),
    ("p", "At month 15 TUH will decide whether to absorb the nurse post into the dermatology establishment. "
          "If it does not, the clinic will stop taking new referrals at month 16 and patients will return to "
          "the consultant clinic. Early termination requires three months' written notice from either party."),
    ("h1", "8. Confidentiality"),
    ("p", "Standard terms."),
    ("h1", "9. Data protection"),
    ("p", "The project will be GDPR compliant."),
    ("h1", "10. Publication"),
    ("p", "Lindqvist will publish an executive summary before the project starts and both partners commit to "
          "publishing outcomes within six months of completion."),
], issues={"C": "warn", "D": "warn"},
   notes="Bold pseudo-headings. Confidentiality is a bare 'standard terms' and data protection a bare "
         "'GDPR compliant' – both warn; everything else compliant.",
   headings="boldcaps", header="TUH / Lindqvist – Joint Working PID")

doc("CKD_Early_Identification_PID_AfonTeifi.docx", "pid", [
    ("title", "Early identification and management of chronic kidney disease"),
    ("subtitle", "Project Initiation Document – Afon Teifi University Health Board (\"the HB\") and Corvane Therapeutics Ltd (\"Corvane\")"),
    ("h1", "Background"),
    ("p", "Chronic kidney disease (CKD) is under-recorded in the HB's GP practices: around 6,000 people have "
          "two eGFR results below 60 without a CKD code, and urine ACR testing in people with diabetes or "
          "hypertension is below 50%. Earlier identification allows blood pressure control, cardiovascular "
          "risk reduction and kidney-protective treatment, slowing progression."),
    ("h1", "Objectives"),
    ("bullets", ["Code and review 80% of people with uncoded CKD in 20 practices within 12 months.",
                 "Increase annual urine ACR testing in people with diabetes from 47% to 75%.",
                 "Position Renavex as the gold standard for kidney protection in the HB's CKD pathway.",
                 "Deliver CKD education to practice nurses and pharmacists across the four clusters."]),
    ("h1", "Benefits"),
    ("p", "For people living with CKD: earlier diagnosis, better blood pressure control and slower decline in "
          "kidney function, with fewer people needing dialysis. For the HB: progress against the Welsh "
          "renal delivery plan and fewer emergency renal admissions. For Corvane: insight into primary care "
          "CKD pathways in Wales."),
    ("h1", "Partners"),
    ("p", "Afon Teifi University Health Board, Ty Afon, Carmarthen Road, SA31 9ZZ. Lead: Rhian Morgan, Head of "
          "Medicines Management. Corvane Therapeutics Ltd, 17 Aldgate Square, London EC3N 1AA. Lead: Dr Owen "
          "Hart, Medical Affairs Manager."),
    ("h1", "Resources"),
    ("table", {"header": ["Resource", "Provided by", "Amount"],
               "rows": [["Cluster pharmacist backfill (0.6 WTE)", "Corvane", "£48k"],
                        ["Education programme and materials", "Corvane", "£7k"],
                        ["Practice clinical time for reviews", "HB", "Two sessions a week per cluster (in kind)"],
                        ["Renal consultant advice and guideline sign-off", "HB", "Four hours a month (in kind)"],
                        ["Data extraction and audit", "HB", "Informatics team, 0.1 WTE (in kind)"]]}),
    ("h1", "Measures"),
    ("p", "Baseline taken in month 1 from the Audit+ CKD dashboard; quarterly reporting of coding rate, ACR "
          "testing and the proportion of people with CKD whose blood pressure is below 140/90."),
    ("h1", "Governance"),
    ("p", "Steering group: Head of Medicines Management (chair), renal consultant, two cluster leads, Corvane "
          "Medical Affairs Manager. Corvane's sales representatives and account managers will not be involved "
          "in the project and will not be given project information."),
    ("h1", "Confidentiality and data"),
    ("p", "Practice staff carry out all searches and reviews. Corvane sees only anonymised cluster-level totals. "
          "The HB is data controller; processing complies with UK GDPR and the Data Protection Act 2018 and is "
          "covered by a DPIA. Project documents are confidential to the partners, subject to the HB's duties "
          "under the Freedom of Information Act 2000."),
    ("h1", "Exit strategy"),
    ("p", "No exit strategy has been agreed at this stage; the steering group will revisit this later in the project."),
    ("h1", "Publication"),
    ("p", "Corvane will publish the executive summary before the start. Outcomes will be published by both "
          "parties within six months of completion."),
], issues={"P": "fail", "E": "fail"},
   notes="Promotional objective hidden in a bullet list ('gold standard'); exit explicitly negated.",
   headings="styles", footer="Afon Teifi UHB – Corvane | CKD PID | April 2025")

doc("HarbourCoast_Migraine_PID_v2.pdf", "pid", [
    ("title", "Headache and Migraine Pathway Improvement"),
    ("subtitle", "Project Initiation Document – NHS Harbour Coast Integrated Care Board and Kelmscott Medical UK Ltd"),
    ("h1", "1. Introduction"),
    ("p", "Headache accounts for a large share of neurology referrals in Harbour Coast, yet most people referred "
          "have primary headache disorders that could be managed in primary care. NHS Harbour Coast Integrated "
          "Care Board (\"the ICB\") and Kelmscott Medical UK Ltd (\"Kelmscott\") will work together to set up "
          "a GP-led headache clinic in each of the ICB's three places and an advice-and-guidance service from "
          "neurology."),
    ("h1", "2. Aims"),
    ("bullets", ["Support people with migraine and other primary headaches to get a diagnosis and a management "
                 "plan in primary care.",
                 "Reduce avoidable referrals to neurology.",
                 "Improve GP confidence in headache management through education."]),
    ("h1", "3. Benefits"),
    ("p", "People with migraine will have shorter waits, a clear management plan and fewer medication-overuse "
          "headaches. The ICB expects lower neurology demand. Kelmscott will develop its understanding of "
          "neurology pathways."),
    ("h1", "4. Resources"),
    ("p", "Kelmscott: £52,000 to fund GP with extended role sessions (three places, one session a week each) and "
          "0.2 WTE project management. The ICB: the neurology consultant's advice-and-guidance time (2 hours a "
          "week), clinic premises, the place-based commissioning manager (0.2 WTE) and business intelligence."),
    ("h1", "5. Outcome measures"),
    ("p", "KPIs to be developed once the clinics are running."),
    ("h1", "6. Project team"),
    ("table", {"header": ["Name", "Role", "Organisation"],
               "rows": [["Dr Laura Finch", "Clinical lead, GP with extended role in headache", "ICB"],
                        ["Martin Doyle", "Place commissioning manager", "ICB"],
                        ["Ayesha Karim", "Collaborative Working Lead", "Kelmscott"],
                        ["Dr Peter Vance", "Medical Advisor (neuroscience)", "Kelmscott"]]}),
    ("p", "Kelmscott's project team is drawn from its medical and partnerships functions. For general "
          "enquiries about Kelmscott in the area, contact Jordan Miles, Key Account Manager, "
          "jordan.miles@kelmscott.co.uk."),
    ("h1", "7. Confidentiality"),
    ("p", "No confidentiality provisions are considered necessary for this project."),
    ("h1", "8. Data protection"),
    ("p", "The ICB and its GP practices are data controllers for all patient information. The evaluation uses "
          "anonymised, aggregated activity data only, which is the only data Kelmscott will see. Processing "
          "complies with UK GDPR and the Data Protection Act 2018; a DPIA screening found no high-risk processing."),
    ("h1", "9. Exit"),
    ("p", "The project runs from September 2025 to August 2026. At month 10 the ICB's Planned Care Board will "
          "decide whether to commission the headache clinics recurrently. If not, the clinics will close at "
          "month 12, people on the clinic list will be discharged to their own GP with their management plan, "
          "and funding will stop. Either party can end the project early on 60 days' notice."),
    ("h1", "10. Publication"),
    ("p", "Kelmscott will publish an executive summary on its website before the project begins, and both "
          "partners will publish the outcomes within six months of completion."),
], issues={"C": "fail", "S": "warn", "M": "fail"},
   notes="Confidentiality explicitly negated; a Key Account Manager is named only as a general-enquiries "
         "contact (warn); KPIs deferred ('to be developed').",
   layout="single", header="NHS Harbour Coast ICB", page_numbers=True, footer="PID v2 – for approval")

# ----------------------------------------------------------- AGREEMENTS ----
doc("Severnside ICB - Halvard Hypertension JWA (execution version).docx", "agreement", [
    ("title", "Joint Working Agreement"),
    ("subtitle", "Hypertension detection and optimisation in primary care"),
    ("p", "This Agreement is dated 2 June 2025 and is made between:"),
    ("numbered", ["NHS Severnside Integrated Care Board, a statutory body whose principal office is at Quay House, "
                  "Severn Street, Gloucester GL1 2XX (\"the ICB\"); and",
                  "Halvard Pharmaceuticals UK Limited, a company registered in England and Wales with number "
                  "04417762, whose registered office is at 3 Kingsmead Park, Reading RG2 6XA (\"Halvard\")."]),
    ("p", "together \"the Parties\"."),
    ("h1", "1. Purpose"),
    ("clauses", [("1.1", "The Parties will jointly design and deliver a project to find people with undiagnosed "
                         "hypertension and to optimise treatment for people whose blood pressure is above target "
                         "(\"the Project\"), as described in the Project Initiation Document approved on 12 May 2025."),
                 ("1.2", "The Project is joint working within the meaning of Clause 20 of the ABPI Code of Practice. "
                         "It is not, and must not be used as, an inducement to prescribe, supply, recommend, buy or "
                         "sell any medicine. Treatment decisions remain with NHS clinicians in line with NICE NG136 "
                         "and the ICB formulary.")]),
    ("h1", "2. Term"),
    ("clauses", [("2.1", "This Agreement starts on the date above and continues for 24 months unless ended earlier "
                         "under clause 9.")]),
    ("h1", "3. Expected benefits"),
    ("clauses", [("3.1", "Patients: earlier diagnosis of high blood pressure, more people treated to target and, in "
                         "the longer term, fewer strokes and heart attacks."),
                 ("3.2", "The ICB: progress against its cardiovascular prevention ambitions and a tested model for "
                         "community pharmacy blood pressure checks."),
                 ("3.3", "Halvard: a better understanding of cardiovascular prevention pathways and experience of "
                         "working with an ICB.")]),
    ("h1", "4. Contributions"),
    ("clauses", [("4.1", "Each Party will provide the resources set out in Schedule 1."),
                 ("4.2", "Halvard will pay its financial contribution to the ICB in three instalments against "
                         "milestones and on receipt of a valid invoice. No payment will be made to any individual.")]),
    ("h1", "5. Outcomes and evaluation"),
    ("clauses", [("5.1", "Success will be measured against the following, reported quarterly by the ICB's "
                         "population health analytics team: (a) recorded hypertension prevalence in the 30 "
                         "participating practices (baseline 13.9%, target 15.0%); (b) proportion of people with "
                         "hypertension treated to target (baseline 58%, target 68%); (c) number of blood pressure "
                         "checks in community pharmacy (target 9,000).")]),
    ("h1", "6. Governance"),
    ("clauses", [("6.1", "A Joint Steering Group chaired by the ICB's Director of Medicines Optimisation and including "
                         "Halvard's Head of NHS Partnerships will oversee the Project and meet every two months."),
                 ("6.2", "Halvard will not involve any sales, marketing or other promotional personnel in the Project.")]),
    ("h1", "7. Confidentiality"),
    ("clauses", [("7.1", "Each Party will keep confidential all information disclosed by the other that is marked as "
                         "confidential or is obviously confidential, and will use it only for the Project."),
                 ("7.2", "Halvard acknowledges that the ICB is subject to the Freedom of Information Act 2000 and may "
                         "have to disclose information about this Agreement. The Parties agree that the existence of "
                         "the Agreement and its summary are public.")]),
    ("h1", "8. Data protection"),
    ("clauses", [("8.1", "The ICB and participating practices are data controllers for all personal data processed "
                         "in the Project. The Parties will comply with UK GDPR and the Data Protection Act 2018."),
                 ("8.2", "Halvard will not have access to any patient-identifiable data and will receive only "
                         "anonymised, aggregated reports, with counts below five suppressed. A DPIA has been "
                         "completed by the ICB.")]),
    ("h1", "9. Termination and exit"),
    ("clauses", [("9.1", "Either Party may terminate this Agreement on three months' written notice."),
                 ("9.2", "Either Party may terminate immediately if the other commits a material breach, or if a "
                         "ruling of the PMCPA finds that the Project breaches the ABPI Code."),
                 ("9.3", "On expiry or termination, people identified by the Project remain under the care of their "
                         "practice, and the community pharmacy service will either be commissioned by the ICB under "
                         "its pharmacy enhanced services framework or stop at the end of the notice period, with "
                         "pharmacies paid for checks already carried out. Halvard's funding of the ICB pharmacist "
                         "post ends on the same date and the post reverts to the ICB's establishment or ends under "
                         "the ICB's HR policies.")]),
    ("h1", "10. Transparency"),
    ("clauses", [("10.1", "Halvard will publish an executive summary of this Agreement on its website before the "
                          "Project starts. Both Parties will publish a summary of outcomes within six months of the "
                          "end of the Project. Halvard will disclose the value of its contribution on Disclosure UK, "
                          "and the ICB consents to that disclosure.")]),
    ("h1", "11. Anti-bribery and disputes"),
    ("clauses", [("11.1", "Each Party will comply with the Bribery Act 2010."),
                 ("11.2", "Disputes will be escalated to the ICB Chief Medical Officer and Halvard's UK General "
                          "Manager and, if unresolved within 30 days, referred to mediation.")]),
    ("h1", "Schedule 1 – Contributions"),
    ("table", {"groups": [("Resource", 1), ("Contribution by", 2)],
               "header": ["", "ICB", "Halvard"],
               "rows": [["Staff", "Lead pharmacist 0.4 WTE; analyst 0.2 WTE (approx. £44,000)",
                         "Project manager 0.3 WTE (approx. £27,000)"],
                        ["Funding", "Community pharmacy fees for BP checks (£18,000)",
                         "£92,000 towards a 1.0 WTE Band 8a pharmacist for 24 months"],
                        ["Other", "Clinical governance, IG, practice engagement", "Evaluation design, training materials "
                                                                                    "(non-promotional)"]]}),
    ("sig", [("NHS Severnside Integrated Care Board", "Claire Mottram", "Chief Finance Officer"),
             ("Halvard Pharmaceuticals UK Limited", "Jonas Berg", "General Manager UK & Ireland")]),
], notes="Compliant agreement with clause numbering; contributions in a schedule table with merged group "
         "headers; real exit and termination mechanics.",
   header="Joint Working Agreement – NHS Severnside ICB / Halvard", footer="Execution version",
   page_numbers=True)

doc("AGR_Respiratory_Virtual_Ward_signed.pdf", "agreement", [
    ("title", "Collaborative Working Agreement: Respiratory Virtual Ward Support"),
    ("p", "This agreement is made on 19 May 2025 between **Dr Aled Price, Consultant Respiratory Physician at "
          "Penrose General Hospital** (\"the Clinical Lead\") and **Pulmiva Health Ltd**, company number 09928311, "
          "of 44 Lanyon Road, Bristol BS1 5AB (\"the Company\")."),
    ("h1", "1. Background"),
    ("p", "Penrose General Hospital runs a respiratory virtual ward for people recovering from an exacerbation of "
          "COPD. Staffing limits mean the ward can take only 14 patients at a time. The parties will work together "
          "to increase capacity, add pulse-oximetry monitoring and provide a pulmonary rehabilitation link."),
    ("h1", "2. Benefits"),
    ("bullets", ["People with COPD can leave hospital earlier and recover at home with daily monitoring.",
                 "More patients can be supported at home, reducing bed pressure.",
                 "The Company gains insight into virtual ward models."]),
    ("h1", "3. Contributions"),
    ("table", {"header": ["Party", "Contribution", "Indicative value"],
               "rows": [["Clinical Lead and the respiratory team", "Clinical oversight, daily virtual ward rounds, "
                                                                   "nursing time 0.6 WTE", "£38,000 (in kind)"],
                        ["Pulmiva Health Ltd", "Funding for 40 pulse oximeters, monitoring platform licence, and "
                                               "1.0 WTE Band 5 nurse for 12 months", "£71,500"]]}),
    ("h1", "4. Measures of success"),
    ("p", "To be confirmed."),
    ("h1", "5. Team and governance"),
    ("p", "Monthly review meetings between the Clinical Lead, the virtual ward matron and the Company's Medical "
          "Affairs Lead. The Company's field sales team will not take part."),
    ("h1", "6. Data protection"),
    ("p", "The hospital is the data controller for monitoring data. Both parties will comply with UK GDPR "
          "and the Data Protection Act 2018."),
    ("h1", "7. Exit"),
    ("p", "At the end of the 12-month term the oximeters remain with the hospital. The hospital will decide by "
          "month 9 whether to fund the nurse post; if not, the virtual ward returns to its current capacity of "
          "14 beds and patients already admitted complete their episode of care. Either party may terminate on "
          "two months' notice."),
    ("h1", "8. Publication"),
    ("p", "The Company will publish a summary of this agreement before the start, and the outcomes within six "
          "months of completion, on its website."),
    ("sig", [("the Clinical Lead", "Dr Aled Price", "Consultant Respiratory Physician"),
             ("Pulmiva Health Ltd", "Rebecca Tunstall", "Medical Director")]),
], issues={"L": "fail", "C": "fail", "M": "fail"},
   notes="Party is an individual consultant, not the hospital's NHS trust; confidentiality only in the "
         "'Commercial in confidence' footer; no measurable outcomes at all.",
   layout="single", footer="Commercial in confidence", page_numbers=True, header="Pulmiva Health Ltd")

doc("Northgate care home bone health - CWA draft 3.docx", "agreement", [
    ("title", "COLLABORATIVE WORKING AGREEMENT"),
    ("p", "**Bone health reviews for care home residents**"),
    ("p", "**Parties**"),
    ("p", "(1) Northgate Primary Care Network (\"the Network\"); and"),
    ("p", "(2) Nordvale Pharma Limited, registered in England and Wales (company number 03381457), registered "
          "office 2 Canal Wharf, Manchester M1 6LL (\"Nordvale\")."),
    ("h1", "Recitals"),
    ("p", "A. Care home residents in the Network's area have high rates of hip fracture. Fewer than a third have "
          "had a fracture-risk assessment in the past two years."),
    ("p", "B. The Network and Nordvale wish to work together on a structured bone-health review programme for "
          "residents of the 22 care homes aligned to the Network's practices."),
    ("h1", "Operative provisions"),
    ("h2", "1 Project description"),
    ("p", "Pharmacists and care home nurses will assess every resident for fracture risk using FRAX, review "
          "falls history and medicines that increase falls risk, and agree a bone-health plan with the "
          "resident and family in line with NOGG guidance. Treatment decisions rest with the resident's GP."),
    ("h2", "2 Benefits"),
    ("p", "Residents: fewer falls and fractures, fewer medicines that cause dizziness, and care plans that reflect "
          "their wishes. The Network: progress on the enhanced health in care homes specification. Nordvale: "
          "insight into care home medicines optimisation."),
    ("h2", "3 Term"),
    ("p", "From 1 September 2025 for 18 months."),
    ("h2", "4 Measurement"),
    ("p", "Measured quarterly from the practices' clinical systems: % residents with a recorded fracture-risk "
          "assessment (baseline 31%, target 85%); falls per 1,000 occupied bed days (baseline 7.2, target 6.0); "
          "hip fractures per year among residents (baseline 19)."),
    ("h2", "5 Confidentiality"),
    ("p", "Each party will keep the other's confidential information secret and use it only for the project. This "
          "does not prevent disclosure required by law, including under the Freedom of Information Act 2000."),
    ("h2", "6 Termination and exit"),
    ("p", "Either party may terminate on 90 days' notice. At the end of the term, review findings are held in each "
          "resident's GP record and routine follow-up continues through the care home's weekly GP round; the funded "
          "pharmacist sessions stop. A handover pack will be prepared for the Network."),
    ("h2", "7 Publication"),
    ("p", "Nordvale will publish a summary of this agreement on its website before the start, and the parties "
          "will publish a summary of outcomes within six months of the end."),
    ("h2", "8 Personnel"),
    ("p", "Nordvale's contribution is managed by its NHS Partnerships Manager. Sales representatives will not "
          "visit participating care homes in connection with the project."),
    ("h1", "Schedule – Resources"),
    ("table", {"title": "Schedule 1: Contribution of each party",
               "header": ["Party", "Contribution", "Value"],
               "rows": [["Nordvale", "Funding for two sessions a week of clinical pharmacist time for 18 months; "
                                     "FRAX training for care home staff", "£41,200"],
                        ["The Network", "Clinical time as required", "–"]]}),
    ("sig", [("Northgate Primary Care Network", "Dr Simon Hale", "Clinical Director"),
             ("Nordvale Pharma Limited", "Alison Ward", "Head of Medical, UK")]),
], issues={"L": "fail", "R": "fail", "D": "fail"},
   notes="PCN is a party with no nominated practice or federation as contracting vehicle; PCN contribution "
         "'as required'; no data protection provisions although residents' records are reviewed.",
   headings="bold", footer="Draft 3 – subject to contract")

doc("bcuhb_corvane_ibd_agreement.txt", "agreement", [
    ("title", "Joint Working Agreement - IBD Nurse Advice and Rapid Review Service"),
    ("p", "THIS AGREEMENT is made on 7 July 2025"),
    ("p", "BETWEEN Betsi Cadwaladr University Health Board of Ysbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW "
          "(\"BCUHB\"); and Corvane Therapeutics Ltd, company number 08812204, whose registered office is at "
          "17 Aldgate Square, London EC3N 1AA (\"Corvane\")."),
    ("h1", "Background"),
    ("p", "People with inflammatory bowel disease (Crohn's disease and ulcerative colitis) in North Wales "
          "currently wait several days for advice during a flare, and many attend the emergency department. "
          "BCUHB and Corvane have agreed to set up a nurse-led advice line with rapid review slots."),
    ("h1", "Objectives and outcomes"),
    ("p", "1. Answer 90% of advice-line calls within one working day (baseline: 3.5 days)."),
    ("p", "2. Offer a rapid review within 5 working days to 95% of patients with a suspected flare."),
    ("p", "3. Reduce IBD-related emergency department attendances by 20% against 2024/25 (baseline 412)."),
    ("p", "4. Measure patient satisfaction using the IBD-Control questionnaire at 0 and 12 months."),
    ("p", "Data will be collected by BCUHB's gastroenterology audit team and reported to the steering group every quarter."),
    ("h1", "Benefits"),
    ("p", "Patients: quicker expert advice, earlier treatment of flares, fewer emergency attendances and "
          "admissions. BCUHB: reduced unplanned activity and evidence for service planning. Corvane: "
          "understanding of IBD service models in Wales."),
    ("h1", "Contributions"),
    ("table", {"header": ["Party", "What", "Value"],
               "rows": [["Corvane", "Funding for 1.0 WTE Band 7 IBD nurse specialist for 24 months, paid annually in "
                                    "advance on invoice", "£112,000"],
                        ["Corvane", "Project management support, 3 days a month", "£19,000 in kind"],
                        ["BCUHB", "Consultant gastroenterologist supervision, 1 session a week; advice-line telephony; "
                                  "clinic rooms; audit team time", "£57,000 in kind"]]}),
    ("h1", "Governance"),
    ("p", "Steering group: BCUHB Clinical Lead for Gastroenterology (chair), IBD Nurse Specialist, Directorate "
          "Manager, Corvane Medical Affairs Manager and Corvane Partnership Lead. No Corvane staff with a sales "
          "or promotional role will be involved."),
    ("h1", "Confidentiality"),
    ("p", "The parties will keep confidential all non-public information about the other's business and all "
          "information relating to patients. BCUHB may disclose information where required by the Freedom of "
          "Information Act 2000."),
    ("h1", "Data protection"),
    ("p", "BCUHB is the data controller for all patient data. Corvane will not have access to any identifiable "
          "patient data and will receive only anonymised, aggregated reports. Both parties comply with UK GDPR "
          "and the Data Protection Act 2018. A DPIA has been approved by BCUHB's Information Governance team."),
    ("h1", "Term, termination and sustainability"),
    ("p", "The agreement runs for 24 months from signature. Corvane's funding tails off in year two (100% of "
          "the nurse salary in months 1-12, 50% in months 13-24), with BCUHB funding the balance, so that the "
          "post can be taken into BCUHB's core establishment at month 25 if the evaluation supports it. If the "
          "service is not continued, the advice line will be decommissioned, patients will be told in writing "
          "and will revert to the standard gastroenterology clinic route. Either party may end this agreement "
          "on three months' written notice, or immediately if the project is found in breach of the ABPI Code."),
    ("h1", "Transparency"),
    ("p", "Corvane will publish an executive summary before the service starts. Both parties will publish the "
          "outcomes within six months of completion. Payments will be disclosed on Disclosure UK."),
    ("h1", "Anti-bribery"),
    ("p", "Each party complies with the Bribery Act 2010. Nothing in this agreement is conditional on the "
          "prescription of any Corvane medicine."),
    ("sig", [("Betsi Cadwaladr University Health Board", "Huw Jenkins", "Executive Director of Finance"),
             ("Corvane Therapeutics Ltd", "Dr Elena Marsh", "Medical Director UK")]),
], notes="Compliant plain-text agreement; Welsh health board party; exit phrased as funding tailing off and "
         "decommissioning.", txt_style="caps")

doc("NMFT_Tessaly_Epilepsy_Agreement.pdf", "agreement", [
    ("title", "Agreement for Joint Working"),
    ("subtitle", "Epilepsy specialist nursing support for adults with learning disabilities"),
    ("p", "Parties: Northfleet and Marsh NHS Foundation Trust (\"NMFT\"), Marsh Lane, Northfleet DA11 9ZZ; and "
          "Tessaly Pharma UK Limited (\"Tessaly\"), company number 05530871, 20 Charter Square, Cambridge CB1 3QQ."),
    ("h1", "1. Scope"),
    ("p", "Adults with a learning disability and epilepsy in Northfleet often have no specialist epilepsy review "
          "and rely on emergency services when seizures change. The parties will set up a specialist nurse "
          "service providing annual epilepsy reviews, seizure care plans and training for carers."),
    ("h1", "2. Expected benefits"),
    ("p", "For people with a learning disability and epilepsy: an annual specialist review, an up-to-date seizure "
          "care plan, fewer emergency admissions and safer rescue-medication use. For NMFT: fewer unplanned "
          "admissions and better-trained community teams. For Tessaly: learning about specialist nursing models."),
    ("h1", "3. Resources"),
    ("p", "Tessaly will fund 1.0 WTE Band 7 epilepsy nurse specialist for two years (£121,000), paid quarterly to "
          "NMFT. NMFT will employ and line-manage the nurse and provide consultant neurologist supervision (one "
          "session a week), office space and learning disability team time (in kind, estimated £52,000)."),
    ("h1", "4. Key performance indicators"),
    ("table", {"header": ["Indicator", "Baseline", "Target"],
               "rows": [["Adults on LD register with epilepsy who had a specialist review in past 12 months", "22%", "80%"],
                        ["People with an up-to-date seizure care plan", "35%", "90%"],
                        ["Emergency admissions for seizures (per year)", "64", "48"],
                        ["Carers trained in rescue medication", "n/a", "250"]]}),
    ("h1", "5. Confidentiality"),
    ("p", "Each party will protect confidential information received from the other and use it only for the "
          "project. Patient information will remain within NMFT. NMFT's obligations under the Freedom of "
          "Information Act 2000 are unaffected."),
    ("h1", "6. Data protection"),
    ("p", "NMFT is data controller. Tessaly will receive anonymised, aggregate performance data only. Both parties "
          "will comply with UK GDPR and the Data Protection Act 2018."),
    ("h1", "7. Exit strategy"),
    ("h1", "8. Publication"),
    ("p", "Tessaly will publish a summary on its website before the service begins and both parties will publish "
          "an outcomes summary within six months of the end date. Payments will be disclosed on Disclosure UK."),
    ("h1", "9. Term"),
    ("p", "1 October 2025 to 30 September 2027."),
    ("sig", [("Northfleet and Marsh NHS Foundation Trust", "Graham Oakes", "Director of Strategy"),
             ("Tessaly Pharma UK Limited", "Chris Dunmore", "Regional Business Manager, South East")]),
], issues={"E": "fail", "S": "fail"},
   notes="Exit heading present but empty (next heading follows straight on); the company signs through a "
         "Regional Business Manager (sales line) in the signature block.",
   layout="single", page_numbers=True, footer="NMFT / Tessaly joint working agreement – final")

doc("Preop anaemia collaboration agreement - Hallam Vale & Meridale.docx", "agreement", [
    ("title", "Collaborative Working Agreement"),
    ("p", "Pre-operative anaemia optimisation pathway"),
    ("h1", "Parties"),
    ("p", "Hallam Vale NHS Foundation Trust, Infirmary Road, Hallam Vale HV2 5TT (\"the Trust\")."),
    ("p", "Meridale Biosciences UK Ltd, company number 07719405, 5 Eastgate Business Park, Edinburgh EH12 9ZZ (\"Meridale\")."),
    ("h1", "Background and purpose"),
    ("p", "About a quarter of people having major elective surgery at the Trust are anaemic at pre-assessment. "
          "Anaemia increases transfusion, complications and length of stay. The parties will introduce a "
          "screening and treatment pathway in the pre-operative assessment clinic, in line with NICE NG24 on "
          "blood transfusion."),
    ("h1", "Benefits"),
    ("bullets", ["Patients: anaemia identified and treated before surgery, fewer transfusions, quicker recovery.",
                 "Trust: lower transfusion use, fewer cancelled operations, shorter stays.",
                 "Meridale: knowledge of perioperative pathways and partnership experience."]),
    ("h1", "Contributions"),
    ("table", {"header": ["Meridale", "The Trust"],
               "rows": [["£58,000 to fund a 0.8 WTE Band 6 pre-assessment nurse for 12 months; a data analyst "
                         "(0.2 WTE) to run the evaluation", "Anaesthetist lead (1 PA/week), day-case unit chair time for "
                                                            "iron infusions, pathology and pharmacy support"]]}),
    ("h1", "Outcomes"),
    ("p", "Targets: 95% of major elective surgery patients screened at least 4 weeks before surgery (baseline 40%); "
          "red cell transfusion rate reduced from 18% to 12%; same-day cancellations due to anaemia halved "
          "(baseline 31 per year)."),
    ("h1", "Governance"),
    ("p", "Project board: Clinical Director for Anaesthesia (chair), Pre-assessment Matron, Transfusion Practitioner, "
          "Meridale Medical Affairs Lead. Meridale confirms that no sales or marketing staff will be involved."),
    ("h1", "Data"),
    ("p", "Meridale will act as data controller for the evaluation dataset, which will include patient-level "
          "pre-operative results, and will store it on its own secure servers for analysis by its analyst."),
    ("h1", "Confidentiality"),
    ("p", "Information exchanged under this agreement is confidential and may only be used for the project. "
          "Confidentiality obligations survive termination for three years, subject to the Trust's duties under "
          "the Freedom of Information Act 2000."),
    ("h1", "Duration, termination and exit"),
    ("p", "The agreement runs for 12 months from 1 November 2025. Either party may terminate on 60 days' notice. "
          "The Trust has agreed that, if the audit shows the pathway reduces transfusion, the pre-assessment nurse "
          "post will be funded from the Trust's surgical budget from month 13; otherwise the post ends, and the "
          "screening step is absorbed into existing pre-assessment appointments so that patients continue to be "
          "screened."),
    ("h1", "Publication"),
    ("p", "This agreement and all project outputs are for internal use only and are not for publication."),
    ("sig", [("Hallam Vale NHS Foundation Trust", "Susan Wray", "Chief Operating Officer"),
             ("Meridale Biosciences UK Ltd", "Dr Anil Gupta", "Medical Director")]),
], issues={"D": "fail", "T": "fail"},
   notes="Company is data controller of patient-level data (fail); agreement is explicitly 'internal use only' "
         "with no publication (transparency fail); confidentiality clause is real.",
   headings="styles", header="Hallam Vale NHS FT | Meridale", page_numbers=True)

doc("Lowfield COPD Inhaler Programme - Agreement.docx", "agreement", [
    ("title", "Joint Working Agreement – Lowfield COPD Inhaler Programme"),
    ("h1", "Parties"),
    ("p", "This agreement is between the Lowfield Integrated Care System (\"Lowfield ICS\") and Ostrava Healthcare "
          "plc (\"Ostrava\"), a public limited company registered in England with number 02290117, of "
          "1 Meridian Place, Slough SL1 1AA."),
    ("h1", "Programme description"),
    ("p", "Practice pharmacists will review people with COPD on multiple inhalers and switch eligible patients to "
          "Brevanta, Ostrava's single-inhaler triple therapy, using a review template agreed with Ostrava."),
    ("h1", "Benefits"),
    ("table", {"header": ["Stakeholder", "Benefit"],
               "rows": [["Patients", "Eligible patients will be switched to Brevanta."],
                        ["Lowfield ICS", "Simplified inhaler formulary and lower carbon footprint from fewer devices."],
                        ["Ostrava", "Greater understanding of COPD service delivery in primary care."]]}),
    ("h1", "Contributions"),
    ("p", "Ostrava will pay £66,000 towards 1.0 WTE practice pharmacist time for 12 months. Lowfield ICS will "
          "provide its respiratory clinical lead (four hours a week), its medicines optimisation team (0.3 WTE) "
          "and searches of practice systems run by its own staff."),
    ("h1", "Measures"),
    ("bullets", ["1,500 inhaler reviews completed within 12 months.",
                 "Number of inhaler devices per patient reduced from an average of 2.4 to 1.6.",
                 "Reviews reported monthly from the practice clinical system by the medicines optimisation team."]),
    ("h1", "People"),
    ("p", "Ostrava's involvement is led by its Head of Market Access and a Medical Science Liaison. No sales "
          "representatives will take part in the programme."),
    ("h1", "Confidentiality"),
    ("p", "All information exchanged is confidential to the parties and used solely for the programme, except where "
          "disclosure is required by law, including the Freedom of Information Act 2000."),
    ("h1", "Data protection"),
    ("p", "Practices remain data controllers. Ostrava sees only anonymised, aggregated counts and never "
          "patient-identifiable data; processing complies with UK GDPR and the Data Protection Act 2018."),
    ("h1", "Ending the programme"),
    ("p", "Either party may end the programme with three months' notice. At the end, the pharmacist post funding "
          "stops, practices continue annual COPD reviews under their usual arrangements and no patient's care is "
          "withdrawn."),
    ("h1", "Transparency"),
    ("p", "Ostrava will publish a summary of this agreement before the programme starts and both parties will "
          "publish the outcomes within six months of the end. Payments will be declared on Disclosure UK."),
    ("sig", [("Lowfield ICS", "Mark Tennant", "ICS Programme Director"),
             ("Ostrava Healthcare plc", "Lucy Barrowman", "Head of Market Access")]),
], issues={"L": "fail", "P": "fail", "B": "fail"},
   notes="Party is 'the ICS' (not the ICB); project is a company-product switch; the only stated patient "
         "'benefit' is being switched to the brand.",
   headings="styles")

doc("T1D_Young_Adult_Transition_Agreement_ETH_UoE_Arvoline.docx", "agreement", [
    ("title", "Three-party Collaborative Working Agreement"),
    ("kv", [("Project", "Young adult type 1 diabetes transition clinic"),
            ("Parties", "1. Eastmoor Teaching Hospitals NHS Trust, Eastmoor Road, Eastmoor EM1 3DD (\"ETH\")\n"
                        "2. The University of Eastmoor, Chancellor's Building, Eastmoor EM2 1UE (\"the University\")\n"
                        "3. Arvoline UK Ltd, company number 06120984, 9 Station Approach, Guildford GU1 4ZZ (\"Arvoline\")"),
            ("Date and term", "Signed 30 June 2025; runs for 30 months from 1 August 2025."),
            ("Purpose", "Young adults with type 1 diabetes aged 16 to 25 often disengage from care when they move from "
                        "paediatric to adult services. ETH will run a dedicated evening transition clinic with "
                        "psychology input; the University will evaluate it; Arvoline will co-fund and provide "
                        "project management."),
            ("Benefits", "Young adults with type 1 diabetes: continuity of care, fewer missed appointments, better "
                         "glucose control and fewer admissions with diabetic ketoacidosis.\nETH: improved "
                         "engagement and fewer emergency admissions.\nThe University: research-quality service "
                         "evaluation.\nArvoline: insight into transition services."),
            ("Contributions", "ETH: consultant diabetologist 1 PA/week, diabetes specialist nurse 0.4 WTE, clinic "
                              "space (in kind, £63,000).\nThe University: evaluation lead 0.1 WTE and research "
                              "assistant 0.5 WTE (in kind, £41,000).\nArvoline: £88,000 for 0.5 WTE clinical "
                              "psychologist and evening clinic costs; project manager 0.2 WTE (in kind, £24,000)."),
            ("Outcome measures", "Clinic non-attendance (baseline 38%, target below 20%); mean HbA1c change at 12 "
                                 "months (target reduction of 5 mmol/mol); DKA admissions among 16–25s (baseline 27 "
                                 "per year, target 18); PAID distress score. Data extracted quarterly by ETH and "
                                 "analysed by the University."),
            ("Roles", "ETH: clinical delivery and data controller. University: evaluation design and analysis of "
                      "pseudonymised data under an ETH data-sharing agreement. Arvoline: funding, project "
                      "management, steering group membership."),
            ("Company staff", "Arvoline is represented by its Strategic Partnerships Director and a Medical Advisor. "
                              "No representative or other member of Arvoline's sales force will be involved in "
                              "any capacity."),
            ("Data protection", "ETH is data controller. The University processes pseudonymised data only, on ETH's "
                                "instructions. Arvoline receives only aggregated anonymised results. All processing "
                                "complies with UK GDPR and the Data Protection Act 2018 and is covered by a DPIA "
                                "approved by ETH's Caldicott Guardian."),
            ("Confidentiality", "Each party keeps the others' confidential information confidential and uses it "
                                "only for the project, subject to the Freedom of Information Act 2000, which applies "
                                "to ETH and the University."),
            ("Exit and legacy", "From month 24 the clinic is run within ETH's diabetes budget on a trial basis; by "
                                "month 27 ETH decides whether to keep it. If it does not, young adults transfer to "
                                "the general adult diabetes clinic with a named nurse, and the psychology post ends "
                                "at month 30. Any party may leave on three months' written notice; the remaining "
                                "parties will agree a handover within 30 days."),
            ("Publication", "Arvoline publishes the executive summary before the clinic opens. The University will "
                            "submit the evaluation for peer-reviewed publication and all parties will post an "
                            "outcomes summary within six months of completion."),
            ]),
    ("sig", [("Eastmoor Teaching Hospitals NHS Trust", "Dr Naomi Fisher", "Medical Director"),
             ("The University of Eastmoor", "Prof. Alan Duke", "Pro Vice-Chancellor (Research)"),
             ("Arvoline UK Ltd", "Sarah Linton", "Country President")]),
], notes="Compliant three-party agreement written entirely inside a form table; university as a party; "
         "signatories are individuals signing for organisations.",
   header="CONFIDENTIAL – Eastmoor / University / Arvoline", footer="Final signed copy", page_numbers=True)

doc("StAldrics_DSN_foot_protection_agreement.pdf", "agreement", [
    ("title", "Joint Working Agreement"),
    ("subtitle", "Diabetic foot protection service"),
    ("p", "This Agreement is entered into between **the Diabetes Specialist Nursing Team, St Aldric's Hospital** "
          "(\"the DSN Team\") and **Brightwater Life Sciences Ltd**, company number 10447213, 8 Paddock Way, Slough "
          "SL1 4RR (\"Brightwater\")."),
    ("h1", "Background"),
    ("p", "Amputation rates among people with diabetes in the St Aldric's catchment are above the national "
          "average, and foot ulcers are often referred late to the multidisciplinary foot team."),
    ("h1", "Aims"),
    ("p", "To establish a foot protection service that screens people with diabetes for foot risk, educates them "
          "about daily foot checks and fast-tracks active foot problems to the multidisciplinary team."),
    ("h1", "Benefits"),
    ("p", "People with diabetes will have foot problems spotted and treated earlier, which should prevent ulcers "
          "and amputations. The hospital will see fewer foot-related admissions. Brightwater will gain knowledge "
          "of diabetic foot pathways."),
    ("h1", "Contributions"),
    ("table", {"header": ["Party", "Contribution"],
               "rows": [["The DSN Team", "Two diabetes specialist nurses for one session a week each; podiatry "
                                        "triage; clinic room in the diabetes centre"],
                        ["Brightwater", "£47,000 for a Band 6 podiatrist for 12 months and patient education leaflets "
                                        "(non-branded)"]]}),
    ("h1", "Monitoring"),
    ("p", "Outcomes will be monitored by the DSN Team and reported to the project group at regular intervals."),
    ("h1", "Project group"),
    ("p", "Lead diabetes specialist nurse (chair), consultant podiatrist, Brightwater Medical Affairs Manager. "
          "Brightwater's commercial teams will have no role."),
    ("h1", "Confidentiality and data protection"),
    ("p", "Patient information stays within the hospital's systems and is processed under UK GDPR and the Data "
          "Protection Act 2018, with the hospital as data controller. Brightwater receives anonymised totals only. "
          "Each party keeps the other's non-public information confidential and uses it only for this project."),
    ("h1", "Duration and continuation"),
    ("p", "The service starts in September 2025. Brightwater will continue to fund the podiatrist post for as long "
          "as the DSN Team requires it."),
    ("h1", "Publication"),
    ("p", "Brightwater will publish an executive summary before the start; both parties will make the outcomes "
          "public within six months of the end of the project."),
    ("sig", [("the DSN Team", "Claire Hobson", "Lead Diabetes Specialist Nurse"),
             ("Brightwater Life Sciences Ltd", "Grace Adeyemi", "Partnerships Director")]),
], issues={"L": "fail", "M": "warn", "E": "fail"},
   notes="Party is a hospital team, not its NHS trust; outcomes only 'will be monitored'; open-ended company "
         "funding instead of an exit.",
   layout="single", pdf_font="Times-Roman", page_numbers=True)

doc("GUH_Kelmscott_Dispensary_Redesign_CWA.docx", "agreement", [
    ("title", "COLLABORATIVE WORKING AGREEMENT"),
    ("p", "Outpatient dispensary workflow redesign"),
    ("p", "Between Greyfriars University Hospitals NHS Trust (\"GUH\") of Greyfriars Lane, Northam NM1 4GG and "
          "Kelmscott Medical UK Ltd (\"Kelmscott\"), company number 04983321, registered office 11 Mill Street, "
          "Oxford OX2 0AA."),
    ("h1", "1. Background"),
    ("p", "GUH's outpatient dispensary processes around 1,100 prescriptions a day. A lean review in 2024 found "
          "duplicated checking steps and poor use of the robot. The parties will work together on workflow "
          "redesign and a staffing model."),
    ("h1", "2. Expected benefits"),
    ("p", "**To GUH:** higher dispensary throughput per pharmacist hour, reduced overtime and a staffing model for "
          "2026/27. **To Kelmscott:** understanding of hospital pharmacy operations. **To patients:** not applicable."),
    ("h1", "3. Resources"),
    ("p", "Kelmscott will fund a lean improvement consultant for 60 days (£48,000) and provide 0.2 WTE project "
          "management. GUH will provide its Chief Pharmacist's sponsorship, 0.5 WTE dispensary operations manager "
          "time, access to robot data and staff time for workshops (in kind, about £35,000)."),
    ("h1", "4. KPIs"),
    ("p", "KPIs TBC."),
    ("h1", "5. Team"),
    ("p", "GUH: Chief Pharmacist (sponsor), Dispensary Operations Manager. Kelmscott: NHS Partnerships Manager "
          "and a project manager. Kelmscott's sales force is not involved."),
    ("h1", "6. Confidentiality"),
    ("p", "To be agreed."),
    ("h1", "7. Information governance"),
    ("p", "No patient-identifiable data will be used. Robot and workflow data are extracted as anonymised "
          "activity counts by GUH staff, and GUH remains data controller for any personal data in its systems "
          "in line with UK GDPR and the Data Protection Act 2018."),
    ("h1", "8. Term and exit"),
    ("p", "The project runs from 1 October 2025 to 31 March 2026. Either party may terminate on one month's notice. "
          "At the end the redesigned workflow and staffing model are handed over to the Dispensary Operations "
          "Manager and the consultant's engagement ends; no service depends on Kelmscott funding."),
    ("h1", "9. Transparency"),
    ("p", "Kelmscott will publish a summary of this agreement on its website before work begins and both parties "
          "will publish a summary of outcomes within six months of completion."),
    ("sig", [("Greyfriars University Hospitals NHS Trust", "Dr Joan Meadows", "Chief Pharmacist"),
             ("Kelmscott Medical UK Ltd", "Robert Achebe", "UK Managing Director")]),
], issues={"B": "fail", "M": "fail", "C": "fail"},
   notes="Efficiency-only project: patient benefit stated as 'not applicable'; KPIs TBC; confidentiality "
         "'to be agreed'.",
   headings="boldcaps", heading_colour="1F3864")

doc("HollinsLane_Pain_Agreement_v1.pdf", "agreement", [
    ("title", "Collaborative Working Agreement – Persistent Pain Medicines Review"),
    ("p", "This agreement is between **Helen Durrant, Practice Manager, Hollins Lane Surgery** and **Lindqvist "
          "Pharma UK Ltd**, company number 11230457, of 1 Fleet Place, London EC4M 7AA."),
    ("h1", "Background"),
    ("p", "Hollins Lane Surgery has 640 patients on long-term opioids for persistent non-cancer pain, and 112 on "
          "doses above 120 mg morphine equivalent a day. High-dose opioids carry risks of dependence, falls and "
          "overdose with little evidence of benefit in long-term pain."),
    ("h1", "What the project will do"),
    ("bullets", ["A pharmacist with a special interest in pain will offer structured reviews to all patients on "
                 "high-dose opioids.",
                 "Patients will be offered tapering plans, pain self-management courses and social prescribing.",
                 "A practice protocol for new opioid prescriptions will be agreed."]),
    ("h1", "Benefits"),
    ("p", "Patients living with persistent pain: safer medicines, support to manage pain and improved quality of "
          "life. The surgery: reduced high-risk prescribing. Lindqvist: understanding of pain management in "
          "general practice."),
    ("h1", "Outcomes"),
    ("table", {"header": ["Measure", "Baseline (Mar 2025)", "Target (Mar 2026)"],
               "rows": [["Patients above 120 mg MME/day", "112", "70"],
                        ["Structured reviews completed", "0", "400"],
                        ["Patients completing pain self-management course", "0", "120"]]}),
    ("h1", "Resources"),
    ("p", "Lindqvist: £29,000 for pharmacist sessions (two a week) and course facilitation. The surgery: GP "
          "clinical supervision (one hour a week), administrative support for invitations and appointments, "
          "rooms and clinical system searches."),
    ("h1", "Team"),
    ("p", "GP pain lead, practice pharmacist, practice manager, Lindqvist Medical Affairs Manager. Lindqvist "
          "confirms no sales personnel will be involved."),
    ("h1", "Confidentiality"),
    ("p", "The usual confidentiality provisions apply."),
    ("h1", "Data protection"),
    ("p", "The surgery is data controller. All reviews and searches are done by practice staff. Lindqvist receives "
          "anonymised totals only. Processing complies with UK GDPR and the Data Protection Act 2018."),
    ("h1", "End of project"),
    ("p", "The project ends on 31 March 2026, after which the parties will discuss next steps."),
    ("h1", "Publication"),
    ("p", "Lindqvist will publish a summary of the agreement before the start and the outcomes within six months "
          "of completion; payments will appear on Disclosure UK."),
    ("sig", [("Helen Durrant", "Helen Durrant", "Practice Manager, Hollins Lane Surgery"),
             ("Lindqvist Pharma UK Ltd", "Imogen Clarke", "Strategic Partnerships Lead")]),
], issues={"L": "fail", "E": "fail", "C": "warn"},
   notes="Contracting party is the practice manager personally; exit is only an end date plus 'discuss next "
         "steps'; bare 'usual confidentiality provisions apply' (warn).",
   layout="single", header="Lindqvist Pharma UK Ltd – Collaborative Working", page_numbers=True)

doc("Harbourside Lung Health Partnership Agreement.docx", "agreement", [
    ("title", "Partnership Agreement for Collaborative Working"),
    ("subtitle", "Harbourside Breathe Better: smoking cessation and lung health in the most deprived neighbourhoods"),
    ("h1", "The parties"),
    ("numbered", ["Harbourside Health Federation Ltd, a company limited by guarantee (company number 10912233) "
                  "whose registered office is at 2 Dock Road, Harbourside HB1 1HH (\"the Federation\");",
                  "Harbourside City Council, Civic Centre, Harbourside HB1 2CC, acting through its Public Health "
                  "team (\"the Council\"); and",
                  "Tessaly Pharma UK Limited, company number 05530871, 20 Charter Square, Cambridge CB1 3QQ (\"Tessaly\")."]),
    ("h1", "What the partnership will do"),
    ("p", "Residents of the six most deprived wards in Harbourside smoke at twice the city average and are more "
          "likely to have undiagnosed lung disease. The partners will run pop-up lung health sessions in community "
          "venues offering stop-smoking support, carbon monoxide testing and referral for spirometry, with "
          "follow-up through the Federation's practices."),
    ("h1", "Benefits"),
    ("bullets", ["Residents: easier access to stop-smoking support, earlier diagnosis of COPD and asthma and "
                 "better long-term lung health.",
                 "The Federation and the Council: progress on tobacco control and health inequalities goals.",
                 "Tessaly: insight into community-based respiratory case-finding."]),
    ("h1", "Who contributes what"),
    ("table", {"header": ["Partner", "Contribution", "Estimated value"],
               "rows": [["The Federation", "Respiratory nurse 0.4 WTE; spirometry in hubs; data analyst 2 days a month", "£39,000"],
                        ["The Council", "Stop-smoking advisers at each session; venue hire; community outreach workers", "£31,000"],
                        ["Tessaly", "£45,000 towards session delivery and spirometry backfill; 0.2 WTE partnership manager", "£59,000 total"]]}),
    ("h1", "How success is measured"),
    ("p", "The Federation will report quarterly on: number of residents attending (target 2,000 over 18 months); "
          "four-week quit rate among those setting a quit date (target 45%, city baseline 38%); new COPD diagnoses "
          "confirmed by spirometry (target 120); and the proportion of attendees from the six target wards (target 70%)."),
    ("h1", "Governance and personnel"),
    ("p", "A partnership board chaired by the Council's Consultant in Public Health meets every two months. "
          "Tessaly is represented by its Partnership Manager and Medical Advisor. No Tessaly sales or "
          "marketing staff will take part, attend sessions or receive project information."),
    ("h1", "Confidentiality"),
    ("p", "Each partner will keep confidential the other partners' non-public information and any information "
          "about residents, and will use it only for this project. The Federation and the Council may disclose "
          "information where the Freedom of Information Act 2000 requires."),
    ("h1", "Data protection"),
    ("p", "The Federation is data controller for clinical data and the Council for stop-smoking service data. "
          "Data are shared between them under a data-sharing agreement with a completed DPIA, in line with UK GDPR "
          "and the Data Protection Act 2018. Tessaly receives only anonymised aggregate figures."),
    ("h1", "Term, termination and exit"),
    ("p", "The agreement runs for 18 months from 1 September 2025. Any partner may withdraw on three months' "
          "written notice. At the end, the pop-up sessions will either be built into the Council's recommissioned "
          "stop-smoking service from April 2027 or will stop; residents in a quit attempt at that point will "
          "finish their programme with the Council's standard service, and anyone awaiting spirometry will be "
          "seen by their practice."),
    ("h1", "Publication and disclosure"),
    ("p", "Tessaly will publish a summary of this agreement on its website before the first session. All partners "
          "will publish an outcomes summary within six months of completion. Tessaly's payments will be disclosed "
          "on Disclosure UK."),
    ("sig", [("Harbourside Health Federation Ltd", "Dr Kwame Asante", "Chief Executive"),
             ("Harbourside City Council", "Jill Porter", "Director of Public Health"),
             ("Tessaly Pharma UK Limited", "Hugo Stanton", "Collaborative Working Manager")]),
], notes="Compliant three-party agreement including a council and an incorporated GP federation; benefit "
         "phrased for 'residents'.",
   headings="styles", footer="Harbourside Breathe Better – Partnership Agreement", page_numbers=True)

# --------------------------------------------------- EXECUTIVE SUMMARIES ----
doc("halvard_cw_summary_WDFT_heart_failure.pdf", "executive-summary", [
    ("title", "Collaborative working project summary"),
    ("p", "**Heart Failure In-Reach and Optimisation Service – Wrexford and Dale NHS Foundation Trust and "
          "Halvard Pharmaceuticals UK Limited**"),
    ("h1", "Project summary"),
    ("p", "Wrexford and Dale NHS Foundation Trust and Halvard Pharmaceuticals UK Limited are working together "
          "to make sure inpatients with heart failure are seen by the specialist heart failure team before "
          "discharge and are followed up in a nurse-led optimisation clinic. The project is delivered by Trust "
          "clinicians; treatment follows NICE guidance and the Trust formulary."),
    ("h1", "Planned milestones"),
    ("numbered", ["Executive summary published (May 2025).",
                  "Trust recruits a specialist heart failure nurse funded through the project (July 2025).",
                  "In-reach reviews and nurse-led clinic begin (September 2025).",
                  "Interim evaluation at 12 months (September 2026).",
                  "Final evaluation and decision on continuation (Q1 2027)."]),
    ("h1", "Expected benefits"),
    ("table", {"header": ["Patients", "The Trust", "Halvard"],
               "rows": [["Specialist review before leaving hospital, faster optimisation of treatment and fewer "
                         "readmissions.", "Reduced length of stay and readmissions; a model to inform future "
                                          "commissioning.", "Insight into acute heart failure pathways and "
                                                            "experience of partnership with the NHS."]]}),
    ("h1", "Financial arrangements and resources"),
    ("p", "Halvard contributes £118,000 towards a 1.0 WTE specialist nurse post employed by the Trust, plus "
          "project management support valued at about £22,000. The Trust contributes consultant supervision, "
          "clinic space and analytical time valued at about £58,000."),
    ("h1", "Duration"),
    ("p", "24 months from June 2025."),
    ("h1", "Publication"),
    ("p", "This summary is published before the project starts. A summary of outcomes will be published by both "
          "organisations within six months of completion, and Halvard's contribution will be disclosed on "
          "Disclosure UK."),
    ("h1", "Contacts"),
    ("p", "Trust: Dr Priya Nandakumar, Clinical Director, Cardiology. Halvard: Tom Ellery, Head of NHS Partnerships."),
    ("p", "Job code: HAL-UK-CW-0142 | Date of preparation: May 2025"),
], notes="Compliant company web-page style summary; no mention of patient data, so data-protection is n/a.",
   layout="single", header="Halvard Pharmaceuticals UK Limited", footer="HAL-UK-CW-0142 | May 2025")

doc("Executive Summary - FLS expansion - NHS Tayforth.docx", "executive-summary", [
    ("title", "Summary of the Collaborative Working Agreement"),
    ("kv", [("Project title", "Expanding the fracture liaison service to primary care"),
            ("Organisations", "NHS Tayforth (Health Board) and Nordvale Pharma Limited"),
            ("Project rationale", "Around half of people who have a hip fracture have had an earlier fragility "
                                  "fracture. NHS Tayforth's fracture liaison service currently reaches only "
                                  "people seen in hospital fracture clinics; fractures managed in primary care "
                                  "and minor injury units are missed."),
            ("Objectives", "Identify people aged 50 and over with a fragility fracture from all settings, offer a "
                           "bone-health assessment within 12 weeks, and start falls prevention and treatment "
                           "where indicated, in line with SIGN 142."),
            ("Expected benefits", "Patients: fewer second fractures, less pain and loss of independence.\n"
                                  "NHS Tayforth: fewer hip fractures and bed days; a board-wide service model.\n"
                                  "Nordvale: understanding of secondary fracture prevention pathways in Scotland."),
            ("Project period", "Start October 2025; completion September 2027."),
            ("Financial arrangements", "Nordvale provides £84,000 for a fracture liaison nurse (0.8 WTE) and "
                                       "project management (0.2 WTE, in kind). NHS Tayforth provides consultant "
                                       "orthogeriatrician time (1 session/week), radiology reporting support, "
                                       "administrative support and analyst time (in kind, about £46,000)."),
            ("Patient data", "Patient records are accessed only by NHS Tayforth staff. NHS Tayforth is data "
                             "controller and processing complies with UK GDPR and the Data Protection Act 2018. "
                             "Nordvale receives anonymised, aggregated reports only."),
            ("Plans for publication", "This summary is published on Nordvale's website before the project "
                                      "starts. Both parties will publish a summary of outcomes within six months "
                                      "of completion."),
            ("Roles and responsibilities", "NHS Tayforth: clinical delivery, governance and data collection. "
                                           "Nordvale: funding, project management and support for evaluation."),
            ("Contacts", "NHS Tayforth: Dr Morag Innes, Consultant Orthogeriatrician, morag.innes@tayforth.scot.nhs.uk\n"
                         "Nordvale: Pete Kowalski, NHS Partnerships Manager, pete.kowalski@nordvale.co.uk"),
            ("Approval", "NV-UK-2025-0311, date of preparation August 2025"),
            ]),
], es_data=True,
   notes="Compliant summary in a form table; mentions patient records with proper safeguards so "
         "data-protection applies and passes.",
   footer="NV-UK-2025-0311")

doc("gout_clinic_exec_summary.md", "executive-summary", [
    ("title", "Executive Summary: Treat-to-target gout clinic"),
    ("p", "**Partners:** Kingsholm NHS Foundation Trust and Ostrava Healthcare plc"),
    ("h1", "Rationale"),
    ("p", "Gout is the most common inflammatory arthritis, but most people with recurrent flares are not on "
          "urate-lowering treatment titrated to target. Repeated flares cause pain, time off work and joint damage, "
          "and lead to emergency attendances."),
    ("h1", "Objectives"),
    ("bullets", ["Set up a nurse-led treat-to-target clinic for people with recurrent gout.",
                 "Bring serum urate below 360 micromol/L within 12 months for people attending.",
                 "Reduce flare-related emergency department attendances."]),
    ("h1", "Expected benefits"),
    ("p", "People with gout will have fewer painful flares and less joint damage, and will get education on "
          "diet, alcohol and medicines. The Trust will see fewer unplanned attendances. Ostrava will improve its "
          "understanding of rheumatology pathways."),
    ("h1", "Financial arrangements"),
    ("p", "The project is fully funded by Ostrava, which will provide £62,000 to pay for a nurse specialist "
          "(0.6 WTE) for 18 months."),
    ("h1", "Project period"),
    ("p", "January 2026 to June 2027."),
    ("h1", "Roles"),
    ("p", "Ostrava's Medical Affairs Manager will support protocol development and evaluation design. The "
          "nurse specialist will be based in the Trust's rheumatology department."),
    ("h1", "Contacts"),
    ("p", "Kingsholm NHS FT: Dr Ian Forsyth, Consultant Rheumatologist. Ostrava: Dr Ruth Okafor, Medical Advisor."),
], issues={"R": "fail", "T": "fail"},
   notes="Only the company's money is stated – nothing for the Trust; no publication commitment anywhere; "
         "no mention of patient data so data-protection n/a.")

doc("ES_SevereAsthma_Corvane.pdf", "executive-summary", [
    ("title", "Joint Working Executive Summary"),
    ("subtitle", "Severe asthma identification and referral – Pennine Moor NHS Trust and Corvane Therapeutics Ltd"),
    ("h1", "Background"),
    ("p", "Many people with uncontrolled asthma who would meet criteria for specialist assessment are never "
          "referred. They continue to need repeated courses of oral steroids, with the side effects these bring."),
    ("h1", "Project aims"),
    ("p", "To identify people with uncontrolled asthma in 25 GP practices and refer those who meet criteria to the "
          "Trust's severe asthma service. Corvane's project team will review patient records in each practice to "
          "identify eligible patients and prepare referral letters for GP signature."),
    ("p", "Patients assessed by the severe asthma service will have improved access to Zelquor, the preferred "
          "choice for clinicians treating eosinophilic asthma."),
    ("h1", "Benefits"),
    ("p", "Patients: faster specialist assessment and fewer oral steroid courses and asthma attacks. Trust: "
          "earlier referral of the right patients. Corvane: insight into severe asthma pathways."),
    ("h1", "Resources"),
    ("p", "Corvane: £38,000 to fund additional severe asthma clinic sessions and the project team's time. Pennine "
          "Moor NHS Trust: respiratory consultant time for triage (two hours a week), specialist nurse clinics and "
          "administration (in kind, c. £27,000)."),
    ("h1", "Timelines"),
    ("p", "November 2025 to October 2026."),
    ("h1", "Publication"),
    ("p", "This summary is published on Corvane's website prior to the project start. An outcomes summary will be "
          "published by both partners within six months of project completion."),
    ("h1", "Contacts"),
    ("p", "Dr Amina Rahman, Respiratory Consultant, Pennine Moor NHS Trust; Dr Marcus Lowe, Medical Affairs Lead, Corvane."),
], es_data=True, issues={"P": "fail", "D": "fail"},
   notes="Two-column PDF. Promotional claim 'the preferred choice for clinicians' for the brand; company staff "
         "review patient records with no data-protection safeguards stated.",
   layout="two", header="Corvane Therapeutics Ltd", footer="CRV-UK-JW-0087 | October 2025", page_numbers=True)

doc("PD nurse project - exec summary.txt", "executive-summary", [
    ("title", "Executive summary: Parkinson's community nurse project"),
    ("p", "Organisations: Bramley Downs NHS Trust and Arvoline UK Ltd"),
    ("h1", "Background"),
    ("p", "People with Parkinson's in the Bramley Downs area have no community specialist nurse, so medication "
          "problems, falls and swallowing difficulties are often picked up only at crisis point."),
    ("h1", "Objectives"),
    ("p", "Provide a community Parkinson's nurse service with home visits, medication timing advice and links to "
          "therapies; reduce emergency admissions for people with Parkinson's."),
    ("h1", "Benefits"),
    ("p", "People with Parkinson's and their carers: timely specialist advice at home, fewer falls and fewer "
          "hospital stays. The Trust: fewer emergency admissions. Arvoline: understanding of community "
          "neurology services."),
    ("h1", "Financial arrangements"),
    ("p", "Arvoline will fund 0.8 WTE Band 7 Parkinson's nurse specialist for two years (£104,000). The Trust's "
          "contribution is to be confirmed."),
    ("h1", "Delivery"),
    ("p", "The nurse will be employed by the Trust. The project will be supported by Arvoline's local account "
          "team, who will help introduce the service to practices and attend the monthly project meetings."),
    ("h1", "Publication"),
    ("p", "Arvoline will publish this summary on its website before the service starts, and both parties will "
          "publish the outcomes within six months of the project ending."),
    ("h1", "Period"),
    ("p", "April 2026 to March 2028."),
    ("h1", "Contacts"),
    ("p", "Trust: Paula Greer, Head of Neurology Services. Arvoline: Nadia Fairweather, Head of Market Access."),
], issues={"S": "fail", "R": "fail"},
   notes="Plain text. 'Supported by the local account team' who introduce the service and attend meetings "
         "(sales involvement); Trust contribution 'to be confirmed'.", txt_style="caps")

doc("HCV_Elimination_Executive_Summary_TUH_Meridale.docx", "executive-summary", [
    ("title", "Executive Summary – Hepatitis C testing and treatment in community recovery services"),
    ("p", "Collaborative working between Thornbury University Hospitals NHS Foundation Trust (\"TUH\"), Thornbury "
          "Recovery Partnership CIC (\"the Partnership\") and Meridale Biosciences UK Ltd (\"Meridale\")."),
    ("h1", "Project rationale"),
    ("p", "An estimated 700 people in Thornbury are living with hepatitis C and have not been diagnosed or treated, "
          "many of them people who use or have used drugs and who find hospital clinics hard to reach."),
    ("h1", "Objectives"),
    ("bullets", ["Offer dried blood spot testing to every client of the Partnership's four recovery hubs.",
                 "Start treatment within four weeks of a positive result, in the hubs, for at least 150 people.",
                 "Train recovery workers to support people through treatment."]),
    ("h1", "Benefits"),
    ("h2", "People using recovery services"),
    ("p", "Testing and curative treatment where they already receive support; fewer people developing cirrhosis "
          "and liver cancer; less onward transmission."),
    ("h2", "TUH and the Partnership"),
    ("p", "Progress towards national elimination goals; skilled outreach workforce."),
    ("h2", "Meridale"),
    ("p", "Understanding of outreach models for hard-to-reach groups."),
    ("h1", "Financial arrangements"),
    ("p", "Meridale: £76,000 for a peer support worker and an outreach nurse (0.6 WTE each, employed by TUH), and "
          "testing consumables. TUH: consultant hepatologist supervision, pharmacy dispensing and laboratory "
          "testing (in kind, about £40,000). The Partnership: hub space, recovery worker time and client "
          "engagement (in kind, about £25,000)."),
    ("h1", "Patient data"),
    ("p", "Patient data are held by TUH as data controller in line with UK GDPR and the Data Protection Act 2018. "
          "Data sharing between TUH and the Partnership is covered by an information-sharing agreement and DPIA. "
          "Meridale receives anonymised, aggregated results only."),
    ("h1", "Project period"),
    ("p", "1 February 2026 to 31 January 2028."),
    ("h1", "Publication plan"),
    ("p", "This summary will be published by Meridale and TUH before the project begins. A summary of outcomes "
          "will be published within six months of completion."),
    ("h1", "Contacts"),
    ("table", {"header": ["Organisation", "Name", "Role"],
               "rows": [["TUH", "Dr Rachel Ng", "Consultant Hepatologist"],
                        ["Thornbury Recovery Partnership CIC", "Dean Walsh", "Operations Director"],
                        ["Meridale", "Dr Calum Reid", "Medical Science Liaison"]]}),
], es_data=True,
   notes="Compliant three-party summary; mentions patient data and data sharing with safeguards; MSL contact.",
   headings="styles", footer="MER-UK-CW-2025-019 | December 2025")

doc("Wessex Downs Dashboard - Executive Summary.docx", "executive-summary", [
    ("title", "EXECUTIVE SUMMARY"),
    ("p", "**Population health medicines dashboard – NHS Wessex Downs Integrated Care Board and Kelmscott Medical UK Ltd**"),
    ("h1", "Background"),
    ("p", "Medicines optimisation teams across the ICB use different spreadsheets and cannot compare practices. The "
          "ICB and Kelmscott will build a shared dashboard that brings together prescribing and practice-level "
          "data for the ICB's medicines optimisation team."),
    ("h1", "Objectives"),
    ("numbered", ["Specify and build a dashboard drawing on prescribing and practice data.",
                  "Train 25 ICB pharmacists and technicians to use it.",
                  "Hand the dashboard over to the ICB's analytics team."]),
    ("h1", "Benefits"),
    ("p", "**For the ICB:** a single source of prescribing information, less analyst time spent on manual reports, "
          "faster identification of cost-saving opportunities."),
    ("p", "**For Kelmscott:** experience of working with an ICB on data and analytics."),
    ("h1", "Contributions"),
    ("p", "Kelmscott: £42,000 for a contracted data engineer (4 months) and 0.1 WTE project management. The ICB: "
          "head of medicines optimisation as sponsor, an analyst 0.3 WTE, and hosting on ICB infrastructure."),
    ("h1", "Data"),
    ("p", "Data shared for the project will be handled in a GDPR compliant way."),
    ("h1", "Timescales"),
    ("p", "September 2025 to March 2026."),
    ("h1", "Publication"),
    ("p", "Kelmscott will publish this summary on its collaborative working web page before the project starts; "
          "the outcomes will be published within six months of completion."),
    ("h1", "Contacts"),
    ("p", "ICB: Rosa Delgado, Head of Medicines Optimisation. Kelmscott: Ayesha Karim, Collaborative Working Lead."),
], es_data=True, issues={"B": "fail", "D": "warn"},
   notes="Benefits listed only for the ICB and the company; data sharing covered by a bare 'GDPR compliant'.",
   headings="bold")

doc("Glaucoma_Monitoring_ES_internal.pdf", "executive-summary", [
    ("title", "Community glaucoma monitoring – summary of the joint working agreement"),
    ("p", "INTERNAL SUMMARY – NOT FOR PUBLICATION", ),
    ("h1", "Parties"),
    ("p", "Tamar Bridge NHS Trust and Brightwater Life Sciences Ltd."),
    ("h1", "Why"),
    ("p", "The Trust's glaucoma follow-up backlog exceeds 4,000 patients, and some people have lost sight while "
          "waiting. Stable patients could be monitored by accredited community optometrists."),
    ("h1", "What the project will do"),
    ("p", "Set up monitoring clinics in six optometry practices for people with stable glaucoma or ocular "
          "hypertension, with virtual review of results by Trust consultants."),
    ("h1", "Anticipated benefits"),
    ("bullets", ["Patients: monitoring closer to home, shorter waits, less risk of avoidable sight loss.",
                 "Trust: reduced hospital eye service backlog.",
                 "Brightwater: understanding of community eye care models."]),
    ("h1", "Resources"),
    ("p", "Brightwater: £57,000 for optometrist sessions and imaging equipment leases. Tamar Bridge NHS Trust: "
          "consultant virtual review time (three hours a week), training and accreditation of optometrists, and "
          "the electronic referral link (in kind, about £34,000)."),
    ("h1", "Patient information"),
    ("p", "Patient records and imaging are transferred from the practices to the Trust's system and handled in "
          "accordance with the Data Protection Act 1998."),
    ("h1", "Duration"),
    ("p", "January 2026 to December 2026."),
    ("h1", "Contacts"),
    ("p", "Trust: Mr Leo Varga, Consultant Ophthalmologist. Brightwater: Grace Adeyemi, Partnerships Director. "
          "Local enquiries: Tanya Brooks, Key Account Manager, Brightwater."),
], es_data=True, issues={"T": "fail", "S": "warn", "D": "warn"},
   notes="Marked internal/not for publication with no publication commitment; KAM named only as a local-"
         "enquiries contact; outdated Data Protection Act 1998.",
   layout="single", header="Brightwater Life Sciences Ltd", page_numbers=True)

doc("North_Avonford_GDM_Summary.pdf", "executive-summary", [
    ("title", "After gestational diabetes: postnatal follow-up for women"),
    ("subtitle", "Summary of a collaborative working agreement between North Avonford NHS Foundation Trust and Ostrava Healthcare plc"),
    ("h1", "Rationale"),
    ("p", "Women who have had gestational diabetes have a much higher lifetime risk of type 2 diabetes, yet in North "
          "Avonford fewer than a third have the recommended annual HbA1c test after giving birth. Follow-up falls "
          "between maternity services and general practice."),
    ("h1", "Objectives"),
    ("p", "Create a postnatal follow-up pathway run by diabetes midwives: a 13-week postnatal HbA1c, referral to "
          "the NHS Diabetes Prevention Programme, and an annual reminder system with practices."),
    ("h1", "Benefits"),
    ("p", "Women: earlier detection of type 2 diabetes, support to reduce their risk, and better planning for any "
          "future pregnancy. The Trust: a completed maternity-to-primary-care pathway. Ostrava: understanding of "
          "prevention pathways."),
    ("h1", "Financial arrangements"),
    ("p", "Ostrava: £44,000 for a 0.5 WTE diabetes midwife for 18 months. The Trust: consultant obstetrician and "
          "diabetologist oversight, antenatal clinic administration and midwifery management time (in kind, "
          "about £30,000)."),
    ("h1", "Project period"),
    ("p", "March 2026 to August 2027."),
    ("h1", "Roles"),
    ("p", "The Trust leads clinical delivery. Ostrava's Partnerships Manager supports project management and "
          "evaluation planning. Ostrava's sales teams have no involvement."),
    ("h1", "Publication"),
    ("p", "Ostrava will publish this summary before the project begins, and both organisations will publish the "
          "outcomes no later than six months after it ends."),
    ("h1", "Contacts"),
    ("p", "Trust: Jo Mensah, Consultant Midwife. Ostrava: Femi Adewale, Partnerships Manager."),
    ("p", "OST-UK-CW-0419 · Date of preparation: February 2026"),
], notes="Compliant; benefit framed for 'women'; no patient data mentioned, so data-protection n/a.",
   layout="single", centre_title=True, pdf_font="Times-Roman", footer="Ostrava Healthcare plc – collaborative working")

# ---------------------------------------------------- CONCEPT FRAMEWORKS ----
doc("Concept Framework - Childrens Eczema Clinic.docx", "concept-framework", [
    ("title", "Project Concept Framework"),
    ("table", {"title": "Section A – Proposal",
               "rows": [["Partner organisations", "NHS Fenbridge Integrated Care Board; Lindqvist Pharma UK Ltd. "
                                                  "Stakeholders: community paediatric nursing, three PCNs, the "
                                                  "local eczema parent support group."],
                        ["Purpose", "• Children with moderate eczema wait up to 40 weeks for paediatric dermatology.\n"
                                    "• Many referrals could be managed with a structured skin-care plan and "
                                    "education for families.\n• No community eczema service exists in Fenbridge."],
                        ["Objectives – benefits for patients", "Children and young people with eczema get a structured "
                                                               "assessment within 8 weeks, a written treatment plan and "
                                                               "practical teaching for parents, leading to better sleep, "
                                                               "fewer infections and less time off school."],
                        ["Objectives – benefits for the ICB", "Shorter dermatology waits; fewer inappropriate referrals."],
                        ["Objectives – benefits for Lindqvist", "Learning about community paediatric dermatology models."],
                        ["Budget / resource impact", "Lindqvist: about £50,000 over 12 months for a community "
                                                     "children's nurse (0.6 WTE) plus project management.\n"
                                                     "ICB: paediatric dermatology consultant advice (2 hours a week), "
                                                     "PCN clinic rooms, commissioning manager time (0.1 WTE)."],
                        ["Anticipated start", "Q1 2026"],
                        ["Length of project", "12 months"],
                        ["Decision", "Go-ahead agreed by the ICB Children's Programme Board on 4 November 2025 – "
                                     "proceed to PID."]]}),
    ("p", "Prepared jointly by the ICB's children's commissioning team and Lindqvist's Strategic Partnerships Lead."),
], notes="Compliant concept framework written entirely inside a table with a merged title row.",
   headings="styles")

doc("CF_early_arthritis_Coldharbour.pdf", "concept-framework", [
    ("title", "Concept Framework: Early Inflammatory Arthritis Clinic"),
    ("kv", [("Partners", "Coldharbour Hospitals NHS Foundation Trust; Tessaly Pharma UK Limited"),
            ("Why", "NICE NG100 expects people with suspected persistent synovitis to be seen within three weeks "
                    "of referral. The Trust currently meets this for 34% of referrals."),
            ("Objectives", "Patients: rapid assessment and early treatment, preventing joint damage and "
                           "disability.\nTrust: meeting the three-week standard; fewer follow-ups.\nTessaly: "
                           "understanding of early arthritis pathways."),
            ("Resource impact – Tessaly", "£70,000 over 18 months towards a Band 7 rheumatology nurse practitioner "
                                          "and ultrasound sessions."),
            ("Resource impact – NHS", "To be scoped."),
            ("Start", "Q2 2026"),
            ("Length", "18 months"),
            ("Decision", "Approved in principle to develop a PID, subject to the Trust's contribution being defined."),
            ]),
], issues={"R": "fail"},
   notes="Company contribution quantified; NHS contribution 'to be scoped' – resource-contributions fail.",
   layout="single", header="Coldharbour Hospitals NHS FT – Tessaly", page_numbers=True)

doc("respiratory-coding-concept.md", "concept-framework", [
    ("title", "Concept: Improving clinical coding for respiratory admissions"),
    ("p", "**Partners:** Westbury and Fell NHS Trust (\"WFT\"); Corvane Therapeutics Ltd (\"Corvane\")  "),
    ("p", "**Proposed start:** Q3 2026 · **Duration:** 9 months"),
    ("h1", "Purpose"),
    ("p", "Coding audits at WFT show that comorbidities are missed in around 20% of respiratory admissions. Under-"
          "coding understates case-mix and distorts capacity planning and income."),
    ("h1", "Objectives"),
    ("bullets", ["**WFT:** more accurate coding of respiratory admissions, better capacity planning and recovery of "
                 "income lost to under-coding.",
                 "**Corvane:** a better understanding of how respiratory activity is recorded in acute trusts."]),
    ("h1", "Resources"),
    ("table", {"header": ["", "WFT", "Corvane"],
               "rows": [["People", "Head of Clinical Coding 0.2 WTE; two coders 0.5 WTE each", "Project manager 0.3 WTE"],
                        ["Money", "Coding software licence extension (£6k)", "£28,000 for a clinical coding auditor"],
                        ["Other", "Respiratory consultant input to coding queries", "Audit methodology"]]}),
    ("h1", "Decision"),
    ("p", "Executive team agreed on 2 February 2026 to develop a PID."),
], issues={"B": "fail"},
   notes="Markdown. Objectives are stated for the trust and the company only – no patient benefit at all.")

doc("Marlow Heath COPD concept v1.docx", "concept-framework", [
    ("title", "Project Concept Framework – COPD review programme, Marlow Heath"),
    ("p", "**Partners:** Marlow Heath Medical Group (lead practice for Marlow Heath PCN) and Ostrava Healthcare plc"),
    ("p", "**Purpose**"),
    ("bullets", ["COPD reviews across the PCN fell behind during 2024: 41% of people with COPD had an annual review.",
                 "Inhaler technique and pulmonary rehabilitation referral are not recorded consistently."]),
    ("p", "**Objectives**"),
    ("bullets", ["People with COPD: an annual review, inhaler technique check and referral to pulmonary rehabilitation, "
                 "leading to fewer exacerbations and hospital admissions.",
                 "PCN: catch-up of the review backlog and QOF achievement.",
                 "Ostrava: pull-through for Brevanta across the PCN's practices following its formulary listing."]),
    ("p", "**Resource impact**"),
    ("bullets", ["Ostrava: £36,000 for respiratory nurse sessions and 0.1 WTE project support.",
                 "Marlow Heath Medical Group: GP respiratory lead (one session a week), practice rooms and admin time."]),
    ("p", "**Project leads**"),
    ("bullets", ["Dr Hannah Price, GP Respiratory Lead, Marlow Heath Medical Group",
                 "Oliver Grant, Key Account Manager, Ostrava – co-lead, responsible for practice engagement"]),
    ("p", "**Start / length:** Q4 2025, 12 months"),
    ("p", "**Decision:** Ostrava brand team and PCN clinical director to confirm go-ahead."),
], issues={"S": "fail", "P": "fail"},
   notes="Key Account Manager is company co-lead; company objective is 'pull-through' for its brand. Bold-"
         "paragraph pseudo-headings.", headings="bold")

doc("ARLD early detection - concept framework (Cresswell ICB).docx", "concept-framework", [
    ("title", "Concept Framework"),
    ("subtitle", "Early detection of alcohol-related liver disease in primary care"),
    ("h1", "Partner organisations"),
    ("p", "NHS Cresswell Integrated Care Board and Meridale Biosciences UK Ltd. Other stakeholders: the local "
          "alcohol treatment service and the hepatology department at Cresswell Royal Hospital."),
    ("h1", "Purpose"),
    ("p", "Most people with alcohol-related liver disease are diagnosed only when they present with "
          "decompensated cirrhosis, when treatment options are limited. Non-invasive fibrosis testing in primary "
          "care could find liver disease years earlier."),
    ("h1", "Objectives"),
    ("h2", "For patients"),
    ("p", "People drinking at harmful levels are offered a liver stiffness test in their practice; those with "
          "significant fibrosis are referred to hepatology and supported into alcohol treatment, reducing the "
          "chance of progression to cirrhosis."),
    ("h2", "For the ICB"),
    ("p", "Fewer emergency admissions with decompensated liver disease; a costed case-finding model."),
    ("h2", "For Meridale"),
    ("p", "Insight into community liver pathways."),
    ("h1", "Resource impact"),
    ("table", {"header": ["Partner", "Financial", "Non-financial"],
               "rows": [["ICB", "Alcohol liaison nurse backfill (£12k)", "Hepatology advice, 0.1 WTE commissioning "
                                                                        "manager, GP practice time"],
                        ["Meridale", "£40k for a mobile elastography service for 12 months", "Project manager one "
                                                                                            "day a week"]]}),
    ("h1", "Timing"),
    ("p", "Start Q2 2026; 12 months."),
    ("h1", "Decision"),
    ("p", "Go: ICB Clinical Executive, 9 January 2026."),
], notes="Compliant concept framework using Word heading styles; product-neutral.", headings="styles")

doc("HytheVale_Stroke_Prevention_CF.pdf", "concept-framework", [
    ("title", "Stroke Secondary Prevention Review – Concept Framework"),
    ("p", "Partners: Hythe Vale NHS Trust and Halvard Pharmaceuticals UK Limited"),
    ("h1", "Purpose of the project"),
    ("p", "People discharged after a stroke or TIA often have blood pressure, lipids and antithrombotic treatment "
          "left unreviewed once they leave the stroke unit. A six-month stroke review is patchy."),
    ("h1", "Objectives"),
    ("bullets", ["Patients: a structured six-month review covering blood pressure, cholesterol, antithrombotic "
                 "treatment, mood and return to activities, reducing the risk of another stroke.",
                 "Hythe Vale NHS Trust: compliance with the national stroke audit six-month review standard.",
                 "Halvard: understanding of stroke follow-up pathways."]),
    ("h1", "Resource impact"),
    ("table", {"header": ["Partner", "Contribution"],
               "rows": [["Hythe Vale NHS Trust", "Stroke nurse 0.6 WTE, consultant oversight 1 PA/week, clinic rooms, "
                                                 "audit support"],
                        ["Halvard", "TBC"]]}),
    ("h1", "Timing"),
    ("p", "Anticipated start Q3 2026; 15 months."),
    ("h1", "Decision"),
    ("p", "Deferred until the contribution from Halvard is confirmed."),
], issues={"R": "fail"},
   notes="Mirror image of the usual gap: only the NHS contribution is stated; the company's is 'TBC'.",
   layout="single", rule="lines", footer="Draft concept – for discussion")

# ---------------------------------------------------- OUTCOMES SUMMARIES ----
doc("Outcomes_HF_Diagnostics_Ribblesdale_Halvard.pdf", "outcomes-summary", [
    ("title", "Summary of Project Outcomes"),
    ("subtitle", "Community heart failure diagnostics – NHS Ribblesdale Integrated Care Board and Halvard Pharmaceuticals UK Limited"),
    ("kv", [("Project partners", "NHS Ribblesdale Integrated Care Board; Halvard Pharmaceuticals UK Limited"),
            ("Duration", "Started April 2023; finished March 2025 (24 months)"),
            ("Overview", "GP practices were given direct access to NT-proBNP testing with a one-stop community "
                         "echocardiography and heart failure nurse clinic, so that people with breathlessness "
                         "could be diagnosed without waiting for a hospital outpatient appointment.")]),
    ("h1", "Results against objectives"),
    ("table", {"header": ["Objective", "Baseline", "Target", "Achieved"],
               "rows": [["Median time from GP referral to echo (days)", "84", "42", "29"],
                        ["People with raised NT-proBNP seen within 6 weeks", "38%", "80%", "86%"],
                        ["New HF diagnoses confirmed in the community", "–", "400", "463"],
                        ["HF admissions as first presentation", "61%", "45%", "48%"]]}),
    ("h1", "Benefits realised"),
    ("p", "Patients were diagnosed around eight weeks sooner on average and started treatment earlier; in the "
          "patient survey 94% rated the one-stop clinic as good or very good. The ICB has a validated model that "
          "reduced outpatient cardiology referrals by 23%. Halvard gained an understanding of community diagnostic "
          "pathways."),
    ("h1", "Did each partner deliver?"),
    ("p", "The ICB delivered the echo sessions and 0.5 WTE nurse time as agreed. Halvard delivered its £96,000 "
          "funding contribution and 40 of the 44 planned project management days."),
    ("h1", "What happened at the end"),
    ("p", "The ICB commissioned the service recurrently from April 2025 through its community cardiology contract."),
    ("h1", "Learning"),
    ("p", "Direct GP access only worked once practices had a simple referral form and a named contact. Sharing "
          "results weekly with practices kept engagement high."),
    ("h1", "Publication"),
    ("p", "This summary is published by both partners within six months of the project ending. Halvard's funding "
          "was disclosed on Disclosure UK for 2023 and 2024."),
], notes="Compliant outcomes report with a baseline/target/achieved table.",
   layout="single", header="NHS Ribblesdale ICB | Halvard", footer="HAL-UK-CW-0201 | September 2025",
   page_numbers=True)

doc("Norbury asthma schools - project outcomes.docx", "outcomes-summary", [
    ("title", "Project Outcomes Report"),
    ("p", "School asthma-friendly programme: Norbury NHS Trust and Tessaly Pharma UK Limited"),
    ("p", "Project dates: September 2023 – July 2025"),
    ("h1", "Overview"),
    ("p", "The programme trained school staff to recognise and respond to asthma symptoms, supported schools to "
          "keep emergency inhalers and asthma registers, and gave pupils with asthma a check of their action plan "
          "with a school nurse."),
    ("h1", "Outcomes"),
    ("p", "Schools told us the training was useful and staff felt more confident. Children and young people "
          "with asthma were better supported in school and families welcomed the action-plan checks. Feedback "
          "from school nurses was positive and the steering group considered that the programme achieved its aims."),
    ("h1", "Partner contributions"),
    ("p", "Norbury NHS Trust provided school nursing time and clinical leadership. Tessaly funded the training "
          "co-ordinator post and provided project management."),
    ("h1", "Reflections"),
    ("p", "Engaging secondary schools took longer than expected. A named asthma lead in each school made the "
          "biggest difference."),
    ("h1", "Distribution"),
    ("p", "Internal report – not for publication. Circulated to the steering group only."),
], issues={"T": "fail", "M": "warn"},
   notes="Outcomes are purely qualitative (warn); marked internal, not for publication (fail).",
   headings="underline", header="Norbury NHS Trust / Tessaly")

doc("dunmere-diabetes-outcomes.md", "outcomes-summary", [
    ("title", "Dunmere diabetes review project – outcomes"),
    ("p", "Partners: Dunmere Health Partnership Ltd and Ostrava Healthcare plc. Project period: May 2024 – April 2025."),
    ("h1", "Headline results"),
    ("bullets", ["Glucavia initiations across the partnership's practices rose by 34% over the project period.",
                 "312 structured reviews were completed by the project pharmacist.",
                 "Glucavia's share of new add-on therapy starts reached 41%, reinforcing its position as the "
                 "best-in-class option."]),
    ("h1", "What this means"),
    ("p", "More patients are now receiving Glucavia. The partnership has a trained pharmacist workforce and Ostrava "
          "has strengthened its relationship with the partnership's practices."),
    ("h1", "Contributions"),
    ("p", "Ostrava funded 0.6 WTE pharmacist time (£41,000). Dunmere Health Partnership provided GP supervision and "
          "clinical system access."),
    ("h1", "Publication"),
    ("p", "This summary will be published on Ostrava's collaborative working page and by Dunmere Health Partnership "
          "within six months of the end of the project."),
], issues={"P": "fail", "B": "fail"},
   notes="Headline results are brand uptake and a 'best-in-class' claim; the only 'patient' benefit is that "
         "more patients receive the brand. Measurable numbers exist (reviews), so measurable-outcomes passes.")

doc("COPD Rehab Uptake - Outcomes Summary (Coldharbour-Corvane).docx", "outcomes-summary", [
    ("title", "Summary of project outcomes"),
    ("p", "**Pulmonary rehabilitation uptake after COPD admission** | Coldharbour Hospitals NHS Foundation Trust and Corvane Therapeutics Ltd"),
    ("table", {"groups": [("Project details", 2)],
               "rows": [["Partners", "Coldharbour Hospitals NHS Foundation Trust; Corvane Therapeutics Ltd"],
                        ["Actual start / end", "June 2023 / May 2025"],
                        ["Objectives", "Refer every patient admitted with a COPD exacerbation to pulmonary "
                                       "rehabilitation before discharge and start rehab within 30 days."]]}),
    ("table", {"groups": [("Measure", 1), ("Results", 3)],
               "header": ["", "Baseline 2022/23", "Target", "Final year"],
               "rows": [["Referred to pulmonary rehab at discharge", "28%", "80%", "83%"],
                        ["Started rehab within 30 days of discharge", "9%", "40%", "37%"],
                        ["90-day COPD readmission rate", "24%", "20%", "19.5%"],
                        ["Mean CAT score change after rehab", "n/a", "-2 points", "-3.1 points"]]}),
    ("h2", "Benefits"),
    ("p", "Patients who completed rehabilitation reported less breathlessness and better daily activity, and fewer "
          "were readmitted within 90 days. The Trust now has a discharge bundle embedded in the respiratory wards. "
          "Corvane learned how discharge pathways can be redesigned."),
    ("h2", "Contributions delivered"),
    ("p", "Corvane provided £64,000 for a rehab liaison physiotherapist and project management as agreed. The Trust "
          "delivered respiratory nurse and physiotherapy time and the audit support set out in the PID."),
    ("h2", "Exit"),
    ("p", "The liaison physiotherapist post was taken into the Trust's establishment in June 2025."),
    ("h2", "Learning"),
    ("p", "Starting rehab within 30 days was the hardest target because of class capacity; the Trust has added "
          "two evening classes."),
    ("h2", "Publication"),
    ("p", "Published on the websites of both organisations in October 2025, within six months of project close."),
], notes="Compliant; results in tables with merged group header cells.", headings="styles",
   footer="CRV-UK-CW-0099 | October 2025")

doc("wet_AMD_hub_outcomes_summary.txt", "outcomes-summary", [
    ("title", "Outcomes summary - Community injection hub for wet AMD"),
    ("p", "Partners: Eastmoor Teaching Hospitals NHS Trust and Nordvale Pharma Limited"),
    ("p", "Project period: February 2024 to January 2025"),
    ("h1", "Overview"),
    ("p", "The project set up a nurse-led injection hub in Eastmoor community hospital for people with wet "
          "age-related macular degeneration, so that injections could be given closer to home."),
    ("h1", "Benefits"),
    ("p", "Patients: treated in a community setting nearer home instead of travelling to the main eye unit. "
          "Trust: additional injection capacity. Nordvale: understanding of ophthalmology service models."),
    ("h1", "Outcome measures and results"),
    ("p", "To be confirmed once the data validation exercise is complete."),
    ("h1", "Lessons"),
    ("p", "Recruiting injecting nurses took four months longer than planned."),
], issues={"M": "fail", "T": "fail"},
   notes="Results section is a placeholder; nothing about publication or disclosure.", txt_style="numbered")

doc("Fernleigh_Dementia_Diagnosis_Outcomes.pdf", "outcomes-summary", [
    ("title", "Dementia diagnosis in care homes – project outcomes"),
    ("subtitle", "NHS Fernleigh Integrated Care Board and Lindqvist Pharma UK Ltd – July 2024 to June 2025"),
    ("h1", "Background"),
    ("p", "The estimated dementia diagnosis rate in Fernleigh care homes was well below the national ambition, so "
          "residents were missing out on post-diagnostic support and appropriate care planning."),
    ("h1", "What we did"),
    ("p", "A memory nurse assessed residents with suspected dementia in 40 care homes using the DiADeM tool, with "
          "GP confirmation of diagnosis and a care plan agreed with families."),
    ("h1", "Outcomes"),
    ("p", "The project went well. Care homes engaged positively, families valued the care-planning conversations, "
          "and diagnosis rates improved. The outcomes will continue to be monitored by the ICB."),
    ("h1", "Benefits"),
    ("p", "Residents with dementia: a timely diagnosis, a personalised care plan and access to post-diagnostic "
          "support. ICB: progress towards the national diagnosis ambition. Lindqvist: understanding of care home "
          "dementia pathways."),
    ("h1", "How the project was run"),
    ("p", "The ICB's mental health commissioning manager chaired the project group. Lindqvist's Regional Sales "
          "Manager co-ordinated care home engagement and prepared this report with the ICB."),
    ("h1", "Publication"),
    ("p", "This summary is published on the ICB's and Lindqvist's websites within six months of completion."),
], issues={"S": "fail", "M": "warn"},
   notes="Two-column PDF. A Regional Sales Manager co-ordinated delivery and co-wrote the report; outcomes "
         "described only qualitatively.",
   layout="two", header="NHS Fernleigh ICB / Lindqvist", page_numbers=True)

# ------------------------------------------------------------ AMENDMENTS ----
doc("Amendment 01 - HF In-Reach PID.docx", "amendment", [
    ("title", "Project Amendment Form"),
    ("kv", [("Name of project", "Heart Failure In-Reach and Medicines Optimisation Service"),
            ("Project owners", "Dr Priya Nandakumar, Clinical Director, Wrexford and Dale NHS Foundation Trust; "
                               "Tom Ellery, Head of NHS Partnerships, Halvard Pharmaceuticals UK Limited"),
            ("Amendment requested", "Recruitment to the specialist nurse post took longer than planned. The start of "
                                    "the nurse-led clinic moves from September 2025 to November 2025 and the end "
                                    "date moves from Q2 2027 to Q3 2027, keeping the 24-month delivery period."),
            ("Impact – timelines", "All milestones after recruitment move by two months. Interim evaluation now "
                                   "November 2026."),
            ("Impact – logistics", "Clinic room bookings re-scheduled; no change to the steering group."),
            ("Impact – finances", "No change to the total contribution of either party. Halvard's quarterly "
                                  "payments re-profiled to follow the new start date."),
            ("Public summary", "The executive summary will be updated with the new dates and re-certified."),
            ("Submitted to steering group", "8 August 2025"),
            ("Approved", "Trust: Clinical Director, 15 August 2025. Halvard: Head of NHS Partnerships and UK Medical "
                         "Director, 18 August 2025."),
            ]),
], notes="Compliant amendment: date change only, impact stated, approved by both parties.",
   header="Wrexford and Dale NHS FT / Halvard", footer="Amendment 01")

doc("CBT_AF_Amendment_2.pdf", "amendment", [
    ("title", "Project Amendment Request – No. 2"),
    ("kv", [("Project", "Finding undiagnosed atrial fibrillation (Calder Brook NHS Trust / Arvoline UK Ltd)"),
            ("Change requested", "Nadia Fairweather (Head of Market Access) is leaving the project. Arvoline's "
                                 "project lead from 1 October 2025 will be Jon Pike, Key Account Manager (North), "
                                 "who will join the steering group and take over liaison with participating "
                                 "pharmacies."),
            ("Reason", "Internal restructure at Arvoline."),
            ("Impact on timeline", "None."),
            ("Impact on budget", "None."),
            ("Impact on logistics", "New contact details to be circulated to pharmacies."),
            ("Submitted", "12 September 2025"),
            ("Approval", "Steering group, 19 September 2025"),
            ]),
], issues={"S": "fail"},
   notes="Administrative-looking change that puts a Key Account Manager in the steering group and pharmacy liaison.",
   layout="single", footer="Calder Brook NHS Trust – project change control")

doc("kv-cyp-asthma-amendment-3.md", "amendment", [
    ("title", "Project amendment 3 – Children and young people's asthma community clinics"),
    ("p", "**Project owners:** Joanna Reid (NHS Kestrel Vale ICB); Hugo Stanton (Tessaly Pharma UK Limited)  "),
    ("p", "**Date submitted:** 3 November 2025"),
    ("h1", "What is changing"),
    ("numbered", ["Add a fourth clinic site at Northside family hub from January 2026.",
                  "Add a new objective: increase uptake of Aerolith, Tessaly's market-leading preventer inhaler, "
                  "among children reviewed in clinic."]),
    ("h1", "Impact"),
    ("p", "Timeline: none. Logistics: nurse rota extended to a fourth site. Finance: Tessaly adds £8,000 for the "
          "extra site; ICB adds hub room time."),
    ("h1", "Approval"),
    ("p", "For decision at the steering group on 17 November 2025."),
], issues={"P": "fail"},
   notes="Markdown amendment that quietly adds a brand-uptake objective with 'market-leading'.")

# --------------------------------------------------------------- UNKNOWN ----
doc("RE_ Stratton PCN hypertension project - next steps.txt", "unknown", [
    ("raw", "From: Marcus Hale <marcus.hale@halvard.co.uk>\n"
            "Sent: 14 October 2025 16:42\n"
            "To: Dr Nisha Patel <nisha.patel4@nhs.net>\n"
            "Cc: Rebecca Sloane <rebecca.sloane@halvard.co.uk>\n"
            "Subject: RE: Stratton PCN hypertension project - next steps\n"
            "\n"
            "Hi Nisha,\n"
            "\n"
            "Thanks for the call earlier. Just to confirm what we agreed:\n"
            "\n"
            "- I'll draft the PID over the next fortnight and send it to you and the PCN managers.\n"
            "- Rebecca (our Key Account Manager for Stratton) will go round the seven practices next week to sign "
            "them up to the project and book the pharmacist clinic days.\n"
            "- You'll take the proposal to the PCN board on 28 October.\n"
            "\n"
            "Once we have the practices on board we can agree the search criteria.\n"
            "\n"
            "Best wishes,\n"
            "Marcus\n"
            "Marcus Hale | NHS Partnerships Manager | Halvard Pharmaceuticals UK Limited\n"
            "\n"
            "-----Original Message-----\n"
            "From: Dr Nisha Patel <nisha.patel4@nhs.net>\n"
            "Sent: 14 October 2025 11:05\n"
            "To: Marcus Hale <marcus.hale@halvard.co.uk>\n"
            "Subject: Stratton PCN hypertension project - next steps\n"
            "\n"
            "Dear Marcus,\n"
            "\n"
            "Following our meeting, the PCN is keen to go ahead with the blood pressure optimisation idea. Our "
            "concern is capacity - we can give clinical leadership and rooms, but we need help with pharmacist "
            "time. Could you set out what Halvard could contribute, and how practices would be approached?\n"
            "\n"
            "Kind regards,\n"
            "Nisha\n"
            "Dr Nisha Patel, Clinical Director, Stratton PCN"),
], issues={"S": "fail"},
   notes="Email thread (unknown type): a Key Account Manager is to sign practices up and book clinics – "
         "sales involvement in delivery.")

doc("PE-JW-programme-slides-outline.md", "unknown", [
    ("title", "Slide outline: Joint working in Pennine East – board development session"),
    ("p", "_Speaker notes for a 20-minute session to the Pennine East Trust board, prepared by the Trust's "
          "partnerships office. Draft for review._"),
    ("h2", "Slide 1 – Title"),
    ("bullets", ["Working with the pharmaceutical industry: what joint working is and is not"]),
    ("h2", "Slide 2 – Why we are discussing this"),
    ("bullets", ["Three proposals received from companies this year",
                 "Need a consistent approach that protects patients and the Trust's reputation"]),
    ("h2", "Slide 3 – The rules in one slide"),
    ("bullets", ["Written agreement; public summary before the start",
                 "Significant contributions from both sides; benefit to patients first",
                 "No link to prescribing any medicine; clinical decisions stay with our clinicians",
                 "Company representatives and other sales staff are not part of project teams"]),
    ("h2", "Slide 4 – Our process"),
    ("bullets", ["Concept framework to the Partnerships Panel",
                 "PID and agreement reviewed by pharmacy, IG and legal",
                 "Outcomes published within six months of the end"]),
    ("h2", "Slide 5 – Questions for the board"),
    ("bullets", ["Do we want a standing Partnerships Panel?",
                 "Who signs agreements under our scheme of delegation?"]),
], notes="Slide-deck outline (unknown type) that talks about the rules but promotes nothing and involves "
         "no sales staff.")


# ==========================================================================
# build, label, check
# ==========================================================================
_ES_DATA_WORDS = re.compile(r"\b(data|records?|data[- ]sharing|personal information|patient information)\b", re.I)


def block_texts(d):
    """All visible strings of a document (for self-checks)."""
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "h3", "p", "raw"):
            out.append(b[1])
        elif k in ("bullets", "numbered"):
            out += list(b[1])
        elif k == "clauses":
            out += [t for _, t in b[1]]
        elif k == "kv":
            for kk, v in b[1]:
                out += [kk] + v.split("\n")
        elif k == "table":
            s = b[1]
            out += [s.get("title") or ""] + [g for g, _ in s.get("groups") or []] + list(s.get("header") or [])
            for r in s["rows"]:
                for v in r:
                    out += str(v).split("\n")
        elif k == "sig":
            for p in b[1]:
                out += list(p)
    for key in ("header", "footer"):
        if d["opts"].get(key):
            out.append(d["opts"][key])
    return [plain(t) for t in out if t]


def validate_definitions():
    names = set()
    for d in DOCS:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        assert Path(d["name"]).suffix in WRITERS, d["name"]
        for k, v in d["issues"].items():
            assert k in SHORT and v in ("fail", "warn"), (d["name"], k, v)
        if d["type"] == "executive-summary" and not d["es_data"]:
            hits = [t for t in block_texts(d) if _ES_DATA_WORDS.search(t)]
            assert not hits, (d["name"], "mentions data but es_data=False", hits)
        outcomes_for(d)


def build():
    validate_definitions()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    wanted = {d["name"] for d in DOCS}
    for old in OUT_DIR.iterdir():
        if old.is_file() and old.name not in wanted:
            old.unlink()
    labels = {}
    for d in DOCS:
        WRITERS[Path(d["name"]).suffix](d, OUT_DIR / d["name"])
        labels[d["name"]] = {"type": d["type"], "error": None, "split": "dev",
                             "outcomes": outcomes_for(d), "notes": d["notes"]}
    LABELS.write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return labels


def extract_text(path):
    suf = path.suffix
    if suf == ".docx":
        from docx import Document
        docx = Document(str(path))
        parts = [p.text for p in docx.paragraphs]

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        walk_tables(c.tables)
        walk_tables(docx.tables)
        for s in docx.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check(labels):
    norm = lambda s: re.sub(r"[^a-z0-9£%]", "", s.lower())
    problems = 0
    for d in DOCS:
        text = norm(extract_text(OUT_DIR / d["name"]))
        for t in block_texts(d):
            snippet = norm(t)[:60]
            if snippet and snippet not in text:
                problems += 1
                print(f"MISSING in {d['name']}: {t[:70]!r}")
    # pdfplumber must also open every PDF
    import pdfplumber
    for d in DOCS:
        if d["name"].endswith(".pdf"):
            with pdfplumber.open(str(OUT_DIR / d["name"])) as pdf:
                assert pdf.pages and (pdf.pages[0].extract_text() or "").strip(), d["name"]
    # summary
    from collections import Counter
    types = Counter(v["type"] for v in labels.values())
    fmts = Counter(Path(k).suffix for k in labels)
    print(f"{len(labels)} documents; types: {dict(types)}; formats: {dict(fmts)}")
    compliant = sum(1 for v in labels.values() if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    print(f"fully compliant: {compliant}")
    print(f"{'rule':24} pass fail warn  n/a")
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        print(f"{r:24} {c['pass']:4} {c['fail']:4} {c['warn']:4} {c['n/a']:4}")
    ftype = Counter()
    for k, v in labels.items():
        ftype[(v["type"], Path(k).suffix)] += 1
    print("type x format:", dict(sorted(ftype.items())))
    print("text problems:", problems)
    return problems


if __name__ == "__main__":
    lab = build()
    if "--check" in sys.argv:
        sys.exit(1 if check(lab) else 0)
    print(f"wrote {len(lab)} documents to {OUT_DIR} and labels to {LABELS}")
