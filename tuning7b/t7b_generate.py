"""Generator for the tuning7b labelled set.

Usage:
  /work/venv/bin/python t7b_generate.py          # write documents/, labels.json, README.md
  /work/venv/bin/python t7b_generate.py --check  # re-open every file and verify its text and labels
Deterministic: no randomness; PDFs are written with reportlab's invariant mode.
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t7b_docs_agr as A  # noqa: E402
import t7b_docs_agr_b as A2  # noqa: E402
import t7b_docs_es_cf as EC  # noqa: E402
import t7b_docs_out_amd as OA  # noqa: E402
import t7b_docs_pid_a as PA  # noqa: E402
import t7b_docs_pid_b as PB  # noqa: E402
from t7b_render import block_texts, extract_text, squash, write_docx, write_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
SPLIT = "dev"
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
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment",
                    "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
BUILDERS = [PA.pid_01, PA.pid_02, PA.pid_03, PA.pid_04, PB.pid_05, PB.pid_06, PB.pid_07, PB.pid_08,
            A.agr_01, A.agr_02, A.agr_03, A2.agr_04, A2.agr_05,
            EC.es_01, EC.es_02, EC.es_03, EC.es_04, EC.cf_01, EC.cf_02,
            OA.out_01, OA.out_02, OA.out_03, OA.out_04, OA.amd_01]


def all_docs():
    docs = [b() for b in BUILDERS]
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    for d in docs:
        out = {}
        for r in RULES:
            if r in d["outcomes"]:
                out[r] = d["outcomes"][r]
            elif d["type"] in APPLIES[r]:
                assert not (r == "data-protection" and d["type"] == "executive-summary"), \
                    d["file"] + ": ES must state data-protection explicitly"
                out[r] = "pass"
            else:
                out[r] = "n/a"
            assert out[r] in ("pass", "fail", "warn", "n/a")
            if d["type"] not in APPLIES[r]:
                assert out[r] == "n/a", d["file"] + " " + r
        d["full"] = out
    return docs


def labels(docs):
    return {d["file"]: {"type": d["type"], "error": None, "split": SPLIT, "notes": d["notes"], "outcomes": d["full"]}
            for d in docs}


def tally(docs):
    t = {r: Counter(d["full"][r] for d in docs) for r in RULES}
    lines = ["| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = t[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    return "\n".join(lines)


def readme(docs):
    by_type = Counter(d["type"] for d in docs)
    by_fmt = Counter(d["file"].rsplit(".", 1)[1] for d in docs)
    allpass = sum(1 for d in docs if all(v in ("pass", "n/a") for v in d["full"].values()))
    rows = "\n".join("| %s | %d |" % (k, v) for k, v in sorted(by_type.items()))
    return f"""# tuning7b - independent labelled set (split: {SPLIT})

{len(docs)} documents written by an independent author for evaluating jwreview. All names of
organisations, people, products and brands are invented; any resemblance to real ones is accidental.

## Counts

| type | n |
|---|---|
{rows}

Formats: {by_fmt['docx']} .docx, {by_fmt['pdf']} .pdf (PDFs vary: two-column layouts, ruled tables,
running headers/footers with page numbers). Documents where every applicable rule passes: {allpass}.

## Focus

- exit-strategy said indirectly (sustainability plans, funded posts transferring or ending, patients
  handed back to usual care, decommissioning schedule, notice inside a termination clause) versus
  near-misses (end date only, "next steps will be discussed", termination of a previous contract,
  exit heading with "TBC" / "to be agreed").
- patient-benefit in tables, as patient outcomes, "why this matters" paragraphs and case vignettes,
  versus "N/A", "to be determined", "not assessed", product uptake only, or efficiency-only benefits.
- measurable-outcomes: KPI tables with baselines, targets, data sources and dates versus qualitative
  aims (warn) and "KPIs to be agreed" (fail).
- Style: ICB programme manager / pharma medical-affairs partnership lead; forms with label/value
  tables, bullet points, numbered contract clauses.

## Outcome counts

{tally(docs)}

## Regenerate and check

    /work/venv/bin/python tuning7b/t7b_generate.py
    /work/venv/bin/python tuning7b/t7b_generate.py --check

Modules: t7b_render.py (docx/pdf writers, text extraction), t7b_docs_*.py (document content and
labels), t7b_generate.py (labels.json, README.md, --check). Labels follow docs/RULES-SEMANTICS.md;
the reason for each non-pass label is in the "notes" field of labels.json.
"""


def generate():
    os.makedirs(DOCS, exist_ok=True)
    docs = all_docs()
    for d in docs:
        path = os.path.join(DOCS, d["file"])
        meta = dict(d["meta"], doc_title=d["blocks"][0][1], author="tuning7b")
        (write_pdf if path.endswith(".pdf") else write_docx)(path, meta, d["blocks"])
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels(docs), f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(docs))
    print("wrote %d documents" % len(docs))
    print(tally(docs))


def check():
    docs = all_docs()
    with open(os.path.join(HERE, "labels.json")) as f:
        stored = json.load(f)
    problems = []
    if stored != labels(docs):
        problems.append("labels.json differs from generator")
    present = set(os.listdir(DOCS))
    if present != {d["file"] for d in docs}:
        problems.append("documents/ contents differ: %s" % sorted(present ^ {d['file'] for d in docs}))
    for d in docs:
        path = os.path.join(DOCS, d["file"])
        if not os.path.exists(path):
            continue
        text = squash(extract_text(path))
        missing = [t for t in block_texts(d["blocks"]) if squash(t) not in text]
        if missing:
            problems.append("%s: %d strings missing, e.g. %r" % (d["file"], len(missing), missing[0][:80]))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d documents: %s" % (len(docs), "OK" if not problems else "%d problems" % len(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv else generate())
