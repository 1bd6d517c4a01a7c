"""holdout10 agreements 10-14."""
from holdout10_common import doc, HIN, HIN_HOST, PMO

D10 = doc(10, "hf-opt-cwa", "docx", "agreement",
    "Collaborative Working Agreement - HF-OPT Heart Failure Therapy Optimisation Clinics",
    [("title", "Collaborative Working Agreement"),
     ("sub", "HF-OPT Heart Failure Therapy Optimisation Clinics. Agreement reference HTHT-CWA-2025-04."),
     ("p", "This Agreement is dated 22 April 2025 and is made between: (1) Holmsworth Teaching "
           "Hospitals NHS Trust of Lister Road, Holmsworth HW2 4QT (the Trust); and (2) Veltris "
           "Pharma UK Ltd, a company registered in England and Wales under number 04418263 whose "
           "registered office is at 9 Canal Wharf, Reading RG1 8NN (Veltris)."),
     ("h1", "1. Definitions and interpretation"),
     ("p", "1.1 Project means the HF-OPT project described in the Project Initiation Document "
           "version 1.3 (the PID), which is attached as Schedule 1. 1.2 Term means the period from "
           "1 May 2025 to 30 April 2026 unless ended earlier under clause 10."),
     ("h1", "2. Purpose"),
     ("p", "2.1 The parties will work together to set up nurse-led clinics that optimise heart "
           "failure treatment in line with NICE guidance, so that patients reach effective doses "
           "sooner, have fewer admissions and are treated nearer home. 2.2 The Project is not "
           "conditional on, and will not be used to influence, any prescribing, formulary or "
           "purchasing decision about any Veltris product."),
     ("h1", "3. Contributions"),
     ("table", [["Party", "Contribution", "Value"],
                ["Veltris", "Funding for 1.0 WTE Band 7 HF nurse specialist; project management; "
                 "evaluation analyst", "GBP 98,400 paid quarterly in arrears to the Trust"],
                ["Trust", "Consultant supervision, hub clinic rooms, 0.2 WTE pharmacist, BI support",
                 "GBP 61,900 in kind"]], [0.18, 0.52, 0.3]),
     ("h1", "4. Roles and governance"),
     ("p", "4.1 The Trust is responsible for all clinical activity and employs the nurse "
           "specialist. 4.2 A joint steering group (terms of reference at Schedule 2) oversees "
           "delivery. Veltris's members of the steering group are drawn from its partnerships "
           "and medical functions; no Veltris representative who promotes medicines will take "
           "part in any aspect of the Project."),
     ("h1", "5. Measuring success"),
     ("p", "5.1 Success will be measured against the KPIs in section 6 of the PID, including "
           "the proportion of patients on all four guideline-directed therapy classes at target "
           "dose (baseline 41%, target 65%) and HF admissions per 100 patients (baseline 18.2, "
           "target 14.5). 5.2 The Trust's BI team will report quarterly and at month 12."),
     ("h1", "6. Data protection"),
     ("p", "6.1 The Trust is the data controller for all personal data processed in the "
           "Project, which it will process in accordance with UK GDPR and the Data Protection "
           "Act 2018. 6.2 Veltris will not have access to personal data and will receive only "
           "aggregated, anonymised information."),
     ("h1", "7. Confidentiality"),
     ("p", "7.1 Each party shall keep confidential all information of the other party that is "
           "not public, and all information about patients, and shall use it only for the "
           "Project. 7.2 This obligation survives for five years after the Term. 7.3 Nothing "
           "prevents the Trust complying with the Freedom of Information Act 2000."),
     ("h1", "8. Transparency"),
     ("p", "8.1 Veltris will publish a summary of this Agreement on its UK website before the "
           "Project starts. 8.2 The parties will publish a summary of outcomes within six months "
           "of completion. 8.3 The Trust acknowledges that Veltris will disclose the value of its "
           "contribution on Disclosure UK."),
     ("h1", "9. Anti-bribery"),
     ("p", "9.1 Each party will comply with the Bribery Act 2010. No individual will receive "
           "any personal benefit from the Project."),
     ("h1", "10. Termination and exit"),
     ("p", "10.1 Either party may terminate this Agreement on three months' written notice. "
           "10.2 Either party may terminate immediately if the PMCPA rules that the Project "
           "breaches the ABPI Code. 10.3 On expiry or termination the Trust will continue care "
           "for all patients in the clinics, transferring any mid-titration patients to the "
           "consultant clinic; the nurse post will be absorbed into the Trust's cardiology "
           "establishment for the remainder of its fixed term, and Veltris will fund costs "
           "committed up to the date of termination."),
     ("h1", "11. Disputes and general"),
     ("p", "11.1 Disputes will be escalated to the Trust's Chief Medical Officer and Veltris's UK "
           "Medical Director, then to mediation. 11.2 This Agreement is governed by English law."),
     ("sig", [("Holmsworth Teaching Hospitals NHS Trust", "Dr Harriet Collingwood", "Chief Medical Officer"),
              ("Veltris Pharma UK Ltd", "Dr Paolo Rinaldi", "UK Medical Director")]),
     ],
    notes="All pass.", header="HTHT-CWA-2025-04", footer="Collaborative Working Agreement | OFFICIAL")

