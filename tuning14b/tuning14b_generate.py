"""Generator for the tuning14b labelled set. Usage: python tuning14b_generate.py [--check]"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tuning14b_common import RULES, outcomes  # noqa: E402
from tuning14b_render import render, block_texts  # noqa: E402
import tuning14b_docs_a, tuning14b_docs_b, tuning14b_docs_c  # noqa: E402,E401
import tuning14b_docs_d, tuning14b_docs_e, tuning14b_docs_f  # noqa: E402,E401

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")
MODS = [tuning14b_docs_a, tuning14b_docs_b, tuning14b_docs_c, tuning14b_docs_d, tuning14b_docs_e,
        tuning14b_docs_f]


def all_docs():
    docs = []
    for m in MODS:
        for f in m.DOCS:
            d = f()
            over, notes = m.LABELS[d["n"]]
            d["file"] = "tuning14b_%02d_%s.%s" % (d["n"], d["slug"], d["fmt"])
            d["label"] = {"type": d["type"], "error": None, "split": "dev", "notes": notes,
                          "outcomes": outcomes(d["type"], over, d.get("es_data", False))}
            docs.append(d)
    docs.sort(key=lambda d: d["n"])
    if len(docs) == 40:
        assert [d["n"] for d in docs] == list(range(1, 41))
    return docs


def norm(s):
    return re.sub(r"\s+", "", s).replace("\u2019", "'")


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def check(docs):
    bad = 0
    for d in docs:
        path = os.path.join(OUT, d["file"])
        text = norm(extract(path))
        missing = [t for t in block_texts(d) if norm(t) not in text]
        if missing:
            bad += 1
            print("MISSING in", d["file"], ":", [m[:60] for m in missing[:3]])
    with open(os.path.join(HERE, "labels.json")) as fh:
        labels = json.load(fh)
    assert set(labels) == {d["file"] for d in docs}, "labels.json does not match documents"
    assert set(os.listdir(OUT)) == {d["file"] for d in docs}, "stray files in documents/"
    print("checked %d documents, %d with missing text" % (len(docs), bad))
    return bad == 0


def readme(docs):
    from collections import Counter
    tf = Counter((d["type"], d["fmt"]) for d in docs)
    types = sorted({d["type"] for d in docs})
    lines = ["# tuning14b - collaborative working pipeline of one ICB (dev split)", "",
             "40 invented documents filed by the partnerships governance team of one large English ICB",
             "(NHS Harrowfield, Wendle and Coldstream ICB) over two years of collaborative working",
             "projects with five companies: diabetes, heart failure, COPD, osteoporosis, lipids and mental",
             "health. Different authors write differently (first person plural, formal third person,",
             "table-heavy forms, bullet lists, appendices carrying detail). About 38% of documents pass",
             "every applicable rule; the rest carry 1-2 realistic defects each, and every rule is flagged",
             "(fail or warn) in at least four documents. All names, organisations, people and products are invented.", "",
             "## Counts by type and format", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in types:
        lines.append("| %s | %d | %d | %d |" % (t, tf[(t, "docx")], tf[(t, "pdf")], tf[(t, "docx")] + tf[(t, "pdf")]))
    lines.append("| **all** | %d | %d | %d |" % (sum(v for (t, f), v in tf.items() if f == "docx"),
                                                 sum(v for (t, f), v in tf.items() if f == "pdf"), len(docs)))
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(d["label"]["outcomes"][r] for d in docs)
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "", "```",
              "/work/venv/bin/python tuning14b/tuning14b_generate.py          # writes documents/, labels.json, README.md",
              "/work/venv/bin/python tuning14b/tuning14b_generate.py --check  # re-opens every file and verifies its text",
              "```", "", "Deterministic: no randomness; fixed document metadata; reportlab invariant mode.",
              "Modules: tuning14b_common.py (organisations, label helper), tuning14b_render.py (docx/pdf),",
              "tuning14b_docs_a..f.py (document content and labels), tuning14b_generate.py (driver).", "",
              "## Labelling judgement calls", "",
              "- 02, 25, 36: confidentiality labelled warn/fail although each has a data-protection paragraph",
              "  (records stay with the NHS, aggregate only); that paragraph is read as data protection, not as a",
              "  confidentiality undertaking for patient or project information.",
              "- 18, 22: patient-benefit warn - the benefit is stated only in vague words; other text implies",
              "  (but does not state) a benefit.",
              "- 15: transparency fail - summary left to company discretion and outcome publication subject to",
              "  the company's prior approval.",
              "- 29 / 28: sales role named only as a contact (warn); 10, 14, 33, 39: sales role in delivery or governance (fail).", ""]
    return "\n".join(lines)


def main():
    docs = all_docs()
    if "--check" in sys.argv:
        sys.exit(0 if check(docs) else 1)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for d in docs:
        render(d, os.path.join(OUT, d["file"]))
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump({d["file"]: d["label"] for d in docs}, fh, indent=2, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme(docs))
    print("wrote %d documents" % len(docs))


if __name__ == "__main__":
    main()
