"""Documents ok05-ok08: more passes with unusual wording."""
from tuning12a_common import doc


def docs():
    out = []
    # ------------------------------------------------------------------ ok05 CF docx, "for the people we serve"
    out.append(doc(
        "t12a_21_ms_relapse_concept.docx", "concept-framework",
        header="Project Concept Framework - for Collaboration Oversight Group", footer="Castlebridge MS service / Kestrel Neuroscience - draft 2",
        blocks=[
            ("title", "MS Relapse Rapid Access Line", "Project Concept Framework"),
            ("kv", [("Organisations that would sign", "Castlebridge University Hospitals NHS Trust; Kestrel Neuroscience UK Ltd"),
                    ("Other stakeholders", "MS specialist nurses, Castlebridge MS patient panel, neurology day unit"),
                    ("Earliest start", "Q1 2026"),
                    ("Length", "15 months")]),
            ("h1", "Purpose"),
            ("p", "People with multiple sclerosis who think they are having a relapse currently leave a voicemail on the nurse line "
                  "and may wait up to a week for a call back. Some go to A&E instead."),
            ("h1", "For the people we serve"),
            ("p", "A same-day triage call from an MS nurse for anyone reporting a suspected relapse, and an assessment slot within "
                  "72 hours where needed - so that relapses are treated sooner, infections that mimic relapse are picked up, and "
                  "fewer people spend hours in A&E."),
            ("h1", "For the Trust"),
            ("p", "Fewer unplanned attendances; better use of day-unit capacity."),
            ("h1", "For Kestrel"),
            ("p", "Insight into relapse management pathways. The project is not linked to any Kestrel medicine and treatment "
                  "decisions remain with Trust clinicians."),
            ("h1", "Resources each side would bring"),
            ("tbl", [["Kestrel Neuroscience UK Ltd", "Castlebridge University Hospitals NHS Trust"],
                     ["GBP 46,000 for 0.6 WTE MS nurse time and a call-handling system licence",
                      "Consultant neurologist oversight, day-unit assessment slots, MS nurse team training (about GBP 30,000)"]]),
            ("h1", "Preliminary check"),
            ("p", "Reviewed against Clause 20 criteria by the Trust's joint working lead and Kestrel's medical governance team on "
                  "12 September 2025; company involvement limited to medical affairs."),
            ("h1", "Decision"),
            ("p", "Proceed to PID - agreed at the Collaboration Oversight Group, 30 September 2025."),
        ],
        notes="All applicable rules pass. patient-benefit under the heading 'For the people we serve' (same-day triage, "
              "earlier relapse treatment, fewer A&E waits). resource contributions of both parties in a two-column table.",
        keys=["For the people we serve", "GBP 46,000 for 0.6 WTE MS nurse time"]))

    # ------------------------------------------------------------------ ok06 PID docx, now / want / by when / how we'll know
    out.append(doc(
        "t12a_22_frailty_medicines_review_pid.docx", "pid",
        header="University of Thornleigh | Harrowdale & Fenmouth ICB | Calverley Therapeutics - PID", footer="PID v1.0 - OFFICIAL - not protectively marked",
        blocks=[
            ("title", "Care Home Medicines Review for People Living with Frailty", "Project Initiation Document"),
            ("h1", "A. Partners"),
            ("bul", ["Harrowdale and Fenmouth Integrated Care Board, Kingsgate House, Harrowdale HD1 5PL - lead: Dr Abi Lennox, Associate Medical Director.",
                     "University of Thornleigh, School of Pharmacy, Thornleigh TH3 9UT - lead: Prof. Martin Kyle.",
                     "Calverley Therapeutics UK Ltd, 22 Ferry Lane, Guildford GU2 4EE - lead: Rhian Doyle, Head of NHS Partnerships."]),
            ("h1", "B. Background"),
            ("p", "Care home residents in Harrowdale take on average 9.8 regular medicines. Falls and medication-related admissions "
                  "are frequent and structured medication reviews happen irregularly."),
            ("h1", "C. The difference for residents"),
            ("p", "Residents will have a structured review that stops medicines that no longer help them, cuts the number of "
                  "tablets and medication rounds, and lowers their risk of falls and of being admitted to hospital. Families "
                  "will be involved in decisions."),
            ("p", "The ICB gains a repeatable review model; the University gains a research dataset (anonymised) and teaching "
                  "cases; Calverley gains insight into deprescribing practice. Calverley products are not part of the review "
                  "protocol."),
            ("h1", "D. How we'll know it worked"),
            ("tbl", [["Where we are now", "Where we want to be", "By when", "How we'll know"],
                     ["Average 9.8 regular medicines per resident", "8.0 or fewer", "June 2026", "Care home MAR charts, pharmacist audit"],
                     ["Falls per 1,000 occupied bed days: 7.2", "5.5", "September 2026", "Care home incident returns"],
                     ["Medication-related admissions: 41 a year", "28 a year", "September 2026", "SUS admissions data via ICB BI"],
                     ["Residents reviewed in last 12 months: 35%", "90%", "March 2026", "GP clinical system search"]]),
            ("h1", "E. Resources"),
            ("p", "Calverley: GBP 93,000 for two care home pharmacists (0.5 WTE each, 18 months). ICB: medicines optimisation "
                  "leadership, BI analysis and care home liaison (GBP 40,000). University: evaluation design and analysis by a "
                  "research fellow (0.2 WTE, GBP 21,000)."),
            ("h1", "F. Governance"),
            ("p", "Project board chaired by Dr Lennox with Prof. Kyle, the ICB care homes lead and Ms Doyle. Calverley's sales "
                  "force will not be involved in any aspect of the project."),
            ("h1", "G. Information governance"),
            ("p", "GP practices and care homes remain data controllers. Pharmacists access records under the practices' data "
                  "sharing agreement. The University receives pseudonymised data under a DPIA approved by the ICB's Caldicott "
                  "Guardian; Calverley receives no personal data at all."),
            ("h1", "H. Confidentiality"),
            ("p", "Residents' information is confidential to their care team. Project outputs and commercial information are "
                  "confidential to the partners until publication, subject to FOI."),
            ("h1", "I. Exit"),
            ("p", "Any partner may withdraw on 90 days' notice. Residents mid-review will have their review completed by their GP "
                  "practice pharmacist; pharmacist posts are hosted by the ICB on fixed-term contracts; the ICB will decide by "
                  "July 2026 whether to fund the model recurrently."),
            ("h1", "J. Dates and transparency"),
            ("p", "October 2025 - March 2027. Calverley publishes an executive summary before start. Outcomes published by all "
                  "partners within six months of the end; payments disclosed on Disclosure UK."),
        ],
        notes="All rules pass. measurable-outcomes in a 'Where we are now / Where we want to be / By when / How we'll know' "
              "table; patient-benefit under 'The difference for residents'.",
        keys=["Where we want to be", "Falls per 1,000 occupied bed days: 7.2", "The difference for residents"]))

    # ------------------------------------------------------------------ ok07 agreement pdf, negative-phrased benefit, schedule KPIs
    out.append(doc(
        "t12a_23_wet_amd_outreach_agreement.pdf", "agreement", layout="plain",
        header="Collaborative Working Agreement - Community Eye Injection Clinics", footer="Page {page} - Execution copy - 24 July 2025",
        blocks=[
            ("title", "Collaborative Working Agreement", "Community Intravitreal Injection Clinics - Kelsworth and Wexcombe"),
            ("p", "This Agreement is made between Castlebridge University Hospitals NHS Trust (\"the Trust\"), Infirmary Road, "
                  "Castlebridge CB9 1AA, and Orrin Biopharma UK Ltd (\"Orrin\"), 80 Kingfisher Way, Slough SL1 9AX, each a "
                  "\"Party\"."),
            ("h1", "1. The Project"),
            ("p", "1.1 The Trust will run two community injection clinics for people with macular conditions who need regular "
                  "injections. 1.2 Choice of medicine remains a clinical decision under the Trust formulary; Orrin's products "
                  "have no special place in the Project."),
            ("h1", "2. Expected benefits"),
            ("p", "2.1 Patients in Wexcombe will no longer have to make a 40-mile round trip to the eye unit every four to eight "
                  "weeks, and fewer will miss injections because transport fell through - which protects their sight. "
                  "2.2 The Trust expects capacity in the main eye unit to be freed for new patients. 2.3 Orrin expects to "
                  "learn how community ophthalmology models operate."),
            ("h1", "3. Contributions"),
            ("p", "3.1 Orrin: GBP 105,000 over 24 months for a nurse injector and clinic equipment. 3.2 Trust: consultant "
                  "oversight, imaging, clinic staff and transport coordination, valued at GBP 96,000."),
            ("h1", "4. Roles and governance"),
            ("p", "4.1 The Trust leads clinical delivery. 4.2 A steering committee of the Trust's lead ophthalmologist, "
                  "ophthalmology service manager and Orrin's Medical Affairs Manager meets quarterly. 4.3 No Orrin employee "
                  "with a sales or promotional role will sit on the committee or attend clinics."),
            ("h1", "5. Measuring success"),
            ("p", "5.1 The measures in Schedule 1 will be reported by the Trust's ophthalmology informatics team every quarter."),
            ("h1", "6. Data protection"),
            ("p", "6.1 The Trust is data controller. 6.2 Orrin shall not access patient records and will receive aggregated "
                  "data only. 6.3 The Parties shall comply with the UK GDPR and the Data Protection Act 2018."),
            ("h1", "7. Confidentiality"),
            ("p", "7.1 Each Party shall keep confidential all non-public information about the other Party and about patients, "
                  "subject to the Trust's obligations under the Freedom of Information Act 2000."),
            ("h1", "8. Term and exit"),
            ("p", "8.1 1 September 2025 to 31 August 2027. 8.2 Either Party may end the Agreement on six months' notice, "
                  "long enough for patients to be rebooked into the main eye unit without a missed injection. 8.3 Equipment "
                  "passes to the Trust; the nurse injector post continues only if the Trust funds it."),
            ("h1", "9. Publication"),
            ("p", "9.1 Orrin will publish a summary of this Agreement before the clinics open. 9.2 Both Parties will publish "
                  "outcomes within six months of the end date."),
            ("h1", "Schedule 1 - Measures"),
            ("tbl", [["Measure", "Baseline (Apr-Jun 2025)", "Target (Aug 2027)"],
                     ["Injections delivered more than 2 weeks late", "14%", "under 5%"],
                     ["Patients with stable or improved visual acuity at 12 months", "71%", "at least 80%"],
                     ["Average patient travel distance per visit", "20 miles", "6 miles"]]),
            ("sig", [("Castlebridge University Hospitals NHS Trust", "Helen Quayle", "Chief Operating Officer"),
                     ("Orrin Biopharma UK Ltd", "Joanna Petrakis", "Director, Medical Affairs")]),
        ],
        notes="All rules pass. patient-benefit phrased negatively ('will no longer have to make a 40-mile round trip'); "
              "measurable-outcomes held in Schedule 1 with baselines and targets, referenced from clause 5.",
        keys=["will no longer have to make a 40-mile round trip", "Injections delivered more than 2 weeks late", "six months' notice"]))

    # ------------------------------------------------------------------ ok08 PID docx, proportions in words
    out.append(doc(
        "t12a_24_alcohol_liver_pid.docx", "pid",
        header="Ashbury MBC Public Health - Project Initiation Document", footer="Liver health in Ashbury - v1.2 - 11 August 2025",
        blocks=[
            ("title", "Earlier Detection of Liver Disease in People who Drink Harmfully", "Project Initiation Document"),
            ("kv", [("Partners", "Ashbury Metropolitan Borough Council (Public Health); Ashbury Teaching Hospitals NHS Trust; "
                                 "Mereside Health Sciences UK Ltd"),
                    ("Leads", "Council: Dr Rosa Ferreira, Consultant in Public Health. Trust: Dr Nikhil Rao, Consultant "
                     "Hepatologist. Mereside: Dr Holly Jennings, Senior Medical Manager."),
                    ("Period", "November 2025 - October 2027")]),
            ("h1", "Background"),
            ("p", "Most people in Ashbury who die of alcohol-related liver disease are diagnosed for the first time during an "
                  "emergency admission. Community alcohol services do not currently offer liver scans."),
            ("h1", "What people using the service gain"),
            ("p", "Clients of the community alcohol service will be offered a liver stiffness scan at their usual venue. Those "
                  "with significant scarring will be referred to a hepatology nurse clinic, so that they learn about liver "
                  "damage while it can still be reversed or managed."),
            ("p", "Other partners: the Council and Trust gain a joined-up pathway; Mereside gains understanding of community "
                  "liver pathways."),
            ("h1", "Targets"),
            ("p", "At present roughly seven in ten first diagnoses of alcohol-related cirrhosis at the Trust are made during an "
                  "emergency admission (2024 audit). The partners aim to bring that down to about half by the end of October "
                  "2027, and to scan at least two in every three eligible clients in the first year. A third measure is "
                  "attendance: at least four in five people referred to the nurse clinic should attend within six weeks. The "
                  "Trust's hepatology audit and the alcohol service database will be used, reported every six months."),
            ("h1", "Contributions"),
            ("p", "Mereside: two transient elastography devices on loan and funding for a hepatology nurse (0.8 WTE, 24 months), "
                  "total GBP 118,000. Council: alcohol service staff time, venues and data analysis (GBP 35,000). Trust: "
                  "consultant supervision, device training and clinic capacity (GBP 52,000)."),
            ("h1", "Governance"),
            ("p", "Steering group chaired by Dr Ferreira; Mereside is represented by medical affairs only - its sales team has no "
                  "role."),
            ("h1", "Data and confidentiality"),
            ("p", "Scan results are recorded in the alcohol service and Trust records, which remain under the control of those "
                  "organisations. A DPIA has been agreed between the Council and the Trust. No personal data are shared with "
                  "Mereside. All partners keep client information and project documents confidential."),
            ("h1", "Ending the project"),
            ("p", "Any partner may withdraw with three months' notice. Clients with abnormal scans will continue to be followed up "
                  "in the Trust's hepatology service. Devices return to Mereside unless the Council decides to buy them; the "
                  "nurse post is hosted by the Trust and ends unless commissioned."),
            ("h1", "Publication"),
            ("p", "Mereside will publish an executive summary before November 2025, and all partners will publish outcomes "
                  "within six months of completion."),
        ],
        notes="All rules pass. measurable-outcomes expressed as proportions in words ('roughly seven in ten ... to about half "
              "by the end of October 2027', 'two in every three', 'four in five within six weeks') with baseline year and "
              "data sources.",
        keys=["roughly seven in ten first diagnoses", "at least four in five people referred", "GBP 118,000"]))
    return out
