"""Structured facts read from one document, each with the place it was read from.

A pack review compares these across the documents of one project: who the parties are, what the
project is called, when it starts and ends, when the agreement was signed and the summary
published, what each party puts in, the objectives, and who sits on its governance. Facts are
read from labelled fields, table rows and section headings first and from sentence wording
second; the trained NER pipeline only confirms people's names, on a few short strings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.dates import (
    DateValue,
    Money,
    find_dates,
    find_money,
    months_between,
)
from reviewer.documents.model import HEADING, TABLE_CELL, Location

COMPANY, NHS = "company", "nhs"
SIDE_NAMES = {COMPANY: "company", NHS: "NHS/other partner"}

_SUFFIX = (
    r"(?:NHS Foundation Trust|NHS Trust|Foundation Trust|Integrated Care Board|ICB"
    r"|University Health Board|Health Board|Health and Social Care Trust|Council"
    r"|NHS FT|(?:UK\s+)?(?:Limited|Ltd|plc|PLC|LLP|CIC|CIO|Inc|GmbH))\b\.?"
)
_WORD = r"(?:[A-Z][\w'’&-]*|&)"
ORG = re.compile(
    rf"\b(?:{_WORD}(?:\s+(?:{_WORD}|and|of|the|upon|on))*?\s+{_SUFFIX}"
    r"|University of [A-Z]\w+(?:\s+[A-Z]\w+)*"
    r"|NHS (?!Part|Body|Organi[sz]ation|Trust\b|England\b)[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)"
)
LEADING_NOISE = re.compile(
    r"^(?:(?:The|This|Between|And|By|With|Signed|For|Of|Parties|Party|Partners?|Agreement|"
    r"Dated|Made|Funding|Both|Our|Each|Total)\s+)+"
)
NHS_WORDS = re.compile(
    r"\b(NHS|Trust|ICB|Integrated Care Board|Health Board|Council|University|Federation)\b"
)
COMPANY_NUMBER = re.compile(
    r"\b(?:company|registered|registration)\s+(?:number|no\.?)\s*:?\s*(?P<n>[A-Z]{2}\d{6}|\d{6,8})"
    r"|\bregistered in [A-Z][\w ]{2,30}? (?:under|with)\s+(?:company\s+)?(?:number|no\.?)\s*"
    r"(?P<n2>[A-Z]{2}\d{6}|\d{6,8})",
    re.I,
)
DEFINED_TERM = re.compile(
    r"^\s*,?\s*\(\s*(?:the\s+)?[\"“‘']+(?:the\s+)?(?P<term>[A-Z][\w ]{1,30}?)[\"”’']+\s*\)"
)
RECITAL = re.compile(r"\b(?:made|entered into|concluded)\b.{0,60}?\bbetween\b|^\s*between\b", re.I)
SIGNED_FOR = re.compile(r"\bsigned\b.{0,30}?\bon behalf of\b", re.I)
PARTY_LABEL = re.compile(
    r"^(?:the\s+)?(?:parties|party|partners?|partner organi[sz]ations?|organi[sz]ations?|"
    r"contracting part(?:y|ies))$",
    re.I,
)
INLINE_PARTIES = re.compile(r"\b(?:parties|partners|partner organi[sz]ations)\s*:", re.I)
PARTY_SECTION = re.compile(r"\b(?:parties|partner organi[sz]ations?|contracting part|partners)\b", re.I)
TITLE_LABEL = re.compile(
    r"^(?:project (?:title|name)|title(?: of (?:the )?project)?|name of (?:the )?project|project)$",
    re.I,
)
KNOWN_AS = re.compile(r"\bproject (?:known as|called|entitled)\s+[\"“]?(?P<title>[^\"”.]{6,150})", re.I)
REFERENCE_LABEL = re.compile(r"^project (?:reference|ref\.?|code|id|number)$", re.I)
GENERIC_TITLE = re.compile(
    r"\b(?:project initiation (?:document|documentation|form)|PID|executive summary|summary of the"
    r"(?: collaborative| joint)? working agreement|(?:collaborative|joint)[- ]working agreement|"
    r"agreement|summary of project outcomes|outcomes summary|project amendment(?: form)?|"
    r"concept framework|public summary|project summary|memorandum of understanding|"
    r"collaborative working|joint working)\b",
    re.I,
)

# Which date a date is: the cue nearest before it in its sentence decides, then the field
# label, then the section heading.
DATE_CUES = {
    "publication": re.compile(r"\bpublish\w*|\bpublication\b|\bposted\b|\bmade public\b", re.I),
    "preparation": re.compile(r"\bdate of preparation\b|\bprepared\b|\bpreparation\b", re.I),
    "agreement": re.compile(
        r"\bdated\b|\bdate of (?:this )?agreement\b|\bagreement date\b|\bsigned\b|\bsignature\b|"
        r"\bexecuted\b|\bmade on\b|\beffective date\b",
        re.I,
    ),
    "start": re.compile(
        r"\bstart\w*|\bcommenc\w*|\bbegin\w*|\bbegan\b|\bgo[- ]live\b|\blaunch\w*"
        r"|\bfirst clinics?\b",
        re.I,
    ),
    "end": re.compile(
        r"\bend(?:s|ing|ed)?\b|\bexpir\w*|\bcomplet\w*|\bfinish\w*|\buntil\b|\bconclu\w*|\bclos(?:e|es|ing|ure)\b",
        re.I,
    ),
}
AGREEMENT_SUBJECT = re.compile(r"\b(?:this|the) agreement\b(?!\s+(?:is\s+)?(?:dated|signed))", re.I)
PERIOD_CUES = re.compile(r"\b(?:period|term|duration|timescale|timeline|dates?|length|run)\b", re.I)
RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|-|–|—|and)\s*$", re.I)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty-four": 24,
    "twenty four": 24,
    "thirty-six": 36,
    "thirty six": 36,
}
DURATION = re.compile(
    r"(?<!within )(?<!after )(?<!at )\b(?P<n>\d{1,3}(?:\.\d)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")[\s-]*(?P<unit>months?|years?)\b(?!\s+(?:of|after|from the end))",
    re.I,
)

CONTRIBUTION_CONTEXT = re.compile(
    r"\bcontribut\w*|\bresources?\b|\bfinanc\w*|\bfunding\b|\bbudget\b|\bcosts?\b|\bvalue\b", re.I
)
CONTRIBUTION_CUE = re.compile(
    r"\bcontribut\w*|\bfunds?\b|\bfunding\b|\bprovides?\b|\bpays?\b|\bin[- ]kind\b|\bvalued\b",
    re.I,
)
TOTAL_CUE = re.compile(r"\btotal\b|\boverall\b|\bcombined\b|\bin all\b", re.I)
WTE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:WTE|FTE)\b", re.I)
SESSIONS = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six)\s+(?:sessions?|PAs?|programmed activit(?:y|ies))\b",
    re.I,
)
COMPANY_WORDS = re.compile(r"\b(?:the )?(?:company|industry partner|pharmaceutical company)\b", re.I)
NHS_PARTY_WORDS = re.compile(
    r"\b(?:the )?(?:trust|ICB|integrated care board|health board|NHS partner|practice|council)\b",
    re.I,
)

OBJECTIVE_SECTION = re.compile(
    r"\b(?:objectives?|aims?|KPIs?|key performance|outcome measures?|"
    r"success (?:measures?|criteria)|goals?|measures of success)\b",
    re.I,
)
BENEFICIARY = re.compile(
    r"^(?:for\s+)?(?:patients?|(?:the\s+)?(?:nhs|trust|icb|company|industry|partners?)\b.*"
    r"|[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)?)$",
    re.I,
)
GOVERNANCE_SECTION = re.compile(
    r"\b(?:governance|steering|project (?:team|board|group)|oversight|membership|"
    r"accountable leads?|organisational structure|roles and responsibilities)\b",
    re.I,
)
CONTACT_SECTION = re.compile(r"\bcontacts?\b|\bcontact details\b", re.I)
SIGNATURE_SECTION = re.compile(r"\bsignat\w*|\bsigned\b|\bexecution\b", re.I)
NAME_COLUMN = re.compile(r"^(?:name|member|person|lead|representative)s?\b", re.I)
ROLE_COLUMN = re.compile(r"\b(?:role|title|position|job)\b", re.I)
ORG_COLUMN = re.compile(r"\b(?:organi[sz]ation|party|employer|partner)\b", re.I)
PERSON = re.compile(
    r"(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?[A-Z][a-z'’-]+"
    r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})"
)
ROLE_WORDS = re.compile(
    r"\b(?:manager|director|lead|officer|head|chair|representative|executive|specialist|analyst|"
    r"advis[oe]r|nurse|pharmacist|consultant|physician|\w+ologist|GP|clinician|coordinator|chief|"
    r"liaison|KAM|secretary|administrator|partner|MSL|member)\b",
    re.I,
)
HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\b")


@dataclass(frozen=True)
class Span:
    """Where a fact was read: the quote a reader sees and its place in the document."""

    text: str
    block: int
    start: int
    end: int
    location: Location


@dataclass(frozen=True)
class Party:
    name: str
    side: str  # "company" | "nhs"
    role: str  # defined term or stated role ("the Company", "NHS partner"), else the side
    company_number: str | None
    span: Span
    how: str

    @property
    def key(self) -> str:
        return party_key(self.name)

    @property
    def core(self) -> str:
        return party_core(self.name)


@dataclass(frozen=True)
class DateFact:
    kind: str  # start | end | agreement | publication | preparation
    value: DateValue
    span: Span
    how: str


@dataclass(frozen=True)
class Duration:
    months: float
    span: Span | None  # None when worked out from the start and end dates
    how: str


@dataclass(frozen=True)
class Contribution:
    side: str | None  # "company" | "nhs" | None for a total
    party: str | None  # the name the document used
    kind: str  # item | subtotal | total
    money: Money | None
    wte: float | None
    span: Span
    sessions: float | None = None  # sessions / programmed activities (PAs), usually per week


@dataclass(frozen=True)
class Objective:
    text: str
    span: Span


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    organisation: str | None
    context: str  # governance | contact | signatory
    span: Span


@dataclass(frozen=True)
class TextFact:
    value: str
    span: Span
    how: str


@dataclass
class Facts:
    """Everything read from one document; lists keep document order."""

    doc_type: str
    title: TextFact | None = None
    reference: TextFact | None = None
    parties: list[Party] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    durations: list[Duration] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)

    def date(self, kind: str) -> DateFact | None:
        found = [d for d in self.dates if d.kind == kind]
        return found[0] if found else None

    @property
    def duration(self) -> Duration | None:
        if self.durations:
            return self.durations[0]
        start, end = self.date("start"), self.date("end")
        if start and end and not end.value.surely_before(start.value):
            return Duration(months_between(start.value, end.value), None, "from the start and end dates")
        return None

    def side_totals(self) -> dict[str, tuple[float, float, list[Contribution]]]:
        """Per side: (pounds, tolerance, contributions); a stated subtotal beats summed items."""
        result = {}
        for side in (COMPANY, NHS):
            mine = [c for c in self.contributions if c.side == side and c.money]
            subtotals: dict[str | None, Contribution] = {}
            for c in mine:
                if c.kind == "subtotal":
                    subtotals.setdefault(c.party, c)  # first stated subtotal of each party
            items = [c for c in mine if c.kind == "item"]
            # A table breaks the money down; prose beside it usually restates the same sums.
            tabled = [c for c in items if c.span.location.table is not None]
            chosen = list(subtotals.values()) or tabled or items
            if chosen:
                result[side] = (
                    sum(c.money.pounds for c in chosen),
                    sum(c.money.tolerance for c in chosen),
                    chosen,
                )
        return result

    def total(self) -> Contribution | None:
        totals = [c for c in self.contributions if c.kind == "total" and c.money]
        return totals[0] if totals else None

    def side_wte(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for c in self.contributions:
            if c.side and c.wte:
                result[c.side] = result.get(c.side, 0.0) + c.wte
        return result

    def side_sessions(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for c in self.contributions:
            if c.side and c.sessions:
                result[c.side] = result.get(c.side, 0.0) + c.sessions
        return result

    def to_dict(self) -> dict:
        def span(s: Span | None):
            return None if s is None else {"text": s.text, "location": s.location.to_dict()}

        duration = self.duration
        total = self.total()
        return {
            "doc_type": self.doc_type,
            "title": self.title and {"value": self.title.value, "evidence": span(self.title.span)},
            "reference": self.reference
            and {"value": self.reference.value, "evidence": span(self.reference.span)},
            "parties": [
                {
                    "name": p.name,
                    "side": p.side,
                    "role": p.role,
                    "company_number": p.company_number,
                    "evidence": span(p.span),
                }
                for p in self.parties
            ],
            "dates": [
                {
                    "kind": d.kind,
                    "value": d.value.iso,
                    "precision": d.value.precision,
                    "evidence": span(d.span),
                }
                for d in self.dates
            ],
            "duration_months": duration.months if duration else None,
            "contributions": [
                {
                    "side": c.side,
                    "party": c.party,
                    "kind": c.kind,
                    "pounds": c.money.pounds if c.money else None,
                    "wte": c.wte,
                    "sessions": c.sessions,
                    "evidence": span(c.span),
                }
                for c in self.contributions
            ],
            "total_pounds": total.money.pounds if total else None,
            "objectives": [{"text": o.text, "evidence": span(o.span)} for o in self.objectives],
            "governance": [
                {
                    "name": m.name,
                    "role": m.role,
                    "organisation": m.organisation,
                    "context": m.context,
                    "evidence": span(m.span),
                }
                for m in self.members
            ],
        }


def party_key(name: str) -> str:
    """Normalised name: 'Meridian Pharma UK Limited' and 'Meridian Pharma UK Ltd.' agree."""
    text = re.sub(r"\(.*?\)", " ", name.lower())
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bpublic limited company\b", "plc", text)
    text = re.sub(r"\blimited\b", "ltd", text)
    text = re.sub(r"\bnhs ft\b", "nhs foundation trust", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def party_core(name: str) -> str:
    """The key without its legal form ('meridian pharma'), for looser matching."""
    words = party_key(name).split()
    while words and words[-1] in ("ltd", "plc", "llp", "inc", "cic", "cio", "gmbh", "uk"):
        words.pop()
    return " ".join(words)


def extract(analysis: Analysis) -> Facts:
    facts = Facts(doc_type=analysis.doc_type.type)
    _title(analysis, facts)
    _parties(analysis, facts)
    _dates(analysis, facts)
    _contributions(analysis, facts)
    _objectives(analysis, facts)
    _members(analysis, facts)
    return facts


def _span(analysis: Analysis, sentence: Sentence) -> Span:
    text = sentence.context
    if len(text) > 300:
        text = text[:299].rstrip() + "…"
    return Span(text, sentence.block, sentence.start, sentence.end, analysis.block_location(sentence.block))


def _block_span(analysis: Analysis, index: int) -> Span:
    block = analysis.document.blocks[index]
    return Span(block.text[:300], index, 0, len(block.text), block.location)


def _section_parts(analysis: Analysis, sentence: Sentence) -> list[str]:
    section = analysis.block_location(sentence.block).section or ""
    return [re.sub(r"^\s*[\d.]+\s*", "", part) for part in section.split(" > ") if part]


def _in_section(analysis: Analysis, sentence: Sentence, pattern: re.Pattern) -> bool:
    return any(pattern.search(part) for part in _section_parts(analysis, sentence))


def _labels(analysis: Analysis, sentence: Sentence) -> list[str]:
    block = analysis.document.blocks[sentence.block]
    labels = [sentence.label] if sentence.label and block.kind != TABLE_CELL else []
    if block.kind == TABLE_CELL:
        labels += [lab for lab in (block.column_label, block.row_label) if lab]
    return labels


# -- title and reference ---------------------------------------------------------------------


def _title(analysis: Analysis, facts: Facts) -> None:
    for sentence in analysis.sentences:
        block = analysis.document.blocks[sentence.block]
        label = block.row_label if block.kind == TABLE_CELL else sentence.label
        if label and TITLE_LABEL.match(label.strip()) and facts.title is None:
            facts.title = TextFact(
                _clean_title(sentence.value), _span(analysis, sentence), f"field '{label}'"
            )
        if label and REFERENCE_LABEL.match(label.strip()) and facts.reference is None:
            facts.reference = TextFact(
                sentence.value.strip(" ."), _span(analysis, sentence), f"field '{label}'"
            )
    if facts.title:
        return
    for sentence in analysis.sentences:
        match = KNOWN_AS.search(sentence.text)
        if match:
            facts.title = TextFact(
                _clean_title(match.group("title")), _span(analysis, sentence), "named in the text"
            )
            return
    blocks = analysis.document.blocks
    candidates = [(i, b.text) for i, b in enumerate(blocks[:6]) if b.kind == HEADING]
    if analysis.document.title:
        candidates.insert(0, (None, analysis.document.title))
    for index, text in candidates:
        title = _clean_title(text)
        if len(GENERIC_TITLE.sub("", title).split()) >= 3:
            span = _block_span(analysis, index if index is not None else 0)
            facts.title = TextFact(
                title, span, "document heading" if index is not None else "document title property"
            )
            return


def _clean_title(text: str) -> str:
    text = text.strip(' ."“”')
    # "Executive Summary: Heart Failure Clinics" -> "Heart Failure Clinics"
    match = re.match(r"^(.{3,80}?)\s*[:\u2013\u2014-]\s+(.+)$", text)
    if match and GENERIC_TITLE.fullmatch(match.group(1).strip()):
        text = match.group(2)
    return text.strip()


def title_words(title: str) -> set[str]:
    """Content words of a title, for grouping documents of one project."""
    stop = {"the", "a", "an", "of", "in", "for", "and", "to", "with", "on", "at", "by", "project"}
    text = GENERIC_TITLE.sub(" ", title.lower())
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in stop and len(w) > 1}


# -- parties ---------------------------------------------------------------------------------


def org_names(text: str) -> list[tuple[str, int, int]]:
    """Organisation names with a legal or NHS form in `text`: (name, start, end)."""
    found = []
    for match in ORG.finditer(text):
        name = match.group(0)
        noise = LEADING_NOISE.match(name)
        start = match.start() + (noise.end() if noise else 0)
        name = text[start : match.end()].rstrip(".")
        if len(name.split()) >= 2:
            found.append((name, start, start + len(name)))
    return found


def _side(name: str) -> str:
    return NHS if NHS_WORDS.search(name) and not re.search(r"\b(Ltd|Limited|plc)\b", name) else COMPANY


def _parties(analysis: Analysis, facts: Facts) -> None:
    seen: dict[str, int] = {}
    for sentence in analysis.sentences:
        text = sentence.text
        block = analysis.document.blocks[sentence.block]
        how = _party_source(analysis, sentence)
        if how is None:
            continue
        names = org_names(text)
        if not names and how in ("parties field", "parties section", "parties table"):
            names = [
                (t, s, e)
                for t, label, s, e in analysis.entities(text)
                if label == "ORG" and len(t.split()) >= 2 and not t.lower().startswith("the ")
            ]
        if not names and how == "parties table" and _looks_like_name(sentence.value):
            names = [(sentence.value.strip(" ."), 0, len(text))]
        inline = INLINE_PARTIES.search(text)
        if how == "parties field" and inline:
            names = [n for n in names if n[1] >= inline.end()]
        if how == "signature block":
            after = SIGNED_FOR.search(text).end()
            names = [n for n in names if n[1] >= after][:1]
        role_cell = _row_role(analysis, sentence.block) if how == "parties table" else None
        for name, _start, end in names:
            number = None
            # The number may sit past a sentence break the splitter saw in "no. 0451..."
            for match in COMPANY_NUMBER.finditer(block.text, sentence.start + end):
                following = [n for n in names if end < n[1] < match.start() - sentence.start]
                if not following:
                    number = match.group("n") or match.group("n2")
                break
            term = DEFINED_TERM.match(text[end : end + 60])
            if term is None and number:
                tail = text[end:]
                tail_term = re.search(
                    r"\(\s*[\"“‘']+(?:the\s+)?(?P<term>[A-Z][\w ]{1,30}?)[\"”’']+\s*\)", tail[:200]
                )
                term = tail_term
            side = _side(name)
            if term and name.lower().startswith(term.group("term").lower()):
                term = None  # ("Meridian") is a short name, not a role
            role = f"the {term.group('term')}" if term else (role_cell or SIDE_NAMES[side])
            key = party_core(name) or party_key(name)
            party = Party(name, side, role, number, _span(analysis, sentence), how)
            if key in seen:
                old = facts.parties[seen[key]]
                if (number and not old.company_number) or (old.role == SIDE_NAMES[old.side] != role):
                    facts.parties[seen[key]] = Party(
                        old.name,
                        old.side,
                        role if old.role == SIDE_NAMES[old.side] else old.role,
                        old.company_number or number,
                        old.span,
                        old.how,
                    )
                continue
            seen[key] = len(facts.parties)
            facts.parties.append(party)
    # "Cwm Tawel" read by NER beside "Cwm Tawel University Health Board" is the same party.
    cores = [p.core for p in facts.parties]
    facts.parties[:] = [
        p
        for p in facts.parties
        if not any(other != p.core and other.startswith(p.core + " ") for other in cores)
    ]


def _party_source(analysis: Analysis, sentence: Sentence) -> str | None:
    """Why this sentence names contracting parties, or None if it does not."""
    text = sentence.text
    block = analysis.document.blocks[sentence.block]
    if block.kind == TABLE_CELL:
        if block.header_cell or (block.row_label and TOTAL_CUE.search(block.row_label)):
            return None
        column = block.column_label or ""
        elsewhere = not _in_section(analysis, sentence, PARTY_SECTION) and (
            _in_section(analysis, sentence, GOVERNANCE_SECTION)
            or _in_section(analysis, sentence, CONTACT_SECTION)
        )
        if PARTY_LABEL.match(column.strip()) and not elsewhere:
            return "parties table"
        first_column = block.location.column == 1 and not column
        if first_column and _in_section(analysis, sentence, PARTY_SECTION):
            return "parties table"
        return None
    if RECITAL.search(text):
        return "recital"
    if SIGNED_FOR.search(text):
        return "signature block"
    if sentence.label and PARTY_LABEL.match(sentence.label.strip()):
        return "parties field"
    if INLINE_PARTIES.search(text):
        return "parties field"
    if _in_section(analysis, sentence, PARTY_SECTION) and len(text.split()) <= 40:
        return "parties section"
    return None


def _looks_like_name(text: str) -> bool:
    words = text.strip(" .").split()
    if words and words[0].lower() == "the":
        return False
    return (
        2 <= len(words) <= 10
        and not re.search(r"\d|@", text)
        and all(w[0].isupper() or w in ("and", "of", "the", "&") for w in words)
    )


def _row_cells(analysis: Analysis, index: int) -> list[int]:
    """Indices of the blocks in the same table row as block `index`."""
    blocks = analysis.document.blocks
    here = blocks[index].location
    if here.table is None:
        return []
    result = []
    for j in range(max(0, index - 12), min(len(blocks), index + 13)):
        loc = blocks[j].location
        if (
            blocks[j].kind == TABLE_CELL
            and loc.table == here.table
            and loc.row == here.row
            and (loc.page == here.page)
        ):
            result.append(j)
    return result


def _row_role(analysis: Analysis, index: int) -> str | None:
    for j in _row_cells(analysis, index):
        block = analysis.document.blocks[j]
        if j != index and block.column_label and re.search(r"^role\b", block.column_label, re.I):
            return block.text.strip()
    return None


# -- dates and duration ----------------------------------------------------------------------


def _dates(analysis: Analysis, facts: Facts) -> None:
    for sentence in analysis.sentences:
        text = sentence.text
        found = find_dates(text)
        labels = " ".join(_labels(analysis, sentence))
        section = " ".join(_section_parts(analysis, sentence)[-1:])
        previous_end = 0
        ranged: set[int] = set()
        for i, (match, value) in enumerate(found):
            if i in ranged:
                continue
            window = text[previous_end : match.start()]
            kind, how = _date_kind(window, labels, section, i == 0)
            nxt = found[i + 1] if i + 1 < len(found) else None
            joined = nxt and RANGE_JOIN.match(text[match.end() : nxt[0].start()])
            if joined and kind in (None, "start"):
                term = "term-" if AGREEMENT_SUBJECT.search(text[: match.start()]) else ""
                facts.dates.append(DateFact(f"{term}start", value, _span(analysis, sentence), "range start"))
                facts.dates.append(DateFact(f"{term}end", nxt[1], _span(analysis, sentence), "range end"))
                ranged.add(i + 1)
                previous_end = nxt[0].end()
                continue
            previous_end = match.end()
            if kind in ("start", "end") and AGREEMENT_SUBJECT.search(text[: match.start()]):
                # "This Agreement starts on signature and ends on ..." is the contract's term,
                # which often outlasts the project's delivery; it is not the project period.
                kind, how = f"term-{kind}", f"the agreement's term ({how})"
            if kind:
                facts.dates.append(DateFact(kind, value, _span(analysis, sentence), how))
        _durations(analysis, sentence, found, labels, facts)
    # The ES's publication date is the fact rules need; when the summary gives only its date of
    # preparation, that is the earliest it can have been published.
    order = {
        "publication": 0,
        "agreement": 1,
        "start": 2,
        "end": 3,
        "preparation": 4,
        "term-start": 5,
        "term-end": 6,
    }
    facts.dates.sort(key=lambda d: (order[d.kind], d.span.block))


def _date_kind(window: str, labels: str, section: str, first: bool) -> tuple[str | None, str]:
    best, best_pos = None, -1
    for kind, pattern in DATE_CUES.items():
        for match in pattern.finditer(window):
            if match.start() > best_pos:
                best, best_pos = kind, match.start()
    if best:
        return best, f"'{window[best_pos:].strip()[:40]}' before the date"
    if not first:
        return None, ""
    for source, where in ((labels, "field"), (section, "section")):
        for kind, pattern in DATE_CUES.items():
            # A publication-plan section dates leaflets and reports, not the summary itself.
            if where == "section" and kind == "publication":
                continue
            if source and pattern.search(source):
                return kind, f"{where} '{source[:40]}'"
    if section and PERIOD_CUES.search(section):
        return "start", f"first date in section '{section[:40]}'"
    return None, ""


def _durations(analysis, sentence, found, labels, facts) -> None:
    text = sentence.text
    relevant = found or PERIOD_CUES.search(labels) or _in_section(analysis, sentence, PERIOD_CUES)
    if not relevant or _in_section(analysis, sentence, CONTRIBUTION_CONTEXT):
        return
    for match in DURATION.finditer(text):
        raw = match.group("n").lower()
        number = NUMBER_WORDS.get(raw) or float(raw)
        months = number * (12 if match.group("unit").lower().startswith("year") else 1)
        facts.durations.append(Duration(months, _span(analysis, sentence), f"'{match.group(0)}'"))
        return


# -- contributions ---------------------------------------------------------------------------


def _contributions(analysis: Analysis, facts: Facts) -> None:
    aliases = _party_aliases(facts)
    for sentence in analysis.sentences:
        block = analysis.document.blocks[sentence.block]
        labels = " ".join(_labels(analysis, sentence))
        in_context = _in_section(analysis, sentence, CONTRIBUTION_CONTEXT) or bool(
            CONTRIBUTION_CONTEXT.search(labels)
        )
        money = find_money(sentence.text)
        wtes = [float(m.group("n")) for m in WTE.finditer(sentence.text)]
        sessions = sum(_count(m.group("n")) for m in SESSIONS.finditer(sentence.text)) or None
        if not (money or wtes or sessions):
            continue
        if not (in_context or CONTRIBUTION_CUE.search(sentence.text) or TOTAL_CUE.search(sentence.text)):
            continue
        span = _span(analysis, sentence)
        row_label = block.row_label if block.kind == TABLE_CELL else None
        row_party = _resolve(row_label, aliases) if row_label else None
        row_total = bool(row_label and TOTAL_CUE.search(row_label))
        if block.kind == TABLE_CELL and not money and row_party:
            facts.contributions.append(
                Contribution(row_party[0], row_party[1], "item", None, sum(wtes) or None, span, sessions)
            )
            continue
        # A sentence split off mid-clause ("... contributes" / "£30k in kind") takes its party
        # from the text of the block before it.
        lead_in = block.text[: sentence.start] if block.kind != TABLE_CELL else ""
        for i, (match, value) in enumerate(money):
            before = sentence.text[: match.start()]
            mention = _last_mention(before, aliases) or (
                _last_mention(lead_in[-200:], aliases) if lead_in else None
            )
            wte = sum(wtes) if i == 0 and wtes else None
            staff = sessions if i == 0 else None
            if row_total:
                if mention:
                    facts.contributions.append(
                        Contribution(mention[0], mention[1], "subtotal", value, wte, span)
                    )
                else:
                    facts.contributions.append(Contribution(None, None, "total", value, None, span))
            elif row_party:
                facts.contributions.append(
                    Contribution(row_party[0], row_party[1], "item", value, wte, span, staff)
                )
            elif mention and _mention_after_total(before, aliases):
                facts.contributions.append(
                    Contribution(mention[0], mention[1], "subtotal", value, None, span)
                )
            elif TOTAL_CUE.search(_clause(before)) or re.match(r"^\s*total\b", labels, re.I):
                facts.contributions.append(Contribution(None, None, "total", value, None, span))
            elif mention:
                facts.contributions.append(
                    Contribution(mention[0], mention[1], "item", value, wte, span, staff)
                )


def _count(text: str) -> float:
    return float(NUMBER_WORDS.get(text.lower(), 0) or text)


def _mention_after_total(before: str, aliases) -> bool:
    """'Total contributions: Meridian £289,900' gives Meridian's subtotal, not the total."""
    clause = _clause(before)
    cues = list(TOTAL_CUE.finditer(clause))
    if not cues:
        return False
    tail = clause[cues[-1].end() :]
    return _last_mention(tail, aliases) is not None


