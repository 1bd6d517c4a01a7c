"""tuning14a documents 07-13."""
from tuning14a_common import spec, revtable, GLAS, CORR, SPERRIN, MOURNE, GLENMORAY, ARDMUIR, \
    BROTEIFI


def d07():
    b = [
        ("title", "Project Concept Framework"),
        ("sub", "Community pharmacy inhaler checks - Kinloch Health and Social Care Partnership"),
        ("kv", [("Proposed partners", ARDMUIR + " (Kinloch HSCP Pharmacy Team) and " + GLAS),
                ("Proposer", "Gillian Lamont, Lead Pharmacist, Kinloch HSCP"),
                ("Idea in one line", "Use the 22 community pharmacies in Kinloch to check inhaler technique and spot poorly controlled asthma and COPD at the point of dispensing."),
                ("Problem", "Only 38% of people with asthma in Kinloch had a review last year; community pharmacists see these patients every month but have no structured way to act."),
                ("Who benefits and how", "Patients get a five-minute technique check and, where needed, a fast-track referral to their practice nurse, so fewer people struggle on with uncontrolled symptoms. The HSCP gets better use of Pharmacy First Plus consultations. Glasnant learns how pharmacy-led respiratory care works in a remote and rural setting."),
                ("What each partner would bring", "HSCP: 0.2 WTE project pharmacist, training venue, links to the community pharmacy network and analyst time for Prescribing Information System data. Glasnant: around GBP 25,000 for backfill so that pharmacists can attend training, a project manager for the set-up phase, and an evaluation framework."),
                ("Medicines", "No particular product is involved. Advice follows the Scottish respiratory formulary and SIGN/BTS guidance."),
                ("Company staff involved", "Laura Brodie (Project Manager) and Dr Niamh Quinn (Medical Science Liaison). Commercial field staff would have no part in it."),
                ("Possible start / length", "Autumn 2025, 12 months"),
                ("Next step", "Discuss at HSCP Primary Care Prescribing Group on 6 May; if supported, develop a PID.")]),
        ("p", "Prepared by G. Lamont and L. Brodie, April 2025. For discussion only."),
    ]
    return spec(7, "cf_kinloch_pharmacy_inhaler", "concept-framework", "docx", b,
                "Kinloch HSCP - Concept", "Draft for discussion | v0.2")


def d08():
    b = [
        ("title", "Summary of Project Outcomes"),
        ("sub", "Community Pharmacy Catch-up for Shingles and Pneumococcal Vaccination, NHS Glenmoray (2023-2025)"),
        ("kv", [("Partners", GLENMORAY + " and " + CORR),
                ("Actual start / end", "October 2023 / March 2025"),
                ("Published", "August 2025, on both partners' websites")]),
        ("h", "What we set out to do"),
        ("p", "Many eligible adults in Glenmoray never took up shingles or pneumococcal vaccination when invited by their practice. The project trained and supported 31 community pharmacies to offer catch-up vaccination opportunistically, with a booking line run by the Board's vaccination team."),
        ("h", "Results"),
        ("tbl", [["Indicator", "Before (Sept 2023)", "After (March 2025)", "Target"],
                 ["Shingles coverage, age 70-79", "44.1%", "55.6%", "52%"],
                 ["Pneumococcal coverage, age 65+", "68.9%", "73.0%", "75%"],
                 ["Vaccinations given in community pharmacy", "0", "5,214", "4,000"],
                 ["Median travel distance to vaccination (rural residents)", "19 km", "6 km", "-"]]),
        ("p", "Source: Board vaccination records, analysed by Public Health Intelligence; figures are aggregate and no individual-level data were shared with Corriebank."),
        ("h", "What it meant for people"),
        ("p", "Over five thousand people, most over seventy, were protected against infections that commonly lead to hospital admission at that age, often during a routine visit to their pharmacy and without a second journey. Feedback from 412 people was 96% positive; the commonest comment was that it was easier than getting to the health centre."),
        ("h", "Reflections"),
        ("bul", ["Both partners delivered what they agreed: the Board's vaccination team, data analysts and training leads; Corriebank's funding of pharmacy backfill (GBP 61,000) and project management.",
                 "The pneumococcal target was missed because of a national supply interruption in winter 2024; the steering group agreed to extend by two months rather than change targets.",
                 "The Board has now added community pharmacy catch-up to its routine programme from April 2025, funded from core budgets."]),
        ("h", "Learning for others"),
        ("p", "Agree the data flow with the Board's information governance team first; it took three months. Small rural pharmacies need backfill, not just training. Use existing booking systems rather than building new ones."),
        ("p", "This report is published by both partners within six months of completion and Corriebank's funding is included in its Disclosure UK return."),
    ]
    return spec(8, "out_glenmoray_pharmacy_vaccination", "outcomes-summary", "pdf", b,
                "NHS Glenmoray / Corriebank - Outcomes", "CB-UK-JW-0702 | Date of preparation July 2025",
                layout="ruled")


