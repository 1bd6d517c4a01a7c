from t6a_common import H, P, B, T, doc

DOCS = [
doc("exec-summary-stroke-af-detection.docx", "executive-summary",
    "Executive Summary: AF Case-Finding after TIA - Northfold Stroke Network and Belcourt Therapeutics",
    [P("Northfold Teaching Hospitals NHS Trust (host of the Northfold Integrated Stroke Delivery Network) "
       "and Belcourt Therapeutics UK Ltd are working together for 12 months to offer 14-day cardiac "
       "monitoring to people seen in TIA clinics."),
     P("For patients, hidden atrial fibrillation will be found sooner, allowing protective treatment to "
       "start before a disabling stroke happens."),
     P("Belcourt provides GBP 52,000 for monitors and a project manager for 2 days per month; the Trust "
       "provides consultant, nurse and cardiac physiologist time and clinic rooms."),
     P("Patient records remain with the Trust as data controller; only anonymised, aggregated results are "
       "shared with Belcourt, in line with UK GDPR."),
     P("This summary is published before the project begins and outcomes will be published on completion.")],
    ["Belcourt provides GBP 52,000 for monitors", "Patient records remain with the Trust"],
    notes="All pass. data-protection applies because the summary mentions patient records."),

doc("exec-summary-sexual-health-prep.pdf", "executive-summary",
    "Executive Summary - Community PrEP Outreach (Harbourside)",
    [P("Harbourside Sexual Health Service, part of Eastwater Community Healthcare NHS Trust, is partnering "
       "with Calverton Pharma UK Ltd on community outreach to improve access to HIV testing and PrEP."),
     P("Women and Black African communities who rarely use clinics will be able to test and start PrEP "
       "close to home."),
     P("Calverton Pharma UK Ltd will fund outreach sessions and a part-time health adviser (GBP 38,500)."),
     P("Governance sits with the Trust's sexual health clinical lead; the company's involvement is through "
       "medical affairs."),
     P("This executive summary is being published before the project starts and the company will report "
       "the funding through Disclosure UK.")],
    ["Calverton Pharma UK Ltd will fund outreach sessions"],
    {"resource-contributions": "fail", "data-protection": "n/a"},
    "resource-contributions fail: only the company's contribution is stated; the Trust's is absent. "
    "data-protection n/a: no mention of patient data/records/data sharing."),

doc("exec-summary-teledermatology-income.docx", "executive-summary",
    "Executive Summary: Teledermatology Image Sharing Pilot",
    [P("Lindenmere University Hospitals NHS Foundation Trust and Oakhurst Biologics UK Ltd will pilot "
       "sharing of patient records and skin images between GP practices and dermatology."),
     P("Expected benefits: the department will reduce outpatient tariff costs by around GBP 90,000 a year, "
       "free consultant capacity for income-generating work, and Oakhurst will gain a better understanding "
       "of the biologics market in the region."),
     P("The Trust provides consultant triage time (6 hours per month) and its image platform; Oakhurst "
       "funds a teledermatology nurse (1.0 WTE)."),
     P("Data protection arrangements: TBC."),
     P("A summary will be published on the Trust website before go-live.")],
    ["Data protection arrangements: TBC.", "reduce outpatient tariff costs"],
    {"data-protection": "fail", "patient-benefit": "fail"},
    "data-protection fail: ES mentions sharing patient records but arrangements are 'TBC'. patient-benefit "
    "fail: benefits listed are financial/service/company only."),

doc("concept-framework-orthopaedic-prehab.pdf", "concept-framework",
    "Concept and Framework - Joint Replacement Prehabilitation (Wyndle Valley / Arkmoor)",
    [H("Concept"),
     P("An exercise and weight-management hub for people waiting for hip or knee replacement."),
     H("Patient focus"),
     P("Patients stay active while they wait, lose less mobility, and go home sooner after surgery."),
     H("Framework of contributions"),
     P("Each partner's input is in kind and in cash: Wyndle Valley Hospitals NHS Foundation Trust puts in "
       "physiotherapy staff time and outpatient space; Arkmoor Medical Ltd puts in a fixed grant for a "
       "hub coordinator and patient materials."),
     H("Principles"),
     B("No link between the project and the use of any Arkmoor product."),
     B("Company involvement limited to medical affairs; sales staff are not involved.")],
    ["Each partner's input is in kind and in cash"],
    notes="All applicable rules pass; exit/confidentiality/DP/legal/measurable/transparency n/a for concept-framework."),

doc("concept-framework-council-diabetes.docx", "concept-framework",
    "Concept Framework: Type 2 Diabetes Community Hubs (Tollbridge)",
    [H("The idea"),
     P("Tollbridge Borough Council, NHS Tollbridge and Dene ICB and Hesketh Pharma Ltd will co-design "
       "community diabetes hubs in leisure centres."),
     H("What people with diabetes gain"),
     P("People with type 2 diabetes will get foot checks, retinal screening reminders and structured "
       "education in one visit near home, helping them avoid complications."),
     H("Contributions"),
     P("Hesketh Pharma Ltd: GBP 60,000 and a project manager. Council and ICB: as required."),
     H("Why Hesketh"),
     P("Hesketh's market-leading GLP-1 therapy, Glucaris, offers the gold standard in weight and glucose "
       "control and will feature in hub materials.")],
    ["Council and ICB: as required", "market-leading GLP-1 therapy"],
    {"resource-contributions": "fail", "promotional-language": "fail"},
    "resource-contributions fail: NHS/council contribution 'as required'. promotional-language fail: "
    "'market-leading', 'gold standard', brand name Glucaris in hub materials."),

doc("outcomes-summary-teledermatology.docx", "outcomes-summary",
    "Outcomes Summary: Psoriasis Teledermatology Pilot 2027-28",
    [P("Lindenmere University Hospitals NHS Foundation Trust and Oakhurst Biologics UK Ltd ran a 12-month "
       "teledermatology pilot for psoriasis reviews."),
     H("Results"),
     T([["Indicator", "Before", "After"],
        ["Patients seen within 2 weeks of flare-up", "41%", "78%"],
        ["Median wait for routine review", "14 weeks", "5 weeks"],
        ["Follow-ups delivered remotely", "0%", "63%"]]),
     P("Patient satisfaction was 91% (friends and family test, n=412)."),
     H("Next steps"),
     P("The Trust has mainstreamed the remote review clinic from April 2028."),
     H("Publication"),
     P("This outcomes summary is published on the Trust website and Oakhurst has disclosed the funding "
       "on Disclosure UK.")],
    ["Patients seen within 2 weeks of flare-up", "41%", "78%"],
    notes="All pass; patient benefit only in results table rows (waits for patients)."),

doc("outcomes-summary-stroke-af.pdf", "outcomes-summary",
    "Outcomes Summary - Northfold AF Case-Finding Project",
    [P("Northfold Teaching Hospitals NHS Trust and Belcourt Therapeutics UK Ltd completed the AF "
       "case-finding project in TIA clinics."),
     H("What happened"),
     P("The project went well. Staff valued the closer working between stroke and cardiology, and the "
       "pathway is now better understood across the network."),
     H("A patient story"),
     P("One patient told us that finding her irregular heartbeat early meant she started treatment before "
       "any stroke, and she now feels more confident living independently."),
     H("Distribution"),
     P("This summary is for internal use by the partners only.")],
    ["The project went well", "This summary is for internal use by the partners only"],
    {"measurable-outcomes": "warn", "transparency": "fail"},
    "measurable-outcomes warn: qualitative results only. transparency fail: internal use only. patient-benefit "
    "pass via patient story."),
]
