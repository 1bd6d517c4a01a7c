"""Generator for the tuning8a labelled set.

Usage:
  /work/venv/bin/python t8a_generate.py          # write documents/, labels.json, README.md
  /work/venv/bin/python t8a_generate.py --check  # re-open every file and verify its text
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t8a_render as R  # noqa: E402
import t8a_pid_a, t8a_pid_b, t8a_agr_a, t8a_agr_b, t8a_es_cf, t8a_out_amd  # noqa: E402,E401

SPLIT = "dev"
OUT = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement"},  # ES handled by the es_data flag
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


def all_docs():
    docs = []
    for m in (t8a_pid_a, t8a_pid_b, t8a_agr_a, t8a_agr_b, t8a_es_cf, t8a_out_amd):
        docs.extend(m.DOCS)
    return docs


def outcomes(spec):
    t = spec["type"]
    res = {}
    for rule in RULES:
        ok = t in APPLIES[rule]
        if rule == "data-protection" and t == "executive-summary":
            ok = bool(spec.get("es_data"))
        res[rule] = "pass" if ok else "n/a"
    for rule, val in spec.get("over", {}).items():
        if res[rule] == "n/a":
            raise ValueError("%s: override of n/a rule %s" % (spec["file"], rule))
        res[rule] = val
    return res


def build_labels(docs):
    labels = {}
    for s in sorted(docs, key=lambda d: d["file"]):
        labels[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT,
                             "notes": s["notes"], "outcomes": outcomes(s)}
    return labels


def readme(docs, labels):
    by_type = Counter(s["type"] for s in docs)
    by_fmt = Counter(s["fmt"] for s in docs)
    tally = {r: Counter(v["outcomes"][r] for v in labels.values()) for r in RULES}
    allpass = sum(1 for v in labels.values()
                  if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    lines = ["# tuning8a - independent labelled set (split: dev)", "",
             "24 documents written by the eighteenth independent author. All names of organisations, "
             "people, products and brands are invented.", "",
             "## Focus", "",
             "Data protection (UK GDPR / DPA 2018 phrased in different ways, DPIA approved or pending, "
             "controller/processor roles, data sharing agreements, pseudonymised vs anonymised extracts, "
             "company receiving identifiable data in indirect wording, bare 'GDPR compliant', the 1998 Act, "
             "a 'TBC' data-protection heading); confidentiality (NDA references, FOI carve-outs, 'commercial "
             "in confidence' used only as a page marking); transparency (website publication, Disclosure UK, "
             "'at the company's discretion', 'on request' only); documents with unusual titles (Project "
             "Brief, Business Case - Joint Working, Heads of Terms, Collaboration Charter, Partnership "
             "Proposal, Close-down Report, Variation No. 2, Change Request, Contract Variation Notice) "
             "labelled by what they are.", "",
             "## Counts", "", "| type | n |", "|---|---|"]
    for t, n in sorted(by_type.items()):
        lines.append("| %s | %d |" % (t, n))
    lines += ["", "| format | n |", "|---|---|"]
    for f, n in sorted(by_fmt.items()):
        lines.append("| %s | %d |" % (f, n))
    lines += ["", "Documents where every applicable rule passes: %d of %d." % (allpass, len(docs)), "",
              "| rule | pass | warn | fail | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = tally[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["warn"], c["fail"], c["n/a"]))
    lines += ["", "## Regenerate and check", "", "```",
              "cd /work/main/tuning8a",
              "/work/venv/bin/python t8a_generate.py",
              "/work/venv/bin/python t8a_generate.py --check", "```", "",
              "The generator is deterministic (no randomness; fixed document metadata). `--check` re-opens "
              "every .docx (python-docx) and .pdf (pypdf) and verifies that every paragraph, list item, "
              "table cell and signature line of the source specification is present in the file.", "",
              "Labels follow docs/RULES-SEMANTICS.md; the `notes` field of each entry explains every "
              "non-pass label and any type decision for unusually titled documents.", "",
              "## Judgement calls", "",
              "- pid_04: confidentiality = fail although its data section keeps patient data inside the "
              "Trust; the only 'confidentiality' is a COMMERCIAL IN CONFIDENCE page marking.",
              "- agr_02 (Heads of Terms, 'subject to contract') is labelled agreement, not unknown.",
              "- out_03: measurable-outcomes = pass on form, although the measures are product-linked.",
              "- es_02 / es_04: data-protection = n/a because neither mentions patient data.", ""]
    return "\n".join(lines)


def generate():
    docs = all_docs()
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for s in docs:
        path = os.path.join(OUT, s["file"])
        (R.write_docx if s["fmt"] == "docx" else R.write_pdf)(s, path)
    labels = build_labels(docs)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(docs, labels))
    print("wrote %d documents" % len(docs))


def check():
    docs = all_docs()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    bad = 0
    if set(labels) != {d["file"] for d in docs}:
        print("labels.json does not match the document list")
        bad += 1
    if build_labels(docs) != labels:
        print("labels.json differs from the specification (regenerate)")
        bad += 1
    for s in docs:
        path = os.path.join(OUT, s["file"])
        if not os.path.exists(path):
            print("MISSING FILE", s["file"])
            bad += 1
            continue
        miss = R.check_spec(path, s)
        if miss:
            bad += 1
            print("FAIL", s["file"])
            for m in miss:
                print("   -", m)
    print("check: %d documents, %d problems" % (len(docs), bad))
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
