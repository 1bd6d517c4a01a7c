"""Documents 06-09: heart failure clinics (ICB) PID and summary; AF detection agreement + ES."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MSL_CV, RWE,
                             COMPL, GM, MED_DIR, code, fill)

ICB = "NHS Wexcombe and Ridley Integrated Care Board"
KCC = "Kelderby City Council"
FGA = "Fenmarsh GP Alliance Ltd"


def d06():
    d = Doc(6, "hf-clinics-pid", "pdf", "pid",
            "Project Initiation Document - HF medicines optimisation clinics",
            header="Halvergate PID template v2.1 | completed by NHS Wexcombe and Ridley ICB",
            footer="HF Optimisation PID draft 0.9 - 2 September 2024", tstyle="grid")
    d.h("Project Initiation Document", 1)
    d.kv([["Project name", "Heart failure medicines optimisation clinics (HFMO)"],
          ["Partner organisations", "%s; %s" % (ICB, CO)],
          ["Project sponsor (NHS)", "Dr Yusuf Adeyemi, Associate Medical Director, ICB"],
          ["Project lead (NHS)", "Claire Whitlock, Head of Medicines Optimisation"],
          ["Project lead (Halvergate)", "%s, %s" % MSL_CV],
          ["CWRC reference", "CWRC-2024-017 (approved 30 April 2024)"]])
    fill(d, [
        ("1. Background", "Heart failure with reduced ejection fraction affects about 4,100 "
         "people registered with practices in Wexcombe and Ridley. Audit shows that most are "
         "not on all of the medicine classes recommended by NICE NG106 at the doses tolerated, "
         "mainly because titration needs repeated appointments that general practice cannot "
         "offer. Community HF nurses are focused on people recently discharged from hospital."),
        ("2. Aims and objectives", [
            "Improve the optimisation of heart failure medicines for people on practice registers.",
            "Reduce avoidable heart failure admissions.",
            "Improve patients' understanding of their condition and their medicines.",
            "Develop a model the ICB could commission across all places."]),
        ("3. Benefits", ("tbl", [
            ["Stakeholder", "Benefit"],
            ["Patients", "Earlier review and titration of treatment by a specialist pharmacist "
             "in their own practice, fewer symptoms, and fewer emergency admissions; clear "
             "information about their medicines and who to call."],
            ["ICB and practices", "GP time released; evidence for future commissioning."],
            [CO_SHORT, "Understanding of barriers to guideline-based HF care in primary care."]])),
        ("4. Approach", "Practice searches identify eligible patients, who are invited to a "
         "pharmacist clinic in their own practice. The pharmacist reviews and adjusts treatment "
         "in line with NICE NG106 and the ICB formulary, with escalation to the community HF "
         "team or cardiology where needed. Fourteen practices in two places will take part."),
        ("5. Resources", ("tbl", [
            ["Partner", "Resource committed"],
            [CO, "GBP 58,000 to fund 0.6 WTE Band 8a HF specialist pharmacist for 12 months "
             "(hosted by the ICB); project management 0.2 WTE; evaluation support from "
             "Halvergate's health outcomes team"],
            [ICB, "Access to participating GP practices and the patient cohort; support from "
             "the medicines optimisation team as required"],
            ["Participating practices", "Engagement with the programme"]])),
        ("6. Governance", "A project board chaired by Dr Adeyemi will meet monthly for the "
         "first quarter and then bimonthly. Membership: ICB Head of Medicines Optimisation, a "
         "GP clinical lead from each place, the community HF nurse lead, %s (%s) and %s (%s). "
         "Halvergate's commercial field teams are not involved in the project in any way." % (
             MSL_CV + PM_NORTH)),
        ("7. Evaluation", "The project board will monitor progress and outcomes throughout "
         "the project. An evaluation report at the end will describe the impact of the clinics "
         "on patients and services and will be shared with the ICB Medicines Optimisation "
         "Committee."),
        ("8. Information governance", "The ICB and each participating practice remain "
         "controllers of patient records. Clinics are run on practice clinical systems under "
         "the existing data sharing agreement for ICB-employed pharmacists. A DPIA has been "
         "completed (ICB-IG-24-112). Halvergate will receive only aggregated, anonymised "
         "figures for evaluation. Confidential project and commercial information of either "
         "partner will be protected and will not be passed to third parties without consent, "
         "subject to the ICB's Freedom of Information obligations."),
        ("9. Timeline", ("tbl", [["Phase", "Dates"],
                                 ["Recruitment of pharmacist", "Oct-Nov 2024"],
                                 ["Clinics running", "Dec 2024 - Nov 2025"],
                                 ["Evaluation and close", "Dec 2025 - Jan 2026"]])),
        ("10. Exit strategy", "Patients seen in the clinics remain under their practice "
         "throughout, so the project can close without loss of care: at the end, or if either "
         "partner gives three months' notice to stop early, each patient's titration plan is "
         "handed to their GP and the community HF team. The ICB will decide by September 2025 "
         "whether to continue the pharmacist role from its own budget."),
        ("11. Publication", "Halvergate will publish an executive summary before clinics "
         "start, and both partners will publish the outcomes within six months of completion."),
    ])
    d.flag("resource-contributions", "fail",
           "only Halvergate's contribution is real; the ICB offers 'access to practices and "
           "the patient cohort' and 'support ... as required', practices only 'engagement' - "
           "no NHS resource is named", "support from the medicines optimisation team as required")
    d.flag("measurable-outcomes", "warn",
           "objectives are directional ('improve', 'reduce') and evaluation says only that the "
           "board will 'monitor progress and outcomes'; no baselines, targets or data sources",
           "monitor progress and outcomes throughout")
    return d


def d07():
    d = Doc(7, "hf-clinics-exec-summary", "pdf", "executive-summary",
            "Summary of collaborative working - heart failure clinics",
            header="Halvergate Pharmaceuticals UK - Collaborative working",
            footer=code(208, "10/2024"), layout="two", tstyle="lines")
    d.h("Heart failure medicines optimisation clinics", 1)
    d.p("A collaborative working project between %s and %s." % (ICB, CO))
    fill(d, [
        ("Background", "Many people living with heart failure in Wexcombe and Ridley are "
         "waiting longer than they should for their treatment to be reviewed."),
        ("Aims", "The project will set up pharmacist-led clinics in 14 GP practices to "
         "review heart failure treatment in line with national guidance."),
        ("Expected benefits", [
            "For patients: the project is expected to lead to improved outcomes for people "
            "living with heart failure in the area.",
            "For the ICB: additional capacity in primary care and evidence to inform future "
            "commissioning.",
            "For Halvergate: a better understanding of heart failure care in general practice."]),
        ("Duration", "December 2024 to November 2025."),
        ("Financial and other contributions", "Halvergate is providing GBP 58,000 to fund a "
         "part-time specialist pharmacist employed by the ICB, plus project management time. "
         "The ICB provides a Band 8a medicines optimisation pharmacist (0.5 WTE), data "
         "searches by its analytics team and clinic space in practices."),
        ("Roles", "The ICB leads clinical delivery and chairs the project board. Halvergate "
         "provides project management and evaluation support."),
        ("Sharing what we learn", "Halvergate may choose to share learning from the project "
         "at a future date, for example at conferences, where the ICB agrees."),
        ("Contacts", "Claire Whitlock, Head of Medicines Optimisation, ICB; Tomasz Nowicki, "
         "Medical Science Liaison, Halvergate."),
    ])
    d.flag("transparency", "fail",
           "no commitment to publish the summary or outcomes: learning 'may' be shared 'at a "
           "future date' at Halvergate's choice and subject to ICB agreement",
           "may choose to share learning from the project")
    d.flag("patient-benefit", "warn",
           "the only patient benefit is the vague 'improved outcomes for people living with "
           "heart failure'", "expected to lead to improved outcomes")
    return d


def d08():
    d = Doc(8, "af-detect-agreement", "docx", "agreement",
            "Collaborative Working Agreement - Pulse Check Kelderby",
            header="KCC Legal Services ref LS/CW/2024/031 | OFFICIAL-SENSITIVE: COMMERCIAL",
            footer="Pulse Check Kelderby CWA - engrossment copy", font="Times-Roman")
    d.p("COLLABORATIVE WORKING AGREEMENT").p("Pulse Check Kelderby: community atrial "
                                             "fibrillation detection")
    d.p("This Agreement is made on 17 June 2024 between:")
    d.num_list([
        "KELDERBY CITY COUNCIL of the Civic Centre, Market Street, Kelderby KD1 1AA, acting "
        "through its Public Health directorate (\"the Council\");",
        "FENMARSH GP ALLIANCE LTD (company number 09876120), a GP federation whose registered "
        "office is at 12 Marsh Lane, Fenmarsh KD7 3PL (\"the Federation\"); and",
        "%s, %s (\"the Company\")." % (CO.upper(), CO_REG)])
    d.p("each a \"Party\" and together the \"Parties\".")
    sections = [
        ("1", "Purpose", [
            "The Parties will jointly deliver pop-up pulse checks in 20 community pharmacies and "
            "4 leisure centres in Kelderby, with onward ECG confirmation by Federation clinicians "
            "and referral to the patient's own practice for treatment decisions.",
            "The Project is collaborative working under Clause 20 of the ABPI Code of Practice "
            "and is not linked to the prescription or supply of any medicine."]),
        ("2", "Term", [
            "The Project starts on 1 September 2024 and ends on 31 August 2025."]),
        ("3", "What each Party provides", [
            "The Council: public health commissioning lead (0.2 WTE), pharmacy contract "
            "management, venue costs at leisure centres and GBP 20,000 for community outreach "
            "in wards with the highest deprivation.",
            "The Federation: a Band 7 ECG-trained nurse (0.8 WTE) and GP clinical supervision "
            "of two sessions a month.",
            "The Company: GBP 46,000 towards 24 handheld single-lead ECG devices and pharmacy "
            "training; 0.1 WTE partnerships manager; evaluation design.",
            "Payments by the Company are made to the Federation in two instalments against the "
            "milestones in Schedule 2."]),
        ("4", "Benefits", [
            "People in Kelderby, particularly in deprived wards, will have irregular heart "
            "rhythms found before they cause a stroke, and will be referred promptly for "
            "assessment.",
            "The Council and Federation gain a tested case-finding model; the Company gains "
            "insight into community detection pathways."]),
        ("5", "Project Board", [
            "A Project Board of the Council's Consultant in Public Health (chair), the "
            "Federation's clinical director and nurse lead, a community pharmacy representative "
            "and the Company's NHS Partnerships Manager (South & East) will meet monthly.",
            "The Company shall ensure that none of its employees engaged in promotional "
            "activity attends the Board, contacts participating pharmacies about the Project or "
            "receives Project information."]),
        ("6", "Evaluation", [
            "The Board will report quarterly against these measures: number of pulse checks "
            "(target 6,000); proportion of checks in the 30% most deprived wards (target 50%); "
            "new AF diagnoses confirmed by ECG (target 90, against 2023 baseline of 0 from this "
            "setting); median days from positive check to GP review (target 14 or fewer)."]),
        ("7", "Personal data", [
            "The Federation is the controller of all personal data collected during checks and "
            "will process them lawfully under UK GDPR and the Data Protection Act 2018; its "
            "DPIA is Annex A to Schedule 1.",
            "The Council and the Company receive only aggregated, anonymised results. No "
            "device used in the Project transmits data to the Company."]),
        ("8", "Confidential information", [
            "Each Party shall keep confidential the other Parties' confidential information, "
            "including pricing and business plans, and patient information, during the Term "
            "and for six years afterwards, save as required by law (including the Freedom of "
            "Information Act 2000)."]),
        ("9", "Publication", [
            "The Company will publish a summary of this Agreement on its website before 1 "
            "September 2024. All Parties will publish a summary of outcomes within six months "
            "after 31 August 2025. The Company will report its payments on Disclosure UK."]),
        ("10", "Ending the Project", [
            "Any Party may withdraw on three months' written notice. If the Company withdraws, "
            "the Council and Federation may continue the Project using the devices, which "
            "become the Federation's property on delivery.",
            "On expiry or withdrawal, people awaiting ECG confirmation will be completed by the "
            "Federation and all positive results handed to the registered practice; pharmacies "
            "will be told to stop offering checks within two weeks."]),
        ("11", "Anti-bribery", ["Each Party shall comply with the Bribery Act 2010."]),
        ("12", "Disputes and law", [
            "Disputes go first to the Board chair and the Company's Head of NHS Partnerships, "
            "then to mediation. English law applies."]),
    ]
    for num, title, items in sections:
        d.clauses(num, title, items)
    d.h("Schedule 1 - Service outline", 2)
    d.p("Checks by trained pharmacy staff using single-lead devices; suspected AF is confirmed "
        "by a 12-lead ECG at a Federation hub within seven days.")
    d.h("Schedule 2 - Payment milestones", 2)
    d.tbl([["Milestone", "Amount", "Due"],
           ["Devices delivered, training complete", "GBP 30,000", "October 2024"],
           ["Interim report accepted by Board", "GBP 16,000", "March 2025"]])
    d.sig([(KCC, "Dr Nadia Farrow", "Director of Public Health"),
           (FGA, "Dr Simon Achterberg", "Chief Executive"),
           (CO, HEAD_PART[0], HEAD_PART[1])])
    d.key("FENMARSH GP ALLIANCE LTD", "new AF diagnoses confirmed by ECG",
          "people awaiting ECG confirmation")
    return d


def d09():
    d = Doc(9, "af-detect-exec-summary", "docx", "executive-summary",
            "Pulse Check Kelderby - summary of the collaborative working agreement",
            header="Halvergate | Summary of collaborative working",
            footer=code(187, "07/2024"))
    d.p("Pulse Check Kelderby - summary of the collaborative working agreement")
    d.kv([
        ["Partners", "%s; %s; %s" % (KCC, FGA, CO)],
        ["Project period", "1 September 2024 - 31 August 2025"],
        ["Why", "Atrial fibrillation often has no symptoms and is a major cause of stroke. An "
         "estimated 1,900 adults in Kelderby have AF that has not been diagnosed, many of them "
         "in our most deprived neighbourhoods."],
        ["What will happen", "Free pulse checks in 20 pharmacies and 4 leisure centres, with a "
         "follow-up ECG by Federation nurses for anyone with an irregular result."],
        ["Benefits for local people", "Hidden AF picked up sooner, so people can talk to their "
         "GP about reducing their stroke risk, with checks offered where people already go."],
        ["Benefits for the organisations", "The Council and Federation test a case-finding "
         "model; Halvergate learns how community detection works in practice."],
        ["Who provides what", "Council: public health lead time, venue costs and GBP 20,000 for "
         "outreach. Federation: an ECG-trained nurse and GP supervision. Halvergate: GBP 46,000 "
         "for devices and pharmacy training, plus partnerships and evaluation time."],
        ["Publication", "This summary is posted before the checks begin. All three partners "
         "will publish the results within six months of the end date."],
        ["Contacts", "Dr Kiran Bedi, Consultant in Public Health, Kelderby City Council; "
         "Dr Simon Achterberg, Fenmarsh GP Alliance; %s, %s, Halvergate." % PM_SOUTH]])
    d.key("Benefits for local people", "posted before the checks begin")
    return d


DOCS = [d06, d07, d08, d09]
