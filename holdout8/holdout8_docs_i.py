"""holdout8 documents 25-29 (project concept frameworks)."""
from holdout8_render import title, sub, h, h2, p, b, n, t, kv, sig, pb

DOCS = []

# 25 ------------------------------------------------------------------ PASS
DOCS.append(dict(
    id=25, slug="cf-gp-fed-fracture-liaison", fmt="docx", type="concept-framework",
    header="Harrowgate Health Federation CIC", footer="Project concept framework | FLS primary care | v1",
    keys=["Project Concept Framework", "fragility fracture", "Decision"],
    bad={}, notes="All applicable rules met.",
    blocks=[
        title("Project Concept Framework"),
        kv(("Working title", "Primary care fracture liaison - finding people after a fragility fracture"),
           ("Partner organisations", "Harrowgate Health Federation CIC; Hesketh-Lyle Therapeutics UK plc. Stakeholders: Harrowgate General Hospital fracture clinic; Harrowgate Place ICB team; local osteoporosis support group"),
           ("Anticipated start", "Q1 2026"), ("Length", "15 months")),
        h("Purpose"),
        b("No fracture liaison service covers people whose fragility fracture is managed only in primary care or minor injury units.",
          "Practice audits found 1 in 3 people aged 50+ with a wrist or vertebral fracture in the last 2 years had no bone health assessment.",
          "A second fracture, especially a hip fracture, often follows within two years."),
        h("Objectives"),
        t(["For", "Intended benefit"],
          ["Patients", "Bone health assessment, falls risk review and treatment decisions shared with the clinician, to prevent a further fracture; lifestyle and exercise advice"],
          ["Federation and NHS", "A primary care FLS model that could be commissioned across the ICB; fewer hip fractures"],
          ["Hesketh-Lyle", "Understanding of osteoporosis care in primary care; experience of collaborative working with a federation"]),
        h("Budget / resource impact"),
        t(["Partner", "Financial", "Non-financial"],
          ["Federation", "-", "Lead GP 1 session/week; practice searches by federation pharmacists (0.2 WTE); clinic space at 3 hubs; admin booking (0.2 WTE)"],
          ["Hesketh-Lyle", "Approx. £55,000 for a Band 7 FLS nurse (12 months)", "Evaluation support from its real-world evidence team (8 days)"]),
        h("Preliminary checks"),
        p("Checked against the collaborative working red/amber criteria on 2 October 2025: benefit is focused on patients; treatment choice stays with clinicians in line with NICE TA and NOGG guidance; no company sales colleagues would be involved; both sides contribute staff and resources."),
        h("Decision"),
        p("Federation board (9 October 2025): approved to proceed to PID. Hesketh-Lyle collaborative working committee: approved in principle, 15 October 2025."),
    ]))

# 26 ------------------------------------------------------------------ defects: resources fail, patient-benefit warn
DOCS.append(dict(
    id=26, slug="cf-mh-trust-lithium-monitoring", fmt="pdf", type="concept-framework", layout="plain",
    header="Ashcombe and Lyme Partnership NHS Foundation Trust", footer="CONCEPT FRAMEWORK - NOT FOR CIRCULATION",
    keys=["In kind", "improve patient outcomes"],
    bad={"resource-contributions": "fail", "patient-benefit": "warn"},
    notes="resource-contributions fail: the Trust's contribution is 'in kind' with nothing said of what. patient-benefit warn: the only patient benefit is the vague 'improve patient outcomes and experience'.",
    blocks=[
        title("Project Concept Framework"),
        t(["Section", "Response"],
          ["1. Project title", "Shared-care lithium monitoring hub"],
          ["2. Partners", "Ashcombe and Lyme Partnership NHS Foundation Trust; Ostrander Pharma UK Ltd"],
          ["3. Purpose", "Lithium monitoring (levels, renal and thyroid function) is split between the Trust and GP practices and is frequently incomplete. A central monitoring hub with recall and results review would bring this together."],
          ["4. Objectives - patients", "To improve patient outcomes and experience."],
          ["4. Objectives - Trust", "Reduce duplication of tests; single register; better shared-care compliance; fewer incidents."],
          ["4. Objectives - Ostrander", "Learning on shared-care models in mental health."],
          ["5. Resources - Ostrander", "£40,000 towards a Band 6 pharmacy technician and recall software licence"],
          ["5. Resources - Trust", "In kind"],
          ["6. Anticipated start", "Q3 2025"],
          ["7. Length", "12 months"],
          ["8. Decision", "Proceed to PID - agreed at Medicines Optimisation Group 11/06/25"]),
        p("Note: the project is product-neutral; lithium is a long-established generic medicine and Ostrander does not market it. Ostrander's sales colleagues will not be involved."),
    ]))

