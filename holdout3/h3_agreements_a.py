"""holdout3: Joint / Collaborative Working Agreements A01-A06 (h3_agr_*)."""

DOCS = []


def add(**kw):
    DOCS.append(kw)


def clauses(items, start=1, sub=True):
    """[(heading, [text, ...]), ...] -> numbered clause blocks (1. Heading / 1.1 text)."""
    out = []
    for i, (head, paras) in enumerate(items, start):
        out.append(("H", f"{i}. {head}"))
        for j, t in enumerate(paras, 1):
            out.append(("P", f"{i}.{j} {t}" if sub else t))
    return out


# A01 - very formal docx; all pass
add(file="h3_agr_01_northmoor_calverley_jwa.docx", type="agreement", fmt="docx", font="Times New Roman", size=11,
    header="Joint Working Agreement - HFOC", footer="Northmoor Valley NHS FT / Calverley Therapeutics UK Ltd - Execution version",
    author="Trust Legal Services",
    cover=["JOINT WORKING AGREEMENT", "relating to Heart Failure Optimisation Clinics", "dated 2 May 2025",
           "NORTHMOOR VALLEY NHS FOUNDATION TRUST", "and", "CALVERLEY THERAPEUTICS UK LTD"],
    blocks=[
        ("H", "PARTIES"),
        ("N", ["NORTHMOOR VALLEY NHS FOUNDATION TRUST, a public benefit corporation whose principal office is at Northmoor General Hospital, Castle Road, Northmoor NM4 2QT (the \"Trust\"); and",
               "CALVERLEY THERAPEUTICS UK LTD, a company incorporated in England and Wales with company number 04417782 whose registered office is at 4 Aspen Court, Marlow Business Park, Marlow SL7 9TU (\"Calverley\")."]),
        ("H", "BACKGROUND"),
        ("N", ["The parties wish to work jointly to improve the care of patients with heart failure with reduced ejection fraction through nurse-led optimisation clinics (the \"Project\"), as described in the Project Initiation Document version 1.2 (the \"PID\").",
               "The Project is joint working within the meaning of Clause 20 of the ABPI Code of Practice and is patient-centred. It is not an inducement to prescribe, supply, recommend, buy or sell any medicine."]),
    ] + clauses([
        ("Definitions and interpretation", ["In this Agreement \"Commencement Date\" means 1 June 2025, \"Term\" means the period from the Commencement Date to 31 January 2027, and \"Steering Group\" means the group described in clause 5.",
                                            "Headings do not affect interpretation. The Schedules form part of this Agreement."]),
        ("Objectives and benefits", ["The objectives and outcome measures of the Project are set out in Schedule 1.",
                                     "The parties expect patients to benefit from faster post-discharge review, optimised treatment in line with NICE NG106, fewer symptoms and fewer readmissions; the Trust to benefit from released outpatient capacity; and Calverley to gain understanding of heart failure service delivery."]),
        ("Contributions", ["Each party shall make the contributions set out in Schedule 2.",
                           "Calverley shall pay the Trust £96,400 in six equal quarterly instalments in arrears against invoices. No payment shall be made to any individual."]),
        ("Roles and responsibilities", ["The Trust is responsible for all clinical care, for recruiting, employing and managing the funded nurse and for collecting outcome data.",
                                        "Calverley is responsible for project management support and evaluation design through its NHS Partnerships and Medical Affairs teams. No Calverley representative, key account manager or other promotional staff shall take part in the Project."]),
        ("Governance", ["A Steering Group chaired by the Trust's Clinical Director for Medicine shall meet monthly and oversee delivery, risk and outcome reporting against Schedule 1."]),
        ("Data protection", ["The Trust is the controller of all personal data processed in the Project. Each party shall comply with UK GDPR and the Data Protection Act 2018.",
                             "Calverley shall not receive or have access to any personal data relating to patients. Reports to Calverley shall be anonymised and aggregated with small numbers suppressed."]),
        ("Confidentiality", ["Each party shall keep confidential all Confidential Information of the other, use it only for the Project and not disclose it except to employees who need to know it, or where required by law, including the Freedom of Information Act 2000.",
                             "Patient information shall at all times be held by the Trust in accordance with the common law duty of confidence and the Caldicott principles."]),
        ("Transparency and publication", ["Calverley shall publish a summary of this Agreement on its UK website before the Commencement Date.",
                                          "The parties shall each publish a summary of the Project outcomes within six months of completion. Calverley shall disclose its transfers of value under this Agreement on Disclosure UK, to which the Trust consents."]),
        ("Term and termination", ["This Agreement runs for the Term unless terminated earlier under this clause.",
                                  "Either party may terminate on three months' written notice. Either party may terminate immediately if the other commits a material breach not remedied within 30 days, or if the PMCPA rules that the Project breaches the ABPI Code.",
                                  "On expiry or termination the exit arrangements in Schedule 3 apply."]),
        ("Anti-bribery", ["Each party shall comply with the Bribery Act 2010. Nothing in this Agreement is conditional on the use of any Calverley product."]),
        ("Dispute resolution", ["Disputes shall first be referred to the Steering Group, then to the Trust's Chief Operating Officer and Calverley's General Manager, and if unresolved to mediation."]),
        ("Governing law", ["This Agreement is governed by the law of England and Wales."]),
    ]) + [
        ("H", "SCHEDULE 1 - Objectives and outcome measures"),
        ("TB", [["Outcome", "Baseline", "Target", "Data source"],
                ["HFrEF patients on optimised therapy", "38%", "60% by month 18", "Trust BI"],
                ["Median days discharge to review", "77", "14", "Clinic system"],
                ["30-day HF readmissions", "19%", "14%", "Trust PAS"]]),
        ("H", "SCHEDULE 2 - Contributions"),
        ("TB", [["Party", "Contribution", "Value"],
                ["Calverley", "Funding for 1.0 WTE Band 7 nurse; 30 days project management; evaluation design", "£96,400 cash; £18,000 in kind"],
                ["Trust", "Consultant supervision 1 PA/week; clinic rooms; 0.2 WTE BI analyst; HR and line management", "£71,000 in kind"]]),
        ("H", "SCHEDULE 3 - Exit arrangements"),
        ("P", "On expiry, if the ICB commissions the clinics the nurse post transfers to the Trust's establishment. Otherwise patients mid-titration complete care with the Trust heart failure team and are discharged to their GP with a plan, and the post ends under Trust HR policy. The same applies on early termination, with a handover plan agreed by the Steering Group within 30 days of notice."),
        ("SIG", [("Northmoor Valley NHS Foundation Trust", "Catherine Elwood", "Chief Executive"),
                 ("Calverley Therapeutics UK Ltd", "Marcus Devereux", "General Manager UK & Ireland")]),
    ])

