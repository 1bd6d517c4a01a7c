"""Render block lists to docx / pdf / md, and extract text back for --check."""
import re
from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
from reportlab.lib import colors
from xml.sax.saxutils import escape

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": None,
    "sales-roles": None,
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


def outcomes_for(dtype, overrides, es_data=False):
    out = {}
    for rule, types in APPLIES.items():
        ok = types is None or dtype in types
        if rule == "data-protection" and dtype == "executive-summary" and not es_data:
            ok = False
        out[rule] = "pass" if ok else "n/a"
    for k, v in overrides.items():
        assert k in out, k
        assert out[k] != "n/a", (k, dtype)
        out[k] = v
    return out


def write_docx(path, blocks):
    d = Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(path)


def write_pdf(path, blocks):
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(escape(val), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "h2":
            story.append(Paragraph(escape(val), ss["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind in ("b", "n"):
            items = [ListItem(Paragraph(escape(i), body)) for i in val]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "b" else "1"))
        elif kind == "t":
            data = [[Paragraph(escape(c), body) for c in row] for row in val]
            n = len(val[0])
            t = Table(data, colWidths=[480.0 / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50).build(story)


def write_md(path, blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val)
        elif kind == "h":
            out.append("## " + val)
        elif kind == "h2":
            out.append("### " + val)
        elif kind == "p":
            out.append(val)
        elif kind == "b":
            out.append("\n".join("- " + i for i in val))
        elif kind == "n":
            out.append("\n".join("%d. %s" % (k + 1, i) for k, i in enumerate(val)))
        elif kind == "t":
            rows = ["| " + " | ".join(val[0]) + " |", "|" + "---|" * len(val[0])]
            rows += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("\n".join(rows))
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(path, blocks):
    if path.endswith(".docx"):
        write_docx(path, blocks)
    elif path.endswith(".pdf"):
        write_pdf(path, blocks)
    else:
        write_md(path, blocks)


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        txt = "\n".join(parts)
    elif path.endswith(".pdf"):
        from pypdf import PdfReader
        txt = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    else:
        txt = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", txt)
