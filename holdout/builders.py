"""Document builders per type. Each returns (blocks, header, footer)."""
import sections as S

JOB = {"copd": "CORV-UK-CW-0211", "htn": "PEL-UK-JW-0047", "smi": "HAL-GB-CW-1180", "hf": "ARD-UK-CW-0392",
       "care": "LH-SC-CW-0015", "af": "MER-UK-CW-0412", "osteo": "MER-UK-CW-0437", "ckd": "HAL-GB-CW-1204",
       "dm": "TES-UK-JW-0088", "asthma": "CORV-UK-CW-0230", "mig": "ARD-UK-CW-0405"}

ACHIEVED = {"copd": ["77%", "41%", "88"], "hf": ["52%", "13.6%", "39"], "ckd": ["61%", "73%"],
            "af": ["2.2%", "89%", "9,640"], "dm": ["1,120", "5 per quarter", "93%"], "asthma": ["58%", "181 a year"],
            "smi": ["72%", "66%"]}


def cert(p, prepared="December 2025"):
    return ("p", f"Job code: {JOB[p['key']]}    Date of preparation: {prepared}")


def kpis_objectives(p):
    return [f"{k[0]}: from {k[1]} to {k[2]} by {p['end']}" for k in p["kpis"]]


def with_party(p, v):
    """Return a copy of p whose NHS contracting party is replaced for legal-entities variants."""
    q = dict(p)
    if v == "individual":
        q["nhs"] = f"{p['nhs_lead'][0]}, {p['nhs_lead'][1]}"
        q["nhs_reg"] = "an individual practitioner"
        q["nhs_addr"] = p["nhs_addr"]
    elif v == "pcn":
        q["nhs"] = f"the {p['pcn']}"
        q["nhs_reg"] = "a primary care network of eleven GP practices"
        q["nhs_addr"] = "c/o Ribbleside Medical Centre, 14 Weir Street, Northgate NG17 2BT"
    elif v == "team":
        q["nhs"] = "the Ashbourne Vale Diabetes Specialist Nursing Team"
        q["nhs_reg"] = "a clinical team"
    elif v == "ics":
        q["nhs"] = "the Lowther Bay Integrated Care System"
        q["nhs_reg"] = "the local partnership of NHS and council bodies"
    elif v == "gp":
        q["nhs"] = f"{p['lead_gp']}, lead GP for the {p['pcn']}"
        q["nhs_reg"] = "a general practitioner"
        q["nhs_addr"] = "Ribbleside Medical Centre, 14 Weir Street, Northgate NG17 2BT"
    return q


def version_table(author, dates):
    rows = [["Version", "Date", "Author", "Change"]]
    for i, (d, c) in enumerate(dates):
        rows.append([f"0.{i+1}" if i < len(dates) - 1 else "1.0", d, author, c])
    return ("table", rows, {"widths": [0.12, 0.2, 0.3, 0.38]})


