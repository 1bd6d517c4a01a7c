"""tuning11a documents 09-12."""
from tuning11a_common import doc, labels, sig_table


def d09():
    meta = {"header": "Collaborative Working Agreement - Fenwold Lipid Optimisation",
            "footer": "Ref FEN-LIP-2025 | Version 2.0 | OFFICIAL",
            "cover": ["Collaborative Working Agreement",
                      "Fenwold Community Lipid Optimisation Project",
                      "NHS Fenwold Integrated Care Board",
                      "Brackenridge Primary Care Ltd", "Halberd Biosciences Ltd",
                      "Dated 30 June 2025"]}
    b = [
        ("h1", "1. The parties"),
        ("p", "1.1 NHS Fenwold Integrated Care Board, Fenwold House, 12 Mercer Street, Fenwold "
              "FW1 2AB (the ICB)."),
        ("p", "1.2 Brackenridge Primary Care Ltd, company no. 10455120, 7 Station Approach, "
              "Brackenridge BR4 9JN, a GP federation acting for its 19 member practices (the "
              "Federation)."),
        ("p", "1.3 Halberd Biosciences Ltd, company no. 03981442, 18 Science Vale, Cambridge "
              "CB4 0WS (Halberd)."),
        ("h1", "2. What the Project is"),
        ("p", "2.1 Pharmacist-led reviews for people with established cardiovascular disease whose "
              "cholesterol is above the NICE NG238 treat-to-target threshold, run in Federation "
              "practices. Treatment options are those in the national lipid pathway and the "
              "Fenwold formulary; choice rests with the patient and reviewing clinician."),
        ("h1", "3. Outcomes we expect"),
        ("table", [["Outcome", "Now", "By 31 March 2027", "Data"],
                   ["Patients with CVD reviewed", "-", "2,400", "Practice systems (aggregate)"],
                   ["Patients with CVD at non-HDL target", "34%", "50%", "CVDPREVENT audit"],
                   ["Patients with lipid test in last 12 months", "58%", "80%", "CVDPREVENT audit"]]),
        ("p", "3.2 Patients benefit through lower risk of heart attack and stroke and a personal "
              "review of their medicines. The ICB benefits from progress on a national priority; "
              "Halberd gains insight into population-health delivery."),
        ("h1", "4. Who provides what"),
        ("table", [["Party", "Provides", "Approx. value"],
                   ["Halberd", "GBP 96,000 for clinical pharmacist sessions and search-tool "
                               "licences; project manager 0.2 WTE", "GBP 112,000"],
                   ["Federation", "Practice searches, clinical supervision, rooms, admin",
                    "GBP 54,000"],
                   ["ICB", "Population health analytics, evaluation, clinical lead", "GBP 23,000"]]),
        ("h1", "5. How the Project is run"),
        ("p", "5.1 A joint oversight group (ICB chair) meets monthly. Halberd is represented by its "
              "NHS Partnerships Director and a Medical Science Liaison. Halberd's commercial field "
              "teams have no part in the Project, its governance or its data."),
        ("h1", "6. Patient data"),
        ("p", "6.1 Practices are controllers of their records; searches are run by practice staff. "
              "A DPIA approved by the ICB Caldicott Guardian covers the Project. Halberd receives "
              "only aggregated counts; numbers under 10 are suppressed. Processing follows UK GDPR "
              "and the Data Protection Act 2018."),
        ("h1", "7. What stays between us"),
        ("p", "7.1 What any party learns about another party's affairs through the Project - "
              "budgets, service plans, practice-level results, Halberd's internal strategy - stays "
              "within the Project and is used for nothing else. 7.2 The ICB may release information "
              "where the Freedom of Information Act 2000 requires, after telling the other parties."),
        ("h1", "8. Telling the public"),
        ("p", "8.1 Before the first review, Halberd will post a summary of this Agreement on the "
              "collaborative working section of its UK website; the ICB and Federation may do the "
              "same. 8.2 Each party will make the results public within six months of completion. "
              "8.3 Halberd's payments will be declared on Disclosure UK."),
        ("h1", "9. Disengagement and handover"),
        ("p", "9.1 Any party may withdraw on three months' written notice; Halberd may also withdraw "
              "at once following an adverse PMCPA ruling. 9.2 At month 18 the ICB will decide whether "
              "to fund the pharmacist reviews through the Additional Roles scheme. 9.3 On withdrawal "
              "or at the end, patients already booked are reviewed as planned; outstanding patients "
              "return to routine practice recall with a note of their lipid status, so no one loses "
              "their place in usual care."),
        ("h1", "10. Other terms"),
        ("p", "10.1 Bribery Act 2010 compliance; no link to the purchase or prescription of any "
              "Halberd product. 10.2 Disputes: oversight group, then chief executives, then "
              "mediation. 10.3 English law."),
        sig_table([("NHS Fenwold Integrated Care Board", "Dr Imran Bhatti", "Chief Medical Officer",
                    "30/06/2025"),
                   ("Brackenridge Primary Care Ltd", "Dr Owen Pryce", "Clinical Director",
                    "30/06/2025"),
                   ("Halberd Biosciences Ltd", "Eleanor Quist", "NHS Partnerships Director",
                    "30/06/2025")]),
    ]
    return doc("tuning11a_09_lipid_agreement.docx", "agreement", meta, b, labels("agreement"),
               "Fully compliant. Confidentiality as 'What stays between us' (mutual, FOIA carve-out); "
               "transparency as 'Telling the public'; exit as 'Disengagement and handover' with "
               "patients returned to routine recall.",
               ["stays within the project and is used for nothing else",
                "halberd will post a summary of this agreement",
                "return to routine practice recall"])


