"""Unruled tables in a PDF: cells set apart only by the space between them, no lines drawn.

The PDF reader finds ruled tables from their ruling lines; a table without them comes out of
pypdfium2 as lines of text pieces, and read as paragraphs it mixes the cells of a row ("People 2
PAs per week Programme"), so a per-party table no longer says who gives what. Here a run of
lines is taken for a table when its pieces sit in stable columns with wide gaps between them.

pdfplumber's text strategy (`vertical_strategy="text"`) was not used: it would need pdfplumber's
full parse of every page without ruling lines (the reader avoids that parse, ~60x pypdfium2's
cost), it makes a row of every line of text, so a cell wrapped over three lines becomes three
rows, and it draws a column edge wherever three words line up, as the left margin of any
paragraph does. The reader already holds each line's pieces, with pdfium's wide-space breaks
between them, so the columns are worked out from those, and only where they are clear-cut:

- at least three lines, two or more of them holding several cells, every piece starting at one
  of the columns (a wrapped cell's continuation line may hold one piece) and none reaching past
  the start of the next column;
- two columns only under a one-line header row: of column names ("Partner | Contribution"), or
  of short names over rows that are not a form's short labels beside longer answers ("NHS
  Lornbrae | Kestrel Bay" over each party's cell). A label/value form, a signature block and a
  numbered or bulleted list with hanging indents read rightly as paragraphs already, except a
  form with a label wrapped over two lines, which is read as a label | answer table (`_wrapped_form`);
- the reader looks for runs one text column at a time, after finding the page's column gutter,
  so two columns of running text are never taken for a table's two columns.

Rows are told by the extra space between them (cell padding), or, when every line is set the
same distance apart, by a new cell in the first column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ALIGN = 3.0  # points a cell's left edge may stray from its column's
GAP_EM = 1.0  # gap between two pieces, in font sizes, that makes them two cells
MIN_LINES = 3
# A list's number or bullet alone, its text hung beside it: "1.2", "(a)", "iv.", "•".
MARKER = re.compile(r"^(?:[•●▪■◦‣∙·\-–—*]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]+)[.)]?)$", re.I)
HEADER_CELL_WORDS = 6
FORM_LABEL_WORDS = 8  # a form's label, wrapped or not
# Column names a two-column table's header uses ("Partner | Contribution", "Milestone | Date"),
# which a form's first label and answer do not.
HEADER_NAMES = re.compile(
    r"^(?:\w+\s)?(?:part(?:y|ies|ners?)|organi[sz]ations?|contributions?|commitments?|benefits?|"
    r"items?|details?|fields?|descriptions?|names?|roles?|leads?|contacts?|responsibilit(?:y|ies)|"
    r"milestones?|dates?|deadlines?|indicators?|measures?|kpis?|metrics?|outcomes?|results?|"
    r"baselines?|targets?|values?|costs?|amounts?|resources?|activit(?:y|ies)|owners?|status|risks?|"
    r"mitigations?|sources?|actions?)$",
    re.I,
)


@dataclass
class Grid:
    """A table found among a column's lines: its rows of cell texts, box and the pieces it took."""

    rows: list[list[str]]
    x0: float
    y0: float
    x1: float
    y1: float
    pieces: list = field(default_factory=list)


def find_tables(lines: list[list], width: float) -> list[Grid]:
    """Unruled tables among `lines` (top to bottom; each a list of pieces with x0/x1/y0/y1/size/text).

    `width` is the page's width. The lines should be those of one text column of the page.
    """
    cells = [_cells(line) for line in lines]
    found: list[Grid] = []
    start = 0
    while start < len(cells):
        if len(cells[start]) < 2:
            start += 1
            continue
        end, columns = _run(cells, start)
        above = cells[start - 1] if start else None
        grid = _grid(cells[start:end], columns, width, above) if end - start >= MIN_LINES else None
        if grid is not None:
            found.append(grid)
        # Not a table: nor is any part of it, whose first line would be a row's second line.
        start = max(end, start + 1)
    return found


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    pieces: list


def _cells(line: list) -> list[_Cell]:
    """A line's pieces merged where they nearly touch, so that each wide gap parts two cells."""
    merged: list[_Cell] = []
    for piece in sorted(line, key=lambda p: p.x0):
        size = piece.size or (piece.y1 - piece.y0)
        last = merged[-1] if merged else None
        if last is not None and piece.x0 - last.x1 < GAP_EM * max(size, last.size, 4.0):
            last.text = f"{last.text} {piece.text}"
            last.x1 = max(last.x1, piece.x1)
            last.y0, last.y1 = min(last.y0, piece.y0), max(last.y1, piece.y1)
            last.pieces.append(piece)
        else:
            merged.append(_Cell(piece.text, piece.x0, piece.x1, piece.y0, piece.y1, size, [piece]))
    return merged


