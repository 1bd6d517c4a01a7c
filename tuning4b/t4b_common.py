"""Shared label helper for tuning4b."""
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


def mk(file, typ, title, blocks, bad=None, notes="", must=(), es_data=False):
    bad = bad or {}
    out = {}
    for r in RULES:
        ok = typ in APPLIES[r]
        if r == "data-protection" and typ == "executive-summary" and not es_data:
            ok = False
        if not ok:
            assert r not in bad, (file, r)
            out[r] = "n/a"
        else:
            out[r] = bad.get(r, "pass")
    return {"file": file, "type": typ, "title": title, "blocks": blocks,
            "outcomes": out, "notes": notes or "All applicable rules pass.",
            "must": list(must)}
