"""Rendering helpers for tuning6b: docx and pdf writers (deterministic)."""
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.lib import colors
from xml.sax.saxutils import escape


def write_docx(path, title, sections):
    d = Document()
    import datetime
    d.core_properties.author = "tuning6b"
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = "tuning6b"
    d.add_heading(title, 0)
    for head, items in sections:
        if head:
            d.add_heading(head, 1)
        for it in items:
            if isinstance(it, list):  # table rows
                t = d.add_table(rows=len(it), cols=len(it[0]))
                for r, row in enumerate(it):
                    for c, cell in enumerate(row):
                        t.cell(r, c).text = cell
            else:
                d.add_paragraph(it)
    d.save(path)
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the docx zip with fixed timestamps so output is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_pdf(path, title, sections, two_col=False, header=None, footer=None):
    ss = getSampleStyleSheet()
    w, h = A4
    if two_col:
        frames = [Frame(40, 50, (w - 100) / 2, h - 110, id="l"),
                  Frame(60 + (w - 100) / 2, 50, (w - 100) / 2, h - 110, id="r")]
    else:
        frames = [Frame(50, 50, w - 100, h - 110, id="m")]

    def deco(c, doc):
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(50, h - 35, header)
        if footer:
            c.drawString(50, 30, "%s  |  Page %d" % (footer, doc.page))

    doc = BaseDocTemplate(path, pagesize=A4, title=title, author="tuning6b",
                          invariant=1)
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    story = [Paragraph(escape(title), ss["Title"])]
    for head, items in sections:
        if head:
            story.append(Paragraph(escape(head), ss["Heading2"]))
        for it in items:
            if isinstance(it, list):
                cw = ((w - 100) / 2 if two_col else (w - 100)) / len(it[0])
                data = [[Paragraph(escape(c), ss["BodyText"]) for c in row] for row in it]
                t = Table(data, colWidths=[cw] * len(it[0]))
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
            else:
                story.append(Paragraph(escape(it), ss["BodyText"]))
            story.append(Spacer(1, 4))
    doc.build(story)


def read_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    from pypdf import PdfReader  # noqa
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
