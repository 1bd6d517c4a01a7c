#!/usr/bin/env python
"""Build the independent labelled evaluation corpus for jwreview.

Run from the repository root:

    /work/venv/bin/python eval/make_eval_corpus.py

Writes eval/documents/* (docx, pdf, md, txt) and eval/labels.json.  Output is
deterministic: fixed document metadata, fixed zip timestamps for .docx and
reportlab's invariant mode for .pdf.  All document wording lives in this file
(see the DOCS list below) and is original, synthetic text: organisations,
people, products and codes are invented or used only as illustrative names.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "documents"
LABELS = HERE / "labels.json"

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


def lab(doc_type: str, es_data: bool = False, **overrides: str) -> dict:
    """Default every applicable rule to pass, others to n/a, then apply overrides.

    For executive summaries data-protection only applies when the summary mentions
    patient data / records / data sharing (es_data=True)."""
    out = {}
    for r in RULES:
        ok = doc_type in APPLIES[r]
        if r == "data-protection" and doc_type == "executive-summary":
            ok = es_data
        out[r] = "pass" if ok else "n/a"
    for k, v in overrides.items():
        rid = k.replace("_", "-")
        assert rid in out, rid
        assert out[rid] != "n/a", (doc_type, rid)
        assert v in ("pass", "fail", "warn"), v
        out[rid] = v
    return out


# ---------------------------------------------------------------- block helpers
def TITLE(t): return ("title", t)
def SUB(t): return ("sub", t)
def H(t): return ("h", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(*items): return ("ul", list(items))
def OL(*items): return ("ol", list(items))
def KV(*pairs): return ("kv", list(pairs))
def FORM(*pairs): return ("form", list(pairs))
def TABLE(*rows): return ("table", [list(r) for r in rows])
def SIG(*lines): return ("sig", list(lines))


def block_texts(blocks):
    """Every piece of text in a document (used for verification)."""
    for kind, val in blocks:
        if kind in ("ul", "ol", "sig"):
            yield from val
        elif kind in ("kv", "form"):
            for k, v in val:
                yield k
                yield v
        elif kind == "table":
            for row in val:
                yield from row
        else:
            yield val


# ---------------------------------------------------------------- DOCX
FIXED_DT = _dt.datetime(2025, 11, 1, 9, 0, 0)


def _docx_heading(doc, text, level, hstyle):
    if hstyle == "builtin":
        doc.add_heading(text, level=level)
    elif hstyle == "bold":
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13 if level == 1 else 11.5)
    else:  # "caps": bold capitals with colour, a different author's habit
        p = doc.add_paragraph()
        r = p.add_run(text.upper() if level == 1 else text)
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        r.font.size = Pt(12 if level == 1 else 11)


def _docx_table(doc, rows, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(cell)
            if header and i == 0:
                run.bold = True
    return t


def render_docx(spec, path):
    doc = Document()
    cp = doc.core_properties
    cp.author = spec.get("author", "")
    cp.title = spec.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = spec.get("author", "")
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = spec.get("font", "Calibri")
    style.font.size = Pt(spec.get("font_size", 11))
    hs = spec.get("hstyle", "builtin")
    sec = doc.sections[0]
    if spec.get("header"):
        sec.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        sec.footer.paragraphs[0].text = spec["footer"]
    for kind, val in spec["blocks"]:
        if kind == "title":
            if hs == "builtin":
                doc.add_heading(val, level=0)
            else:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(val)
                r.bold = True
                r.font.size = Pt(16)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h":
            _docx_heading(doc, val, 1, hs)
        elif kind == "h2":
            _docx_heading(doc, val, 2, hs)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "kv":
            for k, v in val:
                p = doc.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
        elif kind == "form":
            _docx_table(doc, [[k, v] for k, v in val], header=False)
            # make field names bold
            doc.add_paragraph("")
        elif kind == "table":
            _docx_table(doc, val, header=True)
            doc.add_paragraph("")
        elif kind == "sig":
            for line in val:
                doc.add_paragraph(line)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    _rezip_fixed(buf.getvalue(), path)


def _rezip_fixed(data: bytes, path: Path):
    """Rewrite a zip with fixed timestamps so output is byte-identical across runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- PDF
def _pdf_styles(base_font="Helvetica", size=9.5):
    ss = getSampleStyleSheet()
    bold = base_font + "-Bold" if base_font == "Helvetica" else "Times-Bold"
    st = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName=bold, fontSize=15, leading=19),
        "sub": ParagraphStyle("s", parent=ss["Normal"], fontName=base_font, fontSize=size,
                              leading=size * 1.3, textColor=colors.HexColor("#444444"),
                              alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", parent=ss["Heading2"], fontName=bold, fontSize=size + 2.5,
                            leading=(size + 2.5) * 1.25, spaceBefore=8, spaceAfter=4,
                            textColor=colors.HexColor("#123A5A")),
        "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName=bold, fontSize=size + 1,
                             leading=(size + 1) * 1.25, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontName=base_font, fontSize=size,
                            leading=size * 1.32, spaceAfter=4),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontName=base_font, fontSize=size - 1,
                               leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", parent=ss["Normal"], fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.25),
    }
    return st


def _pdf_flowables(blocks, st, width):
    fl = []
    e = lambda s: escape(s)
    for kind, val in blocks:
        if kind == "title":
            fl.append(Paragraph(e(val), st["title"]))
        elif kind == "sub":
            fl.append(Paragraph(e(val), st["sub"]))
        elif kind in ("h", "h2"):
            fl.append(Paragraph(e(val), st[kind]))
        elif kind == "p":
            fl.append(Paragraph(e(val), st["p"]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(e(it), st["p"]), leftIndent=12) for it in val]
            fl.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1",
                                   start=None if kind == "ul" else 1, leftIndent=12,
                                   bulletFontSize=7 if kind == "ul" else st["p"].fontSize))
        elif kind == "kv":
            for k, v in val:
                fl.append(Paragraph("<b>%s:</b> %s" % (e(k), e(v)), st["p"]))
        elif kind in ("form", "table"):
            rows = val if kind == "table" else [[k, v] for k, v in val]
            ncol = len(rows[0])
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(e(c), st["cellb"] if (kind == "table" and i == 0) or
                                       (kind == "form" and j == 0) else st["cell"])
                             for j, c in enumerate(row)])
            if kind == "form":
                cw = [width * 0.32, width * 0.68]
            else:
                # weight columns by their longest unbreakable token and typical length
                wts = []
                for j in range(ncol):
                    col = [r[j] for r in rows]
                    longest = max((len(t) for c in col for t in c.split()), default=1)
                    mean = sum(len(c) for c in col) / len(col)
                    wts.append(max(longest, min(mean, 60) / 2.0, 4))
                tot = sum(wts)
                cw = [width * w / tot for w in wts]
            t = Table(data, colWidths=cw, repeatRows=1 if kind == "table" else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if kind == "table":
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")))
            else:
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")))
            t.setStyle(TableStyle(ts))
            fl.append(t)
            fl.append(Spacer(1, 6))
        elif kind == "sig":
            for line in val:
                fl.append(Paragraph(e(line), st["p"]))
        else:
            raise ValueError(kind)
    return fl


def render_pdf(spec, path):
    layout = spec.get("layout", "single")
    pagesize = LETTER if spec.get("letter") else A4
    st = _pdf_styles(spec.get("pdf_font", "Helvetica"), spec.get("pdf_size", 9.5))
    header, footer = spec.get("header"), spec.get("footer")
    lm = rm = 18 * mm
    tm, bm = (24 * mm, 20 * mm) if (header or footer) else (18 * mm, 18 * mm)
    W, Hh = pagesize

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(lm, Hh - 12 * mm, header)
            canvas.line(lm, Hh - 13.5 * mm, W - rm, Hh - 13.5 * mm)
        if footer:
            canvas.drawString(lm, 10 * mm, footer)
            canvas.drawRightString(W - rm, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    kw = dict(pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
              title=spec.get("doc_title", ""), author=spec.get("author", ""), invariant=1)
    if layout == "twocol":
        doc = BaseDocTemplate(str(path), **kw)
        gap = 7 * mm
        colw = (doc.width - gap) / 2
        frames = [Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height, id="c1"),
                  Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw, doc.height, id="c2")]
        doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=deco)])
        doc.build(_pdf_flowables(spec["blocks"], st, colw - 12))
    else:
        doc = SimpleDocTemplate(str(path), **kw)
        doc.build(_pdf_flowables(spec["blocks"], st, doc.width - 12), onFirstPage=deco,
                  onLaterPages=deco)


# ---------------------------------------------------------------- MD / TXT
def render_md(spec, path):
    out = []
    for kind, val in spec["blocks"]:
        if kind == "title":
            out += ["# " + val, ""]
        elif kind == "sub":
            out += ["*" + val + "*", ""]
        elif kind == "h":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + it for it in val] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(val)] + [""]
        elif kind == "kv":
            out += ["**%s:** %s  " % (k, v) for k, v in val] + [""]
        elif kind in ("form", "table"):
            rows = val if kind == "table" else [["Field", "Detail"]] + [[k, v] for k, v in val]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "sig":
            out += [l + "  " for l in val] + [""]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def render_txt(spec, path):
    out = []
    for kind, val in spec["blocks"]:
        if kind == "title":
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "sub":
            out += [val, ""]
        elif kind == "h":
            out += [val, "-" * len(val)]
        elif kind == "h2":
            out += [val]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["  * " + it for it in val] + [""]
        elif kind == "ol":
            out += ["  (%s) %s" % ("abcdefghijklmnop"[i], it) for i, it in enumerate(val)] + [""]
        elif kind == "kv":
            out += ["%s: %s" % (k, v) for k, v in val] + [""]
        elif kind in ("form", "table"):
            rows = val if kind == "table" else [[k, v] for k, v in val]
            out += [" | ".join(r) for r in rows] + [""]
        elif kind == "sig":
            out += val + [""]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


RENDER = {"docx": render_docx, "pdf": render_pdf, "md": render_md, "txt": render_txt}

DOCS: list[dict] = []


def doc(**spec):
    DOCS.append(spec)


# =====================================================================================
# PROJECT INITIATION DOCUMENTS
# =====================================================================================

doc(file="Lothian_HF_Optimisation_PID_v2.docx", type="pid", fmt="docx", hstyle="bold",
    author="NHS Lothian Pharmacy", doc_title="PID – community HF clinics",
    blocks=[
        TITLE("Project Initiation Document"),
        SUB("NHS Lothian and Halvard Biosciences UK Limited – collaborative working project"),
        FORM(
            ("Project title", "Community heart failure medicines optimisation clinics – East Lothian"),
            ("Background", "Around 2,100 people in East Lothian are on the heart failure register. A 2024 audit found that fewer than four in ten were taking every treatment class recommended by SIGN 147 at the intended dose, and titration reviews in the hospital clinic currently wait 14 weeks."),
            ("Aims and objectives", "Set up pharmacist-led titration clinics in four GP cluster hubs; review 600 patients over 18 months; bring the wait for a titration review down to 4 weeks."),
            ("Predicted benefits – patients", "Quicker review, care nearer home, better symptom control and fewer emergency admissions with heart failure."),
            ("Predicted benefits – NHS Lothian", "Consultant clinic capacity released; a tested community model that the Health and Social Care Partnership can consider commissioning."),
            ("Predicted benefits – Halvard", "Better understanding of community heart failure pathways in Scotland and experience of partnership working. No benefit to Halvard depends on the use of any Halvard medicine."),
            ("Partner organisations", "NHS Lothian, Waverley Gate, 2-4 Waterloo Place, Edinburgh EH1 3EG. Halvard Biosciences UK Limited (company no. 08812345), 40 Harbour Yard, Reading RG1 8AB."),
            ("Accountable leads", "NHS Lothian: Dr Fiona Baird, Consultant Cardiologist and Clinical Lead, fiona.baird@lothian.example.scot.nhs.uk. Halvard: Marcus Oyelaran, NHS Partnerships Director, m.oyelaran@halvardbio.example.co.uk"),
            ("Start and completion", "Q1 2026 to Q3 2027 (18 months)"),
            ("Resources – NHS Lothian", "0.6 WTE Band 8a pharmacist prescriber (in kind, approx. £46,000); clinic rooms in four hubs; consultant supervision one session a week; BI analyst two days a month."),
            ("Resources – Halvard", "£58,000 towards a fixed-term Band 7 pharmacist, recruited and employed by NHS Lothian; 30 days of project management; evaluation design support."),
            ("Outcome measures", "1) Patients on all guideline-recommended classes at target dose: baseline 38%, target 60% at month 12. 2) Median wait for a titration review: baseline 14 weeks, target 4 weeks. 3) Heart failure admissions per 1,000 register patients, reported quarterly from Lothian BI."),
            ("Project structure", "Steering group chaired by the NHS Lothian Clinical Lead; members: Lead Pharmacist Cardiology, HSCP primary care manager, Halvard NHS Partnerships Director and Halvard Medical Adviser. Meets monthly."),
            ("Confidentiality", "Patient information stays in NHS Lothian clinical systems and is handled under the Board's confidentiality policy. Project and commercial information exchanged between the partners is used only for this project and is kept confidential, subject to the Freedom of Information (Scotland) Act 2002."),
            ("Data protection", "NHS Lothian is data controller. Processing complies with UK GDPR and the Data Protection Act 2018 and a DPIA has been approved by the Caldicott Guardian. Halvard receives anonymised, aggregate reports only, with counts below 5 suppressed."),
            ("Exit strategy", "Either partner may withdraw on 90 days' written notice; patients already in a clinic then finish titration under the existing hospital pathway. At month 15 the HSCP will decide whether to fund the clinics recurrently; if it does not, the fixed-term post ends under NHS Lothian HR policy and patients return to GP and hospital follow-up."),
            ("Publication", "An executive summary will be published on the Halvard and NHS Lothian websites before the project starts, and both partners will publish a summary of outcomes within six months of completion."),
            ("Certification", "Job code HAL-UK-CW-0142 | Date of preparation: October 2025"),
        ),
    ],
    out=lab("pid"),
    notes="Compliant PID entirely inside a two-column field/answer table; Scottish board; FOISA carve-out.")

doc(file="Fernmoor_T2D_Remission_PID_final.pdf", type="pid", fmt="pdf", layout="single",
    header="NHS Fernmoor ICB | Kestrel Pharma Ltd | Joint Working PID | OFFICIAL",
    footer="PID v1.0 - approved for circulation to steering group members",
    author="Fernmoor ICB", doc_title="Type 2 diabetes remission support PID",
    blocks=[
        TITLE("Type 2 Diabetes Remission Support in Priority Neighbourhoods"),
        SUB("Project Initiation Document - joint working between NHS Fernmoor Integrated Care Board and Kestrel Pharma Ltd"),
        H("1. Background"),
        P("Rates of type 2 diabetes in the three most deprived neighbourhoods of Fernmoor are well above the national average, and uptake of structured education has been low. It was agreed by both organisations that a community-based remission and review offer should be piloted in these areas."),
        H("2. Partners and accountable leads"),
        P("NHS Fernmoor Integrated Care Board, Castle House, Fernmoor FM1 2AA - accountable lead: Helen Marsh, Head of Medicines Optimisation (helen.marsh@fernmoor.example.nhs.uk)."),
        P("Kestrel Pharma Ltd (registered in England no. 04123987), 9 Meadow Court, Slough SL1 4QT - accountable lead: Dr Rahul Desai, Medical Affairs Manager (rahul.desai@kestrelpharma.example.com)."),
        H("3. Objectives and expected benefits"),
        P("Patients will be offered a structured review, dietetic support and remission coaching in community venues close to home, and it is anticipated that more of them will achieve good glycaemic control and avoid complications. For the ICB, the project is expected to inform a future commissioning decision on remission services. Kestrel expects to gain insight into how community diabetes services are organised; no objective relates to any Kestrel product."),
        H("4. Resources"),
        P("The ICB will contribute 0.5 WTE diabetes specialist nurse time, practice pharmacist sessions in participating practices and community venue hire. Kestrel will contribute £40,000 towards dietitian sessions, employed through the ICB's community provider, and a project manager for 0.2 WTE."),
        H("5. Outcomes and evaluation"),
        P("The impact of the project on patient care will be monitored by the steering group throughout, and a narrative evaluation will be prepared at the close of the project describing what went well and what could be improved."),
        H("6. Governance"),
        P("A joint steering group, chaired by the ICB Head of Medicines Optimisation and including the Kestrel Medical Affairs Manager, the diabetes specialist nurse lead and a lay representative, will meet every six weeks."),
        H("7. Confidentiality"),
        P("Patient information will remain within ICB and practice systems. Project papers and commercial information marked confidential will not be disclosed outside the steering group, subject to the Freedom of Information Act 2000."),
        H("8. Information governance"),
        P("The participating practices remain data controllers for their patient records, and processing will comply with UK GDPR and the Data Protection Act 2018. A DPIA has been completed and signed off by the ICB's Data Protection Officer. Kestrel will see only aggregated, anonymised figures."),
        H("9. Exit arrangements"),
        P("No formal exit arrangements have yet been agreed. These will be considered by the steering group at the mid-point review."),
        H("10. Timescales"),
        P("The project will run from April 2026 to March 2028."),
        H("11. Publication"),
        P("Kestrel will publish an executive summary of the project on its UK website before the start date, and both organisations will publish the outcomes within six months of the end of the project."),
        P("Approval code: KP-UK-JW-2025-311. Date of preparation: November 2025."),
    ],
    out=lab("pid", exit_strategy="fail", measurable_outcomes="warn"),
    notes="Exit heading present but negated ('no formal exit arrangements have yet been agreed'); outcomes only qualitative; running header/footer.")

