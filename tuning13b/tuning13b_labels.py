"""Label helpers for tuning13b (applicability follows docs/RULES-SEMANTICS.md)."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

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


def outcomes(dtype, es_data=False, **over):
    """Default every applicable rule to pass; override with keyword names using _ for -."""
    res = {}
    for rule in RULES:
        ok = dtype in APPLIES[rule]
        if rule == "data-protection" and dtype == "executive-summary":
            ok = es_data
        res[rule] = "pass" if ok else "n/a"
    for key, val in over.items():
        rule = key.replace("_", "-")
        assert rule in res, rule
        assert res[rule] != "n/a", (dtype, rule)
        assert val in ("pass", "fail", "warn"), val
        res[rule] = val
    return res
