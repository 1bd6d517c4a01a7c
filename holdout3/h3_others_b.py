"""holdout3: concept frameworks (h3_cf_*), outcomes summaries (h3_out_*) and amendments (h3_amd_*)."""

DOCS = []


def add(**kw):
    DOCS.append(kw)


# C01 - docx; concept framework, all pass
add(file="h3_cf_01_oakhurst_menopause_concept.docx", type="concept-framework", fmt="docx", font="Calibri", size=11,
    header="Project Concept Framework", footer="Oakhurst Primary Care Federation Ltd - concept v0.2", author="P. Dalton",
    blocks=[
        ("T", "Project Concept: Menopause Support in Primary Care"),
        ("KV", [["Partner organisations", "Oakhurst Primary Care Federation Ltd; Tarrant Life Sciences UK Ltd. Stakeholders: Oakhurst Women's Health Hub, local patient participation groups"],
                ["Purpose", "Women in Oakhurst report long waits and inconsistent advice on menopause. Gynaecology referrals for menopause symptoms rose 40% in two years. A federation-led group clinic and nurse training model could meet most needs in primary care."],
                ["Objectives - patients", "Quicker access to informed advice and individualised care, including non-drug options; better symptom control and quality of life; fewer unnecessary referrals"],
                ["Objectives - NHS", "Reduced gynaecology referrals; trained practice nurses in every practice"],
                ["Objectives - Tarrant", "Understanding how women's health hubs operate"],
                ["Resources - Federation", "GP menopause lead 2 sessions/month, nurse time for group clinics, venues, evaluation data (est. £24,000)"],
                ["Resources - Tarrant", "£21,000 for training course fees and group clinic facilitation, 8 days project management (est. £29,000 total)"],
                ["Anticipated start", "Q2 2026"],
                ["Length", "12 months"],
                ["Preliminary check", "Meets CW criteria: both parties contribute, benefit centred on patients, no link to any product; no Tarrant sales staff will be involved"],
                ["Decision", "Go-ahead to develop PID - agreed at Federation Board 12 December 2025"]]),
    ])

# C02 - pdf; Trust resources 'to be determined'
add(file="h3_cf_02_hollins_bridge_sickle_cell_concept.pdf", type="concept-framework", fmt="pdf", ruled=True,
    header="Hollins Bridge Teaching Hospitals NHS Trust - Concept", footer="Concept framework - sickle cell transition",
    author="Haematology",
    labels={"resource-contributions": "fail"},
    notes="resource-contributions fail: Quenby's support is described but the Trust's contribution is 'to be determined once the project is approved'.",
    key=["to be determined once the project is approved"],
    blocks=[
        ("T", "Concept Framework: Sickle Cell Transition Service"),
        ("H", "Partners"),
        ("P", "Hollins Bridge Teaching Hospitals NHS Trust (haematology and paediatrics) and Quenby Pharma UK Limited. The regional Sickle Cell Society group will be consulted."),
        ("H", "Why is the project needed?"),
        ("B", ["Young people with sickle cell disease moving from children's to adult services have high rates of missed appointments and emergency attendances with pain crises.",
               "There is no dedicated transition clinic or youth worker at the Trust.",
               "National guidance recommends structured transition from age 14."]),
        ("H", "Objectives and benefits"),
        ("P", "For young people: a planned, supported move to adult care, fewer crises needing emergency admission, better school and work attendance. For the Trust: fewer emergency attendances and a transition model for other conditions. For Quenby: understanding of haemoglobinopathy services."),
        ("H", "Resource impact"),
        ("TB", [["Partner", "Contribution"],
                ["Quenby Pharma UK Limited", "£55,000 towards a youth worker and a transition nurse for 18 months; project management 15 days"],
                ["Hollins Bridge Teaching Hospitals NHS Trust", "To be determined once the project is approved"]]),
        ("H", "Start and length"),
        ("P", "Anticipated start Q3 2026, 18 months."),
        ("H", "Decision"),
        ("P", "Proceed to PID - haematology directorate meeting, 14 January 2026."),
    ])

