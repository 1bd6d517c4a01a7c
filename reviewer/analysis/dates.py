"""Dates and money as written in UK project documents, normalised for comparison.

Dates keep their precision: "1 April 2026" is a day, "April 2026" a month and "Q2 2026" a
calendar quarter, each with the first and last day it can mean, so "starts April 2026" is only
known to be before "published 20 April 2026" when the whole month is. Numeric dates are read in
UK order (day/month/year). Money is read in pounds with a tolerance from how it was rounded:
"£1.2m" means anything from £1.15m to £1.25m, "£48,000" exactly that.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<y2>\d{{4}})\b"
    rf"|\b(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}})\b"
    r"|\b(?:Q(?P<q1>[1-4])|quarter\s+(?P<q2>[1-4])|(?P<q3>first|second|third|fourth)\s+quarter"
    r"(?:\s+of)?)\s+(?P<y4>\d{4})\b"
    r"|\b(?P<d5>\d{1,2})[/.](?P<m5>\d{1,2})[/.](?P<y5>\d{4}|\d{2})\b"
    r"|\b(?P<y6>\d{4})-(?P<m6>\d{2})-(?P<d6>\d{2})\b",
    re.I,
)
MONEY = re.compile(
    r"£\s?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?\s*"
    r"(?P<unit>k\b|m\b|bn\b|million\b|thousand\b|billion\b)?",
    re.I,
)
UNITS = {None: 1, "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text: `iso` is 2026-04-01, 2026-04 or 2026-Q2."""

    iso: str
    first: dt.date
    last: dt.date
    precision: str  # "day" | "month" | "quarter"

    def surely_before(self, other: DateValue) -> bool:
        return self.last < other.first

    def maybe_before(self, other: DateValue) -> bool:
        return self.first < other.last

    def same_as(self, other: DateValue) -> bool:
        """Compatible: the coarser of the two contains the finer."""
        return not (self.last < other.first or other.last < self.first)


def find_dates(text: str) -> list[tuple[re.Match, DateValue]]:
    found = []
    for match in DATE.finditer(text):
        value = _value(match)
        if value is not None:
            found.append((match, value))
    return found


def _value(m: re.Match) -> DateValue | None:
    try:
        if m.group("y1"):
            return day(int(m.group("y1")), _month(m.group("m1")), int(m.group("d1")))
        if m.group("y2"):
            return day(int(m.group("y2")), _month(m.group("m2")), int(m.group("d2")))
        if m.group("y3"):
            return month(int(m.group("y3")), _month(m.group("m3")))
        if m.group("y4"):
            q = m.group("q1") or m.group("q2") or _QUARTER_WORDS[m.group("q3").lower()]
            return quarter(int(m.group("y4")), int(q))
        if m.group("y5"):
            year = int(m.group("y5"))
            year = year + 2000 if year < 100 else year
            return day(year, int(m.group("m5")), int(m.group("d5")))
        return day(int(m.group("y6")), int(m.group("m6")), int(m.group("d6")))
    except ValueError:  # 31/02/2026 and the like are not dates
        return None


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def day(year: int, month_: int, day_: int) -> DateValue:
    date = dt.date(year, month_, day_)
    return DateValue(date.isoformat(), date, date, "day")


def month(year: int, month_: int) -> DateValue:
    last = calendar.monthrange(year, month_)[1]
    return DateValue(
        f"{year:04d}-{month_:02d}", dt.date(year, month_, 1), dt.date(year, month_, last), "month"
    )


def quarter(year: int, q: int) -> DateValue:
    first_month = 3 * (q - 1) + 1
    last_month = first_month + 2
    last = calendar.monthrange(year, last_month)[1]
    return DateValue(
        f"{year:04d}-Q{q}",
        dt.date(year, first_month, 1),
        dt.date(year, last_month, last),
        "quarter",
    )


def add_months(date: dt.date, months: int) -> dt.date:
    index = date.month - 1 + months
    year, month_ = date.year + index // 12, index % 12 + 1
    return dt.date(year, month_, min(date.day, calendar.monthrange(year, month_)[1]))


def months_between(start: DateValue, end: DateValue) -> int:
    """Whole months from the start to the end, counting both ends ("Apr 2026–Mar 2027" = 12)."""
    return (end.last.year - start.first.year) * 12 + end.last.month - start.first.month + 1


@dataclass(frozen=True)
class Money:
    pounds: float
    tolerance: float  # half the unit of the last digit written

    def agrees(self, other: Money) -> bool:
        return abs(self.pounds - other.pounds) <= max(self.tolerance, other.tolerance) + 0.5


def find_money(text: str) -> list[tuple[re.Match, Money]]:
    found = []
    for match in MONEY.finditer(text):
        digits = match.group("int").replace(",", "")
        decimals = match.group("dec") or ""
        unit = (match.group("unit") or "").lower() or None
        scale = UNITS[unit]
        pounds = float(f"{digits}.{decimals}" if decimals else digits) * scale
        tolerance = 0.0 if scale == 1 else scale * 10 ** -len(decimals) / 2
        found.append((match, Money(round(pounds, 2), tolerance)))
    return found


def pounds(value: float) -> str:
    """£48,000 or £1,234.50: how amounts are shown in reports."""
    return f"£{value:,.0f}" if value == int(value) else f"£{value:,.2f}"
