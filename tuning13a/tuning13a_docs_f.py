"""tuning13a documents 36-40."""
from tuning13a_common import mk, OST, WVT, ALICB, NCH


def d36():
    b = [
        ("title", "Project Initiation Document"),
        ("sub", "Fracture Liaison Service enhancement - Wyvern Vale NHS Foundation Trust with Ostrander Specialty Pharmaceuticals UK Ltd"),
        ("kv", [("Project period", "1 November 2025 - 31 October 2027"),
                ("NHS lead", "Dr Caroline Devi, Consultant Rheumatologist, caroline.devi@wyvernvale.nhs.uk"),
                ("Ostrander lead", "Priya Mistry, NHS Partnerships Manager, priya.mistry@ostrander-pharma.co.uk"),
                ("Document control", "v1.1 - approved by the Trust Commercial and Partnerships Group 2 October 2025; Ostrander certification OST-UK-CW-0432")]),
        ("h", "Part A - Why"),
        ("p", "The Trust's FLS currently assesses 52% of people over 50 with a fragility fracture within 12 weeks against a national standard of 80%, partly because the service has one nurse and limited DXA slots, and the gap is widest for people discharged from the emergency department rather than admitted; adding a nurse and DXA capacity, with a simpler referral route from ED and minor injuries, should close most of that gap within two years."),
        ("h", "Part B - What success looks like"),
        ("tbl", [["Outcome", "Baseline", "Month 24", "Source"],
                 ["Fragility fracture patients assessed within 12 weeks", "52%", "80%", "FLS database / FLS-DB audit"],
                 ["Patients with a DXA within 12 weeks of fracture", "44%", "75%", "Radiology system"],
                 ["Falls referral made where indicated", "61%", "90%", "FLS database"],
                 ["Patients on agreed bone treatment plan at 16 weeks", "48%", "70%", "FLS-DB follow-up"]],
         {"widths": [3, 1, 1, 2]}),
        ("p", "For patients this means a proper bone health and falls check soon after a fracture, a plan that lowers the chance of breaking another bone, and fewer repeat fractures and admissions over time. The Trust meets national FLS standards; Ostrander learns about FLS service design."),
        ("h", "Part C - Inputs"),
        ("p", "Ostrander: GBP 96,000 over 24 months for a Band 6 FLS nurse employed by the Trust. Trust: two DXA sessions per week, 1 PA per week consultant oversight, 0.2 WTE FLS admin, office space and IT (approx. GBP 70,000)."),
        ("h", "Part D - Governance and contacts"),
        ("p", "The project board is chaired by the FLS consultant and includes the FLS lead nurse, the radiology services manager, Ostrander's NHS Partnerships Manager and a Medical Adviser; it meets bi-monthly and reports to the Trust's Musculoskeletal Care Group."),
        ("tbl", [["Function", "Contact"],
                 ["Clinical queries", "Dr Caroline Devi (Trust)"],
                 ["Project plan and reporting", "Priya Mistry (Ostrander)"],
                 ["Invoices and funding schedule", "Callum Forde, Key Account Manager, Ostrander - callum.forde@ostrander-pharma.co.uk"]],
         {"widths": [2, 4]}),
        ("h", "Part E - Information"),
        ("p", "Patient data stay in Trust systems; the Trust is the controller under UK GDPR and the DPA 2018 and a DPIA has been approved. Ostrander receives the quarterly audit figures above, anonymised and aggregated, and never sees patient-level data."),
        ("p", "Confidentiality: standard terms."),
        ("h", "Part F - Closing or ending early"),
        ("p", "Either organisation may stop the project on three months' notice. The FLS nurse post is fixed-term and the Trust will consider it for permanent funding at month 18; whatever the decision, patients already in the FLS continue their follow-up with the existing team and no one is discharged because the project ends."),
        ("h", "Part G - Making it public"),
        ("p", "Ostrander will publish the executive summary before November 2025 and both organisations will publish the results within six months of the end; Ostrander will record its funding on Disclosure UK."),
    ]
    return mk("tuning13a_36_fls-pid.docx", "pid", "docx",
              "FLS enhancement PID - v1.1", "Wyvern Vale NHSFT | OFFICIAL", b,
              defects={"sales-roles": ("warn", "A Key Account Manager is named only as the invoices/funding contact; not on the board or in delivery."),
                       "confidentiality": ("warn", "Only 'Confidentiality: standard terms.' - bare reference.")},
              keys=["Callum Forde, Key Account Manager", "Confidentiality: standard terms."])


