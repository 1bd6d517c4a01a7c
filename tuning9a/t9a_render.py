"""Rendering helpers for the tuning9a set: docx (python-docx) and pdf (reportlab)."""
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, ListFlowable, ListItem, PageBreak)
from xml.sax.saxutils import escape


def _page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def write_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = spec["header"]
    fp = sec.footer.paragraphs[0]
    fp.text = spec["footer"] + "   Page "
    _page_field(fp)
    doc.add_heading(spec["title"], level=0)
    if spec.get("subtitle"):
        doc.add_paragraph(spec["subtitle"]).runs[0].italic = True
    for blk in spec["blocks"]:
        kind, val = blk[0], blk[1]
        if kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "b":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "n":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "t":
            tbl = doc.add_table(rows=0, cols=len(val[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(val):
                cells = tbl.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
                    if i == 0 and blk[2:] != ("nohead",):
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(path)


def _styles():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    return {"title": ParagraphStyle("t", parent=ss["Title"], fontSize=16, leading=20),
            "sub": ParagraphStyle("s", parent=body, fontName="Helvetica-Oblique"),
            "h": ParagraphStyle("h", parent=ss["Heading2"], fontSize=11.5, leading=14),
            "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontSize=10, leading=12.5),
            "body": body, "cell": cell}


def write_pdf(spec, path):
    S = _styles()
    layout = spec.get("layout", "plain")
    W, H = A4
    m = 18 * mm

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(m, H - 11 * mm, spec["header"])
        canv.drawString(m, 10 * mm, spec["footer"])
        canv.drawRightString(W - m, 10 * mm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          title=spec["title"], author="tuning9a", creator="tuning9a", producer="tuning9a")
    if layout == "twocol":
        gap = 6 * mm
        cw = (W - 2 * m - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m, id="c1"), Frame(m + cw + gap, m, cw, H - 2 * m, id="c2")]
    else:
        cw = W - 2 * m
        frames = [Frame(m, m, cw, H - 2 * m, id="f")]
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    story = [Paragraph(escape(spec["title"]), S["title"])]
    if spec.get("subtitle"):
        story.append(Paragraph(escape(spec["subtitle"]), S["sub"]))
    story.append(Spacer(1, 6))
    for blk in spec["blocks"]:
        kind, val = blk[0], blk[1]
        if kind in ("h", "h2"):
            story.append(Paragraph(escape(val), S[kind]))
        elif kind == "p":
            story.append(Paragraph(escape(val), S["body"]))
        elif kind in ("b", "n"):
            items = [ListItem(Paragraph(escape(x), S["body"]), leftIndent=12) for x in val]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "b" else "1",
                                      start=None if kind == "n" else "\u2022", leftIndent=12))
        elif kind == "t":
            ncol = len(val[0])
            data = [[Paragraph(escape(c), S["cell"]) for c in row] for row in val]
            widths = [cw * 0.34] + [cw * 0.66 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [cw]
            t = Table(data, colWidths=widths, repeatRows=1)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if layout == "ruled" or spec.get("grid"):
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]
            else:
                style += [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif kind == "pb":
            story.append(PageBreak())
        story.append(Spacer(1, 3))
    doc.build(story)
