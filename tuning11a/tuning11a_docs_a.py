"""tuning11a documents 01-04."""
from tuning11a_common import doc, labels, revision_table, sig_table


def d01():
    meta = {"header": "OFFICIAL | Northmoor Valley NHS FT / Calverley Therapeutics UK Ltd",
            "footer": "PID ref NV-RESP-014  Version 1.2  Approved 14 March 2025",
            "cover": ["Project Initiation Document",
                      "Community COPD Optimisation Clinics",
                      "Northmoor Valley NHS Foundation Trust and Calverley Therapeutics UK Ltd",
                      "Version 1.2 - March 2025", "Calverley approval code CAL-UK-JW-0311"]}
    b = [
        revision_table([("0.4", "09/01/2025", "R. Okonjo", "First joint draft"),
                        ("1.0", "20/02/2025", "R. Okonjo / L. Frain", "Steering group comments"),
                        ("1.2", "14/03/2025", "L. Frain", "IG wording after Caldicott review")]),
        ("h1", "1. Why we are doing this"),
        ("p", "Around 9,400 people on GP registers in the Northmoor locality have a recorded COPD "
              "diagnosis. Emergency admissions for exacerbations rose by 11% between 2021/22 and "
              "2023/24, and only 41% of patients had a documented annual review with inhaler "
              "technique check in the last year. The Trust's community respiratory service has "
              "asked for help to run extra nurse- and physiotherapist-led clinics in four "
              "neighbourhood hubs."),
        ("h1", "2. What the project will do"),
        ("bullets", ["Run 36 half-day optimisation clinics a month across four hubs for 18 months.",
                     "Offer each patient a holistic review: spirometry confirmation, inhaler "
                     "technique, smoking cessation referral, pulmonary rehabilitation referral, "
                     "self-management plan.",
                     "Treatment decisions follow the Trust formulary and NICE NG115 and are made "
                     "by Trust clinicians alone."]),
        ("h1", "3. Objectives and how we will measure them"),
        ("table", [["Measure", "Baseline (2023/24)", "Target by month 18", "Source"],
                   ["Patients with documented annual review", "41%", "70%", "GP QOF extract"],
                   ["COPD emergency admissions per 1,000 registered COPD patients", "118", "100",
                    "SUS / Trust BI"],
                   ["Referrals to pulmonary rehabilitation", "22 per month", "45 per month",
                    "Rehab service log"],
                   ["Patients reporting confidence with their inhaler (survey)", "n/a", "80%",
                    "Post-clinic survey"]]),
        ("h1", "4. Expected benefits"),
        ("lp", "For patients:", "fewer flare-ups and hospital stays, better breathing control, "
                               "quicker access to rehabilitation and stop-smoking support."),
        ("lp", "For the Trust and system:", "reduced bed days, a tested hub model for the ICB to "
                                            "consider commissioning."),
        ("lp", "For Calverley:", "a better understanding of how community respiratory services are "
                                 "organised, and shared learning on service redesign."),
        ("h1", "5. Partners and accountable leads"),
        ("table", [["Organisation", "Registered address", "Accountable lead"],
                   ["Northmoor Valley NHS Foundation Trust", "Moorside Road, Northmoor NM4 7QT",
                    "Dr Ruth Okonjo, Consultant Respiratory Physician (r.okonjo@nvft.example.nhs.uk)"],
                   ["Calverley Therapeutics UK Ltd", "3 Canal Wharf, Leeds LS11 5PR",
                    "Lena Frain, Head of NHS Partnerships (lena.frain@calverley.example.com)"]]),
        ("h1", "6. What each partner puts in"),
        ("table", [["Partner", "Contribution", "Value"],
                   ["Calverley", "Funding for 2 x Band 6 respiratory physiotherapists (18 months), "
                                 "paid to the Trust quarterly on invoice", "GBP 118,000"],
                   ["Calverley", "Project management support, 0.2 WTE", "GBP 14,500 (in kind)"],
                   ["Trust", "Consultant and nurse specialist time, clinic rooms in four hubs, "
                             "spirometry equipment, BI analyst 0.1 WTE", "GBP 96,000 (in kind)"]]),
        ("h1", "7. Governance"),
        ("p", "A joint steering group chaired by the Trust's Associate Director of Community "
              "Services meets every six weeks. Calverley is represented by its Head of NHS "
              "Partnerships and a Medical Affairs Manager. No Calverley employee with sales or "
              "promotional responsibilities will sit on the steering group or have any part in "
              "delivering the clinics."),
        ("h1", "8. Handling information"),
        ("p", "Clinic notes, referral letters and anything else that could identify a patient are "
              "recorded on Trust systems and are seen only by the Trust's clinical team. The Trust "
              "is data controller; a DPIA was signed off by the Caldicott Guardian on 3 March 2025 "
              "and processing follows UK GDPR and the Data Protection Act 2018. Calverley receives "
              "quarterly aggregate figures only, with any count below five suppressed."),
        ("p", "Neither organisation will pass on what it learns about the other's business, plans "
              "or pricing through this project, except where the Trust is obliged to release "
              "information under the Freedom of Information Act 2000."),
        ("h1", "9. Openness"),
        ("p", "A lay summary of this project will be placed on Calverley's website before the first "
              "clinic, and the Trust will link to it from its partnerships page. When the project "
              "closes, both partners will publish a short account of what it achieved within six "
              "months."),
        ("h1", "10. Winding down"),
        ("p", "From month 16 the respiratory directorate will start winding down the project "
              "clinics. Patients still under active review will be handed over to the Trust's "
              "community respiratory team or back to their GP with a written management plan. The "
              "two physiotherapist posts transfer to the Trust establishment if the ICB approves "
              "the business case by month 15; otherwise they end under Trust HR policy. Either "
              "organisation may withdraw on 90 days' written notice, and the same handover applies."),
        ("h1", "11. Sign-off"),
        sig_table([("Northmoor Valley NHS Foundation Trust", "Dr Ruth Okonjo",
                    "Consultant Respiratory Physician", "14/03/2025"),
                   ("Calverley Therapeutics UK Ltd", "Lena Frain", "Head of NHS Partnerships",
                    "14/03/2025")]),
    ]
    return doc("tuning11a_01_copd_clinics_pid.docx", "pid", meta, b, labels("pid"),
               "Fully compliant. Confidentiality paraphrased ('Neither organisation will pass on "
               "what it learns about the other's business'), transparency via a lay summary on the "
               "company website, exit described as 'winding down' with handover of patients and posts.",
               ["neither organisation will pass on what it learns about the other's business",
                "a lay summary of this project will be placed on calverley's website",
                "start winding down the project clinics"])


