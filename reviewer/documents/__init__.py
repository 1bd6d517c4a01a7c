"""A file on disk -> the one Document model; library failures become ReviewErrors."""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.documents.limits import Limits
from reviewer.documents.model import Block, Document, Location
from reviewer.documents.sniff import DOCUMENT_SUFFIXES, sniff
from reviewer.errors import ReviewError, TooLarge, UnreadableFile

__all__ = ["DOCUMENT_SUFFIXES", "Block", "Document", "Limits", "Location", "load"]


def load(path: str | Path, limits: Limits | None = None) -> Document:
    """Parse `path` into a Document, or raise a ReviewError saying why not in plain words."""
    path = Path(path)
    limits = limits or Limits()
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise UnreadableFile(path, "this is a folder, not a file")
        if size > limits.max_bytes:
            raise TooLarge(
                path,
                f"the file is {size / 1048576:.1f} MB, over the limit of "
                f"{limits.max_bytes / 1048576:.1f} MB",
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
        if kind == "docx":
            from reviewer.documents.docx_reader import read_docx

            return read_docx(path, limits)
        if kind == "pdf":
            from reviewer.documents.pdf_reader import read_pdf

            return read_pdf(path, limits)
        from reviewer.documents.text_reader import read_text

        return read_text(path)
    except ReviewError:
        raise
    except RecursionError as exc:
        from reviewer.errors import CorruptDocument

        raise CorruptDocument(path, "the document's structure is nested too deeply to read") from exc
