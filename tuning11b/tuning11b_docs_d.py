"""tuning11b documents 06 and 19-24."""

D19 = {
    "file": "t11b-19-marlow-vale-palliative-outcomes.pdf", "type": "outcomes-summary",
    "meta": {"header": "Summary of Project Outcomes", "layout": "twocol",
             "footer": "NHS Marlow Vale ICB / St Ia's Hospice / Pellham Pharma UK Ltd - PP-UK-0311"},
    "defects": {"promotional-language": "fail", "patient-benefit": "fail"},
    "notes": "promotional-language FAIL: the summary celebrates switching patients to the company's "
             "brand 'Noxaril' ('best-in-class', 'switched 212 patients to Noxaril', uptake as the headline). "
             "patient-benefit FAIL: the only benefits reported are Noxaril uptake, cost savings and "
             "formulary adoption - no direct benefit to patients is stated. Measurable outcomes (numbers) "
             "and publication commitment are present, so those pass.",
    "keys": ["best-in-class", "switched 212 patients", "within six months"],
    "blocks": [
        ("title", "Anticipatory Medicines Optimisation Project - Outcomes"),
        ("p", "Partners: NHS Marlow Vale Integrated Care Board; St Ia's Hospice (registered charity "
              "1081234); Pellham Pharma UK Ltd. Duration: June 2024 to November 2025."),
        ("h1", "Overview"),
        ("p", "The project reviewed how anticipatory ('just in case') medicines for people in the last "
              "weeks of life are prescribed and supplied across community services and the hospice, "
              "with the aim of standardising the anticipatory medicines list."),
        ("h1", "Results"),
        ("tbl", [["Measure", "Baseline", "End of project"],
                 ["Anticipatory prescriptions using Noxaril", "9%", "63%"],
                 ["Patients switched to Noxaril", "0", "212"],
                 ["Drug cost per anticipatory pack", "£41.20", "£33.90"]], [0.5, 0.2, 0.3]),
        ("p", "Noxaril, the best-in-class subcutaneous formulation, is now the first-line option on the "
              "ICB's anticipatory medicines list. Over the project the team switched 212 patients to "
              "Noxaril, far exceeding the uptake target."),
        ("h1", "Benefits"),
        ("bl", ["Pellham: strong uptake of Noxaril across hospice and community prescribing.",
                "ICB: drug cost savings of around £18,000 a year.",
                "Hospice: a single list aligned with the ICB formulary."]),
        ("h1", "Reflections"),
        ("p", "All partners delivered their agreed contributions: the ICB provided a palliative care "
              "pharmacist (0.3 WTE), the hospice provided clinical leadership and education sessions, and "
              "Pellham funded a project pharmacist and training materials. Relationships were good and "
              "disagreements about the list were resolved by the steering group."),
        ("h1", "Publication"),
        ("p", "This summary will be published on the websites of all three partners within six months of "
              "the end of the project, and Pellham's contribution is disclosed on Disclosure UK."),
    ],
}

