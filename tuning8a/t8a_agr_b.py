"""tuning8a: agreements 4-5 (all names invented)."""

AGR04 = {
    "file": "t8a_agr_04_ashby_fold_ibd_jwa.pdf", "fmt": "pdf", "type": "agreement",
    "columns": 2, "ruled": True, "accent": "8B0000",
    "header": "Joint Working Agreement - Ashby Fold NHS Foundation Trust - Pellham Therapeutics UK Limited",
    "footer": "Trust contract register no. AF/JW/0093",
    "over": {"exit-strategy": "fail", "sales-roles": "fail"},
    "notes": "exit-strategy FAIL: clause 3 gives only an end date and clause 14 says the parties 'will "
             "meet to discuss next steps' - no wind-down, patient handover or notice process. sales-roles "
             "FAIL: Pellham's Key Account Manager (Gastroenterology) sits on the Joint Steering Group and "
             "supports recruitment of clinics. DP PASS: Trust controller, UK GDPR/DPA 2018, no identifiable "
             "data to the company or its representatives. Confidentiality PASS: mutual NDA incorporated by "
             "reference plus FOIA carve-out.",
    "blocks": [
        ("title", "Joint Working Agreement"),
        ("sub", "Virtual biologics monitoring service for inflammatory bowel disease"),
        ("p", "This Agreement is made on 12 June 2025 between Ashby Fold NHS Foundation Trust of Ashby Fold "
              "General Hospital, Mill Road, Ashby Fold AF3 1ZZ (the \"Trust\") and Pellham Therapeutics UK "
              "Limited (company no. SC732018), 14 Canal Basin, Edinburgh EH3 9ZZ (\"Pellham\")."),
        ("h1", "1. Background"),
        ("p", "1.1 The Trust's IBD service monitors about 900 patients on biologic or small-molecule therapy. "
              "Blood test and faecal calprotectin results are reviewed ad hoc, and patients wait up to 6 weeks "
              "for a nurse call-back after a flare."),
        ("h1", "2. Project"),
        ("p", "2.1 The parties will set up a nurse-led virtual monitoring clinic with a results dashboard, "
              "home calprotectin testing and a flare advice line answered within 2 working days. Treatment "
              "choice is outside the scope of the project and remains a matter for the IBD team in line with "
              "NICE guidance."),
        ("h1", "3. Duration"),
        ("p", "3.1 The project will run from 1 September 2025 to 31 August 2026."),
        ("h1", "4. Benefits"),
        ("p", "4.1 Patients: faster response to flares, fewer unnecessary hospital visits, earlier detection "
              "of loss of response. 4.2 Trust: outpatient capacity released (estimated 600 appointments a "
              "year). 4.3 Pellham: understanding of virtual IBD service models."),
        ("h1", "5. Contributions"),
        ("table", [["Party", "Contribution"],
                   ["Trust", "IBD consultant oversight (1 PA/week), 0.4 WTE IBD nurse specialist, dashboard "
                    "build by Trust digital team, home test kit logistics - £58,500"],
                   ["Pellham", "£61,000 towards a 0.6 WTE Band 6 nurse employed by the Trust; 20 days of "
                    "service improvement support - £69,000 total"]], True),
        ("h1", "6. Joint Steering Group"),
        ("p", "6.1 Membership: Trust IBD Clinical Lead (chair), IBD Nurse Consultant, Trust Digital "
              "Programme Manager, Pellham Medical Science Liaison and Pellham Key Account Manager "
              "(Gastroenterology). 6.2 The Key Account Manager will support the Trust in recruiting "
              "satellite clinics to the virtual service. 6.3 The group meets monthly."),
        ("h1", "7. Success measures"),
        ("p", "7.1 Median time from flare call to clinical contact: baseline 9 days, target 2 working days. "
              "7.2 Face-to-face follow-ups avoided: target 600 in 12 months. 7.3 Patient-reported IBD Control "
              "score collected at baseline and month 12. Data from the Trust's EPR, reported quarterly."),
        ("h1", "8. Data protection"),
        ("p", "8.1 The Trust is the controller of all personal data. 8.2 Personal data will be processed in "
              "line with the UK GDPR and the Data Protection Act 2018, and the Trust's DPIA for the dashboard "
              "(ref. AF-DPIA-2025-031) is complete. 8.3 No patient-identifiable information will be made "
              "available to Pellham or any of its representatives; Pellham receives anonymised aggregate "
              "reports only."),
        ("h1", "9. Confidentiality"),
        ("p", "9.1 The mutual non-disclosure agreement between the parties dated 3 February 2025 is "
              "incorporated into this Agreement and continues for the term of the project and two years "
              "afterwards. 9.2 Nothing in this Agreement prevents the Trust complying with the Freedom of "
              "Information Act 2000."),
        ("h1", "10. Anti-bribery and independence"),
        ("p", "10.1 Both parties comply with the Bribery Act 2010. 10.2 This Agreement is not an inducement "
              "to prescribe, supply or recommend any Pellham product."),
        ("h1", "11. Transparency"),
        ("p", "11.1 Pellham will publish the executive summary on its website before 1 September 2025. "
              "11.2 The Trust and Pellham will each publish a summary of outcomes within six months of "
              "completion. 11.3 Payments will be disclosed on Disclosure UK."),
        ("h1", "12. Liability"),
        ("p", "12.1 Each party is responsible for its own staff and retains its own insurance."),
        ("h1", "13. Disputes"),
        ("p", "13.1 Escalation to the Trust's Chief Operating Officer and Pellham's General Manager, then "
              "mediation."),
        ("h1", "14. End of the project"),
        ("p", "14.1 When the project ends on 31 August 2026, the parties will meet to discuss next steps."),
        ("sig", [("Ashby Fold NHS Foundation Trust", "Daniel Whitcombe", "Chief Operating Officer"),
                 ("Pellham Therapeutics UK Limited", "Dr Farah Siddiqui", "Head of Medical Affairs UK")]),
    ],
}

