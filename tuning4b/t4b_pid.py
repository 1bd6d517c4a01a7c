"""Nine PIDs for tuning4b. All organisations, people and products are fictional."""
from t4b_common import mk

DOCS = []

# P1 children's hospital, fully compliant
DOCS.append(mk(
    "NCH_Epilepsy_Reviews_Closer_To_Home_PID_v1.2.docx", "pid",
    "Project Initiation Document: Paediatric Epilepsy Reviews Closer to Home",
    [
        ("t", [["Field", "Detail"],
               ["Project title", "Paediatric Epilepsy Reviews Closer to Home"],
               ["Version / status", "1.2, agreed by Project Board 14 May 2026"],
               ["Company certification", "Approval code CBX-UK-0412, date of preparation May 2026"]]),
        ("h1", "1. Why this project is needed"),
        ("p", "Northfold Children's Hospital NHS Foundation Trust runs the only tertiary epilepsy "
              "service for a catchment of roughly 1.4 million people. Children with established "
              "epilepsy are reviewed every six months in the main outpatient building, which means a "
              "round trip of up to 90 miles for families on the western coast. Clinic letters show "
              "that one review in five is rebooked because a parent cannot take time off work or "
              "the child is too unwell to travel."),
        ("h1", "2. Aims and objectives"),
        ("p", "The aim is to move routine follow-up into four satellite clinics run in community "
              "child health centres, supported by a video link to the consultant team."),
        ("b", ["Objective 1: by 31 March 2027, 60% of routine epilepsy reviews (baseline 0%) are "
               "delivered at a satellite clinic or by video, measured monthly from the outpatient "
               "activity system.",
               "Objective 2: reduce the rebooking rate for epilepsy reviews from 21% (2025/26 "
               "baseline) to 10% or lower by the end of the project.",
               "Objective 3: 85% of families responding to the clinic questionnaire rate the new "
               "arrangement as good or very good (survey at months 6 and 12)."]),
        ("h1", "3. Predicted benefits"),
        ("t", [["For", "Benefit"],
               ["Children and families", "Families will no longer need to travel to the city "
                "centre for a routine review; fewer missed school days and shorter waits for a "
                "seizure plan update."],
               ["The Trust", "Freed outpatient capacity in the main building for new referrals; "
                "a tested model for other paediatric specialties."],
               ["Calderbrook Pharmaceuticals UK Ltd", "Better understanding of how paediatric "
                "neurology services can be organised around families; shared learning for future "
                "collaborative projects. No link to the use of any medicine."]]),
        ("h1", "4. Partner organisations and accountable leads"),
        ("t", [["Organisation", "Registered address", "Accountable lead"],
               ["Northfold Children's Hospital NHS Foundation Trust", "Harbour Road, Northfold NF2 7QP",
                "Dr Imogen Stavely, Consultant Paediatric Neurologist, i.stavely@northfold-ch.nhs.example"],
               ["Calderbrook Pharmaceuticals UK Ltd", "Unit 4, Riverside Park, Reading RG1 9XX",
                "Tom Achebe, Head of Medical Partnerships, t.achebe@calderbrook.example"]]),
        ("h1", "5. Who provides what"),
        ("b", ["The Trust: consultant and epilepsy nurse specialist time (about 0.4 WTE, valued at "
               "GBP 38,000), clinic rooms at four community sites, clinical governance and the "
               "outpatient data needed for evaluation.",
               "Calderbrook: GBP 52,000 towards a fixed-term Band 6 clinic coordinator and video "
               "equipment, plus project management support from its partnerships team (about 20 "
               "days, valued at GBP 9,000)."]),
        ("h1", "6. Dates and structure"),
        ("p", "Start: Q3 2026. Completion: 31 March 2027 with a three-month evaluation period. A "
              "Project Board chaired by the Trust's Clinical Director for Neurosciences meets every "
              "six weeks; Calderbrook attends through its medical partnerships lead only."),
        ("h1", "7. Exit and wind-down"),
        ("p", "Either organisation may end the project with 90 days' written notice. If that "
              "happens, or at the planned end, every child already booked into a satellite clinic "
              "keeps that appointment and is then offered a review at the main site or, if the "
              "Trust has adopted the model, at the satellite site under normal commissioning. The "
              "coordinator post is fixed term; the Trust will consider absorbing it into its "
              "establishment following the evaluation, and no clinical care depends on company "
              "funding after the end date."),
        ("h1", "8. Information governance and confidentiality"),
        ("p", "The Trust is data controller for all clinical records. A DPIA was approved by the "
              "Trust's Caldicott Guardian in April 2026. Calderbrook receives only anonymised, "
              "aggregated activity figures; it has no access to records or to any information "
              "that could identify a child. Project papers marked confidential, including costings, "
              "are kept within the Project Board and are not shared outside it without agreement."),
        ("h1", "9. Publication"),
        ("p", "Calderbrook will publish an executive summary on its UK website before the first "
              "satellite clinic opens, and both partners will publish a summary of outcomes within "
              "six months of completion. The payment will be disclosed on Disclosure UK."),
    ],
    must=["Families will no longer need to travel", "90 days' written notice",
          "anonymised, aggregated activity figures"]))

