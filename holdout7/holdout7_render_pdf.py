"""Render a holdout7 Doc to PDF with reportlab (deterministic: invariant=1)."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak, KeepTogether)

W, H = A4
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Calibri": "Helvetica-Bold"}


def _styles(font):
    f = font if font != "Calibri" else "Helvetica"
    fb = BOLD.get(font, "Helvetica-Bold")
    base = ParagraphStyle("b", fontName=f, fontSize=9.6, leading=12.4, alignment=TA_LEFT,
                          spaceAfter=5)
    return {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=7.6, leading=9.4,
                                textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.6, leading=10.6, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName=fb, fontSize=8.6, leading=10.6,
                                spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=fb, fontSize=13, leading=16,
                             spaceBefore=8, spaceAfter=6, textColor=colors.HexColor("#1F3A5F")),
        "h2": ParagraphStyle("h2", parent=base, fontName=fb, fontSize=11, leading=14,
                             spaceBefore=6, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=fb, fontSize=9.8, leading=12.5,
                             spaceBefore=4, spaceAfter=3),
        "title": ParagraphStyle("t", parent=base, fontName=fb, fontSize=21, leading=26,
                                textColor=colors.HexColor("#1F3A5F"), spaceAfter=16),
        "bul": ParagraphStyle("bl", parent=base, leftIndent=14, bulletIndent=4),
    }


def _table(rows, st, tstyle, header, kv, avail):
    ncol = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        row = []
        for j in range(ncol):
            txt = escape(r[j]) if j < len(r) else ""
            bold = (header and i == 0) or (kv and j == 0)
            row.append(Paragraph(txt, st["cellb"] if bold else st["cell"]))
        data.append(row)
    if kv and ncol == 2:
        widths = [avail * 0.32, avail * 0.68]
    else:
        widths = [avail / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if tstyle == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif tstyle == "lines":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")))
    if kv:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F6")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(doc, path):
    st = _styles(doc.font)
    margin = 2.0 * cm
    gap = 0.7 * cm
    full_w = W - 2 * margin
    two = doc.layout == "two"
    col_w = (full_w - gap) / 2 if two else full_w

    def deco(canvas, _d):
        canvas.saveState()
        f = doc.font if doc.font != "Calibri" else "Helvetica"
        canvas.setFont(f, 7.5)
        if doc.header:
            canvas.drawRightString(W - margin, H - 1.2 * cm, doc.header)
            canvas.setLineWidth(0.3)
            canvas.line(margin, H - 1.35 * cm, W - margin, H - 1.35 * cm)
        foot = "Page %d" % canvas.getPageNumber()
        if doc.footer:
            canvas.drawString(margin, 1.1 * cm, doc.footer)
        canvas.drawRightString(W - margin, 1.1 * cm, foot)
        canvas.restoreState()

    bd = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                         topMargin=margin, bottomMargin=margin, title=doc.title,
                         author="holdout7 generator", invariant=1)
    full = Frame(margin, margin, full_w, H - 2 * margin, id="full")
    templates = [PageTemplate(id="cover", frames=[full], onPage=deco)]
    if two:
        f1 = Frame(margin, margin, col_w, H - 2 * margin, id="c1")
        f2 = Frame(margin + col_w + gap, margin, col_w, H - 2 * margin, id="c2")
        templates.append(PageTemplate(id="body", frames=[f1, f2], onPage=deco))
    else:
        templates.append(PageTemplate(id="body", frames=[full], onPage=deco))
    has_cover = bool(doc.blocks) and doc.blocks[0][0] == "cover"
    if not has_cover:
        templates.reverse()  # body template first: page 1 already uses the body layout
    bd.addPageTemplates(templates)

    story = []
    for b in doc.blocks:
        k = b[0]
        if k == "cover":
            story.append(Spacer(1, 5 * cm))
            story.append(Paragraph(escape(b[1]), st["title"]))
            for line in b[2]:
                story.append(Paragraph(escape(line), st["p"]))
            story.append(NextPageTemplate("body"))
            story.append(PageBreak())
        elif k == "h":
            story.append(Paragraph(escape(b[1]), st["h%d" % min(b[2], 3)]))
        elif k == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st["p"]))
        elif k == "small":
            story.append(Paragraph(escape(b[1]), st["small"]))
        elif k in ("bul", "num"):
            for i, item in enumerate(b[1], 1):
                bullet = "\u2022" if k == "bul" else "%d." % i
                story.append(Paragraph(escape(item), st["bul"], bulletText=bullet))
        elif k in ("tbl", "kv"):
            story.append(_table(b[1], st, doc.tstyle if k == "tbl" else
                                ("grid" if doc.tstyle == "grid" else "lines"),
                                k == "tbl" and b[2], k == "kv", col_w))
            story.append(Spacer(1, 6))
        elif k == "sig":
            parties = b[1]
            rows = []
            for org, name, role in parties:
                rows.append(["Signed for and on behalf of " + org,
                             "Name: %s\nPosition: %s" % (name, role),
                             "Signature / date:"])
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), st["cell"]) for c in r]
                    for r in rows]
            t = Table(data, colWidths=[col_w * 0.38, col_w * 0.37, col_w * 0.25])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            story.append(KeepTogether([Spacer(1, 6), t]))
        elif k == "br":
            story.append(PageBreak())
    bd.build(story)
