"""Documents 14-20: asthma amendment and outcomes; diabetes (Wales) family; lipids PID + ES."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_WALES, PM_SCOT, MA_RESP, MSL_CV,
                             RWE, COMPL, GM, MED_DIR, code, fill)

CTH = "Castlebridge Teaching Hospitals NHS Trust"
TUHB = "Tarnside University Health Board"
GLEN = "NHS Glenmorran"


def d14():
    d = Doc(14, "severe-asthma-amendment", "pdf", "amendment",
            "Project Amendment Form - SAPR amendment 1",
            header="Halvergate Partnerships in Care | Project Amendment Form v1.3",
            footer="SAPR-AMD-01 | submitted to steering group 14/11/2024", tstyle="grid")
    d.h("Project Amendment Form", 1)
    d.kv([
        ["Project", "Severe Asthma Pathway Redesign (SAPR)"],
        ["Partners", "%s; %s" % (CTH, CO)],
        ["Project owners", "Dr Alasdair Penhaligon (Trust); %s (Halvergate)" % MA_RESP[0]],
        ["Amendment number", "1"],
        ["Date submitted", "14 November 2024"]])
    fill(d, [
        ("What has changed", "The respiratory pharmacist started on 2 September 2024, not in "
         "June 2024 as planned in PID v2.0, because the first recruitment round did not "
         "appoint. To give the triage a full 12 months of pharmacist input, the partners ask "
         "to move the end date from 30 September 2025 to 31 December 2025."),
        ("Impact", ("tbl", [
            ["Area", "Impact"],
            ["Timeline", "Project end moves by three months; interim report moves to June "
             "2025; final evaluation to February 2026."],
            ["Logistics", "No change to clinic sessions or staffing model."],
            ["Finance", "None. The pharmacist's 18-month funding of GBP 84,000 is unchanged "
             "because the post started later; the Trust's in-kind contribution extends by "
             "three months (about GBP 9,200)."],
            ["Public documents", "Halvergate will update the published executive summary "
             "with the new end date and re-certify it; the Disclosure UK entry is unaffected "
             "in 2024."]])),
        ("Activities already delivered", "The amendment does not cover any work carried out "
         "before its approval."),
        ("Approval", ("tbl", [
            ["Party", "Name and role", "Decision", "Date"],
            [CTH, "Dr Alasdair Penhaligon, Clinical Director", "Approved", "21/11/2024"],
            [CO_SHORT, "%s, %s" % MED_DIR, "Approved", "22/11/2024"]])),
    ])
    d.key("move the end date from 30 September 2025", "re-certify")
    return d


def d15():
    d = Doc(15, "severe-asthma-outcomes", "docx", "outcomes-summary",
            "SAPR end of project report",
            header="Castlebridge Teaching Hospitals - Respiratory Directorate",
            footer="SAPR close-out v1 - March 2026")
    d.p("Severe Asthma Pathway Redesign: end of project report")
    d.p("Prepared by the SAPR steering group for %s and %s." % (CTH, CO))
    fill(d, [
        ("Summary", "The project ran from April 2024 to December 2025 (extended by amendment 1). "
         "A nurse- and pharmacist-led triage was put in front of the severe asthma clinic."),
        ("What happened", "Referrals were triaged from September 2024 once the pharmacist "
         "was in post. Clinicians told us consultant appointments felt better prepared and "
         "that the pathway felt smoother for patients. Waiting times for the clinic came down "
         "over the course of the project and patients reported feeling better supported."),
        ("Benefits", [
            "Patients: seen sooner, with adherence and inhaler problems sorted out before "
            "their specialist appointment, and fewer flare-ups needing steroid tablets.",
            "Trust: a clearer referral pathway and consultant time used better.",
            "Halvergate: learning about how referrals are triaged."]),
        ("Partner contributions", "Both partners delivered the staff and funding agreed in "
         "the PID; the pharmacist started three months late."),
        ("What happens next", "The Trust has funded the pharmacist post from January 2026."),
        ("Learning", ["Recruit early or use secondment.",
                      "Agree data definitions for 'referral to first contact' at the start."]),
        ("Distribution", "This report is for the SAPR steering group and the Trust Respiratory "
         "Directorate board. It is not intended for circulation outside the partner "
         "organisations."),
    ])
    d.flag("measurable-outcomes", "warn",
           "results are described only qualitatively ('felt smoother', 'came down', 'feeling "
           "better supported'); none of the PID's four targets is reported with figures",
           "pathway felt smoother for patients")
    d.flag("transparency", "fail",
           "report is restricted to the steering group and directorate board, 'not intended "
           "for circulation outside the partner organisations'; no publication",
           "not intended for circulation outside")
    return d


def d16():
    d = Doc(16, "diabetes-remission-pid", "docx", "pid",
            "Project Initiation Document - Type 2 diabetes remission support",
            header="SWYDDOGOL / OFFICIAL | Tarnside University Health Board",
            footer="T2DR PID draft v0.6 - for Halvergate CWRC | " + code(219, "05/2024"))
    d.cover("Type 2 Diabetes Remission Support (T2DR)", [
        "Project Initiation Document - draft v0.6",
        "%s Primary Care and Community Directorate with %s" % (TUHB, CO),
        "Author: Bethan Rhys-Powell, Diabetes Programme Manager"])
    fill(d, [
        ("Project details", ("kv", [
            ["Title", "Type 2 Diabetes Remission Support"],
            ["Partners", "%s; %s" % (TUHB, CO)],
            ["Clinical area", "Adults diagnosed with type 2 diabetes in the last six years "
             "with BMI 27 or above"],
            ["Planned dates", "September 2024 - August 2026"]])),
        ("Background", "About 2,600 adults in Tarnside are eligible for a remission attempt "
         "through a low-energy diet, but the health board's dietetic capacity allows fewer than "
         "150 a year to start."),
        ("Objectives", ("num", [
            "Enrol 600 eligible adults over two years (baseline 140 a year).",
            "Achieve remission (HbA1c below 48 mmol/mol off glucose-lowering medicines for six "
            "months) in 30% of completers at 12 months.",
            "Reduce mean weight by 10 kg in completers at 12 months."])),
        ("Benefits", "People with type 2 diabetes get a realistic chance of remission, weight "
         "loss, fewer medicines and lower risk of complications. The health board gains "
         "dietetic capacity and a digital pathway; Halvergate gains insight into remission "
         "services."),
        ("Approach and digital support", "Patients referred by their GP will register on "
         "'RemitWell', a web portal and app hosted and maintained by Halvergate's digital "
         "health supplier, giving their name, NHS number, date of birth and mobile number so "
         "the dietitians can send meal replacement reminders and track weight entries. "
         "Dietitians review progress on the portal dashboard."),
        ("Contributions", ("tbl", [
            ["Partner", "Contribution"],
            [TUHB, "Two Band 6 dietitians (1.2 WTE total); diabetes consultant sessions; "
             "HbA1c monitoring through the laboratory service; venue for group sessions"],
            [CO_SHORT, "GBP 120,000 towards meal replacement products and a Band 5 "
             "support worker; provision of the RemitWell portal; 0.2 WTE project manager"]])),
        ("Governance", "Project board: Consultant Diabetologist (chair), Diabetes Programme "
         "Manager, lead dietitian, a GP cluster lead, %s (%s) and %s (%s)." % (PM_WALES + MSL_CV)),
        ("Confidentiality", "Both partners will keep confidential all patient information and "
         "any project or commercial information they receive from the other, during the "
         "project and for five years afterwards, except where Freedom of Information law "
         "requires disclosure."),
        ("Exit", "If the project ends early (three months' notice by either partner) or at its "
         "planned end, patients part-way through the programme complete it with health board "
         "dietitians using standard paper resources, and the support worker's fixed-term "
         "contract ends. The board will decide by May 2026 whether to mainstream the service."),
        ("Publication", "An executive summary will be made available on request. The board "
         "will report results to its Quality, Safety and Experience Committee."),
    ])
    d.flag("data-protection", "fail",
           "patients' names, NHS numbers, dates of birth and mobiles are collected by a portal "
           "hosted by Halvergate's supplier; no controller, UK GDPR or DPIA text",
           "hosted and maintained by Halvergate's digital health supplier")
    d.flag("transparency", "fail",
           "summary only 'available on request' and results go only to an internal committee; "
           "no public summary or outcomes publication", "made available on request")
    return d


def d17():
    d = Doc(17, "diabetes-remission-agreement", "pdf", "agreement",
            "Collaborative Working Agreement - Type 2 Diabetes Remission Support",
            header="SWYDDOGOL / OFFICIAL | Tarnside UHB Legal & Risk | CWA-TUHB-2024-11",
            footer="Execution version 1.0", font="Times-Roman", tstyle="grid")
    d.h("COLLABORATIVE WORKING AGREEMENT", 1)
    d.p("THIS AGREEMENT is made on 30 July 2024 BETWEEN (1) %s, a Local Health Board "
        "established under the National Health Service (Wales) Act 2006, of Ty Tarnside, "
        "Heol y Bont, Tarnside SA19 4HB (\"the Health Board\") and (2) %s, %s (\"Halvergate\")."
        % (TUHB, CO, CO_REG))
    items = [
        ("1", "Interpretation", ["\"Programme\" means the Type 2 Diabetes Remission Support "
                                 "programme described in Schedule A.",
                                 "\"Programme Data\" means the anonymised aggregate reports "
                                 "produced by the Programme."]),
        ("2", "Duration", ["The Programme runs from 1 September 2024 to 31 August 2026."]),
        ("3", "Shared aims", ["The parties will work together so that more adults with recently "
                              "diagnosed type 2 diabetes can attempt remission. Patients are "
                              "expected to benefit from weight loss, better glucose control, "
                              "fewer medicines and lower risk of complications."]),
        ("4", "Resources", [
            "The Health Board provides 1.2 WTE Band 6 dietitians, consultant sessions, "
            "laboratory HbA1c monitoring and group venues (in-kind value about GBP 148,000).",
            "Halvergate provides GBP 120,000, paid to the Health Board in four six-monthly "
            "instalments, towards meal replacement products and a Band 5 support worker "
            "employed by the Health Board, and 0.2 WTE project management."]),
        ("5", "Delivery and governance", [
            "The Health Board is responsible for all clinical care. Patient-facing tools are "
            "those of the Health Board; the digital app proposed in earlier drafts will not be "
            "used.",
            "A Programme Board chaired by the Consultant Diabetologist meets quarterly; "
            "Halvergate is represented by its NHS Partnerships Manager (Wales & West) and a "
            "Medical Science Liaison. Staff of Halvergate who call on prescribers to promote "
            "medicines shall have no involvement."]),
        ("6", "Measuring success", [
            "Success measures, reported six-monthly from health board systems: enrolments "
            "(600 over two years against 140 a year now); remission at 12 months in 30% of "
            "completers; mean weight change at 12 months (target -10 kg)."]),
        ("7", "Information", [
            "The Health Board is controller for all personal data and processes them under UK "
            "GDPR and the Data Protection Act 2018, following a DPIA approved by its Caldicott "
            "Guardian. Halvergate receives only anonymised aggregate reports.",
            "Each party will keep the other's confidential information, and all patient "
            "information, secret during and for five years after the Programme, subject to "
            "the Freedom of Information Act 2000."]),
        ("8", "Use of Programme information", [
            "Halvergate may use the Programme Data, the Programme materials and any information "
            "received from the Health Board under this Agreement for its own business purposes, "
            "including commercial planning and market analysis, without further consent."]),
        ("9", "Transparency", [
            "Halvergate will publish a summary of this Agreement before the Programme starts; "
            "the parties will publish the outcomes within six months of completion. "
            "Halvergate's payments will be disclosed through Disclosure UK."]),
        ("10", "Termination and exit", [
            "Either party may end this Agreement on three months' notice, or at once if the "
            "PMCPA finds the Programme in breach of the ABPI Code.",
            "On ending, patients already enrolled complete the programme with Health Board "
            "dietitians; the support worker's fixed-term post ends with the funding unless the "
            "Health Board chooses to retain it; Halvergate funds products already ordered."]),
        ("11", "Bribery", ["Both parties comply with the Bribery Act 2010."]),
        ("12", "Disputes", ["Disputes are escalated to the Health Board Medical Director and "
                            "Halvergate's UK Medical Director, then to mediation. The law of "
                            "England and Wales applies."]),
    ]
    for num, title, txt in items:
        d.clauses(num, title, txt)
    d.h("Schedule A - Programme outline", 2)
    d.p("GP-referred adults complete 12 weeks of total diet replacement, food reintroduction and "
        "maintenance support delivered by health board dietitians in groups and one-to-one.")
    d.sig([(TUHB, "Dr Eleri Vaughan", "Executive Medical Director"),
           (CO, GM[0], GM[1])])
    d.key("Local Health Board", "will not be used", "Caldicott")
    d.flag("confidentiality", "fail",
           "clause 7.2 protects information, but clause 8 lets Halvergate use Programme data and "
           "anything received from the Health Board for its own commercial purposes (commercial "
           "planning, market analysis)", "for its own business purposes, including commercial")
    return d


DOCS = [d14, d15, d16, d17]
