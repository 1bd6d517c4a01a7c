from h2_common import add

# ---------------- concept frameworks
add("Concept_Framework_Wound_Care_Community_Nursing_Glenarden.docx", "concept-framework", {
    "title": "Project Concept Framework: Leg Ulcer Healing in Community Nursing",
    "header": "NHS Glenarden - Community Nursing | Concept stage",
    "footer": "Concept framework - for go/no-go decision only",
    "blocks": [
        ("t", [["Partner organisations", "NHS Glenarden (community nursing, Dunmore HSCP); Meridane Biosciences UK Ltd"],
               ["Purpose", "Around 300 people in Dunmore have leg ulcers open longer than 12 weeks.\n\nMany have never had a Doppler assessment, so compression is not started."],
               ["Objectives", "Patients: faster healing, less pain, fewer infections.\n\nNHS: fewer nurse visits per healed ulcer.\n\nMeridane: learning about community wound pathways."],
               ["Resource impact", "NHS Glenarden: tissue viability nurse time 0.4 WTE and Doppler clinic space (about £22,000).\n\nMeridane: training programme for 60 community nurses and a part-time audit facilitator (about £25,000)."],
               ["Anticipated start", "Q1 2027"],
               ["Length", "12 months"],
               ["Decision", "Go - proceed to PID (Community Nursing Governance Group, 9 September 2026)"]], {"head": False}),
        ("h", "Preliminary check"),
        ("p", "Clinical decisions rest with NHS nurses; no product is specified; Meridane's involvement is through medical affairs only. Similar work in a neighbouring board will be reviewed before the PID is written."),
    ]})

add("CF_Ashdown_Glaucoma_Monitoring_v0.2.pdf", "concept-framework", {
    "title": "Project Concept Framework - Community Glaucoma Monitoring",
    "header": "Ashdown Valley NHS Foundation Trust | Ocuvia Pharma UK Ltd",
    "footer": "Draft v0.2 - concept only",
    "blocks": [
        ("h", "Partners"),
        ("p", "Ashdown Valley NHS Foundation Trust (Eye Unit); Ocuvia Pharma UK Ltd."),
        ("h", "Purpose"),
        ("b", ["About 4,000 stable glaucoma patients attend hospital clinics for monitoring.",
               "Follow-up delays risk avoidable sight loss.",
               "Community optometrists could monitor stable patients under a shared care protocol."]),
        ("h", "Objectives and benefits"),
        ("p", "Patients: monitoring closer to home and fewer delayed reviews. Trust: hospital capacity for complex patients. Ocuvia: understanding of shared care models."),
        ("h", "Budget and resources"),
        ("t", [["Partner", "Financial", "Non-financial"],
               ["Ocuvia Pharma UK Ltd", "£40,000 for optometrist accreditation training", "Project management support"],
               ["Ashdown Valley NHS FT", "TBC", "TBC"]]),
        ("h", "Working group"),
        ("p", "Consultant ophthalmologist, optometry lead, Trust operations manager, Ocuvia NHS Partnerships Lead and Ocuvia Glaucoma Brand Manager."),
        ("h", "Timing"),
        ("p", "Anticipated start Q2 2027; 18 months."),
        ("h", "Decision"),
        ("p", "Pending - to Eye Unit board in November."),
    ]}, notes="resource-contributions fail: Trust's financial and non-financial contributions both 'TBC'. sales-roles fail: Ocuvia Glaucoma Brand Manager in the working group.",
    resource_contributions="fail", sales_roles="fail")

