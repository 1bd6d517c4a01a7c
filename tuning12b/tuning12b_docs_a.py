"""tuning12b documents 01-04."""
from tuning12b_common import outcomes


def d01():
    co, nw = "Calverley Therapeutics UK Ltd", "Pennine Fringe Cardiac Clinical Network"
    blocks = [
        ("title", "COLLABORATIVE WORKING AGREEMENT"),
        ("sub", "Community Heart Failure Remote Monitoring Pathway"),
        ("p", "THIS AGREEMENT is dated 14 January 2025 and is made BETWEEN:"),
        ("n", ["the PENNINE FRINGE CARDIAC CLINICAL NETWORK, a clinical network of cardiology and "
               "community heart failure services across the Pennine Fringe area, whose clinical lead "
               "is Dr Aisha Rahman (the \"Network\"); and",
               "CALVERLEY THERAPEUTICS UK LTD, a company registered in England and Wales (company "
               "number 08812475) whose registered office is at 4 Mill Wharf, Leeds LS10 1QT "
               "(\"Calverley\")."]),
        ("h", "1. Background and purpose"),
        ("p", "1.1 Around 2,300 people on the Network's heart failure registers are managed in the "
              "community. Decompensation is often noticed late and results in an emergency "
              "admission. The parties wish to pilot a remote monitoring pathway in which patients "
              "record their weight and symptoms daily and community heart failure nurses act on "
              "alerts within one working day."),
        ("p", "1.2 The collaboration is intended to reduce avoidable admissions, help patients stay "
              "well at home and give patients earlier access to a nurse when their condition changes."),
        ("h", "2. Term"),
        ("p", "2.1 This Agreement starts on 1 March 2025 and runs for 18 months unless ended earlier "
              "under clause 9."),
        ("h", "3. Contributions"),
        ("t", [["", "Network", "Calverley"],
               ["Money", "None", "£96,400 over 18 months, paid quarterly in arrears against invoice"],
               ["Staff", "Community HF nurses: 0.6 WTE Band 7 for alert triage; consultant "
                         "cardiologist 2 hours per week for clinical oversight", "Project manager "
                         "0.2 WTE; medical affairs adviser 2 days per quarter"],
               ["Other", "Clinic rooms, pathway protocols, clinical governance",
                "CardioLog monitoring app licences, set-up and helpdesk for 400 patients"]]),
        ("h", "4. Governance"),
        ("p", "4.1 A steering group of two Network clinicians, the Network manager and Calverley's "
              "Partnerships Lead will meet every six weeks. The Network's clinical lead chairs and "
              "holds the casting vote on clinical matters."),
        ("p", "4.2 No Calverley sales or marketing employee will attend the steering group or have "
              "any contact with patients enrolled in the pathway."),
        ("h", "5. Objectives and measures"),
        ("b", ["Reduce heart-failure emergency admissions among enrolled patients by 20% against the "
               "12 months before enrolment (source: Trust SUS data).",
               "95% of red alerts reviewed by a nurse within one working day (CardioLog audit log).",
               "Patient-reported confidence in self-management (validated questionnaire) improved at "
               "6 months in at least 60% of respondents."]),
        ("h", "6. Information and records"),
        ("p", "6.1 Clinical records. Patient information held in the community heart failure record "
              "stays on NHS systems. The NHS provider employing the nurses remains the controller of "
              "that record. Reports to the steering group drawn from it will be aggregate counts only; "
              "a DPIA for the record-based evaluation has been approved by the Caldicott Guardian."),
        ("p", "6.2 Monitoring app. Patients joining the pathway will register on the CardioLog app, "
              "supplied and hosted by Calverley, with their name, date of birth, NHS number, mobile "
              "number and GP practice. Daily readings are stored on Calverley's platform, and "
              "Calverley's helpdesk will send each nurse team a weekly list of patients who have not "
              "submitted readings so that they can be contacted."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 Each party will keep confidential any information of the other marked or "
              "reasonably understood to be confidential, including pathway costs and Calverley's "
              "product development information, subject to the Freedom of Information Act 2000."),
        ("h", "8. Publication"),
        ("p", "8.1 Calverley will publish an executive summary of this Agreement on its website "
              "before the pathway opens. Both parties will publish the results within six months of "
              "the end of the Agreement, and Calverley will disclose its funding on Disclosure UK."),
        ("h", "9. Ending the Agreement"),
        ("p", "9.1 Either party may end this Agreement on 90 days' written notice, or immediately if "
              "the other is found in breach of the ABPI Code of Practice in connection with it."),
        ("p", "9.2 From month 12 the Network will prepare a business case for commissioners. If the "
              "pathway is not commissioned, patients will return to standard heart failure nurse "
              "follow-up with a discharge letter to their GP, and app access will continue for 60 "
              "days to allow an orderly handover."),
        ("h", "10. Anti-bribery and independence"),
        ("p", "10.1 Nothing in this Agreement is conditional on the prescription or formulary "
              "status of any Calverley medicine. The parties will comply with the Bribery Act 2010."),
        ("h", "Signed"),
        ("sig", [(nw, "Dr Aisha Rahman", "Clinical Lead"),
                 (co, "Owen Pritchard", "Director, NHS Partnerships")]),
    ]
    return {
        "file": "t12b_01_cwa_hf_remote_monitoring.docx", "type": "agreement",
        "header": "Calverley / Network CWA  |  v1.0 FINAL", "footer": "Commercial in confidence",
        "blocks": blocks,
        "outcomes": outcomes("agreement", data_protection="fail", legal_entities="fail"),
        "notes": ("data-protection FAIL: two data flows. Clause 6.1 protects the NHS record flow "
                  "(controller, aggregate, DPIA) but clause 6.2 has patients register on the "
                  "company-hosted app with name, DOB, NHS number and mobile, stored on Calverley's "
                  "platform and used by Calverley's helpdesk - the company holds identifiable data "
                  "with no controller/processor, DPIA or safeguard stated. legal-entities FAIL: the "
                  "NHS party is a clinical network with no legal personality and no host body named "
                  "as contracting vehicle (the clinical lead is only named)."),
        "keys": ["PENNINE FRINGE CARDIAC CLINICAL NETWORK", "supplied and hosted by Calverley",
                 "aggregate counts only"],
    }


