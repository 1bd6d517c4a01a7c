"""holdout4: one spec per document. Defects map rule -> (outcome, variant index)."""

NHS = [  # full name, short, address
    ("Northmoor Valley NHS Foundation Trust", "Trust", "Moor Lane, Northmoor NM3 4QT"),
    ("Askerby and Wensley Integrated Care Board", "ICB", "Wensley House, 2 Mill Street, Askerby AK1 2RW"),
    ("Coldharbour GP Federation Ltd", "Federation", "Unit 4, Coldharbour Business Park, CH7 1DE"),
    ("Riverside Lymm NHS Trust", "Trust", "Lymm Road, Riverside RL2 8PP"),
    ("Penhallow University Health Board", "Health Board", "Ty Penhallow, Heol Fawr, PH4 6YN"),
    ("Brackenfold Metropolitan Borough Council", "Council", "Civic Centre, Brackenfold BF1 1AA"),
    ("Kelderby Teaching Hospitals NHS Foundation Trust", "Trust", "Infirmary Road, Kelderby KD2 9HL"),
    ("West Carrow Integrated Care Board", "ICB", "Carrow Point, Station Road, WC5 3JJ"),
    ("NHS Strathallan", "Board", "Allan House, Strathallan SA9 2BD"),
    ("Marlowe Bay Community Healthcare NHS Trust", "Trust", "Harbour View, Marlowe Bay MB1 4TS"),
    ("Fenwick Cross GP Alliance Ltd", "Alliance", "The Surgery, 18 Cross Street, Fenwick FX2 7LL"),
    ("Ulverdale and Skeld NHS Foundation Trust", "Foundation Trust", "Skeld General Hospital, Ulverdale US4 0AB"),
    ("Tamsworth Community Health CIC", "CIC", "Tamsworth Health Centre, TW6 2NE"),
    ("University of Eastgate", "University", "School of Health Sciences, Eastgate EG1 7UE"),
    ("Greyhithe Primary Care Partnership CIC", "Partnership", "Greyhithe Medical Centre, GH3 5PL"),
    ("Harrowby Royal Hospitals NHS Trust", "Trust", "Harrowby Royal Infirmary, HR1 3DX"),
]
COS = [  # full, short, registered office
    ("Calverley Therapeutics UK Ltd", "Calverley", "Calverley House, Reading RG2 6UB", "Respivane"),
    ("Orrin Biopharma UK Limited", "Orrin", "1 Fleet Court, Slough SL1 4AX", "Glucortix"),
    ("Mereside Pharmaceuticals plc", "Mereside", "Mereside Park, Macclesfield SK10 9TT", "Cardalon XR"),
    ("Halvard Health UK Ltd", "Halvard", "Halvard Place, Uxbridge UB8 1QQ", "Lumerel"),
    ("Trenholm Pharma Ltd", "Trenholm", "3 Kings Yard, Cambridge CB4 0WS", "Ostevra"),
    ("Quillon Medical UK Ltd", "Quillon", "Quillon Building, Hatfield AL10 9SN", "Dermacyte"),
    ("Brightwater Biosciences (UK) Limited", "Brightwater", "Brightwater Court, Marlow SL7 1HZ", "Ferrivel"),
    ("Aldermoor Life Sciences Ltd", "Aldermoor", "12 Canal Wharf, Leeds LS11 5PY", "Renatrol"),
    ("Sennet Pharma UK Ltd", "Sennet", "Sennet House, Weybridge KT13 0NY", "Migrastat"),
    ("Varrick Healthcare Ltd", "Varrick", "Varrick Centre, Stockley Park UB11 1AF", "Tensivar"),
]

