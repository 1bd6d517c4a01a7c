"""tuning11b documents 13-18."""

D13 = {
    "file": "t11b-13-causeway-ms-continence-pid.pdf", "type": "pid",
    "meta": {"header": "Causeway Glens HSC Trust - Neurology Services", "layout": "ruled",
             "footer": "PID - MS Bladder and Bowel Pathway - Quillon Medical Pharma Ltd QMP/JW/07"},
    "defects": {"confidentiality": "warn", "measurable-outcomes": "fail"},
    "notes": "confidentiality WARN: the only wording is 'Confidentiality: standard terms apply' (bare). "
             "Data protection is addressed separately and passes. measurable-outcomes FAIL: the KPI row "
             "reads 'KPIs TBC - to be agreed at the first steering group'; the aims are not measurable.",
    "keys": ["Standard terms apply", "KPIs TBC", "Data controller"],
    "blocks": [
        ("title", "Project Initiation Document: Bladder and Bowel Pathway for People with Multiple "
                  "Sclerosis"),
        ("tbl", [["Section", "Content"],
                 ["Project title", "MS Bladder and Bowel Pathway"],
                 ["Partners", "Causeway Glens Health and Social Care Trust, Trust Headquarters, 12 Mill "
                              "Road, Coleraine BT52 1QZ; Quillon Medical Pharma Ltd (company no. "
                              "NI661902), 3 Harbour Court, Larne BT40 1AB"],
                 ["Background", "Around 70% of people with MS have bladder symptoms and half have bowel "
                                "problems. In the Trust area there is one continence nurse for all "
                                "neurological conditions; waits exceed 30 weeks and many people manage "
                                "alone, with urinary infections leading to hospital admissions."],
                 ["Aims", "Set up a nurse-led bladder and bowel clinic within the MS service; train "
                          "community nurses; produce self-management information with the local MS "
                          "support group."],
                 ["Patient benefit", "Faster assessment, fewer urinary infections and admissions, and "
                                     "better quality of life and continence for people with MS."],
                 ["NHS benefit", "Reduced admissions and community nursing visits."],
                 ["Company benefit", "Better understanding of continence care needs in neurology; no "
                                     "link to Quillon products, and clinicians choose any continence "
                                     "products from the regional formulary."],
                 ["Outcome measures", "KPIs TBC - to be agreed at the first steering group."],
                 ["Start / end", "April 2026 / March 2028"],
                 ["Leads", "Siobhan Devlin, MS Nurse Consultant (Trust); Dr Aidan Moore, Medical "
                           "Director (Quillon)"],
                 ["Steering group", "MS Nurse Consultant (chair), Neurology Service Manager, Quillon "
                                    "Medical Director, patient representative; meets quarterly. No Quillon "
                                    "sales staff take part."],
                 ["Resources", "Quillon: £58,000 for a 0.8 WTE Band 6 continence nurse employed by the "
                               "Trust and 10 days of project support. Trust: clinic space, consultant "
                               "neurologist and urology advice, nurse supervision (£30,000 in kind)."],
                 ["Exit", "Either partner may withdraw on three months' notice. Patients already "
                          "assessed continue under the Trust's MS team; the Trust will decide at month "
                          "18 whether to fund the post from its neurology budget, otherwise it ends "
                          "under Trust HR policy."],
                 ["Confidentiality", "Standard terms apply."],
                 ["Data controller", "The Trust. Processing complies with UK GDPR and the Data Protection "
                                     "Act 2018; no patient-identifiable information is shared with "
                                     "Quillon, which receives anonymised aggregate reports."],
                 ["Publication", "Executive summary on Quillon's website before the start; outcomes "
                                 "published by both partners within six months of completion; payments "
                                 "disclosed on Disclosure UK."]], [0.25, 0.75]),
        ("small", "Certified by Dr Aidan Moore, Medical Director, Quillon Medical Pharma Ltd, 2 February 2026."),
    ],
}

