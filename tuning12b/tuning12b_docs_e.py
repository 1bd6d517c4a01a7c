"""tuning12b documents 17-20 (all pass, unusual wording)."""
from tuning12b_common import outcomes


def d17():
    co, hb = "Corvane Pharma UK Ltd", "Dunmore Valley University Health Board"
    blocks = [
        ("title", "Collaborative Working - Executive Summary"),
        ("sub", "Postnatal Blood Pressure Self-Monitoring after Hypertensive Pregnancy"),
        ("t", [["Organisations", "%s and %s" % (hb, co)],
               ["Start / finish", "1 July 2025 to 31 December 2026"],
               ["Date of preparation", "March 2025   Job code: CVN-UK-CW-0312"]], {"head": False}),
        ("h", "Why we are doing this"),
        ("p", "Women who have had pre-eclampsia or gestational hypertension often go home on blood "
              "pressure medicines, but follow-up in the weeks after birth is patchy. Doses are "
              "reduced late or not at all, and many women are not told about their higher long-term "
              "risk of heart disease."),
        ("h", "What will change"),
        ("b", ["Women will be given a validated home blood pressure monitor and shown how to send "
               "readings through the Health Board's existing maternity app.",
               "Midwives will adjust doses using an agreed titration plan and hand over to the GP at "
               "six weeks with a long-term risk summary.",
               "A 12-month follow-up check will be booked for every woman."]),
        ("h", "Who benefits and how"),
        ("p", "Women: fewer days with high or low blood pressure, fewer readmissions, fewer clinic "
              "trips with a newborn, and a clear plan for their long-term heart health. Health "
              "Board: fewer postnatal readmissions and better use of midwife time. Corvane: "
              "learning about digital postnatal pathways."),
        ("h", "What each organisation brings"),
        ("t", [["", "Dunmore Valley UHB", "Corvane Pharma UK Ltd"],
               ["People", "Maternity digital midwife 0.5 WTE; obstetric physician 1 session per "
                          "week; app configuration by the digital team",
                "Project manager 0.2 WTE; independent evaluation commissioned and paid for"],
               ["Money / goods", "App hosting and licences (existing); estimated in-kind value "
                                 "£36,000", "£42,000 including 600 home monitors"]]),
        ("h", "Patient information"),
        ("p", "Readings are held in the Health Board's maternity app and records, with the Health "
              "Board as data controller. Corvane will see only aggregate data (for example, the "
              "percentage of women with controlled blood pressure at two weeks) and never "
              "information about an individual woman."),
        ("h", "Publication"),
        ("p", "This summary is published before the project begins. Both organisations will "
              "publish the outcomes within six months of the end of the project, and Corvane will "
              "disclose its contribution on Disclosure UK."),
        ("h", "Contacts"),
        ("t", [["Organisation", "Name", "Title"],
               [hb, "Eleri Pugh", "Consultant Midwife"],
               [co, "Dr Sanjay Mehta", "Medical Affairs Lead"]]),
    ]
    return {
        "file": "t12b_17_es_postnatal_bp.pdf", "type": "executive-summary", "layout": "plain",
        "header": "Corvane Pharma UK - Collaborative working summaries",
        "footer": "CVN-UK-CW-0312 | Date of preparation March 2025",
        "blocks": blocks,
        "outcomes": outcomes("executive-summary", es_mentions_data=True),
        "notes": ("All pass. ES mentions readings/records so data-protection applies and passes "
                  "(Health Board controller, company sees aggregate only). Contributions in a "
                  "'What each organisation brings' table for both sides."),
        "keys": ["What each organisation brings", "never information about an individual woman"],
    }


