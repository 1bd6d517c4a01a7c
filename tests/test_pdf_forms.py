"""A PDF form of short labels beside answers, drawn without lines, whose labels wrap.

Read line by line, a label wrapped over two lines has its second line land inside the answer
("Financial arrangements and Calverley: GBP ... resources Trust: ..."); such a form is read as a
label | answer table instead, as the .docx reader gives a form table. Running text in two columns
must read exactly as before. Each test builds a one-page PDF with reportlab.
"""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table

from reviewer.documents import load, pdf_unruled
from reviewer.documents.model import TABLE_CELL

WIDTH, HEIGHT = A4
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=6)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
FORM = [
    ["Project", "Test and treat: hepatitis C in drug and alcohol services"],
    ["Period", "Anticipated start 1 July 2025; completion 30 June 2026"],
    ["Financial arrangements and resources",
     "Calverley: GBP 78,000 for a 1.0 WTE outreach hepatology nurse and point-of-care testing kits. "
     "Trust: hepatology consultant supervision (1 PA a week) and prescribing."],
    ["Patient data", "Test results stay in NHS records; Calverley receives only aggregated numbers."],
]
TEXT = ("The clinic nurse will review each referral within the agreed waiting time and record the outcome "
        "in the audit, so that the steering group can compare it with the baseline at each meeting. ")


def _build(path: Path, frames: list[Frame], story: list) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    doc.build(story)
    return path


def _one_column() -> list[Frame]:
    return [Frame(56, 56, WIDTH - 112, HEIGHT - 112)]


def _two_columns(left: float) -> list[Frame]:
    """Two frames side by side, the left one `left` points wide, 24 points apart."""
    right = WIDTH - 112 - 24 - left
    return [Frame(56, 56, left, HEIGHT - 112), Frame(56 + left + 24, 56, right, HEIGHT - 112)]


def _form(rows: list[list[str]], widths: list[float], align: str = "TOP") -> Table:
    """Reportlab's default cell padding sets the rows apart, as a form template does."""
    return Table([[Paragraph(cell, CELL) for cell in row] for row in rows], colWidths=widths,
                 style=[("VALIGN", (0, 0), (-1, -1), align)])


def _blocks(path: Path) -> list[tuple]:
    return [(b.kind, b.text, b.row_label, b.column_label) for b in load(path).blocks]


def test_form_with_a_wrapped_label_reads_label_and_answer_apart(tmp_path):
    story = [Paragraph("Executive summary", HEAD), Paragraph(TEXT, BODY), _form(FORM, [100, 340])]
    path = _build(tmp_path / "form.pdf", _one_column(), story)
    cells = [b for b in load(path).blocks if b.kind == TABLE_CELL]
    assert [c.text for c in cells if c.row_label is None] == [row[0] for row in FORM]
    answers = {c.row_label: c.text for c in cells if c.row_label}
    assert answers == {row[0]: row[1] for row in FORM}
    # Without the table, "resources" would sit between Calverley's and the Trust's contributions.
    assert not any("resources Trust" in text for _kind, text, *_ in _blocks(path))


PARTIES = [
    ["Trust", "Heart failure nurse consultant (0.2 WTE supervision), community clinic space, "
              "admin 0.4 WTE. Valued at approx. £27,000."],
    ["Ostlund Biosciences UK Limited", "£54,000 to fund a Band 6 community heart failure nurse for "
                                       "12 months; project manager 2 days per month."],
]


def _parties(path: Path, align: str) -> Path:
    """A per-party list in the left column of a two-column page; the right column is running text."""
    story = [Paragraph("Resources", HEAD), _form(PARTIES, [70, 170], align), FrameBreak()]
    story += [Paragraph(TEXT * 3, BODY) for _ in range(4)]
    return _build(path, _two_columns(240), story)


def test_party_rows_with_a_wrapped_party_name_in_one_of_two_columns(tmp_path):
    path = _parties(tmp_path / "parties.pdf", "TOP")
    answers = {b.row_label: b.text for b in load(path).blocks if b.kind == TABLE_CELL and b.row_label}
    assert answers == {row[0]: row[1] for row in PARTIES}


def test_labels_set_at_the_foot_of_their_rows_are_left_as_they_were(tmp_path, monkeypatch):
    """An answer that starts above its label is not clear-cut: the form is read as before."""
    path = _parties(tmp_path / "foot.pdf", "BOTTOM")
    now = _blocks(path)
    assert not [b for b in now if b[0] == TABLE_CELL]
    monkeypatch.setattr(pdf_unruled, "_wrapped_form", lambda *args: False)
    assert _blocks(path) == now


@pytest.mark.parametrize("left", [240.0, 170.0])
def test_two_columns_of_running_text_read_as_before(tmp_path, monkeypatch, left):
    """Running text in two columns, equal or with a narrow first one, is no form: nothing changes."""
    story = [Paragraph("Background", HEAD)]
    story += [Paragraph(TEXT * n, BODY) for n in (1, 2, 1, 3)]
    story += [FrameBreak(), Paragraph("Approach", HEAD)]
    story += [Paragraph(TEXT * n, BODY) for n in (2, 1, 2)]
    path = _build(tmp_path / "columns.pdf", _two_columns(left), story)
    now = _blocks(path)
    assert not [b for b in now if b[0] == TABLE_CELL]
    monkeypatch.setattr(pdf_unruled, "_wrapped_form", lambda *args: False)
    assert _blocks(path) == now


def test_form_whose_labels_all_fit_on_one_line_stays_paragraphs(tmp_path):
    """The new reading is only for wrapped labels: one-line labels already read rightly."""
    rows = [[label, answer] for label, answer in FORM if len(label) < 20]
    story = [Paragraph("Executive summary", HEAD), Paragraph(TEXT, BODY), _form(rows, [100, 340])]
    texts = [text for kind, text, *_ in _blocks(_build(tmp_path / "flat.pdf", _one_column(), story))]
    data = "Patient data Test results stay in NHS records; Calverley receives only aggregated numbers."
    assert data in texts, texts
