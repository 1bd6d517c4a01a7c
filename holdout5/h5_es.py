"""holdout5 executive summaries E1-E7."""
from h5_common import mk, outcomes

T = "executive-summary"


def e1():
    b = [
        ("kv", [["Project title", "Foot Protection Pathway - earlier detection of diabetic foot disease"],
                ["Partners", "Kestrel Bay University Health Board and Brackenridge Medical UK Ltd"],
                ["Project period", "Anticipated start: November 2025. Completion: October 2027"],
                ["Date of publication", "3 October 2025"]]),
        ("h", "Rationale"),
        ("p", "Kestrel Bay has one of the highest rates of diabetes-related amputation in Wales. Annual foot checks are inconsistent and high-risk patients often reach the specialist team late."),
        ("h", "Objectives and expected benefits"),
        ("p", "The project will train practice nurses to risk-stratify feet and create a direct route to the community podiatry foot protection team. People with diabetes should have ulcers found earlier, heal faster and face fewer amputations. The Health Board expects fewer admissions and bed days. Brackenridge expects to learn how integrated foot care pathways work in Wales."),
        ("h", "Roles and financial arrangements"),
        ("p", "The Health Board provides podiatry leadership (0.5 WTE), clinic capacity and analysis of outcomes (in kind, approximately £52,000). Brackenridge provides £67,000, paid to the Health Board in milestone instalments, to fund a Band 6 podiatrist and training materials, plus 12 days of project management."),
        ("h", "Patient information"),
        ("p", "Patient records are accessed only by Health Board clinicians for direct care. The Health Board is data controller under UK GDPR and the Data Protection Act 2018, and Brackenridge receives anonymised aggregate data only."),
        ("h", "Publication"),
        ("p", "This summary is published on Brackenridge's collaborative working web page before the project starts. A summary of outcomes will be published by both partners within six months of completion."),
        ("h", "Contacts"),
        ("p", "Health Board: Rhian Evans, Head of Podiatry (rhian.evans@kestrelbay.wales.example). Brackenridge: Graham Tully, Collaborative Working Manager (g.tully@brackenridge.example)."),
        ("p", "BRK-UK-JW-0167 | Date of preparation: September 2025"),
    ]
    return mk("h5-e01-kestrel-foot-es.pdf", T, "Executive Summary of a Collaborative Working Project", b,
              "All applicable rules pass; mentions patient records so data-protection applies and passes (controller + aggregate only).",
              outcomes(T, es_data=True), grid="grid", footer="Brackenridge Medical UK Ltd")


def e2():
    b = [
        ("h", "Project"),
        ("p", "Safer Medicines in Care Homes: a joint working project between Southfleet Community Healthcare NHS Trust and Thistlebrook Therapeutics Ltd."),
        ("h", "Why this project"),
        ("p", "Residents of Southfleet's 46 care homes take an average of nine medicines each. Care staff have limited access to training on medicines administration, swallowing difficulties and recognising side effects, and medication errors are a leading cause of avoidable hospital admission from care homes."),
        ("h", "What it will do"),
        ("p", "The Trust's care home pharmacy team will co-design and deliver a rolling programme of practical workshops and competency assessments for care home staff, with follow-up visits. The content is product-neutral and based on NICE SC1 and NG67."),
        ("h", "Who benefits"),
        ("ul", ["Residents: fewer medication errors, fewer falls linked to medicines and fewer avoidable admissions.",
                "The Trust and care homes: a skilled workforce and a sustainable training model.",
                "Thistlebrook: insight into medicines use in social care settings."]),
        ("h", "Timescale"),
        ("p", "January 2026 to December 2026."),
        ("h", "Who does what and the funding"),
        ("p", "Southfleet Trust: care home pharmacists (0.6 WTE) design and deliver the workshops, training venues and evaluation (in kind £34,000). Thistlebrook: £39,500 towards a Band 7 pharmacy technician post hosted by the Trust and printing of unbranded training materials; its Medical Affairs team reviews the evaluation design."),
        ("h", "Publication"),
        ("p", "Thistlebrook is publishing this summary on its UK website before the first workshop takes place. Results will be published by both organisations within six months of the end of the project, and Thistlebrook will disclose its contribution on Disclosure UK."),
        ("h", "Contacts"),
        ("p", "Trust: Mohammed Iqbal, Lead Pharmacist Care Homes. Thistlebrook: Dr Anna Fielding, Medical Affairs Lead."),
        ("p", "Job bag THB-UK-0912 | Prepared November 2025"),
    ]
    return mk("h5-e02-southfleet-carehomes-es.docx", T, "Executive Summary", b,
              "All applicable rules pass. No patient data, records or data sharing mentioned, so data-protection is n/a.",
              outcomes(T), header="Thistlebrook Therapeutics Ltd - Collaborative working", footer="Public document")


