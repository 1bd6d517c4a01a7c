"""tuning7b executive summaries 01-04 and concept frameworks 01-02."""


def es_01():
    blocks = [
        ("title", "Executive Summary: Breathe Easier Tamarside"),
        ("sub", "Summary of a collaborative working agreement between NHS Tamarside Integrated Care Board and Brennack Pharma UK Ltd. "
                "Published April 2026, before the project start date of 1 May 2026."),
        ("h", "Why the project is needed"),
        ("p", "About a third of people with COPD in 14 Tamarside practices have not had a structured review in over a year. Missed "
              "reviews mean inhaler problems and worsening symptoms are picked up late, often in A&E."),
        ("h", "What it aims to do"),
        ("bul", [
            "Give every overdue patient a structured COPD review with inhaler technique check and self-management plan.",
            "Refer more eligible patients to pulmonary rehabilitation.",
            "Leave practices with a reusable review template and trained staff.",
        ]),
        ("h", "Expected benefits"),
        ("kv", [
            ("Patients", "Better control of breathlessness, fewer flare-ups and hospital admissions, more confidence managing their condition"),
            ("NHS Tamarside ICB", "Fewer emergency COPD admissions; evidence for future commissioning"),
            ("Brennack Pharma UK Ltd", "Better understanding of respiratory pathways in primary care; experience of partnership working"),
        ]),
        ("h", "Project period"),
        ("p", "1 May 2026 to 30 April 2027."),
        ("h", "Financial arrangements and roles"),
        ("p", "Brennack provides £68,000 towards a fixed-term respiratory nurse plus project management and evaluation support "
              "(about £14,000 in kind). The ICB provides programme management, business intelligence and clinical leadership "
              "(about £31,500 in kind). The ICB leads delivery and clinical governance; Brennack's medical partnerships team supports "
              "project management and evaluation."),
        ("h", "Patient data"),
        ("p", "Practices remain data controllers for patient records. Brennack receives only anonymised, aggregated results and never "
              "has access to identifiable patient information. A DPIA has been completed under UK GDPR."),
        ("h", "Publication"),
        ("p", "This summary is published on Brennack's UK website before the project begins. A summary of outcomes will be published "
              "by both partners within six months of completion, and Brennack's contribution will be disclosed on Disclosure UK."),
        ("h", "Contacts"),
        ("table", [
            ["Organisation", "Lead", "Email"],
            ["NHS Tamarside ICB", "Helen Marsh-Oduya, Programme Manager", "tamarside.ltc@nhs.example"],
            ["Brennack Pharma UK Ltd", "Dr Tomasz Wren, Head of Medical Partnerships", "partnerships@brennack.example"],
        ]),
        ("sub", "BRN-UK-CW-0415 | Date of preparation: April 2026"),
    ]
    return dict(file="t7b_es_01_breathe_easier.pdf", type="executive-summary",
                meta=dict(header="Brennack Pharma UK Ltd - Collaborative Working", header_right="Executive Summary",
                          footer="BRN-UK-CW-0415 | April 2026", two_col=True, ruled=True),
                blocks=blocks, outcomes={"data-protection": "pass"},
                notes="All pass. Mentions patient data, so data-protection applies and passes (controller, aggregated only, DPIA).")


