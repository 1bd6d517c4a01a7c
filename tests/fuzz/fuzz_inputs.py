#!/usr/bin/env python3
"""Long-running fuzzer: hypothesis mutates real documents and jwreview must stay well behaved.

Run from the repository root, for example for 25 minutes:

    /work/venv/bin/python tests/fuzz/fuzz_inputs.py --minutes 25 --out /tmp/jwreview-fuzz

Seeds are the fixture documents (fixtures/documents/) and the good files of the hostile
corpus. Each example picks a seed and applies a few mutations: truncation, byte flips, inserted
junk, deleted or duplicated ranges, and (for .docx seeds) the same edits inside one zip part so
that the damage reaches the XML parser instead of stopping at the zip layer. Every mutated file
goes through `review_file`, the same path the CLI takes.

A "finding" is any outcome other than a review or a documented error code: an exception that
escapes, an `internal` error (a bug caught by the last-resort handler), a wrong-typed result,
or an example that takes longer than --slow seconds. Findings are grouped by signature and one
input per signature is kept under OUT/findings/ so it can be replayed with --replay FILE.

Native crashes (a segfault inside a C library) kill the worker process; the parent notices,
keeps the input that was running as a crash finding and starts a new worker, so the run always
lasts the time asked for. OUT/summary.json holds the totals for tests/fuzz/RESULTS.md.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "documents"
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

SEED_SUFFIXES = {".docx", ".docm", ".pdf", ".txt", ".md"}
MAX_SEED_BYTES = 1_500_000


def seeds(workdir: Path) -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every fixture document and every good hostile-corpus control."""
    import make_hostile_corpus

    found = []
    corpus = workdir / "seeds"
    cases = make_hostile_corpus.build(corpus)
    controls = [corpus / c.name for c in cases if c.expect == ("review",)]
    for path in sorted(FIXTURES.glob("*")) + controls:
        if path.is_symlink() or not path.is_file() or path.suffix.lower() not in SEED_SUFFIXES:
            continue
        data = path.read_bytes()
        if 0 < len(data) <= MAX_SEED_BYTES:
            found.append((path.suffix.lower(), data))
    return found


def mutate(data: bytes, ops) -> bytes:
    """Apply (kind, a, b, junk) operations; positions are fractions of the current length."""
    buf = bytearray(data)
    for kind, a, b, junk in ops:
        n = len(buf)
        at = int(a * n) if n else 0
        if kind == "truncate":
            del buf[at:]
        elif kind == "flip" and n:
            buf[min(at, n - 1)] ^= 1 << (int(b * 8) % 8)
        elif kind == "byte" and n:
            buf[min(at, n - 1)] = junk[0] if junk else 0
        elif kind == "insert":
            buf[at:at] = junk
        elif kind == "delete":
            del buf[at : at + 1 + int(b * 512)]
        elif kind == "duplicate":
            buf[at:at] = buf[at : at + 1 + int(b * 4096)]
        elif kind == "magic":
            buf[at:at] = [b"%PDF-1.7", b"PK\x03\x04", b"<!DOCTYPE x [", b"endobj", b"stream\n",
                          b"xref\n0 99\n", b"<w:p>", b"</w:body>", b"\xff\xfe", b"obj <<"][
                int(b * 10) % 10]
    return bytes(buf)


