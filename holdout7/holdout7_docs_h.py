"""Documents 30-35: IBD monitoring agreement/ES/amendment; anticoagulation PID + agreement;
heart failure in care homes agreement."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MA_IMM, MSL_CV,
                             RWE, COMPL, GM, MED_DIR, code, fill, hvg_agreement)

SDH = "Saltmarsh and Dene Hospitals NHS Foundation Trust"
ICS = "Coast and Dales Integrated Care System"
STM = "Stourmouth Medical Practice"
ORH = "Orwell Reach Health Innovation Network Ltd"


def d30():
    d = Doc(30, "ibd-home-monitoring-agreement", "docx", "agreement",
            "Joint Working Agreement - IBD Home Monitoring",
            header="Halvergate JWA v4 | IBD-HM", footer="Agreement SDH/HVG/2025/01 - signed")
    d.cover("Joint Working Agreement", ["IBD Home Monitoring Service", CO, SDH, ICS,
                                        "January 2025"])
    hvg_agreement(
        d, project="IBD Home Monitoring Service",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 (SDH + " of Dene Road, Saltmarsh SM1 5RT", "the Trust"),
                 ("the " + ICS + ", the partnership of NHS and local authority organisations in "
                  "the Coast and Dales area", "the ICS")],
        recitals=["People with stable inflammatory bowel disease (IBD) attend routine follow-up "
                  "that could be replaced by home faecal calprotectin testing and "
                  "patient-initiated follow-up.",
                  "The ICS has identified IBD follow-up as a priority for its outpatient "
                  "transformation programme."],
        term="The Project runs from 1 March 2025 to 28 February 2026.",
        benefits=["Patients: fewer routine hospital trips, earlier detection of flares through "
                  "home testing, and rapid access to the IBD nurse when symptoms change.",
                  "The Trust and ICS: 1,800 follow-up appointments a year released.",
                  "%s: insight into remote IBD monitoring." % CO_SHORT],
        gov=["A Steering Group chaired by the Trust's IBD lead gastroenterologist includes the "
             "IBD nurse lead, the ICS outpatient transformation lead and the %s %s. No sales "
             "personnel of %s may be members." % (CO_SHORT, PM_SOUTH[1], CO_SHORT)],
        outcomes=["Measures: patients moved to home monitoring (target 700 by month 9); "
                  "routine follow-ups avoided (target 1,800 a year, baseline 0); flares "
                  "detected by calprotectin and seen within 7 days (target 90%); patient "
                  "satisfaction (target 85%)."],
        over={
            "dp": ["The Trust shall send the name, home address, date of birth and hospital "
                   "number of each enrolled patient to Medirove Logistics Ltd, which is "
                   "engaged and paid by %s to dispatch and collect home test kits." % CO_SHORT,
                   "Test results are returned to the Trust's laboratory system."],
        },
        schedules=[("Schedule 1 - Contributions", ("tbl", [
            ["Party", "Contribution"],
            ["the Trust", "IBD nurse specialists 0.6 WTE; consultant review 1 PA/week; "
             "laboratory analysis; patient-initiated follow-up administration"],
            ["the ICS", "Outpatient transformation lead 0.1 WTE; digital inclusion support "
             "through its community connector service"],
            [CO_SHORT, "GBP 61,000 for home test kits and logistics; 0.1 WTE project manager; "
             "evaluation"]]))],
        signers=[(CO, GM[0], GM[1]), (SDH, "Dr Olu Bankole", "Medical Director"),
                 ("the ICS", "Karen Lister", "ICS Outpatient Transformation Programme Director")])
    d.flag("data-protection", "fail",
           "patient names, addresses, DOB and hospital numbers go to a logistics firm engaged "
           "and paid by Halvergate; no controller, lawful basis or DPIA",
           "engaged and paid by Halvergate to dispatch")
    d.flag("legal-entities", "fail",
           "the 'Coast and Dales Integrated Care System' is a party; an ICS is a partnership, "
           "not a contracting body (the ICB would be)", "the partnership of NHS and local "
           "authority organisations")
    return d


def d31():
    d = Doc(31, "ibd-home-monitoring-exec-summary", "pdf", "executive-summary",
            "Executive summary - IBD Home Monitoring Service",
            header="Halvergate Pharmaceuticals UK | Joint working",
            footer=code(281, "02/2025"), layout="two", tstyle="grid")
    d.h("IBD Home Monitoring Service", 1)
    d.p("Joint working between %s, partners in the %s, and %s." % (SDH, ICS, CO))
    fill(d, [
        ("Background", "Outpatient follow-up demand in gastroenterology at the Trust has risen "
         "by 28% since 2019. The service spends about GBP 410,000 a year on additional "
         "waiting-list clinics, and the ICS has set a target to cut routine follow-up "
         "activity by a quarter."),
        ("Objectives", "Introduce home calprotectin testing and patient-initiated follow-up for "
         "people with stable IBD, releasing around 1,800 appointments a year."),
        ("Benefits", ("kv", [
            ["To patients", "As described in the background section above."],
            ["To the NHS", "Lower outpatient costs and released clinic capacity."],
            ["To Halvergate", "Insight into remote monitoring pathways."]])),
        ("Period", "March 2025 - February 2026."),
        ("Resources", "Halvergate will provide GBP 61,000 for home test kits and logistics and "
         "a part-time project manager. The contribution of the Trust and ICS partners will "
         "be confirmed when the project starts."),
        ("Publication", "This summary is published before the project starts; outcomes will "
         "be published within six months of its end."),
        ("Contacts", "Dr Olu Bankole, Medical Director, Saltmarsh and Dene; %s, %s, "
         "Halvergate." % PM_SOUTH),
    ])
    d.flag("resource-contributions", "fail",
           "only Halvergate's contribution is stated; the NHS partners' is 'to be confirmed when "
           "the project starts'", "will be confirmed when the project starts")
    d.flag("patient-benefit", "fail",
           "patient benefit points to the background, which describes only NHS demand, costs "
           "and targets - no benefit to patients is stated anywhere",
           "As described in the background section above")
    return d


def d32():
    d = Doc(32, "ibd-home-monitoring-amendment", "docx", "amendment",
            "Project amendment request - IBD Home Monitoring",
            header="Saltmarsh and Dene Hospitals - Gastroenterology",
            footer="IBD-HM amendment 2 | v1.0")
    d.p("Project amendment request no. 2 - IBD Home Monitoring Service")
    d.kv([["Project", "IBD Home Monitoring Service"],
          ["Owners", "Dr Lena Fairweather (Trust IBD lead); %s (Halvergate)" % PM_SOUTH[0]],
          ["Requested by", "Steering Group"], ["Date", "9 June 2025"]])
    fill(d, [
        ("Change requested", "%s (%s) starts maternity leave on 1 July 2025. Jodie Carr, "
         "Halvergate Regional Business Manager - Gastroenterology, will take her place on the "
         "Steering Group and act as Halvergate's project lead until her return, including "
         "monthly review of the enrolment dashboard." % PM_SOUTH),
        ("Reason", "Continuity: Jodie already knows the gastroenterology team well."),
        ("Impact on timeline, logistics and finance", "None. No change to dates, budget or "
         "delivery model."),
        ("Approval", ("tbl", [
            ["Organisation", "Name", "Date"],
            [SDH, "Dr Lena Fairweather", "12/06/2025"],
            [CO_SHORT, PM_SOUTH[0], "12/06/2025"]])),
    ])
    d.flag("sales-roles", "fail",
           "amendment puts a Regional Business Manager (sales role) on the Steering Group as "
           "Halvergate's project lead with access to the enrolment dashboard",
           "Regional Business Manager - Gastroenterology")
    return d


def d33():
    d = Doc(33, "anticoag-review-pid", "pdf", "pid",
            "Project Initiation Document - Anticoagulation Review Service",
            header="Stourmouth Medical Practice (lead practice, Stour Valley PCN)",
            footer="ARS PID v1 - January 2025", tstyle="grid")
    d.h("Anticoagulation Review Service - PID", 1)
    d.kv([["Project", "Anticoagulation Review Service (ARS)"],
          ["Partners", "%s, on behalf of Stour Valley PCN; %s" % (STM, CO)],
          ["Clinical lead", "Dr Amara Okafor, GP Partner"],
          ["Duration", "March 2025 - February 2026"]])
    fill(d, [
        ("Background", "About 640 people in the PCN take warfarin for atrial fibrillation. "
         "Around a third spend less than 65% of time in the therapeutic range, putting them at "
         "risk of stroke or bleeding, and INR clinics use over 7,000 appointments a year."),
        ("Objectives", ("num", [
            "Review all patients on warfarin with TTR below 65% by August 2025 (baseline: none "
            "reviewed in a structured way).",
            "Switch eligible warfarin patients to Coravex, Halvergate's once-daily DOAC, "
            "which offers superior stroke protection with no INR monitoring.",
            "Reduce INR clinic appointments by 40% by February 2026."])),
        ("Benefits", "Patients with poorly controlled warfarin get a structured clinical "
         "review, better protection against stroke and fewer trips to INR clinics. The PCN "
         "frees nurse time; Halvergate gains insight into anticoagulation pathways."),
        ("Contributions", ("tbl", [
            ["Partner", "Contribution"],
            ["Stourmouth Medical Practice / PCN", "PCN pharmacist 0.4 WTE; GP supervision 1 "
             "session/week; practice nurse INR data; rooms"],
            [CO_SHORT, "GBP 32,000 for a pharmacist technician (0.6 WTE); project manager "
             "0.1 WTE; evaluation"]])),
        ("Team", "Dr Okafor (chair), PCN pharmacist lead, nurse manager, %s and %s from "
         "Halvergate. No field-based promotional staff are involved." % (PM_SOUTH[0],
                                                                          MSL_CV[0])),
        ("Data", "All data handling will be GDPR compliant."),
        ("Confidentiality", "Project papers, patient information and commercial terms are kept "
         "confidential by both partners for the project and three years after, subject to FOI."),
        ("Exit", "Either partner may end the project on 60 days' notice. At the end, reviewed "
         "patients remain under their GP with a documented plan; the technician post ends "
         "unless the PCN funds it from its ARRS budget."),
        ("Publication", "Halvergate will publish the executive summary before March 2025; "
         "outcomes will be published by both partners within six months of the end."),
    ])
    d.flag("promotional-language", "fail",
           "objective 2 is a switch to Halvergate's named DOAC with a superiority claim ("
           "'superior stroke protection')", "Switch eligible warfarin patients to Coravex")
    d.flag("data-protection", "warn",
           "the only data protection text is the bare 'All data handling will be GDPR "
           "compliant'", "All data handling will be GDPR compliant")
    return d


DOCS = [d30, d31, d32, d33]
