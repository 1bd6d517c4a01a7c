"""tuning11a documents 17-20."""
from tuning11a_common import doc, labels, revision_table, sig_table


def d17():
    meta = {"header": "NHS Glenmorven / Kinvara Medical Ltd - Joint Working Agreement",
            "footer": "GLM-KIN-ECZ-2025  Version 1.0", "layout": "ruled"}
    b = [
        ("title", "Joint Working Agreement: Children's Community Eczema Service"),
        ("kv", [["Agreement date", "15 September 2025"],
                ["Parties", "Glenmorven Health Board (\"NHS Glenmorven\"), Board Headquarters, "
                            "Craigmhor Road, Inverglen IV9 2DP; and Kinvara Medical Ltd, company "
                            "SC498120, 21 Canal Street, Glasgow G4 0AD (\"Kinvara\")"],
                ["Term", "1 November 2025 to 31 October 2026"]]),
        ("h1", "1 Background"),
        ("p", "1.1 Paediatric dermatology waits for children with moderate eczema exceed 30 weeks. "
              "Many children could be managed by a community nurse-led service offering education "
              "for families, written care plans and treatment in line with SIGN 125 and the "
              "Glenmorven formulary."),
        ("h1", "2 Objectives"),
        ("table", [["Objective", "Baseline", "Target by Oct 2026", "Source"],
                   ["Median wait for first specialist contact", "31 weeks", "10 weeks", "TrakCare"],
                   ["Children with a written eczema care plan", "27%", "85%", "Clinic audit"],
                   ["Mean POEM score improvement at 3 months", "-", ">= 6 points", "Clinic PROMs"],
                   ["Paediatric dermatology referrals", "620/yr", "450/yr", "SCI Gateway"]]),
        ("h1", "3 Benefits"),
        ("p", "3.1 Children and families: faster help, less itch and sleep disturbance, "
              "confidence in managing flares. 3.2 NHS Glenmorven: shorter waits for children who "
              "need a consultant. 3.3 Kinvara: learning about community paediatric services."),
        ("h1", "4 Contributions"),
        ("table", [["Party", "Contribution"],
                   ["Kinvara", "GBP 72,000 for a 0.8 WTE Band 6 children's nurse, family education "
                               "materials (non-branded) and evaluation software, paid quarterly"],
                   ["NHS Glenmorven", "Clinical staff and accommodation as required"]]),
        ("h1", "5 Governance"),
        ("p", "5.1 Project board: NHS Glenmorven Associate Medical Director (chair), consultant "
              "dermatologist, lead children's nurse, Kinvara Scotland Partnerships Manager. No "
              "Kinvara representative with a promotional role takes part."),
        ("h1", "6 Confidentiality"),
        ("p", "6.1 Each party will protect the confidential information of the other and any "
              "information about patients and families, disclosing it only to those in the Project "
              "who need it, and subject to NHS Glenmorven's obligations under the Freedom of "
              "Information (Scotland) Act 2002."),
        ("h1", "7 Data protection"),
        ("p", "7.1 NHS Glenmorven is data controller. The Project complies with UK GDPR and the "
              "Data Protection Act 2018. Kinvara will not receive any identifiable data; reports to "
              "Kinvara contain aggregate figures only."),
        ("h1", "8 Publication"),
        ("p", "8.1 Kinvara will publish a summary of this Agreement on its website before the "
              "service starts. 8.2 Both parties will publish an outcomes summary within six months "
              "of the end of the Term. 8.3 Kinvara's funding will be declared on Disclosure UK."),
        ("h1", "9 Anti-bribery"),
        ("p", "9.1 The parties comply with the Bribery Act 2010. Funding is not linked to the "
              "prescription of any product."),
        ("h1", "10 Disputes"),
        ("p", "10.1 Escalation to the Medical Director of NHS Glenmorven and Kinvara's Managing "
              "Director, then mediation. Scots law applies."),
        ("h1", "11 Exit"),
        ("p", "11.1 As the Project is time-limited, no separate exit arrangements are required."),
        sig_table([("Glenmorven Health Board", "Dr Callum Reid", "Medical Director", "15/09/2025"),
                   ("Kinvara Medical Ltd", "Fiona Baird", "Managing Director", "15/09/2025")]),
    ]
    return doc("tuning11a_17_eczema_agreement.pdf", "agreement", meta, b,
               labels("agreement", {"exit-strategy": "fail", "resource-contributions": "fail"}),
               "exit-strategy fail: clause 11 expressly negates the need for exit arrangements; only "
               "the term dates exist. resource-contributions fail: the Health Board's contribution "
               "is only 'clinical staff and accommodation as required' - no amounts or value.",
               ["no separate exit arrangements are required",
                "clinical staff and accommodation as required"])