D20 = {
    "file": "t11b-20-eskdale-polypharmacy-amendment.docx", "type": "amendment",
    "meta": {"header": "NHS Ravensmuir - Project Amendment", "font": "Arial",
             "footer": "Realistic Medicine Polypharmacy Reviews - Amendment 1 - DPM-UK-CW-118a"},
    "defects": {},
    "notes": "Both applicable rules pass (promotional-language, sales-roles): the amendment changes "
             "timing and one site; the company owner is a Medical Affairs Manager; no product named.",
    "keys": ["Amendment 1", "Impact on timelines", "Approved"],
    "blocks": [
        ("title", "Project Amendment Form - Realistic Medicine Polypharmacy Reviews in Eskdale Care Homes"),
        ("kv", [["Amendment", "Amendment 1"],
                ["Project owners", "Iain Rutherford, Director of Pharmacy, NHS Ravensmuir; Graeme Haig, "
                                   "Chief Officer, Eskdale IJB; Dr Morag Sim, Lecturer, University of "
                                   "Kelvinhaugh; Kirsty Dunn, Medical Affairs Manager, Dunmore Pharma UK Ltd"],
                ["Submitted to oversight group", "4 March 2026"]], [0.3, 0.7]),
        ("h2", "What has changed"),
        ("p", "Recruitment to the funded Band 7 pharmacist post took longer than planned; the post-holder "
              "started on 6 April 2026 instead of 1 February 2026. Two care homes in Canonbie closed and "
              "are replaced by two homes in Lockerbie with a similar number of residents."),
        ("h2", "Impact on timelines"),
        ("p", "The project end date moves from 31 January 2028 to 31 March 2028. Milestones 2 and 3 move "
              "by two months. Reporting dates are updated in the revised plan at Annex 1 of this form."),
        ("h2", "Impact on logistics"),
        ("p", "Travel time for the pharmacist increases slightly; the IJB's care home liaison nurse will "
              "cover family meetings in the Lockerbie homes."),
        ("h2", "Impact on finances"),
        ("p", "No change to any party's contribution. Dunmore's second milestone payment moves from "
              "August to October 2026. The published executive summary will be updated with the new end "
              "date and re-certified."),
        ("h2", "Annex 1 - Revised milestones"),
        ("tbl", [["Milestone", "Original", "Revised"],
                 ["M1 pharmacist in post", "Feb 2026", "Apr 2026"],
                 ["M2 first 10 homes reviewed", "Aug 2026", "Oct 2026"],
                 ["M3 all homes reviewed", "Apr 2027", "Jun 2027"],
                 ["M4 final report", "Jan 2028", "Mar 2028"]], [0.4, 0.3, 0.3]),
        ("kv", [["Approved", "Joint oversight group, 11 March 2026 (all four parties)"]], [0.3, 0.7]),
    ],
}

