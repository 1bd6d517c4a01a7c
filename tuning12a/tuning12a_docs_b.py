"""Documents pb09, pb10, mo03-mo08: product-use benefits, placeholders, weak/absent measures."""
from tuning12a_common import doc


def docs():
    out = []
    # ------------------------------------------------------------------ pb09 PID, benefit = use of company's app/device
    out.append(doc(
        "t12a_09_asthma_digital_support_pid.docx", "pid",
        header="Project Initiation Document | Castlebridge & Wexley PCN Group | Aldren Respiratory UK Ltd",
        footer="Version 2.0 - approved 21 May 2025 - ALD-UK-JW-033",
        blocks=[
            ("title", "Asthma Inhaler Technique and Digital Support", "Project Initiation Document (joint working)"),
            ("h1", "Partners"),
            ("tbl", [["Organisation", "Address", "Accountable lead"],
                     ["Castlebridge University Hospitals NHS Trust (on behalf of the Castlebridge respiratory network)",
                      "Infirmary Road, Castlebridge CB9 1AA", "Dr Elspeth Varga, Consultant Respiratory Physician, elspeth.varga@cuh.example.nhs.uk"],
                     ["Aldren Respiratory UK Ltd", "Building 5, Pennard Park, Bracknell RG12 8ZZ",
                      "Nadia Kowalczyk, Head of Patient Solutions, nadia.kowalczyk@aldren.example.com"]]),
            ("h1", "Background"),
            ("p", "Audit in 2024 showed that 58% of adults attending the Trust's asthma clinic could not demonstrate correct inhaler "
                  "technique. Clinic time for technique checks is limited."),
            ("h1", "Objectives"),
            ("bul", ["Offer every adult attending the asthma clinic a technique check by a respiratory physiologist.",
                     "Register patients on Aldren's Breathwell+ companion app and issue the Aerolinq connected inhaler sensor.",
                     "Report adherence data from the app to the clinic team every quarter."]),
            ("h1", "Benefits"),
            ("kv", [("Patients", "More patients registered on Breathwell+ and using the Aerolinq sensor with their inhaler, "
                                 "giving them access to Aldren's digital support programme."),
                    ("NHS", "Fewer clinic minutes spent on technique checks; quarterly adherence reports."),
                    ("Aldren", "Growth in Breathwell+ registrations and real-world use of Aerolinq in secondary care.")]),
            ("h1", "KPIs"),
            ("tbl", [["KPI", "Baseline", "Target (by 31 March 2026)", "Source"],
                     ["Patients registered on Breathwell+", "0", "1,200", "App registration report"],
                     ["Patients issued an Aerolinq sensor", "0", "900", "Clinic stock log"],
                     ["Clinic minutes per technique check", "12", "5", "Clinic timing audit"]]),
            ("h1", "Resources"),
            ("p", "Aldren will fund a respiratory physiologist (Band 6, 0.6 WTE, 12 months; GBP 31,000) and provide app licences and "
                  "sensors at no cost (valued at GBP 45,000). The Trust will supply clinic space, consultant oversight and IT "
                  "integration (GBP 26,000)."),
            ("h1", "Team"),
            ("p", "Project group: Dr Varga (chair), the clinic's lead respiratory nurse, Nadia Kowalczyk and an Aldren medical "
                  "adviser. Aldren's field sales colleagues are excluded from the project."),
            ("h1", "Information governance"),
            ("p", "The Trust is data controller for clinical records and for adherence data collected in the project. Aldren will "
                  "not have access to any identifiable app or clinical record data; the Trust will produce aggregate reports "
                  "only. A DPIA has been completed by the Trust IG team."),
            ("h1", "Confidentiality"),
            ("p", "The partners will keep each other's project and commercial information confidential and will not disclose "
                  "patient information outside the direct care team."),
            ("h1", "Exit"),
            ("p", "Either side may withdraw on 60 days' written notice. At the end of the project the physiologist post ends and "
                  "technique checks revert to the asthma nurse clinic; patients keep their inhalers and may stop using the "
                  "sensor at any time."),
            ("h1", "Transparency"),
            ("p", "Aldren will publish an executive summary before the start and both partners will publish outcomes within six "
                  "months of completion."),
        ],
        overrides={"patient-benefit": "fail", "promotional-language": "fail"},
        notes="patient-benefit fail: the patients row is more use of the company's named products (Breathwell+ registrations, "
              "Aerolinq sensors); no clinical or experiential benefit is stated. promotional-language fail: objectives and KPIs "
              "drive uptake of the company's branded app and device ('growth in Breathwell+ registrations').",
        keys=["More patients registered on Breathwell+", "Growth in Breathwell+ registrations", "1,200"]))

    # ------------------------------------------------------------------ pb10 agreement, benefits TBC, KPIs by steering group
    out.append(doc(
        "t12a_10_migraine_pathway_agreement.pdf", "agreement", layout="plain",
        header="Collaborative Working Agreement - Ref CWA-MIG-2025-02", footer="Page {page} - OFFICIAL: SENSITIVE (COMMERCIAL)",
        blocks=[
            ("title", "Collaborative Working Agreement", "Headache and Migraine Community Pathway - Northmoor"),
            ("h1", "Parties"),
            ("p", "(1) Northmoor Valley NHS Foundation Trust of Moorside Hospital, Castle Lane, Northmoor NV4 2JJ; and "
                  "(2) Kestrel Neuroscience UK Ltd (company no. 11203344) of 7 Lansdowne Square, Oxford OX2 6RF."),
            ("h1", "1. Definitions and term"),
            ("p", "1.1 \"Project\" means the community headache pathway pilot described in the PID dated 3 April 2025. 1.2 This "
                  "Agreement starts on 1 June 2025 and ends on 31 May 2026 unless ended earlier under clause 9."),
            ("h1", "2. Objectives"),
            ("p", "2.1 To design and pilot a GP-with-extended-role headache clinic in two localities and to test a triage "
                  "protocol for neurology referrals."),
            ("h1", "3. Expected benefits"),
            ("p", "3.1 Trust: fewer routine neurology referrals for primary headache and a shorter neurology waiting list. "
                  "3.2 Kestrel: understanding of community headache pathways. 3.3 Benefits to patients: to be confirmed "
                  "following the scoping phase."),
            ("h1", "4. Success measures"),
            ("p", "4.1 Key performance indicators and targets will be agreed by the Steering Group at its first meeting and "
                  "recorded in the minutes."),
            ("h1", "5. Contributions"),
            ("p", "5.1 Kestrel will pay GBP 58,000 to the Trust for two GPwER sessions a week for 12 months and the pathway "
                  "project manager (0.4 WTE). 5.2 The Trust will provide consultant neurologist supervision (1 PA a week), "
                  "community clinic rooms and referral management support, valued at GBP 34,000."),
            ("h1", "6. Governance"),
            ("p", "6.1 The Steering Group comprises the Trust's Clinical Lead for Neurology (chair), the Neurology Service "
                  "Manager, a GP representative and Kestrel's Medical Science Liaison. No Kestrel staff with sales or "
                  "marketing roles will participate."),
            ("h1", "7. Data protection"),
            ("p", "7.1 The Trust is controller of all patient data processed in the Project. 7.2 Kestrel will not receive any "
                  "information from which a patient could be identified; any reports to Kestrel will be anonymised and "
                  "aggregated. 7.3 Each party will comply with the UK GDPR and the Data Protection Act 2018."),
            ("h1", "8. Confidentiality"),
            ("p", "8.1 Neither party will disclose the other's confidential information without consent, save as required by "
                  "law (including the Freedom of Information Act 2000)."),
            ("h1", "9. Termination and exit"),
            ("p", "9.1 Either party may terminate on 90 days' written notice. 9.2 On termination, patients in the community clinic "
                  "will be offered completion of their episode of care and new referrals will revert to the existing neurology "
                  "pathway. 9.3 Funded sessions end with the Agreement; the Trust will decide on continuation through its "
                  "commissioning route."),
            ("h1", "10. Publication"),
            ("p", "10.1 Kestrel will publish a summary of this Agreement before the Project begins. 10.2 Both parties will "
                  "publish the outcomes within six months of completion."),
            ("sig", [("Northmoor Valley NHS Foundation Trust", "Ian Drummond-Shaw", "Director of Operations"),
                     ("Kestrel Neuroscience UK Ltd", "Dr Ros Aldana", "Medical Director")]),
        ],
        overrides={"patient-benefit": "fail", "measurable-outcomes": "fail"},
        notes="patient-benefit fail: clause 3.3 'Benefits to patients: to be confirmed following the scoping phase' is a "
              "placeholder; the other benefits are Trust waiting list/referrals and company understanding. "
              "measurable-outcomes fail: clause 4.1 defers all KPIs and targets to the Steering Group - none are named.",
        keys=["Benefits to patients: to be confirmed following the scoping phase",
              "Key performance indicators and targets will be agreed by the Steering Group"]))

    # ------------------------------------------------------------------ mo03 PID, measures without numbers; exit = end date
    out.append(doc(
        "t12a_11_paediatric_asthma_pid.docx", "pid",
        header="Harrowdale Children's Respiratory Project - PID", footer="Draft 0.7 | OFFICIAL",
        blocks=[
            ("title", "Harrowdale Children's Asthma - Schools and Families Project", "Project Initiation Document"),
            ("kv", [("Partners", "Harrowdale and Fenmouth Integrated Care Board; Mereside Health Sciences UK Ltd"),
                    ("ICB lead", "Grace Ilunga, Head of Children's Commissioning, grace.ilunga@hficb.example.nhs.uk"),
                    ("Company lead", "Dr Theo Marchetti, Medical Affairs Manager, theo.marchetti@mereside.example.com"),
                    ("Dates", "September 2025 to March 2026")]),
            ("h1", "Background"),
            ("p", "Harrowdale has one of the highest rates of emergency asthma admissions for children aged 5-16 in the region. "
                  "School nurses report that many children do not carry a reliever inhaler and that families are unsure what "
                  "to do during an attack."),
            ("h1", "What children and families will gain"),
            ("bul", ["Children will have a written personalised asthma action plan and know how to use their inhaler.",
                     "Fewer children will have attacks serious enough to need emergency care, and fewer school days will be lost.",
                     "Parents will feel more confident managing symptoms at home."]),
            ("h1", "Benefits to the ICB and to Mereside"),
            ("p", "The ICB gains an asthma-friendly schools model it can roll out across the footprint. Mereside gains experience "
                  "of school-based health projects and a joint evaluation."),
            ("h1", "Measuring progress"),
            ("tbl", [["Objective", "How we will measure it"],
                     ["Reduce emergency attendances", "A&E attendances for asthma in children"],
                     ["Improve inhaler technique", "Inhaler technique scores"],
                     ["Improve family confidence", "Parent questionnaire"]]),
            ("h1", "Resources"),
            ("p", "Mereside will fund two school asthma nurses (Band 6, 0.5 WTE each, seven months; GBP 27,500) and training "
                  "materials that carry no product branding. The ICB will provide commissioning and analytics time, school "
                  "nursing supervision and access to the schools network, valued at GBP 19,000."),
            ("h1", "Governance"),
            ("p", "A small project board (ICB children's commissioning lead, school nursing manager, a GP with an interest in "
                  "paediatrics and Mereside's medical affairs manager) will meet monthly. Sales staff will not be involved."),
            ("h1", "Information governance and confidentiality"),
            ("p", "School nurses work under the provider trust's information governance policies; the provider remains data "
                  "controller. Mereside will receive only anonymised, aggregated figures. Project materials and commercial "
                  "information are confidential to the partners."),
            ("h1", "End of project"),
            ("p", "The project will end on 31 March 2026."),
            ("h1", "Publication"),
            ("p", "An executive summary will be published by Mereside before the start; an outcomes summary will be published by "
                  "both partners within six months of the end."),
        ],
        overrides={"measurable-outcomes": "warn", "exit-strategy": "fail"},
        notes="measurable-outcomes warn: measures are named (A&E attendances, technique scores, questionnaire) but have no "
              "baselines, targets, numbers or timescales. exit-strategy fail: only an end date; nothing on what happens to "
              "children, nurse posts or the service after the project or on early termination.",
        keys=["A&E attendances for asthma in children", "The project will end on 31 March 2026.",
              "Children will have a written personalised asthma action plan"]))

    # ------------------------------------------------------------------ mo04 PID, targets by steering group; DP bare GDPR
    out.append(doc(
        "t12a_12_hypertension_pharmacy_pid.pdf", "pid", layout="twocol",
        header="Ashbury Community Pharmacy Hypertension Project - PID", footer="v1.1 - page {page}",
        blocks=[
            ("title", "Blood Pressure Checks and Follow-up in Ashbury Community Pharmacies", "Project Initiation Document"),
            ("h1", "Partners and leads"),
            ("p", "Ashbury Local Pharmaceutical Committee Ltd (Priyanka Sethi, Chief Officer); Ashbury Teaching Hospitals NHS "
                  "Trust (Dr Jon Whitlock, Consultant in Clinical Pharmacology); Pellbridge Pharma UK plc (Amara Lindqvist, "
                  "Healthcare Partnerships Director)."),
            ("h1", "Why now"),
            ("p", "Around 19,000 adults in Ashbury are estimated to have undiagnosed hypertension. Pharmacy blood pressure checks "
                  "are available but onward referral to general practice is inconsistent and results are often lost."),
            ("h1", "Aims"),
            ("p", "Build a closed-loop referral from 30 pharmacies to general practice, with a hospital-led virtual clinic for "
                  "people with very high readings."),
            ("h1", "Who benefits"),
            ("p", "People with raised blood pressure will be identified earlier, will receive a clear written result and will be "
                  "booked for GP follow-up rather than being told to 'see your GP'. Those with very high readings will be "
                  "seen in a virtual clinic within a week. Pharmacies and practices get a reliable referral route; "
                  "Pellbridge gains learning about community cardiovascular prevention."),
            ("h1", "Measures"),
            ("p", "We will track: the number of pharmacy checks; the proportion of raised readings with a completed GP "
                  "follow-up; time to virtual clinic for very high readings; and new hypertension diagnoses coded in "
                  "practice records. Data sources: pharmacy referral platform and practice searches. Baselines will be "
                  "extracted and targets will be set by the steering group at its first meeting."),
            ("h1", "Resources"),
            ("p", "Pellbridge: GBP 62,000 for pharmacy service fees and a 0.5 WTE project coordinator. LPC: pharmacy engagement "
                  "and training (GBP 12,000 in kind). Trust: virtual clinic sessions and pharmacist supervision (GBP 21,000)."),
            ("h1", "Steering group"),
            ("p", "LPC Chief Officer (chair), Trust consultant, ICB cardiovascular lead and Pellbridge's healthcare partnerships "
                  "director. No sales personnel will be members."),
            ("h1", "Data"),
            ("p", "The project will be GDPR compliant."),
            ("h1", "Confidentiality"),
            ("p", "All partners will keep patient information and project papers confidential; commercial information shared "
                  "between partners will not be disclosed without consent unless the law requires it."),
            ("h1", "Exit arrangements"),
            ("p", "Either partner may leave on three months' notice. Pharmacies will complete referrals already in progress and "
                  "the Trust virtual clinic will see anyone already booked. The ICB has agreed to consider commissioning the "
                  "referral route from April 2027 based on the evaluation."),
            ("h1", "Dates and publication"),
            ("p", "Start Q3 2025; finish Q1 2027. Pellbridge will publish an executive summary before the start; outcomes will be "
                  "published within six months of the end."),
        ],
        overrides={"measurable-outcomes": "warn", "data-protection": "warn"},
        notes="measurable-outcomes warn: measures and data sources are listed, but no baselines, numeric targets or dates - "
              "'targets will be set by the steering group'. data-protection warn: a bare 'The project will be GDPR compliant.'",
        keys=["targets will be set by the steering group at its first meeting", "The project will be GDPR compliant.",
              "Ashbury Local Pharmaceutical Committee Ltd"]))
    return out + docs_b2()


def docs_b2():
    from tuning12a_docs_b2 import docs as more
    return more()
