"""tuning13a documents 25-32."""
from tuning13a_common import mk, OST, KES, WVT, TCICB, UOE, GBC, RCH


def d25():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Point-of-care sepsis biomarker testing in the Emergency Department"),
        ("kv", [("Parties", f"{KES} (company no. 12873350) and the Wyvern Vale Emergency Department Sepsis Team"),
                ("Date", "9 October 2025"),
                ("Term", "1 November 2025 to 30 September 2026")]),
        ("h", "Section 1 - What we will do together"),
        ("p", "Adults arriving in the ED with suspected infection and a NEWS2 score of 5 or more will have a finger-prick SepsiQuant test alongside usual blood cultures and lactate, so that the sepsis team can prioritise antibiotics and senior review for the sickest patients and avoid unnecessary broad-spectrum antibiotics for those at low risk; clinicians continue to follow the Trust's sepsis guideline and NICE NG51, and the test result informs but never replaces clinical judgement."),
        ("h", "Section 2 - Benefits"),
        ("p", "Patients at highest risk should receive antibiotics and senior review faster, and low-risk patients avoid unnecessary antibiotics and cannulas; the ED gains a tested triage aid; Kestrelgen learns how the test performs in a busy UK ED."),
        ("h", "Section 3 - Contributions"),
        ("tbl", [["Kestrelgen", "Sepsis Team"],
                 ["4 analysers on loan; 3,000 cartridges; training for 120 ED nurses; 0.2 WTE project manager; statistical support for evaluation (total approx. GBP 61,000)", "Clinical engagement and commitment to embedding the pathway in the department"]]),
        ("h", "Section 4 - Measures"),
        ("p", "The steering group will track door-to-antibiotic time for high-risk patients, the proportion of low-risk patients given broad-spectrum antibiotics, and ED length of stay, using the ED information system. Baselines will be taken in month one and the steering group will decide the targets once it has seen them."),
        ("h", "Section 5 - Governance"),
        ("p", "Steering group: ED sepsis lead consultant (chair), ED matron, microbiologist, Kestrelgen Clinical Programmes Director and project manager. Kestrelgen's commercial team is not involved."),
        ("h", "Section 6 - Confidentiality"),
        ("p", "Patient information and each party's confidential business information will be protected and used solely for the project; obligations continue for five years after the end of the Agreement, subject to FOIA."),
        ("h", "Section 7 - Data protection"),
        ("p", "All results stay in the Trust's ED system; the Trust is controller under UK GDPR and the DPA 2018 and a DPIA has been completed. Kestrelgen receives quarterly aggregate counts and device error logs with no patient identifiers."),
        ("h", "Section 8 - Ending the project"),
        ("p", "Either party can end the project with 60 days' notice. Testing stops on the end date and the ED reverts to its standard sepsis screening; analysers and unused cartridges go back to Kestrelgen. The Trust will decide by month 9 whether to procure the test."),
        ("h", "Section 9 - Publication"),
        ("p", "Kestrelgen will publish an executive summary on its website before testing starts; both parties will publish outcomes within six months of the end; Kestrelgen's contribution will be declared on Disclosure UK."),
        ("sig", [("Wyvern Vale ED Sepsis Team", "Dr Ben Ashford", "ED Consultant, sepsis lead"),
                 (KES, "Dr Owen Pryce", "Clinical Programmes Director")]),
    ]
    return mk("tuning13a_25_sepsis-agreement.pdf", "agreement", "pdf",
              "CWA - ED sepsis biomarker - Kestrelgen", "Version 1.1 | 9 October 2025", b,
              defects={"legal-entities": ("fail", "The NHS-side party is 'the Wyvern Vale Emergency Department Sepsis Team' - a team, not the Trust; no legal entity."),
                       "resource-contributions": ("fail", "The team's contribution is only 'clinical engagement and commitment' - no resource named."),
                       "measurable-outcomes": ("warn", "Measures named with a data source, but baselines deferred and targets left to the steering group.")},
              keys=["Wyvern Vale Emergency Department Sepsis Team", "Clinical engagement and commitment"])


