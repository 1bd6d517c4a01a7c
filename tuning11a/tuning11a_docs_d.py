"""tuning11a documents 13-16."""
from tuning11a_common import doc, labels, revision_table, sig_table


def d13():
    meta = {"header": "OFFICIAL - IBD Calprotectin Pathway PID",
            "footer": "Wrexley and Dunmore Hospitals NHS Trust / Marisco Healthcare UK plc - v1.1",
            "layout": "ruled",
            "cover": ["Project Initiation Document", "Primary Care Faecal Calprotectin Pathway for "
                      "Suspected Inflammatory Bowel Disease", "Version 1.1, 8 July 2025"]}
    b = [
        ("h1", "1. Project summary"),
        ("kv", [["Title", "Primary Care Faecal Calprotectin Pathway"],
                ["NHS partner", "Wrexley and Dunmore Hospitals NHS Trust, Infirmary Road, Wrexley "
                                "WX2 3HN"],
                ["Industry partner", "Marisco Healthcare UK plc, Marisco House, Milton Park, "
                                     "Abingdon OX14 4RY"],
                ["Start / end", "October 2025 / March 2027 (18 months)"],
                ["Trust lead", "Dr Tomasz Nowicki, Consultant Gastroenterologist"],
                ["Marisco lead", "Priya Lal, Head of Medical Partnerships"]]),
        ("h1", "2. Background"),
        ("p", "Young adults with bowel symptoms are often referred for colonoscopy when a faecal "
              "calprotectin (FC) test in primary care would safely rule out IBD. Conversely, people "
              "with IBD can wait months for diagnosis. Marisco's market-leading biologic, Corvanta, "
              "is the gold standard for moderate-to-severe Crohn's disease, and earlier diagnosis "
              "will mean more patients benefit from it sooner."),
        ("h1", "3. Objectives and measures"),
        ("table", [["Measure", "Baseline", "Target (month 18)", "Source"],
                   ["GP practices using the FC pathway", "4 of 61", "50", "Pathology requests"],
                   ["Median time from FC > 250 to gastro clinic", "11 weeks", "4 weeks",
                    "Trust PAS"],
                   ["Colonoscopies in under-40s with FC < 100", "210/yr", "120/yr", "Endoscopy data"],
                   ["Patients diagnosed with IBD within 12 weeks of first GP visit", "38%", "65%",
                    "IBD registry"]]),
        ("h1", "4. Benefits"),
        ("p", "Patients avoid unnecessary invasive tests and those with IBD are diagnosed and "
              "treated sooner. The Trust frees endoscopy capacity. Marisco gains insight into "
              "diagnostic pathways."),
        ("h1", "5. Resources"),
        ("table", [["Partner", "Contribution", "Value"],
                   ["Marisco", "FC test kits for 18 months; GP education sessions; project "
                               "manager 0.2 WTE", "GBP 74,000"],
                   ["Trust", "Pathology processing, gastroenterology advice line, IBD nurse "
                             "triage, evaluation", "GBP 66,000"]]),
        ("h1", "6. Governance"),
        ("p", "Steering group: Trust Clinical Director for Gastroenterology (chair), Dr Nowicki, "
              "pathology lead, ICB primary care representative, Marisco Head of Medical "
              "Partnerships, Marisco Medical Affairs Manager. No Marisco sales staff are involved "
              "in any aspect of the project."),
        ("h1", "7. Information governance and confidentiality"),
        ("p", "The Trust is controller of all patient data and complies with UK GDPR and the Data "
              "Protection Act 2018. Marisco will not access any patient-identifiable data and will "
              "receive only aggregate monthly reports. Project papers, budgets and service "
              "information shared between the partners are treated as confidential to the steering "
              "group, subject to the Trust's FOIA obligations."),
        ("h1", "8. Transparency"),
        ("p", "Marisco will publish the executive summary on its UK website prior to go-live. A "
              "summary of outcomes will be published by both partners within six months of close."),
        ("h1", "9. Project closure"),
        ("p", "Marisco's funding ends at month 18. The project will then close, the steering group "
              "will be stood down and the project file will be archived by the Trust's PMO."),
        ("h1", "10. Approval"),
        revision_table([("1.0", "20/06/2025", "PMO", "Steering group approval"),
                        ("1.1", "08/07/2025", "PMO", "Certification amendments")]),
        sig_table([("Wrexley and Dunmore Hospitals NHS Trust", "Dr Tomasz Nowicki",
                    "Consultant Gastroenterologist", "08/07/2025"),
                   ("Marisco Healthcare UK plc", "Priya Lal", "Head of Medical Partnerships",
                    "08/07/2025")]),
    ]
    return doc("tuning11a_13_ibd_calprotectin_pid.pdf", "pid", meta, b,
               labels("pid", {"exit-strategy": "warn", "promotional-language": "fail"}),
               "exit-strategy warn: section 9 describes closure (funding ends, group stood down, "
               "file archived) but says nothing about patients on the pathway, whether GP FC "
               "testing continues, notice or early termination - weak rather than a bare end date. "
               "promotional-language fail: background calls the company's brand 'market-leading' "
               "and 'the gold standard' and links earlier diagnosis to more patients receiving it.",
               ["the project will then close, the steering group will be stood down",
                "market-leading biologic, corvanta"])


