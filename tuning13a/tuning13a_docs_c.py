"""tuning13a documents 17-24."""
from tuning13a_common import mk, OST, KES, WVT, NCH, RCH, BHP, HOL


def d17():
    b = [
        ("title", "COLLABORATIVE WORKING AGREEMENT"),
        ("sub", f"Ambulatory ECG patch pathway - {NCH} and {KES}"),
        ("p", f"This Agreement is dated 28 July 2025. PARTIES: (1) {NCH}, Calder Infirmary, Station Road, Calderford CF1 4RT (\"the Trust\"); (2) {KES}, company number 12873350, registered office Unit 4, Fennick Science Park, Eastmoor EM5 1XB (\"Kestrelgen\")."),
        ("cols", [
            ("h", "1. Project and term"),
            ("p", "1.1 The parties will jointly run a pathway in which patients referred with suspected paroxysmal arrhythmia have a 14-day ECG patch fitted at their first cardiology appointment. 1.2 The Agreement runs from 1 September 2025 to 31 December 2026."),
            ("h", "2. Why and for whom"),
            ("p", "2.1 Patients should get a rhythm diagnosis in one visit rather than two and within weeks rather than months, and those with atrial fibrillation can be offered stroke prevention earlier. 2.2 The Trust should reduce its Holter backlog; Kestrelgen learns how patch monitoring fits NHS workflows."),
            ("h", "3. Contributions"),
            ("p", "3.1 Kestrelgen: 600 patches, reading-software licence and training (GBP 72,000), and a project manager 1 day/week (GBP 18,000). 3.2 Trust: 0.4 WTE cardiac physiologist, consultant reporting sessions, clinic slots, IG and IT support (GBP 41,000 in kind)."),
            ("h", "4. Success measures"),
            ("p", "4.1 Median referral-to-diagnosis time: from 14 weeks to 4 weeks. 4.2 Diagnostic yield for AF in the referred group: from 6% (Holter, 2024) to at least 12%. 4.3 Patients needing a repeat test: under 10%. Data from the Trust's physiology system, reported quarterly to the steering group."),
            ("h", "5. Steering group"),
            ("p", "5.1 Chaired by the Trust's consultant lead, with the physiology manager, Kestrelgen's Head of NHS Collaborations and its clinical scientist. Kestrelgen's commercial and sales staff are not members and do not attend clinics."),
            ("h", "6. Confidentiality"),
            ("p", "6.1 Each party shall hold the other's confidential information, including patient information and pricing or technical information, in confidence and use it only for the Project, during the term and for five years after; the Trust may disclose where FOIA requires."),
            ("h", "7. Data protection"),
            ("p", "7.1 The Trust is controller of all patient data; recordings are stored on Trust servers; processing complies with UK GDPR and the DPA 2018; a DPIA is in place. 7.2 Kestrelgen receives device performance logs stripped of identifiers and quarterly aggregate figures, nothing else."),
            ("h", "8. Publication and disclosure"),
            ("p", "8.1 Kestrelgen shall publish a summary of this Agreement on its website before the first patient is fitted. 8.2 The parties shall publish the outcomes within six months of completion. 8.3 Kestrelgen shall disclose its contribution via Disclosure UK."),
            ("h", "9. Ending the Agreement"),
            ("p", "9.1 Either party may end the Agreement on 60 days' notice. 9.2 Patients wearing a patch at the end date or on notice will have their recording read and reported by the Trust; after that, new referrals return to the Holter pathway unless the Trust has commissioned patch monitoring. 9.3 Unused patches are returned to Kestrelgen at its cost. 9.4 The Trust physiologist time is existing staff; no post depends on the project."),
            ("h", "10. Other terms"),
            ("p", "10.1 Bribery Act 2010. 10.2 Disputes to the Trust's Medical Director and Kestrelgen's Chief Executive. 10.3 Amendments in writing. 10.4 The project may be paused or stopped if a breach of the ABPI Code is found."),
        ]),
        ("h", "Signed for and on behalf of the parties"),
        ("sig", [(NCH, "Dr Oluwaseun Bakare", "Medical Director"),
                 (KES, "Dr Marianne Holt", "Chief Executive")]),
    ]
    return mk("tuning13a_17_af-patch-agreement.pdf", "agreement", "pdf",
              "NCH / Kestrelgen - CWA - executed", "Agreement ref NCH-KG-2025-01", b,
              keys=["have their recording read and reported by the Trust", "commercial and sales staff are not members"])


