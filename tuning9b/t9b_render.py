"""Rendering helpers for the tuning9b set: block lists -> .docx / .pdf, plus text extraction."""
import re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem, FrameBreak)
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.invariant = 1


# ---------------------------------------------------------------- DOCX
def _docx_table(doc, rows, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph()


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
    sec.footer.paragraphs[0].text = spec["footer"]
    t = doc.add_paragraph()
    r = t.add_run(spec["title"])
    r.bold = True
    r.font.size = Pt(17)
    if spec.get("subtitle"):
        doc.add_paragraph(spec["subtitle"]).runs[0].italic = True
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            _docx_table(doc, b[1])
        elif kind == "kv":
            _docx_table(doc, b[1], header=False)
        elif kind == "sig":
            rows = [["Signed for and on behalf of", "Name / role", "Signature / date"]]
            rows += [[o, n, "________________  __/__/____"] for o, n in b[1]]
            _docx_table(doc, rows)
        elif kind == "pb":
            doc.add_page_break()
    doc.core_properties.title = spec["title"]
    doc.core_properties.author = spec.get("author", "")
    doc.save(path)


# ---------------------------------------------------------------- PDF
def _styles(spec):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["BodyText"], fontName=spec.get("pdffont", "Helvetica"),
                          fontSize=spec.get("size", 9.5), leading=spec.get("size", 9.5) * 1.3)
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=17, alignment=0),
        "sub": ParagraphStyle("s", parent=base, fontName="Helvetica-Oblique"),
        "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontSize=12.5, spaceBefore=8),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontSize=10.5),
        "p": base,
        "cell": ParagraphStyle("c", parent=base, fontSize=base.fontSize - 0.7,
                               leading=(base.fontSize - 0.7) * 1.25),
    }


def _pdf_table(rows, sty, avail, ruled, header=True):
    ncol = len(rows[0])
    data = [[Paragraph(escape(str(v)), sty["cell"]) for v in r] for r in rows]
    if ncol == 2:
        widths = [avail * 0.32, avail * 0.68]
    else:
        widths = [avail / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(spec, path):
    sty = _styles(spec)
    layout = spec.get("layout", "single")
    W, H = A4
    m = 2 * cm
    header, footer = spec["header"], spec["footer"]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(m, H - 1.2 * cm, header)
        canvas.drawRightString(W - m, 1.1 * cm, "%s  |  Page %d" % (footer, doc.page))
        canvas.line(m, H - 1.35 * cm, W - m, H - 1.35 * cm)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m,
                          bottomMargin=m, title=spec["title"], author=spec.get("author", ""))
    full = Frame(m, m, W - 2 * m, H - 2 * m, id="full")
    if layout == "two":
        gap = 0.6 * cm
        cw = (W - 2 * m - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m, id="c1"), Frame(m + cw + gap, m, cw, H - 2 * m, id="c2")]
        avail = cw - 12
    else:
        frames = [full]
        avail = W - 2 * m - 12
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    ruled = layout != "plain"
    story = [Paragraph(escape(spec["title"]), sty["title"])]
    if spec.get("subtitle"):
        story.append(Paragraph(escape(spec["subtitle"]), sty["sub"]))
    story.append(Spacer(1, 6))
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("h1", "h2", "p"):
            story.append(Paragraph(escape(b[1]), sty[kind]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(escape(x), sty["p"]), leftIndent=12) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                      start=None if kind == "ol" else "\u2022", leftIndent=12))
        elif kind == "table":
            story += [_pdf_table(b[1], sty, avail, ruled), Spacer(1, 6)]
        elif kind == "kv":
            story += [_pdf_table(b[1], sty, avail, ruled, header=False), Spacer(1, 6)]
        elif kind == "sig":
            rows = [["Signed for and on behalf of", "Name / role", "Signature / date"]]
            rows += [[o, n, "________________  __/__/____"] for o, n in b[1]]
            story += [_pdf_table(rows, sty, avail, True), Spacer(1, 6)]
        elif kind == "pb":
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------- extraction / check
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def extract_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def render(spec, path):
    (render_docx if path.endswith(".docx") else render_pdf)(spec, path)
