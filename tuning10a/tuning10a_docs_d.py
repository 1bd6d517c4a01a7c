"""tuning10a documents 15-19."""
from tuning10a_common import doc


def d15():
    b = [
        ("title", "JOINT WORKING AGREEMENT"),
        ("subtitle", "Psoriasis Virtual Review Pathway"),
        ("p", "This agreement is made on 14 October 2025 between Blackmere Teaching Hospitals NHS Trust, "
              "Infirmary Road, Blackmere BK2 5TT (the 'Trust') and Ostrander Immunology UK Ltd, company "
              "number 07765421, registered office 18 Kingsgate, Cambridge CB2 1QA (the 'Company')."),
        ("h1", "Recitals"),
        ("p", "(A) Patients with moderate to severe psoriasis in Blackmere currently wait up to 30 weeks for "
              "a dermatology follow-up and many are reviewed face to face when a photograph-based review "
              "would do. (B) The parties wish to work together on the project described below."),
        ("h1", "1. The Project"),
        ("p", "1.1 The Trust will introduce a virtual review pathway in which stable patients submit "
              "photographs and a symptom questionnaire through the Trust's portal, reviewed by a "
              "dermatology specialist nurse."),
        ("h1", "2. Anticipated benefits"),
        ("p", "2.1 For the Trust: release of around 900 face-to-face follow-up slots a year, reduced "
              "locum spend and a pathway that supports the elective recovery plan."),
        ("p", "2.2 For NHS Blackmere and Lune ICB: a scalable model for other dermatology providers."),
        ("p", "2.3 For the Company: a better understanding of virtual dermatology models."),
        ("h1", "3. Term"),
        ("p", "3.1 Twelve months from 1 December 2025."),
        ("h1", "4. Contributions"),
        ("table", [["", "Trust", "Company"],
                   ["Staff", "Specialist nurse 0.5 WTE; consultant oversight 1 PA/week",
                    "Project manager 1 day/week (medical affairs)"],
                   ["Money", "–", "£29,000 towards portal configuration and nurse backfill"],
                   ["Other", "Portal hosting, clinic space, BI reporting", "Evaluation framework"],
                   ["Estimated value", "£38,000", "£41,000"]]),
        ("h1", "5. Evaluation"),
        ("p", "5.1 The Joint Steering Group will judge the success of the Project against its aims and will "
              "consider patient and staff feedback. An evaluation report will be prepared at the end."),
        ("h1", "6. Steering group"),
        ("p", "6.1 Consultant Dermatologist (chair), Dermatology Service Manager, Company Medical Affairs "
              "Manager. No Company sales personnel take part."),
        ("h1", "7. Data protection"),
        ("p", "7.1 The Trust is the data controller for all patient information. Processing is carried out "
              "under UK GDPR and the Data Protection Act 2018, and the portal has a completed DPIA. The "
              "Company has no access to patient-identifiable information and receives aggregate reports only."),
        ("h1", "8. Confidentiality"),
        ("p", "8.1 Each party keeps the other's confidential information secret, except where disclosure "
              "is required by law including the Freedom of Information Act 2000."),
        ("h1", "9. Publication"),
        ("p", "9.1 The Company will publish an executive summary before the Project starts; the parties will "
              "publish outcomes within six months of completion. Transfers of value will be disclosed on "
              "Disclosure UK."),
        ("h1", "10. Termination"),
        ("p", "10.1 Either party may end this agreement on 60 days' written notice. On termination or expiry "
              "all patients on the virtual pathway return to the standard follow-up schedule; the Trust "
              "decides whether to continue the pathway from its own resources."),
        ("h1", "11. General"),
        ("p", "11.1 Nothing in this agreement obliges the Trust to prescribe any Company medicine. Disputes go "
              "first to the Trust's Medical Director and the Company's UK General Manager."),
        ("sig", [("Signed for Blackmere Teaching Hospitals NHS Trust", "Graham Ellery", "Director of Finance"),
                 ("Signed for Ostrander Immunology UK Ltd", "Dr Amara Nwosu", "Medical Director UK")]),
    ]
    opts = {"header": "Blackmere THT / Ostrander – JWA", "footer": "Final signed version",
            "docx_font": "Cambria"}
    return doc(15, "agr_psoriasis_virtual", "agreement", "docx", b, opts,
               overrides={"patient-benefit": "fail", "measurable-outcomes": "warn"},
               notes="patient-benefit fail: the benefits clause lists only Trust (slots, locum spend), ICB and "
                     "company gains; patients appear only in the recital describing the current wait, with no "
                     "stated benefit to them. measurable-outcomes warn: success 'judged against its aims', feedback "
                     "- qualitative only, no measure, baseline or target.")


