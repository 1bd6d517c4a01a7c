"""`parties_are_entities`: every contracting party is an organisation, never a person.

Parties are read from the recital ("made between A and B"), a "Parties" section or table, and
signature blocks; each is judged by legal-form words first and by named-entity recognition
only when the words do not decide, so the trained pipeline runs on a few short strings.
"""

from __future__ import annotations

import re
from collections import Counter

from reviewer.analysis import Analysis
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import first_match, quote, required_literals
from reviewer.rules.finding import FAIL, PASS, WARN, Verdict

RECITAL = re.compile(
    # "entered into effective as of February 2, 2026 by and between": American drafting.
    r"(?:\b(?:made|entered into|concluded|agreed)\b.{0,40}?\bbetween|\b(?:entered into|concluded) by|"
    # "This Agreement is entered into on 20 January 2026 by A and B": a date before "by".
    r"\b(?:entered into|concluded)\s+(?:on|as of|with effect from|effective)\s+[\w ,]{3,30}?\s+by\b|"
    # "THIS AGREEMENT is dated 3 March 2026 and is between:".
    r"\bthis (?:agreement|memorandum|contract)\b.{0,50}?\bis between|"
    r"\bby and between)"
    r"\b\s*:?\s*(?P<rest>.+)$|"
    r"^\s*(?:this agreement is )?between\b\s*:?\s*(?P<rest2>.*)$|"
    # "The parties are:", "The partner organisations are:", "The organisations signing this are:".
    r"\bthe (?:contracting )?(?:parties|partner organi[sz]ations|"
    r"organi[sz]ations (?:signing|entering)\b[^.:]{0,30}?) (?:to this agreement )?are\s*:?\s*(?P<rest3>.*)$",
    re.I,
)
# A person said to join or sign the agreement for themselves, wherever it is said: "Signed by Dr Jane
# Roe, in her own right", "2.1 Dr Jane Roe joins this Agreement as a party in her personal capacity".
PERSONAL_PARTY = re.compile(
    r"^(?=.*\b(?:party|parties|agreement|signs?|signed|executed|enters? into)\b)"
    r"(?=.*\bin\s+(?:his|her|their)\s+(?:own\s+right|personal\s+capacity|individual\s+capacity)\b)"
    r"\W*(?:(?:signed|executed)\s+by\s+)?(?P<who>.{3,80}?)(?=,|\s+(?:joins|signs|enters|is a party|acts)\b)",
    re.I,
)
# What the recital says the agreement is for, after its parties: "... and B Ltd, in support of the
# Tarn Diabetes Network and the PCN". The bodies named there are not parties.
PURPOSE = re.compile(
    r",?\s+(?:in support of|for the (?:purposes?|benefit|delivery) of|in (?:connection|relation) (?:with|to)|"
    r"in respect of|with the aim of|to (?:deliver|support|improve|establish|run|develop|set up)\b)\b"
)
# Recitals that define each party: "WHEREAS Lowfield Borough Council ("the Council"), ...".
DEFINED_PARTY = re.compile(r"\bWHEREAS\s+(?P<name>[^()\";]{3,120}?)\s*\((?:the\s+)?[\"“]", re.I)
PARTY_COLUMN = re.compile(r"\b(part(y|ies)|organi[sz]ations?|legal name|name)\b", re.I)
SPLIT = re.compile(
    # "Dr Mehta and Partners" is one party, a GP partnership.
    r"\s*(?:\([a-zA-Z0-9]{1,3}\)|\b\d\)|;|\band\b(?!\s+Partners\b)(?=\s+(?:\([a-zA-Z0-9]{1,3}\)\s*)?(?:the\s+)?[A-Z]))\s*"
)
# "Jane Roe, Lead Pharmacist, of ..." : a person named with a job title, kept for the rule to judge.
ROLE_AFTER = re.compile(
    r"^\s*(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+,\s*(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}"
    r"(?:Consultant|Pharmacist|Nurse|GP|Physician|Surgeon|Doctor|Practitioner|Cardiologist|Manager|"
    r"Director|Professor|Lead|Officer|Specialist|Clinician)\b"
)
# "Ashdown and Wyre NHS Trust": "and" inside an NHS body's name, not between two parties.
NHS_BODY = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:NHS|Trust|Health Board|Integrated Care (?:Board|System)|ICB|"
    r"Council|University|Hospitals?|Well-?being Board)\b"
)
# Words that end a body's name ("Acme Pharma UK Ltd", "Tarn ICB"): nothing joins on after them.
LEGAL_FORM = re.compile(
    r"\b(?:Ltd|Limited|plc|LLP|Inc|CIC|Pharma\w*|Trust|Board|ICB|Council|University|Hospitals?|PCN|"
    r"Practice|Surgery|Federation|Company|Partnership)\b"
)
# "(2) ", "3. ", "1.4 ": the number of an item in a list of parties.
ENUMERATION = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z])")
# Cut at the first comma, except one before a legal form: "Nuvera Bio, Inc., a Delaware corporation".
TRIM = re.compile(
    r"\s*(?:\(|,(?!\s*(?:Inc|LLC|Ltd|Limited|plc|LLP|GmbH|AG|S\.A|B\.V|N\.V)\b)|\bwhose\b|\bof\s+\d|"
    r"\bhereinafter\b|\bregistered\b|\bacting\b|\btrading as\b).*$",
    re.I,
)


