"""Documents 35-40: year-two projects, register extract, briefing note and late amendments."""
from tuning14b_common import *  # noqa: F401,F403

P7 = "Harrowfield Cardio-Renal-Metabolic Virtual Clinic"
P8 = "Coldstream Breathlessness Hub - Phase 2"
P4 = "Wendle Valley Fracture Liaison Service Extension"
P5 = "Harrowfield Post-Cardiac Event Lipid Optimisation Service"


def d35():
    return dict(n=35, slug="crm-agreement", type="agreement", fmt="docx",
        title="Joint Working Agreement: " + P7,
        header="Joint Working Agreement | CRM Virtual Clinic | VT/JWA/26/002", footer="Execution draft | March 2026",
        layout={"font": "Times New Roman", "size": 11},
        blocks=[
            ("title", "JOINT WORKING AGREEMENT"),
            ("sub", P7),
            ("h", "Parties"),
            ("p", "(1) " + VER + ", " + VER_ADDR + " (\"Verrant\"); (2) " + ICB + ", " + ICB_ADDR + " (the \"ICB\"); and (3) the Harrowfield Cardio-Renal-Metabolic Programme Board (the \"Programme Board\")."),
            ("p", "The Programme Board is the partnership forum that brings together the cardiology, renal and diabetes services of the ICB area. It does not have separate legal personality; it enters into this Agreement through its Chair."),
            ("h", "1 Purpose"),
            ("p", "1.1 To run a monthly virtual clinic in which a cardiologist, nephrologist and diabetologist jointly review the records of patients with heart failure, chronic kidney disease and type 2 diabetes referred by GPs, and send the GP a single management plan. 1.2 Term: 1 April 2026 to 31 March 2028."),
            ("h", "2 Benefits"),
            ("p", "2.1 Patients with all three conditions get one coordinated plan instead of three separate outpatient appointments, with medicines reconciled across specialties and fewer conflicting changes. 2.2 The NHS reduces duplicate outpatient activity. 2.3 Verrant learns about multi-morbidity service design."),
            ("h", "3 Contributions"),
            ("p", "3.1 Verrant shall contribute £95,000 towards specialist session time and a Band 5 clinic coordinator, paid quarterly in arrears on invoice, and 15 days of project management. 3.2 The ICB shall provide 20 days of analyst time and host the evaluation. 3.3 The Programme Board shall provide the commitment and engagement of its member services and access to patients."),
            ("h", "4 Outcome measures"),
            ("p", "4.1 Outpatient appointments per referred patient in the 12 months after review (baseline 5.8, target 3.5); % of plans sent to GP within 10 working days (target 90%); % of patients on guideline-recommended therapy for all three conditions at 6 months (baseline 22%, target 45%)."),
            ("h", "5 Governance and personnel"),
            ("p", "5.1 A project group chaired by the Programme Board Chair, with the ICB Clinical Director and Verrant's Healthcare Partnerships Director, meets quarterly. 5.2 Verrant's field-based commercial staff have no role in the project."),
            ("h", "6 Data protection and confidentiality"),
            ("p", "6.1 Patient records are reviewed only by NHS clinicians within the NHS organisations that hold them, which remain controllers; no patient-identifiable data is provided to Verrant, which receives aggregate figures only. Processing complies with UK GDPR and the Data Protection Act 2018. 6.2 The parties shall keep patient information and each other's commercially sensitive information confidential for the term and five years after, subject to FOIA."),
            ("h", "7 Publication"),
            ("p", "7.1 Verrant will publish a certified executive summary before the first clinic, and the parties will publish outcomes within six months of the end of the term."),
            ("h", "8 Termination"),
            ("p", "8.1 Any party may terminate on three months' notice. 8.2 On termination, patients already referred will receive their plan and referrals will revert to separate specialty clinics with no loss of place on waiting lists. 8.3 The clinic coordinator post is employed within the host cardiology service and ends or is absorbed under its HR policies."),
            ("h", "9 General"),
            ("p", "9.1 Bribery Act 2010; ABPI Code breach may lead to amendment or termination. 9.2 Disputes by escalation then mediation."),
            sig((VER, "Neil Fairbrother", "Managing Director, UK"), (ICB, "Gareth Mellor", "Chief Finance Officer"),
                ("Harrowfield Cardio-Renal-Metabolic Programme Board", "Dr Anika Sørensen", "Chair")),
        ])


