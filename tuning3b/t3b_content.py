"""Fictional content pools for the tuning3b set (topics, organisations, voice-specific clause text).

All organisations, people and products are invented. Text is written for this set only.
"""

TOPICS = {
    "hf": dict(
        title="Heart Failure Medicines Optimisation Clinics",
        cohort="adults on the heart failure register with reduced ejection fraction",
        background=(
            "Around 1 in 90 adults in the area are on a practice heart failure register, and a large share "
            "of them are not on the combination of treatments that national guidance recommends, usually because "
            "titration visits are hard to schedule. Community heart failure nurses carry caseloads well above "
            "the regional average and the waiting time for a first specialist review has drifted to 14 weeks. "
            "Emergency admissions for decompensated heart failure have risen each winter for three years."),
        objectives=[
            "Set up nurse-led optimisation clinics in four community hubs.",
            "Review every eligible patient on the register within 12 months.",
            "Reduce the wait for a first specialist review.",
            "Build local titration skills so the clinics can continue after the project."],
        benefit="Patients will be reviewed closer to home, with the wait for a first specialist review "
                "expected to fall from 14 weeks to 6 weeks; better symptom control (breathlessness, ankle "
                "swelling) and fewer unplanned admissions are the intended result for the patient.",
        kpis=[["Median wait for first specialist review", "14 weeks (Q1 baseline)", "6 weeks by month 12", "Community HF service PAS"],
              ["% eligible patients on guideline-directed therapy", "41%", "65% by month 18", "Practice clinical system audit (aggregate)"],
              ["HF emergency admissions per 1,000 registered", "3.1 per year", "2.6 per year", "Secondary Uses Service / local BI"],
              ["Patient-reported breathlessness (MRC scale) improved", "not measured", "50% of reviewed patients", "Clinic questionnaire"]],
        neutral="Treatment options are those set out in NICE NG106 and the local formulary; titration follows "
                "the heart failure team's own protocol.",
        service="optimisation clinics"),
    "resp": dict(
        title="Inhaler Technique and Asthma Review Programme",
        cohort="people with asthma who have had two or more courses of oral steroids in the last year",
        background=(
            "Practice audit shows that only about half of people with asthma had a documented review in the "
            "past year and that inhaler technique is rarely checked. Reliever over-use is common and is "
            "linked with attacks that end in emergency department visits. Practices report that they lack "
            "nurse time to run structured reviews."),
        objectives=[
            "Offer a structured asthma review with inhaler technique check to every patient in the cohort.",
            "Reduce reliever over-use and steroid courses.",
            "Train practice nurses and clinical pharmacists in technique coaching."],
        benefit="Patients get a longer, structured review with a clinician, hands-on help with their inhaler "
                "and a written action plan, aiming at fewer asthma attacks and less time off work or school.",
        kpis=[["Patients with a review in last 12 months", "52%", "80% by month 12", "Clinical system search (aggregate)"],
              ["Patients issued 6+ relievers a year", "18%", "12% by month 12", "ePACT2 / prescribing data"],
              ["Oral steroid courses per 100 patients", "34", "25 by month 12", "Clinical system search"],
              ["Patients with a written action plan", "29%", "70%", "Clinical system search"]],
        neutral="Inhaler choice is made by the reviewing clinician in line with national asthma guidance and the "
                "formulary; the programme is not linked to any inhaler brand.",
        service="asthma reviews"),
    "af": dict(
        title="Atrial Fibrillation Detection in Community Pharmacy and General Practice",
        cohort="people aged 65 and over attending for flu vaccination or a long-term condition review",
        background=(
            "Modelled prevalence suggests that several hundred people in the area have atrial fibrillation "
            "that has not been diagnosed. Undetected AF is a major cause of preventable stroke. Pulse checks "
            "are inconsistently recorded and there is no agreed route from a positive check to an ECG."),
        objectives=[
            "Introduce opportunistic pulse checks with single-lead ECG devices at two points of contact.",
            "Agree a clear referral route from a positive check to 12-lead ECG and clinical review.",
            "Improve the recorded AF prevalence towards the expected level."],
        benefit="Earlier identification of people with undiagnosed AF, with a confirmed diagnosis within 4 weeks "
                "of a positive check so that stroke-risk discussions happen sooner.",
        kpis=[["Recorded AF prevalence", "1.9%", "2.3% by month 12", "QOF register (aggregate)"],
              ["Pulse checks recorded", "not recorded", "4,000 in 12 months", "Device log / practice search"],
              ["Days from positive check to 12-lead ECG", "about 40 days", "under 28 days", "Practice audit"]],
        neutral="Anticoagulation decisions follow NICE NG196 and are made by the patient's own clinician.",
        service="pulse-check clinics"),
    "ckd": dict(
        title="Early Identification of Chronic Kidney Disease in People with Diabetes or Hypertension",
        cohort="adults with diabetes or hypertension without a urine albumin test in the past 15 months",
        background=(
            "Urine albumin:creatinine testing in people with diabetes or hypertension is well below the "
            "level needed to find kidney disease early. Many people with CKD stages 3 and 4 are not coded, "
            "so they do not receive the blood pressure and cardiovascular risk review they should."),
        objectives=[
            "Increase uACR testing in the target cohort.",
            "Code CKD correctly where the test results support it.",
            "Offer a structured risk review to people newly identified."],
        benefit="People with early kidney disease will be found and reviewed sooner, giving them a chance to slow "
                "decline and reduce cardiovascular risk; fewer late referrals to the renal team.",
        kpis=[["uACR tests in target cohort", "38%", "70% by month 12", "Practice search (aggregate)"],
              ["Coded CKD prevalence vs expected", "62%", "80%", "Practice search"],
              ["Newly identified patients offered review within 8 weeks", "n/a", "90%", "Project log"]],
        neutral="Management follows NICE NG203 and the local renal guideline; no specific medicine is promoted.",
        service="kidney health reviews"),
    "lipid": dict(
        title="Secondary Prevention Lipid Optimisation Service",
        cohort="people who have had a heart attack or stroke and whose cholesterol is above target",
        background=(
            "Audit of people after a cardiovascular event shows that fewer than half reach the cholesterol "
            "levels recommended by national guidance. Follow-up blood tests are often missed after discharge "
            "and primary care teams have limited pharmacist time to review treatment."),
        objectives=[
            "Identify people after an event whose cholesterol is above target.",
            "Offer a pharmacist-led review with repeat blood test.",
            "Agree a shared primary/secondary care pathway."],
        benefit="Patients who have already had a heart attack or stroke will have their cholesterol reviewed and "
                "their treatment adjusted, lowering the risk of a further event.",
        kpis=[["Patients at lipid target after an event", "44%", "60% by month 12", "Practice search (aggregate)"],
              ["Lipid test within 3 months of discharge", "51%", "80%", "Pathology / practice search"],
              ["Patients reviewed by pharmacist", "0", "900 in 12 months", "Project log"]],
        neutral="Lipid-lowering therapy follows the national lipid pathway; statins remain first line and any "
                "further option is a clinician decision.",
        service="lipid reviews"),
    "fls": dict(
        title="Fracture Liaison Service Expansion",
        cohort="people aged 50 and over presenting with a fragility fracture",
        background=(
            "The hospital identifies only a minority of people with a fragility fracture for bone health "
            "assessment. Without a liaison service many leave hospital without a plan, and second fractures, "
            "especially hip fractures, are common within two years."),
        objectives=[
            "Extend case-finding to outpatient fracture clinics and the emergency department.",
            "Offer bone health assessment within 12 weeks of fracture.",
            "Strengthen falls prevention referrals."],
        benefit="More people with a first fragility fracture will get a bone health and falls assessment within 12 "
                "weeks, reducing the chance of a second, more serious fracture.",
        kpis=[["Fragility fractures identified by the service", "37%", "75% by month 12", "FLS database (aggregate)"],
              ["Assessment within 12 weeks", "48%", "80%", "FLS database"],
              ["Referrals to falls service", "120 a year", "300 a year", "Falls service log"]],
        neutral="Bone protection options follow national osteoporosis guidance and the local formulary.",
        service="bone health assessments"),
    "derm": dict(
        title="Community Dermatology Triage for Moderate to Severe Psoriasis",
        cohort="people with psoriasis referred to hospital dermatology",
        background=(
            "Routine dermatology waits exceed 40 weeks. A large proportion of psoriasis referrals could be "
            "managed with advice and guidance or a community clinic, while people who need systemic therapy "
            "wait too long to be seen."),
        objectives=[
            "Triage all psoriasis referrals through an advice and guidance service.",
            "Run a community clinic with a GP with an extended role.",
            "Fast-track people who need specialist treatment."],
        benefit="Shorter waits: people with severe disease seen by a specialist within 8 weeks instead of 40, and "
                "others managed closer to home with better control of itching and skin symptoms.",
        kpis=[["Wait to first appointment (severe)", "40 weeks", "8 weeks by month 9", "Trust PAS"],
              ["Referrals managed by advice and guidance", "5%", "30%", "e-RS reports"],
              ["DLQI improvement of 4 points or more", "not measured", "60% of clinic patients", "Clinic questionnaire"]],
        neutral="Any treatment decision follows NICE guidance on psoriasis; the project does not specify a medicine.",
        service="community dermatology clinics"),
    "t2d": dict(
        title="Type 2 Diabetes Structured Review and Education Programme",
        cohort="adults with type 2 diabetes whose HbA1c is above 58 mmol/mol",
        background=(
            "Fewer than half of people with type 2 diabetes in the network receive all the recommended annual "
            "care processes. Attendance at structured education is low and the waiting list for the community "
            "diabetes service is long."),
        objectives=[
            "Deliver group education sessions in community venues and online.",
            "Complete all care processes for people in the cohort.",
            "Support practices to run LTC reviews in one visit."],
        benefit="Patients get a single joined-up long-term condition review and a place on an education course "
                "within 6 weeks, aiming at better glucose control and fewer complications.",
        kpis=[["All 8 care processes completed", "46%", "70% by month 12", "National Diabetes Audit extract"],
              ["Patients attending education", "9%", "30%", "Course register"],
              ["Mean HbA1c in cohort", "71 mmol/mol", "-5 mmol/mol at 12 months", "Practice search (aggregate)"]],
        neutral="Diabetes treatment follows NICE NG28; medicine classes such as SGLT2 inhibitors are considered "
                "only where the guideline recommends them.",
        service="LTC review clinics"),
    "mig": dict(
        title="Headache Pathway Redesign",
        cohort="people referred to neurology with headache",
        background=(
            "Headache is the most common reason for neurology referral and waits for routine appointments have "
            "exceeded a year. Many referrals could be managed in primary care with clear guidance and access "
            "to a headache nurse."),
        objectives=[
            "Create a primary care headache guideline and referral form.",
            "Provide a headache nurse telephone clinic.",
            "Reduce inappropriate neurology referrals."],
        benefit="People with headache will be assessed within 6 weeks by a headache nurse instead of waiting over a "
                "year, with fewer headache days through better use of preventive care.",
        kpis=[["Wait for first assessment", "56 weeks", "6 weeks by month 9", "Trust PAS"],
              ["Headache referrals to neurology", "110 per month", "70 per month", "e-RS"],
              ["Patients with fewer monthly headache days at 3 months", "n/a", "50%", "Headache diary (aggregate)"]],
        neutral="Acute and preventive treatment follows national headache guidance.",
        service="headache nurse clinics"),
}

