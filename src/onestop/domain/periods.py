"""The periods statistics are released for: whole calendar months, quarters and years only.

Any two such periods are either nested or apart (a month lies in one quarter, a quarter in one
year), so what one release tells about another is a sum and nothing finer: a reader who holds
November and "30 November to 1 December" could subtract them to get one day's small counts; a
reader who holds a quarter and two of its months can subtract to get the third, and the release
ledger (``domain.releases``) stops that. A period is released only once it has ended, so the
same period cannot be printed twice with a few more days in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP

WHOLE_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "Statistics are released for a whole calendar month, quarter or year only, so that one "
    "release cannot be subtracted from another to give the counts of a few days.",
)


class Span(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """From ``start`` to ``end``, both included. Built by :meth:`month`, :meth:`quarter`,
    :meth:`year` or :meth:`parse`; any other range is refused by :meth:`check`."""

    start: date
    end: date  # inclusive

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), _month_end(year, month))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("a quarter is 1 to 4")
        return cls(date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "2026-11" (a month), "2026-Q4" (a quarter) or "2026" (a year)."""
        text = text.strip().upper()
        try:
            if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
                return cls.month(int(m[1]), int(m[2]))
            if m := re.fullmatch(r"(\d{4})-?Q([1-4])", text):
                return cls.quarter(int(m[1]), int(m[2]))
            if re.fullmatch(r"\d{4}", text):
                return cls.year(int(text))
        except ValueError:
            pass
        raise ValidationFailed.of(
            {
                "period": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Not a period: {text}. Write a month (2026-11), a quarter (2026-Q4) or a "
                    "year (2026).",
                ).format(text=text)
            }
        )

    @classmethod
    def last_month(cls, today: date) -> Period:
        end = today.replace(day=1) - timedelta(days=1)
        return cls.month(end.year, end.month)

    @classmethod
    def last_quarter(cls, today: date) -> Period:
        """The last whole calendar quarter before ``today``: the default to print."""
        first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = first_of_this - timedelta(days=1)
        return cls.quarter(end.year, (end.month + 2) // 3)

    @property
    def span(self) -> Span | None:
        """What whole period this is, or None for any other range."""
        s, e = self.start, self.end
        if s.day != 1 or e != _month_end(e.year, e.month) or s.year != e.year:
            return None
        if s.month == e.month:
            return Span.MONTH
        if s.month % 3 == 1 and e.month == s.month + 2:
            return Span.QUARTER
        if s.month == 1 and e.month == 12:
            return Span.YEAR
        return None

    def check(self, today: date) -> None:
        if self.end < self.start:
            raise ValidationFailed.of(
                {"period": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts.")}
            )
        if self.span is None:
            raise ValidationFailed.of({"period": WHOLE_ONLY})
        if self.end >= today:
            raise ValidationFailed.of(
                {
                    "period": QT_TRANSLATE_NOOP(
                        "Messages",
                        "The period has not ended yet: statistics are released once it is "
                        "over, so that a later release of it cannot be subtracted from this one.",
                    )
                }
            )

    @property
    def name(self) -> str:
        """ "2026-11", "2026-Q4" or "2026"; the range itself for any other."""
        span = self.span
        if span is Span.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if span is Span.QUARTER:
            return f"{self.start.year}-Q{(self.start.month + 2) // 3}"
        if span is Span.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}-to-{self.end.isoformat()}"

    @property
    def slug(self) -> str:
        return self.name

    @property
    def dhis2(self) -> str:
        """The period as DHIS2 writes it: 202611 (month), 2026Q4 (quarter), 2026 (year)."""
        span = self.span
        if span is Span.MONTH:
            return f"{self.start.year}{self.start.month:02d}"
        if span is Span.QUARTER:
            return f"{self.start.year}Q{(self.start.month + 2) // 3}"
        if span is Span.YEAR:
            return str(self.start.year)
        raise ValueError("DHIS2 takes whole months, quarters and years")

    def months(self) -> list[Period]:
        out = []
        day = self.start
        while day <= self.end:
            out.append(Period.month(day.year, day.month))
            day = _month_end(day.year, day.month) + timedelta(days=1)
        return out

    def children(self) -> list[Period]:
        """The periods that add up to this one: a quarter's months, a year's quarters."""
        if self.span is Span.QUARTER:
            return self.months()
        if self.span is Span.YEAR:
            return [Period.quarter(self.start.year, q) for q in range(1, 5)]
        return []

    def family(self) -> list[Period]:
        """Every whole period of this one's year: the year, its quarters and its months."""
        year = Period.year(self.start.year)
        quarters = year.children()
        return [year, *quarters, *year.months()]
