"""Times and dates as the workstation's locale writes them (stored UTC, shown local)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from onestop.domain.clinical import IncidentTime, Precision


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def day(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def yes_no(value: bool | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if value is None:
        return QCoreApplication.translate("fmt", "not known")
    if value:
        return QCoreApplication.translate("fmt", "yes")
    return QCoreApplication.translate("fmt", "no")


def occurred(moment: IncidentTime) -> str:
    """When an incident happened, in the workstation's time: one moment, a range, or "time
    not known" (``IncidentTime.describe`` is the documents' UTC wording)."""
    from PySide6.QtCore import QCoreApplication

    if moment.precision is Precision.UNKNOWN or moment.earliest is None:
        return QCoreApplication.translate("fmt", "time not known")
    if moment.latest is None or moment.latest == moment.earliest:
        return when(moment.earliest)
    return QCoreApplication.translate("fmt", "between {start} and {end}").format(
        start=when(moment.earliest), end=when(moment.latest)
    )
