"""Nine agreements for tuning4b. All organisations, people and products are fictional."""
from t4b_common import mk

DOCS = []

# A1 lawyer-drafted JV, fully compliant
DOCS.append(mk(
    "Lowmoor_Fenby_ICB_Haverleigh_CKD_Collaborative_Working_Agreement.docx", "agreement",
    "COLLABORATIVE WORKING AGREEMENT relating to the Early Kidney Disease Identification Project",
    [
        ("p", "THIS AGREEMENT is dated 2 February 2027"),
        ("h1", "PARTIES"),
        ("b", ["(1) LOWMOOR AND FENBY INTEGRATED CARE BOARD, a statutory body established under the "
               "National Health Service Act 2006, of Fenby House, 12 Castle Row, Fenby FB1 1CR "
               "(the \"ICB\"); and",
               "(2) HAVERLEIGH PHARMA UK LIMITED, a company incorporated in England and Wales with "
               "company number 04417720, whose registered office is at 3 Meadow Court, Uxbridge "
               "UB8 1QE (the \"Company\")."]),
        ("h1", "RECITALS"),
        ("b", ["(A) WHEREAS around 40% of people in the ICB area who meet the criteria for chronic "
               "kidney disease have no coded diagnosis in their GP record;",
               "(B) WHEREAS the parties wish to pool skills and resources to improve identification "
               "and management of CKD in primary care for the benefit of patients;",
               "(C) WHEREAS the parties intend this arrangement to be collaborative working within "
               "the meaning of Clause 20 of the ABPI Code of Practice."]),
        ("h1", "1. DEFINITIONS AND INTERPRETATION"),
        ("p", "1.1 In this Agreement: \"Project\" means the project described in Schedule 1; "
              "\"Data Protection Legislation\" means the UK GDPR, the Data Protection Act 2018 and "
              "all other applicable laws relating to personal data; \"Confidential Information\" "
              "means any information disclosed by one party to the other that is marked or "
              "reasonably understood to be confidential; \"Project Board\" means the board "
              "described in clause 5."),
        ("h1", "2. TERM"),
        ("p", "2.1 This Agreement starts on 1 April 2027 and continues for 18 months unless ended "
              "earlier under clause 12."),
        ("h1", "3. OBJECTIVES AND BENEFITS"),
        ("p", "3.1 Patients will benefit from earlier diagnosis, blood pressure control and kidney "
              "protection, reducing progression to kidney failure. The ICB will benefit from an "
              "accurate CKD register and fewer late referrals. The Company will benefit from a "
              "better understanding of CKD care in primary care. 3.2 The Project does not involve "
              "the promotion of any medicine and is not conditional on any formulary decision."),
        ("h1", "4. CONTRIBUTIONS"),
        ("p", "4.1 Each party shall provide the contributions set out in Schedule 2."),
        ("h1", "5. GOVERNANCE"),
        ("p", "5.1 The Project Board comprises the ICB's Clinical Lead for Long-Term Conditions "
              "(chair), a GP representative, a renal consultant from the local Trust, the ICB "
              "medicines optimisation pharmacist and the Company's Head of Medical Partnerships. "
              "No representative or other member of the Company's sales function shall take part."),
        ("h1", "6. SUCCESS MEASURES"),
        ("p", "6.1 Success will be measured by the Project Board at months 6, 12 and 18 against the "
              "targets in Schedule 1, using anonymised practice-level data extracted by the ICB."),
        ("h1", "7. DATA PROTECTION"),
        ("p", "7.1 Each party shall comply with Data Protection Legislation. 7.2 The ICB and the "
              "participating practices are the data controllers of patient data. Searches run inside "
              "practice clinical systems; only anonymised, aggregated counts leave the practice. "
              "7.3 The Company shall not receive, and shall not seek, any personal data relating to "
              "patients. A DPIA was approved by the ICB Caldicott Guardian on 10 January 2027."),
        ("h1", "8. CONFIDENTIALITY"),
        ("p", "8.1 Each party shall keep the other's Confidential Information confidential and use "
              "it only for the Project. 8.2 Clause 8.1 does not apply to information that is public "
              "other than through breach, that a party must disclose by law, or that the ICB must "
              "release under the Freedom of Information Act 2000, provided the ICB first consults "
              "the Company where reasonably practicable."),
        ("h1", "9. PUBLICITY AND PUBLICATION"),
        ("p", "9.1 The Company shall publish a summary of this Agreement on the collaborative "
              "working section of its UK website before the Project starts. 9.2 The parties shall "
              "publish a summary of outcomes within six months of completion. 9.3 The Company shall "
              "disclose its contribution on Disclosure UK."),
        ("h1", "10. ANTI-BRIBERY"),
        ("p", "10.1 Each party shall comply with the Bribery Act 2010. Nothing in this Agreement is "
              "an inducement to prescribe, supply, recommend or buy any medicine."),
        ("h1", "11. FORCE MAJEURE"),
        ("p", "11.1 Neither party is liable for delay caused by events beyond its reasonable "
              "control, provided it notifies the other promptly."),
        ("h1", "12. TERM AND TERMINATION"),
        ("p", "12.1 Either party may terminate on 90 days' written notice, or immediately if the "
              "PMCPA rules that the Project breaches the Code. 12.2 Consequences of termination: "
              "patients identified during the Project remain under the care of their GP practice "
              "and any referrals in progress continue; the practice-based CKD nurse posts funded "
              "under Schedule 2 are employed by the GP federation and will be retained or "
              "redeployed by it; the Company shall pay for work done up to the termination date."),
        ("h1", "13. DISPUTES, CONTINGENCY AND GENERAL"),
        ("p", "13.1 Disputes go first to the Project Board, then to the ICB Chief Medical Officer "
              "and the Company's Medical Director, then to mediation. 13.2 If national guidance or "
              "a relevant SPC changes, the Project Board will review the Project within 30 days. "
              "13.3 This Agreement is the entire agreement between the parties about the Project."),
        ("h1", "SCHEDULE 1: PROJECT DESCRIPTION AND TARGETS"),
        ("t", [["Measure", "Baseline", "Target (month 18)", "Source"],
               ["Coded CKD prevalence", "2.9%", "3.8%", "Practice searches"],
               ["Coded CKD patients with BP at target", "49%", "60%", "Practice searches"],
               ["Urine ACR recorded in past 12 months", "41%", "65%", "Practice searches"]]),
        ("h1", "SCHEDULE 2: PARTNER CONTRIBUTIONS"),
        ("t", [["Party", "Contribution", "Value"],
               ["ICB", "Clinical lead (0.1 WTE), analyst time, practice incentive payments for "
                "searches and reviews", "GBP 62,000"],
               ["Company", "Funding for two CKD nurse posts employed by Fenby GP Federation Ltd "
                "(18 months) and an education programme", "GBP 88,000"]]),
        ("p", "Signed for and on behalf of the ICB by Dr Rachel Amos, Chief Medical Officer; signed "
              "for and on behalf of the Company by Dr Kofi Mensah, Medical Director."),
    ],
    must=["WHEREAS", "SCHEDULE 2: PARTNER CONTRIBUTIONS", "Consequences of termination"]))

