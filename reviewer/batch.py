"""Many files at once: find them, review them in worker processes, cache and summarise results.

Layer: above `reviewer.review` (it calls `review_file` inside each worker) and below
`reviewer.report` (renderers receive the DocumentReviews this module hands back).

Worker pool. We use pebble's ProcessPool rather than multiprocessing.Pool or
concurrent.futures.ProcessPoolExecutor because it is the only one of the three that enforces a
per-task time limit by terminating the worker that runs the task and starting a fresh one
(with our initializer) in its place. A hung parser is native code that no Python-level
timeout can interrupt, so stopping the process is the only reliable cure, and hand-rolling a
pool that restarts killed workers without losing or duplicating tasks is exactly the code
pebble already has and tests.

What crosses the process boundary. A DocumentReview holds a ReviewError (an exception whose
constructor signature does not round-trip through pickle, and whose __cause__ may be a
library object that cannot be pickled at all). So a worker never returns the record itself:
it returns plain data (dicts, lists, strings, numbers) built by `to_data`, and the parent
rebuilds an equal DocumentReview with `from_data`, which constructs only the types listed in
PLAIN_TYPES. The same plain data, as JSON, is what the result cache stores on disk; nothing
is ever pickled to disk.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import hashlib
import importlib
import json
import multiprocessing
import os
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from reviewer import errors
from reviewer.documents import DOCUMENT_SUFFIXES, Limits
from reviewer.documents.model import Block, Coverage, Document, Location, Unread
from reviewer.errors import InternalError, ReviewError, TimedOut
from reviewer.review import DocumentReview, review_file, sha256_of
from reviewer.rules.finding import Evidence, Finding

DEFAULT_TIMEOUT = 120.0  # seconds per file; the slowest real 30-page PDF takes about 1 s

# ---------------------------------------------------------------------------------------------
# Finding the files


def discover(paths: Iterable[Path], globs: Sequence[str] = ()) -> tuple[list[Path], list[str]]:
    """Files named directly, plus documents found (recursively, sorted) inside folders.

    A file named on the command line is always reviewed (the reader decides what it is). In a
    folder, hidden files and folders and Word's `~$` lock files are ignored silently, files that
    do not match any `globs` pattern are left out silently, and other non-documents are skipped
    with a note. Patterns match the path relative to the folder from the right, so `*.pdf`
    matches at any depth and `2024/*.docx` only directly inside a `2024` folder.
    """
    files: list[Path] = []
    notes: list[str] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            files.append(path)

    for path in paths:
        path = Path(path)
        if not path.is_dir():
            add(path)
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith((".", "~$")) for part in relative.parts):
                continue
            if not child.is_file():
                if child.is_symlink() and not child.exists():
                    notes.append(f"skipped {child} (a broken link: its target is missing or loops)")
                elif not child.is_dir() and not child.is_symlink():
                    notes.append(f"skipped {child} (not a regular file: a pipe, socket or device)")
                continue
            if globs and not any(PurePosixPath(relative.as_posix()).match(g) for g in globs):
                continue
            if child.suffix.lower() in DOCUMENT_SUFFIXES:
                add(child)
            else:
                notes.append(f"skipped {child} (not a .docx, .pdf, .txt or .md file)")
    return files, notes


# ---------------------------------------------------------------------------------------------
# DocumentReview <-> plain data (for the process boundary and the JSON cache)

# The only classes `from_data` will build. A field holding anything else fails loudly in
# `to_data` (and in tests/test_batch.py), never silently.
PLAIN_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (DocumentReview, Document, Block, Location, Finding, Evidence, Coverage, Unread)
}
# Per class, its fields' names and whether each is a tuple (JSON gives lists back). Asked once per
# class instead of once per object: a review carries thousands of blocks and locations, and
# `dataclasses.fields` on each was a third of the parent's time per file in a batch.
FIELD_SPECS: dict[type, tuple[tuple[str, bool], ...]] = {
    cls: tuple((f.name, str(f.type).startswith("tuple")) for f in dataclasses.fields(cls))
    for cls in PLAIN_TYPES.values()
}
ERROR_CLASSES: dict[str, type[ReviewError]] = {
    cls.code: cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, ReviewError) and cls is not ReviewError
}


def to_data(review: DocumentReview) -> dict:
    """The review as JSON-safe plain data that `from_data` turns back into an equal record."""
    return _encode(review)


def from_data(data: dict, path: str | None = None) -> DocumentReview:
    """Rebuild a DocumentReview; `path` re-homes a cached result found under another name."""
    if path is not None:
        data = _rehome(data, path)
    review = _decode(data)
    if not isinstance(review, DocumentReview):
        raise TypeError("plain data does not describe a DocumentReview")
    return review


def _encode(value):
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, ReviewError):
        return {
            "__error__": value.code,
            "path": value.path,
            "reason": value.reason,
            "advice": value.advice,
            "trace": getattr(value, "trace", None) or _trace(value),
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if PLAIN_TYPES.get(name) is not type(value):
            raise TypeError(f"{name} is not registered in reviewer.batch.PLAIN_TYPES")
        data = {"__type__": name}
        for field_name, _ in FIELD_SPECS[type(value)]:
            data[field_name] = _encode(getattr(value, field_name))
        return data
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _encode(v) for k, v in value.items()}
    raise TypeError(f"cannot turn a {type(value).__name__} into plain data")


def _decode(value):
    # Exact type tests, and no call for plain values: a review is thousands of small records.
    kind = type(value)
    if kind is list:
        return [_decode(item) if type(item) in _CONTAINERS else item for item in value]
    if kind is not dict:
        return value
    name = value.get("__type__")
    if name is not None:
        cls = PLAIN_TYPES.get(name)
        if cls is None:
            raise TypeError(f"{name!r} is not a type plain data may describe")
        kwargs = {}
        for field_name, is_tuple in FIELD_SPECS[cls]:
            if field_name in value:
                item = value[field_name]
                if type(item) in _CONTAINERS:
                    item = _decode(item)
                kwargs[field_name] = tuple(item) if is_tuple and type(item) is list else item
        return cls(**kwargs)
    if "__error__" in value:
        cls = ERROR_CLASSES.get(value["__error__"], InternalError)
        error = cls(value["path"], value["reason"], value.get("advice"))
        error.trace = value.get("trace")
        return error
    return {k: _decode(v) if type(v) in _CONTAINERS else v for k, v in value.items()}


_CONTAINERS = (list, dict)


def _trace(error: BaseException) -> str | None:
    cause = error.__cause__
    if cause is None:
        return None
    return "".join(traceback.format_exception(cause))


def _rehome(data: dict, path: str) -> dict:
    data = dict(data, path=path)
    if isinstance(data.get("document"), dict):
        data["document"] = dict(data["document"], path=path)
    if isinstance(data.get("error"), dict):
        data["error"] = dict(data["error"], path=path)
    return data


# ---------------------------------------------------------------------------------------------
# The result cache


def config_fingerprint(limits: Limits, forced_type: str | None, extra: dict | None = None) -> str:
    """Hash of everything besides the file's bytes that can change a result.

    The tool version, the content of every file in the installed `reviewer` package (code, rule
    catalogue, schema and bundled data: a rule edited in place changes the key even when the
    version number does not), the limits, a forced type and any `extra` settings the caller
    passes (rule packs, model choice).
    """
    from reviewer import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for file in sorted(package.rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".pyc":
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    from reviewer.analysis import classifier

    # The clause model lives in models/, outside the package: a retrained model changes results.
    digest.update(str(classifier.fingerprint()).encode())
    settings = {"limits": dataclasses.asdict(limits), "type": forced_type, "extra": extra or {}}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return digest.hexdigest()


class ResultCache:
    """Reviews stored as JSON files named by a hash of the content and the configuration."""

    VERSION = 1  # bump when the plain-data layout changes

    def __init__(self, directory: str | Path, fingerprint: str) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint

    def key(self, sha256: str) -> str:
        return hashlib.sha256(f"{self.VERSION}\0{self.fingerprint}\0{sha256}".encode()).hexdigest()

    def _file(self, sha256: str) -> Path:
        key = self.key(sha256)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, path: Path) -> DocumentReview | None:
        """The cached review of this file's current content, or None."""
        sha = sha256_of(path)
        if sha is None:
            return None
        try:
            data = json.loads(self._file(sha).read_text("utf-8"))
            return from_data(data, str(path))
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing or unusable entry: review the file again

    def put(self, review: DocumentReview, data: dict | None = None) -> None:
        """Store a finished review; timeouts and internal faults are not worth remembering."""
        if review.sha256 is None or (review.error is not None and review.error.code in (
            TimedOut.code, InternalError.code
        )):
            return
        target = self._file(review.sha256)
        payload = json.dumps(data if data is not None else to_data(review), ensure_ascii=False)
        # A cache that cannot be written only costs speed (UnicodeError: a non-UTF-8 file name).
        with contextlib.suppress(OSError, UnicodeError):
            _write_atomic(target, payload)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------
