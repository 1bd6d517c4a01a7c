"""tuning14a documents 14-20."""
from tuning14a_common import spec, revtable, GLAS, CORR, SPERRIN, GLENMORAY, ARDMUIR, BROTEIFI, \
    CWMTAWEL


def d14():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Teifi North Respiratory Diagnostic Hub"),
        ("p", "This Agreement is entered into on 19 June 2025."),
        ("h", "Between"),
        ("kv", [("Party 1", "The Teifi North GP Cluster, comprising the nine general practices in the Teifi North area of Bro Teifi University Health Board (\"the Cluster\")"),
                ("Party 2", GLAS + ", registered office 21 Cadzow Street, Hamilton ML3 6DA (\"Glasnant\")")]),
        ("p", "The Cluster is a voluntary grouping of practices and is not itself a legal body. For the purposes of this Agreement it acts through its Cluster Lead and Cluster Board."),
        ("h", "1. What we will do together"),
        ("p", "1.1 Set up a diagnostic hub at Llanfair Health Centre offering quality-assured spirometry and FeNO testing to patients referred by any Cluster practice, so that suspected asthma and COPD are confirmed or ruled out before long-term treatment starts. 1.2 The hub is run by Cluster staff; interpretation is by ARTP-accredited practitioners employed by the Cluster lead practice."),
        ("h", "2. Benefits"),
        ("p", "2.1 Patients: an accurate diagnosis within four weeks instead of waiting up to a year for a hospital test, fewer people on inhalers they do not need and earlier right treatment for those who do. 2.2 Cluster: less duplicated testing and more confident diagnosis. 2.3 Glasnant: insight into diagnostic pathways in primary care."),
        ("h", "3. Contributions"),
        ("tbl", [["Who", "What", "Value"],
                 ["Cluster", "Room at Llanfair Health Centre 3 days/week; 0.4 WTE healthcare assistant; ARTP practitioner sessions (2/week); administrative booking", "GBP 47,000 over 18 months"],
                 ["Glasnant", "GBP 39,000 to fund a spirometer, FeNO device and consumables and backfill for ARTP training; 15 days of project management", "GBP 46,500"]]),
        ("h", "4. Key performance indicators"),
        ("p", "4.1 KPIs: TBC at the first meeting of the hub steering group."),
        ("h", "5. Information governance"),
        ("p", "5.1 All test results are recorded in the patient's GP record. The practices remain data controllers and process data under UK GDPR; a DPIA has been approved by the Health Board's Information Governance team. Glasnant has no access to patient records and receives anonymised activity totals only."),
        ("h", "6. Confidentiality"),
        ("p", "6.1 Neither party will disclose the other's non-public information, including patient information and commercial or financial information, except as required by law (including the Freedom of Information Act 2000) or with written consent. This continues for five years after the Agreement ends."),
        ("h", "7. Staffing and conduct"),
        ("p", "7.1 Glasnant's involvement is limited to its Collaborative Working Manager, Catrin Morgan, and a medical affairs adviser. Representatives will not visit the hub."),
        ("h", "8. Ending the project"),
        ("p", "8.1 Either party may withdraw on three months' notice. 8.2 The equipment funded by Glasnant becomes the property of the Cluster lead practice and stays in use after the project. 8.3 Patients awaiting a test at close will be tested by the ARTP practitioners under the Cluster's core arrangements; referrals will revert to the hospital lung function service if the hub is not continued."),
        ("h", "9. Publication"),
        ("p", "9.1 Glasnant will publish an executive summary of this Agreement on its website before the hub opens and declare the funding on Disclosure UK. 9.2 Outcomes will be published by both parties within six months of the end of the project."),
        ("sig", [("Teifi North GP Cluster", "Dr Aled Griffiths", "Cluster Lead"), (GLAS, "Owain Jenkins", "NHS Partnerships Lead")]),
    ]
    return spec(14, "agr_teifinorth_cluster_hub", "agreement", "docx", b,
                "Teifi North Respiratory Diagnostic Hub", "Agreement - final",
                flags={"legal-entities": "fail", "measurable-outcomes": "fail"},
                notes="legal-entities fail: the NHS-side party is the Teifi North GP Cluster, which the agreement itself says is not a legal body; no health board or lead practice contracts. measurable-outcomes fail: 'KPIs: TBC at the first meeting' (the 4-week diagnosis wait in benefits is a benefit statement, not an agreed KPI).")


