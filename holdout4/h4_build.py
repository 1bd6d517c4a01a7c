"""holdout4: shared context and rule-slot builders. Blocks: ("h1",t) ("h2",t) ("p",t) ("bul",[..])
("tbl",rows,ruled,header) ("pb",)."""
from h4_content import AREAS, EXIT, CONF, DP, SALES_PASS, TRANS, MEAS_WARN, MEAS_FAIL, PROMO
from h4_specs import NHS, COS

FIRST = ["Aisha", "Gareth", "Morag", "Tomasz", "Priya", "Declan", "Hannah", "Olu", "Ffion", "Marcus",
         "Ruth", "Imran", "Bethan", "Callum", "Sunita", "Jonah", "Eleri", "Kwame", "Lorna", "Ravi"]
LAST = ["Pennock", "Aldred", "McCrindle", "Wiszniewski", "Chaudhry", "Feeney", "Oakes", "Adeyemi",
        "Prys", "Hollin", "Strang", "Bashir", "Llewellyn", "Gorrie", "Mistry", "Tabb", "Rhys-Evans",
        "Mensah", "Cairncross", "Nair"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def person(i):
    return f"{FIRST[i % 20]} {LAST[(i * 7 + 3) % 20]}"


def make_ctx(spec, k):
    did, typ, fmt, ni, ci, area, style, defects, extra = spec
    n, c = NHS[ni], COS[ci]
    a = AREAS[area]
    prev = ["4,300", "47%", "14", "2,100", "38%", "1,900", "41%", "29%", "18", "62%", "24%", "31%"][list(AREAS).index(area)]
    sm = (k * 5) % 12
    ctx = dict(nhs=n[0], nhs_short=n[1],
               nhs_addr=n[2], co=c[0], co_short=c[1], co_addr=c[2], brand=c[3], area=a["name"],
               notice=[30, 60, 90, 45, 90, 60][k % 6], mx=[9, 10, 15, 18][k % 4],
               start=f"1 {MONTHS[sm]} 2025", end=f"{28 if sm == 1 else 30} {MONTHS[(sm + 11) % 12]} 2026",
               amt=f"{[48, 62, 75, 90, 110, 36, 54, 128, 83, 67][k % 10]},{(k * 137) % 1000:03d}",
               amt2=f"{[31, 40, 55, 28, 70, 22, 46][k % 7]},{(k * 311) % 1000:03d}",
               prev=prev, code=f"{c[1][:3].upper()}-UK-{(k * 4721) % 90000 + 10000}",
               date=f"{(k * 3) % 27 + 1} {MONTHS[(sm + 10) % 12]} 2024",
               lead_n=person(k), lead_c=person(k + 7), pm=person(k + 13), p4=person(k + 3), p5=person(k + 17))
    ctx["project"] = proj_name(area, k)
    for key in ("bg", "work", "benefit"):
        ctx[key] = a[key].format(**ctx)
    return ctx


def proj_name(area, k):
    base = {"copd": ["Breathe Easier", "COPD Review Accelerator"], "t2d": ["Diabetes Care Process Recovery", "HbA1c Optimisation in Primary Care"],
            "hf": ["One-Stop Heart Failure Diagnostics", "Heart Failure Fast Track"], "af": ["Detect and Protect: AF", "AF Stroke Prevention Review"],
            "asthma": ["Asthma Friendly Schools"], "ckd": ["Kidney Health Check", "CKD Coding and Optimisation"],
            "lipids": ["Secondary Prevention Lipid Clinic"], "osteo": ["Fracture Liaison Service Pilot", "Bone Health After Fracture"],
            "psoriasis": ["Community Dermatology Advice Service", "Skin Health Pathway Redesign"],
            "htn": ["Blood Pressure Closer to Home", "Hypertension Case-Finding"], "migraine": ["Headache Pathway Redesign", "Community Headache Service"],
            "ida": ["Iron Well in Pregnancy", "Maternal Anaemia Pathway"]}[area]
    return base[k % len(base)]


def F(s, ctx):
    return s.format(**ctx)


def v(spec, rule):
    d = spec[7].get(rule)
    return d if d else ("pass", None)


def exit_blocks(spec, ctx, k):
    o, i = v(spec, "exit-strategy")
    if o == "pass":
        var = EXIT["pass"][k % 3]
        if isinstance(var, tuple):
            return [("tbl", [(a, F(b, ctx)) for a, b in var[1]], k % 2 == 0, False)]
        out = [("p", F(var, ctx))]
        if k % 2:
            out.append(("p", F("This agreement can also be varied or ended early if the PMCPA rules that the "
                               "arrangement breaches the ABPI Code; the same handover steps then apply.", ctx)))
        return out
    return [("p", F(EXIT["fail"][i], ctx))]


def conf_blocks(spec, ctx, k):
    o, i = v(spec, "confidentiality")
    if o == "pass":
        return [("p", F(CONF["pass"][k % 2], ctx))]
    return [("p", F(CONF[o][i], ctx))]


def dp_blocks(spec, ctx, k):
    o, i = v(spec, "data-protection")
    if o == "pass":
        return [("p", F(DP["pass"][k % 2], ctx))]
    return [("p", F(DP[o][i], ctx))]


def res_rows(spec, ctx, k):
    """Return list of (party, contribution, value)."""
    o, i = v(spec, "resource-contributions")
    co = (ctx["co"], f"Funding for a band 7 specialist post (1.0 WTE, 12 months), training materials and an "
                     f"independent evaluation", f"GBP {ctx['amt']}")
    nhs = (ctx["nhs"], "Clinical lead time (one session a week), clinic rooms, IT access, administrative "
                       "support and project management", f"approx. GBP {ctx['amt2']} (in kind)")
    if o == "pass":
        return [co, nhs]
    if i == 0:
        return [co, (ctx["nhs"], "As required", "-")]
    if i == 1:
        return [co, (ctx["nhs"], "TBC", "TBC")]
    return [co]


def res_blocks(spec, ctx, k, ruled=True):
    rows = res_rows(spec, ctx, k)
    if v(spec, "resource-contributions")[1] == 2:
        return [("p", F("{co_short} will fund the whole programme (GBP {amt}), including a project manager, "
                        "printed patient materials and an evaluation report.", ctx))]
    if k % 3 == 1 and len(rows) == 2 and rows[1][1] not in ("As required", "TBC"):
        return [("p", F("{co_short} will provide GBP {amt} to fund a fixed-term specialist post, training and an "
                        "independent evaluation, paid to the {nhs_short} in two instalments. The {nhs_short} will "
                        "contribute clinical leadership, clinic accommodation, IT access and project "
                        "management, valued at approximately GBP {amt2}.", ctx))]
    return [("tbl", [("Partner", "Contribution", "Value")] + rows, ruled, True)]


def team_rows(spec, ctx, k):
    o, i = v(spec, "sales-roles")
    rows = [(ctx["lead_n"], "Clinical Lead and Project Sponsor", ctx["nhs"]),
            (ctx["pm"], "Project Manager", ctx["nhs"]),
            (ctx["lead_c"], ["Medical Affairs Manager", "Partnerships Manager", "Medical Science Liaison",
                             "Market Access Lead", "Head of NHS Collaborations"][k % 5], ctx["co"])]
    if o == "fail" and i in (0, 1):
        rows.append((ctx["p4"], ["Key Account Manager", "Regional Business Manager"][i], ctx["co"]))
    elif k % 2:
        rows.append((ctx["p4"], "Lead Pharmacist, Medicines Optimisation", ctx["nhs"]))
    return rows


def team_blocks(spec, ctx, k, ruled=True):
    out = [("tbl", [("Name", "Role", "Organisation")] + team_rows(spec, ctx, k), ruled, True)]
    o, i = v(spec, "sales-roles")
    if o == "warn":
        out.append(("p", F("Practical queries about room bookings and catering for the launch event can be "
                           "sent to {p5}, Regional Sales Manager, {co_short}.", ctx)))
    elif o == "pass" and k % 3 == 0:
        out.append(("p", F(SALES_PASS, ctx)))
    return out


def pb_blocks(spec, ctx, k, typ="pid"):
    o, i = v(spec, "patient-benefit")
    nhs_b = F("For the {nhs_short}: better use of specialist capacity, fewer avoidable admissions and a tested "
              "model that can be commissioned at scale.", ctx)
    co_b = F("For {co_short}: a better understanding of how {area} services are organised and a published "
             "case study; no commitment to prescribe any product is implied.", ctx)
    if o == "pass":
        return [("bul", ["For patients: " + ctx["benefit"], nhs_b, co_b])]
    if i == 0:
        return [("bul", ["Patients: N/A - the project is focused on service efficiency.", nhs_b, co_b])]
    if i == 1:
        return [("p", F("Expected benefit: greater use of {brand} among eligible patients in participating practices.", ctx))]
    return [("bul", [F("Release of around 400 clinician hours a year in the {nhs_short}.", ctx),
                     "Lower cost per case and better use of community pharmacy capacity.", co_b])]


def meas_blocks(spec, ctx, k, ruled=True):
    o, i = v(spec, "measurable-outcomes")
    if o == "warn":
        return [("p", MEAS_WARN[i])]
    if o == "fail":
        return [("p", MEAS_FAIL[i])]
    rows = [("Measure", "Baseline", "Target", "Source")]
    rows += [tuple(F(x, ctx) for x in r) for r in AREAS[spec[5]]["kpis"]]
    return [("p", "Progress will be reported quarterly to the steering group against these measures:"),
            ("tbl", rows, ruled, True)]


def trans_blocks(spec, ctx, k):
    o, i = v(spec, "transparency")
    if o == "pass":
        return [("p", F(TRANS["pass"][k % 2], ctx))]
    if i == 2:
        return []
    return [("p", F(TRANS["fail"][i], ctx))]


def promo_blocks(spec, ctx, k):
    o, i = v(spec, "promotional-language")
    if o == "pass":
        return []
    return [("p", F(PROMO[i], ctx))]


def neutral_clinical(ctx, k):
    return F(["Treatment decisions remain with the patient's clinician and will follow NICE guidance and the "
              "local formulary; the project does not favour any particular medicine.",
              "Any prescribing changes follow the ICB-approved pathway for {area}, which is product-neutral.",
              "Clinical decisions stay with NHS clinicians and are made in line with current national guidance."][k % 3], ctx)
