from t6a_common import H, P, B, T, doc

DOCS = [
doc("pid-orthopaedic-prehab-hub.docx", "pid",
    "Project Initiation Document: Hip and Knee Prehabilitation Hub (Wyndle Valley)",
    [H("1. Purpose"),
     P("Wyndle Valley Hospitals NHS Foundation Trust and Arkmoor Medical Ltd will jointly run a twelve-month "
       "prehabilitation hub for adults waiting for elective hip or knee replacement."),
     H("2. What patients gain"),
     P("People on the orthopaedic waiting list will receive a tailored exercise and weight-management "
       "programme before surgery, so they arrive fitter, recover faster and spend fewer nights in hospital."),
     H("3. How the work is paid for"),
     P("The Trust's share of the cost is met through two physiotherapists released for 0.6 WTE each, clinic "
       "space at the Ridgeway outpatient centre and analyst time from the informatics team."),
     P("Arkmoor Medical Ltd meets its share through a fixed grant of GBP 64,000 covering a band 6 hub "
       "coordinator and printed patient exercise packs."),
     H("4. Objectives and measures"),
     T([["Measure", "Baseline (2025/26)", "Target by month 12", "Source"],
        ["Mean length of stay after primary knee replacement", "4.1 days", "3.2 days", "Trust PAS"],
        ["Patients completing 6 or more prehab sessions", "n/a", "70%", "Hub register"],
        ["Oxford Knee Score gain at 6 months", "16 points", "19 points", "PROMs return"]]),
     H("5. Information governance"),
     P("The Trust remains data controller. A DPIA has been completed under UK GDPR and the Data Protection "
       "Act 2018. Arkmoor Medical Ltd will only see aggregated, anonymised reports and never patient-identifiable data."),
     P("Both organisations will keep patient information and the project's commercial details confidential "
       "and will not disclose them to third parties without written consent."),
     H("6. Governance"),
     P("A project board chaired by the Trust's clinical director for trauma and orthopaedics meets monthly. "
       "Arkmoor is represented by its medical affairs lead. Arkmoor's sales staff play no part in the project."),
     H("7. Ending the hub"),
     P("Three months before month 12 the board will decide whether the Trust adopts the hub into its "
       "commissioned pathway. If it does not, patients already enrolled finish their programme under Trust "
       "physiotherapists, the coordinator post funded by Arkmoor ends with the grant, and new referrals "
       "revert to the usual pre-operative assessment clinic."),
     H("8. Publication"),
     P("A summary of this project will be published on both organisations' websites before launch, and "
       "the outcomes will be published within six months of completion.")],
    ["The Trust's share of the cost is met through", "Arkmoor Medical Ltd meets its share",
     "the coordinator post funded by Arkmoor ends with the grant", "Mean length of stay"],
    notes="All pass. Resources phrased as 'share of the cost is met through' for both sides (section 3); "
          "exit expressed indirectly in section 7; KPIs in table."),

doc("pid-sexual-health-prep-outreach.pdf", "pid",
    "PID - PrEP and HIV Testing Outreach, Harbourside Sexual Health Service",
    [H("Background"),
     P("Harbourside Sexual Health Service is provided by Eastwater Community Healthcare NHS Trust. Uptake "
       "of PrEP among women and people from Black African communities locally is low."),
     H("Who benefits"),
     P("People who are currently not reached by clinic-based services will be offered HIV testing and PrEP "
       "in community venues, meaning earlier diagnosis and fewer new infections among those at highest risk."),
     H("Inputs"),
     T([["Organisation", "Contribution"],
        ["Calverton Pharma UK Ltd", "GBP 38,500 for outreach sessions, venue hire and a part-time health adviser (0.5 WTE)"],
        ["Eastwater Community Healthcare NHS Trust", "Staff and resources as required"]]),
     H("Measures of success"),
     B("Number of HIV tests delivered in outreach settings: target 900 over 12 months (baseline 0)."),
     B("Proportion of people offered PrEP who start it: target 45%."),
     H("Data and confidentiality"),
     P("Sexual health records stay within the Trust's clinical system. The Trust is the data controller; "
       "a DPIA has been approved and only anonymised aggregate counts are shared with Calverton Pharma UK Ltd. "
       "Clinic confidentiality policies apply to all project staff, and the company will treat project "
       "information as confidential."),
     H("Team"),
     P("Project lead: consultant in genitourinary medicine. Company input is limited to a medical science "
       "liaison and a partnerships manager."),
     H("Timescale"),
     P("The project runs from 1 April 2027 to 31 March 2028."),
     H("Transparency"),
     P("Calverton Pharma UK Ltd will disclose the funding on Disclosure UK and both parties will publish "
       "an executive summary before the project starts.")],
    ["Staff and resources as required", "The project runs from 1 April 2027 to 31 March 2028"],
    {"resource-contributions": "fail", "exit-strategy": "fail"},
    "resource-contributions fail: Trust row in Inputs table says only 'Staff and resources as required'. "
    "exit-strategy fail: 'Timescale' gives only an end date, nothing on what happens after."),

doc("pid-stroke-af-detection.docx", "pid",
    "Project Initiation Document - Atrial Fibrillation Case-Finding after TIA (Northfold Stroke Network)",
    [H("Summary"),
     P("The Northfold Integrated Stroke Delivery Network, hosted by Northfold Teaching Hospitals NHS Trust, "
       "and Belcourt Therapeutics UK Ltd will work together on extended cardiac monitoring for people seen "
       "in TIA clinics."),
     H("Delivery plan and contributions"),
     T([["Milestone", "Month", "Provided by Northfold Teaching Hospitals NHS Trust", "Provided by Belcourt Therapeutics UK Ltd"],
        ["Pathway design", "1-2", "Stroke consultant 4 hours per month; TIA nurse 8 hours per month", "Project manager 2 days per month"],
        ["Monitoring live", "3-10", "Clinic rooms, cardiac physiologist reporting time", "Funding of GBP 52,000 for 14-day patch monitors"],
        ["Evaluation", "11-12", "Audit data extraction", "Independent evaluator (fee met by company)"]]),
     H("A patient's journey"),
     P("Case example: a 68-year-old man seen after a brief episode of arm weakness wears a patch monitor "
       "for 14 days; paroxysmal AF is found and he starts anticoagulation in line with NICE guidance, "
       "lowering his risk of a disabling stroke. Patients like him are the main beneficiaries of the project."),
     H("Objectives"),
     P("We want to improve the detection of atrial fibrillation in the TIA population and to strengthen "
       "links between stroke and cardiology teams. Progress will be kept under review by the steering group."),
     H("Information governance and confidentiality"),
     P("Northfold Teaching Hospitals NHS Trust is the data controller under UK GDPR. Belcourt Therapeutics "
       "UK Ltd receives no patient-identifiable information. All parties sign a confidentiality undertaking "
       "covering patient and commercially sensitive information."),
     H("Steering group"),
     P("Network clinical lead (chair), TIA nurse specialist, cardiology registrar, Belcourt medical "
       "adviser. No commercial or sales colleagues will attend."),
     H("After month 12"),
     P("Sustainability options to be explored nearer the time."),
     H("Publication"),
     P("The outcomes report will be published on the network website on completion and the company will "
       "declare its contribution on Disclosure UK.")],
    ["Stroke consultant 4 hours per month", "Case example: a 68-year-old man",
     "Sustainability options to be explored nearer the time"],
    {"measurable-outcomes": "warn", "exit-strategy": "fail"},
    "measurable-outcomes warn: objectives qualitative only ('improve detection', 'kept under review'). "
    "exit-strategy fail: 'After month 12' says only 'options to be explored'. Resources pass via milestone "
    "table columns; patient-benefit pass via case example."),

doc("pid-teledermatology-psoriasis.pdf", "pid",
    "Teledermatology Pilot for Psoriasis Review - Project Initiation Document",
    [H("Partners"),
     P("Lindenmere University Hospitals NHS Foundation Trust (dermatology department) and Oakhurst "
       "Biologics UK Ltd."),
     H("Why this matters to patients"),
     P("People with moderate-to-severe psoriasis will have routine reviews by photo and video instead of "
       "travelling to clinic, and flare-ups will be seen by a dermatologist within 10 working days."),
     H("Time and money"),
     P("Dermatology will commit consultant time of 6 hours per month and a specialist nurse for 20 hours "
       "per month, plus access to its existing teledermatology platform licence. Oakhurst Biologics UK Ltd "
       "funds a band 7 teledermatology nurse (1.0 WTE, GBP 58,000 including on-costs) and 12 hours per "
       "month of project support."),
     H("SMART aims"),
     B("Reduce median wait for psoriasis review from 14 weeks to 6 weeks by March 2028 (source: e-RS)."),
     B("Deliver 60% of routine follow-ups remotely within 9 months."),
     B("Maintain patient satisfaction at or above 85% (friends and family test)."),
     H("If the pilot stops"),
     P("If the pilot is not continued, patients return to the standard face-to-face pathway, the nurse "
       "post ends when company funding ends on 31 March 2028, and images remain in the Trust record. "
       "Either party may withdraw on three months' written notice."),
     H("Data protection"),
     P("Images and notes are held only on Trust systems; the Trust is controller and a DPIA is in place "
       "under the Data Protection Act 2018. Oakhurst receives anonymised aggregate activity data only."),
     H("Confidentiality"),
     P("Patient information is confidential to the Trust; project documents are shared in confidence "
       "between the partners."),
     H("Contacts"),
     P("Trust lead: Dr Farah Quint, consultant dermatologist. For logistics only, the company contact is "
       "Ben Arliss, Key Account Manager; he will not take part in project meetings or delivery."),
     H("Openness"),
     P("We will publish a summary before go-live and the results after the evaluation.")],
    ["If the pilot is not continued, patients return to the standard face-to-face pathway",
     "People with moderate-to-severe psoriasis will", "Ben Arliss, Key Account Manager"],
    {"sales-roles": "warn"},
    "sales-roles warn: Key Account Manager named only as logistics contact (Contacts section). Exit passes "
    "indirectly; resources as hours per month; patient benefit phrased 'people with psoriasis will'."),

doc("pid-council-nhs-falls-partnership.docx", "pid",
    "Falls and Bone Health Partnership - PID (Tollbridge Council and Tollbridge & Dene ICB)",
    [H("Introduction"),
     P("Tollbridge Borough Council, NHS Tollbridge and Dene Integrated Care Board and Hesketh Pharma Ltd "
       "propose a joint falls and bone-health project across community services."),
     H("Benefits"),
     P("The partnership expects to reduce pressure on community teams, release bed days for the acute trust, "
       "and give the council better intelligence for commissioning. Hesketh Pharma Ltd gains insight into "
       "local service design."),
     H("Resourcing"),
     T([["Party", "Funding", "Staff"],
        ["Hesketh Pharma Ltd", "GBP 45,000", "Project manager (0.4 WTE)"],
        ["Tollbridge Borough Council", "", ""],
        ["NHS Tollbridge and Dene ICB", "", ""]]),
     H("KPIs"),
     P("KPIs TBC at first board meeting."),
     H("Exit"),
     P("At the end of 12 months the council will absorb the falls co-ordinator role into its reablement "
       "team or, if that is not affordable, the role ends and referrals continue through the existing "
       "community falls service. Any party may terminate on 90 days' notice."),
     H("Information"),
     P("The ICB is data controller; data shared with Hesketh Pharma Ltd is anonymised and aggregated. "
       "A DPIA under UK GDPR has been signed off. All partners treat project and patient information as "
       "confidential."),
     H("Governance"),
     P("Board: council director of adult social care, ICB deputy chief nurse, Hesketh head of medical affairs."),
     H("Distribution"),
     P("Internal - not for publication.")],
    ["KPIs TBC at first board meeting", "Internal - not for publication", "release bed days"],
    {"resource-contributions": "fail", "patient-benefit": "fail", "measurable-outcomes": "fail",
     "transparency": "fail"},
    "resource-contributions fail: council and ICB rows blank in Resourcing table. patient-benefit fail: "
    "benefits only to services/council/company. measurable-outcomes fail: 'KPIs TBC'. transparency fail: "
    "'Internal - not for publication'."),

doc("pid-heart-failure-optimisation.pdf", "pid",
    "PID: Heart Failure Medicines Optimisation Clinics (Greyfriars PCN area)",
    [H("Overview"),
     P("Greyfriars Health Centre Partnership, acting through its host GP practice, and Stanmore Cardio UK "
       "Ltd will run pharmacist-led heart failure optimisation clinics. Prepared by the Stanmore market "
       "access team with the practice."),
     H("Aim"),
     P("To increase uptake of Cardivexa (sacubitrol-class) in eligible patients and switch patients from "
       "older therapy where appropriate. The clinic is the best-in-class model for driving pull-through."),
     H("Patient benefit"),
     P("Patients with reduced ejection fraction will have their treatment reviewed within 4 weeks of "
       "diagnosis, fewer admissions and better symptom control."),
     H("Risks and mitigations"),
     T([["Risk", "Mitigation", "Owner / resource"],
        ["Clinic capacity", "Practice provides 2 clinical sessions per week and a consulting room",
         "Greyfriars Health Centre Partnership"],
        ["Pharmacist recruitment", "Stanmore funds a 0.6 WTE clinical pharmacist (GBP 31,000)",
         "Stanmore Cardio UK Ltd"]]),
     H("KPIs"),
     B("Proportion of HFrEF patients on four-pillar therapy: 32% baseline, 60% target at month 9."),
     B("Heart-failure admissions per 1,000 registered HF patients: reduce by 15%."),
     H("Steering group"),
     P("GP clinical lead, practice pharmacist, Stanmore market access manager and Stanmore regional "
       "business manager."),
     H("Exit strategy"),
     P("TBC."),
     H("Data and confidentiality"),
     P("The practice remains data controller under UK GDPR; the company has no access to identifiable "
       "records. Confidential information of either party will not be disclosed."),
     H("Publication"),
     P("Stanmore will declare the transfer of value on Disclosure UK.")],
    ["increase uptake of Cardivexa", "regional business manager", "TBC."],
    {"promotional-language": "fail", "sales-roles": "fail", "exit-strategy": "fail"},
    "promotional-language fail: aim to 'increase uptake of Cardivexa', 'best-in-class', 'pull-through'. "
    "sales-roles fail: regional business manager on steering group. exit-strategy fail: 'TBC'. Resources "
    "pass via risk table owner column."),

doc("pid-fracture-liaison-expansion.docx", "pid",
    "Fracture Liaison Service Expansion - Project Initiation Document",
    [H("Context"),
     P("Castlebrook Orthopaedic Centre (Castlebrook Hospitals NHS Foundation Trust) and Merrow Bone Health "
       "Ltd plan to extend fracture liaison screening to wrist fractures."),
     H("Patient benefit"),
     P("N/A"),
     H("Contributions in kind and in cash"),
     P("NHS-funded: FLS nurse time (15 hours per month), DXA scanning slots, orthopaedic clinic space. "
       "Company-funded: a 0.5 WTE administrator for 12 months and printing of patient leaflets."),
     H("Outcomes"),
     T([["Indicator", "Now", "Goal (Dec 2027)"],
        ["FLS case-finding lists processed per month", "30", "60"],
        ["DXA slot utilisation", "70%", "90%"]]),
     H("Governance and information"),
     P("Confidentiality: standard terms."),
     P("The project is GDPR compliant."),
     H("Team"),
     P("Clinical lead, FLS nurse specialist, Trust project manager, Merrow medical science liaison. "
       "Company commercial staff are excluded from the team."),
     H("Close-down"),
     P("On closure the administrator role ends, patient screening continues within the existing FLS "
       "establishment and the Trust keeps all pathway materials. Either party may terminate early with "
       "60 days' notice."),
     H("Transparency"),
     P("Executive summary published before start; outcomes published on completion.")],
    ["Confidentiality: standard terms.", "GDPR compliant", "NHS-funded: FLS nurse time"],
    {"patient-benefit": "fail", "confidentiality": "warn", "data-protection": "warn"},
    "patient-benefit fail: 'Patient benefit: N/A'. confidentiality warn: bare 'standard terms'. "
    "data-protection warn: bare 'GDPR compliant'. Resources pass as 'NHS-funded / Company-funded'. "
    "Outcome table uses service-throughput measures only (measurable pass, no patient benefit)."),
]
