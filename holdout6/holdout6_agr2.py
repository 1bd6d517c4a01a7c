"""holdout6: agreements part 2 (A3-A8): legal-entity and other defects."""
from holdout6_common import doc, oc


def agreements2():
    D = []
    # ---------------------------------------------------------------- A3 LE fail (individual), SR warn (KAM contact), CO fail (glossary only)
    D.append(doc("h6-13-brindley-eia-clinic.docx", "agreement", "docx", [
        ("h1", "Agreement for Joint Working"),
        ("p", "This agreement is made on 10 March 2025 between Dr Helen Okafor, Consultant Rheumatologist, Brindley Royal Infirmary (\"the Clinician\") and Castellan Immunology UK Ltd, 22 Tannery Row, Brindley BR5 7HQ (\"Castellan\")."),
        ("h2", "1. Interpretation"),
        ("p", "In this agreement: \"Project\" means the early inflammatory arthritis fast-track clinic; \"Confidential Information\" means any non-public information about patients, the Project or either party's business; \"Term\" means 1 April 2025 to 31 March 2026."),
        ("h2", "2. The Project"),
        ("p", "The Clinician will run a weekly fast-track clinic at Brindley Royal Infirmary for suspected early inflammatory arthritis so that patients are seen within 3 weeks of referral (currently 11 weeks), reducing joint damage and time off work. Treatment decisions follow NICE guidance and remain solely with the clinical team."),
        ("h2", "3. Funding and inputs"),
        ("p", "Castellan will fund a Band 6 rheumatology nurse (0.5 WTE) and ultrasound sessions, £41,000 in total, paid to Brindley Royal Infirmary's charitable project account. The clinical team will provide consultant time (1 PA/week), clinic rooms, ultrasound machine time and audit support (approx. £30,000 in kind)."),
        ("h2", "4. Success measures"),
        ("p", "Median referral-to-assessment time (baseline 11 weeks, target 3 weeks); proportion of confirmed cases starting DMARD within 6 weeks of referral (baseline 34%, target 80%); DAS28 remission at 12 months (target 40%). Measured from the clinic database every quarter."),
        ("h2", "5. Patient data"),
        ("p", "Brindley Royal Infirmary's hospital trust is the data controller; patient records stay on hospital systems and Castellan receives only anonymised quarterly totals, in line with UK GDPR and the Data Protection Act 2018."),
        ("h2", "6. Publication and disclosure"),
        ("p", "Castellan will publish an executive summary before the clinic opens and a summary of outcomes within six months of completion; payments will be reported on Disclosure UK."),
        ("h2", "7. Ending the agreement"),
        ("p", "Either party may end this agreement with 60 days' notice. Patients already in the fast-track pathway will continue under standard rheumatology follow-up; the nurse sessions will cease and the clinic will revert to the general rheumatology template unless the hospital funds it."),
        ("h2", "8. Notices and contacts"),
        ("p", "Project contact for the Clinician: Dr H. Okafor. Castellan project lead: Dr Simone Whitlock, Medical Affairs Manager. Castellan day-to-day account contact: Mark Ellery, Key Account Manager, 07700 900417."),
        ("sig", [("(in a personal capacity)", "Dr Helen Okafor", "Consultant Rheumatologist"),
                 ("Castellan Immunology UK Ltd", "Dr Simone Whitlock", "Medical Affairs Manager")]),
    ], oc("agreement", LE="fail", SR="warn", CO="fail"),
        "legal-entities FAIL: a party is an individual clinician (Dr Helen Okafor), not the hospital trust. sales-roles WARN: Key Account Manager named only as a contact, no delivery role. confidentiality FAIL: 'Confidential Information' is only defined in clause 1; no clause imposes any confidentiality obligation.",
        footer="Castellan / Okafor – joint working"))

    # ---------------------------------------------------------------- A4 LE fail (PCN), CO fail (to be agreed), MO warn
    D.append(doc("h6-14-riverbend-spirometry.pdf", "agreement", "pdf", [
        ("h1", "COLLABORATIVE WORKING AGREEMENT"),
        ("p", "Between: Riverbend Primary Care Network (\"the PCN\") and Halden Pharma Ltd (company number 07123456) of Unit 4, Marsh Gate Business Park, Halden HD2 8NN (\"Halden\")."),
        ("p", "Project: COPD Diagnosis and Pulmonary Rehabilitation Referral. Date: 3 February 2025."),
        ("h2", "1. Background and purpose"),
        ("p", "1.1 Spirometry capacity in Riverbend has not recovered since 2020 and many people with suspected COPD wait over a year for a confirmed diagnosis. 1.2 The project restores quality-assured spirometry in two PCN hubs and refers eligible patients to pulmonary rehabilitation."),
        ("h2", "2. Benefits"),
        ("p", "2.1 Patients: an accurate diagnosis, the right treatment and access to rehabilitation, improving breathlessness and quality of life. 2.2 PCN: restored diagnostic capacity. 2.3 Halden: insight into primary care respiratory diagnostics."),
        ("h2", "3. Contributions"),
        ("p", "3.1 Halden: £36,000 for two spirometers, ARTP training for four staff and 12 months of a Band 5 physiologist session (two days/week). 3.2 The PCN: clinic space in two hubs, GP respiratory lead (half a session/week), admin and recall; approx. £22,000 in kind."),
        ("h2", "4. Measuring success"),
        ("p", "4.1 Success will be judged by improved patient experience, better diagnostic quality and stronger working relationships across the PCN. The PCN will report progress to Halden informally."),
        ("h2", "5. Data protection"),
        ("p", "5.1 Practices remain data controllers under UK GDPR and the DPA 2018. 5.2 Halden will receive anonymised aggregate figures only and will have no access to patient records."),
        ("h2", "6. Confidentiality"),
        ("p", "6.1 Wording to be agreed between the parties' legal advisers."),
        ("h2", "7. Transparency"),
        ("p", "7.1 Halden will publish a summary of this agreement before the start and both parties will publish outcomes within six months of the end; Halden will disclose payments on Disclosure UK."),
        ("h2", "8. Termination"),
        ("p", "8.1 Either party may terminate on 60 days' notice. 8.2 On termination the spirometers remain with the PCN hubs, patients booked for spirometry will still be tested, and the physiologist sessions end; the PCN will seek to continue the service through its enhanced access budget."),
        ("h2", "9. Personnel"),
        ("p", "9.1 Halden's lead is its Respiratory Medical Advisor. No Halden sales staff are involved."),
        ("sig", [("Riverbend Primary Care Network", "Dr Colm Hartigan", "Clinical Director"),
                 ("Halden Pharma Ltd", "Dr Yusuf Karimi", "Respiratory Medical Advisor")]),
    ], oc("agreement", LE="fail", CO="fail", MO="warn"),
        "legal-entities FAIL: 'Riverbend Primary Care Network' is a party with no contracting vehicle (no nominated practice or incorporated federation). confidentiality FAIL: clause is a placeholder ('to be agreed'). measurable-outcomes WARN: success described only qualitatively.",
        header="Riverbend PCN / Halden Pharma", footer="CWA v1"))

    # ---------------------------------------------------------------- A5 LE fail (team), DP fail (missing schedule), TR fail
    D.append(doc("h6-15-orchard-park-education.docx", "agreement", "docx", [
        ("h1", "Joint Working Agreement: Type 2 Diabetes Structured Education Expansion"),
        ("p", "Parties: the Diabetes Specialist Nursing Team, Orchard Park Hospital; and Verity Metabolic UK Ltd (registered in England, no. 09334455)."),
        ("p", "Effective date: 1 May 2025. Term: 18 months."),
        ("h2", "Clause 1 – Objectives"),
        ("p", "1.1 To double the number of people with newly diagnosed type 2 diabetes who attend structured education within 12 months of diagnosis, from 22% to 45% (local education database), by 31 October 2026. 1.2 To reduce mean HbA1c at 12 months among attendees by 8 mmol/mol compared with baseline. 1.3 Patients gain confidence in self-management, better glucose control and lower risk of complications."),
        ("h2", "Clause 2 – Contributions"),
        ("p", "2.1 See Schedule 1. Verity funds two part-time diabetes educators (£52,000) and translated education materials (£4,000); the Team provides specialist nurse supervision, venues, booking and evaluation (approx. £35,000)."),
        ("h2", "Clause 3 – Governance"),
        ("p", "3.1 Monthly project meetings chaired by the Lead Diabetes Specialist Nurse; Verity represented by its Medical Science Liaison. Verity sales colleagues will not attend or be sent minutes."),
        ("h2", "Clause 4 – Data protection"),
        ("p", "4.1 Data protection obligations are set out in Schedule 4."),
        ("h2", "Clause 5 – Confidentiality"),
        ("p", "5.1 Both parties shall keep confidential all patient information and each other's business information obtained under this agreement, subject to FOI obligations."),
        ("h2", "Clause 6 – Termination"),
        ("p", "6.1 Either party may terminate on 3 months' written notice. 6.2 Courses already booked will run. The educator posts are fixed-term hospital posts and will end at termination unless the hospital decides to mainstream them; patients will continue to be offered the existing education programme."),
        ("h1", "Schedule 1 – Financial contributions"),
        ("table", [["Item", "Verity", "Hospital team"],
                   ["Diabetes educators (2 x 0.5 WTE Band 5, 18 months)", "£52,000", "-"],
                   ["Translated materials (Urdu, Polish, Bengali)", "£4,000", "-"],
                   ["Specialist nurse supervision, venues, bookings, evaluation", "-", "£35,000 (in kind)"]]),
        ("h1", "Schedule 2 – Project plan"),
        ("table", [["Milestone", "Date"], ["Educators in post", "July 2025"], ["First courses", "September 2025"], ["Interim review", "September 2026"], ["Final report", "January 2027"]]),
        ("h1", "Schedule 3 – Contacts"),
        ("p", "Lead Diabetes Specialist Nurse: Bernadette Kowalczyk. Verity: Dr Aaron Liddell, Medical Science Liaison."),
        ("sig", [("Diabetes Specialist Nursing Team, Orchard Park Hospital", "Bernadette Kowalczyk", "Lead DSN"),
                 ("Verity Metabolic UK Ltd", "Dr Aaron Liddell", "Medical Science Liaison")]),
    ], oc("agreement", LE="fail", DP="fail", TR="fail"),
        "legal-entities FAIL: NHS party is a nursing team, not the Trust. data-protection FAIL: clause only refers to 'Schedule 4', which does not exist (schedules end at 3). transparency FAIL: no publication of summary/outcomes or Disclosure UK anywhere.",
        header="Orchard Park Hospital – Diabetes", footer="JWA – signed copy"))
    return D
