"""`clause_present`: a required clause must be there, with substance, not a placeholder.

Shared by every "must be present" rule (exit strategy, confidentiality, data protection,
patient benefit, measurable outcomes, transparency); each rule's TOML supplies the patterns.

The clause classifier (reviewer/analysis/classifier.py) works beside the patterns: a sentence no
pattern recognised counts as the clause when the model's probability for the rule's label
reaches the label's threshold and the sentence is neither a placeholder nor negated; a vague or
unrecognised mention the model is confident about is promoted to a found clause; and every
piece of evidence records the model's score ("classifier p=0.93") in its signals.
"""

from __future__ import annotations

import functools
import re

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.classifier import signal as classifier_signal
from reviewer.analysis.cues import is_placeholder, negated_after, negated_before, placeholder_hit
from reviewer.analysis.roles import NON_COMMITTAL, NOT_ABOUT_PROJECT, RISK_RESPONSE
from reviewer.documents.model import HEADING, TABLE_CELL
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import (
    Topicality,
    any_matcher,
    first_match,
    label_matches,
    quote,
    quote_block,
    required_literals,
)
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, WARN, Evidence, Verdict

FIELD_ONLY = "field filled; classifier above threshold"
DEFERRED = "deferred: "
SECTION_MATCH = "pattern in matching section: "


