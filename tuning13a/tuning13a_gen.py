"""Generate (or --check) the tuning13a document set.

Usage: /work/venv/bin/python tuning13a_gen.py [--check]
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning13a_common import RULES  # noqa: E402
from tuning13a_render import render_docx, render_pdf, plain_text, squash  # noqa: E402
import tuning13a_docs_a as A  # noqa: E402
import tuning13a_docs_b as B  # noqa: E402
import tuning13a_docs_c as C  # noqa: E402
import tuning13a_docs_d as D  # noqa: E402
import tuning13a_docs_e as E  # noqa: E402
import tuning13a_docs_f as F  # noqa: E402

OUT = os.path.join(HERE, "documents")
SPLIT = "dev"


def all_specs():
    specs = [f() for mod in (A, B, C, D, E, F) for f in mod.DOCS]
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    return specs


def labels_for(specs):
    lab = {}
    for s in specs:
        lab[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT,
                          "notes": s["notes"],
                          "outcomes": {r: s["outcomes"][r] for r in RULES}}
    return lab


def readme(specs):
    by_type = collections.Counter(s["type"] for s in specs)
    by_fmt = collections.Counter(s["fmt"] for s in specs)
    npass = sum(1 for s in specs if all(v in ("pass", "n/a") for v in s["outcomes"].values()))
    tally = {r: collections.Counter(s["outcomes"][r] for s in specs) for r in RULES}
    lines = ["# tuning13a - independent labelled document set (split: dev)", "",
             "Forty invented documents from a mid-sized specialty pharma company (Ostrander Specialty",
             "Pharmaceuticals UK Ltd) and a medtech-adjacent biotech (Kestrelgen Biosystems Ltd) running",
             "their first collaborative working projects with NHS trusts, ICBs, PCNs/federations and a",
             "university. Written as if by people new to the ABPI Code: inconsistent headings, requirements",
             "placed in odd spots (risk tables, appendices, footnotes, Q&A), long mixed-topic sentences,",
             "tables with merged cells, some two-column PDF pages, running headers and footers.", "",
             "**All names (organisations, people, products, places) are invented.**", "",
             f"Documents where every applicable rule passes: {npass} of {len(specs)}.", "",
             "## Counts", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in sorted(by_type):
        d = sum(1 for s in specs if s["type"] == t and s["fmt"] == "docx")
        p = sum(1 for s in specs if s["type"] == t and s["fmt"] == "pdf")
        lines.append(f"| {t} | {d} | {p} | {d + p} |")
    lines.append(f"| total | {by_fmt['docx']} | {by_fmt['pdf']} | {len(specs)} |")
    lines += ["", "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = tally[r]
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    lines += ["", "## Regenerate and check", "",
              "    cd /work/main/tuning13a",
              "    /work/venv/bin/python tuning13a_gen.py          # writes documents/, labels.json, README.md",
              "    /work/venv/bin/python tuning13a_gen.py --check  # re-opens every file and checks its text", "",
              "Generation is deterministic (no randomness; fixed document dates/metadata).",
              "Labels follow docs/RULES-SEMANTICS.md; each label's `notes` explains every non-pass outcome.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(OUT, exist_ok=True)
    specs = all_specs()
    for s in specs:
        path = os.path.join(OUT, s["file"])
        (render_docx if s["fmt"] == "docx" else render_pdf)(s, path)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels_for(specs), f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(specs))
    print(f"wrote {len(specs)} documents")


def extract(path, running=()):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for sec in d.sections:
            parts += [p.text for p in sec.header.paragraphs]
            parts += [p.text for p in sec.footer.paragraphs]
        return "\n".join(parts)
    from pypdf import PdfReader
    import re
    # drop running header/footer lines so paragraphs split across pages join up again
    lines, seen = [], []
    for pg in PdfReader(path).pages:
        for ln in (pg.extract_text() or "").split("\n"):
            if ln.strip() in running or re.fullmatch(r"Page \d+", ln.strip()):
                seen.append(ln.strip())
                continue
            lines.append(ln)
    return "\n".join(lines) + "\n" + "\n".join(sorted(set(seen)))


def check():
    specs = all_specs()
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        lab = json.load(f)
    bad = 0
    if set(lab) != {s["file"] for s in specs}:
        print("labels.json does not match specs")
        bad += 1
    for s in specs:
        path = os.path.join(OUT, s["file"])
        if not os.path.exists(path):
            print("missing", s["file"])
            bad += 1
            continue
        got = squash(extract(path, (s["header"].strip(), s["footer"].strip())))
        # every key phrase, plus every line of text in the spec, must be present
        wanted = list(s["keys"]) + [x for x in plain_text(s).split("\n") if x.strip()]
        missing = [w for w in wanted if squash(w) not in got]
        if missing:
            bad += 1
            print(f"{s['file']}: {len(missing)} text pieces not found, e.g. {missing[0][:80]!r}")
        if lab.get(s["file"], {}).get("outcomes") != {r: s["outcomes"][r] for r in RULES}:
            print(f"{s['file']}: label mismatch")
            bad += 1
    print("check:", "OK" if not bad else f"{bad} problems", f"({len(specs)} documents)")
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
