"""tuning10a documents 11-17."""
from tuning10a_common import doc


def d11():
    b = [
        ("title", "Project Amendment Request"),
        ("kv", [("Project", "Community COPD pulmonary rehabilitation outreach (PID v2.0)"),
                ("Project owners", "Selwyn Moor Community Health NHS Trust – Joanne Pettifer, Respiratory "
                                   "Services Manager; Tamworth Lane Pharma Ltd – Dr Kwame Asante, Medical "
                                   "Affairs Manager"),
                ("Amendment no.", "2"), ("Submitted to steering group", "18 August 2025")]),
        ("h1", "What is changing"),
        ("p", "The second outreach venue (Lowfield Community Centre) is closed for refurbishment until "
              "January 2026. Sessions planned there will move to the Trust's Hollins Lane clinic, and the "
              "project end date moves from 31 March 2026 to 30 June 2026 so that the full 24 cohorts can be "
              "delivered."),
        ("h1", "Impact"),
        ("table", [["Area", "Effect"],
                   ["Timeline", "Three-month extension; final evaluation due September 2026."],
                   ["Logistics", "Hollins Lane has step-free access and parking; transport vouchers "
                                 "continue to be offered by the Trust."],
                   ["Finance", "No change to Tamworth Lane's £48,000 or the Trust's in-kind staff "
                               "contribution; extra room hire (£1,200) absorbed by the Trust."]]),
        ("h1", "Knock-on changes"),
        ("p", "Tamworth Lane will update and re-certify the published executive summary to show the new end "
              "date. No change to the agreement's other terms. The change does not alter who is involved: "
              "delivery stays with Trust physiotherapists and no company commercial staff have any role."),
        ("h1", "Approval"),
        ("table", [["Organisation", "Approved by", "Date"],
                   ["Selwyn Moor Community Health NHS Trust", "Director of Operations", "22 August 2025"],
                   ["Tamworth Lane Pharma Ltd", "UK Medical Director", "26 August 2025"]]),
    ]
    opts = {"header": "Amendment form – PR outreach", "footer": "Selwyn Moor CHT / Tamworth Lane Pharma"}
    return doc(11, "amd_pulm_rehab", "amendment", "docx", b, opts,
               notes="Fully compliant amendment (only promotional-language and sales-roles apply).")


def d12():
    b = [
        ("title", "PROJECT INITIATION DOCUMENT"),
        ("subtitle", "Chronic kidney disease: finding and coding patients at risk – Meadowbank Primary Care "
                     "Alliance Ltd and Quenby Pharmaceuticals UK Ltd"),
        ("kv", [("Version", "1.0"), ("Date", "10 February 2025"),
                ("Quenby certification", "QPL-CW-0563, certified 7 February 2025")]),
        ("h1", "Section A – Context"),
        ("p", "Across the alliance's 19 practices, recorded CKD prevalence is 2.1% against an expected "
              "4.8%. People with uncoded CKD miss annual urine ACR tests, blood pressure targets and "
              "medicines review, and are more likely to progress to kidney failure unnoticed."),
        ("h1", "Section B – Objectives"),
        ("bullets", ["Identify adults with two eGFR results under 60 more than 90 days apart who are not coded.",
                     "Invite them for review with a practice pharmacist and agree a treatment plan in line "
                     "with NICE NG203.",
                     "Improve the proportion of people with CKD who have an ACR test each year."]),
        ("h1", "Section C – Expected benefits"),
        ("p", "Patients: earlier recognition of kidney disease, a proper review of blood pressure and "
              "medicines, and a lower chance of avoidable decline. Alliance: more complete registers and "
              "better QOF achievement. Quenby: understanding of how CKD case-finding works in practice."),
        ("h1", "Section D – Partners"),
        ("table", [["Partner", "Address", "Lead"],
                   ["Meadowbank Primary Care Alliance Ltd", "Unit 4, Meadowbank Business Park, MB3 6LT",
                    "Dr Ruth Okonedo, Clinical Director, ruth.okonedo@nhs.net"],
                   ["Quenby Pharmaceuticals UK Ltd", "1 Harbour Square, Bristol BS1 4QP",
                    "Simon Pryce, Healthcare Partnerships Manager, s.pryce@quenby.example"]]),
        ("h1", "Section E – Resources"),
        ("p", "Quenby funds 0.6 WTE practice pharmacist for 12 months (£38,400) and provides the analytics "
              "described in Section G. The Alliance provides GP clinical supervision (one session a week), "
              "practice nurse ACR testing and administrative time for invitations, valued at £31,000."),
        ("h1", "Section F – Governance"),
        ("p", "Project group: Alliance Clinical Director (chair), lead pharmacist, Quenby Healthcare "
              "Partnerships Manager and Quenby medical adviser. Meets every six weeks. Quenby's sales "
              "function has no role in the project."),
        ("h1", "Section G – Information governance"),
        ("p", "Each month practices will run an agreed search and export the results in a record-level "
              "file (age band, sex, eGFR values, ACR, coded diagnoses, current medicines) pseudonymised by "
              "NHS number. The files are transferred by secure encrypted email to Insightful Health "
              "Analytics Ltd, an analytics contractor engaged by Quenby, which links months together and "
              "produces the project dashboard. All transfers use NHS-approved encryption."),
        ("h1", "Section H – Measuring success"),
        ("p", "Key performance indicators and targets will be confirmed at the first project group meeting."),
        ("h1", "Section I – Confidentiality"),
        ("p", "Project and commercial information exchanged by the partners is confidential to the project "
              "and will not be shared outside it without consent, subject to any legal duty to disclose."),
        ("h1", "Section J – Exit"),
        ("p", "At month 10 the Alliance will decide whether to fund the pharmacist post from its ARRS "
              "allocation. If not, patients on the review list are returned to their usual practice "
              "clinician with a documented plan. Either partner may end the project on two months' "
              "notice, with the same handover."),
        ("h1", "Section K – Publication"),
        ("p", "Quenby will publish an executive summary before the start. Both partners will publish "
              "the outcomes within six months of the end of the project."),
        ("kv", [("Start", "April 2025"), ("End", "March 2026")]),
    ]
    opts = {"header": "MPCA / Quenby – CKD PID v1.0", "footer": "OFFICIAL-SENSITIVE: COMMERCIAL",
            "docx_font": "Arial", "docx_size": 10}
    return doc(12, "pid_ckd_coding", "pid", "docx", b, opts,
               overrides={"data-protection": "fail", "measurable-outcomes": "fail"},
               notes="data-protection fail: record-level extracts 'pseudonymised by NHS number' (i.e. identifiable "
                     "by NHS number) go to a contractor engaged by the company; only encryption is mentioned - no "
                     "controller, lawful basis, DPIA or anonymisation. measurable-outcomes fail: 'KPIs and "
                     "targets will be confirmed' (placeholder); objectives elsewhere are not quantified.")


