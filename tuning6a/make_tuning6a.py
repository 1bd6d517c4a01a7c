"""Deterministic generator for the tuning6a labelled set.

Usage (from /work/main):
  /work/venv/bin/python tuning6a/make_tuning6a.py          # write documents, labels.json, README.md
  /work/venv/bin/python tuning6a/make_tuning6a.py --check  # re-open every file and verify text + labels
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from t6a_common import RULES, APPLIES  # noqa: E402
from t6a_render import write_docx, write_pdf, read_text  # noqa: E402
import t6a_pid, t6a_agr, t6a_other  # noqa: E402

OUT = os.path.join(HERE, "documents")
ALL = t6a_pid.DOCS + t6a_agr.DOCS + t6a_other.DOCS

README = """# tuning6a

Independent labelled set of 20 fictional NHS-industry joint working documents
(7 pid, 6 agreement, 3 executive-summary, 2 concept-framework, 2 outcomes-summary; 11 .docx, 9 .pdf).
Focus: resource-contributions, patient-benefit, exit-strategy and measurable-outcomes expressed
indirectly (tables, milestone/risk tables, case studies, 'Company-funded / NHS-funded', hours per month).
All organisations, people and products are invented.

Regenerate: `/work/venv/bin/python tuning6a/make_tuning6a.py` (from /work/main).
Verify: `/work/venv/bin/python tuning6a/make_tuning6a.py --check`.
Labels follow docs/RULES-SEMANTICS.md; see `notes` in labels.json for every non-pass label.
"""


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def labels():
    return {d["name"]: {"type": d["type"], "error": None, "split": "dev",
                        "outcomes": d["outcomes"], "notes": d["notes"]} for d in ALL}


def build():
    os.makedirs(OUT, exist_ok=True)
    for d in ALL:
        path = os.path.join(OUT, d["name"])
        (write_docx if d["name"].endswith(".docx") else write_pdf)(path, d["title"], d["blocks"])
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels(), f, indent=2, sort_keys=True)
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(README)
    print(f"wrote {len(ALL)} documents")


def check():
    bad = 0
    lab = json.load(open(os.path.join(HERE, "labels.json")))
    assert set(lab) == {d["name"] for d in ALL}, "labels/doc mismatch"
    names = [d["name"] for d in ALL]
    assert len(names) == len(set(names))
    for d in ALL:
        txt = norm(read_text(os.path.join(OUT, d["name"])))
        for m in d["must"]:
            if norm(m) not in txt:
                print("MISSING", d["name"], repr(m)); bad += 1
        o = lab[d["name"]]["outcomes"]
        for r in RULES:
            ap = APPLIES[r]
            applies = ap is None or d["type"] in ap
            if r == "data-protection" and d["type"] == "executive-summary":
                applies = bool(re.search(r"patient data|records|data shar|personal data|sharing of patient", txt))
            if applies == (o[r] == "n/a") or o[r] not in ("pass", "fail", "warn", "n/a"):
                print("LABEL", d["name"], r, o[r]); bad += 1
            if o[r] != "pass" and o[r] != "n/a" and r not in d["notes"]:
                print("NOTE", d["name"], r); bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", f"({len(ALL)} documents)")
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build()
