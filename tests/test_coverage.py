"""Coverage: every report says how much was read, and unread content is "could not check", not absent.

Fixtures come from fixtures/coverage/make_coverage_fixtures.py: one compliant PID whose exit
section sits on a page (or in a picture, or a text box) of its own.
"""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reviewer.batch import from_data, to_data
from reviewer.cli import cli
from reviewer.documents.model import Coverage, Unread
from reviewer.review import review_file
from reviewer.rules.catalogue import builtin_rules
from reviewer.rules.finding import FAIL, PASS, UNCHECKED, Verdict
from reviewer.rules.registry import allow_for_coverage

ROOT = Path(__file__).resolve().parent.parent
COVERAGE = ROOT / "fixtures" / "coverage"
DOCUMENTS = ROOT / "fixtures" / "documents"
SCANNED_PAGE = COVERAGE / "pid-exit-scanned-page.pdf"
TEXT_PAGE = COVERAGE / "pid-exit-text.pdf"
PICTURE = COVERAGE / "pid-exit-pasted-picture.docx"
LOGOS = COVERAGE / "pid-logos.docx"
TEXT_BOX = COVERAGE / "pid-exit-text-box.docx"
SCHEMA = json.loads((ROOT / "reviewer/report/schema/review.schema.json").read_text("utf-8"))
LABELS = json.loads((DOCUMENTS / "labels.json").read_text("utf-8"))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def reviews():
    return {path.name: review_file(path) for path in (SCANNED_PAGE, TEXT_PAGE, PICTURE, LOGOS, TEXT_BOX)}


def outcomes(review) -> dict[str, str]:
    return {f.rule: f.outcome for f in review.findings}


def finding(review, rule):
    return next(f for f in review.findings if f.rule == rule)


def test_exit_on_a_scanned_page_could_not_be_checked_and_names_the_page(reviews):
    review = reviews[SCANNED_PAGE.name]
    coverage = review.document.coverage
    assert (coverage.pages_total, coverage.pages_read, coverage.unread_pages) == (5, 4, (4,))
    assert coverage.describe() == "Read 4 of 5 pages; page 4 has no text layer"
    exit_strategy = finding(review, "exit-strategy")
    assert exit_strategy.outcome == UNCHECKED and exit_strategy.severity == "amber"
    assert "could not check" in exit_strategy.message and "page 4" in exit_strategy.message
    assert "text layer" in exit_strategy.remediation and "OCR" in exit_strategy.remediation
    assert review.verdict == "needs-changes"
    # Prohibited-content rules still pass, but say that only the read part was searched.
    for rule in ("promotional-language", "sales-roles"):
        assert finding(review, rule).outcome == PASS
        assert "Only the text that could be read was checked" in finding(review, rule).message


def test_the_same_pid_fully_text_passes_with_the_same_other_outcomes(reviews):
    text, scanned = reviews[TEXT_PAGE.name], reviews[SCANNED_PAGE.name]
    assert text.document.coverage.complete
    assert text.document.coverage.describe() == "Read all 5 pages; nothing left unread"
    assert outcomes(text)["exit-strategy"] == PASS and text.verdict == "pass"
    assert {**outcomes(scanned), "exit-strategy": PASS} == outcomes(text)


def test_a_large_pasted_picture_in_word_is_unread_content(reviews):
    review = reviews[PICTURE.name]
    unread = review.document.coverage.unread
    assert [u.kind for u in unread] == ["picture"]
    assert unread[0].where.startswith("picture after ¶")
    exit_strategy = finding(review, "exit-strategy")
    assert exit_strategy.outcome == UNCHECKED and unread[0].where in exit_strategy.message
    assert {**outcomes(review), "exit-strategy": PASS} == outcomes(reviews[TEXT_PAGE.name])


def test_logos_in_header_and_body_do_not_count_as_unread(reviews):
    review = reviews[LOGOS.name]
    assert review.document.coverage.complete and review.document.coverage.unread == ()
    assert UNCHECKED not in outcomes(review).values() and review.verdict == "pass"


def test_text_box_content_is_read_once(reviews):
    review = reviews[TEXT_BOX.name]
    assert review.document.coverage.complete
    assert finding(review, "exit-strategy").outcome == PASS
    texts = [block.text for block in review.document.blocks]
    hits = [t for t in texts if "60 days' written notice" in t]
    assert len(hits) == 1  # Word's VML fallback copy of the text box is not read again


@pytest.mark.parametrize("path", [DOCUMENTS / "scanned.pdf", COVERAGE / "pictures-only.docx"])
def test_documents_with_no_text_at_all_keep_the_no_text_error(path):
    review = review_file(path)
    assert review.error is not None and review.error.code == "no-text"
    result = run(path)
    assert result.exit_code == 3 and "no-text" in result.stdout


@pytest.mark.parametrize(
    "name", sorted(n for n, label in LABELS.items() if not label.get("error"))
)
def test_every_fixture_document_is_read_in_full(name):
    review = review_file(DOCUMENTS / name)
    assert review.document.coverage.complete, review.document.coverage.describe()
    assert review.document.coverage.blocks == len(review.document.blocks)
    assert UNCHECKED not in outcomes(review).values()