add("Concept Framework - Pennock Obesity Pathway (Glenmoor).pdf", "concept-framework", {
    "title": "Concept Framework: Weight Management Pathway Redesign",
    "header": "Glenmoor Pharma UK Ltd - UK Commercial Excellence",
    "footer": "Glenmoor internal concept note",
    "blocks": [
        ("h", "Partners"),
        ("p", "NHS Pennock Integrated Care Board; Glenmoor Pharma UK Ltd."),
        ("h", "Purpose"),
        ("p", "The ICB's tier 3 weight management service has a two-year waiting list. Redesigning referral criteria and adding a digital triage step could shorten it. For Glenmoor, the project is expected to drive pull-through of Slimora prescriptions once patients enter specialist care."),
        ("h", "Objectives"),
        ("t", [["Stakeholder", "Objective"],
               ["NHS", "Shorter waiting list; clearer referral criteria"],
               ["Glenmoor", "Increase share of voice with ICB decision makers; Slimora pull-through"],
               ["Patients", "N/A"]]),
        ("h", "Resource impact"),
        ("p", "ICB: service redesign lead 0.3 WTE and clinical input from the tier 3 team (£24,000). Glenmoor: digital triage licences for 12 months and a pathway consultant (£55,000)."),
        ("h", "Start and length"),
        ("p", "Q2 2027; 12 months."),
        ("h", "Decision"),
        ("p", "Not yet considered by the ICB."),
    ]}, notes="promotional-language fail: 'pull-through of Slimora prescriptions', 'share of voice'. patient-benefit fail: Patients objective 'N/A'.",
    promotional_language="fail", patient_benefit="fail")

add("PCF_Hollins_Lane_Menopause_Clinic_Tarrow.docx", "concept-framework", {
    "title": "Project Concept Framework: Practice Menopause Support Clinic",
    "header": "Hollins Lane Medical Partnership",
    "footer": "Concept framework - Hollins Lane / Tarrow - October 2026",
    "blocks": [
        ("h", "1. Partner organisations and stakeholders"),
        ("p", "Hollins Lane Medical Partnership (GMS partnership); Tarrow Life Sciences Ltd. Stakeholders: practice patient participation group, local women's health hub, PCN."),
        ("h", "2. Purpose"),
        ("p", "Women aged 45-55 make up a growing share of GP appointments about sleep, mood and joint pain, and many are not offered a structured menopause discussion. A nurse-led group and one-to-one clinic could give consistent, guideline-based information and advice."),
        ("h", "3. Objectives"),
        ("b", ["Patients: timely, evidence-based advice on all options, including non-drug approaches, and shared decisions about treatment.",
               "Practice: fewer repeat GP appointments; trained nurse lead.",
               "Tarrow: insight into how primary care organises menopause support."]),
        ("h", "4. Budget and resource impact"),
        ("p", "Tarrow: funds accredited menopause training for one practice nurse and two sessions a week of clinic time for 9 months (£14,800). Practice: room, administration, GP mentor time and patient recall (£8,600 in kind)."),
        ("h", "5. Anticipated start date"),
        ("p", "Q1 2027."),
        ("h", "6. Length"),
        ("p", "9 months."),
        ("h", "7. Decision"),
        ("p", "Partners meeting on 21 October 2026 agreed to proceed to a PID. Tarrow confirmed that no sales personnel will be involved at any stage and that the clinic will not favour any product."),
    ]})

# ---------------- outcomes summaries
add("Outcomes_Report_Community_Insulin_Start_Pathway_2028.pdf", "outcomes-summary", {
    "title": "Summary of Project Outcomes: Community Insulin Start Pathway",
    "header": "Kestrelford General Hospital NHS Foundation Trust and Halden Pharma UK Ltd",
    "footer": "UK-HAL-05120 | Published May 2028",
    "cover": ["Joint working July 2026 - December 2027", "Published by both partners", "May 2028"],
    "blocks": [
        ("h", "Summary"),
        ("p", "Over 18 months the diabetes specialist nursing team ran insulin initiation clinics in three community hubs. This report sets out what we achieved against the targets agreed at the start, and what did not go as planned."),
        ("h", "Results"),
        ("t", [["Measure", "Baseline", "Target", "Achieved"],
               ["Median wait referral to insulin start", "19 weeks", "6 weeks", "7 weeks"],
               ["Community insulin starts", "0", "240", "263"],
               ["Mean HbA1c change at 6 months (mmol/mol)", "-", "-12", "-14 (n=201)"],
               ["Practice nurses trained to level 2", "4", "30", "22"],
               ["Severe hypoglycaemia needing ambulance (initiated cohort)", "-", "no increase", "2 events"]], {"widths": [0.4, 0.2, 0.2, 0.2]}),
        ("h", "Benefits seen"),
        ("p", "Patients: most started insulin within two months of referral, at a hub near home, and their glucose control improved. Trust: about 380 outpatient slots a year released. Halden: learned how nurse-led hubs can be set up and shared the model with two other systems."),
        ("h", "Honest reflection"),
        ("p", "We did not hit the training target: two practices lost their nurses mid-project and backfill was hard to arrange. The wait target was missed by a week because one hub closed for refurbishment for six weeks. Interpreter-supported sessions were used less than expected, and we are asking the local community groups why."),
        ("h", "What happens next"),
        ("p", "The ICB has funded the hubs recurrently from April 2028 and the specialist nurse post has been made permanent."),
        ("h", "Publication"),
        ("p", "This summary is published on the Trust and Halden websites within six months of completion; the transfer of value was disclosed on Disclosure UK for 2026 and 2027."),
    ]})