# A2 data protection only defined; KPIs TBC
DOCS.append(mk(
    "Fracture_Liaison_Joint_Working_Agreement_Stanbury.pdf", "agreement",
    "Joint Working Agreement - Stanbury Fracture Liaison Service Expansion",
    [
        ("p", "This Joint Working Agreement is made on 15 June 2026 between STANBURY AND DISTRICT "
              "HOSPITALS NHS FOUNDATION TRUST of Infirmary Road, Stanbury ST4 8HN (\"the Trust\") "
              "and PELLORA UK LIMITED (company no. 07731902) of 22 Kings Walk, Guildford GU1 3RT "
              "(\"Pellora\")."),
        ("h1", "1. Definitions"),
        ("p", "\"Agreement\" means this agreement and its schedules. \"Data Protection Legislation\" "
              "means the UK GDPR and the Data Protection Act 2018 as amended from time to time. "
              "\"Project\" means the expansion of the fracture liaison service described in clause 2. "
              "\"Term\" has the meaning in clause 3."),
        ("h1", "2. The Project"),
        ("p", "2.1 People over 50 who break a bone after a minor fall are at high risk of a further "
              "fracture, often of the hip. The Trust's fracture liaison service currently only reaches "
              "inpatients. The Project extends it to patients seen in the fracture clinic and the "
              "emergency department, so that they are assessed for osteoporosis and offered "
              "treatment and falls prevention according to NICE guidance."),
        ("p", "2.2 Benefits. Patients: fewer second fractures, fewer hip fractures and less loss of "
              "independence. Trust: fewer admissions and bed days. Pellora: understanding of how "
              "secondary fracture prevention can be delivered at scale."),
        ("h1", "3. Term"),
        ("p", "3.1 The Agreement runs from 1 September 2026 to 31 August 2028."),
        ("h1", "4. Roles and responsibilities"),
        ("p", "4.1 The Trust will employ and manage the fracture liaison nurses, provide clinical "
              "supervision by a consultant orthogeriatrician, and run the steering group. 4.2 "
              "Pellora will provide funding under clause 5 and project management support from its "
              "Medical Affairs department. 4.3 Pellora staff will have no patient contact."),
        ("h1", "5. Financial arrangements and contributions"),
        ("t", [["Party", "Contribution", "Value"],
               ["Trust", "Consultant sessions, DXA scanning capacity, clinic rooms, administration",
                "GBP 74,000 in kind"],
               ["Pellora", "Funding for 1.0 WTE Band 6 fracture liaison nurse for 24 months, paid "
                "quarterly to the Trust", "GBP 96,000"]]),
        ("h1", "6. Measuring success"),
        ("p", "6.1 Key performance indicators: TBC by the steering group after the Project starts."),
        ("h1", "7. Confidentiality"),
        ("p", "7.1 Neither party shall disclose the other's confidential information, including "
              "costings and internal plans, except as needed for the Project, as required by law, "
              "or, for the Trust, under the Freedom of Information Act 2000."),
        ("h1", "8. Publication and disclosure"),
        ("p", "8.1 Pellora will publish an executive summary of this Agreement before the Project "
              "starts. 8.2 Both parties will publish the outcomes within six months of the end of "
              "the Term. 8.3 Pellora will disclose payments on Disclosure UK."),
        ("h1", "9. Termination"),
        ("p", "9.1 Either party may terminate on three months' written notice, or at once if the "
              "Project is found to breach the ABPI Code. 9.2 On termination the Trust will continue "
              "to assess patients already referred, and the nurse post will be absorbed into the "
              "Trust's orthogeriatric team or the postholder redeployed; Pellora will fund the post "
              "to the end of the notice period."),
        ("h1", "10. Anti-bribery"),
        ("p", "10.1 Both parties will comply with the Bribery Act 2010. Funding is for the Project "
              "only and is not linked to any prescribing decision."),
        ("h1", "11. Disputes and contingency"),
        ("p", "11.1 Disputes will be escalated to the Trust Medical Director and Pellora's UK "
              "Medical Director. 11.2 If NICE guidance on osteoporosis changes, the steering group "
              "will review the Project."),
        ("p", "Signed: Dr Miriam Oduya, Medical Director, for the Trust. Signed: Dr Henrik Sole, "
              "UK Medical Director, for Pellora UK Limited."),
    ],
    bad={"data-protection": "fail", "measurable-outcomes": "fail"},
    notes="data-protection fail: 'Data Protection Legislation' appears only in the Definitions "
          "clause; no clause applies it, no controller/DPIA/anonymisation. measurable-outcomes fail: "
          "clause 6.1 'Key performance indicators: TBC'.",
    must=["\"Data Protection Legislation\" means", "Key performance indicators: TBC"]))