def d36():
    return dict(n=36, slug="breathlessness-pid", type="pid", fmt="docx",
        title="Project Initiation Document: " + P8,
        header="Breathlessness Hub Phase 2 | PID", footer="Commercial in confidence | v1.0 | May 2026",
        blocks=[
            ("title", "Project Initiation Document"),
            ("sub", P8),
            ("kv", [["NHS partners", CCH + " (Coldstream Hub, Tenter Lane, Coldstream CS4 1DW); " + ICB + " (" + ICB_ADDR + ")"],
                    ["Industry partner", KES + " (" + KES_ADDR + ")"],
                    ["Leads", "Helen Greaves, Respiratory Services Manager, helen.greaves@nhs.net; Priya Raval, Associate Director of Medicines Optimisation, priya.raval1@nhs.net; Euan Baird, Medical Affairs Manager, euan.baird@kestrelmoor.co.uk"],
                    ["Dates", "July 2026 - June 2027"]]),
            ("h", "Background"),
            ("p", "Phase 1 (2025-26) established spirometry hubs. Many people referred with breathlessness have more than one cause - COPD, heart failure, anaemia, deconditioning or anxiety - and are passed between clinics. Phase 2 adds a one-stop breathlessness assessment at the Coldstream hub."),
            ("h", "Objectives and benefits"),
            ("ul", ["Patients: one visit covering spirometry, NT-proBNP, blood count and a clinical assessment, with a diagnosis and plan on the day in most cases, instead of months of separate referrals.",
                    "NHS: fewer duplicate referrals to respiratory and cardiology outpatients.",
                    "Kestrelmoor: learning about integrated diagnostic pathways."]),
            ("h", "Measures"),
            ("table", [["Measure", "Baseline", "Target", "Data source"],
                       ["Days from GP referral to diagnosis", "142 (median)", "35", "Trust PAS"],
                       ["Patients needing more than one onward referral", "41%", "20%", "Hub audit"],
                       ["Patient satisfaction (Friends and Family Test positive)", "-", "90%", "Hub survey"]]),
            ("h", "Contributions"),
            ("table", [["Partner", "Contribution"],
                       [KES, "£48,000 for 0.6 WTE Band 7 advanced practitioner time; 10 days medical affairs support"],
                       [CCH, "Hub space, phlebotomy and point-of-care NT-proBNP testing, consultant sessions (1 PA/week), administration"],
                       [ICB, "Referral pathway redesign with practices, analyst time (10 days)"]]),
            ("h", "Governance"),
            ("p", "Project group: Trust Respiratory Services Manager (chair), consultant respiratory physician, consultant cardiologist, ICB lead and Kestrelmoor Medical Affairs Manager. No Kestrelmoor sales staff are involved."),
            ("h", "Information governance"),
            ("p", "The Trust is data controller. All assessment information stays on Trust systems; Kestrelmoor receives only quarterly aggregate figures. The phase 1 DPIA has been updated for the new tests (ref IG-2026-044). UK GDPR and the Data Protection Act 2018 apply."),
            ("h", "Project closure"),
            ("p", "At the end of June 2027 the project group will be stood down, and its final meeting will sign off the closure report."),
            ("h", "Publication"),
            ("p", "Kestrelmoor will publish an executive summary before July 2026; all partners will publish outcomes within six months of completion."),
        ])


