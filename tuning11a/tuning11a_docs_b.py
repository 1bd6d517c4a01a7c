"""tuning11a documents 05-08."""
from tuning11a_common import doc, labels, revision_table, sig_table


def d05():
    meta = {"header": "Saltmarsh Community Healthcare NHS Trust",
            "footer": "Psoriasis Shared Care PID - draft 3 - not yet approved by IG"}
    b = [
        ("title", "PROJECT INITIATION DOCUMENT - Psoriasis Shared Care Pathway"),
        ("kv", [["Partner organisations", "Saltmarsh Community Healthcare NHS Trust (Estuary House, "
                                          "Quay Road, Saltmarsh SM3 1LP); Penhallow Life Sciences "
                                          "UK Ltd (2 Orchard Place, Bristol BS1 6QT)"],
                ["Project start", "September 2025"], ["Project completion", "August 2027"],
                ["Trust lead", "Anna Whitlow, Dermatology Nurse Consultant"],
                ["Penhallow lead", "Gareth Mwangi, Head of Partnerships"]]),
        ("h1", "Background"),
        ("p", "People with moderate psoriasis in the Saltmarsh area wait up to 38 weeks for a "
              "community dermatology appointment. Many are never assessed for psoriatic arthritis "
              "or cardiovascular risk, both of which are more common in people with psoriasis."),
        ("h1", "Aims and objectives"),
        ("numbered", ["Cut the median wait for a first community dermatology appointment from 38 to "
                      "18 weeks by August 2027.",
                      "Screen 90% of patients seen for psoriatic arthritis (PEST tool) and refer "
                      "positive screens to rheumatology within 4 weeks.",
                      "Record cardiovascular risk (QRISK3) for 80% of adults seen.",
                      "Improve DLQI scores by at least 5 points at 6 months in 60% of patients."]),
        ("h1", "Predicted benefits"),
        ("p", "Patients: shorter waits, earlier treatment, joint problems and heart risk picked up "
              "sooner. Trust: capacity released through GP with extended role clinics. Penhallow: "
              "insight into integrated dermatology pathways. Therapy choices follow NICE CG153 and "
              "the local formulary."),
        ("h1", "Resources"),
        ("table", [["Organisation", "What", "Value"],
                   ["Penhallow", "Funding for GPwER training and 4 clinical sessions/week for 24 "
                                 "months", "GBP 92,000"],
                   ["Trust", "Nurse consultant time, clinic rooms, admin, dermatoscopes, "
                             "evaluation support", "GBP 77,000 (in kind)"]]),
        ("h1", "Project structure"),
        ("p", "Project board: Trust Director of Operations (chair), Dermatology Nurse Consultant, "
              "GP clinical lead, Penhallow Head of Partnerships, Penhallow Medical Adviser. Board "
              "meets monthly for the first six months, then quarterly."),
        ("h2", "Useful contacts"),
        ("table", [["Name", "Role", "Contact"],
                   ["Anna Whitlow", "Dermatology Nurse Consultant", "anna.whitlow@sch.example.nhs.uk"],
                   ["Gareth Mwangi", "Head of Partnerships, Penhallow", "g.mwangi@penhallow.example.com"],
                   ["Sophie Tranter", "Key Account Manager, Penhallow (South West)",
                    "s.tranter@penhallow.example.com"]]),
        ("h1", "Information governance"),
        ("p", "All patient records remain on the Trust's SystmOne unit. The Trust is data "
              "controller; processing complies with UK GDPR and the Data Protection Act 2018. "
              "Penhallow receives only anonymised aggregate reports."),
        ("h1", "Confidentiality"),
        ("p", "Arrangements for keeping patient and project information confidential will be set "
              "out in due course, once the Trust's IG team has reviewed this draft."),
        ("h1", "Transparency"),
        ("p", "Penhallow will publish the executive summary on its website before the first "
              "clinic. A summary of outcomes will be published by both organisations within six "
              "months of completion, and Penhallow will disclose the transfer of value on "
              "Disclosure UK."),
        ("h1", "Exit and continuity"),
        ("p", "At month 20 the Trust will decide whether to fund the GPwER sessions from its core "
              "budget. If it does not, patients under active treatment in the clinics complete "
              "their episode and are then discharged to their GP with a shared care plan, or "
              "referred to the Trust's consultant service. Either party may end the project on "
              "three months' written notice, in which case the same arrangements apply."),
        ("h1", "Approval"),
        sig_table([("Saltmarsh Community Healthcare NHS Trust", "Anna Whitlow",
                    "Dermatology Nurse Consultant", "pending"),
                   ("Penhallow Life Sciences UK Ltd", "Gareth Mwangi", "Head of Partnerships",
                    "pending")]),
    ]
    return doc("tuning11a_05_psoriasis_pid.docx", "pid", meta, b,
               labels("pid", {"confidentiality": "fail", "sales-roles": "warn"}),
               "confidentiality fail: the section only promises that arrangements 'will be set out "
               "in due course' - a placeholder. sales-roles warn: a Key Account Manager appears only "
               "in the contacts table; she is not on the project board or in delivery.",
               ["will be set out in due course", "key account manager, penhallow"])


