"""Deterministic generator for the tuning6b labelled set.

Usage (from /work/main):  /work/venv/bin/python tuning6b/make_tuning6b.py [--check]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from t6b_docs import DOCS  # noqa: E402
from t6b_render import write_docx, write_pdf, read_text  # noqa: E402

OUT = os.path.join(HERE, "documents")

README = """# tuning6b

20 fictional NHS-industry joint working documents (7 pid, 6 agreement, 3 executive-summary,
2 concept-framework, 2 outcomes-summary; 10 .docx, 10 .pdf, some two-column or with running
headers/footers), written independently to stress resource-contributions, patient-benefit,
exit-strategy, measurable-outcomes and legal-entities in unusual forms. Labels follow
docs/RULES-SEMANTICS.md; `notes` in labels.json explains every non-pass label and where it sits.

Regenerate: `/work/venv/bin/python tuning6b/make_tuning6b.py` (from /work/main).
Verify text extraction: add `--check`.
"""


def norm(t):
    t = t.replace("\u2019", "'")
    return re.sub(r"\s+", " ", t).strip().lower()


def generate():
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for d in DOCS:
        path = os.path.join(OUT, d["fname"])
        if d["fname"].endswith(".docx"):
            write_docx(path, d["title"], d["sections"])
        else:
            write_pdf(path, d["title"], d["sections"], **d["pdf"])
        labels[d["fname"]] = {"type": d["type"], "error": None, "split": "dev",
                              "outcomes": d["outcomes"], "notes": d["notes"]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(README)
    print("wrote %d documents" % len(DOCS))


def check():
    bad = 0
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    for d in DOCS:
        path = os.path.join(OUT, d["fname"])
        text = norm(read_text(path))
        for phrase in d["check"]:
            if norm(phrase) not in text:
                bad += 1
                print("MISSING in %s: %r" % (d["fname"], phrase))
        if labels.get(d["fname"], {}).get("outcomes") != d["outcomes"]:
            bad += 1
            print("LABEL MISMATCH %s" % d["fname"])
    print("check: %d problems" % bad)
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
