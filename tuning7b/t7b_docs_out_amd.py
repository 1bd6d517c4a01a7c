"""tuning7b outcomes summaries 01-04 and amendment 01."""


def out_01():
    blocks = [
        ("title", "Summary of Project Outcomes"),
        ("sub", "HF Meds Optimisation Clinics - Draycott and Wenlow Hospitals NHS Foundation Trust and Quillon Medical UK Ltd"),
        ("kv", [
            ("Partners", "Draycott and Wenlow Hospitals NHS Foundation Trust; Quillon Medical UK Ltd"),
            ("Actual duration", "April 2024 to March 2025 (12 months)"),
            ("Published", "August 2025"),
        ]),
        ("h", "What we set out to do"),
        ("p", "Run pharmacist-led titration clinics for people with heart failure with reduced ejection fraction so that they reach "
              "the guideline-recommended doses of their heart failure medicines sooner, with closer monitoring."),
        ("h", "Results"),
        ("table", [
            ["Measure", "Baseline (2023/24)", "Target", "Achieved (Mar 2025)"],
            ["Patients on all four guideline medicine classes", "29%", "50%", "54%"],
            ["Median weeks from diagnosis to target dose", "26", "12", "14"],
            ["HF readmissions within 90 days", "18.2%", "14%", "13.1%"],
            ["Patients reporting they understood their medicines (survey)", "61%", "80%", "86%"],
        ]),
        ("p", "Data sources: Trust EPR and HF database, extracted by the Trust's HF audit team; patient survey n=212. Only "
              "aggregated figures are reported."),
        ("h", "What it meant for patients"),
        ("bul", [
            "Faster optimisation of treatment and fewer readmissions within 90 days.",
            "Most titration done in local clinics or by phone rather than in the main hospital.",
            "Patients said they felt better informed about their medicines and what to do if symptoms changed.",
        ]),
        ("h", "For the Trust and Quillon"),
        ("p", "The Trust freed an estimated 380 cardiology follow-up slots. Quillon learned how pharmacist titration clinics are "
              "set up and staffed."),
        ("h", "Reflections"),
        ("bul", [
            "Shared vision held throughout; one variance (delayed recruitment) was resolved through a PID amendment.",
            "Both parties delivered the contributions agreed in the PID.",
            "The evaluation supported a business case and the Trust now funds the clinics from its own budget from April 2025.",
        ]),
        ("h", "Publication"),
        ("p", "This summary is published within six months of completion on the websites of both partners. Quillon's contribution "
              "(£58,000 plus in-kind support) is disclosed on Disclosure UK."),
        ("sub", "QMU-UK-CW-0825-03 | Date of preparation: August 2025"),
    ]
    return dict(file="t7b_out_01_hf_titration.pdf", type="outcomes-summary",
                meta=dict(header="Summary of Project Outcomes", header_right="HF Meds Optimisation Clinics",
                          footer="Draycott and Wenlow Hospitals NHS FT / Quillon Medical UK Ltd", two_col=True, ruled=True),
                blocks=blocks, outcomes={},
                notes="All pass. Results table with baseline, target and achieved; patient benefit as outcomes for patients.")


