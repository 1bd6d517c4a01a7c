"""tuning8a: agreements 1-3 (all names invented)."""

AGR01 = {
    "file": "t8a_agr_01_glanrhyd_pharmacy_bp_cwa.docx", "fmt": "docx", "type": "agreement",
    "header": "Glanrhyd UHB - Merrow Biopharma UK Limited - Collaborative Working Agreement - EXECUTION VERSION",
    "footer": "Glanrhyd UHB contract ref. GUHB/CW/2025/07", "accent": "1E4D2B",
    "over": {},
    "notes": "All rules pass. DP clause 9: UK GDPR and DPA 2018, Health Board controller, pharmacies act "
             "under a Data Disclosure Agreement (Schedule 4), Merrow has no access to personal data. "
             "Confidentiality clause 10 with FOIA 2000 carve-out. Transparency clause 12: website "
             "publication before start, outcomes within six months, Disclosure UK.",
    "blocks": [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Community pharmacy blood pressure case-finding in the Glanrhyd area"),
        ("p", "THIS AGREEMENT is dated 30 May 2025 and is made BETWEEN:"),
        ("num", ["(1)  GLANRHYD UNIVERSITY HEALTH BOARD, a Local Health Board established under the National "
                 "Health Service (Wales) Act 2006, of Ty Morgannwg, Ffordd y Castell, Pontglan CF99 4ZZ (the "
                 "\"Health Board\"); and",
                 "(2)  MERROW BIOPHARMA UK LIMITED, a company registered in England and Wales (no. 07733219) "
                 "whose registered office is at 8 Kingsmead Place, Slough SL1 9ZZ (\"Merrow\")."]),
        ("h1", "1. Definitions and purpose"),
        ("p", "1.1 \"Project\" means the community pharmacy hypertension case-finding project described in "
              "Schedule 1. 1.2 The Project is collaborative working within Clause 20 of the ABPI Code of "
              "Practice. Its purpose is to find people with undiagnosed or uncontrolled high blood pressure and "
              "connect them with their GP practice for assessment and treatment in line with NICE NG136."),
        ("h1", "2. Term"),
        ("p", "2.1 The Agreement starts on the date above; patient-facing activity starts on 1 September 2025 "
              "and ends on 31 August 2026, unless terminated earlier under clause 13."),
        ("h1", "3. Benefits"),
        ("p", "3.1 Patients: earlier detection of hypertension and a faster route to treatment, reducing the "
              "risk of stroke and heart attack. 3.2 Health Board: a tested model for the Community Pharmacy "
              "Wales clinical services offer. 3.3 Merrow: understanding of community pharmacy pathways. No "
              "benefit to any individual is intended."),
        ("h1", "4. Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Health Board", "Pharmacy contract manager (0.2 WTE); clinical lead GP sessions; training of "
                    "20 pharmacies; validated BP monitors from existing stock; data analysis", "£36,900 in kind"],
                   ["Merrow", "Payment for pharmacy consultation fees (up to 2,400 checks at £15); project "
                    "manager 25 days; evaluation report", "£36,000 cash + £9,500 in kind"]], True),
        ("p", "4.2 Merrow will pay the Health Board quarterly in arrears against invoices. Funding is not "
              "conditional on the prescription, supply or recommendation of any Merrow medicine."),
        ("h1", "5. Roles and responsibilities"),
        ("p", "5.1 The Health Board leads clinical delivery, pharmacy engagement and data collection. 5.2 Merrow "
              "provides project management and evaluation support. 5.3 Clinical decisions remain with NHS "
              "clinicians at all times."),
        ("h1", "6. Governance"),
        ("p", "6.1 A Joint Project Board (terms of reference in Schedule 2) comprising the Health Board's Head "
              "of Primary Care Pharmacy (chair), a GP clinical lead, a Community Pharmacy Wales representative "
              "and Merrow's Partnership Director will meet every two months. 6.2 Merrow confirms that no member "
              "of its sales force will participate in the Project."),
        ("h1", "7. Measuring success"),
        ("p", "7.1 Key measures: number of BP checks (target 2,400); % of people with a reading of 140/90 or "
              "above referred to their practice (target 95%); % of those referred with a GP review recorded "
              "within 8 weeks (baseline none; target 70%). Data are collected monthly by the Health Board and "
              "reported quarterly to the Joint Project Board."),
        ("h1", "8. Anti-bribery"),
        ("p", "8.1 Each party shall comply with the Bribery Act 2010."),
        ("h1", "9. Data protection"),
        ("p", "9.1 Each party shall comply with the UK GDPR and the Data Protection Act 2018. 9.2 The Health "
              "Board is the controller of personal data processed in the Project. Participating pharmacies "
              "collect and share data with the Health Board under the Data Disclosure Agreement in Schedule 4, "
              "agreed under the Wales Accord on the Sharing of Personal Information. 9.3 Merrow shall have no "
              "access to personal data and shall receive only anonymised, aggregated reports."),
        ("h1", "10. Confidentiality"),
        ("p", "10.1 Each party shall keep confidential all information of the other marked or reasonably "
              "understood to be confidential and use it only for the Project. 10.2 Clause 10.1 does not apply "
              "to information that the Health Board must disclose under the Freedom of Information Act 2000 or "
              "the Environmental Information Regulations 2004; the Health Board will, where practicable, "
              "consult Merrow first."),
        ("h1", "11. Intellectual property"),
        ("p", "11.1 Project materials belong to the Health Board; Merrow may use the anonymised learnings."),
        ("h1", "12. Transparency"),
        ("p", "12.1 Merrow shall publish a certified summary of this Agreement on its website before 1 "
              "September 2025. 12.2 Both parties shall publish a summary of outcomes within six months of the "
              "end of the Project. 12.3 The Health Board acknowledges that Merrow will disclose payments "
              "under this Agreement on Disclosure UK."),
        ("h1", "13. Termination and exit"),
        ("p", "13.1 Either party may terminate on three months' written notice, or immediately if the other "
              "commits a material breach or if the PMCPA rules that the Project breaches the ABPI Code. 13.2 On "
              "expiry or termination, people already referred continue with their GP practice as usual; "
              "pharmacies stop offering project-funded checks; and the Joint Project Board will agree a "
              "handover report within 30 days. 13.3 By month 10 the Health Board will decide whether to "
              "continue the service under the national community pharmacy contract."),
        ("h1", "14. Disputes"),
        ("p", "14.1 Disputes go first to the Joint Project Board, then to the Health Board's Director of "
              "Primary Care and Merrow's General Manager, and then to mediation."),
        ("sig", [("Glanrhyd University Health Board", "Sian Howells", "Director of Finance"),
                 ("Merrow Biopharma UK Limited", "Thomas Reyes", "General Manager UK & Ireland")]),
    ],
}

