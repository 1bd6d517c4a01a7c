"""tuning12b documents 21-24."""
from tuning12b_common import outcomes


def d21():
    co, hb, un = "Bellmont Pharma UK Ltd", "NHS Glenkerran", "University of Strathaird"
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Remote Monitoring in Early Rheumatoid Arthritis"),
        ("h", "1. Parties"),
        ("p", "1.1 Glenkerran Health Board, constituted under the National Health Service "
              "(Scotland) Act 1978 and known as %s (\"the Board\")." % hb),
        ("p", "1.2 The University Court of the %s, a charity registered in Scotland (SC014870) "
              "(\"the University\")." % un),
        ("p", "1.3 %s, registered in England and Wales, company number 03750192 (\"Bellmont\")." % co),
        ("h", "2. Purpose"),
        ("p", "2.1 People with newly diagnosed rheumatoid arthritis need close monitoring in the "
              "first year so that treatment can be stepped up quickly (treat-to-target). Clinic "
              "capacity in Glenkerran allows review only every 12 weeks. The project adds a "
              "patient-reported outcome tool with nurse triage so that flares are acted on within "
              "a week."),
        ("h", "3. Outcomes to be measured"),
        ("t", [["Measure", "Baseline", "Target"],
               ["Patients in remission (DAS28 below 2.6) at 12 months", "34%", "50%"],
               ["Days from flare report to treatment change (median)", "41", "7"],
               ["Routine face-to-face reviews in year one", "5.2", "3.5"]]),
        ("p", "3.1 The University will report results at 12 and 24 months from Board systems."),
        ("h", "4. Benefits"),
        ("p", "4.1 Patients: faster control of inflammation, less joint damage and fewer trips to "
              "clinic. Board: capacity released for new referrals. University: research outputs. "
              "Bellmont: understanding of remote monitoring models."),
        ("h", "5. Contributions"),
        ("p", "5.1 Bellmont: £78,000 for a fixed-term rheumatology nurse (Board-employed, 0.6 WTE) "
              "and the tool's licence for 24 months. Board: consultant time (1 session per week), "
              "nurse triage protocols, IT integration, clinic space. University: a research fellow "
              "(0.4 WTE) and analysis. In-kind values are listed in the project budget held by the "
              "Board: Board £52,000; University £31,000."),
        ("h", "6. Data protection"),
        ("p", "6.1 The Board is controller of all patient information, processed under UK GDPR "
              "Articles 6(1)(e) and 9(2)(h). Analysis by the University takes place in the regional "
              "Safe Haven on de-identified data under a data sharing agreement, following a DPIA "
              "approved by the Board's Caldicott Guardian. Bellmont receives published aggregate "
              "results only."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 The parties keep one another's confidential information secret, subject to the "
              "Freedom of Information (Scotland) Act 2002."),
        ("h", "8. Staff"),
        ("p", "8.1 Only Bellmont's Medical Affairs staff take part; sales representatives and "
              "account managers are excluded."),
        ("h", "9. Publication"),
        ("p", "9.1 Bellmont publishes an executive summary before the start; the University and Board "
              "publish outcomes within six months of the end; Bellmont discloses on Disclosure UK."),
        ("h", "10. Duration and exit"),
        ("p", "10.1 24 months. Any party may withdraw on three months' notice. Patients continue in "
              "Board rheumatology follow-up; the nurse post ends unless the Board funds it from "
              "month 22; tool access is kept for 90 days to allow transfer to routine review."),
        ("sig", [(hb, "Dr Morag Ferguson", "Medical Director"),
                 (un, "Prof. Hamish Reid", "Vice-Principal Research"),
                 (co, "Elena Costa", "Country Medical Director")]),
    ]
    return {
        "file": "t12b_21_cwa_ra_remote_scotland.pdf", "type": "agreement", "layout": "twocol",
        "header": "NHS Glenkerran / Strathaird / Bellmont", "footer": "CWA - Final - March 2025",
        "blocks": blocks,
        "outcomes": outcomes("agreement"),
        "notes": ("All pass. Health Board, university court (charity no.) and company are all legal "
                  "entities; data protection in Scottish form (Art 6(1)(e)/9(2)(h), Safe Haven, "
                  "Caldicott Guardian)."),
        "keys": ["Articles 6(1)(e) and 9(2)(h)", "University Court of the University of Strathaird"],
    }


