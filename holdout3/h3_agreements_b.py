"""holdout3: Joint / Collaborative Working Agreements A07-A12 (h3_agr_*)."""
from h3_agreements_a import clauses

DOCS = []


def add(**kw):
    DOCS.append(kw)


# A07 - docx; company is data controller; brand promotion; only 'benefit' is uptake
add(file="h3_agr_07_ferncliffe_brightwater_psoriasis.docx", type="agreement", fmt="docx", font="Georgia", size=10.5,
    header="Brightwater Medicines UK Ltd - Partnership Agreement", footer="Confidential - Ferncliffe / Brightwater",
    author="Brightwater Commercial Operations",
    labels={"data-protection": "fail", "promotional-language": "fail", "patient-benefit": "fail"},
    notes="data-protection fail: Brightwater is named data controller and receives identifiable patient lists. promotional-language fail: 'Dermavance, the breakthrough best-in-class biologic', 'switch eligible patients', 'uptake'. patient-benefit fail: the only stated benefit is moving patients onto Dermavance / uptake; nothing about patient outcomes.",
    key=["breakthrough best-in-class biologic", "Brightwater shall act as data controller"],
    blocks=[
        ("T", "Partnership Agreement: Psoriasis Biologic Pathway Review"),
        ("P", "This Agreement is entered into on 12 September 2025 by Ferncliffe Hospitals NHS Foundation Trust, Ferncliffe Road, Ferncliffe FC2 3AA (\"the Trust\") and Brightwater Medicines UK Ltd, 8 Harbour Exchange, London E14 9GE, company no. 05528831 (\"Brightwater\")."),
    ] + clauses([
        ("Background", ["The Trust's dermatology department manages 640 patients on biologic therapy for psoriasis. Brightwater markets Dermavance, the breakthrough best-in-class biologic for moderate-to-severe plaque psoriasis."]),
        ("Aims", ["To review the Trust's biologic cohort and switch eligible patients to Dermavance, increasing Dermavance uptake to 35% of the cohort within 12 months.",
                  "Expected benefits: increased Dermavance uptake across the cohort; streamlined homecare for the Trust; Brightwater - growth in market share."]),
        ("Resources", ["Brightwater will fund a Band 7 dermatology pharmacist (1.0 WTE, Trust-employed) for 12 months (£61,000) and provide 20 days of project support.",
                       "The Trust will provide consultant dermatologist oversight (2 sessions a month), clinic space and homecare coordination (valued at £27,000)."]),
        ("Term", ["1 October 2025 to 30 September 2026."]),
        ("Governance", ["A project group of the Trust's Clinical Director for Dermatology, the Lead Pharmacist and Brightwater's Medical Science Liaison meets monthly."]),
        ("Measures", ["Proportion of biologic cohort reviewed (target 100% by month 9); number of patients switched (target 220); homecare delivery failures per month (baseline 14, target 5)."]),
        ("Data", ["To support the review, the Trust will share with Brightwater a list of the biologic cohort including names, NHS numbers and current therapy. Brightwater shall act as data controller for this list and will use it to plan review clinics."]),
        ("Confidentiality", ["Each party shall keep confidential all information exchanged under this Agreement and shall not disclose it to any third party without the prior written consent of the other, save as required by law."]),
        ("Publication", ["Brightwater will publish a summary of this agreement on its website before the start date. Both parties will publish outcomes within six months of completion and payments will be declared on Disclosure UK."]),
        ("Termination", ["Either party may terminate on 60 days' written notice. On termination, the funded pharmacist post ends and patients continue under the care of the Trust dermatology team with reviews in the standard biologic clinic."]),
    ]) + [
        ("SIG", [("Ferncliffe Hospitals NHS Foundation Trust", "Dr Amanda Royle", "Medical Director"),
                 ("Brightwater Medicines UK Ltd", "Gareth Simms", "General Manager UK")]),
    ])