def d26():
    b = [
        ("title", "Project Initiation Document"),
        ("sub", "Point-of-care uACR testing for people with diabetes - Tamarisk Coast (Phase 2 roll-out)"),
        ("kv", [("Partners", f"{TCICB}; {KES}; {UOE}"),
                ("Accountable leads", "Helen Marwood, Head of Medicines Optimisation, TCICB, helen.marwood1@nhs.net | Dr Owen Pryce, Clinical Programmes Director, Kestrelgen, o.pryce@kestrelgen.co.uk | Prof Ian Lockley, School of Health Sciences, University of Eastmoor, i.lockley@eastmoor.ac.uk"),
                ("Start / finish", "1 January 2026 / 31 March 2027"),
                ("Certification", "KG-UK-CW-0030 | November 2025")]),
        ("cols", [
            ("h", "1. Background"),
            ("p", "The 2023-24 pilot raised uACR recording in pilot practices from 38% to 67%; the ICB wants to test the model in 30 more practices and 25 pharmacies, in more deprived areas, before deciding whether to make it a permanent enhanced service."),
            ("h", "2. Objectives"),
            ("p", "Increase uACR recording among people with diabetes in participating practices to 70% by March 2027; make sure every raised result is reviewed by the practice within 8 weeks; narrow the gap in recording between the most and least deprived practices."),
            ("h", "3. Benefits"),
            ("p", "For patients, kidney disease found earlier, at an appointment they already attend, so blood pressure and kidney-protective treatment can be started in time to slow decline; for the ICB, better CKD detection and evidence for commissioning; for Kestrelgen, knowledge of wider use; for the University, a published evaluation."),
            ("h", "4. Contributions"),
            ("p", "ICB: programme manager 0.4 WTE, clinical lead 1 session/week, analyst 2 days/month, pharmacy and practice fees (GBP 52,000). Kestrelgen: 9,000 cartridges, 55 readers on loan, training, 0.3 WTE project manager (approx. GBP 118,000). University: evaluation researcher 0.3 WTE and statistician time (GBP 24,000, half funded by each of the other partners, plus University supervision in kind)."),
            ("h", "5. Governance"),
            ("p", "Programme board chaired by ICB Director of Clinical Quality, meeting monthly, with all three partners. Kestrelgen is represented by clinical and project staff; its commercial team has no place on the board or in delivery."),
        ]),
        ("h", "6. KPIs"),
        ("tbl", [["KPI", "Baseline (Dec 2025)", "Target (Mar 2027)", "Source / frequency"],
                 ["uACR recorded in last 12 months (participating practices)", "41%", "70%", "ICB dashboard, monthly"],
                 ["Raised results reviewed within 8 weeks", "n/a", "85%", "Practice template report, quarterly"],
                 ["Recording gap, most vs least deprived quintile", "19 points", "10 points", "ICB analyst, quarterly"]],
         {"widths": [3, 1.3, 1.3, 2]}),
        ("h", "7. Information governance and confidentiality"),
        ("p", "Test results are entered straight into the GP record; practices are controllers for patient data and pharmacies record under their NHS contract, all under UK GDPR/DPA 2018, with a DPIA agreed by the ICB. The University receives pseudonymised extracts under a data sharing agreement with the ICB and ethics sign-off; Kestrelgen receives aggregate data only. All partners keep patient information and project and commercial information shared between them confidential, during the project and for five years after."),
        ("h", "8. Exit"),
        ("p", "Any partner can withdraw with 3 months' notice. The ICB will decide in December 2026 whether to commission the service from April 2027; if not, pharmacies stop testing at the end of March 2027, readers are returned, and practices revert to laboratory uACR with a recall letter for anyone whose test was due. Nobody is employed solely because of the project."),
        ("h", "9. Publication"),
        ("p", "Kestrelgen publishes the executive summary before January 2026; the ICB, Kestrelgen and the University publish the outcomes within six months of the end; transfers of value are on Disclosure UK."),
    ]
    return mk("tuning13a_26_uacr-phase2-pid.pdf", "pid", "pdf",
              "TCICB / Kestrelgen / UoE - uACR Phase 2 PID", "KG-UK-CW-0030 | OFFICIAL", b,
              keys=["revert to laboratory uACR", "commercial team has no place on the board"])


