"""tuning8b: summaries of project outcomes 01-03."""
import t8b_noise as N

EME = "Eastmere Hospitals NHS Foundation Trust"
ORR = "Orrin Respiratory Ltd"


def out01():
    f = "t8b_out_01_tobacco_dependence_results.pdf"
    blocks = [("toc",), ("pb",),
              ("h1", "1. Project at a glance"),
              ("kv", [["Project", "Opt-out tobacco dependence treatment for hospital inpatients"],
                      ["Partners", EME + "; Brackwater City Council; " + ORR],
                      ["Period", "April 2025 to March 2026"],
                      ["Report date", "July 2026"]])]
    blocks += N.background("smoking", "2. Background")
    blocks += [("cols", 2),
               ("h1", "3. What was done"),
               ("p", "Two tobacco dependence advisers screened admitted adults, started nicotine "
                     "replacement on the ward and referred patients to the council service at discharge. "
                     "Ward staff received a 30-minute training module."),
               ("h1", "4. Results"),
               ("t", ["Measure", "Baseline", "Target", "Achieved"], [
                   ["Smokers identified and offered treatment", "38%", "90%", "86%"],
                   ["28-day CO-verified quit rate", "n/a", "30%", "27%"],
                   ["Referrals to community service", "45 / yr", "600", "712"],
                   ["Readmissions within 30 days (treated)", "18.9%", "-", "15.2%"]],
                [0.4, 0.2, 0.2, 0.2]),
               ("p", "Data: Trust electronic patient record and council service database; analysis by the "
                     "council public health analyst."),
               ("h1", "5. What it meant for patients"),
               ("p", "Over 2,100 inpatients were treated for nicotine withdrawal during their stay. Of "
                     "those followed up, 27% had stopped smoking at 28 days; patients told us withdrawal "
                     "treatment made their hospital stay easier and they felt supported to quit."),
               ("h1", "6. Learning"),
               ("b", ["Opt-out works best when the offer is made within 24 hours of admission.",
                      "Mental health wards needed longer adviser time per patient.",
                      "Direct electronic referral to the council service removed most drop-out."]),
               ("h1", "7. What happens next"),
               ("p", "The Trust has taken on both adviser posts within its tobacco dependence budget."),
               ("h1", "8. Publication"),
               ("p", "This summary is published on the websites of all three partners within six months "
                     "of completion. " + ORR + "'s contribution is disclosed on Disclosure UK."),
               ("cols", 1)]
    blocks += N.gantt([["Recruitment", 0, 0, "Trust"], ["Delivery", 1, 3, "Trust"],
                       ["Evaluation", 3, 3, "Council"]], ["Q2 25", "Q3 25", "Q4 25", "Q1 26"],
                      "Appendix A - Delivery timeline as run")
    blocks += N.risk_register([
        ["Ward engagement", "3", "3", "Ward champions", "Clinical lead", "Closed"],
        ["Data linkage", "3", "3", "ISA signed", "Analyst", "Closed"]], "Appendix B - Closing risk log")
    blocks += N.glossary(["Baseline", "KPI", "Disclosure UK"], "Appendix C - Glossary")
    blocks += N.references("smoking", ["code", "nhsc"], "Appendix D - References")
    return N.spec(f, "outcomes-summary", "pdf", "Summary of project outcomes - tobacco dependence",
                  EME + " | " + ORR, "Outcomes summary - PUBLIC", "Opt-out tobacco dependence treatment: outcomes", [
                      "Summary of Project Outcomes", "Opt-out tobacco dependence treatment for inpatients",
                      EME + ", Brackwater City Council and " + ORR], blocks,
                  ["Smokers identified and offered treatment", "86%", "published on the websites of all three",
                   "27% had stopped smoking"])


NV = "Northmoor Valley NHS Foundation Trust"
CAL = "Calverley Therapeutics UK Ltd"


