#!/usr/bin/env python3
"""Generate hostile and broken input files for jwreview.

Run from the repository root:

    /work/venv/bin/python tests/hostile/make_hostile_corpus.py [OUT_DIR]

OUT_DIR defaults to tests/hostile/corpus/, which git ignores. Every file is built from scratch
here (nothing is downloaded), so the corpus can be regenerated at any time. `CASES` maps each
file name to the extra command-line options it is reviewed with and the outcome it must end in:
"review" (a report) or one of the error codes in reviewer/errors.py. The tests in
tests/test_hostile.py read that table.

Needs the dev extra (reportlab, pypdf, msoffcrypto-tool) as well as python-docx.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus"

BODY = [
    ("h", "Project Initiation Document: Heart Failure Pathway Joint Working"),
    ("h", "1. Parties"),
    ("p", "This joint working project is between Northshire Integrated Care Board and "
          "Acme Pharma UK Ltd. Contact Dr Jane Smith at jane.smith@example.nhs.uk or "
          "020 7946 0018."),
    ("h", "2. Patient benefit"),
    ("p", "Patients will benefit from faster diagnosis and fewer admissions."),
    ("h", "3. Exit strategy"),
    ("p", "Either party may end the project with three months' notice in writing."),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_CT = "application/vnd.ms-word.document.macroEnabled.main+xml"


@dataclass(frozen=True)
class Case:
    name: str
    expect: tuple[str, ...]  # "review" and/or error codes; any one of them is acceptable
    args: tuple[str, ...] = ()
    what: str = ""


CASES: list[Case] = []


def case(name: str, expect, args=(), what=""):
    expect = (expect,) if isinstance(expect, str) else tuple(expect)
    CASES.append(Case(name, expect, tuple(args), what))


# ---------------------------------------------------------------------------------------------
# Building blocks


def document_xml(paragraphs: list[str] | None = None, extra: str = "", prolog: str = "") -> bytes:
    texts = paragraphs if paragraphs is not None else [text for _, text in BODY]
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>' for text in texts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{prolog}<w:document xmlns:w=\"{W_NS}\"><w:body>{body}{extra}</w:body></w:document>"
    ).encode()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def content_types(main_type: str = MAIN_CT, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>{extra}</Types>'
    ).encode()


ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def build_docx(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx from raw parts; missing standard parts are filled in."""
    parts = dict(parts)
    parts.setdefault("[Content_Types].xml", content_types())
    parts.setdefault("_rels/.rels", ROOT_RELS)
    parts.setdefault("word/document.xml", document_xml())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            if data is None:
                continue
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def python_docx_bytes() -> bytes:
    """A genuine Word document made by python-docx (with styles, settings, core properties)."""
    import docx

    word = docx.Document()
    for kind, text in BODY:
        if kind == "h":
            word.add_heading(text, level=1)
        else:
            word.add_paragraph(text)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def pdf_bytes(pages: int = 1, text: bool = True) -> bytes:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        y = 800
        if text:
            for kind, line in BODY:
                pdf.setFont("Helvetica-Bold" if kind == "h" else "Helvetica", 11)
                pdf.drawString(50, y, line[:95])
                y -= 20
            pdf.drawString(280, 30, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1, xref: bool = True, extra_trailer: bytes = b""):
    """A PDF assembled by hand from numbered object bodies (object i+1 is objects[i])."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, extra_trailer, start)
    )
    return out.getvalue()


def stream(data: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


def image_only_pdf() -> bytes:
    """One page showing a grey-scale image and no text: what a scanner produces."""
    width = height = 64
    pixels = bytes((x * 4 + y) % 256 for y in range(height) for x in range(width))
    image = stream(
        zlib.compress(pixels),
        b"/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode ",
    )
    content = stream(b"q 500 0 0 700 50 70 cm /Im1 Do Q")
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        content,
        image,
    ])


def text_pdf_objects(extra_catalog: bytes = b"", pages_count: int = 1) -> list[bytes]:
    content = stream(
        b"BT /F1 12 Tf 50 780 Td (Joint working project between Northshire ICB and "
        b"Acme Pharma UK Ltd.) Tj 0 -20 Td (Exit strategy: either party may end it.) Tj ET"
    )
    return [
        b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % pages_count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def encrypt_pdf(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypt_docx(data: bytes) -> bytes:
    """A password-protected .docx (an OLE container holding the encrypted package)."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile

        out = io.BytesIO()
        OOXMLFile(io.BytesIO(data)).encrypt("secret", out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - fall back to a container that only looks encrypted
        return ole_bytes(stream_name="EncryptedPackage")


def ole_bytes(stream_name: str = "WordDocument") -> bytes:
    """An OLE2 compound-file header and a directory naming `stream_name`: enough to sniff."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3)
    header = header.ljust(512, b"\xff")
    directory = stream_name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    return header + directory.ljust(512, b"\x00") * 4


def zip_with_lying_sizes(real: bytes, claimed: int = 100) -> bytes:
    """A .docx whose central directory says document.xml is tiny when it is not."""
    data = bytearray(real)
    name = b"word/document.xml"
    position = 0
    while True:
        position = data.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46: position + 46 + name_length]) == name:
            struct.pack_into("<I", data, position + 24, claimed)  # uncompressed size
            local = struct.unpack_from("<I", data, position + 42)[0]
            struct.pack_into("<I", data, local + 22, claimed)
        position += 4
    return bytes(data)


# ---------------------------------------------------------------------------------------------
# The corpus


def build(out: Path) -> list[Case]:
    """Write every case into `out` (created if needed) and return the table of cases."""
    out.mkdir(parents=True, exist_ok=True)
    CASES.clear()
    good_docx = python_docx_bytes()
    good_pdf = pdf_bytes()

    def write(name: str, data: bytes, expect, args=(), what=""):
        (out / name).write_bytes(data)
        case(name, expect, args, what)

    # Controls: the hostile set is only meaningful if good files are reviewed.
    write("control.docx", good_docx, "review", what="a genuine Word document")
    write("control.pdf", good_pdf, "review", what="a genuine PDF")
    write("control.md", "\n\n".join(t for _, t in BODY).encode(), "review", what="Markdown")

    # Zero-byte and near-empty files.
    for suffix in ("docx", "pdf", "txt", "docm"):
        write(f"zero-bytes.{suffix}", b"", "empty", what="a zero-byte file")
    write("whitespace.txt", b" \n\t\n  \r\n", "empty", what="only white space")
    write("nul-bytes.docx", b"\x00" * 4096, "bad-format", what="NUL bytes named .docx")
    write("random-junk.pdf", bytes(range(256)) * 40, "bad-format", what="binary junk")

    # Formats that are not what their names say.
    write("legacy-word-97.doc", ole_bytes(), "bad-format", what="OLE2 .doc")
    write("legacy-named.docx", ole_bytes(), "bad-format", what="OLE2 .doc renamed .docx")
    write("password.docx", encrypt_docx(good_docx), "encrypted", what="password-protected .docx")
    write("rtf-saved-as.docx", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Joint "
          b"working project.\\par }", "bad-format", what="RTF renamed .docx")
    write("html-saved-as.docx", b"<!DOCTYPE html><html><body><p>Joint working</p></body></html>",
          "bad-format", what="HTML renamed .docx")
    write("word-html-saved-as.docx", b"<html xmlns:o='urn:schemas-microsoft-com:office:office'>"
          b"<head><meta charset=utf-8></head><body>Joint working</body></html>",
          "bad-format", what="Word's 'Web page' format renamed .docx")
    write("mhtml-saved-as.docx", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; "
          b"boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<html><body>Joint "
          b"working</body></html>\r\n--x--\r\n", "bad-format", what="single-file web page")
    write("text-named.pdf", b"Joint working project between an ICB and a company.\n",
          "bad-format", what="plain text renamed .pdf")
    write("xlsx-named.docx", build_docx({"xl/workbook.xml": b"<workbook/>",
                                         "word/document.xml": None}),
          "bad-format", what="a spreadsheet renamed .docx")
    write("plain-zip.docx", build_docx({"readme.txt": b"hello", "[Content_Types].xml": None,
                                        "_rels/.rels": None, "word/document.xml": None}),
          "bad-format", what="an ordinary zip archive renamed .docx")
    write("utf16-text.txt", "Joint working between an ICB and Acme Pharma UK Ltd.\n"
          .encode("utf-16"), "review", what="UTF-16 text with a byte-order mark")
    write("latin1-text.txt", "Caf\xe9 meeting \xa3500 joint working.\n".encode("latin-1"),
          "review", what="Latin-1 text")

    # Macros: reviewed, never run, and noted.
    macro_docx = build_docx({
        "[Content_Types].xml": content_types(MACRO_CT),
        "word/vbaProject.bin": ole_bytes("VBA") + b"Sub AutoOpen()\r\nShell \"calc\"\r\nEnd Sub",
    })
    write("macros.docm", macro_docx, "review", what="macro-enabled document")
    write("macros-named.docx", macro_docx, "review", what="macro-enabled document named .docx")
    write("template.dotx-named.docx", build_docx({"[Content_Types].xml": content_types(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")}),
        "review", what="a Word template renamed .docx")

    # Zip bombs and damaged zips.
    write("zip-bomb-ratio.docx", build_docx({"word/document.xml": document_xml(
        extra=" " * (30 * 1024 * 1024))}), "too-large", what="30 MB of spaces: ratio bomb")
    bomb = build_docx({"word/media/zeros.bin": b"\x00" * (40 * 1024 * 1024)})
    write("zip-bomb-size.docx", bomb, "too-large", what="a 40 MB part packed into 40 KB")
    write("zip-lying-sizes.docx", zip_with_lying_sizes(build_docx({
        "word/document.xml": document_xml([("Joint working paragraph. " * 40)] * 200)})),
        "corrupt", what="central directory under-states a part's size")
    many = {f"word/media/f{i}.xml": b"<a/>" for i in range(12000)}
    write("zip-many-entries.docx", build_docx(many, zipfile.ZIP_STORED), "too-large",
          what="12,000 parts")
    write("zip-truncated.docx", good_docx[: len(good_docx) // 2], "corrupt",
          what="a .docx cut in half")
    write("zip-no-main-part.docx", build_docx({"word/document.xml": None}), "corrupt",
          what="no word/document.xml")
    write("zip-no-content-types.docx", build_docx({"[Content_Types].xml": None}), "corrupt",
          what="no [Content_Types].xml")
    write("zip-bad-xml.docx", build_docx({"word/document.xml": b"<w:document><w:body><w:p>"}),
          "corrupt", what="malformed document.xml")
    write("zip-empty-body.docx", build_docx({"word/document.xml": document_xml([])}), "empty",
          what="a Word document with no text")
    write("zip-encrypted-entry.docx", _zip_with_encrypted_flag(good_docx), "corrupt",
          what="zip entries flagged as encrypted")

    # XML attacks inside .docx parts.
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + "]>"
    )
    write("xml-billion-laughs.docx", build_docx({"word/document.xml": document_xml(
        ["&lol9;"], prolog=laughs).replace(b"&amp;lol9;", b"&lol9;")}), "bad-format",
        what="entity expansion (billion laughs)")
    xxe = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    write("xml-external-entity.docx", build_docx({"word/document.xml": document_xml(
        ["&xxe;"], prolog=xxe).replace(b"&amp;xxe;", b"&xxe;")}), "bad-format",
        what="external entity reading /etc/passwd")
    write("xml-xxe-in-rels.docx", build_docx({"_rels/.rels": ROOT_RELS.replace(
        b"<Relationships", b'<!DOCTYPE r [<!ENTITY x SYSTEM "http://example.invalid/x">]>'
        b"<Relationships", 1)}), "bad-format", what="external entity in the package rels")
    write("xml-doctype-utf16.docx", build_docx({"word/document.xml": document_xml(
        prolog=xxe).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
        .encode("utf-16")}), "bad-format", what="DOCTYPE hidden in a UTF-16 part")
    write("xml-deep-nesting.docx", build_docx({"word/document.xml": document_xml(
        extra="<w:sdt><w:sdtContent>" * 5000 + "</w:sdtContent></w:sdt>" * 5000)}),
        ("corrupt", "review"), what="5,000 nested content controls")

    # PDFs.
    write("pdf-password.pdf", encrypt_pdf(good_pdf, "secret", "owner"), "encrypted",
          what="PDF with a user password")
    write("pdf-empty-user-password.pdf", encrypt_pdf(good_pdf, "", "owner"), "review",
          what="PDF encrypted with an empty user password (opens without asking)")
    broken = raw_pdf(text_pdf_objects())
    xref_at = broken.index(b"xref\n")
    write("pdf-broken-xref.pdf", broken[:xref_at] + broken[xref_at:].replace(b"0000000", b"9999999"),
          ("review", "corrupt"), what="xref offsets all wrong")
    write("pdf-no-xref.pdf", raw_pdf(text_pdf_objects(), xref=False), ("review", "corrupt"),
          what="no xref table at all")
    write("pdf-truncated.pdf", good_pdf[: len(good_pdf) * 2 // 3], ("review", "corrupt", "empty"),
          what="a PDF cut short")
    write("pdf-header-only.pdf", b"%PDF-1.7\n", "corrupt", what="nothing after the header")
    write("pdf-images-only.pdf", image_only_pdf(), "no-text", what="a scan: images, no text")
    write("pdf-blank-page.pdf", pdf_bytes(text=False), "empty", what="one blank page")
    write("pdf-no-pages.pdf", raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                       b"<< /Type /Pages /Kids [] /Count 0 >>"]),
          ("corrupt", "empty"), what="a page tree with no pages")
    write("pdf-lying-count.pdf", raw_pdf(text_pdf_objects(pages_count=2_000_000_000)),
          ("review", "corrupt", "too-large"), what="/Count claims two billion pages")
    write("pdf-cyclic-pages.pdf", raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]), ("corrupt", "empty"), what="a page tree that contains itself")
    write("pdf-javascript.pdf", raw_pdf(text_pdf_objects(
        b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ")), "review",
        what="JavaScript on open (never run)")
    write("pdf-too-many-pages.pdf", pdf_bytes(pages=12), "too-large", args=("--max-pages", "5"),
          what="12 pages with --max-pages 5")
    write("pdf-too-big.pdf", pdf_bytes(pages=30), "too-large", args=("--max-size-mb", "0.005"),
          what="over --max-size-mb")
    write("pdf-bad-stream.pdf", raw_pdf([
        *text_pdf_objects()[:3],
        b"<< /Length 999999 /Filter /FlateDecode >>\nstream\nnot zlib at all\nendstream",
        text_pdf_objects()[4],
    ]), ("review", "empty", "corrupt"), what="content stream that is not valid zlib")

    # Text inputs that stress the analysis rather than the parser.
    write("text-one-huge-line.txt", b"joint working " * 150_000, ("review", "too-large"),
          what="2 MB on one line")
    write("text-control-chars.md", b"# Joint working\n\nExit\x00 strategy\x07\x1b[31m: TBC\n",
          ("review", "bad-format"), what="control characters and NULs in Markdown")

    # File-system oddities (a folder named like a document, symlinks, a FIFO, odd names).
    (out / "folder-named.docx").mkdir(exist_ok=True)
    case("folder-named.docx", "usage", what="a folder named .docx given as a file: no documents in it")
    _symlink(out / "control.docx", out / "symlink-to-control.docx")
    case("symlink-to-control.docx", "review", what="a symlink to a good file")
    _symlink(out / "does-not-exist.docx", out / "dangling-symlink.docx")
    case("dangling-symlink.docx", "unreadable", what="a symlink to nothing")
    _symlink(out / "symlink-loop.docx", out / "symlink-loop.docx")
    case("symlink-loop.docx", "unreadable", what="a symlink to itself")
    fifo = out / "named-pipe.txt"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
    if fifo.exists():
        case("named-pipe.txt", "unreadable", what="a FIFO: opening it would block for ever")
    write("missing-suffix", good_docx, "review", what="a .docx without an extension")
    odd = os.fsencode(out) + b"/caf\xe9-latin1-name.txt"
    with open(odd, "wb") as handle:
        handle.write(b"Joint working project notes.\n")
    case(os.fsdecode(b"caf\xe9-latin1-name.txt"), "review", what="a file name that is not UTF-8")
    return list(CASES)


def _symlink(target: Path, link: Path) -> None:
    if link.is_symlink():
        link.unlink()
    link.symlink_to(target)


def _zip_with_encrypted_flag(data: bytes) -> bytes:
    raw = bytearray(data)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = 0
        while (position := raw.find(signature, position)) >= 0:
            flags = struct.unpack_from("<H", raw, position + flag_at)[0]
            struct.pack_into("<H", raw, position + flag_at, flags | 1)
            position += 4
    return bytes(raw)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    cases = build(out)
    for item in cases:
        print(f"{item.name:40} {'/'.join(item.expect):24} {item.what}")
    print(f"{len(cases)} files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
