"""tuning8b: six Project Initiation Documents (PIDs 01-03)."""
import t8b_noise as N

TRUST_NV = "Northmoor Valley NHS Foundation Trust"
CALV = "Calverley Therapeutics UK Ltd"


def pid01():
    f = "t8b_pid_01_heart_failure_titration.pdf"
    blocks = N.revision_table([
        ["0.1", "14/02/2024", "F. Brackley (NVFT)", "First draft from concept framework"],
        ["0.4", "22/03/2024", "I. Qureshi (Calverley)", "Contributions table and KPIs added"],
        ["1.0", "30/04/2024", "Joint", "Approved by both organisations"]])
    blocks += [("toc",), ("pb",)]
    blocks += [("h1", "1. Purpose of this document"),
               ("p", "This Project Initiation Document (PID) sets out how " + TRUST_NV + " and " + CALV +
                " will work together to establish nurse-led heart failure titration clinics in three "
                "community hubs. It is the reference point for the steering group and will be kept on "
                "record by both organisations for the life of the project and six years afterwards.")]
    blocks += N.background("hf", "2. Background and local epidemiology")
    blocks += [("h1", "3. Aims and objectives"),
               ("p", "The aim is to help people with heart failure with reduced ejection fraction reach "
                     "optimal guideline-directed therapy sooner and closer to home."),
               ("n", ["Raise the proportion of eligible patients on all four recommended drug classes "
                      "from a baseline of 41% (audit, January 2024) to 65% by month 12.",
                      "Reduce heart failure emergency admissions in the cohort by 15% against the "
                      "2023/24 baseline of 1,140, measured from Trust SUS data at month 12.",
                      "Offer a first titration appointment within 14 days of referral for 90% of patients.",
                      "Achieve a patient-reported experience score of at least 85% 'good' or 'very good'."])]
    blocks += [("h1", "4. Expected benefits"),
               ("t", ["For", "Predicted benefit"], [
                   ["Patients", "Faster optimisation of treatment, fewer hospital admissions, better "
                                "symptom control and fewer trips to the acute site."],
                   ["NHS", "Reduced bed days, released consultant outpatient capacity, a tested "
                           "community model that can be commissioned."],
                   ["Calverley", "Improved understanding of community service models for long-term "
                                 "conditions and experience of collaborative working with a Trust."]],
                [0.2, 0.8]),
               ("h1", "5. Partner organisations and accountable leads"),
               ("kv", [["NHS partner", TRUST_NV + ", Moorside House, 1 Moor Road, Northmoor NM3 4QT"],
                       ["NHS accountable lead", "Dr Fiona Brackley, Consultant Cardiologist, "
                                                "fiona.brackley@nvft.example.nhs.uk"],
                       ["Industry partner", CALV + " (company no. 07745120), 20 Wharf Street, Leeds LS2 7EQ"],
                       ["Industry accountable lead", "Dr Imran Qureshi, Medical Affairs Manager, "
                                                     "iqureshi@calverley.example.com"],
                       ["Start / completion", "Q2 2024 (1 June 2024) / 31 May 2025"]]),
               ("cols", 2)]
    blocks += [("h1", "6. Scope"),
               ("p", "In scope: adults on the heart failure register of the 14 practices in the "
                     "Northmoor North and Coastal PCNs with reduced ejection fraction. Out of scope: "
                     "device therapy, palliative care pathways and any choice between brands. "
                     "Prescribing decisions follow the Trust formulary and NICE guidance on chronic "
                     "heart failure and remain with NHS clinicians."),
               ("h1", "7. Resources and contributions"),
               ("t", ["Partner", "Contribution", "Value"], [
                   ["Calverley", "Funding for 1.0 WTE Band 7 heart failure nurse (fixed-term Trust post)", "GBP 61,900"],
                   ["Calverley", "Project management, 0.2 WTE, and evaluation design support", "GBP 18,500"],
                   ["Calverley", "Patient education materials (non-promotional, Trust branded)", "GBP 4,000"],
                   ["Trust", "Consultant supervision, 2 sessions per month", "GBP 14,200"],
                   ["Trust", "Pharmacist 0.4 WTE, clinic rooms, phlebotomy and echo slots", "GBP 38,000"],
                   ["Trust", "Information analyst time for baseline and final reports", "GBP 6,300"]],
                [0.2, 0.6, 0.2]),
               ("h1", "8. Information governance and confidentiality"),
               ("p", "The Trust remains data controller for all patient data. Processing takes place on "
                     "Trust systems under UK GDPR and the Data Protection Act 2018, and a DPIA was "
                     "approved by the Trust's IG committee on 11 April 2024 (ref IG-2024-031)."),
               ("p", "Calverley staff will not see any patient-identifiable information. They receive "
                     "aggregated, anonymised figures only, with counts under five suppressed."),
               ("p", "Patient information is handled under the Trust's confidentiality policy and "
                     "overseen by the Caldicott Guardian. Project papers that either partner marks as "
                     "commercially sensitive are kept confidential by both organisations, subject to the "
                     "Trust's duties under the Freedom of Information Act 2000."),
               ("h1", "9. Closing the project"),
               ("p", "If the evaluation meets its targets, the Trust will put a business case to the ICB "
                     "in month 10 so the clinics can be mainstreamed into the community heart failure "
                     "service from month 13. If the case is not supported, patients part-way through "
                     "titration will complete it with the Trust's existing heart failure nurses and are "
                     "then discharged to their GP with a written plan."),
               ("p", "Either organisation may end the project early by giving three months' written "
                     "notice to the other. The funded nurse post is a fixed-term Trust contract; on early "
                     "or planned close the post holder will be supported through the Trust's "
                     "redeployment policy and no patient will be left without a named clinician."),
               ("cols", 1)]
    blocks += [("h1", "10. Measurement and evaluation"),
               ("t", ["Measure", "Baseline", "Target", "Source", "When"], [
                   ["% on four recommended classes", "41%", "65%", "SystmOne search", "Months 6, 12"],
                   ["HF emergency admissions (cohort)", "1,140 / yr", "-15%", "SUS", "Month 12"],
                   ["Referral to first appointment", "n/a (new)", "90% in 14 days", "Clinic log", "Monthly"],
                   ["Patient experience good/very good", "n/a", "85%", "Survey", "Month 11"]],
                [0.32, 0.14, 0.14, 0.2, 0.2])]
    blocks += N.organogram([
        ["1", "Trust Executive Board / Calverley UK Leadership", "Sponsors", "-"],
        ["2", "Joint steering group", "Dr F. Brackley (chair); Dr I. Qureshi; ICB commissioning "
                                   "manager; patient representative; Trust pharmacist lead", "Level 1"],
        ["3", "Project delivery group", "HF nurse; project manager; information analyst", "Level 2"]],
        "11. Project organisation")
    blocks += [("p", "Calverley's representatives on the project are from its medical affairs and "
                     "partnerships teams. No sales or marketing staff have any role in the project.")]
    blocks += N.risk_register([
        ["Recruitment to nurse post delayed", "3", "4", "Advertise in parallel with approvals", "Trust HR", "Closed"],
        ["No exit plan agreed", "2", "4", "Draft by month 3", "Steering group", "Closed - see s.9"],
        ["Blood test capacity", "3", "3", "Point-of-care testing at hubs", "Pharmacist lead", "Open"],
        ["Low uptake in coastal PCN", "2", "3", "Outreach via practice nurses", "PM", "Open"]],
        "12. Risk register")
    blocks += N.gantt([
        ["Approvals and DPIA", 0, 0, "Joint"], ["Recruit nurse", 0, 1, "Trust"],
        ["Clinics live", 1, 3, "Trust"], ["Mid-point review", 2, 2, "Steering group"],
        ["Business case to ICB", 3, 3, "Trust"], ["Final report", 3, 3, "Joint"]],
        ["Q2 24", "Q3 24", "Q4 24", "Q1 25"], "13. Milestones")
    blocks += [("h1", "14. Transparency"),
               ("p", "Calverley will publish the executive summary of this collaboration on its UK website "
                     "before the first clinic. Both partners will publish a summary of outcomes within six "
                     "months of completion, and Calverley will disclose the transfer of value on "
                     "Disclosure UK.")]
    blocks += N.eia({"Age": ("Positive", "Most patients are over 70; hubs reduce travel."),
                     "Disability": ("Positive", "Home visits available for housebound patients.")},
                    "15. Equality impact screening")
    blocks += N.glossary(["Exit strategy", "Confidential information", "Data controller", "DPIA",
                          "Mainstreaming", "Disclosure UK"], "16. Glossary")
    blocks += N.references("hf", ["code", "conf", "nhsc", "dpa"], "17. References")
    blocks += N.highlight_template("Appendix A - Highlight report template")
    blocks += [("h1", "Approval"),
               ("t", ["Organisation", "Name", "Role", "Date"], [
                   [TRUST_NV, "Ruth Ellingham", "Chief Operating Officer", "30/04/2024"],
                   [CALV, "Dr Martin Soames", "Medical Director UK (final signatory)", "30/04/2024"]]),
               ("p", "Job code: CAL-UK-HF-0412. Date of preparation: April 2024.")]
    return N.spec(f, "pid", "pdf", "Heart failure titration clinics PID",
                  TRUST_NV + " | " + CALV, "OFFICIAL - PID v1.0",
                  "Heart failure titration clinics - Project Initiation Document", [
                      "Project Initiation Document", "Community heart failure titration clinics",
                      "A collaborative working project between " + TRUST_NV + " and " + CALV,
                      "Version 1.0 - 30 April 2024"],
                  blocks, ["mainstreamed into the community heart failure service",
                           "three months' written notice", "Trust remains data controller",
                           "aggregated, anonymised figures only", "Trust's confidentiality policy",
                           "No sales or marketing staff have any role",
                           "publish the executive summary of this collaboration",
                           "from a baseline of 41%", "GBP 61,900"], author="F. Brackley")


