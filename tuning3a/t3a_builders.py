"""Document builders for tuning3a. Each returns a list of blocks (see t3a_render)."""
from t3a_parts import (SALES_TITLES, lead_table, exit_prose, exit_risk_row, conf_text, dp_text,
                       budget_table, contrib_prose, benefits_rows, kpi_table, QUAL, transp_text,
                       promo_objective)


def cap(s):
    return s[0].upper() + s[1:]


def short(t):
    """'the ICB' -> 'ICB', 'the Health Board' -> 'Health Board'."""
    return t["nhs_s"][4:]


def G(V, r):
    return V.get(r, "pass")


def milestones(t):
    return [["Milestone", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Owner"],
            ["Governance approvals complete", "■", "", "", "", "", "", "Both"],
            ["Post recruited / kit in place", "■", "■", "", "", "", "", short(t)],
            ["Baseline data extracted (aggregate)", "", "■", "", "", "", "", "BI"],
            ["Clinics live", "", "■", "■", "■", "■", "", "Clinical lead"],
            ["Interim review at Project Board", "", "", "■", "", "", "", "Board"],
            ["Final evaluation", "", "", "", "", "■", "■", "Both"]]


def raci(t, sales):
    rows = [["Activity", f"{short(t)} clinical lead", "NHS PMO",
             f"{t['co_s']} partnerships", "Project Board"],
            ["Clinical protocol and patient selection", "A/R", "C", "I", "I"],
            ["Recruitment of funded post", "A/R", "C", "I", "I"],
            ["Project plan and reporting", "C", "R", "R", "A"],
            ["Evaluation design", "C", "R", "R", "A"],
            ["Approving changes to scope", "C", "C", "C", "A/R"]]
    return rows


def board_members(t, sales):
    m = [f"Chair: {t['nhs_lead'][0]}, {t['nhs_lead'][1]}",
         "NHS programme manager (secretariat)",
         "Lead pharmacist for the locality",
         f"{t['co_lead'][0]}, {t['co_lead'][1]}, {t['co_s']}",
         "Patient representative (recruited through the NHS partner's involvement team)"]
    if sales == "board":
        m.insert(4, f"Craig Dunmore, {SALES_TITLES['board']}, {t['co_s']}")
    if sales == "kam":
        m.insert(4, f"Nadia Welford, {SALES_TITLES['kam']}, {t['co_s']}")
    return m


# =========================================================== PID, clinician voice (a)
def pid_a(t, V, code, faq=False):
    b = [("title", f"{t['title']} - Project Initiation Document"),
         ("p", f"Prepared by {t['nhs_lead'][0]} with {t['co_lead'][0]} ({t['co_s']}). Version 1.3. {code}")]
    b.append(("p", f"Why we are doing this. {t['why']} We have talked about this in our department for a couple of "
                   f"years and it became obvious that we could not fix it on our own, which is why we approached "
                   f"{t['co']} about working together. This is a collaborative working project between "
                   f"{t['nhs']} ({t['nhs_addr']}) and {t['co']} ({t['co_addr']}). We want the project to run from "
                   f"{t['start']} to {t['end']} ({t['months']} months)."))
    pb = G(V, "patient-benefit")
    if pb == "pass":
        b.append(("p", f"What we want to achieve. For {t['pop']} the point of all this is {t['benefit']}. "
                       f"For {t['nhs_s']} it should free up specialist time and give us a model we can cost properly. "
                       f"For {t['co_s']}, the benefit is a better understanding of how care for {t['cond']} actually "
                       "works on the ground and a track record as an NHS partner. "
                       + promo_objective(t, G(V, "promotional-language"))))
    else:
        b.append(("p", "What we want to achieve. The main aim is to make better use of specialist capacity. "
                       "Benefits to patients: N/A at this stage. " + promo_objective(t, G(V, "promotional-language"))))
    m = G(V, "measurable-outcomes")
    if m == "pass":
        b.append(("p", "We will know whether it worked by tracking a handful of measures, all from anonymised, "
                       "aggregated data. We have taken baselines from the last full year:"))
        b.append(("table", kpi_table(t, "pass")))
    elif m == "qual":
        b.append(("p", QUAL))
    else:
        b.append(("p", "How we will measure success:"))
        b.append(("table", kpi_table(t, "tbc")))
    rc = G(V, "resource-contributions")
    b.append(("p", "Who puts in what. " + contrib_prose(t, rc) +
              (f" We have costed our side using {t['nhs_s']}'s standard rates and it is a real commitment for a team our size."
               if rc == "pass" else "")))
    s = G(V, "sales-roles")
    team = (f"Day to day, the project is run by me and our project manager, with {t['co_lead'][0]} "
            f"({t['co_lead'][1]}) joining the monthly project group. ")
    if s == "pass":
        team += f"{t['co_s']} has confirmed that nobody from its sales or marketing teams will be involved at any stage. "
    elif s == "deliver":
        team += (f"{t['co_s']}'s {SALES_TITLES['deliver']} for the area, who knows most of the practices, will help "
                 "us recruit practices and arrange the first clinic sessions. ")
    elif s == "board":
        team += f"{t['co_s']}'s {SALES_TITLES['board']} also sits on the project group to keep the company's side informed. "
    b.append(("p", team + "The project group reports to our divisional governance meeting every quarter and any "
                          "change to scope goes through an amendment form."))
    b.append(("h", "Leads"))
    b.append(("table", lead_table(t, s)))
    b.append(("p", "Looking after information. " + dp_text(t, G(V, "data-protection"), "a") + " "
              + (conf_text(t, G(V, "confidentiality"), "a"))))
    if faq:
        b.append(("h", "Questions people have asked us"))
        b.append(("p", "Q. Is this just a way of getting a particular medicine prescribed? A. No. Prescribing "
                       "decisions stay with each patient's clinician and the project has no product-related targets."))
        b.append(("p", "Q. What happens to patients if the project stops early or the money runs out? A. "
                       + exit_prose(t, G(V, "exit-strategy"))))
        b.append(("p", "Q. Who owns the searches and templates? A. They belong to the NHS partner and will be "
                       "shared free of charge with any other practice that asks."))
    else:
        b.append(("p", "If things change or we stop. " + exit_prose(t, G(V, "exit-strategy"))))
    b.append(("p", "Telling people about it. " + transp_text(t, G(V, "transparency"), "a")))
    b.append(("p", "Risks we can see. Recruitment is the big one: if we cannot fill the post within three months we "
                   "will use bank staff from our own team and push the timeline back through an amendment. The second "
                   "is practice engagement, which we will manage through the locality clinical directors. Nothing in "
                   "this project depends on which medicines anyone prescribes; treatment stays in line with NICE and "
                   "our local formulary, and the clinicians involved decide with each patient."))
    b.append(("h", "Timeline"))
    b.append(("table", milestones(t)))
    b.append(("p", f"Approved by {t['nhs_s']}'s Joint Working Panel and by {t['co_s']}'s medical and compliance review. "
                   f"Signed for {t['nhs']} and for {t['co']}."))
    return b


# =========================================================== PID, corporate template (b)
def pid_b(t, V, code):
    s = G(V, "sales-roles")
    b = [("title", "PROJECT INITIATION DOCUMENT"),
         ("p", f"Project: {t['title']}    Document reference: {code}"),
         ("h", "1. Definitions and interpretation"),
         ("p", "1.1 In this PID: 'the Collaborator' means " + t["nhs"] + "; 'the Company' means " + t["co"] +
               "; 'Parties' means the Collaborator and the Company; 'Project Materials' means all documents, "
               "protocols, searches and reports created for the Project; 'Personal Data' has the meaning given "
               "in Schedule 4; 'Project Board' means the body described in clause 6."),
         ("p", "1.2 Clause and Schedule references are to clauses of and Schedules to this PID. The Schedules "
               "form part of this PID."),
         ("h", "2. Background"),
         ("p", f"2.1 {t['why']} 2.2 The Parties have agreed to undertake a collaborative working project in accordance "
               "with Clause 20 of the ABPI Code of Practice, pooling skills and resources in the manner set out in Schedule 2."),
         ("h", "3. Partner organisations"),
         ("table", [["Party", "Registered / principal address", "Description"],
                    [t["nhs"], t["nhs_addr"], "NHS provider / commissioner of local services"],
                    [t["co"], t["co_addr"], "Research-based pharmaceutical company"]]),
         ("h", "4. Aims, objectives and expected benefits")]
    b.append(("p", f"4.1 The Project aims to improve care for {t['pop']} in the Collaborator's area. "
                   + promo_objective(t, G(V, "promotional-language"))))
    b.append(("p", "4.2 The expected benefits to each stakeholder group are set out below:"))
    b.append(("table", benefits_rows(t, G(V, "patient-benefit"))))
    m = G(V, "measurable-outcomes")
    b.append(("p", "4.3 Success of the Project shall be assessed against the Key Performance Indicators in "
                   "clause 8.2."))
    b.append(("h", "5. Term"))
    b.append(("p", f"5.1 The Project shall start in {t['start']} and complete in {t['end']}, subject to clause 10."))
    b.append(("h", "6. Governance"))
    b.append(("p", "6.1 A Project Board shall oversee delivery, meet monthly for the first six months and "
                   "bi-monthly thereafter, and approve all changes via the Project Amendment procedure. "
                   "Membership is set out in Schedule 1."))
    if s == "pass":
        b.append(("p", "6.2 No employee of the Company's sales or marketing functions shall sit on the Project Board "
                       "or take part in delivery of the Project."))
    b.append(("h", "7. Roles and responsibilities"))
    b.append(("table", raci(t, s)))
    b.append(("h", "8. Measurement"))
    if m == "pass":
        b.append(("p", "8.1 Data shall be drawn from routinely collected NHS sources and reported to the Project "
                       "Board in anonymised, aggregated form."))
        b.append(("p", "8.2 Key Performance Indicators:"))
        b.append(("table", kpi_table(t, "pass")))
    elif m == "qual":
        b.append(("p", "8.1 " + QUAL))
    else:
        b.append(("p", "8.1 KPIs: TBC by the Project Board."))
    b.append(("h", "9. Information governance and confidentiality"))
    b.append(("p", "9.1 " + dp_text(t, G(V, "data-protection"), "b")))
    b.append(("p", "9.2 " + conf_text(t, G(V, "confidentiality"), "b")))
    b.append(("h", "10. Exit"))
    e = G(V, "exit-strategy")
    if e == "pass":
        b.append(("p", "10.1 Either Party may terminate the Project on ninety (90) days' written notice, or "
                       "immediately if the PMCPA rules that the Project breaches the Code. 10.2 On expiry or "
                       "termination the wind-down plan in Schedule 5 applies."))
    else:
        b.append(("p", "10.1 " + exit_prose(t, e)))
    b.append(("h", "11. Transparency"))
    b.append(("p", "11.1 " + transp_text(t, G(V, "transparency"), "b")))
    b.append(("h", "12. Approvals"))
    b.append(("p", f"12.1 This PID has been certified in accordance with the ABPI Code. Certification reference {code}. "
                   "Approved by the Collaborator's Executive Management Team and the Company's Medical Director."))
    b.append(("h", "Schedule 1 - Project Board"))
    b.append(("ul", board_members(t, s)))
    b.append(("h", "Schedule 2 - Contributions"))
    b.append(("table", budget_table(t, G(V, "resource-contributions"))))
    b.append(("h", "Schedule 3 - Accountable leads"))
    b.append(("table", lead_table(t, s)))
    b.append(("h", "Schedule 4 - Personal Data"))
    b.append(("p", "'Personal Data' means any information relating to an identified or identifiable living "
                   "individual processed in connection with the Project."))
    if e == "pass":
        b.append(("h", "Schedule 5 - Wind-down plan"))
        b.append(("ul", ["Patients under active review complete their current episode and are handed back to their "
                         "GP practice with a written plan within 30 days.",
                         "The funded post, employed by the Collaborator, is either absorbed into the Collaborator's "
                         "establishment or ends in line with the Collaborator's HR policies.",
                         "Equipment purchased for the Project remains with the Collaborator."]))
    return b


# =========================================================== PID, ICB programme office (c)
def pid_c(t, V, code):
    s = G(V, "sales-roles")
    b = [("title", f"{t['title']}"),
         ("p", f"Project Initiation Document | Programme Office | Status: approved | Ref {code}"),
         ("h", "Summary status"),
         ("table", [["Area", "RAG", "Comment"],
                    ["Scope", "Green", "Agreed by both partners"],
                    ["Resourcing", "Amber" if G(V, "resource-contributions") == "pass" else "Red",
                     "Post out to advert" if G(V, "resource-contributions") == "pass" else "NHS resourcing not yet confirmed"],
                    ["Governance", "Green", "Project Board ToR approved"],
                    ["Information governance", "Green" if G(V, "data-protection") == "pass" else "Amber", "See section 6"]]),
         ("h", "1. Background and case for change"),
         ("p", f"{t['why']} The programme office has scoped this as a collaborative working project between "
               f"{t['nhs']} and {t['co']}, running {t['start']} to {t['end']}."),
         ("h", "2. Benefits")]
    b.append(("table", benefits_rows(t, G(V, "patient-benefit"))))
    b.append(("p", promo_objective(t, G(V, "promotional-language"))))
    b.append(("h", "3. Indicators"))
    m = G(V, "measurable-outcomes")
    if m == "pass":
        b.append(("table", kpi_table(t, "pass")))
    elif m == "qual":
        b.append(("p", QUAL))
    else:
        b.append(("table", kpi_table(t, "tbc")))
    b.append(("h", "4. Resources"))
    b.append(("table", budget_table(t, G(V, "resource-contributions"))))
    b.append(("h", "5. Governance and RACI"))
    rows = raci(t, s)
    if s == "board":
        rows[0].insert(4, f"{t['co_s']} {SALES_TITLES['board']}")
        for r in rows[1:]:
            r.insert(4, "C")
        rows[-1][4] = "R (Project Board member)"
    b.append(("table", rows))
    b.append(("table", lead_table(t, s)))
    b.append(("h", "6. Information governance"))
    b.append(("p", dp_text(t, G(V, "data-protection"), "c") + " " + conf_text(t, G(V, "confidentiality"), "c")))
    b.append(("h", "7. Milestones"))
    b.append(("table", milestones(t)))
    b.append(("h", "8. Risk register"))
    e = G(V, "exit-strategy")
    risk = [["ID", "Risk", "RAG", "Mitigation / contingency", "Owner"],
            ["R1", "Delay recruiting the funded post", "Amber", "Use NHS bank staff; amend timeline via change request", "Clinical lead"],
            ["R2", "Low practice engagement", "Amber", "Locality clinical directors to champion; monthly updates", "PMO"],
            ["R3", "New NICE guidance or SPC change during project", "Green", "Protocol reviewed by Project Board within 4 weeks", "Board"],
            exit_risk_row(t, "pass" if e == "pass" else "tbc")]
    b.append(("table", risk))
    b.append(("h", "9. Communications"))
    b.append(("p", transp_text(t, G(V, "transparency"), "c")))
    b.append(("h", "10. Approvals"))
    b.append(("table", [["Body", "Date", "Decision"],
                        ["ICB/Trust Executive Committee", "12 Jan 2027", "Approved"],
                        [f"{t['co_s']} medical and compliance certification", "19 Jan 2027", "Certified"]]))
    return b


# =========================================================== Agreement, corporate (b)
def party_line(t, v):
    if v == "person":
        return (f"(1) {t['nhs_lead'][0]}, {t['nhs_lead'][1]}, of {t['nhs_addr']} (\"the Clinician\"); and",
                "the Clinician")
    if v == "pcn":
        return ("(1) the Greater Ashby Primary Care Network (\"the Network\"); and", "the Network")
    if v == "ics":
        return ("(1) the Fenmarsh Integrated Care System (\"the ICS\"); and", "the ICS")
    if v == "team":
        return (f"(1) the Community Services Team at {t['nhs']} (\"the Team\"); and", "the Team")
    if v == "lead-practice":
        return ("(1) the partners of Marsh Lane Surgery, 4 Marsh Lane, Kestrel Vale, KV3 1AB, acting as lead practice "
                "for and on behalf of the Kestrel North Primary Care Network under its Network Agreement (\"the Lead "
                "Practice\"); and", "the Lead Practice")
    return (f"(1) {t['nhs']} of {t['nhs_addr']} (\"the NHS Partner\"); and", "the NHS Partner")


SIGN = {"pcn": ["Dr Sam Whitlock", "PCN Clinical Director"], "ics": ["Jonah Pettifer", "ICS Programme Director"],
        "team": ["Lorraine Baptiste", "Team Manager"], "lead-practice": ["Dr Ruth Kavanagh", "Senior Partner, Marsh Lane Surgery"]}


PARTY_NAME = {"pcn": "the Greater Ashby Primary Care Network", "ics": "the Fenmarsh Integrated Care System",
              "team": "the Community Services Team", "lead-practice": "Marsh Lane Surgery (as lead practice)"}


def agr_b(t, V, code):
    pl, nhs_s = party_line(t, G(V, "legal-entities"))
    if G(V, "legal-entities") in PARTY_NAME:
        t = dict(t, nhs=PARTY_NAME[G(V, "legal-entities")], nhs_s=nhs_s)
    s = G(V, "sales-roles")
    b = [("title", "COLLABORATIVE WORKING AGREEMENT"),
         ("p", f"Project: {t['title']}. This Agreement is dated 3 March 2027."),
         ("p", "BETWEEN"), ("p", pl),
         ("p", f"(2) {t['co']}, a company registered in England and Wales whose registered office is at {t['co_addr']} (\"the Company\")."),
         ("h", "Recitals"),
         ("p", f"A. {t['why']} B. The Parties wish to work together on the Project described in Schedule 1, which "
               "is collaborative working within the meaning of Clause 20 of the ABPI Code of Practice."),
         ("h", "1. Definitions"),
         ("p", "'Commencement Date' means 1 April 2027; 'Expiry Date' means the date falling " + str(t["months"]) + " months after the "
               "Commencement Date; 'Confidential Information' means information marked or reasonably understood to be "
               "confidential; 'Data Protection Legislation' means UK GDPR and the Data Protection Act 2018; "
               "'Project Reports' has the meaning given in Schedule 4."),
         ("h", "2. Purpose and benefits"),
         ("p", "2.1 The expected benefits of the Project are set out in Schedule 1, Part B. 2.2 " +
               promo_objective(t, G(V, "promotional-language")))]
    b.append(("h", "3. Contributions"))
    b.append(("p", "3.1 Each Party shall provide the contributions set out in Schedule 2. 3.2 No payment is "
                   "conditional on the prescription, supply, recommendation, purchase or sale of any medicine."))
    b.append(("h", "4. Roles and governance"))
    b.append(("p", "4.1 The Parties shall establish a Steering Group with the membership in Schedule 3, which shall "
                   "meet at least every two months and keep minutes."
                   + (" 4.2 The Company shall ensure that none of its sales or promotional staff take part in the Project."
                      if s == "pass" else "")))
    b.append(("h", "5. Measurement of success"))
    m = G(V, "measurable-outcomes")
    if m == "pass":
        b.append(("p", "5.1 Success shall be measured by the NHS Partner's analysts against the indicators in "
                       "Schedule 1, Part C, at baseline, month 6, month 12 and at close."))
    elif m == "qual":
        b.append(("p", "5.1 " + QUAL))
    else:
        b.append(("p", "5.1 KPIs TBC."))
    b.append(("h", "6. Data protection"))
    b.append(("p", "6.1 " + dp_text(t, G(V, "data-protection"), "b")))
    b.append(("h", "7. Confidentiality"))
    b.append(("p", "7.1 " + conf_text(t, G(V, "confidentiality"), "b")))
    b.append(("h", "8. Anti-bribery"))
    b.append(("p", "8.1 Each Party shall comply with the Bribery Act 2010. No benefit under this Agreement shall "
                   "accrue to any individual."))
    e = G(V, "exit-strategy")
    b.append(("h", "9. Contingency"))
    b.append(("p", "9.1 If the SPC of a medicine relevant to the Project changes or new national guidance is issued, "
                   "the Steering Group shall review the Project within 28 days."))
    if e == "pass":
        b.append(("h", "10. Termination and disengagement"))
        b.append(("p", "10.1 Either Party may terminate this Agreement on three months' written notice. 10.2 This "
                       "Agreement may be amended or terminated immediately if the PMCPA rules that the Project breaches "
                       "the Code. 10.3 On termination or expiry the disengagement arrangements in Schedule 5 apply."))
    else:
        b.append(("h", "10. End of Project"))
        b.append(("p", "10.1 " + exit_prose(t, e)))
    b.append(("h", "11. Transparency"))
    b.append(("p", "11.1 " + transp_text(t, G(V, "transparency"), "b")))
    b.append(("h", "12. Disputes and general"))
    b.append(("p", "12.1 Disputes shall be referred first to the Steering Group chair and the Company's Medical "
                   "Director, then to mediation. 12.2 This Agreement is governed by the law of England and Wales."))
    b.append(("h", "Schedule 1 - Project description"))
    b.append(("p", f"Part A. The Project will run from {t['start']} to {t['end']} and will redesign care for {t['pop']}."))
    b.append(("p", "Part B - Expected benefits"))
    b.append(("table", benefits_rows(t, G(V, "patient-benefit"), G(V, "promotional-language"))))
    if m == "pass":
        b.append(("p", "Part C - Indicators"))
        b.append(("table", kpi_table(t, "pass")))
    b.append(("h", "Schedule 2 - Contributions"))
    rc = G(V, "resource-contributions")
    if rc == "pass":
        b.append(("table", budget_table(t, "pass")))
    else:
        b.append(("table", [["Party", "Contribution", "Value"],
                            ["Company", cap(t["money"][1]), t["money"][0]],
                            [cap(nhs_s), "As required", "—"]]))
    b.append(("h", "Schedule 3 - Steering Group"))
    b.append(("ul", board_members(t, s)))
    b.append(("h", "Schedule 4 - Project Reports"))
    b.append(("p", "Quarterly reports to the Steering Group showing the indicators at practice-group level."))
    if e == "pass":
        b.append(("h", "Schedule 5 - Disengagement"))
        b.append(("ul", ["Patients in the service at the point of exit continue their care on the NHS Partner's "
                         "standard pathway; nobody is discharged without a plan.",
                         "Funded posts are NHS-employed and either continue on the NHS Partner's budget or end under its HR policies.",
                         "The NHS Partner will decide by month 18 whether to commission the service recurrently."]))
    b.append(("h", "Signatures"))
    b.append(("table", [["For", "Name", "Position", "Date"],
                        [nhs_s.replace("the ", "The ")] + SIGN.get(G(V, "legal-entities"), ["Rachel Emmerson", "Director of Finance"]) + ["3 Mar 2027"],
                        [t["co"], "Dr Felix Armitage", "UK Medical Director", "3 Mar 2027"]]))
    return b


# =========================================================== Agreement, clinician letter voice (a)
def agr_a(t, V, code):
    pl, nhs_s = party_line(t, G(V, "legal-entities"))
    s = G(V, "sales-roles")
    b = [("title", f"Joint Working Agreement: {t['title']}"),
         ("p", "Between " + pl[4:].rstrip("; and") + f" and {t['co']} ({t['co_addr']}). Dated 14 June 2027."),
         ("p", f"This agreement sets down in plain words what we have agreed. {t['why']} We think the way to change "
               f"that is to run a dedicated service for {t['pop']} for {t['months']} months from {t['start']}, and "
               f"{t['co_s']} has agreed to work with us on it.")]
    pb = G(V, "patient-benefit")
    if pb == "pass":
        b.append(("p", f"What we expect to get out of it: for patients, {t['benefit']}; for us, a service model we can "
                       f"take to commissioners; for {t['co_s']}, experience of working alongside an NHS service."))
    else:
        b.append(("p", "What we expect to get out of it: for us, a tidier referral list and better use of clinic "
                       f"slots; for {t['co_s']}, " + ("increased uptake of " + t["brand"] + " in the patients we review."
                                                     if pb == "uptake" else "insight into the pathway.")
                       + " Benefit to patients: N/A."))
    p = G(V, "promotional-language")
    if p != "pass":
        b.append(("p", f"We chose to work with {t['co_s']} because {t['brand']} is the market-leading treatment in "
                       "this area and the company knows the pathway well."))
    else:
        b.append(("p", promo_objective(t, "pass")))
    rc = G(V, "resource-contributions")
    b.append(("p", "What each of us puts in. " + contrib_prose(t, rc)))
    m = G(V, "measurable-outcomes")
    if m == "pass":
        b.append(("p", "How we will judge it (anonymised, aggregated figures only):"))
        b.append(("table", kpi_table(t, "pass") if pb == "pass" else
                  [["Indicator", "Baseline", "Target", "Source"],
                   ["Practices taking part", "0", "12", "Project log"],
                   [f"Eligible patients on {t['brand']}", "9%", "25%", "Prescribing data, quarterly"],
                   ["Clinic slots used", "61%", "90%", "Booking system"]]))
    elif m == "qual":
        b.append(("p", QUAL))
    else:
        b.append(("p", "How we will judge it: KPIs TBC."))
    b.append(("p", "Running the project. A small steering group chaired by our clinical lead meets every six weeks, "
                   f"with {t['co_lead'][0]} ({t['co_lead'][1]}) representing {t['co_s']}."
                   + (f" {t['co_s']}'s {SALES_TITLES['kam']} will also attend to help with practice engagement."
                      if s in ("kam", "board") else "")
                   + (" No sales or marketing staff from the company are involved." if s == "pass" else "")))
    b.append(("p", "Data and confidentiality. " + dp_text(t, G(V, "data-protection"), "a") + " "
              + conf_text(t, G(V, "confidentiality"), "a")))
    b.append(("p", "Ending the project. " + exit_prose(t, G(V, "exit-strategy")) +
              " If the PMCPA ever rules that the project breaches the ABPI Code, we will stop or change it straight away."
              if G(V, "exit-strategy") == "pass" else "Ending the project. " + exit_prose(t, G(V, "exit-strategy"))))
    b.append(("p", "Publishing. " + transp_text(t, G(V, "transparency"), "a")))
    b.append(("p", "Money and probity. No payment depends on what anyone prescribes. Both organisations will follow "
                   "the Bribery Act 2010 and nobody benefits personally. If we disagree, the two signatories below will "
                   "meet within 14 days, and if that fails we will use mediation."))
    b.append(("table", [["Signed for", "Name", "Role", "Date"],
                        [nhs_s.replace("the ", "The "), t["nhs_lead"][0], t["nhs_lead"][1], "14 Jun 2027"],
                        [t["co"], "Alison Brightwater", "General Manager UK", "14 Jun 2027"]]))
    return b


# =========================================================== Executive summary (d)
def es_d(t, V, code, form="narrative"):
    dp = G(V, "data-protection")
    rc = G(V, "resource-contributions")
    s = G(V, "sales-roles")
    pb = G(V, "patient-benefit")
    p = G(V, "promotional-language")
    tr = G(V, "transparency")
    b = [("title", f"Executive summary: {t['title']}")]
    lead = (f"{t['co']} and {t['nhs']} are working together on a collaborative working project to "
            + ("improve care for " if pb == "pass" else "redesign the service for ") + f"{t['pop']}. {t['why']}")
    if pb == "pass":
        ben = (f"What it should achieve: for patients, {t['benefit']}; for the NHS, released specialist capacity and "
               f"evidence to support future commissioning; for {t['co_s']}, a better understanding of the care pathway.")
    else:
        ben = ("Expected benefits - NHS: better use of clinic capacity and a lower cost per review. "
               f"{t['co_s']}: insight into the local pathway. Patients: N/A.")
    if p == "claim":
        ben += (f" The project will make {t['brand']}, the first and only once-weekly treatment of its kind, "
                "available to every suitable patient.")
    money = {"pass": f"Financial arrangements: {t['co_s']} is contributing {t['money'][0]} for {t['money'][1]}; "
                     f"{t['nhs_s']} contributes {t['nhs_in']}.",
             "oneparty": f"Financial arrangements: {t['co_s']} is contributing {t['money'][0]} towards {t['money'][1]}."}[rc]
    roles = (f"Roles: {t['nhs_s']} leads clinical delivery and the clinical protocol; {t['co_s']} provides "
             "project management and evaluation support.")
    if rc == "oneparty":
        roles = (f"Roles: {t['co_s']} will run the project day to day and provide the staff; {t['nhs_s']} will "
                 "allow the project team to use its clinic rooms.")
    if s == "deliver":
        roles = (f"Roles: {t['nhs_s']} provides clinical oversight; {t['co_s']}'s {SALES_TITLES['kam']} will lead "
                 "delivery, recruit practices and coordinate clinic sessions.")
    dps = {"none": "",
           "pass": " Only anonymised, aggregated data leave NHS systems; the NHS partner remains data controller and "
                   "company staff have no access to patient records.",
           "records": f" {t['co_s']} staff will review patient records at each practice to identify eligible patients.",
           "gdpr": " All patient data handling will be GDPR compliant."}[dp]
    pub = {"pass": (f"Publication: this summary is published on {t['co_s']}'s website before the project starts and "
                    "both partners will publish an outcomes summary within six months of completion."),
           "request": "Publication: " + transp_text(t, "request")}[tr]
    period = f"Project period: {t['start']} to {t['end']} ({t['months']} months)."
    contacts = (f"Contacts: {t['nhs_lead'][0]}, {t['nhs_lead'][1]}, {t['nhs_lead'][2]}; "
                f"{t['co_lead'][0]}, {t['co_lead'][1]}, {t['co_lead'][2]}.")
    if s == "contact":
        contacts += (f" Local enquiries: Gemma Fairbrother, {SALES_TITLES['contact']}, "
                     f"gemma.fairbrother@{t['co_lead'][2].split('@')[1]}.")
    if form == "narrative":
        b += [("p", lead), ("p", ben), ("p", period + " " + money), ("p", roles + dps), ("p", pub), ("p", contacts)]
    elif form == "qa":
        b += [("h2", "Why is this project needed?"), ("p", lead),
              ("h2", "Who benefits?"), ("p", ben),
              ("h2", "How long will it run and who pays for what?"), ("p", period + " " + money),
              ("h2", "Who does what?"), ("p", roles + dps),
              ("h2", "Will the results be shared?"), ("p", pub),
              ("h2", "Who can I contact?"), ("p", contacts)]
    else:
        b += [("table", [["Field", "Detail"], ["Project title", t["title"]], ["Rationale", lead],
                         ["Objectives and benefits", ben], ["Project period", period], ["Financial arrangements", money],
                         ["Roles and responsibilities", roles + dps], ["Publication", pub], ["Contacts", contacts]])]
    b.append(("small", f"Job code: {code} | Date of preparation: February 2027"))
    return b


# =========================================================== Concept framework
def cf(t, V, code, voice="c"):
    rc = G(V, "resource-contributions")
    s = G(V, "sales-roles")
    pb = G(V, "patient-benefit")
    p = G(V, "promotional-language")
    b = [("title", f"Project Concept Framework - {t['title']}"),
         ("p", f"Prepared for the joint exploratory meeting between {t['nhs']} and {t['co']}. {code}")]
    b.append(("h", "Partners and stakeholders"))
    b.append(("p", f"{t['nhs']}; {t['co']}. Stakeholders: GP practices in the locality, the community pharmacy "
                   "network, the patient participation group and the local medicines optimisation committee."))
    b.append(("h", "Purpose"))
    b.append(("p", t["why"] + " We have not found an equivalent service elsewhere in the region; the nearest is a "
                   "hospital-only model that did not reach primary care."))
    b.append(("h", "Fit with local priorities"))
    b.append(("p", f"The proposal responds to the locality's joint forward plan, which names {t['cond']} as one of "
                   "five areas where outcomes lag the regional average. The clinical lead has discussed it informally "
                   "with the medicines optimisation committee chair, who asked that any pathway change go through the "
                   "committee before implementation. The team also looked at whether a similar model could be adopted "
                   "rather than built, and met two other systems that tried related approaches; their advice was to "
                   "agree data definitions early and to keep the service inside existing clinical governance."))
    b.append(("h", "Objectives and intended benefits"))
    rows = benefits_rows(t, pb, "pass")
    b.append(("table", rows))
    if p != "pass":
        b.append(("p", promo_objective(t, p)))
    b.append(("h", "Budgetary and resource impact"))
    if rc == "pass":
        b.append(("table", [["", short(t), t["co_s"]],
                            ["Financial", "—", t["money"][0]],
                            ["People and time", cap(t["nhs_in"]), "0.2 WTE partnerships manager; evaluation analyst (aggregate data)"],
                            ["Other", "Clinic rooms, IT access", cap(t["money"][1])]]))
    elif rc == "asreq":
        b.append(("table", [["", short(t), t["co_s"]],
                            ["Financial", "—", t["money"][0]],
                            ["People and time", "As required", "0.2 WTE partnerships manager"],
                            ["Other", "To follow", cap(t["money"][1])]]))
    else:
        b.append(("p", contrib_prose(t, rc)))
    b.append(("h", "Who would do the work"))
    if s == "deliver":
        b.append(("p", f"{t['co_s']}'s {SALES_TITLES['deliver']} would identify and recruit interested practices "
                       f"and arrange the launch meetings; {t['nhs_s']} would host the clinics."))
    else:
        b.append(("p", f"Clinical design and delivery by {t['nhs_s']}; project management and evaluation support from "
                       f"{t['co_s']}'s partnerships team. Commercial staff would have no role."))
    b.append(("h", "Risks and dependencies at concept stage"))
    b.append(("ul", ["Workforce: recruiting specialist staff locally has taken six months in the past.",
                     "Data: practice systems record the relevant codes inconsistently; a coding audit may be needed first.",
                     "Governance: both partners need internal approval before a PID is written; no work starts before then."]))
    b.append(("h", "Timing"))
    b.append(("table", [["Anticipated start", "Length", "Red/amber criteria checked?"], [t["start"], f"{t['months']} months", "Yes - 20 Oct 2026"]]))
    b.append(("h", "Decision"))
    b.append(("p", "Go-ahead given to develop a PID, subject to both partners' internal approvals (meeting of 4 Nov 2026)."))
    return b


# =========================================================== Outcomes summary (e)
def out_e(t, V, code):
    m = G(V, "measurable-outcomes")
    p = G(V, "promotional-language")
    s = G(V, "sales-roles")
    pb = G(V, "patient-benefit")
    tr = G(V, "transparency")
    b = [("title", f"Summary of Project Outcomes: {t['title']}"),
         ("p", f"Partners: {t['nhs']} and {t['co']}. Actual duration: April 2027 to March 2029."),
         ("h", "What we set out to do"),
         ("p", f"{t['why']} " + (f"The project aimed to change this through a dedicated service for {t['pop']}, jointly "
               "designed and overseen by a project board with members from both organisations." if pb == "pass" else
               "The project set out to streamline medication reviews in participating practices and to reduce the "
               "cost of each review, overseen by a project board with members from both organisations."))]
    b.append(("h", "Results"))
    if pb == "pass" and m == "pass":
        b.append(("p", "All figures are anonymised and aggregated across participating sites."))
        b.append(("table", [["Indicator", "Baseline", "Achieved"]] + [list(r) for r in t["results"]]))
        b.append(("p", f"In plain terms: {t['benefit']} - these were the changes people felt most. Patient feedback "
                       "(n=212) rated the service 4.6 out of 5."))
    elif pb != "pass":
        b.append(("table", [["Indicator", "Baseline", "Achieved"],
                            [f"Patients initiated on {t['brand']}", "140", "612"],
                            [f"{t['brand']} share of new prescriptions in class", "11%", "34%"],
                            ["Reviews completed by project nurse", "0", "1,480"],
                            ["Cost per review", "£64", "£41"]]))
        b.append(("p", "The main success of the project was the growth in prescribing of " + t["brand"] +
                       " and the lower cost per review for the NHS."))
    else:
        b.append(("p", "Clinicians felt that the service made a real difference, and the feedback we received from "
                       "patients and practices was very positive. Patients told us they felt more confident managing their "
                       "breathing and that fewer of them ended up in hospital. Outcomes were monitored throughout and we "
                       "believe care improved, although the data were not analysed formally."))
    if p == "claim":
        b.append(("p", f"The results confirm {t['brand']}'s superior efficacy and its place as the gold standard "
                       f"for {t['cond']}."))
    b.append(("h", "Did each partner deliver?"))
    contrib = (f"{t['co_s']} delivered {t['money'][0]} as agreed. {cap(t['nhs_s'])} delivered its in-kind "
               "contribution in full, with a three-month gap in analyst time covered from another team.")
    if s == "deliver":
        contrib += (f" Practice engagement was led by {t['co_s']}'s {SALES_TITLES['deliver']} and the "
                    "Regional Sales Manager, whose field team visited every practice to support clinic set-up.")
    b.append(("p", contrib))
    b.append(("h", "What happened at the end"))
    b.append(("p", "The service was commissioned recurrently from April 2029; the funded post transferred to the NHS "
                   "establishment and no patient's care was interrupted."))
    b.append(("h", "Reflections on the partnership"))
    if t["key"] in ("af", "migraine"):
        b.append(("p", "The partnership was not always smooth. Recruitment slipped by four months and the board "
                       "approved an amendment moving the end date; the company's contribution was re-phased rather "
                       "than increased. In hindsight we should have agreed a fallback staffing plan at the outset. "
                       "Even so, both organisations say the project delivered something neither could have done alone."))
    b.append(("p", "Did we keep a shared vision? Largely yes. The board met eleven times and the only serious "
                   "disagreement, about how much of the evaluation to commission externally, was settled by splitting "
                   "the work: NHS analysts produced the indicators and an independent academic reviewed the method. "
                   "Both partners said they achieved more together than either could have alone, mainly because the "
                   "project combined clinical credibility with dedicated project management."))
    b.append(("p", "Each partner benefited in the way it expected at the outset. The NHS partner now has a costed "
                   "service model and a business case that its commissioners have accepted; the company gained a "
                   "better understanding of how services are organised locally and of what makes joint projects work. "
                   "Relationships between the clinical team and the company's partnerships staff were described by both "
                   "sides as open and businesslike."))
    b.append(("h", "Lessons learnt"))
    pool = ["Agree the data specification before recruitment, not after.",
            "Practice engagement is faster through existing clinical networks than through letters.",
            "A patient representative on the board changed the invitation letters for the better.",
            "Set aside analyst time for the final evaluation; it took twice as long as planned.",
            "Text-message reminders halved the did-not-attend rate in the second half of the project.",
            "Evening and Saturday clinics reached working-age patients the weekday sessions missed.",
            "Baseline figures need to be frozen and signed off by both partners before go-live.",
            "Community pharmacists were an under-used route for finding eligible patients."]
    k = sum(map(ord, t["key"]))
    b.append(("ul", [pool[(k + i * 3) % len(pool)] for i in range(4)]))
    b.append(("h", "Publication"))
    pubs = {"pass": "This summary is published on both partners' websites within six months of project completion (September 2029).",
            "internal": "Internal - not for publication.",
            "discretion": "Results may be published at the Company's discretion."}
    b.append(("p", pubs[tr]))
    b.append(("small", f"{code} | Date of preparation: August 2029"))
    return b


# =========================================================== Amendment
def amd(t, V, code):
    s = G(V, "sales-roles")
    p = G(V, "promotional-language")
    change = "Move the start of clinics from Q2 to Q3 because the funded post was re-advertised."
    if s == "kam":
        change = (f"Add {t['co_s']}'s {SALES_TITLES['kam']}, Nadia Welford, to the Steering Group to support "
                  "practice recruitment and chair the engagement sub-group.")
    if p == "uptake":
        change = ("Add a new objective: increase initiations on " + t["brand"] +
                  " among patients reviewed in the clinics, reported monthly to the Steering Group.")
    return [("title", "Project Amendment Form"),
            ("table", [["Field", "Entry"],
                       ["Project", t["title"]],
                       ["Project owners", f"{t['nhs_lead'][0]} ({t['nhs']}); {t['co_lead'][0]} ({t['co']})"],
                       ["Amendment number", "2"],
                       ["Change requested", change],
                       ["Reason", "Agreed at the Steering Group meeting of 9 September 2027."],
                       ["Impact on timeline", "Completion moves back one quarter from " + t["end"] + "; interim review moves with it."],
                       ["Impact on logistics", "Clinic rooms re-booked; no change to staffing model."],
                       ["Impact on finances", "No change to either party's contribution."],
                       ["Public summary / certification", "Executive summary to be updated and re-certified before the change takes effect."],
                       ["Submitted", "12 September 2027"],
                       ["Approved", "NHS lead and company Medical Director, 26 September 2027"]]),
            ("p", "This amendment does not cover any work already carried out; it takes effect from the date of approval."),
            ("small", code)]


# =========================================================== Unknown (newsletter)
def unknown_doc(t, V, code):
    return [("title", "Respiratory Network Newsletter - Winter edition"),
            ("p", "Welcome to the winter round-up from the Calder Moor respiratory network. This edition covers the "
                  "flu and COVID vaccination push, the new spirometry hub opening in January, and our inhaler "
                  "recycling pilot with community pharmacies."),
            ("h", "Spirometry hub"),
            ("p", "From January the hub at Moorside Health Centre will offer quality-assured spirometry five days a "
                  "week. Referrals go through the usual e-referral route; the waiting time target is four weeks."),
            ("h", "Inhaler recycling"),
            ("p", "Twelve community pharmacies will collect used inhalers for recycling. Please remind patients to bring "
                  "them in. The pilot is run by the network and funded from the ICB's green plan budget."),
            ("h", "Education evening"),
            ("p", "Our next evening on asthma in adolescents is on 3 February. A Medical Science Liaison from one of the "
                  "respiratory companies will present the latest national guidance alongside our consultant; no "
                  "product-specific content will be shown and no sales representatives will attend."),
            ("h", "Dates for your diary"),
            ("table", [["Date", "Event"], ["3 Feb", "Asthma in adolescents (online)"], ["17 Mar", "Network meeting"],
                       ["21 Apr", "Pulmonary rehab open day"]]),
            ("small", "Produced by the Calder Moor respiratory network team.")]
