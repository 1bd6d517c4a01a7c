"""Rendering helpers for the tuning11b set: one block list -> .docx or .pdf.

Block kinds:
  ("cover", title, [lines])   cover page followed by a page break
  ("title", text)             document title
  ("h1", text) / ("h2", text) headings
  ("p", text)                 paragraph
  ("bl", [items])             bullet list
  ("tbl", rows, widths)       table; first row is a header row; widths are fractions
  ("kv", rows, widths)        label/value table without a header row
  ("sig", [(party, name, role), ...])  signature block
  ("pb",)                     page break
  ("small", text)             small print
"""
import datetime
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONTS = ["Calibri", "Arial", "Cambria", "Georgia", "Verdana"]


# ----------------------------------------------------------------- DOCX
def _page_field(par):
    run = par.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _docx_table(doc, rows, widths, header=True):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(txt)
            run.font.size = Pt(9.5)
            if (header and i == 0) or (not header and j == 0):
                run.bold = True
    doc.add_paragraph()


def render_docx(path, meta, blocks):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(meta.get("size", 10.5))
    sec = doc.sections[0]
    if meta.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = meta["header"]
        hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (meta.get("footer") or "") + "   Page "
    _page_field(fp)
    for b in blocks:
        k = b[0]
        if k == "cover":
            for _ in range(6):
                doc.add_paragraph()
            h = doc.add_heading(b[1], level=0)
            for line in b[2]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "small":
            r = doc.add_paragraph().add_run(b[1])
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif k == "bl":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k in ("tbl", "kv"):
            _docx_table(doc, b[1], b[2] if len(b) > 2 else None, header=(k == "tbl"))
        elif k == "sig":
            rows = [["Signed for and on behalf of", "Name", "Position", "Signature / date"]]
            rows += [[p, n, r, ""] for p, n, r in b[1]]
            _docx_table(doc, rows, None, header=True)
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    doc.core_properties.author = meta.get("author", "")
    doc.core_properties.title = meta.get("doc_title", "")
    fixed = datetime.datetime(2025, 1, 1, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_printed = fixed
    doc.core_properties.revision = 1
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-identical across runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ----------------------------------------------------------------- PDF
def _styles(base):
    ss = getSampleStyleSheet()
    fn, fb = base
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName=fb, fontSize=16, leading=20),
        "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontName=fb, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName=fb, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", parent=ss["BodyText"], fontName=fn, fontSize=9.5, leading=12.5,
                            spaceAfter=4),
        "cell": ParagraphStyle("c", parent=ss["BodyText"], fontName=fn, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", parent=ss["BodyText"], fontName=fb, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("s", parent=ss["BodyText"], fontName=fn, fontSize=7.5, leading=9,
                                textColor=colors.HexColor("#555555")),
        "bl": ParagraphStyle("b", parent=ss["BodyText"], fontName=fn, fontSize=9.5, leading=12.5,
                             leftIndent=12, bulletIndent=2, spaceAfter=2),
    }


def _pdf_table(rows, widths, width, S, layout, header=True):
    ncol = max(len(r) for r in rows)
    if not widths:
        widths = [1.0 / ncol] * ncol
    data = []
    for i, r in enumerate(rows):
        line = []
        for j in range(ncol):
            txt = escape(r[j] if j < len(r) else "")
            bold = (header and i == 0) or (not header and j == 0)
            line.append(Paragraph(txt, S["cellb"] if bold else S["cell"]))
        data.append(line)
    t = Table(data, colWidths=[w * width for w in widths], repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if layout == "ruled":
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef"))]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999"))]
        if header:
            cmds += [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)]
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(path, meta, blocks):
    layout = meta.get("layout", "plain")
    base = ("Times-Roman", "Times-Bold") if meta.get("font") == "Times" else ("Helvetica", "Helvetica-Bold")
    S = _styles(base)
    lm = 20 * mm
    pw, ph = A4
    header, footer = meta.get("header", ""), meta.get("footer", "")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(base[0], 7.5)
        if header:
            canv.drawString(lm, ph - 12 * mm, header)
            canv.line(lm, ph - 13.5 * mm, pw - lm, ph - 13.5 * mm)
        canv.drawString(lm, 10 * mm, footer)
        canv.drawRightString(pw - lm, 10 * mm, "Page %d" % doc.page)
        canv.restoreState()

    fw = pw - 2 * lm
    fh = ph - 40 * mm
    doc = BaseDocTemplate(path, pagesize=A4, title=meta.get("doc_title", ""),
                          author=meta.get("author", ""), invariant=1)
    if layout == "twocol":
        gap = 6 * mm
        cw = (fw - gap) / 2
        frames = [Frame(lm, 20 * mm, cw, fh, id="c1"), Frame(lm + cw + gap, 20 * mm, cw, fh, id="c2")]
        width = cw - 12
    else:
        frames = [Frame(lm, 20 * mm, fw, fh, id="f")]
        width = fw - 12
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    story = []
    for b in blocks:
        k = b[0]
        if k == "cover":
            story += [Spacer(1, 50 * mm), Paragraph(escape(b[1]), S["title"]), Spacer(1, 8 * mm)]
            story += [Paragraph(escape(x), S["p"]) for x in b[2]]
            story.append(PageBreak())
        elif k == "title":
            story.append(Paragraph(escape(b[1]), S["title"]))
        elif k in ("h1", "h2", "p", "small"):
            story.append(Paragraph(escape(b[1]), S[k]))
        elif k == "bl":
            story += [Paragraph(escape(x), S["bl"], bulletText="\u2022") for x in b[1]]
        elif k in ("tbl", "kv"):
            story += [_pdf_table(b[1], b[2] if len(b) > 2 else None, width, S, layout, k == "tbl"),
                      Spacer(1, 4 * mm)]
        elif k == "sig":
            rows = [["Signed for and on behalf of", "Name", "Position", "Signature / date"]]
            rows += [[p, n, r, ""] for p, n, r in b[1]]
            story += [_pdf_table(rows, [0.32, 0.2, 0.28, 0.2], width, S, "ruled"), Spacer(1, 4 * mm)]
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    doc.build(story)


def block_text(blocks):
    """All visible text of a block list (used for the --check key phrases)."""
    out = []
    for b in blocks:
        k = b[0]
        if k == "cover":
            out += [b[1]] + list(b[2])
        elif k in ("title", "h1", "h2", "p", "small"):
            out.append(b[1])
        elif k == "bl":
            out += list(b[1])
        elif k in ("tbl", "kv"):
            out += [c for r in b[1] for c in r]
        elif k == "sig":
            out += [x for t in b[1] for x in t]
    return out
