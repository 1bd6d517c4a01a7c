"""tuning11b documents 01-05."""

D01 = {
    "file": "t11b-01-dyfed-copd-four-party-agreement.docx", "type": "agreement",
    "meta": {"header": "Glannau Dyfed UHB | Collaborative Working Agreement | Version 1.3 (final)",
             "footer": "OFFICIAL - COMMERCIAL", "font": "Cambria"},
    "defects": {"legal-entities": "fail"},
    "notes": "legal-entities FAIL: the fourth party is 'West Dyfed Respiratory Partnership Board', which "
             "Article 1.4 itself describes as an unincorporated partnership forum with no separate legal "
             "personality (hosted by the UHB) - it signs as a party in its own right, with no contracting "
             "vehicle. The other three parties (UHB, university, Ltd company with number) are fine. "
             "All four parties have stated contributions (Schedule 2), so resource-contributions passes.",
    "keys": ["does not have separate legal personality", "Schedule 2 - Contributions",
             "three months' written notice", "Data Protection Act 2018"],
    "blocks": [
        ("cover", "Collaborative Working Agreement: Community Pulmonary Rehabilitation and Inhaler "
                  "Review in West Dyfed", [
            "Cytundeb Gweithio Cydweithredol", "Reference: GDUHB-CWA-2025-07",
            "Between Glannau Dyfed University Health Board, Caerwenlli University, Aberhelyg Pharma UK "
            "Limited and the West Dyfed Respiratory Partnership Board", "Date of agreement: 3 November 2025"]),
        ("h1", "Article 1 - The Parties"),
        ("p", "1.1 Glannau Dyfed University Health Board, a Local Health Board established under the "
              "National Health Service (Wales) Act 2006, of Ty Glannau, Heol y Porth, Caerwenlli SA31 4QX "
              "(the \"Health Board\")."),
        ("p", "1.2 Caerwenlli University, a body incorporated by Royal Charter, of Campws y Dderwen, "
              "Caerwenlli SA31 2LP (the \"University\")."),
        ("p", "1.3 Aberhelyg Pharma UK Limited, a company registered in England and Wales under company "
              "number 08841276, whose registered office is at 4 Llys Menai Business Park, Bangor LL57 4FT "
              "(the \"Company\")."),
        ("p", "1.4 The West Dyfed Respiratory Partnership Board, the regional respiratory partnership forum "
              "of clinicians, third sector and service-user representatives. The Partnership Board is "
              "hosted by the Health Board's Primary Care Directorate and does not have separate legal "
              "personality; it enters into this Agreement in its own name through its Chair."),
        ("h1", "Article 2 - Background and purpose"),
        ("p", "2.1 Around 11,400 people in the West Dyfed locality are on GP registers for COPD. Fewer than "
              "one in five of those eligible complete pulmonary rehabilitation, and travel times of over "
              "an hour to the two hospital-based programmes are the reason most often recorded."),
        ("p", "2.2 The Parties wish to pool staff, academic expertise and funding to run rehabilitation "
              "and inhaler technique review from four community hubs, and to evaluate the model so that "
              "the Health Board can decide whether to commission it permanently."),
        ("p", "2.3 Treatment decisions remain with the Health Board's clinicians and follow All Wales "
              "Medicines Strategy Group advice and the Health Board formulary. The project is not "
              "connected with any product of the Company and no funding depends on prescribing."),
        ("h1", "Article 3 - Expected benefits"),
        ("bl", ["Patients: rehabilitation closer to home, with a target of 35% completion among those "
                "referred (baseline 18%), better inhaler technique and fewer exacerbations.",
                "Health Board: a costed community model and reduced demand on hospital programmes.",
                "University: a practice-based evaluation and placements for physiotherapy students.",
                "Company: a better understanding of community respiratory pathways in rural Wales.",
                "Partnership Board: a stronger service-user voice in the regional respiratory plan."]),
        ("h1", "Article 4 - Term"),
        ("p", "4.1 The project starts on 1 January 2026 and runs for 24 months, unless ended earlier under "
              "Article 12."),
        ("h1", "Article 5 - Roles"),
        ("tbl", [["Party", "Responsibilities"],
                 ["Health Board", "Clinical delivery, employment of funded staff, hub rooms, IG and data "
                                  "controller, steering group chair."],
                 ["University", "Evaluation design, analysis of the anonymised dataset, final report."],
                 ["Company", "Funding, project management support from its Partnerships team, "
                             "service-design workshops."],
                 ["Partnership Board", "Service-user engagement, co-design events, patient information "
                                       "review."]], [0.25, 0.75]),
        ("h1", "Article 6 - Measures of success"),
        ("tbl", [["Measure", "Baseline", "Target (month 24)", "Source"],
                 ["Completion of pulmonary rehabilitation", "18%", "35%", "Health Board PR database"],
                 ["Correct inhaler technique at review", "41% (audit 2025)", "70%", "Hub review template"],
                 ["COPD admissions per 1,000 on register", "46", "40", "Health Board BI, quarterly"]],
         [0.37, 0.18, 0.2, 0.25]),
        ("h1", "Article 7 - Governance"),
        ("p", "7.1 A steering group with one member from each Party meets every two months, chaired by the "
              "Health Board's Head of Respiratory Therapies. No sales or promotional staff of the Company "
              "will sit on the steering group or take part in delivery."),
        ("h1", "Article 8 - Confidentiality"),
        ("p", "8.1 Each Party shall keep confidential the information of the others disclosed for the "
              "project and use it only for the project. Nothing prevents the Health Board or the "
              "University meeting its duties under the Freedom of Information Act 2000."),
        ("h1", "Article 9 - Data protection"),
        ("p", "9.1 The Health Board is the controller of all patient data, which is processed in line with "
              "UK GDPR and the Data Protection Act 2018. A DPIA has been signed off by the Health Board's "
              "Caldicott Guardian. The University receives a pseudonymised extract under a data sharing "
              "agreement; the Company receives aggregate figures only and never patient-identifiable data."),
        ("h1", "Article 10 - Transparency"),
        ("p", "10.1 The Company will publish a summary of this Agreement on its collaborative working web "
              "page before the project starts. All Parties will publish a summary of the outcomes within "
              "six months of completion. Payments to the Health Board will be disclosed on Disclosure UK."),
        ("h1", "Article 11 - Anti-bribery and disputes"),
        ("p", "11.1 Each Party complies with the Bribery Act 2010. Disputes go first to the steering group, "
              "then to the Health Board's Director of Therapies and the Company's General Manager, and "
              "then to mediation."),
        ("h1", "Article 12 - Termination and exit"),
        ("p", "12.1 Any Party may withdraw on three months' written notice; the Agreement may be ended at "
              "once if the PMCPA rules that it breaches the ABPI Code. On expiry or termination the Health "
              "Board will continue any rehabilitation course already started, patients will revert to the "
              "hospital-based programme, and the funded physiotherapist post will either be absorbed into "
              "the Health Board establishment or end under its organisational change policy."),
        ("pb",),
        ("h1", "Schedule 2 - Contributions"),
        ("tbl", [["Party", "Contribution", "Value"],
                 ["Health Board", "0.6 WTE Band 7 respiratory physiotherapist time, hub rooms, BI analyst "
                                  "2 days/month", "£58,000 in kind"],
                 ["University", "0.2 WTE research fellow and statistician support", "£21,500 in kind"],
                 ["Company", "Funding of 1.0 WTE Band 6 physiotherapist (employed by the Health Board) and "
                             "25 days of project management", "£96,000 cash; £11,000 in kind"],
                 ["Partnership Board", "Four co-design events, venue and volunteer time", "£3,000 in kind"]],
         [0.22, 0.53, 0.25]),
        ("sig", [("Glannau Dyfed University Health Board", "Huw Prydderch", "Chief Executive"),
                 ("Caerwenlli University", "Prof. Nia Elwyn", "Pro Vice-Chancellor, Research"),
                 ("Aberhelyg Pharma UK Limited", "Martin Ashdown", "General Manager UK & Ireland"),
                 ("West Dyfed Respiratory Partnership Board", "Cllr Gwenllian Rees", "Chair")]),
    ],
}