def d06():
    meta = {"header": "Harrowmere Hospitals NHS Foundation Trust / Marisco Healthcare UK plc",
            "footer": "Agreement ref MHC-HHFT-FLS-01 - execution version", "layout": "ruled"}
    b = [
        ("title", "Agreement for Joint Working - Fracture Liaison Service Enhancement"),
        ("kv", [["Date", "11 August 2025"],
                ["Party 1", "Harrowmere Hospitals NHS Foundation Trust, Castle Road, Harrowmere "
                            "HR1 4DW (\"the Trust\")"],
                ["Party 2", "Marisco Healthcare UK plc, registered no. 02290417, Marisco House, "
                            "Milton Park, Abingdon OX14 4RY (\"Marisco\")"],
                ["Project period", "1 October 2025 - 30 September 2027"]]),
        ("h1", "1. Background and purpose"),
        ("p", "1.1 Only 46% of patients aged 50 and over with a fragility fracture at the Trust are "
              "currently assessed for osteoporosis within 12 weeks. The Project expands the Fracture "
              "Liaison Service (FLS) to identify, assess and, where appropriate, start bone-"
              "protection treatment chosen by Trust clinicians in line with NICE TA464 and the "
              "Trust formulary."),
        ("h1", "2. Objectives and measures"),
        ("table", [["KPI", "Baseline (2024)", "Target", "Source"],
                   ["Fragility fracture patients assessed within 12 weeks", "46%", "80% by Sept 2027",
                    "FLS database / FLS-DB national audit"],
                   ["Patients started on bone protection where indicated, 16 weeks", "52%", "75%",
                    "FLS-DB"],
                   ["Adherence check at 12-16 weeks", "31%", "70%", "FLS-DB"]]),
        ("h1", "3. Benefits"),
        ("p", "3.1 Patients: fewer second fractures, falls assessment and advice, better "
              "long-term bone health. Trust: improved national audit position. Marisco: learning on "
              "secondary fracture prevention services."),
        ("h1", "4. Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Marisco", "Funding of 1.0 WTE Band 6 FLS nurse and DXA sessions (2 years)",
                    "GBP 124,000"],
                   ["Trust", "Orthogeriatrician oversight, DXA scanner, admin and BI support, "
                             "clinic space", "GBP 98,500"]]),
        ("h1", "5. Project roles"),
        ("p", "5.1 Delivery is by Trust staff only. Marisco's Head of Medical Partnerships and a "
              "Medical Affairs Manager attend the joint steering group. No Marisco sales "
              "representatives or account managers have any role."),
        ("h1", "6. Data protection"),
        ("p", "6.1 The Trust is controller of all patient data and will comply with UK GDPR and the "
              "Data Protection Act 2018. Marisco shall have no access to information that "
              "identifies any patient and will receive quarterly aggregate audit figures only."),
        ("h1", "7. Confidential information"),
        ("p", "7.1 The Trust shall hold in confidence all information disclosed to it by Marisco "
              "concerning Marisco's products, pricing, business plans and know-how, and shall not "
              "disclose it to any third party without Marisco's prior written consent, save as "
              "required by law."),
        ("h1", "8. Publication"),
        ("p", "8.1 Marisco may, at its discretion, make a summary of the Project results available "
              "to third parties. Any publication by the Trust requires Marisco's prior written "
              "approval."),
        ("h1", "9. Termination and exit"),
        ("p", "9.1 Either party may terminate on 90 days' notice. 9.2 Marisco may terminate at once "
              "if the PMCPA rules the Project in breach of the ABPI Code. 9.3 Whatever the reason "
              "for ending, patients already under the enhanced FLS will complete their 16-week "
              "assessment and follow-up under the Trust's standard FLS; the funded nurse post will "
              "be absorbed into the orthogeriatric establishment or end under Trust policy, as "
              "decided by the Trust's investment panel by month 18."),
        ("h1", "10. Compliance"),
        ("p", "10.1 The parties comply with the Bribery Act 2010. Funding is not conditional on "
              "the prescription or purchase of any Marisco medicine. 10.2 Disputes: escalation to "
              "the Trust Medical Director and Marisco UK General Manager, then mediation (CEDR)."),
        sig_table([("Harrowmere Hospitals NHS Foundation Trust", "Jonathan Ellery",
                    "Director of Finance", "11/08/2025"),
                   ("Marisco Healthcare UK plc", "Dr Hannah Voss", "Medical Director",
                    "11/08/2025")]),
    ]
    return doc("tuning11a_06_fls_agreement.pdf", "agreement", meta, b,
               labels("agreement", {"confidentiality": "warn", "transparency": "fail"}),
               "confidentiality warn: clause 7 is one-sided - it protects only Marisco's commercial "
               "information; the Trust's project information gets no protection and the clause does "
               "not deal with patient information (patient data handled only under data-protection "
               "clause 6). Present but weak, so warn rather than fail. transparency fail: results "
               "'may, at its discretion' be shared by the company, the Trust's publication needs "
               "Marisco's approval, and there is no summary-before-start or Disclosure UK commitment.",
               ["shall hold in confidence all information disclosed to it by marisco",
                "marisco may, at its discretion, make a summary"])