add("Outcomes summary - Hollins Lane COPD review project.docx", "outcomes-summary", {
    "title": "Summary of Project Outcomes - COPD Structured Review Project",
    "header": "Hollins Lane Medical Partnership and Tarrow Life Sciences Ltd",
    "footer": "Published on the practice website, August 2027",
    "blocks": [
        ("h", "About the project"),
        ("p", "From April 2026 to March 2027 a sessional respiratory nurse funded by Tarrow worked with our practice nurses to offer structured reviews to people with COPD."),
        ("h", "What we found"),
        ("p", "Staff told us the project went well. Patients were positive about the longer appointments and many said they felt more confident using their inhalers. The team feels that reviews are now more consistent and that the spirometry backlog has improved. Overall the outcomes were encouraging."),
        ("h", "Benefits for patients"),
        ("p", "Patients had more time with a specialist nurse, received personalised self-management plans and had their inhaler technique checked."),
        ("h", "Lessons learnt"),
        ("b", ["Recall letters worked better when followed by a text message.",
               "Afternoon clinics suited working-age patients.",
               "We should have agreed how to collect data before starting."]),
        ("h", "Publication"),
        ("p", "This summary is published on the Hollins Lane Medical Partnership website and on Tarrow's UK website."),
    ]}, notes="measurable-outcomes warn: results are qualitative only ('went well', 'encouraging', 'improved'), no figures against the PID targets.",
    measurable_outcomes="warn")

add("Zelvanta_Inhaler_Programme_Results_Marshgate_FINAL.pdf", "outcomes-summary", {
    "title": "Inhaler Review Programme - Summary of Outcomes",
    "header": "Brightholm Pharma Ltd - Internal only",
    "footer": "Not for external distribution",
    "blocks": [
        ("h", "Overview"),
        ("p", "The nine-month programme with Marshgate Hospitals NHS Trust reviewed 612 patients with COPD in respiratory clinics."),
        ("h", "Results"),
        ("t", [["Measure", "Target", "Result"],
               ["Patients reviewed", "600", "612"],
               ["Carbon footprint per inhaler prescription", "12 kg CO2e", "13.4 kg CO2e"],
               ["Patients with inhaler technique checked", "90%", "94%"]]),
        ("h", "Patient benefit"),
        ("p", "Patients had their inhaler technique checked and their regimen simplified, and 71% reported easier daily use at follow-up."),
        ("h", "Conclusion"),
        ("p", "The programme demonstrated that Zelvanta is the gold standard for once-daily COPD maintenance and supports its wider adoption across the region."),
        ("h", "Distribution"),
        ("p", "This report is for internal use by Brightholm and the Trust respiratory department and will not be published."),
    ]}, notes="promotional-language fail: conclusion calls Zelvanta 'the gold standard' and argues for wider adoption. transparency fail: 'for internal use ... will not be published' (header 'Internal only').",
    promotional_language="fail", transparency="fail")