# A08 - pdf; 'the ICS' as party; only company contribution; confidentiality negated
add(file="h3_agr_08_eastwold_ics_quenby_obesity.pdf", type="agreement", fmt="pdf", ruled=False,
    header="Eastwold Integrated Care System / Quenby Pharma UK Limited", footer="Memorandum of Collaborative Working - v1",
    author="Quenby UK",
    labels={"legal-entities": "fail", "resource-contributions": "fail", "confidentiality": "fail"},
    notes="legal-entities fail: the NHS party is 'the Eastwold Integrated Care System', which is not a contracting entity (no ICB named). resource-contributions fail: only Quenby's contribution is set out; the ICS contribution is 'support as needed'. confidentiality fail: clause states no confidentiality obligations are imposed and information may be shared freely.",
    key=["No confidentiality obligations are imposed", "support as needed"],
    blocks=[
        ("T", "Memorandum of Collaborative Working"),
        ("H2", "Weight Management Pathway Mapping and Tier 3 Capacity"),
        ("P", "This memorandum records the agreement dated 4 February 2026 between the Eastwold Integrated Care System (\"the ICS\") and Quenby Pharma UK Limited, 3rd Floor, 40 Lothian Square, Edinburgh EH3 9WJ (\"Quenby\")."),
        ("H", "Section 1 - Aim"),
        ("P", "To map adult weight management services across Eastwold, identify gaps in specialist (tier 3) capacity and pilot a digital triage tool so that people with severe obesity and related conditions reach the right service sooner. Decisions about medicines are for NHS clinicians in line with NICE guidance; the project is medicine-neutral."),
        ("H", "Section 2 - Benefits"),
        ("P", "People living with obesity will wait less time for specialist assessment (currently 58 weeks), receive a consistent offer regardless of postcode and be supported to manage related conditions such as type 2 diabetes. The ICS gets a costed service model; Quenby gains understanding of weight management pathways."),
        ("H", "Section 3 - Contributions"),
        ("P", "Quenby will provide a pathway analyst (40 days), a project manager (0.4 WTE for 12 months) and £30,000 towards the triage tool licence. The ICS will provide support as needed."),
        ("H", "Section 4 - Term"),
        ("P", "12 months from 1 April 2026."),
        ("H", "Section 5 - Governance"),
        ("P", "A project board chaired by the ICS Clinical Lead for Obesity with Quenby's Head of Medical Affairs and Healthcare Partnerships Manager meets monthly. Quenby's commercial teams have no role."),
        ("H", "Section 6 - Success measures"),
        ("TB", [["Measure", "Baseline", "Target"],
                ["Median wait for tier 3 assessment", "58 weeks", "30 weeks by month 12"],
                ["Referrals triaged digitally", "0%", "70%"],
                ["Inappropriate tier 3 referrals returned", "27%", "10%"]]),
        ("H", "Section 7 - Data"),
        ("P", "Only anonymised, aggregated service data will be used. Quenby will not have access to any patient-identifiable information. Any processing of personal data in the triage tool is carried out by NHS providers as controllers under UK GDPR and the Data Protection Act 2018, following a DPIA."),
        ("H", "Section 8 - Confidentiality"),
        ("P", "No confidentiality obligations are imposed by this memorandum; project information may be shared freely by either party."),
        ("H", "Section 9 - Transparency"),
        ("P", "Quenby will publish an executive summary on its website before the start, and both parties will publish outcomes within six months of completion. Quenby's costs will be disclosed on Disclosure UK."),
        ("H", "Section 10 - Ending the collaboration"),
        ("P", "Either party may end this collaboration with 60 days' notice. On ending, the triage tool licence passes to the provider trusts for the remainder of its term or lapses, no patient is left without a referral route because existing referral routes remain open throughout, and all project outputs are handed to the ICS clinical lead."),
        ("SIG", [("Eastwold Integrated Care System", "Dr Yusuf Karim", "ICS Clinical Lead for Obesity"),
                 ("Quenby Pharma UK Limited", "Dr Iain Rutherford", "Head of Medical Affairs")]),
    ])