def es_02():
    blocks = [
        ("title", "Summary of the Collaborative Working Project"),
        ("sub", "Rheumatology Follow-up Redesign | Wendover Parkway NHS Foundation Trust and Halvern Therapeutics Ltd"),
        ("kv", [
            ("Project title", "Rheumatology Follow-up Redesign"),
            ("Partners", "Wendover Parkway NHS Foundation Trust; Halvern Therapeutics Ltd"),
            ("Anticipated start / end", "July 2026 / June 2027"),
            ("Date of publication", "June 2026"),
        ]),
        ("h", "Rationale"),
        ("p", "The rheumatology department has 4,100 overdue routine follow-up appointments. Capacity modelling suggests many "
              "routine follow-ups could be converted to other formats without changing clinical decisions."),
        ("h", "Objectives"),
        ("bul", [
            "Reduce routine outpatient follow-up appointments by 25%.",
            "Release consultant clinic time for new referrals.",
            "Model the workforce required for future demand.",
        ]),
        ("h", "Expected benefits"),
        ("table", [
            ["Organisation", "Expected benefit"],
            ["Wendover Parkway NHS FT", "Reduced follow-up backlog; better use of consultant capacity; data for workforce planning"],
            ["Halvern Therapeutics Ltd", "Insight into outpatient transformation in rheumatology"],
        ]),
        ("h", "How the project will work"),
        ("p", "Patient records for all 4,100 overdue patients will be shared with Halvern's analytics team, who will build the "
              "capacity model and return a stratified list to the Trust."),
        ("h", "Financial arrangements"),
        ("p", "Halvern contributes £42,000 of analyst and project management time. The Trust contributes a consultant rheumatologist "
              "(1 PA/week), a service manager (0.2 WTE) and clinic administration (approx. £30,000 in kind)."),
        ("h", "Roles"),
        ("p", "The Trust leads the project and takes all clinical decisions. Halvern provides analytics and project management. Halvern "
              "sales and marketing staff have no role."),
        ("h", "Publication"),
        ("p", "This summary is published on Halvern's collaborative working web page before the project starts. Outcomes will be "
              "published by both partners within six months of completion."),
        ("h", "Contacts"),
        ("bul", ["Trust: Dr Meera Lindholm, Clinical Director, Rheumatology", "Halvern: Graham Oyelaran, Partnerships Director"]),
        ("sub", "HAL-UK-0626-118 | Date of preparation: June 2026"),
    ]
    return dict(file="t7b_es_02_rheum_follow_up.docx", type="executive-summary",
                meta=dict(header="Halvern Therapeutics Ltd | Executive summary", footer="HAL-UK-0626-118"),
                blocks=blocks,
                outcomes={"patient-benefit": "fail", "data-protection": "fail"},
                notes="patient-benefit fail: benefits table lists only the Trust and the company; objectives are capacity/efficiency "
                      "only; no benefit to patients stated anywhere. data-protection applies (mentions patient records) and fails: "
                      "identifiable patient records for 4,100 patients go to the company's analytics team, with no safeguards.")


def es_03():
    blocks = [
        ("title", "Executive Summary"),
        ("sub", "Parkinson's Medicines on Time - Sandwick Royal Hospitals NHS Trust and Ostlund Biosciences UK Limited"),
        ("h", "Background"),
        ("p", "People with Parkinson's who are admitted to hospital often get their medicines late, which can leave them unable to "
              "move, swallow or speak. Fewer than half of doses on Sandwick wards are given within 30 minutes of the prescribed time."),
        ("h", "Mrs D's story (shared with permission, details changed)"),
        ("p", "Mrs D, 78, was admitted with a chest infection. Her tablets are due at 7, 11, 3 and 7. On her second day the morning "
              "dose was given at 10.15 and by lunchtime she could not get out of bed or swallow safely. Under this project a ward "
              "Parkinson's champion, a self-administration option and an e-prescribing alert would have made sure she got her dose on time."),
        ("h", "Objectives"),
        ("bul", [
            "Train a Parkinson's champion on every adult ward.",
            "Introduce time-critical medicine alerts on the Trust's e-prescribing system.",
            "Support patients who are able to do so to keep taking their own medicines on the ward.",
        ]),
        ("h", "Benefits"),
        ("p", "Patients: medicines on time, fewer falls and swallowing problems, shorter stays. Trust: reduced length of stay and "
              "fewer incidents. Ostlund: understanding of hospital medicines safety processes."),
        ("h", "Duration"),
        ("p", "September 2026 to August 2027."),
        ("h", "Financial arrangements"),
        ("kv", [
            ("Ostlund Biosciences UK Limited", "£36,000 for a 0.5 WTE Band 7 Parkinson's nurse educator; medical affairs project lead 2 days/month"),
            ("Sandwick Royal Hospitals NHS Trust", "As required"),
        ]),
        ("h", "Information governance"),
        ("p", "No patient-identifiable data will be shared with Ostlund. The Trust remains data controller and reports only "
              "aggregated, anonymised audit results to the steering group."),
        ("h", "Publication"),
        ("p", "Ostlund will publish this summary on its website before the project starts; outcomes will be published by both "
              "partners within six months of completion, and payments declared on Disclosure UK."),
        ("h", "Leads"),
        ("table", [
            ["Organisation", "Name", "Role"],
            ["Sandwick Royal Hospitals NHS Trust", "Joanne Mbeki", "Deputy Chief Pharmacist"],
            ["Ostlund Biosciences UK Limited", "Marta Lindqvist", "Partnerships Manager, Medical Affairs"],
        ]),
        ("sub", "OST-UK-CW-2608 | August 2026"),
    ]
    return dict(file="t7b_es_03_parkinsons_on_time.pdf", type="executive-summary",
                meta=dict(header="Ostlund Biosciences UK Limited", header_right="Executive Summary - Parkinson's Medicines on Time",
                          footer="OST-UK-CW-2608", ruled=True),
                blocks=blocks,
                outcomes={"resource-contributions": "fail", "data-protection": "pass"},
                notes="resource-contributions fail: the Trust's contribution is only 'As required'. Patient benefit passes via the "
                      "case vignette and benefits paragraph. data-protection applies (mentions patient data) and passes.")


