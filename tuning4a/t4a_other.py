"""Outcomes summaries, amendments, unknown (fictional)."""

def out():
    D = []
    D.append(dict(file="Outcomes_Report_Glaucoma_Virtual_Clinic_18_months_on.pdf", type="outcomes-summary", issues={},
        notes="Compliant outcomes summary with mixed results: two targets missed, reported honestly with numbers; publication committed.",
        checks=["Eleven patients were identified", "Technician recruitment was the main constraint"],
        blocks=[("title", "Summary of Project Outcomes: Glaucoma Virtual Review Clinic"),
        ("p", "Stenbury and District University Hospitals NHS Trust and Orrin Vision Pharma Ltd. Project ran April 2025 to March 2026; this report was written in September 2026, 18 months after the start."),
        ("h", "What we set out to do"), ("p", "Move stable glaucoma follow-up into technician-led data collection with remote consultant review, so that patients are seen on time and make fewer hospital trips."),
        ("h", "Results"),
        ("t", [["Measure", "Baseline", "Target", "Achieved", "Comment"],
               ["Follow-ups on time (within 4 weeks of due date)", "31%", "70%", "52%", "Improved from 31% to 52% but target was missed; technician vacancy for 4 months"],
               ["Patients managed through virtual clinic", "0", "1,500", "1,620", "Met"],
               ["Mean hospital visits per patient per year", "2.6", "1.5", "1.9", "Partly met"],
               ["Patients satisfied or very satisfied", "n/a", "85%", "88% (n=412)", "Met"]]),
        ("h", "What it meant for patients"), ("p", "Over 1,600 patients had their reviews on a more predictable schedule, with shorter appointments and, for most, one fewer hospital visit per year. Eleven patients were identified with progression earlier than their previous schedule would have allowed."),
        ("h", "Lessons"), ("p", "Technician recruitment was the main constraint; the virtual model depends on a stable workforce. Remote review slots were sometimes cancelled for urgent work, and protected sessions are needed. The Trust has now mainstreamed the service within its own budget."),
        ("h", "Publication"), ("p", "This summary is published on both organisations' websites, within six months of the project's completion.")]))
    D.append(dict(file="Project_Outcomes_Summary_COPD_Reviews_Kestrel.docx", type="outcomes-summary",
        issues={"promotional-language": "fail", "measurable-outcomes": "warn"},
        notes="promotional-language fail: 'demonstrating the superior efficacy of Brevantor'. measurable-outcomes warn: results described qualitatively ('positive', 'many patients') without numbers against baseline/target.",
        checks=["superior efficacy of Brevantor", "many patients"],
        blocks=[("title", "Summary of Project Outcomes - COPD Review and Optimisation"),
        ("p", "Lindow Vale Integrated Care Board and Kestrel Respiratory UK Ltd."),
        ("h", "Overview"), ("p", "Two respiratory nurse specialists delivered structured COPD reviews in participating practices over 18 months, including inhaler technique checks, spirometry where the diagnosis had not been confirmed and referral to pulmonary rehabilitation."),
        ("h", "Outcomes"), ("p", "Feedback from practices and patients was very positive. Many patients had their first structured review in several years and many were referred to pulmonary rehabilitation. Practices reported fewer exacerbations among reviewed patients, demonstrating the superior efficacy of Brevantor in patients switched from dual therapy."),
        ("h", "Patient benefit"), ("p", "Patients gained better inhaler technique, a personal action plan for flare-ups and a clearer understanding of their condition; several said they felt less breathless and more able to get out of the house."),
        ("h", "Learning"), ("p", "Nurse time in practices was limited by room availability. Spirometry backlogs slowed diagnostic confirmation. The ICB is considering a commissioned respiratory nursing service."),
        ("h", "Publication"), ("p", "This summary is published on the websites of Kestrel and Lindow Vale ICB within six months of the end of the project.")]))
    D.append(dict(file="Outcomes_Summary_Haemophilia_Outreach_Northmarch_FINAL.pdf", type="outcomes-summary",
        issues={"transparency": "fail", "patient-benefit": "fail"},
        notes="transparency fail: 'This report is for internal circulation only and will not be published.' patient-benefit fail: reports only activity, costs and the company's learning; no benefit to patients stated.",
        checks=["internal circulation only", "Alvantis gained an understanding"],
        blocks=[("title", "Project Outcomes: Haemophilia Outreach and Joint Health Review"),
        ("p", "Prepared by the project steering group for the haemophilia centre and Alvantis Rare Disease UK Limited, 18 months after project start."),
        ("h", "Delivery"), ("p", "Eight outreach clinic days were held in year one and six in the first half of year two; two planned clinics were cancelled because of consultant availability. The physiotherapist post was filled three months late."),
        ("h", "Results against targets"),
        ("t", [["Measure", "Baseline", "Target", "Result"],
               ["Annual comprehensive review completed", "61%", "90%", "78%"],
               ["Haemophilia Joint Health Score recorded", "22%", "80%", "64%"],
               ["Families trained in home treatment", "14", "40", "31"]]),
        ("h", "Costs"), ("p", "Total spend £97,400 against a budget of £107,000; the underspend relates to the delayed physiotherapy start."),
        ("h", "Learning for the partners"), ("p", "Alvantis gained an understanding of how outreach clinics are organised and the staffing they need. The centre learned that room booking at community hospitals must be confirmed a year ahead."),
        ("h", "Distribution"), ("p", "This report is for internal circulation only and will not be published.")]))
    D.append(dict(file="Summary_of_Outcomes_Clozapine_Clinic_Modernisation.docx", type="outcomes-summary",
        issues={"sales-roles": "fail", "measurable-outcomes": "warn"},
        notes="sales-roles fail: Solenne's Key Account Manager 'joined the project board in month 6 and led roll-out to the second clinic' (delivery role). measurable-outcomes warn: outcomes qualitative only ('shorter', 'improved') with no figures.",
        checks=["Key Account Manager", "roll-out to the second clinic"],
        blocks=[("title", "Summary of Project Outcomes: Clozapine Clinic Modernisation"),
        ("p", "Ashcombe and Dene Mental Health NHS Foundation Trust and Solenne Pharma UK Limited. Reporting date: March 2027."),
        ("h", "What happened"), ("p", "Point-of-care analysers were installed in two clinics. Text reminders went live in month three and a home-visit option in month five. Solenne's Key Account Manager joined the project board in month 6 and led roll-out to the second clinic alongside the clinic lead nurse."),
        ("h", "Outcomes"), ("p", "Service users reported shorter visits and attendance improved. Staff said the new workflow freed time for physical health conversations. Home visits were valued by people who had struggled to attend."),
        ("h", "Benefit to service users"), ("p", "Less time spent at clinic, fewer interruptions to treatment caused by missed blood tests, and more opportunity to discuss side effects and wellbeing."),
        ("h", "What we would do differently"), ("p", "Involve the IT team earlier; interface problems with the electronic record delayed the second clinic by two months."),
        ("h", "Publication"), ("p", "This summary is published on both organisations' websites within six months of completion.")]))
    return D