# A09 - docx; Scottish health board; all pass; schedule-based
add(file="h3_agr_09_nhs_ardmuir_quenby_af.docx", type="agreement", fmt="docx", font="Calibri", size=10.5,
    header="OFFICIAL - SENSITIVE: COMMERCIAL", footer="NHS Ardmuir - Quenby Pharma UK Limited - Joint Working Agreement",
    author="NHS Ardmuir Central Legal Office",
    blocks=[
        ("T", "Joint Working Agreement"),
        ("P", "between NHS ARDMUIR, a Health Board constituted under the National Health Service (Scotland) Act 1978, having its headquarters at Fernbank Road, Ardmuir AM2 6RH (\"the Board\"), and QUENBY PHARMA UK LIMITED, incorporated in Scotland (SC512904), having its registered office at 3rd Floor, 40 Lothian Square, Edinburgh EH3 9WJ (\"Quenby\")."),
        ("P", "Project: AF Detect Ardmuir, as described in the Project Initiation Document version 1.0 approved on 2 June 2025, which is incorporated into this Agreement."),
    ] + clauses([
        ("Commencement and duration", ["This Agreement takes effect on the date of the last signature and the Project runs from 1 August 2025 for 15 months, including 3 months of evaluation."]),
        ("Purpose and benefits", ["The Project aims to find people with undiagnosed atrial fibrillation so that they can be assessed for stroke prevention treatment by their own clinicians in line with SIGN 129. Benefits to patients: earlier diagnosis and fewer AF-related strokes. Benefits to the Board: an evaluated detection model. Benefit to Quenby: improved understanding of community detection pathways."]),
        ("Contributions", ["The contributions of each party are listed in Schedule 1. Quenby's cash contribution of £43,000 is paid to the Board in three milestone payments: on signature, on 3,000 checks and on receipt of the final report."]),
        ("Responsibilities", ["The Board is responsible for clinical governance, the pharmacy and GP network, and data. Quenby is responsible for project management support, training logistics and evaluation analysis of aggregated data. Quenby shall ensure that none of its sales or promotional staff take part in or attend any Project activity."]),
        ("Measurement of success", ["Success will be measured against the objectives in the PID: 6,000 checks in 12 months; median 14 days or fewer to 12-lead ECG; 95% of new AF diagnoses with a documented stroke-risk discussion; a 10% reduction in AF-related stroke admissions by year 2 against a baseline of 90 per year. The Board's analysts will report quarterly to the project board."]),
        ("Data protection", ["The Board is the sole data controller. Quenby is not a processor and receives no personal data. The parties will comply with UK GDPR and the Data Protection Act 2018."]),
        ("Confidentiality", ["Each party shall hold the other's confidential information in confidence, using it only for the Project. The Board's obligations are subject to the Freedom of Information (Scotland) Act 2002. Patient information is protected under the Board's confidentiality policies and is never shared with Quenby."]),
        ("Transparency", ["Quenby will publish a summary of this Agreement on its website before the Project begins. Both parties will publish the Project outcomes within six months of completion and Quenby will report its payments through Disclosure UK."]),
        ("Contingency", ["If there is a change in national guidance or in the product licence of any medicine relevant to the Project, the project board will review the Project within 30 days."]),
        ("Termination and exit", ["Either party may terminate on 3 months' written notice, and Quenby may terminate immediately following a PMCPA ruling that the Project breaches the ABPI Code.",
                                  "On termination or expiry: pharmacies stop new checks; all positive results are followed up by GP practices through existing pathways; ECG devices are retained by the Board; unspent funds are returned to Quenby."]),
        ("Disputes and law", ["Disputes will be escalated to the Board's Director of Pharmacy and Quenby's General Manager. This Agreement is governed by Scots law."]),
    ]) + [
        ("H", "Schedule 1 - Contributions"),
        ("TB", [["Party", "Contribution", "Estimated value"],
                ["NHS Ardmuir", "Project lead 0.3 WTE; physiologist sessions; pharmacist and GP time; SCI Store access; training venues", "£51,000"],
                ["Quenby Pharma UK Limited", "Cash for devices, check fees and training (£43,000); project manager 0.2 WTE; evaluation analyst 15 days", "£57,000"]]),
        ("SIG", [("NHS Ardmuir", "Elspeth Gunn", "Director of Finance"),
                 ("Quenby Pharma UK Limited", "Alasdair Crane", "General Manager UK")]),
    ])