# A3 consequences of termination only payment; National Account Manager on board
DOCS.append(mk(
    "Ambulance_Falls_Response_Collaboration_Agreement_Greyholt.docx", "agreement",
    "Agreement for Collaborative Working: Greyholt Falls Response Service",
    [
        ("h1", "Parties"),
        ("p", "Greyholt Ambulance Service NHS Foundation Trust, Station Road, Greyholt GH1 2FR "
              "(\"GAS\"), and Corriebrook Therapeutics Ltd, company number 10993021, 7 Ridgeway, "
              "Marlow SL7 1AQ (\"Corriebrook\")."),
        ("h1", "Background"),
        ("p", "Older people who fall at home and cannot get up are among the longest waits for an "
              "ambulance. Most are not injured but lie on the floor for hours, which risks pressure "
              "damage, dehydration and loss of confidence. GAS wants to test a dedicated falls "
              "response car staffed by a paramedic and an occupational therapist, linked to the "
              "community falls team."),
        ("h1", "Expected benefits"),
        ("b", ["Patients: a median response of under one hour for non-injury falls (currently "
               "3 hours 40 minutes), assessment in their own home and onward referral for falls "
               "prevention.",
               "NHS: fewer conveyances to ED and fewer ambulance hours spent on long waits.",
               "Corriebrook: learning about integrated urgent community response."]),
        ("h1", "Measures"),
        ("t", [["Indicator", "Baseline", "Target by month 12", "Source"],
               ["Median response time, non-injury falls", "220 min", "60 min", "CAD system"],
               ["Conveyance rate after a fall", "52%", "30%", "Patient care record"],
               ["Referrals to community falls team", "8%", "70%", "Falls team log"]]),
        ("h1", "Contributions"),
        ("p", "GAS: the response vehicle, paramedic shifts (one 12-hour shift a day, five days a "
              "week, valued GBP 61,000), control room integration and data analysis. Corriebrook: "
              "GBP 48,000 to fund occupational therapist sessions through the community provider, "
              "and lifting equipment for the car (GBP 7,500)."),
        ("h1", "Governance"),
        ("p", "A Project Board meets every quarter, chaired by GAS's Director of Clinical "
              "Operations. Members are GAS's Falls Lead Paramedic, the community falls service "
              "manager, Corriebrook's Medical Adviser and Corriebrook's National Account Manager, "
              "who will attend board meetings to keep the company informed of progress."),
        ("h1", "Term and termination"),
        ("p", "This Agreement runs from 1 October 2026 to 30 September 2027. Either party may end "
              "it on 60 days' written notice to the other."),
        ("h2", "Consequences of termination"),
        ("p", "On termination Corriebrook will pay GAS for costs properly incurred up to the date "
              "of termination, and GAS will return any unspent funds within 30 days."),
        ("h1", "Confidentiality"),
        ("p", "Each party will treat as confidential any non-public information received from the "
              "other, including patient information and financial details, save where disclosure is "
              "required by law or under the Freedom of Information Act 2000."),
        ("h1", "Data protection"),
        ("p", "GAS is data controller for all patient records. Processing is lawful under UK GDPR "
              "and the Data Protection Act 2018, and a DPIA has been completed. Corriebrook receives "
              "only anonymised monthly totals."),
        ("h1", "Publication"),
        ("p", "Corriebrook will publish a summary of this Agreement before the service starts. "
              "Outcomes will be published by both parties within six months of the end date."),
        ("h1", "Anti-bribery and compliance"),
        ("p", "Both parties will comply with the Bribery Act 2010 and the ABPI Code of Practice. "
              "The Agreement will be amended or stopped if the PMCPA rules that it breaches the Code."),
        ("h1", "Dispute resolution"),
        ("p", "Disputes are referred to the Project Board and then to the chief executives."),
        ("p", "Signed for GAS: Anthony Greer, Chief Executive. Signed for Corriebrook: Dr Lucy Tam, "
              "Medical Director."),
    ],
    bad={"exit-strategy": "fail", "sales-roles": "fail"},
    notes="exit-strategy fail: 'Term and termination' gives notice, and 'Consequences of "
          "termination' covers only payment/unspent funds; nothing on patients, the falls service "
          "or the OT/paramedic staffing (borderline: notice period present). sales-roles fail: "
          "National Account Manager attends Project Board meetings.",
    must=["National Account Manager", "Consequences of termination"]))