# A02 - pdf; contracting party is an individual clinician; outcomes only qualitative
add(file="h3_agr_02_drpatel_aldenmoor_wound_care.pdf", type="agreement", fmt="pdf", ruled=True,
    header="Collaborative Working Agreement", footer="Aldenmoor Pharmaceuticals Ltd - CWA-2025-031",
    author="Aldenmoor Legal",
    labels={"legal-entities": "fail", "measurable-outcomes": "warn"},
    notes="legal-entities fail: the counterparty is an individual GP, 'Dr Ravi Patel, GP Partner', not the practice or any organisation. measurable-outcomes warn: success is described only qualitatively ('improved healing', 'reviewed at steering group') with no numbers, baseline or targets.",
    key=["Dr Ravi Patel", "outcomes will be monitored"],
    blocks=[
        ("T", "Collaborative Working Agreement: Leg Ulcer Care Improvement"),
        ("P", "This Agreement is made on 15 July 2025 between:"),
        ("N", ["Dr Ravi Patel, GP Partner, of Thistle Lane Surgery, 21 Thistle Lane, Oakhurst OK4 6TT (\"the Clinician\"); and",
               "Aldenmoor Pharmaceuticals Ltd, Aldenmoor Court, Hatfield Avenue, Welwyn Garden City AL7 1GF (company no. 03381920) (\"Aldenmoor\")."]),
    ] + clauses([
        ("Purpose", ["The parties will collaborate to improve assessment and care of patients with venous leg ulcers registered with Thistle Lane Surgery and two neighbouring practices, in line with NICE CKS and the National Wound Care Strategy.",
                     "Expected benefits: patients - faster healing, less pain, fewer infections and fewer dressing visits; NHS - reduced nurse time and dressing costs; Aldenmoor - understanding of community wound care pathways."]),
        ("Duration", ["This Agreement starts on 1 September 2025 and ends on 31 August 2026."]),
        ("Contributions", ["Aldenmoor will provide £28,000 to fund a Tissue Viability Nurse (Band 6, 0.6 WTE) through the practice payroll, and 8 days of project management.",
                           "The Clinician will provide clinical supervision, practice nurse time for joint clinics (one session a week), clinic space and Doppler equipment, valued at approximately £19,000."]),
        ("Project management", ["A steering group of the Clinician, the lead practice nurse, the TVN and Aldenmoor's Healthcare Partnerships Manager will meet every two months. No Aldenmoor sales personnel will be involved."]),
        ("Outcomes", ["The parties expect improved healing and patient experience. Outcomes will be monitored by the steering group and reviewed at the end of the Agreement."]),
        ("Data protection", ["Thistle Lane Surgery is the data controller for all patient data, which will be processed under UK GDPR and the Data Protection Act 2018. Aldenmoor will not access patient records and will receive only anonymised aggregate information."]),
        ("Confidentiality", ["Each party will keep confidential any patient information and any business information it receives from the other and will use it only for the purposes of this Agreement."]),
        ("Termination and exit", ["Either party may terminate this Agreement by giving 60 days' written notice. On termination or expiry, patients under the TVN's care will return to the practice nursing team with an individual care plan and the TVN role will end or be funded by the practice.",
                                  "This Agreement will terminate immediately if the PMCPA finds the project to be in breach of the ABPI Code."]),
        ("Transparency", ["Aldenmoor will publish a summary of this Agreement on its website prior to the start date and both parties will publish the project outcomes within six months of the end date. Payments will be disclosed on Disclosure UK."]),
        ("Anti-bribery", ["Nothing in this Agreement is an inducement to prescribe, recommend or purchase any Aldenmoor product. Both parties comply with the Bribery Act 2010."]),
    ]) + [
        ("SIG", [("the Clinician", "Dr Ravi Patel", "GP Partner"),
                 ("Aldenmoor Pharmaceuticals Ltd", "Joanna Hurst", "Director, Healthcare Partnerships")]),
    ])