# P2 ambulance trust: exit only an end date; Regional Sales Director on steering group
DOCS.append(mk(
    "Westmoor_AS_Hypo_Pathway_PID.pdf", "pid",
    "PID - Hypoglycaemia Non-Conveyance Pathway (Westmoor Ambulance Service)",
    [
        ("h1", "Background"),
        ("p", "Crews from Westmoor Ambulance Service NHS Trust attend around 3,100 calls a year "
              "for low blood sugar in people with diabetes. Most patients recover at scene after "
              "treatment, but about 40% are still conveyed to an emergency department because no "
              "follow-up route exists. Many of them wait hours in corridors for a problem that "
              "has already resolved, and the episode is rarely passed back to the diabetes team."),
        ("h1", "Aims"),
        ("p", "Build a safe referral route so that a patient treated at home for hypoglycaemia can "
              "stay at home and is contacted within two working days by a diabetes specialist "
              "nurse, who reviews the cause and adjusts the care plan."),
        ("b", ["Conveyance rate for uncomplicated hypoglycaemia: reduce from 40% to 25% by "
               "month 12 (source: electronic patient care record).",
               "Referral completion: 90% of non-conveyed patients contacted within two working "
               "days (source: diabetes service referral log).",
               "Re-attendance within 30 days: no increase from the 2025 baseline of 6%."]),
        ("h1", "Benefits"),
        ("p", "Patients avoid an unnecessary hospital trip and get a specialist review that can "
              "prevent a repeat episode. The Trust frees ambulance hours and ED space. Orrin Health "
              "UK Ltd gains insight into emergency diabetes pathways in the region."),
        ("h1", "Partners and leads"),
        ("t", [["Partner", "Address", "Lead"],
               ["Westmoor Ambulance Service NHS Trust", "Ambulance HQ, Hollins Way, Westmoor WM4 2AB",
                "Priya Nandra, Consultant Paramedic, priya.nandra@westmoor-as.nhs.example"],
               ["Orrin Health UK Ltd", "9 Canal Street, Manchester M1 3ZZ",
                "Dr Felix Horne, Medical Lead Diabetes, felix.horne@orrin.example"]]),
        ("h1", "Contributions"),
        ("p", "Westmoor provides clinical leadership, paramedic training time (about 600 staff "
              "hours), changes to the electronic record and analyst support. Orrin funds a "
              "0.6 WTE diabetes specialist nurse for 12 months (GBP 34,500) and the design of "
              "the training package (GBP 6,000)."),
        ("h1", "Steering group"),
        ("p", "The steering group meets monthly and includes the Consultant Paramedic (chair), "
              "the Diabetes Nurse Consultant from Westmoor General, Orrin's Medical Lead Diabetes "
              "and Orrin's Regional Sales Director for the North, who will advise on regional "
              "stakeholder engagement and attend each meeting."),
        ("h1", "Timeline and project closure"),
        ("t", [["Milestone", "Date"],
               ["Training complete", "September 2026"],
               ["Pathway live", "October 2026"],
               ["Interim review", "April 2027"],
               ["Project end", "30 September 2027"]]),
        ("p", "The project will end on 30 September 2027."),
        ("h1", "Information governance"),
        ("p", "Referrals pass from the ambulance record to the diabetes service over NHSmail. The "
              "Trust is data controller, processing is under UK GDPR Article 6(1)(e) and 9(2)(h), "
              "and a DPIA has been completed. Orrin receives only aggregated monthly counts and "
              "never sees patient-identifiable information."),
        ("h1", "Confidentiality"),
        ("p", "Patient information stays within NHS systems. Commercially sensitive project "
              "information, including the costing model, is shared only between steering group "
              "members and is treated as confidential by both organisations."),
        ("h1", "Publication"),
        ("p", "An executive summary will be published by Orrin before go-live and outcomes will "
              "be published by both partners within six months of the end date."),
    ],
    bad={"exit-strategy": "fail", "sales-roles": "fail"},
    notes="exit-strategy fail: 'Timeline and project closure' gives only the end date, nothing on "
          "patients/nurse post/early termination. sales-roles fail: Orrin's Regional Sales Director "
          "sits on the steering group.",
    must=["Regional Sales Director", "The project will end on 30 September 2027."]))

