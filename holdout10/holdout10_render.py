"""Renderers for holdout10: a document is a dict with metadata and a list of blocks.

Blocks: ("title", s) ("sub", s) ("h1", s) ("h2", s) ("p", s) ("bullets", [s]) ("num", [s])
("table", rows, widths_or_None) first row = header; ("kv", rows) label/value rows;
("sig", [(org, name, role)]) ; ("pb",) page break.
"""
import re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, FrameBreak)


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(doc.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
        sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_heading(b[1], level=0)
        elif k == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bullets":
            for s in b[1]:
                d.add_paragraph(s, style="List Bullet")
        elif k == "num":
            for s in b[1]:
                d.add_paragraph(s, style="List Number")
        elif k in ("table", "kv"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = str(cell)
                    if (k == "table" and i == 0) or (k == "kv" and j == 0):
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif k == "sig":
            for org, name, role in b[1]:
                d.add_paragraph("Signed for and on behalf of " + org)
                d.add_paragraph("Name: " + name + "    Position: " + role)
                d.add_paragraph("Signature: ______________________    Date: ____________")
        elif k == "pb":
            d.add_page_break()
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = doc["title"]
    d.save(path)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(doc, path):
    ss = getSampleStyleSheet()
    font = doc.get("pdffont", "Helvetica")
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    base = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=9.5, leading=12.5,
                          spaceAfter=5)
    cellst = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cellst, fontName=bold)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=12.5, leading=15,
                        spaceBefore=8, textColor=colors.HexColor(doc.get("accent", "#1f3b63")))
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, spaceBefore=4)
    tit = ParagraphStyle("t", parent=base, fontName=bold, fontSize=17, leading=21, spaceAfter=8)
    sub = ParagraphStyle("s", parent=base, fontName=font, fontSize=10, textColor=colors.grey)
    bul = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2)
    two = doc.get("layout") == "two"
    W, H = A4
    m = 2 * cm
    head, foot = doc.get("header", ""), doc.get("footer", "")

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if head:
            c.drawString(m, H - 1.2 * cm, head)
            c.line(m, H - 1.35 * cm, W - m, H - 1.35 * cm)
        if foot:
            c.drawString(m, 1.0 * cm, foot)
        c.drawRightString(W - m, 1.0 * cm, "Page %d" % d.page)
        c.restoreState()

    full_w = W - 2 * m
    if two:
        gap = 0.6 * cm
        cw = (full_w - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m - 0.3 * cm, id="c1"),
                  Frame(m + cw + gap, m, cw, H - 2 * m - 0.3 * cm, id="c2")]
        tw = cw
    else:
        frames = [Frame(m, m, full_w, H - 2 * m - 0.3 * cm, id="f")]
        tw = full_w
    dt = BaseDocTemplate(path, pagesize=A4, title=doc["title"], author=doc.get("author", ""),
                         invariant=1)
    dt.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    ruled = doc.get("ruled", True)
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), tit))
        elif k == "sub":
            story.append(Paragraph(_esc(b[1]), sub))
        elif k == "h1":
            story.append(Paragraph(_esc(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), base))
        elif k in ("bullets", "num"):
            for i, s in enumerate(b[1]):
                mark = "\u2022" if k == "bullets" else "%d." % (i + 1)
                story.append(Paragraph(_esc(s), bul, bulletText=mark))
        elif k in ("table", "kv"):
            rows = b[1]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_esc(str(c)), cellb if ((k == "table" and i == 0) or
                                                              (k == "kv" and j == 0)) else cellst)
                             for j, c in enumerate(row)])
            n = len(rows[0])
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                cws = [tw * w for w in widths]
            elif k == "kv":
                cws = [tw * 0.32, tw * 0.68]
            else:
                cws = [tw / n] * n
            t = Table(data, colWidths=cws, repeatRows=1 if k == "table" else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if ruled:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            else:
                style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                          ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
            if k == "table":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif k == "sig":
            for org, name, role in b[1]:
                story.append(Paragraph(_esc("Signed for and on behalf of " + org), base))
                story.append(Paragraph(_esc("Name: " + name + "    Position: " + role), base))
                story.append(Paragraph("Signature: ______________________    Date: ____________",
                                       base))
                story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
    dt.build(story)


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


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
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def _strip_running(text, doc):
    """Drop running header/footer/page-number lines from PDF text."""
    h, f = norm(doc.get("header", "")), norm(doc.get("footer", ""))
    pat = re.compile(r"(%s)?(page\d+)?(%s)?" % (re.escape(f), re.escape(f)))
    keep = []
    for line in text.split("\n"):
        n = norm(line)
        if n and (n == h or pat.fullmatch(n)):
            continue
        keep.append(line)
    return "\n".join(keep)


def key_texts(doc):
    keys = [] if any(b[0] == "title" for b in doc["blocks"]) else [doc["title"]]
    for b in doc["blocks"]:
        if b[0] in ("p", "h1", "h2", "title", "sub"):
            keys.append(b[1])
        elif b[0] in ("bullets", "num"):
            keys += list(b[1])
        elif b[0] in ("table", "kv"):
            keys += [str(c) for row in b[1] for c in row if len(str(c)) > 3]
    return keys


def check_file(doc, path):
    raw = extract(path)
    if path.endswith(".pdf"):
        raw = _strip_running(raw, doc)
    text = norm(raw)
    missing = []
    for k in key_texts(doc):
        nk = norm(k)
        if nk and nk not in text:
            missing.append(k[:60])
    return missing
