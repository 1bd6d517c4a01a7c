"""tuning11a documents 21-24."""
from tuning11a_common import doc, labels, revision_table, sig_table


def d21():
    meta = {"header": "Harrowmere Hospitals NHS Foundation Trust - Cardiac Rehabilitation Access",
            "footer": "PID | HHFT-VAN-CR-03 | v1.0 | Vantry approval VAN-UK-CW-0925",
            "layout": "ruled"}
    b = [
        ("title", "Project Initiation Document - Widening Access to Cardiac Rehabilitation"),
        ("table", [["Item", "Detail"],
                   ["Partners", "Harrowmere Hospitals NHS Foundation Trust (Castle Road, Harrowmere "
                                "HR1 4DW); Vantry Pharmaceuticals Ltd (Unit 4 Kestrel Court, Reading "
                                "RG2 6GF)"],
                   ["Accountable leads", "Dr Adaeze Nwosu, Consultant Cardiologist "
                                         "(a.nwosu@hhft.example.nhs.uk); Simon Pryor, NHS "
                                         "Collaboration Manager, Vantry (s.pryor@vantry.example.com)"],
                   ["Start", "Q4 2025"], ["Completion", "Q3 2027"]]),
        ("h1", "Background"),
        ("p", "After a heart attack, cardiac rehabilitation reduces cardiovascular deaths and "
              "readmissions, yet only 44% of eligible Trust patients start a programme, and uptake "
              "among women, older people and those in the most deprived areas is lower still."),
        ("h1", "Objectives"),
        ("table", [["Objective", "Baseline (2024)", "Target (Q3 2027)", "Data"],
                   ["Eligible post-MI patients starting rehab", "44%", "65%", "NACR audit"],
                   ["Uptake among women", "31%", "55%", "NACR audit"],
                   ["Days from discharge to rehab start (median)", "43", "28", "NACR audit"],
                   ["Programme completion", "62%", "75%", "Service records"]]),
        ("h1", "Expected benefits"),
        ("bullets", ["Patients: more people complete rehab, with better fitness, lower risk of "
                     "another event and improved mood.",
                     "Trust: better NACR performance and fewer readmissions.",
                     "Vantry: learning on tackling inequalities in cardiac services."]),
        ("h1", "Who contributes what"),
        ("table", [["Partner", "Contribution", "Value"],
                   ["Vantry", "Funding for a 1.0 WTE Band 6 outreach physiotherapist and home/"
                              "digital rehab kit", "GBP 94,000"],
                   ["Trust", "Cardiac rehab team time, venues, cardiology oversight, NACR data "
                             "entry, evaluation", "GBP 79,000"]]),
        ("h1", "Project structure"),
        ("p", "A project group reporting to the Trust's Cardiology Directorate Board. Members: "
              "cardiac rehab lead (chair), Dr Nwosu, patient representative, Vantry NHS "
              "Collaboration Manager, Vantry Medical Affairs Adviser. People from Vantry's "
              "commercial field force are not members and have no role."),
        ("h1", "Patient and project information"),
        ("p", "Patient details stay inside the Trust's clinical systems and are seen only by the "
              "rehab team. The Trust is controller; UK GDPR and the DPA 2018 apply; a DPIA has "
              "been completed. Vantry receives a quarterly aggregate dashboard only."),
        ("p", "Nothing either organisation learns about the other's plans, costs or performance "
              "through the project group will be passed outside it, other than disclosures the "
              "Trust must make under FOIA."),
        ("h1", "Openness and disclosure"),
        ("p", "Vantry will publish the executive summary on its website before the outreach "
              "service starts and will report its funding on Disclosure UK. Results will be shared "
              "publicly by both partners within six months of completion."),
        ("h1", "Sustainability and close-down"),
        ("p", "The directorate will take a business case to the Trust investment panel by month 18. "
              "If the outreach post is not funded recurrently, it ends under Trust policy and "
              "patients part-way through outreach rehab finish their programme with the core "
              "team. Either partner may end the project on three months' notice; the same "
              "close-down steps apply."),
        revision_table([("0.5", "18/08/2025", "A. Nwosu", "Draft"),
                        ("1.0", "16/09/2025", "A. Nwosu / S. Pryor", "Approved")]),
        sig_table([("Harrowmere Hospitals NHS Foundation Trust", "Dr Adaeze Nwosu",
                    "Consultant Cardiologist", "16/09/2025"),
                   ("Vantry Pharmaceuticals Ltd", "Simon Pryor", "NHS Collaboration Manager",
                    "16/09/2025")]),
    ]
    return doc("tuning11a_21_cardiac_rehab_pid.pdf", "pid", meta, b, labels("pid"),
               "Fully compliant. Confidentiality paraphrased ('Nothing either organisation learns "
               "... will be passed outside it'); transparency via executive summary, Disclosure UK "
               "and public results; exit under 'Sustainability and close-down'.",
               ["will be passed outside it", "sustainability and close-down",
                "results will be shared publicly by both partners"])


