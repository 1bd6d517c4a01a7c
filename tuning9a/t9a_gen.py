"""Generator for the tuning9a labelled set. Usage: python t9a_gen.py [--check]"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
import t9a_docs_a, t9a_docs_b, t9a_docs_c  # noqa: E402
from t9a_render import write_docx, write_pdf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")
SPLIT = "dev"
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "pid": set(RULES) - {"legal-entities"},
    "agreement": set(RULES),
    "executive-summary": {"resource-contributions", "promotional-language", "sales-roles", "patient-benefit", "transparency"},
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles", "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"},
}


def specs():
    return (t9a_docs_a.pids() + t9a_docs_a.pids_more() + t9a_docs_b.agreements()
            + t9a_docs_c.summaries() + t9a_docs_c.frameworks() + t9a_docs_c.outcomes())


def outcomes_for(s):
    res = {}
    for r in RULES:
        if r in s["labels"]:
            res[r] = s["labels"][r]
        else:
            res[r] = "pass" if r in APPLIES[s["type"]] else "n/a"
    return res


def build():
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for s in specs():
        path = os.path.join(OUT, s["file"])
        (write_docx if s["fmt"] == "docx" else write_pdf)(s, path)
        labels[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                             "outcomes": outcomes_for(s)}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
        f.write("\n")
    write_readme(labels)
    print("wrote %d documents" % len(labels))


def write_readme(labels):
    types = Counter(v["type"] for v in labels.values())
    fmts = Counter(k.rsplit(".", 1)[1] for k in labels)
    lines = ["# tuning9a - labelled test set for jwreview", "",
             "20 invented NHS / industry collaborative & joint working documents, split `dev`.", "",
             "## Counts", ""]
    lines += ["- %s: %d" % (t, n) for t, n in sorted(types.items())]
    lines += ["- formats: " + ", ".join("%s %d" % kv for kv in sorted(fmts.items())), "",
              "## Focus", "",
              "- patient-benefit: benefits for patients, carers, families, residents, service users, people living "
              "with a condition (tables, objectives, outcomes, 'expected impact', lay summary) vs 'N/A', 'TBC', "
              "NHS/staff-only benefits, product uptake only.",
              "- measurable-outcomes: baselines/targets/dates/sources in tables, bullets and clauses vs qualitative "
              "only (warn) and 'to be agreed' (fail).",
              "- data-protection: identifiable extracts sent to the company, company as controller, placeholder, "
              "bare 'GDPR compliant' (warn).",
              "- Style: GP federation operations manager / small biotech partnerships lead; short, practical.", "",
              "## Regenerate and check", "",
              "    /work/venv/bin/python tuning9a/t9a_gen.py", "    /work/venv/bin/python tuning9a/t9a_gen.py --check", "",
              "Deterministic (no randomness; reportlab invariant mode).", "",
              "All names (organisations, people, products, brands) are invented.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for sec in doc.sections:
            parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def norm(t):
    return re.sub(r"\s+", "", t.replace("\u2019", "'"))


def check():
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    bad = 0
    for s in specs():
        path = os.path.join(OUT, s["file"])
        if s["file"] not in labels or not os.path.exists(path):
            print("MISSING", s["file"]); bad += 1; continue
        text = norm(extract(path))
        for k in s["keys"] + [s["title"]]:
            if norm(k) not in text:
                print("KEY NOT FOUND", s["file"], repr(k)); bad += 1
        if labels[s["file"]]["outcomes"] != outcomes_for(s):
            print("LABEL MISMATCH", s["file"]); bad += 1
    print("check: %d problems, %d documents" % (bad, len(labels)))
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build()
