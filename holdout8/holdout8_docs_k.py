"""holdout8 documents 35-40 (amendments and unknown-type paperwork)."""
from holdout8_render import title, sub, h, h2, p, b, n, t, kv, sig, pb

DOCS = []

# 35 ------------------------------------------------------------------ PASS
DOCS.append(dict(
    id=35, slug="amd-mh-trust-start-date", fmt="docx", type="amendment",
    header="Greyfriars and Wendle Mental Health NHS Trust", footer="Project Amendment Form | Amendment 1",
    keys=["Project Amendment Form", "start date moves from July 2025 to October 2025", "No change to the total funding"],
    bad={}, notes="Only promotional-language and sales-roles apply; both pass.",
    blocks=[
        title("Project Amendment Form"),
        kv(("Project", "Safer medicines on discharge from adult inpatient mental health wards"),
           ("Project owners", "Sadia Mahmood, Chief Pharmacist (Trust); Dr Elliot Marsh, Medical Lead, Neuroscience (Quillon Pharmaceuticals UK Ltd)"),
           ("Amendment number", "1"),
           ("Submitted to steering group", "2 June 2025")),
        h("Change requested"),
        p("Recruitment of the Band 5 pharmacy technicians took longer than planned because of a Trust-wide vacancy control panel. The start date moves from July 2025 to October 2025 and the end date from June 2026 to September 2026."),
        h("Impact"),
        t(["Area", "Impact"],
          ["Timeline", "All milestones move by three months; interim report now due April 2026."],
          ["Logistics", "Ward roll-out order unchanged; training sessions rebooked for September 2025."],
          ["Finance", "No change to the total funding or to either party's contribution; payment dates move by three months."],
          ["Public documents", "Quillon will update the project period in the published executive summary and re-certify it before October 2025."]),
        h("Approvals"),
        t(["Organisation", "Name", "Date"],
          ["Greyfriars and Wendle Mental Health NHS Trust", "Sadia Mahmood", "4 June 2025"],
          ["Quillon Pharmaceuticals UK Ltd", "Dr Elliot Marsh", "5 June 2025"]),
    ]))

# 36 ------------------------------------------------------------------ defect: sales fail
DOCS.append(dict(
    id=36, slug="amd-hypertension-project-lead", fmt="pdf", type="amendment", layout="plain",
    header="PROJECT AMENDMENT", footer="Calder Fold Health Ltd / Brackwell Pharma Ltd | AMD-02",
    keys=["Area Sales Manager", "will take over as Brackwell's project lead"],
    bad={"sales-roles": "fail"},
    notes="sales-roles fail: the company's Area Sales Manager becomes the company project lead and a steering group member.",
    blocks=[
        title("Project Amendment Request"),
        t(["Field", "Entry"],
          ["Project name", "Hypertension optimisation in Calder Fold practices"],
          ["Project owners", "Dr Neil Sutcliffe (Calder Fold Health Ltd); Brackwell Pharma Ltd project lead - see below"],
          ["Date submitted", "14/10/2025"],
          ["Amendment no.", "2"]),
        h("1. What is changing"),
        p("Brackwell's Cardiovascular Partnerships Lead has left the company. From 1 November 2025, Daniel Okoro, Area Sales Manager (North), will take over as Brackwell's project lead and join the steering group, supported by the existing project nurse."),
        h("2. Impact on timelines"),
        p("None expected."),
        h("3. Impact on logistics"),
        p("Steering group invitations and the distribution list updated. Daniel will attend the November meeting for handover."),
        h("4. Impact on finances"),
        p("None - budget unchanged."),
        h("5. Sign-off"),
        p("Approved by steering group chair by email, 16/10/2025."),
    ]))

# 37 ------------------------------------------------------------------ defect: promo fail
DOCS.append(dict(
    id=37, slug="amd-af-detect-new-objective", fmt="docx", type="amendment",
    header="Northmoor Valley NHS Foundation Trust - Cardiology", footer="Amendment form v1 | AF Detect",
    keys=["increase uptake of Cardelix", "initiations"],
    bad={"promotional-language": "fail"},
    notes="promotional-language fail: the amendment adds an objective to increase uptake of the company's branded product and to track initiations on it.",
    blocks=[
        title("Project Amendment"),
        kv(("Name of project", "AF Detect and Protect"),
           ("Project owners", "Kirsty Latham, Lead Pharmacist (Trust); Martin Fairclough, NHS Partnerships Manager (Brackwell Pharma Ltd)"),
           ("Submitted", "9 January 2026")),
        h("Amendment requested"),
        p("Add a new objective 4: \"Increase uptake of Cardelix among newly anticoagulated patients, and report monthly initiations on Cardelix to the project group.\""),
        p("Reason: Cardelix was added to the Trust formulary in December 2025 and Brackwell has asked that the project reflect this."),
        h("Impact"),
        b("Timeline: none.", "Logistics: clinic letter templates updated to include Cardelix information.",
          "Finance: Brackwell will provide an additional £6,000 for pharmacist time to collect the extra data."),
        h("Approval"),
        p("Project group meeting 21 January 2026 - approved. Signed: K. Latham, M. Fairclough."),
    ]))

