"""Organisation settings from `jwreview.toml`: which rules run, their severities, defaults.

Layer: above `reviewer.report` (only the command line uses it). The settings are applied to
finished reviews in the parent process, after the worker processes have done their work, so
nothing compiled ever crosses a process boundary and the result cache stays valid whatever the
configuration says. The one exception is `rules.packs` (organisation rule packs): those rules
run inside the workers, and their content is part of the cache key (reviewer.batch).

File shape (every key optional)::

    fail_on = "amber"                       # red | amber | info | never

    [limits]
    max_size_mb = 20                        # number > 0
    max_pages = 200                         # whole number >= 1

    [rules]
    disabled = ["transparency"]             # rule ids that are not reported
    enabled = ["exit-strategy", "..."]      # if given, only these rule ids are reported

    packs = ["org-rules"]                   # organisation rule-pack folders (relative to this file)

    [rules.severity]
    measurable-outcomes = "red"             # red | amber | info
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.review import DocumentReview
from reviewer.rules.catalogue import builtin_rules
from reviewer.rules.finding import SEVERITIES, UNCHECKED, WARN
from reviewer.rules.registry import WARN_SEVERITY

CONFIG_NAME = "jwreview.toml"
FAIL_ON_CHOICES = ("red", "amber", "info", "never")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message is one line naming file and key."""


@dataclass(frozen=True)
class Config:
    path: str | None = None
    fail_on: str | None = None
    max_size_mb: float | None = None
    max_pages: int | None = None
    disabled: frozenset[str] = frozenset()
    enabled: frozenset[str] | None = None  # None: every rule
    severity: dict[str, str] = field(default_factory=dict)
    packs: tuple[str, ...] = ()  # organisation rule-pack folders, resolved against the file

    def reports(self, rule_id: str) -> bool:
        if rule_id in self.disabled:
            return False
        return self.enabled is None or rule_id in self.enabled

    def apply(self, review: DocumentReview) -> DocumentReview:
        """The review with disabled rules left out and severities overridden."""
        if not review.findings or (self.enabled is None and not self.disabled and not self.severity):
            return review
        findings = []
        for finding in review.findings:
            if not self.reports(finding.rule):
                continue
            chosen = self.severity.get(finding.rule)
            if chosen is not None:
                # A weak or unchecked clause stays a lesser problem than a missing one (registry).
                capped = finding.outcome in (WARN, UNCHECKED)
                new = WARN_SEVERITY[chosen] if capped else chosen
                finding = dataclasses.replace(finding, severity=new)
            findings.append(finding)
        return dataclasses.replace(review, findings=findings)


def find_config(explicit: str | Path | None, cwd: Path | None = None) -> Path | None:
    """The file given with --config, else jwreview.toml in the working directory, else None."""
    if explicit is not None:
        return Path(explicit)
    candidate = (cwd or Path.cwd()) / CONFIG_NAME
    return candidate if candidate.is_file() else None


def load_config(path: str | Path) -> Config:
    """Read and validate a configuration file; raises ConfigError with a one-line message."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(data, str(path))


def parse_config(data: dict, name: str) -> Config:
    def bad(key: str, allowed: str) -> ConfigError:
        return ConfigError(f"{name}: bad value for '{key}'; allowed: {allowed}")

    known_ids = sorted(rule.id for rule in builtin_rules())
    _only_keys(data, ("fail_on", "limits", "rules"), name, "")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in FAIL_ON_CHOICES:
        raise bad("fail_on", ", ".join(FAIL_ON_CHOICES))

    limits = _table(data, "limits", name)
    _only_keys(limits, ("max_size_mb", "max_pages"), name, "limits.")
    size = limits.get("max_size_mb")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int | float) or size <= 0):
        raise bad("limits.max_size_mb", "a number of megabytes greater than 0")
    pages = limits.get("max_pages")
    if pages is not None and (isinstance(pages, bool) or not isinstance(pages, int) or pages < 1):
        raise bad("limits.max_pages", "a whole number of pages, 1 or more")

    rules = _table(data, "rules", name)
    _only_keys(rules, ("disabled", "enabled", "severity", "packs"), name, "rules.")
    packs = _packs(rules, name)
    if packs:  # the packs' own rules may be disabled or re-graded like built-in ones
        from reviewer.rules.catalogue import CatalogueError
        from reviewer.rules.rulepacks import load_rule_set

        try:
            known_ids = sorted(rule.id for rule in load_rule_set(packs).rules)
        except CatalogueError as exc:
            raise ConfigError(f"{name}: rules.packs: {exc}") from None
    id_choices = ", ".join(known_ids)

    def rule_ids(key: str) -> frozenset[str] | None:
        if key not in rules:
            return None
        value = rules[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(f"rules.{key}", f"a list of rule ids ({id_choices})")
        for rule_id in value:
            if rule_id not in known_ids:
                raise bad(f"rules.{key}", f"rule ids {id_choices} (not '{rule_id}')")
        return frozenset(value)

    severities = _table(rules, "severity", name, "rules.")
    for rule_id, value in severities.items():
        if rule_id not in known_ids:
            raise ConfigError(f"{name}: unknown rule id 'rules.severity.{rule_id}'; allowed: {id_choices}")
        if value not in SEVERITIES:
            raise bad(f"rules.severity.{rule_id}", ", ".join(reversed(SEVERITIES)))
    return Config(
        path=name, fail_on=fail_on,
        max_size_mb=float(size) if size is not None else None, max_pages=pages,
        disabled=rule_ids("disabled") or frozenset(), enabled=rule_ids("enabled"),
        severity=dict(severities), packs=packs,
    )


def _packs(rules: dict, name: str) -> tuple[str, ...]:
    """`rules.packs` folders; a relative one is relative to the configuration file's folder."""
    value = rules.get("packs", [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{name}: bad value for 'rules.packs'; allowed: a list of folder paths")
    base = Path(name).parent
    return tuple(str(base / folder) for folder in value)


def _table(data: dict, key: str, name: str, prefix: str = "") -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: '{prefix}{key}' must be a table ([{prefix}{key}])")
    return value


def _only_keys(data: dict, allowed: tuple[str, ...], name: str, prefix: str) -> None:
    for key in data:
        if key not in allowed:
            raise ConfigError(
                f"{name}: unknown key '{prefix}{key}'; allowed: "
                + ", ".join(prefix + a for a in allowed)
            )
