"""Executive summaries, concept frameworks and outcomes summaries for tuning5b."""
T = "table"
OTHERS = []

# ---------------- executive summaries ----------------
OTHERS.append(dict(name="Executive summary - Calderbrook HF titration clinic.pdf", type="executive-summary", es_data=True, over={},
 notes="All pass. ES mentions anonymised aggregate data, so data-protection applies and passes. Contributions of both parties stated; published before start.",
 check=["Executive Summary", "anonymised", "Halvorsen Pharma UK Ltd"],
 doc=dict(title="Executive Summary of a Joint Working Project: Heart Failure Titration Clinic", header="Halvorsen Pharma UK Ltd | HAL-UK-JW-0031 | Date of preparation: February 2026", footer="Published on halvorsen.co.uk/joint-working before project start",
 sections=[
  ("Project partners", ["Calderbrook Teaching Hospitals NHS Foundation Trust and Halvorsen Pharma UK Ltd."]),
  ("Rationale", ["Patients discharged after a heart failure admission wait many weeks for medicines to be adjusted. A nurse-led titration clinic will see them within 14 days."]),
  ("Expected benefits", ["Patients: quicker optimisation of treatment, fewer readmissions and care closer to home. Trust: released outpatient capacity. Halvorsen: better understanding of heart failure services."]),
  ("Period", ["April 2026 to September 2027."]),
  ("Financial arrangements", ["Halvorsen contributes £71,600 (funding of a 0.6 WTE specialist nurse and project management). The Trust contributes £37,200 in kind (consultant oversight, clinic room, analyst time)."]),
  ("Data", ["Halvorsen will receive only anonymised, aggregated outcome figures; the Trust remains data controller under UK GDPR."]),
  ("Publication", ["This summary is published before the project begins; outcomes will be published within six months of completion, and payments disclosed on Disclosure UK."]),
  ("Contacts", ["Trust: HF Nurse Consultant. Halvorsen: Medical Affairs Manager."]),
 ])))

OTHERS.append(dict(name="ES_Tamsin_community_dermatology.docx", type="executive-summary", es_data=False,
 over={"resource-contributions": "fail"},
 notes="resource-contributions FAIL: 'NHS Wrenfield ICB contribution: TBC'. No mention of patient data/records/data sharing, so data-protection is n/a.",
 check=["Summary of Collaborative Working", "ICB contribution: TBC", "Tamsin Bio UK Ltd"],
 doc=dict(title="Summary of Collaborative Working Agreement - Community dermatology nursing", footer="Tamsin Bio UK Ltd - TAM-UK-0552 - prepared March 2026",
 sections=[
  ("Who", ["NHS Wrenfield Integrated Care Board and Tamsin Bio UK Ltd."]),
  ("Why", ["People with moderate psoriasis wait up to 40 weeks for a specialist appointment. A community nurse will assess them in local clinics."]),
  ("What patients can expect", ["Assessment within 8 weeks close to home, a treatment plan for their skin, and support for the emotional impact of psoriasis."]),
  ("Money and resources", ["Tamsin Bio UK Ltd contribution: £39,000 to fund a 0.8 WTE community dermatology nurse for 12 months.", "NHS Wrenfield ICB contribution: TBC."]),
  ("When", ["Q2 2026 to Q2 2027."]),
  ("Publication", ["Tamsin will publish this summary before the project starts and a summary of outcomes within six months of completion."]),
 ])))

OTHERS.append(dict(name="Executive summary Moorside COPD two-column.pdf", type="executive-summary", es_data=True,
 over={"data-protection": "warn"},
 notes="data-protection WARN: ES says pharmacists will review patient records and only states 'All processing will be GDPR compliant' (bare). Other applicable rules pass.",
 check=["patient records", "GDPR compliant", "Quillon Therapeutics UK Limited"],
 doc=dict(title="Executive Summary - COPD review catch-up in Moorside", columns=2, header="Quillon Therapeutics UK Limited - QTX-UK-0219 - January 2026", footer="Executive Summary - published prior to start",
 sections=[
  ("Organisations", ["Moorside Primary Care Federation Ltd and Quillon Therapeutics UK Limited."]),
  ("Background", ["Annual COPD reviews fell behind during the pandemic. A pharmacist and respiratory nurse will carry out catch-up reviews across 11 practices."]),
  ("Objectives", ["Patients will have inhaler technique checked, a self-management plan agreed and referral to pulmonary rehabilitation where appropriate."]),
  ("How it works", ["A federation pharmacist will review patient records to identify people overdue a review. All processing will be GDPR compliant."]),
  ("Contributions", ["Federation: 0.8 WTE pharmacist (£46,000) and 2 nurse sessions weekly. Quillon: funding of £24,000 for nurse backfill and printed self-management plans."]),
  ("Timescale", ["March 2026 to February 2027."]),
  ("Transparency", ["This summary is published before the project starts; outcomes will be published after completion and the funding disclosed on Disclosure UK."]),
 ])))

