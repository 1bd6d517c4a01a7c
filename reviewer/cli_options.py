"""Command-line options shared by `review` and `pack`, defined once so they cannot drift."""

from __future__ import annotations

import click

SEVERITY_CHOICES = ("red", "amber", "info", "never")


def gating_and_limits(command):
    """--fail-on, --max-size-mb and --max-pages, with the same defaults everywhere."""
    for option in reversed(
        (
            click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default="red",
                         show_default=True, help="Lowest severity that makes the exit code 1."),
            click.option("--max-size-mb", type=click.FloatRange(min=0.001), default=50,
                         show_default=True, help="Refuse files larger than this."),
            click.option("--max-pages", type=click.IntRange(min=1), default=500,
                         show_default=True, help="Refuse PDFs with more pages than this."),
        )
    ):
        command = option(command)
    return command
