"""`jwreview pack PATH...`: group the documents of each project, review them, check each pack.

Kept apart from reviewer/cli.py, which only registers the command. Exit codes are cli.py's:
0 nothing at or above --fail-on, 1 findings at or above it (pack or document), 2 usage error,
3 at least one file could not be reviewed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from reviewer.cli_options import gating_and_limits
from reviewer.documents import Limits

HELP = """Check the documents of a project against each other (PID, agreement, summary...).

\b
Groups the documents by project (reference, title, parties), reviews each one, then checks
the pack: parties, money, dates, objectives, prospective start, summary present, outcomes
due, no sales roles in governance, required documents.

\b
Examples:
  jwreview pack project-folder/
  jwreview pack pid.docx agreement.docx summary.pdf --one-pack --format json -o pack.json
"""


@click.command("pack", help=HELP, short_help="Check a project's documents against each other.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json", "html")),
    default="terminal",
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option(
    "--one-pack",
    is_flag=True,
    help="Treat every document given as one project instead of grouping them.",
)
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date to judge due dates against (YYYY-MM-DD; default today).",
)
@gating_and_limits
@click.option("--explain", is_flag=True, help="Show which signals decided each check.")
@click.option("--no-color", is_flag=True, help="Plain text without colours.")
def pack_command(paths, fmt, output, one_pack, as_of, fail_on, max_size_mb, max_pages, explain, no_color):
    """Check the documents of a project against each other (see --help)."""
    from reviewer import cli as main_cli
    from reviewer.pack import review_pack
    from reviewer.report.pack_report import render_pack

    files, skipped = main_cli.expand_paths(paths)
    for note in skipped:
        click.echo(f"jwreview: note: {note}", err=True)
    if not files:
        raise click.UsageError("no documents found in the paths given")
    limits = Limits.from_megabytes(max_size_mb, max_pages)
    packs = review_pack(files, limits, one_pack=one_pack, as_of=as_of.date() if as_of else dt.date.today())
    for pack in packs:
        for document in pack.documents:
            error = document.review.error
            if error is not None:
                click.echo(f"jwreview: error: {error.message} [{error.code}]", err=True)
    options = {"colour": main_cli._colour(no_color, output), "explain": explain} if fmt == "terminal" else {}
    text = render_pack(packs, fmt, **options)
    if output:
        from reviewer.report.write import write_atomic

        write_atomic(output, text)
        click.echo(f"jwreview: pack report written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    sys.exit(pack_exit_code(packs, fail_on))


def pack_exit_code(packs, fail_on: str) -> int:
    from reviewer import cli as main_cli

    reviews = [d.review for p in packs for d in p.documents]
    code = main_cli.exit_code(reviews, fail_on)
    if (
        code == main_cli.EXIT_OK
        and fail_on != "never"
        and any(p.problems_at_or_above(fail_on) for p in packs)
    ):
        return main_cli.EXIT_FINDINGS
    return code
