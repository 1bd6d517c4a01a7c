"""--baseline: a resubmission compared with an earlier review, finding by finding."""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from cli_support import assert_bad_file_message
from click.testing import CliRunner

from reviewer.baseline import Baseline, BaselineDocument, BaselineError, load_baseline, unversioned_name
from reviewer.cli import cli
from reviewer.review import DocumentReview

ROOT = Path(__file__).resolve().parent.parent
RESUBMISSION = ROOT / "fixtures" / "resubmission"
V1 = RESUBMISSION / "pid-copd-v1.docx"
V2 = RESUBMISSION / "pid-copd-v2.docx"
SCHEMA = json.loads((ROOT / "reviewer/report/schema/review.schema.json").read_text("utf-8"))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def first_review(tmp_path_factory):
    """The v1 review written as JSON and as JSON Lines, as a committee would have kept it."""
    folder = tmp_path_factory.mktemp("baseline")
    json_path, jsonl_path = folder / "v1-review.json", folder / "v1-review.jsonl"
    assert run(V1, "--format", "json", "-o", json_path).exit_code == 1  # three red problems
    assert run(V1, "--format", "jsonl", "-o", jsonl_path).exit_code == 1
    return json_path, jsonl_path


def statuses(document: dict) -> dict[str, str]:
    return {r["rule"]: r["baseline"]["status"] for r in document["results"] if "baseline" in r}


def test_resubmission_has_new_open_and_fixed_findings(first_review):
    baseline, _ = first_review
    result = run(V2, "--baseline", baseline, "--format", "json")
    assert result.exit_code == 1  # still red problems
    payload = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(payload)
    document = payload["documents"][0]
    assert statuses(document) == {
        "sales-roles": "new", "transparency": "open",
        "exit-strategy": "fixed", "confidentiality": "fixed",
    }
    fixed = next(r for r in document["results"] if r["rule"] == "exit-strategy")
    assert fixed["outcome"] == "pass" and fixed["baseline"]["previous_outcome"] == "fail"
    still = next(r for r in document["results"] if r["rule"] == "transparency")
    assert still["baseline"]["severity_changed"] is False
    assert document["baseline"]["paired_with"] == str(V1)
    assert document["baseline"]["paired_by"] == "name without version"
    assert document["baseline"]["status"] == "changed"
    assert payload["baseline"] == {
        "file": str(baseline), "counts": {"new": 1, "open": 1, "fixed": 2},
        "new_documents": [], "not_in_this_run": [],
    }
    assert "changes since" in result.stderr and "1 new, 1 still open, 2 fixed" in result.stderr


def test_unchanged_document_is_all_open_with_no_changes(first_review):
    baseline, _ = first_review
    payload = json.loads(run(V1, "--baseline", baseline, "--format", "json").stdout)
    document = payload["documents"][0]
    assert document["baseline"]["status"] == "unchanged"
    assert document["baseline"]["paired_by"] == "sha256"
    assert set(statuses(document).values()) == {"open"}
    for result in document["results"]:
        if "baseline" in result:
            assert not result["baseline"]["severity_changed"]
            assert not result["baseline"]["evidence_changed"]
    assert payload["baseline"]["counts"] == {"new": 0, "open": 3, "fixed": 0}


def test_jsonl_baseline_gives_the_same_comparison(first_review):
    from_json, from_jsonl = (
        json.loads(run(V2, "--baseline", path, "--format", "json").stdout)["documents"][0]
        for path in first_review
    )
    assert statuses(from_jsonl) == statuses(from_json)


def test_reports_lead_with_the_changes(first_review, tmp_path):
    baseline, _ = first_review
    terminal = run(V2, "--baseline", baseline, "--no-color").stdout
    lines = terminal.splitlines()
    assert lines[0] == f"== Changes since {baseline}: 1 new, 1 still open, 2 fixed"
    assert terminal.index("Changes since") < terminal.index(f"== {V2}")
    for word, rule in (("NEW", "sales-roles"), ("STILL OPEN", "transparency"), ("FIXED", "exit-strategy")):
        assert any(line.strip().startswith(word) and rule in line for line in lines[:8]), (word, rule)
    assert "(still open)" in terminal and "(new)" in terminal

    markdown = run(V2, "--baseline", baseline, "--format", "markdown").stdout
    assert markdown.index("## Changes since") < markdown.index(f"## {V2}")
    assert markdown.index("**1 new, 1 still open, 2 fixed.**") < markdown.index("**Verdict")
    assert "| FIXED | `confidentiality` Confidentiality |" in markdown

    html_path = tmp_path / "report.html"
    assert run(V2, "--baseline", baseline, "--format", "html", "-o", html_path).exit_code == 1
    html = html_path.read_text("utf-8")
    assert html.index('id="changes"') < html.index('class="document"')
    assert "1 new, 1 still open, 2 fixed." in html


