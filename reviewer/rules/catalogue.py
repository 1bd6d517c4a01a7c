"""Rules as data: one TOML file per rule, validated when loaded.

A bad entry fails loudly with the file and field named, so a broken rule pack never reaches a
review. Patterns are compiled once here.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from reviewer.analysis.doctype import ALL_TYPES
from reviewer.rules.finding import OUTCOMES, SEVERITIES

REQUIRED = ("id", "title", "severity", "applies_to", "check", "rationale", "source", "remediation")
PATTERN_KEYS = (
    "headings", "concept", "strong", "substance", "weak", "prohibited", "exclusions", "topic",
    "terms", "contact_context", "delivery_context", "claims", "insufficient", "weakened", "not_roles",
    "subject", "other_beneficiaries", "service_gains", "subunit", "project_link",
    "deferred", "cross_reference",  # clause_present: figures put off; a field that only points elsewhere
    "limits",  # clause_present: a separate sentence that cuts the whole clause down (warn)
    "reference", "party_column", "party_details", "signed_for", "office_holder",  # legal-entities
    "no_personality", "contracts_through",  # legal-entities: a party said to have no legal personality
    "unit_tail", "person_at", "incorporated_after",  # legal-entities: a unit or forum; a person at a body
    "required", "condition",  # the generic checks of organisation rule packs (checks/generic.py)
)
ID = re.compile(r"^[a-z][a-z0-9-]{2,60}$")


class CatalogueError(ValueError):
    """A rule file is malformed; the message names the file and the field."""


class LazyPatterns(Mapping):
    """A rule's pattern lists by key, each list compiled the first time it is asked for.

    Compiling all 691 built-in patterns took about half a second of every cold start, while a
    document needs only the lists of the rules that apply to its type. Used for the packaged rules,
    whose patterns the test suite compiles; a user's rule file is still compiled (and checked) at load.
    """

    def __init__(self, raw: dict[str, list[str]]) -> None:
        self._raw = raw
        self._compiled: dict[str, tuple[re.Pattern, ...]] = {}

    def __getitem__(self, key: str) -> tuple[re.Pattern, ...]:
        if key not in self._compiled:
            self._compiled[key] = tuple(re.compile(value, re.I) for value in self._raw[key])
        return self._compiled[key]

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@dataclass(frozen=True)
class Example:
    outcome: str
    text: str
    doc_type: str
    evidence: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    applies_to: tuple[str, ...]
    check: str
    rationale: str
    source: str
    remediation: str
    model_clause: str
    patterns: Mapping[str, tuple[re.Pattern, ...]]
    terms: tuple[str, ...]
    options: dict
    examples: tuple[Example, ...]
    file: str
    extended_by: tuple[str, ...] = ()  # organisation rule-pack files that added to this rule

    def pattern(self, key: str) -> tuple[re.Pattern, ...]:
        return self.patterns.get(key, ())

    def applies(self, doc_type: str) -> bool:
        return doc_type in self.applies_to


def load_rule(path: Path | str, text: str | None = None, compile_now: bool = True) -> Rule:
    name = str(path)
    try:
        data = tomllib.loads(text if text is not None else Path(path).read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{name}: not valid TOML ({exc})") from exc
    for key in REQUIRED:
        if not data.get(key):
            raise CatalogueError(f"{name}: missing or empty field '{key}'")
    if not ID.match(data["id"]):
        raise CatalogueError(f"{name}: id '{data['id']}' must be lower-case words joined by '-'")
    if data["severity"] not in SEVERITIES:
        raise CatalogueError(f"{name}: severity must be one of {', '.join(SEVERITIES)}")
    bad = [t for t in data["applies_to"] if t not in ALL_TYPES]
    if bad:
        raise CatalogueError(f"{name}: applies_to has unknown type(s) {bad}; use {ALL_TYPES}")
    raw_patterns = data.get("patterns", {})
    unknown = set(raw_patterns) - set(PATTERN_KEYS)
    if unknown:
        raise CatalogueError(f"{name}: unknown pattern list(s) {sorted(unknown)}")
    patterns: Mapping[str, tuple[re.Pattern, ...]] = {}
    if not compile_now:
        patterns = LazyPatterns({k: v for k, v in raw_patterns.items() if k != "terms"})
    for key, values in raw_patterns.items() if compile_now else ():
        if key == "terms":
            continue
        compiled = []
        for value in values:
            try:
                compiled.append(re.compile(value, re.I))
            except re.error as exc:
                raise CatalogueError(f"{name}: patterns.{key}: bad regex {value!r} ({exc})") from exc
        patterns[key] = tuple(compiled)
    examples = parse_examples(name, data.get("examples", []), data["applies_to"][0])
    return Rule(
        id=data["id"],
        title=data["title"],
        severity=data["severity"],
        applies_to=tuple(data["applies_to"]),
        check=data["check"],
        rationale=" ".join(data["rationale"].split()),
        source=data["source"],
        remediation=" ".join(data["remediation"].split()),
        model_clause=" ".join(data.get("model_clause", "").split()),
        patterns=patterns,
        terms=tuple(raw_patterns.get("terms", ())),
        options=dict(data.get("options", {})),
        examples=tuple(examples),
        file=name,
    )


def parse_examples(name: str, raw, default_type: str) -> list[Example]:
    """A rule file's `[[examples]]`; also used for organisation rule-pack extensions."""
    if not isinstance(raw, list) or not all(isinstance(e, dict) for e in raw):
        raise CatalogueError(f"{name}: 'examples' must be [[examples]] tables")
    examples = []
    for i, example in enumerate(raw, start=1):
        if example.get("outcome") not in OUTCOMES or not example.get("text"):
            raise CatalogueError(f"{name}: examples[{i}] needs an outcome in {OUTCOMES} and text")
        doc_type = example.get("doc_type", default_type)
        if doc_type not in ALL_TYPES:
            raise CatalogueError(f"{name}: examples[{i}].doc_type '{doc_type}' is not a type")
        examples.append(Example(example["outcome"], example["text"], doc_type, example.get("evidence")))
    return examples


def load_packaged(folder_name: str) -> dict[str, Rule]:
    """Every rule file in a folder of the installed `reviewer.rules` package, by id."""
    folder = resources.files("reviewer.rules") / folder_name
    rules: dict[str, Rule] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            rule = load_rule(f"reviewer/rules/{folder_name}/{entry.name}", entry.read_text("utf-8"),
                             compile_now=False)
            if rule.id in rules:
                raise CatalogueError(f"{entry.name}: duplicate rule id '{rule.id}'")
            rules[rule.id] = rule
    return rules


@functools.lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """The built-in catalogue, in the order rules are reported (CORE_ORDER)."""
    rules = load_packaged("catalogue")
    order = [rid for rid in CORE_ORDER if rid in rules] + sorted(set(rules) - set(CORE_ORDER))
    return tuple(rules[rid] for rid in order)


CORE_ORDER = (
    "exit-strategy",
    "confidentiality",
    "data-protection",
    "resource-contributions",
    "legal-entities",
    "promotional-language",
    "sales-roles",
    "patient-benefit",
    "measurable-outcomes",
    "transparency",
)
