"""Rendering helpers for the tuning8a set: one small block model, two writers (docx, pdf).

Block model (tuples):
  ("title", text)            large title line
  ("sub", text)              subtitle / small line under the title
  ("h1", text), ("h2", text) headings
  ("p", text)                paragraph
  ("bul", [items])           bulleted list
  ("num", [items])           numbered list (rendered with explicit "(a)" style prefixes in text)
  ("table", rows, header)    rows = list of lists of str; header = True if first row is header
  ("kv", [(label, value)])   two-column form table
  ("sig", [(org, name, role)]) signature blocks
  ("pb",)                    page break
"""
import datetime
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, KeepTogether)

FIXED_DATE = datetime.datetime(2025, 6, 2, 9, 0, 0)


def block_texts(blocks):
    """All text strings of a block list (used by --check)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h1", "h2", "p"):
            out.append(b[1])
        elif kind in ("bul", "num"):
            out.extend(b[1])
        elif kind == "table":
            for row in b[1]:
                out.extend(c for c in row if c)
        elif kind == "kv":
            for k, v in b[1]:
                out.extend([k, v])
        elif kind == "sig":
            for org, name, role in b[1]:
                out.extend([org, name, role])
    return [t for t in out if t and t.strip()]


# ----------------------------------------------------------------------------------- docx
def _add_page_field(par):
    run = par.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _shade(cell, hexcolour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcpr.append(shd)


def write_docx(spec, path):
    d = Document()
    d.core_properties.author = spec.get("author", "")
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    d.core_properties.title = ""
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (spec.get("footer", "") + "    Page ").lstrip()
    for r in fp.runs:
        r.font.size = Pt(8)
    _add_page_field(fp)
    accent = RGBColor.from_string(spec.get("accent", "1F3864"))
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
            r.font.color.rgb = accent
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(10)
        elif kind in ("h1", "h2"):
            h = d.add_heading(b[1], level=1 if kind == "h1" else 2)
            for r in h.runs:
                r.font.color.rgb = accent
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in b[1]:
                p = d.add_paragraph(it)
                p.paragraph_format.left_indent = Cm(0.8)
        elif kind in ("table", "kv"):
            rows = b[1] if kind == "table" else [list(x) for x in b[1]]
            header = b[2] if kind == "table" else False
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    bold = (header and i == 0) or (kind == "kv" and j == 0)
                    for par in cell.paragraphs:
                        for r in par.runs:
                            r.font.size = Pt(9.5)
                            r.bold = bold
                    if bold:
                        _shade(cell, spec.get("shade", "DCE6F1"))
            d.add_paragraph()
        elif kind == "sig":
            for org, name, role in b[1]:
                d.add_paragraph("Signed for and on behalf of " + org if org else "")
                d.add_paragraph("Signature: ______________________    Date: ____________")
                d.add_paragraph(name)
                d.add_paragraph(role)
        elif kind == "pb":
            d.add_page_break()
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed member timestamps so repeated runs are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ------------------------------------------------------------------------------------ pdf
def _styles(spec):
    ss = getSampleStyleSheet()
    base = spec.get("pdf_font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    size = spec.get("pdf_size", 9.5)
    acc = colors.HexColor("#" + spec.get("accent", "1F3864"))
    return {
        "p": ParagraphStyle("p", parent=ss["Normal"], fontName=base, fontSize=size,
                            leading=size * 1.3, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=ss["Normal"], fontName=base, fontSize=size - 1,
                               leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", parent=ss["Normal"], fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.25),
        "title": ParagraphStyle("title", parent=ss["Title"], fontName=bold, fontSize=17,
                                leading=21, textColor=acc, alignment=0),
        "sub": ParagraphStyle("sub", parent=ss["Normal"], fontName=base, fontSize=size,
                              leading=size * 1.3, textColor=colors.HexColor("#444444"),
                              spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontName=bold, fontSize=12,
                             leading=15, textColor=acc, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName=bold, fontSize=10.5,
                             leading=13, textColor=acc, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "bul": ParagraphStyle("bul", parent=ss["Normal"], fontName=base, fontSize=size,
                              leading=size * 1.3, leftIndent=12, bulletIndent=3, spaceAfter=2),
    }


def _para(text, style):
    return Paragraph(escape(text), style)


def write_pdf(spec, path):
    st = _styles(spec)
    cols = spec.get("columns", 1)
    ruled = spec.get("ruled", True)
    margin = 18 * mm
    width, height = A4
    gap = 7 * mm
    fw = (width - 2 * margin - (gap if cols == 2 else 0)) / cols
    frames = [Frame(margin + i * (fw + gap), margin + 4 * mm, fw, height - 2 * margin - 10 * mm,
                    id="f%d" % i, leftPadding=2, rightPadding=2) for i in range(cols)]
    header = spec.get("header", "")
    footer = spec.get("footer", "")
    font = spec.get("pdf_font", "Helvetica")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawRightString(width - margin, height - 12 * mm, header)
            canv.setLineWidth(0.4)
            canv.line(margin, height - 13.5 * mm, width - margin, height - 13.5 * mm)
        canv.drawString(margin, 10 * mm, footer)
        canv.drawRightString(width - margin, 10 * mm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, invariant=1,
                          title="", author="", creator="", producer="")
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    story = []
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h1", "h2", "p"):
            story.append(_para(b[1], st[kind]))
        elif kind == "bul":
            for it in b[1]:
                story.append(Paragraph(escape(it), st["bul"], bulletText="\u2022"))
        elif kind == "num":
            for it in b[1]:
                story.append(Paragraph(escape(it), st["bul"]))
        elif kind in ("table", "kv"):
            rows = b[1] if kind == "table" else [list(x) for x in b[1]]
            header_row = b[2] if kind == "table" else False
            ncol = max(len(r) for r in rows)
            if kind == "kv":
                widths = [fw * 0.32, fw * 0.68 - 4]
            else:
                widths = [(fw - 4) / ncol] * ncol
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(escape(c), st["cellb"] if (header_row and i == 0) or
                                       (kind == "kv" and j == 0) else st["cell"])
                             for j, c in enumerate(row)])
            t = Table(data, colWidths=widths, repeatRows=1 if header_row else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            shade = colors.HexColor("#" + spec.get("shade", "DCE6F1"))
            if ruled:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            else:
                style.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey))
            if header_row:
                style.append(("BACKGROUND", (0, 0), (-1, 0), shade))
            if kind == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), shade))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            for org, name, role in b[1]:
                story.append(KeepTogether([
                    _para("Signed for and on behalf of " + org, st["p"]),
                    _para("Signature: ______________________   Date: ____________", st["p"]),
                    _para(name, st["p"]), _para(role, st["p"]), Spacer(1, 6)]))
        elif kind == "pb":
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------------------------- check
def _norm(s):
    return re.sub(r"\s+", "", s).lower().replace("\u00ad", "")


def extract_text(path, spec):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    from pypdf import PdfReader
    r = PdfReader(path)
    pages = []
    for pg in r.pages:
        t = pg.extract_text() or ""
        # strip the running footer, header and page number once per page (drawn before the body)
        for hf in (spec.get("footer", ""), spec.get("header", "")):
            if hf:
                t = t.replace(hf, " ", 1)
        t = re.sub(r"Page \d+", " ", t, count=1)
        pages.append(t)
    return "\n".join(pages)


def check_spec(path, spec):
    """Return list of missing strings (empty when fine)."""
    raw = extract_text(path, spec)
    hay = _norm(raw)
    missing = []
    for t in block_texts(spec["blocks"]):
        if _norm(t) not in hay:
            missing.append(t[:80])
    for k in spec.get("keys", []):
        if _norm(k) not in hay:
            missing.append("KEY: " + k[:70])
    return missing
