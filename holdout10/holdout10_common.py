"""Shared helpers for holdout10 document specs."""
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

HIN = "Wealdmoor Health Innovation Network"
HIN_HOST = "Aldercombe and Wyre NHS Foundation Trust"
PMO = "Kestrel Lane Programme Partners Ltd"


def outcomes(dtype, es_data=False, **over):
    """Default pass for applicable rules, n/a otherwise. Keyword names use _ for -."""
    out = {}
    for r in RULES:
        ok = r in APPLIES[dtype]
        if dtype == "executive-summary" and r == "data-protection" and not es_data:
            ok = False
        out[r] = "pass" if ok else "n/a"
    for k, v in over.items():
        r = k.replace("_", "-")
        assert r in RULES, r
        assert out[r] != "n/a" or v == "n/a", (dtype, r)
        out[r] = v
    return out


def doc(num, slug, fmt, dtype, title, blocks, notes="", header="", footer="", layout="single",
        ruled=True, es_data=False, author=PMO, **over):
    return {"num": num, "file": "holdout10_%02d_%s.%s" % (num, slug, fmt), "type": dtype,
            "title": title, "blocks": blocks, "notes": notes, "header": header,
            "footer": footer, "layout": layout, "ruled": ruled, "author": author,
            "outcomes": outcomes(dtype, es_data=es_data, **over)}


def revision_table(rows):
    return ("table", [["Version", "Date", "Author", "Change"]] + rows, [0.12, 0.18, 0.3, 0.4])
