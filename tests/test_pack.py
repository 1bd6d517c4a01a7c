"""Project packs: facts read from each document, grouping, pack rules, reports and the CLI.

The five fixture packs (fixtures/packs/, made by fixtures/packs/make_packs.py) each change one
thing in an otherwise consistent project; each must give its own pack finding, with evidence
quoted from both documents involved, and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reviewer.analysis import analyse
from reviewer.analysis.dates import find_dates, find_money
from reviewer.analysis.facts import extract, party_core, party_key
from reviewer.cli import main
from reviewer.documents.text_reader import parse_text
from reviewer.pack import review_pack
from reviewer.pack.checks import pack_rules
from reviewer.pack.table import facts_table
from reviewer.report.pack_report import render_pack_html, render_pack_json, render_pack_terminal

PACKS = Path(__file__).resolve().parent.parent / "fixtures" / "packs"
AS_OF = dt.date(2026, 6, 1)
PACK_IDS = {
    "pack-parties-match",
    "pack-contributions-agree",
    "pack-dates-agree",
    "pack-objectives-consistent",
    "pack-prospective",
    "pack-summary-present",
    "pack-outcomes-due",
    "pack-no-sales-governance",
    "pack-required-documents",
}


@pytest.fixture(scope="module")
def packs():
    result = {}
    for name in (
        "consistent",
        "conflicting-parties",
        "conflicting-money",
        "start-before-publication",
        "missing-summary",
    ):
        found = review_pack(sorted((PACKS / name).iterdir()), as_of=AS_OF)
        assert len(found) == 1, f"{name} split into {len(found)} packs"
        result[name] = found[0]
    return result


def outcomes(pack) -> dict[str, str]:
    return {f.rule: f.outcome for f in pack.findings}


def finding(pack, rule):
    return next(f for f in pack.findings if f.rule == rule)


def documents_quoted(found) -> set[str]:
    return {Path(e.document).name for e in found.evidence}


# -- fixture packs ---------------------------------------------------------------------------


def test_consistent_pack_passes_every_pack_rule(packs):
    pack = packs["consistent"]
    problems = {r: o for r, o in outcomes(pack).items() if o in ("fail", "warn")}
    assert problems == {}
    assert pack.verdict == "pass"
    assert {d.type for d in pack.documents} == {"pid", "agreement", "executive-summary"}


def test_every_document_says_how_it_was_grouped(packs):
    pack = packs["consistent"]
    reasons = [d.grouped_by for d in pack.documents]
    assert reasons[0].startswith("first document of this project")
    assert all(
        "title 'Heart Failure Optimisation Clinics in Kestrel Valley' matches" in r for r in reasons[1:]
    )


def test_conflicting_parties(packs):
    pack = packs["conflicting-parties"]
    found = finding(pack, "pack-parties-match")
    assert found.outcome == "fail" and found.severity == "red"
    assert "Eastmoor NHS Foundation Trust" in found.message
    assert documents_quoted(found) == {"agreement.docx", "executive-summary.pdf"}
    assert {r for r, o in outcomes(pack).items() if o == "fail"} == {"pack-parties-match"}


def test_conflicting_money(packs):
    pack = packs["conflicting-money"]
    found = finding(pack, "pack-contributions-agree")
    assert found.outcome == "fail"
    assert "£60,000" in found.message and "£75,000" in found.message
    assert "£100,000" in found.message  # the total differs too
    assert documents_quoted(found) == {"agreement.docx", "executive-summary.pdf"}
    assert {r for r, o in outcomes(pack).items() if o == "fail"} == {"pack-contributions-agree"}


def test_start_before_publication(packs):
    pack = packs["start-before-publication"]
    found = finding(pack, "pack-prospective")
    assert found.outcome == "fail" and found.severity == "red"
    assert "2026-04-01" in found.message and "2026-04-20" in found.message
    quoted = documents_quoted(found)
    assert "executive-summary.pdf" in quoted and quoted & {"agreement.docx", "pid.docx"}
    assert {r for r, o in outcomes(pack).items() if o == "fail"} == {"pack-prospective"}


def test_missing_summary(packs):
    pack = packs["missing-summary"]
    assert finding(pack, "pack-summary-present").outcome == "fail"
    required = finding(pack, "pack-required-documents")
    assert required.outcome == "fail" and "executive-summary" in required.message
    assert documents_quoted(finding(pack, "pack-summary-present")) == {"agreement.docx", "pid.docx"}
    assert outcomes(pack)["pack-objectives-consistent"] == "n/a"


def test_pack_evidence_locates_the_quote(packs):
    found = finding(packs["conflicting-money"], "pack-contributions-agree")
    summary = [e for e in found.evidence if e.document.endswith("executive-summary.pdf")]
    assert any("£75,000" in e.text and e.location.page == 1 for e in summary)
    data = found.to_dict()
    assert {e["document"] for e in data["evidence"]} == {e.document for e in found.evidence}


# -- facts -----------------------------------------------------------------------------------


def test_facts_of_the_agreement(packs):
    agreement = next(d for d in packs["consistent"].documents if d.type == "agreement")
    facts = agreement.facts
    assert facts.title.value == "Heart Failure Optimisation Clinics in Kestrel Valley"
    company = next(p for p in facts.parties if p.side == "company")
    assert company.name == "Halden Therapeutics UK Limited"
    assert company.company_number == "07654321" and company.role == "the Company"
    assert facts.date("agreement").value.iso == "2026-03-02"
    assert (facts.date("start").value.iso, facts.date("end").value.iso) == (
        "2026-04-01",
        "2027-03-31",
    )
    assert facts.duration.months == 12
    totals = facts.side_totals()
    assert totals["company"][0] == 60000 and totals["nhs"][0] == 25000  # "£48,000" + "£12k"
    assert facts.total().money.pounds == 85000


def test_facts_of_the_pid_tables(packs):
    pid = next(d for d in packs["consistent"].documents if d.type == "pid")
    facts = pid.facts
    assert facts.reference.value == "KV-HAL-2026-03"
    assert facts.date("preparation").value.iso == "2026-01-12"
    assert facts.side_wte() == {"company": pytest.approx(1.2)}
    assert facts.side_sessions() == {"nhs": 1}  # "one session per week" of a consultant
    roles = {m.name: m.role for m in facts.members if m.context == "governance"}
    assert roles["Tom Barker"] == "NHS Partnerships Manager"
    assert len(facts.objectives) == 3


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1 April 2026", "2026-04-01"),
        ("April 2026", "2026-04"),
        ("Q2 2026", "2026-Q2"),
        ("01/04/2026", "2026-04-01"),
        ("2026-04-01", "2026-04-01"),
        ("3rd of March 2025", "2025-03-03"),
    ],
)
def test_dates_normalise_to_iso(text, iso):
    assert [v.iso for _, v in find_dates(text)] == [iso]


def test_coarse_dates_compare_by_range():
    ((_, quarter),) = find_dates("Q2 2026")
    ((_, day),) = find_dates("16 May 2026")
    assert quarter.same_as(day) and not quarter.surely_before(day) and quarter.maybe_before(day)


@pytest.mark.parametrize(
    ("text", "pounds"),
    [
        ("£48,000", 48000),
        ("£48k", 48000),
        ("£1.2m", 1_200_000),
        ("£ 2,500.50", 2500.5),
    ],
)
def test_money_normalises_to_pounds(text, pounds):
    assert [m.pounds for _, m in find_money(text)] == [pounds]


def test_rounded_money_agrees_within_its_rounding():
    ((_, rounded),) = find_money("£1.2m")
    ((_, exact),) = find_money("£1,234,000")
    ((_, other),) = find_money("£1,300,000")
    assert rounded.agrees(exact) and not rounded.agrees(other)


def test_party_name_variants_match():
    assert party_key("Meridian Pharma UK Limited") == party_key("Meridian Pharma UK Ltd.")
    assert party_core("Meridian Pharma Limited") == party_core("Meridian Pharma UK Ltd")
    assert party_key("Northbrook NHS FT") == party_key("Northbrook NHS Foundation Trust")


def test_facts_from_markdown_fields():
    text = """# Executive Summary