def d18():
    b = [
        ("title", "Summary of a Collaborative Working Project"),
        ("sub", "Fracture liaison service enhancement - Wyvern Vale NHS Foundation Trust and Ostrander Specialty Pharmaceuticals UK Ltd"),
        ("kv", [("Reference", "OST-UK-CW-0433 | September 2025"),
                ("Period", "November 2025 to October 2027")]),
        ("h", "Background"),
        ("p", "People over 50 who break a bone after a minor fall are at high risk of another fracture, but the Trust's fracture liaison service (FLS) only manages to assess around half of them within 12 weeks, mainly because of limited nurse and DXA capacity."),
        ("h", "What the project will do"),
        ("p", "Add an FLS nurse and extra DXA sessions so that more people are identified after a fragility fracture, have a bone health assessment, falls referral and treatment plan agreed with their GP, in line with NICE and Royal Osteoporosis Society standards."),
        ("h", "Benefits"),
        ("p", "Patients: more people assessed promptly and given a plan that lowers their chance of a further fracture, and a falls referral where needed. Trust: FLS meets national standards. Ostrander: learning about bone-health service design."),
        ("h", "Resources"),
        ("p", "Ostrander funds a Band 6 FLS nurse for two years (GBP 96,000). The Trust provides 2 DXA sessions a week, consultant rheumatologist oversight, admin support and office space (about GBP 70,000 in kind)."),
        ("h", "Roles and contacts"),
        ("tbl", [["", "Wyvern Vale NHS FT", "Ostrander"],
                 ["Lead", "Dr Caroline Devi, Consultant Rheumatologist, caroline.devi@wyvernvale.nhs.uk", "Jonah Kettering, Territory Manager - Bone Health, j.kettering@ostrander-pharma.co.uk"],
                 ["Responsibilities", "Clinical delivery, nurse line management, reporting to the Trust bone health network", "Day-to-day project coordination with the FLS team, organising nurse training, attending monthly project meetings"]],
         {"widths": [1.2, 2.5, 2.5]}),
        ("h", "Sharing what we learn"),
        ("p", "A short report on the first six months will be circulated to the steering group and the Trust's bone health network. Any wider publication of results will be subject to agreement by Ostrander's UK leadership team."),
    ]
    return mk("tuning13a_18_fls-exec-summary.docx", "executive-summary", "docx",
              "Ostrander - collaborative working summary", "OST-UK-CW-0433", b,
              defects={"transparency": ("fail", "No commitment to publish this summary before start or outcomes after completion; only an internal interim report, and wider publication 'subject to agreement by Ostrander's UK leadership team'."),
                       "sales-roles": ("fail", "Ostrander's accountable lead is a 'Territory Manager - Bone Health' doing day-to-day project coordination and training.")},
              keys=["Territory Manager - Bone Health", "subject to agreement by Ostrander"],
              pass_note="ES does not mention patient data/records/data sharing - data-protection n/a.")


