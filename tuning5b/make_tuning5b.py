"""Deterministic generator for the tuning5b labelled document set.
Run from /work/main:  /work/venv/bin/python tuning5b/make_tuning5b.py [--check]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from t5b_render import render_docx, render_pdf, render_txt, extract_text
from t5b_pid import PIDS
from t5b_agr import AGRS
from t5b_other import OTHERS

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": None, "sales-roles": None,
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
DOCS = PIDS + AGRS + OTHERS
OUT = os.path.join(HERE, "documents")


def outcomes(d):
    res = {}
    for r in RULES:
        ap = APPLIES[r]
        applies = ap is None or d["type"] in ap
        if r == "data-protection" and d["type"] == "executive-summary":
            applies = d.get("es_data", False)
        res[r] = d["over"].get(r, "pass") if applies else "n/a"
        if not applies and r in d["over"]:
            raise ValueError("override on non-applicable rule %s in %s" % (r, d["name"]))
    return res


def build():
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for d in DOCS:
        path = os.path.join(OUT, d["name"])
        ext = d["name"].rsplit(".", 1)[1]
        {"docx": render_docx, "pdf": render_pdf, "txt": render_txt}[ext](d["doc"], path)
        labels[d["name"]] = {"type": d["type"], "error": None, "split": "dev",
                             "outcomes": outcomes(d), "notes": d["notes"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
    print("wrote %d documents" % len(labels))


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def check():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    bad = 0
    from collections import Counter
    types, fmts, outs = Counter(), Counter(), Counter()
    for d in DOCS:
        path = os.path.join(OUT, d["name"])
        txt = norm(extract_text(path))
        missing = [c for c in d["check"] if norm(c) not in txt]
        if missing:
            bad += 1
            print("MISSING in %s: %s" % (d["name"], missing))
        if labels[d["name"]]["outcomes"] != outcomes(d):
            bad += 1
            print("LABEL MISMATCH", d["name"])
        types[d["type"]] += 1
        fmts[d["name"].rsplit(".", 1)[1]] += 1
        for r, o in labels[d["name"]]["outcomes"].items():
            outs[(r, o)] += 1
    print("documents:", len(DOCS), "labels:", len(labels), "problems:", bad)
    print("types:", dict(types)); print("formats:", dict(fmts))
    for r in RULES:
        print("  %-24s" % r, {o: outs[(r, o)] for o in ("pass", "fail", "warn", "n/a") if outs[(r, o)]})
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build()
