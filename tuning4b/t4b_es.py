"""Six executive summaries for tuning4b. All names fictional."""
from t4b_common import mk

DOCS = []

# E1 Q&A, compliant, no patient-data mention (dp n/a)
DOCS.append(mk(
    "Executive_Summary_QandA_Community_Pharmacy_Contraception.docx", "executive-summary",
    "Executive Summary: Oral Contraception Access Through Community Pharmacy in Dunmere",
    [
        ("p", "Approval code: WYN-UK-CW-0193. Date of preparation: January 2027."),
        ("h1", "What is this project?"),
        ("p", "A collaborative working project between Dunmere and Coldwater ICB, Dunmere Local "
              "Pharmaceutical Committee Ltd and Wynstone Women's Health Ltd. It supports community "
              "pharmacies in Dunmere to start and continue oral contraception under the national "
              "pharmacy contraception service, with extra training, a referral route to sexual "
              "health clinics and evening availability in areas with few GP appointments."),
        ("h1", "Why is it needed?"),
        ("p", "Women in Dunmere wait an average of three weeks for a routine contraception "
              "appointment at their practice, and the two sexual health clinics are both in the "
              "town centre. Fewer than a quarter of local pharmacies are currently active in the "
              "national service."),
        ("h1", "What difference will it make?"),
        ("b", ["For women: a same-week appointment at a local pharmacy, often in the evening, and "
               "no need to travel into town for a routine pill check.",
               "For the NHS: fewer routine appointments in general practice and better use of the "
               "national service.",
               "For Wynstone: an understanding of how pharmacy contraception services work in "
               "practice. The service is product-neutral and follows the national service "
               "specification and local formulary."]),
        ("h1", "When does it run?"),
        ("p", "From April 2027 to March 2028 (12 months)."),
        ("h1", "Who provides what?"),
        ("t", [["Organisation", "Role", "Contribution"],
               ["Dunmere and Coldwater ICB", "Sponsor; clinical governance; evaluation",
                "Commissioning and analyst time, about GBP 16,000 in kind"],
               ["Dunmere LPC Ltd", "Recruits and supports pharmacies; runs peer sessions",
                "Officer time, about GBP 9,000 in kind"],
               ["Wynstone Women's Health Ltd", "Funds accredited training and backfill",
                "GBP 31,000"]]),
        ("h1", "Will results be published?"),
        ("p", "Yes. This summary is published before the project starts. All three partners will "
              "publish the outcomes within six months of the end of the project."),
        ("h1", "Who can I contact?"),
        ("t", [["Organisation", "Name and role", "Email"],
               ["ICB", "Mei Lin Carter, Associate Director of Pharmacy", "mlcarter@dcicb.nhs.example"],
               ["LPC", "Robert Iles, Chief Officer", "robert@dunmerelpc.example"],
               ["Wynstone", "Dr Hannah Oakes, Medical Affairs Director", "h.oakes@wynstone.example"]]),
    ],
    notes="All applicable rules pass; data-protection n/a because the summary does not mention "
          "patient data, records or data sharing.",
    must=["Who provides what?", "Will results be published?"]))

