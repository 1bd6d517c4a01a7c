"""tuning12b documents 05-08."""
from tuning12b_common import outcomes


def d05():
    co, tr = "Veyron Pharmaceuticals UK Ltd", "Saltmarsh Coast NHS Foundation Trust"
    blocks = [
        ("title", "PROJECT INITIATION DOCUMENT (PID)"),
        ("sub", "IBD Virtual Monitoring Clinic - Saltmarsh Coast"),
        ("t", [["Document owner", "Gastroenterology Directorate, %s" % tr],
               ["Industry partner", co],
               ["Status", "Approved by Directorate Board 29 January 2025"],
               ["Version", "1.2"]], {"head": False}),
        ("h", "Section A - Case for change"),
        ("p", "The Trust follows up 2,750 people with Crohn's disease or ulcerative colitis. "
              "Follow-up is mostly calendar-based, so stable patients attend clinic unnecessarily "
              "while patients who are flaring wait up to 9 weeks for an appointment. A virtual "
              "monitoring clinic based on home faecal calprotectin tests and a symptom score would "
              "allow the IBD nurses to see the right patient at the right time."),
        ("h", "Section B - Aims and measurable objectives"),
        ("t", [["Objective", "Measure", "Baseline", "Target / date"],
               ["Faster access during flare", "Median days from flare report to review",
                "38 days", "7 days by Dec 2025"],
               ["Fewer unnecessary visits", "Routine outpatient follow-ups per patient per year",
                "2.4", "1.5 by Mar 2026"],
               ["Enrolment", "Patients enrolled in virtual clinic", "0", "1,200 by Mar 2026"],
               ["Patient experience", "IBD-Control PROM completion", "n/a", "70% of enrolled"]]),
        ("h", "Section C - Who benefits"),
        ("p", "Patients get quicker help when symptoms worsen and fewer journeys to hospital when "
              "they are well. The Trust releases clinic capacity. Veyron gains evidence about how "
              "remote monitoring services are designed and run."),
        ("h", "Section D - Resources"),
        ("b", ["Veyron: £118,000 over two years for home test kits, a fixed-term IBD nurse (Band 6, "
               "0.8 WTE, Trust-employed) and evaluation.",
               "Trust: IBD nurse team time (estimated 0.5 WTE), consultant sessions for pathway "
               "design, the IBD database and booking team support (valued at £64,000)."]),
        ("h", "Section E - Governance and roles"),
        ("p", "The IBD Project Board is chaired by the Clinical Lead for Gastroenterology and "
              "includes the Directorate Manager, the IBD nurse lead, a patient representative and "
              "Veyron's Medical Affairs Manager. Veyron's commercial staff, including key account "
              "managers, are excluded from the Board and from all project activity."),
        ("h", "Section F - Information governance"),
        ("p", "The Trust will process patient information under UK GDPR and the Data Protection Act "
              "2018, and a DPIA has been completed for the virtual clinic."),
        ("p", "For the evaluation, the Trust's Business Intelligence team will send Veyron a "
              "pseudonymised extract each quarter (age band, sex, diagnosis, calprotectin results, "
              "appointment activity, admissions). NHS numbers are replaced by a study code. So that "
              "records can be linked across quarters and to later admissions, the key linking "
              "study codes to NHS numbers will be held by Quantara Analytics Ltd, the data "
              "management contractor appointed and paid by Veyron for this project."),
        ("h", "Section G - Confidentiality"),
        ("p", "Both organisations will treat project documents, costs and draft reports as "
              "confidential; the Trust's obligations under the Freedom of Information Act 2000 are "
              "unaffected."),
        ("h", "Section H - Exit and sustainability"),
        ("p", "At month 18 the Project Board will review the results. If the virtual clinic meets "
              "its targets the Directorate will include the nurse post and test kits in its "
              "2026/27 budget. If not, enrolled patients return to scheduled follow-up with an "
              "appointment booked within 12 weeks, and the fixed-term post ends. Either party can "
              "leave on three months' written notice."),
        ("h", "Section I - Openness"),
        ("p", "Veyron will publish an executive summary of the project before it starts and both "
              "partners will publish an outcomes summary within six months of the end. Veyron "
              "will report its contribution on Disclosure UK."),
    ]
    return {
        "file": "t12b_05_pid_ibd_virtual_clinic.docx", "type": "pid",
        "header": "OFFICIAL - SCFT Gastroenterology", "footer": "IBD Virtual Clinic PID v1.2",
        "blocks": blocks,
        "outcomes": outcomes("pid", data_protection="fail"),
        "notes": ("data-protection FAIL despite UK GDPR/DPA 2018/DPIA keywords: the company receives "
                  "patient-level 'pseudonymised' extracts while the re-identification key is held by "
                  "a contractor appointed and paid by the company, so the company side can "
                  "re-identify patients - identifiable data in the company's sphere. A reviewer "
                  "would not accept this as anonymised."),
        "keys": ["held by Quantara Analytics Ltd", "pseudonymised extract each quarter"],
    }


