"""Generate the jwreview HELD-OUT set 2 (documents + labels.json).

Run from /work/main:  /work/venv/bin/python holdout2/make_holdout2.py [--check]
Deterministic: no randomness, fixed content; PDF/DOCX metadata aside, reruns produce the same text.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h2_common import DOCS, RULES  # noqa: E402
import h2_pid, h2_agr, h2_es, h2_other  # noqa: E402,F401  (registering documents)
from h2_render import render, extract, texts, norm  # noqa: E402

OUTDIR = os.path.join(HERE, "documents")
LABELS = os.path.join(HERE, "labels.json")


def with_control(d):
    """Add a document-control box (built from the document's own header/footer) to
    formal document types, as NHS and company templates usually carry one."""
    doc = dict(d["doc"])
    if d["type"] in ("pid", "agreement", "concept-framework", "amendment") and not d["file"].endswith((".md", ".txt")):
        box = ("t", [["Document control", ""],
                     ["Document", doc["title"]],
                     ["Owner / organisation", doc.get("header", "")],
                     ["Status and reference", doc.get("footer", "")],
                     ["File", d["file"]]], {"merge": [(0, 0, 0, 1)], "widths": [0.3, 0.7]})
        doc["blocks"] = [box] + list(doc["blocks"])
    if d["file"].endswith(".pdf") and d["type"] in ("pid", "agreement") and not doc.get("cover"):
        doc["cover"] = [doc.get("header", ""), doc.get("footer", "")]
    d["doc"] = doc


def generate():
    os.makedirs(OUTDIR, exist_ok=True)
    for f in os.listdir(OUTDIR):
        os.remove(os.path.join(OUTDIR, f))
    labels = {}
    for d in DOCS:
        assert d["file"] not in labels, d["file"]
        with_control(d)
        render(d["doc"], os.path.join(OUTDIR, d["file"]))
        labels[d["file"]] = {"type": d["type"], "error": None, "split": "eval",
                             "outcomes": d["outcomes"], "notes": d["notes"]}
    with open(LABELS, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print("wrote %d documents and %s" % (len(labels), LABELS))


def check():
    labels = json.load(open(LABELS, encoding="utf-8"))
    ok = True
    byfile = {d["file"]: d for d in DOCS}
    for d in DOCS:
        with_control(d)
    assert set(labels) == set(byfile) == set(os.listdir(OUTDIR)), "file set mismatch"
    for f, d in byfile.items():
        raw = got = norm(extract(os.path.join(OUTDIR, f)))
        if f.endswith(".pdf"):  # running header/footer can land inside a paragraph split across pages
            import re
            for hf in (d["doc"].get("header"), d["doc"].get("footer")):
                if hf:
                    got = got.replace(norm(hf), "")
            got = re.sub(r"page\d+", "", got)
        missing = [t for t in texts(d["doc"]) if norm(t) not in got and norm(t) not in raw]
        if missing:
            ok = False
            print("MISSING in %s: %r" % (f, missing[:3]))
        assert labels[f]["outcomes"] == d["outcomes"] and set(d["outcomes"]) == set(RULES)
    print("types:", dict(Counter(v["type"] for v in labels.values())))
    print("formats:", dict(Counter(f.rsplit(".", 1)[1] for f in labels)))
    for r in RULES:
        print("  %-24s %s" % (r, dict(sorted(Counter(v["outcomes"][r] for v in labels.values()).items()))))
    clean = sum(all(o in ("pass", "n/a") for o in v["outcomes"].values()) for v in labels.values())
    print("fully compliant documents:", clean)
    print("CHECK", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
