"""holdout4: therapeutic-area material and per-rule wording variants (all names invented)."""

AREAS = {
    "copd": dict(
        name="COPD",
        bg="Around {prev} adults in the patch are on a COPD register, yet fewer than half had a structured "
           "review last year and emergency admissions for exacerbations are among the highest in the region.",
        work="A respiratory nurse specialist and practice pharmacists will run structured reviews (inhaler "
             "technique, self-management plan, smoking cessation, pulmonary rehabilitation referral) for "
             "patients with two or more exacerbations in the last 12 months.",
        benefit="Patients get an unhurried review, a written self-management plan and faster access to "
                "pulmonary rehabilitation, which should mean fewer flare-ups and fewer nights in hospital.",
        kpis=[("Patients with 2+ exacerbations given a structured review", "38%", "75% by month 12", "Practice clinical system audit"),
              ("COPD emergency admissions per 1,000 register", "41", "34 by March 2026", "SUS / Trust BI dashboard"),
              ("Referrals to pulmonary rehabilitation", "112 a year", "200 a year", "Rehab service referral log")]),
    "t2d": dict(
        name="type 2 diabetes",
        bg="Only {prev} of people with type 2 diabetes in the locality received all eight NICE care processes "
           "last year, and the proportion reaching their HbA1c target has fallen since 2020.",
        work="A GP-federation diabetes team will hold virtual clinics with each practice, case-finding people "
             "with HbA1c above 75 mmol/mol and offering education, medication review and structured referral.",
        benefit="People living with diabetes will have their treatment reviewed sooner, better glucose control "
                "and a lower risk of complications such as kidney disease and foot ulceration.",
        kpis=[("Patients receiving all 8 care processes", "{prev}", "65% by Q4 2025/26", "National Diabetes Audit extract"),
              ("Patients with HbA1c > 75 mmol/mol", "1,420", "reduce by 15% within 12 months", "Practice searches (aggregate)"),
              ("Practices completing a virtual clinic", "0 of 14", "14 of 14 by month 9", "Federation activity log")]),
    "hf": dict(
        name="heart failure",
        bg="Patients with suspected heart failure currently wait a median of {prev} weeks for echocardiography "
           "and specialist assessment, well outside the NICE recommendation.",
        work="A one-stop diagnostic clinic (NT-proBNP triage, echocardiography and specialist review on the same "
             "day) will run twice a week in the community diagnostic centre.",
        benefit="Patients will be diagnosed and started on guideline-directed treatment within weeks rather than "
                "months, with fewer avoidable admissions while they wait.",
        kpis=[("Median wait from referral to diagnosis", "{prev} weeks", "6 weeks by month 9", "Trust PAS"),
              ("Patients seen within 2 weeks when NT-proBNP > 2000 ng/l", "22%", "90%", "Clinic audit"),
              ("HF admissions within 90 days of referral", "9.1%", "6.0%", "SUS linked, aggregate")]),
    "af": dict(
        name="atrial fibrillation",
        bg="Modelled prevalence suggests about {prev} people in the area have undiagnosed atrial fibrillation, "
           "and a quarter of those diagnosed are not on anticoagulation when it is indicated.",
        work="Practice-based pharmacists will run anticoagulation reviews and opportunistic pulse checks in "
             "flu clinics, with a clear route to the Trust's arrhythmia service.",
        benefit="Patients with AF will be identified and offered stroke-prevention treatment in line with NICE "
                "NG196, reducing their risk of a disabling stroke.",
        kpis=[("AF patients with CHA2DS2-VASc >= 2 on anticoagulation", "76%", "88% by March 2026", "CVDPREVENT extract"),
              ("New AF diagnoses per quarter", "61", "90", "Practice searches"),
              ("AF-related stroke admissions", "48 per year", "40 per year", "SSNAP (aggregate)")]),
    "asthma": dict(
        name="asthma",
        bg="Three schools in the area account for a large share of paediatric asthma attendances, and {prev} "
           "of children on the register have no recorded asthma action plan.",
        work="School nurses and a paediatric asthma nurse will run review clinics, train school staff and "
             "provide personalised asthma action plans to families.",
        benefit="Children and young people will have fewer asthma attacks, miss fewer school days and their "
                "families will know what to do when symptoms worsen.",
        kpis=[("Children with a personalised asthma action plan", "{prev}", "85% by July 2026", "School nursing record (aggregate)"),
              ("Paediatric asthma ED attendances", "310 a year", "250 a year", "Trust ED data"),
              ("School staff trained", "0", "120", "Training register")]),
    "ckd": dict(
        name="chronic kidney disease",
        bg="An estimated {prev} people have CKD stages 3-5 but are not coded, so they miss blood-pressure "
           "optimisation and annual urine ACR testing.",
        work="A renal pharmacist and data quality facilitator will help practices run coding searches, invite "
             "patients for ACR testing and review blood pressure and kidney-protective treatment.",
        benefit="People with kidney disease will be diagnosed earlier and receive treatment that slows "
                "progression, reducing the risk of dialysis and heart attack.",
        kpis=[("CKD 3-5 coded prevalence", "3.1%", "3.9% within 12 months", "QOF / practice searches"),
              ("Coded CKD patients with urine ACR in last 12 months", "54%", "75%", "Practice searches (aggregate)"),
              ("Patients at BP target", "61%", "70% by month 12", "Practice searches (aggregate)")]),
    "lipids": dict(
        name="lipid management",
        bg="Following a heart attack or stroke, {prev} of patients in the ICB are not at their cholesterol "
           "target twelve months later.",
        work="A pharmacist-led lipid optimisation clinic will review secondary-prevention patients using the "
             "national lipid pathway and agree treatment with each patient's GP.",
        benefit="Patients who have already had a cardiovascular event will be supported to reach their "
                "cholesterol target, lowering their risk of a further heart attack or stroke.",
        kpis=[("Secondary prevention patients at LDL-C target", "{prev}", "55% by Q1 2026/27", "CVDPREVENT"),
              ("Patients reviewed in pharmacist clinic", "0", "1,200 by month 12", "Clinic log"),
              ("Repeat cardiovascular events (rate)", "baseline 2024/25", "monitor at 24 months", "SUS (aggregate)")]),
    "osteo": dict(
        name="osteoporosis",
        bg="Only {prev} of people over 50 who sustain a fragility fracture in the area are assessed for "
           "osteoporosis; there is no fracture liaison service.",
        work="A nurse-led fracture liaison service will identify fracture patients from ED and orthopaedic "
             "lists, arrange bone density scans and recommend treatment to the GP.",
        benefit="People who have broken a bone will be assessed and treated, reducing their chance of a "
                "second fracture such as a hip fracture.",
        kpis=[("Fragility fracture patients assessed within 12 weeks", "{prev}", "80% by month 12", "FLS database (Trust-held)"),
              ("DXA scans completed", "40 a month", "110 a month", "Radiology system"),
              ("Hip fractures (rate per 100,000 over 65)", "570", "540 at 24 months", "NHFD")]),
    "psoriasis": dict(
        name="psoriasis",
        bg="Dermatology waiting times have reached {prev} weeks for routine referrals, and many referrals "
           "could be managed in primary care with specialist advice.",
        work="A teledermatology advice-and-guidance service with a GP with extended role and a dermatology "
             "nurse will triage referrals and hold community clinics.",
        benefit="Patients with psoriasis will get specialist advice within days instead of waiting months, "
                "with treatment started closer to home.",
        kpis=[("Median wait for first dermatology opinion", "{prev} weeks", "4 weeks", "e-RS / Trust PAS"),
              ("Referrals managed by advice and guidance", "12%", "35% by month 9", "e-RS"),
              ("Patient-reported DLQI improvement >= 4 points", "n/a (new)", "60% of clinic patients", "Clinic questionnaire")]),
    "htn": dict(
        name="hypertension",
        bg="The locality has the lowest rate in the ICB of patients with hypertension treated to target, "
           "at {prev}, with marked variation between practices.",
        work="Community pharmacies and health and wellbeing coaches will offer blood pressure checks, home "
             "monitoring support and titration under a PCN protocol.",
        benefit="People with high blood pressure will get it under control sooner, cutting their risk of "
                "stroke, heart attack and kidney disease.",
        kpis=[("Hypertension patients treated to target", "{prev}", "77% by March 2026", "CVDPREVENT"),
              ("BP checks in community pharmacy", "0", "3,000 in 12 months", "Pharmacy claims data"),
              ("Patients using home monitoring", "n/a", "800", "Service log")]),
    "migraine": dict(
        name="migraine",
        bg="Headache is one of the commonest reasons for neurology referral locally; {prev} of referrals "
           "are for primary headache that could be managed with a clear pathway.",
        work="A headache nurse and GP educational programme will introduce a shared pathway, headache diaries "
             "and a community headache clinic.",
        benefit="People with migraine will be assessed and offered appropriate preventive treatment without "
                "a long wait for neurology, and will have fewer headache days.",
        kpis=[("Neurology referrals for primary headache", "{prev}", "reduce by 30% in 12 months", "e-RS"),
              ("Patients with a headache diary reviewed", "0", "400", "Clinic record (aggregate)"),
              ("Mean monthly headache days (clinic cohort)", "measured at entry", "-3 days at 6 months", "Headache diary")]),
    "ida": dict(
        name="iron deficiency in pregnancy",
        bg="Around {prev} of pregnant women booking at the Trust are anaemic at 28 weeks, and many are "
           "still anaemic at delivery.",
        work="Midwife-led screening at booking and 28 weeks with a clear oral-then-intravenous iron pathway "
             "and a day-unit slot for infusions.",
        benefit="Pregnant women will be identified and treated earlier, arriving at delivery with healthy "
                "haemoglobin and a lower chance of needing a blood transfusion.",
        kpis=[("Women anaemic at delivery", "{prev}", "halve by month 12", "Maternity system (aggregate)"),
              ("Ferritin tested at booking", "48%", "95%", "Pathology system"),
              ("Postpartum transfusions", "2.9%", "2.0%", "Blood bank records (aggregate)")]),
}

