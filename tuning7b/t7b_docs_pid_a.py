"""tuning7b PIDs 01-04."""


def pid_01():
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "Breathe Easier Tamarside: COPD review and optimisation in primary care | v1.3 | 12 March 2026"),
        ("kv", [
            ("Project name", "Breathe Easier Tamarside"),
            ("Partners", "NHS Tamarside Integrated Care Board (ICB) and Brennack Pharma UK Ltd"),
            ("Type of arrangement", "Collaborative working under Clause 20 of the ABPI Code of Practice"),
            ("ICB lead", "Helen Marsh-Oduya, Programme Manager, Long Term Conditions"),
            ("Company lead", "Dr Tomasz Wren, Head of Medical Partnerships, Brennack Pharma UK Ltd"),
            ("Planned start / end", "1 May 2026 to 30 April 2027 (12 months)"),
            ("Document status", "Approved by ICB Medicines Optimisation Group 4 March 2026"),
        ]),
        ("h", "1. Why this matters"),
        ("p", "Around 9,400 people on Tamarside practice registers have COPD and roughly a third have not had a structured "
              "review in the last 15 months. People who miss reviews are more likely to end up in A&E in the winter. "
              "This project puts a respiratory pharmacist and nurse into 14 practices so that patients get a proper review, "
              "a checked inhaler technique, an up-to-date self-management plan and a referral to pulmonary rehab where it "
              "is appropriate. For patients that should mean fewer flare-ups, fewer hospital stays and more confidence "
              "in managing their own condition."),
        ("h", "2. Objectives"),
        ("bul", [
            "Offer a structured COPD review to every patient who has not had one in 15 months across the 14 practices.",
            "Check and correct inhaler technique at every review, whatever device the patient uses.",
            "Increase referrals to pulmonary rehabilitation for eligible patients (MRC grade 3 and above).",
            "Leave practices with a repeatable review template and trained staff.",
        ]),
        ("p", "All treatment decisions stay with the patient's GP or practice clinician and follow the ICB respiratory "
              "guideline and NICE guidance. The project is product-neutral."),
        ("h", "3. Measures of success"),
        ("table", [
            ["KPI", "Baseline (source, date)", "Target by Apr 2027", "Data source"],
            ["% of COPD register reviewed in last 15 months", "64% (QOF extract, Dec 2025)", "85%", "EMIS searches, monthly"],
            ["Inhaler technique checked and recorded", "22% (audit of 300 records, Jan 2026)", "90% of reviewed patients", "Template code audit"],
            ["Pulmonary rehab referrals (eligible patients)", "31 per quarter (Q3 2025/26)", "60 per quarter", "Rehab service referral log"],
            ["COPD emergency admissions, 14 practices", "412 (Apr 2024 - Mar 2025, SUS)", "10% reduction", "SUS via ICB BI team"],
        ]),
        ("p", "The ICB business intelligence team will produce the quarterly KPI dashboard; the steering group reviews it "
              "at months 3, 6, 9 and 12."),
        ("h", "4. Who puts in what"),
        ("table", [
            ["Party", "Contribution", "Approx. value"],
            ["NHS Tamarside ICB", "Programme manager 0.2 WTE; BI analyst 2 days/month; clinical lead 4 hours/month; "
             "practice rooms and clinical system access via practices", "£31,500 (in kind)"],
            ["Brennack Pharma UK Ltd", "Funding for 1.0 WTE Band 7 respiratory nurse (fixed-term, employed by Tamarside "
             "Community Health CIC); project management support 3 days/month from Medical Partnerships; evaluation write-up",
             "£68,000 cash + £14,000 in kind"],
        ]),
        ("h", "5. Governance"),
        ("bul", [
            "Joint steering group: ICB programme manager (chair), ICB clinical lead for respiratory, practice representative, "
            "Brennack Head of Medical Partnerships, Brennack medical affairs manager.",
            "No Brennack commercial or sales staff sit on the steering group or take part in delivery, and none will visit "
            "practices in connection with this project.",
            "Meets monthly for the first quarter and then every other month.",
        ]),
        ("h", "6. Information governance and confidentiality"),
        ("p", "Patient records are accessed only by the project nurse and practice staff under the practices' existing "
              "arrangements. Each practice remains data controller. A DPIA has been completed by the ICB Data Protection "
              "Officer (ref. DPIA-TAM-2026-017). Brennack receives only anonymised, aggregated figures at practice-group "
              "level; it will never see patient-identifiable information. Both parties will keep each other's project "
              "papers, costings and unpublished results confidential, subject to the ICB's duties under the Freedom of "
              "Information Act 2000."),
        ("h", "7. Sustainability and end of project"),
        ("p", "From month 9 the ICB will use the KPI dashboard to decide whether to commission structured COPD reviews through "
              "the PCN enhanced service from April 2027. If it does, the review template, training pack and searches transfer "
              "to the PCNs and the nurse role is offered as a PCN-funded post. If it does not, patients go back to their "
              "practice's usual annual review and the fixed-term nurse contract ends on 30 April 2027 with no ongoing cost to "
              "the company or the ICB. Either partner can pull out early on 60 days' written notice; patients part-way "
              "through a review will be finished by their practice."),
        ("h", "8. Publication"),
        ("p", "Brennack will publish an executive summary of the agreement on its UK collaborative working web page before the "
              "start date. Both partners will publish a summary of outcomes within six months of the end date, and Brennack "
              "will disclose its contribution through Disclosure UK."),
        ("h", "9. Risks"),
        ("table", [
            ["Risk", "Mitigation"],
            ["Nurse recruitment delayed", "Start date moves; funding profile adjusted by amendment"],
            ["Practice capacity over winter", "Clinics booked for Oct-Nov in advance"],
        ]),
        ("sig", [("NHS Tamarside Integrated Care Board", "Helen Marsh-Oduya", "Programme Manager"),
                 ("Brennack Pharma UK Ltd", "Dr Tomasz Wren", "Head of Medical Partnerships")]),
        ("sub", "Job code: BRN-UK-CW-0412 | Date of preparation: March 2026"),
    ]
    return dict(file="t7b_pid_01_copd_reviews.docx", type="pid",
                meta=dict(header="OFFICIAL | Breathe Easier Tamarside PID v1.3", footer="NHS Tamarside ICB / Brennack Pharma UK Ltd"),
                blocks=blocks,
                outcomes=dict(),
                notes="All pass. Exit stated indirectly as a sustainability/end-of-project section: commissioning decision, "
                      "post ends or moves to PCN, patients back to usual annual review, 60 days' notice. KPI table with "
                      "baselines, targets, sources. Patient benefit in 'Why this matters'.")


