"""Render simple block lists to .docx, .pdf, .md and .txt (tuning3a set)."""
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, ListFlowable, ListItem)

# Block kinds: ("title", s) ("h", s) ("h2", s) ("p", s) ("ul", [s]) ("table", rows)
# ("small", s) - rows[0] is the header row.


def to_docx(blocks, path, font="Calibri"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind in ("p", "small"):
            para = d.add_paragraph(val)
            if kind == "small":
                for r in para.runs:
                    r.font.size = Pt(8)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.font.bold = True
            d.add_paragraph("")
    d.save(path)


def to_pdf(blocks, path, font="Helvetica"):
    ss = getSampleStyleSheet()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName=font, fontSize=10, leading=13.5)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName=bold)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName=bold)
    ti = ParagraphStyle("t", parent=ss["Title"], fontName=bold, fontSize=16)
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(escape(val), ti))
        elif kind == "h":
            story.append(Paragraph(escape(val), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(val), h2))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind == "small":
            story.append(Paragraph(escape(val), small))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(escape(x), body)) for x in val],
                                      bulletType="bullet"))
        elif kind == "table":
            data = [[Paragraph(escape(str(c)), cell) for c in row] for row in val]
            ncol = len(val[0])
            t = Table(data, colWidths=[170 * mm / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)


def to_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val)
        elif kind == "h":
            out.append("## " + val)
        elif kind == "h2":
            out.append("### " + val)
        elif kind in ("p", "small"):
            out.append(val)
        elif kind == "ul":
            out.append("\n".join("- " + x for x in val))
        elif kind == "table":
            rows = [[str(c).replace("|", "/") for c in r] for r in val]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def to_txt(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * len(val)]
        elif kind in ("h", "h2"):
            out += [val, "-" * len(val)]
        elif kind in ("p", "small"):
            out.append(val)
        elif kind == "ul":
            out += ["  * " + x for x in val]
        elif kind == "table":
            for r in val:
                out.append(" ; ".join(str(c) for c in r))
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(blocks, path, font="Helvetica"):
    if path.endswith(".docx"):
        to_docx(blocks, path, {"Helvetica": "Calibri", "Times-Roman": "Georgia"}[font])
    elif path.endswith(".pdf"):
        to_pdf(blocks, path, font)
    elif path.endswith(".md"):
        to_md(blocks, path)
    else:
        to_txt(blocks, path)


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages), len(pdf.pages)
    with open(path, encoding="utf-8") as f:
        return f.read()
