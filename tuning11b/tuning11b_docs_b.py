"""tuning11b documents 07-12."""

D07 = {
    "file": "t11b-07-brackenfield-hf-at-home-jv-agreement.docx", "type": "agreement",
    "meta": {"header": "Brackenfield Community Healthcare NHS Trust - Contract ref. BCH/JW/2025/019",
             "footer": "Joint Working Agreement - execution version", "font": "Georgia"},
    "defects": {},
    "notes": "All applicable rules pass. Hard pass for legal-entities: one party is a joint venture, "
             "Northgate Health Innovation LLP (registered LLP with number, owned by a university and a "
             "digital company) - an LLP has legal personality. Each of the three parties has a stated "
             "contribution in clause 5. Numbering uses (a)(i).",
    "keys": ["Northgate Health Innovation LLP", "OC429118", "90 days", "data controller"],
    "blocks": [
        ("title", "Joint Working Agreement - Heart Failure Care at Home"),
        ("p", "THIS AGREEMENT is made on 20 October 2025 BETWEEN:"),
        ("p", "(1) BRACKENFIELD COMMUNITY HEALTHCARE NHS TRUST of Brackenfield House, Moor Lane, Bolsover "
              "S44 6HJ (\"the Trust\");"),
        ("p", "(2) NORTHGATE HEALTH INNOVATION LLP, a limited liability partnership registered in England "
              "and Wales with number OC429118, of The Innovation Centre, Northgate Science Park, Sheffield "
              "S9 3TU, a joint venture of the University of Northgate and Hallam Digital Health Ltd "
              "(\"the JV\"); and"),
        ("p", "(3) MERIDALE PHARMACEUTICALS UK LIMITED, company number 02984431, of 1 Meridale Place, "
              "Slough SL1 4XW (\"Meridale\")."),
        ("h1", "1. Definitions and purpose"),
        ("p", "(a) \"Project\" means the Heart Failure Care at Home service described in this clause. "
              "(b) The purpose of the Project is to: (i) treat people with decompensated heart failure "
              "with intravenous diuretics in their own homes instead of hospital; (ii) monitor them "
              "remotely for 30 days after discharge; and (iii) evaluate the service so that the "
              "commissioners can decide whether to fund it."),
        ("p", "(c) The Project is not linked to any medicine of Meridale. Clinicians will follow NICE "
              "NG106 and the local formulary; nothing in this Agreement is conditional on prescribing, "
              "supplying or recommending any product."),
        ("h1", "2. Benefits"),
        ("p", "(a) Patients: (i) treatment at home, avoiding an average 9-day hospital stay; (ii) earlier "
              "recognition of deterioration through remote monitoring. (b) The Trust: a tested virtual "
              "ward model. (c) The JV: real-world validation of its monitoring platform. (d) Meridale: "
              "learning about community heart failure services and partnership reputation."),
        ("h1", "3. Term"),
        ("p", "(a) The Project runs from 5 January 2026 for 18 months."),
        ("h1", "4. Measures"),
        ("p", "(a) The Parties will measure: (i) bed days saved per patient treated (target 7, from the "
              "Trust's patient administration system); (ii) 30-day readmission rate (baseline 24%, "
              "target under 18%); (iii) patient-reported experience (target 85% rating care good or very "
              "good). (b) Results are reported to the steering group quarterly by the Trust's analyst."),
        ("h1", "5. Contributions"),
        ("p", "(a) The Trust: (i) community heart failure nurses (1.4 WTE); (ii) a consultant "
              "cardiologist session weekly; (iii) pharmacy and transport; valued at £88,000."),
        ("p", "(b) The JV: (i) licences for 60 remote-monitoring kits; (ii) technical support and data "
              "platform hosting in the UK; valued at £34,000."),
        ("p", "(c) Meridale: (i) £110,000 paid to the Trust in three milestone payments on invoice; (ii) "
              "a project manager for 30 days. No payment is made to any individual."),
        ("h1", "6. Governance"),
        ("p", "(a) A steering group of the Trust's Associate Director of Nursing (chair), the JV's "
              "Clinical Director and Meridale's Head of Integrated Care Partnerships (a non-promotional "
              "role) meets monthly. (b) No Meridale sales representative or account manager will be "
              "involved in the Project."),
        ("h1", "7. Confidentiality"),
        ("p", "(a) Each Party will keep confidential all information received from another Party, and all "
              "patient information, and will use it only for the Project. (b) This does not restrict "
              "disclosures required by law or the Freedom of Information Act 2000."),
        ("h1", "8. Data protection"),
        ("p", "(a) The Trust is the data controller. (b) The JV processes monitoring data as the Trust's "
              "processor under a written processing agreement compliant with UK GDPR and the Data "
              "Protection Act 2018. (c) A DPIA has been approved by the Trust's Caldicott Guardian. "
              "(d) Meridale will receive only anonymised aggregate reports."),
        ("h1", "9. Publication"),
        ("p", "(a) Meridale will publish an executive summary of this Agreement on its website before the "
              "Project starts. (b) All Parties will publish the outcomes within six months of the end of "
              "the Project. (c) Meridale will disclose its transfer of value to the Trust on Disclosure UK."),
        ("h1", "10. Termination and exit"),
        ("p", "(a) Any Party may end the Agreement on 90 days' written notice. (b) It may be ended at once "
              "for material breach, insolvency or a PMCPA ruling of breach of the ABPI Code. (c) On "
              "expiry or early end: (i) patients on the caseload complete treatment under the Trust's "
              "community team; (ii) monitoring kits remain with the Trust for 60 days; (iii) the Trust "
              "decides whether to continue the service within its virtual ward budget."),
        ("h1", "11. General"),
        ("p", "(a) The Parties comply with the Bribery Act 2010. (b) Disputes are referred to the Chief "
              "Executives / Managing Partner and then to mediation under CEDR rules."),
        ("sig", [("Brackenfield Community Healthcare NHS Trust", "Alison Crewe", "Chief Executive"),
                 ("Northgate Health Innovation LLP", "Dr Rehan Qureshi", "Designated Member"),
                 ("Meridale Pharmaceuticals UK Limited", "Sophie Lindqvist", "UK Medical Director")]),
    ],
}

