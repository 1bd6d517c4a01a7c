"""Generator for the tuning11a labelled test set (author 26).

Usage:
  /work/venv/bin/python tuning11a_build.py          # write documents/, labels.json, README.md
  /work/venv/bin/python tuning11a_build.py --check  # re-open every file and verify key text
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning11a_common import RULES  # noqa: E402
from tuning11a_render import extract_text, normalise, render_docx, render_pdf  # noqa: E402
import tuning11a_docs_a, tuning11a_docs_b, tuning11a_docs_c  # noqa: E402,E401
import tuning11a_docs_d, tuning11a_docs_e, tuning11a_docs_f  # noqa: E402,E401

SPLIT = "dev"
DOC_DIR = os.path.join(HERE, "documents")


def all_docs():
    docs = []
    for mod in (tuning11a_docs_a, tuning11a_docs_b, tuning11a_docs_c,
                tuning11a_docs_d, tuning11a_docs_e, tuning11a_docs_f):
        docs.extend(f() for f in mod.DOCS)
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    return docs


def build_labels(docs):
    out = {}
    for d in docs:
        out[d["file"]] = {"type": d["type"], "error": None, "split": SPLIT, "notes": d["notes"],
                          "outcomes": {r: d["outcomes"][r] for r in RULES}}
    return out


def counts_table(labels):
    rows = ["| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        rows.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    return "\n".join(rows)


def write_readme(labels):
    types = Counter(v["type"] for v in labels.values())
    fmts = Counter(f.rsplit(".", 1)[1] for f in labels)
    clean = sum(1 for v in labels.values()
                if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    by_type = "\n".join("- %s: %d" % (t, n) for t, n in sorted(types.items()))
    text = """# tuning11a - labelled test set (author 26)

Independent document set for jwreview. Split: `dev` for every document. All names of
organisations, people, products and brands are invented.

## Focus
CONFIDENTIALITY, TRANSPARENCY and EXIT, done well (paraphrased without the obvious keywords:
"neither organisation will pass on what it learns", "a lay summary will be placed on the
company's website", "winding down", "mainstreaming and withdrawal") and badly (confidentiality only
in a footer marking or a glossary definition, promised "in due course", one-sided, lapsing after six
months, overridden by a "notwithstanding" clause, or "act professionally"; transparency only about an
earlier phase, at the company's discretion, internal audiences only, or "will consider ways";
exit only by material breach, only an expiry date, "discuss next steps", "see Appendix C" with no
appendix, negated, or a closure that says nothing about patients). A few defects in other rules
(sales-roles, promotional-language, legal-entities, data-protection, resource-contributions,
measurable-outcomes).

## Counts
Documents: %d (%s); fully compliant: %d.

By type:
%s

Outcomes per rule:

%s

## Regenerate and check
    cd /work/main/tuning11a
    /work/venv/bin/python tuning11a_build.py
    /work/venv/bin/python tuning11a_build.py --check

The generator is deterministic (no randomness); `--check` re-opens every file with python-docx /
pypdf and verifies that each document's key phrases are present and that labels.json matches.
Modules: tuning11a_build.py (driver), tuning11a_render.py (docx/pdf), tuning11a_common.py
(label defaults), tuning11a_docs_[a-f].py (document content, 4 each).
""" % (len(labels), ", ".join("%d .%s" % (n, f) for f, n in sorted(fmts.items())), clean,
       by_type, counts_table(labels))
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(text)


def generate():
    os.makedirs(DOC_DIR, exist_ok=True)
    docs = all_docs()
    for d in docs:
        path = os.path.join(DOC_DIR, d["file"])
        model = {"meta": d["meta"], "blocks": d["blocks"]}
        if path.endswith(".docx"):
            render_docx(model, path)
        else:
            render_pdf(model, path)
    labels = build_labels(docs)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    write_readme(labels)
    print("wrote %d documents" % len(docs))
    print(counts_table(labels))


def check():
    docs = all_docs()
    with open(os.path.join(HERE, "labels.json")) as fh:
        labels = json.load(fh)
    problems = []
    if set(labels) != {d["file"] for d in docs}:
        problems.append("labels.json file set differs from generator")
    on_disk = set(os.listdir(DOC_DIR))
    if on_disk != {d["file"] for d in docs}:
        problems.append("documents/ differs: %s" % sorted(on_disk ^ {d["file"] for d in docs}))
    for d in docs:
        path = os.path.join(DOC_DIR, d["file"])
        if not os.path.exists(path):
            problems.append("missing " + d["file"])
            continue
        text = normalise(extract_text(path))
        for phrase in d["key"]:
            if normalise(phrase) not in text:
                problems.append("%s: key text not found: %r" % (d["file"], phrase))
        # also every heading must be present
        for block in d["blocks"]:
            if block[0] in ("h1", "title") and normalise(block[1]) not in text:
                problems.append("%s: heading not found: %r" % (d["file"], block[1]))
        if labels.get(d["file"], {}).get("outcomes") != {r: d["outcomes"][r] for r in RULES}:
            problems.append("%s: labels.json outcomes differ" % d["file"])
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d documents: %s" % (len(docs), "OK" if not problems else "%d problems" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