doc(file="COPD_case_finding_PID_AshbyWold.docx", type="pid", fmt="docx", hstyle="builtin",
    author="Ashby and Wold Health Federation", doc_title="COPD case-finding PID",
    blocks=[
        TITLE("COPD Case-Finding and Diagnostic Spirometry Hubs"),
        SUB("Project Initiation Document | Ashby and Wold Health Federation CIC with Meridale Pharmaceuticals UK Ltd"),
        H("1. Introduction"),
        P("Practices across Ashby and Wold have a COPD prevalence of 1.6% against an expected 2.6%, suggesting that roughly 1,400 people are living with undiagnosed disease. Since the pandemic, quality-assured spirometry has been available only at the district hospital, with a 30-week wait."),
        H("2. Aims"),
        UL("Open two quality-assured spirometry hubs run by the Federation.",
           "Offer case-finding to smokers and ex-smokers over 40 with relevant symptoms.",
           "Ensure every newly diagnosed patient gets a review and treatment plan in line with NICE NG115."),
        H("3. Benefits"),
        UL("Patients: earlier diagnosis, pulmonary rehabilitation and treatment, and less time spent travelling to hospital.",
           "Federation and practices: a local diagnostic service and accurate registers.",
           "Meridale: insight into community respiratory diagnostics; no benefit is linked to any Meridale product."),
        H("4. Partners"),
        P("Ashby and Wold Health Federation CIC (company no. 11223344), Unit 4 Wold Business Park, Ashby AB4 7GH. Meridale Pharmaceuticals UK Ltd, 200 Brook Drive, Green Park, Reading RG2 6UB."),
        H("5. Leads"),
        P("Federation: Sarah Whitlock, Clinical Director, sarah.whitlock@ashbywold.example.nhs.uk. Meridale: Owen Carver, Partnerships Manager (non-promotional role), owen.carver@meridale.example.com."),
        H("6. Resources"),
        TABLE(["Partner", "Contribution", "Approximate value"],
              ["Federation", "0.4 WTE respiratory nurse, hub premises, admin support 1 day/week", "£31,500 (in kind)"],
              ["Meridale", "Funding for two spirometers and ARTP training; 20 days project management", "£27,000"]),
        H("7. Outcome measures"),
        UL("Spirometry tests completed: target 900 in 12 months (baseline 0 in the community).",
           "Wait for diagnostic spirometry: from 30 weeks to under 6 weeks by month 6.",
           "Recorded COPD prevalence: from 1.6% to 2.0% by month 12 (practice registers, quarterly)."),
        H("8. Confidentiality"),
        H("9. Data Protection and Information Governance"),
        P("To be confirmed following IG review [insert DPIA reference]."),
        H("10. Exit and sustainability"),
        P("At month 12 the Federation will either continue the hubs from its own enhanced-services budget or close them. Patients diagnosed during the project remain under the care of their own practice whichever option is chosen. Either party may withdraw on three months' notice, in which case the Federation keeps the equipment and completes any booked tests."),
        H("11. Timeline"),
        P("Start: Q2 2026. End: Q1 2027."),
        H("12. Publication"),
        P("Meridale will publish the executive summary on its collaborative working web page before the hubs open; both partners will publish outcomes within six months of the end of the project."),
    ],
    out=lab("pid", confidentiality="fail", data_protection="fail"),
    notes="'8. Confidentiality' heading with empty body; data protection is a placeholder ('To be confirmed ... [insert DPIA reference]'); GP federation CIC.")

doc(file="HDUHB_Asthma_Review_PID.pdf", type="pid", fmt="pdf", layout="twocol",
    footer="Hywel Dda UHB / Brightwater Pharma UK Ltd - PID - Version 3",
    author="Brightwater Pharma UK", doc_title="Asthma review PID",
    blocks=[
        TITLE("Asthma Review and Inhaler Technique Project"),
        SUB("Project Initiation Document - Hywel Dda University Health Board and Brightwater Pharma UK Ltd"),
        H("Background"),
        P("In the three Carmarthenshire clusters involved, 41% of adults with asthma had no annual review recorded in 2024, and emergency attendances for asthma rose by 12% over two years."),
        H("Objectives"),
        P("The project will provide practice-based asthma reviews led by a respiratory nurse, including inhaler technique assessment and a personalised asthma action plan. It will also increase uptake of Respivane, the market-leading once-daily inhaler, across the clusters."),
        H("Expected benefits"),
        UL("Patients: fewer asthma attacks, better inhaler technique and a written action plan for every patient reviewed.",
           "Health Board: reduced emergency attendances and better-quality registers.",
           "Brightwater: experience of delivering a respiratory service in Wales."),
        H("Partners"),
        P("Hywel Dda University Health Board, Ystwyth Building, Hafan Derwen, Carmarthen SA31 3BB. Brightwater Pharma UK Ltd, 3 Riverside Way, Uxbridge UB8 2YF."),
        H("Project team and steering group"),
        TABLE(["Name", "Organisation", "Role in project"],
              ["Dr Catrin Lewis", "Hywel Dda UHB", "Clinical lead, chair"],
              ["Aled Morgan", "Hywel Dda UHB", "Cluster pharmacist"],
              ["Gareth Powell", "Brightwater", "Key Account Manager - steering group member, practice recruitment"],
              ["Dr Nia Rees", "Brightwater", "Medical Adviser"]),
        H("Resources"),
        P("Health Board: 0.5 WTE Band 7 respiratory nurse time, cluster pharmacist sessions and clinical rooms (in kind, approx. £38,000). Brightwater: £35,000 towards nurse backfill and 15 days of project support."),
        H("Measures"),
        P("Annual review completion from 59% to 80% by month 12; inhaler technique correct at follow-up in at least 75% of reviewed patients; asthma emergency attendances per 1,000 registered asthma patients, quarterly from the Health Board's information team."),
        H("Confidentiality"),
        P("Patient-level information remains in practice clinical systems. Project documents and any commercially sensitive information are confidential to the steering group, subject to the Freedom of Information Act 2000."),
        H("Data protection"),
        P("The practices and the Health Board are data controllers and will process data under UK GDPR and the Data Protection Act 2018. A DPIA has been approved. Brightwater will receive anonymised, aggregated reports only."),
        H("Exit strategy"),
        P("At month 12 the clusters will decide whether to continue the reviews from cluster funding. If the project stops early, either party giving 60 days' notice, the nurse's booked reviews will be completed and patients will continue with routine practice review."),
        H("Timescale"),
        P("July 2026 to June 2027."),
        H("Publication"),
        P("Brightwater will publish an executive summary on its website before the project begins, and a summary of outcomes will be published within six months of completion."),
    ],
    out=lab("pid", promotional_language="fail", sales_roles="fail"),
    notes="Key Account Manager on steering group and recruiting practices (team table); 'increase uptake of [brand], the market-leading inhaler'; patient benefit still stated; two-column PDF.")

doc(file="tamar-valley-af-detection-pid.md", type="pid", fmt="md",
    blocks=[
        TITLE("Tamar Valley PCN - AF Detection Project"),
        SUB("Project Initiation Document (PID) - prepared jointly by Riverside Health Partnership and Corvantis UK Limited"),
        H("Why we are doing this"),
        P("Atrial fibrillation is under-recorded in our patch: we have 1,850 people on AF registers against an estimated 2,400. Undetected AF is a leading cause of avoidable stroke."),
        H("Who is involved"),
        UL("Riverside Health Partnership (the partners of Riverside Surgery, Tavistock), acting as nominated lead practice for Tamar Valley PCN, Plymouth Road, Tavistock PL19 8BX. Lead: Dr Megan Ashworth, Clinical Director, megan.ashworth@riverside.example.nhs.uk",
           "Corvantis UK Limited (company no. 09876543), 1 Kingsway, London WC2B 6AN. Lead: Tom Fairley, Head of NHS Partnerships, tom.fairley@corvantis.example.co.uk"),
        H("What we want to achieve"),
        UL("Opportunistic pulse checks plus single-lead ECG at flu and long-term-condition clinics for everyone aged 65 and over.",
           "New AF diagnoses per quarter: baseline 21, target 35 by the end of month 6.",
           "Proportion of newly diagnosed patients offered anticoagulation in line with NICE NG196 within 28 days: target 85% (baseline 61%).",
           "Data source: practice searches run monthly by the PCN data analyst."),
        H("Benefits"),
        P("People with undiagnosed AF are found and offered stroke prevention earlier. The PCN gains accurate registers and a repeatable screening model. Corvantis learns how case-finding works in rural primary care."),
        H("What each partner puts in"),
        TABLE(["", "Riverside / Tamar Valley PCN", "Corvantis"],
              ["People", "Healthcare assistant 15 hrs/week; GP reviewer 2 sessions/month; PCN analyst 1 day/month", "Project manager 0.1 WTE; evaluation support"],
              ["Money", "-", "£22,000 towards HCA hours and six ECG devices"],
              ["Other", "Clinic space and IT", "Training materials (non-promotional)"]),
        H("Dates"),
        P("1 March 2026 to 31 August 2027."),
        H("Governance"),
        P("A project board of the Clinical Director (chair), the PCN pharmacist, the practice manager and Corvantis' Head of NHS Partnerships meets monthly."),
        H("Keeping information safe"),
        P("Nothing that could identify a patient leaves the practice clinical system. Project papers, costings and draft reports are shared only among board members and are not passed to anyone else without both partners' written agreement, subject to Freedom of Information obligations."),
        P("The practices remain controllers of their records and all processing meets UK GDPR and the Data Protection Act 2018; a DPIA has been signed off by the PCN's IG lead. Corvantis sees only counts and percentages."),
        H("If it ends early, and at the end"),
        P("Either side may bring the collaboration to a close by giving 60 days' notice in writing. Patients already identified will continue to be followed up by their practice under the usual AF pathway. The healthcare assistant hours funded through the project revert to the PCN's own establishment at month 18, and the PCN board will decide by month 15 whether to keep the screening clinics going from its own budget."),
        H("Telling people about it"),
        P("Corvantis will post a summary of this collaboration on its website before the first clinic, and both partners will publish results within six months of the end."),
        P("CORV-UK-CW-0097 | prepared January 2026"),
    ],
    out=lab("pid"),
    notes="Compliant PID in Markdown using paraphrases only (no 'exit strategy' or 'confidential' headings); PCN via nominated lead practice.")

doc(file="FLS_project_plan_LowtherValley.docx", type="pid", fmt="docx", hstyle="caps",
    author="Norvance Healthcare", doc_title="FLS project plan",
    footer="Internal - not for publication",
    blocks=[
        TITLE("Fracture Liaison Service Enhancement - Project Initiation Document"),
        SUB("Lowther Valley NHS Trust and Norvance Healthcare plc"),
        H("Summary"),
        UL("People over 50 who attend with a fragility fracture are not consistently assessed for bone health.",
           "The Trust's fracture liaison service (FLS) currently identifies around 45% of eligible patients.",
           "This JW project adds case-finding and follow-up capacity for 18 months from Q3 2026."),
        H("Partners"),
        UL("Lowther Valley NHS Trust, Beck Road, Penrith CA11 9XY - lead: Joanne Reilly, FLS Coordinator, joanne.reilly@lowther.example.nhs.uk",
           "Norvance Healthcare plc, 7 Canal Street, Manchester M1 3HE - lead: Dr Adam Price, Medical Lead Bone Health, adam.price@norvance.example.com"),
        H("Patient benefits"),
        UL("More patients assessed and treated after a fragility fracture, reducing the risk of a second fracture.",
           "Falls assessment and exercise advice offered at the same visit."),
        H("Resources"),
        UL("Norvance: £52,000 to fund a Band 5 FLS nurse (employed by the Trust) for 18 months; data analyst 5 days.",
           "Trust: support as required."),
        H("KPIs"),
        UL("KPIs: to be agreed at the first steering group."),
        H("Steering group"),
        UL("FLS Coordinator (chair); consultant orthogeriatrician; Norvance Medical Lead Bone Health; Trust service manager. Meets bi-monthly."),
        H("Confidentiality"),
        UL("Patient-identifiable information stays on Trust systems and is never shared with Norvance.",
           "Project and financial information is confidential between the parties, subject to the Trust's FOI duties."),
        H("Data protection"),
        UL("The Trust is data controller; processing complies with UK GDPR and the Data Protection Act 2018.",
           "A DPIA has been reviewed by the Trust's IG team; Norvance receives anonymised aggregate data only."),
        H("Exit"),
        UL("Either party may end the project on 90 days' notice.",
           "At month 15 the Trust will decide whether to absorb the FLS nurse post into its establishment; otherwise the fixed-term contract ends under Trust HR policy and patients continue under the standard FLS pathway."),
        H("Publication"),
        UL("This PID and any results are internal to the partners and are not for publication."),
    ],
    out=lab("pid", resource_contributions="fail", measurable_outcomes="fail", transparency="fail"),
    notes="Bullet-only PID: NHS contribution 'support as required', KPIs 'to be agreed', explicit 'internal - not for publication'; heading-caps style.")

doc(file="Harrowfield_CKD_PID_2026.pdf", type="pid", fmt="pdf", layout="single",
    header="Harrowfield Hospitals NHS Foundation Trust - Renal Services", footer="CKD optimisation PID",
    author="Harrowfield Renal", doc_title="CKD PID",
    blocks=[
        TITLE("Chronic Kidney Disease Optimisation in Primary Care"),
        SUB("Project Initiation Document - Harrowfield Hospitals NHS Foundation Trust and Ostrander Life Sciences UK Ltd"),
        FORM(("Project title", "CKD optimisation in primary care"),
             ("Start / end", "September 2026 - August 2027"),
             ("Background", "Many patients with CKD stages 3-4 in the Harrowfield area have not had urine albumin testing or blood pressure optimisation. Renal clinic referrals have risen 20% in two years."),
             ("Aims", "Renal specialist nurses will run virtual clinics with practices to review coded and uncoded CKD, optimise blood pressure and treatment in line with NICE NG203, and advise on referral."),
             ("Benefits for patients", "Earlier recognition of CKD, slower progression and fewer avoidable referrals to hospital."),
             ("Benefits for the Trust", "Reduced pressure on renal outpatients; stronger links with primary care."),
             ("Benefits for Ostrander", "Experience of supporting a renal pathway project."),
             ("Outcome measures", "TBC"),
             ("Confidentiality", "All patient information is held on Trust and practice systems. Information about the project, including financial details, is confidential between the parties, subject to FOI."),
             ("Data protection", "[insert]"),
             ("Exit strategy", "If either party ends the project early (60 days' notice), the renal nurses will complete reviews already booked and hand patients back to their GP with a written plan. At the end the Trust will decide whether to continue the virtual clinics from its renal budget."),
             ("Publication", "Ostrander will publish an executive summary before the start; the Trust and Ostrander will each publish outcomes within six months of completion.")),
        H("Contributions"),
        TABLE(["Party", "What", "Value"],
              ["Harrowfield Hospitals NHS FT", "0.4 WTE renal specialist nurse; consultant nephrologist 1 PA/week; admin", "£41,000 in kind"],
              ["Ostrander Life Sciences UK Ltd", "Funding of 0.6 WTE renal nurse (Trust-employed); project manager 0.1 WTE", "£49,500"]),
        H("Contacts"),
        TABLE(["Organisation", "Name", "Role", "Email"],
              ["Harrowfield Hospitals NHS FT", "Dr Priya Nair", "Consultant Nephrologist, project lead", "priya.nair@harrowfield.example.nhs.uk"],
              ["Ostrander Life Sciences UK Ltd", "Elaine Foster", "Partnership Manager, project lead", "elaine.foster@ostrander.example.com"],
              ["Ostrander Life Sciences UK Ltd", "Jamie Holt", "Territory Manager - contact for invoicing and meeting room bookings only", "jamie.holt@ostrander.example.com"]),
        H("Steering group"),
        P("Dr Priya Nair (chair), renal nurse lead, ICB kidney lead and Elaine Foster (Ostrander Partnership Manager). Meets monthly for the first quarter and then every two months."),
    ],
    out=lab("pid", measurable_outcomes="fail", data_protection="fail", sales_roles="warn"),
    notes="Form-table PDF: outcome measures 'TBC', data protection '[insert]'; Territory Manager appears only as an invoicing contact (warn), not on steering group.")

doc(file="Kingsmere_Lipid_Program_PID.docx", type="pid", fmt="docx", hstyle="builtin",
    author="Pellham Medical", doc_title="Lipid optimization program PID",
    blocks=[
        TITLE("Lipid Optimization Program - Project Initiation Document"),
        P("Partners: NHS Kingsmere Integrated Care Board (Kingsmere House, 12 Lower Road, Kingsmere KM3 4PD) and Pellham Medical Ltd (company number 07766554; 55 Station Approach, Maidenhead SL6 1QX)."),
        H("Program rationale"),
        P("Cardiovascular disease is the leading cause of premature death in Kingsmere. Around 9,000 patients with established CVD have not had a lipid test in the last 12 months, and many are not at the LDL-cholesterol targets set out in the NHS England lipid management pathway."),
        H("Program objectives"),
        OL("Identify patients with established CVD without a recent lipid profile in 20 practices.",
           "Offer a pharmacist-led review in line with NICE NG238 and the ICB lipid pathway.",
           "Raise the percentage of reviewed patients reaching LDL-C of 2.0 mmol/L or below from 31% (baseline, March 2026) to 50% by March 2027, using practice searches run quarterly."),
        H("Anticipated benefits"),
        P("Patients: a structured review, a personalized treatment plan agreed with their clinician, and reduced risk of heart attack and stroke. ICB: progress against its CVD prevention goals. Pellham: insight into primary care optimization programs; this benefit is not linked to any specific medicine."),
        H("Leads"),
        P("ICB: Daniel Okafor, Associate Director of Medicines Optimization (daniel.okafor@kingsmere.example.nhs.uk). Pellham: Dr Laura Benson, Medical Affairs Lead (laura.benson@pellham.example.com)."),
        H("Resources"),
        P("The ICB will contribute a 0.6 WTE senior pharmacist, analytics support and its clinical pathway group (valued at approximately £47,000). Pellham will contribute £45,000 toward pharmacist technician time and 20 days of program management."),
        H("Governance"),
        P("A joint program board co-chaired by the ICB Associate Director and the Pellham Medical Affairs Lead will meet monthly; membership includes two practice pharmacists and a patient representative."),
        H("Confidentiality"),
        P("Confidentiality: standard terms apply."),
        H("Data"),
        P("All activities will be GDPR compliant."),
        H("Exit plan"),
        P("The program ends on 31 March 2027. From month 10 the ICB will incorporate the review model into its Medicines Optimization Scheme so that practices can continue reviews without external funding. If the program is stopped early, on 60 days' notice from either party, pharmacists will complete open reviews and patients remain under their practice's usual care."),
        H("Publication"),
        P("Pellham will post the ES on its UK CW page before launch and both organizations will publish a summary of outcomes within six months of the end date. Pellham's payments will also be disclosed on Disclosure UK."),
    ],
    out=lab("pid", confidentiality="warn", data_protection="warn"),
    notes="Americanised spelling; bare 'Confidentiality: standard terms' and bare 'GDPR compliant' (both warn); everything else complete.")

