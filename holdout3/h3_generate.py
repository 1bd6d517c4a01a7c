"""holdout3 generator: writes documents/, labels.json and README.md; --check re-reads every file.

Usage:  /work/venv/bin/python h3_generate.py            (generate)
        /work/venv/bin/python h3_generate.py --check    (verify files against specs)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h3_render import render, key_texts  # noqa: E402
import h3_pids  # noqa: E402
import h3_pids_b  # noqa: E402
import h3_agreements_a  # noqa: E402
import h3_agreements_b  # noqa: E402
import h3_others  # noqa: E402
import h3_others_b  # noqa: E402

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
DOCS_DIR = os.path.join(HERE, "documents")


def all_specs():
    specs = (h3_pids.DOCS + h3_pids_b.DOCS + h3_agreements_a.DOCS + h3_agreements_b.DOCS
             + h3_others.DOCS + h3_others_b.DOCS)
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    return specs


def outcomes_for(spec):
    out = {}
    for r in RULES:
        out[r] = "pass" if spec["type"] in APPLIES[r] else "n/a"
    # an executive summary is only judged on data protection when it touches patient data
    if spec["type"] == "executive-summary" and not spec.get("es_patient_data"):
        out["data-protection"] = "n/a"
    for r, v in spec.get("labels", {}).items():
        assert r in RULES and v in ("pass", "fail", "warn", "n/a"), (spec["file"], r, v)
        assert spec["type"] in APPLIES[r], (spec["file"], r)
        out[r] = v
    return out


def build_labels(specs):
    labels = {}
    for s in specs:
        labels[s["file"]] = {"type": s["type"], "error": None, "split": "eval",
                             "notes": s.get("notes", "All applicable rules pass."),
                             "outcomes": outcomes_for(s)}
    return labels


def readme(specs, labels):
    by_type = Counter((s["type"], s["fmt"]) for s in specs)
    types = sorted({s["type"] for s in specs})
    lines = ["# holdout3 - held-out evaluation set (split: eval)", "",
             "Seventeenth independent author. 40 documents written as if by many different NHS and",
             "industry organisations. **All names (organisations, people, products, brands) are invented.**",
             "", "## Counts by type and format", "", "| type | docx | pdf | total |", "|---|---|---|---|"]
    for t in types:
        d, p = by_type[(t, "docx")], by_type[(t, "pdf")]
        lines.append(f"| {t} | {d} | {p} | {d + p} |")
    lines.append(f"| **all** | {sum(v for (t, f), v in by_type.items() if f == 'docx')} | "
                 f"{sum(v for (t, f), v in by_type.items() if f == 'pdf')} | {len(specs)} |")
    lines += ["", "## Focus", "",
              "No special focus: defects are spread evenly over all ten rules (each rule has at least",
              "four documents labelled fail or warn). About 40% of documents pass every applicable rule.",
              "Templates vary: formal legal agreements, label/value form PIDs, narrative summaries,",
              "two-column PDFs, cover pages, running headers/footers with page numbers and",
              "OFFICIAL / OFFICIAL - SENSITIVE markings, revision history tables, appendices.", "",
              "## Outcomes per rule", "", "| rule | pass | warn | fail | n/a |", "|---|---|---|---|---|"]
    for r in RULES:
        c = Counter(v["outcomes"][r] for v in labels.values())
        lines.append(f"| {r} | {c['pass']} | {c['warn']} | {c['fail']} | {c['n/a']} |")
    lines += ["", "## Regenerate and check", "", "```",
              "cd /work/main/holdout3", "/work/venv/bin/python h3_generate.py", 
              "/work/venv/bin/python h3_generate.py --check", "```", "",
              "Generation is deterministic (no randomness; fixed document metadata dates).",
              "Labels follow docs/RULES-SEMANTICS.md; `notes` in labels.json explains every non-pass label.",
              "Modules: h3_render.py (docx/pdf writer), h3_pids.py, h3_pids_b.py, h3_agreements_a.py,",
              "h3_agreements_b.py, h3_others.py, h3_others_b.py (content and labels), h3_generate.py (driver)."]
    return "\n".join(lines) + "\n"


def generate():
    specs = all_specs()
    os.makedirs(DOCS_DIR, exist_ok=True)
    for s in specs:
        render(s, os.path.join(DOCS_DIR, s["file"]))
    labels = build_labels(specs)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(specs, labels))
    print(f"wrote {len(specs)} documents")


def extract(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _norm(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", t).lower()


def check():
    specs = all_specs()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    bad = 0
    assert set(labels) == {s["file"] for s in specs}, "labels.json does not match specs"
    for s in specs:
        path = os.path.join(DOCS_DIR, s["file"])
        if not os.path.exists(path):
            print("MISSING", s["file"])
            bad += 1
            continue
        text = extract(path)
        # strip running headers/footers and page numbers so split paragraphs re-join
        if s["fmt"] == "pdf":
            lines = [ln for ln in text.splitlines()
                     if ln.strip() not in (s.get("header"), s.get("footer"))]
            text = "\n".join(re.sub(r"Page \d+$", " ", ln) for ln in lines)
        full = _norm(text)
        missing = [k for k in key_texts(s) if _norm(k) not in full]
        for k in s.get("key", []):
            if _norm(k) not in full:
                missing.append(k)
        if labels[s["file"]]["outcomes"] != outcomes_for(s):
            print("LABEL MISMATCH", s["file"])
            bad += 1
        if missing:
            bad += 1
            print("TEXT MISSING in", s["file"], "->", [m[:60] for m in missing[:5]])
    print("check:", "OK" if not bad else f"{bad} problems", f"({len(specs)} documents)")
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