def d18():
    co = "Renhold Pharma UK Ltd"
    cl, un = "Calder Moor Borough Council", "Upshire University"
    blocks = [
        ("title", "Tripartite Collaborative Working Agreement"),
        ("sub", "Community Liver Health Checks in Alcohol Services"),
        ("p", "THIS AGREEMENT is made on 27 February 2025 between (1) %s, a local authority, of Town "
              "Hall, Calder Moor CM1 1AA (\"the Council\"); (2) %s, a higher education corporation, "
              "of Weir Street, Upshire UP3 7HD (\"the University\"); and (3) %s (registered in "
              "England and Wales, company number 11203348) (\"Renhold\")." % (cl, un, co)),
        ("h", "1. Object"),
        ("p", "1.1 Liver disease is often found late, when it can no longer be reversed. The Council "
              "commissions the borough's alcohol treatment service. This Agreement sets up liver "
              "health checks (transient elastography) in that service, with direct referral to "
              "hepatology for people with advanced fibrosis, and an evaluation by the University."),
        ("h", "2. Targets"),
        ("p", "2.1 800 service users checked in 12 months; 95% of those with a high reading seen in "
              "hepatology within 6 weeks; 20% relative increase in people starting alcohol "
              "treatment after a check (service records); evaluation report by month 15."),
        ("h", "3. Benefit"),
        ("p", "3.1 Service users learn their liver health, are referred quickly when disease is "
              "advanced and have a strong reason to engage with treatment. The Council gains an "
              "evidence-based addition to its service; the University an evaluation; Renhold "
              "insight into community liver pathways."),
        ("h", "4. Resources"),
        ("p", "4.1 Each party contributes as shown in Schedule 2, which forms part of this "
              "Agreement."),
        ("h", "5. Governance"),
        ("p", "5.1 A project group chaired by the Council's Consultant in Public Health, with the "
              "service manager, a hepatology nurse, the University's principal investigator and "
              "Renhold's Medical Affairs Manager. Renhold's commercial and sales staff are not "
              "members and take no part."),
        ("h", "6. Information"),
        ("p", "6.1 No information from which a service user could be identified will be passed to "
              "Renhold at any point. The treatment provider holds records as controller on the "
              "Council's behalf under the existing service contract; the University receives a "
              "de-identified extract under a data sharing agreement with the Council, approved "
              "after a DPIA, and publishes only aggregate results."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 Each party will keep confidential the non-public information of the others, "
              "subject to the Freedom of Information Act 2000 and academic publication under "
              "clause 8."),
        ("h", "8. Publication"),
        ("p", "8.1 Renhold will publish a summary before the checks start. The University will "
              "publish the evaluation, and all parties will publish outcomes within six months of "
              "completion. Renhold will disclose its payments on Disclosure UK."),
        ("h", "9. Term and ending"),
        ("p", "9.1 15 months from 1 April 2025. Any party may leave on 90 days' notice. The "
              "elastography device is transferred to the treatment provider at the end at no cost, "
              "the funded nurse sessions stop, and people awaiting hepatology appointments keep them."),
        ("h", "Schedule 2 - What each party brings"),
        ("t", [["Party", "Brings", "Approximate value"],
               ["Council", "Public health consultant 0.1 WTE; treatment service staff time for "
                           "booking and brief interventions; clinic space in two hubs", "£29,000"],
               ["University", "Principal investigator 0.1 WTE; research assistant 0.3 WTE; "
                              "statistical analysis", "£24,500"],
               ["Renhold", "Elastography device; 2 hepatology nurse sessions per week; training "
                           "and consumables", "£61,000"]]),
        ("sig", [(cl, "Dr Fiona Marsh", "Director of Public Health"),
                 (un, "Prof. Alan Keyes", "Pro Vice-Chancellor (Research)"),
                 (co, "Megan Tully", "Head of Partnerships")]),
    ]
    return {
        "file": "t12b_18_cwa_liver_checks_tripartite.pdf", "type": "agreement", "layout": "ruled",
        "header": "Calder Moor / Upshire / Renhold  -  Agreement", "footer": "Final v1.0",
        "blocks": blocks,
        "outcomes": outcomes("agreement"),
        "notes": ("All pass. Council, university and company are all organisations; contributions "
                  "only in 'Schedule 2 - What each party brings', which is attached; data "
                  "protection by negation plus controller/DPIA/data sharing agreement."),
        "keys": ["Schedule 2 - What each party brings",
                 "No information from which a service user could be identified"],
    }


