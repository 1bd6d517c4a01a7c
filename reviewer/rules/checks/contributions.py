"""`every_party_contributes`: each side of the collaboration states what it puts in.

Clause 20 needs a significant contribution from every party, so the check sorts contribution
statements by side (the company vs the NHS/other partners) using the sentence's subject, its
table row or its field label, and fails when one side has nothing real.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.cues import is_placeholder, placeholder_hit
from reviewer.documents.model import HEADING, TABLE_CELL
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import (
    Topicality,
    any_matcher,
    first_match,
    model_signals,
    quote,
    quote_block,
    required_literals,
)
from reviewer.rules.finding import FAIL, PASS, Verdict

SIDES = ("company", "nhs")
CLAUSES = re.compile(
    r";|,?\s+(?:while|whereas|whilst)\s+|,\s+and\s+(?=the\b)"
    # "... clinic space. Halvard: £41,000 ..." : a new "Party:" label starts a new part.
    r"|(?<=[.)])\s+(?=[A-Z][\w&'-]*(?:\s(?:[A-Z][\w&'-]*|and|of|for|the|&)){0,6}:)"
    # "In return for the Trust's nurse time, Acme shall pay ...": the main clause has its own subject.
    r"|,\s+(?=[A-Z][\w&'-]+(?:\s[A-Z][\w&'-]+){0,4}\s+(?:shall|will|must|agrees to)\b)",
)
# A company name never runs through an NHS body's suffix: "... Health Federation CIC Acme UK Ltd".
# A Local Pharmaceutical Committee is a "Ltd" too, but an NHS-side body: "Dunmere LPC Ltd"; so are
# GP provider companies: "Wexley Primary Care Alliance Ltd", "Fenmore Care Network Limited".
NHS_SUFFIX = (
    r"(?!(?:CIC|Trust|Board|ICB|Council|Federation|NHS|University|Hospitals?|Surgery|Practice|LPC|LMC|"
    r"Committee|Primary\s+Care|PCN|(?:Alliance|Network|Collaborative)(?=\s+(?:Ltd|Limited)\b))\b)"
)
COMPANY_NAME = re.compile(
    rf"\b({NHS_SUFFIX}[A-Z][A-Za-z&'-]+(?:\s+{NHS_SUFFIX}[A-Z][A-Za-z&'-]+){{0,4}})\s+(?:UK\s+|\(UK\)\s+)?"
    r"(?i:Limited|Ltd|plc|Pharma(?:ceuticals?)?|Therapeutics|Biosciences|Biopharma|Inc)\b(?!\s+Committee\b)"
)
PARTNER_NAME = re.compile(
    r"\b(?:NHS\s+)?([A-Z][A-Za-z&'-]+(?:\s+[A-Z][A-Za-z&'-]+){0,4})\s+(?:NHS Foundation Trust|"
    r"NHS Trust|University Health Board|Health Board|Integrated Care (?:Board|System)|ICB|PCN|Primary Care "
    r"Network|GP Federation|Federation|Council|University|Hospitals?|Surgery|Medical Practice|"
    r"Health Partnership|Health Innovation Network|CIC|Hospice|Healthcare NHS|"
    r"(?:Primary Care |Provider |Care )?Alliance(?!\s+Pharma)|"
    # A GP provider company by its name's ending: "Harrowgate Respiratory Network Ltd".
    r"(?:Network|Collaborative)(?=\s+(?:Ltd|Limited|CIC)\b))\b|\bNHS ([A-Z][a-z]+)\b"
    # "NHS Partnerships Manager" is a company job title, not an NHS body.
    r"(?!\s+(?:Manager|Director|Lead|Liaison|Executive|Officer|Specialist|Account|Team|Partner)\b)"
)
# (hereinafter "the Practitioner"), ("Meridale"), (the "Clinic"): the short names a contract defines.
DEFINED_TERM = re.compile(
    r"\((?:hereinafter\s+)?(?:(?:referred to|known)\s+as\s+)?(?:the\s+)?"
    r"[\"“'‘](?:the\s+)?([^\"”'’]{2,40})[\"”'’]\)",
    re.I,
)
# "between Dr Amrit Sandhu, Consultant ... and X Ltd": a person contracting is on the NHS side, and
# the document then calls them by surname ("Dr Sandhu's team will provide ...").
PERSON_PARTY = re.compile(
    r"\b(?:between|and)\s+(?:\(\w{1,3}\)\s*)?(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof(?:essor)?)\.?\s+"
    r"(?:[A-Z][a-z'’-]+\s+){0,2}?([A-Z][a-z'’-]+)(?=\s*(?:,|\(|\band\b))"
)
# "Larchfield Healthcare Ltd (GP federation)", "Oakmoor Care Ltd, a GP federation": a limited
# company that is an NHS-side provider, as the words right after its name say.
NHS_PROVIDER_AFTER = re.compile(
    r"^\s*(?:\(|,)\s*(?:(?:an?|the|our)\s+)?(?:local\s+)?(?:(?:GP|general practice|primary care|community)\s+"
    r"(?:federation|practice|provider)|federation|practice|PCN|primary care network|social enterprise|CIC|"
    r"community interest company|LPC|local pharmaceutical committee)\b",
    re.I,
)
# A short name that says which side it is: "the Federation", "the Trust", "the Practice" (NHS side);
# "the Company", "the Sponsor" (industry).
TERM_SIDE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(federation|trust|practice|surgery|board|ICB|PCN|CIC|council|"
    r"hospital|hospice|university|LPC|LMC|primary care network|alliance|partnership|commissioner)"
    r"|(company|sponsor|manufacturer|industry partner|pharma\w*))s?$",
    re.I,
)
# A limited company that is a GP provider or an NHS-side body by its name's ending.
NHS_COMPANY = re.compile(
    r"\b(?:federation|primary\s+care|CIC|community\s+interest\s+company|practice|surgery|LPC|LMC|"
    r"PCN|alliance|network|collaborative|(?:GP|care|health)\s+partnership)\s+(?:ltd|limited)\b",
    re.I,
)
# A company word in a defined party's name; "pharmacy" and "pharmacist" are NHS-side words.
COMPANY_WORD = re.compile(r"\b(ltd|limited|plc|pharma(?!cis|cy\b|cies\b)\w*)\b", re.I)
# "X NHS Foundation Trust (dermatology department)", "X NHS Trust's respiratory team": the part of
# the partner that the document then names on its own ("Dermatology will commit ...").
UNIT_AFTER = re.compile(
    r"^\s*(?:\(\s*(?:the\s+)?|['’]s\s+)([A-Za-z]{4,}(?:\s+(?:and\s+)?[A-Za-z]+)?)\s+"
    r"(?:department|directorate|service|team|unit|clinic)s?\b",
    re.I,
)
# A table column naming who provides each row's resource: "Party", "Provided by", "Responsible".
PARTY_COLUMN = re.compile(
    r"\b(part(y|ies)|partners?|organi[sz]ations?|provided by|provider|responsib\w*|funded by|funder|"
    r"contributor|who)\b",
    re.I,
)
LABEL_ONLY = re.compile(r"^\s*[A-Z][\w&'’ -]{1,40}:\s*$")
# "Party C | Anwick Life Sciences UK Ltd" in a particulars table, "Second Party: ...": the label the
# contract then uses for that party ("Party C shall ..."). A bare "Party" names no one.
PARTY_LABEL = re.compile(
    r"(?:the\s+)?(?:(?:(?:first|second|third|fourth|fifth|lead|contracting)\s+)(?:party|partner)"
    r"|(?:party|partner)\s+(?:[A-E]|[1-5]|one|two|three|four|five))",
    re.I,
)
# The unit's own words name the partner only as a clause's subject or with its unit noun:
# "Dermatology will commit ...", "the dermatology team gives ...", never "a dermatology nurse".
UNIT_USE = (
    r"(?:{unit}\s+(?:department|directorate|service|team|unit|clinic)s?|^(?:the\s+)?{unit}(?=\s+(?:will|shall|"
    r"would|is|are|has|have|provides?|commits?|contributes?|gives?|brings?|supplies|releases?|hosts?|"
    r"funds?|offers?|covers?|makes?|puts?)\b))"
)
# "Trust contribution", "Wendale's input", "Partner commitments:": a label naming whose resources follow.
CONTRIBUTION_LABEL = re.compile(
    r"^\s*(?:the\s+)?([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})(?:['’]s?)?\s+"
    r"(?:contributions?|inputs?|commitments?|resources?|in[- ]kind(?:\s+contributions?)?)\s*:?\s*$"
)
# A label that is only a name ("Calverley", "The Federation"), read under a contributions heading.
BARE_LABEL = re.compile(r"^\s*(?:the\s+)?([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})\s*:?\s*$")
GENERIC_LABEL_WORDS = {
    "Total", "Joint", "Combined", "Financial", "Non-financial", "Other", "Estimated", "Expected", "Agreed",
    "Overall", "Our", "Your", "Their", "Each", "Both", "Party", "Partner", "Partners", "Staff", "Project",
    "In-kind", "Cash", "Monetary", "Annual", "Additional", "Indicative", "Clinical", "Funding", "Time",
}
UNIT_GENERIC = {"clinical", "medical", "project", "joint", "local", "community", "specialist", "main"}
GENERIC = {"The", "This", "NHS", "And", "Of", "For", "UK", "Health", "Care", "National", "North",
           "South", "East", "West", "Royal", "St", "Saint", "New", "Great", "Greater", "Joint",
           # A capitalised word that opens the line before the name: "Between Acme Pharma Ltd and ...".
           "Between", "With", "From", "Both", "Each", "Either", "Our", "Their", "Partner", "Partners",
           "Company", "Sponsor", "Funder", "Parties"}


def every_party_contributes(rule: Rule, analysis: Analysis) -> Verdict:
    aliases = _party_aliases(analysis)
    aliases = _contribution_label_sides(rule, analysis, aliases)
    tables = _TableParties(rule, analysis, aliases)
    found = {side: [] for side in SIDES}
    incidental = {side: [] for side in SIDES}
    holes = {side: [] for side in SIDES}
    # Per named party (a table row or field label): a third partner's "To be agreed" row is not
    # made good by another partner on the same side stating a real contribution.
    party_holes: dict[str, object] = {}
    party_found: set[str] = set()
    # The same by a running sentence's subject: "The University will support the evaluation as
    # required" beside "The ICB will provide 0.4 WTE" leaves the University with nothing real.
    subject_holes: dict[str, object] = {}
    subject_found: set[str] = set()
    topical_texts: list[str] = []  # what the contributions sections say, to find a party never named
    signing: str | None = None  # the section whose execution block ("Signed for ...") has begun
    headings = rule.pattern("headings")
    is_topical = Topicality(
        analysis, headings, lambda s: s.label and first_match(headings, s.label)
    )
    strong_cue = _strong_cue(rule, analysis)
    # A party's label that a PDF left on a line of its own ("Federation:") names the next line's side.
    carried: tuple[int, str] | None = None
    for sentence in analysis.sentences:
        dangling, carried = carried, None
        section = analysis.document.blocks[sentence.block].location.section or ""
        if EXECUTION.match(sentence.value):
            signing = section
        listed = signing != section  # signatories under a contributions heading contribute nothing
        if LABEL_ONLY.match(sentence.value):
            side = _side(rule, analysis, sentence, sentence.value, aliases, tables)
            carried = (sentence.block, side) if side else None
            if listed and is_topical(sentence):
                topical_texts.append(sentence.value)
            continue
        topical = is_topical(sentence)
        if topical and listed:
            topical_texts.append(" ".join((sentence.label or "", *tables.column_and_row(sentence.block),
                                           sentence.value)))
        cue = strong_cue(sentence.text)
        if not (cue or topical):
            continue
        if not topical and _excluded(rule, analysis, sentence):
            continue  # "Roles: the Trust delivers the service" is a duty, not a resource
        # "The ICB releases a pharmacist, while the company funds an analyst" names two sides.
        # "Trust: clinic space; analyst time": later parts keep the party
        previous = dangling[1] if dangling and 0 <= sentence.block - dangling[0] <= 1 else None
        for index, part in enumerate(CLAUSES.split(sentence.value)):
            # The carried label, like a field label, outranks words in the text ("pharmacist").
            found_side = (
                None if index == 0 and previous
                else _side(rule, analysis, sentence, part, aliases, tables)
            )
            side = previous = found_side or previous
            if side is None:
                continue
            vague = first_match(rule.pattern("weak"), part)
            if is_placeholder(part, 10) or vague:
                hit = placeholder_hit(part) or (vague.group(0) if vague else part)
                signal = model_signals(analysis, rule, sentence, (f"{side}: vague '{hit}'",))
                holes[side].append(quote(analysis, sentence, 0.8, signal, FAIL))
                # A "None" under one column ("Cash: None") is no hole if other columns are filled.
                party = _row_party(sentence.label)
                if topical and hit.strip(" .-").lower() not in ("none", "nil", "n/a", "na", "") and (
                    _names_party(rule, party, aliases)
                ):
                    party_holes.setdefault(party, holes[side][-1])
                subject = _subject_party(rule, part, aliases)
                if topical and side == "nhs" and subject and not first_match(rule.pattern("strong"), part):
                    subject_holes.setdefault(subject, holes[side][-1])
                continue
            hit = first_match(rule.pattern("strong"), part) or (
                first_match(rule.pattern("substance"), part) if topical else None
            )
            if hit:
                what = (f"{side} contribution: '{hit.group(0)}'",)
                signal = model_signals(analysis, rule, sentence, what)
                evidence = quote(analysis, sentence, 0.8 if topical else 0.6, signal)
                (found if topical else incidental)[side].append(evidence)
                if topical and sentence.label:
                    party_found.add(_row_party(sentence.label))
                subject_found.update(
                    key for key in (_subject_party(rule, part, aliases),
                                    _subject_party(rule, _row_party(sentence.label), aliases)) if key
                )

    # A stated contribution in the contributions section outranks a vague one there, which in
    # turn outranks something merely mentioned elsewhere ("the programme will provide a clinic").
    for side in SIDES:
        if not found[side] and not holes[side]:
            found[side] = incidental[side]

    unfilled = [e for label, e in party_holes.items() if label not in party_found]
    # Only beside another kind of partner that states something real ("the ICB ... 0.4 WTE").
    if subject_found:
        unfilled += [e for key, e in subject_holes.items() if key not in subject_found and e not in unfilled]
    if found["company"] and found["nhs"] and unfilled:
        return Verdict(
            FAIL, "A partner's contribution is left as a placeholder or stated only vaguely.",
            tuple(unfilled[:2]),
        )
    silent = _silent_parties(rule, analysis, aliases, topical_texts, strong_cue) if (
        found["company"] and found["nhs"]
    ) else []
    if silent:
        return Verdict(
            FAIL,
            "No contribution is stated for " + " or ".join(f"'{name}'" for name, _ in silent)
            + ", a party to the agreement.",
            tuple(quote_block(analysis, index, 0.7, (f"party '{name}' named in no contribution",))
                  for name, index in silent[:2]),
        )
    if found["company"] and found["nhs"]:
        return Verdict(
            PASS,
            "Contributions are stated for the company and for the NHS/other partner(s).",
            (found["company"][0], found["nhs"][0]),
        )
    missing = [side for side in SIDES if not found[side]]
    names = {"company": "the company", "nhs": "the NHS or other partner organisation(s)"}
    message = "No contribution is stated for " + " or ".join(names[s] for s in missing) + "."
    evidence = [e for s in missing for e in holes[s][:2]]
    evidence += [e for s in SIDES if found[s] for e in found[s][:1]]
    # Only a side with nothing at all (not even a vague line) may sit on an unread page.
    return Verdict(FAIL, message, tuple(evidence), absent=not any(holes[s] for s in missing))


EXECUTION = re.compile(r"^\s*(?:signed|executed|signature|in witness)\b", re.I)
# A collective commitment names every party: "each party will bear its own staff costs".
COLLECTIVE = re.compile(
    r"\b(?:each|every|all|both)\s+(?:of\s+the\s+)?(?:parties|party|partners?|organi[sz]ations)\b", re.I
)
# Defined short names that are not a party: ("the Agreement"), ("the Project"), ("the Parties").
NOT_PARTY_TERM = re.compile(
    r"^(?:the\s+)?(?:parties|party|partners|agreement|project|programme|pilot|service|collaboration|"
    r"effective date|commencement date|start date|term|schedule|contract|code)$",
    re.I,
)
# The opening of an agreement that names its parties: "This Agreement is made between ...".
RECITAL = re.compile(
    r"\b(?:made|entered into|concluded|agreed)\b.{0,60}?\bbetween\b|^\W*between\b|\bby and between\b|"
    r"\bthe parties (?:to this agreement )?are\b",
    re.I,
)
# A party's entry names a kind of organisation or its legal form.
ORGANISATION = re.compile(
    r"\b(?:ltd|limited|plc|llp|cic|inc|trust|board|icb|council|university|college|hospice|charity|charitable|"
    r"federation|practice|surgery|company|partnership|network|alliance|authority|nhs|foundation|institute|"
    r"association|society|registered)\b",
    re.I,
)
ITEM_START = r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+|\(?[a-z]{1,3}\)\s+)?(?:the\s+)?"


def _subject_party(rule: Rule, text: str | None, aliases) -> str | None:
    """The kind of NHS-side partner a line opens with ("The University will ..."): "university".

    Only a kind word counts; a line opening with the company or with a party's own short name
    ("Northfield will ...", which may be "the Trust" by another name) gives None, so two names
    for one partner are never read as two partners.
    """
    if not text:
        return None
    head = re.match(ITEM_START + r"((?:\S+\s+){0,3}\S+)", text)
    if not head:
        return None
    words = head.group(1)
    kind = first_match(rule.pattern("topic"), words)
    others = [first_match(rule.pattern("concept"), words), *(a.search(words) for a in aliases.values())]
    if not kind or any(m and m.start() <= kind.start() for m in others):
        return None
    return re.sub(r"^the\s+", "", kind.group(0).lower()).removesuffix("s")


def _recital_parties(analysis: Analysis) -> list[tuple[str, str, int]]:
    """(short name, name, block) of each party a recital defines: "... between A ("the Trust"); ...".

    Only a recital that defines every party by a short name is read; a party there has a name
    before its definition (a capitalised word), while "the Agreement" or "the Parties" is no party.
    """
    found, seen = [], set()
    for index, block in enumerate(analysis.document.blocks):
        if block.kind == HEADING or not RECITAL.search(block.text):
            continue
        previous = 0
        for match in DEFINED_TERM.finditer(block.text):
            before = re.split(
                r";|\bbetween\b|\band\b(?=\s+(?:\(\w{1,3}\)\s*)?[A-Z])", block.text[previous : match.start()]
            )
            previous = match.end()
            name = re.split(r"[,(]", before[-1])[0].strip(" :")
            term = match.group(1).strip()
            organisation = ORGANISATION.search(before[-1]) or TERM_SIDE.search(term)
            if NOT_PARTY_TERM.match(term) or not organisation or not re.search(r"[A-Z]", name) or (
                term.lower() in seen
            ):
                continue
            seen.add(term.lower())
            found.append((term, name, index))
    return found


def _silent_parties(rule: Rule, analysis: Analysis, aliases, topical_texts: list[str], strong_cue):
    """Parties of three or more that no contribution section names, while others are named there.

    "Schedule 1 - Contributions: Trust: ...; Charity: ...; Company: ..." in a four-party agreement
    says nothing of the fourth party. A party counts as named when a contributions section mentions
    it in any way, or some sentence elsewhere opens with it and states a resource.
    """
    parties = _recital_parties(analysis)
    if len(parties) < 3 or any(COLLECTIVE.search(text) for text in topical_texts):
        return []
    # Under "Roles" a duty ("The University will lead the evaluation") is no resource; a figure is.
    elsewhere = [
        part for s in analysis.sentences if strong_cue(s.text) for part in CLAUSES.split(s.value)
        if first_match(rule.pattern("strong"), part) and (
            not _excluded(rule, analysis, s) or re.search(r"[£$€]|\d", re.sub(r"^\W*[\d.]+[.)]?\s", "", part))
        )
    ]
    named, silent = 0, []
    for term, name, index in parties:
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        forms = {re.sub(r"^the\s+", "", term, flags=re.I), name}
        forms.update(w for w in _distinctive(name) if w[0].isupper())
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms if len(f) >= 3) + r")\b", re.I)
        if any(pattern.search(text) for text in topical_texts):
            named += 1
        elif not any(re.match(ITEM_START + pattern.pattern, part, re.I) for part in elsewhere):
            silent.append((name or term, index))
    return silent if named >= 2 else []


def _strong_cue(rule: Rule, analysis: Analysis):
    """A test `cue(text)`: whether some `strong` pattern matches (which one is never asked).

    Texts without any literal those patterns need are answered at once, without a search.
    """
    patterns = rule.pattern("strong")
    joined = any_matcher(patterns)

    def search(text: str) -> bool:
        found = joined.search(text) if joined is not None else first_match(patterns, text)
        return found is not None

    literals = required_literals(patterns) if patterns else None
    if literals is None:
        return search
    sentences = analysis.sentences
    maybe = {sentences[i].text for i in analysis.sentences_containing(literals, "text")}
    return lambda text: text in maybe and search(text)


def _excluded(rule: Rule, analysis: Analysis, sentence: Sentence) -> bool:
    """The sentence's label or section is one the rule's `exclusions` patterns name."""
    exclusions = rule.pattern("exclusions")
    return bool(exclusions) and (
        bool(sentence.label and first_match(exclusions, sentence.label))
        or any(analysis.in_section(sentence, p) for p in exclusions)
    )


def _party_aliases(analysis: Analysis) -> dict[str, re.Pattern]:
    """Short names the document uses for its parties ("Halvard" for "Halvard Pharma UK Ltd")."""
    votes: dict[str, Counter] = {"company": Counter(), "nhs": Counter()}
    units: set[str] = set()
    labels: set[str] = set()
    acronyms: set[str] = set()
    # Headings count too: an executive summary may name the company in its title alone.
    texts = [s.text for s in analysis.sentences]
    texts += [b.text for b in analysis.document.blocks if b.kind == HEADING]
    for text in texts:
        for match in COMPANY_NAME.finditer(text):
            if NHS_PROVIDER_AFTER.match(text[match.end():]):
                votes["nhs"].update(dict.fromkeys(_distinctive(match.group(1)), 3))
            else:
                votes["company"].update(_distinctive(match.group(1)))
        for match in PARTNER_NAME.finditer(text):
            votes["nhs"].update(_distinctive(match.group(1) or match.group(2)))
            acronyms.update(_acronyms(match))
            unit = UNIT_AFTER.match(text[match.end():])
            if unit and unit.group(1).split()[0].lower() not in UNIT_GENERIC:
                units.add(unit.group(1).lower())
        if "between" in text:
            for match in PERSON_PARTY.finditer(text):
                votes["nhs"][match.group(1)] += 3
    for term, side in _defined_terms(analysis.document.blocks):
        votes[side][term] += 3
    # An NHS body's initials used as its name, never defined: "RCH provides 0.5 WTE" for "Ravensholt
    # Community Health NHS Trust".
    if acronyms:
        used = set(re.findall(r"\b[A-Z]{2,6}\b", " ".join(texts)))
        for acronym in acronyms & used:
            votes["nhs"][acronym] += 1
    for sentence in analysis.sentences:
        label = _row_party(sentence.label)
        side = _named_side(sentence.value[:120]) if PARTY_LABEL.fullmatch(label) else None
        if side:
            votes[side][label] += 3
            labels.add(label)
    # A name seen on both sides goes to the side it is seen on more often.
    names = {"company": set(), "nhs": set()}
    for name in set(votes["company"]) | set(votes["nhs"]):
        company, nhs = votes["company"][name], votes["nhs"][name]
        if company != nhs:
            names["company" if company > nhs else "nhs"].add(name)
    # A party label keeps its case: "Party A", never "a party a share".
    forms = {
        side: sorted(
            rf"(?-i:{re.escape(n)})" if n in labels else _spellings(n) for n in found
        )
        for side, found in names.items()
    }
    forms["nhs"] += [UNIT_USE.format(unit=r"\s+".join(map(re.escape, u.split()))) for u in sorted(units)]
    return {
        side: re.compile(r"\b(" + "|".join(found) + r")\b", re.I) for side, found in forms.items() if found
    }


def _defined_terms(blocks) -> list[tuple[str, str]]:
    """(short name, side) for each party's short name a definition gives ("... Ltd ("Acme")").

    The name defined sits between the previous definition and this one. A PDF may wrap a party's
    entry over lines read as separate blocks ("2 Acme UK Limited (company no." / "0556), 1 Quay
    Street ("Acme")."): a definition whose own text names no organisation reads the line before.
    The short name's own words outrank the legal name's: "Upper Vale Primary Care Ltd ("the
    Federation")" is a GP provider company, on the NHS side.
    """
    found = []
    tail = ""
    for block in blocks:
        text, previous = block.text, 0
        for match in DEFINED_TERM.finditer(text):
            before = re.split(r";|\bbetween\b", text[previous : match.start()])[-1]
            if not previous and not _names_organisation(before):
                before = tail + " " + before
            previous = match.end()
            term = match.group(1)
            named = TERM_SIDE.search(term)
            if named:
                side = "nhs" if named.group(1) else "company"
            elif NHS_COMPANY.search(before):
                side = "nhs"
            else:
                side = "company" if COMPANY_NAME.search(before) or COMPANY_WORD.search(before) else "nhs"
            found.append((term, side))
        # Only an entry left open (no definition after its last name) carries to the next line.
        tail = re.split(r";|\bbetween\b", text[previous:])[-1] if len(text) - previous < 200 else ""
    return found


def _names_organisation(text: str) -> bool:
    return bool(COMPANY_NAME.search(text) or COMPANY_WORD.search(text) or PARTNER_NAME.search(text))


def _contribution_label_sides(rule: Rule, analysis: Analysis, aliases: dict) -> dict:
    """Sides for parties named only in "<Name> contribution" labels beside a known party's label.

    A short concept note may call its parties "Trust" and "Wendale" and never give a legal name:
    when every other such label names one side, the one unknown name is the other side.
    """
    names: dict[str, str | None] = {}
    headings = rule.pattern("headings")
    for sentence in analysis.sentences:
        # Under a contributions heading a bare name labels its party's share: "Calverley: a nurse ...".
        section = (analysis.block_location(sentence.block).section or "").split(" > ")[-1]
        bare = sentence.label if sentence.label and first_match(headings, section) else None
        for text, name_only in ((_row_party(sentence.label), False), (sentence.value, False), (bare, True)):
            match = CONTRIBUTION_LABEL.match(text or "") or (name_only and BARE_LABEL.match(text or ""))
            if match and match.group(1).split()[0] not in GENERIC_LABEL_WORDS:
                names.setdefault(match.group(1), _text_side(rule, match.group(1), aliases))
    unknown = [name for name, side in names.items() if side is None]
    known = {side for side in names.values() if side}
    if len(unknown) != 1 or len(known) != 1:
        return aliases
    # A party's name recurs in running text ("..., Wendale medical adviser"); "Cash" or "Core" does not.
    inside = re.compile(r"\S\s+" + re.escape(unknown[0]) + r"\b")
    if not any(inside.search(s.value) for s in analysis.sentences if not CONTRIBUTION_LABEL.match(s.value)):
        return aliases
    other = "nhs" if known == {"company"} else "company"
    pattern = r"\b(" + re.escape(unknown[0]) + r")\b"
    if other in aliases:  # tried after the side's own names, as one alternation would be
        pattern = aliases[other].pattern + "|" + pattern
    return {**aliases, other: re.compile(pattern, re.I)}


def _spellings(name: str) -> str:
    """The name, or (for longer names) the name with one space inside: a PDF may print "Meridia n".

    A narrow first table column may wrap the name's last letter or two onto the row's next line
    ("Trevanio | £48,000 ... / n"): the cut name then opens the row's text.
    """
    forms = [re.escape(name)]
    if len(name) >= 5 and " " not in name:
        forms += [re.escape(name[:k]) + r"\s" + re.escape(name[k:]) for k in range(1, len(name))]
    if len(name) >= 7 and " " not in name:
        forms += [r"^\s*" + re.escape(name[:k]) + r"(?=\s)" for k in (len(name) - 2, len(name) - 1) if k >= 6]
    return "|".join(forms)


def _named_side(text: str) -> str | None:
    """The side of the organisation a party label's value opens with (a company or an NHS body).

    Only a value that names the party ("The partners of Millbeck Medical Practice, ...") counts:
    a contribution row ("£39,000 paid to the Trust") names who is paid, not who the party is.
    """
    hits = [(m.start(), "company") for m in (COMPANY_NAME.search(text), COMPANY_WORD.search(text)) if m]
    hits += [(m.start(), "nhs") for m in (PARTNER_NAME.search(text),) if m]
    if not hits:
        return None
    start, side = min(hits)
    before = text[:start]
    return side if len(before.split()) <= 8 and not re.search(r"[\d£€$]", before) else None


def _acronyms(match: re.Match) -> set[str]:
    """Initials an NHS body's name may be shortened to, used only if the text uses them.

    "RCH" and "RCHT" for "Ravensholt Community Health NHS Trust", "NVFT" for "Northmoor Valley NHS
    Foundation Trust".
    """
    name = match.group(1)
    if not name:
        return set()
    initials = "".join(w[0] for w in name.split() if w[0].isupper() and w not in ("NHS", "The"))
    rest = match.string[match.end(1) : match.end()]
    kind = "".join(w[0] for w in rest.split() if w[0].isupper() and w != "NHS")
    found = {initials + kind[-k:] for k in range(1, len(kind) + 1)} | {initials}
    return {a for a in found if 2 <= len(a) <= 6}


def _distinctive(name: str) -> set[str]:
    words = [w for w in name.split() if w not in GENERIC and len(w) > 2]
    return {words[0]} if words else set()


def _side(
    rule: Rule, analysis: Analysis, sentence: Sentence, part: str, aliases, tables: _TableParties
) -> str | None:
    """Which side a contribution belongs to: its column or row's party, its label, else its text."""
    section = (analysis.block_location(sentence.block).section or "").split(" > ")[-1]
    # A costed table with a column per party ("Practice | CIC | Company"): the column names the side,
    # and a row's "Provided by" cell outranks the words of the row's own label ("Pharmacist post").
    column, row_party = tables.column_and_row(sentence.block)
    for text in (column, row_party, sentence.label or "", part, section):
        side = _text_side(rule, text, aliases)
        if side:
            return side
    return None


def _text_side(rule: Rule, text: str, aliases) -> str | None:
    """The side of the first party `text` names (company words, NHS words or a party's short name)."""
    if not text:
        return None
    hits = []
    for side, patterns in (("company", rule.pattern("concept")), ("nhs", rule.pattern("topic"))):
        match = first_match(patterns, text)
        if match:
            hits.append((match.start(), side))
        if side in aliases:
            match = aliases[side].search(text)
            if match:
                hits.append((match.start(), side))
    return min(hits)[1] if hits else None


class _TableParties:
    """The party that another cell of the same table names for a cell: its column's or its row's.

    A header row the reader did not take for one ("Provided by Northfold Teaching Hospitals NHS
    Trust" is long for a header) still names a side per column when its cells name both sides; and
    a row's "Provided by" or "Party" cell names the side of every other cell in that row.
    """

    def __init__(self, rule: Rule, analysis: Analysis, aliases) -> None:
        blocks = self.blocks = analysis.document.blocks
        self.heads: dict[tuple[int, int | None], str] = {}
        self.rows: dict[tuple[int, int | None], str] = {}
        self.first: dict[int, int] = {}
        tables: dict[int, list[int]] = defaultdict(list)
        for index, block in enumerate(blocks):
            if block.kind == TABLE_CELL and block.location.table is not None:
                tables[block.location.table].append(index)
        for table, cells in tables.items():
            first = self.first[table] = min(blocks[i].location.row or 0 for i in cells)
            if not any(blocks[i].header_cell for i in cells):
                heads = {
                    blocks[i].location.column: blocks[i].text
                    for i in cells if blocks[i].location.row == first
                }
                # Heads name parties without figures, beside a first column that names none (a
                # first row "Acme Ltd | GBP 40,000" is a party's row, not a header).
                sides = {
                    column: _text_side(rule, text, aliases)
                    for column, text in heads.items()
                    if len(text.split()) <= 12 and not re.search(r"\d", text)
                }
                if sides.get(min(heads)) is None and {"company", "nhs"} <= set(sides.values()):
                    self.heads.update({(table, c): heads[c] for c, side in sides.items() if side})
            named: dict[int | None, set[tuple[str, str]]] = defaultdict(set)
            for i in cells:
                block = blocks[i]
                where = block.location
                header = block.column_label or ""
                if where.row != first and len(block.text.split()) <= 8 and PARTY_COLUMN.search(header):
                    side = _text_side(rule, block.text, aliases)
                    if side:
                        named[where.row].add((side, block.text))
            for row, found in named.items():
                if len({side for side, _ in found}) == 1:  # two parties in one row decide nothing
                    self.rows[(table, row)] = min(found)[1]

    def column_and_row(self, index: int) -> tuple[str, str]:
        """The column's party heading (or label) and the row's party cell of a table cell."""
        block = self.blocks[index]
        where = block.location
        if block.kind != TABLE_CELL or where.table is None:
            return "", ""
        column = block.column_label or ""
        head = self.heads.get((where.table, where.column))
        if not column and head is not None and where.row != self.first[where.table]:
            column = head  # (the first row's own cells are the heads)
        return column, self.rows.get((where.table, where.row), "")


def _names_party(rule: Rule, label: str | None, aliases) -> bool:
    """Whether a label ("University of Westmere", "Company") names one of the parties."""
    if not label:
        return False
    patterns = (*rule.pattern("concept"), *rule.pattern("topic"))
    return first_match(patterns, label) is not None or any(a.search(label) for a in aliases.values())


def _row_party(label: str | None) -> str:
    """The row's own label in a table cell's "Row / Column" label."""
    return (label or "").split(" / ")[0].strip()

