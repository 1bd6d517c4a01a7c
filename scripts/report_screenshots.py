"""Regenerate the README screenshots in docs/images/ from the bundled fixtures.

    python scripts/report_screenshots.py

html-report.png: the HTML report for three submissions, rendered by headless Chromium.
annotated-docx.png: a commented .docx (jwreview --annotate) converted to PDF by LibreOffice
headless with its comments exported as PDF notes, then page 2 rasterised by pdftoppm. LibreOffice
7.4 (Debian 12) cannot print comments in the margin, so the margin boxes are drawn here from
the notes LibreOffice exported: what they show is what LibreOffice read from the Word file.
Needs chromium, soffice and pdftoppm (Debian: chromium, libreoffice-writer-nogui, poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "documents"
IMAGES = ROOT / "docs" / "images"


def main() -> int:
    os.chdir(ROOT)  # so that the report shows paths relative to the repository
    from reviewer.report.annotate_docx import annotate_docx
    from reviewer.report.html import render_html
    from reviewer.review import review_file

    tools = {name: shutil.which(name) for name in ("chromium", "soffice", "pdftoppm")}
    missing = [name for name, path in tools.items() if path is None]
    if missing:
        print(f"report_screenshots: missing {', '.join(missing)}", file=sys.stderr)
        return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        names = ["es-promotional.pdf", "pid-sales-steering.docx", "pid-weak-governance.docx"]
        page = tmp / "report.html"
        reviews = [review_file(FIXTURES.relative_to(ROOT) / n) for n in names]
        page.write_text(render_html(reviews), "utf-8")
        subprocess.run(
            [tools["chromium"], "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--no-first-run", "--window-size=1100,3000",
             f"--screenshot={IMAGES / 'html-report.png'}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )

        annotated = tmp / "pid-sales-steering.reviewed.docx"
        annotated.write_bytes(annotate_docx(review_file(FIXTURES / "pid-sales-steering.docx")).data)
        subprocess.run(
            [tools["soffice"], "--headless", "--norestore",
             f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--convert-to",
             'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
             "--outdir", str(tmp), str(annotated)],
            check=True, capture_output=True, timeout=180,
        )
        margin = tmp / "with-margin.pdf"
        _comments_in_margin(tmp / "pid-sales-steering.reviewed.pdf", 1, margin)
        subprocess.run(
            [tools["pdftoppm"], "-png", "-r", "90", "-singlefile", str(margin),
             str(IMAGES / "annotated-docx")],
            check=True, capture_output=True, timeout=120,
        )
    print(f"report_screenshots: wrote {IMAGES / 'html-report.png'} and "
          f"{IMAGES / 'annotated-docx.png'}")
    return 0


def _comments_in_margin(source: Path, index: int, target: Path) -> None:
    """Page `index` of `source`, widened, with each exported note shown in a box at the side."""
    import textwrap

    import pypdf
    from pypdf.annotations import FreeText, Line
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, RectangleObject

    page = pypdf.PdfReader(source).pages[index]
    notes = [a.get_object() for a in page.get("/Annots") or []
             if a.get_object()["/Subtype"] == "/Text"]
    writer = pypdf.PdfWriter()
    writer.add_page(page)
    out = writer.pages[0]
    width, height = float(out.mediabox.right), float(out.mediabox.top)
    out.mediabox = RectangleObject((0, 0, width + 300, height))
    out[NameObject("/Annots")] = ArrayObject()
    floor = height
    for note in notes:
        _x0, y0, x1, y1 = (float(v) for v in note["/Rect"])
        text = str(note["/Contents"])
        lines = sum(len(textwrap.wrap(line, 52)) or 1 for line in text.splitlines())
        top = min(y1 + 20, floor - 6)
        box_height = lines * 9.5 + 10
        box = FreeText(text=text, rect=(width + 10, top - box_height, width + 290, top),
                       font="Helvetica", font_size="7.5pt", font_color="000000",
                       border_color="c0392b", background_color="fdecea")
        box[NameObject("/F")] = NumberObject(4)
        writer.add_annotation(0, box)
        line = Line(rect=(x1, top - 10, width + 10, y1), p1=(x1, (y0 + y1) / 2),
                    p2=(width + 10, top - 8))
        line[NameObject("/C")] = ArrayObject([FloatObject(0.75), FloatObject(0.22),
                                              FloatObject(0.17)])
        writer.add_annotation(0, line)
        floor = top - box_height
    with open(target, "wb") as handle:
        writer.write(handle)


if __name__ == "__main__":
    sys.exit(main())