def e3():
    b = [
        ("h", "Summary of the joint working agreement"),
        ("p", "Project: Epilepsy Nurse Specialist Outreach. Partners: Northmoor Valley NHS Foundation Trust and Penmore Healthcare UK Ltd. Duration: 18 months from March 2026."),
        ("h", "Background"),
        ("p", "Adults with epilepsy in Northmoor wait up to 9 months for a specialist review, and emergency attendances for seizures are above the national average."),
        ("h", "Objectives"),
        ("p", "To provide nurse-led epilepsy reviews in the community, individual care plans and rescue medication training for carers, following NICE NG217."),
        ("h", "Benefits"),
        ("p", "Patients: faster access to specialist review, fewer seizure-related emergency attendances and better self-management. Trust: reduced emergency demand. Penmore: understanding of community epilepsy care."),
        ("h", "Financial arrangements"),
        ("p", "Penmore will fund a Band 7 epilepsy nurse specialist for 18 months (£82,000) and provide project management support."),
        ("h", "Roles"),
        ("p", "The nurse will work within the Trust's neurology service; Penmore's Medical Affairs Manager will attend the project board."),
        ("h", "Availability of this summary"),
        ("p", "A copy of this summary is available from Penmore on request."),
        ("h", "Contacts"),
        ("p", "Trust: Dr Clare Hughes, Consultant Neurologist. Penmore: Joanna Reid, Medical Affairs Manager."),
    ]
    return mk("h5-e03-northmoor-epilepsy-es.pdf", T, "Executive Summary - Epilepsy Nurse Specialist Outreach", b,
              "transparency FAIL: summary only 'available on request'; no publication before start, no outcomes publication, no Disclosure UK. resource-contributions FAIL: only Penmore's contribution stated; the Trust only receives the funded nurse, no Trust contribution stated. No patient data mentioned, so data-protection n/a.",
              outcomes(T, transparency="fail", resource_contributions="fail"), grid="plain", footer="Penmore Healthcare UK Ltd")


def e4():
    b = [
        ("h", "Title"),
        ("p", "Reliever Overuse Review Programme"),
        ("h", "Organisations"),
        ("p", "NHS Greyfriars and Wold Integrated Care Board and Dunmore Pharma UK Ltd."),
        ("h", "Background and objectives"),
        ("p", "Over 6,000 people with asthma in the ICB area collected 12 or more reliever inhalers last year, a marker of poor control and risk of a fatal attack. Project pharmacists will search practice clinical records and read patient notes to identify people overusing relievers, then invite them for a review of their asthma, inhaler technique and action plan in line with BTS/NICE/SIGN guidance."),
        ("h", "Expected benefits"),
        ("p", "Patients: fewer asthma attacks and hospital admissions, and better day-to-day control. ICB: reduced emergency activity and inhaler waste. Dunmore: understanding of primary care respiratory pathways."),
        ("h", "How the project will be delivered"),
        ("p", "Dunmore's local sales team will introduce the programme to practices and collect signed participation forms, and the ICB medicines optimisation team will schedule the pharmacist sessions."),
        ("h", "Resources"),
        ("p", "ICB: 1.0 WTE pharmacist time across the year and clinical oversight by the Respiratory Clinical Lead (in kind £58,000). Dunmore: £62,000 for pharmacist backfill and inhaler technique training."),
        ("h", "Timelines"),
        ("p", "January 2026 - December 2026."),
        ("h", "Publication"),
        ("p", "This summary will be published on Dunmore's website before the programme begins. Both organisations will publish the outcomes within six months of the project ending."),
    ]
    return mk("h5-e04-greyfriars-asthma-es.docx", T, "Executive Summary", b,
              "data-protection FAIL: the ES describes searching practice records and reading patient notes but says nothing about protection (no controller, lawful basis, anonymisation, company access). sales-roles FAIL: the company's local sales team introduces the programme and collects practice participation forms (delivery role).",
              outcomes(T, es_data=True, data_protection="fail", sales_roles="fail"), header="Dunmore Pharma UK Ltd", footer="DUN-GB-0455 | January 2026")


def e5():
    b = [
        ("h", "Project title"),
        ("p", "Dermavel Access Programme for Moderate to Severe Psoriasis"),
        ("h", "Partners"),
        ("p", "Harrowdene Teaching Hospitals NHS Foundation Trust and Thistlebrook Therapeutics Ltd."),
        ("h", "Rationale"),
        ("p", "The dermatology department has a backlog of patients eligible for systemic therapy. Dermavel is the breakthrough, best-in-class biologic that clears skin faster than any alternative, and the programme will make sure eligible patients can start Dermavel promptly."),
        ("h", "Expected benefits"),
        ("kv", [["Benefits to patients", "N/A"],
                ["Benefits to the Trust", "Reduced outpatient backlog and a streamlined biologics pathway"],
                ["Benefits to Thistlebrook", "Increased awareness of Dermavel among dermatology teams"]]),
        ("h", "Financial arrangements and roles"),
        ("p", "Thistlebrook funds a Band 7 biologics nurse (£61,000) for 12 months; the Trust provides consultant supervision, clinic space and homecare coordination (in kind £40,000). The Trust delivers all clinical care; Thistlebrook's Medical Affairs team supports evaluation."),
        ("h", "Period"),
        ("p", "April 2026 to March 2027."),
        ("h", "Publication"),
        ("p", "This summary is published before the start of the programme; outcomes will be published by both partners within six months of completion."),
    ]
    return mk("h5-e05-harrowdene-psoriasis-es.pdf", T, "Executive Summary of Joint Working", b,
              "promotional-language FAIL: brand-led claims ('breakthrough, best-in-class', 'clears skin faster than any alternative') and the programme is about starting the brand. patient-benefit FAIL: 'Benefits to patients: N/A'. No patient data mentioned so data-protection n/a.",
              outcomes(T, promotional_language="fail", patient_benefit="fail"), grid="grid", header="Thistlebrook Therapeutics Ltd", footer="THB-UK-0977")


