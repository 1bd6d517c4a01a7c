"""holdout9 generator: python holdout9_generate.py [--check]. Deterministic; no randomness."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from holdout9_specs import SPECS  # noqa: E402
from holdout9_ctx import ctx  # noqa: E402
from holdout9_pidagr import pid, agreement  # noqa: E402
from holdout9_others import exec_summary, concept, outcomes, amendment, other  # noqa: E402
from holdout9_render import to_docx, to_pdf  # noqa: E402

DOCS = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
KEY = {"exit-strategy": "exit", "confidentiality": "conf", "data-protection": "dp", "resource-contributions": "res",
       "legal-entities": "le", "promotional-language": "promo", "sales-roles": "sales", "patient-benefit": "ben",
       "measurable-outcomes": "meas", "transparency": "trans"}
APPLIES = {"exit-strategy": {"pid", "agreement"}, "confidentiality": {"pid", "agreement"},
           "data-protection": {"pid", "agreement", "executive-summary"},
           "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
           "legal-entities": {"agreement"}, "promotional-language": None, "sales-roles": None,
           "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
           "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
           "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"}}
WHY = {
    "fail_enddate": "only an end date and 'partners will meet to discuss next steps' - no exit arrangement",
    "fail_tbc": "exit arrangements left 'to be agreed by the steering group' (placeholder)",
    "fail_pointer": "refers to Schedule 4, but the agreement has only Schedules 1-3",
    "warn_breach": "termination only for material breach or insolvency; no ordinary exit, nothing on patients/services",
    "warn_machinery": "closure only stands down the project board and archives files; nothing on patients, service or staff",
    "warn_standard": "bare 'Confidentiality: standard terms apply'",
    "warn_lapse": "confidentiality undertaking lapses 30 days after disclosure",
    "fail_due": "NDA only intended 'in due course'; no confidentiality provision in the document",
    "fail_company_use": "confidentiality clause undercut by IP clause letting the company use project information for commercial/marketing purposes",
    "fail_marking": "only a 'COMMERCIAL IN CONFIDENCE' page marking; no confidentiality provision",
    "warn_gdpr": "bare 'GDPR compliant' statement while patient data is involved",
    "warn_1998": "cites the outdated Data Protection Act 1998 only",
    "fail_dpia_if": "only 'a DPIA will be carried out if required' (placeholder), though clinic records are used",
    "fail_company_access": "NHS numbers/DOB extracted by a company-contracted auditor and sent to the company's medical team",
    "fail_app": "patients' name, DOB, postcode, hospital number collected in a company-hosted app",
    "fail_es_share": "patient-level data with NHS numbers shared with the company's medical affairs team",
    "fail_inkind": "NHS party contributes 'in kind' with nothing said of what",
    "fail_support": "NHS contribution is only 'support and engagement, and access to patients'",
    "fail_one": "only the company's contribution stated; NHS provides 'resources as required'",
    "person": "a contracting party is an individual consultant, not her employing organisation",
    "network": "a party is an informal clinical network that the agreement says has no legal personality, no host",
    "pcn": "a Primary Care Network is a party with no contracting vehicle (no lead practice or host named)",
    "team": "a party is a clinical team, not the health board",
    "brand": "promotes increased uptake of the company's product",
    "jargon": "'brand plan' and 'pull-through' commercial language tied to the company's product",
    "switch": "patients to be reviewed with a view to switching to the company's product",
    "superlative": "'best-in-class' and 'breakthrough' claims for the company's product",
    "start_on": "links the screening project to patients being started on the company's product",
    "fail_kam": "Key Account Manager on the project team/steering group",
    "fail_rbm": "Regional Business Manager given an action to deliver practice training",
    "fail_rsm": "Regional Sales Manager listed in the project group",
    "fail_brand": "amendment adds a Brand Manager to the steering group",
    "warn_contact": "Area Sales Manager named only as a contact for delivery of printed materials",
    "warn_vague": "patient benefit only in vague terms ('improved outcomes')",
    "fail_uptake": "the only stated benefit is more patients started on the company's product",
    "warn_qual": "outcomes described only qualitatively; no figures",
    "fail_none": "no outcome measures agreed ('to be developed later')",
    "warn_board": "measures named but targets left to the ICB board and figures not reported",
    "fail_discretion": "publication only 'at the company's discretion'",
    "fail_internal": "marked internal - not for publication; no publication commitment",
    "fail_pilot": "only the earlier pilot's summary was published; no commitment for this phase",
    "fail_approval": "publication subject to the company Medical Director's approval",
    "none": "no publication/disclosure commitment anywhere in the agreement",
}
WHY_PB_POINTER = "'as described in section 2' points to a section about capacity/efficiency that states no patient benefit"
WHY_M_TBC = "'Key performance indicators: TBC'"


def outcome(code):
    if code == "pass":
        return "pass"
    return "warn" if code.startswith("warn") else "fail"


def build(s):
    c = ctx(s)
    t = s["type"]
    f = {"pid": pid, "agreement": agreement, "executive-summary": exec_summary, "concept-framework": concept,
         "outcomes-summary": outcomes, "amendment": amendment, "unknown": other}[t]
    meta, blocks = f(c)
    lab, notes = {}, []
    for r in RULES:
        code = c[KEY[r]]
        ap = APPLIES[r]
        if (ap is not None and t not in ap) or (r == "data-protection" and t == "executive-summary" and code == "na"):
            lab[r] = "n/a"
            continue
        lab[r] = outcome(code)
        if code != "pass":
            why = WHY_PB_POINTER if (r == "patient-benefit" and code == "fail_pointer") else \
                WHY_M_TBC if (r == "measurable-outcomes" and code == "fail_tbc") else \
                "every NHS entry in the resources table is 'TBC'" if (r == "resource-contributions" and code == "fail_tbc") else WHY[code]
            notes.append(f"{r} {lab[r]}: {why}")
    if t == "executive-summary" and lab["data-protection"] == "n/a":
        notes.append("data-protection n/a: ES does not mention patient data or data sharing")
    return meta, blocks, lab, "; ".join(notes) or "all applicable rules pass"


def fname(s):
    return f"holdout9_{s['n']:02d}_{s['slug']}.{s['fmt']}"


def texts(blocks, meta):
    out = [meta["title"]]
    for b in blocks:
        if b[0] in ("p", "h", "h2"):
            out.append(b[1])
        elif b[0] == "b":
            out += b[1]
        elif b[0] in ("t", "kv"):
            out += [v for r in b[1] for v in r if v]
    return out


def norm(x):
    return re.sub(r"\s+", "", x).replace("\u2022", "").replace("\x7f", "").replace("\uf0b7", "")


def extract(path, meta=None):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    from pypdf import PdfReader
    top = "  |  ".join(x for x in (meta.get("marking"), meta["doctype"], meta["version"]) if x)
    keep = []
    for p in PdfReader(path).pages:
        for ln in (p.extract_text() or "").split("\n"):
            s = ln.strip()
            if s in (top.strip(), meta.get("marking")) or re.fullmatch(r"Page \d+", s):
                continue
            keep.append(ln)
    return "\n".join(keep)


def main():
    check = "--check" in sys.argv
    os.makedirs(DOCS, exist_ok=True)
    labels, bad = {}, []
    for s in SPECS:
        meta, blocks, lab, notes = build(s)
        fn = fname(s)
        path = os.path.join(DOCS, fn)
        if check:
            got = norm(extract(path, meta))
            miss = [x for x in texts(blocks, meta) if norm(x) not in got]
            if miss:
                bad.append((fn, miss[:3]))
        else:
            if s["fmt"] == "docx":
                to_docx(path, meta, blocks, s["n"])
            else:
                to_pdf(path, meta, blocks, s["n"], s.get("layout", "plain"))
        labels[fn] = {"type": s["type"], "error": None, "split": "eval", "notes": notes, "outcomes": lab}
    if check:
        old = json.load(open(os.path.join(HERE, "labels.json")))
        if old != labels:
            bad.append(("labels.json", ["differs from regenerated labels"]))
        for b in bad:
            print("MISSING", b)
        print("check:", "OK" if not bad else f"{len(bad)} problem(s)", f"({len(labels)} documents)")
        sys.exit(1 if bad else 0)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
    from holdout9_readme import write_readme
    write_readme(HERE, labels, RULES)
    print("wrote", len(labels), "documents")


if __name__ == "__main__":
    main()
