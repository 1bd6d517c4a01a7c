"""tuning8b: Project Initiation Documents 04-06."""
import t8b_noise as N

SCH = "Southfold Community Healthcare NHS Trust"
MAR = "Marlowe Biopharma UK Ltd"


def pid04():
    f = "t8b_pid_04_diabetes_education_outreach.docx"
    blocks = [("kv", [["Project", "Community Diabetes Education Outreach (CDEO)"],
                      ["Document status", "Agreed - version 1.2"],
                      ["Sponsor (NHS)", "Director of Nursing and Quality, " + SCH],
                      ["Sponsor (industry)", "Head of Medical Affairs, " + MAR],
                      ["Approval code", "MB-UK-CW-0921, prepared October 2024"]]),
              ("toc",)]
    blocks += [("h1", "1 Summary"),
               ("p", "The Trust's diabetes specialist nursing team and " + MAR + " will deliver "
                     "culturally adapted structured education in community venues and in five community "
                     "languages, with evening and weekend sessions, for adults with type 2 diabetes who "
                     "have not attended education before.")]
    blocks += N.background("t2d", "2 Context")
    blocks += [("h1", "3 Objectives, outcomes and benefits"),
               ("t", ["Objective", "Indicator", "Baseline (2023/24)", "Target", "Data source"], [
                   ["Increase attendance", "% of people offered education who attend", "9%", "25% by Sept 2025", "Trust booking system"],
                   ["Improve glycaemic control", "Mean HbA1c change in attenders at 6 months", "-", "-5 mmol/mol", "Pathology"],
                   ["Reach under-served groups", "Attenders from priority communities", "22%", "50%", "Attendance forms"],
                   ["Self-management confidence", "PAM score change", "-", "+5 points", "Pre/post survey"]],
                [0.2, 0.3, 0.15, 0.17, 0.18]),
               ("p", "Patients will benefit from better understanding of their condition, improved "
                     "glucose control and lower risk of complications. The NHS benefits from reduced "
                     "demand on specialist clinics. " + MAR + " gains insight into how education "
                     "services can be adapted for under-served communities."),
               ("h1", "4 Partners and leads"),
               ("t", ["Organisation", "Description and address", "Lead (name, title, email)"], [
                   [SCH, "Community NHS trust; Trust HQ, Quayside Court, Southfold SF1 3RR",
                    "Amrit Sandhu, Diabetes Nurse Consultant, amrit.sandhu@sch.example.nhs.uk"],
                   [MAR, "Pharmaceutical company; 7 Canal Reach, Manchester M3 5FT",
                    "Dr Laura Keane, Medical Science Liaison Lead, lkeane@marlowe.example.com"]],
                [0.25, 0.35, 0.4]),
               ("h1", "5 Resources"),
               ("p", "Trust: two diabetes specialist nurses for 0.4 WTE each, dietitian sessions, "
                     "venue liaison and administrative support (in-kind value GBP 47,800). " + MAR +
                     ": funding of GBP 39,000 for interpreters, venue hire and translated materials, plus "
                     "a project manager at 0.2 WTE (GBP 12,600). Materials are written by the Trust and "
                     "carry no company or product branding."),
               ("h1", "6 Information governance"),
               ("p", "Southfold Community Healthcare NHS Trust is the data controller. Only Trust staff "
                     "will access patient records. Evaluation data will be anonymised and aggregated by "
                     "the Trust's information team before being shared with " + MAR + ". A DPIA has "
                     "been approved by the Trust IG lead."),
               ("h1", "7 Confidentiality"),
               ("p", "Both partners will treat patient information and any non-public project or "
                     "commercial information received from the other as confidential and will use it "
                     "only for this project. The obligation continues for three years after the project "
                     "ends, subject to the Trust's obligations under freedom of information law."),
               ("h1", "8 Team"),
               ("t", ["Name", "Organisation", "Role in project"], [
                   ["Amrit Sandhu", "Trust", "Clinical lead and chair of project group"],
                   ["Dr Laura Keane", MAR, "Industry lead (medical affairs)"],
                   ["Tom Berridge", MAR, "Partnerships Manager - project management"],
                   ["Faisal Mir", "Trust", "Community engagement officer"],
                   ["Joan Ekwueme", "Patient representative", "Lay member"]], [0.25, 0.3, 0.45]),
               ("p", "Colleagues in commercial or sales roles at " + MAR + " will not be involved in "
                     "the design, delivery or evaluation of the project."),
               ("h1", "9 Timeline")]
    blocks += N.gantt([["DPIA and approvals", 0, 0, "Trust"], ["Translate materials", 0, 1, "Trust"],
                       ["Sessions run", 1, 3, "Trust DSNs"], ["6-month HbA1c follow-up", 3, 4, "Trust"],
                       ["Outcomes report", 4, 4, "Joint"]],
                      ["Q4 24", "Q1 25", "Q2 25", "Q3 25", "Q4 25"], "9 Timeline")[1:]
    blocks += N.risk_register([
        ["No exit plan agreed", "2", "4", "Draft by month 3", "Project group", "Closed - section 11 agreed"],
        ["Low attendance despite adaptation", "3", "3", "Community champions; reminder texts", "FM", "Open"],
        ["Interpreter availability", "2", "3", "Framework contract", "Trust", "Open"]], "10 Risk log")
    blocks += [("h1", "11 Exit and sustainability"),
               ("p", "From month 10 the Trust will fold the adapted sessions into its core structured "
                     "education offer, using the translated materials, which the Trust owns. If the "
                     "project ends early (either party may withdraw on 90 days' notice), people booked "
                     "on a course will complete it and follow-up HbA1c checks will continue under "
                     "usual care. No posts are funded by " + MAR + ", so no staffing changes follow."),
               ("h1", "12 Publication"),
               ("p", "An executive summary will be published on " + MAR + "'s website before the first "
                     "session. The outcomes will be written up and published by both organisations "
                     "within six months of completion; transfers of value appear on Disclosure UK.")]
    blocks += N.minutes("Extract: project group meeting", "4 November 2024",
                        ["A. Sandhu (chair)", "Dr L. Keane", "T. Berridge", "F. Mir", "J. Ekwueme"], [],
                        [["Venues", "Four venues confirmed incl. two faith centres.", "FM"],
                         ["Exit", "Section 11 agreed; risk R01 closed.", "-"],
                         ["Materials", "Urdu and Polish translations back for checking.", "AS"]])
    blocks += N.eia({"Race": ("Positive", "Sessions in five community languages."),
                     "Religion or belief": ("Positive", "Sessions timed around prayer and fasting."),
                     "Sex": ("Positive", "Women-only sessions offered.")}, "13 Equality impact")
    blocks += N.glossary(["Data controller", "Confidential information", "Mainstreaming", "KPI",
                          "In-kind contribution"], "14 Glossary")
    blocks += N.references("t2d", ["toolkit", "code", "conf"], "15 Bibliography")
    return N.spec(f, "pid", "docx", "Community diabetes education outreach PID", SCH + " / " + MAR,
                  "PID v1.2", "CDEO PID - OFFICIAL", [
                      "Community Diabetes Education Outreach", "Project Initiation Document",
                      "Joint working: " + SCH + " and " + MAR],
                  blocks, ["25% by Sept 2025", "90 days' notice",
                           "is the data controller", "will not be involved in the design",
                           "treat patient information and any non-public project"])


