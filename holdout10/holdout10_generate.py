"""Generate (or --check) the holdout10 document set. Deterministic; no randomness."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import holdout10_docs_pid1 as m1, holdout10_docs_pid2 as m2, holdout10_docs_agr1 as m3  # noqa
import holdout10_docs_agr2 as m4, holdout10_docs_es as m5, holdout10_docs_cf as m6  # noqa
import holdout10_docs_out as m7, holdout10_docs_misc as m8  # noqa
from holdout10_render import render_docx, render_pdf, check_file
from holdout10_common import RULES

OUT = os.path.join(HERE, "documents")
SPLIT = "eval"


def all_docs():
    docs = []
    for m in (m1, m2, m3, m4, m5, m6, m7, m8):
        docs += [v for k, v in sorted(vars(m).items()) if k.startswith("D") and isinstance(v, dict)]
    docs.sort(key=lambda d: d["num"])
    assert [d["num"] for d in docs] == list(range(1, 41)), [d["num"] for d in docs]
    return docs


def labels(docs):
    return {d["file"]: {"type": d["type"], "error": None, "split": SPLIT, "notes": d["notes"],
                        "outcomes": d["outcomes"]} for d in docs}


def readme(docs):
    bytype = Counter(d["type"] for d in docs)
    byfmt = Counter(d["file"].rsplit(".", 1)[1] for d in docs)
    npass = sum(all(v in ("pass", "n/a") for v in d["outcomes"].values()) for d in docs)
    lines = ["# holdout10 - independent evaluation set (split: eval)", "",
             "40 documents drafted in the voice of a health innovation network and an independent "
             "project-management consultancy working for NHS and industry partners: template-heavy "
             "PIDs and agreements with RACI charts, budget, KPI, risk and milestone tables, numbered "
             "clauses, revision tables and signature blocks, plus a few short documents written "
             "in a hurry by the partners themselves.", "",
             "No single rule focus. %d of 40 documents pass every applicable rule; the rest carry "
             "1-3 realistic defects each (vague benefits, placeholders, pointers, clauses that undo "
             "earlier promises, sales roles hidden in governance tables, non-entities as parties)." % npass, "",
             "## Counts", "", "| type | count |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(bytype.items())]
    lines += ["", "| format | count |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(byfmt.items())]
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(d["outcomes"][r] for d in docs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "",
              "    /work/venv/bin/python holdout10/holdout10_generate.py",
              "    /work/venv/bin/python holdout10/holdout10_generate.py --check", "",
              "Modules: holdout10_common.py (label helpers), holdout10_render.py (docx/pdf "
              "renderers and text check), holdout10_docs_*.py (document content).", "",
              "All names of organisations, people, products and brands are invented."]
    return "\n".join(lines) + "\n"


def generate():
    os.makedirs(OUT, exist_ok=True)
    docs = all_docs()
    for d in docs:
        path = os.path.join(OUT, d["file"])
        (render_docx if path.endswith(".docx") else render_pdf)(d, path)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels(docs), f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(docs))
    print("wrote %d documents" % len(docs))


def check():
    docs = all_docs()
    with open(os.path.join(HERE, "labels.json")) as f:
        lab = json.load(f)
    bad = 0
    if lab != json.loads(json.dumps(labels(docs))):
        print("labels.json out of date"); bad += 1
    for d in docs:
        path = os.path.join(OUT, d["file"])
        if not os.path.exists(path):
            print("MISSING", d["file"]); bad += 1; continue
        miss = check_file(d, path)
        if miss:
            bad += 1
            print("FAIL", d["file"], miss[:3])
    print("check: %d problems in %d documents" % (bad, len(docs)))
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
