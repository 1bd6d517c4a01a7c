"""Section builders: turn a document spec into (title, subtitle, sections, outcomes)."""
from t3b_content import TOPICS, COMPANIES, NHS, UNIS
from t3b_voice import HEAD, EXIT, CONF, DP, TRANSP, NHS_BEN, CO_BEN

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
KEY = {"exit-strategy": "exit", "confidentiality": "conf", "data-protection": "dp", "resource-contributions": "res",
       "legal-entities": "legal", "promotional-language": "promo", "sales-roles": "sales", "patient-benefit": "pb",
       "measurable-outcomes": "meas", "transparency": "transp"}
APPLIES = {
    "exit-strategy": {"pid", "agreement"}, "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}

NAMES_NHS = ["Dr Siân Powell", "Dr Ciaran McAleese", "Mrs Ffion Rowlands", "Dr Aoife Hegarty", "Dr Tom Ackroyd",
             "Mr Rhodri Beynon", "Dr Priya Nandakumar", "Ms Orla Devlin", "Dr Gwen Matthias", "Mr Declan Quinn"]
NAMES_CO = ["Rachel Osei", "Marcus Bell", "Hannah Lindqvist", "Daniel Frew", "Kerry-Ann Maddox", "Owen Tully",
            "Laura Pettigrew", "Simon Achebe", "Nadia Karim", "Peter Gallagher"]


def fmt_all(obj, ctx):
    if isinstance(obj, str):
        return obj.format(**ctx)
    if isinstance(obj, tuple):
        return (obj[0], fmt_all(obj[1], ctx))
    if isinstance(obj, list):
        return [fmt_all(x, ctx) for x in obj]
    return obj


class Spec:
    def __init__(self, fn, typ, voice, topic, co, nhs, ov=None, idx=0, amt=60000, uni=False, es_data=False,
                 extra=None, title=None):
        self.fn, self.typ, self.voice, self.topic = fn, typ, voice, topic
        self.co, self.nhs, self.ov, self.idx, self.amt = co, nhs, ov or {}, idx, amt
        self.uni, self.es_data, self.extra, self.title = uni, es_data, extra or {}, title


def ctx_for(s):
    t, c, n = TOPICS[s.topic], COMPANIES[s.co], NHS[s.nhs]
    ns = n["short"]
    return dict(co=c["name"], cs=c["short"], nhs=n["name"], ns=ns, ns_l=ns, Ns=ns[0].upper() + ns[1:],
                service=t["service"], amt=f"{s.amt:,}")


def default_blocks(s, key, ctx):
    v, t, c, n = s.voice, TOPICS[s.topic], COMPANIES[s.co], NHS[s.nhs]
    i = s.idx
    if key == "exit":
        return EXIT[v]
    if key == "conf":
        return CONF[v]
    if key == "dp":
        return DP[v]
    if key == "transp":
        return TRANSP[v]
    if key == "legal":
        lines = [f"{n['name']}, of {n['addr']} (\"{ctx['ns']}\")",
                 f"{c['name']}, {c['reg']}, registered office {c['addr']} (\"{ {'hb': 'the Sponsor', 'us': 'the Company'}.get(v, c['short']) }\")" +
                 (f", {c['parent']}" if c["parent"] else "")]
        if s.uni:
            lines.append(f"{UNIS['northbridge']['name']}, {UNIS['northbridge']['addr']} (\"the University\")")
        intro = {"hb": "This Agreement is made between:", "pcn": "The organisations signing up to this are:",
                 "acad": "The partner organisations are:", "us": "This Agreement is entered into by and between:"}[v]
        return [intro, ("bullets", lines)]
    if key == "res":
        cash = f"£{s.amt:,} towards a fixed-term band 6 nurse or pharmacist post employed by {n['name']}"
        rows = [["Party", "Cash", "In-kind"],
                [c["name"], cash, f"Project management support, 30 days (approx. £{12000 + 500 * i:,}); evaluation design advice"],
                [n["name"], "None", f"Clinical lead 0.1 WTE, BI analyst 2 days/month, clinic rooms in community hubs "
                                    f"(valued at approx. £{38000 + 1000 * i:,})"]]
        if s.uni:
            rows.append([UNIS["northbridge"]["name"], "None", "Evaluation team: senior lecturer 0.2 WTE and research assistant 0.5 WTE (approx. £41,000)"])
        intro = {"hb": "The contributions of each party are set out below. All in-kind figures are estimates agreed by the Project Board.",
                 "pcn": "Cash vs in-kind, as agreed at the PCN board:",
                 "acad": "Each partner contributes resources as follows:",
                 "us": f"The Company will provide funding in the amount of £{s.amt:,} and the in-kind support listed below; {n['name']} will provide the in-kind resources listed."}[v]
        return [intro, ("table", rows)]
    if key == "promo":
        return [t["neutral"] + " Funding is not conditional on the prescription, supply or purchase of any medicine."]
    if key == "sales":
        rows = [["Name", "Organisation", "Role on the group"],
                [NAMES_NHS[i % 10], n["name"], "Chair; clinical lead"],
                [NAMES_NHS[(i + 3) % 10], n["name"], "Lead pharmacist, medicines management"],
                [NAMES_CO[i % 10], c["name"], "NHS Partnerships Manager"],
                [NAMES_CO[(i + 4) % 10], c["name"], "Medical Adviser (non-promotional)"]]
        if s.uni:
            rows.append(["Prof. Imogen Strachan", UNIS["northbridge"]["name"], "Evaluation lead"])
        return [("table", rows), "The group meets monthly and reports to each organisation through its own governance route."]
    if key == "pb":
        return [f"For patients: {t['benefit']}", "For the NHS: " + NHS_BEN, f"For {c['short']}: " + CO_BEN]
    if key == "meas" and s.typ == "outcomes-summary":
        return [("table", [["Measure", "Baseline", "Target", "Achieved", "Source"]] +
                 [r[:3] + ["Target met" if j % 2 == 0 else "Improved; target narrowly missed"] + r[3:] for j, r in enumerate(t["kpis"])]),
                "All figures are anonymised and aggregated; no figure relates to fewer than 5 patients."]
    if key == "meas":
        return [("table", [["Measure", "Baseline", "Target", "Source"]] + t["kpis"]),
                "Measures are reported quarterly to the group as anonymised, aggregated figures."]
    raise KeyError(key)


def rule_section(s, key, ctx):
    """Return (heading, blocks) for a rule slot, honouring overrides; None when omitted."""
    rule = [r for r, k in KEY.items() if k == key][0]
    head = HEAD[s.voice][key]
    if rule in s.ov:
        o = s.ov[rule]
        if o.get("at", "slot") != "slot":
            blocks = default_blocks(s, key, ctx)
        else:
            blocks = o.get("b")
            if blocks is None:
                return None
        head = o.get("h", head)
    else:
        blocks = default_blocks(s, key, ctx)
    return (head, fmt_all(blocks, ctx))


def injected(s, where, ctx):
    out = []
    for r, o in s.ov.items():
        if o.get("at") == where:
            out += fmt_all(o["b"], ctx)
    return out


def timeline(s):
    return ("table", [["Milestone", "When"], ["Agreement signed; approvals complete", "Q1 2026"],
                      ["Staff in post; baseline figures taken", "Q2 2026"], ["Service live", "Q3 2026"],
                      ["Interim review", "Q1 2027"], ["Project close; final report to partners", "Q3 2027"]])


def risks():
    return ("table", [["Risk", "Mitigation"],
                      ["Recruitment delay", "Start date moves by agreement; funding released against milestones"],
                      ["Low uptake of appointments", "Text reminders and evening sessions"],
                      ["Change in national guidance", "Group reviews protocol within 30 days"]])


def build(s):
    ctx = ctx_for(s)
    t, c, n, v = TOPICS[s.topic], COMPANIES[s.co], NHS[s.nhs], s.voice
    H = HEAD[v]
    secs = []

    def add(key):
        r = rule_section(s, key, ctx)
        if r:
            secs.append(r)

    bg = [t["background"]] + s.extra.get("bg_extra", []) + injected(s, "background", ctx)
    if s.typ == "pid":
        title = s.title or f"Project Initiation Document: {t['title']}"
        sub = f"Joint working between {n['name']} and {c['name']} | Version 1.0 | Status: approved"
        secs.append((H["bg"], bg))
        secs.append((H["obj"], [("bullets", t["objectives"]), f"Cohort: {t['cohort']}."]))
        add("legal")
        add("sales")
        secs += [(h, fmt_all(b, ctx)) for h, b in s.extra.get("after_team", [])]
        add("res"); add("pb"); add("meas")
        secs.append((H["time"], [timeline(s)]))
        add("dp"); add("conf"); add("promo"); add("exit"); add("transp")
        secs.append(("Risks", [risks()] + injected(s, "risks", ctx)))
        secs.append(("Sign-off", ["Approved for " + n["name"] + " by the Medical Director and for " + c["name"] +
                                  " by the UK Medical Director (certified). Job code: " + c["short"][:3].upper() +
                                  f"-UK-{2600 + s.idx}. Date of preparation: January 2026."]))
    elif s.typ == "agreement":
        title = s.title or f"Collaborative Working Agreement: {t['title']}"
        sub = "Dated 12 January 2026"
        add("legal")
        secs.append(("Recitals", bg + [f"The parties wish to work together, pooling skills and resources, to improve care for {t['cohort']}."]))
        secs.append(("Term", ["This Agreement starts on the date of last signature and runs for 18 months."]))
        secs.append(("The Project", [("bullets", t["objectives"])]))
        add("sales")
        add("res"); add("pb"); add("meas"); add("dp"); add("conf"); add("promo"); add("exit"); add("transp")
        secs.append(("Anti-bribery", ["Each party will comply with the Bribery Act 2010. Benefits arise to organisations, not to individuals."]))
        secs.append(("Disputes", ["Disputes go first to the project leads, then to the chief executives (or equivalent), then to mediation."]))
        secs += [(h, fmt_all(b, ctx)) for h, b in s.extra.get("end", [])]
        sign = s.extra.get("sign") or [f"Signed for {n['name']}: Director of Finance", f"Signed for {c['name']}: General Manager UK"]
        secs.append(("Signatures", [("bullets", fmt_all(sign, ctx))]))
    elif s.typ == "executive-summary":
        title = s.title or f"Executive Summary: {t['title']}"
        sub = f"Collaborative working between {n['name']} and {c['name']}. Job code {c['short'][:3].upper()}-ES-{310 + s.idx}. Date of preparation: December 2025."
        secs.append(("Project rationale", bg))
        secs.append(("Objectives", [("bullets", t["objectives"])]))
        add("pb")
        add("sales")
        secs.append(("Roles", [s.extra["roles"]] if "roles" in s.extra else [f"{n['name']} provides clinical leadership, delivers the {t['service']} and measures outcomes. "
                               f"{c['name']} provides project management and evaluation support."]))
        add("res")
        secs.append(("Project period", ["Anticipated start: Q2 2026. Anticipated completion: Q4 2027 (18 months)."]))
        if s.es_data:
            add("dp")
        add("promo")
        add("transp")
        secs.append(("Milestones", [timeline(s)]))
        co_contact = s.extra.get("co_contact", [NAMES_CO[s.idx % 10], "NHS Partnerships Manager"])
        secs.append(("Contact details", [("table", [["Organisation", "Accountable lead", "Job title", "Email"],
                                                    [n["name"], NAMES_NHS[s.idx % 10], "Clinical Lead", "project.lead@" + n["short"].split()[-1].lower() + ".nhs.example"],
                                                    [c["name"], co_contact[0], co_contact[1], "partnerships@" + c["short"].lower() + ".example"]])]))
        secs.append(("Governance", [f"The project is overseen by a joint group with members from {n['name']} and {c['name']}. "
                                    "Each organisation approved the project through its own internal procedure before this summary was prepared."]))
        secs += [(h, fmt_all(b, ctx)) for h, b in s.extra.get("end", [])]
    elif s.typ == "concept-framework":
        title = s.title or f"Project Concept Framework: {t['title']}"
        sub = "Early proposal for discussion by the prospective partners"
        secs.append(("Partner organisations", [("bullets", [n["name"], c["name"]] + ([UNIS["northbridge"]["name"]] if s.uni else []))]))
        secs.append(("Purpose", bg))
        secs.append(("Objectives", [("bullets", t["objectives"])]))
        add("pb"); add("res"); add("sales"); add("promo")
        secs.append(("Start and length", ["Anticipated start Q3 2026; length 18 months."]))
        secs.append(("Alignment with local priorities", [f"The proposal responds to a need identified in the local population health plan: {t['cohort']} "
                                                        "are a stated priority, and the partners' own audit work shows the gap described above."]))
        secs.append(("Similar work elsewhere", ["Comparable services have been run in at least two other areas. The partners will ask for their "
                                                "evaluation reports so the design can reuse what worked instead of starting from scratch."]))
        secs.append(("Initial risks", [risks()]))
        secs.append(("Preliminary check against criteria", [("table", [["Criterion", "Met?"], ["Main benefit to patients", "To be confirmed at PID"],
                                                                        ["Significant contribution from every party", "See above"],
                                                                        ["Follows national guidance", "Yes"], ["Exit arrangements", "To be set out in the PID"]])]))
        secs.append(("Decision", [s.extra.get("decision", "Go-ahead given by both partners to develop a PID (December 2025).")]))
    elif s.typ == "outcomes-summary":
        title = s.title or f"Summary of Project Outcomes: {t['title']}"
        sub = f"Partners: {n['name']} and {c['name']}. Project ran from April 2024 to September 2025."
        secs.append(("Project overview", bg + [("bullets", t["objectives"])]))
        add("meas"); add("pb"); add("sales")
        secs.append(("Did each party deliver its contribution?", [f"{n['name']} provided the clinical lead and clinic space as agreed. "
                                                                  f"{c['name']} provided the agreed funding and project management days."]))
        secs.append(("Reflections", [("table", [["Question", "Partners' answer"],
                                                ["Was the shared vision kept?", "Yes; the steering group revisited the objectives at each quarterly meeting."],
                                                ["Were variances resolved?", "A three-month recruitment delay was handled through a formal amendment."],
                                                ["Was more achieved together than apart?", "Yes; neither partner had the capacity to set this up alone."],
                                                ["Did each party benefit?", "The NHS partner gained a tested model; the company gained insight into the pathway."],
                                                ["Does it support a business case?", "Yes; the results were used in the case to continue the service."]])]))
        secs.append(("What happened at the end", [f"The {t['service']} were taken into the core service from October 2025."]))
        add("promo")
        secs.append(("Learning for others", [("bullets", ["Agree the data definitions before the baseline is taken.",
                                                          "Protect clinic time in job plans from the start.",
                                                          "Involve patients in designing invitations."])]))
        add("transp")
        secs += [(h, fmt_all(b, ctx)) for h, b in s.extra.get("end", [])]
    elif s.typ in ("amendment", "unknown"):
        title = s.title
        sub = s.extra.get("sub", "")
        secs = [(h, fmt_all(b, ctx)) for h, b in s.extra["sections"]]
    else:
        raise ValueError(s.typ)
    outcomes = {}
    for r in RULES:
        ap = s.typ in APPLIES[r]
        if r == "data-protection" and s.typ == "executive-summary":
            ap = s.es_data
        outcomes[r] = s.ov[r]["o"] if r in s.ov else ("pass" if ap else "n/a")
        if not ap:
            assert outcomes[r] == "n/a", (s.fn, r)
    return title, sub, secs, outcomes
