"""Extra, document-specific sections appended to the shorter documents so that each reaches a
realistic length. Each addition is written for its own document and is label-neutral (it does not
change any rule outcome recorded in the main modules)."""

EXTRA = {
    "Ambulance_Frequent_Callers_ES_Carnbrook.pdf": [
        ("h1", "How people are chosen and supported"),
        ("p", "Each quarter the Trust's clinical safety team lists the people who called most often "
              "in the previous three months. The health coach writes to each person, then "
              "telephones to offer a meeting at home or in a community venue. Taking part is "
              "voluntary and nobody loses access to an emergency response by declining."),
        ("p", "Plans are reviewed monthly with the person. Typical actions include a GP review of "
              "pain medicines, a referral to the community mental health team, a befriending "
              "service, or a falls assessment. The coach stays in touch for up to six months."),
        ("h1", "Governance"),
        ("p", "A small operational group chaired by the Head of Clinical Safety meets every six "
              "weeks. It includes the health coach, a community mental health nurse, a GP adviser "
              "and Eldon's Medical Manager. Eldon has no contact with service users and plays no "
              "part in clinical decisions."),
        ("h1", "Indicators the group will track"),
        ("b", ["999 calls per person in the three months before and after the plan starts.",
               "Emergency department attendances for the same people over the same periods.",
               "Number of people with a documented personal support plan."]),
    ],
    "Amendment_01_Novation_to_Calder_Vale_ICB.pdf": [
        ("h1", "Background to the original project"),
        ("p", "The project gives GP practices rapid access to NT-proBNP testing and a community "
              "echocardiography slot within six weeks for people with suspected heart failure, "
              "replacing a hospital outpatient route that took five months. It began in Q3 2025 "
              "and has so far seen 1,150 patients."),
        ("h1", "Legal effect of the novation"),
        ("p", "Calder and Vale ICB assumes every obligation Upper Calder ICB had under the "
              "agreement, including the data protection, confidentiality and publication "
              "obligations, as if it had been an original party. Rowanfield releases Upper Calder "
              "ICB and accepts Calder and Vale ICB in its place. All other terms of the agreement "
              "remain unchanged and in force."),
        ("h1", "Actions arising"),
        ("t", [["Action", "Owner", "By"],
               ["Update contact details on the project web page", "Rowanfield medical affairs team",
                "31 July 2026"],
               ["Transfer project files to Calder and Vale ICB's shared drive", "ICB project officer",
                "31 July 2026"],
               ["Confirm steering group membership", "Dr Meera Anand", "Next meeting, August 2026"]]),
    ],
    "Amendment_Form_2_Term_Extension_Osteoarthritis_Physio.docx": [
        ("h1", "Summary of the original project"),
        ("p", "Adults with knee pain can book directly with a first contact physiotherapist in "
              "five Ashdown practices instead of waiting for a GP appointment. The physiotherapist "
              "assesses, advises on exercise and weight management, and refers on only when "
              "imaging or a surgical opinion is needed."),
        ("h1", "Progress to date"),
        ("t", [["Measure", "Planned by Dec 2026", "Actual at Nov 2026"],
               ["Patients seen", "900", "610"],
               ["Patients completing 12-week follow-up", "500", "240"],
               ["Practices live", "5", "5"]]),
        ("h1", "Risks during the extension"),
        ("b", ["The physiotherapist may leave before June 2027: mitigated by a retention "
               "conversation and a bank physiotherapist arrangement with the Federation.",
               "Evaluation slips further: the evaluation lead has agreed a fixed data-cut date of "
               "15 July 2027."]),
        ("h1", "Version history"),
        ("t", [["Version", "Date", "Change"],
               ["Amendment 1", "May 2026", "Added fifth practice"],
               ["Amendment 2", "December 2026", "This form"]]),
    ],
    "CF_Renal_Anaemia_Home_Dialysis_Support.pdf": [
        ("h1", "Background detail"),
        ("p", "The renal network covers two acute trusts and four satellite dialysis units. Home "
              "haemodialysis and peritoneal dialysis training is delivered from the main unit by a "
              "team of three nurses. Exit interviews with patients who stopped home therapy in the "
              "first 90 days most often mention anxiety about alarms, difficulty with supplies, and "
              "lack of someone to call in the evening."),
        ("p", "Support workers would visit during the first weeks at home, help with set-up and "
              "supplies, and be available by phone until 8pm. Clinical decisions stay with the "
              "renal nurses and consultants."),
        ("h1", "Similar work elsewhere"),
        ("p", "Two renal networks in the north of England have used a comparable role. The "
              "Aldermoor team has spoken to both and plans to reuse their training materials with "
              "permission."),
        ("h1", "Preliminary criteria check"),
        ("p", "The proposal is patient-centred, does not relate to any medicine and would be led "
              "by the renal unit. Ferrand would have no access to patient information."),
        ("h1", "Next steps"),
        ("b", ["Develop a PID with named leads and measures by May 2027.",
               "Agree hosting of the support worker posts with the Trust's workforce team.",
               "Consult the renal patient association on the role description."]),
    ],
    "Concept_Framework_Eye_Casualty_Triage_Penhallow.docx": [
        ("h1", "Alignment with local priorities"),
        ("p", "The ICB's planned care strategy names eye care as one of three specialties where "
              "activity should move into the community. The Trust's eye casualty is regularly "
              "over capacity on Mondays and after bank holidays."),
        ("h1", "Risks identified at concept stage"),
        ("b", ["Not enough optometrists with the independent prescribing qualification in the "
               "west of the county; training may be needed in year one.",
               "Image sharing between practices and the hospital needs a secure route that the "
               "Trust's information governance team must approve.",
               "Patient awareness: NHS 111 and GP receptionists must know the service exists."]),
    ],
    "Concept_Note_Biologic_Asthma_Clinic_Optimisation.docx": [
        ("h1", "Background"),
        ("p", "The clinic is run by two consultants and one specialist nurse. Referrals from "
              "general respiratory clinics have doubled since 2023."),
        ("h1", "Proposed approach"),
        ("p", "A nurse funded by Hadley would screen the waiting list against eligibility criteria, "
              "prepare patients for consultant review, and arrange homecare registration once a "
              "treatment decision is made. Hadley's medical team would provide an audit tool "
              "that reports how many patients are started on each biologic."),
        ("h1", "Stakeholders"),
        ("b", ["Respiratory consultants and nurse team", "Trust pharmacy and homecare team",
               "Trust Commercial Partnerships Group", "Hadley medical and market access teams"]),
        ("h1", "Outline plan"),
        ("t", [["Phase", "Activity", "Months"],
               ["Set-up", "Recruit nurse, agree screening criteria, install audit tool", "1-2"],
               ["Screening", "Review the waiting list and prepare consultant clinics", "3-8"],
               ["Review", "Audit report to the Commercial Partnerships Group", "9-12"]]),
        ("p", "Hadley proposes that its market access manager attends the Commercial Partnerships "
              "Group when the proposal is discussed, to answer questions on the funding model."),
    ],
    "ES_Medicines_Procurement_Analytics_Trentham_ICB.pdf": [
        ("h1", "Scope and safeguards"),
        ("p", "The dashboard will draw on nationally published prescribing statistics at practice "
              "level. Delvane's contractor will work on ICB equipment under ICB supervision, and "
              "the code, documentation and outputs will belong to the ICB. Delvane will not "
              "receive the dashboard outputs in advance of the ICB publishing any report."),
        ("h1", "Milestones"),
        ("t", [["Milestone", "Target month"],
               ["Specification agreed", "September 2027"],
               ["First working version", "November 2027"],
               ["Training of ICB analysts complete", "January 2028"],
               ["Handover and close", "February 2028"]]),
        ("h1", "Roles in summary"),
        ("p", "ICB: owner, specification, testing, hosting and long-term maintenance. Delvane: "
              "funding of the contractor and light-touch project coordination through its NHS "
              "partnerships function."),
    ],
    "ExecSummary_Dental_Anticoagulant_Pathway_Hollybank.docx": [
        ("h1", "How the pathway works"),
        ("p", "The dentist checks the patient's anticoagulant and recent blood results against "
              "the shared protocol. Most patients can have a simple extraction without changing "
              "their medicine, using local measures to control bleeding. If the dentist is unsure, "
              "they call the oral surgery advice line the same day. Patients with complex needs "
              "are still referred to hospital."),
        ("h1", "Measures the partners will report"),
        ("b", ["Referrals for simple extraction in anticoagulated patients (baseline 310 a year).",
               "Wait from first dental visit to extraction.",
               "Post-extraction bleeding events needing an emergency visit."]),
    ],
    "Executive_Summary_QandA_Community_Pharmacy_Contraception.docx": [
        ("h1", "How will success be judged?"),
        ("p", "The ICB will report the number of active pharmacies (from 11 to at least 30), the "
              "number of consultations each month, and the share delivered outside 9am-5pm. A "
              "short questionnaire will ask users how easy it was to get an appointment."),
        ("h1", "Is Wynstone involved in consultations?"),
        ("p", "No. Wynstone does not take part in consultations, does not supply materials to "
              "women and has no say in the choice of method. Training is delivered by an "
              "accredited independent provider."),
    ],
    "Kingsholm_Childrens_Asthma_Schools_Executive_Summary.pdf": [
        ("h1", "Q. How will the schools be chosen?"),
        ("p", "A. Schools with the highest numbers of pupils with asthma, and those near areas with "
              "high admission rates, will be invited first. Taking part is free and voluntary."),
        ("h1", "Q. How will we know if it worked?"),
        ("p", "A. By the number of schools with a written asthma policy and an emergency inhaler "
              "kit, the number of staff trained, and feedback from head teachers and parents."),
    ],
    "Outcomes_Report_Paediatric_Eczema_Nurse_Line_INTERNAL.docx": [
        ("h1", "Feedback from families"),
        ("p", "Parents described the video calls as practical and reassuring. Several said it was "
              "the first time anyone had shown them how much emollient to use and how to do wet "
              "wraps at home. Some families found it hard to join calls during working hours."),
        ("h1", "What we would do differently"),
        ("b", ["Offer early evening slots from the start.",
               "Agree a simple way of recording what each call covered.",
               "Involve health visitors so that younger children are referred sooner."]),
        ("h1", "Resources used"),
        ("p", "The line was staffed by two band 6 dermatology nurses working across four days a "
              "week, using the Trust's existing video consultation system. Administration was "
              "absorbed by the dermatology outpatient team."),
        ("h1", "Roles during the project"),
        ("p", "The Trust employed and supervised the nurses and owned all clinical content. Sorrel "
              "funded the nurse time and a booking system licence and had no contact with families."),
    ],
    "Outcomes_Summary_Community_Pharmacy_BP_Checks_Wendover.pdf": [
        ("h1", "Who took part"),
        ("p", "Thirty-eight of the 52 pharmacies in Wendover and Ashby took part, including all "
              "pharmacies in the two most deprived wards. Fifty-eight per cent of people checked "
              "were men, a group that is usually under-represented in practice-based checks."),
        ("h1", "Contributions"),
        ("p", "ICB: service fees and evaluation. LPC: recruitment, training and peer support. "
              "Alcester: funding for ambulatory monitors and the training programme."),
    ],
    "PAF3_Scope_Change_Diabetes_Review_Clinics_Greenholme.pdf": [
        ("h1", "Original project summary"),
        ("p", "Pharmacist-led structured reviews for adults with type 2 diabetes in eight "
              "Greenholme practices, covering foot checks, kidney function, blood pressure, "
              "lifestyle advice and education referrals. Started Q2 2026."),
        ("h1", "Interim position"),
        ("t", [["Measure", "Target", "Position at month 9"],
               ["Reviews completed", "2,000", "1,480"],
               ["All eight care processes recorded", "70%", "66%"],
               ["Referrals to structured education", "400", "352"]]),
        ("h1", "Communication of the change"),
        ("p", "Practices will be told about the change by the ICB's medicines optimisation team. "
              "Patients will be invited for a medicines review at their next structured review."),
    ],
    "Partnering_With_Your_Practice_Brochure_Norvane.docx": [
        ("h1", "What practices say"),
        ("p", "\"The audit found patients we had lost track of, and the nurse adviser sorted out "
              "their inhalers in a single afternoon.\" Practice manager, a practice in the "
              "Midlands."),
        ("h1", "Support packages"),
        ("t", [["Package", "What you get", "Time needed from your team"],
               ["Starter", "Audit searches and a summary report", "One hour"],
               ["Standard", "Audit plus one nurse adviser review clinic", "Half a day"],
               ["Enhanced", "Audit, two clinics and an education evening", "One day"]]),
        ("h1", "Frequently asked questions"),
        ("p", "Do we have to prescribe Tristral? The final decision always rests with the GP. "
              "Our nurse advisers simply make recommendations based on the latest evidence. "
              "How long does a review clinic take? Usually one day for every 25 patients."),
    ],
    "Project_Outcomes_Formulary_Data_Platform_Selby.pdf": [
        ("h1", "What was delivered"),
        ("b", ["A searchable formulary web platform with chapter pages and a change log.",
               "An online form for new formulary applications, with automatic routing to "
               "reviewers.",
               "Training for the APC secretariat and two ICB digital officers."]),
        ("h1", "Contributions"),
        ("p", "The ICB provided the APC secretary's time, digital team support and hosting. "
              "Tressel funded a web developer for four months through an independent agency; "
              "Tressel staff did not have editing rights to formulary content."),
        ("h1", "Project period"),
        ("p", "January 2027 to September 2027; the platform went live on 4 July 2027."),
    ],
    "Wellbeing_Cafe_Outcomes_Report_Kelsall_Mental_Health.docx": [
        ("h1", "Who did what"),
        ("p", "The Trust provided the nurses and clinical governance. Kelsall Mind ran the cafes "
              "and employed the peer support workers. Ormsby funded nurse sessions and equipment "
              "such as scales and blood pressure monitors, and had no contact with cafe visitors."),
        ("h1", "Learning"),
        ("b", ["Fortnightly visits built trust; some people only agreed to a check on their third "
               "or fourth visit.",
               "Blood results took too long to reach GP practices; a direct route is needed.",
               "Cooking sessions were the most popular way to start a conversation about health."]),
    ],
    "concept-framework-hepatitis-c-outreach.md": [
        ("h1", "Existing work to build on"),
        ("p", "The regional operational delivery network already runs a testing van two days a "
              "month. The project would add fixed sites in pharmacies and hostels so that people "
              "can be tested and start treatment where they already go."),
    ],
    "executive-summary-migraine-nurse-clinics.md": [
        ("h1", "How patients will be referred"),
        ("p", "GPs will refer adults with a migraine diagnosis who have not responded to at least "
              "two acute treatments. Patients with red-flag symptoms continue to be referred "
              "urgently to neurology."),
    ],
    "agreement_respiratory_hub_riverbend_pcn.txt": [
        ("h1", "Anti-bribery and compliance"),
        ("p", "Both parties will comply with the Bribery Act 2010 and the ABPI Code. Equipment is "
              "provided to support the hub and does not depend on any prescribing decision."),
        ("h1", "Disputes"),
        ("p", "Disputes will be referred to the hub group and then to the PCN Clinical Director and "
              "Castellan's Head of Medical."),
    ],
    "Tarrow_PatientServices_Homecare_Onboarding_PID.docx": [
        ("h1", "11. Risks"),
        ("t", [["Risk", "Mitigation"],
               ["Homecare provider capacity falls during winter", "Weekly capacity call with "
                "the provider"],
               ["Coordinator post vacant", "Cover from the Trust homecare pharmacy technician"],
               ["Registration forms incomplete", "Checklist agreed with dermatology nurses"]]),
    ],
}


def apply(docs):
    for d in docs:
        extra = EXTRA.get(d["file"])
        if extra:
            d["blocks"] = d["blocks"] + extra
    return docs