## Falls Prevention Service in Harbour District
Publication date: 01/03/2026
Parties: Corvid Health Ltd and NHS Harbour Integrated Care Board.
# Project period
Q2 2026 to Q1 2027.
# Financial arrangements
Corvid Health Ltd contributes £1.2m; NHS Harbour Integrated Care Board contributes 0.5 WTE
of a pharmacist valued at £30k.
"""
    facts = extract(analyse(parse_text(text, "es.md")))
    assert facts.title.value == "Falls Prevention Service in Harbour District"
    assert [p.name for p in facts.parties] == [
        "Corvid Health Ltd",
        "NHS Harbour Integrated Care Board",
    ]
    assert facts.date("publication").value.iso == "2026-03-01"
    assert (facts.date("start").value.iso, facts.date("end").value.iso) == ("2026-Q2", "2027-Q1")
    assert facts.duration.months == 12
    totals = facts.side_totals()
    assert totals["company"][0] == 1_200_000 and totals["nhs"][0] == 30000


# -- governance across documents, grouping ---------------------------------------------------

PID_MD = """# Project Initiation Document
## Diabetes Foot Checks in Lowmoor
Project reference: LM-ALD-2026-01
# Partner organisations
- Aldine Pharma UK Limited
- Lowmoor NHS Foundation Trust
# Project dates
The project will start on 1 September 2026 and end on 31 August 2027.
# Governance
Steering group members: Priya Shah, NHS Partnerships Manager, Aldine Pharma UK Limited.
"""
SUMMARY_MD = """# Executive Summary
## Diabetes Foot Checks in Lowmoor
Publication date: 1 August 2026
Parties: Aldine Pharma UK Ltd and Lowmoor NHS Foundation Trust.
# Project period
September 2026 to August 2027.
# Contacts
Priya Shah, Key Account Manager, Aldine Pharma UK Ltd, priya.shah@aldine.example.
"""
OTHER_MD = """# Project Initiation Document
## Community Asthma Reviews in Westfold
Project reference: WF-BRN-2026-09
# Partner organisations
- Bramble Therapeutics Limited
- NHS Westfold Integrated Care Board
"""


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "a-pid.md").write_text(PID_MD, "utf-8")
    (folder / "b-other.md").write_text(OTHER_MD, "utf-8")
    (folder / "c-summary.md").write_text(SUMMARY_MD, "utf-8")
    return folder


def test_grouping_separates_projects(mixed_folder):
    packs = review_pack(sorted(mixed_folder.iterdir()), as_of=AS_OF)
    names = sorted(sorted(Path(d.path).name for d in p.documents) for p in packs)
    assert names == [["a-pid.md", "c-summary.md"], ["b-other.md"]]
    summary = next(d for p in packs for d in p.documents if d.name == "c-summary.md")
    assert "matches a-pid.md" in summary.grouped_by


def test_governance_member_with_sales_title_elsewhere(mixed_folder):
    packs = review_pack(
        [mixed_folder / "a-pid.md", mixed_folder / "c-summary.md"], one_pack=True, as_of=AS_OF
    )
    found = finding(packs[0], "pack-no-sales-governance")
    assert found.outcome == "fail" and "Priya Shah" in found.message
    assert documents_quoted(found) == {"a-pid.md", "c-summary.md"}
    assert packs[0].documents[0].grouped_by == "given together as one pack (--one-pack)"


# -- catalogue, reports, CLI -----------------------------------------------------------------


def test_pack_catalogue_is_complete():
    rules = pack_rules()
    assert {r.id for r in rules} == PACK_IDS
    for rule in rules:
        assert rule.rationale and rule.source and rule.remediation, rule.id
        assert "catalogue:" in rule.source, rule.id


def test_facts_table_marks_conflicts(packs):
    rows = {r.fact: r for r in facts_table(packs["conflicting-money"])}
    assert rows["Total value"].conflict and rows["Company contribution"].conflict
    assert not rows["Parties"].conflict and not rows["Start"].conflict
    assert set(rows["Total value"].values) == {"£85,000", "£100,000"}
    rows = {r.fact: r for r in facts_table(packs["conflicting-parties"])}
    assert rows["Parties"].conflict and not rows["Total value"].conflict


def test_terminal_report_has_table_then_reviews(packs):
    text = render_pack_terminal([packs["conflicting-money"]], colour=False)
    table_line = next(line for line in text.splitlines() if "Total value" in line)
    assert table_line.lstrip().startswith("≠") and table_line.endswith("CONFLICT")
    assert text.index("Pack checks") < text.index("Document reviews for pack 1")
    assert "in executive-summary.pdf at p. 1" in text


def test_json_report_carries_facts_and_findings(packs):
    data = json.loads(render_pack_json([packs["conflicting-parties"]]))
    pack = data["packs"][0]
    assert [Path(d["path"]).name for d in pack["documents"]] == [
        "agreement.docx",
        "executive-summary.pdf",
        "pid.docx",
    ]
    parties_row = next(r for r in pack["facts_table"]["rows"] if r["fact"] == "Parties")
    assert parties_row["conflict"] is True
    facts = next(v for k, v in pack["facts"].items() if k.endswith("executive-summary.pdf"))
    assert "Eastmoor NHS Foundation Trust" in [p["name"] for p in facts["parties"]]
    assert {f["rule"] for f in pack["findings"]} == PACK_IDS
    assert len(pack["reviews"]) == 3 and all(r["results"] for r in pack["reviews"])


def test_html_report_highlights_conflicts(packs):
    page = render_pack_html([packs["conflicting-money"]])
    assert '<tr class="conflict"><th>Total value (conflict)</th>' in page
    assert "Document review: executive-summary.pdf" in page


def test_cli_pack_exit_codes(capsys):
    assert main(["pack", str(PACKS / "consistent"), "--as-of", "2026-06-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["packs"][0]["verdict"] == "pass"
    assert main(["pack", str(PACKS / "conflicting-parties"), "--as-of", "2026-06-01", "--no-color"]) == 1
    assert "pack-parties-match" in capsys.readouterr().out
    assert main(["pack"]) == 2


def test_cli_pack_unreadable_file(tmp_path, capsys):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["pack", str(tmp_path), "--format", "json"]) == 3
    captured = capsys.readouterr()
    assert "broken.docx" in captured.err and "Traceback" not in captured.err


PID_TARGET_MD = """# Project Initiation Document
## Falls Clinics in Harbour District
# Partner organisations
- Corvid Health Ltd
- NHS Harbour Integrated Care Board
# Project dates
The project will start on 1 May 2026 and end on 30 April 2027.
# Objectives
- Review 500 older people after a fall in a community falls clinic.
- Cut repeat falls among reviewed patients from 30% to 20% within 12 months.
"""
SUMMARY_TARGET_MD = """# Executive Summary
## Falls Clinics in Harbour District

