"""Concept frameworks, outcomes summaries, amendments and one unknown document."""
from t4b_common import mk

DOCS = []

# ---------------- concept frameworks ----------------
DOCS.append(mk(
    "Concept_Framework_Eye_Casualty_Triage_Penhallow.docx", "concept-framework",
    "Project Concept Framework: Community Urgent Eye Triage, Penhallow",
    [
        ("h1", "Partner organisations and key stakeholders"),
        ("b", ["Penhallow Community Eye Services Ltd (optometry-led provider company)",
               "Penhallow and Treleigh ICB",
               "Royal Treleigh Hospital NHS Trust (eye casualty)",
               "Corvane Vision UK Ltd",
               "Stakeholders: local optical committee, GP practices, NHS 111"]),
        ("h1", "Purpose of the project"),
        ("b", ["Eye casualty at Royal Treleigh sees about 19,000 attendances a year; audit shows "
               "half could be managed by a community optometrist.",
               "Patients from the west of the county travel up to 70 minutes to reach eye casualty, "
               "often for conditions such as a scratched cornea or a red eye.",
               "A community urgent eye service exists in neighbouring areas and could be adapted "
               "rather than designed from scratch."]),
        ("h1", "Objectives"),
        ("t", [["For", "Intended benefit"],
               ["Patients", "Same-day or next-day urgent eye assessment at a nearby practice; "
                "no long trip to the hospital for minor problems"],
               ["NHS", "Fewer eye casualty attendances; consultant time focused on serious cases"],
               ["Corvane", "Understanding of community urgent eye-care models"]]),
        ("h1", "Budgetary and resource impact on each partner"),
        ("t", [["Partner", "Financial", "Non-financial"],
               ["Penhallow Community Eye Services Ltd", "-", "Optometrist time for 12 practices; "
                "clinical audit (est. GBP 15,000)"],
               ["ICB", "Fee per urgent episode from existing budget (est. GBP 40,000)",
                "Commissioning lead time"],
               ["Royal Treleigh Hospital NHS Trust", "-", "Ophthalmologist advice and image review "
                "(est. GBP 12,000)"],
               ["Corvane Vision UK Ltd", "GBP 30,000 for slit-lamp imaging adapters and training",
                "Project management support (about 15 days)"]]),
        ("h1", "Anticipated start and length"),
        ("p", "Start: Q2 2027. Length: 12 months."),
        ("h1", "Initial criteria check"),
        ("p", "The partners reviewed the red and amber criteria: the project is product-neutral, "
              "is led clinically by the NHS, and the company will not have any patient contact."),
        ("h1", "Decision"),
        ("p", "Go-ahead given at the ICB's Planned Care Board on 8 December 2026; proceed to PID."),
    ],
    must=["Budgetary and resource impact on each partner", "Go-ahead given"]))

DOCS.append(mk(
    "CF_Renal_Anaemia_Home_Dialysis_Support.pdf", "concept-framework",
    "Concept Framework - Home Dialysis Support Workers, Aldermoor Renal Network",
    [
        ("h1", "Partners"),
        ("p", "Aldermoor University Hospitals NHS Foundation Trust (renal unit) and Ferrand "
              "Nephrology Ltd."),
        ("h1", "Purpose"),
        ("p", "Only 9% of people on dialysis in the Aldermoor network dialyse at home, against a "
              "national ambition of 20%. Patients say they are put off by the training burden and "
              "fear of managing alone. Support workers who visit at home during the first months "
              "have raised uptake of home therapies elsewhere."),
        ("h1", "Objectives"),
        ("b", ["Patients: more people able to dialyse at home, saving three hospital trips a week "
               "and giving more control over their time.",
               "NHS: freed haemodialysis chairs at the main unit and satellite centres.",
               "Ferrand: better understanding of what helps home dialysis succeed."]),
        ("h1", "Resource impact"),
        ("t", [["Partner", "Contribution"],
               ["Ferrand Nephrology Ltd", "GBP 64,000 to fund two home therapy support workers "
                "for 18 months, plus a training package for carers"],
               ["Aldermoor University Hospitals NHS FT", "As required"]]),
        ("h1", "Anticipated start"),
        ("p", "Q3 2027"),
        ("h1", "Length"),
        ("p", "18 months"),
        ("h1", "Decision"),
        ("p", "Outline approval given by the renal directorate on 22 February 2027, subject to PID."),
    ],
    bad={"resource-contributions": "fail"},
    notes="resource-contributions fail: the Trust's contribution is 'As required'; only Ferrand's "
          "is stated.",
    must=["As required", "GBP 64,000"]))

