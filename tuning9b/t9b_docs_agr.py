"""Joint / collaborative working agreements for tuning9b (all names invented)."""


def parties(a, b):
    return [("h1", "Parties"), ("ol", [a, b])]


STD_DP = ("Each party shall comply with UK GDPR and the Data Protection Act 2018. The NHS party is the data "
          "controller for all patient data processed in the Project. A DPIA has been completed. The Company "
          "shall receive only anonymised, aggregated information and shall make no attempt to re-identify any "
          "individual.")
STD_CONF = ("Each party shall keep confidential all patient information, Project information and the other "
            "party's confidential information, and use it only for the Project, subject to the Freedom of "
            "Information Act 2000 and any other legal duty of disclosure.")
STD_EXIT = ("Either party may terminate this Agreement on three (3) months' written notice, or immediately on "
            "material breach or a PMCPA ruling that the Project breaches the ABPI Code. On expiry or termination "
            "the NHS party shall ensure patients in the service continue to receive care through its standard "
            "pathway, and any Company-funded post shall be absorbed into the NHS party's establishment or end in "
            "accordance with its employment policies.")
STD_PUB = ("The parties shall publish an executive summary of this Agreement before the Project starts and a "
           "summary of outcomes within six months of completion; the Company shall disclose all transfers of "
           "value on Disclosure UK.")
NOSALES = ("No member of the Company's sales force, key account management or marketing teams shall have any "
           "role in the Project or its governance.")


def agr(file, title, sub, header, footer, parties_blk, body, sigs, keys, over, notes, layout="single"):
    return {"file": file, "type": "agreement", "title": title, "subtitle": sub, "header": header,
            "footer": footer, "layout": layout, "blocks": parties_blk + body + [("h1", "Signatures"), ("sig", sigs)],
            "keys": keys, "over": over, "notes": notes}