def d13():
    b = [
        ("title", "Project Initiation Document"),
        ("subtitle", "Asthma reviews for young people – transition clinic"),
        ("kv", [("Partners", "Corrie Bank NHS Foundation Trust (Children's Services); Ferndale Medical UK Ltd"),
                ("Period", "1 September 2025 to 31 August 2026"),
                ("Ferndale reference", "FML-JW-2025-11, date of preparation July 2025")]),
        ("h1", "1 Background"),
        ("p", "Young people aged 14 to 19 with asthma are often lost to follow-up when they move from "
              "paediatric to adult care. Emergency attendances for asthma in this age group rose by 18% "
              "between 2022 and 2024."),
        ("h1", "2 Aims and benefits"),
        ("p", "Young people will get a dedicated transition appointment with a nurse and a written asthma "
              "action plan before their 18th birthday, so fewer end up in the emergency department. The "
              "Trust gains a transition model; Ferndale gains understanding of adolescent pathways."),
        ("h1", "3 Measures"),
        ("table", [["Measure", "Baseline", "Target at 12 months", "Source"],
                   ["Young people with a written action plan", "41%", "85%", "Clinic records audit"],
                   ["ED asthma attendances, age 14-19", "212 a year", "170 a year", "Trust ED data"],
                   ["Transition clinic DNA rate", "26%", "15%", "PAS"]]),
        ("h1", "4 Resources"),
        ("table", [["Partner", "What", "Value"],
                   ["Ferndale Medical UK Ltd", "Funding for a Band 6 transition nurse (0.8 WTE); app licence "
                    "for reminders; evaluation support by Ferndale medical affairs", "£52,300"],
                   ["Corrie Bank NHS FT", "Clinical and administrative staff time as required", "–"]]),
        ("h1", "5 Governance and team"),
        ("p", "Steering group: Consultant Paediatrician (chair), Adult Respiratory Nurse Lead, Ferndale "
              "Medical Affairs Manager. Quarterly reports to the Trust's Children's Services Board. "
              "Ferndale representatives and account managers are not part of the team."),
        ("h1", "6 Patient information and confidentiality"),
        ("p", "All clinical records remain on the Trust's systems and the Trust is the data controller. The "
              "project has a DPIA approved by the Trust's Information Governance team; Ferndale receives "
              "only anonymised totals. Both partners keep project documents and each other's commercial "
              "information confidential, subject to FOI law."),
        ("h1", "7 Exit and sustainability"),
        ("p", "At the end of the project the parties will meet to discuss next steps, including whether the "
              "transition clinic should continue."),
        ("h1", "8 Publication"),
        ("p", "An executive summary will be published by Ferndale before the start. Outcomes will be "
              "published by both organisations within six months of the end and the funding disclosed via "
              "Disclosure UK."),
    ]
    opts = {"header": "Corrie Bank NHS FT | Ferndale Medical UK Ltd", "footer": "PID – Transition clinic – v1.1",
            "ruled": True}
    return doc(13, "pid_asthma_transition", "pid", "pdf", b, opts,
               overrides={"resource-contributions": "fail", "exit-strategy": "fail"},
               notes="resource-contributions fail: Trust row is 'staff time as required' with no value. "
                     "exit-strategy fail: the heading is there but the body only says the parties 'will meet to "
                     "discuss next steps' – no handover, notice or funded-post arrangement.")


