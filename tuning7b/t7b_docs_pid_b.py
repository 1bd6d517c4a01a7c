"""tuning7b PIDs 05-08."""


def pid_05():
    blocks = [
        ("title", "PID: Psoriasis Shared Care Pathway (Holmwood PCN area)"),
        ("sub", "Prepared by Dermatology Service Manager, Greyfriars and Holmwood NHS Foundation Trust, with Quillon Medical UK Ltd. Version 1.0, 3 March 2026"),
        ("h", "About the project"),
        ("p", "Waits for a first dermatology appointment for moderate to severe psoriasis are 34 weeks. The Trust and Quillon will "
              "set up a shared-care pathway where a GP with an extended role in dermatology triages referrals, starts topical "
              "and phototherapy pathways early and fast-tracks people who need systemic treatment to the consultant clinic."),
        ("h", "Benefits"),
        ("bul", [
            "Patients: seen and started on appropriate treatment sooner; fewer weeks living with uncontrolled, painful plaques; "
            "screening for joint symptoms and mood at first contact.",
            "Trust: shorter consultant waiting list; better use of phototherapy capacity.",
            "Quillon: learning about community dermatology pathways.",
        ]),
        ("h", "How we will know it worked"),
        ("table", [
            ["Measure", "Now", "Target", "By", "Source"],
            ["Median wait to first assessment (weeks)", "34", "12", "Dec 2026", "Trust PAS"],
            ["Patients with DLQI recorded at first contact", "15%", "90%", "Sep 2026", "Clinic template"],
            ["Referrals returned to GP with advice only", "9%", "25%", "Dec 2026", "Triage log"],
            ["PsA screening (PEST) completed", "not recorded", "80%", "Dec 2026", "Clinic template"],
        ]),
        ("h", "Money and people"),
        ("table", [
            ["Organisation", "Gives", "Value"],
            ["Greyfriars and Holmwood NHS FT", "Consultant dermatologist 1 PA/week supervision, clinic rooms, phototherapy slots, "
             "service manager 0.1 WTE, BI reports", "£36,800 in kind"],
            ["Quillon Medical UK Ltd", "Funds GPwER sessions (2 per week for 10 months); project manager 0.1 WTE; "
             "patient information leaflets (non-promotional, Trust-approved)", "£44,000"],
        ]),
        ("h", "Steering group"),
        ("table", [
            ["Member", "Organisation"],
            ["Marcus Delaney-Fox, Dermatology Service Manager (chair)", "Greyfriars and Holmwood NHS FT"],
            ["Dr Ines Carvalho, Consultant Dermatologist", "Greyfriars and Holmwood NHS FT"],
            ["Dr Bethan Lowe, GPwER", "Holmwood PCN (via the Trust contract)"],
            ["Anjali Patel, Medical Affairs Manager", "Quillon Medical UK Ltd"],
            ["Craig Sutton, Key Account Manager - Immunology", "Quillon Medical UK Ltd"],
        ]),
        ("p", "The steering group meets every six weeks, signs off the monthly highlight report and approves any changes to the pathway."),
        ("h", "Information governance"),
        ("p", "All patient data is held by the Trust as controller, on Trust systems, and processed under UK GDPR / DPA 2018 with a "
              "completed DPIA. Quillon receives aggregate, anonymised numbers only. Confidential information shared between the "
              "partners (costs, draft results, pathway documents marked confidential) will not be passed on without consent, "
              "except where the law, including FOIA, requires it."),
        ("h", "Project close"),
        ("p", "The project will end on 31 December 2026. Next steps will be discussed by the steering group at its final meeting."),
        ("h", "Publication"),
        ("p", "Quillon will publish a summary of this collaboration on its website before launch and will declare the funding on "
              "Disclosure UK. Both partners will publish the outcomes report within six months of close."),
    ]
    return dict(file="t7b_pid_05_psoriasis_pathway.docx", type="pid",
                meta=dict(header="Psoriasis Shared Care Pathway | PID v1.0", footer="Greyfriars and Holmwood NHS FT"),
                blocks=blocks,
                outcomes={"exit-strategy": "fail", "sales-roles": "fail"},
                notes="exit-strategy fail: only an end date plus 'next steps will be discussed' - nothing about patients on the "
                      "pathway, the GPwER sessions or notice. sales-roles fail: a Key Account Manager sits on the steering group.")