ICB_HD = "Harrowgate and Dales Integrated Care Board"
BREN = "Brennard Pharma UK Ltd"


def pid02():
    f = "t8b_pid_02_copd_spirometry_hub.docx"
    blocks = [("kv", [["Document", "Project Initiation Document (PID)"], ["Version", "2.1 FINAL"],
                      ["Owner", "Programme Lead, Respiratory, " + ICB_HD],
                      ["Approved", "ICB Clinical Effectiveness Group, 9 September 2024"]]),
              ("toc",)]
    blocks += N.background("copd", "Section A - Why this project is needed")
    blocks += [("h1", "Section B - What the project will do"),
               ("p", "A hub-and-spoke model will provide quality-assured diagnostic spirometry and "
                     "FeNO testing at two community hubs, staffed by ARTP-registered healthcare "
                     "scientists, with results and interpretation returned to the referring practice."),
               ("h2", "Objectives"),
               ("b", ["Improve timely access to quality-assured spirometry for people with suspected COPD.",
                      "Reduce waiting for diagnostic testing across the Dales locality.",
                      "Support practices to code and review new diagnoses accurately.",
                      "Improve patient experience of the diagnostic pathway."]),
               ("h2", "How success will be judged"),
               ("p", "The steering group will keep progress under review and outcomes will be monitored "
                     "throughout the project. Success will be judged on improved access and positive "
                     "feedback from patients and practices."),
               ("h1", "Section C - Benefits"),
               ("t", ["Stakeholder", "Expected benefit"], [
                   ["Patients", "Earlier and more accurate diagnosis, so that treatment, pulmonary "
                                "rehabilitation and smoking support start sooner; testing nearer home."],
                   ["ICB / practices", "Backlog reduction; consistent, quality-assured results."],
                   [BREN, "Insight into diagnostic pathway redesign in a rural system."]], [0.25, 0.75]),
               ("h1", "Section D - Partners"),
               ("t", ["Organisation", "Address", "Accountable lead"], [
                   [ICB_HD, "Dales House, 4 Station Approach, Skipwith HG9 1DA",
                    "Clare Mottram, Programme Lead Respiratory, clare.mottram@hdicb.example.nhs.uk"],
                   [BREN + " (company no. 05518822)", "Unit 3, Meridian Park, Reading RG2 6UB",
                    "Dr Owen Fitch, Head of Medical Partnerships, o.fitch@brennard.example.com"]],
                [0.3, 0.35, 0.35]),
               ("h1", "Section E - Resources"),
               ("t", ["", "ICB", BREN], [
                   ["Funding", "Hub estates and consumables (GBP 22,000)", "GBP 74,000 towards healthcare scientist sessions"],
                   ["People", "Clinical lead 0.1 WTE; BI analyst 0.1 WTE", "Project manager 0.3 WTE"],
                   ["Other", "Spirometers and FeNO devices (existing)", "ARTP training places for 6 practice staff"]],
                [0.2, 0.4, 0.4]),
               ("h1", "Section F - Information governance"),
               ("p", "No patient-identifiable data will leave NHS systems. The ICB and the hosting GP "
                     "federation act as joint data controllers; a DPIA has been completed and signed "
                     "off by the ICB Data Protection Officer. " + BREN + " will see only aggregate "
                     "activity figures."),
               ("p", "All project documentation, including financial information shared by either "
                     "partner, is confidential to the partners and will not be passed to third parties "
                     "without written consent, except where the ICB must release it under the Freedom "
                     "of Information Act."),
               ("h1", "Section G - Project duration"),
               ("p", "The project will run from 1 October 2024 to 30 September 2025."),
               ("h1", "Section H - Governance")]
    blocks += N.organogram([
        ["1", "ICB Clinical Effectiveness Group", "ICB executives", "ICB Board"],
        ["2", "Spirometry steering group", "C. Mottram (chair); Dr O. Fitch; federation manager; "
                                          "two GP clinical leads; patient voice representative", "Level 1"],
        ["3", "Hub operational meeting", "Hub lead scientist; PM; federation admin", "Level 2"]], "Organisation chart")
    blocks += [("p", "Brennard's involvement is limited to medical and partnerships staff. Commercial "
                     "colleagues are not part of the steering group or the hub team.")]
    blocks += N.risk_register([
        ["No exit plan agreed", "3", "4", "Draft by month 3 for steering group sign-off", "ICB programme lead", "Open"],
        ["Healthcare scientist vacancies", "3", "4", "Bank staff; neighbouring ICB mutual aid", "Federation", "Open"],
        ["Low referral quality", "2", "3", "Referral template on EMIS", "Clinical lead", "Open"],
        ["Equipment calibration", "2", "2", "Daily calibration logs", "Hub lead", "Open"]])
    blocks += N.gantt([["Mobilise hubs", 0, 0, "Federation"], ["Testing live", 0, 3, "Hubs"],
                       ["Practice training", 1, 2, "ICB"], ["Evaluation", 3, 3, "ICB"]],
                      ["Q4 24", "Q1 25", "Q2 25", "Q3 25"], "Delivery timeline")
    blocks += [("h1", "Publication"),
               ("p", "An executive summary will be published by " + BREN + " before the hubs open, "
                     "and both organisations will publish the project outcomes within six months of "
                     "the end date.")]
    blocks += [("h1", "Appendix 1 - Extract from steering group minutes")]
    blocks += N.minutes("Spirometry steering group", "12 August 2024",
                        ["C. Mottram (chair)", "Dr O. Fitch", "Dr P. Lindley", "S. Okoro (federation)"],
                        ["patient voice representative"],
                        [["1. Hub sites", "Both hubs confirmed; estates works complete in September.", "Federation"],
                         ["2. Exit arrangements", "Deferred to a later meeting.", "-"],
                         ["3. Publication", "Brennard to prepare executive summary for certification.", "OF"]])
    blocks += N.glossary(["Exit strategy", "Data controller", "DPIA", "Baseline", "ICB"], "Appendix 2 - Glossary")
    blocks += N.references("copd", ["toolkit", "dpa"], "Appendix 3 - References")
    blocks += N.change_request_template("Appendix 4 - Change request form")
    return N.spec(f, "pid", "docx", "COPD spirometry hub PID", ICB_HD, "OFFICIAL | PID v2.1",
                  "Spirometry hub - collaborative working with " + BREN, [
                      "Community Diagnostic Spirometry Hubs", "Project Initiation Document",
                      ICB_HD + " with " + BREN],
                  blocks, ["1 October 2024 to 30 September 2025", "Deferred to a later meeting",
                           "outcomes will be monitored", "No patient-identifiable data will leave NHS systems",
                           "GBP 74,000"],
                  defects={"exit-strategy": "fail", "measurable-outcomes": "warn"},
                  notes="exit-strategy fail: only an end date; glossary defines 'Exit strategy', risk "
                        "register row 'No exit plan agreed - draft by month 3' is still open and the minutes "
                        "defer exit arrangements - no actual plan. measurable-outcomes warn: objectives and "
                        "success criteria are qualitative only ('outcomes will be monitored'); numbers in the "
                        "background are context, not targets.")


