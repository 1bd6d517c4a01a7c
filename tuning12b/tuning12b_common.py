"""Shared helpers for tuning12b: label construction per RULES-SEMANTICS.md."""

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


def outcomes(doc_type, es_mentions_data=False, **over):
    """All applicable rules pass unless overridden; keyword args use underscores for dashes."""
    out = {}
    for r in RULES:
        applies = r in APPLIES[doc_type]
        if r == "data-protection" and doc_type == "executive-summary" and not es_mentions_data:
            applies = False
        out[r] = "pass" if applies else "n/a"
    for k, v in over.items():
        r = k.replace("_", "-")
        assert r in RULES, r
        assert out[r] != "n/a", (doc_type, r)
        out[r] = v
    return out


def std_sales_exclusion(company):
    return ("No member of %s's sales or marketing functions will sit on the steering group, "
            "take part in delivery or receive project data." % company)


def std_transparency(company, nhs):
    return ("%s will publish a summary of this collaboration on its website before any activity "
            "starts, and both %s and %s will publish a summary of the outcomes within six months "
            "of completion. Payments will be disclosed on Disclosure UK." % (company, company, nhs))
