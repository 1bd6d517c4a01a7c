"""`jwreview model evaluate`: cross-validated sentence metrics and document-level rule metrics.

Document level reuses the lead's scripts/evaluate.py (per-rule precision/recall over its
labelled sets, per split; positive = the rule flags a
problem, fail or warn) and runs it twice, rules alone and rules + model, side by side. Outcome
changes are listed only for tuning sets (fixtures, dev split), never for the eval split.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

from reviewer.analysis import classifier

ROOT = Path(__file__).resolve().parent.parent
FLAGGED = {"fail", "warn", "unchecked"}  # as in scripts/evaluate.py
CORE = (
    "exit-strategy", "confidentiality", "data-protection", "resource-contributions",
    "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
    "measurable-outcomes", "transparency",
)


def default_label_files() -> list[Path]:
    """Every labelled set scripts/evaluate.py knows (tuning and held out), else the two oldest."""
    script = _lead_script()
    if script is not None:
        return list(script.DEFAULT_LABELS)
    return [ROOT / "fixtures/documents/labels.json", ROOT / "eval/labels.json"]


def _lead_script():
    """scripts/evaluate.py as a module, or None when this is not a source checkout."""
    path = ROOT / "scripts" / "evaluate.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("jwreview_scripts_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cases(label_files, split: str = "all"):
    script = _lead_script()
    if script is not None:
        return script.load_cases(label_files, split)
    cases = []
    for label_file in map(Path, label_files):
        if not label_file.exists():
            continue
        corpus = label_file.parent.name if label_file.parent.name != "documents" else (
            label_file.parent.parent.name
        )
        for name, label in json.loads(label_file.read_text("utf-8")).items():
            group_split = label.get("split", "tuning")
            wanted = split in ("all", group_split) or (split == "dev" and group_split == "tuning")
            if not wanted:
                continue
            path = label_file.parent / name
            if not path.exists():
                path = label_file.parent / "documents" / name
            cases.append((f"{corpus}:{group_split}", path, label))
    return cases


def outcomes(cases) -> dict[tuple[str, str], dict[str, str] | None]:
    """(group, file name) -> rule -> outcome, or None when the file could not be reviewed."""
    from reviewer.review import review_file

    result = {}
    for group, path, _ in cases:
        review = review_file(path)
        result[(group, path.name)] = (
            None if review.error else {f.rule: f.outcome for f in review.findings}
        )
    return result


def score(cases, got) -> dict[str, dict[str, dict[str, int]]]:
    """Map group -> rule -> tp/fp/fn/tn, positive = flagged (fail or warn); n/a counted apart."""
    stats: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for group, path, label in cases:
        actual = got[(group, path.name)]
        if label.get("error") or actual is None:
            continue
        for rule, expected in label.get("outcomes", {}).items():
            cell = stats[group][rule]
            value = actual.get(rule)
            if "n/a" in (expected, value):
                cell["na_disagree" if expected != value else "na_agree"] += 1
                continue
            truth, predicted = expected in FLAGGED, value in FLAGGED
            cell[("tp" if truth else "fp") if predicted else ("fn" if truth else "tn")] += 1
    return stats


def precision_recall(cell) -> tuple[float | None, float | None]:
    tp, fp, fn = cell.get("tp", 0), cell.get("fp", 0), cell.get("fn", 0)
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def compare_documents(label_files=None, split: str = "all") -> dict:
    """Rules alone vs rules + model on every labelled document: figures and changed outcomes."""
    cases = load_cases(label_files or default_label_files(), split)
    with classifier.disabled():
        rules_only = outcomes(cases)
    with_model = outcomes(cases)
    changes = defaultdict(list)
    for group, path, label in cases:
        before, after = rules_only[(group, path.name)], with_model[(group, path.name)]
        if before is None or after is None or group.endswith(":eval"):
            continue
        for rule, expected in label.get("outcomes", {}).items():
            if before.get(rule) != after.get(rule):
                changes[group].append(
                    f"{path.name}: {rule} {before.get(rule)} -> {after.get(rule)} "
                    f"(label {expected})"
                )
    return {
        "rules": _plain(score(cases, rules_only)),
        "rules+model": _plain(score(cases, with_model)),
        "changes": dict(changes),
        "model": classifier.default() is not None,
    }


def _plain(stats) -> dict:
    return {g: {r: dict(c) for r, c in rules.items()} for g, rules in stats.items()}


def document_table(result: dict) -> str:
    lines = []
    fmt = lambda v: " -  " if v is None else f"{v:4.2f}"  # noqa: E731
    for group in sorted(result["rules"]):
        lines.append(f"\n{group}   (positive = rule flags a problem: fail or warn)")
        lines.append(f"{'rule':<24} {'rules alone':>18}   {'rules + model':>18}")
        half = f"{'P':>4} {'R':>4} {'tp/fp/fn':>8}"
        lines.append(f"{'':<24} {half}   {half}")
        for rule in CORE:
            if rule not in result["rules"][group]:
                continue
            row = f"{rule:<24}"
            for kind in ("rules", "rules+model"):
                cell = result[kind][group].get(rule, {})
                p, r = precision_recall(cell)
                counts = f"{cell.get('tp', 0)}/{cell.get('fp', 0)}/{cell.get('fn', 0)}"
                row += f" {fmt(p)} {fmt(r)} {counts:>8}  "
            lines.append(row.rstrip())
    return "\n".join(lines)


def cross_validation(data_dir: Path, folds: int, feedback: Path | None = None) -> dict:
    from reviewer import model_training as mt

    data = mt.load_dataset(data_dir, feedback)
    proba, order = mt.out_of_fold(mt.CANDIDATES[mt.CHOSEN], data.texts, data.labels, folds)
    return {"folds": folds, "examples": len(data.texts), "data_sha256": data.sha256} | (
        mt.class_report(data.labels, proba, order)
    )


def cv_table(report: dict) -> str:
    lines = [
        f"Sentence level: stratified {report['folds']}-fold cross-validation over "
        f"{report['examples']} training sentences",
        f"{'label':<24} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}",
    ]
    for label, cell in report["per_class"].items():
        lines.append(f"{label:<24} {cell['precision']:9.3f} {cell['recall']:7.3f} "
                     f"{cell['f1']:6.3f} {cell['support']:8d}")
    lines.append(f"accuracy {report['accuracy']:.3f}; macro F1 over clause labels "
                 f"{report['macro_f1_clauses']:.3f}")
    return "\n".join(lines)