def d19():
    b = [
        ("title", "Project Initiation Document: Remote Wound Healing Monitoring"),
        ("sub", f"{RCH} (community nursing) with {KES}"),
        ("kv", [("Version / date", "v0.9, 4 August 2025"),
                ("Duration", "October 2025 - September 2026"),
                ("Leads", "Sheila Grantham, Head of Community Nursing (RCH); Dr Owen Pryce, Clinical Programmes Director (Kestrelgen)")]),
        ("h", "Purpose"),
        ("p", "District nurses in Ravensholt visit many patients with leg ulcers and surgical wounds two or three times a week just to check progress, and healing is often not measured consistently; the project will give patients or carers a phone app (WoundSight) to photograph the wound between visits, with Kestrelgen's image analysis measuring wound area so nurses can see which wounds are not healing and visit those patients sooner, freeing visits for others."),
        ("h", "Benefits"),
        ("bl", ["Patients: non-healing wounds spotted earlier and escalated to tissue viability; fewer unnecessary visits for those healing well.",
                "RCH: district nursing time released (target 15%); consistent wound measurement.",
                "Kestrelgen: understanding of app use in NHS community nursing."]),
        ("h", "Measures"),
        ("tbl", [["Measure", "Baseline", "Target at 12 months"],
                 ["Median weeks to healing, venous leg ulcers", "21", "16"],
                 ["Wounds with area measured at least fortnightly", "35%", "90%"],
                 ["District nurse visits per wound per week", "2.6", "2.1"]]),
        ("h", "How the app works and data"),
        ("p", "Patients register in the WoundSight app with their name, date of birth and NHS number, and photos are uploaded to Kestrelgen's cloud platform, where Kestrelgen's clinical image analysts review flagged images and send alerts to the nurse team. RCH will complete a DPIA before go-live."),
        ("h", "Resources"),
        ("p", "Kestrelgen: WoundSight licences for up to 300 patients, image-analysis service, training and a project manager (approx. GBP 88,000). RCH: in kind."),
        ("h", "Confidentiality"),
        ("p", "Both parties will keep patient information and each other's business information confidential and use it only for this project, continuing after the project ends."),
        ("h", "Governance"),
        ("p", "Monthly project board: Head of Community Nursing (chair), tissue viability lead, RCH IG manager, Kestrelgen Clinical Programmes Director and project manager. No commercial or sales staff from Kestrelgen will be part of the project."),
        ("h", "Exit and continuity"),
        ("p", "Either party may end the project on two months' notice. Patients using the app at the end will be told in writing and return to standard visit schedules; image data will be exported to the RCH record and deleted from the platform within 30 days. RCH will decide at month 10 whether to procure a service."),
        ("h", "Publication"),
        ("p", "Kestrelgen will publish the executive summary before go-live and the joint outcomes within six months of completion, and declare the value of its contribution on Disclosure UK."),
    ]
    return mk("tuning13a_19_wound-app-pid.pdf", "pid", "pdf",
              "PID - WoundSight remote monitoring - v0.9", "RCH / Kestrelgen", b,
              defects={"resource-contributions": ("fail", "RCH's contribution is just 'in kind' with nothing said of what."),
                       "data-protection": ("fail", "Patients register name, DOB and NHS number in the company-hosted app and company image analysts review images; identifiable data go to the company. A future DPIA does not cure this.")},
              keys=["RCH: in kind.", "name, date of birth and NHS number"])


def d20():
    b = [
        ("title", "Change Request to Project Initiation Document"),
        ("kv", [("Project", "Point-of-care sepsis biomarker testing in the Emergency Department, Wyvern Vale"),
                ("Change request", "CR-03"),
                ("Requested by", "Dr Ben Ashford, ED Consultant (Wyvern Vale NHS Foundation Trust) and Lucy Marr, Project Manager (Kestrelgen Biosystems Ltd)"),
                ("Date submitted", "3 March 2026")]),
        ("h", "Description of change"),
        ("p", "Test cartridge usage has been higher than planned because the ED extended testing to the acute medical unit in January (agreed at the steering group), and resupply has been running late, so Kestrelgen proposes that its Strategic Account Manager for the Wyvern region, Adam Cheswick, joins the steering group from April to take charge of cartridge resupply planning and present monthly cartridge usage by clinical area."),
        ("h", "Impact"),
        ("tbl", [["Timeline", "No change to end date (30 September 2026)"],
                 ["Logistics", "Monthly usage report added to steering group agenda; resupply orders agreed at the meeting"],
                 ["Finance", "Kestrelgen supplies an extra 800 cartridges at no cost to the Trust (approx. GBP 9,600)"]],
         {"header": False, "widths": [1, 4]}),
        ("h", "Approvals"),
        ("sig", [(WVT, "Dr Ben Ashford", "ED Consultant, steering group chair"),
                 (KES, "Lucy Marr", "Project Manager")]),
    ]
    return mk("tuning13a_20_sepsis-change-request.docx", "amendment", "docx",
              "CR-03 - ED sepsis biomarker", "Wyvern Vale / Kestrelgen - change control", b,
              defects={"sales-roles": ("fail", "The change adds a Strategic Account Manager to the steering group to run resupply and report usage/uptake - a sales role in governance and delivery. Promotional-language passes: the cartridge-usage reporting is about supply, with no product claims.")},
              keys=["Strategic Account Manager for the Wyvern region"])


