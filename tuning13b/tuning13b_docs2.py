"""tuning13b documents 11-20 (outcome summaries, amendments, one concept framework)."""
from tuning13b_labels import outcomes as oc


def docs():
    D = []
    # 11 -------------------------------------------------------------- OUT pass
    D.append(dict(
        n=11, slug="diabetic-foot-outcomes", type="outcomes-summary", fmt="docx",
        header="Bae Hafren University Health Board", footer="Summary of project outcomes | MBL-OUT-0012 | September 2025",
        blocks=[
            ("t", "Rapid Access Diabetic Foot Clinic: What We Achieved"),
            ("p", "A collaborative project between Bae Hafren University Health Board and Maelor Biosciences Ltd, run from 1 July 2023 to 30 June 2025."),
            ("h", "Why we did it"),
            ("p", "Before the project, people with a new diabetic foot ulcer waited a median of 19 days to be seen by the multidisciplinary foot team. Every week of delay raises the risk of infection and amputation."),
            ("h", "What we did"),
            ("p", "We opened a twice-weekly rapid access clinic at two hospital sites, gave district nurses and GP practices a single referral route, and funded a podiatrist (Band 7) to triage referrals the same day. Maelor funded the podiatrist post and project support; the Health Board provided the vascular, diabetes and orthotics time and the clinic rooms."),
            ("h", "Results"),
            ("tbl", [["What we measured", "Before (2022/23)", "Aim", "Result (2024/25)"],
                     ["Median days from referral to first assessment", "19", "3 or fewer", "2"],
                     ["Ulcers healed at 12 weeks", "41%", "55%", "58%"],
                     ["Major amputations (above ankle) per 1,000 people with diabetes", "1.1", "below 0.9", "0.8"],
                     ["Emergency admissions for foot infection", "146", "fewer than 120", "112"]]),
            ("small", "Data from the Health Board's diabetes audit and hospital activity data, reported only in aggregate."),
            ("h", "What it meant for people with diabetes"),
            ("p", "People were seen within days instead of weeks, more ulcers healed and fewer people lost a limb or needed an emergency admission. Patients told us the single phone number made it much easier to get help."),
            ("h", "Looking back"),
            ("b", ["Did each partner deliver what it promised? Yes; the podiatrist was in post by month 3.",
                   "Would we have done this alone? Not as quickly: the funded post let us prove the model before asking for recurrent money.",
                   "What happens now? The Health Board has funded the clinic recurrently from July 2025."]),
            ("h", "Publishing this summary"),
            ("p", "This summary is published on the Health Board's website and on Maelor's collaborative working page within six months of the project ending. Maelor has disclosed its contribution through Disclosure UK."),
        ],
        labels=oc("outcomes-summary"),
        notes="All applicable rules pass.",
        keys=["Median days from referral to first assessment", "fewer people lost a limb", "has disclosed its contribution through Disclosure UK"]))

    # 12 ------------------------------------------- OUT: promo fail, PB fail
    D.append(dict(
        n=12, slug="asthma-review-outcomes", type="outcomes-summary", fmt="pdf", grid=True,
        header="Ketterby Pharmaceuticals plc | Joint working outcomes", footer="KTP-UK-JW-0788 | October 2025",
        blocks=[
            ("t", "Asthma Review Programme: Summary of Outcomes"),
            ("kv", [("Partners", "Ketterby Pharmaceuticals plc; Harbourside Medical Partnership (lead practice for Harbourside Primary Care Network)"),
                    ("Project dates", "January 2024 to December 2024"),
                    ("Prepared by", "Ketterby Respiratory Business Unit")]),
            ("h", "Overview"),
            ("p", "Practice nurses and a Ketterby-funded respiratory nurse reviewed adults with asthma who had two or more reliever prescriptions a year or a recent exacerbation. Reviews followed the practice's asthma template."),
            ("h", "Results"),
            ("tbl", [["Indicator", "Start", "End"],
                     ["Asthma reviews completed", "0", "1,240 (target 1,000)"],
                     ["New initiations on Pulmorra across participating practices", "baseline", "+34%"],
                     ["Pulmorra share of new inhaled maintenance prescriptions", "11%", "27%"],
                     ["Patients with a written asthma action plan", "31%", "49%"]]),
            ("h", "Key benefits"),
            ("p", "The main benefit of the programme was that many more appropriate patients are now established on Pulmorra, the market-leading once-daily maintenance inhaler, with strong pull-through into neighbouring networks expected in 2025."),
            ("h", "Learning"),
            ("b", ["Protected nurse time was essential.",
                   "Practices valued the searches and templates."]),
            ("h", "Publication"),
            ("p", "This summary will be published on the websites of both partners within six months of completion, and Ketterby's funding is disclosed on Disclosure UK."),
        ],
        labels=oc("outcomes-summary", promotional_language="fail", patient_benefit="fail"),
        notes="promotional-language fail: brand uptake and share as results, 'market-leading', 'pull-through'. patient-benefit fail: the only benefit stated is more patients on the product (action plan figure is reported as a number but no benefit to patients is claimed). measurable-outcomes pass (numeric targets).",
        keys=["Pulmorra, the market-leading once-daily maintenance inhaler", "strong pull-through", "1,240 (target 1,000)"]))

    # 13 ------------------------------------------------------ OUT pass, tabular
    D.append(dict(
        n=13, slug="iv-diuretic-outcomes", type="outcomes-summary", fmt="pdf", grid=True,
        header="Sperrin and Foyle Health and Social Care Trust", footer="Summary of Project Outcomes | ORR-NI-OUT-0009 | Page",
        blocks=[
            ("t", "Summary of Project Outcomes"),
            ("kv", [("Project name", "Ambulatory IV Diuretic Service for Heart Failure"),
                    ("Project partners", "Sperrin and Foyle Health and Social Care Trust; Orrin Healthcare UK Ltd"),
                    ("Duration (actual)", "February 2024 - January 2025"),
                    ("Project overview", "An ambulatory unit where people with worsening heart failure receive intravenous diuretics as day cases rather than being admitted. Objectives: avoid admissions, cut bed days and keep people at home."),
                    ("Contributions delivered", "Orrin: funding of 1.0 WTE Band 6 heart failure nurse and two recliner chairs (GBP 61,300). Trust: consultant oversight, day unit space, pharmacy and phlebotomy, data collection."),
                    ]),
            ("h", "Project outcomes"),
            ("tbl", [["Outcome", "Target", "Result", "Source"],
                     ["Admissions avoided", "150", "187", "Day unit register"],
                     ["Bed days saved (estimated)", "1,200", "1,530", "Trust BI, average LOS method"],
                     ["Readmission within 30 days of day-case episode", "<15%", "11%", "PAS, aggregated"],
                     ["Patient satisfaction (very good / good)", ">85%", "96% (n=142)", "Patient questionnaire"]]),
            ("h", "Benefits"),
            ("tbl", [["For patients", "For the Trust", "For Orrin"],
                     ["187 people treated without an overnight stay; most went home the same afternoon and returned for follow-up doses", "Released 1,530 bed days; evidence for a permanent service", "Understanding of ambulatory heart failure models in the HSC"]]),
            ("h", "Reflections"),
            ("tbl", [["Question", "Answer"],
                     ["Was the shared vision kept?", "Yes. The steering group met monthly and the aims did not change."],
                     ["Did each party deliver its contribution?", "Yes, although the nurse started six weeks late."],
                     ["What happened at the end?", "The Trust has mainstreamed the nurse post from February 2025."]]),
            ("h", "Conclusions and learning"),
            ("p", "Clear referral criteria agreed with the ambulance service and GPs were the main reason for success. Other trusts should allow time to set up pharmacy supply for day-case IV diuretics."),
            ("h", "Publication"),
            ("p", "The Trust and Orrin will each publish this report on their websites no later than July 2025, within six months of the project ending."),
        ],
        labels=oc("outcomes-summary"),
        notes="All applicable rules pass; heavily tabular layout.",
        keys=["Admissions avoided", "most went home the same afternoon", "no later than July 2025"]))

    # 14 ------------------------------------------------------ OUT: sales fail
    D.append(dict(
        n=14, slug="ckd-detection-outcomes", type="outcomes-summary", fmt="pdf", layout="twocol", grid=False,
        header="NHS Strathlinn | Bellhaven Pharma UK Limited", footer="BHP-SCO-OUT-0102 | November 2025",
        blocks=[
            ("t", "Kidney Health Check: Project Outcomes"),
            ("st", "NHS Strathlinn and Bellhaven Pharma UK Limited, March 2024 to February 2025"),
            ("h", "The problem"),
            ("p", "Chronic kidney disease (CKD) is under-recorded in Strathlinn practices. Many people with diabetes or high blood pressure had no urine albumin test in the previous year, so early kidney damage was being missed."),
            ("h", "What we did"),
            ("p", "Twelve practices used a searchable dashboard built by the Board's analysts to find people with diabetes or hypertension lacking a kidney test. Healthcare support workers funded through the project invited them for urine and blood tests, and GPs reviewed those with abnormal results."),
            ("h", "What changed"),
            ("b", ["Urine albumin testing in people with diabetes rose from 52% to 81%.",
                   "1,046 people newly coded with CKD stage 3 or above.",
                   "Blood pressure at target in people with CKD rose from 58% to 67%.",
                   "Each practice's figures were fed back monthly."]),
            ("h", "What it meant for patients"),
            ("p", "More than a thousand people now know they have kidney disease and have a plan with their GP to protect their kidneys and heart, including blood pressure control and annual monitoring."),
            ("h", "How it was run"),
            ("p", "The steering group was co-chaired by Dr Morag Innes, Associate Medical Director for Primary Care, NHS Strathlinn, and Gordon Baird, Regional Business Manager, Bellhaven Pharma UK Limited, who also led practice recruitment and attended practice launch meetings. Bellhaven's medical advisor supported the evaluation."),
            ("h", "Learning"),
            ("p", "The dashboard was the most valued element and is now used across the Board. Invitation letters worked better when signed by the person's own GP."),
            ("h", "Publication"),
            ("p", "Both partners are publishing this summary on their websites within six months of the project closing."),
        ],
        labels=oc("outcomes-summary", sales_roles="fail"),
        notes="sales-roles fail: a Regional Business Manager co-chaired the steering group and led practice recruitment (governance and delivery).",
        keys=["Gordon Baird, Regional Business Manager", "rose from 52% to 81%", "within six months of the project closing"]))

    # 15 -------------------------------------------------------------- AMD pass
    D.append(dict(
        n=15, slug="hf-inreach-amendment", type="amendment", fmt="docx",
        header="Project Amendment Form", footer="HF-IRS | Amendment 01 | OFFICIAL",
        blocks=[
            ("t", "Project Amendment Request"),
            ("kv", [("Project name", "Heart Failure In-Reach Service (HF-IRS)"),
                    ("Project owners", "Dr Rhiannon Askew (Northmoor Valley NHS Foundation Trust); Tomasz Wren (Calverley Therapeutics UK Ltd)"),
                    ("Amendment number", "01"),
                    ("Date submitted to steering group", "14 November 2025")]),
            ("h", "What has changed"),
            ("n", ["Recruitment of the second heart failure specialist nurse took longer than planned. The service will run with one nurse from 1 September 2025 and both nurses from 5 January 2026.",
                   "Calverley's Medical Advisor, Dr Lena Ibsen, has left the company. Her place on the steering group is taken by Amir Haddad, Medical Science Liaison, from 1 December 2025.",
                   "The end date moves from 31 August 2027 to 30 November 2027 so that the full 24 months of two-nurse delivery is achieved."]),
            ("h", "Impact"),
            ("tbl", [["Area", "Impact"],
                     ["Timeline", "Three-month extension; interim report moves from month 12 to month 15"],
                     ["Finances", "No change to total funding; underspend from the vacancy (about £18,500) carried forward to cover months 25-27"],
                     ["Logistics", "Ward cover at the second site phased in from January 2026"],
                     ["Public documents", "Executive summary to be updated with new end date and re-certified before publication"]]),
            ("h", "Approval"),
            ("sig", [("Northmoor Valley NHS Foundation Trust", "Dr Rhiannon Askew", "Consultant Cardiologist and Project Lead"),
                     ("Calverley Therapeutics UK Ltd", "Tomasz Wren", "NHS Partnerships Lead")]),
        ],
        labels=oc("amendment"),
        notes="Amendment: only promotional-language and sales-roles apply; both pass (MSL replacing medical advisor is non-promotional).",
        keys=["Amir Haddad, Medical Science Liaison", "underspend from the vacancy", "re-certified before publication"]))

    # 16 ------------------------------------------------------ AMD: sales fail
    D.append(dict(
        n=16, slug="bone-health-amendment", type="amendment", fmt="pdf", grid=True,
        header="Kestrel Vale GP Federation CIC / Solway Life Sciences UK Ltd", footer="Amendment form v1 | SLS-CW-UK-0230-A2",
        blocks=[
            ("t", "Change Request: Bone Health Case-Finding"),
            ("kv", [("Project", "Bone Health Case-Finding in General Practice"),
                    ("Leads", "Dr Imran Qureshi (Federation); Hannah Oduya (Solway)"),
                    ("Change reference", "CR-02"),
                    ("Date", "3 February 2026")]),
            ("h", "Reason for change"),
            ("p", "Invitation response rates in the first four months were lower than expected (29% against an assumed 45%). Several practices have asked for more help organising invitation mail-outs and follow-up calls."),
            ("h", "Change requested"),
            ("p", "To add Solway's Territory Manager for Kestrel Vale, Jordan Pike, to the project delivery team from March 2026. Jordan will arrange visits to each participating practice to agree invitation lists and timetables, and will attend the monthly delivery meeting to report progress by practice."),
            ("h", "Impact"),
            ("b", ["Time: no change to end date (30 September 2026).",
                   "Cost: none to the Federation; Jordan's time is provided by Solway.",
                   "Risk: faster practice engagement expected."]),
            ("h", "Approvals"),
            ("sig", [("Kestrel Vale GP Federation CIC", "Dr Imran Qureshi", "Clinical Director"),
                     ("Solway Life Sciences UK Ltd", "Hannah Oduya", "Market Access Manager")]),
        ],
        labels=oc("amendment", sales_roles="fail"),
        notes="sales-roles fail: amendment adds a company Territory Manager to the delivery team, visiting practices and attending delivery meetings.",
        keys=["Territory Manager for Kestrel Vale, Jordan Pike", "29% against an assumed 45%", "monthly delivery meeting"]))

    # 17 ------------------------------------------------------ AMD pass tabular
    D.append(dict(
        n=17, slug="anticoag-amendment", type="amendment", fmt="docx",
        header="Afon Dyfi University Health Board | Veradon UK Limited", footer="Amendment 2 | Version 1.1 | 22/09/2025",
        blocks=[
            ("t", "Project Amendment Framework"),
            ("tbl", [["Field", "Detail"],
                     ["Name of project", "Community Anticoagulation Review Clinics"],
                     ["Project owner(s)", "Bethan Rowlands, Lead Pharmacist Anticoagulation (Health Board); Dr Colin Marr, Medical Lead UK (Veradon UK Limited)"],
                     ["Amendment to the PID requested", "Move the clinic at Llanfair health centre to Tregaron community hospital (room no longer available). Extend the project by four months to 31 July 2026. Re-profile budget lines as below."],
                     ["Impact on timelines", "Clinics paused for three weeks in October 2025 while the room move takes place; end date extended by four months."],
                     ["Impact on logistics", "Patients at Llanfair to be offered Tregaron or a home visit; letters sent by the Health Board."],
                     ["Impact on finances", "Total unchanged at £54,000 from Veradon. £6,000 moved from equipment to pharmacist sessions. Health Board contribution of pharmacist supervision extended for the same four months."],
                     ["Submitted to steering group", "22 September 2025"],
                     ["Steering group decision", "Approved 30 September 2025"]]),
            ("p", "The executive summary published for this project will be updated to show the revised end date."),
            ("sig", [("Afon Dyfi University Health Board", "Bethan Rowlands", "Lead Pharmacist"),
                     ("Veradon UK Limited", "Dr Colin Marr", "Medical Lead UK")]),
        ],
        labels=oc("amendment"),
        notes="Amendment; promotional-language and sales-roles pass.",
        keys=["Tregaron community hospital", "£6,000 moved from equipment to pharmacist sessions", "Approved 30 September 2025"]))

    # 18 ------------------------------------- AMD: promo fail, sales warn
    D.append(dict(
        n=18, slug="bp-review-scope-amendment", type="amendment", fmt="pdf", grid=True,
        header="Ashcombe and Wyre Community Health NHS Trust", footer="Project amendment | KTP-AW-03",
        blocks=[
            ("t", "Amendment to Project Initiation Document"),
            ("st", "Community Hypertension Review Service - Ashcombe and Wyre Community Health NHS Trust and Ketterby Pharmaceuticals plc"),
            ("kv", [("Amendment no.", "3"),
                    ("Submitted", "10 December 2025"),
                    ("Owners", "Priya Menon, Service Manager (Trust); Dr Felix Aune, Medical Advisor (Ketterby)")]),
            ("h", "Proposed change"),
            ("p", "Extend the review cohort to include people whose blood pressure is controlled on two or more separate tablets, in order to identify those suitable for switching to Cardiloxan single-pill therapy. Clinicians will be given a switch protocol and a patient letter explaining the benefits of moving to Cardiloxan."),
            ("h", "Why"),
            ("p", "The original cohort (uncontrolled patients) is smaller than forecast; adding this group keeps the nurse clinics full."),
            ("h", "Impact"),
            ("tbl", [["Timeline", "Finance", "Logistics"],
                     ["No change", "No additional funding", "Two extra clinic sessions per month at Wyre Road"]]),
            ("h", "Queries"),
            ("p", "Questions about the practical arrangements for this amendment can be sent to Lee Harding, Area Sales Manager, Ketterby Pharmaceuticals plc (lee.harding@ketterby.example.com)."),
            ("sig", [("Ashcombe and Wyre Community Health NHS Trust", "Priya Menon", "Service Manager"),
                     ("Ketterby Pharmaceuticals plc", "Dr Felix Aune", "Medical Advisor")]),
        ],
        labels=oc("amendment", promotional_language="fail", sales_roles="warn"),
        notes="promotional-language fail: scope change to switch controlled patients to the company's product with a benefits letter. sales-roles warn: an Area Sales Manager is named only as the contact for queries, not in the team.",
        keys=["suitable for switching to Cardiloxan single-pill therapy", "Lee Harding, Area Sales Manager", "keeps the nurse clinics full"]))

    # 19 -------------------------------------------------------------- AMD pass
    D.append(dict(
        n=19, slug="derm-phototriage-amendment", type="amendment", fmt="docx",
        header="NHS Glenmorven", footer="Skin Photo-Triage | Amendment A1 | OFFICIAL-SENSITIVE: NONE",
        blocks=[
            ("t", "Skin Photo-Triage Project: Amendment A1"),
            ("p", "Project owners: Dr Kirsty Munro (NHS Glenmorven) and Alasdair Fyfe (Pennant Medical UK Ltd). Submitted to the project board on 19 January 2026."),
            ("h", "What we want to change"),
            ("p", "Five more GP practices on the islands have asked to join. We propose to add them from April 2026. Because photographs from island practices are often taken by practice nurses rather than GPs, we also want to add a short nurse training module, delivered by our medical photographer."),
            ("h", "What this affects"),
            ("b", ["Timescale: no change to the March 2027 end date.",
                   "Money: Pennant will supply five additional dermatoscopes (about £7,000) from the existing equipment line, which was underspent. NHS Glenmorven will provide an extra half-session of consultant triage per week, covered by the dermatology budget.",
                   "Logistics: images from island practices go through the same referral system; no new data flows."]),
            ("h", "Anything else"),
            ("p", "The published project summary will be updated to list the additional practices once the board approves this change."),
            ("sig", [("NHS Glenmorven", "Dr Kirsty Munro", "Consultant Dermatologist"),
                     ("Pennant Medical UK Ltd", "Alasdair Fyfe", "Partnerships Manager")]),
        ],
        labels=oc("amendment"),
        notes="Amendment; promotional-language and sales-roles pass.",
        keys=["Five more GP practices on the islands", "extra half-session of consultant triage", "no new data flows"]))

    # 20 --------------------------------------------------------------- CF pass
    D.append(dict(
        n=20, slug="liver-screen-concept", type="concept-framework", fmt="pdf", grid=True,
        header="Project Concept Framework | DRAFT for partner discussion", footer="Tamarside / Castlemere / Veradon | v0.4",
        blocks=[
            ("t", "Project Concept Framework"),
            ("tbl", [["Heading", "Proposal"],
                     ["Project title", "Finding liver scarring early in people with type 2 diabetes"],
                     ["Partners", "Tamarside Healthcare NHS Trust; University of Castlemere (School of Medicine); Veradon UK Limited"],
                     ["Purpose", "Test whether adding a simple blood-based fibrosis score and, where raised, a liver stiffness scan to the annual diabetes clinic review finds advanced liver fibrosis earlier."],
                     ["Objectives", "Offer testing to 2,000 people attending Trust diabetes clinics over 12 months; refer all with likely advanced fibrosis to hepatology within 6 weeks; measure numbers identified and time to specialist review."],
                     ["Benefit to patients", "People with silent liver scarring will be identified before they develop cirrhosis or liver cancer, and can be offered lifestyle support, specialist monitoring and treatment while it can still make a difference."],
                     ["Benefit to NHS and partners", "Trust: evidence for a sustainable pathway. University: publishable evaluation. Veradon: understanding of liver disease pathways in diabetes care."],
                     ["Resource impact: Trust", "Diabetes specialist nurse time (0.3 WTE); one day a week of a liver stiffness scanner and operator; hepatology clinic capacity"],
                     ["Resource impact: University", "Research fellow (0.5 WTE) for evaluation design and analysis; ethics and governance support"],
                     ["Resource impact: Veradon", "£48,000 towards the scanner operator and phlebotomy costs; project manager 0.1 WTE"],
                     ["Estimated start and length", "Spring 2026; 12 months plus 3 months' evaluation"],
                     ["Decision", "To be taken by the Trust's Innovation Panel on 11 December 2025"]]),
        ],
        labels=oc("concept-framework"),
        notes="Concept framework: resource-contributions, patient-benefit, promotional-language, sales-roles apply; all pass.",
        keys=["Finding liver scarring early in people with type 2 diabetes", "Research fellow (0.5 WTE)", "before they develop cirrhosis"]))
    return D
