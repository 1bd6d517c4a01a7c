"""Two-column PDFs are read one column after the other, never line by line across the gutter.

Each test builds a small one-page PDF with reportlab frames (a column is a frame), reads it with
the PDF reader and checks the order of the blocks by the tags each paragraph starts with: "L2p0"
is the first paragraph of the second section in the left column, "R1p1" the second one of the
first section on the right, "T" tags are table cells.
"""

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from reviewer.documents import load, pdf_reader
from reviewer.documents.model import TABLE_CELL

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = A4
MARGIN, GAP = 56, 28
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=4)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=20)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.2, leading=10)
SENTENCE = ("the clinic nurse will review each referral within the agreed waiting time and record the "
            "outcome in the audit so that the steering group can compare it with the baseline")
WORDS = SENTENCE.split(" ")
TAG = re.compile(r"\b([A-Z]+\d)(?:p\d+|r\d+c\d)\b")


def _detector():
    script = ROOT / "scripts" / "column_interleaving.py"
    spec = importlib.util.spec_from_file_location("column_interleaving", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _words(n: int, start: int = 0) -> str:
    return " ".join(WORDS[(start + i) % len(WORDS)] for i in range(n))


def _section(tag: str, paragraphs: int = 2, length: int = 40) -> list:
    story = [Paragraph(f"{tag} heading", HEAD)]
    story += [Paragraph(f"{tag}p{i} {_words(length, 7 * i)}.", BODY) for i in range(paragraphs)]
    return story


def _table(tag: str, columns: int, rows: int, width: float, length: int = 6) -> Table:
    """An unruled table: no grid, its cells apart only by the space between them."""
    cells = [[Paragraph(f"{tag}r{r}c{c} {_words(1 + (r + c) * 3 % length, r + c)}", CELL)
              for c in range(columns)] for r in range(rows)]
    return Table(cells, colWidths=[width / columns] * columns)


def _full(top: float, bottom: float) -> Frame:
    return Frame(MARGIN, bottom, WIDTH - 2 * MARGIN, top - bottom)


def _columns(top: float, bottom: float) -> list[Frame]:
    width = (WIDTH - 2 * MARGIN - GAP) / 2
    return [Frame(MARGIN + i * (width + GAP), bottom, width, top - bottom) for i in range(2)]


def _build(path: Path, frames: list[Frame], story: list) -> Path:
    document = BaseDocTemplate(str(path), pagesize=A4)
    document.addPageTemplates([PageTemplate(id="page", frames=frames)])
    document.build(story)
    return path


def _tags(path: Path) -> list[list[str]]:
    """The tags in each block, in reading order."""
    return [TAG.findall(block.text) for block in load(path).blocks]


def _order(tags: list[list[str]]) -> list[str]:
    """The tags in reading order, each repeat run of one tag collapsed."""
    flat = [tag for block in tags for tag in block]
    return [tag for i, tag in enumerate(flat) if i == 0 or flat[i - 1] != tag]


@pytest.fixture(scope="module")
def title_and_table(tmp_path_factory) -> Path:
    """A title across the page; an unruled table inside the left column."""
    story = [Paragraph("Joint working project plan for the community clinic", TITLE), FrameBreak()]
    story += _section("L1") + [_table("LT1", columns=3, rows=4, width=220)] + _section("L2")
    story += [FrameBreak()] + _section("R1", 3) + _section("R2")
    path = tmp_path_factory.mktemp("columns") / "title-and-table.pdf"
    return _build(path, [_full(HEIGHT - 50, HEIGHT - 90), *_columns(HEIGHT - 90, 60)], story)


def test_column_with_an_unruled_table_is_read_before_the_next_column(title_and_table):
    tags = _tags(title_and_table)
    assert _order(tags) == ["L1", "LT1", "L2", "R1", "R2"]
    document = load(title_and_table)
    assert document.blocks[0].text.startswith("Joint working project plan")
    # No paragraph holds text from both columns.
    for block in tags:
        assert len({tag[0] for tag in block}) <= 1, block


def test_detector_flags_the_page_only_when_the_columns_run_together(title_and_table, monkeypatch):
    detector = _detector()
    assert detector.check(title_and_table) == []
    monkeypatch.setattr(pdf_reader, "_gutter", lambda segs, width: None)  # the reader before the fix
    findings = detector.check(title_and_table)
    assert [f.page for f in findings] == [1] and len(findings[0].joins) >= 3
    assert all(re.search(r"\bthe\b", join) for join in findings[0].joins[:1])


def test_bands_across_the_page_above_and_below_the_columns(tmp_path):
    """An introduction and a closing note set across the page, with two columns between them."""
    story = [Paragraph("Project summary", TITLE)] + _section("I1", 2, 60) + [FrameBreak()]
    story += _section("L1", 3) + [FrameBreak()] + _section("R1", 3) + [FrameBreak()] + _section("F1", 2, 60)
    frames = [_full(HEIGHT - 50, HEIGHT - 230), *_columns(HEIGHT - 230, 330), _full(330, 60)]
    path = _build(tmp_path / "bands.pdf", frames, story)
    assert _order(_tags(path)) == ["I1", "L1", "R1", "F1"]


def test_short_lines_beside_running_text_are_still_a_column(tmp_path):
    """A contents list fills little of its column, but its lines do not sit level with the other's."""
    entry = ParagraphStyle("entry", parent=BODY, spaceAfter=4)
    contents = [Paragraph("Contents", HEAD)] + [
        Paragraph(f"C{i}p0 {_words(2, i)} {i + 2}", entry) for i in range(1, 10)
    ]
    story = contents + _section("L1", 1) + [FrameBreak()] + _section("R1", 3) + _section("R2", 2)
    path = _build(tmp_path / "contents.pdf", _columns(HEIGHT - 50, 60), story)
    order = _order(_tags(path))
    assert order.index("C9") < order.index("L1") < order.index("R1") < order.index("R2")
    assert order.count("R1") == 1


def test_unruled_table_under_a_paragraph_is_not_split_into_columns(tmp_path):
    """One column of text above a short four-column unruled table: its rows are read across."""
    rows = [["Organisation", "Name", "Role", "Date"],
            ["NHS Wexbury and Fenn ICB", "Dr Kwame Asante", "Chief Medical Officer", ""],
            ["Tavistock Lane Pharma UK Limited", "Dr Rebecca Tull", "Medical Director", ""]]
    table = Table([[Paragraph(cell, CELL) for cell in row] for row in rows], colWidths=[150, 110, 120, 90])
    story = [Paragraph("Approval", TITLE)] + _section("A1", 2, 60) + [table]
    path = _build(tmp_path / "approval.pdf", [_full(HEIGHT - 50, 60)], story)
    # Read across, as a table (tests/test_pdf_unruled.py): one row holds the name and the role.
    cells = {b.text: b.location for b in load(path).blocks if b.kind == TABLE_CELL}
    name, role = cells["Dr Kwame Asante"], cells["Chief Medical Officer"]
    assert (name.table, name.row, name.column + 1) == (role.table, role.row, role.column)


def test_wide_two_cell_rows_are_not_taken_for_two_columns(tmp_path):
    """Long text in both cells of each row looks like two columns, but the rows start level."""
    rows = [[Paragraph(f"W{r}a {_words(52, r)}", CELL), Paragraph(f"W{r}b {_words(56, r + 3)}", CELL)]
            for r in range(5)]
    story = [Paragraph("Risks", TITLE)] + _section("A1", 4, 60) + [Table(rows, colWidths=[235, 235])]
    story += _section("A2", 1, 60)
    path = _build(tmp_path / "risks.pdf", [_full(HEIGHT - 50, 60)], story)
    texts = [block.text for block in load(path).blocks if block.kind != TABLE_CELL]
    first_row = next(text for text in texts if "W0a" in text)
    assert "W0b" in first_row


def test_form_labels_beside_answers_are_not_columns(tmp_path):
    rows = [[Paragraph(f"Label {i}", CELL), Paragraph(f"V{i} {_words(14, i)}", CELL)] for i in range(12)]
    story = [Paragraph("Project form", TITLE), Table(rows, colWidths=[120, 350])] + _section("A1", 1)
    path = _build(tmp_path / "form.pdf", [_full(HEIGHT - 50, 60)], story)
    texts = [block.text for block in load(path).blocks]
    assert any(text.startswith("Label 3 V3") for text in texts)


def test_few_rows_of_cells_under_a_paragraph_are_no_columns():
    """The last page of a PID: a paragraph across the page, then a short unruled sign-off table.

    Coordinates as pdfium gives them for such a page (tuning8a t8a_pid_06, page 2). The table's
    middle gap runs clear down to the foot, but four lines of cells beside three are no columns.
    """
    def seg(text, x0, y0, x1, y1, size=9.5):
        return pdf_reader._Seg(text, x0, y0, x1, y1, size, False)

    segs = [
        seg("9. Exit arrangements", 53.4, 753.3, 170.6, 764.6, 12.0),
        seg("By month 12 the ICB will decide whether to commission the service", 53.7, 737.3, 539.6, 746.4),
        seg("sessions stop at month 15, patients already on treatment continue", 53.3, 725.0, 518.7, 734.0),
        seg("review, and no patient is left without a named clinician. Either", 53.8, 712.6, 474.8, 721.6),
        seg("10. Communication", 53.9, 691.6, 162.9, 700.7, 12.0),
        seg("A copy of the executive summary will be made available on request.", 53.2, 673.3, 496.2, 682.3),
        seg("Partnership Panel at the end of the project.", 53.8, 661.0, 232.8, 669.9),
        seg("11. Approval", 53.9, 637.6, 124.2, 648.7, 12.0),
        seg("Organisation", 59.4, 619.8, 110.9, 627.8, 8.5), seg("Name", 181.9, 621.5, 204.2, 627.7, 8.5),
        seg("Role", 304.3, 621.5, 321.8, 627.7, 8.5), seg("Date", 426.6, 621.5, 444.1, 627.7, 8.5),
        seg("NHS Wexbury and Fenn ICB", 59.7, 603.2, 167.3, 611.2, 8.5),
        seg("Chief Medical Officer", 304.0, 604.8, 382.5, 611.2, 8.5),
        seg("Dr Kwame Asante", 182.0, 604.9, 249.5, 611.1, 8.5),
        seg("Tavistock Lane Pharma UK", 59.1, 588.2, 162.4, 594.5, 8.5),
        seg("Dr Rebecca Tull", 182.0, 588.2, 241.7, 594.5, 8.5),
        seg("Medical Director", 304.3, 588.2, 365.0, 594.5, 8.5),
        seg("Ltd", 59.7, 577.6, 70.4, 583.8, 8.5),
    ]
    assert pdf_reader._gutter(segs, 595.3) is None
    assert pdf_reader._gutter_slow(segs, 595.3) is None


def test_short_second_column_under_a_title_across_the_page(tmp_path):
    """The last few lines of a one-page summary run over into the top of the right column.

    The title across the page crosses the gutter, but above both columns, so it does not stop the
    three lines on the right from being read after the left column rather than merged into it.
    """
    left = _section("L1", 2, 50) + _section("L2", 2, 50) + _section("L3", 1, 50)
    story = [Paragraph("Executive summary of a joint working clinic project", TITLE), FrameBreak()]
    story += left + [FrameBreak(), Paragraph(f"R1p0 {_words(24)}.", BODY)]
    frames = [_full(HEIGHT - 50, HEIGHT - 90), *_columns(HEIGHT - 90, 60)]
    path = _build(tmp_path / "short-right.pdf", frames, story)
    assert _order(_tags(path)) == ["L1", "L2", "L3", "R1"]


def test_short_block_beside_text_crossing_the_gap_level_with_it_is_no_columns():
    """Three short lines at the right are a column only when text across the gap is above or below."""
    def seg(text, x0, y0, x1):
        return pdf_reader._Seg(text, x0, y0, x1, y0 + 9, 9.5, False)

    left = [seg(f"short line {i} of the left column text", 60, 680 - 13 * i, 270) for i in range(10)]
    right = [seg(f"right column line {i} runs on", 310, 680 - 13 * i, 530) for i in range(3)]
    across = seg("a line of text that runs right across the page from margin to margin", 60, 0, 530)
    above = pdf_reader._Seg(across.text, 60, 720, 530, 729, 9.5, False)
    level = pdf_reader._Seg(across.text, 60, 600, 530, 609, 9.5, False)
    assert pdf_reader._gutter(left + right + [above], 595.3) is not None
    assert pdf_reader._gutter(left + right + [level], 595.3) is None


def _ruled(tag: str, columns: int, rows: int) -> Table:
    """A table with ruling lines across the whole text width."""
    table = _table(tag, columns, rows, WIDTH - 2 * MARGIN)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def test_heading_below_balanced_columns_is_read_after_both(tmp_path):
    """A short heading set across the page under two level columns, over a wide table.

    It sits at the left margin, so it looks like a left-column line; read there, it would come
    before the right column and take the right column's text as its section.
    """
    story = _section("L1", 3) + [FrameBreak()] + _section("R1", 3) + [FrameBreak()]
    story += [Paragraph("M1p0 Measures", HEAD), _ruled("MT1", columns=4, rows=3)]
    frames = [*_columns(HEIGHT - 50, 420), _full(420, 60)]
    path = _build(tmp_path / "heading-under-columns.pdf", frames, story)
    assert _order(_tags(path)) == ["L1", "R1", "M1", "MT1"]


def test_heading_with_text_under_it_at_the_foot_of_a_longer_left_column_stays_there(tmp_path):
    """The left column runs on below the right one: its last heading and text are still read first."""
    story = _section("L1", 5) + _section("L2", 1) + [FrameBreak()] + _section("R1", 2) + [FrameBreak()]
    story += [_ruled("FT1", columns=4, rows=2)]
    frames = [*_columns(HEIGHT - 50, 300), _full(300, 60)]
    path = _build(tmp_path / "longer-left.pdf", frames, story)
    assert _order(_tags(path)) == ["L1", "L2", "R1", "FT1"]