D08 = {
    "file": "t11b-08-calderbrook-care-home-diabetes-pid.docx", "type": "pid",
    "meta": {"header": "Calderbrook Community Health NHS Trust", "footer": "PID v1.0 - 02/09/2025",
             "font": "Calibri"},
    "defects": {"exit-strategy": "fail", "sales-roles": "warn"},
    "notes": "exit-strategy FAIL: the 'Closure' section only gives an end date and says the partners "
             "'will meet to discuss next steps' - no arrangement for patients, services or the funded "
             "post. sales-roles WARN: Corrigan's Regional Business Manager appears only in the contacts "
             "table as the contact for purchase orders/invoices; he has no project, steering or delivery "
             "role (the project lead is a Medical Science Liaison).",
    "keys": ["discuss next steps", "Regional Business Manager", "purchase orders and invoices only"],
    "blocks": [
        ("title", "Project Initiation Document: Diabetes Reviews for Care Home Residents"),
        ("kv", [["Partners", "Calderbrook Community Health NHS Trust; Ashworth Vale Health CIC (GP "
                             "federation, company no. 10377215); Corrigan Pharma UK Ltd"],
                ["Start date", "1 November 2025"], ["End date", "31 March 2027"]], [0.25, 0.75]),
        ("h1", "Background"),
        ("p", "About 640 care home residents across Ashworth Vale have type 2 diabetes. Many are on "
              "treatment regimes set years ago; hypoglycaemia is a common cause of falls and ambulance "
              "call-outs from care homes, and annual diabetes reviews are often missed because residents "
              "cannot attend the surgery."),
        ("h1", "Aims"),
        ("bl", ["Deliver a holistic diabetes review for every resident with diabetes in the 38 care homes.",
                "Relax treatment targets where appropriate for frail people, in line with national "
                "guidance on diabetes in older people.", "Train care home staff to spot hypoglycaemia."]),
        ("h1", "Benefits"),
        ("p", "Residents: fewer hypos, falls and hospital admissions; fewer unnecessary finger-prick "
              "tests. Trust and federation: reduced urgent call-outs and a repeatable review model. "
              "Corrigan: insight into diabetes care for frail older people."),
        ("h1", "Measures"),
        ("tbl", [["KPI", "Baseline", "Target", "Source / frequency"],
                 ["Residents with diabetes reviewed in last 12 months", "47%", "90%", "Practice systems, "
                  "quarterly"],
                 ["Hypoglycaemia-related ambulance call-outs from care homes", "96/year", "60/year",
                  "Ambulance data via ICB, six-monthly"],
                 ["Care home staff trained", "0", "300", "Training log, monthly"]], [0.4, 0.15, 0.15, 0.3]),
        ("h1", "Resources"),
        ("tbl", [["Partner", "Contribution"],
                 ["Trust", "Diabetes specialist nurse 0.5 WTE, dietitian 0.2 WTE, training venue (£41,000)"],
                 ["Ashworth Vale Health CIC", "Clinical pharmacists 0.6 WTE for medicines review, "
                                              "searches run by practice staff (£36,500)"],
                 ["Corrigan", "£62,000 towards a Band 6 diabetes nurse employed by the Trust; project "
                              "management 15 days"]], [0.3, 0.7]),
        ("h1", "Project team and contacts"),
        ("tbl", [["Name", "Role in project", "Organisation"],
                 ["Harriet Kaye, Diabetes Nurse Consultant", "Project lead (chair)", "Calderbrook CHT"],
                 ["Dr Imran Bashir, Clinical Director", "Federation lead", "Ashworth Vale Health CIC"],
                 ["Dr Lucy Fenwick, Medical Science Liaison", "Company lead", "Corrigan Pharma UK Ltd"],
                 ["Gareth Lund, Regional Business Manager", "Contact for purchase orders and invoices "
                  "only", "Corrigan Pharma UK Ltd"]], [0.38, 0.32, 0.3]),
        ("h1", "Confidentiality and data"),
        ("p", "Resident information stays on Trust and practice systems. The Trust and the practices are "
              "data controllers for their own records and all processing complies with UK GDPR and the "
              "Data Protection Act 2018; a DPIA has been agreed. Corrigan receives anonymised, aggregate "
              "figures only. Project documents and each partner's commercial information are confidential "
              "to the project group."),
        ("h1", "Closure"),
        ("p", "The project will close on 31 March 2027. Before then the partners will meet to discuss "
              "next steps."),
        ("h1", "Publication"),
        ("p", "Corrigan will publish an executive summary before the start and all partners will publish "
              "an outcomes summary within six months of closure. Corrigan will disclose its funding on "
              "Disclosure UK."),
    ],
}