D02 = {
    "file": "t11b-02-lomondside-heart-failure-pid.pdf", "type": "pid",
    "meta": {"header": "NHS Lomondside / West Carrick HSCP / Strathkelvin Therapeutics UK Ltd - PID v2.0",
             "footer": "OFFICIAL - Job code STK-UK-JW-0412 - Date of preparation: September 2025",
             "layout": "twocol"},
    "defects": {},
    "notes": "All applicable rules pass. Two-column PDF. Exit is paraphrased ('Ending the project'); "
             "confidentiality and data protection sit in one section; the company lead is a Medical "
             "Affairs Manager and the partnerships manager (non-promotional). Legal-entities is n/a "
             "for a PID even though the HSCP is listed as a partner.",
    "keys": ["Ending the project", "six weeks' notice", "Information governance and confidentiality",
             "NHS Lomondside is the data controller", "Disclosure UK"],
    "blocks": [
        ("title", "Project Initiation Document - Heart Failure Optimisation Clinics in West Carrick"),
        ("kv", [["Project owner", "NHS Lomondside (Cardiology, Royal Carrick Infirmary)"],
                ["Partners", "NHS Lomondside; West Carrick Health and Social Care Partnership; "
                             "Strathkelvin Therapeutics UK Ltd"],
                ["Version / date", "2.0, 18 September 2025"],
                ["Start / finish", "Q1 2026 (January) to Q4 2027 (December)"]], [0.3, 0.7]),
        ("h1", "1. Why this project"),
        ("p", "Heart failure with reduced ejection fraction affects about 2,300 adults in West Carrick. "
              "A 2024 audit found that only 44% of them were on all four guideline-recommended classes of "
              "therapy at target dose, and waiting times for a heart failure nurse review were up to 14 "
              "weeks. Patients living on the islands often travel a full day for a 20-minute review."),
        ("h1", "2. Aims"),
        ("bl", ["Run nurse-led optimisation clinics in three community hubs, with video review for "
                "island patients.", "Bring patients' therapy in line with SIGN 147 and the Area Drug and "
                "Therapeutics Committee formulary, whichever licensed medicines the clinician selects.",
                "Produce a costed model for the HSCP's strategic plan."]),
        ("h1", "3. Benefits"),
        ("p", "For patients: shorter waits (target under 4 weeks), care nearer home and fewer emergency "
              "admissions. For the NHS Board and HSCP: freed cardiology outpatient capacity and a tested "
              "model for recurrent funding. For Strathkelvin: insight into how remote and rural services "
              "organise heart failure care; no commercial return is expected or sought."),
        ("h1", "4. Outcome measures"),
        ("tbl", [["Measure", "Baseline", "Target"],
                 ["Patients on all four classes at target dose", "44%", "65% at month 18"],
                 ["Wait for nurse review", "14 weeks", "4 weeks"],
                 ["HF emergency admissions / year", "312", "265"]], [0.5, 0.2, 0.3]),
        ("p", "Data come from the HSCP's SCI-Store extract and NHS Lomondside's admissions data, reported "
              "quarterly as anonymised aggregates by the Board's analytics team."),
        ("h1", "5. Who is who"),
        ("tbl", [["Organisation", "Lead"],
                 ["NHS Lomondside", "Dr Fiona Gilchrist, Consultant Cardiologist, "
                                    "fiona.gilchrist@lomondside.scot.nhs.uk"],
                 ["West Carrick HSCP", "Ross McInnes, Head of Community Health, "
                                       "ross.mcinnes@westcarrick-hscp.scot"],
                 ["Strathkelvin Therapeutics UK Ltd", "Dr Alana Kerr, Medical Affairs Manager; "
                                                     "Callum Boyd, NHS Partnerships Manager"]], [0.4, 0.6]),
        ("p", "The steering group (three leads plus the HSCP finance business partner) meets monthly for "
              "the first six months and then quarterly. Strathkelvin's sales and marketing staff have no "
              "role in the project."),
        ("h1", "6. Resources"),
        ("bl", ["Strathkelvin: £118,000 over two years to fund a 1.0 WTE Band 6 heart failure nurse "
                "recruited and employed by NHS Lomondside, plus 20 days of project management.",
                "NHS Lomondside: consultant supervision (1 PA per week), clinic rooms, analytics support "
                "(in kind c. £46,000).",
                "West Carrick HSCP: community hub space, district nursing liaison and the video-clinic "
                "platform (in kind c. £19,000)."]),
        ("h1", "7. Ending the project"),
        ("p", "Any partner can end its participation on six weeks' notice to the steering group. Patients "
              "under review will be handed back to the cardiology nurse service with a written care plan. "
              "By month 18 the HSCP will decide whether to fund the nurse post recurrently; if it does "
              "not, the post ends under NHS Lomondside HR policy and clinics stop at month 24."),
        ("h1", "8. Information governance and confidentiality"),
        ("p", "NHS Lomondside is the data controller. Processing follows UK GDPR and the Data Protection "
              "Act 2018, and a DPIA has been approved by the Board's Caldicott Guardian. Strathkelvin "
              "staff will not see patient records or any data that could identify a person; reports to "
              "the company contain aggregate numbers only. All project papers and each partner's "
              "commercial information are confidential to the steering group, subject to FOISA 2002."),
        ("h1", "9. Publication"),
        ("p", "A certified executive summary will appear on Strathkelvin's website and the HSCP's "
              "website before the clinics open. An outcomes report will be published by all partners "
              "within six months of the end date. Strathkelvin will declare its funding on Disclosure UK."),
        ("small", "Certified for Strathkelvin Therapeutics UK Ltd by Dr Alana Kerr, 22 September 2025."),
    ],
}