def d09():
    b = [
        ("title", "Project Amendment Request"),
        ("kv", [("Project", "Mid-Sperrin COPD Review Clinics"),
                ("Amendment no.", "1"),
                ("Project owners", "Dr Ciaran Devlin (Sperrin HSCT); Laura Brodie (Glasnant Respiratory Ltd); Dr Grainne Toner (Mid-Sperrin GP Federation Ltd)"),
                ("Submitted to steering group", "18 September 2025"),
                ("What has changed", "Recruitment to the funded Band 6 respiratory nurse post took eleven weeks longer than planned. Clinics began on 18 August 2025 instead of 2 June 2025."),
                ("Change requested", "Extend the project end date from 29 May 2026 to 31 August 2026 so that the full 12 months of clinics can be delivered. No change to objectives, targets or eligibility."),
                ("Impact on timeline", "Evaluation report moves from July 2026 to October 2026; outcomes summary publication moves to no later than February 2027."),
                ("Impact on finances", "None. Glasnant's funding of GBP 58,000 is unchanged; salary not paid during the vacancy is carried forward to the extension. Trust in-kind time is re-phased."),
                ("Impact on logistics", "Clinic room bookings at both health centres extended by the Trust estates team."),
                ("Documents to update", "Executive summary on Glasnant's website to be re-certified and re-published with the new end date before 29 May 2026; Disclosure UK entry unaffected."),
                ("Retrospective work", "None. The amendment covers future activity only."),
                ("Approved - HSCT", "Dr Ciaran Devlin, 25 September 2025"),
                ("Approved - Glasnant", "Dr Harriet Lowe, Medical Director UK, 26 September 2025"),
                ("Approved - Federation", "Dr Grainne Toner, 25 September 2025")]),
    ]
    return spec(9, "amd_sperrin_copd_extension", "amendment", "docx", b,
                "OFFICIAL", "Amendment form | Mid-Sperrin COPD Review Clinics")


def d10():
    b = [
        ("title", "Project Initiation Document - Eastmuir COPD Hospital at Home"),
        ("sub", "NHS Ardmuir (Eastmuir Health and Social Care Partnership) and Glasnant Respiratory Ltd"),
        revtable([["0.9", "10 Feb 2025", "Shona Baird", "Draft"], ["1.0", "3 Mar 2025", "Laura Brodie", "Final"]]),
        ("h", "Summary"),
        ("p", "Eastmuir's respiratory team will extend its hospital-at-home service so that people with a COPD exacerbation can be treated at home with daily visits and remote monitoring rather than admitted to Ardmuir Royal Infirmary. The project runs from 1 June 2025 to 31 May 2026."),
        ("h", "Objectives"),
        ("tbl", [["Objective", "Measure", "Target"],
                 ["Avoid admissions", "COPD admissions from Eastmuir (SMR01)", "-20% v 2024"],
                 ["Shorter stays when admitted", "Median length of stay", "from 6 to 4 days"],
                 ["Patient experience", "Hospital at Home questionnaire", "90% would choose it again"],
                 ["Follow-up", "Patients seen within 14 days of discharge", "95%"]]),
        ("h", "Patient benefit"),
        ("p", "Patients can recover in their own homes, with less risk of hospital-acquired infection and deconditioning, and with support for self-management and early warning signs so that the next exacerbation is caught sooner."),
        ("h", "Contributions"),
        ("bul", ["NHS Ardmuir / Eastmuir HSCP: consultant oversight (2 PAs a week), existing hospital-at-home nursing team, pharmacy, transport and all clinical equipment - about GBP 110,000 in kind.",
                 "Glasnant: GBP 88,000 for two Band 6 respiratory nurses for twelve months; 0.2 WTE project manager; evaluation analyst time."]),
        ("h", "Governance and project team"),
        ("tbl", [["Name", "Organisation / role", "Project role"],
                 ["Dr Alasdair Fraser", "NHS Ardmuir, Consultant Respiratory Physician", "Chair"],
                 ["Shona Baird", "Eastmuir HSCP, Respiratory Nurse Consultant", "Clinical lead"],
                 ["Laura Brodie", "Glasnant, Project Manager", "Project management"],
                 ["Ross Kinnaird", "Glasnant, Area Sales Manager, Scotland North", "Steering group member - local relationships"],
                 ["Dr Niamh Quinn", "Glasnant, Medical Science Liaison", "Evaluation advice"]]),
        ("h", "Information handling"),
        ("p", "All data handling will be GDPR compliant."),
        ("h", "Confidentiality"),
        ("p", "Information shared between the partners, including clinical information and each organisation's unpublished plans and costs, is confidential and must not be passed to anyone outside the steering group without written agreement. The duty continues after the project ends, subject to FOISA."),
        ("h", "Exit"),
        ("p", "The HSCP will decide by month ten whether to fund the two nursing posts recurrently. If not, remote monitoring ends on 31 May 2026, patients on the caseload at that point are completed by the core hospital-at-home team, and the fixed-term posts end. Either partner can end the project on three months' notice."),
        ("h", "Transparency"),
        ("p", "An executive summary will be certified by Glasnant and published on its website before 1 June 2025. The partners will publish results by the end of November 2026 and Glasnant will include its contribution in Disclosure UK."),
        ("sig", [(ARDMUIR, "Dr Alasdair Fraser", "Consultant Respiratory Physician"), (GLAS, "Owain Jenkins", "NHS Partnerships Lead")]),
    ]
    return spec(10, "pid_eastmuir_copd_hospital_at_home", "pid", "pdf", b,
                "OFFICIAL - Eastmuir COPD Hospital at Home", "PID v1.0", layout="twocol",
                flags={"sales-roles": "fail", "data-protection": "warn"},
                notes="sales-roles fail: Glasnant's Area Sales Manager, Scotland North, sits on the steering group (table). data-protection warn: only 'All data handling will be GDPR compliant' - no controller, DPIA or limits on company access, even though remote monitoring of patients is involved.")


