"""The one document model every parser produces and every rule reads."""

from __future__ import annotations

from dataclasses import dataclass, field

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list-item"
TABLE_CELL = "table-cell"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL)


@dataclass(frozen=True)
class Location:
    """Where a piece of text sits, in terms a reader can find in Word or a PDF viewer.

    `paragraph` counts body blocks from 1 in reading order; `section` is the heading path
    ("7. Governance > 7.2 Steering group"); `table`, `row`, `column` count from 1.
    """

    page: int | None = None
    paragraph: int | None = None
    section: str | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def to_dict(self) -> dict[str, int | str | None]:
        return {
            "page": self.page,
            "paragraph": self.paragraph,
            "section": self.section,
            "table": self.table,
            "row": self.row,
            "column": self.column,
        }

    def describe(self) -> str:
        """Short human form, e.g. 'p. 2, ¶14, table 1 row 3 col 2, in "7. Governance"'."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table} row {self.row} col {self.column}")
        elif self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        if self.section:
            parts.append(f'in "{self.section}"')
        return ", ".join(parts) or "document"


@dataclass(frozen=True)
class Block:
    """One unit of body text: a heading, paragraph, list item or table cell."""

    kind: str
    text: str
    location: Location
    level: int = 0  # heading level (1 = top); 0 for non-headings
    number: str | None = None  # clause number as printed ("7.2"), when the source had one
    header_cell: bool = False  # the cell is in a table's header row
    row_label: str | None = None  # text of the first cell in the row (for table cells)
    column_label: str | None = None  # text of the header cell above (for table cells)


@dataclass(frozen=True)
class Document:
    """A parsed submission: body blocks in reading order, page furniture kept apart."""

    path: str
    format: str  # "docx" | "pdf" | "text"
    blocks: tuple[Block, ...]
    furniture: tuple[str, ...] = ()  # running headers and footers, never read as clauses
    title: str | None = None
    pages: int | None = None
    pages_without_text: tuple[int, ...] = ()
    notes: tuple[str, ...] = field(default=())  # parser remarks worth telling the user

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    @property
    def word_count(self) -> int:
        return sum(len(block.text.split()) for block in self.blocks)
