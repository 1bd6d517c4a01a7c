"""holdout5 generator: writes documents/, labels.json and README.md; --check re-opens every file.

Usage:
  /work/venv/bin/python h5_generate.py          # generate
  /work/venv/bin/python h5_generate.py --check  # verify files against specs
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import h5_agreements_a as aa  # noqa: E402
import h5_agreements_b as ab  # noqa: E402
import h5_cf as cf  # noqa: E402
import h5_es as es  # noqa: E402
import h5_misc as misc  # noqa: E402
import h5_outcomes as oc  # noqa: E402
import h5_pids_a as pa  # noqa: E402
import h5_pids_b as pb  # noqa: E402
from h5_common import RULES, SPLIT  # noqa: E402
from h5_render import extract, norm, render  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

BUILDERS = [aa.a1, aa.a2, aa.a3, aa.a4, aa.a5, ab.a6, ab.a7, ab.a8, ab.a9,
            pa.p1, pa.p2, pa.p3, pa.p4, pb.p5, pb.p6, pb.p7, pb.p8,
            es.e1, es.e2, es.e3, es.e4, es.e5, es.e6, es.e7,
            cf.c1, cf.c2, cf.c3, cf.c4, cf.c5,
            oc.o1, oc.o2, oc.o3, oc.o4, oc.o5,
            misc.m1, misc.m2, misc.m3, misc.m4, misc.u1, misc.u2]


def specs():
    out = [b() for b in BUILDERS]
    names = [s["file"] for s in out]
    assert len(names) == len(set(names)), "duplicate file names"
    return out


def labels_for(all_specs):
    lab = {}
    for s in sorted(all_specs, key=lambda x: x["file"]):
        lab[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["outcomes"][r] for r in RULES}}
    return lab


def key_texts(s):
    keys = [s["title"]]
    for b in s["blocks"]:
        if b[0] in ("p", "h", "h2"):
            keys.append(b[1][:90])
        elif b[0] in ("ul", "ol"):
            keys += [it[:70] for it in b[1]]
        elif b[0] in ("table", "kv"):
            for row in b[1]:
                keys += [c[:40] for c in row if c.strip()]
        elif b[0] == "sig":
            keys += [o for (o, _, _) in b[1]]
    return keys


def readme(all_specs, lab):
    by_type = collections.Counter((s["type"], s["fmt"]) for s in all_specs)
    types = sorted({t for t, _ in by_type})
    lines = ["# holdout5 - independent held-out evaluation set (author 25)", "",
             "Forty invented NHS-industry joint/collaborative working documents (split: eval) for "
             "measuring jwreview on text written independently of its developers. All names of "
             "organisations, people, products and brands are invented.", "",
             "## Focus", "",
             "No single focus: the variety a compliance team receives from many NHS trusts, ICBs, "
             "health boards (England, Wales, Scotland, NI), a council, a university, GP federations "
             "and companies - numbered contract clauses, label/value forms, narrative reports, "
             "two-column PDFs, cover pages, contents page, glossary, revision tables, signature "
             "blocks, running headers/footers. About 35% of documents pass every applicable rule; "
             "the rest carry 1-3 realistic defects (missing section, empty heading, placeholder, "
             "negation, contradiction, content only in background or glossary, reference to a "
             "non-existent schedule, bare 'standard terms', company as data controller, sales role "
             "as contact only vs in delivery).", "",
             "## Counts by type and format", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in types:
        d, p = by_type[(t, "docx")], by_type[(t, "pdf")]
        lines.append(f"| {t} | {d} | {p} | {d + p} |")
    lines += [f"| **all** | {sum(v for (t, f), v in by_type.items() if f == 'docx')} | "
              f"{sum(v for (t, f), v in by_type.items() if f == 'pdf')} | {len(all_specs)} |", "",
              "## Outcomes per rule", "", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = collections.Counter(v["outcomes"][r] for v in lab.values())
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    allpass = sum(1 for v in lab.values() if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    lines += ["", f"Documents passing every applicable rule: {allpass} of {len(lab)}.", "",
              "## Regenerate and check", "",
              "    cd /work/main/holdout5",
              "    /work/venv/bin/python h5_generate.py          # writes documents/, labels.json, README.md",
              "    /work/venv/bin/python h5_generate.py --check  # re-opens every file and checks key text", "",
              "Deterministic: no randomness; PDFs use reportlab invariant mode and DOCX fixed core "
              "properties. Modules: h5_render.py (docx/pdf rendering + text extraction), "
              "h5_common.py (rule applicability), h5_agreements_a/b.py, h5_pids_a/b.py, h5_es.py, "
              "h5_cf.py, h5_outcomes.py, h5_misc.py (amendments + unknown), h5_generate.py.", "",
              "Labels follow /work/main/docs/RULES-SEMANTICS.md; each entry's notes explain every "
              "non-pass label.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(DOCS, exist_ok=True)
    all_specs = specs()
    for s in all_specs:
        render(s, os.path.join(DOCS, s["file"]))
    lab = labels_for(all_specs)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(all_specs, lab))
    print(f"wrote {len(all_specs)} documents")


def check():
    all_specs = specs()
    with open(os.path.join(HERE, "labels.json")) as f:
        lab = json.load(f)
    errors = 0
    if lab != labels_for(all_specs):
        print("labels.json differs from specs")
        errors += 1
    present = set(os.listdir(DOCS))
    extra = present - set(lab)
    if extra:
        print("extra files:", sorted(extra))
        errors += 1
    for s in all_specs:
        path = os.path.join(DOCS, s["file"])
        if not os.path.exists(path):
            print("missing", s["file"])
            errors += 1
            continue
        raw = text = extract(path)
        if s["fmt"] == "pdf":
            if s.get("header"):
                text = text.replace(norm(s["header"]), " ")
            if s.get("footer") is not None:
                text = re.sub(re.escape(norm(s["footer"] or "")) + r"\s*page \d+", " ", text)
            text = re.sub(r"\s+", " ", text)
        for k in key_texts(s):
            if norm(k) not in text and norm(k) not in raw:
                print(f"{s['file']}: missing text: {k!r}")
                errors += 1
    print(f"checked {len(all_specs)} documents, {errors} problem(s)")
    return errors


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
