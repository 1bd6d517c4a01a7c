"""Which kind of joint-working document this is, from its title, headings and wording.

The title (or the first lines, when the file has no title) is the strongest signal, because a PID
often contains an "Executive summary" heading and a summary often mentions "the agreement". When
no title names the type, a title field in a cover-page table, the running header and the file name
are tried in turn, and last the content itself: a document that reads like a project document is
given its most likely type, because `unknown` switches off almost every rule and so lets a real
PID pass unchecked. `unknown` is kept for letters, e-mails, meeting notes, newsletters, slides and
brochures, and for text with too little of a project's shape to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reviewer.documents.model import HEADING, TABLE_CELL, Document

TYPES = (
    "pid",
    "agreement",
    "executive-summary",
    "concept-framework",
    "outcomes-summary",
    "amendment",
)
UNKNOWN = "unknown"
ALL_TYPES = (*TYPES, UNKNOWN)

# Ordered: the first pattern that matches a title wins ties (a "Summary of the Collaborative
# Working Agreement" is an executive summary, not an agreement; "Variation to the Joint Working
# Agreement" is an amendment). Each list covers the family of names organisations give that type.
SIGNALS: dict[str, tuple[str, ...]] = {
    "amendment": (
        r"\bamendment\b", r"\baddendum\b", r"\bnovation\b",
        r"\bvariation (form|to|request|notice|agreement|order|letter|record|note|deed|log)\b",
        # "Variation No. 2", "Variation 3 - budget", "Contract Variation Notice", "Deed of Variation".
        r"\bvariation\s*(no\b\.?|number|#)\s*\d", r"^\s*variation\s*(\d+\b|[-–—:|]|$)",
        r"\b(contract|agreement|project|deed of) variation\b",
        r"\b(variation|proposal) (of|to) (vary |amend |extend |change )?(the|our|this) ([\w-]+ ){0,4}"
        r"(agreement|contract|pid|memorandum|charter|project initiation|heads of terms|term)\b",
        r"\bchange (request|control|notice|note)\b", r"\brequest for (a )?change\b",
        r"\b(term|project|contract|time) extension (request|notice|form)\b",
    ),
    "outcomes-summary": (
        r"\b(summary|report) of (the )?(project )?outcomes\b", r"\boutcomes? (summary|report)\b",
        r"\bproject (closure|close[- ]out|completion|final) report\b",
        r"\bend[- ]of[- ](the )?(project|programme|program|pilot|scheme)\b",
        # "Project Close Report and Outcomes", "Close-down report", "Report on the project's outcomes".
        r"\b(close|closing|close[- ]down|wind[- ]up|closure|close[- ]out|completion|evaluation|impact) "
        r"report\b",
        r"\b(project|programme|pilot) (closure|close[- ]down|close[- ]out|completion|evaluation) "
        r"(summary|review|statement)\b",
        r"\bpost[- ](project|programme|pilot|implementation) (review|evaluation|report)\b",
        r"\blessons learn(ed|t) (report|summary)\b", r"\b(results|evaluation) summary\b",
        r"\bsummary of (the )?(project['’]s )?(results|evaluation|findings)\b",
        r"\bfinal evaluation\b(?! (plan|protocol|framework))",
        r"\breport (and|on) (the )?(project['’]s )?outcomes\b",
        r"\bfinal (project )?report\b", r"\boutcomes and learning", r"\bproject outcomes\b",
        r"[-–—:|]\s*(project )?(outcomes|results)\s*$",
    ),
    "executive-summary": (
        r"\bexecutive summary\b", r"\bsummary of (the|our|this|a|an)? ?(collaborative|joint)[- ]working\b",
        r"\b(collaborative|joint)[- ]working (project )?summary\b", r"\bpublic summary\b",
        r"\bproject summary\b", r"\blay summary\b", r"\bplain (english|language) summary\b",
        r"\bsummary for (publication|the public)\b",
    ),
    "concept-framework": (
        r"\bconcept (framework|form|note|paper|proposal|outline|document|summary|brief|template)\b",
        r"\bproject concept\b", r"^\s*concept\b",
        r"\bexpression of interest\b", r"\bEOI\b", r"\boutline proposal\b",
        # "Partnership Proposal", "Joint working proposal", "Proposal for collaborative working".
        r"\b(partnership|collaboration|collaborative[- ]working|joint[- ]working|project|initial|draft|"
        r"preliminary|early|pre)[- ]proposal\b", r"^\s*proposal\b",
        r"\bproject idea\b", r"\bidea (form|submission|template)\b",
        r"\bscoping (document|paper|note|form)\b",
    ),
    "pid": (
        r"\bproject initiation (document|documentation|form)\b", r"\bPID\b",
        r"\bproject initiation\b", r"\bproject plan\b",
        # "Lung Navigator Project: Initiation Document" puts the project's name in between.
        r"\binitiation (document|documentation|form)\b",
        # Other names for the agreed project plan: a project brief, a business case, a project charter.
        r"\bproject (brief|charter|definition (document|form)|specification|delivery plan)\b",
        r"\bbusiness case\b",
    ),
    "agreement": (
        r"\b(collaborative|joint)[- ]working agreement\b", r"\bagreement\b",
        r"\bthis agreement is made\b",
        r"\bmemorandum of (understanding|agreement|collaboration|(collaborative|joint)[- ]working)\b",
        r"\bheads of (terms|agreement)\b", r"\b(CWA|JWA|MoU)\b",
        # "Collaboration Charter", "Partnership Accord", "Joint Working Compact".
        r"\b(collaboration|collaborative|partnership|joint[- ]working|collaborative[- ]working) "
        r"(charter|accord|compact|concordat|deed)\b",
        r"\bterms of (collaboration|partnership)\b", r"\bdeed of (collaboration|partnership|agreement)\b",
        r"\bin witness whereof\b", r"\bsigned (for and )?on behalf of\b", r"\bthe parties agree\b",
        r"\bcontract\b",
    ),
}
COMPILED = {kind: [re.compile(p, re.I) for p in pats] for kind, pats in SIGNALS.items()}


@dataclass(frozen=True)
class DocumentType:
    type: str
    confidence: float
    reason: str


LETTER_OPENING = re.compile(r"^\s*Dear\s+\S", re.I)
LETTER_CLOSING = re.compile(
    r"^\s*(yours (sincerely|faithfully|truly)|kind regards|best wishes|with best wishes)\b", re.I
)
# A line that refers to another document ("Re: draft PID for review") is not this one's title.
REFERENCE_LINE = re.compile(r"^\s*(re|subject|ref(erence)?|enc(losures?)?|cc)\s*[:.]", re.I)
# A citation of another document inside a line: "(PID v1.0 of 28/03/2025)", "(agreement dated 3 May)".
CITATION = re.compile(
    r"\([^()]*?(\bv(ersion)?\s?\d|\bdated\b|\bof \d|\bref(erence)?\b|\d{1,2}/\d{1,2}/\d{2,4})[^()]*\)", re.I
)
EMAIL_HEADER = re.compile(r"^\s*(from|sent|to|cc|subject|date)\s*:", re.I)
# Notes of a meeting, named in a title anywhere: "Notes of steering group meeting - draft PID".
MEETING_NOTES = (
    r"\bnotes (of|from) (the |an? |our )?[\w ,'’-]{0,50}?\b(meeting|catch[- ]?up|call|discussion|"
    r"workshop|visit|conversation)\b"
    r"|\b(meeting|catch[- ]?up|call|discussion|workshop)\s*[-–—:|]?\s*(notes|minutes)\s*$"
)
# Kinds of writing that are about a project but are not one of the project documents. A title that
# starts with one ("Minutes of the project board", "Agenda - PID sign-off") is that record whatever
# document it discusses, so this is checked before the title's type words.
RECORD_START = re.compile(
    r"^\s*(minutes|action (log|notes|points)|meeting notes|newsletter|bulletin|"
    r"press release|speaker notes|(slides?|presentation) (outline|deck|pack|notes))\b|" + MEETING_NOTES,
    re.I,
)
# Elsewhere in a title that names no type: "Respiratory network newsletter", "Wound hubs - informal
# notes", "Agenda: project board". A
# leaflet or brochure counts only here, and only when the text lacks a project's parts, because a
# project may exist to make one.
RECORD_ANYWHERE = re.compile(
    r"\b(meeting notes|minutes of|newsletter|bulletin|brochure|flyer|press release|speaker notes|"
    r"slide (outline|deck|pack))\b|[-–—:|]\s*([\w-]+ ){0,2}(notes|minutes)\s*$|"
    # Publicity and briefings: a news release's dateline, an FAQ for staff or the public.
    r"\b(for immediate release|embargoed (until|till|to)|(media|news) release)\b|"
    r"\b(faqs?|frequently asked questions|questions (and|&) answers)\b|"
    # An internal paper about several projects or an idea: "Briefing note: partnership pipeline".
    r"\bbriefing (note|paper)\b|"
    r"^\s*agenda\s*([-–—:|]|$)|\bagenda for (the |a )?[\w ]{0,40}meeting\b|" + MEETING_NOTES,
    re.I,
)
# In a file name "notes", "slides", "email" or "letter" marks a record, so the name says nothing.
RECORD_FILE = re.compile(
    r"\b(notes|minutes|agenda|newsletter|bulletin|brochure|leaflet|flyer|slides?|presentation|"
    r"e-?mail|letter|press release|faqs?|briefing)\b", re.I
)
TITLE_FIELD = re.compile(
    r"^\s*((document|form|paper|report) (title|type|name)|(title|type|name) of (the )?"
    r"(document|form|paper|report)|title)\s*:?\s*$", re.I
)
# Too loose for a running header or a file name, where "contract ref. 12" is page furniture.
BODY_ONLY = {r"\bcontract\b", r"\bsigned (for and )?on behalf of\b", r"\bthe parties agree\b",
             r"\bin witness whereof\b", r"\bthis agreement is made\b"}
STRICT = {kind: [re.compile(p, re.I) for p in pats if p not in BODY_ONLY] for kind, pats in SIGNALS.items()}


def classify(document: Document) -> DocumentType:
    if _is_letter(document):
        # A covering letter names the document it encloses; it is not that document.
        return DocumentType(UNKNOWN, 0.7, "a letter (salutation and sign-off), not a project document")
    if _is_email(document):
        return DocumentType(UNKNOWN, 0.7, "an e-mail (From/Sent/Subject lines), not a project document")
    record = _record_title(document, RECORD_START)
    if record:
        return DocumentType(UNKNOWN, 0.7, f'"{record[:80]}" names notes or slides, not a project document')
    # Notes of a meeting name the documents discussed ("Actions: revise the PID") in their first lines.
    shape = _reads_like_record(document)
    if shape:
        return DocumentType(UNKNOWN, 0.6, shape)
    for source, confidence, head in _title_candidates(document):
        kind = _title_type(head, strict=source == "running header")
        if kind:
            return DocumentType(kind, confidence, f'{source} "{head[:80]}" matches {kind}')
    record = _record_title(document, RECORD_ANYWHERE)
    # ...unless the text has every part of a project document (a PID for a patient newsletter).
    if record and len(content_scores(document)[0]) < len(FACETS):
        return DocumentType(UNKNOWN, 0.7, f'"{record[:80]}" is a record or publicity, not a project document')
    name = _file_stem(document)
    if name and not RECORD_FILE.search(name):
        kind = _title_type(name, strict=True)
        if kind:
            return DocumentType(kind, 0.6, f'no title names the type; file name "{name[:60]}" matches {kind}')
    return _from_content(document)


def _title_type(text: str, strict: bool = False) -> str | None:
    for kind, patterns in (STRICT if strict else COMPILED).items():
        if any(pattern.search(text) for pattern in patterns):
            return kind
    return None


def _title_candidates(document: Document) -> list[tuple[str, float, str]]:
    """Where a title may sit, strongest first: (where, confidence, text)."""
    found: list[tuple[str, float, str]] = [("title", 0.9, document.title or "")]
    headings = [b.text for b in document.blocks[:8] if b.kind == HEADING]
    found.extend(("title", 0.9, h) for h in headings[:1])
    # Long opening lines ("Project Initiation Document. Collaborative working between ...")
    # name the type in their first words.
    found.extend(("opening line", 0.9, b.text[:120]) for b in document.blocks[:6])
    # A title wrapped over several short lines of a PDF ("Summary of Project" / "Outcomes: ...").
    opening = [b.text for b in document.blocks[:4] if len(b.text.split()) <= 8]
    if len(opening) >= 2:
        found.append(("opening lines", 0.9, " ".join(opening)))
    # A form's cover table: "Document title | Project Brief", "Type of document | Business case".
    found.extend(("cover-page title field", 0.85, text) for text in _title_fields(document))
    # The running header or footer often carries the type when the body title is the project name
    # (and a PDF reader drops a body title that repeats the header).
    found.extend(("running header", 0.75, text) for text in document.furniture)
    cleaned = [(where, conf, CITATION.sub(" ", text).strip()) for where, conf, text in found]
    return [(where, conf, text) for where, conf, text in cleaned if text and not REFERENCE_LINE.match(text)]


def _title_fields(document: Document) -> list[str]:
    cells = [b for b in document.blocks[:40] if b.kind == TABLE_CELL]
    return [
        b.text for b in cells
        if b.text and any(label and label != b.text and TITLE_FIELD.match(label)
                          for label in (b.row_label, b.column_label))
    ]


def _file_stem(document: Document) -> str:
    stem = Path(document.path).stem if document.path else ""
    return re.sub(r"[_.]+", " ", stem).strip()


def _is_letter(document: Document) -> bool:
    texts = [b.text for b in document.blocks]
    return any(LETTER_OPENING.match(t) for t in texts[:15]) and any(
        LETTER_CLOSING.match(t) for t in texts
    )


def _is_email(document: Document) -> bool:
    found = (EMAIL_HEADER.match(b.text) for b in document.blocks[:8])
    heads = {match.group(1).lower() for match in found if match}
    return len(heads) >= 3 and ("from" in heads or "subject" in heads)


def _record_title(document: Document, pattern: re.Pattern) -> str | None:
    """The title, if it names notes, minutes, slides or a bulletin rather than a project document."""
    texts = [document.title or ""]
    texts += [b.text for b in document.blocks[:8] if b.kind == HEADING][:2]
    texts += [b.text for b in document.blocks[:2] if len(b.text.split()) <= 14]
    return next((t for t in texts if t and pattern.search(t)), None)


MEETING_MARKS = (
    re.compile(r"^\s*(present|attendees|attending|in attendance)\b", re.I),
    re.compile(r"^\s*apologies\b", re.I),
    re.compile(r"^\s*(actions?( points| log| arising| agreed)?|any other business|aob|matters arising|"
               r"date of (the )?next meeting|next meeting)\s*([:/–-]|$)", re.I),
)
SLIDE = re.compile(r"^\s*slide\s+\d+\b", re.I)


def _reads_like_record(document: Document) -> str | None:
    """Meeting notes (attendees listed at the top, then actions) or a slide outline, by their shape.

    The attendees must open the document: a PID may append the minutes of the meeting that approved it.
    """
    texts = [b.text for b in document.blocks]
    if any(MEETING_MARKS[0].match(t) for t in texts[:10]) and sum(
        any(mark.match(t) for t in texts) for mark in MEETING_MARKS[1:]
    ) >= 1:
        return "meeting notes (attendees and actions), not a project document"
    if sum(1 for t in texts if SLIDE.match(t)) >= 3:
        return "a slide outline, not a project document"
    return None


# --- content fallback -------------------------------------------------------------------------
# Each facet is a part every joint-working project document has in some form, in plain words or
# formal ones. A document showing enough of them is a project document even when nothing names its
# type; notes, letters and e-mails that show as many are caught earlier.
FACETS = {
    "objectives": r"\b(aims?|aiming|objectives?|purpose|goals?|intended|so that|why (are )?we|wants? to|"
                  r"what (we|the project) (want|wants|set out|sets out|will|would) (to )?(achieve|do))\b",
    # Named partners or a named company: joint working is between organisations.
    "parties": r"\b(partners?|parties|party|partnership|partnering|collaborat\w+|joint[- ]working|"
               r"ltd|limited|plc)\b",
    "contributions": r"\b(contribut\w+|resources?|in[- ]kind|funding|funded|fund|wte|budget|grant|"
                     r"gives what|puts in|pay for|provides?|backfill)\b|£\s?\d|\bgbp\b",
    "governance": r"\b(governance|steering (group|committee)|project (board|group|team|lead)|oversight|"
                  r"accountable|responsib\w+|clinical (lead|director)|project manager|sponsor|chair(ed)?|"
                  r"lead (practice|organisation|clinician|pharmacist|nurse))\b",
    "timeline": r"\b(milestones?|timeline|timescales?|duration|start date|end date|project (period|dates)|"
                r"\d+[- ](months?|weeks?)|q[1-4] 20\d\d|runs? (from|until)|"
                r"(from|until|by|between) (\d{1,2} )?[a-z]+ 20\d\d|"
                r"[a-z]+ 20\d\d\s*(to|until|-|–|—)\s*(\d{1,2} )?[a-z]+ 20\d\d|"
                r"(before|when) the project (starts|begins|ends))\b",
    "measures": r"\b(outcomes?|measures?|measured|baseline|targets?|indicators?|kpis?|evaluat\w+|results?|"
                r"how we will know|audit)\b",
    "benefits": r"\b(benefits?|patients? (will|would) (get|be|have|receive)|better|improv\w+|"
                r"more confident|fewer|quicker|faster|sooner)\b",
}
FACET_RES = {name: re.compile(p, re.I) for name, p in FACETS.items()}
MIN_FACETS = 3  # besides the parties, which every project document names
MIN_WORDS = 60
# Publicity for a company's services ("Why choose ...?", "free of charge", "speak to your account
# manager") is not a project document, however much it talks of partnership and benefits.
MARKETING = tuple(re.compile(p, re.I | re.M) for p in (
    r"\bfree (of charge|support|service|audit|training)\b|\bno (charge|cost) to (the |your )?\w+",
    r"^\s*why (choose )?[\w -]{2,30}\?\s*$", r"\bwhat we offer\b|\bour (services|offer|packages?)\b",
    r"\b(speak|talk) to your\b|\bcontact your\b.{0,40}\b(manager|representative)\b",
    r"\bwhat (practices|customers|clinicians|our partners) say\b", r"\b(get|getting) started\b",
    r"\bsign[- ]up\b|\bsign up (today|now|here)\b|\bbook (your|a) (free )?(session|audit|visit|place)\b",
))

# Wording that leans to one type when the title does not say. Each cue counts once.
CONTENT_CUES: dict[str, tuple[str, ...]] = {
    "agreement": (
        r"\bthis (agreement|charter|memorandum|deed|contract)\b", r"\bentered into\b", r"\bwhereas\b",
        r"\brecitals?\b", r"\b(each|either|both|neither) part(y|ies)\b",
        r"\bthe parties (agree|shall|will|acknowledge|have agreed)\b", r"\bshall\b",
        r"\bgoverning law\b|\blaws? of (england|scotland|wales|northern ireland)\b",
        r"\bindemni|\bliabilit", r"\bdisputes?\b", r"\bterminat\w+\b",
        r"\bin witness\b|\bexecuted (as|by)\b", r"\bdefinitions\b|\binterpretation\b",
        r"\b(clause|article|schedule) \d", r"\bnotices?\b", r"[(]\s*[\"“]?the \w+[\"”]?\s*[)]",
    ),
    "amendment": (
        r"\b(description of|reason for|reasons for|nature of|summary of|details of|background to) (the )?"
        r"(change|amendment|variation|request)\b",
        r"\bchange (requested|proposed|required)\b|\bwhat is changing\b|\bproposed change\b",
        r"\bimpact (on|of) (the )?(change|amendment|variation|timeline|timescales?|finance|budget|costs?|"
        r"logistics|resources?|scope|delivery)\b|^\s*impact\b",
        r"\b(original|current|previous)\b[^.]{0,60}\b(revised|new|proposed)\b", r"\brequested by\b",
        r"\bamend\w*", r"\bvari(ation|ed)\b", r"\bre-?phased?\b",
        r"\binstead of\b|\bmoves? from\b.{0,40}\bto\b",
        r"\b(original|previous|approved) (dates?|milestones?|budget|end date|plan|pid|agreement|scope)\b",
        r"\b(amendment|variation|change) (number|no\b|ref)|\bprevious (amendments?|variations?|changes)\b",
        r"\b(applies|take effect|takes effect|effective) from\b",
    ),
    "outcomes-summary": (
        r"\bresults?\b", r"\b(was|were) (achieved|delivered|completed|seen|reviewed|treated|offered|"
        r"referred|recruited|trained)\b",
        r"\blessons? (learn|learnt|learned)|\blearning\b", r"^\s*before\s*$|^\s*after\s*$|\bactual\b",
        r"\b(at|by) the end of the (project|programme|pilot)\b|\bat project end\b",
        r"\breflections?\b", r"\bwhat happened\b", r"\bthe (project|pilot|programme) (ran|ended|closed|"
        r"achieved|delivered|finished)\b", r"\b(doubled|halved|fell|rose|increased|reduced) (from|to|by)\b",
        r"\bdid each (party|partner)\b|\bdelivered as (agreed|planned)\b",
        r"\bachieved (its|their|the|our) (aims?|objectives?|targets?)\b",
        r"\b(took|was|were|proved) (longer|shorter|harder|easier|slower|faster|more|less) than "
        r"(expected|planned)\b",
        r"\bfeedback (from|was|showed)\b|\btold us\b|\b(made|was) the (biggest|main|key) difference\b",
        r"\bproject dates\b|\bover the (course of the )?(project|pilot|programme)\b",
    ),
    "concept-framework": (
        r"\bgo ?/ ?no[- ]go\b|^\s*decision\b", r"\b(proposed|prospective|potential) (partners?|project|"
        r"activities|team)\b", r"\banticipated\b|\bindicative\b|\bapprox(imate|\.)",
        r"\bconcept\b|\bidea\b", r"\bfor discussion\b|^\s*next steps?\b",
        r"\b(initial|preliminary|early|outline) (view|risks?|check|assessment|thoughts|activities)\b",
        r"\b(to be confirmed|tbc|to be agreed)\b", r"\bstage 1\b|\bscreening\b",
        r"\bproceed to (a |the )?(pid|project initiation|full|detailed)\b", r"\bwould\b",
        r"\bresource impact\b", r"\b(local|identified|unmet) needs?\b",
        r"\b(alignment|fit|fits) with (local |national |system )?priorities\b", r"\bsimilar work\b",
        r"\bstakeholders to (involve|engage|consult)\b", r"\bred (and|/) amber\b",
    ),
    "executive-summary": (
        r"\bsummary\b", r"\bwho can i contact\b|^\s*contacts?( details)?\b", r"\babout the partners\b",
        r"\bthis summary\b", r"\bpublished\b", r"\bfinancial arrangements\b",
        r"\bproject (period|rationale)\b|^\s*rationale\b",
    ),
}
CONTENT_RES = {kind: [re.compile(p, re.I | re.M) for p in pats] for kind, pats in CONTENT_CUES.items()}
# How many distinct cues make a type, tried in this order; a project document that meets none is
# taken for a PID, the type the most rules apply to. Set from where the cue counts of each labelled
# type separate from the others' on the tuning sets.
CONTENT_THRESHOLDS = (
    ("outcomes-summary", 3), ("agreement", 4), ("amendment", 2), ("executive-summary", 3),
    ("concept-framework", 3),
)


def content_scores(document: Document) -> tuple[list[str], dict[str, int]]:
    """The facets found and each type's cue count; separate so tests can show why a type was chosen."""
    text = "\n".join(b.text for b in document.blocks)
    facets = [name for name, pattern in FACET_RES.items() if pattern.search(text)]
    scores = {kind: sum(1 for p in pats if p.search(text)) for kind, pats in CONTENT_RES.items()}
    return facets, scores


def _from_content(document: Document) -> DocumentType:
    facets, scores = content_scores(document)
    text = "\n".join(b.text for b in document.blocks)
    if sum(1 for p in MARKETING if p.search(text)) >= 2:
        return DocumentType(UNKNOWN, 0.5, "publicity for a company's services, not a project document")
    if "parties" not in facets or len(facets) - 1 < MIN_FACETS or document.word_count < MIN_WORDS:
        return DocumentType(UNKNOWN, 0.5, "no title or wording identifies the document type")
    best = next((kind for kind, floor in CONTENT_THRESHOLDS if scores[kind] >= floor), "pid")
    return DocumentType(
        best, 0.55,
        f"no title names the type; it reads like a project document ({', '.join(facets)}) "
        f"and its wording is most like {'an' if best[0] in 'aeiou' else 'a'} {best}",
    )
