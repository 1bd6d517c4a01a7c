"""`terms_absent`: wording that must not appear (product promotion, sales-function roles).

Term lists go through a spaCy PhraseMatcher (case-insensitive, token-aligned, so "KAM" never
matches inside "Kamran"); claim shapes are regexes. A hit inside an excluding sentence ("no
member of the sales team will be involved") argues for a pass, not a fail.
"""

from __future__ import annotations

import functools
import re

from reviewer.analysis import Analysis, nlp, squash_lowered
from reviewer.analysis.cues import negated_after, negated_before
from reviewer.analysis.roles import ADMIN, BACKGROUND, NOT_ABOUT_PROJECT
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import (
    any_matcher,
    first_match,
    model_signals,
    quote,
    required_literals,
)
from reviewer.rules.finding import FAIL, PASS, WARN, Evidence, Verdict


@functools.lru_cache(maxsize=32)
def _matcher(terms: tuple[str, ...]):
    from spacy.matcher import PhraseMatcher

    pipeline = nlp.blank()
    matcher = PhraseMatcher(pipeline.vocab, attr="LOWER")
    # Case-sensitive abbreviations ("KAM", "NRx") are matched separately below.
    matcher.add("TERM", [pipeline.make_doc(t) for t in terms if not _is_abbreviation(t)])
    return matcher


