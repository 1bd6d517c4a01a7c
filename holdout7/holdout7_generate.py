"""Generate the holdout7 document set, labels.json and README.md; --check re-reads files.

Usage:  /work/venv/bin/python holdout7_generate.py [--check]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from holdout7_model import RULES  # noqa: E402
from holdout7_render_docx import render_docx  # noqa: E402
from holdout7_render_pdf import render_pdf  # noqa: E402
import holdout7_docs_a, holdout7_docs_b, holdout7_docs_c, holdout7_docs_d  # noqa: E402,E401
import holdout7_docs_e, holdout7_docs_f, holdout7_docs_g, holdout7_docs_h  # noqa: E402,E401
import holdout7_docs_i, holdout7_docs_j  # noqa: E402,E401

OUT = os.path.join(HERE, "documents")
MODULES = [holdout7_docs_a, holdout7_docs_b, holdout7_docs_c, holdout7_docs_d,
           holdout7_docs_e, holdout7_docs_f, holdout7_docs_g, holdout7_docs_h,
           holdout7_docs_i, holdout7_docs_j]


def build_all():
    docs = []
    for m in MODULES:
        for f in m.DOCS:
            docs.append(f())
    docs.sort(key=lambda d: d.num)
    nums = [d.num for d in docs]
    assert len(nums) == len(set(nums)), nums
    return docs


def norm(s):
    return re.sub(r"\s+", "", s).replace("\u2019", "'").lower()


def extract(path):
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
            parts += [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def check(docs):
    bad = 0
    for d in docs:
        path = os.path.join(OUT, d.fname)
        if not os.path.exists(path):
            print("MISSING", d.fname)
            bad += 1
            continue
        text = norm(extract(path))
        auto = [b[1][:80] for b in d.blocks if b[0] in ("h", "p", "cover")]
        keys = auto[:3] + auto[-3:] + d.keys
        for k in keys:
            if norm(k) not in text:
                print("KEY NOT FOUND", d.fname, repr(k))
                bad += 1
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    if sorted(labels) != sorted(d.fname for d in docs):
        print("labels.json does not match document list")
        bad += 1
    print("checked %d documents, %d problems" % (len(docs), bad))
    return bad == 0


def readme(docs):
    by_type = collections.Counter(d.dtype for d in docs)
    by_fmt = collections.Counter(d.ext for d in docs)
    table = collections.defaultdict(collections.Counter)
    for d in docs:
        for r, o in d.outcomes().items():
            table[r][o] += 1
    allpass = sum(1 for d in docs if all(o in ("pass", "n/a") for o in d.outcomes().values()))
    lines = ["# holdout7 - Halvergate Partnerships in Care programme (eval split)", "",
             "Thirty-first independent author set for jwreview. All organisations, people, "
             "products and brands are invented; any resemblance to real bodies is accidental.",
             "", "Focus: the paperwork of one large (invented) pharmaceutical company's UK joint "
             "working programme with many NHS partners - company templates filled in well and "
             "badly by Trusts, ICBs, health boards, councils, a GP federation, a CIC and a "
             "university; long agreements with numbered clauses and schedules; governance "
             "committee submission forms; final outcome reports; amendments and letters.", "",
             "## Counts", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in sorted(by_type):
        n_docx = sum(1 for d in docs if d.dtype == t and d.ext == "docx")
        n_pdf = sum(1 for d in docs if d.dtype == t and d.ext == "pdf")
        lines.append("| %s | %d | %d | %d |" % (t, n_docx, n_pdf, by_type[t]))
    lines += ["| **all** | %d | %d | %d |" % (by_fmt["docx"], by_fmt["pdf"], len(docs)), "",
              "Documents passing every applicable rule: %d of %d." % (allpass, len(docs)), "",
              "## Outcomes per rule", "", "| rule | pass | warn | fail | n/a |",
              "|---|---|---|---|---|"]
    for r in RULES:
        c = table[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["warn"], c["fail"], c["n/a"]))
    lines += ["", "## Regenerate and check", "", "```",
              "cd /work/main/holdout7",
              "/work/venv/bin/python holdout7_generate.py          # writes documents/, labels.json, README.md",
              "/work/venv/bin/python holdout7_generate.py --check  # re-opens every file and checks key text",
              "```", "", "Generation is deterministic (no randomness). Labels follow "
              "docs/RULES-SEMANTICS.md; `notes` in labels.json explain every non-pass label.", ""]
    return "\n".join(lines)


def main():
    docs = build_all()
    if "--check" in sys.argv:
        sys.exit(0 if check(docs) else 1)
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for d in docs:
        path = os.path.join(OUT, d.fname)
        (render_docx if d.ext == "docx" else render_pdf)(d, path)
        labels[d.fname] = d.label("eval")
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(docs))
    print("wrote %d documents" % len(docs))


if __name__ == "__main__":
    main()