# 38 ------------------------------------------------------------------ unknown, PASS
DOCS.append(dict(
    id=38, slug="unk-trust-due-diligence-form", fmt="pdf", type="unknown", layout="plain",
    header="Ellesmere Park NHS Foundation Trust | Procurement and Partnerships", footer="Industry partner due diligence questionnaire | OFFICIAL",
    keys=["Industry Partner Due Diligence Questionnaire", "registered office", "anti-bribery policy"],
    bad={}, notes="Not one of the six document types (a supplier due-diligence questionnaire); only promotional-language and sales-roles apply, both pass.",
    blocks=[
        title("Industry Partner Due Diligence Questionnaire"),
        p("To be completed by any pharmaceutical or medical technology company proposing a collaborative project with the Trust, before a concept framework is considered."),
        t(["Question", "Response"],
          ["1. Full legal name and company number", "Tamsin Healthcare UK Limited, 02245619"],
          ["2. Registered office", "Tamsin House, Crossways, Leeds LS11 5AA"],
          ["3. Is the company a member of the ABPI or does it otherwise comply with the ABPI Code?", "Yes - ABPI member"],
          ["4. Named contact for this proposal", "Joanne Quayle, Head of Market Access"],
          ["5. Any PMCPA rulings against the company in the last 3 years?", "One (2023), relating to a digital advertisement; sanctions complete"],
          ["6. Does the company hold an anti-bribery policy and training programme?", "Yes - copy attached"],
          ["7. Will any company staff need access to Trust premises or systems?", "Premises for meetings only; no system access requested"],
          ["8. Company functions expected to take part", "Market access and medical affairs only"],
          ["9. Insurance", "Public and product liability cover £10m, certificate attached"]),
        h("For Trust use"),
        kv(("Reviewed by", "Procurement and Partnerships Manager"), ("Date", "12 August 2025"),
           ("Outcome", "Satisfactory - may proceed to concept stage")),
    ]))

# 39 ------------------------------------------------------------------ unknown: promo fail, sales warn
DOCS.append(dict(
    id=39, slug="unk-company-letter-to-federation", fmt="docx", type="unknown",
    header="Veloxa Respiratory | Penhallow Medical UK Ltd", footer="PEN-UK-1187 | Date of preparation: September 2025",
    keys=["breakthrough", "Key Account Manager"],
    bad={"promotional-language": "fail", "sales-roles": "warn"},
    notes="Unknown type (an introductory letter). promotional-language fail: the letter pairs the collaboration offer with claims for Veloxa ('breakthrough', 'proven to'). sales-roles warn: the Key Account Manager is named only as the contact to arrange a meeting.",
    blocks=[
        p("Penhallow Medical UK Ltd, 6 Lantern Court, Cambridge CB4 0ZZ"),
        p("12 September 2025"),
        p("Jo Amos, Operations Director, Harrowgate Health Federation CIC"),
        p("Dear Ms Amos,"),
        p("Re: Opportunities for collaborative working in respiratory care"),
        p("Thank you for meeting our team at the ICB respiratory event in July. Penhallow is keen to explore how we might work together to improve care for people with COPD and asthma in Harrowgate."),
        p("As you know, Veloxa is a breakthrough single-inhaler triple therapy, proven to cut moderate-to-severe exacerbations, and we believe that a joint project focused on optimising inhaled therapy could deliver real benefit for your patients and your practices."),
        p("We would welcome the chance to discuss possible areas of focus, such as diagnostic spirometry, inhaler technique reviews or digital self-management support. Any project would, of course, follow the ABPI Code and the federation's own governance."),
        p("To arrange a meeting, please contact our Key Account Manager for Harrowgate, Ben Rushworth (b.rushworth@penhallow.example, 07700 900412), who will put you in touch with our Partnerships team."),
        p("Yours sincerely,"),
        p("Dr Simon Carradine"),
        p("Medical Affairs Lead, Respiratory"),
        p("Prescribing information for Veloxa is available at the end of this letter."),
    ]))

# 40 ------------------------------------------------------------------ unknown: sales fail
DOCS.append(dict(
    id=40, slug="unk-pcn-board-minutes", fmt="pdf", type="unknown", layout="plain",
    header="Riverside North PCN - Board Meeting Minutes", footer="Minutes - 8 October 2025 - unconfirmed",
    keys=["Territory Business Manager", "will lead delivery"],
    bad={"sales-roles": "fail"},
    notes="Unknown type (board minutes). sales-roles fail: the minutes record that the company's Territory Business Manager will lead delivery of the project's practice visits and sit on the project group.",
    blocks=[
        title("Riverside North PCN Board"),
        p("Minutes of the meeting held on 8 October 2025, Riverside Health Centre, 12:30-14:00"),
        p("Present: Dr Hannah Levitt (Clinical Director, chair), Dr Sam Price (Eastgate Practice), Dr Lydia Marr (Riverbank Surgery), Carol Anthony (PCN Manager), Ravi Sethi (PCN Pharmacist). Apologies: Dr Ian Fowler."),
        h("1. Minutes of last meeting"),
        p("Agreed as accurate."),
        h("2. ARRS recruitment"),
        p("Second first-contact physiotherapist starts in November. Care coordinator post to be re-advertised."),
        h("3. Diabetes education project with Quillon"),
        p("3.1 CA updated on the collaborative working project. Quillon has confirmed that Nadia Ferris, its Territory Business Manager for Riverside, will lead delivery of the practice visits to set up the education referral process and will join the project group. 3.2 Board noted the update. 3.3 RS to circulate the referral criteria."),
        h("4. Winter access plan"),
        p("Extended access hub to add Saturday respiratory clinics December-February. Agreed."),
        h("5. Any other business"),
        p("None. Next meeting 12 November 2025."),
        t(["Action", "Owner", "Due"],
          ["Re-advertise care coordinator post", "CA", "20/10/25"],
          ["Circulate diabetes education referral criteria", "RS", "15/10/25"],
          ["Confirm Saturday clinic rota", "HL", "31/10/25"]),
    ]))
