"""A clinical window as a badge: green while open, amber under 12 hours (or possibly closed),
red once closed, grey when its treatment was given. The words say the same as the colour."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from onestop.domain.clinical import WindowState
from onestop.domain.health import TREATMENT_WINDOWS, WindowAlert
from onestop.gui.labels import window_label

COLOURS = {
    "open": ("#1b6e34", "#e3f4e8"),
    "closing": ("#7a4a00", "#fff1d6"),
    "closed": ("#8f1020", "#fde4e6"),
    "given": ("#3c4650", "#e8ecef"),
    "unknown": ("#3c4650", "#f1f1f1"),
}


def shown(alert: WindowAlert) -> bool:
    """PEP and emergency contraception always show (open, closed or given); a forensic
    window only while it is still open."""
    return alert.needs_action or alert.status.rule.window in TREATMENT_WINDOWS.values()


def _hours(left: timedelta) -> str:
    """The time left in the reader's language ("5 h 07 min"; "30 h" from a day on)."""
    translate = QCoreApplication.translate  # the name lupdate reads
    hours = max(0, int(left.total_seconds() // 3600))
    minutes = max(0, int(left.total_seconds() % 3600 // 60))
    #: A unit of the time left in a clinical window, after the number: "h" for hours.
    in_hours = translate("Countdown", "%n h", "hours left", hours)
    if hours >= 24:
        return in_hours
    #: Minutes left, after the hours ("5 h 07 min"); {mm} is always two digits.
    return translate("Countdown", "{hours} {mm} min", "minutes left").format(
        hours=in_hours, mm=f"{minutes:02d}"
    )


def describe(alert: WindowAlert) -> tuple[str, str]:
    """(state, text) for an alert: the state names the colour."""
    translate = QCoreApplication.translate  # the name lupdate reads
    status = alert.status
    label = window_label(status.rule.window)
    if alert.given_at is not None:
        return "given", translate("Countdown", "{w}: given").format(w=label)
    if status.state is WindowState.UNKNOWN:
        return "unknown", QCoreApplication.translate(
            "Countdown", "{w}: incident time not known"
        ).format(w=label)
    if status.state is WindowState.CLOSED:
        return "closed", translate("Countdown", "{w}: window closed").format(w=label)
    assert status.most_left is not None and status.least_left is not None
    if status.least_left <= timedelta(0):
        return "closing", QCoreApplication.translate(
            "Countdown", "{w}: may have closed, up to {t} left"
        ).format(w=label, t=_hours(status.most_left))
    if status.least_left != status.most_left:
        text = translate("Countdown", "{w}: {a} to {b} left").format(
            w=label, a=_hours(status.least_left), b=_hours(status.most_left)
        )
    else:
        text = translate("Countdown", "{w}: {t} left").format(w=label, t=_hours(status.most_left))
    return ("closing" if status.state is WindowState.CLOSING else "open"), text


class WindowBadge(QLabel):
    def __init__(
        self, alert: WindowAlert, parent: QWidget | None = None, counted_from: str = ""
    ) -> None:
        """``counted_from``: the incident the window counts from ("Rape, 01/12/2026 20:56"),
        told by its tooltip and to a screen reader."""
        super().__init__(parent)
        self.setObjectName(f"window_{alert.status.rule.window.value}")
        self.state = ""
        if counted_from:
            told = QCoreApplication.translate("Countdown", "Counted from: {incident}").format(
                incident=counted_from
            )
            self.setToolTip(told)
            self.setAccessibleDescription(told)
        self.show_alert(alert)

    def show_alert(self, alert: WindowAlert) -> None:
        self.state, text = describe(alert)
        fg, bg = COLOURS[self.state]
        self.setText(text)
        self.setAccessibleName(text)
        self.setProperty("state", self.state)
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg};"
            " border-radius: 4px; padding: 2px 6px; font-weight: 600; }"
        )
