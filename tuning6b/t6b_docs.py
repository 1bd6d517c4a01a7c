"""Document definitions for tuning6b. All organisations, people and products are fictional."""
APPLIES = {
    "pid": ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
            "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"],
    "agreement": ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
                  "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
                  "measurable-outcomes", "transparency"],
    "executive-summary": ["data-protection", "resource-contributions", "promotional-language",
                          "sales-roles", "patient-benefit", "transparency"],
    "concept-framework": ["resource-contributions", "promotional-language", "sales-roles", "patient-benefit"],
    "outcomes-summary": ["promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes",
                         "transparency"],
}
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]


def outcomes(dtype, **over):
    o = {r: ("pass" if r in APPLIES[dtype] else "n/a") for r in RULES}
    for k, v in over.items():
        o[k.replace("_", "-")] = v
    return o


DOCS = []


def add(fname, dtype, title, sections, over=None, notes="", check=(), pdf=None):
    DOCS.append(dict(fname=fname, type=dtype, title=title, sections=sections,
                     outcomes=outcomes(dtype, **(over or {})), notes=notes, check=list(check),
                     pdf=pdf or {}))


# 1 PID - Scottish health board pharmacy, resources per organisation paragraph, indirect exit
add("01_glenmorven_pharmacy_anticoag_pid.docx", "pid",
    "NHS Glenmorven Pharmacy Services - Project Initiation Document: Anticoagulation Review Clinics",
    [("Background", ["NHS Glenmorven's pharmacy team and Caldera Therapeutics UK Ltd propose a joint working project to run pharmacist-led anticoagulation review clinics in eight GP practices in the Strathbeg locality."]),
     ("What we want to achieve", ["We want to reduce the number of people on anticoagulants who are admitted to hospital with a bleed, and to make sure every person on long-term anticoagulation has had a review of their dose and kidney function in the last 12 months.",
                                  "Baseline (practice audit, March 2026): 61% of 1,420 patients reviewed in the previous 12 months. Target: 90% by 31 March 2027. Secondary measure: bleeding-related admissions from the ISD SMR01 extract, baseline 38 per year, target fewer than 28."]),
     ("Resources", ["NHS Glenmorven: 0.6 WTE Band 7 pharmacist time (employed and funded by the Board), clinic rooms in the eight practices, and access to the clinical systems needed to run searches.",
                    "Caldera Therapeutics UK Ltd: a fixed sum of GBP 42,000 to cover backfill for the pharmacist sessions and the cost of an independent evaluation by the Board's Effectiveness Unit. Caldera will also provide project management support from its partnerships manager (approximately 2 hours per week)."]),
     ("Patient information and confidentiality", ["All clinical work is done by Board staff. NHS Glenmorven remains data controller for all patient information under UK GDPR and the Data Protection Act 2018 and has completed a DPIA. Caldera will only ever receive aggregated, anonymised figures. Both organisations will keep the project's commercial and clinical information confidential."]),
     ("Governance", ["The steering group comprises the Lead Pharmacist (Primary Care), a GP clinical lead and Caldera's Medical Adviser. No Caldera sales staff will be involved in any part of the project. The clinics follow the local anticoagulation guideline and do not favour any particular anticoagulant."]),
     ("At the end of the project", ["At the end of the 12 months the Board's Primary Care Prescribing Group will decide whether to commission the clinics from core funding. If it does not, patients will revert to review by their own GP practice under the existing local enhanced service, and the pharmacist sessions return to the Board's central pharmacy team. Either organisation may end the project early by giving three months' written notice."]),
     ("Publication", ["A summary of this project will be published on Caldera's website before it starts and a summary of outcomes within six months of the end. Payments will be disclosed as required."])],
    notes="All pass. Resources as a paragraph per organisation; exit indirect (Board decides whether to commission; patients revert to GP; sessions return to central team); patient benefit stated as 'reduce the number of people who...'.",
    check=["reduce the number of people on anticoagulants", "patients will revert to review by their own GP",
           "GBP 42,000", "No Caldera sales staff will be involved"])

