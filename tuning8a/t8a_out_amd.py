"""tuning8a: outcomes summaries (3) and amendments (3). All names invented."""

OUT01 = {
    "file": "t8a_out_01_glanrhyd_anticoag_close_down_report.pdf", "fmt": "pdf", "type": "outcomes-summary",
    "columns": 1, "ruled": True, "accent": "1E4D2B",
    "header": "Close-down Report - published summary", "footer": "Glanrhyd UHB / Halden Pharmaceuticals UK Limited "
                                                                 "- HAL-UK-2025-204 - June 2025",
    "over": {},
    "notes": "'Close-down Report' that reports results, reflections and learning after completion: an "
             "outcomes summary. All applicable rules pass (numeric results against baselines; published "
             "on both websites within six months of close).",
    "blocks": [
        ("title", "Close-down Report"),
        ("sub", "Anticoagulation clinic redesign - Glanrhyd University Health Board and Halden "
                "Pharmaceuticals UK Limited"),
        ("kv", [("Partners", "Glanrhyd University Health Board; Halden Pharmaceuticals UK Limited"),
                ("Duration", "April 2023 to March 2025 (24 months)"),
                ("Overview", "The project moved warfarin and DOAC monitoring from the hospital clinic into six "
                             "community hubs run by pharmacists, with self-testing for suitable patients.")]),
        ("h1", "Results"),
        ("table", [["Measure", "Baseline (2022/23)", "Result (2024/25)"],
                   ["Time in therapeutic range, warfarin patients", "58%", "69%"],
                   ["DOAC patients with renal function checked in last 12 months", "64%", "91%"],
                   ["Bleeding-related admissions among clinic patients", "41", "27"],
                   ["Average patient travel to clinic (miles)", "14.2", "4.6"]], True),
        ("h1", "What this meant"),
        ("p", "Patients: safer anticoagulation, fewer bleeds and much shorter journeys. Health Board: hospital "
              "clinic capacity released and the hub model adopted in the 2025/26 plan. Halden: understanding "
              "of community anticoagulation services."),
        ("h1", "Reflections"),
        ("bul", ["Both partners delivered their agreed contributions; Halden delivered 22 of 25 project "
                 "management days, the balance being returned by agreement.",
                 "The shared goal held throughout; one variance (hub 5 opening three months late) was agreed at "
                 "the project board.",
                 "The Health Board has funded the hubs recurrently from April 2025."]),
        ("h1", "Publication"),
        ("p", "This report is published on the websites of both organisations within six months of the "
              "project closing on 31 March 2025."),
    ],
}

OUT02 = {
    "file": "t8a_out_02_harlow_vale_outcomes_summary.docx", "fmt": "docx", "type": "outcomes-summary",
    "header": "For steering group only", "footer": "Harlow Vale Health Partnership Ltd / Valdane Healthcare UK Ltd",
    "accent": "7A2E0E",
    "over": {"measurable-outcomes": "warn", "transparency": "fail"},
    "notes": "measurable-outcomes WARN: outcomes are reported only qualitatively ('improved', 'positive "
             "feedback') with no figures or baselines. transparency FAIL: circulated to the steering group "
             "only and 'not intended for external circulation'; no publication commitment.",
    "blocks": [
        ("title", "Summary of Project Outcomes"),
        ("sub", "Housebound patient falls-risk medication reviews, Harlow Vale practices, 2023-2024"),
        ("h2", "Partners"),
        ("p", "Harlow Vale Health Partnership Ltd and Valdane Healthcare UK Ltd."),
        ("h2", "Dates"),
        ("p", "Started February 2023; finished January 2024."),
        ("h2", "What we set out to do"),
        ("p", "Offer a home medication review to housebound patients at high risk of falls, focusing on "
              "medicines that cause dizziness, low blood pressure or sedation."),
        ("h2", "What happened"),
        ("p", "Reviews were carried out across the participating practices. Practice teams reported that the "
              "reviews were worthwhile and that many patients had medicines stopped or reduced. Feedback from "
              "patients and carers was positive and falls appeared to reduce. The outcomes were monitored by "
              "the steering group throughout."),
        ("h2", "Benefits"),
        ("p", "Patients: fewer sedating medicines, fewer dizzy spells and greater confidence at home. "
              "Federation: a model for housebound reviews. Valdane: learning about frailty pathways."),
        ("h2", "Learning"),
        ("p", "Involving carers early made reviews more effective; care home patients should be included in "
              "any future phase."),
        ("h2", "Circulation"),
        ("p", "This summary has been prepared for the project steering group and is not intended for external "
              "circulation."),
    ],
}