# A03 - docx, three parties incl. university; plain-English style; all pass
add(file="h3_agr_03_westmarch_icb_ashcombe_uni_cwa.docx", type="agreement", fmt="docx", font="Calibri", size=11,
    header="OFFICIAL", footer="Collaborative Working Agreement - Frailty Medicines Review - v1.0", header_center=True,
    author="ICB Contracts Team",
    blocks=[
        ("T", "Collaborative Working Agreement"),
        ("P", "Frailty Structured Medication Review Programme"),
        ("H", "Who this agreement is between"),
        ("TB", [["Party", "Registered / principal address", "Authorised lead"],
                ["NHS Westmarch Integrated Care Board", "Westmarch House, 1 Cathedral Square, Westmarch WM1 1CS", "Dr Olu Adeyemi, Chief Pharmacist"],
                ["University of Ashcombe (School of Pharmacy)", "Ashcombe Campus, Ashcombe AS2 7RL", "Prof. Helen Tramm, Professor of Clinical Pharmacy"],
                ["Fenwick Life Sciences UK Ltd (company no. 06651023)", "22 Canalside, Manchester M1 7DW", "Ruth Mallory, Head of Partnerships & Market Access"]]),
        ("P", "Date of agreement: 9 June 2025. Term: 1 August 2025 to 31 July 2027."),
        ("H", "1 What the programme is for"),
        ("P", "1.1 People living with moderate or severe frailty often take ten or more medicines, increasing the risk of falls, confusion and hospital admission. The programme will train PCN clinical pharmacists to carry out structured medication reviews (SMRs) for housebound frail patients, with the University evaluating the impact."),
        ("P", "1.2 Expected benefits: patients - fewer harmful or unnecessary medicines, fewer falls and admissions, and reviews that reflect what matters to them; ICB - better use of the SMR workforce and lower avoidable admissions; University - research and teaching outputs; Fenwick - insight into deprescribing and medicines optimisation in frailty. No specific medicine is promoted; reviews follow NICE NG5 and the ICB formulary."),
        ("H", "2 Contributions"),
        ("TB", [["Party", "What it provides", "Value"],
                ["ICB", "Programme lead (0.4 WTE Band 8b), pharmacist backfill for training days, access to the frailty dashboard, project administration", "£92,000 in kind"],
                ["University", "Training course design and delivery (6 cohorts), independent evaluation by a research fellow (0.5 WTE)", "£48,000 in kind"],
                ["Fenwick", "£86,000 towards pharmacist backfill and the evaluation, paid to the ICB in four instalments; 12 days medical affairs input to course content", "£86,000 cash + £9,000 in kind"]]),
        ("H", "3 Governance"),
        ("P", "3.1 A Programme Board chaired by the ICB Chief Pharmacist, with the University's evaluation lead and Fenwick's Head of Partnerships & Market Access, meets quarterly. Fenwick's field-based sales teams will play no part in the programme."),
        ("H", "4 Measuring success"),
        ("TB", [["Measure", "Baseline", "Target", "Source"],
                ["Housebound frail patients with SMR in 12 months", "22%", "60%", "ICB frailty dashboard"],
                ["Patients on 10+ medicines after SMR", "48%", "35%", "Evaluation dataset"],
                ["Emergency admissions for falls in cohort", "Rate per 1,000 (2024): 112", "15% reduction", "SUS, anonymised"]]),
        ("H", "5 Data protection and confidentiality"),
        ("P", "5.1 GP practices remain data controllers for patient records. The University receives pseudonymised extracts under a data sharing agreement approved by the ICB's Caldicott Guardian and a DPIA, in accordance with UK GDPR and the Data Protection Act 2018. Fenwick receives no patient-level data, only the published evaluation and aggregate progress reports."),
        ("P", "5.2 Each party keeps the others' confidential information confidential and uses it only for the programme, subject to the Freedom of Information Act 2000. Patient information is confidential to the practices and the University's research team."),
        ("H", "6 Publication"),
        ("P", "6.1 Fenwick will publish a summary of this agreement on its UK website before 1 August 2025. The University may publish the evaluation in a peer-reviewed journal, and all three parties will publish a summary of outcomes within six months of the end of the term. Fenwick's funding will be disclosed on Disclosure UK."),
        ("H", "7 Ending the agreement"),
        ("P", "7.1 Any party may leave on three months' written notice. The agreement ends immediately if a PMCPA ruling finds it in breach of the Code. 7.2 On any ending, the ICB keeps the training materials and continues SMRs within the existing PCN ARRS workforce; patients' follow-up remains with their practice. Funded backfill stops at the end of the notice period and unspent funds are returned."),
        ("H", "8 Other terms"),
        ("P", "8.1 Each party complies with the Bribery Act 2010. 8.2 Disputes go to the Programme Board, then to the parties' executive leads. 8.3 English law applies."),
        ("SIG", [("NHS Westmarch Integrated Care Board", "Alison Perrin", "Chief Finance Officer"),
                 ("University of Ashcombe", "Prof. Mark Hollis", "Pro Vice-Chancellor (Research)"),
                 ("Fenwick Life Sciences UK Ltd", "Daniel Okoro", "Managing Director UK")]),
    ])