# E2 Q&A, only company contribution stated
DOCS.append(mk(
    "Kingsholm_Childrens_Asthma_Schools_Executive_Summary.pdf", "executive-summary",
    "Summary of the Collaborative Working Agreement: Asthma-Friendly Schools, Kingsholm",
    [
        ("p", "Job code: PRX-GB-2027-0044 | Prepared: February 2027"),
        ("h1", "Q. Who is involved?"),
        ("p", "A. Kingsholm Children's Hospital NHS Foundation Trust and Prexton Pharmaceuticals "
              "UK Limited."),
        ("h1", "Q. What problem are we trying to solve?"),
        ("p", "A. Children with asthma in Kingsholm are admitted to hospital more often than the "
              "national average, and many attacks start at school. Staff in many schools have not "
              "been trained to recognise an attack or help a child use a reliever inhaler with a "
              "spacer."),
        ("h1", "Q. What will the project do?"),
        ("p", "A. Children's respiratory nurses will train staff in 40 primary schools, help each "
              "school write an asthma policy and set up an emergency inhaler kit, and check that "
              "every child with asthma has an up-to-date personal action plan."),
        ("h1", "Q. How will children and the NHS benefit?"),
        ("p", "A. Children will be safer at school and fewer will need an ambulance or a hospital "
              "stay because of an attack. Parents will have more confidence that school staff can "
              "help. The Trust expects fewer emergency attendances and admissions. Prexton will "
              "learn how school-based asthma care can be organised."),
        ("h1", "Q. How long does it last?"),
        ("p", "A. September 2027 to July 2028, one full school year."),
        ("h1", "Q. What are the financial arrangements?"),
        ("p", "A. Prexton Pharmaceuticals UK Limited will provide GBP 44,000 to the Trust to fund "
              "1.0 WTE children's respiratory nurse for the school year, plus printing of action "
              "plans and training materials (GBP 3,500)."),
        ("h1", "Q. Who is responsible for what?"),
        ("p", "A. The Trust leads the project, employs the nurse and decides all clinical content. "
              "Prexton funds the work and provides project management help from its medical team; "
              "Prexton staff will not visit schools."),
        ("h1", "Q. How will results be shared?"),
        ("p", "A. This summary is published before the project starts and the results will be "
              "published by both organisations within six months of the end of the school year."),
        ("h1", "Q. Who are the contacts?"),
        ("p", "A. Dr Yasmin Shah, Consultant in Paediatric Respiratory Medicine, "
              "y.shah@kingsholm-ch.nhs.example; Mark Ellery, Medical Partnerships Lead, "
              "m.ellery@prexton.example."),
    ],
    bad={"resource-contributions": "fail"},
    notes="resource-contributions fail: only Prexton's funding is stated; the Trust's contribution "
          "is described only as roles ('leads', 'employs the nurse') with no resources or value "
          "(borderline: employing/leading is arguably a contribution). data-protection n/a: no "
          "mention of patient data/records/data sharing.",
    must=["Q. What are the financial arrangements?", "GBP 44,000"]))

# E3 KAM only as contact (warn); mentions patient data properly (dp pass)
DOCS.append(mk(
    "ExecSummary_Dental_Anticoagulant_Pathway_Hollybank.docx", "executive-summary",
    "Executive Summary - Safer Dental Extractions for Patients on Anticoagulants (Hollybank)",
    [
        ("p", "Approval reference: MRV-UK-JW-2211 | Date of preparation: March 2027"),
        ("h1", "Project title"),
        ("p", "Safer Dental Extractions for Patients on Anticoagulants"),
        ("h1", "Rationale"),
        ("p", "General dental practitioners in Hollybank refer many patients taking anticoagulants "
              "to the hospital oral surgery department for simple extractions, because they are "
              "unsure how to manage bleeding risk. These patients wait an average of 19 weeks, "
              "often in pain."),
        ("h1", "Objectives and expected benefits"),
        ("p", "The project gives dental practices a shared protocol based on national dental "
              "guidance, hands-on training, and telephone advice from the hospital oral surgery "
              "team. Patients will be treated at their own dentist within weeks and avoid hospital "
              "visits. The hospital frees oral surgery clinic slots for complex cases. Marvale "
              "Pharma UK Ltd gains insight into multidisciplinary care for people taking "
              "anticoagulants; the protocol covers all anticoagulants and does not favour any product."),
        ("h1", "Parties and roles"),
        ("t", [["Organisation", "Role", "Contribution"],
               ["Hollybank University Hospitals NHS Trust", "Clinical lead, protocol, advice line, "
                "evaluation", "Consultant and specialist time, about GBP 22,000 in kind"],
               ["Hollybank Dental Network Ltd (local dental provider federation)", "Recruits "
                "practices, organises training days", "Management time and venues, about GBP 6,000"],
               ["Marvale Pharma UK Ltd", "Funds training and an advice-line coordinator",
                "GBP 27,000"]]),
        ("h1", "Patient data"),
        ("p", "Dental practices and the hospital keep their own patient records as data "
              "controllers under UK GDPR. Any data shared for evaluation are anonymised and "
              "aggregated by the Trust before the project group sees them; Marvale has no access "
              "to identifiable patient information."),
        ("h1", "Project period"),
        ("p", "June 2027 to May 2028."),
        ("h1", "Publication"),
        ("p", "This summary is published on Marvale's website before the project starts; outcomes "
              "will be published by the partners within six months of completion."),
        ("h1", "Contacts"),
        ("b", ["Mr Idris Lowe, Consultant Oral Surgeon, Hollybank University Hospitals NHS Trust, "
               "idris.lowe@hollybank.nhs.example",
               "Fiona Garrick, Network Manager, Hollybank Dental Network Ltd, fiona@hdn.example",
               "Steven Harte, Key Account Manager, Marvale Pharma UK Ltd, s.harte@marvale.example"]),
    ],
    es_data=True,
    bad={"sales-roles": "warn"},
    notes="sales-roles warn: Marvale's only contact is a Key Account Manager (named as contact, not "
          "in delivery/governance). data-protection applies (section 'Patient data') and passes.",
    must=["Key Account Manager", "data controllers under UK GDPR"]))

