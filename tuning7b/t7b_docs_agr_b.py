"""tuning7b agreements 04-05."""


def agr_04():
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Hepatitis C Test and Treat in Drug and Alcohol Services. Three-party agreement. Ref CCC/PH/2026/118. Dated 10 March 2026"),
        ("h", "Between"),
        ("kv", [
            ("Party A", "Castlebridge City Council (Public Health), The Guildhall, Castlebridge"),
            ("Party B", "Severnhythe Hospitals NHS Trust, Severnhythe Royal Infirmary, Dock Street, Severnhythe"),
            ("Party C", "Marisco Healthcare UK Ltd, company no. 04455667, Unit 7, Halden Business Park, Thatchbury"),
            ("Lead contracting party", "Castlebridge City Council"),
        ]),
        ("h", "1. What the project is for"),
        ("p", "1.1 To find and treat people with hepatitis C who use the council-commissioned drug and alcohol service, by offering "
              "point-of-care testing at every key-worker appointment and a same-day link to the Trust's hepatology outreach nurse. "
              "1.2 Benefits for patients: diagnosis without a hospital trip, treatment started within four weeks of a positive test, "
              "cure for most people who complete treatment, and lower risk of liver cirrhosis and liver cancer. Benefits for the "
              "Council and Trust: progress towards local elimination targets. Benefit for Marisco: better understanding of "
              "community testing models."),
        ("h", "2. Duration"),
        ("p", "2.1 1 May 2026 to 30 April 2027, subject to Schedule 4."),
        ("h", "3. Who provides what (see also Schedule 2)"),
        ("table", [
            ["Party", "Contribution", "Value"],
            ["Castlebridge City Council", "Access to the drug and alcohol service sites; key-worker time for testing (approx. 10 "
             "min per test); public health analyst 0.1 WTE", "£24,000 in kind"],
            ["Severnhythe Hospitals NHS Trust", "Hepatology consultant oversight; outreach nurse 0.4 WTE; laboratory confirmation "
             "testing; treatment through the regional Operational Delivery Network", "£52,500 in kind"],
            ["Marisco Healthcare UK Ltd", "£58,000 to fund point-of-care test kits and a 0.6 WTE peer support worker (employed by "
             "the service provider); medical affairs project manager 0.1 WTE", "£58,000 cash + £9,000 in kind"],
        ]),
        ("h", "4. Success measures"),
        ("table", [
            ["Measure", "Baseline (2025/26)", "Target", "Data source"],
            ["Service users tested for HCV in last 12 months", "31%", "75% by April 2027", "Service case management system"],
            ["Positive tests linked to treatment within 4 weeks", "44%", "85%", "ODN treatment register"],
            ["Treatment completion", "71%", "90%", "ODN treatment register"],
        ]),
        ("h", "5. Governance"),
        ("p", "5.1 A steering group chaired by the Council's Consultant in Public Health (members: Trust hepatology lead, outreach "
              "nurse, service provider manager, Marisco medical affairs project manager) meets quarterly. 5.2 Marisco's sales and "
              "marketing staff will have no involvement in the project. 5.3 Treatment choice is made by the ODN multidisciplinary "
              "team in line with NICE technology appraisal guidance and is not linked to any Marisco product."),
        ("h", "6. Information governance"),
        ("p", "6.1 The Council's commissioned provider and the Trust are each data controller for the records they hold; a data "
              "sharing agreement and DPIA cover the referral flow. 6.2 Marisco will not receive personal data. Reports to Marisco are "
              "aggregated and cells under 5 are suppressed."),
        ("h", "7. Confidentiality"),
        ("p", "7.1 The parties will keep confidential the terms of this Agreement (other than the published summary), pricing and "
              "any unpublished data, subject to FOIA obligations of the Council and the Trust."),
        ("h", "8. Transparency"),
        ("p", "8.1 Marisco will publish an executive summary before the start date and disclose payments via Disclosure UK. 8.2 All "
              "parties will publish outcomes within six months of completion."),
        ("h", "Schedule 4 - Decommissioning and continuity of care"),
        ("bul", [
            "Any party may withdraw on three months' written notice to the others; the project also stops if the PMCPA finds a breach.",
            "On withdrawal or at the end date, anyone mid-treatment completes treatment through the ODN; nobody is discharged "
            "mid-course.",
            "Point-of-care testing continues only if the Council includes it in the 2027 drug and alcohol service specification "
            "(decision due January 2027); otherwise testing returns to the current GP and hospital routes.",
            "The peer support worker is on a fixed-term contract with the provider that ends with the project; remaining kits are "
            "transferred to the Council.",
        ]),
        ("sig", [("Castlebridge City Council", "Dr Olu Adebayo", "Consultant in Public Health"),
                 ("Severnhythe Hospitals NHS Trust", "Kathryn Seddon", "Director of Strategy"),
                 ("Marisco Healthcare UK Ltd", "Priyanka Sethi-Moore", "Medical Director UK")]),
    ]
    return dict(file="t7b_agr_04_hepc_test_treat.pdf", type="agreement",
                meta=dict(header="CCC/PH/2026/118 - Collaborative Working Agreement", header_right="OFFICIAL",
                          footer="Castlebridge City Council / Severnhythe Hospitals NHS Trust / Marisco Healthcare UK Ltd",
                          ruled=True),
                blocks=blocks, outcomes={},
                notes="All pass. Exit only in 'Schedule 4 - Decommissioning and continuity of care' (notice, completion of "
                      "treatment, service spec decision, fixed-term post ends).")


