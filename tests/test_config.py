"""jwreview.toml: rule selection, severity overrides, defaults, and one-line errors for bad files."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.config import ConfigError, load_config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
NO_TRANSPARENCY = FIXTURES / "agreement-no-transparency.docx"
VAGUE = FIXTURES / "pid-vague-outcomes.docx"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "jwreview.toml"
    path.write_text(text, encoding="utf-8")
    return path


def results(stdout: str) -> dict:
    document = json.loads(stdout)["documents"][0]
    return {r["rule"]: r for r in document["results"]}


def test_disabled_rule_is_not_reported_and_no_longer_fails(tmp_path):
    assert run(NO_TRANSPARENCY).exit_code == 1
    config = write_config(tmp_path, '[rules]\ndisabled = ["transparency"]\n')
    result = run(NO_TRANSPARENCY, "--config", config, "--format", "json")
    assert result.exit_code == 0
    found = results(result.stdout)
    assert "transparency" not in found and "exit-strategy" in found


def test_enabled_list_keeps_only_those_rules(tmp_path):
    config = write_config(tmp_path, '[rules]\nenabled = ["exit-strategy", "transparency"]\n')
    result = run(NO_TRANSPARENCY, "--config", config, "--format", "json")
    assert set(results(result.stdout)) == {"exit-strategy", "transparency"}


def test_severity_override_changes_finding_and_exit_code(tmp_path):
    assert run(VAGUE).exit_code == 0  # an amber warning does not fail at the default red
    config = write_config(tmp_path, "[rules.severity]\nmeasurable-outcomes = \"info\"\n")
    found = results(run(VAGUE, "--config", config, "--format", "json").stdout)
    assert found["measurable-outcomes"]["severity"] == "info"
    config = write_config(tmp_path, 'fail_on = "amber"\n')
    assert run(VAGUE, "--config", config).exit_code == 1
    # the command line wins over the file
    assert run(VAGUE, "--config", config, "--fail-on", "red").exit_code == 0


def test_config_in_working_directory_is_found(tmp_path, monkeypatch):
    write_config(tmp_path, '[rules]\ndisabled = ["transparency"]\n')
    monkeypatch.chdir(tmp_path)
    assert run(NO_TRANSPARENCY).exit_code == 0


def test_limits_default_from_config(tmp_path):
    config = write_config(tmp_path, "[limits]\nmax_size_mb = 0.001\n")
    result = run(NO_TRANSPARENCY, "--config", config, "--format", "json")
    assert result.exit_code == 3
    assert json.loads(result.stdout)["documents"][0]["error"]["code"] == "too-large"
    assert run(NO_TRANSPARENCY, "--config", config, "--max-size-mb", "50").exit_code == 1


@pytest.mark.parametrize(
    "text, words",
    [
        ('fail_on = "purple"\n', ["fail_on", "red, amber, info, never"]),
        ("[rules.severity]\nmeasurable-outcomes = \"crimson\"\n",
         ["rules.severity.measurable-outcomes", "red, amber, info"]),
        ('[rules]\ndisabled = ["no-such-rule"]\n', ["rules.disabled", "no-such-rule", "transparency"]),
        ("colour = true\n", ["unknown key 'colour'", "fail_on, limits, rules"]),
        ("[limits]\nmax_pages = 0\n", ["limits.max_pages"]),
        ("fail_on = \n", ["not valid TOML"]),
    ],
)
def test_invalid_config_is_one_line_error_with_exit_2(tmp_path, text, words):
    config = write_config(tmp_path, text)
    result = run(NO_TRANSPARENCY, "--config", config)
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert str(config) in message
    for word in words:
        assert word in message
    with pytest.raises(ConfigError):
        load_config(config)


def test_missing_config_file_is_exit_2(tmp_path):
    result = run(NO_TRANSPARENCY, "--config", tmp_path / "absent.toml")
    assert result.exit_code == 2 and "not found" in result.stderr