def _column(columns: list[float], x: float) -> int | None:
    for index, start in enumerate(columns):
        if abs(x - start) <= ALIGN:
            return index
    return None


def _split(columns: list[float], line: list[_Cell]) -> list[_Cell]:
    """The line's cells parted again where a piece starts at a column: "64 per year" "40 per".

    Two short cells can sit closer than the gap that parts cells ("64 per year" ends a few points
    before the next column's "40 per" starts), but the column, once known, still parts them.
    """
    parted: list[_Cell] = []
    for cell in line:
        groups: list[list] = []
        for piece in cell.pieces:
            if not groups or _column(columns, piece.x0) is not None:
                groups.append([piece])
            else:
                groups[-1].append(piece)
        for group in groups:
            parted.append(_Cell(
                " ".join(p.text for p in group), group[0].x0, max(p.x1 for p in group),
                min(p.y0 for p in group), max(p.y1 for p in group), cell.size, group,
            ))
    return parted


def _fits(columns: list[float], line: list[_Cell]) -> bool:
    """Every cell starts at a column and ends before the next column starts."""
    for cell in line:
        index = _column(columns, cell.x0)
        if index is None:
            return False
        if index + 1 < len(columns) and cell.x1 > columns[index + 1] - ALIGN:
            return False
    return True


def _run(cells: list[list[_Cell]], start: int) -> tuple[int, list[float]]:
    """The end (exclusive) of the run of table lines opening at `start`, and its columns' left edges."""
    columns = sorted(cell.x0 for cell in cells[start])
    taken = [cells[start]]
    end = start + 1
    while end < len(cells):
        line = cells[end]
        above = taken[-1]
        size = max(c.size for c in line + above)
        pitch = max(c.y1 for c in above) - max(c.y1 for c in line)
        if pitch <= 0 or pitch > 2.4 * size:
            break
        if abs(max(c.size for c in line) - max(c.size for c in above)) > 1.5:
            break  # a heading or a note set in another size
        trial = columns
        if len(line) >= 2:
            # A row with a cell where the header left one empty: its new column joins, provided no
            # cell read so far reaches across where it starts.
            new = [c.x0 for c in line if _column(columns, c.x0) is None]
            trial = sorted(columns + new)
            if new and not all(_fits(trial, row) for row in taken):
                break
        if not _fits(trial, line):
            line = _split(trial, line)
            if not _fits(trial, line):
                break
            cells[end] = line
        columns = trial
        taken.append(line)
        end += 1
    # Single-piece lines closing the run are a table's wrapped cells only with a row beside them.
    while end - start > 1 and len(cells[end - 1]) < 2 and not _continues(cells[start:end]):
        end -= 1
        taken.pop()
    return end, columns


def _continues(run: list[list[_Cell]]) -> bool:
    """Whether the run's last (one-cell) line is set as close under the one above as a cell's lines are."""
    tops = [max(c.y1 for c in line) for line in run]
    pitches = [a - b for a, b in zip(tops, tops[1:], strict=False)]
    return len(pitches) >= 2 and pitches[-1] <= 1.1 * min(pitches[:-1])


def _grid(
    run: list[list[_Cell]], columns: list[float], width: float, above: list[_Cell] | None = None
) -> Grid | None:
    if sum(1 for line in run if len(line) >= 2) < 2 or len(columns) < 2:
        return None
    used = [
        sum(1 for line in run if any(_column(columns, c.x0) == i for c in line)) for i in range(len(columns))
    ]
    if sum(1 for n in used if n >= 2) < 2:
        return None  # a column may hold its header alone ("Date", to be filled in), not two
    rows = _rows(run, columns)
    if len(rows) < 2:
        return None
    texts = [[_join(cell) for cell in row] for row in rows]
    if len(columns) == 2 and not (
        _two_column_grid(rows, texts) or _wrapped_form(run, rows, texts, columns, above)
    ):
        return None
    pieces = [p for line in run for c in line for p in c.pieces]
    return Grid(
        texts,
        min(p.x0 for p in pieces), min(p.y0 for p in pieces),
        max(p.x1 for p in pieces), max(p.y1 for p in pieces),
        pieces,
    )