def out_02():
    blocks = [
        ("title", "Project Outcomes Report"),
        ("sub", "Atopic Eczema Family Support Clinics | Linthorpe Community NHS Trust and Marisco Healthcare UK Ltd | October 2025"),
        ("h", "Overview"),
        ("p", "Between September 2024 and August 2025 the partners ran monthly family clinics for children with moderate to severe "
              "eczema, with a nurse specialist, a dietitian and a psychologist in the same session."),
        ("h", "What we found"),
        ("p", "The clinics were well received by families and staff. Parents told us they felt more confident with emollients and "
              "wet wrapping, and several said their child was sleeping better. Staff felt the joint clinic format worked well and "
              "the service was seen as a positive development by the wider team."),
        ("h", "Benefits to patients"),
        ("bul", [
            "Children and families got advice from three professionals in one visit instead of separate appointments.",
            "Families reported better sleep and fewer flare-ups at home.",
        ]),
        ("h", "Benefits to the partners"),
        ("p", "The Trust has a model for multidisciplinary paediatric dermatology. For Marisco, the project showed the gold-standard "
              "profile of Zelvora in practice, and clinicians involved became more familiar with when to use it."),
        ("h", "Learning"),
        ("bul", [
            "Book psychology input early; it was the most valued part.",
            "Evening clinics had fewer missed appointments.",
        ]),
        ("h", "Publication"),
        ("p", "Published on both partners' websites within six months of the end of the project. Marisco's support is disclosed on "
              "Disclosure UK."),
    ]
    return dict(file="t7b_out_02_eczema_clinics.docx", type="outcomes-summary",
                meta=dict(header="Linthorpe Community NHS Trust - Outcomes", footer="Marisco Healthcare UK Ltd | MH-UK-2510-CW-02"),
                blocks=blocks,
                outcomes={"measurable-outcomes": "warn", "promotional-language": "fail"},
                notes="measurable-outcomes warn: results are qualitative only ('well received', parents felt more confident), no "
                      "numbers, baselines or targets. promotional-language fail: brand name Zelvora with 'gold-standard profile' and "
                      "clinicians 'more familiar with when to use it'. Patient benefit passes (family-reported benefits).")


def out_03():
    blocks = [
        ("title", "Summary of Project Outcomes - Ophthalmology Injection Pathway"),
        ("sub", "Kingsreach University Hospitals NHS Trust and Penrose-Addey Pharmaceuticals plc. INTERNAL - NOT FOR PUBLICATION"),
        ("kv", [
            ("Project partners", "Kingsreach University Hospitals NHS Trust; Penrose-Addey Pharmaceuticals plc"),
            ("Start / finish", "January 2025 / December 2025"),
            ("Overview", "Redesign of the intravitreal injection clinic: nurse injectors, one-stop imaging and injection, and a "
                         "new booking template."),
        ]),
        ("h", "Service results"),
        ("table", [
            ["Indicator", "Baseline (2024)", "Target", "Result (Dec 2025)", "Source"],
            ["Injections delivered per clinic session", "18", "26", "27", "Clinic system"],
            ["Nurse-delivered injections", "12%", "50%", "58%", "Clinic system"],
            ["Consultant sessions released per month", "0", "8", "9", "Job plans"],
            ["Clinic overrun (minutes, mean)", "47", "15", "12", "Clinic log"],
        ]),
        ("h", "Benefits"),
        ("kv", [
            ("Benefits to patients", "Not assessed in this phase."),
            ("Benefits to the Trust", "Higher clinic throughput; consultant time released for complex cases; less overtime"),
            ("Benefits to Penrose-Addey", "Understanding of ophthalmology capacity issues"),
        ]),
        ("h", "Reflections"),
        ("p", "Both parties delivered their agreed contributions. The nurse injector model will continue. Differences over data "
              "reporting were resolved at the steering group."),
        ("h", "Distribution"),
        ("p", "Steering group members and Trust Ophthalmology Directorate only."),
    ]
    return dict(file="t7b_out_03_injection_pathway.pdf", type="outcomes-summary",
                meta=dict(header="Kingsreach University Hospitals NHS Trust", header_right="INTERNAL",
                          footer="Ophthalmology Injection Pathway - outcomes v1", ruled=True),
                blocks=blocks,
                outcomes={"patient-benefit": "fail", "transparency": "fail"},
                notes="patient-benefit fail: 'Benefits to patients: Not assessed in this phase'; only service-efficiency results. "
                      "transparency fail: marked 'INTERNAL - NOT FOR PUBLICATION', distribution internal only, no Disclosure UK.")


