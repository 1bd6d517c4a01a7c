"""Generator for the tuning12a document set (author 29).

Usage:
  /work/venv/bin/python tuning12a_gen.py          # write documents/, labels.json, README.md
  /work/venv/bin/python tuning12a_gen.py --check  # re-open every file and verify key text + labels
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning12a_common import RULES  # noqa: E402
from tuning12a_render import render  # noqa: E402
import tuning12a_docs_a  # noqa: E402
import tuning12a_docs_b  # noqa: E402
import tuning12a_docs_c  # noqa: E402
import tuning12a_docs_c2  # noqa: E402

SPLIT = "dev"
DOCDIR = os.path.join(HERE, "documents")


def all_specs():
    specs = (tuning12a_docs_a.docs() + tuning12a_docs_b.docs() + tuning12a_docs_c.docs()
             + tuning12a_docs_c2.docs())
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    return specs


def labels_for(specs):
    out = {}
    for s in specs:
        out[s["file"]] = {"type": s["type"], "error": None, "split": SPLIT, "notes": s["notes"],
                          "outcomes": {r: s["labels"][r] for r in RULES}}
    return out


def readme(specs):
    by_type = Counter(s["type"] for s in specs)
    by_fmt = Counter(os.path.splitext(s["file"])[1] for s in specs)
    cnt = {r: Counter(s["labels"][r] for s in specs) for r in RULES}
    lines = ["# tuning12a - NHS/industry collaborative working test set (author 29)", "",
             "All organisations, people, products and brands in these documents are invented. Any resemblance to real "
             "bodies is accidental.", "",
             "Split: every document is `%s`." % SPLIT, "",
             "## Focus", "",
             "Patient benefit and measurable outcomes. About ten documents get patient benefit wrong in different ways "
             "(service/QOF/income benefits only, company insight only, system cost avoidance with 'N/A' for patients, "
             "'As above' / 'See section 2' pointing at non-patient text, 'Improved outcomes' only, benefits that are more "
             "use of a named product, benefits belonging to an earlier pilot, benefit only in the title, 'to be confirmed'). "
             "About eight get measurable outcomes wrong (measures without numbers, targets deferred to a steering group, "
             "activity counts only, evaluation 'designed later', qualitative-only success). Eight pass both in unusual "
             "wording (patient vignettes, before/after tables, proportions in words). Other rules carry occasional "
             "realistic defects.", "",
             "## Counts", "",
             "| type | n |", "|---|---|"]
    lines += ["| %s | %d |" % (t, n) for t, n in sorted(by_type.items())]
    lines += ["", "| format | n |", "|---|---|"]
    lines += ["| %s | %d |" % (f, n) for f, n in sorted(by_fmt.items())]
    lines += ["", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = cnt[r]
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["fail"], c["warn"], c["n/a"]))
    lines += ["", "## Regenerate and check", "",
              "```", "cd /work/main/tuning12a", "/work/venv/bin/python tuning12a_gen.py", 
              "/work/venv/bin/python tuning12a_gen.py --check", "```", "",
              "Generation is deterministic (fixed document dates; reportlab invariant mode). Labels follow "
              "docs/RULES-SEMANTICS.md; each non-pass outcome is explained in the `notes` field of labels.json.", ""]
    return "\n".join(lines)


def extract_text(path, spec=None):
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for sec in d.sections:
            parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
        return "\n".join(parts)
    import pypdf
    r = pypdf.PdfReader(path)
    text = "\n".join(pg.extract_text() or "" for pg in r.pages)
    if spec:  # drop running header/footer lines, which pypdf interleaves with body text at page breaks
        if spec.get("header"):
            text = text.replace(spec["header"], " ")
        ft = spec.get("footer") or "Page {page}"
        pat = re.escape(ft).replace(re.escape("{page}"), r"\d+")
        text = re.sub(pat, " ", text)
    return text


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(specs):
    with open(os.path.join(HERE, "labels.json")) as f:
        labels = json.load(f)
    ok = True
    if set(labels) != {s["file"] for s in specs}:
        print("labels.json file set differs from specs")
        ok = False
    for s in specs:
        path = os.path.join(DOCDIR, s["file"])
        if not os.path.exists(path):
            print("MISSING", s["file"])
            ok = False
            continue
        text = norm(extract_text(path, s))
        for k in s["keys"]:
            if norm(k) not in text:
                print("KEY NOT FOUND in %s: %r" % (s["file"], k))
                ok = False
        lab = labels.get(s["file"], {})
        if lab.get("outcomes") != {r: s["labels"][r] for r in RULES} or lab.get("type") != s["type"]:
            print("LABEL MISMATCH", s["file"])
            ok = False
        for r, v in s["labels"].items():
            if v in ("fail", "warn") and r not in s["notes"]:
                print("NOTE MISSING for %s %s" % (s["file"], r))
                ok = False
    print("checked %d documents: %s" % (len(specs), "OK" if ok else "PROBLEMS"))
    return ok


def main():
    specs = all_specs()
    if "--check" in sys.argv:
        sys.exit(0 if check(specs) else 1)
    os.makedirs(DOCDIR, exist_ok=True)
    for s in specs:
        render(s, os.path.join(DOCDIR, s["file"]))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels_for(specs), f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(specs))
    print("wrote %d documents" % len(specs))


if __name__ == "__main__":
    main()
