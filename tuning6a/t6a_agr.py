from t6a_common import H, P, B, T, doc

DOCS = [
doc("agreement-stroke-thrombectomy-transfer.pdf", "agreement",
    "Joint Working Agreement - Thrombectomy Transfer Pathway",
    [H("Parties"),
     P("(1) Northfold Teaching Hospitals NHS Trust, acting as host of the Northfold Integrated Stroke "
       "Delivery Network; and (2) Pellham Neuro Ltd, a company registered in England (no. 08812345)."),
     H("1. Project"),
     P("The parties will redesign inter-hospital transfer for mechanical thrombectomy so that eligible "
       "patients reach the comprehensive stroke centre faster, giving them a better chance of walking "
       "out of hospital independently."),
     H("2. Contributions"),
     P("Company-funded: GBP 70,000 towards a network transfer co-ordinator and simulation training. "
       "NHS-funded: stroke consultant and paramedic liaison time (about 10 hours per month), training "
       "venues and audit data from the national stroke audit."),
     H("3. Outcomes"),
     P("Door-in-door-out time at referring units falls from a median of 118 minutes to 90 minutes within "
       "nine months; the proportion of thrombectomy patients with modified Rankin score 0-2 at 90 days is "
       "reported quarterly against the 2025/26 baseline of 38%."),
     H("4. Term and termination"),
     P("This agreement runs for 18 months. Either party may end it on 60 days' written notice. On expiry "
       "or termination the co-ordinator post transfers to the Trust's establishment if the ICB agrees "
       "recurrent funding, otherwise it ends; patients continue to be transferred under the network's "
       "existing protocol."),
     H("5. Confidentiality"),
     P("Each party shall keep the other's confidential information, and all patient information, "
       "confidential."),
     H("6. Data protection"),
     P("The Trust is data controller. Pellham Neuro Ltd shall have no access to personal data; it receives "
       "anonymised aggregate reports only. The parties comply with UK GDPR and the Data Protection Act 2018."),
     H("7. Independence"),
     P("Pellham Neuro Ltd's sales and marketing personnel shall not be involved in any part of the project."),
     H("8. Transparency"),
     P("A summary of this agreement will be published before the project starts and the outcomes within "
       "six months of completion; payments will be disclosed on Disclosure UK."),
     H("Signed"),
     P("For Northfold Teaching Hospitals NHS Trust: Chief Executive. For Pellham Neuro Ltd: General Manager UK.")],
    ["Company-funded: GBP 70,000", "NHS-funded: stroke consultant", "transfers to the Trust's establishment"],
    notes="All pass. Contributions as 'Company-funded / NHS-funded'; exit via notice and post transfer."),

doc("agreement-sexual-health-chlamydia.docx", "agreement",
    "Collaborative Working Agreement: Young People's Sexual Health Testing",
    [H("This agreement is made between"),
     P("Dr Imogen Rathbone, Clinical Lead, Harbourside Sexual Health Service, and Vellacott Healthcare Ltd."),
     H("Scope"),
     P("Online self-sampling for chlamydia and gonorrhoea for people aged 16-24, so young people can test "
       "without attending clinic and get treatment within 7 days of a positive result."),
     H("Resources"),
     P("Harbourside Sexual Health Service will provide clinical oversight (4 hours per month), results "
       "management and partner notification. Vellacott Healthcare Ltd contribution: TBC."),
     H("Targets"),
     T([["KPI", "Baseline", "Target"],
        ["Tests returned per month", "210", "400"],
        ["Positive results treated within 7 days", "61%", "90%"]]),
     H("Ending the agreement"),
     P("Either party may terminate with 30 days' notice. On termination, online testing reverts to the "
       "council-commissioned postal service and no patient loses access to testing."),
     H("Confidentiality and data"),
     P("Sexual health information is held under strict confidentiality by the clinic. The service is data "
       "controller; a DPIA has been completed and only anonymised activity totals are shared with Vellacott."),
     H("Publication"),
     P("Both parties will publish a summary of outcomes on completion."),
     H("People"),
     P("Vellacott participation is through its medical affairs manager only.")],
    ["Dr Imogen Rathbone, Clinical Lead", "Vellacott Healthcare Ltd contribution: TBC"],
    {"legal-entities": "fail", "resource-contributions": "fail"},
    "legal-entities fail: agreement is between an individual (Dr Imogen Rathbone) and the company. "
    "resource-contributions fail: company contribution 'TBC'."),

doc("agreement-teledermatology-skin-cancer.pdf", "agreement",
    "Joint Working Agreement - Teledermatology for Suspected Skin Cancer Referrals",
    [H("Between"),
     P("Lindenmere University Hospitals NHS Foundation Trust and Sorrel Imaging Solutions Ltd."),
     H("Purpose and patient benefit"),
     P("GP practices will send dermoscopic images with urgent referrals so that patients with benign "
       "lesions are reassured within days and those with melanoma go straight to the right clinic."),
     H("Schedule of work and contributions"),
     T([["Phase", "Lindenmere University Hospitals NHS FT provides", "Sorrel Imaging Solutions Ltd provides"],
        ["Set-up (months 1-3)", "Consultant triage lead 1 session per week; IT integration staff", "Dermatoscopes for 25 practices (GBP 27,500)"],
        ["Running (months 4-12)", "Triage of all image referrals", "Training for practice staff; helpdesk"]]),
     H("Measures"),
     P("Target: 30% of urgent skin referrals discharged or rerouted after image triage; median time from "
       "referral to diagnosis under 14 days."),
     H("Data"),
     P("Sorrel Imaging Solutions Ltd will host the image platform and will be data controller for the "
       "patient images and identifiable referral details."),
     H("Confidentiality"),
     P("The parties will keep all confidential information and patient information confidential."),
     H("End of agreement"),
     P("The parties will discuss next steps towards the end of the project."),
     H("Transparency"),
     P("A summary will be placed on the Trust website before the start and outcomes will be published; "
       "Sorrel will report the value on Disclosure UK.")],
    ["Sorrel Imaging Solutions Ltd will host the image platform", "The parties will discuss next steps"],
    {"data-protection": "fail", "exit-strategy": "fail"},
    "data-protection fail: company is data controller with identifiable data. exit-strategy fail: only "
    "'parties will discuss next steps'. Resources pass via phase table columns."),

doc("agreement-council-nhs-smoking-cessation.docx", "agreement",
    "Partnership Agreement: Smoke-free Pregnancy and Families Project",
    [H("Parties"),
     P("Tollbridge Borough Council; NHS Tollbridge and Dene Integrated Care Board; and Ravensworth Health "
       "UK Ltd. Each party is signing through an authorised officer."),
     H("What the partners put in"),
     P("The council's share is met from its public health grant: GBP 20,000 and two stop-smoking advisers "
       "for 3 days a week. The ICB provides midwifery lead time (8 hours per month) and access to maternity "
       "data. Ravensworth Health UK Ltd contributes GBP 35,000 for incentive vouchers and evaluation."),
     H("Illustration"),
     P("A mother-to-be who smokes is referred at her booking appointment, receives weekly support at home, "
       "and by 36 weeks is smoke-free, reducing her baby's risk of low birth weight."),
     H("Targets"),
     P("We aim to cut smoking at time of delivery in Tollbridge from 11.2% to 8% by March 2028 and to see "
       "at least 250 pregnant women set a quit date, measured from maternity information system returns."),
     H("Finish and continuity"),
     P("If the project is not recommissioned, families already in the programme complete their 12-week "
       "course under council advisers and new referrals return to the standard stop-smoking service. Any "
       "party may withdraw on 90 days' notice."),
     H("Information governance"),
     P("The ICB and council are joint controllers; the company receives only aggregated, anonymised data. "
       "A DPIA has been completed under UK GDPR. Confidential information of all parties and patients will "
       "be kept confidential."),
     H("Governance"),
     P("Steering group: council consultant in public health (chair), ICB head of maternity, Ravensworth "
       "partnerships manager. Ravensworth's sales team will have no role."),
     H("Publication"),
     P("An executive summary will be published before the start and outcomes published after completion.")],
    ["The council's share is met from its public health grant", "A mother-to-be who smokes",
     "new referrals return to the standard stop-smoking service"],
    notes="All pass; three-party agreement with contributions for each; patient benefit as illustration."),

doc("agreement-orthopaedic-msk-first-contact.pdf", "agreement",
    "Joint Working Agreement - MSK First Contact Practitioner Support",
    [H("Parties"),
     P("This agreement is between the Riverside PCN and Kestrel Orthopaedics Ltd."),
     H("Aim"),
     P("To give people with back, neck and joint pain quicker access to a first contact physiotherapist, "
       "so they are assessed within a week rather than waiting for a GP appointment."),
     H("Contributions"),
     T([["Kestrel Orthopaedics Ltd", "GBP 40,000 towards FCP sessions and training"],
        ["Riverside PCN", "Clinic rooms at three practices; GP supervision 3 hours per month"]]),
     H("Outcomes"),
     P("The project will aim to improve access and experience and will be monitored by the partners."),
     H("Ending"),
     P("Either party may end this agreement on 60 days' notice; on ending, FCP appointments revert to "
       "the existing PCN-funded rota and patients already booked keep their appointment."),
     H("Confidentiality and data protection"),
     P("Patient and commercial information will be kept confidential. The practices remain data "
       "controllers under UK GDPR; Kestrel sees no identifiable data."),
     H("Team"),
     P("FCP lead, PCN clinical director, Kestrel medical affairs adviser."),
     H("Publication"),
     P("Results may be published at the company's discretion.")],
    ["between the Riverside PCN and Kestrel Orthopaedics Ltd", "Results may be published at the company's discretion"],
    {"legal-entities": "fail", "measurable-outcomes": "warn", "transparency": "fail"},
    "legal-entities fail: a party is 'the Riverside PCN' with no contracting vehicle. measurable-outcomes "
    "warn: qualitative only. transparency fail: publication only at company's discretion."),

doc("agreement-market-access-asthma-review.docx", "agreement",
    "Collaborative Working Agreement - Severe Asthma Review Clinics",
    [H("Parties"),
     P("Ashcombe Primary Care Network Ltd (a company owned by its member practices) and Quillon "
       "Respiratory UK Ltd. Drafted by Quillon's market access team."),
     H("Purpose"),
     P("Patients with poorly controlled asthma will be reviewed by a specialist nurse, have inhaler "
       "technique checked and a personalised action plan agreed, reducing attacks and emergency visits. "
       "Treatment decisions follow NICE and BTS/SIGN guidance on inhaled therapies."),
     H("Roles"),
     P("Ashcombe is responsible for clinical decisions and for the conduct of clinics. Quillon is "
       "responsible for advising on evaluation design. Resources for each party: to be confirmed."),
     H("KPIs"),
     B("Asthma patients with 2+ courses of oral steroids in 12 months: 14% now, 9% target by month 12."),
     B("Personalised asthma action plans in place: 35% to 75%."),
     H("Exit"),
     P("On expiry after 12 months or earlier termination on 3 months' notice, clinics either continue "
       "within the PCN's ARRS nursing establishment or stop, with patients returning to routine annual "
       "review at their practice."),
     H("Data protection"),
     P("Practices are data controllers; a DPIA has been carried out under the Data Protection Act 2018 "
       "and Quillon receives anonymised aggregate data only."),
     H("Governance"),
     P("Steering group: PCN clinical director, respiratory nurse lead, Quillon market access manager. "
       "No Quillon sales staff are involved."),
     H("Transparency"),
     P("Quillon will disclose the project on Disclosure UK, and a summary will be published before "
       "the start.")],
    ["Resources for each party: to be confirmed", "Ashcombe is responsible for clinical decisions"],
    {"confidentiality": "fail", "resource-contributions": "fail"},
    "confidentiality fail: no confidentiality provision at all. resource-contributions fail: 'Roles' section "
    "lists responsibilities only and 'Resources for each party: to be confirmed'. Promotional passes "
    "(neutral NICE mention)."),
]