# 2 PID - ophthalmology, company contribution TBC -> resource fail
add("02_ashcombe_eye_clinic_pid.pdf", "pid",
    "Ashcombe Hospitals NHS Foundation Trust - Ophthalmology: Virtual Macular Clinic PID",
    [("1. Purpose", ["The ophthalmology service will pilot a virtual clinic for stable patients with wet age-related macular degeneration so that fewer patients lose sight while waiting for follow-up."]),
     ("2. Benefits to patients", ["Shorter waits for monitoring scans, fewer missed follow-up appointments, and less travel for older patients. Patients will complete the NEI VFQ-25 visual function questionnaire at entry and 12 months."]),
     ("3. Measures", ["Primary: proportion of follow-ups seen within the clinically indicated interval; baseline 54% (Medisoft extract, Q4 2025), target 85% by month 12. Secondary: mean VFQ-25 change; number of patients losing 15 letters or more."]),
     ("4. Roles and resources", [[["Organisation", "Contribution"],
                                 ["Ashcombe Hospitals NHS FT", "Two optometrists (1.0 WTE combined, Trust-employed), OCT imaging capacity two sessions per week, clinic administration"],
                                 ["Veridian Pharma Ltd", "Contribution to be confirmed following internal approval"]]]),
     ("5. Data protection and confidentiality", ["The Trust is the data controller; the DPIA was approved by the Trust's Data Protection Officer on 4 February 2026. Veridian will not have access to any patient-identifiable data. Project documents are confidential to the two organisations."]),
     ("6. Governance", ["Project board: Clinical Director for Ophthalmology, Lead Optometrist, Veridian Medical Affairs Manager. No Veridian sales or marketing staff will sit on the board."]),
     ("7. Exit", ["Six months before the end date the project board will agree the transfer of the virtual clinic into the Trust's routine service model. If the Trust cannot sustain it, patients return to face-to-face consultant follow-up and the optometrists' sessions revert to the general eye clinic rota."]),
     ("8. Transparency", ["The executive summary will be published on Veridian's UK website before the project starts; outcomes will be published on completion."])],
    over=dict(resource_contributions="fail"),
    notes="resource-contributions fail: table row for Veridian Pharma Ltd says 'Contribution to be confirmed following internal approval' (section 4). Others pass; exit is indirect.",
    check=["Contribution to be confirmed following internal approval", "patients return to face-to-face consultant follow-up"],
    pdf=dict(header="Ashcombe Hospitals NHS FT - Ophthalmology", footer="PID v0.4 - Confidential"))

# 3 PID - PCN plain English; only end date -> exit fail; benefits only service
add("03_riverside_pcn_copd_pid.docx", "pid",
    "Riverside Primary Care Network - COPD Check-up Project (PID)",
    [("What is this project?", ["Riverside PCN, through its lead practice Riverside Medical Partnership, wants to offer extra COPD check-ups with help from Northgate Respiratory UK Ltd. The practice is the contracting organisation for the network."]),
     ("Why are we doing it?", ["Our practices are busy and COPD reviews are falling behind. This project will free up GP appointments, help practices hit their QOF targets and bring in extra income for the network."]),
     ("Who gives what", ["Riverside Medical Partnership: a practice nurse for two days a week (paid by the practice) and rooms. Northgate Respiratory UK Ltd: GBP 18,500 to pay for nurse backfill and spirometry consumables."]),
     ("How we will know it worked", ["COPD annual reviews done: currently 48% of 910 patients on the register (SystmOne search, January 2026). We are aiming for 80% by January 2027."]),
     ("Keeping information safe", ["The practice stays data controller under UK GDPR. Northgate gets only anonymous totals. Everyone involved keeps project information confidential."]),
     ("Who is involved", ["Practice nurse lead, PCN clinical director and Northgate's respiratory medical adviser. Nobody from Northgate's sales team takes part."]),
     ("When does it end?", ["The project runs from 1 April 2026 to 31 March 2027."]),
     ("Telling people about it", ["We will publish a short summary on the PCN website before we start and our results afterwards. Northgate will list the payment on Disclosure UK."])],
    over=dict(exit_strategy="fail", patient_benefit="fail"),
    notes="exit-strategy fail: 'When does it end?' gives only the end date. patient-benefit fail: 'Why are we doing it?' lists only practice/QOF/income benefits. Resources pass (both named).",
    check=["The project runs from 1 April 2026 to 31 March 2027.", "bring in extra income for the network"])

