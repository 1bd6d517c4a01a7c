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
class Unread:
    """Content the reader saw but could not read as text: a scanned page, a pasted picture."""

    kind: str  # "page" (a whole PDF page), "picture", "object" (an embedded file)
    where: str  # "page 4", "picture after ¶12"
    reason: str  # "the page is an image with no text layer"
    page: int | None = None


@dataclass(frozen=True)
class Coverage:
    """How much of a document was read as text, so a rule never calls unread content absent."""

    pages_total: int | None = None  # None when the format has no reliable pages (.docx, .txt)
    blocks: int = 0  # blocks of text read
    unread: tuple[Unread, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unread

    @property
    def unread_pages(self) -> tuple[int, ...]:
        return tuple(sorted({u.page for u in self.unread if u.kind == "page" and u.page}))

    @property
    def pages_read(self) -> int | None:
        return None if self.pages_total is None else self.pages_total - len(self.unread_pages)

    def unread_summary(self) -> str:
        """'pages 4, 7 (no text layer)' or '1 picture after ¶12': what could not be read."""
        pages = self.unread_pages
        parts = []
        if pages:
            word = "page" if len(pages) == 1 else "pages"
            parts.append(f"{word} {', '.join(map(str, pages))} (no text layer)")
        others = [u for u in self.unread if u.kind != "page"]
        parts.extend(f"{u.where} ({u.reason})" for u in others[:3])
        if len(others) > 3:
            parts.append(f"{len(others) - 3} more item(s)")
        return "; ".join(parts)

    def describe(self) -> str:
        """One line for a report header: 'Read 9 of 12 pages; pages 4, 7, 11 have no text layer'."""
        if self.pages_total is not None:
            total = self.pages_total
            head = (f"Read {'all ' if total != 1 else ''}{total} page{'s' if total != 1 else ''}"
                    if not self.unread_pages else f"Read {self.pages_read} of {total} pages")
        else:
            head = f"Read {self.blocks} block{'s' if self.blocks != 1 else ''} of text"
        if self.complete:
            return head + "; nothing left unread"
        pages = self.unread_pages
        tail = []
        if pages:
            tail.append(f"{'page' if len(pages) == 1 else 'pages'} {', '.join(map(str, pages))} "
                        f"{'has' if len(pages) == 1 else 'have'} no text layer")
        others = [u for u in self.unread if u.kind != "page"]
        if others:
            tail.append("could not read " + "; ".join(f"{u.where} ({u.reason})" for u in others[:3])
                        + (f"; and {len(others) - 3} more" if len(others) > 3 else ""))
        return head + "; " + "; ".join(tail)

    def to_dict(self) -> dict:
        return {
            "complete": self.complete,
            "pages_total": self.pages_total,
            "pages_read": self.pages_read,
            "unread_pages": list(self.unread_pages),
            "blocks_read": self.blocks,
            "unread": [
                {"kind": u.kind, "where": u.where, "reason": u.reason, "page": u.page}
                for u in self.unread
            ],
            "summary": self.describe(),
        }


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
    coverage: Coverage = field(default_factory=Coverage)  # what was read; readers fill it

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    @property
    def word_count(self) -> int:
        return sum(len(block.text.split()) for block in self.blocks)