def es_04():
    blocks = [
        ("title", "Collaborative Working - Executive Summary"),
        ("sub", "Stop Falls: medicines and mobility in care homes | Harbourne and District Integrated Care Board with Penrose-Addey Pharmaceuticals plc"),
        ("kv", [
            ("Project title", "Stop Falls: medicines and mobility in care homes"),
            ("Organisations", "NHS Harbourne and District Integrated Care Board; Penrose-Addey Pharmaceuticals plc"),
            ("Start", "1 October 2026 (this summary published 1 September 2026)"),
            ("Completion", "30 September 2027"),
        ]),
        ("h", "Rationale"),
        ("p", "Residents in care homes fall three times more often than older people living at home, and certain medicines increase "
              "the risk. Care home staff asked for practical training and regular input from a pharmacist and a physiotherapist."),
        ("h", "Objectives"),
        ("bul", [
            "Falls-focused medicines review for residents of 20 care homes, led by ICB care home pharmacists.",
            "Strength and balance sessions delivered by community physiotherapists.",
            "Training for care home staff on falls prevention.",
        ]),
        ("h", "Benefits"),
        ("bul", [
            "Residents: fewer falls and fractures, fewer medicines that cause dizziness or drowsiness, better mobility and confidence.",
            "NHS: fewer ambulance call-outs and admissions after falls.",
            "Penrose-Addey: learning about multidisciplinary care home support.",
        ]),
        ("h", "Financial arrangements and responsibilities"),
        ("table", [
            ["Party", "Provides", "Responsible for"],
            ["NHS Harbourne and District ICB", "Care home pharmacists 0.6 WTE; physiotherapy sessions via community provider; "
             "project lead 0.2 WTE (approx. £54,000 in kind)", "Clinical delivery, governance, evaluation"],
            ["Penrose-Addey Pharmaceuticals plc", "£40,000 towards physiotherapy sessions and staff training; medical affairs "
             "project manager 0.1 WTE", "Project management support, training logistics"],
        ]),
        ("h", "Publishing"),
        ("p", "This summary is published before the project starts on Penrose-Addey's website and the ICB's partnerships page. "
              "Outcomes will be published by both parties within six months of completion, and Penrose-Addey will record its "
              "contribution on Disclosure UK."),
        ("h", "Contacts"),
        ("bul", ["ICB: Sunita Rowe, Head of Care Homes Programme", "Penrose-Addey: Fiona Castellano, Head of NHS Partnerships"]),
        ("sub", "PAP-UK-CW-0926 | Date of preparation: August 2026"),
    ]
    return dict(file="t7b_es_04_stop_falls.docx", type="executive-summary",
                meta=dict(header="Executive Summary | Stop Falls", footer="PAP-UK-CW-0926"),
                blocks=blocks, outcomes={"data-protection": "n/a"},
                notes="All pass. No mention of patient data/records/data sharing, so data-protection is n/a for this ES.")


