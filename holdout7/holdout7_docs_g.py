"""Documents 26-29: headache agreement + PID; depression in long-term conditions PID + outcomes."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MSL_CV, RWE,
                             COMPL, GM, MED_DIR, code, fill)

LHC = "Lowfield Healthcare CIC"
UW = "University of Wexcombe"
BMH = "Brackenfell Mental Health NHS Trust"


def d26():
    d = Doc(26, "headache-pathway-agreement", "pdf", "agreement",
            "Collaborative Working Agreement - Community Headache Pathway",
            header="Tri-partite Collaborative Working Agreement | LHC-UW-HVG/2024",
            footer="Final for signature v3 | Commercial terms confidential between the parties",
            tstyle="plain")
    d.cover("Collaborative Working Agreement", [
        "Community Headache Pathway", "%s  |  %s  |  %s" % (LHC, UW, CO), "v3, 9 May 2024"])
    d.h("Parties", 2)
    d.num_list([
        "%s, a community interest company (company number 11203456) of Lowfield House, 2 Dyer "
        "Street, Lowfield LW3 1JD, which provides community neurology services under NHS "
        "contract (\"LHC\");" % LHC,
        "%s, a chartered university of Senate House, Wexcombe WX1 4UN, acting through its "
        "School of Health Sciences (\"the University\");" % UW,
        "%s, %s (\"Halvergate\")." % (CO, CO_REG)])
    cl = [
        ("1", "Background and purpose", [
            "Headache is the commonest reason for neurology referral in Lowfield and most "
            "referrals could be managed by a trained community team. The parties will jointly "
            "set up and evaluate a GP-with-extended-role and specialist nurse headache clinic.",
            "This is collaborative working under Clause 20 of the ABPI Code. It does not "
            "depend on the use of any particular medicine; treatment follows NICE CG150 and "
            "the local formulary."]),
        ("2", "Term", ["From 1 July 2024 to 30 June 2025, unless ended earlier under clause 10."]),
        ("3", "Contributions", [
            "LHC: GPwER 2 sessions a week, headache nurse specialist 0.6 WTE, clinic premises, "
            "booking and administration (value about GBP 61,000).",
            "The University: evaluation lead (senior lecturer, 0.1 WTE), a research assistant "
            "0.4 WTE for nine months and ethics/governance review (about GBP 24,000).",
            "Halvergate: GBP 45,000 paid to LHC in three tranches against Schedule 2 milestones, "
            "towards the nurse specialist post and staff training; 0.1 WTE project manager."]),
        ("4", "Benefits", [
            "Patients: seen within 6 weeks locally rather than waiting 30 weeks for neurology, "
            "with a personalised management plan and help to avoid medication-overuse headache.",
            "LHC and local commissioners: neurology waits reduced; University: an evaluation "
            "publication; Halvergate: understanding of community headache pathways."]),
        ("5", "Governance", [
            "A Joint Project Group (LHC Medical Director - chair; headache nurse; GPwER; "
            "University evaluation lead; Halvergate project manager and Medical Science "
            "Liaison) meets monthly.",
            "Halvergate will not involve any member of its commercial or sales functions."]),
        ("6", "Success measures", [
            "Measured by the University from LHC clinic data: median wait referral to first "
            "appointment (baseline 30 weeks, target 6); proportion of referrals managed without "
            "onward neurology referral (target 75%); change in HIT-6 score at 3 months (target "
            "mean reduction of 6 points); patient satisfaction (target 90% good or very good)."]),
        ("7", "Data protection", [
            "LHC is controller of patient data and shares pseudonymised extracts with the "
            "University under a data sharing agreement; the University acts as processor and "
            "holds data on its secure research server. Both comply with UK GDPR and the Data "
            "Protection Act 2018 and completed a joint DPIA.",
            "Halvergate receives only the aggregated results in evaluation reports."]),
        ("8", "Confidentiality", [
            "Each party keeps other parties' confidential information (including patient "
            "information, unpublished results and pricing) confidential for five years after "
            "the Term, except as required by law including FOIA, or as needed for the agreed "
            "publications."]),
        ("9", "Publication", [
            "Halvergate will post a summary of this Agreement on its website before 1 July 2024. "
            "The parties will publish an outcomes summary within six months of 30 June 2025; the "
            "University may also submit the evaluation for peer-reviewed publication. Halvergate "
            "will disclose its payments through Disclosure UK."]),
        ("10", "Ending the Agreement", [
            "A party may leave on 60 days' written notice; the others may continue the Project.",
            "At the end of the Term or on termination, LHC will continue to see patients who "
            "have a booked follow-up and return all others to their GP with a management plan; "
            "the nurse post reverts to LHC's own establishment if LHC chooses to fund it."]),
        ("11", "Other terms", [
            "Each party complies with the Bribery Act 2010. Disputes go to the Joint Project "
            "Group chair, then to mediation. English law applies."]),
    ]
    for n, t, items in cl:
        d.clauses(n, t, items)
    d.h("Schedule 2 - Milestones", 2)
    d.tbl([["Milestone", "Payment"], ["Clinic open, nurse trained", "GBP 20,000"],
           ["Month 6 interim report", "GBP 15,000"], ["Final evaluation report", "GBP 10,000"]])
    d.sig([(LHC, "Dr Anya Sorensen", "Medical Director"),
           (UW, "Prof. Colin Pardoe", "Pro-Vice-Chancellor (Research)"),
           (CO, HEAD_PART[0], HEAD_PART[1])])
    d.key("chartered university", "medication-overuse headache", "HIT-6")
    return d


def d27():
    d = Doc(27, "headache-pathway-pid", "pdf", "pid",
            "PID - Community Headache Pathway",
            header="Lowfield Healthcare CIC | Project documentation",
            footer="Headache PID v0.9 (submitted for approval) - April 2024", layout="two",
            tstyle="lines")
    d.h("Community Headache Pathway: Project Initiation Document", 1)
    d.p("Partners: %s, %s and %s." % (LHC, UW, CO))
    fill(d, [
        ("Summary", "A community headache clinic staffed by a GP with an extended role and a "
         "nurse specialist will see adults referred by GPs with primary headache disorders."),
        ("Objectives", ["Reduce waiting times for headache care.",
                        "Manage more headache referrals in the community.",
                        "Improve patients' quality of life and confidence in managing their "
                        "headaches.",
                        "Produce an evaluation to inform commissioning."]),
        ("Patient benefit", "Quicker access to specialist headache advice close to home, "
         "support to avoid medication-overuse headache, and fewer days lost to migraine."),
        ("Contributions", ("tbl", [
            ["Partner", "Contribution"],
            ["LHC", "GPwER 2 sessions/week; nurse specialist 0.6 WTE; premises; admin"],
            ["University", "Evaluation lead 0.1 WTE; research assistant 0.4 WTE"],
            [CO_SHORT, "GBP 45,000 for nurse post and training; project manager 0.1 WTE"]])),
        ("Team", "Dr Anya Sorensen (LHC, chair); Jo Whitcombe (headache nurse); Dr Ben Adair "
         "(GPwER); Dr Lucy Farr (University); %s and %s (Halvergate). No Halvergate "
         "representative with promotional duties takes part." % (PM_SOUTH[0], MSL_CV[0])),
        ("Evaluation", "Evaluation metrics: to be confirmed following mobilisation by the "
         "University evaluation team."),
        ("Information governance", "LHC is data controller. Pseudonymised extracts go to the "
         "University under a data sharing agreement, compliant with UK GDPR/DPA 2018; "
         "Halvergate gets aggregated results only. All partners keep project, patient and "
         "commercial information confidential, subject to FOIA."),
        ("Publication", "Summary of agreement to be published by Halvergate before launch; "
         "outcomes published by all partners within six months of completion."),
        ("Exit arrangements", "To be agreed at the month 9 review."),
    ])
    d.flag("measurable-outcomes", "fail",
           "objectives are unquantified and the evaluation section defers all metrics: "
           "'to be confirmed following mobilisation'", "to be confirmed following mobilisation")
    d.flag("exit-strategy", "fail", "exit section is a placeholder: 'To be agreed at the "
           "month 9 review'", "To be agreed at the month 9 review")
    return d


def d28():
    d = Doc(28, "mood-ltc-pid", "docx", "pid",
            "Project Initiation Document - Mood and Long-Term Conditions Service",
            header="OFFICIAL | Halvergate Partnerships in Care - PID template v3.0",
            footer="MLTC PID v1.1 | " + code(252, "10/2024"))
    d.p("Mood and Long-Term Conditions (MLTC) integrated psychological support - PID v1.1")
    fill(d, [
        ("1. Project details", ("kv", [
            ["Project title", "Mood and Long-Term Conditions integrated support"],
            ["NHS organisation", BMH],
            ["Industry partner", CO],
            ["Clinical area", "Depression and anxiety in people with diabetes, COPD or heart "
             "disease"],
            ["Planned start / end", "January 2025 - December 2025"]])),
        ("2. Why this project is needed", "People with long-term physical conditions are two "
         "to three times more likely to have depression, which worsens self-care and outcomes. "
         "Only 9% of Talking Therapies referrals in Brackenfell are LTC-related."),
        ("3. What we want to achieve", ("tbl", [
            ["Objective", "Baseline", "Target (Dec 2025)"],
            ["LTC patients referred to integrated psychological support", "210/yr", "600"],
            ["Recovery rate (PHQ-9/GAD-7) in LTC pathway", "41%", "52%"],
            ["Patients reporting improved self-management (LTC-SM scale)", "-", "60%"]])),
        ("4. Who benefits and how", "Patients get psychological therapy designed around their "
         "physical condition, which should lift mood and help them manage their health. The "
         "Trust tests an integrated model; Halvergate learns about mental health in LTC "
         "pathways."),
        ("5. What each organisation puts in", ("tbl", [
            ["Organisation", "Contribution"],
            [BMH, "Two high-intensity therapists 0.5 WTE each; clinical psychologist "
             "supervision; IAPT data analyst; rooms"],
            [CO_SHORT, "GBP 74,000 for a Band 7 LTC therapist for 12 months; project manager "
             "0.2 WTE; patient leaflet design and print"]])),
        ("6. Team and governance", ("tbl", [
            ["Name", "Role", "Project role"],
            ["Dr Samira Haddad", "Consultant Clinical Psychologist, BMH", "Chair"],
            ["Tom Ellery", "Service Manager, Talking Therapies", "Operational lead"],
            [PM_NORTH[0], "Halvergate, " + PM_NORTH[1], "Project manager"],
            ["Marcus Hale", "Halvergate, Brand Manager - Neuroscience",
             "Delivery team: patient materials and GP communications"]])),
        ("7. Measurement", "IAPT minimum dataset extracted monthly by the Trust analyst "
         "against the baselines above."),
        ("8. Information governance", "The Trust is data controller; clinical records are "
         "held only in the Trust's IAPT system. DPIA BMH-DP-2024-58 approved. Halvergate "
         "receives anonymised, aggregated monthly reports. UK GDPR and the Data Protection "
         "Act 2018 apply."),
        ("9. Confidentiality", "Standard Halvergate terms apply."),
        ("10. Ending the project", "At month 10 the Trust decides whether to fund the LTC "
         "therapist post recurrently. If not, new referrals stop at month 11 and patients "
         "already in treatment complete their course with the core Talking Therapies team. "
         "Either party may end early on three months' notice."),
        ("11. Openness", "Halvergate publishes the executive summary before the start; both "
         "organisations publish outcomes within six months of the end; Disclosure UK applies."),
    ])
    d.flag("sales-roles", "fail",
           "a Halvergate Brand Manager (marketing/promotional role) is in the delivery team "
           "producing patient materials and GP communications", "Brand Manager - Neuroscience")
    d.flag("confidentiality", "warn", "confidentiality section is only 'Standard Halvergate "
           "terms apply'", "Standard Halvergate terms apply")
    return d


def d29():
    d = Doc(29, "mood-ltc-outcomes", "docx", "outcomes-summary",
            "Mood and Long-Term Conditions - summary of project outcomes",
            header="Brackenfell Mental Health NHS Trust and Halvergate",
            footer="Outcomes summary | " + code(402, "04/2026"))
    d.p("Mood and Long-Term Conditions integrated support: what happened")
    d.kv([["Partners", "%s; %s" % (BMH, CO)],
          ["Duration", "January 2025 - December 2025"],
          ["Published", "April 2026, on both partners' websites"]])
    fill(d, [
        ("What we set out to do", "Offer talking therapy adapted for people living with "
         "diabetes, COPD or heart disease, delivered alongside their physical health care."),
        ("What we achieved", ("tbl", [
            ["Measure", "Baseline", "Target", "Result"],
            ["LTC referrals", "210/yr", "600", "644"],
            ["Recovery rate", "41%", "52%", "54%"],
            ["Improved self-management", "-", "60%", "63%"]])),
        ("Difference for patients", "More than 640 people got therapy built around their "
         "condition; over half recovered from depression or anxiety, and nearly two-thirds said "
         "they were managing their physical health better."),
        ("For the Trust and Halvergate", "The Trust has made the LTC therapist post permanent. "
         "Halvergate has a better understanding of integrated mental health care. Both partners "
         "provided the agreed resources; a planned GP communications workstream was dropped."),
        ("Lessons", ["Co-locate therapists in diabetes and respiratory clinics.",
                     "Use physical health staff to introduce the offer."]),
    ])
    d.key("more than 640 people", "made the LTC therapist post permanent")
    return d


DOCS = [d26, d27, d28, d29]