# =========================================================== PID
def pid(p, iss, style, extras=(), twocol=False):
    g = iss.get
    H = {"narr": ["Why we are doing this", "What we want to achieve", "Who benefits and how", "Who is involved",
                  "People and project structure", "Timescales", "What each organisation is putting in",
                  "How we will know it has worked", "Governance and risks", "Keeping information confidential",
                  "Data protection and information governance", "Exit strategy", "Openness and publication"],
         "form": ["1. Background", "2. Aims and objectives", "3. Expected outcomes", "4. Partner organisations",
                  "5. Accountable leads and project structure", "6. Start and completion", "7. Resources",
                  "8. Outcome measures", "9. Governance and risk", "10. Confidentiality", "11. Information governance",
                  "12. Exit arrangements", "13. Publication"],
         }
    H["raci"] = H["form"]
    H["legal"] = ["1. Project background", "2. Aims and objectives", "3. Expected benefits", "4. Partner organisations",
                  "5. Named accountable leads and organisational structure", "6. Project dates",
                  "7. Contributions of each party", "8. Outcome measures and evaluation", "9. Governance, approvals and risk",
                  "10. Confidentiality of patient and project information", "11. Data protection",
                  "12. Exit strategy and early termination", "13. Transparency"]
    H["scot"] = H["legal"]
    h = H[style]
    author = {"narr": p["nhs_lead"][0], "form": p["nhs_lead"][0], "raci": p["nhs_lead"][0],
              "legal": p["co_lead"][0], "scot": p["nhs_lead"][0]}[style]
    blocks = [("cover", {"title": "Project Initiation Document", "lines": [
        p["title"], f"Partners: {p['nhs']} and {p['co']}" + (f" and {p['third']}" if p.get("third") else ""),
        "Version 1.0 - approved for implementation", "Collaborative working under Clause 20 of the ABPI Code of Practice"]}),
        version_table(author, [("14 Oct 2025", "First draft from workshop"), ("18 Nov 2025", "Comments from both partners"),
                               ("9 Dec 2025", "Approved by steering group")])]
    toc_at = len(blocks)
    if not twocol:
        blocks.append(("pagebreak",))
    body = []
    body += [("h1", h[0])] + S.background(p, g("promotional-language"), style)
    if "health_promotion" in extras:
        body.append(("p", "The practitioner will also deliver health promotion on smoking, diet and physical activity, using NHS materials."))
    body += [("h1", h[1]), ("bullets", [("Aim: " + p["pt_benefit"].split(",")[0] + ".") if g("patient-benefit") is None else f"Aim: release clinical capacity and strengthen the {p['cond']} register to support commissioning."] +
                            (kpis_objectives(p) if g("measurable-outcomes") is None else
                             ([f"Improve the consistency of care for {p['people']}"] if g("patient-benefit") is None else ["Improve register completeness and coding"]) + ["Build a model that can be sustained after the project"]))]
    body += [("h1", h[2])] + S.benefits(p, g("patient-benefit"), style, table=(style == "raci"))
    prow = [["Organisation", "Description", "Registered address"],
            [p["nhs"], p["nhs_reg"][0].upper() + p["nhs_reg"][1:], p["nhs_addr"]],
            [p["co"], "Pharmaceutical company, " + p["co_reg"], p["co_addr"]]]
    if p.get("third"):
        prow.append([p["third"], "Statutory NHS commissioner", "Wold House, Market Place, Eastmere EM1 1AA"])
    body += [("h1", h[3]), ("table", prow, {"widths": [0.35, 0.3, 0.35]})]
    body += [("h1", h[4])] + S.team(p, g("sales-roles"), style, sales_exclusion=("sales_exclusion" in extras))
    body.append(("p", f"A joint steering group meets monthly, chaired by {p['nhs_lead'][0]}. Terms of reference are in Appendix A."))
    body += [("h1", h[5]), ("p", f"Start: {p['start']}. Completion: {p['end']} ({p['months']} months). Implementation will not begin until this PID is certified" + (" and the public summary has been published." if g("transparency") is None else "."))]
    body += [("h1", h[6])] + S.resources(p, g("resource-contributions"), style)
    if g("resource-contributions") is None and style in ("raci", "legal", "narr"):
        cap = lambda s: s.replace("the ", "")[0].upper() + s.replace("the ", "")[1:]
        nh, ch = cap(p["nhs_short"]), cap(p["co_short"])
        body += [("p", "Budget by party (whole project):"),
                 ("table", [["Item", "Contribution by party", ""], ["", nh, ch],
                            ["People and services", [p["nhs_inkind"], "(in kind)"], [p["co_funds"], "(funded by transfer to the NHS party)"]],
                            ["Total value", p["nhs_value"], p["co_money"]]],
                  {"widths": [0.2, 0.4, 0.4], "spans": [(0, 0, 1, 0), (0, 1, 0, 2)]})]
    body += [("h1", h[7])] + S.outcomes(p, g("measurable-outcomes"), style)
    if style == "raci":
        body += [("h1", h[8]), ("table", [
            ["Activity", p["nhs_short"].replace("the ", "")[0].upper() + p["nhs_short"].replace("the ", "")[1:], p["co_short"].replace("the ", "")[0].upper() + p["co_short"].replace("the ", "")[1:]],
            ["Clinical delivery and patient contact", "R / A", "-"],
            ["Recruitment and line management of funded post", "R / A", "I"],
            ["Project management and reporting", "A", "R"],
            ["Evaluation design", "A", "C"],
            ["Publication of summary and outcomes", "R", "R / A"]], {"widths": [0.5, 0.25, 0.25]}),
            ("p", "R = responsible, A = accountable, C = consulted, I = informed.")]
    else:
        body += [("h1", h[8]), ("table", [["Risk", "Mitigation", "Owner"],
                                           ["Funded post not recruited in time", "Early advert; start date moved by amendment if needed", p["nhs_lead"][0]],
                                           ["Change in national guidance or SPC", "Steering group reviews protocol within 30 days", "Steering group"],
                                           ["Low patient take-up", ["Text reminders from practices", "Evening and weekend clinics"], p["nhs_lead"][0]]],
                                          {"widths": [0.35, 0.45, 0.2]}),
                 ("p", f"Approved by {p['nhs']} through its joint working panel and by {p['co']} through its compliance and medical sign-off process.")]
    if "termination_unrelated" in extras:
        body.append(("p", "Note: the termination of the existing pathology courier contract in March 2026 is unrelated to this project and does not affect sample transport, which moves to the hospital's own service."))
    c = S.conf(p, g("confidentiality"), style)
    if c:
        body += [("h1", h[9])] + c
    d = S.dp(p, g("data-protection"), style)
    if d:
        body += [("h1", h[10])] + d
    e = S.exit_(p, g("exit-strategy"), style)
    body += [("h1", h[11])] + e
    t = S.transp(p, g("transparency"), style)
    if t:
        body += [("h1", h[12])] + t
    if style in ("legal", "scot", "form"):
        blocks.insert(toc_at, ("toc", [x[1] for x in body if x[0] == "h1"]))
    if twocol:
        blocks.append(("twocol", body))
    else:
        blocks += body
    blocks += [("h1", "Appendix A - Steering group terms of reference"),
               ("bullets", [f"Chair: {p['nhs_lead'][0]}; quorum: one member from each organisation.",
                            "Meets monthly for the first six months, then every two months.",
                            "Reviews progress against milestones, risks and the evaluation plan.",
                            "Decisions are recorded; amendments to this PID use the project amendment form."]),
               ("h1", "Sign-off"),
               ("sig", [(p["nhs"], p["nhs_lead"][0], p["nhs_lead"][1]), (p["co"], p["co_lead"][0], p["co_lead"][1])])]
    if style in ("legal", "scot", "narr"):
        blocks.append(cert(p))
    return blocks, f"{p['title']} - PID v1.0", "OFFICIAL" if style != "scot" else "OFFICIAL - NHS Strathmoray"


