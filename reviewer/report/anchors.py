"""Where in a document each problem finding should be pinned, shared by every annotated output.

The HTML report, the commented .docx and the highlighted PDF all ask the same question: which
stretch of which block does this finding point at? Quotes the rule flagged as the problem come
first; a finding about something missing falls back to the heading that should hold it, else to
the document's title, so every problem lands somewhere a reader will see it.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass

from reviewer.documents.model import HEADING, Document
from reviewer.rules.finding import FAIL, Finding

EVIDENCE, HEADING_ANCHOR, TITLE_ANCHOR = "evidence", "heading", "title"


@dataclass(frozen=True)
class Span:
    """A stretch of one block's text: `document.blocks[block].text[start:end]`."""

    block: int
    start: int
    end: int
    # EVIDENCE, HEADING_ANCHOR (the heading where missing text belongs) or TITLE_ANCHOR
    kind: str


@functools.lru_cache(maxsize=1)
def _rules() -> dict:
    from reviewer.rules.catalogue import builtin_rules

    return {rule.id: rule for rule in builtin_rules()}


def spans_for(finding: Finding, document: Document) -> list[Span]:
    """The places to pin a problem finding on; empty for a pass or n/a finding."""
    if not finding.is_problem or not document.blocks:
        return []
    located = [
        e for e in finding.evidence
        if e.block is not None and 0 <= e.block < len(document.blocks)
    ]
    problem = [e for e in located if e.supports == FAIL] or located
    spans = []
    for evidence in problem:
        text = document.blocks[evidence.block].text
        start = max(0, evidence.start or 0)
        end = min(len(text), evidence.end if evidence.end is not None else len(text))
        if end > start:
            spans.append(Span(evidence.block, start, end, EVIDENCE))
    if spans:
        return _unique(spans)
    index = matching_heading(finding.rule, document)
    if index is not None:
        return [Span(index, 0, len(document.blocks[index].text), HEADING_ANCHOR)]
    index = title_block(document)
    return [Span(index, 0, len(document.blocks[index].text), TITLE_ANCHOR)]


def is_missing(finding: Finding) -> bool:
    """True when the finding is about text that is absent (no quote shows the problem)."""
    return finding.is_problem and not any(e.supports == FAIL for e in finding.evidence)


def matching_heading(rule_id: str, document: Document) -> int | None:
    """The first heading that the rule's own heading patterns recognise, if any."""
    rule = _rules().get(rule_id)
    patterns = rule.pattern("headings") if rule is not None else ()
    for index, block in enumerate(document.blocks):
        if block.kind == HEADING and any(p.search(block.text) for p in patterns):
            return index
    return None


def title_block(document: Document) -> int:
    """The block holding the document's title: the first heading near the top, else block 0."""
    for index, block in enumerate(document.blocks[:5]):
        if block.kind == HEADING:
            return index
    return 0


def comment_text(finding: Finding, span: Span | None = None) -> str:
    """The note pinned on the document: rule, severity, what is wrong, what to do, source."""
    lines = [
        f"{finding.rule}: {finding.title} [{finding.severity.upper()} / {finding.outcome.upper()}]",
        f"What is wrong: {finding.message}",
    ]
    if span is not None and span.kind == HEADING_ANCHOR:
        lines.append("Where: this section is where the missing text belongs.")
    elif span is not None and span.kind == TITLE_ANCHOR:
        lines.append("Where: nothing in the document covers this; pinned on the title.")
    if finding.remediation:
        lines.append(f"What to do: {_one_line(finding.remediation)}")
    if finding.model_clause and (is_missing(finding) or (span and span.kind != EVIDENCE)):
        lines.append(f"Model clause: {_one_line(finding.model_clause)}")
    lines.append(f"Source: {_one_line(finding.source)}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, width: int = 160) -> str:
    return textwrap.shorten(text, width, placeholder="…")


def _unique(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for span in spans:
        key = (span.block, span.start, span.end)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