AGR02 = {
    "file": "t8a_agr_02_riverside_pcn_heads_of_terms.pdf", "fmt": "pdf", "type": "agreement",
    "columns": 1, "ruled": True, "pdf_font": "Times-Roman", "accent": "5B3A1A",
    "header": "Heads of Terms - subject to contract",
    "footer": "Riverside PCN / Halden Pharmaceuticals UK Limited - HoT v3",
    "over": {"legal-entities": "fail", "data-protection": "warn", "exit-strategy": "fail"},
    "notes": "Heads of Terms that set out the parties, contributions and terms of the collaboration: "
             "labelled as an agreement by what it is. legal-entities FAIL: the NHS-side party is "
             "'Riverside Primary Care Network' with no lead practice or incorporated vehicle named. "
             "data-protection WARN: refers only to the outdated 'Data Protection Act 1998'. exit-strategy "
             "FAIL: 'Exit and termination: to be agreed in the definitive agreement'.",
    "blocks": [
        ("title", "Heads of Terms"),
        ("sub", "Proposed collaborative working arrangement: frailty medication reviews in care homes"),
        ("kv", [("Parties", "(1) Riverside Primary Care Network (\"the PCN\"); (2) Halden Pharmaceuticals UK "
                            "Limited, company no. 10288417, 1 Fairmile Park, Crawley RH10 9ZZ (\"Halden\")"),
                ("Status", "These heads of terms record the principal terms agreed in principle on 8 May 2025. "
                           "They are intended to form the basis of a collaborative working agreement."),
                ("Project", "Structured medication reviews for residents of 14 care homes aligned to the PCN"),
                ("Term", "12 months from October 2025")]),
        ("h1", "1. Objectives"),
        ("p", "Reduce problematic polypharmacy and falls among care home residents through pharmacist-led "
              "structured medication reviews (SMRs), carried out with care home staff and families."),
        ("h1", "2. Benefits"),
        ("p", "Residents: fewer inappropriate medicines, fewer falls and hospital admissions, care plans agreed "
              "with families. PCN: delivery of the care home SMR requirement. Halden: learning about care home "
              "medicines optimisation."),
        ("h1", "3. Contributions"),
        ("table", [["PCN", "Halden"],
                   ["0.5 WTE clinical pharmacist; GP clinical director supervision (1 session/week); care home "
                    "liaison; EMIS searches - est. £31,000", "£33,000 towards 0.5 WTE pharmacist technician "
                    "backfill; 12 days of project management; evaluation template - est. £38,000"]], True),
        ("h1", "4. Outcome measures"),
        ("bul", ["Residents with an SMR in 12 months: baseline 38%, target 90%.",
                 "Falls per 1,000 occupied bed days (care home records): baseline 7.2, target 5.5.",
                 "Unplanned admissions from the 14 homes: reported quarterly against 2024 figures."]),
        ("h1", "5. Governance"),
        ("p", "A joint working group chaired by the PCN clinical director, with the lead clinical pharmacist, "
              "a care home manager and Halden's Healthcare Partnerships Manager, meets monthly. Halden's sales "
              "and marketing teams have no involvement."),
        ("h1", "6. Information"),
        ("p", "Patient data will be handled in accordance with the Data Protection Act 1998."),
        ("p", "Confidential information: the confidentiality agreement between the parties dated 2 April 2025 "
              "applies to all information exchanged in negotiating and delivering the project. Disclosures "
              "required of NHS bodies under the Freedom of Information Act 2000 are permitted."),
        ("h1", "7. Publication"),
        ("p", "Halden will publish a summary of the agreement on its website before the project starts; the "
              "parties will publish an outcomes summary within six months of completion."),
        ("h1", "8. Exit and termination"),
        ("p", "To be agreed in the definitive agreement."),
        ("h1", "9. Signatures"),
        ("table", [["For", "Name", "Position"],
                   ["Riverside Primary Care Network", "Dr Aled Morgan", "Clinical Director"],
                   ["Halden Pharmaceuticals UK Limited", "Naomi Fairweather", "Director, Medical & Partnerships"]],
         True),
    ],
}

