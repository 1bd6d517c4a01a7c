"""holdout8 documents 30-34 (summaries of project outcomes)."""
from holdout8_render import title, sub, h, h2, p, b, n, t, kv, sig, pb

DOCS = []

# 30 ------------------------------------------------------------------ PASS
DOCS.append(dict(
    id=30, slug="out-icb-hf-diagnostics", fmt="pdf", type="outcomes-summary", layout="plain",
    header="Summary of Project Outcomes", footer="NHS Wyvern Vale ICB & Calverley Therapeutics UK Ltd | CAL-UK-CW-0688 | Nov 2027",
    keys=["Summary of Project Outcomes", "5.5 weeks", "within six months of the project ending"],
    bad={}, notes="All applicable rules met.",
    blocks=[
        title("Summary of Project Outcomes: Community Heart Failure Diagnostic Pathway"),
        kv(("Partners", "NHS Wyvern Vale Integrated Care Board; Calverley Therapeutics UK Ltd"),
           ("Actual duration", "August 2025 - July 2027"),
           ("Published", "November 2027, on both partners' websites, within six months of the project ending")),
        h("What the project set out to do"),
        p("Cut waits for echocardiography after a raised NT-proBNP result in two localities by running community diagnostic hubs, and diagnose fewer people during emergency admissions."),
        h("Results"),
        t(["Measure", "Baseline", "Target", "Achieved (month 24)"],
          ["Median wait NT-proBNP to echo", "14 weeks", "6 weeks", "5.5 weeks"],
          ["New HF diagnoses made during emergency admission", "33%", "20%", "22%"],
          ["Practice staff trained", "0", "40", "47"],
          ["Patients seen in community hubs", "-", "1,500", "1,730"]),
        p("Figures are aggregated from the ICB community diagnostics dataset and SUS; no patient-level data were shared with Calverley."),
        h("Benefits realised"),
        p("Patients: diagnosis around eight weeks sooner on average, seen closer to home; patient survey (n=412) - 93% rated the hub good or very good. ICB: pathway now commissioned recurrently from August 2027. Calverley: learning on community diagnostics and partnership working."),
        h("Did each partner deliver?"),
        p("The ICB provided the project manager, clinical lead and analytics as agreed. Calverley funded the echo physiologist post in full (£112,000) and delivered 13 of 15 planned training days; the remaining two were covered by the ICB cardiology lead."),
        h("Exit"),
        p("The echo physiologist post moved to the ICB establishment on 1 August 2027; no patient's care was interrupted."),
        h("Learning"),
        p("Early agreement on data definitions saved time; hub locations near bus routes mattered more than expected; the target for emergency diagnoses was missed narrowly because of winter pressures in 2026/27."),
    ]))

# 31 ------------------------------------------------------------------ defects: measurable warn, transparency fail
DOCS.append(dict(
    id=31, slug="out-pcn-social-prescribing-pain", fmt="docx", type="outcomes-summary",
    header="Northgate & Vale PCN", footer="Outcomes report - chronic pain group - for PCN board",
    keys=["shared with the PCN board and Fennick", "positively received", "no plans to publish"],
    bad={"measurable-outcomes": "warn", "transparency": "fail"},
    notes="measurable-outcomes warn: outcomes are only qualitative ('positively received', 'many patients reported'); no figures against baselines or targets. transparency fail: report is for the PCN board and the company only; no plans to publish.",
    blocks=[
        title("Project outcomes summary"),
        p("Chronic pain self-management groups - Northgate & Vale PCN and Fennick Pharma UK Ltd"),
        p("Project ran: Feb 2024 - Jan 2025"),
        h("Overview"),
        p("The project aimed to offer people living with chronic primary pain an 8-week group programme run by the PCN's social prescribing link workers and a physiotherapist, as an alternative to escalating medicines, in line with NICE NG193."),
        h("What happened"),
        b("Groups ran in both localities through the year; attendance was good once evening sessions were added.",
          "The programme was positively received by patients and staff.",
          "Many patients reported feeling more confident managing their pain and some reduced their use of painkillers after a review with their GP.",
          "GPs valued having somewhere to refer people."),
        h("Patient benefit"),
        p("Participants gained skills in pacing, activity and sleep and told us they felt less isolated. Several went on to join community walking groups."),
        h("Partner contributions"),
        p("PCN: link workers and room bookings as planned. Fennick: funding of the physiotherapist sessions (£24,000) as agreed."),
        h("Learning"),
        p("Evening groups reached working-age patients; referral criteria needed tightening early on."),
        h("Distribution"),
        p("This report has been shared with the PCN board and Fennick. There are no plans to publish it."),
    ]))

