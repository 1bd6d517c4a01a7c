"""Documents 18-22: diabetes ES; lipids (Scotland) PID, ES, outcomes; psoriasis agreement."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_WALES, PM_SCOT, PM_SOUTH, MA_IMM,
                             MSL_CV, RWE, COMPL, GM, MED_DIR, code, fill, hvg_agreement)

TUHB = "Tarnside University Health Board"
GLEN = "NHS Glenmorran"
PVT = "Pennock Vale NHS Foundation Trust"


def d18():
    d = Doc(18, "diabetes-remission-exec-summary", "pdf", "executive-summary",
            "Executive Summary - Type 2 Diabetes Remission Support",
            header="Halvergate Pharmaceuticals UK | Partnerships in Care",
            footer=code(226, "08/2024"), tstyle="grid")
    d.h("Executive Summary: Type 2 Diabetes Remission Support", 1)
    d.kv([
        ["Project partners", "%s and %s" % (TUHB, CO)],
        ["Start and end", "September 2024 to August 2026"],
        ["Background", "Many adults recently diagnosed with type 2 diabetes could achieve "
         "remission through weight loss, but local dietetic capacity limits how many can try."],
        ["Objectives", "Help 600 adults attempt remission over two years through a structured "
         "low-energy diet programme run by health board dietitians, and support appropriate "
         "intensification of therapy where remission is not achieved, including wider access "
         "to Glucastra (once-weekly), whose simple dosing has transformed adherence for "
         "patients across the UK."],
        ["Benefits", "Patients: weight loss, better glucose control, fewer medicines and a "
         "chance of remission. Health Board: more dietetic capacity. Halvergate: insight into "
         "remission services and a stronger position for Glucastra in the Tarnside "
         "pathway."],
        ["Financial arrangements", "Halvergate: GBP 120,000 towards meal replacements and a "
         "support worker, plus project management. Health Board: dietitians, consultant "
         "sessions, laboratory monitoring and venues (about GBP 148,000 in kind)."],
        ["Roles", "The Health Board delivers all clinical care; Halvergate provides project "
         "management and funding."],
        ["Publication", "This summary is published before the programme starts; both partners "
         "will publish outcomes within six months of completion."],
        ["Contacts", "Bethan Rhys-Powell, Diabetes Programme Manager, Tarnside UHB; %s, %s, "
         "Halvergate" % PM_WALES]])
    d.flag("promotional-language", "fail",
           "a public summary names Halvergate's medicine with a claim ('simple dosing has "
           "transformed adherence'), ties the project to 'wider access' to it and lists "
           "'a stronger position for Glucastra' as a company benefit",
           "whose simple dosing has transformed adherence")
    return d


def d19():
    d = Doc(19, "lipids-glenmorran-pid", "pdf", "pid",
            "Project Initiation Document - Lipid Optimisation and FH Case-finding (phase 2)",
            header="COMMERCIAL IN CONFIDENCE | NHS Glenmorran Pharmacy Services",
            footer="LOFH2 PID v1.1 - August 2024 - prepared using the Common Understanding "
                   "PID template", layout="one", tstyle="grid")
    d.cover("Lipid Optimisation and FH Case-finding - Phase 2", [
        "Project Initiation Document v1.1", "%s and %s" % (GLEN, CO),
        "Project lead: Fraser McAllister, Lead Pharmacist, Primary Care"])
    fill(d, [
        ("1. Project title and partners", "Lipid Optimisation and Familial Hypercholesterolaemia "
         "Case-finding, phase 2 (LOFH2). Partners: %s (Pharmacy Services) and %s." % (GLEN, CO)),
        ("2. Background", "Phase 1 ran in the Ardlinnie locality in 2023. Phase 2 extends the "
         "approach to the remaining three localities, covering 58 practices."),
        ("3. Objectives and measures", ("tbl", [
            ["Objective", "Baseline", "Target (Sept 2025)", "Data"],
            ["People with established CVD reviewed against SIGN 149 lipid targets", "0",
             "3,500", "Practice searches"],
            ["Reviewed patients reaching non-HDL target at 6 months", "27%", "45%",
             "SCI Store results"],
            ["Possible FH (Dutch Lipid Clinic score 6 or above) referred to lipid clinic",
             "9 per year", "40", "Referral log"]])),
        ("4. Benefits", "Patients: cholesterol-lowering treatment reviewed against national "
         "guidance, reducing the risk of heart attack and stroke; families with FH "
         "identified and offered cascade testing. Board: consistent lipid management. "
         "Halvergate: insight into how lipid services are organised in Scotland."),
        ("5. Contributions", ("tbl", [
            ["Partner", "Resource"],
            [GLEN, "Two Band 7 pharmacists 0.4 WTE each; lipid clinic consultant 1 session "
             "a month; eHealth analyst 3 days a quarter; practice IT access"],
            [CO_SHORT, "GBP 66,000 for a Band 7 pharmacist (0.8 WTE, 12 months) employed by "
             "the Board; project manager 0.1 WTE; evaluation analysis"]])),
        ("6. Governance", "A project board chaired by the Director of Pharmacy meets every two "
         "months. Halvergate is represented by %s (%s) and %s (%s). Treatment choices are made "
         "by Board clinicians in line with SIGN 149 and the Glenmorran formulary." % (
             PM_SCOT + MSL_CV)),
        ("7. Data protection", "The Board is data controller. Searches run within practice "
         "systems by Board staff; a DPIA (GLN-IG-2024-031) was approved by the Caldicott "
         "Guardian. Halvergate receives aggregated data with small numbers suppressed, "
         "under UK GDPR and the Data Protection Act 2018."),
        ("8. Confidentiality", "A confidentiality agreement covering project and commercial "
         "information will be put in place between the partners in due course."),
        ("9. Exit and sustainability", "The funded pharmacist is on a fixed-term contract; if "
         "the Board does not fund the post after September 2025 (decision by June 2025), "
         "reviews stop and patients continue under their practice with the review outcome "
         "recorded. Either partner can end early on 60 days' notice with the same handover."),
        ("10. Publication", "The outcomes of the phase 1 pilot in Ardlinnie were published on "
         "both partners' websites in January 2024. For phase 2, decisions on publication will "
         "be taken by the Board's Clinical Governance Committee once results are available."),
    ])
    d.flag("confidentiality", "fail",
           "confidentiality is only promised 'in due course' plus a 'Commercial in confidence' "
           "page marking; no actual obligation", "will be put in place between the partners "
           "in due course")
    d.flag("transparency", "fail",
           "only the phase 1 pilot was published; for this project publication is left to a "
           "later Board committee decision - no commitment", "decisions on publication will")
    return d


def d20():
    d = Doc(20, "lipids-glenmorran-exec-summary", "docx", "executive-summary",
            "Lipid Optimisation and FH Case-finding phase 2 - summary of the agreement",
            header="Halvergate | Collaborative working in Scotland",
            footer=code(233, "08/2024"), es_data=True)
    d.p("Summary of the collaborative working agreement between %s and %s" % (GLEN, CO))
    fill(d, [
        ("Project", "Lipid Optimisation and Familial Hypercholesterolaemia Case-finding, "
         "phase 2 - October 2024 to September 2025."),
        ("Rationale", "People with heart disease or stroke often do not reach the cholesterol "
         "levels recommended by SIGN, and most people with familial hypercholesterolaemia in "
         "Scotland have not been diagnosed."),
        ("Objectives and expected benefits", [
            "Pharmacists will review around 3,500 people with established cardiovascular "
            "disease so that their treatment matches national guidance, lowering their risk "
            "of a further heart attack or stroke.",
            "People who may have FH will be referred to the lipid clinic, and their relatives "
            "offered testing.",
            "NHS Glenmorran will have a consistent lipid pathway across four localities; "
            "Halvergate will understand Scottish lipid services better."]),
        ("Financial arrangements", "Halvergate will pay GBP 66,000 to NHS Glenmorran for a "
         "pharmacist post and contribute project management and analysis. NHS Glenmorran will "
         "contribute pharmacist, consultant and analyst time and IT access."),
        ("How patient information is handled", "Patient records are searched only by NHS "
         "Glenmorran staff. No information that could identify a patient is shared with "
         "Halvergate, which receives anonymised totals only."),
        ("Roles", "NHS Glenmorran leads and delivers the project clinically. Halvergate "
         "supports project management and evaluation."),
        ("Publication of outcomes", "Both partners have agreed to publish a summary of the "
         "results within six months of the project ending, and Halvergate publishes this "
         "summary before the project begins."),
        ("Contacts", "Fraser McAllister, Lead Pharmacist, NHS Glenmorran; %s, %s." % PM_SCOT),
    ])
    d.key("anonymised totals only", "within six months of the project ending")
    return d


def d21():
    d = Doc(21, "lipids-glenmorran-outcomes", "pdf", "outcomes-summary",
            "Lipid Optimisation phase 2 - outcomes summary",
            header="Halvergate Pharmaceuticals UK | Project outcomes",
            footer=code(388, "02/2026"), layout="two", tstyle="grid")
    d.h("Lipid Optimisation phase 2: outcomes", 1)
    d.p("Partners: %s and %s. Ran October 2024 - September 2025." % (GLEN, CO))
    fill(d, [
        ("Overview", "Board pharmacists reviewed people with cardiovascular disease in 58 "
         "practices and considered whether their lipid-lowering treatment should be changed."),
        ("Key results", ("tbl", [
            ["Metric", "Result"],
            ["Patients reviewed", "3,212"],
            ["Patients initiated on Lipavance", "486 (from 31 at baseline)"],
            ["Lipavance share of new lipid initiations", "38% (baseline 4%)"],
            ["Practices with a Lipavance protocol", "52 of 58"]])),
        ("Benefits", "The key benefit for patients was access to Lipavance, the most "
         "effective lipid-lowering option available, which is now established as the "
         "treatment of choice after statins across Glenmorran. The Board benefited from a "
         "standard protocol and Halvergate from strong pull-through in the area."),
        ("Partner delivery", "Both partners provided the resources agreed."),
        ("Learning", "Protocols embedded early in practice systems drove consistent uptake."),
        ("Publication", "This summary is published on the websites of both partners."),
    ])
    d.flag("patient-benefit", "fail",
           "the only 'benefit for patients' is access to/uptake of Halvergate's product; no "
           "clinical or experience benefit reported", "The key benefit for patients was access")
    d.flag("promotional-language", "fail",
           "brand name with superlative claims ('most effective', 'treatment of choice'), "
           "product share metrics and 'pull-through' commercial jargon", "strong pull-through")
    return d


def d22():
    d = Doc(22, "psoriasis-virtual-clinic-agreement", "docx", "agreement",
            "Joint Working Agreement - Psoriasis Virtual Review Clinic",
            header="Halvergate JWA v4 | PVR/2024", footer="Psoriasis Virtual Review - signed")
    d.p("JOINT WORKING AGREEMENT - PSORIASIS VIRTUAL REVIEW CLINIC")
    hvg_agreement(
        d, project="Psoriasis Virtual Review Clinic",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 ("The Dermatology Department, Pennock Vale Hospital, Pennock PV2 8LS, led by "
                  "Dr Rohan Mehta, Clinical Lead for Dermatology", "the Department")],
        recitals=["The Department runs the regional psoriasis service; its clinical staff are "
                  "employed by %s." % PVT,
                  "The parties wish to introduce virtual reviews for people with stable "
                  "moderate-to-severe psoriasis on systemic or biologic treatment."],
        term="This Agreement runs from 1 October 2024 for 15 months.",
        benefits=["Patients: routine reviews by video or photo submission rather than a "
                  "hospital trip, and faster face-to-face appointments for those who flare.",
                  "The Department: 900 clinic slots a year released for new referrals.",
                  "%s: understanding of virtual dermatology pathways." % CO_SHORT],
        gov=["A Steering Group of the Clinical Lead, the dermatology nurse consultant, the "
             "outpatient manager and the %s %s meets monthly." % (CO_SHORT, MA_IMM[1]),
             "%s staff with promotional responsibilities are excluded from the Project." % (
                 CO_SHORT)],
        outcomes=["Measures: proportion of eligible follow-ups done virtually (target 60% by "
                  "month 9, baseline 0%); median wait for new appointments (baseline 21 weeks, "
                  "target 14); DLQI change in virtual cohort (no worsening)."],
        over={
            "dp": ["%s, as employer of the Department's staff and owner of its records, is "
                   "data controller; processing follows UK GDPR and the Data Protection Act "
                   "2018 and the Trust's DPIA for virtual clinics. %s receives aggregate "
                   "figures only." % (PVT, CO_SHORT)],
            "exit": ["Either party may terminate this Agreement with immediate effect by "
                     "written notice if the other party commits a material breach of it or "
                     "becomes insolvent."],
        },
        schedules=[("Schedule 1 - Contributions", ("tbl", [
            ["Party", "Contribution"],
            ["the Department", "Nurse consultant 0.3 WTE; consultant review sessions; "
             "outpatient booking team; Trust video platform"],
            [CO_SHORT, "GBP 52,000 for a Band 6 virtual clinic nurse (12 months); 0.1 WTE "
             "project manager; evaluation"]]))],
        signers=[(CO, HEAD_PART[0], HEAD_PART[1]),
                 ("the Dermatology Department", "Dr Rohan Mehta", "Clinical Lead")])
    d.flag("legal-entities", "fail",
           "the NHS party is the Dermatology Department (a team) led by a named consultant; the "
           "Trust that employs the staff is not a party", "The Dermatology Department, Pennock "
           "Vale Hospital")
    d.flag("exit-strategy", "warn",
           "termination only for material breach or insolvency; no ordinary end/notice and "
           "nothing on patients in virtual follow-up or the funded nurse",
           "commits a material breach of it or")
    return d


DOCS = [d18, d19, d20, d21, d22]
