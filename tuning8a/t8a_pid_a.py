"""tuning8a: PIDs 1-3 (all names invented)."""

PID01 = {
    "file": "t8a_pid_01_cwmteifi_copd_discharge_bundle.docx", "fmt": "docx", "type": "pid",
    "header": "OFFICIAL  |  Cwm Teifi UHB / Ashgrove Pharmaceuticals  |  PID v1.0",
    "footer": "Approval code: ASH-UK-JW-0311  Date of preparation: April 2025",
    "accent": "00594F",
    "over": {}, "notes": "All rules pass. DP: UK GDPR + DPA 2018, DPIA approved with reference, "
             "Health Board sole controller, company receives aggregate counts only with small-number "
             "suppression. Confidentiality: mutual NDA referenced plus FOIA 2000 carve-out. "
             "Transparency: ES on company website before go-live and outcomes within six months.",
    "blocks": [
        ("title", "Project Initiation Document"),
        ("sub", "COPD Early Supported Discharge Bundle - a joint working project between Cwm Teifi "
                "University Health Board and Ashgrove Pharmaceuticals UK Limited"),
        ("table", [["Version", "Date", "Author", "Change"],
                   ["0.3", "11/02/2025", "R. Pryce (UHB)", "First joint draft"],
                   ["0.6", "03/03/2025", "M. Okafor (Ashgrove)", "Resources table and KPIs added"],
                   ["1.0", "28/03/2025", "R. Pryce (UHB)", "Approved by Joint Working Panel"]], True),
        ("h1", "1. Background"),
        ("p", "Around 1,150 people with COPD are admitted to Ysbyty Glan Teifi each year and 21% of them "
              "are readmitted within 30 days. The respiratory team has no capacity to follow patients up "
              "at home in the first fortnight after discharge, which is when most readmissions happen."),
        ("h1", "2. Aims and objectives"),
        ("bul", ["Offer every patient discharged after a COPD exacerbation a home or video review by a "
                 "respiratory nurse within 72 hours.",
                 "Check inhaler technique, oxygen, rescue pack use and smoking status at that review.",
                 "Refer eligible patients to pulmonary rehabilitation before the six-week point."]),
        ("h1", "3. Expected benefits"),
        ("table", [["For", "Predicted benefit"],
                   ["Patients", "Earlier support at home after discharge, fewer returns to hospital, "
                                "quicker access to pulmonary rehabilitation and better self-management."],
                   ["Health Board", "Fewer 30-day readmissions and bed days; a tested model for the "
                                    "2026/27 respiratory service plan."],
                   ["Ashgrove", "Experience of service redesign in Welsh secondary care and a published "
                                "case study of partnership working."]], True),
        ("h1", "4. Partner organisations and accountable leads"),
        ("table", [["Organisation", "Registered address", "Accountable lead"],
                   ["Cwm Teifi University Health Board", "Ty Glan Afon, Heol y Bont, Caerfyrddin SA31 9ZZ",
                    "Rhian Pryce, Head of Respiratory Services, rhian.pryce@wales.nhs.uk"],
                   ["Ashgrove Pharmaceuticals UK Limited (Co. No. 04418822)",
                    "2 Meridian Court, Reading RG2 6ZZ",
                    "Matthew Okafor, NHS Partnerships Lead, m.okafor@ashgrove-pharma.co.uk"]], True),
        ("h1", "5. Project period"),
        ("p", "Start: Q2 2025 (first patients June 2025). Completion: 31 May 2026 (12 months)."),
        ("h1", "6. Resources"),
        ("table", [["Party", "Contribution", "Value"],
                   ["Cwm Teifi UHB", "0.4 WTE Band 7 respiratory nurse lead; consultant supervision "
                    "(1 PA/week); BI analyst 2 days/month; clinic and video-consultation facilities",
                    "c. £41,500 in kind"],
                   ["Ashgrove", "Funding for 1.0 WTE Band 6 respiratory nurse (recruited and employed by the "
                    "UHB) for 12 months; 30 days of project management support", "£47,800 plus c. £12,000 in kind"]],
         True),
        ("h1", "7. Governance"),
        ("p", "A joint project board chaired by the Clinical Director for Medicine meets monthly. Members: "
              "Head of Respiratory Services, Lead Pharmacist Respiratory, a patient representative from the "
              "local Breathe Easy group, and Ashgrove's NHS Partnerships Lead and Medical Adviser. No Ashgrove "
              "sales or marketing staff take part in the project or its governance."),
        ("h1", "8. Measuring success"),
        ("table", [["Measure", "Baseline", "Target (month 12)", "Source"],
                   ["30-day all-cause readmission after COPD exacerbation", "21%", "16% or lower",
                    "UHB Patient Administration System, monthly"],
                   ["Reviewed within 72 hours of discharge", "0%", "85%", "Nurse caseload log"],
                   ["Referred to pulmonary rehabilitation within 6 weeks", "34%", "60%", "PR service data"]], True),
        ("h1", "9. Information governance"),
        ("p", "Personal data will be processed in accordance with the UK General Data Protection Regulation "
              "and the Data Protection Act 2018. The Health Board is the sole data controller for all patient "
              "information used in the project. A Data Protection Impact Assessment was approved by the "
              "Information Governance Group on 4 March 2025 (reference IG-DPIA-0419); a summary is at "
              "Appendix B."),
        ("p", "Ashgrove will receive only aggregated quarterly counts; any cell below five is suppressed. No "
              "Ashgrove employee will have access to the Welsh Clinical Portal or to any patient record."),
        ("h1", "10. Confidentiality"),
        ("p", "Project and commercial information exchanged between the parties is covered by the mutual "
              "non-disclosure agreement signed on 17 January 2025, which remains in force for the life of the "
              "project. Patient information stays within the UHB and is handled under the Health Board's "
              "confidentiality code and Caldicott principles. Both parties recognise that the Health Board is "
              "subject to the Freedom of Information Act 2000 and may have to release information about the "
              "project; it will consult Ashgrove before doing so where time allows."),
        ("h1", "11. Exit strategy"),
        ("p", "The specialist nurse post is fixed term and hosted by the UHB. By month 9 the project board will "
              "present the evaluation to the Medicine Directorate, which will decide whether to fund the service "
              "recurrently from April 2026. If it does not, patients on the caseload at month 12 will complete "
              "their follow-up under the standard respiratory pathway and the post will end under UHB HR "
              "policy. Either party may withdraw on 60 days' written notice; Ashgrove will fund the post to the "
              "end of the notice period."),
        ("h1", "12. Transparency"),
        ("p", "Ashgrove will publish the certified executive summary on its UK joint working web page before the "
              "first patient is seen. Both organisations will publish a summary of outcomes within six months "
              "of completion, and Ashgrove will disclose its contribution on Disclosure UK."),
        ("h1", "Appendix B - DPIA summary"),
        ("kv", [("Lawful basis", "Article 6(1)(e) and Article 9(2)(h) UK GDPR (direct care)"),
                ("Controller", "Cwm Teifi University Health Board"),
                ("Data leaving the UHB", "Aggregate counts only, small numbers suppressed"),
                ("Residual risk", "Low - accepted by the Senior Information Risk Owner, 04/03/2025")]),
        ("sig", [("Cwm Teifi University Health Board", "Dr Owain Llywelyn", "Medical Director"),
                 ("Ashgrove Pharmaceuticals UK Limited", "Dr Helen Marsh", "UK Medical Director")]),
    ],
}