OTHERS.append(dict(name="Executive summary - Cwm Alder severe asthma.docx", type="executive-summary", es_data=False,
 over={"promotional-language": "fail"},
 notes="promotional-language FAIL: 'market-leading' and aim to 'switch patients to Respiquell'. Patient benefit passes (fewer steroid courses and attacks). No patient data/records mentioned so data-protection n/a.",
 check=["market-leading", "switch patients to Respiquell", "Maraton Pharma UK Ltd"],
 doc=dict(title="Executive Summary: Severe Asthma Identification Project", footer="Maraton Pharma UK Ltd | MAR-UK-2026-0114",
 sections=[
  ("Partners", ["Cwm Alder University Health Board and Maraton Pharma UK Ltd."]),
  ("Project aims", ["To find people whose asthma remains uncontrolled despite high-dose inhalers, and to switch patients to Respiquell, Maraton's market-leading biologic, where appropriate."]),
  ("Benefits to patients", ["Fewer asthma attacks, fewer courses of oral steroids with their side effects, and an up-to-date personal asthma action plan."]),
  ("Resources", ["Health Board: consultant session weekly and practice pharmacist time (£11,700 in kind). Maraton: funds a respiratory nurse (£48,000)."]),
  ("Dates", ["June 2026 to February 2027."]),
  ("Publication", ["Published before the start; outcomes to follow within six months."]),
 ])))

# ---------------- concept frameworks ----------------
OTHERS.append(dict(name="Concept framework - Harnley diabetes foot checks.docx", type="concept-framework", over={},
 notes="All applicable rules pass: each partner's contribution in a two-row list (council staff time and venues; company funds podiatrist sessions and training), patient benefit stated.",
 check=["Project Concept Framework", "Orrin Health UK Ltd", "podiatry sessions"],
 doc=dict(title="Project Concept Framework - Community diabetes foot check days", footer="Harnley MBC / Orrin Health - concept stage",
 sections=[
  ("Partners", ["Harnley Metropolitan Borough Council (Public Health) and Orrin Health UK Ltd."]),
  ("Purpose", ["Amputation rates in Harnley are above the national average. Drop-in foot check days in leisure centres and mosques could reach people who miss their annual review."]),
  ("Objectives / benefits", ["For residents with diabetes: a foot check without an appointment, early spotting of ulcers and fast-track referral to podiatry. For the council: progress on its diabetes prevention plan. For Orrin Health: learning about community outreach."]),
  ("Resource impact on each partner", ["Council: community health development workers (about 30 days), leisure centre rooms free of charge, publicity. Orrin Health: funding for 24 podiatry sessions (£7,200) and foot-health training for volunteers."]),
  ("Start and length", ["Anticipated start Q4 2026; 9 months."]),
  ("Decision", ["Go-ahead given to proceed to PID."]),
 ])))

OTHERS.append(dict(name="CF Fenmarsh osteoporosis fracture liaison.pdf", type="concept-framework",
 over={"resource-contributions": "fail", "patient-benefit": "fail"},
 notes="resource-contributions FAIL: ICB resources 'as required'; only the company's contribution is stated. patient-benefit FAIL: 'Benefits to patients: N/A'.",
 check=["Concept Framework", "Benefits to patients: N/A", "as required"],
 doc=dict(title="Concept Framework: Fracture Liaison Service scoping", header="Trelawne Pharmaceuticals Ltd / NHS Fenmarsh ICB - concept", footer="Concept framework - for decision",
 sections=[
  ("Partner organisations", ["NHS Fenmarsh Integrated Care Board; Trelawne Pharmaceuticals Ltd."]),
  ("Background", ["Fenmarsh has no fracture liaison service covering its eastern localities."]),
  ("Benefits to patients", ["Benefits to patients: N/A"]),
  ("Benefits to NHS and company", ["ICB: a scoped service specification. Trelawne: insight into bone health service gaps."]),
  ("Resources", ["Trelawne: a project manager 0.2 WTE for 6 months (£8,400). ICB: resources as required."]),
  ("Timing", ["Start Q1 2027, 6 months."]),
  ("Decision", ["Pending."]),
 ])))

