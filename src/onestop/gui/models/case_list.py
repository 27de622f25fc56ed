"""The case list as a lazy table model: pages of 100 cases, fetched by keyset as the view
scrolls, so that the first paint and each keystroke cost one page whatever the vault's size."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from onestop.domain.casefile import CaseStatus
from onestop.gui import fmt
from onestop.gui.dialogs import explain
from onestop.gui.labels import label
from onestop.services import search as search_service
from onestop.services.search import CaseSearch, CaseSummary, PageCursor

PAGE = 100

REFERENCE, NAME, AGE, STATUS, CASEWORKER, OPENED = range(6)
SORTABLE = frozenset({OPENED})

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseFilter:
    query: str = ""
    mine: bool = False
    in_shelter: bool = False
    status: CaseStatus | None = None
    open_only: bool = False


class CaseListModel(QAbstractTableModel):
    failed = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        search: CaseSearch,
        parent: QObject | None = None,
        staff: Callable[[], Mapping[str, str]] = dict,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._staff = staff  # user name → the name colleagues know them by, read at reload
        self._names: Mapping[str, str] = {}
        self._rows: list[CaseSummary] = []
        self._cursor: PageCursor | None = None
        self._more = False
        self._filter = CaseFilter()
        self._oldest_first = False
        # Searches (and pages) one after another are one search session, audited as one: when
        # none has come for SESSION_IDLE seconds, the rest of the session is written now.
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(search_service.SESSION_IDLE * 1000))
        self._idle.timeout.connect(self._end_search_session)
        self._headers = (
            self.tr("Reference"),
            self.tr("Name or alias"),
            self.tr("Age"),
            self.tr("Status"),
            self.tr("Caseworker"),
            self.tr("Opened"),
        )

    # -- what the view asks --

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
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(case, column) or self.tr("none")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return case.reference
        return None

    def _text(self, case: CaseSummary, column: int) -> str:
        if column == REFERENCE:
            return case.reference
        if column == NAME:
            if case.name_sealed:
                return self.tr("name sealed: waiting for a colleague to confirm you")
            return case.display_name
        if column == AGE:
            return "" if case.age is None else str(case.age)
        if column == STATUS:
            return label(case.status)  # "Open", as the file and the filter say it
        if column == CASEWORKER:
            return self._names.get(case.caseworker, case.caseworker) if case.caseworker else ""
        return fmt.day(case.opened_at.astimezone().date())

    def reference_at(self, row: int) -> str:
        return self._rows[row].reference

    # -- loading --

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page(self._cursor)
        if page is None:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.cases) - 1)
        self._rows.extend(page.cases)
        self._cursor, self._more = page.cursor, page.has_more
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the opening date sorts (the vault's index); other columns keep that order."""
        oldest_first = column == OPENED and order == Qt.SortOrder.AscendingOrder
        if oldest_first != self._oldest_first:
            self._oldest_first = oldest_first
            self.reload()

    def set_filter(self, wanted: CaseFilter) -> None:
        if wanted != self._filter or not self._rows:
            self._filter = wanted
            self.reload()

    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    @property
    def has_more(self) -> bool:
        return self._more

    def reload(self) -> None:
        self._names = self._staff()
        page = self._page(None)
        self.beginResetModel()
        if page is None:
            self._rows, self._cursor, self._more = [], None, False
        else:
            self._rows = list(page.cases)
            self._cursor, self._more = page.cursor, page.has_more
        self.endResetModel()
        if page is not None:  # a failed read has said why (failed): no "0 cases" over it
            self.loaded.emit()

    def clear(self) -> None:
        """Forget every row (the lock screen must leave no survivor data in memory's views)."""
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, False
        self.endResetModel()

    def _page(self, after: PageCursor | None) -> Any:
        f = self._filter
        try:
            return self._search.find(
                f.query,
                mine=f.mine,
                in_shelter=f.in_shelter,
                status=f.status,
                open_only=f.open_only,
                oldest_first=self._oldest_first,
                limit=PAGE,
                after=after,
            )
        except Exception as exc:
            self.failed.emit(explain(exc))
            return None
        finally:
            self._idle.start()

    def _end_search_session(self) -> None:
        try:
            self._search.end_session()
        except Exception as exc:
            self.failed.emit(explain(exc))