# A4 'the Paediatric Diabetes Service' as party; confidentiality standard terms
DOCS.append(mk(
    "Paediatric_Diabetes_Tech_Transition_Agreement.pdf", "agreement",
    "Collaborative Working Agreement: Technology Transition Clinics for Teenagers with Type 1 Diabetes",
    [
        ("h1", "1. Parties"),
        ("p", "This agreement is between the Paediatric Diabetes Service, St Aldhelm's Children's "
              "Hospital, Aldhelm Road, Wexcombe WX2 5AA (\"the Service\"), and Lumenford Medical UK "
              "Ltd, registered in England no. 08866104, 4 Orchard Way, Bracknell RG12 2TT "
              "(\"Lumenford\")."),
        ("h1", "2. Purpose"),
        ("p", "Young people with type 1 diabetes aged 14 to 18 often disengage from clinic as they "
              "prepare to move to adult services, and their HbA1c tends to rise. The project sets up "
              "evening and weekend transition clinics, run jointly with the adult young people's "
              "diabetes team, with a youth worker and a psychologist available."),
        ("h1", "3. Benefits"),
        ("p", "Young people: clinics at times that do not clash with school or college, psychological "
              "support, and a smoother handover to adult care. NHS: fewer missed appointments and "
              "fewer admissions with diabetic ketoacidosis. Lumenford: understanding of how "
              "transition care can be organised."),
        ("h1", "4. Term"),
        ("p", "From 1 January 2027 for 18 months."),
        ("h1", "5. Contributions"),
        ("t", [["Party", "Contribution"],
               ["The Service", "Consultant and diabetes nurse time for 36 evening clinics, clinic "
                "space, adult team liaison (valued at GBP 33,000)"],
               ["Lumenford", "GBP 39,000 for a youth worker (0.5 WTE) and psychologist sessions"]]),
        ("h1", "6. Outcomes"),
        ("p", "Measured by the project group at months 6, 12 and 18: clinic attendance rate for "
              "14-18 year olds (baseline 68%, target 85%); proportion with HbA1c below 58 mmol/mol "
              "(baseline 29%, target 40%); DKA admissions in the age group (baseline 11 a year, "
              "target 6 or fewer). Data from the National Paediatric Diabetes Audit extract."),
        ("h1", "7. Governance"),
        ("p", "Project group: Clinical Lead for Paediatric Diabetes (chair), adult diabetes "
              "consultant, youth worker, Lumenford's Medical Affairs Lead."),
        ("h1", "8. Data protection"),
        ("p", "The hospital is data controller. Processing is under UK GDPR Article 9(2)(h); the "
              "DPIA was signed off in November 2026. Lumenford receives aggregated audit figures only "
              "and has no access to patient records."),
        ("h1", "9. Confidentiality"),
        ("p", "Confidentiality: standard terms apply."),
        ("h1", "10. Publication"),
        ("p", "Lumenford will publish the executive summary before the first clinic; outcomes will "
              "be published by both parties within six months of completion."),
        ("h1", "11. Ending the project"),
        ("p", "Either party may end the project on 90 days' notice. Young people already in the "
              "transition clinics will continue to be seen by the joint paediatric-adult team in "
              "normal clinic hours, and the youth worker contract ends with one month's handover "
              "to the hospital's youth service."),
        ("h1", "12. Other terms"),
        ("p", "Disputes go to the hospital's Medical Director and Lumenford's UK Medical Director. "
              "Both parties comply with the Bribery Act 2010 and the ABPI Code."),
        ("p", "Signed: Dr Ruth Penhale, Clinical Lead, for the Paediatric Diabetes Service. "
              "Signed: Paul Adeyemi, General Manager, for Lumenford Medical UK Ltd."),
    ],
    bad={"legal-entities": "fail", "confidentiality": "warn"},
    notes="legal-entities fail: contracting party is 'the Paediatric Diabetes Service' (a service/team "
          "of a hospital, not the NHS trust). confidentiality warn: clause 9 'Confidentiality: standard "
          "terms apply.' only.",
    must=["the Paediatric Diabetes Service", "Confidentiality: standard terms apply."]))