D21 = {
    "file": "t11b-21-tamar-foot-protection-agreement.docx", "type": "agreement",
    "meta": {"header": "Tamar Estuary University Hospitals NHS Trust - Legal Services", "font": "Cambria",
             "footer": "Joint Working Agreement - Diabetic Foot Protection - Draft 3 for signature"},
    "defects": {"legal-entities": "fail", "exit-strategy": "fail"},
    "notes": "legal-entities FAIL: party (2) is 'the Community Diabetes Team of Lyncombe Primary Care "
             "Network' - a team within a PCN, neither of which has legal personality, and no lead "
             "practice or federation is named as contracting vehicle. exit-strategy FAIL: clause 12 only refers to Schedule 4, "
             "and Schedule 4 reads 'To be agreed by the steering group' (placeholder); apart from the "
             "end date in clause 3 there is no notice period and nothing on patients, the service or "
             "the funded podiatrist post.",
    "keys": ["Community Diabetes Team of Lyncombe Primary Care Network", "To be agreed by the steering "
             "group", "Harbourside Pharma Ltd"],
    "blocks": [
        ("title", "Joint Working Agreement: Diabetic Foot Protection Service"),
        ("p", "This Agreement is made on 1 December 2025 between:"),
        ("bl", ["(1) Tamar Estuary University Hospitals NHS Trust, Derriford Way, Plymouth PL6 8XY "
                "(\"the Trust\");",
                "(2) the Community Diabetes Team of Lyncombe Primary Care Network, c/o Lyncombe Health "
                "Centre, Fore Street, Saltash PL12 6JR (\"the PCN Team\"); and",
                "(3) Harbourside Pharma Ltd, company number 09955103, Quay House, Sutton Harbour, "
                "Plymouth PL4 0DW (\"Harbourside\")."]),
        ("h1", "1 Purpose"),
        ("p", "1.1 Diabetic foot ulcers lead to around 40 amputations a year across the Trust's "
              "catchment. Many people with high-risk feet are not reviewed annually. The parties will run "
              "a foot protection service in the PCN's practices, with fast-track referral to the Trust's "
              "multidisciplinary foot clinic."),
        ("h1", "2 Benefits"),
        ("p", "2.1 Patients: earlier detection of foot problems, fewer ulcers and amputations, and "
              "treatment closer to home. 2.2 The Trust: fewer late referrals and admissions. 2.3 "
              "Harbourside: understanding of integrated diabetes pathways."),
        ("h1", "3 Term"),
        ("p", "3.1 From 1 February 2026 until 31 January 2028."),
        ("h1", "4 Measures"),
        ("p", "4.1 Annual foot checks recorded for people with diabetes: baseline 61%, target 85%. 4.2 "
              "Time from new ulcer to specialist assessment: baseline 21 days, target 5 days. 4.3 Major "
              "amputations: baseline 40 a year, target 30. Data from practice systems and the Trust's "
              "foot clinic database, reported quarterly."),
        ("h1", "5 Contributions"),
        ("tbl", [["Party", "Contribution"],
                 ["Trust", "Podiatry consultant 1 session/week, MDT clinic slots, training (£44,000)"],
                 ["PCN Team", "Practice nurse time for foot checks, clinic rooms (£27,000 in kind)"],
                 ["Harbourside", "£66,000 for a Band 6 podiatrist employed by the Trust, 15 days of "
                                 "project management"]], [0.2, 0.8]),
        ("h1", "6 Governance"),
        ("p", "6.1 Steering group: Trust Head of Podiatry (chair), PCN Clinical Director, Harbourside "
              "Collaborative Working Manager. Harbourside sales staff are not involved."),
        ("h1", "7 Confidentiality"),
        ("p", "7.1 All information about patients and each party's confidential business information "
              "will be kept confidential and used only for the project, subject to the Freedom of "
              "Information Act 2000."),
        ("h1", "8 Data protection"),
        ("p", "8.1 The Trust and the practices remain controllers of their own records. Processing complies "
              "with UK GDPR and the Data Protection Act 2018. Harbourside will not receive any personal "
              "data - only aggregate quarterly figures."),
        ("h1", "9 Publication"),
        ("p", "9.1 Harbourside will publish a summary of this Agreement on its website before the start; "
              "all parties will publish outcomes within six months of the end. Payments will be "
              "disclosed on Disclosure UK."),
        ("h1", "10 Clinical independence"),
        ("p", "10.1 The service is not connected with any Harbourside product; prescribing follows NICE "
              "NG19 and the local formulary."),
        ("h1", "11 Anti-bribery"),
        ("p", "11.1 The parties comply with the Bribery Act 2010."),
        ("h1", "12 Exit"),
        ("p", "12.1 Exit arrangements are set out in Schedule 4."),
        ("h1", "Schedule 4 - Exit arrangements"),
        ("p", "To be agreed by the steering group."),
        ("sig", [("Tamar Estuary University Hospitals NHS Trust", "Gillian Trewin", "Director of Finance"),
                 ("Community Diabetes Team, Lyncombe PCN", "Dr Mark Penrose", "PCN Clinical Director"),
                 ("Harbourside Pharma Ltd", "Julia Stanton", "General Manager")]),
    ],
}

