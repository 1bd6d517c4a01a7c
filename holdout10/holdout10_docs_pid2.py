"""holdout10 PIDs 5-9."""
from holdout10_common import doc, revision_table, HIN, HIN_HOST, PMO

D5 = doc(5, "young-asthma-review-pid", "docx", "pid",
    "Breathe Easy at School: Asthma Reviews for Young People - Project Initiation Document",
    [("title", "Breathe Easy at School: Asthma Reviews for Young People"),
     ("sub", "Project Initiation Document. Castlebridge Community Healthcare NHS Trust, Brackenfold "
             "Borough Council and Solenne Medical UK plc. Version 2.0, 30 June 2025."),
     revision_table([["1.0", "12/05/2025", "S. Marwood (HIN)", "Initial"],
                     ["2.0", "30/06/2025", "S. Marwood", "Council public health input added"]]),
     ("h1", "1 Context"),
     ("p", "Brackenfold has the highest rate of emergency admissions for childhood asthma in the "
           "region. Most of the children admitted had no asthma review in the preceding year and "
           "many lacked a written action plan. School nurses see these children regularly but "
           "have not been trained to carry out reviews."),
     ("h1", "2 Objectives"),
     ("num", ["Train 22 school nurses to deliver structured asthma reviews by December 2025.",
              "Review 900 pupils aged 5-16 with an asthma code in the 2025/26 school year.",
              "Raise the proportion of those pupils with a personalised action plan from 38% "
              "to 85% by July 2026.",
              "Reduce emergency asthma admissions in the cohort by 20% against 2023/24 (SUS data)."]),
     ("p", "Children and families get reviews at school rather than missing lessons for "
           "appointments, correct inhaler technique and a plan for what to do when symptoms "
           "worsen - all of which should mean fewer frightening attacks and hospital stays."),
     ("h1", "3 Who is involved"),
     ("table", [["Organisation", "Contribution", "Named lead"],
                ["Castlebridge Community Healthcare NHS Trust", "School nursing team time for reviews "
                 "(approx. 1,350 hours); respiratory nurse trainer 0.2 WTE; clinical governance",
                 "Marianne Toller, Head of Children's Community Services"],
                ["Brackenfold Borough Council (Public Health)", "Access to schools through the "
                 "Healthy Schools programme; GBP 12,000 for family engagement events",
                 "Dr Kwame Asante, Consultant in Public Health"],
                ["Solenne Medical UK plc", "GBP 46,500 for backfill of school nurse time and "
                 "training costs; independent evaluation by the University of Ashcombe (GBP 18,000)",
                 "Naomi Prideaux, Partnerships Director"]], [0.3, 0.45, 0.25]),
     ("h1", "4 Roles (RACI)"),
     ("table", [["Task", "Trust", "Council", "Solenne", "HIN"],
                ["Clinical content of reviews", "A/R", "C", "-", "I"],
                ["School engagement", "C", "A/R", "-", "I"],
                ["Funding and payments", "I", "I", "A/R", "C"],
                ["Evaluation", "C", "C", "A", "R"]], None),
     ("p", "Solenne staff will not attend schools, review sessions or family events, and the "
           "company's commercial teams have no part in the project."),
     ("h1", "5 Keeping information safe"),
     ("p", "Review records are held in the Trust's community electronic record; the Trust is "
           "controller and has completed a DPIA with the council as joint controller for "
           "school-linked data. Evaluation data reach the University and Solenne only in "
           "anonymised, aggregated form. All parties will keep confidential any pupil information "
           "and any non-public information about each other's organisations that they see."),
     ("h1", "6 If the project stops, and after it ends"),
     ("p", "Reviews will be built into the school nursing service specification from September "
           "2026. If Solenne withdraws early (90 days' notice), the Trust will complete reviews "
           "already scheduled and offer remaining pupils a review at their GP practice; backfill "
           "funding already paid will not be reclaimed."),
     ("h1", "7 Openness"),
     ("p", "A plain-English summary of the agreement will go on Solenne's UK website and the "
           "council's public health pages before the first review. Results will be published by "
           "all three partners by December 2026."),
     ],
    notes="All pass.", header="Breathe Easy at School | PID v2.0", footer="OFFICIAL")