doc(file="tayside_repeat_rx_pid.txt", type="pid", fmt="txt",
    blocks=[
        TITLE("Project Initiation Document: Repeat Prescribing Workflow Redesign"),
        SUB("NHS Tayside Pharmacy Services and Quillon Pharmaceuticals Limited. Version 0.9, prepared September 2025."),
        H("1 Project summary"),
        P("Repeat prescription requests take up an estimated 30% of practice administrative time in the Angus locality. This project will map and redesign the repeat-prescribing workflow in eight practices, introducing a pharmacy-technician-led request hub."),
        H("2 Partner organisations"),
        KV(("NHS body", "NHS Tayside, Ninewells Hospital, Dundee DD1 9SY"),
           ("Company", "Quillon Pharmaceuticals Limited, 14 Thistle Street, Edinburgh EH2 1DF (registered in Scotland SC334455)")),
        H("3 Accountable leads"),
        KV(("NHS Tayside", "Morag Keddie, Primary Care Pharmacy Lead, morag.keddie@tayside.example.scot.nhs.uk"),
           ("Quillon", "Iain Drummond, Head of Partnerships, iain.drummond@quillon.example.com")),
        H("4 Expected benefits"),
        KV(("Benefits to the NHS", "Practice admin time released (target 20% reduction), fewer prescribing queries"),
           ("Benefits to Quillon", "Understanding of Scottish primary care workflows"),
           ("Benefits to patients", "N/A - the project is focused on administrative efficiency")),
        H("5 Resources"),
        KV(("NHS Tayside", "2 x Band 5 pharmacy technicians for 12 months (in kind, approx. £62,000); workflow analyst 0.2 WTE"),
           ("Quillon", "£48,000 for a process-redesign consultant and workflow software licences")),
        H("6 Measures"),
        P("Admin minutes per 100 repeat requests (baseline from time-and-motion audit in month 1, target 20% lower by month 12); proportion of requests processed within 48 hours (baseline 72%, target 90%)."),
        H("7 Governance"),
        P("Steering group: Primary Care Pharmacy Lead (chair), two practice managers, a GP adviser and Quillon's Head of Partnerships. Monthly meetings."),
        H("8 Confidentiality"),
        P("No patient-identifiable information will be seen by Quillon staff. All project information, including costs, will be treated as confidential by both partners, subject to FOISA 2002."),
        H("9 Data protection"),
        P("NHS Tayside remains data controller. Processing complies with UK GDPR and the Data Protection Act 2018; a DPIA has been approved by the Board's IG team. Only aggregate workflow metrics are shared."),
        H("10 Exit strategy"),
        P("The project will end on 30 September 2027."),
        H("11 Publication"),
        P("Quillon will publish an executive summary prior to commencement, and NHS Tayside and Quillon will publish the outcomes within six months of project end."),
    ],
    out=lab("pid", exit_strategy="fail", patient_benefit="fail"),
    notes="Plain-text PID: exit section gives only an end date; 'Benefits to patients: N/A'; Scottish board.")

doc(file="Calder_Pain_Deprescribing_PID.docx", type="pid", fmt="docx", hstyle="bold",
    author="Calder Primary Care", doc_title="Chronic pain deprescribing PID",
    blocks=[
        TITLE("Living Well with Persistent Pain - Project Initiation Document"),
        KV(("Partners", "Calder Primary Care Ltd (GP federation, company no. 10293847, Hebden Mill, Calder Road, Halifax HX7 8AA) and Tavira Pharma UK Ltd (company no. 06655443, 2 Forbury Square, Reading RG1 3EU)"),
           ("Federation lead", "Dr Imran Qureshi, Medical Director, imran.qureshi@calderpc.example.nhs.uk"),
           ("Tavira lead", "Rebecca Lang, Collaborative Working Manager, rebecca.lang@tavira.example.com"),
           ("Project dates", "1 May 2026 to 30 April 2027")),
        H("Background"),
        P("Following termination of the previous contract with an external provider in 2024, the Calder area has had no community persistent-pain service. Around 2,300 people in the federation's practices take high-dose opioids long term, often with limited benefit and significant harm."),
        H("Objectives"),
        P("Pharmacist-led structured medication reviews and group pain-management sessions will be offered to people on high-dose opioids. The aim is to reduce the number of patients prescribed 120 mg or more oral morphine equivalent per day from 410 (baseline, February 2026) to 300 by April 2027, measured monthly from practice searches, and to improve patient-reported quality of life (Brief Pain Inventory at entry and six months)."),
        H("Benefits"),
        P("Patients will receive support to reduce medicines that may be harming them, with access to group sessions and physiotherapy advice. The federation will build a sustainable deprescribing model. Tavira will gain insight into community pain services; the project does not involve any Tavira medicine."),
        H("Contributions"),
        P("Calder Primary Care Ltd will provide 0.6 WTE clinical pharmacist time, session venues and GP clinical supervision (valued at about £39,000). Tavira will provide £36,000 towards a pain-management physiotherapist employed by the federation and 10 days of project management support."),
        H("Steering group"),
        P("Medical Director (chair), lead pharmacist, patient representative from the local pain support group and Tavira's Collaborative Working Manager. The confidentiality of the steering group minutes is not required, as minutes will be posted on the federation's website."),
        H("Information governance"),
        P("The practices are data controllers. All processing will be lawful under UK GDPR and the Data Protection Act 2018, and a DPIA has been completed by the federation's Data Protection Officer. Tavira will receive only anonymised summary statistics."),
        H("Publication"),
        P("Tavira will publish an executive summary on its website before the project starts and both partners will publish outcomes within six months of the end date."),
    ],
    out=lab("pid", exit_strategy="fail", confidentiality="fail"),
    notes="Near misses: 'termination of the previous contract' (not an exit plan) and 'confidentiality of the steering group minutes is not required'; no exit or confidentiality provision otherwise.")

doc(file="CTM_Parkinsons_Nurse_PID_CY-EN.docx", type="pid", fmt="docx", hstyle="builtin",
    author="Cwm Taf Morgannwg UHB", doc_title="Parkinson's community nurse PID",
    header="Dogfen Cychwyn Prosiect / Project Initiation Document",
    blocks=[
        TITLE("Community Parkinson's Nurse Outreach"),
        SUB("Cwm Taf Morgannwg University Health Board and Arlen Therapeutics UK Limited"),
        H("Background"),
        P("People with Parkinson's in the Rhondda and Cynon valleys wait on average five months for a specialist nurse review, and admissions for medication-related problems are rising."),
        H("Aims"),
        P("To provide home and clinic-based reviews by a Parkinson's nurse specialist, improve access to medication advice and support carers."),
        H("Benefits"),
        P("Patients and carers: faster specialist advice, fewer hospital admissions caused by missed or mistimed medicines, and support at home. Health Board: a model for extending the community Parkinson's service. Arlen: insight into neurology pathways in Wales."),
        H("Partners and leads"),
        TABLE(["Organisation", "Address", "Lead"],
              ["Cwm Taf Morgannwg University Health Board", "Ynysmeurig House, Navigation Park, Abercynon CF45 4SN", "Dr Siân Howells, Consultant Neurologist"],
              ["Arlen Therapeutics UK Limited", "Arlen House, 88 Milton Park, Abingdon OX14 4RY", "Kate Brennan, Medical Science Liaison Lead"]),
        H("Resources"),
        P("Health Board: 0.5 WTE Band 7 Parkinson's nurse specialist, consultant oversight one session a week and clinic rooms (£40,500 in kind). Arlen: £44,000 funding for an additional 0.5 WTE nurse post (employed by the Health Board) and evaluation support."),
        H("Evaluation measures"),
        P("To be confirmed once the nurse is in post."),
        H("Governance"),
        P("Project board: consultant neurologist (chair), Parkinson's nurse lead, therapies manager, Parkinson's UK local adviser and Arlen's MSL Lead. Quarterly reporting to the Health Board's Medicines Management Group."),
        H("Confidentiality"),
        P("Patient information stays within Health Board systems under the Board's confidentiality code. Commercial and project information is treated as confidential by both parties, subject to the Freedom of Information Act 2000."),
        H("Data protection"),
        P("The Health Board is data controller, processing complies with UK GDPR and the Data Protection Act 2018, and a DPIA is in place. Arlen has no access to patient-identifiable information."),
        H("Exit strategy"),
        P("The project runs for 24 months from October 2026. By month 18 the Health Board will decide whether to fund the second nurse post recurrently. If not, caseloads will be transferred to the core Parkinson's nursing team with a written handover for every patient. Either party may terminate on three months' notice, with the same handover arrangements."),
        H("Publication"),
        P("Results may be published at Arlen's discretion."),
    ],
    out=lab("pid", measurable_outcomes="fail", transparency="fail"),
    notes="Welsh UHB, bilingual header; evaluation measures 'to be confirmed'; publication only 'at the company's discretion'; MSL lead passes sales-roles.")

# =====================================================================================
# AGREEMENTS
# =====================================================================================

doc(file="IBD_Virtual_Clinic_CWA_executed.docx", type="agreement", fmt="docx", hstyle="bold",
    font="Times New Roman", author="Harrowfield Legal Services", doc_title="Collaborative Working Agreement",
    blocks=[
        TITLE("COLLABORATIVE WORKING AGREEMENT"),
        P("THIS AGREEMENT is dated 12 January 2026"),
        H("PARTIES"),
        OL("HARROWFIELD HOSPITALS NHS FOUNDATION TRUST of Harrowfield General Hospital, Infirmary Road, Harrowfield HF2 5QR (the \"Trust\"); and",
           "MERIDALE PHARMACEUTICALS UK LTD, a company incorporated in England and Wales with company number 02938475, whose registered office is at 200 Brook Drive, Green Park, Reading RG2 6UB (\"Meridale\")."),
        H("1. DEFINITIONS"),
        P("1.1 \"Project\" means the IBD Virtual Monitoring Clinic described in Schedule 1. 1.2 \"Confidential Information\" means any information of a confidential nature disclosed by one party to the other in connection with the Project, including patient information and commercially sensitive information. 1.3 \"Commencement Date\" means 1 March 2026."),
        H("2. PURPOSE AND BENEFITS"),
        P("2.1 The Project will establish a nurse-led virtual monitoring clinic for people with inflammatory bowel disease so that stable patients can be monitored remotely and those who are flaring can be seen within 48 hours. 2.2 The expected benefits are: for patients, quicker access to specialist advice during a flare, fewer unnecessary hospital visits and fewer emergency admissions; for the Trust, around 1,200 face-to-face follow-up appointments released each year; for Meridale, a better understanding of IBD service delivery. 2.3 Nothing in this Agreement is conditional on the prescription, supply, recommendation or purchase of any Meridale medicine, and all treatment decisions remain with Trust clinicians in line with NICE guidance and the Trust formulary."),
        H("3. TERM"),
        P("3.1 This Agreement starts on the Commencement Date and continues for 24 months unless terminated earlier under clause 12."),
        H("4. CONTRIBUTIONS"),
        P("4.1 The Trust will provide 0.8 WTE Band 7 IBD specialist nurse time, consultant gastroenterologist supervision of 1 PA per week, clinic administration and the use of its remote monitoring platform (together valued at approximately £96,000 over the term). 4.2 Meridale will pay the Trust £88,000 in four milestone instalments set out in Schedule 2, on receipt of a valid invoice, towards a fixed-term Band 6 nurse recruited and employed by the Trust, and will provide 25 days of project management and evaluation support."),
        H("5. GOVERNANCE"),
        P("5.1 A Joint Project Board comprising the Trust's Consultant Gastroenterologist (chair), IBD Nurse Lead and Service Manager, and Meridale's Partnerships Manager and Medical Adviser will meet monthly. 5.2 No Meridale employee with a sales or promotional role will take part in the Project."),
        H("6. OUTCOMES AND EVALUATION"),
        P("6.1 The parties will measure: (a) the proportion of flaring patients seen within 48 hours (baseline 35%, target 85% by month 12); (b) IBD-related emergency admissions per quarter (baseline 42); (c) face-to-face follow-up appointments avoided; and (d) patient-reported experience using the IBD-Control questionnaire at baseline and month 12. 6.2 Data will be drawn from Trust systems by the Trust's information team and reported to the Board quarterly."),
        H("7. DATA PROTECTION"),
        P("7.1 The Trust is the data controller for all personal data processed in the Project. 7.2 Each party will comply with UK GDPR and the Data Protection Act 2018. 7.3 A DPIA has been approved by the Trust's Caldicott Guardian. 7.4 Meridale will receive only anonymised, aggregated data and will not have access to any patient-identifiable information."),
        H("8. CONFIDENTIALITY"),
        P("8.1 Each party shall keep the other's Confidential Information confidential and use it only for the purposes of the Project. 8.2 Clause 8.1 does not prevent the Trust from complying with the Freedom of Information Act 2000, nor either party from publishing the summaries required by clause 9."),
        H("9. TRANSPARENCY AND PUBLICATION"),
        P("9.1 Meridale will publish a summary of this Agreement on its website before the Commencement Date. 9.2 The parties will publish a summary of the outcomes of the Project within six months of its completion. 9.3 The Trust acknowledges that the value of Meridale's contribution will be disclosed on Disclosure UK."),
        H("10. ANTI-BRIBERY"),
        P("10.1 Each party will comply with the Bribery Act 2010. No benefit under this Agreement will accrue to any individual."),
        H("11. DISPUTES"),
        P("11.1 Disputes will be referred first to the Board and then to the Trust's Chief Medical Officer and Meridale's UK Medical Director."),
        H("12. TERMINATION AND EXIT"),
        P("12.1 Either party may terminate this Agreement on 90 days' written notice. 12.2 Either party may terminate immediately if the PMCPA rules that the Project breaches the ABPI Code. 12.3 On expiry or termination, patients in the virtual clinic will continue to be monitored under the Trust's standard IBD pathway; the funded nurse post will either be absorbed into the Trust establishment or end under Trust HR policy, as decided by the Trust by month 20; and Meridale's obligation to pay will end at the last completed milestone."),
        SIG("SIGNED for and on behalf of HARROWFIELD HOSPITALS NHS FOUNDATION TRUST: Mark Pendleton, Chief Executive. Date: 12 January 2026",
            "SIGNED for and on behalf of MERIDALE PHARMACEUTICALS UK LTD: Dr Alison Grey, UK General Manager. Date: 12 January 2026"),
    ],
    out=lab("agreement"),
    notes="Fully compliant formal contract with numbered clauses (12.3 exit), individual signatories on behalf of organisations.")

doc(file="Respiratory_Outreach_Agreement_Whitcombe.pdf", type="agreement", fmt="pdf", layout="twocol",
    header="JOINT WORKING AGREEMENT - RESPIRATORY OUTREACH", footer="Kestrel Pharma Ltd - confidential draft for signature",
    pdf_font="Times-Roman", author="Kestrel Pharma", doc_title="Joint working agreement",
    blocks=[
        TITLE("Joint Working Agreement"),
        P("This Agreement is made between Dr Eleanor Whitcombe, Consultant Respiratory Physician, of 14 Alder Close, Northbridge NB3 7TT (\"the Consultant\") and Kestrel Pharma Ltd, company no. 04123987, 9 Meadow Court, Slough SL1 4QT (\"Kestrel\")."),
        H("1. The Project"),
        P("1.1 A respiratory outreach clinic will be held monthly in four community hospitals so that patients with bronchiectasis can be reviewed nearer home. 1.2 Expected benefits: for patients, reduced travel, earlier treatment of exacerbations and a personalised airway clearance plan; for the NHS, fewer urgent admissions; for Kestrel, understanding of community respiratory care."),
        H("2. Contributions"),
        P("2.1 The Consultant will provide four clinical sessions a month and arrange physiotherapy input from her department. 2.2 Kestrel will contribute £24,000 towards clinic costs and a physiotherapist, and 10 days of project management."),
        H("3. Outcomes"),
        P("3.1 Exacerbations requiring admission per 100 patients (baseline 38 in the 12 months before entry; target 28); proportion of patients with an airway clearance plan (target 95%); measured at 6 and 12 months from hospital records."),
        H("4. Term"),
        P("4.1 The Agreement runs for 12 months from 1 June 2026. 4.2 On expiry the parties will discuss next steps."),
        H("5. Confidentiality"),
        P("5.1 Confidentiality: TBC."),
        H("6. Data protection"),
        P("6.1 Patient records are held by Northbridge Hospitals NHS Trust as data controller, and all processing complies with UK GDPR and the Data Protection Act 2018. 6.2 Kestrel will receive anonymised aggregate data only."),
        H("7. Publication"),
        P("7.1 Kestrel will publish a summary of this Agreement on its website before the first clinic, and the outcomes will be published within six months of completion."),
        H("8. Personnel"),
        P("8.1 Kestrel's contact is Dr Rahul Desai, Medical Affairs Manager. No sales personnel will be involved."),
        SIG("Signed: Dr Eleanor Whitcombe", "Signed for Kestrel Pharma Ltd: Jonathan Reece, Director of Medical Affairs"),
    ],
    out=lab("agreement", legal_entities="fail", exit_strategy="fail", confidentiality="fail"),
    notes="Individual consultant is a contracting party; exit only 'the parties will discuss next steps'; confidentiality 'TBC'; two-column PDF with header/footer.")

doc(file="Northgate_Hypertension_CW_Agreement.docx", type="agreement", fmt="docx", hstyle="builtin",
    author="Norvance Healthcare", doc_title="Hypertension case finding agreement",
    blocks=[
        TITLE("Collaborative Working Agreement: Hypertension Case-Finding"),
        H("Parties"),
        P("This agreement is entered into by Northgate Primary Care Network and Norvance Healthcare plc (registered in England, no. 01928374, 7 Canal Street, Manchester M1 3HE)."),
        H("Project description"),
        P("Community pharmacies and practice healthcare assistants will offer blood pressure checks to adults aged 40-74 with no blood pressure recorded in five years, with ambulatory monitoring and GP review for those with raised readings."),
        H("Benefits"),
        P("Patients will have undiagnosed high blood pressure found and treated earlier, reducing their risk of stroke and heart attack. The network will improve its hypertension registers. Norvance will gain experience of cardiovascular prevention in primary care."),
        H("Contributions of each party"),
        TABLE(["Party", "Contribution", "Value"],
              ["Northgate PCN", "Two healthcare assistants for 10 hours/week each; GP clinical lead 2 sessions/month; practice rooms", "£28,000 in kind"],
              ["Norvance Healthcare plc", "20 ambulatory BP monitors; funding for community pharmacy checks; project manager 0.1 WTE", "£31,000"]),
        H("Measures of success"),
        P("Checks completed: target 2,500 in 12 months. Newly diagnosed hypertension: baseline prevalence 13.1%, target 14.5%. Percentage of newly diagnosed patients treated to target within 6 months: target 60%."),
        H("Term"),
        P("The agreement runs from 1 April 2026 to 31 March 2027."),
        H("Exit"),
        P("Either party may end the agreement on two months' notice. Patients identified during the project stay under their own practice's hypertension care. Monitors remain with the network. The network will decide at month 10 whether to continue checks through the Community Pharmacy Hypertension Case-Finding Service."),
        H("Confidentiality"),
        P("Each party will keep confidential all non-public information received from the other and will not use it outside the project, subject to any FOI obligations."),
        H("Publication"),
        P("Norvance may, at its discretion, publish a case study describing the project once it has finished."),
        H("Governance"),
        P("Network clinical director (chair), PCN pharmacist and Norvance's Partnerships Lead meet every two months."),
        SIG("For Northgate Primary Care Network: Dr Colin Marsh, Clinical Director", "For Norvance Healthcare plc: Sophie Allen, Head of Partnerships"),
    ],
    out=lab("agreement", legal_entities="fail", transparency="fail", data_protection="fail"),
    notes="PCN named as party with no contracting vehicle (no lead practice/federation); publication only at company's discretion; no data protection provision at all.")