D11 = doc(11, "community-eczema-agreement", "pdf", "agreement",
    "Joint Working Agreement - Community Eczema Clinic, Fenwick Lane",
    [("title", "Joint Working Agreement - Community Eczema Clinic, Fenwick Lane"),
     ("p", "This agreement is made on 3 March 2025 between Dr Amrit Sandhu, GP Partner and "
           "dermatology lead at Fenwick Lane Surgery, Castlebridge (the Practice Lead), and "
           "Solenne Medical UK plc, 1 Orchard Place, Bracknell RG12 1EW (Solenne)."),
     ("h1", "1 Background"),
     ("p", "Children and adults with moderate to severe eczema in the Fenwick Lane area wait over "
           "40 weeks for hospital dermatology. A monthly GP with extended role clinic, supported "
           "by a specialist nurse, could manage many of them locally and teach families how to "
           "use emollients and treatments properly."),
     ("h1", "2 Benefits"),
     ("bullets", ["Patients: seen within 6 weeks near home, fewer flares and sleepless nights, "
                  "better skin-care knowledge",
                  "NHS: fewer referrals to secondary care",
                  "Solenne: understanding of community dermatology models"]),
     ("h1", "3 Contributions"),
     ("table", [["From", "What", "Value"],
                ["Practice Lead", "12 monthly clinic sessions, clinic room, admin booking", "GBP 9,600 in kind"],
                ["Solenne", "Specialist nurse 1 day/month (via agency), training for practice nurses, "
                 "evaluation", "GBP 14,200"]], [0.2, 0.55, 0.25]),
     ("h1", "4 Success measures"),
     ("table", [["Measure", "Baseline", "Target (12 months)"],
                ["Referrals to hospital dermatology for eczema", "96/yr", "< 50/yr"],
                ["Patients with written treatment plan", "12%", "90%"],
                ["Median POEM score change at 3 months", "n/a", "-6 points"]], None),
     ("h1", "5 Patient data"),
     ("p", "All records remain in the practice clinical system. The parties will comply with "
           "the Data Protection Act 1998. Solenne will receive anonymised summary figures only."),
     ("h1", "6 Confidentiality"),
     ("p", "Both parties will keep patient information and each other's confidential business "
           "information confidential, during the agreement and for three years after."),
     ("h1", "7 Ending the agreement"),
     ("p", "Either party may end this agreement with 8 weeks' notice. The practice will keep "
           "running the clinic for patients already under follow-up until they are discharged, "
           "and will refer others through the usual route. Training materials become the "
           "practice's to keep."),
     ("h1", "8 Openness"),
     ("p", "Solenne will publish a summary before the clinic starts and both parties will "
           "publish the results within six months of the end. Payments will be disclosed on "
           "Disclosure UK."),
     ("sig", [("the Practice Lead", "Dr Amrit Sandhu", "GP Partner, Fenwick Lane Surgery"),
              ("Solenne Medical UK plc", "Naomi Prideaux", "Partnerships Director")]),
     ],
    notes="legal-entities fail: a party is an individual GP (Dr Sandhu), not the practice or a "
          "contracting body. data-protection warn: cites the repealed Data Protection Act 1998.",
    header="Fenwick Lane / Solenne JWA", footer="Private and confidential",
    ruled=False, legal_entities="fail", data_protection="warn")

