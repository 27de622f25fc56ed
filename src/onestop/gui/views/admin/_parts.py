"""The small widget factories and the date conversion of the admin's panels, in one place: the
shared GUI toolkit (onestop.gui.widgets) takes their place later by changing this module only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton, QWidget

from onestop.gui.views.coordination import table_view

__all__ = ["button", "day_start", "table_view"]


def button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    b.clicked.connect(lambda _c=False: slot())
    return b


def day_start(value: QDate, days: int = 0) -> datetime:
    """The start of that day (``days`` later) on this workstation's clock, in UTC."""
    d = value.addDays(days)
    return datetime(d.year(), d.month(), d.day()).astimezone().astimezone(UTC)
