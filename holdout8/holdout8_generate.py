"""Generate the holdout8 evaluation set.

Usage:
  /work/venv/bin/python holdout8_generate.py          # write documents/, labels.json, README.md
  /work/venv/bin/python holdout8_generate.py --check  # re-open every file and verify key text
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import holdout8_render as R  # noqa: E402
import holdout8_docs_a, holdout8_docs_b, holdout8_docs_c, holdout8_docs_d  # noqa: E402,E401
import holdout8_docs_e, holdout8_docs_f, holdout8_docs_g, holdout8_docs_h  # noqa: E402,E401
import holdout8_docs_i, holdout8_docs_j, holdout8_docs_k  # noqa: E402,E401

SET = "holdout8"
DOC_DIR = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
MODULES = [holdout8_docs_a, holdout8_docs_b, holdout8_docs_c, holdout8_docs_d, holdout8_docs_e,
           holdout8_docs_f, holdout8_docs_g, holdout8_docs_h, holdout8_docs_i, holdout8_docs_j,
           holdout8_docs_k]


def all_docs():
    docs = [d for m in MODULES for d in m.DOCS]
    docs.sort(key=lambda d: d["id"])
    assert [d["id"] for d in docs] == list(range(1, 41)), "ids must be 1..40"
    return docs


def fname(d):
    ext = "docx" if d["fmt"] == "docx" else "pdf"
    return "%s_%02d_%s.%s" % (SET, d["id"], d["slug"], ext)


def outcomes(d):
    out = {}
    for r in RULES:
        applies = d["type"] in APPLIES[r]
        if r == "data-protection" and d["type"] == "executive-summary":
            applies = d.get("es_data", False)
        out[r] = "pass" if applies else "n/a"
    for r, v in d["bad"].items():
        assert out[r] != "n/a", "%s: %s is n/a for this type" % (d["id"], r)
        assert v in ("fail", "warn")
        out[r] = v
    return out


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def extract(path):
    if path.endswith(".docx"):
        import docx
        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for tb in dd.tables:
            for row in tb.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in dd.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def generate():
    os.makedirs(DOC_DIR, exist_ok=True)
    docs = all_docs()
    labels = {}
    for d in docs:
        f = fname(d)
        spec = dict(d)
        spec["doc_title"] = d["blocks"][0][1] if d["blocks"][0][0] == "title" else d["slug"]
        if d["fmt"] == "docx":
            R.render_docx(spec, os.path.join(DOC_DIR, f))
        else:
            R.render_pdf(spec, os.path.join(DOC_DIR, f))
        labels[f] = {"type": d["type"], "error": None, "split": "eval",
                     "notes": d["notes"], "outcomes": outcomes(d)}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    write_readme(docs, labels)
    print("wrote %d documents" % len(docs))


def tables(docs, labels):
    types = Counter((d["type"], d["fmt"]) for d in docs)
    lines = ["| type | docx | pdf | total |", "|---|---|---|---|"]
    for ty in ["pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary",
               "amendment", "unknown"]:
        a, b_ = types[(ty, "docx")], types[(ty, "pdf")]
        lines.append("| %s | %d | %d | %d |" % (ty, a, b_, a + b_))
    lines.append("| **all** | %d | %d | %d |" % (sum(v for (t_, f), v in types.items() if f == "docx"),
                                                sum(v for (t_, f), v in types.items() if f == "pdf"),
                                                len(docs)))
    lines += ["", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    allpass = sum(1 for v in labels.values() if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    lines += ["", "Documents passing every applicable rule: %d of %d." % (allpass, len(docs))]
    return "\n".join(lines)


def write_readme(docs, labels):
    text = """# holdout8 - independent evaluation set (split: eval)

Forty documents written by an independent author as NHS-authored paperwork might arrive at a
pharmaceutical company's compliance desk: ICB and trust governance packs (committee cover sheet
followed by the PID), GP federation and primary care network forms, community pharmacy and mental
health trust projects, a hospice, a county/city council public health team and Welsh health boards.
Quality is deliberately mixed: some careful, some hurried (terse bullets, half-filled tables, 'N/A'
and 'TBC' in boxes, inconsistent numbering). About 38%% of documents pass every applicable rule; the
rest carry one to three realistic defects, and every rule is flagged (fail or warn) in at least four
documents. Labels follow docs/RULES-SEMANTICS.md; the reason for each non-pass is in `notes`.

All names of organisations, people, products and brands are invented.

## Counts

%s

## Regenerate and check

```
cd /work/main/holdout8
/work/venv/bin/python holdout8_generate.py          # writes documents/, labels.json, README.md
/work/venv/bin/python holdout8_generate.py --check  # re-opens every file (python-docx / pypdf)
```

The generator is deterministic (no randomness); content lives in `holdout8_docs_*.py`, rendering
in `holdout8_render.py`.
""" % tables(docs, labels)
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(text)


def check():
    docs = all_docs()
    with open(os.path.join(HERE, "labels.json")) as fh:
        labels = json.load(fh)
    problems = 0
    assert set(labels) == {fname(d) for d in docs}, "labels.json and documents differ"
    for d in docs:
        f = fname(d)
        path = os.path.join(DOC_DIR, f)
        if not os.path.exists(path):
            print("MISSING", f)
            problems += 1
            continue
        got = norm(extract(path))
        keys = list(d["keys"])
        # also every heading and the first 60 chars of every paragraph
        for blk in d["blocks"]:
            if blk[0] in ("h", "title"):
                keys.append(blk[1])
            elif blk[0] == "p":
                keys.append(blk[1][:60])
        for k in keys:
            if norm(k) not in got:
                print("NOT FOUND in %s: %r" % (f, k))
                problems += 1
        if labels[f]["outcomes"] != outcomes(d) or labels[f]["split"] != "eval":
            print("LABEL MISMATCH", f)
            problems += 1
    print("checked %d documents, %d problems" % (len(docs), problems))
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
