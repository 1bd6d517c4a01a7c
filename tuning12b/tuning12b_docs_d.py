"""tuning12b documents 13-16."""
from tuning12b_common import outcomes


def d13():
    co, pb = "Quillon Pharma Ltd", "Northfold Respiratory Transformation Programme Board"
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Community Pulmonary Rehabilitation Capacity Programme"),
        ("p", "Reference QP/NRT/2025/02"),
        ("h", "1 The parties"),
        ("p", "1.1 The %s (\"the Programme Board\"), which brings together respiratory leads from "
              "across the Northfold system; and" % pb),
        ("p", "1.2 %s, company number 02987156, registered office 9 Hanover Yard, Cambridge CB2 "
              "1PA (\"Quillon\")." % co),
        ("h", "2 Background"),
        ("p", "2.1 Fewer than one in five people with COPD who would benefit from pulmonary "
              "rehabilitation (PR) in Northfold complete a programme. Waits for PR are 26 weeks. The "
              "Programme Board wishes to add community PR classes in leisure centres and a "
              "home-based option with telephone support."),
        ("h", "3 Objectives"),
        ("t", [["Objective", "Baseline", "Target", "By"],
               ["Wait from referral to PR start", "26 weeks", "8 weeks", "March 2026"],
               ["Referred patients completing PR", "42%", "65%", "March 2026"],
               ["Additional PR places per year", "0", "360", "from Sept 2025"]]),
        ("h", "4 Benefits"),
        ("p", "4.1 Patients will start PR sooner and closer to home, improving breathlessness, "
              "exercise capacity and quality of life and reducing hospital admissions. The NHS "
              "gains capacity; Quillon gains experience of PR service design."),
        ("h", "5 Contributions"),
        ("p", "5.1 Quillon will contribute £88,000: two fixed-term PR physiotherapists employed by "
              "the community provider (£64,000), leisure-centre room hire (£12,000), and an "
              "independent evaluation (£12,000)."),
        ("p", "5.2 The Programme Board brings its commitment to the aims of the programme and its "
              "full cooperation throughout."),
        ("h", "6 Governance"),
        ("p", "6.1 A delivery group reporting to the Programme Board will meet monthly. Quillon "
              "will be represented by its Medical Affairs Lead. Quillon's sales and key account "
              "staff will have no involvement."),
        ("h", "7 Patient data"),
        ("p", "7.1 The community provider that delivers PR remains data controller for patient "
              "records under UK GDPR and the Data Protection Act 2018. Quillon will receive only "
              "anonymised, aggregate results and will not have access to any identifiable "
              "information."),
        ("h", "8 Confidentiality"),
        ("p", "8.1 Confidential information, including costings, will not be disclosed to third "
              "parties without consent, except where the law requires it."),
        ("h", "9 Exit"),
        ("p", "9.1 Either party may withdraw on three months' notice. If the programme ends, "
              "patients who have started a PR course will complete it, and the physiotherapist posts "
              "will end with the funding unless commissioners fund them recurrently, a decision "
              "to be taken by month 10."),
        ("h", "10 Publication"),
        ("p", "10.1 Quillon will publish an executive summary before implementation; outcomes will "
              "be published within six months of completion, and funding disclosed on Disclosure UK."),
        ("h", "Signed"),
        ("sig", [(pb, "Prof. Janet Lowther", "Chair, Programme Board"),
                 (co, "Dr Aled Hughes", "UK Medical Director")]),
    ]
    return {
        "file": "t12b_13_cwa_pulmonary_rehab_board.pdf", "type": "agreement", "layout": "plain",
        "ruled": True,
        "header": "QP/NRT/2025/02  -  COMMERCIAL IN CONFIDENCE", "footer": "CWA v1.0 - February 2025",
        "blocks": blocks,
        "outcomes": outcomes("agreement", resource_contributions="fail", legal_entities="fail"),
        "notes": ("resource-contributions FAIL: only Quillon's contribution is stated; the NHS side "
                  "brings 'commitment to the aims ... and full cooperation' - no staff, money, "
                  "facilities or data. legal-entities FAIL: the NHS party is a 'Programme Board' "
                  "(a system governance forum, not a legal body); no ICB, trust or community provider "
                  "is a party, and the chair signs for the Board."),
        "keys": ["commitment to the aims of the programme", "Transformation Programme Board"],
    }