AGR05 = {
    "file": "t8a_agr_05_eastmere_memorandum_of_agreement.docx", "fmt": "docx", "type": "agreement",
    "header": "Memorandum of Agreement | OFFICIAL", "footer": "EMICB-MoA-2025-14 | Final | 27 May 2025",
    "accent": "003087", "font": "Arial",
    "over": {},
    "notes": "Three-party 'Memorandum of Agreement' (ICB, incorporated GP federation, company): an "
             "agreement; all rules pass. DP: practices remain controllers, federation is processor under a "
             "data processing agreement (Schedule 3), company is not a party to any processing and gets "
             "anonymised aggregates only; DPIA complete. Confidentiality with FOIA carve-out. Transparency: "
             "all three publish; Disclosure UK.",
    "blocks": [
        ("title", "Memorandum of Agreement"),
        ("sub", "Type 2 diabetes remission support in Eastmere - collaborative working"),
        ("h1", "Parties"),
        ("table", [["", "Organisation", "Address"],
                   ["1", "NHS Eastmere Integrated Care Board", "Eastmere House, 5 Station Road, Eastmere EM1 4ZZ"],
                   ["2", "Eastmere Primary Care Alliance Ltd (company no. 11024578), the GP federation for "
                         "the 23 participating practices", "Unit 4, Northgate Business Park, Eastmere EM2 6ZZ"],
                   ["3", "Brennock Pharma UK Ltd (SC611402)", "Quayside House, Leith, Edinburgh EH6 9ZZ"]], True),
        ("h1", "1  Purpose"),
        ("p", "1.1 To offer adults diagnosed with type 2 diabetes in the last six years and a BMI of 27 or "
              "more a structured low-calorie diet and lifestyle programme with the aim of remission, delivered "
              "by practice health coaches and supervised by practice clinicians. The programme does not "
              "involve any medicine manufactured by Brennock."),
        ("h1", "2  Term"),
        ("p", "2.1 1 October 2025 to 30 September 2027."),
        ("h1", "3  Expected benefits"),
        ("p", "3.1 Patients: weight loss, better glucose control and, for some, remission of diabetes with "
              "fewer medicines. 3.2 ICB and Federation: lower prescribing and complication costs. 3.3 Brennock: "
              "insight into how remission programmes can be delivered at scale in primary care."),
        ("h1", "4  Contributions"),
        ("table", [["Party", "Contribution", "Value"],
                   ["ICB", "Programme commissioning lead (0.2 WTE), diabetes clinical lead, BI analytics",
                    "£44,000"],
                   ["Federation", "Health coach supervision, 23 practice diabetes leads (1 session/month), "
                    "rooms", "£61,000"],
                   ["Brennock", "Funding of 2.0 WTE health coaches employed by the Federation for 24 months; "
                    "programme materials (unbranded); evaluation support", "£118,000"]], True),
        ("h1", "5  Responsibilities"),
        ("p", "5.1 ICB: governance, evaluation and commissioning decision. 5.2 Federation: recruitment, "
              "employment and supervision of coaches; patient recruitment through practices. 5.3 Brennock: "
              "funding, evaluation methodology, programme management support. Brennock's sales and key "
              "account teams are not involved in any part of the project."),
        ("h1", "6  Outcome measures"),
        ("bul", ["Participants completing 12 weeks of the programme: target 300 of 450 enrolled.",
                 "Mean HbA1c change at 12 months (baseline mean from practice records).",
                 "Remission (HbA1c below 48 mmol/mol off glucose-lowering medicines for 3 months): target 30% "
                 "of completers at 12 months.",
                 "Reported quarterly by the ICB BI team from aggregated practice data."]),
        ("h1", "7  Information governance"),
        ("p", "7.1 Each practice remains the controller of its patients' records. The Federation processes "
              "personal data on the practices' instructions under the data processing agreement at Schedule 3. "
              "7.2 A DPIA was completed by the Federation and reviewed by the ICB's Data Protection Officer on "
              "6 May 2025. 7.3 Brennock is not party to any processing of personal data and receives only "
              "anonymised, aggregated results. 7.4 All parties comply with the UK GDPR and the Data Protection "
              "Act 2018."),
        ("h1", "8  Confidentiality"),
        ("p", "8.1 The parties will keep confidential any commercially sensitive or personal information "
              "received from each other. 8.2 The ICB may disclose information where required under the Freedom "
              "of Information Act 2000."),
        ("h1", "9  Publication and disclosure"),
        ("p", "9.1 Brennock will publish a summary of this Memorandum on its website before 1 October 2025; the "
              "ICB will publish it on its partnerships page. 9.2 All parties will publish an outcomes summary "
              "within six months of the end date. 9.3 Brennock will disclose transfers of value on Disclosure "
              "UK."),
        ("h1", "10  Ending the agreement"),
        ("p", "10.1 Any party may withdraw on 3 months' notice. 10.2 At month 18 the ICB will decide whether "
              "to commission the programme recurrently. If it does not, no new patients are enrolled after "
              "month 18, enrolled patients complete their 12-month programme, the coach posts end under "
              "Federation HR policy and patients return to usual diabetes care at their practice."),
        ("h1", "11  Governance"),
        ("p", "11.1 A steering group of the ICB diabetes clinical lead (chair), the Federation medical director "
              "and Brennock's Head of Healthcare Partnerships meets quarterly."),
        ("sig", [("NHS Eastmere Integrated Care Board", "Harriet Lowe", "Director of Strategy"),
                 ("Eastmere Primary Care Alliance Ltd", "Dr Vikram Shah", "Medical Director"),
                 ("Brennock Pharma UK Ltd", "Euan Drummond", "Head of Healthcare Partnerships")]),
    ],
}

DOCS = [AGR04, AGR05]
