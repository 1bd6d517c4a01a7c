"""tuning8b generator: writes documents/, labels.json and README.md; --check re-opens every file.

Usage:  /work/venv/bin/python tuning8b/t8b_generate.py [--check]
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

import t8b_render as R  # noqa: E402
import t8b_noise as N  # noqa: E402
from t8b_pids import pid01, pid02, pid03  # noqa: E402
from t8b_pids2 import pid04, pid05, pid06  # noqa: E402
from t8b_agr import agr01, agr02  # noqa: E402
from t8b_agr2 import agr03, agr04  # noqa: E402
from t8b_agr3 import agr05, agr06  # noqa: E402
from t8b_es_cf import es01, es02, es03, cf01, cf02  # noqa: E402
from t8b_out import out01, out02, out03  # noqa: E402

SPLIT = "dev"
BUILDERS = [pid01, pid02, pid03, pid04, pid05, pid06, agr01, agr02, agr03, agr04, agr05, agr06,
            es01, es02, es03, cf01, cf02, out01, out02, out03]
DOCS = os.path.join(HERE, "documents")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def specs():
    out = [b() for b in BUILDERS]
    names = [s["file"] for s in out]
    assert len(set(names)) == len(names)
    return out


def labels(all_specs):
    return {s["file"]: {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                        "outcomes": s["outcomes"]} for s in all_specs}


def readme(all_specs):
    by = Counter((s["type"], s["fmt"]) for s in all_specs)
    lines = ["# tuning8b - long, noisy NHS-industry collaborative working documents", "",
             "Independent labelled set (split `dev`), 20 documents. All organisations, people, products, "
             "journals and brands are invented.", "",
             "## Focus",
             "Long (about 4-8 pages) realistic documents where most content is not evidence: contents "
             "pages, background and epidemiology, references, glossaries, risk registers, Gantt-style "
             "milestone tables, equality impact assessments, governance organograms as tables, minutes "
             "extracts and template appendices. Trap wording sits in that noise (glossary entries defining "
             "'Exit strategy', 'Confidential information', 'Data controller'; a reference titled "
             "'Confidentiality: NHS Code of Practice'; risk rows 'No exit plan agreed - draft by month 3'; "
             "market-share background; a sales director on a distribution list). Labels follow the "
             "documents' commitments, not their vocabulary.", "",
             "## Counts", "", "| type | pdf | docx |", "|---|---|---|"]
    for t in ["pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"]:
        lines.append("| %s | %d | %d |" % (t, by[(t, "pdf")], by[(t, "docx")]))
    lines += ["", "PDFs have a generated table of contents with page numbers, running headers and "
              "footers on every page, ruled tables, and several use two-column pages. DOCX files have "
              "headers/footers with a PAGE field, a typed contents list and Table Grid tables.", "",
              "## Outcome counts per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in N.RULES:
        c = Counter(s["outcomes"][r] for s in all_specs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "", "```",
              "/work/venv/bin/python tuning8b/t8b_generate.py",
              "/work/venv/bin/python tuning8b/t8b_generate.py --check", "```", "",
              "Generation is deterministic (no randomness; reportlab invariant mode, so PDFs are byte-identical; DOCX "
              "text and labels are identical, only zip timestamps inside .docx differ). "
              "`--check` re-opens each file with python-docx / pypdf and verifies that every document's "
              "key evidence phrases are present in the extracted text.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(DOCS, exist_ok=True)
    all_specs = specs()
    for s in all_specs:
        R.write(s, os.path.join(DOCS, s["file"]))
        if s["fmt"] == "docx":
            from docx import Document
            p = os.path.join(DOCS, s["file"])
            d = Document(p)
            fixed = datetime.datetime(2025, 1, 1)
            d.core_properties.created = fixed
            d.core_properties.modified = fixed
            d.core_properties.last_printed = fixed
            d.save(p)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels(all_specs), fh, indent=2, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme(all_specs))
    print("wrote %d documents" % len(all_specs))


def check():
    all_specs = specs()
    with open(os.path.join(HERE, "labels.json")) as fh:
        lab = json.load(fh)
    assert lab == json.loads(json.dumps(labels(all_specs))), "labels.json out of date"
    bad = 0
    for s in all_specs:
        text, pages = R.extract_text(os.path.join(DOCS, s["file"]))
        t = norm(text)
        missing = [k for k in s["keys"] + [s["cover"][1]] if norm(k) not in t]
        words = len(t.split())
        status = "OK" if not missing else "MISSING %s" % missing
        bad += bool(missing)
        print("%-48s %-18s pages=%-4s words=%-5d %s" % (s["file"], s["type"], pages or "-", words, status))
    extra = set(os.listdir(DOCS)) - {s["file"] for s in all_specs}
    if extra:
        print("unexpected files:", sorted(extra))
        bad += 1
    print("check %s" % ("FAILED" if bad else "passed"))
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