def pid_02():
    blocks = [
        ("title", "Heart Failure at Home: Project Initiation Document"),
        ("sub", "Kestrel Bay Community Health NHS Trust with Ostlund Biosciences UK Limited. Version 0.9 draft for steering group, 20 January 2026"),
        ("h", "Background"),
        ("p", "Patients with heart failure in the Kestrel Bay locality wait on average 11 weeks for a specialist nurse review after "
              "discharge. Many are readmitted before they are seen. The Trust and Ostlund want to test a virtual ward style "
              "model where a community heart failure nurse phones patients within 72 hours of discharge and sees them at home "
              "within two weeks."),
        ("h", "What patients should get out of it"),
        ("bul", [
            "Contact from a specialist nurse within three days of leaving hospital instead of waiting weeks.",
            "Medicines reviewed and titrated at home by the community team, in line with NICE NG106.",
            "A named nurse to ring if symptoms get worse, which should mean fewer emergency readmissions.",
        ]),
        ("h", "Scope"),
        ("p", "Adults discharged from Kestrel Bay General Hospital with a primary diagnosis of heart failure who live in the "
              "Trust's catchment. Patients in care homes are included. Palliative patients under the hospice team are out of scope."),
        ("h", "Outcomes"),
        ("p", "The steering group will keep an eye on how the service is going and the project should improve the patient "
              "journey after discharge. Outcomes will be monitored throughout and reported in the final evaluation, "
              "including feedback from patients and staff."),
        ("h", "Resources"),
        ("kv", [
            ("Trust", "Heart failure nurse consultant (0.2 WTE supervision), community clinic space, admin 0.4 WTE, "
                      "access to SystmOne reporting. Valued at approx. £27,000."),
            ("Ostlund Biosciences UK Limited", "£54,000 to fund a Band 6 community heart failure nurse for 12 months; "
                      "project manager (Medical Affairs) 2 days per month; patient leaflet design (non-branded)."),
        ]),
        ("h", "Project team"),
        ("table", [
            ["Name", "Organisation", "Role on project"],
            ["Sian Aberley", "Kestrel Bay Community Health NHS Trust", "Project sponsor, Associate Director of Nursing"],
            ["Dr Faisal Quraishi", "Kestrel Bay Community Health NHS Trust", "Clinical lead, cardiology"],
            ["Marta Lindqvist", "Ostlund Biosciences UK Limited", "Partnerships Manager, Medical Affairs"],
            ["Owen Trelawny", "Ostlund Biosciences UK Limited", "Medical Science Liaison"],
        ]),
        ("p", "Ostlund's sales colleagues have no role in this project and will not be given any information about it."),
        ("h", "Data and confidentiality"),
        ("p", "The Trust is the data controller. Patient data stays on the Trust's clinical systems and is processed in line with "
              "UK GDPR and the Data Protection Act 2018; a DPIA has been submitted to the Trust IG team. Ostlund will receive "
              "anonymised, aggregated monthly figures only. All project documents, including budget information and draft "
              "reports, are confidential to the partners unless both agree otherwise or the Trust must disclose under FOI."),
        ("h", "Exit strategy"),
        ("p", "TBC - to be drafted by the project manager before sign-off."),
        ("h", "Publication and transparency"),
        ("p", "A summary of the agreement will go on Ostlund's website before the first patient is seen. The outcomes summary will "
              "be published by both organisations within 6 months of the project closing, and payments will be reported on "
              "Disclosure UK."),
        ("h", "Timeline"),
        ("table", [
            ["Milestone", "Date"],
            ["Nurse in post", "April 2026"],
            ["First patient contacted", "May 2026"],
            ["Interim review", "November 2026"],
            ["Project end", "April 2027"],
        ]),
    ]
    return dict(file="t7b_pid_02_heart_failure_home.pdf", type="pid",
                meta=dict(header="OFFICIAL-SENSITIVE: draft", header_right="Heart Failure at Home PID v0.9",
                          footer="Kestrel Bay Community Health NHS Trust / Ostlund Biosciences UK Limited", two_col=True,
                          ruled=False),
                blocks=blocks,
                outcomes={"exit-strategy": "fail", "measurable-outcomes": "warn"},
                notes="exit-strategy fail: 'Exit strategy' heading whose body is only 'TBC'; the timeline's project end date is "
                      "not an exit plan. measurable-outcomes warn: outcomes only qualitative ('monitored throughout', 'improve "
                      "the patient journey'); the 72h/2-week aims sit in background text, not as KPIs with baselines/targets.")


