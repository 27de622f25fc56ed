"""Dates and moments between Python and Qt's date widgets, written once.

Python's ``date`` and ``datetime`` are what the services take and give; ``QDate`` and
``QDateTime`` are what the date editors hold. Moments cross as seconds since the epoch, so the
conversion keeps the instant whatever the workstation's time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A moment for a date-time editor (shown in the workstation's local time)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def to_datetime(value: QDateTime) -> datetime:
    """The moment a date-time editor holds, in UTC (to the second)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)
