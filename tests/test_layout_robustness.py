"""Layout alone must not change a review: fixtures re-rendered in other layouts get the same outcomes.

The renderings come from scripts/layout_robustness.py (the full metamorphic evaluation); here a
few small fixtures are rendered as a two-column PDF with a running header and footer, and as a
one-column PDF whose paragraphs break across pages and whose tables are ruled.
"""

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from reviewer.documents import load, pdf_reader
from reviewer.documents.builder import BlockBuilder
from reviewer.review import review_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "documents"


def _script():
    spec = importlib.util.spec_from_file_location(
        "layout_robustness", ROOT / "scripts" / "layout_robustness.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


lr = _script()
# The first two changed outcomes in the two-column layout before the PDF reader learnt to find a
# one-page PDF's running head and a short last column.
DOCUMENTS = ["pid-sales-excluded.docx", "pid-publication-discretion.pdf", "es-compliant-data.pdf"]


@pytest.fixture(scope="module")
def originals():
    return {name: review_file(FIXTURES / name) for name in [*DOCUMENTS, "pid-no-confidentiality.docx"]}


@pytest.mark.parametrize("variant", ["a", "b"])
@pytest.mark.parametrize("name", DOCUMENTS)
def test_layout_keeps_type_and_outcomes(name, variant, originals, tmp_path):
    original = originals[name]
    assert original.error is None and original.findings
    rendered = lr.render(variant, lr.content_of(FIXTURES / name), tmp_path, "doc")
    review = review_file(rendered)
    assert review.error is None
    assert review.type == original.type
    assert lr.outcomes(review) == lr.outcomes(original)


def test_running_header_and_footer_are_furniture_not_body(tmp_path):
    rendered = lr.render("a", lr.content_of(FIXTURES / "es-compliant-data.pdf"), tmp_path, "doc")
    document = load(rendered)
    body = document.text
    assert "OFFICIAL" not in body and "version 1.2" not in body
    assert any("official" in line for line in document.furniture)


def test_footer_alone_never_passes_confidentiality(originals, tmp_path):
    """The e layout's footer says "Commercial in confidence" on every page."""
    assert lr.outcomes(originals["pid-no-confidentiality.docx"])["confidentiality"] == "fail"
    content = lr.content_of(FIXTURES / "pid-no-confidentiality.docx")
    review = review_file(lr.render("e", content, tmp_path, "doc"))
    assert lr.outcomes(review)["confidentiality"] == "fail"


def test_table_broken_by_a_page_turn_is_one_table():
    builder = BlockBuilder()
    header = ["Party", "Contribution", "Value"]
    builder.table([header, ["Meridian", "Nurse funding", "£78,600"]], page=1)
    # The next page repeats the header row above the rest of the rows.
    builder.table([header, ["The Trust", "Clinic rooms", "£9,500"]], page=2, continues=True)
    cells = [b for b in builder.blocks if b.text == "£9,500"]
    assert len(cells) == 1 and len(builder.blocks) == 9
    assert {b.location.table for b in builder.blocks} == {1}
    assert cells[0].location.row == 3 and cells[0].location.page == 2
    assert cells[0].row_label == "The Trust" and cells[0].column_label == "Value"


def test_table_after_other_text_is_not_joined():
    builder = BlockBuilder()
    builder.table([["Party", "Value"], ["Meridian", "£78,600"]], page=1)
    builder.paragraph("Both parties agree the figures above.", "paragraph", page=1)
    builder.table([["Item", "Date"], ["Launch", "May 2026"]], page=2, continues=True)
    assert {b.location.table for b in builder.blocks if b.location.table} == {1, 2}


def test_short_last_column_is_still_a_column():
    """A last page whose second column holds only a heading and two lines."""
    left = [pdf_reader._Seg("line", 58, 700 - 13 * i, 280, 710 - 13 * i, 10, False) for i in range(20)]
    right = [pdf_reader._Seg("line", 316, 700 - 13 * i, 500 - 40 * i, 710 - 13 * i, 10, False)
             for i in range(3)]
    segs = left + right
    gutter = pdf_reader._gutter(segs, 595.0)
    assert gutter is not None and 280 <= gutter <= 316
    assert pdf_reader._gutter_slow(segs, 595.0) == gutter
    # Scattered short lines on the right, not starting at one edge, are no column.
    ragged = left + [pdf_reader._Seg("x", 300 + 30 * i, 600, 330 + 30 * i, 610, 10, False)
                     for i in range(3)]
    assert pdf_reader._gutter(ragged, 595.0) is None


def test_gutter_search_still_matches_the_plain_scan_with_short_columns():
    rng = random.Random(11)
    for _ in range(200):
        segs = [pdf_reader._Seg("t", rng.uniform(50, 60), 0, rng.uniform(250, 290), 1, 10, False)
                for _ in range(rng.randint(6, 30))]
        x0 = rng.uniform(300, 320)
        segs += [pdf_reader._Seg("t", x0 + rng.choice([0, 0, 1.5, 5]), 0, rng.uniform(400, 545), 1, 10,
                                 False) for _ in range(rng.randint(1, 5))]
        assert pdf_reader._gutter(segs, 595.0) == pdf_reader._gutter_slow(segs, 595.0)


def _line(text, top, x1=500.0):
    return pdf_reader._Seg(text, 58.0, top - 10, x1, top, 10.0, False)


def test_paragraph_broken_by_a_page_turn_is_one_paragraph():
    """The last line ran full mid-sentence; the next page resumes with a capital or a quote."""
    builder, carry = BlockBuilder(), pdf_reader._Carry()
    first = [_line("Nuvera will fund the nurse, and the Clinic is Dr Okafor's clinic at the", 700),
             _line("Westerleigh Eye Hospital, a unit of the Trust which is known as (the", 687)]
    pdf_reader._emit_page(builder, first, [], 595.0, 1, 10.0, 842.0, carry)
    second = [_line('"Clinic"). Nuvera and the Clinic are each a Party to this agreement.', 780),
              _line("Recitals follow below in the usual way for this kind of agreement.", 740)]
    pdf_reader._emit_page(builder, second, [], 595.0, 2, 10.0, 842.0, carry)
    texts = [b.text for b in builder.blocks]
    assert texts[0].endswith('(the "Clinic"). Nuvera and the Clinic are each a Party to this agreement.')
    assert texts[1].startswith("Recitals")


def test_paragraph_ending_short_is_not_joined_over_the_page_turn():
    builder, carry = BlockBuilder(), pdf_reader._Carry()
    pdf_reader._emit_page(builder, [_line("The Trust will host the clinic at the", 700, x1=380),
                                    _line("Westerleigh Eye Hospital", 687, x1=200)],
                          [], 595.0, 1, 10.0, 842.0, carry)
    pdf_reader._emit_page(builder, [_line("Nuvera funds the nurse post for twelve months in full.", 780)],
                          [], 595.0, 2, 10.0, 842.0, carry)
    assert len(builder.blocks) == 2