# 32 ------------------------------------------------------------------ defects: promo fail, sales fail
DOCS.append(dict(
    id=32, slug="out-copd-inhaler-review", fmt="pdf", type="outcomes-summary", layout="twocol",
    header="Summary of Project Outcomes", footer="Penhallow Medical UK Ltd | PEN-OUT-0142 | March 2026",
    keys=["Veloxa prescribing rose by 34%", "Key Account Managers"],
    bad={"promotional-language": "fail", "sales-roles": "fail"},
    notes="promotional-language fail: headline result is growth in the company's brand prescribing (Veloxa +34%) presented as a success. sales-roles fail: the company's Key Account Managers ran clinic scheduling and attended review sessions.",
    blocks=[
        title("COPD Inhaler Review Project - Outcomes"),
        sub("Harrowgate Health Federation CIC and Penhallow Medical UK Ltd | April 2025 - September 2025"),
        h("Headline results"),
        b("Veloxa prescribing rose by 34% across the 9 practices during the project period.",
          "1,046 people with COPD had an inhaler technique and treatment review (target 900).",
          "Patients with two or more exacerbations in the previous year fell from 21% to 16% (six-month follow-up, practice data).",
          "CAT score improved by a mean of 3.1 points among reviewed patients (n=640)."),
        h("Benefits for patients"),
        p("People with COPD had their inhaler technique checked and corrected, treatment reviewed against the local COPD guideline, and a written self-management plan, with fewer flare-ups over the following six months."),
        h("Delivery"),
        p("Reviews were carried out by two federation respiratory nurses funded by Penhallow. Penhallow's Key Account Managers arranged clinic lists with practice managers and attended review sessions to support the nurses with device demonstrations."),
        h("Contributions"),
        p("Federation: nurse supervision, rooms, searches. Penhallow: £46,000 for nurse sessions and placebo demonstration devices."),
        h("Learning"),
        p("Telephone pre-screening reduced non-attendance. Practices asked for the model to continue."),
        h("Publication"),
        p("This summary is published on both organisations' websites within six months of project completion."),
    ]))

# 33 ------------------------------------------------------------------ PASS (Welsh HB)
DOCS.append(dict(
    id=33, slug="out-welsh-hb-diabetes-foot", fmt="docx", type="outcomes-summary",
    header="Bro Hafren University Health Board / Marlowe Biopharma UK Limited", footer="Outcomes summary | MBP-CW-0701 | Published June 2027",
    keys=["Afon Isaf and Glannau", "foot risk assessment", "published on the websites"],
    bad={}, notes="All applicable rules met.",
    blocks=[
        title("Summary of project outcomes - Diabetes Foot Protection in Primary Care"),
        kv(("Partners", "Bro Hafren University Health Board; Marlowe Biopharma UK Limited"),
           ("Duration", "October 2025 - March 2027 (18 months as planned)"),
           ("Publication", "This summary is published on the websites of both organisations in June 2027, three months after completion")),
        h("Project overview"),
        p("Two GP clusters (Afon Isaf and Glannau) introduced a structured foot risk assessment template, cluster podiatry clinics and fast-track referral for people at high risk of foot ulceration."),
        h("Results against objectives"),
        t(["Objective", "Baseline", "Target", "Result"],
          ["Annual foot risk assessment", "61%", "80%", "83%"],
          ["High-risk seen by podiatry within 2 weeks", "42%", "75%", "71%"],
          ["New foot ulcer referrals to acute service (per quarter)", "48", "-", "35"],
          ["Major amputations, clusters (annualised)", "19", "14 (3-year aim)", "15"]),
        h("What it meant for patients"),
        p("About 2,300 more people with diabetes had their feet checked; high-risk people saw a podiatrist far sooner, and fewer developed ulcers needing hospital care. Patient feedback highlighted shorter travel and clearer advice."),
        h("Reflections"),
        b("Shared vision held throughout; one variance (podiatrist recruitment delayed 6 weeks) was resolved by the project board extending clinic hours.",
          "Each partner delivered its agreed contribution: the Board's in-kind resources and Marlowe's funding (£104,000) and 20 days of support.",
          "The Board has approved roll-out to four further clusters from 2027/28, with the podiatry posts absorbed into the establishment."),
        h("Learning for others"),
        p("Building the template into the GP clinical system early was the single most important factor; cluster-level data packs helped practices compare performance."),
    ]))

# 34 ------------------------------------------------------------------ defects: patient-benefit fail, transparency fail
DOCS.append(dict(
    id=34, slug="out-pharmacy-discharge-referrals", fmt="pdf", type="outcomes-summary", layout="plain",
    header="Project Close Report", footer="Community Pharmacy Wyvern Vale | Redgate Life Sciences Ltd",
    keys=["N/A - see NHS efficiency benefits", "at Redgate's discretion"],
    bad={"patient-benefit": "fail", "transparency": "fail"},
    notes="patient-benefit fail: the patient benefit field reads 'N/A - see NHS efficiency benefits'; only system/process benefits are reported. transparency fail: publication of results is at the company's discretion only.",
    blocks=[
        title("Project Close Report - Discharge Medicines Service referrals"),
        kv(("Partners", "Community Pharmacy Wyvern Vale; Northmoor Valley NHS Foundation Trust; Redgate Life Sciences Ltd"),
           ("Project dates", "January - December 2025")),
        h("Aim"),
        p("To increase electronic referrals from the acute trust to community pharmacies under the NHS Discharge Medicines Service."),
        h("Results"),
        t(["Measure", "Baseline (Q4 2024)", "Target", "Q4 2025"],
          ["Referrals sent per month", "140", "600", "655"],
          ["% referrals actioned by pharmacy within 72 hours", "38%", "70%", "74%"],
          ["Pharmacies accepting referrals", "52", "90", "93"]),
        h("Benefits"),
        kv(("Benefits to patients", "N/A - see NHS efficiency benefits"),
           ("NHS efficiency benefits", "Referral process automated; fewer phone calls between ward pharmacy and community pharmacy; DMS payments claimed by more pharmacies"),
           ("Redgate", "Understanding of transfer-of-care processes")),
        h("Contributions"),
        p("Trust: IT configuration and ward pharmacist time. LPC: pharmacy engagement lead 0.3 WTE. Redgate: £35,000 for a project facilitator and training sessions."),
        h("Sharing results"),
        p("A summary of these results may be published externally at Redgate's discretion."),
    ]))
