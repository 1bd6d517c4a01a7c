"""Shared helpers: which rules apply to which type, label construction."""

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


def make_labels(dtype, overrides=None, es_data=False):
    """Default: pass for every applicable rule, n/a otherwise; then apply overrides.

    es_data: for executive summaries, whether the text mentions patient data / records /
    data sharing (data-protection then applies)."""
    out = {}
    for r in RULES:
        ok = dtype in APPLIES[r]
        if r == "data-protection" and dtype == "executive-summary" and not es_data:
            ok = False
        out[r] = "pass" if ok else "n/a"
    for r, v in (overrides or {}).items():
        assert r in RULES, r
        assert v in ("pass", "fail", "warn", "n/a"), v
        if v != "n/a":
            assert out[r] != "n/a" or (r == "data-protection" and dtype == "executive-summary"), (r, dtype)
        out[r] = v
    return out


def doc(file, dtype, blocks, overrides=None, notes="", keys=(), es_data=False, **kw):
    spec = {"file": file, "type": dtype, "blocks": blocks,
            "labels": make_labels(dtype, overrides, es_data), "notes": notes, "keys": list(keys)}
    spec.update(kw)
    return spec
