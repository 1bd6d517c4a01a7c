"""Section roles: glossaries, reference lists, contents pages and risk registers commit to nothing."""

from pathlib import Path

from reviewer.analysis import analyse, roles
from reviewer.documents import load
from reviewer.documents.text_reader import parse_text

ROOT = Path(__file__).resolve().parent.parent
TUNING8B = ROOT / "tuning8b" / "documents"

LONG_PID = """# Project Initiation Document
## Contents
1. Background
2. Exit arrangements
3. Risk log
## 1. Background
Sales of the drug class have doubled nationally and market share has moved to newer agents.
## 2. Exit arrangements
Either partner may end the project on 60 days' notice; patients return to their GP.
## 3. Risk log
| Ref | Risk | Likelihood | Mitigation |
|---|---|---|---|
| R1 | No data sharing agreement yet | 2 | The Trust remains sole data controller |
## Annex A - Glossary
| Term | Meaning |
|---|---|
| DPIA | Data protection impact assessment |
## Annex B - References
1. Information Commissioner's Office. Guide to data protection. 2023.
"""


def _roles_by_text(text: str) -> dict[str, str | None]:
    """Role of each body block by its text (headings left out: contents entries repeat them)."""
    analysis = analyse(parse_text(text, "pid.md"))
    return {
        b.text: analysis.block_role(i)
        for i, b in enumerate(analysis.document.blocks) if b.kind != "heading"
    }


def test_contents_entries_are_not_the_sections_they_list():
    analysis = analyse(parse_text(LONG_PID, "pid.md"))
    listed = [analysis.block_role(i) for i, b in enumerate(analysis.document.blocks)
              if b.text == "2. Exit arrangements"]
    # Plain text reads numbered contents lines as (empty) headings; the real section comes later.
    assert listed == [roles.CONTENTS, None]


def test_heading_words_give_sections_their_roles():
    found = _roles_by_text(LONG_PID)
    exit_clause = "Either partner may end the project on 60 days' notice; patients return to their GP."
    assert found[exit_clause] is None
    assert found["No data sharing agreement yet"] == roles.RISKS
    assert found["DPIA"] == roles.GLOSSARY
    assert found["1. Information Commissioner's Office. Guide to data protection. 2023."] == roles.REFERENCES
    assert found[
        "Sales of the drug class have doubled nationally and market share has moved to newer agents."
    ] == roles.BACKGROUND


def test_a_risk_response_is_read_as_body_text():
    found = _roles_by_text(LONG_PID)
    assert found["The Trust remains sole data controller"] == roles.RISK_RESPONSE
    assert roles.RISK_RESPONSE not in roles.NON_COMMITTAL


def test_tables_are_known_by_their_header_row_without_a_heading():
    text = """# Project Initiation Document
## 4. Delivery
| Abbreviation | Stands for |
|---|---|
| ICB | Integrated Care Board |

| Risk | Probability | Impact |
|---|---|---|
| Confidentiality breach | Low | High |
"""
    found = _roles_by_text(text)
    assert found["Integrated Care Board"] == roles.GLOSSARY
    assert found["Confidentiality breach"] == roles.RISKS


def test_agreement_terms_and_terms_of_reference_are_body_text():
    assert roles.heading_role("Part B - Terms") is None
    assert roles.heading_role("5. Terms of reference") is None
    assert roles.heading_role("Annex 5 - Glossary") == roles.GLOSSARY
    assert roles.heading_role("1. Definitions and interpretation") == roles.GLOSSARY
    assert roles.heading_role("Schedule 6 - References") == roles.REFERENCES
    assert roles.heading_role("9. Key risks") == roles.RISKS
    assert roles.heading_role("Background and objectives") is None  # it states the aims


def test_defined_terms_are_not_commitments():
    analysis = analyse(parse_text(
        '# Agreement\n## 1. Interpretation\n1.1 "Exit Strategy" means the arrangements in clause 11.\n'
        "## 11. Ending\n11.1 Posts funded by the company revert to the Trust on expiry.\n",
        "agreement.md",
    ))
    verdicts = {s.text: analysis.non_committal(s) for s in analysis.sentences}
    assert verdicts['1.1 "Exit Strategy" means the arrangements in clause 11.'] == roles.GLOSSARY
    assert verdicts["11.1 Posts funded by the company revert to the Trust on expiry."] is None


def test_long_pid_with_glossary_and_risk_register():
    """A real long PID: the glossary row defining 'Exit strategy' and the open risk row are set aside."""
    analysis = analyse(load(TUNING8B / "t8b_pid_02_copd_spirometry_hub.docx"))
    by_text = {}
    for i, block in enumerate(analysis.document.blocks):
        by_text[block.text] = analysis.block_role(i)  # the last occurrence: contents entries come first
    assert by_text["Exit strategy"] == roles.GLOSSARY
    assert by_text["No exit plan agreed"] == roles.RISKS
    assert by_text["Section F - Information governance"] is None  # the section heading itself
    assert by_text["Appendix 2 - Glossary"] == roles.GLOSSARY


def test_definitions_without_a_heading_are_not_commitments():
    """Definitions opened in running text, or listed after a lead line, define; they do not bind."""
    analysis = analyse(parse_text(
        "# Agreement\n"
        "1. Definitions and interpretation. In this Agreement: 'Exit Plan' means the plan in Schedule 4; "
        "'Confidential Information' means information marked confidential.\n"
        "2.1 In this Agreement the following words have these meanings:\n\n"
        "Data Protection Law: the UK GDPR and the Data Protection Act 2018;\n\n"
        "Summary: the executive summary published before the project starts.\n\n"
        "3. Exit. On expiry the parties shall follow the Exit Plan.\n",
        "agreement.md",
    ))
    verdicts = {s.text: analysis.non_committal(s) for s in analysis.sentences}
    defined = [t for t, role in verdicts.items() if role == roles.GLOSSARY]
    assert any(t.startswith("In this Agreement: 'Exit Plan' means") for t in defined)
    assert any(t.startswith("Data Protection Law:") for t in defined)
    assert any(t.startswith("Summary:") for t in defined)
    operative = [role for t, role in verdicts.items() if "shall follow the Exit Plan" in t]
    assert operative == [None]


def test_field_lines_without_a_definitions_lead_are_body_text():
    """The same "Label: text" shape in a PID's body answers a field; nothing announces definitions."""
    roles_by_text = _roles_by_text(
        "# Project Initiation Document\nIn this project:\n\n"
        "Exit plan: posts revert to the Trust when the funding ends.\n\n"
        "Confidentiality: both parties keep project information confidential.\n"
    )
    assert roles_by_text["Exit plan: posts revert to the Trust when the funding ends."] is None
    assert roles_by_text["Confidentiality: both parties keep project information confidential."] is None
