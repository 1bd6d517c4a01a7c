"""Rendering of the tuning11a document model to .docx (python-docx) and .pdf (reportlab).

A document is a dict with keys:
  meta: {"header": str, "footer": str, "layout": "plain"|"twocol"|"ruled", "cover": [str, ...] or None}
  blocks: list of tuples
    ("title", text)            large heading
    ("h1", text) / ("h2", text)
    ("p", text)                plain paragraph
    ("lp", label, text)        paragraph with bold lead-in label
    ("bullets", [text, ...])   bulleted list
    ("numbered", [text, ...])  numbered list
    ("table", [[cell, ...], ...])  first row is the header row
    ("kv", [[label, value], ...])  two-column label/value form
    ("pagebreak",)
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)


# ----------------------------------------------------------------------------- docx
def _add_page_field(paragraph):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _docx_table(doc, rows, header=True):
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j in range(ncols):
            text = row[j] if j < len(row) else ""
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(text)
            run.font.size = Pt(9.5)
            if (header and i == 0) or (not header and j == 0):
                run.bold = True
    doc.add_paragraph()


def render_docx(model, path):
    meta = model["meta"]
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = meta.get("author", "Project Office")
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(10.5)
    section = doc.sections[0]
    if meta.get("header"):
        hp = section.header.paragraphs[0]
        hp.text = meta["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = (meta.get("footer") or "") + "   Page "
    _add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if meta.get("cover"):
        for k, line in enumerate(meta["cover"]):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = k == 0
            r.font.size = Pt(20 if k == 0 else 12)
        doc.add_page_break()
    for block in model["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "lp":
            p = doc.add_paragraph()
            p.add_run(block[1] + " ").bold = True
            p.add_run(block[2])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _docx_table(doc, block[1], header=True)
        elif kind == "kv":
            _docx_table(doc, block[1], header=False)
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)


# ----------------------------------------------------------------------------- pdf
def _styles():
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5,
                          leading=12.5, spaceAfter=5)
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=16,
                                leading=20, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12,
                             leading=15, spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor("#1f3864")),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10.5,
                             leading=13, spaceBefore=5, spaceAfter=3),
        "p": base,
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5, spaceAfter=0),
        "cover": ParagraphStyle("cv", parent=base, fontSize=13, leading=18, alignment=TA_CENTER),
        "coverb": ParagraphStyle("cvb", parent=base, fontName="Helvetica-Bold", fontSize=20,
                                 leading=26, alignment=TA_CENTER, spaceAfter=14),
    }


def _pdf_table(rows, width, st, layout, header=True):
    ncols = max(len(r) for r in rows)
    data = []
    for i, row in enumerate(rows):
        line = []
        for j in range(ncols):
            text = escape(row[j]) if j < len(row) else ""
            bold = (header and i == 0) or (not header and j == 0)
            line.append(Paragraph(text, st["cellb"] if bold else st["cell"]))
        data.append(line)
    if header:
        widths = [width / ncols] * ncols
    else:
        widths = [width * 0.32, width * 0.68] if ncols == 2 else [width / ncols] * ncols
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if layout == "ruled":
        cmds += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]
    else:
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.grey),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(model, path):
    meta = model["meta"]
    st = _styles()
    layout = meta.get("layout", "plain")
    lm = rm = 18 * mm
    width = A4[0] - lm - rm
    height = A4[1] - 44 * mm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if meta.get("header"):
            canv.drawRightString(A4[0] - rm, A4[1] - 12 * mm, meta["header"])
            canv.line(lm, A4[1] - 14 * mm, A4[0] - rm, A4[1] - 14 * mm)
        canv.drawString(lm, 10 * mm, meta.get("footer") or "")
        canv.drawRightString(A4[0] - rm, 10 * mm, "Page %d" % doc.page)
        canv.restoreState()

    single = Frame(lm, 20 * mm, width, height, id="single")
    if layout == "twocol":
        gap = 7 * mm
        cw = (width - gap) / 2
        body_frames = [Frame(lm, 20 * mm, cw, height, id="c1"),
                       Frame(lm + cw + gap, 20 * mm, cw, height, id="c2")]
        col_width = cw
    else:
        body_frames = [Frame(lm, 20 * mm, width, height, id="body")]
        col_width = width
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm,
                          title=meta.get("doc_title", ""), author=meta.get("author", ""),
                          invariant=1)
    templates = []
    story = []
    if meta.get("cover"):
        templates.append(PageTemplate(id="cover", frames=[single], onPage=on_page))
        story.append(Spacer(1, 60 * mm))
        for k, line in enumerate(meta["cover"]):
            story.append(Paragraph(escape(line), st["coverb"] if k == 0 else st["cover"]))
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())
    templates.append(PageTemplate(id="body", frames=body_frames, onPage=on_page))
    doc.addPageTemplates(templates)
    for block in model["blocks"]:
        kind = block[0]
        if kind in ("title", "h1", "h2", "p"):
            story.append(Paragraph(escape(block[1]), st[kind]))
        elif kind == "lp":
            story.append(Paragraph("<b>%s</b> %s" % (escape(block[1]), escape(block[2])), st["p"]))
        elif kind == "bullets":
            for item in block[1]:
                story.append(Paragraph(escape(item), st["p"], bulletText="\u2022"))
        elif kind == "numbered":
            for n, item in enumerate(block[1], 1):
                story.append(Paragraph(escape(item), st["p"], bulletText="%d." % n))
        elif kind in ("table", "kv"):
            story.append(_pdf_table(block[1], col_width, st, layout, header=(kind == "table")))
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


# ----------------------------------------------------------------------------- text extraction
def extract_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = []

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk_tables(cell.tables)

        parts.extend(p.text for p in d.paragraphs)
        walk_tables(d.tables)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def normalise(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.lower().split())
