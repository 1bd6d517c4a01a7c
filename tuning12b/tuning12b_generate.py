"""Generate the tuning12b document set (author 30) or check it.

Usage:
  /work/venv/bin/python tuning12b/tuning12b_generate.py          # write documents, labels, README
  /work/venv/bin/python tuning12b/tuning12b_generate.py --check  # re-open files and verify text
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tuning12b_docs_a as A  # noqa: E402
import tuning12b_docs_b as B  # noqa: E402
import tuning12b_docs_c as C  # noqa: E402
import tuning12b_docs_d as D  # noqa: E402
import tuning12b_docs_e as E  # noqa: E402
import tuning12b_docs_f as F  # noqa: E402
from tuning12b_common import RULES  # noqa: E402
from tuning12b_render import extract_text, render_docx, render_pdf, spec_text, squash  # noqa: E402

DOCS = [A.d01, A.d02, A.d03, A.d04, B.d05, B.d06, B.d07, B.d08, C.d09, C.d10, C.d11, C.d12,
        D.d13, D.d14, D.d15, D.d16, E.d17, E.d18, E.d19, E.d20, F.d21, F.d22, F.d23, F.d24]
OUT = os.path.join(HERE, "documents")
SPLIT = "dev"


def specs():
    return [f() for f in DOCS]


def labels_for(all_specs):
    lab = {}
    for s in all_specs:
        lab[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["outcomes"][r] for r in RULES}}
    return lab


def readme(all_specs):
    by_type = collections.Counter(s["type"] for s in all_specs)
    by_fmt = collections.Counter(s["file"].rsplit(".", 1)[1] for s in all_specs)
    tally = {r: collections.Counter(s["outcomes"][r] for s in all_specs) for r in RULES}
    allpass = sum(1 for s in all_specs if all(v in ("pass", "n/a") for v in s["outcomes"].values()))
    lines = ["# tuning12b - labelled document set (author 30)", "",
             "24 invented NHS-industry collaborative working documents, split `dev`.", "",
             "Focus: data protection, resource contributions and legal entities - many realistic "
             "ways of getting them wrong that a careful compliance reviewer would flag but a "
             "keyword reader would pass (partial data-flow protection, 'anonymised' data that is "
             "identifiable, pseudonymised extracts with the key on the company side, funded nurse "
             "with system access and no DP framework, DPIA 'if required', NHS contribution given "
             "only as 'support'/'commitment'/'access to patients', contributions in a missing "
             "schedule/appendix, blank or '—' table rows, parties that are an individual, team, "
             "clinical network, PCN without lead practice or programme board), plus documents "
             "where the same requirements are met in unusual wording (Q&A boxes, 'What each party "
             "brings' schedules, cover tables with company numbers, lead practice for a PCN).", "",
             "## Counts", "", "| type | n |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(by_type.items())]
    lines += ["", "| format | n |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(by_fmt.items())]
    lines += ["", "Documents where every applicable rule passes: %d of %d." % (allpass, len(all_specs)),
              "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = tally[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "",
              "    /work/venv/bin/python tuning12b/tuning12b_generate.py",
              "    /work/venv/bin/python tuning12b/tuning12b_generate.py --check", "",
              "Deterministic (no randomness; fixed document metadata). Labels follow "
              "docs/RULES-SEMANTICS.md; `notes` explains every non-pass outcome.", "",
              "All names of organisations, people, products and brands are invented.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(OUT, exist_ok=True)
    all_specs = specs()
    names = [s["file"] for s in all_specs]
    assert len(set(names)) == len(names)
    for s in all_specs:
        path = os.path.join(OUT, s["file"])
        (render_docx if path.endswith(".docx") else render_pdf)(s, path)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels_for(all_specs), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme(all_specs))
    print("wrote %d documents to %s" % (len(all_specs), OUT))


def check():
    all_specs = specs()
    with open(os.path.join(HERE, "labels.json")) as fh:
        lab = json.load(fh)
    problems = []
    if lab != json.loads(json.dumps(labels_for(all_specs))):
        problems.append("labels.json differs from generator")
    for s in all_specs:
        path = os.path.join(OUT, s["file"])
        if not os.path.exists(path):
            problems.append("missing " + s["file"])
            continue
        raw = extract_text(path)
        full = squash(raw)
        # running headers/footers interrupt text at page breaks: drop those whole lines
        lines = [ln for ln in raw.split("\n")
                 if not re.fullmatch(r"Page \d+", ln.strip())
                 and ln.strip() not in (s.get("header", "").strip(), s.get("footer", "").strip())]
        got = squash("\n".join(lines))
        for k in s["keys"]:
            if squash(k) not in full:
                problems.append("%s: key text not found: %r" % (s["file"], k))
        # every heading and paragraph must also be present
        for line in spec_text(s).split("\n"):
            if line.strip() and squash(line) not in got:
                problems.append("%s: text not found: %r" % (s["file"], line[:60]))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d documents: %s" % (len(all_specs), "OK" if not problems else
                                         "%d problems" % len(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
