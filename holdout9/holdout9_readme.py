"""holdout9: README writer."""
import collections
import os

FOCUS = ("Archive of a UK pharmaceutical medical affairs team (invented company Marlowe Arden Pharmaceuticals UK Ltd) covering "
         "several years of collaborative/joint working in oncology, rare disease, vaccines and immunisation, mental health, "
         "dermatology and ophthalmology with trusts, Scottish health boards, a Northern Ireland HSC trust, a Welsh health board, "
         "an ICB, a CIC, a hospice, a university and a charity partner. Older documents are terse forms; newer ones narrative; "
         "agreements are in clause form. No single rule focus.")


def write_readme(here, labels, rules):
    bytype = collections.Counter(v["type"] for v in labels.values())
    byfmt = collections.Counter(k.rsplit(".", 1)[1] for k in labels)
    allpass = sum(1 for v in labels.values() if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    lines = ["# holdout9 – independent evaluation set (split: eval)", "", FOCUS, "",
             f"{len(labels)} documents; {allpass} pass every applicable rule.", "", "| type | count |", "|---|---|"]
    lines += [f"| {t} | {n} |" for t, n in sorted(bytype.items())]
    lines += ["", "| format | count |", "|---|---|"] + [f"| {t} | {n} |" for t, n in sorted(byfmt.items())]
    lines += ["", "| rule | pass | fail | warn | n/a |", "|---|---|---|---|---|"]
    for r in rules:
        c = collections.Counter(v["outcomes"][r] for v in labels.values())
        lines.append(f"| {r} | {c['pass']} | {c['fail']} | {c['warn']} | {c['n/a']} |")
    lines += ["", "Regenerate: `/work/venv/bin/python holdout9_generate.py` (deterministic, no randomness).",
              "Check: `/work/venv/bin/python holdout9_generate.py --check` re-opens every file (python-docx / pypdf) and "
              "verifies every paragraph, heading and table cell of the source text is present, and that labels.json matches.",
              "", "Modules: holdout9_scen (therapy-area scenarios), holdout9_specs (40 document specs and defect codes), holdout9_ctx, "
              "holdout9_rules / holdout9_rules2 (per-rule wording), holdout9_pidagr / holdout9_others (composition), "
              "holdout9_render (docx/pdf), holdout9_readme.", "",
              "All names of organisations, people, products and brands are invented."]
    open(os.path.join(here, "README.md"), "w").write("\n".join(lines) + "\n")
