"""tuning8a: PIDs 4-6 (all names invented)."""

PID04 = {
    "file": "t8a_pid_04_tamsford_ckd_diabetes_pid_form.pdf", "fmt": "pdf", "type": "pid",
    "columns": 1, "ruled": True, "accent": "003B71",
    "header": "COMMERCIAL IN CONFIDENCE",
    "footer": "COMMERCIAL IN CONFIDENCE - Tamsford Community Health NHS Trust / Orrin Life Sciences UK Limited",
    "over": {"confidentiality": "fail"},
    "notes": "confidentiality FAIL: 'COMMERCIAL IN CONFIDENCE' appears only as a page marking in the "
             "header/footer and on the cover; there is no confidentiality provision for project or "
             "commercial information anywhere in the PID (the template's confidentiality row is absent). "
             "data-protection PASS: pseudonymised extract with the re-identification key kept by the Trust, "
             "Trust is controller, company sees aggregate tables only, DPIA approved. Transparency PASS via "
             "Disclosure UK and website publication of the summary and outcomes.",
    "blocks": [
        ("p", "COMMERCIAL IN CONFIDENCE"),
        ("title", "Joint Working Project Initiation Document"),
        ("sub", "Finding chronic kidney disease early in adults with type 2 diabetes - Tamsford community "
                "diabetes service"),
        ("kv", [("Project title", "CKD early identification in type 2 diabetes (Tamsford)"),
                ("Reference", "TCH-JW-2025-02"),
                ("Version / date", "1.2 / 9 April 2025"),
                ("Partner organisations", "Tamsford Community Health NHS Trust, Trust HQ, 40 Wharf Lane, "
                                          "Tamsford TF1 2ZZ; Orrin Life Sciences UK Limited, 3rd Floor, "
                                          "Aldgate Yard, London E1 8ZZ"),
                ("Accountable leads", "Trust: Nadia Begum, Consultant Nurse Diabetes, nadia.begum1@nhs.net. "
                                      "Orrin: Dr Laurence Achebe, Senior Medical Manager, "
                                      "laurence.achebe@orrinls.co.uk"),
                ("Start / completion", "July 2025 / June 2027 (24 months)")]),
        ("h1", "Section A - Rationale"),
        ("p", "Only 61% of adults with type 2 diabetes on the community caseload had both an eGFR and a urine "
              "albumin:creatinine ratio (ACR) recorded in 2024. Missing ACR tests mean CKD is found late, when "
              "fewer options remain to slow progression."),
        ("h1", "Section B - Objectives and expected outcomes"),
        ("table", [["Objective", "Measure", "Baseline", "Target", "Data source / frequency"],
                   ["Complete annual kidney checks", "% caseload with eGFR and ACR in 12 months", "61%",
                    "85% by June 2027", "Trust SystmOne report, quarterly"],
                   ["Code CKD correctly", "% with ACR above 3 mg/mmol coded as CKD", "48%", "80%",
                    "Pseudonymised extract, 6-monthly"],
                   ["Treat in line with NICE NG28 / NG203", "% with CKD reviewed by a prescriber within 8 "
                    "weeks of coding", "not measured", "75%", "Clinic log, monthly"]], True),
        ("h2", "Benefits"),
        ("p", "Patients: kidney damage found earlier, clear explanation of results, a treatment review in line "
              "with national guidance and fewer people progressing to stage 4. Trust: reliable CKD register "
              "and less avoidable referral to renal outpatients. Orrin: better understanding of how community "
              "services organise kidney screening."),
        ("h1", "Section C - Resources"),
        ("table", [["Party", "What is provided", "Estimated value"],
                   ["Tamsford Community Health NHS Trust", "Diabetes specialist nurse time (0.3 WTE), "
                    "phlebotomy slots, data analyst 1 day/week, clinic space in 4 health centres", "£52,000"],
                   ["Orrin Life Sciences UK Limited", "Funding for 0.5 WTE Band 6 nurse (Trust-employed) for "
                    "24 months; urine ACR point-of-care kits; evaluation support from Orrin's health "
                    "outcomes team", "£71,400"]], True),
        ("h1", "Section D - Governance"),
        ("p", "Project board: Deputy Director of Nursing (chair), Consultant Nurse Diabetes, renal consultant "
              "adviser, Trust information governance manager, Orrin Senior Medical Manager and Orrin "
              "Partnerships Manager. Meets every two months. The Trust's Joint Working Panel approved the "
              "project on 27 March 2025. No Orrin promotional staff have any role in the project."),
        ("h1", "Section E - Data"),
        ("p", "The Trust is the controller for all personal data in the project and processes it under UK GDPR "
              "Article 6(1)(e) and Article 9(2)(h) for direct care and service evaluation. A DPIA (ref. "
              "DPIA-TCH-118) was approved by the Data Protection Officer on 21 March 2025."),
        ("p", "For evaluation, the Trust's data services team will produce a pseudonymised extract; the "
              "re-identification key never leaves the Trust. The extract is analysed inside the Trust by the "
              "Trust analyst. Orrin receives only aggregate tables with numbers under 10 suppressed."),
        ("h1", "Section F - Exit strategy"),
        ("p", "From month 18 the board will prepare a sustainability paper for the Trust's Operational "
              "Delivery Group. If the service is not commissioned, the funded nurse's fixed-term contract ends "
              "at month 24, ACR testing continues within routine annual reviews and patients already coded "
              "with CKD remain under their usual diabetes clinician. Early termination: either party, 90 days' "
              "written notice; Orrin funds committed posts to the end of the notice period."),
        ("h1", "Section G - Transparency"),
        ("p", "Orrin will post the executive summary on its website before July 2025 and disclose its "
              "payments to the Trust on Disclosure UK. A summary of outcomes will be published by both "
              "parties within six months of project close."),
        ("sig", [("Tamsford Community Health NHS Trust", "Claire Doughty", "Director of Nursing"),
                 ("Orrin Life Sciences UK Limited", "Dr Paul Verity", "Medical Director")]),
    ],
}

