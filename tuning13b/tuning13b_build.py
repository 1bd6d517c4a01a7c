"""Build (or --check) the tuning13b document set.

Usage:  /work/venv/bin/python tuning13b_build.py          # write documents, labels, README
        /work/venv/bin/python tuning13b_build.py --check  # re-open every file and verify text
Deterministic: no randomness; fixed metadata dates.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tuning13b_docs1, tuning13b_docs2, tuning13b_docs3  # noqa: E402
import tuning13b_docs4, tuning13b_docs5, tuning13b_docs6  # noqa: E402
from tuning13b_labels import RULES  # noqa: E402
from tuning13b_render import block_texts, render_docx, render_pdf  # noqa: E402

SET = "tuning13b"
OUT = os.path.join(HERE, "documents")
FIXED = datetime.datetime(2025, 11, 1, 9, 0, 0)


def all_docs():
    docs = []
    for mod in (tuning13b_docs1, tuning13b_docs2, tuning13b_docs3,
                tuning13b_docs4, tuning13b_docs5, tuning13b_docs6):
        docs.extend(mod.docs())
    docs.sort(key=lambda d: d["n"])
    assert [d["n"] for d in docs] == list(range(1, len(docs) + 1))
    return docs


def fname(d):
    return f"{SET}_{d['n']:02d}_{d['slug']}.{d['fmt']}"


def _norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", s).lower()


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in doc.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def build():
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for d in all_docs():
        f = fname(d)
        spec = dict(d)
        spec["title"] = d["blocks"][0][1]
        spec["author"] = "tuning13b generator"
        path = os.path.join(OUT, f)
        if d["fmt"] == "docx":
            render_docx(spec, path)
            _fix_docx_dates(path)
        else:
            _pdf_invariant()
            render_pdf(spec, path)
        labels[f] = {"type": d["type"], "error": None, "split": "dev",
                     "notes": d["notes"], "outcomes": d["labels"]}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    write_readme(labels)
    print(f"wrote {len(labels)} documents to {OUT}")


def _fix_docx_dates(path):
    from docx import Document
    doc = Document(path)
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_printed = FIXED
    doc.save(path)
    # rewrite the zip with fixed entry timestamps so reruns are byte-identical
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def _pdf_invariant():
    from reportlab import rl_config
    rl_config.invariant = 1


def write_readme(labels):
    types = Counter(v["type"] for v in labels.values())
    fmts = Counter(k.rsplit(".", 1)[1] for k in labels)
    by = Counter((v["type"], k.rsplit(".", 1)[1]) for k, v in labels.items())
    lines = ["# tuning13b: mixed quarter of compliance submissions (dev split)", "",
             "Thirty-fourth independent author set for jwreview. All organisations, people,",
             "products and brands are invented; any resemblance to real bodies is accidental.", "",
             "## Focus", "",
             "A compliance team's quarter of mixed submissions from companies and NHS bodies in",
             "England, Scotland, Wales and Northern Ireland: transparency-website executive",
             "summaries, close-out outcome summaries, amendment forms, concept frameworks, PIDs and",
             "agreements. Styles range from polished legal drafting to plain-English clinician",
             "summaries; some heavily tabular, some narrative, some two-column PDFs. About 37% of",
             "documents pass every applicable rule; the rest carry 1-3 defects meant to be found by",
             "reading (placeholders, pointers to nothing, vague benefits, lapsing confidentiality,",
             "non-entities as parties, company-hosted identifiers, sales staff in governance).", "",
             "## Counts", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in sorted(types):
        lines.append(f"| {t} | {by[(t, 'docx')]} | {by[(t, 'pdf')]} | {types[t]} |")
    lines.append(f"| **all** | {fmts['docx']} | {fmts['pdf']} | {len(labels)} |")
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    lines += ["", "## Regenerate and check", "",
              "```", "cd /work/main/tuning13b",
              "/work/venv/bin/python tuning13b_build.py          # writes documents/, labels.json, README.md",
              "/work/venv/bin/python tuning13b_build.py --check  # re-opens every file and verifies key text",
              "```", "",
              "Modules: tuning13b_render.py (docx/pdf), tuning13b_labels.py (applicability),",
              "tuning13b_docs1..6.py (document content and labels), tuning13b_build.py (driver).",
              "Labels follow docs/RULES-SEMANTICS.md; `notes` explain every non-pass label.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write("\n".join(lines))


def check():
    with open(os.path.join(HERE, "labels.json")) as fh:
        labels = json.load(fh)
    problems = 0
    docs = all_docs()
    assert len(labels) == len(docs)
    for d in docs:
        f = fname(d)
        path = os.path.join(OUT, f)
        if not os.path.exists(path) or f not in labels:
            print("MISSING", f)
            problems += 1
            continue
        if labels[f]["outcomes"] != d["labels"] or labels[f]["type"] != d["type"]:
            print("LABEL MISMATCH", f)
            problems += 1
        text = _norm(extract(path))
        for k in d["keys"] + [d["blocks"][0][1]]:
            if _norm(k) not in text:
                print("KEY NOT FOUND", f, repr(k))
                problems += 1
        # every block text (first 40 chars) should also be present
        for t in block_texts(d):
            frag = _norm(t)[:40]
            if frag and frag not in text:
                print("TEXT NOT FOUND", f, repr(t[:60]))
                problems += 1
    print(f"checked {len(docs)} documents: {problems} problem(s)")
    return problems == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