def d11():
    b = [
        ("title", "AGREEMENT FOR JOINT WORKING"),
        ("sub", "Biologic Medicines Specialist Nurse Service"),
        ("p", "Dated: 2 May 2025"),
        ("p", "Parties: (1) BRO TEIFI UNIVERSITY HEALTH BOARD, a local health board established under the National Health Service (Wales) Act 2006, Headquarters, Ffordd y Castell, Aberteifi (\"the Health Board\"); (2) CORRIEBANK BIOLOGICS UK LIMITED (company no. SC512980), 4 Drumsheugh Quay, Edinburgh (\"the Company\")."),
        ("h", "1. Interpretation"),
        ("p", "1.1 In this Agreement: \"Commencement Date\" means 1 July 2025; \"Confidential Information\" means any information of a confidential nature disclosed by one party to the other, including business plans, pricing, clinical protocols and information relating to patients; \"Service\" means the biologic medicines specialist nurse service described in Schedule 1; \"Term\" means 24 months from the Commencement Date."),
        ("h", "2. Purpose"),
        ("p", "2.1 The parties will jointly establish the Service within the Health Board's rheumatology department to give patients starting or changing biologic medicines timely counselling, injection training and monitoring. 2.2 The Service is product-neutral. Medicines are selected by Health Board clinicians in accordance with AWMSG advice and the All Wales contract; the Company shall not seek to influence that selection."),
        ("h", "3. Benefits"),
        ("p", "3.1 Patients: earlier support after diagnosis, fewer missed doses, fewer flares requiring steroid rescue and shorter waits for the monitoring clinic. 3.2 Health Board: capacity in the biologics pathway equivalent to about 1,200 consultant follow-up appointments a year. 3.3 Company: improved understanding of the pathway for patients on biologic therapy."),
        ("h", "4. Obligations of the parties"),
        ("p", "4.1 The Company shall pay the Health Board GBP 118,000 in quarterly instalments in arrears against invoices to fund a 1.0 WTE Band 7 clinical nurse specialist for the Term, and shall provide a project manager (Anil Mehta) for up to 4 days a month. 4.2 The Health Board shall employ and line-manage the nurse, provide consultant supervision (1 PA per week), clinic accommodation and administrative support, and carry out the evaluation using its informatics team."),
        ("h", "5. Measurement"),
        ("p", "5.1 The Health Board will report quarterly to the Joint Project Group on: waiting time from decision-to-treat to first nurse contact (baseline 7 weeks, target 2 weeks); proportion of new starters trained before first dose (baseline 64%, target 95%); steroid rescue courses per 100 patient-years (baseline 38, target 28)."),
        ("h", "6. Joint Project Group"),
        ("p", "6.1 Membership: Dr Gethin Rowlands (chair), the clinical nurse specialist, the Health Board's rheumatology pharmacist, Anil Mehta and Dr Rhodri Beynon (Medical Affairs Lead). No person employed by the Company in a sales or marketing role shall attend or receive papers."),
        ("h", "7. Data protection"),
        ("p", "7.1 The Health Board is controller of all personal data processed in the Service and shall process it in accordance with the UK GDPR and the Data Protection Act 2018. 7.2 The Company shall not have access to any personal data. Reports to the Company contain aggregated anonymised data only, with small numbers suppressed."),
        ("h", "8. Confidentiality"),
        ("p", "8.1 Each party shall keep the other party's Confidential Information confidential and shall not disclose it save to its employees who need to know it for the purposes of this Agreement. 8.2 The obligations in clause 8.1 apply for a period of six months from the date on which the relevant Confidential Information is disclosed. 8.3 Clause 8.1 does not apply to information which the Health Board is required to disclose under the Freedom of Information Act 2000."),
        ("h", "9. Publication and disclosure"),
        ("p", "9.1 Before the Commencement Date the Company shall publish on its website a summary of this Agreement approved by both parties. 9.2 Both parties shall publish a summary of outcomes within six months of the end of the Term. 9.3 The Company shall disclose payments under this Agreement on Disclosure UK."),
        ("h", "10. Termination"),
        ("p", "10.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is irremediable or, if remediable, is not remedied within 30 days of notice, or if the other party becomes insolvent or enters administration. 10.2 Clauses 7, 8 and 9 survive termination."),
        ("h", "11. Anti-bribery"),
        ("p", "11.1 Each party shall comply with the Bribery Act 2010 and with the ABPI Code of Practice. This Agreement is not conditional on, and shall not be linked to, the purchase, prescription or supply of any Company product."),
        ("h", "12. Disputes and law"),
        ("p", "12.1 The parties shall try to resolve any dispute through the Joint Project Group and then between the Health Board's Medical Director and the Company's General Manager. 12.2 This Agreement is governed by the law of England and Wales."),
        ("sig", [(BROTEIFI, "Dr Siân Pritchard", "Medical Director"), (CORR, "Fiona Strachan", "Partnerships Manager")]),
    ]
    return spec(11, "agr_broteifi_biologics_nurse", "agreement", "pdf", b,
                "Bro Teifi UHB - Corriebank | Joint Working Agreement", "Commercial in confidence",
                flags={"confidentiality": "warn", "exit-strategy": "warn"},
                notes="confidentiality warn: clause 8.2 makes the duty lapse six months after each disclosure. exit-strategy warn: termination only for material breach or insolvency; no ordinary notice, nothing on patients on the nurse caseload or the funded post at the end of the Term.")