def d14():
    meta = {"header": "Eastfield PCN / Calverley Therapeutics - Joint Working Agreement",
            "footer": "Draft for signature - v0.7 - 22/07/2025"}
    b = [
        ("title", "Joint Working Agreement - Iron Deficiency in Heart Failure Clinic"),
        ("p", "This agreement is entered into on 22 July 2025 between:"),
        ("bullets", ["Eastfield Primary Care Network (\"the PCN\"), comprising Eastfield Surgery, "
                     "Marlow Road Medical Centre and Hythe Lane Practice; and",
                     "Calverley Therapeutics UK Ltd, 3 Canal Wharf, Leeds LS11 5PR (\"Calverley\")."]),
        ("h1", "1. Project description"),
        ("p", "1.1 A PCN-based clinic, run by the PCN's clinical pharmacists with support from the "
              "community heart failure nurses, to check iron status in people with heart failure "
              "with reduced ejection fraction and to arrange treatment where indicated, in line "
              "with NICE and ESC guidance. Treatment choice is for the clinician."),
        ("h1", "2. Aims and measures"),
        ("table", [["Aim", "Baseline", "Target at 24 months", "Data source"],
                   ["HFrEF patients with iron studies in last 12 months", "22%", "80%",
                    "Practice systems, aggregate"],
                   ["Iron-deficient patients offered treatment within 6 weeks", "-", "90%",
                    "Clinic log"],
                   ["Mean change in 6-minute walk distance at 12 weeks", "-", "+30 m", "Clinic"]]),
        ("h1", "3. Benefits"),
        ("p", "3.1 Patients: less breathlessness and fatigue, better exercise capacity, fewer "
              "hospital admissions. 3.2 PCN: a structured HF review offer. 3.3 Calverley: learning "
              "on PCN-delivered cardiology services."),
        ("h1", "4. Contributions"),
        ("p", "4.1 Calverley: GBP 52,000 for pharmacist sessions and point-of-care testing, plus a "
              "project manager (0.1 WTE). 4.2 PCN: clinical pharmacist time (3 sessions/week), "
              "clinic rooms, GP clinical supervision, reporting - valued at GBP 44,000."),
        ("h1", "5. Governance and team"),
        ("p", "5.1 A project group of the PCN Clinical Director, lead pharmacist, community HF "
              "nurse lead and Calverley's Partnerships Manager and Medical Adviser oversees the "
              "project. Calverley's sales and marketing staff are excluded."),
        ("h1", "6. Data protection"),
        ("p", "6.1 Each practice remains controller of its patient records. Processing complies "
              "with UK GDPR and the Data Protection Act 2018 and a DPIA has been completed. "
              "Calverley will receive anonymised aggregate data only."),
        ("h1", "7. Confidentiality"),
        ("p", "7.1 Each party shall keep the other's Confidential Information confidential for a "
              "period of six (6) months from the date of disclosure, after which these obligations "
              "shall lapse."),
        ("h1", "8. Transparency"),
        ("p", "8.1 Calverley will publish a summary of this agreement on its website before the "
              "clinic starts and will disclose the payment on Disclosure UK. 8.2 Outcomes will be "
              "published by both parties within six months of completion."),
        ("h1", "9. Term, termination and exit"),
        ("p", "9.1 The project runs for 24 months from 1 September 2025. 9.2 Either party may "
              "terminate on 60 days' notice. 9.3 At the end, or on termination, patients part-way "
              "through treatment complete it under their practice; afterwards iron checks become "
              "part of the practices' routine annual HF review, supported by the community HF "
              "team."),
        ("h1", "10. General"),
        ("p", "10.1 Anti-bribery: both parties comply with the Bribery Act 2010. 10.2 Disputes: "
              "escalation to PCN Clinical Director and Calverley UK General Manager, then mediation."),
        sig_table([("Eastfield Primary Care Network", "Dr Laura Finch", "PCN Clinical Director",
                    "22/07/2025"),
                   ("Calverley Therapeutics UK Ltd", "Lena Frain", "Head of NHS Partnerships",
                    "22/07/2025")]),
    ]
    return doc("tuning11a_14_iron_hf_agreement.docx", "agreement", meta, b,
               labels("agreement", {"confidentiality": "warn", "legal-entities": "fail"}),
               "confidentiality warn: mutual clause exists but obligations lapse six months after "
               "disclosure in a 24-month project, so information shared early loses protection "
               "mid-project; no mention of patient information. Weak, not absent. legal-entities "
               "fail: the NHS party is 'Eastfield Primary Care Network' (a list of practices) with "
               "no contracting vehicle such as a lead practice or incorporated federation.",
               ["for a period of six (6) months from the date of disclosure",
                "eastfield primary care network"])


