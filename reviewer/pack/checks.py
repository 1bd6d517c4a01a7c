"""Pack rules: checks that read the facts of several documents of one project at once.

Rules are data (reviewer/rules/pack_catalogue/*.toml, same format and validation as the
single-document catalogue); each names one check function in PACK_CHECKS. A check returns a
Verdict whose evidence quotes every document involved, so a conflict shows both sides.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reviewer.analysis.dates import add_months, pounds
from reviewer.analysis.facts import (
    COMPANY,
    NHS,
    SIDE_NAMES,
    DateFact,
    Span,
    numbers_in,
    objective_words,
    party_key,
)
from reviewer.pack import Pack, PackDocument, PackEvidence
from reviewer.rules.catalogue import CatalogueError, Rule, builtin_rules, load_packaged
from reviewer.rules.finding import FAIL, NOT_APPLICABLE, PASS, WARN, Finding, Verdict
from reviewer.rules.registry import to_finding

NOT_COMPARED = ("amendment", "outcomes-summary")
PACK_ORDER = (
    "pack-summary-present",
    "pack-required-documents",
    "pack-parties-match",
    "pack-contributions-agree",
    "pack-dates-agree",
    "pack-prospective",
    "pack-objectives-consistent",
    "pack-no-sales-governance",
    "pack-outcomes-due",
)
# The order documents are trusted in when one must be the reference: the signed agreement first.
AUTHORITY = (
    "agreement",
    "pid",
    "executive-summary",
    "amendment",
    "concept-framework",
    "outcomes-summary",
    "unknown",
)


@functools.lru_cache(maxsize=1)
def pack_rules() -> tuple[Rule, ...]:
    rules = load_packaged("pack_catalogue")
    for rule in rules.values():
        if rule.check not in PACK_CHECKS:
            raise CatalogueError(f"{rule.file}: unknown pack check '{rule.check}'")
    order = [r for r in PACK_ORDER if r in rules] + sorted(set(rules) - set(PACK_ORDER))
    return tuple(rules[r] for r in order)


def evaluate_pack(pack: Pack) -> list[Finding]:
    findings = []
    if not pack.readable:
        quiet = Verdict(NOT_APPLICABLE, "No document of this pack could be read.")
        return [to_finding(rule, quiet) for rule in pack_rules()]
    for rule in pack_rules():
        try:
            verdict = PACK_CHECKS[rule.check](rule, pack)
        except Exception as exc:  # noqa: BLE001 - one broken check must not lose the pack
            verdict = Verdict(WARN, f"This check could not run ({type(exc).__name__}).")
        findings.append(to_finding(rule, verdict))
    return findings


def evidence(
    document: PackDocument, span: Span, signal: str, supports: str = PASS, confidence: float = 0.8
) -> PackEvidence:
    return PackEvidence(
        text=span.text,
        location=span.location,
        confidence=confidence,
        signals=(signal,),
        block=span.block,
        start=span.start,
        end=span.end,
        supports=supports,
        document=document.path,
    )


def _by_authority(documents: list[PackDocument]) -> list[PackDocument]:
    return sorted(documents, key=lambda d: AUTHORITY.index(d.type or "unknown"))


def _label(document: PackDocument) -> str:
    names = {
        "pid": "the PID",
        "agreement": "the agreement",
        "executive-summary": "the summary",
        "outcomes-summary": "the outcomes summary",
        "amendment": "the amendment",
        "concept-framework": "the concept framework",
    }
    return f"{names.get(document.type or '', 'document')} ({document.name})"


# -- presence --------------------------------------------------------------------------------


SUMMARY_PROMISE = re.compile(r"\bexecutive summary\b|\bsummary of (?:this|the) agreement\b", re.I)


def summary_present(rule: Rule, pack: Pack) -> Verdict:
    summaries = pack.of_type("executive-summary")
    if summaries:
        doc = summaries[0]
        span = doc.facts.title.span if doc.facts.title else None
        ev = (evidence(doc, span, "document type: executive-summary"),) if span else ()
        return Verdict(PASS, f"The pack has an executive summary: {doc.name}.", ev)
    promised = []
    for doc in pack.readable:
        for sentence in doc.analysis.sentences:
            if SUMMARY_PROMISE.search(sentence.text):
                span = Span(
                    sentence.context[:300],
                    sentence.block,
                    sentence.start,
                    sentence.end,
                    doc.analysis.block_location(sentence.block),
                )
                promised.append(evidence(doc, span, "refers to the executive summary", FAIL))
                break
    types = ", ".join(sorted({d.type or "unknown" for d in pack.documents}))
    return Verdict(
        FAIL,
        f"No executive summary is in the pack (documents: {types}); it must be published before "
        "the project starts.",
        tuple(promised[:3]),
    )


def required_documents(rule: Rule, pack: Pack) -> Verdict:
    stages: dict = rule.options.get("stages", {})
    present = {d.type for d in pack.documents if d.type}
    if "outcomes-summary" in present:
        stage = "closure"
    elif present & {"pid", "agreement", "executive-summary", "amendment"}:
        stage = "implementation"
    else:
        stage = "concept"
    required = stages.get(stage, [])
    missing = [t for t in required if t not in present]
    shown = tuple(
        evidence(d, d.facts.title.span, f"present: {d.type}") for d in pack.readable if d.facts.title
    )[:4]
    if missing:
        return Verdict(
            FAIL,
            f"At the {stage} stage the pack needs {', '.join(required)}; missing: {', '.join(missing)}.",
            shown,
        )
    return Verdict(PASS, f"Every document required at the {stage} stage is present.", shown)


# -- parties ---------------------------------------------------------------------------------


def _matches(party, others, other_doc: PackDocument) -> bool:
    if any(party.key == o.key or (party.core and party.core == o.core) for o in others):
        return True
    # Named in the text but not in a parties field: not a conflict.
    text = party_key(other_doc.review.document.text) if other_doc.review.document else ""
    return bool(party.core) and f" {party.core} " in f" {text} "


def parties_match(rule: Rule, pack: Pack) -> Verdict:
    docs = _by_authority([d for d in pack.readable if d.facts.parties])
    if len(docs) < 2:
        return Verdict(NOT_APPLICABLE, "Fewer than two documents of the pack name their parties.")
    reference = docs[0]
    problems, messages = [], []
    for other in docs[1:]:
        only_ref = [p for p in reference.facts.parties if not _matches(p, other.facts.parties, other)]
        only_other = [p for p in other.facts.parties if not _matches(p, reference.facts.parties, reference)]
        for party in only_other:
            messages.append(f"{_label(other)} names {party.name}, which {_label(reference)} does not")
            problems.append(evidence(other, party.span, f"party only here: '{party.name}'", FAIL))
        for party in only_ref:
            messages.append(f"{_label(reference)} names {party.name}, which {_label(other)} does not")
            problems.append(evidence(reference, party.span, f"party only here: '{party.name}'", FAIL))
        for party in reference.facts.parties:
            for o in other.facts.parties:
                same = party.key == o.key or party.core == o.core
                if (
                    same
                    and party.company_number
                    and o.company_number
                    and (party.company_number != o.company_number)
                ):
                    messages.append(
                        f"{party.name} has company number {party.company_number} in "
                        f"{_label(reference)} but {o.company_number} in {_label(other)}"
                    )
                    problems.append(
                        evidence(reference, party.span, f"company number {party.company_number}", FAIL)
                    )
                    problems.append(evidence(other, o.span, f"company number {o.company_number}", FAIL))
    if problems:
        return _conflict("The parties differ between documents", messages, problems)
    shown = [
        evidence(d, d.facts.parties[0].span, "parties: " + ", ".join(p.name for p in d.facts.parties))
        for d in docs
    ]
    names = ", ".join(p.name for p in reference.facts.parties)
    return Verdict(PASS, f"Every document names the same parties ({names}).", tuple(shown[:4]))


def _conflict(prefix: str, messages: list[str], problems: list[PackEvidence]) -> Verdict:
    """A failed pack check: every disagreement in one sentence, quotes from both sides."""
    return Verdict(FAIL, f"{prefix}: " + "; ".join(messages) + ".", tuple(_dedupe(problems)[:6]))


def _dedupe(items: list[PackEvidence]) -> list[PackEvidence]:
    seen, result = set(), []
    for item in items:
        key = (item.document, item.block, item.text)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


# -- money and dates -------------------------------------------------------------------------


def contributions_agree(rule: Rule, pack: Pack) -> Verdict:
    docs = _by_authority([d for d in _compared(pack) if d.facts.side_totals() or d.facts.total()])
    if len(docs) < 2:
        return Verdict(NOT_APPLICABLE, "Fewer than two documents of the pack state amounts.")
    problems, messages, agreed = [], [], []
    for side in (COMPANY, NHS):
        stated = [(d, d.facts.side_totals()[side]) for d in docs if side in d.facts.side_totals()]
        for (doc_a, (amount_a, tol_a, items_a)), (doc_b, (amount_b, tol_b, items_b)) in _pairs(stated):
            if abs(amount_a - amount_b) > max(tol_a, tol_b) + 0.5:
                messages.append(
                    f"the {SIDE_NAMES[side]} contribution is {pounds(amount_a)} in {_label(doc_a)} "
                    f"but {pounds(amount_b)} in {_label(doc_b)}"
                )
                problems += [
                    evidence(doc_a, c.span, f"{SIDE_NAMES[side]}: {pounds(amount_a)}", FAIL)
                    for c in items_a[:2]
                ]
                problems += [
                    evidence(doc_b, c.span, f"{SIDE_NAMES[side]}: {pounds(amount_b)}", FAIL)
                    for c in items_b[:2]
                ]
        if len(stated) >= 2:
            agreed.append(
                evidence(
                    stated[0][0],
                    stated[0][1][2][0].span,
                    f"{SIDE_NAMES[side]}: {pounds(stated[0][1][0])}",
                )
            )
    totals = [(d, d.facts.total()) for d in docs if d.facts.total()]
    for (doc_a, total_a), (doc_b, total_b) in _pairs(totals):
        if not total_a.money.agrees(total_b.money):
            messages.append(
                f"the total value is {pounds(total_a.money.pounds)} in {_label(doc_a)} but "
                f"{pounds(total_b.money.pounds)} in {_label(doc_b)}"
            )
            problems.append(evidence(doc_a, total_a.span, f"total {pounds(total_a.money.pounds)}", FAIL))
            problems.append(evidence(doc_b, total_b.span, f"total {pounds(total_b.money.pounds)}", FAIL))
    if problems:
        return _conflict("Contributions differ between documents", messages, problems)
    wte_messages, wte_evidence = [], []
    for side in (COMPANY, NHS):
        stated = [(d, d.facts.side_wte()[side]) for d in docs if side in d.facts.side_wte()]
        for (doc_a, wte_a), (doc_b, wte_b) in _pairs(stated):
            if abs(wte_a - wte_b) > 0.01:
                wte_messages.append(
                    f"{SIDE_NAMES[side]} staff time is {wte_a:g} WTE in "
                    f"{_label(doc_a)} but {wte_b:g} WTE in {_label(doc_b)}"
                )
                for doc in (doc_a, doc_b):
                    first = next(c for c in doc.facts.contributions if c.side == side and c.wte)
                    wte_evidence.append(evidence(doc, first.span, f"{SIDE_NAMES[side]} WTE", FAIL))
    if wte_messages and rule.options.get("wte_mismatch", "ignore") == "warn":
        return Verdict(
            WARN,
            "Amounts agree, but " + "; ".join(wte_messages) + ".",
            tuple(_dedupe(wte_evidence)[:4]),
        )
    if totals and len(totals) >= 2:
        agreed.append(evidence(totals[1][0], totals[1][1].span, f"total {pounds(totals[1][1].money.pounds)}"))
    return Verdict(PASS, "Contributions and the total value agree across the pack.", tuple(agreed[:4]))


def _compared(pack: Pack) -> list[PackDocument]:
    """Documents whose money and dates must agree with the plan.

    An amendment changes them on purpose, and an outcomes summary reports what actually happened
    (its variances are for the committee to read, not a conflict).
    """
    return [d for d in pack.readable if d.type not in NOT_COMPARED]


def _pairs(items: list) -> list[tuple]:
    """Each item against the first (the most authoritative document)."""
    return [(items[0], other) for other in items[1:]] if items else []


def dates_agree(rule: Rule, pack: Pack) -> Verdict:
    docs = _by_authority(_compared(pack))
    problems, messages, shown = [], [], []
    for kind in ("start", "end"):
        stated = [(d, d.facts.date(kind)) for d in docs if d.facts.date(kind)]
        for (doc_a, a), (doc_b, b) in _pairs(stated):
            if not a.value.same_as(b.value):
                messages.append(
                    f"the {kind} date is {a.value.iso} in {_label(doc_a)} but "
                    f"{b.value.iso} in {_label(doc_b)}"
                )
                problems += [
                    evidence(doc_a, a.span, f"{kind} {a.value.iso}", FAIL),
                    evidence(doc_b, b.span, f"{kind} {b.value.iso}", FAIL),
                ]
        if stated:
            shown.append(evidence(stated[0][0], stated[0][1].span, f"{kind} {stated[0][1].value.iso}"))
    tolerance = float(rule.options.get("duration_tolerance_months", 0.5))
    # Only durations the documents state: one worked out from "Q2 2025" is too coarse to judge.
    stated = [(d, d.facts.duration) for d in docs if d.facts.duration and d.facts.duration.span]
    for (doc_a, a), (doc_b, b) in _pairs(stated):
        if abs(a.months - b.months) > tolerance:
            messages.append(
                f"the duration is {a.months:g} months in {_label(doc_a)} but "
                f"{b.months:g} months in {_label(doc_b)}"
            )
            for doc, duration in ((doc_a, a), (doc_b, b)):
                span = duration.span or (doc.facts.date("start") or doc.facts.date("end")).span
                problems.append(evidence(doc, span, f"{duration.months:g} months ({duration.how})", FAIL))
    if problems:
        return _conflict("The project period differs between documents", messages, problems)
    if not shown:
        return Verdict(WARN, "No document of the pack states the project's start or end date.")
    return Verdict(PASS, "Start, end and duration agree wherever they are stated.", tuple(shown))


def prospective(rule: Rule, pack: Pack) -> Verdict:
    docs = _by_authority(pack.readable)
    starts = [(d, d.facts.date("start")) for d in docs if d.facts.date("start")]
    if not starts:
        return Verdict(
            WARN,
            "No start date is stated, so the pack cannot show the project is prospective.",
            severity="amber",
        )
    start_doc, start = min(starts, key=lambda item: item[1].value.first)
    gates: list[tuple[str, PackDocument, DateFact]] = []
    for doc in _by_authority(pack.of_type("agreement")) + docs:
        agreed = doc.facts.date("agreement")
        if agreed:
            gates.append(("the agreement date", doc, agreed))
            break
    for doc in pack.of_type("executive-summary"):
        published = doc.facts.date("publication") or doc.facts.date("preparation")
        if published:
            what = (
                "the summary's publication date"
                if published.kind == "publication"
                else "the summary's date of preparation (the earliest it can be published)"
            )
            gates.append((what, doc, published))
    if not gates:
        return Verdict(
            WARN,
            "Neither an agreement date nor a summary publication date is "
            "stated, so the start cannot be checked against them.",
            severity="amber",
        )
    fails, warns, passes = [], [], []
    for what, doc, gate in gates:
        pair = (
            evidence(start_doc, start.span, f"start {start.value.iso}", FAIL),
            evidence(doc, gate.span, f"{gate.kind} {gate.value.iso}", FAIL),
        )
        text = (
            f"the project starts {start.value.iso} ({_label(start_doc)}), before {what} "
            f"{gate.value.iso} ({_label(doc)})"
        )
        if start.value.surely_before(gate.value):
            fails.append((text, pair))
        elif start.value.maybe_before(gate.value) and gate.value.first != start.value.first:
            warns.append((text.replace("before", "possibly before"), pair))
        else:
            passes.append(
                evidence(
                    doc,
                    gate.span,
                    f"{gate.kind} {gate.value.iso} on or before start {start.value.iso}",
                )
            )
    if fails:
        return Verdict(
            FAIL,
            "Not prospective: " + "; ".join(t for t, _ in fails) + ".",
            tuple(e for _, pair in fails for e in pair)[:6],
        )
    if warns:
        return Verdict(
            WARN,
            "The dates are too coarse to be sure: " + "; ".join(t for t, _ in warns) + "; give exact dates.",
            tuple(e for _, pair in warns for e in pair)[:6],
        )
    passes.insert(0, evidence(start_doc, start.span, f"start {start.value.iso}"))
    return Verdict(
        PASS,
        f"The project starts {start.value.iso}, after " + " and ".join(what for what, _, _ in gates) + ".",
        tuple(passes[:4]),
    )


def outcomes_due(rule: Rule, pack: Pack) -> Verdict:
    months = int(rule.options.get("months_after_end", 6))
    ends = [(d, d.facts.date("end")) for d in _by_authority(pack.readable) if d.facts.date("end")]
    if not ends:
        return Verdict(
            WARN,
            "No end date is stated, so the outcomes summary's due date is unknown.",
            severity="amber",
        )
    end_doc, end = max(ends, key=lambda item: item[1].value.last)
    due = add_months(end.value.last, months)
    end_ev = evidence(end_doc, end.span, f"end {end.value.iso}; outcomes due {due.isoformat()}")
    outcomes = pack.of_type("outcomes-summary")
    if outcomes:
        doc = outcomes[0]
        published = doc.facts.date("publication") or doc.facts.date("preparation")
        if published and published.value.first > due:
            return Verdict(
                FAIL,
                f"The outcomes summary is dated {published.value.iso}, after it was "
                f"due ({due.isoformat()}, {months} months after the end "
                f"{end.value.iso}).",
                (
                    end_ev,
                    evidence(doc, published.span, f"{published.kind} {published.value.iso}", FAIL),
                ),
            )
        return Verdict(
            PASS,
            f"The outcomes summary ({doc.name}) is in the pack; it was due by {due.isoformat()}.",
            (end_ev,),
        )
    if pack.as_of > due:
        return Verdict(
            FAIL,
            f"The project ended {end.value.iso}; its outcomes summary was due by "
            f"{due.isoformat()} and is not in the pack.",
            (end_ev,),
        )
    return Verdict(
        PASS,
        f"The outcomes summary will be due by {due.isoformat()} ({months} months "
        f"after the end {end.value.iso}).",
        (end_ev,),
    )


# -- objectives ------------------------------------------------------------------------------


def objectives_consistent(rule: Rule, pack: Pack) -> Verdict:
    summaries, pids = pack.of_type("executive-summary"), pack.of_type("pid")
    if not summaries or not pids:
        return Verdict(NOT_APPLICABLE, "The pack needs both an executive summary and a PID.")
    summary, pid = summaries[0], pids[0]
    if not summary.facts.objectives:
        return Verdict(WARN, f"{_label(summary)} states no objectives to compare with the PID.")
    threshold = float(rule.options.get("match_threshold", 0.35))
    pid_sentences = [
        Span(s.context[:300], s.block, s.start, s.end, pid.analysis.block_location(s.block))
        for s in pid.analysis.sentences
    ]
    pid_objectives = [o.span for o in pid.facts.objectives]
    conflicts, missing, matched = [], [], []
    for objective in summary.facts.objectives:
        words = objective_words(objective.text)
        if not words:
            continue
        best = _best_match(words, pid_objectives) or _best_match(words, pid_sentences)
        anchored = (
            best is not None
            and numbers_in(objective.text)
            and numbers_in(objective.text) <= numbers_in(best[1].text)
        )
        if best is None or (best[0] < threshold and not anchored):
            missing.append(objective)
            continue
        span = best[1]
        ours, theirs = numbers_in(objective.text), numbers_in(span.text)
        # Only a close match can contradict: a loose one may be a different objective.
        if ours - theirs and theirs and best[0] >= STRONG_MATCH:
            conflicts.append((objective, span, sorted(ours - theirs)))
        else:
            matched.append((objective, span))
    if conflicts:
        parts = [f"'{o.text}' has {', '.join(n)} where the PID says '{s.text}'" for o, s, n in conflicts]
        ev = [
            e
            for o, s, n in conflicts
            for e in (
                evidence(summary, o.span, f"numbers {', '.join(n)}", FAIL),
                evidence(pid, s, "closest PID objective", FAIL),
            )
        ]
        return Verdict(
            FAIL, "Summary objectives differ from the PID: " + "; ".join(parts) + ".", tuple(ev[:6])
        )
    if missing:
        ev = [evidence(summary, o.span, "not found in the PID", FAIL) for o in missing]
        if pid.facts.objectives:
            ev.append(evidence(pid, pid.facts.objectives[0].span, "PID objectives start here", FAIL))
        return Verdict(
            WARN,
            f"{len(missing)} of {len(summary.facts.objectives)} summary "
            "objective(s) do not appear in the PID.",
            tuple(ev[:6]),
        )
    ev = [
        e
        for o, s in matched[:2]
        for e in (
            evidence(summary, o.span, "summary objective"),
            evidence(pid, s, "same objective in the PID"),
        )
    ]
    return Verdict(PASS, f"All {len(matched)} summary objective(s) appear in the PID.", tuple(ev))


STRONG_MATCH = 0.6


def _best_match(words: set[str], spans: list[Span]) -> tuple[float, Span] | None:
    best = None
    for span in spans:
        other = objective_words(span.text)
        if not other:
            continue
        score = len(words & other) / len(words)
        if best is None or score > best[0]:
            best = (score, span)
    return best


# -- governance ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _sales_terms() -> tuple[re.Pattern, ...]:
    rule = next(r for r in builtin_rules() if r.id == "sales-roles")
    patterns = []
    for term in rule.terms:
        flags = 0 if term.isupper() else re.I  # "KAM" only in capitals
        patterns.append(re.compile(r"\b" + re.escape(term) + r"\b", flags))
    return tuple(patterns)


def _sales_term(role: str) -> str | None:
    for pattern in _sales_terms():
        match = pattern.search(role)
        if match:
            return match.group(0)
    return None


def _person_key(name: str) -> str:
    name = re.sub(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+", "", name.strip())
    return " ".join(name.lower().split())


def no_sales_governance(rule: Rule, pack: Pack) -> Verdict:
    governance = [(d, m) for d in pack.readable for m in d.facts.members if m.context == "governance"]
    everyone = [(d, m) for d in pack.readable for m in d.facts.members]
    if not everyone:
        return Verdict(NOT_APPLICABLE, "No document of the pack names governance members.")
    problems, messages = [], []
    governors = {_person_key(m.name): (d, m) for d, m in governance}
    for doc, member in everyone:
        term = _sales_term(member.role)
        if not term:
            continue
        key = _person_key(member.name)
        if member.context == "governance":
            messages.append(
                f"{member.name} is a governance member with the sales role '{member.role}' in {_label(doc)}"
            )
            problems.append(evidence(doc, member.span, f"sales role '{term}'", FAIL))
        elif key in governors:
            gdoc, gmember = governors[key]
            messages.append(
                f"{member.name} sits on the governance in {_label(gdoc)} "
                f"('{gmember.role}') but is a '{member.role}' in {_label(doc)}"
            )
            problems.append(evidence(gdoc, gmember.span, f"governance member '{gmember.name}'", FAIL))
            problems.append(evidence(doc, member.span, f"sales role '{term}'", FAIL))
    if problems:
        return _conflict("A governance member holds a sales role", messages, problems)
    shown = [evidence(d, m.span, f"{m.name}: {m.role}") for d, m in (governance or everyone)[:3]]
    people = len({_person_key(m.name) for _, m in everyone})
    return Verdict(
        PASS,
        f"None of the {people} people named in the pack's governance, contacts or "
        "signatures holds a sales role.",
        tuple(shown),
    )


PACK_CHECKS: dict[str, Callable[[Rule, Pack], Verdict]] = {
    "summary_present": summary_present,
    "required_documents": required_documents,
    "parties_match": parties_match,
    "contributions_agree": contributions_agree,
    "dates_agree": dates_agree,
    "prospective": prospective,
    "objectives_consistent": objectives_consistent,
    "no_sales_governance": no_sales_governance,
    "outcomes_due": outcomes_due,
}