def parties_are_entities(rule: Rule, analysis: Analysis) -> Verdict:
    candidates = _candidates(rule, analysis)
    judged = [(s, n, *_classify(rule, analysis, n)) for s, n in candidates]
    if not any(kind != "unclear" for *_, kind, _ in judged):
        # "made between the organisations whose signatories sign below": the execution block names them.
        # A person there signs on behalf of an organisation; only a named body can be a party.
        signed = [(s, n, *_classify(rule, analysis, n)) for s, n in _signatories(rule, analysis)]
        signed = [item for item in signed if item[2] != "person"]
        candidates += [(s, n) for s, n, *_ in signed]
        judged += signed
    judged = [
        (s, n, *(_through_host(rule, analysis, s, (kind, why)) if kind == "unincorporated" else (kind, why)))
        for s, n, kind, why in judged
    ]
    judged = [
        (s, n, *(_incorporated(rule, s, n, (kind, why)) if kind == "unincorporated" else (kind, why)))
        for s, n, kind, why in judged
    ]
    declared = _declared_unincorporated(rule, analysis, [n for _, n, *_ in judged])
    judged = [(s, n, *declared.get(n, (kind, why))) for s, n, kind, why in judged]
    if not candidates:
        return Verdict(
            WARN,
            "Could not identify the contracting parties; name each party as an organisation "
            "in a recital or a 'Parties' section.",
            severity="amber",
            absent=True,
        )
    bad, good = [], []
    for sentence, name, kind, why in judged:
        if kind == "organisation":
            good.append(quote(analysis, sentence, 0.8, (f"organisation: '{name}' ({why})",)))
        elif kind in ("person", "unincorporated"):
            bad.append(quote(analysis, sentence, 0.85, (f"{kind}: '{name}' ({why})",), FAIL))
    if bad:
        return Verdict(
            FAIL,
            "A contracting party is an individual or a body with no legal personality.",
            tuple(bad[:4]),
        )
    if len(good) >= 1:
        return Verdict(PASS, "Every contracting party found is an organisation.", tuple(good[:4]))
    return Verdict(
        WARN,
        "The parties' legal form could not be confirmed; give each party's full legal name.",
        tuple(quote(analysis, s, 0.5, (f"unclear: '{n}'",), FAIL) for s, n in candidates[:3]),
        severity="amber",
    )