def d06():
    co, pcn = "Orrin Health UK Ltd", "Riverside North Primary Care Network"
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Lipid Optimisation in Secondary Prevention"),
        ("p", "This Agreement is between %s (\"the PCN\"), comprising Albert Road Surgery, "
              "Quayside Medical Practice, St Anne's Health Centre and The Ferry Surgery, and %s "
              "(company number 07761190), whose registered office is at 22 Canal Street, "
              "Manchester M1 3HE (\"Orrin\")." % (pcn, co)),
        ("h", "1. Definitions"),
        ("p", "\"Project\" means the lipid optimisation project described in clause 2. \"Project "
              "Team\" means the PCN clinical pharmacists, the PCN Clinical Director and Orrin's "
              "Medical Science Liaison."),
        ("h", "2. The Project"),
        ("p", "2.1 Around 1,900 patients in the PCN have established cardiovascular disease. "
              "Practice audits show that 46% have not had a lipid test in the past 12 months and "
              "only 38% reach the lipid treatment threshold in the national pathway."),
        ("p", "2.2 PCN clinical pharmacists will search the four practices' clinical systems for "
              "patients with a coded cardiovascular diagnosis, review their records, and offer a "
              "telephone or face-to-face review with a lipid test and lifestyle advice. Any "
              "treatment change will follow the national lipid pathway and the local formulary."),
        ("h", "3. Contributions"),
        ("p", "3.1 Orrin will contribute £34,500 for backfill of 0.5 WTE clinical pharmacist time "
              "for 12 months, phlebotomy consumables and an independent evaluation."),
        ("p", "3.2 The PCN will contribute the Clinical Director's leadership (2 hours per week), "
              "0.4 WTE existing clinical pharmacist time, practice administrative staff for "
              "recall letters, and rooms in each practice."),
        ("h", "4. Outcomes"),
        ("b", ["Lipid test within 12 months: from 54% to 80% of the cohort by 31 March 2026.",
               "Patients at lipid threshold: from 38% to 60% by 31 March 2026.",
               "Source: practice system searches run by the PCN, reported quarterly."]),
        ("h", "5. Data protection"),
        ("p", "5.1 A data protection impact assessment will be completed if required."),
        ("h", "6. Confidentiality"),
        ("p", "6.1 The parties will keep confidential the terms of this Agreement and any "
              "non-public information received from each other. Patient information will remain "
              "confidential in line with each practice's policies."),
        ("h", "7. Compliance"),
        ("p", "7.1 Orrin's sales representatives and key account managers will not be involved in "
              "the Project. Nothing in this Agreement requires or rewards the prescribing of any "
              "Orrin product."),
        ("h", "8. Publication"),
        ("p", "8.1 Orrin will publish a summary of this Agreement before the Project starts. The "
              "PCN and Orrin will each publish the outcomes within six months of completion. "
              "Transfers of value will be disclosed on Disclosure UK."),
        ("h", "9. Term and exit"),
        ("p", "9.1 The Project runs from 1 April 2025 to 31 March 2026. Either party may end it on "
              "two months' notice. When funding ends, the backfilled pharmacist hours stop; patients "
              "reviewed stay on their practice's annual recall, and any patient with a review "
              "booked will still be seen by existing PCN pharmacists."),
        ("h", "Signatures"),
        ("sig", [(pcn, "Dr Helen Achebe", "Clinical Director"),
                 (co, "James Whitlow", "Head of Medical Affairs")]),
    ]
    return {
        "file": "t12b_06_cwa_lipids_pcn.docx", "type": "agreement",
        "header": "Riverside North PCN / Orrin - CWA", "footer": "Page footer: Version 1.1, March 2025",
        "blocks": blocks,
        "outcomes": outcomes("agreement", data_protection="fail", legal_entities="fail"),
        "notes": ("data-protection FAIL: PCN pharmacists search and review identifiable records, but "
                  "the only data-protection content is 'a DPIA will be completed if required' - a "
                  "conditional placeholder; no controller, lawful basis or UK GDPR (the "
                  "confidentiality clause's 'not disclosed to Orrin' supports confidentiality, not a "
                  "data-protection framework). legal-entities FAIL: party is the PCN (listing member "
                  "practices) with no lead practice or incorporated body as contracting vehicle; "
                  "signed by the PCN Clinical Director for the PCN."),
        "keys": ["will be completed if required", "Riverside North Primary Care Network"],
    }


