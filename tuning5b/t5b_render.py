"""Renderers for tuning5b documents: docx, pdf (one- or two-column, running header/footer), txt.
A document is: title (str), sections: list of (heading, blocks); block is str or ("table", rows)."""
from datetime import datetime
from docx import Document
from reportlab import rl_config
rl_config.invariant = 1  # deterministic PDF bytes
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.lib import colors
from xml.sax.saxutils import escape


def render_docx(doc, path):
    d = Document()
    d.core_properties.created = datetime(2026, 1, 1)
    d.core_properties.modified = datetime(2026, 1, 1)
    d.core_properties.author = "tuning5b"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(doc["title"], level=0)
    for heading, blocks in doc["sections"]:
        if heading:
            d.add_heading(heading, level=1)
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
            else:
                d.add_paragraph(b)
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    d.save(path)


def render_pdf(doc, path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=9.5, leading=12)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontSize=11)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10)
    two = doc.get("columns", 1) == 2
    W, H = A4
    margin = 18 * mm

    def on_page(canvas, _d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if doc.get("header"):
            canvas.drawString(margin, H - 11 * mm, doc["header"])
        if doc.get("footer"):
            canvas.drawString(margin, 9 * mm, "%s   |   page %d" % (doc["footer"], canvas.getPageNumber()))
        canvas.restoreState()

    if two:
        gap = 6 * mm
        cw = (W - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, cw, H - 2 * margin, id="l"),
                  Frame(margin + cw + gap, margin, cw, H - 2 * margin, id="r")]
    else:
        cw = W - 2 * margin
        frames = [Frame(margin, margin, cw, H - 2 * margin, id="f")]
    dt = BaseDocTemplate(path, pagesize=A4, title=doc["title"], author="tuning5b")
    dt.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    story = [Paragraph(escape(doc["title"]), ss["Title"] if not two else h), Spacer(1, 6)]
    for heading, blocks in doc["sections"]:
        if heading:
            story.append(Paragraph(escape(heading), h))
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                rows = [[Paragraph(escape(c), cell) for c in r] for r in b[1]]
                n = len(b[1][0])
                t = Table(rows, colWidths=[cw / n] * n)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [t, Spacer(1, 5)]
            else:
                story.append(Paragraph(escape(b), body))
                story.append(Spacer(1, 3))
    dt.build(story)


def render_txt(doc, path):
    out = [doc["title"], "=" * len(doc["title"]), ""]
    for heading, blocks in doc["sections"]:
        if heading:
            out += [heading.upper(), ""]
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                for r in b[1]:
                    out.append(" | ".join(c if c else "-" for c in r))
                out.append("")
            else:
                out += [b, ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def extract_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        parts += [p.text for p in d.sections[0].footer.paragraphs]
        return "\n".join(parts)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    with open(path, encoding="utf-8") as f:
        return f.read()
