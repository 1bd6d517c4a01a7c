"""tuning8b: executive summaries 01-03 and concept frameworks 01-02."""
import t8b_noise as N

NV = "Northmoor Valley NHS Foundation Trust"
CAL = "Calverley Therapeutics UK Ltd"


def es01():
    f = "t8b_es_01_heart_failure_titration.pdf"
    blocks = [("toc",), ("pb",),
              ("h1", "Summary of the collaborative working agreement"),
              ("kv", [["Project title", "Community heart failure titration clinics"],
                      ["Partners", NV + " and " + CAL],
                      ["Project period", "June 2024 to May 2025 (12 months)"],
                      ["Type", "Collaborative working (ABPI Code Clause 20)"]])]
    blocks += N.background("hf", "Project rationale")
    blocks += [("cols", 2),
               ("h1", "Objectives"),
               ("b", ["Help people with heart failure reach optimal treatment faster, closer to home.",
                      "Raise the proportion of eligible patients on all recommended drug classes from 41% "
                      "to 65% within 12 months.",
                      "Reduce heart failure emergency admissions in the cohort by 15%."]),
               ("h1", "Expected benefits"),
               ("p", "Patients: quicker optimisation of treatment, fewer admissions, less travel. NHS: fewer "
                     "bed days and a community model ready to commission. " + CAL + ": learning about "
                     "community service models for long-term conditions."),
               ("h1", "Financial and other arrangements"),
               ("t", ["Partner", "Contribution"], [
                   [CAL, "GBP 84,400: funding for a fixed-term Trust heart failure nurse, project management "
                         "support and non-promotional patient materials"],
                   [NV, "GBP 58,500 in kind: consultant supervision, pharmacist time, clinic rooms, "
                        "diagnostics and information analysis"]], [0.35, 0.65]),
               ("h1", "Use of patient data"),
               ("p", "Patient records stay within the Trust, which is data controller. " + CAL + " sees "
                     "only anonymised, aggregated results and no patient-identifiable data."),
               ("h1", "Governance"),
               ("p", "A joint steering group chaired by the Trust's consultant cardiologist oversees the "
                     "project. Calverley is represented by medical affairs and partnerships staff only."),
               ("h1", "Publication"),
               ("p", "This summary is published on the Calverley UK website before the project starts. A "
                     "summary of outcomes will be published by both partners within six months of "
                     "completion."),
               ("cols", 1)]
    blocks += N.gantt([["Set-up", 0, 0, "Joint"], ["Clinics running", 1, 3, "Trust"],
                       ["Evaluation and report", 3, 3, "Joint"]], ["Q2 24", "Q3 24", "Q4 24", "Q1 25"],
                      "Indicative timeline")
    blocks += N.glossary(["Exit strategy", "Data controller", "Disclosure UK", "Collaborative working"],
                         "Terms used in this summary")
    blocks += N.references("hf", ["code", "nhsc"], "Further reading")
    blocks += [("p", "Job code CAL-UK-HF-0419. Date of preparation: May 2024.")]
    return N.spec(f, "executive-summary", "pdf", "Executive summary - heart failure titration clinics",
                  CAL, "Executive summary | CAL-UK-HF-0419", "Collaborative working - public summary", [
                      "Executive Summary", "Community heart failure titration clinics",
                      NV + " and " + CAL], blocks,
                  ["GBP 84,400", "GBP 58,500 in kind", "only anonymised, aggregated results",
                   "published on the Calverley UK website before the project starts"],
                  es_data=True)


CVI = "Coldharbour Vale Integrated Care Board"
DUR = "Durrant Bioscience UK Ltd"


