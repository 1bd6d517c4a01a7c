"""Documents mo05-mo08: activity counts, evaluation designed later, qualitative-only success."""
from tuning12a_common import doc


def docs():
    out = []
    # ------------------------------------------------------------------ mo05 outcomes summary, activity counts only
    out.append(doc(
        "t12a_13_ibd_anaemia_outcomes.pdf", "outcomes-summary", layout="ruled",
        header="Summary of Project Outcomes - IBD Iron Deficiency Community Clinics", footer="Published June 2025 | page {page}",
        blocks=[
            ("title", "IBD Iron Deficiency Community Clinics", "Summary of project outcomes - Kelsworth Community Health NHS Trust "
             "and Orrin Biopharma UK Ltd"),
            ("kv", [("Project period", "February 2024 to January 2025"),
                    ("Funding", "Orrin Biopharma UK Ltd: GBP 36,000 (IBD nurse sessions, venue hire). Kelsworth Community Health "
                     "NHS Trust: gastroenterology nurse consultant time, phlebotomy and pharmacy support (GBP 24,000 in kind)."),
                    ("Publication", "This summary is published on the websites of both partners, within six months of completion.")]),
            ("h1", "Aim"),
            ("p", "To identify and treat iron deficiency in people with inflammatory bowel disease in community clinics, instead "
                  "of waiting for the next hospital outpatient review."),
            ("h1", "What we did"),
            ("tbl", [["Activity", "Number"],
                     ["Community clinics held", "22"],
                     ["Patients invited", "410"],
                     ["Patients attended", "236"],
                     ["Information leaflets distributed", "1,500"],
                     ["Staff training sessions", "6"]]),
            ("h1", "What it meant for patients"),
            ("p", "People with IBD were able to have their iron levels checked and treated at a clinic near home. Several told us "
                  "they had been tired for months without realising why, and that being seen locally meant they did not have "
                  "to take a day off work to travel to Kelsworth General."),
            ("h1", "Outcomes"),
            ("p", "Clinicians and patients described the clinics positively. The team believes that iron deficiency is now picked "
                  "up earlier in the community IBD population."),
            ("h1", "Next steps"),
            ("p", "The Trust has included community IBD clinics in its 2025/26 service plan and will fund them from its core "
                  "gastroenterology budget."),
        ],
        overrides={"measurable-outcomes": "warn"},
        notes="measurable-outcomes warn: only activity/output counts (clinics held, invitations, leaflets) are reported, with "
              "no baseline, target or outcome measure (e.g. haemoglobin/ferritin change, admissions); the outcome "
              "statements are qualitative. A strict reader could argue counts are 'numbers' - judged weak here.",
        keys=["Information leaflets distributed", "1,500", "Clinicians and patients described the clinics positively"]))

    # ------------------------------------------------------------------ mo06 PID, evaluation designed later; transparency discretion
    out.append(doc(
        "t12a_14_epilepsy_transition_pid.docx", "pid",
        header="PID - Young People's Epilepsy Transition Service", footer="Castlebridge University Hospitals NHS Trust / Tarrant Life Sciences Ltd - v1.0",
        blocks=[
            ("title", "Young People's Epilepsy Transition Service", "Project Initiation Document"),
            ("h1", "1. Context"),
            ("p", "Each year around 60 young people with epilepsy move from the children's service at Castlebridge to adult "
                  "neurology. There is no joint transition clinic; a local audit found that one in three missed their first "
                  "adult appointment."),
            ("h1", "2. What the project will do"),
            ("bul", ["Run a monthly joint paediatric-adult transition clinic from age 16.",
                     "Provide a transition nurse who stays in contact with each young person for 12 months after transfer.",
                     "Co-design information with young people and parents."]),
            ("h1", "3. Expected benefits"),
            ("p", "Young people: a planned, supported move to adult care, fewer missed appointments and a named nurse to contact "
                  "when seizures or medication problems arise. Trust: a sustainable transition model and fewer unplanned "
                  "admissions. Tarrant: understanding of transition pathways in neurology."),
            ("h1", "4. Evaluation"),
            ("p", "An evaluation framework will be designed later by the University of Thornleigh once the clinic is running. "
                  "KPIs: TBC."),
            ("h1", "5. Resources"),
            ("tbl", [["Partner", "Contribution", "Value (GBP)"],
                     ["Tarrant Life Sciences Ltd", "Transition nurse, Band 7, 1.0 WTE for 18 months", "84,000"],
                     ["Castlebridge University Hospitals NHS Trust", "Paediatric and adult neurologist sessions, clinic space, "
                      "psychology input", "57,000 (in kind)"]]),
            ("h1", "6. Project team"),
            ("p", "Dr Miriam Osei (Consultant Paediatric Neurologist, lead), Dr Karl Brennan (Consultant Neurologist), Lucy Farrow "
                  "(Service Manager) and Dr Neha Batra (Medical Adviser, Tarrant)."),
            ("h1", "7. Patient information"),
            ("p", "All records stay within the Trust's electronic patient record. The Trust is data controller and no "
                  "patient-identifiable data will be given to Tarrant. Confidentiality of patients and of project and commercial "
                  "information will be maintained by both parties, subject to FOI obligations."),
            ("h1", "8. If the project stops"),
            ("p", "Either party may end the arrangement on 90 days' notice. Young people already in the transition clinic will be "
                  "transferred to the adult epilepsy nurse caseload with a handover letter; the nurse post is a Trust "
                  "fixed-term post and ends with the project unless the Trust funds it substantively."),
            ("h1", "9. Dates"),
            ("p", "Start: October 2025. End: March 2027."),
            ("h1", "10. Reporting"),
            ("p", "Results may be published at the company's discretion."),
        ],
        overrides={"measurable-outcomes": "fail", "transparency": "fail"},
        notes="measurable-outcomes fail: the evaluation 'will be designed later' and KPIs are 'TBC' - no measures at all. "
              "transparency fail: only 'Results may be published at the company's discretion'; no commitment to publish an "
              "executive summary or outcomes.",
        keys=["An evaluation framework will be designed later", "KPIs: TBC.", "Results may be published at the company's discretion."]))

    # ------------------------------------------------------------------ mo07 agreement, qualitative success; PCN as party
    out.append(doc(
        "t12a_15_eastfield_lipid_agreement.docx", "agreement",
        header="Joint Working Agreement", footer="Eastfield lipid optimisation - signed copy - page footer v2",
        blocks=[
            ("title", "Joint Working Agreement", "Lipid Optimisation after Cardiovascular Events - Eastfield"),
            ("p", "This Agreement is between:"),
            ("num", ["Eastfield Primary Care Network (\"the PCN\"), c/o Eastfield Medical Centre, 2 Orchard Street, Eastfield EF3 1QA; and",
                     "Halvern Pharmaceuticals Ltd, 4 Wexley Court, Marlow Road, Reading RG2 7QP (\"Halvern\")."]),
            ("h1", "1. Background"),
            ("p", "1.1 Around 1,900 patients in the PCN have had a heart attack, stroke or other cardiovascular event. Practice "
                  "searches suggest that many are not on lipid-lowering therapy at the intensity recommended by NICE."),
            ("h1", "2. Project"),
            ("p", "2.1 A PCN clinical pharmacist will hold structured reviews with these patients, agree treatment in line with "
                  "the ICB lipid pathway, and arrange follow-up blood tests."),
            ("h1", "3. Benefits"),
            ("p", "3.1 Patients: a personal review of their cardiovascular risk, a clear explanation of treatment options and "
                  "follow-up blood tests so that they are less likely to have a further heart attack or stroke. 3.2 PCN: "
                  "structured secondary prevention reviews delivered within existing systems. 3.3 Halvern: insight into "
                  "secondary prevention in primary care."),
            ("h1", "4. How success will be judged"),
            ("p", "4.1 Success will be assessed qualitatively through staff and patient feedback and a set of case studies "
                  "prepared at the end of the project."),
            ("h1", "5. Contributions"),
            ("p", "5.1 Halvern will pay GBP 38,000 to fund 0.6 WTE clinical pharmacist time for 12 months. 5.2 The PCN will provide "
                  "GP supervision, rooms, phlebotomy and administrative time, valued at GBP 22,500."),
            ("h1", "6. Governance"),
            ("p", "6.1 Oversight by a group of the PCN Clinical Director, the lead pharmacist and Halvern's Primary Care "
                  "Partnerships Manager. Halvern's sales representatives will have no involvement."),
            ("h1", "7. Data protection and confidentiality"),
            ("p", "7.1 Each practice remains controller of its patients' data. Halvern will receive anonymised aggregate "
                  "information only. The parties will comply with UK GDPR and the Data Protection Act 2018. 7.2 Information "
                  "about the project and each party's business is confidential."),
            ("h1", "8. Term, termination and exit"),
            ("p", "8.1 Term: 12 months from 1 September 2025. 8.2 Either party may terminate on 60 days' notice. 8.3 Patients "
                  "part-way through review will be completed by practice clinicians; the pharmacist returns to core PCN duties."),
            ("h1", "9. Transparency"),
            ("p", "9.1 Halvern will publish a summary of this Agreement before it starts, and the parties will publish outcomes "
                  "within six months of the end. Payments will be disclosed on Disclosure UK."),
            ("sig", [("Eastfield Primary Care Network", "Dr Sunil Rao", "Clinical Director"),
                     ("Halvern Pharmaceuticals Ltd", "Beth Calloway", "Head of Medical Affairs")]),
        ],
        overrides={"measurable-outcomes": "warn", "legal-entities": "fail"},
        notes="measurable-outcomes warn: success is judged only qualitatively (feedback, case studies) - no KPI, baseline, "
              "target or date. legal-entities fail: the NHS party is 'Eastfield Primary Care Network' with no contracting "
              "vehicle (no lead practice or company named as the contracting body).",
        keys=["Eastfield Primary Care Network", "Success will be assessed qualitatively through staff and patient feedback"]))

    # ------------------------------------------------------------------ mo08 outcomes summary, qualitative outcomes only
    out.append(doc(
        "t12a_16_fh_cascade_outcomes.pdf", "outcomes-summary", layout="twocol",
        header="Project Outcomes Summary - Familial Hypercholesterolaemia Case-Finding", footer="page {page} | final",
        blocks=[
            ("title", "Familial Hypercholesterolaemia Case-Finding: Outcomes", "University of Thornleigh Lipid Unit, Fenmouth and District "
             "Hospitals NHS Foundation Trust and Mereside Health Sciences UK Ltd"),
            ("h1", "About the project"),
            ("p", "Between April 2024 and March 2025 the partners searched primary care records in Fenmouth for people with very "
                  "high cholesterol who might have familial hypercholesterolaemia (FH), invited them to a lipid clinic for "
                  "assessment and offered genetic testing and family cascade testing where appropriate."),
            ("h1", "Contributions"),
            ("p", "Mereside funded a genetic counsellor and search development (GBP 49,000). The Trust provided lipid clinic "
                  "sessions and laboratory testing; the University provided the search algorithm and analysis."),
            ("h1", "How patients benefited"),
            ("p", "People with suspected FH had a specialist assessment and, where FH was confirmed, their close relatives were "
                  "offered testing, meaning that some young family members learned of their risk before any heart problem "
                  "developed."),
            ("h1", "Results"),
            ("p", "The project was well received by practices and patients. Clinicians reported greater confidence in "
                  "recognising FH, and the steering group considered that the objectives had been largely met. Families "
                  "valued the genetic counselling offered."),
            ("h1", "Learning"),
            ("p", "The search algorithm worked best when combined with a pharmacist review of records before invitation."),
            ("h1", "Publication"),
            ("p", "This summary is published by all three partners. A fuller evaluation will be submitted to a peer-reviewed "
                  "journal."),
        ],
        overrides={"measurable-outcomes": "warn"},
        notes="measurable-outcomes warn: results are described only qualitatively ('well received', 'greater confidence', "
              "'largely met'); no numbers of people identified, tested or treated, and no baselines or targets.",
        keys=["the steering group considered that the objectives had been largely met", "GBP 49,000"]))
    return out