D12 = doc(12, "eastvale-pcn-frailty-agreement", "docx", "agreement",
    "Collaborative Working Agreement: Eastvale Frailty Medicines Review",
    [("title", "Collaborative Working Agreement: Eastvale Frailty Medicines Review"),
     ("sub", "Prepared by %s using the %s agreement template (v3). Final, 10 October 2025." % (PMO, HIN)),
     ("h1", "Parties"),
     ("kv", [["Party 1", "Eastvale Primary Care Network (the PCN), c/o Eastvale Health Centre, "
                         "Mill Lane, Eastvale EV3 2DD"],
             ["Party 2", "Brightholm Pharmaceuticals UK Ltd, Unit 4 Thamesgate, Staines TW18 3BA "
                         "(company no. 07712093)"],
             ["PCN signatory", "Dr Lucy Amberley, Clinical Director"],
             ["Brightholm signatory", "Dr Neil Fairhurst, Medical Director"]]),
     ("h1", "1. Scope"),
     ("p", "1.1 The PCN's clinical pharmacists will carry out structured medication reviews for "
           "housebound people living with moderate or severe frailty, focusing on medicines that "
           "increase the risk of falls and confusion. 1.2 Brightholm's products are not within "
           "the scope of the reviews and the project is not linked to any prescribing decision."),
     ("h1", "2. Expected benefits"),
     ("p", "2.1 Patients: fewer falls, less medicine-related harm and a medicines list they and "
           "their carers understand. 2.2 NHS: fewer frailty-related admissions. 2.3 Brightholm: "
           "learning on how primary care organises domiciliary medicines review."),
     ("h1", "3. Contributions"),
     ("table", [["Party", "Contribution", "Value (GBP)"],
                ["PCN", "Clinical pharmacist time (0.6 WTE for 9 months), GP oversight, practice searches",
                 "31,500 in kind"],
                ["Brightholm", "Funding of a frailty-trained technician (0.5 WTE) and travel costs; "
                 "evaluation by %s" % PMO, "28,750"]], [0.18, 0.6, 0.22]),
     ("h1", "4. Outcome measures"),
     ("table", [["Indicator", "Baseline", "Target", "When"],
                ["Housebound frail patients with SMR in 12 months", "22%", "70%", "Month 9"],
                ["Falls-risk medicines stopped or reduced per review", "n/a", ">= 1.0", "Month 9"],
                ["Emergency admissions for falls in cohort", "142 (2024)", "-15%", "Month 12"]], None),
     ("h1", "5. Information governance"),
     ("p", "5.1 Each GP practice remains controller of its patients' records and processing "
           "takes place on practice systems under UK GDPR and the Data Protection Act 2018. "
           "5.2 Brightholm will only see aggregated, anonymised results."),
     ("h1", "6. Confidentiality"),
     ("p", "6.1 Neither party will disclose the other's confidential information or any patient "
           "information except as required by law; this continues after the agreement ends."),
     ("h1", "7. Duration"),
     ("p", "7.1 This agreement starts on 1 November 2025 and will end on 31 July 2026."),
     ("h1", "8. Publication"),
     ("p", "8.1 Brightholm will publish an executive summary on its website before the first "
           "review. 8.2 The parties will publish a summary of outcomes no later than six months "
           "after the end date."),
     ("h1", "9. Governing law"),
     ("p", "9.1 English law applies. Disputes will be referred first to the signatories."),
     ("sig", [("Eastvale Primary Care Network", "Dr Lucy Amberley", "Clinical Director"),
              ("Brightholm Pharmaceuticals UK Ltd", "Dr Neil Fairhurst", "Medical Director")]),
     ],
    notes="legal-entities fail: the PCN contracts in its own name with no lead practice or federation "
          "as contracting vehicle. exit-strategy fail: only an end date; no notice, handover or "
          "patient arrangements.",
    header="Eastvale Frailty Medicines Review | CWA", footer="OFFICIAL",
    legal_entities="fail", exit_strategy="fail")