def d27():
    b = [
        ("title", "Project Concept Framework"),
        ("sub", "Falls and bone health checks for care home residents - Greyfriars"),
        ("tbl", [["Heading", "Notes"],
                 ["Partners", f"{GBC} (adult social care); {WVT} (fracture liaison service); {OST}"],
                 ["Why?", "Care home residents in Greyfriars have around three times the hip fracture rate of people of the same age living at home, and few have had a bone health or falls assessment."],
                 ["Objectives", "Residents: falls risk and bone health assessed by an FLS nurse, with a treatment and falls-prevention plan, fewer fractures and hospital admissions. Council/Trust: a joined-up care home offer. Ostrander: learning on bone health in social care settings."],
                 ["Co-leads", "Dr Caroline Devi, Consultant Rheumatologist (WVT); Sarah Quinlan, Brand Manager - Bone Health (Ostrander)"],
                 ["Resource impact - Ostrander", "Band 6 FLS nurse 0.6 WTE for 12 months (GBP 29,000); training for care home staff"],
                 ["Resource impact - Council and Trust", "TBC - to be discussed with the council commissioning team"],
                 ["Start / duration", "Q2 2026 / 12 months"],
                 ["Decision", "Pending"]],
         {"widths": [1.3, 4]}),
        ("p", "The brand manager will co-lead design of the resident pathway and the care home staff training sessions."),
    ]
    return mk("tuning13a_27_carehome-bone-concept.docx", "concept-framework", "docx",
              "Concept - care home bone health", "Ostrander - draft for discussion", b,
              defects={"resource-contributions": ("fail", "Council and Trust resource impact is 'TBC' - only Ostrander's contribution stated."),
                       "sales-roles": ("fail", "A Brand Manager is co-lead and will design the pathway and training.")},
              keys=["Brand Manager - Bone Health", "TBC - to be discussed"])


def d28():
    b = [
        ("title", "Executive Summary - Remote wound healing monitoring"),
        ("sub", f"{RCH} and {KES}"),
        ("kv", [("Code", "KG-UK-CW-0026 | September 2025"),
                ("Dates", "October 2025 to September 2026"),
                ("Contacts", "Sheila Grantham, Head of Community Nursing, RCH, sheila.grantham@ravensholt.nhs.uk; Dr Owen Pryce, Clinical Programmes Director, Kestrelgen, o.pryce@kestrelgen.co.uk")]),
        ("h", "1. Project rationale"),
        ("p", "Community nursing teams spend a large part of each week on wound visits, and there is no standard way of measuring wound size between visits. Workforce vacancies in district nursing are around 14%."),
        ("h", "2. About the service"),
        ("p", "Patients or carers photograph wounds with the WoundSight app between visits; images are analysed and nurses are alerted to wounds that are not shrinking."),
        ("h", "3. Objectives and benefits"),
        ("p", "Please see section 2 for the project's benefits. For RCH, the aim is to release 15% of district nurse visit time; for Kestrelgen, to learn about app use in community nursing."),
        ("h", "4. Finance and roles"),
        ("p", "Kestrelgen provides licences, analysis service, training and a project manager (approx. GBP 88,000). RCH provides district nurse time for enrolment and training (about 0.5 WTE), a tissue viability nurse lead (0.1 WTE), IG support and reporting (approx. GBP 35,000)."),
        ("h", "5. Information sharing"),
        ("p", "Wound photographs, together with each patient's NHS number and date of birth, will be shared with Kestrelgen's image analysis team so that results can be matched to the right patient."),
        ("h", "6. Publication"),
        ("p", "This summary is published before the project starts; outcomes will be published by both partners within six months of the end of the project."),
    ]
    return mk("tuning13a_28_wound-exec-summary.docx", "executive-summary", "docx",
              "Kestrelgen - collaborative working summary", "KG-UK-CW-0026", b, es_dp=True,
              defects={"data-protection": ("fail", "ES mentions data sharing: photographs with NHS number and DOB go to Kestrelgen's analysts - identifiable data to the company, no safeguards."),
                       "patient-benefit": ("fail", "Benefits for patients are a pointer to 'section 2', which describes the service only and states no patient benefit; only RCH and company benefits given.")},
              keys=["Please see section 2 for the project's benefits", "NHS number and date of birth"])



