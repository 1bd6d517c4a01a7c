"""The side-by-side facts table of a pack: one row per fact, one column per document.

A row is a conflict when two documents state values that cannot both be true (dates that do not
overlap, amounts outside each other's rounding, different parties); a document that does not state
the fact never makes a conflict. Every renderer draws this same table.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.analysis.dates import DateValue, pounds
from reviewer.analysis.facts import COMPANY, NHS, Facts, title_words
from reviewer.pack import Pack
from reviewer.pack.checks import NOT_COMPARED


@dataclass(frozen=True)
class Row:
    fact: str
    values: tuple[str | None, ...]  # one per document, None when the document does not say
    conflict: bool

    def to_dict(self, paths: list[str]) -> dict:
        return {
            "fact": self.fact,
            "values": dict(zip(paths, self.values, strict=True)),
            "conflict": self.conflict,
        }


def facts_table(pack: Pack) -> list[Row]:
    facts: list[Facts | None] = [d.facts for d in pack.documents]
    # Amendments and outcomes summaries change or report dates and money: shown, never a conflict.
    compared = [None if d.type in NOT_COMPARED else d.facts for d in pack.documents]
    rows = [Row("Type", tuple(d.type for d in pack.documents), False)]
    rows.append(
        _text_row("Title", [f.title.value if f and f.title else None for f in facts], _titles_conflict)
    )
    rows.append(
        _text_row(
            "Parties",
            [("; ".join(p.name for p in f.parties) or None) if f else None for f in facts],
            lambda _: _parties_conflict(facts),
        )
    )
    rows.append(
        _text_row(
            "Company numbers",
            [
                ("; ".join(f"{p.name}: {p.company_number}" for p in f.parties if p.company_number) or None)
                if f
                else None
                for f in facts
            ],
            lambda _: _numbers_conflict(facts),
        )
    )
    for label, kind in (
        ("Agreement date", "agreement"),
        ("Summary published", "publication"),
        ("Date of preparation", "preparation"),
        ("Start", "start"),
        ("End", "end"),
    ):
        values = [f.date(kind).value if f and f.date(kind) else None for f in facts]
        judged = [f.date(kind).value if f and f.date(kind) else None for f in compared]
        rows.append(
            Row(
                label,
                tuple(v.iso if v else None for v in values),
                kind in ("start", "end", "agreement") and _dates_conflict(judged),
            )
        )
    durations = [f.duration.months if f and f.duration else None for f in facts]
    stated = [f.duration.months if f and f.duration and f.duration.span else None for f in compared]
    rows.append(
        Row(
            "Duration (months)",
            tuple(f"{d:g}" if d is not None else None for d in durations),
            _numbers_differ(stated, 0.5),
        )
    )
    for label, side in (("Company contribution", COMPANY), ("NHS/partner contribution", NHS)):
        amounts = [f.side_totals().get(side) if f else None for f in facts]
        judged = [f.side_totals().get(side) if f else None for f in compared]
        rows.append(Row(label, tuple(pounds(a[0]) if a else None for a in amounts), _money_conflict(judged)))
    staff = [_staff(f) if f else None for f in facts]
    rows.append(Row("Staff time", tuple(staff), False))
    totals = [f.total() if f else None for f in facts]
    judged = [f.total() if f else None for f in compared]
    rows.append(
        Row(
            "Total value",
            tuple(pounds(t.money.pounds) if t else None for t in totals),
            _money_conflict([(t.money.pounds, t.money.tolerance) if t else None for t in judged]),
        )
    )
    rows.append(
        Row(
            "Objectives",
            tuple(str(len(f.objectives)) if f and f.objectives else None for f in facts),
            False,
        )
    )
    rows.append(
        Row(
            "Governance",
            tuple(
                ("; ".join(f"{m.name} ({m.role})" for m in f.members if m.context == "governance") or None)
                if f
                else None
                for f in facts
            ),
            False,
        )
    )
    return rows


def _staff(facts: Facts) -> str | None:
    parts = [f"{side} {w:g} WTE" for side, w in sorted(facts.side_wte().items())]
    parts += [f"{side} {n:g} session(s)" for side, n in sorted(facts.side_sessions().items())]
    return "; ".join(parts) or None


def _text_row(label, values, conflict) -> Row:
    return Row(label, tuple(values), bool(conflict(values)))


def _titles_conflict(values) -> bool:
    words = [title_words(v) for v in values if v]
    return any(a and b and len(a & b) / len(a | b) < 0.6 for i, a in enumerate(words) for b in words[i + 1 :])


def _parties_conflict(facts) -> bool:
    sets = [frozenset(p.core for p in f.parties) for f in facts if f and f.parties]
    return len(set(sets)) > 1


def _numbers_conflict(facts) -> bool:
    seen: dict[str, str] = {}
    for f in facts:
        for p in f.parties if f else ():
            if p.company_number:
                if seen.get(p.core, p.company_number) != p.company_number:
                    return True
                seen[p.core] = p.company_number
    return False


def _dates_conflict(values: list[DateValue | None]) -> bool:
    stated = [v for v in values if v]
    return any(not a.same_as(b) for i, a in enumerate(stated) for b in stated[i + 1 :])


def _numbers_differ(values, tolerance: float) -> bool:
    stated = [v for v in values if v is not None]
    return bool(stated) and max(stated) - min(stated) > tolerance


def _money_conflict(amounts) -> bool:
    stated = [a for a in amounts if a]
    return any(
        abs(a[0] - b[0]) > max(a[1], b[1]) + 0.5 for i, a in enumerate(stated) for b in stated[i + 1 :]
    )
