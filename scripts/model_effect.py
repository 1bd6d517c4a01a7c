"""What the clause classifier changes on the tuning documents, sentence by sentence.

For every labelled tuning document (fixtures and the dev split; never a held-out set) each rule
is run twice, rules alone and rules + model, and the script lists:

1. every rule outcome the model changes, whether that made it right or wrong against the label,
   and the model-only evidence behind it (sentence and probability);
2. false-acceptance risks: documents labelled fail/warn for a rule where a sentence no pattern
   vouches for scores at least `--floor` for the rule's label (the sentences that would push
   the rule toward pass once their probability crosses the threshold);
3. missed acceptances: documents labelled pass where the rules alone flag a problem, with the
   sentences the model scores highest for the rule's label.

The sentences are printed to guide new training data written in other words; never copy them.

Usage: python scripts/model_effect.py [--model-dir DIR] [--rule ID ...] [--top 3] [--floor 0.4]
       (JWREVIEW_MODEL_DIR=DIR works too; --model-dir wins)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate as lead  # noqa: E402

from reviewer.analysis import analyse, classifier  # noqa: E402
from reviewer.documents import load  # noqa: E402
from reviewer.rules.catalogue import builtin_rules  # noqa: E402
from reviewer.rules.checks.clause import _placeholder_or_negation, _quiet_test  # noqa: E402
from reviewer.rules.registry import evaluate as run_rules  # noqa: E402

FLAGGED = lead.FLAGGED
HELD_OUT_FOLDERS = ("holdout",)  # holdout, holdout2, holdout3: never opened here


def tuning_cases(label_files) -> list[tuple[str, Path, dict]]:
    """Fixtures and dev-split documents only; held-out folders are skipped before reading."""
    files = [Path(f) for f in label_files if not Path(f).parent.name.startswith(HELD_OUT_FOLDERS)]
    return [c for c in lead.load_cases(files, "dev") if not c[0].endswith(":eval")]


def model_signal(evidence) -> float | None:
    for signal in evidence.signals:
        if signal.startswith("classifier p="):
            return float(signal.split("=", 1)[1])
    return None


def model_driven(evidence) -> bool:
    """Evidence the model alone vouches for: a paraphrase or a filled field it promoted."""
    signals = [s for s in evidence.signals if not s.startswith("classifier p=")]
    return not signals or signals == ["field filled; classifier above threshold"]


def right(expected: str, actual: str) -> bool:
    """As scripts/evaluate.py scores: flagged (fail/warn) or not, n/a must match exactly."""
    if "n/a" in (expected, actual):
        return expected == actual
    return (expected in FLAGGED) == (actual in FLAGGED)


def short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def candidates(analysis, rule) -> list[tuple[float, str, bool]]:
    """(p, sentence, model-only) for every distinct sentence the model could accept.

    A sentence counts when it has three or more words and neither a placeholder nor a negation
    (as `clause_present` asks). `model-only` marks the ones no prohibited, insufficient, strong
    or weak pattern matches: there the model's score alone decides whether the clause is found.
    """
    label = rule.options.get("classifier_label", rule.id)
    probabilities = analysis.clause_probabilities(label)
    quiet = _quiet_test(rule)
    seen, rows = set(), []
    for sentence, p in zip(analysis.sentences, probabilities, strict=True):
        if p is None or sentence.text in seen or len(sentence.value.split()) < 3:
            continue
        seen.add(sentence.text)
        if _placeholder_or_negation(rule, sentence.value, sentence.text):
            continue
        rows.append((p, sentence.text, quiet(sentence.text, sentence.value)))
    return sorted(rows, key=lambda r: -r[0])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", nargs="*", default=lead.DEFAULT_LABELS)
    parser.add_argument("--model-dir", type=Path, help="model folder [default: the installed one]")
    parser.add_argument("--rule", nargs="*", help="only these rule ids")
    parser.add_argument("--top", type=int, default=3, help="sentences listed per rule outcome")
    parser.add_argument("--floor", type=float, default=0.4, help="lowest probability listed")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    parser.add_argument("--sweep", action="store_true",
                        help="model-alone counts for thresholds 0.50 .. 0.95 per clause rule")
    parser.add_argument("--unrecognised", action="store_true",
                        help="also list labelled-pass outcomes the model alone does not recognise")
    parser.add_argument("--json", type=Path, help="also write the changes as JSON")
    args = parser.parse_args(argv)
    if args.model_dir:
        os.environ[classifier.MODEL_DIR_ENV] = str(args.model_dir)
    os.environ.pop(classifier.DISABLE_ENV, None)
    model = classifier.default()
    if model is None:
        print(classifier.problem() or "no model found", file=sys.stderr)
        return 2
    rules = {r.id: r for r in builtin_rules()}
    cases = tuning_cases(args.labels)
    changes, risks, misses, unrecognised = [], [], [], []
    tally, alone_stats = Counter(), defaultdict(Counter)
    best = defaultdict(lambda: {"pass": [], "problem": []})  # per outcome: top p, for the sweep
    for group, path, label in cases:
        if label.get("error"):
            continue
        try:
            document = load(path)
        except Exception as exc:  # noqa: BLE001 - an unreadable file is reported, not fatal
            print(f"{path.name}: {exc}", file=sys.stderr)
            continue
        with classifier.disabled():
            alone = {f.rule: f for f in run_rules(analyse(document))}
        analysis = analyse(document)
        both = {f.rule: f for f in run_rules(analysis)}
        for rule_id, expected in label.get("outcomes", {}).items():
            if args.rule and rule_id not in args.rule or rule_id not in both or rule_id not in alone:
                continue
            rule = rules[rule_id]
            before, after = alone[rule_id].outcome, both[rule_id].outcome
            where = f"{group} {path.name} [{rule_id}] label {expected}"
            if before != after:
                good_before, good_after = right(expected, before), right(expected, after)
                verdict = ("FIXED" if good_after and not good_before else
                           "BROKE" if good_before and not good_after else "same")
                tally[verdict] += 1
                tally[f"{verdict} {rule_id}"] += 1
                quotes = [(model_signal(e), e.text) for e in both[rule_id].evidence
                          if model_driven(e) or (e.supports != "pass" and model_signal(e))]
                changes.append({"where": where, "before": before, "after": after,
                                "verdict": verdict, "quotes": quotes})
            if rule.check != "clause_present" or "n/a" in (expected, after):
                continue  # the model decides nothing in the other checks
            threshold = analysis.clause_threshold(rule.options.get("classifier_label", rule_id))
            rows = candidates(analysis, rule)
            quiet_rows = [r for r in rows if r[2]]
            cell = alone_stats[rule_id]
            if expected in FLAGGED:
                # Model alone: a quiet sentence over the threshold would be a false acceptance.
                cell["problem docs"] += 1
                cell["false accept"] += bool(quiet_rows and quiet_rows[0][0] >= threshold)
                best[rule_id]["problem"].append(quiet_rows[0][0] if quiet_rows else 0.0)
                cell["near (t-0.15)"] += bool(quiet_rows and quiet_rows[0][0] >= threshold - 0.15)
                top = [r for r in quiet_rows if r[0] >= args.floor][: args.top]
                if top:
                    risks.append({"where": where, "threshold": threshold, "after": after,
                                  "rows": top})
            elif expected == "pass":
                # Model alone: some sentence of the document over the threshold recognises it.
                cell["pass docs"] += 1
                recognised = bool(rows and rows[0][0] >= threshold)
                best[rule_id]["pass"].append(rows[0][0] if rows else 0.0)
                cell["recognised"] += recognised
                if not recognised:
                    unrecognised.append({"where": where, "threshold": threshold, "after": after,
                                         "rows": rows[: args.top]})
                if before in FLAGGED:
                    misses.append({"where": where, "threshold": threshold, "after": after,
                                   "rows": rows[: args.top]})

    print(f"model: {model.source} ({model.metadata['weights_sha256'][:12]}); "
          f"{len(cases)} tuning documents")
    print(f"outcomes changed by the model: {tally['FIXED']} fixed, {tally['BROKE']} broken, "
          f"{tally['same']} neither")
    for key in sorted(k for k in tally if " " in k):
        print(f"  {key}: {tally[key]}")
    print(f"labelled-pass outcomes the rules alone flag: {len(misses)} "
          f"({sum(r['after'] == 'pass' for r in misses)} passed with the model)")
    print("\nmodel alone, per clause rule (labelled pass: some sentence >= threshold; labelled "
          "problem: a pattern-free sentence >= threshold, or within 0.15 of it)")
    total = Counter()
    for rule_id in sorted(alone_stats):
        cell = alone_stats[rule_id]
        total.update(cell)
        print(f"  {rule_id:<22} recognised {cell['recognised']:>3}/{cell['pass docs']:<3} "
              f"false accept {cell['false accept']:>2}/{cell['problem docs']:<3} "
              f"near {cell['near (t-0.15)']:>2}")
    print(f"  {'total':<22} recognised {total['recognised']:>3}/{total['pass docs']:<3} "
          f"false accept {total['false accept']:>2}/{total['problem docs']:<3} "
          f"near {total['near (t-0.15)']:>2}")
    if args.sweep:
        print("\nthreshold sweep, model alone: recognised pass outcomes / false acceptances")
        grid = [round(0.5 + 0.05 * i, 2) for i in range(10)]
        print(f"  {'rule':<22} " + " ".join(f"{t:>9}" for t in grid))
        for rule_id in sorted(best):
            found, wrong = best[rule_id]["pass"], best[rule_id]["problem"]
            cells = [f"{sum(p >= t for p in found):>4}/{sum(p >= t for p in wrong):<4}" for t in grid]
            print(f"  {rule_id:<22} " + " ".join(cells))
    if args.summary:
        return 0
    print("\n# 1. outcomes the model changes")
    for c in changes:
        print(f"{c['verdict']:<5} {c['where']}: {c['before']} -> {c['after']}")
        for p, text in c["quotes"]:
            print(f"        p={p if p is None else f'{p:.2f}'}  {short(text)}")
    print(f"\n# 2. false-acceptance risks (labelled problem; pattern-free sentences p >= {args.floor};"
          " * = at or over the threshold)")
    for r in sorted(risks, key=lambda r: -r["rows"][0][0]):
        print(f"{r['where']}, +model {r['after']}, threshold {r['threshold']}")
        for p, text, _ in r["rows"]:
            mark = "*" if p >= r["threshold"] else " "
            print(f"      {mark}p={p:.2f}  {short(text)}")
    print("\n# 3. missed acceptances (labelled pass, rules alone flag it; top sentences,"
          " q = pattern-free)")
    for r in misses:
        print(f"{r['where']}, +model {r['after']}, threshold {r['threshold']}")
        for p, text, quiet in r["rows"]:
            print(f"      {'q' if quiet else ' '}p={p:.2f}  {short(text)}")
    if args.unrecognised:
        print("\n# 4. labelled pass, no sentence at the threshold (model alone would miss it)")
        for r in unrecognised:
            print(f"{r['where']}, +model {r['after']}, threshold {r['threshold']}")
            for p, text, quiet in r["rows"]:
                print(f"      {'q' if quiet else ' '}p={p:.2f}  {short(text)}")
    if args.json:
        out = {"tally": tally, "model_alone": alone_stats, "changes": changes, "risks": risks,
               "misses": misses, "unrecognised": unrecognised}
        args.json.write_text(json.dumps(out, indent=2, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