# P3 dental network: confidentiality 'standard terms' (warn); outcomes only qualitative (warn)
DOCS.append(mk(
    "Southmere_Care_Home_Oral_Health_PID.docx", "pid",
    "Project Initiation Document - Mouth Care Matters in Care Homes (Southmere)",
    [
        ("h1", "Project title"),
        ("p", "Mouth Care Matters in Care Homes: a joint project of Southmere Community Dental "
              "Services CIC, Southmere and Tiverdale ICB and Halvard Pharma UK Ltd."),
        ("h1", "Background"),
        ("p", "Residents of nursing homes in Southmere have high rates of untreated decay and "
              "denture problems. Care staff tell us they lack confidence with mouth care for people "
              "living with dementia, and dental teams are usually called only when pain has already "
              "started. Aspiration pneumonia admissions from care homes are higher in Southmere "
              "than the regional average."),
        ("h1", "Aims and objectives"),
        ("b", ["Train care home staff in daily mouth care using a short, practical programme.",
               "Give each participating home a named community dental contact.",
               "Introduce an oral health assessment on admission to the home."]),
        ("h1", "Expected outcomes"),
        ("p", "We expect residents to have cleaner mouths and fewer episodes of pain, and care "
              "staff to feel more confident. Outcomes will be monitored by the steering group "
              "throughout the project and discussed at each meeting."),
        ("h1", "Benefits by partner"),
        ("p", "Residents: less pain, better eating and fewer avoidable infections. NHS: fewer "
              "emergency dental call-outs and admissions. Halvard: experience of working with "
              "community dental services on prevention."),
        ("h1", "Partner organisations"),
        ("t", [["Organisation", "Address", "Lead and contact"],
               ["Southmere Community Dental Services CIC", "2 Quay Lane, Southmere SM1 4DD",
                "Rhiannon Beck, Clinical Director, r.beck@smcds.example"],
               ["Southmere and Tiverdale ICB", "Civic Offices, Tiverdale TD3 8LL",
                "Marcus Oyelaran, Head of Primary Care Dental Commissioning, m.oyelaran@sticb.nhs.example"],
               ["Halvard Pharma UK Ltd", "Halvard House, Slough SL1 2AA",
                "Dr Aisling Doherty, Medical Affairs Manager, a.doherty@halvard.example"]]),
        ("h1", "Resources"),
        ("t", [["Partner", "Contribution"],
               ["Southmere CDS CIC", "Two dental therapists for one day a week each; training "
                "delivery; clinical oversight (in kind, about GBP 27,000)"],
               ["ICB", "Commissioning lead time, care home liaison, evaluation analyst (in kind, "
                "about GBP 8,500)"],
               ["Halvard", "GBP 22,000 for training materials, printing and backfill for care "
                "staff attending sessions"]]),
        ("h1", "Dates"),
        ("p", "Start Q4 2026; completion 30 November 2027."),
        ("h1", "Exit strategy"),
        ("p", "If any partner withdraws early it must give two months' notice. Training materials "
              "become the property of the CIC and stay in use; homes keep their named dental "
              "contact as part of the CIC's core service, which the ICB has agreed to continue "
              "funding if the evaluation is positive."),
        ("h1", "Confidentiality"),
        ("p", "Confidentiality: standard terms."),
        ("h1", "Data protection"),
        ("p", "Resident assessments are held by the CIC as data controller under UK GDPR and the "
              "Data Protection Act 2018. Halvard will not see any resident information; it receives "
              "only anonymised summary figures."),
        ("h1", "Transparency"),
        ("p", "Halvard will publish the executive summary before the start, and the partners will "
              "publish an outcomes summary within six months of completion."),
    ],
    bad={"confidentiality": "warn", "measurable-outcomes": "warn"},
    notes="confidentiality warn: only 'Confidentiality: standard terms.' measurable-outcomes warn: "
          "objectives and outcomes are qualitative ('will be monitored by the steering group'), no "
          "numbers, baselines or data sources.",
    must=["Confidentiality: standard terms.", "Outcomes will be monitored by the steering group"]))