def pid_06():
    blocks = [
        ("title", "Project Initiation Document: Healthy Hearts, Healthy Minds"),
        ("sub", "Physical health checks for people with severe mental illness. Fenwick Moor NHS Foundation Trust and Penrose-Addey Pharmaceuticals plc. v2.2, 27 February 2026"),
        ("h", "1. Context"),
        ("p", "People living with schizophrenia, bipolar disorder and other psychoses die 15 to 20 years earlier than the general "
              "population, mostly from preventable heart and lung disease. Only 46% of people on the Trust's caseload had all six "
              "annual physical health checks last year."),
        ("h", "2. What will change for service users"),
        ("bul", [
            "A full physical health check offered at the same visit as their depot or clozapine clinic appointment, so no extra trip.",
            "Abnormal blood pressure, lipids or HbA1c acted on the same week through an agreed route to the GP.",
            "Smoking cessation support and weight management offered on the spot.",
        ]),
        ("h", "3. Measurable objectives"),
        ("table", [
            ["No.", "Objective", "Baseline", "Target", "Date", "Data"],
            ["O1", "Service users with all 6 checks in 12 months", "46% (Mar 2025)", "75%", "Mar 2027", "Trust RiO report"],
            ["O2", "Abnormal results with documented follow-up within 14 days", "not measured", "90%", "Sep 2026", "Case note audit (n=100)"],
            ["O3", "Smokers offered cessation support", "52%", "95%", "Mar 2027", "RiO smoking template"],
            ["O4", "Service user satisfaction with check (4 or 5 out of 5)", "-", "80%", "Mar 2027", "Survey at clinic"],
        ]),
        ("h", "4. Resources"),
        ("p", "Fenwick Moor provides: clinic space in four community hubs, 0.2 WTE consultant psychiatrist (physical health lead), "
              "0.5 WTE Band 6 nurse supervisor, phlebotomy consumables, IT and data team time (approx. £58,000 in kind)."),
        ("p", "Penrose-Addey provides: £72,000 to fund two Band 4 health check practitioners for 12 months; a medical affairs "
              "programme manager (0.1 WTE); training sessions delivered by an independent cardiovascular nurse educator."),
        ("h", "5. Roles"),
        ("table", [
            ["Role", "Held by"],
            ["Senior responsible owner", "Deputy Director of Nursing, Fenwick Moor"],
            ["Clinical lead", "Consultant psychiatrist, physical health lead"],
            ["Company project lead", "Programme Manager, Medical Affairs, Penrose-Addey"],
            ["Evaluation", "Trust Research and Innovation team"],
        ]),
        ("p", "Penrose-Addey's commercial and sales teams take no part in the project, do not attend meetings and receive no project data."),
        ("h", "6. IG and confidentiality"),
        ("p", "Service user information is processed by Trust staff only, under the Trust's data controller responsibilities and "
              "UK GDPR. Penrose-Addey staff will not have access to RiO or to any identifiable information; quarterly reports to the "
              "company are aggregated with small numbers suppressed. Both partners treat the budget, the evaluation plan and "
              "unpublished findings as confidential."),
        ("h", "7. After month 12"),
        ("p", "The ICB has agreed in principle (letter of 12 January 2026) to fund the two health check practitioner posts from "
              "its SMI physical health allocation from April 2027 if O1 reaches at least 65%. In that case the posts transfer to the "
              "Trust's substantive establishment and checks carry on unchanged for service users. If the threshold is not met, "
              "the practitioners' fixed-term contracts end, and checks revert to the current care coordinator model with GP "
              "follow-up. If either partner ends the project early (two months' notice), service users with outstanding abnormal "
              "results are handed to their care coordinator with a written summary."),
        ("h", "8. Publication"),
        ("p", "Executive summary published by Penrose-Addey before the start; joint outcomes summary published within six months "
              "of completion; Disclosure UK entry for the funding."),
        ("sig", [("Fenwick Moor NHS Foundation Trust", "Lorraine Achebe", "Deputy Director of Nursing"),
                 ("Penrose-Addey Pharmaceuticals plc", "Dr Hamish Kerr", "UK Medical Director")]),
    ]
    return dict(file="t7b_pid_06_smi_health_checks.pdf", type="pid",
                meta=dict(header="Healthy Hearts, Healthy Minds - PID", header_right="OFFICIAL",
                          footer="Fenwick Moor NHS FT / Penrose-Addey Pharmaceuticals plc - v2.2", two_col=True, ruled=True),
                blocks=blocks, outcomes={},
                notes="All pass. Exit said as 'After month 12': posts transfer to Trust establishment if ICB funds; otherwise "
                      "revert to care coordinator model; early-termination notice and handover.")