DOCS.append(mk(
    "Concept_Note_Biologic_Asthma_Clinic_Optimisation.docx", "concept-framework",
    "Project Concept Framework: Severe Asthma Clinic Optimisation",
    [
        ("h1", "Partner organisations"),
        ("p", "Marlcombe Hospitals NHS Trust (respiratory department) and Hadley Biologics UK Ltd."),
        ("h1", "Purpose of the project"),
        ("p", "The Marlcombe severe asthma clinic has a waiting list of around 120 patients who may "
              "be eligible for biologic therapy. Hadley believes the clinic is underusing Respirel "
              "compared with other centres in the region."),
        ("h1", "Objectives"),
        ("t", [["For", "Objective"],
               ["Patients", "Faster access to Respirel"],
               ["NHS", "Clinic activity in line with regional peer centres"],
               ["Hadley", "To grow the share of patients on Respirel at Marlcombe from 22% to 50% "
                "of biologic starts within 12 months"]]),
        ("h1", "Resource impact on each partner"),
        ("p", "Hadley: funding for a band 7 respiratory nurse for 12 months (GBP 58,000) and a "
              "clinic audit tool. Marlcombe: consultant time to review the waiting list (one "
              "session a week), clinic rooms and pharmacy homecare set-up (estimated GBP 21,000)."),
        ("h1", "Start and length"),
        ("p", "Q1 2027; 12 months."),
        ("h1", "Decision"),
        ("p", "To be taken at the Trust's Commercial Partnerships Group in November 2026."),
    ],
    bad={"promotional-language": "fail", "patient-benefit": "fail"},
    notes="promotional-language fail: objective 'to grow the share of patients on Respirel'; "
          "underuse of the brand as the purpose. patient-benefit fail: the only patient 'benefit' "
          "is 'Faster access to Respirel' (product uptake).",
    must=["grow the share of patients on Respirel", "Faster access to Respirel"]))

DOCS.append(mk(
    "concept-framework-hepatitis-c-outreach.md", "concept-framework",
    "Project Concept Framework - Hepatitis C Outreach in Community Pharmacies and Hostels",
    [
        ("h1", "Partner organisations"),
        ("b", ["Brindley Health NHS Foundation Trust (hepatology and addiction services)",
               "Brindley City Council (public health)",
               "Quenby Antivirals UK Ltd"]),
        ("h1", "Purpose"),
        ("p", "An estimated 1,300 people in Brindley live with hepatitis C without knowing it, most "
              "of them people who inject drugs or have done so in the past. Many are not registered "
              "with a GP and do not attend hospital clinics. Point-of-care testing in needle exchange "
              "pharmacies and hostels, followed by treatment started in the same place, has worked "
              "in other cities."),
        ("h1", "Objectives"),
        ("b", ["Patients: testing and treatment where they already are, without a hospital "
               "appointment; cure of a life-threatening infection.",
               "NHS and council: progress towards hepatitis C elimination; fewer late "
               "presentations with liver disease.",
               "Quenby: understanding of outreach models for under-served groups. Treatment "
               "choice follows the national procurement framework and is not linked to Quenby."]),
        ("h1", "Resource impact"),
        ("t", [["Partner", "Contribution"],
               ["Brindley Health NHS FT", "Hepatology nurse sessions (0.4 WTE), prescribing, "
                "clinical governance - est. GBP 35,000"],
               ["Brindley City Council", "Access to hostels and needle exchange sites, peer "
                "support workers - est. GBP 14,000"],
               ["Quenby Antivirals UK Ltd", "Point-of-care testing kits and a mobile outreach "
                "coordinator - GBP 29,000"]]),
        ("h1", "Proposed project team"),
        ("p", "Consultant hepatologist (lead), hepatology nurse specialist, council public health "
              "registrar, Quenby's Key Account Manager for the Midlands (to coordinate site "
              "visits and attend the monthly project team)."),
        ("h1", "Start and length"),
        ("p", "Q2 2027; 15 months."),
        ("h1", "Decision"),
        ("p", "Approved in principle by the Trust's Partnerships Committee, January 2027."),
    ],
    bad={"sales-roles": "fail"},
    notes="sales-roles fail: Quenby's Key Account Manager is in the proposed project team.",
    must=["Key Account Manager for the Midlands"]))