Publication date: 1 April 2026

Parties: Corvid Health Ltd and NHS Harbour Integrated Care Board.
# Project period
May 2026 to April 2027.
# Objectives
- Review 500 older people after a fall in a community falls clinic.
- Cut repeat falls among reviewed patients from 30% to 10% within 12 months.
"""
AMENDMENT_MD = """# Project Amendment Form
## Falls Clinics in Harbour District
# Amendment to the PID requested
The partners agree that the project will end on 31 July 2027 instead of April 2027.
"""


def test_objective_with_a_different_target_and_amendment_dates(tmp_path):
    for name, text in (
        ("pid.md", PID_TARGET_MD),
        ("summary.md", SUMMARY_TARGET_MD),
        ("amendment.md", AMENDMENT_MD),
    ):
        (tmp_path / name).write_text(text, "utf-8")
    packs = review_pack(sorted(tmp_path.iterdir()), as_of=AS_OF)
    assert len(packs) == 1
    pack = packs[0]
    found = finding(pack, "pack-objectives-consistent")
    assert found.outcome == "fail" and "10%" in found.message
    assert documents_quoted(found) == {"pid.md", "summary.md"}
    # The amendment moves the end date on purpose: not a conflict, but shown in the table.
    assert finding(pack, "pack-dates-agree").outcome == "pass"
    end_row = next(r for r in facts_table(pack) if r.fact == "End")
    assert "2027-07-31" in end_row.values and not end_row.conflict


def test_json_report_matches_its_schema(packs):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    folder = Path(__file__).resolve().parent.parent / "reviewer" / "report" / "schema"
    schemas = {
        n: json.loads((folder / n).read_text("utf-8")) for n in ("pack.schema.json", "review.schema.json")
    }
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    validator = Draft202012Validator(schemas["pack.schema.json"], registry=registry)
    data = json.loads(render_pack_json(list(packs.values())))
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