# Worker side


# The rules this worker runs (None: the built-in catalogue); set once by `_init_worker`.
_WORKER_RULES: tuple | None = None


def _init_worker(preload_models: bool, rules: tuple | None = None,
                 suffixes: frozenset[str] = frozenset({".docx", ".pdf"})) -> None:
    """Runs once in each worker process: load what every file needs before the first task.

    `rules` are the already-validated rules with any organisation packs merged in; they are
    plain data (compiled regexes pickle), so they reach every worker however it is started.
    Only the readers for the batch's `suffixes` are imported: a one-file .docx run (the cold
    start people wait for at a terminal) need not import pypdfium2 as well.
    """
    global _WORKER_RULES
    _WORKER_RULES = rules
    # Ctrl-C reaches the whole process group; the parent decides what stops, so workers ignore
    # it and are terminated by the pool instead of dying half-way through a task.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from reviewer.analysis import nlp
    from reviewer.rules.catalogue import builtin_rules

    for suffix, module in ((".docx", "reviewer.documents.docx_reader"),
                           (".pdf", "reviewer.documents.pdf_reader")):
        if suffix in suffixes:
            importlib.import_module(module)  # import once, up front, not inside the first task

    builtin_rules()
    nlp.blank()
    if preload_models:
        nlp.trained()


