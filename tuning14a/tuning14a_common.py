"""Shared helpers for tuning14a: label construction and organisation names (all invented)."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement"},          # ES handled explicitly (es_dp)
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

# Companies (invented)
GLAS = "Glasnant Respiratory Ltd"
CORR = "Corriebank Biologics UK Limited"
# NHS bodies (invented)
SPERRIN = "Sperrin Health and Social Care Trust"
MOURNE = "Mourne Coast Health and Social Care Trust"
GLENMORAY = "NHS Glenmoray"
ARDMUIR = "NHS Ardmuir"
BROTEIFI = "Bro Teifi University Health Board"
CWMTAWEL = "Cwm Tawel University Health Board"
FED = "Mid-Sperrin GP Federation Ltd"


def outcomes(typ, flags=None, es_dp=None):
    flags = flags or {}
    out = {}
    for r in RULES:
        if r == "data-protection" and typ == "executive-summary":
            out[r] = es_dp or "n/a"
        elif typ in APPLIES[r]:
            out[r] = "pass"
        else:
            out[r] = "n/a"
    for r, v in flags.items():
        assert out[r] != "n/a", (typ, r)
        out[r] = v
    return out


def spec(num, slug, typ, fmt, blocks, header, footer, layout="plain", flags=None, notes="",
         es_dp=None, **kw):
    d = {"file": "tuning14a_%02d_%s.%s" % (num, slug, fmt), "type": typ, "fmt": fmt,
         "blocks": blocks, "header": header, "footer": footer, "layout": layout,
         "outcomes": outcomes(typ, flags, es_dp),
         "notes": notes or "All applicable rules pass."}
    d.update(kw)
    return d


def revtable(rows):
    return ("tbl", [["Version", "Date", "Author", "Change"]] + rows)
