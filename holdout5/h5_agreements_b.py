"""holdout5 agreements A6-A9."""
from h5_common import mk, outcomes

T = "agreement"


def a6():
    b = [
        ("h", "1. Definitions and parties"),
        ("p", "1.1 This Agreement is entered into by Fenbridge and Marsh Integrated Care System (the \"ICS\") and Thistlebrook Therapeutics Ltd, company number 11502938, registered office Brook Court, 5 Mill Lane, Cambridge CB2 1RX (\"Thistlebrook\")."),
        ("h", "2. Scope"),
        ("p", "2.1 The parties will redesign the pathway for people with moderate to severe psoriasis so that patients referred by GPs are triaged by a dermatology nurse within 4 weeks and started on phototherapy or systemic treatment according to NICE guidance where appropriate."),
        ("h", "3. Benefits"),
        ("p", "3.1 Patients: waits for a first specialist assessment fall from 31 weeks to 4 weeks; better quality of life scores. 3.2 System: fewer inappropriate outpatient appointments. 3.3 Thistlebrook: understanding of integrated dermatology pathways."),
        ("h", "4. Financial and in-kind contributions"),
        ("table", [["Party", "Contribution", "Amount"],
                   ["ICS partners", "Dermatology nurse 0.8 WTE, consultant triage 1 session/week, community clinic rooms", "£57,000 in kind"],
                   ["Thistlebrook", "Teledermatology cameras for 12 practices; pathway facilitator 0.4 WTE for 12 months", "£63,500"]]),
        ("h", "5. Steering group"),
        ("p", "5.1 The steering group comprises the ICS Clinical Lead for Dermatology (chair), the lead dermatology nurse, a patient representative, Thistlebrook's Medical Affairs Lead and Thistlebrook's Key Account Manager (East of England), who will coordinate practice engagement and the roll-out of cameras."),
        ("h", "6. Measures of success"),
        ("p", "6.1 Median wait to first assessment (baseline 31 weeks, target 4 weeks by month 9); percentage of referrals with a teledermatology image (target 90%); DLQI improvement of at least 4 points in 70% of treated patients at 6 months."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 The parties will treat each other's commercially sensitive information and all patient information as confidential, disclosing it only to project staff who need it and subject to FOIA 2000."),
        ("h", "8. Data protection"),
        ("p", "8.1 NHS providers remain controllers of patient records. Thistlebrook will not have access to any identifiable patient data and receives quarterly aggregate reports only. Processing complies with UK GDPR and DPA 2018; a DPIA has been completed."),
        ("h", "9. Transparency"),
        ("p", "9.1 A summary of this Agreement will be published on Thistlebrook's UK website before go-live, outcomes will be published within six months of completion, and payments disclosed via Disclosure UK."),
        ("h", "10. Exit arrangements"),
        ("h", "11. Governing law"),
        ("p", "11.1 This Agreement is governed by English law. The project runs for 12 months from 1 October 2025."),
        ("sig", [("Fenbridge and Marsh ICS", "Carol Whitlock", "ICS Programme Director"),
                 ("Thistlebrook Therapeutics Ltd", "Nikhil Rao", "General Manager")]),
    ]
    return mk("h5-a06-fenbridge-psoriasis-agreement.pdf", T, "Collaborative Working Agreement: Integrated Psoriasis Pathway", b,
              "legal-entities FAIL: NHS party is 'Fenbridge and Marsh Integrated Care System' - an ICS is a partnership, not the ICB. sales-roles FAIL: Key Account Manager sits on the steering group and coordinates practice engagement. exit-strategy FAIL: 'Exit arrangements' heading with empty body (only a 12-month term elsewhere).",
              outcomes(T, legal_entities="fail", sales_roles="fail", exit_strategy="fail"), cover=True,
              subtitle="Fenbridge and Marsh ICS and Thistlebrook Therapeutics Ltd", cover_lines=["Version 2 - for signature", "September 2025"],
              header="Commercial in confidence", footer="FM-ICS/THB/2025", grid="grid")


def a7():
    b = [
        ("h", "Parties"),
        ("p", "This agreement is made between Professor Ian Wrexham, Consultant Rheumatologist, acting in his personal capacity (\"the Clinical Partner\"), and Varne Life Sciences UK Ltd, company number 07765120, registered office 22 Harbour Street, Southampton SO14 2AQ (\"Varne\")."),
        ("h", "Background"),
        ("p", "Patients with early inflammatory arthritis in the region wait a median of 11 weeks for a rheumatology appointment, well beyond the 3 weeks recommended by NICE NG100. The parties will run a fast-track early arthritis clinic and a disease registry to track outcomes."),
        ("h", "Benefits"),
        ("p", "Patients will be assessed within 3 weeks and start disease-modifying treatment sooner, reducing joint damage. The rheumatology service gains a tested fast-track model. Varne gains knowledge of early arthritis pathways."),
        ("h", "Resources"),
        ("p", "The Clinical Partner will contribute two clinic sessions per week from the rheumatology department and supervision of a specialist nurse (valued at £36,000). Varne will fund a Band 7 specialist nurse for 12 months and the registry software (£58,000)."),
        ("h", "Measures"),
        ("p", "Median time from referral to first assessment (baseline 11 weeks, target 3 weeks); proportion starting DMARDs within 6 weeks of referral (target 75%); DAS28 remission at 6 months (target 40%). Reported quarterly."),
        ("h", "Registry data"),
        ("p", "Varne shall act as data controller for the early arthritis registry, which will hold patient names, NHS numbers and clinical scores, and will host it on its own servers."),
        ("h", "Information exchanged"),
        ("p", "Nothing exchanged under this agreement shall be treated as confidential by either party."),
        ("h", "Project roles"),
        ("p", "Varne will be represented by its Medical Advisor (Immunology) and Project Manager; no promotional staff are involved."),
        ("h", "Publication"),
        ("p", "A summary of the agreement will be published on Varne's website before the first clinic, outcomes will be published within six months, and payments made under this agreement will be disclosed on Disclosure UK."),
        ("h", "Ending the agreement"),
        ("p", "The project runs for 12 months from 1 March 2026. Either party may terminate on 60 days' notice. Patients in the fast-track clinic will continue under the standard rheumatology service and the nurse post will end at month 12 unless the Trust decides to fund it."),
        ("sig", [("-", "Professor Ian Wrexham", "Consultant Rheumatologist"),
                 ("Varne Life Sciences UK Ltd", "Olu Adebayo", "Medical Director UK")]),
    ]
    return mk("h5-a07-wrexham-arthritis-agreement.docx", T, "Early Arthritis Fast-Track Clinic: Working Agreement", b,
              "legal-entities FAIL: contracting party is an individual consultant 'acting in his personal capacity'. data-protection FAIL: the company is data controller of a registry holding names and NHS numbers. confidentiality FAIL: negated - nothing exchanged is confidential.",
              outcomes(T, legal_entities="fail", data_protection="fail", confidentiality="fail"), header="Varne Life Sciences - Partnerships", footer="VLS-PA-2026-04")


def a8():
    b = [
        ("h", "1 Parties"),
        ("p", "Southfleet Community Healthcare NHS Trust, Trust Headquarters, Quayside House, Southfleet SF1 3DE (\"the Trust\") and Penmore Healthcare UK Ltd, company number 05520467, registered office 18 Cathedral Walk, Norwich NR1 4HH (\"Penmore\")."),
        ("h", "2 Aim"),
        ("p", "To establish a community leg ulcer service in which district nurses use a structured assessment and compression pathway, reducing healing times for people with venous leg ulcers."),
        ("h", "3 Expected benefits"),
        ("p", "Patients: faster healing, less pain, fewer home visits and better quality of life. Trust: reduced nursing time per patient and dressing costs. Penmore: insight into community wound care pathways."),
        ("h", "4 Contributions"),
        ("kv", [["Trust", "Tissue viability nurse lead 0.5 WTE; district nurse training time (120 hours); clinic space in two health centres; valued at £38,000"],
                ["Penmore", "£42,000 towards a Band 6 tissue viability nurse for 12 months and Doppler equipment; 10 days project management"]]),
        ("h", "5 Evaluation"),
        ("p", "The parties will monitor the success of the service and report progress to the steering group at regular intervals. Feedback from patients and staff will be gathered."),
        ("h", "6 Confidentiality"),
        ("p", "Each party will keep confidential the other party's confidential information and patients' personal information, using it only for the project and subject to the Trust's duties under the Freedom of Information Act 2000."),
        ("h", "7 Data"),
        ("p", "Personal data will be processed in accordance with the Data Protection Act 1998."),
        ("h", "8 Governance and staff"),
        ("p", "A joint steering group (Trust Head of Nursing, tissue viability lead, Penmore Partnerships Manager) meets every two months. Penmore staff involved are drawn from its medical and partnerships functions only."),
        ("h", "9 Transparency"),
        ("p", "Penmore will publish a summary of this agreement on its website prior to project start. All parties will publish outcomes within six months of completion. Penmore's funding will be disclosed on Disclosure UK."),
        ("h", "10 Duration and exit"),
        ("p", "The project will run for 24 months from 1 January 2026. No exit strategy has been agreed at this stage; the parties will revisit this before the end of year one."),
        ("sig", [("Southfleet Community Healthcare NHS Trust", "Anne-Marie Cole", "Director of Nursing"),
                 ("Penmore Healthcare UK Ltd", "Victor Lindqvist", "Managing Director")]),
    ]
    return mk("h5-a08-southfleet-leg-ulcer-agreement.pdf", T, "Joint Working Agreement - Community Leg Ulcer Pathway", b,
              "data-protection WARN: only 'in accordance with the Data Protection Act 1998' (outdated, nothing else). exit-strategy FAIL: explicit negation 'No exit strategy has been agreed'. measurable-outcomes WARN: only qualitative monitoring, no KPIs/baselines/targets.",
              outcomes(T, data_protection="warn", exit_strategy="fail", measurable_outcomes="warn"), columns=1, grid="plain", header="OFFICIAL - SENSITIVE", footer="Southfleet CHT / Penmore JWA v1.2", font="Times-Roman")


def a9():
    b = [
        ("h", "Section A - Parties"),
        ("p", "A1. Linmouth Borough Council, Civic Centre, Linmouth LN3 8AA (\"the Council\"). A2. Westerleigh GP Federation CIC, community interest company number 10987345, 4 Abbey Yard, Westerleigh WE5 2PL (\"the Federation\"). A3. Aldwyn Pharma UK Ltd, company number 03348821, registered office 1 Riverside Quay, Bristol BS1 6EF (\"Aldwyn\")."),
        ("h", "Section B - The project"),
        ("p", "B1. The parties will run a community asthma review service in schools and GP practices for children and young people with poorly controlled asthma, including inhaler technique checks and personalised asthma action plans. B2. The service will offer Nebravent, Aldwyn's market-leading once-daily inhaler and the gold standard for young people who struggle with twice-daily regimens."),
        ("h", "Section C - Benefits"),
        ("p", "C1. Children and young people: fewer asthma attacks, fewer missed school days and fewer emergency visits. C2. Council and Federation: better school health outcomes. C3. Aldwyn: understanding of community asthma care."),
        ("h", "Section D - Contributions"),
        ("p", "D1. Aldwyn will provide £55,000 to fund two Band 6 asthma nurses for 12 months and spacer devices. D2. The Council and the Federation will provide support as required."),
        ("h", "Section E - Measurement"),
        ("p", "E1. Asthma-related emergency attendances among enrolled children (baseline 310 per year, target 220); proportion with a written action plan (baseline 28%, target 80%); school absence due to asthma, termly, from school records in aggregate."),
        ("h", "Section F - Information"),
        ("p", "F1. Confidentiality obligations are set out in Schedule 5. F2. The Federation's member practices are data controllers. Data are processed under UK GDPR and DPA 2018 and Aldwyn receives anonymised aggregate data only."),
        ("h", "Section G - People"),
        ("p", "G1. Aldwyn's team: Medical Affairs Manager (Respiratory) and NHS Partnerships Lead. Aldwyn's field sales colleagues will have no role in the service."),
        ("h", "Section H - Transparency"),
        ("p", "H1. Aldwyn will publish an executive summary before commencement; outcomes will be published by all parties within six months of completion; payments will be disclosed on Disclosure UK."),
        ("h", "Section I - Term and exit"),
        ("p", "I1. Term: 12 months from 1 September 2025. I2. Any party may end the project on 3 months' notice. I3. On exit, children under review return to routine GP asthma care with their action plan; the nurse posts, employed by the Federation, end or are funded by the Council's public health grant."),
        ("h", "Schedules"),
        ("p", "Schedule 1 - Project plan. Schedule 2 - Data flows. Schedule 3 - Steering group terms of reference."),
        ("sig", [("Linmouth Borough Council", "Derek Hall", "Director of Public Health"),
                 ("Westerleigh GP Federation CIC", "Dr Mina Shah", "Chair"),
                 ("Aldwyn Pharma UK Ltd", "Claire Doyle", "General Manager")]),
    ]
    return mk("h5-a09-linmouth-asthma-agreement.docx", T, "Tripartite Agreement: Children's Community Asthma Service", b,
              "promotional-language FAIL: brand named with claims ('market-leading', 'gold standard') and the service offers the product. resource-contributions FAIL: Council and Federation contribute only 'support as required'. confidentiality FAIL: refers to Schedule 5, which does not exist (schedules listed are 1-3). Legal entities pass (council, CIC, Ltd).",
              outcomes(T, promotional_language="fail", resource_contributions="fail", confidentiality="fail"), header="Linmouth / Westerleigh / Aldwyn", footer="Tripartite JWA - final draft")
