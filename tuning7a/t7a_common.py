"""Shared rendering helpers for the tuning7a set (docx + pdf writers, block model, labels)."""
import datetime
import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
ALL = {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary",
       "amendment", "unknown"}
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement"},  # ES handled explicitly
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": ALL,
    "sales-roles": ALL,
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


def outcomes(doc_type, **overrides):
    """Default pass for applicable rules, n/a otherwise; keyword overrides use underscores."""
    out = {r: ("pass" if doc_type in APPLIES[r] else "n/a") for r in RULES}
    for key, val in overrides.items():
        rule = key.replace("_", "-")
        assert rule in RULES, rule
        out[rule] = val
    if doc_type == "executive-summary":
        assert "data_protection" in overrides, "ES needs explicit data-protection label"
    for r in RULES:
        if out[r] != "n/a" and doc_type not in APPLIES[r]:
            assert r == "data-protection" and doc_type == "executive-summary", (r, doc_type)
    return out


# ---- block constructors -------------------------------------------------------------
def H(text, level=1):
    return ("h", text, level)


def P(text, bold=False):
    return ("p", text, bold)


def B(*items):
    return ("b", list(items))


def T(rows, widths=None, header=True):
    return ("t", rows, widths, header)


def SIG(*entries):
    """entries: (for_text, name, title)."""
    return ("sig", list(entries))


def PB():
    return ("pb",)


def block_texts(blocks):
    """All text strings carried by the blocks (used by --check)."""
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "b":
            out.extend(b[1])
        elif b[0] == "t":
            for row in b[1]:
                out.extend(c for c in row if c)
        elif b[0] == "sig":
            for e in b[1]:
                out.extend(x for x in e if x)
    return out


# ---- docx -------------------------------------------------------------------------
def write_docx(path, spec):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = spec["header"]
    fp = sec.footer.paragraphs[0]
    fp.text = spec["footer"]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(spec["title"], 0)
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], min(b[2], 3))
        elif kind == "p":
            para = doc.add_paragraph()
            run = para.add_run(b[1])
            run.bold = b[2]
        elif kind == "b":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "t":
            rows = b[1]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = spec.get("table_style", "Table Grid")
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = tbl.cell(i, j)
                    c.text = cell
                    if i == 0 and b[3]:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "sig":
            tbl = doc.add_table(rows=len(b[1]), cols=2)
            tbl.style = "Table Grid"
            for i, (who, name, title) in enumerate(b[1]):
                tbl.cell(i, 0).text = who
                tbl.cell(i, 1).text = ("Signature: ______________________\nName: " + name +
                                       "\nPosition: " + title + "\nDate: ____________")
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "tuning7a"
    cp.title = spec["title"]
    cp.created = cp.modified = datetime.datetime(2025, 6, 1, 9, 0, 0)
    cp.last_modified_by = "tuning7a"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so repeated runs give identical bytes
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ---- pdf --------------------------------------------------------------------------
def _styles():
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=12.8, spaceAfter=4)
    return {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=18, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11,
                             leading=13.5, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=9.8,
                             leading=12, spaceBefore=5, spaceAfter=3),
        "body": base,
        "bold": ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold"),
        "bullet": ParagraphStyle("bl", parent=base, leftIndent=10, bulletIndent=2),
        "cell": ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0),
    }


def write_pdf(path, spec):
    layout = spec.get("layout", "single")
    S = _styles()
    W, Hh = A4
    lm = 18 * mm
    fw = W - 2 * lm
    top, bottom = 22 * mm, 20 * mm
    fh = Hh - top - bottom
    if layout == "twocol":
        gap = 7 * mm
        cw = (fw - gap) / 2
        frames = [Frame(lm, bottom, cw, fh, id="c1"), Frame(lm + cw + gap, bottom, cw, fh, id="c2")]
        usable = cw
    else:
        frames = [Frame(lm, bottom, fw, fh, id="f")]
        usable = fw

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(lm, Hh - 13 * mm, spec["header"])
        canvas.drawRightString(W - lm, Hh - 13 * mm, "OFFICIAL")
        canvas.line(lm, Hh - 15 * mm, W - lm, Hh - 15 * mm)
        canvas.drawString(lm, 11 * mm, spec["footer"])
        canvas.drawRightString(W - lm, 11 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm, topMargin=top,
                          bottomMargin=bottom, title=spec["title"], author="tuning7a",
                          invariant=1)
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    story = [Paragraph(escape(spec["title"]), S["title"])]
    ruled = layout == "ruled"
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(escape(b[1]), S["h1" if b[2] == 1 else "h2"]))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), S["bold" if b[2] else "body"]))
        elif kind == "b":
            for item in b[1]:
                story.append(Paragraph(escape(item), S["bullet"], bulletText="\u2022"))
        elif kind in ("t", "sig"):
            if kind == "t":
                rows, widths, header = b[1], b[2], b[3]
            else:
                rows = [[who, "Signature: ____________   Name: %s   Position: %s   Date: ______"
                         % (name, title)] for who, name, title in b[1]]
                widths, header = [0.35, 0.65], False
            ncol = len(rows[0])
            widths = widths or [1.0 / ncol] * ncol
            cw = [usable * w for w in widths]
            data = [[Paragraph(escape(c), S["cell"]) for c in row] for row in rows]
            tbl = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if ruled or kind == "sig":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            else:
                cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey))
                cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.grey))
            if header:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            tbl.setStyle(TableStyle(cmds))
            story.extend([tbl, Spacer(1, 6)])
        elif kind == "pb":
            story.append(PageBreak())
    doc.build(story)


def render(path, spec):
    if spec["fmt"] == "docx":
        write_docx(path, spec)
    else:
        write_pdf(path, spec)