def d12():
    b = [
        ("title", "Shingles Vaccination in Community Pharmacy - Project Summary"),
        ("sub", "Collaborative working between NHS Glenmoray and Corriebank Biologics UK Limited"),
        ("h", "Background"),
        ("p", "Shingles vaccine coverage among people in their seventies in Glenmoray lags the Scottish average, particularly in the island and glen communities where the nearest health centre can be an hour away. The Board wants to test whether community pharmacies can offer vaccination to eligible adults closer to home."),
        ("h", "Objectives"),
        ("bul", ["Offer shingles vaccination in up to 20 community pharmacies across Glenmoray.",
                 "Establish a simple referral route from GP practices to participating pharmacies.",
                 "Evaluate whether the model should continue after the pilot."]),
        ("h", "Expected benefits"),
        ("p", "The project is expected to deliver improved outcomes for the local population, better use of community pharmacy capacity for the Board and, for Corriebank, an improved understanding of the delivery of adult immunisation programmes."),
        ("h", "Period"),
        ("p", "Anticipated start November 2025; anticipated completion October 2026."),
        ("h", "Financial arrangements and roles"),
        ("kv", [("Corriebank", "GBP 54,000 to the Board for pharmacy training, backfill and a 0.5 WTE co-ordinator post; 20 days of project management by Anil Mehta."),
                ("NHS Glenmoray", "Support and engagement from the Board's vaccination programme and community pharmacy teams.")]),
        ("h", "Publication"),
        ("p", "Corriebank will publish this summary on its UK collaborative working page before the project starts. A summary of outcomes will be published by Corriebank and NHS Glenmoray no later than six months after completion."),
        ("h", "Accountable leads"),
        ("p", "Euan Rattray, Lead Pharmacist - Community Pharmacy, NHS Glenmoray (euan.rattray@glenmoray.example.scot); Anil Mehta, Project Manager, Corriebank (amehta@corriebank.example.com)."),
        ("p", "Job code CB-UK-JW-0830. Date of preparation: September 2025."),
    ]
    return spec(12, "es_glenmoray_shingles_pharmacy", "executive-summary", "docx", b,
                "Corriebank Biologics UK Limited", "Executive summary - public",
                flags={"resource-contributions": "fail", "patient-benefit": "warn"},
                notes="resource-contributions fail: the Board's side is only 'support and engagement' with no resource named. patient-benefit warn: benefit to patients only as vague 'improved outcomes for the local population'. data-protection n/a: the ES does not mention patient data.")


