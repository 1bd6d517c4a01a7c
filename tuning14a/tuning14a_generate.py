"""Generate the tuning14a document set (documents/, labels.json, README.md); --check re-reads files.

Usage:  /work/venv/bin/python tuning14a_generate.py [--check]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning14a_common import RULES  # noqa: E402
from tuning14a_render import render_docx, render_pdf, block_texts  # noqa: E402
import tuning14a_docs_a, tuning14a_docs_b, tuning14a_docs_c, tuning14a_docs_d, \
    tuning14a_docs_e, tuning14a_docs_f  # noqa: E402,E401

OUT = os.path.join(HERE, "documents")
SPLIT = "dev"


def all_specs():
    specs = []
    for m in (tuning14a_docs_a, tuning14a_docs_b, tuning14a_docs_c, tuning14a_docs_d,
              tuning14a_docs_e, tuning14a_docs_f):
        specs += [f() for f in m.DOCS]
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    return specs


def labels_for(specs):
    lab = {}
    for s in specs:
        lab[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["outcomes"][r] for r in RULES}}
    return lab


def readme(specs):
    by_type = collections.Counter(s["type"] for s in specs)
    by_fmt = collections.Counter(s["fmt"] for s in specs)
    grid = collections.Counter((s["type"], s["fmt"]) for s in specs)
    clean = sum(1 for s in specs if all(v in ("pass", "n/a") for v in s["outcomes"].values()))
    lines = ["# tuning14a - NHS Scotland / Wales / Northern Ireland joint working set", "",
             "Independent labelled set for jwreview (split: dev). All organisations, people, "
             "products and brands are invented; any resemblance to real bodies is accidental.", "",
             "Focus: joint working between Scottish health boards / HSCPs, Welsh university health "
             "boards and GP clusters, Northern Ireland HSC trusts and a GP federation, community "
             "pharmacy networks, and two invented companies - Corriebank Biologics UK Limited "
             "(vaccines and biosimilars) and Glasnant Respiratory Ltd (respiratory). Documents are "
             "written partly in NHS clinicians' voice and partly by company project managers, with "
             "local vocabulary (CHI number, HSC, cluster lead, NHS board, Personal Data Guardian).", "",
             "## Counts", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in sorted(by_type):
        lines.append("| %s | %d | %d | %d |" % (t, grid[(t, "docx")], grid[(t, "pdf")], by_type[t]))
    lines += ["| all | %d | %d | %d |" % (by_fmt["docx"], by_fmt["pdf"], len(specs)), "",
              "Documents where every applicable rule passes: %d of %d." % (clean, len(specs)), "",
              "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = collections.Counter(s["outcomes"][r] for s in specs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "",
              "    cd /work/main/tuning14a",
              "    /work/venv/bin/python tuning14a_generate.py          # writes documents/, labels.json, README.md",
              "    /work/venv/bin/python tuning14a_generate.py --check  # re-opens every file and verifies its text", "",
              "Generation is deterministic (no randomness; fixed document metadata). PDFs vary layout: "
              "plain, ruled tables, two text columns; all have running headers and page-numbered footers.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(OUT, exist_ok=True)
    specs = all_specs()
    for s in specs:
        p = os.path.join(OUT, s["file"])
        (render_docx if s["fmt"] == "docx" else render_pdf)(s, p)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels_for(specs), f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(specs))
    print("wrote %d documents" % len(specs))


def _norm(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = t.replace("\u2013", "-").replace("\u2014", "-").replace("\u2022", "")
    return re.sub(r"\s+", "", t)


def extract(path, s):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    from pypdf import PdfReader
    r = PdfReader(path)
    keep = []
    for pg in r.pages:
        seen = set()  # running header/footer/page number: drop the first occurrence per page
        for line in pg.extract_text().split("\n"):
            ls = line.strip()
            kind = ("h" if ls == s["header"] else "f" if ls == s["footer"]
                    else "n" if re.fullmatch(r"Page \d+", ls) else None)
            if kind and kind not in seen:
                seen.add(kind)
                continue
            keep.append(line)
    return "\n".join(keep)


def check():
    specs = all_specs()
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    bad = 0
    assert set(lab) == {s["file"] for s in specs}, "labels.json out of date"
    for s in specs:
        path = os.path.join(OUT, s["file"])
        if not os.path.exists(path):
            print("MISSING", s["file"]); bad += 1; continue
        text = _norm(extract(path, s))
        for piece in block_texts(s["blocks"]):
            if _norm(piece) not in text:
                print("NOT FOUND in %s: %r" % (s["file"], piece[:80])); bad += 1
        if lab[s["file"]]["outcomes"] != s["outcomes"]:
            print("LABEL MISMATCH", s["file"]); bad += 1
    print("check: %d documents, %d problems" % (len(specs), bad))
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
