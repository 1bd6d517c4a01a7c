"""tuning10a documents 19-24."""
from tuning10a_common import doc


def d19():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("subtitle", "Heart failure with preserved ejection fraction – community diagnostic hub"),
        ("p", "This Agreement is entered into on 20 January 2026 by Rowanbridge Integrated Care NHS Trust, "
              "Lister Way, Rowanbridge RB6 2LW (the 'Trust') and Verity Cardio UK Ltd, company no. 12345098, "
              "22 Canal Street, Nottingham NG1 7EH ('Verity')."),
        ("h1", "1. Objectives"),
        ("p", "1.1 Establish a one-stop community hub where patients with suspected heart failure have NT-proBNP "
              "testing, echocardiography and a specialist opinion on the same day, reducing the wait for "
              "diagnosis from 19 weeks to 6 weeks."),
        ("p", "1.2 Ensure that eligible patients diagnosed with HFpEF are initiated promptly on Velmora "
              "(dapaglinostat), the first and only once-daily therapy proven to cut HF hospitalisations in "
              "HFpEF, supporting appropriate uptake across Rowanbridge."),
        ("h1", "2. Benefits"),
        ("p", "2.1 Patients: faster diagnosis, a clear management plan and fewer emergency admissions. Trust: "
              "reduced echo waiting list. Verity: insight into community diagnostic models."),
        ("h1", "3. Term"),
        ("p", "3.1 1 March 2026 to 28 February 2027."),
        ("h1", "4. Contributions"),
        ("p", "4.1 Verity: £66,000 for a cardiac physiologist (0.6 WTE) and point-of-care analyser, paid to the "
              "Trust in two tranches. 4.2 Trust: consultant cardiologist sessions (2 per week), echo equipment, "
              "hub premises and administration, valued at £58,000."),
        ("h1", "5. Measurement"),
        ("table", [["KPI", "Baseline", "Target", "Frequency"],
                   ["Weeks from referral to diagnosis", "19", "6", "Monthly"],
                   ["Patients diagnosed at the hub", "0", "450 in 12 months", "Monthly"],
                   ["Eligible HFpEF patients initiated on Velmora", "12%", "60%", "Quarterly"]]),
        ("h1", "6. Governance"),
        ("p", "6.1 A joint project board with the Trust's Clinical Lead for Heart Failure (chair), the hub "
              "manager and Verity's Medical Science Liaison will meet monthly. Verity's field sales team will "
              "not be involved."),
        ("h1", "7. Data protection"),
        ("p", "7.1 The Trust is controller of all patient data; processing follows UK GDPR and the Data "
              "Protection Act 2018 and a DPIA has been completed. Verity receives aggregate data only."),
        ("h1", "8. Confidentiality"),
        ("p", "8.1 Confidentiality: standard terms."),
        ("h1", "9. Publication"),
        ("p", "9.1 Verity will publish a summary of this Agreement before the hub opens and the parties will "
              "publish outcomes within six months of the end. Payments will be disclosed on Disclosure UK."),
        ("h1", "10. Ending the project"),
        ("p", "10.1 Either party may terminate on 90 days' notice. Patients under the hub at the end are "
              "transferred to the Trust's heart failure service; the physiologist post is absorbed into "
              "cardiology if the Trust's business case is approved, otherwise ends at term."),
        ("sig", [("For Rowanbridge Integrated Care NHS Trust", "Helen Adebayo", "Chief Operating Officer"),
                 ("For Verity Cardio UK Ltd", "Matthias Kroll", "General Manager")]),
    ]
    opts = {"header": "Verity Cardio UK Ltd / Rowanbridge ICT", "footer": "CWA – HFpEF Hub – v2"}
    return doc(19, "agr_hfpef_hub", "agreement", "docx", b, opts,
               overrides={"promotional-language": "fail", "confidentiality": "warn"},
               notes="promotional-language fail: clause 1.2 and a KPI tie the project to initiating patients on the "
                     "company's brand with superlative claims ('first and only', 'proven'). confidentiality warn: "
                     "bare 'Confidentiality: standard terms'. Patient benefit still passes (faster diagnosis).")


