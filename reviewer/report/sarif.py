"""SARIF 2.1.0 output, so findings show in tools that already display static-analysis results.

One log, one run. The driver lists every rule of the catalogue with its title, rationale,
remediation and model clause; each problem (fail, warn, could not check) is one result. Written
with the json module: the format is plain JSON with a published schema (tests validate against
it), so a SARIF library would add a dependency without removing any code.

Mapping choices a SARIF viewer needs to know about:

- A document is an artifact; its URI is the path as given, relative when it lies under the
  working directory (file:// URI otherwise).
- Documents have no lines, so a region's `startLine` is the paragraph (block) number, as the
  HTML report numbers them (¶N), and columns are character positions in that paragraph. The
  PDF page, section heading and table cell are in the location's `properties`, and the section
  is also a logical location.
- `partialFingerprints["jwreview/ruleEvidence/v1"]` hashes the rule id with the sha256 of the
  quoted evidence (the same hash a waiver names), so a finding keeps its identity across runs
  while its quoted text is unchanged.
- With --baseline: `baselineState` is "new", "unchanged", "updated" (still open but its
  severity or quoted text changed) or "absent" (fixed: reported once more with level "none").
- A waived finding carries an accepted external suppression with the waiver's justification.
- Files that could not be reviewed are tool execution notifications (with the error code) and
  make `executionSuccessful` false.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path, PurePath
from urllib.parse import quote

from reviewer import __version__
from reviewer.rules.finding import FAIL

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"red": "error", "amber": "warning", "info": "note"}
FINGERPRINT = "jwreview/ruleEvidence/v1"


def render_sarif(reviews, baseline: dict | None = None, rules=None) -> str:
    """The SARIF log as text; `rules` defaults to the built-in catalogue."""
    if rules is None:
        from reviewer.rules.catalogue import builtin_rules

        rules = builtin_rules()
    descriptors = [rule_descriptor(rule) for rule in rules]
    index = {d["id"]: n for n, d in enumerate(descriptors)}
    artifacts, results, notifications = [], [], []
    for review in reviews:
        artifact = len(artifacts)
        artifacts.append(_artifact(review))
        if review.error is not None:
            notifications.append(_notification(review, artifact))
            continue
        for finding in review.findings:
            if not finding.is_problem and not (finding.baseline and finding.baseline["status"] == "fixed"):
                continue
            if finding.rule not in index:  # a rule from a pack the caller did not list
                index[finding.rule] = len(descriptors)
                descriptors.append({"id": finding.rule, "name": _name(finding.rule),
                                    "shortDescription": {"text": finding.title}})
            results.append(_result(review, finding, index[finding.rule], artifact))
    run = {
        "tool": {"driver": {
            "name": "jwreview",
            "version": __version__,
            "rules": descriptors,
        }},
        "invocations": [{
            "executionSuccessful": not notifications,
            "toolExecutionNotifications": notifications,
        }],
        "artifacts": artifacts,
        "results": results,
    }
    if baseline is not None:
        run["properties"] = {"baseline": baseline}
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def rule_descriptor(rule) -> dict:
    """A catalogue rule as a SARIF reportingDescriptor."""
    help_text = rule.remediation
    help_markdown = f"**What to do:** {rule.remediation}"
    if rule.model_clause:
        help_text += f"\n\nModel clause: {rule.model_clause}"
        help_markdown += f"\n\n**Model clause:** {rule.model_clause}"
    help_text += f"\n\nSource: {rule.source}"
    help_markdown += f"\n\n*Source: {rule.source}*"
    return {
        "id": rule.id,
        "name": _name(rule.id),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "severity": rule.severity,
            "applies_to": list(rule.applies_to),
            "source": rule.source,
            "tags": ["abpi-code", "joint-working"],
        },
    }


def artifact_uri(path: str) -> str:
    """A relative URI for a path under the working directory, else an absolute file URI."""
    pure = Path(path)
    if pure.is_absolute():
        try:
            pure = pure.relative_to(Path.cwd())
        except ValueError:
            return pure.as_uri()
    parts = [p for p in PurePath(os.path.normpath(pure)).parts if p not in ("", ".")]
    return "/".join(quote(part) for part in parts)


def _artifact(review) -> dict:
    artifact = {"location": {"uri": artifact_uri(review.path)}, "roles": ["analysisTarget"]}
    if review.sha256:
        artifact["hashes"] = {"sha-256": review.sha256}
    return artifact


def _notification(review, artifact: int) -> dict:
    error = review.error
    return {
        "level": "error",
        "message": {"text": error.message},  # names the file already
        "descriptor": {"id": error.code},
        "locations": [{"physicalLocation": {"artifactLocation": _where(review, artifact)}}],
        "properties": {"code": error.code},
    }


def _where(review, artifact: int) -> dict:
    return {"uri": artifact_uri(review.path), "index": artifact}


def _result(review, finding, rule_index: int, artifact: int) -> dict:
    quotes = [e for e in finding.evidence if e.supports == FAIL] or list(finding.evidence)
    fixed = finding.baseline is not None and finding.baseline["status"] == "fixed"
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "kind": "pass" if fixed else "fail",
        "level": "none" if fixed else LEVELS[finding.severity],
        "message": {"text": f"Fixed since the baseline: {finding.message}" if fixed else finding.message},
        "locations": [_location(review, artifact, quotes[0] if quotes and not fixed else None)],
        "partialFingerprints": {FINGERPRINT: _fingerprint(finding)},
        "properties": {"severity": finding.severity, "outcome": finding.outcome},
    }
    if len(quotes) > 1 and not fixed:
        result["relatedLocations"] = [
            {"id": n, **_location(review, artifact, quote)} for n, quote in enumerate(quotes[1:], 1)
        ]
    if finding.baseline is not None:
        result["baselineState"] = _baseline_state(finding.baseline)
        result["properties"]["baseline"] = finding.baseline
    if finding.waived is not None:
        waiver = finding.waived
        result["suppressions"] = [{
            "kind": "external",
            "status": "accepted",
            "justification": waiver["justification"],
            "properties": {"approver": waiver["approver"], "expires": waiver["expires"]},
        }]
    return result


def _location(review, artifact: int, evidence) -> dict:
    physical = {"artifactLocation": _where(review, artifact)}
    location = {"physicalLocation": physical}
    if evidence is None:
        return location
    where = evidence.location
    line = evidence.block + 1 if evidence.block is not None else where.paragraph
    if line is not None:
        region = {"startLine": line, "snippet": {"text": evidence.text}}
        block = _block_text(review, evidence)
        if block is not None and evidence.start is not None and evidence.end is not None:
            # The quote may add a table row's label; the snippet is exactly the marked text.
            region["startColumn"] = evidence.start + 1
            region["endColumn"] = max(evidence.end, evidence.start) + 1
            region["snippet"] = {"text": block[evidence.start:evidence.end]}
        if where.page is not None:
            region["properties"] = {"page": where.page}
        physical["region"] = region
    if where.section:
        location["logicalLocations"] = [{"name": where.section.split(" > ")[-1],
                                         "fullyQualifiedName": where.section, "kind": "section"}]
    location["properties"] = {**where.to_dict(), "quote": evidence.text}
    return location


def _block_text(review, evidence) -> str | None:
    document = review.document
    if document is None or evidence.block is None or not 0 <= evidence.block < len(document.blocks):
        return None
    text = document.blocks[evidence.block].text
    return text if evidence.end is not None and evidence.end <= len(text) else None


def _fingerprint(finding) -> str:
    """Rule id and quoted-evidence hash; a fixed finding keeps the one it had in the baseline."""
    evidence = finding.evidence_sha256
    if finding.baseline is not None and finding.baseline["status"] == "fixed":
        evidence = finding.baseline.get("previous_evidence_sha256") or evidence
    return hashlib.sha256(f"{finding.rule}\n{evidence}".encode()).hexdigest()


def _baseline_state(mark: dict) -> str:
    if mark["status"] == "new":
        return "new"
    if mark["status"] == "fixed":
        return "absent"
    return "updated" if mark.get("severity_changed") or mark.get("evidence_changed") else "unchanged"


def _name(rule_id: str) -> str:
    """A rule id as the CamelCase name SARIF viewers show ("exit-strategy" -> "ExitStrategy")."""
    return "".join(word.capitalize() for word in rule_id.split("-"))
