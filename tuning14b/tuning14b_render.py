"""Renderers for the tuning14b document set (python-docx and reportlab).

A document is a dict with keys: file, fmt, title, header, footer, layout, blocks.
Blocks are tuples: ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("ul", [..]) ("ol", [..])
("table", rows, {"header": bool}) ("kv", rows) ("pb",) ("sig", [(org, name, role), ...]).
"""
import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

FIXED = datetime.datetime(2025, 6, 1, 9, 0, 0)


def block_texts(doc):
    """Every piece of text the document must contain (used by --check)."""
    out = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p"):
            out.append(b[1])
        elif kind in ("ul", "ol"):
            out.extend(b[1])
        elif kind in ("table", "kv"):
            for row in b[1]:
                out.extend(c for c in row if c)
        elif kind == "sig":
            for org, name, role in b[1]:
                out.extend([org, name, role])
    return out


# ---------------------------------------------------------------- DOCX
def _page_field(par):
    run = par.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _docx_table(d, rows, header, style):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=0, cols=ncol)
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            txt = row[j] if j < len(row) else ""
            cells[j].text = txt
            if header and i == 0:
                for run in cells[j].paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()


def render_docx(doc, path):
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = doc.get("author", "ICB Partnerships Governance")
    d.core_properties.title = doc["title"]
    lay = doc.get("layout", {})
    base = d.styles["Normal"]
    base.font.name = lay.get("font", "Calibri")
    base.font.size = Pt(lay.get("size", 11))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(lay.get("margin", 2.2))
    hp = sec.header.paragraphs[0]
    hp.text = doc.get("header", "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = doc.get("footer", "") + "   Page "
    _page_field(fp)
    tstyle = lay.get("table_style", "Table Grid")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
        elif k == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(12)
        elif k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "table":
            _docx_table(d, b[1], b[2].get("header", True) if len(b) > 2 else True, tstyle)
        elif k == "kv":
            _docx_table(d, b[1], False, tstyle)
        elif k == "pb":
            d.add_page_break()
        elif k == "sig":
            rows = [["Organisation", "Name", "Position", "Signature", "Date"]]
            rows += [[o, n, r, "", ""] for o, n, r in b[1]]
            _docx_table(d, rows, True, tstyle)
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- PDF
def _styles(lay):
    ss = getSampleStyleSheet()
    font = lay.get("font_pdf", "Helvetica")
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    size = lay.get("size_pdf", 9.5)
    st = {
        "p": ParagraphStyle("p", parent=ss["Normal"], fontName=font, fontSize=size,
                            leading=size * 1.3, spaceAfter=4),
        "li": ParagraphStyle("li", parent=ss["Normal"], fontName=font, fontSize=size,
                             leading=size * 1.3, spaceAfter=2, leftIndent=14, bulletIndent=3),
        "cell": ParagraphStyle("cell", parent=ss["Normal"], fontName=font, fontSize=size - 1,
                               leading=(size - 1) * 1.25),
        "h": ParagraphStyle("h", parent=ss["Heading2"], fontName=bold, fontSize=size + 3,
                            spaceBefore=8, spaceAfter=4,
                            textColor=colors.HexColor(lay.get("colour", "#003087"))),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName=bold, fontSize=size + 1,
                             spaceBefore=5, spaceAfter=3),
        "title": ParagraphStyle("title", parent=ss["Title"], fontName=bold, fontSize=18,
                                leading=22, alignment=0,
                                textColor=colors.HexColor(lay.get("colour", "#003087"))),
        "sub": ParagraphStyle("sub", parent=ss["Normal"], fontName=font, fontSize=size + 1.5,
                              leading=(size + 1.5) * 1.3, spaceAfter=8),
    }
    return st


def _pdf_table(rows, header, st, width, rules):
    ncol = max(len(r) for r in rows)
    data = [[Paragraph(escape(r[j] if j < len(r) else ""), st["cell"]) for j in range(ncol)]
            for r in rows]
    if ncol == 2:
        widths = [width * 0.32, width * 0.68]
    else:
        widths = [width / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    else:
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                 ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4f0")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(doc, path):
    lay = doc.get("layout", {})
    st = _styles(lay)
    W, H = A4
    m = 2 * cm
    cols = lay.get("cols", 1)
    rules = lay.get("rules", "grid")
    header, footer = doc.get("header", ""), doc.get("footer", "")

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - m, H - 1.2 * cm, header)
        canv.drawString(m, 1.1 * cm, footer)
        canv.drawRightString(W - m, 1.1 * cm, "Page %d" % d.page)
        canv.setLineWidth(0.3)
        canv.line(m, H - 1.35 * cm, W - m, H - 1.35 * cm)
        canv.restoreState()

    bd = BaseDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m,
                         bottomMargin=m, title=doc["title"],
                         author=doc.get("author", "ICB Partnerships Governance"))
    fw = W - 2 * m
    if cols == 2:
        gap = 0.6 * cm
        cw = (fw - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m, id="c1"), Frame(m + cw + gap, m, cw, H - 2 * m, id="c2")]
    else:
        cw = fw
        frames = [Frame(m, m, fw, H - 2 * m, id="f")]
    bd.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "sub", "h", "h2", "p"):
            story.append(Paragraph(escape(b[1]), st[k]))
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1]):
                bullet = "\u2022" if k == "ul" else "%d." % (i + 1)
                story.append(Paragraph(escape(it), st["li"], bulletText=bullet))
        elif k == "table":
            hdr = b[2].get("header", True) if len(b) > 2 else True
            story += [_pdf_table(b[1], hdr, st, cw, rules), Spacer(1, 6)]
        elif k == "kv":
            story += [_pdf_table(b[1], False, st, cw, rules), Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            rows = [["Organisation", "Name", "Position", "Signature / date"]]
            rows += [[o, n, r, ""] for o, n, r in b[1]]
            story.append(KeepTogether([_pdf_table(rows, True, st, cw, "grid")]))
            story.append(Spacer(1, 6))
    bd.build(story)


def render(doc, path):
    (render_docx if doc["fmt"] == "docx" else render_pdf)(doc, path)