# =========================================================== Agreement
def agreement(p, iss, style, extras=()):
    g = iss.get
    p = with_party(p, g("legal-entities"))
    partner = "the Partner" if style == "legal" else ("the Board" if style == "scot" else p["nhs_short"])
    blocks = [("cover", {"title": "Collaborative Working Agreement" if style != "form" else "Joint Working Agreement",
                         "lines": [p["title"], f"between {p['nhs']} and {p['co']}" + (f" and {p['third']}" if p.get("third") else ""),
                                   "Dated: 12 January 2026"]})]
    if style == "legal":
        blocks.append(("toc", ["1. Definitions and interpretation", "2. Term", "3. The Project", "4. Contributions",
                               "5. Roles and responsibilities", "6. Benefits", "7. Measuring success", "8. Transparency",
                               "9. Confidentiality", "10. Data protection", "11. Anti-bribery", "12. Contingency",
                               "13. Disputes", "14. Withdrawal and Wind-down", "Schedules 1-3"]))
        blocks.append(("pagebreak",))
    if style == "scot":
        intro = (f"MINUTE OF AGREEMENT between {p['nhs']}, {p['nhs_reg']} and having its principal office at {p['nhs_addr']} (\"the Board\"); "
                 f"and {p['co']}, a company incorporated in the United Kingdom ({p['co_reg']}) and having its registered office at {p['co_addr']} (\"the Company\").")
    else:
        intro = (f"THIS AGREEMENT is made on 12 January 2026 BETWEEN (1) {p['nhs']}, {p['nhs_reg']}, of {p['nhs_addr']} "
                 f"(\"{partner.replace('the ', '').title() if style=='legal' else p['nhs_short'].replace('the ','').title()}\"); and (2) {p['co']} ({p['co_reg']}), whose registered office is at {p['co_addr']} (\"the Company\")")
        if p.get("third"):
            intro += f"; and (3) {p['third']}, of Wold House, Market Place, Eastmere EM1 1AA (\"the ICB\")"
        intro += "."
    blocks.append(("p", intro))
    blocks.append(("h1", "Background" if style != "scot" else "WHEREAS"))
    blocks += S.background(p, g("promotional-language"), style if style in ("legal", "scot") else "form")
    n = 0

    def sec(title):
        nonlocal n
        n += 1
        return ("h1", f"{n}. {title}")

    if style == "legal":
        blocks += [sec("Definitions and interpretation"), ("table", [["Term", "Meaning"],
                   ["Agreement", "this agreement including its Schedules"],
                   ["Partner", p["nhs"]],
                   ["Company", p["co"]],
                   ["Project", f"the project described in Schedule 1 ({p['title']})"],
                   ["Confidential Information", "all information of a confidential nature disclosed by one party to the other in connection with the Project"],
                   ["Code", "the ABPI Code of Practice for the Pharmaceutical Industry in force from time to time"],
                   ["Steering Group", "the joint group described in Schedule 3"]], {"widths": [0.3, 0.7]})]
    blocks += [sec("Term"), ("p", f"This Agreement starts on the date of last signature and, unless ended earlier under its terms, continues until the end of {p['end']} (the Project period of {p['months']} months from {p['start']}).")]
    blocks += [sec("The Project"), ("p", f"The parties shall jointly deliver the Project set out in Schedule 1 for {p['people']}. Clinical decisions remain with NHS clinicians at all times.")]
    blocks += [sec("Contributions")] + S.resources(p, g("resource-contributions"), style)
    blocks += [sec("Roles and responsibilities")] + S.team(p, g("sales-roles"), style, sales_exclusion=("sales_exclusion" in extras))
    blocks += [("p", f"{p['nhs']} is responsible for clinical delivery, recruitment and employment of any funded post, patient contact and data collection. {p['co']} provides project management support, evaluation design advice and the agreed funding. The Steering Group oversees delivery and meets monthly.")]
    blocks += [sec("Benefits")] + S.benefits(p, g("patient-benefit"), style)
    blocks += [sec("Measuring success")] + S.outcomes(p, g("measurable-outcomes"), style)
    t = S.transp(p, g("transparency"), style)
    if t:
        blocks += [sec("Transparency and publication")] + t
    c = S.conf(p, g("confidentiality"), style)
    if c:
        blocks += [sec("Confidentiality")] + c
    d = S.dp(p, g("data-protection"), style)
    if d:
        blocks += [sec("Data protection")] + d
    blocks += [sec("Anti-bribery and independence"), ("p", "Each party shall comply with the Bribery Act 2010. Nothing in this Agreement is intended to, or shall, induce any person to prescribe, supply, recommend, buy or sell any medicine, and no benefit under it shall accrue to any individual.")]
    blocks += [sec("Contingency"), ("p", "If the summary of product characteristics of any relevant medicine changes, or new national guidance is issued, the Steering Group shall review the Project protocol within 30 days. The parties accept that the Project may be amended or stopped if it is found in breach of the Code.")]
    if "termination_unrelated" in extras:
        blocks.append(("p", "For the avoidance of doubt, the termination of the parties' earlier confidentiality agreement dated 2 May 2025 on signature of this Agreement does not affect any obligation under this Agreement."))
    blocks += [sec("Disputes"), ("p", f"Any dispute shall be referred first to the accountable leads, then to the {'Medical Director of the Board' if style=='scot' else 'chief executive (or nominee) of the NHS party'} and the General Manager of the Company, and if unresolved within 30 days to mediation under the CEDR model procedure.")]
    ex_title = {"legal": "Withdrawal and Wind-down", "scot": "Withdrawal", "form": "Ending the agreement",
                "narr": "What happens at the end of the project", "raci": "Exit and handover"}[style]
    blocks += [sec(ex_title)] + S.exit_(p, g("exit-strategy"), style)
    blocks += [sec("General"), ("p", "This Agreement is the entire agreement between the parties about the Project. Variations must be in writing and signed by both parties. " +
                                ("This Agreement is governed by the law of Scotland." if style == "scot" else "This Agreement is governed by the law of England and Wales."))]
    if style == "scot":
        blocks.append(("p", "IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:"))
    sigs = [(p["nhs"], "Dr Alison Crane", "Chief Executive"), (p["co"], "Dr Kathryn Ames", "General Manager UK")]
    if g("legal-entities") in ("individual", "gp"):
        sigs[0] = (p["nhs"], p["nhs"].split(",")[0], "in a personal capacity")
    elif g("legal-entities") in ("pcn", "team", "ics"):
        sigs[0] = (p["nhs"], p["nhs_lead"][0], p["nhs_lead"][1])
    if p.get("third"):
        sigs.append((p["third"], "Dr Colin Ashdown", "Director of Clinical Strategy"))
    blocks += [("pagebreak",), ("h1", "Signatures"), ("sig", sigs)]
    blocks += [("h1", "Schedule 1 - Project description"), ("bullets", kpis_objectives(p) if g("measurable-outcomes") is None else ["Deliver the service described in the PID"]),
               ("p", f"Start {p['start']}; end {p['end']}. The PID approved by both parties is incorporated by reference."),
               ("h1", "Schedule 2 - Payment schedule"),
               ("table", [["Milestone", "Payment by the Company", "Payee"],
                          ["Signature and publication of summary" if g("transparency") is None else "Signature of this Agreement", "40%", p["nhs"]],
                          ["Month 6 progress report", "30%", p["nhs"]],
                          ["Final evaluation report", "30%", p["nhs"]]], {"widths": [0.45, 0.25, 0.3]}),
               ("h1", "Schedule 3 - Steering Group"),
               ("p", f"Chair: {p['nhs_lead'][0]}. Members: the accountable leads of each party and the project manager. Quorum: one member of each party. Meets monthly.")]
    return blocks, f"{p['title']} - Collaborative Working Agreement", "Collaborative working agreement template v7 (2025)" if style == "legal" else "OFFICIAL"


