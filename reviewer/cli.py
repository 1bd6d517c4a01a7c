"""The `jwreview` command. Exit codes are defined here and nowhere else.

0  nothing at or above --fail-on
1  findings at or above --fail-on
2  usage error (bad option, no paths)
3  at least one file could not be reviewed (takes precedence over 1)
130 interrupted (Ctrl-C): finished files are kept (jsonl lines already written, other
    formats written for the finished files only) and the message says how far it got
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from reviewer.analysis.doctype import ALL_TYPES
from reviewer.cli_options import gating_and_limits
from reviewer.documents import DOCUMENT_SUFFIXES, Limits
from reviewer.report import FORMATS, render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
EXIT_INTERRUPTED = 130


class DefaultGroup(click.Group):
    """`jwreview FILE...` means `jwreview review FILE...`; subcommands stay available."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["review", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jwreview", prog_name="jwreview")
def cli():
    """Review NHS-industry joint/collaborative working documents (.docx, .pdf, .txt, .md).

    \b
    Examples:
      jwreview pid.docx
      jwreview submissions/ --format json -o review.json
    """  # noqa: D301 - "\b" is click's no-rewrap marker and must stay a real backspace


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--type", "doc_type", type=click.Choice(ALL_TYPES),
              help="Document type, overriding automatic detection.")
@gating_and_limits
@click.option("--explain", is_flag=True, help="Show which signals decided each rule.")
@click.option("--no-color", is_flag=True, help="Plain text without colours.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="In folders, only review files matching this pattern (e.g. '*.pdf'); repeatable.")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes reviewing in parallel.  [default: number of CPUs]")
@click.option("--timeout", type=click.FloatRange(min=0), default=120, show_default=True,
              help="Seconds one file may take before it is stopped and reported as 'timeout' "
                   "(0: no limit).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep results here (JSON) and reuse them for files whose content, jwreview "
                   "version and rules are unchanged.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar or per-file lines; only errors and the summary.")
