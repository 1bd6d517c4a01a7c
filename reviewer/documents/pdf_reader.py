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
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.documents.builder import FIELD_START, BlockBuilder, clause_number
from reviewer.documents.limits import Limits
from reviewer.documents.model import LIST_ITEM, PARAGRAPH, Coverage, Document, Unread
from reviewer.documents.pdf_unruled import MIN_LINES as MIN_UNRULED_LINES
from reviewer.documents.pdf_unruled import find_tables
from reviewer.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NoTextLayer, TooLarge

MARGIN = 0.075  # share of the page height at top and bottom where running heads live
BULLET = re.compile(r"^\s*([•●▪■◦‣∙·o\-–—*]|\(?[a-z]\)|\(?[ivx]+\))\s+")
SYMBOL_BULLET = re.compile(r"^\s*[•●▪■◦‣∙·\-–—*]\s+")
PAGE_NUMBER = re.compile(r"^\s*(page\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*((of|/)\s*\d{1,4})?\s*$", re.I)
MIN_TABLE_PATHS = 4
# A page is unread when pictures cover this share of it and its body holds fewer characters
# than UNREAD_MAX_CHARS: a scan, or a page pasted in as a picture. A logo covers far less.
UNREAD_IMAGE_SHARE = 0.25
UNREAD_MAX_CHARS = 40


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
    x1: float = 0.0
    y0: float = 0.0
    key: tuple = ()


def read_pdf(path: Path, limits: Limits) -> Document:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower() and _declares_encryption(path):
            raise EncryptedDocument(path, "the PDF is password-protected") from exc
        raise CorruptDocument(path, "the PDF is damaged and cannot be read") from exc
    try:
        return _read(pdf, path, limits)
    finally:
        pdf.close()


def _declares_encryption(path: Path) -> bool:
    """Whether the file has an /Encrypt entry, as every encrypted PDF's trailer must.

    pdfium's error text comes from its process-wide "last error", which a failed open does not
    always reset: after an encrypted file, a damaged one in the same (or a forked) process can
    be reported as "password" too. The bytes settle it.
    """
    try:
        return b"/Encrypt" in Path(path).read_bytes()
    except OSError:
        return False


def _read(pdf, path: Path, limits: Limits) -> Document:
    count = len(pdf)
    if count == 0:
        raise CorruptDocument(path, "the PDF has no pages")
    if count > limits.max_pages:
        raise TooLarge(path, f"the PDF has {count} pages, over the limit of {limits.max_pages}")

    pages: list[tuple[list[_Seg], float, float, int]] = []
    images = 0
    image_shares: list[float] = []  # share of each page covered by pictures (for Coverage)
    grids: list[list[dict] | None] = []  # ruling lines of pages that may hold a table
    for index in range(count):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(path, f"page {index + 1} of the PDF is damaged") from exc
        try:
            width, height = page.get_size()
            segs = _segments(page)
            kinds = Counter(obj.type for obj in page.get_objects(max_depth=1))
            image_shares.append(_image_share(page, width, height) if kinds.get(
                pdfium_c.FPDF_PAGEOBJ_IMAGE) else 0.0)
            grids.append(_grid_edges(page, height, kinds)
                         if kinds.get(pdfium_c.FPDF_PAGEOBJ_PATH, 0) >= MIN_TABLE_PATHS else None)
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

    body_size = _body_size(pages)
    furniture = _furniture(pages, body_size)
    builder = BlockBuilder()
    plumber = None
    plumber_file = None  # pdfplumber leaks its own file handle when opening fails, so we own it
    tables_failed: list[int] = []
    without_text = []
    laid_out: list[tuple[int, list[_Seg], list[_Table], float]] = []
    try:
        for number, (segs, width, height, paths) in enumerate(pages, start=1):
            body = [s for s in segs if _norm(s.text) not in furniture and not _is_page_number(s, height)]
            if not body:
                without_text.append(number)
                continue
            tables: list[_Table] = []
            fast = _grid_tables(grids[number - 1], segs, width, height, body)
            if fast is not None:
                tables, body = fast
            elif paths >= MIN_TABLE_PATHS and number not in tables_failed:
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
            laid_out.append((number, body, tables, width))
    finally:
        if plumber is not None:
            with contextlib.suppress(Exception):  # closing walks the pages: damage shows here too
                plumber.close()
        if plumber_file is not None:
            plumber_file.close()
    text_size = _text_size([body for _number, body, _tables, _width in laid_out], body_size)
    carry = _Carry()  # a paragraph may run on over the page turn
    for number, body, tables, width in laid_out:
        _emit_page(builder, body, tables, width, number, text_size, pages[number - 1][2], carry)

    return Document(
        path=str(path),
        format="pdf",
        blocks=tuple(builder.blocks),
        furniture=tuple(sorted(furniture)),
        title=_title(builder),
        pages=count,
        pages_without_text=tuple(without_text),
        coverage=_coverage(pages, furniture, image_shares, len(builder.blocks)),
        notes=(
            (f"tables on page(s) {', '.join(map(str, tables_failed))} could not be read as "
             "tables (the PDF is slightly damaged); their text was read as paragraphs",)
            if tables_failed else ()
        ),
    )