def pid_03():
    blocks = [
        ("title", "PROJECT INITIATION DOCUMENT"),
        ("sub", "Kidney health checks in type 2 diabetes - Ashgrove & Milnthorpe GP Federation Ltd and Halvern Therapeutics Ltd"),
        ("kv", [
            ("Project title", "Ashgrove Kidney Check"),
            ("Version / date", "2.0 / 9 February 2026"),
            ("Lead NHS organisation", "Ashgrove & Milnthorpe GP Federation Ltd (on behalf of its 11 member practices)"),
            ("Industry partner", "Halvern Therapeutics Ltd"),
            ("Duration", "June 2026 - May 2027"),
        ]),
        ("h", "1 Purpose"),
        ("p", "Practices in the federation under-record urine albumin:creatinine ratio (uACR) for people with type 2 diabetes. "
              "The project will run federation-wide searches, add a uACR reminder to the annual diabetes review and provide "
              "a phlebotomy/HCA session per week per practice cluster to catch up on missing tests."),
        ("h", "2 Expected benefits"),
        ("table", [
            ["For", "Benefit"],
            ["Patients", "N/A - this phase is about clinic efficiency and coding."],
            ["Federation / practices", "Fewer wasted appointments; cleaner coding for QOF; HCA time used more efficiently"],
            ["Halvern Therapeutics Ltd", "Understanding of how federations organise long-term condition recall"],
        ]),
        ("h", "3 Objectives and measures"),
        ("table", [
            ["Objective", "Measure", "Baseline", "Target", "When"],
            ["Increase uACR recording", "% of T2DM register with uACR in last 12 months", "41% (Jan 2026)", "70%", "May 2027"],
            ["Reduce repeat appointments for missed tests", "Number of recall appointments per month", "~380", "<250", "Feb 2027"],
            ["Coding accuracy", "% CKD stage coded where eGFR/uACR indicates", "58%", "80%", "May 2027"],
        ]),
        ("p", "Data source: federation EMIS Enterprise searches run monthly by the federation data lead."),
        ("h", "3a Contributions"),
        ("bul", [
            "Federation: data lead 1 day/week, practice manager time for recall, clinic rooms, HCA supervision (approx. £22,400 in kind).",
            "Halvern Therapeutics Ltd: £39,000 towards HCA sessions; project manager from the Halvern partnerships team (2 days/month); "
            "search template design support.",
        ]),
        ("h", "4 Governance"),
        ("p", "Monthly project board: federation clinical director (chair), federation data lead, Halvern partnerships manager and "
              "Halvern medical adviser. No Halvern sales representatives or key account managers are involved in the project."),
        ("h", "5 Information governance"),
        ("kv", [
            ("Data controller", "Each member practice for its own patients; federation acts as processor under existing data sharing agreement"),
            ("Legal basis", "UK GDPR Article 6(1)(e) and 9(2)(h); Data Protection Act 2018"),
            ("What the company sees", "Aggregated counts by federation only - no patient-level or practice-identifiable data"),
            ("Confidentiality arrangements", "N/A"),
        ]),
        ("h", "6 Closing the project"),
        ("p", "The HCA sessions are time-limited. In month 10 the federation board decides whether the uACR reminder stays in the "
              "template. If the board does not adopt it, the searches are switched off, the extra HCA sessions stop at the end of "
              "May 2027 and patients carry on being recalled through the normal annual review. Halvern funding stops on the "
              "end date and can be ended sooner by either side giving three months' notice."),
        ("h", "7 Publication"),
        ("p", "Halvern will post an executive summary on its website before the project starts and both parties will publish the "
              "outcomes within six months of completion."),
        ("sig", [("Ashgrove & Milnthorpe GP Federation Ltd", "Dr Rhiannon Pask", "Clinical Director"),
                 ("Halvern Therapeutics Ltd", "Graham Oyelaran", "Partnerships Director")]),
    ]
    return dict(file="t7b_pid_03_kidney_check.docx", type="pid",
                meta=dict(header="Ashgrove Kidney Check PID v2.0", footer="Ashgrove & Milnthorpe GP Federation Ltd"),
                blocks=blocks,
                outcomes={"patient-benefit": "fail", "confidentiality": "fail"},
                notes="patient-benefit fail: benefits table says Patients 'N/A'; only efficiency/coding benefits are claimed. "
                      "confidentiality fail: 'Confidentiality arrangements: N/A' placeholder; the DP rows cover data protection "
                      "only and the footer label is not an arrangement. Exit passes (decommissioning of searches/HCA sessions, "
                      "patients back to normal recall, 3 months' notice).")