def d37():
    b = [
        ("title", "Joint Working Agreement"),
        ("sub", "Community breathlessness diagnostic hub - North Calder"),
        ("h", "Recitals"),
        ("p", "(A) The North Calder Respiratory Clinical Network (\"the Network\") is an informal clinical network of respiratory clinicians from local hospitals, community services and general practice. The Network is not a legal body in its own right and has no separate legal personality; it is coordinated by volunteer clinicians. (B) Ostrander Specialty Pharmaceuticals UK Ltd (company no. 10447821) (\"Ostrander\") wishes to work jointly with the Network on a breathlessness diagnostic hub."),
        ("h", "1. Parties"),
        ("p", "1.1 This Agreement is made between the Network and Ostrander on 30 October 2025."),
        ("h", "2. The Project"),
        ("p", "2.1 A community hub at Calderford Health Centre will offer spirometry, FeNO, NT-proBNP, chest X-ray and a clinical review in one visit for adults with unexplained breathlessness referred by their GP, aiming to give a diagnosis within 6 weeks instead of the current 5 months and to start the right treatment or referral. 2.2 The Project runs from 1 January 2026 to 31 December 2026."),
        ("h", "3. Benefits"),
        ("p", "3.1 Patients get a diagnosis and plan much sooner and in one place, with fewer hospital appointments; the local NHS reduces duplicate tests; Ostrander learns about integrated diagnostic pathways."),
        ("h", "4. Contributions"),
        ("tbl", [["Party", "What", "Value"],
                 ["Ostrander", "Funding for a 0.6 WTE respiratory physiologist (employed by North Calder Hospitals NHS Trust) and 20 days of project management", "GBP 41,000"],
                 ["Network members (through their employers)", "Consultant sessions (1 per week), GP with special interest sessions (2 per month), use of Calderford Health Centre rooms and equipment, admin", "GBP 48,000 (in kind)"]],
         {"widths": [1.5, 4, 1]}),
        ("h", "5. Measuring success"),
        ("bl", ["Median referral-to-diagnosis: from 21 weeks to 6 weeks (hub log, monthly).",
                "Patients with a confirmed diagnosis after one hub visit: at least 70%.",
                "Hub patient satisfaction at least 90% good or very good (survey)."]),
        ("h", "6. Steering group"),
        ("p", "6.1 Network chair (consultant respiratory physician, chair), hub lead physiologist, GP representative, Ostrander Medical Affairs Manager. Ostrander staff with sales responsibilities will not be involved."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 The parties will keep confidential all patient information and each other's confidential information and use it only for the Project; this continues for five years after the Agreement ends."),
        ("h", "8. Data"),
        ("p", "8.1 The parties will comply with the Data Protection Act 1998 in relation to any personal data processed for the Project. Ostrander will receive summary figures only."),
        ("h", "9. Publication"),
        ("p", "9.1 Ostrander will publish an executive summary on its website before the hub opens; both parties will publish the outcomes within six months of the end; Ostrander will disclose on Disclosure UK."),
        ("h", "10. Termination and exit"),
        ("p", "10.1 Either party may end the Agreement on 60 days' notice. 10.2 Patients with a hub appointment booked will still be seen; patients awaiting results will have them reported to their GP. 10.3 The physiologist post reverts to the North Calder Hospitals NHS Trust establishment at the end of the Project, and the Trust will decide whether the hub continues."),
        ("sig", [("North Calder Respiratory Clinical Network", "Dr Isaac Brennan", "Network Chair"),
                 (OST, "Rupert Vance", "General Manager UK & Ireland")]),
    ]
    return mk("tuning13a_37_breathlessness-hub-agreement.docx", "agreement", "docx",
              "JWA - Breathlessness hub - North Calder", "Draft for signature | v0.9", b,
              defects={"legal-entities": ("fail", "Contracting party is the 'North Calder Respiratory Clinical Network', which the recitals say has no legal personality; no host organisation contracts for it."),
                       "data-protection": ("warn", "Only a reference to the outdated Data Protection Act 1998 (plus 'summary figures only'); no UK GDPR/DPA 2018, controller or DPIA.")},
              keys=["has no separate legal personality", "Data Protection Act 1998"])


def d38():
    b = [
        ("title", "Project Close Report and Outcomes Summary"),
        ("sub", "Severe asthma virtual multidisciplinary team - Ashbourne and Leyfield"),
        ("kv", [("Partners", f"{ALICB}; {OST}"),
                ("Ran", "February 2024 to January 2025"),
                ("Circulation", "Project board members. Any publication of these results outside the partner organisations requires prior approval from Ostrander's UK Medical Director.")]),
        ("h", "Background and aims"),
        ("p", "People with possible severe asthma in Ashbourne and Leyfield were waiting many months to be discussed by the regional severe asthma centre; the project set up a monthly virtual MDT between primary care respiratory leads and the centre's consultants to review cases, agree next steps and refer those who needed specialist assessment."),
        ("h", "Results"),
        ("p", "The virtual MDT met every month as planned and discussed a large number of cases. Clinicians felt that referrals to the severe asthma centre were more appropriate and that patients were seen more quickly. GP practices valued the advice. Patient feedback collected at the centre was positive."),
        ("h", "Benefits to patients"),
        ("p", "Patients with uncontrolled asthma got specialist advice without waiting for a clinic appointment, and those who needed the centre were referred with the right tests already done, so fewer wasted visits."),
        ("h", "Contributions"),
        ("p", "The ICB provided its respiratory clinical lead, MDT coordination and IT; Ostrander funded 0.3 WTE MDT coordinator time and project management. Both delivered as agreed."),
        ("h", "Lessons"),
        ("bl", ["Standard referral proforma improved the quality of case discussions.",
                "Primary care attendance dropped in summer - rotating meeting times helped.",
                "The ICB has continued the MDT within its respiratory programme from February 2025."]),
    ]
    return mk("tuning13a_38_severe-asthma-mdt-outcomes.pdf", "outcomes-summary", "pdf",
              "Close report - severe asthma virtual MDT", "ALICB / Ostrander | v1.0", b,
              defects={"transparency": ("fail", "No commitment to publish; circulation to board only and any publication requires Ostrander's prior approval."),
                       "measurable-outcomes": ("warn", "Results only qualitative ('a large number of cases', 'felt that referrals were more appropriate'); no figures, baselines or targets.")},
              keys=["requires prior approval from Ostrander", "discussed a large number of cases"])


def d39():
    b = [
        ("title", "PID - Day-case IV iron capacity, North Calder"),
        ("sub", f"Partners: {NCH} (Ambulatory Care) and {OST}"),
        ("kv", [("Version", "1.0, 10 November 2025"),
                ("Leads", "Angela Worsley, Ambulatory Care Matron, angela.worsley@northcalder.nhs.uk; Dr Sam Adeyemi, Medical Adviser, s.adeyemi@ostrander-pharma.co.uk"),
                ("Dates", "Project starts 1 January 2026 and ends 31 December 2026.")]),
        ("h", "Background"),
        ("p", "Referrals to the ambulatory care unit for intravenous iron infusions have doubled in three years, from gastroenterology, gynaecology and primary care, and the unit's chairs are full most mornings, so referrals are waiting up to nine weeks; the Trust wants to redesign booking, move suitable infusions to an afternoon nurse-led list and use a standard referral form, with the choice of iron preparation left to the referring clinician and the Trust formulary."),
        ("h", "Objectives"),
        ("tbl", [["Objective", "Baseline", "Target", "Measure"],
                 ["Referral-to-infusion wait", "9 weeks", "3 weeks", "Unit booking system, monthly"],
                 ["Afternoon chair utilisation", "35%", "80%", "Unit booking system"],
                 ["Referrals on the standard form", "0%", "90%", "Audit, quarterly"]]),
        ("h", "Expected benefits"),
        ("tbl", [["Patients", "N/A - see NHS benefits"],
                 ["NHS", "Better use of chair capacity and nurse time; fewer cancelled slots; a standard referral process"],
                 ["Ostrander", "Understanding of ambulatory care service design"]],
         {"header": False, "widths": [1, 4]}),
        ("h", "Resources"),
        ("p", "Ostrander: GBP 38,000 towards a Band 5 infusion nurse for the afternoon list (Trust-employed), a service-improvement consultant for 15 days. Trust: matron and unit manager time (0.1 WTE each), chairs and pharmacy, booking-system changes by IT (approx. GBP 29,000)."),
        ("h", "Team"),
        ("p", "Matron (chair), unit manager, pharmacy lead, Ostrander Medical Adviser and NHS Partnerships Manager. Ostrander field staff are not part of the project."),
        ("h", "Information and confidentiality"),
        ("p", "The Trust is controller of all patient data (UK GDPR, DPA 2018) and a DPIA screening concluded no identifiable data leave the Trust; Ostrander sees only monthly anonymised totals. Patient information and the partners' business information are confidential and used only for this project, during and after it."),
        ("h", "Publication"),
        ("p", "Ostrander will publish an executive summary before 1 January 2026; the partners will publish outcomes within six months of completion; Ostrander will disclose its funding on Disclosure UK."),
    ]
    return mk("tuning13a_39_iv-iron-capacity-pid.pdf", "pid", "pdf",
              "NCH ambulatory care - IV iron capacity PID", "OFFICIAL | v1.0", b,
              defects={"patient-benefit": ("fail", "Patient benefit row reads 'N/A - see NHS benefits', and the NHS row states only operational benefits; shorter waits appear as a target, never as a benefit to patients."),
                       "exit-strategy": ("fail", "Only start and end dates; nothing on the funded nurse post, patients on the afternoon list, notice or early termination.")},
              keys=["N/A - see NHS benefits", "ends 31 December 2026"],
              pass_note="Possible reviewer disagreement: a reviewer might read the wait target (9 to 3 weeks) as an implied patient benefit; labelled fail because the document explicitly says N/A for patients.")


def d40():
    b = [
        ("title", "Concept Framework"),
        ("sub", "Renal anaemia nurse clinic - early proposal"),
        ("kv", [("Organisations that would sign", f"{NCH}; {OST}"),
                ("Prepared", "April 2025 by the renal service manager, with Ostrander's NHS Partnerships Manager")]),
        ("h", "Purpose"),
        ("bl", ["Anaemia in non-dialysis CKD is often found late at the Trust.",
                "Around 300 units of red cells a year go to this group, some of which could be avoided.",
                "The renal team has no protected time to run an anaemia clinic."]),
        ("h", "Intended benefits"),
        ("p", "If the clinic goes ahead, people with CKD would be checked for anaemia at every clinic visit and treated sooner under the Trust protocol, which should mean fewer transfusions, fewer day-unit trips and more energy day to day. The Trust would release day-unit capacity; Ostrander would learn about renal service design."),
        ("h", "What each partner would contribute"),
        ("tbl", [["", "Money", "People / other"],
                 ["Trust", "-", "Consultant 1 PA/week, clinic room, pathology, BI (approx. GBP 52,000 over 18 months)"],
                 ["Ostrander", "Nurse post approx. GBP 84,600", "Analysis support, project management (30 days)"]],
         {"widths": [1, 2, 3]}),
        ("h", "Timing"),
        ("p", "Q4 2025 start; 18 months."),
        ("h", "Checks and decision"),
        ("p", "Preliminary check against the joint working criteria done with the Trust's Joint Working Panel: not research; treatment choice stays with consultants under NICE guidance; only Ostrander's medical and partnerships staff involved. Decision: proceed to PID (Joint Working Panel, 12 May 2025)."),
    ]
    return mk("tuning13a_40_renal-anaemia-concept.pdf", "concept-framework", "pdf",
              "Concept framework - renal anaemia", "NCH / Ostrander", b,
              keys=["fewer transfusions, fewer day-unit trips", "Decision: proceed to PID"])


DOCS = [d36, d37, d38, d39, d40]
