"""holdout9: composition of PIDs and agreements into block lists."""
from holdout9_rules import P, B, T, exit_blocks, conf_blocks, dp_blocks, company_use_clause
from holdout9_rules2 import res_blocks, benefit_blocks, meas_blocks, trans_blocks, team_rows, sales_exclusion, promo_blocks
from holdout9_ctx import flat, party_line


def H(t):
    return ("h", t)


def pick(c, *opts):
    return opts[c["n"] % len(opts)]


def risks(c):
    return T([("Risk", "Likelihood", "Mitigation"),
              ("Recruitment to fixed-term post delayed", "Medium", "Use existing bank staff; start date flexes by one quarter"),
              ("Clinic capacity lost to winter pressures", "High", "Sessions protected in job plans; reviewed monthly"),
              ("Perception of product endorsement", "Low", "Project is product-neutral; NICE guidance followed throughout")])


def sigs(c):
    rows = [(o["name"], c["lead_nhs"] if i == 0 else "Chief Executive", "Authorised signatory") for i, o in enumerate(c["nhs"])]
    if c["le"] == "person":
        rows[0] = ("Dr Fiona Leckie", "Dr Fiona Leckie", "in her own right")
    rows.append((c["co"], "Ms Lucy Fairclough" if c["lead_co"] != "Ms Lucy Fairclough" else "Dr Joanna Pell", "Head of Medical Affairs, UK"))
    return ("sig", rows)


def team_section(c):
    rows = [("Name", "Role", "Organisation")] + team_rows(c["sales"], c)
    out = [P(pick(c, "The project board meets monthly and reports to the sponsoring organisations' executive teams.",
                  "A joint steering group oversees delivery; membership is set out below.",
                  "Governance sits with a small project group chaired by the NHS clinical lead."))]
    out.append(T(rows))
    if c["sales"] == "pass" and c["n"] % 2 == 0:
        out.append(sales_exclusion(c))
    return out


def pid(c):
    a, st = c["a"], c["style"]
    m = {"title": c["title"], "doctype": pick(c, "Project Initiation Document", "PROJECT INITIATION DOCUMENT (PID)",
                                              "Collaborative Working Project Initiation Document"),
         "marking": "COMMERCIAL IN CONFIDENCE" if c["conf"] == "fail_marking" else pick(c, "OFFICIAL", "OFFICIAL-SENSITIVE", ""),
         "version": f"Version {1 + c['n'] % 3}.{c['n'] % 4}"}
    bl = [("kv", [("Project title", c["title"]), ("Reference", c["ref"]), ("Therapy area", a["area"].capitalize()),
                  ("Partner organisations", "; ".join(party_line(o) for o in c["nhs"]) + f"; {c['co']}, {c['co_addr']}"),
                  ("NHS lead", f"{c['lead_nhs']}, {c['lead_nhs_role']}"),
                  ("Company lead", f"{c['lead_co']}, {c['lead_co_role']}"),
                  ("Start / end", f"{c['start']} – {c['end']} ({c['months']} months)")])]
    if st == "narrative":
        bl.append(("h2", "Document history"))
        bl.append(T([("Version", "Date", "Author", "Change"),
                     ("0.1", f"Jan {c['year']}", c["lead_co"], "First draft"),
                     ("0.4", f"Mar {c['year']}", c["lead_nhs"], "Clinical review; governance section rewritten"),
                     (m["version"].split()[-1], f"Apr {c['year']}", c["extra_team"][1][0], "Agreed by both partners")]))
    bl.append(("pb",))
    bl += [H(pick(c, "1. Background", "1. Why is this project needed?", "1. Context and case for change")), P(c["bg"]),
           H(pick(c, "2. Aims and objectives", "2. What the project will do", "2. Scope and objectives")),
           P(f"The project will establish {a['what']}. It is aimed at {a['pop']}."),
           P(pick(c, "Clinical decisions, including any choice of treatment, remain wholly with NHS clinicians and follow national and local guidance.",
                  "The service is product-neutral: prescribing follows local formulary and NICE guidance.",
                  "Treatment choices are made by NHS clinicians with patients, in line with published guidance."))]
    if c["ben"] == "fail_pointer":
        bl[-1] = P("The main drivers are capacity and consistency: the project is expected to free consultant time, standardise "
                   "referral letters and reduce the administrative load on clinic staff.")
    bl += [H(pick(c, "3. Expected benefits", "3. Predicted benefits", "3. Who benefits and how"))] + benefit_blocks(c["ben"], c)
    bl += promo_blocks(c["promo"], c)
    bl += [H(pick(c, "4. Project organisation", "4. Governance and project team", "4. Roles and responsibilities"))] + team_section(c)
    bl += [H(pick(c, "5. Timescales and milestones", "5. Timeline", "5. Key dates")),
           B([f"Start: {c['start']}", "Recruitment and set-up complete: month 3", "Interim review: month 6",
              f"Final evaluation: month {c['months']}"])]
    bl += [H(pick(c, "6. Resources", "6. Contributions of each partner", "6. Funding and in-kind resources"))] + res_blocks(c["res"], c)
    bl += [H(pick(c, "7. Outcome measures", "7. How success will be measured", "7. Evaluation"))] + meas_blocks(c["meas"], c)
    bl += [H(pick(c, "8. Information governance", "8. Patient data", "8. Data protection"))] + dp_blocks(c["dp"], c)
    if c["conf"] != "fail_marking":
        bl += [H(pick(c, "9. Confidentiality", "9. Handling of information", "9. Confidential information"))] + conf_blocks(c["conf"], c)
    bl += [H(pick(c, "10. Exit strategy", "10. Ending the project", "10. Sustainability and exit"))] + exit_blocks(c["exit"], c)
    bl += [H(pick(c, "11. Risks", "11. Key risks", "11. Risk register (summary)")), risks(c)]
    tb = trans_blocks(c["trans"], c)
    if tb:
        bl += [H(pick(c, "12. Communications and publication", "12. Transparency", "12. Publication"))] + tb
    bl += [H("Approval"), P("Signed on behalf of each partner organisation:"), sigs(c),
           P(f"Certified in accordance with the ABPI Code of Practice. Job code {c['job']}. Date of preparation: {c['start'][2:]}.")]
    return m, bl