doc(file="HepC_Pharmacy_TestTreat_Agreement_ForthValley.pdf", type="agreement", fmt="pdf", layout="single",
    footer="Agreement ref FV-CW-26-004", author="NHS Forth Valley", doc_title="Hepatitis C test and treat agreement",
    blocks=[
        TITLE("Agreement for Collaborative Working"),
        SUB("Hepatitis C test-and-treat in community pharmacies"),
        P("Date of agreement: 3 February 2026"),
        H("Parties"),
        P("(1) Forth Valley Health Board (known as NHS Forth Valley), Carseview House, Castle Business Park, Stirling FK9 4SW; (2) the University of Strathallan, a Scottish charity (SC012345), Strathallan Campus, Perth PH1 2QQ; and (3) Quillon Pharmaceuticals Limited, registered in Scotland SC334455, 14 Thistle Street, Edinburgh EH2 1DF."),
        H("Background and purpose"),
        P("An estimated 700 people in Forth Valley live with undiagnosed or untreated hepatitis C. Many do not attend hospital clinics. The parties will jointly develop a model in which community pharmacists offer dried blood spot testing and, where positive, start treatment under the supervision of the Board's viral hepatitis service. Antiviral treatment will be selected by the treating clinician in line with SMC advice and the Board formulary."),
        H("Benefits"),
        P("Patients: testing and treatment in a familiar local setting, with cure of infection and prevention of liver damage. NHS Forth Valley: progress towards elimination targets. University: an evaluation dataset (anonymised) and research training. Quillon: insight into community treatment models."),
        H("Contributions"),
        TABLE(["Party", "Contribution"],
              ["NHS Forth Valley", "Viral hepatitis nurse specialist 0.6 WTE; consultant oversight; laboratory testing; pharmacy training (approx. £72,000 in kind)"],
              ["University of Strathallan", "Independent evaluation by a research fellow (0.3 WTE) and a health economist (20 days) (approx. £26,000 in kind)"],
              ["Quillon Pharmaceuticals Limited", "£60,000 towards pharmacy service fees and test kits; 20 days of project management"]),
        H("Outcomes"),
        P("Primary: number of people starting treatment through pharmacies (target 120 over 18 months). Secondary: proportion of those tested who receive results within 14 days (target 90%); sustained virological response rate (target 90%); reported quarterly from the Board's treatment database."),
        H("Confidentiality"),
        P("The parties will keep project and commercial information confidential and will protect patient confidentiality in accordance with NHS Scotland policies, subject to the Freedom of Information (Scotland) Act 2002."),
        H("Data protection"),
        P("NHS Forth Valley is data controller for all patient data. The University will process only pseudonymised extracts inside the Board's safe haven under a data sharing agreement, and Quillon will receive only anonymised aggregate results. UK GDPR and the Data Protection Act 2018 apply, and a DPIA has been approved."),
        H("Term and exit"),
        P("The project runs for 18 months from 1 April 2026. Any party may withdraw on three months' notice. Patients who have started treatment will complete it under the Board's viral hepatitis service regardless of any withdrawal. At month 15 the Board will decide whether to commission the pharmacy pathway recurrently; if not, pharmacy testing will stop and referrals will return to the hospital clinic."),
        H("Publication"),
        P("A summary of this agreement will be published by Quillon and by NHS Forth Valley before the start date. The parties will publish outcomes within six months of the end of the project, and the University may submit the evaluation for peer-reviewed publication."),
        H("Signatories"),
        SIG("For NHS Forth Valley: Gillian Fraser, Director of Pharmacy",
            "For the University of Strathallan: Professor Alan Murray, Dean of Health Sciences",
            "For Quillon Pharmaceuticals Limited: Iain Drummond, Head of Partnerships"),
    ],
    out=lab("agreement"),
    notes="Compliant three-party agreement (health board, university, company); individuals appear only as signatories; neutral mention of antiviral treatment per SMC advice.")

doc(file="Westmarch_Eczema_Collaboration_Agreement.docx", type="agreement", fmt="docx", hstyle="caps",
    author="Ostrander Life Sciences", doc_title="Paediatric eczema collaboration",
    blocks=[
        TITLE("Collaboration Agreement - Paediatric Eczema Pathway"),
        P("This agreement is made between the Westmarch Integrated Care System (\"the ICS\") and Ostrander Life Sciences UK Ltd (company no. 05544332, 21 Cambridge Science Park, Cambridge CB4 0FZ)."),
        H("1 Scope"),
        P("1.1 The project will train practice nurses and health visitors to deliver structured eczema education to parents and carers, and will set up a community paediatric eczema clinic in two localities."),
        H("2 Benefits"),
        P("2.1 Children with eczema and their families will receive better education on skin care, fewer sleepless nights and fewer referrals to hospital dermatology. 2.2 The ICS expects shorter dermatology waiting lists. 2.3 Ostrander will learn about community models for paediatric skin disease."),
        H("3 Contributions"),
        P("3.1 The ICS will provide a 0.4 WTE children's nurse, health visitor training time and clinic venues (approx. £34,000 in kind). 3.2 Ostrander will provide £30,000 for clinic sessions and printed education materials without product branding, plus project management support."),
        H("4 Measures"),
        P("4.1 Number of parents completing education (target 400); hospital dermatology referrals for children under 5 (baseline 60 per quarter, target 40); Patient-Oriented Eczema Measure (POEM) scores at baseline and three months."),
        H("5 Data"),
        P("5.1 Ostrander will act as data controller for the patient dataset created for the evaluation, which will hold names and dates of birth of the children enrolled."),
        H("6 Confidentiality"),
        P("6.1 Confidentiality: N/A."),
        H("7 Ending the project"),
        P("7.1 The project runs for 15 months from 1 May 2026. 7.2 Either party may end it on 60 days' notice. 7.3 Children under the clinic will be discharged back to their GP with a care plan, and the ICS will decide at month 12 whether to commission the clinic permanently."),
        H("8 Transparency"),
        P("8.1 Ostrander will publish a summary of this agreement before the start date; outcomes will be published by both parties within six months of completion."),
        H("9 Governance"),
        P("9.1 A steering group of the ICS children's clinical lead (chair), a GP with a special interest in dermatology and Ostrander's Medical Adviser will meet monthly."),
    ],
    out=lab("agreement", legal_entities="fail", confidentiality="fail", data_protection="fail"),
    notes="'The ICS' as contracting party (not the ICB); company is data controller for identifiable children's data; 'Confidentiality: N/A'.")

doc(file="ravensbourne_fh_agreement.md", type="agreement", fmt="md",
    blocks=[
        TITLE("Joint Working Agreement - Familial Hypercholesterolaemia Case-Finding"),
        P("**Agreement date:** 20 February 2026  \n**Reference:** RGF-JW-003"),
        H("1. Parties"),
        P("1.1 Ravensbourne GP Federation Ltd (company no. 12345678), Federation House, 3 Bromley Road, London BR1 4AA (\"the Federation\")."),
        P("1.2 Pellham Medical Ltd (company no. 07766554), 55 Station Approach, Maidenhead SL6 1QX (\"Pellham\")."),
        H("2. Project"),
        P("2.1 The Federation's practices will run searches, using the validated FAMCAT tool, to identify people who may have familial hypercholesterolaemia (FH). A lipid nurse will review them and refer those meeting the Simon Broome criteria to the regional FH genetic testing service."),
        H("3. Expected benefits"),
        P("3.1 Patients: diagnosis of an inherited condition, treatment to reduce early heart disease, and cascade testing offered to relatives. 3.2 Federation: improved CVD prevention and quality scores. 3.3 Pellham: understanding of FH pathways; no benefit is linked to sales of any product."),
        H("4. Contributions"),
        P("4.1 The Federation: lipid nurse 0.5 WTE, GP lead 1 session a week, practice searches and rooms (valued at £44,000). 4.2 Pellham: £39,000 paid to the Federation in three milestone payments against invoice, plus 15 days of data analysis and project management."),
        H("5. Outcomes"),
        P("5.1 People with possible FH reviewed: target 350. 5.2 Referrals for genetic testing: target 80 (baseline 9 a year). 5.3 First-degree relatives offered cascade testing: target 70% of confirmed index cases. 5.4 Measured quarterly from Federation practice searches and the regional FH service."),
        H("6. Confidentiality"),
        P("6.1 Both parties will hold the other's confidential and commercially sensitive information in confidence and use it only for the project. 6.2 Patient information is confidential to the practices and will not be shared with Pellham."),
        H("7. Data protection"),
        P("7.1 Each practice is data controller for its patients' records and the Federation acts as processor under a data processing agreement. 7.2 Processing complies with UK GDPR and the Data Protection Act 2018, and a DPIA has been approved. 7.3 Pellham receives only aggregated, anonymised figures with small numbers suppressed."),
        H("8. Governance"),
        P("8.1 Project board: Federation Clinical Director (chair), lipid nurse, patient representative and Pellham's Value and Access Lead. No Pellham sales or marketing staff will attend."),
        H("9. Publication and disclosure"),
        P("9.1 Pellham will publish a summary of this agreement on its website before the project starts, and both parties will publish a summary of outcomes within six months of completion. 9.2 Payments under clause 4.2 will be disclosed on Disclosure UK."),
        H("10. Term, termination and exit"),
        P("10.1 Term: 18 months from 1 April 2026. 10.2 Either party may terminate on 60 days' notice, or immediately if the project is found to breach the ABPI Code. 10.3 On termination or expiry, patients referred for testing continue through the regional FH service, the FAMCAT searches are handed over to the Federation's own medicines optimisation team, and the funded nurse hours end under the Federation's HR policy unless continued from its own budget."),
        H("11. Signatures"),
        SIG("For Ravensbourne GP Federation Ltd - Dr Hannah Cole, Chief Executive", "For Pellham Medical Ltd - Richard Moss, UK Country Manager"),
    ],
    out=lab("agreement"),
    notes="Compliant Markdown agreement with a GP federation Ltd; Disclosure UK; sales exclusion sentence.")

doc(file="SevereAsthma_Referral_Agreement_StAldhelms.docx", type="agreement", fmt="docx", hstyle="builtin",
    author="Brightwater Pharma UK", doc_title="Severe asthma referral agreement",
    blocks=[
        TITLE("Joint Working Agreement: Severe Asthma Identification"),
        H("Parties"),
        P("Respiratory Team, St Aldhelm's Hospital, Sherborne Road, Yeovil BA21 4AT; and Brightwater Pharma UK Ltd, 3 Riverside Way, Uxbridge UB8 2YF."),
        H("Purpose"),
        P("To identify patients in primary care whose asthma is uncontrolled despite high-dose treatment and refer them to the severe asthma service for specialist assessment. The project will also support pull-through of Brightwater's biologic portfolio in line with the brand plan."),
        H("Benefits"),
        P("Patients with poorly controlled asthma will receive specialist assessment sooner, fewer courses of oral steroids and fewer attacks. The hospital will see appropriate referrals."),
        H("Contributions"),
        P("Hospital: 0.3 WTE respiratory consultant time, a severe asthma nurse for 2 days a week and clinic capacity (approx. £45,000). Brightwater: £40,000 towards a practice-facing respiratory nurse employed by the hospital and data analyst time."),
        H("Joint Steering Group"),
        TABLE(["Member", "Organisation"],
              ["Dr Paul Hennessy, Consultant Respiratory Physician (chair)", "St Aldhelm's Hospital"],
              ["Lisa Tran, Severe Asthma Nurse", "St Aldhelm's Hospital"],
              ["Mark Delaney, Regional Business Manager", "Brightwater Pharma UK Ltd"],
              ["Dr Ruth Akande, Medical Adviser", "Brightwater Pharma UK Ltd"]),
        H("Outcomes"),
        P("Referrals to the severe asthma clinic (baseline 6 per quarter, target 20); oral steroid courses per referred patient in the year before and after assessment; time from referral to first appointment (target under 8 weeks)."),
        H("Confidentiality"),
        P("Information exchanged under this agreement will be kept confidential and patient details will not leave NHS systems, subject to FOI legislation."),
        H("Data protection"),
        P("The hospital is data controller; UK GDPR and the Data Protection Act 2018 apply; a DPIA has been completed; Brightwater receives anonymised aggregate data only."),
        H("Term and exit"),
        P("12 months from 1 July 2026. Either party may terminate on 60 days' notice; referred patients remain under the severe asthma service and the funded nurse post ends under hospital HR policy unless mainstreamed."),
        H("Publication"),
        P("Brightwater will publish a summary of this agreement before commencement and both parties will publish outcomes within six months of completion."),
    ],
    out=lab("agreement", legal_entities="fail", sales_roles="fail", promotional_language="fail"),
    notes="Hospital 'Respiratory Team' as party; Regional Business Manager on steering group (table); 'pull-through' and 'brand plan'.")

doc(file="BCUHB_HF_Inreach_Agreement.pdf", type="agreement", fmt="pdf", layout="single",
    header="Betsi Cadwaladr University Health Board  |  Halvard Biosciences UK Limited",
    footer="Collaborative Working Agreement - Heart Failure In-reach",
    author="BCUHB", doc_title="HF in-reach agreement",
    blocks=[
        TITLE("Collaborative Working Agreement"),
        SUB("Heart Failure In-reach Nursing - Ysbyty Glan Clwyd"),
        FORM(("Agreement date", "5 March 2026"),
             ("Parties", "Betsi Cadwaladr University Health Board, Carlton Court, St Asaph Business Park, St Asaph LL17 0JG; Halvard Biosciences UK Limited (company no. 08812345), 40 Harbour Yard, Reading RG1 8AB"),
             ("Term", "24 months from 1 May 2026"),
             ("Project summary", "Specialist heart failure nurses will review patients admitted to medical wards with heart failure, so that they are diagnosed promptly, started on guideline-directed therapy by the Health Board's clinicians, and followed up promptly after discharge."),
             ("Benefits - patients", "Shorter stays, faster specialist input, and a follow-up appointment soon after going home, reducing readmissions."),
             ("Benefits - Health Board", "Reduced length of stay and readmission rates."),
             ("Benefits - Halvard", "Understanding of in-hospital heart failure pathways in Wales."),
             ("Outcome monitoring", "Outcomes will be monitored by the Joint Steering Group and reported in a narrative end-of-project report."),
             ("Confidentiality", "Both parties will keep confidential any information received about the other's business and all patient information, which remains on Health Board systems, subject to the Freedom of Information Act 2000."),
             ("Data protection", "The Health Board is data controller under UK GDPR and the Data Protection Act 2018. A DPIA has been approved. Halvard receives only anonymised, aggregated information."),
             ("Exit arrangements", "See Schedule 4."),
             ("Publication", "Halvard will publish a summary of this agreement before the start date; both parties will publish outcomes within six months of completion, and Halvard's funding will be disclosed on Disclosure UK.")),
        H("Schedule 2 - Contributions"),
        TABLE(["Party", "Contribution", "Value"],
              ["Betsi Cadwaladr UHB", "1.0 WTE Band 7 HF nurse; consultant cardiologist 1 PA/week; echo slots", "£98,000 in kind"],
              ["Halvard Biosciences UK Limited", "Funding for 1.0 WTE Band 6 HF nurse (Health Board-employed); project management 20 days", "£92,000"]),
        H("Schedule 3 - Steering group"),
        P("Consultant cardiologist (chair), heart failure nurse lead, ward manager, Halvard NHS Partnerships Director and Halvard Medical Adviser. Meets monthly."),
        H("Schedule 4 - Exit arrangements"),
        P("[insert]"),
        SIG("Signed for Betsi Cadwaladr University Health Board: Chief Executive", "Signed for Halvard Biosciences UK Limited: UK General Manager"),
    ],
    out=lab("agreement", exit_strategy="fail", measurable_outcomes="warn"),
    notes="Exit cross-refers to Schedule 4 which is '[insert]'; outcomes 'will be monitored' only (warn); content mostly in tables; Welsh UHB.")

doc(file="Sickle_Cell_Transition_Partnership_Agreement.docx", type="agreement", fmt="docx", hstyle="bold",
    author="Southbridge University Hospitals", doc_title="Sickle cell transition agreement",
    blocks=[
        TITLE("Partnership Agreement - Sickle Cell Transition Programme"),
        P("Parties: (a) Southbridge University Hospitals NHS Foundation Trust, Hospital Lane, Southbridge SB1 1AA; (b) the University of East Wessex, Wessex Road, Southbridge SB4 2ZZ; (c) Rise Sickle Cell Trust, a registered charity (no. 1187654) and company limited by guarantee, 10 Market Street, Southbridge SB1 3CC; and (d) Arlen Therapeutics UK Limited, Arlen House, 88 Milton Park, Abingdon OX14 4RY."),
        H("1. Aim"),
        P("1.1 Young people with sickle cell disease often disengage from care when they move from children's to adult services, and emergency admissions peak between 16 and 24. The programme will provide a transition clinic, peer mentoring by the charity and a youth worker, and an evaluation by the University."),
        H("2. Benefits"),
        P("2.1 Young people will have a planned handover to adult care, a named peer mentor and faster access to pain management advice, which should reduce crises and emergency admissions. 2.2 The Trust will improve clinic attendance. 2.3 The University will gain research experience. 2.4 Arlen will learn about haemoglobinopathy services."),
        H("3. Contributions"),
        P("3.1 Arlen will contribute £70,000 over two years for the youth worker and peer mentor training, and 15 days of project management. 3.2 The Trust, the University and the Charity will contribute as required."),
        H("4. Governance"),
        P("4.1 A programme board of the Trust's consultant haematologist (chair), the charity's chief executive, a University lecturer, a young person's representative and Arlen's Patient Advocacy Manager will meet quarterly. 4.2 The charity's involvement is covered by a separate services contract in line with Clause 27 of the ABPI Code."),
        H("4A. Evaluation"),
        P("4A.1 Key performance indicators: TBC by the programme board."),
        H("5. Confidentiality"),
        P("5.1 Patient information is held only by the Trust and is kept confidential. The parties will treat each other's project and commercial information as confidential, subject to FOIA 2000."),
        H("6. Data protection"),
        P("6.1 The Trust is data controller; the University processes only anonymised survey data; UK GDPR and the Data Protection Act 2018 apply and a DPIA is in place. Arlen receives no patient-level data."),
        H("7. Term and exit"),
        P("7.1 24 months from 1 September 2026. 7.2 Any party may withdraw on three months' notice. 7.3 Young people in the programme will continue in the Trust's transition clinic; the charity will continue peer mentoring from its own resources for six months after the end, and the Trust will review by month 20 whether to fund the youth worker role."),
        H("8. Publication"),
        P("8.1 A summary of this agreement will be published by Arlen and by the Trust before the start date, and a summary of outcomes will be published within six months of completion."),
        SIG("Signed for each party by its authorised signatory: Chief Executive (Trust); Pro Vice-Chancellor (University); Chief Executive (Charity); Head of Partnerships (Arlen)."),
    ],
    out=lab("agreement", resource_contributions="fail", measurable_outcomes="fail"),
    notes="Four-party agreement (Trust, university, charity, company) where only the company's contribution is stated ('as required' for the rest); no outcome measures anywhere.")

