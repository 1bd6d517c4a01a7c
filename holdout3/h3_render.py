"""Rendering of holdout3 document specs to .docx (python-docx) and .pdf (reportlab).

A spec is a dict with keys: file, fmt ("docx"/"pdf"), header, footer, cover (list of lines or None),
twocol (pdf only), font, blocks.  Blocks are tuples:
  ("T", text)            document title
  ("H", text) / ("H2", text)  headings
  ("P", text)            paragraph
  ("B", [items]) / ("N", [items])  bullet / numbered list
  ("TB", rows)           table, first row is header
  ("KV", rows)           label/value table (no header row)
  ("SIG", [(org, name, title), ...])  signature blocks
  ("BR",)                page break
"""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem, KeepTogether)


# ---------------------------------------------------------------- docx
def _page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def render_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 11))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(spec.get("margin", 2.3))
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if spec.get("header_center") else WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = spec["footer"] + "   Page "
        _page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("cover"):
        for i, line in enumerate(spec["cover"]):
            p = doc.add_paragraph()
            r = p.add_run(line)
            if i == 0:
                r.bold = True
                r.font.size = Pt(24)
                p.paragraph_format.space_before = Pt(140)
            else:
                r.font.size = Pt(13)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    accent = spec.get("accent", "1F3864")
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "T":
            h = doc.add_heading(b[1], level=0)
        elif kind == "H":
            h = doc.add_heading(b[1], level=1)
        elif kind == "H2":
            h = doc.add_heading(b[1], level=2)
        elif kind == "P":
            doc.add_paragraph(b[1])
        elif kind in ("B", "N"):
            style = "List Bullet" if kind == "B" else "List Number"
            for item in b[1]:
                doc.add_paragraph(item, style=style)
        elif kind in ("TB", "KV"):
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    bold = (kind == "TB" and i == 0) or (kind == "KV" and j == 0)
                    if bold:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
                        _shade(cell, "D9E2F3" if kind == "TB" else "F2F2F2")
            doc.add_paragraph()
        elif kind == "SIG":
            for org, name, title in b[1]:
                doc.add_paragraph(f"Signed for and on behalf of {org}")
                doc.add_paragraph("Signature: ______________________________")
                doc.add_paragraph(f"Name: {name}")
                doc.add_paragraph(f"Position: {title}")
                doc.add_paragraph("Date: ____________________")
        elif kind == "BR":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec.get("title", "")
    import datetime
    fixed = datetime.datetime(2025, 1, 1, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- pdf
def _styles(spec):
    font = spec.get("pdffont", "Helvetica")
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    size = spec.get("size", 10)
    return {
        "T": ParagraphStyle("T", fontName=bold, fontSize=size + 7, leading=size + 10, spaceAfter=10),
        "H": ParagraphStyle("H", fontName=bold, fontSize=size + 2, leading=size + 5, spaceBefore=8,
                            spaceAfter=4, textColor=colors.HexColor(spec.get("pdfaccent", "#1F3864"))),
        "H2": ParagraphStyle("H2", fontName=bold, fontSize=size + 0.5, leading=size + 3, spaceBefore=5,
                             spaceAfter=2),
        "P": ParagraphStyle("P", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5),
        "C": ParagraphStyle("C", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "CB": ParagraphStyle("CB", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "COV": ParagraphStyle("COV", fontName=bold, fontSize=24, leading=30, alignment=1, spaceBefore=150),
        "COV2": ParagraphStyle("COV2", fontName=font, fontSize=13, leading=18, alignment=1, spaceBefore=8),
    }


def _pdf_table(rows, kind, width, s, ruled):
    ncol = max(len(r) for r in rows)
    if kind == "KV" and ncol == 2:
        widths = [width * 0.32, width * 0.68]
    else:
        widths = [width / ncol] * ncol
    data = []
    for i, row in enumerate(rows):
        cells = []
        for j in range(ncol):
            txt = escape(row[j]) if j < len(row) else ""
            bold = (kind == "TB" and i == 0) or (kind == "KV" and j == 0)
            cells.append(Paragraph(txt, s["CB"] if bold else s["C"]))
        data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=1 if kind == "TB" else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey))
    if kind == "TB":
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")))
    else:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(spec, path):
    s = _styles(spec)
    pw, ph = A4
    margin = 2.0 * cm
    header, footer = spec.get("header", ""), spec.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawCentredString(pw / 2, ph - 1.2 * cm, header)
        if footer:
            canvas.drawString(margin, 1.1 * cm, footer)
        canvas.drawRightString(pw - margin, 1.1 * cm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=spec.get("title", ""),
                          author=spec.get("author", ""), invariant=1)
    fw, fh = pw - 2 * margin, ph - 2 * margin
    one = Frame(margin, margin, fw, fh, id="one")
    gap = 0.6 * cm
    cw = (fw - gap) / 2
    two = [Frame(margin, margin, cw, fh, id="c1"), Frame(margin + cw + gap, margin, cw, fh, id="c2")]
    templates = [PageTemplate(id="one", frames=[one], onPage=deco),
                 PageTemplate(id="two", frames=two, onPage=deco)]
    twocol = spec.get("twocol", False)
    if twocol:
        templates = [templates[1], templates[0]] if not spec.get("cover") else templates
    doc.addPageTemplates(templates)
    width = cw if twocol else fw
    ruled = spec.get("ruled", True)
    story = []
    if spec.get("cover"):
        from reportlab.platypus.doctemplate import NextPageTemplate
        for i, line in enumerate(spec["cover"]):
            story.append(Paragraph(escape(line), s["COV"] if i == 0 else s["COV2"]))
        if twocol:
            story.append(NextPageTemplate("two"))
        story.append(PageBreak())
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("T", "H", "H2", "P"):
            story.append(Paragraph(escape(b[1]), s[kind]))
        elif kind in ("B", "N"):
            items = [ListItem(Paragraph(escape(x), s["P"]), leftIndent=14) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "B" else "1",
                                      start="\u2022" if kind == "B" else None, leftIndent=14,
                                      bulletFontSize=8 if kind == "B" else 10))
        elif kind in ("TB", "KV"):
            story.append(_pdf_table(b[1], kind, width, s, ruled))
            story.append(Spacer(1, 8))
        elif kind == "SIG":
            for org, name, title in b[1]:
                block = [Paragraph(escape(f"Signed for and on behalf of {org}"), s["P"]),
                         Paragraph("Signature: ______________________________", s["P"]),
                         Paragraph(escape(f"Name: {name}"), s["P"]),
                         Paragraph(escape(f"Position: {title}"), s["P"]),
                         Paragraph("Date: ____________________", s["P"]), Spacer(1, 6)]
                story.append(KeepTogether(block))
        elif kind == "BR":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


def render(spec, path):
    if spec["fmt"] == "docx":
        render_docx(spec, path)
    else:
        render_pdf(spec, path)


def key_texts(spec):
    """All paragraph, list, table-cell and heading text in the spec (used by --check)."""
    out = []
    for b in spec["blocks"]:
        if b[0] in ("T", "H", "H2", "P"):
            out.append(b[1])
        elif b[0] in ("B", "N"):
            out.extend(b[1])
        elif b[0] in ("TB", "KV"):
            for row in b[1]:
                out.extend(c for c in row if c)
        elif b[0] == "SIG":
            for org, name, title in b[1]:
                out.extend([org, name, title])
    return out