# ---------------- outcomes summaries ----------------
DOCS.append(mk(
    "Outcomes_Summary_Community_Pharmacy_BP_Checks_Wendover.pdf", "outcomes-summary",
    "Summary of Project Outcomes: Blood Pressure Case-Finding in Wendover Pharmacies",
    [
        ("p", "Approval code: ALC-UK-0533 | Date of preparation: September 2027"),
        ("h1", "Project overview"),
        ("p", "A 12-month collaborative working project (July 2026 to June 2027) between Wendover "
              "and Ashby ICB, Wendover Local Pharmaceutical Committee Ltd and Alcester Cardiometabolic "
              "Ltd. Community pharmacies offered blood pressure checks and ambulatory monitoring to "
              "adults over 40 with no hypertension diagnosis, referring those with high readings to "
              "their GP practice."),
        ("h1", "Results against objectives"),
        ("t", [["Objective", "Target", "Achieved"],
               ["Clinic BP checks in 38 pharmacies", "6,000", "7,412"],
               ["Ambulatory monitoring for readings 140/90 or above", "70% of eligible", "74%"],
               ["New hypertension diagnoses coded by practices", "400", "463"],
               ["Practices receiving referral within 5 days", "90%", "93%"]]),
        ("h1", "What it meant for patients"),
        ("p", "463 people now know they have high blood pressure and have started on a treatment "
              "plan agreed with their practice. Participants told us they valued being able to "
              "walk in without an appointment; 41% said they would not otherwise have had their "
              "blood pressure checked this year. Uptake was highest in the two most deprived wards."),
        ("h1", "Benefits for the NHS and the company"),
        ("p", "Practices received pre-confirmed diagnoses with ambulatory readings, saving "
              "appointments. The ICB has commissioned the checks as a local service from April 2028. "
              "Alcester learned about the practical barriers to pharmacy case-finding."),
        ("h1", "Lessons learned"),
        ("b", ["Ambulatory monitors were the bottleneck in the first three months; a shared "
               "booking system fixed this.",
               "Referral by secure email worked better than paper forms."]),
        ("h1", "Publication"),
        ("p", "This summary is published by all three partners within six months of completion. "
              "Alcester's contribution (GBP 42,000) is disclosed on Disclosure UK."),
    ],
    must=["Results against objectives", "463"]))