OUT03 = {
    "file": "t8a_out_03_westbourne_end_of_project_report.pdf", "fmt": "pdf", "type": "outcomes-summary",
    "columns": 2, "ruled": True, "accent": "5B3A1A",
    "header": "End of Project Report", "footer": "Westbourne Hospitals NHS Trust / Ashgrove Pharmaceuticals UK Limited",
    "over": {"promotional-language": "fail", "patient-benefit": "fail"},
    "notes": "'End of Project Report': an outcomes summary. promotional-language FAIL: headline result is "
             "growth in initiations on the company's brand (Trocalex) and 'pull-through' language. "
             "patient-benefit FAIL: 'Benefits to patients: N/A' and the only benefit reported is product "
             "uptake. Measurable outcomes pass on form (numbers with baselines), though the measures are "
             "product-linked; transparency passes (website publication within six months plus Disclosure UK).",
    "blocks": [
        ("title", "End of Project Report"),
        ("sub", "Rheumatology early arthritis clinic support, Westbourne Hospitals NHS Trust and Ashgrove "
                "Pharmaceuticals UK Limited, March 2024 - February 2025"),
        ("h1", "Overview"),
        ("p", "Ashgrove funded additional nurse-led early arthritis clinic sessions for 12 months. The Trust "
              "provided consultant supervision, clinic rooms and administration."),
        ("h1", "Key results"),
        ("table", [["Indicator", "Before", "After"],
                   ["Clinic sessions per month", "4", "9"],
                   ["Patients reviewed", "188", "412"],
                   ["New initiations on Trocalex", "31", "74"],
                   ["Trocalex share of advanced therapy starts", "18%", "35%"]], True),
        ("p", "The headline outcome is the strong pull-through to Trocalex, the market-leading JAK therapy, "
              "which more than doubled its initiations during the project."),
        ("h1", "Benefits"),
        ("kv", [("Benefits to patients", "N/A - see commercial outcomes above"),
                ("Benefits to the Trust", "Additional clinic capacity during the project"),
                ("Benefits to Ashgrove", "Growth in Trocalex use in the region")]),
        ("h1", "Learning"),
        ("p", "Nurse-led sessions were easy to staff once rooms were secured; future projects should agree "
              "the rooms before the start date."),
        ("h1", "Publication"),
        ("p", "This report will be published on both partners' websites within six months of completion, and "
              "Ashgrove's funding is disclosed on Disclosure UK."),
    ],
}

AMD01 = {
    "file": "t8a_amd_01_cwmteifi_variation_no2.docx", "fmt": "docx", "type": "amendment",
    "header": "OFFICIAL | Variation No. 2 | COPD Early Supported Discharge Bundle",
    "footer": "Cwm Teifi UHB / Ashgrove Pharmaceuticals UK Limited | ASH-UK-JW-0311-V2",
    "accent": "00594F",
    "over": {},
    "notes": "'Variation No. 2' is a change record against the approved PID: an amendment. Only "
             "promotional-language and sales-roles apply; both pass. The DPIA update it records does not "
             "make data-protection applicable (n/a for amendments).",
    "blocks": [
        ("title", "Variation No. 2"),
        ("sub", "Project: COPD Early Supported Discharge Bundle (PID v1.0 of 28/03/2025)"),
        ("kv", [("Project owners", "Rhian Pryce, Head of Respiratory Services, Cwm Teifi UHB; Matthew Okafor, "
                                   "NHS Partnerships Lead, Ashgrove Pharmaceuticals UK Limited"),
                ("Change requested", "Home reviews will also be offered by video through the Health Board's "
                                     "existing video consultation platform for patients who prefer it. The "
                                     "first-patient date moves from June to July 2025 because the Band 6 nurse "
                                     "started four weeks late."),
                ("Impact - timeline", "Completion moves from 31 May 2026 to 30 June 2026."),
                ("Impact - logistics", "The UHB DPIA (IG-DPIA-0419) has been updated by the Information "
                                       "Governance Group to cover video reviews; no data flows to Ashgrove "
                                       "change."),
                ("Impact - finance", "None. Ashgrove's funding stays at £47,800 and is re-phased over 12 "
                                     "months from July."),
                ("Public summary", "The executive summary will be updated with the new dates and "
                                   "re-certified before 1 July 2025."),
                ("Submitted to project board", "12 June 2025"),
                ("Approved", "Project board, 19 June 2025 - both parties")]),
    ],
}

