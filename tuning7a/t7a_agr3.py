"""Agreements A8-A9 for tuning7a."""
from t7a_common import B, H, P, PB, SIG, T, outcomes


def a8():
    blocks = [
        P("MEMORANDUM OF UNDERSTANDING", True),
        P("between NHS Redfearn Integrated Care Board (\"the ICB\") of Redfearn Civic Centre, Market Place, "
          "Redfearn RF3 1AB and Quillon Health UK Limited (company no. 10244651) of Suite 4, Lantern House, "
          "Cambridge CB4 0WS (\"Quillon\")."),
        H("1. Subject"),
        P("1.1 Chronic kidney disease (CKD) case-finding and optimisation in 14 Redfearn practices. Patients with "
          "diabetes or hypertension who lack a urine ACR in the last 12 months will be invited for testing; those "
          "with CKD stages 3-4 will receive a structured medication review."),
        P("1.2 For patients this means earlier diagnosis, blood pressure control and slower progression toward "
          "dialysis. For the ICB, it supports the CVD and renal priorities in the Joint Forward Plan."),
        H("2. Personnel"),
        P("2.1 The ICB has engaged Mr Adeel Rana, an independent clinical pharmacist, under a separate consultancy "
          "contract with the ICB to deliver searches and reviews on its behalf. Mr Rana is not a party to this MoU "
          "and Quillon has no contractual relationship with him."),
        P("2.2 Quillon's lead is its Renal Partnerships Manager. No Quillon sales representative or account "
          "manager will be involved."),
        H("3. Resources"),
        T([["Party", "Commitment"],
           ["Quillon", "£45,000 (forty-five thousand pounds) towards practice ACR testing and the consultancy "
            "pharmacist sessions, paid to the ICB quarterly in arrears; 10 days of data-analytics support on "
            "aggregate dashboards"],
           ["ICB", "To be confirmed following 2025/26 budget setting"]], [0.2, 0.8]),
        H("4. Measures"),
        P("4.1 (a) Proportion of people with diabetes with a urine ACR recorded in 12 months: baseline 58%, target "
          "80% at month 12. (b) Proportion of CKD 3-4 patients with BP below target: baseline 49%, target 65%. "
          "Source: ICB primary care dashboard, quarterly."),
        H("5. Confidentiality"),
        P("5.1 Each party will keep confidential any information disclosed by the other and any patient information, "
          "subject to the ICB's duties under the Freedom of Information Act 2000."),
        H("6. Data protection"),
        P("6.1 Practices are controllers; the ICB coordinates a DPIA. All processing complies with UK GDPR and the "
          "DPA 2018. Quillon receives no patient-identifiable information."),
        H("7. Publication"),
        P("7.1 This MoU and any results are for the internal use of the parties only and are not for publication."),
        H("8. Duration and withdrawal"),
        P("8.1 The MoU runs for 15 months from 1 June 2025. Either party may withdraw on three months' notice; in "
          "that case reviews already booked will go ahead, patients stay under their practice's care, and the "
          "consultancy contract ends in line with its own notice terms."),
        H("9. Standards"),
        P("9.1 The parties will comply with the ABPI Code of Practice, the Bribery Act 2010 and the NHS conflicts of "
          "interest guidance. Disputes are referred to the ICB Chief Pharmacist and Quillon's UK Medical Director."),
        SIG(("For NHS Redfearn Integrated Care Board", "Ms Deborah Lyall", "Chief Pharmacist"),
            ("For Quillon Health UK Limited", "Dr Tomasz Wierzbicki", "UK Medical Director")),
    ]
    return dict(file="t7a_a08_ckd_memorandum_of_understanding.pdf", type="agreement", fmt="pdf", layout="single",
                title="MoU - Redfearn CKD Case-Finding",
                header="NHS Redfearn ICB - Medicines Optimisation",
                footer="MoU ref RF-MO-25-09 | version 1.1 | approved by ICB Executive 20 May 2025",
                blocks=blocks,
                out=outcomes("agreement", resource_contributions="fail", transparency="fail"),
                notes="legal-entities pass: parties are the ICB and a Ltd; an individual pharmacist is named but "
                      "expressly not a party (near-miss). resource-contributions fail: ICB contribution 'to be "
                      "confirmed'. transparency fail: 'internal use only, not for publication'.",
                key=["Mr Rana is not a party", "To be confirmed following 2025/26 budget setting",
                     "are not for publication"])


