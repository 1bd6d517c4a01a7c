RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"}, "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": None, "sales-roles": None,
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


def H(x): return ("h", x)
def P(x): return ("p", x)
def B(x): return ("b", x)
def T(rows): return ("t", rows)


def doc(name, dtype, title, blocks, must, overrides=None, notes=""):
    out = {}
    for r in RULES:
        ap = APPLIES[r]
        out[r] = "pass" if (ap is None or dtype in ap) else "n/a"
    for k, v in (overrides or {}).items():
        assert k in RULES, k
        out[k] = v
    return {"name": name, "type": dtype, "title": title, "blocks": blocks, "must": must,
            "outcomes": out, "notes": notes}