AMD02 = {
    "file": "t8a_amd_02_ashby_fold_change_request_cr004.pdf", "fmt": "pdf", "type": "amendment",
    "columns": 1, "ruled": True, "accent": "8B0000",
    "header": "Change Request CR-004", "footer": "Ashby Fold NHS FT / Pellham Therapeutics UK Limited - IBD virtual "
                                                 "monitoring",
    "over": {"sales-roles": "fail"},
    "notes": "'Change Request' against the project plan: an amendment. sales-roles FAIL: the change makes "
             "Pellham's Regional Business Manager the company project lead, with a seat on the steering "
             "group and responsibility for clinic roll-out.",
    "blocks": [
        ("title", "Change Request CR-004"),
        ("sub", "Virtual biologics monitoring service for inflammatory bowel disease"),
        ("table", [["Field", "Entry"],
                   ["Requested by", "Pellham Therapeutics UK Limited"],
                   ["Date submitted", "4 November 2025"],
                   ["Description of change", "Pellham's company project lead changes from the Medical Science "
                                             "Liaison to Ryan Coulter, Regional Business Manager (North), who "
                                             "will join the Joint Steering Group and lead roll-out of the "
                                             "virtual clinic to the two satellite sites."],
                   ["Reason", "MSL vacancy; continuity of relationship with the satellite sites."],
                   ["Impact on timeline", "None expected."],
                   ["Impact on finance", "None - Pellham's funding is unchanged at £61,000."],
                   ["Impact on logistics", "Satellite site go-live dates confirmed as January and March 2026."],
                   ["Steering group decision", "Approved 11 November 2025"]], True),
        ("p", "Signed: Trust IBD Clinical Lead; Pellham Head of Medical Affairs UK."),
    ],
}

AMD03 = {
    "file": "t8a_amd_03_eastmere_contract_variation_notice.docx", "fmt": "docx", "type": "amendment",
    "header": "Contract Variation Notice | OFFICIAL", "footer": "EMICB-MoA-2025-14 | CVN 1",
    "accent": "003087", "font": "Arial",
    "over": {},
    "notes": "'Contract Variation Notice' varying the Memorandum of Agreement: an amendment. Only "
             "promotional-language and sales-roles apply; both pass (the notice restates that sales and key "
             "account teams are not involved). Data sharing text is irrelevant to the label (n/a).",
    "blocks": [
        ("title", "Contract Variation Notice"),
        ("sub", "Type 2 diabetes remission support in Eastmere - Memorandum of Agreement ref. EMICB-MoA-2025-14"),
        ("p", "Variation number: 1. Date: 2 March 2027."),
        ("h2", "Parties"),
        ("p", "NHS Eastmere Integrated Care Board; Eastmere Primary Care Alliance Ltd; Brennock Pharma UK Ltd."),
        ("h2", "Variation"),
        ("num", ["(a)  Clause 2.1 is amended so that the term ends on 31 December 2027 instead of 30 September "
                 "2027, to allow the last cohort (enrolled March 2027) to complete 9 months of follow-up.",
                 "(b)  No additional funding is provided by any party; Brennock's unspent funding of £6,200 is "
                 "re-phased into the extension period.",
                 "(c)  The data processing agreement at Schedule 3 is extended to 31 December 2027.",
                 "(d)  Brennock's sales and key account teams remain excluded from the project."]),
        ("h2", "Impact"),
        ("p", "Timeline: three-month extension. Logistics: health coach contracts extended by the Federation. "
              "Finance: nil additional cost. The public summary will be updated with the new end date."),
        ("h2", "Approval"),
        ("p", "Approved by the steering group on 24 February 2027."),
        ("sig", [("NHS Eastmere Integrated Care Board", "Harriet Lowe", "Director of Strategy"),
                 ("Eastmere Primary Care Alliance Ltd", "Dr Vikram Shah", "Medical Director"),
                 ("Brennock Pharma UK Ltd", "Euan Drummond", "Head of Healthcare Partnerships")]),
    ],
}

DOCS = [OUT01, OUT02, OUT03, AMD01, AMD02, AMD03]
