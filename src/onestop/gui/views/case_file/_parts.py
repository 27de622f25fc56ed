"""The small widget factories, the clock and the translation of the case file's tabs, in one
place: the shared GUI toolkit (onestop.gui.widgets, onestop.clock) takes their place later by
changing this module only."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QScrollArea, QTableView, QWidget

from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def translated(text: str) -> str:
    """A label marked for lupdate in the case file's context (a Phrase, onestop.i18n), in the
    reader's language."""
    return phrase(text)


def labels(fields: Mapping[str, str]) -> dict[str, str]:
    """A form's labels, field by field, in the reader's language."""
    return {field: translated(text) for field, text in fields.items()}


def table(
    parent: QWidget, name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(RowsModel(headers, rows, parent=view))
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def selectable_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling(parent: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area (a tab of several lists scrolls on a laptop)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