F, W = "fail", "warn"
# id, type, fmt, nhs idx, co idx, area, style, defects, extra
SPECS = [
    ("p01", "pid", "docx", 0, 0, "copd", "form", {}, {}),
    ("p02", "pid", "pdf", 1, 1, "t2d", "narr", {"exit-strategy": (F, 0), "measurable-outcomes": (W, 0)}, {}),
    ("p03", "pid", "pdf", 2, 2, "af", "narr2col", {}, {}),
    ("p04", "pid", "docx", 3, 1, "t2d", "form", {"sales-roles": (F, 0), "promotional-language": (F, 0)}, {}),
    ("p05", "pid", "pdf", 4, 3, "hf", "narr", {"confidentiality": (W, 0), "data-protection": (F, 0)}, {}),
    ("p06", "pid", "docx", 5, 4, "osteo", "narr", {}, {}),
    ("p07", "pid", "pdf", 6, 5, "psoriasis", "form", {"resource-contributions": (F, 0), "transparency": (F, 0)}, {}),
    ("p08", "pid", "docx", 7, 9, "htn", "narr", {"patient-benefit": (F, 0), "measurable-outcomes": (F, 0)}, {}),
    ("p09", "pid", "pdf", 8, 7, "ckd", "narr2col", {"exit-strategy": (F, 1), "data-protection": (W, 1)}, {}),
    ("p10", "pid", "docx", 9, 6, "ida", "form", {}, {}),
    ("a01", "agreement", "docx", 10, 2, "lipids", "contract", {}, {}),
    ("a02", "agreement", "pdf", 11, 0, "asthma", "contract", {"legal-entities": (F, 0), "confidentiality": (F, 0)}, {}),
    ("a03", "agreement", "pdf", 12, 8, "migraine", "contract", {}, {}),
    ("a04", "agreement", "docx", 0, 3, "hf", "contract", {"confidentiality": (F, 1), "transparency": (F, 1)}, {}),
    ("a05", "agreement", "pdf", 14, 9, "htn", "contract", {"legal-entities": (F, 1), "exit-strategy": (F, 2)}, {}),
    ("a06", "agreement", "docx", 13, 7, "ckd", "contract", {}, {}),
    ("a07", "agreement", "docx", 1, 4, "osteo", "contract", {"sales-roles": (W, 0), "measurable-outcomes": (W, 1)}, {}),
    ("a08", "agreement", "pdf", 15, 5, "psoriasis", "contract", {"data-protection": (W, 0), "resource-contributions": (F, 1)}, {}),
    ("a09", "agreement", "docx", 6, 1, "t2d", "contract", {"legal-entities": (F, 2), "promotional-language": (F, 0)}, {}),
    ("a10", "agreement", "pdf", 3, 6, "ida", "contract", {}, {}),
    ("e01", "executive-summary", "pdf", 8, 0, "copd", "es", {}, {"esdata": True}),
    ("e02", "executive-summary", "docx", 5, 8, "migraine", "es", {}, {"esdata": False}),
    ("e03", "executive-summary", "docx", 10, 7, "lipids", "es", {"transparency": (F, 2), "resource-contributions": (F, 2)}, {"esdata": False}),
    ("e04", "executive-summary", "pdf", 12, 2, "af", "es", {"data-protection": (F, 1), "sales-roles": (F, 1)}, {"esdata": True}),
    ("e05", "executive-summary", "docx", 7, 9, "htn", "es", {"patient-benefit": (F, 2)}, {"esdata": True}),
    ("c01", "concept-framework", "docx", 2, 4, "osteo", "cf", {}, {}),
    ("c02", "concept-framework", "pdf", 14, 1, "t2d", "cf", {"resource-contributions": (F, 2), "promotional-language": (F, 0), "patient-benefit": (F, 1)}, {}),
    ("c03", "concept-framework", "docx", 11, 3, "hf", "cf", {"sales-roles": (F, 0)}, {}),
    ("o01", "outcomes-summary", "pdf", 4, 6, "ida", "out", {}, {}),
    ("o02", "outcomes-summary", "docx", 9, 5, "psoriasis", "out", {"measurable-outcomes": (W, 0), "transparency": (F, 0)}, {}),
    ("o03", "outcomes-summary", "pdf", 13, 2, "af", "out", {"promotional-language": (F, 2), "measurable-outcomes": (F, 1)}, {}),
    ("m01", "amendment", "docx", 1, 0, "copd", "amd", {"sales-roles": (F, 2)}, {}),
]

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
RULES = list(APPLIES)

