"""tuning10b: long agreement texts for documents 03 and 04."""


def doc03_blocks():
    defs = [
        '"Agreement" means this agreement, including its Schedules, as varied under clause 15;',
        '"Business Day" means a day other than a Saturday, Sunday or public holiday in England;',
        '"Commencement Date" means 2 June 2025, provided that the Executive Summary has been '
        'published in accordance with Schedule 5;',
        '"Confidential Information" means all information of a confidential nature disclosed by '
        'or on behalf of a Party in connection with the Project, including patient information and '
        'either Party\'s commercially sensitive information, in any form;',
        '"Contributions" means the money, staff time, skills and facilities each Party will '
        'provide, as set out in Schedule 2;',
        '"Data Protection Legislation" means the UK GDPR, the Data Protection Act 2018 and all '
        'other applicable law on the processing of personal data;',
        '"Executive Summary" means the public summary of this Agreement described in Schedule 5;',
        '"Exit Plan" means the arrangements set out in Schedule 4;',
        '"FLS" means the Trust\'s fracture liaison service;',
        '"KPIs" means the key performance indicators set out in Schedule 3;',
        '"Lowther" means Lowther Bioscience UK Ltd, a company registered in England and Wales '
        '(company number 08811274);',
        '"Project" means the extension of the FLS to patients with vertebral fractures described '
        'in Schedule 1;',
        '"Project Board" means the joint board constituted under clause 6 and Schedule 6;',
        '"Term" means the period from the Commencement Date to 31 May 2027 unless ended earlier '
        'under clause 13;',
        '"Trust" means Tamsworth University Hospitals NHS Trust.',
    ]
    return [
        ("title", "Collaborative Working Agreement"),
        ("subtitle", "Vertebral Fracture Identification: extension of the Fracture Liaison Service"),
        ("p", "THIS AGREEMENT is dated 17 April 2025 and is made BETWEEN (1) TAMSWORTH UNIVERSITY "
              "HOSPITALS NHS TRUST of Infirmary Road, Tamsworth (the Trust) and (2) LOWTHER "
              "BIOSCIENCE UK LTD whose registered office is at 4 Canal Wharf, Wexcombe (Lowther), "
              "each a Party and together the Parties."),
        ("h1", "1. Definitions and interpretation"),
        ("p", "1.1 In this Agreement the following words have the following meanings:"),
        ("numbered", defs),
        ("p", "1.2 The Schedules form part of this Agreement. In the event of conflict between a "
              "clause and a Schedule, the clause prevails save in respect of Schedules 2 to 5, "
              "which prevail in their subject matter."),
        ("h1", "2. Purpose"),
        ("p", "2.1 The Parties shall jointly deliver the Project for the benefit of patients as "
              "described in Schedule 1, in accordance with the ABPI Code of Practice and NHS "
              "policy. 2.2 Nothing in this Agreement is an inducement to prescribe, supply, "
              "recommend or buy any medicine, and the Project is not conditional on any formulary "
              "decision."),
        ("h1", "3. Contributions"),
        ("p", "Each Party shall provide its Contributions."),
        ("h1", "4. Performance and measurement"),
        ("p", "The Project Board shall monitor performance against the KPIs."),
        ("h1", "5. Conduct of the Project"),
        ("p", "5.1 All clinical decisions remain with Trust clinicians. 5.2 Lowther shall ensure "
              "that none of its sales representatives, key account managers or brand teams is "
              "involved in the Project, its governance or its communications."),
        ("h1", "6. Governance"),
        ("p", "The Project Board shall operate in accordance with Schedule 6."),
        ("h1", "7. Data protection"),
        ("p", "7.1 The Trust shall be the sole data controller of all personal data processed for "
              "the Project and shall process it in accordance with Data Protection Legislation, "
              "having completed a DPIA before the Commencement Date. 7.2 Lowther shall not receive "
              "or have access to any patient-identifiable data; the Trust will provide Lowther "
              "only with anonymised, aggregated reports."),
        ("h1", "8. Confidentiality"),
        ("p", "8.1 Each Party shall keep the other's Confidential Information confidential and use "
              "it only for the Project, during the Term and for five years afterwards. 8.2 Clause "
              "8.1 does not prevent disclosure required by law, including the Freedom of Information "
              "Act 2000; the Trust shall consult Lowther before releasing Lowther's information "
              "where it reasonably can."),
        ("h1", "9-12. Anti-bribery; liability; intellectual property; disputes"),
        ("p", "The Parties shall comply with the Bribery Act 2010. Neither Party's liability for "
              "indirect loss is accepted. Project materials are jointly owned. Disputes go first to "
              "the Project Board, then to the Trust's Medical Director and Lowther's UK General "
              "Manager, then to mediation."),
        ("h1", "13. Termination"),
        ("p", "This Agreement may be terminated in accordance with the Exit Plan."),
        ("h1", "14. Publication"),
        ("p", "The Parties shall comply with the publication commitments in Schedule 5."),
        ("h1", "15. Variation"),
        ("p", "Any variation must be in writing, approved by the Project Board and signed by both "
              "Parties, and the Executive Summary re-certified if affected."),
        ("pagebreak",),
        ("h1", "Schedule 1 - Project description and benefits"),
        ("p", "Vertebral fractures seen incidentally on CT scans are recorded in radiology reports "
              "but rarely acted on. A radiology-reporting nurse will identify these patients and "
              "refer them to the FLS for bone health assessment. Patients benefit from assessment "
              "and, where appropriate, treatment in line with NICE guidance before a further "
              "fracture occurs, and from falls-prevention advice. The Trust benefits from a tested "
              "pathway; Lowther gains insight into secondary fracture prevention services."),
        ("h1", "Schedule 2 - Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Trust", "FLS consultant 1 PA/week; radiology informatics time to flag CT "
                    "reports; clinic space; BI analyst 3 days/month", "GBP 58,000 (in kind)"],
                   ["Lowther", "Funding of 1.0 WTE Band 6 radiology-reporting nurse for 24 "
                    "months; project manager 0.2 WTE; evaluation write-up", "GBP 112,500"]],
         {"widths": [0.18, 0.57, 0.25]}),
        ("h1", "Schedule 3 - KPIs"),
        ("table", [["KPI", "Baseline (2024)", "Target by month 24", "Source"],
                   ["Incidental vertebral fractures referred to FLS", "11%", "70%", "Radiology audit"],
                   ["Referred patients assessed within 12 weeks", "n/a", "85%", "FLS database"],
                   ["Patients with falls risk assessment completed", "34%", "80%", "FLS database"]]),
        ("h1", "Schedule 4 - Exit Plan"),
        ("p", "Either Party may end the Project on three months' written notice, or immediately if "
              "a breach of the ABPI Code is ruled. At month 20 the Project Board will present a "
              "business case to the Trust; if adopted the nurse role will revert to the Trust's "
              "establishment. If not, referrals already made will be seen by the FLS as usual and "
              "no patient will lose a booked appointment. Unspent funds are returned to Lowther."),
        ("h1", "Schedule 5 - Publication and transparency"),
        ("p", "Lowther will publish the certified Executive Summary on its UK collaborative working "
              "web page before the Commencement Date. Both Parties will publish a summary of "
              "outcomes within six months of the end of the Term. Lowther will disclose the "
              "transfer of value on Disclosure UK, and the Trust consents to that disclosure."),
        ("h1", "Schedule 6 - Project Board"),
        ("p", "Members: Trust FLS lead (chair), Trust radiology lead, Trust finance business "
              "partner, Lowther Medical Adviser, Lowther Head of NHS Partnerships. Quorum: two "
              "members from each Party. Meets every two months."),
        ("h1", "Signatures"),
        ("table", [["For the Trust", "For Lowther"],
                   ["Name: Angela Price, Chief Executive", "Name: Dr Marcus Ilse, General Manager UK"],
                   ["Date: 17 April 2025", "Date: 17 April 2025"]]),
    ]


