"""Deterministic generator for the tuning4b labelled document set.

Usage (from /work/main):
    /work/venv/bin/python tuning4b/make_tuning4b.py          # write documents + labels.json
    /work/venv/bin/python tuning4b/make_tuning4b.py --check  # re-open files and verify
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t4b_render  # noqa: E402
from t4b_common import RULES  # noqa: E402
import t4b_pid, t4b_agr, t4b_es, t4b_other, t4b_extra  # noqa: E402,E401

OUT = os.path.join(HERE, "documents")
LABELS = os.path.join(HERE, "labels.json")


def all_docs():
    docs = t4b_extra.apply(t4b_pid.DOCS + t4b_agr.DOCS + t4b_es.DOCS + t4b_other.DOCS)
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    return docs


def generate():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for d in all_docs():
        t4b_render.write(d, OUT)
        labels[d["file"]] = {"type": d["type"], "error": None, "split": "dev",
                             "outcomes": d["outcomes"], "notes": d["notes"]}
    with open(LABELS, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} documents to {OUT} and {LABELS}")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def check():
    with open(LABELS, encoding="utf-8") as fh:
        labels = json.load(fh)
    docs = {d["file"]: d for d in all_docs()}
    problems = 0
    by_type, by_fmt = collections.Counter(), collections.Counter()
    by_rule = {r: collections.Counter() for r in RULES}
    clean = 0
    assert set(labels) == set(docs), "labels and generator disagree"
    for name in sorted(labels):
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            print("MISSING", name)
            problems += 1
            continue
        text, pages = t4b_render.read_back(path)
        nt = norm(text)
        d = docs[name]
        wanted = [d["title"]] + d["must"]
        for w in wanted:
            if norm(w) not in nt:
                print(f"TEXT NOT FOUND in {name}: {w!r}")
                problems += 1
        lab = labels[name]
        assert set(lab["outcomes"]) == set(RULES)
        by_type[lab["type"]] += 1
        by_fmt[os.path.splitext(name)[1]] += 1
        if all(v in ("pass", "n/a") for v in lab["outcomes"].values()):
            clean += 1
        for r, v in lab["outcomes"].items():
            by_rule[r][v] += 1
        words = len(text.split())
        info = f"{pages} pages" if pages else ""
        print(f"ok  {name:75s} {lab['type']:18s} {words:5d} words {info}")
    print("\nper type:", dict(by_type))
    print("per format:", dict(by_fmt))
    print(f"fully compliant: {clean}/{len(labels)}")
    print("\n%-24s %5s %5s %5s %5s" % ("rule", "pass", "fail", "warn", "n/a"))
    for r in RULES:
        c = by_rule[r]
        print("%-24s %5d %5d %5d %5d" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    print("\nproblems:", problems)
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