def d16():
    b = [
        ("title", "Project Initiation Document: Osteoporosis Fracture Liaison Catch-Up"),
        ("subtitle", "Greenholme University Hospitals NHS Foundation Trust and Pellucid Pharma UK Ltd"),
        ("table", [["Version", "Date", "Change", "Author"],
                   ["0.4", "02/05/2025", "First draft", "A. Mercer"],
                   ["0.8", "30/05/2025", "Comments from Pellucid medical team", "A. Mercer"],
                   ["1.0", "12/06/2025", "Approved by project board", "A. Mercer"]]),
        ("h1", "Purpose"),
        ("p", "About 1,600 people aged over 50 who had a fragility fracture in the last two years have not "
              "been assessed by the Trust's fracture liaison service. This project will clear that backlog: "
              "each person will be offered a bone health assessment, a DXA scan where indicated and a "
              "treatment and falls-prevention plan, reducing their chance of a further fracture."),
        ("h1", "Outcomes we will measure"),
        ("table", [["Measure", "Now", "Target (Mar 2026)"],
                   ["Patients assessed within 16 weeks of fracture", "29%", "80%"],
                   ["Backlog of unassessed patients", "1,600", "under 200"],
                   ["Patients starting a falls-prevention programme", "11%", "35%"]]),
        ("h1", "Partner organisations"),
        ("p", "Greenholme University Hospitals NHS Foundation Trust, Greenholme Road, GH1 3AP; Pellucid Pharma "
              "UK Ltd (company no. 03329981), Pellucid House, Slough SL1 4XB."),
        ("h1", "Resources"),
        ("p", "Pellucid funds a 1.0 WTE Band 6 fracture liaison nurse for 10 months (£41,000) and DXA "
              "session costs (£12,500). The Trust provides consultant and radiographer time, clinic space, "
              "administrative support and IT, estimated at £36,000."),
        ("h1", "Project board"),
        ("table", [["Name", "Organisation", "Role on board"],
                   ["Dr Aled Mercer", "Greenholme UH NHS FT", "Consultant Rheumatologist (chair)"],
                   ["Sophie Lanyon", "Greenholme UH NHS FT", "FLS Nurse Lead"],
                   ["Dr Priti Shah", "Pellucid Pharma UK Ltd", "Medical Affairs Lead"],
                   ["Jon Brereton", "Pellucid Pharma UK Ltd", "Strategic Account Manager – delivery "
                                                               "coordination and reporting"]]),
        ("h1", "Data"),
        ("p", "All processing will be GDPR compliant."),
        ("h1", "Confidentiality"),
        ("p", "Neither partner will disclose the other's confidential project or commercial information, or "
              "any patient information, outside the project, subject to FOIA."),
        ("h1", "Exit"),
        ("p", "The funded nurse is a Trust employee on a fixed-term contract ending March 2026. Patients "
              "assessed by then are discharged to their GP with a bone health plan; any still waiting join the "
              "Trust's routine FLS list. Either partner may end the project on 60 days' notice."),
        ("h1", "Publication"),
        ("p", "Executive summary on Pellucid's website before start; joint outcomes report within six months "
              "of completion; Disclosure UK."),
        ("h1", "Dates"),
        ("p", "July 2025 to March 2026."),
    ]
    opts = {"header": "Greenholme UH NHS FT – FLS Catch-Up – PID v1.0", "footer": "OFFICIAL"}
    return doc(16, "pid_fls_catchup", "pid", "docx", b, opts,
               overrides={"sales-roles": "fail", "data-protection": "warn"},
               notes="sales-roles fail: a Pellucid Strategic Account Manager (sales-side role) sits on the project "
                     "board with delivery coordination and reporting duties. data-protection warn: only a bare "
                     "'GDPR compliant' statement; no controller, DPIA or limits on company access.")


def d17():
    b = [
        ("title", "Collaborative Working Executive Summary"),
        ("subtitle", "Medelin UK Ltd and Hallowfield Primary Care Network (via Hallowfield Health "
                     "Partnership Ltd) – Frailty medicines review"),
        ("h1", "Project rationale"),
        ("p", "Older people living with frailty in Hallowfield take on average 11 regular medicines. Falls "
              "and medicine-related admissions are higher than the ICB average."),
        ("h1", "Objectives"),
        ("p", "Offer a structured medication review with a clinical pharmacist to 600 people with moderate or "
              "severe frailty, so that they take fewer unnecessary medicines, have fewer falls and understand "
              "their treatment. The PCN expects reduced medicine-related admissions; Medelin expects insight "
              "into frailty services."),
        ("h1", "Project period"),
        ("p", "Q4 2025 to Q3 2026."),
        ("h1", "Financial arrangements"),
        ("p", "Medelin UK Ltd contributes £34,000 for pharmacist sessions and an evaluation; Hallowfield "
              "Health Partnership Ltd provides GP supervision, administrative support and practice rooms "
              "worth about £27,000."),
        ("h1", "Data"),
        ("p", "Reviews take place in practice systems. Only aggregated figures compiled by the PCN are shared "
              "with Medelin; it has no access to patient records."),
        ("h1", "Roles and responsibilities"),
        ("p", "The PCN leads clinical delivery. Medelin's medical team supports evaluation design."),
        ("h1", "Distribution"),
        ("p", "This summary is provided to the project partners and is available on request. Medelin UK may "
              "also publish a summary of results if it considers this appropriate."),
        ("h1", "Contacts"),
        ("p", "Dr Kiran Bassi, Clinical Director, Hallowfield PCN (k.bassi@nhs.net); Yvonne Larch, Medical "
              "Partnerships Lead, Medelin UK Ltd (yvonne.larch@medelin.example)."),
        ("p", "Medelin job code MED-UK-0712 | Date of preparation: September 2025"),
    ]
    opts = {"header": "Medelin UK Ltd", "footer": "MED-UK-0712", "table_style": "Light List Accent 2"}
    return doc(17, "es_frailty_review", "executive-summary", "docx", b, opts, es_data=True,
               overrides={"transparency": "fail"},
               notes="transparency fail: the 'Distribution' section only offers the summary 'on request' and "
                     "results 'if Medelin considers this appropriate' - no commitment to publish before start or "
                     "after completion. Mentions patient records, so data-protection applies and passes "
                     "(aggregated only, no company access).")


