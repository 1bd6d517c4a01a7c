"""Organisation rule packs: loading and validation, the generic checks, extensions of built-in
rules, packs in reviews (command line, config file, worker processes, cache), `jwreview rules`.

The example pack is examples/org-rules/ (fictional Halden Pharma); the documents are written by
fixtures/org-rules/make_org_fixtures.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from reviewer.cli import main
from reviewer.review import review_file, review_text
from reviewer.rules.catalogue import CatalogueError
from reviewer.rules.rulepacks import load_rule_set, packs_digest

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "examples" / "org-rules"
DOCS = ROOT / "fixtures" / "org-rules" / "documents"
BREACHES = DOCS / "halden-pid-breaches.docx"
COMPLIANT = DOCS / "halden-pid-compliant.md"
SCHEMA = json.loads((ROOT / "reviewer" / "report" / "schema" / "review.schema.json").read_text("utf-8"))
PACK_IDS = {"halden-sop-approval", "halden-fair-market-value", "halden-no-campaigns"}

GOOD_RULE = '''
id = "acme-sop"
title = "ACME SOP statement"
severity = "amber"
applies_to = ["pid"]
check = "must_be_present"
rationale = "ACME policy."
source = "ACME SOP-1"
remediation = "State SOP-1 approval."
[patterns]
required = ['approved under SOP-1\\b']
[[examples]]
outcome = "pass"
text = "# Project Initiation Document\\nThe project was approved under SOP-1 in May."
[[examples]]
outcome = "fail"
text = "# Project Initiation Document\\nThe project reviews asthma care."
'''


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write_pack(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def outcome(findings, rule_id):
    return next(f for f in findings if f.rule == rule_id)


# ---------------------------------------------------------------------------------------------
# Loading and validation


def test_example_pack_adds_rules_and_extends_built_ins():
    rule_set = load_rule_set([PACK])
    by_id = {r.id: r for r in rule_set.rules}
    assert set(by_id) >= PACK_IDS
    assert list(by_id)[:10] == [r.id for r in load_rule_set().rules]  # built-ins first, in order
    promo = by_id["promotional-language"]
    assert promo.extended_by == (str(PACK / "promotional-brands.toml"),)
    assert "Halden portfolio growth" in promo.terms and "best-in-class" in promo.terms
    assert "Customer Engagement Lead" in by_id["sales-roles"].terms
    assert {r.id for r in rule_set.from_packs()} == PACK_IDS | {"promotional-language", "sales-roles"}
    assert rule_set.digest == packs_digest([PACK]) and len(rule_set.digest) == 64


BAD_FILES = {
    "bad severity": (GOOD_RULE.replace('"amber"', '"purple"'), "acme.toml: severity must be one of"),
    "misspelt field": (GOOD_RULE.replace("remediation =", "remedy ="), "acme.toml: unknown field 'remedy'"),
    "unknown check": (GOOD_RULE.replace("must_be_present", "must_exist"), "unknown check 'must_exist'"),
    "bad regex": (GOOD_RULE.replace("SOP-1\\b'", "(SOP'"), "acme.toml: patterns.required: bad regex"),
    "no fail example": (GOOD_RULE.rsplit("[[examples]]", 1)[0], "at least one 'pass' and one 'fail'"),
    "built-in id": (GOOD_RULE.replace('"acme-sop"', '"exit-strategy"'), "'exit-strategy' is a built-in rule"),
    "unknown extends": ('extends = "no-such-rule"\nterms = ["x"]\n', "extends 'no-such-rule', which is not"),
    "terms on a clause rule": ('extends = "exit-strategy"\nterms = ["x"]\n', "only extend word-list rules"),
    "extension without examples": ('extends = "sales-roles"\nterms = ["Growth Lead"]\n',
                                   "missing or empty field 'examples'"),
    "not TOML": ("id = ", "acme.toml: not valid TOML"),
    "no required patterns": (GOOD_RULE.replace("required =", "strong ="),
                             "check 'must_be_present' needs a non-empty patterns.required list"),
    "bad option": (GOOD_RULE.replace("[patterns]", "[options]\nnegation_window = 'x'\n[patterns]"),
                   "options.negation_window must be a whole number"),
}


@pytest.mark.parametrize(("text", "message"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_pack_file_names_file_and_field(tmp_path, capsys, text, message):
    pack = write_pack(tmp_path / "pack", {"acme.toml": text})
    with pytest.raises(CatalogueError, match=message.replace("(", r"\(")):
        load_rule_set([pack])
    # Every command that takes packs refuses it with exit code 2 and the same one-line message.
    for args in (["rules", "test", pack], ["rules", "list", "--rules", pack],
                 ["review", COMPLIANT, "--rules", pack]):
        code, out, err = run(args, capsys)
        assert code == 2, args
        assert "invalid rule pack" in err and "acme.toml" in err
        assert len(err.strip().splitlines()) == 1


def test_duplicate_id_across_pack_files_and_missing_folder(tmp_path):
    pack = write_pack(tmp_path / "pack", {"a.toml": GOOD_RULE, "b.toml": GOOD_RULE})
    with pytest.raises(CatalogueError, match=r"b.toml: duplicate rule id 'acme-sop' \(also in .*a.toml\)"):
        load_rule_set([pack])
    with pytest.raises(CatalogueError, match="rule pack folder not found"):
        load_rule_set([tmp_path / "nowhere"])
    with pytest.raises(CatalogueError, match="has no .toml rule files"):
        load_rule_set([write_pack(tmp_path / "empty", {"notes.txt": "x"})])


# ---------------------------------------------------------------------------------------------
# The generic checks on real text


def pack_rule(rule_id: str):
    rules = load_rule_set([PACK]).rules
    return next(r for r in rules if r.id == rule_id)


def check(rule, text: str, doc_type: str = "pid"):
    _, findings = review_text(f"# Project Initiation Document\n{text}\n", doc_type, rules=(rule,))
    return findings[0]


def test_must_be_present():
    rule = pack_rule("halden-sop-approval")
    found = check(rule, "The project was approved under SOP-CW-012 on 3 March 2025.")
    assert found.outcome == "pass" and "SOP-CW-012" in found.evidence[0].text
    assert check(rule, "The project reviews adults with asthma.").outcome == "fail"
    negated = check(rule, "The project has not been approved under SOP-CW-012.")
    assert negated.outcome == "fail" and "negated" in negated.evidence[0].signals[0]
    placeholder = check(rule, "The project was approved under SOP-CW-012 on [date].")
    assert placeholder.outcome == "fail" and "placeholder" in placeholder.evidence[0].signals[0]
    heading_only = check(rule, "## Approved under SOP-CW-012\nThe project reviews adults with asthma.")
    assert heading_only.outcome == "fail"
    assert check(rule, "Nothing here.", "executive-summary").outcome == "n/a"  # not in applies_to


def test_must_not_appear():
    rule = pack_rule("halden-no-campaigns")
    hit = check(rule, "## Approach\nClinics will run alongside the Breathe Forward programme.")
    assert hit.outcome == "fail" and hit.severity == "red"
    assert "Breathe Forward" in hit.evidence[0].text and hit.evidence[0].location.section == (
        "Project Initiation Document > Approach"
    )
    assert check(rule, "The project is not linked to the Breathe Forward campaign.").outcome == "pass"
    assert check(rule, "No Halden brand plan applies to this project.").outcome == "pass"  # negated
    assert check(rule, "The project reviews adults with asthma.").outcome == "pass"


def test_if_then(tmp_path):
    rule = pack_rule("halden-fair-market-value")
    paid = "Participating GPs will receive an honorarium of £300 per session"
    assert check(rule, paid + ", set at fair market value.").outcome == "pass"
    failed = check(rule, paid + ".")
    assert failed.outcome == "fail" and "honorarium" in failed.evidence[0].text
    assert check(rule, "The project reviews adults with asthma.").outcome == "n/a"
    assert check(rule, "No honoraria will be paid to anyone.").outcome == "n/a"
    text = (PACK / "fair-market-value.toml").read_text("utf-8")
    text = text.replace('when_absent = "n/a"', 'when_absent = "pass"')
    text = text.replace('outcome = "n/a"', 'outcome = "pass"')
    as_pass = load_rule_set([write_pack(tmp_path / "p", {"fmv.toml": text})]).rules[-1]
    assert check(as_pass, "The project reviews adults with asthma.").outcome == "pass"


# ---------------------------------------------------------------------------------------------
# Extensions change real outcomes


def test_brand_and_job_title_lists_make_a_document_fail_that_passes_without_them():
    plain = review_file(BREACHES)
    assert outcome(plain.findings, "promotional-language").outcome == "pass"
    assert outcome(plain.findings, "sales-roles").outcome == "pass"
    assert not PACK_IDS & {f.rule for f in plain.findings}
    packed = review_file(BREACHES, rules=load_rule_set([PACK]).rules)
    promo = outcome(packed.findings, "promotional-language")
    assert promo.outcome == "fail" and "consider Halvexa" in promo.evidence[0].text
    sales = outcome(packed.findings, "sales-roles")
    assert sales.outcome == "fail" and "Customer Engagement Lead" in sales.evidence[0].text
    got = {f.rule: f.outcome for f in packed.findings if f.rule in PACK_IDS}
    assert got == dict.fromkeys(PACK_IDS, "fail")
    compliant = review_file(COMPLIANT, rules=load_rule_set([PACK]).rules)
    assert compliant.verdict == "pass"


def test_a_neutral_brand_mention_only_warns():
    rule = pack_rule("promotional-language")
    finding = check(rule, "Halden Pharma markets Norquel for asthma; it is named for transparency.")
    assert finding.outcome == "warn" and finding.severity == "amber"


# ---------------------------------------------------------------------------------------------
# Packs in reviews: worker processes, every report format, config file, cache


def test_rules_reach_worker_processes_and_every_report_format(tmp_path, capsys):
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.json"
        code, _, _ = run([DOCS, "--rules", PACK, "--jobs", jobs, "--format", "json", "-o", out], capsys)
        assert code == 1
        reports[jobs] = json.loads(out.read_text("utf-8"))
    jsonschema.validate(reports["2"], SCHEMA)

    def findings(report):
        return {(Path(d["path"]).name, r["rule"]): (r["outcome"], r["severity"])
                for d in report["documents"] for r in d["results"]}

    assert findings(reports["1"]) == findings(reports["2"])
    assert findings(reports["2"])[("halden-pid-breaches.docx", "halden-fair-market-value")] == ("fail", "red")
    assert findings(reports["2"])[("halden-pid-breaches.md", "halden-sop-approval")] == ("fail", "amber")
    for fmt in ("markdown", "html", "terminal"):
        out = tmp_path / f"report.{fmt}"
        code, _, _ = run([BREACHES, "--rules", PACK, "--format", fmt, "-o", out], capsys)
        assert code == 1
        text = out.read_text("utf-8")
        assert "halden-no-campaigns" in text and "Breathe Forward" in text, fmt
    # CSV: one row per document (its counts include pack findings), one row per finding.
    code, _, _ = run([BREACHES, "--rules", PACK, "--format", "csv", "-o", tmp_path / "r.csv",
                      "--csv-findings", tmp_path / "f.csv"], capsys)
    assert ",pid,fail,4,1,0," in (tmp_path / "r.csv").read_text("utf-8")  # 4 red, 1 amber
    rows = (tmp_path / "f.csv").read_text("utf-8")
    assert "halden-sop-approval" in rows and "Breathe Forward" in rows


def test_config_packs_are_relative_to_the_config_file(tmp_path, capsys):
    shutil.copytree(PACK, tmp_path / "settings" / "org-rules")
    config = tmp_path / "settings" / "jwreview.toml"
    config.write_text('[rules]\npacks = ["org-rules"]\ndisabled = ["halden-no-campaigns"]\n'
                      '[rules.severity]\nhalden-sop-approval = "info"\n', "utf-8")
    out = tmp_path / "r.json"
    code, _, _ = run([BREACHES, "--config", config, "--format", "json", "-o", out], capsys)
    assert code == 1
    results = {r["rule"]: r for r in json.loads(out.read_text("utf-8"))["documents"][0]["results"]}
    assert results["halden-fair-market-value"]["outcome"] == "fail"
    assert results["halden-sop-approval"]["severity"] == "info"
    assert "halden-no-campaigns" not in results
    assert results["promotional-language"]["outcome"] == "fail"
    # The same pack from the file and from --rules is loaded once, not refused as a duplicate.
    code, _, _ = run([BREACHES, "--config", config, "--rules", tmp_path / "settings" / "org-rules",
                      "--format", "json", "-o", out], capsys)
    assert code == 1
    ids = [r["rule"] for r in json.loads(out.read_text("utf-8"))["documents"][0]["results"]]
    assert ids.count("halden-fair-market-value") == 1
    config.write_text('[rules]\npacks = ["no-such-folder"]\n', "utf-8")
    code, _, err = run([BREACHES, "--config", config], capsys)
    assert code == 2 and "rules.packs" in err and "no-such-folder" in err


def test_editing_a_pack_invalidates_cached_results(tmp_path, capsys):
    pack = shutil.copytree(PACK, tmp_path / "pack")
    cache, out = tmp_path / "cache", tmp_path / "r.json"
    args = [BREACHES, "--rules", pack, "--cache", cache, "--format", "json", "-o", out]

    def promo():
        run(args, capsys)
        results = json.loads(out.read_text("utf-8"))["documents"][0]["results"]
        return next(r["outcome"] for r in results if r["rule"] == "promotional-language")

    assert promo() == "fail"
    brands = pack / "promotional-brands.toml"
    brands.write_text(brands.read_text("utf-8").replace('"Halvexa", ', ""), "utf-8")
    assert promo() == "pass"  # Halvexa is no longer a watched brand: not the stale cached "fail"


# ---------------------------------------------------------------------------------------------
# jwreview rules list / test


def test_rules_list_shows_measured_figures_and_origins(capsys):
    code, out, _ = run(["rules", "list", "--rules", PACK], capsys)
    assert code == 0
    blocks = {b.split()[0]: b for b in out.split("\n") if b and not b.startswith(" ")}
    assert "exit-strategy" in blocks and "halden-sop-approval" in blocks
    exit_block = out.split("exit-strategy  [red]")[1].split("\n", 6)
    assert any(line.strip().startswith("measured:   precision") for line in exit_block)
    sop_block = out.split("halden-sop-approval  [amber]")[1].split("\n", 6)
    assert "    measured:   not measured" in sop_block
    assert f"origin:     pack {PACK / 'sop-approval.toml'}" in out
    assert "origin:     built-in + pack" in out
    code, out, _ = run(["rules", "list", "--rules", PACK, "--format", "json"], capsys)
    data = json.loads(out)
    rows = {r["id"]: r for r in data["rules"]}
    assert data["accuracy"]["split"] == "held-out" and data["accuracy"]["documents"] > 0
    assert {"eval:eval", "holdout:eval", "holdout2:eval"} <= set(data["accuracy"]["sets"])
    assert all(isinstance(rows[r.id]["precision"], float) for r in load_rule_set().rules
               if rows[r.id]["measured"]["tp"] + rows[r.id]["measured"]["fp"])
    assert {rows[i]["measured"] for i in PACK_IDS} == {None}
    assert rows["halden-fair-market-value"]["applies_to"] == ["pid", "agreement", "executive-summary"]


def test_rules_test_exit_codes(tmp_path, capsys):
    code, out, _ = run(["rules", "test", PACK], capsys)
    assert code == 0
    assert "ok     halden-sop-approval example 1 (pid): expected pass, got pass" in out
    assert out.strip().splitlines()[-1].endswith("0 failed")
    wrong = GOOD_RULE.replace(
        "The project reviews asthma care.", "The project was approved under SOP-1 last year."
    )
    pack = write_pack(tmp_path / "wrong", {"acme.toml": wrong})
    code, out, _ = run(["rules", "test", pack], capsys)
    assert code == 1
    assert "FAILED acme-sop example 2 (pid): expected fail, got pass" in out
    assert "1 failed" in out.strip().splitlines()[-1]
    code, _, err = run(["rules", "test", tmp_path / "nowhere"], capsys)
    assert code == 2 and "rule pack folder not found" in err


def test_rules_test_without_a_pack_runs_the_built_in_examples(capsys):
    code, out, _ = run(["rules", "test", "--quiet"], capsys)
    assert code == 0
    rules = load_rule_set().rules
    total = sum(len(r.examples) for r in rules)
    assert out.strip().splitlines()[-1] == (
        f"{total} examples from {len(rules)} rules in the built-in catalogue: {total} ok, 0 failed"
    )


def test_fixture_documents_match_their_generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_org", DOCS.parent / "make_org_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "halden-pid-breaches.md").read_text("utf-8") == module.BREACHES
    assert (DOCS / "halden-pid-compliant.md").read_text("utf-8") == module.COMPLIANT
