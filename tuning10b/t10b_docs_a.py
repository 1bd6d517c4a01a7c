"""tuning10b documents 01-06."""
from t10b_common import outcomes


def doc01():
    blocks = [
        ("title", "Heart Failure Medicines Optimisation on the Virtual Ward"),
        ("subtitle", "Project Initiation Document (question-and-answer template) - Northmoor Valley "
                     "NHS Foundation Trust and Calverley Therapeutics UK Ltd - version 1.3, 4 March 2025"),
        ("p", "This PID uses the Trust's question-and-answer template for joint working. Each "
              "answer has been agreed by both organisations at the project board meeting of 26 "
              "February 2025."),
        ("qa", "Q1. What is the project called and how long will it run?",
         "A: Heart Failure Medicines Optimisation on the Virtual Ward (HF-MOVW). Eighteen months, "
         "planned to begin on 1 May 2025 once this PID and the executive summary are approved."),
        ("qa", "Q2. Which organisations are involved?",
         "A: Northmoor Valley NHS Foundation Trust (the Trust), acting through its cardiology "
         "directorate, and Calverley Therapeutics UK Ltd (Calverley), registered in England."),
        ("qa", "Q3. Why is it needed?",
         "A: About 40% of people discharged onto the heart failure virtual ward leave hospital on "
         "less than half of the guideline-recommended doses of their heart failure medicines. "
         "Titration then stalls because community follow-up is stretched."),
        ("qa", "Q4. What difference will patients notice?",
         "A: Patients will have a specialist pharmacist review within 14 days of discharge, "
         "remote monitoring of blood pressure, weight and kidney function, and a clear plan for "
         "dose changes. We expect fewer readmissions and better symptom control, and patients will "
         "be able to ask questions by phone rather than waiting for clinic."),
        ("qa", "Q5. What do the Trust and Calverley expect to gain?",
         "A: The Trust expects fewer bed days and a tested model for commissioners. Calverley gains "
         "insight into how virtual wards are run and experience of partnership working. The project "
         "is not linked to the prescribing of any Calverley medicine; treatment choices follow NICE "
         "guidance and the Trust formulary."),
        ("qa", "Q6. Who is putting in what?", "A: See the table below."),
        ("table", [["Organisation", "Contribution", "Approximate value"],
                   ["Trust", "0.4 WTE consultant cardiologist sessions, virtual ward platform and "
                    "nursing oversight, BI analyst (2 days/month), clinic rooms", "GBP 71,500 in kind"],
                   ["Calverley", "Funding for 1.0 WTE Band 8a heart failure pharmacist for 18 "
                    "months; project manager 0.2 WTE; evaluation design support", "GBP 104,000"]],
         {"widths": [0.2, 0.55, 0.25]}),
        ("qa", "Q7. How will we know whether it has worked?",
         "A: Measured from Trust data at months 6, 12 and 18 against the 2024 baseline: (a) "
         "proportion of patients on at least 50% of target dose at 90 days, baseline 38%, target "
         "65%; (b) 30-day all-cause readmission, baseline 21%, target 15%; (c) median days from "
         "discharge to first pharmacist review, target 14 or fewer; (d) patient-reported "
         "confidence score (KCCQ-12) improved by 5 points."),
        ("qa", "Q8. Who runs it?",
         "A: A joint project board chaired by the Trust's clinical lead for heart failure, with the "
         "Trust's deputy chief pharmacist, Calverley's Medical Affairs Manager and Calverley's "
         "NHS Partnerships Lead. No one from Calverley's sales or marketing functions will be on "
         "the board, take part in delivery or attend clinics."),
        ("qa", "Q9. What happens to patient information?",
         "A: The Trust is the data controller for all patient information. A DPIA was approved by "
         "the Trust's Caldicott Guardian on 18 February 2025 and processing will comply with UK "
         "GDPR and the Data Protection Act 2018. Calverley will receive only aggregated, "
         "anonymised figures (counts under 5 suppressed) and will never see identifiable records."),
        ("qa", "Q10. How is sensitive project information protected?",
         "A: Both organisations will keep patient details and each other's commercially sensitive "
         "information confidential, using it only for this project, for the term and five years "
         "after. The Trust may disclose information where the Freedom of Information Act 2000 "
         "requires, after consulting Calverley where practicable."),
        ("qa", "Q11. How will the project end?",
         "A: Either organisation may end the project on 90 days' written notice. At month 15 the "
         "board will decide with the ICB whether the pharmacist role is taken into the Trust's "
         "establishment; if it is not, patients on the caseload will be handed back to their heart "
         "failure nurse and GP with a written titration plan before the post ends. No patient will "
         "be left without a named clinician."),
        ("qa", "Q12. Will this be made public?",
         "A: Yes. Calverley will publish an executive summary on its UK website before the project "
         "starts and the Trust will link to it. Both parties will publish a summary of outcomes "
         "within six months of completion, and Calverley will disclose its funding on Disclosure UK."),
        ("h2", "Sign-off"),
        ("table", [["Name", "Role", "Organisation", "Date"],
                   ["Dr Helen Okafor", "Clinical Lead, Heart Failure", "Northmoor Valley NHS FT", "4 Mar 2025"],
                   ["Simon Marr", "Medical Director UK", "Calverley Therapeutics UK Ltd", "4 Mar 2025"]]),
        ("small", "Calverley certification code CAL-UK-JW-0412, date of preparation March 2025."),
    ]
    return {"file": "t10b_01_pid_qa_template_heart_failure.docx", "type": "pid",
            "header": "Joint Working PID - HF-MOVW", "footer": "Version 1.3 - 4 March 2025",
            "blocks": blocks, "outcomes": outcomes("pid"),
            "notes": "Fully compliant Q&A-template PID; every requirement sits in a numbered answer.",
            "keys": ["will never see identifiable records", "handed back to their heart failure nurse",
                     "disclose its funding on Disclosure UK", "baseline 38%, target 65%"]}