# 27 ------------------------------------------------------------------ defects: sales fail, promo fail
DOCS.append(dict(
    id=27, slug="cf-icb-psoriasis-pathway", fmt="docx", type="concept-framework",
    header="NHS Kelder Brook ICB - Medicines Optimisation", footer="Concept framework (draft 2) - Psoriasis",
    keys=["Brand Manager", "pull-through"],
    bad={"sales-roles": "fail", "promotional-language": "fail"},
    notes="sales-roles fail: Marlowe's Brand Manager and a Key Account Manager sit on the concept working group. promotional-language fail: the company objective is 'pull-through' for its biologic franchise.",
    blocks=[
        title("Project Concept Framework - Psoriasis community pathway"),
        p("Prepared by: Deputy Head of Medicines Optimisation, NHS Kelder Brook ICB, with Marlowe Biopharma UK Limited"),
        h("1. Partners and stakeholders"),
        p("NHS Kelder Brook Integrated Care Board; Marlowe Biopharma UK Limited. Stakeholders: Kelder Brook Hospitals NHS Trust dermatology; Psoriasis patient forum."),
        p("Concept working group: ICB Deputy Head of Medicines Optimisation; consultant dermatologist; GPwER dermatology; Marlowe Brand Manager (Immunology); Marlowe Key Account Manager (Kelder Brook)."),
        h("2. Purpose"),
        p("People with moderate to severe psoriasis wait 30+ weeks for a dermatology appointment and many are never assessed for systemic or biologic therapy. Psoriatic arthritis is often missed."),
        h("3. Objectives"),
        b("Patients: quicker assessment by a community dermatology team, screening for psoriatic arthritis and depression, and earlier access to appropriate treatment.",
          "ICB: reduced hospital waits; community pathway for recurrent commissioning.",
          "Marlowe: pull-through for the Marlowe biologic franchise once patients reach the biologic step of the pathway."),
        h("4. Resource impact"),
        t(["Party", "Contribution"],
          ["ICB", "GPwER dermatology sessions (2 per week), ICB pharmacist 0.2 WTE, commissioning support"],
          ["Marlowe", "£68,000 for a dermatology specialist nurse for 12 months; project management"]),
        h("5. Start and length"),
        p("Q4 2025; 12 months."),
        h("6. Decision"),
        p("Deferred - to return to the Medicines Optimisation Committee in September."),
    ]))

# 28 ------------------------------------------------------------------ PASS (council)
DOCS.append(dict(
    id=28, slug="cf-council-health-checks-outreach", fmt="pdf", type="concept-framework", layout="twocol",
    header="Kessingham City Council - Public Health Concept Note", footer="Health checks outreach | Concept framework | OFFICIAL",
    keys=["Gypsy, Roma and Traveller", "outreach nurse", "Go ahead"],
    bad={}, notes="All applicable rules met.",
    blocks=[
        title("Concept framework: cardiovascular health checks outreach"),
        sub("Kessingham City Council (Public Health) and Redgate Life Sciences Ltd"),
        h("Who is involved"),
        p("Kessingham City Council, through its public health team, and Redgate Life Sciences Ltd. Stakeholders: Kessingham Gypsy, Roma and Traveller liaison service; homelessness outreach charity Open Door Kessingham; two PCNs."),
        h("Why"),
        p("Uptake of NHS Health Checks among Gypsy, Roma and Traveller residents and people experiencing homelessness is estimated at under 10%, against 41% citywide. These groups have much higher rates of heart disease and die younger."),
        h("What the partners hope to achieve"),
        p("For residents in these communities: a health check where they live or gather, with blood pressure, cholesterol and diabetes risk measured on the spot and a supported route to a GP if anything is found - earlier treatment and fewer heart attacks and strokes. For the council: progress against its health inequalities plan. For Redgate: understanding of outreach models for underserved groups."),
        h("Resources"),
        p("Council: commissioning manager 0.2 WTE, use of the council's mobile health unit, liaison service staff time (about 1 day a week) and public health intelligence support. Redgate: about £45,000 for a 0.8 WTE outreach nurse for 12 months and point-of-care testing consumables."),
        h("When and how long"),
        p("Start Q1 2026, 12 months."),
        h("Initial screening"),
        p("The idea was tested against the red/amber checklist. It is not linked to any medicine; no Redgate representatives or other promotional staff would take part."),
        h("Decision"),
        p("Go ahead to PID stage - Director of Public Health, 22 September 2025."),
    ]))

# 29 ------------------------------------------------------------------ defects: patient-benefit fail, resources fail
DOCS.append(dict(
    id=29, slug="cf-pcn-phlebotomy-hub", fmt="docx", type="concept-framework",
    header="Westholme PCN", footer="concept form - draft",
    keys=["see section 2", "TBC"],
    bad={"patient-benefit": "fail", "resource-contributions": "fail"},
    notes="patient-benefit fail: the patient objective says 'see section 2', but section 2 only describes practice workload and appointment use - no patient benefit. resource-contributions fail: PCN contribution 'TBC'.",
    blocks=[
        title("Concept framework"),
        p("Project: PCN anticoagulation monitoring hub (INR)"),
        p("Partners: Westholme PCN (via lead practice Westholme Surgery) / Tamsin Healthcare UK Limited"),
        h("1. Summary"),
        p("Move INR testing and dosing for warfarin patients from 6 practices into 1 hub."),
        h("2. Purpose"),
        p("Practices each run their own INR clinics - duplication of nurse time, dosing software licences in every practice and frequent DNAs. A single hub would release around 30 practice nurse hours a week and cut software costs."),
        h("3. Objectives"),
        kv(("Patients", "see section 2"),
           ("PCN", "Release nurse time; one set of software; easier cover"),
           ("Tamsin", "Understanding of primary care anticoagulation services")),
        h("4. Resources"),
        kv(("Tamsin contribution", "£28,000 towards hub nurse (Band 6, 0.6 WTE, 12 m) + near-patient testing devices"),
           ("PCN contribution", "TBC")),
        h("5. Dates"),
        p("Start ~Q2 2026, 12 months."),
        h("6. Decision"),
        p("PCN board to decide 4 Feb."),
    ]))