# =========================================================== Executive summary
def exec_summary(p, iss, style, extras=()):
    g = iss.get
    blocks = [("cover", {"title": "Summary of the Collaborative Working Agreement", "lines": [p["title"], f"Job code {JOB[p['key']]} | January 2026"]}),
              ("h1", f"Executive summary: {p['title']}"),
              ("p", f"A collaborative working project between {p['nhs']} and {p['co']}" + (f" with {p['third']}" if p.get("third") else "") + "."),
              ("h2", "Project rationale")] + S.background(p, g("promotional-language"), style)
    blocks += [("h2", "Objectives and expected benefits")] + S.benefits(p, g("patient-benefit"), style, table=(style in ("raci", "legal")))
    if g("patient-benefit") is None:
        blocks += [("bullets", kpis_objectives(p))]
    blocks += [("h2", "Project period"), ("p", f"Anticipated start {p['start']}; anticipated completion {p['end']} ({p['months']} months).")]
    rc = g("resource-contributions")
    if rc == "onlyco":
        fin = f"{p['co']} will contribute {p['co_money']} to fund {p['co_funds']}."
        blocks += [("h2", "Financial arrangements"), ("p", fin)]
    elif rc == "tbc":
        blocks += [("h2", "Financial arrangements"), ("p", f"{p['co']}: {p['co_money']} towards {p['co_funds']}."),
                   ("p", f"{p['nhs']}: contribution to be confirmed.")]
    else:
        blocks += [("h2", "Financial arrangements"),
                   ("table", [["Organisation", "Contribution", "Value"],
                              [p["co"], p["co_funds"], p["co_money"]],
                              [p["nhs"], p["nhs_inkind"], p["nhs_value"] + " in kind"]], {"widths": [0.3, 0.5, 0.2]})]
    blocks += [("h2", "Roles and responsibilities"),
               ("p", f"{p['nhs']} leads clinical delivery and all patient contact. {p['co']} provides project management support and evaluation advice. Both organisations sit on the steering group.")]
    dpv = g("data-protection")
    if dpv not in (None, "n/a"):
        blocks += [("h2", "Use of patient data")]
        if dpv == "gdpr":
            blocks.append(("p", "Practices will search patient records to identify people for review. All data handling will be GDPR compliant."))
        elif dpv == "identifiable":
            blocks.append(("p", f"Clinic records will be shared with {p['co']} at patient level, including NHS number, so that the company can support the evaluation."))
        else:
            blocks.append(("p", f"Patient records are searched by NHS staff only. {p['nhs']} is data controller under UK GDPR; {p['co']} receives anonymised, aggregated results only."))
    blocks += [("h2", "Contacts")]
    contacts = [f"{p['nhs']}: {S.lead(p, 'nhs_lead')}", f"{p['co']}: {S.lead(p, 'co_lead')}"]
    if g("sales-roles") == "contact":
        contacts.append(f"{p['co']} local contact: Martin Kaye, Key Account Manager, martin.kaye@{p['co_lead'][2].split('@')[1]}")
    blocks.append(("bullets", contacts))
    t = S.transp(p, g("transparency"), "form")
    if t:
        blocks += [("h2", "Publication")] + t
    blocks.append(cert(p, "January 2026"))
    if True:
        ms = [["Milestone", "Target date"]] + ([["Summary published", "Before start"]] if t else []) + [
            ["Funded post in place", "Month 2"], ["Interim review", "Month 6"], ["Final evaluation", f"{p['end']}"]] + (
            [["Outcomes published", "Within 6 months of end"]] if t else [])
        blocks += [("h2", "Milestones"), ("table", ms, {"widths": [0.6, 0.4]})]
    return blocks, f"{p['co']} - Collaborative working", f"Job code {JOB[p['key']]}"


