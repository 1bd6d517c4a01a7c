"""Every example in the rules catalogue is a test: passes must pass, fails must fail."""

import pytest

from reviewer.review import review_text
from reviewer.rules.catalogue import builtin_rules

CASES = [
    pytest.param(rule, example, id=f"{rule.id}-{example.outcome}-{n}")
    for rule in builtin_rules()
    for n, example in enumerate(rule.examples, start=1)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_catalogue_example(rule, example):
    analysis, findings = review_text(example.text, example.doc_type)
    finding = next(f for f in findings if f.rule == rule.id)
    assert finding.outcome == example.outcome, (finding.message, finding.evidence)
    if example.evidence:
        quotes = " | ".join(e.text for e in finding.evidence)
        assert example.evidence.lower() in quotes.lower()
