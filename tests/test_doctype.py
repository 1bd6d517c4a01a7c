"""Document-type detection: covering letters, wrapped PDF titles, the names organisations give each type,
titles in cover tables, running headers and file names, and the content fallback that avoids `unknown`."""

import json
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


def test_close_report_title_is_an_outcomes_summary(tmp_path):
    # "Close report" and "report and outcomes" name an outcomes report without the usual phrases.
    for title in ("Project Close Report and Outcomes - Leg Ulcer Clinics", "Closing Report: Memory Hub Pilot",
                  "Report on the Project's Outcomes"):
        path = tmp_path / "close.md"
        path.write_text(f"# {title}\n\nThe clinics ran for a year.\n", encoding="utf-8")
        assert doctype.classify(load(path)).type == "outcomes-summary", title


# --- title families, title sources and the content fallback ---------------------------------------

TUNING8A = ROOT / "tuning8a"

# A body every project type shares, with no word that names a type: parties, aims, money, dates.
NEUTRAL_BODY = (
    "Partners: Fenwick Vale NHS Trust and Orrin Therapeutics Ltd.\n\n"
    "The clinic offers nurse-led reviews to people with leg ulcers in two community hubs.\n"
)


def _type_of(tmp_path, text, name="doc.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return doctype.classify(load(path))


def test_names_organisations_give_each_type_are_recognised(tmp_path):
    cases = {
        "amendment": ("Variation No. 3", "Variation 4 - revised budget", "Contract Variation Notice",
                      "Change Control Form", "Change Request CR-12", "Deed of Variation",
                      "Addendum to the Joint Working Agreement",
                      "Variation of the Collaborative Working Agreement"),
        "outcomes-summary": ("End of Project Report", "End-of-pilot summary", "Project Evaluation Report",
                             "Post-project review - wound hubs", "Final evaluation of the wound hub pilot",
                             "Close-down Report"),
        "pid": ("Project Brief", "Business Case – Joint Working", "Full business case: wound hubs",
                "Project Charter - wound hubs", "Project Plan"),
        "concept-framework": ("Partnership Proposal", "Proposal for collaborative working",
                              "Expression of Interest", "Concept Note",
                              "Joint working proposal - wound hubs"),
        "agreement": ("Heads of Terms", "Collaboration Charter", "Partnership Accord",
                      "Memorandum of Understanding", "Terms of Collaboration"),
        "executive-summary": ("Lay summary of a joint working project", "Public Summary"),
    }
    for kind, titles in cases.items():
        for title in titles:
            assert _type_of(tmp_path, f"# {title}\n\n{NEUTRAL_BODY}").type == kind, title


def test_near_miss_titles_do_not_take_the_type(tmp_path):
    # "Variation" in care, a plan for an evaluation, and a patient-facing charter name no document type.
    assert doctype._title_type("Reducing unwarranted variation in asthma care") is None
    assert doctype._title_type("Final evaluation plan for the wound hubs") is None
    assert doctype._title_type("Equality impact assessment") is None
    assert doctype._title_type("Reducing variation in wound care - project brief") == "pid"


def test_a_cited_document_in_an_opening_line_is_not_the_title(tmp_path):
    # The second line cites the PID this change belongs to; the document itself is a change record.
    text = (
        "# Community wound care hubs\n\n"
        "Project: Community wound care hubs (PID v2.1 dated 3 March 2025)\n\n"
        "Description of change: clinics also open on Saturdays from May.\n\n"
        "Reason for the change: waiting lists rose over the winter.\n\n"
        "Impact on timeline: none. Impact on finance: Orrin Therapeutics Ltd funds six extra sessions "
        "(£3,600) instead of the planned training day.\n\n"
        "Requested by: the project board of Fenwick Vale NHS Trust and Orrin Therapeutics Ltd, which "
        "approved the amendment at its June meeting so that the partners can cut waits for patients. "
        "The revised plan keeps the original end date of 31 March 2026.\n"
    )
    result = _type_of(tmp_path, text)
    assert result.type == "amendment", result.reason


def test_type_in_a_cover_page_field_is_used(tmp_path):
    text = (
        "# Heart failure nurse clinics\n\nPrepared for the Federation board.\n\nVersion 2, May 2025.\n\n"
        "| Field | Entry |\n|---|---|\n| Sponsor | Dr Anna Khan |\n| Document type | Business case |\n\n"
        + NEUTRAL_BODY
    )
    result = _type_of(tmp_path, text)
    assert result.type == "pid" and "cover-page" in result.reason


def test_type_in_the_running_header_is_used(tmp_path):
    import docx

    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "Change Request CR-07 | Fenwick Vale NHS Trust / Orrin"
    word.add_heading("Community wound care hubs", 1)
    word.add_paragraph("Saturday clinics are added from May; the end date is unchanged.")
    path = tmp_path / "wound hubs.docx"
    word.save(path)
    result = doctype.classify(load(path))
    assert result.type == "amendment" and "running header" in result.reason


def test_running_header_contract_reference_alone_does_not_make_an_agreement(tmp_path):
    import docx

    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "Trust contract ref. FV/2025/19"
    word.add_heading("Community wound care hubs", 1)
    for line in ("Partners: Fenwick Vale NHS Trust and Orrin Therapeutics Ltd.",
                 "Objectives: cut the wait for a first wound review from 9 weeks to 3 weeks by March 2026.",
                 "Contributions: the Trust provides 0.6 WTE nurse time; Orrin funds £28,000.",
                 "Governance: a project board chaired by the Trust's head of nursing meets monthly.",
                 "Milestones: hubs open in September 2025; the project runs for 12 months.",
                 "Benefits: patients heal sooner and make fewer trips to hospital.",
                 "Risks: recruitment delays; mitigated by backfill from the bank."):
        word.add_paragraph(line)
    path = tmp_path / "wound hubs.docx"
    word.save(path)
    assert doctype.classify(load(path)).type == "pid"


def test_file_name_is_a_weak_signal(tmp_path):
    body = f"# Community wound care hubs\n\n{NEUTRAL_BODY}"
    result = _type_of(tmp_path, body, name="Wound hubs PID v2.md")
    assert result.type == "pid" and "file name" in result.reason
    assert _type_of(tmp_path, body, name="wound_hubs_concept_framework.md").type == "concept-framework"
    # A title still outranks the file name.
    assert _type_of(tmp_path, f"# Heads of Terms\n\n{NEUTRAL_BODY}", name="PID v3.md").type == "agreement"


PROJECT_WITHOUT_TITLE = """# Community wound care hubs

Fenwick Vale NHS Trust and Orrin Therapeutics Ltd will work together to open two nurse-led wound care hubs.

## Aims
Cut the wait for a first leg ulcer review from 9 weeks to 3 weeks, and raise the share of ulcers healed
within 12 weeks from 38% to 55%, so that patients heal sooner and need fewer dressings at home.

## Who provides what
The Trust provides 0.6 WTE tissue viability nurse time and clinic rooms (about £31,000 in kind).
Orrin Therapeutics Ltd funds a Band 6 nurse for 12 months (£44,000) and the training sessions.

## How it is run
A project board chaired by the Trust's head of nursing meets monthly and is accountable to the Trust's
clinical governance committee. Orrin's medical adviser attends; no sales staff take part.

## When
Hubs open in September 2025 and the project runs for 12 months. If the project stops early, patients
return to the district nursing service and the funded post moves to the Trust's establishment.

## Measures
Wait to first review and healing rate, from the wound care audit, reported quarterly to the board.
"""


def test_project_document_without_a_recognisable_title_gets_a_type_not_unknown(tmp_path):
    result = _type_of(tmp_path, PROJECT_WITHOUT_TITLE)
    assert result.type == "pid"
    assert "reads like a project document" in result.reason


def test_content_fallback_tells_a_report_and_an_agreement_from_a_plan(tmp_path):
    report = (
        "# Community wound care hubs, 2024-2025\n\n"
        "Fenwick Vale NHS Trust and Orrin Therapeutics Ltd ran two wound care hubs between April 2024 and "
        "March 2025.\n\n## What happened\nThe hubs were well used; 640 patients were seen (target 500).\n\n"
        "## Results\nWaits fell from 9 weeks to 3 weeks. Healing within 12 weeks rose from 38% to 57%.\n\n"
        "## Contributions\nThe Trust provided nurse time; Orrin funded a Band 6 nurse (£44,000).\n\n"
        "## Learning\nRecruitment took longer than expected; patients told us Saturday clinics helped.\n"
    )
    assert _type_of(tmp_path, report).type == "outcomes-summary"
    terms = (
        "# Community wound care hubs\n\n"
        "This document is entered into by Fenwick Vale NHS Trust (\"the Trust\") and Orrin Therapeutics Ltd "
        "(\"the Company\"), each a party.\n\n1. Objectives: cut the wait for wound review to 3 weeks.\n\n"
        "2. Contributions: the Company shall fund £44,000; the Trust shall provide nurse time.\n\n"
        "3. Term and termination: from 1 September 2025 for 12 months; either party may terminate on "
        "60 days' notice.\n\n4. Disputes shall be referred to the project board, chaired by the Trust.\n\n"
        "5. Governing law: the laws of England and Wales. Benefits to patients are reported to the board.\n"
    )
    assert _type_of(tmp_path, terms).type == "agreement"


MARKETING = """# Helping your clinic heal more ulcers

Orrin Therapeutics Ltd offers wound clinics in your area a range of free support services.

## Why choose Orrin?
Our dressings are the only ones proven to halve healing time, and patients love them.

## What we offer
Audit searches by our team, nurse adviser clinics and education evenings with dinner provided.

## Get started
Speak to your Orrin account manager today; there is no charge to the practice.
"""


def test_marketing_copy_and_records_stay_unknown(tmp_path):
    assert _type_of(tmp_path, MARKETING).type == doctype.UNKNOWN
    minutes = (
        "# Minutes of the wound hub project board\n\nHeld 4 June 2025.\n\n"
        "Present: head of nursing (chair), Orrin medical adviser, tissue viability lead.\n\n"
        "The board reviewed the draft PID and the contributions of each partner.\n\n"
        "Actions: revise the milestones table.\n"
    )
    assert _type_of(tmp_path, minutes).type == doctype.UNKNOWN
    notes = (
        "# Wound hubs - informal notes\n\nAttendees: tissue viability lead; Orrin medical adviser.\n\n"
        "We talked about aims, possible funding from Orrin Therapeutics Ltd and a board to oversee it.\n\n"
        "Actions: draft a concept framework for the partnership panel by July 2025.\n"
    )
    assert _type_of(tmp_path, notes).type == doctype.UNKNOWN


def test_pid_with_minutes_appended_is_still_a_pid(tmp_path):
    # Minutes of the approving meeting at the end do not make the document meeting notes.
    text = PROJECT_WITHOUT_TITLE + (
        "\n## Appendix: approval\nPresent: head of nursing; Orrin medical adviser.\n\nApologies: none.\n\n"
        "Actions: publish the executive summary.\n"
    )
    assert _type_of(tmp_path, text).type == "pid"


def test_board_paper_cover_with_agenda_item_is_not_a_record(tmp_path):
    text = "Agenda item 7\n\n" + PROJECT_WITHOUT_TITLE
    assert _type_of(tmp_path, text, name="board paper.txt").type == "pid"


def test_every_tuning8a_document_gets_its_labelled_type():
    # Unusual titles (Collaboration Charter, Variation No. 2, Business Case, Partnership Proposal) and
    # PDFs whose type sits only in the running header.
    labels = json.loads((TUNING8A / "labels.json").read_text("utf-8"))
    wrong = {
        name: doctype.classify(load(TUNING8A / "documents" / name)).type
        for name, label in labels.items()
        if doctype.classify(load(TUNING8A / "documents" / name)).type != label["type"]
    }
    assert wrong == {}
