"""tuning8a: executive summaries (4) and concept frameworks (3). All names invented."""

ES01 = {
    "file": "t8a_es_01_tamsford_orrin_summary.pdf", "fmt": "pdf", "type": "executive-summary",
    "columns": 1, "ruled": True, "accent": "003B71", "es_data": True,
    "header": "Orrin Life Sciences UK Limited - Collaborative working",
    "footer": "ORR-UK-CW-0042 | Date of preparation: June 2025",
    "over": {},
    "notes": "All applicable rules pass. The summary mentions patient data, so data-protection applies: "
             "Trust keeps identifiable data, pseudonymised analysis inside the Trust, Orrin receives "
             "aggregates only. Transparency: published before start; outcomes within six months.",
    "blocks": [
        ("title", "Executive Summary"),
        ("sub", "Collaborative working between Tamsford Community Health NHS Trust and Orrin Life Sciences UK "
                "Limited: CKD early identification in type 2 diabetes"),
        ("kv", [("Project rationale", "Many adults with type 2 diabetes in Tamsford do not have the annual "
                                      "urine test that detects kidney damage early. The project supports the "
                                      "community diabetes service to complete kidney checks and to act on "
                                      "results in line with NICE guidance."),
                ("Objectives and benefits", "Patients: kidney disease found and managed earlier. Trust: accurate "
                                            "CKD register and fewer late renal referrals. Orrin: understanding of "
                                            "community screening pathways."),
                ("Project period", "July 2025 to June 2027"),
                ("Financial arrangements", "Orrin provides £71,400 (a Trust-employed 0.5 WTE nurse for 24 "
                                           "months, point-of-care test kits and evaluation support). The Trust "
                                           "contributes nurse, phlebotomy and analyst time and clinic space "
                                           "valued at £52,000."),
                ("Roles", "The Trust delivers the service and owns the evaluation data. Orrin provides funding "
                          "and evaluation expertise and sits on the project board through its medical team."),
                ("Patient data", "Identifiable patient data stay within the Trust. Evaluation uses a "
                                 "pseudonymised extract analysed by the Trust; Orrin sees only aggregate "
                                 "figures."),
                ("Publication", "This summary is published on Orrin's website before the project begins. A "
                                "summary of outcomes will be published by both partners within six months of "
                                "completion."),
                ("Contacts", "Nadia Begum, Consultant Nurse Diabetes, Tamsford Community Health NHS Trust, "
                             "nadia.begum1@nhs.net; Dr Laurence Achebe, Senior Medical Manager, Orrin Life "
                             "Sciences UK Limited, laurence.achebe@orrinls.co.uk")]),
    ],
}

ES02 = {
    "file": "t8a_es_02_glanrhyd_leg_ulcer_public_summary.docx", "fmt": "docx", "type": "executive-summary",
    "header": "INTERNAL BRIEFING", "footer": "Glanrhyd UHB / Kestrel Bay Pharmaceuticals UK Limited",
    "accent": "1E4D2B", "es_data": False,
    "over": {"resource-contributions": "fail", "transparency": "fail"},
    "notes": "No mention of patient data, records or data sharing, so data-protection is n/a. "
             "resource-contributions FAIL: Kestrel Bay's funding is stated but the Health Board's "
             "contribution is only 'support as required'. transparency FAIL: marked as an internal briefing "
             "'not for publication' and no publication of outcomes is planned.",
    "blocks": [
        ("title", "Public Summary - Joint Working Project"),
        ("sub", "Lower limb wound clinics in three Glanrhyd localities"),
        ("p", "Status: internal briefing for the Primary Care Directorate - not for publication."),
        ("h2", "Background"),
        ("p", "People with leg ulcers in Glanrhyd are mostly treated by district nurses at home, and healing "
              "times are long: the median is 26 weeks. A hub-based lower limb wound clinic with Doppler "
              "assessment and compression therapy can heal ulcers faster."),
        ("h2", "Objectives"),
        ("bul", ["Open three lower limb wound hubs staffed by tissue viability nurses.",
                 "Assess every new leg ulcer within two weeks and start compression where appropriate.",
                 "Patients: faster healing, less pain, fewer infections and fewer home visits needed."]),
        ("h2", "Timescale"),
        ("p", "November 2025 to October 2026."),
        ("h2", "Funding"),
        ("p", "Kestrel Bay Pharmaceuticals UK Limited will provide £54,000 to fund 1.0 WTE tissue viability "
              "nurse time and Doppler equipment for the hubs. Glanrhyd University Health Board will provide "
              "support as required."),
        ("h2", "Roles"),
        ("p", "Health Board: clinical delivery and governance. Kestrel Bay: funding and project management "
              "support through its Medical Affairs team."),
        ("h2", "Contacts"),
        ("p", "Eleri Vaughan, Tissue Viability Lead, Glanrhyd UHB, eleri.vaughan@wales.nhs.uk; "
              "Dr Imran Qureshi, Medical Affairs Manager, Kestrel Bay, iqureshi@kestrelbay.co.uk"),
    ],
}

