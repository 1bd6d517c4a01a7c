"""Facts about a Document that rules read: sentences, sections, type, entities.

Knows nothing of pass or fail. Expensive facts (named entities) are computed on first use,
so a document whose rules never ask for them never loads the trained pipeline.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from reviewer.analysis import classifier, doctype, nlp, roles, sentences
from reviewer.analysis.doctype import DocumentType
from reviewer.analysis.sentences import Sentence
from reviewer.documents.model import HEADING, Document, Location

__all__ = ["Analysis", "DocumentType", "Sentence", "analyse", "squash_lowered"]


@dataclass
class Analysis:
    document: Document
    sentences: list[Sentence]
    doc_type: DocumentType
    _entity_cache: dict[str, list[tuple[str, str, int, int]]] = field(default_factory=dict)

    def block_location(self, index: int) -> Location:
        return self.document.blocks[index].location

    @functools.cached_property
    def _heading_of(self) -> list[int | None]:
        result: list[int | None] = []
        current: int | None = None
        for i, block in enumerate(self.document.blocks):
            if block.kind == HEADING:
                current = i
            result.append(current)
        return result

    @functools.cached_property
    def _roles(self) -> list[str | None]:
        return roles.block_roles(self.document)

    def block_role(self, block_index: int) -> str | None:
        """The part a block plays: None for body text, else e.g. "glossary" or "background"."""
        return self._roles[block_index]

    def non_committal(self, sentence: Sentence) -> str | None:
        """Why a sentence cannot be a commitment, or None when it can.

        It sits in a glossary, a reference list, a contents page, a risk register or document
        control, or it defines a term.
        """
        # Every clause and term rule asks this of every sentence: answered once per sentence.
        key = (sentence.block, sentence.text)
        if key not in self._non_committal:
            role = self._roles[sentence.block]
            if role not in roles.NON_COMMITTAL:
                role = roles.GLOSSARY if roles.DEFINITION.search(sentence.text) else None
            self._non_committal[key] = role
        return self._non_committal[key]

    @functools.cached_property
    def _non_committal(self) -> dict[tuple[int, str], str | None]:
        return {}

    def heading_of(self, block_index: int) -> int | None:
        """Index of the nearest heading at or above this block."""
        return self._heading_of[block_index]

    @functools.cached_property
    def _headings(self) -> list[tuple[int, str]]:
        """(block index, text without its clause number) of every heading, in order."""
        return [
            (i, _strip_number(block.text))
            for i, block in enumerate(self.document.blocks)
            if block.kind == HEADING
        ]

    def headings_matching(self, pattern: re.Pattern) -> list[int]:
        return [i for i, text in self._headings if pattern.search(text)]

    def section_blocks(self, heading_index: int) -> list[int]:
        """Blocks under a heading, up to the next heading of the same or a higher level."""
        blocks = self.document.blocks
        level = blocks[heading_index].level
        result = []
        for i in range(heading_index + 1, len(blocks)):
            if blocks[i].kind == HEADING and blocks[i].level <= level:
                break
            result.append(i)
        return result

    def in_section(self, sentence: Sentence, pattern: re.Pattern) -> bool:
        """True if the sentence sits under a heading (at any depth) matching `pattern`."""
        section = self.document.blocks[sentence.block].location.section or ""
        return _section_matches(section, pattern)

    def context_doc(self, index: int):
        """One sentence's context as spaCy tokens, made on first use and kept for the document.

        The term rules ask only for the few sentences that can hold one of their terms (see
        `rules/checks/terms.py`), so most sentences are never tokenised a second time.
        """
        cache = self.__dict__.setdefault("_context_docs", {})
        doc = cache.get(index)
        if doc is None:
            doc = cache[index] = nlp.blank().tokenizer(self.sentences[index].context)
        return doc

    def _squashed(self, field: str) -> tuple[str, list[int], set[int]]:
        """Each sentence's `field` ("context" or "text"), squashed, joined by NUL.

        Also each sentence's start in that string, and the sentences that hold a 'Σ'.
        """
        cache = self.__dict__.setdefault("_squashed_cache", {})
        if field not in cache:
            texts = [getattr(s, field) for s in self.sentences]
            distinct = {t: _squash(t) for t in set(texts)}  # tables and forms repeat a lot
            pieces = [distinct[t] for t in texts]
            starts, at = [], 0
            for piece in pieces:
                starts.append(at)
                at += len(piece) + 1
            sigma = {i for i, t in enumerate(texts) if "Σ" in t}
            cache[field] = ("\0".join(pieces), starts, sigma)
        return cache[field]

    def sentences_containing(self, keys, field: str = "context") -> set[int]:
        """Sentences whose squashed `field` contains one of `keys` (squashed), and any with 'Σ'.

        A literal is looked for in the whole document with `str.find`, which is much cheaper
        than tokenising or regex-searching every sentence; callers use it to rule sentences out.
        """
        text, starts, sigma = self._squashed(field)
        if any("\0" in key for key in keys):
            return set(range(len(starts)))
        found = set(sigma)
        for key in keys:
            at = text.find(key)
            while at >= 0:
                row = bisect.bisect_right(starts, at) - 1
                found.add(row)
                # On to the next sentence: one hit is enough for this one.
                at = text.find(key, starts[row + 1]) if row + 1 < len(starts) else -1
        return found

    @functools.cached_property
    def clause_scores(self) -> classifier.SentenceScores | None:
        """Classifier probabilities for every sentence: one batch, on first use; None if off."""
        return classifier.score_texts([s.context for s in self.sentences])

    @functools.cached_property
    def _sentence_rows(self) -> dict[int, int]:
        return {id(s): i for i, s in enumerate(self.sentences)}

    def clause_probability(self, sentence: Sentence, label: str) -> float | None:
        """The classifier's probability that `sentence` is a `label` clause (None: no model)."""
        scores = self.clause_scores
        row = self._sentence_rows.get(id(sentence))
        if scores is None or row is None:
            return None
        return scores.probability(row, label)

    def clause_probabilities(self, label: str) -> list[float | None]:
        """`clause_probability` of every sentence for one label, in document order."""
        scores = self.clause_scores
        column = scores.column(label) if scores is not None else None
        return column if column is not None else [None] * len(self.sentences)

    def clause_threshold(self, label: str) -> float | None:
        scores = self.clause_scores
        if scores is None or label not in scores.model.labels:
            return None
        return scores.threshold(label)

    @functools.cached_property
    def _company_short_names(self) -> re.Pattern | None:
        """The first word of each company party's name, when the text uses it on its own."""
        text = "\n".join(b.text for b in self.document.blocks)
        names = {
            m.group(1) for m in _COMPANY.finditer(text)
            if not _NHS_SIDE_COMPANY.search(m.group(0)) and m.group(1) not in _NOT_A_NAME
        }
        used = [n for n in sorted(names) if re.search(rf"\b{re.escape(n)}\b(?!\s+[A-Z])", text)]
        return re.compile(r"\b(" + "|".join(map(re.escape, used)) + r")(?=[\s,.;:'’)]|$)") if used else None

    def as_company(self, text: str) -> str:
        """`text` with a company party's short name read as "the company".

        Clause patterns speak of "the company"; a document says "Solbridge is the data controller".
        Used only to match patterns: quotes keep the document's own words.
        """
        pattern = self._company_short_names
        if pattern is None:
            return text
        # Asked for the same sentence by every clause rule: each text is rewritten once.
        cache = self.__dict__.setdefault("_as_company", {})
        if text not in cache:
            cache[text] = pattern.sub("the company", text)
        return cache[text]

    def entities(self, text: str) -> list[tuple[str, str, int, int]]:
        """(text, label, start, end) named entities in `text`, from the trained pipeline."""
        if text not in self._entity_cache:
            pipeline = nlp.trained()
            if pipeline is None:
                self._entity_cache[text] = []
            else:
                doc = pipeline(text)
                self._entity_cache[text] = [
                    (e.text, e.label_, e.start_char, e.end_char) for e in doc.ents
                ]
        return self._entity_cache[text]


