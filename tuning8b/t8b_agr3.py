"""tuning8b: collaborative working agreements 05-06."""
import t8b_noise as N
from t8b_agr import clauses, sign_block

BCC = "Brackwater City Council"
EME = "Eastmere Hospitals NHS Foundation Trust"
ORR = "Orrin Respiratory Ltd"


def agr05():
    f = "t8b_agr_05_tobacco_dependence_inpatients.pdf"
    blocks = [("toc",), ("pb",),
              ("h1", "1 Parties"),
              ("t", ["Party", "Details"], [
                  [BCC, "Local authority, Civic Centre, Market Square, Brackwater BW1 1AA (public health "
                        "directorate)"],
                  [EME, "NHS foundation trust, Eastmere General Hospital, Ferry Lane, Eastmere EM2 5HH"],
                  [ORR, "Company no. 08830452, registered office 2 Lakeside Drive, Warrington WA1 1RW"]],
               [0.3, 0.7]),
              ("p", "Agreement date: 6 February 2025. Project period: 1 April 2025 to 31 March 2026.")]
    blocks += N.background("smoking", "2 Background")
    blocks += clauses([
        ("Aims and outcomes", [
            "Every adult smoker admitted to Eastmere General Hospital will be offered opt-out tobacco "
            "dependence treatment and a referral to the council stop smoking service on discharge.",
            "Targets: 90% of admitted smokers identified and offered treatment (baseline 38%); 30% of "
            "those treated quit at 28 days post-discharge (CO-verified); 600 referrals to the community "
            "service (baseline 45 per year). Measured from the Trust's electronic record and the "
            "council's service data at months 6 and 12."]),
        ("Patient benefit", ["Patients get treatment for nicotine withdrawal while in hospital and "
                             "continued support at home, improving their chances of quitting and "
                             "reducing readmissions."]),
        ("Contributions", [
            "The Company will fund two tobacco dependence advisers for 12 months (GBP 68,000) and provide "
            "training design support from its medical education team.",
            "The Trust will provide ward access, a clinical lead (0.1 WTE), IT configuration of the "
            "smoking status screen and pharmacy supply of nicotine replacement therapy (GBP 44,000).",
            "The Council will provide the community stop smoking service capacity for referred patients "
            "and its public health analyst (0.1 WTE) for evaluation (GBP 21,000)."]),
        ("Information", [
            "The parties shall comply with the Data Protection Act 1998."]),
        ("Confidentiality", [
            "The parties will keep patient information, and each other's unpublished business and "
            "financial information, confidential and will use it only for this project.",
            "The NHS parties and the Council may disclose information where required under freedom of "
            "information legislation after consulting the Company."]),
        ("Governance and personnel", [
            "A project board of the Trust's respiratory lead (chair), the Council's Consultant in Public "
            "Health, the Company's Medical Manager and a patient representative will meet monthly.",
            "Company sales staff have no role in the project board or in delivery."]),
        ("Notices and contacts", [
            "Notices to the Company, including invoices and correspondence about payment schedules, "
            "should be sent to Jason Hurrell, Regional Sales Manager, " + ORR + ", at the address above."]),
        ("Product neutrality", ["NRT and other treatments are chosen from the Trust formulary by NHS "
                                "clinicians. The project promotes no medicine."]),
        ("Publication", ["The Company will publish a summary of this agreement on its website before 1 April "
                         "2025; all three parties will publish the outcomes within six months of completion."]),
        ("Termination and exit", [
            "Any party may withdraw on three months' written notice. The Trust will continue opt-out "
            "treatment using its own tobacco dependence budget from the NHS long-term plan allocation "
            "after the project, and the advisers' posts will transfer to that budget; if the allocation is "
            "withdrawn, patients in treatment will be referred to the council service."]),
        ("Disputes", ["Escalation to the directors named in Schedule 2, then mediation."]),
    ], start=3)
    blocks += N.organogram([
        ["1", "Health and Wellbeing Board", "Council and NHS leaders", "-"],
        ["2", "Project board", "Trust respiratory lead (chair); Consultant in Public Health; Company "
                               "Medical Manager; patient representative", "Level 1"],
        ["3", "Ward delivery", "Tobacco dependence advisers; ward pharmacists", "Level 2"]],
        "Schedule 1 - Governance")
    blocks += N.risk_register([
        ["Ward staff engagement", "3", "3", "Ward champions", "Clinical lead", "Open"],
        ["NRT supply", "2", "3", "Pharmacy stock levels reviewed monthly", "Pharmacy", "Open"],
        ["Data linkage Trust-council", "3", "3", "Information sharing agreement", "Analyst", "Open"]],
        "Schedule 2 - Risk register")
    blocks += N.gantt([["Adviser recruitment", 0, 0, "Trust"], ["Opt-out live", 1, 3, "Trust"],
                       ["Community follow-up", 1, 3, "Council"], ["Evaluation", 3, 3, "Council analyst"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26"], "Schedule 3 - Milestones")
    blocks += N.eia({"Disability": ("Positive", "Includes mental health wards."),
                     "Pregnancy and maternity": ("Positive", "Maternity pathway included.")},
                    "Schedule 4 - Equality impact")
    blocks += N.glossary(["Data controller", "Confidential information", "Transfer of value"],
                         "Schedule 5 - Glossary")
    blocks += N.references("smoking", ["code", "dpa", "conf"], "Schedule 6 - References")
    blocks += sign_block([[BCC, "Andrea Kilbride", "Director of Public Health"],
                          [EME, "Mark Tennant", "Chief Executive"],
                          [ORR, "Dr Priya Raman", "Medical Director"]])
    return N.spec(f, "agreement", "pdf", "Collaborative working agreement - tobacco dependence",
                  BCC + " / " + EME + " / " + ORR, "CWA-ORR-25-01 | OFFICIAL",
                  "Tobacco dependence treatment - collaborative working agreement", [
                      "Collaborative Working Agreement", "Opt-out tobacco dependence treatment for inpatients",
                      BCC + ", " + EME + " and " + ORR], blocks,
                  ["Data Protection Act 1998", "Jason Hurrell, Regional Sales Manager",
                   "Company sales staff have no role", "GBP 68,000", "three months' written notice"],
                  defects={"data-protection": "warn", "sales-roles": "warn"},
                  notes="data-protection warn: only a bare reference to the outdated Data Protection Act "
                        "1998. sales-roles warn: a Regional Sales Manager is named only as the notices/"
                        "invoices contact; the board and delivery exclude sales staff.")


TAM = "Tamsford Hospitals NHS Foundation Trust"
LIN = "Lindqvist Medical UK Ltd"


def agr06():
    f = "t8b_agr_06_acute_oncology_ambulatory.docx"
    blocks = [("p", "COLLABORATIVE WORKING AGREEMENT relating to the Acute Oncology Same-Day Assessment "
                    "Project"),
              ("kv", [["Parties", TAM + " (NHS foundation trust), St Aidan's Hospital, Tamsford TF3 8QR; and "
                                  + LIN + " (company no. 10234511), 1 Harbourside, Bristol BS1 5UH"],
                      ["Commencement", "1 September 2025"], ["Expiry", "31 August 2026"],
                      ["Trust reference", "TAM-CW-2025-14"]]),
              ("toc",)]
    blocks += N.background("onc", "Recitals")
    blocks += clauses([
        ("Scope", ["The parties will set up a nurse-led same-day assessment unit, open 08:00-20:00 on "
                   "weekdays, for patients receiving systemic anticancer therapy who contact the acute "
                   "oncology helpline with side effects."]),
        ("Outcomes", ["Patients: quicker assessment, fewer emergency department visits and fewer "
                      "unplanned admissions; care delivered by oncology-trained staff.",
                      "Trust: 25% fewer ED attendances by SACT patients against the 2024/25 baseline of "
                      "1,120; median helpline-to-assessment time under 4 hours; patient experience "
                      "survey target 90% positive. Measured monthly from Trust systems.",
                      "Company: understanding of how acute oncology services can be organised."]),
        ("Contributions", ["The Company will fund a Band 7 acute oncology nurse practitioner for 12 months "
                           "(GBP 63,400) and commission an independent evaluation (GBP 15,000).",
                           "The Trust will provide the assessment area, consultant oncologist cover, "
                           "pharmacy, phlebotomy and a Band 5 nurse (value GBP 88,000)."]),
        ("Governance", ["A joint project board chaired by the Trust's Clinical Director for Cancer will "
                        "meet monthly. The Company is represented by its Head of Market Access and an "
                        "oncology Medical Science Liaison; no person in a sales role will participate."]),
        ("Patient data", ["The Trust is data controller. The Company has no access to any identifiable "
                          "patient data and receives anonymised aggregate reports only. The project is "
                          "covered by a DPIA approved by the Trust's Caldicott Guardian."]),
        ("Confidentiality", ["Each party will keep confidential the other's confidential information and all "
                             "patient information, and will only disclose it where required by law, "
                             "including the Freedom of Information Act 2000."]),
        ("Transparency", ["The Company will publish a summary of this agreement on the collaborative working "
                          "page of its website before commencement. The parties will publish a summary of "
                          "outcomes within six months of expiry. Payments will appear on Disclosure UK."]),
        ("Independence", ["The project is not linked to the use of any Company medicine. Treatment choices "
                          "remain with Trust clinicians in line with national guidance."]),
        ("Ending the agreement", ["Either party may end this agreement by giving 90 days' notice in writing.",
                                  "When the agreement ends for any reason, the unit will continue to run "
                                  "within the Trust's acute oncology service if the Trust's investment "
                                  "committee approves the business case due in month 9; otherwise patients "
                                  "will be assessed through the existing helpline pathway, and the nurse "
                                  "practitioner post, which is a fixed-term Trust post, will end or be "
                                  "absorbed into vacancies."]),
        ("Contingency", ["If guidance or circumstances change, the project board will agree changes by "
                         "written amendment."]),
        ("Disputes", ["Disputes go first to the project board, then to the Trust Chief Medical Officer and "
                      "the Company's General Manager, then to mediation."]),
    ])
    blocks += sign_block([[TAM, "Dr Ian Porter", "Chief Medical Officer"],
                          [LIN, "Dr Sofia Berg", "Medical Director UK and Ireland"]])
    blocks += [("pb",), ("h1", "Appendix 1 - Minutes extract (pre-contract meeting)")]
    blocks += N.minutes("Acute oncology project planning", "16 July 2025",
                        ["Dr C. Wells (Clinical Director, Cancer)", "N. Boateng (Head of Market Access, Lindqvist)",
                         "Dr A. Lim (MSL, Lindqvist)", "Lead chemotherapy nurse"], [],
                        [["Space", "Former day-case bay to be converted.", "Estates"],
                         ["Evaluation", "Independent evaluator shortlist agreed.", "NB"],
                         ["Exit", "Clause 9 wording agreed.", "-"]])
    blocks += N.risk_register([
        ["Unit overwhelmed by demand", "3", "3", "Triage protocol (UKONS tool)", "Lead nurse", "Open"],
        ["Nurse practitioner recruitment", "2", "4", "Internal development post", "Clinical Director", "Open"]],
        "Appendix 2 - Risk register")
    blocks += N.gantt([["Estates works", 0, 0, "Trust"], ["Unit open", 1, 3, "Trust"],
                       ["Evaluation", 2, 3, "Evaluator"], ["Business case", 2, 2, "Trust"]],
                      ["Q3 25", "Q4 25", "Q1 26", "Q2 26"], "Appendix 3 - Milestones")
    blocks += N.eia({"Age": ("Positive", "Older patients avoid ED waits."),
                     "Disability": ("Positive", "Accessible bay, hearing loop.")}, "Appendix 4 - Equality impact")
    blocks += N.glossary(["Exit strategy", "Confidential information", "MSL", "Disclosure UK"], "Appendix 5 - Glossary")
    blocks += N.references("onc", ["code", "conf", "nhsc"], "Appendix 6 - References")
    return N.spec(f, "agreement", "docx", "Collaborative working agreement - acute oncology", TAM,
                  "TAM-CW-2025-14", "Acute Oncology Same-Day Assessment - " + LIN, [
                      "Collaborative Working Agreement", "Acute Oncology Same-Day Assessment Project",
                      TAM + " and " + LIN], blocks,
                  ["90 days' notice in writing", "no person in a sales role will participate",
                   "has no access to any identifiable", "GBP 63,400", "baseline of 1,120"])
