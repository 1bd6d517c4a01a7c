"""Renderers for the tuning13a document set (python-docx and reportlab).

A document spec is a dict:
  file, type, fmt ('docx'|'pdf'), header, footer, blocks, outcomes, notes, keys
Blocks are tuples:
  ('title', text) ('sub', text) ('h', text) ('h2', text) ('p', text) ('small', text)
  ('bl', [items]) ('nl', [items]) ('kv', [(label, value), ...])
  ('tbl', rows, {'merge': [(r0, c0, r1, c1)], 'widths': [...]})  first row = header
  ('sig', [(org, name, role), ...]) ('pb',)
  ('cols', [blocks])   two text columns in PDF; a two-column section in DOCX
"""
import datetime
import re

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.platypus.flowables import BalancedColumns
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, ListFlowable, ListItem)

FIXED_DATE = datetime.datetime(2025, 6, 1, 9, 0, 0)


# ----------------------------------------------------------------- DOCX
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


def _set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def _hf(section, spec):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = spec.get("header", "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(spec.get("footer", "") + "   Page ")
    r.font.size = Pt(8)
    _page_field(fp)


def _docx_table(doc, rows, opts, kv=False):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            cell.text = val
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
                    if (i == 0 and not kv and opts.get("header", True)) or (kv and j == 0):
                        run.font.bold = True
    for (r0, c0, r1, c1) in opts.get("merge", []):
        a = t.cell(r0, c0)
        keep = a.text
        merged = a.merge(t.cell(r1, c1))
        merged.text = keep
        for p in merged.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9)
    doc.add_paragraph()


def _docx_blocks(doc, blocks, spec):
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_heading(b[1], level=0)
        elif k == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif k == "h":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif k == "bl":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "nl":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "kv":
            _docx_table(doc, [list(x) for x in b[1]], {}, kv=True)
        elif k == "tbl":
            _docx_table(doc, b[1], b[2] if len(b) > 2 else {})
        elif k == "sig":
            rows = [["Organisation", "Name / role", "Signature", "Date"]]
            rows += [[o, f"{n}, {r}", "", ""] for (o, n, r) in b[1]]
            _docx_table(doc, rows, {})
        elif k == "pb":
            doc.add_page_break()
        elif k == "cols":
            sec = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(sec, 2)
            _docx_blocks(doc, b[1], spec)
            sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(sec2, 1)
        else:
            raise ValueError(k)


def render_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = spec.get("author", "Project office")
    cp.title = spec["file"]
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = cp.author
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    _hf(sec, spec)
    _docx_blocks(doc, spec["blocks"], spec)
    doc.save(path)


