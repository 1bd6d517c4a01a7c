"""holdout9: resources, benefits, measures, transparency, team/sales, promotion snippets."""
from holdout9_rules import P, B, T, nhs1, ps


def money(x):
    return f"£{x:,}"


def res_blocks(v, c):
    n, cs, val = c["n"], c["cs"], c["value"]
    nh = nhs1(c)["short"]
    nv = c["nhs_value"]
    if v == "pass":
        k = n % 4
        if k == 0:
            return [T([("Partner", "Contribution", "Value (est.)"),
                       (cs, "Funding for fixed-term post(s) and evaluation; project management support from Medical Affairs (0.1 WTE)", money(val)),
                       (nh, "Consultant and specialist nurse sessions, clinic rooms, IT, information analyst time (0.2 WTE)", money(nv))]
                      + [(o["short"], o["contrib"], o.get("val", "")) for o in c["nhs"][1:]])]
        if k == 1:
            return [B([f"{cs}: {money(val)} towards the staffing costs of the service, plus project management and evaluation design from its medical affairs team.",
                       f"{nh}: clinical leadership (two consultant PAs per week), clinic accommodation, diagnostics and information analysis, valued at about {money(nv)}."]
                      + [f"{o['short']}: {o['contrib']}." for o in c["nhs"][1:]])]
        if k == 2:
            return [P(f"{cs} will provide {money(val)} over the life of the project, paid quarterly in arrears to {nh} against agreed milestones, "
                      f"together with around 15 days of medical affairs time for evaluation design. {nh} will provide the clinical staff "
                      f"time, estates, IT access and analytical support needed to run and evaluate the service, which it values at {money(nv)}."
                      + "".join(f" {o['short']} will contribute {o['contrib']}." for o in c["nhs"][1:]))]
        return [T([("Item", cs, nh),
                   ("Cash", money(val), "-"),
                   ("Staff time", "Medical affairs lead 0.1 WTE; evaluation analyst 20 days", "Clinical lead 1 PA/week; admin 0.4 WTE"),
                   ("Facilities / other", "Patient information design and printing", f"Clinic space and equipment ({money(nv)} est.)")])]
    if v == "fail_inkind":
        return [P(f"{cs} will provide funding of {money(val)} payable in two instalments. {nh} will contribute in kind.")]
    if v == "fail_support":
        return [P(f"{cs} will fund the project at {money(val)}, covering the specialist nurse post and evaluation. {nh} will provide "
                  f"support and engagement with the project, and access to patients.")]
    if v == "fail_tbc":
        return [T([("Resource", cs, nh),
                   ("Funding", money(val), "TBC"),
                   ("Staff", "Project manager 0.2 WTE", "TBC"),
                   ("Facilities", "n/a", "TBC")])]
    if v == "fail_one":
        return [P(f"{cs} will meet the full cost of the project ({money(val)}), including the practitioner post, training and materials. "
                  f"The NHS partner will provide resources as required.")]
    raise ValueError(v)


def benefit_blocks(v, c):
    a, n = c["a"], c["n"]
    if v == "pass":
        k = n % 3
        if k == 0:
            return [T([("For patients", a["benefit"].capitalize() + "."),
                       ("For the NHS", "Better use of specialist capacity, fewer avoidable appointments and a tested model for commissioners."),
                       (f"For {c['cs']}", "Better understanding of how services for " + a["cond"] + " can be organised; no link to the use of any medicine.")], header=False)]
        if k == 1:
            return [P("Patients: " + a["benefit"] + "."), P("NHS: a sustainable service model and released consultant time."),
                    P(f"{c['cs']}: insight into pathway redesign and a shared learning report.")]
        return [P("The main gain is for patients: " + a["benefit"] + ". The NHS partners gain a tested, costed model; "
                  f"{c['cs']} gains experience of collaborative service improvement in {a['area']}.")]
    if v == "warn_vague":
        return [P("The project is expected to lead to improved outcomes for patients and a better experience of services, as well as "
                  "efficiencies for the NHS.")]
    if v == "fail_uptake":
        return [P(f"Expected benefit: more eligible patients started on {a['product']} earlier in their treatment journey.")]
    if v == "fail_pointer":
        return [P("Benefits to patients: as described in section 2 above.")]
    raise ValueError(v)