doc(file="Eastmere_MS_Nurse_Agreement_signed.pdf", type="agreement", fmt="pdf", layout="twocol",
    author="Tavira Pharma UK", doc_title="MS nurse agreement",
    blocks=[
        TITLE("Joint Working Agreement - MS Specialist Nurse Capacity"),
        P("This agreement is made on 16 March 2026 between Eastmere University Hospitals NHS Trust, Eastmere General Hospital, London Road, Eastmere EM1 4HH (\"the Trust\") and Tavira Pharma UK Ltd, company no. 06655443, 2 Forbury Square, Reading RG1 3EU (\"Tavira\")."),
        H("1. Project"),
        P("1.1 People with multiple sclerosis in Eastmere wait several months for a nurse review after a relapse. The project funds an additional MS specialist nurse so that relapses are assessed more quickly and routine reviews are brought up to date."),
        H("2. Benefits"),
        P("2.1 Patients: prompt relapse assessment, quicker access to rehabilitation and advice, and fewer emergency attendances. 2.2 Trust: reduced backlog. 2.3 Tavira: understanding of neurology service capacity."),
        H("3. Contributions"),
        P("3.1 Trust: 0.4 WTE MS nurse consultant supervision, neurology consultant 1 PA per week, clinic space and administration (valued at £52,000). 3.2 Tavira: £61,000 towards a Band 7 MS specialist nurse employed by the Trust for 18 months, and 10 days of project management."),
        H("4. Key performance indicators"),
        P("4.1 Key performance indicators: TBC."),
        H("5. Confidentiality"),
        P("5.1 Confidentiality: standard terms."),
        H("6. Data protection"),
        P("6.1 All data will be handled in accordance with the Data Protection Act 1998."),
        H("7. Governance"),
        P("7.1 Steering group: consultant neurologist (chair), MS nurse consultant, Trust service manager and Tavira's Medical Science Liaison. Meets every two months."),
        H("8. Exit"),
        P("8.1 Either party may terminate on 90 days' notice. 8.2 On expiry or termination, the nurse's caseload transfers to the Trust's core MS team, and the Trust will decide by month 15 whether to retain the post from its own budget."),
        H("9. Transparency"),
        P("9.1 Tavira will publish a summary of this agreement on its website before the project starts and will disclose the payments on Disclosure UK; both parties will publish outcomes within six months of completion."),
        SIG("For the Trust: Director of Finance", "For Tavira Pharma UK Ltd: Medical Director UK & Ireland"),
    ],
    out=lab("agreement", confidentiality="warn", data_protection="warn", measurable_outcomes="fail"),
    notes="Bare 'Confidentiality: standard terms' (warn); outdated Data Protection Act 1998 (warn); KPIs 'TBC' (fail); two-column PDF without header.")

doc(file="Gout_T2T_Clinic_Agreement_Brookvale.docx", type="agreement", fmt="docx", hstyle="builtin",
    author="Corvantis UK", doc_title="Gout clinic agreement",
    blocks=[
        TITLE("Collaborative Working Agreement: Nurse-led Gout Treat-to-Target Clinic"),
        P("THIS AGREEMENT is made between DR SAMUEL ACHEBE, GP partner at Brookvale Surgery, 2 Mill Lane, Brookvale BV2 3DE (hereinafter \"the Practitioner\") and CORVANTIS UK LIMITED, company number 09876543, 1 Kingsway, London WC2B 6AN (\"Corvantis\")."),
        H("1. Background"),
        P("1.1 Fewer than a third of patients with recurrent gout at Brookvale Surgery are on urate-lowering therapy titrated to the target serum urate recommended by NICE NG219."),
        H("2. Project"),
        P("2.1 A practice nurse will run a nurse-led treat-to-target clinic, with monthly urate checks and dose titration under the Practitioner's supervision."),
        H("3. Benefits"),
        P("3.1 Patients will have fewer painful flares, less joint damage and fewer days off work. 3.2 The practice will reduce urgent appointments for acute gout. 3.3 Corvantis will learn about nurse-led clinics in primary care."),
        H("4. Contributions"),
        P("4.1 The Practitioner will provide GP supervision (one session per fortnight), nurse time of 6 hours a week and clinic rooms (approx. £18,000). 4.2 Corvantis will provide £16,000 for nurse backfill and patient education leaflets without product references."),
        H("5. Outcomes"),
        P("5.1 Proportion of patients reaching serum urate of 360 micromol/L or below at 12 months: baseline 29%, target 60%. 5.2 Acute gout appointments per quarter: baseline 48, target 30. Data from practice searches every quarter."),
        H("6. Duration"),
        P("6.1 12 months from 1 June 2026. 6.2 No exit strategy is needed as the project is time-limited to 12 months."),
        H("7. Data protection"),
        P("7.1 The practice is data controller and processing complies with UK GDPR and the Data Protection Act 2018. A DPIA has been completed. Corvantis will receive aggregate results only."),
        H("8. Publication"),
        P("8.1 Corvantis will publish a summary of this agreement before the clinic starts. Both parties will publish the results within six months of the end of the project."),
        H("9. Contacts"),
        P("9.1 Corvantis contact: Tom Fairley, Head of NHS Partnerships."),
        SIG("Signed: Dr Samuel Achebe", "Signed for Corvantis UK Limited: Tom Fairley, Head of NHS Partnerships"),
    ],
    out=lab("agreement", legal_entities="fail", exit_strategy="fail", confidentiality="fail"),
    notes="Individual GP partner is the contracting party (not the practice partnership); 'no exit strategy is needed'; no confidentiality clause at all.")

doc(file="saltmarsh_carehome_smr_agreement.txt", type="agreement", fmt="txt",
    blocks=[
        TITLE("Collaborative Working Agreement - Care Home Structured Medication Reviews"),
        P("Made on 2 March 2026 between NHS Saltmarsh and Wolds Integrated Care Board (\"the ICB\"), of Wolds House, 4 Marsh Lane, Louth LN11 0AB, and Norvance Healthcare plc (\"Norvance\"), company no. 01928374, 7 Canal Street, Manchester M1 3HE."),
        H("1. Purpose"),
        P("1.1 This CW agreement covers care homes in the Saltmarsh area, whose residents take an average of 11 regular medicines. 1.2 The project will give every resident of 30 participating care homes a structured medication review by a pharmacist, with a follow-up at six months, to stop medicines that are no longer needed and reduce falls and hospital admissions."),
        H("2. Benefits"),
        P("2.1 Residents: fewer unnecessary medicines, fewer falls and better quality of life. 2.2 ICB: reduced admissions and medicines waste. 2.3 Norvance: understanding of care home pharmacy services. The project is product-agnostic and no Norvance medicine is promoted or recommended."),
        H("3. Contributions"),
        P("3.1 ICB: 1.0 WTE care home pharmacist, 0.5 WTE pharmacy technician and data analyst support (approx. £92,000 in kind). 3.2 Norvance: £75,000 towards a second care home pharmacist employed by the ICB, and evaluation support from its health economics team."),
        H("4. Measures"),
        P("4.1 Residents reviewed: target 1,100 in 12 months. 4.2 Average number of regular medicines per resident: baseline 11.2, target 9.5. 4.3 Falls per 1,000 occupied bed days, from care home incident logs, quarterly. 4.4 Emergency admissions from participating homes, from ICB data, quarterly."),
        H("5. Personnel"),
        P("5.1 Norvance's project lead is its Strategic Partnerships Director. Norvance will not involve any member of its sales or marketing teams, including key account managers, in the design, delivery or evaluation of the project."),
        H("6. Confidentiality"),
        P("6.1 Each party will keep the other's confidential information secret and use it only for the project, subject to the ICB's duties under the Freedom of Information Act 2000."),
        H("7. Data protection"),
        P("7.1 The ICB and the care home residents' GP practices are data controllers. 7.2 The parties will comply with UK GDPR and the Data Protection Act 2018. 7.3 Norvance will receive only anonymised aggregate data."),
        H("8. Term, termination and exit"),
        P("8.1 The project runs from 1 April 2026 to 31 March 2027. 8.2 Either party may terminate on 60 days' notice. 8.3 On termination or expiry the ICB will continue reviews through its existing care home pharmacist, the funded post ends or is mainstreamed at the ICB's decision by month 10, and any resident mid-review will have that review completed."),
        H("9. Publication"),
        P("9.1 Norvance will publish a summary of this agreement on its website before 1 April 2026; both parties will publish a summary of outcomes within six months of 31 March 2027."),
        SIG("Signed for NHS Saltmarsh and Wolds Integrated Care Board by the Chief Pharmacist",
            "Signed for Norvance Healthcare plc by the Strategic Partnerships Director"),
    ],
    out=lab("agreement"),
    notes="Compliant plain-text agreement; the only sales wording is a sentence excluding key account managers and sales teams.")

doc(file="Migraine_Pathway_JW_Agreement_Southbridge.docx", type="agreement", fmt="docx", hstyle="caps",
    author="Ostrander Life Sciences", doc_title="Migraine JW agreement",
    blocks=[
        TITLE("Joint Working Agreement - Headache Service Redesign"),
        P("Between Southbridge University Hospitals NHS Foundation Trust (Hospital Lane, Southbridge SB1 1AA) and Ostrander Life Sciences UK Ltd (company no. 05544332, 21 Cambridge Science Park, Cambridge CB4 0FZ). Dated 9 April 2026."),
        H("1. Project overview"),
        P("1.1 The Trust's headache clinic has a 38-week wait. The project will add a nurse-led advice line and a monthly community headache clinic."),
        H("2. Benefits"),
        P("2.1 The principal benefit of the project is increased uptake of Migrelta, Ostrander's breakthrough once-monthly preventive, across the Trust's headache service. 2.2 Benefit to patients: as above. 2.3 Benefit to the Trust: a shorter waiting list."),
        H("3. Contributions"),
        P("3.1 Trust: headache nurse 0.6 WTE, consultant neurologist 2 sessions per month, clinic rooms (approx. £47,000 in kind). 3.2 Ostrander: £50,000 towards an additional headache nurse employed by the Trust and 10 days of project management."),
        H("4. Outcome measures"),
        P("4.1 Wait for first headache appointment: baseline 38 weeks, target 18 weeks by month 12. 4.2 Monthly migraine days in treated patients at baseline and six months (headache diaries). 4.3 Advice-line calls answered within one working day: target 90%."),
        H("5. Data"),
        P("5.1 The Trust will provide Ostrander with a monthly patient-level extract, including NHS numbers, so that Ostrander can analyse treatment patterns."),
        H("6. Confidentiality"),
        P("6.1 Each party will keep the other's confidential information confidential, subject to the Freedom of Information Act 2000."),
        H("7. Exit"),
        P("7.1 Either party may terminate on 90 days' notice. 7.2 On termination or expiry, patients continue under the Trust's headache clinic and the funded nurse post is either mainstreamed by the Trust or ends under Trust HR policy."),
        H("8. Publication"),
        P("8.1 Ostrander will publish a summary of this agreement before the project starts; both parties will publish outcomes within six months of completion."),
        H("9. Governance"),
        P("9.1 Steering group: consultant neurologist (chair), headache nurse lead and Ostrander's Medical Adviser."),
    ],
    out=lab("agreement", patient_benefit="fail", promotional_language="fail", data_protection="fail"),
    notes="Only stated patient benefit is 'as above' = uptake of a brand; 'breakthrough' brand claim; company receives patient-level data with NHS numbers.")

doc(file="Continence_Service_Agreement_Pryce.docx", type="agreement", fmt="docx", hstyle="bold",
    author="Quillon Pharmaceuticals", doc_title="Continence service agreement",
    blocks=[
        TITLE("Agreement for Joint Working"),
        SUB("Community continence assessment - Swansea"),
        KV(("Party 1", "Mr Rhodri Pryce FRCS (Urol), Consultant Urologist (\"the Clinician\")"),
           ("Party 2", "Quillon Pharmaceuticals Limited (registered in Scotland SC334455), 14 Thistle Street, Edinburgh EH2 1DF (\"Quillon\")"),
           ("Note", "Swansea Bay University Health Board is not a party to this agreement; the Clinician contracts in his own name.")),
        H("Purpose"),
        P("Women referred with overactive bladder wait over a year for a urology appointment. The Clinician will run monthly community assessment clinics with a continence nurse so that first-line assessment, bladder training and pelvic floor therapy start sooner."),
        H("Benefits"),
        P("Patients: assessment within 8 weeks instead of 54, earlier conservative treatment, fewer hospital visits. NHS: reduced urology waiting list. Quillon: insight into community continence pathways."),
        H("Contributions"),
        P("The Clinician: one clinical session a month and supervision of the continence nurse (approx. £9,000). Quillon: £20,000 towards continence nurse sessions and 8 days of project management."),
        H("Outcomes"),
        P("Wait from referral to assessment (baseline 54 weeks, target 8 weeks); proportion of patients completing a 12-week bladder training programme (target 70%); ICIQ-OAB symptom score at baseline and three months."),
        H("Data protection"),
        P("Patient records are held by Swansea Bay University Health Board as data controller; UK GDPR and the Data Protection Act 2018 apply; Quillon receives anonymised, aggregated data only."),
        H("Exit strategy"),
        P("N/A"),
        H("Publication"),
        P("Quillon will publish an executive summary of this agreement on its website before the first clinic and both parties will publish the outcomes within six months of completion."),
        SIG("Signed: Mr Rhodri Pryce", "Signed for Quillon Pharmaceuticals Limited: Iain Drummond, Head of Partnerships"),
    ],
    out=lab("agreement", legal_entities="fail", exit_strategy="fail", confidentiality="fail"),
    notes="Individual consultant contracts in own name (health board explicitly not a party); 'Exit strategy: N/A'; no confidentiality clause.")

# =====================================================================================
# EXECUTIVE SUMMARIES
# =====================================================================================

doc(file="inhaler-technique-community-pharmacy-summary.docx", type="executive-summary", fmt="docx", hstyle="bold",
    author="Brightwater web team", doc_title="Collaborative working summary",
    blocks=[
        TITLE("Better Breathing at the Pharmacy Counter"),
        P("A collaborative working project between NHS Greater Glasgow and Clyde and Brightwater Pharma UK Ltd"),
        P("Many people who use inhalers have never had their technique checked, and poor technique is one of the commonest reasons that asthma and COPD stay uncontrolled. Community pharmacists see these patients every month when they collect their prescriptions, which makes the pharmacy a natural place to help."),
        P("Over 12 months from June 2026, pharmacists in 40 community pharmacies in the north-east sector of Glasgow will be trained to check inhaler technique, offer a short follow-up consultation and refer anyone whose symptoms remain poorly controlled back to their practice. The Health Board's respiratory pharmacist team will design the training and supervise the service; Brightwater will fund pharmacy consultation fees and provide project management and evaluation support."),
        P("What patients can expect: a quick technique check, advice tailored to the device they already use, and a faster route back to their GP or nurse if their breathing is not well controlled. We expect fewer attacks and fewer emergency visits as a result."),
        P("What the NHS can expect: better use of the pharmacy network and fewer avoidable respiratory admissions. What Brightwater can expect: a deeper understanding of community pharmacy services in Scotland. The project is not linked to any particular inhaler or medicine; pharmacists will advise on whichever device the patient has been prescribed."),
        P("Money and people: NHS Greater Glasgow and Clyde is contributing 0.5 WTE respiratory pharmacist time, training venues and evaluation oversight (around £36,000 in kind). Brightwater is contributing £42,000 for pharmacy consultation fees and 15 days of project management."),
        P("Timing: June 2026 to May 2027."),
        P("This summary is published on both organisations' websites before the project begins. A summary of the results will be published within six months of the end of the project."),
        P("Contacts: Dr Ailsa Reid, Lead Respiratory Pharmacist, NHS Greater Glasgow and Clyde (ailsa.reid@ggc.example.scot.nhs.uk); Claire Dunn, NHS Partnerships Manager, Brightwater Pharma UK Ltd (claire.dunn@brightwater.example.com)."),
        P("BW-UK-CW-0231 | Date of preparation: April 2026"),
    ],
    out=lab("executive-summary"),
    notes="Compliant web-page narrative ES with no mention of patient data (data-protection n/a); neutral mention of inhalers.")

doc(file="Highland_Diabetic_Foot_ExecSummary.pdf", type="executive-summary", fmt="pdf", layout="single",
    author="Kestrel Pharma", doc_title="Executive summary",
    blocks=[
        TITLE("Executive Summary"),
        SUB("Diabetic Foot Protection in Remote and Rural Communities - NHS Highland and Kestrel Pharma Ltd"),
        H("Project rationale"),
        P("People with diabetes who live in remote parts of the Highlands may travel several hours to reach a podiatry clinic. Foot ulcers are often found late and amputation rates are higher than the Scottish average."),
        H("Objectives"),
        UL("Train healthcare support workers in 12 rural practices to carry out annual foot-risk checks.",
           "Set up video consultations with the Board's specialist podiatrists for patients at high risk.",
           "Benefit to patients: earlier detection of foot problems, fewer ulcers and amputations, and less travel.",
           "Benefit to NHS Highland: reduced specialist podiatry travel time and earlier intervention.",
           "Benefit to Kestrel: understanding of rural diabetes care."),
        H("Project period"),
        P("October 2026 to September 2028."),
        H("Financial arrangements and contributions"),
        P("Kestrel Pharma Ltd will provide £65,000 for training, video consultation equipment and support-worker backfill, together with a project manager for 0.2 WTE. NHS Highland's contribution will be confirmed once the service model is agreed."),
        H("Roles"),
        P("NHS Highland will lead clinical delivery and governance. Kestrel will provide project management and support the evaluation design."),
        H("Publication"),
        P("This summary is published on Kestrel's collaborative working web page before the project starts. The outcomes will be published within six months of completion."),
        H("Contacts"),
        P("NHS Highland: Fiona MacLeod, Head of Podiatry (fiona.macleod@highland.example.scot.nhs.uk). Kestrel Pharma Ltd: Dr Rahul Desai, Medical Affairs Manager (rahul.desai@kestrelpharma.example.com)."),
        P("KP-UK-CW-2026-044 | Prepared July 2026"),
    ],
    out=lab("executive-summary", resource_contributions="fail"),
    notes="Only the company's contribution is stated; NHS contribution 'will be confirmed'; no data mention so data-protection n/a.")

