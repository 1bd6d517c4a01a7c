"""tuning8b: collaborative / joint working agreements 01-03."""
import t8b_noise as N

NV = "Northmoor Valley NHS Foundation Trust"
CAL = "Calverley Therapeutics UK Ltd"


def clauses(items, start=1):
    """items: (heading, [subclause texts]) -> blocks with numbered sub-clauses."""
    out = []
    for i, (head, subs) in enumerate(items, start):
        out.append(("h1", "%d. %s" % (i, head)))
        for j, s in enumerate(subs, 1):
            out.append(("p", "%d.%d %s" % (i, j, s)))
    return out


def sign_block(rows):
    return [("h1", "Signatures"),
            ("p", "Signed by the authorised signatories of the parties on the dates shown."),
            ("t", ["For and on behalf of", "Name", "Title", "Signature", "Date"],
             [list(r) + ["", ""] for r in rows], [0.3, 0.2, 0.26, 0.12, 0.12])]


def agr01():
    f = "t8b_agr_01_lipid_optimisation.docx"
    blocks = [("p", "THIS AGREEMENT is dated 3 March 2025 and is made BETWEEN:"),
              ("n", [NV + ", an NHS foundation trust of Moorside House, 1 Moor Road, Northmoor NM3 4QT "
                     "(the \"Trust\"); and",
                     CAL + ", a company registered in England and Wales under number 07745120 whose "
                     "registered office is at 20 Wharf Street, Leeds LS2 7EQ (the \"Company\")."]),
              ("p", "BACKGROUND: the parties wish to work together on the Secondary Prevention Lipid "
                    "Optimisation Project (the \"Project\") described in the Project Initiation Document "
                    "version 1.1 dated 10 February 2025, which is collaborative working under Clause 20 "
                    "of the ABPI Code of Practice."),
              ("toc",)]
    blocks += clauses([
        ("Definitions", [
            "\"Confidential Information\" means information disclosed by one party to the other in connection "
            "with the Project that is marked or would reasonably be regarded as confidential.",
            "\"Project Data\" means the anonymised, aggregated data produced by the Project.",
            "\"Steering Group\" means the group described in Schedule 2."]),
        ("Term", ["This Agreement starts on 1 April 2025 and ends on 31 March 2026 unless ended earlier "
                  "under clause 13."]),
        ("Purpose and expected benefits", [
            "Patients who have had a heart attack or stroke will have their cholesterol treatment reviewed "
            "within 12 weeks of discharge, so that more of them reach recommended lipid levels and their "
            "risk of a further event falls.",
            "The Trust benefits from reduced readmissions and a sustainable pharmacist-led pathway; the "
            "Company gains a better understanding of secondary prevention pathways.",
            "All treatment decisions are made by Trust clinicians in line with the Trust formulary and "
            "national lipid guidance. The Project does not favour any particular medicine."]),
        ("Contributions", [
            "Each party will provide the contributions set out below, which both parties accept as significant:",
        ]),
    ])
    blocks += [("t", ["Party", "Contribution", "Value"], [
        ["Company", "Funding for 0.8 WTE Band 8a lipid pharmacist (Trust-employed)", "GBP 57,600"],
        ["Company", "Evaluation design and analytical support from its health outcomes team, 30 days", "GBP 15,000"],
        ["Trust", "Consultant cardiologist oversight, 1 session per week", "GBP 21,000"],
        ["Trust", "Clinic space, phlebotomy, pathology and IT access", "GBP 17,400"],
        ["Trust", "Information analyst, 0.1 WTE", "GBP 5,200"]], [0.15, 0.65, 0.2])]
    blocks += clauses([
        ("Roles and responsibilities", [
            "The Trust employs the pharmacist, runs the clinics and is clinically accountable for all patients.",
            "The Company provides funding and evaluation support and has no involvement in patient care.",
            "No Company employee with a sales or promotional role will take part in the Project."]),
        ("Governance", ["The Steering Group (Schedule 2) meets every two months and reports to the Trust's "
                        "Cardiovascular Board."]),
        ("Measurement of success", [
            "Success will be measured by the Trust information team using the indicators in Schedule 1: "
            "proportion of patients at target LDL-cholesterol at 6 months (baseline 46%, target 65%); "
            "proportion reviewed within 12 weeks of discharge (target 85%); cardiovascular readmissions "
            "at 12 months compared with the 2023/24 cohort."]),
        ("Data protection", [
            "The Trust is the data controller for all personal data processed in the Project and will process "
            "it in accordance with UK GDPR and the Data Protection Act 2018. A DPIA was approved on 20 "
            "February 2025.",
            "The Company will not receive or have access to any patient-identifiable data. It receives only "
            "Project Data."]),
        ("Confidentiality", [
            "Each party will keep the other's Confidential Information confidential and use it only for the "
            "Project, during the term and for five years afterwards.",
            "Patient information will be handled in accordance with the common law duty of confidentiality "
            "and the Trust's policies.",
            "The Company acknowledges that the Trust is subject to the Freedom of Information Act 2000 and "
            "will consult the Company before disclosing information the Company has marked as commercially "
            "sensitive."]),
        ("Publication and transparency", [
            "The Company will publish a summary of this Agreement on its website before the Project starts.",
            "The parties will jointly publish a summary of outcomes within six months of the end of the term.",
            "The Company will disclose the value of its contribution on Disclosure UK and the Trust will "
            "record it in its register of interests."]),
        ("Compliance", [
            "Each party will comply with the Bribery Act 2010. Nothing in this Agreement is an inducement to "
            "prescribe, supply, recommend or buy any medicine."]),
        ("Contingency", [
            "If new clinical guidance, a change to a product's SPC or any other unforeseen event affects "
            "the Project, the Steering Group will meet within 20 working days to agree any change, which "
            "will be recorded by written amendment."]),
        ("Termination and exit", [
            "Either party may terminate this Agreement on 90 days' written notice, or immediately if the "
            "PMCPA rules that the Project breaches the ABPI Code.",
            "On termination or expiry, patients under review will be completed or transferred to the Trust's "
            "cardiology pharmacy service, and no patient will lose access to care. The pharmacist post is "
            "a fixed-term Trust post; the Trust will decide by month 9 whether to fund it substantively.",
            "Unspent Company funding will be returned within 60 days."]),
        ("Dispute resolution", [
            "Disputes will be escalated to the Trust's Chief Pharmacist and the Company's Medical Director, "
            "then to mediation under the CEDR model procedure."]),
        ("General", ["This Agreement is governed by the law of England and Wales."]),
    ], start=5)
    blocks += sign_block([[NV, "Ruth Ellingham", "Chief Operating Officer"],
                          [CAL, "Dr Martin Soames", "Medical Director UK"]])
    blocks += [("pb",), ("h1", "Schedule 1 - Project plan and indicators")]
    blocks += N.gantt([["Recruit pharmacist", 0, 0, "Trust"], ["Clinics", 1, 3, "Trust"],
                       ["6-month LDL audit", 2, 2, "Trust analyst"], ["Final report", 3, 3, "Joint"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26"], "Schedule 1 - Project plan")[1:]
    blocks += N.organogram([
        ["1", "Trust Cardiovascular Board", "Trust", "Trust Board"],
        ["2", "Steering Group", "Consultant cardiologist (chair); Chief Pharmacist; Company Medical "
                               "Adviser; Company Partnerships Lead; patient representative", "Level 1"],
        ["3", "Clinic team", "Lipid pharmacist; phlebotomy", "Level 2"]],
        "Schedule 2 - Steering Group terms of reference (summary)")
    blocks += N.risk_register([
        ["Pharmacist recruitment", "3", "3", "Secondment fallback", "Chief Pharmacist", "Open"],
        ["Pathology turnaround", "2", "3", "Agreed slots", "Pathology manager", "Open"]],
        "Schedule 3 - Risk log")
    blocks += N.eia({"Age": ("Neutral", "Adults of all ages post-event.")}, "Schedule 4 - Equality impact")
    blocks += N.references("lipid", ["code", "conf", "toolkit"], "Schedule 5 - Source documents")
    return N.spec(f, "agreement", "docx", "Collaborative working agreement - lipid optimisation",
                  NV + " / " + CAL, "COMMERCIAL IN CONFIDENCE", "Collaborative Working Agreement - Lipid Optimisation", [
                      "Collaborative Working Agreement", "Secondary Prevention Lipid Optimisation Project",
                      NV + " and " + CAL], blocks,
                  ["registered in England and Wales under number 07745120", "90 days' written notice",
                   "will not receive or have access to any patient-identifiable data",
                   "keep the other's Confidential Information confidential",
                   "publish a summary of this Agreement on its website", "GBP 57,600",
                   "baseline 46%, target 65%"])


PCN = "Kingsholm Riverside Primary Care Network"
FHP = "Fenwick Hale Pharmaceuticals Ltd"


def agr02():
    f = "t8b_agr_02_ckd_case_finding.pdf"
    blocks = [("toc",), ("pb",),
              ("h1", "Parties"),
              ("p", "This Joint Working Agreement is made on 14 January 2025 between the " + PCN + " (\"the "
                    "PCN\"), acting through its Clinical Director, and " + FHP + ", company number 04471188, "
                    "Hale House, 5 Brookfield Road, Cambridge CB4 2QS (\"the Company\")."),
              ("p", "The PCN is a network of six general practices. No lead practice, federation or other "
                    "body contracts on the PCN's behalf for the purpose of this Agreement.")]
    blocks += N.background("ckd", "Recitals and background")
    blocks += clauses([
        ("Project", ["The Project identifies adults with diabetes or hypertension who have not had kidney "
                     "function and urine albumin testing in the last 12 months, invites them for testing and "
                     "ensures coding and review of any chronic kidney disease found."]),
        ("Benefits", ["Patients: earlier identification of kidney disease, blood pressure optimisation and "
                      "timely referral, slowing progression.",
                      "NHS: improved QOF and CVD prevention performance; fewer late renal referrals.",
                      "Company: understanding of CKD pathways in primary care."]),
        ("Contributions", ["The Company will fund a 0.6 WTE clinical pharmacist for 12 months (GBP 36,000) "
                           "and provide 12 days of data analyst support (GBP 7,200).",
                           "The PCN will provide GP clinical supervision (2 hours per week), healthcare "
                           "assistant time for testing, rooms and administration (in-kind value GBP 29,500)."]),
        ("Outcomes and measurement", ["uACR testing in people with diabetes from 38% to 70%; coded CKD "
                                      "prevalence from 4.1% to 5.5%; 90% of new CKD 3-5 patients with a "
                                      "documented BP review within 3 months. Measured by practice searches "
                                      "at months 6 and 12."]),
        ("Data protection", ["The practices remain data controllers. All processing complies with UK GDPR "
                             "and the Data Protection Act 2018 and a DPIA has been completed. The Company "
                             "receives aggregate, anonymised results only."]),
        ("Confidentiality", ["Each party keeps patient information and the other party's non-public "
                             "business information confidential and uses it only for the Project."]),
        ("Personnel", ["The Company's involvement is through its medical affairs team. No representative "
                       "or other sales employee will attend practices or meetings for the Project."]),
        ("Publication", ["The Company may publish the results of the Project at its discretion."]),
        ("Promotion", ["The Project is product-neutral and follows NICE guidance on chronic kidney disease."]),
        ("Termination and exit", ["Either party may end this Agreement on two months' written notice.",
                                  "On expiry or early termination, patients identified will continue to be "
                                  "managed by their practice; the pharmacist post is a fixed-term contract "
                                  "and the PCN will consider funding it through its ARRS allocation."]),
        ("Disputes", ["The parties will try to resolve any dispute through the joint project board before "
                      "any other action."]),
    ])
    blocks += [("cols", 2)]
    blocks += N.glossary(["PCN", "Data controller", "Transfer of value", "Baseline"], "Annex A - Glossary",
                         table=False)
    blocks += N.references("ckd", ["toolkit", "code"], "Annex B - References")
    blocks += N.minutes("Annex C - Extract from project board", "2 December 2024",
                        ["Dr L. Pask (PCN Clinical Director)", "Dr E. Marr (Company medical adviser)",
                         "PCN manager"], ["practice pharmacist"],
                        [["Contract", "PCN Clinical Director to sign for the network.", "LP"],
                         ["Searches", "Search specification agreed.", "PCN manager"]])
    blocks += [("cols", 1)]
    blocks += N.risk_register([
        ["HCA capacity for testing", "3", "3", "Saturday clinics", "PCN manager", "Open"],
        ["Referral surge to renal", "2", "3", "Advice and guidance first", "GP lead", "Open"]], "Annex D - Risks")
    blocks += sign_block([["the " + PCN, "Dr Lorna Pask", "Clinical Director"],
                          [FHP, "Dr Eleanor Marr", "UK Medical Director"]])
    return N.spec(f, "agreement", "pdf", "Joint working agreement - CKD case finding", FHP + " | " + PCN,
                  "JWA-FH-2025-003", "Joint Working Agreement - Kidney Health Case Finding", [
                      "Joint Working Agreement", "Kidney health case finding in primary care",
                      PCN + " and " + FHP, "14 January 2025"], blocks,
                  ["No lead practice, federation or other", "publish the results of the Project at its discretion",
                   "two months' written notice", "GBP 36,000", "from 38% to 70%"],
                  defects={"legal-entities": "fail", "transparency": "fail"},
                  notes="legal-entities fail: a party is a Primary Care Network with no contracting vehicle "
                        "(the agreement says no lead practice or federation contracts for it). transparency "
                        "fail: only 'the Company may publish the results at its discretion'; no summary or "
                        "Disclosure UK commitment.")
