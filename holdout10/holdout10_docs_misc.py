"""holdout10 amendments 37-39 and an unknown-type document 40."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D37 = doc(37, "hf-opt-amendment-01", "docx", "amendment",
    "Project Amendment Form - HF-OPT Amendment No. 1",
    [("title", "Project Amendment Form - HF-OPT Amendment No. 1"),
     ("kv", [["Project", "HF-OPT Heart Failure Therapy Optimisation Clinics"],
             ["Agreement reference", "HTHT-CWA-2025-04"],
             ["Amendment number", "01"],
             ["Requested by", "Dr Fiona Garside, Consultant Cardiologist (Trust)"],
             ["Date", "9 September 2025"]]),
     ("h1", "Description of change"),
     ("p", "Add a third community hub at Greyhallow Health Centre from November 2025, staffed by "
           "the existing nurse specialist one day a week, to reach patients in the east of the "
           "district who have struggled to travel to the two current hubs."),
     ("h1", "Impact"),
     ("table", [["Area", "Impact"],
                ["Budget", "No change to Veltris funding; Trust adds room hire (GBP 2,400 in kind)"],
                ["Timeline", "No change to end date (30 April 2026)"],
                ["KPIs", "Targets unchanged; hub-level reporting added"],
                ["Governance", "No change to steering group membership"],
                ["Risks", "Nurse capacity - mitigated by reducing hub 2 by half a day"]], [0.25, 0.75]),
     ("h1", "Approval"),
     ("table", [["Organisation", "Approver", "Date"],
                ["Holmsworth Teaching Hospitals NHS Trust", "Dr Harriet Collingwood, CMO", "15/09/2025"],
                ["Veltris Pharma UK Ltd", "Dr Paolo Rinaldi, UK Medical Director", "17/09/2025"]], None),
     ],
    notes="Amendment: only promotional-language and sales-roles apply; both pass.",
    header="HF-OPT | Amendment 01", footer="OFFICIAL")

D38 = doc(38, "af-pharmacy-amendment-02", "pdf", "amendment",
    "Change Request 02 - AF Detection in Community Pharmacy",
    [("title", "Change Request 02 - AF Detection in Community Pharmacy"),
     ("kv", [["Project", "Atrial Fibrillation Detection in Community Pharmacy"],
             ["Partners", "NHS Castlebridge and Fenmoor ICB; Brightholm Pharmaceuticals UK Ltd"],
             ["Change requested", "Extend the service to 10 more pharmacies in Fenmoor East; add "
                                  "pharmacy support visits to the delivery plan"],
             ["Reason", "Low screening numbers in Fenmoor East, where stroke rates are highest"],
             ["Delivery change", "Brightholm's Key Account Managers for the Fenmoor territory will "
                                 "visit each new pharmacy monthly to support set-up, collect device "
                                 "usage figures and report progress to the steering group"],
             ["Budget", "Brightholm: additional 20 ECG devices (GBP 9,000). ICB: additional "
                        "service fees (GBP 15,000)"],
             ["Dates", "From 1 October 2025; end date unchanged"],
             ["Approved", "Steering group, 22 September 2025"]]),
     ],
    notes="sales-roles fail: Key Account Managers added to delivery (pharmacy visits, reporting to "
          "steering group).",
    header="Castlebridge and Fenmoor ICB", footer="CR-02", sales_roles="fail")

D39 = doc(39, "insulin-support-amendment", "docx", "amendment",
    "Project Amendment - T2D Insulin Initiation and Titration Support (Amendment A)",
    [("title", "Project Amendment - T2D Insulin Initiation and Titration Support (Amendment A)"),
     ("p", "Raised by %s on behalf of the steering group, 3 December 2025." % PMO),
     ("h1", "1. Change"),
     ("p", "Extend the eligibility criteria to include people with HbA1c between 64 and 75 "
           "mmol/mol, and add a second cohort of 150 patients."),
     ("h1", "2. Rationale"),
     ("p", "Early results are strong and Veltris wishes to build on this success to drive uptake "
           "of Cardiolex, its once-daily GLP-1 injection, among the new cohort, positioning it as "
           "the first-choice injectable in Aldercombe."),
     ("h1", "3. Impact"),
     ("table", [["Item", "Change"],
                ["Funding", "Veltris adds GBP 40,000 for nurse time"],
                ["Timeline", "Extended by four months to December 2026"],
                ["KPIs", "Add: number of cohort 2 patients started on an injectable therapy"]], [0.25, 0.75]),
     ("h1", "4. Sign-off"),
     ("p", "Dr Imogen Rusk (Trust) and Martin Oyelaran (Veltris), 10 December 2025."),
     ],
    notes="promotional-language fail: amendment aims to drive uptake of the named company product.",
    header="T2D Insulin Support | Amendment A", footer="OFFICIAL", promotional_language="fail")

D40 = doc(40, "partnership-board-briefing", "pdf", "unknown",
    "Wealdmoor Health Innovation Network - Industry Partnerships Board: Quarterly Briefing",
    [("title", "Industry Partnerships Board: Quarterly Briefing (Q3 2025)"),
     ("sub", "%s, hosted by %s. Prepared by the partnerships team with %s." % (HIN, HIN_HOST, PMO)),
     ("h1", "1. Portfolio at a glance"),
     ("table", [["Project", "Partners", "Stage", "RAG"],
                ["HF-OPT", "Holmsworth THT / Veltris", "Delivery (month 5)", "Green"],
                ["COPD spirometry hubs", "Severnleigh ICB / Orvane", "Mobilisation", "Amber"],
                ["Diabetic eye screening", "Severnleigh ICB / Harrowgate / Univ. of Ashcombe", "Delivery", "Green"],
                ["Hep C testing", "Brackenfold BC / Castlebridge CHT / Orvane", "PID drafting", "Green"],
                ["Care home falls", "Greyhallow Health CIC / Solenne", "Concept", "Amber"]],
      [0.26, 0.42, 0.18, 0.14]),
     ("h1", "2. Items for the Board"),
     ("bullets", ["Spirometry hubs: physiologist recruitment slipped by six weeks; revised "
                  "mobilisation plan attached to the papers",
                  "Care home falls: Greyhallow to confirm its staff and venue contribution before "
                  "a PID can be drafted",
                  "Template refresh: the PID and agreement templates have been updated to reflect "
                  "the 2024 Code and will be issued in November"]),
     ("h1", "3. Training"),
     ("p", "Two workshops on collaborative working governance for NHS project leads were held in "
           "September, attended by 41 staff from eight organisations. Company attendees came from "
           "medical affairs and NHS partnership teams."),
     ("h1", "4. Next meeting"),
     ("p", "Thursday 11 December 2025, 10:00, Aldercombe Innovation Hub and online."),
     ],
    notes="Unknown type (portfolio briefing, not one of the six document types): only "
          "promotional-language and sales-roles apply; both pass.",
    header="%s | Partnerships Board" % HIN, footer="OFFICIAL", layout="single")