def d10():
    meta = {"header": "Bae Teifi University Health Board - Penhallow Life Sciences UK Ltd",
            "footer": "Migraine Pathway PID  Rev B  2025-05-19  Uncontrolled when printed"}
    b = [
        ("title", "Headache and Migraine Pathway Redesign - Project Initiation Document"),
        ("h1", "1. Definitions"),
        ("table", [["Term", "Meaning"],
                   ["Board", "Bae Teifi University Health Board"],
                   ["Company", "Penhallow Life Sciences UK Ltd"],
                   ["Confidential Information", "Any information, in any form, disclosed by one "
                                                "party to the other and marked confidential"],
                   ["Project Group", "The joint group described in section 7"],
                   ["Headache Nurse", "The Band 7 specialist nurse post described in section 6"]]),
        ("h1", "2. Background"),
        ("p", "Headache accounts for around a quarter of neurology referrals in the Board area and "
              "the median wait for a first neurology appointment is 41 weeks. Many referrals could "
              "be managed by a specialist nurse with neurologist support, and by better advice in "
              "primary care."),
        ("h1", "3. Objectives"),
        ("table", [["Objective", "Baseline", "Target", "Date"],
                   ["Headache referrals seen by nurse-led service", "0", "65%", "March 2027"],
                   ["Median wait, headache referrals", "41 weeks", "16 weeks", "March 2027"],
                   ["Patients with >= 50% reduction in monthly headache days at 6 months", "-",
                    "45%", "March 2027"],
                   ["GP practices receiving advice & guidance training", "0 of 48", "40", "Dec 2026"]]),
        ("h1", "4. Benefits"),
        ("p", "Patients are seen sooner, receive a management plan covering lifestyle, medication "
              "overuse and treatment options, and avoid unnecessary imaging. The Board reduces its "
              "neurology backlog. Penhallow gains insight into how headache services are "
              "structured in Wales. Treatment follows NICE CG150 and AWMSG advice."),
        ("h1", "5. Partners"),
        ("kv", [["Bae Teifi University Health Board", "Ysbyty Glan Teifi, Heol y Bont, Aberteifi "
                                                      "SA43 1XY - lead Dr Gwen Harries, Consultant "
                                                      "Neurologist"],
                ["Penhallow Life Sciences UK Ltd", "2 Orchard Place, Bristol BS1 6QT - lead Gareth "
                                                   "Mwangi, Head of Partnerships"]]),
        ("h1", "6. Resources"),
        ("p", "Penhallow will fund the Headache Nurse (Band 7, 1.0 WTE, 24 months; GBP 118,000), "
              "paid to the Board on invoice. The Board will provide neurologist supervision "
              "(2 PAs/week), clinic rooms, admin support and evaluation (GBP 102,000 in kind). The "
              "nurse is employed and managed by the Board."),
        ("h1", "7. Project Group"),
        ("p", "Chaired by the Board's Neurology Service Manager; members include Dr Harries, the "
              "Headache Nurse, a GP representative, Penhallow's Head of Partnerships and "
              "Penhallow's Medical Lead. No Penhallow promotional staff are members."),
        ("h1", "8. Information governance"),
        ("p", "The Board is data controller for all patient information; the project complies with "
              "UK GDPR and the Data Protection Act 2018; a DPIA has been approved. Penhallow will "
              "not access any patient-identifiable data and will receive only aggregate reports."),
        ("h1", "9. Publication"),
        ("p", "Penhallow will publish an executive summary on its website before the service "
              "starts, and both partners will publish the outcomes within six months of project "
              "close."),
        ("h1", "10. Project close"),
        ("p", "The project is planned to close on 31 March 2027. At the end of the project the "
              "Project Group will meet to discuss next steps."),
        ("h1", "11. Approval"),
        sig_table([("Bae Teifi University Health Board", "Dr Gwen Harries", "Consultant Neurologist",
                    "19/05/2025"),
                   ("Penhallow Life Sciences UK Ltd", "Gareth Mwangi", "Head of Partnerships",
                    "19/05/2025")]),
    ]
    return doc("tuning11a_10_migraine_pid.docx", "pid", meta, b,
               labels("pid", {"confidentiality": "fail", "exit-strategy": "fail"}),
               "confidentiality fail: 'Confidential Information' appears only as a glossary "
               "definition; no clause anywhere imposes any obligation to protect it, and nothing "
               "says how patient or project information is kept confidential. exit-strategy fail: "
               "only a close date plus 'the Project Group will meet to discuss next steps'; nothing "
               "on patients, the funded nurse post, notice or early termination.",
               ["disclosed by one party to the other and marked confidential",
                "will meet to discuss next steps"])


