"""Generator for the tuning7a document set.

Usage:
  /work/venv/bin/python t7a_generate.py          # write documents/, labels.json, README.md
  /work/venv/bin/python t7a_generate.py --check  # re-open every file and verify its text
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t7a_agr1, t7a_agr2, t7a_agr3, t7a_other, t7a_outs, t7a_pid1, t7a_pid2  # noqa: E402
from t7a_common import RULES, block_texts, render  # noqa: E402

DOC_DIR = os.path.join(HERE, "documents")
SPLIT = "dev"


def all_specs():
    fns = [t7a_agr1.a1, t7a_agr1.a2, t7a_agr1.a3, t7a_agr1.a4, t7a_agr2.a5, t7a_agr2.a6, t7a_agr2.a7,
           t7a_agr3.a8, t7a_agr3.a9, t7a_pid1.p1, t7a_pid1.p2, t7a_pid1.p3, t7a_pid1.p4, t7a_pid2.p5,
           t7a_pid2.p6, t7a_pid2.p7, t7a_pid2.p8, t7a_other.e1, t7a_other.e2, t7a_other.e3, t7a_other.c1,
           t7a_other.c2, t7a_outs.o1, t7a_outs.o2]
    specs = [f() for f in fns]
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names))
    for s in specs:
        assert s["file"].endswith("." + s["fmt"]), s["file"]
        texts = "".join(_squash(t) for t in block_texts(s["blocks"]) + [s["title"]])
        for k in s["key"]:
            assert _squash(k) in texts, (s["file"], k)
    return specs


def _squash(text):
    return re.sub(r"\s+", "", text)


def labels_for(specs):
    out = {}
    for s in specs:
        out[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["out"][r] for r in RULES}}
    return out


def readme(specs):
    by_type = Counter(s["type"] for s in specs)
    by_fmt = Counter(s["fmt"] for s in specs)
    layouts = Counter(s.get("layout", "-") for s in specs if s["fmt"] == "pdf")
    lines = ["# tuning7a - independent labelled test set (split: dev)", "",
             "24 invented NHS-industry collaborative/joint working documents with labels in `labels.json`.",
             "All names (organisations, people, products, brands, codes) are invented.", "",
             "## Counts", "", "| type | n |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(by_type.items())]
    lines += ["", "Formats: " + ", ".join("%s %d" % kv for kv in sorted(by_fmt.items())) +
              "; PDF layouts: " + ", ".join("%s %d" % kv for kv in sorted(layouts.items())), "",
              "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(s["out"][r] for s in specs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Focus", "",
              "- legal-entities: cover-page party tables, a Schedule of Parties, parties defined only by the "
              "signature block, three/four-party and consortium agreements, a GP partnership and a PCN via its "
              "lead practice (pass) versus an individual consultant, a nursing team and a bare 'PCN' as parties "
              "(fail); a named individual contractor who is expressly not a party (pass).",
              "- resource-contributions: per-party tables by column and by row, in-kind pharmacist/analyst/"
              "venue/equipment contributions, money in words, contributions spread across sections, 'each party "
              "bears its own costs' with and without a stated contribution, one side 'TBC' / 'as required' / "
              "'to be confirmed' / absent (fail).",
              "- Other rules pass and fail incidentally. Style: formal numbered clauses and schedules.", "",
              "## Regenerate and check", "", "```",
              "cd /work/main/tuning7a", "/work/venv/bin/python t7a_generate.py", "/work/venv/bin/python "
              "t7a_generate.py --check", "```", "",
              "Modules: t7a_common.py (rendering, label defaults), t7a_agr1-3.py (agreements), t7a_pid1-2.py "
              "(PIDs), t7a_other.py (ES, CF), t7a_outs.py (outcomes summaries), t7a_generate.py (driver).",
              "No randomness is used; output text and labels are deterministic.", ""]
    return "\n".join(lines)


def generate():
    specs = all_specs()
    os.makedirs(DOC_DIR, exist_ok=True)
    for s in specs:
        render(os.path.join(DOC_DIR, s["file"]), s)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels_for(specs), f, indent=2, sort_keys=True)
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
                parts.extend(c.text for c in row.cells)
        for sec in d.sections:
            parts.extend(p.text for p in sec.header.paragraphs)
            parts.extend(p.text for p in sec.footer.paragraphs)
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def check():
    specs = all_specs()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    problems = []
    if set(labels) != {s["file"] for s in specs}:
        problems.append("labels.json file set differs from specs")
    if labels != labels_for(specs):
        problems.append("labels.json content differs from generator")
    for s in specs:
        path = os.path.join(DOC_DIR, s["file"])
        if not os.path.exists(path):
            problems.append("missing " + s["file"])
            continue
        raw = extract(path)
        if s["fmt"] == "pdf":  # drop running header/footer lines that split paragraphs across pages
            drop = {s["header"], s["footer"], "OFFICIAL"}
            raw = "\n".join(ln for ln in raw.split("\n")
                             if ln.strip() not in drop and not re.fullmatch(r"Page \d+", ln.strip()))
        text = _squash(raw)
        for t in block_texts(s["blocks"]) + s["key"]:
            if _squash(t) not in text:
                problems.append("%s: text not found: %r" % (s["file"], t[:70]))
    for p in problems:
        print("PROBLEM", p)
    print("checked %d documents, %d problems" % (len(specs), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
