"""Joint / collaborative working agreements (type agreement)."""

_DP_A = "Data protection. The Trust is the data controller for all patient data processed in the project and will comply with UK GDPR and the Data Protection Act 2018. No patient-identifiable data will be disclosed to the Company; the Company receives only anonymised aggregate reports."


def docs():
    D = []
    # A1 all pass: "made between" list, schedule with money in words
    D.append(dict(
        name="Joint Working Agreement - Pendlebrook Lipid Clinic.docx", type="agreement", ov={},
        notes="All pass. Parties in a 'This agreement is made between:' list with registered numbers and addresses; contributions in Schedule 2 incl. money in words; termination clause covers patients and funded post.",
        expect=["This agreement is made between", "Schedule 2", "sixty-four thousand pounds"],
        blocks=[
            ("title", "Joint Working Agreement: Pendlebrook Lipid Optimisation Clinic"),
            ("p", "This agreement is made between:"),
            ("n", ["Pendlebrook General Hospital NHS Foundation Trust of Moor Lane, Pendlebrook PB1 4HS (\"the Trust\"); and",
                   "Ashcombe Cardiometabolic Ltd, a company registered in England and Wales under number 09345120 whose registered office is at 17 Albion Place, Leeds LS1 6JL (\"the Company\")."]),
            ("h", "1. Purpose"),
            ("p", "The parties will run a pharmacist-led lipid clinic for people who have had a heart attack or stroke and whose cholesterol is not at target, following NICE guidance."),
            ("h", "2. Expected benefits"),
            ("p", "Patients: lower cholesterol sooner, fewer repeat cardiovascular events and a single follow-up rather than several. Trust: a tested pathway and fewer re-admissions. Company: insight into secondary-prevention pathways."),
            ("h", "3. Outcomes and measurement"),
            ("p", "The proportion of the cohort at LDL-cholesterol target will rise from 29% to 60% within 12 months, measured from Trust pathology data each quarter by the Trust's audit team; 700 patients will be reviewed."),
            ("h", "4. Term and termination"),
            ("p", "The agreement runs from 1 June 2026 for 15 months. Either party may terminate it on 90 days' written notice, or at once if the PMCPA rules that the project breaches the ABPI Code. On termination or expiry patients under the clinic are returned to their GP with a treatment plan, and the pharmacist post funded by the Company is either absorbed by the Trust or ends at the close of the notice period."),
            ("h", "5. Confidentiality"),
            ("p", "Each party will keep confidential the other's commercially sensitive information and all patient information, subject to the Trust's duties under the Freedom of Information Act 2000."),
            ("h", "6. Data protection"),
            ("p", _DP_A),
            ("h", "7. Publication and transparency"),
            ("p", "The Company will publish a summary of this agreement on its website before the project starts; both parties will publish the outcomes within six months of completion, and the Company will disclose the transfer of value on Disclosure UK."),
            ("h", "8. Anti-bribery"),
            ("p", "Both parties will comply with the Bribery Act 2010. No benefit is given to any individual."),
            ("h", "Schedule 2 - Contributions"),
            ("p", "The Company will contribute sixty-four thousand pounds (£64,000), paid quarterly in arrears to the Trust, to fund a band 8a pharmacist. The Trust will contribute consultant cardiologist supervision (two hours per week), clinic rooms and pathology reporting, valued at £22,500."),
            ("h", "Signed"),
            ("p", "For the Trust: Director of Finance. For the Company: General Manager UK."),
        ]))

    # A2 legal fail: individual doctor as party (1)
    D.append(dict(
        name="Collaborative_Working_Agreement_Glenharrow_Rhythm.pdf", type="agreement", ov={"legal-entities": "fail"},
        notes="legal-entities fail: party (1) is an individual, 'Dr Priya Natarajan, Consultant Cardiologist'. Other rules pass.",
        expect=["(1) Dr Priya Natarajan", "(2) Bellmont Pharma UK Ltd", "Early termination"],
        blocks=[
            ("title", "Collaborative Working Agreement - Arrhythmia Nurse Clinic"),
            ("h", "Parties"),
            ("p", "(1) Dr Priya Natarajan, Consultant Cardiologist, Glenharrow Hospital, Glenharrow GH3 2PL (\"the Clinical Lead\")."),
            ("p", "(2) Bellmont Pharma UK Ltd (company number 02894411), Bellmont House, Uxbridge UB8 1DH (\"Bellmont\")."),
            ("h", "Background"),
            ("p", "Patients with newly diagnosed atrial fibrillation wait many weeks for rhythm clinic. The parties wish to set up a nurse-led clinic."),
            ("h", "Benefits"),
            ("p", "Patients are assessed within two weeks and have their stroke risk reviewed earlier; the hospital's waiting list shrinks; Bellmont gains understanding of cardiology services."),
            ("h", "Contributions"),
            ("t", [["Contributor", "What", "Value"], ["Clinical Lead", "Clinical supervision 3 hours/week; clinic room", "£12,000 in kind"], ["Bellmont", "Arrhythmia nurse 0.8 WTE for 12 months", "£41,000"]]),
            ("h", "Measures"),
            ("p", "Wait for first rhythm assessment falls from 11 weeks to 2 weeks; 400 patients seen in 12 months; stroke-risk assessment documented for 95%."),
            ("h", "Early termination"),
            ("p", "Either party may end the arrangement on 60 days' notice. Patients will be transferred to the routine arrhythmia clinic with appointments booked before the nurse clinic closes."),
            ("h", "Confidentiality and data"),
            ("p", "Patient information stays in hospital records and is confidential. The hospital is data controller under UK GDPR; Bellmont receives only anonymised aggregates."),
            ("h", "Transparency"),
            ("p", "Bellmont will publish an executive summary before the start and the outcomes afterwards, and will disclose the funding on Disclosure UK."),
        ]))

    # A3 Parties table, Welsh health board + LLP; resources fail ("to be agreed")
    D.append(dict(
        name="Agreement - Cwm Teifion Inflammatory Bowel Service.docx", type="agreement", ov={"resource-contributions": "fail"},
        notes="resource-contributions fail: company's funding is set out but the Health Board's contribution reads 'to be agreed'. legal-entities pass: 'Parties' table with a Welsh university health board, a Ltd and an LLP (evaluation).",
        expect=["Bwrdd Iechyd Prifysgol Cwm Teifion", "Garnet Health Analytics LLP", "to be agreed"],
        blocks=[
            ("title", "Collaborative Working Agreement: IBD Advice Line and Rapid Review"),
            ("h", "Parties"),
            ("t", [["Party", "Details", "Defined as"],
                   ["Cwm Teifion University Health Board / Bwrdd Iechyd Prifysgol Cwm Teifion", "Headquarters, Ffordd y Castell, Aberteifion SA99 1ZZ", "the Health Board"],
                   ["Marram Gastro Ltd", "Company no. 07788121, 2 Station Approach, Cardiff CF10 1EG", "the Company"],
                   ["Garnet Health Analytics LLP", "OC412233, 5 Temple Row, Birmingham B2 5LG", "the Evaluator"]]),
            ("h", "1. Objectives"),
            ("p", "Answer 95% of advice-line calls from people with IBD within one working day (baseline: 4 days); offer a review within 7 days to anyone with a flare (baseline 5 weeks); reduce emergency admissions for IBD flares by 15% against 2024/25 PEDW data."),
            ("h", "2. Benefits"),
            ("p", "Patients: flares treated earlier, fewer emergency admissions and steroid courses, and quicker answers to questions about their condition. Health Board: reduced unplanned activity. Company: learning on service design."),
            ("h", "3. Financial arrangements and contributions"),
            ("p", "The Company will pay £57,600 in two instalments to fund an IBD nurse specialist (1.0 WTE, 12 months). The Evaluator will provide an independent evaluation funded from the Company's payment (£8,000). The Health Board's contribution is to be agreed."),
            ("h", "4. Termination"),
            ("p", "Any party may terminate on 60 days' written notice. On termination the advice line reverts to the Health Board's existing IBD nursing team and no open review will be cancelled; the funded nurse post ends with the notice period unless the Health Board agrees to continue it."),
            ("h", "5. Confidentiality"),
            ("p", "The parties keep patient and commercially sensitive information confidential, subject to the Freedom of Information Act 2000 as it applies to the Health Board."),
            ("h", "6. Data protection"),
            ("p", "The Health Board is controller of patient data. The Evaluator processes pseudonymised data as processor under a written contract and UK GDPR; the Company receives aggregate results only."),
            ("h", "7. Publication"),
            ("p", "The Company will publish a summary of this agreement before the start. Outcomes will be published within six months of completion; payments will be disclosed through Disclosure UK."),
        ]))

    # A4 legal fail: cardiology department, "by and between"
    D.append(dict(
        name="JWA_by_and_between_Thornleigh_Cardiology.pdf", type="agreement", ov={"legal-entities": "fail"},
        notes="legal-entities fail: recital names 'the Cardiology Department of Thornleigh Royal Infirmary' as a contracting party rather than the Trust. Resources pass (staff hours and funding for both).",
        expect=["by and between", "the Cardiology Department of Thornleigh Royal Infirmary", "Withdrawal"],
        blocks=[
            ("title", "Joint Working Agreement"),
            ("p", "This Joint Working Agreement is entered into by and between the Cardiology Department of Thornleigh Royal Infirmary (\"the Department\") and Quillon Therapeutics UK Ltd, registered in England no. 05566778, of 40 Gracechurch Street, London EC3V 0BT (\"Quillon\")."),
            ("h", "Recitals"),
            ("p", "A. The Department wishes to reduce the time patients with suspected heart failure wait for an echocardiogram. B. Quillon wishes to support improvements in heart failure care."),
            ("h", "Aims and benefits"),
            ("p", "Patients: diagnosis within 6 weeks rather than 5 months and earlier treatment; the Department: reduced backlog; Quillon: service insight."),
            ("h", "Resources"),
            ("p", "The Department will provide a cardiac physiologist for 15 hours per week and echo machine time. Quillon will fund a band 6 echocardiographer for 9 months (£33,750)."),
            ("h", "Outcomes"),
            ("p", "Echo waiting list reduced from 1,150 to 400 by March 2027; 90% of patients with raised NT-proBNP scanned within 6 weeks; reported monthly from the echo booking system."),
            ("h", "Withdrawal"),
            ("p", "Either side may withdraw on 45 days' notice. Patients already booked for echo will still be scanned; the funded echocardiographer's work is transferred to the substantive team."),
            ("h", "Confidentiality and data protection"),
            ("p", "Patient information is confidential and remains in hospital systems under UK GDPR. Quillon receives no identifiable data."),
            ("h", "Transparency"),
            ("p", "Quillon will publish a summary of the agreement before the project starts and the results within six months of completion, and disclose the funding on Disclosure UK."),
        ]))

    # A5 md: legal fail (PCN) + patient-benefit fail
    D.append(dict(
        name="agreement-north-ridings-pcn-spirometry.md", type="agreement", ov={"legal-entities": "fail", "patient-benefit": "fail"},
        notes="legal-entities fail: 'North Ridings PCN' is a party with no contracting vehicle (no lead practice or federation). patient-benefit fail: benefits listed only for the PCN (capacity, QOF income) and the company.",
        expect=["North Ridings Primary Care Network", "Benefits to the PCN", "Termination"],
        blocks=[
            ("title", "Collaborative Working Agreement - Spirometry Hub"),
            ("p", "Parties: North Ridings Primary Care Network (\"the PCN\") and Dunmore Respiratory Ltd, company no. 10101012, 7 Castle Street, York YO1 9RN (\"the Company\")."),
            ("h", "Purpose"),
            ("p", "To set up a quality-assured spirometry hub serving the eight practices in the network."),
            ("h", "Expected benefits"),
            ("b", ["Benefits to the PCN: more tests done per clinician hour and improved QOF achievement.",
                   "Benefits to the Company: understanding of diagnostic capacity in primary care."]),
            ("h", "Contributions"),
            ("p", "The PCN provides a room at Ridings Health Centre two days a week and a healthcare assistant for 15 hours a week. The Company funds an ARTP-certified respiratory physiologist (0.6 WTE, 12 months, £26,000)."),
            ("h", "KPIs"),
            ("p", "1,000 spirometry tests in 12 months; 95% meeting ARTP quality criteria; backlog reduced from 640 to under 100 by month 9; data from practice systems monthly."),
            ("h", "Termination"),
            ("p", "Either party may give 60 days' notice. Tests already booked are completed, and outstanding referrals return to the member practices with a list prepared by the hub."),
            ("h", "Confidentiality"),
            ("p", "Patient information and the parties' business information are confidential."),
            ("h", "Data protection"),
            ("p", "Member practices remain data controllers under UK GDPR; a DPIA has been completed; the Company receives only anonymised totals."),
            ("h", "Transparency"),
            ("p", "The Company will publish the executive summary before the start and outcomes after completion, and disclose the payment on Disclosure UK."),
        ]))

    # A6 GP partnership + CIC; exit fail placeholder
    D.append(dict(
        name="Joint Working Agreement - Elmfield Surgery Weight Management.docx", type="agreement", ov={"exit-strategy": "fail"},
        notes="exit-strategy fail: 'Exit arrangements: TBC'. legal-entities pass (unsure-ish): GP partnership acting by its partners, a CIC and a Ltd. Resources pass: three-column in-kind/money table.",
        expect=["Exit arrangements: TBC", "Community Interest Company", "acting by its partners"],
        blocks=[
            ("title", "Joint Working Agreement: Structured Weight Management Clinic"),
            ("p", "THIS AGREEMENT is dated 3 March 2026 and is between:"),
            ("b", ["Elmfield Surgery, a general practice partnership holding a GMS contract with NHS Vale of Arden ICB, acting by its partners, of 1 Elm Road, Kenbury KB2 3EF (\"the Practice\");",
                   "Brightfoot Wellbeing CIC, a Community Interest Company registered under number 13344556, of Unit 4, Kenbury Enterprise Park KB1 1ZZ (\"the CIC\"); and",
                   "Perrin Metabolic UK Ltd, company no. 03322110, Perrin Court, Guildford GU1 4AA (\"the Company\")."]),
            ("h", "Objectives"),
            ("p", "Offer a 12-week structured programme to 300 adults with obesity and type 2 diabetes by March 2027; 50% to achieve 5% weight loss at 12 months; HbA1c change measured from practice records at 0, 6 and 12 months."),
            ("h", "Benefits"),
            ("p", "Patients: weight loss, better diabetes control and group support close to home. Practice: structured offer for a high-need group. CIC: sustainable delivery experience. Company: insight into community weight services."),
            ("h", "Contributions"),
            ("t", [["Practice", "CIC", "Company"],
                   ["Practice nurse 4 hours/week; searches and invitations; meeting room", "Two health coaches delivering 24 group sessions", "£29,500 to fund coach time and session materials"]]),
            ("h", "Exit"),
            ("p", "Exit arrangements: TBC"),
            ("h", "Confidentiality"),
            ("p", "All parties will keep patient information and the other parties' confidential information secret and use it only for the project."),
            ("h", "Data protection"),
            ("p", "The Practice is controller; the CIC acts as processor under a data processing agreement compliant with UK GDPR. The Company has no access to patient-identifiable data."),
            ("h", "Transparency"),
            ("p", "The Company will publish a summary before the start and the outcomes within six months of completion; the payment will be disclosed on Disclosure UK."),
            ("h", "Signatories"),
            ("p", "Dr Laura Penhale, Senior Partner, for and on behalf of the Practice; Amir Khalil, Director, for the CIC; Sophie Grant, Country Medical Director, for the Company."),
        ]))

    # A7 Scottish board + university; all pass, hours
    D.append(dict(
        name="Collaborative_Working_Agreement_NHS_Glenmorven_Epilepsy.pdf", type="agreement", ov={},
        notes="All pass. Scottish health board, a university and a Ltd in '(1)/(2)/(3)' form; contributions as staff hours for each. Exit as 'Withdrawal and wind-down' with FOISA carve-out in confidentiality.",
        expect=["NHS Glenmorven", "University of Strathallan", "Withdrawal and wind-down"],
        blocks=[
            ("title", "Collaborative Working Agreement - Epilepsy Nurse Transition Clinic"),
            ("h", "Parties"),
            ("p", "(1) Glenmorven Health Board, operating as NHS Glenmorven, Board Headquarters, Kirkgate, Glenmorven GM1 1AA; (2) the University Court of the University of Strathallan, a Scottish charity SC012345, Old College, Strathallan ST1 2XY; (3) Varga Neuro Ltd, company no. SC556677, 20 Charlotte Square, Edinburgh EH2 4DF."),
            ("h", "Purpose and benefits"),
            ("p", "Young people with epilepsy moving from children's to adult services will have a joint transition clinic. They will have fewer gaps in care, fewer seizure-related emergency attendances and more say in their treatment plan. NHS Glenmorven gains a tested transition model; the University gains research data; Varga Neuro gains service insight."),
            ("h", "Success measures"),
            ("p", "90% of 16-18 year olds on the caseload (about 140) seen in the joint clinic by August 2027; emergency attendances for seizures in the cohort reduced by 25% from 2024/25; transition readiness score recorded at entry and at 12 months."),
            ("h", "Contributions"),
            ("b", ["NHS Glenmorven: paediatric and adult neurologists, 4 hours per month each; clinic space.",
                   "University: research assistant 8 hours per week for evaluation.",
                   "Varga Neuro Ltd: £48,000 towards a transition nurse (0.8 WTE) for 18 months."]),
            ("h", "Withdrawal and wind-down"),
            ("p", "Any party may withdraw on three months' notice. At the end or on withdrawal, the caseload transfers to the adult epilepsy nursing team with a handover letter for each young person; evaluation data held by the University are destroyed after the final report."),
            ("h", "Confidentiality"),
            ("p", "The parties keep confidential all patient and commercially sensitive information, subject to the Freedom of Information (Scotland) Act 2002."),
            ("h", "Data protection"),
            ("p", "NHS Glenmorven is data controller; the University receives pseudonymised data under a data-sharing agreement and UK GDPR; Varga Neuro receives aggregated results only."),
            ("h", "Publication"),
            ("p", "Varga Neuro will publish a summary of this agreement before the start; all parties will publish outcomes within six months of the end; the funding will be disclosed on Disclosure UK."),
        ]))

    # A8 legal fail: the ICS; sales role in steering group -> also fail
    D.append(dict(
        name="Agreement - Severnside ICS Hypertension Programme.docx", type="agreement", ov={"legal-entities": "fail", "sales-roles": "fail"},
        notes="legal-entities fail: party is 'the Severnside ICS' (no ICB named as contracting body). sales-roles fail: the company's Regional Business Manager sits on the joint steering group.",
        expect=["the Severnside Integrated Care System", "Regional Business Manager", "Notice and close-down"],
        blocks=[
            ("title", "Joint Working Agreement - Hypertension Case-Finding"),
            ("p", "This agreement is between the Severnside Integrated Care System (\"the ICS\") and Tamsin Cardio Ltd, company no. 06060606, 9 Wharf Road, Gloucester GL1 2AB (\"Tamsin\")."),
            ("h", "Aims"),
            ("p", "Detect undiagnosed hypertension through community pharmacy blood pressure checks: 8,000 checks in 12 months; 70% of people with a raised reading seen by their GP within 4 weeks; proportion of the hypertension register treated to target up from 58% to 68%."),
            ("h", "Benefits"),
            ("p", "People with undiagnosed high blood pressure are found earlier and treated before a stroke or heart attack; checks are available without a GP appointment."),
            ("h", "Contributions"),
            ("p", "The ICS will provide programme management (0.4 WTE band 8a) and data analysis. Tamsin will provide £70,000 to fund pharmacy checks and validated monitors."),
            ("h", "Steering group"),
            ("p", "ICS Cardiovascular Lead (chair), ICS Pharmacy Lead, Tamsin Medical Manager and Tamsin Regional Business Manager."),
            ("h", "Notice and close-down"),
            ("p", "Either party may give 90 days' notice. On close-down the monitors remain with the pharmacies and referrals continue through the standard GP pathway."),
            ("h", "Confidentiality and data protection"),
            ("p", "Patient information is confidential; pharmacies and practices are data controllers under UK GDPR and Tamsin receives only aggregate data."),
            ("h", "Transparency"),
            ("p", "Tamsin will publish an executive summary before the start and the outcomes after completion and disclose the funding on Disclosure UK."),
        ]))

    # A9 ICB + plc; resources fail ("as required"), all else pass
    D.append(dict(
        name="JWA_Lowmarsh_ICB_Anticoagulation_Review.pdf", type="agreement", ov={"resource-contributions": "fail"},
        notes="resource-contributions fail: Company's £ contribution stated but the ICB 'will support the project as required'. legal-entities pass (ICB and plc defined terms).",
        expect=["NHS Lowmarsh Integrated Care Board", "support the project as required", "Transition at the end"],
        blocks=[
            ("title", "Joint Working Agreement: Anticoagulation Safety Review"),
            ("p", "Between NHS Lowmarsh Integrated Care Board, Marsh House, Lowmarsh LM2 5BB (\"the ICB\") and Harrowgate Biopharma plc, registered no. 00998877, 1 Canada Place, London E14 5AB (\"the Company\")."),
            ("h", "Aims"),
            ("p", "Review the anticoagulant dosing of 2,000 people with atrial fibrillation in 20 practices; correct dosing in 95% by month 10 (baseline 81%); bleed-related admissions in the cohort recorded against the 2025 baseline."),
            ("h", "Benefits"),
            ("p", "Patients: safer dosing, fewer bleeds and strokes, and a face-to-face medicines conversation with a pharmacist. ICB: fewer medicines-related admissions. Company: understanding of anticoagulation services."),
            ("h", "Contributions"),
            ("p", "The Company will fund two clinical pharmacists for 10 months (£84,000). The ICB will support the project as required."),
            ("h", "Transition at the end"),
            ("p", "Twelve weeks before the end, practice pharmacists will take over any outstanding reviews using the same protocol. Either party may terminate on 60 days' notice, after which the funded pharmacists complete reviews in progress."),
            ("h", "Confidentiality"),
            ("p", "All patient and project information is confidential, subject to the ICB's FOI obligations."),
            ("h", "Data protection"),
            ("p", "Practices are data controllers; the ICB is processor for search results; a DPIA has been completed under UK GDPR. The Company has no access to identifiable data."),
            ("h", "Transparency"),
            ("p", "The Company will publish a summary of this agreement before implementation and outcomes within six months of completion; funding declared on Disclosure UK."),
        ]))
    return D
