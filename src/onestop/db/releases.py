"""The ledger of released statistics (domain.releases): one row per release, its period and
every count it printed by (table, row, column) key, true value and whether it was hidden.

It holds counts only, never a record, and it only grows: a release stays released, so the next
one is checked against it (a quarter cannot be subtracted from its released months)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class StatisticsRelease(Base):
    __tablename__ = "statistics_releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(10), index=True)  # "2026-11", "2026-Q4", "2026"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    cells: Mapped[str] = mapped_column(Text)  # JSON: [[table, row, column, value, hidden], …]
    released_at: Mapped[datetime] = mapped_column(UtcDateTime)
    released_by: Mapped[str] = mapped_column(String(32))
