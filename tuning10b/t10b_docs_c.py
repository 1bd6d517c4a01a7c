"""tuning10b documents 13-18."""
from t10b_common import outcomes


def doc13():
    blocks = [
        ("title", "Project Initiation Document: Lipid Optimisation after Heart Attack or Stroke"),
        ("subtitle", "Bae Derwen University Health Board and Merevale Medical UK Ltd | Version 2.0 "
                     "| Approved by the Health Board's Industry Engagement Group, 10 July 2025"),
        ("h1", "1. Purpose of this document"),
        ("p", "This PID records what the partners have agreed. To keep the body short, the "
              "operational commitments are set out in Appendices A to E, which form part of the "
              "PID and were approved with it."),
        ("h1", "2. Background"),
        ("p", "Audit of 2024 discharges found that only 41% of people who had a heart attack or "
              "ischaemic stroke reached the non-HDL cholesterol target set by the All Wales lipid "
              "pathway within a year. Follow-up lipid testing was missed for about a third."),
        ("h1", "3. Aims"),
        ("p", "A pharmacist-led virtual lipid clinic will find these patients through laboratory "
              "results, arrange repeat testing, and adjust treatment in line with the national "
              "pathway, so that fewer people have a second heart attack or stroke. Patients will "
              "also get clearer explanations of their results. Merevale gains experience of a "
              "national-pathway implementation; the Health Board gains a sustainable model."),
        ("h1", "4. Governance"),
        ("p", "A joint steering group meets monthly. Its terms of reference are Appendix D."),
        ("h1", "5. Resources, measures, closure and information governance"),
        ("p", "See Appendix A (resources), Appendix C (measures), Appendix B (closure and "
              "continuity) and Appendix E (information governance and publication)."),
        ("pagebreak",),
        ("h1", "Appendix A - Resources"),
        ("table", [["Partner", "Resource", "Value / time"],
                   ["Health Board", "Consultant chemical pathologist supervision; 0.2 WTE "
                    "cardiology pharmacist; laboratory informatics queries; clinic administration",
                    "GBP 44,000 in kind"],
                   ["Merevale", "Funding for 1.0 WTE Band 8a pharmacist (18 months); project "
                    "manager 0.1 WTE; evaluation analyst 15 days", "GBP 97,000"]],
         {"widths": [0.18, 0.57, 0.25]}),
        ("h1", "Appendix B - Closure and continuity"),
        ("p", "B1. The project runs for 18 months from 1 October 2025. B2. Either partner may "
              "withdraw on three months' notice in writing; the project will also stop if a breach "
              "of the ABPI Code is found. B3. On closure for any reason, patients in the virtual "
              "clinic will be discharged to their GP with their lipid results, current treatment "
              "and next test date; no one will be left with a pending adjustment. B4. The "
              "pharmacist is a fixed-term Health Board employee; at month 14 the steering group "
              "will submit a case for recurrent funding; if it is not approved the post ends at "
              "month 18 and the laboratory search continues as a routine report to practices."),
        ("h1", "Appendix C - Measures"),
        ("table", [["Measure", "Baseline", "Target (month 18)", "Source"],
                   ["Patients at non-HDL target within 12 months", "41%", "65%", "Laboratory system"],
                   ["Repeat lipid test within 3 months of change", "58%", "90%", "Laboratory system"],
                   ["Median days from eligible result to review", "not recorded", "21", "Clinic log"]]),
        ("h1", "Appendix D - Steering group terms of reference"),
        ("p", "Chair: Health Board clinical lead for cardiovascular prevention. Members: lead "
              "pharmacist, chemical pathologist, Merevale Medical Lead and Merevale Partnerships "
              "Manager. Merevale sales and marketing employees may not be members or attend. "
              "Quorum: three members, including one from each partner."),
        ("h1", "Appendix E - Information governance and publication"),
        ("p", "E1. The Health Board is data controller. A DPIA has been completed and processing "
              "will follow UK GDPR and the Data Protection Act 2018. Merevale will see only "
              "aggregated, anonymised figures. E2. Patient information and each partner's "
              "commercially sensitive information will be kept confidential and used only for the "
              "project, subject to the Freedom of Information Act 2000. E3. Merevale will publish "
              "the executive summary before 1 October 2025; both partners will publish outcomes "
              "within six months of closure; Merevale will disclose the funding on Disclosure UK."),
    ]
    return {"file": "t10b_13_pid_commitments_in_appendices_lipids.pdf", "type": "pid",
            "header": "OFFICIAL \u2013 SENSITIVE", "footer": "Bae Derwen UHB / Merevale - PID v2.0 - July 2025",
            "table_style": "grid", "blocks": blocks, "outcomes": outcomes("pid"),
            "notes": "Fully compliant; body only cross-refers, and every key commitment sits in "
                     "Appendices A-E, which are all present.",
            "keys": ["discharged to their GP with their lipid results", "Merevale will see only",
                     "may not be members or attend"]}


