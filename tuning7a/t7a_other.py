"""Executive summaries, concept frameworks and outcomes summaries for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def e1():
    blocks = [
        P("Summary of the Collaborative Working Agreement between Dunmere Valley University Health Board and "
          "Kestrelmoor Pharma UK Ltd", True),
        H("Project title"),
        P("Living Well with Persistent Pain: supported opioid reduction in primary care"),
        H("Rationale"),
        P("Around 4,300 adults in Dunmere Valley take high-dose opioids long term for non-cancer pain, often with "
          "little benefit and significant harm. Support to reduce safely is patchy."),
        H("Objectives and expected benefits"),
        P("Patients will be offered a pharmacist review, a tapering plan agreed with them and access to pain "
          "self-management groups, aiming at less harm, better function and quality of life. The Health Board "
          "expects fewer opioid-related admissions; Kestrelmoor expects insight into pain pathway redesign."),
        H("Project period"),
        P("September 2025 to August 2027."),
        H("Roles and financial arrangements"),
        P("Dunmere Valley UHB provides two Band 8a pain pharmacists (0.4 WTE each), psychology input to the "
          "self-management groups and community venues. Kestrelmoor contributes sixty thousand pounds (£60,000) "
          "paid to the Health Board against milestones, plus 15 days of project management. The Health Board's "
          "in-kind contribution is valued at about £72,000."),
        H("Patient data"),
        P("Patient records stay within the Health Board, which is data controller. Kestrelmoor receives only "
          "anonymised aggregate results and has no access to identifiable information."),
        H("Publication"),
        P("This summary is published before the project starts. A summary of outcomes will be published within "
          "six months of completion."),
        H("Contacts"),
        P("UHB: Mr G. Pryce, Head of Pharmacy Primary Care, g.pryce@wales.nhs.uk. Kestrelmoor: Dr E. Vickers, "
          "Medical Partnerships Lead, e.vickers@kestrelmoor.co.uk."),
        P("Job code KMP-UK-CW-0071 | Date of preparation: July 2025"),
    ]
    return dict(file="t7a_e01_persistent_pain_exec_summary.pdf", type="executive-summary", fmt="pdf",
                layout="single", title="Executive Summary - Living Well with Persistent Pain",
                header="Kestrelmoor Pharma UK Ltd - Collaborative Working", footer="KMP-UK-CW-0071 | July 2025",
                blocks=blocks, out=outcomes("executive-summary", data_protection="pass"),
                notes="All pass. ES mentions patient records so data-protection applies and passes (UHB controller, "
                      "anonymised aggregates only). Both parties' contributions stated, money in words.",
                key=["sixty thousand pounds (£60,000)", "has no access to identifiable information"])


def e2():
    blocks = [
        H("Executive Summary"),
        T([["Project", "Menopause Care Closer to Home"],
           ["Partners", "Larchfield Healthcare Ltd (GP federation) and Aldous-Crane Women's Health UK Ltd"],
           ["Dates", "Q2 2026 - Q1 2027"]], [0.2, 0.8], header=False),
        H("Why this project"),
        P("Women in Larchfield wait up to nine months for specialist menopause advice. Many could be supported in "
          "primary care by trained clinicians."),
        H("What we will do"),
        B("Train a lead clinician in each of 12 practices to a recognised menopause care standard.",
          "Run nurse-led menopause clinics at three hub practices.",
          "Develop shared decision-making resources with local women's groups."),
        H("Benefits"),
        P("Women will get timely, personalised advice closer to home and shorter waits for specialist care. The "
          "federation expects fewer referrals to gynaecology; Aldous-Crane expects to learn about service models."),
        H("Financial arrangements"),
        P("Aldous-Crane will contribute £35,000 towards clinician training and clinic sessions, and 8 days of "
          "project management. The federation's contribution will be confirmed once the project plan is finalised."),
        H("Publication"),
        P("This summary will appear on Aldous-Crane's website before the project begins, and outcomes will be "
          "published within six months of the end."),
        H("Contacts"),
        P("Larchfield Healthcare Ltd: Dr C. Moreau, Medical Director. Aldous-Crane: Ms R. Tan, Head of Medical "
          "Affairs."),
        P("Approval code ACW-UK-2026-014. Prepared March 2026."),
    ]
    return dict(file="t7a_e02_menopause_exec_summary.docx", type="executive-summary", fmt="docx",
                title="Menopause Care Closer to Home - Executive Summary", header="Aldous-Crane Women's Health UK Ltd",
                footer="ACW-UK-2026-014 | March 2026", blocks=blocks,
                out=outcomes("executive-summary", data_protection="n/a", resource_contributions="fail"),
                notes="data-protection n/a: no mention of patient data/records/sharing. resource-contributions fail: "
                      "federation's contribution 'will be confirmed'.",
                key=["federation's contribution will be confirmed"])


def e3():
    blocks = [
        H("Public summary: Heart Valve Check for Over-75s"),
        P("Partners: Ravensby Integrated Care Board; Ravensby & Holt NHS Foundation Trust; Trevanion Cardio UK Ltd."),
        H("Background"),
        P("Many older people with significant aortic stenosis are undiagnosed until they become very unwell. "
          "Simple stethoscope checks at flu clinics, followed by echocardiography, can identify them earlier."),
        H("Objectives"),
        P("Patients will benefit from earlier diagnosis and timely referral for assessment, reducing emergency "
          "presentations with heart failure or collapse."),
        H("How it works"),
        P("Practices will share patient records with the project team, including Trevanion's project analyst, to "
          "identify people aged 75+ who have not had a heart examination in five years."),
        H("Who provides what"),
        T([["Partner", "Contribution"],
           ["ICB", "Primary care programme manager 0.2 WTE; digital stethoscopes from ICB stock"],
           ["Trust", "Echocardiography: 300 scans; cardiac physiologist training for practice nurses"],
           ["Trevanion", "£48,000 (forty-eight thousand pounds) towards echo capacity; project analyst 0.2 WTE"]],
          [0.2, 0.8]),
        H("Timing"),
        P("October 2025 to September 2026."),
        H("Publication"),
        P("Trevanion publishes this summary before the start; outcomes will be published within six months of the "
          "end of the project."),
        P("TRV-UK-0098 | August 2025"),
    ]
    return dict(file="t7a_e03_heart_valve_exec_summary.pdf", type="executive-summary", fmt="pdf",
                layout="twocol", title="Executive Summary - Heart Valve Check", header="Trevanion Cardio UK Ltd",
                footer="TRV-UK-0098 | Date of preparation Aug 2025", blocks=blocks,
                out=outcomes("executive-summary", data_protection="fail"),
                notes="data-protection fail: ES states practices share patient records with the company's analyst, "
                      "with no protection. Resources pass (table of three partners).",
                key=["share patient records with the project team, including Trevanion"])


def c1():
    blocks = [
        H("Project Concept Framework"),
        T([["Heading", "Response"],
           ["Partner organisations", "NHS Calderholme Integrated Care Board; "
            "Wexcombe Immunosciences UK Ltd; Calderholme Hospitals NHS Trust"],
           ["Purpose", "Shorten time from symptom onset to rheumatology assessment for suspected inflammatory "
            "arthritis (currently median 31 weeks; NICE quality standard is 3 weeks from referral)."],
           ["Objectives - patients", "Earlier diagnosis and treatment, preventing joint damage and loss of work."],
           ["Objectives - NHS", "Fewer inappropriate referrals via a triage tool; better use of early arthritis clinic."],
           ["Objectives - industry", "Understanding of pathway barriers; no product objectives."],
           ["Budget / resource impact", "ICB: pathway lead 0.1 WTE, comms team 5 days. Trust: early arthritis "
            "clinic slots (4 per week), rheumatology nurse 0.2 WTE, ultrasound. Wexcombe: £30,000 for GP education "
            "and triage tool build; project manager 12 days."],
           ["Anticipated start", "Q1 2026"],
           ["Length", "18 months"],
           ["Decision", "Go - approved by ICB Medicines Optimisation Group, 4 November 2025"]], [0.28, 0.72]),
        P("Note: company attendees at concept stage were the Medical Affairs Manager and a Partnerships Manager."),
    ]
    return dict(file="t7a_c01_early_arthritis_concept.docx", type="concept-framework", fmt="docx",
                title="Concept Framework - Early Inflammatory Arthritis", header="NHS Calderholme ICB",
                footer="CF v1 | Nov 2025", blocks=blocks, out=outcomes("concept-framework"),
                notes="All pass. Budget/resource row gives each of the three partners' contribution.",
                key=["clinic slots (4 per week)", "£30,000 for GP education"])


def c2():
    blocks = [
        H("Concept Framework - Chronic Cough Clinic"),
        T([["Section", "Detail"],
           ["Partners", "NHS Bramber Vale Integrated Care Board; Ashgrove Respiratory UK Ltd"],
           ["Need", "Patients with cough lasting over eight weeks are often investigated repeatedly without a "
            "diagnosis; many have treatable causes."],
           ["Patient benefit", "A single specialist assessment, fewer repeat tests, and a clear management plan "
            "improving quality of life."],
           ["Industry benefit", "Pull-through of Tussevia® prescribing as the clinic's preferred agent and a "
            "stronger share of voice with local respiratory teams."],
           ["Resources", "Ashgrove: £40,000 plus clinic coordinator 0.3 WTE. ICB: support as required."],
           ["Start / length", "Q3 2026 / 12 months"],
           ["Decision", "Proceed to PID"]], [0.25, 0.75]),
    ]
    return dict(file="t7a_c02_chronic_cough_concept.pdf", type="concept-framework", fmt="pdf", layout="ruled",
                title="Concept Framework - Chronic Cough Clinic", header="Ashgrove Respiratory UK Ltd",
                footer="Concept stage - internal draft", blocks=blocks,
                out=outcomes("concept-framework", resource_contributions="fail", promotional_language="fail"),
                notes="resource-contributions fail: ICB 'support as required'. promotional-language fail: "
                      "'pull-through of Tussevia prescribing as preferred agent', 'share of voice'.",
                key=["ICB: support as required", "Pull-through of Tussevia"])
