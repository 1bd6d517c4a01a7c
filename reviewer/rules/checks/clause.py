"""`clause_present`: a required clause must be there, with substance, not a placeholder.

Shared by every "must be present" rule (exit strategy, confidentiality, data protection,
patient benefit, measurable outcomes, transparency); each rule's TOML supplies the patterns.
"""

from __future__ import annotations

from reviewer.analysis import Analysis
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
    for sentence in analysis.sentences:
        text = sentence.text
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
        strong = first_match(rule.pattern("strong"), text)
        # Under a matching heading or label, the value itself must carry the substance:
        # "Confidentiality: standard terms" must not pass on the word in its own label.
        substance = first_match(rule.pattern("substance"), sentence.value) if topical else None
        weak_hit = first_match(rule.pattern("weak"), text)
        if not (topical or strong or weak_hit):
            continue
        hole = _placeholder_or_negation(rule, sentence.value if topical else text, text)
        if hole and (topical or strong or weak_hit):
            problems.append(quote(analysis, sentence, 0.85, (hole,), FAIL))
            continue
        if strong:
            found.append(quote(analysis, sentence, 0.9, (f"pattern: '{strong.group(0)}'",)))
        elif weak_hit:
            weak.append(quote(analysis, sentence, 0.6, (f"weak: '{weak_hit.group(0)}'",), FAIL))
        elif substance:
            signal = (f"pattern in matching section: '{substance.group(0)}'",)
            found.append(quote(analysis, sentence, 0.8, signal))
        elif topical and len(sentence.value.split()) >= 4 and label_matches(sentence, headings):
            weak.append(quote(analysis, sentence, 0.5, ("field filled but no substance recognised",), FAIL))

    problems.extend(_empty_headings(rule, analysis))
    prohibited_problems = [e for e in problems if e.signals[0].startswith("prohibited")]
    if prohibited_problems:
        return Verdict(FAIL, _message(rule, "prohibited"), tuple(prohibited_problems[:3]))
    if found:
        return Verdict(PASS, _message(rule, "pass"), tuple(found[:3]))
    # An explicit placeholder or negation outweighs vague wording elsewhere.
    if problems:
        return Verdict(FAIL, _message(rule, "placeholder"), tuple((problems + weak)[:3]))
    if weak:
        return Verdict(WARN, _message(rule, "warn"), tuple(weak[:3]))
    return Verdict(FAIL, _message(rule, "missing"))


def _placeholder_or_negation(rule: Rule, value: str, text: str) -> str | None:
    if is_placeholder(value):
        return f"placeholder '{placeholder_hit(value) or value}'"
    for concept in rule.pattern("concept"):
        for match in concept.finditer(text):
            negator = negated_before(text, match.start()) or negated_after(text, match.end())
            if negator:
                return f"negated by '{negator}'"
    return None


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
        "placeholder": f"{rule.title}: only a placeholder, an empty heading or a negation was found.",
        "missing": f"{rule.title}: not found anywhere in the document.",
        "prohibited": f"{rule.title}: the document contains wording that breaches this rule.",
    }
    return messages.get(kind, defaults[kind])