def es02():
    f = "t8b_es_02_asthma_education_schools.docx"
    blocks = [("kv", [["Title", "Asthma Friendly Schools and Pharmacies"],
                      ["Organisations", CVI + "; " + DUR],
                      ["Anticipated start", "January 2026"], ["Anticipated completion", "December 2026"],
                      ["Approval code", "DUR-UK-2511-77, November 2025"]]), ("toc",)]
    blocks += N.background("asthma", "Why this project")
    blocks += [("h1", "What the project will do"),
               ("p", "School nurses, community pharmacists and teaching assistants in 40 primary and "
                     "secondary schools will be trained to recognise poorly controlled asthma, check "
                     "inhaler technique and signpost families to their practice for a review. Schools "
                     "will receive emergency inhaler policies and action plan templates. The training is "
                     "product-neutral and follows national asthma guidance."),
               ("h1", "Who benefits"),
               ("b", ["Children and young people with asthma: fewer attacks at school, better inhaler "
                      "technique, faster help in an emergency.",
                      "The ICB: fewer emergency admissions in children; better-equipped schools.",
                      DUR + ": understanding of community education models."]),
               ("h1", "Financial arrangements"),
               ("t", ["Organisation", "Contribution"], [
                   [DUR, "GBP 46,500 for training delivery, trainer fees and printed materials; a project "
                         "coordinator for 0.2 WTE"],
                   [CVI, "In-kind support - to be confirmed"]], [0.35, 0.65]),
               ("h1", "Oversight"),
               ("p", "A project group chaired by the ICB's children and young people's asthma lead, "
                     "including a school nurse manager, a community pharmacy representative, a parent "
                     "representative and " + DUR + "'s Medical Education Manager."),
               ("h1", "Publication of results"),
               ("p", "This summary is available on " + DUR + "'s website before the project begins. The "
                     "ICB and " + DUR + " will each publish a summary of outcomes within six months of the "
                     "end of the project.")]
    blocks += N.stakeholder_map([
        ["Head teachers", "Safe schools", "High", "Briefing via education partnership"],
        ["School nurses", "Workload, skills", "High", "Co-design of training"],
        ["Parents", "Child safety", "Medium", "Leaflets and school newsletters"],
        ["Pharmacies", "Service development", "Medium", "LPC bulletin"]], "Stakeholders")
    blocks += N.comms_plan([
        ["Schools", "Training dates and resources", "Email and education portal", "Term 1"],
        ["Public", "Project summary", "Company and ICB websites", "Before start"]], "Communications")
    blocks += N.gantt([["Training design", 0, 0, "Project group"], ["Training cohort 1", 1, 1, "Trainers"],
                       ["Training cohort 2", 2, 2, "Trainers"], ["School policy pack issued", 1, 3, "ICB"],
                       ["Close and report", 3, 3, "Joint"]], ["Q1 26", "Q2 26", "Q3 26", "Q4 26"],
                      "Indicative milestones")
    blocks += N.eia({"Age": ("Positive", "Children and young people 5-18."),
                     "Disability": ("Positive", "Special schools included in cohort 1."),
                     "Deprivation / inclusion health": ("Positive", "Schools with highest asthma "
                                                                    "admission rates prioritised.")},
                    "Equality considerations")
    blocks += N.minutes("Extract: project group planning meeting", "6 October 2025",
                        ["ICB CYP asthma lead (chair)", "School nurse manager", "LPC representative",
                         "Parent representative", "Medical Education Manager, " + DUR], [],
                        [["Scope", "40 schools agreed; special schools first.", "Chair"],
                         ["Materials", "Action plan template to be adapted from ICB version.", "School nurses"],
                         ["Summary", "Executive summary to go through certification.", "DUR"]])
    blocks += N.glossary(["Confidential information", "ICB", "Collaborative working", "In-kind contribution"],
                         "Glossary")
    blocks += N.references("asthma", ["code", "toolkit"], "References")
    return N.spec(f, "executive-summary", "docx", "Executive summary - asthma friendly schools", CVI,
                  "PUBLIC | DUR-UK-2511-77", "Asthma Friendly Schools and Pharmacies - executive summary", [
                      "Executive Summary of a Collaborative Working Project",
                      "Asthma Friendly Schools and Pharmacies", CVI + " and " + DUR], blocks,
                  ["In-kind support - to be confirmed", "GBP 46,500", "available on"],
                  defects={"resource-contributions": "fail"}, es_data=False,
                  notes="resource-contributions fail: only the company's contribution is stated; the ICB's "
                        "is 'to be confirmed'. data-protection n/a: the summary describes training only and "
                        "no patient data or records; the glossary entry 'Confidential information' is just "
                        "a definition.")


