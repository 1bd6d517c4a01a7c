"""Renderers for tuning4a documents. Blocks: ("title",s) ("h",s) ("p",s) ("b",[items]) ("t",[[row],...])"""
import re
from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from xml.sax.saxutils import escape


def to_docx(blocks, path):
    d = Document()
    d.core_properties.author = "tuning4a"
    d.core_properties.created = __import__("datetime").datetime(2026, 1, 1)
    d.core_properties.modified = __import__("datetime").datetime(2026, 1, 1)
    st = d.styles["Normal"]; st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    d.save(path)


def to_pdf(blocks, path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=11.5, leading=16.5, spaceAfter=8)
    cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    story = []
    for kind, val in blocks:
        if kind == "title":
            story += [Paragraph(escape(val), ss["Title"]), Spacer(1, 8)]
        elif kind == "h":
            story.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind == "b":
            for it in val:
                story.append(Paragraph("&bull; " + escape(it), body))
        elif kind == "t":
            n = len(val[0]); w = 480.0 / n
            data = [[Paragraph(escape(c), cell) for c in row] for row in val]
            t = Table(data, colWidths=[w] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 10)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=55, rightMargin=55, topMargin=60, bottomMargin=60,
                            invariant=1, title=blocks[0][1], author="tuning4a")
    doc.build(story)


def to_text(blocks, path, md=True):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(("# " if md else "") + val + ("" if md else "\n" + "=" * len(val)))
        elif kind == "h":
            out.append(("## " if md else "") + val + ("" if md else "\n" + "-" * len(val)))
        elif kind == "p":
            out.append(val)
        elif kind == "b":
            out.append("\n".join(("- " if md else "* ") + it for it in val))
        elif kind == "t":
            if md:
                rows = ["| " + " | ".join(r) + " |" for r in val]
                rows.insert(1, "|" + "---|" * len(val[0]))
            else:
                rows = ["  ".join(c.ljust(22) for c in r).rstrip() for r in val]
            out.append("\n".join(rows))
        out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out))


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        txt = "\n".join(parts)
    elif path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            txt = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
            txt += "\n[pages=%d]" % len(pdf.pages)
    else:
        txt = open(path, encoding="utf-8").read()
    return txt


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()