def d18():
    meta = {"header": "Ambleford Teaching Hospitals NHS FT | Halberd Biosciences Ltd",
            "footer": "Lung Cancer Navigator PID v2.1 - OFFICIAL"}
    b = [
        ("title", "Lung Cancer Rapid Diagnostic Pathway - Patient Navigator Project"),
        ("p", "Project Initiation Document"),
        revision_table([("1.0", "02/04/2025", "J. Osei", "Draft for partners"),
                        ("2.0", "30/04/2025", "J. Osei", "Project board comments"),
                        ("2.1", "12/05/2025", "J. Osei", "Final")]),
        ("h1", "Project overview"),
        ("kv", [["Organisations", "Ambleford Teaching Hospitals NHS Foundation Trust, Pinfold Lane, "
                                  "Ambleford AM2 8HX; Halberd Biosciences Ltd, 18 Science Vale, "
                                  "Cambridge CB4 0WS"],
                ["Project lead (Trust)", "Jacob Osei, Lung Cancer Pathway Manager"],
                ["Project lead (Halberd)", "Dr Ines Moreau, Oncology Medical Lead"],
                ["Duration", "July 2025 - June 2027"]]),
        ("h1", "Context"),
        ("p", "Only 52% of people referred with suspected lung cancer at the Trust receive a "
              "diagnosis or cancer ruled out within 28 days. Patients describe the pathway as "
              "confusing, with multiple tests booked separately."),
        ("h1", "Aims"),
        ("numbered", ["Introduce two patient navigators who coordinate tests and keep patients "
                      "informed from referral to diagnosis.",
                      "Meet the 28-day Faster Diagnosis Standard for 80% of patients by June 2027 "
                      "(baseline 52%).",
                      "Reduce median referral-to-treatment time from 71 to 55 days.",
                      "Achieve a patient experience score of 8.5/10 (baseline 6.9, local survey)."]),
        ("h1", "Benefits"),
        ("p", "Patients get quicker answers, less anxiety and one named contact. The Trust meets "
              "national standards. Halberd learns how navigator roles affect diagnostic pathways. "
              "The project is not linked to any medicine."),
        ("h1", "Resources"),
        ("table", [["Partner", "Contribution", "Value (24 months)"],
                   ["Halberd", "Funding for 2 x Band 5 navigators; pathway mapping support",
                    "GBP 128,000"],
                   ["Trust", "Line management, respiratory consultant oversight, office space, "
                             "IT, pathway analyst", "GBP 91,000"]]),
        ("h1", "Project board"),
        ("p", "Trust Cancer Services Manager (chair), Lung Cancer Clinical Lead, Jacob Osei, Macmillan "
              "lung CNS, Dr Moreau and a Halberd Partnerships Manager. Halberd promotional staff "
              "are not members and have no contact with patients or navigators."),
        ("h1", "Information governance"),
        ("p", "The navigators are Trust employees using Trust systems only. The Trust is data "
              "controller; a DPIA has been approved and the project follows UK GDPR and the Data "
              "Protection Act 2018. Halberd will receive anonymised pathway metrics only."),
        ("h1", "Confidentiality"),
        ("p", "The partners will act professionally and with discretion at all times."),
        ("h1", "Publication"),
        ("p", "Halberd will publish the executive summary on its website before the navigators "
              "start. Both partners will publish an outcomes summary within six months of the "
              "project ending."),
        ("h1", "Exit strategy"),
        ("p", "See Appendix C."),
        ("h1", "Sign-off"),
        sig_table([("Ambleford Teaching Hospitals NHS Foundation Trust", "Jacob Osei",
                    "Lung Cancer Pathway Manager", "12/05/2025"),
                   ("Halberd Biosciences Ltd", "Dr Ines Moreau", "Oncology Medical Lead",
                    "12/05/2025")]),
    ]
    return doc("tuning11a_18_lung_navigator_pid.docx", "pid", meta, b,
               labels("pid", {"confidentiality": "warn", "exit-strategy": "fail"}),
               "confidentiality warn: the section exists but says only that the partners will 'act "
               "professionally and with discretion' - vague, no actual protection of patient or "
               "project information. exit-strategy fail: 'See Appendix C' but the document has no "
               "appendices - effectively a placeholder.",
               ["will act professionally and with discretion at all times", "see appendix c."])