def _candidates(rule: Rule, analysis: Analysis):
    """(sentence, party name) pairs from recitals and 'Parties' sections, fields and tables."""
    result = []
    headings = rule.pattern("headings")
    tables = _party_tables(rule, analysis)
    for index, sentence in enumerate(analysis.sentences):
        recital = RECITAL.search(sentence.text)
        if recital:
            rest = recital.group("rest") or recital.group("rest2") or recital.group("rest3") or ""
            if len(rest.split()) >= 2:
                rest += _continuation(analysis, index)
            rest = PURPOSE.split(rest)[0]
            result.extend((sentence, name) for name in _names(rest) if not _reference(rule, name))
            if len(rest.split()) < 2:
                result.extend(_listed_after(analysis, sentence, rule.pattern("topic")))
            continue
        defined = [m.group("name") for m in DEFINED_PARTY.finditer(sentence.text)]
        if defined:
            result.extend((sentence, name) for text in defined for name in _names(text)[:1])
            continue
        personal = PERSONAL_PARTY.search(sentence.value)
        if personal:
            # "Signed by Dr Jane Roe, in her own right": whoever the sentence opens with is a party.
            result.extend((sentence, name) for name in _names(personal.group("who"))[:1])
            continue
        if _in_parties(analysis, sentence, headings, tables) and not _address_line(rule, sentence.value):
            # "(2) X Limited, whose registered office is at ...": the names end where the address begins.
            result.extend(
                (sentence, name)
                for name in _names(sentence.value)
                if not _reference(rule, name) and not _address_line(rule, name)
            )
    return result


def _through_host(rule: Rule, analysis: Analysis, sentence, judged: tuple[str, str]) -> tuple[str, str]:
    """A network, forum or PCN party is acceptable when its own entry names the body that contracts for it.

    "the Tarn Stroke Network, hosted by Tarn NHS Foundation Trust, which enters into this Agreement on
    the Network's behalf": the host organisation is the contracting vehicle.
    """
    sentences = analysis.sentences
    index = next((i for i, s in enumerate(sentences) if s is sentence), len(sentences))
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    same_block = following is not None and following.block == sentence.block
    passage = sentence.text + (" " + following.text if same_block else "")
    match = first_match(rule.pattern("contracts_through"), passage)
    if match:
        return "organisation", f"contracts through its host or lead body: '{match.group(0)}'"
    return judged


def _incorporated(rule: Rule, sentence, name: str, judged: tuple[str, str]) -> tuple[str, str]:
    """A network or forum whose entry says it is incorporated: "X Network, a company limited by guarantee"."""
    at = sentence.text.find(name)
    if at < 0:
        return judged
    after = sentence.text[at + len(name) : at + len(name) + 120]
    match = first_match(rule.pattern("incorporated_after"), after)
    if match:
        return "organisation", f"incorporated, as its entry says: '{match.group(0).strip(' ,(')}'"
    return judged


