"""The one table from a rule's `check` name to its function, and rule evaluation."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reviewer.analysis import Analysis
from reviewer.rules.catalogue import Rule, builtin_rules
from reviewer.rules.checks.clause import clause_present
from reviewer.rules.checks.contributions import every_party_contributes
from reviewer.rules.checks.parties import parties_are_entities
from reviewer.rules.checks.terms import terms_absent
from reviewer.rules.finding import NOT_APPLICABLE, WARN, Finding, Verdict

CHECKS: dict[str, Callable[[Rule, Analysis], Verdict]] = {
    "clause_present": clause_present,
    "terms_absent": terms_absent,
    "parties_are_entities": parties_are_entities,
    "every_party_contributes": every_party_contributes,
}
# A weak clause is a lesser problem than a missing one, but still something to change.
WARN_SEVERITY = {"red": "amber", "amber": "amber", "info": "info"}


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
        findings.append(to_finding(rule, verdict))
    return findings


def to_finding(rule: Rule, verdict: Verdict) -> Finding:
    severity = verdict.severity or (
        WARN_SEVERITY[rule.severity] if verdict.outcome == WARN else rule.severity
    )
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=severity,
        outcome=verdict.outcome,
        message=verdict.message,
        remediation=rule.remediation,
        source=rule.source,
        evidence=verdict.evidence,
        model_clause=rule.model_clause,
    )


def validate_registry(rules: Iterable[Rule]) -> list[str]:
    """Names of checks the catalogue asks for that the registry does not have."""
    return [f"{r.file}: unknown check '{r.check}'" for r in rules if r.check not in CHECKS]
