"""tuning10b documents 19-24."""
from t10b_common import outcomes


def doc19():
    rows = [
        ("Committee", "Joint Working Approval Committee, Tamsworth University Hospitals NHS Trust"),
        ("Submission type", "Project Initiation Document for approval"),
        ("Project title", "Living Well with Persistent Pain: Opioid Review Clinic"),
        ("Partner organisations", "Tamsworth University Hospitals NHS Trust; Orrin Health Ltd"),
        ("Executive sponsor", "Dr Clare Whitcombe, Deputy Medical Director"),
        ("Clinical need", "1,480 patients under Trust pain and orthopaedic follow-up take opioids "
                          "at 120 mg morphine equivalent or more per day, with little evidence of "
                          "benefit and significant harm."),
        ("What will be delivered", "A pharmacist- and psychologist-led clinic offering shared "
                                   "decision-making about gradual dose reduction, alongside pain "
                                   "self-management groups."),
        ("Benefit to patients", "Safer medicines, fewer side effects such as drowsiness and "
                                "constipation, lower overdose risk, and skills to manage pain day "
                                "to day."),
        ("Other benefits", "Trust: reduced harm and prescribing cost. Orrin: learning about "
                           "deprescribing services. No Orrin product is involved."),
        ("Measures", "Patients on 120 mg MME or more: 1,480 to 1,000 by month 18. Patients "
                     "reviewed within 6 months of referral: target 90%. Brief Pain Inventory "
                     "interference score: mean improvement of 1 point. Source: Trust EPMA "
                     "and clinic database, reported quarterly."),
        ("Contributions", "Trust: pain consultant (1 PA/week), clinical psychologist 0.2 WTE, "
                          "clinic rooms, EPMA reporting (about GBP 49,000). Orrin: GBP 83,000 for "
                          "a 1.0 WTE Band 8a pain pharmacist for 18 months; project manager."),
        ("Steering group", "Trust pain consultant (chair); Trust lead pharmacist; Trust psychology "
                           "lead; Orrin Medical Science Liaison; Orrin Regional Business Manager "
                           "(South)."),
        ("Information governance", "The project will be GDPR compliant."),
        ("Confidentiality", "Project documents and each organisation's commercially sensitive "
                            "information will be kept confidential and used only for this project, "
                            "subject to the Freedom of Information Act 2000."),
        ("Exit strategy", "Either party may withdraw on three months' notice. Patients part-way "
                          "through a reduction plan will be completed by the Trust pain team; the "
                          "pharmacist post transfers to Trust funding only if the month-15 "
                          "business case is approved, otherwise it ends with the fixed term."),
        ("Publication", "Orrin will publish the executive summary before the start; both partners "
                        "will publish outcomes within six months of completion; Orrin will "
                        "disclose funding on Disclosure UK."),
        ("Start and end", "1 February 2026 to 31 July 2027"),
        ("Committee decision", "Approved / Not approved / Deferred (delete as appropriate)"),
    ]
    blocks = [
        ("title", "Joint Working Approval Committee - PID Submission Form"),
        ("subtitle", "Reference JWAC/2025/31 - submitted 3 November 2025"),
        ("p", "Complete the right-hand column. Attach the draft agreement and executive summary."),
        ("kv", rows),
    ]
    return {"file": "t10b_19_pid_committee_form_opioid.docx", "type": "pid",
            "header": "OFFICIAL", "footer": "JWAC submission form v4", "blocks": blocks,
            "outcomes": outcomes("pid", sales_roles="fail", data_protection="warn"),
            "notes": "sales-roles fail: Orrin's Regional Business Manager sits on the steering group. "
                     "data-protection warn: only 'The project will be GDPR compliant.'",
            "keys": ["Orrin Regional Business Manager", "The project will be GDPR compliant."]}


def doc20():
    from t10b_docs_d2 import doc20_blocks
    return {"file": "t10b_20_agreement_three_party_hypertension.pdf", "type": "agreement",
            "header": "OFFICIAL \u2013 SENSITIVE", "footer": "CWA-KV-2025-09 | Version 1.0 (executed)",
            "table_style": "grid", "font_pdf": "Times-Roman", "size_pdf": 10,
            "blocks": doc20_blocks(), "outcomes": outcomes("agreement"),
            "notes": "Fully compliant three-party agreement (ICB, university, company) with ruled "
                     "tables.",
            "keys": ["University of Saltmarsh", "ICB shall be the data controller",
                     "sixty (60) days"]}


