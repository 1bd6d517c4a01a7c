"""Waivers: a waived finding stays in the report, stops failing, and lapses on expiry or change."""

import json
import shutil
from pathlib import Path

import docx
import pytest
from cli_support import assert_bad_file_message
from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.waivers import WaiverError, load_waivers

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
STEERING = FIXTURES / "pid-sales-steering.docx"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def sales_finding(path) -> tuple[dict, dict]:
    result = run(path, "--format", "json")
    document = json.loads(result.stdout)["documents"][0]
    return document, next(r for r in document["results"] if r["rule"] == "sales-roles")


def waiver_file(folder: Path, document: str, evidence: str, expires: str = "2999-12-31",
                suffix: str = ".toml") -> Path:
    entry = {"rule": "sales-roles", "document": document, "evidence_sha256": evidence,
             "justification": "Sales staff attend as observers only, agreed by the ICB board.",
             "approver": "Dr Sunita Bhatt", "expires": expires}
    path = folder / f"waivers{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps({"waivers": [entry]}), encoding="utf-8")
    else:
        body = "\n".join(f'{k} = "{v}"' if k != "expires" else f"{k} = {v}" for k, v in entry.items())
        path.write_text("[[waivers]]\n" + body + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def original():
    return sales_finding(STEERING)


def test_working_waiver_marks_finding_and_stops_failing(tmp_path, original):
    document, finding = original
    assert finding["outcome"] == "fail" and finding["severity"] == "red"
    waivers = waiver_file(tmp_path, document["sha256"], finding["evidence_sha256"], suffix=".json")
    result = run(STEERING, "--waivers", waivers, "--format", "json")
    assert result.exit_code == 0  # the only red problem is waived
    payload = json.loads(result.stdout)
    waived = next(r for r in payload["documents"][0]["results"] if r["rule"] == "sales-roles")
    assert waived["outcome"] == "fail"  # still reported, never dropped
    assert waived["waived"]["approver"] == "Dr Sunita Bhatt"
    assert [w["documents"] for w in payload["waivers"]["used"]] == [[str(STEERING)]]
    assert payload["waivers"]["unmatched"] == []
    terminal = run(STEERING, "--waivers", waivers, "--no-color")
    assert terminal.exit_code == 0
    assert "WAIVED by Dr Sunita Bhatt until 2999-12-31" in terminal.stdout
    assert "waiver used: sales-roles" in terminal.stdout


def test_expired_waiver_does_not_apply(tmp_path, original):
    document, finding = original
    waivers = waiver_file(tmp_path, str(STEERING), finding["evidence_sha256"], expires="2020-01-31")
    result = run(STEERING, "--waivers", waivers, "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    still = next(r for r in payload["documents"][0]["results"] if r["rule"] == "sales-roles")
    assert "waived" not in still
    assert payload["waivers"]["used"] == []
    assert payload["waivers"]["unmatched"][0]["reason"] == "expired on 2020-01-31"


def test_waiver_lapses_when_evidence_text_changes(tmp_path, original):
    _, finding = original
    copy = tmp_path / "resubmission.docx"
    shutil.copy(STEERING, copy)
    waivers = waiver_file(tmp_path, str(copy), finding["evidence_sha256"])
    assert run(copy, "--waivers", waivers).exit_code == 0  # same text: the waiver holds

    edited = docx.Document(str(copy))
    changed = 0
    for table in edited.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run_ in paragraph.runs:
                        if "(North)" in run_.text:
                            run_.text = run_.text.replace("(North)", "(North and East)")
                            changed += 1
    assert changed
    edited.save(str(copy))
    _, new_finding = sales_finding(copy)
    assert new_finding["outcome"] == "fail"
    assert new_finding["evidence_sha256"] != finding["evidence_sha256"]

    result = run(copy, "--waivers", waivers, "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["waivers"]["used"] == []
    assert "evidence text changed" in payload["waivers"]["unmatched"][0]["reason"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("[[waivers]]\nrule = \"sales-roles\"\n", ["waiver 1", "'document'"]),
        ("waivers = 3\n", ["list of waivers"]),
        ('[[waivers]]\nrule = "a"\ndocument = "d"\nevidence_sha256 = "' + "a" * 64 + '"\n'
         'justification = "j"\napprover = "p"\nexpires = "next year"\n', ["'expires'"]),
    ],
)
def test_bad_waiver_file_is_one_line_error_with_exit_2(tmp_path, text, words):
    path = tmp_path / "waivers.toml"
    path.write_text(text, encoding="utf-8")
    result = run(STEERING, "--waivers", path)
    assert_bad_file_message(result, path, words)
    with pytest.raises(WaiverError):
        load_waivers(path)


def test_redact_masks_the_approver_but_keeps_the_role(tmp_path, original):
    document, finding = original
    waivers = waiver_file(tmp_path, document["sha256"], finding["evidence_sha256"])
    text = waivers.read_text("utf-8").replace("Dr Sunita Bhatt", "Dr Sunita Bhatt, Medical Director")
    waivers.write_text(text, encoding="utf-8")
    result = run(STEERING, "--waivers", waivers, "--format", "json", "--redact")
    assert result.exit_code == 0
    assert "Sunita" not in result.stdout
    payload = json.loads(result.stdout)
    waived = next(r for r in payload["documents"][0]["results"] if r["rule"] == "sales-roles")
    assert waived["waived"]["approver"] == "█" * len("Dr Sunita Bhatt") + ", Medical Director"
    assert payload["waivers"]["used"][0]["approver"].endswith(", Medical Director")
    terminal = run(STEERING, "--waivers", waivers, "--no-color", "--redact")
    assert "Sunita" not in terminal.stdout and "Medical Director" in terminal.stdout