def _image_share(page, width: float, height: float) -> float:
    """Share of the page's area covered by pictures (overlaps counted twice, capped at 1)."""
    area = 0.0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        w = min(right, width) - max(left, 0.0)
        h = min(top, height) - max(bottom, 0.0)
        if w > 0 and h > 0:
            area += w * h
    return min(1.0, area / max(width * height, 1.0))


def _coverage(pages, furniture: set[str], image_shares: list[float], blocks: int) -> Coverage:
    """Pages that are mostly picture and hold (almost) no body text were not read."""
    unread = []
    for number, ((segs, _width, height, _paths), share) in enumerate(
        zip(pages, image_shares, strict=True), start=1
    ):
        chars = sum(
            len(s.text) for s in segs
            if _norm(s.text) not in furniture and not _is_page_number(s, height)
        )
        if share >= UNREAD_IMAGE_SHARE and chars < UNREAD_MAX_CHARS:
            reason = "the page is an image with no text layer (scanned or pasted as a picture)"
            unread.append(Unread("page", f"page {number}", reason, number))
    return Coverage(pages_total=len(pages), blocks=blocks, unread=tuple(unread))


# ---------------------------------------------------------------------------------------------
# Ruled tables from pypdfium2's path objects
#
# pdfplumber finds a table from the page's ruling lines (edges), but to get them it parses the
# whole page again in pure Python, turning every character into a dictionary first: about 60x
# pypdfium2's cost, and most of the time spent reading a PDF with tables. pypdfium2 already holds
# the page's path objects, so the ruling lines are read from them here, in the form pdfplumber
# uses, and handed to pdfplumber's own TableFinder (which needs only `edges` from its page), so
# the grid, cells and rows are pdfplumber's. Cell text comes from the text segments the page
# already has. Anything this cannot reproduce faithfully (curves, rotated or nested drawings,
# offset page boxes, text crossing a cell border) returns None and the page goes to pdfplumber.


def _grid_edges(page, height: float, kinds: Counter) -> list[dict] | None:
    """The page's straight ruling lines as pdfplumber edge dicts, or None to leave it to pdfplumber."""
    if kinds.get(pdfium_c.FPDF_PAGEOBJ_FORM) or page.get_rotation():
        return None  # pdfplumber also sees paths nested in form XObjects; rotation moves coordinates
    box = tuple(page.get_mediabox())
    if box[:2] != (0.0, 0.0) or tuple(page.get_cropbox()) != box:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict] = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        a, b, c, d, e, f = obj.get_matrix().get()
        if b or c:
            return None
        subpaths: list[list[tuple[float, float]]] = []
        for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind not in (pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO):
                return None  # Bezier curves: pdfplumber's curve edges differ, leave it to them
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                return None
            point = (a * x.value + e, height - (d * y.value + f))
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([point])
            else:
                subpaths[-1].append(point)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and subpaths[-1][-1] != subpaths[-1][0]:
                subpaths[-1].append(subpaths[-1][0])  # "h" closes back to the start, as in pdfminer
        for pts in subpaths:
            if len(pts) == 3 and pts[2] == pts[0]:
                pts = pts[:2]  # a line closed with "h" is still a line to pdfminer
            if len(pts) == 2 and pts[0][0] != pts[1][0] and pts[0][1] != pts[1][1]:
                return None  # pdfplumber calls a slanted line vertical; not reproduced here
            for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
                # One edge per straight side, as pdfplumber makes of lines, rectangles and
                # polylines; slanted sides have no orientation and pdfplumber drops them too.
                orientation = "v" if x0 == x1 else ("h" if y0 == y1 else None)
                if orientation is None:
                    continue
                top, bottom = min(y0, y1), max(y0, y1)
                edges.append({
                    "object_type": "line", "orientation": orientation,
                    "x0": min(x0, x1), "x1": max(x0, x1), "top": top, "bottom": bottom,
                    "doctop": top, "width": abs(x1 - x0), "height": bottom - top,
                })
    return edges


class _EdgePage:
    """The part of a pdfplumber page that its TableFinder reads for the "lines" strategy."""

    def __init__(self, edges: list[dict], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)


