"""Rendering helpers for the tuning7b set: a tiny block model written to .docx or .pdf.

Block kinds (tuples):
  ("title", text)            big title line
  ("sub", text)              subtitle / small print under the title
  ("h", text)                section heading
  ("h2", text)               sub-heading
  ("p", text)                paragraph
  ("bul", [text, ...])       bullet list
  ("num", [text, ...])       numbered list (numbers written into the text)
  ("kv", [(label, value), ...])      label/value form table
  ("table", [[hdr...], [row...], ...])  grid table, first row is header
  ("sig", [(org, name, role), ...])  signature block
  ("brk",)                   page break
"""
import datetime
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)


def block_texts(blocks):
    """All visible strings in a block list (used by --check)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p"):
            out.append(b[1])
        elif kind in ("bul", "num"):
            out.extend(b[1])
        elif kind == "kv":
            for lab, val in b[1]:
                out.extend([lab, val])
        elif kind == "table":
            for row in b[1]:
                out.extend(row)
        elif kind == "sig":
            for org, name, role in b[1]:
                out.extend([org, name, role])
    return [t for t in out if t]


_FIXED = datetime.datetime(2026, 1, 1, 9, 0, 0)


# ---------------------------------------------------------------- DOCX
def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def write_docx(path, meta, blocks):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(meta.get("size", 10.5))
    sec = doc.sections[0]
    if meta.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = meta["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = (meta.get("footer") or "") + "   Page "
    _page_field(fp)
    fill = meta.get("fill", "D9E2F3")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9.5)
        elif kind == "h":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bul":
            for t in b[1]:
                doc.add_paragraph(t, style="List Bullet")
        elif kind == "num":
            for t in b[1]:
                doc.add_paragraph(t)
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                cells = t.add_row().cells
                cells[0].text = lab
                cells[1].text = val
                cells[0].paragraphs[0].runs[0].bold = True
                _shade(cells[0], fill)
            doc.add_paragraph()
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j, val in enumerate(row):
                    cells[j].text = val
                    if i == 0:
                        if cells[j].paragraphs[0].runs:
                            cells[j].paragraphs[0].runs[0].bold = True
                        _shade(cells[j], fill)
            doc.add_paragraph()
        elif kind == "sig":
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for j, h in enumerate(("Signed for and on behalf of", "Name / role", "Signature and date")):
                t.rows[0].cells[j].text = h
            for org, name, role in b[1]:
                c = t.add_row().cells
                c[0].text = org
                c[1].text = name + "\n" + role
                c[2].text = "\n\n"
            doc.add_paragraph()
        elif kind == "brk":
            doc.add_page_break()
    doc.core_properties.author = meta.get("author", "")
    doc.core_properties.title = meta.get("doc_title", "")
    doc.core_properties.created = _FIXED
    doc.core_properties.modified = _FIXED
    doc.core_properties.last_modified_by = "tuning7b"
    doc.save(path)


# ---------------------------------------------------------------- PDF
def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _col_widths(rows, total):
    """Column widths: each column at least as wide as its longest word, the rest shared by content."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    n = len(rows[0])
    need = [max(stringWidth(w, "Helvetica-Bold", 8.2) for r in rows for w in (r[j].split() or [""])) + 8
            for j in range(n)]
    mean = [sum(len(r[j]) for r in rows) / len(rows) + 1 for j in range(n)]
    spare = total - sum(need)
    if spare <= 0:
        return [total * x / sum(need) for x in need]
    return [need[j] + spare * mean[j] / sum(mean) for j in range(n)]


def write_pdf(path, meta, blocks):
    two = meta.get("two_col", False)
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.2 if two else 9.8,
                          leading=12 if two else 13, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.2, leading=10, spaceAfter=0)
    styles = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=20,
                                spaceAfter=6, textColor=colors.HexColor("#1F3A5F")),
        "sub": ParagraphStyle("sb", parent=base, fontName="Helvetica-Oblique", fontSize=8.5, leading=11),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=14,
                            spaceBefore=8, textColor=colors.HexColor("#1F3A5F")),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=9.8, leading=12,
                             spaceBefore=4),
        "p": base,
    }
    bold_small = ParagraphStyle("bs", parent=small, fontName="Helvetica-Bold")
    W, H = A4
    lm = rm = 1.8 * cm
    top, bot = 2.2 * cm, 2.0 * cm
    usable = W - lm - rm
    gap = 0.7 * cm
    colw = (usable - gap) / 2 if two else usable
    if two:
        frames = [Frame(lm, bot, colw, H - top - bot, id="c1"),
                  Frame(lm + colw + gap, bot, colw, H - top - bot, id="c2")]
    else:
        frames = [Frame(lm, bot, usable, H - top - bot, id="c1")]

    def deco(canv, docobj):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        if meta.get("header"):
            canv.drawString(lm, H - 1.3 * cm, meta["header"])
        if meta.get("header_right"):
            canv.drawRightString(W - rm, H - 1.3 * cm, meta["header_right"])
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(lm, H - 1.45 * cm, W - rm, H - 1.45 * cm)
        canv.line(lm, 1.5 * cm, W - rm, 1.5 * cm)
        canv.drawString(lm, 1.1 * cm, meta.get("footer", ""))
        canv.drawRightString(W - rm, 1.1 * cm, "Page %d" % docobj.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=top,
                          bottomMargin=bot, title=meta.get("doc_title", ""), author=meta.get("author", ""),
                          invariant=1)
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    ruled = meta.get("ruled", True)
    head_bg = colors.HexColor(meta.get("pdf_fill", "#DCE6F1"))

    def tstyle(header=True, kv=False):
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if ruled:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
        else:
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
        if kv:
            cmds.append(("BACKGROUND", (0, 0), (0, -1), head_bg))
        return TableStyle(cmds)

    story = []
    for b in blocks:
        kind = b[0]
        if kind in styles:
            story.append(Paragraph(_esc(b[1]), styles[kind]))
        elif kind == "bul":
            for t in b[1]:
                story.append(Paragraph(_esc(t), base, bulletText="\u2022"))
        elif kind == "num":
            for t in b[1]:
                story.append(Paragraph(_esc(t), base))
        elif kind == "kv":
            data = [[Paragraph(_esc(l), bold_small), Paragraph(_esc(v), small)] for l, v in b[1]]
            t = Table(data, colWidths=[colw * 0.32, colw * 0.68])
            t.setStyle(tstyle(header=False, kv=True))
            story += [t, Spacer(1, 6)]
        elif kind == "table":
            rows = b[1]
            n = len(rows[0])
            data = [[Paragraph(_esc(c), bold_small if i == 0 else small) for c in row]
                    for i, row in enumerate(rows)]
            t = Table(data, colWidths=_col_widths(rows, colw), repeatRows=1)
            t.setStyle(tstyle())
            story += [t, Spacer(1, 6)]
        elif kind == "sig":
            data = [[Paragraph("Signed for and on behalf of", bold_small),
                     Paragraph("Name / role", bold_small), Paragraph("Signature and date", bold_small)]]
            for org, name, role in b[1]:
                data.append([Paragraph(_esc(org), small), Paragraph(_esc(name + "\n" + role), small),
                             Paragraph("<br/><br/>", small)])
            t = Table(data, colWidths=[colw / 3] * 3)
            t.setStyle(tstyle())
            story += [KeepTogether([t]), Spacer(1, 6)]
        elif kind == "brk":
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------- extraction for --check
def extract_text(path):
    if path.endswith(".pdf"):
        return "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def squash(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", t).lower()