def d29():
    b = [
        ("title", "Tri-partite Collaborative Working Agreement"),
        ("sub", "uACR point-of-care testing - Phase 2"),
        ("p", f"Dated 1 December 2025. Between (1) {TCICB}, a statutory body established under the National Health Service Act 2006, of Harbour House, Quay Road, Tamarisk TC1 3HG (\"the ICB\"); (2) {KES}, company number 12873350, of Unit 4, Fennick Science Park, Eastmoor EM5 1XB (\"Kestrelgen\"); and (3) {UOE}, a university incorporated by Royal Charter, of College Road, Eastmoor EM2 6AA (\"the University\")."),
        ("h", "1. Purpose"),
        ("p", "To extend point-of-care urine albumin testing for people with diabetes to 30 further practices and 25 pharmacies and evaluate it independently, so the ICB can decide on permanent commissioning."),
        ("h", "2. Benefits"),
        ("p", "People with diabetes will have early kidney damage detected at routine visits and can be started on kidney- and heart-protective care sooner; the ICB gains detection and commissioning evidence; Kestrelgen gains learning on wider NHS use; the University gains an evaluation to publish."),
        ("h", "3. Contributions and payments"),
        ("tbl", [["Party", "In cash", "In kind", "Total"],
                 ["ICB", "GBP 40,000 fees to practices and pharmacies; GBP 12,000 to University", "Programme manager 0.4 WTE; clinical lead; analyst", "GBP 96,000"],
                 ["Kestrelgen", "GBP 12,000 to University", "9,000 cartridges; 55 readers on loan; training; 0.3 WTE project manager", "GBP 118,000"],
                 ["University", "-", "Researcher 0.3 WTE, statistician, supervision", "GBP 31,000"]],
         {"widths": [1, 2.5, 2.5, 1]}),
        ("h", "4. Success criteria"),
        ("p", "uACR recording from 41% to 70% in participating practices by March 2027; 85% of raised results reviewed within 8 weeks; recording gap between most and least deprived quintiles from 19 to 10 percentage points; all measured by the ICB analyst monthly or quarterly and reported to the programme board."),
        ("h", "5. Programme board"),
        ("p", "ICB Director of Clinical Quality (chair), ICB Head of Medicines Optimisation, University lead, Kestrelgen Clinical Programmes Director. Members from Kestrelgen are limited to clinical, evaluation and project staff; no one from its sales function takes part."),
        ("h", "6. Confidentiality"),
        ("p", "6.1 Each party keeps confidential all patient information and all non-public information of the other parties received under this Agreement, and uses it only for the Project. 6.2 This continues for five years after the Agreement ends. 6.3 The ICB and the University may disclose information where required by the Freedom of Information Act 2000."),
        ("h", "7. Data protection"),
        ("p", "7.1 Practices are data controllers for the GP record; the ICB is controller for the evaluation extract and shares pseudonymised data with the University under a data sharing agreement, UK GDPR and the DPA 2018, following a DPIA. 7.2 Kestrelgen receives no personal data."),
        ("h", "8. Publication"),
        ("p", "Kestrelgen will publish an executive summary before the Project starts; all parties will publish outcomes within six months of completion, and the University may publish a peer-reviewed paper, which no party can block; Kestrelgen discloses transfers of value on Disclosure UK."),
        ("h", "9. Termination and exit"),
        ("p", "9.1 Any party may withdraw on three months' notice. 9.2 If the ICB does not commission the service by April 2027, testing ends on 31 March 2027, readers are returned, and practices are sent a list of patients due a laboratory test so that no one misses their annual check. 9.3 If the University withdraws, the ICB analyst completes a reduced evaluation."),
        ("h", "10. General"),
        ("p", "Bribery Act 2010; competition law - Kestrelgen is the only company party; disputes by escalation to chief executives; amendments in writing; the Project may be changed or stopped if a breach of the ABPI Code is ruled."),
        ("sig", [(TCICB, "Martin Oyelaran", "Chief Finance Officer"),
                 (KES, "Dr Marianne Holt", "Chief Executive"),
                 (UOE, "Prof Gillian Ruddock", "Pro Vice-Chancellor (Research)")]),
    ]
    return mk("tuning13a_29_uacr-triparty-agreement.docx", "agreement", "docx",
              "TCICB / Kestrelgen / UoE - CWA", "Execution version | OFFICIAL", b,
              keys=["incorporated by Royal Charter", "Kestrelgen receives no personal data"])


