"""Renderers for the held-out document set (docx / pdf / md / txt).

A document is a list of blocks:
  ("cover", {"title":..., "lines":[...]})    cover page (page break after)
  ("h1", text) / ("h2", text)
  ("p", text)
  ("bullets", [text, ...])
  ("table", rows, {"header": True, "spans": [(r0, c0, r1, c1)], "widths": [...]})
      a cell may be a str or a list of str (several paragraphs in one cell)
  ("toc", [entry, ...])
  ("sig", [(organisation, name, job title), ...])
  ("pagebreak",)
  ("twocol", [block, ...])   PDF: set on a two-column page; elsewhere rendered inline
"""
import datetime
import io
import zipfile
from xml.sax.saxutils import escape

FIXED_DT = datetime.datetime(2026, 1, 15, 9, 0, 0)


def _cell_paras(cell):
    return cell if isinstance(cell, list) else [cell]


def iter_texts(blocks):
    """Every piece of body text (used by --check)."""
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p"):
            yield b[1]
        elif k in ("bullets", "toc"):
            yield from b[1]
        elif k == "table":
            for row in b[1]:
                for cell in row:
                    for t in _cell_paras(cell):
                        if t:
                            yield t
        elif k == "sig":
            for org, name, title in b[1]:
                yield org
                yield name
        elif k == "twocol":
            yield from iter_texts(b[1])
        elif k == "cover":
            yield b[1]["title"]


# ---------------------------------------------------------------- docx
def render_docx(blocks, path, header="", footer=""):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "jwreview holdout author"
    cp.last_modified_by = "jwreview holdout author"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k == "cover":
                d = b[1]
                for _ in range(6):
                    doc.add_paragraph("")
                t = doc.add_paragraph()
                r = t.add_run(d["title"])
                r.bold = True
                r.font.size = Pt(24)
                for line in d.get("lines", []):
                    doc.add_paragraph(line)
                doc.add_page_break()
            elif k == "h1":
                doc.add_heading(b[1], level=1)
            elif k == "h2":
                doc.add_heading(b[1], level=2)
            elif k == "p":
                doc.add_paragraph(b[1])
            elif k == "bullets":
                for t in b[1]:
                    doc.add_paragraph(t, style="List Bullet")
            elif k == "toc":
                doc.add_heading("Contents", level=1)
                for t in b[1]:
                    doc.add_paragraph(t)
            elif k == "pagebreak":
                doc.add_page_break()
            elif k == "table":
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
                ncols = max(len(r) for r in rows)
                tbl = doc.add_table(rows=len(rows), cols=ncols)
                tbl.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        paras = _cell_paras(cell)
                        c = tbl.cell(i, j)
                        c.paragraphs[0].text = paras[0] or ""
                        for extra in paras[1:]:
                            c.add_paragraph(extra)
                        if i == 0 and opts.get("header", True):
                            for r_ in c.paragraphs[0].runs:
                                r_.bold = True
                for (r0, c0, r1, c1) in opts.get("spans", []):
                    a = tbl.cell(r0, c0)
                    keep = [p.text for p in a.paragraphs]
                    a.merge(tbl.cell(r1, c1))
                    # merge concatenates paragraphs of merged cells; keep the anchor text only
                    for p in list(a.paragraphs)[len(keep):]:
                        p._element.getparent().remove(p._element)
                doc.add_paragraph("")
            elif k == "sig":
                tbl = doc.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
                for org, name, title in b[1]:
                    cells = tbl.add_row().cells
                    cells[0].text = "Signed for and on behalf of " + org
                    cells[0].add_paragraph("Name: " + name)
                    cells[0].add_paragraph("Job title: " + title)
                    cells[1].text = "Signature: ____________________"
                    cells[1].add_paragraph("Date: ____________")
            elif k == "twocol":
                add(b[1])

    add(blocks)
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- pdf
def render_pdf(blocks, path, header="", footer="", title=""):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontSize=10, leading=13, spaceAfter=5)
    cellst = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=14, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11.5)
    bullet = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2)
    cover_t = ParagraphStyle("ct", parent=ss["Title"], fontSize=22, leading=28)

    W, H = A4
    m = 20 * mm

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(m, H - 12 * mm, header)
        canv.drawRightString(W - m, 10 * mm, "Page %d" % d.page)
        if footer:
            canv.drawString(m, 10 * mm, footer)
        canv.restoreState()

    one = Frame(m, m, W - 2 * m, H - 2 * m - 4 * mm, id="one")
    gap = 6 * mm
    cw = (W - 2 * m - gap) / 2
    left = Frame(m, m, cw, H - 2 * m - 4 * mm, id="left")
    right = Frame(m + cw + gap, m, cw, H - 2 * m - 4 * mm, id="right")
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=title or header,
                          author="jwreview holdout author", creator="holdout generator")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=deco),
                          PageTemplate(id="two", frames=[left, right], onPage=deco)])

    def P(t, s=body):
        return Paragraph(escape(t), s)

    def flow(blocks, story):
        for b in blocks:
            k = b[0]
            if k == "cover":
                d = b[1]
                story.append(Spacer(1, 60 * mm))
                story.append(P(d["title"], cover_t))
                story.append(Spacer(1, 10 * mm))
                for line in d.get("lines", []):
                    story.append(P(line))
                story.append(PageBreak())
            elif k == "h1":
                story.append(P(b[1], h1))
            elif k == "h2":
                story.append(P(b[1], h2))
            elif k == "p":
                story.append(P(b[1]))
            elif k == "bullets":
                for t in b[1]:
                    story.append(Paragraph(escape(t), bullet, bulletText="\u2022"))
            elif k == "toc":
                story.append(P("Contents", h1))
                for t in b[1]:
                    story.append(P(t))
            elif k == "pagebreak":
                story.append(PageBreak())
            elif k == "table":
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
                ncols = max(len(r) for r in rows)
                data = []
                for row in rows:
                    r = [[P(t or "", cellst) for t in _cell_paras(c)] for c in row]
                    r += [""] * (ncols - len(r))
                    data.append(r)
                avail = opts.get("avail", W - 2 * m)
                widths = opts.get("widths")
                colw = [avail * w for w in widths] if widths else [avail / ncols] * ncols
                t = Table(data, colWidths=colw, repeatRows=1 if opts.get("header", True) else 0)
                style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if opts.get("header", True):
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
                for (r0, c0, r1, c1) in opts.get("spans", []):
                    style.append(("SPAN", (c0, r0), (c1, r1)))
                t.setStyle(TableStyle(style))
                story.append(t)
                story.append(Spacer(1, 4 * mm))
            elif k == "sig":
                data = [[[P("Signed for and on behalf of " + org, cellst), P("Name: " + name, cellst),
                          P("Job title: " + title, cellst)],
                         [P("Signature: ____________________", cellst), P("Date: ____________", cellst)]]
                        for org, name, title in b[1]]
                t = Table(data, colWidths=[(W - 2 * m) * 0.6, (W - 2 * m) * 0.4])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
            elif k == "twocol":
                story.append(NextPageTemplate("two"))
                story.append(PageBreak())
                inner = []
                for ib in b[1]:
                    if ib[0] == "table":
                        o = dict(ib[2] if len(ib) > 2 else {})
                        o["avail"] = cw
                        ib = ("table", ib[1], o)
                    inner.append(ib)
                flow(inner, story)
                story.append(NextPageTemplate("one"))
                story.append(PageBreak())

    story = []
    flow(blocks, story)
    doc.build(story)


