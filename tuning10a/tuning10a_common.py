"""Shared helpers for the tuning10a set: label defaults per document type."""

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


def outcomes(doc_type, overrides=None, es_mentions_patient_data=False):
    """Every applicable rule passes unless overridden; non-applicable rules are n/a."""
    out = {}
    for r in RULES:
        applies = doc_type in APPLIES[r]
        if r == "data-protection" and doc_type == "executive-summary":
            applies = es_mentions_patient_data
        out[r] = "pass" if applies else "n/a"
    for k, v in (overrides or {}).items():
        if out[k] == "n/a":
            raise ValueError("override on n/a rule %s for %s" % (k, doc_type))
        out[k] = v
    return out


def doc(num, slug, dtype, fmt, blocks, opts, overrides=None, notes="", es_data=False):
    name = "tuning10a_%02d_%s.%s" % (num, slug, fmt)
    return {"file": name, "type": dtype, "fmt": fmt, "blocks": blocks, "opts": opts,
            "outcomes": outcomes(dtype, overrides, es_data), "notes": notes}
