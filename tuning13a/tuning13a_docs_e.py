"""tuning13a documents 31-35."""
from tuning13a_common import mk, OST, KES, WVT, NCH, TCICB, RCH


def d31():
    b = [
        ("title", "PID: ED Sepsis Biomarker Project"),
        ("sub", f"{WVT} / {KES}"),
        ("tbl", [["Version", "Author", "Date", "Comment"],
                 ["0.4", "L. Marr", "12/08/2025", "Draft after workshop"],
                 ["1.0", "B. Ashford / L. Marr", "30/09/2025", "Agreed at project board"]]),
        ("h", "1. Project description"),
        ("p", "Adults in the Wyvern Vale ED with suspected infection and NEWS2 of 5 or above will have a point-of-care SepsiQuant biomarker test in addition to standard investigations, and the result will help the team decide who needs senior review and antibiotics first, while clinicians continue to follow NICE NG51 and the Trust sepsis guideline."),
        ("p", "Leads: Dr Ben Ashford, ED Consultant and sepsis lead, ben.ashford@wyvernvale.nhs.uk; Lucy Marr, Project Manager, Kestrelgen, l.marr@kestrelgen.co.uk. Dates: 1 November 2025 to 30 September 2026."),
        ("h", "2. Expected benefits"),
        ("bl", ["Patients: faster antibiotics for those at highest risk, fewer unnecessary antibiotics and cannulas for those at low risk, shorter time in the ED.",
                "Trust: better sepsis bundle compliance and antimicrobial stewardship.",
                "Kestrelgen: learning on real-world use of the test."]),
        ("h", "3. KPIs"),
        ("tbl", [["KPI", "Baseline (2024/25)", "Target", "Source"],
                 ["High-risk patients receiving antibiotics within 1 hour", "64%", "85%", "ED system, monthly"],
                 ["Low-risk patients given broad-spectrum IV antibiotics", "38%", "25%", "EPMA, monthly"],
                 ["Median ED length of stay for this cohort", "6.1 h", "5.0 h", "ED system, monthly"]]),
        ("h", "4. Resources"),
        ("p", "Kestrelgen: analysers, 3,000 cartridges, training, 0.2 WTE project manager, statistics (GBP 61,000). Trust: ED sepsis nurse 0.4 WTE, consultant lead 1 PA/week, pathology verification, IT integration with the ED system, BI analyst (GBP 47,000)."),
        ("h", "5. Governance"),
        ("p", "Project board chaired by the sepsis lead, with ED matron, consultant microbiologist, pathology lead, Kestrelgen Clinical Programmes Director and project manager; meets monthly. Kestrelgen people on the project come from its clinical programmes team, not from any commercial function."),
        ("h", "6. Information governance"),
        ("p", "All patient data remain in the Trust's ED and pathology systems, with the Trust as controller under UK GDPR and the Data Protection Act 2018; DPIA approved 22 September 2025. Kestrelgen receives aggregate performance data and anonymised device logs only. Each party will keep the other's confidential information, and patient information, confidential and not use it outside the project, during and after the project."),
        ("h", "7. Dissemination"),
        ("p", "The clinical team intends to submit an abstract on the findings to the Royal College of Emergency Medicine annual conference, and learning will be shared at the Trust's quality improvement forum."),
        ("h", "8. Risks and issues"),
        ("tbl", [["Risk", "Impact", "Mitigation", "Owner"],
                 ["Analyser downtime", "Tests missed", "Spare analyser on site", "Kestrelgen"],
                 ["Staff turnover in ED", "Training gaps", "Monthly refresher sessions", "ED matron"],
                 ["Project ends before Trust decision", "Loss of pathway", "Exit strategy - to be agreed by the Project Board", "Project board"],
                 ["Result misread as diagnostic", "Clinical risk", "Clear guidance card; result informs, never replaces, judgement", "Sepsis lead"]],
         {"widths": [1.6, 1.1, 2.6, 1]}),
    ]
    return mk("tuning13a_31_sepsis-pid.docx", "pid", "docx",
              "WVT ED sepsis biomarker PID v1.0", "OFFICIAL - Wyvern Vale / Kestrelgen", b,
              defects={"exit-strategy": ("fail", "The only exit content is a risk-table mitigation 'Exit strategy - to be agreed by the Project Board' - placeholder."),
                       "transparency": ("fail", "Only a conference abstract and an internal QI forum; no commitment to publish the executive summary, outcomes, or Disclosure UK.")},
              keys=["Exit strategy - to be agreed by the Project Board", "Royal College of Emergency Medicine annual conference"])