# ---------------------------------------------------------------- per-rule variants
# Each entry: outcome -> list of variants. A variant is a str (paragraph), or a tuple for
# structured content handled by the builders. Placeholders use str.format with the doc context.

EXIT = {
    "pass": [
        "Either partner may bring the project to an end by giving {notice} days' written notice. If that "
        "happens the {nhs_short} will take back responsibility for every patient on the caseload, who will "
        "carry on being seen through usual care, and no one will be discharged without a review.",
        "By month {mx} the steering group will recommend whether the {nhs_short} should mainstream the "
        "service from its core budget. If it is not continued, the service will be wound down over three "
        "months, patients will be handed back to their registered practice with a written care plan, and "
        "the fixed-term posts funded by {co_short} will end with the project.",
        ("kv", [("Early termination", "{notice} days' notice by either party; unspent funding returned pro rata"),
                ("Patients at project end", "Returned to GP-led care with a handover letter and care plan"),
                ("Funded staff", "Secondments end; posts revert to the {nhs_short}'s establishment or close"),
                ("Equipment", "Retained by the {nhs_short} for continued NHS use")]),
    ],
    "fail": [
        "Exit strategy: TBC - to be agreed at the first steering group.",
        "The project runs from {start} to {end}. It replaces the previous audit arrangement with Brennock "
        "Diagnostics Ltd, which was terminated in January 2025 following a procurement review.",
        "At the end of the Term the Parties will meet to discuss next steps.",
    ],
}

