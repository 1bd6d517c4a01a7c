"""holdout6: agreements part 3 (A6-A8)."""
from holdout6_common import doc, oc


def agreements3():
    D = []
    # ---------------------------------------------------------------- A6 LE fail (ICS), EX fail (discuss next steps)
    D.append(doc("h6-16-tamar-weight-management.pdf", "agreement", "pdf", [
        ("h1", "Memorandum of Agreement – Tier 3 Weight Management Access"),
        ("p", "This memorandum records the agreement between the Tamar Reach Integrated Care System (\"the ICS\") and Ostler Therapeutics UK Ltd, company no. 11223344, Ostler House, 8 Quay Street, Tamarton TM1 4DE (\"Ostler\")."),
        ("h2", "A. Context"),
        ("p", "The waiting list for specialist (tier 3) weight management in Tamar Reach is over 2 years. The parties will pilot a digital triage and group-clinic model so that people living with obesity and related conditions are assessed and supported sooner."),
        ("h2", "B. Expected benefits"),
        ("ul", ["People on the waiting list: assessment within 12 weeks, group support, earlier management of diabetes and sleep apnoea risk",
                "ICS partners: reduced waiting list and a tested group-clinic model",
                "Ostler: learning about digital triage in specialist weight management services"]),
        ("h2", "C. Inputs"),
        ("table", [["Partner", "Input", "Value"],
                   ["Ostler", "Digital triage licence (independent supplier), two dietitian posts (Band 6, 12 months)", "£118,000"],
                   ["ICS partners", "Consultant bariatric physician 1 session/week, psychology input, venues, admin", "£64,000 in kind"]]),
        ("h2", "D. Measures"),
        ("p", "Waiting time to first assessment: from 104 weeks to 12 weeks for new referrals by March 2026. 500 people through group clinics. 5% mean weight loss at 6 months in 40% of participants. Source: service database, reported quarterly."),
        ("h2", "E. Information"),
        ("p", "Provider trusts remain controllers of patient records under UK GDPR; a DPIA has been completed. Ostler has no access to identifiable patient information and receives aggregated monthly reports. Patient and commercial information exchanged under this memorandum is confidential to the parties, subject to FOIA."),
        ("h2", "F. Roles"),
        ("p", "Programme board chaired by the ICB's Director of Clinical Transformation; Ostler members are its Medical Director and NHS Partnerships Lead. No sales or marketing staff are involved."),
        ("h2", "G. Duration"),
        ("p", "1 May 2025 to 30 April 2026. Before the end of this period the parties will discuss next steps, including whether the group-clinic model continues."),
        ("h2", "H. Publication"),
        ("p", "Ostler will publish an executive summary before go-live; outcomes will be published by both parties within six months of the end date; Ostler's funding will be disclosed on Disclosure UK."),
        ("sig", [("Tamar Reach Integrated Care System", "Dr Lowri Penhale", "Director of Clinical Transformation"),
                 ("Ostler Therapeutics UK Ltd", "Dr Gideon Marsh", "Medical Director")]),
    ], oc("agreement", LE="fail", EX="fail"),
        "legal-entities FAIL: NHS party is 'the ICS', a partnership, not the ICB (no contracting body). exit-strategy FAIL: only an end date and 'the parties will discuss next steps'; no termination or patient/staff arrangements.",
        header="Tamar Reach ICS – Weight Management", footer="Memorandum of Agreement"))

    # ---------------------------------------------------------------- A7 LE fail (practice manager), PR fail (gold standard), RC fail
    D.append(doc("h6-17-hollins-lane-gout.docx", "agreement", "docx", [
        ("h1", "Joint Working Agreement – Gout Treat-to-Target Clinic"),
        ("p", "Between Mr Daniel Whitcombe, Practice Manager, Hollins Lane Surgery, Hollins Lane, Marbury MB7 1QS and Lysander Pharma UK Ltd (company no. 06655443)."),
        ("p", "Dated: 12 May 2025   Term: 12 months from 1 June 2025"),
        ("h2", "1. Aims"),
        ("p", "1.1 To set up a nurse-led gout clinic that treats patients to a serum urate target, reducing painful flares and joint damage. 1.2 To establish Zorvexa as the gold standard first-line urate-lowering option across the practice."),
        ("h2", "2. Benefits"),
        ("p", "2.1 Patients: fewer flares, less pain and fewer emergency appointments. 2.2 Practice: structured management of a neglected condition. 2.3 Lysander: experience of primary care gout services."),
        ("h2", "3. Resources"),
        ("p", "3.1 The practice will provide a practice nurse (one session per week), clinic room, searches and recall letters. 3.2 Lysander will provide such support as required."),
        ("h2", "4. Outcome measures"),
        ("p", "4.1 Proportion of patients on urate-lowering therapy with serum urate below 360 micromol/L at 12 months: from 28% to 60%. 4.2 Gout-related urgent appointments: reduce by 30%. Source: practice clinical system audit at 6 and 12 months."),
        ("h2", "5. Patient data and confidentiality"),
        ("p", "5.1 The practice is data controller. Lysander will not access patient records and will receive only anonymised totals. UK GDPR and DPA 2018 apply. 5.2 Each party will keep patient information and the other's business information confidential."),
        ("h2", "6. Team"),
        ("p", "6.1 Practice lead: Dr Rhiannon Evans, GP partner. Lysander lead: Dr Marcus Flint, Medical Advisor. Lysander's sales representatives will not be involved."),
        ("h2", "7. Ending"),
        ("p", "7.1 Either party may end the agreement on one month's notice. 7.2 Patients in the clinic will continue to be managed by the practice nurse under the practice's gout protocol."),
        ("h2", "8. Transparency"),
        ("p", "8.1 Lysander will publish a summary on its website before the clinic opens; outcomes published within 6 months of completion; payments disclosed on Disclosure UK."),
        ("sig", [("Hollins Lane Surgery", "Daniel Whitcombe", "Practice Manager"),
                 ("Lysander Pharma UK Ltd", "Dr Marcus Flint", "Medical Advisor")]),
    ], oc("agreement", LE="fail", PR="fail", RC="fail"),
        "legal-entities FAIL: contracting party is an individual (the Practice Manager), not the practice partnership. promotional-language FAIL: aim 1.2 to establish the named brand as 'gold standard first-line'. resource-contributions FAIL: company contribution is only 'such support as required'.",
        header="Hollins Lane Surgery", footer="JWA draft 2"))

    # ---------------------------------------------------------------- A8 PB fail, SR fail (RBM on steering group)
    D.append(doc("h6-18-hadley-infusion-unit.pdf", "agreement", "pdf", [
        ("h1", "Collaborative Working Agreement"),
        ("p", "Parties: Hadley Cross Hospitals NHS Trust, Hadley Cross HC3 9AA (\"the Trust\"); Brennock Health UK Ltd, company no. 05511223, 1 Spinners Yard, Hadley Cross HC1 2PP (\"Brennock\")."),
        ("p", "Project: Infusion Unit Scheduling Optimisation. Commencement: 1 October 2025. Expiry: 30 September 2026."),
        ("h2", "1. Purpose"),
        ("p", "1.1 The Trust's 14-chair day infusion unit has 19% unused chair-hours and a did-not-attend rate of 8%. The project will analyse scheduling and pilot a new booking template."),
        ("h2", "2. Benefits"),
        ("p", "2.1 The Trust: chair utilisation increased from 81% to 92%; unused capacity cost reduced by approx. £150,000 a year; better staff rostering. 2.2 Brennock: understanding of day-unit operations and capacity constraints."),
        ("h2", "3. Contributions"),
        ("p", "3.1 Brennock: funds a scheduling analyst from Ridgeback Operations Consulting Ltd (£27,000) and provides a project manager at 0.2 WTE (£11,000 value). 3.2 The Trust: unit manager 0.2 WTE, booking team time, scheduling data (anonymised) and IT changes (approx. £19,000)."),
        ("h2", "4. KPIs"),
        ("p", "4.1 Chair utilisation (baseline 81%, target 92%); DNA rate (8% to 4%); booking lead time. Reported monthly from the Trust's scheduling system."),
        ("h2", "5. Steering Committee"),
        ("table", [["Member", "Organisation"],
                   ["Director of Operations, Medicine (chair)", "Trust"],
                   ["Infusion Unit Manager", "Trust"],
                   ["Regional Business Manager, Immunology", "Brennock"],
                   ["NHS Partnerships Lead", "Brennock"]]),
        ("h2", "6. Data protection and confidentiality"),
        ("p", "6.1 Only anonymised scheduling data are used; the Trust is data controller and the consultancy processes data under a Trust data processing agreement (UK GDPR/DPA 2018). Brennock does not receive patient data. 6.2 Each party keeps the other's confidential information confidential, subject to FOIA."),
        ("h2", "7. Termination"),
        ("p", "7.1 Either party may terminate on 60 days' notice. 7.2 The booking template and analysis remain Trust property and may continue in use; the consultancy contract ends."),
        ("h2", "8. Transparency"),
        ("p", "8.1 Brennock will publish a summary of this agreement before commencement and the parties will publish outcomes within six months of expiry. Payments will be disclosed on Disclosure UK."),
        ("sig", [("Hadley Cross Hospitals NHS Trust", "Nadia Rahimi", "Director of Operations"),
                 ("Brennock Health UK Ltd", "Owen Prothero", "NHS Partnerships Lead")]),
    ], oc("agreement", PB="fail", SR="fail"),
        "patient-benefit FAIL: benefits stated only for the Trust (utilisation, cost) and the company; no benefit to patients stated. sales-roles FAIL: Regional Business Manager on the steering committee.",
        header="Hadley Cross Hospitals NHS Trust / Brennock Health", footer="CWA – Infusion Unit Scheduling", ruled=True))
    return D