def clause_present(rule: Rule, analysis: Analysis) -> Verdict:
    conditional = rule.options.get("only_if_topic", [])
    if analysis.doc_type.type in conditional and not _mentions_topic(rule, analysis):
        return Verdict(NOT_APPLICABLE, rule.options.get("topic_absent_message", "Not relevant."))

    headings = rule.pattern("headings")
    found: list[Evidence] = []
    main_found, context_found = found, []  # context: the rule's `context_sections`
    weak: list[Evidence] = []
    problems: list[Evidence] = []
    limited: list[Evidence] = []
    model = _Model(rule, analysis)
    quiet = _quiet_test(rule, analysis)
    is_topical = Topicality(analysis, headings, lambda s: label_matches(s, headings))
    blocks = analysis.document.blocks
    skip_titles = rule.options.get("skip_title_lines", False)
    for sentence, p in zip(analysis.sentences, model.probabilities(), strict=True):
        if analysis.non_committal(sentence):
            continue  # a glossary entry, a reference or a risk-register row commits to nothing
        if skip_titles and _title_line(analysis, sentence):
            continue  # "Faster diagnosis with a 14-day patch - Trust and Company": a project's name
        text = sentence.text
        # A risk's planned response sits beside the risk, not under a field it answers.
        topical = is_topical(sentence) and analysis.block_role(sentence.block) != RISK_RESPONSE
        if not topical and not model.confident(p) and quiet(text, sentence.value):
            continue  # no pattern, heading or model score: every branch below would skip it
        if _in_ignored(rule, analysis, sentence):
            continue  # another topic's section: "Data and evaluation | TBC" in a resources table
        # In a context section (background, another clause's section) a match counts only
        # when nothing else in the document decides: "only 38% reach target" is the problem.
        in_context = not topical and _in_background(rule, analysis, sentence)
        found = context_found if in_context else main_found
        # Patterns say "the company"; the document may use the company's short name instead.
        prohibited, said = _match_naming_company(rule.pattern("prohibited"), analysis, text)
        if prohibited:
            negator = negated_before(said, prohibited.start(), 5)
            if negator:
                found.append(quote(analysis, sentence, 0.8, (f"protective negation '{negator}'",)))
            else:
                problems.append(
                    quote(analysis, sentence, 0.85, (f"prohibited: '{prohibited.group(0)}'",), FAIL)
                )
            continue
        if sentence.label is None and _is_label_only(rule, text):
            continue  # "Exit arrangements" alone (a form label or table cell) is not content
        cell = _row_label_cell(rule, analysis, sentence)
        if cell == "filled":
            continue  # the label of a form row: its value cells carry it as their label
        if cell == "empty":
            problems.append(quote(analysis, sentence, 0.8, ("form row with an empty value",), FAIL))
            continue
        # `limits`: a clause of its own that cuts the whole duty down ("Clause 8.1 applies for four
        # months from disclosure"): whatever else is found, the clause is weak.
        limit = first_match(rule.pattern("limits"), text)
        if limit:
            limited.append(quote(analysis, sentence, 0.7, (f"limited by: '{limit.group(0)}'",), FAIL))
            continue
        insufficient = first_match(rule.pattern("insufficient"), text)
        if insufficient:
            signal = (f"insufficient: '{insufficient.group(0)}'",)
            problems.append(quote(analysis, sentence, 0.75, signal, FAIL))
            continue
        # Only the figures put off ("targets will be set by the board"): a hole unless the
        # measures themselves are named elsewhere, when the clause is weak rather than missing.
        deferred = first_match(rule.pattern("deferred"), text)
        if deferred:
            problems.append(quote(analysis, sentence, 0.7, (f"{DEFERRED}'{deferred.group(0)}'",), FAIL))
            continue
        # A field answered only by a pointer ("See section 2.", "As above.") states nothing itself;
        # what it points at counts only if it is found in its own right.
        if topical and first_match(rule.pattern("cross_reference"), sentence.value):
            problems.append(quote(analysis, sentence, 0.8, ("only a cross-reference",), FAIL))
            continue
        if _service_gains_only(rule, text):
            continue  # "Patients benefit from 900 bed days released" names the hospital's gain
        # A topical label ("Benefits to patients:") must not satisfy the rule on its own words.
        labelled = label_matches(sentence, headings)
        strong_text = sentence.value if labelled else text
        strong, _ = _match_naming_company(rule.pattern("strong"), analysis, strong_text)
        across = rule.options.get("strong_across_label")
        if labelled and not strong and across and text.endswith(sentence.value):
            # A measure named in its label ("Patients at target: from 38% to 60%") is stated once
            # the value's words complete a match; a match inside the label alone still never counts.
            start = len(text) - len(sentence.value)
            spans = (p.search(text) for p in rule.pattern("strong"))
            strong = next((m for m in spans if m and m.end() > start), None)
        weak_hit = first_match(rule.pattern("weak"), text)
        if strong and weak_hit and len(text.split()) <= 10:
            strong = None  # "The usual confidentiality provisions apply." is boilerplate
        # `weakened`: the clause is there but hedged so that it protects little ("for six months
        # from disclosure, after which these obligations lapse"): weak, not absent.
        weakened = first_match(rule.pattern("weakened"), text)
        if weakened:
            strong, weak_hit = None, weakened
        others, subject = rule.pattern("other_beneficiaries"), rule.pattern("subject")
        if others and any(
            first_match(others, label) and not first_match(subject, label)
            for label in (sentence.label, _inner_label(sentence.value)) if label
        ):
            continue  # "For the ICB: faster reports" speaks for another beneficiary
        # Under a matching heading or label, the value itself must carry the substance:
        # "Confidentiality: standard terms" must not pass on the word in its own label.
        # A table's header row ("Indicator | Baseline | Target") names columns; it states nothing,
        # but a figure under such a column ("41 weeks" under "Baseline") does.
        block = blocks[sentence.block]
        substance = None
        if topical and not block.header_cell:
            substance = first_match(rule.pattern("substance"), sentence.value)
        if topical and not substance and block.column_label and re.search(r"\d", sentence.value):
            substance = first_match(rule.pattern("substance"), block.column_label)
        # The heading may name the people instead: "Benefits for service users" then "Shorter visits".
        if substance and subject and not (
            first_match(subject, sentence.context)
            or first_match(subject, (block.location.section or "").split(" > ")[-1])
        ):
            substance = None  # e.g. a "Benefits" section line about the Trust, not patients
        # `vague_words`: a line whose every part is general praise ("improved outcomes and a better
        # experience of care") names a benefit without stating one, however its words are ordered.
        if (strong or substance) and _only_vague(rule, sentence.value if labelled else text):
            strong, substance, weak_hit = None, None, weak_hit or strong or substance
        if not (topical or strong or weak_hit):
            if model.confident(p):
                # No pattern, but the model recognises the clause: a paraphrase.
                hole = _placeholder_or_negation(rule, sentence.value, text)
                if hole:
                    problems.append(model.quote(sentence, 0.7, (hole,), FAIL, p))
                elif len(sentence.value.split()) >= 3:  # a lone table label ("Data") says nothing
                    found.append(model.quote(sentence, None, (), PASS, p))
            continue
        # The label counts for negation: "Handover arrangements | None have been drawn up".
        hole = _placeholder_or_negation(
            rule, sentence.value if topical else text, text, sentence.context
        )
        if hole and (topical or strong or weak_hit):
            problems.append(model.quote(sentence, 0.85, (hole,), FAIL, p))
            continue
        if strong:
            # A match under the rule's own heading is the best quote to show.
            confidence = 0.95 if topical else 0.9
            found.append(model.quote(sentence, confidence, (f"pattern: '{strong.group(0)}'",), PASS, p))
        elif weak_hit:
            weak.append(model.quote(sentence, 0.6, (f"weak: '{weak_hit.group(0)}'",), FAIL, p))
        elif substance:
            signal = (f"{SECTION_MATCH}'{substance.group(0)}'",)
            found.append(model.quote(sentence, 0.8, signal, PASS, p))
        elif topical and len(sentence.value.split()) >= 4 and (
            label_matches(sentence, headings) or rule.options.get("vague_section")
        ):
            # `field_needs_pattern`: the model reads "we will look at the number of checks" as a
            # measure, but with no figure a pattern can see, it is only a qualitative one.
            if model.confident(p) and not rule.options.get("field_needs_pattern"):
                signals = (FIELD_ONLY,)
                found.append(model.quote(sentence, 0.5, signals, PASS, p))
            elif subject and not (
                first_match(subject, sentence.context)
                or first_match(subject, (block.location.section or "").split(" > ")[-1])
            ):
                continue  # "Benefits: lower tariff costs for the Trust" is not about patients at all
            else:
                signals = ("field filled but no substance recognised",)
                weak.append(model.quote(sentence, 0.5, signals, FAIL, p))

    problems.extend(_empty_headings(rule, analysis))
    prohibited_problems = [e for e in problems if e.signals[0].startswith("prohibited")]
    if prohibited_problems:
        return Verdict(FAIL, _message(rule, "prohibited"), tuple(prohibited_problems[:3]))
    # A filled field that only the model vouches for does not outweigh an explicit placeholder
    # ("Data protection arrangements: TBC" beside a sentence that merely uses patient data).
    found = main_found or ([] if problems or weak else context_found)
    # Nor does a paraphrase only the model recognised, elsewhere, outweigh a placeholder under
    # the clause's own heading ("Exit strategy: TBC" beside an aim to "continue afterwards").
    if problems and all(FIELD_ONLY in e.signals or _model_only(e) for e in found):
        found = []
    # `deferred_weakens_named`: measures named without a figure ("Number of patients reviewed")
    # beside their targets put off ("targets will be set by the steering group") are weak.
    if (
        found
        and rule.options.get("deferred_weakens_named")
        and any(e.signals[0].startswith(DEFERRED) for e in problems)
        and all(e.signals[0].startswith(SECTION_MATCH) and not re.search(r"\d", e.text) for e in found)
    ):
        weak, found = [*weak, *found], []
    if found and limited:
        return Verdict(WARN, _message(rule, "warn"), tuple((limited + found)[:3]))
    if found:
        best = sorted(found, key=lambda e: -e.confidence)  # stable: document order within a level
        return Verdict(PASS, _message(rule, "pass"), tuple(best[:3]))
    weak = weak + limited
    # An explicit placeholder or negation outweighs vague wording elsewhere.
    if problems and weak and all(e.signals[0].startswith(DEFERRED) for e in problems):
        return Verdict(WARN, _message(rule, "warn"), tuple((weak + problems)[:3]))
    if problems:
        return Verdict(FAIL, _message(rule, "placeholder"), tuple((problems + weak)[:3]))
    if weak:
        return Verdict(WARN, _message(rule, "warn"), tuple(weak[:3]))
    return Verdict(FAIL, _message(rule, "missing"), absent=True)


