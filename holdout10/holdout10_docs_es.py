"""holdout10 executive summaries 20-26."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D20 = doc(20, "hf-opt-executive-summary", "pdf", "executive-summary",
    "Executive Summary: HF-OPT Heart Failure Therapy Optimisation Clinics",
    [("title", "Executive Summary: HF-OPT Heart Failure Therapy Optimisation Clinics"),
     ("sub", "A collaborative working project between Holmsworth Teaching Hospitals NHS Trust and "
             "Veltris Pharma UK Ltd. Job code VLT-UK-ES-0322. Date of preparation: April 2025."),
     ("kv", [["Project rationale", "Only 41% of patients with reduced ejection fraction heart failure "
                                   "in Holmsworth are on optimal guideline-directed therapy. Titration "
                                   "appointments are hard to get in the consultant clinic."],
             ["Objectives", "Nurse-led optimisation clinics at two community hubs; 65% of patients on "
                            "optimal therapy and fewer HF admissions by April 2026."],
             ["Benefits to patients", "Quicker titration close to home, fewer hospital admissions and "
                                      "better day-to-day symptom control."],
             ["Benefits to the NHS", "Released consultant capacity and a tested community model."],
             ["Benefits to Veltris", "Understanding of community HF service organisation."],
             ["Project period", "1 May 2025 to 30 April 2026"],
             ["Financial arrangements", "Veltris: GBP 98,400 (nurse specialist post, project "
                                        "management, evaluation). Trust: GBP 61,900 in kind "
                                        "(consultant supervision, rooms, pharmacist, BI support)."],
             ["Roles", "The Trust delivers all clinical care and owns the protocol. Veltris funds "
                       "the agreed costs and co-chairs the evaluation group."],
             ["Patient data", "Patient records stay on Trust systems with the Trust as controller; "
                              "Veltris receives only anonymised, aggregated figures."],
             ["Publication", "This summary is published before the project starts; an outcomes "
                             "summary will follow within six months of completion."],
             ["Contacts", "Dr Fiona Garside, Consultant Cardiologist, fiona.garside@htht.nhs.uk; "
                          "Martin Oyelaran, Head of NHS Partnerships, martin.oyelaran@veltris.example.com"]]),
     ],
    notes="All pass; mentions patient records so data-protection applies and passes.",
    header="Veltris Pharma UK Ltd | Collaborative Working", footer="VLT-UK-ES-0322 | April 2025",
    es_data=True)

D21 = doc(21, "menopause-groups-executive-summary", "docx", "executive-summary",
    "Summary of Collaborative Working Arrangement - Menopause Group Consultations",
    [("title", "Summary of Collaborative Working Arrangement - Menopause Group Consultations"),
     ("p", "Greyhallow Health CIC and Brightholm Pharmaceuticals UK Ltd are working together in "
           "2026 to offer group consultations for women experiencing menopause symptoms across "
           "19 Greyhallow practices."),
     ("h1", "Why"),
     ("p", "Women currently wait about 11 weeks for an appointment to talk through menopause "
           "symptoms and options. Group consultations let clinicians give consistent, "
           "evidence-based information to more people, with one-to-one follow-up when needed."),
     ("h1", "What we hope to achieve"),
     ("bullets", ["Women get advice sooner, understand all their options and have peer support",
                  "Greyhallow practices free up routine appointments",
                  "Brightholm learns how at-scale primary care providers design group care"]),
     ("h1", "When"),
     ("p", "January to December 2026."),
     ("h1", "Who provides what"),
     ("table", [["Organisation", "Provides"],
                ["Greyhallow Health CIC", "Clinical lead time, booking staff, venues and clinical templates"],
                ["Brightholm Pharmaceuticals UK Ltd", "GBP 33,000 for facilitator sessions, GBP 9,000 "
                 "independent evaluation and 10 days of medical adviser time"]], [0.35, 0.65]),
     ("p", "Greyhallow runs the sessions and makes all clinical decisions; Brightholm funds the "
           "agreed costs and takes part in the project board."),
     ("h1", "Publication"),
     ("p", "This summary has been posted on Brightholm's website ahead of the first session. "
           "Both partners will publish the results within six months of the project ending."),
     ("h1", "Contacts"),
     ("p", "Dr Nadia Khoury, Medical Director, Greyhallow Health CIC (nadia.khoury@greyhallow.example.org); "
           "Dr Neil Fairhurst, Medical Director, Brightholm (n.fairhurst@brightholm.example.com). "
           "Approval code BRH-CW-0091, November 2025."),
     ],
    notes="All pass; no mention of patient data, so data-protection n/a.",
    header="Brightholm Pharmaceuticals UK Ltd", footer="BRH-CW-0091")

D22 = doc(22, "spirometry-hubs-executive-summary", "pdf", "executive-summary",
    "Executive Summary - COPD Diagnostic Spirometry Hubs",
    [("title", "Executive Summary - COPD Diagnostic Spirometry Hubs"),
     ("sub", "NHS Severnleigh Integrated Care Board and Orvane Therapeutics Ltd. Prepared by %s." % PMO),
     ("h1", "1. Rationale"),
     ("p", "Confirmatory spirometry has not fully restarted in Severnleigh primary care, leaving "
           "many people with an unconfirmed COPD diagnosis and long waits for breathless patients."),
     ("h1", "2. Objectives"),
     ("p", "Three community hubs will provide quality-assured spirometry so that patients get an "
           "accurate diagnosis quickly, start rehabilitation sooner and avoid medicines they do not "
           "need. The ICB gains a commissionable model; Orvane gains understanding of diagnostic "
           "pathways."),
     ("h1", "3. Period"),
     ("p", "July 2025 to June 2026."),
     ("h1", "4. Financial arrangements and roles"),
     ("p", "Orvane will fund physiologist sessions and spirometers (GBP 93,500). The ICB will "
           "provide leadership, commitment and engagement from its long term conditions team."),
     ("h1", "5. Contacts"),
     ("p", "Hannah Birtwistle, Head of Long Term Conditions, NHS Severnleigh ICB; Dr Sunil "
           "Chaudhry, Medical Director UK, Orvane Therapeutics Ltd."),
     ("p", "Internal briefing for partner boards - not for publication."),
     ],
    notes="resource-contributions fail: ICB's contribution is only 'leadership, commitment and "
          "engagement' (no resource named), unlike the PID. transparency fail: marked internal, "
          "not for publication, no publication plan. No patient data mention: data-protection n/a.",
    header="Orvane Therapeutics Ltd", footer="ORV-CW-ES-015 | May 2025", ruled=False,
    resource_contributions="fail", transparency="fail")

D23 = doc(23, "psoriasis-biologics-review-es", "docx", "executive-summary",
    "Executive Summary - Psoriasis Service Review and Patient Pathway Project",
    [("title", "Executive Summary - Psoriasis Service Review and Patient Pathway Project"),
     ("sub", "Holmsworth Teaching Hospitals NHS Trust and Harrowgate Biosciences UK Ltd. "
             "Job code HGB-UK-0457. Date of preparation: June 2025."),
     ("h1", "Background"),
     ("p", "People with moderate to severe psoriasis at Holmsworth wait too long for review, and "
           "some stay on treatments that are not controlling their skin disease."),
     ("h1", "Objectives"),
     ("p", "A dedicated psoriasis nurse clinic will review patients on systemic therapy every six "
           "months, check response using PASI and DLQI, and escalate to consultants when "
           "treatment is not working. Patients will have better disease control and quality of "
           "life. Harrowgate's market-leading expertise in immunology, and its proven portfolio of "
           "advanced therapies, will help the Trust deliver gold-standard psoriasis care."),
     ("h1", "Timescale"),
     ("p", "September 2025 to August 2026."),
     ("h1", "Contributions"),
     ("table", [["Partner", "Contribution"],
                ["Holmsworth Teaching Hospitals NHS Trust", "Consultant dermatologist oversight, clinic "
                 "rooms, pharmacy homecare team time (est. GBP 29,000)"],
                ["Harrowgate Biosciences UK Ltd", "Band 6 nurse 0.8 WTE for 12 months and data "
                 "analysis support (GBP 47,000)"]], [0.35, 0.65]),
     ("h1", "Data"),
     ("p", "To evaluate the service, patient-level records including NHS number, age, treatment "
           "history and PASI scores will be transferred monthly to Harrowgate's contracted "
           "analytics partner, which will prepare the evaluation reports."),
     ("h1", "Publication"),
     ("p", "This summary is published on Harrowgate's UK website before the clinic opens. Results "
           "will be published by both parties within six months of completion."),
     ("h1", "Contacts"),
     ("p", "Dr Oliver Brandreth, Clinical Lead Dermatology (Trust); Caroline Yeo, Head of "
           "Healthcare Partnerships (Harrowgate)."),
     ],
    notes="promotional-language fail: 'market-leading', 'proven portfolio', 'gold-standard' linked "
          "to the company's therapies. data-protection fail: identifiable patient-level data (NHS "
          "number) sent to a company-engaged analytics partner.",
    header="Harrowgate Biosciences UK Ltd | Working with the NHS", footer="HGB-UK-0457",
    es_data=True, promotional_language="fail", data_protection="fail")

D24 = doc(24, "af-pharmacy-executive-summary", "pdf", "executive-summary",
    "Executive Summary: Atrial Fibrillation Detection in Community Pharmacy",
    [("title", "Executive Summary: Atrial Fibrillation Detection in Community Pharmacy"),
     ("sub", "NHS Castlebridge and Fenmoor Integrated Care Board and Brightholm Pharmaceuticals UK Ltd"),
     ("kv", [["Rationale", "Many people in Castlebridge and Fenmoor have atrial fibrillation that "
                           "has not been diagnosed."],
             ["Objectives", "Pulse and single-lead ECG checks in 24 pharmacies, with referral to "
                            "the GP. Expected to deliver better outcomes for the local population "
                            "and support the ICB's CVD prevention plan. Brightholm gains "
                            "experience of pharmacy-based models."],
             ["Period", "July 2025 to March 2026"],
             ["Financial arrangements", "ICB: GBP 36,000 in pharmacy service fees, CVD lead and "
                                        "analyst time. Brightholm: 48 ECG devices (GBP 21,600), "
                                        "training (GBP 8,400) and project management."],
             ["Project team", "Dr Rhian Pask, Clinical Lead CVD Prevention (ICB, chair); Amir Haddad, "
                              "Head of Medicines Optimisation (ICB); Carl Benning, Area Sales "
                              "Manager, Brightholm (pharmacy liaison and device roll-out)"],
             ["Publication", "This summary is published before the start. Outcomes will be "
                             "published within six months of the end of the project."]]),
     ("p", "Approval code BRH-CW-0077. Date of preparation: June 2025."),
     ],
    notes="sales-roles fail: an Area Sales Manager is in the project team with a delivery role. "
          "patient-benefit warn: only 'better outcomes for the local population' (vague). No patient "
          "data mention: data-protection n/a.",
    header="Brightholm Pharmaceuticals UK Ltd", footer="BRH-CW-0077",
    sales_roles="fail", patient_benefit="warn")

D25 = doc(25, "frailty-review-short-es", "docx", "executive-summary",
    "Eastvale frailty medicines review - summary",
    [("title", "Eastvale frailty medicines review - summary"),
     ("p", "Quick summary written by the Eastvale practices' lead pharmacist for the partners' "
           "websites and newsletters."),
     ("p", "What: clinical pharmacists visit housebound people with frailty at home to review "
           "their medicines, stopping or reducing those that raise the risk of falls or "
           "confusion. Patients and carers get a simpler, safer medicines list and fewer falls."),
     ("p", "Who: Ravensmere Primary Care Federation Ltd (on behalf of the Eastvale practices) "
           "provides pharmacist time (0.6 WTE for 9 months), GP oversight and searches (about "
           "GBP 31,500 in kind). Brightholm Pharmaceuticals UK Ltd funds a frailty technician "
           "and travel (GBP 28,750)."),
     ("p", "When: November 2025 to July 2026."),
     ("p", "Patient records: pharmacists work directly in the practice records and the project "
           "is GDPR compliant."),
     ("p", "Contacts: Priya Mallett, Lead Pharmacist, Eastvale; Dr Neil Fairhurst, Medical "
           "Director, Brightholm."),
     ],
    notes="data-protection warn: patient records mentioned, safeguard only a bare 'GDPR compliant'. "
          "transparency fail: no commitment to publish the summary before start or outcomes after.",
    author="Priya Mallett", header="", footer="Page 1",
    es_data=True, data_protection="warn", transparency="fail")

D26 = doc(26, "stroke-esd-executive-summary", "pdf", "executive-summary",
    "Executive Summary - Early Supported Discharge after Stroke (Rural Localities)",
    [("title", "Executive Summary - Early Supported Discharge after Stroke (Rural Localities)"),
     ("sub", "NHS Glenairlie and Tamberlin Life Sciences Ltd. Ref TLS-UK-CW-2025-19, August 2025."),
     ("h1", "Project rationale"),
     ("p", "Stroke survivors in Glenairlie's rural localities cannot currently get early "
           "supported discharge, so they stay in hospital longer than people living in the towns."),
     ("h1", "Objectives and expected benefits"),
     ("bullets", ["Stroke survivors: home sooner, intensive rehabilitation in familiar surroundings, "
                  "better recovery of independence",
                  "NHS Glenairlie: shorter length of stay and stroke unit beds released",
                  "Tamberlin: insight into rural service delivery"]),
     ("h1", "Period"),
     ("p", "1 October 2025 to 30 September 2026."),
     ("h1", "Financial arrangements and responsibilities"),
     ("table", [["Partner", "Contribution", "Responsibility"],
                ["NHS Glenairlie", "Consultant oversight, therapy leadership, vehicles, equipment, "
                 "analyst time (GBP 47,000 in kind)", "Delivers the service and evaluation"],
                ["Tamberlin Life Sciences Ltd", "GBP 71,300 for physiotherapist and occupational "
                 "therapist posts", "Funds posts; joins project board"]], [0.25, 0.45, 0.3]),
     ("h1", "Publication"),
     ("p", "Tamberlin publishes this summary before the first patient is enrolled. Both partners "
           "will make the results public within six months of completion."),
     ("h1", "Contacts"),
     ("p", "Dr Alasdair Munro, Consultant Stroke Physician, NHS Glenairlie; Graham Oduya, NHS "
           "Collaborations Lead, Tamberlin."),
     ],
    notes="All pass; no patient data discussed, data-protection n/a.",
    header="Tamberlin Life Sciences Ltd | Collaborative working", footer="TLS-UK-CW-2025-19",
    layout="two")