D13 = doc(13, "severnleigh-ai-retinal-agreement", "pdf", "agreement",
    "Tripartite Collaborative Working Agreement - Diabetic Eye Screening Backlog Recovery",
    [("title", "Tripartite Collaborative Working Agreement - Diabetic Eye Screening Backlog Recovery"),
     ("sub", "Agreement no. SICB/CW/2025/011"),
     ("h1", "1. The Parties"),
     ("p", "NHS Severnleigh Integrated Care Board, Quay House, Severnleigh SL1 2AB (the ICB); "
           "Harrowgate Biosciences UK Ltd, company number 05520911, 40 Station Approach, "
           "Guildford GU1 4XP (Harrowgate); and the University of Ashcombe, Chancellor's Building, "
           "Ashcombe AS4 7TU (the University). The Agreement commences on 1 July 2025 and runs "
           "for 15 months."),
     ("h1", "2. Aim"),
     ("p", "To clear the backlog of 5,400 people overdue diabetic eye screening by running "
           "additional evening and weekend clinics in community venues, and to evaluate what "
           "helps people who have repeatedly missed screening to attend. Earlier detection of "
           "sight-threatening retinopathy protects people's vision; the ICB gains a recovered "
           "programme, the University gains research learning and Harrowgate gains insight into "
           "engagement with underserved groups."),
     ("h1", "3. Financial and other contributions"),
     ("table", [["Party", "Contribution", "Value"],
                ["ICB", "Commissioned screening provider time for extra clinics; programme "
                 "manager 0.3 WTE; venue hire", "GBP 58,000 (cash and in kind)"],
                ["Harrowgate", "Funding for patient navigators (2 x 0.5 WTE) and text/letter "
                 "reminders; contribution to evaluation", "GBP 64,000"],
                ["University", "Evaluation design and analysis; 0.2 WTE research fellow",
                 "GBP 21,000 in kind"]], [0.16, 0.56, 0.28]),
     ("h1", "4. Responsibilities"),
     ("table", [["Deliverable", "ICB", "Harrowgate", "University"],
                ["Clinic delivery via screening provider", "A/R", "I", "I"],
                ["Navigator recruitment and hosting", "A/R", "C", "I"],
                ["Evaluation protocol and analysis", "C", "I", "A/R"],
                ["Publication", "R", "A/R", "R"]], None),
     ("h1", "5. Measures of success"),
     ("table", [["Measure", "Baseline (Jun 2025)", "Target (Sep 2026)"],
                ["People overdue screening > 12 months", "5,400", "< 1,000"],
                ["Uptake among previous non-attenders", "0%", "40%"],
                ["Time from screen to referral for sight-threatening disease", "11 weeks", "< 6 weeks"]], None),
     ("h1", "6. Data protection"),
     ("p", "6.1 The ICB and the screening provider are controllers for screening records. Navigators "
           "are employed by the screening provider and work under its governance. 6.2 The "
           "University receives pseudonymised data under a data sharing agreement covered by the "
           "DPIA approved on 12 June 2025. 6.3 Harrowgate receives aggregated outcome data only "
           "and will have no access to personal data at any time."),
     ("h1", "7. Confidentiality"),
     ("p", "The parties will protect each other's confidential information and any patient "
           "information for the duration of this Agreement and for six years afterwards, subject "
           "to the Freedom of Information Act 2000 and to the University's academic publication "
           "rights for anonymised findings."),
     ("h1", "8. Publication and disclosure"),
     ("p", "Harrowgate will publish a summary of this Agreement before clinics begin; all parties "
           "will publish outcomes within six months of completion, and Harrowgate's funding will "
           "be reported on Disclosure UK."),
     ("h1", "9. Termination, contingency and exit"),
     ("p", "9.1 Any party may withdraw on 90 days' notice. 9.2 If Harrowgate withdraws, navigator "
           "posts will be funded to the end of their notice period and the ICB will absorb "
           "remaining outreach into the screening contract; every person already booked will "
           "keep their appointment. 9.3 On normal completion the additional clinics close and "
           "screening reverts to the standard programme with the navigator role written into "
           "the 2026/27 contract. 9.4 Parties will review the Agreement if national screening "
           "guidance changes."),
     ("h1", "10. Signatures"),
     ("sig", [("NHS Severnleigh Integrated Care Board", "Angela Murchison", "Director of Strategy"),
              ("Harrowgate Biosciences UK Ltd", "Caroline Yeo", "Head of Healthcare Partnerships"),
              ("University of Ashcombe", "Prof. David Lanyon", "Pro Vice-Chancellor (Research)")]),
     ],
    notes="All pass (three organisations).", header="SICB/CW/2025/011",
    footer="OFFICIAL | Severnleigh ICB / Harrowgate / University of Ashcombe", layout="single")