CONF = {
    "pass": [
        "All patient information used in the project will be kept confidential in line with the Caldicott "
        "principles and the {nhs_short}'s information governance policies. Project papers and commercially "
        "sensitive information shared between the partners will not be passed to anyone else without the "
        "written agreement of the partner who supplied it, subject to the NHS partner's duties under the "
        "Freedom of Information Act 2000.",
        "Patient details will never be shared outside the direct care team. Business information exchanged "
        "for the project (budgets, plans, draft reports) is treated as confidential by both partners.",
    ],
    "warn": ["Confidentiality: standard terms."],
    "fail": ["Confidentiality: [to be inserted by legal]",
             "No specific confidentiality arrangements are considered necessary for this project."],
}

DP = {
    "pass": [
        "The {nhs_short} is the data controller for all patient data used in the project. A Data Protection "
        "Impact Assessment has been signed off by the Caldicott Guardian. {co_short} will receive only "
        "anonymised, aggregated results (no number below 5 reported) and will have no access to "
        "patient-identifiable information.",
        "No patient-identifiable data will leave the {nhs_short}. Searches are run by practice staff inside "
        "the clinical system and only aggregate counts go to the steering group. All processing complies "
        "with the UK GDPR and the Data Protection Act 2018.",
    ],
    "warn": ["All data handling will be GDPR compliant.",
             "Data will be processed in accordance with the Data Protection Act 1998."],
    "fail": [
        "{co_short}'s project analyst will be given read-only access to the practice clinical systems to "
        "pull a weekly list of eligible patients (NHS number, date of birth, latest test result), which "
        "{co_short} will hold in its own customer database to track progress.",
        "Practice records will be searched to find eligible patients, and patient-level data will be shared "
        "between all partners each month so that progress can be tracked.",
    ],
}

SALES_PASS = ("No {co_short} sales or marketing staff will take part in the project, attend steering group "
              "meetings or have any contact with patients.")

TRANS = {
    "pass": [
        "{co_short} will publish an executive summary of this project on its website before it starts, and "
        "the partners will publish a summary of the outcomes within six months of the project ending.",
        "The executive summary will be made public before work begins and the final outcomes report will be "
        "published by both partners. The value of {co_short}'s contribution will be disclosed on Disclosure UK.",
    ],
    "fail": ["INTERNAL - NOT FOR PUBLICATION.",
             "Results may be published at the Company's discretion."],
}

MEAS_WARN = ["Outcomes will be monitored by the steering group and reported at the end of the project.",
             "We expect to see better patient experience, improved adherence and stronger relationships "
             "between primary and secondary care."]
MEAS_FAIL = ["KPIs: TBC", "Outcome measures to be confirmed once the evaluation partner is appointed."]

PROMO = [
    "Patients identified by the searches will be reviewed for switching to {brand}, the best-in-class "
    "once-weekly option, to increase uptake of {brand} across the PCN.",
    "The programme will support pull-through of the {brand} brand plan and strengthen {co_short}'s share "
    "of voice with local prescribers.",
    "The audit confirmed {brand} as the gold standard treatment, and prescribers across the patch have "
    "embraced it as their first choice.",
]