def d15():
    meta = {"header": "NHS Harrowmere and Tyneford ICB",
            "footer": "CKD-EID PID | Version 1.0 | Classification: OFFICIAL"}
    b = [
        ("title", "Chronic Kidney Disease Early Identification (CKD-EID) - Project Initiation "
                  "Document"),
        ("h1", "Section 1 - Project details"),
        ("kv", [["Partners", "NHS Harrowmere and Tyneford Integrated Care Board (Tyneford Quay, "
                             "HT1 5RS); Orrin Pharma UK Ltd (40 Harbour Exchange, London E14 9GE)"],
                ["ICB lead", "Dr Maryam Qureshi, Clinical Lead for Long-Term Conditions"],
                ["Orrin lead", "Thomas Beale, Partnerships Director"],
                ["Dates", "Start November 2025; complete October 2027"]]),
        ("h1", "Section 2 - Why"),
        ("p", "An estimated 11,000 adults in the ICB area have undiagnosed CKD stage 3-5. People "
              "with diabetes or hypertension are not consistently offered urine ACR testing, so "
              "kidney disease is found late."),
        ("h1", "Section 3 - Objectives"),
        ("table", [["Objective", "Baseline (2024/25)", "Target (Oct 2027)", "Data source"],
                   ["Diabetes patients with urine ACR in last 12 months", "52%", "75%",
                    "National Diabetes Audit"],
                   ["Hypertension patients with urine ACR in last 12 months", "18%", "50%",
                    "ICB dashboard"],
                   ["Newly coded CKD 3-5 per 1,000 adults", "41.2", "46.0", "QOF register"],
                   ["Coded CKD patients with BP at target", "59%", "70%", "CVDPREVENT"]]),
        ("h1", "Section 4 - Benefits"),
        ("p", "Patients will have kidney disease found earlier, when blood pressure control, "
              "lifestyle advice and medicines in line with NICE NG203 can slow its progression and "
              "reduce heart attacks and strokes. The ICB improves early detection; Orrin gains "
              "insight into population health approaches."),
        ("h1", "Section 5 - Resources"),
        ("table", [["Partner", "Contribution", "Value"],
                   ["Orrin", "Funding for ACR test kits, practice backfill and a project analyst "
                             "(0.4 WTE)", "GBP 138,000"],
                   ["ICB", "Clinical leadership, dashboard development, primary care contract "
                           "management, renal consultant advice sessions", "GBP 85,000"]]),
        ("h1", "Section 6 - Structure"),
        ("p", "Project board: ICB Director of Primary Care (chair), Dr Qureshi, consultant "
              "nephrologist from Tyneford Royal Infirmary, two PCN clinical directors, Orrin's "
              "Partnerships Director and Orrin's Medical Affairs Lead. No sales or marketing "
              "staff are involved."),
        ("h1", "Section 7 - Data protection"),
        ("p", "The project is GDPR compliant."),
        ("h1", "Section 8 - Confidentiality"),
        ("p", "Commercially sensitive material exchanged between the ICB and Orrin, including "
              "budgets, practice-level performance and service plans, will be kept within the "
              "project board and not shared further, subject to the ICB's duties under the Freedom "
              "of Information Act 2000."),
        ("h1", "Section 9 - Reporting"),
        ("p", "Quarterly progress reports will go to the ICB Medicines Optimisation Committee and "
              "to Orrin's UK leadership team. An end-of-project report will be presented to the "
              "same forums."),
        ("h1", "Section 10 - Exit"),
        ("p", "Either partner may withdraw on three months' notice. On withdrawal or at the end, "
              "ACR testing continues within the practices' existing long-term condition reviews; "
              "patients newly identified remain under practice care and renal advice and guidance. "
              "The ICB will decide at month 20 whether to build the backfill costs into the local "
              "enhanced service."),
        ("h1", "Section 11 - Sign-off"),
        sig_table([("NHS Harrowmere and Tyneford Integrated Care Board", "Dr Maryam Qureshi",
                    "Clinical Lead, LTCs", "03/10/2025"),
                   ("Orrin Pharma UK Ltd", "Thomas Beale", "Partnerships Director", "03/10/2025")]),
    ]
    return doc("tuning11a_15_ckd_pid.docx", "pid", meta, b,
               labels("pid", {"transparency": "fail", "data-protection": "warn"}),
               "transparency fail: 'Reporting' sends results only to the ICB committee and the "
               "company's leadership team - internal audiences; no public summary before start, "
               "no public outcomes, no Disclosure UK. data-protection warn: only 'The project is "
               "GDPR compliant.' Confidentiality passes (commercial information kept within the "
               "project board, FOIA carve-out).",
               ["the project is gdpr compliant",
                "quarterly progress reports will go to the icb medicines optimisation committee"])