def d21():
    b = [
        ("title", "Joint Working Agreement - WoundSight pilot, Fellside"),
        ("p", f"This agreement is between Dr Amrit Sandhu, GP, of Fellside Surgery, 12 Beck Street, Fellside RV8 2LP, and {KES} (company no. 12873350)."),
        ("h", "1. Background"),
        ("p", "Fellside Surgery's practice nurses treat around 60 patients with chronic wounds at any time; the pilot will test whether patient photographs through the WoundSight app, analysed by Kestrelgen, help nurses prioritise appointments and spot wounds that are not healing."),
        ("h", "2. Benefits"),
        ("p", "Patients should have fewer surgery trips for wounds that are healing, and earlier referral to tissue viability when they are not; the practice gains nurse time; Kestrelgen gains evidence on app use in general practice."),
        ("h", "3. Contributions"),
        ("p", "Kestrelgen: app licences for 80 patients, analysis service, tablet for the nurse room and training (approx. GBP 26,000). Dr Sandhu / Fellside Surgery: practice nurse time to enrol patients (about 2 hours a week for 9 months), a treatment room for training sessions and the practice's wound formulary and protocols."),
        ("h", "4. Outcomes"),
        ("p", "Targets: 75% of enrolled wounds measured weekly (baseline about 20%); nurse appointments for healing wounds down 30%; median time to tissue viability referral for non-healing wounds under 4 weeks (baseline 9). Measured from practice records and the app dashboard at months 3, 6 and 9."),
        ("h", "5. Data"),
        ("p", "Kestrelgen will act as data controller for the wound images and the patient details entered into the app (name, NHS number, date of birth), which it needs to run the analysis service and to improve its algorithms; the practice will remain controller of the GP record."),
        ("h", "6. Confidentiality"),
        ("p", "The parties will agree confidentiality arrangements in due course, once the pilot is under way."),
        ("h", "7. Ending"),
        ("p", "Either side may end the pilot on one month's notice. Patients will be told, app access will close, and they go back to usual nurse appointments; the tablet is returned."),
        ("h", "8. Transparency"),
        ("p", "Kestrelgen will publish an executive summary on its website before the pilot begins and a summary of outcomes within six months of the end; the value of its support will be disclosed on Disclosure UK."),
        ("h", "9. People"),
        ("p", "Practice lead: Dr Sandhu. Kestrelgen lead: Dr Owen Pryce, Clinical Programmes Director. Kestrelgen's sales team has no involvement."),
        ("sig", [("Fellside Surgery", "Dr Amrit Sandhu", "GP"),
                 (KES, "Dr Owen Pryce", "Clinical Programmes Director")]),
    ]
    return mk("tuning13a_21_wound-fellside-agreement.docx", "agreement", "docx",
              "JWA - WoundSight Fellside - v1", "Kestrelgen Biosystems Ltd", b,
              defects={"legal-entities": ("fail", "The practice-side party is an individual, 'Dr Amrit Sandhu, GP, of Fellside Surgery'; not the practice partnership or a legal body."),
                       "data-protection": ("fail", "Kestrelgen is data controller for images and patient identifiers (name, NHS number, DOB) and uses them to improve its algorithms."),
                       "confidentiality": ("fail", "Confidentiality to be agreed 'in due course' - placeholder.")},
              keys=["This agreement is between Dr Amrit Sandhu", "agree confidentiality arrangements in due course"])