D14 = {
    "file": "t11b-14-lune-wyre-bp-check-agreement.docx", "type": "agreement",
    "meta": {"header": "Agreement ref. LW-ICB/CW/2025/11 - Confidential", "font": "Arial",
             "footer": "NHS Lune and Wyre ICB | Kendale MBC | Brightwater Generics UK Ltd"},
    "defects": {"data-protection": "fail", "transparency": "fail"},
    "notes": "data-protection FAIL: clause 8.2 sends a patient-level extract including NHS number, date "
             "of birth and postcode to Brightwater's analytics team - the company receives identifiable "
             "data (the UK GDPR reference does not cure this). transparency FAIL: clause 9 only says "
             "results 'may be published at Brightwater's discretion'; no summary before start, no "
             "outcome publication commitment, no Disclosure UK.",
    "keys": ["NHS number, date of birth and postcode", "at Brightwater's discretion", "Kendale"],
    "blocks": [
        ("title", "Collaborative Working Agreement - Community Blood Pressure Check Programme"),
        ("p", "Dated 30 September 2025."),
        ("h1", "1. Parties"),
        ("p", "1.1 NHS Lune and Wyre Integrated Care Board, County Hall, Fishergate, Preston PR1 8XB "
              "(\"the ICB\")."),
        ("p", "1.2 Kendale Metropolitan Borough Council, acting through its Public Health Directorate, "
              "Town Hall, Kendale KD1 1AA (\"the Council\")."),
        ("p", "1.3 Brightwater Generics UK Ltd (company no. 07722419), Westgate Park, Blackburn BB2 6LT "
              "(\"Brightwater\")."),
        ("h1", "2. The Programme"),
        ("p", "2.1 The Programme offers free blood pressure checks in community pharmacies, workplaces "
              "and mosques in the three most deprived wards of Kendale."),
        ("p", "2.1.1 People with a raised reading are offered home monitoring and referred to their GP."),
        ("p", "2.1.2 Treatment follows NICE NG136 and the ICB formulary. No product is promoted and "
              "funding is not linked to the use of any medicine."),
        ("h1", "3. Benefits"),
        ("p", "3.1 Residents will have undiagnosed high blood pressure found and treated earlier, lowering "
              "their risk of stroke and heart attack. 3.2 The ICB and Council will make progress on the "
              "local cardiovascular prevention plan. 3.3 Brightwater will gain insight into community "
              "case-finding models."),
        ("h1", "4. Duration"),
        ("p", "4.1 1 December 2025 to 30 November 2026."),
        ("h1", "5. Success measures"),
        ("p", "5.1 5,000 checks (baseline: 0 outside GP surgeries). 5.1.1 At least 70% of people with a "
              "reading over 140/90 seen by their GP within 8 weeks. 5.1.2 Hypertension prevalence gap in "
              "the three wards reduced from 4.1 to 3.0 percentage points, from the ICB's practice data."),
        ("h1", "6. Contributions"),
        ("tbl", [["Party", "Contribution", "Value"],
                 ["ICB", "Programme manager 0.5 WTE; community pharmacy fees", "£52,000"],
                 ["Council", "Health trainers, venue access, community engagement team", "£38,000 in kind"],
                 ["Brightwater", "150 validated home BP monitors, £30,000 cash to the ICB, 12 days of "
                                 "project support", "£41,500"]], [0.2, 0.6, 0.2]),
        ("h1", "7. Confidentiality and governance"),
        ("p", "7.1 Each party will keep confidential any information about the other parties' business "
              "and any information about individuals, subject to the Freedom of Information Act 2000. "
              "7.2 A joint board (ICB, Council and Brightwater's Head of Medical Affairs) meets monthly. "
              "No Brightwater sales staff will take part."),
        ("h1", "8. Data"),
        ("p", "8.1 The ICB and the Council will process personal data in line with UK GDPR."),
        ("p", "8.2 To support the evaluation, the ICB will send Brightwater's analytics team a monthly "
              "patient-level extract including NHS number, date of birth and postcode for every person "
              "checked."),
        ("h1", "9. Publication"),
        ("p", "9.1 Results may be published at Brightwater's discretion."),
        ("h1", "10. Termination and exit"),
        ("p", "10.1 A party may end this Agreement on two months' notice. 10.2 On ending, people already "
              "referred continue with their GP; home monitors stay with the participants; pharmacy "
              "checks continue only if the ICB commissions them through the pharmacy contract."),
        ("h1", "11. Other terms"),
        ("p", "11.1 Bribery Act 2010 applies. 11.2 Disputes: escalation to the ICB Chief Executive, the "
              "Council Director of Public Health and Brightwater's Managing Director."),
        ("sig", [("NHS Lune and Wyre Integrated Care Board", "Rachel Heyworth", "Director of Finance"),
                 ("Kendale Metropolitan Borough Council", "Dr Asif Patel", "Director of Public Health"),
                 ("Brightwater Generics UK Ltd", "Neil Ormerod", "Managing Director")]),
    ],
}