D03 = {
    "file": "t11b-03-severn-wold-smi-physical-health-agreement.pdf", "type": "agreement",
    "meta": {"header": "Three-party Joint Working Agreement - SMI Physical Health Checks",
             "footer": "Severn Wold ICB / Wealdmere MH NHS FT / Penhallow Generics Ltd - v1.1",
             "layout": "ruled"},
    "defects": {"resource-contributions": "fail", "data-protection": "warn"},
    "notes": "resource-contributions FAIL: three parties; the ICB and Penhallow contributions are set out "
             "in the table but the Trust row reads 'to be confirmed once the clinic model is agreed', so "
             "one party's contribution is missing. data-protection WARN: the only data clause says "
             "processing follows the 'Data Protection Act 1998' (outdated) with nothing on controller, "
             "DPIA or company access. Everything else passes.",
    "keys": ["to be confirmed once the clinic model is agreed", "Data Protection Act 1998",
             "60 days' notice", "Penhallow Generics Ltd"],
    "blocks": [
        ("title", "Joint Working Agreement: Physical Health Checks for People with Severe Mental Illness"),
        ("p", "This Agreement is dated 14 October 2025 and is made between the parties listed in the table "
              "below."),
        ("tbl", [["Party", "Address", "Registration"],
                 ["NHS Severn Wold Integrated Care Board (\"the ICB\")", "Riverside House, 2 Quay Street, "
                  "Tewkesbury GL20 5BQ", "Statutory body (ICB)"],
                 ["Wealdmere Mental Health NHS Foundation Trust (\"the Trust\")", "Brookfield Centre, "
                  "Malvern Road, Worcester WR2 4JT", "NHS foundation trust"],
                 ["Penhallow Generics Ltd (\"Penhallow\")", "Unit 9, Treloweth Industrial Estate, "
                  "Redruth TR15 3RU", "Company no. 05517342"]], [0.38, 0.37, 0.25]),
        ("h1", "1. Purpose"),
        ("p", "1.1 People with schizophrenia, bipolar disorder and other psychoses die 15 to 20 years "
              "earlier than the general population, largely from preventable physical illness. In 2024/25 "
              "only 52% of people on Severn Wold SMI registers received all six elements of the annual "
              "physical health check."),
        ("p", "1.2 The parties will jointly run outreach health-check clinics in the Trust's community "
              "mental health teams, with follow-up to primary care. The project is product-neutral; no "
              "medicine is promoted and all prescribing follows NICE CG178 and the ICB formulary."),
        ("h1", "2. Benefits"),
        ("p", "2.1 Patients: earlier detection of raised blood pressure, diabetes and high cholesterol, and "
              "support to stop smoking. The ICB: better achievement of the national SMI health-check "
              "standard. The Trust: integrated physical health care. Penhallow: understanding of the "
              "mental health pathway to inform its patient-support materials."),
        ("h1", "3. Success measures"),
        ("tbl", [["Indicator", "Baseline 2024/25", "Target by March 2027"],
                 ["People on SMI register receiving all six checks", "52%", "75%"],
                 ["Referred smokers accepting stop-smoking support", "21%", "40%"],
                 ["Follow-up actions completed within 12 weeks", "not recorded", "80%"]], [0.5, 0.25, 0.25]),
        ("h1", "4. Contributions"),
        ("tbl", [["Party", "Contribution"],
                 ["ICB", "£40,000 towards point-of-care testing equipment; 0.2 WTE SMI programme lead"],
                 ["Penhallow", "£72,000 to fund two Band 4 health-check support workers employed by the "
                               "Trust; 15 days of project management and evaluation support"],
                 ["Trust", "To be confirmed once the clinic model is agreed"]], [0.2, 0.8]),
        ("h1", "5. Governance"),
        ("p", "5.1 A joint project board (ICB SMI lead, Trust associate director of nursing, Penhallow "
              "head of NHS collaborations) meets monthly. Penhallow's representatives and account "
              "managers have no involvement."),
        ("h1", "6. Confidentiality"),
        ("p", "6.1 Each party shall treat the other parties' non-public information, and all information "
              "about patients, as confidential, and shall not disclose it except as needed for the "
              "project or as required by law, including the Freedom of Information Act 2000."),
        ("h1", "7. Data"),
        ("p", "7.1 Any processing of personal data under this Agreement will comply with the Data "
              "Protection Act 1998."),
        ("h1", "8. Publication and disclosure"),
        ("p", "8.1 Penhallow will place a summary of this Agreement on its website before clinics start. "
              "The parties will publish the outcomes within six months of completion, and Penhallow will "
              "report its payments on Disclosure UK."),
        ("h1", "9. Term, termination and exit"),
        ("p", "9.1 The project runs from 1 December 2025 to 30 November 2027. Any party may terminate on "
              "60 days' notice, or at once following a PMCPA ruling of breach. On termination or expiry "
              "the Trust will continue health checks through its existing physical health nurses, the "
              "funded support worker posts will end under Trust policy unless the ICB commissions them, "
              "and any outstanding follow-up will be passed to patients' GP practices."),
        ("h1", "10. General"),
        ("p", "10.1 The parties comply with the Bribery Act 2010. Disputes are escalated to the ICB Chief "
              "Medical Officer, the Trust Medical Director and Penhallow's Managing Director."),
        ("sig", [("NHS Severn Wold Integrated Care Board", "Joanna Pryce", "Chief Medical Officer"),
                 ("Wealdmere Mental Health NHS Foundation Trust", "Dr Samuel Okafor", "Medical Director"),
                 ("Penhallow Generics Ltd", "Keith Trebilcock", "Managing Director")]),
    ],
}