# 4 Agreement - NHS trust legal services; recitals "in consideration of"; all pass
add("04_harbridge_trust_heart_failure_agreement.pdf", "agreement",
    "Joint Working Agreement - Heart Failure Medicines Optimisation",
    [("Parties", ["THIS AGREEMENT is dated 12 January 2026 and made BETWEEN (1) HARBRIDGE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST of Infirmary Road, Harbridge (the \"Trust\"); and (2) OLVERSTON PHARMACEUTICALS LIMITED, a company incorporated in England and Wales with company number 04417820 (\"Olverston\")."]),
     ("Background", ["(A) The parties wish to work jointly to help patients discharged after a heart failure admission reach optimised treatment sooner, so that fewer are readmitted."]),
     ("1. Contributions", ["1.1 In consideration of the Trust providing 0.8 WTE heart failure specialist nurse time, outpatient clinic space and access to its echocardiography service for the Project, Olverston shall pay the Trust GBP 64,000 in two equal instalments and shall provide 40 hours of data-analysis support from its Real World Evidence team.",
                          "1.2 Payments are not an inducement to prescribe, recommend or purchase any medicine."]),
     ("2. Objectives and measures", ["2.1 The Project will be assessed against: (a) 30-day all-cause readmission, baseline 21% (HES, 2024/25), target 15%; (b) proportion of patients with ejection fraction below 40% on all four guideline-recommended drug classes at 12 weeks, baseline 23%, target 50%; (c) KCCQ-12 patient-reported score at baseline and 6 months."]),
     ("3. Confidentiality", ["3.1 Each party shall keep confidential all Confidential Information of the other and all patient information, and shall not disclose it except as required by law."]),
     ("4. Data protection", ["4.1 The Trust is the controller of all personal data processed in the Project. Olverston shall receive only anonymised aggregate data and shall not process personal data. The parties shall comply with the UK GDPR and the Data Protection Act 2018."]),
     ("5. Governance", ["5.1 The Joint Project Board comprises the Trust's Consultant Cardiologist, Lead HF Nurse and Olverston's Head of Medical Affairs. Olverston confirms that none of its sales or commercial personnel will take part."]),
     ("6. Term and termination", ["6.1 This Agreement ends 18 months after the Commencement Date. 6.2 Either party may terminate on 90 days' written notice. 6.3 On expiry or termination, patients continue under the Trust's heart failure service; the nurse post funded under clause 1 is absorbed into the Trust's cardiology establishment or ends by agreement with the post holder, and any unspent sums are returned to Olverston."]),
     ("7. Transparency", ["7.1 The parties shall publish a summary of this Agreement before the Project starts and a summary of outcomes within six months of completion. Olverston shall disclose the transfers of value on Disclosure UK."]),
     ("Signed", ["Signed for and on behalf of Harbridge University Hospitals NHS Foundation Trust: Priya Mallory, Director of Legal Services. Signed for and on behalf of Olverston Pharmaceuticals Limited: Dr Ewan Cartwright, UK Medical Director."])],
    notes="All pass. Contributions via 'In consideration of...' clause 1.1; exit via clause 6.3; signatories are individuals signing on behalf of organisations (legal-entities pass).",
    check=["In consideration of the Trust providing 0.8 WTE", "absorbed into the Trust's cardiology establishment"],
    pdf=dict(header="Harbridge UH NHS FT - Legal Services", footer="Joint Working Agreement - Execution version"))

# 5 Agreement - party is an individual; company contribution 'as required'
add("05_dr_penhale_diabetes_agreement.docx", "agreement",
    "Collaboration Agreement - Diabetes Foot Screening",
    [("Parties", ["This agreement is between Dr Morwenna Penhale, GP partner, of Trewithen Surgery (\"the Clinician\") and Lanyon Biosciences UK Ltd (\"the Company\")."]),
     ("Purpose", ["To reduce the number of people with diabetes in the practice who develop foot ulcers by offering annual foot risk screening to everyone on the register."]),
     ("Contributions", ["The Clinician will provide clinical leadership and two sessions per month of podiatry assistant time. The Company will provide support as required."]),
     ("Outcomes", ["Proportion of the 1,150 people on the diabetes register with a recorded foot risk score: baseline 57% (EMIS, December 2025), target 90% by December 2026. Minor amputations recorded per year: baseline 3."]),
     ("Confidentiality and data", ["The parties will keep all project and patient information confidential. The practice remains data controller under UK GDPR; the Company receives only anonymised totals."]),
     ("Team", ["Dr Penhale, the practice nurse lead and the Company's medical science liaison. Sales colleagues are excluded from the project."]),
     ("Ending the project", ["Either party may end this agreement with two months' notice. At the end, foot screening continues as part of the practice's annual diabetes review and the podiatry assistant sessions return to normal practice duties."]),
     ("Publication", ["The Company will publish a summary of the project on its website and disclose the payment on Disclosure UK."])],
    over=dict(legal_entities="fail", resource_contributions="fail"),
    notes="legal-entities fail: party is an individual 'Dr Morwenna Penhale, GP partner' (Parties). resource-contributions fail: Company contribution is 'support as required' (Contributions).",
    check=["between Dr Morwenna Penhale, GP partner", "The Company will provide support as required."])

