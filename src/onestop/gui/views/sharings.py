"""On the consent tab: the documents about her shared without her consent, and whether she
was told of each; "She has now been told…" records the day she was (services.sharings)."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.consent import Told, ToldHer
from onestop.domain.roles import Action, Capability, Section, may
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import document_title
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import heading, message_label, table_view
from onestop.gui.widgets.dates import to_date
from onestop.gui.widgets.screen import report_errors
from onestop.i18n import isolating
from onestop.services.exports import DOCUMENT_NAMES
from onestop.services.session import VaultSession
from onestop.services.sharings import Sharing, SharingService

_SLUG = re.compile(r"[^a-z0-9]+")
# The export's code of each document (its audit entry's), to its name.
_DOCUMENTS = {_SLUG.sub("_", name.lower()): name for name in DOCUMENT_NAMES.values()}


class NowToldDialog(QDialog):
    """The day she was told of one sharing."""

    def __init__(self, parent: QWidget, document: str) -> None:
        super().__init__(parent)
        self.setObjectName("nowToldDialog")
        self.setWindowTitle(self.tr("She has now been told"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("She has now been told that the {document} was shared.").format(
                    **isolating(document=document)
                ),
                self,
            )
        )
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("nowToldOn")
        self.day.setAccessibleName(self.tr("The day she was told"))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("&Told on"), self.day)
        self.message = message_label(self, "nowToldMessage")
        form.addRow(self.message)
        buttons = QDialogButtonBox(self)
        record = buttons.addButton(self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        record.setObjectName("recordToldButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SharingsPanel(QWidget):
    """Hidden when nothing about her was shared without her consent."""

    changed = Signal()

    def __init__(
        self, session: VaultSession, reference: str, dialogs: Dialogs, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharingsPanel")
        self._session, self._reference, self._dialogs = session, reference, dialogs
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Shared without her consent"), self))
        self.model = RowsModel(
            [
                self.tr("Document"),
                self.tr("Shared"),
                self.tr("Decided by"),
                self.tr("Has she been told?"),
            ]
        )
        self.table = table_view(
            self, "sharingsTable", self.tr("Shared without her consent"), self.model
        )
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        self.told_button = QPushButton(self.tr("She has now been &told…"), self)
        self.told_button.setObjectName("nowToldButton")
        self.told_button.setToolTip(self.tr("Record the day she was told of the selected sharing"))
        self.told_button.clicked.connect(self.record_told)
        self.told_button.setVisible(
            session.allowed(Section.CONSENT, Action.WRITE)
            or may(session.actor.role, Capability.SHARE_WITHOUT_CONSENT)
        )
        buttons.addWidget(self.told_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.message = message_label(self, "sharingsMessage")
        column.addWidget(self.message)
        self._sharings: list[Sharing] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            self._sharings = list(SharingService(self._session).list(self._reference))
        except OneStopError:
            self._sharings = []
        self.setVisible(bool(self._sharings))
        self.model.set_rows(
            [
                (
                    document_title(_DOCUMENTS.get(s.document, s.document)),
                    fmt.when(s.shared_at),
                    s.shared_by,
                    self.answer(s.answer),
                )
                for s in self._sharings
            ],
            [s.id for s in self._sharings],
        )

    def answer(self, told: ToldHer) -> str:
        if told.told is Told.TOLD:
            return self.tr("Yes, told on {day}").format(**isolating(day=fmt.day(told.on)))
        if told.told is Told.WILL_BE_TOLD:
            return self.tr("Not yet: {who} will tell her").format(**isolating(who=told.by))
        return self.tr("No: telling her would put her or others at risk ({why})").format(
            **isolating(why=told.why)
        )

    def record_told(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a sharing first."))
            return
        sharing = self._sharings[rows[0].row()]
        if sharing.answer.told is Told.TOLD:
            self.message.setText(self.tr("She was already told of that sharing."))
            return
        document = document_title(_DOCUMENTS.get(sharing.document, sharing.document))
        dialog = NowToldDialog(self, document)
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            with report_errors(self.message) as outcome:
                SharingService(self._session).now_told(
                    self._reference, sharing.id, to_date(dialog.day.date())
                )
            if outcome.failed:
                return
            self.message.clear()
            self.refresh()
            self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()