D04 = {
    "file": "t11b-04-southmourne-ibd-executive-summary.docx", "type": "executive-summary",
    "es_data": True,
    "meta": {"header": "Ardglass Biologics UK Ltd - Collaborative Working Executive Summary",
             "footer": "UK-ARD-CW-0031 | Date of preparation: October 2025", "font": "Arial"},
    "defects": {},
    "notes": "All applicable rules pass. The summary mentions patient records and data sharing, so "
             "data-protection applies and passes (Trust is data controller, company receives anonymised "
             "aggregate data only). Both parties' contributions are stated with values.",
    "keys": ["anonymised, aggregated", "before the project starts", "Contribution of each party"],
    "blocks": [
        ("title", "Executive Summary: IBD Virtual Review Clinic"),
        ("kv", [["Partners", "Southmourne Health and Social Care Trust; Ardglass Biologics UK Ltd"],
                ["Project period", "February 2026 - January 2028 (24 months)"],
                ["Type", "Collaborative working (ABPI Code Clause 20)"]], [0.3, 0.7]),
        ("h2", "Background"),
        ("p", "The Trust's inflammatory bowel disease service looks after about 3,900 people. Routine "
              "follow-up slots are booked months ahead, so patients with flares often wait or attend the "
              "emergency department. A virtual review clinic, supported by a patient-reported symptom "
              "score and faecal calprotectin home testing, would let the team see the right patients "
              "at the right time."),
        ("h2", "Objectives and expected benefits"),
        ("bl", ["Patients: quicker review when symptoms flare (target: within 5 working days), fewer "
                "unnecessary hospital visits, more say in their follow-up.",
                "Trust: about 1,200 outpatient slots released per year for new referrals.",
                "Ardglass: a better understanding of how IBD services in Northern Ireland organise "
                "follow-up; no link to the use of any Ardglass medicine."]),
        ("h2", "Contribution of each party"),
        ("p", "Ardglass will provide £84,000 to fund a Band 7 IBD nurse specialist post (employed by the "
              "Trust) for 24 months and 18 days of project management support. The Trust will provide "
              "consultant and pharmacist time, clinic administration, the home testing kits and analyst "
              "support, valued at £71,000."),
        ("h2", "Roles"),
        ("p", "The Trust leads clinical delivery and owns the service. Ardglass provides project "
              "management and helps with the evaluation design. A joint steering group oversees the work."),
        ("h2", "Patient data"),
        ("p", "Patient records stay within the Trust, which is the data controller under UK GDPR. A data "
              "protection impact assessment has been completed. Ardglass will see anonymised, aggregated "
              "results only and will not have access to any information that identifies a patient."),
        ("h2", "Publication"),
        ("p", "This summary is published on the Ardglass website and the Trust's website before the "
              "project starts. Both parties will publish a summary of the outcomes within six months of "
              "completion."),
        ("h2", "Contacts"),
        ("tbl", [["Organisation", "Lead", "Email"],
                 ["Southmourne HSC Trust", "Dr Ciaran Mulholland, Consultant Gastroenterologist",
                  "ciaran.mulholland@southmourne.hscni.net"],
                 ["Ardglass Biologics UK Ltd", "Orla Fitzsimons, Head of Partnerships",
                  "ofitzsimons@ardglassbio.co.uk"]], [0.3, 0.4, 0.3]),
    ],
}