# C03 - docx; brand pull-through; only benefit is uptake
add(file="h3_cf_03_tallis_inhaler_concept.docx", type="concept-framework", fmt="docx", font="Arial", size=10,
    header="Tallis Pharmaceuticals Ltd - internal proposal", footer="Concept draft - Respiratory", author="Tallis Respiratory",
    labels={"promotional-language": "fail", "patient-benefit": "fail"},
    notes="promotional-language fail: objective is Respiflo Duo 'pull-through' and share of voice, 'market-leading'. patient-benefit fail: the 'patient benefit' line is only more patients being moved onto Respiflo Duo.",
    key=["pull-through", "share of voice"],
    blocks=[
        ("T", "Project Concept Framework - Inhaler Review Partnership"),
        ("TB", [["Heading", "Proposal"],
                ["Partners", "Tallis Pharmaceuticals Ltd and NHS Calder Dale Integrated Care Board"],
                ["Purpose", "Support the ICB's respiratory workstream and secure Respiflo Duo pull-through following its addition to the ICB formulary."],
                ["Objectives for patients", "More eligible patients moved onto Respiflo Duo, the market-leading once-daily inhaler."],
                ["Objectives for the ICB", "Delivery of the ICB's inhaler carbon reduction target"],
                ["Objectives for Tallis", "Increased share of voice and Respiflo Duo growth in the Calder Dale territory"],
                ["Resources", "Tallis: £40,000 for pharmacist review sessions and 10 days of project management. ICB: practice searches, medicines optimisation pharmacist 0.4 WTE and clinical governance (approx. £30,000)"],
                ["Start / length", "Q1 2026 / 9 months"],
                ["Decision", "Awaiting ICB response"]]),
        ("P", "Prepared by the Tallis Respiratory Medical team. No sales colleagues will take part in delivery."),
    ])

# C04 - pdf; three-way concept incl. charity; all pass
add(file="h3_cf_04_greyhaven_hep_c_concept.pdf", type="concept-framework", fmt="pdf", ruled=False, twocol=True,
    header="OFFICIAL", footer="Concept Framework - Hepatitis C Community Testing", author="Greyhaven PH",
    blocks=[
        ("T", "Concept Framework: Hepatitis C Community Testing and Treatment Access"),
        ("H", "Partners and stakeholders"),
        ("P", "Greyhaven Borough Council (public health), Greyhaven and District NHS Foundation Trust (hepatology) and Aldenmoor Pharmaceuticals Ltd. Stakeholders: the Council's drug and alcohol provider, local pharmacies, the Greyhaven Recovery Community (a registered charity, engaged under a separate contract for peer support)."),
        ("H", "Purpose"),
        ("P", "An estimated 600 people in Greyhaven live with undiagnosed or untreated hepatitis C, mostly people who use or have used drugs. Many do not attend hospital appointments. Testing and treatment in community settings with peer support has worked elsewhere."),
        ("H", "Objectives"),
        ("B", ["Patients: testing where they already are, faster access to curative treatment chosen by NHS clinicians according to national guidance, less liver damage and reduced onward transmission.",
               "NHS and Council: progress towards hepatitis C elimination; fewer late presentations with liver disease.",
               "Aldenmoor: insight into community models of care for blood-borne viruses."]),
        ("H", "Resource impact on each partner"),
        ("TB", [["Partner", "Financial", "Non-financial"],
                ["Council", "Peer support contract £12,000", "Outreach staff time; venues"],
                ["Trust", "-", "Hepatology nurse 0.4 WTE; consultant oversight; outreach clinic slots"],
                ["Aldenmoor", "£46,000 for dried blood spot testing and a point-of-care PCR analyser lease", "Project management 10 days; evaluation support"]]),
        ("H", "Start and duration"),
        ("P", "Q4 2026, 18 months."),
        ("H", "Preliminary criteria check"),
        ("P", "Significant contribution from every partner; benefit mainly to patients; no product named or preferred; Aldenmoor involvement limited to its partnerships and medical teams."),
        ("H", "Decision"),
        ("P", "Approved to proceed to PID by the Greyhaven Health Protection Board, 3 March 2026."),
    ])

