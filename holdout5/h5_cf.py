"""holdout5 concept frameworks C1-C5."""
from h5_common import mk, outcomes

T = "concept-framework"


def c1():
    b = [
        ("kv", [["Partner organisations", "NHS Greyfriars and Wold Integrated Care Board; Calverley Therapeutics UK Ltd"],
                ["Purpose", "Spirometry has been largely unavailable in primary care since 2020, so many COPD and asthma diagnoses are unconfirmed. The proposal is a quality-assured community diagnostic spirometry hub serving 30 practices."],
                ["Objectives - patients", "Accurate diagnosis within 8 weeks of referral, so that people get the right treatment and avoid unnecessary inhalers"],
                ["Objectives - NHS", "Clearing a backlog of around 2,000 referrals; accredited workforce"],
                ["Objectives - industry partner", "Understanding of diagnostic pathways in respiratory care"],
                ["Resource impact - ICB", "Two ARTP-accredited physiologists (1.2 WTE), hub premises, clinical governance; c. £74,000 in kind"],
                ["Resource impact - Calverley", "£58,000 towards spirometers and physiologist training; 15 days project management"],
                ["Anticipated start", "Q1 2026"],
                ["Length", "15 months"],
                ["Decision", "Go-ahead given by ICB Medicines Optimisation Committee on 9 October 2025 - proceed to PID"]]),
        ("p", "Preliminary check: red and amber criteria reviewed by the ICB Joint Working Panel; no concerns identified."),
    ]
    return mk("h5-c01-greyfriars-spirometry-cf.docx", T, "Project Concept Framework", b,
              "All applicable rules pass (both contributions, patient benefit, no promotion, no sales roles).",
              outcomes(T), subtitle="Community diagnostic spirometry hub", header="NHS Greyfriars and Wold ICB", footer="CF-2025-014")


def c2():
    b = [
        ("h", "Who would be involved"),
        ("p", "Calder Ridge Mental Health NHS Trust and Quillon Pharmaceuticals Ltd, with Linmouth Borough Council's public health team consulted as a stakeholder."),
        ("h", "What prompts this"),
        ("p", "People starting clozapine must travel to a hospital clinic for weekly blood monitoring, which many find hard; missed tests lead to treatment interruptions and relapse."),
        ("h", "What changes for the person receiving care"),
        ("p", "Near-patient blood testing in community team bases and at home would cut travel, keep people on their treatment safely and reduce the risk of relapse and readmission."),
        ("h", "What changes for the partners"),
        ("p", "The Trust frees outpatient capacity. Quillon gains understanding of community monitoring models in mental health."),
        ("h", "Investment from each side"),
        ("ul", ["The Trust would redeploy two community nurses (0.8 WTE in total), pharmacy oversight and premises, worth around £45,000.",
                "Quillon would put in £40,000 for point-of-care analysers and consumables, and an evaluation adviser for 10 days."]),
        ("h", "Timing"),
        ("p", "Could begin in Q3 2026 and last 12 months."),
        ("h", "Outcome of discussion"),
        ("p", "Agreed in principle by the Trust's Drugs and Therapeutics Committee on 14 January 2026; PID to be developed."),
    ]
    return mk("h5-c02-calder-clozapine-cf.pdf", T, "Outline Proposal: Community Clozapine Monitoring", b,
              "All applicable rules pass in unusual wording ('What changes for the person receiving care', 'Investment from each side'). Clozapine is a generic clinical mention, not promotion.",
              outcomes(T), grid="plain", header="Concept framework - for discussion", footer="Calder Ridge MH NHS Trust / Quillon", font="Times-Roman")


