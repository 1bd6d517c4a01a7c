"""holdout4 generator: python h4_generate.py [--check]  (writes documents/, labels.json, README.md)."""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4_build import make_ctx, person  # noqa: E402
from h4_render import to_docx, to_pdf  # noqa: E402
from h4_specs import SPECS, RULES, labels_for  # noqa: E402
from h4_types import BUILDERS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")
SLUG = {"pid": "pid", "agreement": "agreement", "executive-summary": "exec-summary",
        "concept-framework": "concept", "outcomes-summary": "outcomes", "amendment": "amendment"}


def fname(spec, ctx):
    p = re.sub(r"[^a-z0-9]+", "-", ctx["project"].lower()).strip("-")
    return f"h4_{spec[0]}_{SLUG[spec[1]]}_{p}.{spec[2]}"


def build_all():
    docs = []
    for k, spec in enumerate(SPECS):
        ctx = make_ctx(spec, k)
        doc = BUILDERS[spec[1]](spec, ctx, k)
        doc["author"] = person(k + 11)
        docs.append((spec, k, fname(spec, ctx), doc))
    return docs


def texts(doc):
    out = []
    for b in doc["blocks"]:
        if b[0] in ("h1", "h2", "p"):
            out.append(b[1])
        elif b[0] == "bul":
            out += b[1]
        elif b[0] == "tbl":
            out += [c for r in b[1] for c in r]
    return [t for x in out for t in x.split("\n") if len(t.strip()) >= 12]


def norm(s):
    return re.sub(r"\s+", "", s).lower().replace("\u2019", "'")


def extract(path, doc):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    from pypdf import PdfReader
    pages = []
    for pg in PdfReader(path).pages:
        lines = [ln for ln in pg.extract_text().split("\n")
                 if ln.strip() != doc["header"].strip() and not ln.strip().startswith(doc["footer"].strip())]
        pages.append("\n".join(lines))
    return "\n".join(pages)


def check(docs):
    bad = 0
    for spec, k, fn, doc in docs:
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            print("MISSING", fn)
            bad += 1
            continue
        full = norm(extract(path, doc))
        miss = [t for t in texts(doc) if norm(t) not in full]
        if miss:
            bad += 1
            print("FAIL", fn, len(miss), "missing, e.g.:", miss[:2])
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    if set(labels) != {d[2] for d in docs}:
        bad += 1
        print("labels.json does not match documents")
    print(f"checked {len(docs)} documents, {bad} problems")
    return bad == 0


def readme(docs, labels):
    by = Counter((s[1], s[2]) for s, _, _, _ in docs)
    lines = ["# holdout4 - held-out evaluation set (split: eval)", "",
             "32 invented NHS-industry collaborative/joint working documents for measuring jwreview. "
             "All organisations, people, products and brands are invented. Not for tuning.", "",
             "## Counts by type and format", "", "| type | docx | pdf |", "|---|---|---|"]
    for t in SLUG:
        lines.append(f"| {t} | {by[(t, 'docx')]} | {by[(t, 'pdf')]} |")
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    lines += ["", "## Focus", "",
              "No special focus: defects spread over all ten rules (each rule has >= 3 flagged documents); "
              "12 documents pass every applicable rule. Varied templates: label/value form PIDs, narrative "
              "PIDs with cover pages and contents, two-column PDFs, numbered contracts with schedules and "
              "signature blocks, ruled and unruled tables, running headers/footers with page numbers.", "",
              "## Regenerate and check", "", "```", "/work/venv/bin/python h4_generate.py",
              "/work/venv/bin/python h4_generate.py --check", "```", "",
              "Deterministic (no randomness). Modules: h4_content.py (area text, rule wording), h4_specs.py "
              "(documents, defects, labels), h4_build.py (rule sections), h4_types.py (type templates), "
              "h4_render.py (docx/pdf), h4_generate.py (entry point).", ""]
    return "\n".join(lines)


def main():
    docs = build_all()
    if "--check" in sys.argv:
        sys.exit(0 if check(docs) else 1)
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for spec, k, fn, doc in docs:
        (to_docx if spec[2] == "docx" else to_pdf)(doc, os.path.join(OUT, fn), k)
        outc, notes = labels_for(spec)
        labels[fn] = {"type": spec[1], "error": None, "split": "eval", "notes": notes, "outcomes": outc}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(docs, labels))
    print(f"wrote {len(docs)} documents")


if __name__ == "__main__":
    main()