D22 = {
    "file": "t11b-22-afon-teifi-school-asthma-executive-summary.pdf", "type": "executive-summary",
    "meta": {"header": "Afon Teifi University Health Board | Ceredigion Valleys County Council | "
             "Corran Respiratory Ltd", "footer": "Executive summary - v1.2 - CRL/UK/CW/019",
             "layout": "plain"},
    "defects": {"sales-roles": "warn", "transparency": "fail"},
    "notes": "sales-roles WARN: Corran's contact is its 'Key Account Manager, Wales' - a sales role, "
             "named only as the contact point, with the project team otherwise NHS/council staff and a "
             "medical adviser. transparency FAIL: the summary says it is for partner organisations only "
             "and not intended for publication, and there is no outcomes publication or Disclosure UK "
             "commitment. data-protection n/a: the summary does not mention patient data, records or "
             "data sharing.",
    "keys": ["Key Account Manager, Wales", "not intended for publication", "Ceredigion Valleys County "
             "Council"],
    "blocks": [
        ("title", "Asthma-Friendly Schools Programme - Summary of the Collaborative Working Agreement"),
        ("p", "This summary is provided to the partner organisations only and is not intended for "
              "publication."),
        ("h2", "Partners"),
        ("p", "Afon Teifi University Health Board; Ceredigion Valleys County Council (Education and "
              "Public Health); Corran Respiratory Ltd."),
        ("h2", "Why"),
        ("p", "Asthma is the most common long-term condition in children in the area. School staff are "
              "often unsure what to do in an attack, emergency inhalers are not always in date, and "
              "children from the most deprived areas have the highest rates of emergency admission."),
        ("h2", "What the programme will do"),
        ("bl", ["Train a named asthma champion in each of 46 primary schools.",
                "Introduce a school asthma register and in-date emergency inhaler kits.",
                "Give every child with asthma a personalised action plan reviewed by the school nurse."]),
        ("h2", "Benefits"),
        ("p", "Children: safer management of attacks at school, fewer missed school days and fewer "
              "emergency visits. Health Board and Council: better joint working between school nursing "
              "and education. Corran: understanding of how school health services are organised."),
        ("h2", "Who provides what"),
        ("tbl", [["Partner", "Contribution"],
                 ["Health Board", "School nursing team time (1.0 WTE across the programme), respiratory "
                                  "nurse specialist training sessions"],
                 ["Council", "Teacher release time for training, school health co-ordinator 0.4 WTE"],
                 ["Corran", "£36,000 for emergency kits, training materials and evaluation; 10 days of "
                            "project management"]], [0.25, 0.75]),
        ("h2", "Timing"),
        ("p", "September 2026 to July 2028 (two school years)."),
        ("h2", "Roles"),
        ("p", "The Health Board leads clinical content and training; the Council co-ordinates schools; "
              "Corran funds materials and supports the evaluation design through its medical adviser."),
        ("h2", "Contacts"),
        ("tbl", [["Organisation", "Contact"],
                 ["Afon Teifi UHB", "Carys Morgan, Lead School Nurse, carys.morgan@wales.nhs.uk"],
                 ["Ceredigion Valleys CC", "Aled Price, Healthy Schools Co-ordinator"],
                 ["Corran Respiratory Ltd", "Steffan Lewis, Key Account Manager, Wales, "
                                            "slewis@corranresp.co.uk"]], [0.35, 0.65]),
    ],
}

D23 = {
    "file": "t11b-23-st-brannocs-exploratory-meeting-note.docx", "type": "unknown",
    "meta": {"header": "St Brannoc's Hospice - Note of Meeting", "font": "Calibri",
             "footer": "Internal working note - not a project document"},
    "defects": {},
    "notes": "Not one of the six framework document types: an informal note of an exploratory meeting "
             "(no agreement, plan or proposal form), so type 'unknown' and only promotional-language and "
             "sales-roles apply. Both pass: no product is discussed, and the note records that the "
             "company attendees are from medical affairs and partnerships and that sales staff will "
             "not be involved.",
    "keys": ["Note of exploratory meeting", "will not be involved"],
    "blocks": [
        ("title", "Note of exploratory meeting - possible joint project on carer support"),
        ("kv", [["Date", "17 February 2026, 14:00-15:30, Hospice boardroom"],
                ["Present", "Janet Roskilly (Director of Clinical Services, St Brannoc's Hospice); "
                            "Dr Peter Vosper (Medical Director, Hospice); Amira Haddad (Partnerships "
                            "Manager, Veldt Respiratory UK Ltd); Dr Holly Grant (Medical Adviser, Veldt)"],
                ["Note taker", "K. Penrose, PA to the Director"]], [0.2, 0.8]),
        ("h2", "1. Introductions"),
        ("p", "JR explained that the hospice is looking for partners to help develop support for family "
              "carers of people with advanced lung disease. AH outlined Veldt's collaborative working "
              "approach and said any project would need a written agreement and a public summary."),
        ("h2", "2. Discussion"),
        ("p", "PV described the pressure carers are under and the number of crisis calls at night. The "
              "group talked about a carer skills course and a night-time advice line. HG noted that Veldt "
              "could not fund anything tied to its medicines and would not expect any link to prescribing."),
        ("p", "AH confirmed that Veldt's sales and key account staff will not be involved in any "
              "discussions or in any project that follows."),
        ("h2", "3. Actions"),
        ("bl", ["JR to share the hospice's carer survey results (anonymised) - by 3 March.",
                "AH to send Veldt's collaborative working guidance - by 3 March.",
                "All to meet again in April to decide whether to draft a concept framework."]),
        ("small", "This note records an informal discussion only. No commitments were made."),
    ],
}

