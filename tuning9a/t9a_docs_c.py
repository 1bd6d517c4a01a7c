"""tuning9a: executive summaries, concept frameworks, outcomes summaries (all names invented)."""


def summaries():
    d = []
    d.append(dict(
        file="t9a_es01_af_detection.pdf", type="executive-summary", fmt="pdf", layout="plain",
        header="Executive Summary - published on kestrelvalehealth.example", footer="Kestrel Vale Health Federation CIC | Tarnwell Biosciences Ltd",
        title="Executive Summary: Finding undiagnosed AF in the over-65s",
        blocks=[
            ("h", "Lay summary"),
            ("p", "Some people have an irregular heartbeat called atrial fibrillation without knowing it, which raises their "
                  "risk of stroke. Over the next year nurses in 14 Kestrel Vale practices will check the pulse of people "
                  "aged 65 and over when they come in for routine appointments. Anyone with a possible problem will be "
                  "seen within two weeks and offered treatment to lower their stroke risk."),
            ("h", "Who is involved and what they provide"),
            ("t", [["Partner", "Contribution"], ["Kestrel Vale Health Federation CIC", "Nurse time (0.4 WTE), project management, searches"],
                   ["Tarnwell Biosciences Ltd", "GBP 38,000 for ECG devices and nurse backfill; health economist support (10 days)"]]),
            ("h", "Data"),
            ("p", "Only anonymised, aggregated figures are shared with Tarnwell. Patient records stay with the practices, "
                  "which remain data controllers."),
            ("h", "Governance and publication"),
            ("p", "Overseen by a Federation-chaired steering group; no Tarnwell sales or marketing staff take part. This "
                  "summary is published before the project starts; outcomes will be published within six months of its "
                  "end, and the funding is disclosed on Disclosure UK."),
        ],
        labels={"data-protection": "pass"}, notes="All applicable rules met; mentions patient data so data-protection applies (pass).",
        keys=["Some people have an irregular heartbeat", "Only anonymised, aggregated figures"]))

    d.append(dict(
        file="t9a_es02_nurse_upskilling.docx", type="executive-summary", fmt="docx",
        header="North Ashby Primary Care Alliance Ltd", footer="Executive summary | for publication",
        title="Executive Summary - Practice Nurse Upskilling Programme",
        subtitle="North Ashby Primary Care Alliance Ltd and Oskelby Pharma UK Ltd",
        blocks=[
            ("h", "What the project is"),
            ("p", "A six-month education programme for practice nurses across the Alliance covering spirometry "
                  "interpretation and long-term condition reviews."),
            ("h", "Why it matters"),
            ("b", ["Reduces locum spend on spirometry clinics", "Helps with nurse recruitment and retention",
                   "Builds the Alliance's training reputation", "Gives Oskelby insight into primary care workforce needs"]),
            ("h", "Inputs"),
            ("t", [["", "Alliance", "Oskelby Pharma UK Ltd"],
                   ["Staff", "Nurse educator 0.2 WTE, backfill for learners", "Medical education manager (non-promotional content)"],
                   ["Funding", "Venue and admin", "GBP 18,000 for course fees"]]),
            ("h", "Team"),
            ("p", "Alliance nurse educator (lead) and Oskelby medical education manager. No sales staff are involved."),
            ("h", "Publication"),
            ("p", "This executive summary is published on both organisations' websites before the programme starts; "
                  "outcomes will follow within six months and Oskelby will disclose the funding on Disclosure UK."),
        ],
        labels={"patient-benefit": "fail"},
        notes="patient-benefit fail: benefits listed only for the Alliance, staff and company (locum spend, recruitment, "
              "reputation); nothing about patients or maintaining their care. data-protection n/a: no patient data mentioned.",
        keys=["Reduces locum spend on spirometry clinics", "Builds the Alliance's training reputation"]))

    d.append(dict(
        file="t9a_es03_heart_valve.pdf", type="executive-summary", fmt="pdf", layout="twocol",
        header="Wyvernmoor NHS Foundation Trust - Executive Summary", footer="Version 1.0 | Cardiology",
        title="Executive Summary: Community Heart Valve Surveillance",
        subtitle="Wyvernmoor NHS Foundation Trust with Merridew Life Sciences Ltd",
        blocks=[
            ("h", "Summary"),
            ("p", "Patients with moderate aortic stenosis will be followed up in a community echo clinic close to home "
                  "instead of travelling to the acute site, with waits for surveillance scans coming down from 9 months "
                  "to 3 months."),
            ("h", "Contributions"),
            ("p", "The Trust provides a cardiac physiologist (0.6 WTE), echo machine time and consultant oversight. "
                  "Merridew will contribute resources as required."),
            ("h", "Data"),
            ("p", "To help design the clinic model, patient-level echo records including NHS numbers will be shared with "
                  "Merridew's real-world evidence team."),
            ("h", "People"),
            ("p", "Trust cardiology lead and Merridew medical affairs manager. No sales involvement."),
            ("h", "Publication"),
            ("p", "Published on both websites before the start, outcomes within six months of completion, funding on "
                  "Disclosure UK."),
        ],
        labels={"data-protection": "fail", "resource-contributions": "fail"},
        notes="data-protection fail: patient-level records with NHS numbers shared with the company. resource-contributions "
              "fail: company contribution only 'as required'.",
        keys=["including NHS numbers will be shared", "Merridew will contribute resources as required."]))

    d.append(dict(
        file="t9a_es04_epilepsy_families.docx", type="executive-summary", fmt="docx",
        header="Internal - not for publication", footer="ES draft | Wyvernmoor NHS FT and Fenwold Therapeutics Ltd",
        title="Executive Summary - Childhood Epilepsy Family Support",
        blocks=[
            ("h", "Overview"),
            ("p", "An epilepsy specialist nurse will run a telephone advice line and home visits for families of children "
                  "newly diagnosed with epilepsy."),
            ("h", "What families get"),
            ("b", ["A named nurse within a week of diagnosis", "Rescue medication training for parents and school staff",
                   "Fewer unplanned trips to the children's emergency department"]),
            ("h", "Resources"),
            ("t", [["Organisation", "Input"], ["Wyvernmoor NHS Foundation Trust", "Nurse supervision, clinic space, admin 0.2 WTE"],
                   ["Fenwold Therapeutics Ltd", "GBP 36,000 for 0.6 WTE epilepsy specialist nurse"]]),
            ("h", "Data"),
            ("p", "Patient data will be handled in a GDPR compliant way."),
            ("h", "Governance"),
            ("p", "Trust paediatric neurology lead chairs; Fenwold's medical affairs manager attends. No Fenwold sales staff."),
            ("h", "Distribution"),
            ("p", "Internal - not for publication. Circulated to the Trust board and Fenwold only."),
        ],
        labels={"data-protection": "warn", "transparency": "fail"},
        notes="data-protection warn: mentions patient data, only a bare 'GDPR compliant'. transparency fail: "
              "'Internal - not for publication'. Patient benefit stated for children and families.",
        keys=["Patient data will be handled in a GDPR compliant way.", "Circulated to the Trust board and Fenwold only."]))
    return d


