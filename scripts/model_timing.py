"""Time the clause classifier: model load, and scoring a 30-page document's sentences.

Not a test (timings depend on the machine); the figures go into models/README.md.
The 30-page document is built from the training sentences themselves (about 30 sentences a
page, 900 sentences), so it needs no document from the evaluation corpus.

Usage: python scripts/model_timing.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.analysis import classifier  # noqa: E402

PAGES, PER_PAGE = 30, 30


def sentences() -> list[str]:
    texts = []
    for path in sorted((ROOT / "models" / "training").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    step = max(1, len(texts) // (PAGES * PER_PAGE))
    return texts[::step][: PAGES * PER_PAGE]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    loads = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        model = classifier.load()
        loads.append(time.perf_counter() - started)
    texts = sentences()
    scores, warm = [], []
    for _ in range(args.repeat):
        model = classifier.load()  # fresh: no word cache from an earlier document
        started = time.perf_counter()
        model.predict_proba(texts)
        scores.append(time.perf_counter() - started)
        started = time.perf_counter()
        model.predict_proba(texts)
        warm.append(time.perf_counter() - started)
    # A fresh interpreter: does a review import scikit-learn? (It must not.)
    probe = (
        "import sys, numpy; from reviewer.analysis import classifier; "
        "classifier.default().predict_proba(['x']); print('sklearn' in sys.modules)"
    )
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              cwd=ROOT, check=True).stdout.strip()
    print(f"model load (read, verify sha256, build vocabularies): median "
          f"{statistics.median(loads) * 1000:.0f} ms, max {max(loads) * 1000:.0f} ms")
    print(f"scoring {len(texts)} sentences ({PAGES} pages x {PER_PAGE}): median "
          f"{statistics.median(scores) * 1000:.0f} ms, max {max(scores) * 1000:.0f} ms "
          f"(again, words already cached: median {statistics.median(warm) * 1000:.0f} ms)")
    print(f"scikit-learn imported at run time: {imported}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