def d22():
    meta = {"header": "Thornby Moor Hospitals NHS Trust - University of Wendham - Orrin Pharma UK Ltd",
            "footer": "Early Arthritis Clinic CWA | TMH/ORR/2025/11 | final", "layout": "twocol"}
    b = [
        ("title", "Collaborative Working Agreement - Early Inflammatory Arthritis Clinic"),
        ("p", "Dated 1 October 2025. Between (1) Thornby Moor Hospitals NHS Trust, Moor Lane, "
              "Thornby TB3 6LA (the Trust); (2) the University of Wendham, a chartered "
              "university, Wendham WD1 4UW (the University); and (3) Orrin Pharma UK Ltd, 40 Harbour "
              "Exchange, London E14 9GE (Orrin)."),
        ("h1", "1. Project"),
        ("p", "1.1 A weekly early inflammatory arthritis clinic so that adults with suspected "
              "inflammatory arthritis are assessed by a rheumatologist within three weeks of "
              "referral, as NICE NG100 recommends. The University evaluates the service."),
        ("h1", "2. Measures"),
        ("p", "2.1 Referral to first rheumatology review within 3 weeks: baseline 23%, target 75% "
              "by September 2027. 2.2 Start of DMARD within 6 weeks of referral for confirmed RA: "
              "baseline 31%, target 70%. 2.3 Patients in remission (DAS28 < 2.6) at 12 months: "
              "target 40%. Source: NEIAA audit and Trust records."),
        ("h1", "3. Benefits"),
        ("p", "3.1 Patients: earlier treatment during the window when joint damage can be "
              "prevented, less pain and better function. 3.2 Trust: NEIAA performance. "
              "3.3 University: research-quality evaluation. 3.4 Orrin: learning about rheumatology "
              "service models."),
        ("h1", "4. Contributions"),
        ("p", "4.1 Orrin: GBP 88,000 for a clinical nurse specialist (0.6 WTE) and ultrasound "
              "sessions. 4.2 Trust: consultant rheumatologist sessions, clinic space, ultrasound "
              "equipment, admin (GBP 76,000). 4.3 University: evaluation researcher 0.2 WTE and "
              "analysis (GBP 21,000)."),
        ("h1", "5. Steering group"),
        ("p", "5.1 Members: Trust Clinical Lead for Rheumatology (chair), Rheumatology Service "
              "Manager, University evaluation lead, patient partner, Orrin Medical Science "
              "Liaison and Orrin's Regional Business Manager (North)."),
        ("h1", "6. Data"),
        ("p", "6.1 The Trust is data controller; the University processes pseudonymised data on "
              "Trust systems under a data sharing agreement; UK GDPR and the DPA 2018 apply; DPIA "
              "approved. Orrin receives aggregate results only."),
        ("h1", "7. Confidentiality"),
        ("p", "7.1 Each party will keep confidential information received from the others, "
              "including any patient information, secure and use it only for the Project; the "
              "Trust and University may make disclosures required under FOIA 2000."),
        ("h1", "8. Sharing the learning"),
        ("p", "8.1 The parties are committed to openness and will consider suitable ways of "
              "sharing the learning from the Project with the wider NHS in due course."),
        ("h1", "9. Ending the Agreement"),
        ("p", "9.1 Any party may withdraw on three months' notice. 9.2 At the end or on early "
              "termination, patients in the clinic continue under the Trust's routine rheumatology "
              "service; the nurse specialist post transfers to Trust funding if approved by month "
              "20, otherwise it ends under Trust policy."),
        ("h1", "10. General"),
        ("p", "10.1 Bribery Act 2010 compliance; funding is not conditional on the use of any "
              "Orrin medicine. 10.2 Disputes to the steering group chair, then chief executives, "
              "then mediation."),
        sig_table([("Thornby Moor Hospitals NHS Trust", "Dr Rachel Ingham", "Medical Director",
                    "01/10/2025"),
                   ("University of Wendham", "Prof. Alan Hirst", "Pro-Vice-Chancellor (Research)",
                    "01/10/2025"),
                   ("Orrin Pharma UK Ltd", "Thomas Beale", "Partnerships Director", "01/10/2025")]),
    ]
    return doc("tuning11a_22_early_arthritis_agreement.pdf", "agreement", meta, b,
               labels("agreement", {"transparency": "warn", "sales-roles": "fail"}),
               "transparency warn: clause 8 gestures at openness but only promises to 'consider "
               "suitable ways of sharing the learning ... in due course' - no commitment to publish "
               "a summary or outcomes, no Disclosure UK; vague rather than absent or discretion-only. "
               "sales-roles fail: Orrin's Regional Business Manager sits on the steering group.",
               ["will consider suitable ways of sharing the learning",
                "regional business manager (north)"])


