"""Outcomes summaries O1-O2 for tuning7a."""
from t7a_common import B, H, P, T, outcomes


def o1():
    blocks = [
        H("Summary of Project Outcomes"),
        T([["Project", "Gout Treat-to-Target in Primary Care"],
           ["Partners", "Whinfell Primary Care Partnership Ltd; Orrin Biosciences UK Limited"],
           ["Period", "April 2024 - March 2025 (12 months)"],
           ["Date of summary", "August 2025"]], [0.25, 0.75], header=False),
        H("1. What we set out to do"),
        P("Offer nurse-led treat-to-target clinics to people with gout and recurrent flares, aiming for serum urate "
          "below 360 micromol/L in 60% of treated patients at 12 months."),
        H("2. Results against objectives"),
        T([["Objective", "Baseline", "Target", "Achieved"],
           ["Patients on urate-lowering therapy reaching target urate", "29%", "60%", "64%"],
           ["Patients reporting 2+ flares in last 6 months", "47%", "25%", "22%"],
           ["Gout-related A&E attendances (cohort, per year)", "41", "25", "27"]], [0.46, 0.16, 0.16, 0.22]),
        H("3. Benefits seen"),
        P("Patients: fewer flares and less time off work; 91% of clinic attenders rated the service good or very "
          "good. NHS: nurse-led model shown to be deliverable within existing practice nurse capacity. Orrin: "
          "learning on treat-to-target delivery models."),
        H("4. Contributions delivered"),
        P("The partnership provided 0.3 WTE nurse time and clinic rooms as agreed; Orrin provided the agreed "
          "£22,000 and 14 of 15 planned project management days."),
        H("5. After the project"),
        P("The clinics have been absorbed into the partnership's long-term conditions service from April 2025."),
        H("6. Publication"),
        P("This summary is published on the websites of both partners, within six months of completion, and the "
          "transfer of value was disclosed on Disclosure UK."),
        P("Prepared by the project board (PCP Head of Nursing; Orrin Medical Affairs). ORR-UK-CW-0311."),
    ]
    return dict(file="t7a_o01_gout_outcomes_summary.docx", type="outcomes-summary", fmt="docx",
                title="Outcomes - Gout Treat-to-Target", header="Whinfell Primary Care Partnership Ltd",
                footer="ORR-UK-CW-0311 | Aug 2025", blocks=blocks, out=outcomes("outcomes-summary"),
                notes="All pass. Results with baseline/target/achieved; published on both websites.",
                key=["64%", "published on the websites of both partners"])


def o2():
    blocks = [
        H("Project close report and outcomes"),
        P("Community Eczema Support for Children - Stainmore Vale"),
        P("Partners: Stainmore Vale NHS Trust (Paediatric Dermatology) and Lumen Derma UK Ltd."),
        H("Overview"),
        P("Over 18 months the Trust's children's dermatology nurses ran community eczema workshops for parents and "
          "a telephone advice line, funded in part by Lumen Derma."),
        H("Outcomes"),
        P("The project was well received. Parents reported feeling more confident in managing their child's "
          "eczema, and staff felt the workshops improved the consistency of advice. Outcomes were monitored "
          "throughout and feedback was positive."),
        H("Benefit to patients"),
        P("Children benefited from better skin care routines at home and fewer sleepless nights, according to "
          "parent feedback."),
        H("Lessons"),
        B("Evening workshops were better attended than daytime ones.",
          "The advice line was most used in the first month after diagnosis."),
        H("Distribution"),
        P("Internal - not for publication. For the Trust's Children's Services Board and Lumen Derma only."),
    ]
    return dict(file="t7a_o02_eczema_close_report.pdf", type="outcomes-summary", fmt="pdf", layout="single",
                title="Close Report - Community Eczema Support", header="Stainmore Vale NHS Trust",
                footer="Close report v1 | Children's Services", blocks=blocks,
                out=outcomes("outcomes-summary", measurable_outcomes="warn", transparency="fail"),
                notes="measurable-outcomes warn: only qualitative outcomes ('well received', 'monitored'). "
                      "transparency fail: 'Internal - not for publication'.",
                key=["Internal - not for publication", "Outcomes were monitored"])
