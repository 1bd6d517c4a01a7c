"""holdout10 outcomes summaries 32-36."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D32 = doc(32, "pulmonary-rehab-outcomes", "pdf", "outcomes-summary",
    "Summary of Project Outcomes - Pulmonary Rehabilitation Access Project 2023-2024",
    [("title", "Summary of Project Outcomes - Pulmonary Rehabilitation Access Project 2023-2024"),
     ("sub", "Castlebridge Community Healthcare NHS Trust and Orvane Therapeutics Ltd. Evaluation "
             "by %s; report compiled by %s. Published March 2025." % (HIN, PMO)),
     ("h1", "1. What the project did"),
     ("p", "Between April 2023 and September 2024 the partners added evening and online "
           "pulmonary rehabilitation groups and a referral coordinator, aiming to get more people "
           "with COPD through a full programme."),
     ("h1", "2. Results against objectives"),
     ("table", [["Measure", "Baseline (2022/23)", "Target", "Achieved", "Source"],
                ["Referrals to pulmonary rehab per year", "410", "650", "712", "Trust PAS"],
                ["Median wait from referral to start (weeks)", "19", "8", "9", "Trust PAS"],
                ["Completion rate", "48%", "65%", "67%", "Programme records"],
                ["Mean CAT score improvement at completion", "n/a", "-2", "-3.1", "Programme records"],
                ["COPD admissions in completers (12 months after)", "n/a", "-15%", "-21%", "SUS"]],
      [0.32, 0.16, 0.12, 0.14, 0.26]),
     ("h1", "3. What it meant for patients"),
     ("p", "More people finished rehabilitation, and those who did reported less breathlessness "
           "and were admitted to hospital less often. Evening and online groups made it possible "
           "for working-age patients and carers to take part for the first time."),
     ("h1", "4. Learning"),
     ("bullets", ["A single coordinator making follow-up calls doubled uptake among people who "
                  "had declined a first invitation",
                  "Online groups suited some patients but not those without reliable broadband",
                  "The Trust has now made the evening groups part of its core service"]),
     ("h1", "5. Publication"),
     ("p", "This summary is published on the websites of both partners within six months of "
           "project completion. Orvane's contribution of GBP 77,000 is included in its Disclosure "
           "UK submission."),
     ],
    notes="All pass.", header="Pulmonary Rehabilitation Access Project | Outcomes",
    footer="ORV-CW-OUT-004 | March 2025", layout="two")

D33 = doc(33, "social-prescribing-outcomes", "docx", "outcomes-summary",
    "End of Project Report - Social Prescribing for Chronic Pain",
    [("title", "End of Project Report - Social Prescribing for Chronic Pain"),
     ("sub", "Brackenfold Borough Council, Castlebridge Community Healthcare NHS Trust and "
             "Veltris Pharma UK Ltd. Report prepared by %s, May 2025." % PMO),
     ("h1", "Executive overview"),
     ("p", "From June 2024 to March 2025 link workers supported people living with long-term "
           "pain to take part in community activities, peer groups and gentle exercise as an "
           "alternative to escalating medicines."),
     ("h1", "Outcomes"),
     ("p", "Participants told us they felt more in control of their pain and less isolated. "
           "Link workers and GPs felt that the service was valued and that referrals had "
           "increased during the project. Several participants reduced their use of pain "
           "medicines. Overall the project was considered a success by all partners."),
     ("h1", "Benefits to patients"),
     ("p", "People gained confidence, made social connections and found ways to manage pain day "
           "to day without relying only on medicines."),
     ("h1", "Lessons"),
     ("bullets", ["Link worker continuity mattered more than the type of activity",
                  "Referral criteria should be simpler",
                  "Council leisure services were a strong partner"]),
     ("h1", "Distribution"),
     ("p", "This report is for the partners' internal governance committees only and will not "
           "be published."),
     ],
    notes="measurable-outcomes warn: only qualitative outcomes, no figures. transparency fail: "
          "explicitly internal only, not published.",
    header="Social Prescribing for Chronic Pain | End of project", footer="Restricted - partners only",
    measurable_outcomes="warn", transparency="fail")

D34 = doc(34, "rheumatology-homecare-outcomes", "pdf", "outcomes-summary",
    "Summary of Project Outcomes: Rheumatology Homecare Capacity Project",
    [("title", "Summary of Project Outcomes: Rheumatology Homecare Capacity Project"),
     ("sub", "Holmsworth Teaching Hospitals NHS Trust and Solenne Medical UK plc. October 2025."),
     ("h1", "Summary"),
     ("p", "Solenne funded a homecare coordinator in the rheumatology service for 12 months "
           "(October 2024 to September 2025) to move suitable patients on subcutaneous therapies "
           "from hospital collection to homecare delivery."),
     ("h1", "Results"),
     ("table", [["Indicator", "Baseline", "Target", "Result"],
                ["Patients registered with homecare", "310", "500", "544"],
                ["Pharmacy outpatient dispensing episodes per month", "420", "250", "236"],
                ["Patients on Solenne's adalimumab biosimilar via homecare", "88", "250", "301"]], None),
     ("h1", "Benefits"),
     ("p", "For the Trust: pharmacy dispensing capacity released and VAT savings on homecare "
           "supply. For Solenne: strong pull-through of its biosimilar across the homecare "
           "cohort and improved share of voice with the rheumatology team. Patient experience "
           "was not assessed in this project."),
     ("h1", "Publication"),
     ("p", "This summary is published on Solenne's website and the Trust's website within six "
           "months of completion."),
     ],
    notes="promotional-language fail: 'pull-through', 'share of voice', product uptake as a result. "
          "patient-benefit fail: benefits listed only for the Trust and the company; patient "
          "experience explicitly not assessed.",
    header="Solenne Medical UK plc", footer="SOL-UK-CW-OUT-12", ruled=False,
    promotional_language="fail", patient_benefit="fail")

D35 = doc(35, "eye-screening-outcomes", "docx", "outcomes-summary",
    "Project Outcomes Report - Diabetic Eye Screening Backlog Recovery",
    [("title", "Project Outcomes Report - Diabetic Eye Screening Backlog Recovery"),
     ("sub", "NHS Severnleigh Integrated Care Board, Harrowgate Biosciences UK Ltd and University of "
             "Ashcombe. Final, published 12 January 2027."),
     ("h1", "1. Project in brief"),
     ("p", "From July 2025 to September 2026, extra evening and weekend screening clinics and two "
           "patient navigators worked to clear a backlog of people overdue diabetic eye screening."),
     ("h1", "2. Results"),
     ("table", [["Measure", "Start (Jun 2025)", "Target", "End (Sep 2026)"],
                ["People overdue > 12 months", "5,400", "< 1,000", "870"],
                ["Uptake among previous non-attenders", "0%", "40%", "46%"],
                ["Weeks from screen to referral (sight-threatening)", "11", "< 6", "5"]], None),
     ("p", "Source: screening programme management system, verified by the University of Ashcombe."),
     ("h1", "3. Difference for patients"),
     ("p", "4,530 people were screened who otherwise would have waited, and 61 were found to "
           "have sight-threatening retinopathy and referred for treatment - most within five "
           "weeks, which gives the best chance of keeping their sight."),
     ("h1", "4. What we learned"),
     ("bullets", ["Navigator phone calls in people's first language were the most effective single intervention",
                  "Weekend clinics suited working-age adults",
                  "The navigator role has been written into the 2026/27 screening contract"]),
     ("h1", "5. Where this is published"),
     ("p", "This report is available on the ICB, Harrowgate and University websites, within six "
           "months of the project's end. An academic paper has been submitted for peer review."),
     ],
    notes="All pass.", header="Diabetic Eye Screening Backlog Recovery | Outcomes",
    footer="SICB/CW/2025/011 | Public")

D36 = doc(36, "hypertension-pharmacy-outcomes", "pdf", "outcomes-summary",
    "Outcome Summary - Community Pharmacy Blood Pressure Check Extension",
    [("title", "Outcome Summary - Community Pharmacy Blood Pressure Check Extension"),
     ("sub", "NHS Castlebridge and Fenmoor ICB and Brightholm Pharmaceuticals UK Ltd. Sept 2025."),
     ("h1", "Overview"),
     ("p", "The project extended blood pressure checks to 18 additional community pharmacies in "
           "Fenmoor between October 2024 and June 2025, with referral of raised readings to GPs."),
     ("h1", "Benefit to patients"),
     ("p", "People with undiagnosed high blood pressure were identified closer to home and "
           "referred for treatment, lowering their risk of heart attack and stroke."),
     ("h1", "Results"),
     ("p", "Data collection from the pharmacy platform was incomplete during the project. "
           "Outcome metrics are TBC and will be added once the data have been reconciled."),
     ("h1", "Publication"),
     ("p", "This summary is published on both partners' websites within six months of "
           "completion, and will be updated when results are available."),
     ("h1", "Contacts"),
     ("p", "Dr Rhian Pask, Clinical Lead CVD Prevention, ICB. For Brightholm: Carl Benning, "
           "Territory Manager, carl.benning@brightholm.example.com."),
     ],
    notes="measurable-outcomes fail: no results, 'metrics TBC'. sales-roles warn: a Territory "
          "Manager is named only as a contact.",
    header="Castlebridge and Fenmoor ICB | Brightholm", footer="BRH-CW-OUT-003",
    measurable_outcomes="fail", sales_roles="warn")