def _declared_unincorporated(rule: Rule, analysis: Analysis, names: list[str]) -> dict[str, tuple[str, str]]:
    """Parties the document itself says have no legal personality: name -> ("unincorporated", why).

    "1.4 The Vale Respiratory Forum ... The Forum is hosted by the Trust and has no separate legal
    personality": the statement's subject (its clause's first party mention, or the nearest one
    before ", which") is the party, by its full name, its defined short name or its last two words.
    A passage that names the body contracting for it ("acting through its host body") is left alone.
    """
    # A party's last word alone ("the Forum") refers to it when no other party's name ends so.
    heads = Counter(name.split()[-1].lower() for name in names if name.split())
    forms: dict[str, list[re.Pattern]] | None = None  # built at the first statement: most have none
    found: dict[str, tuple[str, str]] = {}
    statements = rule.pattern("no_personality")
    # Only sentences holding a literal some statement needs are searched, as the other checks do.
    literals = required_literals(statements) if statements else None
    rows = range(len(analysis.sentences)) if literals is None else sorted(
        analysis.sentences_containing(literals, "text")
    )
    for index in rows:
        sentence = analysis.sentences[index]
        text = sentence.text
        match = first_match(statements, text)
        if not match:
            continue
        if forms is None:
            forms = {name: _mention_forms(analysis, name, heads) for name in names}
        following = analysis.sentences[index + 1] if index + 1 < len(analysis.sentences) else None
        passage = text + (" " + following.text if following and following.block == sentence.block else "")
        if first_match(rule.pattern("contracts_through"), passage):
            continue
        clause = re.split(r"[;:]", text[: match.start()])[-1]
        relative = re.search(r",\s*(?:which|who|that)\b[^,]*$", clause)
        mentions = [
            (m.start(), name)
            for name, patterns in forms.items()
            for pattern in patterns
            for m in pattern.finditer(clause)
        ]
        if not mentions:
            continue
        start, name = max(mentions) if relative else min(mentions)
        # Otherwise the party must open the clause ("1.4 The Forum has ..."), not sit in its object
        # ("... is hosted by the Trust and has no legal personality" is about the clause's subject).
        if not relative and len(re.sub(r"^\W*(?:\(?[\w.]{1,6}\)?\s+)?", "", clause[:start]).split()) > 1:
            continue
        found.setdefault(name, ("unincorporated", f"the document says: '{match.group(0)}'"))
    return found


def _mention_forms(analysis: Analysis, name: str, heads: Counter) -> list[re.Pattern]:
    """Ways the text may refer to a party: its name, its defined short name, its last words."""
    bare = re.sub(r"^(?:the|an?)\s+", "", ENUMERATION.sub("", name.strip()), flags=re.I)
    words = bare.split()
    forms = {bare}
    if len(words) > 2:
        forms.add(" ".join(words[-2:]))
    if len(words) > 1 and heads[words[-1].lower()] == 1 and len(words[-1]) >= 4:
        forms.add(words[-1])
    after = re.compile(
        re.escape(bare) + r"[^\"“”()]{0,200}?\((?:the\s+)?[\"“'‘]([^\"”'’]{2,40})[\"”'’]\)", re.I
    )
    for sentence in analysis.sentences:
        defined = after.search(sentence.text)
        if defined:
            forms.add(re.sub(r"^the\s+", "", defined.group(1), flags=re.I))
            break
    return [re.compile(r"\b" + re.escape(form) + r"\b", re.I) for form in forms if len(form) >= 3]


def _address_line(rule: Rule, text: str) -> bool:
    """An address or contact line under "Parties" ("Registered office: ...", "Leeds LS1 4DL").

    Only wording at the start counts: a party list that goes on to give each party's address
    ("A Ltd, whose registered office is at ...; and B NHS Trust") still names its parties.
    """
    address = first_match(rule.pattern("topic"), text)
    return address is not None and address.start() == 0


def _reference(rule: Rule, name: str) -> bool:
    """"the Parties listed in Schedule 1": a pointer to where the parties are named, not a party."""
    return first_match(rule.pattern("reference"), name) is not None


def _party_tables(rule: Rule, analysis: Analysis) -> dict[int, int]:
    """Tables that list the parties wherever they sit (a cover page, a schedule): table -> column.

    A party column ("Party", "Member", "Organisation") beside a column of details only a party list
    has (registered address, legal status, "referred to as", authorised officer). A contributions
    table ("Party | Contribution | Value") has no such column and is left alone.
    """
    headers: dict[int, list] = {}
    for block in analysis.document.blocks:
        if block.kind == "table-cell" and block.header_cell and block.location.table is not None:
            headers.setdefault(block.location.table, []).append(block)
    found = {}
    for table, cells in headers.items():
        party = [c for c in cells if first_match(rule.pattern("party_column"), c.text.strip())]
        details = [c for c in cells if c not in party and first_match(rule.pattern("party_details"), c.text)]
        if party and details:
            found[table] = party[0].location.column
    return found