def out02():
    f = "t8b_out_02_lipid_optimisation_report.docx"
    blocks = [("kv", [["Project", "Secondary Prevention Lipid Optimisation Project"],
                      ["Partners", NV + " and " + CAL], ["Project dates", "April 2025 - March 2026"],
                      ["Prepared", "August 2026"]]), ("toc",)]
    blocks += N.background("lipid", "Introduction")
    blocks += [("h1", "Summary of the work"),
               ("p", "A Trust-employed lipid pharmacist ran follow-up clinics for patients discharged after a "
                     "heart attack or stroke, reviewing cholesterol treatment in line with national "
                     "guidance and liaising with GPs."),
               ("h1", "Outcomes"),
               ("p", "Clinicians reported that the clinics worked well and that more patients were reviewed "
                     "after discharge than before. Patients said they felt better informed about their "
                     "cholesterol and their treatment. Outcomes were monitored by the steering group "
                     "throughout the project and were considered positive."),
               ("h2", "Benefits for patients"),
               ("p", "Patients had a dedicated follow-up appointment, understood why cholesterol treatment "
                     "matters after a cardiovascular event and had changes made sooner."),
               ("h2", "Benefits for the Trust"),
               ("p", "The pathway reduced the burden on cardiology outpatient follow-up."),
               ("h1", "Lessons learned"),
               ("b", ["Booking the clinic appointment before discharge improved attendance.",
                      "Pathology result turnaround was the main cause of delay.",
                      "GP communication templates needed simplifying."]),
               ("h1", "Sustainability"),
               ("p", "The Trust has agreed to continue the pharmacist post from its own budget."),
               ("h1", "Publication"),
               ("p", "Both partners will publish this summary of outcomes on their websites, within six "
                     "months of the project ending.")]
    blocks += N.minutes("Extract: final steering group", "14 April 2026",
                        ["Consultant cardiologist (chair)", "Chief Pharmacist", "Calverley Medical Adviser",
                         "Calverley Partnerships Lead", "Patient representative"], [],
                        [["Close report", "Draft outcomes summary discussed; positive feedback noted.", "Chair"],
                         ["Publication", "Summary to be published on both websites.", "Partnerships Lead"]])
    blocks += N.organogram([
        ["1", "Trust Cardiovascular Board", "Trust", "Trust Board"],
        ["2", "Steering group", "Cardiologist; Chief Pharmacist; Calverley Medical Adviser and Partnerships "
                               "Lead; patient representative", "Level 1"]], "Governance during the project")
    blocks += N.gantt([["Pharmacist in post", 0, 0, "Trust"], ["Clinics", 0, 3, "Trust"],
                       ["Close report", 3, 3, "Joint"]], ["Q2 25", "Q3 25", "Q4 25", "Q1 26"],
                      "Timeline as delivered")
    blocks += N.risk_register([
        ["Pharmacist recruitment", "3", "3", "Secondment fallback", "Chief Pharmacist", "Closed"],
        ["Pathology turnaround", "2", "3", "Agreed slots", "Pathology manager", "Closed"]],
        "Risk log at closure")
    blocks += N.eia({"Age": ("Neutral", "Adults of all ages post-event.")}, "Equality review")
    blocks += N.glossary(["Baseline", "KPI", "Mainstreaming"], "Glossary")
    blocks += N.references("lipid", ["code"], "References")
    return N.spec(f, "outcomes-summary", "docx", "Summary of project outcomes - lipid optimisation", NV,
                  "Outcomes summary v1.0", "Lipid optimisation - summary of outcomes | " + CAL, [
                      "Summary of Project Outcomes", "Secondary Prevention Lipid Optimisation Project",
                      NV + " and " + CAL], blocks,
                  ["Outcomes were monitored by the steering group", "publish this summary of outcomes"],
                  defects={"measurable-outcomes": "warn"},
                  notes="measurable-outcomes warn: outcomes reported only qualitatively (feedback, 'more "
                        "patients', 'considered positive'); the baseline figures in the introduction are "
                        "background, and no result is quantified against them.")


ALD = "Aldermoor Integrated Care Board"
COR = "Corvane Healthcare UK Ltd"


