"""tuning10b documents 07-12."""
from t10b_common import outcomes


def doc07():
    blocks = [
        ("title", "Looking Back: the Community Atrial Fibrillation Detection Programme"),
        ("subtitle", "Summary of project outcomes | Ashby Moor Health Partnership Ltd and Orrin "
                     "Health Ltd | Project ran September 2023 to August 2024 | Published 14 "
                     "January 2025"),
        ("h1", "Where we started"),
        ("p", "In 2023 the federation's twelve practices had a recorded atrial fibrillation "
              "prevalence of 1.9%, against an expected 2.5% for a population of our age profile. "
              "That gap represented roughly 1,100 people who might be living with undetected AF "
              "and an avoidable risk of stroke. Of those already diagnosed, 78% with a CHA2DS2-VASc "
              "score of 2 or more were on anticoagulation."),
        ("h1", "What the partners set out to do"),
        ("p", "The federation and Orrin Health agreed to offer opportunistic pulse checks and "
              "single-lead ECG recordings at flu clinics, community pharmacies and two mosques, to "
              "confirm diagnoses quickly through a GP with a special interest, and to review every "
              "untreated high-risk patient already on the register. The federation supplied the "
              "clinical staff, rooms and searches; Orrin Health funded a programme coordinator and "
              "twenty handheld ECG devices and provided evaluation support, as agreed in the PID."),
        ("h1", "What changed"),
        ("p", "Over twelve months 8,412 people aged 65 and over were screened. 243 new cases of AF "
              "were confirmed, raising recorded prevalence to 2.2%. Median time from an abnormal "
              "reading to a confirmed diagnosis fell from 41 days to 9 days. After review, the "
              "proportion of eligible patients on anticoagulation rose from 78% to 89%, measured by "
              "practice searches in August 2024. Using the national stroke prevention calculator, "
              "this equates to an estimated 19 strokes avoided over three years."),
        ("p", "For patients the change was tangible: people found out about their heart rhythm at "
              "an appointment they were already attending, had their result explained the same "
              "day and, where treatment was appropriate, started it within a fortnight. Feedback "
              "forms (n = 612) rated the experience good or very good in 96% of cases."),
        ("h1", "Reflections from both partners"),
        ("p", "Both partners delivered the contributions they agreed. The shared aim, finding "
              "people before a stroke rather than after, held throughout. The one variance, a "
              "delay in device delivery, was settled at the steering group by moving the pharmacy "
              "sessions back six weeks. Staff in both organisations said the programme achieved "
              "more than either could have alone. The federation gained a tested case-finding "
              "model; Orrin Health gained a better understanding of primary care pathways."),
        ("h1", "What happened at the end"),
        ("p", "As planned in the exit arrangements, the ECG devices were transferred to the "
              "federation and case-finding continues within routine flu clinics. Patients "
              "diagnosed during the programme are followed up by their own practice. The "
              "coordinator post ended on schedule in August 2024."),
        ("h1", "Learning for others"),
        ("bullets", ["Go where people already are: the mosque sessions found the highest yield.",
                     "Agree the diagnostic confirmation route before screening begins.",
                     "Budget for devices arriving late."]),
        ("h1", "Publication"),
        ("p", "This summary is published on the websites of both partners within six months of the "
              "programme ending. Orrin Health's funding has been disclosed on Disclosure UK. All "
              "figures are aggregated; no individual can be identified."),
        ("small", "Orrin Health Ltd approval code ORH-UK-0925, January 2025."),
    ]
    return {"file": "t10b_07_outcomes_narrative_af_detection.pdf", "type": "outcomes-summary",
            "header": "Summary of Project Outcomes - Community AF Detection",
            "footer": "Ashby Moor Health Partnership Ltd / Orrin Health Ltd - v1.0 final",
            "font_pdf": "Times-Roman", "size_pdf": 10.5, "blocks": blocks,
            "outcomes": outcomes("outcomes-summary"),
            "notes": "Fully compliant narrative outcomes report with numeric results and a "
                     "publication/Disclosure UK statement.",
            "keys": ["from 78% to 89%", "published on the websites of both partners"]}