def d15():
    b = [
        ("title", "Executive Summary"),
        ("sub", "Children's Asthma in Schools - Sperrin HSC Trust and Glasnant Respiratory Ltd"),
        ("h", "Project in brief"),
        ("p", "Asthma is the commonest long-term condition in children, and in the Sperrin area around one in eleven children have it. Emergency attendances for children with asthma rise sharply in September, when pupils return to school. This two-year project will place a children's respiratory nurse in the Trust's school nursing team to visit every post-primary school in the Trust area, check that pupils with asthma have an in-date reliever and an action plan in school, and train school staff."),
        ("h", "What children and families should gain"),
        ("p", "Fewer asthma attacks at school and fewer September emergency visits, children and parents who know what to do when symptoms worsen, and school staff confident to help."),
        ("h", "What the Trust and the company should gain"),
        ("p", "The Trust expects fewer paediatric ED attendances and a model it can extend to primary schools. Glasnant expects to learn how school-based respiratory care works and to share that learning with other NHS partners."),
        ("h", "Timing"),
        ("p", "Planned to begin in August 2025 (after publication of this summary) and to finish in July 2027."),
        ("h", "Money and people"),
        ("tbl", [["", "Sperrin HSCT", "Glasnant"],
                 ["Staff", "Consultant paediatrician (0.5 PA/week), school nursing team leader, pharmacist advice", "Project manager 3 days/month"],
                 ["Funding / resources", "Training venue, transport, clinical governance; about GBP 41,000", "GBP 86,000 for a 1.0 WTE Band 6 nurse over two years"]]),
        ("h", "Information about children"),
        ("p", "All information about individual pupils stays within the Trust's school health records under the Trust's responsibility as data controller. Glasnant will see only school-level summary figures prepared by the Trust."),
        ("h", "Publication of results"),
        ("p", "Glasnant publishes this summary on its website. Both partners will make the outcomes public within six months after the project ends."),
        ("h", "Named leads"),
        ("p", "Dr Roisin Kelly, Consultant Paediatrician, Sperrin HSCT (roisin.kelly@sperrinhsct.example.net); Owain Jenkins, NHS Partnerships Lead, Glasnant (ojenkins@glasnant.example.co.uk)."),
        ("p", "GLAS-JW-0512 | Prepared May 2025"),
    ]
    return spec(15, "es_sperrin_schools_asthma", "executive-summary", "docx", b,
                "Glasnant Respiratory Ltd - Collaborative Working", "Public summary", es_dp="pass")