def pid_07():
    blocks = [
        ("title", "Fracture Liaison Service Restart - Project Initiation Document"),
        ("sub", "Oakhurst and Penhale Integrated Care Board with Halvern Therapeutics Ltd | Version 1.2 | 16 January 2026"),
        ("h", "Background"),
        ("p", "Following termination of the previous contract with the former community provider in September 2025, there has been "
              "no fracture liaison service (FLS) for the Penhale locality. People over 50 who break a wrist, hip or vertebra are "
              "not being assessed for osteoporosis, so many go on to have a second fracture."),
        ("h", "Benefit to patients"),
        ("p", "People who have had a fragility fracture will be identified, have a bone health assessment (FRAX, DXA where "
              "indicated) and get a treatment and falls prevention plan, cutting their risk of a further, often life-changing, "
              "fracture."),
        ("h", "Objectives"),
        ("bul", [
            "Re-establish case finding in the orthopaedic fracture clinic and ED.",
            "Offer bone health assessment to people aged 50+ with a fragility fracture.",
            "Link patients to the falls service and community exercise programmes.",
        ]),
        ("h", "KPIs"),
        ("p", "KPIs to be agreed at the first steering group meeting."),
        ("h", "Contributions"),
        ("table", [
            ["ICB", "Halvern Therapeutics Ltd"],
            ["Commissioning manager 0.2 WTE; access to fracture clinic data via Penhale General; DXA scanning slots (existing contract); "
             "clinical lead 2 hours/week",
             "£48,000 for a 0.8 WTE FLS nurse (hosted by Penhale Community Services CIC); project support from Halvern medical "
             "affairs 3 days/month; FLS set-up toolkit (unbranded)"],
        ]),
        ("h", "Governance"),
        ("p", "Steering group chaired by the ICB Head of Planned Care, with the FLS clinical lead, the FLS nurse and Halvern's medical "
              "affairs lead. No Halvern sales staff are involved."),
        ("h", "Information governance and confidentiality"),
        ("p", "Penhale Community Services CIC is data controller for the FLS caseload. A DPIA will be completed before any patient "
              "is contacted. Halvern will not see patient-level data and will receive aggregated, anonymised activity figures "
              "only. Project information shared between the partners is confidential and will only be released with both "
              "parties' agreement or where FOI legislation requires."),
        ("h", "Contract and termination"),
        ("p", "The ICB's previous FLS contract was terminated on 30 September 2025 on six months' notice. This project does not "
              "reinstate that contract."),
        ("h", "Publication"),
        ("p", "Halvern will publish a summary of the agreement before the project starts, with outcomes published by both partners "
              "within six months of the end; the funding will be listed on Disclosure UK."),
        ("sig", [("Oakhurst and Penhale Integrated Care Board", "Denise Okoro", "Head of Planned Care"),
                 ("Halvern Therapeutics Ltd", "Dr Lukas Brenner", "Medical Affairs Lead")]),
    ]
    return dict(file="t7b_pid_07_fracture_liaison.docx", type="pid",
                meta=dict(header="FLS Restart PID v1.2 - OFFICIAL", footer="Oakhurst and Penhale ICB"),
                blocks=blocks,
                outcomes={"exit-strategy": "fail", "measurable-outcomes": "fail"},
                notes="exit-strategy fail: near-miss only - 'termination of the previous contract' (a past provider contract on six "
                      "months' notice) is background, not an exit plan for this project; nothing on what happens to the FLS nurse or "
                      "patients at the end. measurable-outcomes fail: 'KPIs to be agreed at the first steering group meeting'.")