D09 = {
    "file": "t11b-09-wealdmere-lai-clinic-executive-summary.pdf", "type": "executive-summary",
    "meta": {"header": "Collaborative Working - Executive Summary", "layout": "plain",
             "footer": "TVX-UK-0982 | Prepared August 2025 | Tavistock Vale Neuroscience UK Ltd"},
    "defects": {"promotional-language": "fail"},
    "notes": "promotional-language FAIL: the rationale and company-benefit text promote the company's "
             "brand 'Zelventa' as 'the market-leading long-acting injectable' with 'superior adherence' "
             "and aims to 'increase uptake of Zelventa'. data-protection n/a: the summary does not "
             "mention patient data, records or data sharing. Contributions of both parties, patient "
             "benefit and publication commitment are present.",
    "keys": ["market-leading", "increase uptake of Zelventa", "before the project begins"],
    "blocks": [
        ("title", "Depot and Long-Acting Injectable Clinic Redesign - Executive Summary"),
        ("p", "Partners: Wealdmere Mental Health NHS Foundation Trust and Tavistock Vale Neuroscience UK "
              "Ltd. Planned period: January 2026 to December 2026."),
        ("h2", "Rationale"),
        ("p", "People who receive long-acting injectable antipsychotics at the Trust's depot clinics "
              "report long waits, limited appointment times and little time to talk about side effects "
              "or physical health. Zelventa, the market-leading long-acting injectable with superior "
              "adherence, offers an opportunity to modernise these clinics."),
        ("h2", "Objectives"),
        ("bl", ["Extend clinic hours and add a physical health check to every depot appointment.",
                "Give service users more choice of appointment time and place.",
                "Increase uptake of Zelventa among eligible service users."]),
        ("h2", "Expected benefits"),
        ("p", "Service users: shorter waits, more convenient appointments, and an annual physical health "
              "check during their depot visit. The Trust: better clinic utilisation. Tavistock Vale: "
              "growth of the Zelventa brand in community mental health."),
        ("h2", "Resources"),
        ("p", "Tavistock Vale: £54,000 for a Band 5 nurse employed by the Trust and clinic redesign "
              "support. Trust: clinic space, consultant psychiatrist and pharmacy time (about £38,000)."),
        ("h2", "Roles"),
        ("p", "The Trust runs the clinics and owns all clinical decisions. Tavistock Vale provides funding "
              "and a project manager from its medical affairs department."),
        ("h2", "Publication"),
        ("p", "This summary is published on both partners' websites before the project begins; the "
              "outcomes will be published within six months of completion."),
        ("h2", "Contacts"),
        ("p", "Trust: Dr Petra Hollis, Clinical Director, Community Mental Health (petra.hollis@wealdmere.nhs.uk). "
              "Tavistock Vale: Dr Ben Akande, Medical Affairs Lead (b.akande@tvneuro.co.uk)."),
    ],
}

