RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "pid": {"exit-strategy", "confidentiality", "data-protection", "resource-contributions",
            "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"},
    "agreement": set(RULES),
    "executive-summary": {"data-protection", "resource-contributions", "promotional-language",
                          "sales-roles", "patient-benefit", "transparency"},
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles", "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"},
    "amendment": {"promotional-language", "sales-roles"},
    "unknown": {"promotional-language", "sales-roles"},
}
DOCS = []


def add(fname, dtype, doc, notes="", es_mentions_data=False, **problems):
    """problems: rule_with_underscores='fail'|'warn'."""
    out = {}
    for r in RULES:
        if r not in APPLIES[dtype] or (dtype == "executive-summary" and r == "data-protection" and not es_mentions_data):
            out[r] = "n/a"
        else:
            out[r] = "pass"
    for k, v in problems.items():
        r = k.replace("_", "-")
        assert out[r] != "n/a", (fname, r)
        out[r] = v
    DOCS.append({"file": fname, "type": dtype, "doc": doc, "outcomes": out,
                 "notes": notes or "Fully compliant."})