def parties_blocks(c):
    out = []
    for i, o in enumerate(c["nhs"], 1):
        if c["le"] == "person" and i == 1:
            out.append(P(f"({i}) {o['name']}, {o['addr']} (\"the Clinical Lead\");"))
        elif c["le"] == "network" and i == 1:
            out.append(P(f"({i}) {o['name']}, {o['addr']} (\"the Network\"), an informal clinical network of eye units across the "
                         f"Three Rivers area which does not have separate legal personality;"))
        elif c["le"] == "team" and i == 1:
            out.append(P(f"({i}) {o['name']}, {o['addr']} (\"the Team\");"))
        else:
            out.append(P(f"({i}) {o['name']} of {o['addr']} (\"{o['short']}\");"))
    out.append(P(f"({len(c['nhs']) + 1}) {c['co']}, a company registered in England and Wales whose registered office is at "
                 f"{c['co_addr']} (\"{c['cs']}\" or \"the Company\")."))
    return out


def agreement(c):
    a = c["a"]
    kind = "JOINT WORKING AGREEMENT" if c["year"] < 2021 else "COLLABORATIVE WORKING AGREEMENT"
    m = {"title": c["title"], "doctype": kind, "marking": pick(c, "", "OFFICIAL", "Private and confidential"),
         "version": f"Execution version {c['year']}"}
    bl = [P(f"THIS AGREEMENT is made on {c['start']}"), ("h2", "BETWEEN")] + parties_blocks(c)
    bl += [("h2", "BACKGROUND"),
           P(f"(A) {c['bg']}"),
           P(f"(B) The parties wish to work together on {a['what']} (\"the Project\")."),
           P("(C) The parties have agreed to pool skills and resources on the terms of this Agreement, in accordance with Clause 20 of the ABPI Code of Practice.")]
    cl = []
    cl.append(("Commencement and duration", [P(f"This Agreement starts on {c['start']} and, unless ended earlier in accordance with its terms, "
                                                f"continues until {c['end']}.")]))
    cl.append(("The Project", [P(f"The Project is aimed at {a['pop']}.")] + benefit_blocks(c["ben"], c) + promo_blocks(c["promo"], c)
               + [P("Nothing in this Agreement obliges any party to prescribe, recommend or purchase any medicine.")]))
    cl.append(("Contributions", [P("Each party shall provide the following:")] + res_blocks(c["res"], c)))
    gov = [P("A joint steering group shall oversee the Project, meeting at least quarterly. Its members are:"),
           T([("Name", "Role", "Organisation")] + team_rows(c["sales"], c))]
    if c["sales"] == "pass" and c["n"] % 2:
        gov.append(sales_exclusion(c))
    cl.append(("Governance", gov))
    cl.append(("Measuring success", meas_blocks(c["meas"], c)))
    cl.append(("Data protection", dp_blocks(c["dp"], c)))
    cl.append(("Confidentiality", conf_blocks(c["conf"], c)))
    ip = [P("Each party retains ownership of its pre-existing intellectual property.")]
    if c["conf"] == "fail_company_use":
        ip.append(company_use_clause(c))
    cl.append(("Intellectual property", ip))
    tb = trans_blocks(c["trans"], c)
    if tb:
        cl.append(("Transparency and publication", tb))
    cl.append(("Term and termination", exit_blocks(c["exit"], c)))
    cl.append(("Anti-bribery", [P("Each party shall comply with the Bribery Act 2010. No party shall offer or receive any "
                                  "personal benefit in connection with the Project.")]))
    cl.append(("Disputes", [P("Disputes shall be referred first to the steering group chair and the Company's Head of Medical Affairs, "
                              "then to mediation before any court proceedings.")]))
    cl.append(("General", [P("This Agreement is governed by the law of " +
                             ("Northern Ireland" if "Lough" in c['nhs'][0]['name'] else "England and Wales") + ".")]))
    for i, (h, body) in enumerate(cl, 1):
        bl.append(H(f"{i}. {h.upper()}"))
        j = 0
        for b in body:
            if b[0] == "p":
                j += 1
                bl.append(P(f"{i}.{j} {b[1]}"))
            else:
                bl.append(b)
    bl += [("h2", "SIGNED for and on behalf of each party"), sigs(c), ("pb",),
           H("SCHEDULE 1 – PROJECT PLAN"), P(f"Scope: {a['what']}. Milestones: set-up by month 3; interim review month 6; "
                                              f"evaluation report month {c['months']}."),
           H("SCHEDULE 2 – PAYMENT ARRANGEMENTS"), P("Payments are made by BACS to the NHS party's finance department against invoices raised "
                                                      "on achievement of milestones. No payment is made to any individual."),
           H("SCHEDULE 3 – STEERING GROUP TERMS OF REFERENCE"), P("Quorum: one representative of each party. Decisions by consensus; "
                                                                  "minutes circulated within ten working days.")]
    return m, bl