D24 = {
    "file": "t11b-24-north-pennine-respiratory-hub-pid.pdf", "type": "pid",
    "meta": {"header": "North Pennine Urgent Care Consortium - Respiratory Clinical Hub",
             "footer": "PID draft 0.7 - not yet certified", "layout": "ruled", "font": "Times"},
    "defects": {"patient-benefit": "fail", "measurable-outcomes": "warn", "exit-strategy": "fail"},
    "notes": "patient-benefit FAIL: the benefits table says 'Patients: N/A - this is a system "
             "efficiency project'; the only benefits given are to the ambulance service, ICB and company. "
             "measurable-outcomes WARN: outcomes are only qualitative ('conveyance will be monitored', "
             "'improvement expected') with no baselines or targets. exit-strategy FAIL: the 'Exit' "
             "section is a near-miss - it only describes termination of the previous triage software "
             "contract and the end date, nothing on ending this project. Legal-entities is n/a (PID) "
             "even though the consortium is unincorporated.",
    "keys": ["N/A - this is a system efficiency project", "previous triage software contract",
             "will be monitored"],
    "blocks": [
        ("title", "Project Initiation Document: Respiratory Clinical Hub for 999 Calls"),
        ("tbl", [["Partner", "Registered address", "Lead"],
                 ["North Pennine Ambulance Service NHS Foundation Trust", "Ladybridge House, Bolton BL3 4LP",
                  "Stuart Ainsworth, Head of Clinical Hub"],
                 ["NHS Calder and Ribble Integrated Care Board", "Sandygate Court, Burnley BB11 1RQ",
                  "Dr Faye Tattersall, Clinical Lead, Urgent Care"],
                 ["University of Ribblesdale", "Brockholes Campus, Preston PR1 2HE",
                  "Prof. Martin Cowell, Paramedic Science"],
                 ["Thornlea Pharmaceuticals UK Ltd (company no. 04412670)", "Thornlea Park, Macclesfield "
                  "SK10 2XQ", "Ruth Ellison, Head of Market Access"]], [0.35, 0.35, 0.3]),
        ("p", "The four partners work together as the North Pennine Urgent Care Consortium for this "
              "project."),
        ("h1", "1. Background"),
        ("p", "Calls about breathing difficulty in people with known COPD make up about 6% of 999 "
              "demand. Most result in conveyance to an emergency department, tying up ambulances for "
              "long periods during handover delays."),
        ("h1", "2. Objectives"),
        ("bl", ["Place a respiratory physiotherapist and an advanced paramedic in the clinical hub to "
                "review COPD calls by video.", "Link the hub to community respiratory teams for "
                "same-day visits.", "Evaluate the effect on ambulance hours and conveyance."]),
        ("h1", "3. Benefits"),
        ("tbl", [["For", "Benefit"],
                 ["Patients", "N/A - this is a system efficiency project"],
                 ["Ambulance service", "Released ambulance hours; reduced handover delays"],
                 ["ICB", "Reduced ED attendances and non-elective spend"],
                 ["University", "Evaluation and teaching case"],
                 ["Thornlea", "Understanding of urgent respiratory care pathways"]], [0.25, 0.75]),
        ("h1", "4. Outcomes"),
        ("p", "Conveyance rates, job cycle times and onward referrals will be monitored throughout the "
              "project and an improvement is expected. The evaluation will describe the experience of "
              "hub staff."),
        ("h1", "5. Resources"),
        ("tbl", [["Partner", "Contribution"],
                 ["Ambulance service", "Advanced paramedic 1.0 WTE, hub infrastructure (£71,000)"],
                 ["ICB", "Community respiratory team capacity for same-day visits (£40,000)"],
                 ["University", "Evaluation by 0.2 WTE lecturer and two MSc students (£15,000)"],
                 ["Thornlea", "£80,000 for a respiratory physiotherapist employed by the ambulance "
                              "service; 15 days of project management"]], [0.25, 0.75]),
        ("h1", "6. Timescale"),
        ("p", "April 2026 to March 2027."),
        ("h1", "7. Governance"),
        ("p", "A project group of the four leads meets monthly, chaired by the ambulance service. "
              "Thornlea's sales teams have no involvement in the project."),
        ("h1", "8. Confidentiality and information governance"),
        ("p", "The ambulance service is data controller for call and patient care records; processing "
              "complies with UK GDPR and the Data Protection Act 2018 and a DPIA is complete. Thornlea "
              "and the University receive anonymised aggregate data only. Project papers and partners' "
              "commercial information are kept confidential within the project group."),
        ("h1", "9. Exit"),
        ("p", "The previous triage software contract will be terminated on 31 March 2026 and replaced by "
              "the hub's video platform. The project ends on 31 March 2027."),
        ("h1", "10. Publication"),
        ("p", "Thornlea will publish an executive summary before the start; all partners will publish "
              "outcomes within six months of the end; Thornlea's funding will appear on Disclosure UK."),
    ],
}