def _service_gains_only(rule: Rule, text: str) -> bool:
    """The text's only gains are the service's (`service_gains`: bed days, flow, slots, cost).

    Such a line may be put in patients' mouths ("patients benefit from a more efficient service");
    what is left once those phrases are taken out must still state something for the rule to count.
    """
    gains = rule.pattern("service_gains")
    if not gains or not any(g.search(text) for g in gains):
        return False
    rest = text
    for gain in gains:
        rest = gain.sub(" ", rest)
    return not (first_match(rule.pattern("strong"), rest) or first_match(rule.pattern("substance"), rest))


def _model_only(evidence: Evidence) -> bool:
    """Evidence no pattern found: its only signal is the classifier's score."""
    return len(evidence.signals) == 1 and evidence.signals[0].startswith("classifier")


class _Model:
    """The classifier's view of one rule: its label, threshold and per-sentence probability."""

    def __init__(self, rule: Rule, analysis: Analysis) -> None:
        self.analysis = analysis
        self.label = rule.options.get("classifier_label", rule.id)
        self.threshold = analysis.clause_threshold(self.label)
        if "classifier_threshold" in rule.options and self.threshold is not None:
            self.threshold = float(rule.options["classifier_threshold"])

    def probability(self, sentence: Sentence) -> float | None:
        if self.threshold is None:
            return None
        return self.analysis.clause_probability(sentence, self.label)

    def probabilities(self) -> list[float | None]:
        """`probability` of every sentence, in document order."""
        if self.threshold is None:
            return [None] * len(self.analysis.sentences)
        return self.analysis.clause_probabilities(self.label)

    def confident(self, p: float | None) -> bool:
        return p is not None and self.threshold is not None and p >= self.threshold

    def quote(self, sentence, confidence, signals, supports, p) -> Evidence:
        """Evidence whose confidence blends the pattern's with the model's probability."""
        if p is None:
            return quote(self.analysis, sentence, confidence or 0.5, signals, supports)
        agreement = p if supports == PASS else 1.0 - p
        blended = agreement if confidence is None else (confidence + agreement) / 2
        return quote(self.analysis, sentence, blended, (*signals, classifier_signal(p)), supports)


