"""Assembles blocks in reading order, numbering paragraphs and tracking the heading path.

Every parser feeds this one builder so that locations mean the same thing for every format.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reviewer.documents.model import HEADING, PARAGRAPH, TABLE_CELL, Block, Location

CLAUSE_NUMBER = re.compile(r"^\s*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\)|[A-Z]\.|\([a-z]\)|[ivx]+\.)\s+")
WHITESPACE = re.compile(r"\s+")
# A line that opens with a short "Label:" is a form field and starts its own paragraph.
FIELD_START = re.compile(r"^[A-Z][\w /&'()\-]{1,40}:\s")
BLANK = "(left blank)"
ABBREVIATION = re.compile(r"(?i)(no|nos|nr|num|ref|refs|approx|est|qty|dept|org)\.")
HEADER_WORDS = re.compile(
    r"\b(field|item|question|section|heading|details?|answers?|responses?|descriptions?|"
    r"information|content|part(y|ies)|contributions?|names?|roles?|organi[sz]ations?)\b",
    re.I,
)


def clean(text: str) -> str:
    """Collapse whitespace and drop soft hyphens and zero-width characters."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return WHITESPACE.sub(" ", text).strip()


def clause_number(text: str) -> str | None:
    match = CLAUSE_NUMBER.match(text)
    return match.group(1).rstrip(".") if match else None


class BlockBuilder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._headings: list[tuple[int, str]] = []
        self._tables = 0
        self._last_table: tuple[list[list[str]], list[int | None]] | None = None  # rows, their pages

    @property
    def section(self) -> str | None:
        return " > ".join(text for _, text in self._headings) or None

    def heading(self, text: str, level: int, page: int | None = None, number: str | None = None):
        text = clean(text)
        if not text:
            return
        level = max(1, level)
        while self._headings and self._headings[-1][0] >= level:
            self._headings.pop()
        self._headings.append((level, text[:80]))
        self._add(HEADING, text, page, level=level, number=number or clause_number(text))

    def extend_heading(self, text: str) -> None:
        """Append a wrapped continuation line to the heading just added."""
        last = self.blocks[-1]
        merged = f"{last.text} {clean(text)}"
        level, _ = self._headings[-1]
        self._headings[-1] = (level, merged[:80])
        location = replace(last.location, section=self.section)
        self.blocks[-1] = replace(last, text=merged, location=location)

    def continue_paragraph(self, text: str, runs_on: bool = False) -> bool:
        """Append `text` to the last paragraph when that one stops mid-sentence; True if it did.

        A PDF paragraph broken by a page turn resumes in lower case on the next page:
        "... Orrin funds a 0.6 WTE diabetes" / "specialist nurse for 12 months (GBP 34,500)".
        `runs_on`: the last paragraph's last line ran full to the margin, so a capital or a quote
        may resume it too: "... at Westerleigh Eye Hospital (the" / '"Clinic"). Nuvera ...'.
        """
        text = clean(text)
        last = self.blocks[-1] if self.blocks else None
        if not ((runs_on or text[:1].islower()) and last is not None and last.kind == PARAGRAPH):
            return False
        if re.search(r"[.;:!?]\W*$", last.text):
            return False
        self.blocks[-1] = replace(last, text=f"{last.text} {text}")
        return True

    def paragraph(self, text: str, kind: str, page: int | None = None, number: str | None = None):
        text = clean(text)
        if text:
            self._add(kind, text, page, number=number or clause_number(text))

    def table(self, rows: list[list[str]], page: int | None = None, continues: bool = False) -> None:
        """Add a table's cells; the first row is taken as a header row when it looks like one.

        `continues`: the rows may be the rest of the table just added, broken by a page or column
        turn; they join it (as one table, one header) when nothing came between and the widths
        match. A header row repeated at the top of the new page is dropped.
        """
        rows = [[clean(cell) for cell in row] for row in rows]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        pages = [page] * len(rows)
        last = self._last_table
        if (
            continues and last is not None and self.blocks and self.blocks[-1].kind == TABLE_CELL
            and self.blocks[-1].location.table == self._tables
            and max(map(len, rows)) == max(map(len, last[0]))
        ):
            if rows[0] in last[0][:2]:  # the header (or caption) repeated on the new page
                rows, pages = rows[1:], pages[1:]
                if not rows:
                    return
            while self.blocks and self.blocks[-1].location.table == self._tables:
                self.blocks.pop()
            self._tables -= 1
            rows, pages = last[0] + rows, last[1] + pages
        self._last_table = (rows, pages)
        self._tables += 1
        field_table = _is_field_table(rows)
        if field_table:
            # A form row whose answer was left empty must still be visible to the rules.
            rows = [[row[0], row[1] or BLANK] if row[0] else row for row in rows]
        # A first row of one merged cell over a wider table is a caption; the header follows it.
        # A PDF's table finder (and an unmerged Word row) gives it as its text and empty cells.
        caption = len(rows[0]) == 1 or (
            not field_table and len(rows[0]) > 2 and rows[0][0] and not any(rows[0][1:])
        )
        first = 1 if len(rows) > 2 and caption and max(map(len, rows)) > 1 else 0
        header_row = first + 1
        header = (
            rows[first]
            if len(rows) > first + 1 and _looks_like_header(rows[first])
            and (not field_table or HEADER_WORDS.search(" ".join(rows[first])))
            else None
        )
        for r, (row, row_page) in enumerate(zip(rows, pages, strict=True), start=1):
            for c, cell in enumerate(row, start=1):
                if not cell:
                    continue
                location = Location(
                    page=row_page,
                    paragraph=len(self.blocks) + 1,
                    section=self.section,
                    table=self._tables,
                    row=r,
                    column=c,
                )
                column_label = header[c - 1] if header and c - 1 < len(header) else None
                self.blocks.append(
                    Block(
                        TABLE_CELL,
                        cell,
                        location,
                        header_cell=header is not None and r == header_row,
                        row_label=row[0] if c > 1 and row[0] else None,
                        column_label=column_label if r > header_row else None,
                    )
                )

    def _add(self, kind: str, text: str, page: int | None, level: int = 0, number=None) -> None:
        location = Location(page=page, paragraph=len(self.blocks) + 1, section=self.section)
        self.blocks.append(Block(kind, text, location, level=level, number=number))


def _is_field_table(rows: list[list[str]]) -> bool:
    """Two columns of "Field | answer", as in most NHS PID and summary templates."""
    if any(len(row) != 2 for row in rows) or len(rows) < 2:
        return False
    labels = [len(row[0].split()) for row in rows if row[0]]
    answers = [len(row[1].split()) for row in rows if row[1]]
    return bool(labels) and max(labels) <= 8 and sum(answers) / max(len(answers), 1) >= sum(
        labels
    ) / len(labels)


def _looks_like_header(row: list[str]) -> bool:
    filled = [cell for cell in row if cell]
    # A full stop ends a sentence, not a column name, except in an abbreviation: "No.", "Ref.".
    return bool(filled) and all(
        len(cell.split()) <= 6 and (not cell.endswith(".") or ABBREVIATION.fullmatch(cell)) for cell in filled
    )