# A10 - pdf; Regional Business Manager on the project board; no outcome measures; confidentiality bare
add(file="h3_agr_10_cardenmouth_tarrant_anaemia.pdf", type="agreement", fmt="pdf", ruled=True,
    header="Cardenmouth Community Health Services CIC", footer="CWA - Pre-operative anaemia - Tarrant Life Sciences UK Ltd",
    author="Cardenmouth CHS",
    labels={"sales-roles": "fail", "measurable-outcomes": "fail", "confidentiality": "warn"},
    notes="sales-roles fail: Tarrant's Regional Business Manager is a member of the Joint Project Board and supports clinic set-up. measurable-outcomes fail: no outcome measures at all; the 'Evaluation' clause only says the approach will be agreed later. confidentiality warn: only 'Confidentiality: standard terms apply.'",
    key=["Regional Business Manager", "Confidentiality: standard terms apply."],
    blocks=[
        ("T", "Collaborative Working Agreement - Pre-operative Anaemia Clinic"),
        ("KV", [["Parties", "Cardenmouth Community Health Services CIC (company no. 08873320), Harbour Health Centre, Quay Street, Cardenmouth CM1 2QD; and Tarrant Life Sciences UK Ltd (company no. 05119937), 5 Regent Place, Bristol BS1 6QS"],
                ["Date", "27 October 2025"],
                ["Term", "1 December 2025 to 30 November 2026"]]),
    ] + clauses([
        ("Background and purpose", ["Around a third of patients listed for major elective surgery at the local acute trust are anaemic at pre-operative assessment, which increases transfusion, complications and length of stay. The parties will set up a community pre-operative anaemia clinic so that anaemia is identified and treated in line with NICE NG24 before surgery.",
                                    "Patients benefit from being fitter for surgery, fewer blood transfusions, fewer cancelled operations and faster recovery. Cardenmouth CHS benefits from a new service model; Tarrant from understanding of patient blood management pathways."]),
        ("Contributions", ["Tarrant will fund a Band 6 nurse (0.6 WTE) employed by Cardenmouth CHS and provide 12 days project support (total £39,000).",
                           "Cardenmouth CHS will provide clinic space, phlebotomy, a GP with a special interest for 1 session per week and admin support (approx. £26,000)."]),
        ("Joint Project Board", ["The Joint Project Board comprises Cardenmouth CHS's Director of Clinical Services (chair), the anaemia nurse lead, Tarrant's Medical Advisor and Tarrant's Regional Business Manager, who will also help set up the clinic and liaise with surgical teams."]),
        ("Evaluation", ["The approach to evaluation will be agreed by the Joint Project Board once the clinic is running."]),
        ("Data protection", ["Cardenmouth CHS is data controller for all patient data and complies with UK GDPR and the Data Protection Act 2018; only anonymised aggregate information is shared with Tarrant."]),
        ("Confidentiality", ["Confidentiality: standard terms apply."]),
        ("Transparency", ["Tarrant will publish a summary of this Agreement on its website before the start of the project; both parties commit to publishing outcomes within six months of its end. Tarrant will disclose payments on Disclosure UK."]),
        ("Exit", ["Either party may give 60 days' notice. In the final three months the parties will agree with the acute trust whether the clinic continues as a commissioned service; if not, patients in treatment complete their course, new referrals return to the hospital pre-assessment team and the funded post ends."]),
        ("Compliance", ["Both parties comply with the ABPI Code and the Bribery Act 2010. The project is not linked to any Tarrant product; treatment choice is for the treating clinician under the local formulary."]),
    ]) + [
        ("SIG", [("Cardenmouth Community Health Services CIC", "Janet Ellery", "Chief Executive"),
                 ("Tarrant Life Sciences UK Ltd", "Hannah Ives", "Head of Healthcare Partnerships")]),
    ])

