"""What the admin's panels share, from the GUI toolkit (onestop.gui.widgets)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate

from onestop.gui.widgets.controls import button, table_view
from onestop.gui.widgets.dates import to_date

__all__ = ["button", "day_start", "table_view"]


def day_start(value: QDate, days: int = 0) -> datetime:
    """The start of that day (``days`` later) on this workstation's clock, in UTC."""
    d = to_date(value.addDays(days))
    return datetime(d.year, d.month, d.day).astimezone().astimezone(UTC)