def d14():
    co, icb = "Kelvedon Healthcare UK Ltd", "NHS Hartsmere and Vale Integrated Care Board"
    blocks = [
        ("title", "PROJECT INITIATION DOCUMENT"),
        ("sub", "Chronic Kidney Disease: Finding and Coding the Missing Patients"),
        ("h", "Part 1 - Overview"),
        ("t", [["Sponsor", icb], ["Partner", co],
               ["Duration", "1 June 2025 - 30 November 2026"],
               ["Document status", "v0.8 for sign-off at ICB Medicines Optimisation Group"]],
         {"head": False}),
        ("p", "Prevalence modelling suggests around 14,000 adults in Hartsmere and Vale have CKD "
              "stages 3-5, but only 9,200 are on practice registers. Many have blood test results "
              "showing reduced kidney function that have never been coded, so they miss annual "
              "monitoring, blood pressure optimisation and kidney-protective treatment."),
        ("h", "Part 2 - Objectives and KPIs"),
        ("n", ["Increase coded CKD 3-5 prevalence from 9,200 to 11,500 patients by November 2026 "
               "(source: practice system searches, reported monthly by the ICB).",
               "Increase the proportion of coded CKD patients with a urine ACR in the past 12 "
               "months from 41% to 70%.",
               "Increase patients with CKD and hypertension at target blood pressure from 58% to 70%."]),
        ("h", "Part 3 - Benefits"),
        ("p", "Patients: a correct diagnosis, regular kidney monitoring and treatment that slows "
              "progression and lowers cardiovascular risk. ICB: fewer people reaching kidney failure. "
              "Kelvedon: learning about population health approaches in CKD."),
        ("h", "Part 4 - Contributions"),
        ("t", [["Partner", "Financial", "People", "Other"],
               [co, "£74,000 (practice backfill at agreed sessional rate; education; evaluation)",
                "Medical affairs manager 0.1 WTE; data analyst support for search design",
                "Clinical audit search templates (product-neutral)"],
               [icb, "", "", ""]]),
        ("h", "Part 5 - Governance"),
        ("p", "Steering group: ICB Deputy Chief Pharmacist (chair), renal consultant from the "
              "local acute trust, two PCN clinical directors, Kelvedon Medical Affairs Manager. "
              "Reports to the ICB Medicines Optimisation Group every quarter."),
        ("h", "Part 6 - Data protection"),
        ("p", "Practices remain controllers of their patient records. Searches run inside practice "
              "systems under the ICB's data processing arrangements, compliant with UK GDPR, and "
              "only aggregate counts by practice leave the system. Kelvedon staff will never see "
              "patient-level information."),
        ("h", "Part 7 - Confidentiality"),
        ("p", "The parties will keep each other's non-public information confidential and will "
              "use it only for the project. The ICB's duties under the Freedom of Information Act "
              "2000 are preserved."),
        ("h", "Part 8 - Exit"),
        ("p", "Either party can end the project with three months' notice. At the end, the search "
              "templates and recall protocol stay with practices at no cost; the backfill payments "
              "stop, and CKD monitoring continues through the existing long-term condition recall."),
        ("h", "Part 9 - Transparency"),
        ("p", "Kelvedon will publish an executive summary before project start. The ICB and Kelvedon "
              "will publish outcomes within six months of completion. Disclosure UK will record "
              "all payments."),
        ("h", "Part 10 - Contacts"),
        ("t", [["Purpose", "Name", "Role"],
               ["ICB project lead", "Sunita Rao", "Deputy Chief Pharmacist"],
               ["Kelvedon project lead", "Dr Paul Menzies", "Medical Affairs Manager"],
               ["Kelvedon contact for invoice queries", "Darren Pike", "Key Account Manager"]]),
    ]
    return {
        "file": "t12b_14_pid_ckd_coding.pdf", "type": "pid", "layout": "ruled",
        "header": "OFFICIAL - NHS Hartsmere and Vale ICB", "footer": "CKD Coding PID v0.8",
        "blocks": blocks,
        "outcomes": outcomes("pid", resource_contributions="fail", sales_roles="warn"),
        "notes": ("resource-contributions FAIL: the contributions table has the ICB's row with every "
                  "cell blank; only Kelvedon's contribution is stated. sales-roles WARN: a Key "
                  "Account Manager appears only as the contact for invoice queries (not in the "
                  "steering group or delivery)."),
        "keys": ["Key Account Manager", "Kelvedon staff will never see"],
    }


