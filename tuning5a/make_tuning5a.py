"""Deterministic generator for the tuning5a labelled document set.

Run from /work/main:  /work/venv/bin/python tuning5a/make_tuning5a.py [--check]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import t5a_render as R  # noqa: E402
import t5a_pid, t5a_agr, t5a_other  # noqa: E402

OUT = os.path.join(HERE, "documents")
LABELS = os.path.join(HERE, "labels.json")


def all_docs():
    docs = t5a_pid.docs() + t5a_agr.docs() + t5a_other.docs()
    names = [d["name"] for d in docs]
    assert len(names) == len(set(names)), "duplicate names"
    return docs


def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for d in all_docs():
        R.render(os.path.join(OUT, d["name"]), d["blocks"])
        labels[d["name"]] = {
            "type": d["type"], "error": None, "split": "dev",
            "outcomes": R.outcomes_for(d["type"], d["ov"], d.get("es_data", False)),
            "notes": d["notes"],
        }
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
    print("wrote %d documents" % len(labels))


def check():
    labels = json.load(open(LABELS, encoding="utf-8"))
    bad = 0
    from collections import Counter
    types, fmts, fails = Counter(), Counter(), Counter()
    for d in all_docs():
        p = os.path.join(OUT, d["name"])
        if not os.path.exists(p) or d["name"] not in labels:
            print("MISSING", d["name"]); bad += 1; continue
        txt = R.extract(p).lower()
        for s in d["expect"]:
            if s.lower() not in txt:
                print("NOT FOUND in %s: %r" % (d["name"], s)); bad += 1
        types[d["type"]] += 1
        fmts[os.path.splitext(d["name"])[1]] += 1
        for r, v in labels[d["name"]]["outcomes"].items():
            if v in ("fail", "warn"):
                fails["%s=%s" % (r, v)] += 1
    print("documents:", sum(types.values()), dict(types))
    print("formats:", dict(fmts))
    print("non-pass labels:", dict(sorted(fails.items())))
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build()