def doc02():
    rows = [
        ("Submission to", "NHS Kestrel Vale Integrated Care Board - Industry Partnerships Panel, "
                          "meeting of 12 June 2025"),
        ("Form", "Project Concept Framework (Panel form IPP-1)"),
        ("Proposed title", "Finding Kidney Disease Earlier in General Practice"),
        ("Proposing organisations", "NHS Kestrel Vale Integrated Care Board; Brackenfield Pharma UK "
                                    "Limited"),
        ("Lead contacts", "Priya Lennox, Head of Medicines Optimisation (ICB); Dr Owen Carr, "
                          "Partnerships Director (Brackenfield)"),
        ("Problem statement", "Practice registers suggest around 9,000 adults in the ICB area have "
                              "chronic kidney disease that is coded inconsistently or not at all; many "
                              "have not had a urine ACR test in the last year."),
        ("Purpose and objectives", "Run a search-and-review programme in 24 practices so that people "
                                   "with unrecognised or uncoded CKD are identified, coded and offered a "
                                   "structured review in line with NICE NG203."),
        ("Benefit to patients", "Earlier diagnosis; blood pressure and kidney risk factors managed "
                                "sooner; fewer people reaching kidney failure unexpectedly; clear "
                                "explanation of results at a review appointment."),
        ("Benefit to the NHS", "Accurate registers, better QOF data and a costed model for a "
                               "possible ICB-wide service."),
        ("Benefit to Brackenfield", "Understanding of primary-care CKD pathways; experience of "
                                    "partnership with an ICB. No link to any Brackenfield product."),
        ("Resources - Brackenfield", "GBP 62,000 to fund a 1.0 WTE Band 7 pharmacist for 12 months, "
                                     "plus 20 days of data-analyst time to build the practice searches."),
        ("Resources - ICB and practices", "Support as required; practice access to be arranged."),
        ("Start / duration", "October 2025, 12 months"),
        ("Governance route", "If supported, a full PID and agreement will come back to the Panel."),
        ("Commercial staff", "Brackenfield's sales and marketing staff will have no role in the "
                             "design, delivery or governance of the project."),
        ("Panel decision", "For the Panel to complete: Support / Do not support / Return with changes"),
    ]
    blocks = [
        ("title", "Industry Partnerships Panel - Concept Submission"),
        ("subtitle", "Project Concept Framework | Reference IPP-2025-017 | Submitted 28 May 2025"),
        ("p", "Please complete every row. The Panel will not consider forms with blank cells. "
              "Answers are entered in the right-hand column."),
        ("kv", rows),
        ("small", "Form IPP-1 v2. Retained by the ICB corporate governance team."),
    ]
    return {"file": "t10b_02_cf_committee_submission_ckd.pdf", "type": "concept-framework",
            "header": "OFFICIAL \u2013 SENSITIVE", "footer": "IPP-1 v2 | Kestrel Vale ICB",
            "table_style": "grid", "blocks": blocks,
            "outcomes": outcomes("concept-framework", resource_contributions="fail"),
            "notes": "resource-contributions fail: only Brackenfield's contribution is stated; the "
                     "NHS side is 'Support as required; practice access to be arranged'.",
            "keys": ["Support as required; practice access to be arranged",
                     "GBP 62,000 to fund a 1.0 WTE Band 7 pharmacist"]}


