"""holdout10 concept frameworks 27-31."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D27 = doc(27, "hep-c-case-finding-concept", "docx", "concept-framework",
    "Project Concept Framework - Hepatitis C Testing in Drug and Alcohol Services",
    [("title", "Project Concept Framework - Hepatitis C Testing in Drug and Alcohol Services"),
     ("sub", "Completed by %s on behalf of the prospective partners, 6 May 2025." % HIN),
     ("kv", [["Partner organisations", "Brackenfold Borough Council (commissioner of drug and alcohol "
                                       "services); Castlebridge Community Healthcare NHS Trust "
                                       "(provider); Orvane Therapeutics Ltd"],
             ["Key stakeholders", "Service users' forum; hepatology operational delivery network; "
                                  "community pharmacies offering needle exchange"],
             ["Purpose", "- Many people who inject drugs in Brackenfold have never been tested for "
                         "hepatitis C\n- Those who test positive often drop out before treatment\n"
                         "- The region is behind its elimination trajectory"],
             ["Objectives - patients", "Dried blood spot testing and same-day peer support at the "
                                       "point of contact, so more people are diagnosed and complete "
                                       "treatment, avoiding liver damage"],
             ["Objectives - NHS / council", "Progress towards elimination; a tested peer-led model"],
             ["Objectives - Orvane", "Understanding of engagement models in underserved groups"],
             ["Resource impact - Council", "Peer support workers 1.0 WTE via its drug service contract "
                                           "(approx. GBP 28,000); venue access"],
             ["Resource impact - Trust", "Specialist nurse 0.4 WTE; testing kits and lab processing "
                                         "(approx. GBP 19,000)"],
             ["Resource impact - Orvane", "GBP 40,000 towards outreach sessions and evaluation"],
             ["Anticipated start", "Q3 2025"],
             ["Length", "12 months"],
             ["Decision", "Go - proceed to PID (partnership meeting, 2 May 2025)"]]),
     ("p", "Preliminary check: no link to prescribing of any particular medicine; treatment will "
           "follow the national procurement arrangements. Orvane's involvement is through its "
           "medical and partnerships teams only."),
     ],
    notes="All pass.", header="Concept Framework | Hep C testing", footer="OFFICIAL")

D28 = doc(28, "care-home-falls-concept", "pdf", "concept-framework",
    "Concept Framework: Falls Prevention in Greyhallow Care Homes",
    [("title", "Concept Framework: Falls Prevention in Greyhallow Care Homes"),
     ("sub", "Greyhallow Health CIC and Solenne Medical UK plc. Draft for go/no-go, June 2025."),
     ("h1", "1. Partners"),
     ("p", "Greyhallow Health CIC (at-scale provider for 19 practices and the enhanced health in "
           "care homes service); Solenne Medical UK plc."),
     ("h1", "2. Why"),
     ("p", "Residents of Greyhallow's 31 care homes had 1,240 recorded falls last year and 96 hip "
           "fractures. Medication reviews and strength and balance work are patchy."),
     ("h1", "3. Objectives"),
     ("bullets", ["Residents: fewer falls and fractures, fewer ambulance call-outs and hospital stays",
                  "NHS: reduced conveyance and admissions",
                  "Solenne: knowledge of care home service models"]),
     ("h1", "4. Resource impact"),
     ("table", [["Partner", "Financial", "Non-financial"],
                ["Solenne Medical UK plc", "GBP 36,000 for falls practitioner sessions",
                 "Evaluation support; Kestrel Lane project management (20 days)"],
                ["Greyhallow Health CIC", "To be confirmed", "To be confirmed"]], [0.3, 0.35, 0.35]),
     ("h1", "5. Timing"),
     ("p", "Start Q4 2025; 12 months."),
     ("h1", "6. Decision"),
     ("p", "Go ahead in principle, subject to Greyhallow board approval."),
     ],
    notes="resource-contributions fail: Greyhallow's contribution is 'to be confirmed'.",
    header="Greyhallow / Solenne", footer="Concept framework draft",
    resource_contributions="fail")

D29 = doc(29, "inhaler-review-concept", "docx", "concept-framework",
    "Project Concept: Respiratory Review Clinics in Wyre Villages",
    [("title", "Project Concept: Respiratory Review Clinics in Wyre Villages"),
     ("p", "Prepared by Orvane Therapeutics Ltd for discussion with Ravensmere Primary Care "
           "Federation Ltd, July 2025."),
     ("h1", "Partners"),
     ("p", "Ravensmere Primary Care Federation Ltd; Orvane Therapeutics Ltd."),
     ("h1", "Purpose"),
     ("p", "Many asthma and COPD patients in the Wyre Villages practices have not had an annual "
           "review and are using older inhalers. Orvane would fund a respiratory nurse to run "
           "review clinics in the practices."),
     ("h1", "Objectives"),
     ("bullets", ["Review 700 patients over 9 months",
                  "Switch eligible patients from older inhalers to Respiquell, Orvane's once-daily "
                  "triple inhaler, improving pull-through in the Wyre Villages locality",
                  "Federation: review targets met with no extra staff cost"]),
     ("h1", "Benefit to patients"),
     ("p", "Patients will gain access to Respiquell, a modern once-daily inhaler."),
     ("h1", "Resources"),
     ("p", "Orvane: respiratory nurse 0.6 WTE for 9 months (about GBP 31,000). Federation: practice "
           "rooms, clinical system access and GP prescriber sign-off (approx. 3 hours per week)."),
     ("h1", "Timing and decision"),
     ("p", "Q4 2025, 9 months. Decision: to be considered at the federation board in August."),
     ],
    notes="promotional-language fail: switching patients to the named company product, 'pull-through'. "
          "patient-benefit fail: the only patient benefit is access to the company's product.",
    author="Orvane Therapeutics Ltd", header="", footer="Orvane Therapeutics Ltd - draft",
    promotional_language="fail", patient_benefit="fail")

D30 = doc(30, "sickle-cell-transition-concept", "pdf", "concept-framework",
    "Concept Framework - Sickle Cell Transition Support",
    [("title", "Concept Framework - Sickle Cell Transition Support"),
     ("table", [["Field", "Entry"],
                ["Partners", "Holmsworth Teaching Hospitals NHS Trust (haemoglobinopathy service); "
                             "Tamberlin Life Sciences Ltd"],
                ["Background", "Young people with sickle cell disease moving from children's to "
                               "adult services have high rates of missed appointments and emergency "
                               "attendances with painful crises in the two years after transfer."],
                ["What patients gain", "A named transition worker, joint clinics before transfer "
                                       "and a crisis plan, so fewer emergency admissions and a "
                                       "safer handover to adult care"],
                ["What the Trust gains", "Lower disengagement; evidence for a permanent post"],
                ["What Tamberlin gains", "Insight into transition pathways in rare disease"],
                ["Trust contribution", "Consultant and psychologist time for joint clinics (2 sessions "
                                       "per month); clinic space; data analyst 5 days"],
                ["Tamberlin contribution", "GBP 44,000 to fund a Band 6 transition worker for 12 "
                                           "months; GBP 6,000 for patient-designed resources"],
                ["Start / length", "Q1 2026 / 12 months"],
                ["Decision", "Approved to proceed to PID - 14 October 2025"]], [0.28, 0.72]),
     ],
    notes="All pass (short form, everything inside a table).",
    header="Holmsworth / Tamberlin", footer="Concept framework v1", ruled=True)

D31 = doc(31, "anticoagulation-audit-concept", "docx", "concept-framework",
    "Collaborative Working Concept - Anticoagulation Safety Audit in Care Homes",
    [("title", "Collaborative Working Concept - Anticoagulation Safety Audit in Care Homes"),
     ("sub", "Drafted by %s for NHS Castlebridge and Fenmoor ICB and Brightholm Pharmaceuticals UK Ltd." % PMO),
     ("h1", "1. Partners and stakeholders"),
     ("p", "NHS Castlebridge and Fenmoor Integrated Care Board; Brightholm Pharmaceuticals UK Ltd. "
           "Stakeholders: care home providers, community pharmacy, the ICB medicines safety group."),
     ("h1", "2. Purpose"),
     ("p", "Anticoagulant doses in care home residents are often not adjusted when kidney "
           "function or weight changes, which risks bleeding or stroke."),
     ("h1", "3. Objectives"),
     ("p", "Residents on anticoagulants get a pharmacist dose check and a monitoring plan, reducing "
           "bleeding events and strokes. The ICB gets an audit method for all care homes. "
           "Brightholm learns about medicines safety work in care homes."),
     ("h1", "4. Resources"),
     ("table", [["Partner", "Contribution"],
                ["ICB", "Care home pharmacist team time (0.4 WTE, 6 months); medicines safety lead; "
                        "data analysis"],
                ["Brightholm", "GBP 18,500 for pharmacist backfill; audit tool design support"]], [0.25, 0.75]),
     ("h1", "5. Scoping group"),
     ("table", [["Name", "Organisation", "Role in scoping"],
                ["Amir Haddad", "ICB", "Head of Medicines Optimisation (chair)"],
                ["Sofia Rennick", "ICB", "Care Home Pharmacist Lead"],
                ["Tom Askew", "Brightholm", "Key Account Manager - agrees audit scope and care home list"]],
      [0.25, 0.25, 0.5]),
     ("h1", "6. Timing and decision"),
     ("p", "Start Q2 2026, 6 months. Go: agreed at ICB medicines safety group, 3 December 2025."),
     ],
    notes="sales-roles fail: a Key Account Manager is in the scoping group and helps set scope.",
    header="Anticoagulation Safety Audit | Concept", footer="OFFICIAL",
    sales_roles="fail")
