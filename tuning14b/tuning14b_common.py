"""Shared invented organisations, people and label helpers for tuning14b (all names invented)."""

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


def outcomes(dtype, overrides=None, es_data=False):
    res = {}
    for r in RULES:
        ok = dtype in APPLIES[r]
        if r == "data-protection" and dtype == "executive-summary" and not es_data:
            ok = False
        res[r] = "pass" if ok else "n/a"
    for r, v in (overrides or {}).items():
        assert res[r] != "n/a", (dtype, r)
        res[r] = v
    return res


ICB = "NHS Harrowfield, Wendle and Coldstream Integrated Care Board"
ICB_ADDR = "Quayside House, 14 Mercer Street, Harrowfield HF1 4QT"

CAL = "Calderbrook Pharma UK Limited"
CAL_ADDR = "Unit 6, Arden Science Park, Warwick CV34 9RT (company no. 04418273)"
VER = "Verrant Therapeutics UK Ltd"
VER_ADDR = "2 Canal Wharf, Leeds LS11 5QR (company no. 08821590)"
KES = "Kestrelmoor Pharmaceuticals UK Ltd"
KES_ADDR = "Kestrel House, Longshot Lane, Bracknell RG12 8YP (company no. 03377104)"
ARD = "Ardenvale Life Sciences UK Limited"
ARD_ADDR = "40 Lister Road, Cambridge CB4 0WZ (company no. 09912448)"
SOL = "Solbridge Healthcare UK plc"
SOL_ADDR = "Solbridge Court, 1 Kennet Way, Reading RG2 6UB (company no. 02265931)"

WPCA = "Wendle Primary Care Alliance Ltd"
HTH = "Harrowfield Teaching Hospitals NHS Foundation Trust"
CCH = "Coldstream Community Health NHS Trust"
WVT = "Wendle Valley NHS Foundation Trust"
MHP = "Harrowfield and Wendle Mental Health Partnership NHS Foundation Trust"
UNI = "University of Harrowfield"
CBC = "Coldstream Borough Council"

# ICB governance people
RAVAL = ("Priya Raval", "Associate Director of Medicines Optimisation", "priya.raval1@nhs.net")
ASHWORTH = ("Tom Ashworth", "Head of Partnerships Governance", "t.ashworth@nhs.net")
KEEL = ("Dr Fiona Keel", "Clinical Director, Long Term Conditions", "fiona.keel@nhs.net")
MELLOR = ("Gareth Mellor", "Chief Finance Officer", "gareth.mellor2@nhs.net")

FOOT_ICB = "HWC ICB | OFFICIAL"


def sig(*parties):
    return ("sig", list(parties))


def revtable(*rows):
    return ("table", [["Version", "Date", "Author", "Change"]] + [list(r) for r in rows],
            {"header": True})
