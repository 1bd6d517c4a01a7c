"""tuning7b agreements 01-05."""


def agr_01():
    blocks = [
        ("title", "COLLABORATIVE WORKING AGREEMENT"),
        ("sub", "Pre-operative Anaemia Pathway | Agreement reference BUHB-CW-2026-03 | Dated 18 March 2026"),
        ("h", "Parties"),
        ("num", [
            "(1) Bryncoed University Health Board, of Ty Bryncoed, Heol y Parc, Llanfair Isaf (the \"Health Board\"); and",
            "(2) Ostlund Biosciences UK Limited, a company registered in England and Wales (no. 08812345), whose registered office "
            "is at 4 Quayside Court, Readingford (the \"Company\").",
        ]),
        ("h", "1. Purpose"),
        ("p", "1.1 The parties will work together to set up a nurse-led pre-operative anaemia clinic so that patients listed for "
              "major elective surgery are screened for anaemia at least six weeks before their operation and treated where needed "
              "in line with the Health Board's patient blood management policy."),
        ("p", "1.2 Patients are expected to benefit through fewer blood transfusions, fewer cancelled operations on the day, "
              "shorter hospital stays and quicker recovery. The Health Board expects fewer late cancellations and better theatre "
              "use. The Company expects to gain understanding of how pre-operative pathways are run in Wales."),
        ("h", "2. Term"),
        ("p", "2.1 This Agreement starts on 1 May 2026 and, unless ended earlier under clause 10, runs until 30 April 2027."),
        ("h", "3. Contributions"),
        ("p", "3.1 The Health Board will provide: a consultant anaesthetist lead (1 session/week), pre-assessment clinic space, "
              "0.4 WTE Band 6 pre-assessment nurse time, phlebotomy and laboratory tests, and informatics support to extract "
              "activity data. The estimated value of this in-kind contribution is £46,300."),
        ("p", "3.2 The Company will provide: £51,000 towards a 0.6 WTE Band 7 anaemia nurse specialist (employed by the Health Board "
              "on a fixed-term contract), a medical affairs project manager (up to 30 days over the term) and funding of £6,000 for "
              "an independent evaluation by Glanrhyd University."),
        ("p", "3.3 Payments will be made to the Health Board in two instalments (May 2026 and November 2026) against invoice."),
        ("h", "4. Measuring success"),
        ("table", [
            ["Measure", "Baseline (2025)", "Target (Apr 2027)", "Source / owner"],
            ["Elective major surgery patients screened for anaemia 6+ weeks pre-op", "23%", "80%", "Pre-assessment system / Health Board informatics"],
            ["Red cell units transfused per 100 major elective operations", "18.4", "13.0", "Blood bank data / transfusion practitioner"],
            ["On-the-day cancellations due to anaemia", "41 per year", "15 per year", "Theatre system"],
            ["Mean length of stay, elective hip/knee replacement (days)", "4.6", "3.9", "PAS"],
        ]),
        ("h", "5. Roles and governance"),
        ("p", "5.1 A joint project board will be chaired by the Health Board's Assistant Director of Surgery and will include the "
              "consultant anaesthetist lead, the anaemia nurse specialist and the Company's medical affairs project manager. "
              "5.2 No sales or commercial employee of the Company will be a member of the project board, attend clinics or have "
              "any role in the project. 5.3 All clinical decisions stay with Health Board clinicians and follow national guidance."),
        ("h", "6. Data protection"),
        ("p", "6.1 The Health Board is the data controller for all patient data processed in the project and will process it in "
              "accordance with UK GDPR and the Data Protection Act 2018. A DPIA has been approved by the Health Board's Information "
              "Governance Manager. 6.2 The Company will not have access to any patient-identifiable data and will receive only "
              "anonymised, aggregated reports."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 Each party will keep confidential all information disclosed by the other that is marked confidential or is "
              "obviously confidential, and will use it only for the project. 7.2 Nothing prevents the Health Board complying with "
              "the Freedom of Information Act 2000."),
        ("h", "8. Transparency"),
        ("p", "8.1 The Company will publish a summary of this Agreement on the collaborative working page of its UK website before "
              "the project starts. 8.2 Both parties will publish a summary of the project outcomes within six months of completion. "
              "8.3 The Company will disclose the value of its contribution on Disclosure UK, and the Health Board consents to this."),
        ("h", "9. Anti-bribery"),
        ("p", "9.1 This Agreement is not an inducement to prescribe, supply or recommend any medicine. Each party will comply with "
              "the Bribery Act 2010."),
        ("h", "10. Ending the Agreement"),
        ("p", "10.1 Either party may terminate this Agreement on 90 days' written notice, or immediately if the other party commits "
              "a material breach, or if the PMCPA rules that the project breaches the ABPI Code. 10.2 On expiry or termination: "
              "(a) patients already in the anaemia pathway complete their treatment under the Health Board's standard pre-assessment "
              "service; (b) the fixed-term anaemia nurse post funded by the Company ends, unless the Health Board decides to fund it "
              "from its own budget, which it will consider by January 2027 on the basis of the measures in clause 4; (c) unspent "
              "Company funds are returned within 60 days."),
        ("h", "11. Disputes"),
        ("p", "11.1 Disputes go first to the project board, then to the Health Board's Medical Director and the Company's UK Medical "
              "Director, before any other route."),
        ("sig", [("Bryncoed University Health Board", "Carys Pennant", "Director of Planning and Performance"),
                 ("Ostlund Biosciences UK Limited", "Dr Nils Aakre", "UK Medical Director")]),
    ]
    return dict(file="t7b_agr_01_preop_anaemia.docx", type="agreement",
                meta=dict(header="Collaborative Working Agreement BUHB-CW-2026-03", footer="Confidential between the parties"),
                blocks=blocks, outcomes={},
                notes="All pass. Exit is inside clause 10 (notice, Code-breach stop, patients finish under standard service, "
                      "funded post ends unless Health Board funds it, unspent funds returned).")


