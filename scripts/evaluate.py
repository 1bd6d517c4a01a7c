"""Per-rule precision/recall of jwreview against labelled documents.

Positive class: the rule flags a problem (outcome fail or warn). A document whose label is
`n/a` for a rule counts only in the "applicability" column. Documents labelled with a split
are reported per split; mismatches are listed only for tuning sets (fixtures and the dev split),
never for the eval split, so nobody tunes rules on held-out documents by accident.

Usage: python scripts/evaluate.py [--labels FILE ...] [--split dev|eval|all] [--json OUT]
       python scripts/evaluate.py --write-accuracy reviewer/data/rule-accuracy.json

`--write-accuracy` measures the held-out sets only (the eval split of eval/ and
holdout/ … holdout10/) and writes the per-rule figures (with document counts, date and commit) that
`jwreview rules list` shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.review import review_file  # noqa: E402
from reviewer.rules.catalogue import CORE_ORDER  # noqa: E402

DEFAULT_LABELS = [
    ROOT / "fixtures/documents/labels.json",
    ROOT / "corpus/labels.json",
    ROOT / "eval/labels.json",
    ROOT / "tuning2/labels.json",  # fourth author, tuning (split dev)
    ROOT / "tuning3a/labels.json",  # sixth author, tuning (split dev)
    ROOT / "tuning3b/labels.json",  # seventh author, tuning (split dev)
    ROOT / "tuning4a/labels.json",  # eighth author, tuning (split dev)
    ROOT / "tuning4b/labels.json",  # ninth author, tuning (split dev)
    ROOT / "tuning5a/labels.json",  # eleventh author, tuning (split dev)
    ROOT / "tuning5b/labels.json",  # twelfth author, tuning (split dev)
    ROOT / "tuning6a/labels.json",  # thirteenth author, tuning (split dev)
    ROOT / "tuning6b/labels.json",  # fourteenth author, tuning (split dev)
    ROOT / "tuning7a/labels.json",  # fifteenth author, tuning (split dev)
    ROOT / "tuning7b/labels.json",  # sixteenth author, tuning (split dev)
    ROOT / "tuning8a/labels.json",  # eighteenth author, tuning (split dev)
    ROOT / "tuning8b/labels.json",  # nineteenth author, tuning (split dev)
    ROOT / "tuning9a/labels.json",  # twentieth author, tuning (split dev)
    ROOT / "tuning9b/labels.json",  # twenty-second author, tuning (split dev)
    ROOT / "tuning10a/labels.json",  # twenty-third author, tuning (split dev)
    ROOT / "tuning10b/labels.json",  # twenty-fourth author, tuning (split dev)
    ROOT / "tuning11a/labels.json",  # twenty-sixth author, tuning (split dev)
    ROOT / "tuning11b/labels.json",  # twenty-seventh author, tuning (split dev)
    ROOT / "tuning12a/labels.json",  # twenty-ninth author, tuning (split dev)
    ROOT / "tuning12b/labels.json",  # thirtieth author, tuning (split dev)
    ROOT / "tuning13a/labels.json",  # thirty-third author, tuning (split dev)
    ROOT / "tuning13b/labels.json",  # thirty-fourth author, tuning (split dev)
    ROOT / "tuning14a/labels.json",  # thirty-seventh author, tuning (split dev)
    ROOT / "tuning14b/labels.json",  # thirty-eighth author, tuning (split dev)
    ROOT / "holdout/labels.json",  # fifth author, held out (split eval): never tune on it
    ROOT / "holdout2/labels.json",  # tenth author, held out (split eval): never tune on it
    ROOT / "holdout3/labels.json",  # seventeenth author, held out (split eval): never tune on it
    ROOT / "holdout4/labels.json",  # twenty-first author, held out (split eval): never tune on it
    ROOT / "holdout5/labels.json",  # twenty-fifth author, held out (split eval): never tune on it
    ROOT / "holdout6/labels.json",  # twenty-eighth author, held out (split eval): never tune on it
    ROOT / "holdout7/labels.json",  # thirty-first author, held out (split eval): never tune on it
    ROOT / "holdout8/labels.json",  # thirty-second author, held out (split eval): never tune on it
    ROOT / "holdout9/labels.json",  # thirty-fifth author, held out (split eval): never tune on it
    ROOT / "holdout10/labels.json",  # thirty-sixth author, held out (split eval): never tune on it
]
FLAGGED = {"fail", "warn", "unchecked"}  # "could not check" (unread pages) is flagged, never a pass


def load_cases(label_files, split_filter):
    cases = []
    for label_file in label_files:
        label_file = Path(label_file)
        if not label_file.exists():
            continue
        labels = json.loads(label_file.read_text("utf-8"))
        folder = label_file.parent
        corpus = folder.parent.name if folder.name == "documents" else folder.name
        for name, label in labels.items():
            split = label.get("split", "tuning")
            group = f"{corpus}:{split}"
            wanted = split_filter in ("all", split) or (split_filter == "dev" and split == "tuning")
            if not wanted:
                continue
            path = folder / name if (folder / name).exists() else folder / "documents" / name
            cases.append((group, path, label))
    return cases


def evaluate(cases, use_model: bool | None = None):
    stats = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    mismatches = defaultdict(list)
    for group, path, label in cases:
        review = review_file(path, forced_type=None)
        s = stats[group]
        s["_docs"]["n"] += 1
        if label.get("error"):
            got = review.error.code if review.error else None
            s["_errors"]["right" if got == label["error"] else "wrong"] += 1
            if got != label["error"]:
                mismatches[group].append(f"{path.name}: error expected {label['error']}, got {got}")
            continue
        if review.error is not None:
            s["_errors"]["unexpected"] += 1
            mismatches[group].append(f"{path.name}: unexpected error {review.error.message}")
            continue
        s["_type"]["right" if review.type == label.get("type") else "wrong"] += 1
        if label.get("type") and review.type != label["type"]:
            mismatches[group].append(f"{path.name}: type {review.type}, expected {label['type']}")
        got = {f.rule: f.outcome for f in review.findings}
        for rule, expected in label.get("outcomes", {}).items():
            actual = got.get(rule)
            cell = s[rule]
            cell["exact"] += int(actual == expected)
            cell["n"] += 1
            if expected == "n/a" or actual == "n/a":
                cell["na_agree" if expected == actual else "na_disagree"] += 1
                if expected != actual:
                    mismatches[group].append(f"{path.name}: {rule} expected {expected}, got {actual}")
                continue
            truth, pred = expected in FLAGGED, actual in FLAGGED
            cell[("tp" if truth else "fp") if pred else ("fn" if truth else "tn")] += 1
            if expected != actual:
                mismatches[group].append(f"{path.name}: {rule} expected {expected}, got {actual}")
    return stats, mismatches


def metrics(cell):
    tp, fp, fn = cell["tp"], cell["fp"], cell["fn"]
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def table(stats) -> str:
    lines = []
    for group in sorted(stats):
        s = stats[group]
        docs = s["_docs"]["n"]
        t = s["_type"]
        errors = s["_errors"]
        lines.append(f"\n## {group}  ({docs} documents; type right {t['right']}/{t['right'] + t['wrong']};"
                     f" error codes right {errors['right']}/{errors['right'] + errors['wrong']})")
        lines.append(f"{'rule':<24} {'prec':>6} {'recall':>6} {'exact':>7}  tp fp fn tn  n/a-mismatch")
        for rule in CORE_ORDER:
            cell = s.get(rule)
            if not cell:
                continue
            p, r = metrics(cell)
            fmt = lambda v: f"{v:6.2f}" if v is not None else "   -  "  # noqa: E731
            lines.append(
                f"{rule:<24} {fmt(p)} {fmt(r)} {cell['exact']:>3}/{cell['n']:<3}  "
                f"{cell['tp']:>2} {cell['fp']:>2} {cell['fn']:>2} {cell['tn']:>2}  {cell['na_disagree']}"
            )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", nargs="*", default=DEFAULT_LABELS)
    parser.add_argument("--split", choices=["dev", "eval", "all"], default="all")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--write-accuracy", type=Path, metavar="OUT",
                        help="measure the eval:eval split and write the figures `jwreview rules "
                             "list` shows (reviewer/data/rule-accuracy.json)")
    parser.add_argument("--show-mismatches", action="store_true",
                        help="list mismatching documents (never for the eval split)")
    args = parser.parse_args(argv)
    if args.write_accuracy:
        return write_accuracy(args.write_accuracy)
    stats, mismatches = evaluate(load_cases(args.labels, args.split))
    print(table(stats))
    if args.show_mismatches:
        for group in sorted(mismatches):
            if group.endswith(":eval"):
                continue
            print(f"\n# mismatches in {group}")
            print("\n".join(mismatches[group]))
    if args.json:
        out = {
            group: {
                rule: dict(zip(("precision", "recall"), metrics(cell), strict=True)) | dict(cell)
                for rule, cell in s.items() if not rule.startswith("_")
            }
            for group, s in stats.items()
        }
        args.json.write_text(json.dumps(out, indent=2))
    return 0


ACCURACY_GROUP = "held-out"
# Every document set that nobody tunes on, pooled: figures on 2-6 positives per set move by
# 0.2-0.5 per document, so one pooled figure is the steadier thing to show in `rules list`.
# The held-out label files: the eval/ folder (its eval split) and every holdout*/ folder.
HELD_OUT_LABELS = [
    path for path in DEFAULT_LABELS if path.parent.name == "eval" or path.parent.name.startswith("holdout")
]


def write_accuracy(out: Path) -> int:
    """Held-out figures per rule for `jwreview rules list`; never prints per-document mismatches."""
    import datetime as dt
    import subprocess

    cases = [
        (ACCURACY_GROUP, path, label)
        for group, path, label in load_cases(HELD_OUT_LABELS, "eval") if group.endswith(":eval")
    ]
    stats, _ = evaluate(cases)
    s = stats.get(ACCURACY_GROUP, {})
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip() or None
    # Uncommitted edits under reviewer/ mean the figures may not match `commit` exactly.
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "reviewer"], cwd=ROOT,
                           capture_output=True, text=True, check=False).stdout.splitlines()
    dirty = [line for line in dirty if not line.endswith(out.name)]
    rules = {}
    for rule in CORE_ORDER:
        cell = s.get(rule)
        if not cell:
            continue
        precision, recall = metrics(cell)
        rules[rule] = {
            # Four places: three would store 0.8947 as 0.895, which `rules list` shows as 0.90.
            "precision": None if precision is None else round(precision, 4),
            "recall": None if recall is None else round(recall, 4),
            "documents": cell["n"],  # labelled for this rule; "scored": those not n/a either side
            "scored": cell["tp"] + cell["fp"] + cell["fn"] + cell["tn"],
            **{k: cell[k] for k in ("tp", "fp", "fn", "tn", "exact")},
        }
    data = {
        "split": ACCURACY_GROUP,
        "sets": [str(p.relative_to(ROOT).parent) + ":eval" for p in HELD_OUT_LABELS],
        "documents": s["_docs"]["n"] if s else 0,
        "date": dt.date.today().isoformat(),
        "commit": commit,
        "uncommitted_changes": bool(dirty),
        "positive": "the rule flags a problem (fail or warn)",
        "rules": rules,
    }
    out.write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    print(f"wrote {out}: {len(rules)} rules measured on {data['documents']} {ACCURACY_GROUP} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