# A5 eye-care glaucoma, compliant, near-miss 'sales' in anti-bribery clause
DOCS.append(mk(
    "Glaucoma_Referral_Refinement_JWA_Norbrook.docx", "agreement",
    "Joint Working Agreement - Glaucoma Referral Refinement in Norbrook",
    [
        ("p", "Date: 19 October 2026"),
        ("h1", "1 The parties"),
        ("b", ["Norbrook and Hale NHS Foundation Trust, Eye Unit, Norbrook General Hospital, "
               "Norbrook NB1 4EE (\"the Trust\").",
               "Norbrook Local Optical Committee Services CIC, company no. 12890331, 16 Granary "
               "Row, Norbrook NB2 3OC (\"the Provider\").",
               "Ostrell Eye Pharmaceuticals Ltd, company no. 06120774, 1 Lake View, Weybridge "
               "KT13 0XR (\"Ostrell\")."]),
        ("h1", "2 What the project does"),
        ("p", "About 60% of glaucoma referrals from high-street optometrists to the eye unit turn "
              "out to be false positives. Refinement means a trained optometrist repeats the "
              "pressure and visual field tests before a referral is sent. The project sets up "
              "refinement in eight practices and trains 20 optometrists."),
        ("h1", "3 Benefits"),
        ("p", "Patients: people who do not have glaucoma are reassured in days at a local "
              "practice instead of waiting months for a hospital appointment, and those who do "
              "have it are seen faster because the queue is shorter. Trust: fewer unnecessary new "
              "appointments. Provider: a commissioned model for its members. Ostrell: knowledge of "
              "community eye-care pathways."),
        ("h1", "4 Duration"),
        ("p", "1 January 2027 to 31 December 2027."),
        ("h1", "5 Roles and contributions"),
        ("t", [["Party", "Role", "Contribution and value"],
               ["Trust", "Clinical governance, virtual review of refined cases, evaluation",
                "Consultant and nurse time, GBP 19,000"],
               ["Provider", "Recruits practices, manages fees, audit", "Management time and IT, "
                "GBP 11,000"],
               ["Ostrell", "Funds training and accreditation; project management via its medical "
                "partnerships team", "GBP 26,500"]]),
        ("h1", "6 Success measures"),
        ("p", "False-positive referral rate from participating practices falls from 60% to 25% "
              "(Trust clinic outcome data); median wait for a first glaucoma appointment falls "
              "from 22 to 12 weeks; 95% of refined referrals reviewed virtually within 10 days."),
        ("h1", "7 Confidentiality"),
        ("p", "Each party will keep confidential all patient information and any non-public "
              "business information it receives. This does not prevent disclosure required by law, "
              "by a regulator, or by the Trust under the Freedom of Information Act 2000."),
        ("h1", "8 Data protection"),
        ("p", "Each party shall comply with Data Protection Legislation (meaning the UK GDPR and "
              "the Data Protection Act 2018). Data flow: the Provider's practices record test "
              "results in the NHS-assured referral platform; the Trust, as controller, reviews them "
              "there; the Provider sends Ostrell a quarterly table of anonymised totals (number "
              "refined, number referred, number discharged). No identifiable data reach Ostrell."),
        ("h1", "9 Publication"),
        ("p", "Ostrell will publish a summary of this Agreement before 1 January 2027. The Trust "
              "and the Provider may publish the results in a peer-reviewed journal; all parties will "
              "publish an outcomes summary within six months of completion."),
        ("h1", "10 Anti-bribery"),
        ("p", "Each party will comply with the Bribery Act 2010. No payment under this Agreement "
              "is linked to past, present or future sales of any product, and no individual will "
              "receive any personal benefit."),
        ("h1", "11 Termination and legacy"),
        ("p", "Any party may withdraw on 90 days' notice. Refinement appointments already booked "
              "will be honoured; accredited optometrists keep their accreditation; and the ICB has "
              "agreed to consider commissioning refinement from the Provider from 2028. If the "
              "project stops, referrals revert to the current direct route."),
        ("h1", "12 Disputes and changes"),
        ("p", "Disputes go to a meeting of the three accountable leads, then to mediation. The "
              "project will be reviewed if NICE glaucoma guidance changes."),
        ("p", "Signed by authorised signatories of each party."),
    ],
    notes="All applicable rules pass. Near-miss: anti-bribery clause mentions 'sales of any "
          "product' (not a sales role); CIC provider is a legal entity.",
    must=["past, present or future sales", "Each party shall comply with Data Protection Legislation"]))

