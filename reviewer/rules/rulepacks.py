"""Organisation rule packs: a folder of TOML files that adds rules or extends built-in ones.

Two kinds of file, told apart by the `extends` key:

- A new rule, in the same format as the built-in catalogue (reviewer/rules/catalogue/*.toml),
  usually with one of the generic checks (`must_be_present`, `must_not_appear`, `if_then`).
- An extension of a built-in rule (`extends = "promotional-language"`): its `terms` (phrases,
  such as sales job titles), `brands` (the company's product names) and `[patterns]` lists are
  added to the built-in rule's own lists, and its examples are run with the merged rule.

Everything is validated when the pack is loaded, so a broken pack stops the command with one
line naming the file and field (CatalogueError) before any document is reviewed. Loaded rules
are plain data (compiled regexes pickle), so a batch hands them to its worker processes as is.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reviewer.analysis.doctype import ALL_TYPES
from reviewer.rules.catalogue import (
    PATTERN_KEYS,
    REQUIRED,
    CatalogueError,
    Rule,
    builtin_rules,
    load_rule,
    parse_examples,
)
from reviewer.rules.finding import FAIL, PASS
from reviewer.rules.registry import CHECKS

RULE_KEYS = (*REQUIRED, "model_clause", "patterns", "options", "examples")
EXTENSION_KEYS = ("extends", "description", "terms", "brands", "patterns", "examples")
BUILT_IN = "built-in"
# The pattern lists each generic check cannot work without.
CHECK_NEEDS = {
    "must_be_present": ("required",),
    "must_not_appear": ("prohibited",),
    "if_then": ("condition", "required"),
}
# A brand named beside a claim, or as the object of prescribing/uptake wording, is promotion;
# a brand named on its own is only a warning (as a built-in ®-marked name is).
_CLAIM_WORDS = (
    r"best|leading|superior|proven|unique|most effective|fastest|powerful|breakthrough|"
    r"revolutionary|preferred|first[- ](?:line|choice)|gold[- ]standard|"
    r"only (?:treatment|therapy|medicine|option)"
)
_UPTAKE_WORDS = (
    r"prescrib\w*|initiat\w*|start\w*|switch\w*|convert\w*|recommend\w*|promot\w*|encourag\w*|"
    r"increas\w*|uptake|use|usage|adopt\w*|favour\w*|prioriti[sz]\w*"
)


@dataclass(frozen=True)
class RuleSet:
    """Every rule a review runs: built-ins (with extensions merged) then the packs' own rules."""

    rules: tuple[Rule, ...]
    folders: tuple[str, ...] = ()
    digest: str = ""  # hash of the packs' files; part of the result cache key

    def from_packs(self) -> tuple[Rule, ...]:
        """The rules a pack defines or extends (what `jwreview rules test PACK` runs)."""
        return tuple(r for r in self.rules if r.extended_by or r.file not in _builtin_files())


def origin(rule: Rule) -> str:
    """Where a rule comes from, as `jwreview rules list` shows it."""
    base = BUILT_IN if rule.file in _builtin_files() else f"pack {rule.file}"
    return base + "".join(f" + pack {f}" for f in rule.extended_by)


@functools.lru_cache(maxsize=1)
def _builtin_files() -> frozenset[str]:
    return frozenset(r.file for r in builtin_rules())


