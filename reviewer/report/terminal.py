"""The default report for a person at a terminal: a checklist per document, then a verdict.

Every status is a word as well as a colour, so the report reads the same with NO_COLOR, in a
pipe or printed.
"""

from __future__ import annotations

import textwrap

import click

from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, UNCHECKED, WARN

MARKS = {PASS: ("PASS", "green"), FAIL: ("FAIL", "red"), WARN: ("WARN", "yellow"),
         NOT_APPLICABLE: ("n/a ", None), UNCHECKED: ("UNCHECKED", "magenta")}
SEVERITY_COLOURS = {"red": "red", "amber": "yellow", "info": "blue"}
VERDICT_WORDS = {"pass": ("PASS", "green"), "needs-changes": ("NEEDS CHANGES", "yellow"),
                 "fail": ("FAIL", "red")}
WIDTH = 100
CHANGE_WORDS = {"new": "new", "open": "still open", "fixed": "fixed"}  # --baseline


def render_terminal(reviews, colour: bool = True, explain: bool = False, waivers=None,
                    baseline=None) -> str:
    def style(text: str, fg: str | None = None, bold: bool = False) -> str:
        return click.style(text, fg=fg, bold=bold) if colour and (fg or bold) else text

    out: list[str] = []
    if baseline is not None:  # --baseline: the changes come first
        from reviewer.report.changes import terminal_lines

        out.extend(terminal_lines(reviews, baseline, style))
    for review in reviews:
        out.append(style(f"== {review.path}", bold=True))
        if review.error is not None:
            out.append(style(f"   ERROR [{review.error.code}] ", "red", True) + review.error.message)
            out.append("")
            continue
        out.append(
            f"   type: {review.type} (confidence {review.type_confidence:.2f})"
            + (f"; pages: {review.document.pages}" if review.document and review.document.pages else "")
        )
        if review.document is not None:
            coverage = review.document.coverage
            line = f"   coverage: {coverage.describe()}"
            out.append(line if coverage.complete else style(line, "magenta", True))
        for note in review.document.notes if review.document else ():
            out.append(f"   note: {note}")
        out.append("")
        for finding in review.findings:
            word, fg = MARKS[finding.outcome]
            severity = finding.severity if finding.is_problem else ""
            sev = style(f"{severity:<5}", SEVERITY_COLOURS.get(severity)) if severity else " " * 5
            change = f"  ({CHANGE_WORDS[finding.baseline['status']]})" if finding.baseline else ""
            out.append(f"   [{style(word, fg, True)}] {sev} {finding.rule:<24} {finding.message}{change}")
            if finding.waived is not None:
                w = finding.waived
                out.append(style(f"            WAIVED by {w['approver']} until {w['expires']}: "
                                 f"{w['justification']}", "cyan"))
            shown = finding.evidence if (finding.is_problem or explain) else finding.evidence[:1]
            for evidence in shown[:3]:
                quote = textwrap.shorten(evidence.text, 140, placeholder="…")
                out.append(f"            “{quote}”")
                out.append(f"              at {evidence.location.describe()}")
                if explain and evidence.signals:
                    out.append(f"              why: {'; '.join(evidence.signals)}")
            if finding.is_problem:
                wrapped = textwrap.wrap(finding.remediation, WIDTH - 18)
                for i, line in enumerate(wrapped):
                    out.append(("            fix: " if i == 0 else "                 ") + line)
                out.append(f"            source: {finding.source}")
        counts = review.counts()
        unchecked = sum(f.outcome == UNCHECKED for f in review.findings)
        word, fg = VERDICT_WORDS[review.verdict]
        out.append("")
        out.append(
            "   verdict: " + style(word, fg, True)
            + f"  ({counts['red']} red, {counts['amber']} amber, {counts['info']} info"
            + (f"; {unchecked} could not be checked)" if unchecked else ")")
        )
        out.append("")
    if len(reviews) > 1:
        out.append(summary_line(reviews))
    if waivers is not None:
        from reviewer.report.waiver_lines import describe

        out.extend(describe(waivers))
    return "\n".join(out) + "\n"


def summary_line(reviews) -> str:
    verdicts = {"pass": 0, "needs-changes": 0, "fail": 0}
    errors = 0
    for review in reviews:
        if review.error is not None:
            errors += 1
        else:
            verdicts[review.verdict] += 1
    return (
        f"{len(reviews)} documents: {verdicts['pass']} pass, {verdicts['needs-changes']} need "
        f"changes, {verdicts['fail']} fail, {errors} could not be reviewed"
    )
