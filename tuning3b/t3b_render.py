"""Writers (docx / pdf / md / txt) and text extraction for the tuning3b set."""
import re
from xml.sax.saxutils import escape


def write_docx(path, title, subtitle, sections):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    import datetime
    d.core_properties.author = "tuning3b generator"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 12, 9, 0, 0)
    d.add_heading(title, level=0)
    if subtitle:
        d.add_paragraph(subtitle)
    for head, blocks in sections:
        if head:
            d.add_heading(head, level=1)
        for b in blocks:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif b[0] == "bullets":
                for it in b[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
                d.add_paragraph("")
    d.save(path)


def write_pdf(path, title, subtitle, sections):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from reportlab import rl_config
    rl_config.invariant = 1
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    cell = ss["BodyText"].clone("cell", fontSize=8.5, leading=10.5)
    story = [Paragraph(escape(title), ss["Title"])]
    if subtitle:
        story.append(Paragraph(escape(subtitle), body))
    for head, blocks in sections:
        if head:
            story.append(Paragraph(escape(head), ss["Heading2"]))
        for b in blocks:
            if isinstance(b, str):
                story.append(Paragraph(escape(b), body))
            elif b[0] == "bullets":
                story.append(ListFlowable([ListItem(Paragraph(escape(it), body)) for it in b[1]], bulletType="bullet", start="-"))
            elif b[0] == "table":
                data = [[Paragraph(escape(c), cell) for c in r] for r in b[1]]
                ncol = len(b[1][0])
                t = Table(data, colWidths=[16.0 * cm / ncol] * ncol)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                      topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title).build(story)


def write_text(path, title, subtitle, sections, md):
    out = []
    out.append(("# " + title) if md else title.upper())
    if not md:
        out.append("=" * min(len(title), 78))
    if subtitle:
        out += ["", subtitle]
    for head, blocks in sections:
        out.append("")
        if head:
            out.append(("## " + head) if md else head)
            if not md:
                out.append("-" * len(head))
        for b in blocks:
            if isinstance(b, str):
                out += [b, ""]
            elif b[0] == "bullets":
                out += [("- " if md else "  * ") + it for it in b[1]] + [""]
            elif b[0] == "table":
                rows = b[1]
                if md:
                    out.append("| " + " | ".join(rows[0]) + " |")
                    out.append("|" + "---|" * len(rows[0]))
                    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                else:
                    out += ["  " + " | ".join(r) for r in rows]
                out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def extract(path):
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts), None
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    s = s.replace("\u2019", "'").replace("|", " ")
    return re.sub(r"\s+", " ", s).strip().lower()
