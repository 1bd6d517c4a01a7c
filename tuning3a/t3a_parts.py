"""Reusable, variant-controlled passages for tuning3a documents.

Every function takes the topic dict t and a variant name. The label for a rule is decided
by the variant chosen in the document spec (see make_tuning3a.py), never by the text alone.
"""

SALES_TITLES = {"board": "Regional Business Manager", "contact": "Area Sales Manager",
                "deliver": "Territory Manager", "kam": "Key Account Manager"}


def lead_table(t, sales="pass", sales_title=None):
    n, c = t["nhs_lead"], t["co_lead"]
    rows = [["Organisation", "Accountable lead", "Job title", "Email"],
            [t["nhs"], n[0], n[1], n[2]],
            [t["co"], c[0], c[1], c[2]]]
    if sales == "contact":
        rows.append([t["co"] + " (local enquiries)", "Gemma Fairbrother",
                     sales_title or SALES_TITLES["contact"], "gemma.fairbrother@" + c[2].split("@")[1]])
    return rows


# ---------------------------------------------------------------- exit strategy
def exit_prose(t, v):
    if v == "pass":
        return ("If either of us decides to stop before the planned end, we have agreed to give each "
                "other three months' notice in writing. During those three months the clinics keep running, "
                "nobody already under follow-up is discharged without a plan, and anyone part-way through "
                "treatment changes goes back to their usual GP team with a summary letter and a named contact. "
                f"The post funded through the project is employed by {t['nhs_s']} on a fixed-term contract, so if "
                f"the service is not taken on recurrently the post-holder will be redeployed under {t['nhs_s']}'s "
                "usual organisational change policy. By month 15 we will take a business case to the commissioners; "
                "if it is not supported, the service will be wound down over eight weeks and patients handed back "
                "to their practices with an individual care plan.")
    if v == "enddate":
        return (f"The project finishes at the end of {t['end']}. We will get together nearer the time to "
                "talk about next steps and whether anything should carry on.")
    if v == "tbc":
        return "Exit arrangements: to be agreed at the first Project Board meeting."
    if v == "discuss":
        return "At the end of the Term the Parties will discuss next steps in good faith."
    if v == "na":
        return "Exit strategy: N/A - the Project is time-limited and ends on the Expiry Date."
    raise ValueError(v)


def exit_risk_row(t, v):
    if v == "pass":
        return ["R4", "Project funding ends before the service is mainstreamed", "Amber",
                f"Business case to the {t['nhs_s'][4:]} finance committee by month 15. If not approved, clinics close over "
                "8 weeks and every patient is returned to their practice with a care plan; the funded post reverts "
                "to the NHS establishment or ends under NHS HR policy. Either partner may withdraw on 90 days' written notice.",
                "Programme Director"]
    return ["R4", "Project funding ends before the service is mainstreamed", "Amber",
            "To be confirmed" if v == "tbc" else "Partners will discuss next steps at close", "tbc"]


# ---------------------------------------------------------------- confidentiality
def conf_text(t, v, style="a"):
    if v == "pass":
        if style == "a":
            return ("Anything either of us shares about the other's plans, costs or ways of working stays "
                    "within the project group unless we both agree otherwise, and patient-level information never "
                    f"leaves {t['nhs_s']}'s own systems. We both understand that {t['nhs_s']} is subject to the "
                    "Freedom of Information Act and may have to release some project papers.")
        if style == "c":
            return ("Project papers marked 'commercial in confidence' are circulated only to Project Board "
                    "members and are not shared further without both partners' consent, subject to the NHS "
                    "partner's duties under the Freedom of Information Act 2000. Clinical records and any "
                    "information about individual patients remain confidential to the NHS care team.")
        return ("Each Party shall keep the other Party's Confidential Information secret and use it only for "
                "the Project, save where disclosure is required by law, including the Freedom of Information "
                "Act 2000, in which case the disclosing Party shall, where lawful, consult the other first. "
                "This obligation survives termination for five years.")
    if v == "standard":
        return "Confidentiality: standard terms apply."
    if v == "na":
        return "Confidentiality: not applicable to this project - no confidential information will be exchanged."
    if v == "insert":
        return "[insert]"
    raise ValueError(v)


# ---------------------------------------------------------------- data protection
def dp_text(t, v, style="a"):
    if v == "pass":
        if style == "a":
            return (f"{t['nhs_s'][0].upper() + t['nhs_s'][1:]} is the data controller for everything clinical in this project. "
                    "We completed a DPIA before any searches were written and our Caldicott Guardian has signed it off. "
                    f"{t['co_s']} will only ever see aggregated, anonymised numbers (nothing with fewer than five "
                    "patients in a cell) and no company employee will have access to patient records. Everything is "
                    "processed under UK GDPR and the Data Protection Act 2018.")
        if style == "c":
            return (f"Information governance: {t['nhs']} is controller for all patient data. A DPIA "
                    "has been approved by the Data Protection Officer. Reporting to the Project Board uses "
                    f"aggregated, anonymised figures only, with small numbers suppressed; {t['co_s']} staff have no "
                    "access to identifiable or pseudonymised patient-level data. Processing complies with UK GDPR "
                    "and the Data Protection Act 2018.")
        return ("The Parties shall comply with Data Protection Legislation (UK GDPR and the Data Protection Act "
                f"2018). {t['nhs']} is the sole controller of Personal Data processed in the Project. "
                "The Company shall not receive, access or process any Personal Data relating to patients and "
                "shall receive only anonymised, aggregated Project Reports as described in Schedule 4.")
    if v == "gdpr":
        return "All data handling in the project will be GDPR compliant."
    if v == "1998":
        return "Each party will handle personal information in accordance with the Data Protection Act 1998."
    if v == "line":
        return (f"Information governance: practices will send a monthly extract to {t['co_s']}'s outcomes "
                "analyst, who will run the evaluation. The extract is line-level, one row per patient, with NHS "
                "number removed but date of birth, postcode and practice code retained so that records can be "
                "linked across months. A DPIA will be drafted once the extract specification is final.")
    if v == "controller":
        return ("The Company shall act as data controller for the Project Data, including patient-level "
                "clinical information collected by the Project nurse, and may use it for its own analyses.")
    raise ValueError(v)