def review_task(path: str, limits: Limits, forced_type: str | None) -> dict:
    """The default worker task: review one file and return plain data (see module docstring)."""
    return to_data(review_file(path, limits, forced_type, _WORKER_RULES))


def _run_task(task: Callable, path: str, limits: Limits, forced_type: str | None) -> dict:
    data = task(path, limits, forced_type)
    # ru_maxrss is in kilobytes on Linux: the worker's peak resident memory so far.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"review": data, "pid": os.getpid(), "peak_kb": peak}


# ---------------------------------------------------------------------------------------------
# Parent side


@dataclass
class BatchResult:
    reviews: list[DocumentReview]  # finished files, in the order they were given
    total: int  # files asked for
    seconds: float
    cached: int = 0  # how many came from the cache
    cached_paths: set[str] = field(default_factory=set)
    interrupted: bool = False
    peak_kb_by_worker: dict[int, int] = field(default_factory=dict)

    @property
    def failures(self) -> int:
        return sum(1 for r in self.reviews if r.error is not None)


class Progress:
    """What the batch tells the person watching; the base class says nothing at all."""

    def start(self, total: int) -> None:
        """Called once before the first file."""

    def advance(self, review: DocumentReview, cached: bool) -> None:
        """Called once per finished file, in the order they finish."""

    def stop(self) -> None:
        """Called once after the last file, or on interrupt."""