# P4 regional cancer alliance, compliant, SMART objectives
DOCS.append(mk(
    "NPCA_Lung_Navigator_PID_final.pdf", "pid",
    "North Pennine Cancer Alliance - Lung Pathway Navigator Project: Initiation Document",
    [
        ("h1", "1 Summary"),
        ("p", "North Pennine Cancer Alliance, hosted by Ribbledale Teaching Hospitals NHS "
              "Foundation Trust, and Ashgrove Oncology UK Ltd propose a 15-month project to put "
              "a non-clinical pathway navigator into the suspected lung cancer pathway at two "
              "hospitals. The navigator tracks each patient from referral to first treatment, "
              "books tests in the right order and makes sure nobody is lost between teams."),
        ("h1", "2 Rationale"),
        ("p", "Only 54% of patients in the Alliance area met the 62-day standard for lung cancer "
              "in 2025. Audit showed that delays are mostly administrative: scans booked out of "
              "sequence, results not passed on and patients not told what happens next."),
        ("h1", "3 SMART objectives"),
        ("t", [["Objective", "Measure and source", "Baseline", "Target and date"],
               ["Faster diagnosis", "28-day Faster Diagnosis Standard, lung (Cancer Waiting Times data)",
                "61%", "75% by June 2027"],
               ["Timely treatment", "62-day standard, lung", "54%", "68% by September 2027"],
               ["Patient experience", "Navigator survey: 'I knew what would happen next'",
                "n/a (new)", "80% agree, surveyed quarterly"]]),
        ("h1", "4 Expected benefits"),
        ("p", "Patients get a single named contact and a shorter, less anxious wait for diagnosis "
              "and treatment. The NHS gains better performance against cancer standards and a "
              "costed model for the navigator role. Ashgrove gains understanding of pathway "
              "redesign in lung cancer, which informs its support for services generally; the "
              "project does not involve any Ashgrove medicine."),
        ("h1", "5 Partners"),
        ("t", [["Organisation", "Registered address", "Accountable lead"],
               ["Ribbledale Teaching Hospitals NHS Foundation Trust (host of the Alliance)",
                "Ribbledale Hospital, Moor Lane, Ribbledale RB2 6TT",
                "Helen Marwood, Alliance Managing Director, helen.marwood@npca.nhs.example"],
               ["Ashgrove Oncology UK Ltd", "30 Albion Street, Leeds LS1 6HX",
                "Dr Samir Qureshi, Medical Director UK, s.qureshi@ashgrove.example"]]),
        ("h1", "6 Contributions of each party"),
        ("p", "Alliance / host Trust: respiratory physician and cancer manager time (0.3 WTE in "
              "total, valued GBP 31,000), office base and IT for the navigators, performance data "
              "and analysis. Ashgrove: GBP 71,000 to fund two Band 4 navigator posts employed by the "
              "Trust for 15 months, and an independent evaluation partner (GBP 12,000)."),
        ("h1", "7 Timescales and governance"),
        ("p", "Start: Q2 2026. Completion: 30 September 2027. A Joint Project Group (clinical lead, "
              "cancer manager, Ashgrove medical director, evaluation partner) reports quarterly to "
              "the Alliance Board. Ashgrove staff do not have any role in patient contact."),
        ("h1", "8 Exit strategy"),
        ("p", "The navigator posts are employed by the Trust on fixed-term contracts. Six months "
              "before the end date the Alliance Board will decide, using the evaluation, whether to "
              "fund the posts recurrently. If the project is stopped early (three months' notice by "
              "either side), navigators complete the pathway for patients already on their list and "
              "the existing cancer tracking team resumes responsibility; staff are redeployed under "
              "the Trust's organisational change policy."),
        ("h1", "9 Confidentiality and data"),
        ("p", "Patient information is confidential and is handled only by Trust staff. The Trust "
              "is data controller; processing relies on UK GDPR Articles 6(1)(e) and 9(2)(h) and a "
              "DPIA has been signed off. Ashgrove and the evaluation partner receive anonymised, "
              "aggregated waiting-time data only. Each party keeps the other's commercially "
              "sensitive information confidential, subject to the Trust's duties under FOIA."),
        ("h1", "10 Publication"),
        ("p", "An executive summary will appear on Ashgrove's website before the project starts; "
              "results will be published by the Alliance and Ashgrove within six months of the end."),
    ],
    must=["SMART objectives", "75% by June 2027", "three months' notice"]))