# ----------------------------------------------------------------- PDF
_ss = getSampleStyleSheet()
S = {
    "title": ParagraphStyle("t", parent=_ss["Title"], fontSize=16, leading=20),
    "sub": ParagraphStyle("s", parent=_ss["Normal"], fontName="Helvetica-Oblique",
                          fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=8),
    "h": ParagraphStyle("h", parent=_ss["Heading2"], fontSize=12, leading=15, spaceBefore=8),
    "h2": ParagraphStyle("h2", parent=_ss["Heading3"], fontSize=10.5, leading=13, spaceBefore=6),
    "p": ParagraphStyle("p", parent=_ss["Normal"], fontSize=9.5, leading=12.5, spaceAfter=5),
    "small": ParagraphStyle("sm", parent=_ss["Normal"], fontSize=7.5, leading=9.5, spaceAfter=4),
    "cell": ParagraphStyle("c", parent=_ss["Normal"], fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cb", parent=_ss["Normal"], fontName="Helvetica-Bold",
                            fontSize=8.5, leading=10.5),
}


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_table(rows, opts, width, kv=False):
    ncols = max(len(r) for r in rows)
    data = []
    for i, row in enumerate(rows):
        out = []
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            bold = (i == 0 and not kv and opts.get("header", True)) or (kv and j == 0)
            out.append(Paragraph(_esc(val), S["cellb" if bold else "cell"]))
        data.append(out)
    if opts.get("widths"):
        tot = sum(opts["widths"])
        widths = [width * w / tot for w in opts["widths"]]
    elif kv:
        widths = [width * 0.3, width * 0.7]
    else:
        widths = [width / ncols] * ncols
    t = Table(data, colWidths=widths, repeatRows=0 if kv else 1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if not kv and opts.get("header", True):
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")))
    if kv:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4")))
    for (r0, c0, r1, c1) in opts.get("merge", []):
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    return [t, Spacer(1, 6)]


def _pdf_blocks(blocks, width):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "h2", "p", "small"):
            out.append(Paragraph(_esc(b[1]), S[k]))
        elif k in ("bl", "nl"):
            items = [ListItem(Paragraph(_esc(x), S["p"]), leftIndent=12) for x in b[1]]
            out.append(ListFlowable(items, bulletType="bullet" if k == "bl" else "1",
                                    start=None if k == "bl" else 1, leftIndent=14,
                                    bulletFontSize=8))
        elif k == "kv":
            out += _pdf_table([list(x) for x in b[1]], {}, width, kv=True)
        elif k == "tbl":
            out += _pdf_table(b[1], b[2] if len(b) > 2 else {}, width)
        elif k == "sig":
            rows = [["Organisation", "Name / role", "Signature", "Date"]]
            rows += [[o, f"{n}, {r}", "", ""] for (o, n, r) in b[1]]
            out += _pdf_table(rows, {"widths": [3, 3, 2, 1.3]}, width)
        elif k == "pb":
            out.append(PageBreak())
        elif k == "cols":
            colw = (width - 0.6 * cm) / 2
            out.append(BalancedColumns(_pdf_blocks(b[1], colw), nCols=2,
                                       spaceBefore=4, spaceAfter=6, innerPadding=8))
        else:
            raise ValueError(k)
    return out


def render_pdf(spec, path):
    W, H = A4
    lm = 2.0 * cm
    width = W - 2 * lm
    head, foot = spec.get("header", ""), spec.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(W - lm, H - 1.2 * cm, head)
        canvas.line(lm, H - 1.35 * cm, W - lm, H - 1.35 * cm)
        canvas.drawString(lm, 1.0 * cm, foot)
        canvas.drawRightString(W - lm, 1.0 * cm, "Page %d" % doc.page)
        canvas.restoreState()

    one = Frame(lm, 1.6 * cm, width, H - 3.4 * cm, id="f1")
    colw = (width - 0.6 * cm) / 2
    two = [Frame(lm, 1.6 * cm, colw, H - 3.4 * cm, id="c1"),
           Frame(lm + colw + 0.6 * cm, 1.6 * cm, colw, H - 3.4 * cm, id="c2")]
    doc = BaseDocTemplate(path, pagesize=A4, title=spec["file"],
                          author=spec.get("author", "Project office"),
                          creator="tuning13a", invariant=1)
    doc.addPageTemplates([PageTemplate("one", [one], onPage=deco),
                          PageTemplate("two", two, onPage=deco)])
    story = _pdf_blocks(spec["blocks"], width)
    # drop a leading page break produced by a 'cols' block at the very start
    doc.build(story)


def plain_text(spec):
    """All text of a spec, used by --check to compare against extracted text."""
    parts = [spec.get("header", ""), spec.get("footer", "")]

    def walk(blocks):
        for b in blocks:
            if b[0] in ("bl", "nl"):
                parts.extend(b[1])
            elif b[0] in ("kv",):
                for row in b[1]:
                    parts.extend(row)
            elif b[0] == "tbl":
                for row in b[1]:
                    parts.extend(row)
            elif b[0] == "sig":
                for row in b[1]:
                    parts.extend(row)
            elif b[0] == "cols":
                walk(b[1])
            elif b[0] != "pb":
                parts.append(b[1])
    walk(spec["blocks"])
    return "\n".join(parts)


def squash(t):
    return re.sub(r"[\s\u00ad]+", "", t).lower()
