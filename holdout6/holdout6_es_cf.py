"""holdout6: executive summaries (6) and concept frameworks (5)."""
from holdout6_common import doc, oc


def es_cf():
    D = []
    # ---------------------------------------------------------------- E1 pass, mentions data
    D.append(doc("h6-19-saltmarsh-ibd.pdf", "executive-summary", "pdf", [
        ("h1", "Executive Summary: Patient-Initiated Follow-Up for Inflammatory Bowel Disease"),
        ("kv", [("Partners", "Saltmarsh Coast University Health Board and Pemberton Gastro UK Ltd"),
                ("Project period", "Anticipated start January 2026; completion December 2027"),
                ("Approval code / date", "PGUK-CW-0098 | November 2025")]),
        ("h2", "Rationale"),
        ("p", "About 3,800 people with inflammatory bowel disease attend routine hospital follow-up in Saltmarsh Coast, many when they are well, while people having flares struggle to get timely advice. The project moves stable patients to patient-initiated follow-up supported by a nurse advice line and home faecal calprotectin testing."),
        ("h2", "Objectives and expected benefits"),
        ("p", "Patients: rapid access to specialist advice when symptoms flare, fewer unnecessary trips to hospital and earlier treatment of relapse. Health Board: more clinic capacity for new and unwell patients. Pemberton: understanding of how remote monitoring can be embedded in IBD services."),
        ("h2", "Financial arrangements"),
        ("p", "Pemberton will provide £74,000 towards an IBD advice-line nurse (Band 6, 18 months) and home test kits. The Health Board will contribute gastroenterology consultant and IBD nurse time, IT for the advice line and data analysis, valued at approximately £58,000."),
        ("h2", "Patient information"),
        ("p", "All patient records and test results remain in Health Board systems with the Health Board as data controller. A DPIA has been approved. Pemberton will receive anonymised, aggregated results only."),
        ("h2", "Publication"),
        ("p", "This summary is published before the project begins. A summary of outcomes will be published by both partners within six months of completion."),
    ], oc("executive-summary", es_data=True), "All rules met. ES mentions patient records so data-protection applies (pass: Health Board controller, DPIA, anonymised aggregates only).",
        header="Pemberton Gastro UK Ltd – Collaborative Working", footer="PGUK-CW-0098"))

    # ---------------------------------------------------------------- E2 pass, no data mention
    D.append(doc("h6-20-harbury-lung-navigators.docx", "executive-summary", "docx", [
        ("h1", "Summary of the Collaborative Working Agreement"),
        ("p", "Community Lung Health Navigators – Harbury City Council Public Health and Tenterfield Respiratory UK Ltd"),
        ("h2", "Why"),
        ("p", "Harbury has some of the highest rates of undiagnosed lung disease in the region. Many people do not recognise symptoms such as persistent breathlessness or cough and present late."),
        ("h2", "What the project will do"),
        ("p", "Two community navigators employed by the Council will work in housing estates, food banks and community centres, talking with residents about lung symptoms and helping them see their GP or attend stop-smoking services. Residents benefit from earlier recognition of lung disease, quicker access to diagnosis and support to stop smoking. The Council gains a model for outreach in underserved communities; Tenterfield gains insight into how outreach improves early presentation."),
        ("h2", "Timing"),
        ("p", "April 2026 to March 2027."),
        ("h2", "Money and other inputs"),
        ("table", [["Council", "Tenterfield"],
                   ["Navigator line management, public health consultant time, venues and community partnerships (approx. £29,000 in kind)", "£47,000 towards the two navigator posts and outreach materials (no product content)"]]),
        ("h2", "Making results public"),
        ("p", "Tenterfield publishes this summary before the project starts. The Council and Tenterfield will each publish a report of what the project achieved within six months of its end."),
        ("small", "Job bag TR-UK-2026-014. Prepared February 2026."),
    ], oc("executive-summary"), "All rules met; no patient data mentioned so data-protection n/a.",
        footer="Tenterfield Respiratory UK Ltd"))

    # ---------------------------------------------------------------- E3 TR fail, RC fail
    D.append(doc("h6-21-fellgate-prehab.pdf", "executive-summary", "pdf", [
        ("h1", "Executive Summary – Prehabilitation for Lung Cancer Surgery"),
        ("p", "Partners: Fellgate Teaching Hospitals NHS Foundation Trust and Norbury Oncology UK Ltd. Anticipated period: March 2026 – February 2027."),
        ("h2", "Background"),
        ("p", "Patients waiting for lung cancer surgery at Fellgate often lose fitness before their operation, which lengthens recovery. A structured prehabilitation programme of exercise, nutrition and psychological support can improve surgical outcomes."),
        ("h2", "Objectives"),
        ("p", "To offer every patient listed for lung resection a personalised prehabilitation programme. Patients are expected to benefit from better fitness before surgery, shorter hospital stays and fewer complications. The Trust benefits from reduced length of stay; Norbury from understanding the surgical pathway."),
        ("h2", "Financial arrangements"),
        ("p", "Norbury Oncology will fund a Band 6 physiotherapist and exercise equipment, up to £61,000 over 12 months."),
        ("small", "NOR-UK-CW-2026-02"),
    ], oc("executive-summary", TR="fail", RC="fail"),
        "transparency FAIL: no plan to publish outcomes or disclose. resource-contributions FAIL: only the company's contribution is stated; the Trust's contribution is absent. No patient data mentioned -> data-protection n/a.",
        header="Norbury Oncology UK Ltd"))

    # ---------------------------------------------------------------- E4 DP fail, PB fail
    D.append(doc("h6-22-elmsworth-lipids.docx", "executive-summary", "docx", [
        ("h1", "Executive Summary"),
        ("kv", [("Project title", "Lipid Management Optimisation – Elmsworth GP Federation"),
                ("Partners", "Elmsworth Health Alliance Ltd (GP federation) and Ferrovane Cardio UK Ltd"),
                ("Start / end", "Q1 2026 / Q1 2027")]),
        ("h2", "Project rationale"),
        ("p", "Practices in Elmsworth have large numbers of patients on lipid registers whose records have not been reviewed against current lipid management guidance. The federation has limited capacity to run searches and reviews."),
        ("h2", "How the project will work"),
        ("p", "Ferrovane's project manager will access practice clinical records on site to run searches and compile lists of patients whose lipid management has not been reviewed; the lists will be passed to practice pharmacists for action."),
        ("h2", "Expected benefits"),
        ("p", "Federation: reduced workload for practice teams, improved QOF achievement and better use of pharmacist time. Ferrovane: insight into primary care lipid management workflows."),
        ("h2", "Resources"),
        ("p", "Ferrovane: project manager (0.4 WTE, 12 months, approx. £26,000) and £18,000 for pharmacist sessions. Federation: clinical pharmacists' time, practice access and clinical oversight by the federation medical director (approx. £24,000)."),
        ("h2", "Publication"),
        ("p", "This executive summary will be published before the project begins, and a summary of outcomes within six months of the end."),
    ], oc("executive-summary", es_data=True, DP="fail", PB="fail"),
        "data-protection FAIL (applies: ES mentions patient records): a company employee accesses patient records and compiles patient lists; no controller/DPIA/safeguards. patient-benefit FAIL: benefits listed only for the federation and the company.",
        header="Ferrovane Cardio UK Ltd – Collaborative Working"))

    # ---------------------------------------------------------------- E5 PR fail, SR fail
    D.append(doc("h6-23-grantley-psoriasis.pdf", "executive-summary", "pdf", [
        ("h1", "Collaborative Working Project Summary: Psoriasis Service Redesign"),
        ("p", "Grantley Valley NHS Trust and Aurelian Dermatology UK Ltd. Planned dates: June 2026 – May 2027."),
        ("h2", "Background"),
        ("p", "People with moderate-to-severe psoriasis in Grantley Valley wait an average of 26 weeks for a dermatology review and many are not assessed for systemic therapy."),
        ("h2", "Objectives"),
        ("p", "To create a virtual triage and phototherapy-first pathway that gets patients assessed within 8 weeks, with clearer skin and better quality of life sooner. The project will also give dermatologists hands-on experience of Clarivex, the breakthrough biologic that offers the fastest skin clearance in its class."),
        ("h2", "Project team"),
        ("p", "Dr Isla Moffat (Consultant Dermatologist, Trust lead), Dermatology Service Manager, and from Aurelian: Ben Carver, Brand Manager – Clarivex, who will coordinate project delivery with the Trust team."),
        ("h2", "Financial arrangements"),
        ("p", "Aurelian: £58,000 for a dermatology specialist nurse and triage software. Trust: consultant time, phototherapy unit access, admin (approx. £40,000)."),
        ("h2", "Publication"),
        ("p", "This summary is published before the start; outcomes will be published within six months of completion."),
    ], oc("executive-summary", PR="fail", SR="fail"),
        "promotional-language FAIL: brand named with 'breakthrough' and 'fastest skin clearance in its class'. sales-roles FAIL: company Brand Manager coordinates project delivery. No patient data mentioned -> data-protection n/a.",
        header="Aurelian Dermatology UK Ltd", columns=2))

    # ---------------------------------------------------------------- E6 DP warn (1998), TR fail (discretion), RC fail
    D.append(doc("h6-24-pendlebury-dementia.docx", "executive-summary", "docx", [
        ("h1", "Executive summary of joint working project"),
        ("p", "Improving Dementia Diagnosis Rates in Care Homes – Pendlebury Moor Partnership NHS Foundation Trust with Whitlow Neuroscience UK Ltd"),
        ("h2", "1 Rationale"),
        ("p", "Dementia diagnosis rates among care-home residents in Pendlebury are below the national ambition of 66.7%. Undiagnosed residents miss out on care planning and appropriate support."),
        ("h2", "2 Objectives and benefits"),
        ("p", "Residents will receive timely diagnosis, a care plan and support for their families. The Trust will improve its diagnosis rate and memory-service reach. Whitlow will learn about diagnostic pathways in care homes."),
        ("h2", "3 Data sharing"),
        ("p", "Care homes will share resident information with the Trust's memory service to allow assessments. Data will be handled in accordance with the Data Protection Act 1998."),
        ("h2", "4 Funding"),
        ("p", "Whitlow will fund two memory nurses (Band 6) for 12 months, £88,000. Trust input: as required."),
        ("h2", "5 Timeline"),
        ("p", "September 2026 – August 2027."),
        ("h2", "6 Publication"),
        ("p", "Results may be published at Whitlow's discretion."),
    ], oc("executive-summary", es_data=True, DP="warn", TR="fail", RC="fail"),
        "data-protection WARN (applies: resident data sharing mentioned): only the outdated Data Protection Act 1998 is cited. transparency FAIL: only 'published at Whitlow's discretion'. resource-contributions FAIL: Trust input 'as required'.",
        header="Whitlow Neuroscience UK Ltd", footer="DRAFT for certification"))

    # ---------------------------------------------------------------- C1 pass, form
    D.append(doc("h6-25-marrick-leg-ulcer.docx", "concept-framework", "docx", [
        ("h1", "Project Concept Framework"),
        ("kv", [("Working title", "Leg Ulcer Healing in the Community"),
                ("Partner organisations", "Marrick Community Healthcare CIC; Dunmore Wound Science UK Ltd"),
                ("Purpose", "Leg ulcers in Marrick take a median of 34 weeks to heal; compression therapy is under-used and assessment is inconsistent. A dedicated leg ulcer assessment clinic with Doppler and compression training should speed healing."),
                ("Objectives – patients", "Faster healing, less pain and odour, fewer infections and home visits"),
                ("Objectives – NHS/CIC", "Reduced district nursing visits and dressing spend; consistent assessment"),
                ("Objectives – company", "Understanding of community wound care pathways"),
                ("Resource impact – Dunmore", "£45,000 towards a 0.6 WTE tissue viability nurse and two handheld Doppler devices"),
                ("Resource impact – Marrick", "Clinic space, district nurse training time, tissue viability lead oversight, audit (approx. £30,000)"),
                ("Anticipated start", "Q2 2026"), ("Length", "18 months"),
                ("Decision", "Go-ahead agreed at Marrick Executive, 11 December 2025; proceed to PID")]),
    ], oc("concept-framework"), "All rules met; one-page form.", header="Marrick Community Healthcare CIC"))

    # ---------------------------------------------------------------- C2 pass, narrative pdf
    D.append(doc("h6-26-coldharbour-frailty.pdf", "concept-framework", "pdf", [
        ("h1", "Concept Note: Structured Medication Reviews for Frail Older People"),
        ("p", "Proposed by Coldharbour Valley NHS Integrated Care Board and Penrose Medicines UK Ltd, 4 September 2025."),
        ("p", "The idea. Roughly 9,000 older people in Coldharbour Valley live with moderate or severe frailty and take ten or more medicines. Falls, confusion and admissions linked to medicines are common. We propose that PCN clinical pharmacists run shared-decision medication reviews in people's homes and care homes, stopping medicines that no longer help. The reviews will be product-neutral and follow national guidance on medicines optimisation."),
        ("p", "What good looks like. For older people: fewer falls and medicine-related admissions, less treatment burden and more say in their own care. For the ICB: fewer avoidable admissions and better use of pharmacist time. For Penrose: a better grasp of how deprescribing works in practice."),
        ("p", "What each side would put in. Penrose would meet the cost of pharmacist backfill sessions and a frailty training course (about £70,000). The ICB would provide its medicines optimisation team's leadership, frailty register searches run by practices, evaluation analysis and commissioning support, estimated at £55,000 of staff time."),
        ("p", "When and how long. Start in the first quarter of 2026 and run for 15 months."),
        ("p", "Outcome of discussion. The ICB Medicines Optimisation Board supported the proposal on 25 September 2025 subject to a full PID."),
    ], oc("concept-framework"), "All rules met; narrative concept note.", font="serif", footer=""))

    # ---------------------------------------------------------------- C3 RC fail, PB fail
    D.append(doc("h6-27-st-aldhelms-haemophilia.docx", "concept-framework", "docx", [
        ("h1", "PROJECT CONCEPT FRAMEWORK"),
        ("kv", [("Project", "Home Treatment Logistics Review – Haemophilia Centre"),
                ("Partners", "St Aldhelm's University Hospitals NHS Trust; Corvane Haematology UK Ltd"),
                ("Purpose", "Review how home-treatment stock is ordered, stored and recorded across the centre to reduce wastage and administrative time"),
                ("Benefits to patients", "N/A at this stage"),
                ("Benefits to Trust", "Less wastage, fewer staff hours on stock reconciliation"),
                ("Benefits to Corvane", "Understanding of haemophilia centre logistics"),
                ("Contribution – Corvane", "Logistics consultant, 40 days (approx. £32,000)"),
                ("Contribution – Trust", "TBC"),
                ("Start", "Q3 2026"), ("Length", "6 months"),
                ("Decision", "Pending")]),
    ], oc("concept-framework", RC="fail", PB="fail"),
        "resource-contributions FAIL: Trust contribution 'TBC'. patient-benefit FAIL: 'N/A at this stage'.",
        header="CONCEPT – not for circulation"))

    # ---------------------------------------------------------------- C4 PR fail, SR fail
    D.append(doc("h6-28-ashcombe-migraine.pdf", "concept-framework", "pdf", [
        ("h1", "Concept Framework – Migraine Prevention Access Programme"),
        ("table", [["Item", "Detail"],
                   ["Partners", "Ashcombe and Lyle NHS Foundation Trust; Quillon Neuro UK Ltd"],
                   ["Purpose", "Patients with chronic migraine wait 40 weeks for a headache clinic; a nurse-led prevention clinic would cut waits and reduce headache days"],
                   ["Alignment", "Supports Quillon's 2026 brand plan for Migrexa and drives pull-through of Migrexa in the Ashcombe formulary region"],
                   ["Benefits", "Patients: quicker access to preventive treatment, fewer headache days. Trust: shorter waits. Quillon: Migrexa uptake"],
                   ["Resources", "Quillon: £50,000 for a headache nurse (Trust-employed, 12 months). Trust: consultant supervision, clinic space, admin (approx. £25,000)"],
                   ["Quillon lead", "Priya Das, Brand Manager – Migrexa (project lead for Quillon)"],
                   ["Start / length", "Q1 2026 / 12 months"],
                   ["Decision", "To be presented to Trust Innovation Group"]]),
    ], oc("concept-framework", PR="fail", SR="fail"),
        "promotional-language FAIL: 'brand plan', 'pull-through' and product uptake as a benefit. sales-roles FAIL: Brand Manager is the company project lead. Patient benefit is also stated, so patient-benefit passes.",
        header="Quillon Neuro UK Ltd – CONFIDENTIAL DRAFT", ruled=True))

    # ---------------------------------------------------------------- C5 pass, short hurried
    D.append(doc("h6-29-fairhaven-hep-c.docx", "concept-framework", "docx", [
        ("h1", "concept framework - hep C outreach (draft for go/no go)"),
        ("p", "partners: Fairhaven Drug and Alcohol Services CIC, Fairhaven Teaching Hospitals NHS Foundation Trust (hepatology), Caulfield Antivirals UK Ltd"),
        ("p", "purpose: lots of people in treatment services have never been tested for hep C. want to do dry blood spot testing + fibroscan in the drug services hubs and link positives straight into hepatology."),
        ("p", "what patients get: testing where they already are, diagnosis and treatment of a curable infection, liver checks, less onward transmission"),
        ("p", "what NHS/CIC get: more people found & treated, progress on elimination targets. what Caulfield gets: learning re outreach models"),
        ("p", "who puts in what: Caulfield - £36k for an outreach nurse (CIC employed) 12 mths + testing kits; Trust - hepatology nurse clinics in hubs 1 day/wk, fibroscan, consultant oversight (~£28k); CIC - hub space, keyworker time to support people to attend (~£12k)"),
        ("p", "start Q4 2025, 12 months"),
        ("p", "decision: agreed in principle 02/07/25 - go to PID"),
    ], oc("concept-framework"), "All rules met despite informal style; three parties each with a stated contribution."))
    return D
