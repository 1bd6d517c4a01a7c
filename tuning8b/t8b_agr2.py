"""tuning8b: collaborative / joint working agreements 03-06."""
import t8b_noise as N
from t8b_agr import clauses, sign_block

ALD = "Aldermoor Integrated Care Board"
COR = "Corvane Healthcare UK Ltd"
UWH = "University of Westhaven"


def agr03():
    f = "t8b_agr_03_smi_physical_health.pdf"
    blocks = [("toc",), ("pb",),
              ("h1", "Parties and date"),
              ("t", ["Party", "Legal form and address", "Short name"], [
                  [ALD, "Statutory NHS body, Aldermoor House, 12 Tanner Street, Aldermoor AL2 6BN", "the ICB"],
                  [COR, "Private limited company no. 09921734, 8 Quarry Hill, Sheffield S1 2EZ", "the Company"],
                  [UWH, "Chartered university, School of Health Sciences, Westhaven WH1 1UU", "the University"]],
               [0.3, 0.52, 0.18]),
              ("p", "Date of agreement: 28 April 2025. Term: 1 June 2025 to 30 November 2026.")]
    blocks += N.background("mh", "Background")
    blocks += [("cols", 2)]
    blocks += clauses([
        ("Purpose", ["The parties will deliver and evaluate a physical health check outreach service for "
                     "adults on the serious mental illness register, run by mental health nurses and "
                     "health and wellbeing coaches in community venues."]),
        ("Benefits", ["Patients: more people with SMI receive all six elements of the annual health "
                      "check and follow-up for any problem found, reducing avoidable physical illness.",
                      "ICB: progress towards the national ambition and reduced health inequality.",
                      "University: research capacity and publications. Company: learning about outreach "
                      "models for people with SMI."]),
        ("Contributions", ["The Company will pay GBP 112,000 to the ICB in two instalments to fund two "
                           "health and wellbeing coaches and will provide a project manager at 0.3 WTE.",
                           "The ICB will provide commissioning and BI support, 0.2 WTE clinical lead and "
                           "access to venues (valued at GBP 41,000).",
                           "The University will carry out the independent evaluation, 0.3 WTE researcher, "
                           "valued at GBP 33,500."]),
        ("Measurement", ["Health check completion: baseline 49% (2023/24), target 65% by November 2026. "
                         "Follow-up of abnormal results within 8 weeks: target 80%. Data from GP searches, "
                         "analysed by the University at months 9 and 18."]),
        ("Information governance", ["The ICB and participating practices are data controllers. The "
                                    "University acts as data processor under a data processing agreement "
                                    "and receives pseudonymised extracts only. The Company receives no "
                                    "personal data, only aggregated results. A DPIA was approved by the "
                                    "ICB's Caldicott Guardian on 7 April 2025."]),
        ("Confidentiality", ["Each party will keep confidential all patient information and any other "
                             "party's confidential business information, and will not disclose it except "
                             "as required by law (including FOIA) or with consent.",
                             "This clause survives termination for five years."]),
        ("Personnel", ["The Company will be represented by its Medical Affairs Lead and Partnerships Manager. "
                       "Company sales personnel will have no involvement with the project."]),
        ("Publication", ["The Company will publish an executive summary before implementation. The parties "
                         "will publish outcomes, usually within six months of completion; the University "
                         "may also submit results for peer-reviewed publication. Payments will be "
                         "disclosed on Disclosure UK."]),
        ("Product neutrality", ["The project involves no medicine and does not promote any product."]),
        ("Termination and exit", ["Any party may withdraw on three months' written notice. The Company "
                                  "may withdraw immediately if the PMCPA rules that the project breaches the "
                                  "Code.",
                                  "On expiry or early termination the coaches' fixed-term contracts end and "
                                  "the ICB will either commission the outreach service from its mental "
                                  "health provider or return patients to routine practice recall, with a "
                                  "written handover to each practice.",
                                  "Unspent funds are returned pro rata."]),
        ("Competition law", ["No competitively sensitive information will be exchanged between the parties."]),
        ("Disputes", ["Unresolved disputes will be referred to mediation."]),
    ])
    blocks += [("cols", 1)]
    blocks += N.risk_register([
        ["No exit plan agreed", "3", "4", "Draft by month 3", "ICB lead", "Closed - clause 10 agreed 28/04/2025"],
        ["Coach recruitment", "2", "3", "Recruit via VCSE partner", "ICB", "Open"],
        ["Low engagement of people with SMI", "3", "4", "Peer support workers", "Clinical lead", "Open"]],
        "Schedule 1 - Risk register")
    blocks += N.gantt([["Recruit coaches", 0, 0, "ICB"], ["Outreach live", 1, 5, "ICB"],
                       ["Interim evaluation", 3, 3, "University"], ["Final evaluation", 5, 5, "University"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26", "Q2 26", "Q3-4 26"], "Schedule 2 - Milestones")
    blocks += N.organogram([
        ["1", "ICB Mental Health Programme Board", "ICB", "ICB Board"],
        ["2", "Project board", "ICB clinical lead (chair); University PI; Company Medical Affairs Lead; "
                               "Company Partnerships Manager; expert by experience", "Level 1"]],
        "Schedule 3 - Governance")
    blocks += N.eia({"Disability": ("Positive", "Service designed for people with SMI."),
                     "Race": ("Positive", "Black men are over-represented on the register; outreach "
                                          "co-designed with community groups.")}, "Schedule 4 - EIA")
    blocks += N.glossary(["Exit strategy", "Data controller", "Data processor", "Caldicott Guardian"],
                         "Schedule 5 - Definitions used in schedules")
    blocks += sign_block([[ALD, "Helen Voss", "Chief Executive"], [COR, "Dr Adaeze Nwosu", "Medical Director"],
                          [UWH, "Prof. Graham Hill", "Pro Vice-Chancellor (Research)"]])
    return N.spec(f, "agreement", "pdf", "Collaborative working agreement - SMI physical health",
                  ALD + " | " + COR + " | " + UWH, "CWA v1.0", "SMI physical health outreach - agreement", [
                      "Collaborative Working Agreement", "Physical health outreach for people with serious "
                      "mental illness", ALD + ", " + COR + " and " + UWH], blocks,
                  ["three months' written notice", "The Company receives no personal data",
                   "Company sales personnel will have no involvement", "GBP 112,000",
                   "Closed - clause 10 agreed"])


LOW = "Lowmoor Partnership NHS Foundation Trust"
SET = "Sethwick Pharma Ltd"


def agr04():
    f = "t8b_agr_04_insulin_initiation_support.docx"
    blocks = [("kv", [["Agreement reference", "LPFT/SET/2025/02"], ["Status", "Signed copy"],
                      ["Date", "19 May 2025"]]), ("toc",),
              ("h1", "Part A - Parties"),
              ("p", "(1) " + LOW + ", Trust Headquarters, Lowmoor Road, Barnsdale BD7 3LP; and (2) " + SET +
                    ", registered in England no. 06623019, 14 Carrick Way, Basingstoke RG24 8FN.")]
    blocks += N.background("t2d", "Part B - Background")
    blocks += clauses([
        ("Interpretation", ["\"Exit Strategy\" means the arrangements described in clause 11.",
                            "\"Confidential Information\" has its ordinary meaning."]),
        ("Project", ["Community diabetes nurses will run group and virtual insulin initiation sessions so "
                     "that adults with type 2 diabetes who need insulin start it within 4 weeks of the "
                     "decision rather than waiting for a specialist clinic."]),
        ("Term", ["The project runs for 12 months from 1 July 2025."]),
        ("Benefits", ["Patients will start insulin sooner, with structured support that reduces "
                      "hypoglycaemia and anxiety. The Trust gains capacity in specialist clinics. The "
                      "Company gains insight into community insulin pathways."]),
        ("Contributions", ["The Company will fund 0.6 WTE Band 6 diabetes nurse (GBP 27,800) and "
                           "provide a virtual session platform licence (GBP 6,000).",
                           "The Trust will provide nurse consultant supervision, clinic rooms, "
                           "administrative support and pharmacy input, valued at GBP 31,000."]),
        ("Success measures", ["KPIs: to be confirmed by the Steering Group once the project has started."]),
        ("Data protection", ["The Trust is the data controller. Personal data will be processed in "
                             "accordance with UK GDPR and the Data Protection Act 2018. The Company will "
                             "receive only anonymised aggregate reports."]),
        ("Confidentiality", ["Confidentiality: standard terms apply."]),
        ("Staffing", ["The Company is represented by its Medical Affairs Manager. Sales and marketing staff "
                      "will not be involved."]),
        ("Publication", ["The Company will publish a summary of this agreement before the project starts and "
                         "the parties will publish a summary of outcomes within six months of completion. "
                         "Transfers of value will be disclosed on Disclosure UK."]),
        ("End of the project", ["At the end of the Term the parties will discuss next steps."]),
        ("Compliance", ["The project does not promote any insulin or other medicine. Choice of insulin "
                        "remains with NHS prescribers in line with the local formulary."]),
        ("Disputes", ["Disputes will be referred to the Trust Medical Director and the Company UK General "
                      "Manager."]),
    ])
    blocks += sign_block([[LOW, "Dr Simon Archer", "Medical Director"],
                          [SET, "Dr Rachel Ferris", "Medical Affairs Director"]])
    blocks += [("pb",), ("h1", "Annex 1 - Steering Group")]
    blocks += N.organogram([
        ["1", "Trust Quality Committee", "Trust", "Trust Board"],
        ["2", "Steering Group", "Nurse consultant (chair); Company Medical Affairs Manager; lead pharmacist; "
                               "patient representative", "Level 1"]], "Annex 1 - Steering Group")[1:]
    blocks += N.risk_register([
        ["No exit plan agreed", "3", "4", "Draft by month 3", "Steering Group", "Open"],
        ["Hypoglycaemia incidents", "2", "4", "Protocol and helpline", "Nurse consultant", "Open"]],
        "Annex 2 - Risk register")
    blocks += N.gantt([["Mobilise", 0, 0, "Trust"], ["Sessions", 1, 3, "Trust"], ["Review", 3, 3, "Joint"]],
                      ["Q3 25", "Q4 25", "Q1 26", "Q2 26"], "Annex 3 - Timeline")
    blocks += N.eia({"Age": ("Neutral", "Adults."), "Disability": ("Monitor", "Virtual sessions may "
                     "exclude some; face-to-face alternative offered.")}, "Annex 4 - Equality impact")
    blocks += N.glossary(["Exit strategy", "Confidential information", "KPI", "Steering group"], "Annex 5 - Glossary")
    blocks += N.references("t2d", ["code", "conf"], "Annex 6 - References")
    return N.spec(f, "agreement", "docx", "Joint working agreement - insulin initiation", LOW,
                  "Ref LPFT/SET/2025/02", "Joint Working Agreement - " + LOW + " and " + SET, [
                      "Joint Working Agreement", "Community Insulin Initiation Support",
                      LOW + " and " + SET], blocks,
                  ["At the end of the Term the parties will discuss next steps",
                   "KPIs: to be confirmed by the Steering Group", "Confidentiality: standard terms apply."],
                  defects={"exit-strategy": "fail", "confidentiality": "warn", "measurable-outcomes": "fail"},
                  notes="exit-strategy fail: the defined 'Exit Strategy' points to a clause that only says the "
                        "parties will discuss next steps; a risk-register row still shows no exit plan agreed "
                        "(open). confidentiality warn: bare 'standard terms apply'. measurable-outcomes fail: "
                        "KPIs to be confirmed.")
