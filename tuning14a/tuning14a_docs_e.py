"""tuning14a documents 28-34."""
from tuning14a_common import spec, revtable, GLAS, CORR, SPERRIN, GLENMORAY, ARDMUIR, CWMTAWEL, FED


def d28():
    b = [
        ("title", "Amendment to Project Initiation Document"),
        ("sub", "Kinbrae Childhood Immunisation Catch-up: Health Visitor Outreach Pilot"),
        ("kv", [("Amendment reference", "KCU-AM-02"),
                ("Project leads", "Dr Morag Sinclair (NHS Glenmoray); Fiona Strachan (Corriebank Biologics UK Limited)"),
                ("Date submitted to Project Board", "4 November 2025"),
                ("Reason for change", "Evening clinics have been more popular than expected and the family support worker cannot cover all bookings, reminder calls and nursery liaison."),
                ("Change requested", "Add Callum Reid, Corriebank Territory Manager for the North of Scotland, to the project delivery team for four months to help arrange nursery pop-up sessions and liaise with practice managers on clinic rotas."),
                ("Impact on timeline", "None; the pilot still ends 30 April 2026."),
                ("Impact on finances", "No additional cost to the Board; Mr Reid's time is absorbed by Corriebank."),
                ("Impact on logistics", "Mr Reid will attend the fortnightly operational huddle in Kinbrae."),
                ("Published summary", "No change needed."),
                ("Approval", "Pending Project Board, 18 November 2025")]),
    ]
    return spec(28, "amd_kinbrae_team_change", "amendment", "pdf", b,
                "NHS Glenmoray | Project amendment", "KCU-AM-02", layout="ruled",
                flags={"sales-roles": "fail"},
                notes="sales-roles fail: the amendment adds Corriebank's Territory Manager (a sales role) to the delivery team and operational huddle.")


def d29():
    b = [
        ("title", "Project Initiation Document"),
        ("sub", "Protecting People with COPD: Practice-based Vaccination Recall - NHS Glenmoray with Corriebank Biologics UK Limited"),
        revtable([["0.4", "02/06/2025", "Dr Isla Munro (GP, Glenmoray)", "Draft"], ["1.0", "30/06/2025", "Anil Mehta (Corriebank)", "Final for approval"]]),
        ("h", "1. Context"),
        ("p", "Flu, pneumococcal and RSV infections are common triggers of COPD exacerbations. In 14 Glenmoray practices about a third of patients on the COPD register missed at least one vaccine they were eligible for last season. Practices lack time to run proactive recall."),
        ("h", "2. What the project will do"),
        ("num", ["A vaccination co-ordinator employed by the Board runs searches in each practice and sends tailored invitations.",
                 "Patients who do not respond receive a phone call from a practice nurse.",
                 "Housebound patients are offered a home visit by the community nursing team."]),
        ("p", "The project is product-neutral and uses vaccines supplied under the national programme."),
        ("h", "3. Benefits"),
        ("p", "Fewer patients with COPD catch flu or pneumonia, so fewer exacerbations, hospital admissions and deaths over winter. Practices get a recall process they can keep using. Corriebank gains understanding of recall in primary care."),
        ("h", "4. Measuring success"),
        ("p", "The steering group will monitor: vaccination coverage among COPD patients for each vaccine; the proportion of non-responders who receive a phone call; COPD admissions between December and March. Targets for each measure will be agreed by the steering group once the first quarter's data are available."),
        ("h", "5. Resources"),
        ("tbl", [["Partner", "Contribution", "Value"],
                 ["NHS Glenmoray", "Vaccine supply and administration, practice nurse time for calls, community nursing visits, 0.1 WTE public health consultant", "c. GBP 52,000 in kind"],
                 ["Corriebank", "Funding of 1.0 WTE Band 5 vaccination co-ordinator for 9 months; project manager 3 days/month", "GBP 33,000 + in kind"]]),
        ("h", "6. Information governance"),
        ("p", "A DPIA will be completed if required."),
        ("h", "7. Confidentiality"),
        ("p", "Patient information is confidential and will be handled under NHS Scotland policies. Each partner's unpublished business information will be kept confidential by the other during and after the project, save where FOISA requires disclosure."),
        ("h", "8. Governance"),
        ("p", "Steering group: Dr Isla Munro (chair), Board immunisation co-ordinator, two practice managers, Anil Mehta, Dr Rhodri Beynon (Medical Affairs). Corriebank's commercial staff have no involvement."),
        ("h", "9. Exit"),
        ("p", "The co-ordinator post is fixed term to 31 March 2026. Practices will keep the search templates and invitation letters and run recall themselves in future seasons; the Board will decide at month 7 whether to continue central co-ordination. Either partner may withdraw on 60 days' notice, in which case invitations already issued will still be honoured by practices."),
        ("h", "10. Publication"),
        ("p", "A summary certified by Corriebank will be published on its website before the first invitation is sent; both partners will publish outcomes within six months of completion; Corriebank's support will be disclosed through Disclosure UK."),
    ]
    return spec(29, "pid_glenmoray_copd_vaccination_recall", "pid", "docx", b,
                "NHS Glenmoray / Corriebank", "PID v1.0 | Date of preparation June 2025",
                flags={"data-protection": "fail", "measurable-outcomes": "warn"},
                notes="data-protection fail: the only provision is 'A DPIA will be completed if required' although a co-ordinator searches practice records (placeholder). measurable-outcomes warn: measures are named but targets are left to the steering group after Q1.")