D10 = {
    "file": "t11b-10-ravensmuir-care-home-polypharmacy-agreement.pdf", "type": "agreement",
    "meta": {"header": "NHS Ravensmuir | Eskdale IJB | University of Kelvinhaugh | Dunmore Pharma UK Ltd",
             "footer": "Minute of Agreement - Polypharmacy Reviews - Final v2", "layout": "twocol"},
    "defects": {},
    "notes": "All applicable rules pass. Four-party Scottish agreement. legal-entities passes: the "
             "HSCP is represented by its Integration Joint Board, described as a body corporate under "
             "the 2014 Act, and the other parties are a health board, a university and a Ltd company. "
             "All four parties have stated contributions (clause 6). Exit paraphrased as 'Winding up'.",
    "keys": ["Eskdale Integration Joint Board", "body corporate", "Winding up", "FOISA"],
    "blocks": [
        ("title", "Minute of Agreement: Realistic Medicine Polypharmacy Reviews in Eskdale Care Homes"),
        ("p", "Parties: (1) NHS Ravensmuir, a Health Board constituted under the National Health Service "
              "(Scotland) Act 1978, of Ravensmuir House, 40 Bank Street, Hawick TD9 7AX; (2) Eskdale "
              "Integration Joint Board, a body corporate established under the Public Bodies (Joint "
              "Working) (Scotland) Act 2014, acting for the Eskdale Health and Social Care Partnership, "
              "of Council Headquarters, Langholm DG13 0JQ; (3) the University of Kelvinhaugh, a charity "
              "registered in Scotland (SC004419), of University Avenue, Glasgow G12 8QT; and (4) Dunmore "
              "Pharma UK Ltd, registered in Scotland (SC512290), of 12 Lochside Way, Edinburgh EH12 9DJ."),
        ("h1", "1 Background"),
        ("p", "1.1 Residents of Eskdale's 21 care homes take on average 9.4 regular medicines. National "
              "polypharmacy guidance recommends a structured review using the 7-Steps approach; fewer "
              "than a third of residents had one in 2024."),
        ("h1", "2 Purpose"),
        ("p", "2.1 The Parties will jointly deliver pharmacist-led, person-centred medicine reviews for "
              "care home residents, involving residents and families in decisions, and will evaluate "
              "the effect on harm and quality of life. Reviews are product-neutral: stopping or changing "
              "any medicine is a decision for the resident's clinician in line with the Area Drug and "
              "Therapeutics Committee formulary."),
        ("h1", "3 Benefits"),
        ("p", "3.1 Residents: fewer medicines that cause harm, fewer falls, and decisions that reflect "
              "what matters to them. NHS Ravensmuir and the IJB: safer prescribing and lower waste. The "
              "University: research-led teaching material. Dunmore: learning on medicines use in frail "
              "older people to inform its medical education programmes."),
        ("h1", "4 Term"),
        ("p", "4.1 From 1 February 2026 to 31 January 2028."),
        ("h1", "5 Outcomes"),
        ("p", "5.1 Residents with a documented 7-Steps review: from 31% to 85% by month 18. Falls per 1,000 "
              "occupied bed days in participating homes: from 7.8 to 6.0. Mean number of regular "
              "medicines: from 9.4 to 8.0. Reported quarterly by the Board's pharmacy analytics team; the "
              "University analyses the anonymised dataset."),
        ("h1", "6 Contributions"),
        ("p", "6.1 NHS Ravensmuir: 1.0 WTE senior pharmacist (in kind, £68,000). 6.2 Eskdale IJB: care "
              "home liaison nurse 0.4 WTE and social work input to family meetings (£24,000). 6.3 "
              "University: 0.3 WTE lecturer in pharmacy practice for evaluation and student placements "
              "(£27,000). 6.4 Dunmore: £92,000 payable to NHS Ravensmuir to fund a 1.0 WTE Band 7 "
              "pharmacist, plus 20 days of project management."),
        ("h1", "7 Governance"),
        ("p", "7.1 A joint oversight group with one lead per Party, chaired by the Board's Director of "
              "Pharmacy, meets every eight weeks. Dunmore is represented by its Medical Affairs Manager; "
              "no Dunmore sales or marketing staff will have any role."),
        ("h1", "8 Confidentiality"),
        ("p", "8.1 Each Party shall protect the confidential information of the others and all resident "
              "information, using it only for the project, subject to FOISA 2002 and other legal duties."),
        ("h1", "9 Data protection"),
        ("p", "9.1 NHS Ravensmuir is the data controller for resident data. Processing complies with UK GDPR "
              "and the Data Protection Act 2018; a DPIA has been approved by the Caldicott Guardian. The "
              "University receives pseudonymised data under a data sharing agreement. Dunmore receives "
              "only aggregated, anonymised results."),
        ("h1", "10 Transparency"),
        ("p", "10.1 Dunmore will publish a summary of this Minute on its website before reviews begin, in "
              "line with A Common Understanding. All Parties will publish outcomes within six months of "
              "the end date. Dunmore will disclose its payments on Disclosure UK."),
        ("h1", "11 Winding up"),
        ("p", "11.1 Any Party may withdraw on three months' written notice; the agreement ends at once if "
              "the PMCPA finds a breach of the ABPI Code. 11.2 Residents part-way through a review will "
              "have it completed by the Board's care home pharmacy team. 11.3 The funded pharmacist post "
              "will be mainstreamed by the IJB if the evaluation supports it, or will end under NHS "
              "Ravensmuir HR policy."),
        ("h1", "12 Miscellaneous"),
        ("p", "12.1 Each Party complies with the Bribery Act 2010. 12.2 Disputes go to the Chief "
              "Executives, then to mediation. 12.3 This Minute is governed by Scots law."),
        ("sig", [("NHS Ravensmuir", "Moira Lennox", "Chief Executive"),
                 ("Eskdale Integration Joint Board", "Graeme Haig", "Chief Officer"),
                 ("University of Kelvinhaugh", "Prof. Ewan Dalgleish", "Vice-Principal"),
                 ("Dunmore Pharma UK Ltd", "Catriona Baird", "Managing Director")]),
    ],
}

