"""Baselines: compare a resubmission with an earlier review and say what is new, open or fixed.

Layer: above `reviewer.config` (only the command line uses it); applied to each finished review
after the settings file and waivers, so a waived finding keeps its waiver and a rule the
settings file turns off is not compared.

The baseline is a report written earlier with `--format json` (or `--format jsonl`). Each
document of this run is paired with one document of the baseline, trying in turn:

1. the same content (sha256): the file has not changed;
2. the same path;
3. the same file name in another folder;
4. the same name once version markers are taken out (so "PID v2.docx" pairs with
   "PID v1.docx" and "pid-final.pdf" with "pid-draft.docx"): words such as v2, v1.3, rev 3,
   version 2, final, draft, revised, updated, clean, copy and a trailing (1);
5. when this run and the baseline each hold exactly one document, those two.

Steps 3 and 4 pair only when exactly one baseline document matches. Then, rule by rule, a
problem (fail, warn or could not check) found now and before is "open" (noting whether its
severity or quoted evidence changed), now only is "new", and before only is "fixed". A document
with no partner is a new document (all its problems "new"); baseline documents that nothing in
this run paired with are listed as not in this run.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from reviewer.review import DocumentReview

NEW, OPEN, FIXED = "new", "open", "fixed"
PROBLEM_OUTCOMES = ("fail", "warn", "unchecked")
VERSION_WORDS = {"final", "draft", "revised", "updated", "clean", "copy", "tracked", "amended"}
VERSION_TOKEN = re.compile(r"^(v|ver|version|rev|r)\d+(\.\d+)*$")  # v2, v1.3, rev3, r2
NUMBER_AFTER = {"v", "ver", "version", "rev", "revision", "issue"}


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message is one line naming the file and cause."""


@dataclass
class BaselineDocument:
    path: str
    sha256: str | None
    verdict: str | None
    error: str | None  # error code when the earlier review could not read it
    results: dict[str, dict]  # rule id -> {"outcome", "severity", "evidence_sha256"}


@dataclass
class Baseline:
    file: str
    documents: list[BaselineDocument]

    def compare(self, review: DocumentReview, run_size: int) -> DocumentReview:
        """The review with every finding marked new / open / fixed and a per-document summary."""
        index, how = self.partner(review, run_size)
        if index is None:
            summary = {"status": "new-document", "paired_with": None, "paired_by": None}
            findings = [
                dataclasses.replace(f, baseline={"status": NEW}) if f.is_problem else f
                for f in review.findings
            ]
        else:
            before = self.documents[index]
            summary = {
                "status": "unchanged" if before.sha256 and before.sha256 == review.sha256 else "changed",
                "paired_with": before.path,
                "paired_by": how,
                "previous_verdict": before.verdict,
            }
            if before.error:
                summary["previous_error"] = before.error
            findings = [_compare_finding(f, before.results.get(f.rule)) for f in review.findings]
        by_status: dict[str, list[str]] = {NEW: [], OPEN: [], FIXED: []}
        for finding in findings:
            if finding.baseline is not None:
                by_status[finding.baseline["status"]].append(finding.rule)
        summary["counts"] = {status: len(rules) for status, rules in by_status.items()}
        summary.update(by_status)
        return dataclasses.replace(review, findings=findings, baseline=summary)

    def partner(self, review: DocumentReview, run_size: int) -> tuple[int | None, str | None]:
        """Index of the baseline document this review pairs with, and which step paired them."""
        docs = self.documents
        if review.sha256:
            for i, doc in enumerate(docs):
                if doc.sha256 == review.sha256:
                    return i, "sha256"
        for i, doc in enumerate(docs):
            if _same_path(doc.path, review.path):
                return i, "path"
        name = Path(review.path).name.lower()
        named = [i for i, doc in enumerate(docs) if Path(doc.path).name.lower() == name]
        if len(named) == 1:
            return named[0], "name"
        stem = unversioned_name(review.path)
        versioned = [i for i, doc in enumerate(docs) if unversioned_name(doc.path) == stem]
        if stem and len(versioned) == 1:
            return versioned[0], "name without version"
        if run_size == 1 and len(docs) == 1:
            return 0, "only document"
        return None, None

    def summary(self, reviews: list[DocumentReview]) -> dict:
        """The run's changes: totals, new documents and baseline documents not in this run."""
        totals = {NEW: 0, OPEN: 0, FIXED: 0}
        new_documents = []
        for review in reviews:
            if review.baseline is None:
                continue
            for key in totals:
                totals[key] += review.baseline["counts"][key]
            if review.baseline["paired_with"] is None:
                new_documents.append(review.path)
        paired = {review.baseline["paired_with"] for review in reviews if review.baseline}
        missing = [doc.path for doc in self.documents if doc.path not in paired]
        return {
            "file": self.file,
            "counts": totals,
            "new_documents": new_documents,
            "not_in_this_run": missing,
        }


