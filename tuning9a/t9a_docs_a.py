"""tuning9a: PIDs and agreements (all names invented)."""

FED = "Kestrel Vale Health Federation CIC"
BIO = "Tarnwell Biosciences Ltd"
ALL = "North Ashby Primary Care Alliance Ltd"
OSK = "Oskelby Pharma UK Ltd"


def pids():
    d = []
    d.append(dict(
        file="t9a_pid01_af_detection.docx", type="pid", fmt="docx",
        header="Kestrel Vale Health Federation CIC | PID | OFFICIAL", footer="PID v1.3 - 12 Feb 2025",
        title="Project Initiation Document: Finding undiagnosed AF in the over-65s",
        subtitle="Collaborative working project - Kestrel Vale Health Federation CIC and Tarnwell Biosciences Ltd",
        blocks=[
            ("t", [["Item", "Detail"], ["Project lead (Federation)", "Sian Okafor, Operations Manager"],
                   ["Company lead", "Dr Mateo Renwick, Partnerships Lead, Tarnwell Biosciences Ltd"],
                   ["Start / end", "1 April 2025 - 31 March 2026"], ["Version", "1.3 (approved at Board 10 Feb)"]]),
            ("h", "1. Why we're doing this"),
            ("p", "Across our 14 practices the recorded AF prevalence is 1.6% against an expected 2.5%. "
                  "That gap is roughly 1,100 people who don't know they have AF and aren't protected against stroke."),
            ("h", "2. Who benefits and how"),
            ("t", [["Group", "What changes for them"],
                   ["Patients aged 65+", "Pulse checks and a handheld ECG at their flu or long-term condition review; "
                    "anyone with a positive trace is seen by a practice clinician within 2 weeks"],
                   ["Carers and families", "Fewer strokes means fewer people needing long-term care at home"],
                   ["Practices", "Clear protocol, searches and templates; QOF AF register more complete"],
                   ["Tarnwell Biosciences", "Better understanding of how primary care case-finding works in practice"]]),
            ("h", "3. What we'll measure"),
            ("t", [["Measure", "Baseline", "Target", "Source / when"],
                   ["Recorded AF prevalence (65+)", "1.6% (Jan 2025)", "2.1% by 31 Mar 2026", "EMIS search, quarterly"],
                   ["Positive screens reviewed within 14 days", "n/a (new)", "90%", "Project log, monthly"],
                   ["People with new AF offered anticoagulation review", "-", "95%", "Audit at month 12"]]),
            ("h", "4. Who puts in what"),
            ("b", ["Federation: 0.4 WTE band 6 nurse, project management (approx. 2 days/month), practice searches",
                   "Tarnwell: GBP 38,000 towards 60 handheld ECG devices and nurse backfill, plus a health "
                   "economist for 10 days to help with the evaluation",
                   "Neither party charges the other for management time"]),
            ("h", "5. Data and IG"),
            ("p", "The Federation (and each practice for its own records) remains data controller. A DPIA has been "
                  "signed off by our DPO. Tarnwell only ever receives aggregated, anonymised counts - never "
                  "anything that could identify a patient. Processing follows UK GDPR and the Data Protection Act 2018."),
            ("h", "6. Keeping things confidential"),
            ("p", "Patient information stays within the practices. Project papers and any commercial information "
                  "shared by either side are treated as confidential and not passed on without written agreement."),
            ("h", "7. Governance"),
            ("p", "Monthly steering group: Federation clinical lead (chair), ops manager, two practice nurses, "
                  "Tarnwell partnerships lead and medical adviser. Tarnwell's commercial team is not involved in "
                  "any part of the project."),
            ("h", "8. Ending the project"),
            ("p", "Either side can end the project with 90 days' written notice. If that happens, patients already "
                  "flagged complete their follow-up through normal practice care, devices stay with the practices, "
                  "and the nurse post returns to the Federation's core establishment. At the planned end the "
                  "case-finding step is built into the standard LTC review template."),
            ("h", "9. Publishing"),
            ("p", "The executive summary goes on both websites before we start; an outcomes summary follows within "
                  "six months of the end. Tarnwell will declare the transfer of value on Disclosure UK."),
            ("p", "Signed: S. Okafor (Kestrel Vale Health Federation CIC)    M. Renwick (Tarnwell Biosciences Ltd)"),
        ],
        labels={}, notes="All rules met. Patient benefit in a table (patients, carers); KPIs with baselines, targets, sources.",
        keys=["roughly 1,100 people who don't know they have AF", "aggregated, anonymised counts",
              "90 days' written notice"]))

    d.append(dict(
        file="t9a_pid02_backoffice_coding.pdf", type="pid", fmt="pdf", layout="twocol",
        header="North Ashby Primary Care Alliance Ltd - Project Initiation", footer="Draft 0.4 | not yet approved",
        title="PID - Practice coding clean-up (Phase 1)",
        subtitle="North Ashby Primary Care Alliance Ltd with Oskelby Pharma UK Ltd",
        blocks=[
            ("h", "Background"),
            ("p", "Practices have told us their respiratory coding is a mess - duplicate codes, old spirometry "
                  "entries, inactive registers. Phase 1 is a back-office tidy-up by our data quality team."),
            ("h", "Scope"),
            ("b", ["Run standard searches in all 9 practices", "Data quality facilitator corrects codes with practice staff",
                   "Produce a practice-level data quality report"]),
            ("h", "Benefits"),
            ("t", [["Who", "Benefit"], ["Practices", "Cleaner registers, less admin time at year end"],
                   ["Alliance", "Better data for planning"], ["Oskelby", "Learning about data quality work in primary care"],
                   ["Patients", "N/A - this phase is back-office only"]]),
            ("h", "Objectives and outcomes"),
            ("p", "The aim is to improve coding quality across the Alliance. Outcomes will be monitored by the "
                  "steering group and reported to the Alliance board in due course."),
            ("h", "Resources"),
            ("t", [["Party", "Contribution"], ["Alliance", "Data quality facilitator 0.6 WTE for 6 months; IT support"],
                   ["Oskelby Pharma UK Ltd", "GBP 21,500 to fund the facilitator post; project support from "
                    "the Oskelby partnerships manager (1 day/month)"]]),
            ("h", "Information governance"),
            ("p", "Work is done on practice systems by Alliance staff under the existing data sharing agreement. "
                  "The Alliance is data controller for its reports, which contain only practice-level counts. "
                  "Oskelby has no access to clinical systems or any patient-level data. UK GDPR applies."),
            ("h", "Confidentiality"),
            ("p", "Both organisations keep each other's project and commercial information confidential; "
                  "clinical records are never shared."),
            ("h", "Team"),
            ("p", "Alliance ops manager (lead), data quality facilitator, a GP clinical adviser and the Oskelby "
                  "partnerships manager. No Oskelby sales staff are involved."),
            ("h", "After Phase 1"),
            ("p", "When Phase 1 finishes the parties will get together and discuss next steps."),
            ("h", "Transparency"),
            ("p", "Executive summary to be published on the Alliance website before go-live; Oskelby will "
                  "disclose the payment via Disclosure UK and publish an outcomes summary within 6 months."),
        ],
        labels={"patient-benefit": "fail", "measurable-outcomes": "warn", "exit-strategy": "fail"},
        notes="patient-benefit fail: benefits table says 'Patients: N/A', only practices/Alliance/company benefit. "
              "measurable-outcomes warn: qualitative aim, 'outcomes will be monitored'. exit-strategy fail: only "
              "'discuss next steps'.",
        keys=["N/A - this phase is back-office only", "get together and discuss next steps"]))

    d.append(dict(
        file="t9a_pid03_copd_dashboard.docx", type="pid", fmt="docx",
        header="Kestrel Vale Health Federation CIC", footer="COPD dashboard PID - v2.0 - OFFICIAL-SENSITIVE",
        title="COPD Review Dashboard - Project Initiation",
        subtitle="Partner: Tarnwell Biosciences Ltd. Prepared by the Federation operations team.",
        blocks=[
            ("h", "In plain English"),
            ("p", "People with COPD in Kestrel Vale often go more than a year without a proper review. This project "
                  "gets them a review sooner, with an inhaler technique check and a written self-management plan, "
                  "so they have fewer flare-ups and fewer trips to A&E."),
            ("h", "Project aims"),
            ("n", ["Raise the proportion of people with COPD reviewed in the last 12 months from 61% (Dec 2024) to 80% by Dec 2025",
                   "Cut COPD emergency admissions for our registered population from 212 (2023/24) to under 180 in 2025/26 (SUS data)",
                   "Every reviewed patient to leave with a self-management plan (target 95%, template audit at 6 and 12 months)"]),
            ("h", "How the dashboard works"),
            ("p", "Each Friday the practice search extract - NHS number, date of birth, postcode, last review date and "
                  "exacerbation history - is uploaded to Tarnwell's secure analytics portal. Tarnwell's data team "
                  "link and refresh the dashboard and send each practice a list of patients to call in."),
            ("h", "Contributions"),
            ("t", [["", "Federation", "Tarnwell"],
                   ["People", "Respiratory nurse lead 2 sessions/week; practice admin time for recalls", "Data analyst 0.2 WTE; medical adviser"],
                   ["Money", "-", "GBP 16,000 for nurse sessions"],
                   ["Other", "Clinical room space, searches", "Dashboard build and hosting"]]),
            ("h", "Confidentiality"),
            ("p", "Project documents are confidential to the two parties. Staff sign the Federation's confidentiality code."),
            ("h", "Steering group"),
            ("p", "Chair: Federation clinical director. Members: respiratory nurse lead, ops manager, Tarnwell partnerships lead, Tarnwell data analyst."),
            ("h", "Stopping or finishing"),
            ("p", "Three months' notice by either party. Recall lists already issued are completed by practices as business as usual; "
                  "the nurse sessions fold back into the Federation's core respiratory service from April 2026."),
            ("h", "Openness"),
            ("p", "Summary published on the Federation website before launch; outcomes published within six months of close. "
                  "Payments disclosed on Disclosure UK."),
        ],
        labels={"data-protection": "fail"},
        notes="data-protection fail: weekly patient-level extract with NHS number, DOB, postcode uploaded to the company's "
              "portal and processed by company staff (company gets identifiable data); no controller/DPIA stated.",
        keys=["NHS number, date of birth, postcode", "Tarnwell's secure analytics portal", "from 61% (Dec 2024) to 80%"]))

    d.append(dict(
        file="t9a_pid04_asthma_young_people.pdf", type="pid", fmt="pdf", layout="ruled",
        header="NHS Ellendale and Rusk ICB | Project Initiation Document", footer="OFFICIAL | v1.0 | March 2025",
        title="Asthma in Young People (12-18) - Project Initiation Document",
        subtitle="Joint working: NHS Ellendale and Rusk Integrated Care Board and Oskelby Pharma UK Ltd",
        blocks=[
            ("t", [["Section", "Content"],
                   ["Purpose", "School-nurse-linked asthma reviews for 12-18 year olds registered with ICB practices"],
                   ["Expected outcomes for patients", "Young people understand their asthma, use their inhaler properly and miss fewer "
                    "school days; parents know what to do in an attack"],
                   ["Expected outcomes for the NHS", "Fewer out-of-hours and A&E attendances for asthma in this age group"],
                   ["Expected outcomes for Oskelby", "Insight into delivering care for young people outside clinic settings"],
                   ["Measures / KPIs", "To be agreed at the first steering group meeting"],
                   ["Start", "June 2025 (12 months)"]]),
            ("h", "Contributions"),
            ("t", [["Party", "Provides"], ["ICB", "Programme manager 0.2 WTE; school nurse liaison; room bookings"],
                   ["Oskelby Pharma UK Ltd", "GBP 44,000 for 2 asthma nurse sessions/week; training materials (non-promotional)"]]),
            ("h", "Project team and steering group"),
            ("t", [["Name", "Role"], ["Helen Marsh", "Head of Children's Commissioning, ICB (chair)"],
                   ["Dr Ravi Dhanda", "GP clinical lead"], ["Callum Pryor", "Key Account Manager (Respiratory), Oskelby"],
                   ["Anna Levitt", "Medical Science Liaison, Oskelby"]]),
            ("h", "Data protection"),
            ("p", "The ICB and practices remain controllers. A DPIA will be completed before launch. Oskelby receives "
                  "anonymised, aggregate figures only (minimum cell size 10)."),
            ("h", "Confidentiality"),
            ("p", "All patient information is confidential to the NHS. Project information is confidential between the parties."),
            ("h", "Exit"),
            ("p", "Either party may terminate on 60 days' notice. Nurse sessions transfer to the ICB's children's asthma "
                  "service; young people mid-pathway keep their booked reviews."),
            ("h", "Publication"),
            ("p", "Executive summary on the ICB website before the start. Outcomes published within 6 months of completion; "
                  "Oskelby discloses on Disclosure UK."),
        ],
        labels={"measurable-outcomes": "fail", "sales-roles": "fail"},
        notes="measurable-outcomes fail: 'Measures / KPIs: To be agreed at the first steering group meeting' (placeholder). "
              "sales-roles fail: Key Account Manager on the steering group.",
        keys=["To be agreed at the first steering group meeting", "Key Account Manager (Respiratory), Oskelby"]))
    return d


