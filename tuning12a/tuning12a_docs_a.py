"""Documents pb01-pb08: patient benefit flagged in different ways."""
from tuning12a_common import doc


def docs():
    out = []
    # ------------------------------------------------------------------ pb01 PID, "As above"
    out.append(doc(
        "t12a_01_hf_diagnostic_pathway_pid.docx", "pid",
        header="Northmoor Valley NHS Foundation Trust | PID v1.3 | OFFICIAL",
        footer="Heart Failure Diagnostic Pathway Redesign - Project Initiation Document - v1.3 (12/02/2025)",
        blocks=[
            ("title", "Project Initiation Document", "Heart Failure Diagnostic Pathway Redesign - a collaborative working project"),
            ("kv", [("Document owner", "Dr Priya Anand, Clinical Lead for Cardiology, Northmoor Valley NHS Foundation Trust"),
                    ("Version", "1.3 - for Joint Steering Group sign-off"),
                    ("Industry partner", "Halvern Pharmaceuticals Ltd, 4 Wexley Court, Marlow Road, Reading RG2 7QP"),
                    ("NHS partner", "Northmoor Valley NHS Foundation Trust, Moorside Hospital, Castle Lane, Northmoor NV4 2JJ"),
                    ("Start / end", "Q2 2025 (April) to Q3 2026 (September); 18 months"),
                    ("Approval code", "HVN-UK-CW-0217, date of preparation February 2025")]),
            ("h1", "1. Why this work is needed"),
            ("p", "The cardiology directorate receives around 1,450 suspected heart failure referrals a year. All of them are "
                  "currently booked into consultant outpatient clinics, regardless of NT-proBNP level. Consultant capacity is "
                  "the binding constraint on the service and the directorate has been running a recurring waiting-list "
                  "initiative at premium rates since 2023."),
            ("h1", "2. Aims"),
            ("bul", ["Introduce a nurse-led virtual triage step for referrals with NT-proBNP between 400 and 2,000 ng/L.",
                     "Move appropriate follow-up to a specialist nurse clinic.",
                     "Reduce premium-rate waiting-list initiative sessions."]),
            ("h1", "3. Predicted benefits"),
            ("tbl", [["Who", "Expected benefit"],
                     ["Northmoor Valley NHS FT", "Releases an estimated 320 consultant clinic slots a year; removes the need for "
                      "waiting-list initiative sessions (c. GBP 96,000 a year); better use of specialist nurse skills."],
                     ["Halvern Pharmaceuticals Ltd", "Improved understanding of how diagnostic capacity constraints operate in a "
                      "district general hospital; learning to inform future collaborative projects."],
                     ["Patients", "As above."]]),
            ("h1", "4. How we will measure success"),
            ("tbl", [["Measure", "Baseline (2024/25)", "Target", "By", "Source"],
                     ["Consultant clinic slots used for HF triage per month", "121", "95 or fewer", "March 2026", "PAS activity extract"],
                     ["Referrals triaged through nurse-led virtual clinic", "0%", "60%", "June 2026", "Virtual clinic log"],
                     ["Waiting-list initiative sessions per quarter", "14", "0", "September 2026", "Directorate finance report"]]),
            ("h1", "5. Contributions"),
            ("p", "Halvern will fund a Band 7 heart failure specialist nurse for 18 months (GBP 78,400 including on-costs) and "
                  "provide project-management support from its Healthcare Partnerships team (about 0.1 WTE, in kind, "
                  "valued at GBP 9,000). The Trust will provide consultant supervision (2 PAs a week), clinic rooms, "
                  "IT and informatics time for the evaluation, valued at GBP 61,000."),
            ("h1", "6. Governance and team"),
            ("p", "A Joint Steering Group chaired by the Clinical Director for Medicine will meet every eight weeks. Members: "
                  "Dr Priya Anand (Trust clinical lead), Martin Oyelaran (Directorate Manager), Sasha Greaves (Healthcare "
                  "Partnerships Manager, Halvern) and Dr Lena Fairbrother (Medical Adviser, Halvern). Halvern's commercial and "
                  "sales staff will have no role in the project."),
            ("h1", "7. Information governance and confidentiality"),
            ("p", "The Trust remains data controller for all patient information. Halvern staff will not see patient records; "
                  "the evaluation will be shared with Halvern only as aggregated counts with small numbers suppressed. A DPIA "
                  "has been approved by the Trust's Caldicott Guardian. Both organisations will treat project papers and any "
                  "commercial information as confidential, subject to the Freedom of Information Act 2000."),
            ("h1", "8. Ending the project"),
            ("p", "Either partner may end the project by giving three months' written notice. The specialist nurse is employed "
                  "on a Trust fixed-term contract; on early termination or at the planned end, the nurse caseload returns to "
                  "consultant clinics and the Trust will decide through its business case process whether to fund the post "
                  "substantively from October 2026."),
            ("h1", "9. Publication"),
            ("p", "Halvern will publish an executive summary on its UK website before the project begins and both partners will "
                  "publish a summary of outcomes within six months of completion."),
            ("sig", [("Northmoor Valley NHS Foundation Trust", "Dr Priya Anand", "Clinical Lead, Cardiology"),
                     ("Halvern Pharmaceuticals Ltd", "Dr Lena Fairbrother", "Medical Adviser, Cardiovascular")]),
        ],
        overrides={"patient-benefit": "fail"},
        notes="patient-benefit fail: the only patients row in the benefits table reads 'As above.' and the rows above are "
              "Trust capacity/income and company learning; no direct patient benefit is stated anywhere (KPIs are service metrics).",
        keys=["Patients", "As above.", "Releases an estimated 320 consultant clinic slots", "three months' written notice"]))

    # ------------------------------------------------------------------ pb02 agreement, service benefits only
    out.append(doc(
        "t12a_02_diabetes_coding_agreement.pdf", "agreement", layout="ruled",
        header="Collaborative Working Agreement - Brackenridge GP Federation / Orrin Biopharma", footer="CWA/2025/07 - Page {page}",
        blocks=[
            ("title", "Collaborative Working Agreement", "Type 2 Diabetes Register Validation and Recall Project"),
            ("p", "THIS AGREEMENT is dated 14 March 2025 and is made BETWEEN:"),
            ("num", ["Brackenridge GP Federation Ltd (company number 09812277) whose registered office is at Unit 3, Tannery Yard, "
                     "Brackenridge BR1 4TT (the \"Federation\"); and",
                     "Orrin Biopharma UK Ltd (company number 04451190) whose registered office is at 80 Kingfisher Way, "
                     "Slough SL1 9AX (\"Orrin\")."]),
            ("h1", "1. Purpose"),
            ("p", "1.1 The parties will work together to validate the type 2 diabetes registers of the Federation's 14 member "
                  "practices and to establish a structured annual recall process run by Federation clinical pharmacists."),
            ("h1", "2. Expected benefits"),
            ("p", "2.1 The parties expect the Project to deliver the following benefits:"),
            ("bul", ["(a) for member practices: more accurate diabetes coding, recovery of Quality and Outcomes Framework points "
                     "(estimated at 180 points across the Federation) and associated income;",
                     "(b) for the Federation: a sustainable recall function that frees an estimated 1,100 GP appointments a year "
                     "and improves staff productivity;",
                     "(c) for Orrin: a better understanding of primary care workflow and of the data quality issues affecting "
                     "diabetes registers."]),
            ("h1", "3. Contributions"),
            ("tbl", [["Party", "Contribution", "Value"],
                     ["Orrin", "Funding for 1.0 WTE clinical pharmacist (12 months); project manager 0.2 WTE", "GBP 64,500"],
                     ["Federation", "Pharmacist supervision, search development, practice engagement, clinical governance", "GBP 41,200 (in kind)"]]),
            ("h1", "4. Measurement"),
            ("p", "4.1 Success will be measured by the Federation's data team at baseline (March 2025), six months and twelve "
                  "months: (i) proportion of patients on the register with a complete annual care-process record "
                  "(baseline 58%, target 80% by March 2026); (ii) number of miscoded records corrected (target 400); "
                  "(iii) QOF diabetes indicator achievement (target: upper quartile for the ICB by year-end)."),
            ("h1", "5. Governance"),
            ("p", "5.1 A Project Board comprising the Federation Clinical Director (chair), the Federation Head of Medicines "
                  "Optimisation and Orrin's Primary Care Partnerships Lead will meet monthly. No Orrin representative with "
                  "sales responsibilities will attend or receive project papers."),
            ("h1", "6. Data protection"),
            ("p", "6.1 Each member practice remains controller of its patients' records. The Federation acts as processor under "
                  "a data processing agreement. Orrin will not access clinical systems or any personal data and will receive "
                  "only anonymised, aggregated Federation-level results. The parties will comply with UK GDPR and the Data "
                  "Protection Act 2018."),
            ("h1", "7. Confidentiality"),
            ("p", "7.1 Confidentiality: standard terms apply."),
            ("h1", "8. Term and termination"),
            ("p", "8.1 This Agreement runs from 1 April 2025 to 31 March 2026. 8.2 Either party may terminate on 60 days' notice. "
                  "8.3 On termination the pharmacist post ends; recall lists and search protocols remain with the Federation "
                  "so that practices can continue recalls within existing staffing. 8.4 The parties will amend or stop the "
                  "Project if the PMCPA rules that it breaches the ABPI Code."),
            ("h1", "9. Publication and disclosure"),
            ("p", "9.1 Orrin will publish a summary of this Agreement on its website before the Project starts and will disclose "
                  "its payments on Disclosure UK. 9.2 Both parties will publish outcomes within six months of completion."),
            ("sig", [("Brackenridge GP Federation Ltd", "Dr Hamid Castellan", "Clinical Director"),
                     ("Orrin Biopharma UK Ltd", "Joanna Petrakis", "Director, Medical Affairs")]),
        ],
        overrides={"patient-benefit": "fail", "confidentiality": "warn"},
        notes="patient-benefit fail: clause 2 lists benefits for practices (coding, QOF points, income), the Federation "
              "(appointments freed, productivity) and Orrin (insight) only; nothing for patients. confidentiality warn: "
              "clause 7 is a bare 'standard terms apply'.",
        keys=["recovery of Quality and Outcomes Framework points", "Confidentiality: standard terms apply.",
              "Brackenridge GP Federation Ltd", "baseline 58%, target 80% by March 2026"]))

    # ------------------------------------------------------------------ pb03 ES, product uptake
    out.append(doc(
        "t12a_03_psoriasis_es.docx", "executive-summary",
        header="Executive Summary - Collaborative Working", footer="PLB-UK-0412 | Date of preparation: January 2025",
        blocks=[
            ("title", "Executive Summary", "Optimising the Biologic Psoriasis Pathway at Castlebridge University Hospitals"),
            ("kv", [("Partners", "Castlebridge University Hospitals NHS Trust and Pellbridge Pharma UK plc"),
                    ("Project period", "May 2025 to April 2026"),
                    ("Financial arrangements", "Pellbridge will contribute GBP 52,000 to fund a dermatology nurse specialist "
                     "(0.8 WTE, 12 months). The Trust will contribute consultant oversight, clinic space and pharmacy "
                     "homecare coordination, valued at GBP 38,000.")]),
            ("h2", "Background"),
            ("p", "Around 310 patients with moderate-to-severe psoriasis are under review by the Trust's dermatology service. "
                  "Many are eligible for advanced therapies under NICE technology appraisals but remain on conventional "
                  "systemic treatment because of limited nurse capacity for screening and initiation."),
            ("h2", "Objectives and expected benefits"),
            ("bul", ["Patients: more eligible patients will be started on Pellbridge's IL-23 inhibitor Zelvanor, the most "
                     "effective option for long-lasting skin clearance, with a target of 90 new Zelvanor initiations.",
                     "NHS: screening clinic capacity doubled; reduced time spent by consultants on routine initiation.",
                     "Pellbridge: greater awareness of Zelvanor among the dermatology team and insight into the initiation pathway."]),
            ("h2", "Data"),
            ("p", "The Trust will remain data controller. Pellbridge will receive only aggregated, anonymised numbers of patients "
                  "screened and initiated; no patient-identifiable data will be shared."),
            ("h2", "Publication"),
            ("p", "This summary is published on Pellbridge's UK website before the project starts. A summary of outcomes will be "
                  "published by both partners within six months of completion."),
        ],
        es_data=True,
        overrides={"patient-benefit": "fail", "promotional-language": "fail"},
        notes="patient-benefit fail: the only patient 'benefit' is being started on the company's product (target of 90 "
              "new Zelvanor initiations). promotional-language fail: brand name with a superlative claim ('the most "
              "effective option') and project linked to initiations of the company's medicine. data-protection applies "
              "because the ES describes data sharing; it passes (aggregated anonymised only).",
        keys=["more eligible patients will be started on Pellbridge's IL-23 inhibitor Zelvanor", "GBP 52,000",
              "no patient-identifiable data will be shared"]))

    # ------------------------------------------------------------------ pb04 CF, system savings + N/A
    out.append(doc(
        "t12a_04_copd_rescue_pack_concept.pdf", "concept-framework", layout="twocol",
        header="Harrowdale and Fenmouth ICB - Project Concept Framework", footer="Draft for go/no-go - page {page}",
        blocks=[
            ("title", "Project Concept Framework", "COPD Rescue Pack Stewardship - Harrowdale and Fenmouth"),
            ("h1", "Partner organisations"),
            ("p", "Harrowdale and Fenmouth Integrated Care Board (Medicines Optimisation Team); Mereside Health Sciences UK Ltd. "
                  "Stakeholders: the six primary care networks in the Fenmouth locality, the community respiratory team."),
            ("h1", "Purpose"),
            ("p", "Prescribing of COPD rescue packs (oral steroid plus antibiotic) in Fenmouth is 38% above the national average per "
                  "registered COPD patient. Many packs are issued repeatedly without review. The ICB wishes to introduce a "
                  "stewardship protocol supported by community pharmacists."),
            ("h1", "Objectives and intended benefits"),
            ("p", "For the ICB: reduced spend on oral corticosteroids and antibiotics (estimated GBP 41,000 a year across the "
                  "locality); cost avoidance from fewer unplanned admissions (modelled at GBP 120,000 a year); better "
                  "alignment with antimicrobial stewardship targets set by the region."),
            ("p", "For Mereside: insight into community stewardship models and relationships with primary care networks."),
            ("p", "For patients: N/A - this is a service redesign project."),
            ("h1", "Budget and resources"),
            ("p", "ICB: medicines optimisation pharmacist 0.4 WTE for 12 months (GBP 24,000), informatics support, "
                  "PCN engagement. Mereside: as required."),
            ("h1", "Timing"),
            ("p", "Anticipated start Q3 2025; length 12 months."),
            ("h1", "Preliminary check"),
            ("p", "The partners have reviewed the proposal against the ABPI Code requirements for collaborative working. Mereside's "
                  "respiratory products are not part of the protocol, and the project will not involve promotional "
                  "activity. Mereside's Medical Affairs team would lead for the company."),
            ("h1", "Decision"),
            ("p", "Go-ahead to develop a PID: approved in principle by the ICB Medicines Optimisation Committee on 9 April 2025, "
                  "subject to confirmation of the company contribution."),
        ],
        overrides={"patient-benefit": "fail", "resource-contributions": "fail"},
        notes="patient-benefit fail: benefits are system savings and cost avoidance (ICB) and insight (company); the patients "
              "line reads 'N/A - this is a service redesign project'. resource-contributions fail: Mereside's contribution "
              "is 'as required' and still to be confirmed.",
        keys=["For patients: N/A - this is a service redesign project.", "Mereside: as required.",
              "cost avoidance from fewer unplanned admissions"]))

    # ------------------------------------------------------------------ pb05 PID, benefits from earlier pilot only
    out.append(doc(
        "t12a_05_ckd_phase2_pid.pdf", "pid", layout="plain",
        header="OFFICIAL - Kelsworth Community Health NHS Trust", footer="CKD Case-Finding Phase 2 PID v0.9 - page {page}",
        blocks=[
            ("title", "CKD Case-Finding Phase 2 (Kelsworth)", "Project Initiation Document - collaborative working with Tarrant Life Sciences Ltd"),
            ("h1", "1 Background"),
            ("p", "Phase 1 (2022-2023) ran in four practices in north Kelsworth. The Phase 1 evaluation reported that 212 patients "
                  "with previously unrecognised stage 3 chronic kidney disease were identified, that 87% of them had a "
                  "medication review within three months and that the proportion with blood pressure at target rose from "
                  "44% to 61%. Patients told us that they valued a single point of contact."),
            ("p", "Phase 2 will not repeat case-finding. It will build a district-wide CKD data dashboard and train the community "
                  "renal nursing team to use it, so that the Trust can plan its workforce against the expected CKD register."),
            ("h1", "2 Objectives"),
            ("num", ["Build and validate a CKD population dashboard across 31 practices by December 2025.",
                     "Train 14 community renal nurses and 6 practice leads to use the dashboard by February 2026.",
                     "Produce a workforce model for community renal nursing for 2026-2029 by March 2026."]),
            ("h1", "3 Expected outcomes"),
            ("tbl", [["Partner", "Anticipated benefit"],
                     ["Kelsworth Community Health NHS Trust", "Workforce plan grounded in population data; dashboard owned by the Trust; "
                      "reduced analyst time for monthly reporting (approx. 3 days a month)."],
                     ["Tarrant Life Sciences Ltd", "Learning about population-health tooling in community trusts; opportunity to "
                      "co-author a service evaluation."]]),
            ("h1", "4 Measures"),
            ("tbl", [["Measure", "Baseline", "Target", "Date", "Data source"],
                     ["Practices feeding the dashboard", "4", "31", "Dec 2025", "Dashboard audit log"],
                     ["Staff trained and signed off", "0", "20", "Feb 2026", "Training register"],
                     ["Analyst days per month on CKD reporting", "5", "2", "Mar 2026", "BI team timesheets"]]),
            ("h1", "5 Resources"),
            ("p", "Tarrant: GBP 47,000 towards a fixed-term data analyst (Band 6, 12 months) and dashboard licence. Trust: renal "
                  "nurse consultant time (0.2 WTE), BI team support, training venues; estimated GBP 35,500."),
            ("h1", "6 Project team and contacts"),
            ("tbl", [["Name", "Organisation", "Role in project"],
                     ["Ruth Mbeki", "Kelsworth Community Health", "Senior Responsible Owner"],
                     ["Calum Hartigan", "Kelsworth Community Health", "Project manager"],
                     ["Dr Anjali Menon", "Tarrant Life Sciences", "Medical Science Liaison - steering group member"],
                     ["Owen Redfearn", "Tarrant Life Sciences", "Key Account Manager - contact for invoices only; not a project team member"]]),
            ("h1", "7 Information governance"),
            ("p", "The dashboard will sit on the Trust's secure data platform. The Trust is the data controller; practices share "
                  "pseudonymised extracts under an existing data sharing agreement. Tarrant will have no access to the "
                  "dashboard or to any person-level data. A DPIA was signed off on 2 June 2025."),
            ("h1", "8 Confidentiality"),
            ("p", "Project documents, the workforce model and any commercial information exchanged are confidential to the "
                  "partners, except where disclosure is required by law, including FOI requests to the Trust."),
            ("h1", "9 Exit and continuity"),
            ("p", "The partners may bring the project to an end early by mutual agreement or on 90 days' notice from either side. "
                  "The dashboard and all code are Trust property and will continue to run after the project. The analyst post "
                  "is fixed-term and will end with the project; monthly reporting then passes to the Trust BI team."),
            ("h1", "10 Transparency"),
            ("p", "Tarrant will publish an executive summary before the start date; both parties will publish outcomes within six "
                  "months of completion, and Tarrant will disclose the funding on Disclosure UK."),
        ],
        overrides={"patient-benefit": "fail", "sales-roles": "warn"},
        notes="patient-benefit fail: the patient benefits quoted (212 patients identified, BP at target 44% to 61%) belong to "
              "the earlier Phase 1 pilot; the Phase 2 expected outcomes list only Trust workforce/analyst benefits and company "
              "learning. sales-roles warn: a Key Account Manager is named as a contact (invoices only, explicitly not in the team).",
        keys=["Phase 2 will not repeat case-finding", "Key Account Manager", "Tarrant will have no access to the dashboard"]))

    # ------------------------------------------------------------------ pb06 agreement, benefit only in title; MO warn; sales fail
    out.append(doc(
        "t12a_06_improving_outcomes_hf_agreement.docx", "agreement",
        header="Joint Working Agreement - CONFIDENTIAL", footer="JWA Fenmouth HF / Solvane - execution version",
        blocks=[
            ("title", "Improving Outcomes for People Living with Heart Failure in Fenmouth", "Joint Working Agreement"),
            ("p", "This Agreement is made on 2 June 2025 between Fenmouth and District Hospitals NHS Foundation Trust, Fenmouth "
                  "General Hospital, Quay Road, Fenmouth FM2 8RE (the \"Trust\") and Solvane Medical UK Ltd, registered in "
                  "England no. 07730412, 1 Riverside Walk, Cambridge CB4 1YZ (\"Solvane\")."),
            ("h1", "Clause 1 - Scope"),
            ("p", "1.1 The Trust will set up a heart failure optimisation hub staffed by a pharmacist prescriber and a specialist "
                  "nurse. 1.2 The hub will accept referrals from cardiology and from primary care."),
            ("h1", "Clause 2 - Benefits"),
            ("p", "2.1 The Trust anticipates more efficient use of consultant time and a reduction in avoidable follow-up "
                  "appointments. 2.2 Solvane anticipates insight into heart failure service models, stronger relationships with "
                  "NHS cardiology teams and access to anonymised service-level data to inform its understanding of the market."),
            ("h1", "Clause 3 - Contributions"),
            ("p", "3.1 Solvane will pay the Trust GBP 88,000 in two instalments (July 2025 and January 2026) to fund the pharmacist "
                  "prescriber post. 3.2 The Trust will provide the specialist nurse (0.6 WTE), hub accommodation, consultant "
                  "supervision and administrative support, valued at GBP 72,000."),
            ("h1", "Clause 4 - Governance"),
            ("p", "4.1 A Joint Project Board will oversee delivery, comprising the Trust Lead Cardiologist (chair), the Trust "
                  "Lead Pharmacist for Cardiology, Solvane's Medical Science Liaison and Solvane's Regional Business Manager "
                  "for the East. 4.2 The Board will meet quarterly."),
            ("h1", "Clause 5 - Evaluation"),
            ("p", "5.1 Outcomes will be monitored throughout the project and reported to the Joint Project Board. 5.2 A final "
                  "report will be produced at the end of the project."),
            ("h1", "Clause 6 - Data protection"),
            ("p", "6.1 The Trust is the data controller. 6.2 No personal data will be disclosed to Solvane. 6.3 The parties will "
                  "comply with the UK GDPR and the Data Protection Act 2018; the Trust has completed a DPIA."),
            ("h1", "Clause 7 - Confidential information"),
            ("p", "7.1 Each party will keep confidential any information of the other marked or reasonably understood to be "
                  "confidential, subject to the Trust's duties under the Freedom of Information Act 2000."),
            ("h1", "Clause 8 - Duration and exit"),
            ("p", "8.1 Term: 1 July 2025 to 30 June 2026. 8.2 Either party may terminate on three months' notice, or immediately "
                  "following a PMCPA ruling of a breach of the ABPI Code. 8.3 On expiry or termination, patients under the hub "
                  "will be discharged to primary care or returned to cardiology follow-up according to a handover plan agreed "
                  "by the Lead Cardiologist; the pharmacist post will be funded by the Trust or will end."),
            ("h1", "Clause 9 - Publication"),
            ("p", "9.1 Solvane will publish a summary of this Agreement on its UK website before the start date and will disclose "
                  "payments on Disclosure UK. 9.2 Outcomes will be published by both parties within six months of the end date."),
            ("sig", [("Fenmouth and District Hospitals NHS Foundation Trust", "Carole Ashdown", "Chief Operating Officer"),
                     ("Solvane Medical UK Ltd", "Dr Femi Okonjo", "UK Medical Director")]),
        ],
        overrides={"patient-benefit": "fail", "measurable-outcomes": "warn", "sales-roles": "fail"},
        notes="patient-benefit fail: 'improving outcomes for people' appears only in the title; clause 2 lists Trust "
              "efficiency and company insight/relationships/data. measurable-outcomes warn: clause 5 says only that "
              "outcomes will be monitored and reported - no measures, numbers, baselines or dates. sales-roles fail: "
              "Solvane's Regional Business Manager sits on the Joint Project Board.",
        keys=["Improving Outcomes for People Living with Heart Failure in Fenmouth", "Regional Business Manager",
              "Outcomes will be monitored throughout the project"]))

    # ------------------------------------------------------------------ pb07 outcomes summary, see section 2; internal
    out.append(doc(
        "t12a_07_af_register_outcomes.docx", "outcomes-summary",
        header="Summary of Project Outcomes", footer="Wexcombe Primary Care Alliance CIC | Calverley Therapeutics UK Ltd | v1.0",
        blocks=[
            ("title", "Summary of Project Outcomes", "Atrial Fibrillation Register Improvement - Wexcombe"),
            ("kv", [("Partners", "Wexcombe Primary Care Alliance CIC; Calverley Therapeutics UK Ltd"),
                    ("Project dates", "1 September 2023 - 31 August 2024"),
                    ("Report date", "18 December 2024"),
                    ("Distribution", "Internal - not for publication")]),
            ("h1", "1. Summary"),
            ("p", "The project reviewed the atrial fibrillation registers of nine Alliance practices, corrected coding and set up a "
                  "quarterly search so that practices can keep registers accurate."),
            ("h1", "2. Background"),
            ("p", "At the outset, Wexcombe's recorded AF prevalence was 1.6% against an expected 2.4%. An estimated 640 people with "
                  "AF were not on a register, and of those on the register around a quarter with a CHA2DS2-VASc score of 2 or "
                  "more had no record of an anticoagulation discussion. Undiagnosed and under-treated AF is a leading cause of "
                  "avoidable stroke."),
            ("h1", "3. What was achieved"),
            ("tbl", [["Indicator", "Start (Sep 2023)", "End (Aug 2024)"],
                     ["Practices with validated AF register", "0 of 9", "9 of 9"],
                     ["Records with AF code corrected or added", "-", "517"],
                     ["Recorded AF prevalence", "1.6%", "2.1%"],
                     ["Practices running the quarterly search", "0", "8"]]),
            ("h1", "4. Benefits"),
            ("kv", [("Practices", "More accurate registers; QOF AF indicators improved in eight of nine practices."),
                    ("Alliance", "A reusable search and validation method, now offered to two neighbouring federations."),
                    ("Calverley", "Understanding of data-quality barriers in primary care."),
                    ("Patients", "See section 2.")]),
            ("h1", "5. Contributions"),
            ("p", "Calverley funded a pharmacy technician (GBP 29,800). The Alliance provided pharmacist oversight and practice "
                  "liaison (GBP 18,000 in kind)."),
            ("h1", "6. Lessons learned"),
            ("bul", ["Practice engagement was strongest where a named GP champion was identified early.",
                     "Coding fixes should be paired with a standing search, otherwise drift returns within months."]),
        ],
        overrides={"patient-benefit": "fail", "transparency": "fail"},
        notes="patient-benefit fail: the Patients row says 'See section 2.', which is the background describing the problem "
              "(under-diagnosis, stroke risk); no benefit to patients is reported, only coding/QOF/method/company benefits. "
              "transparency fail: marked 'Internal - not for publication' with no publication commitment. "
              "measurable-outcomes pass: start/end table with numbers.",
        keys=["See section 2.", "Internal - not for publication", "Recorded AF prevalence", "517"]))

    # ------------------------------------------------------------------ pb08 ES, "improved outcomes"
    out.append(doc(
        "t12a_08_osteoporosis_fls_es.pdf", "executive-summary", layout="ruled",
        header="Summary of Collaborative Working Arrangement", footer="CAL-CW-0093 | January 2025 | page {page}",
        blocks=[
            ("title", "Fracture Liaison Service Expansion - Ashbury", "Summary of the collaborative working arrangement between Ashbury "
             "Metropolitan Borough Council (Public Health), Ashbury Teaching Hospitals NHS Trust and Calverley Therapeutics UK Ltd"),
            ("h1", "Project rationale"),
            ("p", "Ashbury's fracture liaison service currently covers hip fractures only. Vertebral and wrist fragility fractures "
                  "are not routinely followed up, and the service has one part-time nurse."),
            ("h1", "Objectives"),
            ("bul", ["Extend the service to non-hip fragility fractures presenting to the fracture clinic.",
                     "Introduce a standard referral template between the fracture clinic and the service.",
                     "Provide a service model the Council and Trust can use for a future commissioning decision."]),
            ("h1", "Expected benefits"),
            ("tbl", [["For", "Benefit"],
                     ["Ashbury Teaching Hospitals NHS Trust", "A fracture liaison service that meets national service standards; "
                      "improved throughput in fracture clinic; reduced duplication between orthopaedics and rheumatology."],
                     ["Ashbury MBC Public Health", "Evidence to inform the falls and bone health commissioning strategy for 2026-2029."],
                     ["Calverley Therapeutics UK Ltd", "Understanding of how fracture liaison services operate across health and "
                      "local government; opportunity to support a joint evaluation."],
                     ["Patients", "Improved outcomes."]]),
            ("h1", "Project period"),
            ("p", "Planned start: July 2025. Planned completion: June 2027."),
            ("h1", "Financial and in-kind arrangements"),
            ("p", "Calverley: GBP 96,000 over two years to fund a Band 6 fracture liaison nurse. Trust: consultant rheumatologist "
                  "sessions, clinic space and DEXA access (c. GBP 70,000). Council: public health analyst time and evaluation "
                  "support (c. GBP 15,000)."),
            ("h1", "Publication"),
            ("p", "Calverley publishes this summary on its UK corporate website before the project begins. The partners intend to "
                  "publish the project outcomes within six months of completion."),
        ],
        overrides={"patient-benefit": "warn"},
        notes="patient-benefit warn: the patients row reads only 'Improved outcomes.' - present but vague; every concrete "
              "benefit is for the Trust, Council or company. data-protection n/a: the ES does not mention patient data or "
              "data sharing.",
        keys=["Improved outcomes.", "GBP 96,000 over two years", "Ashbury Metropolitan Borough Council"]))
    return out
