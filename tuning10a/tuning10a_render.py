"""Rendering of the simple block model used by the tuning10a set into .docx and .pdf.

Block model (tuples):
  ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text)
  ("bullets", [text, ...]) ("table", [[hdr...], [row...], ...]) ("kv", [(label, value), ...])
  ("sig", [(org_line, name, role), ...]) ("pb",)
Document options (dict): header, footer, columns (1|2, pdf only), ruled (bool), font (pdf).
"""
import datetime
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
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, FrameBreak, NextPageTemplate, KeepTogether)

FIXED_DATE = datetime.datetime(2025, 3, 14, 9, 0, 0)


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


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def render_docx(path, blocks, opts):
    doc = Document()
    doc.core_properties.author = opts.get("author", "Project Office")
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.title = opts.get("doc_title", "")
    st = doc.styles["Normal"]
    st.font.name = opts.get("docx_font", "Calibri")
    st.font.size = Pt(opts.get("docx_size", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = opts.get("header", "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = opts.get("footer", "") + "   Page "
    _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    accent = RGBColor.from_string(opts.get("accent", "1F3864"))
    table_style = opts.get("table_style", "Table Grid")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(18)
            run.font.color.rgb = accent
        elif kind == "subtitle":
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            run.italic = True
            run.font.size = Pt(11)
        elif kind == "h1":
            h = doc.add_heading(b[1], level=1)
            for r in h.runs:
                r.font.color.rgb = accent
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind in ("table", "kv"):
            rows = b[1] if kind == "table" else [list(x) for x in b[1]]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = table_style
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    cells[j].text = txt
                    bold = (kind == "table" and i == 0) or (kind == "kv" and j == 0)
                    if bold:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
                        _shade(cells[j], opts.get("shade", "D9E2F3"))
            doc.add_paragraph("")
        elif kind == "sig":
            for org, name, role in b[1]:
                doc.add_paragraph(org).runs[0].bold = True
                doc.add_paragraph("Signature: ______________________________")
                doc.add_paragraph("Name: " + name)
                if role:
                    doc.add_paragraph("Position: " + role)
                doc.add_paragraph("Date: ____ / ____ / 2025")
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)


# ----------------------------------------------------------------------------- pdf
def _styles(opts):
    ss = getSampleStyleSheet()
    base = opts.get("font", "Helvetica")
    bold = base + "-Bold" if base != "Times-Roman" else "Times-Bold"
    size = opts.get("size", 9.5)
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=base, fontSize=size,
                          leading=size * 1.3, spaceAfter=4)
    return {
        "body": body,
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.25, spaceAfter=0),
        "title": ParagraphStyle("t", parent=body, fontName=bold, fontSize=17, leading=21,
                                spaceAfter=8, textColor=colors.HexColor(opts.get("pdf_accent", "#123456"))),
        "subtitle": ParagraphStyle("st", parent=body, fontSize=11, leading=14, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=bold, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor(opts.get("pdf_accent", "#123456"))),
        "h2": ParagraphStyle("h2", parent=body, fontName=bold, fontSize=10.5, leading=13,
                             spaceBefore=5, spaceAfter=3),
        "bullet": ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2),
    }


def _pdf_table(rows, st, width, ruled, kv):
    ncol = max(len(r) for r in rows)
    data = []
    for i, row in enumerate(rows):
        line = []
        for j in range(ncol):
            txt = row[j] if j < len(row) else ""
            hdr = (not kv and i == 0) or (kv and j == 0)
            line.append(Paragraph(escape(txt), st["cellb" if hdr else "cell"]))
        data.append(line)
    if kv:
        widths = [width * 0.3, width * 0.7]
    else:
        widths = [width / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=0 if kv else 1)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]
    if kv:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF4")))
    else:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EC")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(path, blocks, opts):
    st = _styles(opts)
    cols = opts.get("columns", 1)
    ruled = opts.get("ruled", True)
    W, H = A4
    lm = rm = 2.0 * cm
    tm, bm = 2.2 * cm, 2.0 * cm
    header, footer = opts.get("header", ""), opts.get("footer", "")

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawRightString(W - rm, H - 1.3 * cm, header)
        canv.drawString(lm, 1.1 * cm, footer)
        canv.drawRightString(W - rm, 1.1 * cm, "Page %d" % d.page)
        canv.setStrokeColor(colors.grey)
        canv.line(lm, H - 1.45 * cm, W - rm, H - 1.45 * cm)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=opts.get("doc_title", ""),
                          author=opts.get("author", "Project Office"), invariant=1)
    fw = W - lm - rm
    full = Frame(lm, bm, fw, H - tm - bm, id="full")
    gap = 0.6 * cm
    cw = (fw - gap) / 2
    left = Frame(lm, bm, cw, H - tm - bm, id="l")
    right = Frame(lm + cw + gap, bm, cw, H - tm - bm, id="r")
    templates = [PageTemplate(id="one", frames=[full], onPage=deco),
                 PageTemplate(id="two", frames=[left, right], onPage=deco)]
    doc.addPageTemplates(templates if cols == 1 else [templates[1], templates[0]])
    width = fw if cols == 1 else cw
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p"):
            story.append(Paragraph(escape(b[1]), st["body" if kind == "p" else kind]))
        elif kind in ("bullets", "numbered"):
            for n, item in enumerate(b[1], 1):
                bt = "\u2022" if kind == "bullets" else "%d." % n
                story.append(Paragraph(escape(item), st["bullet"], bulletText=bt))
        elif kind == "table":
            story.append(_pdf_table(b[1], st, width, ruled, False))
            story.append(Spacer(1, 6))
        elif kind == "kv":
            story.append(_pdf_table([list(x) for x in b[1]], st, width, ruled, True))
            story.append(Spacer(1, 6))
        elif kind == "sig":
            for org, name, role in b[1]:
                lines = [Paragraph("<b>%s</b>" % escape(org), st["body"]),
                         Paragraph("Signature: ____________________________", st["body"]),
                         Paragraph("Name: " + escape(name), st["body"])]
                if role:
                    lines.append(Paragraph("Position: " + escape(role), st["body"]))
                lines.append(Paragraph("Date: ____ / ____ / 2025", st["body"]))
                lines.append(Spacer(1, 6))
                story.append(KeepTogether(lines))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


def render(path, blocks, opts, fmt):
    if fmt == "docx":
        render_docx(path, blocks, opts)
    else:
        render_pdf(path, blocks, opts)


def block_texts(blocks):
    """All text strings of a block list (used by --check)."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p"):
            out.append(b[1])
        elif k in ("bullets", "numbered"):
            out.extend(b[1])
        elif k == "table":
            for r in b[1]:
                out.extend(r)
        elif k == "kv":
            for r in b[1]:
                out.extend(r)
        elif k == "sig":
            for org, name, role in b[1]:
                out.extend([org, name] + ([role] if role else []))
    return [t for t in out if t]