D11 = {
    "file": "t11b-11-bae-hafren-af-pharmacy-outcomes.docx", "type": "outcomes-summary",
    "meta": {"header": "Bae Hafren University Health Board - Summary of Project Outcomes",
             "footer": "Published March 2026 | Ystrad Pharma Ltd ref. YP-UK-CW-22 | Hafren HIN",
             "font": "Calibri"},
    "defects": {},
    "notes": "All applicable rules pass. Outcomes with baseline/target/actual numbers; patient benefit "
             "(earlier anticoagulation review, strokes avoided estimate); published on all partners' "
             "websites and disclosure stated. Hafren Health Innovation Network is a partner (hosted); "
             "legal-entities is n/a for an outcomes summary.",
    "keys": ["Against a target of", "published on the websites", "1,412"],
    "blocks": [
        ("title", "Atrial Fibrillation Detection in Community Pharmacies: Outcomes"),
        ("kv", [["Partners", "Bae Hafren University Health Board; Hafren Health Innovation Network "
                             "(hosted by Bae Hafren UHB); Ystrad Pharma Ltd"],
                ["Duration", "May 2024 - October 2025 (18 months)"]], [0.25, 0.75]),
        ("h1", "What we set out to do"),
        ("p", "Find people with undiagnosed atrial fibrillation through pulse checks with a single-lead "
              "ECG device in 24 community pharmacies, refer them quickly to their GP, and make sure "
              "anticoagulation was considered in line with NICE NG196 and AWMSG advice."),
        ("h1", "Results"),
        ("tbl", [["Measure", "Target", "Achieved"],
                 ["People aged 65+ screened", "6,000", "7,215"],
                 ["Possible AF detected and referred", "not set", "1,412 (19.6%) referred; 288 new AF "
                  "diagnoses"],
                 ["New AF patients with anticoagulation decision within 28 days", "80%", "86%"],
                 ["Median days from pharmacy check to GP review", "14", "9"]], [0.5, 0.2, 0.3]),
        ("p", "Against a target of 80%, 86% of newly diagnosed patients had an anticoagulation decision "
              "recorded within 28 days. Using the Health Innovation Network's AF calculator, this is "
              "estimated to prevent around 9 strokes a year."),
        ("h1", "Benefits"),
        ("bl", ["Patients: earlier diagnosis and treatment decision, reducing their stroke risk, with "
                "checks offered in a familiar local setting.",
                "Health Board: a tested pharmacy-based case-finding model now included in the community "
                "pharmacy enhanced service from April 2026.",
                "Ystrad Pharma: knowledge of primary care detection pathways in Wales."]),
        ("h1", "Did each partner deliver?"),
        ("p", "Yes. The Health Board provided clinical leadership, pharmacy contracts and analysis; the "
              "HIN ran pharmacy training and the evaluation; Ystrad funded the devices and a project "
              "manager (£64,000), delivering 22 of the 24 project management days planned. Differences "
              "over the device choice were settled early by the steering group."),
        ("h1", "Learning"),
        ("p", "Pharmacist confidence grew quickly after two supervised sessions. GP practices need a "
              "clear, single referral route; the first version of the referral form was too long."),
        ("h1", "Publication"),
        ("p", "This summary is published on the websites of all three partners within six months of the "
              "end of the project. Ystrad's contribution is disclosed on Disclosure UK."),
    ],
}

