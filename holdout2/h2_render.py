"""Rendering helpers for the holdout2 generator (docx / pdf / md / txt).

A document is a dict: title, header, footer, cover (list of lines or None),
columns (pdf: 1 or 2), blocks (list of tuples):
  ("h", text) ("h2", text) ("p", text) ("b", [items]) ("n", [items])
  ("t", rows, {"merge": [(r1, c1, r2, c2)], "widths": [...]})   cells may hold "\n\n" paragraphs
  ("pb",)  page break      ("sig", [(org, name, role)])
"""
import datetime
import re
from docx import Document
from reportlab import rl_config
rl_config.invariant = 1  # reproducible PDFs (fixed dates/ids)
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, ListFlowable, ListItem, NextPageTemplate)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def texts(doc):
    """All text fragments that must survive rendering (used by --check)."""
    out = [doc["title"]]
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h", "h2", "p"):
            out.append(b[1])
        elif k in ("b", "n"):
            out.extend(b[1])
        elif k == "t":
            for row in b[1]:
                for c in row:
                    if c:
                        out.extend(x for x in c.split("\n\n") if x)
        elif k == "sig":
            for org, name, role in b[1]:
                out.extend([org, name])
    return out


# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(doc.get("size", 11))
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    if doc.get("cover"):
        for _ in range(6):
            d.add_paragraph("")
        t = d.add_paragraph()
        r = t.add_run(doc["title"]); r.bold = True; r.font.size = Pt(22)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in doc["cover"]:
            p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_page_break()
    else:
        d.add_heading(doc["title"], level=0)
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "b":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "n":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k == "pb":
            d.add_page_break()
        elif k == "t":
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            tbl = d.add_table(rows=len(rows), cols=ncol)
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    if not c:
                        continue
                    cell = tbl.cell(i, j)
                    paras = c.split("\n\n")
                    cell.paragraphs[0].text = paras[0]
                    if i == 0 and opts.get("head", True):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
                    for extra in paras[1:]:
                        cell.add_paragraph(extra)
            for (r1, c1, r2, c2) in opts.get("merge", []):
                tbl.cell(r1, c1).merge(tbl.cell(r2, c2))
            d.add_paragraph("")
        elif k == "sig":
            tbl = d.add_table(rows=1, cols=len(b[1]))
            for j, (org, name, role) in enumerate(b[1]):
                cell = tbl.cell(0, j)
                cell.paragraphs[0].text = "Signed for and on behalf of"
                for line in (org, "", "Signature: ______________________", name, role,
                             "Date: ____________"):
                    cell.add_paragraph(line)
    cp = d.core_properties
    cp.author = doc.get("author", "jwreview holdout2 author")
    cp.created = cp.modified = datetime.datetime(2026, 11, 23, 12, 0, 0)
    cp.last_modified_by = cp.author
    cp.revision = 1
    d.save(path)