def pids_more():
    d = []
    d.append(dict(
        file="t9a_pid05_dementia_carers.docx", type="pid", fmt="docx",
        header="Pellham Borough Council Adult Social Care | Project Initiation Document", footer="Rev B - 3 March 2025",
        title="Dementia Carers Support Hub - PID",
        subtitle="Collaborative working between Pellham Borough Council, Wyvernmoor NHS Foundation Trust and Merridew Life Sciences Ltd",
        blocks=[
            ("h", "Objectives"),
            ("b", ["Give carers of people with dementia a named support worker within 10 working days of referral "
                   "(currently 6-8 weeks) by 30 September 2025",
                   "Run 8 carer skills sessions a quarter; at least 70% of attendees rate the session useful (feedback forms)",
                   "Reduce crisis respite admissions for people with dementia from 46 (2024) to 35 in the first project year "
                   "(council care records)"]),
            ("h", "Benefits"),
            ("p", "For people with dementia and the family members who look after them: quicker support, less carer "
                  "burnout and fewer emergency moves into respite. For the Council and Trust: fewer crisis placements and "
                  "re-referrals. For Merridew: understanding of community dementia pathways."),
            ("h", "Who contributes what"),
            ("t", [["Organisation", "Contribution"],
                   ["Pellham Borough Council", "Hub venue, 1 FTE support worker, project manager (0.2)"],
                   ["Wyvernmoor NHS Foundation Trust", "Memory service nurse 1 day/week, referral pathway"],
                   ["Merridew Life Sciences Ltd", "GBP 29,000 towards a second support worker; evaluation support from its outcomes research team"]]),
            ("h", "Data"),
            ("p", "All data handling will be GDPR compliant."),
            ("h", "Confidentiality"),
            ("p", "Confidentiality: standard terms."),
            ("h", "Governance"),
            ("p", "Steering group chaired by the Council's Head of Commissioning; Trust memory service manager; Merridew "
                  "partnerships lead. Merridew's sales and marketing staff have no role."),
            ("h", "Exit arrangements"),
            ("p", "Six months before the end the steering group decides whether the Council mainstreams the second "
                  "worker post. If Merridew withdraws early (60 days' notice), carers already allocated keep their "
                  "support worker until their plan is reviewed."),
            ("h", "Transparency"),
            ("p", "We will publish an executive summary before starting and a summary of outcomes within six months of "
                  "finishing, on the Council and Merridew websites."),
        ],
        labels={"data-protection": "warn", "confidentiality": "warn"},
        notes="data-protection warn: only a bare 'GDPR compliant' statement. confidentiality warn: bare 'standard terms'. "
              "Patient benefit stated for people with dementia and carers.",
        keys=["All data handling will be GDPR compliant.", "Confidentiality: standard terms."]))

    d.append(dict(
        file="t9a_pid06_care_home_meds.pdf", type="pid", fmt="pdf", layout="plain", grid=True,
        header="Wyvernmoor NHS Foundation Trust - Care Home Medicines Project", footer="OFFICIAL | PID v1.1 | Owner: Medicines Optimisation",
        title="Structured Medication Reviews in Care Homes - Project Initiation Document",
        subtitle="Joint working: Wyvernmoor NHS Foundation Trust and Fenwold Therapeutics Ltd",
        blocks=[
            ("h", "1 Summary"),
            ("p", "Pharmacist-led structured medication reviews for residents of 22 care homes in the Wyvernmoor area."),
            ("h", "2 Expected impact"),
            ("p", "Residents should be on fewer unnecessary medicines, with fewer falls and hospital admissions linked to "
                  "their medicines. Relatives will be invited to each review so they understand any changes. Care home "
                  "staff spend less time on medicine rounds. Fenwold gains insight into how medicines reviews run in "
                  "care homes; it gets no say over which medicines are prescribed."),
            ("h", "3 Measures"),
            ("t", [["KPI", "Baseline (source)", "Target by 31 Jan 2026"],
                   ["Residents with an SMR in last 12 months", "38% (care home MDS, Nov 2024)", "85%"],
                   ["Average number of regular medicines per resident", "9.4 (pharmacy audit)", "8.0"],
                   ["Falls per 1,000 occupied bed days", "7.1 (care home incident logs)", "6.0"],
                   ["Medicines-related emergency admissions", "31 in 2024 (SUS)", "20 or fewer"]]),
            ("h", "4 Resources"),
            ("t", [["", "Trust", "Fenwold"],
                   ["Staff", "2 x band 7 pharmacists (0.5 WTE each), pharmacy technician", "None"],
                   ["Funding", "Overheads and supervision", "GBP 52,000 (pharmacist time)"],
                   ["Other", "Access to care home records under existing agreements", "Independent evaluation partner costs"]]),
            ("h", "5 Data protection and confidentiality"),
            ("p", "No patient-identifiable data will leave the Trust. The Trust is data controller and has completed a "
                  "DPIA. Fenwold sees only aggregated results. All patient and project information is held in confidence "
                  "in line with the Trust's policies and the NHS confidentiality code of practice."),
            ("h", "6 Governance"),
            ("p", "Project board: Chief Pharmacist (chair), care home lead nurse, Fenwold medical affairs manager. "
                  "No Fenwold representative from sales or marketing will be involved."),
            ("h", "7 Termination and exit"),
            ("p", "Either party may end the project on 90 days' notice. Residents mid-review will be completed by the "
                  "Trust's care home pharmacy team, which absorbs the work as business as usual after January 2026."),
            ("h", "8 Publication"),
            ("p", "The joint executive summary will be published before the project starts. Results will be published "
                  "within six months and Fenwold will record the funding on Disclosure UK."),
        ],
        labels={}, notes="All rules met. Patient benefit in 'Expected impact' paragraph (residents, relatives).",
        keys=["No patient-identifiable data will leave the Trust.", "Relatives will be invited to each review"]))
    return d
