"""A copy of the submitted PDF with a highlight and a pop-up note on every problem found.

Positions come from pypdfium2 (the same text layer pdf_reader read): the quote is searched on its
page with whitespace ignored, its characters' boxes are merged into one rectangle per line, and
pypdf writes Highlight annotations (with linked Popup notes) onto a copy. A quote that cannot be
found in the text layer gets a sticky note on the first page saying so, and a line in `notes`,
so no finding is silently dropped. The original file is only read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from reviewer.report.anchors import comment_text, spans_for

AUTHOR = "jwreview"
COLOURS = {"red": "ff9c9c", "amber": "ffd54f", "info": "9cc8ff"}
EDGE = 24  # characters matched at each end of a long quote when the whole does not match


@dataclass
class PdfAnnotation:
    """The annotated copy, how many places were highlighted, and notes on what was not."""

    data: bytes
    highlights: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Page:
    squeezed: str  # the page text without whitespace, lower-cased
    index: list[int]  # squeezed position -> character index on the page
    textpage: object


def _squeeze(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\u00ad\u200b\ufeff\x02":
            continue
        chars.append(ch.lower())
        index.append(i)
    return "".join(chars), index


def _find(page: _Page, quote: str) -> tuple[int, int] | None:
    """Character range [first, last] of `quote` on the page, or None."""
    q, _ = _squeeze(quote)
    if not q:
        return None
    at = page.squeezed.find(q)
    if at >= 0:
        return page.index[at], page.index[at + len(q) - 1]
    if len(q) > 3 * EDGE:  # line-break hyphens or furniture inside: match the two ends
        head = page.squeezed.find(q[:EDGE])
        if head >= 0:
            tail = page.squeezed.find(q[-EDGE:], head, head + len(q) * 3 // 2)
            if tail >= 0:
                return page.index[head], page.index[tail + EDGE - 1]
    return None


def _line_boxes(textpage, first: int, last: int) -> list[tuple[float, float, float, float]]:
    """One (left, bottom, right, top) box per text line between two character indices."""
    lines: list[list[float]] = []
    for i in range(first, last + 1):
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left or top <= bottom:
            continue  # generated spaces and line breaks have no box
        if lines:
            box = lines[-1]
            same_line = abs(bottom - box[1]) < (top - bottom) * 0.6 and left >= box[0] - 2
            if same_line:
                box[0], box[1] = min(box[0], left), min(box[1], bottom)
                box[2], box[3] = max(box[2], right), max(box[3], top)
                continue
        lines.append([left, bottom, right, top])
    return [tuple(box) for box in lines]


def annotate_pdf(review, source: str | Path | None = None) -> PdfAnnotation:
    """Highlight every fail/warn finding of `review` on a copy of its PDF; returns the bytes."""
    source = Path(source or review.path)
    document = review.document
    writer = PdfWriter(clone_from=PdfReader(str(source)))
    result = PdfAnnotation(b"")
    pdf = pdfium.PdfDocument(str(source))
    pages: dict[int, _Page] = {}

    def page_text(number: int) -> _Page:
        if number not in pages:
            textpage = pdf[number].get_textpage()
            squeezed, index = _squeeze(textpage.get_text_range(0, textpage.count_chars()))
            pages[number] = _Page(squeezed, index, textpage)
        return pages[number]

    try:
        for finding in review.findings if document is not None else ():
            for n, span in enumerate(spans_for(finding, document)):
                block = document.blocks[span.block]
                quote = block.text[span.start : span.end]
                note = comment_text(finding, span) if n == 0 else (
                    f"{finding.rule} [{finding.severity.upper()}]: the same problem again; "
                    f"{finding.message}"
                )
                hint = (block.location.page or 1) - 1
                order = [hint, *[p for p in range(len(pdf)) if p != hint]]
                for number in order:
                    found = _find(page_text(number), quote)
                    if found is None:
                        continue
                    boxes = _line_boxes(page_text(number).textpage, *found)
                    if boxes:
                        _highlight(writer, number, boxes, note, finding.severity)
                        result.highlights += 1
                        break
                else:
                    where = block.location.describe()
                    reason = (
                        f"{finding.rule}: the text at {where} could not be highlighted because it "
                        "was not found in the PDF's text layer (it may be drawn as an image or "
                        "split across columns); a note was put on page 1 instead"
                    )
                    result.notes.append(reason)
                    _sticky(writer, f"{note}\n(Could not be highlighted: {reason}.)")
    finally:
        for page in pages.values():
            page.textpage.close()
        pdf.close()
    buffer = io.BytesIO()
    writer.write(buffer)
    result.data = buffer.getvalue()
    return result


def _highlight(writer: PdfWriter, number: int, boxes, note: str, severity: str) -> None:
    quads = []
    for left, bottom, right, top in boxes:
        quads += [left, top, right, top, left, bottom, right, bottom]
    rect = (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))
    annotation = Highlight(
        rect=rect,
        quad_points=ArrayObject(FloatObject(round(v, 2)) for v in quads),
        highlight_color=COLOURS.get(severity, "ffd54f"),
        printing=True,
        title_bar=AUTHOR,
    )
    annotation[NameObject("/Contents")] = TextStringObject(note)
    added = writer.add_annotation(number, annotation)
    width = float(writer.pages[number].mediabox.right)
    popup = Popup(rect=(width - 220, rect[1] - 120, width - 10, rect[3]), parent=added, open=False)
    added[NameObject("/Popup")] = writer.add_annotation(number, popup).indirect_reference


def _sticky(writer: PdfWriter, note: str) -> None:
    top = float(writer.pages[0].mediabox.top)
    annotation = Text(rect=(10, top - 30, 30, top - 10), text=note, open=False)
    annotation[NameObject("/T")] = TextStringObject(AUTHOR)
    writer.add_annotation(0, annotation)
