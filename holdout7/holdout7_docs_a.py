"""Documents 01-05: Breathe Well Hubs family (Northmoor Valley) and HF concept form."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, PROG, HEAD_PART, PM_NORTH, MA_RESP, MSL_CV,
                             RWE, COMPL, GM, MED_DIR, code, fill, hvg_agreement)

NVT = "Northmoor Valley NHS Foundation Trust"


def d01():
    d = Doc(1, "breathe-well-pid", "docx", "pid",
            "Breathe Well Hubs - Project Initiation Document",
            header="OFFICIAL | Halvergate Partnerships in Care - PID template v3.0",
            footer="Breathe Well Hubs PID v1.2, 14 February 2023 | " + code(112, "02/2023"))
    d.cover("Breathe Well Hubs", [
        "Community COPD review hubs in the Northmoor Valley",
        "Project Initiation Document - version 1.2 (final for approval)",
        "Prepared by: Community Respiratory Service, %s, with %s" % (NVT, CO),
        "Document owner: Leanne Hargreaves, Service Manager, Community Respiratory"])
    d.h("Revision history", 2)
    d.tbl([["Version", "Date", "Author", "Change"],
           ["0.4", "12/12/2022", "L. Hargreaves", "First draft from template"],
           ["1.0", "24/01/2023", "L. Hargreaves / S. Varma", "Measures and budget added"],
           ["1.2", "14/02/2023", "L. Hargreaves", "IG comments from Trust DPO incorporated"]])
    fill(d, [
        ("1. Project details", ("kv", [
            ["Project title", "Breathe Well Hubs"],
            ["NHS organisation", NVT],
            ["Industry partner", CO],
            ["Clinical area", "Chronic obstructive pulmonary disease (COPD)"],
            ["Planned start / end", "May 2023 to October 2024 (18 months)"],
            ["Agreement reference", "Joint Working Agreement NVT/HVG/2023/01"]])),
        ("2. Why this project is needed",
         "Around 9,800 people on GP registers in the Northmoor Valley have COPD. Fewer than half "
         "had a structured annual review in 2021/22, pulmonary rehabilitation uptake is low and "
         "the Trust admitted 1,312 people with an exacerbation in the same year. Reviews are "
         "currently squeezed into general practice nurse appointments that rarely allow time for "
         "inhaler technique checks or self-management planning."),
        ("3. What we want to achieve", ("num", [
            "Offer a 45-minute structured review in one of three community hubs (Ashby Mill, "
            "Cresswell and Lower Tarn health centres) to people with COPD who have had one or "
            "more exacerbations in the last year.",
            "Check and correct inhaler technique at every visit and agree a written "
            "self-management plan with each patient.",
            "Increase referrals to pulmonary rehabilitation and smoking cessation.",
            "Reduce exacerbation-related admissions among people seen in the hubs."])),
        ("4. Who benefits and how", ("tbl", [
            ["For", "Expected benefit"],
            ["People with COPD", "Quicker access to a specialist review close to home, better "
             "inhaler technique, a personal plan for flare-ups and fewer hospital stays."],
            ["The Trust and practices", "Reviews moved out of stretched GP appointments; a "
             "tested community model the Trust can commission from recurrent budgets."],
            [CO_SHORT, "Better understanding of how community COPD services are organised and "
             "of the barriers to guideline-based care; experience as an NHS partner."]])),
        ("5. What each organisation puts in", ("tbl", [
            ["Organisation", "Contribution", "Approx. value"],
            [NVT, "0.6 WTE Band 7 respiratory physiotherapist; consultant oversight (1 PA per "
             "week); clinic rooms at three hubs; BI analyst 2 days per month; admin booking "
             "support", "GBP 71,500 (in kind)"],
            [CO, "Funding for 1.0 WTE Band 6 respiratory nurse for 18 months, employed by the "
             "Trust; 0.2 WTE project manager; evaluation design and analysis of aggregated data",
             "GBP 92,400 cash + GBP 18,000 in kind"]])),
        ("6. Team and governance",
         "A joint steering group meets every six weeks, chaired by Dr Imran Siddiqui, "
         "Consultant Respiratory Physician. Members: Leanne Hargreaves (service manager), the "
         "hub nurse lead, a Trust BI analyst, a patient member nominated by the Northmoor "
         "Breathe Easy group, %s (%s) and %s (%s). Clinical decisions, including any choice of "
         "medicine, rest with Trust clinicians following the Trust formulary and NICE NG115. "
         "Halvergate staff whose jobs involve promoting medicines have no role in designing, "
         "running or reviewing the hubs." % (PM_NORTH + MA_RESP)),
        ("7. How we will measure success", ("tbl", [
            ["Measure", "Baseline (2021/22)", "Target by Oct 2024", "Source"],
            ["Hub patients with documented inhaler technique check", "n/a (new service)",
             "95%", "Hub SystmOne template"],
            ["Pulmonary rehab referrals from cohort", "118 per year", "200 per year",
             "PR service referral log"],
            ["COPD admissions among hub patients (12 months before/after)", "Cohort baseline",
             "15% reduction", "Trust SUS extract"],
            ["Patient-reported confidence (PACIC short form)", "Measured at first visit",
             "+20% at 6 months", "Questionnaire"]])),
        ("8. Information governance",
         ["Patient records stay on Trust systems; the Trust alone decides how they are used "
          "and is controller under UK GDPR and the Data Protection Act 2018.",
          "A DPIA (ref. NVT-DPIA-0447) was signed off by the Trust Data Protection Officer on "
          "3 February 2023.",
          "Halvergate receives quarterly aggregate tables only, with counts below five "
          "suppressed; no one at Halvergate can view any record about an individual.",
          "Each organisation will keep the other's non-public business information, and all "
          "clinical information, private; this does not override the Trust's duties under the "
          "Freedom of Information Act 2000."]),
        ("9. Timeline", ("tbl", [
            ["Milestone", "Date"], ["Agreement signed, summary published", "April 2023"],
            ["Nurse in post, first hub opens", "May 2023"], ["Third hub open", "September 2023"],
            ["Interim report to steering group", "March 2024"],
            ["Recurrent funding decision", "July 2024"], ["Project closes", "October 2024"]])),
        ("10. Risks", ("tbl", [
            ["Risk", "Mitigation"],
            ["Nurse recruitment delay", "Bank cover agreed with the Trust's community division"],
            ["Change to national COPD guidance", "Steering group reviews protocols within one month"],
            ["PMCPA complaint upheld", "Project paused and amended or stopped by agreement"]])),
        ("11. Ending the project",
         "The hubs are designed to become part of the Trust's community respiratory service. The "
         "Community Division will decide on recurrent funding at month 15. If funding is "
         "agreed, the nurse post moves onto the Trust establishment in November 2024. If not, "
         "the fixed-term post ends in October 2024 and every patient on the hub caseload is "
         "discharged to their GP practice with a copy of their self-management plan; no new "
         "patients are booked after month 16. Either organisation may withdraw early on three "
         "months' written notice, in which case the same handover applies."),
        ("12. Openness",
         "Before the first hub opens, Halvergate will put a summary of the agreement on its UK "
         "collaborative working web page, and the Trust will link to it from its partnerships "
         "page. Within six months of closure both organisations will publish what the project "
         "achieved. Halvergate's payments will appear in its annual Disclosure UK return."),
    ])
    d.h("13. Sign-off", 1)
    d.sig([(NVT, "Dr Harriet Quayle", "Chief Medical Officer"),
           (CO, MED_DIR[0], MED_DIR[1] + " (certifying signatory)")])
    d.key("Community COPD review hubs", "no role in designing", "NVT-DPIA-0447",
          "discharged to their GP practice", "Disclosure UK return")
    return d


def d02():
    d = Doc(2, "breathe-well-agreement", "pdf", "agreement",
            "Joint Working Agreement - Breathe Well Hubs",
            header="Joint Working Agreement NVT/HVG/2023/01 - CONFIDENTIAL BETWEEN THE PARTIES",
            footer="Halvergate JWA template v4 | Execution version", tstyle="grid")
    d.cover("Joint Working Agreement", [
        "relating to the Breathe Well Hubs project", "between",
        CO, "and", NVT, "Reference NVT/HVG/2023/01"])
    hvg_agreement(
        d, project="Breathe Well Hubs community COPD review project",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 (NVT + " of Valley Road, Northmoor NM4 2TE", "the Trust")],
        recitals=[
            "The Trust provides community respiratory services to approximately 410,000 people.",
            "The parties wish to work together to improve the care of people with COPD through "
            "community review hubs, as set out in the Project Initiation Document version 1.2.",
            "The parties have agreed that the Project is joint working within the meaning of "
            "Clause 20 of the ABPI Code of Practice."],
        term="This Agreement runs from signature until 31 October 2024 unless ended earlier "
             "under clause 9.",
        benefits=["Patients: timely specialist review close to home, corrected inhaler "
                  "technique, a written self-management plan and fewer admissions.",
                  "The Trust: a tested community model and released GP capacity.",
                  "%s: insight into community respiratory pathways." % CO_SHORT],
        gov=["A Steering Group chaired by the Trust's consultant respiratory physician will "
             "meet at least every eight weeks and includes the %s %s and %s." % (
                 CO_SHORT, PM_NORTH[1], MA_RESP[1]),
             "%s personnel with promotional responsibilities shall not attend the Steering "
             "Group or have any part in delivery." % CO_SHORT,
             "All clinical decisions remain with Trust clinicians."],
        outcomes=["The Project will be measured against the indicators in Schedule 1, Part B, "
                  "with baselines taken from 2021/22 data and targets for October 2024.",
                  "The Trust's BI team produces the quarterly dataset; %s's analyst produces "
                  "the final evaluation." % CO_SHORT],
        schedules=[
            ("Schedule 1 - Project description", (
                "Part A. Three community hubs will provide 45-minute structured reviews for "
                "people with COPD who have had one or more exacerbations in the previous year.",
                ("tbl", [["Part B indicator", "Baseline", "Target"],
                         ["Inhaler technique check documented", "new", "95%"],
                         ["Pulmonary rehab referrals per year", "118", "200"],
                         ["Admissions in hub cohort", "cohort baseline", "-15%"]]))),
            ("Schedule 2 - Contributions", ("tbl", [
                ["Party", "Resources", "Value"],
                ["the Trust", "0.6 WTE Band 7 physiotherapist, 1 PA/week consultant, rooms at "
                 "three hubs, BI analyst 2 days/month, booking support", "GBP 71,500 in kind"],
                [CO_SHORT, "GBP 92,400 for a Trust-employed Band 6 nurse (18 months), paid "
                 "quarterly in arrears on invoice; 0.2 WTE project manager; evaluation",
                 "GBP 110,400"]]))],
        signers=[(CO, GM[0], GM[1]), (NVT, "Martin Ekwueme", "Chief Executive")])
    d.key("relating to the Breathe Well Hubs project", "transition plan",
          "collaborative working web page", "Data Protection Act")
    return d


def d03():
    d = Doc(3, "breathe-well-exec-summary", "docx", "executive-summary",
            "Executive summary of joint working: Breathe Well Hubs",
            header="Halvergate Pharmaceuticals UK | Collaborative working disclosures",
            footer=code(131, "03/2023"), es_data=True)
    d.p("Executive summary of joint working: Breathe Well Hubs").p(
        "Partners: %s and %s" % (NVT, CO))
    fill(d, [
        ("Background", "COPD is one of the commonest reasons for emergency admission in the "
         "Northmoor Valley. Many patients do not get a full annual review, and inhaler "
         "technique is often not checked."),
        ("What the project will do",
         "Three community hubs run by the Trust will offer structured reviews, inhaler "
         "technique checks, self-management plans and onward referral to pulmonary "
         "rehabilitation and stop-smoking support."),
        ("Expected benefits",
         ["People with COPD: specialist review nearer home and support to manage flare-ups, "
          "which should mean fewer hospital stays.",
          "The Trust: a community model it can evaluate and continue.",
          "Halvergate: learning about community respiratory care."]),
        ("Timescale", "May 2023 to October 2024."),
        ("Resources", "The Trust provides a physiotherapist, consultant time, clinic space and "
         "analyst time (about GBP 71,500 in kind). Halvergate provides GBP 92,400 to fund a "
         "Trust-employed nurse plus project management and evaluation support (about "
         "GBP 18,000 in kind)."),
        ("Use of patient information",
         "Care records are held and controlled by the Trust. Halvergate sees only grouped, "
         "anonymous figures used to evaluate the service."),
        ("Publication", "This summary is published before the hubs open. A summary of the "
         "results will be published by both partners within six months of the end of the "
         "project."),
        ("Contacts", ("kv", [
            ["Trust", "Leanne Hargreaves, Service Manager, leanne.hargreaves@nvt.nhs.example"],
            [CO_SHORT, "%s, %s, partnerships@halvergate.example" % PM_NORTH]])),
    ])
    d.key("Use of patient information", "grouped, anonymous figures")
    return d


def d04():
    d = Doc(4, "breathe-well-outcomes", "pdf", "outcomes-summary",
            "Breathe Well Hubs: summary of project outcomes",
            header="Breathe Well Hubs | Summary of outcomes | March 2025",
            footer="Published by %s and %s | %s" % (NVT, CO_SHORT, code(301, "03/2025")),
            layout="two", tstyle="lines")
    d.h("Breathe Well Hubs: what we achieved", 1)
    d.p("Partners: %s and %s. Project ran from 9 May 2023 to 31 October 2024." % (NVT, CO))
    fill(d, [
        ("Overview", "Three community hubs offered structured reviews to people with COPD "
         "who had had an exacerbation in the previous year, with inhaler technique checks, "
         "written self-management plans and referral to rehabilitation."),
        ("Results against the plan", ("tbl", [
            ["Indicator", "Baseline", "Target", "Achieved"],
            ["People reviewed", "-", "1,000", "1,146"],
            ["Technique check recorded", "-", "95%", "97%"],
            ["Incorrect technique at 2nd visit", "61% at 1st", "-", "24%"],
            ["Rehab referrals / year", "118", "200", "212"],
            ["Admissions, hub cohort", "412", "-15%", "342 (-17%)"]])),
        ("What it meant for patients",
         "Patients were seen within an average of 19 days of referral, close to home. Most "
         "left with a plan for what to do in a flare-up, and 71% of those surveyed said they "
         "felt more confident managing their breathing. Seventy fewer admissions were "
         "recorded in the cohort compared with the previous year."),
        ("For the NHS and for Halvergate",
         "The Trust now has a tested model: the nurse post was taken onto the Trust's "
         "establishment from November 2024 and two hubs continue. Halvergate gained an "
         "understanding of community respiratory pathways; no product data were collected."),
        ("Did each partner deliver?",
         "Yes. Both organisations provided the staff, funding and facilities agreed. Nurse "
         "recruitment took six weeks longer than planned, which was covered by bank staff."),
        ("Lessons for others", ["Book rehab assessments during the hub visit.",
                                "Start data extraction agreements early.",
                                "A patient member on the steering group shaped the letters "
                                "we sent and improved attendance."]),
        ("Publication", "This summary is published on the websites of both partners within "
         "six months of the project's close."),
    ])
    d.key("Seventy fewer admissions", "342 (-17%)", "taken onto the Trust's")
    return d


def d05():
    d = Doc(5, "hf-clinics-cwrc-concept", "docx", "concept-framework",
            "CWRC Form A - Collaborative working concept submission",
            header="Halvergate | Collaborative Working Review Committee | Form A v2",
            footer="Internal governance form - not for distribution")
    d.p("CWRC Form A - Collaborative working concept submission")
    d.small("Complete all sections. Forms with blank fields are returned unreviewed.")
    d.kv([
        ["Submission number", "CWRC-2024-017"],
        ["Working title", "Heart failure medicines optimisation clinics"],
        ["Proposing partner(s)", "NHS Wexcombe and Ridley Integrated Care Board"],
        ["Halvergate sponsor", "%s, %s" % HEAD_PART],
        ["Halvergate lead", "%s, %s" % MSL_CV],
        ["Date submitted", "8 April 2024"]])
    fill(d, [
        ("A1. The problem", "ICB data show that only 38% of people on practice heart failure "
         "registers with reduced ejection fraction are on all guideline-recommended medicine "
         "classes at target dose. Titration is slow because GP appointments are short and "
         "specialist HF nurses cover a large area."),
        ("A2. Purpose", "Pharmacist-led clinics in 14 practices across two places will "
         "review and titrate treatment in line with NICE NG106, with escalation to the "
         "community HF team where needed."),
        ("A3. Who gains", ("tbl", [
            ["Group", "Anticipated gain"],
            ["Patients", "Medicines reviewed and optimised sooner, fewer symptoms and a lower "
             "risk of admission; one named pharmacist to contact between visits."],
            ["ICB / practices", "Capacity released in GP lists; a costed model for wider "
             "commissioning."],
            [CO_SHORT, "Insight into primary care HF pathways."]])),
        ("A4. What each side would contribute", ("tbl", [
            ["Partner", "Proposed resource"],
            ["ICB", "0.5 WTE Band 8a medicines optimisation pharmacist for 12 months; "
             "searches and data extraction by the ICB analytics team (about 15 days); "
             "clinic rooms in participating practices"],
            [CO_SHORT, "About GBP 64,000 towards a second pharmacist post hosted by the ICB; "
             "0.1 WTE partnerships manager; support for the evaluation"]])),
        ("A5. Timing", "Start autumn 2024 subject to agreement; 12 months."),
        ("A6. Interdependencies / conflicts", "None identified. The ICB medicines committee "
         "has no Halvergate product decisions pending; the project is product-neutral."),
        ("Committee decision", ("kv", [
            ["Outcome", "Approved to proceed to PID and agreement"],
            ["Conditions", "Steering group membership to be confirmed with Compliance"],
            ["Signed", "%s, %s (Chair); %s, %s" % (MED_DIR + COMPL)]])),
    ])
    d.key("CWRC-2024-017", "0.5 WTE Band 8a", "Approved to proceed")
    return d


DOCS = [d01, d02, d03, d04, d05]
