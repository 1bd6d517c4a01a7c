"""tuning10b: block lists for documents 20-23."""


def doc20_blocks():
    return [
        ("title", "Collaborative Working Agreement"),
        ("subtitle", "Community Pharmacy Hypertension Case-Finding and Evaluation - dated 30 "
                     "September 2025"),
        ("h2", "Parties"),
        ("table", [["No.", "Party", "Description"],
                   ["1", "NHS Kestrel Vale Integrated Care Board", "statutory body, Kestrel House, "
                    "Vale Road, Kestrelford (the ICB)"],
                   ["2", "University of Saltmarsh", "chartered university, School of Health "
                    "Sciences, Saltmarsh (the University)"],
                   ["3", "Merevale Medical UK Ltd", "company no. 07125590, Kingsmead House, "
                    "Harlden (Merevale)"]], {"widths": [0.08, 0.42, 0.5]}),
        ("h2", "1. Definitions"),
        ("p", "1.1 \"Project\" means the programme described in clause 2. \"Project Term\" means 1 "
              "December 2025 to 30 November 2026. \"Oversight Group\" means the group established "
              "under clause 6. \"Personal Data\" has the meaning in the UK GDPR."),
        ("h2", "2. The Project"),
        ("p", "2.1 Community pharmacies in the ICB area will offer blood pressure checks and "
              "ambulatory monitoring to adults aged 40 and over without a hypertension diagnosis, "
              "referring those with raised readings to their GP practice. 2.2 The University will "
              "independently evaluate the Project. 2.3 Patients benefit from earlier detection and "
              "treatment of high blood pressure, reducing their risk of stroke, heart attack and "
              "kidney disease, and from checks at a convenient local pharmacy without an "
              "appointment."),
        ("h2", "3. Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["ICB", "Commissioning of pharmacy checks via existing service, clinical lead "
                    "(0.1 WTE), data extraction from GP systems", "GBP 61,000"],
                   ["University", "Evaluation design, analysis and report; research associate 0.4 "
                    "WTE", "GBP 38,000 (in kind)"],
                   ["Merevale", "Funding for 60 ambulatory BP monitors, pharmacy training days, "
                    "and a 0.5 WTE project coordinator", "GBP 92,000"]],
         {"widths": [0.16, 0.6, 0.24]}),
        ("h2", "4. Outcomes and measurement"),
        ("table", [["Outcome", "Baseline", "Target", "Data source"],
                   ["Checks completed", "0", "12,000 in 12 months", "Pharmacy service returns"],
                   ["New hypertension diagnoses", "n/a", "900", "GP system extraction"],
                   ["Diagnosed within 28 days of raised reading", "n/a", "75%", "GP system"],
                   ["Recorded hypertension prevalence", "13.1%", "13.8%", "QOF"]]),
        ("h2", "5. Conduct"),
        ("p", "5.1 The Project is not linked to the prescription of any medicine. Treatment follows "
              "NICE NG136. 5.2 Merevale's participation is through its Medical and Partnerships "
              "functions only; no Merevale employee with a sales, key account or brand role shall "
              "participate in the Project or the Oversight Group."),
        ("h2", "6. Governance"),
        ("p", "6.1 An Oversight Group of two members from each Party meets every two months, "
              "chaired by the ICB's clinical lead for cardiovascular disease."),
        ("h2", "7. Data protection"),
        ("p", "7.1 The ICB shall be the data controller of Personal Data processed for the Project; "
              "the University acts as processor under a data processing agreement for "
              "pseudonymised evaluation data, which remain within the ICB's trusted research "
              "environment. 7.2 A DPIA has been completed. 7.3 Merevale shall receive anonymised, "
              "aggregated outputs only."),
        ("h2", "8. Confidentiality"),
        ("p", "8.1 Each Party shall hold the others' confidential and commercially sensitive "
              "information in confidence, using it solely for the Project, for the Project Term "
              "and five years thereafter, save as required by law including the Freedom of "
              "Information Act 2000."),
        ("h2", "9. Termination and exit"),
        ("p", "9.1 Any Party may withdraw on sixty (60) days' written notice; the remaining Parties "
              "shall decide within thirty days whether to continue. 9.2 On termination or expiry, "
              "people already referred will be followed up by their GP practice in the usual way; "
              "monitors purchased with Merevale's funding transfer to the ICB for continued use; "
              "the coordinator role ends; and the University completes its evaluation of data "
              "collected to that date."),
        ("h2", "10. Publication"),
        ("p", "10.1 Merevale shall publish a summary of this Agreement before the Project Term "
              "begins. 10.2 The University may publish the evaluation in a peer-reviewed journal, "
              "and all Parties shall publish a summary of outcomes within six months of the end "
              "of the Project Term. 10.3 Merevale shall disclose the transfer of value on "
              "Disclosure UK."),
        ("h2", "Execution"),
        ("table", [["Party", "Signatory", "Date"],
                   ["NHS Kestrel Vale ICB", "Martin Lowe, Chief Executive", "30/09/2025"],
                   ["University of Saltmarsh", "Prof. Anika Desai, Pro Vice-Chancellor (Research)",
                    "30/09/2025"],
                   ["Merevale Medical UK Ltd", "Claire Dunmore, Managing Director", "30/09/2025"]]),
    ]