def _grid_tables(
    edges: list[dict] | None, segs: list[_Seg], width: float, height: float, body: list[_Seg]
) -> tuple[list[_Table], list[_Seg]] | None:
    """`_tables` without pdfplumber's page parse, or None when a cell's text is not clear-cut."""
    if edges is None:
        return None
    from pdfplumber.table import TableFinder  # geometry only; pure functions of the edges

    found = []
    for table in TableFinder(_EdgePage(edges, width, height)).tables:
        x0, top, x1, bottom = table.bbox
        inside = [
            s for s in segs
            if x0 <= (s.x0 + s.x1) / 2 < x1 and top <= height - (s.y0 + s.y1) / 2 < bottom
        ]
        rows: list[list[str]] = []
        claimed = 0
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell is None:
                    cells.append("")
                    continue
                texts = _cell_segments(inside, cell, height)
                if texts is None:
                    return None
                claimed += len(texts)
                text = _cell_join(texts, height)
                if text is None:
                    return None
                cells.append(text)
            rows.append(cells)
        if claimed != len(inside):
            return None  # text in the table's box but in no single cell: pdfplumber decides
        if _not_a_table(rows):
            continue  # a box around a paragraph, not a table
        found.append(_Table(rows, x0, height - top, x1, height - bottom))
        body = _outside(body, (x0, top, x1, bottom), height)
    return found, body


def _cell_segments(inside: list[_Seg], cell, height: float) -> list[_Seg] | None:
    """Segments centred in the cell; None if one of them reaches over the cell's border."""
    x0, top, x1, bottom = cell
    result = []
    for s in inside:
        s_top, s_bottom = height - s.y1, height - s.y0
        if x0 <= (s.x0 + s.x1) / 2 < x1 and top <= (s_top + s_bottom) / 2 < bottom:
            if s.x0 < x0 or s.x1 > x1 or s_top < top or s_bottom > bottom:
                return None  # pdfplumber splits such text character by character
            result.append(s)
    return result


def _cell_join(texts: list[_Seg], height: float) -> str | None:
    """Lines top to bottom (within 3 pt, pdfplumber's tolerance), left to right within a line.

    None when two pieces on a line nearly touch: pdfplumber runs them together unless a space
    separates them, and the pieces here no longer say whether one did.
    """
    lines: list[list[_Seg]] = []
    last_top = None
    for s in sorted(texts, key=lambda s: -s.y1):
        top = height - s.y1
        if last_top is None or top - last_top > 3:
            lines.append([])
        lines[-1].append(s)
        last_top = top
    joined = []
    for line in lines:
        line.sort(key=lambda s: s.x0)
        if any(b.x0 - a.x1 <= 3 for a, b in zip(line, line[1:], strict=False)):
            return None
        joined.append(" ".join(s.text for s in line))
    return "\n".join(joined)


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
        bounded = _BoundedText(textpage)
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = bounded(left, bottom, right, top).strip()
            if not text:
                continue
            index = textpage.get_index((left + right) / 2, (bottom + top) / 2, 3, 3)
            # The middle fell in a gap between words, or beside a glyph that does not reach the
            # middle of the line (a quote mark): without a font size, the line would look like a
            # new paragraph and split a sentence in two. Try a few more points along the line.
            for share in (None, 0.1, 0.25, 0.4, 0.6, 0.75, 0.9):
                if index is not None and index >= 0:
                    break
                x = left + 1 if share is None else left + (right - left) * share
                index = textpage.get_index(x, (bottom + top) / 2, 3, 3)
            size, bold = _font(textpage, index)
            segs.append(_Seg(" ".join(text.split()), left, bottom, right, top, size, bold))
        return segs
    finally:
        textpage.close()


class _BoundedText:
    """`textpage.get_text_bounded` in one pdfium call instead of two.

    pypdfium2 asks pdfium for the length and then for the text, and pdfium walks every character
    on the page each time; with a buffer that is always large enough, one walk does. Text with
    characters outside the Basic Multilingual Plane, or that fills the buffer, is read
    pypdfium2's way, so the result is always the same as `get_text_bounded`.
    """

    def __init__(self, textpage) -> None:
        self.textpage = textpage
        # Each character at most once, plus a line break (two units) before it: 3x is ample.
        self.size = 3 * max(textpage.count_chars(), 0) + 16
        self.buffer = (ctypes.c_ushort * self.size)()

    def __call__(self, left: float, bottom: float, right: float, top: float) -> str:
        written = pdfium_c.FPDFText_GetBoundedText(
            self.textpage, left, top, right, bottom, self.buffer, self.size
        )
        if written <= 0:
            return ""
        if written >= self.size:
            return self.textpage.get_text_bounded(left, bottom, right, top)
        if self.buffer[written - 1] == 0:
            written -= 1  # pdfium counts the terminating NUL it writes; pypdfium2 never sees it
        text = ctypes.string_at(self.buffer, written * 2).decode("utf-16-le", errors="ignore")
        if any(ord(ch) > 0xFFFF for ch in text):
            return self.textpage.get_text_bounded(left, bottom, right, top)
        return text


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


def _in_margin(seg: _Seg, height: float) -> bool:
    return seg.y1 > height * (1 - MARGIN) or seg.y0 < height * MARGIN


def _furniture(pages, body_size: float) -> set[str]:
    """Text that recurs in the top or bottom margin of at least half the pages (min. two)."""
    if len(pages) < 2:
        return _lone_furniture(pages[0], body_size) if pages else set()
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