def a9():
    blocks = [
        P("CONTRACT FOR JOINT WORKING (WITH SCHEDULES)", True),
        T([["Particulars", ""],
           ["Project", "Millbeck Fracture Liaison and Bone Health Review"],
           ["Party A", "The partners for the time being of Millbeck Medical Practice, a general practice partnership "
            "holding GMS contract M81442, 21 Beck Street, Millbeck CA9 2RR"],
           ["Party B", "Sedgefell Hospitals NHS Foundation Trust, Sedgefell Infirmary, Orton Road, Sedgefell CA1 3SX"],
           ["Party C", "Anwick Life Sciences UK Ltd (company no. 02876315), 55 Riverside Way, Uxbridge UB8 2YF"],
           ["Commencement", "1 November 2025"],
           ["Term", "18 months"],
           ["Contract manager", "Sedgefell Hospitals NHS FT Procurement & Contracts (ref SHFT-JW-031)"]],
          [0.25, 0.75], header=False),
        H("1. Definitions"),
        P("1.1 'Parties' means Party A, Party B and Party C. 'Services' means the services in Schedule 1."),
        H("2. Objectives"),
        P("2.1 To identify patients aged 50 and over with a fragility fracture in the last two years who have not "
          "had a bone health assessment, and to offer them a FRAX assessment, DXA scanning where indicated and a "
          "treatment discussion in line with NOGG guidance. The benefit to patients is a lower risk of further "
          "fractures and associated loss of independence."),
        H("3. Contributions"),
        P("3.1 The Parties' contributions are set out in Schedule 2 and are considered significant by each Party."),
        H("4. Performance"),
        P("4.1 The key performance indicators are set out in Schedule 3."),
        H("5. Confidentiality"),
        P("5.1 The Parties shall preserve the confidentiality of patient information and of each other's "
          "commercially sensitive information, subject to the Freedom of Information Act 2000 in respect of "
          "Party B."),
        H("6. Data protection"),
        P("6.1 Party A is controller for patient records; Party B is controller for DXA results. Processing is "
          "carried out in line with UK GDPR and the Data Protection Act 2018 under a DPIA approved by both Data "
          "Protection Officers. Party C shall not access any personal data and shall receive anonymised aggregate "
          "reports only."),
        H("7. Personnel"),
        P("7.1 Party C shall be represented by its Medical Affairs Manager and a Project Manager. No sales or "
          "marketing employee of Party C shall take part in the Services."),
        H("8. Transparency"),
        P("8.1 Party C shall publish a summary of this Contract before the Commencement Date and all Parties shall "
          "publish the results within six months of the end of the Term. Payments will appear on Disclosure UK."),
        H("9. Termination and exit"),
        P("9.1 Any Party may terminate on 90 days' notice. The exit plan is at Schedule 4."),
        H("10. Miscellaneous"),
        P("10.1 Bribery Act 2010; dispute resolution by escalation to senior officers then CEDR mediation; "
          "governing law England and Wales."),
        PB(),
        H("Schedule 1 - Services"),
        B("Practice searches by Millbeck practice staff to find eligible patients (approx. 420).",
          "Invitations and FRAX assessments by the practice pharmacist.",
          "DXA scans at Sedgefell Infirmary within 6 weeks of referral.",
          "Treatment decisions by the patient's GP or the Trust metabolic bone clinic."),
        H("Schedule 2 - Contributions"),
        T([["Party", "Contribution (in cash or in kind)"],
           ["Party A", "Practice pharmacist 1 day per week for 18 months; practice administrator 4 hours per week "
            "for invitations; clinic room. Value approx. £24,600."],
           ["Party B", "DXA scanning capacity for up to 250 scans; metabolic bone consultant advice line (1 PA per "
            "fortnight). Value approx. £33,000."],
           ["Party C", "£39,000 (thirty-nine thousand pounds) paid to Party A in three milestone instalments "
            "towards pharmacist and administrator backfill; project management 20 days."]], [0.2, 0.8]),
        H("Schedule 3 - KPIs"),
        T([["KPI", "Baseline", "Target", "Frequency"],
           ["Eligible patients offered assessment", "0", "90% by month 12", "Monthly"],
           ["Median referral-to-DXA time", "14 weeks", "6 weeks", "Quarterly"],
           ["Patients with fragility fracture on appropriate bone protection", "31%", "60% by month 18",
            "Quarterly"]], [0.46, 0.16, 0.22, 0.16]),
        H("Schedule 4 - Exit plan"),
        P("On expiry or early termination, patients already assessed remain under the care of their GP; DXA "
          "referrals already made are honoured by Party B; the search and recall protocol is handed over to "
          "Millbeck Medical Practice to run within its existing QOF recall; Party C's funding for backfill ends and "
          "no post is created that depends on it."),
        SIG(("For and on behalf of the partners of Millbeck Medical Practice", "Dr Anna Lowther", "Senior Partner"),
            ("For and on behalf of Sedgefell Hospitals NHS Foundation Trust", "Mr Owen Paget", "Director of Finance"),
            ("For and on behalf of Anwick Life Sciences UK Ltd", "Ms Rosalind Teague", "General Manager")),
    ]
    return dict(file="t7a_a09_fracture_liaison_contract.docx", type="agreement", fmt="docx",
                title="Joint Working Contract - Millbeck Fracture Liaison",
                header="SHFT-JW-031 | Millbeck / Sedgefell / Anwick",
                footer="Contract v1.0 | Schedules 1-4 attached | OFFICIAL",
                blocks=blocks, out=outcomes("agreement"),
                notes="All pass. Three parties in a particulars table; a GP partnership ('the partners for the time "
                      "being of...') is an acceptable contracting party. Contributions per party in Schedule 2 "
                      "(rows), money in words. Exit plan in Schedule 4.",
                key=["The partners for the time being of Millbeck Medical Practice",
                     "thirty-nine thousand pounds", "Schedule 4 - Exit plan"])