# P5 eye care: exit 'discuss next steps' (fail); NHS/optometry contribution TBC (fail)
DOCS.append(mk(
    "brackenfield-amd-monitoring-pid.md", "pid",
    "Community Monitoring of Stable Wet AMD - Project Initiation Document",
    [
        ("h1", "Project title"),
        ("p", "Community Monitoring of Stable Wet AMD in Brackenfield"),
        ("h1", "Background"),
        ("p", "The macular clinic at Eastvale University Hospitals NHS Trust sees more than 900 "
              "patients with neovascular (wet) age-related macular degeneration. Many of them are "
              "stable and only need imaging and a visual acuity check, yet they queue alongside "
              "patients who need urgent injections. Older patients often depend on relatives or "
              "hospital transport to get there."),
        ("h1", "Objectives"),
        ("b", ["Transfer at least 200 stable patients to monitoring in four accredited community "
               "optometry practices by month 9.",
               "Keep the proportion of transferred patients who lose 15 or more letters of acuity "
               "below 3% over 12 months (hospital virtual clinic records).",
               "Cut average macular clinic waiting time from 11 weeks to 6 weeks by month 12."]),
        ("h1", "Patient and system benefit"),
        ("p", "Patients with stable disease will be checked at a high-street practice near home, "
              "usually within walking distance or a short bus ride, instead of a 40-minute journey "
              "to the eye unit. Clinic capacity is released for patients who need treatment. "
              "Veridane Ophthalmics UK Ltd learns how shared-care monitoring can be organised."),
        ("h1", "Partners and leads"),
        ("t", [["Partner", "Address", "Lead"],
               ["Eastvale University Hospitals NHS Trust", "Eastvale Road, Eastvale EV1 1AA",
                "Mr Daniel Ferris, Consultant Ophthalmologist, d.ferris@eastvale.nhs.example"],
               ["Brackenfield Community Eye Care Ltd", "14 Market Place, Brackenfield BF3 2RT",
                "Shona Pike, Optometrist Director, shona@bcec.example"],
               ["Veridane Ophthalmics UK Ltd", "Plaza 2, Crawley RH10 1PX",
                "Laura Kemp, Partnerships Manager, l.kemp@veridane.example"]]),
        ("h1", "Resources"),
        ("t", [["Partner", "Contribution"],
               ["Veridane", "GBP 45,000 for OCT scanner leasing in two practices, accreditation "
                "training and a 0.5 WTE project manager"],
               ["Eastvale University Hospitals NHS Trust", "To be confirmed"],
               ["Brackenfield Community Eye Care Ltd", "To be confirmed once practice numbers are known"]]),
        ("h1", "Start and completion"),
        ("p", "Start Q1 2027, completion Q1 2028."),
        ("h1", "Exit strategy"),
        ("p", "At the close of the pilot the parties will discuss next steps."),
        ("h1", "Confidentiality"),
        ("p", "Clinical images and letters are confidential patient information and remain within "
              "NHS-approved systems. Business information exchanged between the partners is "
              "confidential and will only be used for this project."),
        ("h1", "Data protection"),
        ("p", "The Trust is controller and Brackenfield Community Eye Care Ltd is processor under a "
              "data processing agreement. A DPIA is complete. Veridane will receive anonymised, "
              "aggregate outcome data only."),
        ("h1", "Publication"),
        ("p", "Veridane publishes the executive summary before the start. Outcomes will be "
              "published by all partners within six months of completion."),
    ],
    bad={"exit-strategy": "fail", "resource-contributions": "fail"},
    notes="exit-strategy fail: only 'the parties will discuss next steps'. resource-contributions "
          "fail: Trust and optometry provider contributions 'To be confirmed' in the Resources table; "
          "only Veridane's is stated.",
    must=["the parties will discuss next steps", "To be confirmed"]))