# 6 Executive summary - pharma UK medical director voice, mentions records -> DP required and present
add("06_asthma_biologics_pathway_exec_summary.pdf", "executive-summary",
    "Executive Summary: Severe Asthma Identification Pathway (Joint Working)",
    [("", ["Prepared by the UK Medical Director, Thornbury Respiratory Ltd, with North Kelbrook Integrated Care Board."]),
     ("Aim", ["Many people with poorly controlled asthma take repeated courses of oral steroids without being referred for specialist assessment. The project aims to reduce the number of people who receive three or more courses of oral steroids a year, and to shorten the time to a specialist review."]),
     ("Approach", ["ICB pharmacists will search GP records for patients with frequent steroid use and offer a structured review; where appropriate patients are referred to the regional severe asthma centre according to national criteria."]),
     ("Patient data", ["Record searches are carried out only by NHS staff. The ICB is the data controller, a DPIA has been completed, and Thornbury Respiratory Ltd will see only aggregate, anonymised results."]),
     ("Resources", ["Thornbury contributes 38% of the total project budget of GBP 120,000 (GBP 45,600) to fund pharmacist backfill and evaluation; the ICB contributes the remaining 62% in kind through pharmacist time, respiratory consultant sessions and data analyst support."]),
     ("Governance and transparency", ["No sales representatives or key account managers are involved. This executive summary is published on the Thornbury website before the project begins and the outcomes will be published on completion."])],
    notes="ES mentions GP records, so data-protection applies and passes (ICB controller, DPIA, aggregate only). Resources as percentages of a total budget. Patient benefit indirect ('reduce the number of people who...').",
    check=["38% of the total project budget", "reduce the number of people who receive three or more courses"],
    pdf=dict(two_col=True, footer="Thornbury Respiratory Ltd - UK-JW-2026-011"))

# 7 Executive summary - no patient data mention -> DP n/a; promotional fail
add("07_migraine_service_exec_summary.docx", "executive-summary",
    "Joint Working Executive Summary - Community Headache Service",
    [("Summary", ["Westerfold Community Health Services CIC and Brevant Neuroscience Ltd will set up a community headache clinic run by a GP with an extended role."]),
     ("Benefits", ["Patients with chronic migraine will be seen within six weeks instead of the current 30-week wait for neurology, with fewer emergency department attendances. The project will also increase uptake of Zelvaro, the best-in-class preventive therapy, across the locality."]),
     ("Contributions", ["Westerfold: GP with extended role (one session per week), nurse support and clinic rooms. Brevant: GBP 30,000 towards sessional costs and clinic booking software."]),
     ("Team", ["Clinical lead, service manager and Brevant's medical affairs lead. No sales staff are involved."]),
     ("Publication", ["This summary will be published before the start and results disclosed on completion."])],
    over=dict(promotional_language="fail"),
    notes="promotional-language fail: 'increase uptake of Zelvaro, the best-in-class preventive therapy' (Benefits). No mention of patient data/records/data sharing so data-protection n/a. Patient benefit passes (waits, ED attendances).",
    check=["increase uptake of Zelvaro, the best-in-class preventive therapy"])

# 8 Concept framework - respiratory integrated care team; sales role in delivery
add("08_breathe_easy_concept_framework.pdf", "concept-framework",
    "Concept Framework - Breathlessness Integrated Care Hub",
    [("Concept", ["The Southmoor respiratory integrated care team (Southmoor Community NHS Trust) proposes a joint hub for people with breathlessness of unknown cause, working with Aldergate Pharma UK Ltd."]),
     ("Expected benefit for patients", ["Quicker diagnosis (target under 8 weeks), fewer repeated GP visits, and earlier pulmonary rehabilitation."]),
     ("Proposed contributions", ["Southmoor Community NHS Trust: respiratory physiologist and specialist nurse time, diagnostic equipment. Aldergate Pharma UK Ltd: funding for a 12-month band 6 physiologist post (employed by the Trust) and an independent evaluation."]),
     ("Proposed delivery team", ["Delivery will be led by the Trust's respiratory consultant, supported by Aldergate's Key Account Manager for Southmoor, who will attend hub planning meetings and help engage practices."])],
    over=dict(sales_roles="fail"),
    notes="sales-roles fail: Aldergate's Key Account Manager in the delivery team (Proposed delivery team). Named post funded by company but employed by Trust - resources pass.",
    check=["Aldergate's Key Account Manager for Southmoor"],
    pdf=dict(header="Southmoor Respiratory Integrated Care Team"))