def d32():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Point-of-care NT-proBNP testing for suspected heart failure in primary care"),
        ("p", f"This Agreement is entered into on 15 September 2025 by Tamarisk Coast Integrated Care System (\"the ICS\") and {KES} (company no. 12873350) (\"Kestrelgen\")."),
        ("cols", [
            ("h", "1. The Project"),
            ("p", "1.1 Eight practices in the Tamarisk Coast area will use Kestrelgen point-of-care NT-proBNP analysers when patients present with breathlessness or ankle swelling, so that those with a raised result are referred for echocardiography and specialist assessment under the NICE NG106 urgency thresholds, and those with a normal result are investigated for other causes without waiting for a laboratory result. 1.2 The Project runs from 1 November 2025 for 12 months."),
            ("h", "2. Benefits"),
            ("p", "2.1 Patients with heart failure diagnosed weeks earlier and started on treatment sooner; patients without heart failure spared an unnecessary echo referral. 2.2 Fewer inappropriate echo referrals for the system. 2.3 Kestrelgen learns about primary care use."),
            ("h", "3. Contributions"),
            ("p", "3.1 Kestrelgen: 8 analysers on loan, 2,500 tests, training, 0.2 WTE project manager (GBP 57,000). 3.2 The ICS: primary care clinical lead 1 session/week, practice fees for testing time (GBP 16,000), analyst support, echo service liaison."),
            ("h", "4. Outcomes"),
            ("p", "4.1 Median time from first presentation to HF diagnosis: from 13 weeks to 6 weeks. 4.2 Echo referrals with normal NT-proBNP: from 30% to under 10%. Measured monthly from practice and echo service data."),
            ("h", "5. Governance"),
            ("p", "5.1 A steering group of the ICS clinical lead (chair), a practice manager, the community cardiology lead and Kestrelgen's Clinical Programmes Director meets every two months. No sales personnel take part."),
            ("h", "6. Confidentiality"),
            ("p", "6.1 Each party shall keep confidential the other's confidential information and all patient information and shall not disclose it to any third party for five years after termination."),
        ]),
        ("h", "7. Data protection"),
        ("p", "7.1 Practices are controllers for all patient data under UK GDPR and the DPA 2018; results are entered into the GP record and a DPIA has been completed. Kestrelgen receives monthly aggregate numbers only and no personal data."),
        ("h", "8. Use of project information"),
        ("p", "8.1 Notwithstanding clause 6, Kestrelgen may use any information, results or materials generated in the Project, including the ICS's pathway documents and practice-level usage data, for its own commercial purposes, including sales presentations to other NHS organisations."),
        ("h", "9. Publication"),
        ("p", "9.1 Kestrelgen will publish an executive summary before the Project starts and both parties will publish outcomes within six months of completion; Kestrelgen will disclose its contribution via Disclosure UK."),
        ("h", "10. End of the Project"),
        ("p", "10.1 Either party may terminate for material breach. 10.2 On expiry or termination the steering group will be disbanded and a final report produced."),
        ("h", "11. General"),
        ("p", "11.1 Bribery Act 2010. 11.2 Disputes to senior officers. 11.3 This Agreement may be amended or stopped if a breach of the ABPI Code is ruled."),
        ("sig", [("Tamarisk Coast Integrated Care System", "Dr Naomi Faraday", "Primary Care Clinical Lead"),
                 (KES, "Dr Owen Pryce", "Clinical Programmes Director")]),
    ]
    return mk("tuning13a_32_ntprobnp-agreement.pdf", "agreement", "pdf",
              "CWA - NT-proBNP POC - Tamarisk Coast", "Kestrelgen | Version 1.0", b,
              defects={"confidentiality": ("fail", "Clause 8 overrides clause 6 and lets Kestrelgen use project information (incl. ICS pathway documents and practice-level data) for its own commercial purposes."),
                       "legal-entities": ("fail", "NHS party is 'Tamarisk Coast Integrated Care System' - the ICS is a partnership, not the statutory ICB; no contracting vehicle."),
                       "exit-strategy": ("warn", "Termination only for material breach; at the end the steering group is disbanded and a report written - nothing on patients, analysers or the pathway.")},
              keys=["for its own commercial purposes", "the steering group will be disbanded"])


def d33():
    b = [
        ("title", "Project Amendment Form"),
        ("kv", [("Project name", "COPD Discharge Support Bundle"),
                ("Project owners", "Mark Tennant, Respiratory Service Manager, Ravensholt Community Health NHS Trust; Dr Helena Cross, Medical Affairs Lead, Ostrander Specialty Pharmaceuticals UK Ltd"),
                ("Amendment", "No. 1"),
                ("Date submitted to project board", "14 January 2026")]),
        ("h", "Amendment requested"),
        ("p", "Following the first four months, the board is asked to add a fourth project objective: \"To increase the proportion of discharged patients maintained on Bronzaris triple therapy at 90 days from 18% to 45%\", so that the project can demonstrate Bronzaris's superior reduction in exacerbations compared with other triple inhalers, and to add \"Bronzaris prescriptions issued at home visits\" to the monthly dashboard."),
        ("p", "Also requested: the home visit window extends from 72 hours to 5 working days for discharges on Fridays and bank holidays."),
        ("h", "Impact"),
        ("tbl", [["Timelines", "None"],
                 ["Logistics", "Dashboard changes by RCH information team; visit rota for Friday discharges"],
                 ["Finances", "None"]],
         {"header": False, "widths": [1, 4]}),
        ("h", "Sign-off"),
        ("sig", [(RCH, "Mark Tennant", "Respiratory Service Manager"),
                 (OST, "Dr Helena Cross", "Medical Affairs Lead")]),
    ]
    return mk("tuning13a_33_copd-amendment1.pdf", "amendment", "pdf",
              "Amendment 1 - COPD discharge bundle", "RCH / Ostrander", b,
              defects={"promotional-language": ("fail", "Amendment adds a product-uptake objective for the brand, a superiority claim ('superior reduction in exacerbations') and a brand-prescription dashboard line.")},
              keys=["superior reduction in exacerbations"])