def d16():
    b = [
        ("title", "PROJECT INITIATION DOCUMENT"),
        ("sub", "Kinbrae Childhood Immunisation Catch-up: Health Visitor Outreach Pilot"),
        ("p", "Public Health Directorate, NHS Glenmoray. Document status: approved by the Project Board on 10 March 2025."),
        ("pb",),
        revtable([["1.0", "20 Jan 2025", "Dr Morag Sinclair", "Initial"], ["1.1", "17 Feb 2025", "Fiona Strachan", "Finance section"], ["2.0", "10 Mar 2025", "Project Board", "Approved"]]),
        ("h", "A. Partners and leads"),
        ("kv", [("NHS organisation", GLENMORAY + " - Public Health Directorate and Kinbrae Health Visiting Service"),
                ("Company", CORR),
                ("NHS lead", "Dr Morag Sinclair, Immunisation Coordinator"),
                ("Company lead", "Fiona Strachan, Partnerships Manager"),
                ("Period", "1 May 2025 - 30 April 2026")]),
        ("h", "B. Problem"),
        ("p", "Uptake of the pre-school booster at age 3 years 4 months in Kinbrae locality is 81%, against 92% for Scotland. Families who miss appointments are often those facing the most disadvantage, and clinic reminders alone have not closed the gap."),
        ("h", "C. What we will do"),
        ("bul", ["A health visitor and a family support worker contact families of children overdue for any scheduled vaccine, discuss concerns, and offer vaccination at home, at nursery or at an evening clinic.",
                 "Vaccines are those supplied through the Scottish national programme; the project has nothing to do with the choice of vaccine product."]),
        ("h", "D. Benefits"),
        ("p", "Children will be protected against measles, whooping cough and other serious infections sooner, and families get an unhurried conversation about their worries. The Board gains evidence on an outreach model; Corriebank gains understanding of barriers to childhood immunisation."),
        ("h", "E. Outcomes and how they will be measured"),
        ("tbl", [["Outcome", "Baseline", "Target", "Data"],
                 ["Pre-school booster uptake, Kinbrae", "81%", "88% by April 2026", "SIRS / PHS quarterly"],
                 ["Overdue children contacted within 4 weeks", "0%", "90%", "HV caseload log"],
                 ["Children vaccinated after contact", "-", "60%", "Board vaccination records"]]),
        ("h", "F. Resources"),
        ("tbl", [["Partner", "Contribution"],
                 ["NHS Glenmoray", "0.2 WTE health visitor team leader; clinic rooms and evening sessions; vaccine supply and cold chain; PHI analyst 1 day/month (in kind c. GBP 29,000)"],
                 ["Corriebank", "GBP 47,000 for a 1.0 WTE family support worker and 0.4 WTE health visitor for 12 months; project management (20 days); design of evaluation"]]),
        ("h", "G. Information governance"),
        ("p", "Children's CHI numbers and records are processed only by Board staff. The Board is controller and has completed a DPIA under UK GDPR and the Data Protection Act 2018. Corriebank receives locality-level percentages only."),
        ("h", "H. Confidentiality"),
        ("p", "Family information is confidential under the Board's policies. Business information exchanged between the partners will not be disclosed outside the Project Board without consent, during the project and for three years after, subject to FOISA."),
        ("h", "I. Team"),
        ("p", "Project Board: Dr Morag Sinclair (chair), Kinbrae Health Visiting Team Leader, Board finance manager, Fiona Strachan and Dr Rhodri Beynon. Corriebank's commercial colleagues have no role in the pilot."),
        ("h", "J. Ending the pilot"),
        ("p", "At month 10 the Project Board will report to the Board's Public Health Committee with a recommendation. If the outreach is not continued, families already in contact will be handed back to their own health visitor with a recorded plan, and the fixed-term posts will end on 30 April 2026 with redeployment support. Each partner may leave early on 60 days' notice on the same basis."),
        ("h", "K. Openness"),
        ("p", "Corriebank will publish a summary before 1 May 2025; both partners publish outcomes by October 2026; Corriebank declares the funding via Disclosure UK."),
    ]
    return spec(16, "pid_glenmoray_childhood_catchup", "pid", "pdf", b,
                "NHS Glenmoray | OFFICIAL", "Kinbrae Catch-up PID v2.0", layout="ruled")


