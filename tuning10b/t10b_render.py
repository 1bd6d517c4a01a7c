"""Rendering helpers for the tuning10b set: block lists -> .docx (python-docx) or .pdf (reportlab).

Block forms:
  ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("small", text)
  ("bullets", [text, ...]) ("numbered", [text, ...]) ("qa", question, answer)
  ("table", rows, opts)   opts: header (bool), widths (fractions)
  ("kv", [(label, value), ...])  label/value table, answer in the right-hand cell
  ("pagebreak",)
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1  # deterministic PDF bytes (no timestamps / random ids)
FIXED_TIME = datetime.datetime(2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- DOCX
def _add_field(run, code):
    for kind, text in (("begin", None), (None, code), ("separate", None), ("end", None)):
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _docx_table(doc, rows, header, widths=None, shade_labels=False):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r_i, row in enumerate(rows):
        cells = table.add_row().cells
        for c_i, value in enumerate(row):
            cells[c_i].text = ""
            para = cells[c_i].paragraphs[0]
            run = para.add_run(str(value))
            run.font.size = Pt(9.5)
            if (header and r_i == 0) or (shade_labels and c_i == 0):
                run.bold = True
    if widths:
        total = 16.0
        for row in table.rows:
            for c_i, frac in enumerate(widths):
                row.cells[c_i].width = Cm(total * frac)
    doc.add_paragraph()
    return table


def render_docx(spec, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = spec.get("font_docx", "Calibri")
    style.font.size = Pt(spec.get("size_docx", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = spec["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    if spec.get("footer"):
        fp.add_run(spec["footer"] + "    ")
    if spec.get("page_numbers", True):
        fp.add_run("Page ")
        _add_field(fp.add_run(), "PAGE")
        fp.add_run(" of ")
        _add_field(fp.add_run(), "NUMPAGES")
    for block in spec["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.font.size = Pt(8.5)
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for i, item in enumerate(block[1], 1):
                doc.add_paragraph(f"{i}. {item}")
        elif kind == "qa":
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
            doc.add_paragraph(block[2])
        elif kind == "table":
            opts = block[2] if len(block) > 2 else {}
            _docx_table(doc, block[1], opts.get("header", True), opts.get("widths"))
        elif kind == "kv":
            _docx_table(doc, [list(r) for r in block[1]], False, [0.34, 0.66], shade_labels=True)
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = spec["blocks"][0][1]
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = ""
    doc.core_properties.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _rezip_fixed(buf.getvalue(), path)


def _rezip_fixed(data, path):
    """Rewrite the .docx zip with fixed entry timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ----------------------------------------------------------------------------- PDF
def _styles(base_font, size):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(base_font, "Helvetica-Bold")
    s = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 7, leading=size + 10,
                                spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=base_font, fontSize=size, leading=size + 3,
                                   textColor=colors.HexColor("#444444"), spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 2.5, leading=size + 5,
                             spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f3b5a")),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=size + 3,
                             spaceBefore=5, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base_font, fontSize=size, leading=size + 3.2,
                            spaceAfter=5),
        "small": ParagraphStyle("small", fontName=base_font, fontSize=size - 1.5,
                                leading=size + 1, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base_font, fontSize=size - 1, leading=size + 1.5),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=size + 1.5),
        "q": ParagraphStyle("q", fontName=bold, fontSize=size, leading=size + 3, spaceBefore=4,
                            spaceAfter=2),
    }
    return s


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_table(rows, opts, st, width, ruled):
    header = opts.get("header", True)
    label_col = opts.get("label_col", False)
    widths = opts.get("widths") or [1.0 / len(rows[0])] * len(rows[0])
    data = []
    for r_i, row in enumerate(rows):
        data.append([Paragraph(_esc(str(v)), st["cellb"] if (header and r_i == 0) or
                               (label_col and c_i == 0) else st["cell"])
                     for c_i, v in enumerate(row)])
    t = Table(data, colWidths=[width * w for w in widths], repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if ruled == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:  # horizontal rules only
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")))
    if label_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
    t.setStyle(TableStyle(cmds))
    return t


def _numbered_canvas(spec):
    header = spec.get("header", "")
    footer = spec.get("footer", "")
    numbers = spec.get("page_numbers", True)
    font = spec.get("font_pdf", "Helvetica")

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(font, 8)
                w, h = A4
                if header:
                    self.drawCentredString(w / 2, h - 1.2 * cm, header)
                    self.line(2 * cm, h - 1.4 * cm, w - 2 * cm, h - 1.4 * cm)
                self.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
                if footer:
                    self.drawString(2 * cm, 1.1 * cm, footer)
                if numbers:
                    self.drawRightString(w - 2 * cm, 1.1 * cm,
                                         f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()
    return NumberedCanvas


def render_pdf(spec, path):
    font = spec.get("font_pdf", "Helvetica")
    st = _styles(font, spec.get("size_pdf", 9.5))
    ruled = spec.get("table_style", "grid")
    cols = spec.get("columns", 1)
    w, h = A4
    left, right, top, bottom = 2 * cm, 2 * cm, 2 * cm, 2 * cm
    body_w = w - left - right
    gap = 0.7 * cm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom,
                          title=spec["blocks"][0][1], author=spec.get("author", ""))
    if cols == 2:
        col_w = (body_w - gap) / 2
        title_h = spec.get("title_height", 3.2 * cm)
        first = [Frame(left, h - top - title_h, body_w, title_h, id="title"),
                 Frame(left, bottom, col_w, h - top - bottom - title_h, id="c1"),
                 Frame(left + col_w + gap, bottom, col_w, h - top - bottom - title_h, id="c2")]
        later = [Frame(left, bottom, col_w, h - top - bottom, id="l1"),
                 Frame(left + col_w + gap, bottom, col_w, h - top - bottom, id="l2")]
        doc.addPageTemplates([PageTemplate("First", first), PageTemplate("Later", later)])
        flow_w = col_w - 12
    else:
        doc.addPageTemplates([PageTemplate("One", [Frame(left, bottom, body_w, h - top - bottom)])])
        flow_w = body_w - 12
    story = []
    in_title = cols == 2
    for block in spec["blocks"]:
        kind = block[0]
        if in_title and kind not in ("title", "subtitle"):
            story += [NextPageTemplate("Later"), FrameBreak()]
            in_title = False
        if kind in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(_esc(block[1]), st[kind]))
        elif kind in ("bullets", "numbered"):
            for i, item in enumerate(block[1], 1):
                mark = "&bull;" if kind == "bullets" else f"{i}."
                story.append(Paragraph(f"{mark} {_esc(item)}", ParagraphStyle(
                    "li", parent=st["p"], leftIndent=12, firstLineIndent=-10, spaceAfter=2)))
            story.append(Spacer(1, 4))
        elif kind == "qa":
            story.append(Paragraph(_esc(block[1]), st["q"]))
            story.append(Paragraph(_esc(block[2]), st["p"]))
        elif kind == "table":
            opts = block[2] if len(block) > 2 else {}
            story += [_pdf_table(block[1], opts, st, flow_w, ruled), Spacer(1, 8)]
        elif kind == "kv":
            story += [_pdf_table([list(r) for r in block[1]],
                                 {"header": False, "label_col": True, "widths": [0.34, 0.66]},
                                 st, flow_w, ruled), Spacer(1, 8)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story, canvasmaker=_numbered_canvas(spec))


def render(spec, path):
    if path.endswith(".docx"):
        render_docx(spec, path)
    else:
        render_pdf(spec, path)
