"""PIDs P5-P8 for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def p5():
    blocks = [
        H("Project Initiation Document"),
        P("Headache Pathway Redesign - Fenwick Vale"),
        T([["Item", "Detail"],
           ["Partners", "Fenwick Vale NHS Trust (Neurology); Calverley Therapeutics UK Ltd"],
           ["Duration", "12 months from Q2 2026"],
           ["Leads", "Dr O. Brennan, Consultant Neurologist; Ms L. Achebe, Calverley Head of NHS Partnerships"]],
          [0.25, 0.75]),
        H("1. Background"),
        P("Headache accounts for a quarter of neurology referrals at Fenwick Vale; most could be managed in primary "
          "care with a clear pathway. Waits for a first neurology appointment are 34 weeks."),
        H("2. Aims"),
        P("Introduce a GP-facing headache pathway, a nurse-led headache clinic and a patient headache diary app, "
          "so that patients with primary headache get the right treatment sooner."),
        H("3. Patient benefit"),
        P("Shorter waits, fewer unnecessary scans, and better control of headache days through structured "
          "self-management and appropriate preventive treatment."),
        H("4. Resourcing"),
        P("Calverley will fund the project in full, including the headache nurse (0.5 WTE), the diary app licence "
          "and GP education events. The Trust will benefit from the service at no cost."),
        H("5. Measures"),
        T([["Indicator", "Baseline", "12-month target"],
           ["Neurology headache referrals per month", "118", "80"],
           ["Wait to first appointment (weeks)", "34", "18"],
           ["Monthly headache days (clinic cohort, median)", "12", "8"]], [0.55, 0.2, 0.25]),
        H("6. Project group"),
        P("Consultant Neurologist (chair), Trust Neurology Service Manager, Calverley Head of NHS Partnerships, "
          "Calverley Medical Adviser. No Calverley sales personnel are involved."),
        H("7. Confidentiality"),
        P("Patient-identifiable information is confidential to the Trust. Information exchanged between the "
          "partners about the project is treated as confidential."),
        H("8. Data protection"),
        P("The Trust is data controller for all clinical and app data. The app supplier is a processor under "
          "contract with the Trust. Calverley receives anonymised aggregate reports only. UK GDPR / DPA 2018; "
          "DPIA signed off by the Trust SIRO."),
        H("9. Publication"),
        P("Results may be published at Calverley's discretion."),
        H("10. Closure"),
        P("Either partner may withdraw on 90 days' notice. At closure the nurse clinic is either adopted into the "
          "Trust neurology budget or closed, with patients discharged to GP care with a management plan; app "
          "accounts are closed and data retained by the Trust."),
    ]
    return dict(file="t7a_p05_headache_pathway_pid.pdf", type="pid", fmt="pdf", layout="single",
                title="PID: Headache Pathway Redesign", header="Fenwick Vale NHS Trust / Calverley Therapeutics",
                footer="PID v0.7 | Not yet certified", blocks=blocks,
                out=outcomes("pid", resource_contributions="fail", transparency="fail"),
                notes="resource-contributions fail: only Calverley's funding stated; Trust 'benefits at no cost'. "
                      "transparency fail: only 'results may be published at Calverley's discretion'.",
                key=["Calverley will fund the project in full", "Results may be published at Calverley's discretion"])


def p6():
    blocks = [
        P("Joint Project Initiation Document", True),
        P("Hepatitis C Test and Treat in Ouseley Drug and Alcohol Services"),
        H("1 Project partners"),
        B("Ouseley City Council - Public Health (commissioner of drug and alcohol services)",
          "Ouseley Recovery Partnership CIC (provider of drug and alcohol services)",
          "Ouseley Teaching Hospitals NHS Foundation Trust - Hepatology (operational delivery network hub)",
          "Ferriby Virology UK Ltd"),
        H("2 Background"),
        P("An estimated 620 people in contact with Ouseley drug and alcohol services have chronic hepatitis C; "
          "fewer than half have been tested in the last year. National elimination targets require testing and "
          "treatment to move into community settings."),
        H("3 Objectives"),
        B("Offer dried blood spot or point-of-care testing to all service users at every key-worker review.",
          "Start treatment in the community hub for those who test positive, within 4 weeks of diagnosis.",
          "Support people through to cure with peer support."),
        H("4 Benefits"),
        P("For service users: diagnosis, cure and reduced risk of liver disease without needing to attend hospital. "
          "For the system: progress on elimination. For Ferriby: insight into community models of care."),
        H("5 Financial and non-financial contributions"),
        P("Each partner bears its own costs. For transparency, the resources committed are:"),
        B("Council: public health consultant 2 days per month; commissioning manager 1 day per month; £0 cash.",
          "Recovery Partnership CIC: key workers' time to offer testing (about 15 minutes per review, approx. "
          "1,500 reviews); clinic rooms at two hubs; peer support worker 0.5 WTE.",
          "Trust: hepatology nurse specialist 0.4 WTE in the community hubs; fibroscan sessions monthly.",
          "Ferriby: £44,000 paid to the CIC for a peer support worker and test kits; project manager 0.1 WTE."),
        H("6 Measurable outcomes"),
        T([["Measure", "Baseline (2024/25)", "Target (2026/27)", "Source"],
           ["% service users tested in year", "44%", "85%", "CIC case management system"],
           ["Treatment starts", "38", "120", "ODN treatment register"],
           ["Sustained virological response (cure) rate", "81%", "90%", "ODN register"]],
          [0.38, 0.2, 0.2, 0.22]),
        H("7 Governance"),
        P("Project board chaired by the Consultant in Public Health. Ferriby is represented by its Public Health "
          "Partnerships Manager. Ferriby's commercial teams have no involvement."),
        H("8 Confidentiality"),
        P("Service-user information is confidential to the provider and the Trust. Partners will not disclose "
          "each other's confidential information, including commercial information, beyond the project board."),
        H("9 Information governance"),
        P("The CIC and the Trust are independent controllers. A DPIA and information sharing agreement are in place. "
          "No personal data are shared with Ferriby. Compliant with UK GDPR and DPA 2018."),
        H("10 Publication"),
        P("Ferriby publishes the executive summary before launch. Outcomes will be published by the Council and "
          "Ferriby within six months of project end."),
        H("11 Exit"),
        P("The project runs April 2026 - March 2028. Testing is built into the CIC's standard key-worker review "
          "protocol so it continues after the end; the Council will review whether to include the peer support "
          "role in the next service specification. Any partner may withdraw on three months' notice; patients on "
          "treatment complete it through the ODN."),
    ]
    return dict(file="t7a_p06_hep_c_test_treat_pid.docx", type="pid", fmt="docx",
                title="PID - Hepatitis C Test and Treat", header="Ouseley Public Health | Joint PID",
                footer="Joint PID v1.1 | FER-UK-HCV-2026-02 | OFFICIAL", blocks=blocks, out=outcomes("pid"),
                notes="All pass. Four partners; 'each partner bears its own costs' followed by a stated contribution "
                      "for every partner (including a council with no cash).",
                key=["Each partner bears its own costs", "£44,000 paid to the CIC"])


def p7():
    blocks = [
        H("PROJECT INITIATION DOCUMENT"),
        P("Young Adult Asthma Review Project - Halsey Bridge Medical Group"),
        T([["", "Halsey Bridge Medical Group", "Pellam Biopharma UK Limited"],
           ["Accountable lead", "Dr V. Ostrowski, GP Partner (respiratory lead)", "Ms N. Hale, Medical Affairs Manager"],
           ["Staff time", "Practice nurse 4 hrs/week; GP 1 session/month", "Project manager 0.1 WTE"],
           ["Funding", "-", "£18,500 paid to the practice for nurse sessions"],
           ["Facilities", "Clinic room; FeNO machine", "-"],
           ["Value", "£16,800 in kind", "£18,500 + £6,000 in kind"]], [0.2, 0.4, 0.4]),
        H("Background"),
        P("People aged 18-30 with asthma at Halsey Bridge have low review rates (38%) and high reliever use. "
          "Poorly controlled asthma in young adults is linked to avoidable attacks and deaths."),
        H("Objectives"),
        B("Increase annual asthma reviews in 18-30 year olds from 38% to 70% by month 12.",
          "Reduce patients with 3+ reliever inhalers issued in 12 months from 24% to 12%.",
          "Every reviewed patient to have a written asthma action plan."),
        H("Benefit to patients"),
        P("Fewer asthma attacks, better inhaler technique and a clear plan for what to do if symptoms worsen."),
        H("Method"),
        P("Pellam's project manager will run the searches on the practice EMIS Web system, download the list of "
          "eligible patients with their contact details and send invitations on the practice's behalf. Reviews "
          "are carried out by the practice nurse."),
        H("Governance"),
        P("Monthly meeting of the respiratory lead, practice nurse and Pellam's Medical Affairs Manager. No Pellam "
          "representatives or account managers are involved."),
        H("Publication"),
        P("Pellam publishes the executive summary before the start; outcomes published by both parties within six "
          "months of completion."),
        H("End of project / termination"),
        P("Twelve months from July 2026. Either party may end it with 60 days' notice. Reviews become part of the "
          "practice's routine asthma recall; Pellam funding for nurse sessions stops and the nurse returns to "
          "normal duties."),
    ]
    return dict(file="t7a_p07_young_adult_asthma_pid.pdf", type="pid", fmt="pdf", layout="ruled",
                title="PID - Young Adult Asthma Reviews", header="Halsey Bridge Medical Group",
                footer="PID v1.0 | May 2026", blocks=blocks,
                out=outcomes("pid", confidentiality="fail", data_protection="fail"),
                notes="confidentiality fail: no confidentiality provision anywhere. data-protection fail: company "
                      "project manager runs EMIS searches and downloads identifiable patient lists; no UK GDPR, DPIA "
                      "or controller statement. Resources pass (column per party).",
                key=["download the list of eligible patients with their contact details",
                     "£18,500 paid to the practice for nurse sessions"])


def p8():
    blocks = [
        H("Project Initiation Document - Stroke Prevention in AF Optimisation"),
        T([["Partners", "Harwick Lane Primary Care Network (lead practice: Harwick Lane Surgery) and Zelmont "
            "Pharma UK Ltd"],
           ["Period", "Q1 2026 to Q4 2026"],
           ["Leads", "Dr B. Iyer, PCN Clinical Director; Mr D. Castell, Zelmont Partnerships Manager"]],
          [0.2, 0.8], header=False),
        H("1. Rationale"),
        P("Around 210 patients on the PCN's AF register are not anticoagulated or are on older therapies."),
        H("2. Objectives"),
        B("Increase uptake of Corvexa® across the six PCN practices.",
          "Switch eligible patients on warfarin to Corvexa®, the best-in-class once-daily option.",
          "Reduce INR clinic activity."),
        H("3. Expected benefits"),
        T([["Stakeholder", "Benefit"],
           ["Patients", "Patients will be moved onto Corvexa®"],
           ["PCN", "Lower INR clinic workload"],
           ["Zelmont", "Growth in Corvexa® prescriptions in the PCN"]], [0.25, 0.75]),
        H("4. Resources"),
        P("PCN: clinical pharmacist 0.2 WTE for 12 months; practice administrator 3 hours per week. Zelmont: "
          "£21,000 for pharmacist backfill paid to Harwick Lane Surgery; project manager 10 days."),
        H("5. KPIs"),
        P("Number of AF patients reviewed (target 180 by Q4 2026); proportion of eligible warfarin patients "
          "switched (baseline 0%, target 70%); monthly from practice searches run by PCN staff."),
        H("6. Governance"),
        P("PCN Clinical Director (chair), PCN pharmacist, Zelmont Partnerships Manager. No sales staff will take "
          "part."),
        H("7. Confidentiality and IG"),
        P("All patient data remain in the practices (controllers) and are processed under UK GDPR and DPA 2018. "
          "Zelmont receives aggregate numbers only. Both parties keep project information confidential."),
        H("8. Transparency"),
        P("Zelmont will publish an executive summary before the start and outcomes within six months; payments "
          "disclosed on Disclosure UK."),
        H("9. Exit"),
        P("Either party may withdraw on 30 days' notice. Patients remain under practice care and follow-up "
          "continues through routine AF reviews; backfill funding ceases."),
    ]
    return dict(file="t7a_p08_af_optimisation_pid.docx", type="pid", fmt="docx",
                title="PID - Stroke Prevention in AF", header="Harwick Lane PCN / Zelmont Pharma UK Ltd",
                footer="Draft PID v0.3", blocks=blocks,
                out=outcomes("pid", promotional_language="fail", patient_benefit="fail"),
                notes="promotional-language fail: 'increase uptake of Corvexa', 'switch ... to Corvexa, the "
                      "best-in-class option', company benefit is prescription growth. patient-benefit fail: the "
                      "only stated patient benefit is being moved onto the product.",
                key=["Increase uptake of Corvexa", "Patients will be moved onto Corvexa"])