def d02():
    meta = {"header": "NHS Fenwold ICB - Orrin Pharma UK Ltd",
            "footer": "Commercial in Confidence | FWJ-HF-002 v1.3", "layout": "ruled",
            "doc_title": "Collaborative Working Agreement"}
    b = [
        ("title", "Collaborative Working Agreement: Community Heart Failure Diagnostics Hub"),
        ("p", "This Agreement is dated 2 June 2025 and is made between:"),
        ("numbered", ["NHS Fenwold Integrated Care Board, of Fenwold House, 12 Mercer Street, "
                      "Fenwold FW1 2AB (the \"ICB\"); and",
                      "Orrin Pharma UK Ltd (company number 04418821), whose registered office is "
                      "at 40 Harbour Exchange, London E14 9GE (\"Orrin\")."]),
        ("h1", "1. Background"),
        ("p", "Patients in Fenwold with suspected heart failure currently wait a median of 14 weeks "
              "for echocardiography. The ICB wishes to pilot a community diagnostic hub offering "
              "NT-proBNP testing and echocardiography within six weeks of referral."),
        ("h1", "2. Objectives"),
        ("table", [["Objective", "Baseline", "Target", "Measured by"],
                   ["Median wait referral to echo", "14 weeks", "6 weeks by March 2026",
                    "Hub activity data"],
                   ["Patients diagnosed and started on guideline therapy within 30 days", "38%",
                    "75%", "Community HF team audit"],
                   ["HF emergency admissions, Fenwold residents", "412 (2024)", "-10% in 2026",
                    "SUS"]]),
        ("h1", "3. Benefits"),
        ("p", "Patients will be diagnosed sooner, closer to home, and start evidence-based "
              "treatment earlier. The ICB gains a tested pathway. Orrin gains insight into "
              "diagnostic pathway design. No benefit to Orrin depends on the use of any medicine."),
        ("h1", "4. Contributions"),
        ("table", [["Party", "Contribution"],
                   ["Orrin", "GBP 145,000 towards sonographer and HF nurse time, paid to the ICB "
                             "in three instalments against milestones; analyst support 0.1 WTE"],
                   ["ICB", "Hub premises, clinical leadership (GPwSI 2 sessions/week), "
                           "commissioning and BI support valued at GBP 88,000"]]),
        ("h1", "5. Roles"),
        ("p", "The ICB leads delivery through its commissioned community provider. Orrin's "
              "involvement is limited to its Partnerships Director and a Medical Affairs lead. No "
              "representative or other promotional staff of Orrin will be involved."),
        ("h1", "6. Data protection"),
        ("p", "Each party shall comply with UK GDPR and the Data Protection Act 2018. The ICB and "
              "its provider are controllers of all patient data. Orrin shall receive aggregated "
              "activity and outcome reports only."),
        ("h1", "7. Publication and disclosure"),
        ("p", "Orrin shall publish a summary of this Agreement on its UK collaborative working web "
              "page before the hub opens. Both parties shall publish a summary of outcomes within "
              "six months of the end of the Project. Orrin will disclose its contribution on "
              "Disclosure UK."),
        ("h1", "8. Term and ending the Agreement"),
        ("p", "8.1 The Project runs from 1 July 2025 to 30 June 2027."),
        ("p", "8.2 Either party may end this Agreement on three months' written notice, or at once "
              "if the PMCPA rules that the Project breaches the ABPI Code."),
        ("p", "8.3 On expiry or early ending, patients already referred will complete their "
              "diagnostic episode at the hub or, if it has closed, be transferred to the acute "
              "trust echo service with their results. The ICB will decide by month 18 whether to "
              "commission the hub recurrently."),
        ("h1", "9. Anti-bribery"),
        ("p", "Each party complies with the Bribery Act 2010. Nothing in this Agreement is an "
              "inducement to prescribe, supply or recommend any medicine."),
        ("h1", "10. Disputes"),
        ("p", "Disputes go first to the ICB Chief Medical Officer and Orrin's UK General Manager, "
              "then to mediation."),
        ("h1", "Signatures"),
        sig_table([("NHS Fenwold Integrated Care Board", "Dr Imran Bhatti", "Chief Medical Officer",
                    "02/06/2025"),
                   ("Orrin Pharma UK Ltd", "Claire Dunmore", "UK General Manager", "02/06/2025")]),
    ]
    return doc("tuning11a_02_hf_hub_agreement.pdf", "agreement", meta, b,
               labels("agreement", {"confidentiality": "fail"}),
               "confidentiality fail: the only reference is the 'Commercial in Confidence' marking in "
               "the running footer (document control). No clause protects either party's project/"
               "commercial information or states how patient information is kept confidential; "
               "clause 6 only addresses data-protection law compliance (labelled under "
               "data-protection).",
               ["commercial in confidence", "orrin shall publish a summary of this agreement",
                "patients already referred will complete their diagnostic episode"])