def d17():
    b = [
        ("title", "Joint Working Agreement - Respiratory Data Improvement Project"),
        ("p", "Made on 12 August 2025"),
        ("h", "Parties"),
        ("num", ["The Ardmuir Respiratory Managed Clinical Network, a network of respiratory clinicians working across NHS Ardmuir, Eastmuir HSCP and Kinloch HSCP (\"the MCN\");",
                 "Glasnant Respiratory Ltd, company number SC604117 (\"Glasnant\")."]),
        ("h", "1. Purpose"),
        ("p", "1.1 To identify people with COPD in Ardmuir whose disease is under-recognised or under-treated, and to improve the consistency of annual reviews across general practice, using audit of practice data and feedback to practices."),
        ("h", "2. Expected benefits"),
        ("p", "2.1 Patients will benefit from more consistent reviews, earlier referral to pulmonary rehabilitation and better-controlled symptoms. 2.2 The MCN will have a clearer picture of variation. 2.3 Glasnant will gain insight into COPD care pathways."),
        ("h", "3. Contributions"),
        ("p", "3.1 Glasnant will fund a 0.6 WTE data analyst for 12 months (GBP 31,000) and provide two of its own analysts for data linkage and dashboard development. 3.2 The MCN will provide clinical leadership (MCN lead clinician, 2 sessions a month), practice engagement and interpretation of findings through its quarterly meetings."),
        ("h", "4. Data"),
        ("p", "4.1 Participating practices will extract records of patients on the COPD register, including CHI number, date of birth, spirometry results and prescribing history, and transfer them via secure file transfer to Glasnant's analytics team for linkage and dashboard development. 4.2 Glasnant will hold the extract on its secure servers for the duration of the project and comply with the UK GDPR."),
        ("h", "5. Measures"),
        ("tbl", [["Measure", "Baseline", "Target (12 months)"],
                 ["COPD patients with review in last 15 months", "58%", "75%"],
                 ["Eligible patients referred to pulmonary rehab", "9%", "20%"],
                 ["Practices receiving a quarterly feedback report", "0", "All 41"]]),
        ("h", "6. Confidentiality"),
        ("p", "6.1 The parties will treat all patient information and each other's non-public business information as confidential, will use it only for the Project and will not disclose it without consent unless required by law, including FOISA. 6.2 These obligations survive termination."),
        ("h", "7. Governance"),
        ("p", "7.1 A Project Group of the MCN lead clinician (chair), two practice representatives, Laura Brodie (Project Manager) and Dr Niamh Quinn (MSL). Glasnant sales staff are not members."),
        ("h", "8. Term and exit"),
        ("p", "8.1 Twelve months from 1 October 2025. Either party may terminate on 90 days' notice. 8.2 At the end, dashboards and reports pass to the MCN and practices continue reviews under normal arrangements; the funded analyst post is fixed term and ends; Glasnant will delete project data and certify deletion."),
        ("h", "9. Transparency"),
        ("p", "9.1 Glasnant will publish a summary of this Agreement on its website before 1 October 2025 and report the funding on Disclosure UK; the parties will publish outcomes within six months of completion."),
        ("sig", [("Ardmuir Respiratory MCN", "Dr Alasdair Fraser", "MCN Lead Clinician"), (GLAS, "Owain Jenkins", "NHS Partnerships Lead")]),
    ]
    return spec(17, "agr_ardmuir_mcn_copd_data", "agreement", "pdf", b,
                "Ardmuir Respiratory MCN / Glasnant", "Joint Working Agreement | v1.0",
                flags={"legal-entities": "fail", "data-protection": "fail"},
                notes="legal-entities fail: the NHS-side party is a managed clinical network (a network of clinicians) with no contracting host named; NHS Ardmuir is not a party. data-protection fail: practices send CHI-level identifiable extracts to Glasnant's own analytics team, which holds them on company servers; a bare UK GDPR mention does not cure this.")


def d18():
    b = [
        ("title", "Note of meeting - respiratory project ideas"),
        ("kv", [("Date / venue", "14 October 2025, Pontfaen Surgery, Cwm Tawel"),
                ("Present", "Dr Meinir Evans (Cluster Lead, Afon Llwyd); Elin Harries (cluster pharmacist); Huw Llewellyn (Cwm Tawel UHB Medicines Management); Catrin Morgan (Glasnant, Collaborative Working Manager); Rhys Bowen (Glasnant, Key Account Manager)"),
                ("Note taker", "E. Harries")]),
        ("h", "1. Background"),
        ("p", "The cluster had asked whether Glasnant would consider a follow-on project after the asthma review pilot. Catrin explained that any project would need to go through Glasnant's collaborative working process and the Health Board's governance before anything was agreed, and that no commitment could be made at this meeting."),
        ("h", "2. Ideas discussed"),
        ("bul", ["Extending structured reviews to people with COPD who have had two or more exacerbations.",
                 "A training programme for practice nurses on inhaler technique and spacer use.",
                 "Better identification of housebound patients who have not had a review."]),
        ("h", "3. Actions"),
        ("tbl", [["Action", "Owner", "By"],
                 ["Draft a concept framework for the COPD review idea", "Elin Harries / Catrin Morgan", "November cluster board"],
                 ["Lead delivery planning with the seven practices, including visiting each practice to agree clinic schedules", "Rhys Bowen", "December 2025"],
                 ["Check cluster budget position for 2026/27", "Huw Llewellyn", "November"]]),
        ("p", "Next meeting to be arranged once the concept framework has been to the cluster board."),
    ]
    return spec(18, "unknown_afonllwyd_meeting_note", "unknown", "docx", b,
                "Afon Llwyd Cluster", "Meeting note - not a project document",
                flags={"sales-roles": "fail"},
                notes="type unknown: an informal meeting note, not one of the six project document types. sales-roles fail: Glasnant's Key Account Manager is present and is given the action to lead delivery planning and visit practices.")


