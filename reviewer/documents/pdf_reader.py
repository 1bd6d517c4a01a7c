"""PDF submissions -> Document: pypdfium2 for text and positions, pdfplumber for ruled tables.

pdfplumber's layout analysis costs about 60x pypdfium2's text extraction, so it is only opened
for pages that draw enough lines to hold a ruled table; everything else (columns, running
headers and footers, headings by font size) is worked out here from pypdfium2's text rects.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.documents.builder import FIELD_START, BlockBuilder, clause_number
from reviewer.documents.limits import Limits
from reviewer.documents.model import LIST_ITEM, PARAGRAPH, Document
from reviewer.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NoTextLayer, TooLarge

MARGIN = 0.075  # share of the page height at top and bottom where running heads live
BULLET = re.compile(r"^\s*([•●▪■◦‣∙·o\-–—*]|\(?[a-z]\)|\(?[ivx]+\))\s+")
PAGE_NUMBER = re.compile(r"^\s*(page\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*((of|/)\s*\d{1,4})?\s*$", re.I)
MIN_TABLE_PATHS = 4


@dataclass
class _Seg:
    text: str
    x0: float
    y0: float  # PDF user space: y grows upwards
    x1: float
    y1: float
    size: float
    bold: bool
    column: int = 0
    key: tuple = ()


@dataclass
class _Table:
    rows: list[list[str]]
    x0: float
    y1: float
    key: tuple = ()


def read_pdf(path: Path, limits: Limits) -> Document:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocument(path, "the PDF is password-protected") from exc
        raise CorruptDocument(path, "the PDF is damaged and cannot be read") from exc
    try:
        return _read(pdf, path, limits)
    finally:
        pdf.close()


def _read(pdf, path: Path, limits: Limits) -> Document:
    count = len(pdf)
    if count == 0:
        raise CorruptDocument(path, "the PDF has no pages")
    if count > limits.max_pages:
        raise TooLarge(path, f"the PDF has {count} pages, over the limit of {limits.max_pages}")

    pages: list[tuple[list[_Seg], float, float, int]] = []
    images = 0
    for index in range(count):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(path, f"page {index + 1} of the PDF is damaged") from exc
        try:
            width, height = page.get_size()
            segs = _segments(page)
            kinds = Counter(obj.type for obj in page.get_objects(max_depth=1))
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(path, f"page {index + 1} of the PDF is damaged") from exc
        finally:
            page.close()
        images += kinds.get(pdfium_c.FPDF_PAGEOBJ_IMAGE, 0)
        pages.append((segs, width, height, kinds.get(pdfium_c.FPDF_PAGEOBJ_PATH, 0)))

    if not any(segs for segs, *_ in pages):
        if images:
            raise NoTextLayer(path, "the PDF has no text layer, only images")
        raise EmptyDocument(path, "the PDF has no text")

    furniture = _furniture(pages)
    builder = BlockBuilder()
    plumber = None
    plumber_file = None  # pdfplumber leaks its own file handle when opening fails, so we own it
    tables_failed: list[int] = []
    without_text = []
    body_size = _body_size(pages)
    try:
        for number, (segs, width, height, paths) in enumerate(pages, start=1):
            body = [s for s in segs if _norm(s.text) not in furniture and not _is_page_number(s, height)]
            if not body:
                without_text.append(number)
                continue
            tables: list[_Table] = []
            if paths >= MIN_TABLE_PATHS and number not in tables_failed:
                try:
                    if plumber_file is None:
                        plumber_file = open(path, "rb")  # noqa: SIM115 - closed below
                        plumber = _open_plumber(plumber_file)
                    if plumber is None:
                        raise ValueError("pdfplumber could not open the file")
                    plumber_page = plumber.pages[number - 1]
                    try:
                        tables, body = _tables(plumber_page, height, body)
                    finally:
                        # pdfplumber keeps every character of a page it has read until the file
                        # is closed; dropping them page by page keeps a long PDF's peak memory
                        # to one page's worth.
                        plumber_page.close()
                except Exception:  # noqa: BLE001 - pdfminer is stricter than pdfium
                    # Damage pdfium reads past can still trip pdfminer; the page's text is
                    # already in hand, so read it as paragraphs rather than lose the file.
                    tables_failed.append(number)
            _emit_page(builder, body, tables, width, number, body_size)
    finally:
        if plumber is not None:
            with contextlib.suppress(Exception):  # closing walks the pages: damage shows here too
                plumber.close()
        if plumber_file is not None:
            plumber_file.close()

    return Document(
        path=str(path),
        format="pdf",
        blocks=tuple(builder.blocks),
        furniture=tuple(sorted(furniture)),
        title=_title(builder),
        pages=count,
        pages_without_text=tuple(without_text),
        notes=(
            (f"tables on page(s) {', '.join(map(str, tables_failed))} could not be read as "
             "tables (the PDF is slightly damaged); their text was read as paragraphs",)
            if tables_failed else ()
        ),
    )


def _open_plumber(stream):
    import logging

    import pdfplumber  # imported here: only documents with ruled tables pay for it

    # pdfminer logs every font or box it has to guess at as a warning on stderr, which reads
    # like a failure to the user; the reader already copes, so only real errors are kept.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return pdfplumber.open(stream)


def _segments(page) -> list[_Seg]:
    textpage = page.get_textpage()
    try:
        segs = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top).strip()
            if not text:
                continue
            index = textpage.get_index((left + right) / 2, (bottom + top) / 2, 3, 3)
            size, bold = _font(textpage, index)
            segs.append(_Seg(" ".join(text.split()), left, bottom, right, top, size, bold))
        return segs
    finally:
        textpage.close()


def _font(textpage, index: int) -> tuple[float, bool]:
    if index is None or index < 0:
        return 0.0, False
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", errors="ignore").lower()
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    return float(size), "bold" in name or "black" in name or weight >= 600


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _is_page_number(seg: _Seg, height: float) -> bool:
    in_margin = seg.y1 > height * (1 - MARGIN) or seg.y0 < height * MARGIN
    return in_margin and bool(PAGE_NUMBER.match(seg.text))


def _furniture(pages) -> set[str]:
    """Text that recurs in the top or bottom margin of at least half the pages (min. two)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for segs, _width, height, _paths in pages:
        seen = {
            _norm(s.text)
            for s in segs
            if s.y1 > height * (1 - MARGIN) or s.y0 < height * MARGIN
        }
        counts.update(seen)
    threshold = max(2, len(pages) // 2)
    return {text for text, n in counts.items() if n >= threshold}


def _body_size(pages) -> float:
    sizes = Counter()
    for segs, *_ in pages:
        for s in segs:
            sizes[round(s.size)] += len(s.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _tables(plumber_page, height: float, body: list[_Seg]) -> tuple[list[_Table], list[_Seg]]:
    found = []
    for table in plumber_page.find_tables():
        rows = [[cell or "" for cell in row] for row in table.extract()]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a box around a paragraph, not a table
        x0, top, x1, bottom = table.bbox
        found.append(_Table(rows, x0, height - top))
        body = [
            s
            for s in body
            if not (
                x0 - 1 <= (s.x0 + s.x1) / 2 <= x1 + 1
                and top - 1 <= height - (s.y0 + s.y1) / 2 <= bottom + 1
            )
        ]
    return found, body


def _emit_page(builder, segs: list[_Seg], tables: list[_Table], width: float, page: int, body_size):
    gutter = _gutter(segs, width)
    spanning = sorted(
        (s for s in segs if gutter is None or (s.x0 < gutter < s.x1)), key=lambda s: -s.y1
    ) if gutter is not None else []
    span_tops = [s.y1 for s in spanning]

    def band(y_top: float) -> int:
        return sum(1 for top in span_tops if top > y_top + 0.5)

    for s in segs:
        if gutter is not None and s in spanning:
            s.key = (band(s.y1), 1, 0, -s.y1, s.x0)
        else:
            s.column = 0 if gutter is None or s.x1 <= gutter else 1
            s.key = (band(s.y1), 0, s.column, -s.y1, s.x0)
    for t in tables:
        column = 0 if gutter is None or t.x0 < gutter else 1
        t.key = (band(t.y1), 0, column, -t.y1, t.x0)

    items = sorted([*segs, *tables], key=lambda item: item.key)
    lines: list[list[_Seg]] = []
    for item in items:
        if isinstance(item, _Table):
            _flush(builder, lines, page, body_size)
            lines = []
            builder.table(item.rows, page=page)
            continue
        last = lines[-1][-1] if lines else None
        same_line = (
            last is not None
            and last.key[:3] == item.key[:3]
            and min(last.y1, item.y1) - max(last.y0, item.y0)
            > 0.5 * min(last.y1 - last.y0, item.y1 - item.y0)
        )
        if same_line:
            lines[-1].append(item)
        else:
            lines.append([item])
    _flush(builder, lines, page, body_size)


def _gutter(segs: list[_Seg], width: float) -> float | None:
    """The x of a column gutter if the page is set in two columns, else None."""
    if len(segs) < 8:
        return None
    if not all(s.x0 < s.x1 for s in segs):  # empty or malformed boxes, NaN: the plain count
        return _gutter_slow(segs, width)
    # Counting with binary search over sorted edges instead of scanning every segment at every
    # candidate x: same counts (each segment is left of, right of or crossing x), same first
    # minimum, O((width + n) log n) instead of O(width * n).
    starts = sorted(s.x0 for s in segs)
    ends = sorted(s.x1 for s in segs)
    best = None
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        n_left = bisect_right(ends, x)  # x1 <= x
        n_right = len(segs) - bisect_left(starts, x)  # x0 >= x
        if n_left < 4 or n_right < 4:
            continue
        crossing = len(segs) - n_left - n_right
        if best is None or crossing < best[0]:
            best = (crossing, x)
    if best is None or best[0] > 0.15 * len(segs):
        return None
    x = best[1]
    return _columns_filled(segs, x)


def _gutter_slow(segs: list[_Seg], width: float) -> float | None:
    best = None
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        crossing = sum(1 for s in segs if s.x0 < x < s.x1)
        left = [s for s in segs if s.x1 <= x]
        right = [s for s in segs if s.x0 >= x]
        if len(left) < 4 or len(right) < 4:
            continue
        if best is None or crossing < best[0]:
            best = (crossing, x)
    if best is None or best[0] > 0.15 * len(segs):
        return None
    return _columns_filled(segs, best[1])


def _columns_filled(segs: list[_Seg], x: int) -> float | None:
    left = [s for s in segs if s.x1 <= x]
    right = [s for s in segs if s.x0 >= x]
    left_margin = min(s.x0 for s in left)
    right_margin = max(s.x1 for s in right)
    # Real columns fill their width; a form's short labels beside long answers do not.
    left_fill = median(s.x1 - s.x0 for s in left) / max(x - left_margin, 1)
    right_fill = median(s.x1 - s.x0 for s in right) / max(right_margin - x, 1)
    return float(x) if left_fill > 0.55 and right_fill > 0.55 else None


def _flush(builder, lines: list[list[_Seg]], page: int, body_size: float) -> None:
    paragraph: list[str] = []
    previous = None
    last_heading = None  # (size, bottom, height) of a heading line just emitted

    def emit():
        if paragraph:
            text = " ".join(paragraph)
            kind = LIST_ITEM if BULLET.match(text) else PARAGRAPH
            builder.paragraph(BULLET.sub("", text) if kind == LIST_ITEM else text, kind, page)
            paragraph.clear()

    for line in lines:
        line.sort(key=lambda s: s.x0)
        text = " ".join(s.text for s in line).strip()
        size = max(s.size for s in line)
        bold = all(s.bold for s in line)
        top, bottom = max(s.y1 for s in line), min(s.y0 for s in line)
        words = len(text.split())
        is_heading = words <= 14 and not text.endswith((".", ";", ",", ":")) and (
            size >= body_size * 1.15 or (bold and words <= 12)
        )
        if is_heading and last_heading and not paragraph and abs(last_heading[0] - size) < 0.5 and (
            last_heading[1] - top < 0.9 * last_heading[2] and not clause_number(text)
        ):
            # A long title wrapped onto a second line is one heading, not two.
            builder.extend_heading(text)
            last_heading = (size, bottom, top - bottom)
            continue
        if is_heading:
            emit()
            last_heading = (size, bottom, top - bottom)
            number = clause_number(text)
            depth = number.count(".") + 1 if number else None
            level = 1 if size >= body_size * 1.4 else (depth or (2 if size >= body_size * 1.15 else 3))
            builder.heading(text, level, page, number)
            previous = None
            continue
        last_heading = None
        starts_new = (
            previous is None
            or BULLET.match(text)
            or clause_number(text)
            or FIELD_START.match(text)
            or previous[0] - top > 0.9 * max(previous[0] - previous[1], 1)
            or abs(previous[2] - size) > 0.5
        )
        if starts_new:
            emit()
        if paragraph and paragraph[-1].endswith("-") and not paragraph[-1].endswith(" -"):
            paragraph[-1] = paragraph[-1][:-1] + text  # a word hyphenated across lines
        else:
            paragraph.append(text)
        previous = (bottom, bottom - (top - bottom), size)
    emit()


def _title(builder: BlockBuilder) -> str | None:
    for block in builder.blocks[:6]:
        if block.kind == "heading":
            return block.text
    return builder.blocks[0].text[:120] if builder.blocks else None