DOCS.append(mk(
    "Wellbeing_Cafe_Outcomes_Report_Kelsall_Mental_Health.docx", "outcomes-summary",
    "Outcomes Summary: Physical Health Checks at Kelsall Recovery Cafes",
    [
        ("p", "Date of preparation: October 2027 | Reference: ORM-UK-JW-077"),
        ("h1", "About the project"),
        ("p", "People with severe mental illness die on average 15 to 20 years earlier than the "
              "general population, mostly from preventable physical illness. Kelsall Partnership "
              "NHS Foundation Trust, Kelsall Mind (a registered charity) and Ormsby Pharma UK Ltd "
              "worked together from September 2026 to August 2027 to offer physical health checks "
              "at four recovery cafes, alongside promotion of wellbeing through walking groups and "
              "cooking sessions."),
        ("h1", "What we did"),
        ("p", "Mental health nurses attended each cafe fortnightly to offer blood pressure, weight, "
              "smoking and blood tests and to follow up results with GP practices. Peer support "
              "workers from Kelsall Mind encouraged people to come along."),
        ("h1", "What changed for people using the service"),
        ("p", "People told us the cafes felt less clinical than a surgery and that they were more "
              "willing to have checks there. Several people started stop-smoking support and were "
              "referred for diabetes care."),
        ("h1", "Outcomes"),
        ("p", "The partners feel the project met its aims. Outcomes will be reviewed informally by "
              "the three organisations over the coming months, and no formal measures are reported "
              "here."),
        ("h1", "Next steps and publication"),
        ("p", "The Trust is discussing continuation with the ICB. This summary is published on the "
              "websites of all three partners within six months of the end of the project."),
    ],
    bad={"measurable-outcomes": "warn"},
    notes="measurable-outcomes warn: outcomes qualitative only; 'will be reviewed informally', no "
          "figures. Near-miss: 'promotion of wellbeing' is not product promotion.",
    must=["reviewed informally", "promotion of wellbeing"]))

DOCS.append(mk(
    "Project_Outcomes_Formulary_Data_Platform_Selby.pdf", "outcomes-summary",
    "Summary of Project Outcomes: Formulary Management Platform for Selby and Wold APC",
    [
        ("p", "Prepared: November 2027 | Approval code: TRN-GB-FMP-12"),
        ("h1", "Project"),
        ("p", "Selby and Wold ICB and Tressel Pharmaceuticals Ltd worked together between January "
              "and September 2027 to replace the Area Prescribing Committee's spreadsheet-based "
              "formulary with a searchable web platform and an electronic submission process for "
              "new formulary applications."),
        ("h1", "Results"),
        ("t", [["Measure", "Before", "After"],
               ["Median time from application to APC decision", "17 weeks", "9 weeks"],
               ["Administrative hours per APC meeting", "26", "11"],
               ["Formulary pages with broken links", "312", "0"]]),
        ("h1", "Benefits"),
        ("t", [["For", "Benefit"],
               ["Patients", "N/A"],
               ["ICB", "Faster decisions and less administration for the APC secretariat"],
               ["Tressel", "Experience of digital collaboration with an ICB"]]),
        ("h1", "Learning"),
        ("p", "Early involvement of the APC secretary was essential; the platform is now maintained "
              "by the ICB's digital team without further company input."),
        ("h1", "Publication"),
        ("p", "Published by the ICB and Tressel within six months of completion, and the "
              "contribution of GBP 27,000 is listed on Disclosure UK."),
    ],
    bad={"patient-benefit": "fail"},
    notes="patient-benefit fail: benefits table gives Patients 'N/A'.",
    must=["Patients", "N/A", "Median time from application"]))

DOCS.append(mk(
    "Outcomes_Report_Paediatric_Eczema_Nurse_Line_INTERNAL.docx", "outcomes-summary",
    "Project Outcomes: Paediatric Eczema Nurse Advice Line (Brookhurst)",
    [
        ("p", "Internal - not for publication"),
        ("h1", "Background"),
        ("p", "Brookhurst Children's Hospital NHS Trust and Sorrel Dermatology Ltd set up a "
              "nurse-led telephone and video advice line for parents of children with moderate to "
              "severe eczema between March 2026 and February 2027, to reduce repeat GP visits and "
              "help families apply treatments correctly."),
        ("h1", "What happened"),
        ("p", "Two dermatology nurses ran the line four days a week. Families could book a video "
              "call to go through bathing, emollient and wet-wrap technique, and the nurses sent "
              "written plans afterwards."),
        ("h1", "Outcomes"),
        ("p", "Parents were positive about the service and the nurses felt it helped children "
              "sleep better and miss less school. The project group felt that GP visits probably "
              "went down. Outcomes will be monitored as the service continues."),
        ("h1", "Benefits"),
        ("p", "Children had fewer flare-ups and better sleep, according to parents. The Trust "
              "gained a new model of support. Sorrel gained experience of paediatric nurse-led "
              "services."),
        ("h1", "Next steps"),
        ("p", "The Trust will consider whether to fund the line from its own budget."),
    ],
    bad={"measurable-outcomes": "warn", "transparency": "fail"},
    notes="measurable-outcomes warn: only qualitative outcomes ('probably went down', 'will be "
          "monitored'). transparency fail: marked 'Internal - not for publication', no publication "
          "commitment.",
    must=["Internal - not for publication", "Outcomes will be monitored"]))