def agr_02():
    blocks = [
        ("title", "Joint Working Agreement"),
        ("sub", "Diabetic foot early-intervention clinic | Agreement dated 2 February 2026"),
        ("h", "1. The parties"),
        ("p", "This Agreement is made between Dr Priya Raman, GP Partner and diabetes lead at Elmbridge Road Medical Practice "
              "(\"the Clinician\"), and Penrose-Addey Pharmaceuticals plc, registered in England no. 01234987, of 90 Meridian Way, "
              "Stockhurst (\"the Company\")."),
        ("h", "2. Background"),
        ("p", "People with diabetes in Elmbridge wait up to 5 weeks for a podiatry assessment when a new foot ulcer appears. Delays "
              "increase the risk of infection and amputation. The parties will run a weekly rapid-access foot clinic in the practice "
              "with a specialist podiatrist."),
        ("h", "3. Benefits"),
        ("bul", [
            "Patients: assessment of new foot problems within 2 working days; fewer ulcers progressing to infection or amputation; "
            "education on daily foot checks.",
            "Practice and local NHS: fewer urgent referrals to the hospital foot team.",
            "Company: insight into primary care diabetes foot pathways.",
        ]),
        ("h", "4. Term"),
        ("p", "4.1 This Agreement commences on 1 April 2026 and expires on 31 March 2027."),
        ("h", "5. Contributions"),
        ("table", [
            ["Party", "Contribution"],
            ["The Clinician (on behalf of the practice)", "Clinic room one morning per week; GP diabetes lead 2 hours per week; "
             "practice nurse support; EMIS searches to identify at-risk patients (est. £17,500 in kind)"],
            ["The Company", "£28,600 to fund specialist podiatrist sessions via Elmbridge Podiatry Services Ltd; medical affairs "
             "project support 2 days/month; independent audit of outcomes"],
        ]),
        ("h", "6. Outcomes and evaluation"),
        ("table", [
            ["KPI", "Baseline", "Target", "Data source"],
            ["Median days from presentation to podiatry assessment", "33", "2", "Clinic log / EMIS"],
            ["New ulcers healed within 12 weeks", "52%", "70%", "Podiatry records audit"],
            ["Urgent referrals to hospital foot team", "64 per year", "40 per year", "e-Referral data"],
        ]),
        ("p", "Results will be reported at month 6 and month 12 to both parties."),
        ("h", "7. Governance"),
        ("p", "A project group of the Clinician, the practice manager, the podiatrist and the Company's medical affairs manager will "
              "meet monthly. The Company confirms that its representatives and key account managers will have no involvement."),
        ("h", "8. Data protection and confidentiality"),
        ("p", "8.1 Elmbridge Road Medical Practice remains data controller for its patients' records under UK GDPR and the Data "
              "Protection Act 2018. 8.2 The Company will receive anonymised, aggregate audit results only. 8.3 Each party will keep "
              "the other's confidential information confidential and not disclose it without consent, subject to legal obligations."),
        ("h", "9. Publication"),
        ("p", "The Company will publish an executive summary on its website before the clinic opens, the parties will publish the "
              "outcomes within six months of the end of the Agreement, and the Company will disclose its contribution via Disclosure UK."),
        ("h", "10. General"),
        ("p", "This Agreement is governed by the law of England and Wales. No variation is valid unless in writing and signed by both parties."),
        ("sig", [("Dr Priya Raman", "Dr Priya Raman", "GP Partner, Elmbridge Road Medical Practice"),
                 ("Penrose-Addey Pharmaceuticals plc", "Fiona Castellano", "Head of NHS Partnerships")]),
    ]
    return dict(file="t7b_agr_02_diabetic_foot.pdf", type="agreement",
                meta=dict(header="Joint Working Agreement - Diabetic Foot Clinic", header_right="Page header: final",
                          footer="Penrose-Addey Pharmaceuticals plc / Dr P Raman", two_col=True, ruled=False),
                blocks=blocks,
                outcomes={"legal-entities": "fail", "exit-strategy": "fail"},
                notes="legal-entities fail: the NHS-side party is an individual GP (Dr Priya Raman), not the practice or another "
                      "organisation; she signs in her own name. exit-strategy fail: only a term clause with an expiry date; nothing on "
                      "patients, podiatry sessions, notice or handover.")