doc(file="Cardiac_Rehab_Uptake_Summary_LowtherValley.docx", type="executive-summary", fmt="docx", hstyle="builtin",
    author="Corvantis UK", doc_title="Summary of collaborative working agreement",
    blocks=[
        TITLE("Summary of the Collaborative Working Agreement"),
        SUB("Improving uptake of cardiac rehabilitation - Lowther Valley NHS Trust and Corvantis UK Limited"),
        H("Why this project?"),
        P("Only 42% of eligible patients at Lowther Valley NHS Trust start cardiac rehabilitation after a heart attack or cardiac surgery, below the national target of 65%. Rural travel and the timing of sessions are the main barriers."),
        H("What will happen?"),
        P("The Trust will offer a home-based and online rehabilitation option alongside its hospital classes, with telephone follow-up from a rehabilitation nurse. Corvantis's analysts will receive patient-level records from the Trust's rehabilitation audit, including postcode and date of birth, to model which patients are least likely to attend."),
        H("Expected benefits"),
        UL("Patients: more people completing rehabilitation, with better fitness, fewer readmissions and improved confidence.",
           "Trust: higher uptake and a more flexible service.",
           "Corvantis: insight into rural cardiac rehabilitation."),
        H("Who contributes what"),
        P("The Trust provides 0.6 WTE rehabilitation nurse time, physiotherapy sessions and the online platform (about £48,000). Corvantis provides £40,000 towards the home-based programme and analyst time."),
        H("Project period"),
        P("January 2027 to December 2027."),
        H("Publication"),
        P("Corvantis publishes this summary before the project begins; both organisations will publish the outcomes within six months of completion."),
        H("Contacts"),
        UL("Lowther Valley NHS Trust: Angela Burke, Cardiac Rehabilitation Lead, angela.burke@lowther.example.nhs.uk",
           "Corvantis UK Limited: Tom Fairley, Head of NHS Partnerships, tom.fairley@corvantis.example.co.uk",
           "General enquiries about this page: Liam Ford, Key Account Manager, liam.ford@corvantis.example.co.uk"),
        P("CORV-UK-CW-0133 | November 2026"),
    ],
    out=lab("executive-summary", es_data=True, data_protection="fail", sales_roles="warn"),
    notes="ES mentions patient records: company analysts receive identifiable records (fail); a Key Account Manager appears only as a web-page contact (warn).")

doc(file="glucoryn-weekly-support-summary.md", type="executive-summary", fmt="md",
    blocks=[
        TITLE("Executive summary: Type 2 Diabetes Injectable Support Clinics"),
        SUB("Ashby and Wold Health Federation CIC and Kestrel Pharma Ltd"),
        H("Background"),
        P("More people with type 2 diabetes in Ashby and Wold are being started on injectable therapy, but practice nurses report that they have little time to support them in the first weeks, and some patients stop treatment early."),
        H("What the project does"),
        P("Nurse-led group and one-to-one support clinics for adults starting injectable therapy, covering injection technique, hypoglycaemia awareness, diet and activity. The project is designed around Glucoryn, the gold standard once-weekly therapy, which offers best-in-class HbA1c reduction and should be considered for every eligible patient."),
        H("Benefits"),
        UL("Patients: confidence with injections, fewer hypos and better glucose control.",
           "Federation: less demand on practice nurse appointments.",
           "Kestrel: insight into community diabetes support."),
        H("Contributions"),
        TABLE(["Partner", "Contribution"],
              ["Ashby and Wold Health Federation CIC", "Diabetes specialist nurse 0.4 WTE, clinic rooms and admin (approx. £29,000)"],
              ["Kestrel Pharma Ltd", "£26,000 for nurse sessions and education resources; 10 days of project management"]),
        H("Duration"),
        P("1 September 2026 - 31 August 2027"),
        H("Publication"),
        P("This summary is published before the clinics open; the outcomes will be published by both partners within six months of the end."),
        H("Contacts"),
        P("Sarah Whitlock, Clinical Director, Ashby and Wold Health Federation CIC - sarah.whitlock@ashbywold.example.nhs.uk  \nDr Rahul Desai, Medical Affairs Manager, Kestrel Pharma Ltd - rahul.desai@kestrelpharma.example.com"),
    ],
    out=lab("executive-summary", promotional_language="fail"),
    notes="Brand named with 'gold standard' and 'best-in-class' claims inside an otherwise compliant ES; no data mention (n/a).")

doc(file="Kingsmere_Falls_Medicines_ES.pdf", type="executive-summary", fmt="pdf", layout="twocol",
    header="Kingsmere ICB / Tavira Pharma UK Ltd", footer="For internal use by the partners - not for publication",
    author="Tavira Pharma UK", doc_title="Executive summary",
    blocks=[
        TITLE("Falls-Risk Medicines Reviews"),
        SUB("Executive summary - NHS Kingsmere Integrated Care Board and Tavira Pharma UK Ltd"),
        H("Rationale"),
        P("Older people taking several medicines that increase the risk of falling are admitted to hospital after falls at a high rate in Kingsmere."),
        H("Objectives"),
        P("Pharmacists will review medicines for people aged 75 and over who have fallen in the last year. Patients will benefit from fewer falls, fewer fractures and fewer hospital admissions. The ICB will benefit from reduced falls admissions; Tavira from insight into frailty services."),
        H("Resources"),
        P("Tavira: £55,000 towards pharmacist sessions and 12 days of project management. NHS contribution: TBC."),
        H("Information governance"),
        P("Practices will share only anonymised, aggregated review counts with the project team. The ICB is data controller; a DPIA has been completed and processing complies with UK GDPR and the Data Protection Act 2018. Tavira will have no access to patient-identifiable data."),
        H("Period"),
        P("March 2027 to February 2028."),
        H("Publication"),
        P("For internal use by the partners - not for publication."),
        H("Contacts"),
        P("ICB: Daniel Okafor, Associate Director of Medicines Optimisation. Tavira: Rebecca Lang, Collaborative Working Manager."),
    ],
    out=lab("executive-summary", es_data=True, resource_contributions="fail", transparency="fail"),
    notes="NHS contribution 'TBC'; summary marked internal/not for publication; data-protection applies (mentions data sharing) and passes.")

doc(file="Psoriasis_Nurse_Education_Summary_Fernmoor.docx", type="executive-summary", fmt="docx", hstyle="caps",
    author="Arlen Therapeutics", doc_title="Psoriasis project summary",
    blocks=[
        TITLE("Psoriasis Care in General Practice - Summary of Collaborative Working"),
        P("Partners: NHS Fernmoor Integrated Care Board and Arlen Therapeutics UK Limited."),
        H("Background"),
        P("Psoriasis is associated with depression, cardiovascular disease and psoriatic arthritis, but annual reviews in Fernmoor practices seldom screen for these. Many patients are referred to dermatology when primary care treatment could be optimised."),
        H("Project"),
        P("A practice nurse education programme on holistic psoriasis review, a screening template for joint symptoms and mood, and a dermatology advice-and-guidance route. Training sessions for practice nurses will be delivered by Arlen's Primary Care Account Managers, supported by an ICB dermatology nurse."),
        H("Benefits"),
        P("Patients: a fuller annual review, earlier identification of joint problems and low mood, and quicker specialist advice. ICB: fewer routine dermatology referrals. Arlen: better understanding of primary care dermatology."),
        H("Contributions"),
        P("ICB: dermatology nurse specialist 0.3 WTE, GP with extended role sessions and the advice-and-guidance service (approx. £33,000). Arlen: £28,000 for practice backfill and education materials, and project management."),
        H("Patient data"),
        P("No patient-identifiable data will be shared with Arlen. Practices remain data controllers under UK GDPR and the Data Protection Act 2018, and only aggregate numbers from practice searches will be reported."),
        H("Timing"),
        P("September 2026 to August 2027."),
        H("Publication"),
        P("This summary is published before the project begins; the results will be published within six months of completion."),
        H("Contacts"),
        P("ICB: Nadia Hussain, Dermatology Nurse Specialist (nadia.hussain@fernmoor.example.nhs.uk). Arlen: Kate Brennan, MSL Lead (kate.brennan@arlen.example.com)."),
    ],
    out=lab("executive-summary", es_data=True, sales_roles="fail"),
    notes="Primary Care Account Managers deliver the training (sales role in delivery) while the named contact is an MSL; data mention handled correctly (pass).")

doc(file="Aseptic_Unit_Digitisation_Summary.pdf", type="executive-summary", fmt="pdf", layout="single",
    header="Eastmere University Hospitals NHS Trust - Pharmacy", footer="Quillon Pharmaceuticals Limited | QP-CW-0719 | June 2026",
    author="Quillon Pharmaceuticals", doc_title="Executive summary - aseptic unit",
    blocks=[
        TITLE("Executive Summary - Aseptic Unit Workflow Digitisation"),
        KV(("Partners", "Eastmere University Hospitals NHS Trust and Quillon Pharmaceuticals Limited"),
           ("Project period", "September 2026 - August 2027")),
        H("Rationale"),
        P("The Trust's aseptic unit still uses paper compounding worksheets. Transcription takes about 1.5 pharmacy technician hours a day and audits are slow."),
        H("Objectives and benefits"),
        KV(("Objective", "Introduce electronic batch worksheets and barcode scanning in the aseptic unit"),
           ("Benefits to the Trust", "Technician time released and faster audit preparation"),
           ("Benefits to Quillon", "Understanding of hospital aseptic services"),
           ("Benefits to patients", "N/A")),
        H("Financial arrangements"),
        P("The Trust contributes aseptic services manager time (0.2 WTE), two technicians for validation work and IT support (about £30,000). Quillon contributes £35,000 towards scanners and software configuration and 10 days of project management."),
        H("Roles"),
        P("The Trust leads design, validation and sign-off; Quillon provides project management and funds equipment."),
        H("Publication"),
        P("This summary will be published on the Quillon website before the project starts, and outcomes will be published within six months of completion by both parties."),
        H("Contacts"),
        P("Trust: Paul Gibbons, Aseptic Services Manager. Quillon: Iain Drummond, Head of Partnerships."),
    ],
    out=lab("executive-summary", patient_benefit="fail"),
    notes="Efficiency-only project with 'Benefits to patients: N/A'; header/footer; data-protection n/a (no patient data mentioned).")

doc(file="ravensbourne_hf_diagnosis_summary.txt", type="executive-summary", fmt="txt",
    blocks=[
        TITLE("Summary: Heart Failure Diagnosis in the Community"),
        P("Ravensbourne GP Federation Ltd and Halvard Biosciences UK Limited"),
        H("Background"),
        P("Patients with suspected heart failure in Ravensbourne wait 20 weeks for an echocardiogram. NICE recommends that people with raised natriuretic peptide levels are seen within six weeks."),
        H("Objectives"),
        P("The federation will run a community diagnostic clinic offering natriuretic peptide testing and echocardiography under one roof, with results reviewed by a GP with an extended role in cardiology. People will be diagnosed sooner, start treatment earlier and avoid emergency admissions. The federation will gain a local diagnostic service; Halvard will gain understanding of community diagnostic models."),
        H("Contributions"),
        KV(("Federation", "GP with extended role 2 sessions/week, clinic premises, admin (approx. £40,000)"),
           ("Halvard", "£45,000 towards a contracted echocardiographer and 10 days of project management")),
        H("Data"),
        P("Sharing of practice data will be GDPR compliant."),
        H("Period"),
        P("April 2027 to March 2028"),
        H("Results"),
        P("Halvard may choose to publish the results at its discretion."),
        H("Contacts"),
        P("Dr Hannah Cole, Chief Executive, Ravensbourne GP Federation Ltd; Marcus Oyelaran, NHS Partnerships Director, Halvard Biosciences UK Limited"),
    ],
    out=lab("executive-summary", es_data=True, transparency="fail", data_protection="warn"),
    notes="Publication only at the company's discretion; data sharing mentioned with a bare 'GDPR compliant' (warn); plain text.")

doc(file="SBUHB_Preop_Anaemia_ES_table.docx", type="executive-summary", fmt="docx", hstyle="builtin",
    author="Swansea Bay UHB", doc_title="Executive summary",
    blocks=[
        TITLE("Executive Summary of Collaborative Working"),
        FORM(("Project title", "Pre-operative Anaemia Pathway"),
             ("Partners", "Swansea Bay University Health Board and Meridale Pharmaceuticals UK Ltd"),
             ("Project rationale", "About a third of patients listed for major elective surgery at Morriston Hospital are anaemic, which increases transfusion, complications and length of stay. Anaemia is often found too late to treat before the operation."),
             ("Objectives", "Screen patients for anaemia at listing, assess the cause and treat in a nurse-led pre-operative clinic, with oral or intravenous iron where clinically indicated in line with national guidance, so that surgery is safer."),
             ("Benefits - patients", "Fewer blood transfusions, fewer post-operative complications and a quicker recovery."),
             ("Benefits - Health Board", "Fewer cancelled operations, shorter stays and less blood use."),
             ("Benefits - Meridale", "Understanding of perioperative pathways in Wales."),
             ("Project period", "1 October 2026 - 30 September 2027"),
             ("Financial arrangements", "Health Board: pre-operative nurse 0.6 WTE, haematology advice, clinic space (approx. £39,000 in kind). Meridale: £34,000 towards a Band 6 nurse employed by the Health Board, plus 12 days of project management. Meridale's payment will be disclosed on Disclosure UK."),
             ("Patient data", "The Health Board is data controller; processing is under UK GDPR and the Data Protection Act 2018 and a DPIA has been approved. Meridale receives only anonymised aggregate results."),
             ("Roles and responsibilities", "Health Board: clinical delivery, data collection and analysis. Meridale: project management and evaluation support."),
             ("Plans for publication", "This summary is published on both partners' websites before the start date; a summary of outcomes will be published within six months of completion."),
             ("Contacts", "Health Board: Dr Owain Jenkins, Consultant Anaesthetist (owain.jenkins@sbuhb.example.wales.nhs.uk). Meridale: Owen Carver, Partnerships Manager (owen.carver@meridale.example.com)."),
             ("Approval", "MER-UK-CW-0456 | Date of preparation: August 2026")),
    ],
    out=lab("executive-summary", es_data=True),
    notes="Compliant ES in a two-column template table; neutral mention of iron treatment; data protection addressed properly.")

# =====================================================================================
# CONCEPT FRAMEWORKS
# =====================================================================================

doc(file="Fife_Early_Arthritis_Concept.docx", type="concept-framework", fmt="docx", hstyle="bold",
    author="NHS Fife Rheumatology", doc_title="Project concept framework",
    blocks=[
        TITLE("Project Concept Framework"),
        FORM(("Partner organisations", "NHS Fife (Hayfield House, Kirkcaldy KY2 5AH); Meridale Pharmaceuticals UK Ltd (200 Brook Drive, Reading RG2 6UB)"),
             ("Purpose of the project", "People with suspected inflammatory arthritis in Fife wait 14 weeks for a first rheumatology appointment; joint damage can begin within weeks. An early arthritis triage clinic run by an advanced practitioner physiotherapist and a rheumatology nurse would see urgent referrals within three weeks."),
             ("Objectives - patients", "Earlier diagnosis and treatment, less joint damage, and earlier return to work."),
             ("Objectives - NHS Fife", "Reduced consultant waiting list; a service model for other Scottish boards."),
             ("Objectives - Meridale", "Understanding of early arthritis pathways; no link to any Meridale medicine."),
             ("Resource impact - NHS Fife", "0.5 WTE advanced practitioner physiotherapist, 0.3 WTE rheumatology nurse, consultant supervision, clinic rooms (estimated £54,000 in kind)."),
             ("Resource impact - Meridale", "£48,000 towards backfill of the physiotherapist post and 15 days of project management and evaluation support."),
             ("Anticipated start", "Q4 2026"),
             ("Length of project", "18 months"),
             ("Decision", "Go-ahead given by the NHS Fife Joint Working Panel on 2 June 2026 - proceed to PID.")),
    ],
    out=lab("concept-framework"),
    notes="Compliant CF entirely in a field/answer table; Scottish board.")

doc(file="GDM_Followup_Concept_Calder.pdf", type="concept-framework", fmt="pdf", layout="single",
    footer="Concept paper - Calder Primary Care Ltd / Kestrel Pharma Ltd", author="Calder Primary Care", doc_title="Concept",
    blocks=[
        TITLE("Concept Proposal: Follow-up after Gestational Diabetes"),
        H("Partners"),
        P("Calder Primary Care Ltd (GP federation) and Kestrel Pharma Ltd."),
        H("Purpose"),
        P("Women who have had gestational diabetes have a high lifetime risk of type 2 diabetes, but fewer than half in Calder receive the recommended annual HbA1c check after delivery. A recall system linked to the practice nurse's postnatal and child immunisation contacts could close this gap."),
        H("Objectives"),
        P("For women: earlier detection of type 2 diabetes and access to lifestyle support. For the federation: a reliable recall process. For Kestrel: insight into preventive diabetes care."),
        H("Budget and resource impact"),
        P("Kestrel would contribute £22,000 to fund a recall coordinator and text messaging costs, plus project management. No contribution is required from Calder Primary Care Ltd or its practices."),
        H("Timing"),
        P("Anticipated start Q1 2027; length 12 months."),
        H("Decision"),
        P("Agreed in principle to develop a PID."),
    ],
    out=lab("concept-framework", resource_contributions="fail"),
    notes="Only the company contributes; NHS-side contribution explicitly 'not required'.")

doc(file="Lipid_Switch_Concept_LowtherValley.docx", type="concept-framework", fmt="docx", hstyle="builtin",
    author="Pellham Medical", doc_title="Concept framework",
    blocks=[
        TITLE("Concept Framework - Lipid Management Optimisation"),
        H("Partners"),
        P("Lowther Valley NHS Trust (cardiology) and Pellham Medical Ltd."),
        H("Background"),
        P("Many patients discharged after a cardiac event are not reviewed for lipid-lowering therapy. Lipranta offers superior LDL reduction compared with generic statins."),
        H("Objectives"),
        UL("Increase uptake of Lipranta among post-ACS patients across the Trust's catchment.",
           "Switch eligible patients from generic statins to Lipranta at their first cardiology follow-up.",
           "Benefit to patients: access to Lipranta.",
           "Benefit to the Trust: alignment with Pellham's brand plan for the region."),
        H("Resources"),
        P("Trust: cardiology pharmacist 0.4 WTE and clinic slots (approx. £26,000). Pellham: £30,000 for a lipid nurse employed by the Trust and 10 days of project management."),
        H("Start and duration"),
        P("Q2 2027; 12 months."),
        H("Decision"),
        P("Pending Trust Medicines Committee review."),
    ],
    out=lab("concept-framework", promotional_language="fail", patient_benefit="fail"),
    notes="Brand superiority claim, 'increase uptake'/'switch to [brand]', 'brand plan'; the only 'patient benefit' is access to the product.")