D15 = {
    "file": "t11b-15-wendmoor-fracture-liaison-executive-summary.docx", "type": "executive-summary",
    "es_data": True,
    "meta": {"header": "Summary of a collaborative working agreement", "font": "Calibri",
             "footer": "Orrin Bioscience UK Ltd | ORB-GB-0567 | Date of preparation November 2025"},
    "defects": {"data-protection": "warn", "resource-contributions": "fail"},
    "notes": "data-protection WARN: the summary describes GP record searches and sharing of data "
             "with the University, but only says 'all data handling will be GDPR compliant' - bare. "
             "resource-contributions FAIL: three partners; the ICB and Orrin contributions are stated, "
             "but the University will 'support the evaluation as required' - no defined contribution.",
    "keys": ["GDPR compliant", "as required", "Fracture liaison"],
    "blocks": [
        ("title", "Fracture Liaison Case-Finding in Primary Care"),
        ("p", "Partners: NHS Wendmoor Integrated Care Board; the University of Wendmoor; Orrin "
              "Bioscience UK Ltd. Project period: March 2026 to February 2028."),
        ("h2", "Rationale"),
        ("p", "Half of people who have a hip fracture have had an earlier fragility fracture. Wendmoor's "
              "fracture liaison service only sees hospital patients, so many people with wrist or "
              "vertebral fractures treated in the community are never assessed for osteoporosis."),
        ("h2", "Objectives"),
        ("bl", ["Search GP records in 40 practices to find people over 50 with a recorded fragility "
                "fracture and no bone health assessment.",
                "Offer those people a fracture risk assessment and treatment in line with NICE and the "
                "ICB formulary.", "Evaluate the effect on repeat fractures."]),
        ("h2", "Expected benefits"),
        ("p", "Patients: earlier assessment and treatment, and fewer painful and disabling fractures. "
              "ICB: a primary-care fracture liaison model. University: research and teaching material. "
              "Orrin: insight into bone health pathways."),
        ("h2", "Financial arrangements and contributions"),
        ("p", "Orrin will provide £76,000 to the ICB to fund a Band 7 practice-based nurse and "
              "searches. The ICB will provide medicines optimisation pharmacists (0.4 WTE) and practice "
              "facilitation. The University will support the evaluation as required."),
        ("h2", "Roles"),
        ("p", "The ICB leads delivery. Practice staff run the searches. The University will analyse the "
              "data shared by the ICB. Orrin provides project management through its Medical Affairs team."),
        ("h2", "Data"),
        ("p", "All data handling will be GDPR compliant."),
        ("h2", "Publication"),
        ("p", "This summary is published on Orrin's collaborative working web page before the start. All "
              "partners will publish outcomes within six months of completion."),
        ("h2", "Contacts"),
        ("p", "ICB: Helen Marsh, Head of Medicines Optimisation, helen.marsh@nhs.net. University: Prof. "
              "David Okonjo, Musculoskeletal Epidemiology. Orrin: Dr Priya Raman, Medical Affairs "
              "Manager, priya.raman@orrinbio.co.uk."),
    ],
}

