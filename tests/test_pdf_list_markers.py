"""A list number set larger than its item's text does not turn the item into a heading.

Some authors' templates print "1", "2" of a numbered list in a bigger size than the words beside
it. Read by the largest type on the line, each item's first line looked like a heading and its
wrapped second line a new paragraph, so a party list lost its parties.
"""

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from reviewer.documents import load
from reviewer.documents.model import HEADING

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=12, bulletFontSize=12, bulletFontName="Helvetica")
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12.5, leading=15, spaceBefore=6)


def _pdf(path):
    story = [Paragraph("Parties", HEAD)]
    story += [
        Paragraph('Tarnside Community Health CIC (company no. 09988776), 3 Dock Road, Tarnside '
                  'TA1 2BB ("the CIC"); and', ITEM, bulletText="1"),
        Paragraph('Corvane Pharma UK Limited (company no. 01234567), 8 Mill Lane, Tamford '
                  'TF1 1AA ("Corvane").', ITEM, bulletText="2"),
        Paragraph("1. Project", HEAD),
        Paragraph("A community clinic for people with moderate psoriasis. " * 6, BODY),
    ]
    SimpleDocTemplate(str(path), pagesize=(A4[0] / 2.2, A4[1])).build(story)


def test_numbered_items_with_larger_numbers_stay_paragraphs(tmp_path):
    path = tmp_path / "parties.pdf"
    _pdf(path)
    blocks = load(path).blocks
    headings = [b.text for b in blocks if b.kind == HEADING]
    assert headings == ["Parties", "1. Project"]
    items = [b.text for b in blocks if b.kind != HEADING and "company no." in b.text]
    assert len(items) == 2
    assert items[0].startswith("1 Tarnside Community Health CIC") and items[0].endswith('("the CIC"); and')
    assert "Corvane Pharma UK Limited" in items[1] and items[1].endswith('("Corvane").')