doc(file="opat-concept-eastmere.md", type="concept-framework", fmt="md",
    blocks=[
        TITLE("Concept: Outpatient IV Antibiotic Therapy at Home"),
        H("Partners"),
        UL("Eastmere University Hospitals NHS Trust", "Norvance Healthcare plc"),
        H("Why?"),
        UL("Patients needing long courses of IV antibiotics stay in hospital for weeks.",
           "A home OPAT service would let suitable patients be treated at home by a visiting nurse team."),
        H("Objectives"),
        UL("Patients: go home sooner, sleep in their own bed, lower risk of hospital-acquired infection.",
           "Trust: bed days released (the Trust estimates around 2,000 a year).",
           "Norvance: understanding of OPAT service design; the service is not linked to any Norvance product."),
        H("Resource impact"),
        UL("Norvance: £45,000 towards two OPAT nurses (Trust-employed) for the first 12 months, plus service-design support.",
           "Trust: as required."),
        H("When and how long"),
        UL("Start: Q3 2026", "Length: 18 months"),
        H("Decision"),
        UL("Go - develop a PID for the Trust's JW Group in May."),
    ],
    out=lab("concept-framework", resource_contributions="fail"),
    notes="Bullet-only Markdown CF; NHS contribution 'as required'.")

doc(file="Grampian_ARLD_Screening_Concept.docx", type="concept-framework", fmt="docx", hstyle="caps",
    author="Halvard Biosciences", doc_title="ARLD concept",
    blocks=[
        TITLE("Project Concept Framework: Liver Disease Screening in Alcohol Services"),
        KV(("Partner organisations", "NHS Grampian; Halvard Biosciences UK Limited"),
           ("Key stakeholders", "Aberdeen City Alcohol and Drug Partnership; Grampian gastroenterology service")),
        H("Purpose"),
        P("Most people with alcohol-related liver disease are diagnosed only when they present with decompensated cirrhosis. Transient elastography offered inside community alcohol services would find liver fibrosis years earlier."),
        H("Objectives"),
        P("Patients: earlier diagnosis, a chance to change drinking before the liver fails, and referral to hepatology where needed. NHS Grampian: fewer emergency admissions with advanced liver disease. Halvard: knowledge of community hepatology screening."),
        H("Resource impact"),
        P("NHS Grampian: hepatology nurse 0.4 WTE, consultant oversight and clinic space in alcohol services (approx. £37,000). Halvard: £41,000 to lease a portable elastography scanner and train staff, plus project management."),
        H("Project team (proposed)"),
        TABLE(["Role", "Name", "Organisation"],
              ["Clinical lead", "Dr Euan Grant, Consultant Hepatologist", "NHS Grampian"],
              ["Nurse lead", "Lorna Simpson, Hepatology Nurse Specialist", "NHS Grampian"],
              ["Company project lead", "Graham Watt, Area Sales Manager, North of Scotland", "Halvard Biosciences UK Limited"]),
        KV(("Anticipated start", "Q1 2027"), ("Length", "24 months"), ("Decision", "Proceed to PID subject to Board Joint Working Group approval")),
    ],
    out=lab("concept-framework", sales_roles="fail"),
    notes="Area Sales Manager proposed as company project lead (team table); otherwise compliant CF.")

doc(file="Saltmarsh_Pharmacy_Workforce_Concept.pdf", type="concept-framework", fmt="pdf", layout="twocol",
    author="Tavira Pharma UK", doc_title="Workforce modelling concept",
    blocks=[
        TITLE("Concept Framework"),
        SUB("Pharmacy Workforce Capacity Modelling - NHS Saltmarsh and Wolds Integrated Care Board and Tavira Pharma UK Ltd"),
        H("Purpose"),
        P("The ICB spends heavily on locum and agency pharmacists and lacks a shared view of pharmacy workforce capacity across primary care, community pharmacy and its two acute trusts."),
        H("Objectives"),
        UL("ICB: a workforce capacity model that reduces agency spend by enabling better rota planning.",
           "ICB: evidence to support bids for training posts.",
           "Tavira: experience of supporting NHS workforce planning."),
        H("Resource impact"),
        P("ICB: workforce lead 0.2 WTE, HR and finance analysts (approx. £18,000 in kind). Tavira: £20,000 for a modelling consultant and 8 days of project management."),
        H("Timing"),
        P("Anticipated start Q4 2026; 9 months."),
        H("Decision"),
        P("To be discussed at the ICB Collaborative Working Panel."),
    ],
    out=lab("concept-framework", patient_benefit="fail"),
    notes="Workforce/efficiency concept with no patient benefit stated at all; two-column PDF.")

doc(file="Tayside_Digital_PR_Concept_tables.docx", type="concept-framework", fmt="docx", hstyle="builtin",
    author="University of Strathallan", doc_title="Concept framework",
    blocks=[
        TABLE(["PROJECT CONCEPT FRAMEWORK", "Digital Pulmonary Rehabilitation for Rural Tayside"],
              ["Partners", "NHS Tayside; University of Strathallan; Breathe Easy Tayside (SCIO, Scottish charity SC045678); Quillon Pharmaceuticals Limited"],
              ["Purpose", "Only 1 in 5 eligible people with COPD in rural Tayside complete pulmonary rehabilitation, mainly because classes are far away. A supervised digital programme with local peer-support groups could reach them."],
              ["Benefits for patients", "Better breathlessness, exercise capacity and confidence; fewer exacerbations and admissions; peer support close to home."],
              ["Benefits for NHS Tayside", "More patients completing rehabilitation without extra venues."],
              ["Benefits for the University and charity", "Evaluation experience; stronger volunteer peer-support network."],
              ["Benefits for Quillon", "Insight into digital respiratory services; not linked to any medicine."]),
        TABLE(["Partner", "Resource impact"],
              ["NHS Tayside", "Respiratory physiotherapist 0.5 WTE, programme supervision, referrals (approx. £35,000)"],
              ["University of Strathallan", "Evaluation by a research physiotherapist 0.2 WTE (approx. £14,000)"],
              ["Breathe Easy Tayside", "Volunteer peer-group leaders and venues in six towns (approx. £6,000 equivalent)"],
              ["Quillon Pharmaceuticals Limited", "£32,000 for tablets, data plans and platform licences; 10 days of project management"]),
        TABLE(["Anticipated start", "Length", "Decision"],
              ["Q2 2027", "15 months", "Approved to proceed to PID by NHS Tayside Joint Working Group, 14 Jan 2027"]),
    ],
    out=lab("concept-framework"),
    notes="Compliant four-party CF (board, university, charity, company) with all content in tables only, no body paragraphs.")

doc(file="ctm_postnatal_bp_concept.txt", type="concept-framework", fmt="txt",
    blocks=[
        TITLE("Concept outline - postnatal blood pressure follow-up"),
        P("Prepared by Cwm Taf Morgannwg University Health Board maternity services with Corvantis UK Limited, for discussion at the Health Board's Joint Working Panel."),
        H("The problem"),
        P("Women who had high blood pressure in pregnancy often have their treatment continued after discharge without a clear plan for review, and some stay on treatment longer than they need while others are lost to follow-up."),
        H("The idea"),
        P("A community midwife and GP-pharmacist pathway for self-monitoring of blood pressure at home for six weeks after birth, with antihypertensive treatment adjusted in line with NICE NG133 by the woman's clinician."),
        H("What each side gets"),
        P("Women: safer blood pressure control after birth, fewer readmissions and less time in clinics with a newborn. Health Board: fewer postnatal readmissions. Corvantis: understanding of maternity pathways."),
        H("What each side puts in"),
        P("Health Board: midwife time (0.4 WTE), obstetric physician advice, BP monitors already in stock (approx. £27,000). Corvantis: £21,000 for a pharmacist session per week and digital monitoring licences; 8 days of project management."),
        H("Who would be involved"),
        P("Health Board: consultant midwife and obstetric physician. Corvantis: Head of NHS Partnerships and a Medical Adviser. No sales or marketing staff from Corvantis would take part."),
        H("When"),
        P("Start Q3 2027, running for 12 months."),
        H("Decision"),
        P("Panel agreed to proceed to a full PID."),
    ],
    out=lab("concept-framework"),
    notes="Compliant plain-text CF; neutral mention of antihypertensive treatment per NICE; sales staff explicitly excluded.")

# =====================================================================================
# OUTCOMES SUMMARIES
# =====================================================================================

doc(file="Oakmoor_AF_Anticoag_Outcomes_Report.pdf", type="outcomes-summary", fmt="pdf", layout="single",
    header="Summary of Project Outcomes", footer="Oakmoor NHS Foundation Trust | Corvantis UK Limited | CORV-UK-CW-0188 | August 2026",
    author="Oakmoor NHS FT", doc_title="Outcomes summary - AF anticoagulation",
    blocks=[
        TITLE("AF Anticoagulation Optimisation - Summary of Project Outcomes"),
        FORM(("Project name", "AF Anticoagulation Optimisation in Oakmoor Primary Care"),
             ("Partners", "Oakmoor NHS Foundation Trust; Corvantis UK Limited"),
             ("Duration", "April 2024 - March 2026 (24 months)"),
             ("Overview", "A Trust anticoagulation pharmacist and nurse team ran virtual clinics with 31 practices to review people with atrial fibrillation who were not anticoagulated or were on inappropriate doses, in line with NICE NG196. All prescribing decisions were made by the patients' own clinicians.")),
        H("Results"),
        TABLE(["Measure", "Baseline (Mar 2024)", "End (Mar 2026)", "Target"],
              ["AF patients with CHA2DS2-VASc 2+ anticoagulated", "79%", "90%", "88%"],
              ["Patients on an appropriate dose for renal function", "84%", "95%", "92%"],
              ["AF-related strokes per year (Trust stroke register)", "46", "33", "-"],
              ["Patients reviewed", "-", "3,420", "3,000"]),
        H("Benefits"),
        P("Patients: an estimated 13 fewer AF-related strokes a year, better-dosed treatment and a single point of contact for questions. Trust and practices: a sustainable review model now commissioned by the ICB. Corvantis: learning about primary care anticoagulation pathways."),
        H("Did each partner deliver?"),
        P("The Trust delivered 0.8 WTE pharmacist and 0.4 WTE nurse time as agreed. Corvantis delivered its £64,000 contribution and 22 of the 25 planned project management days."),
        H("What happened at the end"),
        P("From April 2026 the service was mainstreamed into the Trust's anticoagulation service under an ICB contract."),
        H("Learning"),
        P("Early engagement with practice pharmacists and monthly data feedback were the biggest drivers of progress. The searches and protocols are available from the Trust on request."),
        H("Publication"),
        P("This summary is published on the websites of both partners within six months of project completion, and Corvantis's contribution is reported on Disclosure UK."),
    ],
    out=lab("outcomes-summary"),
    notes="Compliant outcomes summary; numeric results in a table; neutral NICE mention; header/footer.")

doc(file="Fernmoor_Foot_Checks_Outcomes.docx", type="outcomes-summary", fmt="docx", hstyle="bold",
    author="Kestrel Pharma", doc_title="Outcomes",
    blocks=[
        TITLE("Diabetes Foot Check Project: Outcomes"),
        P("Partners: NHS Fernmoor Integrated Care Board and Kestrel Pharma Ltd. Project ran from May 2024 to April 2025."),
        H("What we set out to do"),
        P("Increase the proportion of people with diabetes receiving an annual foot-risk check in 18 practices and make sure those at high risk were referred to podiatry within two weeks."),
        H("How it was delivered"),
        P("Practice healthcare assistants were trained by the ICB podiatry lead. Practice recruitment was supported by Kestrel's Territory Managers, who visited each practice to introduce the project and collected monthly feedback forms."),
        H("Results"),
        UL("Annual foot checks: 61% at baseline, 83% at 12 months.",
           "High-risk patients referred within two weeks: 54% at baseline, 91% at 12 months.",
           "New foot ulcers reported by community podiatry: down from 74 to 59 over the year."),
        H("Benefits"),
        P("Patients had problems found earlier and were seen by podiatry sooner, and fewer developed ulcers. The ICB has adopted the training package. Kestrel gained insight into foot protection services."),
        H("Publication"),
        P("This summary is published on the ICB's and Kestrel's websites within six months of completion."),
    ],
    out=lab("outcomes-summary", sales_roles="fail"),
    notes="Company Territory Managers recruited practices and collected feedback (delivery role); otherwise compliant outcomes summary.")

doc(file="Kingsmere_HF_Project_Results_2025.docx", type="outcomes-summary", fmt="docx", hstyle="builtin",
    author="Halvard Biosciences", doc_title="HF results",
    blocks=[
        TITLE("Heart Failure Optimisation Project - Summary of Outcomes"),
        KV(("Partners", "NHS Kingsmere Integrated Care Board; Halvard Biosciences UK Limited"),
           ("Dates", "January 2024 - December 2025")),
        H("Overview"),
        P("Specialist pharmacists reviewed people with heart failure with reduced ejection fraction in 25 practices, optimising therapy in line with NICE NG106."),
        H("Results"),
        UL("Patients reviewed: 1,140.",
           "Patients on all four recommended therapy classes: 22% at baseline, 51% at the end.",
           "Heart failure admissions in the cohort: 0.41 per patient-year before, 0.29 after.",
           "The project demonstrated the superior efficacy of Cardelix, and Cardelix share of the local market rose by 30%."),
        H("Benefits for patients"),
        P("Fewer admissions, better symptoms and a named pharmacist for medicine questions."),
        H("Publication"),
        P("Published on both partners' websites within six months of project end."),
    ],
    out=lab("outcomes-summary", promotional_language="fail"),
    notes="Outcomes summary headlining a brand's 'superior efficacy' and market share alongside genuine numeric patient outcomes.")

doc(file="Eastmere_Discharge_Redesign_Outcomes.pdf", type="outcomes-summary", fmt="pdf", layout="twocol",
    header="Eastmere University Hospitals NHS Trust & Tavira Pharma UK Ltd", footer="Project outcomes summary",
    author="Eastmere pharmacy", doc_title="Discharge redesign outcomes",
    blocks=[
        TITLE("Pharmacy Discharge Process Redesign"),
        SUB("Summary of Project Outcomes"),
        H("Partners and duration"),
        P("Eastmere University Hospitals NHS Trust and Tavira Pharma UK Ltd. The project ran from September 2024 to August 2025."),
        H("Overview"),
        P("The project redesigned the way the pharmacy department processes discharge prescriptions, introducing a ward-based pharmacy technician role and a new electronic tracking screen."),
        H("Outcomes"),
        P("Ward teams reported that the new process felt smoother and the steering group considered the project successful. Feedback from pharmacy staff was positive and the tracking screen is now used across the department."),
        H("Benefits"),
        P("Trust: a more efficient pharmacy workflow and better staff morale. Tavira: understanding of hospital pharmacy operations. Benefits to patients: not assessed."),
        H("Learning"),
        P("Involving ward managers early made adoption easier."),
        H("Publication"),
        P("This summary is published on both partners' websites within six months of completion."),
    ],
    out=lab("outcomes-summary", patient_benefit="fail", measurable_outcomes="warn"),
    notes="'Benefits to patients: not assessed'; outcomes purely qualitative (warn); two-column PDF.")

doc(file="Lothian_Gout_Clinic_Closeout.docx", type="outcomes-summary", fmt="docx", hstyle="caps",
    header="INTERNAL - NOT FOR PUBLICATION",
    author="Arlen Therapeutics", doc_title="Close-out summary",
    blocks=[
        TITLE("Project Close-out and Outcomes Summary"),
        P("Project: Nurse-led gout clinics in West Lothian. Partners: NHS Lothian and Arlen Therapeutics UK Limited. Duration: March 2024 to February 2025."),
        H("Overview"),
        P("Practice nurses in six practices ran treat-to-target gout clinics with support from the rheumatology team."),
        H("Benefits"),
        P("Patients who took part were seen in their own practice rather than travelling to hospital, and many told us they felt better informed about their condition."),
        H("Results"),
        P("Results: to follow."),
        H("Distribution"),
        P("This summary is internal to NHS Lothian and Arlen and is not for publication."),
    ],
    out=lab("outcomes-summary", measurable_outcomes="fail", transparency="fail"),
    notes="Results 'to follow' (placeholder); internal/not for publication; patient benefit stated qualitatively (pass).")

doc(file="epilepsy-nurse-project-outcomes-hywel-dda.docx", type="outcomes-summary", fmt="docx", hstyle="bold",
    author="Arlen Therapeutics web", doc_title="Project outcomes",
    blocks=[
        TITLE("What we achieved together: Epilepsy Specialist Nurse Outreach"),
        P("Hywel Dda University Health Board and Arlen Therapeutics UK Limited worked together from June 2023 to May 2025 to bring epilepsy specialist nurse support to people in Ceredigion and Pembrokeshire who previously travelled to Carmarthen for every review."),
        P("Over the two years, 612 people with epilepsy were seen in community clinics or by video. The average wait for a nurse review fell from 19 weeks to 5 weeks. Emergency department attendances for seizures among people on the caseload fell by 27% compared with the year before they joined (from 188 to 137), and 94% of people had an up-to-date care plan by the end, up from 40%. Women of childbearing potential all received documented advice on pregnancy and their medicines."),
        P("For people with epilepsy this meant quicker advice, fewer trips to A&E and less travel. For the Health Board, the outreach model has been made permanent within the neurology service from June 2025. Arlen learned a great deal about rural neurology services."),
        P("Both partners delivered what they agreed: the Health Board provided 0.6 WTE nurse time and consultant support, and Arlen funded a second nurse post and 18 days of project management. Arlen's payments have been reported on Disclosure UK."),
        P("This outcomes summary is published by both organisations within six months of the project's completion. ARL-UK-CW-0301, October 2025."),
    ],
    out=lab("outcomes-summary"),
    notes="Compliant narrative web-page outcomes summary with numeric results embedded in prose.")

# =====================================================================================
# AMENDMENTS
# =====================================================================================

doc(file="Lothian_HF_PID_Amendment_01.pdf", type="amendment", fmt="pdf", layout="single",
    footer="NHS Lothian / Halvard Biosciences UK Limited - Project Amendment Form", author="NHS Lothian",
    doc_title="Amendment 1",
    blocks=[
        TITLE("Project Amendment Form"),
        FORM(("Name of project", "Community heart failure medicines optimisation clinics - East Lothian"),
             ("Project owners", "Dr Fiona Baird, Clinical Lead, NHS Lothian; Marcus Oyelaran, NHS Partnerships Director, Halvard Biosciences UK Limited"),
             ("Amendment number", "1"),
             ("Amendment requested", "Extend the project end date from Q3 2027 to Q4 2027 because recruitment of the fixed-term pharmacist took three months longer than planned."),
             ("Impact - timelines", "All milestones move by three months; the HSCP sustainability decision moves from month 15 to month 18."),
             ("Impact - logistics", "Clinic room bookings extended in two hubs."),
             ("Impact - finances", "No change to either partner's total contribution; Halvard's final milestone payment moves to Q4 2027."),
             ("Public documents", "The executive summary will be updated and re-certified; the Disclosure UK entry is unaffected."),
             ("Submitted", "14 May 2026 to the project steering group"),
             ("Approved", "NHS Lothian: Clinical Lead, 28 May 2026. Halvard: NHS Partnerships Director, 28 May 2026")),
    ],
    out=lab("amendment"),
    notes="Compliant amendment form (time extension) in a field table.")