# A04 - two-column pdf; 'discuss next steps' exit; publication at company discretion
add(file="h3_agr_04_pennine_ridge_tallis_ibd.pdf", type="agreement", fmt="pdf", twocol=True, ruled=True,
    header="Pennine Ridge NHS Trust - Tallis Pharmaceuticals Ltd", footer="Agreement ref PR/TAL/2025/11",
    author="Tallis Legal", pdffont="Times-Roman",
    labels={"exit-strategy": "fail", "transparency": "fail"},
    notes="exit-strategy fail: the 'End of Project' clause only says the parties will meet to discuss next steps; no notice period, handover or arrangement for patients or the funded post. transparency fail: publication is 'at Tallis's discretion' and no executive summary or Disclosure UK commitment.",
    key=["discuss next steps", "at Tallis's sole discretion"],
    blocks=[
        ("T", "Joint Working Agreement - IBD Virtual Clinic"),
        ("P", "THIS AGREEMENT is dated 3 November 2025 and made BETWEEN (1) PENNINE RIDGE NHS TRUST of Ridge House, Halton Road, Pennington PN2 9AA (the Trust) and (2) TALLIS PHARMACEUTICALS LTD (company number 02271554) of Tallis House, 15 Brunel Way, Slough SL1 1XL (Tallis)."),
    ] + clauses([
        ("The Project", ["The parties will establish a nurse-led virtual clinic and advice line for patients with inflammatory bowel disease (IBD), with faecal calprotectin home testing, to reduce unplanned attendances and waiting times.",
                         "The Project is patient-centred: patients should have faster access to specialist advice during flares, fewer emergency attendances and steroid courses, and fewer unnecessary hospital visits. The Trust benefits from reduced outpatient demand; Tallis from understanding IBD service models.",
                         "Treatment decisions are taken by Trust clinicians in accordance with NICE guidance and the Trust formulary."]),
        ("Term", ["The Project will run for 18 months from 5 January 2026."]),
        ("Resources", ["Tallis will provide £72,500 to fund a Band 7 IBD nurse specialist (0.8 WTE) employed by the Trust and 300 calprotectin home test kits.",
                       "The Trust will provide consultant gastroenterologist oversight (1 session/week), the advice line telephony, administrative support and IT, valued at £44,000."]),
        ("Governance", ["A joint project team (Trust IBD lead consultant, IBD nurse lead, service manager; Tallis Medical Affairs Manager and NHS Partnership Lead) will meet monthly. Tallis sales staff are not involved."]),
        ("Performance measures", ["Measures: (a) unplanned IBD attendances, baseline 310 a year, target 220; (b) advice line response within 1 working day in 95% of calls; (c) mean wait for follow-up, baseline 19 weeks, target 10 weeks; (d) steroid courses per 100 patients, baseline 28, target 20. Reported quarterly from Trust data."]),
        ("Data protection", ["The Trust is data controller. Personal data are processed in accordance with UK GDPR and the Data Protection Act 2018. Tallis receives only anonymised aggregate data."]),
        ("Confidentiality", ["Each party shall treat as confidential all information disclosed by the other, and patient information shall not be disclosed to Tallis."]),
        ("Publication", ["Results of the Project may be published at Tallis's sole discretion."]),
        ("End of Project", ["Three months before the end of the Term the parties will meet to discuss next steps."]),
        ("General", ["Each party shall comply with the Bribery Act 2010 and the ABPI Code of Practice. This Agreement is governed by English law."]),
    ]) + [
        ("SIG", [("Pennine Ridge NHS Trust", "Dr Stephen Lowry", "Medical Director"),
                 ("Tallis Pharmaceuticals Ltd", "Claire Dunmore", "Head of Medical Affairs UK")]),
    ])

