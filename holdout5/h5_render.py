"""holdout5 renderer: turns a simple block model into .docx (python-docx) or .pdf (reportlab).

Block model (list of tuples):
  ("h", text)            heading level 1
  ("h2", text)           heading level 2
  ("p", text)            paragraph
  ("ul", [items])        bulleted list
  ("ol", [items])        numbered list (numbers written into the text)
  ("table", rows)        table, first row is a header row
  ("kv", rows)           two-column label/value form table (no header row)
  ("sig", [(org, name, role), ...])  signature block
  ("br",)                page break
Doc options: title, subtitle, header, footer, cover (bool), toc (bool), columns (1/2),
  grid ("grid" | "lines" | "plain") for PDF tables, font ("Helvetica" | "Times-Roman").
"""
import datetime
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)


def headings(blocks):
    return [b[1] for b in blocks if b[0] == "h"]


# ----------------------------------------------------------------- DOCX
def _add_page_field(par):
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


def _docx_table(d, rows, header=True):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cells[j].text = txt
            if (header and i == 0) or (not header and j == 0):
                for run in cells[j].paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()


def render_docx(spec, path):
    d = Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.title = spec["title"]
    cp.author = spec.get("author", "")
    st = d.styles["Normal"]
    st.font.name = spec.get("docx_font", "Calibri")
    st.font.size = Pt(spec.get("docx_size", 11))
    sec = d.sections[0]
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("footer") is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = (spec.get("footer") or "") + "   Page "
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_page_field(fp)
    if spec.get("cover"):
        for _ in range(6):
            d.add_paragraph()
        p = d.add_paragraph()
        r = p.add_run(spec["title"])
        r.bold = True
        r.font.size = Pt(24)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.get("subtitle"):
            p = d.add_paragraph(spec["subtitle"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in spec.get("cover_lines", []):
            p = d.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_page_break()
    else:
        d.add_heading(spec["title"], level=0)
        if spec.get("subtitle"):
            p = d.add_paragraph()
            r = p.add_run(spec["subtitle"])
            r.italic = True
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    if spec.get("toc"):
        d.add_heading("Contents", level=1)
        for i, h in enumerate(headings(spec["blocks"]), 1):
            d.add_paragraph(f"{h}")
        d.add_page_break()
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it)
        elif kind == "table":
            _docx_table(d, b[1], header=True)
        elif kind == "kv":
            _docx_table(d, b[1], header=False)
        elif kind == "sig":
            rows = [["Organisation", "Name", "Position", "Signature", "Date"]]
            rows += [[o, n, r, "", ""] for (o, n, r) in b[1]]
            _docx_table(d, rows, header=True)
        elif kind == "br":
            d.add_page_break()
    _save_fixed(d, path)


def _save_fixed(d, path):
    """Save with fixed zip timestamps so regenerated files are byte-identical."""
    import io
    import zipfile
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ----------------------------------------------------------------- PDF
def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles(font):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=10, leading=13, spaceAfter=5),
        "cell": ParagraphStyle("c", fontName=font, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=9, leading=11),
        "h": ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=15, spaceBefore=8,
                            spaceAfter=4, textColor=colors.HexColor("#1F3A5F")),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=5,
                             spaceAfter=3),
        "title": ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=6),
        "ctitle": ParagraphStyle("ct", fontName=bold, fontSize=24, leading=29,
                                 alignment=TA_CENTER, spaceAfter=12),
        "csub": ParagraphStyle("cs", fontName=font, fontSize=12, leading=16,
                               alignment=TA_CENTER, spaceAfter=6),
        "li": ParagraphStyle("li", fontName=font, fontSize=10, leading=13, leftIndent=12,
                             bulletIndent=2, spaceAfter=2),
    }