def d03():
    meta = {"header": "Wrexley & Dunmore Hospitals NHS Trust | Brackenridge Primary Care Ltd | "
                      "Halberd Biosciences Ltd",
            "footer": "AF-FIND Phase 2 PID  v0.9 FINAL DRAFT", "layout": "twocol"}
    b = [
        ("title", "AF-FIND Phase 2: Project Initiation Document"),
        ("kv", [["Project", "AF-FIND Phase 2 - opportunistic atrial fibrillation detection in "
                            "general practice"],
                ["Start", "Q3 2025"], ["Finish", "Q2 2027"],
                ["Partners", "Wrexley and Dunmore Hospitals NHS Trust; Brackenridge Primary Care "
                             "Ltd (GP federation); Halberd Biosciences Ltd"]]),
        ("h1", "Background"),
        ("p", "Phase 1 ran in 6 practices in 2022-23 and showed that pulse checks by healthcare "
              "assistants at flu clinics were acceptable to patients. Phase 2 extends the approach "
              "to 22 practices in the Brackenridge federation, adding single-lead ECG devices and a "
              "virtual review by the Trust's arrhythmia nurses."),
        ("h1", "Aims"),
        ("bullets", ["Find people with undiagnosed AF earlier, before a stroke occurs.",
                     "Make sure people found are reviewed promptly and offered treatment in line "
                     "with NICE NG196, decided by their own clinician.",
                     "Improve the experience of patients referred for rhythm assessment."]),
        ("h1", "Outcomes"),
        ("p", "Success will be judged by improvements in the detection of AF and in patients' "
              "experience of the pathway. The steering group will monitor progress and consider "
              "outcomes at the end of the project."),
        ("h1", "Benefits"),
        ("p", "Patients benefit from earlier diagnosis and a lower risk of AF-related stroke; "
              "practices gain a supported pathway; the Trust gains earlier, better-prepared "
              "referrals. Halberd gains learning on primary care detection models."),
        ("h1", "Contributions"),
        ("table", [["Partner", "Resources"],
                   ["Halberd", "GBP 64,000 for ECG devices, HCA backfill and training; project "
                               "manager 0.3 WTE"],
                   ["Brackenridge", "HCA and practice nurse time in 22 practices; searches; "
                                    "clinical lead 1 session/week"],
                   ["Trust", "Arrhythmia nurse virtual review (2 sessions/week); consultant "
                             "oversight; training venue"]]),
        ("h1", "Team"),
        ("table", [["Role", "Name"],
                   ["Trust clinical lead", "Dr Sunita Varma, Consultant Cardiologist"],
                   ["Federation lead", "Dr Owen Pryce, Clinical Director"],
                   ["Halberd lead", "Martin Achebe, Partnerships Manager"],
                   ["Halberd medical input", "Dr Freya Lind, Medical Science Liaison"]]),
        ("p", "Halberd's sales and marketing teams are excluded from all project activity."),
        ("h1", "Patient information"),
        ("p", "Practices remain data controllers for their patients' records; the Trust is "
              "controller for the virtual review records. Processing meets UK GDPR and the DPA "
              "2018 and a joint DPIA is in place. Halberd never sees identifiable information and "
              "receives only aggregated monthly figures."),
        ("h1", "Keeping information private"),
        ("p", "Information exchanged between the partners - project budgets, practice performance, "
              "Halberd's internal plans - is kept within the project group and is not shared "
              "outside it without the agreement of the organisation it came from (subject to FOIA "
              "duties of the NHS partners)."),
        ("h1", "Communications"),
        ("p", "The Phase 1 evaluation report (2023) was published on the Brackenridge website and "
              "remains available there. The steering group will circulate a quarterly newsletter "
              "to participating practices."),
        ("h1", "End of project / early stop"),
        ("p", "If any partner withdraws (60 days' notice) or at the planned end, the ECG devices "
              "stay with the practices; patients already identified complete review with the "
              "arrhythmia nurses; after that, new referrals follow the standard Trust cardiology "
              "pathway. The federation will decide by month 20 whether to continue the pulse "
              "checks from its own budget."),
        ("h1", "Approval"),
        sig_table([("Wrexley and Dunmore Hospitals NHS Trust", "Dr Sunita Varma",
                    "Consultant Cardiologist", "27/05/2025"),
                   ("Brackenridge Primary Care Ltd", "Dr Owen Pryce", "Clinical Director",
                    "27/05/2025"),
                   ("Halberd Biosciences Ltd", "Martin Achebe", "Partnerships Manager",
                    "28/05/2025")]),
    ]
    return doc("tuning11a_03_af_find_pid.pdf", "pid", meta, b,
               labels("pid", {"transparency": "fail", "measurable-outcomes": "warn"}),
               "transparency fail: the only publication mentioned is the Phase 1 (2023) report of an "
               "earlier project plus an internal newsletter to practices; nothing commits to "
               "publishing a summary or the outcomes of Phase 2. measurable-outcomes warn: outcomes "
               "are qualitative only ('improvements in detection', 'monitor progress'), no numbers, "
               "baselines or targets.",
               ["the phase 1 evaluation report (2023) was published on the brackenridge website",
                "success will be judged by improvements in the detection of af"])