# A05 - docx; party is 'the PCN' with no contracting vehicle; confidentiality placeholder
add(file="h3_agr_05_southdene_pcn_ostrander.docx", type="agreement", fmt="docx", font="Arial", size=10,
    header="Southdene PCN / Ostrander Healthcare plc", footer="Working Agreement DRAFT 0.7",
    author="Southdene PCN",
    labels={"legal-entities": "fail", "confidentiality": "fail"},
    notes="legal-entities fail: the NHS party is 'Southdene Primary Care Network' itself, with no lead practice, federation or other contracting vehicle named, and the PCN signs via its Clinical Director 'on behalf of the PCN'. confidentiality fail: the confidentiality clause is a placeholder '[to be confirmed by legal]'.",
    key=["[to be confirmed by legal]", "Southdene Primary Care Network"],
    blocks=[
        ("T", "Joint Working Agreement"),
        ("P", "Hypertension Case-Finding and Optimisation"),
        ("P", "This agreement is between Southdene Primary Care Network (\"the PCN\") and Ostrander Healthcare plc, Ostrander Park, Cambridge CB4 0WS, registered in England no. 00917264 (\"Ostrander\")."),
        ("H", "1. Purpose"),
        ("P", "1.1 About 4,000 adults across the PCN's five practices are estimated to have undiagnosed high blood pressure, and 3,100 people on the hypertension register are above target. The project will run blood pressure check events in community venues and pharmacist-led optimisation clinics, in line with NICE NG136."),
        ("P", "1.2 Benefits: patients - earlier diagnosis and better blood pressure control, reducing the risk of stroke, heart attack and kidney disease; the PCN - progress towards the CVDPREVENT ambitions; Ostrander - learning about case-finding in deprived communities."),
        ("H", "2. Term"),
        ("P", "2.1 1 February 2026 to 31 January 2027."),
        ("H", "3. Contributions"),
        ("TB", [["The PCN", "Ostrander"],
                ["Clinical pharmacists (2 x 0.4 WTE), health and wellbeing coach time, practice searches and clinic rooms, valued at about £51,000", "£47,000 for 25 community BP events (venue, equipment, staffing) and validated home BP monitors for loan; 10 days project management"]]),
        ("H", "4. Governance and roles"),
        ("P", "4.1 A project group (PCN Clinical Director as chair, PCN pharmacist lead, PCN manager, Ostrander's Partnership Manager and Medical Advisor) meets monthly. The PCN delivers all clinical activity. Ostrander provides project management and evaluation support. No Ostrander representatives or key account managers take part."),
        ("H", "5. Outcomes"),
        ("TB", [["Measure", "Baseline", "Target at 12 months"],
                ["Newly diagnosed hypertension", "-", "600 people"],
                ["Register patients treated to target", "61%", "77% (CVDPREVENT ambition)"],
                ["BP checks in community events", "0", "3,000"]]),
        ("H", "6. Data protection"),
        ("P", "6.1 Practices are data controllers for their patients and the pharmacists work under the PCN data sharing agreement. Data processing complies with UK GDPR and the Data Protection Act 2018. Ostrander will not see any patient-identifiable data; reports to Ostrander are aggregate only."),
        ("H", "7. Confidentiality"),
        ("P", "7.1 [to be confirmed by legal]"),
        ("H", "8. Publication"),
        ("P", "8.1 Ostrander will publish an executive summary of this collaboration before the project begins. Both parties will publish a summary of outcomes within six months of the end of the project."),
        ("H", "9. Termination and exit"),
        ("P", "9.1 Either party can end this agreement with 2 months' written notice. 9.2 At the end, or on early termination, patients in optimisation clinics continue their care with their own practice; loaned monitors are kept by the practices. Ostrander funding stops at the end of the notice period."),
        ("H", "10. Anti-bribery"),
        ("P", "10.1 The project is not linked to the prescribing of any Ostrander medicine. Both parties comply with the Bribery Act 2010."),
        ("SIG", [("Southdene Primary Care Network", "Dr Harriet Coles", "Clinical Director, on behalf of the PCN"),
                 ("Ostrander Healthcare plc", "Peter Vance", "UK General Manager")]),
    ])