def d15():
    co, tr = "Elstow Pharmaceuticals UK Limited", "Harbourside and Fenwick NHS Foundation Trust"
    blocks = [
        ("title", "Agreement for Collaborative Working"),
        ("sub", "Timely Parkinson's Medication in Hospital"),
        ("t", [["Defined term", "Organisation", "Status / registration", "Signatory"],
               ["\"HFT\"", tr, "Public benefit corporation (NHS foundation trust)",
                "Director of Nursing"],
               ["\"Elstow\"", co, "Registered in England and Wales, company no. 06639021",
                "General Manager UK"]]),
        ("p", "The parties named in the table above agree as follows."),
        ("h", "A. What the project is for"),
        ("p", "A1. People with Parkinson's who are admitted to HFT often miss or receive late doses "
              "of their time-critical medicines, which can cause rigidity, swallowing problems, "
              "falls and longer stays. Ward audit in 2024 found 37% of doses were given more than "
              "30 minutes late."),
        ("p", "A2. The project will introduce electronic prescribing alerts for time-critical "
              "medicines, self-administration where safe, a Parkinson's link nurse on every adult "
              "ward and a specialist nurse in-reach service."),
        ("h", "B. Targets"),
        ("b", ["Doses given within 30 minutes of the prescribed time: 63% to 90% by month 12 (ePMA).",
               "Length of stay for patients with Parkinson's: reduce median by 1 day (PAS).",
               "Link nurse trained on 100% of adult wards by month 6 (training records)."]),
        ("h", "C. What each side puts in"),
        ("p", "C1. HFT: Parkinson's specialist nurse 0.4 WTE for in-reach, pharmacy informatics time "
              "to build alerts (about 60 hours), ward link-nurse time for training, and the ePMA "
              "system. Estimated value £41,000."),
        ("p", "C2. Elstow: £49,500 to fund a fixed-term Band 7 Parkinson's nurse (0.5 WTE, HFT-"
              "employed) for 12 months and independent evaluation, plus project management from its "
              "NHS Partnerships team (about 4 days per month)."),
        ("h", "D. Information governance - questions and answers"),
        ("qa", [("Who is responsible for patient information?",
                 "HFT, as data controller. It is processed under UK GDPR and the Data Protection "
                 "Act 2018 on HFT systems only."),
                ("Has the risk been assessed?",
                 "Yes. HFT's Data Protection Officer signed off the DPIA on 5 February 2025."),
                ("Will Elstow see anything about individual patients?",
                 "No. Elstow receives ward-level percentages each quarter and nothing that could "
                 "identify a person."),
                ("Can Elstow staff go on wards?",
                 "Only the project manager, for meetings, never in clinical areas.")]),
        ("h", "E. Keeping things confidential"),
        ("p", "E1. Each party keeps confidential the other's information that is not public, "
              "including costs and internal reports, and patient information stays within HFT. "
              "This does not stop HFT meeting its Freedom of Information Act duties."),
        ("h", "F. Who is involved at Elstow"),
        ("p", "F1. Elstow's involvement is limited to NHS Partnerships and Medical Affairs. Its "
              "field sales force will play no part and will not be told of the project's progress."),
        ("h", "G. Going public"),
        ("p", "G1. A summary will appear on Elstow's collaborative working web page before the "
              "project begins; both parties will publish outcomes within six months of the end; "
              "Elstow will list the payments on Disclosure UK."),
        ("h", "H. When the project ends"),
        ("p", "H1. The term is 12 months from 1 April 2025. Either party may bring it to an end "
              "with 60 days' notice in writing. The alerts and link-nurse network stay in place "
              "as part of HFT's normal services; the fixed-term nurse post ends unless HFT decides "
              "by month 9 to fund it, and in-reach then returns to the existing specialist nurse."),
        ("h", "I. Independence"),
        ("p", "I1. The project covers all Parkinson's medicines and favours none. The Bribery Act "
              "2010 applies to both parties."),
        ("sig", [(tr, "Rachel Amadi", "Director of Nursing"),
                 (co, "Christophe Lemaire", "General Manager UK")]),
    ]
    return {
        "file": "t12b_15_cwa_parkinsons_timely_meds.docx", "type": "agreement",
        "header": "HFT / Elstow  |  Agreement ref ELS-CW-15", "footer": "Version 1.0  |  OFFICIAL",
        "blocks": blocks,
        "outcomes": outcomes("agreement"),
        "notes": ("All pass. Unusual forms: parties defined only in a cover table (FT status, company "
                  "number); data protection in a Q&A box (controller, UK GDPR, DPIA, no identifiable "
                  "data to company); contributions under 'What each side puts in'."),
        "keys": ["Will Elstow see anything about individual patients?", "What each side puts in"],
    }