def _compare_finding(finding, before: dict | None):
    was_problem = before is not None and before["outcome"] in PROBLEM_OUTCOMES
    if finding.is_problem and was_problem:
        earlier_evidence = before.get("evidence_sha256")
        mark = {
            "status": OPEN,
            "previous_outcome": before["outcome"],
            "previous_severity": before["severity"],
            "severity_changed": before["severity"] != finding.severity,
            "evidence_changed": bool(earlier_evidence) and earlier_evidence != finding.evidence_sha256,
        }
    elif finding.is_problem:
        mark = {"status": NEW}
    elif was_problem:
        mark = {"status": FIXED, "previous_outcome": before["outcome"],
                "previous_severity": before["severity"],
                "previous_evidence_sha256": before.get("evidence_sha256")}
    else:
        return finding
    return dataclasses.replace(finding, baseline=mark)


def _same_path(a: str, b: str) -> bool:
    if os.path.normpath(a) == os.path.normpath(b):
        return True
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return False


def unversioned_name(path: str) -> str:
    """The file name without folder, extension or version markers, in lower case."""
    words = [w for w in re.split(r"[\s_\-()\[\]]+", Path(path).stem.lower()) if w]
    kept = []
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if word in VERSION_WORDS or VERSION_TOKEN.match(word):
            continue
        if word in NUMBER_AFTER and after[:1].isdigit():  # "version 2", "rev 3"
            continue
        if word[:1].isdigit() and (before in NUMBER_AFTER or (not after and len(word) <= 2)):
            continue  # the number of "version 2", or a trailing "(1)" / "-2"
        kept.append(word)
    return " ".join(kept)


def load_baseline(path: str | Path) -> Baseline:
    """Read an earlier jwreview JSON (or JSON Lines) report."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except IsADirectoryError:
        raise BaselineError(f"{path}: the baseline is a folder, not a report file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline file ({exc})") from None
    if not text.strip():
        raise BaselineError(f"{path}: the baseline file is empty")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if data is None:
        try:
            documents = [json.loads(line) for line in text.splitlines() if line.strip()]
        except ValueError as exc:
            raise BaselineError(f"{path}: not valid JSON or JSON Lines ({exc})") from None
    elif isinstance(data, dict) and "documents" in data:
        tool = data.get("tool")
        if not isinstance(tool, dict) or tool.get("name") != "jwreview":
            raise BaselineError(f"{path}: not a jwreview report (no tool name 'jwreview')")
        documents = data["documents"]
    elif isinstance(data, dict) and "path" in data:  # a JSON Lines file holding one document
        documents = [data]
    else:
        raise BaselineError(
            f"{path}: not a jwreview report (expected the output of --format json or jsonl)")
    if not isinstance(documents, list):
        raise BaselineError(f"{path}: 'documents' must be a list")
    return Baseline(str(path), [_document(d, n, path) for n, d in enumerate(documents, 1)])


def _document(entry, number: int, path: Path) -> BaselineDocument:
    where = f"{path}: document {number}"
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        raise BaselineError(f"{where}: not a jwreview document entry (no 'path')")
    results = entry.get("results", [])
    if not isinstance(results, list):
        raise BaselineError(f"{where}: 'results' must be a list")
    by_rule = {}
    for result in results:
        if (not isinstance(result, dict) or not isinstance(result.get("rule"), str)
                or not isinstance(result.get("outcome"), str)):
            raise BaselineError(f"{where}: every result needs a 'rule' and an 'outcome'")
        by_rule[result["rule"]] = {
            "outcome": result["outcome"],
            "severity": result.get("severity"),
            "evidence_sha256": result.get("evidence_sha256"),
        }
    error = entry.get("error")
    sha = entry.get("sha256")
    return BaselineDocument(
        path=entry["path"],
        sha256=sha if isinstance(sha, str) else None,
        verdict=entry.get("verdict") if isinstance(entry.get("verdict"), str) else None,
        error=error.get("code", "error") if isinstance(error, dict) else None,
        results=by_rule,
    )