ES03 = {
    "file": "t8a_es_03_lornbrae_halden_copd_summary.pdf", "fmt": "pdf", "type": "executive-summary",
    "columns": 2, "ruled": False, "pdf_font": "Times-Roman", "accent": "4B2C6F", "es_data": True,
    "header": "Summary of Collaborative Working Agreement", "footer": "HAL-UK-2025-118 | May 2025",
    "over": {"data-protection": "fail"},
    "notes": "The summary describes review of patient records, so data-protection applies. FAIL: no "
             "protection is stated and the list of identified patients is passed to Halden's project "
             "manager - the company receives identifiable data (indirect wording).",
    "blocks": [
        ("title", "Summary of the Collaborative Working Agreement"),
        ("sub", "NHS Lornbrae and Halden Pharmaceuticals UK Limited - COPD inhaler review in primary care"),
        ("h1", "Project rationale"),
        ("p", "A third of people with COPD in Lornbrae have not had an inhaler technique check in the past "
              "year, and poor technique is linked to exacerbations and hospital admissions."),
        ("h1", "Objectives"),
        ("p", "To offer a pharmacist-led respiratory review to every person with COPD in 18 practices, "
              "covering inhaler technique, smoking cessation, vaccination and pulmonary rehabilitation, with "
              "treatment decisions taken by the practice in line with the Board formulary."),
        ("p", "Patients will benefit from better symptom control, fewer flare-ups and faster referral to "
              "rehabilitation. The Board gains capacity and a model for respiratory reviews; Halden gains "
              "insight into primary care respiratory pathways."),
        ("h1", "How the project works"),
        ("p", "Board pharmacists will review the records of patients on each practice COPD register to decide "
              "who to invite first. To track progress, the list of invited patients and their review dates "
              "will be shared each month with Halden's project manager."),
        ("h1", "Project period"),
        ("p", "October 2025 to September 2026."),
        ("h1", "Financial arrangements"),
        ("p", "Halden: £48,000 towards pharmacist sessions and 15 days of project management. NHS Lornbrae: "
              "0.4 WTE lead pharmacist, respiratory consultant oversight and practice IT access, valued at "
              "£39,000."),
        ("h1", "Roles"),
        ("p", "The Board leads clinical delivery and governance; Halden funds sessions and supports project "
              "management and evaluation. Halden's sales staff have no involvement."),
        ("h1", "Publication"),
        ("p", "This summary appears on Halden's UK website before the project starts. Outcomes will be "
              "published by both partners within six months of completion, and Halden's funding will be "
              "disclosed on Disclosure UK."),
        ("h1", "Contacts"),
        ("p", "Fiona Baird, Lead Pharmacist, NHS Lornbrae, fiona.baird@lornbrae.scot.nhs.uk. "
              "Naomi Fairweather, Director, Medical & Partnerships, Halden, n.fairweather@haldenpharma.co.uk."),
    ],
}

