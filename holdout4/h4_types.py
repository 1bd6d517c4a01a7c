"""holdout4: one builder per document type; returns a document dict for the renderers."""
from h4_build import (F, v, exit_blocks, conf_blocks, dp_blocks, res_blocks, team_blocks, pb_blocks,
                      meas_blocks, trans_blocks, promo_blocks, neutral_clinical, team_rows)


def _doc(title, header, footer, blocks, cover=None, cols=1, toc=False):
    return dict(title=title, header=header, footer=footer, blocks=blocks, cover=cover, cols=cols, toc=toc)


def _flat(blocks):
    """Turn a list of blocks into one text value for a form cell."""
    parts = []
    for b in blocks:
        if b[0] == "p":
            parts.append(b[1])
        elif b[0] == "bul":
            parts.extend(b[1])
        elif b[0] == "tbl":
            parts.extend("; ".join(c for c in r) for r in b[1][(1 if b[3] else 0):])
    return "\n".join(parts) if parts else "-"


def pid(spec, c, k):
    did, style = spec[0], spec[6]
    ruled = k % 2 == 0
    hdr = ["OFFICIAL", f"{c['project']} - PID v{1 + k % 3}.{k % 4}", "OFFICIAL-SENSITIVE: COMMERCIAL"][k % 3]
    ftr = [f"{c['nhs']} | Page", "Page", f"Job code {c['code']} | Page"][k % 3]
    aims = [F("Aim: {work}", c), neutral_clinical(c, k)] + [b[1] for b in promo_blocks(spec, c, k)]
    if style == "form":
        rows = [("Project title", c["project"]),
                ("Partner organisations", F("{nhs}, {nhs_addr}\n{co}, {co_addr}", c)),
                ("Accountable leads", "\n".join(f"{a} - {b}, {o}" for a, b, o in team_rows(spec, c, k)[:3])),
                ("Start / completion", F("{start} / {end}", c)),
                ("Background", c["bg"]), ("Aims and objectives", "\n".join(aims)),
                ("Expected benefits", _flat(pb_blocks(spec, c, k))),
                ("Resources from each partner", _flat(res_blocks(spec, c, k))),
                ("Project team and governance", _flat(team_blocks(spec, c, k)) + "\nThe steering group meets monthly; "
                 "decisions need agreement from both partners."),
                ("Outcome measures", _flat(meas_blocks(spec, c, k))),
                ("Confidentiality", _flat(conf_blocks(spec, c, k))),
                ("Information governance", _flat(dp_blocks(spec, c, k))),
                ("Exit arrangements", _flat(exit_blocks(spec, c, k))),
                ("Publication", _flat(trans_blocks(spec, c, k))),
                ("Certification", F("Certified for {co_short} on {date}; job code {code}.", c))]
        blocks = [("h1", "Project Initiation Document"), ("p", F("Joint working between {nhs} and {co}", c)),
                  ("tbl", [("Version", "Date", "Change"), ("0.3", c["date"], "Draft for steering group"),
                           ("1.0", c["start"], "Approved by both partners")], True, True),
                  ("h2", "Part A - Project details")] + [("tbl", rows, ruled, False)]
        blocks += [("h2", "Part B - Sign-off"),
                   ("tbl", [("For", "Name", "Signature / date"), (c["nhs"], c["lead_n"], ""),
                            (c["co"], c["lead_c"], "")], True, True)]
        return _doc(f"{c['project']} - Project Initiation Document", hdr, ftr, blocks)
    H = [["1. Background", "2. Aims and objectives", "3. Who benefits", "4. Resources", "5. Organisation and governance",
          "6. Measuring success", "7. Confidentiality and information governance", "8. Ending the project",
          "9. Communications and publication"],
         ["Why this project?", "What we will do", "Predicted benefits", "Partner contributions", "Project structure",
          "Outcome measures and KPIs", "Handling information", "Exit strategy and sustainability",
          "Openness and publication"]][k % 2]
    b = [("h1", H[0]), ("p", c["bg"]), ("h1", H[1]), ("p", c["work"])] + [("p", a) for a in aims[1:]]
    b += [("p", F("Partners: {nhs} ({nhs_addr}) and {co} ({co_addr}). Planned start {start}; completion {end}.", c))]
    b += [("h1", H[2])] + pb_blocks(spec, c, k) + [("h1", H[3])] + res_blocks(spec, c, k, ruled)
    b += [("h1", H[4]), ("p", "A joint steering group will oversee delivery, meeting every six weeks. Members:")]
    b += team_blocks(spec, c, k, ruled) + [("h1", H[5])] + meas_blocks(spec, c, k, ruled)
    b += [("h1", H[6])] + conf_blocks(spec, c, k) + dp_blocks(spec, c, k)
    b += [("h1", H[7])] + exit_blocks(spec, c, k) + [("h1", H[8])] + trans_blocks(spec, c, k)
    b += [("p", "Glossary: DPIA - data protection impact assessment; KPI - key performance indicator; "
                "WTE - whole-time equivalent.")]
    cover = [c["project"], "Project Initiation Document", F("{nhs} and {co}", c), F("Version 1.{k} - {date}", dict(c, k=k))]
    return _doc(f"{c['project']}: Project Initiation Document", hdr, ftr, b, cover=cover,
                cols=2 if style == "narr2col" else 1, toc=k % 2 == 1)