D16 = {
    "file": "t11b-16-cwm-derwen-teledermatology-concept.pdf", "type": "concept-framework",
    "meta": {"header": "Cwm Derwen University Health Board - Fframwaith Cysyniad Prosiect / Project "
             "Concept Framework", "footer": "Draft for decision - v0.4", "layout": "ruled"},
    "defects": {},
    "notes": "All applicable rules pass. Both partners' resource impact stated; patient benefit stated; "
             "the company contact is a Medical Science Liaison.",
    "keys": ["Resource impact", "Go-ahead", "Medical Science Liaison"],
    "blocks": [
        ("title", "Project Concept Framework - Community Teledermatology for Psoriasis"),
        ("tbl", [["Field", "Entry"],
                 ["Partners and stakeholders", "Cwm Derwen University Health Board (dermatology, primary "
                  "care, digital services); Halden Dermatology Ltd. Stakeholders: cluster leads, "
                  "Psoriasis Cymru patient group."],
                 ["Purpose", "New referrals for psoriasis wait up to 40 weeks for a dermatology "
                             "appointment. Many could be managed in primary care with specialist advice "
                             "from high-quality photographs."],
                 ["Objectives", "For patients: advice within 2 weeks and faster access to treatment, "
                                "fewer journeys to hospital. For the Health Board: fewer new outpatient "
                                "appointments (target 30% of referrals managed by advice). For Halden: "
                                "learning how teledermatology changes the patient pathway."],
                 ["Resource impact - Health Board", "Consultant dermatologist 2 sessions/week, "
                  "dermatology nurse 0.3 WTE, digital team for image transfer (c. £47,000)."],
                 ["Resource impact - Halden", "£39,000 for dermatoscopes and a part-time photographer "
                  "employed by the Health Board; 12 days of project management."],
                 ["Anticipated start", "Q3 2026"],
                 ["Length", "15 months"],
                 ["Contacts", "Dr Elin Parry, Consultant Dermatologist; Dr Joseph Tan, Medical Science "
                              "Liaison, Halden Dermatology Ltd"],
                 ["Preliminary checks", "Treatment choice follows AWMSG advice and the Health Board "
                                        "formulary; the project does not favour any product."],
                 ["Decision", "Go-ahead to develop a PID - Medicines Management Group, 14 January 2026"]],
         [0.3, 0.7]),
    ],
}

_REV = [["Version", "Date", "Change", "By"],
        ["0.1", "02/06/2025", "First draft", "L. Abara"],
        ["0.3", "21/07/2025", "KPIs and IG section added after DPIA screening", "L. Abara / M. Kwan"],
        ["1.0", "15/09/2025", "Approved by Trust Joint Working Panel and ICB Medicines Optimisation "
                              "Committee", "Project board"]]

