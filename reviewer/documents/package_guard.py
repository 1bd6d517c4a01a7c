"""Safety checks on a .docx package before python-docx parses any of it.

A .docx is a zip of XML parts, and both layers can be turned against a reader: a zip bomb
(tiny archive, huge parts; or a directory that under-states a part's size), tens of thousands
of parts, or XML with a document type declaration (entity expansion, "billion laughs", or
external entities that read local files). Word never writes a DTD into a package, so any
part that declares one is refused outright rather than parsed with entities switched off.

`inspect_package` streams every part once, counting the bytes that really come out (zipfile
checks each part's CRC at its end) and scanning XML parts for "<!DOCTYPE" / "<!ENTITY" in
UTF-8 and UTF-16. It returns the bytes python-docx should open: the file itself, or for a
macro-enabled document or a template an in-memory copy whose main part is relabelled as a
plain document, because python-docx only opens the plain-document content type. Nothing in
the package is ever run.
"""

from __future__ import annotations

import codecs
import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from reviewer.documents.limits import Limits
from reviewer.errors import BadFormat, CorruptDocument, TooLarge

MAIN_DOCUMENT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Main-part content types that hold the same WordprocessingML as a plain document.
WORD_VARIANTS = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
DTD_MARKERS = ("<!DOCTYPE", "<!ENTITY")
NOT_XML = (
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".bin",
    ".ttf", ".odttf", ".fntdata", ".mp4", ".wav", ".htm", ".html", ".mht", ".mhtml", ".xhtml",
)
CHUNK = 1 << 16
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Package:
    """What python-docx should open, and what the checks learned on the way."""

    source: str | io.BytesIO
    has_macros: bool
    relabelled: bool  # a macro-enabled document or template opened as a plain document


def inspect_package(path: Path, limits: Limits) -> Package:
    """Check the zip and its XML parts; raise a ReviewError, or return what to open."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_declared(path, infos, limits)
            content_types = None
            for info in infos:
                data = _read_checked(path, archive, info, limits)
                if info.filename == "[Content_Types].xml":
                    content_types = data
            has_macros = any(i.filename.lower().endswith("vbaproject.bin") for i in infos)
            if content_types is None or not any(v in content_types for v in WORD_VARIANTS):
                return Package(str(path), has_macros, relabelled=False)
            return Package(_relabelled(archive, infos), has_macros, relabelled=True)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error,
            lzma.LZMAError) as exc:  # a damaged header offset surfaces as OSError from seek
        raise CorruptDocument(path, "the Word file is damaged (its zip structure is broken)") from exc
    except NotImplementedError as exc:  # a compression method zipfile does not support
        raise CorruptDocument(path, "the Word file uses a zip compression Word does not") from exc


def _check_declared(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_entries:
        raise TooLarge(
            path,
            f"the Word file holds {len(infos)} parts, over the safety limit of "
            f"{limits.max_zip_entries}",
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise CorruptDocument(
            path, "parts of the Word file are zip-encrypted, which Word never does"
        )
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > limits.max_unzipped_bytes:
        raise TooLarge(
            path,
            f"the Word file unpacks to {unpacked // MEGABYTE} MB, over the safety limit of "
            f"{limits.max_unzipped_bytes // MEGABYTE} MB",
        )
    if unpacked > MEGABYTE and unpacked / packed > limits.max_zip_ratio:
        raise TooLarge(
            path,
            f"the Word file unpacks to {unpacked // MEGABYTE} MB from "
            f"{max(packed // 1024, 1)} KB, a compression ratio over the safety limit of "
            f"{limits.max_zip_ratio}:1 (a 'zip bomb')",
        )


def _read_checked(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits):
    """Stream one part; return its bytes if it is [Content_Types].xml, else None."""
    name = info.filename
    # Any part can be declared XML in [Content_Types].xml whatever its name, so every part is
    # scanned except media and the HTML chunks Word embeds (which may carry an HTML doctype).
    is_xml = not name.lower().endswith(NOT_XML)
    keep = name == "[Content_Types].xml"
    scanner = _DtdScanner() if is_xml else None
    kept = bytearray()
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK):
            total += len(chunk)
            if total > info.file_size or total > limits.max_unzipped_bytes:
                raise CorruptDocument(path, f"the Word file's part {name} is bigger than declared")
            if scanner is not None and scanner.feed(chunk):
                raise BadFormat(
                    path,
                    f"the Word file's part {name} declares an XML DTD or entities, which Word "
                    "never writes (a sign of a crafted file); it was not opened",
                    "open it in Word, save a fresh copy and try again",
                )
            if keep:
                kept += chunk
    if total != info.file_size:
        raise CorruptDocument(path, f"the Word file's part {name} is shorter than declared")
    return bytes(kept) if keep else None


class _DtdScanner:
    """Finds DTD markup in a byte stream in any encoding an XML parser would detect."""

    def __init__(self) -> None:
        self.decoder = None
        self.tail = ""

    def feed(self, chunk: bytes) -> bool:
        if self.decoder is None:
            self.decoder = codecs.getincrementaldecoder(_encoding(chunk))(errors="replace")
        text = self.tail + self.decoder.decode(chunk)
        if any(marker in text for marker in DTD_MARKERS):
            return True
        self.tail = text[-16:]
        return False


def _encoding(head: bytes) -> str:
    # libxml2 detects these from the first bytes too, so the scan must read them the same way.
    if head.startswith((codecs.BOM_UTF32_LE, b"<\x00\x00\x00")):
        return "utf-32-le"
    if head.startswith((codecs.BOM_UTF32_BE, b"\x00\x00\x00<")):
        return "utf-32-be"
    if head.startswith(b"\x4c\x6f\xa7\x94"):  # "<?xm" in EBCDIC
        return "cp500"
    if head.startswith((codecs.BOM_UTF16_LE, b"<\x00")):
        return "utf-16-le"
    if head.startswith((codecs.BOM_UTF16_BE, b"\x00<")):
        return "utf-16-be"
    # UTF-8 and every single-byte encoding spell "<!DOCTYPE" with the same ASCII bytes.
    return "latin-1"


def _relabelled(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> io.BytesIO:
    """An uncompressed in-memory copy whose main part is labelled a plain Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for info in infos:
            data = archive.read(info)
            if info.filename == "[Content_Types].xml":
                for variant in WORD_VARIANTS:
                    data = data.replace(variant, MAIN_DOCUMENT)
            copy.writestr(info.filename, data)
    buffer.seek(0)
    return buffer