def d37():
    return dict(n=37, slug="fls-amendment-1", type="amendment", fmt="pdf",
        title="Project Amendment 1: " + P4,
        header="FLS Extension | Amendment form", footer="Submitted 10 February 2026 | Ardenvale ref ARD-AMD-01",
        layout={"rules": "lines"},
        blocks=[
            ("title", "Project Amendment Form"),
            ("kv", [["Project", P4],
                    ["Project owners", "Dr Marcus Quayle (" + WVT + "); Dr Fiona Keel (ICB); Dr Natalie Verhoef (" + ARD + ")"],
                    ["Date submitted", "10 February 2026"]]),
            ("h", "Amendment requested"),
            ("p", "The Oversight Group has found that treatment decisions after DXA are inconsistent between the FLS consultant and GPs. Ardenvale proposes the following additions to the PID:"),
            ("ul", ["A standard treatment step after assessment, under which patients at very high fracture risk are recommended Ostenzo, the gold-standard once-monthly bone-building injection, as first choice.",
                    "A GP letter template naming Ostenzo as the recommended option, which the coordinator will send with each assessment.",
                    "Adherence telephone calls by the coordinator at 3 and 6 months."]),
            ("h", "Impact"),
            ("table", [["Timelines", "None"],
                       ["Logistics", "Letter template change; coordinator time for calls (about 4 hours per week)"],
                       ["Finances", "No change to Ardenvale's contribution"]]),
            ("h", "Approval"),
            ("p", "To be considered by the Oversight Group on 24 February 2026."),
        ])


def d38():
    return dict(n=38, slug="cw-register-extract", type="unknown", fmt="pdf",
        title="Collaborative Working Register - extract",
        header="HWC ICB | Partnerships Governance | Register extract Q2 2026/27", footer="OFFICIAL | Maintained by the Head of Partnerships Governance",
        layout={"rules": "grid", "size_pdf": 8.5},
        blocks=[
            ("title", "Collaborative Working Register - extract"),
            ("sub", "Position at 30 September 2026"),
            ("p", "The register records every collaborative working arrangement the ICB is party to or has reviewed. This extract is provided to the Audit and Risk Committee for information."),
            ("table", [["Ref", "Project", "Company", "NHS lead organisation", "Stage", "Next review"],
                       ["CW-24-07", "Wendle T2D structured review", "Calderbrook Pharma UK Limited", WPCA, "Closed; outcomes due", "Nov 2026"],
                       ["CW-25-02", "Community HF optimisation clinics", VER, HTH, "Live (month 18)", "Dec 2026"],
                       ["CW-24-11", "Coldstream COPD case-finding", KES, CCH, "Closed; outcomes published", "-"],
                       ["CW-25-03", "FLS extension", ARD, WVT, "Live; amendment 1 declined", "Jan 2027"],
                       ["CW-25-19", "Post-cardiac event lipids", CAL, HTH, "Live", "Jan 2027"],
                       ["CW-25-07", "SMI physical health", SOL, MHP, "Live", "Dec 2026"],
                       ["CW-26-02", "Cardio-renal-metabolic virtual clinic", VER, "ICB", "Agreement on hold", "Oct 2026"],
                       ["CW-26-05", "Breathlessness hub phase 2", KES, CCH, "Live", "Mar 2027"]]),
            ("h", "Notes"),
            ("ul", ["Declarations of interest for all NHS project members are held on the ICB register.",
                    "Amendment 1 to CW-25-03 was declined on 24 February 2026 and the Trust's bone health guideline continues to govern treatment choice.",
                    "CW-26-02 is on hold pending redrafting of the parties clause."]),
        ])