# A6 Schedule 2 blank for NHS party
DOCS.append(mk(
    "Cancer_Alliance_Prehab_Collaboration_Agreement_Schedules.pdf", "agreement",
    "Collaborative Working Agreement: Prehabilitation Before Cancer Surgery",
    [
        ("p", "This Agreement is made on 3 March 2027 between (1) Thornvale Hospitals NHS "
              "Foundation Trust, as host of the South Thornvale Cancer Alliance, of Thornvale "
              "Hospital, Kiln Lane, Thornvale TV5 6KL (\"the Trust\") and (2) Bexmoor Oncology "
              "Limited, registered number 09342117, of 11 Regent Place, Oxford OX2 6AA "
              "(\"Bexmoor\")."),
        ("h1", "1. Background"),
        ("p", "Patients who are fitter before major cancer surgery have fewer complications and go "
              "home sooner. In the Alliance area, prehabilitation is offered only at one hospital and "
              "mainly to colorectal patients."),
        ("h1", "2. Scope"),
        ("p", "A 12-week programme of exercise, nutrition and psychological support, offered to "
              "patients awaiting surgery for colorectal, upper gastrointestinal and lung cancer at "
              "three hospitals, delivered partly in leisure centres near patients' homes."),
        ("h1", "3. Benefits"),
        ("p", "Patients: better fitness and wellbeing before surgery, fewer complications, shorter "
              "stays. NHS: fewer critical care days. Bexmoor: understanding of whole-pathway cancer "
              "care."),
        ("h1", "4. Term"),
        ("p", "1 May 2027 to 30 April 2029."),
        ("h1", "5. Contributions"),
        ("p", "Each party shall provide the resources set out against its name in Schedule 2."),
        ("h1", "6. Evaluation"),
        ("p", "The steering group will report six-monthly on: proportion of eligible patients "
              "starting prehabilitation (target 60%, baseline 14%); median length of stay "
              "(baseline 7.5 days, target 6 days); 6-minute walk distance at baseline and pre-op "
              "(target mean gain of 40 m). Data come from the Trust's surgical audit."),
        ("h1", "7. Governance"),
        ("p", "The steering group is chaired by the Alliance Clinical Director and includes the "
              "three surgical leads, the prehabilitation lead physiotherapist and Bexmoor's "
              "Medical Director."),
        ("h1", "8. Data protection"),
        ("p", "The Trust is data controller. A DPIA is complete. Bexmoor receives aggregated, "
              "anonymised results only and no patient-identifiable information."),
        ("h1", "9. Confidentiality"),
        ("p", "The parties will keep each other's confidential information confidential, subject to "
              "the Freedom of Information Act 2000 and any legal duty of disclosure."),
        ("h1", "10. Publicity and publication"),
        ("p", "Bexmoor will publish a summary on its website before the start date, and the parties "
              "will publish outcomes within six months of the end of the Term."),
        ("h1", "11. Termination"),
        ("p", "Either party may terminate on three months' notice. Patients part-way through the "
              "programme will complete it; the Trust's prehabilitation staff funded by Bexmoor "
              "will be retained on the Alliance establishment to the end of their fixed-term "
              "contracts or redeployed."),
        ("h1", "12. General"),
        ("p", "Force majeure, entire agreement, Bribery Act 2010 compliance and dispute resolution "
              "by escalation to the Alliance Board and Bexmoor's General Manager apply."),
        ("h1", "Schedule 1: Milestones"),
        ("t", [["Milestone", "Date"], ["Programme live at Thornvale", "June 2027"],
               ["Live at all three hospitals", "January 2028"], ["Final evaluation", "July 2029"]]),
        ("h1", "Schedule 2: Partner contributions"),
        ("t", [["Party", "Contribution", "Value"],
               ["Bexmoor", "Funding for 2.0 WTE exercise physiologists and a dietitian (0.4 WTE) "
                "for 24 months; leisure centre session costs", "GBP 142,000"],
               ["The Trust", "To be confirmed in Schedule 2", ""]]),
    ],
    bad={"resource-contributions": "fail"},
    notes="resource-contributions fail: clause 5 defers to Schedule 2, where the Trust's row reads "
          "'To be confirmed in Schedule 2' with no value; only Bexmoor's contribution is stated.",
    must=["Schedule 2: Partner contributions", "To be confirmed in Schedule 2"]))