D05 = {
    "file": "t11b-05-wessex-ambulance-hypo-outcomes.pdf", "type": "outcomes-summary",
    "meta": {"header": "East Wessex Ambulance Service NHS Trust", "footer": "Project close report - v0.9",
             "layout": "plain", "font": "Times"},
    "defects": {"measurable-outcomes": "warn", "transparency": "fail"},
    "notes": "measurable-outcomes WARN: results are described only qualitatively ('well received', "
             "'fewer repeat call-outs were noticed', 'positive trend') with no figures, baselines or "
             "targets. transparency FAIL: the report is marked for the steering group only and says it "
             "will not be published; no commitment to publish outcomes or disclose. patient-benefit "
             "passes (patients stayed at home with same-day follow-up).",
    "keys": ["not for publication", "positive trend", "stayed at home"],
    "blocks": [
        ("title", "Summary of Project Outcomes - Hypoglycaemia Non-Conveyance Referral Pathway"),
        ("kv", [["Partners", "East Wessex Ambulance Service NHS Trust; Kestrel Medtech Pharma Ltd "
                             "(company no. 11240987)"],
                ["Actual duration", "April 2024 to March 2025"],
                ["Circulation", "Steering group members only - internal document, not for publication"]],
         [0.3, 0.7]),
        ("h1", "Overview"),
        ("p", "Ambulance crews attend many people with diabetes who have had a hypoglycaemic episode. Most "
              "are treated on scene and not taken to hospital, but until this project there was no "
              "consistent way of making sure their diabetes team or GP knew about the episode. The "
              "project built an electronic referral from the crew's patient care record to community "
              "diabetes teams, with a follow-up call within 48 hours."),
        ("h1", "What we did"),
        ("bl", ["Agreed the referral criteria with three community diabetes teams.",
                "Trained crews at six stations using a short e-learning module written by the Trust's "
                "clinical education team with input from Kestrel's medical adviser.",
                "Ran the pathway for twelve months with monthly review by the steering group."]),
        ("h1", "Results"),
        ("p", "The pathway was well received by crews and by diabetes teams. Patients who were referred "
              "stayed at home and were contacted by their diabetes team, and staff reported that fewer "
              "repeat call-outs were noticed at the pilot stations. Overall the data show a positive trend "
              "and the steering group considers the objectives to have been broadly met."),
        ("h1", "Benefits"),
        ("p", "Patients avoided unnecessary trips to the emergency department and got a follow-up review "
              "of their treatment plan. The Trust gained a tested referral route that can be used for "
              "other conditions. Kestrel learned how ambulance services work with community teams."),
        ("h1", "Reflections"),
        ("p", "Both partners delivered what they had agreed: the Trust supplied clinical leadership and "
              "the digital team, and Kestrel funded the e-learning build and project support. Working "
              "together let us move faster than the Trust could alone. The referral route has been "
              "adopted as standard practice in the Trust from April 2025."),
        ("h1", "Learning"),
        ("p", "Early engagement with receiving teams was essential. Crews need a single, simple referral "
              "button; anything more complex is not used at 3am."),
    ],
}

DOCS = [D01, D02, D03, D04, D05]