def agreement(spec, c, k):
    d = spec[7]
    lo, li = v(spec, "legal-entities")
    who = ["Joint Working Agreement", "Collaborative Working Agreement", "Agreement for Collaborative Working"][k % 3]
    if lo == "pass":
        p1 = F("{nhs} of {nhs_addr} (the \"NHS Partner\")", c)
    else:
        p1 = [F("Dr {lead_n}, Consultant Physician, of {nhs_addr} (the \"Clinician\")", c),
              "the Ferriby and Hessle Primary Care Network (the \"PCN\"), acting through its clinical directors",
              F("the Diabetes Team at {nhs} (the \"Team\")", c)][li]
    p2 = F("{co}, a company registered in England and Wales under number 0{n}, whose registered office is at "
           "{co_addr} (the \"Company\")", dict(c, n=4410000 + k * 7919))
    b = [("h1", who.upper()), ("p", F("for the {project} project", c)),
         ("p", f"THIS AGREEMENT is dated {c['start']} and is made BETWEEN:"), ("p", "(1) " + p1 + "; and"),
         ("p", "(2) " + p2 + "."), ("h2", "BACKGROUND"),
         ("p", "(A) " + c["bg"]), ("p", "(B) The parties wish to work together on the project described in "
                                         "Schedule 1 for the benefit of patients and the NHS.")]
    n = [0]

    def cl(title, blocks):
        n[0] += 1
        out = [("h2", f"{n[0]}. {title}")]
        j = 0
        for x in blocks:
            if x[0] == "p":
                j += 1
                out.append(("p", f"{n[0]}.{j} {x[1]}"))
            else:
                out.append(x)
        return out
    b += cl("Definitions", [("p", "\"Project\" means the project described in Schedule 1; \"Term\" means the period "
                                  f"from {c['start']} to {c['end']}; \"Steering Group\" has the meaning in clause 4.")])
    b += cl("Purpose and benefits", [("p", c["work"])] + pb_blocks(spec, c, k) + promo_blocks(spec, c, k) +
            [("p", neutral_clinical(c, k))])
    b += cl("Contributions", [("p", "Each party shall provide the contributions set out in Schedule 2.")])
    b += cl("Governance", [("p", "The Steering Group shall oversee the Project, meet at least quarterly and "
                                 "operate under the terms of reference in Schedule 3.")])
    b += cl("Measurement and evaluation", meas_blocks(spec, c, k, k % 2 == 0))
    if not (d.get("confidentiality") and d["confidentiality"][1] is None):
        b += cl("Confidentiality", conf_blocks(spec, c, k))
    b += cl("Data protection", dp_blocks(spec, c, k))
    b += cl("Anti-bribery", [("p", "Each party shall comply with the Bribery Act 2010. Nothing in this Agreement "
                                   "is an inducement to prescribe, supply or recommend any medicine.")])
    b += cl("Publication and transparency", [x for x in trans_blocks(spec, c, k)] or
            [("p", "Neither party shall use the other's logo without consent.")])
    b += cl("Term and termination", exit_blocks(spec, c, k))
    b += cl("Disputes", [("p", "Disputes shall first be referred to the Steering Group, then to the chief "
                               "executives (or nominees) of each party, before mediation.")])
    b += [("pb",), ("h2", "SCHEDULE 1 - PROJECT DESCRIPTION"), ("p", c["work"]),
          ("h2", "SCHEDULE 2 - CONTRIBUTIONS")] + res_blocks(spec, c, k, k % 2 == 1)
    b += [("h2", "SCHEDULE 3 - STEERING GROUP")] + team_blocks(spec, c, k, True)
    b += [("h2", "SIGNED for and on behalf of the parties"),
          ("tbl", [("Party", "Name and position", "Signature", "Date"),
                   (p1.split(" (")[0].replace(" of " + c["nhs_addr"], ""), F("{lead_n}, Director of Strategy", c), "", ""),
                   (c["co"], F("{lead_c}, General Manager UK", c), "", "")], True, True)]
    hdr = ["Commercial in confidence", f"{who} - {c['project']}", "CONTRACT REF " + c["code"]][k % 3]
    cover = [who, c["project"], f"between {p1.split(' (')[0]} and {c['co']}", "Execution version"] if k % 2 else None
    return _doc(f"{who} - {c['project']}", hdr, "Page", b, cover=cover, toc=k % 3 == 0)


