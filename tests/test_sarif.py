"""--format sarif: valid SARIF 2.1.0 (official OASIS schema) with the catalogue as rule metadata."""

import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.report.sarif import artifact_uri
from reviewer.rules.catalogue import builtin_rules

ROOT = Path(__file__).resolve().parent.parent
RESUBMISSION = ROOT / "fixtures" / "resubmission"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
LEVELS = {"red": "error", "amber": "warning", "info": "note"}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
                               ).validate(log)


def test_schema_file_is_the_official_sarif_2_1_0_schema():
    assert SARIF_SCHEMA["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert SARIF_SCHEMA["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert SARIF_SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):  # the schema really checks something
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})


@pytest.fixture(scope="module")
def fixture_batch():
    """Every fixture document, including the corrupt, encrypted, empty and scanned ones."""
    here = os.getcwd()
    os.chdir(ROOT)  # artifact URIs are relative to the working directory
    try:
        result = run("fixtures/documents", "--format", "sarif", "-q")
    finally:
        os.chdir(here)
    assert result.exit_code == 3  # some files could not be reviewed
    return json.loads(result.stdout)


def test_batch_with_broken_files_is_valid_sarif(fixture_batch):
    validate(fixture_batch)
    assert fixture_batch["version"] == "2.1.0" and len(fixture_batch["runs"]) == 1
    run_ = fixture_batch["runs"][0]
    invocation = run_["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    failed = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: n["descriptor"]["id"]
              for n in notes}
    assert failed["fixtures/documents/corrupt.docx"] == "corrupt"
    assert failed["fixtures/documents/encrypted.pdf"] == "encrypted"
    assert failed["fixtures/documents/empty.txt"] == "empty"
    assert all(n["level"] == "error" and "fixtures/documents/" in n["message"]["text"] for n in notes)
    uris = [a["location"]["uri"] for a in run_["artifacts"]]
    assert len(uris) == len(set(uris)) and all(u.startswith("fixtures/documents/") for u in uris)


def test_results_are_the_problems_with_levels_from_severity(fixture_batch):
    run_ = fixture_batch["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert results
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == LEVELS[result["properties"]["severity"]]
        assert result["properties"]["outcome"] in ("fail", "warn", "unchecked")
        assert len(result["partialFingerprints"]["jwreview/ruleEvidence/v1"]) == 64
        assert "baselineState" not in result and "suppressions" not in result
    steering = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "fixtures/documents/pid-sales-steering.docx"]
    sales = next(r for r in steering if r["ruleId"] == "sales-roles")
    region = sales["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and "Key Account Manager" in region["snippet"]["text"]
    assert sales["locations"][0]["logicalLocations"][0]["kind"] == "section"
    missing = next(r for r in results if r["ruleId"] == "exit-strategy" and r["locations"][0][
        "physicalLocation"]["artifactLocation"]["uri"] == "fixtures/documents/pid-no-exit.docx")
    assert "region" not in missing["locations"][0]["physicalLocation"]  # nothing to quote


def test_rule_metadata_matches_the_catalogue(fixture_batch):
    driver = fixture_batch["runs"][0]["tool"]["driver"]
    assert driver["name"] == "jwreview" and driver["version"]
    catalogue = builtin_rules()
    assert [d["id"] for d in driver["rules"]] == [r.id for r in catalogue]
    for descriptor, rule in zip(driver["rules"], catalogue, strict=True):
        assert descriptor["shortDescription"]["text"] == rule.title
        assert descriptor["fullDescription"]["text"] == rule.rationale
        assert descriptor["defaultConfiguration"]["level"] == LEVELS[rule.severity]
        assert descriptor["help"]["text"].startswith(rule.remediation)
        if rule.model_clause:
            assert rule.model_clause in descriptor["help"]["text"]
        assert descriptor["properties"]["severity"] == rule.severity
        assert descriptor["properties"]["applies_to"] == list(rule.applies_to)
        assert descriptor["properties"]["source"] == rule.source
        assert descriptor["name"][0].isupper() and "-" not in descriptor["name"]


def test_waivers_and_baseline_in_sarif(tmp_path):
    v1, v2 = RESUBMISSION / "pid-copd-v1.docx", RESUBMISSION / "pid-copd-v2.docx"
    earlier = tmp_path / "v1.json"
    run(v1, "--format", "json", "-o", earlier)
    current = json.loads(run(v2, "--format", "json").stdout)["documents"][0]
    sales = next(r for r in current["results"] if r["rule"] == "sales-roles")
    waivers = tmp_path / "waivers.json"
    waivers.write_text(json.dumps({"waivers": [{
        "rule": "sales-roles", "document": str(v2), "evidence_sha256": sales["evidence_sha256"],
        "justification": "The account manager attends as a non-voting observer until March.",
        "approver": "Dr Sunita Bhatt", "expires": "2999-12-31"}]}), encoding="utf-8")
    result = run(v2, "--baseline", earlier, "--waivers", waivers, "--format", "sarif")
    assert result.exit_code == 1  # transparency is still open and not waived
    log = json.loads(result.stdout)
    validate(log)
    run_ = log["runs"][0]
    assert run_["invocations"][0]["executionSuccessful"] is True
    assert run_["invocations"][0]["toolExecutionNotifications"] == []
    by_rule = {r["ruleId"]: r for r in run_["results"]}
    assert {rule: r["baselineState"] for rule, r in by_rule.items()} == {
        "sales-roles": "new", "transparency": "unchanged",
        "exit-strategy": "absent", "confidentiality": "absent",
    }
    assert by_rule["exit-strategy"]["level"] == "none" and by_rule["exit-strategy"]["kind"] == "pass"
    assert by_rule["sales-roles"]["suppressions"] == [{
        "kind": "external", "status": "accepted",
        "justification": "The account manager attends as a non-voting observer until March.",
        "properties": {"approver": "Dr Sunita Bhatt", "expires": "2999-12-31"},
    }]
    assert "suppressions" not in by_rule["transparency"]
    assert run_["properties"]["baseline"]["counts"] == {"new": 1, "open": 1, "fixed": 2}

    # The fingerprint follows the finding across runs: transparency is the same problem in both.
    before = json.loads(run(v1, "--format", "sarif").stdout)["runs"][0]["results"]
    earlier_transparency = next(r for r in before if r["ruleId"] == "transparency")
    assert earlier_transparency["partialFingerprints"] == by_rule["transparency"]["partialFingerprints"]
    earlier_exit = next(r for r in before if r["ruleId"] == "exit-strategy")
    assert earlier_exit["partialFingerprints"] == by_rule["exit-strategy"]["partialFingerprints"]


def test_artifact_uris_are_relative_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert artifact_uri("submissions/PID v2.docx") == "submissions/PID%20v2.docx"
    assert artifact_uri(str(tmp_path / "a" / "b.pdf")) == "a/b.pdf"
    outside = Path("/") / "elsewhere" / "x.docx"
    assert artifact_uri(str(outside)) == "file:///elsewhere/x.docx"