# 9 Outcomes summary - measurable, published
add("09_glaucoma_drops_outcomes_summary.docx", "outcomes-summary",
    "Outcomes Summary - Glaucoma Eye-Drop Adherence Project",
    [("Overview", ["Delivered by Pennick Valley NHS Trust eye service with Sorrelby Ophthalmics Ltd between May 2025 and April 2026."]),
     ("Results", [[["Measure", "Baseline", "Target", "Achieved"],
                   ["Patients able to instil drops correctly (observed technique)", "46%", "75%", "81%"],
                   ["Patients with intraocular pressure at target at 6 months", "58%", "70%", "72%"],
                   ["Missed follow-up appointments", "19%", "10%", "12%"]]]),
     ("What this meant for patients", ["Fewer patients were at risk of further sight loss, and 92% of those surveyed said they felt more confident using their drops."]),
     ("Publication", ["This summary is published on both organisations' websites and the funding is disclosed on Disclosure UK."])],
    notes="All applicable pass; outcomes table with baseline/target/achieved; patient benefit via outcomes and patient-reported confidence.",
    check=["Patients able to instil drops correctly", "felt more confident using their drops"])

# 10 Outcomes summary - qualitative only -> warn; internal -> transparency fail
add("10_frailty_review_outcomes_summary.pdf", "outcomes-summary",
    "Project Close Report and Outcomes - Frailty Medicines Review",
    [("Summary", ["Kestrel Health Board pharmacy team and Amberwell Pharma UK Ltd completed a 12-month project offering structured medication reviews to older people living with frailty."]),
     ("Outcomes", ["Feedback from practices and patients was positive. The reviews were felt to be worthwhile and outcomes continue to be monitored by the pharmacy team. Patients reported feeling better informed about their medicines and some had medicines that were no longer helping them stopped."]),
     ("Distribution", ["Internal - not for publication. For circulation to the project board only."])],
    over=dict(measurable_outcomes="warn", transparency="fail"),
    notes="measurable-outcomes warn: qualitative only ('outcomes continue to be monitored'). transparency fail: 'Internal - not for publication'. Patient benefit passes (better informed, unhelpful medicines stopped).",
    check=["Internal - not for publication", "outcomes continue to be monitored"],
    pdf=dict(footer="Kestrel Health Board - Internal"))

# 11 Agreement - party is 'the ICS'; measurable TBC
add("11_eastvale_ics_lipids_agreement.pdf", "agreement",
    "Memorandum of Joint Working - Lipid Management",
    [("1. Parties", ["1.1 The parties to this memorandum are the Eastvale Integrated Care System (\"the ICS\") and Corvane Pharmaceuticals UK Limited (company number 07712093)."]),
     ("2. Aim", ["2.1 To cut the number of people who have a heart attack or stroke by finding patients with very high cholesterol who are not on treatment and offering them a review."]),
     ("3. Resources", ["3.1 The ICS will provide pharmacist and analyst time (0.4 WTE). 3.2 Corvane will provide GBP 27,000 for pharmacist backfill and a one-off training programme delivered by its medical team."]),
     ("4. Key performance indicators", ["4.1 KPIs TBC at the first project board meeting."]),
     ("5. Confidentiality", ["5.1 Each party will keep confidential information relating to patients and the project secret."]),
     ("6. Data", ["6.1 Searches are run by NHS staff only. The NHS organisation is controller under the UK GDPR and Data Protection Act 2018; Corvane receives no identifiable data."]),
     ("7. Team", ["7.1 Project board: ICS Medicines Optimisation Lead, Corvane Medical Affairs Manager. No sales personnel."]),
     ("8. Ending", ["8.1 Either party may end the memorandum on 60 days' notice. 8.2 At the end, lipid reviews are absorbed into the practices' routine long-term condition reviews and the funded pharmacist sessions revert to the ICB medicines optimisation team."]),
     ("9. Publication", ["9.1 Corvane will publish a summary before start and outcomes on completion, and disclose payments on Disclosure UK."])],
    over=dict(legal_entities="fail", measurable_outcomes="fail"),
    notes="legal-entities fail: party is 'the Eastvale Integrated Care System' with no contracting vehicle (1.1). measurable-outcomes fail: 'KPIs TBC' (4.1).",
    check=["Eastvale Integrated Care System", "KPIs TBC at the first project board meeting"],
    pdf=dict(two_col=True))