def d19():
    co, tr = "Maddox Therapeutics Ltd", "Lowther Bridge NHS Foundation Trust"
    blocks = [
        ("title", "PID - Young People's Epilepsy Transition Clinic"),
        ("sub", "%s with %s  |  Version 1.1, 30 January 2025" % (tr, co)),
        ("h", "The problem"),
        ("p", "Young people with epilepsy move from paediatric to adult neurology at 18 with a single "
              "letter. A third do not attend their first adult appointment, and emergency "
              "attendances with seizures rise in the two years after transfer."),
        ("h", "What we want to achieve"),
        ("t", [["Outcome", "Baseline", "Target", "Measured by"],
               ["Attendance at first adult appointment", "67%", "90%", "Outpatient system, month 12"],
               ["Young people with a written transition plan by 17", "12%", "80%", "Clinic audit"],
               ["ED attendances with seizures, ages 16-20", "142/yr", "110/yr", "ED dashboard"]]),
        ("h", "Why it matters to young people"),
        ("p", "A joint clinic with paediatric and adult teams means young people meet their adult "
              "team before transfer, learn to manage their medicines and lifestyle, get advice on "
              "driving, contraception and work, and are less likely to end up in the emergency "
              "department."),
        ("h", "Who is doing what"),
        ("p", "Maddox will pay for a transition nurse specialist (Band 7, 0.6 WTE, employed by the "
              "Trust) for 18 months, which is £46,800, plus £5,000 towards a young people's "
              "advisory group and £8,000 for evaluation. Maddox's Medical Science Liaison will "
              "join the project group for evaluation design."),
        ("p", "The Trust will give one paediatric and one adult neurologist session per month each "
              "for joint clinics, four hours a week of epilepsy nurse time, a clinic room in the "
              "young people's outpatient area and administrative support of about one day a week."),
        ("p", "The project group is chaired by the Trust's Clinical Director for Neurosciences. "
              "Maddox's sales staff are excluded from the project."),
        ("h", "Information governance - quick answers"),
        ("qa", [("Where will information about young people be kept?",
                 "Only in the Trust's electronic record and clinic database."),
                ("Who decides how it is used?",
                 "The Trust, as data controller, under UK GDPR and the Data Protection Act 2018."),
                ("Is there a DPIA?", "Yes, approved by the Information Governance Manager in "
                                     "January 2025."),
                ("What will Maddox receive?",
                 "Quarterly totals only. Maddox will not see names, NHS numbers or any record.")]),
        ("h", "Confidential information"),
        ("p", "Budgets, draft reports and anything marked confidential stay within the project group. "
              "Patient information is protected by the Trust's confidentiality code."),
        ("h", "At the end"),
        ("p", "If either organisation needs to stop the project early it will give three months' "
              "notice. The Trust will decide by month 14 whether to fund the nurse post "
              "permanently; if not, young people in the pathway will be handed over to the adult "
              "epilepsy nurse team with their transition plans, and the joint clinic will run "
              "twice a year within existing job plans."),
        ("h", "Telling people about it"),
        ("p", "Maddox will publish an executive summary on its website before the clinic starts. "
              "Outcomes will be written up by both organisations and published within six months of "
              "completion. Payments will be disclosed on Disclosure UK."),
    ]
    return {
        "file": "t12b_19_pid_epilepsy_transition.docx", "type": "pid",
        "header": "LBFT Neurosciences  |  OFFICIAL", "footer": "Epilepsy transition PID v1.1",
        "blocks": blocks,
        "outcomes": outcomes("pid"),
        "notes": ("All pass. IG as a Q&A box; contributions as narrative hours/sessions/£; MSL on "
                  "the project group is non-promotional; sales excluded."),
        "keys": ["Information governance - quick answers", "What will Maddox receive?"],
    }