D6 = doc(6, "teledermatology-triage-pid", "pdf", "pid",
    "Teledermatology Triage Pilot - Project Initiation Document",
    [("title", "Teledermatology Triage Pilot - Project Initiation Document"),
     ("sub", "Holmsworth Teaching Hospitals NHS Trust with Harrowgate Biosciences UK Ltd. "
             "Prepared by %s. Issue 1, 3 February 2025." % PMO),
     ("h1", "1. Background"),
     ("p", "Routine dermatology referrals at Holmsworth wait 34 weeks on average. Many could be "
           "managed in primary care with advice. The pilot adds photo-based triage by a "
           "consultant within five working days of referral."),
     ("h1", "2. Objectives and KPIs"),
     ("table", [["KPI", "Baseline", "Target", "Data source"],
                ["Median wait to first decision (weeks)", "34", "2", "e-Referral Service"],
                ["Referrals returned with advice and guidance", "4%", "25%", "e-RS / Trust PAS"],
                ["Face-to-face new appointments avoided per month", "0", "120", "Trust PAS"]], None),
     ("h1", "3. Benefits"),
     ("p", "The pilot should improve outcomes and the overall experience of the dermatology "
           "pathway, and will support the Trust's elective recovery plan. Harrowgate will gain "
           "insight into service redesign in dermatology."),
     ("h1", "4. Partners"),
     ("kv", [["Trust", "Holmsworth Teaching Hospitals NHS Trust, Lister Road, Holmsworth HW2 4QT. "
                       "Lead: Dr Oliver Brandreth, Clinical Lead Dermatology"],
             ["Company", "Harrowgate Biosciences UK Ltd, 40 Station Approach, Guildford GU1 4XP. "
                         "Lead: Caroline Yeo, Head of Healthcare Partnerships"]]),
     ("h1", "5. Resources"),
     ("table", [["Partner", "Resource"],
                ["Harrowgate Biosciences UK Ltd", "Dermatoscope attachments for 30 practices "
                 "(GBP 13,500); consultant triage sessions funded at 2 PAs/week for 9 months "
                 "(GBP 41,000); photography training"],
                ["Holmsworth Teaching Hospitals NHS Trust", "Staff and facilities as required"]],
      [0.35, 0.65]),
     ("h1", "6. Information governance and confidentiality"),
     ("p", "Images are captured and stored in the Trust's approved clinical photography system "
           "and attached to the e-RS referral. The Trust is controller; the DPIA (ref DPIA-"
           "DERM-07) was approved in January 2025. Harrowgate has no access to images or "
           "referral details and receives anonymised monthly activity counts only."),
     ("p", "Patient information and all non-public project information remain confidential to "
           "the parties, both during the pilot and after it ends."),
     ("h1", "7. Exit"),
     ("p", "At month 8 the Trust will decide whether to continue triage from its own budget. "
           "If not, referrals revert to the standard pathway and all patients already triaged "
           "keep their allocated appointment. Either party may end the pilot on 60 days' notice; "
           "equipment remains with practices."),
     ("h1", "7. Publication"),
     ("p", "Harrowgate will publish the executive summary before the pilot goes live; the "
           "partners will jointly publish the outcomes within six months of completion."),
     ],
    notes="resource-contributions fail: Trust contribution only 'staff and facilities as required'. "
          "patient-benefit warn: only 'improve outcomes and experience' (vague); the shorter wait "
          "appears as a KPI but no patient benefit is stated as such.",
    header="Teledermatology Triage Pilot | Issue 1", footer="OFFICIAL | HTHT / Harrowgate",
    resource_contributions="fail", patient_benefit="warn")

D7 = doc(7, "fracture-liaison-quick-pid", "docx", "pid",
    "FLS catch-up project - PID (short form)",
    [("title", "FLS catch-up project - PID (short form)"),
     ("p", "Written by the Aldercombe fracture liaison team for the partnership meeting on "
           "9 July. Sorry it is brief - fuller version to follow if needed."),
     ("kv", [["Project", "Fracture liaison service catch-up: bone health assessment for people "
                         "with a fragility fracture in the last 2 years who were missed"],
             ["Partners", "Aldercombe and Wyre NHS Foundation Trust (Bramley Road, Aldercombe AW1 3RT); "
                          "Orvane Therapeutics Ltd (3 Meridian Park, Slough SL2 5EQ)"],
             ["Leads", "Sister Joanne Keel, FLS Lead Nurse (Trust); Dr Sunil Chaudhry, Medical Director UK (Orvane)"],
             ["Dates", "September 2025 to August 2026"],
             ["Why", "Around 1,100 patients fractured during 2023-24 when the FLS was short-staffed "
                     "and never had a bone health assessment. Each is at high risk of a second fracture."],
             ["Patient benefit", "Assessment, falls advice and treatment where needed, so fewer "
                                 "hip and spine fractures, less pain and loss of independence"],
             ["Orvane provides", "GBP 38,000 to fund a Band 6 FLS nurse for 12 months; DXA scan "
                                 "slots at the independent sector provider (GBP 16,000)"],
             ["Trust provides", "FLS consultant supervision (1 PA/week), admin 0.5 WTE, clinic space, "
                                "DXA reporting"],
             ["Data", "All records stay in the Trust EPR (Trust is controller, DPIA done 06/25). "
                      "Orvane gets anonymised totals only."],
             ["Confidentiality", "To follow in the full agreement"],
             ["KPIs", "TBC - to be agreed with Orvane at first steering meeting"],
             ["End of project", "Nurse post funded to Aug 2026, then the Trust will absorb the post "
                                "into the FLS establishment (agreed by Division, 20/06/25). Any "
                                "patient mid-pathway stays with the FLS. 3 months' notice either side."],
             ["Publishing", "Orvane publishes summary before start; outcomes report by both "
                            "partners within 6 months of the end"]]),
     ("p", "Sales staff will not be involved. Treatment decisions follow NICE guidance and the "
           "Trust formulary."),
     ],
    notes="confidentiality fail: placeholder 'to follow in the full agreement'; only data "
          "handling is described. measurable-outcomes fail: 'KPIs TBC'.",
    author="Joanne Keel", header="Aldercombe FLS", footer="",
    confidentiality="fail", measurable_outcomes="fail")

