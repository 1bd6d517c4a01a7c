"""The one table from a rule's `check` name to its function, and rule evaluation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from reviewer.analysis import Analysis
from reviewer.documents.model import Coverage
from reviewer.rules.catalogue import Rule, builtin_rules
from reviewer.rules.checks.clause import clause_present
from reviewer.rules.checks.contributions import every_party_contributes
from reviewer.rules.checks.generic import if_then, must_be_present, must_not_appear
from reviewer.rules.checks.parties import parties_are_entities
from reviewer.rules.checks.terms import terms_absent
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, UNCHECKED, WARN, Finding, Verdict

CHECKS: dict[str, Callable[[Rule, Analysis], Verdict]] = {
    "clause_present": clause_present,
    "terms_absent": terms_absent,
    "parties_are_entities": parties_are_entities,
    "every_party_contributes": every_party_contributes,
    # Generic shapes for organisation rule packs (reviewer/rules/rulepacks.py).
    "must_be_present": must_be_present,
    "must_not_appear": must_not_appear,
    "if_then": if_then,
}
# A weak clause is a lesser problem than a missing one, but still something to change.
WARN_SEVERITY = {"red": "amber", "amber": "amber", "info": "info"}
# Checks that pass by finding nothing prohibited: on a partly read document they still pass,
# but say that only the read part was searched.
PASS_BY_ABSENCE = {"terms_absent", "must_not_appear"}
UNREAD_REMEDIATION = (
    "Supply a version with a text layer (export it from the original program instead of "
    "scanning or pasting pictures), run OCR on the unread pages, or paste their text in. "
    "If the content is not there either: "
)


def evaluate(analysis: Analysis, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """Run every rule against the analysis; rules that do not apply give `n/a`."""
    findings = []
    for rule in rules if rules is not None else builtin_rules():
        if not rule.applies(analysis.doc_type.type):
            verdict = Verdict(
                NOT_APPLICABLE, f"Does not apply to a document of type '{analysis.doc_type.type}'."
            )
        else:
            verdict = CHECKS[rule.check](rule, analysis)
            verdict = allow_for_coverage(rule, verdict, analysis.document.coverage)
        findings.append(to_finding(rule, verdict))
    return findings


def allow_for_coverage(rule: Rule, verdict: Verdict, coverage: Coverage) -> Verdict:
    """Never call something absent that may sit on a page or picture the reader could not read."""
    if coverage.complete:
        return verdict
    unread = coverage.unread_summary()
    if verdict.absent and verdict.outcome in (FAIL, WARN):
        return Verdict(
            UNCHECKED,
            f"{rule.title}: could not check. It is not in the text that was read, but part of "
            f"the document could not be read: {unread}.",
            verdict.evidence,
            signals=verdict.signals,
        )
    if verdict.outcome == PASS and rule.check in PASS_BY_ABSENCE:
        note = f" Only the text that could be read was checked (not read: {unread})."
        return dataclasses.replace(verdict, message=verdict.message + note)
    return verdict


def to_finding(rule: Rule, verdict: Verdict) -> Finding:
    # "Could not check" is capped at amber like a weak clause: a problem, but not a proven breach.
    severity = verdict.severity or (
        WARN_SEVERITY[rule.severity] if verdict.outcome in (WARN, UNCHECKED) else rule.severity
    )
    remediation = rule.remediation
    if verdict.outcome == UNCHECKED:
        remediation = UNREAD_REMEDIATION + rule.remediation.strip()
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=severity,
        outcome=verdict.outcome,
        message=verdict.message,
        remediation=remediation,
        source=rule.source,
        evidence=verdict.evidence,
        model_clause=rule.model_clause,
    )


def validate_registry(rules: Iterable[Rule]) -> list[str]:
    """Names of checks the catalogue asks for that the registry does not have."""
    return [f"{r.file}: unknown check '{r.check}'" for r in rules if r.check not in CHECKS]