def out03():
    f = "t8b_out_03_smi_health_checks_outcomes.docx"
    blocks = [("p", "INTERNAL - NOT FOR PUBLICATION"),
              ("kv", [["Project", "Physical health outreach for people with serious mental illness"],
                      ["Partners", ALD + "; " + COR + "; University of Westhaven"],
                      ["Period", "June 2025 - November 2026"]]), ("toc",)]
    blocks += N.background("mh", "1 Context")
    blocks += [("h1", "2 Results against objectives"),
               ("t", ["Indicator", "Baseline", "Target", "Result", "Source"], [
                   ["Full health check completion", "49%", "65%", "63%", "GP searches"],
                   ["Abnormal results followed up within 8 weeks", "-", "80%", "84%", "GP searches"],
                   ["People reached through outreach", "-", "1,500", "1,731", "Coach log"],
                   ["Smokers referred to stop smoking service", "-", "-", "212", "Referral system"]],
                [0.32, 0.13, 0.13, 0.13, 0.29]),
               ("h1", "3 Benefit to patients"),
               ("p", "1,731 people with SMI were seen in familiar community settings; 286 new cases of high "
                     "blood pressure, raised HbA1c or raised cholesterol were identified and followed up. "
                     "People told coaches they valued not having to attend the surgery."),
               ("h1", "4 Governance during delivery"),
               ("p", "The project board met monthly. Membership is shown in the minutes extract below."),
               ("h1", "5 Next steps"),
               ("p", "The ICB has commissioned the outreach model from its mental health provider from "
                     "December 2026."),
               ("h1", "6 Distribution"),
               ("p", "This report is for the partners' internal use and will not be published. It may be "
                     "shared with the ICB Mental Health Programme Board.")]
    blocks += N.minutes("Extract: project board", "9 September 2026",
                        ["ICB clinical lead (chair)", "University PI", "Corvane Medical Affairs Lead",
                         "Rob Tilling, Territory Sales Manager, Corvane", "Expert by experience"], [],
                        [["Results", "Interim results presented by University PI and R. Tilling.", "PI / RT"],
                         ["Dissemination", "R. Tilling to brief local clinical teams on results.", "RT"],
                         ["Close-down", "Handover to mental health provider agreed.", "ICB"]])
    blocks += N.eia({"Disability": ("Positive", "Reached people with SMI who do not attend practices."),
                     "Race": ("Positive", "42% of those reached were from Black and minority ethnic groups.")},
                    "7 Equality outcomes")
    blocks += N.gantt([["Recruit coaches", 0, 0, "ICB"], ["Outreach", 1, 5, "ICB"],
                       ["Interim evaluation", 3, 3, "University"], ["Final evaluation", 5, 5, "University"]],
                      ["Q2 25", "Q3 25", "Q4 25", "Q1 26", "Q2 26", "Q3-4 26"], "8 Delivery timeline")
    blocks += N.risk_register([
        ["Coach recruitment", "2", "3", "Recruit via VCSE partner", "ICB", "Closed"],
        ["Low engagement", "3", "4", "Peer support workers", "Clinical lead", "Closed"]], "9 Risk log at closure")
    blocks += N.glossary(["Baseline", "Data processor", "KPI"], "10 Glossary")
    blocks += N.references("mh", ["code", "nhsc"], "11 References")
    return N.spec(f, "outcomes-summary", "docx", "Outcomes report - SMI physical health outreach", ALD,
                  "INTERNAL - NOT FOR PUBLICATION", "SMI physical health outreach - outcomes report", [
                      "Summary of Project Outcomes", "Physical health outreach for people with serious mental "
                      "illness", ALD + ", " + COR + " and University of Westhaven"], blocks,
                  ["will not be published", "Territory Sales Manager", "63%"],
                  defects={"transparency": "fail", "sales-roles": "fail"},
                  notes="transparency fail: marked internal, will not be published; no outcomes publication "
                        "or Disclosure UK commitment. sales-roles fail: a Territory Sales Manager sat on the "
                        "project board, co-presented results and was tasked with briefing clinical teams.")
