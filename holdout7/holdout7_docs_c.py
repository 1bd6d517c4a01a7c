"""Documents 10-13: kidney (CKD) agreement and PID; severe asthma PID and agreement."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MA_RESP, MSL_CV,
                             RWE, COMPL, GM, MED_DIR, code, fill, hvg_agreement)

PCN = "Ashcombe and Lyle Primary Care Network"
CTH = "Castlebridge Teaching Hospitals NHS Trust"


def d10():
    d = Doc(10, "ckd-pcn-agreement", "pdf", "agreement",
            "Joint Working Agreement - Kidney Health Check (Ashcombe and Lyle)",
            header="JWA ref HVG/PCN/2024/07", footer="Halvergate JWA template v4 | signed copy",
            tstyle="lines")
    d.cover("Joint Working Agreement", [
        "Kidney Health Check: early identification of chronic kidney disease",
        "Between %s and %s" % (CO, PCN), "Version 1.0 - 5 March 2024"])
    hvg_agreement(
        d, project="Kidney Health Check project",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 (PCN + ", a network of six GP practices serving 48,600 patients in the south "
                  "of Wexcombe, represented by its Clinical Director", "the PCN")],
        recitals=[
            "Many people at risk of chronic kidney disease (CKD) in the PCN area have not had "
            "the urine ACR test recommended by NICE NG203.",
            "The parties wish to work together to find and code undiagnosed CKD and to make "
            "sure people on the register have an up-to-date care plan."],
        term="This Agreement starts on the date of signature and continues for 12 months.",
        defs_extra=None,
        over={
            "defs": ['"Project" means the Kidney Health Check project described in Schedule 1.',
                     '"Steering Group" means the joint group established under clause 5.'],
            "dp": ["All parties will comply with the Data Protection Act 1998 and the PCN's "
                   "information governance policies in relation to any information processed "
                   "for the Project."],
        },
        benefits=["Patients: earlier diagnosis of CKD, blood pressure and medicines reviewed "
                  "against NICE NG203, and a care plan that slows progression.",
                  "The PCN: an accurate CKD register and QOF-aligned recall system.",
                  "%s: understanding of primary care CKD pathways." % CO_SHORT],
        gov=["A Steering Group of the PCN Clinical Director, the PCN clinical pharmacist lead, "
             "a practice manager and the %s %s will meet monthly." % (CO_SHORT, PM_NORTH[1]),
             "Clinical decisions remain with PCN clinicians."],
        outcomes=["Success is measured by: CKD register prevalence (baseline 2.9%, target "
                  "3.6%); people with diabetes or hypertension with an ACR in the last 12 "
                  "months (baseline 41%, target 70%); people with CKD and a documented care "
                  "plan (baseline 22%, target 60%). Data are taken from practice searches each "
                  "quarter."],
        schedules=[
            ("Schedule 1 - Project description",
             "Practice searches identify people with diabetes or hypertension and no ACR in the "
             "last year. A PCN-employed healthcare assistant arranges tests; the PCN pharmacist "
             "reviews positive results and agrees a plan with the GP."),
            ("Schedule 2 - Contributions", ("tbl", [
                ["Party", "Contribution"],
                ["the PCN", "Clinical pharmacist 0.3 WTE; healthcare assistant 0.5 WTE; "
                 "practice nurse time for recall clinics; rooms; searches"],
                [CO_SHORT, "GBP 38,500 towards the healthcare assistant and ACR kits; 0.1 WTE "
                 "partnerships manager; evaluation support"]]))],
        signers=[(CO, HEAD_PART[0], HEAD_PART[1]),
                 (PCN, "Dr Ruth Okonjo", "PCN Clinical Director")])
    d.flag("legal-entities", "fail",
           "the counterparty is the PCN itself - a network of practices with no legal "
           "personality - and no lead practice or federation contracts on its behalf",
           "a network of six GP practices")
    d.flag("data-protection", "warn",
           "the only data protection text cites the outdated Data Protection Act 1998 and "
           "'IG policies'; nothing on controller, UK GDPR or company access",
           "Data Protection Act 1998")
    return d


def d11():
    d = Doc(11, "ckd-pcn-pid", "docx", "pid",
            "Project Initiation Document - Kidney Health Check",
            header="OFFICIAL | Halvergate Partnerships in Care - PID template v3.0",
            footer="Kidney Health Check PID v1.0 | " + code(164, "02/2024"))
    d.p("Kidney Health Check - Project Initiation Document (v1.0, February 2024)")
    d.small("Template guidance: complete every section. Delete guidance text before submission.")
    fill(d, [
        ("1. Project details", ("kv", [
            ["Project title", "Kidney Health Check"],
            ["NHS organisation", "Ashcombe and Lyle PCN (six practices)"],
            ["Industry partner", CO],
            ["Clinical area", "Chronic kidney disease in people with diabetes or hypertension"],
            ["Planned start / end", "April 2024 - March 2025"]])),
        ("2. Why this project is needed",
         "Our practices estimate that over 1,000 registered patients have CKD that is not "
         "coded. Annual ACR testing in people with diabetes is well below the national "
         "average, so kidney damage is found late."),
        ("3. What we want to achieve", [
            "Raise ACR testing in people with diabetes or hypertension from 41% to 70%.",
            "Raise coded CKD prevalence from 2.9% to 3.6% by March 2025.",
            "Give 60% of people with CKD a documented care plan (baseline 22%)."]),
        ("4. Who benefits and how", ("tbl", [
            ["For", "Expected benefit"],
            ["Patients", "CKD found earlier, blood pressure and medicines optimised, and a care "
             "plan that helps slow progression and lowers cardiovascular risk."],
            ["PCN", "Accurate registers, a working recall system and better QOF performance."],
            [CO_SHORT, "Insight into CKD detection in primary care."]])),
        ("5. What each organisation puts in", ("tbl", [
            ["Organisation", "Contribution"],
            ["PCN", "Clinical pharmacist 0.3 WTE; HCA 0.5 WTE; nurse recall clinics; rooms; "
             "practice searches (in kind approx. GBP 29,000)"],
            [CO_SHORT, "GBP 38,500 towards HCA salary and test kits; partnerships manager "
             "0.1 WTE; support with evaluation"]])),
        ("6. Team and governance", ("tbl", [
            ["Name", "Organisation / role", "Project role"],
            ["Dr Ruth Okonjo", "PCN Clinical Director", "Chair, clinical lead"],
            ["Priya Lal", "PCN Clinical Pharmacist", "Delivery lead"],
            ["Mark Denholm", "Practice Manager, Lyle Surgery", "Operations"],
            [PM_NORTH[0], "Halvergate, " + PM_NORTH[1], "Project manager"],
            ["Laura Pym", "Halvergate, Area Sales Manager - Renal & Metabolic",
             "Steering group member; practice engagement and liaison"]])),
        ("7. How we will measure success", "Quarterly practice searches (EMIS) reported to the "
         "steering group against the baselines in section 3."),
        ("8. Information governance", "Each practice is controller for its patients' records. "
         "Searches run inside EMIS by PCN staff; Halvergate receives only the anonymised "
         "quarterly totals. Processing complies with UK GDPR and the Data Protection Act 2018. "
         "Information about the project that either side regards as confidential will not be "
         "shared outside the steering group without agreement, other than where the law "
         "requires."),
        ("9. Timeline", "Searches April 2024; recall clinics May 2024 - February 2025; "
         "evaluation March 2025."),
        ("10. Ending the project", "In month 10 the steering group will discuss next steps "
         "and whether there is appetite to continue the work."),
        ("11. Openness", "Halvergate will publish a summary of the agreement on its website "
         "before the project starts; a summary of outcomes will be published by both partners "
         "within six months of the end of the project and payments disclosed on Disclosure UK."),
    ])
    d.flag("sales-roles", "fail",
           "Halvergate's Area Sales Manager (Renal & Metabolic) sits on the steering group "
           "and does practice engagement", "Area Sales Manager - Renal & Metabolic")
    d.flag("exit-strategy", "fail",
           "section 10 only says the steering group will 'discuss next steps'; nothing on "
           "patients, the funded HCA post, notice or handover", "discuss next steps")
    return d


def d12():
    d = Doc(12, "severe-asthma-pid", "pdf", "pid",
            "Severe asthma pathway redesign - project initiation",
            header="%s | Respiratory Directorate | OFFICIAL" % CTH,
            footer="SAPR PID v2.0 final - approved at Trust Business Case Review Group 19/03/2024",
            tstyle="lines")
    d.h("Severe Asthma Pathway Redesign (SAPR)", 1)
    d.p("Project initiation document, prepared by the Respiratory Directorate with %s under "
        "the Halvergate Partnerships in Care programme. Company approval: %s." % (
            CO, code(171, "03/2024")))
    fill(d, [
        ("Purpose", "People with uncontrolled asthma in Castlebridge wait a median of 34 weeks "
         "from GP referral to assessment in the specialist severe asthma clinic, and many are "
         "referred without basic checks (adherence, inhaler technique, comorbidities). This "
         "project will set up a 'difficult asthma' triage in which a specialist nurse and "
         "pharmacist complete a systematic assessment before consultant review."),
        ("Objectives and measures", ("tbl", [
            ["Objective", "Measure", "Now", "Target (Sept 2025)"],
            ["Shorter wait for assessment", "Median weeks referral to first specialist contact",
             "34", "12"],
            ["Better-prepared consultant visits", "% of new patients with adherence and "
             "technique assessment before consultant review", "18%", "90%"],
            ["Fewer attacks", "Mean oral steroid courses per patient in 12 months after triage "
             "vs 12 months before", "3.1", "2.0"],
            ["Patient experience", "Asthma Control Questionnaire change at 6 months",
             "baseline at triage", "-0.5 or better"]])),
        ("Who benefits", "Patients get seen much sooner, have the basics sorted before a "
         "consultant appointment and have fewer attacks and steroid courses. The Trust frees "
         "consultant slots and shortens its longest respiratory waiting list. Halvergate "
         "learns how severe asthma services triage referrals."),
        ("People and resources", ("tbl", [
            ["", "Castlebridge Teaching Hospitals", "Halvergate"],
            ["Staff", "Band 7 asthma nurse specialist 0.5 WTE; consultant 1 PA/week; "
             "pharmacist 0.2 WTE", "GBP 84,000 for a Band 7 respiratory pharmacist 0.8 WTE "
             "for 18 months (Trust employee); project manager 0.1 WTE"],
            ["Other", "Clinic space; FeNO and spirometry equipment; BI support",
             "Evaluation design and analysis of anonymised data; patient leaflet design "
             "(unbranded)"]])),
        ("Governance", "Steering group chaired by Dr Alasdair Penhaligon (Clinical Director, "
         "Respiratory) with the nurse specialist, the lead pharmacist, a service manager and "
         "%s, %s. Halvergate's representative is from Medical Affairs; nobody from the company's "
         "commercial organisation will attend meetings or see project data. Treatment decisions "
         "follow NICE and BTS/SIGN guidance and the Trust formulary." % MA_RESP),
        ("Patient information and confidentiality", [
            "All clinical data are held in the Trust's EPR; the Trust is data controller.",
            "A DPIA has been approved by the Trust's Information Governance Group.",
            "Halvergate receives only aggregate reports; it does not see any patient-level "
            "data.",
            "Both organisations keep each other's project documents and business information "
            "confidential, subject to FOI law."]),
        ("If the project stops or ends", "The triage is run by Trust staff within the existing "
         "clinic, so patients simply continue in the specialist service if the project ends. "
         "The Trust will take a business case for the pharmacist post to its Investment Group in "
         "June 2025. Either party can end the project on 90 days' notice; the funded post is "
         "then covered to the end of the notice period and patients in triage complete their "
         "assessment."),
        ("Publication", "An executive summary will be on Halvergate's website before launch; "
         "the Trust and Halvergate will publish results within six months of the end."),
        ("Timeline", "Start April 2024; pharmacist in post June 2024; end September 2025."),
    ])
    d.sig([(CTH, "Dr Gwen Arkwright", "Medical Director"),
           (CO, MED_DIR[0], MED_DIR[1])])
    d.key("difficult asthma", "nobody from the company's", "simply continue")
    return d


def d13():
    d = Doc(13, "severe-asthma-agreement", "docx", "agreement",
            "Joint Working Agreement - Severe Asthma Pathway Redesign",
            header="Halvergate JWA v4 | SAPR", footer="Agreement CTH/HVG/2024/02")
    d.cover("JOINT WORKING AGREEMENT", ["Severe Asthma Pathway Redesign", CO, CTH,
                                        "Dated 28 March 2024"])
    hvg_agreement(
        d, project="Severe Asthma Pathway Redesign",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 (CTH + " of Infirmary Road, Castlebridge CB3 9QR", "the Trust")],
        recitals=["The parties have agreed the PID (v2.0) for a difficult asthma triage.",
                  "The Project is joint working under Clause 20 of the ABPI Code."],
        term="The Project runs from 1 April 2024 to 30 September 2025.",
        benefits=["Patients: assessment within 12 weeks instead of 34, fewer asthma attacks "
                  "and oral steroid courses.",
                  "The Trust: consultant capacity released; shorter waiting list.",
                  "%s: insight into severe asthma referral pathways." % CO_SHORT],
        gov=["The Steering Group is chaired by the Trust Clinical Director for Respiratory and "
             "includes the %s %s. No %s employee with a sales or promotional role shall be a "
             "member." % (CO_SHORT, MA_RESP[1], CO_SHORT)],
        outcomes=["Outcomes are measured against the four indicators and targets in PID "
                  "section 2, using Trust EPR data reported quarterly."],
        over={
            "conf": ["Information disclosed by one party to the other and marked confidential "
                     "shall be kept confidential by the recipient for a period of ninety (90) "
                     "days from the date of disclosure, after which this obligation ends."],
            "exit": ["This Agreement expires at the end of the Term. Upon expiry the parties "
                     "will meet to discuss next steps for the service."],
        },
        schedules=[("Schedule 1 - Contributions", ("tbl", [
            ["Party", "Contribution"],
            ["the Trust", "Nurse specialist 0.5 WTE, consultant 1 PA/week, pharmacist 0.2 WTE, "
             "clinic space, diagnostic equipment, BI support"],
            [CO_SHORT, "GBP 84,000 for a Trust-employed pharmacist (18 months), paid in six "
             "quarterly instalments; 0.1 WTE project manager; evaluation"]]))],
        signers=[(CO, GM[0], GM[1]), (CTH, "Jonathan Mbeki", "Chief Executive")])
    d.flag("confidentiality", "warn",
           "confidentiality of marked information lapses 90 days after disclosure and nothing "
           "covers patient information or FOI", "ninety (90) days from the date of disclosure")
    d.flag("exit-strategy", "fail",
           "exit clause replaced by 'the parties will meet to discuss next steps'; no notice, "
           "no provision for patients in triage or the funded post",
           "will meet to discuss next steps for the service")
    return d


DOCS = [d10, d11, d12, d13]