def d07():
    co, tr = "Lindqvist Pharma UK Ltd", "Eastmere Community Health NHS Trust"
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "Diabetic Foot Early Intervention in Community Podiatry"),
        ("h", "1 Project summary"),
        ("p", "Eastmere Community Health NHS Trust and Lindqvist Pharma UK Ltd propose a 15-month "
              "project to set up rapid-access foot protection clinics in three community podiatry "
              "hubs, so that people with diabetes and an active foot problem are seen within two "
              "working days."),
        ("h", "2 Background"),
        ("p", "Last year 212 people with diabetes in the Eastmere area had a minor or major "
              "amputation. Audit found median time from first presentation to specialist foot "
              "assessment was 16 days. National guidance expects assessment within one working day "
              "for an active foot problem."),
        ("h", "3 Objectives and key performance indicators"),
        ("t", [["KPI", "Baseline (2023/24)", "Target (June 2026)", "Data source"],
               ["Median days to foot protection assessment", "16", "2", "SystmOne podiatry module"],
               ["Major amputations per year", "71", "55", "HES via Trust BI"],
               ["Patients with foot ulcer healed at 12 weeks", "41%", "55%", "Podiatry audit"]]),
        ("h", "4 Expected benefits"),
        ("p", "For patients: quicker assessment and treatment of foot ulcers, fewer amputations and "
              "hospital stays. For the Trust: a sustainable rapid-access model. For Lindqvist: "
              "experience of supporting community pathway redesign."),
        ("h", "5 Resources and contributions"),
        ("t", [["Contributor", "Contribution"],
               ["Lindqvist Pharma UK Ltd", "£84,200: two Band 6 podiatrists (fixed-term, Trust-"
                                            "employed, 0.5 WTE each) £61,000; clinic equipment "
                                            "£9,700; patient education leaflets £2,500; evaluation "
                                            "£11,000"],
               ["Eastmere Community Health NHS Trust", "The Trust will provide support and "
                                                        "engagement from its teams throughout "
                                                        "the project."]]),
        ("h", "6 Project structure"),
        ("p", "Project Board: Head of Podiatry (chair), Diabetes Clinical Lead, Finance Business "
              "Partner, Lindqvist Medical Affairs Manager. The Board reports to the Trust's "
              "Clinical Effectiveness Group. Lindqvist's sales and marketing staff have no role in "
              "the project."),
        ("h", "7 Information governance"),
        ("p", "The project will be GDPR compliant."),
        ("h", "8 Confidentiality"),
        ("p", "Information shared between the partners that is marked confidential will be "
              "protected and used only for the project. Patient records remain confidential to the "
              "Trust under its existing policies."),
        ("h", "9 Risks"),
        ("t", [["Risk", "Mitigation"],
               ["Recruitment delay", "Advertise both posts in first month; use bank podiatrists"],
               ["Low referral from GPs", "Direct referral route publicised via PCNs"]]),
        ("h", "10 Exit"),
        ("p", "The podiatry posts are fixed-term for the 15 months of the project. A business case "
              "will go to the ICB at month 11. If recurrent funding is not agreed, the rapid-access "
              "slots will be absorbed into the three hubs' existing clinics at a reduced level and "
              "patients under active treatment will continue with their current podiatrist until "
              "healed. Either partner may end the project on 90 days' notice."),
        ("h", "11 Publication"),
        ("p", "An executive summary will be published by Lindqvist before the start. Outcomes will "
              "be published by both partners within six months of completion and Lindqvist will "
              "disclose the funding on Disclosure UK."),
        ("h", "Approval"),
        ("sig", [(tr, "Carys Newton", "Director of Operations"),
                 (co, "Dr Stefan Hale", "Medical Director UK")]),
    ]
    return {
        "file": "t12b_07_pid_diabetic_foot.pdf", "type": "pid",
        "header": "PID | Diabetic Foot Rapid Access | v1.0 | OFFICIAL", "footer": tr,
        "blocks": blocks,
        "outcomes": outcomes("pid", data_protection="warn", resource_contributions="fail"),
        "notes": ("data-protection WARN: the only IG content is the bare 'The project will be GDPR "
                  "compliant' (the confidentiality section's 'records remain confidential' is "
                  "confidentiality, not a data-protection arrangement; no company data access is "
                  "described). resource-contributions FAIL: the company's contribution is costed "
                  "in detail but the Trust's is only 'support and engagement' - no staff time, "
                  "skills, facilities or data identified."),
        "keys": ["The project will be GDPR compliant.", "support and engagement from its teams"],
    }


