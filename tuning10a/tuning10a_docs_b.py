"""tuning10a documents 05-10."""
from tuning10a_common import doc


def d05():
    b = [
        ("title", "Summary of a Collaborative Working Project"),
        ("subtitle", "Type 2 diabetes: evening and weekend structured education in Pennine Marches"),
        ("kv", [("Partners", "NHS Pennine Marches Integrated Care Board and Kestrel Biologics UK Ltd"),
                ("Approval code / date of preparation", "KB-UK-2025-0231 / April 2025"),
                ("Summary published", "12 May 2025, ahead of the first course in July 2025")]),
        ("h1", "Why the project is needed"),
        ("p", "Only about one in five people newly diagnosed with type 2 diabetes in Pennine Marches attend "
              "structured education within a year, largely because courses run in weekday working hours. "
              "Working people and carers are least likely to attend."),
        ("h1", "What the partners want to achieve"),
        ("p", "People newly diagnosed will be able to join a course in the evening, at weekends or online, "
              "so that many more of them leave with the knowledge to manage their condition and set their "
              "own goals with their practice nurse. For the ICB the project tests a model that can be "
              "commissioned permanently; Kestrel gains insight into how flexible education is organised."),
        ("p", "The ICB's analysts will compare attendance within 12 months of diagnosis (from 21% to a "
              "target of 45%) and HbA1c at 12 months, using anonymised, aggregated figures drawn from the "
              "ICB's data platform. No patient-identifiable information is shared with Kestrel."),
        ("h1", "When"),
        ("p", "July 2025 to June 2027 (24 months)."),
        ("h1", "Money and people"),
        ("bullets", ["Kestrel Biologics UK Ltd: £96,000 towards educator sessions and the online platform, "
                     "paid to the ICB in four six-monthly instalments.",
                     "NHS Pennine Marches ICB: programme manager 0.3 WTE, two diabetes specialist nurse "
                     "educators for 40 sessions a year, venues and analyst time (about £88,000)."]),
        ("h1", "Who does what"),
        ("p", "The ICB runs and clinically governs the courses, owns the curriculum and recruits "
              "participants through practices. Kestrel's medical affairs team contributes to the evaluation "
              "design and funds the online platform; it has no contact with participants."),
        ("h1", "Publication"),
        ("p", "This summary is on Kestrel's UK website and the ICB's partnerships page. Both partners will "
              "publish the results within six months of the end of the project; Kestrel's payments are "
              "reported through Disclosure UK."),
        ("h1", "Contacts"),
        ("table", [["Organisation", "Name and role", "Email"],
                   ["NHS Pennine Marches ICB", "Farah Quereshi, Associate Director Long-Term Conditions",
                    "farah.quereshi@nhs.net"],
                   ["Kestrel Biologics UK Ltd", "Dr Ewan Baillie, Medical Director UK",
                    "ewan.baillie@kestrelbio.example"]]),
    ]
    opts = {"header": "Kestrel Biologics UK Ltd – Collaborative Working", "footer": "KB-UK-2025-0231"}
    return doc(5, "es_diabetes_education", "executive-summary", "docx", b, opts, es_data=True,
               notes="Fully compliant. Mentions aggregated patient data, so data-protection applies and passes "
                     "(aggregated only; nothing identifiable to the company).")


def d06():
    b = [
        ("title", "EXECUTIVE SUMMARY"),
        ("subtitle", "Collaborative working: redesign of the rheumatology follow-up pathway – Ardent Pharma "
                     "UK Ltd and Sutton Reach Hospitals NHS Trust"),
        ("kv", [("Project period", "September 2025 – August 2026"),
                ("Reference", "ARD-CW-25-017 | Date of preparation: June 2025")]),
        ("h1", "Rationale"),
        ("p", "The Trust's rheumatology service carries a follow-up backlog of 3,400 appointments. Clinic "
              "templates have not been reviewed since 2019, and consultant time is spent on routine "
              "appointments that could be handled by other staff or by patient-initiated follow-up."),
        ("h1", "Objectives and expected benefits"),
        ("bullets", ["Trust: fewer routine outpatient slots, lower cost per follow-up, improved use of consultant "
                     "job plans and better activity data for commissioners.",
                     "Local system: a pathway model that other trusts in the region could adopt, supporting "
                     "elective recovery targets.",
                     "Ardent Pharma UK Ltd: insight into outpatient transformation in inflammatory disease."]),
        ("h1", "Financial arrangements"),
        ("p", "Ardent Pharma UK Ltd will provide £85,000 to fund a pathway redesign facilitator (12 months) and "
              "an external evaluation. The Trust's contribution will be confirmed once the project team has "
              "been mobilised."),
        ("h1", "Roles"),
        ("p", "The Trust leads clinical design and delivery. Ardent provides project management support "
              "through its NHS Partnerships team; Ardent's commercial teams have no involvement."),
        ("h1", "Publication"),
        ("p", "This summary is published on Ardent's website before the project starts. A summary of outcomes "
              "will be published by both partners within six months of completion."),
        ("h1", "Contacts"),
        ("p", "Sutton Reach Hospitals NHS Trust – Dr Imogen Faraday, Clinical Director for Rheumatology, "
              "imogen.faraday@nhs.net. Ardent Pharma UK Ltd – Marcus Oyelaran, NHS Partnerships Director, "
              "marcus.oyelaran@ardent.example."),
    ]
    opts = {"header": "Ardent Pharma UK Ltd | Collaborative Working Executive Summary",
            "footer": "ARD-CW-25-017", "ruled": True, "font": "Times-Roman"}
    return doc(6, "es_rheum_followup", "executive-summary", "pdf", b, opts,
               overrides={"resource-contributions": "fail", "patient-benefit": "fail"},
               notes="resource-contributions fail: Trust contribution 'will be confirmed' later (placeholder); only "
                     "Ardent's £85,000 stated. patient-benefit fail: benefits are for the Trust (slots, cost, data), "
                     "the system and the company; no direct patient benefit is stated. No patient data mentioned, "
                     "so data-protection n/a.")


