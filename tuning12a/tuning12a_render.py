"""Render a simple block-based document spec to .docx (python-docx) or .pdf (reportlab).

Block kinds (tuples):
  ("title", text, subtitle)       cover-style title
  ("h1", text) / ("h2", text)     headings
  ("p", text)                     paragraph
  ("bul", [items]) / ("num", [items])
  ("tbl", [[cells], ...])          table, first row is header
  ("kv", [(label, value), ...])    two-column label/value form table
  ("sig", [(org, name, role), ...]) signature block
  ("pb",)                          page break
"""
import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, ListFlowable, ListItem)

FIXED_DATE = datetime.datetime(2025, 3, 3, 9, 0, 0)


# ----------------------------------------------------------------------------- docx
def _docx_table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:  # pragma: no cover - style missing in template
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
    doc.add_paragraph()
    return t


def render_docx(spec, path):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = spec.get("author", "")
    cp.title = spec.get("doc_title", "")
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = spec["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    kvstyle = spec.get("kv_style", "Table Grid")
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            if len(b) > 2 and b[2]:
                p2 = doc.add_paragraph()
                r2 = p2.add_run(b[2])
                r2.italic = True
                r2.font.size = Pt(11)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "num":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "tbl":
            _docx_table(doc, b[1], header=True)
        elif k == "kv":
            t = doc.add_table(rows=len(b[1]), cols=2)
            t.style = kvstyle
            for i, (lab, val) in enumerate(b[1]):
                c0, c1 = t.cell(i, 0), t.cell(i, 1)
                c0.text = ""
                c0.paragraphs[0].add_run(lab).bold = True
                c1.text = val
                c0.width = Cm(5)
            doc.add_paragraph()
        elif k == "sig":
            rows = [["Organisation", "Name", "Role", "Signature / date"]]
            rows += [[o, n, r, ""] for (o, n, r) in b[1]]
            _docx_table(doc, rows, header=True)
        elif k == "pb":
            doc.add_page_break()
        else:
            raise ValueError(k)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------- pdf
def _styles(font_size=9.5):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=font_size,
                          leading=font_size * 1.32, spaceAfter=4)
    return {
        "p": base,
        "cell": ParagraphStyle("c", parent=base, fontSize=font_size - 1, leading=(font_size - 1) * 1.25,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=font_size - 1,
                                leading=(font_size - 1) * 1.25, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=font_size + 3,
                             leading=(font_size + 3) * 1.3, spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor("#17365D")),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique", fontSize=font_size + 1,
                             leading=(font_size + 1) * 1.3, spaceBefore=5, spaceAfter=3),
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=21,
                                spaceAfter=6, textColor=colors.HexColor("#0B3D2E")),
        "sub": ParagraphStyle("s", parent=base, fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                              spaceAfter=10),
    }


def _ptable(rows, avail, st, ruled=True, widths=None, header=True):
    data = []
    for i, row in enumerate(rows):
        sty = st["cellb"] if (header and i == 0) else st["cell"]
        data.append([Paragraph(escape(str(c)), sty) for c in row])
    n = len(rows[0])
    if widths is None:
        widths = [avail / n] * n
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.grey))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(spec, path):
    layout = spec.get("layout", "plain")  # plain | twocol | ruled
    st = _styles(spec.get("size", 9.5))
    W, H = A4
    margin = 2.0 * cm
    header_txt = spec.get("header", "")
    footer_txt = spec.get("footer", "")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header_txt:
            canv.drawRightString(W - margin, H - 1.2 * cm, header_txt)
            canv.line(margin, H - 1.35 * cm, W - margin, H - 1.35 * cm)
        ft = footer_txt.replace("{page}", str(doc.page)) if footer_txt else "Page %d" % doc.page
        canv.drawCentredString(W / 2, 1.1 * cm, ft)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=2.0 * cm, bottomMargin=1.9 * cm, invariant=1,
                          title=spec.get("doc_title", ""), author=spec.get("author", ""))
    fw = W - 2 * margin
    fh = H - 3.9 * cm
    if layout == "twocol":
        gap = 0.6 * cm
        cw = (fw - gap) / 2
        frames = [Frame(margin, 1.9 * cm, cw, fh, id="c1"),
                  Frame(margin + cw + gap, 1.9 * cm, cw, fh, id="c2")]
        avail = cw
    else:
        frames = [Frame(margin, 1.9 * cm, fw, fh, id="f")]
        avail = fw
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    ruled = layout != "twocol" or spec.get("ruled_tables", False)
    if layout == "plain":
        ruled = spec.get("ruled_tables", True)
    story = []
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(escape(b[1]), st["title"]))
            if len(b) > 2 and b[2]:
                story.append(Paragraph(escape(b[2]), st["sub"]))
        elif k in ("h1", "h2", "p"):
            story.append(Paragraph(escape(b[1]), st[k]))
        elif k in ("bul", "num"):
            items = [ListItem(Paragraph(escape(t), st["p"]), leftIndent=12) for t in b[1]]
            if k == "bul":
                story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=12))
            else:
                story.append(ListFlowable(items, bulletType="1", leftIndent=14))
        elif k == "tbl":
            story.append(_ptable(b[1], avail, st, ruled=ruled))
            story.append(Spacer(1, 6))
        elif k == "kv":
            story.append(_ptable([list(r) for r in b[1]], avail, st, ruled=ruled,
                                 widths=[avail * 0.32, avail * 0.68], header=False))
            story.append(Spacer(1, 6))
        elif k == "sig":
            rows = [["Organisation", "Name", "Role", "Signature / date"]]
            rows += [[o, n, r, ""] for (o, n, r) in b[1]]
            story.append(_ptable(rows, avail, st, ruled=True))
            story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    doc.build(story)


def render(spec, path):
    if path.endswith(".docx"):
        render_docx(spec, path)
    else:
        render_pdf(spec, path)