def _quiet_test(rule: Rule, analysis: Analysis | None = None):
    """A test `quiet(text, value)`: no pattern that `clause_present` acts on matches either.

    Those are the prohibited, insufficient, deferred, strong, weak and limits patterns; a quiet
    sentence that is neither topical nor scored confidently by the model is skipped by every branch
    of the loop.
    With `analysis`, a sentence without any of the literals some pattern needs is quiet at once
    (`value` is always part of `text`), and each distinct (text, value) is searched once.
    """
    keys = ("prohibited", "insufficient", "deferred", "strong", "weak", "limits")
    patterns = tuple(p for key in keys for p in rule.pattern(key))
    joined = any_matcher(patterns)

    def search(text: str, value: str) -> bool:
        if joined is None:
            return not (first_match(patterns, text) or first_match(patterns, value))
        return not (
            joined.search(text) or (value is not text and value != text and joined.search(value))
        )

    literals = required_literals(patterns) if analysis is not None else None
    if literals is None:
        return search
    sentences = analysis.sentences
    maybe = {sentences[i].text for i in analysis.sentences_containing(literals, "text")}
    known: dict[tuple[str, str], bool] = {}

    def quiet(text: str, value: str) -> bool:
        if text not in maybe:
            return True
        key = (text, value)
        answer = known.get(key)
        if answer is None:
            answer = known[key] = search(text, value)
        return answer

    return quiet


def _placeholder_or_negation(
    rule: Rule, value: str, text: str, negation_text: str | None = None
) -> str | None:
    """A placeholder in the value, or a negated concept in `negation_text` (default: `text`)."""
    if is_placeholder(value):
        return f"placeholder '{placeholder_hit(value) or value}'"
    head = text[: len(text) - len(value)] if text.endswith(value) else ""
    if head and is_placeholder(head, 6):  # "Patients Not applicable: an efficiency project"
        return f"placeholder '{placeholder_hit(head)}'"
    text = negation_text or text
    for concept in rule.pattern("concept"):
        for match in concept.finditer(text):
            negator = negated_before(text, match.start()) or negated_after(text, match.end())
            if negator:
                return f"negated by '{negator}'"
    return None


def _is_label_only(rule: Rule, text: str) -> bool:
    words = text.strip(" :.-").split()
    if text.rstrip().endswith(".") and first_match(rule.pattern("weak"), text):
        return False  # "Standard confidentiality applies." is a (weak) sentence, not a label
    if text.rstrip().endswith(".") and re.search(r"\b(is|are|will|shall|must|remains?)\b", text, re.I):
        return False  # "All papers are confidential." is a short statement with a verb, not a label
    return (
        len(words) <= 4
        and first_match(rule.pattern("headings"), text) is not None
        and not is_placeholder(text)
    )


def _inner_label(value: str) -> str | None:
    """A second label inside a labelled value: "Benefits: Acme Ltd: Acme will learn ..."."""
    value = _LIST_MARK.sub("", value, count=1)  # "3.1 Trust: ...", "(c) for Acme: ..."
    match = re.match(r"\s*([^:.;]{2,60}):\s", value)
    return match.group(1) if match else None


