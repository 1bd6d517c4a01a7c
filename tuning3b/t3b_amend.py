"""Amendment forms and the one 'unknown' document (hand-written sections)."""

_approvals = ("table", [["Party", "Approved by", "Date"],
                        ["{nhs}", "Chair of the Project Board", "3 February 2026"],
                        ["{co}", "UK Medical Director (certification)", "5 February 2026"]])

AMENDMENTS = [
    dict(fn="CTUHB HF Optimisation - Project Amendment Form No.1.docx", type="amendment", voice="hb", topic="hf",
         co="halver", nhs="cwm", ov={},
         title="Project Amendment Form – Amendment No. 1",
         sub="Project: Heart Failure Medicines Optimisation Clinics | Submitted to the Project Board: 20 January 2026",
         note="compliant: timeline change only; no sales roles, no promotional wording.",
         sections=[
             ("Project owners", [("bullets", ["{nhs}: Dr Siân Powell, Consultant Cardiologist and Clinical Lead",
                                              "{nhs}: Mrs Ffion Rowlands, Head of Medicines Management",
                                              "{co}: Rachel Osei, NHS Partnerships Manager"])]),
             ("Amendment to the PID requested", [
                 "The Health Board has been unable to appoint to the band 6 heart failure nurse post in the first recruitment "
                 "round. The post has been re-advertised with a closing date of 27 February 2026. The Project Board is asked to "
                 "approve a three-month move of the service start date and all later milestones.",
                 ("table", [["Milestone", "Original date", "Revised date"],
                            ["Nurse in post; baseline figures taken", "Q1 2026", "Q2 2026"],
                            ["First clinics live (two hubs)", "Q2 2026", "Q3 2026"],
                            ["All four hubs live", "Q3 2026", "Q4 2026"],
                            ["Interim review", "Q4 2026", "Q1 2027"],
                            ["Project close and outcomes summary", "Q2 2027", "Q3 2027"]])]),
             ("Impact on timelines", [
                 "All milestones move by one quarter. The overall length of the Project (18 months of clinical delivery) is "
                 "unchanged. The interim review remains at month 12 of delivery."]),
             ("Impact on logistics", [
                 "Clinic rooms booked at Ysbyty Cymuned Glan Tawel and two health centres will be re-booked by the Health "
                 "Board's estates team. Training sessions for practice staff move to May 2026. No patient has yet been "
                 "booked, so no appointments need to be cancelled."]),
             ("Impact on finances", [
                 "No change to the total contribution of either party. The Sponsor's first payment, which is released when "
                 "the nurse is in post, moves from March to June 2026. The Health Board's in-kind contribution is unchanged."]),
             ("Effect on published material", [
                 "The published executive summary shows an anticipated start of Q1 2026. The Sponsor will update the summary "
                 "on its website and have it re-certified before the revised start. No Disclosure UK entry is affected "
                 "because no payment has yet been made."]),
             ("Confirmation", [
                 "This amendment does not bring any activity that has already taken place into the Project and does not "
                 "change the Project's objectives, measures or governance."]),
             ("Background to the Project", [
                 "The Project, jointly delivered by {nhs} and {co}, sets up nurse-led optimisation clinics for adults with heart "
                 "failure in four community hubs. The Project Initiation Document (version 2) was approved by both parties in "
                 "November 2025 and the summary of the agreement was published before any activity started."]),
             ("Change history", [("table", [["No.", "Change", "Status"], ["1", "Three-month move of start date (this form)", "Submitted"]])]),
             ("Distribution", [("bullets", ["Project Board members", "Health Board Joint Working Panel secretariat",
                                            "Sponsor compliance team (for re-certification of the summary)"])]),
             ("Approval", [_approvals]),
         ]),
    dict(fn="Delmont_Harrowdale_HF_Program_Change_Request_CR-02.pdf", type="amendment", voice="us", topic="hf",
         co="delmont", nhs="harrow",
         ov={"sales-roles": dict(o="fail", at="custom", b=None)},
         title="Program Change Request CR-02: Governance Committee Membership",
         sub="Heart Failure Program – Delmont Pharma UK Limited and NHS Harrowdale Integrated Care Board | Date submitted: 9 March 2026",
         note="sales-roles=fail: the change request adds 'Jason Whitley, Territory Manager – Harrowdale' as a voting "
              "Governance committee member.",
         sections=[
             ("Program owners", [("bullets", ["ICB: Dr Priya Nandakumar, Clinical Lead for Cardiovascular Disease",
                                              "Company: Marcus Bell, NHS Partnerships Manager"])]),
             ("Change requested", [
                 "Marcus Bell will be on parental leave from April to September 2026. To maintain continuity of the "
                 "Company's representation, the Company requests that the following individual join the Governance "
                 "committee as a voting member with effect from 1 April 2026:",
                 ("table", [["Name", "Title", "Committee role"],
                            ["Jason Whitley", "Territory Manager – Harrowdale", "Voting member; Company deputy lead"]]),
                 "Mr Whitley will attend committee meetings, review the monthly dashboard and act as the Company's point "
                 "of contact for clinic scheduling during this period."]),
             ("Rationale", [
                 "Mr Whitley is based locally and already knows the participating practices, which the Company believes "
                 "will help the committee keep to schedule. The Company notes that committee papers include the aggregated "
                 "monthly performance dashboard."]),
             ("Impact on timeline", ["None. All milestones remain as set out in the Program plan."]),
             ("Impact on budget", ["None. The Company's funding in the amount of £90,000 is unchanged."]),
             ("Impact on logistics", [
                 "The committee distribution list will be updated. Mr Whitley will be given access to the shared project "
                 "workspace for the duration of the cover period."]),
             ("Committee membership after the change", [("table", [
                 ["Name", "Organisation", "Role"],
                 ["Dr Priya Nandakumar", "{nhs}", "Chair"],
                 ["Mr Declan Quinn", "{nhs}", "Medicines optimisation pharmacist"],
                 ["Jason Whitley", "{co}", "Territory Manager – voting member (cover)"],
                 ["Daniel Frew", "{co}", "Medical Adviser"]])]),
             ("Program background", [
                 "The Program, a collaboration between {nhs} and {co}, supports nurse-led heart failure optimisation clinics "
                 "across the ICB area. It started in January 2026 after publication of the executive summary. CR-01 (March "
                 "2026) corrected the meeting schedule only."]),
             ("Change history", [("table", [["CR", "Change", "Status"], ["CR-01", "Committee meets every six weeks instead of monthly", "Approved"],
                                            ["CR-02", "Committee membership cover (this request)", "Submitted"]])]),
             ("Approvals", [_approvals]),
         ]),
    dict(fn="KV PCN asthma programme - amendment 2 (budget).docx", type="amendment", voice="pcn", topic="resp",
         co="bright", nhs="kestrel",
         ov={"promotional-language": dict(o="fail", at="custom", b=None)},
         title="Amendment 2 – budget change",
         sub="Kestrel Valley asthma review programme | Kestrel Valley Health Federation CIC and Brightmoor Health UK Ltd | Submitted 14 April 2026",
         note="promotional-language=fail: the rationale for extra funding is to 'support pull-through of Respiquin® "
              "following its formulary listing' and to prioritise patients suitable for it.",
         sections=[
             ("Project leads", [("bullets", ["Federation: Dr Tom Ackroyd, PCN Clinical Director",
                                             "Federation: Ms Orla Devlin, lead clinical pharmacist (ARRS)",
                                             "Brightmoor: Hannah Lindqvist, Partnerships Lead"])]),
             ("What is changing", [("bullets", [
                 "Extra £12,000 from Brightmoor to extend the respiratory nurse from 0.6 to 0.8 WTE for 9 months.",
                 "Federation adds 2 extra evening clinics a month at Mill Lane (rooms and reception cover in-kind).",
                 "No change to end date (March 2027)."])]),
             ("Why", [
                 "Review numbers are behind plan (212 done vs 300 planned at month 6). Now that Respiquin® is on the ICB "
                 "formulary, the extra nurse time will also support pull-through of Respiquin® and the nurse will "
                 "prioritise patients who may be suitable for it."]),
             ("Impact", [("table", [["Area", "Impact"],
                                    ["Timeline", "None – end date unchanged"],
                                    ["Logistics", "Two extra evening sessions; rota updated by the Federation"],
                                    ["Finance", "Brightmoor total rises from £45,000 to £57,000; Federation in-kind up by about £3,000"],
                                    ["Published summary", "Financial section to be updated and re-certified"]])]),
             ("Reviews so far (aggregate)", [("table", [["Month", "Reviews done", "Action plans issued"],
                                                        ["1-2", "41", "33"], ["3-4", "77", "61"], ["5-6", "94", "80"]])]),
             ("Risks", [("bullets", ["Nurse may not want extra hours – fallback is locum cover via the Federation.",
                                     "Evening clinic DNA rate may be higher – text reminders the day before."])]),
             ("Background", [
                 "Joint programme between Kestrel Valley Health Federation CIC (on behalf of its 7 member practices) and "
                 "Brightmoor Health UK Ltd. Structured asthma reviews with inhaler technique checks for people who needed "
                 "2+ oral steroid courses last year. Amendment 1 (Jan 2026) moved the start by 6 weeks."]),
             ("Change log", [("table", [["No.", "Change", "Status"], ["1", "Start moved 6 weeks", "Approved Jan 2026"],
                                        ["2", "Budget increase (this form)", "Submitted"]])]),
             ("PCN board discussion (March 2026)", [("bullets", [
                 "Board agreed the review backlog is real: 3 practices lost nurse hours over winter.",
                 "Evening clinics popular in the patient survey (41 of 58 respondents preferred after 5pm).",
                 "Finance lead asked for the in-kind value of rooms and reception cover to be written down - done above.",
                 "Board asked that the amendment goes to the steering group before any extra hours start.",
                 "Next review of progress at month 9 steering group."])]),
             ("Who gets a copy", [("bullets", ["PCN board", "Federation finance lead", "Brightmoor compliance"])]),
             ("Sign-off", [_approvals]),
         ]),
]