def d22():
    b = [
        ("title", "Executive summary: Bramwell asthma review project"),
        ("sub", f"A joint working project between {BHP} and {OST}"),
        ("kv", [("Code / prepared", "OST-UK-CW-0399 | June 2025"),
                ("When", "September 2025 to August 2026"),
                ("Who to contact", "Nasreen Akhtar, Lead Pharmacist, Bramwell Health Partnership, n.akhtar@bramwellhealth.nhs.uk | Gareth Yelland, Project Manager, Ostrander, g.yelland@ostrander-pharma.co.uk")]),
        ("h", "The problem"),
        ("p", "Too many people with asthma in Bramwell rely heavily on reliever inhalers and need repeated courses of steroid tablets, which is a sign their asthma is not well controlled, and many have not had a proper asthma review for over a year."),
        ("h", "The project"),
        ("p", "A clinical pharmacist employed by the federation will invite these people for a structured review covering inhaler technique, a written action plan and, where needed, referral to the specialist asthma clinic. Treatment decisions follow national asthma guidance and the local formulary."),
        ("h", "Who benefits"),
        ("p", "People with asthma should have fewer attacks, need fewer steroid courses and be seen by a specialist sooner if they need one. Practices gain a working recall model; Ostrander gains insight into primary care case-finding."),
        ("h", "Contributions"),
        ("p", "Ostrander: GBP 54,000 for the pharmacist post, plus project management and analytical support. The federation: GP clinical lead sessions, administrative time for invitations, clinic rooms and clinical system access (about GBP 31,000)."),
        ("h", "Roles"),
        ("p", "The federation leads clinical delivery and chairs the steering group; Ostrander supports planning and evaluation."),
        ("h", "Publication"),
        ("p", "This summary is published before the project begins. Outcomes will be published by both organisations within six months of the project closing."),
    ]
    return mk("tuning13a_22_asthma-exec-summary.pdf", "executive-summary", "pdf",
              "Ostrander UK - Collaborative working", "OST-UK-CW-0399 | June 2025", b,
              keys=["fewer attacks, need fewer steroid courses", "published by both organisations within six months"],
              pass_note="No mention of patient data/records, so data-protection n/a.")


def d23():
    b = [
        ("title", "Project Initiation Document"),
        ("sub", "Secondary prevention after heart attack - lipid review clinics, Holmewood"),
        ("kv", [("Partners", f"{HOL}; {OST}"),
                ("Leads", "Ruth Agbaje, Federation Pharmacy Lead, r.agbaje@holmewoodpcf.nhs.uk; Dr Helena Cross, Medical Affairs Lead, h.cross@ostrander-pharma.co.uk"),
                ("Dates", "1 April 2026 to 31 March 2027")]),
        ("p", "This PID replaces the earlier concept note, which the federation board asked to be rewritten so that the project is not linked to any medicine. Clinicians will follow NICE lipid guidance and the local lipid pathway; any treatment choice is theirs."),
        ("h", "1 Rationale and approach"),
        ("p", "People who have had a heart attack in Holmewood are not always followed up on their cholesterol after discharge, and practices lack time to run recalls, so federation pharmacists will run a search, invite patients for a review, check adherence and side effects, and adjust therapy or refer to the lipid clinic according to the pathway."),
        ("h", "2 Benefits"),
        ("p", "It is expected that patients will have better outcomes, and the federation will benefit from a structured recall model."),
        ("h", "3 Objectives and KPIs"),
        ("p", "KPIs and baseline figures to be confirmed by the first steering group, once the practice search has been run."),
        ("h", "4 Contributions"),
        ("tbl", [["Federation", "Ostrander"],
                 ["Pharmacy lead 0.2 WTE; practice searches and recall admin; clinic rooms; IT (approx. GBP 28,000)", "Funding of 0.5 WTE federation pharmacist for 12 months (GBP 34,000); 15 days project management"]]),
        ("h", "5 People and governance"),
        ("p", "Steering group: federation medical director (chair), pharmacy lead, two practice representatives, Ostrander Medical Affairs Lead and NHS Partnerships Manager. Ostrander's sales and marketing colleagues are excluded from the project."),
        ("h", "6 Data and confidentiality"),
        ("p", "Practices are data controllers; searches and reviews use the GP record under UK GDPR and the DPA 2018 and the federation's DPIA. Ostrander receives anonymised, aggregated totals only. Each organisation will keep patient data, and the other's confidential project and business information, confidential both during and after the project."),
        ("h", "7 Ending the project"),
        ("p", "Either partner may withdraw with 60 days' notice; patients mid-review will complete their review and be handed back to their practice with a documented plan. The pharmacist post is a fixed-term federation post that ends with the project unless the federation funds it."),
        ("h", "8 Publication"),
        ("p", "The executive summary will be on Ostrander's website before recruitment starts; both parties will publish the results within six months of the end of the project; funding is disclosed on Disclosure UK."),
    ]
    return mk("tuning13a_23_lipid-pid.docx", "pid", "docx",
              "Holmewood lipid review PID - v1.0", "Holmewood PCF CIC / Ostrander", b,
              defects={"measurable-outcomes": ("fail", "'KPIs and baseline figures to be confirmed by the first steering group' - placeholder, no measures at all."),
                       "patient-benefit": ("warn", "Patient benefit only 'better outcomes' - vague.")},
              keys=["KPIs and baseline figures to be confirmed", "patients will have better outcomes"])