AGR03 = {
    "file": "t8a_agr_03_ardmhor_collaboration_charter.docx", "fmt": "docx", "type": "agreement",
    "header": "NHS Ardmhor / University of Carronbridge / Pellham Therapeutics UK Limited",
    "footer": "Collaboration Charter - signed copy held by NHS Ardmhor Research and Innovation Office",
    "accent": "005A70",
    "over": {"data-protection": "fail", "transparency": "fail"},
    "notes": "'Collaboration Charter' signed by three organisations with numbered binding commitments: "
             "an agreement. data-protection FAIL: although a DPIA exists, the company is named as a joint "
             "controller of the pseudonymised dataset and receives it - company becomes data controller of "
             "patient-level data. transparency FAIL: publication only 'at Pellham's discretion'.",
    "blocks": [
        ("title", "Collaboration Charter"),
        ("sub", "Improving outcomes in chronic pain services - a three-way collaboration"),
        ("p", "This Charter is entered into on 22 April 2025 by NHS Ardmhor (\"the Board\"), a Health Board "
              "constituted under the National Health Service (Scotland) Act 1978; the University of "
              "Carronbridge, a charity registered in Scotland (SC000999) (\"the University\"); and Pellham "
              "Therapeutics UK Limited, company no. SC732018 (\"Pellham\")."),
        ("h1", "Article 1 - Shared aim"),
        ("p", "1.1 To redesign the Board's chronic pain pathway so that people referred with persistent pain "
              "are offered a multidisciplinary assessment within 8 weeks and supported self-management, and "
              "to reduce long-term opioid prescribing where clinically appropriate in line with SIGN 136."),
        ("h1", "Article 2 - What each partner brings"),
        ("table", [["Partner", "Commitment", "Estimated value"],
                   ["NHS Ardmhor", "Pain consultant and physiotherapy time (0.6 WTE combined), psychology "
                    "sessions, clinic space, data extraction by eHealth", "£74,000"],
                   ["University of Carronbridge", "Health economist and research assistant (0.3 WTE) for the "
                    "evaluation", "£27,500"],
                   ["Pellham", "£80,000 towards a Band 7 pathway coordinator employed by the Board; "
                    "service design workshops", "£80,000 + £11,000 in kind"]], True),
        ("h1", "Article 3 - Benefits"),
        ("p", "3.1 Patients: quicker assessment, less reliance on long-term opioids, better function and "
              "quality of life. 3.2 Board: shorter waits and a sustainable pathway. 3.3 University: published "
              "evaluation. 3.4 Pellham: learning about pain service models."),
        ("h1", "Article 4 - Duration"),
        ("p", "4.1 From 1 July 2025 to 30 June 2027."),
        ("h1", "Article 5 - Measures of success"),
        ("bul", ["Wait from referral to assessment: baseline 23 weeks, target 8 weeks (monthly, TrakCare).",
                 "Patients on 120 mg/day oral morphine equivalent or more: baseline 312, target 200 "
                 "(quarterly, PRISMS prescribing data).",
                 "Brief Pain Inventory interference score: improvement of at least 1 point at 6 months."]),
        ("h1", "Article 6 - Governance"),
        ("p", "6.1 A Charter Steering Group, chaired by the Board's Associate Medical Director for Surgery, "
              "includes the lead pain consultant, the University's principal investigator and Pellham's Head "
              "of Medical Affairs. Pellham commercial staff are not members."),
        ("h1", "Article 7 - Data"),
        ("p", "7.1 A DPIA was approved by the Board's Information Governance Committee on 10 April 2025. 7.2 The "
              "Board's eHealth team will create a pseudonymised patient-level dataset (CHI number replaced by a "
              "study identifier; dates of birth, postcode district and prescribing history retained). 7.3 The "
              "Board and Pellham will act as joint controllers of the pseudonymised dataset, which will be "
              "transferred to Pellham's analytics environment so that Pellham's analysts can support the "
              "evaluation. 7.4 Each partner will comply with the UK GDPR and the Data Protection Act 2018."),
        ("h1", "Article 8 - Confidentiality"),
        ("p", "8.1 Each partner will treat as confidential any information disclosed to it by another partner "
              "and marked as such, except where disclosure is required by law, including under the Freedom of "
              "Information (Scotland) Act 2002."),
        ("h1", "Article 9 - Publication"),
        ("p", "9.1 The University may publish academic papers after giving the other partners 30 days to "
              "comment. 9.2 Any public summary of the collaboration or its results may be published at "
              "Pellham's discretion."),
        ("h1", "Article 10 - Withdrawal and close"),
        ("p", "10.1 Any partner may withdraw on 90 days' written notice. 10.2 On withdrawal or at the end of the "
              "Charter, the Board will decide whether to retain the coordinator post from its own funds; if "
              "not, the post ends and patients remain under the Board's pain service with their existing "
              "care plan. 10.3 The Charter ends immediately if the PMCPA finds a breach of the ABPI Code."),
        ("sig", [("NHS Ardmhor", "Gillian Strachan", "Chief Executive"),
                 ("University of Carronbridge", "Professor Neil Abernethy", "Vice-Principal (Research)"),
                 ("Pellham Therapeutics UK Limited", "Dr Farah Siddiqui", "Head of Medical Affairs UK")]),
    ],
}

DOCS = [AGR01, AGR02, AGR03]
