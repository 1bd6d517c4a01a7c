"""tuning10a documents 01-08."""
from tuning10a_common import doc


def d01():
    b = [
        ("title", "Heart Failure Medicines Optimisation Clinic"),
        ("subtitle", "Project Initiation Document – Collaborative Working between Northmoor Valley NHS "
                     "Foundation Trust and Calverley Therapeutics UK Ltd"),
        ("kv", [("Document owner", "Rhiannon Castell, Lead Pharmacist – Cardiology"),
                ("Version", "1.3 (approved)"), ("Date", "3 March 2025"),
                ("Calverley approval code", "CAL-UK-CW-0412 | Date of preparation: February 2025")]),
        ("pb",),
        ("h1", "1. Why this project"),
        ("p", "Around 2,300 adults on the Trust's heart failure register have reduced ejection fraction. "
              "A snapshot audit in October 2024 showed that fewer than four in ten were on all the "
              "medicine classes recommended by NICE NG106 at optimal doses, and that a first review after "
              "discharge currently takes around ten weeks to arrange."),
        ("h1", "2. What we are trying to achieve"),
        ("bullets", ["Run a pharmacist- and nurse-led titration clinic three days a week for 12 months.",
                     "Bring forward the first post-discharge medicines review.",
                     "Give patients a named clinician to ring between appointments."]),
        ("h2", "2.1 Who gains, and how"),
        ("table", [["Group", "What we expect"],
                   ["People living with heart failure", "Patients should wait about four weeks for a first "
                    "review instead of ten, have their doses adjusted sooner and spend fewer nights in "
                    "hospital because of worsening symptoms."],
                   ["Northmoor Valley NHS FT", "Fewer readmissions, a tested clinic model and a business case "
                    "for permanent funding."],
                   ["Calverley Therapeutics UK Ltd", "Learning about how titration services are set up, "
                    "shared with other NHS partners; reputation as a responsible partner."]]),
        ("h1", "3. Partners and leads"),
        ("table", [["Organisation", "Registered address", "Accountable lead"],
                   ["Northmoor Valley NHS Foundation Trust", "Valley Road, Northmoor NM4 7QT",
                    "Dr Owen Laidlaw, Consultant Cardiologist, owen.laidlaw@nhs.net"],
                   ["Calverley Therapeutics UK Ltd (company no. 04417720)", "2 Mill Yard, Leeds LS9 1DD",
                    "Hannah Moreby, Head of NHS Partnerships, hannah.moreby@calverley.example"]]),
        ("p", "Calverley's project team is drawn from Medical Affairs and NHS Partnerships. Nobody from the "
              "company's field force or commercial teams has a role in the project or sits on the board."),
        ("h1", "4. What each partner puts in"),
        ("bullets", ["Calverley will second 0.4 WTE of a heart failure nurse specialist to the Trust for "
                     "12 months (value approx. £26,000). The nurse works under Trust clinical governance "
                     "and line management throughout the secondment.",
                     "Calverley will also pay £18,500 towards clinic software licences and evaluation, "
                     "invoiced by the Trust in two instalments.",
                     "The Trust provides 0.6 WTE Band 8a pharmacist time, two consultant PAs a week for "
                     "supervision, clinic rooms at Valley Road and BI analyst support – together about "
                     "£61,000 over the year."]),
        ("h1", "5. How we will know it worked"),
        ("table", [["Measure", "Starting point", "Aim by month 12", "Source"],
                   ["Median days from discharge to first review", "70 days (Oct 2024)", "28 days",
                    "Clinic booking system"],
                   ["Patients on all four recommended classes", "38%", "60%", "Trust HF register"],
                   ["HF readmissions within 90 days", "17%", "13%", "Trust BI, quarterly"]]),
        ("h1", "6. Keeping information safe"),
        ("p", "All patient information stays inside the Trust. The Trust is controller for everything the "
              "clinic records; a DPIA was signed off by the Caldicott Guardian on 20 February 2025 and "
              "processing relies on the Trust's public task and direct care duties under UK GDPR. "
              "Calverley sees quarterly counts only, with any cell under five suppressed."),
        ("p", "Both partners treat project papers, costings and each other's business information as "
              "confidential and use them only for this project, subject to the Trust's duties under the "
              "Freedom of Information Act 2000."),
        ("h1", "7. Ending the project"),
        ("p", "In month 9 the steering group will recommend whether the clinic becomes part of the "
              "cardiology establishment. If it does not, patients still being titrated are handed back to "
              "their GP with a written plan, and the seconded nurse returns to Calverley at month 12. "
              "Either partner can withdraw on three months' written notice; the same handover applies."),
        ("h1", "8. Openness"),
        ("p", "A summary of this arrangement goes on Calverley's website before the first clinic, and both "
              "organisations will post the results within six months of the end date. Calverley's "
              "contribution will be declared on Disclosure UK."),
        ("h1", "9. Timeline"),
        ("p", "Start: Q2 2025 (April). Finish: Q1 2026 (March). Steering group meets monthly, chaired by "
              "the Trust."),
    ]
    opts = {"header": "OFFICIAL | NVFT-CAL HF Clinic PID v1.3", "footer": "Northmoor Valley NHS FT",
            "accent": "7B2C3B"}
    return doc(1, "pid_hf_titration", "pid", "docx", b, opts,
               notes="Fully compliant. Unusual but valid phrasing: patient benefit as 'about four weeks "
                     "instead of ten'; company contribution as a 0.4 WTE nurse secondment.")


