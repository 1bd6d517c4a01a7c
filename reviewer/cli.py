"""The `jwreview` command. Exit codes are defined here and nowhere else.

0  nothing at or above --fail-on
1  findings at or above --fail-on
2  usage error (bad option, no paths)
3  at least one file could not be reviewed (takes precedence over 1)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from reviewer.analysis.doctype import ALL_TYPES
from reviewer.documents import DOCUMENT_SUFFIXES, Limits

from reviewer.report import FORMATS, render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


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
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--type", "doc_type", type=click.Choice(ALL_TYPES),
              help="Document type, overriding automatic detection.")
@click.option("--fail-on", type=click.Choice(["red", "amber", "info", "never"]), default="red",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--max-size-mb", type=click.FloatRange(min=0.001), default=50, show_default=True,
              help="Refuse files larger than this.")
@click.option("--max-pages", type=click.IntRange(min=1), default=500, show_default=True,
              help="Refuse PDFs with more pages than this.")
@click.option("--explain", is_flag=True, help="Show which signals decided each rule.")
@click.option("--no-color", is_flag=True, help="Plain text without colours.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def review(paths, fmt, output, doc_type, fail_on, max_size_mb, max_pages, explain, no_color, debug):
    """Review one or more documents or folders."""
    from reviewer.review import review_file

    limits = Limits.from_megabytes(max_size_mb, max_pages)
    files, skipped = expand_paths(paths)
    for note in skipped:
        click.echo(f"jwreview: note: {note}", err=True)
    if not files:
        raise click.UsageError("no documents found in the paths given")
    reviews = []
    for path in files:
        record = review_file(path, limits, doc_type)
        if record.error is not None:
            click.echo(f"jwreview: error: {record.error.message} [{record.error.code}]", err=True)
            if debug and record.error.__cause__ is not None:
                import traceback

                traceback.print_exception(record.error.__cause__, file=sys.stderr)
        reviews.append(record)

    options = {"colour": _colour(no_color, output), "explain": explain} if fmt == "terminal" else {}
    text = render(reviews, fmt, **options)
    if output:
        from reviewer.report.write import write_atomic

        write_atomic(output, text)
        click.echo(f"jwreview: report written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(reviews, fail_on))


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
