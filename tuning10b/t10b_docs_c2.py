"""tuning10b: block lists for documents 15-18."""


def doc15_blocks():
    return [
        ("title", "Joint Working Agreement"),
        ("subtitle", "Type 1 Diabetes Technology Access Clinic"),
        ("p", "This Agreement is made on [insert date] BETWEEN:"),
        ("numbered", ["DR AISHA RAHMAN, Consultant Diabetologist, of the Diabetes Centre, Holloway "
                      "Cross Hospital, Branstone (\"the Clinician\"); and",
                      "ORRIN HEALTH LTD, a company registered in England and Wales (number "
                      "09355120) whose registered office is at 2 Tanner's Yard, Leamford "
                      "(\"Orrin\")."]),
        ("h1", "1. Background"),
        ("p", "1.1 Fewer than a third of adults with type 1 diabetes under the Diabetes Centre who "
              "meet NICE criteria for continuous glucose monitoring or hybrid closed-loop systems "
              "have been offered them, largely because there is no capacity to run technology "
              "starts. 1.2 The parties wish to establish a dedicated technology access clinic for "
              "a period of 18 months (\"the Project\")."),
        ("h1", "2. Objectives and benefits"),
        ("p", "2.1 Patients will be assessed for and, where eligible, started on diabetes "
              "technology with structured education, which is expected to improve glucose "
              "control, reduce hypoglycaemia and diabetic ketoacidosis admissions, and reduce the "
              "daily burden of self-management. 2.2 The Diabetes Centre benefits from reduced "
              "waiting lists; Orrin gains understanding of technology pathways. 2.3 Device choice "
              "is made by the clinical team in line with NICE guidance and is not limited to any "
              "manufacturer."),
        ("h1", "3. Measures of success"),
        ("table", [["Measure", "Baseline", "Target at 18 months"],
                   ["Eligible adults offered CGM or hybrid closed loop", "31%", "80%"],
                   ["Median HbA1c of patients started (mmol/mol)", "71", "62"],
                   ["Admissions for DKA per year (cohort)", "27", "15"]]),
        ("p", "Data will be drawn from the Diabetes Centre's clinical system every quarter."),
        ("h1", "4. Contributions"),
        ("p", "4.1 The Clinician shall provide, through the Diabetes Centre, two consultant "
              "sessions per week, the time of a diabetes specialist dietitian (0.2 WTE) and clinic "
              "space, valued at approximately GBP 46,000. 4.2 Orrin shall pay GBP 88,000 towards "
              "a 1.0 WTE diabetes specialist nurse for 18 months and shall provide a project "
              "manager for one day per week."),
        ("h1", "5. Project team"),
        ("p", "The project team comprises the Clinician, the lead diabetes specialist nurse, the "
              "Diabetes Centre service manager, Orrin's Medical Science Liaison and Orrin's Head of "
              "Collaborations. Orrin's sales and key account personnel shall take no part in the "
              "Project."),
        ("h1", "6. Term"),
        ("p", "This Agreement starts on [insert] and continues for 18 months."),
        ("h1", "7. Early termination and exit"),
        ("p", "7.1 Either party may terminate on 60 days' written notice. 7.2 On expiry or "
              "termination, patients already started on technology will continue under the "
              "Diabetes Centre's routine follow-up, patients awaiting a start will remain on the "
              "Centre's list in date order, and the specialist nurse post will either be "
              "absorbed into the Centre's establishment, subject to business case approval, or end "
              "on expiry of its fixed term."),
        ("h1", "8. Data protection"),
        ("p", "All personal data will be handled in accordance with the Data Protection Act 1998."),
        ("h1", "9. Confidentiality"),
        ("p", "[insert standard confidentiality clause]"),
        ("h1", "10. Transparency"),
        ("p", "10.1 Orrin will publish a summary of this Agreement on its website before the "
              "Project starts. 10.2 Both parties will publish the outcomes within six months of "
              "completion. 10.3 Orrin will disclose payments on Disclosure UK."),
        ("h1", "11. Signatures"),
        ("table", [["Signed by the Clinician", "Signed for Orrin Health Ltd"],
                   ["Dr Aisha Rahman", "[insert name and title]"],
                   ["Date: [insert]", "Date: [insert]"]]),
    ]