def d08():
    co = "Morwen Life Sciences UK Ltd"
    blocks = [
        ("title", "JOINT WORKING AGREEMENT"),
        ("sub", "Severe Asthma Identification and Review - Fellside"),
        ("p", "Dated: 3 February 2025"),
        ("h", "PARTIES"),
        ("p", "(1) DR GARETH LUNN, general practitioner, of Fellside Surgery, 12 Market Brow, "
              "Kendal LA9 4QS (\"the GP\"); and"),
        ("p", "(2) MORWEN LIFE SCIENCES UK LTD, incorporated in England and Wales with company "
              "number 05590234, of Unit 7, Skelgate Business Park, Preston PR2 9ZZ (\"Morwen\")."),
        ("h", "1. Purpose"),
        ("p", "1.1 To identify patients with poorly controlled or possible severe asthma at Fellside "
              "Surgery (list size 8,900) and offer each a structured review by a respiratory "
              "specialist nurse, with referral to the regional severe asthma service where criteria "
              "are met."),
        ("h", "2. Contributions"),
        ("p", "2.1 Morwen will fund 12 sessions per month of a respiratory specialist nurse employed "
              "by the surgery (total £22,800) and the cost of FeNO testing consumables (£3,100)."),
        ("p", "2.2 The GP will provide supervision (one session per month), practice nurse time for "
              "inhaler technique checks (4 hours per week), reception and recall support and a "
              "clinic room two days a week."),
        ("h", "3. Clinical independence"),
        ("p", "3.1 Treatment and referral decisions are made by the surgery's clinicians in line "
              "with national asthma guidelines. Morwen medical representatives will not attend "
              "clinics or take any part in the project."),
        ("h", "4. Success measures"),
        ("b", ["Asthma patients with 2 or more courses of oral steroids in 12 months reviewed: 100% by "
               "month 6 (baseline 0 reviewed; 84 patients identified).",
               "Referrals to severe asthma service of eligible patients: from 3 to at least 15.",
               "Asthma Control Test improvement of 3 points or more in 50% of reviewed patients."]),
        ("h", "5. Data"),
        ("p", "5.1 The GP will process personal data in accordance with the Data Protection Act "
              "1998. Morwen will receive a summary report only."),
        ("h", "6. Confidentiality"),
        ("p", "6.1 Neither party will disclose confidential information of the other without "
              "consent, save as required by law. This obligation survives termination for 5 years."),
        ("h", "7. Term, termination and exit"),
        ("p", "7.1 Term: 12 months from 1 March 2025. Either party may terminate on 30 days' "
              "written notice. On termination the funded nurse sessions end at the end of the notice "
              "period; patients awaiting review will be seen by the practice nurse team and patients "
              "referred to the severe asthma service remain under that service."),
        ("h", "8. Transparency"),
        ("p", "8.1 Morwen will post an executive summary on its website before the start date and "
              "will publish outcomes within six months of completion; the GP may also publish. "
              "Payments will be disclosed on Disclosure UK."),
        ("h", "9. Anti-bribery"),
        ("p", "9.1 No payment under this Agreement is made to any individual for their personal "
              "benefit; funds are used solely for the nurse sessions and consumables."),
        ("h", "EXECUTION"),
        ("sig", [("Dr Gareth Lunn", "Dr Gareth Lunn", "General Practitioner"),
                 (co, "Angela Fairhurst", "Head of Medical, UK & Ireland")]),
    ]
    return {
        "file": "t12b_08_jwa_severe_asthma_single_gp.pdf", "type": "agreement",
        "header": "Morwen / Fellside JWA", "footer": "MLS-JW-0447 | Commercial in confidence",
        "blocks": blocks,
        "outcomes": outcomes("agreement", data_protection="warn", legal_entities="fail"),
        "notes": ("data-protection WARN: cites only the repealed Data Protection Act 1998 (the "
                  "'summary report only' line limits what Morwen gets, but the framework is "
                  "outdated; no UK GDPR/DPA 2018, DPIA or controller). legal-entities FAIL: the NHS "
                  "party is an individual, Dr Gareth Lunn, contracting and signing in his own name "
                  "(not 'the partners of' a practice or an incorporated body)."),
        "keys": ["DR GARETH LUNN, general practitioner", "Data Protection Act 1998"],
    }