def _clause(before: str) -> str:
    """The part of the sentence that leads up to an amount, from its last clause break."""
    return re.split(r"[;]|\.\s", before)[-1]


def _party_aliases(facts: Facts) -> list[tuple[re.Pattern, str, str]]:
    """(pattern, side, name) for every way the document refers to a party."""
    aliases = []
    for party in facts.parties:
        names = {party.name, re.sub(r"\s*\(.*?\)", "", party.name)}
        core_words = party.core.split()
        if core_words:
            names.add(core_words[0])
        names.add(" ".join(party.name.split()[:2]))
        if party.role.startswith("the "):
            names.add(party.role)
        for name in names:
            if len(name) >= 3:
                pattern = re.compile(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b", re.I)
                aliases.append((pattern, party.side, party.name))
    # Generic words ("the ICB", "the Trust") name the party by the words used.
    aliases.append((COMPANY_WORDS, COMPANY, None))
    aliases.append((NHS_PARTY_WORDS, NHS, None))
    return aliases


def _resolve(text: str, aliases) -> tuple[str, str] | None:
    for pattern, side, name in aliases:
        match = pattern.search(text)
        if match:
            return side, name or match.group(0)
    names = org_names(text)
    if names:
        return _side(names[0][0]), names[0][0]
    return None


def _last_mention(text: str, aliases) -> tuple[str, str] | None:
    best, best_pos = None, (-1, 0)
    for pattern, side, name in aliases:
        for match in pattern.finditer(text):
            pos = (match.end(), match.end() - match.start())
            if pos > best_pos:
                best, best_pos = (side, name or match.group(0)), pos
    for name, start, end in org_names(text):
        if (end, end - start) > best_pos:
            best, best_pos = (_side(name), name), (end, end - start)
    return best


# -- objectives ------------------------------------------------------------------------------


def _objectives(analysis: Analysis, facts: Facts) -> None:
    for sentence in analysis.sentences:
        labels = " ".join(_labels(analysis, sentence))
        if not (_in_section(analysis, sentence, OBJECTIVE_SECTION) or OBJECTIVE_SECTION.search(labels)):
            continue
        if len(sentence.value.split()) < 4:
            continue
        label = sentence.label or ""
        if label and BENEFICIARY.match(label.strip()) and not OBJECTIVE_SECTION.search(label):
            continue  # "Patients: fewer admissions" is an expected benefit, not an objective
        facts.objectives.append(
            Objective(re.sub(r"^\s*[\d.]+\s+", "", sentence.value), _span(analysis, sentence))
        )


def objective_words(text: str) -> set[str]:
    stop = {
        "the",
        "a",
        "an",
        "of",
        "in",
        "for",
        "and",
        "to",
        "with",
        "on",
        "at",
        "by",
        "from",
        "will",
        "be",
        "is",
        "are",
        "who",
        "that",
        "this",
        "their",
        "all",
        "per",
    }
    return {_stem(w) for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in stop}


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def numbers_in(text: str) -> set[str]:
    text = re.sub(r"^\s*\d+(?:\.\d+)*\s+", "", text)  # a clause number is not a figure
    return set(re.findall(r"(?<![\w.])\d+(?:[.,]\d+)?%?", text))


# -- governance members ----------------------------------------------------------------------


def _members(analysis: Analysis, facts: Facts) -> None:
    seen_rows: set[tuple] = set()
    for sentence in analysis.sentences:
        if _in_section(analysis, sentence, GOVERNANCE_SECTION):
            context = "governance"
        elif _in_section(analysis, sentence, CONTACT_SECTION):
            context = "contact"
        elif SIGNED_FOR.search(sentence.text) or _in_section(analysis, sentence, SIGNATURE_SECTION):
            context = "signatory"
        else:
            continue
        block = analysis.document.blocks[sentence.block]
        if block.kind == TABLE_CELL:
            loc = block.location
            row = (loc.table, loc.row, loc.page)
            if row in seen_rows or block.header_cell:
                continue
            member = _member_from_row(analysis, sentence.block, context)
            if member:
                seen_rows.add(row)
                facts.members.append(member)
            continue
        facts.members.extend(_members_from_text(analysis, sentence, context))


def _member_from_row(analysis: Analysis, index: int, context: str) -> Member | None:
    cells = {"name": None, "role": None, "org": None}
    blocks = analysis.document.blocks
    row = _row_cells(analysis, index)
    for j in row:
        label = blocks[j].column_label or ""
        for key, pattern in (("name", NAME_COLUMN), ("role", ROLE_COLUMN), ("org", ORG_COLUMN)):
            if cells[key] is None and pattern.search(label):
                cells[key] = blocks[j].text.strip()
                break
    name, role = cells["name"], cells["role"]
    if not name or not role or not PERSON.fullmatch(name.strip()):
        return None
    first = blocks[row[0]]
    span = Span(" | ".join(blocks[j].text for j in row)[:300], row[0], 0, len(first.text), first.location)
    return Member(name, role, cells["org"], context, span)


def _members_from_text(analysis: Analysis, sentence: Sentence, context: str) -> list[Member]:
    text = sentence.value
    result = []
    pattern = re.compile(
        PERSON.pattern + r"\s*(?:,|\(|–|—|-)\s*(?P<role>[A-Z][^,;()@]{3,70}?)\s*(?=[,;()]|$|\.\s|\.$)"
    )
    for match in pattern.finditer(text):
        name, role = match.group("name"), match.group("role").strip()
        if ORG.fullmatch(name) or not ROLE_WORDS.search(role) or org_names(name):
            continue
        if not HONORIFIC.match(name) and not _is_person(analysis, name, sentence.text):
            continue
        orgs = org_names(text[match.end() :]) or org_names(text[: match.start()])
        result.append(Member(name, role, orgs[0][0] if orgs else None, context, _span(analysis, sentence)))
    return result


def _is_person(analysis: Analysis, name: str, text: str) -> bool:
    entities = analysis.entities(text)
    if not entities:
        return _trained_missing()
    return any(label == "PERSON" and name.split()[-1] in ent for ent, label, _, _ in entities)


@functools.lru_cache(maxsize=1)
def _trained_missing() -> bool:
    """With no trained pipeline, accept a capitalised name before a job title."""
    from reviewer.analysis import nlp

    return nlp.trained() is None