def agr_05():
    blocks = [
        ("title", "Joint Working Agreement"),
        ("sub", "Living Well with Persistent Pain - NHS Lowther and Brayfield Integrated Care Board and Quillon Medical UK Ltd"),
        ("kv", [
            ("Agreement date", "6 March 2026"),
            ("Parties", "NHS Lowther and Brayfield Integrated Care Board (the ICB); Quillon Medical UK Ltd, company no. 07766554 (Quillon)"),
            ("Project period", "1 June 2026 - 31 May 2027"),
            ("ICB contact", "Ruth Gallagher, Senior Programme Manager, Medicines Optimisation"),
            ("Quillon contact", "Dr Sebastian Orme, Medical Partnerships Lead"),
        ]),
        ("h", "1. Scope"),
        ("p", "Pharmacist-led reviews in 9 practices for people on long-term opioids for non-cancer pain, with access to a pain "
              "management course run by the community pain service and peer support."),
        ("h", "2. Expected benefits"),
        ("table", [
            ["Who", "Expected benefit"],
            ["People living with persistent pain", "A personalised review and plan; support to reduce opioid doses safely where "
             "appropriate; fewer side effects such as drowsiness and constipation; better function and quality of life"],
            ["ICB and practices", "Safer prescribing; fewer opioid-related hospital admissions"],
            ["Quillon", "Understanding of primary care pain pathways"],
        ]),
        ("h", "3. Success measures"),
        ("table", [
            ["KPI", "Baseline", "Target", "Measured"],
            ["Patients on >=120mg oral morphine equivalent/day", "212 (Jan 2026)", "150", "ePACT2 + practice search, quarterly"],
            ["Eligible patients offered a review", "0", "600", "Review template, monthly"],
            ["Brief Pain Inventory interference score (mean)", "7.1 (pilot)", "<=6.0", "Pre/post questionnaire"],
        ]),
        ("h", "4. Contributions"),
        ("bul", [
            "ICB: programme manager 0.2 WTE, medicines optimisation pharmacists' supervision 0.1 WTE, analyst support, venue hire "
            "for pain courses (approx. £26,000 in kind).",
            "Quillon: £49,500 for 0.8 WTE Band 8a pharmacist sessions (via the ICB's bank), project management support 2 days/month, "
            "independent evaluation costs.",
        ]),
        ("h", "5. Governance and people"),
        ("p", "Programme board: ICB Head of Medicines Optimisation (chair), pain consultant, lead pharmacist, patient representative, "
              "Quillon Medical Partnerships Lead. Quillon confirms that no member of its sales team will be involved at any stage."),
        ("h", "6. Data protection"),
        ("p", "Practices remain controllers of their records; the ICB processes pseudonymised data for evaluation under a DPIA. "
              "Quillon has no access to identifiable patient information and sees only aggregated results. UK GDPR and the Data "
              "Protection Act 2018 apply."),
        ("h", "7. Confidentiality"),
        ("p", "Confidentiality: standard terms apply."),
        ("h", "8. Publication"),
        ("p", "Quillon will publish a summary of this Agreement before the project starts. The ICB and Quillon will both publish the "
              "outcomes within six months of the end, and Quillon's payments will be disclosed on Disclosure UK."),
        ("h", "9. Exit arrangements"),
        ("p", "To be agreed by the programme board."),
        ("h", "10. Law"),
        ("p", "English law. Disputes escalate to the ICB Chief Pharmacist and Quillon UK Medical Director."),
        ("sig", [("NHS Lowther and Brayfield Integrated Care Board", "Ruth Gallagher", "Senior Programme Manager"),
                 ("Quillon Medical UK Ltd", "Dr Sebastian Orme", "Medical Partnerships Lead")]),
    ]
    return dict(file="t7b_agr_05_persistent_pain.docx", type="agreement",
                meta=dict(header="JWA - Living Well with Persistent Pain", footer="NHS Lowther and Brayfield ICB"),
                blocks=blocks,
                outcomes={"exit-strategy": "fail", "confidentiality": "warn"},
                notes="exit-strategy fail: 'Exit arrangements' heading with only 'To be agreed by the programme board'; project period "
                      "dates are not an exit plan. confidentiality warn: bare 'Confidentiality: standard terms apply' (the DP clause "
                      "covers identifiable data access, not confidentiality of project information).")