# A06 - pdf; council + trust + company; formal; all pass
add(file="h3_agr_06_greyhaven_alcohol_liver.pdf", type="agreement", fmt="pdf", ruled=True, pdfaccent="#0B5345",
    header="OFFICIAL", footer="Collaborative Working Agreement - Liver Health Checks - Execution copy",
    author="Greyhaven Council Legal",
    cover=["COLLABORATIVE WORKING AGREEMENT", "Community Liver Health Checks",
           "Greyhaven Borough Council", "Greyhaven and District NHS Foundation Trust", "Merrow Biosciences UK Limited",
           "Dated 20 January 2026"],
    blocks=[
        ("H", "Parties"),
        ("N", ["GREYHAVEN BOROUGH COUNCIL of Town Hall, Market Place, Greyhaven GH1 1TH (the Council);",
               "GREYHAVEN AND DISTRICT NHS FOUNDATION TRUST of Greyhaven District Hospital, Sea Road, Greyhaven GH3 5AB (the Trust); and",
               "MERROW BIOSCIENCES UK LIMITED (company no. 07741260) of 1 Kingsway Plaza, Milton Keynes MK9 2AB (Merrow)."]),
        ("H", "Recitals"),
        ("P", "(A) Liver disease deaths in Greyhaven are 42% above the England average. (B) The parties wish to collaborate to offer community liver health checks with transient elastography in drug and alcohol services and homeless outreach, with fast-track referral to hepatology. (C) The Project is collaborative working under Clause 20 of the ABPI Code and is not linked to any medicine."),
    ] + clauses([
        ("Term", ["This Agreement starts on 1 March 2026 and continues for 24 months unless ended earlier under clause 10."]),
        ("Benefits", ["Patients: earlier detection of liver fibrosis and cirrhosis, fast-track specialist care, support to reduce alcohol use and hepatitis testing. Council and Trust: fewer late presentations and emergency admissions with decompensated liver disease. Merrow: understanding of community liver pathways."]),
        ("Contributions", ["The Council provides outreach venues within its drug and alcohol service, outreach workers' time (about 0.5 WTE) and commissioning input, valued at £38,000.",
                           "The Trust provides a hepatology nurse specialist (0.4 WTE), consultant hepatologist oversight and fast-track clinic slots, valued at £57,000.",
                           "Merrow provides £84,000 for a mobile elastography scanner lease and a Band 6 nurse (0.6 WTE, Trust-employed), plus 15 days of project management."]),
        ("Roles", ["The Trust leads clinical delivery and data collection; the Council leads community engagement; Merrow supports project management and evaluation through its Partnerships and Medical teams only."]),
        ("Governance", ["A Joint Oversight Group chaired by the Council's Director of Public Health meets every two months. Terms of reference are in Annex A."]),
        ("Outcome measures", ["(a) 1,500 liver health checks over 24 months; (b) 90% of people with a raised score seen in hepatology within 6 weeks (baseline 38%); (c) proportion of new cirrhosis diagnoses made at emergency admission reduced from 61% to 40%; (d) quarterly reporting from Trust and Council systems."]),
        ("Data protection", ["The Trust is the controller of clinical data and the Council is the controller of its service user records. All processing complies with UK GDPR and the Data Protection Act 2018 and a joint DPIA has been approved. Merrow will not receive any personal data."]),
        ("Confidentiality", ["Each party shall keep confidential the other parties' confidential information and all information about individuals, subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004."]),
        ("Transparency", ["Merrow shall publish a summary of this Agreement before the start date. All parties shall publish a summary of outcomes within six months of completion. Merrow shall disclose its payments on Disclosure UK."]),
        ("Termination and exit", ["Any party may terminate on 90 days' written notice; Merrow may terminate immediately on a PMCPA ruling of breach.",
                                  "On expiry or termination the scanner lease transfers to the Trust or ends; people awaiting hepatology review stay on the Trust's fast-track list; the funded nurse post ends or is absorbed by the Trust; the Council continues referral through its drug and alcohol service."]),
        ("Anti-bribery and law", ["All parties comply with the Bribery Act 2010. This Agreement is governed by the law of England and Wales."]),
    ]) + [
        ("H", "Annex A - Joint Oversight Group terms of reference"),
        ("KV", [["Chair", "Director of Public Health, Greyhaven Borough Council"],
                ["Members", "Trust consultant hepatologist; hepatology nurse specialist; Council drug and alcohol commissioner; Merrow Partnerships Lead; Merrow Medical Advisor"],
                ["Frequency", "Every two months"],
                ["Quorum", "One member from each party"]]),
        ("SIG", [("Greyhaven Borough Council", "Sarah Penhaligon", "Director of Public Health"),
                 ("Greyhaven and District NHS Foundation Trust", "Richard Amos", "Chief Executive"),
                 ("Merrow Biosciences UK Limited", "Dr Clara Huang", "Medical Director UK")]),
    ])