def d34():
    b = [
        ("title", "Collaborative Working - Executive Summary"),
        ("sub", "Renal anaemia nurse clinic: North Calder Hospitals NHS Trust and Ostrander Specialty Pharmaceuticals UK Ltd"),
        ("tbl", [["Project title", "Renal anaemia nurse clinic", ""],
                 ["Period", "October 2025 - March 2027", ""],
                 ["Contacts", "Dr Kwame Mensah, Consultant Nephrologist, kwame.mensah@northcalder.nhs.uk", "Dr Helena Cross, Medical Affairs Lead, h.cross@ostrander-pharma.co.uk"],
                 ["Approval", "OST-UK-CW-0406 | August 2025", ""]],
         {"header": False, "merge": [(0, 1, 0, 2), (1, 1, 1, 2), (3, 1, 3, 2)], "widths": [1.2, 2.5, 2.5]}),
        ("h", "Rationale"),
        ("p", "Anaemia is common in chronic kidney disease and, when it is found late, people can end up needing blood transfusions and day-unit visits; a dedicated nurse working to the Trust protocol can pick it up and manage it sooner."),
        ("h", "What will change for patients"),
        ("p", "People attending the Trust's CKD clinics will have their anaemia assessed and a plan agreed within six weeks, so they should feel less tired, need fewer transfusions and make fewer trips to hospital."),
        ("p", "The Trust frees day-unit capacity; Ostrander learns how renal services organise anaemia care."),
        ("h", "Who puts in what"),
        ("p", "Ostrander funds a 0.8 WTE nurse employed by the Trust (GBP 84,600) and provides analysis and project support. The Trust gives consultant time, clinic space, pathology and BI support (about GBP 52,000)."),
        ("h", "Responsibilities"),
        ("p", "The Trust delivers the clinic and holds all patient records; only anonymised, combined figures are passed to Ostrander. A steering group chaired by the Trust's clinical director meets monthly."),
        ("h", "Publication of results"),
        ("p", "This summary is made public before the clinic begins. Both organisations will publish the results within six months of completion."),
    ]
    return mk("tuning13a_34_renal-anaemia-exec-summary.pdf", "executive-summary", "pdf",
              "Ostrander UK collaborative working", "OST-UK-CW-0406", b, es_dp=True,
              keys=["only anonymised, combined figures are passed to Ostrander", "feel less tired"],
              pass_note="ES mentions patient records; data-protection applies and passes.")


def d35():
    b = [
        ("title", "uACR testing in your practice - questions and answers for practice teams"),
        ("sub", "Tamarisk Coast ICB Medicines Optimisation | January 2026"),
        ("h", "Why are we being asked to do this?"),
        ("p", "Around six in ten people with diabetes in our area had no urine albumin test last year. Testing at the diabetes review, with the result in minutes, means fewer missed samples."),
        ("h", "Who is involved?"),
        ("p", f"The project is a collaborative working project between {TCICB}, {KES}, which supplies the readers and cartridges, and the University of Eastmoor, which is evaluating it. Your contact is the ICB programme manager, Jess Whitlow (jess.whitlow@nhs.net)."),
        ("h", "Will anyone from the company visit the practice?"),
        ("p", "Only Kestrelgen's trainers, by appointment arranged through the ICB, to show staff how to use the reader. They will not discuss medicines or any other products."),
        ("h", "What do we record?"),
        ("p", "Use the ICB uACR template in the GP record. Results are not sent to Kestrelgen."),
        ("h", "What happens if the result is raised?"),
        ("p", "Follow the ICB CKD pathway: repeat test, check eGFR and blood pressure, and review treatment in line with NICE guidance."),
        ("h", "Do we get paid?"),
        ("p", "Yes - GBP 8 per completed test through the ICB local scheme, paid quarterly."),
    ]
    return mk("tuning13a_35_uacr-practice-faq.docx", "unknown", "docx",
              "Practice FAQ - uACR", "Tamarisk Coast ICB", b,
              keys=["They will not discuss medicines or any other products"],
              pass_note="Type unknown (practice FAQ); only promotional-language and sales-roles apply, both pass.")


DOCS = [d31, d32, d33, d34, d35]