def doc14():
    blocks = [
        ("title", "Migraine in Primary Care: Project Initiation Document"),
        ("subtitle", "NHS Loch Arden and Lowther Bioscience UK Ltd - Version 1.1 - 22 January 2025"),
        ("h1", "1. Project summary"),
        ("p", "NHS Loch Arden and Lowther Bioscience UK Ltd will work together to set up a GP with "
              "an extended role (GPwER) headache clinic and an education programme for practice "
              "teams, so that people with migraine are diagnosed accurately and managed in primary "
              "care, in line with SIGN 155, rather than waiting for neurology."),
        ("h1", "2. Benefits"),
        ("p", "Patients: quicker access to a headache specialist, fewer unnecessary scans, "
              "appropriate preventive treatment sooner, and advice on medication-overuse headache. "
              "NHS Loch Arden: shorter neurology waits. Lowther: insight into headache services."),
        ("h1", "3. Objectives"),
        ("bullets", ["Improve the management of migraine in primary care.",
                     "Reduce referrals to neurology.",
                     "Improve patients' experience of headache care."]),
        ("h1", "4. Key performance indicators"),
        ("p", "KPIs: TBC - to be agreed by the steering group at its first meeting."),
        ("h1", "5. Resources"),
        ("p", "See Appendix A."),
        ("h1", "6. Governance"),
        ("p", "The steering group (Appendix B) is jointly chaired by the NHS Loch Arden Associate "
              "Medical Director for Primary Care and Lowther's Medical Director. Lowther's "
              "commercial staff, including sales and key account roles, are excluded from the "
              "project."),
        ("h1", "7. Information governance"),
        ("p", "NHS Loch Arden is data controller for all patient data. Processing complies with "
              "UK GDPR and the Data Protection Act 2018, and a DPIA was approved on 9 January 2025. "
              "Lowther will receive aggregate, anonymised reports only. All project and patient "
              "information is confidential to the partners, subject to the Freedom of Information "
              "(Scotland) Act 2002."),
        ("h1", "8. Exit arrangements"),
        ("p", "See Appendix D."),
        ("h1", "9. Communications and publication"),
        ("p", "See Appendix C."),
        ("pagebreak",),
        ("h1", "Appendix A - Resources"),
        ("table", [["Partner", "Contribution"],
                   ["NHS Loch Arden", "GPwER sessions (2 per week), clinic rooms, neurology "
                    "consultant advice (0.5 PA/week), practice education time; approx. GBP 51,000"],
                   ["Lowther Bioscience UK Ltd", "GBP 70,000 towards GPwER backfill and education "
                    "programme costs; 0.2 WTE project manager"]]),
        ("h1", "Appendix B - Steering group"),
        ("p", "Co-chairs as above; NHS Loch Arden primary care pharmacist lead; Lowther Medical "
              "Science Liaison; patient representative. Meets every six weeks."),
        ("h1", "Appendix C - Communications and publication"),
        ("p", "Lowther will publish an executive summary on its UK website before the project "
              "starts. Both partners will publish a summary of outcomes within six months of "
              "completion, and Lowther will disclose its contribution on Disclosure UK."),
    ]
    return {"file": "t10b_14_pid_missing_appendix_migraine.docx", "type": "pid",
            "header": "NHS Loch Arden - Joint Working", "footer": "PID v1.1 - 22 January 2025",
            "blocks": blocks,
            "outcomes": outcomes("pid", exit_strategy="fail", measurable_outcomes="fail"),
            "notes": "exit-strategy fail: section 8 says only 'See Appendix D' and there is no "
                     "Appendix D (appendices stop at C). measurable-outcomes fail: 'KPIs: TBC'; "
                     "objectives are unquantified.",
            "keys": ["KPIs: TBC", "See Appendix D.", "Appendix C - Communications and publication"]}


