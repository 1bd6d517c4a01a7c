"""Shared names and the spec builder for the tuning13a set (all names invented)."""

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

# Companies
OST = "Ostrander Specialty Pharmaceuticals UK Ltd"
OSTs = "Ostrander"
KES = "Kestrelgen Biosystems Ltd"
KESs = "Kestrelgen"
# NHS and other partners
WVT = "Wyvern Vale NHS Foundation Trust"
ALICB = "Ashbourne and Leyfield Integrated Care Board"
NCH = "North Calder Hospitals NHS Trust"
TCICB = "Tamarisk Coast Integrated Care Board"
RCH = "Ravensholt Community Health NHS Trust"
BHP = "Bramwell Health Partnership Ltd"
UOE = "University of Eastmoor"
GBC = "Greyfriars Borough Council"
HOL = "Holmewood Primary Care Federation CIC"


def mk(file, dtype, fmt, header, footer, blocks, defects=None, es_dp=None, keys=None,
       author="Project office", pass_note=""):
    """Build a spec. defects: {rule: (outcome, note)}. es_dp: for ES, True if it mentions
    patient data / records / data sharing (so data-protection applies)."""
    defects = defects or {}
    outcomes = {}
    for r in RULES:
        if dtype in APPLIES[r]:
            outcomes[r] = "pass"
        else:
            outcomes[r] = "n/a"
    if dtype == "executive-summary" and not es_dp:
        outcomes["data-protection"] = "n/a"
    notes = []
    for r, (o, why) in defects.items():
        assert outcomes[r] != "n/a" or o == "n/a", (file, r)
        outcomes[r] = o
        notes.append(f"{r}={o}: {why}")
    if not notes:
        notes.append("All applicable rules pass. " + pass_note)
    elif pass_note:
        notes.append(pass_note)
    return {"file": file, "type": dtype, "fmt": fmt, "header": header, "footer": footer,
            "blocks": blocks, "outcomes": outcomes, "notes": " ".join(notes).strip(),
            "keys": keys or [], "author": author}