def d23():
    meta = {"header": "Executive summary - Diabetic Foot Protection Service Phase 2",
            "footer": "Calverley Therapeutics UK Ltd | CAL-UK-JW-0402 | Prepared September 2025"}
    b = [
        ("title", "Diabetic Foot Protection Service - Phase 2"),
        ("p", "Executive summary of the joint working agreement between NHS Fenwold Integrated Care "
              "Board and Calverley Therapeutics UK Ltd"),
        ("h1", "Background"),
        ("p", "Fenwold has one of the highest rates of diabetes-related amputation in its region. "
              "Phase 1 (2022-23) set up a podiatry-led foot protection clinic in two localities; "
              "Phase 2 extends it to the remaining three localities and adds rapid access for "
              "people with active foot ulcers."),
        ("h1", "Objectives"),
        ("bullets", ["Every person with diabetes at moderate or high foot risk seen by the foot "
                     "protection service within 8 weeks of referral.",
                     "People with a new ulcer seen by the multidisciplinary foot team within one "
                     "working day.",
                     "Fewer major amputations and fewer hospital admissions for foot disease."]),
        ("h1", "Benefits"),
        ("p", "Patients keep their feet healthy for longer, ulcers are treated sooner and fewer "
              "people lose a limb. The ICB reduces admissions and amputations. Calverley gains "
              "understanding of community diabetes services."),
        ("h1", "Period"),
        ("p", "Anticipated start January 2026; anticipated completion December 2027."),
        ("h1", "Financial arrangements"),
        ("table", [["Partner", "Contribution"],
                   ["Calverley", "GBP 110,000 towards two Band 6 podiatrists, paid to the ICB's "
                                 "community provider on invoice"],
                   ["NHS Fenwold ICB", "Commissioning and clinical leadership, MDT foot team "
                                       "consultant time, premises and evaluation - about GBP 92,000"]]),
        ("h1", "Project team"),
        ("p", "ICB Diabetes Clinical Lead, community podiatry service manager, Calverley Head of NHS "
              "Partnerships. No sales staff."),
        ("h1", "Publication"),
        ("p", "The outcomes of Phase 1 (2022-23) were published on the ICB website in November 2023."),
    ]
    return doc("tuning11a_23_diabetic_foot_es.docx", "executive-summary", meta, b,
               labels("executive-summary", {"transparency": "fail"}),
               "transparency fail: the publication section refers only to the outcomes of the "
               "earlier Phase 1 project; nothing commits to publishing this summary before start, "
               "Phase 2 outcomes, or Disclosure UK. data-protection n/a: no patient data mentioned.",
               ["the outcomes of phase 1 (2022-23) were published on the icb website"])