D17 = {
    "file": "t11b-17-thornbury-lithium-shared-care-pid.docx", "type": "pid",
    "meta": {"header": "Thornbury Hills Partnership NHS Foundation Trust | OFFICIAL",
             "footer": "Lithium Monitoring Shared Care PID v1.0 | CAS-UK-JW-2025-044", "font": "Calibri"},
    "defects": {},
    "notes": "All applicable rules pass. Longer three-party PID with cover page and revision table. "
             "Exit strategy is spread across 'Sustainability' and 'Early closure' sections; "
             "confidentiality of project information is in the governance section; data protection in "
             "its own section.",
    "keys": ["Early closure", "Sustainability", "Castellan Pharmaceuticals UK Limited", "Disclosure UK"],
    "blocks": [
        ("cover", "Lithium Monitoring Shared Care Improvement Project", [
            "Project Initiation Document", "Version 1.0 - 15 September 2025",
            "Thornbury Hills Partnership NHS Foundation Trust", "NHS Avon Chase Integrated Care Board",
            "Castellan Pharmaceuticals UK Limited"]),
        ("h1", "Document control"),
        ("tbl", _REV, [0.12, 0.18, 0.5, 0.2]),
        ("h1", "1. Background"),
        ("p", "About 1,650 people in Avon Chase take lithium for bipolar disorder. Lithium needs regular "
              "blood tests for levels, kidney and thyroid function. A 2024 audit found that 38% of "
              "patients had not had a lithium level in the previous six months and 12% had no kidney "
              "function test in a year. Responsibility is split between the Trust and GP practices, and "
              "results are not always seen by the person who prescribes."),
        ("h1", "2. Aims and objectives"),
        ("bl", ["Set up a shared-care monitoring register with automatic recall, hosted on the Trust's "
                "system and linked to GP records through the shared care record.",
                "Run community blood-test clinics with same-day result review by a mental health "
                "pharmacist.", "Give patients clear information on signs of toxicity and how to get help.",
                "Agree a single shared care protocol across the Trust and 62 practices."]),
        ("h1", "3. Expected benefits"),
        ("tbl", [["For", "Benefit"],
                 ["Patients", "Safer treatment: fewer episodes of lithium toxicity and kidney damage "
                              "found late; less confusion about who to contact; tests closer to home."],
                 ["Trust and ICB", "Compliance with NICE CG185 monitoring standards; fewer emergency "
                                   "admissions; clearer shared care."],
                 ["Castellan", "Better understanding of shared care in mental health and medicines "
                               "safety systems. Castellan does not market lithium and the project is "
                               "not linked to any Castellan product."]], [0.2, 0.8]),
        ("h1", "4. Outcome measures"),
        ("tbl", [["Measure", "Baseline (2024)", "Target (Sept 2027)", "Source, frequency"],
                 ["Patients with lithium level in last 6 months", "62%", "90%", "Register, monthly"],
                 ["Patients with eGFR and TFT in last 12 months", "88%", "97%", "Register, quarterly"],
                 ["Admissions with lithium toxicity", "11 per year", "5 per year", "Trust BI, annually"],
                 ["Patients reporting they know who to contact", "not measured", "80%",
                  "Survey at months 6 and 22"]], [0.4, 0.18, 0.18, 0.24]),
        ("h1", "5. Partners and accountable leads"),
        ("tbl", [["Organisation", "Address", "Lead"],
                 ["Thornbury Hills Partnership NHS Foundation Trust", "Fernleigh House, Gloucester Road, "
                  "Thornbury BS35 1DN", "Dr Laila Abara, Chief Pharmacist, laila.abara@thnhs.nhs.uk"],
                 ["NHS Avon Chase Integrated Care Board", "Osprey Court, Whitchurch Lane, Bristol BS14 0BJ",
                  "Michael Kwan, Deputy Director of Medicines Optimisation, michael.kwan2@nhs.net"],
                 ["Castellan Pharmaceuticals UK Limited", "Castellan House, 80 Station Road, Reading "
                  "RG1 1LF (company no. 03310872)", "Eleanor Drake, Strategic Partnerships Director, "
                  "eleanor.drake@castellan.co.uk"]], [0.32, 0.36, 0.32]),
        ("h1", "6. Dates"),
        ("p", "Start: October 2025 (after publication of the executive summary). Completion: "
              "September 2027."),
        ("h1", "7. Resources"),
        ("p", "Castellan will contribute £124,000, paid to the Trust in four milestone instalments, to "
              "fund a 1.0 WTE Band 8a mental health pharmacist (recruited and managed by the Trust) and "
              "the register build, plus 30 days of project management and evaluation support. The Trust "
              "will provide consultant psychiatrist oversight, phlebotomy clinics, IT development and "
              "a data analyst (in kind, about £82,000). The ICB will provide 0.2 WTE medicines "
              "optimisation pharmacist time, practice engagement and shared care record integration "
              "(in kind, about £35,000)."),
        ("h1", "8. Governance"),
        ("p", "A project board chaired by the Trust's Chief Pharmacist with the ICB lead, Castellan's "
              "Strategic Partnerships Director and a service-user representative meets monthly. It "
              "reports to the Trust Medicines Committee and the ICB Medicines Optimisation Committee. "
              "Castellan staff with sales or promotional responsibilities are excluded from the project. "
              "Board papers, minutes and each partner's commercial information are confidential to the "
              "board and are not shared outside it without agreement, subject to the Freedom of "
              "Information Act 2000."),
        ("h1", "9. Information governance"),
        ("p", "The Trust is data controller for the register and the ICB for the shared care record "
              "feed; both have completed a DPIA. Processing is under UK GDPR Article 6(1)(e) and 9(2)(h) "
              "and the Data Protection Act 2018. Castellan staff will not access the register or any "
              "patient-level information and will receive quarterly aggregate reports with small numbers "
              "suppressed."),
        ("h1", "10. Milestones"),
        ("bl", ["M1 (Dec 2025): pharmacist in post, protocol agreed.", "M2 (Mar 2026): register live.",
                "M3 (Sep 2026): all practices signed up to shared care.", "M4 (Sep 2027): final evaluation."]),
        ("h1", "11. Sustainability"),
        ("p", "By month 18 the ICB will decide whether to commission the monitoring service "
              "recurrently. If it does, the pharmacist post transfers to the Trust's core establishment; "
              "the register continues as a Trust system in any case."),
        ("h1", "12. Early closure"),
        ("p", "Any partner may end the project with three months' written notice to the board, or at once "
              "if the PMCPA finds a breach of the ABPI Code. On early closure, patients stay on the "
              "register and monitoring reverts to the previous Trust/GP arrangement under the existing "
              "shared care protocol; the pharmacist is redeployed under Trust policy."),
        ("h1", "13. Publication"),
        ("p", "Castellan will publish a certified executive summary before the start. All partners will "
              "publish a summary of outcomes within six months of completion. Castellan will declare its "
              "contribution as a transfer of value on Disclosure UK."),
    ],
}