def _signatories(rule: Rule, analysis: Analysis):
    """Organisations named in the execution block: "For and on behalf of X", "X | Signature: ___"."""
    found, seen = [], set()
    blocks = analysis.document.blocks
    for sentence in analysis.sentences:
        block = blocks[sentence.block]
        text = sentence.text
        match = first_match(rule.pattern("signed_for"), text)
        if match:
            name = f"{text[: match.start()]} {text[match.end() :]}"
        elif block.kind == "table-cell" and block.row_label and re.match(
            r"\s*(?:signature|signed)\b", sentence.text, re.I
        ):
            name = re.sub(r"^\s*(?:signed\s+)?for\s+(?:and\s+on\s+behalf\s+of\s+)?", "", block.row_label,
                          flags=re.I)
        else:
            continue
        name = _trim(re.split(r"\s+(?:by|signature|signed|name|position|title|date)\b", name, flags=re.I)[0])
        if not name or ":" in name or not name[0].isupper() and not name.lower().startswith("the "):
            continue  # "Name: Dr A. Khan", "please sign here": not a party's name
        if name.lower() not in seen and not _reference(rule, name):
            seen.add(name.lower())
            found.append((sentence, name))
    return found


def _continuation(analysis: Analysis, index: int) -> str:
    """The rest of a recital that a PDF broke over several lines.

    "... between A Ltd (company number 1," / "registered office ...) and the Team, ...".
    """
    text = ""
    sentences = analysis.sentences
    current = sentences[index]
    for following in sentences[index + 1 : index + 4]:
        if re.search(r"[.;:]\W*$", (text or current.text).rstrip()):
            break
        if analysis.document.blocks[following.block].kind == "heading":
            break
        text += " " + following.text
    return text


def _listed_after(analysis: Analysis, recital, topic=()):
    """Parties listed in the blocks after "... is made between:", up to "together 'the Parties'"."""
    blocks = analysis.document.blocks
    found = []
    # The list ends at the next heading (headings may carry no sentence of their own).
    end = next((b for b in range(recital.block + 1, recital.block + 7)
                if b < len(blocks) and blocks[b].kind == "heading"), recital.block + 7)
    for sentence in analysis.sentences:
        if sentence.block <= recital.block or sentence.block >= end:
            continue
        if re.match(r"\s*together\b", sentence.text, re.I):
            break
        address = first_match(topic, sentence.text)
        if address is None or address.start() > 0:  # not an address line wrapped from the item above
            found.extend((sentence, name) for name in _names(sentence.text)[:1])
    return found


def _in_parties(analysis: Analysis, sentence, headings, tables=None) -> bool:
    block = analysis.document.blocks[sentence.block]
    nearest = (block.location.section or "").split(" > ")[-1]
    nearest = re.sub(r"^\s*[\d.()]+\s*", "", nearest)
    # "Schedule 1 - Schedule of Parties", "Part A: Parties": the heading after its number.
    nearest = re.sub(
        r"^(?:schedule|part|annex|appendix|section|article|clause)\s+[\w.]{1,4}\s*[-–—:.]\s*", "", nearest,
        flags=re.I,
    )
    if block.kind == "table-cell":
        if block.row_label and first_match(headings, block.row_label):
            return True
        if tables and not block.header_cell and tables.get(block.location.table) == block.location.column:
            return True
        in_section = first_match(headings, nearest) is not None
        by_column = block.column_label and PARTY_COLUMN.search(block.column_label)
        # "No. | Party | Address": the name sits beside the row number.
        numbered = block.location.column == 2 and re.fullmatch(r"\(?\d{1,2}[.)]?", block.row_label or "")
        return in_section and (block.location.column == 1 or bool(by_column) or bool(numbered))
    if sentence.label:
        return first_match(headings, sentence.label) is not None
    # A long paragraph under "Parties" is still a party list when it is numbered "(1) ... (2) ...".
    short = len(sentence.value.split()) <= 40 or bool(ENUMERATION.match(sentence.value))
    return first_match(headings, nearest) is not None and short


