"""Generator for the tuning11b labelled set (author 27: the wider NHS and its partners).

Usage:  /work/venv/bin/python tuning11b/tuning11b_gen.py          # write documents, labels, README
        /work/venv/bin/python tuning11b/tuning11b_gen.py --check  # re-open every file and verify
Deterministic: no randomness; documents are fully specified in the tuning11b_docs_*.py modules.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tuning11b_render import block_text, render_docx, render_pdf  # noqa: E402
import tuning11b_docs_a  # noqa: E402
import tuning11b_docs_b  # noqa: E402
import tuning11b_docs_c  # noqa: E402
import tuning11b_docs_d  # noqa: E402

SPLIT = "dev"
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
DOCDIR = os.path.join(HERE, "documents")


def all_docs():
    docs = []
    for mod in (tuning11b_docs_a, tuning11b_docs_b, tuning11b_docs_c, tuning11b_docs_d):
        docs += mod.DOCS
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    return docs


def outcomes_for(d):
    out = {}
    for r in RULES:
        if d["type"] not in APPLIES[r]:
            out[r] = "n/a"
        elif r == "data-protection" and d["type"] == "executive-summary" and not d.get("es_data"):
            out[r] = "n/a"
        else:
            out[r] = "pass"
    for r, v in d.get("defects", {}).items():
        assert r in RULES and v in ("fail", "warn"), (d["file"], r, v)
        assert out[r] != "n/a", (d["file"], r, "defect on a non-applicable rule")
        out[r] = v
    return out


def labels(docs):
    lab = {}
    for d in sorted(docs, key=lambda x: x["file"]):
        lab[d["file"]] = {"type": d["type"], "error": None, "split": SPLIT,
                          "notes": d["notes"], "outcomes": outcomes_for(d)}
    return lab


def readme(docs, lab):
    by = Counter((d["type"], d["file"].rsplit(".", 1)[1]) for d in docs)
    types = sorted({t for t, _ in by})
    lines = ["# tuning11b - labelled documents (author 27)", "",
             "Focus: **the wider NHS and its partners** - Welsh university health boards, Scottish "
             "health boards / integration joint boards, Northern Ireland HSC trusts, English ICBs, "
             "mental health, community and ambulance trusts, hospices, council public health teams, "
             "universities, health innovation networks and companies of different sizes (large UK "
             "affiliate, small specialist company, generic manufacturer). Many documents are "
             "three- or four-party agreements, some with a consortium, a partnership board, a "
             "joint venture LLP or an integration joint board as a party.", "",
             "All organisations, people, products and brands are invented.", "",
             "Split: every document is `%s`." % SPLIT, "",
             "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in types:
        a, b = by.get((t, "docx"), 0), by.get((t, "pdf"), 0)
        lines.append("| %s | %d | %d | %d |" % (t, a, b, a + b))
    lines.append("| **all** | %d | %d | %d |" % (
        sum(v for (t, f), v in by.items() if f == "docx"),
        sum(v for (t, f), v in by.items() if f == "pdf"), len(docs)))
    lines += ["", "Outcome counts per rule:", "", "| rule | pass | warn | fail | n/a |",
              "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in lab.values())
        lines.append("| %s | %d | %d | %d | %d |" % (r, c["pass"], c["warn"], c["fail"], c["n/a"]))
    clean = sum(1 for v in lab.values() if all(x in ("pass", "n/a") for x in v["outcomes"].values()))
    lines += ["", "Documents where every applicable rule passes: %d of %d." % (clean, len(lab)), "",
              "Regenerate: `/work/venv/bin/python tuning11b/tuning11b_gen.py`  ",
              "Check: `/work/venv/bin/python tuning11b/tuning11b_gen.py --check` (re-opens every "
              "file with python-docx / pypdf and verifies the key phrases and labels).", "",
              "Labels follow docs/RULES-SEMANTICS.md; each label's `notes` explains every non-pass "
              "outcome and the harder pass decisions.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(DOCDIR, exist_ok=True)
    docs = all_docs()
    for d in docs:
        path = os.path.join(DOCDIR, d["file"])
        meta = dict(d["meta"])
        meta.setdefault("doc_title", d["blocks"][0][1])
        (render_docx if d["file"].endswith(".docx") else render_pdf)(path, meta, d["blocks"])
    lab = labels(docs)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(lab, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(docs, lab))
    print("wrote %d documents" % len(docs))


def _norm(s):
    return re.sub(r"\s+", "", s).lower().replace("\u2019", "'")


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), None
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def check():
    docs = all_docs()
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    bad = 0
    assert set(lab) == {d["file"] for d in docs}, "labels and documents differ"
    assert set(os.listdir(DOCDIR)) == set(lab), "documents folder has extra/missing files"
    for d in docs:
        text, pages = extract(os.path.join(DOCDIR, d["file"]))
        nt = raw = _norm(text)
        # running headers/footers interrupt paragraphs that cross a page break in PDFs
        for hf in (d["meta"].get("header"), d["meta"].get("footer")):
            if hf:
                nt = nt.replace(_norm(hf), "")
        nt = re.sub(r"page\d+", "", nt)
        keys = list(d["keys"]) + [d["blocks"][0][1]]
        missing = [k for k in keys if _norm(k) not in nt and _norm(k) not in raw]
        # every substantial paragraph of the spec must also be present
        paras = [t for t in block_text(d["blocks"]) if len(t) > 40]
        lost = [t[:50] for t in paras if _norm(t) not in nt and _norm(t) not in raw]
        if lab[d["file"]]["outcomes"] != outcomes_for(d):
            print("LABEL MISMATCH", d["file"])
            bad += 1
        if missing or lost:
            bad += 1
            print("FAIL", d["file"], missing, lost[:3])
        else:
            print("ok  ", d["file"], "pages=%s" % pages if pages else "", "chars=%d" % len(text))
    print("problems:", bad)
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