def d04():
    meta = {"header": "Vantry / Ambleford - Joint Working Agreement",
            "footer": "JWA-AMB-VAN-07 | Final for signature | OFFICIAL-SENSITIVE: COMMERCIAL"}
    b = [
        ("title", "Joint Working Agreement"),
        ("p", "Renal Anaemia Nurse-led Review Clinic"),
        ("h1", "Parties"),
        ("p", "(1) Ambleford Teaching Hospitals NHS Foundation Trust, Ambleford General Hospital, "
              "Pinfold Lane, Ambleford AM2 8HX (\"the Trust\")."),
        ("p", "(2) Vantry Pharmaceuticals Ltd, registered in England no. 06127745, Unit 4 Kestrel "
              "Court, Reading RG2 6GF (\"Vantry\")."),
        ("h1", "1. Purpose"),
        ("p", "1.1 Around 640 patients with chronic kidney disease stages 3b-5 not on dialysis "
              "are under the Trust's renal service; an audit in 2024 found that 29% had anaemia "
              "that had not been reviewed within the previous six months."),
        ("p", "1.2 The parties will jointly establish a nurse-led anaemia review clinic so that "
              "every eligible patient has a structured review, with treatment chosen by the "
              "Trust's clinicians in line with NICE NG203 and the Trust formulary."),
        ("h1", "2. Expected benefits"),
        ("bullets", ["Patients: anaemia identified and treated earlier, fewer transfusions, "
                     "improved energy and quality of life.",
                     "Trust: reduced day-case transfusion activity, a sustainable clinic model.",
                     "Vantry: better understanding of renal pathway organisation; no benefit is "
                     "linked to any Vantry medicine."]),
        ("h1", "3. Success measures"),
        ("table", [["Indicator", "Baseline", "Target (month 24)"],
                   ["Eligible patients reviewed within 6 months", "71%", "95%"],
                   ["Transfusions in CKD 3b-5 non-dialysis cohort per year", "96", "70"],
                   ["Patient-reported fatigue score (FACIT-F) mean change", "-", "+4 points"]]),
        ("h1", "4. Contributions"),
        ("p", "4.1 Vantry will pay the Trust GBP 86,400 to fund a 0.8 WTE Band 7 renal anaemia "
              "nurse for 24 months, invoiced quarterly in arrears."),
        ("p", "4.2 The Trust will provide nephrologist supervision (1 PA per week), clinic space, "
              "phlebotomy and pharmacy input, valued at approximately GBP 71,000."),
        ("p", "4.3 The post-holder is recruited, employed and managed by the Trust and has no "
              "objectives relating to any product."),
        ("h1", "5. Project team"),
        ("p", "The joint project board comprises the Trust's Clinical Director for Renal Medicine, "
              "the Renal Service Manager, the anaemia nurse, and Vantry's Head of Medical Affairs and "
              "Partnerships Lead. Vantry's commercial and sales colleagues have no role."),
        ("h1", "6. Information"),
        ("p", "6.1 Each party will keep to itself anything of a private or commercial nature the "
              "other discloses in the course of the Project, and will use it only for the Project. "
              "This does not stop the Trust meeting its obligations under the Freedom of "
              "Information Act 2000."),
        ("p", "6.2 The Trust is data controller for all patient data. Vantry will receive only "
              "anonymised, aggregated results. The parties will comply with UK GDPR and the Data "
              "Protection Act 2018; a DPIA has been completed."),
        ("h1", "7. Openness"),
        ("p", "7.1 Vantry will publish an executive summary of this Agreement on its website before "
              "the clinic begins, and the value of its contribution will appear on Disclosure UK."),
        ("p", "7.2 The parties will publish the outcomes within six months of the end of the "
              "Project."),
        ("h1", "8. Duration"),
        ("p", "8.1 This Agreement commences on 1 May 2025 and continues until 30 April 2027, when it "
              "shall expire automatically."),
        ("h1", "9. General"),
        ("p", "9.1 Each party shall comply with the Bribery Act 2010 and the ABPI Code of Practice. "
              "9.2 Disputes will be escalated to the Trust's Medical Director and Vantry's General "
              "Manager. 9.3 This Agreement is governed by the law of England and Wales."),
        ("h1", "Signed"),
        sig_table([("Ambleford Teaching Hospitals NHS Foundation Trust", "Mr Peter Stanhope",
                    "Chief Executive", "17/04/2025"),
                   ("Vantry Pharmaceuticals Ltd", "Dr Nadia Kerr", "Medical Director UK",
                    "17/04/2025")]),
    ]
    return doc("tuning11a_04_renal_anaemia_agreement.docx", "agreement", meta, b,
               labels("agreement", {"exit-strategy": "fail"}),
               "exit-strategy fail: clause 8 'Duration' gives only the start and automatic expiry "
               "date; there is no termination/notice provision and nothing on what happens to the "
               "clinic, its patients or the funded nurse post at the end. Confidentiality passes "
               "via mutual paraphrase in 6.1 ('keep to itself anything of a private or commercial "
               "nature') with FOIA carve-out.",
               ["continues until 30 april 2027, when it shall expire automatically",
                "keep to itself anything of a private or commercial nature"])


DOCS = [d01, d02, d03, d04]