def d02():
    b = [
        ("title", "COLLABORATIVE WORKING AGREEMENT"),
        ("subtitle", "Community COPD Review and Rescue-Pack Service"),
        ("p", "THIS AGREEMENT is dated 28 April 2025 and is made BETWEEN:"),
        ("numbered", ["NHS Fenwick and Arden Integrated Care Board, of Carr House, 12 Quayside, "
                      "Fenwick FA1 2JP (the 'ICB'); and",
                      "Haldane Biopharma Ltd, a company registered in England and Wales (no. 08812345) "
                      "whose registered office is at 40 Riverside Court, Reading RG1 8NN ('Haldane')."]),
        ("h1", "1. Background and purpose"),
        ("p", "1.1 The ICB has identified high rates of unplanned COPD admissions in three neighbourhoods. "
              "The parties will jointly run a 15-month service in which practice-based respiratory nurses "
              "review people with COPD, check inhaler technique and agree a personal self-management plan."),
        ("p", "1.2 The parties expect patients to have fewer exacerbations needing hospital care, better "
              "inhaler technique and a written plan they understand. The ICB expects fewer admissions; "
              "Haldane expects to learn how community respiratory reviews can be organised."),
        ("h1", "2. Term"),
        ("p", "2.1 This Agreement starts on 1 June 2025 and ends on 31 August 2026 unless ended earlier under "
              "clause 11."),
        ("h1", "3. Contributions"),
        ("p", "3.1 Haldane will pay the ICB £72,000 in three equal instalments (June 2025, November 2025, "
              "April 2026) against invoices, to fund 0.8 WTE respiratory nurse time and evaluation."),
        ("p", "3.2 The ICB will contribute resources in kind, the nature and value of which will be agreed by "
              "the Steering Group at its first meeting."),
        ("h1", "4. Governance"),
        ("p", "4.1 A Steering Group with the ICB Head of Medicines Optimisation (chair), two practice nurse "
              "leads and Haldane's Medical Affairs Manager will meet monthly. No Haldane sales staff will "
              "take part."),
        ("h1", "5. Measuring success"),
        ("table", [["Indicator", "Baseline (2024)", "Target (Aug 2026)", "Data source"],
                   ["COPD admissions per 1,000 COPD patients", "96", "80", "ICB SUS extract"],
                   ["Patients with a written self-management plan", "31%", "70%", "Practice audit"],
                   ["Correct inhaler technique at review", "44%", "75%", "Nurse review template"]]),
        ("h1", "6. Data protection"),
        ("p", "6.1 Case-finding searches are run within each practice clinical system by practice staff. "
              "A DPIA for the searches has been completed by the ICB and each practice remains controller "
              "for its records. Outcome reporting to the Steering Group will be aggregated."),
        ("p", "6.2 To allow clinic sessions to be scheduled, practices will send a weekly list of patients "
              "invited (name, NHS number, telephone number and preferred clinic) to the project "
              "coordinator employed by Haldane, who will book appointments and send reminders."),
        ("h1", "7. Confidentiality"),
        ("p", "7.1 Each party shall keep confidential all information of the other that is marked "
              "confidential or is by its nature confidential, and shall use it only for the Project. This "
              "does not prevent disclosure required by law, including under the Freedom of Information Act "
              "2000."),
        ("h1", "8. No inducement"),
        ("p", "8.1 Nothing in this Agreement is conditional on the prescription, supply or purchase of any "
              "Haldane medicine. Treatment decisions rest with the patient's clinician in line with the "
              "ICB formulary and NICE NG115."),
        ("h1", "9. Publication and disclosure"),
        ("p", "9.1 Haldane will publish a summary of this Agreement on its UK website before the service "
              "starts. Both parties will publish a report of outcomes within six months of the end of the "
              "term. Haldane will disclose the payments under clause 3 on Disclosure UK."),
        ("h1", "10. Disputes"),
        ("p", "10.1 Disputes are escalated to the ICB Chief Pharmacist and Haldane's UK Medical Director, "
              "then to mediation."),
        ("h1", "11. Termination and exit"),
        ("p", "11.1 Either party may terminate on 90 days' written notice, or immediately following a PMCPA "
              "ruling that the Project breaches the ABPI Code. On termination or expiry the nurses' "
              "caseload returns to the usual practice team, all patients keep their self-management plan, "
              "and unspent funds are returned to Haldane pro rata."),
        ("h1", "Signed for and on behalf of the parties"),
        ("sig", [("NHS Fenwick and Arden Integrated Care Board", "Gareth Penhaligon", "Chief Finance Officer"),
                 ("Haldane Biopharma Ltd", "Dr Sunita Varghese", "UK Medical Director")]),
    ]
    opts = {"header": "Haldane / NHS Fenwick and Arden ICB – CWA ref HB-CW-2025-03",
            "footer": "Commercial in confidence until publication of summary", "ruled": True}
    return doc(2, "agr_copd_rescue", "agreement", "pdf", b, opts,
               overrides={"resource-contributions": "fail", "data-protection": "fail"},
               notes="resource-contributions fail: only Haldane's contribution is stated; the ICB's is 'in kind', "
                     "nature and value to be agreed later (placeholder). data-protection fail: a DPIA covers the "
                     "searches but clause 6.2 sends identifiable patient lists (name, NHS number, phone) to a "
                     "Haldane-employed coordinator.")