def e6():
    b = [
        ("h", "1. Project name and partners"),
        ("p", "Gestational Diabetes Follow-up Project - Tamberley Health Ltd (GP federation) and Sefton-Lowe Pharma UK Limited."),
        ("h", "2. Background"),
        ("p", "Women who had gestational diabetes have a sevenfold higher risk of type 2 diabetes, but fewer than a third in Tamberley receive the recommended annual HbA1c test after pregnancy."),
        ("h", "3. Objectives"),
        ("p", "Use patient records from the 14 member practices to identify women with a history of gestational diabetes, invite them for an annual HbA1c check and refer those eligible to the NHS Diabetes Prevention Programme."),
        ("h", "4. Benefits"),
        ("p", "Women will have type 2 diabetes prevented or detected early. Practices will improve their recall systems. Sefton-Lowe will gain understanding of preventive pathways in primary care."),
        ("h", "5. Contributions and roles"),
        ("p", "Sefton-Lowe: £33,000 for a Band 5 recall coordinator and text-messaging costs; its Medical Science Liaison supports the evaluation. Tamberley Health: contribution TBC. The Federation's Clinical Director will chair the project group."),
        ("h", "6. Data"),
        ("p", "The project is GDPR compliant."),
        ("h", "7. Timing"),
        ("p", "February 2026 to January 2027."),
        ("h", "8. Publication"),
        ("p", "This summary will appear on Sefton-Lowe's website before the project starts; outcomes will be published within six months of completion and payments disclosed on Disclosure UK."),
    ]
    return mk("h5-e06-tamberley-gdm-es.docx", T, "Executive Summary", b,
              "data-protection WARN: the ES uses patient records to identify women, and the only protection is a bare 'The project is GDPR compliant'. resource-contributions FAIL: the Federation's contribution is 'TBC' (chairing the group is a role, not a stated contribution). Other applicable rules pass.",
              outcomes(T, es_data=True, data_protection="warn", resource_contributions="fail"), header="Sefton-Lowe Pharma UK Limited", footer="SLP-CW-2026-02")


def e7():
    b = [
        ("h", "At a glance"),
        ("p", "Confident Conversations about the Menopause is a collaborative project between NHS Greyfriars and Wold Integrated Care Board and Calverley Therapeutics UK Ltd, running for 12 months from September 2025."),
        ("h", "The need"),
        ("p", "Women in the ICB area report that they often need several appointments before menopause symptoms are recognised, and clinicians report low confidence in discussing the full range of options recommended in NICE NG23."),
        ("h", "The plan"),
        ("p", "The ICB's women's health hub clinicians will lead a case-based education programme for 300 GPs, nurses and pharmacists, backed by a shared-care template and a directory of local support. The programme covers lifestyle, psychological and medical approaches without reference to any particular product."),
        ("h", "Difference for women"),
        ("p", "Women should get an accurate conversation and a personalised plan at their first appointment, shorter time to effective symptom relief and less need to attend repeatedly or go private."),
        ("h", "Difference for the partners"),
        ("p", "The ICB builds workforce capability and fewer repeat appointments. Calverley learns how women's health hubs are being set up."),
        ("h", "Shared effort"),
        ("p", "ICB: clinical lead for women's health (0.3 WTE), hub GPs as faculty, venues and evaluation (worth about £41,000). Calverley: £36,000 towards faculty backfill and the shared-care template build, and a project coordinator for 20 days. The ICB owns all content; Calverley's Medical Affairs team reviews it for accuracy."),
        ("h", "Openness"),
        ("p", "This page went live on Calverley's UK collaborative working page on 4 August 2025, a month before the first session. What the project achieves will be put in the public domain by both partners no more than six months after it finishes, and Calverley will declare its contribution on Disclosure UK."),
        ("h", "Who to contact"),
        ("p", "ICB: Dr Hannah Cole, Clinical Lead for Women's Health. Calverley: Rebecca Hoyle, Medical Affairs Manager."),
        ("p", "CAL-UK-CW-0088 | Date of preparation: July 2025"),
    ]
    return mk("h5-e07-greyfriars-menopause-es.pdf", T, "Confident Conversations about the Menopause", b,
              "All applicable rules pass in unusual wording ('Shared effort', 'Difference for women', 'went live ... a month before the first session', 'put in the public domain'). Education only, no patient data, so data-protection n/a.",
              outcomes(T), columns=2, subtitle="Summary of collaborative working arrangements", header="Calverley Therapeutics UK Ltd", footer="Public summary", grid="lines")
