"""holdout9: render block lists to .docx (python-docx) and .pdf (reportlab)."""
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate)

FONTS = ["Calibri", "Arial", "Cambria", "Georgia"]


def _page_field(par):
    run = par.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def to_docx(path, meta, blocks, n):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONTS[n % 4]
    st.font.size = Pt(10.5 if n % 2 else 11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2 + (n % 3) * 0.3)
    hp = sec.header.paragraphs[0]
    hp.text = "  |  ".join(x for x in (meta.get("marking"), meta["doctype"], meta["version"]) if x)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if n % 2 else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.text = (meta.get("marking") + "    " if meta.get("marking") else "") + "Page "
    _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    r = t.add_run(meta["doctype"])
    r.bold = True
    r.font.size = Pt(13)
    d.add_heading(meta["title"], level=0 if n % 3 == 0 else 1)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1 if n % 2 else 2)
        elif k == "h2":
            p = d.add_paragraph()
            rr = p.add_run(b[1])
            rr.bold = True
            rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "b":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet" if n % 3 else "List Number")
        elif k in ("t", "kv", "sig"):
            rows = b[1]
            if k == "sig":
                rows = [("Organisation", "Signed", "Name / position", "Date")] + [(o, "", f"{nm}, {ro}".strip(", "), "") for o, nm, ro in rows]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = val
                    if (k == "kv" and j == 0) or (i == 0 and (k == "sig" or (k == "t" and b[2]))):
                        for rr in cell.paragraphs[0].runs:
                            rr.bold = True
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    d.save(path)


def _styles(n):
    ss = getSampleStyleSheet()
    base = "Helvetica" if n % 2 else "Times-Roman"
    bold = "Helvetica-Bold" if n % 2 else "Times-Bold"
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=base, fontSize=9.5, leading=12.5, spaceAfter=5)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    h = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                       textColor=colors.HexColor("#1f3a5f" if n % 3 else "#000000"))
    h2 = ParagraphStyle("h2", parent=h, fontSize=10)
    title = ParagraphStyle("t", parent=h, fontSize=15, leading=19, spaceAfter=8)
    sub = ParagraphStyle("s", parent=body, fontName=bold, fontSize=10.5)
    return dict(body=body, cell=cell, cellb=cellb, h=h, h2=h2, title=title, sub=sub, base=base)


def _table(rows, st, header, kv, ruled, width):
    ncol = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(escape(v), st["cellb"] if ((kv and j == 0) or (header and i == 0)) else st["cell"])
                     for j, v in enumerate(list(r) + [""] * (ncol - len(r)))])
    cw = [width * 0.3, width * 0.7] if kv and ncol == 2 else [width / ncol] * ncol
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]
    t.setStyle(TableStyle(cmds))
    return t


def to_pdf(path, meta, blocks, n, layout):
    st = _styles(n)
    W, Hh = A4
    m = 2 * cm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=2.2 * cm, bottomMargin=2 * cm,
                          title=meta["title"], author="holdout9")

    def deco(cv, d):
        cv.saveState()
        cv.setFont(st["base"], 7.5)
        top = "  |  ".join(x for x in (meta.get("marking"), meta["doctype"], meta["version"]) if x)
        cv.drawString(m, Hh - 1.3 * cm, top)
        cv.line(m, Hh - 1.45 * cm, W - m, Hh - 1.45 * cm)
        cv.drawRightString(W - m, 1.1 * cm, f"Page {d.page}")
        if meta.get("marking"):
            cv.drawString(m, 1.1 * cm, meta["marking"])
        cv.restoreState()

    fw = W - 2 * m
    fh = Hh - 4.2 * cm
    one = Frame(m, 2 * cm, fw, fh, id="one")
    gap = 0.6 * cm
    cwid = (fw - gap) / 2
    two = [Frame(m, 2 * cm, cwid, fh, id="l"), Frame(m + cwid + gap, 2 * cm, cwid, fh, id="r")]
    twocol = layout == "twocol"
    tpls = [PageTemplate(id="one", frames=[one], onPage=deco), PageTemplate(id="two", frames=two, onPage=deco)]
    if twocol and blocks[0][0] != "kv":
        tpls.reverse()
    doc.addPageTemplates(tpls)
    width = cwid if twocol else fw
    story = [Paragraph(escape(meta["doctype"]), st["sub"]), Paragraph(escape(meta["title"]), st["title"])]
    first_kv = True
    for b in blocks:
        k = b[0]
        if k == "kv" and first_kv and twocol:
            story.append(_table(b[1], st, False, True, True, fw))
            story += [NextPageTemplate("two"), PageBreak()]
            first_kv = False
            continue
        if k == "h":
            story.append(Paragraph(escape(b[1]), st["h"]))
        elif k == "h2":
            story.append(Paragraph(escape(b[1]), st["h2"]))
        elif k == "p":
            story.append(Paragraph(escape(b[1]), st["body"]))
        elif k == "b":
            for x in b[1]:
                story.append(Paragraph(escape(x), st["body"], bulletText="•"))
        elif k == "t":
            story += [_table(b[1], st, b[2], False, layout == "ruled", width), Spacer(1, 6)]
        elif k == "kv":
            story += [_table(b[1], st, False, True, True, width), Spacer(1, 6)]
        elif k == "sig":
            rows = [("Organisation", "Name / position", "Signature and date")] + [(o, f"{nm}, {ro}".strip(", "), "") for o, nm, ro in b[1]]
            story += [Spacer(1, 6), _table(rows, st, True, False, True, width)]
        elif k == "pb":
            if not twocol:
                story.append(PageBreak())
    doc.build(story)
