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

from reviewer.analysis import Analysis, Sentence
from reviewer.analysis.classifier import signal as classifier_signal
from reviewer.analysis.cues import is_placeholder, negated_after, negated_before, placeholder_hit
from reviewer.rules.catalogue import Rule
from reviewer.rules.checks.common import first_match, label_matches, quote, quote_block
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, WARN, Evidence, Verdict


def clause_present(rule: Rule, analysis: Analysis) -> Verdict:
    conditional = rule.options.get("only_if_topic", [])
    if analysis.doc_type.type in conditional and not _mentions_topic(rule, analysis):
        return Verdict(NOT_APPLICABLE, rule.options.get("topic_absent_message", "Not relevant."))

    headings = rule.pattern("headings")
    found: list[Evidence] = []
    weak: list[Evidence] = []
    problems: list[Evidence] = []
    model = _Model(rule, analysis)
    for sentence in analysis.sentences:
        text = sentence.text
        p = model.probability(sentence)
        topical = label_matches(sentence, headings) or any(
            analysis.in_section(sentence, p) for p in headings
        )
        prohibited = first_match(rule.pattern("prohibited"), text)
        if prohibited:
            negator = negated_before(text, prohibited.start(), 5)
            if negator:
                found.append(quote(analysis, sentence, 0.8, (f"protective negation '{negator}'",)))
            else:
                problems.append(
                    quote(analysis, sentence, 0.85, (f"prohibited: '{prohibited.group(0)}'",), FAIL)
                )
            continue
        if sentence.label is None and _is_label_only(rule, text):
            continue  # "Exit arrangements" alone (a form label or table cell) is not content
        insufficient = first_match(rule.pattern("insufficient"), text)
        if insufficient:
            signal = (f"insufficient: '{insufficient.group(0)}'",)
            problems.append(quote(analysis, sentence, 0.75, signal, FAIL))
            continue
        # A topical label ("Benefits to patients:") must not satisfy the rule on its own words.
        labelled = label_matches(sentence, headings)
        strong = first_match(rule.pattern("strong"), sentence.value if labelled else text)
        weak_hit = first_match(rule.pattern("weak"), text)
        if strong and weak_hit and len(text.split()) <= 10:
            strong = None  # "The usual confidentiality provisions apply." is boilerplate
        others, subject = rule.pattern("other_beneficiaries"), rule.pattern("subject")
        if (
            sentence.label
            and first_match(others, sentence.label)
            and not first_match(subject, sentence.label)
        ):
            continue  # "For the ICB: faster reports" speaks for another beneficiary
        # Under a matching heading or label, the value itself must carry the substance:
        # "Confidentiality: standard terms" must not pass on the word in its own label.
        substance = first_match(rule.pattern("substance"), sentence.value) if topical else None
        if substance and subject and not first_match(subject, sentence.context):
            substance = None  # e.g. a "Benefits" section line about the Trust, not patients
        if not (topical or strong or weak_hit):
            if model.confident(p):
                # No pattern, but the model recognises the clause: a paraphrase.
                hole = _placeholder_or_negation(rule, sentence.value, text)
                if hole:
                    problems.append(model.quote(sentence, 0.7, (hole,), FAIL, p))
                else:
                    found.append(model.quote(sentence, None, (), PASS, p))
            continue
        hole = _placeholder_or_negation(rule, sentence.value if topical else text, text)
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
            signal = (f"pattern in matching section: '{substance.group(0)}'",)
            found.append(model.quote(sentence, 0.8, signal, PASS, p))
        elif topical and len(sentence.value.split()) >= 4 and (
            label_matches(sentence, headings) or rule.options.get("vague_section")
        ):
            if model.confident(p):
                signals = ("field filled; classifier above threshold",)
                found.append(model.quote(sentence, 0.5, signals, PASS, p))
            else:
                signals = ("field filled but no substance recognised",)
                weak.append(model.quote(sentence, 0.5, signals, FAIL, p))

    problems.extend(_empty_headings(rule, analysis))
    prohibited_problems = [e for e in problems if e.signals[0].startswith("prohibited")]
    if prohibited_problems:
        return Verdict(FAIL, _message(rule, "prohibited"), tuple(prohibited_problems[:3]))
    if found:
        best = sorted(found, key=lambda e: -e.confidence)  # stable: document order within a level
        return Verdict(PASS, _message(rule, "pass"), tuple(best[:3]))
    # An explicit placeholder or negation outweighs vague wording elsewhere.
    if problems:
        return Verdict(FAIL, _message(rule, "placeholder"), tuple((problems + weak)[:3]))
    if weak:
        return Verdict(WARN, _message(rule, "warn"), tuple(weak[:3]))
    return Verdict(FAIL, _message(rule, "missing"))


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

    def confident(self, p: float | None) -> bool:
        return p is not None and self.threshold is not None and p >= self.threshold

    def quote(self, sentence, confidence, signals, supports, p) -> Evidence:
        """Evidence whose confidence blends the pattern's with the model's probability."""
        if p is None:
            return quote(self.analysis, sentence, confidence or 0.5, signals, supports)
        agreement = p if supports == PASS else 1.0 - p
        blended = agreement if confidence is None else (confidence + agreement) / 2
        return quote(self.analysis, sentence, blended, (*signals, classifier_signal(p)), supports)


def _placeholder_or_negation(rule: Rule, value: str, text: str) -> str | None:
    if is_placeholder(value):
        return f"placeholder '{placeholder_hit(value) or value}'"
    head = text[: len(text) - len(value)] if text.endswith(value) else ""
    if head and is_placeholder(head, 6):  # "Patients Not applicable: an efficiency project"
        return f"placeholder '{placeholder_hit(head)}'"
    for concept in rule.pattern("concept"):
        for match in concept.finditer(text):
            negator = negated_before(text, match.start()) or negated_after(text, match.end())
            if negator:
                return f"negated by '{negator}'"
    return None


def _is_label_only(rule: Rule, text: str) -> bool:
    words = text.strip(" :.-").split()
    return (
        len(words) <= 4
        and first_match(rule.pattern("headings"), text) is not None
        and not is_placeholder(text)
    )


def _empty_headings(rule: Rule, analysis: Analysis) -> list[Evidence]:
    result = []
    for pattern in rule.pattern("headings"):
        for index in analysis.headings_matching(pattern):
            body = analysis.section_blocks(index)
            blocks = analysis.document.blocks
            if not any(blocks[i].kind != "heading" for i in body):
                result.append(quote_block(analysis, index, 0.8, ("heading with an empty body",)))
    return result


def _mentions_topic(rule: Rule, analysis: Analysis) -> bool:
    return any(first_match(rule.pattern("topic"), s.text) for s in analysis.sentences)


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