def d30():
    b = [
        ("title", "JOINT WORKING AGREEMENT"),
        ("sub", "Biologic Medicines Homecare Support Service - Sperrin HSC Trust"),
        ("p", "This Agreement is dated 27 May 2025 and is between SPERRIN HEALTH AND SOCIAL CARE TRUST, a Health and Social Care Trust established under the Health and Personal Social Services (Northern Ireland) Order 1991, of Tyrone House, Omagh Road, Strabane (the \"Trust\"), and CORRIEBANK BIOLOGICS UK LIMITED, registered in Scotland with company number SC512980, of 4 Drumsheugh Quay, Edinburgh (\"Corriebank\")."),
        ("h", "1. Background and purpose"),
        ("p", "1.1 About 1,400 Trust patients receive biologic medicines at home through homecare. When deliveries or nurse visits go wrong, patients miss doses and call the specialist teams, who have no dedicated capacity to respond. 1.2 The parties will jointly set up a homecare liaison function within the Trust's pharmacy department, independent of which manufacturer's products patients receive."),
        ("h", "2. Benefits"),
        ("tbl", [["For", "Expected benefit"],
                 ["Patients", "Fewer missed doses, a single point of contact for homecare problems, faster resolution and less disruption to daily life"],
                 ["Trust", "Less time spent by consultants and specialist nurses on homecare queries; better contract oversight"],
                 ["Corriebank", "Insight into how patients experience homecare for biologic medicines"]]),
        ("h", "3. Measures"),
        ("tbl", [["Measure", "Baseline (Q4 2024/25)", "Target (month 18)"],
                 ["Missed or late homecare deliveries per 100 patients per quarter", "7.4", "3.0"],
                 ["Homecare queries resolved within 2 working days", "41%", "85%"],
                 ["Specialist nurse hours spent on homecare queries per week", "26", "8"]]),
        ("h", "4. Contributions"),
        ("p", "4.1 Corriebank will fund a 1.0 WTE Band 6 homecare liaison pharmacy technician for 18 months (GBP 61,200, paid quarterly against invoice) and provide a project manager for up to 3 days a month. 4.2 The Trust will provide line management and supervision by the Lead Pharmacist for Homecare (0.1 WTE), office space, IT and telephony, access to homecare provider reports, and business intelligence time for evaluation (estimated GBP 27,500)."),
        ("h", "5. Governance"),
        ("p", "5.1 A Joint Steering Group chaired by Orla McKeown, with the Trust's rheumatology and dermatology leads, the liaison technician, Anil Mehta (Corriebank Project Manager) and Kirsty Doig (Corriebank Market Access Manager). Corriebank staff with sales responsibilities will have no involvement."),
        ("h", "6. Patient data"),
        ("p", "6.1 The Trust is data controller for all personal data. Processing takes place within Trust systems, in line with UK GDPR and the Data Protection Act 2018, and is covered by a DPIA approved by the Personal Data Guardian. 6.2 Corriebank shall have no access to identifiable patient data; it receives quarterly anonymised aggregate data only."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 Each party shall keep confidential, and use only for this Agreement, information received from the other that is not public, including homecare contract details and patient information. 7.2 This obligation continues for seven years after termination (and indefinitely for patient information), subject to the Trust's obligations under the Freedom of Information Act 2000."),
        ("h", "8. Transparency"),
        ("p", "8.1 Corriebank will publish an executive summary on its website before the service starts on 1 August 2025. 8.2 Outcomes will be published by both parties within six months of completion. 8.3 Corriebank will report the value of this Agreement on Disclosure UK."),
        ("h", "9. Duration and exit"),
        ("p", "9.1 The project runs from 1 August 2025 for 18 months. 9.2 Either party may terminate on 90 days' written notice, or immediately for unremedied material breach. 9.3 At the end of the project or on early termination, the liaison function will either be absorbed into the Trust pharmacy establishment (decision by month 14) or stood down, with homecare queries reverting to the specialist teams and patients informed in writing of the contact route. The technician post is a fixed-term Trust post managed under Trust HR policy."),
        ("h", "10. Compliance"),
        ("p", "10.1 Each party will comply with the ABPI Code, the Bribery Act 2010 and Department of Health (NI) guidance. Nothing in this Agreement obliges the Trust to prescribe or buy any Corriebank product. 10.2 Governed by the law of Northern Ireland."),
        ("sig", [(SPERRIN, "Orla McKeown", "Lead Pharmacist, for and on behalf of the Trust"), (CORR, "Dr Rhodri Beynon", "Medical Affairs Lead, authorised signatory")]),
    ]
    return spec(30, "agr_sperrin_homecare_liaison", "agreement", "pdf", b,
                "Sperrin HSCT - Corriebank Joint Working Agreement", "Executed version", layout="ruled")


def d31():
    b = [
        ("title", "Executive Summary: COPD Treatment Optimisation - Cwm Tawel"),
        ("kv", [("Partners", CWMTAWEL + " and " + GLAS),
                ("Duration", "February 2026 - January 2027"),
                ("Date of preparation", "November 2025 (GLAS-JW-1103)")]),
        ("h", "Background"),
        ("p", "Many patients with COPD in Cwm Tawel remain on older dual therapy regimens. Glasnant's Aerovane once-daily triple inhaler was added to the Health Board formulary in 2025."),
        ("h", "Objectives"),
        ("bul", ["Support cluster pharmacists to review COPD patients on dual therapy.",
                 "Increase the number of eligible patients initiated on Aerovane across the Health Board's clusters.",
                 "Produce a prescribing dashboard for clusters."]),
        ("h", "Expected benefits"),
        ("p", "Benefits are expected to include increased use of Aerovane in line with its formulary position and greater consistency of prescribing between clusters."),
        ("h", "Financial arrangements and roles"),
        ("p", "Glasnant will provide GBP 30,000 towards pharmacist backfill and a project manager. The Health Board will provide cluster pharmacist time (0.4 WTE across four clusters), prescribing data analysis and clinical governance."),
        ("h", "Publication"),
        ("p", "This summary is published on Glasnant's website before the project starts; outcomes will be published by both parties within six months of completion."),
        ("h", "Contacts"),
        ("p", "Huw Llewellyn, Head of Medicines Management, Cwm Tawel UHB; Catrin Morgan, Collaborative Working Manager, Glasnant."),
    ]
    return spec(31, "es_cwmtawel_copd_optimisation", "executive-summary", "docx", b,
                "Glasnant Respiratory Ltd", "GLAS-JW-1103",
                flags={"promotional-language": "fail", "patient-benefit": "fail"},
                notes="promotional-language fail: objective to increase patients initiated on the company's brand Aerovane. patient-benefit fail: the only 'benefit' is increased use of Aerovane and prescribing consistency - no benefit to patients. data-protection n/a: no patient data discussed (prescribing dashboard is not patient-level data as described).")


def d32():
    b = [
        ("title", "Early Inflammatory Arthritis Fast-Track Clinic"),
        ("sub", "Project Initiation Document - NHS Ardmuir Rheumatology and Corriebank Biologics UK Limited"),
        ("kv", [("NHS board", ARDMUIR),
                ("Company", CORR),
                ("Clinical lead", "Dr Kenneth Blair, Consultant Rheumatologist, Ardmuir Royal Infirmary"),
                ("Company lead", "Anil Mehta, Project Manager"),
                ("Start", "1 October 2025"),
                ("End", "30 September 2027"),
                ("PID approved", "Rheumatology MCN and Board Joint Working Group, 4 August 2025")]),
        ("h", "Why this project"),
        ("p", "National guidance expects people with suspected inflammatory arthritis to be seen by a rheumatologist within three weeks of referral. In Ardmuir the median wait is eleven weeks, and joint damage can begin in that time."),
        ("h", "What will change for patients"),
        ("p", "People referred with suspected inflammatory arthritis will be seen in a nurse-led triage clinic within two weeks, with same-day bloods and ultrasound, and those confirmed will start treatment sooner, protecting joints and ability to work."),
        ("h", "Targets"),
        ("tbl", [["What", "Now", "Target", "How measured"],
                 ["Median wait to first rheumatology assessment", "11 weeks", "3 weeks by month 9", "TrakCare referral data"],
                 ["Confirmed RA patients starting DMARD within 6 weeks of referral", "34%", "80%", "Clinic audit"],
                 ["Patients reporting good understanding of their condition (ARAD score)", "-", "75% at 3 months", "Patient questionnaire"]]),
        ("h", "Resources committed"),
        ("bul", ["Corriebank: GBP 92,000 over two years to fund a Band 7 rheumatology nurse specialist (0.8 WTE) and portable ultrasound training; 3 days per month of project management; evaluation design with medical affairs.",
                 "NHS Ardmuir: two consultant sessions a week for the triage clinic, phlebotomy and ultrasound slots, clinic rooms, administrative support and an analyst from the Board's information services (about GBP 78,000)."]),
        ("h", "Treatment choices"),
        ("p", "All prescribing follows SMC advice and the Board's rheumatology protocols. No medicine made by Corriebank is promoted or favoured through this project."),
        ("h", "Governance"),
        ("p", "Joint project group: Dr Blair (chair), rheumatology nurse specialist, service manager, Anil Mehta and Dr Rhodri Beynon. Corriebank's sales force has no role in planning or delivery and will not attend clinics."),
        ("h", "Data and privacy"),
        ("p", "NHS Ardmuir is the data controller. Patient data stay in Board systems and are handled under UK GDPR, the Data Protection Act 2018 and the Board's Caldicott arrangements; the DPIA was approved on 28 July 2025. Corriebank receives anonymised, aggregated reports only."),
        ("h", "Confidential information"),
        ("p", "Neither partner will share the other's non-public information (including costs, service plans and any patient information) outside the project group, and this continues after the project ends. FOISA requests will be handled by the Board, which will consult Corriebank where its commercial interests are affected."),
        ("h", "Sustainability"),
        ("p", "By month 18 the service manager will present an evaluation and business case to the Board's Planned Care Programme Board. If the clinic is mainstreamed, the nurse post transfers to the Board's funded establishment. If not, new referrals revert to the standard pathway from month 24 and patients in the fast-track clinic complete their assessment. Either partner may end the project early on three months' notice."),
        ("h", "Publication"),
        ("p", "Before 1 October 2025 Corriebank will publish a certified executive summary on its website. Both partners will publish outcomes within six months of the end date, and Corriebank will report its funding on Disclosure UK."),
    ]
    return spec(32, "pid_ardmuir_early_arthritis", "pid", "docx", b,
                "NHS Ardmuir | OFFICIAL", "EIA Fast-Track PID v1.0 | CB-UK-JW-0801")


def d33():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Housebound COPD Review Service - Mid-Sperrin"),
        ("h", "Parties"),
        ("num", ["Sperrin Health and Social Care Trust, Tyrone House, Omagh Road, Strabane (\"the Trust\")",
                 "Mid-Sperrin GP Federation Ltd, a company limited by guarantee registered in Northern Ireland (NI645201), Unit 4, Gortin Road Business Park, Omagh (\"the Federation\")",
                 "Glasnant Respiratory Ltd, company number SC604117, 21 Cadzow Street, Hamilton (\"Glasnant\")"]),
        ("p", "Date: 20 October 2025. The Trust is the lead NHS party for this Agreement."),
        ("h", "1. The service"),
        ("p", "1.1 A respiratory nurse and a pharmacist will visit people with COPD who are housebound and have not had a review in the past 15 months, assessing symptoms, inhaler technique, oxygen needs and anticipatory care plans."),
        ("h", "2. What patients gain"),
        ("p", "2.1 Housebound people get a proper review at home, fewer avoidable crises and ambulance call-outs, and a care plan shared with the out-of-hours service so that their wishes are known."),
        ("h", "3. Contributions"),
        ("tbl", [["Party", "Contribution"],
                 ["Trust", "Respiratory consultant advice (0.5 PA/week), community respiratory team line management, mileage, evaluation analyst (2 days a month)"],
                 ["Federation", "Identification of eligible patients through practice searches, a 0.4 WTE federation pharmacist, practice liaison"],
                 ["Glasnant", "GBP 49,000 for a 0.8 WTE Band 6 respiratory nurse for 12 months (paid to the Trust); project manager 2 days per month"]]),
        ("h", "4. Targets"),
        ("tbl", [["Indicator", "Start", "Aim at 12 months"],
                 ["Eligible housebound patients reviewed", "0 of 310", "250"],
                 ["Patients with shared anticipatory care plan", "12%", "70%"],
                 ["Emergency ambulance conveyances for COPD (cohort)", "148 per year", "110 per year"]]),
        ("h", "5. Protecting information"),
        ("p", "5.1 The Trust and practices are joint controllers for patient data under a data sharing agreement and UK GDPR; a DPIA is in place. 5.2 Glasnant will never receive information that could identify a patient; it gets anonymised numbers only. 5.3 Each party shall keep the others' confidential business and patient information secret and use it only for this Agreement, including after it ends, subject to FOI law."),
        ("h", "6. People"),
        ("p", "6.1 The project board is chaired by the Trust's Respiratory Lead Nurse, with the Federation's clinical lead and Glasnant's Project Manager and Medical Science Liaison. Glasnant confirms that its account management and sales colleagues are excluded."),
        ("h", "7. Ending the Agreement"),
        ("p", "7.1 Twelve-month term from 1 December 2025. Any party may withdraw on 3 months' notice. 7.2 On expiry or early end, patients on the caseload are transferred to their practice and the community respiratory team with their care plans; the Trust decides by month 10 whether to retain the nurse role in its establishment; otherwise the fixed-term post ends."),
        ("h", "8. Being open"),
        ("p", "8.1 Glasnant will post a summary on its website before 1 December 2025 and disclose payments on Disclosure UK; the parties will publish outcomes within six months of the end of the term."),
        ("sig", [(SPERRIN, "Dr Ciaran Devlin", "Clinical Director, Respiratory"), (FED, "Dr Grainne Toner", "Clinical Lead and Director"), (GLAS, "Owain Jenkins", "NHS Partnerships Lead")]),
    ]
    return spec(33, "agr_midsperrin_housebound_copd", "agreement", "docx", b,
                "Mid-Sperrin Housebound COPD Review", "Collaborative Working Agreement - signed")