def d24():
    meta = {"header": "Castlebeck and Ure NHS Foundation Trust | Sorrel BioPharma UK Ltd",
            "footer": "Parkinson's Outreach JWA - Schedule-based agreement - v1.0"}
    b = [
        ("title", "Joint Working Agreement"),
        ("p", "Parkinson's Disease Specialist Nurse Outreach to Care Homes"),
        ("p", "This agreement dated 20 October 2025 is between Castlebeck and Ure NHS Foundation "
              "Trust, Ure Bank Hospital, Riverside, Castlebeck CU2 7HB (the Trust), and Sorrel "
              "BioPharma UK Ltd, company no. 05213378, Sorrel Park, Welwyn AL7 1TW (Sorrel). The "
              "Schedules form part of it."),
        ("h1", "1. Purpose"),
        ("p", "1.1 People with Parkinson's living in care homes often miss specialist review and "
              "are at risk of missed or late doses, falls and avoidable admission. The Trust will "
              "run a nurse-led outreach service to 34 care homes."),
        ("h1", "2. Outcomes (see Schedule 1)"),
        ("h1", "3. Contributions (see Schedule 2)"),
        ("h1", "4. Governance"),
        ("p", "4.1 A joint project group led by the Trust's Care of the Elderly Clinical Director; "
              "Sorrel members are its Collaborative Working Lead and Medical Adviser. No promotional "
              "role-holder at Sorrel is involved in any way."),
        ("h1", "5. Information"),
        ("p", "5.1 Neither party will reveal to anyone outside the project group what it learns of "
              "the other's finances, strategy or operations through the project, except where law "
              "(including FOIA) requires. 5.2 Residents' information is held on Trust systems and "
              "viewed only by Trust staff. The Trust is controller; UK GDPR and the DPA 2018 apply; "
              "a DPIA and care home data sharing agreements are in place. Sorrel receives "
              "aggregated reports only."),
        ("h1", "6. Publication"),
        ("p", "6.1 An overview of this collaboration will be published on Sorrel's website before "
              "the outreach begins. 6.2 A summary of results will be published by both parties "
              "within six months of the end. 6.3 Sorrel's payments will be reported on "
              "Disclosure UK."),
        ("h1", "7. Ending and exit (see Schedule 3)"),
        ("h1", "8. General"),
        ("p", "8.1 Bribery Act 2010. Nothing here is an inducement to prescribe any Sorrel "
              "product; medicines are chosen by Trust clinicians in line with NICE NG71. "
              "8.2 Disputes: Trust Medical Director and Sorrel General Manager, then mediation."),
        ("h1", "Schedule 1 - Outcomes"),
        ("table", [["Measure", "Baseline", "Target (month 24)", "Source"],
                   ["Care home residents with Parkinson's reviewed in last 6 months", "29%", "90%",
                    "Outreach log"],
                   ["Emergency admissions of residents with Parkinson's", "74/yr", "55/yr", "SUS"],
                   ["Care homes with time-critical medicines protocol", "3", "30", "Audit"]]),
        ("p", "Residents benefit from regular specialist review, fewer missed doses, fewer falls "
              "and fewer hospital stays. Sorrel gains learning on care home outreach."),
        ("h1", "Schedule 2 - Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Sorrel", "1.0 WTE Band 7 Parkinson's nurse for 24 months, funded on invoice",
                    "GBP 121,000"],
                   ["Trust", "Consultant geriatrician supervision, travel, training for care home "
                             "staff, evaluation", "GBP 67,000"]]),
        ("h1", "Schedule 3 - Ending and exit"),
        ("table", [["Trigger", "What happens"],
                   ["Planned end (month 24)", "Trust decides at month 18 whether to fund the nurse "
                                              "recurrently; if not, residents on the caseload are "
                                              "handed to the community Parkinson's team over a "
                                              "6-week transition"],
                   ["Either party gives notice", "90 days' written notice; same transition plan"],
                   ["PMCPA ruling of breach", "Project paused at once; residents continue under "
                                              "Trust care"]]),
        sig_table([("Castlebeck and Ure NHS Foundation Trust", "Dr Ewan Holt", "Medical Director",
                    "20/10/2025"),
                   ("Sorrel BioPharma UK Ltd", "Robert Haines", "Collaborative Working Lead",
                    "20/10/2025")]),
    ]
    return doc("tuning11a_24_parkinsons_agreement.docx", "agreement", meta, b, labels("agreement"),
               "Fully compliant. Exit lives only in Schedule 3 table (handover over a 6-week "
               "transition); confidentiality paraphrased ('Neither party will reveal to anyone "
               "outside the project group'); transparency as 'An overview of this collaboration "
               "will be published on Sorrel's website'.",
               ["neither party will reveal to anyone outside the project group",
                "an overview of this collaboration will be published",
                "6-week transition"])


DOCS = [d21, d22, d23, d24]