def doc08():
    blocks = [
        ("title", "Speaking Our Language: Diabetes Education Project"),
        ("subtitle", "End-of-project report | Greyfriars Community Health NHS Trust with Brackenfield "
                     "Pharma UK Limited | January to December 2024"),
        ("p", "Classification: INTERNAL - NOT FOR PUBLICATION. Circulation limited to the project "
              "board and the Trust's Medicines Optimisation Group."),
        ("h1", "Introduction"),
        ("p", "This report tells the story of a year-long project in which the Trust's diabetes "
              "specialist nurses and dietitians worked with Brackenfield to offer structured "
              "education for people with type 2 diabetes in Punjabi, Urdu, Bengali and Polish, "
              "delivered in community venues rather than clinic rooms."),
        ("h1", "How the project came about"),
        ("p", "Attendance at the Trust's English-language courses by people from these communities "
              "had long been low, and community leaders told us that timing, venue and language "
              "were the barriers. The project board agreed a plan in late 2023 in which the Trust "
              "provided the educators and venues and Brackenfield funded interpreter-educators and "
              "course materials."),
        ("h1", "What happened"),
        ("p", "Courses ran through the year in gurdwaras, a community centre and a Polish Saturday "
              "school. Attendance was good and most people who started a course finished it. "
              "Outcomes were monitored throughout by the project board, and HbA1c results for "
              "participants generally moved in the right direction."),
        ("h1", "What people told us"),
        ("p", "Participants told us they understood their condition better, felt more confident "
              "managing their diet during religious festivals and were able to ask questions in "
              "their own language without feeling rushed. Several said it was the first time "
              "anyone had explained their medicines to them properly. Family members often came "
              "too, which helped people make changes at home."),
        ("h1", "Reflections"),
        ("p", "The partnership worked well. Both partners provided what they had promised and met "
              "regularly. The main difficulty was finding female educators for some sessions. "
              "Brackenfield's involvement was limited to its Medical Affairs team and its NHS "
              "Partnerships Manager; no commercial staff were involved."),
        ("h1", "What next"),
        ("p", "The Trust has included community-language courses in its 2025/26 service plan and "
              "will run them within existing budgets."),
    ]
    return {"file": "t10b_08_outcomes_narrative_internal_diabetes.docx", "type": "outcomes-summary",
            "header": "INTERNAL - NOT FOR PUBLICATION", "footer": "Greyfriars CHT - project report v0.9",
            "blocks": blocks,
            "outcomes": outcomes("outcomes-summary", measurable_outcomes="warn",
                                 transparency="fail"),
            "notes": "measurable-outcomes warn: results are only qualitative ('attendance was good', "
                     "'generally moved in the right direction', 'monitored throughout'); no figures. "
                     "transparency fail: marked 'INTERNAL - NOT FOR PUBLICATION', no publication or "
                     "disclosure commitment.",
            "keys": ["INTERNAL - NOT FOR PUBLICATION", "generally moved in the right direction"]}


def doc09():
    rows = [
        ["Heading", "Summary"],
        ["Project", "Test and Treat: Hepatitis C in Drug and Alcohol Services"],
        ["Partners", "Elmstead Borough Council (Public Health); Northmoor Valley NHS Foundation "
                     "Trust; Calverley Therapeutics UK Ltd"],
        ["Why", "Many people who use drug and alcohol services have never been tested for hepatitis "
                "C, and referral to hospital hepatology loses most of them before treatment."],
        ["Objectives and benefits", "Patients: on-the-spot finger-prick testing at the service, "
         "same-day results, and treatment started by a visiting hepatology nurse without a hospital "
         "trip. NHS and Council: more people cured, less onward transmission, progress towards "
         "elimination. Calverley: understanding of community treatment models; no link to any "
         "Calverley medicine."],
        ["Period", "Anticipated start 1 July 2025; completion 30 June 2026"],
        ["Financial arrangements and resources", "Calverley: GBP 78,000 for a 1.0 WTE outreach "
         "hepatology nurse and point-of-care testing kits. Trust: hepatology consultant "
         "supervision (1 PA/week) and prescribing. Council: testing space in three commissioned "
         "services, peer-support workers and outreach van time."],
        ["Roles", "The Trust leads clinically; the Council coordinates service access; Calverley "
                  "provides project management and evaluation support through its Medical Affairs "
                  "team. Calverley's sales staff have no role."],
        ["Patient data", "Test results stay in NHS and service records. The Trust is data "
                         "controller; Calverley receives only anonymised, aggregated numbers."],
        ["Publication", "This summary was published on 2 May 2025, before the project start. "
                        "Outcomes will be published by all partners within six months of "
                        "completion."],
        ["Contacts", "Dr Sunita Rao, Consultant Hepatologist (Trust); Jo Ferris, Public Health "
                     "Lead (Council); Dr Liam Hart, Medical Affairs Manager (Calverley)"],
    ]
    blocks = [
        ("title", "Executive Summary of Collaborative Working"),
        ("table", rows, {"widths": [0.24, 0.76]}),
        ("small", "Certified: CAL-UK-CW-0520. Date of preparation: April 2025."),
    ]
    return {"file": "t10b_09_es_one_page_hep_c.pdf", "type": "executive-summary",
            "header": "Published collaborative working summary", "footer": "CAL-UK-CW-0520",
            "page_numbers": False, "size_pdf": 9, "table_style": "rules", "blocks": blocks,
            "outcomes": outcomes("executive-summary", es_mentions_patient_data=True),
            "notes": "Fully compliant one-page ES; mentions patient data, so data-protection applies "
                     "and passes (Trust controller, anonymised aggregates only).",
            "keys": ["receives only anonymised, aggregated numbers", "published on 2 May 2025"]}