def out_04():
    blocks = [
        ("title", "Project Outcomes Summary: Healthy Bones Shropley"),
        ("sub", "Shropley and Wrenford NHS Foundation Trust with Brennack Pharma UK Ltd | Project ran March 2024 - February 2025 | Published July 2025"),
        ("h", "Aim"),
        ("p", "To find people at high risk of a fragility fracture through GP searches and offer them a bone health assessment and "
              "falls prevention support."),
        ("h", "Outcomes"),
        ("table", [
            ["KPI", "Starting point", "Goal", "End of project"],
            ["High-risk patients identified and invited", "-", "1,500", "1,684"],
            ["Invited patients who had a FRAX-based assessment", "-", "70%", "74%"],
            ["Assessed patients with a falls risk plan", "22%", "80%", "83%"],
            ["Recorded second fractures in people with a previous fracture (12 months)", "96", "<80", "71"],
        ]),
        ("p", "Sources: Trust FLS database and GP searches run by the Trust analyst; aggregated data only."),
        ("h", "One patient's experience"),
        ("p", "Mr K, 81, had broken his wrist two years earlier but had never had a bone health check. He was invited, assessed, "
              "started on treatment by his GP in line with NICE guidance and joined a strength and balance class. He has not fallen "
              "since and says he feels steadier walking to the shops."),
        ("h", "Benefits"),
        ("bul", [
            "Patients: earlier assessment, fewer repeat fractures, more confidence and independence.",
            "Trust: fewer fracture-related admissions; a tested case-finding method.",
            "Brennack: insight into fracture prevention pathways.",
        ]),
        ("h", "What happened at the end"),
        ("p", "The Trust has taken on the case-finding searches within its FLS budget. The Brennack-funded coordinator post was "
              "absorbed into the Trust's FLS establishment in March 2025."),
        ("h", "Learning"),
        ("bul", ["GP search quality varied; a shared search library helped.", "Telephone assessments suited many older patients."]),
        ("h", "Transparency"),
        ("p", "Published by both partners within six months of completion; Brennack's funding is disclosed on Disclosure UK."),
        ("sub", "BRN-UK-CW-0298 | July 2025"),
    ]
    return dict(file="t7b_out_04_healthy_bones.docx", type="outcomes-summary",
                meta=dict(header="Healthy Bones Shropley - Outcomes Summary", footer="Shropley and Wrenford NHS FT / Brennack Pharma UK Ltd"),
                blocks=blocks, outcomes={},
                notes="All pass. KPI table with goals and results; patient benefit in vignette and benefits list.")


def amd_01():
    blocks = [
        ("title", "Project Amendment Form"),
        ("sub", "Asthma Right Care Clinics - amendment no. 2"),
        ("kv", [
            ("Name of project", "Asthma Right Care Clinics"),
            ("Project owners", "Dr Alys Venn (Northmere Hospitals University NHS Foundation Trust); Priyanka Sethi-Moore (Marisco Healthcare UK Ltd)"),
            ("Amendment requested", "1) Extend the project end date from 31 March 2027 to 30 June 2027 because clinics started "
                                    "late. 2) Steering group membership: the Marisco MSL post is vacant; Daniel Hurst, Area Sales "
                                    "Manager, will join the steering group as Marisco's second member until the post is filled."),
            ("Impact - timelines", "Three-month extension; final evaluation moves to September 2027."),
            ("Impact - finance", "No extra money. Marisco's second instalment is re-profiled to April 2027."),
            ("Impact - logistics", "Saturday clinic rooms re-booked to June 2027."),
            ("Public summary / Disclosure UK", "Executive summary to be updated with the new end date."),
            ("Submitted to steering group", "11 November 2026"),
        ]),
        ("table", [
            ["Approval", "Name", "Date"],
            ["Northmere Hospitals University NHS FT", "Dr Alys Venn", "18 November 2026"],
            ["Marisco Healthcare UK Ltd", "Priyanka Sethi-Moore", "18 November 2026"],
        ]),
    ]
    return dict(file="t7b_amd_01_asthma_extension.docx", type="amendment",
                meta=dict(header="Project Amendment Form", footer="Asthma Right Care Clinics - PID v1.1 amendment 2"),
                blocks=blocks, outcomes={"sales-roles": "fail"},
                notes="sales-roles fail: an Area Sales Manager joins the steering group. Only promotional-language and sales-roles apply.")