# O01 - pdf outcomes; all pass
add(file="h3_out_01_kingsmead_diabetes_foot_outcomes.pdf", type="outcomes-summary", fmt="pdf", ruled=True,
    header="Summary of Project Outcomes", footer="Kingsmead Community NHS Trust / Fenwick Life Sciences UK Ltd - FLS-UK-2025-201 - published May 2025",
    author="Kingsmead",
    blocks=[
        ("T", "Diabetic Foot Rapid Access Service - Summary of Project Outcomes"),
        ("KV", [["Project partners", "Kingsmead Community NHS Trust; Fenwick Life Sciences UK Ltd"],
                ["Duration", "Actual start: October 2023. Actual end: September 2024 (12 months)"],
                ["Publication", "Published on both partners' websites in March 2025, within six months of completion"]]),
        ("H", "Overview"),
        ("P", "The project set up a rapid access community foot protection clinic so that people with diabetes and an active foot problem were seen by a specialist podiatrist within 2 working days, rather than waiting for a routine appointment."),
        ("H", "Results against objectives"),
        ("TB", [["Objective", "Baseline", "Target", "Achieved"],
                ["Seen within 2 working days of referral", "23%", "80%", "86%"],
                ["Median days to healing of foot ulcer", "94", "70", "68"],
                ["Major amputations (per year, catchment)", "17", "12", "11"],
                ["Patients reporting 'good' or 'very good' experience", "n/a", "85%", "92% (n=311)"]]),
        ("H", "Benefits"),
        ("P", "Patients: faster specialist care, quicker healing and fewer amputations. NHS: fewer bed days for foot infection (estimated 410 fewer). Fenwick: understanding of community podiatry services."),
        ("H", "Reflections"),
        ("B", ["Both parties delivered their agreed contributions: the Trust provided podiatry and clinic capacity; Fenwick funded the podiatrist post and 15 days of project management.",
               "The shared vision was kept throughout; one variance (a two-month recruitment delay) was agreed by the steering group.",
               "The service was commissioned recurrently by the ICB from October 2024 and the post is now substantive."]),
        ("H", "Learning"),
        ("P", "Direct referral from practice nurses, not only GPs, was the biggest factor in speed of access. Data are reported as anonymised aggregates only."),
    ])

# O02 - docx outcomes; qualitative only; internal only
add(file="h3_out_02_caddon_falls_outcomes.docx", type="outcomes-summary", fmt="docx", font="Calibri", size=11,
    header="Caddon Valley University Health Board", footer="For internal circulation only", author="Caddon",
    labels={"measurable-outcomes": "warn", "transparency": "fail"},
    notes="measurable-outcomes warn: results are described only qualitatively ('positive feedback', 'fewer falls reported', 'outcomes were monitored') with no figures against baseline or target. transparency fail: document marked for internal circulation only and 'not for publication'; no commitment to publish outcomes.",
    key=["not for publication", "Outcomes were monitored"],
    blocks=[
        ("T", "Project Outcomes Report: Falls Prevention in Care Homes"),
        ("P", "Partners: Caddon Valley University Health Board and Merrow Biosciences UK Limited. Project period: April 2024 to March 2025."),
        ("H", "What we set out to do"),
        ("P", "To reduce falls among care home residents by introducing multidisciplinary falls reviews, medication reviews by a clinical pharmacist, strength and balance activity and staff training across 20 care homes."),
        ("H", "What happened"),
        ("P", "All 20 homes took part. Outcomes were monitored throughout the project by the steering group. Care home managers gave very positive feedback, staff said they felt more confident, and homes reported fewer falls and fewer ambulance call-outs. Residents enjoyed the strength and balance sessions."),
        ("H", "Benefits"),
        ("P", "Residents: fewer falls and injuries, fewer unnecessary medicines, more activity and confidence. Health Board: fewer ambulance call-outs and admissions. Merrow: understanding of care home pathways."),
        ("H", "Contributions"),
        ("P", "The Health Board provided the pharmacist, physiotherapy and care home liaison team time. Merrow funded a falls coordinator and training materials and provided project management."),
        ("H", "Lessons learned"),
        ("B", ["Care home manager buy-in is essential.", "Training needs refreshing because of staff turnover.", "Medication reviews worked best with GP involvement."]),
        ("P", "This report is for the Health Board's Quality and Safety Committee and Merrow's internal review and is not for publication."),
    ])

