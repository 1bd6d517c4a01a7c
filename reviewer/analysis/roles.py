"""What part a block plays in the document: body text, or apparatus that commits to nothing.

Long project documents carry a contents page, a glossary, a reference list, a risk register and
document-control tables beside the clauses. Their vocabulary ("Exit strategy: the arrangements by
which a project ends", "Confidentiality: NHS Code of Practice", "R01 No exit plan agreed") names a
topic without saying what this project will do, so rules must not read it as a commitment.
Background sections describe the problem or the market rather than the project; they are marked
too, for the rules that need to tell a statement about the project from context.

Roles come from the section heading first and, for tables and contents lists that have no such
heading, from their shape (a "Term | Meaning" header row, a "Risk | Likelihood | Mitigation" one,
a run of lines that repeat later headings).
"""

from __future__ import annotations

import re

from reviewer.documents.model import HEADING, TABLE_CELL, Document

CONTENTS = "contents"
GLOSSARY = "glossary"
REFERENCES = "references"
RISKS = "risk register"
ADMIN = "document control"
BACKGROUND = "background"
# The planned response to a risk: body text, but read on its own words, since its row label is
# the risk ("No exit plan agreed"), not a field it answers.
RISK_RESPONSE = "risk response"
# Roles whose text is never a commitment by the parties.
NON_COMMITTAL = frozenset({CONTENTS, GLOSSARY, REFERENCES, RISKS, ADMIN})
# Roles whose text is not about this project at all (a risk row or a distribution list still is).
NOT_ABOUT_PROJECT = frozenset({CONTENTS, GLOSSARY, REFERENCES})
_INHERITED = frozenset({GLOSSARY, REFERENCES})

# "Annex 5 - Glossary", "Appendix B: References", "Schedule 6 – Risk register", "Section A - ...".
_PREFIX = re.compile(
    r"^\s*(?:(?:annex|appendix|schedule|section|part|attachment|exhibit)\s+[\w.]{1,4}\s*[-–—:.]?\s*)?",
    re.I,
)
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[A-Z]|[ivx]+)[.)]?\s+(?=\S)")
_HEADING_ROLES = (
    (CONTENTS, re.compile(r"^(?:table of )?contents$|^index$", re.I)),
    (GLOSSARY, re.compile(
        r"^(?:glossary|(?:key|defined) terms|terms used(?: in this document)?|definitions?|"
        r"interpretation|abbreviations?|"
        r"acronyms?|terminology)(?:\s*(?:,|and|&)\s*(?:glossary|definitions?|interpretation|"
        r"abbreviations?|acronyms?|terms))*(?: of terms)?"
        r"(?: used(?: in (?:this|the) (?:document|agreement|plan|summary|report|PID))?)?$",
        re.I,
    )),
    (REFERENCES, re.compile(
        r"^(?:key |selected )?(?:references?|bibliography|(?:further|background) reading|citations|sources|"
        r"literature(?: cited)?|evidence base)(?:\s+and\s+(?:further reading|sources|bibliography))?$",
        re.I,
    )),
    (RISKS, re.compile(
        r"^(?:key |initial |main |principal |project |top )?(?:risks?|raid)"
        r"(?:\s+(?:register|log|assessment|management|matrix|and (?:issues|mitigations?|dependencies)))?$|"
        r"^(?:issues and risks|risk and issue log)$",
        re.I,
    )),
    (ADMIN, re.compile(
        r"^(?:document (?:control|history|information|details)|version (?:history|control)|"
        r"revision history|change (?:log|history)|amendment history|distribution(?: list)?|"
        r"circulation(?: list)?)$",
        re.I,
    )),
)
# A heading that names the project's own aims is not background, whatever else it says.
_BACKGROUND = re.compile(
    r"^(?!.*\b(aims?|objectives?|outcomes?|benefits?|goals?|targets?|KPIs?|scope|proposal|approach)\b)"
    r".*\b(background|rationale|context|case for change|current (position|situation|service)|"
    r"the problem|problem statement|why (this|the) (project|work|programme)|introduction|"
    r"epidemiology|recitals?|whereas|national picture|local picture|policy (context|background)|"
    r"national policy)\b",
    re.I,
)
_GLOSSARY_HEAD = (
    re.compile(r"^(?:term|word|abbreviation|acronym|phrase)s?$", re.I),
    re.compile(
        r"^(?:meaning|definition|description|explanation|full (?:form|name|term)|stands for)s?$", re.I
    ),
)
_RISK_HEAD = (
    re.compile(r"^(?:risks?|risk description|description of risk|issue)$", re.I),
    re.compile(
        r"\b(?:likelihood|probability|impact|severity|mitigation|mitigating|rag|score|rating)\b", re.I
    ),
)
_RESPONSE = re.compile(r"\b(?:mitigat\w*|contingency|actions?|response|controls?|treatment|plan)\b", re.I)
_PAGE_NUMBER = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,3}\s*$")
# '"Exit Strategy" means the arrangements in clause 11': a defined term, which binds no one. A
# definitions clause may open with its own words first ("Definitions and interpretation. In this
# Agreement, unless the context requires otherwise: 'Exit Plan' means ..."); after such an opening
# the term may also be unquoted ("In this PID: Data Sharing Agreement means ...").
_DEFINES = r"(?:means|shall mean|has the meaning|have the meanings?|refers to|is defined as|includes)\b"
_DEFINITIONS_OPENING = (
    r"(?:(?:definitions?|interpretation)(?:\s+and\s+(?:definitions?|interpretation))?\s*[.:–—-]\s*)?"
    r"(?:(?:in|for the purposes of|throughout) (?:this|the) (?:agreement|document|contract|schedule|plan|PID|"
    r"summary|deed|clause|section|annex|appendix|framework|proposal|memorandum|MoU)\b[^\"“”‘’':;.]{0,120}?"
    r"[:,]?\s*)?"
    r"(?:the following (?:words|terms|expressions|definitions)[^\"“”‘’':;.]{0,60}?[:,]\s*)?"
)
DEFINITION = re.compile(
    r"^\s*(?:\(?\d+(?:\.\d+)*\)?\.?\s+|\([a-z]{1,3}\)\s+)?(?:"
    + _DEFINITIONS_OPENING + r"[\"“‘'][^\"“”‘’']{2,60}[\"”’']\s*" + _DEFINES
    # An unquoted term needs an opening that says definitions follow.
    + r"|(?=(?:definitions?|interpretation|in|for|throughout|the following)\b)(?=\S.{3,})"
    + _DEFINITIONS_OPENING + r"(?<=[:,.]\s)(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+" + _DEFINES + r")",
    re.I,
)