def pid_04():
    blocks = [
        ("title", "Asthma Right Care Clinics - Project Initiation Document"),
        ("sub", "Northmere Hospitals University NHS Foundation Trust and Marisco Healthcare UK Ltd | PID v1.1 | approved 2 February 2026"),
        ("h", "1. Summary"),
        ("p", "Nurse-led clinics in three secondary schools' catchment practices and the Trust's paediatric outpatient service for "
              "children and young people (aged 5-17) whose asthma is poorly controlled. Clinics run on Saturday mornings and after "
              "school so families do not lose school or work time."),
        ("h", "2. A family we have in mind"),
        ("p", "Jayden is 11 and has been to A&E three times this year. His mum works shifts and struggles to get to weekday "
              "appointments. Nobody has checked how he uses his spacer since he was seven. In a Saturday clinic the nurse checks "
              "his technique, agrees a written asthma action plan with him and his mum, sends a copy to his school and books a "
              "follow-up call. The aim is that Jayden gets through the winter without another emergency visit."),
        ("h", "3. Objectives and KPIs"),
        ("table", [
            ["Indicator", "Baseline 2024/25", "Target 2026/27", "Source"],
            ["Children with a written asthma action plan", "38%", "80%", "Trust audit + practice searches, quarterly"],
            ["Paediatric asthma A&E attendances (catchment)", "296 per year", "220 per year", "Trust ED system"],
            ["Inhaler technique assessed in last 12 months", "27%", "85%", "Clinic template data"],
            ["Clinic DNA rate", "19%", "10%", "PAS"],
        ]),
        ("h", "4. Partner contributions"),
        ("table", [
            ["Northmere Hospitals University NHS Foundation Trust", "Marisco Healthcare UK Ltd"],
            ["Paediatric asthma nurse specialist 0.3 WTE; consultant paediatrician oversight 1 PA/week; outpatient rooms on "
             "Saturdays; data analyst 3 days/quarter. In kind value £41,200.",
             "£62,500 to fund 0.6 WTE Band 6 children's nurse and clinic admin; medical affairs project lead 2 days/month; "
             "independent evaluation by Coldharbour University (£8,000)."],
        ]),
        ("h", "5. Governance and roles"),
        ("bul", [
            "Steering group chaired by the Trust's Divisional Director for Children's Services. Members: clinical lead, "
            "nurse specialist, Trust IG lead (as needed), Marisco medical affairs project lead, Marisco MSL.",
            "Marisco's field sales force and brand team are excluded from all project meetings and materials.",
            "Clinical decisions, including choice of inhaler, rest with Trust clinicians and follow the BTS/SIGN/NICE guideline.",
        ]),
        ("h", "6. Data protection"),
        ("p", "The Trust is sole data controller. Data used for the evaluation is pseudonymised within the Trust and passed to "
              "Coldharbour University under a data processing agreement. Marisco will only see aggregated, anonymous outcome "
              "tables. Lawful basis and safeguards are set out in the Trust DPIA ref NHUFT-IG-2026-044."),
        ("h", "7. Confidentiality"),
        ("p", "Each party keeps confidential anything the other marks confidential, and all patient information remains "
              "confidential to the Trust. This does not stop the Trust meeting its FOI obligations."),
        ("h", "8. Ending the project"),
        ("table", [
            ["Scenario", "What happens"],
            ["Normal end (31 March 2027)", "Trust decides by December 2026 whether to fund clinics from its children's budget. "
             "If not, children are discharged back to their GP practice with an up-to-date action plan and a letter to the GP."],
            ["Early termination by either party", "Three months' written notice. Booked clinics are honoured and the Trust "
             "nurse specialist picks up any child flagged as high risk."],
            ["Marisco-funded posts", "Fixed-term Trust contracts ending with the project; Trust redeployment policy applies."],
        ]),
        ("h", "9. Openness"),
        ("p", "Marisco will publish the executive summary before clinics start. The Trust and Marisco will publish a summary of "
              "outcomes within six months of the end of the project. Marisco's payments will appear in its Disclosure UK return."),
        ("sig", [("Northmere Hospitals University NHS Foundation Trust", "Dr Alys Venn", "Divisional Director, Children's Services"),
                 ("Marisco Healthcare UK Ltd", "Priyanka Sethi-Moore", "Medical Director UK")]),
        ("sub", "Marisco approval code MH-UK-2601-CW-07, date of preparation January 2026"),
    ]
    return dict(file="t7b_pid_04_asthma_clinics.pdf", type="pid",
                meta=dict(header="Asthma Right Care Clinics", header_right="PID v1.1 | OFFICIAL",
                          footer="Northmere Hospitals University NHS FT / Marisco Healthcare UK Ltd", ruled=True),
                blocks=blocks, outcomes={},
                notes="All pass. Patient benefit conveyed through a case vignette; exit in a scenario table (normal end, early "
                      "termination with notice, funded posts). KPIs with baselines/targets/sources.")
