"""Helpers every check uses to quote a sentence as evidence."""

from __future__ import annotations

import functools
import re
import unicodedata
from re import _constants as _c
from re import _parser

from reviewer.analysis import Analysis, Sentence
from reviewer.rules.finding import FAIL, PASS, Evidence

MAX_QUOTE = 300


def first_match(patterns, text: str) -> re.Match | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


@functools.lru_cache(maxsize=256)
def any_matcher(patterns: tuple[re.Pattern, ...]):
    """One compiled alternation that matches `text` exactly when some pattern in `patterns` does.

    A check that tests every sentence against a rule's few dozen patterns spends most of its time
    in those searches, while most sentences match none of them: one search over the alternation
    answers "none" in about half the time. None when the patterns cannot be joined safely
    (different flags, back-references or named groups), and the caller searches them one by one.
    """
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P[<=]|\(\?[aiLmsux]+\)", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


@functools.lru_cache(maxsize=512)
def required_literals(patterns: tuple[re.Pattern, ...]) -> frozenset[str] | None:
    """Lower-case strings, one of which is in any text that some pattern in `patterns` matches.

    "In" as `Analysis.sentences_containing` looks: text lower-cased, whitespace removed.

    Read off each pattern's parse tree: a run of literal characters the match must contain
    (whitespace inside a run is skipped, since the search ignores it), or every branch of a
    required group. None when some pattern has no such literal (such as a bare number), and the
    sentences cannot be screened.
    """
    found: set[str] = set()
    for pattern in patterns:
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
        except Exception:  # noqa: BLE001 - re's private parser; no screening if it changes
            return None
        literals = _sequence_literals(list(tree))
        if not literals:
            return None
        found |= literals
    return frozenset(found)


def _sequence_literals(items) -> set[str] | None:
    """The best literal set any one required item of a sequence gives (longest shortest key)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and _plain(chr(av)):
            if not chr(av).isspace():
                run.append(chr(av).lower())
            continue
        if _only_whitespace(op, av):
            continue  # `\s+` between words: the squashed text has no whitespace either
        if run:
            options.append({"".join(run)})
            run = []
        inner = _item_literals(op, av)
        if inner:
            options.append(inner)
    if run:
        options.append({"".join(run)})
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _plain(char: str) -> bool:
    """A character re.IGNORECASE matches exactly as str.lower() says.

    ASCII, or a symbol or punctuation mark without case ('£', '™', '’'); the few non-ASCII
    letters IGNORECASE also matches ('ı', 'ſ', 'İ') are folded by `squash_lowered`.
    """
    return char.isascii() or (
        unicodedata.category(char)[0] in "SP" and char.lower() == char == char.upper() == char.casefold()
    )


def _item_literals(op, av) -> set[str] | None:
    if op is _c.IN and all(kind is _c.LITERAL and _plain(chr(v)) for kind, v in av):
        chars = {chr(v).lower() for _, v in av}
        return None if any(c.isspace() for c in chars) else chars
    if op is _c.SUBPATTERN:
        return _sequence_literals(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence_literals(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_literals(list(av[2]))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            literals = _sequence_literals(list(branch))
            if not literals:
                return None
            union |= literals
        return union
    return None


def _only_whitespace(op, av) -> bool:
    """True for an item that can match nothing but whitespace (or the empty string)."""
    if op is _c.LITERAL:
        return chr(av).isspace()
    if op is _c.IN:
        return all(
            (kind is _c.LITERAL and chr(value).isspace())
            or (kind is _c.CATEGORY and value is _c.CATEGORY_SPACE)
            for kind, value in av
        )
    if op is _c.CATEGORY:
        return av is _c.CATEGORY_SPACE
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return all(_only_whitespace(o, a) for o, a in av[2])
    if op is _c.SUBPATTERN:
        return all(_only_whitespace(o, a) for o, a in av[-1])
    return False


def quote(
    analysis: Analysis,
    sentence: Sentence,
    confidence: float,
    signals: tuple[str, ...],
    supports: str = PASS,
) -> Evidence:
    text = sentence.context
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1].rstrip() + "…"
    return Evidence(
        text=text,
        location=analysis.block_location(sentence.block),
        confidence=confidence,
        signals=signals,
        block=sentence.block,
        start=sentence.start,
        end=sentence.end,
        supports=supports,
    )


def model_signals(analysis: Analysis, rule, sentence: Sentence, signals: tuple[str, ...]):
    """`signals` plus the clause classifier's score for the rule's label, when there is one."""
    from reviewer.analysis.classifier import signal

    label = rule.options.get("classifier_label", rule.id)
    p = analysis.clause_probability(sentence, label)
    return signals if p is None else (*signals, signal(p))


def quote_block(analysis: Analysis, index: int, confidence: float, signals: tuple[str, ...]):
    block = analysis.document.blocks[index]
    return Evidence(
        text=block.text[:MAX_QUOTE],
        location=block.location,
        confidence=confidence,
        signals=signals,
        block=index,
        start=0,
        end=len(block.text),
        supports=FAIL,
    )


def label_matches(sentence: Sentence, patterns) -> bool:
    return bool(sentence.label) and first_match(patterns, sentence.label) is not None


class Topicality:
    """Whether a sentence sits under one of a rule's headings: by its field label, else its section.

    Both answers depend only on the label or the section path, each shared by many sentences,
    so they are worked out once per label and once per section for a whole document.
    """

    def __init__(self, analysis: Analysis, headings, label_test) -> None:
        self.analysis = analysis
        self.headings = headings
        self.label_test = label_test  # (sentence) -> bool, the rule's reading of a field label
        self.by_label: dict[str | None, bool] = {}
        self.by_section: dict[str | None, bool] = {}

    def __call__(self, sentence: Sentence) -> bool:
        topical = self.by_label.get(sentence.label)
        if topical is None:
            topical = self.by_label[sentence.label] = bool(self.label_test(sentence))
        if topical:
            return True
        section = self.analysis.document.blocks[sentence.block].location.section
        topical = self.by_section.get(section)
        if topical is None:
            topical = self.by_section[section] = any(
                self.analysis.in_section(sentence, p) for p in self.headings
            )
        return topical
