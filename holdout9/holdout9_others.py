"""holdout9: executive summaries, concept frameworks, outcome summaries, amendments, other papers."""
from holdout9_rules import P, B, T, dp_blocks
from holdout9_rules2 import res_blocks, benefit_blocks, meas_blocks, trans_blocks, team_rows, promo_blocks, sales_exclusion
from holdout9_ctx import flat
from holdout9_pidagr import H, pick

ACHIEVED = {"onc": ["30 days at month 12 (target not fully met)", "88%", "4.5"],
            "rare": ["2,612", "93%", "7 weeks"],
            "vac": ["57% (target 60% narrowly missed)", "77%", "236 on average"],
            "mh": ["7 weeks", "mean reduction 6.1 points (n=142)", "94%"],
            "derm": ["11 working days", "38%", "mean 5.2 points"],
            "oph": ["91%", "280", "reduced by 36%"]}


def partners(c):
    return "; ".join(o["name"] for o in c["nhs"]) + "; " + c["co"]


def exec_summary(c):
    a = c["a"]
    m = {"title": c["title"], "doctype": pick(c, "Executive Summary", "Summary of the Collaborative Working Agreement",
                                              "Collaborative Working – Executive Summary"),
         "marking": "", "version": f"Job code {c['job']} | Date of preparation: {pick(c, 'March', 'June', 'October')} {c['year']}"}
    over = (f"{c['bg']} The partners will set up {a['what']}, for {a['pop']}, running from {c['start']} to {c['end']}.")
    if c["n"] == 6:
        over = (f"{c['bg']} The partners will set up an optometrist-led virtual review model at Kelderby Hospitals, for "
                f"{a['pop']}, running from {c['start']} to {c['end']}.")
    ben = benefit_blocks(c["ben"], c) + promo_blocks(c["promo"], c)
    res = res_blocks(c["res"], c)
    dp = [] if c["dp"] == "na" else dp_blocks(c["dp"], c)
    tr = trans_blocks(c["trans"], c)
    team = None
    if c["sales"] == "fail_rsm":
        team = [P("Project group:"), T([("Name", "Role", "Organisation")] + team_rows("fail_rsm", c))]
    contact = f"Enquiries: {c['lead_co']}, {c['lead_co_role']}, {c['cs']} (medinfo@marlowearden.example)."
    if c["sales"] == "warn_contact":
        contact = (f"Enquiries about the project: {c['lead_co']}, {c['lead_co_role']}. For delivery of printed patient information "
                   f"to clinics, please contact Gareth Moss, Area Sales Manager, {c['cs']}.")
    if c["style"] == "form":
        rows = [("Project title", c["title"]), ("Partner organisations", partners(c)), ("Project overview", over),
                ("Expected benefits", flat(ben)), ("Contributions", flat(res))]
        if dp:
            rows.append(("Patient data", flat(dp)))
        rows += [("Duration", f"{c['months']} months"), ("Publication", flat(tr) or "-"), ("Contact", contact)]
        bl = [("kv", rows)]
        if team:
            bl += team
        return m, bl
    bl = [P(f"Partners: {partners(c)}"), H(pick(c, "About the project", "Overview", "What the partners will do")), P(over),
          H(pick(c, "Benefits", "Expected outcomes for patients, the NHS and the company", "Why it matters"))] + ben
    bl += [H(pick(c, "Who contributes what", "Resources", "Contributions of the partners"))] + res
    if dp:
        bl += [H(pick(c, "Use of patient information", "Information governance", "Data"))] + dp
    if team:
        bl += team
    elif c["sales"] == "pass" and c["n"] % 2 == 0:
        bl.append(sales_exclusion(c))
    if tr:
        bl += [H(pick(c, "Publication", "Openness", "Transparency"))] + tr
    bl += [P(contact)]
    return m, bl


def concept(c):
    a = c["a"]
    q = ["Q1", "Q2", "Q3", "Q4"][c["n"] % 4]
    m = {"title": c["title"], "doctype": "Project Concept Framework", "marking": pick(c, "OFFICIAL", "", "DRAFT FOR DISCUSSION"),
         "version": f"Concept v{1 + c['n'] % 2}.0"}
    obj = f"To establish {a['what']}. " + flat(benefit_blocks(c["ben"], c)) + " " + flat(promo_blocks(c["promo"], c))
    rows = [("Partner organisations", partners(c)),
            ("Key contacts", f"{c['lead_nhs']} ({c['lead_nhs_role']}); {c['lead_co']} ({c['lead_co_role']})"),
            ("Purpose of the project", c["bg"]),
            ("Objectives and intended benefits", obj.strip()),
            ("Budgetary / resource impact on each partner", flat(res_blocks(c["res"], c))),
            ("Anticipated start", f"{q} {c['year']}"), ("Length of project", f"{c['months']} months"),
            ("Preliminary check against red/amber criteria", "Completed by medical affairs and the NHS clinical lead; no issues outstanding."),
            ("Decision", pick(c, "Go-ahead given to develop a PID.", "Approved to proceed to PID stage.", "Agreed in principle; PID to follow."))]
    return m, [("kv", rows)]