BSI = "Bexwell and Stour Integrated Care Board"
TAR = "Tarrant Pharmaceuticals UK Ltd"


def es03():
    f = "t8b_es_03_af_anticoagulation_searches.pdf"
    blocks = [("toc",), ("pb",)]
    blocks += N.background("af", "1. Rationale")
    blocks += [("h1", "2. Project outline"),
               ("p", "Practice-based searches of GP clinical records will identify patients with coded AF "
                     "and a CHA2DS2-VASc score of 2 or more who have no anticoagulation decision recorded. "
                     "Clinical pharmacists will review the records and invite patients for a "
                     "product-neutral review in line with NICE guidance."),
               ("h1", "3. Objectives and benefits"),
               ("p", "The aim is to ensure that every eligible patient has a documented, shared decision "
                     "about stroke prevention. Patients benefit from a reduced risk of AF-related stroke; "
                     "the ICB from fewer strokes and better CVD prevention data; " + TAR + " from "
                     "understanding AF pathways in primary care."),
               ("h1", "4. Partners and project team"),
               ("t", ["Name", "Organisation", "Project role"], [
                   ["Dr Joanna Reeve", BSI, "Clinical lead, CVD prevention"],
                   ["Kamal Haddad", BSI, "Medicines optimisation pharmacist"],
                   ["Dr Priti Shah", TAR, "Medical Adviser"],
                   ["Daniel Frost", TAR, "Area Business Manager - practice engagement and meeting support"]],
                [0.25, 0.35, 0.4]),
               ("h1", "5. Financial arrangements"),
               ("t", ["", "Contribution", "Value"], [
                   [TAR, "Funding of pharmacist sessions in 20 practices", "GBP 52,000"],
                   [BSI, "Clinical leadership, search development, practice time, evaluation", "GBP 39,000"]],
                [0.3, 0.5, 0.2]),
               ("h1", "6. Timescale"),
               ("p", "Anticipated start: Q1 2025. Completion: Q4 2025."),
               ("h1", "7. Publication"),
               ("p", "This summary will be published on " + TAR + "'s UK website before the start, and the "
                     "outcomes will be published by both partners within six months of completion.")]
    blocks += N.gantt([["Search specification", 0, 0, "ICB"], ["Practice reviews", 1, 3, "Pharmacists"],
                       ["Patient invitations", 1, 3, "Practices"], ["Evaluation", 3, 3, "ICB"]],
                      ["Q1 25", "Q2 25", "Q3 25", "Q4 25"], "8. Milestones")
    blocks += N.risk_register([
        ["Practice capacity for invitations", "3", "3", "Pharmacist-led invitations", "ICB", "Open"],
        ["Information governance approval delayed", "2", "3", "Early engagement with IG team", "ICB", "Open"],
        ["Patient concern about bleeding risk", "2", "2", "Shared decision aid", "Clinical lead", "Open"]],
        "9. Key risks")
    blocks += N.eia({"Age": ("Positive", "Most patients with AF are over 65."),
                     "Disability": ("Monitor", "Easy-read invitations available.")}, "10. Equality")
    blocks += N.glossary(["Data controller", "DPIA", "Caldicott Guardian", "KPI"], "11. Glossary")
    blocks += N.references("af", ["conf", "dpa", "code"], "12. References")
    blocks += [("p", "Prepared: December 2024. Ref TAR-UK-CW-1207.")]
    return N.spec(f, "executive-summary", "pdf", "Executive summary - AF anticoagulation case review",
                  TAR + " | " + BSI, "Executive summary - TAR-UK-CW-1207", "AF stroke prevention review", [
                      "Executive Summary", "AF stroke prevention case review", BSI + " and " + TAR], blocks,
                  ["searches of GP clinical records", "Area Business Manager", "GBP 52,000"],
                  defects={"data-protection": "fail", "sales-roles": "fail"}, es_data=True,
                  notes="data-protection fail: the project searches and reviews GP patient records but the "
                        "summary says nothing about how that data is protected; glossary definitions of "
                        "'Data controller'/'DPIA' and a reference to the ICO guide commit to nothing. "
                        "sales-roles fail: an Area Business Manager is in the project team with a delivery "
                        "role (practice engagement).")


