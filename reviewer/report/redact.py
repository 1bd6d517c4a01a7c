"""`--redact`: mask personal data in what a report shows, keeping organisations.

Reports travel further than the documents they describe (to committees, into tickets, to
other organisations), so with --redact every text a renderer can show (finding messages,
evidence quotes, and the document's own blocks, which the HTML report reprints) has these
masked:

- names of individuals: spaCy PERSON entities from the trained pipeline, except spans that
  carry an organisation word ("Acme Pharma Ltd", "Northshire ICB") since the small model
  sometimes tags organisations as people, and organisations are what a reviewer must see;
- e-mail addresses;
- UK telephone numbers (0 or +44, with 10 or 11 digits in all);
- NHS numbers: ten digits (optionally 3-3-4) whose modulus-11 check digit is right, so an
  invoice or reference number that merely has ten digits is left alone;
- optionally (not on the command line) UK postcodes.

A mask keeps the length of what it hides ("Jane Smith" -> "██████████"), so every offset that
evidence and highlights hold into a block's text stays right and the renderers need no change.
Names are found once per document, on its blocks, and then masked wherever that exact text
appears (in messages and quotes too), so a name is never hidden in one place and shown in
another. Nothing here changes a finding's outcome: redaction is applied after the review.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Iterable

MASK = "█"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"(?<![\w£$€.,/])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()-]{7,14}\d(?![\w/])")
NHS_NUMBER = re.compile(r"(?<![\w£$€.,/-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w/-])")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b")
ORGANISATION_WORDS = re.compile(
    r"\b(ltd|limited|plc|llp|inc|gmbh|nhs|icb|icbs|trust|board|council|pharma\w*|practice|"
    r"pcn|hospital|university|foundation|federation|partnership|surgery|group|company|"
    r"healthcare|health|care|network|alliance|committee|abpi|nice|mhra|uk)\b",
    re.IGNORECASE,
)


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number modulus-11 check: weights 10..2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _phone_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if text.startswith("+44"):
        return len(digits) in (11, 12, 13)  # 44, perhaps a bracketed 0, then 9 or 10 digits
    return len(digits) in (10, 11) and digits.startswith("0")


def pattern_spans(text: str, postcodes: bool = False) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, phone numbers, NHS numbers (and postcodes) in `text`."""
    spans = [m.span() for m in EMAIL.finditer(text)]
    spans += [
        m.span() for m in NHS_NUMBER.finditer(text) if nhs_number_is_valid(re.sub(r"\D", "", m[0]))
    ]
    spans += [m.span() for m in PHONE.finditer(text) if _phone_ok(m[0].strip())]
    if postcodes:
        spans += [m.span() for m in POSTCODE.finditer(text)]
    return spans


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each span replaced by as many mask characters (line breaks are kept)."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = MASK
    return "".join(chars)


class Redactor:
    """Masks the people named in one set of texts, and pattern-matched data anywhere."""

    def __init__(self, names: Iterable[str] = (), postcodes: bool = False) -> None:
        self.names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
        self.postcodes = postcodes
        self._names = (
            re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in self.names))
            if self.names else None
        )

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        spans = pattern_spans(text, self.postcodes)
        if self._names is not None:
            spans += [m.span() for m in self._names.finditer(text)]
        return mask(text, spans) if spans else text


TITLE_BEFORE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr)\.?\s+$")
PLACE_OR_BODY = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"}


def people_in(texts: Iterable[str]) -> set[str]:
    """Names of individuals in `texts`, from the trained pipeline's PERSON entities.

    The small English model also tags some companies, places, products and acronyms as people
    ("Meridian", "Kestrel Bridge", "GDPR"), and masking those would hide exactly what a reviewer
    needs, so a PERSON span is only taken as a person when it has a title before it ("Dr
    Patel"), or when it has two or more words none of which is a number, an acronym, an
    organisation word, or a word of something the model tagged as an organisation or place
    anywhere in the same document.
    """
    from reviewer.analysis import nlp

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the degraded-pipeline warning is given elsewhere
        pipeline = nlp.trained()
    if pipeline is None:
        return set()
    chunks = [t for t in texts if t and t.strip()]
    candidates: list[tuple[str, bool]] = []
    not_people: set[str] = set()
    for doc in pipeline.pipe(chunks, batch_size=64):
        for entity in doc.ents:
            if entity.label_ in PLACE_OR_BODY:
                not_people.update(token.text for token in entity if token.text[:1].isupper())
            elif entity.label_ == "PERSON":
                titled = bool(TITLE_BEFORE.search(doc.text[: entity.start_char]))
                candidates.append((entity.text.strip(" .,;:()'\"’"), titled))
        for match in ORGANISATION_WORDS.finditer(doc.text):  # "Meridian Pharma": Meridian
            before = doc.text[: match.start()].split()[-1:]
            not_people.update(word for word in before if word[:1].isupper())
    names = set()
    for text, titled in candidates:
        words = text.split()
        if len(text) <= 2 or any(ch.isdigit() for ch in text) or ORGANISATION_WORDS.search(text):
            continue
        if titled or (
            len(words) >= 2
            and not any(word.isupper() and len(word) > 1 for word in words)
            and not any(word.strip("'’s") in not_people for word in words)
        ):
            names.add(text)
    return names


def redact_reviews(reviews, postcodes: bool = False) -> list:
    """Copies of `reviews` with personal data masked in everything a renderer shows."""
    return [redact_review(review, postcodes) for review in reviews]


def redact_review(review, postcodes: bool = False):
    document = review.document
    texts = [f.message for f in review.findings]
    texts += [e.text for f in review.findings for e in f.evidence]
    if document is not None:
        texts += [b.text for b in document.blocks] + list(document.furniture)
        texts.append(document.title or "")
    redact = Redactor(people_in(texts), postcodes)
    findings = [
        dataclasses.replace(
            finding,
            message=redact(finding.message),
            evidence=tuple(dataclasses.replace(e, text=redact(e.text)) for e in finding.evidence),
            waived=redact_waiver(finding.waived, redact),
        )
        for finding in review.findings
    ]
    if document is not None:
        blocks = tuple(
            dataclasses.replace(
                block,
                text=redact(block.text),
                row_label=redact(block.row_label),
                column_label=redact(block.column_label),
            )
            for block in document.blocks
        )
        document = dataclasses.replace(
            document,
            blocks=blocks,
            furniture=tuple(redact(t) for t in document.furniture),
            title=redact(document.title),
        )
    return dataclasses.replace(
        review, findings=findings, document=document, type_reason=redact(review.type_reason)
    )


def mask_approver(approver: str) -> str:
    """An approver is a person: mask the name, keep a role written after a comma.

    "J. Smith, Medical Director" -> "████████, Medical Director": the committee still sees
    which office accepted the risk; the waiver file itself keeps the name for the audit trail.
    """
    name, comma, role = approver.partition(",")
    return MASK * len(name) + comma + role


def redact_waiver(waiver: dict | None, redact=None) -> dict | None:
    """A waiver record (on a finding or in the waiver summary) with its approver masked."""
    if waiver is None:
        return None
    redact = redact or Redactor()
    masked = dict(waiver)
    if masked.get("approver"):
        masked["approver"] = mask_approver(str(masked["approver"]))
    if masked.get("justification"):
        masked["justification"] = redact(str(masked["justification"]))
    return masked


def redact_waiver_summary(summary: dict) -> dict:
    """The report's "waivers used / not matching" lists with approvers masked (--redact)."""
    return {key: [redact_waiver(entry) for entry in entries] for key, entries in summary.items()}
