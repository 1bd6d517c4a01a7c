"""A copy of the submitted .docx with a Word comment on every problem the review found.

The review's evidence points at `document.blocks[i].text[start:end]`. To put a comment on those
characters this module walks the Word file again in the order docx_reader used (reusing its
helpers), lines each paragraph or table cell up with its block, maps the block's cleaned-text
offsets back to characters of the paragraphs, splits runs where a quote starts or ends inside
one, and hands python-docx the first and last run of the quote. The original file is only read.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reviewer.documents.builder import clean
from reviewer.documents.docx_reader import _body_children, _table_rows
from reviewer.report.anchors import EVIDENCE, Span, comment_text, spans_for

AUTHOR, INITIALS = "jwreview", "JW"
REMOVED = {"\u00ad", "\u200b", "\ufeff"}  # the characters clean() drops
TEXT_TAGS = {qn(f"w:{tag}") for tag in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab")}
LOOKAHEAD = 40  # how far ahead a block may be matched to a paragraph before giving up


@dataclass
class DocxAnnotation:
    """The annotated copy plus a count of comments and notes on anything placed imprecisely."""

    data: bytes
    comments: int = 0
    notes: list[str] = field(default_factory=list)


class _Unit:
    """One paragraph or table cell of the Word file, as docx_reader would turn it into a block.

    `text` is the cleaned text; `origin[i]` says which paragraph (index into `paragraphs`) and
    which character of its raw text produced cleaned character i, or None for a separator.
    """

    def __init__(self, pieces: list[tuple[Paragraph | None, str]]) -> None:
        self.paragraphs = [p for p, _ in pieces if p is not None]
        chars: list[tuple[str, tuple[int, int] | None]] = []
        index = -1
        for n, (paragraph, raw) in enumerate(pieces):
            if n:
                chars.append(("\n", None))
            if paragraph is not None:
                index += 1
            for offset, ch in enumerate(raw):
                chars.append((ch, (index, offset) if paragraph is not None else None))
        text, origin = [], []
        for ch, where in chars:
            if ch in REMOVED:
                continue
            if ch.isspace():
                if text and text[-1] == " ":
                    continue
                ch = " "
            text.append(ch)
            origin.append(where)
        while text and text[0] == " ":
            text.pop(0)
            origin.pop(0)
        while text and text[-1] == " ":
            text.pop()
            origin.pop()
        self.text = "".join(text)
        self.origin = origin
        self.exact = self.text == clean("".join(ch for ch, _ in chars))


def _units(word) -> list[_Unit]:
    units: list[_Unit] = []
    for child in _body_children(word.element.body):
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, word)
            if paragraph.text.strip():
                units.append(_Unit([(paragraph, paragraph.text)]))
        elif child.tag == qn("w:tbl"):
            for row in Table(child, word).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    pieces: list[tuple[Paragraph | None, str]] = [
                        (p, p.text) for p in cell.paragraphs if p.text.strip()
                    ]
                    pieces += [(None, " | ".join(r)) for t in cell.tables for r in _table_rows(t)]
                    unit = _Unit(pieces)
                    if unit.text:
                        units.append(unit)
    return units


def _align(blocks, units: list[_Unit]) -> dict[int, _Unit]:
    """Block index -> unit, matching texts in order (a block may carry a list number prefix)."""
    mapping: dict[int, _Unit] = {}
    j = 0
    for i, block in enumerate(blocks):
        for k in range(j, min(len(units), j + LOOKAHEAD)):
            text = units[k].text
            if block.text == text or (text and block.text.endswith(" " + text)):
                mapping[i] = units[k]
                j = k + 1
                break
    return mapping


def _runs(paragraph: Paragraph) -> list[tuple[object, int, int]]:
    """(w:r element, start, end) for each run, offsets into paragraph.text."""
    out, pos = [], 0
    for child in paragraph._p.xpath("w:r | w:hyperlink"):
        for r in [child] if child.tag == qn("w:r") else child.xpath("w:r"):
            length = len(r.text)
            out.append((r, pos, pos + length))
            pos += length
    return out


def _split_at(paragraph: Paragraph, offset: int) -> None:
    """Make `offset` (into paragraph.text) fall on a run boundary, splitting a run if needed."""
    for r, start, end in _runs(paragraph):
        if start < offset < end:
            second = copy.deepcopy(r)
            _keep(r, 0, offset - start)
            _keep(second, offset - start, None)
            r.addnext(second)
            return


def _keep(r, lo: int, hi: int | None) -> None:
    """Trim run element `r` to its characters [lo, hi); zero-width content stays on one side."""
    pos = 0
    for child in list(r):
        if child.tag == qn("w:rPr"):
            continue
        length = len(str(child)) if child.tag in TEXT_TAGS else 0
        start, end = pos, pos + length
        pos = end
        upper = hi if hi is not None else float("inf")
        # zero-width content (a drawing, a field mark) goes to the side its position is on
        inside = lo <= start < upper if length == 0 else start < upper and end > lo
        if not inside:
            r.remove(child)
        elif child.tag == qn("w:t") and (start < lo or end > upper):
            text = child.text or ""
            child.text = text[max(0, lo - start) : (len(text) if hi is None else hi - start)]
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _anchor_runs(unit: _Unit, start: int, end: int) -> tuple[Run, Run] | None:
    """The first and last run covering unit.text[start:end], splitting runs at the edges."""
    while start < end and (unit.origin[start] is None or unit.text[start] == " "):
        start += 1
    while end > start and (unit.origin[end - 1] is None or unit.text[end - 1] == " "):
        end -= 1
    if end <= start:
        return None
    first_p, first_at = unit.origin[start]
    last_p, last_at = unit.origin[end - 1]
    first_para, last_para = unit.paragraphs[first_p], unit.paragraphs[last_p]
    _split_at(first_para, first_at)
    _split_at(last_para, last_at + 1)
    firsts = [r for r, s, e in _runs(first_para) if s >= first_at and e > s]
    lasts = [r for r, s, e in _runs(last_para) if e <= last_at + 1 and e > s]
    if not firsts or not lasts:
        return None
    return Run(firsts[0], first_para), Run(lasts[-1], last_para)


def _whole_runs(paragraph: Paragraph) -> tuple[Run, Run] | None:
    runs = [r for r, s, e in _runs(paragraph) if e > s]
    return (Run(runs[0], paragraph), Run(runs[-1], paragraph)) if runs else None


def annotate_docx(review, source: str | Path | None = None) -> DocxAnnotation:
    """Comment every fail/warn finding of `review` onto a copy of its .docx; returns the bytes."""
    source = Path(source or review.path)
    word = docx.Document(str(source))
    document = review.document
    units = _units(word)
    mapping = _align(document.blocks, units) if document is not None else {}
    result = DocxAnnotation(b"")
    fallback = next((p for u in units for p in u.paragraphs if _whole_runs(p)), None)
    for finding in review.findings if document is not None else ():
        for n, span in enumerate(spans_for(finding, document)):
            text = comment_text(finding, span) if n == 0 else _also_text(finding)
            runs = _locate(span, document, mapping)
            if runs is None:
                if fallback is None:
                    result.notes.append(f"{finding.rule}: no text in the file to comment on")
                    continue
                runs = _whole_runs(fallback)
                where = document.blocks[span.block].location.describe()
                result.notes.append(
                    f"{finding.rule}: the quote at {where} could not be found in the Word file; "
                    "its comment is on the first paragraph instead"
                )
                text = f"(Belongs at {where}.)\n{comment_text(finding, span)}"
            word.add_comment(list(runs), text=text, author=AUTHOR, initials=INITIALS)
            result.comments += 1
    buffer = io.BytesIO()
    word.save(buffer)
    result.data = buffer.getvalue()
    return result


def _locate(span: Span, document, mapping: dict[int, _Unit]) -> tuple[Run, Run] | None:
    unit = mapping.get(span.block)
    if unit is None:
        return None
    block_text = document.blocks[span.block].text
    prefix = len(block_text) - len(unit.text)  # a list number docx_reader put in front
    start, end = max(0, span.start - prefix), max(0, span.end - prefix)
    if span.kind != EVIDENCE or end <= start:
        start, end = 0, len(unit.text)
    if not unit.exact:
        found = unit.text.find(block_text[span.start : span.end].strip())
        if found < 0:
            return None
        start, end = found, found + len(block_text[span.start : span.end].strip())
    return _anchor_runs(unit, start, end)


def _also_text(finding) -> str:
    return (
        f"{finding.rule}: {finding.title} [{finding.severity.upper()} / "
        f"{finding.outcome.upper()}]\nThe same problem again here; see the first comment for "
        f"{finding.rule}.\nWhat is wrong: {finding.message}"
    )