# =========================================================== Concept framework
def concept(p, iss, style, extras=()):
    g = iss.get
    blocks = [("cover", {"title": "Project Concept Framework", "lines": [p["title"], "For decision at the joint partners' meeting", "Version 0.3"]}),
              ("h1", "Project Concept Framework"), ("p", f"Working title: {p['title']}"),
              ("table", [["Field", "Response"],
                         ["Partner organisations and key stakeholders", [p["nhs"], p["co"]] + ([p["third"]] if p.get("third") else []) + ["Stakeholders: practices, patient participation groups, local medical committee"]],
                         ["Anticipated start date", p["start"]], ["Length of project", f"{p['months']} months"]],
               {"widths": [0.35, 0.65]}),
              ("h2", "Purpose of the project")] + S.background(p, g("promotional-language"), style)
    if "health_promotion" in extras:
        blocks.append(("p", "Clinics will include health promotion on smoking cessation and physical activity."))
    blocks += [("h2", "Objectives - intended benefits")] + S.benefits(p, g("patient-benefit"), style, table=True)
    blocks += [("h2", "Budgetary and resource impact on each partner")] + S.resources(p, g("resource-contributions"), style)
    blocks += [("h2", "Proposed project group")] + S.team(p, g("sales-roles"), style)
    blocks += [("h2", "Preliminary check against the criteria"),
               ("table", [["Criterion", "Met?", "Comment"],
                          ["Main benefit focused on patients", "Yes" if g("patient-benefit") is None else "To review", ""],
                          ["Significant contribution from every party", "Yes" if g("resource-contributions") is None else "To confirm", ""],
                          ["Treatments follow national guidance", "Yes", p["guidance"]],
                          ["Commitment to publish summary and outcomes", "Yes", ""]], {"widths": [0.5, 0.15, 0.35]}),
               ("h2", "Decision"), ("p", "Go-ahead given to develop a PID at the joint meeting on 3 November 2025, subject to the points above.")]
    return blocks, "Project Concept Framework", "Draft for discussion"


