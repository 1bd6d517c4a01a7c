"""holdout5 PIDs P5-P8."""
from h5_common import mk, outcomes

T = "pid"


def p5():
    b = [
        ("p", "INTERNAL - NOT FOR PUBLICATION"),
        ("h", "Part A: Overview"),
        ("kv", [["Title", "Headache pathway redesign"],
                ["Partners", "Brookhaven and Sile Health and Social Care Trust, Sile Road, Brookhaven BT70 2XY; Quillon Pharmaceuticals Ltd, company no. 10442981"],
                ["Dates", "Start Q2 2026; finish Q1 2027"],
                ["Accountable leads", "Dr Niamh Quinn, Consultant Neurologist (HSC Trust); Owen Price, Medical Advisor (Quillon)"]]),
        ("h", "Part B: Background"),
        ("p", "Headache is the commonest reason for neurology referral in the Trust. Many referrals could be managed in primary care with advice, and patients wait up to 60 weeks for an appointment."),
        ("h", "Part C: Aims"),
        ("p", "Create a nurse-led headache triage service with GP advice and guidance, so that patients are seen sooner and only those needing a neurologist are booked into consultant clinics. Treatment follows NICE CG150."),
        ("h", "Part D: Benefits"),
        ("p", "Patients receive advice within weeks rather than more than a year, with fewer unnecessary scans and better headache control. The Trust reduces its neurology waiting list. Quillon develops its understanding of neurology pathways in Northern Ireland."),
        ("h", "Part E: Key performance indicators"),
        ("p", "KPIs TBC - to be agreed by the project board once the service is running."),
        ("h", "Part F: Resources"),
        ("table", [["Organisation", "Contribution", "Value"],
                   ["Brookhaven and Sile HSC Trust", "Neurologist supervision 1 session/week, headache nurse training, booking team time", "£31,000 in kind"],
                   ["Quillon", "Funding of 1.0 WTE Band 7 headache nurse for 12 months; patient education resources (unbranded)", "£58,000"]]),
        ("h", "Part G: Governance and staff"),
        ("p", "Monthly project board chaired by the Trust's Head of Neurology. Quillon attendees: Medical Advisor and Collaborative Working Lead. Promotional staff are excluded from all project activities."),
        ("h", "Part H: Confidentiality and data"),
        ("p", "Confidential information of either party will be used only for the project and not disclosed, subject to FOI. Patient information remains with the HSC Trust as controller under UK GDPR and DPA 2018; Quillon sees no identifiable data."),
        ("h", "Part I: Exit"),
        ("p", "Either party may end the project on 2 months' notice. Patients on the nurse caseload will be returned to the neurology waiting list in date order, with advice already given recorded on their record. If the service is judged successful at month 9, the Trust will fund the nurse post from its elective recovery allocation."),
        ("h", "Part J: Publication"),
        ("p", "This document and the project results are for internal use by the partners and are not for publication."),
    ]
    return mk("h5-p05-brookhaven-headache-pid.docx", T, "Project Initiation Document - Headache Pathway Redesign", b,
              "measurable-outcomes FAIL: 'KPIs TBC'. transparency FAIL: marked internal/not for publication; results not to be published; no Disclosure UK. Other rules pass (HSC Trust in NI).",
              outcomes(T, measurable_outcomes="fail", transparency="fail"), header="INTERNAL", footer="BSHSCT/QPL PID v0.5")