ES04 = {
    "file": "t8a_es_04_kinlochar_valdane_inhaler_summary.docx", "fmt": "docx", "type": "executive-summary",
    "header": "Valdane Healthcare UK Ltd - Working with the NHS", "footer": "VAL-GB-00731 | Prepared May 2025",
    "accent": "7A2E0E", "es_data": False,
    "over": {},
    "notes": "All applicable rules pass; no patient data, records or data sharing are mentioned, so "
             "data-protection is n/a. Transparency: published on Valdane's website before start, outcomes "
             "within six months, Disclosure UK.",
    "blocks": [
        ("title", "Executive Summary of a Collaborative Working Project"),
        ("sub", "Community pharmacy inhaler technique and green inhaler review - NHS Kinlochar and Valdane "
                "Healthcare UK Ltd"),
        ("table", [["Heading", "Summary"],
                   ["Why", "Many people using inhalers in Kinlochar have never had their technique checked by a "
                           "pharmacist. Poor technique means poorer asthma and COPD control, and unused "
                           "inhalers add to the Board's carbon footprint."],
                   ["What", "Training for 30 community pharmacies to deliver technique checks and advise on "
                            "returning used inhalers for safe disposal. Any change of treatment is made by the "
                            "patient's own prescriber in line with the Board formulary."],
                   ["Benefits", "Patients: better control of symptoms and fewer attacks. NHS Kinlochar: fewer "
                                "unscheduled attendances and progress on its sustainability plan. Valdane: "
                                "understanding of pharmacy-led respiratory care."],
                   ["When", "January 2026 to December 2026"],
                   ["Money and people", "Valdane: £29,000 for pharmacy training and consultation fees and 12 "
                                        "days of project management. NHS Kinlochar: community pharmacy "
                                        "development pharmacist (0.3 WTE), respiratory nurse trainers and "
                                        "venue costs, about £24,000."],
                   ["Who does what", "The Board leads training, pharmacy recruitment and evaluation; Valdane "
                                     "provides funding and project support."],
                   ["Publication", "Valdane publishes this summary on the collaborative working section of its "
                                   "UK website before the project starts. Both partners will publish the "
                                   "outcomes within six months of the end date, and Valdane will disclose the "
                                   "payments on Disclosure UK."],
                   ["Contacts", "Kirsty Lennox, Community Pharmacy Development Lead, NHS Kinlochar, "
                                "kirsty.lennox@kinlochar.scot.nhs.uk; Grace Whitfield, Head of Partnerships, "
                                "Valdane Healthcare UK Ltd, grace.whitfield@valdane.co.uk"]], True),
    ],
}

CF01 = {
    "file": "t8a_cf_01_brynhafren_partnership_proposal_hepc.docx", "fmt": "docx", "type": "concept-framework",
    "header": "Bryn Hafren UHB - Partnership Proposal - for Joint Working Panel screening",
    "footer": "Stage 1 of 3 (concept)", "accent": "00594F",
    "over": {},
    "notes": "'Partnership Proposal' is an early go/no-go concept with partners, purpose, objectives, "
             "resource impact, start quarter, length and decision: a concept framework. All applicable rules "
             "pass.",
    "blocks": [
        ("title", "Partnership Proposal"),
        ("sub", "Hepatitis C find-and-treat in substance misuse services"),
        ("kv", [("Proposed partners", "Bryn Hafren University Health Board; Orrin Life Sciences UK Limited"),
                ("Purpose", "An estimated 1,100 people with hepatitis C in the Bryn Hafren area are undiagnosed "
                            "or not in treatment; most are in contact with substance misuse services but "
                            "rarely attend hospital clinics."),
                ("Objectives - patients", "Offer dried blood spot testing at every substance misuse service "
                                          "contact and start treatment in the community within 4 weeks of a "
                                          "positive result, so that more people are cured and onward "
                                          "transmission falls."),
                ("Objectives - Health Board", "Progress towards the Welsh elimination target; fewer people "
                                              "presenting late with liver disease."),
                ("Objectives - Orrin", "Understanding of outreach models for hard-to-reach groups."),
                ("Resource impact - Health Board", "Blood-borne virus nurse (0.5 WTE), pharmacy dispensing "
                                                   "support, lab processing of tests (in kind, approx. "
                                                   "£40,000)"),
                ("Resource impact - Orrin", "Funding for a 1.0 WTE peer support worker hosted by the Health "
                                            "Board and test kits (approx. £45,000); project management"),
                ("Anticipated start", "Q1 2026"),
                ("Length", "18 months"),
                ("Decision", "Go - approved by the Joint Working Panel on 13 May 2025 to proceed to a PID")]),
    ],
}