def d02():
    co, tr = "Ashgrove Biosciences Ltd", "Kestrel Bay University Hospitals NHS Trust"
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "Regional Hereditary Angioedema (HAE) Home-Treatment Readiness Project"),
        ("t", [["Item", "Detail"], ["Partners", "%s; %s" % (tr, co)],
               ["Version / date", "0.9 for Joint Steering Group, 6 February 2025"],
               ["Project sponsor (NHS)", "Dr Lewis Okafor, Consultant Immunologist"],
               ["Project sponsor (industry)", "Hannah Marsh, Head of Medical Affairs"]]),
        ("h", "1. Why this project"),
        ("p", "HAE is rare: the immunology service at Kestrel Bay looks after 61 patients from a "
              "population of 1.9 million. Patients who have an attack outside clinic hours often wait "
              "in emergency departments for treatment. National guidance supports home treatment "
              "for suitable patients once they are trained, but the service has no capacity to train "
              "and follow up patients."),
        ("h", "2. Objectives"),
        ("n", ["Train 40 eligible patients (or carers) to self-administer acute treatment at home by "
               "March 2026, from a baseline of 9.",
               "Cut emergency department attendances for HAE attacks by 50% in trained patients, "
               "measured from the Trust's ED system against the previous 12 months.",
               "Produce an agreed home-treatment competency pack, product-neutral and approved by the "
               "Trust's Drugs and Therapeutics Committee."]),
        ("h", "3. Benefits"),
        ("p", "Patients: treatment within minutes of an attack starting instead of hours, fewer ED "
              "visits and less time off work or school. Trust: fewer unplanned attendances and a "
              "sustainable nurse-led training model. Ashgrove: better understanding of service "
              "models for rare disease care."),
        ("h", "4. Resources"),
        ("t", [["Party", "What is provided", "Value"],
               [tr, "Immunology clinical nurse specialist 0.4 WTE; consultant sessions (1 per "
                    "month); training room; pharmacy homecare team time", "£38,500 (in kind)"],
               [co, "Funding for a fixed-term Band 6 nurse trainer (0.6 WTE, Trust-employed); "
                    "training equipment; evaluation support", "£52,000"]]),
        ("h", "5. Governance"),
        ("p", "A Joint Steering Group (consultant immunologist, CNS, divisional manager, Ashgrove "
              "medical affairs manager) meets quarterly. Clinical decisions, including which "
              "treatment a patient uses, remain with Trust clinicians. Ashgrove sales personnel have "
              "no role in the project."),
        ("h", "6. Data and evaluation"),
        ("p", "To evaluate the service, the Trust will share an anonymised patient-level dataset "
              "with Ashgrove's medical affairs team every month. Names, hospital numbers and NHS "
              "numbers are removed before sharing. The dataset contains: full postcode, date of "
              "birth, sex, HAE type (type I, II or normal C1-inhibitor), date and site of each "
              "attack, and whether treatment was given at home or in hospital."),
        ("p", "Because identifiers are removed, the parties consider that no personal data are "
              "shared with Ashgrove."),
        ("h", "7. Confidentiality"),
        ("p", "Project papers, costs and the competency pack in draft are confidential to the "
              "Steering Group. Patient information is handled under the Trust's confidentiality "
              "policy and the common law duty of confidence."),
        ("h", "8. Exit"),
        ("p", "The funded nurse trainer post is fixed-term for 14 months. By month 10 the "
              "directorate will decide whether to absorb the training role into the CNS team. If it "
              "does not, patients already trained keep their home-treatment plans and are reviewed "
              "in the routine immunology clinic; no new patients are enrolled after month 12. Either "
              "party may withdraw on three months' notice."),
        ("h", "9. Publication"),
        ("p", "Ashgrove will publish an executive summary before the project begins. An outcomes "
              "summary will be published by both partners within six months of close, and the "
              "funding will appear in Ashgrove's Disclosure UK return."),
    ]
    return {
        "file": "t12b_02_pid_hae_home_treatment.pdf", "type": "pid", "layout": "twocol",
        "header": "OFFICIAL  |  KBUH / Ashgrove PID v0.9", "footer": "Kestrel Bay University Hospitals",
        "blocks": blocks,
        "outcomes": outcomes("pid", data_protection="fail"),
        "notes": ("data-protection FAIL: the dataset called 'anonymised' goes to the company "
                  "monthly with full postcode, full date of birth, sex and HAE subtype for a cohort "
                  "of 61 patients with a rare disease - plainly identifiable (personal data), so the "
                  "company receives identifiable data and the text wrongly treats it as not personal "
                  "data. No DPIA or controller statement."),
        "keys": ["full postcode, date of birth", "no personal data are shared with Ashgrove"],
    }