# O03 - pdf outcomes; brand results headline; KAMs delivered; no patient benefit
add(file="h3_out_03_harrowgate_copd_outcomes.pdf", type="outcomes-summary", fmt="pdf", ruled=True, twocol=True,
    header="Harrowgate Pharma Ltd - Project Results", footer="HGP-RESP-2025-077",
    author="Harrowgate", pdffont="Times-Roman",
    labels={"sales-roles": "fail", "promotional-language": "fail", "patient-benefit": "fail"},
    notes="sales-roles fail: Harrowgate's Key Account Managers recruited practices and ran the review days. promotional-language fail: headline is Breezaro prescribing growth ('market-leading', 'share of voice'). patient-benefit fail: the only 'benefit' reported is patients moved onto Breezaro; no patient outcome is reported.",
    key=["Key Account Managers", "Breezaro prescriptions increased by 41%"],
    blocks=[
        ("T", "Summary of Project Outcomes: Lakeside COPD Inhaler Review"),
        ("H", "Partners"),
        ("P", "Lakeside Health Partnership Ltd (GP federation) and Harrowgate Pharma Ltd."),
        ("H", "Duration"),
        ("P", "February 2024 to January 2025."),
        ("H", "How the project was delivered"),
        ("P", "Harrowgate's Key Account Managers recruited 12 practices, organised the review days and collected the monthly returns. Review clinics were run by federation pharmacists."),
        ("H", "Results"),
        ("B", ["1,240 patients with COPD had an inhaler review.",
               "Breezaro prescriptions increased by 41% across participating practices, confirming its position as the market-leading triple therapy.",
               "Harrowgate achieved a 28% share of voice in Lakeside respiratory meetings."]),
        ("H", "Benefits"),
        ("P", "Patients: 380 patients were moved onto Breezaro. Federation: QOF review targets met. Harrowgate: stronger regional brand performance."),
        ("H", "Publication"),
        ("P", "This summary is published on the Harrowgate UK website and the Lakeside Health Partnership website within six months of project completion."),
    ])

# O04 - docx outcomes; narrative with numbers; all pass
add(file="h3_out_04_marshgate_ckd_outcomes.docx", type="outcomes-summary", fmt="docx", font="Cambria", size=11,
    header="OFFICIAL", footer="CKD Detect - Summary of Outcomes - BWM-REN-0611 - March 2027", header_center=True, author="E. Brennan",
    blocks=[
        ("T", "CKD Detect: what we achieved"),
        ("P", "Summary of project outcomes - Marshgate Health Alliance Ltd and Brightwater Medicines UK Ltd. Project ran from October 2025 to September 2026. Published on both organisations' websites in March 2027."),
        ("H", "Results"),
        ("TB", [["Measure", "Baseline (Jun 2025)", "Target", "Result (Sep 2026)"],
                ["Recorded CKD prevalence", "3.9%", "5.5%", "5.2%"],
                ["CKD patients with annual ACR test", "47%", "75%", "78%"],
                ["CKD patients with BP at NICE target", "58%", "70%", "66%"]]),
        ("P", "1,412 people were newly coded with CKD after clinical review. Data are from the Alliance primary care dashboard and are reported as anonymised totals."),
        ("H", "What this means for patients"),
        ("P", "More people now know they have kidney disease and have had their blood pressure and cardiovascular risk reviewed, which lowers their risk of progression, heart attack and stroke. 94% of patients surveyed (n=402) said the pharmacist review was helpful."),
        ("H", "Did each partner deliver?"),
        ("P", "Yes. The Alliance provided pharmacist time, GP oversight and searches as planned. Brightwater funded the pharmacist post and ACR kits and gave 18 of the 20 planned project management days. The prevalence target was narrowly missed because of a three-month delay in ACR kit supply, which the project group agreed as a variance."),
        ("H", "What happens next"),
        ("P", "The searches and review protocol have been adopted by all 22 practices and the ICB has included CKD case-finding in its 2027-28 local enhanced service."),
        ("H", "Learning for others"),
        ("B", ["Start with uncoded abnormal results - the yield is high.", "Point-of-care ACR testing greatly improved uptake in housebound patients.", "Give practices monthly feedback on their own registers."]),
    ])

