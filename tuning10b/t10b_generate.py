"""Generator for the tuning10b labelled set (author 24).

Usage:  /work/venv/bin/python t10b_generate.py          # write documents, labels.json, README.md
        /work/venv/bin/python t10b_generate.py --check  # re-open every file and verify key text
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t10b_docs_a as A  # noqa: E402
import t10b_docs_b as B  # noqa: E402
import t10b_docs_c as C  # noqa: E402
import t10b_docs_d as D  # noqa: E402
from t10b_common import RULES  # noqa: E402
from t10b_render import render  # noqa: E402

DOC_DIR = os.path.join(HERE, "documents")
SPLIT = "dev"


def all_specs():
    return [A.doc01(), A.doc02(), A.doc03(), A.doc04(), A.doc05(), A.doc06(),
            B.doc07(), B.doc08(), B.doc09(), B.doc10(), B.doc11(), B.doc12(),
            C.doc13(), C.doc14(), C.doc15(), C.doc16(), C.doc17(), C.doc18(),
            D.doc19(), D.doc20(), D.doc21(), D.doc22(), D.doc23(), D.doc24()]


def norm(text):
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    text = text.replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("&amp;", "&")
    return re.sub(r"\s+", " ", text).strip().lower()


def fragments(spec):
    """Key text to verify: explicit keys plus the opening words of every text block."""
    out = list(spec["keys"])
    for block in spec["blocks"]:
        kind = block[0]
        texts = []
        if kind in ("title", "subtitle", "h1", "h2", "p", "small"):
            texts = [block[1]]
        elif kind in ("bullets", "numbered"):
            texts = list(block[1])
        elif kind == "qa":
            texts = [block[1], block[2]]
        elif kind == "kv":
            texts = [v for row in block[1] for v in row]
        elif kind == "table":
            texts = [v for row in block[1] for v in row]
        for t in texts:
            words = t.split()[:7]
            if words:
                out.append(" ".join(words))
    return out


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def write_readme(specs):
    types = Counter(s["type"] for s in specs)
    fmts = Counter(s["file"].rsplit(".", 1)[1] for s in specs)
    rule_counts = {r: Counter(s["outcomes"][r] for s in specs) for r in RULES}
    lines = ["# tuning10b - labelled dev set (author 24)", "",
             "Focus: unusual shapes and registers - question-and-answer templates, governance "
             "committee submission forms (label/value tables), commitments held only in appendices "
             "or schedules, single-change amendment and variation forms, narrative outcomes "
             "reports, one-page executive summaries, agreements with long defined-terms clauses, "
             "plain-English clinician-written PIDs and dense legalistic documents. PDFs vary "
             "layout (two columns, ruled tables, running 'OFFICIAL - SENSITIVE' headers, page X of "
             "Y, version lines).", "",
             "All organisations, people, products and brands are invented.", "",
             f"Documents: {len(specs)} (split: {SPLIT}). Fully compliant: "
             f"{sum(all(v in ('pass', 'n/a') for v in s['outcomes'].values()) for s in specs)}.", "",
             "| type | count |", "|---|---|"]
    lines += [f"| {t} | {n} |" for t, n in sorted(types.items())]
    lines += ["", "| format | count |", "|---|---|"]
    lines += [f"| {f} | {n} |" for f, n in sorted(fmts.items())]
    lines += ["", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = rule_counts[r]
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    lines += ["", "Regenerate: `/work/venv/bin/python t10b_generate.py`", "",
              "Check: `/work/venv/bin/python t10b_generate.py --check` (re-opens every file with "
              "python-docx / pypdf and verifies key text).", "",
              "Labels follow docs/RULES-SEMANTICS.md; per-document reasons are in labels.json "
              "`notes`.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write("\n".join(lines))


def generate():
    os.makedirs(DOC_DIR, exist_ok=True)
    specs = all_specs()
    labels = {}
    for spec in specs:
        render(spec, os.path.join(DOC_DIR, spec["file"]))
        labels[spec["file"]] = {"type": spec["type"], "error": None, "split": SPLIT,
                                "notes": spec["notes"], "outcomes": spec["outcomes"]}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    write_readme(specs)
    print(f"wrote {len(specs)} documents")


def check():
    specs = all_specs()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    bad = 0
    assert set(labels) == {s["file"] for s in specs}, "labels/doc mismatch"
    for spec in specs:
        path = os.path.join(DOC_DIR, spec["file"])
        text = norm(extract(path))
        missing = [f for f in fragments(spec) if norm(f) not in text]
        assert labels[spec["file"]]["outcomes"] == spec["outcomes"]
        if missing:
            bad += 1
            print(f"FAIL {spec['file']}: {len(missing)} missing, e.g. {missing[:3]}")
    print(f"checked {len(specs)} documents, {bad} with problems")
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