def doc21_blocks():
    return [
        ("title", "Deed of Variation No. 1"),
        ("subtitle", "to the Collaborative Working Agreement dated 6 January 2025 between "
                     "Greyfriars Community Health NHS Trust and Calverley Therapeutics UK Ltd "
                     "(Respiratory Review Project)"),
        ("h1", "1. Background"),
        ("p", "1.1 The Parties entered into the Agreement to deliver structured reviews for adults "
              "with asthma and COPD. 1.2 The Parties wish to vary the scope of clause 3 as set out "
              "below. Capitalised terms have the meaning given in the Agreement."),
        ("h1", "2. Variation"),
        ("p", "2.1 With effect from 1 June 2025, clause 3.2 of the Agreement is deleted and "
              "replaced with the following:"),
        ("p", "\"3.2 At each review the respiratory nurse shall identify patients using older "
              "pressurised metered-dose inhalers and switch suitable patients to Ventrelix, "
              "Calverley's breakthrough low-carbon inhaler, recording the change in the practice "
              "system.\""),
        ("h1", "3. Provisions unchanged"),
        ("p", "3.1 Save as set out in clause 2, the Agreement continues in full force. For the "
              "avoidance of doubt, clause 12 (Exit) is unchanged and reads:"),
        ("p", "\"12.1 Either Party may terminate on three months' notice. 12.2 Patients mid-review "
              "at termination shall be completed by Trust staff. 12.3 The Calverley-funded nurse "
              "post reverts to the Trust's establishment if the Trust's business case is approved; "
              "otherwise it ends on expiry of its fixed term.\""),
        ("p", "3.2 Clauses 8 (Data Protection), 9 (Confidentiality) and 14 (Publication) are "
              "unchanged."),
        ("h1", "4. Impact"),
        ("p", "4.1 No change to funding, timelines or staffing."),
        ("h1", "5. Execution"),
        ("table", [["For the Trust", "For Calverley"],
                   ["Paul Rennie, Director of Finance", "Simon Marr, Medical Director UK"],
                   ["20 May 2025", "20 May 2025"]]),
    ]


def doc22_blocks():
    return [
        ("title", "Digital Formulary and Medicines Committee Workflow"),
        ("subtitle", "Southmere Hospitals NHS Foundation Trust and Lowther Bioscience UK Ltd. "
                     "Project period: March 2025 to February 2026."),
        ("h2", "Overview"),
        ("p", "The Trust's formulary and the papers for its Drugs and Therapeutics Committee were "
              "maintained in spreadsheets and word-processed documents. The project replaced these "
              "with a single digital workflow: a searchable formulary, automated review-date "
              "reminders and templated committee papers."),
        ("h2", "Partner contributions"),
        ("p", "The Trust provided pharmacy informatics staff, committee secretariat time and IT "
              "hosting. Lowther funded a 0.6 WTE informatics pharmacist for twelve months and "
              "provided project management. Both partners delivered what they agreed."),
        ("h2", "Results"),
        ("table", [["Measure", "Before", "After (Feb 2026)"],
                   ["Formulary entries past review date", "38%", "6%"],
                   ["Hours to prepare committee papers per meeting", "14", "5"],
                   ["Pharmacist admin time released", "-", "0.3 WTE"]]),
        ("p", "Formulary entries past their review date fell from 38% to 6%. Data are drawn from "
              "the formulary system audit log."),
        ("h2", "Benefits"),
        ("p", "Benefits to patients: Not applicable - this was an internal process project."),
        ("p", "Benefits to the Trust: pharmacist time released for other work; a formulary that "
              "is up to date and easier to search. Benefits to Lowther: understanding of how "
              "NHS formulary processes work. No Lowther medicine was discussed or involved."),
        ("h2", "Reflections"),
        ("p", "The shared aim held throughout. The main variance, a two-month delay in IT "
              "hosting, was resolved by the steering group. Lowther's involvement was through "
              "its Medical Science Liaison and Partnerships Manager; no sales staff took part."),
        ("h2", "Publication"),
        ("p", "This summary is published on both partners' websites within six months of "
              "completion. Lowther has disclosed its contribution on Disclosure UK."),
    ]