AGRS = [
 agr("t9b_agr_insulin_education_rahman.docx", "Joint Working Agreement",
     "Structured Insulin Education Programme", "JWA | Commercial in confidence until published",
     "JWA-2025-004 | Execution version",
     parties("Dr Aisha Rahman trading as Rahman Diabetes Consultancy, of 14 Kelso Street, Northmoor NM2 4QT "
             "(\"the Provider\"); and",
             "Calverley Therapeutics UK Ltd, company number 08812345, registered office Unit 5, Ashbury Park, "
             "Readwell RD4 7LP (\"the Company\")."),
     [("h1", "1. Background"),
      ("p", "1.1 The Provider delivers diabetes education sessions commissioned by practices in the Northmoor "
            "area. 1.2 The parties wish to run a structured education programme for adults starting insulin so "
            "that they can adjust doses safely and avoid hypoglycaemia."),
      ("h1", "2. Objectives"),
      ("p", "2.1 Deliver 36 group sessions to 300 adults over 12 months. 2.2 Reduce self-reported severe "
            "hypoglycaemia in attendees from 14% to 7% at six months. 2.3 Improve median HbA1c by 5 mmol/mol at "
            "six months (practice records, aggregated)."),
      ("h1", "3. Benefits to patients"),
      ("p", "3.1 Participants gain confidence in managing insulin, fewer hypoglycaemic episodes and better "
            "glucose control, lowering the risk of long-term complications."),
      ("h1", "4. Contributions"),
      ("table", [["Party", "Contribution"],
                 ["Provider", "Course design and delivery by two diabetes specialist nurses (240 hours); venues; "
                              "participant recruitment via referring practices"],
                 ["Company", "£27,000 towards nurse time and venue costs; evaluation questionnaire design by "
                             "Medical Affairs (5 days)"]]),
      ("h1", "5. Governance"),
      ("p", "5.1 A project group of the Provider, one GP adviser and the Company's Medical Affairs Manager meets "
            "quarterly. 5.2 " + NOSALES + " 5.3 Course content is product-neutral."),
      ("h1", "6. Data protection"), ("p", "6.1 " + STD_DP),
      ("h1", "7. Confidentiality"), ("p", "7.1 " + STD_CONF),
      ("h1", "8. Term and exit"),
      ("p", "8.1 This Agreement runs for 12 months from signature. 8.2 " + STD_EXIT + " 8.3 Course materials "
            "become the property of the Provider for continued use."),
      ("h1", "9. Transparency"), ("p", "9.1 " + STD_PUB)],
     [("Rahman Diabetes Consultancy", "Dr Aisha Rahman, Proprietor"),
      ("Calverley Therapeutics UK Ltd", "Laura Finch, UK Medical Director")],
     ["Dr Aisha Rahman trading as Rahman Diabetes Consultancy", "company number 08812345"],
     {"legal-entities": "fail"},
     "legal-entities=fail: the NHS-side party is 'Dr Aisha Rahman trading as Rahman Diabetes Consultancy' - "
     "a trading name of a sole trader, i.e. an individual, not an organisation with legal personality, and "
     "not an NHS body. All other rules pass (standard DP/confidentiality/exit/publication clauses, both "
     "contributions stated, sales excluded, numeric objectives, patient benefit)."),

 agr("t9b_agr_type1_tech_stjude.pdf", "Collaborative Working Agreement",
     "Type 1 Diabetes Technology Access Clinic", "CWA - St Jude's - OFFICIAL", "CWA/SJ/2025/02 v3",
     parties("The Diabetes Team at St Jude's Hospital, Harbourside, HB1 2AA (\"the Team\"); and",
             "Merrow Pharma UK Limited, a company registered in England and Wales (no. 07744120) whose registered "
             "office is at 2 Canal Wharf, Leedsford LF1 3BB (\"Merrow\")."),
     [("h1", "Clause 1 - Definitions"),
      ("p", "\"Project\" means the technology access clinic described in Schedule 1. \"Patient Data\" means any "
            "information relating to an identified or identifiable patient."),
      ("h1", "Clause 2 - Purpose"),
      ("p", "2.1 To assess adults with type 1 diabetes for continuous glucose monitoring and hybrid closed-loop "
            "systems in line with NICE TA943, and to cut the waiting list for assessment from 610 to under 150 "
            "by month 12, with time-in-range in the cohort measured at baseline and 6 months."),
      ("h1", "Clause 3 - Benefits"),
      ("p", "3.1 Patients are assessed sooner, receive technology they are eligible for, and spend more time with "
            "glucose in range, with fewer hypoglycaemic episodes."),
      ("h1", "Clause 4 - Resources"),
      ("p", "4.1 The Team will provide 0.5 WTE diabetes specialist nurse, 0.2 WTE dietitian, 1 consultant PA per "
            "week and clinic rooms (approx. £54,000). 4.2 Merrow will fund a 1.0 WTE Band 5 administrator and "
            "0.4 WTE Band 6 nurse for 12 months (£51,200), paid to St Jude's on invoice."),
      ("h1", "Clause 5 - Personnel"),
      ("p", "5.1 " + NOSALES + " 5.2 Merrow's contact is its Medical Science Liaison."),
      ("h1", "Clause 6 - Data protection"), ("p", STD_DP),
      ("h1", "Clause 7 - Confidentiality"), ("p", STD_CONF),
      ("h1", "Clause 8 - Duration and termination"), ("p", "8.1 Twelve months from 1 June 2025. 8.2 " + STD_EXIT),
      ("h1", "Clause 9 - Publication"), ("p", STD_PUB),
      ("h1", "Schedule 1 - Project description"),
      ("p", "Twice-weekly assessment clinics; referral from the hospital waiting list in date order; education "
            "sessions for patients starting a device.")],
     [("Diabetes Team, St Jude's Hospital", "Dr Priya Nair, Consultant Diabetologist"),
      ("Merrow Pharma UK Limited", "Thomas Gale, Director, Medical")],
     ["The Diabetes Team at St Jude's Hospital", "£51,200"],
     {"legal-entities": "fail"},
     "legal-entities=fail: the NHS party is 'The Diabetes Team at St Jude's Hospital' - a team, not the Trust "
     "that employs it; no NHS body with legal personality is named anywhere. NICE TA943 mention is neutral. "
     "All other rules pass.", layout="two"),

 agr("t9b_agr_frailty_pcn_eastfold.docx", "Agreement for Collaborative Working",
     "Frailty Medication Review Project", "Eastfold PCN | CWA", "Eastfold PCN / Ashdene - signed copy",
     parties("Eastfold Primary Care Network, comprising Eastfold Surgery, Marsh Lane Medical Practice and "
             "The Granary Practice (\"the PCN\"); and",
             "Ashdene Biosciences Ltd (company no. 06120987), Ashdene House, 40 Mill Road, Cambury CB9 1XT "
             "(\"Ashdene\")."),
     [("h1", "1 Introduction"),
      ("p", "The PCN and Ashdene agree to work together on structured medication reviews for people living with "
            "moderate or severe frailty, to reduce harm from inappropriate polypharmacy."),
      ("h1", "2 Aims and outcome measures"),
      ("ul", ["Complete 450 structured medication reviews by 31 March 2026.",
              "Reduce the number of patients on 10+ medicines in the cohort by 20%.",
              "Reduce falls-related A&E attendances in the cohort from 62 to 45 per year (SUS)."]),
      ("h1", "3 Benefit to patients"),
      ("p", "Fewer side effects, fewer falls and a simpler medicines routine agreed with the patient and carers."),
      ("h1", "4 Contribution of each party"),
      ("p", "4.1 PCN: clinical pharmacists 1.2 WTE (ARRS-funded) for reviews; GP clinical lead 2 hours/week; "
            "care co-ordinator support for home visits. 4.2 Ashdene: £22,000 for back-fill and deprescribing "
            "training from an independent geriatric pharmacist; evaluation support (8 days)."),
      ("h1", "5 Governance"),
      ("p", "The PCN clinical director chairs monthly meetings. Ashdene is represented by its NHS Partnerships "
            "Lead. " + NOSALES),
      ("h1", "6 Information governance"), ("p", STD_DP.replace("The NHS party is the data controller", "Each practice is the data controller")),
      ("h1", "7 Confidentiality"), ("p", STD_CONF),
      ("h1", "8 Exit"), ("p", STD_EXIT + " Review templates remain with each practice."),
      ("h1", "9 Transparency"), ("p", STD_PUB)],
     [("Eastfold Primary Care Network", "Dr Ben Osei, Clinical Director"),
      ("Ashdene Biosciences Ltd", "Karen Holt, NHS Partnerships Lead")],
     ["Eastfold Primary Care Network, comprising Eastfold Surgery"],
     {"legal-entities": "fail"},
     "legal-entities=fail: 'Eastfold Primary Care Network' is the contracting party; a PCN is not a legal "
     "body and no lead/nominated practice, partnership or incorporated federation is named as the contracting "
     "vehicle (listing member practices is not enough). All other rules pass."),

 agr("t9b_agr_ild_registry_kestrel.pdf", "Joint Working Agreement - Interstitial Lung Disease Registry and Clinic",
     "between Kestrel Bay Hospitals NHS Trust and Tollard Healthcare UK Ltd", "Kestrel Bay Hospitals NHS Trust - Respiratory",
     "JWA ILD v1.4",
     parties("Kestrel Bay Hospitals NHS Trust of Harbour Road, Kestrel Bay KB3 8DF (\"the Trust\"); and",
             "Tollard Healthcare UK Ltd, company number 04455667, registered office 9 Orchard Place, Westbrook WB2 5HU "
             "(\"Tollard\")."),
     [("h1", "1. Scope"),
      ("p", "1.1 The parties will set up a regional ILD clinic and a registry to follow patients' lung function, "
            "symptoms and access to pulmonary rehabilitation and palliative support."),
      ("h1", "2. Objectives"),
      ("p", "2.1 Time from referral to multidisciplinary diagnosis: from 19 weeks to 8 weeks by month 12. "
            "2.2 Patients with a documented advance care plan: from 22% to 60%. 2.3 Referral to pulmonary "
            "rehabilitation of eligible patients: 70%."),
      ("h1", "3. Patient benefit"),
      ("p", "3.1 Quicker diagnosis, consistent monitoring and earlier access to rehabilitation and palliative care."),
      ("h1", "4. Resources"),
      ("table", [["Trust", "Tollard"],
                 ["ILD consultant 2 PAs/week; specialist nurse 0.6 WTE; physiology slots; clinic rooms (approx. £88,000)",
                  "£64,000 towards a Band 7 ILD nurse; hosting of the registry platform; 10 days of project management"]]),
      ("h1", "5. Data protection"),
      ("p", "5.1 The Trust is the data controller and will comply with UK GDPR and the Data Protection Act 2018; a "
            "DPIA has been approved by the Trust's Caldicott Guardian. 5.2 Registry records are pseudonymised by the "
            "Trust before upload. 5.3 The registry database will be hosted by Tollard on its cloud platform. 5.4 To "
            "allow linkage of follow-up visits, the re-identification key will be held jointly by the Trust's ILD "
            "nurse and Tollard's registry data manager."),
      ("h1", "6. Confidentiality"), ("p", "6.1 " + STD_CONF),
      ("h1", "7. People"),
      ("p", "7.1 The steering group comprises the Trust's ILD lead, respiratory directorate manager and Tollard's "
            "Medical Director. 7.2 " + NOSALES),
      ("h1", "8. Term, termination and exit"), ("p", "8.1 24 months. 8.2 " + STD_EXIT + " 8.3 On termination the "
            "registry data will be returned to the Trust and deleted from Tollard's platform within 30 days."),
      ("h1", "9. Transparency"), ("p", "9.1 " + STD_PUB)],
     [("Kestrel Bay Hospitals NHS Trust", "Marta Varga, Director of Operations"),
      ("Tollard Healthcare UK Ltd", "Rahul Mistry, Medical Director UK")],
     ["re-identification key will be held jointly", "hosted by Tollard on its cloud platform"],
     {"data-protection": "fail"},
     "data-protection=fail: despite UK GDPR/DPA 2018, a DPIA and the Trust as controller, the company hosts the "
     "registry database and its registry data manager holds the re-identification key for the pseudonymised "
     "records - the company can identify patients, so it effectively has identifiable data. All other rules pass.",
     layout="single"),

 agr("t9b_agr_heart_failure_nurse_calder.docx", "Collaborative Working Agreement",
     "Community Heart Failure Nurse Outreach", "Upper Calder Primary Care Ltd | CWA", "UCP-CWA-HF | Final for signature",
     parties("Upper Calder Primary Care Ltd (company no. 10987654), Calder House, Mill Street, Hebbleton HB7 1AA "
             "(\"the Federation\"); and",
             "Brackwater Pharmaceuticals Ltd (company no. 03321456), 1 Riverside Way, Slough-on-Thame ST1 4ZZ "
             "(\"Brackwater\")."),
     [("h1", "1. Purpose"),
      ("p", "1.1 To provide a community heart failure nurse who sees housebound patients with heart failure at "
            "home, optimises treatment under GP supervision and co-ordinates end-of-life care."),
      ("h1", "2. Outcomes"),
      ("ul", ["Housebound HF patients reviewed in 12 months: target 180 (baseline 35).",
              "HF emergency admissions in the cohort: -15% against 2024 baseline.",
              "Patients with an anticipatory care plan: from 20% to 65%."]),
      ("h1", "3. Benefits for patients"),
      ("p", "Housebound patients are reviewed at home rather than not at all, have fewer emergency admissions and "
            "can plan their care with their families."),
      ("h1", "4. Contributions"),
      ("p", "4.1 The Federation: employs and line-manages the nurse; GP clinical supervision 1 session/week; "
            "admin and IT (about £21,000). 4.2 Brackwater: £49,500 for the 1.0 WTE Band 6 nurse for 12 months; "
            "project set-up support (6 days) from its Partnerships Manager."),
      ("h1", "5. Governance"), ("p", "Joint board chaired by the Federation's Clinical Director. " + NOSALES),
      ("h1", "6. Data protection"), ("p", STD_DP),
      ("h1", "7. Confidentiality"), ("p", STD_CONF),
      ("h1", "8. Term and termination"),
      ("p", "8.1 This Agreement begins on the date of the last signature and continues for 12 months. 8.2 Either "
            "party may terminate on 60 days' written notice, or immediately if the other commits a material "
            "breach not remedied within 30 days, becomes insolvent, or if the PMCPA rules that the Project "
            "breaches the ABPI Code. 8.3 On termination: (a) Brackwater shall pay all invoices for costs properly "
            "incurred up to the termination date, and the Federation shall repay any unspent funds within 30 days; "
            "(b) each party shall return or destroy the other's confidential information; (c) intellectual property "
            "in materials created in the Project vests in the Federation, with a non-exclusive licence to "
            "Brackwater for non-promotional use; (d) clauses 6, 7 and 9 survive termination."),
      ("h1", "9. Transparency"), ("p", STD_PUB)],
     [("Upper Calder Primary Care Ltd", "Dr Fiona Kirk, Clinical Director"),
      ("Brackwater Pharmaceuticals Ltd", "Gareth Lowe, Head of Market Access")],
     ["repay any unspent funds within 30 days", "return or destroy the other's confidential information"],
     {"exit-strategy": "warn"},
     "exit-strategy=warn: clause 8 is a thorough termination clause (60 days' notice, triggers incl. PMCPA "
     "ruling, payment reconciliation, return of confidential information, IP, survival) but says nothing about "
     "what happens to housebound patients on the caseload, the outreach service or the Brackwater-funded nurse "
     "post. RULES-SEMANTICS lists notice periods as part of an exit arrangement and none of its fail cases "
     "(absent/TBC/only an end date/'discuss next steps') applies, so not fail; but the core of an exit strategy "
     "(patients, services, funded staff) is missing, so present-but-weak = warn. All other rules pass."),

 agr("t9b_agr_psoriasis_pathway_harrowgate.pdf", "Joint Working Agreement",
     "Psoriasis Shared Care Pathway", "Harrowgate and District Community Health CIC - JWA", "HDCH/JWA/PSO v2",
     parties("Harrowgate and District Community Health CIC (company no. 09876123), 3 Station Approach, Harrowgate "
             "HG4 2PL (\"the CIC\"); and",
             "Hensall Medical UK Limited (company no. 05566778), Hensall Court, Bristow BS8 9QQ (\"Hensall\")."),
     [("h1", "1. Project"),
      ("p", "A community dermatology nurse clinic for people with moderate psoriasis, with screening for psoriatic "
            "arthritis, depression and cardiovascular risk, and fast referral to hospital when needed."),
      ("h1", "2. Objectives and KPIs"),
      ("table", [["KPI", "Baseline", "Target"],
                 ["Wait for first community appointment", "14 weeks", "6 weeks"],
                 ["Patients screened for psoriatic arthritis (PEST)", "18%", "90%"],
                 ["DLQI improvement of 4+ points at 6 months", "n/a", "60% of patients"]]),
      ("h1", "3. Benefits"),
      ("p", "Patients are seen sooner and nearer home, joint problems and low mood are picked up earlier, and "
            "quality of life improves."),
      ("h1", "4. Contributions"),
      ("p", "The CIC: 0.6 WTE dermatology nurse, clinic rooms, GPwER sessions (2/month), approx. £39,000. Hensall: "
            "£35,000 for nurse training and a 0.4 WTE Band 6 nurse for 12 months; 5 days of project management."),
      ("h1", "5. Roles"),
      ("p", "Hensall's representative is its Medical Affairs Lead, Dermatology. No sales representative or key "
            "account manager will be involved."),
      ("h1", "6. Data protection"), ("p", STD_DP),
      ("h1", "7. Confidentiality"), ("p", STD_CONF),
      ("h1", "8. Exit"), ("p", STD_EXIT),
      ("h1", "9. Publication"),
      ("p", "9.1 An executive summary of this Agreement will be published on Hensall's website before the Project "
            "starts, subject to Hensall's prior written approval of its content and timing. 9.2 The Project outcomes "
            "will be shared with the CIC board and may be published by Hensall at its discretion.")],
     [("Harrowgate and District Community Health CIC", "Ann Ferris, Chief Executive"),
      ("Hensall Medical UK Limited", "General Manager UK")],
     ["subject to Hensall's prior written approval", "may be published by Hensall at its discretion"],
     {"transparency": "fail"},
     "transparency=fail: publication of the executive summary is 'subject to Hensall's prior written approval of "
     "its content and timing' and outcomes 'may be published by Hensall at its discretion' - both leave "
     "publication to the company, which is the fail case in RULES-SEMANTICS; no Disclosure UK commitment. "
     "All other rules pass.", layout="two"),

 agr("t9b_agr_anticoag_af_ridgeway.docx", "Joint Working Agreement",
     "Atrial Fibrillation Detection and Anticoagulation Review", "OFFICIAL | JWA AF", "Ridgeway and Dunmore ICB - JWA v1.0",
     parties("NHS Ridgeway and Dunmore Integrated Care Board, the statutory body for the Ridgeway and Dunmore "
             "Integrated Care System, of Civic Offices, Dunmore DN1 1AA (\"the ICB\"); and",
             "Ravelin Pharma UK Ltd (company no. 02233445), registered office 7 Kingsgate, Readwell RD1 2CC "
             "(\"Ravelin\")."),
     [("h1", "1. Background and aims"),
      ("p", "1.1 An estimated 2,100 people in the ICB area have undiagnosed atrial fibrillation. The Project uses "
            "pulse checks at flu clinics and pharmacist review to detect AF and ensure people at high stroke risk "
            "are offered anticoagulation in line with NICE NG196, with the choice of agent made by the prescriber."),
      ("h1", "2. Measures"),
      ("p", "2.1 Newly diagnosed AF: 400 by month 12. 2.2 Patients with CHA2DS2-VASc >= 2 offered anticoagulation: "
            "from 84% to 95%. 2.3 AF-related strokes: monitored annually against the 2024 SSNAP baseline."),
      ("h1", "3. Patient benefit"),
      ("p", "3.1 Earlier diagnosis and treatment reduce people's risk of disabling stroke."),
      ("h1", "4. Contributions"),
      ("table", [["ICB", "Ravelin"],
                 ["Pharmacist time 0.5 WTE; BI analyst; practice engagement (approx. £33,000)",
                  "£40,000 for handheld ECG devices and pharmacist back-fill; 10 days of project management"]]),
      ("h1", "5. Governance"),
      ("p", "The ICB's Cardiovascular Programme Lead chairs the steering group; Ravelin attends through its "
            "Partnerships Manager. No one from Ravelin's sales or brand teams will be involved."),
      ("h1", "6. Data protection"), ("p", "No patient-identifiable data will be shared with Ravelin. " + STD_DP),
      ("h1", "7. Confidential information"),
      ("p", "7.1 The ICB shall keep confidential all information disclosed by Ravelin that is marked or reasonably "
            "understood to be confidential, including pricing and internal plans, and use it only for the Project, "
            "subject to the Freedom of Information Act 2000. 7.2 This clause does not restrict publication under "
            "clause 9."),
      ("h1", "8. Exit"), ("p", STD_EXIT + " Devices remain with the ICB for continued use in practices."),
      ("h1", "9. Transparency"), ("p", STD_PUB)],
     [("NHS Ridgeway and Dunmore Integrated Care Board", "Chief Medical Officer"),
      ("Ravelin Pharma UK Ltd", "Country Medical Director")],
     ["the statutory body for the Ridgeway and Dunmore", "No patient-identifiable data will be shared with Ravelin"],
     {},
     "All rules pass. Tricky wording: the ICS is mentioned only to describe the ICB, which is the statutory "
     "contracting body; the confidentiality clause protects only Ravelin's confidential information, but "
     "RULES-SEMANTICS passes confidentiality when patient AND/OR project/commercial information is protected "
     "(and patient data are separately protected under clause 6, with none shared), so pass - a reviewer might "
     "note the one-sidedness but it is not a defect under the semantics. 'No patient-identifiable data will be "
     "shared' and 'No one from Ravelin's sales or brand teams' are acceptable negations; NICE NG196 neutral."),
]