def d14():
    b = [
        ("title", "Collaborative Working Agreement"),
        ("subtitle", "Alcohol-related liver disease: community liver checks in Tidewater"),
        ("p", "Dated 2 July 2025"),
        ("h1", "The parties"),
        ("numbered", ["Tidewater Metropolitan Borough Council, Civic Centre, Dock Road, Tidewater TW1 1AA "
                      "(the 'Council');",
                      "Tidewater and Saltmarsh Hospitals NHS Foundation Trust, Harbour Hill, Tidewater TW3 9RE "
                      "(the 'Trust'); and",
                      "Scarcroft Health Ltd, company number 11203487, 5 Lantern Street, Birmingham B3 2DL "
                      "('Scarcroft')."]),
        ("h1", "1. What the project is"),
        ("p", "1.1 Liver stiffness checks will be offered in the Council's drug and alcohol service and two "
              "community hubs, so that people who drink at harmful levels find out about liver damage "
              "while it can still be reversed. Those with raised readings get a hepatology appointment "
              "within six weeks, a named alcohol worker and, where appropriate, vaccination."),
        ("p", "1.2 The Council expects better engagement with its treatment service; the Trust expects fewer "
              "emergency admissions with decompensated liver disease; Scarcroft expects insight into "
              "community liver pathways."),
        ("h1", "2. Term"),
        ("p", "2.1 18 months from 1 September 2025."),
        ("h1", "3. What each party brings"),
        ("p", "3.1 Scarcroft will meet the cost of a 0.6 WTE Band 7 hepatology nurse employed by the Trust and "
              "lease a portable elastography device for the term (combined value £63,000), paid to the Trust "
              "quarterly in arrears."),
        ("p", "3.2 The Trust will run three clinic sessions a week, provide consultant hepatologist review of "
              "results and fast-track appointments (about £40,000 of staff time)."),
        ("p", "3.3 The Council will host sessions in its service premises, release 0.2 WTE of a recovery "
              "coordinator and fund transport vouchers (about £21,000)."),
        ("h1", "4. How success will be judged"),
        ("p", "4.1 We expect the share of people with a raised reading who attend hepatology within six weeks "
              "to move from roughly one in three (2024 audit) to one in two or better by the end of the term, "
              "and 1,200 checks to be completed. The Trust's BI team reports these, with emergency admissions "
              "for alcohol-related liver disease (baseline 148 in 2024), every quarter."),
        ("h1", "5. Governance"),
        ("p", "5.1 A joint board of the Council's Consultant in Public Health (chair), the Trust's lead "
              "hepatologist and Scarcroft's Medical Science Liaison meets every two months. No Scarcroft "
              "sales or marketing personnel will be involved in any part of the project."),
        ("h1", "6. Information"),
        ("p", "6.1 The Trust and the Council are each controller for the records they hold; a joint DPIA and "
              "data sharing agreement between them were approved in June 2025. Scarcroft will not see any "
              "information that could identify a patient and receives quarterly aggregate reports only."),
        ("p", "6.2 All parties keep confidential the non-public information of the others, using it only for "
              "the project; the Council and the Trust may disclose information where FOIA 2000 requires."),
        ("h1", "7. Transparency"),
        ("p", "7.1 Scarcroft publishes a summary of this Agreement before 1 September 2025. The parties will "
              "each make the outcomes public within six months of the end. Scarcroft's payments are reported "
              "on Disclosure UK."),
        ("h1", "8. Winding down"),
        ("p", "8.1 Any party may leave on 90 days' notice. If the project ends early or at term, people already "
              "referred keep their hepatology appointments; the nurse post transfers to Trust funding or ends "
              "at term in line with Trust HR policy; the leased device is returned."),
        ("h1", "9. Independence"),
        ("p", "9.1 Clinical decisions follow NICE guidance and are for Trust clinicians alone. No party is "
              "required to use any Scarcroft product."),
        ("h1", "Signatures"),
        ("sig", [("For Tidewater Metropolitan Borough Council", "Andrea Sowerby", "Director of Public Health"),
                 ("For Tidewater and Saltmarsh Hospitals NHS Foundation Trust", "Philip Mungo",
                  "Chief Executive"),
                 ("For Scarcroft Health Ltd", "Dr Lena Hartigan", "Medical Director")]),
    ]
    opts = {"header": "CWA – Community Liver Checks", "footer": "Council / Trust / Scarcroft – executed copy",
            "columns": 2, "ruled": True}
    return doc(14, "agr_liver_checks", "agreement", "pdf", b, opts,
               notes="Fully compliant three-party agreement. Unusual valid phrasing: 'move from roughly one in three "
                     "to one in two'; company 'will meet the cost of a 0.6 WTE nurse'.")
