"""holdout5 outcomes summaries O1-O5."""
from h5_common import mk, outcomes

T = "outcomes-summary"


def o1():
    b = [
        ("kv", [["Project name", "Breathe Easier - community pulmonary rehabilitation expansion"],
                ["Partners", "Southfleet Community Healthcare NHS Trust and Brackenridge Medical UK Ltd"],
                ["Actual duration", "May 2023 to April 2025 (24 months)"],
                ["Published", "September 2025"]]),
        ("h", "Project overview"),
        ("p", "The project set out to double pulmonary rehabilitation (PR) capacity for people with COPD by opening two community venues and adding a virtual programme, and to cut the wait from referral to start from 26 weeks to 8 weeks."),
        ("h", "Results"),
        ("table", [["Measure", "Baseline", "Target", "Achieved"],
                   ["Median wait referral to start", "26 weeks", "8 weeks", "7 weeks"],
                   ["PR completions per year", "310", "600", "644"],
                   ["Completers with 30m+ improvement in walk test", "52%", "65%", "68%"],
                   ["COPD admissions among completers (12 months)", "0.61 per patient", "0.45", "0.43"]]),
        ("h", "Benefits delivered"),
        ("p", "Patients: shorter waits, better exercise capacity and fewer hospital admissions; 91% rated the programme good or excellent. Trust: the expanded service has been commissioned recurrently from April 2025. Brackenridge: a clearer understanding of community rehabilitation and evidence for partnership working."),
        ("h", "Reflections"),
        ("p", "Both partners delivered their agreed contributions (Trust: physiotherapy and venues; Brackenridge: £74,000 and project management). The virtual programme took longer to set up than planned; the steering group agreed a three-month extension to that workstream without additional funding. Working together achieved more than either organisation could alone."),
        ("h", "Learning for others"),
        ("ul", ["Secure venues before recruiting staff.",
                "Offer a virtual option from the start: one in four patients chose it.",
                "Agree data definitions at baseline."]),
        ("p", "This summary is published on the websites of both partners within six months of the project's completion, and Brackenridge's contribution is disclosed on Disclosure UK."),
    ]
    return mk("h5-o01-southfleet-pr-outcomes.docx", T, "Summary of Project Outcomes", b,
              "All applicable rules pass: results table against baselines and targets, patient benefit, published within six months + Disclosure UK.",
              outcomes(T), header="Southfleet CHT and Brackenridge Medical UK Ltd", footer="BRK-UK-JW-0121 | September 2025")


def o2():
    b = [
        ("h", "The partnership"),
        ("p", "Linmouth Borough Council (public health) and Aldwyn Pharma UK Ltd worked together from January 2024 to December 2024 on Bump to Breath, a programme supporting pregnant women who smoke to stop."),
        ("h", "What we set out to do"),
        ("p", "Train midwives to carry out carbon monoxide screening at every booking appointment and refer all smokers on an opt-out basis to a specialist in-house stop-smoking adviser."),
        ("h", "What happened"),
        ("p", "CO screening at booking rose from 58% to 94% of women. Referrals to the adviser rose from 140 to 412 a year. Smoking at time of delivery fell from 13.1% to 9.4% of maternities, compared with a target of 10%. Of the women who set a quit date, 47% were CO-verified quit at four weeks."),
        ("p", "For families, this means fewer babies born underweight or early and fewer children growing up exposed to second-hand smoke. The Council has built the adviser role into its tobacco control plan. Aldwyn gained insight into prevention services run by local government."),
        ("h", "Looking back"),
        ("p", "The Council delivered the midwife training and the adviser's management; Aldwyn delivered its funding (£52,000) and evaluation support as agreed. A recruitment gap of two months was covered by a council adviser. Both partners consider the programme achieved more jointly than either could have alone."),
        ("h", "Where to find this"),
        ("p", "Both partners have posted this report on their websites, five months after the programme closed. Aldwyn's transfer of value is listed in its Disclosure UK return."),
    ]
    return mk("h5-o02-linmouth-pregnancy-smoking-outcomes.pdf", T, "Bump to Breath: What the Partnership Achieved", b,
              "All applicable rules pass in unusual wording ('What happened', 'For families...', 'Where to find this'); numeric outcomes against baseline and target.",
              outcomes(T), columns=2, header="Linmouth Borough Council | Aldwyn Pharma UK Ltd", footer="ALD-UK-CW-0231", grid="lines", font="Times-Roman")