# E4 DPA 1998 (warn), no publication (fail)
DOCS.append(mk(
    "Ambulance_Frequent_Callers_ES_Carnbrook.pdf", "executive-summary",
    "Executive Summary: High-Intensity User Support Service, Carnbrook Ambulance Service",
    [
        ("p", "Ref: ELD-UK-00871 | January 2027"),
        ("h1", "Title"),
        ("p", "High-Intensity User Support Service"),
        ("h1", "Background"),
        ("p", "A small group of people in the Carnbrook area call 999 many times a month, often "
              "because of unmet needs around loneliness, long-term pain, alcohol or mental health. "
              "Each call ties up an ambulance and rarely solves the underlying problem."),
        ("h1", "Objectives"),
        ("p", "A health coach employed by Carnbrook Ambulance Service NHS Trust will contact the "
              "top 50 callers each quarter, agree a personal support plan with them, and connect "
              "them with their GP, community mental health and social prescribing teams."),
        ("h1", "Benefits"),
        ("p", "Patients get coordinated support for the reasons behind their calls and a named "
              "person to contact. The ambulance service and emergency departments have fewer "
              "avoidable calls and attendances. Eldon Healthcare UK Ltd gains understanding of how "
              "urgent care services can support people with complex needs."),
        ("h1", "Data sharing"),
        ("p", "Call records will be shared between the Trust, GP practices and community teams to "
              "build each person's support plan, in accordance with the Data Protection Act 1998."),
        ("h1", "Financial arrangements and roles"),
        ("p", "Carnbrook Ambulance Service NHS Trust employs and supervises the health coach, "
              "provides call data analysis and clinical oversight (about GBP 20,000 in kind). "
              "Eldon Healthcare UK Ltd contributes GBP 36,000 towards the health coach post and "
              "training in motivational interviewing."),
        ("h1", "Timescale"),
        ("p", "1 April 2027 to 31 March 2028."),
        ("h1", "Contacts"),
        ("p", "Alison Breck, Head of Clinical Safety, Carnbrook Ambulance Service NHS Trust "
              "(a.breck@carnbrook-as.nhs.example); Dr Tobias Wren, Medical Manager, Eldon "
              "Healthcare UK Ltd (t.wren@eldon.example)."),
    ],
    es_data=True,
    bad={"data-protection": "warn", "transparency": "fail"},
    notes="data-protection warn: data sharing covered only by the outdated 'Data Protection Act "
          "1998'. transparency fail: no statement on publishing the summary or outcomes.",
    must=["Data Protection Act 1998", "Data sharing"]))

