"""Body blocks -> sentences that keep their block, character span, location and field label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.analysis import nlp
from reviewer.documents.model import HEADING, TABLE_CELL, Block, Document

# "Exit strategy: TBC" or "Funding - £40,000": a short label, then the value.
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
    pipeline = nlp.blank()
    indices = [i for i, b in enumerate(document.blocks) if b.kind != HEADING]
    texts = [document.blocks[i].text for i in indices]
    result: list[Sentence] = []
    for index, doc in zip(indices, pipeline.pipe(texts, batch_size=256), strict=True):
        block = document.blocks[index]
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            label, value = _label(block, text, first=sent.start == 0)
            result.append(Sentence(text, index, start, start + len(text), label, value))
    return result


def _label(block: Block, text: str, first: bool) -> tuple[str | None, str]:
    if block.kind == TABLE_CELL and not block.header_cell:
        labels = [lab for lab in (block.row_label, block.column_label) if lab]
        if labels:
            return " / ".join(labels), text
    if first:
        match = FIELD.match(text)
        if match and len(match.group("label").split()) <= 6:
            return match.group("label").strip(), match.group("value").strip()
    return None, text