def d19():
    b = [
        ("title", "Teifi North Cluster Bulletin - Autumn 2025"),
        ("h", "Flu and COVID clinics"),
        ("p", "Thank you to every practice team that helped with the Saturday clinics. Between them the nine practices vaccinated more than 6,000 people in the first three weekends. Housebound visits continue through November."),
        ("h", "New diagnostic hub opens"),
        ("p", "The Llanfair spirometry and FeNO hub took its first referrals on 1 September. Please use the cluster referral form on the shared drive; the hub team will send results back into the practice record."),
        ("h", "Respiratory update from our partners"),
        ("p", "Glasnant Respiratory, who are supporting the hub, tell us that their Aerovane triple inhaler is a breakthrough in COPD care and the best choice for patients who are still breathless on dual therapy. Practices reviewing COPD patients may wish to consider switching suitable patients to Aerovane at their next review."),
        ("h", "Dates for the diary"),
        ("bul", ["Cluster board: 12 November, Llanfair Health Centre",
                 "Practice nurse forum: 26 November (topic: diabetes foot checks)",
                 "Cluster IMTP planning workshop: 10 December"]),
        ("p", "Bulletin compiled by the Teifi North cluster development manager. Contributions welcome."),
    ]
    return spec(19, "unknown_teifinorth_bulletin", "unknown", "pdf", b,
                "Teifi North Cluster Bulletin", "Autumn 2025", layout="twocol",
                flags={"promotional-language": "fail"},
                notes="type unknown: a cluster newsletter. promotional-language fail: 'Aerovane triple inhaler is a breakthrough ... the best choice' and suggests switching patients to it. sales-roles pass: no company sales role appears.")


def d20():
    b = [
        ("title", "Afon Llwyd Asthma Review Project - Summary of Outcomes"),
        ("kv", [("Partners", CWMTAWEL + " (Afon Llwyd cluster) and " + GLAS),
                ("Project dates", "April 2025 to March 2026"),
                ("Report date", "May 2026")]),
        ("h", "Overview"),
        ("p", "The project set out to find adults with asthma who were relying heavily on reliever inhalers without a review, and to give each of them a structured pharmacist review and a personalised action plan."),
        ("h", "What happened"),
        ("p", "Reviews were carried out in all six practices. Practice teams told us that patients who came in were often surprised by how much better they felt after treatment was optimised, and clinicians felt the reviews had improved asthma control and confidence in self-management across the cluster. Many patients were stepped up to Glasnant's once-daily Aerovane inhaler, whose simple dosing clearly helped them stay well."),
        ("h", "Patients"),
        ("p", "Patients we spoke to said they understood their action plan and knew when to seek help, and several said they had not needed an urgent appointment since their review."),
        ("h", "Reflections"),
        ("bul", ["Both partners provided the staff and funding they committed to.",
                 "Recruitment of the pharmacist technician took longer than expected.",
                 "Video reviews worked well for working-age adults."]),
        ("h", "Distribution"),
        ("p", "This summary has been circulated to the cluster board and Glasnant's compliance team. It is not for wider distribution."),
    ]
    return spec(20, "out_afonllwyd_asthma_outcomes", "outcomes-summary", "docx", b,
                "Afon Llwyd Cluster", "Outcomes summary v1",
                flags={"measurable-outcomes": "warn", "transparency": "fail", "promotional-language": "fail"},
                notes="measurable-outcomes warn: results given only as qualitative impressions, no figures against the planned measures. transparency fail: 'not for wider distribution' - no publication. promotional-language fail: credits the company's branded Aerovane inhaler and reports patients being moved onto it.")


DOCS = [d14, d15, d16, d17, d18, d19, d20]