def d03():
    co, fed = "Halden Pharma UK Ltd", "Brackenridge Health Partnership CIC"
    blocks = [
        ("title", "Joint Working Agreement"),
        ("sub", "COPD Case-Finding and Structured Review Service - Brackenridge practices"),
        ("h", "Parties"),
        ("t", [["", "Party", "Registration"],
               ["1", fed + " (\"the Federation\")", "Community interest company no. 10455126"],
               ["2", co + " (\"Halden\")", "Company no. 03318890, registered in England"]]),
        ("h", "1 Purpose"),
        ("p", "1.1 Many people with breathless symptoms in Brackenridge practices have never had "
              "spirometry, and a third of people already on COPD registers have not had an annual "
              "review in the past 15 months. The Service will find undiagnosed patients, confirm "
              "diagnosis and give every registered patient a structured review with inhaler "
              "technique, self-management plan and pulmonary rehabilitation referral."),
        ("h", "2 Staffing of the Service"),
        ("p", "2.1 Halden will fund one Respiratory Nurse Specialist (1.0 WTE) for 12 months. The "
              "nurse will be employed by Meridale Clinical Services Ltd, a staffing company engaged "
              "and paid by Halden, and will work across the 11 member practices."),
        ("p", "2.2 Each practice will give the nurse a log-in to its clinical system so that the "
              "nurse can run the agreed searches, review records of patients with respiratory codes "
              "and send invitations for review clinics. The nurse may make entries in patient "
              "records after each consultation."),
        ("p", "2.3 The Federation will provide a clinical supervisor (GP with special interest, 2 "
              "sessions per month), spirometry equipment, clinic rooms in each practice and "
              "administrative time for booking (0.3 WTE)."),
        ("h", "3 Funding"),
        ("p", "3.1 Halden's total contribution is £71,800 (nurse costs £58,300; training and "
              "certification £4,200; evaluation £9,300). The Federation's in-kind contribution is "
              "estimated at £27,600."),
        ("h", "4 Treatment decisions"),
        ("p", "4.1 Any treatment change will follow the local COPD guideline and be agreed by the "
              "patient's GP. No product will be named in patient materials. The Halden sales force "
              "will not be told which practices or patients take part and will have no role in the "
              "Service."),
        ("h", "5 Measures of success"),
        ("t", [["Measure", "Baseline", "Target (month 12)"],
               ["Registered COPD patients with review in last 12 months", "64%", "90%"],
               ["New spirometry-confirmed diagnoses", "n/a", "150"],
               ["Patients with written self-management plan", "22%", "75%"],
               ["Pulmonary rehab referrals (eligible patients)", "31%", "60%"]]),
        ("h", "6 Confidentiality"),
        ("p", "6.1 The nurse will sign each practice's confidentiality undertaking before access "
              "is given. Commercially sensitive information exchanged between the parties will be "
              "kept confidential for three years after this Agreement ends."),
        ("h", "7 Termination and continuation"),
        ("p", "7.1 Either party may terminate on 60 days' notice. Halden's funding of the nurse "
              "ends with the Agreement; the Federation will decide at month 9 whether to recruit a "
              "Federation-employed nurse. Patients part-way through review will be completed by "
              "practice nurses, and any patient with a new diagnosis will be added to the practice "
              "COPD register and recall."),
        ("h", "8 Reporting"),
        ("p", "8.1 This Agreement and the Service results are internal to the parties and are not "
              "intended for publication. A report will be shared with the Federation board."),
        ("h", "Signatures"),
        ("sig", [(fed, "Dr Marcus Obi", "Chief Executive"), (co, "Felicity Grant", "Medical Director")]),
    ]
    return {
        "file": "t12b_03_jwa_copd_funded_nurse.pdf", "type": "agreement", "layout": "ruled",
        "header": "JWA  HALD/BHP/2025/03", "footer": "Version 2 - 20 December 2024",
        "blocks": blocks,
        "outcomes": outcomes("agreement", data_protection="fail", transparency="fail"),
        "notes": ("data-protection FAIL: a company-funded nurse employed by a staffing company "
                  "paid by Halden gets clinical-system log-ins, runs searches and writes in records, "
                  "but there is no data processing/sharing agreement, no DPIA, no statement of who is "
                  "controller and no UK GDPR reference - only a confidentiality undertaking "
                  "(which carries confidentiality). transparency FAIL: 'internal to the parties and "
                  "not intended for publication'."),
        "keys": ["log-in to its clinical system", "not intended for publication"],
    }