def frameworks():
    d = []
    d.append(dict(
        file="t9a_cf01_frailty.docx", type="concept-framework", fmt="docx",
        header="Project Concept Framework", footer="Kestrel Vale Health Federation CIC | Sennick Bio Ltd | draft 2",
        title="Project Concept Framework - Frailty Hub for Housebound Patients",
        blocks=[
            ("t", [["Heading", "Our notes"],
                   ["The problem", "Housebound frail older people get reactive visits only; falls and admissions are high"],
                   ["The idea", "A weekly multidisciplinary frailty huddle and proactive home visits"],
                   ["What service users would get", "A care plan agreed with them and their family, a named coordinator, "
                    "medicines reviewed at home, and help staying out of hospital"],
                   ["NHS gain", "Fewer avoidable admissions; better use of community nursing time"],
                   ["Company gain", "Learning how proactive frailty care is organised"],
                   ["Federation puts in", "Frailty nurse 0.5 WTE, GP sessions, care coordinator, data analysis"],
                   ["Sennick Bio Ltd puts in", "GBP 30,000 plus an evaluation specialist (12 days)"],
                   ["Who's involved", "Federation clinical lead, ops manager, Sennick partnerships lead; no sales roles"]]),
            ("p", "Next step: develop into a full PID if both boards agree."),
        ],
        labels={}, notes="All applicable rules met. Patient benefit stated for 'service users' and families in a table.",
        keys=["What service users would get", "GBP 30,000 plus an evaluation specialist"]))

    d.append(dict(
        file="t9a_cf02_lipids.pdf", type="concept-framework", fmt="pdf", layout="ruled",
        header="Concept framework - lipid management", footer="North Ashby Primary Care Alliance Ltd / Oskelby Pharma UK Ltd",
        title="Concept Framework: Lipid Management Support",
        blocks=[
            ("t", [["Item", "Detail"],
                   ["Aim", "Help practices find and review people who need lipid-lowering treatment review"],
                   ["Alliance contribution", "Pharmacist 2 sessions/week; searches; clinic space"],
                   ["Oskelby contribution", "GBP 20,000 for pharmacist sessions; audit tool"],
                   ["Benefits to patients", "TBC once scope is agreed"],
                   ["Benefits to the Alliance", "Better QOF achievement"],
                   ["Oskelby contact", "Darren Hale, Area Sales Manager - for correspondence only"],
                   ["Project team", "Alliance pharmacist lead, Oskelby medical adviser"]]),
        ],
        labels={"patient-benefit": "fail", "sales-roles": "warn"},
        notes="patient-benefit fail: 'Benefits to patients: TBC' placeholder. sales-roles warn: Area Sales Manager only "
              "named as a contact, not in the project team.",
        keys=["TBC once scope is agreed", "Area Sales Manager - for correspondence only"]))
    return d