# P6 pharma patient services/homecare team: no confidentiality; promotional uptake
DOCS.append(mk(
    "Tarrow_PatientServices_Homecare_Onboarding_PID.docx", "pid",
    "Project Initiation Document: Homecare Onboarding Support for Adults Starting Zelvotra",
    [
        ("p", "Prepared by the Patient Services and Homecare team, Tarrow Healthcare Ltd, with "
              "the Dermatology Directorate of Greyfriars Hospitals NHS Foundation Trust."),
        ("h1", "1. Background"),
        ("p", "Adults with moderate to severe plaque psoriasis who start a self-injected biologic "
              "often wait three to five weeks for their first homecare delivery and nurse visit. "
              "During that gap they phone the dermatology helpline repeatedly and some abandon "
              "treatment before it begins."),
        ("h1", "2. Objectives"),
        ("b", ["Reduce the time from prescription to first homecare delivery from a median of "
               "24 days to 10 days by month 6.",
               "Increase uptake of Zelvotra, the market-leading IL-23 option, among newly "
               "eligible patients at Greyfriars to 60% of biologic initiations by month 12.",
               "Cut helpline calls from patients awaiting first delivery by half (helpline log)."]),
        ("h1", "3. Benefits"),
        ("p", "Patients: a quicker, smoother start with a named nurse who explains injection "
              "technique at home. Trust: fewer helpline calls and less nurse time on chasing "
              "deliveries. Tarrow: better continuity for patients using its homecare service."),
        ("h1", "4. Partners and leads"),
        ("t", [["Organisation", "Address", "Accountable lead"],
               ["Greyfriars Hospitals NHS Foundation Trust", "Friar Street, Greyfriars GF1 3HN",
                "Dr Nadia Lorne, Consultant Dermatologist, n.lorne@greyfriars.nhs.example"],
               ["Tarrow Healthcare Ltd", "Tarrow Park, Cambridge CB4 0WS",
                "Ben Castell, Head of Patient Services, b.castell@tarrow.example"]]),
        ("h1", "5. Who provides what"),
        ("b", ["Greyfriars: dermatology nurse specialist time for pathway design (about 120 hours), "
               "pharmacy homecare team time, and registration processing.",
               "Tarrow: a dedicated onboarding coordinator for 12 months (GBP 41,000) and the cost "
               "of the first nurse visit for each patient (estimated GBP 15,000)."]),
        ("h1", "6. Timescale"),
        ("p", "Start Q3 2026; finish 31 August 2027."),
        ("h1", "7. Governance"),
        ("p", "A monthly operational meeting (Trust dermatology nurse lead, homecare pharmacist, "
              "Tarrow Head of Patient Services) reports to the Trust's Medicines Optimisation Group."),
        ("h1", "8. Exit arrangements"),
        ("p", "Either party may withdraw on 60 days' notice. Patients already registered continue "
              "to receive homecare under the Trust's standard homecare contract, which does not "
              "depend on this project, and the coordinator role ends with the project."),
        ("h1", "9. Data protection"),
        ("p", "Registration data are processed by the Trust as controller under UK GDPR. Tarrow's "
              "coordinator works under the homecare provider's existing data processing agreement "
              "and reports only aggregated turnaround times to the project group."),
        ("h1", "10. Publication"),
        ("p", "The executive summary will be published on Tarrow's website before the start and "
              "results will be published within six months of completion."),
    ],
    bad={"confidentiality": "fail", "promotional-language": "fail"},
    notes="confidentiality fail: no confidentiality of patient or project information anywhere "
          "(data protection section covers data only). promotional-language fail: objective 'Increase "
          "uptake of Zelvotra, the market-leading IL-23 option'.",
    must=["Increase uptake of Zelvotra", "market-leading"]))

# P7 LPC pharmacy back-office: GDPR compliant (warn); patient benefit N/A (fail)
DOCS.append(mk(
    "KVLPC_Pharmacy_Workflow_Toolkit_PID.pdf", "pid",
    "Project Initiation Document - Community Pharmacy Workflow Toolkit (Kestrel Valley)",
    [
        ("h1", "Project title"),
        ("p", "Community Pharmacy Workflow Toolkit"),
        ("h1", "Why now"),
        ("p", "Independent pharmacies in Kestrel Valley report that dispensary staff spend too much "
              "of the day on manual stock checks, owings lists and chasing prescriptions. Kestrel "
              "Valley Local Pharmaceutical Committee has asked for a shared toolkit of workflow "
              "templates, a short training course for dispensary teams and a peer network."),
        ("h1", "Objectives"),
        ("t", [["Objective", "Indicator", "Baseline", "Target"],
               ["Reduce time on owings", "Self-reported minutes per day (weekly log)", "75", "40 by month 9"],
               ["Adoption", "Pharmacies using at least three templates", "0", "45 of 62 by month 6"],
               ["Staff confidence", "Training evaluation score (1-5)", "n/a", "Mean 4.0 or above"]]),
        ("h1", "Expected benefits"),
        ("t", [["For", "Benefit"],
               ["Patients", "N/A - this is an operational project"],
               ["NHS / pharmacies", "Less dispensary time on manual tasks; a local peer network"],
               ["Amberlin Pharma Ltd", "Insight into community pharmacy operations"]]),
        ("h1", "Partner organisations"),
        ("t", [["Organisation", "Address", "Lead"],
               ["Kestrel Valley Local Pharmaceutical Committee", "Suite 3, Mill House, Kestrel KV1 5JJ",
                "Omar Siddiqui, Chief Officer, omar@kvlpc.example"],
               ["Kestrel and Wyre ICB", "Wyre House, Kestrel KV2 9PE",
                "Janet Holroyd, Head of Pharmacy Commissioning, j.holroyd@kwicb.nhs.example"],
               ["Amberlin Pharma Ltd", "1 Harlow Business Park, Harlow CM20 2AB",
                "Grace Mensah, Healthcare Partnerships Lead, g.mensah@amberlin.example"]]),
        ("h1", "Contributions"),
        ("p", "The LPC contributes its officers' time to design and run the peer network (about 30 "
              "days) and its communication channels to contractors. The ICB provides commissioning "
              "and digital team input (about 12 days) and hosts the toolkit on its intranet. "
              "Amberlin funds the training course and template design (GBP 18,500)."),
        ("h1", "Start and end"),
        ("p", "Start November 2026, end October 2027."),
        ("h1", "Exit"),
        ("p", "Any partner may leave with 30 days' notice. The toolkit and training materials are "
              "owned by the LPC, remain free to all pharmacies after the project, and the LPC will "
              "keep the peer network running from its own budget."),
        ("h1", "Confidentiality"),
        ("p", "Information about individual pharmacies' performance, and any commercially "
              "sensitive information shared by a partner, will be kept confidential and reported "
              "only in anonymised form."),
        ("h1", "Data"),
        ("p", "All activity will be GDPR compliant."),
        ("h1", "Publication"),
        ("p", "Amberlin will publish the executive summary before the start and the LPC will publish "
              "the outcomes on its website within six months of completion."),
    ],
    bad={"data-protection": "warn", "patient-benefit": "fail"},
    notes="data-protection warn: only 'All activity will be GDPR compliant.' patient-benefit fail: "
          "benefits table says Patients 'N/A - this is an operational project'.",
    must=["All activity will be GDPR compliant.", "N/A - this is an operational project"]))