def doc03():
    from t10b_docs_a2 import doc03_blocks
    return {"file": "t10b_03_agreement_defined_terms_fracture_liaison.docx", "type": "agreement",
            "header": "Collaborative Working Agreement - Fracture Liaison Extension",
            "footer": "Execution version 2.0 - 17 April 2025", "blocks": doc03_blocks(),
            "outcomes": outcomes("agreement"),
            "notes": "Fully compliant; the operative commitments (contributions, KPIs, exit, "
                     "publication) sit only in Schedules 2-5 referred to by the defined terms.",
            "keys": ["Trust shall be the sole data controller", "Freedom of Information Act 2000",
                     "revert to the Trust's establishment", "Disclosure UK"]}


def doc04():
    from t10b_docs_a2 import doc04_blocks
    return {"file": "t10b_04_agreement_dense_legal_asthma_pcn.pdf", "type": "agreement",
            "header": "Merevale / Riverside North - Asthma Review Agreement",
            "footer": "Ref MMUK-CW-2025-06 | Final", "columns": 2, "font_pdf": "Times-Roman",
            "size_pdf": 9, "title_height": 3.0 * 28.35, "table_style": "rules",
            "blocks": doc04_blocks(),
            "outcomes": outcomes("agreement", legal_entities="fail", confidentiality="warn"),
            "notes": "legal-entities fail: the NHS counterparty is 'Riverside North Primary Care "
                     "Network' with no lead practice or federation as contracting vehicle. "
                     "confidentiality warn: the only provision is 'Confidentiality: standard terms "
                     "shall apply.'",
            "keys": ["Riverside North Primary Care Network", "standard terms shall apply",
                     "ninety (90) days' written notice"]}


