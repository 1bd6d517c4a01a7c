"""PIDs P1-P4 for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def p1():
    blocks = [
        T([["Document", "Project Initiation Document (PID)"],
           ["Project", "Brantwood Hypertension Case-Finding and Control"],
           ["Version / date", "v1.3, 9 June 2025"],
           ["Owner", "Brantwood GP Federation Ltd - Transformation Office"]], [0.35, 0.65], header=False),
        H("1. Background"),
        P("Brantwood's recorded hypertension prevalence is 11.8% against an expected 16%. About 9,000 adults are "
          "estimated to have undiagnosed high blood pressure, and only 62% of those diagnosed are treated to target."),
        H("2. Aims"),
        B("Find and diagnose people with undiagnosed hypertension through community BP checks and home monitoring.",
          "Improve control among those already diagnosed through pharmacist-led titration clinics."),
        H("3. Partner organisations"),
        P("Brantwood GP Federation Ltd (company no. 10933412), 2 Mill Yard, Brantwood BW1 4HG. NHS Westmere "
          "Integrated Care Board, Westmere House, Westmere WM2 9LL. Sorrel Healthcare UK Ltd (company no. "
          "04180277), 8 Parkview, Watford WD17 1AA."),
        H("4. Accountable leads"),
        T([["Organisation", "Lead", "Contact"],
           ["Federation", "Dr K. Mensah, Clinical Director", "k.mensah@brantwoodfed.nhs.uk"],
           ["ICB", "R. Whitlock, Head of CVD Prevention", "r.whitlock@nhs.net"],
           ["Sorrel", "J. Ferrand, NHS Partnerships Lead", "j.ferrand@sorrelhealth.co.uk"]],
          [0.28, 0.38, 0.34]),
        H("5. Expected benefits"),
        P("Patients: earlier diagnosis; fewer strokes and heart attacks over time; care closer to home. NHS: "
          "progress toward the 80% control ambition. Sorrel: learning about delivery models for CVD prevention."),
        H("6. Resources"),
        T([["Partner", "Contribution", "Est. value"],
           ["Federation", "Band 8a pharmacist 0.3 WTE; 4 healthcare assistants for 40 pop-up clinic sessions; "
            "venues in 6 practices", "£46,200 in kind"],
           ["ICB", "Population health analyst 18 days; 150 home BP monitors from ICB stock",
            "£14,900 in kind"],
           ["Sorrel", "£52,000 cash to the Federation (milestone invoices); project support 0.1 WTE",
            "£52,000 + £8,500"]], [0.2, 0.56, 0.24]),
        H("7. Outcome measures"),
        B("Hypertension register prevalence: 11.8% to 13.5% by month 12 (QOF/practice data).",
          "Patients treated to target: 62% to 72% by month 12 (CVDPREVENT quarterly).",
          "Number of community BP checks: 3,000 in 12 months (clinic log)."),
        H("8. Governance"),
        P("Monthly project board chaired by the Federation Clinical Director, with the ICB Head of CVD Prevention "
          "and Sorrel's NHS Partnerships Lead. Sorrel's sales and marketing staff are excluded from all project "
          "activity."),
        H("9. Confidentiality"),
        P("Patient information stays within the Federation and practices. Project papers and commercial "
          "information shared between partners are confidential to the project board, subject to FOIA 2000."),
        H("10. Information governance"),
        P("Practices are data controllers; the Federation acts as processor under a data processing agreement. A "
          "DPIA has been completed. Sorrel receives anonymised aggregate data only and never sees patient records. "
          "UK GDPR and the DPA 2018 apply."),
        H("11. Transparency"),
        P("The executive summary will be published on Sorrel's website before go-live and the outcomes within six "
          "months of close. Sorrel will declare its payments through Disclosure UK."),
        H("12. Timetable and exit"),
        P("Start Q3 2025; completion Q3 2026. If the project ends early (any partner may give 60 days' notice), "
          "patients identified are added to practice registers and managed in usual care; pop-up clinics stop; "
          "home monitors remain with the ICB loan scheme. At month 10 the ICB will decide whether to commission "
          "pharmacist titration clinics recurrently."),
    ]
    return dict(file="t7a_p01_hypertension_case_finding_pid.pdf", type="pid", fmt="pdf", layout="twocol",
                title="PID - Brantwood Hypertension Case-Finding", header="Brantwood GP Federation Ltd | PID",
                footer="PID v1.3 | Job code SOR-UK-JW-0112 | June 2025", blocks=blocks, out=outcomes("pid"),
                notes="All pass. Per-party resource table in rows with in-kind values (pharmacist WTE, HCA sessions, "
                      "venues, analyst days, equipment) and cash.",
                key=["Population health analyst 18 days", "£52,000 cash to the Federation",
                     "Sorrel's sales and marketing staff are excluded"])


def p2():
    blocks = [
        H("Section A - Project details"),
        T([["Field", "Entry"],
           ["Title", "Parkinson's Medicines Review in Care Homes"],
           ["NHS partner", "Kingsbury & Wold NHS Trust (Community Neurology)"],
           ["Industry partner", "Merrow Neuro UK Ltd"],
           ["Start / end", "January 2026 / December 2026"],
           ["NHS lead", "Ms T. Brannigan, Parkinson's Nurse Consultant, t.brannigan@kwnhs.nhs.uk"],
           ["Company lead", "Dr S. Khatri, Medical Affairs Manager, s.khatri@merrowneuro.co.uk"]], [0.3, 0.7]),
        H("Section B - Rationale"),
        P("People with Parkinson's living in care homes frequently miss time-critical doses, and many are on "
          "regimens that have not been reviewed for over a year. Missed doses lead to falls, swallowing problems "
          "and hospital admission."),
        H("Section C - Objectives"),
        B("Every resident with Parkinson's in 22 care homes to receive a specialist medicines review.",
          "Care home staff trained in time-critical medicines.",
          "Reduce harm from missed or late doses."),
        P("Patient benefit: fewer falls and admissions, better mobility and swallowing, and care plans that reflect "
          "residents' wishes."),
        H("Section D - Resources"),
        T([["Organisation", "Resource"],
           ["Merrow Neuro UK Ltd", "£38,000 to fund a Band 6 Parkinson's nurse (0.5 WTE) employed by the Trust; "
            "e-learning module development; project management 12 days"],
           ["Kingsbury & Wold NHS Trust", "In-kind support: TBC"]], [0.32, 0.68]),
        H("Section E - Measuring success"),
        P("KPIs TBC - to be agreed at the first steering group."),
        H("Section F - Governance and people"),
        P("Steering group: Parkinson's Nurse Consultant (chair), Trust Lead Pharmacist for care homes, Merrow's "
          "Medical Affairs Manager. The post-holder is line-managed by the Trust and has no objectives relating to "
          "any product. No Merrow sales representatives are involved."),
        H("Section G - Confidentiality"),
        P("Residents' information will not be shared outside the Trust clinical team. Project documents shared with "
          "Merrow are confidential and will be used for no other purpose."),
        H("Section H - Data protection"),
        P("The Trust is the data controller. Reviews are documented in the Trust's record only. Merrow will receive "
          "anonymised summary statistics. UK GDPR and DPA 2018; DPIA ref KW-DPIA-2025-88."),
        H("Section I - Publication"),
        P("Executive summary to be published by Merrow on its website prior to start; outcomes published within "
          "six months of completion; Merrow transfers of value disclosed on Disclosure UK."),
        H("Section J - Exit"),
        P("If funding stops, the nurse post ends under the Trust's fixed-term policy and residents return to the "
          "community neurology caseload; training materials are owned by the Trust and remain available to care "
          "homes. Either party may end the project with three months' notice."),
    ]
    return dict(file="t7a_p02_parkinsons_care_homes_pid.docx", type="pid", fmt="docx",
                title="Project Initiation Document - Parkinson's Medicines Review in Care Homes",
                header="Kingsbury & Wold NHS Trust - Community Neurology",
                footer="PID draft 0.4 - for steering group", blocks=blocks,
                out=outcomes("pid", resource_contributions="fail", measurable_outcomes="fail"),
                notes="resource-contributions fail: the Trust's contribution is 'In-kind support: TBC' while the "
                      "company's is detailed. measurable-outcomes fail: 'KPIs TBC' (objectives are unquantified).",
                key=["In-kind support: TBC", "KPIs TBC"])


def p3():
    blocks = [
        H("1. Summary"),
        P("Crannock Primary Care Network will offer structured medication reviews to residents aged 75+ with "
          "moderate or severe frailty on ten or more medicines. Elbury Pharma UK Ltd supports the project as "
          "a collaborative working partner."),
        H("2. Partners and contracting"),
        P("Crannock Health Ltd (company no. 12033871), the PCN's incorporated contracting vehicle, on behalf of "
          "Crannock PCN's five member practices; and Elbury Pharma UK Ltd (company no. 05526190)."),
        H("3. Why this matters"),
        P("There are 1,240 people aged 75+ with moderate or severe frailty in Crannock; 46% take ten or more "
          "medicines. Problematic polypharmacy contributes to falls, confusion and admissions."),
        H("4. Intended outcomes"),
        T([["For whom", "Expected benefit"],
           ["Patients", "Fewer falls and medication-related admissions; fewer unnecessary medicines; shared "
            "decisions about what matters to them"],
           ["PCN / NHS", "Reduced prescribing waste; SMR capacity built into ARRS roles"],
           ["Elbury", "Understanding of SMR delivery in frail populations (non-product)"]], [0.2, 0.8]),
        H("5. Resources"),
        P("Elbury will fund 0.6 WTE Band 7 clinical pharmacist for 12 months (£33,600), employed by Crannock Health "
          "Ltd and paid on quarterly invoice, and will provide 8 days of evaluation support from its Health "
          "Outcomes Manager."),
        H("6. Data and evaluation"),
        P("Crannock Health Ltd will provide its data analyst for 3 days per month to run searches and build the "
          "anonymised evaluation dataset. Data stay on PCN systems; Elbury sees only aggregate tables with small "
          "numbers suppressed. Practices remain controllers; UK GDPR and DPA 2018; DPIA approved 5 May 2025."),
        H("7. Logistics"),
        P("Each member practice provides a consulting room for two SMR sessions per week and practice "
          "administrator time (2 hours per week) to book patients. The PCN Clinical Director gives 2 hours per "
          "month of clinical supervision."),
        H("8. Measures"),
        T([["Measure", "Baseline", "Target", "Source"],
           ["Eligible patients receiving SMR", "12%", "70% at 12 months", "EMIS SMR code search"],
           ["Mean medicines per patient in cohort", "12.4", "10.5", "Search at 0, 6, 12 months"],
           ["Falls-related A&E attendances in cohort", "96/yr", "75/yr", "ICB SUS extract"]],
          [0.38, 0.14, 0.24, 0.24]),
        H("9. Governance"),
        P("Project group: PCN Clinical Director (chair), lead pharmacist, Elbury Health Outcomes Manager. No Elbury "
          "field sales staff take part in any aspect of the project."),
        H("10. Confidentiality"),
        P("All patient information is confidential to the practices. Elbury and the PCN will each protect the "
          "other's confidential project and business information."),
        H("11. Publication"),
        P("Summary published before go-live on Elbury's collaborative working page; outcomes within six months "
          "of completion by both partners."),
        H("12. End of project"),
        P("Dates: September 2025 - August 2026. The pharmacist role is a Crannock Health Ltd fixed-term post; at "
          "month 9 the PCN will decide whether to continue it from ARRS funding. Patients reviewed stay under their "
          "practice. Either party may withdraw on 60 days' notice, in which case booked reviews are completed by "
          "practice pharmacists."),
    ]
    return dict(file="t7a_p03_frailty_smr_pid.pdf", type="pid", fmt="pdf", layout="ruled",
                title="Project Initiation Document: Frailty Structured Medication Reviews",
                header="Crannock PCN / Elbury Pharma UK Ltd", footer="PID v2.0 | ELB-CW-25-006 | May 2025",
                blocks=blocks, out=outcomes("pid"),
                notes="All pass. Contributions spread across sections: company funding in 'Resources', PCN data "
                      "analyst days in 'Data and evaluation', rooms/admin time/supervision in 'Logistics'.",
                key=["data analyst for 3 days per month", "consulting room for two SMR sessions per week",
                     "0.6 WTE Band 7 clinical pharmacist"])


def p4():
    blocks = [
        P("PROJECT INITIATION DOCUMENT", True),
        P("Dermatology Advice & Guidance Pathway for Moderate-to-Severe Psoriasis"),
        H("1. Partners"),
        P("Coldharbour University Hospitals NHS Foundation Trust (Dermatology) and Dalesend Immunology UK Ltd."),
        H("2. Problem statement"),
        P("Routine dermatology waits in Coldharbour exceed 40 weeks. Many psoriasis referrals could be managed in "
          "primary care with specialist advice, and patients with severe disease wait too long for assessment."),
        H("3. Objectives and patient benefit"),
        B("Consultant advice returned to GPs within 5 working days for 90% of requests.",
          "Patients with severe disease (PASI above 10) seen within 8 weeks, down from 40.",
          "Patients given self-management resources and a named nurse contact."),
        H("4. Contributions"),
        T([["Party", "What they provide"],
           ["Trust", "Consultant dermatologist 1 PA/week for advice and guidance; dermatology nurse 0.4 WTE; "
            "medical photography"],
           ["Dalesend", "£27,000 for a 12-month teledermatology platform licence and nurse backfill; 10 days of "
            "pathway-mapping support"]], [0.2, 0.8]),
        H("5. Team"),
        T([["Name", "Role"],
           ["Dr M. Iqbal", "Consultant Dermatologist, clinical lead"],
           ["Ms H. Grey", "Dermatology Service Manager"],
           ["Mr P. Sorensen", "Dalesend Medical Affairs Manager, company lead"],
           ["Ms J. Whitcombe", "Dalesend Regional Business Manager - contact for invoicing queries only"]],
          [0.35, 0.65]),
        H("6. Confidentiality and data"),
        P("Photographs and clinical information are held on Trust systems only. Dalesend does not have access to "
          "patient data and receives anonymised activity counts. The Trust is data controller under UK GDPR/DPA 2018. "
          "Both parties keep project information confidential."),
        H("7. Transparency"),
        P("Dalesend will publish the executive summary prior to start; the Trust and Dalesend will publish results "
          "within six months of completion."),
        H("8. Timescales"),
        P("Project start: 1 April 2026. Project ends: 31 March 2027."),
    ]
    return dict(file="t7a_p04_psoriasis_advice_guidance_pid.docx", type="pid", fmt="docx",
                title="PID - Psoriasis Advice & Guidance Pathway", header="Coldharbour University Hospitals NHS FT",
                footer="Version 1.0 | Dalesend job code DAL-UK-0934 | Feb 2026", blocks=blocks,
                out=outcomes("pid", exit_strategy="fail", sales_roles="warn"),
                notes="exit-strategy fail: only start/end dates, no termination or wind-down arrangement. "
                      "sales-roles warn: Regional Business Manager named only as an invoicing contact. Resources "
                      "pass (both parties' contributions in a table).",
                key=["Regional Business Manager - contact for invoicing queries only", "Project ends: 31 March 2027"])
