"""Shared helpers for the holdout6 specs: outcome labels by document type."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

SHORT = {"EX": "exit-strategy", "CO": "confidentiality", "DP": "data-protection",
         "RC": "resource-contributions", "LE": "legal-entities", "PR": "promotional-language",
         "SR": "sales-roles", "PB": "patient-benefit", "MO": "measurable-outcomes",
         "TR": "transparency"}

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement"},  # ES handled via es_data flag
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


def oc(dtype, es_data=False, **over):
    """Outcomes: pass for every applicable rule, n/a otherwise, then overrides (short keys)."""
    out = {}
    for r in RULES:
        ok = dtype in APPLIES[r] or (r == "data-protection" and dtype == "executive-summary"
                                     and es_data)
        out[r] = "pass" if ok else "n/a"
    for k, v in over.items():
        r = SHORT[k]
        if out[r] == "n/a":
            raise ValueError("override of n/a rule %s for %s" % (r, dtype))
        out[r] = v
    return out


def doc(file, dtype, fmt, blocks, outcomes, notes="", **layout):
    d = {"file": file, "type": dtype, "fmt": fmt, "blocks": blocks, "outcomes": outcomes,
         "notes": notes}
    d.update(layout)
    assert file.endswith("." + fmt), file
    return d