def run_batch(
    files: Sequence[Path],
    *,
    limits: Limits | None = None,
    forced_type: str | None = None,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
    on_result: Callable[[DocumentReview], None] | None = None,
    task: Callable[[str, Limits, str | None], dict] = review_task,
    rules: tuple | None = None,
) -> BatchResult:
    """Review `files` in worker processes; Ctrl-C returns what finished (interrupted=True).

    `on_result` sees every review as it finishes (for streaming output); `task` is the function
    each worker runs per file, replaceable in tests to simulate a file that hangs; `rules`
    replaces the built-in catalogue in every worker (reviewer.rules.rulepacks.load_rule_set).
    """
    limits = limits or Limits()
    progress = progress or Progress()
    started = time.perf_counter()
    done: dict[int, DocumentReview] = {}
    result = BatchResult([], len(files), 0.0)

    def finish(index: int, review: DocumentReview, cached: bool) -> None:
        done[index] = review
        if on_result is not None:
            on_result(review)
        progress.advance(review, cached)

    progress.start(len(files))
    try:
        pending: list[int] = []
        for index, path in enumerate(files):
            hit = cache.get(path) if cache is not None else None
            if hit is not None:
                result.cached += 1
                result.cached_paths.add(hit.path)
                finish(index, hit, True)
            else:
                pending.append(index)
        if pending:
            _review_in_pool(files, pending, limits, forced_type, jobs, timeout, cache, task,
                            finish, result, rules)
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        progress.stop()
    result.reviews = [done[i] for i in sorted(done)]
    result.seconds = time.perf_counter() - started
    return result


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool_context():
    # fork starts a worker in milliseconds and shares the parent's already-imported modules;
    # where it does not exist (Windows, and macOS's default) the platform default is used, which
    # re-imports jwreview in each worker: slower to start, same results.
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _review_in_pool(files, pending, limits, forced_type, jobs, timeout, cache, task, finish,
                    result: BatchResult, rules: tuple | None = None) -> None:
    from pebble import ProcessExpired, ProcessPool

    workers = max(1, min(jobs or default_jobs(), len(pending)))
    pool = ProcessPool(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(len(pending) > 1, rules, frozenset(Path(files[i]).suffix.lower() for i in pending)),
        context=_pool_context(),
    )
    futures: dict = {}
    try:
        for index in _largest_first(files, pending):
            future = pool.schedule(
                _run_task, args=(task, str(files[index]), limits, forced_type), timeout=timeout
            )
            futures[future] = index
        for future in concurrent.futures.as_completed(futures):
            index = futures[future]
            path = str(files[index])
            data = None
            try:
                outcome = future.result()
                data = outcome["review"]
                review = from_data(data)
                pid, peak = outcome["pid"], outcome["peak_kb"]
                result.peak_kb_by_worker[pid] = max(peak, result.peak_kb_by_worker.get(pid, 0))
            except concurrent.futures.TimeoutError:
                review = _failed(path, TimedOut(path, f"stopped after {timeout:g} s without a result"))
                review.seconds = float(timeout or 0)
            except ProcessExpired as exc:
                reason = f"the worker process stopped unexpectedly (exit code {exc.exitcode})"
                review = _failed(path, InternalError(path, reason))
            except Exception as exc:  # noqa: BLE001 - one bad file must never stop a batch
                error = InternalError(path, f"unexpected {type(exc).__name__} in the worker")
                error.trace = getattr(exc, "traceback", None) or "".join(
                    traceback.format_exception(exc)
                )
                review = _failed(path, error)
            if cache is not None:
                cache.put(review, data)
            finish(index, review, False)
    except BaseException:
        pool.stop()  # terminates running workers; queued tasks are dropped
        pool.join()
        raise
    pool.close()
    pool.join()