D06 = {
    "file": "t11b-06-st-brannocs-breathlessness-concept.docx", "type": "concept-framework",
    "meta": {"header": "Project Concept Framework - DRAFT for partner discussion",
             "footer": "St Brannoc's Hospice | Harrowden Borough Council | Veldt Respiratory UK Ltd",
             "font": "Verdana", "size": 9.5},
    "defects": {"sales-roles": "fail", "resource-contributions": "fail"},
    "notes": "sales-roles FAIL: Veldt's Key Account Manager (South West) is named as the company lead "
             "who will 'identify and approach GP practices' - a sales role in delivery. "
             "resource-contributions FAIL: three partners; the Council's contribution is 'to be "
             "confirmed' (only the hospice and the company have stated contributions).",
    "keys": ["Key Account Manager", "To be confirmed", "Decision"],
    "blocks": [
        ("title", "Project Concept Framework: Community Breathlessness Support Service"),
        ("tbl", [["Heading", "Detail"],
                 ["Partner organisations", "St Brannoc's Hospice (registered charity no. 1047712); "
                  "Harrowden Borough Council (Public Health); Veldt Respiratory UK Ltd"],
                 ["Purpose", "People living with advanced COPD, interstitial lung disease or lung cancer "
                             "describe breathlessness as the most frightening part of their illness. "
                             "There is no community breathlessness service in Harrowden; the nearest is "
                             "40 miles away. Many people call 999 during episodes of panic."],
                 ["Objectives and benefits",
                  "Patients: a six-week breathlessness programme (breathing techniques, fan therapy, "
                  "anxiety management, carer sessions) in the hospice day unit, aimed at fewer crisis "
                  "calls and better quality of life. Hospice and Council: a service that fits the "
                  "local end-of-life and respiratory strategy. Veldt: understanding of supportive care "
                  "needs in advanced respiratory disease."],
                 ["Resource impact - Hospice", "Day unit space two days a week, 0.4 WTE physiotherapist, "
                                               "volunteer drivers (c. £32,000 in kind)"],
                 ["Resource impact - Veldt", "£45,000 towards a Band 6 breathlessness practitioner and "
                                             "the evaluation"],
                 ["Resource impact - Council", "To be confirmed"],
                 ["Company lead", "Darren Holt, Key Account Manager (South West), Veldt Respiratory "
                                  "UK Ltd - will identify and approach GP practices to refer patients"],
                 ["Anticipated start", "Q2 2026"],
                 ["Length", "18 months"],
                 ["Decision", "Go-ahead in principle given at the partners' meeting of 9 December 2025, "
                              "subject to a PID"]], [0.28, 0.72]),
        ("small", "Prepared by the hospice's Director of Clinical Services. Not yet certified."),
    ],
}

DOCS = [D06, D19, D20, D21, D22, D23, D24]