doc(file="Asthma_Project_Change_Request_2.docx", type="amendment", fmt="docx", hstyle="builtin",
    author="Brightwater Pharma UK", doc_title="Change request",
    blocks=[
        TITLE("Change Request No. 2 - Asthma Review Project"),
        KV(("Project", "Asthma review and inhaler technique project"),
           ("Partners", "Hywel Dda University Health Board; Brightwater Pharma UK Ltd"),
           ("Requested by", "Brightwater Pharma UK Ltd"),
           ("Date", "3 March 2027")),
        H("Proposed change"),
        P("Add a new objective: at each review, nurses will switch eligible patients to Respivane, the best-in-class once-daily inhaler, to maximise the project's impact."),
        H("Impact"),
        P("Timeline unchanged. An additional £5,000 from Brightwater to cover nurse training on Respivane devices."),
        H("Approval"),
        P("For discussion at the steering group on 17 March 2027."),
    ],
    out=lab("amendment", promotional_language="fail"),
    notes="Amendment that adds a switch-to-brand objective with a 'best-in-class' claim.")

doc(file="CKD_PID_Amendment_Personnel.docx", type="amendment", fmt="docx", hstyle="caps",
    author="Harrowfield Renal", doc_title="Amendment",
    blocks=[
        TITLE("PID Amendment - Change of Project Personnel"),
        FORM(("Project", "CKD optimisation in primary care"),
             ("Project owners", "Dr Priya Nair (Harrowfield Hospitals NHS Foundation Trust); Elaine Foster (Ostrander Life Sciences UK Ltd)"),
             ("Change", "Elaine Foster, Partnership Manager, leaves Ostrander in January 2027. Her role as Ostrander project lead and steering group member will be taken over by Jamie Holt, Regional Sales Manager, who will also attend practice visits with the renal nurses."),
             ("Impact on timeline", "None"),
             ("Impact on finances", "None"),
             ("Submitted", "9 December 2026")),
    ],
    out=lab("amendment", sales_roles="fail"),
    notes="Amendment moving a Regional Sales Manager onto the steering group and into practice visits.")

doc(file="carehome-smr-amendment-03.md", type="amendment", fmt="md",
    blocks=[
        TITLE("Amendment 3 to the Care Home Structured Medication Review PID"),
        P("**Project:** Care home structured medication reviews  \n**Owners:** Chief Pharmacist, NHS Saltmarsh and Wolds Integrated Care Board; Strategic Partnerships Director, Norvance Healthcare plc  \n**Submitted to steering group:** 11 November 2026"),
        H("What has changed"),
        P("NICE has updated its guidance on medicines associated with falls risk. The review template will be updated so that pharmacists apply the revised guidance. Norvance's evaluation support will now be provided by its Medical Science Liaison rather than its health economics team, who have been reassigned."),
        H("Impact"),
        UL("Timelines: template update in December 2026; no change to the end date.",
           "Logistics: refresher session for the care home pharmacists (ICB-led).",
           "Finances: none."),
        H("Approvals"),
        P("Approved by the steering group on 25 November 2026. The executive summary does not need to change."),
    ],
    out=lab("amendment"),
    notes="Compliant Markdown amendment; neutral guideline mention; MSL replaces HEOR team (passes sales-roles).")

# =====================================================================================
# UNKNOWN (unclear type)
# =====================================================================================

doc(file="Westfield_meeting_note_14Oct.docx", type="unknown", fmt="docx", hstyle="bold",
    author="Westfield Surgery", doc_title="Meeting note",
    blocks=[
        TITLE("Note of meeting - Westfield Surgery / Pellham Medical"),
        KV(("Date", "14 October 2025, 12:30"), ("Present", "Dr A. Kowalski (GP partner), J. Evans (practice manager), Dr L. Benson (Pellham, Medical Science Liaison)")),
        H("Discussion"),
        UL("Practice interested in a possible lipid clinic for patients after heart attacks; funding options discussed in general terms.",
           "Dr Benson presented data showing Lipranta is best-in-class and superior to all other lipid-lowering options; she suggested the clinic could drive uptake of Lipranta across the practice.",
           "Practice manager asked about room availability on Thursdays."),
        H("Actions"),
        UL("JE to check room bookings.", "AK to discuss idea at next partners' meeting.", "LB to send slides."),
    ],
    out=lab("unknown", promotional_language="fail"),
    notes="Meeting note (type unclear); promotional claims for a brand made by an MSL (role itself passes sales-roles).")

doc(file="call-notes-pcn-frailty.txt", type="unknown", fmt="txt",
    blocks=[
        P("From: Practice Manager, Hollins Lane Medical Centre"),
        P("Subject: notes from Tuesday's call re frailty idea"),
        P("Hi all - quick notes from the call with Norvance on Tuesday."),
        UL("We talked about a possible frailty medicines review project across the three practices. Nothing agreed yet.",
           "Norvance said their Key Account Manager for our area, Dan Price, would sit on the working group and run the practice visits to explain the reviews to GPs.",
           "Reviews would follow the existing NICE guidance on multimorbidity; no particular medicines were discussed.",
           "Next call in two weeks."),
        P("Thanks, Jo"),
    ],
    out=lab("unknown", sales_roles="fail"),
    notes="Email-style note of unclear type; Key Account Manager proposed for working group and practice visits; neutral NICE mention.")


# =====================================================================================
# ADDITIONAL COMPLIANT DOCUMENTS (one per main type, different house styles)
# =====================================================================================

doc(file="AyrshireArran_Inpatient_Smoking_PID.pdf", type="pid", fmt="pdf", layout="twocol",
    header="NHS Ayrshire & Arran  |  Norvance Healthcare plc  |  PID", footer="Version 1.2 - agreed by both partners",
    author="NHS Ayrshire and Arran", doc_title="Inpatient tobacco dependence PID",
    blocks=[
        TITLE("Inpatient Tobacco Dependence Support"),
        SUB("Project Initiation Document"),
        H("1. Background"),
        P("It is estimated that one in five adults admitted to University Hospital Crosshouse smokes. Withdrawal is rarely treated on the ward, and most patients are not referred to stop-smoking services on discharge."),
        H("2. Partners"),
        P("NHS Ayrshire and Arran, Eglinton House, Ailsa Hospital, Ayr KA6 6AB. Norvance Healthcare plc, 7 Canal Street, Manchester M1 3HE."),
        H("3. Accountable leads"),
        P("Board: Dr Kirsty Boyd, Consultant in Public Health (kirsty.boyd@aapct.example.scot.nhs.uk). Norvance: Sophie Allen, Head of Partnerships (sophie.allen@norvance.example.com)."),
        H("4. Objectives and benefits"),
        P("Every smoker admitted to the medical wards is to be offered withdrawal support on the ward and a referral to Quit Your Way on discharge. Patients will be more comfortable during their stay, more likely to stop smoking and less likely to be readmitted. The Board will meet national targets; Norvance will gain insight into hospital tobacco dependence services. Any pharmacotherapy will be chosen by ward clinicians from the Board formulary."),
        H("5. Resources"),
        TABLE(["Partner", "Contribution"],
              ["NHS Ayrshire and Arran", "0.8 WTE tobacco dependence adviser, public health consultant oversight, ward training time (approx. £51,000)"],
              ["Norvance Healthcare plc", "£46,000 towards a second adviser employed by the Board; 15 days of project management"]),
        H("6. Measures"),
        P("Proportion of identified smokers offered support within 24 hours of admission: baseline 9%, target 80% by month 9. Four-week quit rate after discharge: target 30%. Readmissions within 90 days among supported patients, compared with the 2025 baseline. Reported quarterly by the Board's public health intelligence team."),
        H("7. Governance"),
        P("A steering group (public health consultant as chair, lead nurse for medicine, pharmacy and Norvance's Head of Partnerships) will meet monthly."),
        H("8. Confidentiality"),
        P("Patient information will be held only on Board systems. Project and financial information will be kept confidential by both partners, subject to the Freedom of Information (Scotland) Act 2002."),
        H("9. Data protection"),
        P("The Board is data controller. UK GDPR and the Data Protection Act 2018 apply, a DPIA has been approved and Norvance will see anonymised aggregate figures only."),
        H("10. Exit strategy"),
        P("The project will run for 18 months from January 2027. By month 14 the Board will decide whether to fund both adviser posts from its tobacco budget. If not, the funded post will end under Board HR policy and ward support will continue through the existing adviser. Either partner may withdraw on three months' notice, with patients already supported followed up by Quit Your Way."),
        H("11. Publication"),
        P("An ES will be published by Norvance and the Board before the start, and outcomes will be published within six months of completion."),
    ],
    out=lab("pid"),
    notes="Compliant two-column PDF PID with running header/footer; passive voice; neutral pharmacotherapy mention.")

doc(file="Kingsmere_Falls_Leisure_Tripartite_Agreement.docx", type="agreement", fmt="docx", hstyle="bold",
    font="Arial", author="Kingsmere Borough Council Legal", doc_title="Tripartite collaborative working agreement",
    blocks=[
        TITLE("TRIPARTITE COLLABORATIVE WORKING AGREEMENT"),
        SUB("Strength and Balance after a Fall"),
        P("Between: (A) NHS Kingsmere Integrated Care Board (\"the ICB\"); (B) Kingsmere Borough Council (\"the Council\"), Civic Centre, Kingsmere KM1 1CC; and (C) Pellham Medical Ltd, company number 07766554 (\"Pellham\")."),
        H("Part 1 - Purpose"),
        P("1.1 Older people who have had a fall will be referred by practices, paramedics and the Trust's falls service to 24-week strength and balance classes run in the Council's leisure centres, with a medication review by an ICB pharmacist at entry."),
        P("1.2 Expected benefits. 1.2.1 Participants: fewer further falls, better strength and confidence, and less isolation. 1.2.2 ICB: fewer falls-related ambulance call-outs and admissions. 1.2.3 Council: better use of leisure facilities for older residents. 1.2.4 Pellham: understanding of community falls prevention."),
        H("Part 2 - Contributions"),
        P("2.1 ICB: 0.4 WTE pharmacist for medication reviews and the referral hub (approx. £34,000). 2.2 Council: leisure centre space, two instructors trained in postural stability (approx. £30,000). 2.3 Pellham: £36,000 towards instructor training and transport for participants, plus 12 days of project management."),
        H("Part 3 - Measurement"),
        P("3.1 Participants completing at least 18 of 24 weeks: target 65%. 3.2 Falls in the six months after completion compared with the six months before (self-report and ambulance data). 3.3 Timed Up and Go test at entry and week 24. 3.4 Results reported to the board quarterly by the ICB analyst."),
        H("Part 4 - Information"),
        P("4.1 Each party will keep confidential the other parties' non-public information and participants' personal details, subject to the Freedom of Information Act 2000. 4.2 The ICB is data controller for referral information and the Council for class attendance records; both comply with UK GDPR and the Data Protection Act 2018, and a joint DPIA is in place. 4.3 Pellham receives anonymised aggregate results only."),
        H("Part 5 - Governance"),
        P("5.1 A project board with one senior member from each party meets every two months. Pellham is represented by its Medical Affairs Lead. No Pellham sales staff take part."),
        H("Part 6 - Openness"),
        P("6.1 A summary of this CW agreement will be published by Pellham before the first class. 6.2 All parties will publish outcomes within six months of the end. 6.3 Pellham's payments will be disclosed on Disclosure UK."),
        H("Part 7 - Duration and exit"),
        P("7.1 Two years from 1 June 2027. 7.2 Any party may withdraw on 90 days' notice. 7.3 On withdrawal or expiry, participants finish their current 24-week course, and the Council will decide by month 20 whether to continue the classes within its older people's leisure offer, with the ICB continuing pharmacist reviews through its falls pathway."),
        SIG("Signed on behalf of each party by its authorised signatory: ICB Chief Finance Officer; Council Director of Public Health; Pellham UK Country Manager."),
    ],
    out=lab("agreement"),
    notes="Compliant three-party agreement (ICB, borough council, company) with 'Part/1.2.1' numbering; Arial house style.")

doc(file="abuhb-copd-virtual-ward-summary.md", type="executive-summary", fmt="md",
    blocks=[
        TITLE("COPD Virtual Ward - summary of our collaborative working project"),
        P("*Aneurin Bevan University Health Board and Halvard Biosciences UK Limited | HAL-UK-CW-0177 | prepared February 2027*"),
        H("At a glance"),
        UL("**What:** a virtual ward so people with COPD exacerbations can be monitored and treated at home instead of in hospital.",
           "**Where:** Newport and Torfaen.",
           "**When:** April 2027 - March 2029.",
           "**Who pays for what:** the Health Board provides respiratory nurses (1.0 WTE), consultant oversight and the remote monitoring service (about £88,000 in kind); Halvard provides £70,000 towards a second nurse employed by the Health Board and 20 days of project management."),
        H("Why it matters"),
        P("COPD is one of the commonest reasons for emergency admission in the area. Many of these patients could be treated safely at home with daily monitoring and nurse visits."),
        H("Who benefits"),
        UL("Patients: care at home, shorter episodes of illness and less risk of hospital-acquired infection.",
           "Health Board: bed days released and fewer readmissions.",
           "Halvard: insight into how virtual wards are run in Wales."),
        H("Patient information"),
        P("Monitoring readings stay within the Health Board's systems. The Health Board is data controller, a DPIA has been approved, and Halvard receives only anonymised, aggregated reports."),
        H("Roles"),
        P("The Health Board runs the ward clinically and collects the data; Halvard supports project management and the evaluation design."),
        H("Publishing"),
        P("We publish this summary before the virtual ward opens, and both partners will publish the results within six months of the end of the project."),
        H("Contacts"),
        P("Bethan Price, Respiratory Nurse Consultant, Aneurin Bevan UHB (bethan.price@abuhb.example.wales.nhs.uk); Marcus Oyelaran, NHS Partnerships Director, Halvard (m.oyelaran@halvardbio.example.co.uk)."),
    ],
    out=lab("executive-summary", es_data=True),
    notes="Compliant Markdown ES with an 'at a glance' bullet style; mentions patient information, handled properly.")


# =====================================================================================
# build, verify, summarise
# =====================================================================================
import re  # noqa: E402

TYPES = ["pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary",
         "amendment", "unknown"]


def _features(d):
    """What we want spread evenly over dev/eval: format and every non-pass label."""
    f = ["fmt:" + d["fmt"]]
    f += ["%s:%s" % (r, v) for r, v in d["out"].items() if v in ("fail", "warn")]
    return f


def assign_splits(docs):
    """Deterministic split: within each type the docs alternate dev/eval (counts differ
    by at most one), but at each step the split is chosen greedily so that formats and
    per-rule fail/warn labels also end up roughly half in each split.  Ties fall back
    to plain alternation (dev first)."""
    from collections import Counter
    feat = {"dev": Counter(), "eval": Counter()}
    by_type: dict[str, list] = {}
    for d in docs:
        by_type.setdefault(d["type"], []).append(d)
    for t in TYPES:
        group = by_type.get(t, [])
        cap = {"dev": (len(group) + 1) // 2, "eval": len(group) // 2}
        used = {"dev": 0, "eval": 0}
        for i, d in enumerate(group):
            pref = ["dev", "eval"] if i % 2 == 0 else ["eval", "dev"]
            options = [sp for sp in pref if used[sp] < cap[sp]]

            def cost(sp):
                other = "eval" if sp == "dev" else "dev"
                return sum(abs(feat[sp][k] + 1 - feat[other][k]) - abs(feat[sp][k] - feat[other][k])
                           for k in _features(d))
            best = min(options, key=lambda sp: (cost(sp), options.index(sp)))
            d["split"] = best
            used[best] += 1
            for k in _features(d):
                feat[best][k] += 1


def extract_text(path: Path, spec) -> str:
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        parts = []
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                if spec.get("layout") == "twocol":
                    w = page.width
                    parts.append(page.crop((0, 0, w / 2, page.height)).extract_text() or "")
                    parts.append(page.crop((w / 2, 0, w, page.height)).extract_text() or "")
                else:
                    parts.append(page.extract_text() or "")
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


_TOK = re.compile(r"[A-Za-z0-9£%]+")


def verify(spec, path: Path) -> list[str]:
    problems = []
    text = extract_text(path, spec)
    toks = set(t.lower() for t in _TOK.findall(text))
    flat = re.sub(r"\s+", " ", text)
    for piece in block_texts(spec["blocks"]):
        want = [t.lower() for t in _TOK.findall(piece)]
        missing = [t for t in want if t not in toks]
        if missing:
            problems.append("missing tokens %r in %r" % (missing[:5], piece[:50]))
        # short single-line pieces should survive verbatim (modulo whitespace)
        if spec["fmt"] != "pdf" and len(piece) < 200:
            if re.sub(r"\s+", " ", piece).lower() not in flat.lower():
                problems.append("missing text %r" % piece[:60])
    return problems


def main(argv):
    assign_splits(DOCS)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.iterdir():
        if old.is_file():
            old.unlink()
    names = [d["file"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate file names"
    labels = {}
    bad = 0
    for spec in DOCS:
        path = OUT_DIR / spec["file"]
        assert path.suffix.lstrip(".") == spec["fmt"], spec["file"]
        RENDER[spec["fmt"]](spec, path)
        probs = verify(spec, path)
        for p in probs:
            print("VERIFY %s: %s" % (spec["file"], p))
        bad += bool(probs)
        out = spec["out"]
        assert list(out) == RULES
        for r, v in out.items():
            if spec["type"] not in APPLIES[r]:
                assert v == "n/a", (spec["file"], r)
            elif not (r == "data-protection" and spec["type"] == "executive-summary"):
                assert v != "n/a", (spec["file"], r)
        labels[spec["file"]] = {"type": spec["type"], "error": None, "split": spec["split"],
                                "outcomes": out, "notes": spec["notes"]}
    LABELS.write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summarise(labels)
    if bad:
        print("%d documents failed verification" % bad)
        return 1
    return 0


def summarise(labels):
    from collections import Counter
    print("documents:", len(labels))
    print("by type:", dict(Counter(v["type"] for v in labels.values())))
    print("by format:", dict(Counter(Path(k).suffix for k in labels)))
    print("by split:", dict(Counter(v["split"] for v in labels.values())))
    print("by type/split:", dict(Counter((v["type"], v["split"]) for v in labels.values())))
    compliant = sum(all(o in ("pass", "n/a") for o in v["outcomes"].values()) for v in labels.values())
    print("fully compliant:", compliant)
    print("%-24s %5s %5s %5s %5s" % ("rule", "pass", "fail", "warn", "n/a"))
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        print("%-24s %5d %5d %5d %5d" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
