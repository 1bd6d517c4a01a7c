"""Batch review: folders, worker processes, timeouts, cache, streaming formats and progress."""

import csv
import io
import json
import shutil
import time
from pathlib import Path

import docx
import jsonschema
import pytest

from reviewer import batch
from reviewer.analysis import nlp
from reviewer.cli import main
from reviewer.documents import Limits
from reviewer.review import review_file

GOOD = ("pid-compliant.docx", "pid-no-exit.docx", "es-promotional.pdf")
BROKEN = {"corrupt.docx": "corrupt", "empty.txt": "empty", "encrypted.pdf": "encrypted"}
SCHEMA = json.loads(
    (Path(batch.__file__).parent / "report" / "schema" / "review.schema.json").read_text("utf-8")
)


@pytest.fixture(scope="module", autouse=True)
def warm_parent():
    # Workers are forked: loading spaCy here once means no worker pays for it again.
    nlp.blank()
    nlp.trained()


@pytest.fixture
def folder(tmp_path, fixtures_dir):
    root = tmp_path / "submissions"
    (root / "nested").mkdir(parents=True)
    for name in GOOD[:2]:
        shutil.copy(fixtures_dir / name, root / name)
    shutil.copy(fixtures_dir / GOOD[2], root / "nested" / GOOD[2])
    for name in BROKEN:
        shutil.copy(fixtures_dir / name, root / "nested" / name)
    (root / "nested" / "budget.xlsx").write_bytes(b"PK\x03\x04 not a document")
    (root / ".hidden.docx").write_bytes(b"ignored")
    return root


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def slow_task(path, limits, forced_type):
    """Test hook run inside the worker: a file named slow* hangs like a stuck parser."""
    if Path(path).name.startswith("slow"):
        time.sleep(60)
    return batch.review_task(path, limits, forced_type)


def test_folder_with_good_and_broken_files_reviews_fully(folder, tmp_path, capsys):
    out_file = tmp_path / "report.json"
    code, _out, err = run([folder, "--format", "json", "-o", out_file, "--jobs", "2"], capsys)
    assert code == 3
    report = json.loads(out_file.read_text("utf-8"))
    jsonschema.validate(report, SCHEMA)
    by_name = {Path(d["path"]).name: d for d in report["documents"]}
    assert set(by_name) == set(GOOD) | set(BROKEN)
    for name, code_ in BROKEN.items():
        assert by_name[name]["error"]["code"] == code_
        assert by_name[name]["verdict"] is None
    for name in GOOD:
        assert by_name[name]["error"] is None and by_name[name]["verdict"]
    # Report order is input order (sorted folder walk), not finishing order.
    assert [d["path"] for d in report["documents"]] == sorted(by_name[n]["path"] for n in by_name)
    assert "skipped" in err and "budget.xlsx" in err and ".hidden" not in err
    assert "6 of 6 documents" in err and "could not be reviewed" in err
    assert "most frequent problems:" in err and "total time" in err


def test_results_match_a_review_in_this_process(fixtures_dir):
    files = [fixtures_dir / n for n in GOOD] + [fixtures_dir / "corrupt.pdf"]
    result = batch.run_batch(files, jobs=2)
    for path, record in zip(files, result.reviews, strict=True):
        direct = review_file(path)
        assert record.to_dict() == direct.to_dict()
        assert record.findings == direct.findings
        assert record.document == direct.document
    assert result.failures == 1
    assert result.peak_kb_by_worker and all(kb > 0 for kb in result.peak_kb_by_worker.values())


def test_plain_data_round_trip_is_complete_and_json_safe(fixtures_dir):
    for name in (*GOOD, "agreement-long.pdf", "scanned.pdf"):
        record = review_file(fixtures_dir / name, Limits())
        data = json.loads(json.dumps(batch.to_data(record)))
        again = batch.from_data(data)
        assert again.to_dict() == record.to_dict()
        assert again.findings == record.findings and again.document == record.document
        assert again.seconds == record.seconds and again.type_reason == record.type_reason
        if record.error is not None:
            assert type(again.error) is type(record.error)
            assert again.error.message == record.error.message


def test_plain_data_refuses_unknown_types():
    with pytest.raises(TypeError):
        batch.from_data({"__type__": "Popen", "args": ["rm"]})
    with pytest.raises(TypeError):
        batch._encode(object())


def test_jsonl_streams_one_schema_valid_document_per_line(folder, tmp_path, capsys):
    out_file = tmp_path / "report.jsonl"
    code, out, _err = run([folder, "--format", "jsonl", "-o", out_file], capsys)
    assert code == 3 and out == ""
    lines = out_file.read_text("utf-8").splitlines()
    assert len(lines) == 6
    document_schema = {**SCHEMA["$defs"]["document"], "$defs": SCHEMA["$defs"]}
    for line in lines:
        jsonschema.validate(json.loads(line), document_schema)
    # To standard output as well, one line per document.
    code, out, _err = run([folder, "--format", "jsonl", "--quiet"], capsys)
    assert len(out.splitlines()) == 6


