"""Body blocks -> sentences that keep their block, character span, location and field label."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reviewer.analysis import nlp
from reviewer.documents.model import HEADING, TABLE_CELL, Block, Document

# "Exit strategy: TBC" or "Funding - £40,000": a short label, then the value.
# After a colon the number must open a clause ("as follows: 4.1 The Trust ..."), not be a quantity
# ("ICB: 0.2 WTE commissioning manager"); a clause number never starts at zero.
SUBCLAUSE = re.compile(
    r"(?<=[.;)])\s+(?=\(?[1-9]\d?(?:\.\d{1,2})+\)?\s+[A-Z(])"
    r"|(?<=:)\s+(?=\(?[1-9]\d?(?:\.\d{1,2})+\)?\s+(?:[A-Z][a-z]|\())"
)
FIELD = re.compile(r"^(?P<label>[A-Za-z][\w /&'()\-]{1,60}?)\s*[:\u2013\u2014]\s+(?P<value>.+)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int  # index into Document.blocks
    start: int  # character offsets into that block's text
    end: int
    label: str | None  # field label: "Exit strategy: ..." or the row/column label of a cell
    value: str  # the sentence without its label

    @property
    def context(self) -> str:
        """Label and sentence together, which is what a reader sees."""
        return f"{self.label}: {self.value}" if self.label else self.text


def split(document: Document) -> list[Sentence]:
    """Split every non-heading block into sentences in one batched spaCy pass."""
    indices = [i for i, b in enumerate(document.blocks) if b.kind != HEADING]
    texts = [document.blocks[i].text for i in indices]
    result: list[Sentence] = []
    for index, spans in zip(indices, _sentence_spans(texts), strict=True):
        block = document.blocks[index]
        for sent_text, sent_start in spans:
            for start, text in _subclauses(sent_text, sent_start):
                label, value = _label(block, text, first=start == 0)
                result.append(Sentence(text, index, start, start + len(text), label, value))
    return result


def _sentence_spans(texts: list[str]) -> list[list[tuple[str, int]]]:
    """(text, start) of each spaCy sentence of each text; each distinct text is split once.

    Forms and tables repeat the same cell text many times ("Yes", "N/A", a standard clause), and
    the split depends on the text alone, so repeats reuse the first one's sentences.
    """
    unique = list(dict.fromkeys(texts))
    ends = _sentence_end_chars()
    # With no sentence-ending character, spaCy's sentencizer marks only the first token, so a
    # text without surrounding whitespace is one sentence from 0 to its end: no need to ask.
    spans = {
        t: [(t, 0)] for t in unique if ends is not None and t and t == t.strip() and ends.isdisjoint(t)
    }
    rest = [t for t in unique if t not in spans]
    spans.update(zip(rest, _sentence_spans_each(rest), strict=True))
    return [spans[text] for text in texts]


@functools.lru_cache(maxsize=1)
def _sentence_end_chars() -> frozenset[str] | None:
    """The characters the sentencizer ends sentences on; None if any is longer than one.

    It compares whole tokens with them, so a text without any of them is surely one sentence
    only while each is a single character (with None, spaCy is asked about every text).
    """
    chars = nlp.blank().get_pipe("sentencizer").punct_chars
    return frozenset(chars) if all(len(c) == 1 for c in chars) else None


def _sentence_spans_each(texts: list[str]) -> list[list[tuple[str, int]]]:
    """The plain version: every text through the pipeline, in one batched pass."""
    docs = nlp.blank().pipe(texts, batch_size=256)
    return [[(sent.text, sent.start_char) for sent in doc.sents] for doc in docs]


def _subclauses(text: str, offset: int):
    """Split "4.1 The Trust will ... term). 4.2 The company will ..." at embedded clause numbers.

    The sentencizer keeps these together because a clause number does not look like a sentence
    start, yet each numbered sub-clause is its own statement (often about a different party).
    """
    cuts = [0] + [m.start() for m in SUBCLAUSE.finditer(text)] + [len(text)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            yield offset + a + (len(piece) - len(piece.lstrip())), stripped


def _label(block: Block, text: str, first: bool) -> tuple[str | None, str]:
    if block.kind == TABLE_CELL and not block.header_cell:
        labels = [lab for lab in (block.row_label, block.column_label) if lab]
        if labels:
            return " / ".join(labels), text
    match = FIELD.match(text)
    # Mid-paragraph, only a short label counts ("Patients: ..."), not "The reason is simple: ...".
    if match and len(match.group("label").split()) <= (6 if first else 4):
        return match.group("label").strip(), match.group("value").strip()
    return None, text
