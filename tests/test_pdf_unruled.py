"""Unruled tables in a PDF are read as tables; paragraphs, forms and lists are not.

Each test builds a one-page PDF with reportlab (a Table with no grid style draws no lines, so
its cells are apart only by the space between them) and reads it with the PDF reader.
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from reviewer.documents import load
from reviewer.documents.model import TABLE_CELL

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
INTRO = (
    "The Clinic and Orrin Ltd will each commit the resources set out below for the twelve months of "
    "the project. Neither party will receive any payment for its own contribution, and the steering "
    "group will review the figures at each quarterly meeting against the agreed project plan."
)


def _build(path: Path, story: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _unruled(rows: list[list[str]], widths: list[float]) -> Table:
    return Table([[Paragraph(cell, CELL) for cell in row] for row in rows], colWidths=widths)


def _cells(path: Path) -> dict[tuple[int, int], object]:
    return {
        (b.location.row, b.location.column): b for b in load(path).blocks if b.kind == TABLE_CELL
    }


def test_unruled_per_party_table_under_a_paragraph_is_read_as_a_table(tmp_path):
    rows = [
        ["Contribution", "The Clinic", "Orrin Ltd"],
        ["Staff", "0.2 WTE nurse specialist for the clinic sessions, with consultant oversight",
         "Project manager 2 days a month"],
        ["Money", "None", "£40,000 to fund the nurse backfill, paid to the Trust in two instalments"],
        ["Other", "Clinic rooms and spirometry equipment", "Patient leaflet design (non-branded)"],
    ]
    story = [Paragraph("Contributions", HEAD), Paragraph(INTRO, BODY), _unruled(rows, [90, 190, 190])]
    path = _build(tmp_path / "contributions.pdf", story)
    document = load(path)
    paragraphs = [b.text for b in document.blocks if b.kind != TABLE_CELL]
    assert any(text.startswith("The Clinic and Orrin Ltd will each commit") for text in paragraphs)
    assert not any("Orrin Ltd Staff" in text or "£40,000" in text for text in paragraphs), paragraphs

    cells = _cells(path)
    assert {(r, c) for r, c in cells} == {(r, c) for r in range(1, 5) for c in range(1, 4)}
    assert [cells[(1, c)].text for c in (1, 2, 3)] == ["Contribution", "The Clinic", "Orrin Ltd"]
    assert all(cells[(1, c)].header_cell for c in (1, 2, 3))
    # A cell wrapped over several lines is one cell, labelled with its party and its row.
    nurse = cells[(2, 2)]
    assert nurse.text == rows[1][1]
    assert (nurse.column_label, nurse.row_label) == ("The Clinic", "Staff")
    money = cells[(3, 3)]
    assert money.text == rows[2][2]
    assert (money.column_label, money.row_label) == ("Orrin Ltd", "Money")


def test_two_column_party_table_with_a_header_is_a_table(tmp_path):
    """Two columns are a table under a header of party names, each column one party's cell."""
    rows = [
        ["NHS Lornbrae", "Kestrel Bay"],
        ["0.6 WTE pharmacist prescriber, clinic rooms in two hubs and admin support (about £58,000)",
         "£62,000 to fund the pharmacist backfill, plus 20 days of project management"],
    ]
    story = [Paragraph("Who contributes what", HEAD), Paragraph(INTRO, BODY), _unruled(rows, [150, 150])]
    cells = _cells(_build(tmp_path / "two.pdf", story))
    assert cells[(2, 1)].text == rows[1][0] and cells[(2, 1)].column_label == "NHS Lornbrae"
    assert cells[(2, 2)].text == rows[1][1] and cells[(2, 2)].column_label == "Kestrel Bay"


def test_paragraphs_form_and_hanging_list_are_not_tables(tmp_path):
    """Running text, a form's short labels beside answers, a numbered list: no table among them."""
    form = [
        ["Project title", "Severe asthma virtual clinic in the community hubs"],
        ["Project lead", "Dr Helen Marsh, Consultant Respiratory Physician at the General Hospital"],
        ["Start date", "1 September 2025, for twelve months from the first clinic"],
        ["Review", "Quarterly by the steering group, with a final report at month 12"],
    ]
    numbered = [
        ["1.1", "The nurse will review each referral within ten working days of receipt."],
        ["1.2", "The steering group will meet every quarter and keep minutes of its decisions."],
        ["1.3", "Either party may end the project on sixty days' written notice to the other."],
    ]
    story = [Paragraph("Project details", HEAD), Paragraph(INTRO, BODY), Paragraph(INTRO, BODY)]
    story += [_unruled(form, [110, 340]), Paragraph("Terms", HEAD), _unruled(numbered, [40, 420])]
    story += [Paragraph(INTRO, BODY)]
    document = load(_build(tmp_path / "form.pdf", story))
    assert not [b for b in document.blocks if b.kind == TABLE_CELL]
    texts = [b.text for b in document.blocks]
    assert any(text.startswith("Project lead Dr Helen Marsh") for text in texts), texts
    assert any(text.startswith("1.2 The steering group") for text in texts), texts
