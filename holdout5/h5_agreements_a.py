"""holdout5 agreements A1-A5."""
from h5_common import mk, outcomes

T = "agreement"


def a1():
    b = [
        ("h", "1. Parties"),
        ("p", "This Joint Working Agreement is made on 14 April 2025 between (1) Northmoor Valley NHS Foundation Trust, of Moorgate Road, Hexley HX4 2QT (the \"Trust\"); and (2) Calverley Therapeutics UK Ltd, a company registered in England and Wales under number 08817263 whose registered office is at 3 Canal Wharf, Leeds LS11 5PZ (\"Calverley\")."),
        ("h", "2. Background and purpose"),
        ("p", "2.1 Around 2,300 adults on the Trust's heart failure register have reduced ejection fraction. A 2024 audit found that only 41% were on all guideline-recommended therapies at optimised doses, and the specialist nursing service has a waiting list of 19 weeks."),
        ("p", "2.2 The parties wish to establish a nurse-led medicines optimisation clinic, run in community hubs, in line with NICE guideline NG106. All treatment decisions remain with Trust clinicians and follow the joint formulary; the Project does not favour any particular medicine."),
        ("h", "3. Expected benefits"),
        ("ul", ["Patients: review within 6 weeks of referral instead of 19, fewer unplanned admissions, and care closer to home.",
                "The Trust: reduced length of stay and bed days on the cardiology ward; a tested model for the business case.",
                "Calverley: a better understanding of how community heart failure pathways are organised, and recognition as a partner in the NHS."]),
        ("h", "4. Contributions of the parties"),
        ("p", "4.1 Each party makes the contribution listed below. Calverley's payments are made to the Trust on invoice, quarterly in arrears, and never to an individual."),
        ("table", [["Party", "Contribution", "Value"],
                   ["Trust", "Recruitment and employment of 1.0 WTE Band 7 heart failure nurse; consultant supervision (1 PA/week); clinic rooms in three hubs; BI analyst 2 days/month", "£61,200 (in kind)"],
                   ["Calverley", "Funding of the Band 7 nurse post for 18 months; project management support (30 days); evaluation design by its Health Outcomes team", "£78,400"]]),
        ("h", "5. Measuring success"),
        ("p", "5.1 The steering group will review these measures quarterly, using anonymised aggregate data supplied by the Trust's BI team: (a) proportion of patients on optimised therapy, baseline 41%, target 65% at month 18; (b) HF readmissions within 30 days, baseline 14.2%, target below 11%; (c) median wait from referral to first review, baseline 19 weeks, target 6 weeks."),
        ("h", "6. Governance"),
        ("p", "6.1 A joint steering group chaired by the Trust's Clinical Director for Cardiology will meet monthly. Calverley is represented by its Head of NHS Partnerships and a Medical Affairs Manager. No Calverley employee with promotional or sales responsibilities will take part in the Project."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 Each party shall keep secret any confidential information it receives from the other, including business plans, pricing and service data, and shall use it only for the Project. 7.2 Nothing in this clause prevents the Trust meeting its obligations under the Freedom of Information Act 2000. 7.3 Patient information is covered by clause 8 and will not be disclosed to Calverley."),
        ("h", "8. Data protection"),
        ("p", "8.1 The Trust is the data controller for all personal data processed in the Project and will process it under UK GDPR and the Data Protection Act 2018. A DPIA was approved by the Trust's Caldicott Guardian on 2 April 2025. 8.2 Calverley will receive only aggregated reports in which any count below 5 is suppressed, and no Calverley employee will access patient records."),
        ("h", "9. Transparency"),
        ("p", "9.1 Calverley will publish a certified summary of this Agreement on the collaborative working page of its UK website before the first clinic takes place. 9.2 Both parties will publish a summary of the outcomes within six months of the Project ending. 9.3 The Trust acknowledges that Calverley's payments will be disclosed on Disclosure UK."),
        ("h", "10. Term, termination and exit"),
        ("p", "10.1 The Project runs for 18 months from 1 June 2025. 10.2 Either party may terminate on 90 days' written notice, or immediately if the PMCPA rules that the Project breaches the ABPI Code. 10.3 On expiry or termination, patients under review will be transferred back to the Trust's core heart failure service with a discharge letter to their GP; the nurse post will be absorbed into the Trust establishment if the business case is approved by month 15, otherwise the post-holder will be redeployed under Trust HR policy."),
        ("h", "11. Dispute resolution and general"),
        ("p", "11.1 Disputes are referred first to the Trust Medical Director and Calverley's UK Medical Director, then to mediation. 11.2 Each party complies with the Bribery Act 2010. This Agreement is governed by the law of England and Wales."),
        ("sig", [("Northmoor Valley NHS Foundation Trust", "Gillian Oduya", "Chief Executive"),
                 ("Calverley Therapeutics UK Ltd", "Marcus Penhale", "General Manager UK & Ireland")]),
    ]
    return mk("h5-a01-northmoor-hf-jwa.docx", T, "Joint Working Agreement: Community Heart Failure Optimisation Clinics", b,
              "All applicable rules met: two incorporated parties, mutual contributions in a table, quantified KPIs, exit with patient transfer and post absorption, FOIA-qualified confidentiality, Trust as controller, ES before start + outcomes + Disclosure UK.",
              outcomes(T), cover=True, subtitle="Northmoor Valley NHS Foundation Trust and Calverley Therapeutics UK Ltd",
              cover_lines=["Version 1.0 (final)", "14 April 2025"], header="OFFICIAL", footer="JWA-NVT-CAL-2025 v1.0")


def a2():
    b = [
        ("p", "THIS COLLABORATIVE WORKING AGREEMENT is dated 3 February 2025 and is made among: NHS Greyfriars and Wold Integrated Care Board, a statutory body established under the National Health Service Act 2006 (the \"Board\"); the University of Eastcombe, a chartered university (the \"University\"); and Ostrander Biosciences plc, company number 02291874, registered office 40 Finsbury Row, London EC2A 1LB (the \"Company\")."),
        ("h", "Recitals"),
        ("p", "A. Chronic kidney disease is under-recorded in the Board's area: practice registers hold 3.1% of adults against an expected prevalence of 6.4%. B. The Parties wish to pool their skills to find and support people with undiagnosed CKD in 18 practices, with the University leading evaluation."),
        ("h", "What each Party brings"),
        ("kv", [["Board", "0.6 WTE Band 8a pharmacist (in kind, £41,000), clinical searches run by practice staff, access to the ICB data platform"],
                ["University", "Evaluation lead (0.2 WTE senior lecturer), research assistant for 9 months, ethics and service-evaluation advice (£27,500 in kind)"],
                ["Company", "£96,000 paid to the Board in three milestone instalments, towards point-of-care testing equipment and backfill for practice nurses; 20 days of programme management"]]),
        ("h", "Who gains and how"),
        ("p", "People living with undetected kidney disease will be identified earlier, have their blood pressure and medicines reviewed, and be less likely to progress to dialysis. The Board gains better-coded registers and lower long-term costs. The University gains publishable service-evaluation findings. The Company gains insight into primary care case-finding and the standing of a trusted partner."),
        ("h", "Yardsticks"),
        ("p", "Success will be judged against: coded CKD prevalence rising from 3.1% to at least 4.5% by month 12 (source: practice registers, monthly); 80% of newly coded patients with a urine ACR recorded within 3 months; 70% with blood pressure at target at month 12. The University will report these figures to the Project Board every quarter."),
        ("h", "Handling of information"),
        ("p", "Each Party shall hold in trust all non-public information it receives from another Party about the Project, its finances and its people, and shall not pass it on without written consent, except where disclosure is required under the Freedom of Information Act 2000 or by law."),
        ("p", "Searches are run by practice staff on practice systems. No information from which a patient could be recognised will be released to the Company or the University; they see counts and rates only. The Board acts as controller of the evaluation dataset and has completed an impact assessment under UK data protection law."),
        ("h", "Company personnel"),
        ("p", "The Company's representatives on the Project Board are its Strategic Partnerships Director and a Health Economics Manager. Staff with promotional responsibilities are not part of the Project in any capacity."),
        ("h", "Openness"),
        ("p", "A synopsis of this Agreement will be placed on the Company's public-facing partnerships page ahead of the first patient search, and the Board will mirror it on its own website. Findings will be made public by all three Parties no later than six months after close; sums paid by the Company will appear in its annual Disclosure UK return."),
        ("h", "Winding down and legacy"),
        ("p", "The Project lasts 12 months from 1 April 2025. Any Party may step away on three months' notice in writing. Whatever the reason for ending, patients already identified remain under the care of their own practice, the testing equipment becomes the property of the Board, and the Board will decide at month 10 whether to commission case-finding recurrently from its own budget."),
        ("h", "Miscellaneous"),
        ("p", "Disputes shall be escalated to the chief executives (or equivalent) of the Parties and, failing settlement, to mediation. The Parties comply with the Bribery Act 2010. English law applies."),
        ("sig", [("NHS Greyfriars and Wold Integrated Care Board", "Dr Priya Menon", "Chief Medical Officer"),
                 ("University of Eastcombe", "Prof. Alan Rudd", "Pro-Vice-Chancellor (Research)"),
                 ("Ostrander Biosciences plc", "Helen Ibekwe", "UK Country Director")]),
    ]
    return mk("h5-a02-greyfriars-ckd-cwa.pdf", T, "Collaborative Working Agreement - Kidney Health Case-Finding", b,
              "All rules pass in unusual wording: 'hold in trust' (confidentiality), 'no information from which a patient could be recognised' (data protection), 'Yardsticks' (KPIs), 'Winding down and legacy' (exit), 'synopsis ... public-facing partnerships page' (transparency). Three organisational parties (ICB, university, plc).",
              outcomes(T), font="Times-Roman", grid="lines", header="Greyfriars & Wold ICB | Ostrander | University of Eastcombe", footer="CWA/2025/017")


def a3():
    b = [
        ("h", "1. The parties"),
        ("p", "This agreement is between Dr Helen Marsh, Consultant Respiratory Physician, Kestrel Bay Chest Clinic (\"the Clinician\"), and Quillon Pharmaceuticals Ltd, registered in England and Wales (company no. 10442981), of Unit 9, Severnside Park, Bristol BS10 7TT (\"Quillon\")."),
        ("h", "2. Project outline"),
        ("p", "The Clinician and Quillon will set up a virtual COPD review clinic for patients recently discharged after an exacerbation. Patients will receive a structured review within 14 days of discharge covering inhaler technique, pulmonary rehabilitation referral and a written self-management plan. Medicines are chosen by the reviewing clinician in line with the local respiratory formulary."),
        ("h", "3. Benefits"),
        ("p", "For patients: earlier follow-up after discharge, better inhaler technique and fewer readmissions. For the clinic: a tested virtual model. For Quillon: insight into post-discharge pathways."),
        ("h", "4. Resources"),
        ("table", [["Contributor", "What", "Estimated value"],
                   ["Clinician / clinic", "Two consultant sessions per month; respiratory physiotherapist 0.3 WTE; clinic IT and room", "£33,000"],
                   ["Quillon", "Funding for a Band 6 respiratory nurse (12 months); virtual clinic software licence; 15 days project support", "£52,000"]]),
        ("h", "5. Measures"),
        ("p", "30-day readmission rate (baseline 19%, target 13%); percentage of patients reviewed within 14 days of discharge (target 85%); proportion with a documented self-management plan (target 90%). Data reported monthly from clinic records in aggregate form."),
        ("h", "6. Information governance"),
        ("p", "Patient data remain within NHS systems. The host health board is controller for the clinical records; processing complies with UK GDPR and the Data Protection Act 2018. Quillon receives anonymised aggregate figures only."),
        ("h", "7. Confidentiality"),
        ("p", "Confidentiality: standard terms apply."),
        ("h", "8. Personnel"),
        ("p", "Quillon's participants are its Medical Advisor (Respiratory) and a Project Manager from the UK Medical Department. No sales staff are involved."),
        ("h", "9. Publication"),
        ("p", "Quillon will post an executive summary on its website before the clinic opens and both sides will publish outcomes within six months of completion."),
        ("h", "10. Duration and ending"),
        ("p", "12 months from July 2025. Either side may end the arrangement on 60 days' notice. Patients in the virtual clinic at the end will be discharged to their GP with a completed plan or transferred to the standard respiratory outpatient list; the funded nurse post ends under the host's HR policy unless the health board funds it."),
        ("sig", [("Kestrel Bay Chest Clinic", "Dr Helen Marsh", "Consultant Respiratory Physician"),
                 ("Quillon Pharmaceuticals Ltd", "Ruth Ansell", "Medical Director")]),
    ]
    return mk("h5-a03-kestrel-copd-agreement.docx", T, "Agreement for a Virtual COPD Review Clinic", b,
              "legal-entities FAIL: the NHS-side party is an individual consultant (Dr Helen Marsh), not the health board/trust. confidentiality WARN: only 'Confidentiality: standard terms apply.' Other rules pass.",
              outcomes(T, legal_entities="fail", confidentiality="warn"), header="Draft for signature", footer="Quillon JW ref QPL-JW-031")


def a4():
    b = [
        ("h", "Parties"),
        ("p", "(1) Ashby and Thornleigh Primary Care Network (\"the PCN\"); and (2) Hartwell Pharma UK Limited, company number 04417789, registered office Hartwell House, 12 Meridian Way, Reading RG2 6GF (\"Hartwell\")."),
        ("h", "Purpose"),
        ("p", "The PCN has 41,000 registered patients across five practices. Around 1,900 people have a diagnosis of atrial fibrillation and an estimated 600 more are undiagnosed. The project will fund opportunistic pulse checks and a pharmacist-led anticoagulation review clinic, following NICE guideline NG196 and the ICB formulary. Prescribing choices rest with the patient's clinician."),
        ("h", "Benefits expected"),
        ("ul", ["Patients: detection of AF before a stroke occurs; reviewed, safer anticoagulation.",
                "PCN: improved QOF achievement and clinician time released.",
                "Hartwell: learning about primary care AF pathways."]),
        ("h", "Contributions"),
        ("table", [["", "PCN", "Hartwell"],
                   ["People", "Clinical pharmacist 0.4 WTE; practice HCAs for pulse checks", "Project manager 2 days/month"],
                   ["Money / kit", "Clinic space in two practices (in kind, c. £14,000)", "£38,000 for 20 handheld ECG devices and pharmacist backfill"]]),
        ("h", "Outcome measures"),
        ("p", "AF register size (baseline 1,905; target 2,200 at 12 months); proportion of AF patients with CHA2DS2-VASc of 2 or more on anticoagulation (baseline 82%, target 92%); reported quarterly from practice searches."),
        ("h", "Confidentiality and data"),
        ("p", "Each party will protect the other's confidential and commercially sensitive information, subject to FOI obligations. Searches are run by practice staff; Hartwell receives aggregate counts only and never patient-identifiable data. Each practice remains data controller under UK GDPR and the DPA 2018."),
        ("h", "Staffing"),
        ("p", "Hartwell's contribution is managed by its NHS Partnerships Manager and Medical Affairs. No promotional personnel will participate."),
        ("h", "Results"),
        ("p", "Hartwell may, at its discretion, publish results of the project."),
        ("h", "Term and exit"),
        ("p", "The project runs from 1 September 2025 to 31 August 2026. Either party may withdraw on 3 months' notice. At the end, the ECG devices stay with the practices; patients identified stay under their practice's AF care; the pharmacist clinic continues only if the PCN funds it from its ARRS allocation, which the PCN will decide by month 9."),
        ("sig", [("Ashby and Thornleigh PCN", "Dr Sam Okafor", "Clinical Director"),
                 ("Hartwell Pharma UK Limited", "Jane Kirwan", "Head of NHS Partnerships")]),
    ]
    return mk("h5-a04-ashby-pcn-af-agreement.pdf", T, "Joint Working Agreement - AF Detection and Anticoagulation Review", b,
              "legal-entities FAIL: a PCN is named as contracting party with no nominated lead practice or incorporated federation. transparency FAIL: only 'Hartwell may, at its discretion, publish results' - no ES before start, no outcomes commitment, no Disclosure UK. Other rules pass.",
              outcomes(T, legal_entities="fail", transparency="fail"), grid="grid", header="Ashby & Thornleigh PCN / Hartwell", footer="Confidential draft v0.9")


def a5():
    b = [
        ("h", "1. Parties"),
        ("p", "1.1 The Diabetes Team, Harrowdene General Hospital (\"the Team\"). 1.2 Sefton-Lowe Pharma UK Limited, company number 09931276, registered office 7 Kingsgate, Manchester M2 4LJ (\"Sefton-Lowe\")."),
        ("h", "2. Project"),
        ("p", "2.1 The parties will pilot a structured education and insulin-titration support programme for adults with type 2 diabetes starting insulin. 2.2 Treatment follows NICE NG28 and the Trust formulary; the choice of insulin remains a clinical decision."),
        ("h", "3. Anticipated benefits"),
        ("p", "3.1 Patients will gain confidence in self-titration, fewer hypoglycaemic episodes and an HbA1c improvement. 3.2 The Team expects fewer clinic follow-ups. 3.3 Sefton-Lowe will learn about structured education pathways."),
        ("h", "4. Resources"),
        ("p", "4.1 The Team provides a diabetes specialist nurse (0.5 WTE), dietitian sessions and clinic rooms, valued at £29,000. 4.2 Sefton-Lowe provides £44,000 to fund a Band 6 educator and printed (unbranded) education materials."),
        ("h", "5. Evaluation"),
        ("p", "5.1 Mean HbA1c change at 6 months (target reduction of at least 10 mmol/mol); hypoglycaemia admissions (baseline 22 per year, target fewer than 12); patient activation measure at start and end. Aggregate data will be reported every quarter."),
        ("h", "6. Information"),
        ("p", "6.1 Each party will keep the other's confidential information confidential. 6.2 Patient data are held by the Trust as controller and processed under UK GDPR and the Data Protection Act 2018; Sefton-Lowe sees anonymised aggregate results only. 6.3 Notwithstanding clause 6.1, Sefton-Lowe may use any project information, including service data and clinician feedback, in its marketing materials."),
        ("h", "7. Personnel"),
        ("p", "7.1 Sefton-Lowe's lead is its Medical Science Liaison, supported by a Medical Affairs Manager."),
        ("h", "8. Publication"),
        ("p", "8.1 An executive summary will be published on Sefton-Lowe's website before the programme starts; outcomes will be published by both parties within six months of the end. Payments will be declared on Disclosure UK."),
        ("h", "9. Duration"),
        ("p", "9.1 This Agreement starts on 1 May 2025 and expires on 31 March 2027."),
        ("sig", [("Diabetes Team, Harrowdene General Hospital", "Sister Aoife Brennan", "Lead DSN"),
                 ("Sefton-Lowe Pharma UK Limited", "Tom Achebe", "UK Medical Director")]),
    ]
    return mk("h5-a05-harrowdene-insulin-agreement.docx", T, "Insulin Start Support Programme - Agreement", b,
              "legal-entities FAIL: NHS party is 'The Diabetes Team, Harrowdene General Hospital' (a team, not the Trust). exit-strategy FAIL: only an expiry date, no termination/notice/patient or post arrangements. confidentiality FAIL: 6.3 contradicts 6.1 - company may use all project information in its marketing.",
              outcomes(T, legal_entities="fail", exit_strategy="fail", confidentiality="fail"), footer="Harrowdene / Sefton-Lowe")