def d11():
    meta = {"header": "Saltmarsh Community Healthcare NHS Trust and Vantry Pharmaceuticals Ltd",
            "footer": "HCV Community Testing - Collaborative Working Agreement - Final", "layout": "twocol"}
    b = [
        ("title", "Collaborative Working Agreement: Hepatitis C Testing in Community Drug and "
                  "Alcohol Services"),
        ("p", "THIS AGREEMENT is made on 4 September 2025 BETWEEN Saltmarsh Community Healthcare NHS "
              "Trust of Estuary House, Quay Road, Saltmarsh SM3 1LP (the Trust) AND Vantry "
              "Pharmaceuticals Ltd (company no. 06127745) of Unit 4 Kestrel Court, Reading RG2 6GF "
              "(Vantry)."),
        ("h1", "1. Purpose"),
        ("p", "1.1 To offer point-of-care hepatitis C antibody and RNA testing to people attending "
              "the Trust's drug and alcohol services, and to link those with active infection to "
              "the regional Operational Delivery Network for treatment."),
        ("h1", "2. Outcomes"),
        ("p", "2.1 Targets for the 18-month Project: 1,500 service users tested (baseline 420 per "
              "year); 85% of RNA-positive people referred to the ODN within 2 weeks; 70% of those "
              "referred starting treatment within 8 weeks. Source: Trust testing log and ODN "
              "returns, reported quarterly."),
        ("p", "2.2 Patients gain diagnosis and treatment of a curable infection, avoiding liver "
              "damage, and onward transmission is reduced. Vantry gains learning on community "
              "testing models. Treatment decisions are taken by ODN clinicians in line with NHS "
              "England's commissioning policy."),
        ("h1", "3. Contributions"),
        ("p", "3.1 Vantry: GBP 69,000 for point-of-care analysers, consumables and 0.6 WTE peer "
              "support worker time, paid to the Trust quarterly. 3.2 Trust: nursing time in 5 "
              "service bases, phlebotomy, clinical governance, data reporting - valued at "
              "GBP 58,000."),
        ("h1", "4. Governance"),
        ("p", "4.1 Joint steering group chaired by the Trust's Clinical Director for Addictions; "
              "Vantry attends through its Medical Affairs Manager and Public Health Partnerships "
              "Lead. Vantry's sales force is not involved."),
        ("h1", "5. Data protection"),
        ("p", "5.1 The Trust is data controller. Processing complies with UK GDPR and the Data "
              "Protection Act 2018; a DPIA is in place. Vantry receives anonymised monthly totals "
              "only."),
        ("h1", "6. Publication and disclosure"),
        ("p", "6.1 Vantry will publish a summary of this Agreement on its website before testing "
              "begins. 6.2 Both parties will publish a summary of outcomes within six months of "
              "completion. 6.3 Vantry will disclose its funding on Disclosure UK."),
        ("h1", "7. Ending the Project"),
        ("p", "7.1 Either party may give 60 days' written notice. 7.2 On notice or at the planned "
              "end, the analysers transfer to the Trust, which will continue testing within its "
              "existing harm-reduction budget; people already diagnosed remain under the ODN for "
              "treatment; the peer support role ends or is absorbed as the Trust decides."),
        ("h1", "8. Confidentiality"),
        ("p", "8.1 Each party shall keep confidential the other's confidential information and the "
              "personal information of service users, and use it only for the Project, subject to "
              "the Freedom of Information Act 2000."),
        ("h1", "9. Intellectual property and use of project materials"),
        ("p", "9.1 Notwithstanding clause 8, Vantry may use any information, data and outputs "
              "generated by the Project for its own commercial purposes, including internal "
              "business planning and external presentations, without further reference to the "
              "Trust."),
        ("h1", "10. Anti-bribery and disputes"),
        ("p", "10.1 Each party complies with the Bribery Act 2010. 10.2 Disputes escalate to the "
              "Trust Chief Operating Officer and Vantry's UK General Manager, then to mediation."),
        ("h1", "Signatures"),
        sig_table([("Saltmarsh Community Healthcare NHS Trust", "Helen Corrigan",
                    "Chief Operating Officer", "04/09/2025"),
                   ("Vantry Pharmaceuticals Ltd", "Dr Nadia Kerr", "Medical Director UK",
                    "04/09/2025")]),
    ]
    return doc("tuning11a_11_hcv_agreement.pdf", "agreement", meta, b,
               labels("agreement", {"confidentiality": "fail"}),
               "confidentiality fail: clause 8 looks adequate, but clause 9.1 ('Notwithstanding "
               "clause 8') lets Vantry use any project information and outputs for its own "
               "commercial purposes without reference to the Trust, which overrides the protection "
               "(catalogue: company may use all project information = red).",
               ["notwithstanding clause 8, vantry may use any information",
                "for its own commercial purposes"])