# 12 PID - Scottish board, data controller is company -> DP fail, transparency company discretion
add("12_tayburn_psoriasis_pid.docx", "pid",
    "NHS Tayburn Dermatology - Psoriasis Biologic Monitoring PID",
    [("Aims", ["To reduce the number of patients on systemic psoriasis treatment whose blood monitoring is overdue, and to improve quality of life measured by DLQI."]),
     ("Objectives and measures", ["Overdue monitoring: baseline 27% (March 2026 audit), target below 5% by March 2027. Mean DLQI recorded at baseline and 12 months."]),
     ("Resources", ["NHS Tayburn: specialist dermatology nurse 0.5 WTE (employed by NHS Tayburn), phlebotomy capacity. Hollins Dermatology Ltd: funding of GBP 36,000 and a secure monitoring database."]),
     ("Data arrangements", ["Patient names, CHI numbers and results will be entered into the Hollins database. Hollins Dermatology Ltd will act as data controller for the monitoring database."]),
     ("Confidentiality", ["Both organisations will treat patient and project information as confidential."]),
     ("Project team", ["Consultant dermatologist, dermatology nurse, Hollins medical science liaison. No sales staff."]),
     ("Exit", ["On completion the Board will either continue the nurse-led monitoring from core budget or transfer monitoring back to the consultant clinics; the nurse returns to the general dermatology rota. Three months' notice is needed to end early."]),
     ("Publication", ["Results may be published at the company's discretion."])],
    over=dict(data_protection="fail", transparency="fail"),
    notes="data-protection fail: company is data controller and receives identifiable data (Data arrangements). transparency fail: only 'Results may be published at the company's discretion'.",
    check=["Hollins Dermatology Ltd will act as data controller", "Results may be published at the company's discretion."])

# 13 Agreement - contributions in the signature schedule; all pass
add("13_calder_council_smoking_agreement.pdf", "agreement",
    "Joint Working Agreement - Smoking Cessation in Pregnancy",
    [("Parties", ["(1) Calderbrook Metropolitan Borough Council; (2) Calderbrook and District NHS Foundation Trust; (3) Fenwick Healthcare UK Ltd."]),
     ("Purpose", ["To help pregnant women stop smoking, so that fewer babies are born with low birth weight. Success measures: smoking at time of delivery, baseline 12.1% (maternity system 2025), target 8% by March 2027; carbon monoxide-validated quits at 4 weeks, target 45%."]),
     ("Terms", ["Each party shall keep confidential information and patient information confidential. The Trust is data controller and will share only anonymised aggregate figures with the other parties, in line with UK GDPR. No Fenwick sales or marketing staff will participate. Either party may withdraw on three months' notice; at the end the specialist midwife post returns to the Trust's maternity establishment and women still in treatment complete their programme under the council's stop smoking service. Fenwick will disclose all payments on Disclosure UK and the parties will publish the outcomes."]),
     ("Schedule 1 - Signatures and contributions", [[["Party", "Contribution", "Signed for the party by"],
        ["Calderbrook Metropolitan Borough Council", "Stop smoking advisers (0.5 WTE) and nicotine replacement products", "Director of Public Health"],
        ["Calderbrook and District NHS FT", "Specialist midwife (0.6 WTE, Trust-employed) and antenatal clinic space", "Chief Nurse"],
        ["Fenwick Healthcare UK Ltd", "GBP 22,000 to fund the midwife post and CO monitors", "Medical Director UK"]]])],
    notes="All pass. Contributions only in the signature schedule table; three organisational parties (council, FT, Ltd).",
    check=["Schedule 1 - Signatures and contributions", "GBP 22,000 to fund the midwife post"],
    pdf=dict(header="Calderbrook MBC / Calderbrook & District NHS FT / Fenwick Healthcare UK Ltd", footer="JWA-CB-2026"))

# 14 PID - roles without resources -> resource fail; exit "to be explored"
add("14_northlea_heart_valve_pid.pdf", "pid",
    "Northlea Cardiology - Aortic Stenosis Detection Project PID",
    [("Aims", ["Fewer patients with severe aortic stenosis will be diagnosed late or die before treatment; we aim to reduce the average time from murmur to echo to under six weeks."]),
     ("Measures", ["Median time from GP referral to echocardiogram: baseline 17 weeks (Trust PAS, 2025), target 6 weeks by month 9."]),
     ("Roles", [[["Role", "Organisation"],
                 ["Project lead (cardiac physiologist)", "Northlea Teaching Hospitals NHS Trust"],
                 ["Clinical sponsor", "Northlea Teaching Hospitals NHS Trust"],
                 ["Evaluation adviser", "Hartwell Medical UK Ltd"]]]),
     ("Information governance", ["Trust is data controller under UK GDPR; DPIA complete; Hartwell receives anonymised aggregate reports only. All information is confidential."]),
     ("Sales involvement", ["Hartwell's sales function has no role."]),
     ("Exit strategy", ["Exit arrangements are to be explored with the Trust's commissioners during the project."]),
     ("Transparency", ["Both organisations will publish a summary before start and outcomes on completion."])],
    over=dict(resource_contributions="fail", exit_strategy="fail"),
    notes="resource-contributions fail: only a roles table; no money, time or other resources stated for either side. exit-strategy fail: 'to be explored'.",
    check=["Exit arrangements are to be explored", "Evaluation adviser"],
    pdf=dict(two_col=True, footer="Northlea Teaching Hospitals NHS Trust"))

