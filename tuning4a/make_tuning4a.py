"""Deterministic generator for the tuning4a labelled document set.

Run from /work/main:  /work/venv/bin/python tuning4a/make_tuning4a.py [--check]
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import t4a_render as R
import t4a_pids, t4a_agreements, t4a_summaries, t4a_other, t4a_extra

OUTDIR = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}
# executive summaries that mention patient data / records / data sharing (data-protection applies)
ES_WITH_DATA = {"Executive_Summary_Early_Arthritis_FastTrack_Harrowfield.pdf",
                "Executive_summary_Clozapine_Clinic_Ashcombe_INTERNAL.docx"}


def all_docs():
    D = []
    D += t4a_pids.docs() + t4a_pids.docs2() + t4a_pids.docs3()
    D += t4a_agreements.docs() + t4a_agreements.docs2() + t4a_agreements.docs3()
    D += t4a_summaries.es() + t4a_summaries.cf()
    D += t4a_other.out() + t4a_other.amd() + t4a_other.unknown()
    for i, d in enumerate(D):
        d["blocks"] = t4a_extra.enrich(d, i)
    return D


def outcomes(d):
    out = {}
    for r in RULES:
        ok = d["type"] in APPLIES[r]
        if r == "data-protection" and d["type"] == "executive-summary":
            ok = d["file"] in ES_WITH_DATA
        out[r] = d["issues"].get(r, "pass") if ok else "n/a"
        assert ok or r not in d["issues"], (d["file"], r)
    return out


def generate():
    os.makedirs(OUTDIR, exist_ok=True)
    for f in os.listdir(OUTDIR):
        os.remove(os.path.join(OUTDIR, f))
    labels = {}
    for d in all_docs():
        p = os.path.join(OUTDIR, d["file"])
        ext = d["file"].rsplit(".", 1)[1]
        if ext == "docx":
            R.to_docx(d["blocks"], p)
        elif ext == "pdf":
            R.to_pdf(d["blocks"], p)
        else:
            R.to_text(d["blocks"], p, md=(ext == "md"))
        labels[d["file"]] = {"type": d["type"], "error": None, "split": "dev",
                             "outcomes": outcomes(d), "notes": d["notes"]}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
    print("wrote %d documents" % len(labels))


def check():
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    docs = {d["file"]: d for d in all_docs()}
    bad = 0
    assert set(labels) == set(docs) == set(os.listdir(OUTDIR)), "file set mismatch"
    pages = {}
    for name, d in docs.items():
        txt = R.extract(os.path.join(OUTDIR, name))
        nt = R.norm(txt)
        for c in d["checks"]:
            if R.norm(c) not in nt:
                print("MISSING in %s: %r" % (name, c)); bad += 1
        if name.endswith(".pdf"):
            pages[name] = int(txt.rsplit("[pages=", 1)[1].rstrip("]"))
        lab = labels[name]
        if lab["outcomes"] != outcomes(d):
            print("LABEL MISMATCH", name); bad += 1
    print("types:", dict(Counter(l["type"] for l in labels.values())))
    print("formats:", dict(Counter(n.rsplit(".", 1)[1] for n in labels)))
    print("pdf pages: min %d max %d" % (min(pages.values()), max(pages.values())))
    for r in RULES:
        print("%-24s %s" % (r, dict(sorted(Counter(l["outcomes"][r] for l in labels.values()).items()))))
    nprob = Counter(sum(v in ("fail", "warn") for v in l["outcomes"].values()) for l in labels.values())
    print("problems per document:", dict(sorted(nprob.items())))
    print("CHECK", "OK" if not bad else "FAILED (%d)" % bad)
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
