"""holdout4: render a document dict to .docx (python-docx) or .pdf (reportlab)."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)


def headings(doc):
    return [b[1] for b in doc["blocks"] if b[0] == "h1"]


# ------------------------------------------------------------------ docx
def _page_field(par):
    run = par.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def to_docx(doc, path, k):
    d = Document()
    d.styles["Normal"].font.name = ["Calibri", "Arial", "Cambria"][k % 3]
    d.styles["Normal"].font.size = Pt([11, 10, 10.5][k % 3])
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["header"]
    fp = sec.footer.paragraphs[0]
    fp.text = doc["footer"] + " "
    _page_field(fp)
    if doc["cover"]:
        for j, line in enumerate(doc["cover"]):
            r = d.add_paragraph().add_run(line)
            r.bold = j == 0
            r.font.size = Pt(24 if j == 0 else 13)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if doc["toc"]:
        d.add_heading("Contents", level=1)
        for h in headings(doc):
            d.add_paragraph(h)
    if doc["cols"] == 2:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "425")
        sec._sectPr.append(cols)
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2"):
            if k % 3 == 2:  # some authors just bold their headings
                r = d.add_paragraph().add_run(b[1])
                r.bold, r.font.size = True, Pt(13 if t == "h1" else 11)
            else:
                d.add_heading(b[1], level=1 if t == "h1" else 2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "bul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "tbl":
            rows, ruled, header = b[1], b[2], b[3]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            if ruled:
                tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = val
                    if (header and i == 0) or (not header and j == 0 and len(row) == 2):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc["title"]
    d.save(path)


# ------------------------------------------------------------------ pdf
def _esc(s):
    return escape(s).replace("\n", "<br/>")


def to_pdf(doc, path, k):
    ss = getSampleStyleSheet()
    font = ["Helvetica", "Times-Roman", "Helvetica"][k % 3]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    two = doc["cols"] == 2
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=9 if two else 10, leading=11.5 if two else 13,
                          spaceAfter=5)
    cell = ParagraphStyle("c", parent=body, fontSize=7.5 if two else 9, leading=9.5 if two else 11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=13, leading=16, spaceBefore=8, spaceAfter=5,
                        textColor=colors.HexColor(["#003087", "#333333", "#005A50"][k % 3]))
    h2 = ParagraphStyle("h2", parent=h1, fontSize=11, leading=14)
    W, H = A4
    m = 18 * mm
    gap = 8 * mm
    fw = (W - 2 * m - gap) / 2 if two else W - 2 * m
    frames = [Frame(m, m + 6 * mm, fw, H - 2 * m - 12 * mm, id="c1")]
    if two:
        frames.append(Frame(m + fw + gap, m + 6 * mm, fw, H - 2 * m - 12 * mm, id="c2"))

    def deco(canv, dd):
        canv.saveState()
        canv.setFont(font, 8)
        canv.drawString(m, H - m + 2 * mm, doc["header"])
        canv.drawRightString(W - m, m - 4 * mm, f"{doc['footer']} {canv.getPageNumber()}")
        if k % 2 == 0:
            canv.setLineWidth(0.4)
            canv.line(m, H - m, W - m, H - m)
        canv.restoreState()

    cover_frame = Frame(m, m, W - 2 * m, H - 2 * m, id="cov")
    tpl = [PageTemplate("body", frames=frames, onPage=deco)]
    story = []
    if doc["cover"]:
        tpl.insert(0, PageTemplate("cover", frames=[cover_frame]))
        big = ParagraphStyle("big", parent=h1, fontSize=24, leading=30, spaceBefore=120)
        story.append(Paragraph(_esc(doc["cover"][0]), big))
        story += [Paragraph(_esc(x), ParagraphStyle("cv", parent=body, fontSize=13, leading=18)) for x in doc["cover"][1:]]
        story += [NextPageTemplate("body"), PageBreak()]
    if doc["toc"]:
        story.append(Paragraph("Contents", h1))
        story += [Paragraph(_esc(h), body) for h in headings(doc)]
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            story.append(Paragraph(_esc(b[1]), h1))
        elif t == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(_esc(b[1]), body))
        elif t == "bul":
            story += [Paragraph(_esc(x), body, bulletText="\u2022") for x in b[1]]
        elif t == "tbl":
            rows, ruled, header = b[1], b[2], b[3]
            n = len(rows[0])
            widths = [fw * 0.3, fw * 0.7] if n == 2 else [fw / n] * n
            data = [[Paragraph(_esc(v), cellb if (header and i == 0) or (n == 2 and j == 0) else cell)
                     for j, v in enumerate(r)] for i, r in enumerate(rows)]
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if ruled:
                st += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
                if header:
                    st += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7"))]
            elif header:
                st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
            story += [Table(data, colWidths=widths, style=TableStyle(st), repeatRows=1 if header else 0), Spacer(1, 6)]
        elif t == "pb":
            story.append(PageBreak())
    dt = BaseDocTemplate(path, pagesize=A4, title=doc["title"], author=doc.get("author", ""),
                         invariant=1, pageTemplates=tpl)
    dt.build(story)
