"""Render a document spec (list of blocks) to .docx or .pdf, and extract text back for --check."""
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from xml.sax.saxutils import escape


def write_docx(path, title, blocks):
    d = Document()
    d.core_properties.author = "jwreview tuning6a"
    d.add_heading(title, 0)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, 1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(path)


def write_pdf(path, title, blocks):
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author="jwreview tuning6a",
                            invariant=1)
    story = [Paragraph(escape(title), ss["Title"])]
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(escape(val), ss["BodyText"]))
        elif kind == "b":
            story.append(Paragraph("&bull; " + escape(val), ss["BodyText"]))
        elif kind == "t":
            data = [[Paragraph(escape(c), ss["BodyText"]) for c in row] for row in val]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    doc.build(story)


def read_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