def d19():
    meta = {"header": "Collaborative Working Agreement - Ravensholt Frailty Medicines Review",
            "footer": "CWA/RAV/2025/03 | Executed copy | OFFICIAL",
            "cover": ["COLLABORATIVE WORKING AGREEMENT", "Ravensholt Frailty Medicines Review",
                      "Colnbrook Health Partnership CIC", "Ravensholt Borough Council",
                      "Penhallow Life Sciences UK Ltd"]}
    b = [
        ("h1", "Parties"),
        ("numbered", ["Colnbrook Health Partnership CIC (company no. 11820344), The Old Library, "
                      "4 Church Row, Colnbrook CB7 2EE (\"Colnbrook\").",
                      "Ravensholt Borough Council, Town Hall, Market Square, Ravensholt RV1 1AA "
                      "(\"the Council\").",
                      "Penhallow Life Sciences UK Ltd, 2 Orchard Place, Bristol BS1 6QT "
                      "(\"Penhallow\")."]),
        ("h1", "1. What we are doing together"),
        ("p", "1.1 Pharmacist-led structured medication reviews for older people living with "
              "moderate or severe frailty, including residents of the Council's extra-care "
              "housing schemes, with falls and bone-health assessment by the Council's reablement "
              "team. Medicines decisions are made by the reviewing clinician with the patient, "
              "following NICE NG5 and STOPP/START; the reviews are product-neutral."),
        ("h1", "2. What success looks like"),
        ("table", [["Indicator", "Baseline", "Target (Sept 2027)", "Source"],
                   ["Frail patients with an SMR in last 12 months", "24%", "70%", "SMR coding"],
                   ["Patients on 10+ medicines", "1,140", "900", "Practice searches (aggregate)"],
                   ["Falls-related ambulance call-outs from extra-care schemes", "188/yr", "150/yr",
                    "Ambulance trust data"],
                   ["Patients reporting they understand their medicines", "-", "85%", "Survey"]]),
        ("p", "2.2 Older people benefit from fewer falls, fewer side effects and fewer unnecessary "
              "tablets; the NHS and Council benefit from fewer avoidable admissions; Penhallow "
              "gains understanding of integrated frailty services."),
        ("h1", "3. Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Penhallow", "Funding for 1.0 WTE clinical pharmacist (24 months) and "
                                 "evaluation by the University of Wendham", "GBP 131,000"],
                   ["Colnbrook", "GP clinical supervision, practice access, IT, admin booking",
                    "GBP 58,000"],
                   ["Council", "Reablement therapist time, extra-care scheme facilities, "
                               "resident engagement", "GBP 37,000"]]),
        ("h1", "4. Running the project"),
        ("p", "4.1 A partnership board chaired by Colnbrook's Medical Director meets bi-monthly. "
              "Penhallow attends through its Collaborative Working Manager and a Medical Adviser. "
              "Penhallow's account management and sales teams play no part."),
        ("h1", "5. Personal information"),
        ("p", "5.1 Practices remain controllers of GP records and the Council of its social care "
              "records; a data sharing agreement and DPIA cover the project under UK GDPR and the "
              "Data Protection Act 2018. Penhallow receives no personal data, only aggregated "
              "results from the University evaluation."),
        ("h1", "6. Private information"),
        ("p", "6.1 Each side treats what it receives from the others - plans, costs, residents' "
              "circumstances, service data - as private, uses it solely for this project and keeps "
              "it from anyone outside the partnership board. 6.2 Colnbrook and the Council may "
              "make disclosures required by the Freedom of Information Act 2000."),
        ("h1", "7. Public account"),
        ("p", "7.1 Penhallow will place a plain-English account of this arrangement on its UK "
              "website before the first review takes place. 7.2 Within six months of the end, all "
              "three partners will post the results on their websites. 7.3 Penhallow's payments "
              "will appear on Disclosure UK."),
        ("h1", "8. Mainstreaming and withdrawal"),
        ("p", "8.1 By month 18 Colnbrook will decide whether to employ the pharmacist through the "
              "Additional Roles Reimbursement Scheme. 8.2 If it does not, reviews booked before the "
              "end date go ahead and remaining patients are offered an SMR through their practice's "
              "usual annual review. 8.3 Any party may withdraw on 90 days' notice; the board will "
              "agree a handover plan within 30 days of notice so no patient is left without "
              "follow-up. 8.4 The project will stop if the PMCPA finds it in breach of the ABPI "
              "Code."),
        ("h1", "9. Other terms"),
        ("p", "9.1 Compliance with the Bribery Act 2010. 9.2 Disputes: partnership board, then chief "
              "officers, then mediation. 9.3 English law."),
        sig_table([("Colnbrook Health Partnership CIC", "Dr Kemi Adeyemi", "Medical Director",
                    "09/09/2025"),
                   ("Ravensholt Borough Council", "Martina Gale", "Director of Adult Social Care",
                    "09/09/2025"),
                   ("Penhallow Life Sciences UK Ltd", "Gareth Mwangi", "Head of Partnerships",
                    "09/09/2025")]),
    ]
    return doc("tuning11a_19_frailty_agreement.docx", "agreement", meta, b, labels("agreement"),
               "Fully compliant. Confidentiality as 'Private information' (treated as private, "
               "kept from anyone outside the board, FOIA carve-out); transparency as 'plain-English "
               "account ... on its UK website'; exit as 'Mainstreaming and withdrawal' with handover.",
               ["treats what it receives from the others", "plain-english account of this arrangement",
                "mainstreaming and withdrawal"])