# ---------------------------------------------------------------- md / txt
def render_text(blocks, path, md=True, header="", footer=""):
    out = []
    if header:
        out.append(header if not md else "<!-- " + header + " -->")
        out.append("")

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k == "cover":
                out.append(("# " if md else "") + b[1]["title"])
                if not md:
                    out.append("=" * len(b[1]["title"]))
                out.append("")
                for line in b[1].get("lines", []):
                    out.append(line + ("  " if md else ""))
                out.append("")
            elif k == "h1":
                out.append(("## " if md else "") + b[1])
                if not md:
                    out.append("-" * len(b[1]))
                out.append("")
            elif k == "h2":
                out.append(("### " if md else "") + b[1])
                out.append("")
            elif k == "p":
                out.append(b[1])
                out.append("")
            elif k in ("bullets", "toc"):
                for t in b[1]:
                    out.append(("- " if md else "  * ") + t)
                out.append("")
            elif k == "table":
                rows = b[1]
                flat = [[" / ".join(x for x in _cell_paras(c) if x) for c in r] for r in rows]
                if md:
                    n = max(len(r) for r in flat)
                    for i, r in enumerate(flat):
                        r = r + [""] * (n - len(r))
                        out.append("| " + " | ".join(r) + " |")
                        if i == 0:
                            out.append("|" + "---|" * n)
                else:
                    for r in flat:
                        out.append("  " + " | ".join(r))
                out.append("")
            elif k == "sig":
                for org, name, title in b[1]:
                    out.append("For " + org + ": " + name + ", " + title + "   Signed: ________  Date: ______")
                out.append("")
            elif k == "twocol":
                add(b[1])

    add(blocks)
    if footer:
        out.append("")
        out.append(footer)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def extract_text(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts), None
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)
    with open(path, encoding="utf-8") as f:
        return f.read(), None