UNKNOWN = [
    dict(fn="Notes - informal catch-up re respiratory project idea 04-11-2025.pdf", type="unknown", voice="pcn",
         topic="resp", co="corvane", nhs="kestrel",
         ov={"sales-roles": dict(o="warn", at="custom", b=None)},
         title="Notes of informal catch-up – possible respiratory project",
         sub="4 November 2025, Mill Lane Surgery meeting room. Not a project document; notes for the practice team only.",
         note="unknown type (meeting notes). sales-roles=warn: the company's Primary Care Account Manager is named only as "
              "the contact for sending a copy of the ABPI guidance; not part of any team. Neutral mention of inhaled "
              "therapies passes promotional-language.",
         sections=[
             ("Present", [("bullets", ["Dr Tom Ackroyd (PCN Clinical Director)", "Ms Orla Devlin (clinical pharmacist)",
                                       "Nadia Karim (Corvane, NHS Partnerships Manager)"])]),
             ("Discussion", [
                 "Orla summarised the asthma audit: about half of patients had no review last year and reliever use is high "
                 "in three practices. Tom said the practices do not have the nurse time to fix this on their own and the "
                 "PCN board would want any partnership to be product-neutral.",
                 "Nadia explained how collaborative working works under the ABPI Code: both sides must put in significant "
                 "resources, there is a written agreement and a public summary before anything starts, and the company "
                 "cannot be involved in choosing treatments. Inhaled therapies would be chosen by clinicians in line with "
                 "national asthma guidance and the local formulary.",
                 "The group talked about possible measures: reviews completed, reliever over-use, steroid courses. Orla "
                 "will check what the practices can search for without extra work.",
                 "Tom asked how this would differ from a sponsored service. Nadia said that with collaborative working the "
                 "practices would need to commit their own staff time and rooms, and the project would be jointly run by a "
                 "group with members from both sides; nobody from the company would see patient records.",
                 "Orla raised a worry about workload: the nurses already run flu clinics until December, so any project "
                 "would not realistically start before spring. Everyone agreed not to rush.",
                 "Tom mentioned that another PCN in the county ran something similar two years ago and he would ask their "
                 "clinical director what went well and what did not, especially around recall letters and evening clinics.",
                 "No decision was made. Tom will take the idea to the PCN board in December."]),
             ("Actions", [("table", [["Action", "Who", "By"],
                                     ["Share audit summary (aggregate only) with the board", "Orla Devlin", "20 Nov"],
                                     ["Send ABPI collaborative working guidance and example summaries", "Corvane", "14 Nov"],
                                     ["Put item on PCN board agenda", "Tom Ackroyd", "1 Dec"]])]),
             ("Contacts", [
                 "Nadia Karim will be the Corvane lead if the idea goes ahead. For the printed copy of the guidance, the "
                 "practice can contact Ben Harland, Primary Care Account Manager at Corvane, who covers this area and will "
                 "drop it at reception."]),
             ("Background reading", [("bullets", [
                 "ABPI Code of Practice – Clause 20 (collaborative working).",
                 "NHS Confederation and ABPI guide to NHS–industry partnerships (2024).",
                 "Local asthma guideline and formulary chapter on inhaled therapies."])]),
             ("Next meeting", ["Only if the PCN board agrees in December. If it does not, no further action."]),
         ]),
]