def d12():
    meta = {"header": "Summary of Project Outcomes", "layout": "ruled",
            "footer": "Castlebeck and Ure NHS FT & Sorrel BioPharma UK Ltd | SOR-CW-25-101 | "
                      "Prepared May 2025"}
    b = [
        ("title", "Heart Failure Medicines Optimisation Virtual Ward - Summary of Project Outcomes"),
        ("kv", [["Partners", "Castlebeck and Ure NHS Foundation Trust; Sorrel BioPharma UK Ltd"],
                ["Project period", "1 November 2023 - 31 January 2025"],
                ["Date of this summary", "May 2025"]]),
        ("h1", "What the project set out to do"),
        ("p", "Provide a nurse-led virtual ward so that people discharged after a heart failure "
              "admission could have their guideline-directed therapy reviewed and adjusted at home, "
              "with remote monitoring of weight, blood pressure and symptoms."),
        ("h1", "What happened"),
        ("table", [["Measure", "Before", "Result", "Comment"],
                   ["Patients supported", "-", "312", "Target 300"],
                   ["30-day HF readmission", "19.4%", "12.1%", "Trust BI, matched period"],
                   ["Patients on all four guideline therapy classes at discharge from ward", "23%",
                    "61%", "Where clinically appropriate"],
                   ["Median days to first titration contact", "34", "6", "Virtual ward log"],
                   ["Patient satisfaction (would recommend)", "-", "94% of 201 respondents",
                    "Exit survey"]]),
        ("h1", "What it meant for patients"),
        ("p", "People went home sooner and were supported at home while their medicines were "
              "adjusted. Fewer were readmitted within a month, and many reported feeling more "
              "confident in recognising warning signs."),
        ("h1", "After the project"),
        ("p", "The Trust has funded the virtual ward recurrently from February 2025; both nurse posts "
              "moved onto the Trust establishment and no patient's care was interrupted."),
        ("h1", "Learning"),
        ("bullets", ["Early first contact was the single biggest driver of titration success.",
                     "Remote monitoring kit needs a same-day replacement route.",
                     "Pharmacist prescribers in the ward reduced consultant review time."]),
        ("h1", "Making this public"),
        ("p", "This summary is being posted on the collaborative working pages of both "
              "organisations' websites within six months of project close. Sorrel's contribution "
              "(GBP 132,000) has been disclosed on Disclosure UK."),
    ]
    return doc("tuning11a_12_hf_virtual_ward_outcomes.pdf", "outcomes-summary", meta, b,
               labels("outcomes-summary"),
               "Fully compliant outcomes summary: numeric results against baselines, direct patient "
               "benefit, publication on both websites within six months.",
               ["this summary is being posted on the collaborative working pages",
                "30-day hf readmission"])


DOCS = [d09, d10, d11, d12]