# =========================================================== Outcomes summary
def outcomes_summary(p, iss, style, extras=()):
    g = iss.get
    blocks = [("cover", {"title": "Summary of Project Outcomes", "lines": [p["title"], f"{p['nhs']} and {p['co']}",
                                                                           "Published April 2028"]}),
              ("h1", "Project partners"), ("bullets", [p["nhs"], p["co"]] + ([p["third"]] if p.get("third") else [])),
              ("h1", "Duration"), ("p", f"Actual start: {'April 2026' if p['start']=='Q2 2026' else 'January 2026' if p['start']=='Q1 2026' else 'July 2026'}; actual end: {p['end']}."),
              ("h1", "Project overview"),
              ("p", f"The project set out to improve care for {p['people']} in line with {p['guidance']}. {p['nhs']} delivered the clinical work; {p['co']} funded {p['co_funds']} and provided project management support.")]
    mv, pb = g("measurable-outcomes"), g("patient-benefit")
    if pb == "uptake":
        blocks[-1] = ("p", f"The project set out to run pulse checks at flu clinics and community pharmacies and to review anticoagulation across the area. {p['co']} funded {p['co_funds']} and provided project management support.")
    blocks.append(("h1", "Results"))
    if pb == "uptake":
        blocks += [("table", [["Measure", "Baseline", "Target", "Achieved"], ["Pulse checks completed", "0", "9,000", "9,640"],
                              [f"New prescriptions for {p['brand']} as % of anticoagulant starts", "18%", "35%", "41%"]],
                    {"widths": [0.46, 0.18, 0.18, 0.18]})]
    elif mv == "qual":
        blocks += [("p", "Staff and patients told us the new approach worked well. Reviews felt more joined up, and practices reported that the recall process was easier to manage. The steering group considered the project a success and felt that care had improved."),
                   ("p", "Patients described feeling better supported and more confident about managing their condition.")]
    elif mv == "tbc":
        blocks += [("p", "Outcome figures: TBC - awaiting the final BI extract. This section will be completed before publication.")]
    else:
        ach = ACHIEVED[p["key"]]
        rows = [["Measure", "Baseline", "Target", "Achieved"]] + [[k[0], k[1], k[2], a] for k, a in zip(p["kpis"], ach)]
        blocks.append(("table", rows, {"widths": [0.46, 0.18, 0.18, 0.18]}))
        blocks.append(("p", "All figures are anonymised and aggregated."))
    blocks.append(("h1", "Benefits"))
    if pb == "uptake":
        blocks += [("p", f"The main result of the project was an increase in uptake of {p['brand']} among reviewed patients, from 18% to 41% of new anticoagulant prescriptions."),
                   ("p", f"For the NHS: {p['nhs_benefit']}. For the company: {p['co_benefit']}.")]
    else:
        pat = {"qual": f"Patients: {p['people']} reported more joined-up care and more confidence in self-management.",
               "tbc": f"Patients: {p['pt_benefit']}"}.get(mv, f"Patients: {p['pt_benefit']} These benefits were realised for most people reached by the project.")
        blocks += [("bullets", [pat, f"NHS: {p['nhs_benefit']}.", f"Industry partner: {p['co_benefit']}."])]
    blocks += [("h1", "Reflections"),
               ("table", [["Question", "Response"],
                          ["Did the partners keep a shared vision?", "Yes. The steering group met as planned and decisions were unanimous."],
                          ["Did each party deliver its agreed contribution?", [f"{p['nhs']}: yes.", f"{p['co']}: yes, funding paid against milestones."]],
                          ["Was more achieved together than apart?", "Yes - neither organisation had the capacity or skills to do this alone."],
                          ["What happened at the end?", "The service has been continued from core NHS funding; the funded post was made substantive."]],
               {"widths": [0.4, 0.6]})]
    if g("promotional-language"):
        blocks += [("h1", "Looking ahead"), ("p", f"The project also confirmed {p['brand']} as the market-leading choice in {p['drug_class']}: clinicians reported breakthrough results and we expect prescribing of {p['brand']} to keep growing across the area.")]
    blocks += [("h1", "Learning for others"),
               ("bullets", ["Agree the evaluation data set before go-live.", "Protect clinic time for the funded post from day one.",
                            "Involve patient representatives in designing invitations."])]
    if g("sales-roles") == "contact":
        blocks += [("h1", "Contacts"), ("bullets", [S.lead(p, "nhs_lead"), S.lead(p, "co_lead"),
                                                    f"Hayley Brennan, Key Account Manager, {p['co']} (general enquiries)"])]
    else:
        blocks += [("h1", "Contacts"), ("bullets", [S.lead(p, "nhs_lead"), S.lead(p, "co_lead")])]
    tv = g("transparency")
    if tv == "internal":
        blocks.append(("p", "INTERNAL - not for publication. Circulation: steering group members only."))
    elif tv is None:
        blocks.append(("p", f"This summary is published on the websites of {p['nhs']} and {p['co']} within six months of the project ending."))
    blocks.append(cert(p, "March 2028"))
    return blocks, f"{p['title']} - outcomes", ""