def pack_files(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise CatalogueError(f"{folder}: rule pack folder not found")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CatalogueError(f"{folder}: rule pack folder has no .toml rule files")
    return files


def packs_digest(folders: Iterable[str | Path]) -> str:
    """Hash of every pack file's name and bytes: editing a pack changes the cache key."""
    digest = hashlib.sha256()
    for folder in folders:
        for file in pack_files(folder):
            digest.update(file.name.encode() + b"\0" + hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def load_rule_set(folders: Iterable[str | Path] = ()) -> RuleSet:
    """The built-in catalogue plus the packs in `folders`; cached per folder list and content."""
    # The same folder from jwreview.toml and --rules is one pack, not a duplicate of itself.
    unique: dict[Path, str] = {}
    for folder in folders:
        unique.setdefault(Path(folder).resolve(), str(folder))
    folders = tuple(unique.values())
    if not folders:
        return RuleSet(builtin_rules())
    return _load(folders, packs_digest(folders))


@functools.lru_cache(maxsize=8)
def _load(folders: tuple[str, ...], digest: str) -> RuleSet:
    builtin = {r.id: r for r in builtin_rules()}
    merged = dict(builtin)
    added: dict[str, Rule] = {}
    for folder in folders:
        for file in pack_files(folder):
            name = str(file)
            data = _read(file)
            if "extends" in data:
                target = data["extends"]
                if target not in builtin:
                    raise CatalogueError(
                        f"{name}: extends '{target}', which is not a built-in rule; use one of "
                        + ", ".join(builtin)
                    )
                merged[target] = extend(merged[target], data, name)
                continue
            rule = _new_rule(file, data)
            if rule.id in builtin:
                raise CatalogueError(
                    f"{name}: rule id '{rule.id}' is a built-in rule; use extends = '{rule.id}' "
                    "to add to it, or choose another id"
                )
            if rule.id in added:
                raise CatalogueError(f"{name}: duplicate rule id '{rule.id}' (also in {added[rule.id].file})")
            added[rule.id] = rule
    return RuleSet(tuple(merged.values()) + tuple(added.values()), folders, digest)


def _read(file: Path) -> dict:
    try:
        return tomllib.loads(file.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{file}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{file}: cannot read the rule file ({exc})") from None


def _new_rule(file: Path, data: dict) -> Rule:
    name = str(file)
    _only_keys(name, data, RULE_KEYS)
    for key in ("id", "title", "severity", "check", "rationale", "source", "remediation"):
        if key in data and not isinstance(data[key], str):
            raise CatalogueError(f"{name}: field '{key}' must be text")
    applies = data.get("applies_to")
    if applies is not None and not (isinstance(applies, list) and all(isinstance(t, str) for t in applies)):
        raise CatalogueError(f"{name}: field 'applies_to' must be a list of types from {ALL_TYPES}")
    _check_patterns(name, data.get("patterns", {}))
    if not isinstance(data.get("options", {}), dict):
        raise CatalogueError(f"{name}: field 'options' must be a table ([options])")
    rule = load_rule(file, file.read_text("utf-8"))
    if rule.check not in CHECKS:
        raise CatalogueError(f"{name}: unknown check '{rule.check}'; use one of {', '.join(CHECKS)}")
    for key in CHECK_NEEDS.get(rule.check, ()):
        if not rule.pattern(key):
            raise CatalogueError(f"{name}: check '{rule.check}' needs a non-empty patterns.{key} list")
    if rule.options.get("when_absent", "n/a") not in ("n/a", PASS):
        raise CatalogueError(f"{name}: options.when_absent must be 'n/a' or 'pass'")
    window = rule.options.get("negation_window", 0)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise CatalogueError(f"{name}: options.negation_window must be a whole number of words, 0 or more")
    _check_examples(name, rule.examples)
    return rule


def extend(rule: Rule, data: dict, name: str) -> Rule:
    """`rule` with an extension file's phrase and pattern lists added, and its examples."""
    _only_keys(name, data, EXTENSION_KEYS)
    terms = _strings(name, data, "terms")
    brands = _strings(name, data, "brands")
    if (terms or brands) and rule.check != "terms_absent":
        raise CatalogueError(
            f"{name}: 'terms' and 'brands' only extend word-list rules (check terms_absent), "
            f"not '{rule.id}'; add [patterns] instead"
        )
    raw = data.get("patterns", {})
    _check_patterns(name, raw)
    if "terms" in raw:
        raise CatalogueError(f"{name}: put phrases in a top-level 'terms' list, not patterns.terms")
    patterns = dict(rule.patterns)
    for key, values in raw.items():
        patterns[key] = patterns.get(key, ()) + tuple(_compile(name, f"patterns.{key}", v) for v in values)
    if brands:
        names = "|".join(re.escape(b) for b in brands)
        brand = rf"(?<![\w-])(?:{names})(?![\w-])"
        claims = (
            rf"{brand}[^.]{{0,80}}\b(?:{_CLAIM_WORDS})\b",
            rf"\b(?:{_UPTAKE_WORDS})\b[^.]{{0,40}}{brand}",
        )
        patterns["claims"] = patterns.get("claims", ()) + tuple(_compile(name, "brands", c) for c in claims)
        patterns["weak"] = patterns.get("weak", ()) + (_compile(name, "brands", brand),)
    if not data.get("examples"):
        raise CatalogueError(f"{name}: missing or empty field 'examples'")
    examples = parse_examples(name, data["examples"], rule.applies_to[0])
    _check_examples(name, examples)
    return dataclasses.replace(
        rule,
        terms=rule.terms + tuple(t for t in terms if t not in rule.terms),
        patterns=patterns,
        examples=rule.examples + tuple(examples),
        extended_by=(*rule.extended_by, name),
    )


def _only_keys(name: str, data: dict, allowed: tuple[str, ...]) -> None:
    for key in data:
        if key not in allowed:
            raise CatalogueError(f"{name}: unknown field '{key}'; allowed: {', '.join(allowed)}")


def _strings(name: str, data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(f"{name}: field '{key}' must be a list of non-empty phrases")
    return tuple(v.strip() for v in value)


def _check_patterns(name: str, raw) -> None:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{name}: field 'patterns' must be a table ([patterns])")
    unknown = sorted(set(raw) - set(PATTERN_KEYS))
    if unknown:
        raise CatalogueError(f"{name}: unknown pattern list(s) {unknown}; use {', '.join(PATTERN_KEYS)}")
    for key, values in raw.items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise CatalogueError(f"{name}: patterns.{key} must be a list of patterns (text)")


def _compile(name: str, field: str, value: str) -> re.Pattern:
    try:
        return re.compile(value, re.I)
    except re.error as exc:
        raise CatalogueError(f"{name}: {field}: bad regex {value!r} ({exc})") from None


def _check_examples(name: str, examples) -> None:
    outcomes = {e.outcome for e in examples}
    if PASS not in outcomes or FAIL not in outcomes:
        raise CatalogueError(f"{name}: examples need at least one 'pass' and one 'fail' example")