def doc15():
    from t10b_docs_c2 import doc15_blocks
    return {"file": "t10b_15_agreement_placeholders_diabetes_tech.docx", "type": "agreement",
            "header": "DRAFT FOR SIGNATURE", "footer": "Orrin Health Ltd - agreement template v3",
            "blocks": doc15_blocks(),
            "outcomes": outcomes("agreement", confidentiality="fail", data_protection="warn",
                                 legal_entities="fail"),
            "notes": "legal-entities fail: the NHS-side party is an individual consultant (Dr Aisha "
                     "Rahman), not her Trust. confidentiality fail: clause 9 is a placeholder "
                     "'[insert standard confidentiality clause]'. data-protection warn: only 'in "
                     "accordance with the Data Protection Act 1998' (outdated, no other safeguard).",
            "keys": ["[insert standard confidentiality clause]", "Data Protection Act 1998",
                     "DR AISHA RAHMAN"]}


def doc16():
    from t10b_docs_c2 import doc16_blocks
    return {"file": "t10b_16_cf_qa_smi_physical_health.pdf", "type": "concept-framework",
            "header": "Harbour Lane Mental Health NHS Foundation Trust - Partnership Concept",
            "footer": "Concept framework v0.3 - 5 August 2025", "columns": 2, "blocks": doc16_blocks(),
            "table_style": "rules", "outcomes": outcomes("concept-framework"),
            "notes": "Fully compliant concept framework written as Q&A in two columns.",
            "keys": ["Calverley's sales and marketing staff", "GBP 88,000"]}


def doc17():
    from t10b_docs_c2 import doc17_blocks
    return {"file": "t10b_17_cf_uptake_heart_failure.docx", "type": "concept-framework",
            "header": "Brackenfield Pharma UK Limited", "footer": "Concept v1 - commercial in confidence",
            "blocks": doc17_blocks(),
            "outcomes": outcomes("concept-framework", promotional_language="fail",
                                 patient_benefit="fail"),
            "notes": "promotional-language fail: objective is to 'increase uptake of Cardivanta', "
                     "described as 'best-in-class', with a brand-plan link. patient-benefit fail: the "
                     "only stated patient 'benefit' is more patients on Cardivanta.",
            "keys": ["increase uptake of Cardivanta", "best-in-class"]}


def doc18():
    from t10b_docs_c2 import doc18_blocks
    return {"file": "t10b_18_es_two_column_eczema.pdf", "type": "executive-summary",
            "header": "Executive summary - Children's Eczema Education Clinics",
            "footer": "BRK-UK-ES-0301 | September 2025", "columns": 2, "blocks": doc18_blocks(),
            "table_style": "grid",
            "outcomes": outcomes("executive-summary", transparency="fail", sales_roles="warn"),
            "notes": "transparency fail: only 'results may be published at Brackenfield's "
                     "discretion'; no commitment to publish this summary or outcomes, no Disclosure "
                     "UK. sales-roles warn: a Key Account Manager is named as the enquiries contact "
                     "only, not in the project team. data-protection n/a: no patient data mentioned.",
            "keys": ["at Brackenfield's discretion", "Key Account Manager"]}
