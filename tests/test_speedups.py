"""Optimisations made for the batch benchmark give exactly the answers of the plain versions."""

import random

import docx
from docx.text.paragraph import Paragraph

from reviewer.documents import docx_reader, pdf_reader


def _segments(rng, count, width):
    segs = []
    for _ in range(count):
        x0 = rng.choice([rng.uniform(0, width), float(rng.randint(0, int(width)))])
        x1 = x0 + rng.choice([rng.uniform(1, width / 2), float(rng.randint(1, 60))])
        segs.append(pdf_reader._Seg("text", x0, 0.0, x1, 10.0, 10.0, False))
    return segs


def test_gutter_search_matches_the_plain_scan():
    rng = random.Random(7)
    width = 595.0
    found = 0
    for _ in range(400):
        # Two columns with a little noise, or text scattered anywhere.
        if rng.random() < 0.5:
            segs = [pdf_reader._Seg("t", rng.uniform(50, 60), 0, rng.uniform(280, 290), 1, 10, False)
                    for _ in range(rng.randint(4, 40))]
            segs += [pdf_reader._Seg("t", rng.uniform(305, 315), 0, rng.uniform(530, 545), 1, 10,
                                     False) for _ in range(rng.randint(4, 40))]
            segs += _segments(rng, rng.randint(0, 4), width)
        else:
            segs = _segments(rng, rng.randint(0, 60), width)
        fast, slow = pdf_reader._gutter(segs, width), pdf_reader._gutter_slow(segs, width)
        assert fast == slow
        found += fast is not None
    assert found > 50  # the two-column cases really exercise the search


def test_zero_width_segments_take_the_plain_path():
    segs = [pdf_reader._Seg("t", 200.0, 0, 200.0, 1, 10, False)] * 3 + _segments(
        random.Random(1), 20, 595.0
    )
    assert pdf_reader._gutter(segs, 595.0) == pdf_reader._gutter_slow(segs, 595.0)


def test_cached_style_names_match_python_docx(fixtures_dir):
    word = docx.Document(str(fixtures_dir / "pid-compliant.docx"))
    paragraphs = [Paragraph(p, word) for p in word.element.body.iter(docx.oxml.ns.qn("w:p"))]
    assert paragraphs
    for paragraph in paragraphs:
        expected = (paragraph.style.name if paragraph.style is not None else "") or ""
        assert docx_reader._style_name(paragraph) == expected