# 15 Agreement - confidentiality standard terms warn; DP 1998 warn; sales contact warn
add("15_ouseford_icb_ckd_agreement.docx", "agreement",
    "Agreement for Joint Working - Chronic Kidney Disease Case-Finding",
    [("Parties", ["NHS Ouseford Integrated Care Board, and Rennick Pharmaceuticals Ltd (registered in England, no. 05530218)."]),
     ("Objectives", ["To find people with undiagnosed chronic kidney disease so they receive treatment earlier and fewer progress to dialysis. Target: urine ACR recorded for 80% of people with diabetes or hypertension by March 2027 (baseline 49%, GP data extract December 2025)."]),
     ("Contributions", ["The ICB provides 0.5 WTE pharmacist and 0.2 WTE data analyst. Rennick provides GBP 31,500 for point-of-care testing and backfill."]),
     ("Confidentiality", ["Confidentiality: standard terms."]),
     ("Data protection", ["The project will comply with the Data Protection Act 1998."]),
     ("Contacts", ["Project queries: ICB Medicines Optimisation Lead. Rennick contact for invoicing: Graham Tolley, Regional Sales Manager."]),
     ("Termination and exit", ["Either party may terminate on 60 days' notice. At the end, case-finding is embedded in the ICB's long-term conditions specification and the analyst time reverts to the ICB business intelligence team."]),
     ("Transparency", ["Rennick will disclose the funding on Disclosure UK."])],
    over=dict(confidentiality="warn", data_protection="warn", sales_roles="warn"),
    notes="confidentiality warn: bare 'Confidentiality: standard terms.' data-protection warn: outdated Data Protection Act 1998 only. sales-roles warn: Regional Sales Manager named only as invoicing contact.",
    check=["Confidentiality: standard terms.", "Graham Tolley, Regional Sales Manager", "Data Protection Act 1998"])

# 16 PID - patient benefit N/A, promotional switch
add("16_wessmere_inhaler_switch_pid.docx", "pid",
    "Wessmere PCN Inhaler Review PID",
    [("Background", ["Wessmere Health Centre, on behalf of practices in the network, and Halden Respiratory Ltd will review inhaler prescribing."]),
     ("Objectives", ["Switch patients to Aerovane Ellipse inhalers across all practices. Target: 600 patients switched by December 2026 (baseline 0)."]),
     ("Patient benefit", ["N/A"]),
     ("Resources", ["Wessmere Health Centre: practice pharmacist time 1 day per week. Halden: GBP 15,000 and review templates."]),
     ("Data and confidentiality", ["Practice is data controller; Halden sees anonymised numbers only (UK GDPR). Project information is confidential."]),
     ("Team", ["Practice pharmacist, GP lead, Halden medical adviser. No sales staff."]),
     ("Exit", ["On notice of two months from either side, the reviews stop and patients continue with usual care from their practice; pharmacist time returns to practice duties."]),
     ("Publication", ["Summary published before start and outcomes after completion."])],
    over=dict(promotional_language="fail", patient_benefit="fail"),
    notes="promotional-language fail: 'Switch patients to Aerovane Ellipse inhalers' (Objectives). patient-benefit fail: 'N/A'; only benefit is product switching.",
    check=["Switch patients to Aerovane Ellipse inhalers", "Patient benefit"])

# 17 Concept framework - company-only contribution -> fail
add("17_cancer_prehab_concept_framework.docx", "concept-framework",
    "Concept Framework: Prehabilitation Before Lung Cancer Surgery",
    [("Idea", ["Kirkhallow Health Board thoracic surgery team and Ostrel Oncology UK Ltd propose a prehabilitation programme so that patients are fitter before surgery, spend fewer days in hospital and recover faster."]),
     ("Contributions", ["Ostrel Oncology UK Ltd would fund an exercise physiologist post for 18 months (GBP 58,000). The Health Board's contribution has not yet been determined."]),
     ("People", ["Consultant thoracic surgeon, lead physiotherapist and Ostrel's medical director. No sales roles."])],
    over=dict(resource_contributions="fail"),
    notes="resource-contributions fail: NHS contribution 'has not yet been determined'; only company's stated.",
    check=["The Health Board's contribution has not yet been determined."])