def d22():
    co, fed = "Ketteridge Pharmaceuticals Ltd", "Wolds Edge GP Federation CIC"
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "Structured Medication Reviews for Housebound Frail Older People"),
        ("t", [["Lead organisation", "%s (community interest company no. 09987123)" % fed],
               ["Industry partner", co],
               ["Duration", "1 May 2025 - 30 April 2026"],
               ["PID version", "1.0 (approved by Federation Board 21 February 2025)"]],
         {"head": False}),
        ("h", "Background"),
        ("p", "About 1,400 housebound people over 75 in the Wolds Edge practices take ten or more "
              "medicines. Falls, confusion and admissions linked to medicines are common, and "
              "housebound patients rarely receive a structured medication review."),
        ("h", "Objectives"),
        ("n", ["Complete a structured medication review at home for 700 patients by April 2026.",
               "Reduce anticholinergic burden score by 2 or more points in 40% of reviewed patients.",
               "Reduce falls-related emergency admissions in the cohort by 15% (SUS, 12 months "
               "before/after)."]),
        ("h", "Benefit to patients"),
        ("p", "Fewer unnecessary or harmful medicines, fewer falls and hospital admissions, and a "
              "medicines plan agreed with the patient and carer at home."),
        ("h", "Who puts in what"),
        ("t", [["Input", "Federation", "Ketteridge"],
               ["Pharmacists", "2 clinical pharmacists 0.3 WTE each", "Funds 0.5 WTE backfill"],
               ["Clinical leadership", "GP frailty lead 1 session/week", "-"],
               ["Travel, scheduling", "Federation care coordinators", "Travel costs £4,000"],
               ["Evaluation", "Federation data analyst 2 days/month", "Independent evaluator £9,000"],
               ["Total value", "£38,000 in kind", "£33,500 cash"]]),
        ("h", "Governance"),
        ("p", "Steering group chaired by the Federation's Medical Director, with the frailty GP lead, "
              "a lead pharmacist, a carer representative and Ketteridge's NHS Partnerships Manager. "
              "Ketteridge's sales organisation is not involved at any stage."),
        ("h", "Information governance at a glance"),
        ("t", [["Question", "Position"],
               ["Controller", "Each member practice for its own patients"],
               ["Law", "UK GDPR and Data Protection Act 2018"],
               ["DPIA", "Completed by the Federation DPO, January 2025"],
               ["Company access", "None to identifiable data; aggregate report each quarter"]]),
        ("h", "Confidentiality"),
        ("p", "Project papers and any commercially sensitive information are confidential to the "
              "steering group. Pharmacists work under practice confidentiality agreements."),
        ("h", "Exit"),
        ("p", "Either party may end the project on 60 days' notice. Backfill funding stops at the end; "
              "patients with outstanding actions are handed back to their practice with a written "
              "plan, and the Federation will fold home reviews into the PCN SMR programme."),
        ("h", "Publication"),
        ("p", "Ketteridge will publish an executive summary before start. Both organisations will "
              "publish outcomes within six months of completion; payments are disclosed on "
              "Disclosure UK."),
    ]
    return {
        "file": "t12b_22_pid_frailty_smr_federation.pdf", "type": "pid", "layout": "ruled",
        "header": "Wolds Edge GP Federation CIC  |  PID", "footer": "OFFICIAL",
        "blocks": blocks,
        "outcomes": outcomes("pid"),
        "notes": ("All pass. Contributions as a 'Who puts in what' matrix (single '-' cells are "
                  "fine since both columns are populated); IG as an at-a-glance table."),
        "keys": ["Who puts in what", "Information governance at a glance"],
    }