# ---------------- amendments ----------------
DOCS.append(mk(
    "Amendment_01_Novation_to_Calder_Vale_ICB.pdf", "amendment",
    "Project Amendment Form No. 1: Novation to Calder and Vale ICB",
    [
        ("h1", "Project"),
        ("p", "Heart Failure Diagnostics in Primary Care (original agreement dated 1 June 2025 "
              "between Upper Calder ICB and Rowanfield Pharma UK Ltd)."),
        ("h1", "Change requested"),
        ("p", "On 1 July 2026 Upper Calder ICB and Vale of Ryburn ICB merged to form Calder and "
              "Vale Integrated Care Board, which took on all of Upper Calder ICB's rights and "
              "obligations. The parties agree that the agreement is novated so that Calder and Vale "
              "Integrated Care Board replaces Upper Calder ICB as a party from that date."),
        ("h1", "Reason"),
        ("p", "Statutory merger of the two ICBs. No change to the project's aims, budget, "
              "timetable or clinical content."),
        ("h1", "Impact"),
        ("t", [["Area", "Impact"],
               ["Scope", "None"],
               ["Budget", "None; funds already paid transfer with the agreement"],
               ["Governance", "The ICB lead changes to Dr Meera Anand, Associate Medical Director, "
                "Calder and Vale ICB; Rowanfield's lead remains its Medical Affairs Manager"],
               ["Timeline", "None; completion remains 31 May 2027"],
               ["Publication", "Rowanfield will update the published executive summary to show the "
                "new ICB"]]),
        ("h1", "Approval"),
        ("t", [["Organisation", "Approved by", "Date"],
               ["Calder and Vale ICB", "Dr Meera Anand, Associate Medical Director", "14 July 2026"],
               ["Upper Calder ICB (outgoing)", "Confirmed by transfer scheme", "1 July 2026"],
               ["Rowanfield Pharma UK Ltd", "Dr Colin Fyfe, Medical Director", "16 July 2026"]]),
        ("p", "Approval code: RWF-UK-AMD-004. Date of preparation: July 2026."),
    ],
    must=["novated", "Calder and Vale Integrated Care Board"]))

DOCS.append(mk(
    "Amendment_Form_2_Term_Extension_Osteoarthritis_Physio.docx", "amendment",
    "Project Amendment Form 2 - Extension of Term: First Contact Physiotherapy for Knee Pain",
    [
        ("h1", "Project"),
        ("p", "First Contact Physiotherapy for Knee Pain, Ashdown Federation (agreement between "
              "Ashdown GP Federation Ltd and Pellham Musculoskeletal Ltd, dated 10 January 2026)."),
        ("h1", "Changes"),
        ("b", ["Term: extended by six months, from 31 December 2026 to 30 June 2027, to allow "
               "the evaluation cohort to complete their 12-week follow-up.",
               "Budget: Pellham will fund the physiotherapist post for the additional six months "
               "(GBP 23,000); the Federation continues to provide rooms and supervision.",
               "Delivery team: Pellham's Territory Manager for the South East will join the "
               "delivery team to support practice engagement during the extension."]),
        ("h1", "Reason for change"),
        ("p", "Recruitment of the physiotherapist was delayed by three months, so fewer patients "
              "than planned have completed follow-up."),
        ("h1", "Impact assessment"),
        ("p", "Patients currently in the service continue without interruption. Evaluation will "
              "now report in September 2027. The published executive summary will be updated."),
        ("h1", "Approval"),
        ("p", "Approved by Dr Karen Lyle, Medical Director, Ashdown GP Federation Ltd, on "
              "2 December 2026, and by Dr Simon Oakley, Medical Director, Pellham Musculoskeletal "
              "Ltd, on 4 December 2026."),
    ],
    bad={"sales-roles": "fail"},
    notes="sales-roles fail: amendment adds Pellham's Territory Manager to the delivery team.",
    must=["Territory Manager for the South East", "extended by six months"]))