def executive_summary(spec, c, k):
    ex = spec[8]
    H = [["Project title", "Background and rationale", "Objectives and expected benefits", "Project period",
          "Financial arrangements", "Roles and responsibilities", "Publication", "Contacts"],
         ["Title", "Why the project is needed", "What the partners hope to achieve", "Timescales",
          "Contributions", "Who does what", "Transparency", "Accountable leads"]][k % 2]
    b = [("h1", "Executive Summary: " + c["project"]), ("p", F("A collaborative working project between {nhs} and {co}.", c)),
         ("h2", H[1]), ("p", c["bg"]), ("h2", H[2]), ("p", c["work"])] + pb_blocks(spec, c, k, "es")
    if ex.get("esdata"):
        b += [("p", "Progress will be tracked using patient records held in the participating services.")]
        b += dp_blocks(spec, c, k)
    b += [("h2", H[3]), ("p", F("{start} to {end}.", c)), ("h2", H[4])] + res_blocks(spec, c, k, k % 2 == 0)
    b += [("h2", H[5])] + team_blocks(spec, c, k, k % 2 == 1) + [("h2", H[6])]
    b += trans_blocks(spec, c, k) or [("p", "Please contact the project leads for further information.")]
    b += [("h2", H[7]), ("p", F("{lead_n} ({nhs}); {lead_c} ({co}).", c)),
          ("p", F("Job code: {code}. Date of preparation: {date}.", c))]
    return _doc(c["project"] + " - Executive Summary", f"{c['co']} - collaborative working", F("{code} | Page", c),
                b, cols=2 if k % 2 == 0 else 1)


def concept(spec, c, k):
    rows = [("Partner organisations", F("{nhs}; {co}", c)), ("Purpose of the project", c["bg"] + " " + c["work"]),
            ("Intended benefits (patients, NHS, industry)", _flat(pb_blocks(spec, c, k))),
            ("Resource impact on each partner", _flat(res_blocks(spec, c, k))),
            ("Proposed working group", _flat(team_blocks(spec, c, k))),
            ("Anticipated start", F("Q{q} 2025/26", dict(c, q=1 + k % 4))), ("Length", f"{12 + 6 * (k % 2)} months"),
            ("Decision", "Go-ahead given to develop a full PID, subject to governance review.")]
    promo = promo_blocks(spec, c, k)
    if promo:
        rows.insert(2, ("Strategic fit", promo[0][1]))
    b = [("h1", "Project Concept Framework"), ("p", c["project"]), ("tbl", rows, k % 2 == 0, False),
         ("p", F("Prepared by {pm}, {date}.", c))]
    return _doc(c["project"] + " - concept", "DRAFT - for discussion", "Page", b)


def outcomes(spec, c, k):
    mo, mi = v(spec, "measurable-outcomes")
    b = [("h1", "Summary of Project Outcomes"), ("tbl", [("Project", c["project"]), ("Partners", F("{nhs}; {co}", c)),
                                                      ("Duration", F("{start} to {end}", c))], True, False),
         ("h2", "Overview"), ("p", c["work"]), ("h2", "What we achieved")]
    if mo == "pass":
        from h4_content import AREAS
        rows = [("Measure", "Baseline", "Target", "Achieved")]
        for j, r in enumerate(AREAS[spec[5]]["kpis"]):
            rows.append((r[0], r[1].format(**c), r[2], ["met", "exceeded", "partly met (see note)"][(j + k) % 3]))
        b += [("tbl", rows, k % 2 == 0, True), ("p", "Figures are anonymised aggregates from the NHS partner's systems.")]
    elif mi == 0:
        b += [("p", MEAS_W)]
    else:
        b += [("p", "The final evaluation report is still awaited; outcome figures will be added when available.")]
    b += promo_blocks(spec, c, k)
    b += [("h2", "Benefits for patients")] + [("p", "Patients told us the service was easier to reach. " + c["benefit"])]
    b += [("h2", "Reflections"), ("p", "Both partners delivered the contributions they agreed. Governance worked well; "
                                     "the main difficulty was recruiting to fixed-term posts."),
          ("h2", "Exit"), ("p", F("The {nhs_short} has taken the service into its core budget from {end}.", c))]
    to, ti = v(spec, "transparency")
    b += [("p", F("This summary is published on the websites of {co_short} and the {nhs_short} within six months of completion.", c)
           if to == "pass" else "INTERNAL - NOT FOR PUBLICATION.")]
    return _doc(c["project"] + " - outcomes", F("Summary of outcomes | {co_short} and partners", c), "Page", b, cols=2 if k % 2 else 1)


MEAS_W = ("Staff and patients felt the service worked well. Outcomes were monitored by the steering group "
          "throughout and were reported at the end of the project.")


def amendment(spec, c, k):
    rows = [("Project name", c["project"]), ("Project owners", F("{lead_n} ({nhs}); {lead_c} ({co})", c)),
            ("Amendment requested", F("Add {p5} (Area Sales Manager, {co_short}) as a member of the Project "
                                      "Steering Group, and extend the project end date by three months.", c)),
            ("Impact", "Timeline extended to allow recruitment; no additional funding; steering group grows to six."),
            ("Submitted", c["date"]), ("Approved", "Pending steering group")]
    b = [("h1", "Project Amendment Form"), ("tbl", rows, True, False)]
    return _doc(c["project"] + " - amendment", "Change control", "Page", b)


BUILDERS = {"pid": pid, "agreement": agreement, "executive-summary": executive_summary,
            "concept-framework": concept, "outcomes-summary": outcomes, "amendment": amendment}