def pid_08():
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "LDL Optimisation Programme - Harrowfield Primary Care Network (lead practice: Church Lane Surgery) and Brennack Pharma UK Ltd. Version 1.0, 5 March 2026"),
        ("kv", [
            ("Project name", "LDL Optimisation Programme"),
            ("NHS partner", "Church Lane Surgery, as lead practice for Harrowfield PCN under the PCN network agreement"),
            ("Company", "Brennack Pharma UK Ltd"),
            ("Duration", "9 months from 1 June 2026"),
        ]),
        ("h", "Rationale"),
        ("p", "A search across the five Harrowfield practices shows around 1,150 people with established cardiovascular disease whose "
              "most recent LDL cholesterol is above the local treat-to-target threshold. Lipravant, Brennack's best-in-class "
              "lipid-lowering therapy, offers a twice-yearly option that fits well with practice workflows."),
        ("h", "Expected benefits"),
        ("table", [
            ["Stakeholder", "Benefit"],
            ["Patients", "More eligible patients initiated on Lipravant."],
            ["PCN", "Progress against the ICB lipid indicator; structured recall lists."],
            ["Brennack", "Increased uptake of Lipravant in primary care."],
        ]),
        ("h", "Objectives and measures"),
        ("table", [
            ["Objective", "Baseline", "Target (Feb 2027)", "Source"],
            ["Patients with CVD reviewed against the lipid pathway", "0 (new recall)", "900", "EMIS search, monthly"],
            ["Lipid therapy changes recorded after review", "n/a", "400", "EMIS search, monthly"],
            ["Review clinics delivered", "0", "72", "Clinic log"],
        ]),
        ("h", "Resources"),
        ("bul", [
            "PCN: clinical pharmacist 0.4 WTE, practice nurse clinic time, rooms, recall admin (est. £29,000 in kind).",
            "Brennack: £35,000 for pharmacist technician sessions and a project manager from the Brennack partnerships team (0.1 WTE).",
        ]),
        ("h", "Governance"),
        ("p", "Project group: PCN clinical director (chair), PCN clinical pharmacist, Brennack partnerships manager, Brennack medical "
              "adviser. Brennack's sales organisation has no involvement."),
        ("h", "Data"),
        ("p", "The project will be GDPR compliant."),
        ("h", "Confidentiality"),
        ("p", "Patient information stays within the practices. Commercially sensitive information from either side is kept "
              "confidential and used only for the project."),
        ("h", "Wind-down"),
        ("p", "Pharmacist technician sessions stop at month 9. Patients who have been reviewed stay under their own practice's usual "
              "follow-up, and the recall searches are handed to the PCN to run as part of routine care. Either party may end the "
              "project on 30 days' notice, in which case booked reviews are completed by the PCN clinical pharmacist."),
        ("h", "Publication"),
        ("p", "Brennack will publish an executive summary before the project starts and the parties will publish outcomes within six "
              "months of completion. Payments will be disclosed on Disclosure UK."),
    ]
    return dict(file="t7b_pid_08_ldl_programme.pdf", type="pid",
                meta=dict(header="LDL Optimisation Programme - PID v1.0", footer="Harrowfield PCN / Brennack Pharma UK Ltd",
                          ruled=True, pdf_fill="#E8E8E8"),
                blocks=blocks,
                outcomes={"patient-benefit": "fail", "promotional-language": "fail", "data-protection": "warn"},
                notes="patient-benefit fail: the only stated 'patient' benefit is more patients initiated on the company's product. "
                      "promotional-language fail: brand name with 'best-in-class' claim and 'increased uptake of Lipravant'. "
                      "data-protection warn: bare 'GDPR compliant' (the confidentiality line does not address lawful basis, "
                      "controller or company access). Exit passes (wind-down: sessions stop, patients stay with practice, "
                      "searches handed to PCN, 30 days' notice).")
