"""Rendering helpers for the holdout8 set: block lists -> .docx / .pdf.

Block forms (tuples):
  ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text)
  ("b", [items])  bullets          ("n", [items]) numbered list
  ("t", [header], [[row], ...])    ruled table
  ("kv", [(label, value), ...])    label/value form table
  ("sig", [(org, name, role), ...]) signature blocks
  ("pb",)                           page break
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                ListFlowable, ListItem, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from xml.sax.saxutils import escape


# Helpers used by the content modules
def title(t): return ("title", t)
def sub(t): return ("sub", t)
def h(t): return ("h", t)
def h2(t): return ("h2", t)
def p(t): return ("p", t)
def b(*items): return ("b", list(items))
def n(*items): return ("n", list(items))
def t(header, *rows): return ("t", list(header), [list(r) for r in rows])
def kv(*pairs): return ("kv", list(pairs))
def sig(*rows): return ("sig", list(rows))
def pb(): return ("pb",)


# ---------------------------------------------------------------- docx
def _field(paragraph, instr):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    tx = OxmlElement("w:t")
    tx.text = "1"
    r.append(tx)
    fld.append(r)
    run._r.append(fld)


def _set_table_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "808080")
        borders.append(el)
    pr.append(borders)


def render_docx(spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10.5))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = spec.get("header", "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = spec.get("footer", "") + "   Page "
    _field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "title":
            d.add_heading(blk[1], level=0)
        elif kind == "sub":
            para = d.add_paragraph()
            r = para.add_run(blk[1])
            r.italic = True
        elif kind == "h":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "b":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in blk[1]:
                d.add_paragraph(it, style="List Number")
        elif kind in ("t", "kv", "sig"):
            if kind == "t":
                rows = [blk[1]] + blk[2]
            elif kind == "kv":
                rows = [list(x) for x in blk[1]]
            else:
                rows = [["Signed for and on behalf of", "Name", "Position", "Signature / date"]]
                rows += [[o, nm, rl, "........................"] for o, nm, rl in blk[1]]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            _set_table_borders(tb)
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = tb.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    if (kind != "kv" and i == 0) or (kind == "kv" and j == 0):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
    d.core_properties.author = spec.get("author", "")
    d.core_properties.title = spec.get("doc_title", "")
    import datetime
    fixed = datetime.datetime(2025, 1, 1, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.revision = 1
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ---------------------------------------------------------------- pdf
_SS = getSampleStyleSheet()
S = {
    "title": ParagraphStyle("T", parent=_SS["Title"], fontSize=16, leading=20),
    "sub": ParagraphStyle("S", parent=_SS["Italic"], fontSize=9.5, leading=12, alignment=TA_CENTER),
    "h": ParagraphStyle("H", parent=_SS["Heading2"], fontSize=12, leading=15, spaceBefore=8),
    "h2": ParagraphStyle("H2", parent=_SS["Heading3"], fontSize=10.5, leading=13, spaceBefore=6),
    "p": ParagraphStyle("P", parent=_SS["BodyText"], fontSize=9.5, leading=12.5),
    "cell": ParagraphStyle("C", parent=_SS["BodyText"], fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("CB", parent=_SS["BodyText"], fontSize=8.5, leading=10.5,
                            fontName="Helvetica-Bold"),
}


def _para(text, style="p"):
    return Paragraph(escape(text), S[style])


def _pdf_table(rows, width, kind):
    ncol = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        row = []
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            bold = (kind != "kv" and i == 0) or (kind == "kv" and j == 0)
            row.append(_para(txt, "cellb" if bold else "cell"))
        data.append(row)
    if kind == "kv" and ncol == 2:
        widths = [width * 0.32, width * 0.68]
    else:
        widths = [width / ncol] * ncol
    tb = Table(data, colWidths=widths, repeatRows=0 if kind == "kv" else 1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if kind != "kv":
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")))
    else:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF1F5")))
    tb.setStyle(TableStyle(style))
    return tb


def render_pdf(spec, path):
    layout = spec.get("layout", "plain")
    W, Hh = A4
    margin = 18 * mm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=22 * mm, bottomMargin=20 * mm,
                          title=spec.get("doc_title", ""), author=spec.get("author", ""),
                          creator="holdout8", producer="holdout8", invariant=1)
    header, footer = spec.get("header", ""), spec.get("footer", "")

    def deco(canv, dd):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - margin, Hh - 12 * mm, header)
        canv.drawString(margin, 10 * mm, footer)
        canv.drawRightString(W - margin, 10 * mm, "Page %d" % dd.page)
        canv.restoreState()

    fw = W - 2 * margin
    fh = Hh - 42 * mm
    full = Frame(margin, 20 * mm, fw, fh, id="full")
    templates = [PageTemplate(id="one", frames=[full], onPage=deco)]
    colw = fw
    if layout == "twocol":
        gap = 6 * mm
        colw = (fw - gap) / 2
        f1 = Frame(margin, 20 * mm, colw, fh, id="c1")
        f2 = Frame(margin + colw + gap, 20 * mm, colw, fh, id="c2")
        templates = [PageTemplate(id="two", frames=[f1, f2], onPage=deco)]
    doc.addPageTemplates(templates)
    story = []
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "sub", "h", "h2", "p"):
            story.append(_para(blk[1], kind))
            if kind == "sub":
                story.append(Spacer(1, 6))
        elif kind in ("b", "n"):
            items = [ListItem(_para(x), leftIndent=12) for x in blk[1]]
            if kind == "b":
                story.append(ListFlowable(items, bulletType="bullet", start="\u2022",
                                          leftIndent=12, bulletFontSize=7))
            else:
                story.append(ListFlowable(items, bulletType="1", leftIndent=14,
                                          bulletFontSize=9))
        elif kind == "t":
            story.append(_pdf_table([blk[1]] + blk[2], colw, "t"))
            story.append(Spacer(1, 6))
        elif kind == "kv":
            story.append(_pdf_table([list(x) for x in blk[1]], colw, "kv"))
            story.append(Spacer(1, 6))
        elif kind == "sig":
            rows = [["For", "Name", "Position", "Signature / date"]]
            rows += [[o, nm, rl, "................"] for o, nm, rl in blk[1]]
            story.append(KeepTogether(_pdf_table(rows, colw, "t")))
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
    doc.build(story)


def block_text(spec):
    """All visible text of a spec, for the --check mode."""
    out = [spec.get("header", ""), spec.get("footer", "")]
    for blk in spec["blocks"]:
        if blk[0] in ("b", "n"):
            out.extend(blk[1])
        elif blk[0] == "t":
            out.extend(blk[1])
            for r in blk[2]:
                out.extend(r)
        elif blk[0] == "kv":
            for r in blk[1]:
                out.extend(r)
        elif blk[0] == "sig":
            for r in blk[1]:
                out.extend(r)
        elif len(blk) > 1:
            out.append(blk[1])
    return "\n".join(out)