# E5 promotional: brand 'first and only'
DOCS.append(mk(
    "executive-summary-migraine-nurse-clinics.md", "executive-summary",
    "Executive Summary - Migraine Nurse-Led Clinics, Ellerby",
    [
        ("p", "Approval code: VNT-UK-MIG-118 | Date of preparation: April 2027"),
        ("h1", "Project rationale"),
        ("p", "Headache is one of the most common reasons for neurology referral in Ellerby, and "
              "the waiting time for a first neurology appointment is 41 weeks. Most people referred "
              "have migraine that could be managed in primary care with specialist nursing support."),
        ("h1", "Project objectives"),
        ("p", "Set up nurse-led migraine clinics in three primary care hubs, run by headache "
              "specialist nurses, with advice from the Ellerby neurology department. The clinics "
              "will review acute and preventive treatment, including access to Ventrexa, the first "
              "and only once-monthly oral migraine preventive, for suitable patients."),
        ("h1", "Benefits"),
        ("b", ["Patients: assessment within six weeks at a local hub, fewer migraine days and less "
               "time off work or school.",
               "NHS: shorter neurology waiting lists and fewer emergency attendances for headache.",
               "Venturo Neuroscience Ltd: insight into headache pathways."]),
        ("h1", "Parties, roles and financial arrangements"),
        ("t", [["Party", "Role", "Contribution"],
               ["Ellerby Teaching Hospitals NHS Trust", "Clinical governance, neurology advice, "
                "nurse supervision", "Consultant sessions and training, GBP 18,000 in kind"],
               ["Ellerby North ICB", "Hosts clinics in its hubs, evaluation", "Rooms and analyst "
                "time, GBP 10,000 in kind"],
               ["Venturo Neuroscience Ltd", "Funds 1.0 WTE headache specialist nurse for 12 "
                "months", "GBP 49,000"]]),
        ("h1", "Project period"),
        ("p", "July 2027 - June 2028"),
        ("h1", "Publication"),
        ("p", "This summary is published before the clinics open. Outcomes will be published by "
              "the partners within six months of the end of the project."),
        ("h1", "Contacts"),
        ("p", "Dr Rosalind Tey, Consultant Neurologist (r.tey@ellerby.nhs.example); Kamal Bhatt, "
              "Head of Primary Care Commissioning, Ellerby North ICB (k.bhatt@enicb.nhs.example); "
              "Dr Ines Moreau, Medical Lead, Venturo Neuroscience Ltd (i.moreau@venturo.example)."),
    ],
    bad={"promotional-language": "fail"},
    notes="promotional-language fail: 'Ventrexa, the first and only once-monthly oral migraine "
          "preventive' (brand name with superlative claim) in the objectives. data-protection n/a.",
    must=["first and only", "Ventrexa"]))

# E6 patient benefit absent (only NHS/company benefits)
DOCS.append(mk(
    "ES_Medicines_Procurement_Analytics_Trentham_ICB.pdf", "executive-summary",
    "Executive Summary: Medicines Spend Analytics Dashboard (Trentham ICB)",
    [
        ("p", "Approval code GB-DLV-27-0310 | Date of preparation: May 2027"),
        ("h1", "Project title"),
        ("p", "Medicines Spend Analytics Dashboard"),
        ("h1", "Rationale"),
        ("p", "Trentham ICB's medicines optimisation team prepares monthly reports on primary care "
              "prescribing spend by hand from several national sources. The process takes around "
              "six analyst days a month and the reports arrive too late to inform decisions."),
        ("h1", "Objectives"),
        ("p", "Build an automated dashboard for the ICB's medicines team using publicly available, "
              "practice-level prescribing statistics, and train the team to maintain it."),
        ("h1", "Expected benefits"),
        ("t", [["Who", "Benefit"],
               ["Trentham ICB", "Around 70 analyst hours a month released; faster reporting to "
                "the prescribing committee; reduced reliance on external consultancy"],
               ["Delvane Pharmaceuticals Ltd", "Experience of analytics collaboration with an ICB "
                "(the dashboard is product-neutral and Delvane does not see any outputs before "
                "publication by the ICB)"]]),
        ("h1", "Project period"),
        ("p", "September 2027 to February 2028."),
        ("h1", "Financial arrangements and roles"),
        ("p", "Trentham ICB provides the specification, analyst time (about 40 days) and hosting on "
              "its own infrastructure. Delvane Pharmaceuticals Ltd funds an independent analytics "
              "contractor for 60 days (GBP 39,000). The ICB owns the dashboard."),
        ("h1", "Publication"),
        ("p", "This summary is published before the start. The ICB and Delvane will each publish "
              "a short outcomes report within six months of completion."),
        ("h1", "Contacts"),
        ("p", "Sunita Verma, Head of Medicines Optimisation, Trentham ICB "
              "(s.verma@trenthamicb.nhs.example); Alan Roth, NHS Partnerships Director, Delvane "
              "Pharmaceuticals Ltd (a.roth@delvane.example)."),
    ],
    bad={"patient-benefit": "fail"},
    notes="patient-benefit fail: benefits listed only for the ICB and the company; no direct benefit "
          "to patients stated. data-protection n/a (uses public aggregated statistics, no patient "
          "data/records/sharing). 'NHS Partnerships Director' is not a sales role.",
    must=["Expected benefits", "Around 70 analyst hours"]))