def mutate_zip_member(data: bytes, member_choice: float, ops) -> bytes:
    """Mutate the decompressed bytes of one part of a .docx and re-pack the archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    except Exception:  # noqa: BLE001 - already damaged by an earlier step: leave as is
        return data
    if not parts:
        return data
    xml_parts = [i for i, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]
    pool = xml_parts or list(range(len(parts)))
    index = pool[int(member_choice * len(pool)) % len(pool)]
    name, payload = parts[index]
    parts[index] = (name, mutate(payload, ops))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part_name, part in parts:
            archive.writestr(part_name, part)
    return out.getvalue()


def child(args) -> int:
    """Run hypothesis examples until the deadline; append findings as JSON lines."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from reviewer.documents import Limits
    from reviewer.errors import ERROR_CODES
    from reviewer.review import DocumentReview, review_file

    out = Path(args.out)
    workdir = Path(tempfile.mkdtemp(prefix="fuzz-", dir=out))
    pool = seeds(workdir)
    current = out / "current-input.bin"
    stats = collections.Counter()
    findings_log = out / "findings.jsonl"
    limits = Limits(max_pages=200)
    deadline = time.monotonic() + args.seconds

    op = st.tuples(
        st.sampled_from(["truncate", "flip", "flip", "byte", "insert", "delete", "duplicate",
                         "magic"]),
        st.floats(0, 1, exclude_max=True),
        st.floats(0, 1, exclude_max=True),
        st.binary(max_size=64),
    )

    def record(kind: str, detail: str, data: bytes, suffix: str, seconds: float) -> None:
        signature = f"{kind}: {detail}"
        digest = hashlib.sha1(signature.encode()).hexdigest()[:10]
        sample = out / "findings" / f"{digest}{suffix}"
        if not sample.exists():
            sample.parent.mkdir(exist_ok=True)
            sample.write_bytes(data)
        with open(findings_log, "a", encoding="utf-8") as log:
            log.write(json.dumps({"signature": signature, "sample": str(sample),
                                  "seconds": round(seconds, 2)}) + "\n")

    @settings(max_examples=args.batch, deadline=None, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(
        seed=st.integers(0, len(pool) - 1),
        inside_zip=st.booleans(),
        member=st.floats(0, 1, exclude_max=True),
        ops=st.lists(op, min_size=1, max_size=6),
    )
    def one(seed, inside_zip, member, ops):
        suffix, base = pool[seed]
        data = (mutate_zip_member(base, member, ops) if inside_zip and base[:2] == b"PK"
                else mutate(base, ops))
        current.write_bytes(data)
        target = workdir / f"input{suffix}"
        target.write_bytes(data)
        started = time.perf_counter()
        try:
            result = review_file(target, limits)
        except BaseException as exc:  # noqa: BLE001 - anything escaping is a finding
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            record("escaped", f"{type(exc).__name__} at {Path(frame.filename).name}:"
                   f"{frame.lineno}", data, suffix, time.perf_counter() - started)
            stats["escaped"] += 1
            return
        seconds = time.perf_counter() - started
        stats["examples"] += 1
        if not isinstance(result, DocumentReview):
            record("wrong-type", type(result).__name__, data, suffix, seconds)
        elif result.error is None:
            stats["review"] += 1
        elif result.error.code not in ERROR_CODES:
            record("unknown-code", result.error.code, data, suffix, seconds)
        else:
            stats[result.error.code] += 1
            if result.error.code == "internal":
                record("internal", f"{result.error.reason}{_where(target, limits)}", data,
                       suffix, seconds)
        if seconds > args.slow:
            record("slow", f"{suffix} took over {args.slow:g}s", data, suffix, seconds)
            stats["slow"] += 1
        stats["max_seconds_x100"] = max(stats["max_seconds_x100"], int(seconds * 100))

    while time.monotonic() < deadline:
        one()
        (out / f"stats-{os.getpid()}.json").write_text(json.dumps(stats))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _where(target: Path, limits) -> str:
    """Re-run a file that ended in `internal` to find where the exception was raised."""
    from reviewer.analysis import analyse
    from reviewer.documents import load
    from reviewer.rules.registry import evaluate

    try:
        evaluate(analyse(load(target, limits)))
    except Exception as exc:  # noqa: BLE001 - this is what we are looking for
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if "/reviewer/" in f.filename] or frames
        first, last = ours[-1], frames[-1]
        return (f" ({type(exc).__name__}) at {Path(first.filename).name}:{first.lineno}"
                f" -> {Path(last.filename).name}:{last.lineno}")
    return " (not reproduced)"


def parent(args) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    deadline = started + args.minutes * 60
    crashes = restarts = 0
    while time.monotonic() < deadline - 5:
        remaining = int(deadline - time.monotonic())
        command = [sys.executable, __file__, "--child", "--seconds", str(remaining),
                   "--out", str(out), "--batch", str(args.batch), "--slow", str(args.slow)]
        process = subprocess.Popen(command)
        while process.poll() is None:
            time.sleep(2)
            current = out / "current-input.bin"
            # A worker stuck on one input for five minutes is hung inside native code.
            if current.exists() and time.time() - current.stat().st_mtime > 300:
                process.kill()
                process.wait()
                shutil.copy(current, out / f"hang-{restarts}.bin")
                _log(out, {"signature": "hang: no progress for 300 s",
                           "sample": str(out / f"hang-{restarts}.bin")})
        if process.returncode not in (0, None):
            crashes += 1
            sample = out / f"crash-{restarts}.bin"
            if (out / "current-input.bin").exists():
                shutil.copy(out / "current-input.bin", sample)
            _log(out, {"signature": f"crash: worker exit code {process.returncode}",
                       "sample": str(sample)})
        restarts += 1
    totals = collections.Counter()
    for stats_file in out.glob("stats-*.json"):
        totals.update(json.loads(stats_file.read_text()))
    totals["max_seconds_x100"] = max(
        (json.loads(f.read_text()).get("max_seconds_x100", 0) for f in out.glob("stats-*.json")),
        default=0,
    )
    signatures = collections.Counter()
    log = out / "findings.jsonl"
    if log.exists():
        for line in log.read_text("utf-8").splitlines():
            signatures[json.loads(line)["signature"]] += 1
    summary = {
        "minutes": round((time.monotonic() - started) / 60, 1),
        "workers_started": restarts,
        "worker_crashes": crashes,
        "outcomes": dict(totals),
        "findings": dict(signatures),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))
    return 0


def _log(out: Path, entry: dict) -> None:
    with open(out / "findings.jsonl", "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def replay(path: str) -> int:
    """Review one saved input and print the outcome (or the traceback)."""
    from reviewer.review import review_file

    target = Path(path)
    result = review_file(target)
    if result.error is not None:
        print(f"{result.error.code}: {result.error.message}")
        if result.error.__cause__ is not None:
            traceback.print_exception(result.error.__cause__)
        elif result.error.code == "internal":
            from reviewer.analysis import analyse
            from reviewer.documents import load
            from reviewer.rules.registry import evaluate

            try:
                evaluate(analyse(load(target)))
            except Exception:  # noqa: BLE001 - show where it went wrong
                traceback.print_exc()
    else:
        print(f"review: {result.verdict}, {len(result.findings)} findings")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "jwreview-fuzz"))
    parser.add_argument("--batch", type=int, default=200, help="examples per hypothesis run")
    parser.add_argument("--slow", type=float, default=10.0, help="seconds that count as slow")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=60, help=argparse.SUPPRESS)
    parser.add_argument("--replay", metavar="FILE", help="review one saved input and stop")
    args = parser.parse_args()
    if args.replay:
        return replay(args.replay)
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