# P8 LPC-led inhaler project, compliant, near-miss 'promotion of wellbeing'
DOCS.append(mk(
    "Inhaler_Technique_Community_Pharmacy_PID_Harrowby.docx", "pid",
    "Breathe Better Harrowby: Inhaler Technique Checks in Community Pharmacy - PID",
    [
        ("h1", "Background and need"),
        ("p", "Harrowby has the highest emergency admission rate for COPD in its region. Local "
              "audit suggests that around two thirds of people using inhalers make at least one "
              "critical error. Community pharmacies see these patients every month when they "
              "collect their prescriptions, so they are well placed to check technique and refer "
              "back to the practice when needed. The project also supports the ICB's promotion of "
              "wellbeing and self-care in neighbourhoods with high deprivation."),
        ("h1", "Aims"),
        ("p", "Train 70 pharmacists and technicians in device-neutral inhaler technique checks; "
              "offer a structured check to every adult collecting an inhaler who has not had one "
              "in the past year; and refer anyone with poorly controlled symptoms to their GP "
              "practice. Checks follow NICE and BTS/SIGN guidance and cover all device types."),
        ("h1", "Measures of success"),
        ("b", ["At least 2,400 technique checks completed by 30 June 2027 (pharmacy service "
               "platform data).",
               "Proportion of patients with a critical error falls from 64% at first check to "
               "below 30% at the follow-up check four to eight weeks later.",
               "COPD emergency admissions for registered patients in participating PCN areas: "
               "10% reduction against the 2025/26 baseline (ICB secondary care dataset)."]),
        ("h1", "Benefits"),
        ("p", "People with asthma and COPD get better control of symptoms, fewer flare-ups and a "
              "local place to ask for help. The NHS benefits through fewer admissions and better "
              "use of practice time. Fenwick Respiratory Ltd gains experience of community pharmacy "
              "led services; the checks are not linked to any particular inhaler."),
        ("h1", "Partners and accountable leads"),
        ("t", [["Organisation", "Address", "Lead"],
               ["Harrowby and District Local Pharmaceutical Committee Ltd", "5 Bridge Street, Harrowby HB1 2CC",
                "Sarah Lintott, Chief Executive, sarah.lintott@hdlpc.example"],
               ["North Harrowby ICB", "Town Hall Annexe, Harrowby HB2 7LN",
                "Dr Gareth Powys, Clinical Lead Respiratory, g.powys@nhicb.nhs.example"],
               ["Fenwick Respiratory Ltd", "Fenwick Court, Stockley Park UB11 1BB",
                "Anjali Rao, Medical Science Liaison, a.rao@fenwick.example"]]),
        ("h1", "Contributions"),
        ("t", [["Party", "What it provides", "Value"],
               ["LPC", "Project lead (0.2 WTE), recruitment of pharmacies, training venues",
                "GBP 14,000 in kind"],
               ["ICB", "Clinical lead sessions, data analysis, service specification and payment "
                "of pharmacies per completed check from its enhanced services budget", "GBP 36,000"],
               ["Fenwick", "Training design and delivery by an independent respiratory educator, "
                "placebo demonstration devices of all major manufacturers", "GBP 21,000"]]),
        ("h1", "Dates"),
        ("p", "Start: Q4 2026. Completion: 30 September 2027."),
        ("h1", "Legacy and termination"),
        ("p", "The ICB intends to commission inhaler checks as a local enhanced service after the "
              "project if targets are met. If the project ends early (60 days' notice from any "
              "party), pharmacies complete follow-up checks already booked, referrals already made "
              "continue through normal GP routes, and trained staff keep their accreditation."),
        ("h1", "Confidentiality and information governance"),
        ("p", "Consultation records are held by each pharmacy contractor as data controller on the "
              "NHS-assured service platform, in line with UK GDPR and the Data Protection Act 2018. "
              "Only anonymised, aggregated figures are shared with the steering group, and Fenwick "
              "never has access to patient-identifiable information. Partners will keep each "
              "other's confidential project information confidential."),
        ("h1", "Publication"),
        ("p", "The executive summary will be published by Fenwick before the first check and all "
              "partners will publish outcomes within six months; Fenwick will also declare its "
              "contribution on Disclosure UK."),
    ],
    notes="All applicable rules pass. Near-miss: 'promotion of wellbeing and self-care' is not "
          "product promotion; MSL as lead is acceptable.",
    must=["promotion of wellbeing", "Medical Science Liaison"]))

