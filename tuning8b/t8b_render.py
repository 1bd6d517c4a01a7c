"""Rendering of the tuning8b document model to .docx (python-docx) and .pdf (reportlab).

Block model (tuples):
  ("h1", text) ("h2", text) ("p", text) ("b", [items]) ("n", [items])
  ("t", header, rows[, widths])   ruled table; widths are fractions of the text width
  ("kv", rows)                     two-column label/value form
  ("pb",)                          page break
  ("toc",)                         contents list built from h1 headings
  ("cols", 1|2)                    PDF only: continue in one or two text columns (new page)
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, ListFlowable,
                                ListItem, KeepTogether)
from reportlab.platypus.tableofcontents import TableOfContents


# ----------------------------------------------------------------------------- DOCX
def _add_page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _docx_table(doc, header, rows, widths=None, style="Table Grid"):
    ncol = len(header) if header else len(rows[0])
    table = doc.add_table(rows=0, cols=ncol)
    table.style = style
    if header:
        cells = table.add_row().cells
        for i, h in enumerate(header):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(str(h))
            run.bold = True
            run.font.size = Pt(9)
    for row in rows:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(str(v))
            run.font.size = Pt(9)
    if widths:
        total = 16.0
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(total * w)
    doc.add_paragraph()


def write_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = spec["header_left"] + "\t\t" + spec["header_right"]
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = spec["footer"] + "    Page "
    fp.runs[0].font.size = Pt(8)
    _add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # cover
    for i, line in enumerate(spec.get("cover", [])):
        p = doc.add_paragraph()
        r = p.add_run(line)
        if i == 0:
            r.bold = True
            r.font.size = Pt(18)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        else:
            r.font.size = Pt(11)
    h1s = [b[1] for b in spec["blocks"] if b[0] == "h1"]
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "b":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "t":
            _docx_table(doc, b[1], b[2], b[3] if len(b) > 3 else None)
        elif kind == "kv":
            _docx_table(doc, None, b[1], [0.32, 0.68])
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading(spec.get("toc_title", "Contents"), level=1)
            for h in h1s:
                doc.add_paragraph(h)
        elif kind == "cols":
            pass
        else:
            raise ValueError(kind)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec["title"]
    doc.save(path)


# ----------------------------------------------------------------------------- PDF
_SS = getSampleStyleSheet()
_BODY = ParagraphStyle("t8body", parent=_SS["BodyText"], fontName="Helvetica", fontSize=9.5,
                       leading=12.5, spaceAfter=5)
_H1 = ParagraphStyle("t8h1", parent=_SS["Heading1"], fontName="Helvetica-Bold", fontSize=13,
                     leading=16, spaceBefore=8, spaceAfter=6, textColor=colors.HexColor("#1f3a5f"))
_H2 = ParagraphStyle("t8h2", parent=_SS["Heading2"], fontName="Helvetica-Bold", fontSize=10.5,
                     leading=13, spaceBefore=6, spaceAfter=4)
_CELL = ParagraphStyle("t8cell", parent=_BODY, fontSize=8, leading=10, spaceAfter=0)
_COVER1 = ParagraphStyle("t8c1", parent=_H1, fontSize=20, leading=25, spaceAfter=14)
_COVER = ParagraphStyle("t8c", parent=_BODY, fontSize=11, leading=15)


class _Doc(BaseDocTemplate):
    def __init__(self, path, spec):
        super().__init__(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                         topMargin=2.3 * cm, bottomMargin=2 * cm, title=spec["title"],
                         author=spec.get("author", ""))
        self.spec = spec
        w, h = A4
        fw = w - 4 * cm
        fh = h - 4.3 * cm
        one = Frame(2 * cm, 2 * cm, fw, fh, id="one")
        gap = 0.6 * cm
        cw = (fw - gap) / 2
        left = Frame(2 * cm, 2 * cm, cw, fh, id="left")
        right = Frame(2 * cm + cw + gap, 2 * cm, cw, fh, id="right")
        self.addPageTemplates([PageTemplate("one", [one], onPage=self._decorate),
                               PageTemplate("two", [left, right], onPage=self._decorate)])

    def _decorate(self, canv, doc):
        s = self.spec
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(2 * cm, h - 1.3 * cm, s["header_left"])
        canv.drawRightString(w - 2 * cm, h - 1.3 * cm, s["header_right"])
        canv.setLineWidth(0.4)
        canv.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        canv.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
        canv.drawString(2 * cm, 1.15 * cm, s["footer"])
        canv.drawRightString(w - 2 * cm, 1.15 * cm, "Page %d" % doc.page)
        canv.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name == "t8h1":
            self.notify("TOCEntry", (0, fl.getPlainText(), self.page))


def _p(text, style=_BODY):
    return Paragraph(escape(text), style)


def _pdf_table(header, rows, widths, avail):
    data = []
    if header:
        data.append([Paragraph("<b>%s</b>" % escape(str(h)), _CELL) for h in header])
    for r in rows:
        data.append([_p(str(v), _CELL) for v in r])
    ncol = len(data[0])
    if not widths:
        widths = [1.0 / ncol] * ncol
    t = Table(data, colWidths=[avail * w for w in widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    else:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f5")))
    t.setStyle(TableStyle(style))
    return t


def write_pdf(spec, path):
    doc = _Doc(path, spec)
    full = A4[0] - 4 * cm
    avail = full
    story = []
    for i, line in enumerate(spec.get("cover", [])):
        story.append(_p(line, _COVER1 if i == 0 else _COVER))
    story.append(Spacer(1, 10))
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            story.append(_p(b[1], _H1))
        elif kind == "h2":
            story.append(_p(b[1], _H2))
        elif kind == "p":
            story.append(_p(b[1]))
        elif kind in ("b", "n"):
            items = [ListItem(_p(it), leftIndent=12) for it in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "b" else "1",
                                      start=None if kind == "n" else "\u2022",
                                      leftIndent=12, bulletFontSize=8))
        elif kind == "t":
            story.append(_pdf_table(b[1], b[2], b[3] if len(b) > 3 else None, avail))
            story.append(Spacer(1, 8))
        elif kind == "kv":
            story.append(_pdf_table(None, b[1], [0.3, 0.7], avail))
            story.append(Spacer(1, 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "toc":
            toc = TableOfContents()
            toc.levelStyles = [ParagraphStyle("t8toc", parent=_BODY, fontSize=9.5, leading=13)]
            story.append(Paragraph(escape(spec.get("toc_title", "Contents")),
                                   ParagraphStyle("t8toch", parent=_H1)))
            story.append(toc)
        elif kind == "cols":
            if b[1] == 2:
                story.append(NextPageTemplate("two"))
                avail = (full - 0.6 * cm) / 2
            else:
                story.append(NextPageTemplate("one"))
                avail = full
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.multiBuild(story)


def write(spec, path):
    if spec["fmt"] == "pdf":
        write_pdf(spec, path)
    else:
        write_docx(spec, path)


# ----------------------------------------------------------------------------- text extraction
def extract_text(path):
    if str(path).endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(str(path))
        return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts), None