def d03():
    b = [
        ("title", "Project Initiation Document"),
        ("subtitle", "Finding undiagnosed atrial fibrillation in over-65s: pulse-check clinics in "
                     "Harrowgate & Wyre practices"),
        ("kv", [("Partners", "Harrowgate & Wyre GP Federation Ltd; Osterley Pharma UK Ltd"),
                ("Project period", "July 2025 – June 2026"), ("Version / status", "0.9 – for board approval"),
                ("Osterley job code", "OST-CW-UK-0098, prepared May 2025")]),
        ("h1", "1. Background"),
        ("p", "An estimated 1,100 people in the federation's area have atrial fibrillation that has not been "
              "diagnosed. Untreated AF carries a fivefold increase in stroke risk, and many patients only "
              "come to light after an event. Opportunistic pulse checks are patchy, and practices report "
              "that handheld ECG devices sit unused because staff have not been trained."),
        ("h1", "2. Aims"),
        ("bullets", ["Train healthcare assistants in 14 practices to carry out pulse checks and single-lead ECG.",
                     "Hold Saturday pulse-check clinics in four hub practices.",
                     "Build a referral route to the federation's GP with a special interest in cardiology."]),
        ("h1", "3. Benefits"),
        ("table", [["For", "Benefit"],
                   ["Harrowgate & Wyre GP Federation Ltd", "Shows the federation can deliver at-scale "
                    "proactive care; supports QOF achievement and future ICB contracts."],
                   ["NHS Wyre Valley ICB", "Better data on AF prevalence to inform commissioning of the "
                    "cardiology pathway."],
                   ["Osterley Pharma UK Ltd", "Understanding of case-finding models in primary care."],
                   ["Patients", "See section 1."]]),
        ("h1", "4. Resources"),
        ("table", [["Partner", "Contribution", "Indicative value"],
                   ["Federation", "Project manager 0.5 WTE; HCA time for 40 clinics; hub premises; GPwSI "
                    "sessions", "£47,800"],
                   ["Osterley Pharma UK Ltd", "Funding for 20 handheld ECG devices and HCA training; "
                    "medical affairs input to the training package", "£39,000"]]),
        ("h1", "5. Team and governance"),
        ("p", "Project board: Federation Clinical Director (chair), Federation Operations Manager, Osterley "
              "Medical Science Liaison, Osterley Partnerships Lead. Monthly meetings; quarterly report to the "
              "ICB primary care group. No Osterley sales representatives are involved."),
        ("h1", "6. Monitoring"),
        ("p", "Progress will be tracked through the federation dashboard. We will look at the number of "
              "pulse checks carried out, new AF diagnoses and referrals, and the experience of practice "
              "staff. The board will review these regularly and report on progress."),
        ("h1", "7. Information governance"),
        ("p", "Searches and clinics run within each practice's own clinical system; each practice is data "
              "controller. A DPIA has been agreed with the federation's DPO. Osterley receives only "
              "aggregated, anonymised monthly totals and never sees patient records."),
        ("p", "Commercial and project information shared between the partners is confidential and used only "
              "for the project, subject to FOI obligations of the federation's NHS partners."),
        ("h1", "8. Exit"),
        ("p", "Devices become the property of the hub practices. At month 12 the federation will fold pulse "
              "checks into its enhanced-access rota; if the board ends the project early (either partner may "
              "do so on 60 days' notice), anyone found with suspected AF will already have been referred "
              "and stays under their practice."),
        ("h1", "9. Transparency"),
        ("p", "Osterley will publish an executive summary before the first clinic. Outcomes will be published "
              "by both partners within six months of completion and payments disclosed on Disclosure UK."),
    ]
    opts = {"header": "H&W Federation – AF pulse check PID", "footer": "v0.9 OFFICIAL",
            "columns": 2, "ruled": False, "pdf_accent": "#0B5A4A"}
    return doc(3, "pid_af_pulse", "pid", "pdf", b, opts,
               overrides={"patient-benefit": "fail", "measurable-outcomes": "warn"},
               notes="patient-benefit fail: benefits table states only federation/ICB/company gains; the patient "
                     "row just says 'See section 1', which is background (stroke risk of undiagnosed AF) and "
                     "states no benefit the project will bring. measurable-outcomes warn: measures named in "
                     "section 6 but no baseline, target, date or number.")