# A11 - docx; party is a hospital team; DPA 1998; only an expiry date
add(file="h3_agr_11_respiratory_team_harrowgate_pr.docx", type="agreement", fmt="docx", font="Arial", size=10,
    header="Pulmonary Rehabilitation Access Project", footer="Agreement v1 - Harrowgate Pharma Ltd",
    author="Harrowgate Pharma Ltd",
    labels={"legal-entities": "fail", "data-protection": "warn", "exit-strategy": "fail"},
    notes="legal-entities fail: the NHS party is 'the Respiratory Team at Kingsholm General Hospital', a team rather than the Trust. data-protection warn: data handling cites only the outdated Data Protection Act 1998. exit-strategy fail: only an expiry date; nothing on notice, handover, patients or the funded post.",
    key=["the Respiratory Team at Kingsholm General Hospital", "Data Protection Act 1998", "shall expire on 31 March 2027"],
    blocks=[
        ("T", "Agreement for Joint Working"),
        ("P", "Parties: (1) the Respiratory Team at Kingsholm General Hospital, Abbey Road, Kingsholm KH1 5DS (\"the Team\"); (2) Harrowgate Pharma Ltd, Harrowgate House, 90 Station Road, Reading RG1 5PL (\"Harrowgate\")."),
        ("H", "1. Project"),
        ("P", "1.1 Only 11% of eligible patients with COPD in the Kingsholm area complete pulmonary rehabilitation (PR), mainly due to travel and limited class times. The project will offer a choice of home-based, virtual and community venue PR with a PR coordinator who contacts every referred patient within 5 working days."),
        ("P", "1.2 Patients will benefit from better access to PR, improved breathlessness and exercise tolerance, and fewer hospital admissions. The Team will reduce its waiting list. Harrowgate will learn about PR service delivery."),
        ("H", "2. Duration"),
        ("P", "2.1 The project starts on 1 April 2026. This Agreement shall expire on 31 March 2027."),
        ("H", "3. Contributions"),
        ("TB", [["Harrowgate", "The Team"],
                ["£45,000 for a Band 5 PR coordinator (hospital-employed) and tablet devices for virtual PR; 10 days project management",
                 "Physiotherapist and respiratory nurse time for classes (3 sessions a week), assessment clinics, venue booking, data collection (approx. £52,000)"]]),
        ("H", "4. Management"),
        ("P", "4.1 The project is led by the Team's consultant physiotherapist, with Harrowgate's NHS Partnerships Manager and Medical Advisor attending bi-monthly meetings. Harrowgate's sales team is not involved."),
        ("H", "5. Measures of success"),
        ("TB", [["Measure", "Baseline", "Target"],
                ["Referred patients contacted within 5 working days", "30%", "95%"],
                ["PR completion rate", "11%", "35%"],
                ["Mean improvement in ISWT distance", "-", "48 m or more"],
                ["COPD admissions in completers (12 months)", "Audit 2025", "25% reduction"]]),
        ("H", "6. Information"),
        ("P", "6.1 Patient information will be handled in accordance with the Data Protection Act 1998. Harrowgate will only receive anonymised totals."),
        ("H", "7. Confidentiality"),
        ("P", "7.1 Each party keeps the other's information confidential. Patient details are never shared with Harrowgate."),
        ("H", "8. Openness"),
        ("P", "8.1 Harrowgate will publish an executive summary on its website before the start date. Both parties will publish outcomes within six months of the end of the project. Payments will be disclosed on Disclosure UK."),
        ("SIG", [("the Respiratory Team, Kingsholm General Hospital", "Dr Fiona Ashdown", "Consultant Respiratory Physician"),
                 ("Harrowgate Pharma Ltd", "Owen Fairclough", "NHS Partnerships Manager")]),
    ])