DOCS.append(mk(
    "PAF3_Scope_Change_Diabetes_Review_Clinics_Greenholme.pdf", "amendment",
    "Project Amendment Framework 3: Change of Scope, Greenholme Diabetes Review Clinics",
    [
        ("h1", "Project reference"),
        ("p", "Structured Diabetes Reviews in Greenholme (JW-2026-07), between Greenholme ICB and "
              "Tallis Metabolic UK Ltd."),
        ("h1", "Description of change"),
        ("p", "The review clinics will be extended to include a medicines review for every patient "
              "with an HbA1c above 58 mmol/mol, with the aim of switching eligible patients to "
              "Glucavia, the best-in-class once-weekly option, before the end of the project."),
        ("h1", "Reason"),
        ("p", "Interim results show that HbA1c targets are not being met in about a third of "
              "reviewed patients."),
        ("h1", "Impact on resources and timeline"),
        ("p", "Tallis will fund an additional 40 pharmacist sessions (GBP 12,000). The completion "
              "date is unchanged (31 March 2028)."),
        ("h1", "Impact on governance"),
        ("p", "The steering group will add a pharmacist representative from Greenholme ICB's "
              "medicines optimisation team."),
        ("h1", "Approvals"),
        ("t", [["Organisation", "Name", "Date"],
               ["Greenholme ICB", "Dr Peter Sandford, Clinical Director", "Pending"],
               ["Tallis Metabolic UK Ltd", "Dr Ayesha Kamara, Medical Director", "9 March 2027"]]),
    ],
    bad={"promotional-language": "fail"},
    notes="promotional-language fail: change of scope aims at 'switching eligible patients to "
          "Glucavia, the best-in-class once-weekly option'.",
    must=["switching eligible patients to", "best-in-class"]))

# ---------------- unknown ----------------
DOCS.append(mk(
    "Partnering_With_Your_Practice_Brochure_Norvane.docx", "unknown",
    "Partnering With Your Practice: Norvane Respiratory Services for Primary Care",
    [
        ("h1", "Helping your practice do more for patients with COPD"),
        ("p", "Norvane Pharma UK Ltd offers practices in your area a range of free support services, "
              "from audit searches to nurse-led review clinics. Our services are designed to help "
              "you identify patients who could benefit from modern triple therapy."),
        ("h1", "Why Tristral?"),
        ("p", "Tristral is the only single-inhaler triple therapy proven to cut moderate and severe "
              "exacerbations in a once-daily dose, and it is the gold standard for patients who "
              "remain symptomatic. Practices that have worked with us have seen a rapid increase in "
              "patients stepped up to Tristral."),
        ("h1", "What we offer"),
        ("b", ["Practice audit: our team runs searches to find patients with two or more "
               "exacerbations in the past year.",
               "Review clinics: a nurse adviser reviews patients' inhaler regimen and recommends "
               "changes for the GP to approve.",
               "Education evenings for practice nurses and pharmacists, with dinner provided."]),
        ("h1", "How to get started"),
        ("p", "Simply sign the practice agreement and we will arrange the first audit within two "
              "weeks. There is no charge to the practice."),
        ("h1", "Contact"),
        ("p", "Speak to your Norvane Area Sales Manager, Craig Dunmore, on 07700 900 118 or email "
              "c.dunmore@norvane.example."),
    ],
    bad={"promotional-language": "fail", "sales-roles": "warn"},
    notes="unknown type (practice-facing brochure for a company 'service'). promotional-language "
          "fail: 'the only single-inhaler triple therapy', 'gold standard', 'increase in patients "
          "stepped up to Tristral'. sales-roles warn: Area Sales Manager named only as the contact.",
    must=["gold standard", "Area Sales Manager"]))