def d20():
    co = "Penrose Healthcare UK Ltd"
    lead = "the partners of Millbeck Surgery"
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Heart Failure Diagnosis in Primary Care (NT-proBNP Pathway) - Tarnside PCN"),
        ("h", "Parties"),
        ("p", "(A) %s, 4 Beck Lane, Tarnside TS9 2LR, in their capacity as lead practice for "
              "Tarnside Primary Care Network under the Network Agreement, contracting on behalf of "
              "the PCN's member practices (\"the Lead Practice\"); and" % lead.capitalize()),
        ("p", "(B) %s, company number 08344071, whose registered office is at 3 Canon Court, "
              "Bristol BS1 5JE (\"Penrose\")." % co),
        ("h", "1 Background"),
        ("p", "1.1 Patients with suspected heart failure in Tarnside wait a median of 19 weeks for "
              "an echocardiogram. Many could be ruled in or out sooner with an NT-proBNP blood test "
              "and a structured referral."),
        ("h", "2 What the parties will do"),
        ("p", "2.1 The PCN will adopt a pathway in which GPs request NT-proBNP for suspected heart "
              "failure and refer urgently when levels are high; a PCN pharmacist will review "
              "diagnosed patients for guideline-recommended treatment."),
        ("h", "3 Money and time"),
        ("t", [["", "Penrose", "Lead Practice / PCN"],
               ["Cash", "£31,200 (pharmacist backfill 0.4 WTE for 12 months; education)", "-"],
               ["Staff", "Medical affairs adviser, 3 days per quarter",
                "Clinical Director 2 hrs/week; PCN pharmacist 0.2 WTE; practice admin 3 hrs/week"],
               ["Other", "Evaluation by independent analyst", "Searches, rooms, phlebotomy"]]),
        ("h", "3A Value of NHS in-kind contribution"),
        ("p", "3A.1 The Lead Practice estimates its in-kind contribution at £22,400."),
        ("h", "4 Measures"),
        ("b", ["Median time from suspicion to diagnosis: 19 weeks to 6 weeks by March 2026.",
               "Patients with confirmed heart failure on all recommended treatment pillars: 35% to "
               "60%.",
               "Emergency admissions with new heart failure diagnosis: down 25% (SUS)."]),
        ("h", "5 Patient information"),
        ("p", "5.1 No record that could identify a patient will leave the practices' systems. Each "
              "member practice remains controller for its patients under UK GDPR; the PCN's "
              "data sharing agreement and DPIA cover the pharmacist's access. Penrose receives "
              "only PCN-level totals."),
        ("h", "6 Confidentiality"),
        ("p", "6.1 Confidential information of either party will be used only for the project and "
              "not disclosed, save as required by law."),
        ("h", "7 Independence and staff"),
        ("p", "7.1 Treatment follows national guidance and the local formulary. Penrose sales "
              "personnel will have no role in the project and no access to practices in "
              "connection with it."),
        ("h", "8 Publication"),
        ("p", "8.1 Penrose will publish a summary on its website before the start date. The parties "
              "will publish outcomes within six months of completion. Penrose will disclose the "
              "payments on Disclosure UK."),
        ("h", "9 Term and exit"),
        ("p", "9.1 This Agreement runs for 12 months from 1 April 2025 and may be ended by either "
              "party on 60 days' notice. The pathway and templates stay with the PCN; backfill "
              "funding stops at the end, and patients already referred continue on the cardiology "
              "pathway."),
        ("sig", [("The partners of Millbeck Surgery (Lead Practice, Tarnside PCN)", "Dr Ruth Aldred",
                  "Senior Partner"),
                 (co, "Graham Tolley", "Director, Medical Affairs")]),
    ]
    return {
        "file": "t12b_20_cwa_hf_diagnosis_lead_practice.docx", "type": "agreement",
        "header": "Tarnside PCN / Penrose", "footer": "CWA v1.0 - OFFICIAL",
        "blocks": blocks,
        "outcomes": outcomes("agreement"),
        "notes": ("All pass. PCN contracts through a named lead practice (the partners of Millbeck "
                  "Surgery) - acceptable contracting vehicle. Data protection by negation plus "
                  "controller/DPIA. The '-' in the Lead Practice's cash cell is fine: the NHS side's contribution is "
                  "stated in staff/other rows and valued in 3A."),
        "keys": ["in their capacity as lead practice", "No record that could identify a patient"],
    }