def o3():
    b = [
        ("h", "Project"),
        ("p", "Community Heart Failure Diagnostics Hub - Northmoor Valley NHS Foundation Trust and Penmore Healthcare UK Ltd, March 2024 to February 2025."),
        ("h", "Overview"),
        ("p", "The project set up a one-stop community hub offering NT-proBNP testing and echocardiography for patients with suspected heart failure referred by GPs."),
        ("h", "Outcomes"),
        ("p", "The hub was well received by patients and GPs. Waiting times improved and the pathway is now more streamlined. Staff reported that the project was a great success and the outcomes were positive overall."),
        ("h", "Benefits"),
        ("p", "Patients with suspected heart failure were diagnosed closer to home and started on appropriate care sooner. The Trust gained a tested model. Penmore gained insight into diagnostic pathways."),
        ("h", "Learning"),
        ("p", "Early engagement with GP practices and a single referral form were key to success."),
        ("h", "Distribution"),
        ("p", "This report is for internal circulation within the partner organisations only."),
    ]
    return mk("h5-o03-northmoor-hf-hub-outcomes.docx", T, "Summary of Project Outcomes", b,
              "measurable-outcomes WARN: outcomes are only qualitative ('waiting times improved', 'great success'), no figures. transparency FAIL: internal circulation only, no publication/Disclosure UK.",
              outcomes(T, measurable_outcomes="warn", transparency="fail"), footer="Northmoor Valley NHS FT")


def o4():
    b = [
        ("h", "Project summary"),
        ("p", "Partners: Eastmere Hospitals NHS Trust and Ostrander Biosciences plc. Duration: July 2024 - June 2025. The project embedded a structured heart failure discharge checklist on the cardiology ward."),
        ("h", "Headline results"),
        ("ul", ["Cardiolix prescribing at discharge rose by 30%, making Cardiolix the leading therapy on the ward.",
                "212 new patients were initiated on Cardiolix during the project.",
                "Completion of the discharge checklist reached 88% (baseline 40%)."]),
        ("h", "Benefits"),
        ("p", "The main benefit of the project was the increased uptake of Cardiolix across the Trust. The Trust now has a standard checklist."),
        ("h", "Reflections"),
        ("p", "The partners met their commitments; Ostrander provided a pharmacist for 12 months and the Trust provided ward pharmacy supervision."),
        ("h", "Publication"),
        ("p", "This outcomes summary is published on both partners' websites within six months of the project end."),
    ]
    return mk("h5-o04-eastmere-hf-outcomes.pdf", T, "Outcomes Summary - Heart Failure Discharge Project", b,
              "promotional-language FAIL: headline results are brand uptake ('Cardiolix the leading therapy', initiations). patient-benefit FAIL: the only stated benefit is product uptake. measurable-outcomes pass (numeric results incl. checklist completion vs baseline).",
              outcomes(T, promotional_language="fail", patient_benefit="fail"), grid="grid", header="Ostrander Biosciences plc", footer="OST-UK-0619")


def o5():
    b = [
        ("kv", [["Project", "Community Lymphoedema Early Intervention"],
                ["Partners", "Kestrel Bay University Health Board and Varne Life Sciences UK Ltd"],
                ["Dates", "October 2024 - September 2025"]]),
        ("h", "What the project aimed to do"),
        ("p", "Offer early assessment and compression garment fitting to people at risk of lymphoedema after cancer treatment, within 4 weeks of referral."),
        ("h", "Results"),
        ("p", "Data to follow [TBC] - the evaluation report is being finalised."),
        ("h", "Benefits"),
        ("p", "Patients were seen earlier and given garments and self-care advice to prevent swelling worsening, reducing cellulitis episodes and the distress of advanced lymphoedema."),
        ("h", "Learning"),
        ("p", "Having a single point of referral from oncology made the biggest difference."),
        ("h", "Publication and contact"),
        ("p", "This summary is published on both partners' websites within six months of completion. For further information contact Varne's Key Account Manager for Wales, Gareth Price (g.price@varne.example)."),
    ]
    return mk("h5-o05-kestrel-lymphoedema-outcomes.docx", T, "Summary of Project Outcomes", b,
              "measurable-outcomes FAIL: results are a placeholder ('Data to follow [TBC]'), no outcome data at all. sales-roles WARN: Key Account Manager named only as the contact for further information.",
              outcomes(T, measurable_outcomes="fail", sales_roles="warn"), header="Kestrel Bay UHB / Varne", footer="Outcomes summary")
