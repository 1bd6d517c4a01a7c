"""tuning9a: agreements (all names invented)."""


def _sig(a, b):
    return ("t", [["Signed for and on behalf of", "Name / role / date"], [a, "____________________"],
                  [b, "____________________"]])


def agreements():
    d = []
    d.append(dict(
        file="t9a_agr01_heart_failure.docx", type="agreement", fmt="docx",
        header="Collaborative Working Agreement - COMMERCIAL IN CONFIDENCE", footer="CWA ref KV-HF-02 | Final",
        title="Collaborative Working Agreement",
        subtitle="Heart failure optimisation clinics",
        blocks=[
            ("p", "This agreement is made on 14 April 2025 between (1) Kestrel Vale Health Federation CIC, a community "
                  "interest company (company no. 11223344) and (2) Tarnwell Biosciences Ltd (company no. 09876543)."),
            ("h", "1. Purpose"),
            ("p", "1.1 To run nurse-led clinics that review people with heart failure with reduced ejection fraction and "
                  "optimise their treatment in line with NICE guidance."),
            ("p", "1.2 Benefits. People with heart failure get a review within 4 weeks, clearer advice on symptoms and "
                  "fewer admissions. Practices gain capacity and skills. Tarnwell gains insight into community HF care."),
            ("h", "2. Outcomes and measurement"),
            ("p", "2.1 The parties will measure, using practice clinical systems and SUS data: (a) % of HFrEF patients on "
                  "optimised therapy, baseline 42% (Mar 2025), target 65% by 31 March 2026; (b) HF emergency admissions, "
                  "baseline 97/yr, target below 80; (c) patient-reported confidence (questionnaire at first and last visit)."),
            ("h", "3. Contributions"),
            ("p", "3.1 The Federation will provide a HF specialist nurse (0.5 WTE), clinic rooms and admin support."),
            ("p", "3.2 Tarnwell will provide GBP 33,500 and a medical adviser for protocol review (up to 6 days)."),
            ("h", "4. Confidentiality"),
            ("p", "4.1 Each party keeps the other's confidential information secret and uses it only for the project. "
                  "Patient information remains confidential to the Federation and practices at all times."),
            ("h", "5. Data protection"),
            ("p", "5.1 The Federation and its practices are data controllers. Tarnwell will not receive any personal "
                  "data; it will receive only anonymised, aggregated reports. The parties comply with UK GDPR and the "
                  "Data Protection Act 2018; a DPIA was approved on 2 April 2025."),
            ("h", "6. Independence"),
            ("p", "6.1 Nothing here obliges anyone to prescribe, recommend or buy any Tarnwell product. 6.2 No Tarnwell "
                  "sales personnel will take part in the project."),
            ("h", "7. Term and termination"),
            ("p", "7.1 Runs to 31 March 2026. 7.2 Either party may terminate on 3 months' written notice. 7.3 On "
                  "termination or expiry, patients continue under usual practice care; the nurse post is retained by "
                  "the Federation for the remainder of its contract and clinic learning is written into the local pathway."),
            ("h", "8. Transparency"),
            ("p", "8.1 An executive summary will be published before the clinics start and the outcomes within six months "
                  "of completion. 8.2 Tarnwell will disclose the funding on Disclosure UK."),
            _sig("Kestrel Vale Health Federation CIC", "Tarnwell Biosciences Ltd"),
        ],
        labels={}, notes="All rules met.",
        keys=["baseline 42% (Mar 2025), target 65% by 31 March 2026", "Tarnwell will not receive any personal"]))

    d.append(dict(
        file="t9a_agr02_registry.pdf", type="agreement", fmt="pdf", layout="plain",
        header="Joint Working Agreement - Rare Disease Registry", footer="Merridew Life Sciences Ltd / Wyvernmoor NHS FT | v3",
        title="JOINT WORKING AGREEMENT",
        subtitle="Between Wyvernmoor NHS Foundation Trust and Merridew Life Sciences Ltd",
        blocks=[
            ("h", "Clause 1 - Background"),
            ("p", "The Trust runs a regional clinic for adults with hereditary angio-oedema. The parties wish to set up a "
                  "clinic registry to improve follow-up."),
            ("h", "Clause 2 - Objectives and patient benefit"),
            ("b", ["Patients get a structured annual review and an emergency care plan they can carry with them",
                   "Time from attack to treatment shortened - target median under 2 hours (baseline 5.5 hours, clinic audit 2024)",
                   "100% of registered patients with an up-to-date care plan by 31 December 2025"]),
            ("h", "Clause 3 - Contributions"),
            ("p", "3.1 Trust: consultant immunologist 1 PA/week, specialist nurse 0.3 WTE, clinic space. 3.2 Merridew: "
                  "GBP 61,000 over 2 years plus registry software licence."),
            ("h", "Clause 4 - Data"),
            ("p", "4.1 Merridew shall act as data controller for the registry data and will host the registry on its "
                  "servers. 4.2 The Trust will enter patient details into the registry at each clinic visit."),
            ("h", "Clause 5 - Confidentiality"),
            ("p", "Each party will keep confidential all information received from the other and all patient information."),
            ("h", "Clause 6 - Roles"),
            ("p", "Project lead: Trust consultant. Merridew medical affairs manager provides support. No Merridew sales staff."),
            ("h", "Clause 7 - Termination"),
            ("p", "Six months' notice either side. On termination the registry data is returned to the Trust and clinic "
                  "follow-up continues as standard NHS care."),
            ("h", "Clause 8 - Publication"),
            ("p", "Results may be published at Merridew's discretion."),
            _sig("Wyvernmoor NHS Foundation Trust", "Merridew Life Sciences Ltd"),
        ],
        labels={"data-protection": "fail", "transparency": "fail"},
        notes="data-protection fail: company is data controller and hosts identifiable registry data. transparency fail: "
              "publication only at company's discretion.",
        keys=["Merridew shall act as data controller", "Results may be published at Merridew's discretion."]))

    d.append(dict(
        file="t9a_agr03_respiratory_reviews.docx", type="agreement", fmt="docx",
        header="North Ashby Primary Care Alliance Ltd | Agreement", footer="Version 2 - signed copy on file",
        title="Joint Working Agreement: Respiratory Review Programme",
        subtitle="North Ashby Primary Care Alliance Ltd and Oskelby Pharma UK Ltd",
        blocks=[
            ("h", "1 Parties"),
            ("p", "North Ashby Primary Care Alliance Ltd (the Alliance) and Oskelby Pharma UK Ltd (Oskelby)."),
            ("h", "2 What the programme delivers"),
            ("p", "Practice pharmacists will run reviews for people on the COPD register."),
            ("h", "3 Expected benefits"),
            ("t", [["Benefit", "Description"],
                   ["Primary benefit", "More eligible patients started on Respivane, Oskelby's once-daily triple inhaler"],
                   ["Alliance", "Reviews completed on time for QOF"], ["Oskelby", "Growth in Respivane share across the Alliance"]]),
            ("h", "4 KPIs"),
            ("t", [["KPI", "Baseline", "Target", "Source"],
                   ["Reviews completed", "0", "400 by 31 March 2026", "EMIS"],
                   ["Patients initiated on Respivane", "35", "150 by 31 March 2026", "ePACT2"]]),
            ("h", "5 Contributions"),
            ("p", "5.1 Alliance: pharmacist time (3 sessions/week) and rooms. 5.2 Oskelby: GBP 27,000 and a review template."),
            ("h", "6 Confidentiality and data"),
            ("p", "6.1 Information exchanged is confidential. 6.2 The Alliance is data controller; Oskelby gets only "
                  "aggregate, anonymised counts. UK GDPR and DPA 2018 apply."),
            ("h", "7 Team"),
            ("p", "Alliance clinical pharmacist lead; Oskelby medical adviser. No sales representatives will attend reviews "
                  "or meetings."),
            ("h", "8 Ending"),
            ("p", "Either party may terminate on 60 days' notice; reviews already booked are completed by practice "
                  "pharmacists and the service becomes part of the Alliance's core offer."),
            ("h", "9 Publication"),
            ("p", "Executive summary and outcomes to be published by both parties (outcomes within 6 months of completion)."),
            _sig("North Ashby Primary Care Alliance Ltd", "Oskelby Pharma UK Ltd"),
        ],
        labels={"patient-benefit": "fail", "promotional-language": "fail"},
        notes="patient-benefit fail: the stated 'primary benefit' is starting patients on a named brand (product uptake only). "
              "promotional-language fail: brand KPI/initiation target, 'growth in share'. measurable-outcomes pass "
              "(numeric targets with sources, e.g. 400 reviews).",
        keys=["More eligible patients started on Respivane", "150 by 31 March 2026"]))

    d.append(dict(
        file="t9a_agr04_pcn_diabetes.pdf", type="agreement", fmt="pdf", layout="twocol",
        header="Collaborative Working Agreement - Eastfield", footer="DRAFT for signature | Page numbering bottom right",
        title="Collaborative Working Agreement - Diabetes Foot Checks",
        subtitle="Between Eastfield PCN and Fenwold Therapeutics Ltd",
        blocks=[
            ("h", "1. Parties"),
            ("p", "1.1 Eastfield PCN (the practices working together in the Eastfield area) and Fenwold Therapeutics Ltd."),
            ("h", "2. Aim"),
            ("p", "2.1 Annual foot checks for people with diabetes, so that ulcers are spotted early and fewer patients "
                  "need amputations."),
            ("h", "3. Outcomes"),
            ("p", "3.1 The PCN will aim to improve foot check coverage and outcomes will be reviewed regularly."),
            ("h", "4. Contributions"),
            ("p", "4.1 PCN: healthcare assistants (2 sessions/week) and podiatry referral pathway. 4.2 Fenwold: "
                  "GBP 14,000 for HCA training and monofilament kits."),
            ("h", "5. Data protection"),
            ("p", "5.1 [To be confirmed by IG lead]"),
            ("h", "6. Confidentiality"),
            ("p", "6.1 Both parties keep project information and all patient information confidential."),
            ("h", "7. Project team"),
            ("p", "7.1 PCN clinical director, lead HCA, Fenwold partnerships manager. Fenwold's sales team has no involvement."),
            ("h", "8. Termination"),
            ("p", "8.1 30 days' notice by either side. Patients booked for checks will be seen by their practice as normal; "
                  "trained HCAs keep doing foot checks as part of the annual diabetes review."),
            ("h", "9. Transparency"),
            ("p", "9.1 A summary will be published before the start, outcomes within 6 months of the end; Fenwold will "
                  "declare the funding on Disclosure UK."),
            ("p", "Signed for Eastfield PCN: Dr K. Amadi (Clinical Director)    Signed for Fenwold Therapeutics Ltd: J. Whitlow"),
        ],
        labels={"data-protection": "fail", "measurable-outcomes": "warn", "legal-entities": "fail"},
        notes="data-protection fail: placeholder '[To be confirmed by IG lead]'. measurable-outcomes warn: qualitative "
              "'aim to improve... reviewed regularly'. legal-entities fail: a PCN (group of practices) with no contracting vehicle.",
        keys=["[To be confirmed by IG lead]", "Eastfield PCN (the practices working together"]))

    d.append(dict(
        file="t9a_agr05_t2d_remission.docx", type="agreement", fmt="docx",
        header="OFFICIAL", footer="Agreement KV-T2D-01 v1.0 | Kestrel Vale Health Federation CIC / Sennick Bio Ltd",
        title="Agreement for Collaborative Working",
        subtitle="Type 2 diabetes remission support in primary care",
        blocks=[
            ("t", [["Field", "Entry"], ["Party A", "Kestrel Vale Health Federation CIC"],
                   ["Party B", "Sennick Bio Ltd (registered in England, no. 12456780)"],
                   ["Duration", "1 May 2025 to 30 April 2026"], ["Agreement owner", "Operations Manager, Federation"]], "nohead"),
            ("h", "Clause 1 Scope"),
            ("p", "Support for people living with type 2 diabetes who want to try a remission programme: health coaching, "
                  "medication review and structured follow-up."),
            ("h", "Clause 2 Benefits"),
            ("p", "2.1 People living with type 2 diabetes: weight loss, better blood sugar control, some coming off "
                  "glucose-lowering medicines altogether. 2.2 Federation: fewer complications in the long run. 2.3 "
                  "Sennick: learning how remission support is delivered."),
            ("h", "Clause 3 Measurement"),
            ("b", ["Participants achieving HbA1c below 48 mmol/mol off medication at 12 months: target 25% (baseline 0%, EMIS)",
                   "Mean weight change at 12 months: target -10 kg (programme records)",
                   "Programme completion: 70% (coach logs, reported quarterly)"]),
            ("h", "Clause 4 Contributions"),
            ("p", "4.1 Federation: two health coaches 0.5 WTE each, GP oversight 1 session/month. 4.2 Sennick: "
                  "GBP 24,000 and a behavioural scientist for programme design (8 days)."),
            ("h", "Clause 5 Information"),
            ("p", "5.1 No patient-identifiable data will leave the Federation; Sennick receives only quarterly anonymised "
                  "totals. 5.2 The Federation is data controller and a DPIA is in place under UK GDPR. 5.3 Both parties "
                  "keep project and commercial information confidential."),
            ("h", "Clause 6 Governance"),
            ("p", "Steering group: Federation GP lead, ops manager, lead coach; Sennick partnerships lead. Nobody from a "
                  "sales role will be involved."),
            ("h", "Clause 7 End of the project"),
            ("p", "7.1 60 days' notice by either party. 7.2 People already enrolled finish their programme, funded by the "
                  "Federation if needed; coaches move to the Federation's core personalised care team."),
            ("h", "Clause 8 Publication"),
            ("p", "Executive summary published before go-live; outcome summary within six months of close; Sennick "
                  "declares payments on Disclosure UK."),
            _sig("Kestrel Vale Health Federation CIC", "Sennick Bio Ltd"),
        ],
        labels={}, notes="All rules met. Patient benefit phrased as 'people living with type 2 diabetes'.",
        keys=["No patient-identifiable data will leave the Federation", "target 25% (baseline 0%, EMIS)"]))
    return d
