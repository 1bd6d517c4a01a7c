"""Executive summaries, concept frameworks and outcomes summaries for tuning9b (all names invented)."""

OTHER = [
 {
  "file": "t9b_es_wound_care_northmoor.pdf", "type": "executive-summary", "layout": "plain",
  "title": "Executive Summary - Community Leg Ulcer Service Redesign",
  "subtitle": "Collaborative working between Northmoor Valley NHS Foundation Trust and Ravelin Pharma UK Ltd",
  "header": "Published in line with Clause 20 of the ABPI Code", "footer": "Executive summary | May 2025",
  "blocks": [
   ("kv", [["Organisations", "Northmoor Valley NHS Foundation Trust; Ravelin Pharma UK Ltd"],
           ["Duration", "June 2025 - May 2026"],
           ["Aim", "Move to a compression-first, nurse-led leg ulcer pathway in community hubs"]]),
   ("h1", "Summary"),
   ("p", "People with venous leg ulcers often receive dressings without a full assessment and wait many months "
         "to heal. The project introduces a full assessment within 14 days and evidence-based compression, "
         "aiming to raise 24-week healing from 38% to 60%."),
   ("h1", "Benefits for patients"),
   ("p", "Faster healing, less pain and odour, fewer recurrences and fewer home visits."),
   ("h1", "Financial and other contributions"),
   ("p", "Ravelin Pharma UK Ltd will provide £46,000 to fund a tissue viability nurse (0.8 WTE) for 12 months and "
         "a training programme for community nurses. Trust contribution: in-kind support to be quantified once "
         "the hub locations are confirmed."),
   ("h1", "Data"),
   ("p", "Only anonymised, aggregate healing data will be shared with Ravelin; the Trust remains data controller "
         "under UK GDPR."),
   ("h1", "Roles"),
   ("p", "Ravelin's involvement is limited to its Medical Affairs team; sales colleagues are not involved."),
   ("h1", "Publication"),
   ("p", "This summary is published before the start of the project and outcomes will be published on completion."),
  ],
  "keys": ["in-kind support to be quantified", "£46,000"],
  "over": {"resource-contributions": "fail", "data-protection": "pass"},
  "notes": "resource-contributions=fail: the company's contribution is quantified but the Trust's is only "
           "'in-kind support to be quantified once the hub locations are confirmed' - a placeholder. "
           "data-protection applies (data sharing mentioned) and passes (anonymised aggregate only, Trust "
           "controller). All other applicable rules pass.",
 },
 {
  "file": "t9b_es_discharge_medicines_kestrel.docx", "type": "executive-summary",
  "title": "Summary of Collaborative Working: Discharge Medicines Service Acceleration",
  "subtitle": "Kestrel Bay Hospitals NHS Trust and Ashdene Biosciences Ltd",
  "header": "Kestrel Bay Hospitals NHS Trust - Pharmacy", "footer": "Executive summary v1 - for publication",
  "blocks": [
   ("h1", "What the project is"),
   ("p", "A 12-month project to speed up the preparation of discharge medicines on four medical wards by adding "
         "a ward-based pharmacy technician team and electronic referral to community pharmacy."),
   ("h1", "Expected benefits"),
   ("table", [["Who", "Benefit"],
              ["Patients", "Patients benefit from a smoother journey through the hospital: 1,100 bed days released "
                           "a year, shorter average length of stay on the medical wards and improved patient flow "
                           "out of the emergency department."],
              ["Trust", "Estimated saving of £310,000 a year in bed costs; fewer delayed discharges reported to the ICB."],
              ["Ashdene", "Insight into discharge processes to inform its NHS partnership work."]]),
   ("h1", "Resources"),
   ("p", "The Trust provides 2.0 WTE pharmacy technicians, 0.2 WTE lead pharmacist and informatics support "
         "(about £98,000). Ashdene provides £60,000 towards electronic referral set-up and a 0.5 WTE project "
         "manager for six months."),
   ("h1", "Involvement"),
   ("p", "Ashdene is represented by its Head of NHS Partnerships; no sales personnel are involved."),
   ("h1", "Publication"),
   ("p", "This summary will be published on both parties' websites before the project begins, and a summary of "
         "outcomes will follow within six months of completion."),
  ],
  "keys": ["1,100 bed days released", "Patients benefit from a smoother journey"],
  "over": {"patient-benefit": "fail"},
  "notes": "patient-benefit=fail: the 'Patients' row is phrased in patient words but lists only system gains "
           "(bed days released, length of stay, patient flow, savings); no direct patient benefit (e.g. safer "
           "discharge, fewer medicine errors) and no statement that care is at least maintained. data-protection "
           "n/a: no patient data or data sharing mentioned. Other applicable rules pass.",
 },
 {
  "file": "t9b_es_hypertension_pharmacy_westhaven.pdf", "type": "executive-summary", "layout": "two",
  "title": "Executive Summary",
  "subtitle": "Hypertension Case-Finding in Community Pharmacies - Westhaven City Council and Merrow Pharma UK Limited",
  "header": "Westhaven City Council | Public Health", "footer": "ES - hypertension case-finding - published",
  "blocks": [
   ("h1", "Background"),
   ("p", "Around one in three adults in Westhaven with high blood pressure does not know it. Community pharmacies "
         "in the most deprived wards will offer free blood pressure checks and ambulatory monitoring."),
   ("h1", "Aims"),
   ("p", "To detect 600 people with previously unknown hypertension over 12 months and refer them to their GP, "
         "reducing their risk of stroke and heart attack."),
   ("h1", "Patient benefit"),
   ("p", "People are diagnosed earlier, close to home and without needing a GP appointment first."),
   ("h1", "Contributions"),
   ("ul", ["Westhaven City Council: £20,000 in pharmacy fees, public health analyst time (0.1 WTE), communications.",
           "Merrow Pharma UK Limited: £32,000 for ambulatory monitors and pharmacist training; 6 days of project support."]),
   ("h1", "Data"),
   ("p", "No patient-identifiable data will be shared with Merrow. Pharmacies record checks in the national "
         "platform; the council receives pseudonymised returns under UK GDPR and a DPIA, and Merrow only sees "
         "ward-level aggregate totals."),
   ("h1", "Involvement"),
   ("p", "Merrow's Medical Affairs Manager sits on the steering group. Merrow's representatives will not visit "
         "participating pharmacies in connection with the project."),
   ("h1", "Publication"),
   ("p", "This summary is published before the project starts; outcomes will be published on the council's and "
         "Merrow's websites and Merrow will disclose the funding on Disclosure UK."),
  ],
  "keys": ["No patient-identifiable data will be shared with Merrow", "ward-level aggregate totals"],
  "over": {"data-protection": "pass"},
  "notes": "All applicable rules pass. data-protection applies (data sharing mentioned) and passes: negation 'No "
           "patient-identifiable data will be shared with Merrow', UK GDPR, DPIA, aggregate-only. Sales roles: "
           "representatives are explicitly kept away (exclusion), not involved.",
 },
 {
  "file": "t9b_cf_mental_health_physical_checks_ridgeway.docx", "type": "concept-framework",
  "title": "Project Concept Framework",
  "subtitle": "Physical Health Checks for People with Severe Mental Illness - Ridgeway and Dunmore ICB / Hensall Medical UK Limited",
  "header": "Concept framework - for discussion", "footer": "PCF SMI checks | draft 3",
  "blocks": [
   ("kv", [["Proposed title", "SMI physical health check outreach"],
           ["NHS organisation", "NHS Ridgeway and Dunmore Integrated Care Board"],
           ["Company", "Hensall Medical UK Limited"],
           ["Type", "Joint working"]]),
   ("h1", "Problem to address"),
   ("p", "Only 46% of people on the SMI register had all six physical health checks last year. People with SMI "
         "die 15-20 years earlier than the general population, mostly from preventable physical illness."),
   ("h1", "Proposed approach"),
   ("p", "Outreach workers and a health check nurse visit people at home, in supported housing or at community "
         "mental health team bases to complete checks and follow-up."),
   ("h1", "Benefits to patients"),
   ("p", "Earlier detection of diabetes, heart disease and respiratory illness in a group that often misses "
         "routine care, and support to stop smoking."),
   ("h1", "Indicative resources"),
   ("table", [["Party", "Indicative contribution"],
              ["Hensall Medical UK Limited", "£55,000 towards a health check nurse and two outreach workers for 12 months; evaluation support"],
              ["Ridgeway and Dunmore ICB", "Will provide input as needed during planning and delivery"]]),
   ("h1", "Next steps"),
   ("p", "Subject to approval by the ICB's joint working panel, a PID will be drafted. Hensall's partnerships "
         "manager will be the contact; sales colleagues will play no part."),
  ],
  "keys": ["Will provide input as needed during planning and delivery", "£55,000"],
  "over": {"resource-contributions": "fail"},
  "notes": "resource-contributions=fail: only the company's contribution has substance; the ICB's entry is "
           "'will provide input as needed' - no staff, time, data or money. Other applicable rules (promo, "
           "sales, patient benefit) pass.",
 },
 {
  "file": "t9b_cf_epilepsy_transition_westhaven.pdf", "type": "concept-framework", "layout": "single",
  "title": "Concept Framework: Young People's Epilepsy Transition Clinic",
  "subtitle": "Westhaven Children's Hospital NHS Foundation Trust and Brackwater Pharmaceuticals Ltd",
  "header": "Westhaven Children's Hospital NHS FT - Neurosciences", "footer": "Concept v1.1",
  "blocks": [
   ("h1", "1. The need"),
   ("p", "Young people with epilepsy moving from children's to adult services often lose contact with specialist "
         "care; missed appointments and unplanned A&E attendances rise sharply between 16 and 19."),
   ("h1", "2. The idea"),
   ("p", "A joint transition clinic run by a paediatric and an adult neurologist with an epilepsy nurse, plus "
         "peer support and a digital seizure diary chosen by the clinical team."),
   ("h1", "3. What young people gain"),
   ("p", "Continuity of care, fewer seizures through better adherence and safety planning, and fewer A&E visits."),
   ("h1", "4. Contributions (indicative)"),
   ("ul", ["Trust: consultant sessions (2 PAs/month paediatric and adult), 0.4 WTE epilepsy nurse, clinic space.",
           "Brackwater Pharmaceuticals Ltd: £30,000 for peer-support sessions and diary licences; 8 days of project "
           "management."]),
   ("h1", "5. People"),
   ("p", "Brackwater will be represented by a Medical Science Liaison. The project is not linked to any "
         "medicine and Brackwater's key account managers will have no involvement."),
  ],
  "keys": ["key account managers will have no involvement", "£30,000"],
  "over": {},
  "notes": "All applicable rules pass (resource-contributions, promotional-language, sales-roles, "
           "patient-benefit). KAM exclusion is a negation; 'not linked to any medicine' is reassuring, not promotional.",
 },
 {
  "file": "t9b_out_cardiac_rehab_calder.pdf", "type": "outcomes-summary", "layout": "plain",
  "title": "Summary of Project Outcomes",
  "subtitle": "Cardiac Rehabilitation Capacity Project - Upper Calder Primary Care Ltd and Calverley Therapeutics UK Ltd",
  "header": "Published summary of outcomes", "footer": "Outcomes summary - January 2025",
  "blocks": [
   ("h1", "Project"),
   ("p", "From January to December 2024 the parties funded extra cardiac rehabilitation sessions delivered in "
         "two community leisure centres."),
   ("h1", "Results against objectives"),
   ("table", [["Objective", "Target", "Achieved"],
              ["Additional rehabilitation sessions per month", "24", "27"],
              ["Hospital rehabilitation slots freed for other referrals", "300", "342"],
              ["Average cost per completed programme", "£520", "£468"],
              ["Referral-to-start wait (median)", "6 weeks", "5 weeks"]]),
   ("h1", "Benefits for patients"),
   ("p", "The service became more efficient: 342 hospital slots were freed up, the cost per programme fell by "
         "10%, and patient throughput increased, so the rehabilitation service now has more capacity."),
   ("h1", "Contributions delivered"),
   ("p", "The federation delivered 0.4 WTE physiotherapy lead time; Calverley delivered £41,000 and 12 days of "
         "project management as agreed."),
   ("h1", "What happened next"),
   ("p", "Sessions continue under the ICB's cardiac rehabilitation contract from January 2025."),
   ("h1", "Publication"),
   ("p", "This summary is published on both organisations' websites; Calverley declared its funding on Disclosure UK."),
  ],
  "keys": ["patient throughput increased", "342 hospital slots were freed up"],
  "over": {"patient-benefit": "fail"},
  "notes": "patient-benefit=fail: the 'Benefits for patients' section lists only service gains (slots freed, "
           "cost per programme, throughput, capacity); the shorter wait appears only as a KPI row (6 vs 5 weeks "
           "target/achieved) and is not stated as a benefit; no clinical or experience outcome for patients. "
           "Measurable outcomes pass (targets vs achieved); transparency passes. No sales roles, no promotion.",
 },
 {
  "file": "t9b_out_stroke_prevention_dunmore.docx", "type": "outcomes-summary",
  "title": "Joint Working Project - Summary of Outcomes",
  "subtitle": "AF Stroke Prevention in Care Homes - NHS Ridgeway and Dunmore ICB and Ravelin Pharma UK Ltd",
  "header": "OFFICIAL - for publication", "footer": "Outcomes report v1.0 | ICB Medicines Optimisation",
  "blocks": [
   ("h1", "Overview"),
   ("p", "Pharmacists reviewed care home residents with atrial fibrillation between April 2023 and March 2024 to "
         "make sure stroke prevention decisions were made with residents and families."),
   ("h1", "Outcomes"),
   ("table", [["Measure", "Baseline", "Target", "Result"],
              ["Residents with AF reviewed", "0", "350", "388"],
              ["Residents with a documented anticoagulation decision", "61%", "90%", "93%"],
              ["Strokes among reviewed residents (12 months)", "14", "-", "8"]]),
   ("h1", "Impact on residents"),
   ("p", "Residents and families had a clear, shared decision about stroke prevention, and fewer residents had "
         "a stroke during the year. No change in falls-related bleeding admissions was seen."),
   ("h1", "Contributions"),
   ("p", "ICB: 0.5 WTE pharmacist; Ravelin: £36,000 and project management (8 days). No sales representative "
         "was involved at any point."),
   ("h1", "Publication"),
   ("p", "This summary is published on the ICB and Ravelin websites and Ravelin's funding is declared on Disclosure UK."),
  ],
  "keys": ["No sales representative was involved at any point", "93%"],
  "over": {},
  "notes": "All applicable rules pass: patient benefit (shared decisions, fewer strokes), measurable outcomes "
           "with baseline/target/result, publication + Disclosure UK, sales exclusion phrased as a negation.",
 },
]