def test_terminal_report_states_coverage_and_the_word_could_not_check():
    result = run(SCANNED_PAGE, TEXT_PAGE, "--no-color")
    assert "coverage: Read 4 of 5 pages; page 4 has no text layer" in result.stdout
    assert "coverage: Read all 5 pages; nothing left unread" in result.stdout
    assert "[UNCHECKED] amber exit-strategy" in result.stdout
    assert "1 could not be checked)" in result.stdout


def test_json_report_has_a_schema_valid_coverage_object(tmp_path):
    result = run(SCANNED_PAGE, PICTURE, TEXT_PAGE, "--format", "json")
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, SCHEMA)
    scanned, picture, text = payload["documents"]
    assert scanned["coverage"]["unread_pages"] == [4] and scanned["coverage"]["pages_read"] == 4
    assert scanned["coverage"]["complete"] is False
    assert picture["coverage"]["unread"][0]["kind"] == "picture"
    assert picture["coverage"]["pages_total"] is None
    assert text["coverage"]["complete"] is True and text["coverage"]["unread"] == []
    exit_result = next(r for r in scanned["results"] if r["rule"] == "exit-strategy")
    assert exit_result["outcome"] == "unchecked" and exit_result["remediation"]


def test_markdown_html_and_csv_reports_show_coverage(tmp_path):
    markdown = run(SCANNED_PAGE, "--format", "markdown").stdout
    assert "**Not fully read:** Read 4 of 5 pages; page 4 has no text layer." in markdown
    assert "❓ could not check" in markdown
    html_file = tmp_path / "report.html"
    run(SCANNED_PAGE, "--format", "html", "-o", html_file)
    html = html_file.read_text("utf-8")
    assert "Not fully read:</strong> Read 4 of 5 pages; page 4 has no text layer." in html
    assert '<span aria-hidden="true">?</span> Could not check</span>' in html
    rows = list(csv.DictReader(io.StringIO(run(SCANNED_PAGE, TEXT_PAGE, "--format", "csv").stdout)))
    by_name = {Path(r["path"]).name: r for r in rows}
    scanned, text = by_name[SCANNED_PAGE.name], by_name[TEXT_PAGE.name]
    assert (scanned["pages_read"], scanned["pages_total"], scanned["unchecked"]) == ("4", "5", "1")
    assert scanned["unread"] == "page 4 (no text layer)"
    assert (text["pages_read"], text["pages_total"], text["unchecked"], text["unread"]) == (
        "5", "5", "0", "")


def test_could_not_check_fails_an_amber_gate_but_not_the_default_red_one():
    assert run(SCANNED_PAGE).exit_code == 0
    assert run(SCANNED_PAGE, "--fail-on", "amber").exit_code == 1
    assert run(SCANNED_PAGE, "--fail-on", "info").exit_code == 1
    assert run(TEXT_PAGE, "--fail-on", "info").exit_code == 0


def test_config_severity_override_and_waiver_still_apply(tmp_path):
    config = tmp_path / "jwreview.toml"
    config.write_text('[rules.severity]\nexit-strategy = "info"\n', encoding="utf-8")
    result = run(SCANNED_PAGE, "--config", config, "--format", "json", "--fail-on", "amber")
    exit_result = next(r for r in json.loads(result.stdout)["documents"][0]["results"]
                       if r["rule"] == "exit-strategy")
    assert exit_result["severity"] == "info" and result.exit_code == 0
    document = json.loads(run(SCANNED_PAGE, "--format", "json").stdout)["documents"][0]
    exit_result = next(r for r in document["results"] if r["rule"] == "exit-strategy")
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(
        "[[waivers]]\nrule = \"exit-strategy\"\n"
        f"document = \"{document['sha256']}\"\nevidence_sha256 = \"{exit_result['evidence_sha256']}\"\n"
        "justification = \"The exit plan on page 4 was read by a person and is complete.\"\n"
        "approver = \"Dr Sunita Bhatt\"\nexpires = 2999-12-31\n",
        encoding="utf-8",
    )
    assert run(SCANNED_PAGE, "--waivers", waivers, "--fail-on", "amber").exit_code == 0


def test_only_an_absent_finding_becomes_could_not_check():
    rule = next(r for r in builtin_rules() if r.id == "exit-strategy")
    partial = Coverage(pages_total=3, blocks=10, unread=(Unread("page", "page 2", "image", 2),))
    missing = Verdict(FAIL, "not found", absent=True)
    breach = Verdict(FAIL, "prohibited wording found")
    assert allow_for_coverage(rule, missing, partial).outcome == UNCHECKED
    assert allow_for_coverage(rule, breach, partial) == breach
    assert allow_for_coverage(rule, missing, Coverage(pages_total=3, blocks=10)) == missing


def test_coverage_survives_the_batch_process_boundary(reviews):
    review = reviews[SCANNED_PAGE.name]
    again = from_data(json.loads(json.dumps(to_data(review))))
    assert again.document.coverage == review.document.coverage
    assert again.to_dict() == review.to_dict()
