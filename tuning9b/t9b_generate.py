"""Generator for the tuning9b labelled set. Usage: python t9b_generate.py [--check]"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from t9b_render import render, extract_text, norm
from t9b_docs_pid import PIDS
from t9b_docs_agr import AGRS
from t9b_docs_other import OTHER

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "pid": set(RULES) - {"legal-entities"},
    "agreement": set(RULES),
    "executive-summary": {"resource-contributions", "promotional-language", "sales-roles", "patient-benefit",
                          "transparency"},  # data-protection only via explicit override (data mentioned)
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles", "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes",
                         "transparency"},
}
DOCS = PIDS + AGRS + OTHER


def outcomes(d):
    o = {r: ("pass" if r in APPLIES[d["type"]] else "n/a") for r in RULES}
    o.update(d["over"])
    return o


def labels():
    return {d["file"]: {"type": d["type"], "error": None, "split": "dev", "notes": d["notes"],
                        "outcomes": outcomes(d)} for d in DOCS}


def readme(lab):
    from collections import Counter
    c = Counter((v["type"], k.rsplit(".", 1)[1]) for k, v in lab.items())
    lines = ["# tuning9b - labelled dev set (22nd author)", "",
             "20 documents, split `dev`. All organisations, people, products and places are invented.", "",
             "Focus: SUBTLE DEFECTS in otherwise complete, polished documents. 14 documents each carry exactly "
             "one subtle defect (legal-entities x3, resource-contributions x3, data-protection x2, "
             "patient-benefit x3, exit-strategy x1 (warn), transparency x2); 6 pass everything while using "
             "tricky but acceptable wording (negations such as 'no patient-identifiable data will be shared "
             "with the company', sales exclusions, one-sided confidentiality that still passes).", "",
             "| type | format | count |", "|---|---|---|"]
    lines += ["| %s | %s | %d |" % (t, f, n) for (t, f), n in sorted(c.items())]
    lines += ["", "Regenerate: `/work/venv/bin/python tuning9b/t9b_generate.py`", "",
              "Check: `/work/venv/bin/python tuning9b/t9b_generate.py --check` (re-opens every file and "
              "verifies key phrases are present).", "",
              "Labelling decisions: a termination clause covering only notice/payment/IP/return of "
              "confidential information but not patients, services or funded staff is labelled exit-strategy "
              "= warn (present but weak). Confidentiality that protects only the company's information passes "
              "(RULES-SEMANTICS: patient and/or project/commercial information). 'may publish' and "
              "'subject to the company's approval' fail transparency.", ""]
    return "\n".join(lines)


def generate():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        render(d, os.path.join(OUT, d["file"]))
    lab = labels()
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(lab, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme(lab))
    print("wrote %d documents" % len(DOCS))


def check():
    bad = 0
    lab = json.load(open(os.path.join(HERE, "labels.json")))
    for d in DOCS:
        p = os.path.join(OUT, d["file"])
        txt = norm(extract_text(p))
        for k in d["keys"] + [d["title"][:40]]:
            if norm(k) not in txt:
                print("MISSING in %s: %r" % (d["file"], k)); bad += 1
        if lab.get(d["file"], {}).get("outcomes") != outcomes(d):
            print("LABEL MISMATCH", d["file"]); bad += 1
    print("check: %d problems, %d documents" % (bad, len(DOCS)))
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