add("Dunmore_HSCP_AF_Detection_Outcomes_Summary_2028.docx", "outcomes-summary", {
    "title": "Summary of Project Outcomes: AF Detection in Care at Home",
    "header": "Dunmore Health and Social Care Partnership | NHS Glenarden | Meridane Biosciences UK Ltd",
    "footer": "MB-UK-2028-0033 | January 2028",
    "blocks": [
        ("h", "Project outline"),
        ("p", "Between July 2026 and June 2027 care at home staff in Dunmore offered a 30-second heart rhythm check during routine visits. Community pharmacists reviewed every recording and passed possible AF to the person's GP."),
        ("h", "Results against objectives"),
        ("t", [["Objective", "Target", "Result", "Comment"],
               ["Carers trained", "120", "131", "Two extra cohorts added at the request of care providers"],
               ["People offered screening", "1,500", "1,212", "Below target.\n\nUptake fell in winter when visits were shortened during staff sickness."],
               ["New AF diagnoses", ">= 45", "39", "Detection rate 3.2%, close to the rate predicted"],
               ["GP decision within 28 days", "85%", "92%", ""]], {"widths": [0.28, 0.14, 0.14, 0.44]}),
        ("h", "What it meant for people"),
        ("p", "Thirty-one of the 39 people diagnosed started anticoagulation after discussion with their GP; several told us they valued not having to travel for a test."),
        ("h", "Reflection"),
        ("p", "We underestimated how much winter pressures would affect carers' time. Screening is being added to the care at home specification for 2028-29, with a lighter-touch quarterly check. Meridane's devices remain with the partnership."),
        ("h", "Publication"),
        ("p", "Published by NHS Glenarden, the IJB and Meridane within six months of completion."),
    ]})

add("BHUHB_Home_Phototherapy_Outcomes_Summary.pdf", "outcomes-summary", {
    "title": "Home Phototherapy Pilot - Project Outcomes",
    "header": "Bae Hafren University Health Board | Solvane Healthcare UK Ltd",
    "footer": "Summary of outcomes - February 2028",
    "columns": 2,
    "blocks": [
        ("h", "Background"),
        ("p", "Sixty adults with moderate plaque psoriasis were offered narrowband UVB treatment at home with remote nurse supervision, instead of travelling to the hospital suite."),
        ("h", "Project team"),
        ("p", "Dr Carys Bowen (clinical lead), phototherapy lead nurse, medical physics, R&D office manager; for Solvane, Philippa Nash (Partnership Lead Wales) and Owain Pritchard (Regional Sales Manager, Wales), who joined monthly delivery meetings and supported patient onboarding events."),
        ("h", "Outcomes"),
        ("p", "KPIs: to be confirmed once the final data validation is complete."),
        ("h", "Patient experience"),
        ("p", "Patients said home treatment saved them long journeys and fitted around work and childcare."),
        ("h", "Next steps"),
        ("p", "The Dermatology Directorate is considering a capital bid for units."),
        ("h", "Publication"),
        ("p", "This summary is published on the health board and Solvane websites within six months of completion."),
    ]}, notes="sales-roles fail: Solvane Regional Sales Manager in the project team and delivery meetings. measurable-outcomes fail: 'KPIs: to be confirmed', no results.",
    sales_roles="fail", measurable_outcomes="fail")

# ---------------- amendments
add("Project_Amendment_01_KGH_Insulin_Start_Timeline.docx", "amendment", {
    "title": "Project Amendment Form No. 1",
    "header": "Community Insulin Start Pathway - Kestrelford General Hospital NHS FT / Halden Pharma UK Ltd",
    "footer": "Amendment approved by Steering Group 12 February 2027 | UK-HAL-04790",
    "blocks": [
        ("t", [["Field", "Detail"],
               ["Original PID reference", "PID v1.3, approved 14 May 2026"],
               ["Change requested", "Move the third community hub from Eastgate Health Centre to Priory Lane Surgery for six weeks during refurbishment, and extend the completion date from 31 December 2027 to 31 January 2028."],
               ["Reason", "Eastgate clinic rooms unavailable from 1 March to 12 April 2027."],
               ["Impact on patients", "Patients booked at Eastgate offered Priory Lane (1.4 miles away) or a telephone start with a home visit.\n\nNo change to clinical protocol."],
               ["Impact on budget", "No additional funding; the nurse contract is extended by one month within the existing Halden contribution."],
               ["Impact on outcomes", "Targets unchanged; reporting dates move by one month."],
               ["Approved by", "Dr Aileen Corrigan (Trust), Marcus Oyelaran (Halden), 12 February 2027"]]),
    ]})

