"""holdout6 generator: writes documents/, labels.json and README.md; --check re-reads files.

Usage: /work/venv/bin/python holdout6_gen.py [--check]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from holdout6_common import RULES  # noqa: E402
from holdout6_render import render, block_texts  # noqa: E402
from holdout6_pids import pids  # noqa: E402
from holdout6_pids2 import pids2  # noqa: E402
from holdout6_agr import agreements  # noqa: E402
from holdout6_agr2 import agreements2  # noqa: E402
from holdout6_agr3 import agreements3  # noqa: E402
from holdout6_es_cf import es_cf  # noqa: E402
from holdout6_out_misc import out_misc  # noqa: E402

SPLIT = "eval"
DOCS_DIR = os.path.join(HERE, "documents")


def all_specs():
    specs = pids() + pids2() + agreements() + agreements2() + agreements3() + es_cf() + out_misc()
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    return sorted(specs, key=lambda s: s["file"])


def labels(specs):
    out = {}
    for s in specs:
        out[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["outcomes"][r] for r in RULES}}
    return out


def readme(specs):
    by_type = Counter(s["type"] for s in specs)
    by_fmt = Counter(s["fmt"] for s in specs)
    tf = Counter((s["type"], s["fmt"]) for s in specs)
    lines = ["# holdout6 – independent evaluation set (author 28)", "",
             "%d documents, split `%s` for every file. All organisations, people, products and "
             "brands are invented (all names invented)." % (len(specs), SPLIT), "",
             "## Focus", "",
             "No single focus: a year of mixed NHS–industry collaborative working paperwork as a "
             "pharmaceutical compliance team would receive it – careful and hurried authors, forms "
             "with label/value tables, numbered clauses, narrative reports, two-column layouts, cover "
             "and contents pages, glossaries, revision tables, signature blocks, running headers and "
             "footers. About a third of documents pass every applicable rule; the rest carry 1–3 "
             "realistic defects, and every rule is flagged in at least five documents.", "",
             "## Counts", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in sorted(by_type):
        lines.append("| %s | %d | %d | %d |" % (t, tf[(t, "docx")], tf[(t, "pdf")], by_type[t]))
    lines.append("| **all** | %d | %d | %d |" % (by_fmt["docx"], by_fmt["pdf"], len(specs)))
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |",
              "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(s["outcomes"][r] for s in specs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    allpass = sum(1 for s in specs if all(v in ("pass", "n/a") for v in s["outcomes"].values()))
    lines += ["", "Documents where every applicable rule passes: %d." % allpass, "",
              "## Regenerate and check", "",
              "```", "cd /work/main/holdout6", "/work/venv/bin/python holdout6_gen.py",
              "/work/venv/bin/python holdout6_gen.py --check", "```", "",
              "Generation is deterministic (no randomness); labels follow docs/RULES-SEMANTICS.md. "
              "`--check` re-opens every file with python-docx / pypdf and verifies that every "
              "paragraph, list item and table cell of the spec is present in the extracted text.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(DOCS_DIR, exist_ok=True)
    specs = all_specs()
    for s in specs:
        render(s, os.path.join(DOCS_DIR, s["file"]))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels(specs), f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(specs))
    print("wrote %d documents" % len(specs))


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for sec in d.sections:
            parts += [p.text for p in sec.header.paragraphs + sec.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def norm(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", t)


def check():
    specs = all_specs()
    lab = json.load(open(os.path.join(HERE, "labels.json")))
    bad = 0
    assert set(lab) == {s["file"] for s in specs}, "labels.json does not match specs"
    present = set(os.listdir(DOCS_DIR))
    for s in specs:
        if s["file"] not in present:
            print("MISSING", s["file"])
            bad += 1
            continue
        raw = text = norm(extract(os.path.join(DOCS_DIR, s["file"])))
        # running headers/footers can fall inside a paragraph split across pages
        if s.get("header"):
            text = text.replace(norm(s["header"]), "")
        if s.get("footer") is not None:
            foot = re.escape(norm(s["footer"] + ("  |  " if s["footer"] else ""))) + r"Page\d+"
            text = re.sub(foot, "", text)
        for want in block_texts(s):
            if norm(want) not in text and norm(want) not in raw:
                print("NOT FOUND in %s: %r" % (s["file"], want[:70]))
                bad += 1
        assert lab[s["file"]]["outcomes"] == s["outcomes"]
    extra = present - {s["file"] for s in specs}
    if extra:
        print("EXTRA files:", sorted(extra))
        bad += len(extra)
    print("check: %d documents, %d problems" % (len(specs), bad))
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
