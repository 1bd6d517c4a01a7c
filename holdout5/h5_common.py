"""holdout5 shared helpers: rule applicability and spec builder."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "pid": {"exit-strategy", "confidentiality", "data-protection", "resource-contributions",
            "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes",
            "transparency"},
    "agreement": set(RULES),
    "executive-summary": {"data-protection", "resource-contributions", "promotional-language",
                          "sales-roles", "patient-benefit", "transparency"},
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles",
                          "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit",
                         "measurable-outcomes", "transparency"},
    "amendment": {"promotional-language", "sales-roles"},
    "unknown": {"promotional-language", "sales-roles"},
}

SPLIT = "eval"


def outcomes(doc_type, es_data=False, **over):
    """Default 'pass' for applicable rules, 'n/a' otherwise; overrides use underscores."""
    out = {}
    for r in RULES:
        ok = r in APPLIES[doc_type]
        if doc_type == "executive-summary" and r == "data-protection" and not es_data:
            ok = False
        out[r] = "pass" if ok else "n/a"
    for k, v in over.items():
        r = k.replace("_", "-")
        assert r in RULES, r
        assert out[r] != "n/a" or v == "n/a", (doc_type, r)
        out[r] = v
    return out


def mk(file, doc_type, title, blocks, notes, out, **layout):
    spec = {"file": file, "type": doc_type, "fmt": file.rsplit(".", 1)[1], "title": title,
            "blocks": blocks, "notes": notes, "outcomes": out}
    spec.update(layout)
    return spec