def doc10():
    blocks = [
        ("title", "Early Inflammatory Arthritis Pathway - Executive Summary"),
        ("subtitle", "Afon Teg University Health Board and Lowther Bioscience UK Ltd"),
        ("h2", "Background"),
        ("p", "People with suspected inflammatory arthritis in the Health Board area currently wait "
              "a median of 19 weeks for a rheumatology appointment, well beyond the national "
              "standard of three weeks from referral."),
        ("h2", "What the project will do and who benefits"),
        ("p", "A triage clinic staffed by a specialist nurse will see people within three weeks of "
              "referral, start treatment early where it is indicated and give self-management "
              "support. Patients should have less joint damage and better function. The Health "
              "Board expects shorter waiting lists; Lowther gains insight into early arthritis "
              "services."),
        ("h2", "Timescale"),
        ("p", "September 2025 to August 2027."),
        ("h2", "Resources"),
        ("p", "Lowther Bioscience UK Ltd will contribute GBP 95,000 to fund a Band 7 rheumatology "
              "nurse specialist for two years and will provide a part-time project manager. The "
              "Health Board's contribution is to be confirmed."),
        ("h2", "Evaluation data"),
        ("p", "Lowther will be joint data controller with the Health Board for the evaluation "
              "dataset, which will hold pseudonymised patient-level records of referral dates, "
              "diagnoses and treatments."),
        ("h2", "Roles"),
        ("p", "The Health Board leads the clinical service. Lowther's Medical Affairs and "
              "Partnerships team supports project management; no Lowther sales personnel are "
              "involved."),
        ("h2", "Publication"),
        ("p", "This summary is published before the project begins on the Lowther UK website and "
              "the Health Board's partnerships page. Outcomes will be published within six months "
              "of completion."),
        ("small", "Contacts: Dr Rhian Bowen, Consultant Rheumatologist; Neil Sorensen, Head of "
                  "Partnerships, Lowther. Job code LBX-UK-0188, June 2025."),
    ]
    return {"file": "t10b_10_es_one_page_arthritis.docx", "type": "executive-summary",
            "header": "", "footer": "LBX-UK-0188", "page_numbers": False, "blocks": blocks,
            "outcomes": outcomes("executive-summary", es_mentions_patient_data=True,
                                 resource_contributions="fail", data_protection="fail"),
            "notes": "resource-contributions fail: only Lowther's contribution is stated; the Health "
                     "Board's is 'to be confirmed'. data-protection fail: the company is joint data "
                     "controller of pseudonymised patient-level records.",
            "keys": ["contribution is to be confirmed", "Lowther will be joint data controller"]}


def doc11():
    from t10b_docs_b2 import doc11_blocks
    return {"file": "t10b_11_pid_plain_english_copd.docx", "type": "pid",
            "header": "Wrenfield Health Federation CIC", "footer": "Project plan v1 - written by "
            "Sally Brennan, Lead Respiratory Nurse - May 2025", "blocks": doc11_blocks(),
            "outcomes": outcomes("pid"),
            "notes": "Fully compliant PID written in very plain English by a nurse; every rule is "
                     "met in everyday wording (e.g. 'If the project stops early').",
            "keys": ["If the project stops early", "never sees anything with a name",
                     "Disclosure UK"]}


def doc12():
    from t10b_docs_b2 import doc12_blocks
    return {"file": "t10b_12_pid_plain_english_psoriasis.pdf", "type": "pid",
            "header": "Southmere Hospitals NHS Foundation Trust - Dermatology",
            "footer": "Draft for project board - v0.4", "font_pdf": "Helvetica", "size_pdf": 10,
            "blocks": doc12_blocks(),
            "outcomes": outcomes("pid", confidentiality="fail", data_protection="fail"),
            "notes": "confidentiality fail: nothing on keeping patient or project information "
                     "confidential. data-protection fail: 'Calverley won't have access to any "
                     "patient records, except the clinic list' - a company employee receives "
                     "identifiable clinic lists; no DPIA, controller or law mentioned.",
            "keys": ["except the clinic list", "Nobody from Calverley's sales team"]}
