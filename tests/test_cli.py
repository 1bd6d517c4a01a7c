"""The command line: exit codes, one-line errors, JSON contract, batches that survive bad files."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reviewer.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "documents"
SCHEMA = json.loads((ROOT / "reviewer/report/schema/review.schema.json").read_text("utf-8"))
BAD = ["empty.docx", "empty.txt", "scanned.pdf", "plain-text-named.docx", "legacy.doc",
       "encrypted.pdf", "encrypted.docx", "corrupt.docx", "corrupt.pdf"]


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def test_clean_document_exits_zero():
    result = run(FIXTURES / "pid-compliant.docx")
    assert result.exit_code == 0
    assert "verdict: PASS" in result.stdout
    assert "exit-strategy" in result.stdout


def test_red_finding_exits_one_and_names_the_evidence():
    result = run(FIXTURES / "pid-sales-steering.docx")
    assert result.exit_code == 1
    assert "[FAIL]" in result.stdout and "Key Account Manager" in result.stdout
    assert "fix:" in result.stdout


def test_fail_on_never_and_amber():
    path = FIXTURES / "pid-vague-outcomes.docx"
    assert run(path, "--fail-on", "never").exit_code == 0
    assert run(path, "--fail-on", "red").exit_code == 0
    assert run(path, "--fail-on", "amber").exit_code == 1


@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_one_line_exit_three(name):
    result = run(FIXTURES / name)
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and name in errors[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_usage_error_exits_two():
    assert main(["--format", "nonsense", str(FIXTURES / "pid-compliant.docx")]) == 2
    assert main(["review"]) == 2


def test_json_matches_schema_and_contract(tmp_path):
    out = tmp_path / "review.json"
    result = run(FIXTURES / "agreement-individual-party.docx", FIXTURES / "corrupt.pdf",
                 "--format", "json", "-o", out)
    assert result.exit_code == 3
    payload = json.loads(out.read_text("utf-8"))
    jsonschema.validate(payload, SCHEMA)
    good, bad = payload["documents"]
    assert payload["tool"]["name"] == "jwreview"
    assert good["type"] == "agreement" and good["verdict"] == "fail" and good["error"] is None
    legal = next(r for r in good["results"] if r["rule"] == "legal-entities")
    assert legal["outcome"] == "fail" and "Jane Smith" in legal["evidence"][0]["text"]
    assert set(legal["evidence"][0]["location"]) >= {"page", "paragraph", "section", "table", "row", "column"}
    assert bad["error"]["code"] == "corrupt" and bad["verdict"] is None


def test_every_fixture_json_validates():
    result = run(FIXTURES, "--format", "json")
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, SCHEMA)
    assert len(payload["documents"]) >= 20


def test_folder_batch_keeps_going_past_bad_files(tmp_path):
    for name in ["pid-compliant.docx", "corrupt.docx", "es-promotional.pdf", "empty.txt"]:
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "notes.xlsx").write_bytes(b"not a document")
    result = run(tmp_path, "--no-color")
    assert result.exit_code == 3
    assert result.stdout.count("== ") == 4
    assert "4 documents: 1 pass, 0 need changes, 1 fail, 2 could not be reviewed" in result.stdout
    assert "skipped" in result.stderr


def test_type_override_changes_applicable_rules():
    result = run(FIXTURES / "meeting-notes.docx", "--type", "pid", "--format", "json")
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["type"] == "pid" and doc["type_confidence"] == 1.0
    exit_rule = next(r for r in doc["results"] if r["rule"] == "exit-strategy")
    assert exit_rule["outcome"] != "n/a"


def test_output_file_written_atomically(tmp_path):
    out = tmp_path / "nested" / "report.txt"
    run(FIXTURES / "pid-compliant.docx", "-o", out)
    assert out.read_text("utf-8").startswith("== ")
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "jwreview" in proc.stdout