def test_csv_has_one_row_per_document_and_findings_csv_one_per_finding(folder, tmp_path, capsys):
    findings_file = tmp_path / "findings.csv"
    code, out, _err = run([folder, "--format", "csv", "--csv-findings", findings_file], capsys)
    assert code == 3
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 6
    assert list(rows[0]) == ["path", "type", "verdict", "red", "amber", "info", "error_code",
                             "error", "unchecked", "pages_read", "pages_total", "unread"]
    by_name = {Path(r["path"]).name: r for r in rows}
    assert by_name["corrupt.docx"]["error_code"] == "corrupt"
    assert by_name["corrupt.docx"]["verdict"] == ""
    assert by_name["pid-no-exit.docx"]["verdict"] == "fail"
    assert int(by_name["pid-no-exit.docx"]["red"]) >= 1
    findings = list(csv.DictReader(io.StringIO(findings_file.read_text("utf-8"))))
    rules_per_document = {}
    for row in findings:
        rules_per_document.setdefault(row["path"], set()).add(row["rule"])
    assert len(rules_per_document) == len(GOOD)  # broken files have no findings
    assert any(r["rule"] == "exit-strategy" and r["outcome"] == "fail" for r in findings)


def test_csv_cells_cannot_become_formulas():
    from reviewer.report.table_reports import _safe

    assert _safe(["=HYPERLINK(1)", "@SUM", "plain", 3]) == ["'=HYPERLINK(1)", "'@SUM", "plain", 3]


def test_cache_reuses_results_and_reviews_only_changed_files(folder, tmp_path, capsys):
    cache_dir = tmp_path / "cache"
    files, _ = batch.discover([folder])
    cache = batch.ResultCache(cache_dir, batch.config_fingerprint(Limits(), None))
    first = batch.run_batch(files, cache=cache, jobs=2)
    assert first.cached == 0
    assert all(p.suffix == ".json" for p in cache_dir.rglob("*") if p.is_file())

    second = batch.run_batch(files, cache=cache, jobs=2)
    assert second.cached == len(files)  # nothing reviewed again
    assert [r.to_dict() for r in second.reviews] == [r.to_dict() for r in first.reviews]

    edited = folder / "pid-no-exit.docx"
    document = docx.Document(str(edited))
    document.add_paragraph("Exit strategy: either party may end the project on 30 days' notice.")
    document.save(str(edited))
    third = batch.run_batch(files, cache=cache, jobs=2)
    assert third.cached == len(files) - 1
    changed = next(r for r in third.reviews if r.path == str(edited))
    assert changed.sha256 != next(r for r in first.reviews if r.path == str(edited)).sha256

    # The same content under another name is a hit that reports the new name.
    renamed = folder / "renamed.docx"
    shutil.copy(folder / "pid-compliant.docx", renamed)
    hit = cache.get(renamed)
    assert hit is not None and hit.path == str(renamed) and hit.document.path == str(renamed)

    # A different configuration never reuses these entries; the CLI says how many were reused.
    other = batch.ResultCache(cache_dir, batch.config_fingerprint(Limits(max_pages=3), None))
    assert other.get(folder / "pid-compliant.docx") is None
    code, _out, err = run([folder, "--cache", cache_dir, "--format", "json", "-q"], capsys)
    assert code == 3 and "7 from the cache" in err, err


def test_a_hung_file_times_out_and_the_batch_continues(tmp_path, fixtures_dir):
    slow = tmp_path / "slow.docx"
    shutil.copy(fixtures_dir / "pid-compliant.docx", slow)
    files = [fixtures_dir / "pid-no-exit.docx", slow, fixtures_dir / "es-promotional.pdf"]
    result = batch.run_batch(files, jobs=2, timeout=1, task=slow_task)
    codes = [r.error.code if r.error else None for r in result.reviews]
    assert codes == [None, "timeout", None]
    assert "took too long" in result.reviews[1].error.message
    assert result.reviews[1].sha256 is not None


def test_interrupt_keeps_finished_results(fixtures_dir):
    files = [fixtures_dir / n for n in (*GOOD, "pid-no-exit.docx", "amendment.docx")]
    seen = []

    def stop_after_first(review):
        seen.append(review)
        raise KeyboardInterrupt

    result = batch.run_batch(files, jobs=1, on_result=stop_after_first)
    assert result.interrupted
    assert len(result.reviews) == 1 == len(seen)
    assert "1 of 5 documents (interrupted)" in batch.summary(result)


def test_plain_progress_lines_when_not_a_terminal(folder, capsys):
    code, out, err = run([folder, "--format", "json", "--jobs", "1"], capsys)
    lines = [line for line in err.splitlines() if line.startswith("jwreview: [")]
    assert len(lines) == 3  # one per reviewed document; the three broken ones print errors
    assert lines[-1].startswith("jwreview: [") and "/6]" in lines[-1]
    assert err.count("jwreview: error:") == 3
    assert "\x1b[" not in err  # no terminal control codes
    json.loads(out)
    code, out, err = run([folder, "--format", "json", "--quiet"], capsys)
    assert "jwreview: [" not in err and err.count("jwreview: error:") == 3


def test_glob_filters_and_notes(folder):
    files, notes = batch.discover([folder], ["*.pdf"])
    assert [f.name for f in files] == ["encrypted.pdf", "es-promotional.pdf"]
    files, notes = batch.discover([folder])
    assert len(files) == 6 and any("budget.xlsx" in n for n in notes)
    assert not any(".hidden" in str(f) for f in files)
