"""holdout10 agreements 14-19."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D14 = doc(14, "respiratory-network-agreement", "docx", "agreement",
    "Agreement for Collaborative Working - Inhaler Technique and Self-Management Programme",
    [("title", "Agreement for Collaborative Working - Inhaler Technique and Self-Management Programme"),
     ("p", "Between the Wealdmoor Respiratory Clinical Network (the Network) and Orvane "
           "Therapeutics Ltd, 3 Meridian Park, Slough SL2 5EQ (Orvane). The Network is an informal "
           "clinical network of respiratory clinicians across Wealdmoor; it does not have separate "
           "legal personality and acts through its chair."),
     ("h1", "1. Purpose"),
     ("p", "1.1 To train 60 practice nurses and community pharmacists to check inhaler technique "
           "and agree self-management plans with people who have asthma or COPD, so that patients "
           "have fewer exacerbations and feel more in control of their condition."),
     ("h1", "2. What each party provides"),
     ("table", [["Party", "Provision", "Estimated value"],
                ["Network", "Clinical educators (4 respiratory nurses, 30 sessions); curriculum "
                 "design; venues in member trusts", "GBP 22,000 in kind"],
                ["Orvane", "Funding for training backfill, placebo inhaler devices for teaching, "
                 "evaluation support", "GBP 35,000"]], [0.16, 0.6, 0.24]),
     ("h1", "3. Measuring impact"),
     ("p", "3.1 Inhaler technique scored before and 3 months after training for a sample of 400 "
           "patients (target: correct technique rising from 45% to 75%). 3.2 Asthma control test "
           "score change (target +3 points). 3.3 Exacerbations requiring oral steroids in the "
           "sample (target -20% over 12 months)."),
     ("h1", "4. Data"),
     ("p", "4.1 Technique scores are recorded in practice clinical systems by the treating "
           "clinician; practices are controllers. Only anonymised, aggregated scores are passed "
           "to the Network's evaluation lead and Orvane, in line with UK GDPR."),
     ("h1", "5. Confidentiality and use of information"),
     ("p", "5.1 The parties will treat each other's non-public information as confidential. "
           "5.2 Notwithstanding clause 5.1, Orvane may use the training materials, evaluation "
           "findings and any insights obtained through the programme for its own business "
           "planning and commercial purposes."),
     ("h1", "6. Termination and end of programme"),
     ("p", "6.1 Either party may terminate on 60 days' notice. 6.2 Courses already booked will "
           "go ahead; the curriculum and teaching devices pass to the Network's member trusts so "
           "that training can continue within their education budgets."),
     ("h1", "7. Publication"),
     ("p", "7.1 Orvane will publish a summary of this agreement before training begins and the "
           "parties will publish an outcomes report within six months of completion."),
     ("sig", [("Wealdmoor Respiratory Clinical Network", "Dr Geraint Powys", "Network Chair"),
              ("Orvane Therapeutics Ltd", "Dr Sunil Chaudhry", "Medical Director UK")]),
     ],
    notes="legal-entities fail: the Network is stated to have no legal personality and no host "
          "contracts for it. confidentiality fail: clause 5.2 lets the company use project "
          "information for its own commercial purposes.",
    header="Wealdmoor Respiratory Clinical Network | Agreement", footer="v1.0 | 2025",
    legal_entities="fail", confidentiality="fail")

D15 = doc(15, "glenairlie-stroke-rehab-agreement", "pdf", "agreement",
    "Joint Working Agreement: Early Supported Discharge after Stroke - NHS Glenairlie",
    [("title", "Joint Working Agreement: Early Supported Discharge after Stroke"),
     ("sub", "NHS Glenairlie and Tamberlin Life Sciences Ltd. Prepared with the support of %s. "
             "Reference GLN-JW-25-02." % PMO),
     ("h1", "1. Parties and term"),
     ("p", "1.1 Glenairlie Health Board, operating as NHS Glenairlie, Tower Block, Riverside Road, "
           "Glenairlie GA1 1QZ. 1.2 Tamberlin Life Sciences Ltd, 2 Harbour Exchange, London E14 "
           "9GE. 1.3 Term: 1 October 2025 to 30 September 2026."),
     ("h1", "2. Aims and benefits"),
     ("p", "2.1 To extend early supported discharge after stroke to the Glenairlie rural "
           "localities, so that stroke survivors can go home sooner and continue therapy at home "
           "with the same intensity as on the ward. 2.2 NHS Glenairlie expects shorter stays and "
           "freed stroke unit beds. 2.3 Tamberlin expects to learn about rural service models."),
     ("h1", "3. Contributions"),
     ("table", [["Contributor", "Item", "Amount"],
                ["NHS Glenairlie", "Stroke consultant oversight, therapy team leadership, vehicles and "
                 "equipment, data analyst 10 days", "GBP 47,000 in kind"],
                ["Tamberlin", "Funding for 1.0 WTE physiotherapist and 0.5 WTE occupational "
                 "therapist (Band 6, 12 months)", "GBP 71,300"]], [0.2, 0.55, 0.25]),
     ("h1", "4. Outcomes and evaluation"),
     ("table", [["Outcome", "Baseline", "Target", "Source"],
                ["Median length of stay for eligible patients", "24 days", "16 days", "Scottish Stroke Care Audit"],
                ["Eligible rural patients receiving ESD", "0%", "60%", "Board activity data"],
                ["Modified Rankin score at 6 months (mean)", "2.9", "2.5", "SSCA follow-up"]], None),
     ("h1", "5. Data protection and confidentiality"),
     ("p", "5.1 NHS Glenairlie is the controller. Processing complies with UK GDPR and the Data "
           "Protection Act 2018 and is covered by the Board's DPIA. No personal data will be "
           "shared with Tamberlin. 5.2 Each party will keep confidential the other's non-public "
           "information and any patient information, subject to the Freedom of Information "
           "(Scotland) Act 2002, for five years after the term."),
     ("h1", "6. Exit and contingency"),
     ("p", "6.1 The Board will decide by month 9 whether to fund the rural ESD posts recurrently. "
           "6.2 If it does not, patients under ESD at the end of the term will complete their "
           "therapy episode with the community rehabilitation team. 6.3 Either party may end this "
           "agreement on three months' notice; the Board will then redeploy funded staff to "
           "vacant community posts. 6.4 The agreement will be reviewed if the Code is found to be "
           "breached or national stroke guidance changes."),
     ("h1", "7. Publication and disclosure"),
     ("p", "7.1 An executive summary will appear on Tamberlin's UK website before patients are "
           "enrolled. 7.2 Both parties will publish outcomes within six months of the end of the "
           "term. 7.3 Tamberlin will disclose the transfer of value in Disclosure UK."),
     ("h1", "8. Anti-bribery and conduct"),
     ("p", "8.1 The parties will comply with the Bribery Act 2010. Tamberlin's commercial "
           "field staff will have no involvement in the service."),
     ("sig", [("Glenairlie Health Board", "Morag Lindsay", "Director of Finance"),
              ("Tamberlin Life Sciences Ltd", "Graham Oduya", "NHS Collaborations Lead")]),
     ],
    notes="All pass.", header="NHS Glenairlie | GLN-JW-25-02", footer="OFFICIAL",
    layout="two")

D16 = doc(16, "wound-care-agreement", "docx", "agreement",
    "Collaborative Working Agreement - Leg Ulcer Pathway Redesign",
    [("title", "Collaborative Working Agreement - Leg Ulcer Pathway Redesign"),
     ("sub", "Castlebridge Community Healthcare NHS Trust and Harrowgate Biosciences UK Ltd. "
             "Template and drafting: %s. Version 2, 4 August 2025." % PMO),
     ("h1", "1 Parties"),
     ("p", "Castlebridge Community Healthcare NHS Trust, Riverside House, Castlebridge CB1 4LL; "
           "and Harrowgate Biosciences UK Ltd, 40 Station Approach, Guildford GU1 4XP."),
     ("h1", "2 Objectives"),
     ("p", "Introduce a leg ulcer assessment clinic so that every patient with a wound open for "
           "more than two weeks has a full assessment, including ankle-brachial pressure index, "
           "within 14 days; healing rates, pain and quality of life should all improve."),
     ("table", [["KPI", "Baseline", "Target (12 months)"],
                ["Full assessment within 14 days", "27%", "85%"],
                ["Venous ulcers healed within 12 weeks", "38%", "60%"],
                ["District nurse visits per ulcer episode", "41", "28"]], None),
     ("h1", "3 Contributions"),
     ("table", [["Party", "Contribution", "Value"],
                ["Trust", "Tissue viability lead 0.4 WTE, clinic space at two health centres, "
                 "district nurse time for assessments", "GBP 52,000 in kind"],
                ["Harrowgate", "Funding for Band 6 nurse 0.8 WTE and Doppler equipment; "
                 "evaluation support", "GBP 49,500"]], [0.16, 0.6, 0.24]),
     ("h1", "4 Contacts"),
     ("table", [["Purpose", "Name", "Organisation / role"],
                ["Trust project lead", "Beverley Osei", "Head of Tissue Viability"],
                ["Harrowgate project lead", "Caroline Yeo", "Head of Healthcare Partnerships"],
                ["Invoices and purchase orders", "Declan Marsh", "Harrowgate Regional Business Manager"]],
      [0.3, 0.25, 0.45]),
     ("h1", "5 Data protection"),
     ("p", "The Trust is controller; data remain on Trust systems. Harrowgate receives anonymised "
           "aggregate KPIs only. Processing is in line with UK GDPR and the DPA 2018."),
     ("h1", "6 Confidentiality"),
     ("p", "Each party keeps the other's non-public information and all patient information "
           "confidential, both during and after the agreement."),
     ("h1", "7 Exit"),
     ("p", "Either party may end the agreement on 90 days' notice. Patients in the clinic will "
           "continue to be seen by the tissue viability team until healed or discharged, and "
           "the Trust will incorporate the assessment clinic into its community nursing "
           "specification from April 2026."),
     ("h1", "8 Publication"),
     ("p", "The parties may publish a summary of the project and its results once Harrowgate "
           "has reviewed and approved the content."),
     ("sig", [("Castlebridge Community Healthcare NHS Trust", "Helen Varga", "Director of Nursing"),
              ("Harrowgate Biosciences UK Ltd", "Caroline Yeo", "Head of Healthcare Partnerships")]),
     ],
    notes="transparency fail: publication only subject to the company's approval. sales-roles warn: "
          "a Regional Business Manager appears only as an invoicing contact, not in delivery.",
    header="Leg Ulcer Pathway CWA v2", footer="OFFICIAL",
    transparency="fail", sales_roles="warn")

D17 = doc(17, "mental-health-physical-checks-agreement", "pdf", "agreement",
    "Collaborative Working Agreement - Physical Health Checks for People with Serious Mental Illness",
    [("title", "Collaborative Working Agreement - Physical Health Checks for People with Serious Mental Illness"),
     ("p", "Dated 2 September 2025. Between Aldercombe and Wyre NHS Foundation Trust, Bramley Road, "
           "Aldercombe AW1 3RT (the Trust) and Veltris Pharma UK Ltd, 9 Canal Wharf, Reading RG1 8NN "
           "(Veltris)."),
     ("h1", "1. Background"),
     ("p", "People with serious mental illness die 15 to 20 years earlier than the general "
           "population, mainly from preventable physical illness. Only 44% of people on the "
           "Trust's SMI caseload had all six annual physical health checks last year."),
     ("h1", "2. Benefits"),
     ("p", "Service users will have physical health problems such as diabetes, high blood "
           "pressure and raised cholesterol picked up and followed up, and will be supported to "
           "stop smoking. The Trust expects to meet national SMI health check standards."),
     ("h1", "3. Contributions"),
     ("table", [["Party", "Contribution"],
                ["Trust", "Two health check clinics per week in community mental health teams; "
                 "Band 5 nurses 1.2 WTE; phlebotomy and ECG; health improvement practitioner 0.5 WTE"],
                ["Veltris", "In-kind support to the project"]], [0.2, 0.8]),
     ("h1", "4. Success measures"),
     ("p", "The steering group will track the proportion of service users receiving all six "
           "checks, follow-up of abnormal results and smoking quit rates. Baselines and targets "
           "for these measures will be set by the steering group at its first meeting."),
     ("h1", "5. Information governance"),
     ("p", "The Trust is data controller under UK GDPR; records stay on the Trust's electronic "
           "patient record and Veltris will receive only anonymised aggregated reports."),
     ("h1", "6. Confidentiality"),
     ("p", "The parties will agree appropriate confidentiality arrangements in due course."),
     ("h1", "7. Termination and exit"),
     ("p", "Either party may terminate on 3 months' notice. Health check clinics will continue "
           "within the community mental health teams' core offer after the project; service "
           "users with an abnormal result will be followed up by their care coordinator and GP "
           "whatever happens to the project."),
     ("h1", "8. Publication"),
     ("p", "Veltris will publish a summary of this agreement before the clinics start. Both "
           "parties will publish the outcomes within six months of the end of the project."),
     ("sig", [("Aldercombe and Wyre NHS Foundation Trust", "Dr Rachel Stannard", "Medical Director"),
              ("Veltris Pharma UK Ltd", "Martin Oyelaran", "Head of NHS Partnerships")]),
     ],
    notes="resource-contributions fail: company's contribution is 'in-kind support' with nothing "
          "specified. measurable-outcomes warn: measures named, baselines/targets left to steering "
          "group. confidentiality fail: promised 'in due course'.",
    header="Aldercombe and Wyre NHSFT / Veltris | SMI Physical Health CWA", footer="OFFICIAL",
    ruled=False, resource_contributions="fail", measurable_outcomes="warn", confidentiality="fail")

D18 = doc(18, "federation-menopause-agreement", "docx", "agreement",
    "Collaborative Working Agreement - Menopause Group Consultations",
    [("title", "Collaborative Working Agreement - Menopause Group Consultations"),
     ("sub", "Agreement prepared by %s for Greyhallow Health CIC and Brightholm Pharmaceuticals UK Ltd." % PMO),
     ("h1", "Clause 1: Parties"),
     ("p", "Greyhallow Health CIC, a community interest company (no. 11873340) providing "
           "at-scale primary care services for 19 practices, Unit 2 Foundry Court, Greyhallow "
           "GH5 6SR; and Brightholm Pharmaceuticals UK Ltd (no. 07712093), Unit 4 Thamesgate, "
           "Staines TW18 3BA. Term: 1 January 2026 to 31 December 2026."),
     ("h1", "Clause 2: Project"),
     ("p", "Greyhallow's clinicians will run facilitated group consultations for women with "
           "menopausal symptoms, with individual follow-up where needed. Women will receive "
           "information on the full range of options, waiting times for advice should fall from "
           "around 11 weeks to under 4, and they will have peer support from others in the same "
           "situation. All treatment decisions are made individually with the woman's own "
           "clinician under NICE NG23."),
     ("h1", "Clause 3: Resources"),
     ("table", [["", "Greyhallow Health CIC", "Brightholm"],
                ["Cash", "-", "GBP 33,000 for GP and nurse facilitator sessions"],
                ["Staff time", "Clinical lead 4 hrs/week; admin booking 0.3 WTE", "Medical adviser 10 days (non-promotional content review)"],
                ["Other", "Venues, clinical system templates", "Independent evaluation (GBP 9,000)"]],
      [0.16, 0.42, 0.42]),
     ("h1", "Clause 4: Success criteria"),
     ("bullets", ["300 women attending at least one group session by December 2026",
                  "Median wait from request to first advice under 4 weeks (baseline 11 weeks)",
                  "80% of attendees rating the sessions useful or very useful (post-session survey)",
                  "Mean Greene Climacteric Scale improvement of 5 points at 3 months"]),
     ("h1", "Clause 5: Personal data"),
     ("p", "Greyhallow is controller for attendee records, held on practice systems; group "
           "consent and privacy notices have been reviewed by its DPO and a DPIA completed. "
           "Brightholm will not receive identifiable data."),
     ("h1", "Clause 6: Confidential information"),
     ("p", "What either party learns about the other's business, and anything about attendees, "
           "is to be kept private and used only for this project, without time limit for "
           "patient information and for three years for business information."),
     ("h1", "Clause 7: Ending the collaboration"),
     ("p", "Either party may end the agreement with 12 weeks' notice. Women already booked will "
           "complete their programme of sessions, and Greyhallow will continue the groups within "
           "its enhanced services if evaluation supports it. Brightholm will pay for sessions "
           "delivered up to termination."),
     ("h1", "Clause 8: Openness"),
     ("p", "Brightholm will post a public summary of the arrangement before the first group "
           "runs; both parties will publish the results within six months of the end date."),
     ("sig", [("Greyhallow Health CIC", "Dr Nadia Khoury", "Medical Director"),
              ("Brightholm Pharmaceuticals UK Ltd", "Dr Neil Fairhurst", "Medical Director")]),
     ],
    notes="All pass.", header="Greyhallow Health CIC / Brightholm", footer="Menopause Group Consultations CWA | OFFICIAL")

D19 = doc(19, "northshire-ics-heart-agreement", "pdf", "agreement",
    "Memorandum and Agreement for Collaborative Working: Northshire Hypertension Data Dashboard",
    [("title", "Memorandum and Agreement for Collaborative Working: Northshire Hypertension Data Dashboard"),
     ("p", "This agreement is between the Northshire Integrated Care System (the ICS) and Solenne "
           "Medical UK plc, 1 Orchard Place, Bracknell RG12 1EW (Solenne)."),
     ("h1", "1. Background"),
     ("p", "Partners across the Northshire system want a shared view of hypertension detection "
           "and control by practice and neighbourhood, to support planning and reduce variation."),
     ("h1", "2. Benefits"),
     ("p", "2.1 For the ICS: better intelligence for commissioning and workforce planning, and a "
           "reusable dashboard. 2.2 For Solenne: experience of population health analytics and "
           "a case study of system working."),
     ("h1", "3. Contributions"),
     ("table", [["Party", "Contribution", "Value"],
                ["ICS", "Business intelligence developers (60 days), data engineering, hosting on the "
                 "ICS analytics platform", "GBP 38,000 in kind"],
                ["Solenne", "Funding for a population health analyst for 9 months; dashboard "
                 "design workshops facilitated by %s" % HIN, "GBP 44,000"]], [0.15, 0.6, 0.25]),
     ("h1", "4. Patient benefit"),
     ("p", "As described in section 2."),
     ("h1", "5. Key performance indicators"),
     ("table", [["KPI", "Baseline", "Target", "Date"],
                ["Practices with dashboard access", "0", "96 (all)", "Mar 2026"],
                ["Neighbourhoods with hypertension plan using the dashboard", "0", "12", "Jun 2026"]], None),
     ("h1", "6. Data"),
     ("p", "Only aggregate practice-level figures are used in the dashboard; no patient-level "
           "data are processed by Solenne. The ICB remains controller of source data under UK "
           "GDPR and a DPIA has been completed."),
     ("h1", "7. Confidentiality"),
     ("p", "The parties will keep each other's non-public information confidential during the "
           "agreement and for three years after it ends."),
     ("h1", "8. Termination"),
     ("p", "Either party may terminate this agreement immediately by notice if the other commits "
           "a material breach that is not remedied within 30 days, or becomes insolvent."),
     ("h1", "9. Publication"),
     ("p", "Solenne will publish a summary of this agreement on its website before work starts "
           "and the parties will publish the outcomes within six months of completion."),
     ("sig", [("Northshire Integrated Care System", "Paul Renshaw", "Director of Population Health"),
              ("Solenne Medical UK plc", "Naomi Prideaux", "Partnerships Director")]),
     ],
    notes="legal-entities fail: the ICS is named as party (not the ICB). patient-benefit fail: "
          "'patient benefit' points to section 2, which lists only NHS and company benefits. "
          "exit-strategy warn: termination only for breach or insolvency.",
    header="Northshire ICS / Solenne", footer="Draft for signature",
    legal_entities="fail", patient_benefit="fail", exit_strategy="warn")