def d07():
    b = [
        ("title", "Project Concept Framework"),
        ("subtitle", "Blood pressure checks in community pharmacies – Lowther and Eden"),
        ("kv", [("Prospective partners", "Lowther Community Pharmacy Network CIC (22 member pharmacies); "
                                         "Greyfriars Healthcare UK Ltd"),
                ("Prepared by", "Nadia Boateng, Network Development Lead, 2 April 2025")]),
        ("h1", "Purpose"),
        ("bullets", ["An estimated 9,000 adults in the area have high blood pressure that has not been "
                     "diagnosed.",
                     "Member pharmacies have capacity for walk-in checks but few have ambulatory monitors.",
                     "The ICB's cardiovascular plan asks for more case-finding outside GP surgeries."]),
        ("h1", "Objectives"),
        ("p", "Patients: people with raised readings are offered ambulatory monitoring the same week in their "
              "local pharmacy and, if confirmed, are referred to their practice with results, rather than "
              "waiting for a GP appointment to start the process. Network: develops a service that can be "
              "commissioned. Greyfriars: understanding of pharmacy-led case-finding."),
        ("h1", "Resource impact on each partner"),
        ("table", [["Partner", "Contribution"],
                   ["Greyfriars Healthcare UK Ltd", "£54,000: 30 ambulatory BP monitors, pharmacist "
                    "training days (backfill at £180/day) and an evaluation report by an independent "
                    "academic partner."],
                   ["Lowther Community Pharmacy Network CIC", "In-kind contribution."]]),
        ("kv", [("Anticipated start", "Q3 2025"), ("Length", "12 months"),
                ("Decision", "Go-ahead given by the Network board on 16 April 2025, subject to PID")]),
    ]
    opts = {"header": "Lowther Community Pharmacy Network CIC", "footer": "Concept framework – draft for "
            "board", "table_style": "Light Grid Accent 1"}
    return doc(7, "cf_pharmacy_bp", "concept-framework", "docx", b, opts,
               overrides={"resource-contributions": "fail"},
               notes="resource-contributions fail: the network's row says only 'In-kind contribution' with no "
                     "content or value, so only Greyfriars' contribution is really stated.")


def d08():
    b = [
        ("title", "Project Concept Framework"),
        ("subtitle", "Digital rehabilitation after hip fracture – Castlebridge"),
        ("h1", "Who would sign"),
        ("p", "Castlebridge and Ferriby NHS Foundation Trust; Castlebridge University (School of Health "
              "Sciences); Ravensworth Medical UK Ltd."),
        ("h1", "Why"),
        ("p", "Older people leaving hospital after a hip fracture get six weeks of home physiotherapy, but "
              "one in four are not walking independently at four months. A supervised home exercise "
              "programme with video check-ins has worked in a small University pilot."),
        ("h1", "What we hope for"),
        ("p", "For patients: more people back on their feet without a frame by four months, and fewer "
              "falls at home in the first year. For the Trust: fewer readmissions and care packages. For the "
              "University: an evaluation it can publish. For Ravensworth: learning about recovery pathways "
              "in frail older adults."),
        ("h1", "What each organisation would give"),
        ("table", [["Organisation", "Would give"],
                   ["Castlebridge and Ferriby NHS FT", "Physiotherapist time equivalent to one day a week "
                    "for 18 months; therapy assistant visits; use of the Trust's fracture liaison data"],
                   ["Castlebridge University", "A research fellow for about a third of their time; service "
                    "evaluation design; analysis"],
                   ["Ravensworth Medical UK Ltd", "Pays for 60 tablets with data contracts and the video "
                    "platform licence (around £41,000); a project manager for half a day a week"]]),
        ("h1", "When and how long"),
        ("p", "Starting around Q1 2026; 18 months."),
        ("h1", "Decision"),
        ("p", "Agreed to proceed to a PID – Trust Innovation Panel, 4 September 2025."),
    ]
    opts = {"header": "Concept framework | CFFT / Castlebridge Univ / Ravensworth", "footer": "Version 1",
            "columns": 2, "ruled": True, "pdf_accent": "#4A235A"}
    return doc(8, "cf_hip_rehab", "concept-framework", "pdf", b, opts,
               notes="Fully compliant. Contributions in unusual but valid forms ('one day a week', 'about a third "
                     "of their time'); patient benefit phrased as 'back on their feet without a frame'.")


