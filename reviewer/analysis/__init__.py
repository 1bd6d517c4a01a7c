"""Facts about a Document that rules read: sentences, sections, type, entities.

Knows nothing of pass or fail. Expensive facts (named entities) are computed on first use,
so a document whose rules never ask for them never loads the trained pipeline.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from reviewer.analysis import classifier, doctype, nlp, sentences
from reviewer.analysis.doctype import DocumentType
from reviewer.analysis.sentences import Sentence
from reviewer.documents.model import HEADING, Document, Location

__all__ = ["Analysis", "DocumentType", "Sentence", "analyse"]


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

    @functools.cached_property
    def context_tokens(self) -> list:
        """Each sentence's context as spaCy tokens, made once and shared by the term rules.

        Tokens only: the PhraseMatcher reads token text, so the sentencizer (which only marks
        sentence starts) would be wasted work here.
        """
        tokenizer = nlp.blank().tokenizer
        return list(tokenizer.pipe((s.context for s in self.sentences), batch_size=256))

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

    def clause_threshold(self, label: str) -> float | None:
        scores = self.clause_scores
        if scores is None or label not in scores.model.labels:
            return None
        return scores.threshold(label)

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


@functools.lru_cache(maxsize=8192)
def _section_matches(section: str, pattern: re.Pattern) -> bool:
    # A pure function of its arguments, asked once per sentence, rule and heading pattern, while
    # a document has only a few dozen distinct section paths: caching made the clause rules
    # several times faster without changing any answer.
    return any(pattern.search(_strip_number(part)) for part in section.split(" > "))


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