D8 = doc(8, "lipid-optimisation-pcn-pid", "pdf", "pid",
    "Project Initiation Document: Lipid Optimisation in Three Primary Care Networks",
    [("title", "Project Initiation Document: Lipid Optimisation in Three Primary Care Networks"),
     ("sub", "Ravensmere Primary Care Federation Ltd (lead contracting body for Ravensmere North, "
             "Ravensmere South and Wyre Villages PCNs) and Tamberlin Life Sciences Ltd. "
             "Prepared with %s by %s. Version 1.1, 19 August 2025." % (HIN, PMO)),
     ("h1", "1. Rationale"),
     ("p", "Fewer than a third of patients with established cardiovascular disease in the three "
           "networks reach the non-HDL cholesterol level recommended in the national lipid "
           "pathway. Pharmacist capacity to review these patients is the main constraint."),
     ("h1", "2. Objectives"),
     ("table", [["Ref", "Outcome", "Baseline", "Target", "Date", "Source"],
                ["1", "Secondary prevention patients with lipid review in 12 months", "58%", "85%", "Sep 2026", "EMIS search"],
                ["2", "Patients reaching non-HDL < 2.6 mmol/L", "31%", "45%", "Sep 2026", "EMIS search"],
                ["3", "Patients intolerant of first-line therapy offered an alternative per NICE", "n/a", "90%", "Sep 2026", "Audit"]],
      [0.06, 0.38, 0.12, 0.12, 0.14, 0.18]),
     ("p", "People at highest risk of heart attack and stroke get a timely review, a clear "
           "explanation of their cholesterol results and treatment that suits them, which should "
           "lower their future risk. Practices gain a sustainable review model; Tamberlin gains "
           "insight into how PCN pharmacists run long-term condition reviews."),
     ("h1", "3. Partners and leads"),
     ("table", [["Organisation", "Address", "Lead", "Email"],
                ["Ravensmere Primary Care Federation Ltd", "The Old Mill, Ravensmere RV4 9PL",
                 "Dr Tessa Iqbal, Clinical Director", "t.iqbal@ravensmerepcf.nhs.example"],
                ["Tamberlin Life Sciences Ltd", "2 Harbour Exchange, London E14 9GE",
                 "Graham Oduya, NHS Collaborations Lead", "g.oduya@tamberlin.example.com"]],
      [0.28, 0.27, 0.25, 0.2]),
     ("h1", "4. Contributions and budget"),
     ("table", [["Line", "Federation (in kind)", "Tamberlin (cash)"],
                ["Clinical pharmacist time (3 x 0.2 WTE, 12 months)", "GBP 39,600", "-"],
                ["Backfill for pharmacist sessions", "-", "GBP 27,000"],
                ["Searches, coding templates, data extracts", "GBP 4,800", "-"],
                ["Project management and evaluation (Kestrel Lane)", "-", "GBP 15,500"],
                ["Total", "GBP 44,400", "GBP 42,500"]], [0.5, 0.25, 0.25]),
     ("h1", "5. Governance"),
     ("p", "Monthly project group: federation clinical director (chair), the three PCN clinical "
           "directors, lead pharmacist, Tamberlin's NHS Collaborations Lead and a Tamberlin medical "
           "adviser, Kestrel Lane project manager. Tamberlin representatives attend as partners "
           "in the project only; none has a commercial or field-based role."),
     ("h1", "6. Data and confidentiality"),
     ("p", "Practices remain data controllers for their records; processing is for direct care "
           "and a DPIA has been completed by the federation's data protection officer. Outcome "
           "data will be extracted as practice-level aggregates. Tamberlin will not receive any "
           "patient-level data."),
     ("p", "Confidential information of either partner, and any patient information, will be "
           "protected and used only for the project; this obligation continues after the project "
           "closes."),
     ("h1", "7. Risks"),
     ("table", [["Risk", "RAG", "Mitigation"],
                ["Pharmacist turnover", "Amber", "Cross-cover between PCNs; recorded protocol"],
                ["Data extraction delays", "Green", "Searches validated in month 1"],
                ["Perceived product bias", "Amber", "Reviews follow national pathway; no product named in templates"]],
      [0.32, 0.2, 0.48]),
     ("h1", "8. Ending the project"),
     ("p", "Backfill funding stops on 30 September 2026. The PCNs have agreed to keep lipid "
           "reviews within their pharmacists' ongoing long-term condition work. If the project "
           "is stopped early, on one month's notice from either party, patients already booked "
           "will be seen and no one will be left without a follow-up plan."),
     ("h1", "9. Publication"),
     ("p", "The executive summary will be placed on Tamberlin's website before the first "
           "review, and an outcomes report published by both partners within six months of the "
           "end of the project."),
     ],
    notes="All pass. PCNs contract via the federation (PID; legal-entities not applicable anyway).",
    header="Lipid Optimisation PID v1.1", footer="Ravensmere PCF / Tamberlin Life Sciences | OFFICIAL",
    layout="two", ruled=True)

