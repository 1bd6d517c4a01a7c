"""Waivers: a committee's recorded acceptance of one finding in one document, until a date.

Layer: above `reviewer.config` (only the command line uses it). A waiver names the rule id, the
document (its path or the sha256 of its content), the sha256 of the finding's evidence text
(`evidence_sha256` in the JSON report), a justification, an approver and an expiry date. A
waived finding stays in the report, marked with the waiver, and is ignored by --fail-on. A
waiver stops applying when it has expired or when the evidence text no longer hashes the same.

File (TOML, or JSON with the same keys: {"waivers": [{...}]})::

    [[waivers]]
    rule = "transparency"
    document = "submissions/agreement.docx"      # or the document's sha256
    evidence_sha256 = "e3b0c442..."
    justification = "Published on the company website under agreement 2024-17."
    approver = "J. Smith, Medical Director"
    expires = 2027-03-31
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.review import DocumentReview

FIELDS = ("rule", "document", "evidence_sha256", "justification", "approver", "expires")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class WaiverError(ValueError):
    """A waiver file that cannot be used; the message is one line naming the file and the cause."""


@dataclass
class Waiver:
    rule: str
    document: str
    evidence_sha256: str
    justification: str
    approver: str
    expires: datetime.date
    number: int  # 1-based position in the file, for messages
    matched: list[str] = field(default_factory=list)  # paths of documents it was applied to

    def summary(self) -> dict:
        return {
            "rule": self.rule, "document": self.document, "evidence_sha256": self.evidence_sha256,
            "justification": self.justification, "approver": self.approver,
            "expires": self.expires.isoformat(),
        }

    def matches_document(self, review: DocumentReview) -> bool:
        if SHA256.match(self.document.lower()):
            return review.sha256 == self.document.lower()
        if self.document == review.path:
            return True
        try:
            return Path(self.document).resolve() == Path(review.path).resolve()
        except (OSError, ValueError):
            return False


def load_waivers(path: str | Path) -> list[Waiver]:
    """Read and validate a waiver file (.json is JSON, anything else TOML)."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise WaiverError(f"{path}: waiver file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WaiverError(f"{path}: cannot read the waiver file ({exc})") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
        raise WaiverError(f"{path}: not valid {kind} ({exc})") from None
    entries = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise WaiverError(f"{path}: expected a list of waivers under the key 'waivers'")
    return [_parse(entry, number, path) for number, entry in enumerate(entries, 1)]


def _parse(entry, number: int, path: Path) -> Waiver:
    where = f"{path}: waiver {number}"
    if not isinstance(entry, dict):
        raise WaiverError(f"{where}: must be a table with keys {', '.join(FIELDS)}")
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise WaiverError(f"{where}: unknown key '{unknown[0]}'; allowed: {', '.join(FIELDS)}")
    for key in FIELDS:
        if key == "expires":
            continue
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise WaiverError(f"{where}: '{key}' must be non-empty text")
    if not SHA256.match(entry["evidence_sha256"].lower()):
        raise WaiverError(f"{where}: 'evidence_sha256' must be 64 hexadecimal characters")
    expires = entry.get("expires")
    if isinstance(expires, str):
        try:
            expires = datetime.date.fromisoformat(expires)
        except ValueError:
            expires = None
    if isinstance(expires, datetime.datetime):
        expires = expires.date()
    if not isinstance(expires, datetime.date):
        raise WaiverError(f"{where}: 'expires' must be a date such as 2027-03-31")
    return Waiver(
        rule=entry["rule"], document=entry["document"],
        evidence_sha256=entry["evidence_sha256"].lower(), justification=entry["justification"],
        approver=entry["approver"], expires=expires, number=number,
    )


def apply_waivers(
    reviews: list[DocumentReview], waivers: list[Waiver], today: datetime.date | None = None
) -> list[DocumentReview]:
    """Reviews with every problem a live waiver covers marked `waived`; nothing is removed."""
    today = today or datetime.date.today()
    live = [w for w in waivers if w.expires >= today]
    out = []
    for review in reviews:
        if review.error is not None or not review.findings:
            out.append(review)
            continue
        findings = []
        for finding in review.findings:
            if finding.is_problem:
                for waiver in live:
                    if (waiver.rule == finding.rule
                            and waiver.evidence_sha256 == finding.evidence_sha256
                            and waiver.matches_document(review)):
                        waiver.matched.append(review.path)
                        finding = dataclasses.replace(finding, waived=waiver.summary())
                        break
            findings.append(finding)
        out.append(dataclasses.replace(review, findings=findings))
    return out


def waiver_report(waivers: list[Waiver], today: datetime.date | None = None) -> dict:
    """Waivers used (with the documents) and waivers that matched nothing (and why)."""
    today = today or datetime.date.today()
    used, unmatched = [], []
    for waiver in waivers:
        if waiver.matched:
            used.append({**waiver.summary(), "documents": sorted(set(waiver.matched))})
        else:
            reason = (
                f"expired on {waiver.expires.isoformat()}" if waiver.expires < today
                else "no finding matches (fixed, or the evidence text changed)"
            )
            unmatched.append({**waiver.summary(), "reason": reason})
    return {"used": used, "unmatched": unmatched}