def outcomes(c):
    a = c["a"]
    m = {"title": c["title"], "doctype": "Summary of Project Outcomes", "marking": "",
         "version": f"Job code {c['job']} | {pick(c, 'May', 'September', 'December')} {c['year']}"}
    bl = [("kv", [("Project", c["title"]), ("Partners", partners(c)), ("Project period", f"{c['start']} to {c['end']}")]),
          H(pick(c, "Summary", "What the project did", "Background and delivery")),
          P(f"{c['bg']} Over {c['months']} months the partners delivered {a['what']}.")]
    bl.append(H(pick(c, "Results", "Outcomes against objectives", "What changed")))
    if c["meas"] == "pass":
        bl.append(T([("Measure", "Baseline", "Target", "Achieved")] +
                    [(k[0], k[1], k[2], v) for k, v in zip(a["kpis"], ACHIEVED[c["a_key"]])]))
    else:
        if c["meas"] == "warn_qual":
            bl += [P("Progress was reviewed by the programme board throughout. Access to specialist review improved, and staff reported "
                     "greater confidence in managing complex cases."),
                   P("Feedback from staff and patients was positive, and the clinic was described as a helpful addition to the pathway.")]
        else:
            bl += meas_blocks(c["meas"], c)
    bl.append(H(pick(c, "Benefits for patients", "Patient benefit", "Difference for patients")))
    if c["ben"] == "pass":
        bl.append(P("Patients told us the service made a difference: " + a["benefit"] + "."))
    elif c["ben"] == "warn_vague":
        bl.append(P("Overall the project has contributed to improved outcomes for patients and a better experience of services."))
    else:
        bl += benefit_blocks(c["ben"], c)
    bl += [H("Learning"), B(["Protected clinical sessions were essential to keep the model running.",
                             "Early involvement of the information team avoided delays in reporting."])]
    tr = trans_blocks(c["trans"], c)
    if c["trans"] == "pass":
        tr = [P(pick(c, f"This summary is published on {c['cs']}'s UK collaborative working web page and by the NHS partners within six months of project completion.",
                     "The partners have published this report on their public websites, and payments are on Disclosure UK.",
                     "This summary of outcomes is published by all partners and is available on request from either organisation."))]
    bl += tr
    return m, bl


def amendment(c):
    m = {"title": c["title"], "doctype": "Project Amendment Form", "marking": "OFFICIAL", "version": f"Amendment {c['n'] % 3 + 1}"}
    if c["sales"] == "fail_brand":
        change = ("Addition of Helen Vasquez, Brand Manager (Dermatology), Marlowe Arden, to the project steering group from the next "
                  "meeting, to provide commercial insight and help coordinate patient materials with the company's wider plans.")
        reason = "Dr Marcus Odell (MSL) has moved to a new role; the company wishes to maintain two members on the steering group."
    else:
        change = ("Replace the single 1.0 WTE immunisation nurse post with two 0.6 WTE posts, one hosted by each locality hub. "
                  "Total funding unchanged.")
        reason = "Recruitment to the full-time post failed twice; two part-time posts improve geographic cover for home visits."
    rows = [("Project", c["title"]), ("PID reference", c["ref"]), ("Date raised", f"{pick(c, '12', '3', '27')} {pick(c, 'February', 'July', 'October')} {c['year']}"),
            ("Raised by", f"{c['lead_nhs']}, {c['lead_nhs_role']}"), ("Description of change", change),
            ("Reason for change", reason), ("Impact on budget", "None"), ("Impact on timescales", "None expected"),
            ("Impact on outcomes / KPIs", "No change to agreed measures"),
            ("Approved by", f"Steering group, meeting of {pick(c, '4', '19', '30')} {pick(c, 'March', 'August', 'November')} {c['year']}")]
    return m, [("kv", rows), ("sig", [(o["name"], "Project sponsor", "") for o in c["nhs"]] + [(c["co"], "Head of Medical Affairs, UK", "")])]


def other(c):
    if c["sales"] == "fail_rbm":
        m = {"title": "Housebound Immunisation Project – Steering Group", "doctype": "Notes of meeting", "marking": "OFFICIAL",
             "version": f"Meeting 4 | 14 November {c['year']}"}
        bl = [P(f"Present: {c['lead_nhs']} (chair), {c['lead_co']}, {c['extra_team'][1][0]}, Karen Doyle (Fenmarsh), Stuart Bell "
                f"(Regional Business Manager, {c['cs']})."),
              H("1. Progress"), P("Home visits are running at around 180 a month. Two practices have still to share housebound lists with the team."),
              H("2. Practice training"), P("Practice staff need a refresher on identifying housebound patients and cold-chain storage."),
              H("3. Actions"),
              T([("Action", "Owner", "Due"),
                 ("Deliver refresher training sessions at the six practices", "Stuart Bell (Regional Business Manager)", "January"),
                 ("Chase outstanding practice lists", c["extra_team"][1][0], "December"),
                 ("Draft interim report for ICB", c["lead_co"], "February")]),
              P("Date of next meeting: 16 January.")]
        return m, bl
    m = {"title": "Collaborative working in rare disease: Northern Ireland", "doctype": "Medical Affairs briefing note",
         "marking": "Internal", "version": f"Prepared by UK Medical Affairs, {c['year']}"}
    bl = [H("Purpose"), P("To brief the medical affairs team on the position of the Fabry case-finding work with Southern Lough "
                          "Trust and lessons for future collaborative projects in rare disease."),
          H("Key points"),
          B(["Projects are scoped with the NHS partner around an identified service need; any medicine use follows the HSC formulary and NICE/ NI guidance.",
             "Only medical affairs, MSL and partnerships colleagues take part; commercial teams are briefed after publication only.",
             "Approvals for HSC trusts take around four months; allow for this in planning.",
             "Each project needs an agreed PID, a signed agreement and a published summary before work begins."]),
          H("Next steps"), P("Ravi Sethi to circulate the updated checklist; team meeting to review in the next quarter.")]
    return m, bl
