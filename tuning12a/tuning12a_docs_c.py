"""Documents ok01-ok04: pass patient benefit and measurable outcomes in unusual wording."""
from tuning12a_common import doc


def docs():
    out = []
    # ------------------------------------------------------------------ ok01 PID twocol, patient stories + before/after
    out.append(doc(
        "t12a_17_dermatology_teledermoscopy_pid.pdf", "pid", layout="twocol",
        header="Teledermoscopy for Suspected Skin Cancer - PID v2.1 - OFFICIAL", footer="Page {page} | Approval ref PLB-UK-CW-0455 | April 2025",
        blocks=[
            ("title", "Teledermoscopy for Suspected Skin Cancer Referrals", "Project Initiation Document - Ashbury Teaching Hospitals NHS Trust "
             "with Pellbridge Pharma UK plc"),
            ("h1", "The problem in one paragraph"),
            ("p", "The Trust receives about 9,600 urgent suspected skin cancer referrals a year. Fewer than one in ten turn out to be "
                  "cancer, yet every referral is booked into a face-to-face clinic. Clinics are full; the median wait for a "
                  "first appointment is 19 days against the 14-day expectation."),
            ("h1", "Two people this is for"),
            ("p", "Mr D is 71 and lives on a farm 35 miles from the hospital. He found a new mole, his GP referred him urgently and "
                  "he has to arrange a lift for a 10-minute appointment, three weeks away. Under the project, his practice "
                  "nurse takes dermoscopic images the same week; a consultant reviews them within 5 working days and tells "
                  "him it is a harmless seborrhoeic keratosis - no journey needed."),
            ("p", "Ms K is 38. Her lesion is a melanoma. Today she waits in the same queue as Mr D. Under the project, images flag "
                  "her lesion as high risk, and she is booked straight to surgery, gaining about two weeks towards treatment."),
            ("h1", "What the partners get"),
            ("p", "The Trust: clinic slots kept for people who need them; a model to spread to other practices. Pellbridge: learning "
                  "about diagnostic pathway redesign. Pellbridge has no dermatology medicines in this pathway."),
            ("h1", "Before and after"),
            ("tbl", [["", "Before (2024/25)", "After (target, Q4 2026)"],
                     ["Median days referral to decision", "19", "7"],
                     ["Referrals discharged without a hospital visit", "0%", "40%"],
                     ["Melanoma patients treated within 62 days", "81%", "92%"],
                     ["Data source", "Cancer PTL and PAS", "Same; monthly"]]),
            ("h1", "Who puts in what"),
            ("p", "Pellbridge: 20 dermatoscopes and image-capture licences for 24 months, plus funding for a 0.5 WTE clinical "
                  "photographer coordinator (total GBP 74,000). Trust: consultant reporting sessions (3 a week), IT "
                  "integration, training of practice staff and evaluation analyst time (GBP 88,000)."),
            ("h1", "People"),
            ("p", "Senior responsible owner: Dr Imogen Slade, Clinical Director for Dermatology (imogen.slade@ath.example.nhs.uk). "
                  "Pellbridge lead: Colin Baptiste, Partnerships Manager (colin.baptiste@pellbridge.example.com). The project "
                  "board has no members from Pellbridge's commercial or sales functions."),
            ("h1", "Keeping information safe"),
            ("p", "Images and clinical records are held only on Trust systems; the Trust is data controller and has completed a "
                  "DPIA. Pellbridge will see no images or personal data - only monthly aggregate figures. Project documents and "
                  "any commercially sensitive information are confidential between the partners, subject to FOI."),
            ("h1", "When it ends"),
            ("p", "Planned end December 2026. Either party can give three months' notice to stop earlier. At the end, dermatoscopes "
                  "transfer to Trust ownership; if the Trust does not continue the model, referrals revert to face-to-face "
                  "clinics with no patient left without a decision on their images."),
            ("h1", "Openness"),
            ("p", "Pellbridge will post an executive summary on its website before go-live, and both partners will publish the "
                  "results within six months of the end."),
        ],
        notes="All rules pass. patient-benefit is conveyed through two patient vignettes (no journey; faster melanoma "
              "treatment); measurable-outcomes through a before/after table with baselines, targets, dates and sources.",
        keys=["Mr D is 71 and lives on a farm", "Melanoma patients treated within 62 days", "dermatoscopes transfer to Trust ownership"]))

    # ------------------------------------------------------------------ ok02 agreement docx, percentages in prose
    out.append(doc(
        "t12a_18_ckd_hyperkalaemia_agreement.docx", "agreement",
        header="COLLABORATIVE WORKING AGREEMENT", footer="Kelsworth CKD medicines optimisation | Final | v3",
        blocks=[
            ("title", "Agreement for Collaborative Working", "CKD Medicines Optimisation Clinics, Kelsworth"),
            ("p", "Date: 19 May 2025"),
            ("p", "Parties: KELSWORTH COMMUNITY HEALTH NHS TRUST, of Unit 1, Longmeadow Business Park, Kelsworth KW6 3DD "
                  "(\"the Trust\"); BRACKENRIDGE GP FEDERATION LTD, Unit 3, Tannery Yard, Brackenridge BR1 4TT (\"the "
                  "Federation\"); and TARRANT LIFE SCIENCES LTD, company number 08876512, 12 Canal Street, Manchester M1 3HX "
                  "(\"Tarrant\")."),
            ("h1", "1 What the parties are doing together"),
            ("p", "1.1 Joint renal pharmacist clinics for people with stage 3-4 chronic kidney disease across the Federation's "
                  "practices, run by the Trust's community renal team."),
            ("h1", "2 Why it matters to the people seen"),
            ("p", "2.1 Today roughly one in five people with stage 3-4 CKD in the Federation has blood pressure above the NICE "
                  "threshold and has not had a medicines review in the last year. The parties expect to bring that down to "
                  "about one in ten by March 2027. People seen will have their kidney medicines checked, their blood pressure "
                  "controlled and a plan that slows the decline of kidney function, reducing the chance of needing dialysis."),
            ("p", "2.2 For the Trust and the Federation, the clinics provide a shared model of care; for Tarrant, an understanding "
                  "of how CKD care is organised between community and primary care."),
            ("h1", "3 How we will know"),
            ("p", "3.1 The Federation's data lead will run the agreed search at the start (June 2025), at 12 months and at 21 "
                  "months. Besides the one-in-five measure above, the parties aim to see the share of patients with a urine "
                  "ACR recorded in the last 12 months rise from 46 per cent to at least 75 per cent, and for three-quarters of "
                  "people reviewed to have an agreed CKD care plan on file by the end of the project."),
            ("h1", "4 What each party contributes"),
            ("p", "4.1 Tarrant: GBP 71,000, paid quarterly to the Trust, for a Band 8a renal pharmacist (0.6 WTE) for 21 months. "
                  "4.2 Trust: consultant nephrologist advice line, supervision and training (valued at GBP 23,000). "
                  "4.3 Federation: clinic rooms, search development, administrative booking (valued at GBP 18,500)."),
            ("h1", "5 Oversight"),
            ("p", "5.1 A steering group of the Trust's renal nurse consultant (chair), the Federation's head of medicines "
                  "optimisation and Tarrant's Medical Science Liaison meets every two months. 5.2 Tarrant's representatives "
                  "and account managers will take no part in the project."),
            ("h1", "6 Personal data"),
            ("p", "6.1 The practices and the Trust act as controllers for their own records under UK GDPR and the Data Protection "
                  "Act 2018. 6.2 Nothing that identifies a patient will be passed to Tarrant."),
            ("h1", "7 Confidentiality"),
            ("p", "7.1 Each party will protect confidential information received from another party and use it only for the "
                  "project, subject to the NHS parties' obligations under FOIA."),
            ("h1", "8 Ending the arrangement"),
            ("p", "8.1 Any party may withdraw on three months' notice; a PMCPA ruling of a Code breach allows immediate suspension. "
                  "8.2 On withdrawal or at the end, people under review will be handed back to their GP with a written plan; "
                  "the pharmacist post reverts to the Trust establishment if funded, otherwise it ends."),
            ("h1", "9 Publishing"),
            ("p", "9.1 Tarrant will put a summary of this agreement on its website before the clinics begin. 9.2 The parties will "
                  "publish the results within six months of completion, and Tarrant will declare its payments on Disclosure UK."),
            ("sig", [("Kelsworth Community Health NHS Trust", "Ruth Mbeki", "Director of Clinical Services"),
                     ("Brackenridge GP Federation Ltd", "Dr Hamid Castellan", "Clinical Director"),
                     ("Tarrant Life Sciences Ltd", "Dr Oliver Strand", "Medical Director UK")]),
        ],
        notes="All rules pass. measurable-outcomes: baselines and targets are given in prose ('one in five to one in ten by "
              "March 2027', '46 per cent to at least 75 per cent') with measurement points and data owner. patient-benefit: "
              "clause 2.1 (BP control, slower decline, lower chance of dialysis).",
        keys=["roughly one in five people", "about one in ten by March 2027", "from 46 per cent to at least 75 per cent"]))

    # ------------------------------------------------------------------ ok03 ES pdf, "what will change for people"
    out.append(doc(
        "t12a_19_heart_valve_es.pdf", "executive-summary", layout="ruled",
        header="Executive summary - published before project start", footer="SOL-UK-CW-0118 | Prepared March 2025 | page {page}",
        blocks=[
            ("title", "Finding People with Undiagnosed Heart Valve Disease in Fenmouth", "Executive summary of a collaborative working "
             "project between Fenmouth and District Hospitals NHS Foundation Trust and Solvane Medical UK Ltd"),
            ("kv", [("Why", "Aortic stenosis is often found late, when people are already breathless or have been admitted. Many "
                            "have a heart murmur recorded years earlier with no echo ordered."),
                    ("What will change for people", "Older people with a recorded murmur will be invited for a community "
                     "echocardiogram close to home. Those with significant valve disease will be seen by the valve team "
                     "before they become unwell, rather than after an emergency admission."),
                    ("What will change for the Trust", "Planned rather than emergency valve work; a community echo model it "
                     "can keep."),
                    ("What Solvane expects", "Learning about structural heart disease pathways. Solvane does not supply any "
                     "product used in the pathway."),
                    ("Records used", "Practice records will be searched by practice staff. The Trust and practices remain "
                     "controllers; Solvane will receive only anonymised totals and no personal data."),
                    ("Dates", "September 2025 to February 2027"),
                    ("Money and time", "Solvane: GBP 112,000 for a cardiac physiologist and portable echo sessions. Trust: "
                     "cardiologist reporting time, valve clinic slots, project management (GBP 80,000)."),
                    ("Publishing", "Solvane publishes this summary before the start; both partners will publish outcomes "
                     "within six months of the end.")]),
        ],
        es_data=True,
        notes="All applicable rules pass. patient-benefit stated under 'What will change for people' without the word "
              "'benefit'. data-protection applies (practice records searched) and passes. measurable-outcomes n/a for ES.",
        keys=["What will change for people", "Solvane will receive only anonymised totals", "GBP 112,000"]))

    # ------------------------------------------------------------------ ok04 outcomes summary pdf, before/after + quotes
    out.append(doc(
        "t12a_20_insulin_safety_outcomes.pdf", "outcomes-summary", layout="plain",
        header="Inpatient Insulin Safety Project - Outcomes", footer="Northmoor Valley NHS FT and Orrin Biopharma UK Ltd - page {page}",
        ruled_tables=False,
        blocks=[
            ("title", "Inpatient Insulin Safety: What Happened", "Summary of project outcomes, October 2023 - September 2024"),
            ("p", "Partners: Northmoor Valley NHS Foundation Trust and Orrin Biopharma UK Ltd. Orrin funded a diabetes inpatient "
                  "specialist nurse for 12 months (GBP 61,000); the Trust provided diabetologist time, e-learning development "
                  "and pharmacy audit (GBP 44,000)."),
            ("h1", "In patients' words"),
            ("p", "\"Last time I was in, nobody knew when to give my insulin and I went hypo twice. This time the nurse came on day "
                  "one and sorted out a plan with me.\" - patient, ward 7"),
            ("p", "\"I was allowed to keep doing my own injections, which meant I felt in control.\" - patient, surgical unit"),
            ("h1", "Numbers, start and end"),
            ("tbl", [["Measure (source)", "Oct 2023", "Sep 2024", "Goal set at start"],
                     ["Hypoglycaemia episodes per 100 inpatients with diabetes (ward audit)", "18", "9", "12"],
                     ["Insulin prescribing errors per month (Datix)", "27", "11", "15"],
                     ["Eligible patients self-administering insulin (pharmacy audit)", "6%", "31%", "25%"],
                     ["Staff completing insulin e-learning (ESR)", "22%", "84%", "80%"]]),
            ("h1", "What we learnt"),
            ("bul", ["Day-one review by the specialist nurse drove most of the fall in hypoglycaemia.",
                     "Self-administration needed a simple competency checklist for ward nurses."]),
            ("h1", "After the project"),
            ("p", "The Trust has made the specialist nurse post permanent from October 2024."),
            ("h1", "Publication"),
            ("p", "This summary is published on the Trust and Orrin websites within six months of completion, and Orrin's funding "
                  "is disclosed on Disclosure UK."),
        ],
        notes="All applicable rules pass. patient-benefit shown via patient quotes and hypoglycaemia reduction; "
              "measurable-outcomes via a start/end table with goals and data sources.",
        keys=["Hypoglycaemia episodes per 100 inpatients", "I felt in control", "GBP 61,000"]))
    return out