def d24():
    b = [
        ("title", "Outcomes Summary"),
        ("sub", "Pre-operative anaemia pathway - Wyvern Vale NHS Foundation Trust and Ostrander Specialty Pharmaceuticals UK Ltd"),
        ("kv", [("Project dates", "January 2024 to December 2024"),
                ("Published", "April 2025 on both partners' websites"),
                ("Code", "OST-UK-CW-0377")]),
        ("h", "Summary"),
        ("p", "The project put in place a pre-operative anaemia screen at the Trust's pre-assessment clinics for elective orthopaedic and colorectal surgery, with an infusion slot for those needing intravenous iron. Ferivane, the gold standard intravenous iron, was chosen for the pathway."),
        ("h", "Results"),
        ("tbl", [["Indicator", "2023", "2024"],
                 ["Pre-assessment patients screened for anaemia", "48%", "91%"],
                 ["Ferivane vials dispensed (pre-op)", "410", "1,370"],
                 ["Share of IV iron use that was Ferivane", "22%", "76%"],
                 ["Pharmacy IV iron spend per infusion", "GBP 212", "GBP 187"]],
         {"widths": [3, 1, 1]}),
        ("h", "Benefits delivered"),
        ("bl", ["Ostrander: Ferivane became the Trust's preferred IV iron across surgery.",
                "Trust: lower cost per infusion and a standardised pre-assessment pathway.",
                "Prescribing of Ferivane rose by 234%, bringing Wyvern Vale in line with leading trusts."]),
        ("h", "Partner contributions"),
        ("p", "Ostrander funded a Band 6 anaemia nurse for 12 months; the Trust provided pre-assessment clinic time, pathology and infusion chairs."),
        ("h", "Learning"),
        ("p", "Embedding the screen in the pre-assessment template was the key step. The Trust has kept the screening nurse post from its own budget since January 2025."),
    ]
    return mk("tuning13a_24_preop-anaemia-outcomes.pdf", "outcomes-summary", "pdf",
              "Outcomes summary - pre-op anaemia", "OST-UK-CW-0377 | April 2025", b,
              defects={"promotional-language": ("fail", "Brand called 'the gold standard'; results headline brand vials, brand share and 'prescribing of Ferivane rose by 234%'."),
                       "patient-benefit": ("fail", "Benefits listed are product uptake and Trust cost only; no direct benefit to patients is stated (screening rate is a process measure, no patient outcome or benefit claimed).")},
              keys=["the gold standard intravenous iron", "Prescribing of Ferivane rose by 234%"])


DOCS = [d17, d18, d19, d20, d21, d22, d23, d24]