add("Amendment_2_Severe_Asthma_Project_Lead_Change.pdf", "amendment", {
    "title": "Project Amendment Framework - Amendment 2",
    "header": "Severe Asthma Identification and Review | Ashcombe and Fenbury NHS Trust / Aurelis Therapeutics UK Ltd",
    "footer": "AUR-UK-2027-0110",
    "blocks": [
        ("h", "Change"),
        ("p", "Tomasz Wilk, UK Partnerships Director, leaves Aurelis on 31 January 2027. From 1 February 2027 the Aurelis project lead and steering group member will be Helen Drury, Key Account Manager - South, who will also co-ordinate clinic set-up with the Trust nurse specialist."),
        ("h", "Reason"),
        ("p", "Staff change at Aurelis; continuity of relationship with the Trust team."),
        ("h", "Impact"),
        ("p", "No change to budget, objectives or timeline."),
        ("h", "Approval"),
        ("p", "Trust: Dr Imran Qadir, 20 January 2027. Aurelis: pending certification."),
    ]}, notes="sales-roles fail: a Key Account Manager becomes Aurelis project lead and steering group member.",
    sales_roles="fail")

add("Amendment 1 - Pennock Weight Management Pathway scope change.docx", "amendment", {
    "title": "Project Amendment Form",
    "header": "NHS Pennock ICB and Glenmoor Pharma UK Ltd - Weight Management Pathway",
    "footer": "Amendment 1 - draft for approval",
    "blocks": [
        ("h", "Summary of change"),
        ("p", "Add a new objective: following the formulary listing of Slimora in March 2027, the project will support uptake of Slimora by adding an eligibility prompt to the digital triage tool so that every suitable patient is flagged for a Slimora prescription."),
        ("h", "Reason for change"),
        ("p", "Formulary status changed after the PID was agreed."),
        ("h", "Effect on timeline and resources"),
        ("p", "Two extra months; Glenmoor adds £6,000 for configuration; ICB adds 10 days of pathway lead time."),
        ("h", "Approvals"),
        ("t", [["Organisation", "Name", "Role", "Date"],
               ["NHS Pennock ICB", "Graham Tully", "Director of Pharmacy", ""],
               ["Glenmoor Pharma UK Ltd", "Dr Meera Shah", "Medical Manager", ""]]),
    ]}, notes="promotional-language fail: new objective to 'support uptake of Slimora' and flag every suitable patient for a Slimora prescription.",
    promotional_language="fail")

# ---------------- unknown
add("Steering_Group_Minutes_2026-11-04_Glenarden_AF.docx", "unknown", {
    "title": "Minutes: AF Detection Project Board",
    "header": "Dunmore HSCP - Meeting note",
    "footer": "Minutes approved at next meeting",
    "blocks": [
        ("p", "Date: 4 November 2026, 14:00-15:30, Microsoft Teams."),
        ("p", "Present: HSCP Clinical Director (chair), Fiona McAllister (Lead Pharmacist), Care at Home Service Manager, public partner, Dr Owen Struthers (Meridane Medical Affairs). Apologies: GP representative."),
        ("h", "1. Progress"),
        ("p", "58 carers trained so far; 214 checks recorded; 6 possible AF traces passed to GPs. Two care providers have asked to join the second training cohort."),
        ("h", "2. Issues"),
        ("p", "Device battery life shorter than expected in cold weather; carers to keep devices in the office overnight. Some people decline because they worry about being sent to hospital; the public partner will help reword the leaflet."),
        ("h", "3. Actions"),
        ("t", [["Action", "Owner", "Due"],
               ["Reword patient leaflet", "Public partner / FM", "December"],
               ["Confirm second training cohort dates", "Care at Home Service Manager", "30 November"],
               ["Check device warranty terms", "OS", "30 November"]]),
        ("p", "Next meeting: 13 January 2027."),
    ]})