# A12 - pdf; ICB + mental health trust + company; formal; all pass; two-column body
add(file="h3_agr_12_north_calder_icb_adhd.pdf", type="agreement", fmt="pdf", twocol=True, ruled=True,
    header="NHS North Calder ICB | Calder Minds NHS FT | Aldenmoor Pharmaceuticals Ltd", footer="Collaborative Working Agreement - Adult ADHD Assessment Pathway",
    author="North Calder ICB",
    cover=["Collaborative Working Agreement", "Adult ADHD Assessment and Shared Care Pathway", "Execution version - 14 November 2025"],
    blocks=[
        ("H", "Parties"),
        ("P", "(1) NHS North Calder Integrated Care Board, Calder House, 2 Bridge Street, North Calder NC1 1BE (the ICB); (2) Calder Minds NHS Foundation Trust, Elm Lodge, Hillside Road, North Calder NC4 8DL (the Trust); (3) Aldenmoor Pharmaceuticals Ltd, company number 03381920, Aldenmoor Court, Hatfield Avenue, Welwyn Garden City AL7 1GF (Aldenmoor)."),
    ] + clauses([
        ("Project", ["Adults referred for ADHD assessment in North Calder wait a median of 3.4 years. The parties will redesign the pathway with a nurse-led screening and triage step, group psychoeducation while waiting, and a shared-care protocol with primary care agreed by the Area Prescribing Committee.",
                     "No medicine is promoted. Any treatment follows NICE NG87 and the APC formulary, and decisions rest with the treating clinicians."]),
        ("Benefits", ["Patients: shorter waits, support while waiting, safer shared care and monitoring. ICB and Trust: a sustainable, commissionable pathway and fewer out-of-area assessments. Aldenmoor: understanding of neurodevelopmental service design."]),
        ("Term", ["1 January 2026 to 31 December 2027."]),
        ("Contributions", ["ICB: commissioning lead 0.2 WTE, primary care engagement, shared-care enhanced service design (£41,000 in kind). Trust: consultant psychiatrist 2 sessions/week, clinical psychologist for psychoeducation groups, clinic space, data (£118,000 in kind). Aldenmoor: £135,000 for two Band 6 ADHD nurse practitioners (Trust-employed) for 24 months and 20 days of project management."]),
        ("Governance and roles", ["A Steering Group chaired by the ICB's Director of Mental Health Commissioning, with Trust clinical leads and Aldenmoor's Healthcare Partnerships Manager and Medical Advisor, meets monthly. The Trust delivers all clinical care; the ICB leads commissioning; Aldenmoor provides project management only. No Aldenmoor field sales or brand personnel will be involved."]),
        ("Outcomes", ["Median wait from referral to triage: baseline 162 weeks, target 18 weeks. Patients offered psychoeducation while waiting: target 80%. Shared-care monitoring completed on time: target 90%. Out-of-area assessments: baseline 420/year, target below 100. Reported quarterly from Trust and ICB data."]),
        ("Data protection", ["The Trust is data controller for clinical records and the ICB for commissioning data, each under UK GDPR and the Data Protection Act 2018. A DPIA has been completed. Aldenmoor will receive only anonymised aggregate reports and will never see any patient-identifiable information."]),
        ("Confidentiality", ["The parties will protect each other's confidential and commercially sensitive information, subject to FOIA. All patient information remains confidential to the Trust."]),
        ("Publication", ["Aldenmoor will publish a summary of this Agreement on its UK website before 1 January 2026. All parties will publish a summary of outcomes within six months of the end date. Aldenmoor's transfers of value will be disclosed on Disclosure UK."]),
        ("Termination and exit", ["Any party may terminate on three months' notice. Aldenmoor may terminate with immediate effect following a PMCPA ruling of breach.",
                                  "Exit: from month 18 the ICB will decide whether to commission the nurse practitioner posts recurrently. If it does not, patients already triaged keep their place on the Trust's assessment list, the psychoeducation groups continue within the Trust's existing resources and the funded posts end under Trust HR policy."]),
        ("General", ["Bribery Act 2010 compliance; disputes escalated to chief executives; English law."]),
    ]) + [
        ("SIG", [("NHS North Calder Integrated Care Board", "Michael Tarn", "Chief Executive"),
                 ("Calder Minds NHS Foundation Trust", "Dr Priti Shah", "Chief Executive"),
                 ("Aldenmoor Pharmaceuticals Ltd", "Joanna Hurst", "Director, Healthcare Partnerships")]),
    ])