def p6():
    b = [
        ("h", "1. Project name"),
        ("p", "Heart Failure Therapy Acceleration Programme - Eastmere Hospitals NHS Trust and Ostrander Biosciences plc"),
        ("h", "2. Background"),
        ("p", "Eastmere Hospitals NHS Trust (Lakeside Way, Eastmere EM3 5BB) treats around 900 heart failure admissions a year. Ostrander Biosciences plc (company no. 02291874) markets Cardiolix for heart failure with reduced ejection fraction."),
        ("h", "3. Objectives"),
        ("ul", ["Increase uptake of Cardiolix among eligible patients discharged from the cardiology ward.",
                "Ensure all HFrEF patients are reviewed by the heart failure team before discharge.",
                "Embed Cardiolix initiation into the discharge checklist."]),
        ("h", "4. Benefits"),
        ("p", "The primary benefit of the programme is that more eligible patients will be initiated on Cardiolix. The Trust will have a consistent discharge process."),
        ("h", "5. Resources"),
        ("table", [["Party", "Contribution"],
                   ["Ostrander", "£70,000 for a Band 7 heart failure pharmacist for 12 months; discharge checklist design; 20 days of project management"],
                   ["Trust", "To be confirmed"]]),
        ("h", "6. Measures"),
        ("p", "Proportion of HFrEF patients reviewed by the HF team before discharge (baseline 48%, target 85% by month 12); proportion of eligible patients discharged on Cardiolix (baseline 12%, target 60%); data from Trust discharge records, monthly."),
        ("h", "7. Team"),
        ("p", "Trust lead: Dr Ben Ashworth, Consultant Cardiologist. Ostrander lead: Sinead Morrow, Medical Affairs Manager. No representatives will be involved."),
        ("h", "8. Confidentiality"),
        ("p", "Each partner will keep project and commercial information confidential; patient information will remain within the Trust and will not be disclosed to Ostrander."),
        ("h", "9. Data protection"),
        ("p", "The Trust is data controller; processing complies with UK GDPR and the Data Protection Act 2018; Ostrander receives aggregated anonymised figures only."),
        ("h", "10. Transparency"),
        ("p", "Ostrander will publish an executive summary before start and outcomes within six months of completion; payments will be disclosed on Disclosure UK."),
        ("h", "11. Exit"),
        ("p", "Either party may end the programme on 3 months' notice. At the end the pharmacist post will either be absorbed by the Trust or end; patients continue under the Trust heart failure service."),
    ]
    return mk("h5-p06-eastmere-hf-pid.pdf", T, "Project Initiation Document", b,
              "promotional-language FAIL: objectives to 'increase uptake of Cardiolix' and embed initiation of the brand. patient-benefit FAIL: the stated primary benefit is initiation on the product; no direct patient benefit stated. resource-contributions FAIL: Trust contribution 'To be confirmed'. measurable-outcomes labelled pass: KPIs are numeric (one is a brand KPI, which is captured under promotional-language).",
              outcomes(T, promotional_language="fail", patient_benefit="fail", resource_contributions="fail"), grid="grid", header="Eastmere Hospitals NHS Trust", footer="HF-TAP PID draft")


def p7():
    b = [
        ("h", "Introduction"),
        ("p", "This PID sets out how Westerleigh GP Federation CIC (company no. 10987345) and Aldwyn Pharma UK Ltd (company no. 03348821) will run a supported opioid reduction service for people with chronic non-cancer pain in eight member practices from October 2025 to September 2026."),
        ("h", "Why"),
        ("p", "Over 1,100 patients in the eight practices are prescribed high-dose opioids for chronic pain, with rising harms. GPs have little time for the conversations tapering requires."),
        ("h", "What"),
        ("p", "A pain specialist pharmacist and a health coach will offer structured reviews, shared decision-making and gradual tapering where agreed, with links to social prescribing and physiotherapy. The service is product-neutral."),
        ("h", "Benefits"),
        ("ul", ["Patients: reduced opioid-related harm, better function and support to manage pain without high doses.",
                "Federation: safer prescribing and reduced workload.",
                "Aldwyn: insight into pain service models."]),
        ("h", "Evaluation"),
        ("p", "Outcomes will be monitored throughout the project and the partners will assess whether the service has made a difference to patients and practices."),
        ("h", "Who contributes what"),
        ("table", [["", "Federation", "Aldwyn"],
                   ["Staff", "GP clinical lead 2 sessions/month; practice admin time for invitations", "Project manager 15 days"],
                   ["Funding", "Rooms and IT (in kind £22,000)", "£49,000 for pharmacist and health coach"]]),
        ("h", "Governance"),
        ("p", "Steering group: Federation Clinical Director (chair), lead pharmacist, patient representative, Aldwyn Medical Affairs Lead. Aldwyn's commercial teams have no role."),
        ("h", "Confidentiality"),
        ("p", "Standard confidentiality terms apply."),
        ("h", "Data"),
        ("p", "The project will be GDPR compliant."),
        ("h", "Transparency"),
        ("p", "Aldwyn will publish the executive summary on its UK website before the service starts; both parties will publish outcomes within six months of the end; Aldwyn will disclose funding via Disclosure UK."),
        ("h", "Exit"),
        ("p", "If the Federation does not commission the service after month 12, patients part-way through tapering will be handed back to their GP with a written plan; funded posts are fixed-term Federation contracts ending at month 12. Either party may end the project on 90 days' notice with the same handover."),
    ]
    return mk("h5-p07-westerleigh-opioid-pid.docx", T, "Opioid Reduction Support Service - PID", b,
              "confidentiality WARN: bare 'Standard confidentiality terms apply'. data-protection WARN: bare 'GDPR compliant'. measurable-outcomes WARN: qualitative only ('outcomes will be monitored'), no KPIs/baselines/targets.",
              outcomes(T, confidentiality="warn", data_protection="warn", measurable_outcomes="warn"), header="Westerleigh GP Federation CIC", footer="Version 1.0")


