"""The rule catalogue checks itself: complete records, known checks, frozen public ids."""

import json
from pathlib import Path

import pytest

from reviewer.rules.catalogue import CORE_ORDER, CatalogueError, builtin_rules, load_rule
from reviewer.rules.registry import CHECKS, validate_registry

GOLDEN = Path(__file__).parent / "golden" / "rule-ids.json"


def test_public_rule_ids_are_frozen():
    assert [r.id for r in builtin_rules()][: len(CORE_ORDER)] == list(CORE_ORDER)
    assert json.loads(GOLDEN.read_text()) == list(CORE_ORDER)


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.id)
def test_rule_is_complete(rule):
    assert rule.title and rule.rationale and rule.source and rule.remediation
    assert rule.severity in ("red", "amber", "info")
    assert rule.check in CHECKS
    outcomes = [e.outcome for e in rule.examples]
    assert outcomes.count("pass") >= 2
    assert outcomes.count("fail") >= 2
    # Sources cite the domain catalogue's short names (CODE-20, ABPI-JW, CU-2025, ...).
    assert any(tag in rule.source for tag in ("CODE-", "ABPI-", "CU-2025", "NHSC-2024"))


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.id)
def test_every_builtin_pattern_compiles_when_first_used(rule):
    """Packaged rules compile each pattern list on first use (cold start); all must compile."""
    assert type(rule.patterns).__name__ == "LazyPatterns"
    compiled = {key: rule.pattern(key) for key in rule.patterns}
    assert all(compiled.values()) and all(hasattr(p, "search") for ps in compiled.values() for p in ps)
    assert rule.pattern("no-such-key") == ()


def test_registry_matches_catalogue():
    assert validate_registry(builtin_rules()) == []


def test_bad_rule_file_names_file_and_field(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('id = "x-rule"\ntitle = "X"\nseverity = "purple"\n', "utf-8")
    with pytest.raises(CatalogueError, match="broken.toml: missing or empty field 'applies_to'"):
        load_rule(path)
    path.write_text(
        'id = "x-rule"\ntitle = "X"\nseverity = "purple"\napplies_to = ["pid"]\ncheck = "c"\n'
        'rationale = "r"\nsource = "s"\nremediation = "m"\n', "utf-8")
    with pytest.raises(CatalogueError, match="severity must be one of"):
        load_rule(path)
    path.write_text(
        'id = "x-rule"\ntitle = "X"\nseverity = "red"\napplies_to = ["pid"]\ncheck = "c"\n'
        'rationale = "r"\nsource = "s"\nremediation = "m"\n[patterns]\nstrong = ["(unclosed"]\n', "utf-8")
    with pytest.raises(CatalogueError, match="bad regex"):
        load_rule(path)