def _in_background(rule: Rule, analysis: Analysis, sentence: Sentence) -> bool:
    """True when the nearest heading is one the rule names in `options.context_sections`.

    Or when the sentence itself matches `options.context_sentences`: "KPIs are reported as
    aggregate figures" uses data; it does not decide data protection when a statement exists.
    """
    sentences = _compiled(tuple(rule.options.get("context_sentences", ())))
    if sentences and any(pattern.search(sentence.context) for pattern in sentences):
        return True
    patterns = _compiled(tuple(rule.options.get("context_sections", ())))
    if not patterns:
        return False
    section = analysis.document.blocks[sentence.block].location.section or ""
    nearest = section.split(" > ")[-1]
    return any(pattern.search(nearest) for pattern in patterns)


def _in_ignored(rule: Rule, analysis: Analysis, sentence: Sentence) -> bool:
    """True when the nearest heading is one the rule names in `options.ignore_sections`.

    Or when the sentence matches `options.ignore_sentences`: "published studies show that reviews
    cut admissions" reports what others found, never what this project offers.
    """
    sentences = _compiled(tuple(rule.options.get("ignore_sentences", ())))
    if sentences and any(pattern.search(sentence.context) for pattern in sentences):
        return True
    patterns = _compiled(tuple(rule.options.get("ignore_sections", ())))
    if not patterns:
        return False
    section = analysis.document.blocks[sentence.block].location.section or ""
    return any(pattern.search(section.split(" > ")[-1]) for pattern in patterns)


def _match_naming_company(patterns, analysis: Analysis, text: str) -> tuple[re.Match | None, str]:
    """The first match in `text`, else in `text` with the company's short name read as "the company".

    Returns the match and the text it was found in (offsets such as a negation check's refer to it).
    """
    match = first_match(patterns, text)
    if match or not patterns:
        return match, text
    named = analysis.as_company(text)
    return (first_match(patterns, named), named) if named != text else (None, text)


def _title_line(analysis: Analysis, sentence: Sentence) -> bool:
    """The document's title or the project's name under it: a short unpunctuated line at the top.

    `skip_title_lines`: a project called "Faster rhythm diagnosis" names an aim; the document must
    still say what patients gain.
    """
    index = sentence.block
    if index > 3 or sentence.label or sentence.text.rstrip().endswith((".", "?", "!")):
        return False
    if len(sentence.text.split()) > 25:
        return False
    blocks = analysis.document.blocks
    # Only what comes before the first table or second heading: the title and a subtitle.
    before = blocks[:index]
    return all(b.kind != TABLE_CELL for b in before) and sum(b.kind == HEADING for b in before) <= 1


# Words that carry no claim of their own in a line of praise: articles, auxiliaries, framing verbs.
# Written out here rather than taken from spaCy's stop list, which holds words such as "fewer",
# "less" and "without" that do state a benefit.
_FRAME_WORDS = frozenset((
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "with", "by", "from", "as",
    "their", "its", "our", "your", "his", "her", "this", "that", "these", "those", "it", "they",
    "them", "we", "us", "is", "are", "be", "been", "being", "was", "were", "will", "would",
    "should", "shall", "can", "could", "may", "might", "also", "both", "all", "more", "there",
    "which", "who", "expected", "expect", "anticipated", "hoped", "hope", "intended", "aim", "aims",
    "aimed", "lead", "leads", "leading", "result", "results", "deliver", "delivers",
    "provide", "provides", "bring", "brings", "ensure", "ensures", "overall", "general",
    "generally", "project", "programme", "pilot", "scheme", "service", "services", "partnership",
    "collaboration", "work", "model",
))
# A line's parts: clauses and list items ("improved outcomes and a better experience").
_PARTS = re.compile(r"[,;:()]|\b(?:and|while|as well as|plus)\b", re.I)
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_PLACE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*")