def cf01():
    f = "t8b_cf_01_kidney_health_checks.docx"
    sch, mar = "Southfold Community Healthcare NHS Trust", "Marlowe Biopharma UK Ltd"
    blocks = [("kv", [["Proposal title", "Kidney health checks for people with diabetes in community clinics"],
                      ["Prepared by", "Diabetes and renal leads, " + sch + "; Partnerships team, " + mar],
                      ["Date", "12 June 2025"]]), ("toc",)]
    blocks += N.background("ckd", "1 Purpose and need")
    blocks += [("h1", "2 Partner organisations and key stakeholders"),
               ("b", [sch + " (NHS partner; community diabetes service)",
                      mar + " (industry partner)",
                      "Stakeholders: Southfold PCNs, renal unit at the acute trust, Kidney Care UK local group"]),
               ("h1", "3 Objectives and intended benefits"),
               ("t", ["For", "Intended benefit"], [
                   ["Patients", "Annual kidney checks (eGFR and urine ACR) offered in the same visit as their "
                                "diabetes review; earlier detection and treatment of kidney disease."],
                   ["NHS", "Better recording of CKD, fewer late renal referrals."],
                   ["Company", "Insight into integrated diabetes-renal pathways."]], [0.2, 0.8]),
               ("h1", "4 Resource impact on each partner"),
               ("t", ["Partner", "Financial", "Non-financial"], [
                   [sch, "Approx. GBP 20,000 in kind", "Nurse and HCA time, clinic rooms, point-of-care "
                                                        "urine ACR analysers"],
                   [mar, "Approx. GBP 45,000", "Project manager 0.2 WTE; evaluation support"]], [0.3, 0.3, 0.4]),
               ("h1", "5 Timing"),
               ("kv", [["Anticipated start", "Q4 2025"], ["Length", "15 months"]]),
               ("h1", "6 Preliminary check against criteria"),
               ("t", ["Question", "Answer"], [
                   ["Is the project patient-centred?", "Yes"],
                   ["Does every party make a significant contribution?", "Yes - see section 4"],
                   ["Is it linked to any medicine?", "No; product-neutral"],
                   ["Will company sales staff be involved?", "No"]], [0.6, 0.4]),
               ("h1", "7 Decision"),
               ("p", "Both organisations agreed on 30 June 2025 to proceed to a full PID.")]
    blocks += N.stakeholder_map([
        ["PCN clinical directors", "Practice workload", "High", "Early briefing"],
        ["Renal consultants", "Referral demand", "Medium", "Advice and guidance pathway"],
        ["Patients", "Convenience", "High", "Patient panel"]], "8 Stakeholder analysis")
    blocks += N.risk_register([
        ["Point-of-care analyser accuracy", "2", "3", "Lab comparison in first month", "Trust", "Open"],
        ["No exit plan agreed", "3", "3", "To be developed in the PID", "Joint", "Open"]],
        "9 Early risks")
    blocks += N.gantt([["Concept approval", 0, 0, "Joint"], ["PID and agreement", 0, 1, "Joint"],
                       ["Clinics", 1, 4, "Trust"], ["Evaluation", 4, 5, "Joint"]],
                      ["Q3 25", "Q4 25", "Q1 26", "Q2 26", "Q3 26", "Q4 26"], "10 Outline timeline")
    blocks += N.eia({"Race": ("Positive", "Higher CKD risk in South Asian and Black communities."),
                     "Age": ("Neutral", "Adults with diabetes.")}, "11 Initial equality screening")
    blocks += N.glossary(["Collaborative working", "In-kind contribution", "Exit strategy", "Baseline"],
                         "12 Glossary")
    blocks += N.references("ckd", ["toolkit", "nhsc"], "13 References")
    return N.spec(f, "concept-framework", "docx", "Project concept framework - kidney health checks",
                  sch + " / " + mar, "Concept v0.3", "Project Concept Framework - DRAFT FOR DISCUSSION", [
                      "Project Concept Framework", "Kidney health checks for people with diabetes",
                      sch + " and " + mar], blocks,
                  ["Approx. GBP 45,000", "Approx. GBP 20,000 in kind", "agreed on 30 June 2025"])