def meas_blocks(v, c):
    a, n = c["a"], c["n"]
    if v == "pass":
        rows = [("Measure", "Baseline", "Target", "Source")] + list(a["kpis"])
        if n % 2 == 0:
            return [T(rows), P(f"Figures are reported to the steering group quarterly, with a final evaluation at month {c['months']}.")]
        return [B([f"{m}: from {b} to {t} (source: {s})." for m, b, t, s in a["kpis"]])]
    if v == "warn_qual":
        return [P("Progress will be monitored throughout and outcomes reported to the programme board. The team will look for "
                  "improvements in access, patient experience and staff confidence.")]
    if v == "fail_tbc":
        return [P("Key performance indicators: TBC.")]
    if v == "fail_none":
        return [P("Outcome measures will be developed later with an evaluation partner; none have been agreed at this stage.")]
    if v == "warn_board":
        return [P("The steering group tracked " + "; ".join(k[0].lower() for k in a["kpis"]) + ". Targets for each measure "
                  "were to be set by the ICB programme board and the figures are held by the ICB; they are not reproduced here.")]
    raise ValueError(v)


def trans_blocks(v, c):
    n, cs = c["n"], c["cs"]
    if v == "pass":
        k = n % 4
        if k == 0:
            return [P(f"{cs} will publish a summary of this collaborative working agreement on its UK website before the project begins, and "
                      f"the partners will publish a summary of outcomes within six months of completion. Payments will be disclosed on Disclosure UK.")]
        if k == 1:
            return [P("An executive summary will be made publicly available before work starts; the results, positive or negative, will "
                      "be written up and placed in the public domain no later than six months after the project closes.")]
        if k == 2:
            return [P(f"Transfers of value under this project will be declared through Disclosure UK, and the outcome report will be published "
                      f"on {cs}'s collaborative working web page and shared with the NHS partners for their own publication.")]
        return [P("The partners have agreed to make both the summary of this agreement (before start) and the summary of outcomes "
                  "(after completion) public.")]
    if v == "fail_discretion":
        return [P("Results may be published at the company's discretion.")]
    if v == "fail_internal":
        return [P("Distribution: internal – not for publication.")]
    if v == "fail_pilot":
        return [P(f"The summary of the earlier pilot phase (2021) was published on the {cs} UK website in 2022.")]
    if v == "fail_approval":
        return [P(f"These outcomes may be published externally, subject to approval by {cs}'s UK Medical Director.")]
    if v == "none":
        return []
    raise ValueError(v)


def team_rows(v, c):
    """Project team rows (name, role, organisation)."""
    cs = c["cs"]
    rows = [(c["lead_nhs"], c["lead_nhs_role"], nhs1(c)["short"]),
            (c["lead_co"], c["lead_co_role"], cs)]
    rows += [(p, r, o) for p, r, o in c.get("extra_team", [])]
    if v == "fail_kam":
        rows.append(("Owen Pritchard", "Key Account Manager", cs))
    elif v == "fail_rsm":
        rows.append(("Colin Ferris", "Regional Sales Manager", cs))
    elif v == "fail_brand":
        rows.append(("Helen Vasquez", "Brand Manager, Dermatology", cs))
    return rows


def sales_exclusion(c):
    k = c["n"] % 3
    if k == 0:
        return P(f"No member of {c['cs']}'s sales or marketing teams has any role in the design, delivery or governance of the project.")
    if k == 1:
        return P(f"{c['cs']} is represented by medical affairs staff only; commercial colleagues are not involved.")
    return P("Company involvement is limited to medical and market access colleagues named above.")


def promo_blocks(v, c):
    a = c["a"]
    if v == "pass":
        return []
    if v == "brand":
        return [P(f"In addition, the project will support increased uptake of {a['product']} in eligible patients where clinically "
                  f"appropriate, ensuring more patients benefit from this treatment.")]
    if v == "jargon":
        return [P(f"The project aligns with the {a['product']} brand plan for the region and is expected to deliver pull-through into "
                  f"the treatment pathway once the virtual clinic is established.")]
    if v == "switch":
        return [P(f"Patients stable on older topical and systemic regimens will be reviewed with a view to switching them to "
                  f"{a['product']}.")]
    if v == "superlative":
        return [P(f"Faster diagnosis also means that more patients can be considered promptly for {a['product']}, {c['cs']}'s "
                  f"best-in-class immunotherapy, which offers a breakthrough in first-line care.")]
    if v == "start_on":
        return [P(f"Patients confirmed as positive will be started on {a['product']}, {c['cs']}'s enzyme replacement therapy, through "
                  f"the specialist centre.")]
    raise ValueError(v)