def cf_01():
    blocks = [
        ("title", "Project Concept Framework"),
        ("sub", "For discussion at the Partnerships Review Group, 14 January 2026"),
        ("kv", [
            ("Working title", "Iron Deficiency in Pregnancy - early identification"),
            ("Proposed partners", "Moorfoot and Carrick NHS Foundation Trust (maternity); Halvern Therapeutics Ltd"),
            ("Problem", "About 1 in 4 women booking for antenatal care at Moorfoot are anaemic by 28 weeks; ferritin is not checked "
                        "routinely at booking, so iron deficiency is often found late."),
            ("Purpose", "Test ferritin at booking for all women, start oral iron early where indicated and set up a clear route to "
                        "IV iron for those who need it, following the Trust's maternity guideline."),
            ("What patients gain", "Less anaemia by the third trimester, less tiredness, fewer transfusions around birth and a "
                                   "better start for recovery after delivery."),
            ("NHS benefit", "Fewer transfusions and day-unit IV iron appointments late in pregnancy"),
            ("Company benefit", "Understanding of antenatal pathways"),
            ("Trust resources", "Consultant midwife 0.1 WTE, antenatal clinic time, laboratory ferritin tests, analyst support (est. £21,000)"),
            ("Company resources", "£30,000 for a 0.4 WTE midwife project lead; project manager 2 days/month; evaluation support"),
            ("Start / length", "Summer 2026 / 12 months"),
            ("Sales involvement", "None - Halvern's contact is the medical affairs partnerships team"),
            ("Decision", "Proceed to PID: yes / no (to be recorded by the group)"),
        ]),
    ]
    return dict(file="t7b_cf_01_iron_pregnancy.docx", type="concept-framework",
                meta=dict(header="Concept Framework - draft for PRG", footer="Moorfoot and Carrick NHS FT"),
                blocks=blocks, outcomes={}, notes="All pass. Form-style concept framework with both parties' resources.")


def cf_02():
    blocks = [
        ("title", "PROJECT CONCEPT FRAMEWORK"),
        ("sub", "Skelwith Vale GP Federation CIC | Marisco Healthcare UK Ltd | Prepared 2 February 2026"),
        ("table", [
            ["Field", "Detail"],
            ["Project idea", "Digital hypertension case-finding using home blood pressure monitoring across the federation's 17 practices"],
            ["Partners", "Skelwith Vale GP Federation CIC; Marisco Healthcare UK Ltd"],
            ["Objectives", "Identify adults with undiagnosed high blood pressure; reduce the number of patients with no BP reading in 5 years"],
            ["Patient benefit", "To be determined once scoping is complete"],
            ["Federation benefit", "Progress on CVD prevention indicators; more efficient recall"],
            ["Marisco benefit", "Learning about digital case-finding in general practice"],
            ["Marisco contribution", "£25,000 towards home BP monitors and a project coordinator; medical affairs time 2 days/month"],
            ["NHS contribution", "TBC"],
            ["Timescale", "12 months from September 2026"],
            ["Commercial staff", "Marisco's sales team will not be involved"],
            ["Recommendation", "Scope further"],
        ]),
    ]
    return dict(file="t7b_cf_02_bp_case_finding.pdf", type="concept-framework",
                meta=dict(header="Skelwith Vale GP Federation CIC", header_right="Concept Framework v0.2",
                          footer="Draft - for internal discussion", ruled=True),
                blocks=blocks,
                outcomes={"patient-benefit": "fail", "resource-contributions": "fail"},
                notes="patient-benefit fail: 'Patient benefit: To be determined' placeholder (objectives describe case-finding activity, "
                      "not a stated patient benefit). resource-contributions fail: NHS contribution 'TBC'.")