def amd():
    D = []
    D.append(dict(file="Project_Amendment_01_Harrowfield_Fast_Track_Extension.docx", type="amendment", issues={},
        notes="Compliant amendment (no promotion, no sales roles).",
        checks=["Amendment number", "no-cost extension"],
        blocks=[("title", "Project Amendment Form"),
        ("t", [["Field", "Entry"],
               ["Project", "Early Inflammatory Arthritis Fast-Track Clinic"],
               ["Amendment number", "01"],
               ["Change requested", "Three-month no-cost extension to 31 December 2027, because the coordinator started two months late"],
               ["Impact on objectives", "None; target dates move by three months"],
               ["Impact on budget", "None; existing funds re-profiled"],
               ["Impact on patients", "Fast-track clinics continue without interruption"],
               ["Requested by", "Rheumatology Service Manager"],
               ["Approved by", "Steering group, 9 March 2027; Trust Partnership Governance Panel; Calloway Head of Medical Affairs"]])]))
    D.append(dict(file="Amendment_02_AF_Detection_Add_Switch_Clinics.pdf", type="amendment",
        issues={"promotional-language": "fail"},
        notes="promotional-language fail: amendment adds clinics to 'switch patients from warfarin to Travexa' and to increase uptake of the product.",
        checks=["switch patients from warfarin to Travexa", "Amendment 02"],
        blocks=[("title", "Project Amendment 02 - Atrial Fibrillation Detection Programme"),
        ("p", "Partners: Brookfield Place Integrated Care Board and Haverleigh Cardio UK Ltd."),
        ("h", "Description of change"), ("p", "Add a second phase in which the programme coordinator supports practices to hold review clinics that switch patients from warfarin to Travexa, with the aim of increasing uptake of Travexa across all 38 practices."),
        ("h", "Reason"), ("p", "Phase one identified 240 people with possible AF; practices asked for help with follow-up capacity."),
        ("h", "Impact"), ("p", "Project extended by six months to November 2027. Additional Haverleigh funding of £18,000 for coordinator time. No change to ICB contribution."),
        ("h", "Approval"), ("p", "Proposed by the Haverleigh Medical Manager; for approval by the steering group at its next meeting.")]))
    D.append(dict(file="Amendment_03_LD_Epilepsy_Delivery_Lead_Change.docx", type="amendment",
        issues={"sales-roles": "fail"},
        notes="sales-roles fail: amendment replaces the MSL on the project board with Bramwell's Territory Manager as delivery lead for care-home training.",
        checks=["Territory Manager", "Amendment 03"],
        blocks=[("title", "Project Amendment Record"),
        ("p", "Project: Epilepsy Reviews for Adults with a Learning Disability. Partners: Fernhill Community Health NHS Trust and Bramwell Neurology Ltd. Amendment 03."),
        ("h", "What is changing"), ("p", "Bramwell's Medical Science Liaison has left the company. Bramwell's Territory Manager for the North will take the MSL's seat on the project board and act as delivery lead for the support-worker training programme in care homes."),
        ("h", "Other changes"), ("p", "The training target is reduced from 250 to 220 support staff because two large providers have merged their training with another scheme."),
        ("h", "Effect on timelines and budget"), ("p", "None."),
        ("h", "Sign-off"), ("t", [["Role", "Organisation", "Date"], ["Head of Learning Disability Services", "Fernhill Community Health NHS Trust", "12 May 2027"], ["UK Medical Director", "Bramwell Neurology Ltd", "14 May 2027"]])]))
    return D


def unknown():
    return [dict(file="notes_from_partnership_catchup_march2026.txt", type="unknown", issues={},
        notes="Unknown type (meeting notes, not a governed CW document). Only promotional-language and sales-roles apply; both pass.",
        checks=["Action points", "Partnership catch-up"],
        blocks=[("title", "Partnership catch-up - notes"),
        ("p", "Date: 17 March 2026. Present: Ophthalmology Service Manager and Head of Optometry (Stenbury and District University Hospitals NHS Trust); Healthcare Partnerships Lead (Orrin Vision Pharma Ltd)."),
        ("h", "Discussion"), ("p", "Brief check on equipment delivery for the virtual clinic: the field analyser arrives on 2 April and the imaging licence has been activated. Technician training is booked for the week of 13 April. The patient user group asked for clearer letters explaining what a virtual review is; the service manager will draft a version for the group to comment on."),
        ("p", "The partnerships lead mentioned that another trust had found it useful to hold a short session for GPs explaining the new pathway. The team agreed this could wait until after the first three months."),
        ("h", "Action points"), ("b", ["Service manager: draft patient letter by 27 March.", "Head of Optometry: confirm technician rota.", "Partnerships lead: send dates for the mid-point review meeting."])])]