def d04():
    blocks = [
        ("title", "Executive Summary"),
        ("sub", "Atrial Fibrillation Detection and Anticoagulation Review - Wyebridge Place ICB"),
        ("t", [["Partners", "NHS Wyebridge Place Integrated Care Board and Tarnwell Pharmaceuticals "
                            "Ltd"],
               ["Project period", "April 2025 to September 2026"],
               ["Approval", "TW-UK-CW-0219  |  Date of preparation: February 2025"]], {"head": False}),
        ("h", "Project rationale"),
        ("p", "An estimated 3,100 people in the Wyebridge Place area have atrial fibrillation that has "
              "not been diagnosed, and around one in five people known to have AF who are at high "
              "risk of stroke are not on anticoagulation. Both gaps increase the risk of a "
              "preventable stroke."),
        ("h", "What the project will do"),
        ("b", ["Run pulse checks with handheld single-lead ECG devices at flu clinics and community "
               "pharmacies in six PCNs.",
               "Review the GP records of patients coded with AF but not anticoagulated, and invite "
               "them to a pharmacist-led consultation.",
               "Offer every patient a shared decision-making conversation using NICE patient "
               "decision aids."]),
        ("h", "Expected benefits"),
        ("p", "Patients: earlier diagnosis, a documented discussion of stroke prevention and "
              "appropriate treatment. ICB: fewer AF-related strokes and better use of practice "
              "pharmacist capacity. Tarnwell: insight into how detection pathways can be organised "
              "in primary care."),
        ("h", "Patient information"),
        ("p", "All activity will follow GDPR."),
        ("h", "Financial arrangements and contributions"),
        ("p", "Financial arrangements and the contribution of each partner are detailed in "
              "Appendix 2."),
        ("h", "Publication"),
        ("p", "This summary is published before the project starts. Outcomes will be published by "
              "the ICB and Tarnwell within six months of completion, and Tarnwell's payments will "
              "be disclosed on Disclosure UK."),
        ("h", "Contacts"),
        ("t", [["Organisation", "Name", "Role"],
               ["NHS Wyebridge Place ICB", "Priya Chandran", "Head of Medicines Optimisation"],
               ["Tarnwell Pharmaceuticals Ltd", "Rob Ellery", "Collaborative Working Manager"]]),
    ]
    return {
        "file": "t12b_04_es_af_detection.docx", "type": "executive-summary",
        "header": "Tarnwell - Collaborative Working", "footer": "TW-UK-CW-0219 | February 2025",
        "blocks": blocks,
        "outcomes": outcomes("executive-summary", es_mentions_data=True, data_protection="warn",
                             resource_contributions="fail"),
        "notes": ("Executive summary mentions reviewing GP records, so data-protection applies: WARN - "
                  "the only statement is the bare 'All activity will follow GDPR' (no controller, "
                  "no statement on what the company sees). resource-contributions FAIL: neither "
                  "party's contribution is stated; it is deferred to 'Appendix 2', which is not part "
                  "of the document."),
        "keys": ["All activity will follow GDPR.", "detailed in Appendix 2"],
    }
