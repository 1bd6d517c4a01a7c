"""Rendering helpers for the tuning4b generator.

A document is a dict with keys: file, type, title, blocks, labels, notes, must.
Blocks: ("h1", text) ("h2", text) ("p", text) ("b", [items]) ("t", [[row], ...]).
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, ListFlowable, ListItem)


def write_docx(path, doc):
    import datetime
    d = Document()
    fixed = datetime.datetime(2027, 1, 1, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = "tuning4b generator"
    d.core_properties.title = doc["title"]
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading(doc["title"], level=0)
    for kind, val in doc["blocks"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_pdf(path, doc):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=11.5, leading=17, spaceAfter=9)
    cellst = ParagraphStyle("c", parent=body, fontSize=10, leading=13, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold",
                        fontSize=13.5, spaceBefore=12, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold",
                        fontSize=11.5, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold",
                           fontSize=17, leading=21)
    story = [Paragraph(escape(doc["title"]), title), Spacer(1, 8)]
    for kind, val in doc["blocks"]:
        if kind == "h1":
            story.append(Paragraph(escape(val), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(val), h2))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind == "b":
            story.append(ListFlowable(
                [ListItem(Paragraph(escape(i), body), leftIndent=12) for i in val],
                bulletType="bullet", start="\u2022", leftIndent=14))
        elif kind == "t":
            ncol = len(val[0])
            width = 16.0 * cm / ncol
            data = [[Paragraph(escape(c), cellst) for c in row] for row in val]
            tb = Table(data, colWidths=[width] * ncol, repeatRows=1)
            tb.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(tb)
            story.append(Spacer(1, 8))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                      topMargin=2.3 * cm, bottomMargin=2.3 * cm,
                      title=doc["title"]).build(story)


def write_text(path, doc):
    md = path.endswith(".md")
    out = [("# " if md else "") + doc["title"], ""]
    if not md:
        out.append("=" * min(len(doc["title"]), 78))
        out.append("")
    for kind, val in doc["blocks"]:
        if kind == "h1":
            out += [("## " if md else "") + val, ""] if md else [val.upper(), ""]
        elif kind == "h2":
            out += [("### " if md else "") + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "b":
            out += [("- " if md else "  * ") + i for i in val] + [""]
        elif kind == "t":
            if md:
                out.append("| " + " | ".join(val[0]) + " |")
                out.append("|" + "---|" * len(val[0]))
                for r in val[1:]:
                    out.append("| " + " | ".join(r) + " |")
            else:
                for r in val:
                    out.append("  " + "  |  ".join(r))
            out.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def write(doc, outdir):
    path = os.path.join(outdir, doc["file"])
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        write_docx(path, doc)
    elif ext == ".pdf":
        write_pdf(path, doc)
    else:
        write_text(path, doc)
    return path


def read_back(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None