# A company party's legal name: "Solbridge Health UK Ltd" (short name "Solbridge").
_COMPANY = re.compile(
    r"\b([A-Z][A-Za-z'’&-]{2,})(?:[ ]+[A-Z][\w'’&-]*){0,4}[ ]+(?:UK[ ]+)?(?:Limited|Ltd|plc|PLC)\b"
)
# Limited companies on the NHS side: GP federations, networks, community interest companies.
_NHS_SIDE_COMPANY = re.compile(
    r"\b(NHS|Federation|Health Partnership|Primary Care|Network|Collaborative|Practice|Surgery|Medical|"
    r"Healthcare Partnership|Community|Hospice|GP|Pharmacy|Pharmacies|LPC|LMC|Alliance|CIC)\b"
)
_NOT_A_NAME = {"The", "This", "NHS", "North", "South", "East", "West", "New", "Great", "United", "Royal",
               "Party", "Parties", "Board", "Trust", "Company", "Partner", "Partners", "Between", "And",
               "Signed", "For", "Name", "Organisation", "Provider", "Supplier", "Sponsor"}


@functools.lru_cache(maxsize=8192)
def _section_matches(section: str, pattern: re.Pattern) -> bool:
    # A pure function of its arguments, asked once per sentence, rule and heading pattern, while
    # a document has only a few dozen distinct section paths: caching made the clause rules
    # several times faster without changing any answer.
    return any(pattern.search(_strip_number(part)) for part in section.split(" > "))


_WHITESPACE = re.compile(r"\s+")
# re.IGNORECASE lets 'i' match 'ı' and 'İ' (lower case 'i' + U+0307) and 's' match 'ſ'; folding
# these the same way on both sides keeps a literal findable wherever its pattern matches.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def squash_lowered(text: str) -> str:
    """Already lower-cased text with the few case-insensitive oddities folded and no whitespace."""
    return _WHITESPACE.sub("", text.translate(_FOLD))


def _squash(text: str) -> str:
    """`text` lower-cased and squashed.

    str.lower maps each character on its own, except 'Σ', whose lower case depends on its
    neighbours: `sentences_containing` always keeps the sentences that hold one.
    """
    return squash_lowered(text.lower())


_NUMBER_START = re.compile(r"^\s*\d")
_NUMBER_PREFIX = re.compile(r"^\s*[\d.()a-zA-Z]{0,6}[.)]\s+")


def _strip_number(text: str) -> str:
    return _NUMBER_PREFIX.sub("", text) if _NUMBER_START.match(text) else text


def analyse(document: Document, forced_type: str | None = None) -> Analysis:
    kind = (
        DocumentType(forced_type, 1.0, "set with --type")
        if forced_type
        else doctype.classify(document)
    )
    return Analysis(document, sentences.split(document), kind)