@click.option("--csv-findings", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one CSV row per finding to this file (atomically).")
@click.option("--annotate", "annotate_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a copy of the (single) .docx/.pdf with a comment or highlight on "
                   "every problem to this file.")
@click.option("--annotate-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write NAME.reviewed.docx/.pdf for every .docx/.pdf reviewed into this folder.")
@click.option("--redact", is_flag=True,
              help="Mask personal data (names of individuals, e-mail addresses, phone and NHS "
                   "numbers) in the report; organisations are kept.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file (rules, severities, --fail-on, limits).  [default: "
                   "jwreview.toml in the working directory, if there is one]")
@click.option("--waivers", "waivers_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Waiver file (TOML, or .json): accepted findings, shown as waived and "
                   "ignored by --fail-on until they expire or their evidence changes.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="An earlier review of these documents (--format json or jsonl): mark each "
                   "finding new, still open or fixed, and lead the report with the changes.")
@click.option("--rules", "rule_packs", multiple=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Organisation rule pack: a folder of rule files added to the built-in "
                   "rules (see `jwreview rules --help`); repeatable, after [rules] packs.")
@click.pass_context
def review(ctx, paths, fmt, output, doc_type, fail_on, max_size_mb, max_pages, explain, no_color,
           debug, globs, jobs, timeout, cache_dir, quiet, csv_findings, annotate_out, annotate_dir,
           redact, config_path, waivers_path, rule_packs, baseline_path):
    """Review one or more documents or folders."""
    from reviewer import batch
    from reviewer.report.write import utf8_safe, write_atomic

    config = _load_config(config_path)
    waivers = _load_waivers(waivers_path)
    baseline = _load_baseline(baseline_path)
    from reviewer.cli_rules import load_rules_or_exit

    rule_set = load_rules_or_exit((*config.packs, *rule_packs))

    def adjust(record):
        record = config.apply(record)
        if waivers is not None:
            from reviewer.waivers import apply_waivers

            record = apply_waivers([record], waivers)[0]
        if baseline is not None:  # last, so a waived finding keeps its waiver mark
            record = baseline.compare(record, len(files))
        return record
    # Options given on the command line win over the file; the file wins over built-in defaults.
    fail_on = _setting(ctx, "fail_on", fail_on, config.fail_on)
    max_size_mb = _setting(ctx, "max_size_mb", max_size_mb, config.max_size_mb)
    max_pages = _setting(ctx, "max_pages", max_pages, config.max_pages)
    limits = Limits.from_megabytes(max_size_mb, max_pages)
    from reviewer.analysis import classifier

    if classifier.problem():  # a tampered or stale model: say so once, carry on with the rules
        click.echo(f"jwreview: warning: {classifier.problem()}; using the rules alone", err=True)
    files, skipped = batch.discover(paths, globs)
    for note in skipped:
        click.echo(f"jwreview: note: {note}", err=True)
    if not files:
        raise click.UsageError("no documents found in the paths given")
    if annotate_out is not None and (len(files) != 1 or annotate_dir is not None):
        raise click.UsageError("--annotate takes one input file; use --annotate-dir for several")
    cache = None
    if cache_dir is not None:
        extra = {"rule_packs": rule_set.digest} if rule_set.folders else None
        cache = batch.ResultCache(cache_dir, batch.config_fingerprint(limits, doc_type, extra))
    stream = _JsonlStream(output) if fmt == "jsonl" else None
    write = None
    if stream is not None:
        write = _configured(adjust, _redacted(stream.write) if redact else stream.write)
    try:
        result = batch.run_batch(
            files, limits=limits, forced_type=doc_type, jobs=jobs, timeout=timeout or None,
            cache=cache, progress=_progress(quiet, len(files)), on_result=write,
            rules=rule_set.rules if rule_set.folders else None,
        )
    finally:
        if stream is not None:
            stream.close()
    result.reviews = [adjust(r) for r in result.reviews]
    waiver_summary = None
    if waivers is not None:
        from reviewer.report.waiver_lines import describe
        from reviewer.waivers import waiver_report

        waiver_summary = waiver_report(waivers)
        if redact:
            from reviewer.report.redact import redact_waiver_summary

            waiver_summary = redact_waiver_summary(waiver_summary)
        if fmt not in ("terminal", "json"):  # those two carry the list in the report itself
            for line in describe(waiver_summary):
                click.echo(f"jwreview: {line}", err=True)
    baseline_summary = baseline.summary(result.reviews) if baseline is not None else None
    if baseline_summary is not None and fmt != "terminal":  # the terminal report leads with it
        from reviewer.report.changes import summary_line

        click.echo(f"jwreview: {summary_line(baseline_summary)}", err=True)
    reviews = result.reviews
    if redact:
        from reviewer.report.redact import redact_reviews

        reviews = redact_reviews(reviews)
    if debug:
        for record in reviews:
            if record.error is not None and getattr(record.error, "trace", None):
                click.echo(f"jwreview: traceback for {record.path}:\n{record.error.trace}", err=True)

    if stream is None:
        options = {"colour": _colour(no_color, output), "explain": explain} if fmt == "terminal" else {}
        if waiver_summary is not None and fmt in ("terminal", "json"):
            options["waivers"] = waiver_summary
        if baseline_summary is not None:
            options["baseline"] = baseline_summary
        if fmt == "sarif" and rule_set.folders:
            options["rules"] = rule_set.rules
        text = render(reviews, fmt, **options)
        if output:
            write_atomic(output, text)
            click.echo(f"jwreview: report written to {output}", err=True)
        else:
            click.echo(utf8_safe(text), nl=False)
    elif output:
        click.echo(f"jwreview: {len(reviews)} documents written to {output}", err=True)
    if csv_findings:
        from reviewer.report.table_reports import render_csv_findings

        write_atomic(csv_findings, render_csv_findings(reviews, baseline=baseline_summary))
        click.echo(f"jwreview: findings written to {csv_findings}", err=True)
    if annotate_out is not None or annotate_dir is not None:
        # The copy is of the document itself, which holds the personal data anyway, and its
        # marks are placed by the original text, so annotation uses the unredacted reviews.
        _write_annotated(result.reviews, annotate_out, annotate_dir)
    if len(files) > 1:
        click.echo(batch.summary(result), err=True)
    if result.interrupted:
        click.echo(
            f"jwreview: interrupted: {len(reviews)} of {len(files)} files finished; the report "
            "holds those only" + (" (finished results are in the cache)" if cache else ""),
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(exit_code(reviews, fail_on))


def _load_config(explicit: Path | None):
    """The settings file's Config (empty when there is none); a bad file is a usage error."""
    from reviewer.config import Config, ConfigError, find_config, load_config

    path = find_config(explicit)
    if path is None:
        return Config()
    try:
        return load_config(path)
    except ConfigError as exc:
        raise _usage_error(exc) from None


def _setting(ctx, name: str, given, configured):
    """An option's value: the command line's if given there, else the config file's, else default."""
    from click.core import ParameterSource

    if configured is None or ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE:
        return given
    return configured


def _usage_error(exc: Exception) -> click.ClickException:
    """A bad settings, waiver or baseline file: its one-line message, exit code 2."""
    error = click.ClickException(str(exc))
    error.exit_code = EXIT_USAGE
    return error


def _configured(adjust, write):
    """`write` applied to each review after settings-file rule choices and waivers (jsonl)."""
    return lambda review: write(adjust(review))


def _load_waivers(path: Path | None):
    """The waiver list from --waivers (None when not given); a bad file is a usage error."""
    if path is None:
        return None
    from reviewer.waivers import WaiverError, load_waivers

    try:
        return load_waivers(path)
    except WaiverError as exc:
        raise _usage_error(exc) from None


def _load_baseline(path: Path | None):
    """The earlier review from --baseline (None when not given); a bad file is a usage error."""
    if path is None:
        return None
    from reviewer.baseline import BaselineError, load_baseline

    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise _usage_error(exc) from None


def _redacted(write):
    """`write` applied to each review after masking its personal data (for --format jsonl)."""
    from reviewer.report.redact import redact_review

    return lambda review: write(redact_review(review))


def _write_annotated(reviews, single: Path | None, folder: Path | None) -> None:
    """Annotated copies of each reviewed .docx/.pdf; a problem with one is reported, not fatal."""
    from reviewer.report.annotate import CannotAnnotate, annotate, reviewed_name
    from reviewer.report.write import write_atomic

    used: set[str] = set()
    for record in reviews:
        try:
            annotated = annotate(record)
        except CannotAnnotate as exc:
            click.echo(f"jwreview: note: no annotated copy of {record.path}: {exc}", err=True)
            continue
        except Exception as exc:  # noqa: BLE001 - one copy failing must not lose the others
            click.echo(f"jwreview: error: could not annotate {record.path} "
                       f"({type(exc).__name__})", err=True)
            continue
        if single is not None:
            target = single
        else:
            name = reviewed_name(record.path, annotated.suffix)
            stem, n = name, 2
            while name in used:  # same file name in two input folders
                name = stem.replace(".reviewed", f"-{n}.reviewed", 1)
                n += 1
            used.add(name)
            target = folder / name
        if target.resolve() == Path(record.path).resolve():
            click.echo(f"jwreview: error: not annotating {record.path}: the copy would overwrite "
                       "the original", err=True)
            continue
        try:
            write_atomic(target, annotated.data)
        except OSError as exc:
            click.echo(f"jwreview: error: could not write {target} ({exc.strerror or exc})",
                       err=True)
            continue
        for note in annotated.notes:
            click.echo(f"jwreview: note: {record.path}: {note}", err=True)
        click.echo(f"jwreview: annotated copy written to {target} ({annotated.marks} "
                   f"{annotated.kind}{'' if annotated.marks == 1 else 's'})", err=True)


class _JsonlStream:
    """JSON Lines written as each file finishes, flushed per line.

    Deliberately not atomic: the point of streaming is that an interrupted or crashed run
    keeps every finished document, so each complete line is appended and flushed at once.
    """

    def __init__(self, output: Path | None) -> None:
        self.handle = open(output, "w", encoding="utf-8") if output else None  # noqa: SIM115

    def write(self, review) -> None:
        from reviewer.report.table_reports import jsonl_line
        from reviewer.report.write import utf8_safe

        line = utf8_safe(jsonl_line(review))
        if self.handle is None:
            click.echo(line, nl=False)
            sys.stdout.flush()
        else:
            self.handle.write(line)
            self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _progress(quiet: bool, total: int):
    """A live bar when a person watches stderr; plain lines otherwise; errors always."""
    from reviewer import batch

    if quiet or total == 1:
        return batch.LineProgress(errors_only=True)
    if sys.stderr.isatty():
        return batch.BarProgress()
    return batch.LineProgress()


def exit_code(reviews, fail_on: str) -> int:
    if any(r.error is not None for r in reviews):
        return EXIT_INPUT
    if fail_on != "never" and any(r.problems_at_or_above(fail_on) for r in reviews):
        return EXIT_FINDINGS
    return EXIT_OK


def expand_paths(paths) -> tuple[list[Path], list[str]]:
    """Files as given, plus documents found (recursively, sorted) inside folders."""
    files: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES:
                    files.append(child)
                elif child.is_file() and not child.name.startswith("."):
                    skipped.append(f"skipped {child} (not a .docx, .pdf, .txt or .md file)")
        else:
            files.append(path)
    return files, skipped


def _colour(no_color: bool, output) -> bool:
    if no_color or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


from reviewer.cli_model import feedback_group, model_group  # noqa: E402 - needs `cli` above

cli.add_command(model_group)
cli.add_command(feedback_group)

from reviewer.cli_pack import pack_command  # noqa: E402 - project packs (issue 8)

cli.add_command(pack_command)

from reviewer.cli_rules import rules_group  # noqa: E402 - organisation rule packs (issue 7)

cli.add_command(rules_group)


def main(argv: list[str] | None = None) -> int:
    """Entry point for the console script and `python -m reviewer`; returns the exit code."""
    try:
        cli.main(args=argv, prog_name="jwreview", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0)
    except click.exceptions.Abort:
        click.echo("jwreview: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    return EXIT_OK