RTH = "Ravensholme Teaching Hospitals NHS Foundation Trust"
QUE = "Quenby Pharmaceuticals Ltd"


def pid05():
    f = "t8b_pid_05_psoriasis_fast_track.pdf"
    blocks = N.revision_table([["0.3", "05/01/2025", "K. Dunmore", "Draft"],
                               ["1.0", "12/02/2025", "K. Dunmore / S. Patel", "Final"]])
    blocks += [("toc",), ("pb",)]
    blocks += N.background("derm", "1. Background")
    blocks += [("h1", "2. Project overview"),
               ("p", "A fast-track assessment clinic for people with moderate to severe psoriasis, run by "
                     "a consultant dermatologist and a specialist nurse, with a home phototherapy loan "
                     "scheme for patients who live more than 25 miles from the Trust."),
               ("h1", "3. Objectives"),
               ("n", ["Reduce the wait from referral to specialist assessment from 44 weeks to 8 weeks by "
                      "March 2026 (Trust PTL data).",
                      "Provide home phototherapy to 60 patients in year one.",
                      "Increase the proportion of eligible biologic-naive patients initiated on Qelvaro, "
                      "the best-in-class IL-23 option, to 70% of new biologic starts.",
                      "Switch suitable patients on older biologics to Qelvaro at their next review."]),
               ("h1", "4. Benefits"),
               ("p", "Patients: much shorter waits, less travel and earlier control of skin disease and "
                     "joint symptoms. Trust: reduced waiting list and fewer follow-ups. Quenby: growth of "
                     "Qelvaro in the region in line with the brand plan."),
               ("cols", 2),
               ("h1", "5. Partners and leads"),
               ("kv", [["NHS", RTH + ", Infirmary Road, Ravensholme RV1 2HD. Lead: Dr Kate Dunmore, "
                               "Consultant Dermatologist"],
                       ["Industry", QUE + ", 40 Riverside Way, Slough SL1 4TT. Lead: Dr Sunil Patel, "
                                    "Medical Director"]]),
               ("h1", "6. Contributions"),
               ("p", "Quenby funds a band 7 specialist nurse for 12 months (GBP 58,000) and 20 home "
                     "phototherapy units (GBP 42,000). The Trust provides consultant sessions (GBP 24,000), "
                     "clinic space, pharmacy support and the booking team (GBP 18,500)."),
               ("h1", "7. Patient data"),
               ("p", "The Trust is data controller. Quenby receives only anonymised, aggregated "
                     "activity data; no patient-identifiable information is shared. Processing complies "
                     "with UK GDPR and the Data Protection Act 2018."),
               ("h1", "8. Confidentiality"),
               ("p", "Patient information is held only on Trust systems and protected by the Trust's "
                     "confidentiality code. Both parties keep the other's non-public project information "
                     "confidential."),
               ("h1", "9. Ending the project"),
               ("p", "At month 12 the Trust decides whether to keep the fast-track clinic within its "
                     "dermatology budget. If not, patients on home phototherapy finish their course and "
                     "return to the standard pathway; the nurse post ends with the fixed-term contract. "
                     "Either party may terminate on three months' notice."),
               ("h1", "10. Team"),
               ("p", "Project group: Dr K. Dunmore (chair), Dr S. Patel, Trust dermatology pharmacist, "
                     "service manager, patient representative. No Quenby sales staff are involved."),
               ("h1", "11. Publication"),
               ("p", "This document and any outputs from the project are internal to the partners and "
                     "not for publication. Quenby may, at its discretion, publish results."),
               ("cols", 1)]
    blocks += N.risk_register([
        ["Home phototherapy safety", "2", "4", "Training and dose logs", "Specialist nurse", "Open"],
        ["Nurse recruitment", "3", "3", "Internal secondment option", "Service manager", "Open"],
        ["Activity not sustained", "3", "3", "Business case by month 9", "Dr Dunmore", "Open"]], "12. Risks")
    blocks += N.gantt([["Recruit nurse", 0, 0, "Trust"], ["Clinic live", 1, 3, "Trust"],
                       ["Phototherapy loans", 1, 3, "Trust"], ["Review", 3, 3, "Joint"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26"], "13. Plan")
    blocks += N.eia({"Disability": ("Positive", "Home treatment reduces travel."),
                     "Age": ("Neutral", "Adults 18+.")}, "14. Equality screening")
    blocks += N.glossary(["Exit strategy", "Confidential information", "SPC", "Baseline"], "15. Glossary")
    blocks += N.references("derm", ["code", "conf"], "16. References")
    return N.spec(f, "pid", "pdf", "Psoriasis fast-track PID", RTH, "PID v1.0 | OFFICIAL",
                  "Psoriasis fast-track clinic - " + QUE, [
                      "Project Initiation Document", "Psoriasis fast-track clinic and home phototherapy",
                      RTH + " and " + QUE],
                  blocks, ["best-in-class IL-23 option", "Switch suitable patients",
                           "not for publication", "at its discretion", "three months' notice"],
                  defects={"promotional-language": "fail", "transparency": "fail"},
                  notes="promotional-language fail: objectives name the brand with a 'best-in-class' "
                        "claim, target initiation/switching to it and refer to the brand plan. "
                        "transparency fail: outputs 'internal ... not for publication' and results "
                        "published only at the company's discretion. patient-benefit still passes "
                        "(shorter waits, less travel).")


ARI = "Ashcombe and Rye Integrated Care Board"
PEL = "Pellworth Pharma UK Ltd"


def pid06():
    f = "t8b_pid_06_asthma_review_programme.docx"
    blocks = [("kv", [["Title", "Asthma Right Care Review Programme"], ["Reference", "ARI-RESP-2025-07"],
                      ["Version", "1.0 (agreed)"], ["Classification", "OFFICIAL"]]), ("toc",)]
    blocks += N.background("asthma", "Part 1: The case for change")
    blocks += [("h1", "Part 2: Aims and measurable objectives"),
               ("t", ["#", "Objective", "Measure and target"], [
                   ["1", "Complete structured asthma reviews", "Annual review coverage from 57% to 80% by March 2026"],
                   ["2", "Reduce reliever over-use", "Patients with 6+ reliever issues down from 28% to 18%"],
                   ["3", "Personalised action plans", "Recorded for 75% of reviewed patients (baseline 31%)"],
                   ["4", "Emergency admissions", "10% fewer asthma admissions vs 2024/25 (SUS)"]], [0.05, 0.4, 0.55]),
               ("h1", "Part 3: Benefits"),
               ("p", "Patients will have better-controlled asthma, fewer attacks and a written plan for "
                     "what to do when symptoms worsen. Practices gain clinical pharmacist capacity. " + PEL +
                     " gains experience of population-health approaches to respiratory care. Reviews are "
                     "product-neutral and follow national asthma guidance."),
               ("h1", "Part 4: Partners"),
               ("kv", [["NHS", ARI + ", Rye House, 22 Harbour Street, Ashcombe AC4 9PL"],
                       ["Industry", PEL + ", 3 Orchard Business Park, Guildford GU2 8XQ"]]),
               ("h1", "Part 5: Resources"),
               ("t", ["Partner", "Contribution"], [
                   [PEL, "GBP 84,000 to fund clinical pharmacist sessions in 9 practices; project manager "
                         "0.5 WTE; data analyst 0.2 WTE for outcome analysis"],
                   [ARI, "As required"]], [0.3, 0.7]),
               ("h1", "Part 6: Governance and team")]
    blocks += N.organogram([
        ["1", "ICB Primary Care Committee", "ICB", "ICB Board"],
        ["2", "Programme steering group", "Dr Ruth Iqbal, ICB Respiratory Clinical Lead (chair); Dr Ben "
                                         "Castle, Medical Advisor, " + PEL + "; Gareth Lowe, Key Account "
                                         "Manager, " + PEL + "; PCN pharmacist lead", "Level 1"],
        ["3", "Practice delivery", "Clinical pharmacists; practice nurses", "Level 2"]], "Governance chart")
    blocks += [("h1", "Part 7: Data and information governance"),
               ("p", "To link reviews to outcomes, " + PEL + "'s data analyst will receive a monthly "
                     "extract of patient-level records from participating practices, including NHS "
                     "number, date of birth and reliever issue history. Analysis will be carried out on "
                     + PEL + " systems and summary tables returned to the steering group."),
               ("h1", "Part 8: Confidentiality"),
               ("p", "Project documents, financial information and any commercially sensitive material "
                     "exchanged between the partners are confidential and will not be disclosed to third "
                     "parties without the other's written agreement, save where disclosure is required by "
                     "law including the Freedom of Information Act 2000."),
               ("h1", "Part 9: Closure and exit"),
               ("p", "The programme closes on 31 March 2026. Pharmacist sessions will be absorbed into the "
                     "PCN ARRS workforce from April 2026; if the ICB or " + PEL + " ends the programme early "
                     "it gives two months' notice, practices complete any booked reviews and patients "
                     "continue with usual practice follow-up."),
               ("h1", "Part 10: Transparency"),
               ("p", PEL + " will publish the executive summary before reviews begin and both partners "
                     "will publish outcomes within six months of closure; payments will be disclosed on "
                     "Disclosure UK.")]
    blocks += N.risk_register([
        ["Practice capacity", "3", "3", "Flexible sessions", "PCN lead", "Open"],
        ["Data quality of reliever coding", "3", "2", "Search validation", "Data analyst", "Open"],
        ["Perception of product promotion", "2", "4", "Product-neutral protocol", "Chair", "Open"]])
    blocks += N.gantt([["Protocol sign-off", 0, 0, "ICB"], ["Reviews", 1, 3, "Practices"],
                       ["Analysis", 2, 3, "Pellworth"], ["Close", 3, 3, "Joint"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26"], "Milestones")
    blocks += N.eia({"Age": ("Positive", "Includes young people aged 12+."),
                     "Deprivation / inclusion health": ("Positive", "Practices in two most deprived deciles.")})
    blocks += N.glossary(["Data controller", "Data processor", "KPI", "PCN", "ICB"], "Glossary")
    blocks += N.references("asthma", ["toolkit", "dpa", "code"], "References")
    return N.spec(f, "pid", "docx", "Asthma right care review PID", ARI, "Ref ARI-RESP-2025-07 v1.0",
                  "Asthma Right Care Review Programme - " + PEL, [
                      "Asthma Right Care Review Programme", "Project Initiation Document",
                      ARI + " in collaboration with " + PEL],
                  blocks, ["As required", "Key Account", "NHS number, date of birth",
                           "two months' notice", "GBP 84,000"],
                  defects={"resource-contributions": "fail", "data-protection": "fail",
                           "sales-roles": "fail"},
                  notes="resource-contributions fail: the ICB's contribution is only 'As required'. "
                        "data-protection fail: the company's analyst receives patient-level identifiable "
                        "data (NHS number, DOB) processed on company systems; no lawful basis/DPIA. "
                        "sales-roles fail: a Key Account Manager sits on the steering group (organogram "
                        "table).")