def cf02():
    f = "t8b_cf_02_psoriasis_biologic_access.pdf"
    icb, que = "Harrowgate and Dales Integrated Care Board", "Quenby Pharmaceuticals Ltd"
    blocks = [("toc",), ("pb",)]
    blocks += N.background("derm", "A. Purpose of the project")
    blocks += [("h1", "B. Partners"),
               ("t", ["Organisation", "Role"], [[icb, "NHS partner - commissioner"],
                                                [que, "Industry partner"]], [0.5, 0.5]),
               ("h1", "C. Objectives"),
               ("t", ["Beneficiary", "Objective / benefit"], [
                   ["Patients", "Wider access to Qelvaro, the breakthrough best-in-class IL-23 biologic."],
                   ["NHS", "A streamlined pathway for biologic initiation across the ICB."],
                   [que, "Increased uptake of Qelvaro in the ICB footprint."]], [0.25, 0.75]),
               ("h1", "D. Resource impact"),
               ("p", que + ": GBP 70,000 for a dermatology specialist nurse and pathway facilitator. " + icb +
                     ": 0.2 WTE commissioning manager, medicines optimisation pharmacist time and analysis "
                     "(approx. GBP 25,000 in kind)."),
               ("h1", "E. Timing and decision"),
               ("kv", [["Anticipated start", "Q1 2026"], ["Duration", "12 months"],
                       ["Decision", "Pending - to be considered at the ICB Medicines Optimisation Committee"]])]
    blocks += N.stakeholder_map([
        ["Dermatologists", "Pathway", "High", "Clinical reference group"],
        ["GPs", "Referral", "Medium", "Bulletin"]], "F. Stakeholders")
    blocks += N.risk_register([
        ["Referral thresholds vary by practice", "3", "3", "Shared referral criteria", "ICB", "Open"],
        ["Biologic budget pressure", "3", "4", "Medicines optimisation committee review", "ICB", "Open"]],
        "G. Initial risks")
    blocks += N.gantt([["Concept decision", 0, 0, "ICB"], ["PID", 0, 1, "Joint"],
                       ["Pathway live", 1, 3, "ICB"], ["Review", 3, 3, "Joint"]],
                      ["Q1 26", "Q2 26", "Q3 26", "Q4 26"], "H. Outline plan")
    blocks += N.eia({"Disability": ("Neutral", "To be assessed at PID stage.")}, "I. Equality screening")
    blocks += N.minutes("J. Extract from scoping meeting", "20 October 2025",
                        ["ICB Head of Medicines Optimisation", "Quenby Medical Manager",
                         "Consultant dermatologist"], ["ICB finance lead"],
                        [["Scope", "Adults with moderate to severe psoriasis.", "ICB"],
                         ["Next step", "Concept to MOC in January.", "ICB"]])
    blocks += N.glossary(["SPC", "Collaborative working", "In-kind contribution"], "K. Glossary")
    blocks += N.references("derm", ["code", "toolkit"], "L. References")
    return N.spec(f, "concept-framework", "pdf", "Project concept framework - psoriasis biologic access",
                  que, "Concept framework - draft", "Psoriasis pathway concept - " + icb, [
                      "Project Concept Framework", "Psoriasis biologic access pathway", icb + " and " + que],
                  blocks, ["breakthrough best-in-class", "Increased uptake of Qelvaro", "GBP 70,000"],
                  defects={"promotional-language": "fail", "patient-benefit": "fail"},
                  notes="promotional-language fail: brand named with 'breakthrough best-in-class' claim and "
                        "uptake objective. patient-benefit fail: the only patient 'benefit' is wider access "
                        "to the company's product.")