# A7 PCN as party; exit TBC  (.txt)
DOCS.append(mk(
    "agreement_respiratory_hub_riverbend_pcn.txt", "agreement",
    "Collaborative Working Agreement - Riverbend Respiratory Diagnostic Hub",
    [
        ("h1", "Parties"),
        ("p", "Riverbend Primary Care Network, c/o Riverbend Medical Practice, 4 Ferry Road, "
              "Riverbend RB9 1FP (\"the PCN\"), and Castellan Pharma UK Limited, company number "
              "05567781, 20 Cathedral Square, Bristol BS1 5DD (\"Castellan\")."),
        ("h1", "Why the hub is needed"),
        ("p", "Spirometry in Riverbend stopped in 2020 and has not fully restarted. People with "
              "breathlessness wait up to nine months for a hospital lung function test, and many "
              "are labelled with asthma or COPD without confirmation."),
        ("h1", "What will happen"),
        ("p", "A diagnostic hub at Riverbend Medical Practice will offer quality-assured "
              "spirometry and FeNO testing two days a week to all seven practices in the network."),
        ("h1", "Benefits"),
        ("p", "Patients get a confirmed diagnosis close to home in weeks instead of months and the "
              "right treatment sooner. Practices can rely on accurate registers. Castellan gains "
              "insight into diagnostic pathways in primary care."),
        ("h1", "Targets"),
        ("p", "1,100 quality-assured spirometry tests in year one (hub log); wait from request to "
              "test under 6 weeks by month 6 (baseline 38 weeks); 90% of tests graded A or B on "
              "ARTP quality criteria."),
        ("h1", "Contributions"),
        ("p", "PCN: a room two days a week, healthcare assistant time (0.4 WTE), GP clinical lead "
              "sessions and appointment administration, valued GBP 29,000. Castellan: two "
              "spirometers and a FeNO device, ARTP training for three staff, and funding of GBP "
              "24,000 for a respiratory nurse (0.3 WTE) for 12 months."),
        ("h1", "Term"),
        ("p", "1 February 2027 to 31 January 2028."),
        ("h1", "Exit strategy"),
        ("p", "TBC"),
        ("h1", "Confidentiality"),
        ("p", "All patient information and any confidential business information exchanged are "
              "confidential and may be disclosed only where the law requires."),
        ("h1", "Data protection"),
        ("p", "The practices remain data controllers for their patients' records under UK GDPR. "
              "Castellan will receive only anonymised, aggregated activity figures and will have "
              "no access to any clinical system."),
        ("h1", "Publication"),
        ("p", "Castellan will publish a summary of this agreement before the hub opens and the "
              "parties will publish the outcomes within six months of the end date."),
        ("h1", "Governance"),
        ("p", "A hub group (GP clinical lead, PCN manager, respiratory nurse, Castellan Medical "
              "Adviser) meets monthly."),
        ("p", "Signed: Dr Eamon Reilly, Clinical Director, for the PCN. Signed: Judith Carr, "
              "Head of Medical, for Castellan Pharma UK Limited."),
    ],
    bad={"exit-strategy": "fail", "legal-entities": "fail"},
    notes="exit-strategy fail: heading 'Exit strategy' with body 'TBC'. legal-entities fail: party is "
          "'Riverbend Primary Care Network' (a PCN, no contracting vehicle; c/o a practice address "
          "is not a contracting party).",
    must=["Riverbend Primary Care Network", "Exit strategy"]))

# A8 'the ICS' as party; no confidentiality
DOCS.append(mk(
    "MidHarbour_ICS_Heart_Valve_Pathway_Agreement.docx", "agreement",
    "Collaborative Working Agreement: Heart Valve Disease Detection Pathway",
    [
        ("h1", "1. Parties"),
        ("p", "This agreement is made between Mid-Harbour Integrated Care System (\"the ICS\") "
              "and Saltash Cardio UK Ltd, a company registered in England and Wales (no. 11234560), "
              "of 2 Wharf Street, Southampton SO14 3JJ (\"Saltash\")."),
        ("h1", "2. Project summary"),
        ("p", "Aortic stenosis is often missed because GP practices rarely listen for murmurs in "
              "people who have no symptoms, and community echocardiography waits in Mid-Harbour are "
              "over 20 weeks. The project trains practice nurses to use digital stethoscopes at "
              "over-75 health checks and creates a fast-track to a community echo clinic."),
        ("h1", "3. Benefits"),
        ("p", "Patients: earlier diagnosis of valve disease, timely referral for valve "
              "intervention, and fewer sudden admissions with heart failure. NHS: better use of "
              "echo capacity. Saltash: learning about structural heart disease pathways."),
        ("h1", "4. Duration"),
        ("p", "The project runs for 15 months from 1 July 2026."),
        ("h1", "5. Contributions"),
        ("t", [["Party", "Provides", "Value"],
               ["The ICS", "Clinical lead, echo clinic sessions at the community hub, practice "
                "nurse time for checks", "GBP 47,000 in kind"],
               ["Saltash", "Digital stethoscopes for 30 practices, training, evaluation support",
                "GBP 39,000"]]),
        ("h1", "6. Key performance indicators"),
        ("b", ["New diagnoses of moderate or severe aortic stenosis per 10,000 over-75s: baseline "
               "9, target 14 by month 15 (community echo database).",
               "Wait from auscultation to echo under 6 weeks for 90% of fast-tracked patients.",
               "At least 4,000 over-75 checks include auscultation."]),
        ("h1", "7. Governance"),
        ("p", "A steering group chaired by the ICS cardiology clinical lead, with the community "
              "echo service manager, a primary care nurse lead and Saltash's Medical Science "
              "Liaison, meets every two months."),
        ("h1", "8. Data protection"),
        ("p", "Patient data are held by practices and the community echo service as controllers. "
              "A DPIA has been completed under UK GDPR. Saltash sees only aggregated, anonymised "
              "results."),
        ("h1", "9. Publication and transparency"),
        ("p", "Saltash will publish the executive summary on its website before the start. Both "
              "parties will publish an outcomes report within six months of the end, and Saltash "
              "will disclose the value transferred on Disclosure UK."),
        ("h1", "10. Termination"),
        ("p", "Either party may end the agreement on 60 days' written notice. Patients already "
              "fast-tracked continue to their echo appointment; stethoscopes remain with practices "
              "for ongoing use; the community echo service returns to standard referral criteria."),
        ("h1", "11. Compliance"),
        ("p", "Both parties will comply with the Bribery Act 2010 and the ABPI Code of Practice. "
              "Disputes will be escalated to the ICS Medical Director and Saltash's Medical "
              "Director."),
        ("p", "Signed on behalf of the ICS and on behalf of Saltash Cardio UK Ltd."),
    ],
    bad={"legal-entities": "fail", "confidentiality": "fail"},
    notes="legal-entities fail: contracting party is 'Mid-Harbour Integrated Care System' (an ICS is "
          "not a legal entity; the ICB would be). confidentiality fail: no confidentiality clause or "
          "mention of confidential patient/project information.",
    must=["Mid-Harbour Integrated Care System", "Medical Science Liaison"]))