def _pdf_table(rows, st, width, grid, header=True):
    ncol = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            bold = (header and i == 0) or (not header and j == 0)
            line.append(Paragraph(_esc(txt), st["cellb" if bold else "cell"]))
        data.append(line)
    if not header and ncol == 2:
        cw = [width * 0.32, width * 0.68]
    else:
        cw = [width / ncol] * ncol
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif grid == "lines":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")))
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(spec, path):
    font = spec.get("font", "Helvetica")
    st = _styles(font)
    cols = spec.get("columns", 1)
    grid = spec.get("grid", "grid")
    pw, ph = A4
    lm = 20 * mm
    fw = pw - 2 * lm
    header, footer = spec.get("header", ""), spec.get("footer", "")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if header:
            canv.drawRightString(pw - lm, ph - 12 * mm, header)
            canv.line(lm, ph - 13.5 * mm, pw - lm, ph - 13.5 * mm)
        if footer is not None:
            canv.drawCentredString(pw / 2, 10 * mm, f"{footer}   Page {doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title=spec["title"],
                          author=spec.get("author", ""), invariant=1)
    fh = ph - 38 * mm
    one = Frame(lm, 18 * mm, fw, fh, id="one")
    gap = 6 * mm
    cw = (fw - gap) / 2
    two = [Frame(lm, 18 * mm, cw, fh, id="c1"), Frame(lm + cw + gap, 18 * mm, cw, fh, id="c2")]
    templates = [PageTemplate(id="single", frames=[one], onPage=deco),
                 PageTemplate(id="double", frames=two, onPage=deco)]
    body_t = "double" if cols == 2 else "single"
    if body_t == "double":
        templates = [templates[1], templates[0]] if not spec.get("cover") else templates
    doc.addPageTemplates(templates)
    width = cw if cols == 2 else fw
    flow = []
    if spec.get("cover"):
        flow += [Spacer(1, 60 * mm), Paragraph(_esc(spec["title"]), st["ctitle"])]
        if spec.get("subtitle"):
            flow.append(Paragraph(_esc(spec["subtitle"]), st["csub"]))
        for line in spec.get("cover_lines", []):
            flow.append(Paragraph(_esc(line), st["csub"]))
        flow += [NextPageTemplate(body_t), PageBreak()]
    if spec.get("toc"):
        flow.append(Paragraph("Contents", st["h"]))
        for h in headings(spec["blocks"]):
            flow.append(Paragraph(_esc(h), st["p"]))
        flow += [NextPageTemplate(body_t), PageBreak()]
    if not spec.get("cover"):
        flow.append(Paragraph(_esc(spec["title"]), st["title"]))
        if spec.get("subtitle"):
            flow.append(Paragraph("<i>" + _esc(spec["subtitle"]) + "</i>", st["p"]))
    for b in spec["blocks"]:
        kind = b[0]
        if kind in ("h", "h2", "p"):
            flow.append(Paragraph(_esc(b[1]), st[kind]))
        elif kind == "ul":
            for it in b[1]:
                flow.append(Paragraph(_esc(it), st["li"], bulletText="\u2022"))
        elif kind == "ol":
            for it in b[1]:
                flow.append(Paragraph(_esc(it), st["li"]))
        elif kind in ("table", "kv"):
            flow.append(_pdf_table(b[1], st, width, grid, header=(kind == "table")))
            flow.append(Spacer(1, 5))
        elif kind == "sig":
            rows = [["Organisation", "Name / position", "Signature and date"]]
            rows += [[o, f"{n}, {r}", "...................."] for (o, n, r) in b[1]]
            flow.append(_pdf_table(rows, st, width, "grid", header=True))
        elif kind == "br":
            flow.append(PageBreak())
    doc.build(flow)


def render(spec, path):
    if spec["fmt"] == "docx":
        render_docx(spec, path)
    else:
        render_pdf(spec, path)


# ----------------------------------------------------------------- text extraction (check)
def norm(t):
    t = t.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t).strip().lower()


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
            parts += [p.text for p in s.footer.paragraphs]
        return norm("\n".join(parts))
    from pypdf import PdfReader
    r = PdfReader(path)
    return norm("\n".join(pg.extract_text() or "" for pg in r.pages))