def test_csv_rows_carry_the_baseline(first_review, tmp_path):
    baseline, _ = first_review
    findings = tmp_path / "findings.csv"
    result = run(V2, "--baseline", baseline, "--format", "csv", "--csv-findings", findings)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (rows[0]["baseline_document"], rows[0]["new"], rows[0]["still_open"], rows[0]["fixed"]) == (
        str(V1), "1", "1", "2")
    table = csv.DictReader(io.StringIO(findings.read_text("utf-8")))
    by_rule = {row["rule"]: row["baseline"] for row in table}
    assert by_rule["sales-roles"] == "new" and by_rule["confidentiality"] == "fixed"
    assert by_rule["data-protection"] == ""  # fine before and now


def test_config_waivers_and_redaction_work_with_a_baseline(first_review, tmp_path):
    baseline, _ = first_review
    current = json.loads(run(V2, "--format", "json").stdout)["documents"][0]
    transparency = next(r for r in current["results"] if r["rule"] == "transparency")
    waivers = tmp_path / "waivers.json"
    waivers.write_text(json.dumps({"waivers": [{
        "rule": "transparency", "document": current["sha256"],
        "evidence_sha256": transparency["evidence_sha256"],
        "justification": "Publication is handled by the ICB's joint working register.",
        "approver": "Dr Sunita Bhatt", "expires": "2999-12-31"}]}), encoding="utf-8")
    config = tmp_path / "jwreview.toml"
    config.write_text('[rules]\ndisabled = ["sales-roles"]\n', encoding="utf-8")
    result = run(V2, "--baseline", baseline, "--waivers", waivers, "--config", config, "--redact",
                 "--format", "json")
    assert result.exit_code == 0  # the new problem's rule is off and the open one is waived
    document = json.loads(result.stdout)["documents"][0]
    assert statuses(document) == {"transparency": "open", "exit-strategy": "fixed",
                                  "confidentiality": "fixed"}
    waived = next(r for r in document["results"] if r["rule"] == "transparency")
    assert waived["waived"]["expires"] == "2999-12-31"  # (--redact masks the approver's name)
    assert "(waived)" in run(V2, "--baseline", baseline, "--waivers", waivers, "--no-color").stdout


@pytest.mark.parametrize("content, words", [
    (None, ["baseline file not found"]),
    ("", ["empty"]),
    ("{not json", ["not valid JSON"]),
    ('{"version": "2.1.0", "runs": []}', ["not a jwreview report"]),
    ('{"tool": {"name": "other"}, "documents": []}', ["not a jwreview report"]),
    ('{"tool": {"name": "jwreview"}, "documents": [{"results": []}]}', ["document 1", "'path'"]),
    ('{"tool": {"name": "jwreview"}, "documents": [{"path": "a.docx", "results": [{"rule": 1}]}]}',
     ["document 1", "'rule'"]),
])
def test_bad_baseline_file_is_one_line_error_with_exit_2(tmp_path, content, words):
    path = tmp_path / "earlier.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(V2, "--baseline", path)
    assert_bad_file_message(result, path, words)
    with pytest.raises(BaselineError):
        load_baseline(path)


def test_version_markers_are_ignored_when_pairing_names():
    same = ["PID v2.docx", "pid_v1.3.docx", "PID - final.pdf", "pid draft (1).docx", "PID version 2.docx",
            "PID rev 3 clean.docx"]
    assert {unversioned_name(name) for name in same} == {"pid"}
    assert unversioned_name("pid-copd-v1.docx") == unversioned_name("pid-copd-v2.docx") == "pid copd"
    assert unversioned_name("Report 2025.docx") == "report 2025"  # a year is not a version


def _earlier(path, sha=None, outcome="fail"):
    return BaselineDocument(path=path, sha256=sha, verdict="fail", error=None,
                            results={"exit-strategy": {"outcome": outcome, "severity": "red",
                                                       "evidence_sha256": None}})


def test_pairing_order_and_unpaired_documents():
    baseline = Baseline("earlier.json", [
        _earlier("old/agreement.docx", sha="a" * 64),
        _earlier("old/pid.docx"),
        _earlier("old/summary v1.pdf"),
        _earlier("old/notes.docx"),
    ])

    def partner(path, sha=None, run_size=3):
        index, how = baseline.partner(DocumentReview(path=path, sha256=sha), run_size)
        return (baseline.documents[index].path if index is not None else None), how

    assert partner("renamed.docx", sha="a" * 64) == ("old/agreement.docx", "sha256")
    assert partner("old/pid.docx") == ("old/pid.docx", "path")
    assert partner("new/pid.docx") == ("old/pid.docx", "name")
    assert partner("new/summary v2.pdf") == ("old/summary v1.pdf", "name without version")
    assert partner("new/unrelated.docx") == (None, None)
    compared = [baseline.compare(DocumentReview(path=p, sha256=None), 3)
                for p in ("new/pid.docx", "new/summary-final.pdf", "new/unrelated.docx")]
    summary = baseline.summary(compared)
    assert summary["new_documents"] == ["new/unrelated.docx"]
    assert summary["not_in_this_run"] == ["old/agreement.docx", "old/notes.docx"]
    only = Baseline("earlier.json", [_earlier("first submission.docx")])
    index, how = only.partner(DocumentReview(path="something else.docx", sha256=None), 1)
    assert (index, how) == (0, "only document")
    assert only.partner(DocumentReview(path="something else.docx", sha256=None), 2) == (None, None)