# M01 - docx amendment; all pass
add(file="h3_amd_01_lowfield_smi_amendment.docx", type="amendment", fmt="docx", font="Arial", size=10,
    header="Project Amendment Form", footer="Lowfield Partnership NHS FT / Merrow Biosciences UK Limited - AMD-02", author="T. Abernethy",
    blocks=[
        ("T", "Project Amendment Request No. 2"),
        ("KV", [["Project", "Improving physical health checks for people with severe mental illness"],
                ["Project owners", "Tom Abernethy, Associate Director of Nursing for Physical Health (Lowfield Partnership NHS FT); Dr Clara Huang, Medical Director UK (Merrow Biosciences UK Limited)"],
                ["Amendment requested", "Recruitment of the peer support worker took four months longer than planned. Request to extend the delivery phase from December 2026 to March 2027 and move the evaluation report to June 2027."],
                ["Impact - timelines", "End date moves by 3 months; milestones 3 and 4 move accordingly"],
                ["Impact - logistics", "Clinic bookings extended; no change to sites"],
                ["Impact - finances", "No additional funding. Unspent salary from the vacancy period (approx. £7,800) covers the extension"],
                ["Public summary / certification", "Executive summary to be updated with new end date and re-certified by Merrow before 1 December 2026"],
                ["Submitted to steering group", "14 October 2026"],
                ["Approved", "Project board, 28 October 2026 (both parties)"]]),
    ])

# M02 - pdf amendment; adds Area Sales Manager to steering group
add(file="h3_amd_02_kestrel_asthma_amendment.pdf", type="amendment", fmt="pdf", ruled=True,
    header="Kestrel Vale GP Federation Ltd", footer="Amendment form v1 - Asthma Optimisation", author="K. Doyle",
    labels={"sales-roles": "fail"},
    notes="sales-roles fail: the amendment adds Tallis's Area Sales Manager to the steering group and gives the sales team a role in practice engagement.",
    key=["Area Sales Manager"],
    blocks=[
        ("T", "PROJECT AMENDMENT FORM"),
        ("KV", [["Project name", "Asthma Optimisation Programme"],
                ["Project owners", "Dr Kieran Doyle (Kestrel Vale GP Federation Ltd); Dr Anjali Rao, Medical Affairs Manager (Tallis Pharmaceuticals Ltd)"],
                ["Date submitted", "9 February 2026"]]),
        ("H", "Change requested"),
        ("P", "Practice participation is lower than expected (11 of 19 practices). It is proposed that Tallis's Area Sales Manager, Lorraine Gibb, joins the steering group from March 2026 and that the Tallis sales team visits non-participating practices to explain the programme and encourage them to take part."),
        ("H", "Impact"),
        ("TB", [["Area", "Impact"],
                ["Timeline", "Review completion date moves from March 2026 to May 2026"],
                ["Logistics", "Additional practice visits; steering group membership increases to five"],
                ["Finance", "No change to the funding agreed in the PID"]]),
        ("H", "Approval"),
        ("P", "Steering group decision due 23 February 2026."),
    ])