@functools.lru_cache(maxsize=32)
def _term_keys(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Each matcher term as the lower-cased text of its tokens with no whitespace.

    The matcher compares token by token on LOWER (the token's text lower-cased), ignoring the
    spaces between tokens, so a sentence it matches always contains this string once its own
    text is lower-cased and its whitespace removed. The converse need not hold (the string may
    sit across token boundaries), so the matcher still decides on the sentences that have it.
    """
    make_doc = nlp.blank().make_doc
    return tuple(
        squash_lowered("".join(token.lower_ for token in make_doc(t)))
        for t in terms if not _is_abbreviation(t)
    )


def _term_candidates(terms: tuple[str, ...], analysis: Analysis) -> set[int]:
    """The sentences the PhraseMatcher can match in: the others need no tokenising at all."""
    return analysis.sentences_containing(_term_keys(terms))


def _screen_rows(analysis: Analysis, patterns: tuple[re.Pattern, ...]):
    """Sentences (by index) whose context may match one of `patterns`: all when unscreenable."""
    literals = required_literals(patterns) if patterns else None
    if literals is None:
        return range(len(analysis.sentences))
    return analysis.sentences_containing(literals)


def _is_abbreviation(term: str) -> bool:
    return len(term) <= 4 and any(ch.isupper() for ch in term[1:])


def terms_absent(rule: Rule, analysis: Analysis) -> Verdict:
    window = int(rule.options.get("negation_window", 5))
    failures: list[Evidence] = []
    contacts: list[Evidence] = []
    excluded: list[Evidence] = []
    abbreviations = [
        re.compile(rf"(?<![\w-]){re.escape(t)}(?![\w-])") for t in rule.terms if _is_abbreviation(t)
    ]
    matcher = _matcher(rule.terms)
    sentences = analysis.sentences
    candidates = _term_candidates(rule.terms, analysis)
    # One search over each joined pattern list rules out most sentences before the pattern-by-
    # pattern searches that name the match (None: search them one by one).
    claims, weak_patterns = rule.pattern("claims"), rule.pattern("weak")
    any_claim, any_weak = any_matcher(claims), any_matcher(weak_patterns)
    # Sentences without a literal some pattern needs cannot match it: not searched at all.
    abbreviation_rows = _screen_rows(analysis, tuple(abbreviations))
    claim_rows, weak_rows = _screen_rows(analysis, claims), _screen_rows(analysis, weak_patterns)
    background_terms = {_fold(t) for t in rule.options.get("background_terms", ())}
    not_roles = rule.pattern("not_roles")
    for index, sentence in enumerate(sentences):
        if analysis.non_committal(sentence) in NOT_ABOUT_PROJECT:
            continue  # a glossary entry or a reference title says nothing about this project
        text = sentence.context
        hits = []
        if index in candidates:
            doc = analysis.context_doc(index)
            hits = [(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in matcher(doc)]
        if index in abbreviation_rows:
            hits += [(m.start(), m.end()) for p in abbreviations for m in p.finditer(text)]
        if claims and index in claim_rows and (any_claim is None or any_claim.search(text)):
            hits += [(m.start(), m.end()) for p in claims for m in p.finditer(text)]
        if hits and not_roles:
            # "ICB primary care representative": the NHS body's own seat, not a company rep.
            spans = [m.span() for p in not_roles for m in p.finditer(text)]
            hits = [(a, b) for a, b in hits if not any(x <= a and b <= y for x, y in spans)]
        if not hits:
            weak = (first_match(weak_patterns, text)
                    if index in weak_rows and (any_weak is None or any_weak.search(text))
                    else None)
            if weak and not negated_before(text, weak.start(), window):
                signal = (f"weak: '{weak.group(0)}'",)
                signal = model_signals(analysis, rule, sentence, signal)
                contacts.append(quote(analysis, sentence, 0.6, signal, FAIL))
            continue
        start, end = min(hits)
        term = text[start:end]
        if (
            background_terms
            and analysis.block_role(sentence.block) == BACKGROUND
            and all(_fold(text[a:b]) in background_terms for a, b in hits)
            and not first_match(rule.pattern("project_link"), text)
        ):
            continue  # "market share has shifted to newer classes" describes the market, not the project
        answer = _answer(text, end)
        if answer == "":
            continue  # "Will sales staff be involved?" asks; the answer beside it says
        exclusion = first_match(rule.pattern("exclusions"), text)
        if answer is not None and _NEGATIVE_ANSWER.match(answer):
            exclusion = _NEGATIVE_ANSWER.match(answer)
        negator = negated_before(text, start, window) or negated_after(text, end)
        if exclusion or negator:
            why = exclusion.group(0) if exclusion else negator
            signal = model_signals(analysis, rule, sentence, (f"'{term}' excluded by '{why}'",))
            excluded.append(quote(analysis, sentence, 0.8, signal))
            continue
        section = analysis.block_location(sentence.block).section or ""
        # The sentence decides whether a role is only a contact; its section ("Project team")
        # only speaks when the sentence itself says nothing either way.
        own = f"{sentence.label or ''} {text}"
        contact = first_match(rule.pattern("contact_context"), own) or first_match(
            rule.pattern("contact_context"), section
        )
        is_contact = contact and not first_match(rule.pattern("delivery_context"), own)
        # A distribution list or document-control table only names who receives the paper: the
        # "project board" it also lists is a recipient, not a role the person holds.
        if contact and not is_contact and not _SIGN_OFF.search(own) and (
            analysis.block_role(sentence.block) == ADMIN or _RECIPIENTS.match(sentence.label or "")
        ):
            is_contact = True
        signal = model_signals(analysis, rule, sentence, (f"term: '{term}'",))
        evidence = quote(analysis, sentence, 0.85, signal, FAIL)
        (contacts if is_contact else failures).append(evidence)

    if failures:
        return Verdict(FAIL, _message(rule, "fail"), tuple(failures[:5]))
    if contacts:
        return Verdict(WARN, _message(rule, "warn"), tuple(contacts[:5]), severity="amber")
    return Verdict(PASS, _message(rule, "pass"), tuple(excluded[:2]))


# Who wrote, reviewed or approved the document does take part in it.
_SIGN_OFF = re.compile(
    r"\b(?:approv\w*|sign(?:ed|s|ing)?(?: off)?|sign-off|authors?|authored|prepared|reviewed|owner)\b", re.I
)
_RECIPIENTS = re.compile(
    r"^\s*(?:distribution|circulation)(?: list)?\s*$|^\s*(?:cc|copied to|copies to)\s*$", re.I
)
_ANSWER_LABEL = re.compile(r"^[\s/:|-]*(?:(?:answer|response|reply|comments?|y/n)\s*[:|/-])?\s*", re.I)
_NEGATIVE_ANSWER = re.compile(r"(?:no|none|never|not applicable|n/a|nil)\b", re.I)


def _answer(text: str, end: int) -> str | None:
    """The answer after a question that holds the term: None when the term is in no question.

    "Will company sales staff be involved? / Answer: No" is a checklist row: the question
    asserts nothing, so its answer decides ("" when the sentence is only the question).
    """
    mark = text.find("?", end)
    if mark < 0 or "." in text[end:mark]:
        return None
    return _ANSWER_LABEL.sub("", text[mark + 1 :], count=1).strip()


def _fold(term: str) -> str:
    return " ".join(term.lower().split())


def _message(rule: Rule, kind: str) -> str:
    defaults = {
        "fail": f"{rule.title}: wording that breaches this rule was found.",
        "warn": f"{rule.title}: a minor risk was found.",
        "pass": f"{rule.title}: nothing of concern found.",
    }
    return rule.options.get("messages", {}).get(kind, defaults[kind])