def _only_vague(rule: Rule, text: str) -> bool:
    """Every part of the line is general praise (`vague_words`) or another beneficiary's gain.

    "Patients: improved outcomes and a better overall experience of care" and "patients will have
    better outcomes, and the federation will benefit from a recall model" state no concrete gain
    for patients; "better outcomes through earlier diagnosis" does (its last words are not vague).
    """
    words = rule.options.get("vague_words")
    if not words:
        return False
    vague = _vague_set(tuple(words))
    others, subject = rule.pattern("other_beneficiaries"), rule.pattern("subject")
    praise = False
    text = _PLACE.sub(" ", text)  # "... in Coldstream", "across North Vale": where, not what
    for part in _PARTS.split(text):
        tokens = _WORD.findall(part.lower())
        if not tokens:
            continue
        if all(t in vague or t in _FRAME_WORDS for t in tokens):
            praise = True
        elif not (others and first_match(others, part) and not first_match(subject, part)):
            return False  # a concrete gain, or one whose beneficiary the part does not name
    return praise


@functools.lru_cache(maxsize=8)
def _vague_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@functools.lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


# A list item's number ending in "." or ")" ("3.", "a)"), which `_row_label_cell` looks past.
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s+", re.I)
# Wider, for labels inside a value: also a bare clause number ("3.1 Trust:") and "(c)".
_LIST_MARK = re.compile(r"^\s*(?:\(?[a-z0-9]{1,3}\)|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-z][.)])\s+", re.I)


def _row_label_cell(rule: Rule, analysis: Analysis, sentence: Sentence) -> str | None:
    """'filled' or 'empty' when the sentence is a short first-column cell naming the rule's topic.

    Form tables put the topic in column 1 ("Exit strategy and early termination") and the answer
    beside it; the label's own words are not an answer, and a row whose answer cell is empty
    (readers drop empty cells) is an unanswered field.
    """
    blocks = analysis.document.blocks
    block = blocks[sentence.block]
    where = block.location
    if (
        sentence.label not in (None, block.column_label)
        or block.kind != TABLE_CELL
        or where.column != 1
        or len(block.text.split()) > 8
        # An item number ("2. Exit arrangements" in minutes) does not make the label a sentence.
        or any(mark in _ITEM_NUMBER.sub("", block.text) for mark in ".;")
        or first_match(rule.pattern("headings"), block.text) is None
    ):
        return None
    row = []
    for other in blocks[sentence.block + 1 : sentence.block + 12]:
        if other.location.table != where.table or other.location.row != where.row:
            break
        row.append(other.text.strip())
    if not any(row):
        return "empty"
    # A results or KPI row ("Patients seen within 2 weeks | 41% | 78%") names a measure, not a field:
    # its first cell is a statement when the rule's own wording matches it.
    numbers = all(re.search(r"\d", text) for text in row if text)
    if numbers and first_match(rule.pattern("strong"), block.text):
        return None
    return "filled"


def _empty_headings(rule: Rule, analysis: Analysis) -> list[Evidence]:
    result = []
    for pattern in rule.pattern("headings"):
        for index in analysis.headings_matching(pattern):
            if analysis.block_role(index) in NON_COMMITTAL:
                continue  # a contents entry read as a heading has no body of its own
            body = analysis.section_blocks(index)
            blocks = analysis.document.blocks
            if not any(blocks[i].kind != "heading" for i in body):
                result.append(quote_block(analysis, index, 0.8, ("heading with an empty body",)))
    return result


def _mentions_topic(rule: Rule, analysis: Analysis) -> bool:
    """Some sentence, or some heading ("Data sharing" over a line about test results), names the topic."""
    topic = rule.pattern("topic")
    # A glossary entry or a reference title ("Guide to the UK GDPR") does not put data in the
    # project; a risk row ("patient data breach") does speak of this project's data.
    return any(
        first_match(topic, s.text)
        for s in analysis.sentences if analysis.non_committal(s) not in NOT_ABOUT_PROJECT
    ) or any(
        first_match(topic, b.text)
        for i, b in enumerate(analysis.document.blocks)
        if b.kind == HEADING and analysis.block_role(i) not in NOT_ABOUT_PROJECT
    )



def _message(rule: Rule, kind: str) -> str:
    messages = rule.options.get("messages", {})
    defaults = {
        "pass": f"{rule.title}: found.",
        "warn": f"{rule.title}: mentioned, but too vague to rely on.",
        "placeholder": (
            f"{rule.title}: only a placeholder, an empty heading or a negation was found."
        ),
        "missing": f"{rule.title}: not found anywhere in the document.",
        "prohibited": f"{rule.title}: the document contains wording that breaches this rule.",
    }
    return messages.get(kind, defaults[kind])
