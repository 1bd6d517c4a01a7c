"""Agreements A1-A4 for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def a1():
    blocks = [
        P("COLLABORATIVE WORKING AGREEMENT", True),
        P("Heart Failure Medicines Optimisation Service (HF-MOS) - Eastfold Place"),
        T([["Party", "Registered details", "Referred to as"],
           ["Northmoor Valley NHS Foundation Trust", "Trust Headquarters, Moorside Road, Northmoor NM4 7QT",
            "the Trust"],
           ["NHS Eastfold Integrated Care Board", "Eastfold House, 12 Canal Street, Eastfold EF1 2JD",
            "the ICB"],
           ["Calverley Therapeutics UK Ltd (company no. 08813472)",
            "Registered office: 3 Wharfside Park, Leeming LS29 4RB", "Calverley"]],
          [0.38, 0.42, 0.2]),
        P("Date of Agreement: 14 April 2025.   Term: 24 months from the Commencement Date."),
        P("Contract reference: NVT/CW/2025/017.  Version 1.0 (execution copy)."),
        PB(),
        H("1. Definitions and interpretation"),
        P("1.1 In this Agreement 'Project' means the HF-MOS service described in Schedule 1; "
          "'Parties' means the three organisations named on the cover page and 'Party' means any one of them; "
          "'Steering Group' means the group constituted under clause 6."),
        P("1.2 References to clauses and Schedules are to clauses of and Schedules to this Agreement. "
          "The Schedules form part of this Agreement."),
        H("2. Purpose and benefits"),
        P("2.1 The Project will provide a pharmacist-led optimisation clinic for adults with heart failure "
          "with reduced ejection fraction who are not on guideline-recommended therapy at target dose."),
        P("2.2 Patients are expected to benefit through quicker titration to the doses recommended in NICE NG106, "
          "fewer unplanned admissions and better understanding of their condition. The ICB expects reduced "
          "non-elective bed days; Calverley expects to gain insight into service redesign in heart failure."),
        P("2.3 No particular medicine is endorsed by the Project. Treatment decisions remain with the treating "
          "clinician and follow the Eastfold joint formulary."),
        H("3. Contributions"),
        P("3.1 Each Party shall provide the resources attributed to it in Schedule 2. Calverley's financial "
          "contribution is paid to the Trust only, in arrears, against milestone invoices. No payment is made to "
          "any individual."),
        H("4. Outcome measures"),
        P("4.1 The Steering Group shall monitor the measures set out in Schedule 3, using Trust BI and ICB "
          "secondary-uses data, and shall receive a quarterly report."),
        H("5. Confidentiality"),
        P("5.1 Each Party shall keep confidential all information of another Party that is marked confidential or "
          "which is by its nature confidential, and shall use it solely for the Project."),
        P("5.2 Nothing in this clause prevents the Trust or the ICB from complying with the Freedom of Information "
          "Act 2000, provided that it consults Calverley before releasing commercially sensitive information."),
        H("6. Governance"),
        P("6.1 A Steering Group chaired by the Trust's Consultant Cardiologist (HF lead) and including the ICB "
          "Head of Medicines Optimisation and Calverley's Head of NHS Partnerships shall meet monthly. "
          "No Calverley sales or marketing personnel shall attend or receive Project papers."),
        H("7. Data protection"),
        P("7.1 The Trust is the controller of all personal data processed in the Project, which shall be processed "
          "in accordance with UK GDPR and the Data Protection Act 2018. A DPIA was approved by the Trust Caldicott "
          "Guardian on 2 April 2025."),
        P("7.2 Calverley shall receive aggregated, anonymised reports only, with counts below five suppressed, "
          "and shall have no access to patient records."),
        H("8. Publication and transparency"),
        P("8.1 Calverley shall publish a certified summary of this Agreement on its UK website before the "
          "Commencement Date. The Parties shall publish a summary of outcomes within six months of completion, "
          "and Calverley shall disclose its transfers of value to the Trust on Disclosure UK."),
        H("9. Term, termination and exit"),
        P("9.1 Any Party may terminate this Agreement on ninety (90) days' written notice, or immediately where a "
          "breach of the ABPI Code is ruled by the PMCPA in connection with the Project."),
        P("9.2 On expiry or termination: (a) patients under active titration will complete their care in the Trust "
          "heart failure service; (b) the clinic pharmacist post funded under Schedule 2 is a Trust fixed-term post "
          "and ends or is absorbed under Trust HR policy; (c) the ICB will decide by month 18 whether to commission "
          "the service recurrently."),
        H("10. Anti-bribery; disputes; law"),
        P("10.1 Each Party shall comply with the Bribery Act 2010. Nothing in this Agreement is an inducement to "
          "prescribe, supply or recommend any medicine."),
        P("10.2 Disputes shall be escalated to the Trust Chief Pharmacist, the ICB Director of Clinical Services and "
          "Calverley's General Manager, then to mediation. This Agreement is governed by the law of England and Wales."),
        PB(),
        H("Schedule 1 - Project description"),
        P("Referral from community HF nurses and GP practices; pharmacist clinics at Moorside Health Centre two days "
          "per week; titration protocol approved by the Trust Drugs and Therapeutics Committee on 11 March 2025."),
        H("Schedule 2 - Contributions of the Parties"),
        T([["Resource", "Trust", "ICB", "Calverley"],
           ["Staff", "0.2 WTE consultant cardiologist supervision; HF specialist nurse 4 hrs/week",
            "0.1 WTE Band 8a medicines optimisation pharmacist (governance, formulary)",
            "Project manager 30 days over the Term; evaluation design support 10 days"],
           ["Funding", "-", "-", "£96,000 (ninety-six thousand pounds) towards 1.0 WTE Band 7 clinic pharmacist"],
           ["Data / analysis", "BI analyst 2 days per month", "SUS admissions extract quarterly", "-"],
           ["Facilities / equipment", "Clinic rooms at Moorside Health Centre; point-of-care BP and U&E kits",
            "-", "-"],
           ["Indicative in-kind value", "£41,500", "£12,800", "£18,000 (PM time)"]],
          [0.2, 0.27, 0.26, 0.27]),
        H("Schedule 3 - Outcome measures"),
        T([["Measure", "Baseline", "Target (month 24)", "Source"],
           ["% HFrEF patients on all four pillar therapies", "34% (Feb 2025)", "60%", "Trust EPR audit"],
           ["HF non-elective admissions per 1,000 HF register", "212 per year", "170 per year", "SUS via ICB"],
           ["Median days referral to first clinic", "41", "21", "Clinic log"]],
          [0.4, 0.18, 0.18, 0.24]),
        SIG(("Signed for and on behalf of Northmoor Valley NHS Foundation Trust", "Mrs Fiona Ledgard",
             "Chief Executive"),
            ("Signed for and on behalf of NHS Eastfold Integrated Care Board", "Mr Tobias Okwu",
             "Director of Finance"),
            ("Signed for and on behalf of Calverley Therapeutics UK Ltd", "Dr Ines Haverford",
             "General Manager UK & Ireland")),
    ]
    return dict(file="t7a_a01_hf_mos_collaborative_agreement.docx", type="agreement", fmt="docx",
                title="Collaborative Working Agreement - HF-MOS",
                header="Northmoor Valley NHS FT | Contract ref NVT/CW/2025/017",
                footer="Version 1.0 execution copy - 14 April 2025 - OFFICIAL-SENSITIVE: COMMERCIAL",
                blocks=blocks, out=outcomes("agreement"),
                notes="All pass. Parties given only in a cover-page table (three organisations). "
                      "Per-party contribution table with columns per party incl. in-kind pharmacist/analyst time, "
                      "clinic rooms, and money in figures and words.",
                key=["NHS Eastfold Integrated Care Board", "£96,000 (ninety-six thousand pounds)",
                     "BI analyst 2 days per month", "No Calverley sales or marketing personnel"])


def a2():
    blocks = [
        H("Agreement for Joint Working: COPD Early Identification and Optimisation Programme", 1),
        P("THIS AGREEMENT is made on the date of the last signature below between the Parties listed in Schedule 1 "
          "(Schedule of Parties)."),
        H("1. Background"),
        P("1.1 Around 1,900 patients in the Harrowgate North area are estimated to have undiagnosed COPD. The Parties "
          "wish to work together on case-finding, quality-assured spirometry and structured reviews."),
        P("1.2 The principal benefit is to patients: earlier diagnosis, pulmonary rehabilitation referral and "
          "fewer exacerbations. The NHS Parties expect better use of clinician time; the company expects to learn "
          "about respiratory pathway redesign. This is joint working within clause 20 of the ABPI Code."),
        H("2. Lead contracting party"),
        P("2.1 The Partners of Kestrel Lane Surgery contract as nominated lead practice for Harrowgate North Primary "
          "Care Network under the PCN's network agreement, and receive any monies on behalf of the network."),
        H("3. Responsibilities and resources"),
        P("3.1 The resources committed by each Party are set out in Schedule 2. Each Party bears its own overheads."),
        H("4. Objectives and measurement"),
        P("4.1 Success will be measured against: (a) COPD register prevalence rising from 1.6% to 2.0% by March 2027; "
          "(b) proportion of spirometry results meeting ARTP quality standards at 90% or above; (c) "
          "exacerbations requiring oral steroids per 100 COPD patients, baseline 38, target 30. Data are drawn "
          "quarterly from practice systems by PCN staff."),
        H("5. Confidential information"),
        P("5.1 Each Party shall treat as confidential the other Parties' non-public information and patient "
          "information and shall not disclose it except to staff who need it for the Programme, or as required by "
          "law including FOIA 2000."),
        H("6. Information governance"),
        P("6.1 Each practice remains controller of its patient records. Processing will comply with UK GDPR and the "
          "Data Protection Act 2018 under a DPIA signed off by the PCN Caldicott lead. The University receives "
          "pseudonymised extracts under a data sharing agreement; Pellam receives aggregate figures only."),
        H("7. Governance"),
        P("7.1 The Programme Board comprises the PCN Clinical Director (chair), the federation's Head of "
          "Transformation, the University's academic lead and Pellam's Medical Affairs Manager. No Pellam "
          "representative, key account manager or other sales role shall have any part in the Programme."),
        H("8. Openness"),
        P("8.1 Pellam will publish the executive summary before the Programme starts and all Parties will publish "
          "the outcome summary within six months of the end date. Transfers of value are disclosed on Disclosure UK."),
        H("9. Duration and exit"),
        P("9.1 The Programme runs from 1 July 2025 to 31 March 2027. A Party may withdraw on three months' notice. "
          "On exit, patients identified by the Programme remain on practice registers and continue under usual "
          "practice care; the federation spirometry hub reverts to its pre-Programme commissioned capacity."),
        P("9.2 The Programme may be suspended or ended at once if the PMCPA rules a breach of the Code."),
        H("10. General"),
        P("10.1 Each Party complies with the Bribery Act 2010. Disputes go first to the Programme Board and then to "
          "mediation. English law applies."),
        H("Schedule 1 - Schedule of Parties"),
        T([["No.", "Party", "Status / address"],
           ["1", "The Partners of Kestrel Lane Surgery, as nominated lead practice for Harrowgate North PCN",
            "GP partnership holding a GMS contract; 2 Kestrel Lane, Harrowgate HG7 3LP"],
           ["2", "Wyndale Health Partnership CIC", "Community interest company no. 11290457; Unit 5, Ferry Court, Wyndale WD2 8AA"],
           ["3", "University of Caddon", "Chartered university; Centre for Primary Care Pharmacy, Caddon CD1 4UX"],
           ["4", "Pellam Biopharma UK Limited", "Company no. 04471128; 90 Orchard Way, Slough SL1 9PB"]],
          [0.07, 0.45, 0.48]),
        H("Schedule 2 - Resources"),
        T([["Party", "Contribution", "Value"],
           ["Kestrel Lane Surgery / PCN", "Practice nurse time for spirometry clinics, 6 hours per week across the network; "
            "PCN pharmacist 0.2 WTE for reviews; meeting rooms", "£38,200 in kind"],
           ["Wyndale Health Partnership CIC", "Spirometry hub sessions (2 per week) and two calibrated spirometers; "
            "data analyst 1 day per month", "£27,500 in kind"],
           ["University of Caddon", "Evaluation support as required", "TBC"],
           ["Pellam Biopharma UK Limited", "£54,000 towards spirometry hub sessions and backfill; project "
            "management 20 days", "£54,000 cash + £9,000 in kind"]],
          [0.28, 0.52, 0.2]),
        SIG(("For the Partners of Kestrel Lane Surgery (lead practice)", "Dr Samira Quayle", "Senior Partner"),
            ("For Wyndale Health Partnership CIC", "Mr Lewis Ambrose", "Managing Director"),
            ("For the University of Caddon", "Prof. Hannah Fell", "Pro Vice-Chancellor (Research)"),
            ("For Pellam Biopharma UK Limited", "Ms Priya Delaney", "Director, Medical Affairs")),
    ]
    return dict(file="t7a_a02_copd_joint_working_agreement.pdf", type="agreement", fmt="pdf", layout="ruled",
                title="Joint Working Agreement - Harrowgate North COPD Programme",
                header="Harrowgate North PCN / Wyndale / University of Caddon / Pellam - JWA",
                footer="JWA v2.1 final - prepared by Wyndale Contracts Team",
                blocks=blocks, out=outcomes("agreement", resource_contributions="fail"),
                notes="legal-entities pass: four parties in a Schedule of Parties; PCN contracts via its nominated "
                      "lead practice partnership, federation is a CIC. resource-contributions fail: the University, a "
                      "party, contributes only 'Evaluation support as required', value 'TBC'.",
                key=["Schedule 1 - Schedule of Parties", "Evaluation support as required",
                     "Wyndale Health Partnership CIC", "nominated lead practice"])


def a3():
    blocks = [
        P("Memorandum of Agreement - Atrial Fibrillation Detection in Community Pharmacies (AF-Detect)"),
        P("Reference AT/MOA/24-31.  Status: signed."),
        H("1. Parties", 2),
        P("1.1 This Memorandum is entered into by the organisations whose authorised signatories execute it at "
          "clause 15 (each a 'Party'). Each signatory warrants that they sign on behalf of, and with the authority of, "
          "the organisation named beside their signature."),
        H("2. Purpose", 2),
        P("2.1 To offer opportunistic pulse-rhythm checks using single-lead ECG devices to people aged 65 and over "
          "visiting participating community pharmacies, with onward referral to GP anticoagulation review."),
        P("2.2 Undetected atrial fibrillation is a major cause of preventable stroke. Earlier detection allows "
          "patients to be offered stroke-prevention treatment in line with NICE NG196 before harm occurs."),
        H("3. The Trust's obligations", 2),
        P("3.1 The Trust shall: (a) provide a cardiac physiologist for 7.5 hours per week to over-read ECG traces; "
          "(b) release its Community Pharmacy Lead for 2 days per month to recruit and train pharmacies; (c) host "
          "the training sessions at the Tarnside Education Centre without charge."),
        H("4. Delivery", 2),
        P("4.1 Checks are carried out by pharmacists employed by participating pharmacies under the Trust's protocol. "
          "No employee of the company shall have contact with patients."),
        H("5. Measures of success", 2),
        P("5.1 The Parties shall track: number of checks (target 4,000 in 12 months); number of new AF diagnoses "
          "confirmed (target 120); proportion of new diagnoses started on anticoagulation within 28 days (target 85%). "
          "The Trust's Business Intelligence team reports quarterly."),
        H("6. Confidentiality", 2),
        P("6.1 Information exchanged under this Memorandum, including patient information and the Parties' "
          "commercial information, is held in confidence and used only for AF-Detect, save as required by the "
          "Freedom of Information Act 2000."),
        H("7. Personal data", 2),
        P("7.1 The Trust acts as controller. The company receives no personal data; it receives quarterly "
          "anonymised totals. Processing complies with UK GDPR and the DPA 2018 and is covered by DPIA AT-IG-0419."),
        H("8. Transparency", 2),
        P("8.1 A summary of this Memorandum will be published on the company's website before launch, and a "
          "summary of outcomes will be published by both Parties within six months of the end of the project."),
        H("9. Sales personnel", 2),
        P("9.1 The company's field sales team are excluded from AF-Detect and will not be informed of participating "
          "pharmacies."),
        H("10. Duration and exit", 2),
        P("10.1 AF-Detect runs for twelve months from 1 September 2025. Either Party may end it on sixty days' notice. "
          "On ending, devices transfer to the Trust, referral pathways remain in place, and any patient awaiting "
          "GP review is followed up by the Trust Community Pharmacy Lead."),
        H("11. Anti-bribery", 2),
        P("11.1 The Parties comply with the Bribery Act 2010; no payment is made to pharmacists personally."),
        H("12. Disputes; variation; law", 2),
        P("12.1 Disputes go to the Trust Director of Pharmacy and the company's Medical Director. Variations must be "
          "in writing. English law applies."),
        H("13. Financial arrangements", 2),
        P("13.1 The company's contribution is set out in Schedule A."),
        H("14. Counterparts", 2),
        P("14.1 This Memorandum may be signed in counterparts and electronically."),
        H("15. Execution", 2),
        SIG(("For and on behalf of Ashcombe & Tarn NHS Trust", "Mr Julian Crewe", "Director of Pharmacy"),
            ("For and on behalf of Brackenridge Pharma Ltd (company no. 06120934)", "Dr Olamide Fenner",
             "Medical Director UK")),
        H("Schedule A - Company contribution", 2),
        P("A.1 Brackenridge Pharma Ltd shall pay the Trust the sum of forty-two thousand five hundred pounds "
          "(£42,500), in two equal instalments on signature and at month six, to fund pharmacy session fees and "
          "ECG devices (25 units). Brackenridge shall also provide 12 days of project-management and evaluation "
          "support by its Partnerships Manager."),
        P("A.2 The Trust's in-kind contribution under clause 3 is valued at approximately £19,000."),
    ]
    return dict(file="t7a_a03_af_detect_memorandum.docx", type="agreement", fmt="docx",
                title="AF-Detect Memorandum of Agreement",
                header="Ashcombe & Tarn NHS Trust - Pharmacy Directorate",
                footer="AT/MOA/24-31 | Version 2 (signed) | OFFICIAL",
                blocks=blocks, out=outcomes("agreement"),
                notes="All pass. Parties are defined only by the signature block (both organisations, individuals sign "
                      "on their behalf). Contributions split: Trust in clause 3 (physiologist hours, pharmacy lead days, "
                      "venue), company in Schedule A with money in words.",
                key=["whose authorised signatories execute it", "forty-two thousand five hundred pounds",
                     "For and on behalf of Ashcombe & Tarn NHS Trust", "7.5 hours per week"])


def a4():
    blocks = [
        H("Parties", 2),
        P("(1) DR HELEN MARSH, Consultant Respiratory Physician, of the Severe Asthma Clinic, Lydgate General "
          "Hospital (\"the Clinician\"); and"),
        P("(2) ORRIN BIOSCIENCES UK LIMITED, company number 09922310, whose registered office is at 40 Kingsmead, "
          "Reading RG1 7HT (\"Orrin\")."),
        H("Recitals", 2),
        P("A. The Clinician leads a severe asthma service receiving around 300 referrals a year; waiting time for "
          "first assessment is currently 26 weeks."),
        P("B. The parties wish to establish a virtual severe asthma MDT to shorten the wait and make sure patients "
          "have a full phenotyping work-up before any biologic decision."),
        H("1. The project", 2),
        P("1.1 Fortnightly virtual MDT; nurse-led inhaler technique and adherence checks; standardised referral form "
          "for primary care. Benefit to patients: assessment within 12 weeks and fewer steroid courses."),
        H("2. Contributions", 2),
        T([["", "The Clinician / clinic", "Orrin"],
           ["People", "2 PAs per week consultant time; asthma nurse specialist 0.4 WTE", "Programme manager 0.2 WTE for 12 months"],
           ["Money", "-", "£36,000 for nurse backfill, paid to Lydgate General Hospital"],
           ["Other", "Clinic rooms, FeNO equipment", "MDT software licence (12 months)"]],
          [0.2, 0.42, 0.38]),
        H("3. Project team", 2),
        P("3.1 The steering group is: the Clinician (chair); the asthma nurse specialist; Orrin's Key Account "
          "Manager for the Lydgate area, who will coordinate referral practices and attend MDT planning; and Orrin's "
          "Medical Science Liaison."),
        H("4. Outcomes", 2),
        P("4.1 Waiting time to first assessment (baseline 26 weeks, target 12); oral steroid courses per patient per "
          "year (baseline 3.1, target 2.0); measured at 6 and 12 months from the clinic database."),
        H("5. Confidentiality and data", 2),
        P("5.1 Confidential information of either party is kept confidential and used only for the project. Patient "
          "information remains within the hospital."),
        P("5.2 The hospital is data controller. Only anonymised aggregate outcome data are shared with Orrin, in "
          "accordance with UK GDPR and the Data Protection Act 2018."),
        H("6. Publication", 2),
        P("6.1 Orrin will publish a summary before the project starts and outcomes will be published within six "
          "months of completion."),
        H("7. Term and termination", 2),
        P("7.1 Twelve months from signature. Either party may terminate on 60 days' notice. The virtual MDT "
          "continues within the hospital's respiratory service after the end; the nurse backfill ceases and the "
          "nurse returns to substantive duties."),
        H("8. General", 2),
        P("8.1 Bribery Act 2010 applies; no payment to any individual. Disputes: negotiation then mediation."),
        SIG(("Dr Helen Marsh (in her own capacity)", "Dr Helen Marsh", "Consultant Respiratory Physician"),
            ("For Orrin Biosciences UK Limited", "Mr Gareth Vane", "Head of Partnerships")),
    ]
    return dict(file="t7a_a04_severe_asthma_mdt_agreement.pdf", type="agreement", fmt="pdf", layout="twocol",
                title="Collaborative Working Agreement: Virtual Severe Asthma MDT",
                header="Orrin Biosciences UK Ltd - CWA-0457",
                footer="Draft for signature v0.9 - May 2025",
                blocks=blocks,
                out=outcomes("agreement", legal_entities="fail", sales_roles="fail"),
                notes="legal-entities fail: a party is an individual consultant ('in her own capacity'), not the "
                      "hospital/Trust. sales-roles fail: Key Account Manager on steering group coordinating referral "
                      "practices. Resources pass (per-party columns; money paid to hospital).",
                key=["DR HELEN MARSH, Consultant Respiratory Physician", "Key Account Manager",
                     "in her own capacity", "£36,000 for nurse backfill"])
