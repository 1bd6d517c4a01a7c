"""`every_party_contributes`: each side of the collaboration states what it puts in.

Clause 20 needs a significant contribution from every party, so the check sorts contribution
statements by side (the company vs the NHS/other partners) using the sentence's subject, its
table row or its field label, and fails when one side has nothing real.
"""

from __future__ import annotations

import re
from collections import Counter

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.cues import is_placeholder, placeholder_hit
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import (
    Topicality,
    any_matcher,
    first_match,
    model_signals,
    quote,
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
# A Local Pharmaceutical Committee is a "Ltd" too, but an NHS-side body: "Dunmere LPC Ltd".
NHS_SUFFIX = (
    r"(?!(?:CIC|Trust|Board|ICB|Council|Federation|NHS|University|Hospitals?|Surgery|Practice|LPC|LMC|"
    r"Committee)\b)"
)
COMPANY_NAME = re.compile(
    rf"\b({NHS_SUFFIX}[A-Z][A-Za-z&'-]+(?:\s+{NHS_SUFFIX}[A-Z][A-Za-z&'-]+){{0,4}})\s+(?:UK\s+|\(UK\)\s+)?"
    r"(?i:Limited|Ltd|plc|Pharma(?:ceuticals?)?|Therapeutics|Biosciences|Biopharma|Inc)\b(?!\s+Committee\b)"
)
PARTNER_NAME = re.compile(
    r"\b(?:NHS\s+)?([A-Z][A-Za-z&'-]+(?:\s+[A-Z][A-Za-z&'-]+){0,4})\s+(?:NHS Foundation Trust|"
    r"NHS Trust|University Health Board|Health Board|Integrated Care (?:Board|System)|ICB|PCN|Primary Care "
    r"Network|GP Federation|Federation|Council|University|Hospitals?|Surgery|Medical Practice|"
    r"Health Partnership|Health Innovation Network|CIC|Hospice|Healthcare NHS)\b|\bNHS ([A-Z][a-z]+)\b"
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
LABEL_ONLY = re.compile(r"^\s*[A-Z][\w&'’ -]{1,40}:\s*$")
GENERIC = {"The", "This", "NHS", "And", "Of", "For", "UK", "Health", "Care", "National", "North",
           "South", "East", "West", "Royal", "St", "Saint", "New", "Great", "Greater", "Joint"}


def every_party_contributes(rule: Rule, analysis: Analysis) -> Verdict:
    aliases = _party_aliases(analysis)
    found = {side: [] for side in SIDES}
    incidental = {side: [] for side in SIDES}
    holes = {side: [] for side in SIDES}
    # Per named party (a table row or field label): a third partner's "To be agreed" row is not
    # made good by another partner on the same side stating a real contribution.
    party_holes: dict[str, object] = {}
    party_found: set[str] = set()
    headings = rule.pattern("headings")
    is_topical = Topicality(
        analysis, headings, lambda s: s.label and first_match(headings, s.label)
    )
    strong_cue = _strong_cue(rule, analysis)
    # A party's label that a PDF left on a line of its own ("Federation:") names the next line's side.
    carried: tuple[int, str] | None = None
    for sentence in analysis.sentences:
        dangling, carried = carried, None
        if LABEL_ONLY.match(sentence.value):
            side = _side(rule, analysis, sentence, sentence.value, aliases)
            carried = (sentence.block, side) if side else None
            continue
        topical = is_topical(sentence)
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
            found_side = None if index == 0 and previous else _side(rule, analysis, sentence, part, aliases)
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

    # A stated contribution in the contributions section outranks a vague one there, which in
    # turn outranks something merely mentioned elsewhere ("the programme will provide a clinic").
    for side in SIDES:
        if not found[side] and not holes[side]:
            found[side] = incidental[side]

    unfilled = [e for label, e in party_holes.items() if label not in party_found]
    if found["company"] and found["nhs"] and unfilled:
        return Verdict(
            FAIL, "A partner's contribution is left as a placeholder or stated only vaguely.",
            tuple(unfilled[:2]),
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
    for sentence in analysis.sentences:
        for match in COMPANY_NAME.finditer(sentence.text):
            votes["company"].update(_distinctive(match.group(1)))
        for match in PARTNER_NAME.finditer(sentence.text):
            votes["nhs"].update(_distinctive(match.group(1) or match.group(2)))
        previous = 0
        for match in DEFINED_TERM.finditer(sentence.text):
            # The name a term defines sits between the previous definition and this one.
            before = re.split(r";|\bbetween\b", sentence.text[previous : match.start()])[-1]
            previous = match.end()
            is_company = COMPANY_NAME.search(before) or re.search(
                r"\b(ltd|limited|plc|pharma\w*)\b", before, re.I
            )
            votes["company" if is_company else "nhs"][match.group(1)] += 3
        if "between" in sentence.text:
            for match in PERSON_PARTY.finditer(sentence.text):
                votes["nhs"][match.group(1)] += 3
    # A name seen on both sides goes to the side it is seen on more often.
    names = {"company": set(), "nhs": set()}
    for name in set(votes["company"]) | set(votes["nhs"]):
        company, nhs = votes["company"][name], votes["nhs"][name]
        if company != nhs:
            names["company" if company > nhs else "nhs"].add(name)
    return {
        side: re.compile(r"\b(" + "|".join(sorted(map(re.escape, found))) + r")\b", re.I)
        for side, found in names.items()
        if found
    }


def _distinctive(name: str) -> set[str]:
    words = [w for w in name.split() if w not in GENERIC and len(w) > 2]
    return {words[0]} if words else set()


def _side(rule: Rule, analysis: Analysis, sentence: Sentence, part: str, aliases) -> str | None:
    """Which side a contribution belongs to: its label, else the first party it names."""
    section = (analysis.block_location(sentence.block).section or "").split(" > ")[-1]
    # A costed table with a column per party ("Practice | CIC | Company"): the column names the side.
    column = analysis.document.blocks[sentence.block].column_label or ""
    for text in (column, sentence.label or "", part, section):
        hits = []
        for side, patterns in (("company", rule.pattern("concept")), ("nhs", rule.pattern("topic"))):
            match = first_match(patterns, text)
            if match:
                hits.append((match.start(), side))
            if side in aliases:
                match = aliases[side].search(text)
                if match:
                    hits.append((match.start(), side))
        if hits:
            return min(hits)[1]
    return None


def _names_party(rule: Rule, label: str | None, aliases) -> bool:
    """Whether a label ("University of Westmere", "Company") names one of the parties."""
    if not label:
        return False
    patterns = (*rule.pattern("concept"), *rule.pattern("topic"))
    return first_match(patterns, label) is not None or any(a.search(label) for a in aliases.values())


def _row_party(label: str | None) -> str:
    """The row's own label in a table cell's "Row / Column" label."""
    return (label or "").split(" / ")[0].strip()