FED = "Wenlow Primary Care Federation CIC"
OST = "Ostara Life Sciences Ltd"


def pid03():
    f = "t8b_pid_03_af_pharmacy_detection.pdf"
    blocks = N.revision_table([
        ["0.2", "03/06/2024", "N. Addo", "Draft"], ["0.5", "18/07/2024", "N. Addo / H. Pryce", "IG section"],
        ["1.0", "02/09/2024", "N. Addo", "Approved by Federation board"]], "Version history")
    blocks += [("p", "Distribution: Federation board; Dr H. Pryce, Medical Lead, " + OST + "; L. Ambrose, "
                     "Partnerships Manager, " + OST + "; M. Haverstock, Sales Director, " + OST +
                     " (for information); Local Pharmaceutical Committee secretary."),
               ("toc",), ("pb",)]
    blocks += N.background("af", "1 Introduction and context")
    blocks += [("h1", "2 Project description"),
               ("p", "Twelve community pharmacies will offer a pulse check and single-lead ECG to people "
                     "aged 65 and over collecting repeat prescriptions. Possible AF is referred to the "
                     "patient's practice for a 12-lead ECG and clinical review by a GP using the "
                     "Federation's agreed pathway. Treatment decisions follow NICE guidance and the "
                     "ICB formulary and are entirely a matter for NHS clinicians."),
               ("h1", "3 Objectives and measures"),
               ("t", ["Objective", "Measure", "Baseline", "Target by month 12"], [
                   ["Detect undiagnosed AF", "New AF diagnoses coded in practices", "118 / yr", "170 / yr"],
                   ["Timely review", "Pharmacy referral to GP review", "n/a", "80% within 10 working days"],
                   ["Stroke prevention", "Newly diagnosed AF with documented anticoagulation decision", "72%", "95%"],
                   ["Reach", "Pulse checks delivered", "0", "4,000"]], [0.25, 0.35, 0.15, 0.25]),
               ("h1", "4 Benefits"),
               ("b", ["Patients: earlier detection of AF and a documented stroke-prevention decision, "
                      "reducing the risk of avoidable AF-related stroke.",
                      "NHS: fewer strokes, better use of community pharmacy skills, data to inform "
                      "commissioning.",
                      OST + ": learning about community pharmacy case-finding models."]),
               ("h1", "5 Partners"),
               ("t", ["Partner", "Registered address", "Lead"], [
                   [FED, "The Exchange, 9 Mill Lane, Wenlow WN4 2PX", "Nadia Addo, Director of Operations"],
                   [OST, "Ostara House, 2 Kings Park, Uxbridge UB8 1AA", "Dr Hywel Pryce, Medical Lead"]],
                [0.3, 0.4, 0.3]),
               ("h1", "6 Contributions"),
               ("t", ["Organisation", "What", "Value (GBP)"], [
                   [FED, "Pathway design, practice engagement, clinical lead 0.2 WTE, data analysis", "31,500"],
                   [FED, "Pharmacy fees for 4,000 checks (from Federation innovation fund)", "20,000"],
                   [OST, "Single-lead ECG devices for 12 pharmacies and training", "26,400"],
                   [OST, "Project manager 0.4 WTE for 12 months", "29,000"]], [0.3, 0.5, 0.2]),
               ("h1", "7 Data protection"),
               ("p", "Processing will be carried out in line with UK GDPR and the Data Protection Act 2018. "
                     "The Federation is data controller for the pharmacy records and has completed a "
                     "DPIA (approved 15 July 2024). " + OST + " receives quarterly aggregate counts only."),
               ("h1", "8 Confidentiality"),
               ("p", "[To be confirmed following legal review.]"),
               ("h1", "9 Ending the project"),
               ("p", "The Federation will seek ICB funding to continue checks through the Pharmacy "
                     "Contraceptive and Case-Finding framework after month 12. Either partner can "
                     "withdraw on 60 days' written notice; in that case devices already placed remain with "
                     "the pharmacies, patients already referred complete their GP review, and the "
                     "Federation will write to each pharmacy to stop new checks within two weeks."),
               ("h1", "10 Publication and disclosure"),
               ("p", OST + " will publish an executive summary before launch and a summary of outcomes "
                     "within six months of the end; both partners will place the outcomes summary on "
                     "their websites. Payments will be disclosed on Disclosure UK.")]
    blocks += N.organogram([
        ["1", "Federation board", "Directors", "-"],
        ["2", "Project board", "N. Addo (chair); Dr H. Pryce; L. Ambrose (partnerships); LPC "
                               "representative; GP clinical lead", "Federation board"],
        ["3", "Pharmacy delivery network", "12 pharmacy leads; project manager", "Project board"]],
        "11 Project structure")
    blocks += N.risk_register([
        ["Pharmacy staff turnover", "3", "3", "Rolling training; online module", "PM", "Open"],
        ["Practices slow to review", "3", "4", "Escalation through PCN clinical directors", "GP lead", "Open"],
        ["Device faults", "2", "2", "Spare devices held", "Ostara", "Open"]], "12 Risks")
    blocks += N.gantt([["Approvals", 0, 0, "Federation"], ["Training", 0, 1, "Ostara / Fed"],
                       ["Checks live", 1, 4, "Pharmacies"], ["Evaluation", 4, 4, "Federation"]],
                      ["Oct 24", "Jan 25", "Apr 25", "Jul 25", "Oct 25"], "13 Timeline")
    blocks += N.eia({"Age": ("Positive", "Targets people aged 65+."),
                     "Race": ("Monitor", "Uptake by ethnicity to be reviewed at month 6."),
                     "Deprivation / inclusion health": ("Positive", "Pharmacies chosen in deprived wards.")},
                    "14 Equality impact assessment")
    blocks += N.glossary(["Confidential information", "Data controller", "DPIA", "KPI", "PCN"], "15 Glossary")
    blocks += N.references("af", ["conf", "code", "igguide"], "16 References")
    return N.spec(f, "pid", "pdf", "AF detection in community pharmacy PID", FED,
                  "PID v1.0 - OFFICIAL-SENSITIVE", "AF case-finding in community pharmacy | " + OST, [
                      "Project Initiation Document",
                      "Atrial fibrillation case-finding in community pharmacy",
                      FED + " and " + OST, "Version 1.0, September 2024"],
                  blocks, ["[To be confirmed following legal review.]", "Sales Director",
                           "60 days' written notice", "DPIA (approved 15 July 2024)", "4,000"],
                  defects={"confidentiality": "fail", "sales-roles": "warn"},
                  notes="confidentiality fail: the Confidentiality section is a placeholder; the glossary "
                        "entry 'Confidential information' and the reference 'Confidentiality: NHS Code of "
                        "Practice' commit to nothing (data-protection section passes on its own). "
                        "sales-roles warn: the company's Sales Director appears only on the document "
                        "distribution list (for information), not in the project board or delivery.")