def p8():
    b = [
        ("h", "1. Background"),
        ("p", "An estimated 1,400 people in the Ravensholme area live with undiagnosed hepatitis C, many in contact with drug and alcohol services. A 2022 pilot between the same partners in one hostel was written up and its outcomes summary was published on both organisations' websites in 2023. This project extends the approach across the city."),
        ("h", "2. Partners"),
        ("p", "Ravensholme Teaching Hospitals NHS Foundation Trust (Infirmary Street, Ravensholme RV1 3LP) and Varne Life Sciences UK Ltd (company no. 07765120)."),
        ("h", "3. Objectives"),
        ("p", "Offer dried blood spot testing to everyone attending the three community drug services and two hostels; link all positive patients to the Trust's hepatology outreach team for assessment and treatment in line with NHS England's elimination programme."),
        ("h", "4. Benefits"),
        ("p", "Patients: diagnosis and cure of hepatitis C, preventing liver disease and onward transmission. Trust: progress towards elimination targets. Varne: understanding of outreach models."),
        ("h", "5. Outcome measures"),
        ("table", [["Indicator", "Baseline", "Target", "Source"],
                   ["People tested per quarter", "110", "450", "Outreach database"],
                   ["% positives starting treatment within 8 weeks", "46%", "80%", "Hepatology MDT"],
                   ["% completing treatment", "71%", "90%", "Hepatology MDT"]]),
        ("h", "6. Resources"),
        ("p", "Trust: hepatology nurse specialist 0.6 WTE, consultant MDT time, phlebotomy and lab processing (value £64,000). Varne: £59,000 for two peer support workers employed by the Trust and a mobile testing van lease for 12 months."),
        ("h", "7. Structure"),
        ("p", "Joint project group chaired by the Trust's Consultant Hepatologist, Dr Sunil Varma; Varne is represented by its Medical Science Liaison (Virology) and a Partnership Manager. No Varne sales staff take part."),
        ("h", "8. Confidentiality and information governance"),
        ("p", "All patient information, including test results, is confidential to the Trust's clinical team and stored on Trust systems; project documents are shared only within the project group. The Trust is data controller under UK GDPR and DPA 2018; Varne receives only aggregated, anonymised quarterly figures."),
        ("h", "9. Timescale"),
        ("p", "The project begins in April 2026 and ends on 31 March 2027."),
        ("h", "Appendix A: Glossary"),
        ("table", [["Term", "Meaning"],
                   ["DBS", "Dried blood spot test"],
                   ["Exit strategy", "The arrangements for ending a project, including what happens to patients, services and staff when funding stops"],
                   ["MDT", "Multidisciplinary team"],
                   ["Outreach", "Services delivered outside hospital settings"]]),
    ]
    return mk("h5-p08-ravensholme-hcv-pid.pdf", T, "Hepatitis C Community Testing and Treatment - Project Initiation Document", b,
              "exit-strategy FAIL: exit strategy appears only as a glossary definition; the document itself gives only an end date. transparency FAIL: the only publication mention is about the 2022 pilot in the background; no commitment to publish this project's summary/outcomes or Disclosure UK.",
              outcomes(T, exit_strategy="fail", transparency="fail"), cover=True, toc=True,
              subtitle="Ravensholme Teaching Hospitals NHS Foundation Trust and Varne Life Sciences UK Ltd",
              cover_lines=["Version 1.0", "February 2026"], header="Ravensholme THFT - Hepatology", footer="HCV-OUT PID v1.0", grid="lines")