def d30():
    b = [
        ("title", "Summary of Project Outcomes"),
        ("sub", "Heart failure medicines optimisation virtual clinics - Wyvern Vale NHS Foundation Trust and Ostrander Specialty Pharmaceuticals UK Ltd"),
        ("kv", [("Duration", "March 2023 to February 2024 (12 months)"),
                ("Published", "July 2024 (within six months of the end) on both websites"),
                ("Job code", "OST-UK-CW-0310 | June 2024")]),
        ("h", "Project overview"),
        ("p", "Heart failure specialist pharmacists ran virtual clinics for people with reduced ejection fraction heart failure who were not on all recommended therapies at optimal doses, working with GPs to titrate treatment in line with NICE NG106. Ostrander funded one pharmacist post; the Trust provided supervision, clinic systems and data."),
        ("h", "What changed for patients"),
        ("tbl", [["Measure", "Baseline (Feb 2023)", "End (Feb 2024)", "Target"],
                 ["Patients on all four recommended therapy classes", "29%", "58%", "50%"],
                 ["Median time to reach target dose", "9 months", "4 months", "6 months"],
                 ["HF hospital admissions in cohort (per 100 patients/yr)", "27", "19", "22"],
                 ["Patients reporting they understood their medicines (survey, n=214)", "-", "88%", "-"]],
         {"widths": [3, 1.2, 1.2, 1]}),
        ("p", "Fewer admissions meant about 170 fewer bed days for this group, and patients told us they valued not travelling to hospital for dose changes."),
        ("h", "Contributions delivered"),
        ("p", "Ostrander funded the 1.0 WTE pharmacist post and 18 days of project support as agreed; the Trust provided consultant supervision, the virtual clinic platform and BI analysis as agreed."),
        ("h", "Reflections"),
        ("bl", ["The shared aim stayed clear; a mid-project dip in referrals was fixed by GP practice visits by the pharmacist.",
                "More was achieved jointly than either could have done alone: the Trust lacked pharmacist funding, and Ostrander had no access to clinical delivery.",
                "The Trust mainstreamed the post from April 2024 and patients continued under the clinic without interruption."]),
        ("h", "Learning for others"),
        ("p", "Start with a clean, validated patient list; agree titration protocols with GPs up front; schedule virtual clinics at set times each week."),
    ]
    return mk("tuning13a_30_hf-virtual-clinic-outcomes.docx", "outcomes-summary", "docx",
              "Outcomes summary - HF virtual clinics", "OST-UK-CW-0310 | June 2024", b,
              keys=["Patients on all four recommended therapy classes", "about 170 fewer bed days"])


DOCS = [d25, d26, d27, d28, d29, d30]
