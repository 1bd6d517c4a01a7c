"""`jwreview rules list` and `jwreview rules test`: the rules a review runs, and their examples.

Kept apart from reviewer/cli.py, which only registers the group. Exit codes are cli.py's:
0 every example behaves as written (test) or the list was printed, 1 an example did not
behave as written, 2 usage error or an invalid rule pack.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

HELP = """The rules a review runs: the built-in catalogue plus organisation rule packs.

\b
A rule pack is a folder of TOML files. A file with `extends = "RULE-ID"` adds phrase lists
(`terms`, `brands`, [patterns]) to a built-in rule; any other file is a new rule in the
catalogue's format, usually with a generic check: must_be_present, must_not_appear, if_then.
Every file carries pass and fail [[examples]], which `jwreview rules test` runs.

\b
Examples:
  jwreview rules list --rules examples/org-rules
  jwreview rules test examples/org-rules
  jwreview review submissions/ --rules examples/org-rules
"""

ACCURACY_FILE = "rule-accuracy.json"
PACK_FOLDER = click.Path(file_okay=False, path_type=Path)


def load_rules_or_exit(folders):
    """The built-in rules plus these packs; an invalid pack is a usage error (exit 2)."""
    from reviewer import cli as main_cli
    from reviewer.rules.catalogue import CatalogueError
    from reviewer.rules.rulepacks import load_rule_set

    try:
        return load_rule_set(folders)
    except CatalogueError as exc:
        error = click.ClickException(f"invalid rule pack: {exc}")
        error.exit_code = main_cli.EXIT_USAGE
        raise error from None


def accuracy() -> dict:
    """Held-out precision/recall per built-in rule, written by scripts/evaluate.py."""
    try:
        text = (resources.files("reviewer") / "data" / ACCURACY_FILE).read_text("utf-8")
        return json.loads(text)
    except (OSError, ValueError):
        return {}


@click.group("rules", help=HELP, short_help="List rules; test organisation rule packs.")
def rules_group():
    """List the rules; run rule packs' examples (see --help)."""


@rules_group.command("list")
@click.option("--rules", "packs", multiple=True, metavar="DIR", type=PACK_FOLDER,
              help="Also list this rule pack's rules; repeatable.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="Output format.")
def list_command(packs, fmt):
    """Every rule with its id, severity, document types, source, origin and measured accuracy."""
    from reviewer.rules.rulepacks import origin

    rule_set = load_rules_or_exit(packs)
    measured = accuracy()
    rows = []
    for rule in rule_set.rules:
        figures = measured.get("rules", {}).get(rule.id) if _is_builtin(rule) else None
        rows.append({
            "id": rule.id,
            "title": rule.title,
            "severity": rule.severity,
            "applies_to": list(rule.applies_to),
            "check": rule.check,
            "source": rule.source,
            "origin": origin(rule),
            "precision": figures.get("precision") if figures else None,
            "recall": figures.get("recall") if figures else None,
            "measured": figures,
        })
    keys = ("split", "sets", "documents", "date", "commit", "uncommitted_changes")
    about = {k: measured.get(k) for k in keys} if measured else None
    if fmt == "json":
        click.echo(json.dumps({"accuracy": about, "rules": rows}, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['id']}  [{row['severity']}]  {row['title']}")
        click.echo(f"    applies to: {', '.join(row['applies_to'])}")
        click.echo(f"    source:     {row['source']}")
        click.echo(f"    origin:     {row['origin']}")
        click.echo(f"    measured:   {_measured_text(row, about)}")
    from_packs = sum(1 for r in rule_set.rules if not _is_builtin(r))
    click.echo(f"{len(rows)} rules: {len(rows) - from_packs} built-in, {from_packs} from rule packs")
    if about:
        click.echo(
            f"precision/recall: {about['documents']} held-out documents "
            f"({', '.join(about.get('sets') or [about['split']])}), "
            f"measured {about['date']} at commit {(about['commit'] or '?')[:10]}"
            f"{' plus uncommitted changes' if about.get('uncommitted_changes') else ''}; "
            "a problem flagged (fail or warn) is the positive class"
        )


def _is_builtin(rule) -> bool:
    from reviewer.rules.rulepacks import BUILT_IN, origin

    return origin(rule).startswith(BUILT_IN)


def _measured_text(row: dict, about: dict | None) -> str:
    figures = row["measured"]
    if not figures:
        return "not measured"

    def fmt(value):
        return "-" if value is None else f"{value:.2f}"

    text = (
        f"precision {fmt(figures.get('precision'))}, recall {fmt(figures.get('recall'))} "
        f"({figures.get('scored', '?')} of {figures.get('documents', '?')} labelled documents scored)"
    )
    if " + pack " in row["origin"]:
        text += "; measured without the pack's additions"
    return text


@rules_group.command("test")
@click.argument("packs", nargs=-1, type=PACK_FOLDER)
@click.option("-q", "--quiet", is_flag=True, help="Only print failed examples and the summary.")
def test_command(packs, quiet):
    """Run the examples of PACK's rules (no PACK: the built-in catalogue) through a real review.

    Exit code 0 when every example gives its expected outcome (and quotes its evidence),
    1 when any does not, 2 when a pack is invalid.
    """
    from reviewer import cli as main_cli
    from reviewer.review import review_text

    rule_set = load_rules_or_exit(packs)
    rules = rule_set.from_packs() if packs else rule_set.rules
    total = failed = 0
    for rule in rules:
        for n, example in enumerate(rule.examples, start=1):
            total += 1
            _, findings = review_text(example.text, example.doc_type, rules=(rule,))
            finding = findings[0]
            problem = None
            if finding.outcome != example.outcome:
                problem = finding.message
            elif example.evidence:
                quotes = " | ".join(e.text for e in finding.evidence)
                if example.evidence.lower() not in quotes.lower():
                    problem = f"evidence '{example.evidence}' not quoted"
            failed += problem is not None
            if problem is None and quiet:
                continue
            status = "ok" if problem is None else "FAILED"
            line = (f"{status:<6} {rule.id} example {n} ({example.doc_type}): "
                    f"expected {example.outcome}, got {finding.outcome}")
            click.echo(line + (f"  [{problem}]" if problem else ""))
    what = ", ".join(str(p) for p in packs) if packs else "the built-in catalogue"
    click.echo(f"{total} examples from {len(rules)} rules in {what}: {total - failed} ok, {failed} failed")
    sys.exit(main_cli.EXIT_FINDINGS if failed else main_cli.EXIT_OK)