CF02 = {
    "file": "t8a_cf_02_ashgrove_concept_framework_psoriasis.pdf", "fmt": "pdf", "type": "concept-framework",
    "columns": 1, "ruled": True, "accent": "5B3A1A",
    "header": "Project Concept Framework", "footer": "Ashgrove Pharmaceuticals UK Limited - draft",
    "over": {"promotional-language": "fail", "resource-contributions": "fail"},
    "notes": "promotional-language FAIL: promotes the company's brand ('Zelvarin, the best-in-class "
             "biologic') and aims to increase the number of patients started on it. resource-contributions "
             "FAIL: Ashgrove's contribution is stated but the Trust's is 'to be confirmed'. Patient benefit "
             "(shorter waits, earlier treatment) is still stated, so patient-benefit passes.",
    "blocks": [
        ("title", "Project Concept Framework"),
        ("sub", "Faster access to specialist care for moderate-to-severe psoriasis - Westbourne Hospitals "
                "NHS Trust and Ashgrove Pharmaceuticals UK Limited"),
        ("table", [["Section", "Detail"],
                   ["Partner organisations", "Westbourne Hospitals NHS Trust (dermatology); Ashgrove "
                                             "Pharmaceuticals UK Limited"],
                   ["Purpose", "Patients referred with moderate-to-severe psoriasis wait up to 30 weeks for a "
                               "first dermatology appointment and a further 10 weeks for a systemic therapy "
                               "assessment."],
                   ["Objectives", "Create a nurse-led triage and assessment clinic so that patients are seen "
                                  "within 8 weeks. Increase the number of eligible patients started on "
                                  "Zelvarin, the best-in-class biologic for rapid skin clearance."],
                   ["Benefits", "Patients: shorter waits, earlier effective treatment, better quality of life. "
                                "Trust: reduced waiting list. Ashgrove: faster uptake of Zelvarin in the region."],
                   ["Resource impact", "Ashgrove: £60,000 for a Band 7 dermatology nurse for 12 months and "
                                       "clinic set-up costs. Trust: to be confirmed."],
                   ["Start", "Q1 2026"], ["Length", "12 months"],
                   ["Decision", "Pending - for discussion at Trust Joint Working Panel"]], True),
    ],
}

CF03 = {
    "file": "t8a_cf_03_severnbrook_concept_note_eoi.docx", "fmt": "docx", "type": "concept-framework",
    "header": "Concept Note - Expression of Interest", "footer": "Severnbrook ICB / Merrow Biopharma UK Limited",
    "accent": "003087",
    "over": {"sales-roles": "warn"},
    "notes": "'Concept Note - Expression of Interest' with partners, purpose, objectives, resources, start, "
             "length and decision: a concept framework. sales-roles WARN: Merrow's Key Account Manager is "
             "named as the contact for enquiries only; the note says the KAM has no role in design or "
             "delivery.",
    "blocks": [
        ("title", "Concept Note - Expression of Interest"),
        ("sub", "Lipid optimisation after cardiovascular events - NHS Severnbrook Integrated Care Board and "
                "Merrow Biopharma UK Limited"),
        ("h2", "1. Who would be involved"),
        ("p", "NHS Severnbrook Integrated Care Board (medicines optimisation team and cardiology network) and "
              "Merrow Biopharma UK Limited (medical affairs and partnerships)."),
        ("h2", "2. What is the problem?"),
        ("p", "Only 39% of patients discharged after a heart attack or stroke in Severnbrook reach the "
              "non-HDL cholesterol target in NICE NG238 within a year. Many are not followed up once they "
              "leave hospital."),
        ("h2", "3. What would the project try to achieve?"),
        ("bul", ["For patients: a lipid review by a practice pharmacist within 12 weeks of discharge, "
                 "lowering their risk of a further heart attack or stroke.",
                 "For the ICB: better secondary prevention and fewer repeat admissions.",
                 "For Merrow: understanding of post-discharge pathways in primary care."]),
        ("h2", "4. Resources each partner would commit"),
        ("p", "ICB: 0.4 WTE Band 8a pharmacist lead, cardiology network clinical sessions and BI analyst time "
              "(about £35,000 in kind). Merrow: £40,000 towards practice pharmacist sessions and 15 days of "
              "project management."),
        ("h2", "5. Timing"),
        ("p", "Anticipated start Q2 2026; 12 months."),
        ("h2", "6. Decision"),
        ("p", "Agreed at the ICB Industry Partnerships Group on 2 June 2025 to develop a full PID."),
        ("h2", "7. Enquiries"),
        ("p", "ICB: Laura Pennington, Senior Medicines Optimisation Pharmacist, laura.pennington@nhs.net. "
              "Merrow: Jason Tarrant, Key Account Manager, j.tarrant@merrowbio.co.uk (enquiries only - the "
              "Key Account Manager will have no role in designing or delivering the project)."),
    ],
}

DOCS = [ES01, ES02, ES03, ES04, CF01, CF02, CF03]