def c3():
    b = [
        ("table", [["Field", "Entry"],
                   ["Partners", "Ravensholme Teaching Hospitals NHS Foundation Trust; Ostrander Biosciences plc"],
                   ["Purpose", "Hospital-acquired anaemia and iron deficiency in inflammatory bowel disease patients are poorly recognised; an IBD nurse-led iron clinic is proposed."],
                   ["Benefits for patients", "[insert]"],
                   ["Benefits for the Trust", "Fewer day-case admissions for iron infusion and better use of the IBD helpline"],
                   ["Benefits for Ostrander", "Learning about IBD service delivery"],
                   ["Ostrander contribution", "£47,000 for a Band 6 IBD nurse for 12 months"],
                   ["Trust contribution", "As required"],
                   ["Start", "Q2 2026"],
                   ["Length", "12 months"],
                   ["Decision", "Pending - to IBD business meeting in March"]]),
    ]
    return mk("h5-c03-ravensholme-ibd-cf.docx", T, "Concept Framework - IBD Iron Clinic", b,
              "resource-contributions FAIL: Trust contribution 'As required'. patient-benefit FAIL: 'Benefits for patients' field left as '[insert]' placeholder; only Trust and company benefits filled in.",
              outcomes(T, resource_contributions="fail", patient_benefit="fail"), header="Draft", footer="Ravensholme THFT / Ostrander")


def c4():
    b = [
        ("h", "1. Partners"),
        ("p", "Eastmere Hospitals NHS Trust and Hartwell Pharma UK Limited."),
        ("h", "2. Background"),
        ("p", "Eastmere's lipid clinic has a 40-week wait. GP referrals for familial hypercholesterolaemia screening are inconsistent."),
        ("h", "3. Proposed objectives"),
        ("ul", ["NHS: reduce outpatient follow-up activity in the lipid clinic by 30% and release consultant time.",
                "NHS: establish an electronic advice and guidance service for GPs.",
                "Hartwell: strengthen relationships with lipid clinic stakeholders."]),
        ("h", "4. Delivery"),
        ("p", "Hartwell's Territory Business Manager will visit practices to promote the advice and guidance service and will help practices run their referral searches."),
        ("h", "5. Resources"),
        ("p", "Trust: consultant lipidologist 2 sessions/week, specialist nurse 0.5 WTE, admin (c. £50,000). Hartwell: £45,000 for a Band 7 lipid nurse and IT development."),
        ("h", "6. Timing"),
        ("p", "Start Q4 2025, 12 months."),
        ("h", "7. Decision"),
        ("p", "Approved to progress to PID by the Trust's Cardiovascular Directorate Board."),
    ]
    return mk("h5-c04-eastmere-lipid-cf.pdf", T, "Project Concept Framework", b,
              "patient-benefit FAIL: objectives list only NHS and company benefits; nothing for patients. sales-roles FAIL: Territory Business Manager delivers practice engagement and helps with referral searches.",
              outcomes(T, patient_benefit="fail", sales_roles="fail"), grid="grid", header="Eastmere Hospitals NHS Trust", footer="Concept v0.2")


def c5():
    b = [
        ("kv", [["Partners", "Kestrel Bay University Health Board; Sefton-Lowe Pharma UK Limited"],
                ["Purpose", "People with type 2 diabetes and established cardiovascular disease are not consistently reviewed for cardio-renal protective therapy."],
                ["Patient benefit", "Fewer heart attacks, strokes and kidney complications through timely reviews"],
                ["Health Board benefit", "Better outcomes against the Welsh diabetes delivery plan"],
                ["Sefton-Lowe benefit", "Project supports pull-through for Glyzora in line with the 2026 brand plan, and increases share of voice in Kestrel Bay"],
                ["Resources", "Health Board: diabetes specialist pharmacist 0.5 WTE, clinic rooms (£31,000 in kind). Sefton-Lowe: £42,000 for pharmacist backfill and education sessions"],
                ["Start / length", "Q3 2026 / 12 months"],
                ["Decision", "For discussion at Health Board Joint Working Group"]]),
    ]
    return mk("h5-c05-kestrel-diabetes-cf.docx", T, "Project Concept Framework", b,
              "promotional-language FAIL: company benefit framed as 'pull-through for Glyzora', 'brand plan', 'share of voice'. Other applicable rules pass (patient benefit stated, both contributions).",
              outcomes(T, promotional_language="fail"), header="Kestrel Bay UHB", footer="Concept framework v1")