# Organisations. kind: which voice normally uses them.
COMPANIES = {
    "delmont": dict(name="Delmont Pharma UK Limited", short="Delmont", reg="company number 04417720, registered in England and Wales",
                    addr="3 Meridian Place, Reading RG2 6GE", parent="a subsidiary of Delmont Therapeutics Inc., Princeton, New Jersey"),
    "halver": dict(name="Halvergate Pharmaceuticals UK Ltd", short="Halvergate", reg="company number 06621985",
                   addr="Unit 9, Tanner's Yard, Cambridge CB4 0WS", parent=""),
    "corvane": dict(name="Corvane Biosciences UK Limited", short="Corvane", reg="registered in England and Wales under number 08120344",
                    addr="41 Harbour Road, Bristol BS1 6QN", parent=""),
    "ostr": dict(name="Ostrander Medical UK Limited", short="Ostrander", reg="company number 10093311",
                 addr="Building 2, Parkway Court, Uxbridge UB8 1TP", parent="the UK affiliate of Ostrander Medical Corporation, Boston, Massachusetts"),
    "bright": dict(name="Brightmoor Health UK Ltd", short="Brightmoor", reg="company number 07713402",
                   addr="12 Wellington Street, Leeds LS1 4DL", parent=""),
}

NHS = {
    "cwm": dict(name="Cwm Tawel University Health Board", short="the Health Board", addr="Tŷ Glan-yr-Afon, Heol y Bont, Castell Tawel CT1 2AB", nation="wales"),
    "teifi": dict(name="Bae Teifi University Health Board", short="the Health Board", addr="Plas Morfa, Ffordd y Môr, Aberteifi SA43 9ZZ", nation="wales"),
    "glens": dict(name="Northern Glens Health and Social Care Trust", short="the Trust", addr="Glenview House, 20 Antrim Road, Ballyglen BT40 9XY", nation="ni"),
    "loughs": dict(name="Southern Loughs Health and Social Care Trust", short="the Trust", addr="Loughside Centre, Market Street, Craigavon BT63 9ZZ", nation="ni"),
    "westmere": dict(name="Westmere NHS Foundation Trust", short="the Trust", addr="Westmere General Hospital, Station Road, Westmere WM3 8PL", nation="england"),
    "harrow": dict(name="NHS Harrowdale Integrated Care Board", short="the ICB", addr="Alder House, 5 Quay Street, Harrowdale HD9 2QT", nation="england"),
    "kestrel": dict(name="Kestrel Valley Health Federation CIC", short="the Federation", addr="Kestrel Valley Medical Centre, Mill Lane, Kestrelford KV2 4RS", nation="england"),
    "forge": dict(name="The Old Forge Surgery", short="the Practice", addr="The Old Forge Surgery, Heol Fawr, Pentrebach CF48 4AA", nation="wales"),
    "diabteam": dict(name="the Diabetes Team, Westmere General Hospital", short="the Diabetes Team", addr="Westmere General Hospital, Station Road, Westmere WM3 8PL", nation="england"),
    "kvpcn": dict(name="Kestrel Valley Primary Care Network", short="the PCN", addr="c/o Mill Lane Surgery, Kestrelford KV2 4RS", nation="england"),
    "icsni": dict(name="the Integrated Care System (Northern Ireland)", short="the ICS", addr="Belfast", nation="ni"),
    "calder": dict(name="Calder and Ashby NHS Trust", short="the Trust", addr="Ashby Road, Calderton CA5 1TT", nation="england"),
}

UNIS = {
    "northbridge": dict(name="University of Northbridge", short="the University", addr="School of Health Sciences, Northbridge NB1 3UE"),
}