def d16():
    meta = {"header": "Summary of Collaborative Working Agreement", "layout": "twocol",
            "footer": "Sorrel BioPharma UK Ltd | SOR-CW-25-072 | Date of preparation: August 2025"}
    b = [
        ("title", "Physical Health Checks for People with Severe Mental Illness"),
        ("kv", [["Organisations", "Kestrel Vale Mental Health NHS Foundation Trust; Sorrel "
                                  "BioPharma UK Ltd"],
                ["Expected start", "October 2025"], ["Expected end", "September 2027"]]),
        ("h1", "Why this project"),
        ("p", "People living with schizophrenia, bipolar disorder and other severe mental "
              "illnesses die on average 15-20 years earlier than the general population, mostly from "
              "preventable physical conditions. In the Trust's community teams only 38% of people "
              "on the SMI register received all six elements of the annual physical health check "
              "in 2024/25."),
        ("h1", "What it aims to achieve"),
        ("bullets", ["For service users: complete health checks, earlier detection of diabetes, "
                     "raised blood pressure and high cholesterol, and follow-up support.",
                     "For the NHS: progress toward the national SMI health check standard.",
                     "For Sorrel: understanding how mental health and physical health services "
                     "can work together."]),
        ("h1", "How it will work"),
        ("p", "Two health check practitioners employed by the Trust will run clinics alongside "
              "community mental health teams and at depot clinics, with follow-up arranged through "
              "the person's GP."),
        ("h1", "Resources"),
        ("p", "Sorrel will provide GBP 104,000 towards the two practitioner posts and point-of-care "
              "equipment. The Trust provides clinical supervision, premises, training and "
              "evaluation time valued at GBP 63,000."),
        ("h1", "Patient information"),
        ("p", "The Trust remains data controller for health check records. Sorrel will receive "
              "anonymised, aggregate figures only and will never have access to information about "
              "individual service users."),
        ("h1", "Openness"),
        ("p", "This summary is published on Sorrel's website ahead of the first clinic. A summary "
              "of outcomes will follow within six months of the project ending, and Sorrel's "
              "funding will be disclosed on Disclosure UK."),
    ]
    return doc("tuning11a_16_smi_health_checks_es.pdf", "executive-summary", meta, b,
               labels("executive-summary", {"data-protection": "pass"}),
               "Fully compliant ES. data-protection applies (mentions health check records and "
               "data) and passes: Trust is controller, company receives anonymised aggregates only.",
               ["this summary is published on sorrel's website ahead of the first clinic",
                "anonymised, aggregate figures only"])


DOCS = [d13, d14, d15, d16]