def d16():
    co = "Varnham Medical Ltd"
    team = "Respiratory Medicine Team, St Cuthbert's Hospital"
    blocks = [
        ("title", "Joint Working Agreement"),
        ("sub", "Bronchiectasis Airway Clearance Service"),
        ("p", "Between: the %s (\"the Team\") and %s, company number 09914402 (\"Varnham\")." % (team, co)),
        ("h", "1. Summary"),
        ("p", "Around 600 adults with bronchiectasis are under follow-up at St Cuthbert's Hospital. "
              "Fewer than half have had airway clearance training from a respiratory physiotherapist, "
              "and exacerbation rates are high. The project will offer every patient an airway "
              "clearance assessment, an individual plan and a 3-month follow-up."),
        ("h", "2. Aims and measures"),
        ("t", [["Measure", "Now", "Target at 12 months"],
               ["Patients with airway clearance plan", "44%", "85%"],
               ["Exacerbations needing antibiotics (per patient per year)", "2.6", "2.0"],
               ["Bronchiectasis admissions", "118 / year", "95 / year"]]),
        ("h", "3. Benefits"),
        ("p", "Patients: fewer chest infections and hospital stays, better symptom control and "
              "confidence in managing their condition. Hospital: fewer admissions. Varnham: insight "
              "into physiotherapy-led service models."),
        ("h", "4. Resources"),
        ("p", "Varnham will fund a Band 6 respiratory physiotherapist (0.6 WTE, hospital-employed) for "
              "12 months (£27,900) and airway clearance devices for patients without one (£6,000). "
              "The Team will provide consultant supervision (1 session per week), the existing "
              "Band 7 physiotherapist's time for training (3 hours per week), clinic space and "
              "booking."),
        ("h", "5. Data"),
        ("p", "Patient records remain on hospital systems, with the hospital as controller under UK "
              "GDPR. Varnham will only receive anonymised aggregate figures."),
        ("h", "6. Confidentiality"),
        ("p", "Both sides will keep project costs, reports and any patient information confidential."),
        ("h", "7. Staff involvement"),
        ("p", "Varnham's involvement is through its Medical Affairs department. No sales "
              "representative will be involved in delivery or governance."),
        ("h", "8. Publication"),
        ("p", "Varnham will publish an executive summary on its website before the start. Results "
              "will be published within six months of the end, and Varnham's funding will be "
              "declared on Disclosure UK."),
        ("h", "9. End of the project"),
        ("p", "The project will end on 31 May 2026. Towards the end of the project the parties will "
              "discuss next steps."),
        ("h", "Signed"),
        ("sig", [("For and on behalf of the Respiratory Medicine Department", "Dr Kieran Walsh",
                  "Clinical Lead, Respiratory Medicine"),
                 (co, "Louise Barrow", "Head of Medical Affairs")]),
    ]
    return {
        "file": "t12b_16_jwa_bronchiectasis_team.docx", "type": "agreement",
        "header": "Varnham / St Cuthbert's Respiratory", "footer": "Draft 3 - January 2025",
        "blocks": blocks,
        "outcomes": outcomes("agreement", legal_entities="fail", exit_strategy="fail"),
        "notes": ("legal-entities FAIL: the NHS party is a clinical team ('Respiratory Medicine Team, "
                  "St Cuthbert's Hospital') and the signature is 'for and on behalf of the "
                  "Respiratory Medicine Department' - no trust named as contracting body. "
                  "exit-strategy FAIL: only an end date and 'the parties will discuss next steps'; "
                  "nothing on notice, the funded post or patients."),
        "keys": ["Respiratory Medicine Team, St Cuthbert's Hospital",
                 "the parties will discuss next steps"],
    }