def _lone_furniture(page, body_size: float) -> set[str]:
    """A one-page PDF's running head or foot, which cannot be told by recurring.

    A short line in the top or bottom margin, set no larger than the body and standing well apart
    from it ("OFFICIAL - SENSITIVE | Project title"), is page furniture, not the first paragraph.
    """
    segs, _width, height, _paths = page
    inner = [s for s in segs if not _in_margin(s, height)]
    found = set()
    for s in segs:
        # Not set larger than the body (a title high on the page); often smaller.
        if not _in_margin(s, height) or round(s.size) > body_size or len(s.text.split()) > 15:
            continue
        line = max(s.y1 - s.y0, 1.0)
        gap = min((max(o.y0 - s.y1, s.y0 - o.y1) for o in inner), default=height)
        if gap >= 1.5 * line:
            found.add(_norm(s.text))
    return found


def _body_size(pages) -> float:
    sizes = Counter()
    for segs, *_ in pages:
        for s in segs:
            sizes[round(s.size)] += len(s.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _text_size(bodies: list[list[_Seg]], fallback: float) -> float:
    """The paragraphs' font size, from the text outside tables and page furniture.

    A document that is mostly tables set smaller than its paragraphs would otherwise have every
    short line of a paragraph taken for a heading, as if it were set larger than the body.
    """
    sizes: Counter[int] = Counter()
    for body in bodies:
        for s in body:
            sizes[round(s.size)] += len(s.text)
    if sum(sizes.values()) < 200:
        return fallback
    return float(sizes.most_common(1)[0][0])


def _tables(plumber_page, height: float, body: list[_Seg]) -> tuple[list[_Table], list[_Seg]]:
    found = []
    for table in plumber_page.find_tables():
        rows = [[cell or "" for cell in row] for row in table.extract()]
        if _not_a_table(rows):
            continue  # a box around a paragraph, not a table
        x0, top, x1, bottom = table.bbox
        found.append(_Table(rows, x0, height - top, x1, height - bottom))
        body = _outside(body, (x0, top, x1, bottom), height)
    return found, body


def _outside(body: list[_Seg], bbox, height: float) -> list[_Seg]:
    """The text pieces whose centres lie outside a table's box (top-down `bbox`), kept as body text."""
    x0, top, x1, bottom = bbox
    return [
        s
        for s in body
        if not (
            x0 - 1 <= (s.x0 + s.x1) / 2 <= x1 + 1
            and top - 1 <= height - (s.y0 + s.y1) / 2 <= bottom + 1
        )
    ]


def _emit_page(builder, segs: list[_Seg], tables: list[_Table], width: float, page: int, body_size,
               height: float | None = None, carry: _Carry | None = None):
    carry = carry if carry is not None else _Carry()
    # Tables within one column count as lines of text when finding the columns: a page of two
    # columns of tables under a title has too little other text to show its gutter.
    narrow = [t for t in tables if t.x1 - t.x0 < 0.6 * width]
    gutter = _gutter(segs + [row for t in narrow for row in _table_lines(t)], width)
    spanning = sorted(
        (s for s in segs if gutter is None or (s.x0 < gutter < s.x1)), key=lambda s: -s.y1
    ) if gutter is not None else []
    span_tops = sorted([s.y1 for s in spanning] + [
        t.y1 for t in tables if gutter is not None and t.x0 < gutter < t.x1
    ])

    def band(y_top: float) -> int:
        return sum(1 for top in span_tops if top > y_top + 0.5)

    for s in segs:
        if gutter is not None and s in spanning:
            s.key = (band(s.y1), 1, 0, -s.y1, s.x0)
        else:
            s.column = 0 if gutter is None or s.x1 <= gutter else 1
            s.key = (band(s.y1), 0, s.column, -s.y1, s.x0)
    for t in tables:
        if gutter is not None and t.x0 < gutter < t.x1:  # a table across both columns
            t.key = (band(t.y1), 1, 0, -t.y1, t.x0)
        else:
            column = 0 if gutter is None or t.x0 < gutter else 1
            t.key = (band(t.y1), 0, column, -t.y1, t.x0)
    if gutter is not None:
        _heading_after_columns(segs, body_size)

    unruled, segs = _unruled(segs, width)
    items = sorted([*segs, *tables, *unruled], key=lambda item: item.key)
    edges = _column_edges([s for s in segs if height is None or not _in_margin(s, height)] or segs)
    lines: list[list[_Seg]] = []
    started: set[tuple] = set()  # (band, spanning, column) already holding something
    for item in items:
        where = item.key[:3]
        if isinstance(item, _Table):
            _flush(builder, lines, page, body_size, edges, carry)
            lines = []
            # First thing in its column: may be the rest of a table the page or column turn broke.
            builder.table(item.rows, page=page, continues=where not in started)
            carry.room = None
            started.add(where)
            continue
        started.add(where)
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
    _flush(builder, lines, page, body_size, edges, carry)


def _heading_after_columns(segs: list[_Seg], body_size: float) -> None:
    """A short heading under the left column, lower than all of the right one, starts full-width text.

    Balanced columns end level; a heading set below both ("Measures" over a table across the page)
    is narrow enough to look like a left-column line, which would read it before the right column.
    Such a heading, alone at the foot of the left column, is moved after both columns.
    """
    bands: dict[int, list[_Seg]] = defaultdict(list)
    for seg in segs:
        if seg.key[1] == 0:
            bands[seg.key[0]].append(seg)
    for band_segs in bands.values():
        right = [seg for seg in band_segs if seg.column == 1]
        left = [seg for seg in band_segs if seg.column == 0]
        if not right or not left:
            continue
        right_low = min(seg.y0 for seg in right)
        line_height = max(seg.y1 - seg.y0 for seg in right)
        below = sorted((seg for seg in left if seg.y1 < right_low - line_height), key=lambda seg: -seg.y1)
        if not below or len(below) == len(left):
            continue
        # Only under balanced columns: a left column that simply runs on longer keeps its headings.
        moved = {id(seg) for seg in below}  # by identity: _Seg compares by value
        left_low = min(seg.y0 for seg in left if id(seg) not in moved)
        if abs(left_low - right_low) > 2 * line_height:
            continue
        if not _heading_styled([below[0]], below[0].text, body_size):
            continue
        # Only a heading with nothing under it in the column: text under it would be the left column
        # running on (and the right column may continue that text).
        if any(seg.y1 < below[0].y0 for seg in below):
            continue
        for seg in below:
            seg.key = (seg.key[0], 1, 0, -seg.y1, seg.x0)


def _unruled(segs: list[_Seg], width: float) -> tuple[list[_Table], list[_Seg]]:
    """Unruled tables in each text column (see pdf_unruled), and the pieces left to read as lines.

    Looked for one column (and band) at a time, once the page's gutter is known: the lines of two
    columns of running text side by side would otherwise look like a table's two columns.
    """
    regions: dict[tuple, list[_Seg]] = {}
    for s in segs:
        regions.setdefault(s.key[:3], []).append(s)
    found: list[_Table] = []
    taken: set[int] = set()
    for region in regions.values():
        if len(region) < 2 * MIN_UNRULED_LINES:
            continue
        for grid in find_tables(_side_pieces(region), width):
            key = min(p.key for p in grid.pieces)  # where its top line would have been read
            found.append(_Table(grid.rows, grid.x0, grid.y1, grid.x1, grid.y0, key=key))
            taken.update(id(p) for p in grid.pieces)
    if not found:
        return [], segs
    return found, [s for s in segs if id(s) not in taken]


def _not_a_table(rows: list[list[str]]) -> bool:
    """A ruled box around one paragraph (or around nothing), not a table.

    One row of two or more cells is a table: often the rest of a table broken by a page turn,
    its header row left behind, or a form's one question with its answer cell left empty.
    """
    return max(len(r) for r in rows) < 2 or not any(cell and cell.strip() for r in rows for cell in r)


def _table_lines(table: _Table) -> list[_Seg]:
    """A table's box as one full-width line per row, for finding the page's columns."""
    if table.x1 <= table.x0 or table.y1 <= table.y0 or not table.rows:
        return []
    step = (table.y1 - table.y0) / len(table.rows)
    return [
        _Seg("", table.x0, table.y1 - (i + 1) * step, table.x1, table.y1 - i * step, 0.0, False)
        for i in range(len(table.rows))
    ]


def _column_edges(segs: list[_Seg]) -> dict[tuple, tuple[float, float]]:
    """Leftmost and rightmost x of the text in each column (and of the text spanning both)."""
    edges: dict[tuple, tuple[float, float]] = {}
    for s in segs:
        left, right = edges.get(s.key[1:3], (s.x0, s.x1))
        edges[s.key[1:3]] = (min(left, s.x0), max(right, s.x1))
    return edges


def _room(line: list[_Seg], edges: dict | None) -> float:
    """Width left free on a line: at its end, or at both ends of a centred line.

    The column's edges are where its longest lines reach, never past its real margin, so a line
    that wrapped always has less room than the word that went on to the next line.
    """
    x0, x1 = line[0].x0, max(s.x1 for s in line)
    left, right = (edges or {}).get(line[0].key[1:3], (x0, x1))
    before, after = x0 - left, right - x1
    return before + after if before > 3 and abs(before - after) <= 3 else after


def _first_word_width(line: list[_Seg]) -> float:
    seg = line[0]
    words = seg.text.split()
    return (seg.x1 - seg.x0) * len(words[0]) / max(len(seg.text), 1) if words else 0.0


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
    if best is None:
        return _short_column(segs, width, starts, ends)
    return _columns_open(segs, best[1])


def _short_column(segs: list[_Seg], width: float, starts=None, ends=None) -> float | None:
    """A second column of only two or three lines, as on a last page where the text runs out.

    Too few lines for the search above, so more is asked of them: nothing crosses the gap beside
    the columns (a title set across the page above them may), the first column holds at least
    eight lines, and the few beyond it start at one left edge.
    `starts` and `ends` (sorted edges) make the count a binary search; without them, a scan.
    """
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        if starts is not None and ends is not None:
            n_left, n_right = bisect_right(ends, x), len(segs) - bisect_left(starts, x)
        else:
            n_left = sum(1 for s in segs if s.x1 <= x)
            n_right = sum(1 for s in segs if s.x0 >= x)
        if n_left >= 8 and 2 <= n_right < 4 and (n_left + n_right == len(segs) or _bands_only(segs, x)):
            lefts = [s.x0 for s in segs if s.x0 >= x]
            if max(lefts) - min(lefts) <= 2:
                return _columns_filled(segs, x)
    return None


def _bands_only(segs: list[_Seg], x: int) -> bool:
    """Whether all text crossing `x` lies wholly above or wholly below the text either side of it."""
    beside = [s for s in segs if s.x1 <= x or s.x0 >= x]
    top, bottom = max(s.y1 for s in beside), min(s.y0 for s in beside)
    return all(s.y0 >= top - 0.5 or s.y1 <= bottom + 0.5 for s in segs if s.x0 < x < s.x1)


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
    if best is None:
        return _short_column(segs, width)
    return _columns_open(segs, best[1])


def _columns_open(segs: list[_Seg], x: int) -> float | None:
    """`x` if it is a gutter: little text crosses it beside the columns, and they fill their width.

    Text crossing `x` above or below both columns may be a band set across the page (a title, an
    introduction, a closing note) and need not count against the gutter, provided what lies
    beside it is columns of running text. Under a paragraph, an unruled table's cells also leave
    a clear gap down the page, but most of its lines hold several cells, or its rows start (or
    end) level on both sides. Text crossing `x` level with the columns always counts: a page of
    one column with a few short lines is no columns.
    """
    left = [s for s in segs if s.x1 <= x]
    right = [s for s in segs if s.x0 >= x]
    if len(segs) - len(left) - len(right) > 0.15 * len(segs):
        top = min(max(s.y1 for s in left), max(s.y1 for s in right))
        bottom = max(min(s.y0 for s in left), min(s.y0 for s in right))
        beside = sum(1 for s in segs if s.x0 < x < s.x1 and s.y1 > bottom and s.y0 < top)
        lines = [_side_pieces([s for s in side if s.y1 > bottom and s.y0 < top]) for side in (left, right)]
        if beside > 0.15 * (len(left) + len(right) + beside) or not all(map(_running_text, lines)) or (
            _rows_line_up(*lines)
        ):
            return None
    return _columns_filled(segs, x)


def _running_text(lines: list[list[_Seg]]) -> bool:
    """Lines of running text: enough of them, most of them one piece (a bullet aside), not cells."""
    cells = sum(1 for line in lines if sum(1 for s in line if len(s.text) > 2) > 1)
    return len(lines) >= 5 and cells <= 0.3 * len(lines)


def _rows_line_up(left: list[list[_Seg]], right: list[list[_Seg]]) -> bool:
    """Whether the breaks between blocks of lines fall level on both sides, as a table's rows do.

    Two cells of long text side by side look like two columns line by line, but each row starts
    (or, for cells set to the bottom, ends) level on both sides; two columns' paragraphs break
    where each happens to end.
    """
    for edge in (0, 1):  # block tops, then block bottoms
        ours, theirs = _block_edges(left, edge), _block_edges(right, edge)
        if len(ours) >= 3 and len(theirs) >= 3 and all(
            sum(1 for y in a if any(abs(y - z) <= 3 for z in b)) >= 0.7 * len(a)
            for a, b in ((ours, theirs), (theirs, ours))
        ):
            return True
    return False


def _block_edges(lines: list[list[_Seg]], edge: int) -> list[float]:
    """The tops (edge 0) or bottoms (edge 1) of the blocks of lines that wider gaps set apart."""
    spans = [(max(s.y1 for s in line), min(s.y0 for s in line)) for line in lines]
    gaps = [above[1] - below[0] for above, below in zip(spans, spans[1:], strict=False)]
    if not gaps:
        return []
    wide = max(2.0, 1.5 * median(gaps))
    starts = [0] + [i + 1 for i, gap in enumerate(gaps) if gap > wide]
    if edge == 0:
        return [spans[i][0] for i in starts]
    return [spans[i - 1][1] for i in starts[1:]] + [spans[-1][1]]


def _columns_filled(segs: list[_Seg], x: int) -> float | None:
    """`x` if the text either side of it is two columns rather than a form's labels and answers.

    Real columns fill their width; a form's short labels beside long answers do not. A column can
    still be mostly short lines (a contents list, a table of short cells), but then its lines run
    independently of the other column's, while a form's labels sit level with their answers.
    """
    left = _side_pieces([s for s in segs if s.x1 <= x])
    right = _side_pieces([s for s in segs if s.x0 >= x])
    left_extents, right_extents = _extents(left), _extents(right)
    left_margin = min(x0 for x0, _x1 in left_extents)
    right_margin = max(x1 for _x0, x1 in right_extents)
    left_fill = _typical_width(left_extents, right_extents) / max(x - left_margin, 1)
    right_fill = _typical_width(right_extents, left_extents) / max(right_margin - x, 1)
    if left_fill > 0.55 and right_fill > 0.55:
        return float(x)
    if min(len(left), len(right)) >= 8 and max(_level_share(left, right), _level_share(right, left)) < 0.45:
        return float(x)
    return None


def _level_share(lines: list[list[_Seg]], others: list[list[_Seg]]) -> float:
    """The share of `lines` set level with one of `others` (their middles within a quarter line)."""
    def spans(group: list[list[_Seg]]) -> list[tuple[float, float]]:
        bounds = [(max(s.y1 for s in line), min(s.y0 for s in line)) for line in group]
        return [((top + bottom) / 2, top - bottom) for top, bottom in bounds]

    theirs = spans(others)
    level = sum(
        1 for middle, tall in spans(lines)
        if any(abs(middle - m) <= 0.25 * min(tall, t) for m, t in theirs)
    )
    return level / max(len(lines), 1)


def _extents(lines: list[list[_Seg]]) -> list[tuple[float, float]]:
    """The x extent of each line of text on one side of a gutter.

    pdfium breaks a line into pieces at every wide space, so an unruled table in a column is
    many short pieces ("People", "2 PAs per week", "Programme") though its rows fill the column,
    as does a bullet set apart from its text: the pieces sharing a line are measured as one.
    """
    return [(min(s.x0 for s in line), max(s.x1 for s in line)) for line in lines]


def _side_pieces(side: list[_Seg]) -> list[list[_Seg]]:
    """The pieces of text on one side of a gutter, grouped into lines, top to bottom."""
    lines: list[list[_Seg]] = []
    bottom = top = 0.0
    for s in sorted(side, key=lambda s: -s.y1):
        if lines and min(top, s.y1) - max(bottom, s.y0) > 0.5 * min(top - bottom, s.y1 - s.y0):
            lines[-1].append(s)
            bottom, top = min(bottom, s.y0), max(top, s.y1)
        else:
            lines.append([s])
            bottom, top = s.y0, s.y1
    return lines


def _typical_width(side: list[tuple[float, float]], other: list[tuple[float, float]]) -> float:
    """The median width of a column's lines; the upper quartile for a column of few lines.

    A column holding only the end of the page's text has few lines, and many of them are
    headings or the last lines of paragraphs, while its longer lines still fill it. A form's
    labels and answers come in pairs, so neither side is that much shorter.
    """
    widths = sorted(x1 - x0 for x0, x1 in side)
    if 2 * len(side) <= len(other):
        return widths[(3 * len(widths)) // 4]
    return median(widths)


@dataclass
class _Carry:
    """What the text read so far leaves for the next page.

    `room`: the width left free on the last paragraph's last line; None when the text ended with
    a heading or a table.
    """

    room: float | None = None


def _flush(builder, lines: list[list[_Seg]], page: int, body_size: float, edges=None,
           carry: _Carry | None = None) -> None:
    carry = carry if carry is not None else _Carry()
    paragraph: list[str] = []
    opening: list[list[_Seg]] = []  # the first line of `paragraph`
    first = [True]  # no paragraph emitted yet by this call
    previous = None
    # (size, bottom, height, room left on it, top, top-to-top pitch of its wrapped lines or None)
    # of a heading line just emitted
    last_heading = None

    def emit():
        if paragraph:
            text = " ".join(paragraph)
            kind = LIST_ITEM if BULLET.match(text) else PARAGRAPH
            # A paragraph the page turn broke: the last page's last line ran full, mid-sentence.
            runs_on = (
                first[0] and carry.room is not None and bool(opening)
                and not clause_number(text)
                and carry.room < 1.2 * _first_word_width(opening[0]) + 0.3 * max(s.size for s in opening[0])
            )
            first[0] = False
            if kind == PARAGRAPH and builder.continue_paragraph(text, runs_on=runs_on):
                paragraph.clear()
                return
            builder.paragraph(BULLET.sub("", text) if kind == LIST_ITEM else text, kind, page)
            paragraph.clear()

    for index, line in enumerate(lines):
        line.sort(key=lambda s: s.x0)
        text = " ".join(s.text for s in line).strip()
        size = _line_size(line)
        top, bottom = max(s.y1 for s in line), min(s.y0 for s in line)
        is_heading = _heading_styled(line, text, body_size) and not text.endswith(HEADING_ENDS)
        if not is_heading and text.endswith((":", ",")) and index + 1 < len(lines):
            # "Partnership Agreement:" / "Smoke-free Families Project": a title wrapped after its
            # colon, when the next line is set the same and could not have fitted on this one.
            after = sorted(lines[index + 1], key=lambda s: s.x0)
            after_text = " ".join(s.text for s in after).strip()
            is_heading = (
                _heading_styled(line, text, body_size) and _heading_styled(after, after_text, body_size)
                and not after_text.endswith(HEADING_ENDS)
                and abs(_line_size(after) - size) < 0.5
                and bottom - max(s.y1 for s in after) < 0.9 * (top - bottom)
                and _room(line, edges) < 1.2 * _first_word_width(after) + 0.3 * size
            )
        if is_heading and last_heading and not paragraph and abs(last_heading[0] - size) < 0.5 and (
            last_heading[1] - top < 0.9 * last_heading[2] and not clause_number(text)
            # Only if its first word had no room at the end of the line above: a short heading
            # line followed closely by another ("... Review" / "Parties") is two headings.
            and last_heading[3] < 1.2 * _first_word_width(line) + 0.3 * size
            # ... and no further below than the heading's own lines are apart, once it has two.
            and (last_heading[5] is None or last_heading[4] - top <= 1.15 * last_heading[5] + 1)
        ):
            # A long title wrapped onto a second line is one heading, not two.
            builder.extend_heading(text)
            last_heading = (size, bottom, top - bottom, _room(line, edges), top, last_heading[4] - top)
            continue
        if is_heading:
            emit()
            last_heading = (size, bottom, top - bottom, _room(line, edges), top, None)
            number = clause_number(text)
            depth = number.count(".") + 1 if number else None
            level = 1 if size >= body_size * 1.4 else (depth or (2 if size >= body_size * 1.15 else 3))
            builder.heading(text, level, page, number)
            previous = None
            first[0] = False
            carry.room = None
            continue
        last_heading = None
        starts_new = (
            previous is None
            or BULLET.match(text)
            or _line_size(line) < max(s.size for s in line) - 0.5  # an enlarged list number opens an item
            or (clause_number(text) and not _wrapped_number(paragraph, text))
            # "Label: value" starts a form field, unless the line above ran full mid-sentence
            # and "Label:" is just the word that wrapped ("... publicity. Orrin" / "Health: ...").
            or (FIELD_START.match(text) and not (
                paragraph and not re.search(r"[.;:!?]\W*$", paragraph[-1])
                and previous[3] < 1.2 * _first_word_width(line) + 0.3 * size
            ))
            or previous[0] - top > 0.9 * max(previous[0] - previous[1], 1)
            or abs(previous[2] - size) > 0.5
        )
        if starts_new:
            emit()
        if not paragraph:
            opening[:] = [line]
        if paragraph and paragraph[-1].endswith("-") and not paragraph[-1].endswith(" -"):
            paragraph[-1] = paragraph[-1][:-1] + text  # a word hyphenated across lines
        else:
            paragraph.append(text)
        previous = (bottom, bottom - (top - bottom), size, _room(line, edges))
    emit()
    if previous is not None:
        carry.room = previous[3]


HEADING_ENDS = (".", ";", ",", ":")


def _heading_styled(line: list[_Seg], text: str, body_size: float) -> bool:
    """Set like a heading: short, and larger than the body or all bold; not a bulleted item."""
    words = len(text.split())
    size = _line_size(line)
    return words <= 14 and (
        size >= body_size * 1.15 or (all(s.bold for s in line) and words <= 12)
    ) and not SYMBOL_BULLET.match(text)  # "- Uptake: baseline 47%" is a list item


# A list number set on its own ("1", "(2)", "3.") before the item's text.
LIST_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$")


def _line_size(line: list[_Seg]) -> float:
    """The line's type size, leaving out a list number set larger than the item's own words.

    "1  Acme UK Ltd (company no." with a 12 pt "1" before 9.5 pt text is a party list's item, not
    a heading, and its next line ("1 Quay Street ...") continues the same paragraph.
    """
    ordered = sorted(line, key=lambda s: s.x0)
    if len(ordered) > 1 and LIST_MARKER.match(ordered[0].text.strip()):
        ordered = ordered[1:]
    return max(s.size for s in ordered)


def _wrapped_number(paragraph: list[str], text: str) -> bool:
    """A quantity wrapped onto a new line, not a clause number: "... to fund" / "1.0 WTE nurse ..."."""
    return bool(
        paragraph
        and not re.search(r"[.;:!?)]\s*$", paragraph[-1])
        and re.match(r"\s*\d+\.\d+\s+(?:[a-z]|WTE\b|FTE\b|%)", text)
    )


def _title(builder: BlockBuilder) -> str | None:
    for block in builder.blocks[:6]:
        if block.kind == "heading":
            return block.text
    return builder.blocks[0].text[:120] if builder.blocks else None
