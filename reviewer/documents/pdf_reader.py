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
from reviewer.documents.model import LIST_ITEM, PARAGRAPH, Coverage, Document, Unread
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
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a box around a paragraph, not a table
        found.append(_Table(rows, x0, height - top))
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
            if index is None or index < 0:
                # The middle fell in a gap between words: without a font size, the line would
                # look like a new paragraph and split a sentence in two.
                index = textpage.get_index(left + 1, (bottom + top) / 2, 3, 3)
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
            if kind == PARAGRAPH and builder.continue_paragraph(text):
                paragraph.clear()
                return
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
        ) and not SYMBOL_BULLET.match(text)  # "- Uptake: baseline 47%" is a list item
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
            or (clause_number(text) and not _wrapped_number(paragraph, text))
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
