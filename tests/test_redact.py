"""--redact: people, e-mail addresses, phone and NHS numbers are masked; organisations stay."""

import json

import pytest

from reviewer.cli import main
from reviewer.report.redact import MASK, Redactor, nhs_number_is_valid, pattern_spans, people_in

PID = """# Project Initiation Document: Heart Failure Joint Working Project

## Parties

This joint working project is between Northshire Integrated Care Board and Acme Pharma UK Ltd.

## Governance

The steering group will be chaired by John Smith, Key Account Manager at Acme Pharma UK Ltd
(john.smith@acme.example, 07700 900123), who will review prescribing data for the patient
with NHS number 943 476 5919.

## Exit strategy

Exit strategy: TBC
"""
PERSONAL = ["John Smith", "john.smith@acme.example", "07700 900123", "943 476 5919"]


@pytest.mark.parametrize(("number", "valid"), [
    ("9434765919", True),   # the NHS's own published example
    ("4010232137", True),
    ("9434765918", False),  # wrong check digit
    ("1234567890", False),  # check digit would be 10: never issued
    ("0000000000", False),
])
def test_nhs_number_checksum(number, valid):
    assert nhs_number_is_valid(number) is valid


@pytest.mark.parametrize("text", [
    "call 020 7946 0018", "mobile 07700 900123", "tel. +44 (0)161 496 0000",
    "write to jane.doe+nhs@example.nhs.uk", "NHS no. 943-476-5919",
])
def test_patterns_are_masked(text):
    masked = Redactor()(text)
    assert MASK in masked and len(masked) == len(text)


@pytest.mark.parametrize("text", [
    "£40,000 over 12 months", "clause 7.2.1 applies", "signed 12/03/2024", "ref 1234567890",
    "2024-01-02", "phase 3 of 10",
])
def test_numbers_that_are_not_personal_are_kept(text):
    assert pattern_spans(text) == []


def test_people_are_found_and_organisations_are_not():
    names = people_in(["Dr Jane Smith of Acme Pharma UK Ltd will meet Northshire ICB."])
    assert any("Jane Smith" in name for name in names)
    assert not any("Acme" in name or "Northshire" in name for name in names)


def test_mask_keeps_offsets():
    text = "Chair: Jane Smith (Acme Pharma UK Ltd)."
    masked = Redactor(["Jane Smith"])(text)
    assert masked == "Chair: ██████████ (Acme Pharma UK Ltd)."


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "terminal", "markdown", "html"])
def test_redact_applies_to_every_format(tmp_path, capfd, fmt):
    path = tmp_path / "pid.md"
    path.write_text(PID, encoding="utf-8")
    assert main(["review", "--quiet", "--format", fmt, str(path)]) in (0, 1)
    plain = capfd.readouterr().out
    assert main(["review", "--quiet", "--redact", "--format", fmt, str(path)]) in (0, 1)
    redacted = capfd.readouterr().out
    if fmt in ("json", "jsonl", "html"):  # these quote the governance sentence in full
        assert "John Smith" in plain
    for item in PERSONAL:
        assert item not in redacted
    if fmt != "csv":  # the CSV report is one summary row per document, with no quotes
        assert "Acme Pharma UK Ltd" in redacted


def test_redacted_json_keeps_outcomes(tmp_path, capfd):
    path = tmp_path / "pid.md"
    path.write_text(PID, encoding="utf-8")
    main(["review", "--quiet", "--format", "json", str(path)])
    plain = json.loads(capfd.readouterr().out)["documents"][0]
    main(["review", "--quiet", "--redact", "--format", "json", str(path)])
    redacted = json.loads(capfd.readouterr().out)["documents"][0]
    assert [r["outcome"] for r in plain["results"]] == [r["outcome"] for r in redacted["results"]]
    quotes = [e["text"] for r in redacted["results"] for e in r["evidence"]]
    assert any("Key Account Manager" in q and MASK in q for q in quotes)
