"""Write the measured figures into models/README.md (between the figures markers).

Reads the installed model's metadata (cross-validated metrics, thresholds), runs the
document-level comparison (rules alone vs rules + model, per split) and the timing script.

Usage: python scripts/model_figures.py [--write]   (without --write: print the section)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer import model_evaluation as me  # noqa: E402
from reviewer.analysis import classifier  # noqa: E402

START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def fmt(value) -> str:
    return "–" if value is None else f"{value:.2f}"


def section() -> str:
    model = classifier.load()
    meta = model.metadata
    cv = meta["metrics"]["cross_validation"]
    at = meta["metrics"]["at_thresholds"]
    lines = [
        f"Model: {meta['model']['estimator']}, config `{meta['model']['config']}`; "
        f"{meta['training']['examples']} training sentences "
        f"(data sha256 `{meta['training']['data_sha256'][:16]}…`); weights sha256 "
        f"`{meta['weights_sha256'][:16]}…`; scikit-learn {meta['versions']['scikit-learn']}, "
        f"numpy {meta['versions']['numpy']}.",
        "",
        f"### Sentence level: stratified {cv['folds']}-fold cross-validation (seed {cv['seed']})",
        "",
        "Argmax prediction per sentence, and (right) the rule's use of the model: "
        "`p(label) >= threshold`, thresholds chosen from the same out-of-fold predictions.",
        "",
        "| label | precision | recall | F1 | support | threshold | precision at t | recall at t |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, cell in cv["per_class"].items():
        t = at.get(label, {})
        lines.append(
            f"| {label} | {cell['precision']:.3f} | {cell['recall']:.3f} | {cell['f1']:.3f} | "
            f"{cell['support']} | {fmt(t.get('threshold'))} | {fmt(t.get('precision'))} | "
            f"{fmt(t.get('recall'))} |"
        )
    lines += ["", f"Accuracy {cv['accuracy']:.3f}; macro F1 over the nine clause labels "
              f"{cv['macro_f1_clauses']:.3f}.", ""]

    result = me.compare_documents()
    lines += [
        "### Document level: per-rule precision / recall, rules alone vs rules + model",
        "",
        "Positive = the rule flags a problem (outcome fail or warn). Sets ending `:tuning` or "
        "`:dev` were available for tuning; sets ending `:eval` are held out (never tuned on).",
    ]
    for group in sorted(result["rules"], key=lambda g: (g.endswith(":eval"), g)):
        lines += ["", f"**{group}**", "",
                  "| rule | rules P | rules R | rules tp/fp/fn | +model P | +model R | "
                  "+model tp/fp/fn |", "|---|---|---|---|---|---|---|"]
        for rule in me.CORE:
            if rule not in result["rules"][group]:
                continue
            row = f"| {rule} |"
            for kind in ("rules", "rules+model"):
                cell = result[kind][group][rule]
                p, r = me.precision_recall(cell)
                row += (f" {fmt(p)} | {fmt(r)} | {cell.get('tp', 0)}/{cell.get('fp', 0)}/"
                        f"{cell.get('fn', 0)} |")
            lines.append(row)
    timing = subprocess.run([sys.executable, str(ROOT / "scripts" / "model_timing.py")],
                            capture_output=True, text=True, check=True, cwd=ROOT).stdout
    lines += ["", "### Speed (scripts/model_timing.py on the development machine)", "", "```",
              timing.strip(), "```"]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update models/README.md in place")
    args = parser.parse_args(argv)
    text = section()
    if not args.write:
        print(text)
        return 0
    readme = ROOT / "models" / "README.md"
    current = readme.read_text("utf-8")
    before, rest = current.split(START, 1)
    _, after = rest.split(END, 1)
    readme.write_text(f"{before}{START}\n{text}\n{END}{after}", "utf-8")
    print(f"updated {readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