def d39():
    return dict(n=39, slug="pipeline-briefing", type="unknown", fmt="docx",
        title="Briefing note: industry partnership pipeline 2026/27",
        header="Briefing note | ICB Executive Team", footer="OFFICIAL | Commissioning Directorate",
        blocks=[
            ("title", "Briefing note: industry partnership pipeline 2026/27"),
            ("p", "Author: Callum Reid, Senior Commissioning Manager, Mental Health. For: ICB Executive Team informal session, 3 June 2026."),
            ("h", "Purpose"),
            ("p", "To give the Executive Team an early view of the opportunities that companies have raised with the commissioning directorate this spring, ahead of any formal concept frameworks."),
            ("h", "Emerging opportunities"),
            ("ol", ["Solbridge Healthcare UK plc - long-acting injectable clinic capacity. Solbridge would fund two nurse sessions a week in each community mental health team to run depot clinics. Solbridge has been open that the opportunity sits within its Meridane brand plan and would give good pull-through for Meridane across both trusts, which fits with their ambition to move patients off oral antipsychotics. A delivery group would be co-chaired by me and by Solbridge's Regional Sales Manager for the North, Gemma Hart, who knows the CMHT managers well.",
                    "Calderbrook Pharma UK Limited - interest in a second diabetes project on young-onset type 2 diabetes; very early.",
                    "Ardenvale Life Sciences UK Limited - would like to discuss falls prevention in care homes; no proposal yet."]),
            ("h", "Next steps"),
            ("p", "Subject to the Executive Team's view, I will ask Solbridge to draft a concept framework with the Trust for the Partnerships Governance Group in July."),
        ])


def d40():
    return dict(n=40, slug="lipids-amendment-1", type="amendment", fmt="pdf",
        title="Project Amendment 1: " + P5,
        header="Lipid Optimisation Service | Amendment 1", footer="HTH Chemical Pathology | 19 October 2026",
        layout={"cols": 2, "rules": "grid"},
        blocks=[
            ("title", "Project Amendment 1"),
            ("sub", P5),
            ("h", "Owners"),
            ("p", "Dr Helen Marsh (" + HTH + "), Priya Raval (ICB), Sanjay Mehta (" + CAL + ")."),
            ("h", "What has changed"),
            ("p", "The lipid nurse was on long-term sick leave from May to August 2026 and 214 patients could not be reviewed within the six-week window. The partners propose extending the project by three months, to 30 September 2027, so that the full cohort can be followed up for 12 months."),
            ("h", "Impact on timelines"),
            ("p", "End date moves from 30 June 2027 to 30 September 2027. Final outcomes report moves to March 2028."),
            ("h", "Impact on logistics"),
            ("p", "Catch-up clinics on two Saturday mornings a month until December 2026, staffed by the nurse and a bank nurse."),
            ("h", "Impact on finances"),
            ("p", "Calderbrook's total contribution is unchanged at £64,000; the unspent salary during sick leave (about £11,200) funds the extension and the bank nurse. The Trust's and ICB's in-kind contributions continue for the extra quarter."),
            ("h", "Documents affected"),
            ("p", "The agreement term is varied by letter; Calderbrook will update and re-certify the published summary to show the new end date; the Disclosure UK entry is unaffected."),
            ("h", "Submitted and approved"),
            ("p", "Submitted 19 October 2026; approved by the Steering Group on 28 October 2026."),
        ])


DOCS = [d35, d36, d37, d38, d39, d40]

LABELS = {
    35: ({"legal-entities": "fail", "resource-contributions": "fail"},
         "legal-entities fail: third party is a programme board that the agreement says 'does not have separate legal personality' and contracts only 'through its Chair' - no host body. resource-contributions fail: the Programme Board's contribution is only 'commitment and engagement of its member services and access to patients' (no resource named)."),
    36: ({"exit-strategy": "warn", "confidentiality": "fail"},
         "exit-strategy warn: the closure section only stands the project group down at the end date; nothing on patients, the hub service, the funded practitioner time or early termination. confidentiality fail: the only reference is the 'Commercial in confidence' footer marking; no confidentiality provision (the IG section covers data protection only)."),
    37: ({"promotional-language": "fail"},
         "promotional-language fail: amendment recommends the company's brand as first choice with a 'gold-standard' claim and a GP letter naming the brand - links the project to prescribing the product."),
    38: ({}, "Unknown type (register extract); neutral, no product claims or sales roles; pass for the two applicable rules."),
    39: ({"promotional-language": "fail", "sales-roles": "fail"},
         "Unknown type (briefing note). promotional-language fail: 'brand plan', 'pull-through for Meridane', moving patients onto the product. sales-roles fail: a Regional Sales Manager would co-chair the delivery group."),
    40: ({}, "Amendment with timeline/logistics/finance impact and re-certification; pass."),
}