# A9 individual as party; publication only with company consent
DOCS.append(mk(
    "Sleep_Apnoea_Service_Agreement_Dr_Brent_Quillon.pdf", "agreement",
    "Agreement for Joint Working: Community Sleep Apnoea Diagnostic Service",
    [
        ("h1", "Parties"),
        ("p", "(1) Dr Oliver Brent, general practitioner with a special interest in sleep "
              "medicine, of 8 Linden Avenue, Harwell OX11 0AB (\"Dr Brent\"); and (2) Quillon "
              "Respiratory UK Ltd, company number 09910045, of 5 Station Approach, Woking GU22 7XY "
              "(\"Quillon\")."),
        ("h1", "Background"),
        ("p", "Obstructive sleep apnoea is common and under-diagnosed. Patients in the Harwell area "
              "wait over a year for a sleep study at the regional centre. Untreated apnoea raises "
              "the risk of road accidents, high blood pressure and heart disease."),
        ("h1", "Project"),
        ("p", "Dr Brent will run a weekly community clinic offering home sleep studies with "
              "validated portable devices, with scoring reviewed by the regional sleep centre."),
        ("h1", "Benefits"),
        ("p", "Patients will be tested at home within weeks, avoiding an overnight hospital stay "
              "and a long journey. The regional centre can focus on complex cases. Quillon will gain "
              "understanding of community diagnostic models."),
        ("h1", "Objectives and measures"),
        ("t", [["Measure", "Baseline", "Target"],
               ["Wait from referral to sleep study", "56 weeks", "8 weeks by month 6"],
               ["Home studies completed", "0", "400 in 12 months"],
               ["Studies needing repeat due to failure", "n/a", "under 10%"]]),
        ("h1", "Resources"),
        ("p", "Dr Brent: clinic sessions (one a week), clinical oversight and the clinic room at "
              "Linden Avenue Surgery, valued at GBP 21,000. Quillon: 12 home sleep testing devices, "
              "consumables and a scoring software licence (GBP 33,000)."),
        ("h1", "Term and termination"),
        ("p", "The agreement lasts 12 months from 1 March 2027. Either party may end it on 60 days' "
              "notice; patients already tested will have results reviewed and be referred on "
              "through the regional centre, and devices will be returned or transferred to the "
              "regional sleep centre for continued NHS use."),
        ("h1", "Confidentiality"),
        ("p", "Both parties will keep confidential all patient information and any confidential "
              "information about the other party's business."),
        ("h1", "Data protection"),
        ("p", "Sleep study results are held in the practice clinical system; the practice is "
              "controller under UK GDPR. Quillon will not receive any personal data and will see "
              "only aggregated activity counts."),
        ("h1", "Publicity and publication"),
        ("p", "No party may publish any information about the project or its results except with "
              "the prior written consent of the Company."),
        ("h1", "Anti-bribery"),
        ("p", "The parties will comply with the Bribery Act 2010; no payment is made to Dr Brent "
              "personally and devices remain Quillon's property until transferred."),
        ("p", "Signed: Dr Oliver Brent. Signed: Nadine Frost, Director of Medical Affairs, for "
              "Quillon Respiratory UK Ltd."),
    ],
    bad={"legal-entities": "fail", "transparency": "fail"},
    notes="legal-entities fail: party (1) is an individual GP, Dr Oliver Brent, not an organisation. "
          "transparency fail: 'Publicity and publication' allows publication only with prior written "
          "consent of the Company; no commitment to publish summary/outcomes.",
    must=["Dr Oliver Brent, general practitioner", "prior written consent of the Company"]))
