"""The case list: search as you type, filters, newest first, pages loaded as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Section
from onestop.gui.forms.ui_case_list import Ui_CaseListView
from onestop.gui.models.case_list import OPENED, CaseFilter, CaseListModel
from onestop.services.search import CaseSearch
from onestop.services.session import VaultSession
from onestop.services.users import staff_names

TYPING_PAUSE_MS = 150  # search once the person pauses, not on every key of a fast typist

_ANY, _OPEN, _CLOSED = range(3)


class CaseListView(QWidget):
    open_case = Signal(str)  # a case reference
    new_intake = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseListView()
        self.ui.setupUi(self)
        self.model = CaseListModel(CaseSearch(session), self, lambda: staff_names(session))
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in ((0, "OSC-2026-000000"), (1, "M" * 22), (4, "M" * 16)):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSortIndicator(OPENED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sorted)
        self.ui.table.verticalHeader().hide()
        self.ui.statusCombo.addItems(
            [self.tr("Open and closed"), self.tr("Open"), self.tr("Closed")]
        )
        self.ui.statusCombo.setCurrentIndex(_OPEN)
        self.ui.shelterCheck.setVisible(session.allowed(Section.SHELTER, Action.READ))
        self.ui.newCaseButton.setVisible(session.allowed(Section.IDENTITY, Action.WRITE))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(self._typing.start)
        self.ui.searchEdit.returnPressed.connect(self._open_first)
        for check in (self.ui.mineCheck, self.ui.shelterCheck):
            check.toggled.connect(self.apply_filter)
        self.ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        self.ui.newCaseButton.clicked.connect(self.new_intake)
        self.ui.table.activated.connect(self._activated)
        self.model.loaded.connect(self._count)
        self.model.rowsInserted.connect(self._count)
        self.model.failed.connect(self.ui.countLabel.setText)

    def start(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        self._typing.stop()
        status = self.ui.statusCombo.currentIndex()
        self.model.set_filter(
            CaseFilter(
                query=self.ui.searchEdit.text(),
                mine=self.ui.mineCheck.isChecked(),
                in_shelter=self.ui.shelterCheck.isVisible() and self.ui.shelterCheck.isChecked(),
                status=CaseStatus.CLOSED if status == _CLOSED else None,
                open_only=status == _OPEN,
            )
        )

    def read_again(self) -> None:
        """The same search and filters read again: a colleague changed a case (on a centre's
        server), so the list may hold it now, or show it otherwise."""
        self.model.reload()

    def clear(self) -> None:
        self._typing.stop()
        self.ui.searchEdit.clear()
        self._typing.stop()
        self.model.clear()
        self.ui.countLabel.clear()

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """The view sorts the model itself; only the opening date sorts (by the vault's index),
        so a click on another column puts the indicator back on it, newest first."""
        if column != OPENED:
            header = self.ui.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(OPENED, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)

    def _count(self, *_args: object) -> None:
        n = self.model.rowCount()
        more = self.model.has_more
        self.ui.countLabel.setText(
            self.tr("%n+ cases, more as you scroll", "", n)
            if more
            else self.tr("%n case(s)", "", n)
        )

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(self.model.reference_at(index.row()))

    def _open_first(self) -> None:
        self.apply_filter()
        if self.model.rowCount() == 1:
            self.open_case.emit(self.model.reference_at(0))
        elif self.model.rowCount():
            self.ui.table.setFocus()
            self.ui.table.selectRow(0)
