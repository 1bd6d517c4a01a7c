"""holdout10 PIDs 1-4."""
from holdout10_common import doc, revision_table, HIN, HIN_HOST, PMO

D1 = doc(1, "hf-optimisation-pid", "docx", "pid",
    "Project Initiation Document: Heart Failure Therapy Optimisation Clinics (HF-OPT)",
    [("title", "Project Initiation Document: Heart Failure Therapy Optimisation Clinics (HF-OPT)"),
     ("sub", "Prepared by %s with %s on behalf of Holmsworth Teaching Hospitals NHS Trust and "
             "Veltris Pharma UK Ltd. Version 1.3, 14 March 2025." % (PMO, HIN)),
     revision_table([["0.4", "20/01/2025", "R. Okafor (Kestrel Lane)", "First full draft"],
                     ["1.0", "18/02/2025", "R. Okafor", "Steering group comments"],
                     ["1.3", "14/03/2025", "L. Penhallow (HIN)", "Final for certification"]]),
     ("h1", "1. Background"),
     ("p", "Around 3,900 adults on the Holmsworth heart failure register have reduced ejection "
           "fraction. An audit in autumn 2024 found that only 41% were on all four classes of "
           "guideline-directed therapy at target dose, largely because titration appointments "
           "compete with new referrals in the consultant clinic."),
     ("h1", "2. Aims and objectives"),
     ("p", "HF-OPT will run nurse-led optimisation clinics at two community hubs so that patients "
           "are reviewed every two weeks until their regimen is stable, following NICE NG106. "
           "Prescribing decisions remain with Trust clinicians and the clinics are product-neutral."),
     ("h2", "2.1 Expected benefits"),
     ("table", [["For", "Benefit"],
                ["Patients", "Faster titration, fewer hospital admissions for decompensation, "
                             "clinic closer to home, better symptom control"],
                ["Holmsworth Teaching Hospitals NHS Trust", "Consultant clinic capacity released; "
                 "a tested model for the ICB's cardiology pathway"],
                ["Veltris Pharma UK Ltd", "Better understanding of how community HF services are "
                 "organised; experience of NHS partnership working"]], [0.3, 0.7]),
     ("h1", "3. Partner organisations and leads"),
     ("kv", [["NHS partner", "Holmsworth Teaching Hospitals NHS Trust, Lister Road, Holmsworth HW2 4QT"],
             ["Industry partner", "Veltris Pharma UK Ltd, 9 Canal Wharf, Reading RG1 8NN "
                                  "(company no. 04418263)"],
             ["NHS accountable lead", "Dr Fiona Garside, Consultant Cardiologist, fiona.garside@htht.nhs.uk"],
             ["Industry accountable lead", "Martin Oyelaran, Head of NHS Partnerships, "
                                           "martin.oyelaran@veltris.example.com"],
             ["Project management", "%s (funded by Veltris, reporting to the Trust)" % PMO],
             ["Start / completion", "Q2 2025 (1 May 2025) / 30 April 2026"]]),
     ("h1", "4. Resources"),
     ("table", [["Partner", "Contribution", "Value (GBP)"],
                ["Veltris Pharma UK Ltd", "Funding for 1.0 WTE Band 7 HF nurse specialist for 12 "
                 "months; project management (Kestrel Lane, 40 days); evaluation analyst 20 days",
                 "98,400"],
                ["Holmsworth Teaching Hospitals NHS Trust", "Consultant supervision 2 PA/week; "
                 "clinic rooms at two hubs; pharmacist 0.2 WTE; BI team time for KPI extracts",
                 "61,900 (in kind)"],
                ["Total", "", "160,300"]], [0.3, 0.5, 0.2]),
     ("h1", "5. Governance and RACI"),
     ("p", "A steering group chaired by the Trust's Divisional Director for Medicine meets monthly. "
           "Members: Dr Garside, the Lead HF Nurse, Chief Pharmacist's nominee, Martin Oyelaran, "
           "a Veltris medical adviser, the HIN programme manager and a patient representative."),
     ("table", [["Activity", "Trust", "Veltris", "HIN", "Kestrel Lane"],
                ["Clinical protocol", "A/R", "C", "I", "I"],
                ["Recruitment of HF nurse", "A/R", "I", "I", "C"],
                ["Data extraction and KPI report", "A", "I", "C", "R"],
                ["Budget management", "C", "A", "I", "R"],
                ["Publication of summary and outcomes", "R", "A/R", "C", "C"]], None),
     ("h1", "6. Outcome measures"),
     ("table", [["KPI", "Baseline", "Target (Apr 2026)", "Source"],
                ["Patients on all four GDMT classes at target dose", "41%", "65%", "HF register"],
                ["HF admissions per 100 patients per year", "18.2", "14.5", "SUS / Trust PAS"],
                ["Median days referral to first optimisation visit", "63", "21", "Clinic system"],
                ["Patient-reported experience (good/very good)", "n/a", ">= 85%", "Survey"]], None),
     ("h1", "7. Information governance"),
     ("p", "The Trust is data controller for all clinical records. Clinic data stay on Trust "
           "systems; a DPIA has been approved by the Trust Information Governance Lead (ref "
           "IG-2025-031). Veltris and Kestrel Lane receive quarterly aggregate figures only, with "
           "counts under five suppressed; neither will see any record that could identify a patient."),
     ("p", "Each party keeps the other's commercially sensitive material and any patient "
           "information encountered in confidence during the project and for five years after, "
           "subject to the Trust's duties under the Freedom of Information Act 2000."),
     ("h1", "8. Risks"),
     ("table", [["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
                ["Delay recruiting nurse", "M", "H", "Backfill from HF team for first 8 weeks", "Trust"],
                ["Low attendance at hubs", "L", "M", "Text reminders; transport advice", "Trust"],
                ["Perception of commercial influence", "L", "H", "Product-neutral protocol; no "
                 "company staff in clinics", "Veltris"]], [0.25, 0.11, 0.1, 0.38, 0.16]),
     ("h1", "9. Closure and early termination"),
     ("p", "From month 9 the steering group will prepare a business case for the ICB so that the "
           "clinic can continue within the Trust's commissioned cardiology service. If the "
           "business case is not approved, patients still being titrated will be transferred back "
           "to the consultant HF clinic with a written handover, and no patient will be discharged "
           "mid-titration. Either partner may end the project by giving three months' written "
           "notice; the funded nurse post will then be absorbed into the Trust's cardiology "
           "establishment until its fixed term ends."),
     ("h1", "10. Publication"),
     ("p", "Veltris will post the certified executive summary on its UK website before the first "
           "clinic. A joint outcomes report will be published by both partners within six months "
           "of completion, and the funding will appear in Veltris's Disclosure UK return."),
     ("p", "Certification: VLT-UK-PID-0318, date of preparation March 2025."),
     ],
    notes="All rules pass: exit via ICB business case, transfer to consultant clinic and 3 months' notice.",
    header="HF-OPT PID v1.3 | OFFICIAL", footer="Holmsworth Teaching Hospitals NHS Trust / Veltris Pharma UK Ltd")

D2 = doc(2, "copd-spirometry-hubs-pid", "pdf", "pid",
    "COPD Diagnostic Spirometry Hubs - Project Initiation Document",
    [("title", "COPD Diagnostic Spirometry Hubs - Project Initiation Document"),
     ("sub", "NHS Severnleigh Integrated Care Board and Orvane Therapeutics Ltd. Facilitated by "
             "%s. Draft 2.1, May 2025." % HIN),
     ("h1", "1 Purpose"),
     ("p", "Quality-assured spirometry largely stopped in Severnleigh general practice during "
           "2020 and has not fully restarted. Many people are given a COPD label without "
           "confirmation, while others with breathlessness wait over a year for a test. The "
           "project sets up three diagnostic hubs run by accredited physiologists."),
     ("h1", "2 What we want to achieve"),
     ("bullets", ["Confirm or refute a COPD diagnosis for people on the register who lack a "
                  "recorded post-bronchodilator ratio",
                  "Offer timely testing to newly breathless patients so that treatment and "
                  "pulmonary rehabilitation start sooner",
                  "Reduce inappropriate inhaler prescribing for people who turn out not to have COPD"]),
     ("p", "Patients gain an accurate diagnosis, quicker access to rehabilitation and fewer "
           "unnecessary medicines. The ICB gains a hub model it can commission; Orvane gains "
           "insight into diagnostic pathways in primary care."),
     ("h1", "3 Partners"),
     ("table", [["Organisation", "Lead", "Role"],
                ["NHS Severnleigh Integrated Care Board, Quay House, Severnleigh SL1 2AB",
                 "Hannah Birtwistle, Head of Long Term Conditions", "Commissioner and data controller"],
                ["Orvane Therapeutics Ltd, 3 Meridian Park, Slough SL2 5EQ",
                 "Dr Sunil Chaudhry, Medical Director UK", "Funding partner"],
                ["%s (hosted by %s)" % (HIN, HIN_HOST), "Priya Lacey, Programme Manager",
                 "Facilitation, evaluation support"]], [0.4, 0.33, 0.27]),
     ("h1", "4 Resources"),
     ("table", [["Item", "Orvane", "ICB"],
                ["Physiologist sessions (3 hubs x 2/week)", "GBP 84,000", "-"],
                ["Spirometers and calibration", "GBP 9,500", "-"],
                ["Hub premises and booking staff", "-", "GBP 31,000 in kind"],
                ["Clinical lead 1 session/week", "-", "GBP 14,200 in kind"],
                ["Data analyst (ICB BI team)", "-", "15 days in kind"]], [0.5, 0.25, 0.25]),
     ("h1", "5 Information and confidentiality"),
     ("p", "The ICB and practices remain controllers of patient records under UK GDPR. Hubs book "
           "and report through the practices' clinical system; only anonymised, aggregate "
           "figures are shared with Orvane. A DPIA was signed off by the ICB Caldicott Guardian "
           "on 2 April 2025."),
     ("p", "Information about the project shared between the partners, including pricing and "
           "operational plans, is treated as confidential and may only be used for this project."),
     ("h1", "6 Measuring success"),
     ("p", "The evaluation will look at how many patients are tested, the quality of the "
           "spirometry and whether diagnoses change. Patient and practice feedback will also be "
           "gathered. Findings will be reviewed by the project board at the end of the year."),
     ("h1", "7 Timeline"),
     ("table", [["Milestone", "Q3 25", "Q4 25", "Q1 26", "Q2 26"],
                ["Hubs mobilised", "X", "", "", ""],
                ["Register recall wave 1", "X", "X", "", ""],
                ["Wave 2 and new referrals", "", "X", "X", ""],
                ["Evaluation and report", "", "", "X", "X"]], [0.36, 0.16, 0.16, 0.16, 0.16]),
     ("h1", "8 Closure"),
     ("p", "Arrangements for the end of the project, including the future of the hubs and the "
           "physiologist posts, will be agreed by the project board during Q1 2026."),
     ("h1", "9 Publicity"),
     ("p", "Orvane will publish the executive summary on its website before the hubs open, and "
           "both partners will publish an outcomes summary within six months of the end date."),
     ],
    notes="exit-strategy fail: closure deferred to a later board decision (placeholder). "
          "measurable-outcomes warn: evaluation described qualitatively, no baselines/targets.",
    header="OFFICIAL-SENSITIVE | COPD Spirometry Hubs PID draft 2.1", footer="Severnleigh ICB / Orvane",
    layout="two", exit_strategy="fail", measurable_outcomes="warn")

D3 = doc(3, "af-pharmacy-detection-pid", "pdf", "pid",
    "PID - Atrial Fibrillation Detection in Community Pharmacy (Castlebridge and Fenmoor)",
    [("title", "PID - Atrial Fibrillation Detection in Community Pharmacy (Castlebridge and Fenmoor)"),
     ("sub", "Template: HIN collaborative working PID v4. Prepared by %s. Version 1.0, 2 June 2025." % PMO),
     ("h1", "Section A - Why this project"),
     ("p", "An estimated 2,300 people in Castlebridge and Fenmoor have undiagnosed atrial "
           "fibrillation, and around one stroke in five locally is associated with AF. Pulse "
           "checks in 24 community pharmacies using single-lead ECG devices, with same-week "
           "referral to the GP practice, aim to find these people before they have a stroke."),
     ("h1", "Section B - Objectives and benefits"),
     ("table", [["Objective", "Measure", "Baseline", "Target by March 2026"],
                ["Screen eligible over-65s", "Checks completed", "0", "6,000"],
                ["Refer possible AF promptly", "% referrals seen by GP within 10 working days",
                 "n/a", "90%"],
                ["Increase anticoagulation in confirmed AF", "% confirmed cases offered "
                 "anticoagulation per NICE NG196", "78%", "92%"]], [0.3, 0.34, 0.12, 0.24]),
     ("p", "For patients, earlier detection means earlier stroke-prevention treatment, chosen "
           "by their own clinician. The ICB gains a case-finding route for its CVD prevention "
           "plan. Brightholm gains experience of pharmacy-based detection models."),
     ("h1", "Section C - Partners and contributions"),
     ("kv", [["NHS partner", "NHS Castlebridge and Fenmoor Integrated Care Board, 1 Abbey Walk, Castlebridge CB7 1JD"],
             ["Industry partner", "Brightholm Pharmaceuticals UK Ltd, Unit 4 Thamesgate, Staines TW18 3BA"],
             ["ICB contribution", "Pharmacy service fees via the local enhanced service (GBP 36,000); "
                                  "CVD prevention lead 0.1 WTE; BI analyst 12 days"],
             ["Brightholm contribution", "48 ECG devices and licences (GBP 21,600); pharmacist training "
                                         "sessions delivered by an independent trainer (GBP 8,400); "
                                         "project manager 0.2 WTE (Kestrel Lane)"]]),
     ("h1", "Section D - Governance"),
     ("table", [["Steering group member", "Organisation", "Role"],
                ["Dr Rhian Pask (chair)", "ICB", "Clinical Lead, CVD Prevention"],
                ["Amir Haddad", "ICB", "Head of Medicines Optimisation"],
                ["Jo Whitlock", "Local Pharmaceutical Committee", "Pharmacy representative"],
                ["Carl Benning", "Brightholm", "Key Account Manager, South West - day-to-day "
                 "liaison with pharmacies"],
                ["Dr Elaine Forde", "Brightholm", "Medical Affairs Manager"]], [0.3, 0.3, 0.4]),
     ("h1", "Section E - Data and confidentiality"),
     ("p", "No patient-identifiable information leaves the pharmacy or practice. Pharmacies "
           "record checks in the NHS-commissioned pharmacy IT platform; the ICB is controller "
           "and completed a DPIA (May 2025). Brightholm receives monthly totals by locality only."),
     ("p", "Both organisations will keep patient information and each other's non-public "
           "business information confidential, during the project and afterwards."),
     ("h1", "Section F - Ending the project"),
     ("p", "The service ends on 31 March 2026. Pharmacies will refer any patient with a "
           "pending result to their practice before that date. If the evaluation is positive the "
           "ICB intends to fund the checks through the enhanced service from April 2026; devices "
           "pass to the pharmacies. Either party may withdraw on 60 days' notice, in which case "
           "the ICB will continue to fund checks already booked."),
     ("h1", "Section G - Reporting"),
     ("p", "The ICB will receive a final evaluation report. Brightholm may choose to publish "
           "results and case studies where it considers this appropriate."),
     ],
    notes="sales-roles fail: a Key Account Manager sits on the steering group with a delivery role. "
          "transparency fail: publication left to the company's discretion; no ES or outcomes commitment.",
    header="Castlebridge and Fenmoor ICB | AF in Pharmacy PID v1.0", footer="OFFICIAL",
    ruled=False, sales_roles="fail", transparency="fail")

D4 = doc(4, "ckd-case-finding-pid", "docx", "pid",
    "Project Initiation Document - Chronic Kidney Disease Case-Finding in Ravensmere Practices",
    [("title", "Project Initiation Document - Chronic Kidney Disease Case-Finding in Ravensmere Practices"),
     ("sub", "Ravensmere Primary Care Federation Ltd and Tamberlin Life Sciences Ltd. Document "
             "owner: %s. v0.9 (for approval), 11 April 2025." % PMO),
     ("h1", "1. Summary"),
     ("p", "People with diabetes or hypertension should have kidney function and urine albumin "
           "checked every year, but in the 14 Ravensmere practices fewer than half have both "
           "tests recorded. Undiagnosed CKD means missed chances to protect kidney and heart "
           "health. The project runs a recall and coding drive, with a pharmacist-led review for "
           "anyone newly coded."),
     ("h1", "2. Objectives"),
     ("table", [["No.", "Objective", "Baseline (Mar 2025)", "Target (Mar 2026)"],
                ["O1", "At-risk patients with both eGFR and uACR in last 12 months", "46%", "75%"],
                ["O2", "Newly coded CKD patients with a structured medication review", "n/a", "80%"],
                ["O3", "CKD patients with BP at NICE target", "52%", "62%"]], [0.08, 0.52, 0.2, 0.2]),
     ("h2", "2.1 Who benefits"),
     ("p", "Patients: earlier diagnosis, blood pressure and medicines reviewed, fewer "
           "avoidable progressions to later-stage disease. Federation: improved QOF and a "
           "repeatable recall method. Tamberlin: learning about primary care CKD pathways."),
     ("h1", "3. Parties"),
     ("table", [["Party", "Registered address", "Accountable lead"],
                ["Ravensmere Primary Care Federation Ltd", "The Old Mill, Ravensmere RV4 9PL",
                 "Dr Tessa Iqbal, Clinical Director"],
                ["Tamberlin Life Sciences Ltd", "2 Harbour Exchange, London E14 9GE",
                 "Graham Oduya, NHS Collaborations Lead"]], None),
     ("h1", "4. Contributions"),
     ("bullets", ["Tamberlin: GBP 52,000 towards pharmacist sessions (2 x 0.4 WTE for 10 months) "
                  "and the patient engagement platform licence",
                  "Federation: GP clinical lead 2 hours/week, practice admin time for recall "
                  "(est. 300 hours), clinical system searches, room space for clinics"]),
     ("h1", "5. Patient engagement platform"),
     ("p", "Recall invitations will be sent through KidneyCheck Connect, a web portal "
           "provided and hosted by Tamberlin's digital services team. Practices will upload a "
           "list of eligible patients (name, NHS number, mobile number and date of birth) so the "
           "portal can send reminders and let patients book a test. Tamberlin will delete the "
           "upload at project close."),
     ("h1", "6. Confidentiality"),
     ("p", "Each party will treat information marked confidential by the other as confidential "
           "for six months from the date it is disclosed."),
     ("h1", "7. Exit plan"),
     ("p", "The recall method and searches belong to the federation and will continue as part "
           "of routine practice work. Pharmacist sessions end in January 2026; any patient with "
           "a review outstanding will be booked with their own practice pharmacist. Either "
           "party may end the project on two months' notice with the same handover."),
     ("h1", "8. Publishing what we do"),
     ("p", "An executive summary will be published on Tamberlin's website before recall "
           "starts and a summary of outcomes will be published by both parties after the "
           "project ends."),
     ("h1", "9. Milestones"),
     ("table", [["Month", "Milestone"],
                ["May 2025", "Searches built and validated"],
                ["June 2025", "Portal live, recall wave 1"],
                ["Sept 2025", "Recall wave 2; interim KPI report"],
                ["Jan 2026", "Pharmacist sessions end"],
                ["Mar 2026", "Final KPI extract and outcomes report drafted"]], [0.25, 0.75]),
     ],
    notes="data-protection fail: identifiable data (name, NHS number, phone) uploaded to a "
          "company-hosted portal. confidentiality warn: obligation lapses six months after disclosure.",
    header="Ravensmere PCF / Tamberlin | CKD PID v0.9", footer="Commercial in confidence - draft",
    data_protection="fail", confidentiality="warn")
