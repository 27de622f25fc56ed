"""Dates and moments between Python and Qt's date widgets, written once.

Python's ``date`` and ``datetime`` are what the services take and give; ``QDate`` and
``QDateTime`` are what the date editors hold. Moments cross as seconds since the epoch, so the
conversion keeps the instant whatever the workstation's time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from onestop.clock import utc_now
from onestop.domain.validation import parse_date, parse_time
from onestop.i18n import QT_TRANSLATE_NOOP


def today() -> QDate:
    """Today at this workstation, from the application's clock (``onestop.clock``), never
    Qt's own: a date shown or bounded on screen agrees with the services' clock."""
    return to_qdate(utc_now().astimezone().date())


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


Day = date  # the type, by a name the editor's ``date()`` method does not hide


class MomentEdit(QWidget):
    """A date (and, unless ``with_time`` is False, a time of day) typed as people write them:
    the date as 2026-12-02 or 02/12/2026 (or picked from the calendar), the time as 15:00,
    3pm or 3:00 PM, in the workstation's zone. Empty until something is typed or set, so a
    form never takes *now* for a time nobody gave; ``value()`` says in words what is missing
    or wrong.

    It answers the date-time editor's calls the forms use (``setDateTime``, ``dateTime``,
    ``setDate``, ``date``, ``dateTimeChanged``); an incomplete or wrong entry is an invalid
    ``QDateTime``/``QDate``.
    """

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = True) -> None:
        super().__init__(parent)
        self.with_time = with_time
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.day = QLineEdit(self)
        self.day.setObjectName("momentDay")
        self.day.setPlaceholderText(QCoreApplication.translate("MomentEdit", "YYYY-MM-DD"))
        self.day.setMaxLength(10)
        row.addWidget(self.day, 1)
        self.pick = QToolButton(self)
        self.pick.setObjectName("momentCalendar")
        self.pick.setText("…")
        # Named after its field when the field is (setAccessibleName).
        self.pick.setToolTip(
            QCoreApplication.translate("MomentEdit", "Choose the day from a calendar")
        )
        self.pick.setAccessibleName(
            QCoreApplication.translate("MomentEdit", "Choose the day from a calendar")
        )
        self.calendar: QCalendarWidget | None = None  # made when first opened: forms have many
        self.pick.clicked.connect(self.open_calendar)
        row.addWidget(self.pick)
        self.time = QLineEdit(self)
        self.time.setObjectName("momentTime")
        self.time.setPlaceholderText(QCoreApplication.translate("MomentEdit", "e.g. 15:00"))
        self.time.setMaxLength(12)
        self.time.setVisible(with_time)
        row.addWidget(self.time, 1)
        metrics = self.day.fontMetrics()
        self.day.setMinimumWidth(metrics.horizontalAdvance("0000-00-00") + 16)
        self.day.setMaximumWidth(metrics.horizontalAdvance("0000-00-00") * 2)
        self.time.setMinimumWidth(metrics.horizontalAdvance("00:00 p.m.") + 16)
        self.time.setMaximumWidth(metrics.horizontalAdvance("00:00 p.m.") * 2)
        row.addStretch(1)
        self.setFocusProxy(self.day)
        for line in (self.day, self.time):
            line.textChanged.connect(lambda *_: self.dateTimeChanged.emit(self.dateTime()))

    def setAccessibleName(self, name: str) -> None:
        """Its parts named after the field: the date "Seen at", the time "Seen at: time", the
        calendar's button "Seen at: choose the day from a calendar" (its tooltip too: a bare
        "…" says nothing of what it does or for which field; issue 23). The box around them
        stays unnamed, so that a screen reader meets one field of each name."""
        self.day.setAccessibleName(name)
        self.time.setAccessibleName(
            QCoreApplication.translate("MomentEdit", "{field}: time").format(field=name)
        )
        said = QCoreApplication.translate(
            "MomentEdit", "{field}: choose the day from a calendar"
        ).format(field=name)
        self.pick.setAccessibleName(said)
        self.pick.setToolTip(said)

    def open_calendar(self) -> None:
        """The calendar, under the date, at the date typed (else today)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)  # Enter on a day
        shown = self.date()
        self.calendar.setSelectedDate(shown if shown.isValid() else today())
        self.calendar.move(self.day.mapToGlobal(self.day.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.day.setText(day.toString("yyyy-MM-dd"))
        if self.with_time:
            self.time.setFocus()

    # -- as the date-time editor is called --

    def clear(self) -> None:
        self.day.clear()
        self.time.clear()

    def setDateTime(self, moment: QDateTime) -> None:
        if not moment.isValid():
            self.clear()
            return
        local = moment.toLocalTime()
        self.day.setText(local.date().toString("yyyy-MM-dd"))
        self.time.setText(local.time().toString("HH:mm"))

    def setDate(self, day: QDate) -> None:
        self.day.setText(day.toString("yyyy-MM-dd") if day.isValid() else "")

    def date(self) -> QDate:
        try:
            return to_qdate(parse_date(self.day.text()))
        except ValueError:
            return QDate()

    def dateTime(self) -> QDateTime:
        try:
            moment = self.moment()
        except ValueError:
            return QDateTime()
        return to_qdatetime(moment)

    # -- as the forms read it --

    def empty(self) -> bool:
        return not self.day.text().strip() and not self.time.text().strip()

    def day_value(self) -> Day:
        """The date typed, or a ValueError that says in words what is wrong."""
        if not self.day.text().strip():
            raise ValueError(QT_TRANSLATE_NOOP("Messages", "Type the date, e.g. 2026-12-02."))
        return parse_date(self.day.text())

    def moment(self) -> datetime:
        """The moment typed, in UTC, or a ValueError that says in words what is wrong."""
        day = self.day_value()
        if not self.time.text().strip():
            raise ValueError(QT_TRANSLATE_NOOP("Messages", "Type the time, e.g. 15:00."))
        at = parse_time(self.time.text())
        local = QDateTime(to_qdate(day), QTime(at.hour, at.minute))
        return to_datetime(local)