def heading_role(text: str) -> str | None:
    """The role a heading gives its section, from its words alone."""
    core = _NUMBER.sub("", _PREFIX.sub("", _NUMBER.sub("", text.strip()), count=1)).strip(" :.-–—")
    for role, pattern in _HEADING_ROLES:
        if pattern.search(core):
            return role
    return BACKGROUND if _BACKGROUND.search(core) else None


def block_roles(document: Document) -> list[str | None]:
    """One role (or None for body text) per block of `document`."""
    blocks = document.blocks
    roles: list[str | None] = [None] * len(blocks)
    # Headings: a section's role reaches down through its sub-headings, except background,
    # which only its own heading gives ("Introduction > Project team" is not background).
    stack: list[tuple[int, str | None]] = []  # (level, role) of the open headings
    for i, block in enumerate(blocks):
        if block.kind == HEADING:
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            own = heading_role(block.text)
            # Glossaries and reference lists may be split by letter or topic under sub-headings;
            # nothing else has sub-sections that share its role.
            inherited = next((r for _, r in reversed(stack) if r in _INHERITED), None)
            stack.append((block.level, own or inherited))
            roles[i] = own if own in NON_COMMITTAL else inherited or own
            continue
        if stack:
            role = stack[-1][1]
            # A risk section's prose may carry real plans; only its register table is set aside.
            if role == RISKS and block.kind != TABLE_CELL:
                role = None
            roles[i] = role if role in NON_COMMITTAL or role == BACKGROUND else None
    _mark_tables(document, roles)
    _mark_definition_lists(document, roles)
    _mark_contents(document, roles)
    return roles


