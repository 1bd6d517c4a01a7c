"""Generator for the tuning10a labelled document set.

Usage:
  /work/venv/bin/python tuning10a_gen.py          # write documents/, labels.json, README.md
  /work/venv/bin/python tuning10a_gen.py --check  # re-open every file and verify its text
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning10a_common import RULES  # noqa: E402
from tuning10a_render import render, block_texts  # noqa: E402
import tuning10a_docs_a as A  # noqa: E402
import tuning10a_docs_b as B  # noqa: E402
import tuning10a_docs_c as C  # noqa: E402
import tuning10a_docs_d as D  # noqa: E402
import tuning10a_docs_e as E  # noqa: E402
import tuning10a_docs_f as F  # noqa: E402

SPLIT = "dev"
OUT_DIR = os.path.join(HERE, "documents")


def all_docs():
    fns = [A.d01, A.d02, A.d03, A.d04, B.d05, B.d06, B.d07, B.d08, B.d09, B.d10,
           C.d11, C.d12, C.d13, C.d14, D.d15, D.d16, D.d17, D.d18, E.d19, E.d20, E.d21,
           F.d22, F.d23, F.d24]
    return [f() for f in fns]


def labels(docs):
    out = {}
    for d in docs:
        out[d["file"]] = {"type": d["type"], "error": None, "split": SPLIT, "notes": d["notes"],
                          "outcomes": d["outcomes"]}
    return out


def readme(docs):
    by_type = Counter(d["type"] for d in docs)
    by_fmt = Counter(d["fmt"] for d in docs)
    per_rule = {r: Counter(d["outcomes"][r] for d in docs) for r in RULES}
    clean = sum(1 for d in docs if all(v in ("pass", "n/a") for v in d["outcomes"].values()))
    lines = ["# tuning10a – labelled jwreview test set (author 23)", "",
             "All organisations, people, products and brands are invented.", "",
             "Focus: defects that hide. Polished documents in which a rule's topic is visibly present (a "
             "heading, a table row, a sentence) but the substance is missing, weak or contradicted – e.g. "
             "benefits that only accrue to the organisation, a patient row pointing back to background text, "
             "'in kind' contributions with no content, a DPIA for one data flow while another flow sends "
             "identifiable data to the company, KPIs deferred, parties named as job titles, departments or a "
             "PCN. About a third are fully compliant, several using unusual but valid phrasing (waits as "
             "'about four weeks instead of ten', a 0.4 WTE nurse secondment, 'one in twenty to one in five').",
             "", "Split: all documents are `dev`.", "",
             "## Counts", "", "| type | n |", "|---|---|"]
    for t, n in sorted(by_type.items()):
        lines.append("| %s | %d |" % (t, n))
    lines += ["", "| format | n |", "|---|---|"]
    for t, n in sorted(by_fmt.items()):
        lines.append("| %s | %d |" % (t, n))
    lines += ["", "Fully compliant documents: %d of %d." % (clean, len(docs)), "",
              "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = per_rule[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "",
              "```", "cd /work/main/tuning10a",
              "/work/venv/bin/python tuning10a_gen.py", "/work/venv/bin/python tuning10a_gen.py --check",
              "```", "",
              "Generation is deterministic (no randomness; fixed document metadata dates). `--check` re-opens "
              "every .docx (python-docx, paragraphs + tables + headers) and .pdf (pypdf) and verifies that "
              "every text string of the document model is present (whitespace-insensitive), and that "
              "labels.json matches the generator.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(OUT_DIR, exist_ok=True)
    docs = all_docs()
    names = [d["file"] for d in docs]
    assert len(set(names)) == len(names)
    for d in docs:
        opts = dict(d["opts"])
        opts.setdefault("doc_title", d["blocks"][0][1])
        render(os.path.join(OUT_DIR, d["file"]), d["blocks"], opts, d["fmt"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels(docs), fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(docs))
    print("wrote %d documents to %s" % (len(docs), OUT_DIR))


def _norm(s):
    return re.sub(r"\s+", "", s).lower()


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def check():
    docs = all_docs()
    ok = True
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        stored = json.load(fh)
    if stored != json.loads(json.dumps(labels(docs))):
        print("labels.json differs from generator output")
        ok = False
    for d in docs:
        path = os.path.join(OUT_DIR, d["file"])
        if not os.path.exists(path):
            print("MISSING", d["file"])
            ok = False
            continue
        text = _norm(extract(path))
        hdr, ftr = d["opts"].get("header", ""), d["opts"].get("footer", "")
        missing = []
        if hdr and _norm(hdr) not in text:
            missing.append("[header] " + hdr)
        # running headers/footers may fall inside a paragraph split across pages: drop them
        body = text.replace(_norm(hdr), "") if hdr else text
        body = body.replace(_norm(ftr), "") if ftr else body
        body = re.sub(r"page\d+", "", body)
        missing += [t for t in block_texts(d["blocks"]) if _norm(t) not in body and _norm(t) not in text]
        if missing:
            ok = False
            print("FAIL %s: %d strings missing, e.g. %r" % (d["file"], len(missing), missing[0][:80]))
        else:
            print("ok   %s" % d["file"])
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