def d07():
    meta = {"header": "Colnbrook Health Partnership CIC  |  Sorrel BioPharma UK Ltd",
            "footer": "T2D Structured Review PID | v1.0 | Sorrel job code SOR-CW-25-044"}
    b = [
        ("title", "Project Initiation Document: Type 2 Diabetes Structured Review Programme"),
        revision_table([("0.3", "03/02/2025", "K. Adeyemi", "Initial"),
                        ("1.0", "21/03/2025", "K. Adeyemi", "Agreed at project board")]),
        ("h1", "A. Summary"),
        ("p", "Colnbrook Health Partnership CIC (a community interest company delivering "
              "at-scale services for 14 practices) and Sorrel BioPharma UK Ltd will run a 15-month "
              "programme of structured reviews for adults with type 2 diabetes whose HbA1c is "
              "above 75 mmol/mol, delivered by federation-employed diabetes specialist nurses."),
        ("h1", "B. Partners"),
        ("table", [["Organisation", "Address", "Lead"],
                   ["Colnbrook Health Partnership CIC", "The Old Library, 4 Church Row, Colnbrook "
                                                        "CB7 2EE", "Dr Kemi Adeyemi, Medical Director"],
                   ["Sorrel BioPharma UK Ltd", "Sorrel Park, Welwyn AL7 1TW",
                    "Robert Haines, Collaborative Working Lead"]]),
        ("h1", "C. Objectives and KPIs"),
        ("table", [["KPI", "Baseline", "Target (month 15)"],
                   ["Patients with HbA1c > 75 reviewed", "0 of 1,180", "900"],
                   ["Mean HbA1c reduction in reviewed patients at 6 months", "-", ">= 10 mmol/mol"],
                   ["Completion of 8 care processes", "48%", "70%"],
                   ["Referrals to structured education", "14% of eligible", "40%"]]),
        ("p", "Data source: practice clinical systems via the federation's reporting tool; "
              "reported monthly to the project board."),
        ("h1", "D. Benefits"),
        ("p", "For patients: better glucose control, reduced risk of complications, a personal care "
              "plan and referral to education. For practices: clinical capacity. For Sorrel: "
              "insight into primary care delivery models. Medicines are chosen by the reviewing "
              "clinician according to NICE NG28 and the local formulary; the programme does not "
              "favour any product."),
        ("h1", "E. Contributions"),
        ("bullets", ["Sorrel: GBP 71,000 for 1.2 WTE nurse time and reporting-tool licences, paid to "
                     "the CIC in five instalments.",
                     "Colnbrook: clinical supervision by GP lead (1 session/week), premises, admin "
                     "booking, practice searches, evaluation - valued at GBP 48,000."]),
        ("h1", "F. Governance"),
        ("p", "Project board: Colnbrook Medical Director (chair), Lead Diabetes Nurse, Practice "
              "Manager representative, Sorrel Collaborative Working Lead and Sorrel Medical "
              "Adviser. Sorrel's field-based promotional staff do not take part."),
        ("h1", "G. Information"),
        ("p", "Practices are data controllers; Colnbrook acts under a data processing agreement. "
              "A DPIA has been completed and the project complies with UK GDPR and the DPA 2018. "
              "Sorrel sees only aggregated, anonymised figures."),
        ("p", "Project documents, financial information and anything either partner marks as "
              "sensitive will be shared only among project board members and will not be passed "
              "to others without consent, subject to the CIC's legal obligations."),
        ("h1", "H. Publication"),
        ("p", "Sorrel will place an executive summary on its collaborative working web page before "
              "reviews start. Both partners will publish a summary of outcomes within six months "
              "of completion."),
        ("h1", "I. Termination"),
        ("p", "Either partner may end its participation if the other commits a material breach of "
              "this PID or of the collaboration agreement and fails to remedy it within 30 days of "
              "written notice."),
        ("h1", "J. Sign-off"),
        sig_table([("Colnbrook Health Partnership CIC", "Dr Kemi Adeyemi", "Medical Director",
                    "21/03/2025"),
                   ("Sorrel BioPharma UK Ltd", "Robert Haines", "Collaborative Working Lead",
                    "21/03/2025")]),
    ]
    return doc("tuning11a_07_t2d_review_pid.pdf", "pid", meta, b,
               labels("pid", {"exit-strategy": "warn"}),
               "exit-strategy warn: the only ending provision is termination for unremedied material "
               "breach. There is no ordinary notice route, and nothing on what happens to patients "
               "mid-review, the nurse time or the service at the planned end. A termination "
               "mechanism exists, so weak rather than absent.",
               ["fails to remedy it within 30 days of written notice",
                "will not be passed to others without consent"])