PID02 = {
    "file": "t8a_pid_02_lornbrae_heart_failure_project_brief.pdf", "fmt": "pdf", "type": "pid",
    "columns": 2, "ruled": False, "pdf_font": "Times-Roman", "accent": "4B2C6F",
    "header": "NHS Lornbrae / Kestrel Bay Pharmaceuticals - Project Brief v0.9",
    "footer": "Joint working - prepared in line with A Common Understanding 2025",
    "over": {"data-protection": "fail", "measurable-outcomes": "warn"},
    "notes": "Titled 'Project Brief' but it is the agreed project plan (objectives, leads, governance, "
             "exit, confidentiality) so type=pid. data-protection FAIL: the Data protection section says "
             "'TBC' although patient records will be searched; no controller, DPIA or limits on company "
             "access. measurable-outcomes WARN: outcomes described only qualitatively ('will be monitored "
             "by the project group'), no numbers or baselines.",
    "blocks": [
        ("title", "Project Brief"),
        ("sub", "Heart failure medicines optimisation clinics in two Lornbrae community hubs"),
        ("h1", "Background"),
        ("p", "NHS Lornbrae's heart failure nurse service carries a waiting list of about 14 weeks for "
              "titration reviews. Patients discharged after a first heart failure admission often wait months "
              "before their medicines are optimised in line with SIGN 147."),
        ("h1", "What the project will do"),
        ("bul", ["Run weekly pharmacist-led titration clinics in Kinross Road and Dunmore community hubs.",
                 "Identify patients on the heart failure register who have not had a medicines review in "
                 "12 months.",
                 "Give patients a written self-management plan and a named clinician to contact."]),
        ("h1", "Benefits"),
        ("p", "Patients: shorter wait for review, medicines adjusted in line with national guidance, fewer "
              "symptoms and fewer emergency admissions. NHS Lornbrae: capacity released in the nurse "
              "service. Kestrel Bay: learning about community models of heart failure care in Scotland."),
        ("h1", "Partners and leads"),
        ("kv", [("NHS Lornbrae (Health Board)", "Fiona Baird, Lead Pharmacist Cardiology, "
                                                "fiona.baird@lornbrae.scot.nhs.uk"),
                ("Kestrel Bay Pharmaceuticals UK Limited", "Dr Imran Qureshi, Medical Affairs Manager, "
                                                           "iqureshi@kestrelbay.co.uk")]),
        ("h1", "Dates"),
        ("p", "Clinics start in September 2025 and run for 15 months to the end of November 2026."),
        ("h1", "Who contributes what"),
        ("table", [["NHS Lornbrae", "Kestrel Bay"],
                   ["0.6 WTE Band 8a pharmacist prescriber, clinic rooms in two hubs, cardiology consultant "
                    "advice (2 hours/week), IT and admin support (valued at £58,000)",
                    "£62,000 to fund 0.6 WTE backfill for the pharmacist post, plus 20 days of project "
                    "management and evaluation design"]], True),
        ("h1", "Project group"),
        ("p", "The project group is chaired by the Associate Director of Pharmacy and meets every six weeks. "
              "Kestrel Bay is represented by its Medical Affairs Manager and a Project Manager. No "
              "representatives or key account staff from Kestrel Bay are members or attend."),
        ("h1", "Outcomes"),
        ("p", "Outcomes will be monitored by the project group and reported at the end of the project. The "
              "group expects to see improvements in waiting times and in the proportion of patients on "
              "optimised treatment."),
        ("h1", "Data protection"),
        ("p", "TBC"),
        ("p", "Clinic pharmacists will search GP practice systems to build the titration list and will record "
              "clinic outcomes on a shared spreadsheet held by the project team."),
        ("h1", "Confidentiality"),
        ("p", "Each party will keep the other's project and commercial information confidential and use it "
              "only for the project. The Board's obligations under the Freedom of Information (Scotland) Act "
              "2002 take precedence; Kestrel Bay may mark material it considers commercially sensitive."),
        ("h1", "If the project stops or ends"),
        ("p", "Patients part-way through titration will be returned to the heart failure nurse service with a "
              "handover letter. The funded backfill ends at month 15 unless the Board's Medicines Management "
              "Group agrees to continue the clinics from its own budget. Three months' written notice is "
              "needed from either side to stop early."),
        ("h1", "Publication"),
        ("p", "An executive summary will be published on Kestrel Bay's website before clinics begin, and "
              "a joint outcomes summary will be placed on both organisations' websites within six months of "
              "completion."),
        ("sig", [("NHS Lornbrae", "Alasdair Munro", "Director of Pharmacy"),
                 ("Kestrel Bay Pharmaceuticals UK Limited", "Dr Catriona Elms", "Medical Director UK & Ireland")]),
    ],
}

