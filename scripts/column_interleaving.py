"""Flag PDF pages whose two text columns the reader ran together line by line.

When the PDF reader misses a page's column gutter, it reads straight across the page and joins
each line of the left column to the line beside it in the right column: "Brantwood's recorded
hypertension prevalence is 7. Outcome measures". This script looks for exactly that, independent
of how the reader decides on columns: on each page it takes the text pieces pdfium gives
(the pieces the reader works from), finds pairs of pieces side by side on one line with a clear
gap between them, on a page that has prose on both sides of that gap, and checks whether some
paragraph, heading or list item of the document holds the two joined ("left right"). Table cells
are never counted: a table row is meant to be read across.

Every labelled tuning document of the dev split (the label files in scripts/evaluate.py; never
the eval split, eval/ or holdout*/) is checked, or the files given.

Usage: python scripts/column_interleaving.py [--verbose] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import DEFAULT_LABELS  # noqa: E402

from reviewer.documents import load  # noqa: E402
from reviewer.documents.model import TABLE_CELL  # noqa: E402

SKIP_FOLDERS = ("eval", "holdout")  # held-out documents: never looked at here
MIN_GAP = 8.0  # points between two pieces on one line for them to sit in different columns
PROSE_SHARE = 0.25  # a prose line is at least this share of the page wide
MIN_PROSE_LINES = 5  # prose lines needed on each side of a gap before it counts as a gutter


@dataclass
class Finding:
    path: Path
    page: int
    joins: list[str]  # the joined texts found in the document's blocks


def dev_pdfs(label_files: Iterable[Path] = DEFAULT_LABELS) -> list[Path]:
    """Every PDF labelled for the dev (or old "tuning") split, outside the held-out folders."""
    found = []
    for label_file in map(Path, label_files):
        folder = label_file.parent
        top = folder.resolve().relative_to(ROOT).parts[0].lower() if folder.resolve().is_relative_to(
            ROOT) else folder.name.lower()
        if top.startswith(SKIP_FOLDERS) or not label_file.exists():
            continue
        for name, label in sorted(json.loads(label_file.read_text("utf-8")).items()):
            if label.get("split", "tuning") not in ("dev", "tuning") or label.get("error"):
                continue
            path = folder / name if (folder / name).exists() else folder / "documents" / name
            if path.suffix.lower() == ".pdf" and path.exists():
                found.append(path)
    return found


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pieces(path: Path) -> list[tuple[float, list]]:
    """(page width, text pieces) per page, as the reader's own segment extraction gives them."""
    import pypdfium2 as pdfium

    from reviewer.documents import pdf_reader

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                pages.append((page.get_size()[0], pdf_reader._segments(page)))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def side_by_side(segs: list, width: float) -> list[tuple]:
    """Pairs of pieces on one line either side of a gap that has prose lines on both sides."""
    prose = [s for s in segs if s.x1 - s.x0 >= PROSE_SHARE * width and len(s.text.split()) >= 4]
    pairs = []
    for left in segs:
        for right in segs:
            gap = right.x0 - left.x1
            overlap = min(left.y1, right.y1) - max(left.y0, right.y0)
            if gap < MIN_GAP or overlap <= 0.5 * min(left.y1 - left.y0, right.y1 - right.y0):
                continue
            # The nearest piece to the right only: "a b c" is checked as a|b and b|c.
            if any(o is not right and left.x1 < o.x0 < right.x0 and min(o.y1, left.y1) > max(o.y0, left.y0)
                   for o in segs):
                continue
            middle = (left.x1 + right.x0) / 2
            # A gutter runs down the page: a wide space inside a column has lines above and
            # below it that run through where the space was.
            reach = 3 * (left.y1 - left.y0)
            if any(s.x0 < middle < s.x1 and left.y0 - reach < s.y1 and s.y0 < left.y1 + reach for s in segs):
                continue
            on_left = sum(1 for s in prose if s.x1 <= middle)
            on_right = sum(1 for s in prose if s.x0 >= middle)
            if on_left >= MIN_PROSE_LINES and on_right >= MIN_PROSE_LINES:
                pairs.append((left, right))
    return pairs


def _read_rightly(segs: list, left, right) -> bool:
    """Whether "left right" is also what each piece's own column says across a line turn.

    "Steering group: Parkinson's Nurse" / "Consultant (chair), ..." in the right column is one
    paragraph read rightly, whatever sits beside its second line with the same words; so is
    "... in collaboration with" / "Orrin Vision Pharma Ltd. ..." in the left one.
    """
    def below(upper, lower) -> bool:
        tall = lower.y1 - lower.y0
        return abs(upper.x0 - lower.x0) <= 3 and 0 < upper.y0 - lower.y1 + tall < 2.5 * tall

    return any(
        s is not left and below(s, right) and _norm(s.text).endswith(_norm(left.text))
        or s is not right and below(left, s) and _norm(s.text).startswith(_norm(right.text))
        for s in segs
    )


def check(path: Path) -> list[Finding]:
    """The pages of `path` where a block joins a line of one column to the line beside it."""
    document = load(path)
    findings = []
    for number, (width, segs) in enumerate(_pieces(path), start=1):
        texts = [_norm(b.text) for b in document.blocks
                 if b.kind != TABLE_CELL and b.location.page == number]
        joins = []
        for left, right in side_by_side(segs, width):
            joined = f"{_norm(left.text)} {_norm(right.text)}"
            if any(joined in text for text in texts) and not _read_rightly(segs, left, right):
                joins.append(joined)
        if joins:
            findings.append(Finding(path, number, joins))
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="PDFs to check (default: the dev split)")
    parser.add_argument("--verbose", action="store_true", help="show the joined lines found")
    args = parser.parse_args(argv)
    paths = args.files or dev_pdfs()
    flagged = []
    for path in paths:
        for finding in check(path):
            flagged.append(finding)
            rel = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
            print(f"{rel} page {finding.page}: {len(finding.joins)} line(s) joined across columns")
            if args.verbose:
                for join in finding.joins[:5]:
                    print(f"    {join!r}")
    documents = len({f.path for f in flagged})
    print(f"{len(flagged)} page(s) in {documents} of {len(paths)} PDF(s) flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