def d34():
    b = [
        ("title", "Sperrin Inhaler Technique and Waste Project 2023-2025"),
        ("sub", "Summary of Project Outcomes"),
        ("kv", [("Partners", SPERRIN + "; " + GLAS),
                ("Ran from", "September 2023 to June 2025"),
                ("Published", "October 2025")]),
        ("h", "What the project did"),
        ("p", "Community pharmacists and Trust respiratory nurses ran joint inhaler clinics in eight towns, looking at how inhalers were used, returning unused inhalers for safe disposal and agreeing a single repeat regimen with each patient's practice."),
        ("h", "Results"),
        ("tbl", [["Measure", "Baseline", "Result", "Target"],
                 ["Patients seen", "-", "2,386", "2,000"],
                 ["Clinic sessions held", "-", "312", "300"],
                 ["Inhalers returned for disposal", "-", "9,140", "-"],
                 ["Practices taking part", "-", "19 of 21", "18"]]),
        ("p", "Source: Trust clinic database and BSO prescribing data, anonymised and aggregated."),
        ("h", "Impact"),
        ("p", "Patients experienced improved outcomes and the service was well received."),
        ("h", "Reflections"),
        ("bul", ["Both partners delivered their commitments: Trust nursing and pharmacy time; Glasnant funding of GBP 52,000 and project management.",
                 "The clinics have been absorbed into the Trust's community respiratory service from July 2025."]),
        ("h", "Queries"),
        ("p", "For further information contact Orla McKeown (Sperrin HSCT) or Declan Mulholland, Regional Business Manager, Glasnant Respiratory Ltd."),
        ("p", "This summary is published on both partners' websites within six months of project completion."),
    ]
    return spec(34, "out_sperrin_inhaler_waste", "outcomes-summary", "pdf", b,
                "Glasnant | Sperrin HSCT", "GLAS-JW-0990 | October 2025",
                flags={"patient-benefit": "warn", "sales-roles": "warn"},
                notes="patient-benefit warn: the only statement of benefit to patients is 'improved outcomes' (results table reports only activity - patients seen, sessions, inhalers returned, practices). sales-roles warn: Glasnant's Regional Business Manager is named only as a contact for queries, not in delivery.")


DOCS = [d28, d29, d30, d31, d32, d33, d34]