def _rows(run: list[list[_Cell]], columns: list[float]) -> list[list[list[_Cell]]]:
    """The run's lines grouped into rows, each row a list of cells (lines of text) per column."""
    tops = [max(c.y1 for c in line) for line in run]
    pitches = [a - b for a, b in zip(tops, tops[1:], strict=False)]
    tight = min(pitches)
    padded = max(pitches) > 1.3 * tight
    rows: list[list[list[_Cell]]] = []
    for index, line in enumerate(run):
        first_column = any(_column(columns, c.x0) == 0 for c in line)
        new_row = index == 0 or (pitches[index - 1] > 1.3 * tight if padded else first_column)
        if new_row:
            rows.append([[] for _ in columns])
        for cell in line:
            rows[-1][_column(columns, cell.x0)].append(cell)
    return rows


def _join(lines: list[_Cell]) -> str:
    text = ""
    for cell in lines:
        if text.endswith("-") and not text.endswith(" -"):
            text = text[:-1] + cell.text  # a word hyphenated across the cell's lines
        else:
            text = f"{text} {cell.text}".strip()
    return text


def _two_column_grid(rows: list[list[list[_Cell]]], texts: list[list[str]]) -> bool:
    """Two columns make a table only under a header row of short names, not a form's labels."""
    header, body = texts[0], texts[1:]
    if not all(header) or any(len(row[0]) > 1 or len(row[1]) > 1 for row in rows[:1]):
        return False  # a header is one line in each column
    if any(len(cell.split()) > HEADER_CELL_WORDS or cell.endswith((".", ":", ",", ";")) for cell in header):
        return False
    if any(MARKER.match(row[0]) for row in texts if row[0]):
        return False  # a numbered list with its text hung beside the numbers
    if any(":" in cell for cell in header):
        return False  # "Name: ... | Name: ...": two forms side by side (a signature block)
    if any(HEADER_NAMES.match(cell) for cell in header):
        return True
    # A form's labels are short beside longer answers; a grid's first column holds content too.
    left = [len(row[0].split()) for row in body if row[0]]
    right = [len(row[1].split()) for row in body if row[1]]
    if not left or not right:
        return False
    return sum(left) / len(left) >= 0.5 * sum(right) / len(right) and (
        any(len(row[0]) >= 2 for row in rows[1:]) or sum(left) / len(left) > 5
    )


def _wrapped_form(
    run: list[list[_Cell]], rows: list[list[list[_Cell]]], texts: list[list[str]], columns: list[float],
    above: list[_Cell] | None = None,
) -> bool:
    """A form whose short labels sit beside longer answers, one label at least wrapped over two lines.

    Read line by line, a wrapped label's second line lands inside the answer ("Financial arrangements
    and Calverley: GBP ... resources Trust: ..."), so such a form is read as a label | answer table.
    Only when it is clear-cut: rows set apart by extra space (so a label's second line cannot be
    taken for the next row's label), every row a label beside an answer, labels no more than a few
    words in a narrow column well clear of the answers, and answers longer than the labels.
    A form whose labels all fit on one line reads rightly as paragraphs and is left to them.
    """
    tops = [max(c.y1 for c in line) for line in run]
    pitches = [a - b for a, b in zip(tops, tops[1:], strict=False)]
    if len(rows) < 2 or max(pitches) <= 1.3 * min(pitches):
        return False  # rows not set apart by space: a label's second line would look like a new row
    if not all(row[0] and row[1] for row in texts):
        return False
    if above and all(abs(cell.x0 - columns[1]) <= ALIGN for cell in above) and (
        max(c.y1 for c in above) - tops[0] <= 1.3 * min(pitches)
    ):
        return False  # the first answer starts above its label (set to the row's foot): not clear-cut
    if not any(len(row[0]) >= 2 for row in rows):
        return False
    labels, answers = [row[0] for row in texts], [row[1] for row in texts]
    if any(len(label.split()) > FORM_LABEL_WORDS or label.endswith((".", ";", ",")) for label in labels):
        return False
    if any(MARKER.match(label) for label in labels):
        return False  # a numbered list with its text hung beside the numbers
    label_cells = [cell for row in rows for cell in row[0]]
    answer_cells = [cell for row in rows for cell in row[1]]
    size = max(cell.size for cell in label_cells + answer_cells)
    label_right = max(cell.x1 for cell in label_cells)
    answer_right = max(cell.x1 for cell in answer_cells)
    if columns[1] - label_right < GAP_EM * size:
        return False
    if label_right - columns[0] > 0.6 * (answer_right - columns[1]):
        return False  # two columns of like width: running text or a grid, not a form
    label_words = sum(len(label.split()) for label in labels) / len(labels)
    answer_words = sum(len(answer.split()) for answer in answers) / len(answers)
    return answer_words >= 1.5 * label_words