def d23():
    co, tr = "Grantley Biopharma UK Ltd", "Ravensholme Hospitals NHS Trust"
    blocks = [
        ("title", "Summary of Project Outcomes"),
        ("sub", "Rapid Access Anaphylaxis Follow-up Clinic"),
        ("t", [["Partners", "%s; %s" % (tr, co)],
               ["Ran from", "September 2023 to August 2024 (12 months)"],
               ["Published", "January 2025"]], {"head": False}),
        ("h", "What we set out to do"),
        ("p", "Make sure every adult seen in the emergency department with anaphylaxis was referred "
              "to allergy services, had a follow-up within six weeks and left with an emergency "
              "action plan and adrenaline training."),
        ("h", "What happened"),
        ("t", [["Measure", "Before", "After"],
               ["ED anaphylaxis patients referred to allergy", "38%", "91%"],
               ["Seen in allergy clinic within 6 weeks", "22%", "79%"],
               ["Left ED with written action plan", "15%", "88%"],
               ["Re-attendance with anaphylaxis within 12 months", "9.4%", "5.1%"]]),
        ("h", "What this meant for patients"),
        ("p", "Patients found out what caused their reaction sooner, knew how to use their "
              "adrenaline auto-injectors, and fewer came back to ED with another reaction. Feedback "
              "from 143 patients was positive in 94% of responses."),
        ("h", "Reflections"),
        ("b", ["Both partners delivered what they had agreed: the Trust its allergy nurse and "
               "consultant time, Grantley the funded nurse post and training devices.",
               "Referral from ED improved most once an electronic referral prompt was built in.",
               "The Trust has made the allergy nurse post substantive from September 2024."]),
        ("h", "Publication"),
        ("p", "This summary is published by both partners within six months of the end of the "
              "project; Grantley's funding is shown on Disclosure UK."),
        ("p", "No Grantley sales staff were involved in the project."),
    ]
    return {
        "file": "t12b_23_outcomes_anaphylaxis.docx", "type": "outcomes-summary",
        "header": "Ravensholme / Grantley", "footer": "GB-UK-CW-0077 | January 2025",
        "blocks": blocks,
        "outcomes": outcomes("outcomes-summary"),
        "notes": "All pass: before/after figures, patient benefit, publication commitment.",
        "keys": ["Re-attendance with anaphylaxis", "What this meant for patients"],
    }


def d24():
    co, tr = "Lindqvist Pharma UK Ltd", "Eastmere Community Health NHS Trust"
    blocks = [
        ("title", "Project Amendment Form"),
        ("t", [["Project", "Diabetic Foot Early Intervention in Community Podiatry"],
               ["Project owners", "Head of Podiatry (%s); Medical Affairs Manager (%s)" % (tr, co)],
               ["Amendment no.", "A1"],
               ["Submitted to steering group", "14 October 2025"]], {"head": False}),
        ("h", "1. What has changed"),
        ("p", "Recruitment to the second Band 6 podiatrist post was delayed by four months. The "
              "project board proposes extending the project end date from June 2026 to October "
              "2026 so that the third hub receives a full 12 months of rapid-access clinics."),
        ("h", "2. Impact"),
        ("t", [["Area", "Impact"],
               ["Timeline", "End date moves to 31 October 2026; outcome report due April 2027"],
               ["Finance", "No additional funding; unspent salary re-profiled into months 16-19"],
               ["Trust resources", "Hub 3 clinic room and supervising podiatrist time extended "
                                   "by 4 months (about 130 hours)"],
               ["Public documents", "Executive summary to be updated and re-certified; "
                                    "Disclosure UK entry unaffected"]]),
        ("h", "3. Approval"),
        ("sig", [(tr, "Carys Newton", "Director of Operations"),
                 (co, "Dr Stefan Hale", "Medical Director UK")]),
    ]
    return {
        "file": "t12b_24_amendment_podiatry_extension.pdf", "type": "amendment", "layout": "ruled",
        "header": "Amendment A1 - OFFICIAL", "footer": "Eastmere / Lindqvist",
        "blocks": blocks,
        "outcomes": outcomes("amendment"),
        "notes": "Amendment: only promotional-language and sales-roles apply; both pass.",
        "keys": ["Amendment no.", "re-profiled into months 16-19"],
    }
