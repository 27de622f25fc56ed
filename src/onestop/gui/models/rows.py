"""A read-only table of text rows, for the sections of a case file (a few dozen rows each)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]] = (),
        keys: Sequence[object] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = [tuple(r) for r in rows]
        self._keys = list(keys)
        self._struck: frozenset[int] = frozenset()

    def strike(self, rows: Sequence[int]) -> None:
        """Show these rows struck through: records kept but not counted (entered in error).
        The words that say so are in a column of their own, for those who cannot see it."""
        self._struck = frozenset(rows)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.FontRole])

    def struck(self, row: int) -> bool:
        return row in self._struck

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] = ()) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._keys = list(keys)
        self._struck = frozenset()
        self.endResetModel()

    def longest(self, column: int, count: int) -> list[int]:
        """The rows whose text in ``column`` is longest (``count`` of them): what a column
        sized from a sample of its rows must measure (gui.widgets.controls)."""
        ranked = sorted(range(len(self._rows)), key=lambda r: -len(self._rows[r][column]))
        return ranked[:count]

    def key(self, row: int) -> object:
        return self._keys[row] if row < len(self._keys) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell each time a column is sized to its contents
        # (tens of thousands of calls for a long file's 200 encounters): the roles are
        # compared as plain numbers, the index checked only when there is text to give.
        if role in _TEXT_ROLES:
            return self._rows[index.row()][index.column()] if index.isValid() else None
        if role == _FONT_ROLE and index.isValid() and index.row() in self._struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
