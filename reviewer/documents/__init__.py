"""A file on disk -> the one Document model; library failures become ReviewErrors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reviewer.documents.limits import Limits
from reviewer.documents.model import Block, Document, Location
from reviewer.documents.sniff import DOCUMENT_SUFFIXES, sniff
from reviewer.errors import CorruptDocument, ReviewError, TooLarge, UnreadableFile

__all__ = ["DOCUMENT_SUFFIXES", "Block", "Document", "Limits", "Location", "load"]


def load(path: str | Path, limits: Limits | None = None) -> Document:
    """Parse `path` into a Document, or raise a ReviewError saying why not in plain words."""
    path = Path(path)
    limits = limits or Limits()
    try:
        info = os.stat(path)
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(path, "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # A named pipe or device: opening it could block for ever or never end.
            raise UnreadableFile(path, "this is not a regular file (a pipe, socket or device)")
        if size > limits.max_bytes:
            raise TooLarge(
                path, f"the file is {_size(size)}, over the limit of {_size(limits.max_bytes)}"
            )
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError as exc:
        raise UnreadableFile(path, "the file does not exist") from exc
    except PermissionError as exc:
        raise UnreadableFile(path, "the file cannot be read (permission denied)") from exc
    except OSError as exc:
        raise UnreadableFile(path, f"the file cannot be read ({exc.strerror or exc})") from exc

    kind = sniff(path, head)
    try:
        document = _read(path, kind, limits)
    except ReviewError:
        raise
    except RecursionError as exc:
        raise CorruptDocument(path, "the document's structure is nested too deeply to read") from exc
    _check_text_size(document, limits)
    return document


def _size(count: int) -> str:
    return f"{count / 1048576:.1f} MB" if count >= 1048576 else f"{max(count // 1024, 1)} KB"


def _read(path: Path, kind: str, limits: Limits) -> Document:
    if kind == "docx":
        from reviewer.documents.docx_reader import read_docx

        return read_docx(path, limits)
    if kind == "pdf":
        from reviewer.documents.pdf_reader import read_pdf

        return read_pdf(path, limits)
    from reviewer.documents.text_reader import read_text

    return read_text(path)


def _check_text_size(document: Document, limits: Limits) -> None:
    """Refuse text no real submission has, before the language pipeline has to hold it."""
    longest = max((len(block.text) for block in document.blocks), default=0)
    if longest > limits.max_block_chars:
        raise TooLarge(
            document.path,
            f"one paragraph is {longest:,} characters long, over the limit of "
            f"{limits.max_block_chars:,}",
        )
    total = sum(len(block.text) for block in document.blocks)
    if total > limits.max_text_chars:
        raise TooLarge(
            document.path,
            f"the document holds {total:,} characters of text, over the limit of "
            f"{limits.max_text_chars:,}",
        )