OTHERS.append(dict(name="University of Westmere wound care concept note.pdf", type="concept-framework",
 over={"sales-roles": "fail"},
 notes="sales-roles FAIL: Asterby 'Brand Manager (Wound Care)' sits on the proposed working group. Resources pass (equipment loan, training days, university evaluation time, trust nurse time). Two-column.",
 check=["Brand Manager", "University of Westmere", "equipment loan"],
 doc=dict(title="Concept Framework - Digital wound photography in district nursing", columns=2, header="University of Westmere - Health Innovation Partnerships", footer="Concept framework draft",
 sections=[
  ("Prospective partners", ["University of Westmere; Northvale Community Health NHS Trust; Asterby Medical UK Ltd."]),
  ("Why", ["District nurses lose time re-describing wounds at each visit. Standardised photographs could show progress and flag wounds that are not healing."]),
  ("Intended benefits", ["Patients: earlier referral of non-healing wounds, fewer visits and faster healing. Trust: time saved. University: evaluation publications. Asterby: understanding of digital wound pathways."]),
  ("Resources", ["Trust: nurse time to pilot in two teams (about 120 hours). University: 0.2 WTE research assistant for evaluation. Asterby: equipment loan of 20 tablets and two training days for nurses."]),
  ("Proposed working group", ["Trust tissue viability lead, University senior lecturer, Asterby Brand Manager (Wound Care)."]),
  ("Start / length", ["Q3 2026, 12 months."]),
  ("Decision", ["Agreed in principle."]),
 ])))

# ---------------- outcomes summaries ----------------
OTHERS.append(dict(name="Outcomes summary - St Brannoc's Breathing Space.pdf", type="outcomes-summary", over={},
 notes="All applicable rules pass: outcomes with numbers vs baseline, patient benefit described, published within six months and on both websites.",
 check=["Summary of Project Outcomes", "Dyspnoea-12", "St Brannoc"],
 doc=dict(title="Summary of Project Outcomes - Breathing Space", header="St Brannoc's Hospice Ltd and Velmora Biosciences UK Ltd", footer="VEL-UK-0771 | prepared July 2027",
 sections=[
  ("Partners and duration", ["St Brannoc's Hospice Ltd and Velmora Biosciences UK Ltd. April 2026 to March 2027."]),
  ("What we set out to do", ["Offer a four-session breathlessness course to people in the last year of life, before crisis."]),
  ("Results", ["134 patients completed the course (target 120). Mean Dyspnoea-12 fell from 21.4 to 16.9. Out-of-hours calls from enrolled patients fell by 31% compared with the six months before enrolment. 92% of carers said they felt more confident."]),
  ("What it meant for patients", ["People told us they panicked less, slept better and could stay at home. Several avoided an ambulance call at night."]),
  ("Learning", ["Home visits for the first session improved uptake. The service has been taken on by the hospice from April 2027."]),
  ("Publication", ["This summary is published by both partners within six months of completion."]),
 ])))

OTHERS.append(dict(name="Eastholm pulmonary rehab outcomes report.docx", type="outcomes-summary",
 over={"measurable-outcomes": "warn", "transparency": "fail"},
 notes="measurable-outcomes WARN: results are qualitative only ('went well', 'positive feedback'), no figures. transparency FAIL: 'Internal - not for publication'.",
 check=["Internal - not for publication", "Project Outcomes", "went well"],
 doc=dict(title="Project Outcomes - Pulmonary rehabilitation waiting list recovery", footer="Internal - not for publication",
 sections=[
  ("Partners", ["Eastholm Hospitals NHS Trust and Pelham Respiratory UK Ltd."]),
  ("Overview", ["Weekend and evening rehabilitation classes ran from May 2026 to April 2027."]),
  ("Outcomes", ["Overall the project went well. Patients gave positive feedback and staff felt the waiting list had improved. Outcomes were reviewed informally at the steering group."]),
  ("Benefit to patients", ["Patients started rehabilitation sooner and reported feeling less breathless and more able to manage daily activities."]),
  ("Status", ["Internal - not for publication."]),
 ])))

OTHERS.append(dict(name="Outcomes - Ridgeholme renal anaemia pathway.pdf", type="outcomes-summary",
 over={"patient-benefit": "fail"},
 notes="patient-benefit FAIL: benefits section names only Trust savings and company insight; no patient benefit stated anywhere. Measurable outcomes pass (numeric). Two-column.",
 check=["Ridgeholme", "day-case", "Castellan Pharmaceuticals UK Limited"],
 doc=dict(title="Summary of Project Outcomes: Renal anaemia pathway", columns=2, header="Castellan Pharmaceuticals UK Limited - CAS-UK-0912 - November 2027", footer="Outcomes summary",
 sections=[
  ("Partners", ["Ridgeholme NHS Foundation Trust; Castellan Pharmaceuticals UK Limited."]),
  ("Duration", ["March 2026 to August 2027."]),
  ("Results", ["Day-case attendances fell by 410 per year (from 1,380 to 970). Nurse-led reviews in satellite units: 520 against a target of 450. Cost per review fell from £210 to £140."]),
  ("Benefits", ["Trust: 410 fewer day-case attendances, releasing about £96,000 of capacity. Castellan: insight into satellite unit operations."]),
  ("Learning", ["Satellite unit staff needed more training time than planned."]),
  ("Publication", ["Published by Castellan and the Trust within three months of completion; payments disclosed on Disclosure UK."]),
 ])))
