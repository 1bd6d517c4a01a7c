"""Agreements A5-A9 for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def a5():
    blocks = [
        P("THIS AGREEMENT is dated 3 February 2025 and is made BETWEEN:"),
        P("(1) LOWFIELD PRIMARY CARE NETWORK (\"the PCN\"); and"),
        P("(2) TESSALY PHARMACEUTICALS UK LTD, a company registered in England and Wales under number 07755190 "
          "whose registered office is at 1 Brindley Square, Birmingham B3 2QT (\"Tessaly\")."),
        H("1. Interpretation"),
        P("1.1 'Programme' means the Lowfield Lipid Optimisation Programme described in clause 2."),
        H("2. The Programme"),
        P("2.1 The Programme will identify patients with established cardiovascular disease whose cholesterol is "
          "above the treatment threshold in the NHS England lipid pathway and invite them to a structured "
          "review with a PCN clinical pharmacist."),
        P("2.2 Expected benefits: for patients, better control of cholesterol and lower risk of a further heart "
          "attack or stroke; for the NHS, progress against the CVD prevention ambitions; for Tessaly, better "
          "understanding of primary care pathways."),
        H("3. Contributions"),
        P("3.1 Tessaly shall contribute £28,000 (twenty-eight thousand pounds), payable on invoice in two "
          "instalments, towards pharmacist backfill and patient invitation costs."),
        P("3.2 The PCN shall provide clinical pharmacist time as required to deliver the reviews."),
        P("3.3 Save as stated above, each party shall bear its own costs of performing this Agreement."),
        H("4. Measurement"),
        P("4.1 Primary measure: percentage of patients with CVD achieving non-HDL cholesterol below 2.6 mmol/L, "
          "baseline 41% (December 2024), target 55% by December 2025. Source: practice clinical system searches run "
          "by PCN staff, reported quarterly."),
        H("5. Confidentiality"),
        P("5.1 Neither party shall disclose confidential information received from the other, or any patient "
          "information, other than to those of its staff who need to know it for the Programme."),
        H("6. Data protection"),
        P("6.1 Each constituent practice remains data controller for its registered patients. Tessaly will not "
          "access any patient record or identifiable data and will receive anonymised aggregate figures only. "
          "The parties comply with UK GDPR and the Data Protection Act 2018."),
        H("7. Non-promotional nature"),
        P("7.1 The Programme does not recommend any specific medicine. Tessaly's Partnership Director is its lead; "
          "no member of Tessaly's sales force shall be involved."),
        H("8. Transparency"),
        P("8.1 Tessaly will publish an executive summary of the Programme on its website before it begins and will "
          "publish the outcomes within six months of the end date. Payments are disclosed on Disclosure UK."),
        H("9. Term and exit"),
        P("9.1 This Agreement runs for 12 months. Either party may end it on 30 days' notice. Patients already "
          "invited will complete their review with their practice; follow-up prescribing and monitoring stays with "
          "the practice; Tessaly funding ceases from the date of termination."),
        H("10. General"),
        P("10.1 Bribery Act 2010 compliance; disputes resolved by escalation to the PCN Clinical Director and "
          "Tessaly Partnership Director, then mediation. Law of England and Wales."),
        SIG(("Signed for the PCN", "Dr Rhys Adebayo", "Clinical Director, Lowfield PCN"),
            ("Signed for Tessaly Pharmaceuticals UK Ltd", "Ms Corinne Beck", "Partnership Director")),
    ]
    return dict(file="t7a_a05_lipid_programme_agreement.docx", type="agreement", fmt="docx",
                title="Joint Working Agreement - Lowfield Lipid Optimisation Programme",
                header="Lowfield PCN / Tessaly - Joint Working Agreement",
                footer="Ref TES-JW-2025-004 | v1.2 | OFFICIAL",
                blocks=blocks, out=outcomes("agreement", legal_entities="fail", resource_contributions="fail"),
                notes="legal-entities fail: 'Lowfield Primary Care Network (the PCN)' is a party with no contracting "
                      "vehicle (no lead practice, federation or company); the CD signs 'for the PCN'. "
                      "resource-contributions fail: only Tessaly's money is stated; PCN gives pharmacist time "
                      "'as required'; 'each party bears its own costs' does not state a contribution.",
                key=["LOWFIELD PRIMARY CARE NETWORK", "clinical pharmacist time as required",
                     "each party shall bear its own costs", "twenty-eight thousand pounds"])


def a6():
    blocks = [
        H("Consortium Collaboration Agreement", 1),
        P("Greater Tamsley Healthy Homes and Childhood Asthma Project"),
        H("Part A - Members", 2),
        P("A1. The Greater Tamsley Healthy Homes Consortium (\"the Consortium\") is an unincorporated "
          "collaboration with no separate legal personality. Each Member contracts in its own name:"),
        T([["Member", "Type", "Authorised officer"],
           ["Tamsley Metropolitan Borough Council", "Local authority", "Director of Public Health"],
           ["Tamsley & Dunmoor NHS Foundation Trust", "NHS foundation trust", "Chief Nurse"],
           ["Tamsley Community Health Services CIC", "Community interest company no. 10788214",
            "Chief Executive"],
           ["Vantage Meridian Pharma UK Ltd", "Private limited company no. 03319046", "Head of Medical Affairs"]],
          [0.42, 0.33, 0.25]),
        H("Part B - Terms", 2),
        P("B1. Aim. Children aged 5 to 16 with asthma who live in homes with damp or mould will receive a joint "
          "home visit from a children's asthma nurse and a council housing officer, an asthma review and a "
          "personalised action plan; housing repairs are fast-tracked."),
        P("B2. Benefit. Fewer asthma attacks and fewer days off school for the children involved; better targeted "
          "housing enforcement for the Council; insight into integrated working for Vantage Meridian."),
        P("B3. Contributions. Each Member bears its own costs. The resources each Member commits are shown in "
          "Table 1."),
        T([["Table 1", "Council", "NHS FT", "CIC", "Vantage Meridian"],
           ["People", "Environmental health officer 0.5 WTE", "Children's asthma nurse 0.6 WTE",
            "Administrator 15 hrs/week", "Project manager 0.2 WTE; medical writer 5 days"],
           ["Money", "-", "-", "-", "£60,000 to the FT for nurse backfill"],
           ["Other", "Housing data matching", "Spirometry and FeNO kit", "Community venues for clinics", "-"],
           ["Value", "£31,000", "£34,000", "£14,500", "£60,000 + £16,000"]],
          [0.12, 0.22, 0.22, 0.2, 0.24]),
        P("B4. Measuring success. Outcomes will be monitored by the Consortium Board and reported in narrative form "
          "at the end of the Project, with a view to demonstrating improvements for children and families."),
        P("B5. Confidentiality. The Council's standard confidentiality terms apply."),
        P("B6. Data. The FT and the Council are each controllers for their own records and share only under the "
          "Tamsley Information Sharing Protocol, which has been reviewed by both Data Protection Officers and "
          "complies with UK GDPR and the DPA 2018. Vantage Meridian receives no personal data."),
        P("B7. Roles. The FT Chief Nurse chairs the Consortium Board. Vantage Meridian's representative on the "
          "Board is its Head of Medical Affairs; its commercial staff take no part."),
        P("B8. Publication. Vantage Meridian will publish the executive summary on its transparency web page before "
          "the start date; the Members will jointly publish the outcome summary within six months of the end; "
          "payments are disclosed on Disclosure UK."),
        P("B9. Term. 1 October 2025 to 30 September 2027. At the end of the Term the Members will meet to discuss "
          "next steps."),
        P("B10. General. Bribery Act 2010; disputes to the Consortium Board then to mediation; English law."),
        SIG(("Tamsley Metropolitan Borough Council", "Dr Yvonne Achterberg", "Director of Public Health"),
            ("Tamsley & Dunmoor NHS Foundation Trust", "Mrs Carys Penhale", "Chief Nurse"),
            ("Tamsley Community Health Services CIC", "Mr Donal Reilly", "Chief Executive"),
            ("Vantage Meridian Pharma UK Ltd", "Dr Amrit Sandhu", "Head of Medical Affairs")),
    ]
    return dict(file="t7a_a06_healthy_homes_consortium_agreement.pdf", type="agreement", fmt="pdf",
                layout="ruled", title="Healthy Homes Consortium - Collaboration Agreement",
                header="Greater Tamsley Healthy Homes Consortium",
                footer="Consortium Agreement - final v3 - Tamsley MBC Legal Services",
                blocks=blocks,
                out=outcomes("agreement", exit_strategy="fail", confidentiality="warn",
                             measurable_outcomes="warn"),
                notes="legal-entities pass: consortium stated to have no legal personality; each of four members "
                      "(council, FT, CIC, Ltd) contracts in own name. Resources pass (each bears own costs plus "
                      "quantified per-member table). exit-strategy fail: only end date + 'meet to discuss next "
                      "steps'. confidentiality warn: bare 'standard confidentiality terms apply'. "
                      "measurable-outcomes warn: qualitative monitoring only.",
                key=["no separate legal personality", "meet to discuss next steps",
                     "standard confidentiality terms apply", "reported in narrative form"])


def a7():
    blocks = [
        H("1. Parties"),
        P("1.1 The Diabetes Specialist Nursing Team, Pellbridge Community Health (\"the Team\")."),
        P("1.2 Harlow-Stone Medical UK Ltd, registered in England no. 05518803, of 7 Beacon Court, Harlow CM20 5QE "
          "(\"Harlow-Stone\")."),
        H("2. Project summary"),
        P("2.1 Insulin-treated adults with HbA1c above 75 mmol/mol will be offered group education and one-to-one "
          "review by the Team, with remote glucose data reviewed at a monthly virtual clinic."),
        P("2.2 Patients should see improved glycaemic control, fewer hypoglycaemic episodes and greater "
          "confidence in self-management."),
        H("3. What each side provides"),
        P("3.1 The Team: two Band 7 diabetes specialist nurses for 6 hours per week each; a dietitian for 2 hours "
          "per week; use of Pellbridge Health Centre group room on Tuesday afternoons."),
        P("3.2 Harlow-Stone: the sum of thirty-one thousand pounds (£31,000) towards nurse backfill, paid to "
          "Pellbridge Community Health on invoice; and a project manager for 15 days."),
        H("4. KPIs"),
        T([["KPI", "Baseline", "Target at 12 months"],
           ["Mean HbA1c in cohort (mmol/mol)", "86", "74"],
           ["Severe hypoglycaemia episodes reported", "19 in prior year", "10"],
           ["Completion of structured education", "n/a (new)", "70% of invited"]], [0.5, 0.25, 0.25]),
        H("5. Confidentiality"),
        P("5.1 Both sides will keep patient and project information confidential and will not use it outside the "
          "project."),
        H("6. Data"),
        P("6.1 Patient data will be handled in line with the Data Protection Act 1998."),
        H("7. Governance"),
        P("7.1 Project group: Team Lead Nurse (chair), Pellbridge Community Health Head of Nursing, Harlow-Stone "
          "Medical Affairs Lead. No Harlow-Stone sales staff will be involved."),
        H("8. Transparency"),
        P("8.1 Harlow-Stone will post the executive summary on its website before launch; results will be "
          "published within six months of the end."),
        H("9. Exit"),
        P("9.1 Twelve-month term. Either side may terminate on 60 days' notice. Patients continue under the "
          "Team's usual caseload; the virtual clinic stops unless Pellbridge Community Health chooses to "
          "fund it; backfill ends with the funding."),
        H("10. Bribery"),
        P("10.1 Nothing in this agreement is intended to influence prescribing. Bribery Act 2010 applies."),
        SIG(("For the Diabetes Specialist Nursing Team", "Ms Lorna Cattermole", "Team Lead Nurse"),
            ("For Harlow-Stone Medical UK Ltd", "Dr Felix Omondi", "Medical Affairs Lead")),
    ]
    return dict(file="t7a_a07_diabetes_team_agreement.docx", type="agreement", fmt="docx",
                title="Joint Working Agreement - Insulin Optimisation Project",
                header="Harlow-Stone Medical UK Ltd | JWA HS-22",
                footer="Version 1.0 | Confidential until published",
                blocks=blocks, out=outcomes("agreement", legal_entities="fail", data_protection="warn"),
                notes="legal-entities fail: a party is 'the Diabetes Specialist Nursing Team' (a team), and the team "
                      "lead signs for the team, not for Pellbridge Community Health. data-protection warn: only the "
                      "outdated Data Protection Act 1998. Resources pass (team hours/room; company money in words).",
                key=["The Diabetes Specialist Nursing Team, Pellbridge", "Data Protection Act 1998",
                     "thirty-one thousand pounds"])