PID05 = {
    "file": "t8a_pid_05_kinlochar_asthma_transition_pid.docx", "fmt": "docx", "type": "pid",
    "header": "NHS Kinlochar | Brennock Pharma UK Ltd | PID | OFFICIAL",
    "footer": "Document owner: Kinlochar Paediatric Respiratory Network | v1.1 | 19/05/2025",
    "accent": "2F5597", "font": "Arial",
    "over": {},
    "notes": "All rules pass. DP: Board is controller, Brennock is neither controller nor processor and "
             "receives no personal data; DPIA completed and signed by DPO; DPA 2018. Confidentiality: "
             "clause with FOISA 2002 carve-out. Transparency: ES on both websites before start, outcomes "
             "within six months, Disclosure UK.",
    "blocks": [
        ("title", "Project Initiation Document (PID)"),
        ("sub", "Young people's asthma transition clinic - NHS Kinlochar and Brennock Pharma UK Ltd"),
        ("h1", "Part 1  Why this project"),
        ("p", "Young people moving from paediatric to adult asthma care in Kinlochar lose contact with services "
              "at a high rate: of 212 patients transferred in 2023, 37% had no asthma review in the following "
              "year and 19 attended the emergency department with an attack."),
        ("h1", "Part 2  Aims"),
        ("bul", ["Set up a joint paediatric/adult transition clinic for 15-18 year olds with asthma.",
                 "Give every young person a personalised asthma action plan and inhaler technique check.",
                 "Reduce emergency attendances for asthma in this age group."]),
        ("h1", "Part 3  Outcomes we expect"),
        ("table", [["Outcome", "Now", "By March 2027", "How measured"],
                   ["Young people reviewed within 3 months of transfer", "41%", "85%",
                    "Clinic activity data, TrakCare, quarterly"],
                   ["Personalised action plan in place", "29%", "90%", "Case note audit, 6-monthly"],
                   ["ED attendances for asthma, age 15-18", "46 per year", "30 per year",
                    "Unscheduled care dataset, annually"]], True),
        ("p", "Benefits - young people: continuous care through transition, fewer attacks and a plan they "
              "understand. NHS Kinlochar: fewer unscheduled attendances and a transition model for other "
              "conditions. Brennock: insight into transition pathways in Scotland."),
        ("h1", "Part 4  Partners, leads and dates"),
        ("kv", [("NHS Kinlochar", "Dr Morag Sinclair, Consultant Paediatrician, morag.sinclair@kinlochar.scot.nhs.uk"),
                ("Brennock Pharma UK Ltd (SC611402)", "Euan Drummond, Head of Healthcare Partnerships, "
                                                      "euan.drummond@brennock.co.uk"),
                ("Start", "Q3 2025"), ("Completion", "Q1 2027 (20 months)")]),
        ("h1", "Part 5  Contributions"),
        ("p", "NHS Kinlochar provides consultant time (one clinic session per fortnight from paediatrics and "
              "adult respiratory), 0.2 WTE respiratory physiologist, clinic rooms and booking support, valued "
              "at £38,000. Brennock funds a 0.8 WTE Band 6 transition nurse employed by the Board (£44,200) "
              "and provides 15 days of project management and evaluation support."),
        ("h1", "Part 6  Project structure"),
        ("p", "The Transition Project Group (chair: Clinical Lead for Paediatrics) includes the adult "
              "respiratory lead, the transition nurse, a young people's representative from the Board's youth "
              "forum and Brennock's Head of Healthcare Partnerships. Brennock sales and marketing staff are "
              "excluded from the project."),
        ("h1", "Part 7  Handling patient and project information"),
        ("p", "NHS Kinlochar is the data controller. Personal data are processed only by Board staff, for "
              "direct care, under the UK GDPR and the Data Protection Act 2018. The Board's Data Protection "
              "Officer signed off the DPIA on 2 May 2025. Brennock is neither a controller nor a processor: no "
              "personal data will be transferred to it, and it receives only the aggregate figures in Part 3."),
        ("p", "Information the parties share about the project, including financial and planning papers, is "
              "confidential and may be used only for this project. This does not prevent the Board meeting its "
              "duties under the Freedom of Information (Scotland) Act 2002."),
        ("h1", "Part 8  Ending the project"),
        ("p", "At month 15 the Project Group will recommend to the Women and Children's Directorate whether the "
              "clinic should be mainstreamed. If not mainstreamed, young people under the clinic's care will be "
              "discharged to their adult respiratory team with a handover summary before month 20, and the "
              "nurse post will end under Board HR policy. Either party may end the project early on three "
              "months' notice."),
        ("h1", "Part 9  Openness"),
        ("p", "Before the clinic opens, the executive summary will be on Brennock's collaborative working web "
              "page and on the Board's website. A summary of outcomes will follow on both sites within six "
              "months of completion. Brennock will report its funding on Disclosure UK."),
        ("p", "Certification: Brennock job code BRN-UK-CW-25-019, certified 16 May 2025."),
    ],
}

