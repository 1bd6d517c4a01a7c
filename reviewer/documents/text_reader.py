"""Plain-text and Markdown submissions -> Document; also how rule examples become documents."""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.documents.builder import FIELD_START, BlockBuilder, clause_number
from reviewer.documents.model import LIST_ITEM, PARAGRAPH, Coverage, Document
from reviewer.errors import EmptyDocument

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
MD_LIST = re.compile(r"^\s*([-*+•]|\d{1,3}[.)])\s+(.*)$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
# Markdown emphasis markers (*word*, __word__) are formatting, not text.
EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
UNDERLINE = re.compile(r"^\s*(={3,}|-{3,}|~{3,})\s*$")


def read_text(path: Path) -> Document:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    document = parse_text(text, str(path))
    if not document.blocks:
        raise EmptyDocument(path, "the file has no text")
    return document


def parse_text(text: str, path: str = "<text>") -> Document:
    """Turn Markdown-ish text into blocks: #/numbered/CAPS headings, lists, pipe tables."""
    builder = BlockBuilder()
    paragraph: list[str] = []
    table: list[list[str]] = []

    def flush():
        if paragraph:
            builder.paragraph(" ".join(paragraph), PARAGRAPH)
            paragraph.clear()
        if table:
            builder.table(list(table))
            table.clear()

    for line in _bare_tables(text.splitlines()):
        line = EMPHASIS.sub(r"\2", line)
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if TABLE_ROW.match(stripped):
            if paragraph:
                builder.paragraph(" ".join(paragraph), PARAGRAPH)
                paragraph.clear()
            if not TABLE_RULE.match(stripped):
                table.append([cell.strip() for cell in stripped.strip("|").split("|")])
            continue
        if table:
            flush()
        if UNDERLINE.match(stripped):
            # A setext underline makes the line above a heading ("The problem" / "-----").
            if len(paragraph) == 1:
                title = paragraph.pop()
                builder.heading(title, 1 if stripped.startswith("=") else 2)
            continue
        heading = MD_HEADING.match(stripped)
        if heading:
            flush()
            builder.heading(heading.group(2).strip("# "), len(heading.group(1)))
            continue
        if _plain_heading(stripped):
            flush()
            number = clause_number(stripped)
            builder.heading(stripped, number.count(".") + 1 if number else 2)
            continue
        item = MD_LIST.match(line)
        if item and not clause_number(stripped):
            flush()
            builder.paragraph(item.group(2), LIST_ITEM)
            continue
        if (clause_number(stripped) or FIELD_START.match(stripped)) and paragraph:
            flush()
        paragraph.append(stripped)
    flush()
    title = next((b.text for b in builder.blocks[:5] if b.kind == "heading"), None)
    return Document(path=path, format="text", blocks=tuple(builder.blocks), title=title,
                    coverage=Coverage(blocks=len(builder.blocks)))  # plain text is read in full


def _plain_heading(line: str) -> bool:
    """A short line in capitals, or a short numbered line without a full stop ("7. Governance")."""
    words = line.split()
    if len(words) > 10 or line.endswith((".", ",", ";", ":")) and not line.isupper():
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if letters and len(letters) > 3 and all(ch.isupper() for ch in letters):
        return True
    number = clause_number(line)
    return bool(number) and "." not in number.rstrip(".") and len(words) <= 6 and not line.endswith(".")


def _bare_tables(lines: list[str]) -> list[str]:
    """Give outer pipes to rows of a table typed without them ("Partner | Contribution").

    Two or more consecutive lines with the same number (two or more) of " | " separated cells are
    a table; a lone line such as a running footer ("Trust | PID v2 | page 1") is left as text.
    """
    def cells(line: str) -> int:
        stripped = line.strip()
        if not stripped or stripped.startswith("|") or " | " not in stripped:
            return 0
        return stripped.count(" | ") + 1

    result = list(lines)
    start = 0
    while start < len(lines):
        width = cells(lines[start])
        end = start + 1
        while width and end < len(lines) and cells(lines[end]) == width:
            end += 1
        if width and end - start >= 2:
            for i in range(start, end):
                result[i] = f"| {lines[i].strip()} |"
        start = end
    return result