D18 = {
    "file": "t11b-18-lagan-northern-cardiac-rehab-agreement.pdf", "type": "agreement",
    "meta": {"header": "Four-Party Collaborative Working Agreement", "layout": "plain", "font": "Times",
             "footer": "Lagan Northern HSC Trust / University of Lisnagarvey / Heartstrong NI / Dunluce "
                       "Therapeutics Ltd"},
    "defects": {"resource-contributions": "fail", "confidentiality": "fail"},
    "notes": "resource-contributions FAIL: four parties; the Trust, the charity and Dunluce have "
             "contributions in Schedule 1 but the University (a party with evaluation duties in clause 4) "
             "has no stated contribution anywhere. confidentiality FAIL: clause 9 states that no "
             "confidentiality obligations apply (negated). Data protection is addressed separately "
             "(passes); legal-entities passes (Trust, university, registered charity with number, Ltd).",
    "keys": ["no confidentiality obligations", "Schedule 1", "NIC105512"],
    "blocks": [
        ("title", "Collaborative Working Agreement: Home-Based Cardiac Rehabilitation"),
        ("p", "This Agreement is made on 10 November 2025 between: Lagan Northern Health and Social Care "
              "Trust, Antrim Road, Lisburn BT28 2XP (\"the Trust\"); the University of Lisnagarvey, "
              "Shore Road, Belfast BT15 1ED (\"the University\"); Heartstrong NI, a charity registered "
              "with the Charity Commission for Northern Ireland (NIC105512), 22 Donegall Pass, Belfast "
              "BT7 1BS (\"the Charity\"); and Dunluce Therapeutics Ltd (NI612274), 5 Causeway Business "
              "Park, Ballymoney BT53 6QR (\"Dunluce\")."),
        ("h1", "1. Background"),
        ("p", "1.1 Only 41% of eligible patients in the Trust area take up cardiac rehabilitation after a "
              "heart attack or heart failure admission, mainly because of travel and work commitments. "
              "Home-based rehabilitation with peer support can match centre-based outcomes."),
        ("h1", "2. Objectives"),
        ("p", "2.1 To offer a home-based programme with weekly video sessions, exercise plans and peer "
              "mentors; 2.2 to raise uptake to 65% within 18 months; 2.3 to evaluate clinical and "
              "patient-reported outcomes."),
        ("h1", "3. Benefits"),
        ("p", "3.1 Patients will recover with support at home, gain fitness and confidence and have fewer "
              "readmissions. The Trust gains capacity; the University gains research outputs; the "
              "Charity strengthens its peer mentor network; Dunluce learns about cardiac pathways."),
        ("h1", "4. Roles"),
        ("p", "4.1 The Trust delivers the clinical programme. 4.2 The University designs and runs the "
              "evaluation. 4.3 The Charity recruits and trains peer mentors. 4.4 Dunluce provides "
              "project management and funding. 4.5 Dunluce's commercial teams have no role."),
        ("h1", "5. Term"),
        ("p", "5.1 1 March 2026 to 28 February 2028."),
        ("h1", "6. Measures"),
        ("p", "6.1 Uptake of rehabilitation (baseline 41%, target 65%); completion (baseline 58%, target "
              "75%); 12-month cardiac readmissions (baseline 19%, target 15%); change in six-minute walk "
              "distance. Reported every six months by the Trust."),
        ("h1", "7. Data protection"),
        ("p", "7.1 The Trust is the data controller. Personal data are processed under UK GDPR and the Data "
              "Protection Act 2018 following a DPIA. The University receives pseudonymised data under a "
              "data access agreement; the Charity and Dunluce receive no personal data."),
        ("h1", "8. Transparency"),
        ("p", "8.1 Dunluce will publish a summary of this Agreement before the programme starts. All "
              "parties will publish outcomes within six months of completion; Dunluce will disclose "
              "payments on Disclosure UK."),
        ("h1", "9. Confidentiality"),
        ("p", "9.1 The parties agree that the project does not involve sensitive information and that no "
              "confidentiality obligations apply under this Agreement."),
        ("h1", "10. Ending the Agreement"),
        ("p", "10.1 Any party may withdraw on three months' written notice; the Agreement ends at once on "
              "a PMCPA ruling of breach. 10.2 Patients who have started the home programme complete it "
              "under the Trust's cardiac rehabilitation team, and others are offered the centre-based "
              "programme. 10.3 The Trust decides by month 20 whether to continue the service."),
        ("h1", "11. General"),
        ("p", "11.1 Bribery Act 2010 compliance; disputes to the chief executives then mediation."),
        ("h1", "Schedule 1 - Contributions"),
        ("bl", ["Trust: cardiac rehabilitation nurses 1.2 WTE, physiotherapy, video platform licence "
                "(£74,000 in kind).",
                "Charity: recruitment, training and supervision of 30 peer mentors (£18,000 in kind).",
                "Dunluce: £90,000 to the Trust for a Band 6 nurse and exercise equipment; 20 days of "
                "project management."]),
        ("sig", [("Lagan Northern Health and Social Care Trust", "Brendan Quinn", "Chief Executive"),
                 ("University of Lisnagarvey", "Prof. Anne Corry", "Dean of Life and Health Sciences"),
                 ("Heartstrong NI", "Marie Toner", "Chief Executive"),
                 ("Dunluce Therapeutics Ltd", "Owen Magee", "Managing Director")]),
    ],
}

DOCS = [D13, D14, D15, D16, D17, D18]