def agr_03():
    blocks = [
        ("title", "Agreement for Collaborative Working"),
        ("sub", "Community Anticoagulation Review Service - Cordwell Hill NHS Trust and Marisco Healthcare UK Ltd"),
        ("p", "THIS AGREEMENT is dated 24 February 2026 and is made BETWEEN Cordwell Hill NHS Trust, of Cordwell Hill Hospital, "
              "Lantern Road, Cordwell (the Trust) AND Marisco Healthcare UK Ltd (company no. 04455667) of Unit 7, Halden Business "
              "Park, Thatchbury (Marisco)."),
        ("h", "1 Definitions"),
        ("p", "1.1 \"Project\" means the community anticoagulation review service described in Schedule 1. 1.2 \"Project Period\" means "
              "1 April 2026 to 31 March 2027."),
        ("h", "2 Aims"),
        ("p", "2.1 To offer people taking oral anticoagulants for atrial fibrillation a structured annual review by a pharmacist in "
              "their local health centre, covering bleeding risk, kidney function, dose appropriateness and adherence, regardless "
              "of which anticoagulant they take. 2.2 For patients, this means safer dosing, fewer bleeds caused by inappropriate "
              "doses, and a review closer to home instead of a hospital clinic."),
        ("h", "3 Evaluation"),
        ("p", "3.1 The parties will evaluate the impact of the Project on patient experience and service delivery and will consider "
              "the findings together at the end of the Project Period."),
        ("h", "4 Contributions"),
        ("p", "4.1 The Trust: anticoagulation lead pharmacist 0.2 WTE; haematology consultant advice; rooms in two health centres; "
              "phlebotomy; IT access. Estimated value £33,900. 4.2 Marisco: £47,000 to fund a 0.8 WTE Band 7 pharmacist for the "
              "Project Period; project coordination from Marisco's medical affairs team; training materials reviewed and approved "
              "by the Trust."),
        ("h", "5 Governance"),
        ("p", "5.1 A joint steering group (Trust Chief Pharmacist as chair, anticoagulation lead pharmacist, consultant haematologist, "
              "Marisco medical affairs partnership lead) meets every two months. 5.2 Marisco commercial staff will not take part in "
              "the steering group or service delivery."),
        ("h", "6 Information governance"),
        ("p", "6.1 The Trust is data controller. Processing complies with UK GDPR and the Data Protection Act 2018. 6.2 Marisco will "
              "receive no personal data; it will get only anonymised summary figures."),
        ("h", "7 Confidentiality"),
        ("p", "7.1 Neither party will disclose the other's confidential information, including patient information, pricing and "
              "unpublished project results, except as required by law (including FOIA)."),
        ("h", "8 Publication"),
        ("p", "8.1 Results may be published at Marisco's discretion."),
        ("h", "9 Termination"),
        ("p", "9.1 Either party may terminate this Agreement by giving not less than 60 days' written notice to the other. 9.2 On "
              "termination or at the end of the Project Period, patients under review will return to the Trust's existing "
              "anticoagulation clinic for ongoing monitoring, and Marisco's funding of the pharmacist post will cease at the end of "
              "the notice period. The Trust will decide by January 2027 whether to keep the community reviews within its own budget."),
        ("h", "10 Notices"),
        ("p", "10.1 Notices to the Trust go to the Chief Pharmacist. Notices to Marisco go to Neil Gaskell, Regional Business Manager, "
              "at the address above, copied to the Marisco legal department."),
        ("sig", [("Cordwell Hill NHS Trust", "Jonathan Ferris", "Chief Pharmacist"),
                 ("Marisco Healthcare UK Ltd", "Dr Amara Njoku", "Medical Affairs Director")]),
    ]
    return dict(file="t7b_agr_03_anticoag_reviews.docx", type="agreement",
                meta=dict(header="Cordwell Hill NHS Trust / Marisco - Collaborative Working Agreement",
                          footer="Version 1 final"),
                blocks=blocks,
                outcomes={"measurable-outcomes": "warn", "transparency": "fail", "sales-roles": "warn"},
                notes="measurable-outcomes warn: evaluation only qualitative ('evaluate the impact on patient experience'), no "
                      "KPIs/targets. transparency fail: only 'results may be published at Marisco's discretion'; no pre-start summary "
                      "or Disclosure UK. sales-roles warn: a Regional Business Manager is named only as the notices contact (commercial "
                      "staff are excluded from steering group and delivery). Exit passes via the termination clause (60 days' notice, "
                      "patients back to existing clinic, funding ceases).")