# =========================================================== Amendment
def amendment(p, iss, style, number=1, extras=()):
    g = iss.get
    change = {1: f"Move the start of clinics from {p['start']} to the following quarter because the funded post was recruited later than planned.",
              2: "Add two further sites to the project and extend the end date by three months.",
              3: "Replace the evaluation analyst (secondment ended) and move the interim review from month 6 to month 7."}[number]
    blocks = [("cover", {"title": f"Project Amendment {number}", "lines": [p["title"], f"{p['nhs']} / {p['co']}", "For steering group approval"]}),
              ("h1", f"Project Amendment Form - Amendment {number}"),
              ("table", [["Field", "Detail"],
                         ["Name of project", p["title"]],
                         ["Project owners", [S.lead(p, "nhs_lead"), S.lead(p, "co_lead")]],
                         ["Submitted to steering group", "4 March 2026"]], {"widths": [0.3, 0.7]}),
              ("h2", "Amendment to PID requested"), ("p", change)]
    if g("promotional-language") == "switch":
        blocks.append(("p", f"In addition, the review template will be changed so that reviewing pharmacists identify patients suitable to switch to {p['brand']}, given its superior once-daily profile."))
    if g("sales-roles") == "kam":
        blocks.append(("p", f"Lucy Pembridge, Key Account Manager at {p['co']}, will join the steering group and help recruit the additional sites."))
    blocks += [("h2", "Impact of the amendment"),
               ("table", [["Area", "Impact"], ["Timeline", "End date moves by up to three months."],
                          ["Logistics", "Clinic rota revised; no change to who delivers care."],
                          ["Finance", "No change to the total contribution of either party; payment milestones move with the timeline."]],
                {"widths": [0.25, 0.75]}),
              ("p", "The published executive summary will be updated and re-certified if the dates change by more than one quarter. This amendment does not apply to any work already completed."),
              ("h2", "Approval"),
              ("table", [["Party", "Name", "Decision", "Date"],
                         [p["nhs"], p["nhs_lead"][0], "Approved", "11 March 2026"],
                         [p["co"], p["co_lead"][0], "Approved", "12 March 2026"]], {"widths": [0.35, 0.25, 0.2, 0.2]})]
    blocks += [("h2", "Revised milestone plan"),
               ("table", [["Milestone", "Original date", "Revised date"], ["Funded post in place", "Month 1", "Month 3"],
                          ["First clinics", "Month 2", "Month 4"], ["Interim review", "Month 6", "Month 7"],
                          ["Final evaluation", p["end"], "Three months later"]], {"widths": [0.4, 0.3, 0.3]}),
               ("p", "Reason for the change: the steering group considered three options (absorb the delay, reduce the scope, or move the timeline) and preferred moving the timeline because it keeps the evaluation comparable with the baseline period.")]
    return blocks, f"Amendment {number} - {p['title']}", ""