def d18():
    b = [
        ("title", "Project Initiation Document"),
        ("subtitle", "Severe mental illness: physical health checks in the community – Wrenfield"),
        ("kv", [("Partners", "NHS Wrenfield and Coldbrook Integrated Care Board; Wrenfield Mind and Body "
                             "Care NHS Foundation Trust; University of Wrenfield; Norcastle Pharma Ltd"),
                ("Dates", "1 November 2025 – 31 October 2027"),
                ("Norcastle approval", "NP-UK-CW-2025-044 (September 2025)")]),
        ("h1", "1. The problem"),
        ("p", "People with severe mental illness die 15 to 20 years earlier than the general population, mostly "
              "from preventable physical illness. In Wrenfield only 46% had all six annual physical health "
              "checks in 2024/25."),
        ("h1", "2. What will be different for people"),
        ("p", "Someone on the SMI register should be able to get all their checks in one visit, in a place "
              "they already go to, with the results acted on that day where possible - instead of being "
              "sent to three different appointments, most of which are missed."),
        ("h1", "3. Benefits for the organisations"),
        ("p", "ICB: progress on a national priority at lower cost per completed check. Trust: joined-up "
              "physical and mental health care. University: a published evaluation. Norcastle: knowledge "
              "of integrated physical health models in mental health."),
        ("h1", "4. Contributions"),
        ("table", [["Partner", "Contribution over 24 months", "Value"],
                   ["Norcastle Pharma Ltd", "Meets the cost of two health check workers (Band 4, 1.0 WTE each) "
                    "employed by the Trust; point-of-care testing consumables", "£118,000"],
                   ["Wrenfield Mind and Body Care NHS FT", "Line management, clinical supervision, venues "
                    "in four community team bases, nurse prescriber sessions", "£74,000"],
                   ["NHS Wrenfield and Coldbrook ICB", "Programme lead 0.2 WTE; data platform access for "
                    "aggregate reporting", "£22,000"],
                   ["University of Wrenfield", "Evaluation lead 0.2 WTE and a PhD student placement",
                    "£31,000"]]),
        ("h1", "5. Measures"),
        ("bullets", ["All six checks completed in the year: from 46% to 75% by October 2027 (ICB data platform).",
                     "Follow-up interventions offered after an abnormal result within 28 days: baseline to be "
                     "taken in the first quarter from Trust records, target 80%.",
                     "Patient experience: at least 8 in 10 people rating the visit good or very good."]),
        ("h1", "6. Organisation"),
        ("p", "Steering group chaired by the ICB Associate Director of Mental Health, with the Trust's "
              "Physical Health Lead, the University evaluation lead and Norcastle's Head of Medical Affairs. "
              "No Norcastle field-based or sales colleague has any part in the project."),
        ("h1", "7. Information governance and confidentiality"),
        ("p", "The Trust is controller for the check records; the ICB is controller for its platform. Lawful "
              "basis: UK GDPR Article 6(1)(e) and 9(2)(h). A DPIA was approved by both Caldicott Guardians. "
              "The University analyses pseudonymised data inside the ICB's secure environment under a data "
              "access agreement; Norcastle sees only published aggregate results. Project papers and each "
              "partner's commercial information stay confidential within the steering group, subject to "
              "FOI law."),
        ("h1", "8. If the project ends"),
        ("p", "The ICB will decide at month 18 whether to commission the service recurrently. If it does not, "
              "the two posts end at month 24 and checks revert to existing GP and community team routes, "
              "with every patient's outstanding actions passed to their care coordinator. Any partner may "
              "leave on three months' notice; the Trust then runs the same handover."),
        ("h1", "9. Making it public"),
        ("p", "Executive summary published by Norcastle and the ICB before November 2025; outcomes within six "
              "months of the end; Norcastle payments disclosed on Disclosure UK."),
    ]
    opts = {"header": "OFFICIAL | SMI physical health PID", "footer": "Wrenfield ICB / WMBC FT / UoW / Norcastle",
            "ruled": False, "pdf_accent": "#2E5E2E"}
    return doc(18, "pid_smi_health_checks", "pid", "pdf", b, opts,
               notes="Fully compliant four-party PID. Patient benefit expressed as a scenario ('all checks in one "
                     "visit... instead of three appointments'). One measure has its baseline deliberately taken "
                     "in Q1, but the others have baseline, target, date and source, so measurable passes.")