def doc05():
    rows = [
        ("Project", "Structured Medication Review for Frailty - Pennine Rise (SMR-F)"),
        ("Parties / project owners", "Pennine Rise Primary Care Federation Ltd (Dr Leanne Haigh, "
                                     "Clinical Director); Lowther Bioscience UK Ltd (Ravi Basra, "
                                     "Head of NHS Partnerships)"),
        ("Amendment number", "AM-02"),
        ("PID version amended", "PID v2.1 dated 9 September 2024"),
        ("What is changing", "Section 6 (Timeline) only. The end date moves from 31 July 2025 to "
                             "31 October 2025 because the federation pharmacist post was filled "
                             "eleven weeks later than planned."),
        ("Impact on timelines", "Final evaluation report moves from September 2025 to December "
                                "2025. Month-9 interim review moves to June 2025."),
        ("Impact on logistics", "None. Same practices, same clinic schedule, same staff."),
        ("Impact on finances", "Nil. The pharmacist post is funded for twelve months of actual "
                               "employment in both versions; no additional money is requested from "
                               "either party."),
        ("Sections unchanged", "All other PID sections stand word for word, including section 4 "
                               "(contributions), section 7 (KPIs), section 9 (information governance "
                               "and confidentiality), section 10 (exit and continuity) and section 11 "
                               "(publication)."),
        ("Public documents", "The executive summary shows the project period; Lowther will update "
                             "and re-certify it before 1 August 2025. The Disclosure UK entry is not "
                             "affected."),
        ("Prospective?", "Yes - the change affects future dates only; no completed work is "
                         "re-described."),
        ("Submitted to steering group", "14 March 2025"),
        ("Approved", "Dr Leanne Haigh, 21 March 2025; Ravi Basra, 21 March 2025"),
    ]
    blocks = [
        ("title", "Project Amendment Request"),
        ("subtitle", "Form PA-1 | Joint working change control"),
        ("kv", rows),
        ("p", "Guidance for completion: describe only what changes. Where a section of the PID is "
              "not affected, say so, so that the steering group can see the approved text continues "
              "to apply."),
    ]
    return {"file": "t10b_05_amendment_timeline_frailty.docx", "type": "amendment",
            "header": "Pennine Rise Primary Care Federation - Change Control",
            "footer": "PA-1 v1.0", "blocks": blocks, "outcomes": outcomes("amendment"),
            "notes": "Compliant single-change amendment (end date only); only promotional-language "
                     "and sales-roles apply and both pass.",
            "keys": ["Section 6 (Timeline) only", "stand word for word"]}


def doc06():
    rows = [
        ["Item", "Approved PID (v1.0)", "Proposed (v1.1)"],
        ["Steering group - company members", "Dr Fiona Adeyemi, Medical Affairs Lead; "
         "Mark Tolley, Partnerships Manager", "Mark Tolley, Partnerships Manager; Gavin Rudd, "
         "Key Account Manager (North West), replacing Dr Adeyemi"],
        ["Steering group - Trust members", "Unchanged", "Unchanged"],
        ["Meeting frequency", "Monthly", "Monthly"],
        ["Operational delivery group", "Trust staff only", "Trust staff; Gavin Rudd to attend "
         "for actions on clinic scheduling"],
    ]
    blocks = [
        ("title", "Amendment to Project Initiation Document"),
        ("subtitle", "Anaemia in Chronic Kidney Disease Clinic Redesign | Tamsworth University "
                     "Hospitals NHS Trust and Calverley Therapeutics UK Ltd"),
        ("h1", "1. Reason for amendment"),
        ("p", "Dr Fiona Adeyemi has moved to a global role within Calverley and will leave the "
              "project on 30 June 2025. Calverley has proposed a replacement who already knows the "
              "renal unit well and can attend meetings in person."),
        ("h1", "2. Changes requested"),
        ("table", rows, {"widths": [0.26, 0.34, 0.40]}),
        ("h1", "3. Impact"),
        ("bullets", ["Timeline: none; the project remains on track for completion in March 2026.",
                     "Finances: none; Calverley's funding of the renal anaemia nurse is unchanged.",
                     "Logistics: the replacement member will attend the Trust site monthly."]),
        ("h1", "4. Unchanged provisions"),
        ("p", "Contributions, objectives and KPIs, data protection, confidentiality, exit "
              "arrangements and publication commitments in PID v1.0 are not altered by this "
              "amendment."),
        ("h1", "5. Submission and approval"),
        ("table", [["", "Trust", "Calverley"],
                   ["Submitted", "2 June 2025", "2 June 2025"],
                   ["Approved by", "Dr K. Mensah, Renal Clinical Director", "Mark Tolley"],
                   ["Date", "9 June 2025", "9 June 2025"]]),
    ]
    return {"file": "t10b_06_amendment_steering_membership_renal.pdf", "type": "amendment",
            "header": "OFFICIAL", "footer": "PID amendment AM-01 | v1.1 | June 2025",
            "table_style": "grid", "blocks": blocks,
            "outcomes": outcomes("amendment", sales_roles="fail"),
            "notes": "sales-roles fail: the amendment puts a Key Account Manager onto the steering "
                     "group and the operational delivery group.",
            "keys": ["Key Account Manager (North West)", "are not altered by this amendment"]}
