"""Document-specific front matter (version history) and abbreviation lists for longer document types."""
import re

ABBR = {"WTE": "whole-time equivalent", "DPIA": "data protection impact assessment", "PAS": "patient administration system",
        "EPR": "electronic patient record", "ICB": "integrated care board", "NICE": "National Institute for Health and Care Excellence",
        "PA": "programmed activity (a four-hour block of consultant time)", "PAs": "programmed activities", "SUS": "Secondary Uses Service",
        "COPD": "chronic obstructive pulmonary disease", "EIP": "early intervention in psychosis", "LD": "learning disability",
        "ED": "emergency department", "DMO": "diabetic macular oedema", "AMD": "age-related macular degeneration",
        "SLT": "speech and language therapist", "MSL": "medical science liaison", "HFrEF": "heart failure with reduced ejection fraction",
        "AF": "atrial fibrillation", "PEST": "Psoriasis Epidemiology Screening Tool", "FT": "foundation trust",
        "LeDeR": "Learning from Lives and Deaths review programme", "PCN": "primary care network", "ECG": "electrocardiogram",
        "FTE": "full-time equivalent", "IT": "information technology", "SW": "south west"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AUTHORS = {"pid": ["Project lead", "Service manager", "Partnership governance officer", "Clinical lead"],
           "agreement": ["Contracts officer", "Legal adviser", "Partnership governance officer", "Company compliance reviewer"],
           "outcomes-summary": ["Evaluation lead", "Project lead", "Steering group"]}
CHANGES = {"pid": ["First draft for discussion", "Objectives and measures revised after clinical review",
                   "Governance membership updated", "Comments from information governance incorporated", "Version for approval"],
           "agreement": ["Heads of terms", "First full draft", "Mark-up returned by company", "Clauses agreed at contract meeting", "Execution copy"],
           "outcomes-summary": ["Data extract and first analysis", "Draft reviewed by steering group", "Final for publication sign-off"]}


def enrich(d, idx):
    t = d["type"]
    if t not in CHANGES:
        return d["blocks"]
    n = 3 + idx % 3 if t != "outcomes-summary" else 3
    rows = [["Version", "Date", "Author / reviewer", "Change"]]
    for i in range(n):
        m = idx % 7 + i  # versions one month apart, in date order
        year = (2027 if t == "outcomes-summary" else 2025) + m // 12
        rows.append(["0.%d" % (i + 1) if i < n - 1 else "1.0", "%d %s %d" % (3 + (idx * 7 + i * 9) % 25, MONTHS[m % 12], year),
                     AUTHORS[t][(idx + i) % len(AUTHORS[t])], CHANGES[t][i if i < n - 1 else len(CHANGES[t]) - 1]])
    text = " ".join(v if isinstance(v, str) else " ".join(" ".join(r) if isinstance(r, list) else r for r in v)
                    for _, v in d["blocks"])
    found = [a for a in ABBR if re.search(r"\b%s\b" % re.escape(a), text)]
    blocks = [d["blocks"][0], ("h", "Document control"), ("t", rows)] + d["blocks"][1:]
    if found:
        blocks += [("h", "Abbreviations used in this document"),
                   ("t", [["Term", "Meaning"]] + [[a, ABBR[a]] for a in sorted(found, key=str.lower)])]
    return blocks