def d08():
    meta = {"header": "Executive Summary - Inhaler Technique & Asthma Review Service",
            "footer": "For internal use by partner organisations only - not for publication"}
    b = [
        ("title", "Executive Summary"),
        ("kv", [["Project title", "Community Pharmacy Inhaler Technique and Asthma Review Service"],
                ["Partners", "NHS Harrowmere and Tyneford Integrated Care Board; Kinvara Medical Ltd"],
                ["Anticipated start", "January 2026"], ["Anticipated completion", "December 2026"]]),
        ("h1", "Rationale"),
        ("p", "Poor inhaler technique is common in people with asthma and contributes to avoidable "
              "attacks. Local audit found that fewer than a third of adults with asthma had their "
              "technique checked in the previous year."),
        ("h1", "Objectives and expected benefits"),
        ("bullets", ["Patients: technique checked and corrected, fewer asthma attacks and urgent "
                     "visits, clearer personal action plans.",
                     "NHS: reduced unplanned care and better use of prescribed inhalers of all "
                     "types.",
                     "Kinvara: learning about community pharmacy-based respiratory services."]),
        ("h1", "Financial and other contributions"),
        ("p", "Kinvara will contribute GBP 58,000 to fund pharmacist training and consultation "
              "fees in 30 community pharmacies. The ICB contributes commissioning, clinical "
              "leadership from its respiratory clinical lead, pharmacy contract management and "
              "evaluation, valued at GBP 41,000."),
        ("h1", "Project team"),
        ("p", "ICB Head of Medicines Optimisation (lead), ICB Respiratory Clinical Lead, Local "
              "Pharmaceutical Committee representative, Kinvara Partnerships Director. No Kinvara "
              "sales personnel are involved."),
        ("h1", "Circulation"),
        ("p", "This summary has been prepared for the ICB's Primary Care Commissioning Committee and "
              "Kinvara's internal governance process. It is not intended for circulation outside "
              "the partner organisations."),
        ("p", "Kinvara Medical Ltd | KIN-UK-CW-2025-019 | Date of preparation: October 2025"),
    ]
    return doc("tuning11a_08_inhaler_es.docx", "executive-summary", meta, b,
               labels("executive-summary", {"transparency": "fail"}),
               "transparency fail: the summary is restricted to internal audiences (committee and "
               "company governance; footer 'not for publication'); no commitment to publish it "
               "before start or to publish outcomes. data-protection n/a: no patient data, records "
               "or data sharing mentioned.",
               ["it is not intended for circulation outside the partner organisations",
                "not for publication"])


DOCS = [d05, d06, d07, d08]
