"""Times and dates as the workstation's locale writes them (stored UTC, shown local)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from onestop.domain.clinical import IncidentTime, Precision


def four_digit_year(pattern: str) -> str:
    """The locale's short pattern with the year in full: "12/2/26" is ambiguous in a file
    that spans decades (a date of birth), and a court reads 2026, not 26."""
    if "yyyy" in pattern:
        return pattern
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def clinical_clock(locale: QLocale, pattern: str) -> str:
    """``pattern`` with a 24-hour clock in Arabic: a clinical time (a dose, an incident) is not
    left to a one-letter ص/م (a.m./p.m.) that is easily misread. Other languages as their
    locale writes them."""
    if locale.language() != QLocale.Language.Arabic:
        return pattern
    return re.sub(r"\bh{1,2}(:mm(?::ss)?)\s*[aA][pP]", r"HH\1", pattern)


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    return locale.toString(
        local,
        clinical_clock(
            locale, four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
        ),
    )


def zone(name: str, at: datetime) -> str:
    """A zone as the screens name it: "Africa/Nairobi (EAT, UTC+03:00)"; a zone without
    letters of its own by its offset alone: "Asia/Dubai (UTC+04:00)"; UTC itself as "UTC"."""
    from zoneinfo import ZoneInfo

    from onestop.clock import utc_offset, zone_abbreviation

    there = ZoneInfo(name)
    offset = utc_offset(at, there)
    letters = zone_abbreviation(at, there)
    if letters == "UTC" and offset == "UTC+00:00":  # "Etc/UTC", "UTC", "Zulu": just UTC
        return "UTC"
    if letters.startswith("UTC"):
        return f"{name} ({offset})"
    return f"{name} ({letters}, {offset})"


def day(d: date | None) -> str:
    if d is None:
        return ""
    locale = QLocale()
    return locale.toString(
        QDate(d.year, d.month, d.day),
        four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)),
    )


def clock_time(t: time | None) -> str:
    """A time of day as the locale writes it (24-hour in Arabic, as ``clinical_clock``)."""
    if t is None:
        return ""
    locale = QLocale()
    pattern = clinical_clock(locale, locale.timeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QTime(t.hour, t.minute), pattern)


def yes_no(value: bool | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if value is None:
        return QCoreApplication.translate("fmt", "not known")
    if value:
        return QCoreApplication.translate("fmt", "yes")
    return QCoreApplication.translate("fmt", "no")


def occurred(moment: IncidentTime) -> str:
    """When an incident happened, in the workstation's time: one moment, a range, or "time
    not known" (``IncidentTime.describe`` is the documents' wording, in the centre's zone)."""
    from PySide6.QtCore import QCoreApplication

    if moment.precision is Precision.UNKNOWN or moment.earliest is None:
        return QCoreApplication.translate("fmt", "time not known")
    if moment.latest is None or moment.latest == moment.earliest:
        return when(moment.earliest)
    return QCoreApplication.translate("fmt", "between {start} and {end}").format(
        start=when(moment.earliest), end=when(moment.latest)
    )
