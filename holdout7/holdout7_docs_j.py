"""Documents 38-40: hepatitis C find-and-treat ES + PID; community pharmacy asthma concept."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MA_RESP, MSL_CV,
                             RWE, COMPL, GM, MED_DIR, code, fill)

KCC = "Kelderby City Council"
NVT = "Northmoor Valley NHS Foundation Trust"
TMF = "Tollbridge and Marsh GP Federation Ltd"


def d38():
    d = Doc(38, "hcv-find-treat-exec-summary", "docx", "executive-summary",
            "Find and Treat Kelderby - executive summary",
            header="Halvergate | Summary of joint working", footer=code(296, "03/2025"),
            es_data=True)
    d.p("Find and Treat Kelderby: hepatitis C testing in drug and alcohol services")
    d.kv([["Partners", "%s (Public Health); %s (Hepatology); %s" % (KCC, NVT, CO)],
          ["Timescale", "May 2025 - April 2026"]])
    fill(d, [
        ("Why this matters", "An estimated 700 people in Kelderby are living with hepatitis C "
         "without knowing it, most of them in contact with drug and alcohol services. The "
         "infection can be cured with a short course of tablets, but many people never get "
         "tested."),
        ("What the project will do", "Peer workers and an outreach hepatology nurse will offer "
         "finger-prick testing in six drug service hubs and arrange treatment with the Trust's "
         "hepatology team for anyone who tests positive."),
        ("Benefits", "People who test positive can be cured, avoiding liver damage; services "
         "get a sustainable testing model; Halvergate learns how community testing works."),
        ("How progress is tracked", "The outreach nurse will share a weekly list of people "
         "tested, with their initials, date of birth and result, with Halvergate's project "
         "coordinator, who will maintain the project tracker."),
        ("Funding and resources", "Halvergate will contribute GBP 88,000 towards the outreach "
         "nurse, peer worker sessions and testing supplies, together with a project "
         "coordinator. The Council and the Trust have confirmed their commitment and support "
         "for the programme."),
        ("Publication", "This summary is published on Halvergate's website before the project "
         "starts; the partners will publish the results within six months of completion."),
        ("Contacts", "Dr Kiran Bedi, Kelderby City Council; Dr Femi Lawal, Consultant "
         "Hepatologist, Northmoor Valley NHS FT; %s, %s, Halvergate." % PM_NORTH),
    ])
    d.flag("resource-contributions", "fail",
           "only Halvergate's funding is quantified; the Council and Trust offer only "
           "'commitment and support', which names no resource",
           "confirmed their commitment and support")
    d.flag("data-protection", "fail",
           "identifiable details (initials, date of birth, result) go weekly to a Halvergate "
           "employee", "with their initials, date of birth and result")
    return d


def d39():
    d = Doc(39, "hcv-find-treat-pid", "docx", "pid",
            "Find and Treat Kelderby - Project Initiation Document",
            header="OFFICIAL | Halvergate Partnerships in Care - PID template v3.0",
            footer="Find and Treat PID v1.3 | " + code(291, "03/2025"))
    d.cover("Find and Treat Kelderby", [
        "Project Initiation Document v1.3",
        "Kelderby City Council Public Health | %s | %s" % (NVT, CO),
        "Document owner: Dr Kiran Bedi, Consultant in Public Health"])
    fill(d, [
        ("1. Project details", ("kv", [
            ["Project title", "Find and Treat Kelderby"],
            ["NHS / public sector organisations", "%s; %s" % (KCC, NVT)],
            ["Industry partner", CO],
            ["Planned start / end", "May 2025 - April 2026"]])),
        ("2. Why this project is needed", "Testing for hepatitis C in Kelderby's drug and "
         "alcohol services reached only 31% of service users in 2023/24 (national ambition: "
         "90%). The Council commissions the drug service; the Trust runs hepatology."),
        ("3. What we want to achieve", ("tbl", [
            ["Objective", "Baseline", "Target", "Source"],
            ["Service users offered a test", "31%", "85%", "Drug service case system"],
            ["Tests completed", "410/yr", "1,500", "Lab and point-of-care log"],
            ["Positives referred to hepatology within 2 weeks", "55%", "90%",
             "Hepatology referral log"]])),
        ("4. Who benefits and how", "Patients: improved health outcomes for the target "
         "population. Council and Trust: progress towards elimination targets and a model for "
         "recommissioning. Halvergate: insight into community testing."),
        ("5. What each organisation puts in", ("tbl", [
            ["Organisation", "Contribution"],
            [KCC, "Public health lead 0.1 WTE; drug service hub space and key worker time "
             "(about 4 hours a week per hub); peer worker coordination through the "
             "commissioned provider"],
            [NVT, "Consultant hepatologist 1 session/week; clinical nurse specialist "
             "supervision; laboratory confirmation testing"],
            [CO_SHORT, "GBP 88,000 towards an outreach nurse (Trust employed), peer worker "
             "sessions and test supplies; 0.2 WTE project coordinator"]])),
        ("6. Team and governance", "A steering group chaired by Dr Bedi meets monthly with "
         "the hepatology consultant, the drug service manager, a peer worker lead and "
         "Halvergate's %s. Halvergate's involvement comes from its partnerships and medical "
         "teams; no member of its commercial field staff has any role." % PM_NORTH[1]),
        ("7. Information governance", "The Trust and the drug service provider are controllers "
         "for their own records; processing follows UK GDPR and the Data Protection Act 2018 "
         "under a DPIA approved by the Trust Caldicott Guardian. Halvergate receives monthly "
         "aggregate counts only; no names, dates of birth or other identifiers. All partners "
         "keep each other's confidential information confidential, subject to FOI."),
        ("8. Project closure", "At the end of the project the steering group will be "
         "disbanded and a final report produced for the partners."),
        ("9. Openness", "Halvergate will publish the executive summary before the project "
         "starts and disclose its payments on Disclosure UK; results will be published by "
         "all partners within six months of closure."),
    ])
    d.flag("patient-benefit", "warn",
           "the patient benefit is only the vague 'improved health outcomes for the target "
           "population'; targets are activity measures", "improved health outcomes for the "
           "target population")
    d.flag("exit-strategy", "warn",
           "closure only stands the steering group down and produces a report; nothing on "
           "patients in treatment, the funded nurse or notice", "steering group will be "
           "disbanded")
    return d


def d40():
    d = Doc(40, "pharmacy-asthma-cwrc-concept", "pdf", "concept-framework",
            "CWRC Form A - Collaborative working concept submission (pharmacy asthma reviews)",
            header="Halvergate | Collaborative Working Review Committee | Form A v2",
            footer="Internal governance form - not for distribution", tstyle="grid")
    d.h("CWRC Form A - Collaborative working concept submission", 1)
    d.kv([
        ["Submission number", "CWRC-2025-006"],
        ["Working title", "Community pharmacy asthma reviews"],
        ["Proposing partner(s)", TMF],
        ["Halvergate sponsor", "%s, %s" % HEAD_PART],
        ["Halvergate lead", "%s, %s" % MA_RESP],
        ["Field contact (for information)", "Jodie Carr, Regional Business Manager - "
         "Respiratory, East"],
        ["Date submitted", "17 January 2025"]])
    fill(d, [
        ("A1. The problem", "Across the Federation's 19 practices, 44% of people with asthma "
         "had no annual review last year and over-reliance on reliever inhalers is common."),
        ("A2. Purpose", "Train community pharmacists to deliver structured asthma reviews "
         "with referral back to the practice nurse, in line with BTS/SIGN/NICE guidance. For "
         "Halvergate the project is also an opportunity to drive pull-through for Respivair "
         "following its recent formulary listing."),
        ("A3. Who gains", ("tbl", [
            ["Group", "Anticipated gain"],
            ["Patients", "An asthma review at a local pharmacy, help with inhaler technique and "
             "a personal action plan, and fewer attacks."],
            ["Federation", "Practice nurse capacity released; better asthma outcomes data."],
            [CO_SHORT, "Understanding of pharmacy-based asthma care."]])),
        ("A4. What each side would contribute", ("tbl", [
            ["Partner", "Proposed resource"],
            [TMF, "Respiratory nurse lead 0.2 WTE; practice searches and recall letters; "
             "pharmacy contract management; training venue"],
            [CO_SHORT, "GBP 40,000 for pharmacy review fees and training; 0.1 WTE project "
             "manager; evaluation"]])),
        ("A5. Timing", "Spring 2025; 12 months."),
        ("Committee decision", ("kv", [
            ["Outcome", "Pending - Compliance review"],
            ["Signed", ""]])),
    ])
    d.flag("promotional-language", "fail",
           "company rationale is to 'drive pull-through for Respivair' after its formulary "
           "listing - commercial jargon tying the project to a product",
           "drive pull-through for Respivair")
    d.flag("sales-roles", "warn",
           "a Regional Business Manager is named only as a field contact 'for information', "
           "not in the project team", "Regional Business Manager - Respiratory, East")
    return d


DOCS = [d38, d39, d40]
