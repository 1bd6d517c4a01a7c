"""A table's first row is its header even when a column name is an abbreviation ("No.", "Ref.")."""

from reviewer.documents.text_reader import parse_text


def _cells(text):
    return [b for b in parse_text(text, "t.md").blocks if b.kind == "table-cell"]


def test_abbreviated_column_name_keeps_the_header_row():
    cells = _cells(
        "# Schedule of Parties\n"
        "| No. | Party | Registered address |\n|---|---|---|\n"
        "| 1 | Orrin Biologics Ltd | 4 Dock Street, Leeds |\n"
        "| 2 | Fernside NHS Foundation Trust | Mill Road, Fernside |\n"
    )
    body = {b.text: b.column_label for b in cells if not b.header_cell}
    assert body["Orrin Biologics Ltd"] == "Party"
    assert body["Mill Road, Fernside"] == "Registered address"


def test_a_first_row_of_sentences_is_still_not_a_header():
    cells = _cells(
        "| The Trust provides the clinic. | The company funds the nurse. |\n|---|---|\n"
        "| Rooms and admin support | £40,000 |\n"
    )
    assert not any(b.header_cell for b in cells)