NOTES = {
    ("exit-strategy", 0): "exit strategy is only a TBC placeholder",
    ("exit-strategy", 1): "only start/end dates plus termination of a previous, unrelated contract (near-miss); no exit plan",
    ("exit-strategy", 2): "termination clause only says the parties will meet to discuss next steps",
    ("confidentiality", 0): "confidentiality is a placeholder '[to be inserted by legal]'",
    ("confidentiality", 1): "confidentiality expressly not provided for (negated)",
    ("data-protection", 0): "company analyst extracts identifiable patient lists into company database",
    ("data-protection", 1): "patient-level data shared between partners with no protection stated",
    ("resource-contributions", 0): "NHS contribution only 'as required'",
    ("resource-contributions", 1): "NHS party's contribution 'TBC' in the schedule",
    ("resource-contributions", 2): "only the company's contribution is stated",
    ("legal-entities", 0): "a party is an individual consultant, not an organisation",
    ("legal-entities", 1): "a party is a PCN with no contracting vehicle (no lead practice/legal entity)",
    ("legal-entities", 2): "a party is a clinical team within a Trust, not the Trust",
    ("promotional-language", 0): "switching to a named brand, 'best-in-class', increase uptake",
    ("promotional-language", 2): "'gold standard' brand claim and initiations of the brand as a result",
    ("sales-roles", 0): "Key Account Manager sits on the project team/steering group",
    ("sales-roles", 1): "Regional Business Manager is a steering group member",
    ("sales-roles", 2): "amendment adds an Area Sales Manager to the steering group",
    ("patient-benefit", 0): "patient benefit stated as N/A (efficiency only)",
    ("patient-benefit", 1): "the only stated benefit is uptake of a product",
    ("patient-benefit", 2): "benefits listed are for the NHS (capacity, cost) only, none for patients",
    ("measurable-outcomes", 0): "outcomes only 'monitored and reported', no measures/targets",
    ("measurable-outcomes", 1): "only qualitative expectations / measures to be confirmed",
    ("transparency", 0): "marked internal - not for publication",
    ("transparency", 1): "publication only at the company's discretion",
    ("transparency", 2): "no publication or disclosure commitment at all",
}
WARN_NOTES = {
    "confidentiality": "bare 'Confidentiality: standard terms'",
    "data-protection": "bare 'GDPR compliant' / outdated Data Protection Act 1998 only",
    "sales-roles": "Regional Sales Manager named only as a logistics contact, not in the team",
    "measurable-outcomes": "outcomes only qualitative, no numbers/targets",
}


def labels_for(spec):
    did, typ, fmt, _n, _c, _a, _s, defects, extra = spec
    out, notes = {}, []
    for r in RULES:
        if typ not in APPLIES[r] or (r == "data-protection" and typ == "executive-summary" and not extra.get("esdata")):
            out[r] = "n/a"
        elif r in defects:
            o, v = defects[r]
            out[r] = o
            if o == "warn":
                notes.append(f"{r}: warn - {WARN_NOTES[r]}")
            else:
                if r == "measurable-outcomes" and o == "fail":
                    notes.append(f"{r}: fail - KPIs/measures only 'TBC' or 'to be confirmed'")
                else:
                    notes.append(f"{r}: fail - {NOTES[(r, v)]}")
        else:
            out[r] = "pass"
    if typ == "executive-summary" and not extra.get("esdata"):
        notes.append("data-protection n/a: the summary does not mention patient data, records or data sharing")
    return out, "; ".join(notes) or "all applicable rules pass"