def _largest_first(files, pending: list[int]) -> list[int]:
    """Pending files, largest first (sorted by size; equal sizes keep their order).

    Workers take files in the order they are scheduled; a long PDF started last keeps one worker
    busy while the others sit idle. Starting the long files first and filling in with the short
    ones (longest-processing-time-first, with size standing in for time) ends the workers close
    together. Results are still reported in the order the files were given.
    """

    def size(index: int) -> int:
        try:
            return Path(files[index]).stat().st_size
        except OSError:
            return 0

    return sorted(pending, key=lambda index: -size(index))


def _failed(path: str, error: ReviewError) -> DocumentReview:
    return DocumentReview(path=path, sha256=sha256_of(Path(path)), error=error)


class LineProgress(Progress):
    """One plain line per finished file on stderr (no terminal, or --quiet with errors_only)."""

    def __init__(self, stream=None, errors_only: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.errors_only = errors_only
        self.total = 0
        self.count = 0

    def start(self, total: int) -> None:
        self.total = total

    def advance(self, review: DocumentReview, cached: bool) -> None:
        self.count += 1
        if review.error is not None:
            line = f"jwreview: error: {review.error.message} [{review.error.code}]"
        elif self.errors_only:
            return
        else:
            where = "cached" if cached else f"{review.seconds:.1f} s"
            line = f"jwreview: [{self.count}/{self.total}] {review.path}: {review.verdict} ({where})"
        print(line, file=self.stream, flush=True)


class BarProgress(Progress):
    """A live bar on a terminal: files done/total, rate, time left and failures so far."""

    def __init__(self) -> None:
        self.bar = None
        self.task = None
        self.failed = 0

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed or 0:.1f} files/s")

        self.bar = RichProgress(
            TextColumn("reviewing"), BarColumn(), MofNCompleteColumn(), Rate(),
            TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[failed]} failed"),
            console=Console(stderr=True, highlight=False),
        )
        self.task = self.bar.add_task("reviewing", total=total, failed=0)
        self.bar.start()

    def advance(self, review: DocumentReview, cached: bool) -> None:
        if review.error is not None:
            self.failed += 1
            self.bar.console.print(
                f"jwreview: error: {review.error.message} [{review.error.code}]", markup=False
            )
        self.bar.update(self.task, advance=1, failed=self.failed)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


# ---------------------------------------------------------------------------------------------
# The end-of-run summary


def summary(result: BatchResult, top: int = 5) -> str:
    """Plain-text summary: verdicts and types, common failing rules, slowest files, time."""
    reviews = result.reviews
    verdicts = Counter(r.verdict or "error" for r in reviews)
    types = Counter(r.type or "-" for r in reviews if r.error is None)
    codes = Counter(r.error.code for r in reviews if r.error is not None)
    failing = Counter(f.rule for r in reviews for f in r.findings if f.is_problem)
    reviewed = [r for r in reviews if r.path not in result.cached_paths]
    lines = []
    head = f"{len(reviews)} of {result.total} documents"
    if result.interrupted:
        head += " (interrupted)"
    lines.append(
        f"{head}: {verdicts['pass']} pass, {verdicts['needs-changes']} need changes, "
        f"{verdicts['fail']} fail, {verdicts['error']} could not be reviewed"
    )
    if types:
        lines.append("by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    if codes:
        lines.append("errors: " + ", ".join(f"{c} {n}" for c, n in codes.most_common()))
    if failing:
        lines.append(
            "most frequent problems: "
            + ", ".join(f"{rule} ({n})" for rule, n in failing.most_common(top))
        )
    slowest = sorted(reviewed, key=lambda r: r.seconds, reverse=True)[:top]
    if slowest and len(reviews) > 1:
        lines.append(
            "slowest: " + ", ".join(f"{Path(r.path).name} {r.seconds:.1f} s" for r in slowest)
        )
    rate = len(reviews) / result.seconds if result.seconds > 0 else 0.0
    timing = f"total time {result.seconds:.1f} s ({rate:.1f} files/s)"
    if result.cached:
        timing += f"; {result.cached} from the cache"
    lines.append(timing)
    return "\n".join(lines)