PID06 = {
    "file": "t8a_pid_06_wexbury_fenn_osteoporosis_pid_v04.pdf", "fmt": "pdf", "type": "pid",
    "columns": 1, "ruled": False, "accent": "444444",
    "header": "PID v0.4 - Fracture Liaison Improvement - NHS Wexbury and Fenn ICB",
    "footer": "Draft for Partnership Panel 12 June 2025",
    "over": {"data-protection": "warn", "confidentiality": "warn", "transparency": "fail"},
    "notes": "data-protection WARN: the only statement is the bare 'All data handling will be GDPR "
             "compliant' although patient records are reviewed. confidentiality WARN: bare "
             "'Confidentiality: standard terms apply'. transparency FAIL: executive summary only 'available "
             "on request' and outcomes shared with the Partnership Panel - no publication commitment.",
    "blocks": [
        ("title", "Project Initiation Document"),
        ("sub", "Fracture Liaison Improvement Project - NHS Wexbury and Fenn Integrated Care Board and "
                "Tavistock Lane Pharma UK Ltd"),
        ("h1", "1. Purpose"),
        ("p", "Fewer than half of people over 50 who have a fragility fracture in Wexbury and Fenn are assessed "
              "for osteoporosis within 12 weeks. The ICB wants to extend the fracture liaison service from the "
              "acute trust into primary care so that fewer people have a second fracture."),
        ("h1", "2. Objectives and measures"),
        ("table", [["Objective", "Baseline (2024)", "Target (Dec 2026)"],
                   ["Patients with fragility fracture assessed within 12 weeks", "46%", "80%"],
                   ["Patients started on bone-protection treatment where indicated (NICE TA464/CG146)", "52%",
                    "75%"],
                   ["Adherence at 12 months", "unknown", "70%, measured by practice pharmacist review"]], True),
        ("p", "Data source: GP system searches run quarterly by the ICB medicines optimisation team."),
        ("h1", "3. Benefits"),
        ("bul", ["Patients - fewer repeat fractures, falls risk assessed, treatment explained by a pharmacist.",
                 "ICB - reduced orthopaedic admissions and a commissioning model for a primary care FLS.",
                 "Tavistock Lane - learning on secondary prevention pathways."]),
        ("h1", "4. Partners and leads"),
        ("table", [["Organisation", "Lead", "Email"],
                   ["NHS Wexbury and Fenn Integrated Care Board", "Joanne Hurst, Head of Medicines Optimisation",
                    "joanne.hurst@nhs.net"],
                   ["Tavistock Lane Pharma UK Ltd", "Simon Adeyemi, Market Access Manager",
                    "s.adeyemi@tavistocklane.co.uk"]], True),
        ("h1", "5. Timescale"),
        ("p", "Planned start: Q4 2025. End: December 2026 (15 months)."),
        ("h1", "6. Resources"),
        ("p", "ICB: 0.6 WTE Band 8a practice pharmacist lead, analyst support (2 days/month), clinical "
              "oversight from the FLS consultant (0.5 PA/week) - c. £49,000. Tavistock Lane: £54,000 to fund "
              "0.8 WTE pharmacist sessions in 12 practices, plus 10 days of project management."),
        ("h1", "7. Governance"),
        ("p", "Monthly project group chaired by the ICB Head of Medicines Optimisation, with the FLS "
              "consultant, two PCN clinical pharmacists and Tavistock Lane's Market Access Manager. Reports to "
              "the ICB Medicines Optimisation Committee."),
        ("h1", "8. Information governance and confidentiality"),
        ("p", "Practice pharmacists will review patient records to identify people with a recent fragility "
              "fracture and invite them for assessment. All data handling will be GDPR compliant."),
        ("p", "Confidentiality: standard terms apply."),
        ("h1", "9. Exit arrangements"),
        ("p", "By month 12 the ICB will decide whether to commission the primary care FLS recurrently. If not, "
              "practice pharmacist sessions stop at month 15, patients already on treatment continue under "
              "their GP with a recall set for 12-month review, and no patient is left without a named "
              "clinician. Either party may withdraw on 90 days' notice."),
        ("h1", "10. Communication"),
        ("p", "A copy of the executive summary will be made available on request. Outcomes will be reported to "
              "the ICB Partnership Panel at the end of the project."),
        ("h1", "11. Approval"),
        ("table", [["Organisation", "Name", "Role", "Date"],
                   ["NHS Wexbury and Fenn ICB", "Dr Kwame Asante", "Chief Medical Officer", ""],
                   ["Tavistock Lane Pharma UK Ltd", "Dr Rebecca Tull", "Medical Director", ""]], True),
    ],
}

DOCS = [PID04, PID05, PID06]