def doc21():
    from t10b_docs_d2 import doc21_blocks
    return {"file": "t10b_21_variation_inhaler_switch.docx", "type": "amendment",
            "header": "Deed of Variation No. 1", "footer": "Greyfriars CHT / Calverley - DoV1",
            "blocks": doc21_blocks(), "outcomes": outcomes("amendment",
                                                           promotional_language="fail"),
            "notes": "promotional-language fail: the varied scope switches suitable patients to "
                     "Calverley's Ventrelix, called a 'breakthrough' inhaler.",
            "keys": ["switch suitable patients to Ventrelix", "breakthrough"]}


def doc22():
    from t10b_docs_d2 import doc22_blocks
    return {"file": "t10b_22_outcomes_two_column_formulary.pdf", "type": "outcomes-summary",
            "header": "Summary of Project Outcomes", "footer": "Southmere Hospitals NHS FT / Lowther "
            "Bioscience UK Ltd - published March 2026", "columns": 2, "blocks": doc22_blocks(),
            "table_style": "rules",
            "outcomes": outcomes("outcomes-summary", patient_benefit="fail"),
            "notes": "patient-benefit fail: 'Benefits to patients: Not applicable - internal process "
                     "project'; all results are administrative.",
            "keys": ["Not applicable - this was an internal process project", "from 38% to 6%"]}


def doc23():
    from t10b_docs_d2 import doc23_blocks
    return {"file": "t10b_23_pid_legalistic_anticoagulation.pdf", "type": "pid",
            "header": "OFFICIAL \u2013 SENSITIVE", "footer": "PID ref GCHT-MMUK-04 | v0.7",
            "font_pdf": "Times-Roman", "size_pdf": 10, "blocks": doc23_blocks(),
            "outcomes": outcomes("pid", exit_strategy="fail", resource_contributions="fail"),
            "notes": "exit-strategy fail: only an end date and 'the Parties shall convene to discuss "
                     "next steps'. resource-contributions fail: the Trust's contribution is 'to be "
                     "confirmed in writing in due course (TBC)'.",
            "keys": ["shall terminate on 31 March 2027", "discuss next steps",
                     "in due course (TBC)"]}


def doc24():
    blocks = [
        ("title", "Covering letter"),
        ("p", "Northmoor Valley NHS Foundation Trust, Partnerships Office, Moor Lane, Northmoor"),
        ("p", "To: Members of the Joint Working Panel. Date: 8 September 2025."),
        ("p", "Dear colleagues,"),
        ("p", "Proposed collaborative working project with Calverley Therapeutics UK Ltd: "
              "Community Bladder and Bowel Continence Review"),
        ("p", "Please find enclosed, for the Panel meeting on 22 September, the draft Project "
              "Initiation Document, the draft collaborative working agreement and the draft "
              "executive summary for the above project. The legal team has reviewed the agreement "
              "and the Information Governance team has reviewed the data protection arrangements; "
              "both sets of comments have been incorporated."),
        ("p", "I would draw the Panel's attention to three points. First, Calverley's "
              "involvement is limited to its medical affairs team and its NHS partnerships "
              "manager; the company has confirmed in writing that no sales or marketing staff will "
              "take part. Second, the project does not involve any Calverley product and "
              "treatment decisions will follow NICE guidance. Third, the community continence "
              "team has asked that the start date is not before January 2026 so that the new "
              "specialist nurse can complete induction."),
        ("p", "If the Panel approves the documents, the agreement will go to the Chief Executive "
              "for signature under the scheme of delegation."),
        ("p", "Yours sincerely,"),
        ("p", "Hannah Greig, Head of Partnerships and Commercial Development"),
        ("small", "Enclosures: PID v0.9; Agreement v0.6; Executive summary v0.4."),
    ]
    return {"file": "t10b_24_covering_letter_continence.docx", "type": "unknown",
            "header": "", "footer": "", "page_numbers": False, "blocks": blocks,
            "outcomes": outcomes("unknown"),
            "notes": "Covering letter (type unknown): only promotional-language and sales-roles "
                     "apply; both pass (sales/marketing excluded, no product).",
            "keys": ["no sales or marketing staff will", "does not involve any Calverley product"]}