PID03 = {
    "file": "t8a_pid_03_harlow_vale_business_case_af.docx", "fmt": "docx", "type": "pid",
    "header": "Harlow Vale Health Partnership Ltd - Business Case - Joint Working - DRAFT FOR APPROVAL",
    "footer": "Harlow Vale GP Federation / Valdane Healthcare UK Ltd",
    "accent": "7A2E0E",
    "over": {"data-protection": "fail", "transparency": "fail"},
    "notes": "Titled 'Business Case - Joint Working' but it is a full project plan (objectives, leads, "
             "governance, exit, confidentiality) so type=pid. data-protection FAIL: it cites UK GDPR but "
             "the company's analyst gets read access to practice systems and holds the resulting patient "
             "list (NHS numbers) on the company's server - the company receives identifiable data. "
             "transparency FAIL: only 'results may be published at Valdane's discretion'.",
    "blocks": [
        ("title", "Business Case - Joint Working"),
        ("sub", "Atrial fibrillation case-finding and anticoagulation review across 11 member practices"),
        ("kv", [("Sponsor", "Dr Sunita Rao, Clinical Director, Harlow Vale Health Partnership Ltd"),
                ("Company partner", "Valdane Healthcare UK Ltd (company no. 09915523)"),
                ("Document status", "Version 2.1 for Federation Board, 14 May 2025")]),
        ("h1", "1  Case for change"),
        ("p", "Our practices have an estimated 640 people with undiagnosed atrial fibrillation and around 18% "
              "of people on the AF register who are not anticoagulated without a recorded reason. Strokes "
              "linked to AF cost the local system about £1.1m a year."),
        ("h1", "2  Objectives"),
        ("num", ["2.1  Pulse-check every registered patient aged 65+ attending for a flu or long-term condition "
                 "appointment between October 2025 and March 2026.",
                 "2.2  Review every AF patient with a CHA2DS2-VASc score of 2 or more who is not anticoagulated, "
                 "with the decision recorded by their GP.",
                 "2.3  Raise the anticoagulation rate for eligible patients from 82% to 90% by September 2026."]),
        ("h1", "3  Benefits"),
        ("p", "Patients: earlier diagnosis, informed decisions about stroke prevention and fewer AF-related "
              "strokes. Federation: better QOF achievement and a repeatable case-finding model. Valdane: "
              "insight into primary care pathway redesign. The project is product-neutral; anticoagulant "
              "choice follows NICE NG196 and the ICB formulary."),
        ("h1", "4  Leads"),
        ("table", [["Organisation", "Lead", "Contact"],
                   ["Harlow Vale Health Partnership Ltd", "Dr Sunita Rao, Clinical Director", "s.rao2@nhs.net"],
                   ["Valdane Healthcare UK Ltd", "Grace Whitfield, Head of Partnerships",
                    "grace.whitfield@valdane.co.uk"]], True),
        ("h1", "5  Funding and resources"),
        ("table", [["", "Federation", "Valdane"],
                   ["People", "0.5 WTE pharmacist; 11 practice AF leads (2 sessions each)",
                    "0.4 WTE data analyst; programme manager 1 day/week"],
                   ["Money", "£9,000 towards practice backfill", "£38,500 for handheld ECG devices and "
                                                                 "nurse sessions"],
                   ["Other", "Clinic space, EMIS searches, clinical governance", "Evaluation design"]], True),
        ("h1", "6  Governance"),
        ("p", "A steering group chaired by the Federation Clinical Director meets monthly with the Federation "
              "pharmacist lead, two practice AF leads, the ICB medicines optimisation lead and Valdane's Head "
              "of Partnerships. Valdane's field sales team has no role in the project."),
        ("h1", "7  Data and information governance"),
        ("p", "The project will comply with UK GDPR. To save practice time, Valdane's data analyst will be given "
              "read-only access to each practice's clinical system to run the AF searches. The search output "
              "(NHS number, age, CHA2DS2-VASc score and current therapy) will be held on Valdane's secure "
              "server so that the analyst can produce the weekly review lists for practices."),
        ("h1", "8  Confidentiality"),
        ("p", "All project papers are confidential to the steering group. Federation and practice staff remain "
              "bound by the common law duty of confidentiality; Valdane staff sign the practice confidentiality "
              "undertaking before any practice visit."),
        ("h1", "9  Measurement"),
        ("p", "Monthly from the EMIS searches: AF register size (baseline 2,310), anticoagulation rate (82% to "
              "90%), number of pulse checks done (target 6,000). Final report at month 12."),
        ("h1", "10  Exit"),
        ("p", "Handheld ECG devices become Federation property at the start. At month 12 the Federation will "
              "decide whether to fund pulse-checks through the enhanced services budget; if not, case-finding "
              "returns to opportunistic checks and all newly diagnosed patients stay under their practice's "
              "usual AF care. Either party may end the project with 8 weeks' notice."),
        ("h1", "11  Publication"),
        ("p", "Results may be published at Valdane's discretion once the final report has been accepted."),
        ("sig", [("Harlow Vale Health Partnership Ltd", "Dr Sunita Rao", "Clinical Director"),
                 ("Valdane Healthcare UK Ltd", "Peter Lansdowne", "General Manager UK")]),
    ],
}

DOCS = [PID01, PID02, PID03]