# ---------------------------------------------------------------- contributions
def budget_table(t, v):
    nhs_money = "£41,500 (in kind)"
    rows = [["Item", t["nhs_s"].replace("the ", "").title() + " (NHS)", t["co_s"]],
            ["Funded clinical post / sessions", "Recruitment, line management, supervision", t["money"][0]],
            ["Clinical leadership", "Consultant / clinical lead sessions", "—"],
            ["Project management", "0.1 WTE PMO support", "0.2 WTE partnership manager"],
            ["Data and evaluation", "BI analyst time, searches", "Evaluation design (aggregate data only)"],
            ["Estimated value", nhs_money, t["money"][0]]]
    if v == "tbc":
        rows = [rows[0]] + [[r[0], "tbc", r[2]] for r in rows[1:-1]] + [["Estimated value", "tbc", t["money"][0]]]
    return rows


def contrib_prose(t, v):
    if v == "pass":
        return (f"{t['co_s']} will put in {t['money'][0]}, which pays for {t['money'][1]}. "
                f"{t['nhs_s'][0].upper() + t['nhs_s'][1:]} brings {t['nhs_in']}.")
    if v == "asreq":
        return (f"{t['co_s']} will contribute {t['money'][0]} towards {t['money'][1]}. "
                "NHS contribution: as required.")
    if v == "oneparty":
        return f"{t['co_s']} will fund the project ({t['money'][0]}), covering {t['money'][1]}."
    raise ValueError(v)


# ---------------------------------------------------------------- benefits
def benefits_rows(t, v, promo="pass"):
    if v == "pass":
        p = f"{t['benefit'][0].upper() + t['benefit'][1:]}."
    elif v == "na":
        p = "N/A"
    elif v == "tbd":
        p = "To be determined once the pathway is designed."
    elif v == "uptake":
        p = f"Greater access to {t['brand']} for eligible patients."
    nhs = "Capacity released in specialist clinics; a tested model for commissioning decisions."
    co = ("Better understanding of how the pathway works in practice and a reputation as a trusted NHS partner."
          if promo == "pass" else f"Increased uptake of {t['brand']} across the area.")
    return [["Who benefits", "Expected benefit"], ["Patients", p], ["NHS", nhs], ["Industry partner", co]]


# ---------------------------------------------------------------- outcomes
def kpi_table(t, v):
    if v == "pass":
        return [["Indicator", "Baseline", "Target", "Source / frequency"]] + [list(k) for k in t["kpis"]]
    if v == "tbc":
        return [["Indicator", "Baseline", "Target", "Source / frequency"],
                ["To follow", "—", "—", "[insert]"]]
    raise ValueError(v)


QUAL = ("Outcomes will be monitored by the project group throughout, and we expect to see improvements "
        "in the quality of care and in how patients experience the service.")


# ---------------------------------------------------------------- transparency
def transp_text(t, v, style="a"):
    if v == "pass":
        if style == "a":
            return (f"{t['co_s']} will put the executive summary of this project on its collaborative working "
                    "web page before we see the first patient, and we will put it on ours too. Once the project "
                    "finishes, we will write up what happened (good and bad) and both publish it within six months.")
        if style == "c":
            return ("Communications: the executive summary will be published on both partners' websites before "
                    "go-live; an outcomes summary will follow on both websites within six months of project close; "
                    f"{t['co_s']} will disclose its contribution on Disclosure UK.")
        return ("The Company shall publish a summary of this Agreement on its website before the Commencement "
                "Date. Each Party shall publish a summary of the Project outcomes as soon as practicable and in any "
                "event within six months of the Expiry Date, and the Company will disclose the transfer of value "
                "on Disclosure UK.")
    if v == "conditional":
        return "A summary of the results may be published if both parties agree."
    if v == "discretion":
        return "Results may be published at the Company's discretion."
    if v == "internal":
        return "Internal - not for publication."
    if v == "request":
        return "This summary is available on request from either partner. Results may be shared at the company's discretion."
    raise ValueError(v)


# ---------------------------------------------------------------- promotional / sales framings
def promo_objective(t, v):
    if v == "uptake":
        return (f"Increase appropriate uptake of {t['brand']} in eligible patients identified by the "
                "review, so that more people benefit from it.")
    if v == "claim":
        return (f"{t['brand']}, the best-in-class once-daily option, will be made available to all suitable patients.")
    if v == "jargon":
        return f"Deliver pull-through for {t['brand']} in the new pathway."
    return ("Treatment decisions stay with the patient's own clinician and follow NICE guidance and the "
            "local formulary; the project does not favour any particular medicine.")