def d13():
    b = [
        ("title", "Mourne Coast Biosimilar Infliximab Education Programme"),
        ("sub", "Project Initiation Document | Mourne Coast HSCT Gastroenterology and Corriebank Biologics UK Limited"),
        ("kv", [("Version", "1.2, 21 July 2025"),
                ("Author", "Anil Mehta, Project Manager, Corriebank"),
                ("Trust sponsor", "Dr Aisling Rooney, Consultant Gastroenterologist"),
                ("Duration", "October 2025 - September 2026")]),
        ("h", "1. Background and rationale"),
        ("p", "The Trust's IBD service looks after about 780 patients receiving intravenous infliximab at the Ards day unit. Regional procurement in Northern Ireland now allows more than one infliximab biosimilar. The service would like patients to be well informed and confident when a change of product is discussed with them."),
        ("p", "The programme will support the Trust to transition eligible patients to Corriebank's Tenvora, the market-leading infliximab biosimilar with the most convenient infusion schedule available, through patient education sessions and nurse-led counselling."),
        ("h", "2. Objectives and KPIs"),
        ("tbl", [["KPI", "Baseline", "Target (Sept 2026)", "Source"],
                 ["Patients attending an education session before any product change", "n/a", "80%", "Trust IBD database"],
                 ["Patients reporting confidence in their treatment (IBD-Control PROM)", "62%", "80%", "PROM survey"],
                 ["Infusion chair time per patient", "2.5 h", "2.0 h", "Day unit records"]]),
        ("h", "3. Benefits"),
        ("p", "Patients will have clear information about their treatment and a named IBD nurse to contact with concerns, reducing anxiety and missed infusions. The Trust will release day-unit capacity."),
        ("h", "4. Resources"),
        ("p", "Corriebank: GBP 48,500 for a 0.8 WTE Band 7 IBD nurse for 12 months, printed education materials reviewed by the Trust, and project management. Trust: consultant time (1 PA/week), day-unit facilities, IBD pharmacist time (0.1 WTE), data extraction and evaluation."),
        ("h", "5. Governance"),
        ("p", "Steering group: Dr Aisling Rooney (chair), Paul Magennis (Head of Pharmacy), IBD nurse specialist, Anil Mehta, Dr Rhodri Beynon. Corriebank employees with a promotional role are excluded from the programme."),
        ("h", "6. Data protection and confidentiality"),
        ("p", "The Trust is data controller. A DPIA has been approved by the Trust's Personal Data Guardian. Corriebank will receive aggregate anonymised data only. Both organisations will protect confidential clinical and commercial information shared during the programme, including after it ends, subject to FOI obligations."),
        ("h", "7. Exit"),
        ("p", "The nurse post is a Trust fixed-term appointment; before month 9 the Trust will decide whether to fund it substantively. Patients will continue to be cared for by the IBD team whatever the decision. Either party may end the project on 90 days' notice."),
        ("h", "8. Publication"),
        ("p", "Results may be published at Corriebank's discretion following completion of the programme."),
    ]
    return spec(13, "pid_mourne_infliximab_education", "pid", "docx", b,
                "Mourne Coast HSCT | Corriebank", "PID v1.2 - draft for certification",
                flags={"promotional-language": "fail", "transparency": "fail"},
                notes="promotional-language fail: aims to 'transition eligible patients to Corriebank's Tenvora, the market-leading infliximab biosimilar' - brand with superlative claim and switch to company product. transparency fail: only 'results may be published at Corriebank's discretion'; no ES publication before start or Disclosure UK.")


DOCS = [d07, d08, d09, d10, d11, d12, d13]