# ---------------------------------------------------------------- pdf
def render_pdf(doc, path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName=doc.get("pdffont", "Helvetica"),
                          fontSize=doc.get("size", 11), leading=doc.get("size", 11) + 4, spaceAfter=6)
    cellst = ParagraphStyle("c", parent=body, fontSize=body.fontSize - 1, leading=body.leading - 1)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold")
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold")
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold")
    W, H = A4
    m = 2 * cm

    def deco(c, d):
        c.saveState(); c.setFont("Helvetica", 8)
        if doc.get("header"):
            c.drawString(m, H - 1.2 * cm, doc["header"])
        if doc.get("footer"):
            c.drawString(m, 1.0 * cm, doc["footer"])
        c.drawRightString(W - m, 1.0 * cm, "Page %d" % d.page)
        c.restoreState()

    one = Frame(m, m, W - 2 * m, H - 2 * m, id="one")
    gap = 0.6 * cm
    cw = (W - 2 * m - gap) / 2
    two = [Frame(m, m, cw, H - 2 * m, id="L"), Frame(m + cw + gap, m, cw, H - 2 * m, id="R")]
    bd = BaseDocTemplate(path, pagesize=A4, title=doc["title"], author=doc.get("author", ""))
    cols = doc.get("columns", 1)
    tpls = [PageTemplate(id="cover", frames=[one], onPage=lambda c, d: None),
            PageTemplate(id="one", frames=[one], onPage=deco),
            PageTemplate(id="two", frames=two, onPage=deco)]
    main = "two" if cols == 2 else "one"
    # first template used is the first in list; reorder so the right one starts
    if doc.get("cover"):
        story = [Spacer(1, 6 * cm), Paragraph(_esc(doc["title"]), title)]
        story += [Paragraph(_esc(l), ParagraphStyle("cv", parent=body, alignment=1)) for l in doc["cover"]]
        story += [NextPageTemplate(main), PageBreak()]
    else:
        tpls.sort(key=lambda t: t.id != main)
        story = [Paragraph(_esc(doc["title"]), title)]
    bd.addPageTemplates(tpls)
    avail = (cw if cols == 2 else W - 2 * m)
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            story.append(Paragraph(_esc(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), body))
        elif k in ("b", "n"):
            story.append(ListFlowable([ListItem(Paragraph(_esc(x), body)) for x in b[1]],
                                      bulletType="bullet" if k == "b" else "1", leftIndent=12))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "t":
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            data = []
            for row in rows:
                cells = []
                for c in list(row) + [""] * (ncol - len(row)):
                    cells.append([Paragraph(_esc(x), cellst) for x in c.split("\n\n")] if c else "")
                data.append(cells)
            ws = opts.get("widths")
            colw = [avail * w for w in ws] if ws else [avail / ncol] * ncol
            t = Table(data, colWidths=colw, repeatRows=1)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("head", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            for (r1, c1, r2, c2) in opts.get("merge", []):
                sty.append(("SPAN", (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 8)]
        elif k == "sig":
            data = [[[Paragraph(_esc(x), cellst) for x in ("Signed for and on behalf of", org, "Signature: ____________", name, role, "Date: ________")]
                     for (org, name, role) in b[1]]]
            story += [Spacer(1, 12), Table(data, colWidths=[avail / len(b[1])] * len(b[1]))]
    bd.build(story)


# ---------------------------------------------------------------- md / txt
def render_text(doc, path, md):
    L = []
    L.append(("# " if md else "") + doc["title"])
    if not md:
        L.append("=" * len(doc["title"]))
    if doc.get("header"):
        L.append(doc["header"])
    L.append("")
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            L += [("## " if md else "") + b[1] + ("" if md else ""), ""] if md else [b[1].upper(), ""]
        elif k == "h2":
            L += [("### " if md else "") + b[1], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "b":
            L += [("- " if md else "  * ") + x for x in b[1]] + [""]
        elif k == "n":
            L += ["%d. %s" % (i + 1, x) for i, x in enumerate(b[1])] + [""]
        elif k == "t":
            rows = b[1]
            if md:
                L.append("| " + " | ".join(c.replace("\n\n", " <br> ") for c in rows[0]) + " |")
                L.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    L.append("| " + " | ".join(c.replace("\n\n", " <br> ") for c in r) + " |")
            else:
                for r in rows:
                    L.append(" | ".join(c.replace("\n\n", " / ") for c in r))
            L.append("")
        elif k == "sig":
            for org, name, role in b[1]:
                L += ["Signed for %s: %s, %s   Date: ________" % (org, name, role)]
            L.append("")
        elif k == "pb":
            L.append("")
    if doc.get("footer"):
        L.append(("---\n" if md else "") + doc["footer"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def render(doc, path):
    if path.endswith(".docx"):
        render_docx(doc, path)
    elif path.endswith(".pdf"):
        render_pdf(doc, path)
    else:
        render_text(doc, path, path.endswith(".md"))


def extract(path):
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
    if path.endswith(".pdf"):
        # pypdf follows the content-stream order (frame by frame, cell by cell), which keeps
        # two-column text and table cells intact; pdfplumber (layout order) is added as a fallback.
        import pdfplumber
        from pypdf import PdfReader
        a = "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)
        with pdfplumber.open(path) as pdf:
            b = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
        return a + "\n=====\n" + b
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()
