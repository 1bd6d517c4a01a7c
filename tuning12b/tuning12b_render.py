"""Renderers for the tuning12b set: a document spec -> .docx or .pdf, plus text extraction.

A spec is a dict with keys: file, header, footer, layout ("plain" | "twocol" | "ruled"),
blocks (list of tuples):
  ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text) ("b", [items])
  ("n", [items])  numbered list   ("t", rows, {"head": bool})  ("qa", [(q, a), ...])
  ("sig", [(org, name, role), ...])  ("pb",)  page break
"""
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, ListFlowable, ListItem)

FIXED_DATE = "D:20250301120000+00'00'"


# ----------------------------------------------------------------------------- docx
def _docx_table(doc, rows, head=True):
    ncols = max(len(r) for r in rows)
    tbl = doc.add_table(rows=0, cols=ncols)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = tbl.add_row().cells
        for j in range(ncols):
            txt = row[j] if j < len(row) else ""
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(txt)
            run.font.size = Pt(9.5)
            if head and i == 0:
                run.bold = True
    doc.add_paragraph()


def render_docx(spec, path):
    doc = Document()
    doc.core_properties.author = spec.get("author", "Project office")
    doc.core_properties.title = spec.get("doc_title", "")
    import datetime
    fixed = datetime.datetime(2025, 3, 1, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = spec.get("font", "Calibri")
    style.font.size = Pt(10.5)
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = spec["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "b":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "t":
            opts = blk[2] if len(blk) > 2 else {}
            _docx_table(doc, blk[1], opts.get("head", True))
        elif kind == "qa":
            rows = [["Question", "Answer"]] + [[q, a] for q, a in blk[1]]
            _docx_table(doc, rows, True)
        elif kind == "sig":
            rows = [["Signed for and on behalf of", "Name", "Position", "Signature / date"]]
            rows += [[o, n, r, ""] for o, n, r in blk[1]]
            _docx_table(doc, rows, True)
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ----------------------------------------------------------------------------- pdf
def _styles(spec):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["BodyText"], fontName=spec.get("pdf_font", "Helvetica"),
                          fontSize=9.5 if spec.get("layout") == "twocol" else 10, leading=13)
    return {
        "p": base,
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=17,
                                leading=21, alignment=TA_CENTER, spaceAfter=8),
        "sub": ParagraphStyle("s", parent=base, fontName="Helvetica-Oblique", alignment=TA_CENTER,
                              spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15,
                            spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5,
                             spaceBefore=6, spaceAfter=2),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5),
    }


def _pdf_table(rows, st, width, head, ruled):
    ncols = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        sty = st["cellb"] if head and i == 0 else st["cell"]
        data.append([Paragraph(escape(r[j] if j < len(r) else ""), sty) for j in range(ncols)])
    t = Table(data, colWidths=[width / ncols] * ncols, repeatRows=1 if head else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
    if head:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
    t.setStyle(TableStyle(cmds))
    return t


def render_pdf(spec, path):
    layout = spec.get("layout", "plain")
    st = _styles(spec)
    W, H = A4
    lm = 2 * cm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm, topMargin=2.2 * cm,
                          bottomMargin=2 * cm, title=spec.get("doc_title", ""),
                          author=spec.get("author", "Project office"), invariant=1)
    fw = W - 2 * lm
    fh = H - 4.2 * cm
    if layout == "twocol":
        gap = 0.6 * cm
        cw = (fw - gap) / 2
        frames = [Frame(lm, 2 * cm, cw, fh, id="c1"), Frame(lm + cw + gap, 2 * cm, cw, fh, id="c2")]
        colw = cw
    else:
        frames = [Frame(lm, 2 * cm, fw, fh, id="f")]
        colw = fw

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if spec.get("header"):
            canvas.drawRightString(W - lm, H - 1.3 * cm, spec["header"])
            canvas.line(lm, H - 1.45 * cm, W - lm, H - 1.45 * cm)
        foot = spec.get("footer", "")
        canvas.drawString(lm, 1.2 * cm, foot)
        canvas.drawRightString(W - lm, 1.2 * cm, "Page %d" % d.page)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="pt", frames=frames, onPage=deco)])
    ruled = layout in ("ruled", "twocol") or spec.get("ruled", False)
    story = []
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "sub", "h", "h2", "p"):
            story.append(Paragraph(escape(blk[1]), st[kind]))
        elif kind in ("b", "n"):
            items = [ListItem(Paragraph(escape(x), st["p"]), leftIndent=12) for x in blk[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "b" else "1",
                                      start=None if kind == "n" else "\u2022", leftIndent=14))
        elif kind == "t":
            opts = blk[2] if len(blk) > 2 else {}
            story.append(_pdf_table(blk[1], st, colw, opts.get("head", True), ruled))
            story.append(Spacer(1, 6))
        elif kind == "qa":
            rows = [["Question", "Answer"]] + [[q, a] for q, a in blk[1]]
            story.append(_pdf_table(rows, st, colw, True, True))
            story.append(Spacer(1, 6))
        elif kind == "sig":
            rows = [["Signed for and on behalf of", "Name", "Position", "Signature / date"]]
            rows += [[o, n, r, ""] for o, n, r in blk[1]]
            story.append(_pdf_table(rows, st, colw, True, True))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)


# ----------------------------------------------------------------------------- text
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


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def spec_text(spec):
    out = []
    for blk in spec["blocks"]:
        if blk[0] in ("title", "sub", "h", "h2", "p"):
            out.append(blk[1])
        elif blk[0] in ("b", "n"):
            out += blk[1]
        elif blk[0] == "t":
            out += [c for r in blk[1] for c in r]
        elif blk[0] == "qa":
            out += [x for qa in blk[1] for x in qa]
        elif blk[0] == "sig":
            out += [x for s in blk[1] for x in s]
    return "\n".join(out)