def doc04_blocks():
    return [
        ("title", "AGREEMENT FOR COLLABORATIVE WORKING"),
        ("subtitle", "relating to a Structured Asthma Review Programme. Dated 3 March 2025."),
        ("h2", "PARTIES"),
        ("p", "(1) MEREVALE MEDICAL UK LTD, a company incorporated in England and Wales under number "
              "07125590, whose registered office is at Kingsmead House, Bracknell Row, Harlden "
              "(\"Merevale\"); and (2) RIVERSIDE NORTH PRIMARY CARE NETWORK, comprising the seven "
              "general practices listed in Annex 1 (\"the Network\"), each of Merevale and the "
              "Network being a \"Party\"."),
        ("h2", "RECITALS"),
        ("p", "(A) The Parties wish to collaborate, pursuant to Clause 20 of the ABPI Code of "
              "Practice, upon a programme of structured reviews for patients with poorly controlled "
              "asthma (\"the Programme\"). (B) The Parties acknowledge that the Programme is not "
              "conditional upon, nor shall it be construed as an inducement in respect of, the "
              "prescription, supply or recommendation of any medicine."),
        ("h2", "1. INTERPRETATION"),
        ("p", "1.1 Headings are for convenience only. 1.2 References to a statute include that "
              "statute as amended or re-enacted. 1.3 Words in the singular include the plural. 1.4 "
              "\"Programme Period\" means the period of fifteen (15) months commencing on the "
              "Start Date. 1.5 \"Start Date\" means 1 May 2025 or, if later, the first Business "
              "Day after publication of the summary referred to in clause 11.1."),
        ("h2", "2. OBJECTIVES AND BENEFITS"),
        ("p", "2.1 The Programme shall provide each eligible patient (being a patient with two or "
              "more courses of oral steroids, or an unplanned asthma attendance, in the preceding "
              "twelve months) with a structured review by a respiratory-trained clinician, a "
              "personalised asthma action plan and inhaler technique assessment, with the object of "
              "reducing attacks, unscheduled care and time off work or school. 2.2 Treatment "
              "decisions shall be made solely by Network clinicians in accordance with BTS/SIGN and "
              "NICE guidance and the local formulary."),
        ("h2", "3. CONTRIBUTIONS"),
        ("p", "3.1 Merevale shall contribute the sum of GBP 84,000, payable quarterly in arrears "
              "to the Network against invoices, to fund 1.0 WTE "
              "respiratory nurse time, together with 0.1 WTE project management. 3.2 The Network "
              "shall contribute clinical supervision by a GP respiratory lead (one session per "
              "week), clinic rooms in each practice, and search and reporting support from its "
              "digital transformation lead (two days per month), valued at GBP 39,500."),
        ("h2", "4. MEASUREMENT"),
        ("p", "4.1 The Parties shall measure, against the baseline for the twelve months before "
              "the Start Date: (a) the proportion of eligible patients reviewed (target 75% by "
              "month 12); (b) courses of oral steroids per 100 eligible patients (target reduction "
              "of 25%); (c) asthma-related A&E attendances (target reduction of 20%); and (d) the "
              "proportion with a documented action plan (target 90%), using practice clinical "
              "system searches reported quarterly."),
        ("h2", "5. PERSONNEL"),
        ("p", "5.1 Merevale's representatives on the joint oversight group shall be its Medical "
              "Affairs Manager and its NHS Collaborations Lead. 5.2 No employee of Merevale whose "
              "role is the promotion or sale of medicines shall participate in, attend or receive "
              "information from the Programme."),
        ("h2", "6. DATA PROTECTION"),
        ("p", "6.1 Each practice shall remain controller of the personal data of its registered "
              "patients and shall process such data in accordance with the UK GDPR and the Data "
              "Protection Act 2018. 6.2 Merevale shall receive only anonymised and aggregated "
              "data and shall not at any time have access to any practice clinical system."),
        ("h2", "7. CONFIDENTIALITY"),
        ("p", "7.1 Confidentiality: standard terms shall apply."),
        ("h2", "8. ANTI-BRIBERY"),
        ("p", "8.1 Each Party shall comply with the Bribery Act 2010 and no benefit shall accrue to "
              "any individual."),
        ("h2", "9. TERM AND TERMINATION"),
        ("p", "9.1 This Agreement shall continue for the Programme Period unless terminated earlier. "
              "9.2 Either Party may terminate upon ninety (90) days' written notice, or forthwith "
              "upon a ruling that the Programme breaches the ABPI Code. 9.3 Upon expiry or "
              "termination: (a) patients part-way through the review pathway shall be completed by "
              "Network clinicians within the notice period; (b) the respiratory nurse shall be "
              "redeployed within the Network or the post "
              "shall end at the end of its fixed term, as the Network determines; (c) action plans "
              "shall remain in the patient record; and (d) any unexpended sum shall be repaid."),
        ("h2", "10. CONTINGENCY"),
        ("p", "10.1 Should national guidance on asthma management change materially during the "
              "Programme Period, the oversight group shall review the Programme within thirty days."),
        ("h2", "11. TRANSPARENCY"),
        ("p", "11.1 Merevale shall publish a certified summary of this Agreement on its website "
              "before the Start Date. 11.2 The Parties shall publish the outcomes of the Programme "
              "within six months of its completion. 11.3 Merevale shall disclose the sums paid "
              "under clause 3.1 on Disclosure UK."),
        ("h2", "12. GOVERNING LAW"),
        ("p", "12.1 This Agreement is governed by the law of England and Wales."),
        ("h2", "EXECUTION"),
        ("p", "Signed for and on behalf of MEREVALE MEDICAL UK LTD by Claire Dunmore, Managing "
              "Director, 3 March 2025."),
        ("p", "Signed for and on behalf of RIVERSIDE NORTH PRIMARY CARE NETWORK by Dr Tomasz "
              "Nowak, Clinical Director, 3 March 2025."),
        ("small", "Annex 1 (member practices): Quayside Surgery; Millrace Medical Centre; Orchard "
                  "Lane Practice; St Brannock's Surgery; Hythe Road Health Centre; The Weir "
                  "Practice; Cobble Street Surgery."),
    ]
