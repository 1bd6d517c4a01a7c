"""Executive summaries, concept frameworks and outcomes summaries."""


def docs():
    D = []
    # ---- executive summaries
    D.append(dict(
        name="Executive Summary - Ribble Valley Bronchiectasis Physio.docx", type="executive-summary", ov={}, es_data=True,
        notes="All pass. Mentions anonymised patient data so data-protection applies (pass). Resources: per-party narrative incl. staff time.",
        expect=["Executive Summary", "anonymised", "Kestrel Respiratory"],
        blocks=[
            ("title", "Executive Summary: Bronchiectasis Physiotherapy Outreach"),
            ("h", "Organisations"),
            ("p", "Ribble Valley Community Health NHS Trust and Kestrel Respiratory Ltd."),
            ("h", "Rationale"),
            ("p", "People with bronchiectasis often struggle with airway clearance and have repeated chest infections."),
            ("h", "Objectives and benefits"),
            ("p", "Patients will be taught airway-clearance techniques at home, with the aim of fewer infections and hospital stays and less time off work. The Trust gains a model for outreach physiotherapy; Kestrel gains insight into respiratory therapy services."),
            ("h", "Financial arrangements and roles"),
            ("p", "Kestrel Respiratory will fund a specialist physiotherapist (0.6 WTE, 12 months, £27,000). The Trust will supervise the physiotherapist, provide a consultant-led clinic once a month and supply the patient caseload."),
            ("h", "Period"),
            ("p", "April 2026 to March 2027."),
            ("h", "Data"),
            ("p", "Only anonymised, aggregated patient data will be shared with Kestrel; the Trust remains data controller under UK GDPR."),
            ("h", "Publication"),
            ("p", "This summary is published before the project begins; outcomes will be published within six months of completion."),
            ("h", "Contacts"),
            ("p", "Trust: Kate Morrell, Respiratory Therapy Lead. Kestrel: Fern Adeyemi, Medical Affairs Manager."),
        ]))
    D.append(dict(
        name="ES_Brackley_Menopause_Clinic.pdf", type="executive-summary", ov={"resource-contributions": "fail"}, es_data=False,
        notes="resource-contributions fail: company funding stated; 'NHS contribution: to be confirmed'. data-protection n/a (no mention of patient data/records/sharing).",
        expect=["to be confirmed", "Eastmoor Women's Health Ltd"],
        blocks=[
            ("title", "Summary of Collaborative Working Project: Menopause Advice Clinic"),
            ("h", "Partners"),
            ("p", "Brackley Primary Care Ltd (GP federation) and Eastmoor Women's Health Ltd."),
            ("h", "Background"),
            ("p", "Women in Brackley wait up to nine months for specialist menopause advice."),
            ("h", "Objectives"),
            ("p", "Offer a specialist GP appointment within 6 weeks, so that women get symptom relief sooner, need fewer repeat appointments and receive consistent advice."),
            ("h", "Financial arrangements"),
            ("t", [["Party", "Contribution"], ["Eastmoor Women's Health Ltd", "£22,000 for two GP sessions per week for 12 months"], ["Brackley Primary Care Ltd", "NHS contribution: to be confirmed"]]),
            ("h", "Duration"),
            ("p", "Q3 2026 to Q2 2027."),
            ("h", "Publication"),
            ("p", "Outcomes will be published by both partners within six months of completion."),
        ]))
    D.append(dict(
        name="Executive Summary - Kingsmere Psoriatic Arthritis Triage.docx", type="executive-summary", ov={"patient-benefit": "fail"}, es_data=False,
        notes="patient-benefit fail: benefits section covers only the Trust (clinic capacity, reduced follow-up costs) and the company; no benefit to patients. data-protection n/a.",
        expect=["Benefits to the Trust", "Benefits to Tilia Immunology"],
        blocks=[
            ("title", "Executive Summary"),
            ("p", "Project: Psoriatic Arthritis Joint Triage. Partners: Kingsmere Hospitals NHS Foundation Trust and Tilia Immunology Ltd."),
            ("h", "Rationale"),
            ("p", "Dermatology and rheumatology clinics at Kingsmere run separately, so consultant time and clinic rooms are used twice for the same caseload."),
            ("h", "Expected benefits"),
            ("b", ["Benefits to the Trust: 300 outpatient slots released per year and lower follow-up costs.",
                   "Benefits to Tilia Immunology: understanding of combined clinic models."]),
            ("h", "Contributions"),
            ("p", "The Trust provides a consultant rheumatologist (one session a week) and the clinic venue; Tilia Immunology funds a clinical nurse specialist at 0.4 WTE (£18,000)."),
            ("h", "Timescale and publication"),
            ("p", "September 2026 to August 2027. This summary is published on Tilia's website before the start and the results will be published after completion."),
        ]))
    D.append(dict(
        name="ES_Tarnbridge_Anaemia_Pathway.pdf", type="executive-summary", ov={"transparency": "fail"}, es_data=True,
        notes="transparency fail: only 'results may be published at the company's discretion'. Data-protection applies (mentions patient records) and passes: no identifiable data leaves the Trust, DPIA. Resources pass: 'The Trust will host / release'.",
        expect=["at the company's discretion", "will host"],
        blocks=[
            ("title", "Executive Summary - Pre-operative Anaemia Pathway"),
            ("h", "Partners"),
            ("p", "Tarnbridge and Wold NHS Foundation Trust; Corliss Haematology UK Ltd."),
            ("h", "Aim"),
            ("p", "Detect and treat anaemia before planned surgery so that patients recover faster, need fewer blood transfusions and have fewer cancelled operations."),
            ("h", "Roles and contributions"),
            ("p", "The Trust will host the pathway in its pre-operative assessment unit, release a pre-assessment nurse for two days a week and provide haematology advice. Corliss Haematology will fund a pathway coordinator for 12 months (£31,000)."),
            ("h", "Patient records"),
            ("p", "Patient records stay within the Trust. A DPIA has been completed and no identifiable data will leave the Trust; Corliss receives only aggregated figures."),
            ("h", "Period"),
            ("p", "January 2027 to December 2027."),
            ("h", "Publication"),
            ("p", "Results may be published at the company's discretion."),
        ]))

    # ---- concept frameworks
    D.append(dict(
        name="Concept Framework - Hollins Lung Cancer Fast Track.docx", type="concept-framework", ov={},
        notes="All pass. Budget impact table with column per partner incl. a university; patient benefit as earlier diagnosis.",
        expect=["Budgetary/resource impact", "University of Hollins", "Go"],
        blocks=[
            ("title", "Project Concept Framework: Lung Cancer Fast-Track Diagnosis"),
            ("h", "Partner organisations"),
            ("p", "Hollins Teaching Hospitals NHS Trust; Sable Oncology UK Ltd; University of Hollins."),
            ("h", "Purpose"),
            ("b", ["Too many lung cancers are diagnosed at stage 4.", "Time from abnormal chest X-ray to CT is 19 days."]),
            ("h", "Objectives"),
            ("p", "Patients: quicker diagnosis and earlier treatment, with same-day CT after an abnormal X-ray. NHS: fewer late-stage presentations. Sable Oncology: understanding of diagnostic pathways."),
            ("h", "Budgetary/resource impact"),
            ("t", [["Trust", "Sable Oncology UK Ltd", "University of Hollins"], ["Radiologist time, CT slots, navigator supervision (£25,000 in kind)", "£40,000 for a pathway navigator", "Evaluation by a PhD student, 1 day/week"]]),
            ("h", "Start and length"),
            ("p", "Q2 2026; 12 months."),
            ("h", "Decision"),
            ("p", "Go - both partners agreed to develop a PID."),
        ]))
    D.append(dict(
        name="CF_Farrowdale_Migraine_Service.pdf", type="concept-framework", ov={"resource-contributions": "fail"},
        notes="resource-contributions fail: the Trust's in-kind contribution is listed but the company's is 'TBC'.",
        expect=["TBC", "Farrowdale"],
        blocks=[
            ("title", "Concept Framework - Headache Nurse Service"),
            ("h", "Partners"),
            ("p", "Farrowdale Neurosciences NHS Foundation Trust and Pellow Neurology Ltd."),
            ("h", "Purpose"),
            ("p", "Headache referrals make up a quarter of neurology outpatient referrals, with waits of 40 weeks."),
            ("h", "Intended benefits"),
            ("p", "People with migraine get advice and a management plan within weeks, fewer days lost to headaches and less reliance on emergency care. The Trust reduces its neurology backlog; the company learns how headache services are organised."),
            ("h", "Resource impact"),
            ("b", ["Trust: consultant neurologist supervision, 2 hours a week; clinic space; booking support.", "Pellow Neurology Ltd: TBC."]),
            ("h", "Timing"),
            ("p", "Anticipated start Q1 2027, 12 months."),
            ("h", "Decision"),
            ("p", "Proceed to PID subject to agreement on contributions."),
        ]))
    D.append(dict(
        name="Concept Framework - Marlow Heath Stroke Prevention.docx", type="concept-framework", ov={"patient-benefit": "fail"},
        notes="patient-benefit fail: 'Benefits for patients: N/A at this stage'; only NHS and company benefits. Resources pass (money in words and in-kind sessions).",
        expect=["N/A at this stage", "thirty thousand pounds"],
        blocks=[
            ("title", "Project Concept Framework"),
            ("p", "Working title: Stroke Prevention Audit Support. Partners: NHS Marlow Heath Integrated Care Board; Tamsin Cardio Ltd."),
            ("h", "Purpose"),
            ("p", "The ICB wants reliable data on AF register completeness across 40 practices."),
            ("h", "Objectives"),
            ("t", [["Stakeholder", "Intended benefit"], ["Patients", "N/A at this stage"], ["ICB", "Accurate audit data for commissioning"], ["Tamsin Cardio", "Understanding of ICB audit processes"]]),
            ("h", "Contributions"),
            ("p", "Tamsin Cardio Ltd would provide thirty thousand pounds for an audit facilitator. The ICB would provide data analyst time (two days per month) and access to practice search tools."),
            ("h", "Dates"),
            ("p", "Q4 2026 for nine months."),
            ("h", "Go / no-go"),
            ("p", "Go."),
        ]))

    # ---- outcomes summaries
    D.append(dict(
        name="Outcomes_Summary_Harewood_COPD_2025.pdf", type="outcomes-summary", ov={},
        notes="All pass: numeric results vs baseline, patient benefits, published within six months.",
        expect=["Summary of Project Outcomes", "21% to 14%"],
        blocks=[
            ("title", "Summary of Project Outcomes: Community COPD Review Clinic"),
            ("p", "Partners: Harewood Vale Teaching Hospitals NHS Foundation Trust and Kestrel Respiratory Ltd. Duration: October 2023 to March 2025."),
            ("h", "Overview"),
            ("p", "A nurse-led community clinic reviewed people with COPD who had frequent admissions."),
            ("h", "Results"),
            ("b", ["612 people reviewed (target 600).", "30-day re-admissions fell from 21% to 14% (SUS data).", "Self-management plans in place rose from 38% to 83%."]),
            ("h", "What it meant for patients"),
            ("p", "Patients told us they felt more confident managing flare-ups; fewer of them went back into hospital, and many no longer needed to travel to the hospital clinic."),
            ("h", "Learning"),
            ("p", "Early involvement of community pharmacists helped. The clinic has been commissioned permanently by the Trust."),
            ("h", "Publication"),
            ("p", "Published by both partners in August 2025, within six months of completion."),
        ]))
    D.append(dict(
        name="Outcomes Summary - Calderbrook Foot Clinic.docx", type="outcomes-summary", ov={"measurable-outcomes": "warn"},
        notes="measurable-outcomes warn: results are only qualitative ('waits improved', 'outcomes continue to be monitored'); no figures, baselines or data sources. Patient benefit passes.",
        expect=["continue to be monitored"],
        blocks=[
            ("title", "Project Outcomes Summary - Diabetic Foot Rapid Access"),
            ("p", "Partners: Calderbrook and District NHS Foundation Trust; Lumen Metabolic Ltd. January 2025 to December 2025."),
            ("h", "What we set out to do"),
            ("p", "Set up a rapid-access podiatry clinic so ulcers are assessed quickly."),
            ("h", "What happened"),
            ("p", "Waits for assessment improved and staff felt the clinic worked well. Outcomes continue to be monitored by the Trust."),
            ("h", "Benefit to patients"),
            ("p", "Patients were seen closer to home and had their ulcers treated earlier, which they said reduced worry and travel."),
            ("h", "Reflections"),
            ("p", "Both partners delivered what they agreed. Sharing clinic space across two hubs was harder than expected."),
            ("h", "Publication"),
            ("p", "This summary is published on both partners' websites."),
        ]))
    D.append(dict(
        name="Outcomes_Report_Lowmarsh_Anticoagulation.pdf", type="outcomes-summary", ov={"patient-benefit": "fail"},
        notes="patient-benefit fail: results and benefits are framed only as ICB cost savings, pharmacist capacity and company insight; no patient benefit stated.",
        expect=["£112,000", "Benefits realised"],
        blocks=[
            ("title", "Summary of Project Outcomes - Anticoagulation Review"),
            ("p", "Partners: NHS Lowmarsh Integrated Care Board; Harrowgate Biopharma plc. April 2025 to January 2026."),
            ("h", "Results"),
            ("b", ["1,940 reviews completed (target 2,000).", "Review template completion rose from 81% to 96% on practice searches.", "Drug spend variance across practices reduced by £112,000 a year."]),
            ("h", "Benefits realised"),
            ("p", "The ICB achieved savings and standardised its review protocol; practice pharmacist capacity was freed for other work. Harrowgate learned how ICB medicines teams run reviews."),
            ("h", "Learning"),
            ("p", "Search tools needed more testing at the start."),
            ("h", "Publication"),
            ("p", "Published by both partners in May 2026 and the transfer of value disclosed on Disclosure UK."),
        ]))
    return D
