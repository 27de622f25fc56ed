"""What is readable on screen: the text of every visible widget, item views included."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from onestop.i18n import FSI, PDI


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [] if widget.echoMode() != QLineEdit.EchoMode.Normal else [widget.text()]
    if isinstance(widget, QPlainTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QHeaderView):
        # A table's header is an item view over the table's own model: its cells are the
        # table's, read once there (read here too, every row of a table was on screen twice).
        return []
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        out = []
        # a list's model (QListWidget's) has one column, and hides columnCount
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(model.rowCount()):
            for column in range(columns):
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                if value:
                    out.append(str(value))
        return out
    return []


def _unisolated(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def visible_text(root: QWidget | None = None) -> list[str]:
    """The text of every visible widget under ``root`` (or in every visible window), as a
    person reads it: without the invisible direction isolates around inserted values."""
    roots = (
        [root] if root is not None else [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    )
    out: list[str] = []
    for top in roots:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                out.extend(_unisolated(t) for t in _texts(widget) if t)
    return out