D9 = doc(9, "insulin-titration-pid", "docx", "pid",
    "Type 2 Diabetes Insulin Initiation and Titration Support - PID",
    [("title", "Type 2 Diabetes Insulin Initiation and Titration Support - PID"),
     ("sub", "Aldercombe and Wyre NHS Foundation Trust (community diabetes) and Veltris Pharma UK Ltd. "
             "Version 1.0, prepared by %s, September 2025." % PMO),
     ("h1", "1. Background and need"),
     ("p", "Around 600 people with type 2 diabetes in Aldercombe have HbA1c above 75 mmol/mol "
           "despite oral therapy, and waits for insulin initiation in the community diabetes "
           "service exceed four months."),
     ("h1", "2. Objectives"),
     ("bullets", ["Start insulin, where clinically appropriate, for 250 patients within 12 months",
                  "Median wait for initiation under 6 weeks by month 6 (baseline 17 weeks)",
                  "Mean HbA1c reduction of 15 mmol/mol at 6 months post-initiation (Trust diabetes system)",
                  "Ensure eligible patients are started on Glivarel once-weekly basal insulin, "
                  "increasing its share of new basal insulin starts to 60%"]),
     ("p", "Patients get insulin started sooner with more support during titration, fewer "
           "hyperglycaemic symptoms and a lower long-term risk of complications."),
     ("h1", "3. Partners and resources"),
     ("table", [["Partner", "Lead", "Contribution"],
                ["Aldercombe and Wyre NHS Foundation Trust", "Dr Imogen Rusk, Consultant Diabetologist",
                 "DSN supervision, clinic rooms, pharmacy, data extraction (approx. GBP 33,000 in kind)"],
                ["Veltris Pharma UK Ltd", "Martin Oyelaran, Head of NHS Partnerships",
                 "2 x Band 6 diabetes nurses for 12 months (GBP 92,000); patient education materials"]],
      [0.3, 0.3, 0.4]),
     ("h1", "4. Data protection and confidentiality"),
     ("p", "The Trust is controller; a DPIA has been completed. Veltris receives anonymised "
           "aggregate reports only. Each party will keep the other's confidential information, "
           "and all patient information, confidential during and after the project."),
     ("h1", "5. Project closure"),
     ("p", "When the 12 months are over the steering group will hold a close-down meeting, sign "
           "off the final report and be disbanded."),
     ("h1", "6. Transparency"),
     ("p", "Veltris will publish an executive summary on its website before the project starts, "
           "and an outcomes summary will be published within six months of the end."),
     ],
    notes="promotional-language fail: objective to put patients on the company's named product and "
          "raise its share of starts. exit-strategy warn: closure only disbands the steering group; "
          "nothing on patients or the funded nurses.",
    header="T2D Insulin Support PID v1.0", footer="OFFICIAL",
    promotional_language="fail", exit_strategy="warn")