# P9 heart failure: company gets identifiable data (dp fail); no publication (transparency fail)
DOCS.append(mk(
    "Rosedown_HF_Titration_Clinic_PID_INTERNAL.pdf", "pid",
    "Project Initiation Document: Heart Failure Medicines Optimisation Clinic (Rosedown)",
    [
        ("p", "Internal - not for publication."),
        ("h1", "Background"),
        ("p", "Patients discharged from Rosedown General after an admission for heart failure with "
              "reduced ejection fraction often stay on starting doses of guideline-recommended "
              "medicines for months. The community heart failure team has a waiting list of 14 "
              "weeks for first review, and readmission within 90 days runs at 24%."),
        ("h1", "Objectives"),
        ("b", ["Offer every eligible patient a first titration appointment within four weeks of "
               "discharge (baseline 14 weeks) by month 6.",
               "Increase the proportion of patients on optimised doses of all four medicine "
               "classes recommended by NICE from 18% to 45% at six months after discharge.",
               "Reduce 90-day readmissions from 24% to 18% (hospital episode data)."]),
        ("h1", "Benefits"),
        ("p", "Patients are seen sooner, symptoms improve and fewer return to hospital. The Trust "
              "cuts readmissions and the community team's waiting list. Meriden Bioscience UK Ltd "
              "gains knowledge about barriers to optimising treatment after discharge."),
        ("h1", "Partners"),
        ("t", [["Organisation", "Address", "Lead"],
               ["Rosedown Hospitals NHS Trust", "Rosedown General Hospital, Park Avenue, Rosedown RD1 1RD",
                "Dr Callum Whyte, Consultant Cardiologist, c.whyte@rosedown.nhs.example"],
               ["Meriden Bioscience UK Ltd", "Meriden Place, Birmingham B3 2PP",
                "Dr Eleanor Vance, Head of Medical Affairs, e.vance@meriden.example"]]),
        ("h1", "Resources"),
        ("p", "Rosedown: consultant supervision (one session a week), heart failure nurse time "
              "(0.5 WTE), clinic space and echocardiography. Meriden: GBP 58,000 to fund a "
              "pharmacist independent prescriber for 12 months, plus a nurse advisor from its "
              "patient support programme for telephone follow-up (about GBP 14,000)."),
        ("h1", "Timescale"),
        ("p", "Start Q2 2027; completion Q2 2028."),
        ("h1", "Termination and continuity of care"),
        ("p", "The project may be ended by either party on three months' notice. Patients under "
              "active titration will complete their plan under the community heart failure team, "
              "and the pharmacist post, which is a fixed-term Trust post, ends or is absorbed "
              "into the team subject to the business case."),
        ("h1", "Data flows"),
        ("p", "Each week the cardiology ward clerk will email the Meriden nurse advisor a list of "
              "discharged patients with names, NHS numbers and telephone numbers so that follow-up "
              "calls can be arranged. Meriden will act as data controller for the follow-up call "
              "records it creates."),
        ("h1", "Confidentiality"),
        ("p", "Project papers, costings and any commercially sensitive information are "
              "confidential to the partners. Patient information is confidential and must not be "
              "used for any purpose outside the project."),
        ("h1", "Governance"),
        ("p", "A project group (cardiology lead, heart failure nurse lead, Trust pharmacy lead, "
              "Meriden Head of Medical Affairs) meets every two months."),
    ],
    bad={"data-protection": "fail", "transparency": "fail"},
    notes="data-protection fail: 'Data flows' sends names/NHS numbers to the company nurse advisor "
          "and makes Meriden data controller. transparency fail: marked 'Internal - not for "
          "publication', no commitment to publish summary or outcomes.",
    must=["names, NHS numbers", "Internal - not for publication"]))