def d04():
    b = [
        ("title", "Joint Working Agreement"),
        ("subtitle", "Parkinson's Medicines Review Clinic – Eastholme"),
        ("p", "This Agreement is made on 9 June 2025"),
        ("h1", "Parties"),
        ("p", "(1) The Head of Pharmacy, Eastholme Community Health, Tennant Street, Eastholme EH2 4RB (the "
              "'Service Lead'); and"),
        ("p", "(2) Brightwater Life Sciences Ltd (company number 09931452), registered office 7 Canal Wharf, "
              "Manchester M1 5AE ('Brightwater')."),
        ("h1", "1. Purpose"),
        ("p", "1.1 The Service Lead and Brightwater will set up a specialist pharmacist clinic for people "
              "with Parkinson's disease taking five or more regular medicines. People with Parkinson's will "
              "have their medicines reviewed within eight weeks of referral (currently over six months), "
              "with fewer missed or mistimed doses and fewer falls linked to medicines."),
        ("h1", "2. Duration"),
        ("p", "2.1 From 1 July 2025 for 18 months."),
        ("h1", "3. Resources"),
        ("table", [["Party", "Resource", "Value"],
                   ["Service Lead", "Specialist pharmacist 0.5 WTE; clinic room two days a week; "
                                    "admin support 0.2 WTE", "£44,200"],
                   ["Brightwater", "Grant of funding for 0.3 WTE pharmacy technician; development of "
                                   "patient diaries; evaluation analyst (10 days)", "£36,500"]]),
        ("h1", "4. Outcome measures"),
        ("p", "4.1 The parties will measure (a) median wait from referral to review (baseline 27 weeks, "
              "target 8 weeks); (b) the proportion of reviewed patients with a timed-dose plan (target "
              "90%); (c) medicine-related falls reported in community incident data (baseline 31 in 2024, "
              "target fewer than 20 per year). Reporting is quarterly to the Joint Board."),
        ("h1", "5. Joint Board"),
        ("p", "5.1 The Service Lead (chair), the Parkinson's nurse lead and Brightwater's Medical Affairs "
              "Lead. Brightwater's sales and marketing staff have no role."),
        ("h1", "6. Information"),
        ("p", "6.1 Clinic records remain within Eastholme Community Health's records system, which acts as "
              "controller. A DPIA was completed in May 2025. Brightwater receives anonymised, aggregated "
              "figures only. 6.2 Each party keeps the other's non-public information confidential, subject "
              "to the Freedom of Information Act 2000."),
        ("h1", "7. Publication"),
        ("p", "7.1 Brightwater publishes a summary on its website before the start; both parties publish "
              "outcomes within six months of the end. Brightwater discloses its contribution on "
              "Disclosure UK."),
        ("h1", "8. Ending the Agreement"),
        ("p", "8.1 Either party may end this Agreement on three months' notice. Patients already under "
              "review will complete their review and return to their GP with a copy of the plan; the "
              "technician post is funded to the notice date and then absorbed or ended by Eastholme."),
        ("h1", "9. No link to prescribing"),
        ("p", "9.1 Clinicians prescribe according to the local formulary and NICE NG71; nothing here depends "
              "on the use of any Brightwater product."),
        ("h1", "Signatures"),
        ("sig", [("Signed by the Service Lead", "Mr Tomasz Wren", "Head of Pharmacy"),
                 ("Signed for and on behalf of Brightwater Life Sciences Ltd", "Claire Ashdown",
                  "General Manager UK & Ireland")]),
    ]
    opts = {"header": "JWA – Parkinson's Medicines Review – FINAL", "footer": "Eastholme / Brightwater"}
    return doc(4, "agr_parkinsons", "agreement", "docx", b, opts,
               overrides={"legal-entities": "fail"},
               notes="legal-entities fail: the NHS-side party is a job title ('The Head of Pharmacy, Eastholme "
                     "Community Health', defined as 'the Service Lead') and the signature block is Mr Wren signing "
                     "as 'the Service Lead', not on behalf of an organisation. Everything else is compliant.")