def doc23_blocks():
    return [
        ("title", "PROJECT INITIATION DOCUMENT"),
        ("subtitle", "Community Anticoagulation Monitoring Service (\"the Project\") - Greyfriars "
                     "Community Health NHS Trust (\"the Trust\") and Merevale Medical UK Ltd "
                     "(\"Merevale\"), together \"the Parties\""),
        ("h2", "1. DEFINITIONS AND CONSTRUCTION"),
        ("p", "1.1 Save where the context otherwise requires, terms defined in the Collaborative "
              "Working Agreement to be entered into between the Parties bear the same meaning "
              "herein. 1.2 \"INR\" means international normalised ratio. 1.3 \"Eligible Patient\" "
              "means a patient registered with a participating practice who is prescribed a "
              "vitamin K antagonist and is housebound or resident in a care home."),
        ("h2", "2. SCOPE"),
        ("p", "2.1 The Project shall establish a domiciliary point-of-care INR testing and dosing "
              "service for Eligible Patients, delivered by Trust community nurses, and a structured "
              "review of the appropriateness of each Eligible Patient's anticoagulation in "
              "accordance with NICE guidance and the local formulary, no product being preferred."),
        ("h2", "3. BENEFITS"),
        ("p", "3.1 Eligible Patients shall benefit from testing at home without travel, same-visit "
              "dose adjustment, and reduced risk of bleeding and clotting events through improved "
              "time in therapeutic range. 3.2 The Trust shall benefit from a reduction in "
              "phlebotomy visits. 3.3 Merevale shall benefit from insight into community "
              "anticoagulation services."),
        ("h2", "4. OBJECTIVES AND MEASURES"),
        ("p", "4.1 The Parties shall measure, quarterly, from the Trust's anticoagulation "
              "database: (a) time in therapeutic range, from a baseline of 58% to not less than "
              "70% by month 12; (b) proportion of INR results acted on the same day, target 95%; "
              "and (c) bleeding-related admissions among Eligible Patients, target reduction of "
              "30% against the preceding twelve months."),
        ("h2", "5. RESOURCES"),
        ("p", "5.1 Merevale shall provide GBP 74,000 for the purchase of twenty point-of-care "
              "testing devices and consumables, and the funding of a 0.5 WTE Band 7 anticoagulation "
              "nurse lead for twelve months. 5.2 The Trust's contribution shall be as determined "
              "by the Trust and confirmed in writing in due course (TBC)."),
        ("h2", "6. GOVERNANCE"),
        ("p", "6.1 A Project Board comprising the Trust's Head of Community Nursing (chair), the "
              "Trust's lead anticoagulation pharmacist and Merevale's Medical Affairs Manager shall "
              "meet monthly. 6.2 No person employed by Merevale in a sales, key account or "
              "marketing capacity shall be a member of, or in attendance at, the Project Board or "
              "participate in delivery."),
        ("h2", "7. INFORMATION GOVERNANCE"),
        ("p", "7.1 The Trust is and shall remain data controller of all Personal Data processed "
              "in connection with the Project, which shall be processed in conformity with the UK "
              "GDPR and the Data Protection Act 2018 and a DPIA approved by the Trust's Caldicott "
              "Guardian. 7.2 Merevale shall have no access to patient-identifiable data and shall "
              "receive aggregated, anonymised reports only."),
        ("h2", "8. CONFIDENTIALITY"),
        ("p", "8.1 The Parties shall hold in confidence all patient information and all "
              "commercially sensitive information of the other Party received in connection with "
              "the Project, and shall not disclose the same save as required by law, including "
              "the Freedom of Information Act 2000."),
        ("h2", "9. PUBLICATION AND DISCLOSURE"),
        ("p", "9.1 Merevale shall publish an executive summary of the Project prior to its "
              "commencement. 9.2 The Parties shall each publish a summary of outcomes within six "
              "months of completion. 9.3 Merevale shall disclose its contribution on Disclosure UK."),
        ("h2", "10. DURATION"),
        ("p", "10.1 The Project shall commence on 1 April 2026 and shall terminate on 31 March "
              "2027. 10.2 Not later than three months prior to the date in clause 10.1, the "
              "Parties shall convene to discuss next steps."),
        ("h2", "11. APPROVAL"),
        ("table", [["For the Trust", "For Merevale"],
                   ["Director of Nursing", "Medical Director UK"],
                   ["Date: ________", "Date: ________"]]),
    ]