def outcomes():
    d = []
    d.append(dict(
        file="t9a_out01_care_home_meds.pdf", type="outcomes-summary", fmt="pdf", layout="plain", grid=True,
        header="Summary of Project Outcomes | Wyvernmoor NHS FT and Fenwold Therapeutics Ltd", footer="Published July 2026",
        title="Summary of Project Outcomes: Care Home Medication Reviews",
        blocks=[
            ("h", "What we achieved"),
            ("t", [["Measure", "Before (Nov 2024)", "After (Jan 2026)", "Source"],
                   ["Residents with an SMR in 12 months", "38%", "88%", "Care home MDS"],
                   ["Regular medicines per resident", "9.4", "7.8", "Pharmacy audit"],
                   ["Falls per 1,000 bed days", "7.1", "5.9", "Incident logs"],
                   ["Medicines-related admissions", "31", "18", "SUS"]]),
            ("h", "What it meant for residents"),
            ("p", "Residents were taking fewer tablets, had fewer falls and fewer hospital stays. 41 relatives told us "
                  "they understood their family member's medicines better."),
            ("h", "For the Trust and the company"),
            ("p", "The Trust has kept the care home pharmacy team as business as usual. Fenwold gained insight into "
                  "care home medicines review; no product was promoted."),
            ("h", "Publication"),
            ("p", "This summary is published on both websites within six months of completion; funding disclosed on Disclosure UK."),
        ],
        labels={}, notes="All applicable rules met.",
        keys=["Residents were taking fewer tablets", "Medicines-related admissions"]))

    d.append(dict(
        file="t9a_out02_dementia_carers.docx", type="outcomes-summary", fmt="docx",
        header="Pellham Borough Council", footer="Outcomes summary - for website",
        title="Dementia Carers Support Hub - What Happened",
        blocks=[
            ("h", "Headlines"),
            ("b", ["Carers told us they felt better supported and less alone",
                   "People with dementia stayed at home for longer, according to staff",
                   "Partners found the collaboration worthwhile and the hub is continuing"]),
            ("h", "Learning"),
            ("p", "Getting a named worker in place quickly was the thing carers valued most. Referral routes from the "
                  "memory service took time to bed in."),
            ("h", "Publication"),
            ("p", "Published on the Council and Merridew Life Sciences Ltd websites within six months of the project "
                  "ending. Merridew has disclosed its funding on Disclosure UK."),
        ],
        labels={"measurable-outcomes": "warn"},
        notes="measurable-outcomes warn: outcomes only qualitative, no figures against the baselines/targets. "
              "Patient benefit passes (carers, people with dementia).",
        keys=["Carers told us they felt better supported", "People with dementia stayed at home for longer"]))

    d.append(dict(
        file="t9a_out03_respiratory_reviews.pdf", type="outcomes-summary", fmt="pdf", layout="twocol",
        header="Oskelby Pharma UK Ltd - Project Outcomes", footer="North Ashby Primary Care Alliance Ltd | Respiratory Review Programme",
        title="Outcomes: Respiratory Review Programme",
        blocks=[
            ("h", "Results"),
            ("t", [["Indicator", "Result"], ["Reviews completed", "412 (target 400)"],
                   ["Patients initiated on Respivane", "163 (target 150)"],
                   ["Respivane share of triple-therapy prescribing", "up from 12% to 34% (ePACT2)"]]),
            ("h", "Benefits"),
            ("p", "The programme delivered strong pull-through for Respivane across the Alliance and helped practices "
                  "hit their QOF review deadline."),
            ("h", "Publication"),
            ("p", "Published on the Alliance and Oskelby websites within six months; funding disclosed on Disclosure UK."),
        ],
        labels={"patient-benefit": "fail", "promotional-language": "fail"},
        notes="patient-benefit fail: outcomes report only product uptake/share and QOF, no benefit to patients. "
              "promotional-language fail: brand initiations, share, 'pull-through'. measurable-outcomes pass (figures vs targets).",
        keys=["strong pull-through for Respivane", "163 (target 150)"]))
    return d