def _mark_tables(document: Document, roles: list[str | None]) -> None:
    """Glossary and risk-register tables, known by their header row wherever they sit."""
    tables: dict[int, list[int]] = {}
    for i, block in enumerate(document.blocks):
        if block.kind == TABLE_CELL and block.location.table is not None:
            tables.setdefault(block.location.table, []).append(i)
    blocks = document.blocks
    for cells in tables.values():
        first_row = min(blocks[i].location.row or 0 for i in cells)
        head = {blocks[i].location.column: blocks[i].text.strip()
                for i in cells if blocks[i].location.row == first_row}
        texts = list(head.values())
        role = roles[cells[0]]
        if len(texts) >= 2 and _GLOSSARY_HEAD[0].match(texts[0]) and _GLOSSARY_HEAD[1].match(texts[1]):
            role = GLOSSARY
        elif any(_RISK_HEAD[0].match(h) for h in texts) and any(_RISK_HEAD[1].search(h) for h in texts):
            role = RISKS
        if role not in (GLOSSARY, RISKS):
            continue
        for i in cells:
            # What might go wrong is no commitment; the planned response to it may be one
            # ("if the business case fails, clinics close over 8 weeks and patients return to ...").
            column = head.get(blocks[i].location.column, "")
            roles[i] = RISK_RESPONSE if role == RISKS and _RESPONSE.search(column) else role


# A paragraph that announces definitions and ends there: "1.1 In this Agreement the following
# words have these meanings:", "Definitions and interpretation. In this PID:".
_DEFINITIONS_LEAD = re.compile(
    r"^(?=.{0,200}:\s*$)(?:\s*(?:\(?\d+(?:\.\d+)*\)?\.?\s+)?(?:definitions?|interpretation)\b"
    r"|.*\b(?:the following|these|those) (?:definitions|meanings?)\b"
    r"|.*\bdefinitions (?:apply|below|used|are as follows|shall apply)\b"
    r"|.*\b(?:words|terms|expressions)\b[^.;:]{0,40}\bmean(?:s|ings?)?\b"
    r"|\s*(?:\(?\d+(?:\.\d+)*\)?\.?\s+)?in this (?:agreement|contract|deed|schedule|memorandum)\b"
    r"[^.;]{0,80}:\s*$)",
    re.I,
)
# One entry of such a list: a quoted or capitalised term, then a colon, a dash or "means".
_DEFINITION_ENTRY = re.compile(
    r"^\s*(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,3})\)?\.?\s+)?(?:[\"“‘'][^\"“”‘’']{2,60}[\"”’']"
    r"|(?-i:[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the))*?))\s*(?::|[–—-]\s|" + _DEFINES + r")",
    re.I,
)


def _mark_definition_lists(document: Document, roles: list[str | None]) -> None:
    """The entries that follow a paragraph announcing definitions, with no heading of their own.

    "In this Agreement the following definitions apply:" then "Exit Plan: the plan in Schedule 4"
    defines a term; the same "Exit plan:" line in a PID's body answers a field. Only the lead
    tells them apart, so the run starts at the lead and ends at the first line that is no entry.
    """
    blocks = document.blocks
    in_list = False
    for i, block in enumerate(blocks):
        if block.kind == HEADING or block.kind == TABLE_CELL:
            in_list = False
            continue
        if in_list and _DEFINITION_ENTRY.match(block.text):
            roles[i] = roles[i] or GLOSSARY
            continue
        in_list = bool(_DEFINITIONS_LEAD.search(block.text.strip()))


def _mark_contents(document: Document, roles: list[str | None]) -> None:
    """A run of three or more lines that each repeat a later heading is a contents list.

    The lines may have been read as headings themselves (a plain-text contents list of numbered
    titles looks like a run of empty clause headings).
    """
    blocks = document.blocks
    later: dict[str, int] = {}  # normalised heading text -> index of its last occurrence
    for i, block in enumerate(blocks):
        if block.kind == HEADING:
            later[_entry_key(block.text)] = i
    run: list[int] = []
    for i, block in enumerate(blocks + (None,)):
        key = _entry_key(block.text) if block is not None else None
        # A heading with a body of its own is a real section, whatever it repeats.
        if key and block.kind == HEADING and i + 1 < len(blocks) and blocks[i + 1].kind != HEADING:
            key = None
        if key and later.get(key, -1) > i:
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                roles[j] = CONTENTS
        run = []


def _entry_key(text: str) -> str:
    text = _PAGE_NUMBER.sub("", text.strip())
    return re.sub(r"\W+", " ", _NUMBER.sub("", text)).strip().lower()