def _names(text: str) -> list[str]:
    names = []
    parts = [p or "" for p in SPLIT.split(text)]
    i = 0
    while i < len(parts):
        part = ENUMERATION.sub("", parts[i])
        # "Ashdown" + "Wyre NHS Trust" were split on the "and" inside one NHS body's name; so were
        # "NHS Tarn" + "Wyre ICB" and "..., the body for the Tarn" + "Wyre Integrated Care System".
        # "the Tarn Health" + "Wellbeing Board" were one board's name too.
        while i + 1 < len(parts) and (_name_start(part) or re.search(r"\bHealth$", part.strip())) and (
            NHS_BODY.match(parts[i + 1].strip())
        ):
            part = f"{part.strip()} and {parts[i + 1].strip()}"
            i += 1
        name = _trim(part)
        if name:
            names.append(name)
        i += 1
    return names


def _name_start(part: str) -> bool:
    """Whether `part` ends with the first half of a place name an "and" joins to an NHS body's name.

    The part is that half alone ("Ashdown", "NHS Tarn"), or a description after a comma ends with it
    ("Tarn ICB, the statutory body for the Tarn"); a complete name ("Acme Ltd", "the Company") is not.
    """
    part = ENUMERATION.sub("", part).strip()
    run = re.search(r"(?:^|\s)((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)$", part)
    if not run or LEGAL_FORM.search(run.group(1)):
        return False
    return run.start(1) == 0 or ("," in part[: run.start(1)] and part[: run.start(1)].rstrip()[-1:].islower())


def _trim(text: str) -> str:
    text = text.strip(" ,.;:\"'“”")
    text = re.sub(r"^(?:and|the parties are|between)\s+", "", text, flags=re.I)
    role = ROLE_AFTER.match(text)
    if role:
        return role.group(0).strip()
    text = TRIM.sub("", text).strip(" ,.;:\"'“”")
    return text if 2 <= len(text) <= 120 else ""


def _classify(rule: Rule, analysis: Analysis, name: str) -> tuple[str, str]:
    # "The Head of Pharmacy, X Community Health": a post, so an individual, whatever body it sits in.
    office = first_match(rule.pattern("office_holder"), name)
    if office:
        return "person", f"the post '{office.group(0).strip()}' is held by an individual"
    # "the Renal Team at X NHS Trust": a part of an organisation, whatever the parent's legal form.
    unit = first_match(rule.pattern("subunit"), name)
    if unit:
        return "unincorporated", f"'{unit.group(0)}' is part of an organisation, not a legal entity"
    # "Dr Jane Roe of Tarn NHS Trust": the body is the person's employer; the party is the person.
    person = first_match(rule.pattern("person_at"), name)
    if person:
        return "person", f"a person named with their employer: '{person.group(0).strip()}'"
    # "Tarn NHS Trust's diabetes team", "NHS Tarn Cancer Alliance": the name's last words decide.
    tail = first_match(rule.pattern("unit_tail"), name)
    if tail:
        ending = " ".join(tail.group(0).split()[-3:])
        return "unincorporated", f"'{ending}' names a part of a body or a forum, not a legal entity"
    org = first_match(rule.pattern("strong"), name)
    if org:
        return "organisation", f"legal form '{org.group(0)}'"
    bad = first_match(rule.pattern("prohibited"), name)
    if bad:
        return "unincorporated", f"'{bad.group(0)}' is not a legal entity"
    person = first_match(rule.pattern("weak"), name)
    if person:
        return "person", f"personal title '{person.group(0).strip()}'"
    entities = analysis.entities(name)
    people = [e for e in entities if e[1] == "PERSON"]
    orgs = [e for e in entities if e[1] == "ORG"]
    if people and not orgs and len(people[0][0]) >= 0.5 * len(name):
        return "person", "recognised as a person's name"
    if orgs:
        return "organisation", "recognised as an organisation name"
    return "unclear", "no legal form found"
