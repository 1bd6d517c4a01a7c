"""Shared helpers for tuning11a document definitions: label defaults and signature blocks."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "pid": {"exit-strategy", "confidentiality", "data-protection", "resource-contributions",
            "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes",
            "transparency"},
    "agreement": set(RULES),
    # data-protection for ES only when patient data is mentioned: pass dp="pass" explicitly
    "executive-summary": {"resource-contributions", "promotional-language", "sales-roles",
                          "patient-benefit", "transparency"},
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles",
                          "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit",
                         "measurable-outcomes", "transparency"},
    "amendment": {"promotional-language", "sales-roles"},
    "unknown": {"promotional-language", "sales-roles"},
}


def labels(doc_type, overrides=None):
    """Every applicable rule defaults to pass, everything else to n/a; overrides win."""
    out = {}
    for rule in RULES:
        out[rule] = "pass" if rule in APPLIES[doc_type] else "n/a"
    for rule, value in (overrides or {}).items():
        if rule not in RULES:
            raise KeyError(rule)
        if rule not in APPLIES[doc_type] and not (doc_type == "executive-summary"
                                                 and rule == "data-protection"):
            raise ValueError("%s does not apply to %s" % (rule, doc_type))
        out[rule] = value
    return out


def sig_table(rows):
    """rows: [(organisation, name, title, date)] -> kv-style signature table rows."""
    table = [["Organisation", "Signed for and on behalf of", "Position", "Date"]]
    for org, name, title, date in rows:
        table.append([org, name + "  ..................", title, date])
    return ("table", table)


def revision_table(rows):
    table = [["Version", "Date", "Author", "Change"]]
    table.extend([list(r) for r in rows])
    return ("table", table)


def doc(file, doc_type, meta, blocks, outcomes, notes, key):
    return {"file": file, "type": doc_type, "meta": meta, "blocks": blocks,
            "outcomes": outcomes, "notes": notes, "key": key}
