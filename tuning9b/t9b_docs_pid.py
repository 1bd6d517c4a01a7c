"""Project Initiation Documents for tuning9b (all names invented)."""

REV = lambda v, d, who: ("table", [["Version", "Date", "Author", "Change"],
                                   ["0.1", "14/01/2025", who, "First draft"],
                                   [v, d, who, "Comments from IG and medical signatory addressed"]])

PIDS = [
 {
  "file": "t9b_pid_hf_optimisation_northmoor.docx", "type": "pid",
  "title": "Project Initiation Document: Heart Failure Medicines Optimisation Clinics",
  "subtitle": "Northmoor Valley NHS Foundation Trust and Calverley Therapeutics UK Ltd - joint working",
  "header": "OFFICIAL | PID v1.2", "footer": "HF Optimisation PID - version 1.2 - March 2025",
  "blocks": [
   REV("1.2", "03/03/2025", "R. Okafor"),
   ("h1", "1. Background"),
   ("p", "Around 2,300 people on the Trust's heart failure register have reduced ejection fraction. "
         "Audit in 2024 showed only 41% were on all recommended classes of therapy at optimised doses, "
         "largely because titration appointments are scarce. This project sets up nurse-led titration "
         "clinics in two community hubs for 18 months."),
   ("h1", "2. Objectives and measures"),
   ("table", [["Measure", "Baseline", "Target (month 18)", "Source"],
              ["Patients on all recommended drug classes at target dose", "41%", "60%", "HF register"],
              ["Median wait from referral to first titration visit", "11 weeks", "4 weeks", "PAS"],
              ["HF-related emergency admissions per 100 patients per year", "19", "15", "SUS / BI"],
              ["Patient-reported confidence in self-care (KCCQ subscale)", "collected at entry", "+10 points", "clinic survey"]]),
   ("h1", "3. What patients will gain"),
   ("p", "Patients will be reviewed closer to home, get to the right dose of their medicines months "
         "sooner, and receive structured self-care education, which should mean fewer episodes of "
         "breathlessness and fewer unplanned admissions."),
   ("h1", "4. Who contributes what"),
   ("p", "Calverley Therapeutics UK Ltd will provide £62,400 towards the salary of a 1.0 WTE Band 6 heart "
         "failure specialist nurse for 18 months (paid to the Trust on quarterly invoice) and 20 days of "
         "project management support from its NHS partnerships team, including the evaluation template."),
   ("p", "Northmoor Valley NHS Foundation Trust will support the project and provide input as "
         "appropriate throughout its duration."),
   ("h1", "5. Governance"),
   ("p", "A steering group chaired by the Trust's Clinical Director for Cardiology meets every six weeks. "
         "Members: HF nurse consultant, lead pharmacist, BI analyst, and Calverley's partnerships manager. "
         "No member of Calverley's sales or marketing functions sits on the group or has any contact with "
         "the clinics. The nurse is recruited, employed and line-managed by the Trust and has no objectives "
         "relating to any product; prescribing follows the Trust formulary and NICE guidance."),
   ("h1", "6. Information governance"),
   ("p", "The Trust is data controller for all patient information. Processing relies on UK GDPR Article "
         "6(1)(e) and 9(2)(h) and complies with the Data Protection Act 2018; a DPIA was approved by the "
         "Caldicott Guardian on 20 February 2025. Calverley receives quarterly aggregate figures only, with "
         "counts below five suppressed."),
   ("p", "Project papers and each party's commercial information are treated as confidential and used "
         "only for the project, subject to the Trust's duties under the Freedom of Information Act 2000."),
   ("h1", "7. Ending the project"),
   ("p", "At month 15 the Trust's cardiology directorate will put a business case to the ICB to fund the "
         "clinics recurrently. If it is not supported, patients still titrating will be completed by the "
         "existing hospital HF service and then discharged to their GP with a titration plan; the nurse "
         "post will be absorbed into the HF establishment or end under Trust HR policy. Either party may "
         "withdraw on three months' written notice, in which case the same arrangements apply."),
   ("h1", "8. Publication"),
   ("p", "An executive summary will be published on both organisations' websites before the clinics open, "
         "and a summary of outcomes within six months of completion. Calverley will disclose its funding "
         "on Disclosure UK."),
   ("h1", "9. Approval"),
   ("sig", [("Northmoor Valley NHS Foundation Trust", "Dr Helen Marsh, Medical Director"),
            ("Calverley Therapeutics UK Ltd", "Simon Achebe, Head of NHS Partnerships")]),
  ],
  "keys": ["will support the project and provide input as appropriate", "£62,400", "DPIA was approved"],
  "over": {"resource-contributions": "fail"},
  "notes": "resource-contributions=fail: the company's contribution is quantified (£62,400, 20 PM days) but the "
           "Trust's is only 'will support the project and provide input as appropriate' - a verb with no "
           "substance (no staff, time, rooms). All other applicable rules pass: exit (business case, patients "
           "completed by HF service, post absorbed, 3 months' notice), confidentiality (project/commercial info "
           "with FOIA), DP (controller, DPIA, aggregate only), no sales roles (excluded), patient benefit, "
           "numeric KPIs, publication + Disclosure UK. legal-entities n/a for PID.",
 },
 {
  "file": "t9b_pid_copd_virtual_review_ridgeway.pdf", "type": "pid", "layout": "two",
  "title": "PID - Virtual COPD Review Service",
  "subtitle": "Ridgeway and Dunmore Integrated Care Board with Merrow Pharma UK Limited (collaborative working)",
  "header": "Ridgeway and Dunmore ICB - OFFICIAL-SENSITIVE", "footer": "PID COPD VRS v2.0",
  "blocks": [
   ("kv", [["Project lead (NHS)", "Claire Penhaligon, Respiratory Pharmacist Lead, Ridgeway and Dunmore ICB"],
           ["Project lead (company)", "Dr Owen Lacey, Medical Affairs Manager, Merrow Pharma UK Limited"],
           ["Duration", "1 May 2025 - 30 April 2026"],
           ["Practices", "14 practices across the Dunmore locality"]]),
   ("h1", "Why this project"),
   ("p", "COPD is the second most common cause of emergency admission in Dunmore. Many patients have not had "
         "an annual review since 2021. The project offers structured video or telephone reviews by ICB "
         "pharmacists, covering inhaler technique, exacerbation planning, smoking cessation and referral to "
         "pulmonary rehabilitation."),
   ("h1", "Aims"),
   ("ul", ["Review 1,200 patients with COPD within 12 months (baseline: 0 virtual reviews).",
           "Raise the share of patients with a written self-management plan from 38% to 70%.",
           "Increase pulmonary rehabilitation referrals from 9% to 25% of eligible patients.",
           "Reduce COPD emergency admissions in the cohort by 10% against the 2023/24 baseline."]),
   ("h1", "Benefits"),
   ("p", "Patients get a timely review, better inhaler technique and a plan for flare-ups, which should "
         "reduce exacerbations and time in hospital. Practices gain review capacity; Merrow gains "
         "experience of delivering a pharmacist-led service model that does not depend on any product."),
   ("h1", "Resources"),
   ("table", [["Party", "Contribution", "Value"],
              ["ICB", "0.6 WTE Band 8a pharmacist time; BI analyst 2 days/month; practice liaison", "£41,500 (in kind)"],
              ["Merrow Pharma UK Limited", "Funding for 0.8 WTE Band 7 pharmacist (employed by the ICB); evaluation design", "£48,000"]]),
   ("h1", "Information governance"),
   ("p", "The ICB and the participating practices are joint data controllers. All processing complies with UK "
         "GDPR and the Data Protection Act 2018 and a DPIA has been signed off by the ICB's Head of IG. "
         "Reviews are recorded in the practice clinical system only."),
   ("h1", "Confidentiality"),
   ("p", "Patient information and project papers are confidential to the project team. Each party protects "
         "the other's commercially sensitive information, subject to FOIA 2000."),
   ("h1", "Evaluation"),
   ("p", "Outcomes will be evaluated at months 6 and 12. To allow Merrow's real-world evidence team to model "
         "admissions avoided, the ICB BI analyst will send Merrow a patient-level extract for each reviewed "
         "patient (NHS number, date of birth, practice code, review date, admissions in the prior and "
         "following 12 months), transferred by secure email."),
   ("h1", "Staffing and roles"),
   ("p", "The project board includes the ICB respiratory lead, the medicines optimisation lead and Merrow's "
         "medical affairs manager. Merrow's sales representatives and key account managers have no role in "
         "the project and will not be told which practices are taking part."),
   ("h1", "Exit"),
   ("p", "By month 10 the ICB medicines optimisation committee decides whether to commission reviews as part "
         "of the core pharmacy workforce plan. If not, outstanding reviews are passed back to practices with "
         "a list of patients, and the Band 7 post ends at its fixed term under ICB HR policy. Either party "
         "may end the project on 60 days' notice."),
   ("h1", "Transparency"),
   ("p", "The ICB will publish an executive summary on its website before go-live; Merrow will publish it "
         "too and declare the funding on Disclosure UK. Outcomes will be published within six months of the "
         "end date."),
  ],
  "keys": ["patient-level extract for each reviewed patient", "NHS number, date of birth", "DPIA has been signed off"],
  "over": {"data-protection": "fail"},
  "notes": "data-protection=fail: the IG section looks complete (UK GDPR, DPA 2018, DPIA, ICB as controller) "
           "but the Evaluation section sends the company a patient-level extract with NHS number and date of "
           "birth - the company receives identifiable data. Other rules pass: exit (decision at month 10, "
           "patients passed back, post ends, 60 days' notice), confidentiality (patient + commercial), both "
           "contributions quantified, sales reps excluded (negation), patient benefit, numeric KPIs, publication "
           "+ Disclosure UK.",
 },
 {
  "file": "t9b_pid_ophthalmology_injections_kestrel.pdf", "type": "pid", "layout": "single",
  "title": "Project Initiation Document",
  "subtitle": "Community Intravitreal Injection Capacity Project - Kestrel Bay Hospitals NHS Trust and Ashdene Biosciences Ltd",
  "header": "Kestrel Bay Hospitals NHS Trust | Ophthalmology Directorate", "footer": "Document ref KBH-OPH-PID-07 | Final",
  "blocks": [
   REV("1.0", "10/02/2025", "M. Varga"),
   ("h1", "Section A - Summary"),
   ("kv", [["Project title", "Community Intravitreal Injection Capacity Project"],
           ["Type of arrangement", "Collaborative working"],
           ["Start / end", "April 2025 / March 2027"],
           ["NHS sponsor", "Director of Operations, Surgical Division"]]),
   ("h1", "Section B - Objectives"),
   ("table", [["Objective", "Baseline (2024)", "Target", "Data"],
              ["Injection sessions delivered in community hub per month", "0", "48 by month 6", "Medisight/PAS"],
              ["Outpatient follow-up slots used for injections at the main site", "1,950 / quarter", "-18%", "PAS"],
              ["Consultant hours released from injection lists", "0", "400 per year", "job plans"],
              ["Cost per injection episode (excluding drug)", "£212", "£175", "PLICS"]]),
   ("h1", "Section C - Benefits"),
   ("table", [["For", "Benefit"],
              ["Patients", "Improved patient flow through the eye unit; patients benefit from a more efficient "
                           "service with more injection capacity and fewer wasted clinic slots."],
              ["The Trust", "About 400 consultant hours a year released; lower cost per episode; better use of "
                            "the main outpatient estate."],
              ["Ashdene Biosciences Ltd", "Learning on how community hubs can be set up, for sharing with other Trusts."]]),
   ("h1", "Section D - Resources"),
   ("table", [["Party", "Contribution"],
              ["Kestrel Bay Hospitals NHS Trust", "Hub premises at Harbour Road Health Centre; 2 ophthalmic nurse "
               "injectors (1.6 WTE); consultant oversight 1 PA/week; booking team time; approx. £118,000 over two years"],
              ["Ashdene Biosciences Ltd", "£96,000 for hub fit-out (clean room screens, imaging equipment lease) "
               "and a part-time project manager (0.3 WTE for 12 months)"]]),
   ("h1", "Section E - Governance and people"),
   ("p", "The project board is chaired by the Clinical Lead for Medical Retina. Ashdene is represented by its "
         "Partnerships Director. Ashdene sales staff will not attend board meetings, visit the hub or receive "
         "any activity data. Choice of treatment remains a clinical decision under the Trust's formulary."),
   ("h1", "Section F - Data protection and confidentiality"),
   ("p", "Patient data stay within Trust systems and the Trust remains the data controller under UK GDPR and "
         "the Data Protection Act 2018. A DPIA (ref IG-2025-031) has been completed. Ashdene receives only "
         "anonymised monthly activity totals. Both parties will keep project documents and each other's "
         "confidential information confidential, subject to the Freedom of Information Act 2000."),
   ("h1", "Section G - Exit and sustainability"),
   ("p", "The hub is designed to continue within the Trust's recurrent budget from April 2027. If either party "
         "ends the project early (three months' written notice), patients continue treatment at the main eye "
         "unit without interruption; equipment leased with Ashdene funds transfers to the Trust; nurse "
         "injectors remain Trust employees."),
   ("h1", "Section H - Publication"),
   ("p", "An executive summary will be published on the Trust and Ashdene websites before the hub opens and a "
         "summary of project outcomes after completion; Ashdene will report the transfer of value on "
         "Disclosure UK."),
   ("sig", [("Kestrel Bay Hospitals NHS Trust", "Marta Varga, Director of Operations"),
            ("Ashdene Biosciences Ltd", "Jonathan Pryce, Partnerships Director")]),
  ],
  "keys": ["Improved patient flow through the eye unit", "400 consultant hours a year released", "Disclosure UK"],
  "over": {"patient-benefit": "fail"},
  "notes": "patient-benefit=fail: the row labelled 'Patients' only describes system gains (patient flow, "
           "efficiency, capacity, fewer wasted slots); nothing says patients wait less, are treated nearer home "
           "or have better vision, and collaborative working would at least need patient care maintained. "
           "Every other applicable rule passes (quantified contributions for both parties, exit with patients "
           "continuing at the main unit, DP/confidentiality, sales staff excluded, numeric KPIs, publication).",
 },
 {
  "file": "t9b_pid_diabetes_foot_harrowgate.docx", "type": "pid",
  "title": "Diabetic Foot Protection Pathway - Project Initiation Document",
  "subtitle": "Harrowgate and District Community Health CIC in joint working with Tollard Healthcare UK Ltd",
  "header": "Harrowgate and District Community Health CIC", "footer": "DFPP PID | v0.9 approved",
  "blocks": [
   ("h1", "1 Purpose"),
   ("p", "To introduce a community foot protection service so that people with diabetes at moderate or high "
         "risk of foot ulceration are assessed within two weeks, receive footwear and education, and have "
         "rapid access to the multidisciplinary foot team when an ulcer develops."),
   ("h1", "2 Measurable outcomes"),
   ("ol", ["Percentage of high-risk patients assessed within 14 days of referral: from 35% to 85% by March 2026.",
           "New ulcers healed within 12 weeks: from 44% to 60%.",
           "Minor and major amputations in the catchment: 10% reduction compared with 2022-24 average (NDFA data)."]),
   ("h1", "3 Patient benefits"),
   ("p", "Fewer ulcers, faster healing, fewer amputations and less time off work or away from family for "
         "clinic visits."),
   ("h1", "4 Resources"),
   ("table", [["", "Harrowgate and District Community Health CIC", "Tollard Healthcare UK Ltd"],
              ["Staff", "1.0 WTE podiatrist Band 6; 0.2 WTE consultant podiatrist", "Project manager 2 days/month for 12 months"],
              ["Money", "-", "£38,750 for the Band 6 podiatrist (12 months)"],
              ["Other", "Clinic space in three health centres; IT and clinical system", "Training of staff in pressure-offloading assessment by a clinical educator"]]),
   ("h1", "5 Project team"),
   ("p", "Project lead: Head of Podiatry (CIC). Company contact: Senior Medical Science Liaison. No sales "
         "representative will be involved in planning, delivery or evaluation."),
   ("h1", "6 Data and confidentiality"),
   ("p", "No patient-identifiable data will be shared with Tollard. The CIC is controller; processing follows "
         "UK GDPR and the DPA 2018, and a DPIA is on file. Reports to Tollard contain aggregate figures only. "
         "Confidential information of either party, and all patient records, are protected; FOI requests "
         "will be handled by the CIC."),
   ("h1", "7 Exit arrangements"),
   ("p", "The CIC will seek recurrent commissioning from the ICB from month 9. If this is not agreed, the "
         "podiatrist post ends at its fixed term, patients under active treatment transfer to the existing "
         "community podiatry caseload, and high-risk patients are re-referred to the hospital foot team. "
         "Either party may withdraw on 90 days' notice."),
   ("h1", "8 Publication and reporting"),
   ("p", "Both parties may publish a summary of the outcomes on their websites once the project has finished, "
         "if they consider it useful. An internal report will be made to the CIC board."),
   ("h1", "Sign-off"),
   ("sig", [("Harrowgate and District Community Health CIC", "Ann Ferris, Chief Executive"),
            ("Tollard Healthcare UK Ltd", "Rahul Mistry, Medical Director UK")]),
  ],
  "keys": ["may publish a summary of the outcomes", "No sales representative will be involved", "£38,750"],
  "over": {"transparency": "fail"},
  "notes": "transparency=fail: the only publication wording is that the parties 'may publish' outcomes 'if they "
           "consider it useful' - optional, no commitment, no executive summary before start, no Disclosure UK. "
           "Other rules pass: 'No patient-identifiable data will be shared' and 'No sales representative will be "
           "involved' are acceptable negations; both contributions are quantified; exit covers post, patients "
           "and notice; numeric KPIs; confidentiality covers patient records and either party's information.",
 },
 {
  "file": "t9b_pid_ckd_detection_pennine.pdf", "type": "pid", "layout": "plain",
  "title": "Chronic Kidney Disease Case-Finding in Primary Care",
  "subtitle": "Project Initiation Document - Upper Calder Primary Care Ltd (GP federation) and Brackwater Pharmaceuticals Ltd",
  "header": "Upper Calder Primary Care Ltd - Project Office", "footer": "CKD case-finding PID, issue 3",
  "blocks": [
   ("h1", "Overview"),
   ("p", "Upper Calder Primary Care Ltd, a GP federation covering 22 practices, will run searches and "
         "pharmacist-led reviews to find people with undiagnosed or uncoded chronic kidney disease and make "
         "sure they have blood pressure control, urine ACR testing and a medication review in line with NICE "
         "NG203."),
   ("h1", "Targets"),
   ("table", [["Indicator", "Now", "By month 12"],
              ["Patients with eGFR < 60 on two tests but not coded as CKD", "1,140", "under 300"],
              ["Coded CKD patients with urine ACR in last 12 months", "52%", "75%"],
              ["Coded CKD patients with BP at NICE target", "58%", "68%"]]),
   ("h1", "Benefit to patients"),
   ("p", "Earlier recognition of kidney disease lets patients be treated before their kidney function "
         "declines further, reducing the risk of heart attack, stroke and the need for dialysis."),
   ("h1", "Contributions"),
   ("ul", ["Upper Calder Primary Care Ltd: 0.5 WTE clinical pharmacist for 12 months, practice administration "
           "time for recalls (approx. 6 hours per practice), data searches; estimated £36,000 in kind.",
           "Brackwater Pharmaceuticals Ltd: £29,500 to back-fill pharmacist sessions and an independent "
           "evaluation by the University of Westhaven health economics unit."]),
   ("h1", "Governance"),
   ("p", "Steering group: federation clinical director (chair), two GP leads, lead pharmacist, Brackwater's "
         "Head of Market Access. No Brackwater sales representative, key account manager or brand team member "
         "will be involved at any stage, and none will receive practice-level information."),
   ("h1", "Patient data"),
   ("p", "Searches run inside each practice clinical system. No patient-identifiable data will leave the "
         "practices, and no patient-identifiable data will be shared with Brackwater. Each practice remains "
         "data controller; the federation acts as processor under a data processing agreement; processing "
         "complies with UK GDPR and the Data Protection Act 2018 (DPIA reference UCP-DP-14)."),
   ("h1", "Confidentiality"),
   ("p", "Patient records and project documents are confidential. Neither party will disclose the other's "
         "confidential information except as required by law, including FOIA 2000."),
   ("h1", "At the end"),
   ("p", "Case-finding searches and the review template will be handed to each practice to run as part of "
         "routine QOF work. Patients identified will stay under their own practice's care. The pharmacist "
         "back-fill ends at month 12. Either party may stop the project on two months' notice, with the same "
         "handover."),
   ("h1", "Openness"),
   ("p", "An executive summary will be published on the federation's website before the project starts and "
         "by Brackwater in line with the ABPI Code; outcomes will be published within six months of completion "
         "and the payment declared on Disclosure UK."),
   ("sig", [("Upper Calder Primary Care Ltd", "Dr Fiona Kirk, Clinical Director"),
            ("Brackwater Pharmaceuticals Ltd", "Gareth Lowe, Head of Market Access")]),
  ],
  "keys": ["no patient-identifiable data will be shared with Brackwater", "no Brackwater sales representative"],
  "over": {},
  "notes": "All applicable rules pass. Tricky but acceptable wording: negations 'No patient-identifiable data will "
           "be shared with Brackwater' and 'No Brackwater sales representative, key account manager or brand team "
           "member will be involved' are protections/exclusions, not defects; Head of Market Access is an "
           "allowed role; NICE NG203 is a neutral clinical mention; both contributions quantified; exit hands "
           "searches and patients back to practices.",
 },
 {
  "file": "t9b_pid_asthma_schools_westhaven.docx", "type": "pid",
  "title": "Children's Asthma in Schools Project (CASP) - PID",
  "subtitle": "Westhaven City Council Public Health, Westhaven Children's Hospital NHS Foundation Trust and Hensall Medical UK Limited",
  "header": "CASP PID | OFFICIAL", "footer": "Version 2.1 - approved by CASP board 12 March 2025",
  "blocks": [
   REV("2.1", "12/03/2025", "L. Adeyemi"),
   ("h1", "Context"),
   ("p", "Westhaven has one of the highest rates of paediatric asthma admissions in the region. Many children "
         "do not have an up-to-date asthma action plan and school staff are unsure what to do during an attack."),
   ("h1", "What we will do"),
   ("ul", ["Train staff in 40 primary schools in recognising and managing asthma attacks.",
           "Offer every child on a school asthma register a review with a children's asthma nurse.",
           "Make sure each child has a personal asthma action plan shared with parents and the school."]),
   ("h1", "How we will know it worked"),
   ("kv", [["Children with a current asthma action plan", "baseline 31%; target 80% by July 2026"],
           ["Asthma-related emergency admissions (ages 5-11)", "baseline 212/yr; target 170/yr"],
           ["School days lost to asthma (sample of 10 schools)", "baseline from 2024/25 attendance data; target -20%"]]),
   ("h1", "What children and families get"),
   ("p", "Fewer frightening attacks at school, fewer trips to A&E, and more confident children and parents."),
   ("h1", "Who puts in what"),
   ("table", [["Partner", "Contribution"],
              ["Westhaven City Council", "School nursing team time (0.4 WTE) and access to schools; £15,000 for cover"],
              ["Westhaven Children's Hospital NHS Foundation Trust", "0.8 WTE Band 6 children's asthma nurse (hosted and employed by the Trust); consultant advice 1 session/month"],
              ["Hensall Medical UK Limited", "£44,000 towards the asthma nurse post; printing of non-branded action plans; 12 days of project support"]]),
   ("h1", "Roles"),
   ("p", "Hensall's involvement is through its Healthcare Partnerships Manager. Nobody from Hensall's commercial "
         "or sales teams will take part; the project does not involve any particular inhaler and action plans "
         "carry no company branding."),
   ("h1", "Information"),
   ("p", "The Trust is data controller for clinical records; school registers are held by the council under its "
         "public health duties. All sharing is covered by an information sharing agreement and a DPIA under UK "
         "GDPR and the Data Protection Act 2018. Hensall will see only anonymised, aggregated figures. All "
         "partners keep children's information and project papers confidential."),
   ("h1", "Ending the project"),
   ("p", "Training materials pass to the school nursing service for routine use. Children under review at the "
         "end transfer to their GP practice or the Trust's paediatric asthma clinic; the nurse post is funded "
         "by the Trust from August 2026 if the business case succeeds, otherwise it ends at its fixed term. "
         "Any partner may leave on 3 months' notice."),
   ("h1", "Telling people about it"),
   ("p", "We will publish a short executive summary on the council, Trust and Hensall websites before schools "
         "are approached, and publish the results after the evaluation; Hensall will declare its contribution "
         "on Disclosure UK."),
   ("sig", [("Westhaven City Council", "Director of Public Health"),
            ("Westhaven Children's Hospital NHS Foundation Trust", "Chief Nurse"),
            ("Hensall Medical UK Limited", "General Manager UK")]),
  ],
  "keys": ["Nobody from Hensall's commercial or sales teams will take part", "£44,000"],
  "over": {},
  "notes": "All applicable rules pass. Three partners, each with a stated contribution in a table; sales "
           "exclusion phrased as a negation; 'does not involve any particular inhaler' is not promotional; "
           "confidentiality covers children's information and project papers; exit, KPIs, publication present.",
 },
]
