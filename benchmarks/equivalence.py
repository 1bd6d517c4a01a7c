"""Review the same documents with the analysis and rule fast paths on, then off; list differences.

Each document is parsed once, then analysed and reviewed twice in this process: with the code as
it is, and with every fast path of the second speed round patched back to its plain version.
Document type, sentences, every rule's Finding and the classifier's probabilities (to the bit)
must be identical. Running both on the same tree, back to back, keeps other people's rule edits
out of the comparison.

    python benchmarks/equivalence.py                  # all sets
    python benchmarks/equivalence.py fixtures eval    # some of them
"""

from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

_saved: dict = {}


def _patch(owner, name, value) -> None:
    _saved.setdefault((owner, name), getattr(owner, name))
    setattr(owner, name, value)


def plain() -> None:
    """Switch every fast path off."""
    from reviewer.analysis import Analysis, classifier, sentences
    from reviewer.rules.checks import clause, contributions, terms

    _patch(terms, "_term_candidates", lambda t, a: set(range(len(a.sentences))))
    _patch(terms, "_screen_rows", lambda a, p: range(len(a.sentences)))
    quiet = _saved.get((clause, "_quiet_test"), clause._quiet_test)
    _patch(clause, "_quiet_test", lambda rule, analysis=None: quiet(rule))
    _patch(sentences, "_sentence_spans", sentences._sentence_spans_each)
    _patch(contributions, "_strong_cue", _plain_strong_cue)
    _patch(classifier.ClauseClassifier, "predict_proba_distinct",
           lambda self, texts: self.predict_proba(texts))
    _patch(Analysis, "clause_probabilities",
           lambda self, label: [self.clause_probability(s, label) for s in self.sentences])


def _plain_strong_cue(rule, analysis):
    from reviewer.rules.checks.common import any_matcher, first_match

    joined = any_matcher(rule.pattern("strong"))
    return lambda text: bool(joined.search(text) if joined is not None
                             else first_match(rule.pattern("strong"), text))


def fast() -> None:
    """Switch every fast path back on."""
    for (owner, name), value in _saved.items():
        setattr(owner, name, value)


def groups() -> dict[str, list[str]]:
    import run as bench

    def docs(*folders):
        return sorted(p for f in folders for p in glob.glob(str(ROOT / f / "documents" / "*")))

    return {
        "fixtures": sorted(glob.glob(str(ROOT / "fixtures" / "documents" / "*"))),
        "corpus": docs("corpus"), "tuning2": docs("tuning2"), "tuning3": docs("tuning3a", "tuning3b"),
        "eval": docs("eval"),
        "bench": [str(p) for p in bench.corpus_files(HERE / "corpus", 60)],
    }


def main(names: list[str]) -> int:
    from reviewer.analysis import analyse, classifier, nlp
    from reviewer.documents import load
    from reviewer.errors import ReviewError
    from reviewer.rules import registry
    from reviewer.rules.catalogue import builtin_rules

    nlp.blank()
    nlp.trained()
    classifier.default()
    builtin_rules()
    sets = groups()
    total = differ = 0
    seconds = {"fast": 0.0, "plain": 0.0}
    for name in names or list(sets):
        for path in sets[name]:
            try:
                document = load(path)
            except ReviewError:
                continue  # fails before any analysis or rule runs, the same either way
            results = []
            for mode, switch in (("fast", fast), ("plain", plain)):
                switch()
                started = time.process_time()
                try:
                    analysis = analyse(document)
                    findings = registry.evaluate(analysis)
                    scores = analysis.clause_scores
                    results.append((analysis.doc_type, analysis.sentences, findings,
                                    None if scores is None else scores.proba.tobytes()))
                except Exception as exc:  # noqa: BLE001 - an error must match too
                    results.append((type(exc).__name__, str(exc)))
                seconds[mode] += time.process_time() - started
            fast()
            total += 1
            if results[0] != results[1]:
                differ += 1
                parts = ("type", "sentences", "findings", "probabilities")
                print("DIFFERS", path, [p for p, a, b in zip(parts, *results, strict=False) if a != b])
    print(f"{total} documents, {differ} differ; analysis and rules CPU: fast {seconds['fast']:.1f} s, "
          f"plain {seconds['plain']:.1f} s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
