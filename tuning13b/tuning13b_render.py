"""Renderers for the tuning13b document set (python-docx and reportlab).

A document is a dict with keys: header, footer, layout ("single" | "twocol"),
blocks (list of tuples).  Block kinds:
  ("t", text) title, ("st", text) subtitle, ("h", text) heading, ("h2", text),
  ("p", text), ("b", [items]) bullets, ("n", [items]) numbered,
  ("tbl", rows) table whose first row is a header, ("kv", [(label, value)]),
  ("sig", [(org, name, role)]), ("br",) page break, ("small", text).
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, ListFlowable,
                                ListItem)


# ----------------------------------------------------------------- docx ----
def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _docx_table(doc, rows, header=True, widths=None):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = table.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
    doc.add_paragraph()
    return table


def render_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10.5))
    sec = doc.sections[0]
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (spec.get("footer") or "") + "   Page "
    _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "t":
            h = doc.add_heading(blk[1], level=0)
        elif kind == "st":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif kind == "h":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.font.size = Pt(8)
        elif kind == "b":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "tbl":
            _docx_table(doc, blk[1], header=True)
        elif kind == "kv":
            t = _docx_table(doc, [list(r) for r in blk[1]], header=False)
            for row in t.rows:
                for r in row.cells[0].paragraphs[0].runs:
                    r.bold = True
        elif kind == "sig":
            rows = [["Signed for and on behalf of", "Name / role", "Signature", "Date"]]
            for org, name, role in blk[1]:
                rows.append([org, f"{name}, {role}", "", ""])
            _docx_table(doc, rows, header=True)
        elif kind == "br":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec.get("title", "")
    doc.save(path)


# ------------------------------------------------------------------ pdf ----
_SS = getSampleStyleSheet()
_ST = {
    "t": ParagraphStyle("t", parent=_SS["Title"], fontSize=17, leading=21),
    "st": ParagraphStyle("st", parent=_SS["Normal"], fontName="Helvetica-Oblique",
                         fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=8),
    "h": ParagraphStyle("h", parent=_SS["Heading2"], fontSize=12.5, leading=15,
                        spaceBefore=8, spaceAfter=4),
    "h2": ParagraphStyle("h2", parent=_SS["Heading3"], fontSize=11, leading=13,
                         spaceBefore=6, spaceAfter=3),
    "p": ParagraphStyle("p", parent=_SS["Normal"], fontSize=9.6, leading=12.4,
                        spaceAfter=5),
    "small": ParagraphStyle("small", parent=_SS["Normal"], fontSize=7.5, leading=9.5),
    "cell": ParagraphStyle("cell", parent=_SS["Normal"], fontSize=8.6, leading=10.6),
    "cellb": ParagraphStyle("cellb", parent=_SS["Normal"], fontName="Helvetica-Bold",
                            fontSize=8.6, leading=10.6),
}


def _para(text, style):
    return Paragraph(escape(text), _ST[style])


def _pdf_table(rows, width, header=True, kv=False, grid=True):
    ncol = len(rows[0])
    if kv and ncol == 2:
        cw = [width * 0.32, width * 0.68]
    else:
        cw = [width / ncol] * ncol
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, cell in enumerate(row):
            bold = (header and i == 0) or (kv and j == 0)
            out.append(_para(str(cell), "cellb" if bold else "cell"))
        data.append(out)
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    if kv:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(style))
    return t


def render_pdf(spec, path):
    twocol = spec.get("layout") == "twocol"
    W, H = A4
    lm = 18 * mm
    usable = W - 2 * lm
    header, footer = spec.get("header", ""), spec.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawRightString(W - lm, H - 11 * mm, header)
            canvas.line(lm, H - 12.5 * mm, W - lm, H - 12.5 * mm)
        canvas.drawString(lm, 10 * mm, footer)
        canvas.drawRightString(W - lm, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm,
                          topMargin=20 * mm, bottomMargin=18 * mm,
                          title=spec.get("title", ""), author=spec.get("author", ""))
    if twocol:
        gap = 7 * mm
        cw = (usable - gap) / 2
        frames = [Frame(lm, 18 * mm, cw, H - 38 * mm, id="c1"),
                  Frame(lm + cw + gap, 18 * mm, cw, H - 38 * mm, id="c2")]
        fw = cw
    else:
        frames = [Frame(lm, 18 * mm, usable, H - 38 * mm, id="f")]
        fw = usable
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    grid = spec.get("grid", True)
    story = []
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("t", "st", "h", "h2", "p", "small"):
            story.append(_para(blk[1], kind))
        elif kind in ("b", "n"):
            items = [ListItem(_para(it, "p"), leftIndent=12) for it in blk[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "b" else "1",
                                      start=None if kind == "n" else "\u2022",
                                      leftIndent=12, bulletFontSize=8))
        elif kind == "tbl":
            story.append(_pdf_table(blk[1], fw - 2, header=True, grid=grid))
            story.append(Spacer(1, 6))
        elif kind == "kv":
            story.append(_pdf_table([list(r) for r in blk[1]], fw - 2, header=False,
                                    kv=True, grid=grid))
            story.append(Spacer(1, 6))
        elif kind == "sig":
            rows = [["For", "Name / role", "Signature / date"]]
            for org, name, role in blk[1]:
                rows.append([org, f"{name}, {role}", ""])
            story.append(_pdf_table(rows, fw - 2, header=True, grid=True))
        elif kind == "br":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


def block_texts(spec):
    """All text strings in a spec (for --check)."""
    out = []
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("t", "st", "h", "h2", "p", "small"):
            out.append(blk[1])
        elif kind in ("b", "n"):
            out.extend(blk[1])
        elif kind in ("tbl", "kv"):
            for row in blk[1]:
                out.extend(str(c) for c in row)
        elif kind == "sig":
            for org, name, role in blk[1]:
                out.extend([org, f"{name}, {role}"])
    return out
