"""Shared label helper for the tuning10b set."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
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


def outcomes(doc_type, es_mentions_patient_data=False, **over):
    """All applicable rules pass, others n/a; keyword overrides use underscores for hyphens."""
    res = {}
    for rule in RULES:
        ok = doc_type in APPLIES[rule]
        if rule == "data-protection" and doc_type == "executive-summary":
            ok = es_mentions_patient_data
        res[rule] = "pass" if ok else "n/a"
    for key, val in over.items():
        rule = key.replace("_", "-")
        assert rule in res, rule
        assert res[rule] != "n/a", (doc_type, rule)
        res[rule] = val
    return res
