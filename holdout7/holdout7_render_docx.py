"""Render a holdout7 Doc to .docx with python-docx."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

FONTS = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Calibri": "Calibri"}


def _page_field(par):
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


def _fix_core(docx_doc, title):
    cp = docx_doc.core_properties
    cp.title = title
    cp.author = "holdout7 generator"
    import datetime
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1


def render_docx(doc, path):
    d = Document()
    _fix_core(d, doc.title)
    st = d.styles["Normal"]
    st.font.name = FONTS.get(doc.font, "Arial")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = (doc.footer + "    Page ") if doc.footer else "Page "
    _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    for b in doc.blocks:
        k = b[0]
        if k == "cover":
            for _ in range(5):
                d.add_paragraph("")
            t = d.add_paragraph()
            run = t.add_run(b[1])
            run.bold = True
            run.font.size = Pt(22)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            for line in b[2]:
                lp = d.add_paragraph(line)
                lp.paragraph_format.space_after = Pt(4)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "h":
            d.add_heading(b[1], level=min(b[2], 3))
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            sp = d.add_paragraph()
            r = sp.add_run(b[1])
            r.font.size = Pt(8)
            r.italic = True
        elif k in ("bul", "num"):
            style = "List Bullet" if k == "bul" else "List Number"
            for item in b[1]:
                d.add_paragraph(item, style=style)
        elif k in ("tbl", "kv"):
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid" if doc.tstyle != "plain" else "Light List"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    bold = (k == "tbl" and b[2] and i == 0) or (k == "kv" and j == 0)
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(9.5)
                            rr.bold = bold
            d.add_paragraph("")
        elif k == "sig":
            parties = b[1]
            t = d.add_table(rows=5, cols=len(parties))
            t.style = "Table Grid"
            for j, (org, name, role) in enumerate(parties):
                vals = ["Signed for and on behalf of " + org, "Signature: ____________________",
                        "Name: " + name, "Position: " + role, "Date: ______________"]
                for i, v in enumerate(vals):
                    t.cell(i, j).text = v
            d.add_paragraph("")
        elif k == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)
