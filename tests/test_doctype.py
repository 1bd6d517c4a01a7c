"""Document-type detection on shapes that fooled it: covering letters and wrapped PDF titles."""

from pathlib import Path

from reviewer.analysis import doctype
from reviewer.documents import load

ROOT = Path(__file__).resolve().parent.parent
TUNING2 = ROOT / "tuning2" / "documents"

LETTER = """Velmora Biotech Ltd

12 May 2025

Dear Dr Okoro,

Re: Asthma review service - revised Project Initiation Document for comment

Please find enclosed version 0.4 of the Project Initiation Document. We would welcome your
comments before the project board meets next month.

Yours sincerely,

Sam Reid
Partnerships Manager
"""


def test_covering_letter_is_not_the_document_it_encloses(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    result = doctype.classify(load(path))
    assert result.type == doctype.UNKNOWN
    assert "letter" in result.reason


def test_pid_that_mentions_a_letter_is_still_a_pid(tmp_path):
    path = tmp_path / "pid.md"
    path.write_text(
        "# Project Initiation Document\n\nDear colleague letters will be sent to practices.\n",
        encoding="utf-8",
    )
    assert doctype.classify(load(path)).type == "pid"


def test_title_wrapped_over_several_pdf_lines_is_read_whole():
    # The title "Summary of Project Outcomes: ..." is set over four short lines.
    document = load(TUNING2 / "Outcomes_Lipid_Ashdown_final.pdf")
    assert doctype.classify(document).type == "outcomes-summary"


def test_cover_letter_in_tuning_set_is_unknown():
    document = load(TUNING2 / "cover letter - PID submission.txt")
    assert doctype.classify(document).type == doctype.UNKNOWN


def test_pdf_bullet_lines_are_list_items_not_headings():
    document = load(TUNING2 / "CKD case finding PID v0.9.pdf")
    bullets = [b for b in document.blocks if "baseline 47%" in b.text]
    assert bullets and all(b.kind == "list-item" for b in bullets)


def test_memorandum_of_collaborative_working_is_an_agreement(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_text(
        "Memorandum of Joint Working - community falls service\n\n"
        "WHEREAS Harlow Vale City Council runs the falls service; NOW the partners agree as follows.\n",
        encoding="utf-8",
    )
    assert doctype.classify(load(path)).type == "agreement"


def test_pipe_rows_without_outer_pipes_are_read_as_a_table(tmp_path):
    path = tmp_path / "pid.txt"
    path.write_text(
        "Project Initiation Document\n\nPartner | Contribution\nFernside NHS Trust | 0.5 WTE nurse\n"
        "Orrin Ltd | £9,000\n\nFernside NHS Trust | PID v1 | page 1\n",
        encoding="utf-8",
    )
    blocks = load(path).blocks
    cells = [b.text for b in blocks if b.kind == "table-cell"]
    assert cells == ["Partner", "Contribution", "Fernside NHS Trust", "0.5 WTE nurse", "Orrin Ltd", "£9,000"]
    assert blocks[-1].text == "Fernside NHS Trust | PID v1 | page 1"  # a lone footer line stays text