def d20():
    meta = {"header": "Programme Board paper - item 6", "layout": "plain",
            "footer": "Tyneford Community Pharmacy BP Check Programme - Outcomes Report - "
                      "RESTRICTED: INTERNAL"}
    b = [
        ("title", "Summary of Project Outcomes: Community Pharmacy Blood Pressure Case-Finding"),
        ("kv", [["Partners", "NHS Harrowmere and Tyneford Integrated Care Board; Orrin Pharma UK Ltd"],
                ["Project dates", "April 2024 - March 2025"],
                ["Prepared by", "ICB Cardiovascular Programme Team"]]),
        ("h1", "Summary"),
        ("p", "Forty-two community pharmacies offered blood pressure checks to adults aged 40 and "
              "over who had not had a reading in the previous five years, with ambulatory "
              "monitoring for raised readings and referral to the person's GP."),
        ("h1", "Results"),
        ("table", [["Measure", "Target", "Achieved"],
                   ["Clinic BP checks", "12,000", "13,460"],
                   ["Ambulatory monitoring completed for raised readings", "75%", "81%"],
                   ["New hypertension diagnoses", "900", "1,034"],
                   ["New diagnoses starting treatment within 3 months", "60%", "68%"]]),
        ("h1", "Patient benefit"),
        ("p", "Over a thousand people learned they had high blood pressure and most began "
              "treatment within three months, reducing their risk of stroke, heart attack and "
              "kidney disease. Modelling suggests around 28 strokes and 19 heart attacks avoided "
              "over five years."),
        ("h1", "Lessons"),
        ("bullets", ["Weekend and evening opening accounted for 40% of checks.",
                     "Direct electronic referral to GP practices halved lost follow-up."]),
        ("h1", "Distribution"),
        ("p", "This report has been prepared for the Programme Board and the partner "
              "organisations' internal use. It is not intended for publication."),
    ]
    return doc("tuning11a_20_bp_pharmacy_outcomes.pdf", "outcomes-summary", meta, b,
               labels("outcomes-summary", {"transparency": "fail"}),
               "transparency fail: the outcomes summary is expressly internal ('not intended for "
               "publication'; footer RESTRICTED: INTERNAL); no publication or Disclosure UK "
               "commitment.",
               ["it is not intended for publication", "new hypertension diagnoses"])


DOCS = [d17, d18, d19, d20]