def d20():
    b = [
        ("title", "AGREEMENT FOR COLLABORATIVE WORKING"),
        ("subtitle", "Gout: nurse-led urate treat-to-target clinics"),
        ("h1", "Parties"),
        ("p", "Riverside South Primary Care Network (the 'Network'), a group of seven general practices in "
              "south Harbury; and Solenne Pharmaceuticals Ltd, 3 Orchard Place, Oxford OX2 6HT, company "
              "number 06654321 ('Solenne')."),
        ("h1", "1. Purpose and benefits"),
        ("p", "1.1 People with gout will be offered nurse-led clinics that titrate urate-lowering therapy to "
              "target, so that they have fewer painful flares, fewer emergency visits and better "
              "understanding of their condition."),
        ("p", "1.2 The Network gains a repeatable clinic model; Solenne gains insight into chronic disease "
              "management in primary care."),
        ("h1", "2. Duration"),
        ("p", "2.1 From 1 April 2026 to 31 March 2027."),
        ("h1", "3. Resources"),
        ("p", "3.1 Solenne will fund 0.4 WTE practice nurse time and nurse training, totalling £27,500, "
              "payable to the Network's nominated practice on invoice."),
        ("p", "3.2 The Network's contribution will be agreed between the parties before the start date."),
        ("h1", "4. Outcomes"),
        ("table", [["Outcome", "Baseline", "Target"],
                   ["Patients with serum urate at target (<360 micromol/L)", "22%", "55% by March 2027"],
                   ["Flare-related GP appointments per 100 patients", "48", "30"],
                   ["Gout-related ED attendances", "39 (2025)", "25"]]),
        ("h1", "5. Governance"),
        ("p", "5.1 Network Clinical Director (chair), lead nurse, Solenne Medical Affairs Manager. No Solenne "
              "sales staff will be involved."),
        ("h1", "6. Data and confidentiality"),
        ("p", "6.1 Each practice remains controller of its records; searches are run by practice staff under a "
              "DPIA approved by the practices' DPO. Solenne receives only anonymised, aggregated figures. "
              "6.2 Each party keeps confidential the other's non-public information, subject to the Freedom "
              "of Information Act 2000."),
        ("h1", "7. Transparency"),
        ("p", "7.1 Solenne publishes a summary of this agreement before the start; outcomes are published by "
              "both parties within six months of completion; payments disclosed on Disclosure UK."),
        ("h1", "8. Exit"),
        ("p", "8.1 Either party may end the agreement on 60 days' notice. At the end patients continue on their "
              "titrated dose under their own practice; training materials remain with the Network."),
        ("sig", [("For Riverside South Primary Care Network", "Dr Colin Abara", "Clinical Director"),
                 ("For Solenne Pharmaceuticals Ltd", "Ruth Fenlon", "Head of Medical Affairs")]),
    ]
    opts = {"header": "Riverside South PCN / Solenne – CWA", "footer": "Draft for signature",
            "ruled": False, "font": "Times-Roman"}
    return doc(20, "agr_gout_pcn", "agreement", "pdf", b, opts,
               overrides={"legal-entities": "fail", "resource-contributions": "fail"},
               notes="legal-entities fail: the NHS party is a PCN described as 'a group of seven practices' with no "
                     "contracting vehicle (lead practice or federation) named. resource-contributions fail: the "
                     "Network's contribution is 'to be agreed'; only Solenne's is stated.")


def d21():
    b = [
        ("title", "Summary of Project Outcomes"),
        ("subtitle", "Respiratory register validation – NHS Cotswold Edge ICB and Aldgate Respiratory UK Ltd"),
        ("kv", [("Duration", "April 2024 – March 2025"),
                ("Partners", "NHS Cotswold Edge Integrated Care Board; Aldgate Respiratory UK Ltd"),
                ("Published", "August 2025, ICB website and Aldgate UK collaborative working page")]),
        ("h1", "Overview"),
        ("p", "The project set out to improve the accuracy of asthma and COPD registers in 38 practices and "
              "to give the ICB reliable prevalence data for commissioning."),
        ("h1", "Results"),
        ("table", [["Indicator", "Start", "End"],
                   ["Practices with a validated respiratory register", "4 of 38", "35 of 38"],
                   ["Records with a spirometry-confirmed diagnosis code", "52%", "81%"],
                   ["Duplicate or inactive register entries removed", "–", "2,140"],
                   ["Practices submitting complete QOF respiratory data", "71%", "97%"]]),
        ("h1", "Benefits realised"),
        ("bullets", ["ICB: dependable prevalence figures now used in the 2025/26 respiratory commissioning "
                     "plan; £46,000 of data-cleansing work avoided.",
                     "Practices: cleaner registers and improved QOF achievement.",
                     "Aldgate Respiratory UK Ltd: understanding of primary care data quality challenges."]),
        ("h1", "Reflections"),
        ("p", "Both partners delivered their agreed contributions (ICB data team 0.5 WTE; Aldgate funding of "
              "£38,000 and a data analyst seconded for 40 days). Practices engaged well once the search "
              "library was simplified."),
        ("h1", "Learning"),
        ("p", "Start with a single coding standard; agree the validation rules with practices before any "
              "searches are run."),
    ]
    opts = {"header": "Outcomes summary – Respiratory register validation", "footer": "ICB / Aldgate – public",
            "ruled": True, "columns": 2}
    return doc(21, "out_resp_registers", "outcomes-summary", "pdf", b, opts,
               overrides={"patient-benefit": "fail"},
               notes="patient-benefit fail: all reported benefits are for the ICB, practices (registers, QOF) "
                     "and the company; no direct benefit to patients is stated. Measurable and transparency pass.")