D12 = {
    "file": "t11b-12-harrowgate-adhd-review-amendment.pdf", "type": "amendment",
    "meta": {"header": "PROJECT AMENDMENT FORM", "footer": "Northfell Partnership NHS Foundation Trust / "
             "Lyle & Brandt Pharmaceuticals UK Ltd", "layout": "ruled"},
    "defects": {"sales-roles": "fail"},
    "notes": "sales-roles FAIL: the amendment adds the company's Territory Business Manager to the "
             "steering group to 'support practice engagement' - a sales role in governance and "
             "delivery. promotional-language passes (no product named).",
    "keys": ["Territory Business Manager", "steering group", "Amendment number"],
    "blocks": [
        ("title", "Project Amendment Request - Adult ADHD Shared Care Review Clinic"),
        ("kv", [["Amendment number", "02"],
                ["Project", "Adult ADHD Shared Care Review Clinic"],
                ["Project owners", "Dr Keira Ambrose, Consultant Psychiatrist (Northfell Partnership NHS "
                                   "Foundation Trust); Tom Seddon, Head of NHS Partnerships (Lyle & Brandt "
                                   "Pharmaceuticals UK Ltd)"],
                ["Date submitted to steering group", "12 January 2026"]], [0.3, 0.7]),
        ("tbl", [["Item", "Original PID", "Requested change"],
                 ["Steering group membership", "Trust clinical lead, Trust pharmacist, ICB medicines "
                  "optimisation lead, company Head of NHS Partnerships",
                  "Add Lyle & Brandt Territory Business Manager (North) to the steering group to support "
                  "practice engagement and attendance at PCN meetings"],
                 ["Clinic sites", "2 sites", "3 sites (add Skipton community hub)"]], [0.25, 0.35, 0.4]),
        ("h2", "Impact"),
        ("p", "Timeline: no change to end date (30 September 2026). Logistics: third site uses existing "
              "Trust room bookings. Finance: no change to the company's £48,000 contribution."),
        ("h2", "Reason"),
        ("p", "GP practice sign-up to shared care has been slower than planned (14 of 31 practices). The "
              "steering group felt that extra local engagement capacity would help."),
        ("kv", [["Approved by steering group", "Pending - for decision at meeting of 26 January 2026"]],
         [0.3, 0.7]),
    ],
}

DOCS = [D07, D08, D09, D10, D11, D12]