# 18 Agreement - department as party -> fail; exit negated
add("18_pharmacy_department_epilepsy_agreement.pdf", "agreement",
    "Joint Working Agreement - Epilepsy Medicines Helpline",
    [("Parties", ["This agreement is made between the Pharmacy Department, St Aldric's Hospital, and Marrow Neurology Ltd (company no. 09981234)."]),
     ("Purpose", ["A pharmacist-run helpline so that people with epilepsy can get quick advice on their medicines, reducing avoidable seizures and A&E attendances. Measures: calls answered within one working day (target 95%), epilepsy-related A&E attendances in helpline users versus previous year (baseline 212)."]),
     ("Contributions", ["St Aldric's pharmacy provides a specialist pharmacist for 15 hours per week and the telephone line. Marrow Neurology Ltd provides GBP 24,000 to backfill the pharmacist."]),
     ("Confidentiality and data", ["All calls and records are confidential. The hospital trust is data controller under UK GDPR; Marrow receives only anonymised call statistics."]),
     ("Team", ["Chief pharmacist, epilepsy specialist nurse, Marrow's medical science liaison. Sales representatives are excluded."]),
     ("Exit strategy", ["No exit strategy has been agreed at this stage."]),
     ("Publication", ["The parties will publish a summary before the start and the outcomes on completion."])],
    over=dict(legal_entities="fail", exit_strategy="fail"),
    notes="legal-entities fail: a department ('the Pharmacy Department, St Aldric's Hospital') is the party. exit-strategy fail: negation 'No exit strategy has been agreed'.",
    check=["the Pharmacy Department, St Aldric's Hospital", "No exit strategy has been agreed at this stage."],
    pdf=dict(header="St Aldric's Hospital Pharmacy", footer="Draft for signature"))

# 19 Executive summary - one side missing; ES mentions data sharing without protections -> fail
add("19_hepatitis_c_outreach_exec_summary.pdf", "executive-summary",
    "Executive Summary - Hepatitis C Outreach in Community Pharmacies",
    [("", ["Brindle Liver Services (Brindlemoor NHS Foundation Trust) and Quessant Therapeutics Ltd."]),
     ("Purpose", ["To find and treat people with hepatitis C who are not in contact with services, so that fewer develop liver cirrhosis. Testing is offered in ten community pharmacies."]),
     ("Data sharing", ["Test results and patient contact details will be shared between the pharmacies and the project team."]),
     ("Funding", ["Quessant Therapeutics Ltd will fund pharmacy testing fees and dried blood spot kits (GBP 40,000)."]),
     ("Publication", ["This summary will be published on Quessant's website and payments disclosed on Disclosure UK."]),
     ("Team", ["Hepatology nurse consultant, community pharmacy lead, Quessant medical affairs. No sales personnel involved."])],
    over=dict(resource_contributions="fail", data_protection="fail"),
    notes="resource-contributions fail: only Quessant's funding stated; Trust contribution absent. data-protection applies (mentions data sharing/patient details) and fails: no safeguards, controller or anonymisation stated.",
    check=["Test results and patient contact details will be shared", "GBP 40,000"],
    pdf=dict(two_col=True))

# 20 PID - brand manager on steering group, uptake-only benefit, outcomes absent
add("20_lindmoor_fracture_liaison_pid.docx", "pid",
    "Lindmoor Hospitals NHS Trust - Fracture Liaison Support Project: Project Initiation Document",
    [("About the project", ["Lindmoor Hospitals NHS Trust and Trevane Bone Health Ltd will work together to extend the fracture liaison service to the Lindmoor community hospitals during 2026/27."]),
     ("Expected benefits", ["The main benefit of the project is to increase uptake of Ossivar across the trust and its referring practices."]),
     ("Resources", ["Lindmoor Hospitals NHS Trust: fracture liaison nurse 0.4 WTE (Trust-employed) and DXA scanning slots. Trevane Bone Health Ltd: GBP 26,000 towards nurse backfill."]),
     ("Steering group", ["Fracture liaison nurse, orthogeriatrician, and Trevane's Brand Manager for Ossivar, who will chair the monthly steering group meetings."]),
     ("Information governance", ["The Trust is data controller under UK GDPR and DPA 2018; Trevane receives only anonymised aggregate information. Project and patient information are confidential to the parties."]),
     ("Exit", ["Either party may end the project on three months' notice. At the end the Trust will decide whether to fund the extended service; if not, patients are followed up through the existing hospital-based fracture liaison clinic and the nurse sessions revert to the orthogeriatric team."]),
     ("Publication", ["A summary is published on Trevane's website and the Trust's website before the start and outcomes after completion; payments are disclosed on Disclosure UK."])],
    over=dict(promotional_language="fail", patient_benefit="fail", sales_roles="fail", measurable_outcomes="fail"),
    notes="promotional-language fail: 'increase uptake of Ossivar' (Expected benefits). patient-benefit fail: the only benefit is product uptake. sales-roles fail: Brand Manager chairs the steering group. measurable-outcomes fail: no objectives/KPIs stated anywhere.",
    check=["increase uptake of Ossivar", "Brand Manager for Ossivar", "nurse sessions revert to the orthogeriatric team"])
