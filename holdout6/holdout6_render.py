"""Rendering of holdout6 document specs to .docx (python-docx) and .pdf (reportlab).

A spec is a dict: file, type, fmt, blocks, and optional layout keys:
header, footer, cover (dict), contents (list of str), columns (1/2), ruled (bool), font.
Blocks: ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("ol", [..]) ("kv", [(l, v)..])
("table", [[hdr..], [row..]..]) ("sig", [(org, name, role)..]) ("pb",) ("small", t)
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem)


# ----------------------------------------------------------------- docx
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


def _set_cols(section, n):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "425")


def _docx_table(d, rows, kv=False, ruled=True):
    t = d.add_table(rows=0, cols=len(rows[0]))
    if ruled:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(str(val))
            if (kv and j == 0) or (not kv and i == 0):
                run.bold = True
    d.add_paragraph()


def render_docx(spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 10.5))
    sec = d.sections[0]
    if spec.get("header"):
        sec.header.paragraphs[0].text = spec["header"]
    if spec.get("footer") is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = spec["footer"] + ("  |  Page " if spec["footer"] else "Page ")
        _page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover = spec.get("cover")
    if cover:
        for _ in range(6):
            d.add_paragraph()
        p = d.add_paragraph()
        r = p.add_run(cover["title"])
        r.bold = True
        r.font.size = Pt(22)
        for line in cover.get("lines", []):
            d.add_paragraph(line)
        d.add_page_break()
    if spec.get("contents"):
        d.add_heading("Contents", level=1)
        for line in spec["contents"]:
            d.add_paragraph(line)
        d.add_page_break()
    if spec.get("columns", 1) == 2:
        newsec = d.add_section(0)  # continuous
        _set_cols(newsec, 2)
    ruled = spec.get("ruled", True)
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
            r.italic = True
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "kv":
            _docx_table(d, [list(r) for r in b[1]], kv=True, ruled=ruled)
        elif kind == "table":
            _docx_table(d, b[1], ruled=ruled)
        elif kind == "sig":
            rows = [["Organisation", "Name", "Position", "Signature / date"]]
            rows += [[o, n, r, "______________  ____/____/______"] for o, n, r in b[1]]
            _docx_table(d, rows, ruled=True)
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.core_properties.author = spec.get("author", "")
    d.core_properties.title = spec.get("title", "")
    import datetime
    fixed = datetime.datetime(2025, 1, 1)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.save(path)


# ----------------------------------------------------------------- pdf
def _styles(spec):
    ss = getSampleStyleSheet()
    base = "Times-Roman" if spec.get("font") == "serif" else "Helvetica"
    bold = "Times-Bold" if base == "Times-Roman" else "Helvetica-Bold"
    sz = 9.5 if spec.get("columns", 1) == 2 else 10
    return {
        "p": ParagraphStyle("p", ss["Normal"], fontName=base, fontSize=sz, leading=sz + 3,
                            spaceAfter=5),
        "small": ParagraphStyle("s", ss["Normal"], fontName=base, fontSize=7.5, leading=9.5),
        "h1": ParagraphStyle("h1", ss["Heading2"], fontName=bold, fontSize=13, spaceBefore=8,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", ss["Heading3"], fontName=bold, fontSize=10.5, spaceBefore=6,
                             spaceAfter=3),
        "cell": ParagraphStyle("c", ss["Normal"], fontName=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", ss["Normal"], fontName=bold, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("t", ss["Title"], fontName=bold, fontSize=22, leading=28),
    }


def _pdf_table(rows, S, width, kv=False, ruled=True):
    data = []
    for i, row in enumerate(rows):
        bold_row = (not kv and i == 0)
        data.append([Paragraph(escape(str(v)), S["cellb"] if (bold_row or (kv and j == 0))
                               else S["cell"]) for j, v in enumerate(row)])
    n = len(rows[0])
    if kv:
        widths = [width * 0.32, width * 0.68]
    else:
        widths = [width / n] * n
    t = Table(data, colWidths=widths, repeatRows=0 if kv else 1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if not kv:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
        else:
            style += [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))]
    else:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]
    t.setStyle(TableStyle(style))
    return t


def render_pdf(spec, path):
    S = _styles(spec)
    W, H = A4
    margin = 20 * mm
    ncol = spec.get("columns", 1)
    gap = 8 * mm
    fw = (W - 2 * margin - (ncol - 1) * gap) / ncol
    fh = H - 2 * margin - 10 * mm

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if spec.get("header"):
            canv.drawString(margin, H - 12 * mm, spec["header"])
            canv.line(margin, H - 13.5 * mm, W - margin, H - 13.5 * mm)
        if spec.get("footer") is not None:
            txt = (spec["footer"] + "  |  " if spec["footer"] else "") + "Page %d" % doc.page
            canv.drawCentredString(W / 2, 10 * mm, txt)
        canv.restoreState()

    frames = [Frame(margin + i * (fw + gap), margin, fw, fh, id="c%d" % i) for i in range(ncol)]
    cover_frame = Frame(margin, margin, W - 2 * margin, fh, id="cover")
    doc = BaseDocTemplate(path, pagesize=A4, title=spec.get("title", ""),
                          author=spec.get("author", ""), invariant=1)
    tpls = [PageTemplate("single", [cover_frame], onPage=deco),
            PageTemplate("body", frames, onPage=deco)]
    if not (spec.get("cover") or spec.get("contents")):
        tpls.reverse()  # body layout from the first page
    doc.addPageTemplates(tpls)
    story = []
    cover = spec.get("cover")
    if cover:
        story += [Spacer(1, 60 * mm), Paragraph(escape(cover["title"]), S["title"]),
                  Spacer(1, 8 * mm)]
        story += [Paragraph(escape(l), S["p"]) for l in cover.get("lines", [])]
    if spec.get("contents"):
        if cover:
            story.append(PageBreak())
        story.append(Paragraph("Contents", S["h1"]))
        story += [Paragraph(escape(l), S["p"]) for l in spec["contents"]]
    story.append(NextPageTemplate("body"))
    if cover or spec.get("contents"):
        story.append(PageBreak())
    ruled = spec.get("ruled", True)
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("h1", "h2", "p", "small"):
            story.append(Paragraph(escape(b[1]), S[kind]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(escape(t), S["p"])) for t in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start=None if kind == "ol" else "\u2022",
                                      leftIndent=12, bulletFontSize=8))
        elif kind == "kv":
            story += [_pdf_table([list(r) for r in b[1]], S, fw, kv=True, ruled=ruled),
                      Spacer(1, 4 * mm)]
        elif kind == "table":
            story += [_pdf_table(b[1], S, fw, ruled=ruled), Spacer(1, 4 * mm)]
        elif kind == "sig":
            rows = [["Organisation", "Name", "Position", "Signature / date"]]
            rows += [[o, n, r, "________________ __/__/____"] for o, n, r in b[1]]
            story += [Spacer(1, 4 * mm), _pdf_table(rows, S, fw, ruled=True)]
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


def render(spec, path):
    (render_docx if spec["fmt"] == "docx" else render_pdf)(spec, path)


def block_texts(spec):
    """All strings the --check mode expects to find in the rendered file."""
    out = []
    for b in spec["blocks"]:
        if b[0] in ("h1", "h2", "p", "small"):
            out.append(b[1])
        elif b[0] in ("ul", "ol"):
            out += list(b[1])
        elif b[0] in ("kv", "table"):
            out += [str(c) for row in b[1] for c in row]
        elif b[0] == "sig":
            out += [x for row in b[1] for x in row]
    return out