def d09():
    b = [
        ("title", "Summary of Project Outcomes"),
        ("subtitle", "Anticoagulation review support – Daleside and Ribble NHS Trust with Marlowe "
                     "Pharmaceuticals Ltd"),
        ("kv", [("Project dates", "February 2024 – January 2025"),
                ("Partners", "Daleside and Ribble NHS Trust; Marlowe Pharmaceuticals Ltd"),
                ("Published", "May 2025 on both partners' websites"),
                ("Job code", "MAR-UK-OUT-0044")]),
        ("h1", "What the project set out to do"),
        ("p", "Provide pharmacist-led reviews for people on long-term anticoagulation in the community, check "
              "doses against kidney function and weight, and give patients clear written information about "
              "bleeding risk."),
        ("h1", "What happened"),
        ("p", "The review clinic ran across six community sites. Patients told us they felt better informed "
              "about their medicine and more confident about what to do if they noticed bleeding. Dosing was "
              "checked for many more patients than before, and clinicians reported that the review template "
              "improved consistency. The number of patients reviewed increased steadily over the year."),
        ("h1", "Benefits"),
        ("bullets", ["Patients: safer dosing and better understanding of their anticoagulant.",
                     "Trust: a tested review template now used across the community pharmacy team.",
                     "Marlowe: insight into community anticoagulation services."]),
        ("h1", "Reflections"),
        ("p", "Both partners delivered the contributions set out in the PID. The shared steering group worked "
              "well; recruitment of a pharmacist took longer than planned. The Trust has funded the clinic "
              "from its own budget since February 2025."),
        ("h1", "Learning for others"),
        ("p", "Agree the data collection template before the first clinic; build in time for recruitment."),
    ]
    opts = {"header": "Daleside and Ribble NHS Trust | Marlowe Pharmaceuticals Ltd",
            "footer": "Outcomes summary – public"}
    return doc(9, "out_anticoag", "outcomes-summary", "docx", b, opts,
               overrides={"measurable-outcomes": "warn"},
               notes="measurable-outcomes warn: results are only qualitative ('many more', 'increased steadily'); "
                     "no numbers, baselines or targets reported.")


def d10():
    b = [
        ("title", "Project outcomes – Memory Assessment Fast Track"),
        ("subtitle", "Kingsreach Partnership NHS Foundation Trust and Tellford Neuroscience UK Ltd"),
        ("kv", [("Ran from", "May 2023 to October 2024 (18 months)"),
                ("Published", "March 2025 – Trust website and Tellford's collaborative working page"),
                ("Tellford reference", "TN-UK-CW-OUT-07")]),
        ("h1", "What we set out to do"),
        ("p", "Shorten the time from GP referral to a memory assessment and diagnosis, by adding a "
              "nurse-led triage step and a community clinic in two market towns."),
        ("h1", "What changed for people referred"),
        ("p", "The average wait for a first assessment fell from ten weeks to a little over four (4.3 "
              "weeks in the final quarter). Three out of four people received a diagnosis within 12 weeks "
              "of referral, against roughly one in three at the start and a goal of 60%. 212 carers took up "
              "a post-diagnosis support session."),
        ("table", [["Measure", "Before", "Goal", "Final quarter"],
                   ["Average weeks to first assessment", "10.1", "6.0", "4.3"],
                   ["Diagnosed within 12 weeks of referral", "34%", "60%", "76%"],
                   ["Clinic DNA rate", "14%", "10%", "8%"]]),
        ("p", "Figures come from the Trust's patient administration system and are reported only as totals."),
        ("h1", "For the Trust and for Tellford"),
        ("p", "The Trust has kept the triage nurse post in its core establishment from November 2024. "
              "Tellford gained understanding of diagnostic pathway bottlenecks, shared with other NHS "
              "partners on request."),
        ("h1", "Looking back"),
        ("p", "Each partner delivered what it committed to; Tellford's project management days were slightly "
              "under plan (44 of 48). The shared vision held throughout. The learning: a triage step costs "
              "little and frees specialist time; community venues need early booking."),
    ]
    opts = {"header": "Summary of project outcomes", "footer": "Kingsreach Partnership NHS FT / Tellford",
            "ruled": True, "pdf_accent": "#1D4E89"}
    return doc(10, "out_memory", "outcomes-summary", "pdf", b, opts,
               notes="Fully compliant. Patient benefit as 'ten weeks to a little over four'; measurable with "
                     "before/goal/final figures; published on both websites.")
