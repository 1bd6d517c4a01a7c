"""Rendering of tuning14a document specs to .docx (python-docx) and .pdf (reportlab).

A spec is a dict: file, type, fmt ("docx"/"pdf"), header, footer, layout ("plain", "twocol",
"ruled"), blocks (list of tuples), outcomes, notes.  Block kinds:
  ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("bul", [..]) ("num", [..])
  ("kv", [(label, value), ..]) ("tbl", [[hdr..], [row..], ..]) ("sig", [(org, name, role), ..])
  ("pb",) page break
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem, CondPageBreak)

FIXED_DATE = (2025, 1, 1, 0, 0, 0)


def block_texts(blocks):
    """All text pieces a reader should find in the rendered file (used by --check)."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "h2", "p"):
            out.append(b[1])
        elif k in ("bul", "num"):
            out.extend(b[1])
        elif k == "kv":
            for lab, val in b[1]:
                out.extend([lab, val])
        elif k == "tbl":
            for row in b[1]:
                out.extend(row)
        elif k == "sig":
            for org, name, role in b[1]:
                out.extend([org, name, role])
    return [t for t in out if t and t.strip()]


# ----------------------------------------------------------------------------- docx
def _page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.append(fld)


def render_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = spec["header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = spec["footer"] + "   Page "
    _page_field(fp)
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
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
        elif k == "bul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "num":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                cells = t.add_row().cells
                cells[0].text = lab
                cells[1].text = val
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
            doc.add_paragraph("")
        elif k == "tbl":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif k == "sig":
            t = doc.add_table(rows=0, cols=2)
            for org, name, role in b[1]:
                cells = t.add_row().cells
                cells[0].text = org
                cells[1].text = "Signed: ............................"
                cells = t.add_row().cells
                cells[0].text = name
                cells[1].text = role
                cells = t.add_row().cells
                cells[0].text = "Date:"
                cells[1].text = ""
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        else:
            raise ValueError(k)
    cp = doc.core_properties
    cp.title = spec["blocks"][0][1] if spec["blocks"][0][0] == "title" else spec["file"]
    cp.author = "tuning14a generator"
    import datetime
    cp.created = cp.modified = datetime.datetime(*FIXED_DATE)
    cp.last_modified_by = "tuning14a"
    cp.revision = 1
    doc.save(path)
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE[:6] if FIXED_DATE[0] >= 1980 else (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------- pdf
def _styles(spec):
    ss = getSampleStyleSheet()
    base = spec.get("pdf_font", "Helvetica")
    size = 9 if spec.get("layout") == "twocol" else 9.8
    body = ParagraphStyle("body", parent=ss["Normal"], fontName=base, fontSize=size,
                          leading=size * 1.3, spaceAfter=4)
    return {
        "title": ParagraphStyle("t", parent=body, fontName=base + "-Bold", fontSize=16, leading=20,
                                spaceAfter=8),
        "sub": ParagraphStyle("s", parent=body, fontName=base + "-Oblique", fontSize=size + 0.5),
        "h": ParagraphStyle("h", parent=body, fontName=base + "-Bold", fontSize=size + 2.5,
                            spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f3b5a")),
        "h2": ParagraphStyle("h2", parent=body, fontName=base + "-Bold", fontSize=size + 0.8,
                             spaceBefore=5, spaceAfter=3),
        "p": body,
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.6, leading=(size - 0.6) * 1.25,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=base + "-Bold", fontSize=size - 0.6,
                                leading=(size - 0.6) * 1.25, spaceAfter=0),
    }


def _para(text, style):
    return Paragraph(escape(text), style)


def render_pdf(spec, path):
    layout = spec.get("layout", "plain")
    S = _styles(spec)
    W, H = A4
    lm = 2.0 * cm
    width = W - 2 * lm
    if layout == "twocol":
        gap = 0.7 * cm
        colw = (width - gap) / 2
        frames = [Frame(lm, 2 * cm, colw, H - 4.2 * cm, id="c1"),
                  Frame(lm + colw + gap, 2 * cm, colw, H - 4.2 * cm, id="c2")]
        avail = colw
    else:
        frames = [Frame(lm, 2 * cm, width, H - 4.2 * cm, id="f")]
        avail = width
    ruled = layout == "ruled"

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - lm, H - 1.3 * cm, spec["header"])
        canv.line(lm, H - 1.45 * cm, W - lm, H - 1.45 * cm)
        canv.drawString(lm, 1.2 * cm, spec["footer"])
        canv.drawRightString(W - lm, 1.2 * cm, "Page %d" % d.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm,
                          title=spec["file"], author="tuning14a generator", invariant=1)
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    story = []
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled or layout == "plain" else \
        [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
    for b in spec["blocks"]:
        k = b[0]
        if k in ("title", "sub", "p"):
            story.append(_para(b[1], S[k]))
        elif k in ("h", "h2"):
            story.append(CondPageBreak(2.5 * cm))
            story.append(_para(b[1], S[k]))
        elif k in ("bul", "num"):
            items = [ListItem(_para(t, S["p"]), leftIndent=12) for t in b[1]]
            kw = {"bulletType": "bullet", "start": "\u2022"} if k == "bul" else {"bulletType": "1"}
            story.append(ListFlowable(items, leftIndent=12, bulletFontSize=8, **kw))
        elif k == "kv":
            data = [[_para(l, S["cellb"]), _para(v, S["cell"])] for l, v in b[1]]
            t = Table(data, colWidths=[avail * 0.32, avail * 0.68], repeatRows=0)
            t.setStyle(TableStyle(grid + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]))
            story += [t, Spacer(1, 6)]
        elif k == "tbl":
            rows = b[1]
            n = len(rows[0])
            data = [[_para(c, S["cellb"] if i == 0 else S["cell"]) for c in row]
                    for i, row in enumerate(rows)]
            t = Table(data, colWidths=[avail / n] * n, repeatRows=1)
            t.setStyle(TableStyle(grid + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
            story += [t, Spacer(1, 6)]
        elif k == "sig":
            data = []
            for org, name, role in b[1]:
                data.append([_para(org, S["cellb"]), _para("Signature: ........................", S["cell"])])
                data.append([_para(name, S["cell"]), _para(role, S["cell"])])
                data.append([_para("Date:", S["cell"]), _para("", S["cell"])])
            t = Table(data, colWidths=[avail * 0.5, avail * 0.5])
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    doc.build(story)
