"""Generate the tuning3a labelled document set (deterministic).

Run from /work/main:  /work/venv/bin/python tuning3a/make_tuning3a.py [--check]
Labels are derived from the variant chosen for each rule in SPECS (see t3a_parts / t3a_builders),
following docs/RULES-SEMANTICS.md.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from t3a_topics import TOPICS  # noqa: E402
from t3a_builders import (pid_a, pid_b, pid_c, agr_a, agr_b, es_d, cf, out_e, amd,  # noqa: E402
                          unknown_doc)
from t3a_render import render, extract  # noqa: E402

DOCS = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary",
                             "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary",
                    "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
PASS_VARIANTS = {"pass", "lead-practice"}
WARN_VARIANTS = {("confidentiality", "standard"), ("data-protection", "gdpr"), ("data-protection", "1998"),
                 ("sales-roles", "contact"), ("measurable-outcomes", "qual")}

# (rule, variant) -> (short note, text marker that --check looks for)
NOTE = {
    ("exit-strategy", "tbc"): ("exit deferred: 'to be agreed at the first Project Board' / risk-register row 'To be confirmed'", "to be agreed at the first Project Board"),
    ("exit-strategy", "enddate"): ("only an end date plus 'talk about next steps'", "talk about next steps"),
    ("exit-strategy", "discuss"): ("'the Parties will discuss next steps in good faith'; no termination clause", "discuss next steps in good faith"),
    ("exit-strategy", "na"): ("'Exit strategy: N/A - time-limited'", "Exit strategy: N/A"),
    ("confidentiality", "na"): ("'Confidentiality: not applicable' (negation); DP text present but no confidentiality commitment", "Confidentiality: not applicable"),
    ("confidentiality", "insert"): ("clause 7.1 body is '[insert]'", "[insert]"),
    ("confidentiality", "standard"): ("bare 'Confidentiality: standard terms apply.'", "standard terms apply"),
    ("data-protection", "gdpr"): ("bare 'GDPR compliant' only", "GDPR compliant"),
    ("data-protection", "1998"): ("only the outdated Data Protection Act 1998", "Data Protection Act 1998"),
    ("data-protection", "line"): ("company outcomes analyst receives line-level extract with DOB/postcode; DPIA not yet done", "line-level, one row per patient"),
    ("data-protection", "controller"): ("Company is data controller of patient-level data", "act as data controller"),
    ("data-protection", "records"): ("company staff review patient records at practices", "review patient records"),
    ("resource-contributions", "tbc"): ("budget table: every NHS cell 'tbc'", "tbc"),
    ("resource-contributions", "asreq"): ("NHS contribution only 'As required' / 'To follow'", "As required"),
    ("resource-contributions", "oneparty"): ("only the company's contribution is stated; NHS side token/'As required'", ("contributing", "As required", "will fund the project")),
    ("legal-entities", "person"): ("party (1) is an individual consultant", "(\"the Clinician\")"),
    ("legal-entities", "pcn"): ("party is a PCN with no contracting vehicle", "Primary Care Network"),
    ("legal-entities", "ics"): ("party is 'the Fenmarsh Integrated Care System' (ICS, not the ICB)", "Integrated Care System"),
    ("legal-entities", "team"): ("party is a team within the Trust", "Community Services Team"),
    ("promotional-language", "uptake"): ("project framed as increasing uptake/initiations/prescribing of the brand", ("uptake", "initiations on", "prescribing of")),
    ("promotional-language", "claim"): ("brand claim with superlative", ("market-leading", "first and only", "superior efficacy", "best-in-class")),
    ("promotional-language", "jargon"): ("'pull-through for [brand]'", "pull-through"),
    ("sales-roles", "board"): ("Regional Business Manager on the Project Board / project group", "Regional Business Manager"),
    ("sales-roles", "contact"): ("Area Sales Manager listed only as a contact", "Area Sales Manager"),
    ("sales-roles", "deliver"): ("sales role (Territory Manager / KAM / Regional Sales Manager) in delivery", ("Territory Manager", "Key Account Manager")),
    ("sales-roles", "kam"): ("Key Account Manager added to Steering Group", "Key Account Manager"),
    ("patient-benefit", "na"): ("'Patients: N/A'; only NHS/company benefits", "N/A"),
    ("patient-benefit", "tbd"): ("patient benefit 'To be determined'", "To be determined"),
    ("patient-benefit", "uptake"): ("only 'benefit' is uptake/prescribing of the brand", ("increased uptake of", "growth in the prescribing", "growth in prescribing of")),
    ("measurable-outcomes", "qual"): ("outcomes only qualitative ('will be monitored' / 'clinicians felt')", "monitored"),
    ("measurable-outcomes", "tbc"): ("KPIs 'TBC' / 'To follow' placeholders", ("KPIs TBC", "To follow", "KPIs: TBC")),
    ("transparency", "conditional"): ("'may be published if both parties agree' only", "may be published if both parties agree"),
    ("transparency", "discretion"): ("'at the Company's discretion' only", "discretion"),
    ("transparency", "internal"): ("'Internal - not for publication'", "not for publication"),
    ("transparency", "request"): ("summary 'available on request'; results at company's discretion", "available on request"),
}

D, P, M, T = ".docx", ".pdf", ".md", ".txt"
# (file stem, ext, type, builder, topic, variants, extra note, builder kwargs)
SPECS = [
    # ---------------- PIDs
    ("HF optimisation clinics PID v2.3 FINAL", D, "pid", pid_c, "hf", {}, "ICB programme-office style; exit only in risk register row R4; contributions only in budget table; transparency in Communications.", {}),
    ("AF case-finding PID (signed copy)", P, "pid", pid_a, "af", {}, "Clinician first-person prose; exit arrangements only in the FAQ ('What happens to patients if the project stops early'); contributions, confidentiality and publication inside running paragraphs.", {"faq": True}),
    ("Castellan_COPD_PID_certified", P, "pid", pid_b, "copd", {"exit-strategy": "tbc", "sales-roles": "board"}, "Corporate template; Regional Business Manager appears only in Schedule 1 Project Board list.", {}),
    ("South Fenmarsh T2D review - PID", D, "pid", pid_c, "t2d", {"resource-contributions": "tbc", "measurable-outcomes": "qual"}, "RAG table also flags resourcing Red.", {}),
    ("kidney-health-check-PID-draft4", D, "pid", pid_a, "ckd", {"confidentiality": "na", "transparency": "conditional"}, "Clinician voice; data-protection itself is fine (DPIA, controller, aggregate only).", {}),
    ("FLS extension project initiation document", P, "pid", pid_b, "osteo", {"data-protection": "line"}, "Subtle: otherwise complete corporate PID; clause 9.1 sends line-level extract to company analyst.", {}),
    ("Tamsey asthma PID", P, "pid", pid_c, "asthma", {"promotional-language": "uptake", "sales-roles": "board"}, "Objective sentence under Benefits table frames project as uptake of Respivane (patient benefits still stated); RACI has a Regional Business Manager column marked 'Project Board member'.", {}),
    ("Lipids secondary prevention - PID", P, "pid", pid_a, "lipids", {"exit-strategy": "enddate", "data-protection": "gdpr"}, "", {}),
    ("Veloria migraine PID UK-VEL-0417", D, "pid", pid_b, "migraine", {}, "Fully compliant corporate PID; exit via clause 10 + Schedule 5; sales exclusion clause 6.2.", {}),
    ("SMI physical health checks PID", D, "pid", pid_c, "smi", {"sales-roles": "contact", "confidentiality": "standard", "measurable-outcomes": "tbc"}, "Area Sales Manager only in the contacts table.", {}),
    # ---------------- Agreements
    ("Collaborative Working Agreement - COPD Breathing Space", D, "agreement", agr_b, "copd", {}, "Compliant; provisions spread across clauses and Schedules 1-5.", {}),
    ("Kestrel Vale lipids CWA executed", P, "agreement", agr_b, "lipids", {"legal-entities": "lead-practice"}, "Near-miss: PCN contracts through 'the partners of Marsh Lane Surgery acting as lead practice' -> pass.", {}),
    ("Kidney health check - joint working agreement (letter form)", P, "agreement", agr_a, "ckd", {"legal-entities": "person", "data-protection": "1998", "confidentiality": "standard"}, "Plain-English letter agreement made with a named consultant.", {}),
    ("Greater Ashby AF agreement", D, "agreement", agr_b, "af", {"legal-entities": "pcn", "resource-contributions": "oneparty", "exit-strategy": "discuss"}, "Schedule 2: NHS row 'As required'.", {}),
    ("CWA_T2D_Fenmarsh_v5", P, "agreement", agr_b, "t2d", {"legal-entities": "ics", "transparency": "discretion"}, "", {}),
    ("Fracture liaison collaborative working agreement", D, "agreement", agr_b, "osteo", {"exit-strategy": "na", "measurable-outcomes": "qual"}, "", {}),
    ("Ravensholm headache pathway agreement", P, "agreement", agr_b, "migraine", {"confidentiality": "insert", "sales-roles": "kam"}, "KAM in Schedule 3 Steering Group.", {}),
    ("Heart failure joint working agreement 2027", D, "agreement", agr_a, "hf", {"patient-benefit": "uptake", "promotional-language": "claim"}, "'market-leading' brand claim; KPIs are brand uptake; 'Benefit to patients: N/A'.", {}),
    ("Eastmarch SMI agreement", P, "agreement", agr_b, "smi", {"data-protection": "controller", "measurable-outcomes": "tbc", "legal-entities": "team"}, "", {}),
    ("Asthma Right Care - agreement between Trust and Castellan", D, "agreement", agr_a, "asthma", {}, "Compliant agreement in plain-English clinician voice.", {}),
    # ---------------- Executive summaries
    ("af-detection-executive-summary", M, "executive-summary", es_d, "af", {"data-protection": "none"}, "Website narrative; no patient data mentioned -> data-protection n/a.", {"form": "narrative"}),
    ("HF clinics - summary of collaborative working", P, "executive-summary", es_d, "hf", {"data-protection": "pass"}, "Q&A format; mentions patient records so DP applies and passes.", {"form": "qa"}),
    ("COPD executive summary GB-CAS-2291", D, "executive-summary", es_d, "copd", {"data-protection": "none", "resource-contributions": "oneparty"}, "Field table; financial outline names only the company's money.", {"form": "table"}),
    ("Fracture liaison exec summary", P, "executive-summary", es_d, "osteo", {"data-protection": "records", "transparency": "request"}, "", {"form": "narrative"}),
    ("Northmere diabetes project summary for website", D, "executive-summary", es_d, "t2d", {"data-protection": "none", "promotional-language": "claim", "sales-roles": "deliver"}, "'first and only once-weekly' claim; KAM leads delivery.", {"form": "qa"}),
    ("Headache pathway executive summary", D, "executive-summary", es_d, "migraine", {"data-protection": "gdpr", "patient-benefit": "na"}, "Mentions patient data with only 'GDPR compliant' -> warn.", {"form": "table"}),
    ("smi_health_checks_summary", T, "executive-summary", es_d, "smi", {"data-protection": "none", "sales-roles": "contact"}, "Area Sales Manager only as 'local enquiries' contact.", {"form": "narrative"}),
    # ---------------- Concept frameworks
    ("Kidney health - concept framework", D, "concept-framework", cf, "ckd", {}, "Compliant; contributions in two-column table.", {}),
    ("Lipid optimisation concept note", P, "concept-framework", cf, "lipids", {"resource-contributions": "asreq"}, "", {}),
    ("Asthma young people - project concept", D, "concept-framework", cf, "asthma", {"patient-benefit": "tbd", "promotional-language": "jargon"}, "", {}),
    ("FLS concept framework Solent Crest", P, "concept-framework", cf, "osteo", {"sales-roles": "deliver", "resource-contributions": "oneparty"}, "Territory Manager would recruit practices.", {}),
    # ---------------- Outcomes summaries
    ("HF optimisation - summary of project outcomes", P, "outcomes-summary", out_e, "hf", {}, "Compliant; baseline vs achieved table, exit status, lessons learnt.", {}),
    ("AF case-finding outcomes report", D, "outcomes-summary", out_e, "af", {"promotional-language": "claim"}, "Brand claim ('superior efficacy', 'gold standard') in results.", {}),
    ("COPD Breathing Space - outcomes (draft)", P, "outcomes-summary", out_e, "copd", {"measurable-outcomes": "qual", "transparency": "internal"}, "", {}),
    ("Diabetes review outcomes summary", D, "outcomes-summary", out_e, "t2d", {"patient-benefit": "uptake", "promotional-language": "uptake"}, "Headline result is growth in brand prescribing/market share; no patient outcome.", {}),
    ("Migraine clinics project outcomes", P, "outcomes-summary", out_e, "migraine", {"sales-roles": "deliver"}, "Territory Manager and Regional Sales Manager field team did practice engagement.", {}),
    # ---------------- Amendments
    ("kidney-health-check-amendment-2", M, "amendment", amd, "ckd", {}, "Compliant timeline-only amendment.", {}),
    ("Headache pathway PID amendment 2", D, "amendment", amd, "migraine", {"sales-roles": "kam"}, "", {}),
    ("Asthma PID amendment form", P, "amendment", amd, "asthma", {"promotional-language": "uptake"}, "New objective: initiations on Respivane.", {}),
    # ---------------- Unknown
    ("respiratory-network-newsletter-winter", T, "unknown", unknown_doc, "copd", {}, "Newsletter; MSL mention and 'no sales representatives will attend' are near-misses -> pass.", {}),
]


def outcome(rule, dtype, variants):
    if dtype not in APPLIES[rule]:
        return "n/a"
    v = variants.get(rule, "pass")
    if rule == "data-protection" and dtype == "executive-summary" and v == "none":
        return "n/a"
    if v in PASS_VARIANTS:
        return "pass"
    if (rule, v) in WARN_VARIANTS:
        return "warn"
    return "fail"


def build_all():
    out = []
    for i, (stem, ext, dtype, fn, topic, V, extra, kw) in enumerate(SPECS):
        code = f"UK-CW-{27100 + 7 * i}"
        blocks = fn(TOPICS[topic], V, code, **kw)
        font = "Times-Roman" if i % 3 == 1 else "Helvetica"
        out.append((stem + ext, dtype, V, extra, blocks, font))
    return out


def labels_for(name, dtype, V, extra):
    oc = {r: outcome(r, dtype, V) for r in RULES}
    notes = [f"{r}={oc[r]}: {NOTE[(r, V[r])][0]}" for r in RULES if oc[r] in ("fail", "warn")]
    return {"type": dtype, "error": None, "split": "dev", "outcomes": oc,
            "notes": "; ".join(notes + ([extra] if extra else [])) or "fully compliant"}


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def check(docs):
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    bad = 0
    per_type, per_fmt, per_rule = Counter(), Counter(), defaultdict(Counter)
    for name, dtype, V, extra, blocks, font in docs:
        path = os.path.join(DOCS, name)
        got = extract(path)
        pages = None
        if isinstance(got, tuple):
            got, pages = got
        text = norm(got)
        probes = [v[:40] for k, v in blocks if k in ("p", "h", "title") and v]
        for r, v in V.items():
            if (r, v) in NOTE and outcome(r, dtype, V) in ("fail", "warn"):
                probes.append(NOTE[(r, v)][1])
        missing = [p for p in probes if not any(norm(x) in text for x in ((p,) if isinstance(p, str) else p))]
        if missing:
            bad += 1
            print("MISSING in", name, missing[:3])
        words = len(got.split())
        if name not in labels or labels[name]["type"] != dtype:
            bad += 1
            print("LABEL MISMATCH", name)
        per_type[dtype] += 1
        per_fmt[os.path.splitext(name)[1]] += 1
        for r, o in labels[name]["outcomes"].items():
            per_rule[r][o] += 1
        print(f"  ok {name:70s} words={words:5d}" + (f" pages={pages}" if pages else ""))
    print("types:", dict(per_type))
    print("formats:", dict(per_fmt))
    for r in RULES:
        print(f"  {r:24s}", dict(per_rule[r]))
    print("problems:", bad)
    return bad


def main():
    docs = build_all()
    if "--check" in sys.argv:
        sys.exit(1 if check(docs) else 0)
    os.makedirs(DOCS, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    labels = {}
    for name, dtype, V, extra, blocks, font in docs:
        render(blocks, os.path.join(DOCS, name), font)
        labels[name] = labels_for(name, dtype, V, extra)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    print(f"wrote {len(docs)} documents and labels.json")


if __name__ == "__main__":
    main()
