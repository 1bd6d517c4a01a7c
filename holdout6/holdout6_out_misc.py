"""holdout6: outcomes summaries (6), amendments (3), unknown documents (2)."""
from holdout6_common import doc, oc


def out_misc():
    D = []
    # ---------------------------------------------------------------- O1 pass, two-column pdf
    D.append(doc("h6-30-belhaven-renal-anaemia.pdf", "outcomes-summary", "pdf", [
        ("h1", "Summary of Project Outcomes: Renal Anaemia Nurse Clinics"),
        ("p", "Partners: Belhaven Renal Network (Belhaven General Hospital NHS Trust) and Tallis Nephrology UK Ltd. Project ran October 2023 – September 2024."),
        ("h2", "What we set out to do"),
        ("p", "Move routine anaemia monitoring for people with advanced kidney disease from consultant clinics to nurse-led clinics closer to home."),
        ("h2", "What happened"),
        ("table", [["Measure", "Before", "After (Sept 2024)"],
                   ["Patients in target haemoglobin range", "54%", "71%"],
                   ["Median travel distance to clinic", "23 miles", "6 miles"],
                   ["Consultant outpatient slots released per year", "-", "1,240"],
                   ["Blood transfusions in cohort", "38", "21"]]),
        ("p", "Patients told us they valued shorter journeys and seeing the same nurse (92% rated the clinic good or very good, n=214). Fewer transfusions meant fewer day-case visits."),
        ("h2", "Learning"),
        ("p", "Nurse prescribing competencies took longer to sign off than planned; a four-month delay to two of the three satellite clinics. The Trust has now mainstreamed the clinics."),
        ("h2", "Publication"),
        ("p", "This summary is published by Tallis on its collaborative working page and by the Trust on its website within six months of project completion."),
        ("small", "TAL-UK-CW-0311, March 2025"),
    ], oc("outcomes-summary"), "All rules met.", columns=2, header="Belhaven / Tallis – Outcomes", footer=""))

    # ---------------------------------------------------------------- O2 pass, docx with headings
    D.append(doc("h6-31-wexcombe-af-results.docx", "outcomes-summary", "docx", [
        ("h1", "Project Outcomes Report – Community Atrial Fibrillation Detection"),
        ("p", "Wexcombe and District NHS Foundation Trust and Fenmere Biosciences UK Limited, July 2025 – June 2027 (reported December 2027)."),
        ("h2", "Results against objectives"),
        ("ul", ["People screened: 6,412 (target 6,000)",
                "New AF diagnoses: 171 (target 150); detection rate 2.7% vs 1.4% in 2024",
                "Newly diagnosed patients with a documented stroke-prevention discussion within 28 days: 93% (target 90%)",
                "Estimated strokes avoided over five years: 9 (modelled from CHA2DS2-VASc distribution)"]),
        ("h2", "What this meant for patients"),
        ("p", "Around 170 people now know they have AF and have been offered treatment to reduce their stroke risk; most were diagnosed in their local pharmacy without a hospital visit."),
        ("h2", "Next steps"),
        ("p", "The Trust has commissioned the service for a further two years from its own budget."),
        ("h2", "Where to find this"),
        ("p", "Fenmere publishes this summary on its website and the Trust on its research and innovation pages; Fenmere's contribution has been disclosed on Disclosure UK for 2025 and 2026."),
    ], oc("outcomes-summary"), "All rules met.", footer="FEN-UK-CW-0502"))

    # ---------------------------------------------------------------- O3 MO warn, TR fail
    D.append(doc("h6-32-brackenfield-falls.pdf", "outcomes-summary", "pdf", [
        ("h1", "Outcomes – Falls Prevention Exercise Classes Project"),
        ("p", "Brackenfield Borough Council (Adult Social Care), Brackenfield Community NHS Trust and Ormond Bone Health UK Ltd, 2024-2025."),
        ("h2", "Summary"),
        ("p", "Strength and balance classes were run in six community venues. Participants and instructors gave very positive feedback. Many older people said they felt steadier and more confident going out, and staff felt the classes were well received."),
        ("h2", "Benefits"),
        ("p", "Older people benefited from improved confidence, mobility and social contact. The Trust and Council have a model they can build on."),
        ("h2", "Challenges"),
        ("p", "Venue availability and transport for some participants."),
        ("h2", "Conclusion"),
        ("p", "The project was a success and partners would like to continue the classes."),
    ], oc("outcomes-summary", MO="warn", TR="fail"),
        "measurable-outcomes WARN: outcomes reported only qualitatively (feedback, 'felt steadier'), no numbers/baselines. transparency FAIL: no statement of publication or disclosure.",
        header="Brackenfield Falls Project"))

    # ---------------------------------------------------------------- O4 MO fail, PB fail
    D.append(doc("h6-33-kingsreach-aseptic.docx", "outcomes-summary", "docx", [
        ("h1", "Summary of Project Outcomes"),
        ("kv", [("Project", "Oncology Pharmacy Aseptic Workflow Review"),
                ("Partners", "Kingsreach NHS Foundation Trust; Delamere Oncology UK Ltd"),
                ("Period", "January – December 2024")]),
        ("h2", "Outcomes"),
        ("p", "Data collection was not completed because of staffing changes in the aseptic unit, and no outcome measures are available."),
        ("h2", "Benefits realised"),
        ("p", "Trust: the aseptic unit team valued the external review of workflow and staff time spent on the review was lower than expected. Delamere: improved understanding of aseptic unit pressures."),
        ("h2", "Publication"),
        ("p", "This summary will be published on Delamere's website and the Trust's website within six months of completion."),
    ], oc("outcomes-summary", MO="fail", PB="fail"),
        "measurable-outcomes FAIL: no outcomes measured or reported. patient-benefit FAIL: benefits reported only for the Trust team and the company.",
        header="Kingsreach NHS FT"))

    # ---------------------------------------------------------------- O5 PR fail, TR fail
    D.append(doc("h6-34-greystone-anticoag.pdf", "outcomes-summary", "pdf", [
        ("h1", "Project Outcomes: Anticoagulation Clinic Modernisation"),
        ("p", "Greystone Hospitals NHS Trust and Vantry Pharma UK Ltd, April 2024 – March 2025."),
        ("h2", "Results"),
        ("table", [["Indicator", "Baseline", "Result"],
                   ["Patients reviewed in new clinic", "0", "1,088"],
                   ["Time in therapeutic range / appropriate dose (audit)", "62%", "81%"],
                   ["Anticoagulation-related bleeding admissions", "31", "19"]]),
        ("p", "Patients had fewer bleeding admissions and shorter clinic visits. The clinic also confirmed Valtrexa as the market-leading choice, with 74% of reviewed patients now established on Valtrexa."),
        ("h2", "Distribution"),
        ("p", "Internal – not for publication. Circulated to the project board only."),
    ], oc("outcomes-summary", PR="fail", TR="fail"),
        "promotional-language FAIL: brand called 'market-leading' and switch share reported as an outcome. transparency FAIL: 'Internal – not for publication'.",
        header="Greystone / Vantry", footer="v1.0", ruled=False))

    # ---------------------------------------------------------------- O6 SR fail, MO warn
    D.append(doc("h6-35-westerleigh-copd-education.docx", "outcomes-summary", "docx", [
        ("h1", "COPD Self-Management Education – Summary of Outcomes"),
        ("p", "Partners: NHS Westerleigh Integrated Care Board and Callander Respiratory UK Ltd. Dates: May 2024 – April 2025."),
        ("h2", "Delivery"),
        ("p", "Group education sessions for people with COPD were held in eight practices. Sessions were delivered by practice nurses together with Callander's Key Account Manager for the area, who presented the inhaler and self-management modules."),
        ("h2", "Outcomes"),
        ("p", "Attendance was good and feedback suggests patients improved their understanding of their condition and of what to do in a flare. Practices reported that patients seemed more confident."),
        ("h2", "Patient benefit"),
        ("p", "People with COPD gained knowledge and confidence to manage flare-ups and to seek help earlier."),
        ("h2", "Publication"),
        ("p", "Published on Callander's and the ICB's websites within six months of completion; Callander's contribution is disclosed on Disclosure UK."),
    ], oc("outcomes-summary", SR="fail", MO="warn"),
        "sales-roles FAIL: company Key Account Manager delivered patient education sessions. measurable-outcomes WARN: only qualitative outcomes ('attendance was good', 'seemed more confident').",
        footer="Westerleigh ICB"))

    # ---------------------------------------------------------------- M1 pass
    D.append(doc("h6-36-hf-moc-change-2.pdf", "amendment", "pdf", [
        ("h1", "Project Amendment Form"),
        ("kv", [("Project", "Heart Failure Medicines Optimisation Clinics (HF-MOC)"),
                ("Partners", "Northmoor Valley NHS Foundation Trust / Calverley Therapeutics UK Ltd"),
                ("Amendment no.", "2"), ("Date", "9 January 2026"),
                ("Change requested", "Extend project end date from 31 March 2027 to 30 June 2027 because the third community hub opened four months late; Trust project lead changes from Dr R. Achterberg to Dr Jonah Feldman, Consultant Cardiologist"),
                ("Impact on budget", "None – Calverley funding re-phased, total unchanged (£121,400)"),
                ("Impact on patients", "None adverse; patients at the third hub receive the full titration programme"),
                ("Documents to update", "PID v1.0 -> v1.1; executive summary to be re-certified and republished"),
                ("Approved by", "Project board 8 January 2026; Calverley Head of NHS Partnerships; Trust Divisional Director")]),
    ], oc("amendment"), "All applicable rules met.", header="HF-MOC Amendment 2", footer="CAL-UK-CW-0412a"))

    # ---------------------------------------------------------------- M2 SR fail
    D.append(doc("h6-37-eastcombe-fls-a03.docx", "amendment", "docx", [
        ("h1", "Amendment to Project Initiation Document"),
        ("p", "Project: Eastcombe Fracture Liaison Enhancement. Amendment ref: FLS-A03. Date: 14 April 2026."),
        ("h2", "Change"),
        ("p", "Dr Ana Pereira (Medical Affairs Manager) is leaving Pellham. Her place on the project group will be taken by Stuart Naylor, Area Sales Manager, who will also attend the monthly FLS coordinator meetings to support delivery."),
        ("h2", "Reason"),
        ("p", "Staff change at Pellham."),
        ("h2", "Impact"),
        ("p", "No change to budget, timeline or objectives."),
        ("h2", "Approval"),
        ("p", "Agreed by email by the ICB Clinical Director, 12 April 2026."),
    ], oc("amendment", SR="fail"), "sales-roles FAIL: an Area Sales Manager joins the project group and delivery meetings.",
        header="NHS Eastcombe ICB"))

    # ---------------------------------------------------------------- M3 PR fail
    D.append(doc("h6-38-brockhurst-change-1.pdf", "amendment", "pdf", [
        ("h1", "Project Amendment Framework"),
        ("table", [["Section", "Details"],
                   ["Project title", "Inhaler Technique and Asthma Review Service"],
                   ["Partners", "Brockhurst Community Health NHS Trust; Orrin Respiratory UK Ltd"],
                   ["Nature of amendment", "Extend reviews to adults with COPD and add 400 review slots"],
                   ["Rationale", "To increase uptake of Ventrelle Easibreathe following its launch in COPD and build on strong prescribing growth in the asthma cohort"],
                   ["Financial impact", "Additional £22,000 from Orrin"],
                   ["Revised end date", "30 September 2026"],
                   ["Approval", "Trust Respiratory Lead and Orrin Medical Science Liaison, 2 February 2026"]]),
    ], oc("amendment", PR="fail"), "promotional-language FAIL: amendment rationale is to increase uptake of a named brand after launch and cites prescribing growth.",
        header="Brockhurst CHT / Orrin – Amendment 1", ruled=True))

    # ---------------------------------------------------------------- U1 unknown pass, email thread
    D.append(doc("h6-39-re-af-review-dates.pdf", "unknown", "pdf", [
        ("small", "Printed from Outlook – 17/03/2026 10:42"),
        ("p", "From: Lewis Dunne <lewis.dunne@skelbywold.example>"),
        ("p", "Sent: 16 March 2026 16:05"),
        ("p", "To: Farida Qureshi <f.qureshi@aldmoor.example>"),
        ("p", "Cc: Dr Imogen Sallis"),
        ("p", "Subject: RE: AF review – steering group dates and Q4 dashboard"),
        ("p", "Hi Farida, thanks – 23 April works for us, 2pm at the Federation office or Teams. I'll circulate the Q4 dashboard (aggregate counts only, as usual) a week before. Imogen would like 10 minutes on the recall letter wording. Lewis"),
        ("p", "-----Original message-----"),
        ("p", "From: Farida Qureshi"),
        ("p", "Sent: 16 March 2026 11:20"),
        ("p", "Subject: AF review – steering group dates and Q4 dashboard"),
        ("p", "Dear Lewis, could we fix the next steering group? I can do 23 or 30 April. Our Medical Advisor will join as before; as agreed at the start, none of our field-based commercial colleagues will attend or receive the papers. Best wishes, Farida Qureshi, Partnership Manager, Aldmoor Pharma UK Ltd"),
    ], oc("unknown"), "Unknown type (email thread). Both applicable rules pass: no promotion; sales staff explicitly excluded.",
        footer=""))

    # ---------------------------------------------------------------- U2 unknown PR fail, press release draft
    D.append(doc("h6-40-grantley-media-draft.docx", "unknown", "docx", [
        ("h1", "DRAFT PRESS RELEASE – NOT FOR DISTRIBUTION"),
        ("p", "Aurelian Dermatology and Grantley Valley NHS Trust team up to transform psoriasis care"),
        ("p", "Grantley, [date TBC] – Aurelian Dermatology UK Ltd today announced a new partnership with Grantley Valley NHS Trust to cut waits for people with psoriasis. The project will introduce virtual triage and faster access to specialist care."),
        ("p", "\"Clarivex is a best-in-class breakthrough for people with psoriasis, and this partnership means more patients in Grantley will benefit from it,\" said Dr Laura Hennessy, Medical Director, Aurelian Dermatology UK."),
        ("p", "Dr Isla Moffat, Consultant Dermatologist at Grantley Valley NHS Trust, said: \"Shorter waits matter to our patients. We are pleased to be testing a new way of working.\""),
        ("p", "Notes to editors: Aurelian Dermatology UK Ltd is a subsidiary of Aurelian Group. Media contact: press.office@aurelian.example"),
    ], oc("unknown", PR="fail"), "Unknown type (press-release draft). promotional-language FAIL: brand called 'best-in-class breakthrough' and linked to the partnership. sales-roles pass (Medical Director and clinician quoted only)."))
    return D
