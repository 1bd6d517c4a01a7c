"""Identify a file's real format from its leading bytes, never from its extension.

Users rename files, e-mail systems rewrite extensions and Word saves RTF or HTML with any name
it likes, so the extension is only used to choose between equally plausible readings.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from reviewer.errors import BadFormat, CorruptDocument, EmptyDocument, EncryptedDocument

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Notepad's "Unicode" text files
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCUMENT_SUFFIXES = {".docx", ".docm", ".pdf", ".doc", *TEXT_SUFFIXES}


def sniff(path: Path, head: bytes) -> str:
    """Return "docx", "pdf" or "text" for `path` whose first bytes are `head`, or raise."""
    if not head:
        raise EmptyDocument(path, "the file is empty (0 bytes)")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE2_MAGIC):
        if _ole_is_encrypted_ooxml(path):
            raise EncryptedDocument(path, "the Word document is password-protected")
        raise BadFormat(
            path,
            "this is a legacy Word 97-2003 (.doc) or other Office binary file, which is not supported",
            "open it in Word and use Save As > Word Document (.docx)",
        )
    stripped = head.lstrip()[:64].lower()
    if stripped.startswith(b"{\\rtf"):
        raise BadFormat(path, "the file is RTF (rich text), not Word or PDF")
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512].lower():
        raise BadFormat(path, "the file is a web page (HTML), not Word or PDF")
    if path.suffix.lower() in TEXT_SUFFIXES and _looks_like_text(head):
        return "text"
    if path.suffix.lower() in TEXT_SUFFIXES and head.startswith(UTF16_BOMS):
        encoding = "utf-16-le" if head[0] == 0xFF else "utf-16-be"
        if _looks_like_text(head[2:].decode(encoding, errors="replace").encode("utf-8")):
            return "text"
    if _looks_like_text(head):
        raise BadFormat(
            path, f"the file is plain text although it is named {path.suffix or 'without extension'}"
        )
    raise BadFormat(path, "the file is not a Word (.docx), PDF or text document")


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
            NotImplementedError) as exc:  # NotImplementedError: "zip file version 8.4"
        raise CorruptDocument(path, "the Word file is damaged (its zip structure is broken)") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        raise BadFormat(path, "the file is an Excel or PowerPoint file, not a Word document")
    if "[Content_Types].xml" in names:
        raise CorruptDocument(path, "the Word file has no main document part")
    raise BadFormat(path, "the file is a zip archive, not a Word document")


def _ole_is_encrypted_ooxml(path: Path) -> bool:
    # Word wraps a password-protected .docx in an OLE2 container holding an "EncryptedPackage"
    # stream; its directory entry names are UTF-16LE. Scanning the directory bytes is enough to
    # tell it from a legacy .doc without an OLE parser dependency.
    with open(path, "rb") as handle:
        data = handle.read(4 * 1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in data


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    # A read of the first bytes may cut a UTF-8 character in two, so allow a few bad bytes.
    sample = head.decode("utf-8", errors="replace")
    if sample.count("\ufffd") > 2:
        sample = head.decode("cp1252", errors="replace")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in sample)
    return printable / max(len(sample), 1) > 0.95