def doc16_blocks():
    return [
        ("title", "Concept Framework: Physical Health Checks for People with Severe Mental Illness"),
        ("subtitle", "Harbour Lane Mental Health NHS Foundation Trust and Calverley Therapeutics UK "
                     "Ltd - for decision by the Trust's Commercial and Partnerships Group"),
        ("qa", "Q1. Who would the partners be?",
         "A: Harbour Lane Mental Health NHS Foundation Trust and Calverley Therapeutics UK Ltd."),
        ("qa", "Q2. What is the problem?",
         "A: People with schizophrenia or bipolar disorder die, on average, 15 to 20 years earlier "
         "than the general population, mostly from preventable physical illness. Only 46% of our "
         "community caseload had all six core physical health checks last year."),
        ("qa", "Q3. What would the project do?",
         "A: Add a physical health nurse to each of the three community mental health teams, run "
         "health-check clinics alongside depot and lithium clinics, and make sure abnormal results "
         "(blood pressure, lipids, glucose, weight, smoking) are followed up with the person's GP."),
        ("qa", "Q4. How would patients benefit?",
         "A: Service users would get checks where they already attend, have problems such as "
         "diabetes or high blood pressure picked up and treated earlier, and get help to stop "
         "smoking. Over time this should narrow the gap in life expectancy."),
        ("qa", "Q5. What would the Trust and Calverley gain?",
         "A: The Trust: better compliance with national standards and a model it can fund. "
         "Calverley: insight into integrated physical and mental health care. The project would "
         "not involve any Calverley medicine."),
        ("qa", "Q6. What would each partner contribute?", "A:"),
        ("table", [["Partner", "Proposed contribution"],
                   ["Trust", "Clinic space in three CMHT bases, supervision by the Trust's "
                    "physical health lead (0.2 WTE), phlebotomy, informatics support to build a "
                    "dashboard (about GBP 41,000 in kind)"],
                   ["Calverley", "GBP 88,000 to fund two Band 6 physical health nurses for 12 "
                    "months; a project manager 0.2 WTE; evaluation support"]]),
        ("qa", "Q7. When, and for how long?",
         "A: Start in spring 2026 for 12 months, subject to a full PID and agreement."),
        ("qa", "Q8. Who from Calverley would be involved?",
         "A: Its Medical Affairs Manager and Partnerships Lead. Calverley's sales and marketing "
         "staff would have no involvement."),
        ("qa", "Q9. What decision is requested?",
         "A: Approval to develop a full PID. Decision: ______ Date: ______"),
    ]


def doc17_blocks():
    rows = [
        ("Project name", "Heart Failure Optimisation Programme"),
        ("Partners", "NHS Kestrel Vale Integrated Care Board; Brackenfield Pharma UK Limited"),
        ("Background", "Brackenfield's Cardivanta is recommended by NICE for people with heart "
                       "failure with reduced ejection fraction, but prescribing in Kestrel Vale is "
                       "below the national average."),
        ("Objectives", "To increase uptake of Cardivanta across the ICB's 41 practices by "
                       "identifying eligible patients and supporting initiation; to establish "
                       "Cardivanta as the first-choice option on the ICB formulary."),
        ("Why Cardivanta", "Cardivanta is the best-in-class option in its class, with a simple "
                           "once-daily regimen. The programme is aligned with Brackenfield's 2026 "
                           "brand plan for the North region."),
        ("Benefits to patients", "More eligible patients will be prescribed Cardivanta."),
        ("Benefits to the ICB", "Improved performance against national prescribing comparators."),
        ("Benefits to Brackenfield", "Growth in Cardivanta market share in Kestrel Vale."),
        ("Resources", "ICB: 0.5 WTE medicines optimisation pharmacist for 9 months and practice "
                      "search support (about GBP 27,000). Brackenfield: GBP 45,000 for practice "
                      "backfill and a project manager."),
        ("Timescale", "January to September 2026"),
        ("Company involvement", "Brackenfield Medical Affairs and Market Access teams."),
    ]
    return [
        ("title", "Project Concept Framework"),
        ("subtitle", "Prepared for the ICB Medicines Optimisation Committee - November 2025"),
        ("kv", rows),
        ("p", "Next step: if the committee supports the concept, a PID will be drafted for approval "
              "in December 2025."),
    ]


def doc18_blocks():
    rows = [
        ["Partner", "Contribution"],
        ["Northmoor Valley NHS Foundation Trust", "Paediatric dermatology nurse time (0.4 WTE), "
         "consultant oversight, clinic rooms at two community sites, administration"],
        ["Brackenfield Pharma UK Limited", "GBP 54,000 for a 0.6 WTE paediatric dermatology nurse "
         "and education materials; project management support"],
    ]
    return [
        ("title", "Children's Eczema Education Clinics"),
        ("subtitle", "Executive summary of a collaborative working project between Northmoor Valley "
                     "NHS Foundation Trust and Brackenfield Pharma UK Limited"),
        ("h2", "Background"),
        ("p", "Eczema affects around one in five children. Families often receive little practical "
              "teaching on how to use emollients and treatments, and many children are referred to "
              "hospital when their eczema could be controlled at home with the right support."),
        ("h2", "Objectives"),
        ("p", "To run nurse-led education clinics for families of children with moderate eczema, "
              "teaching skin-care routines, how and when to use prescribed treatments, and how to "
              "recognise infection."),
        ("h2", "Expected benefits"),
        ("p", "Children: fewer flares, better sleep and less time off school. Families: confidence "
              "to manage eczema at home. The Trust: fewer consultant referrals and shorter waits. "
              "Brackenfield: understanding of how community eczema services are organised. "
              "Treatment choice follows NICE guidance and the local formulary."),
        ("h2", "Project period"),
        ("p", "November 2025 to October 2026."),
        ("h2", "Financial arrangements and contributions"),
        ("table", rows, {"widths": [0.4, 0.6]}),
        ("h2", "Roles and responsibilities"),
        ("p", "The Trust delivers the clinics and holds clinical responsibility. Brackenfield's "
              "Medical Affairs team supports project management and evaluation design. A joint "
              "project group of Trust clinicians and Brackenfield medical staff meets monthly."),
        ("h2", "Outcomes"),
        ("p", "The results of the project may be published at Brackenfield's discretion."),
        ("h2", "Contacts"),
        ("p", "Trust: Dr Eleanor Vance, Consultant Paediatric Dermatologist. Brackenfield: Dr Paul "
              "Mirza, Medical Adviser. For general enquiries about Brackenfield's involvement: Tom "
              "Ellery, Key Account Manager, Brackenfield Pharma UK Limited."),
    ]
