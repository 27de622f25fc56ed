"""On the consent tab: the documents about her shared without her consent, where each went
(the meeting, the agencies) and why, and every answer to whether she was told of it, in order;
"She has now been told…" records the day she was (services.sharings)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.consent import Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Action, Capability, Section, may
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import document_title, label
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import heading, message_label, table_view
from onestop.gui.widgets.dates import MomentEdit
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
        # Empty until the day is typed or picked: never today by default.
        self.day = MomentEdit(self, with_time=False)
        self.day.setObjectName("nowToldOn")
        self.day.setAccessibleName(self.tr("The day she was told"))
        caption = QLabel(self.tr("&Told on"), self)
        caption.setBuddy(self.day.day)
        form.addRow(caption, self.day)
        self.message = message_label(self, "nowToldMessage")
        form.addRow(self.message)
        buttons = QDialogButtonBox(self)
        record = buttons.addButton(self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        record.setObjectName("recordToldButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.record: Callable[[date], object] | None = None

    def accept(self) -> None:
        """Refused in words, the dialog kept open, when the day is missing, not a date, or
        refused by the service (after today, before her case was opened)."""
        try:
            day = self.day.day_value()
        except ValueError as exc:
            self.message.setText(phrase(str(exc)))
            self.day.setFocus()
            return
        if self.record is not None:
            with report_errors(self.message) as outcome:
                self.record(day)
            if outcome.failed:
                self.day.setFocus()
                return
        super().accept()


def _untold(sharing: Sharing) -> bool:
    """Whether she is still not told of ``sharing`` (its answer in force)."""
    return sharing.answer.told is not Told.TOLD


def told_answer(told: ToldHer) -> str:
    """An answer to "Has she been told?", in words."""
    translate = QCoreApplication.translate
    if told.told is Told.TOLD:
        return translate("SharingsPanel", "Yes, told on {day}").format(
            **isolating(day=fmt.day(told.on))
        )
    if told.told is Told.WILL_BE_TOLD:
        return translate("SharingsPanel", "Not yet: {who} will tell her").format(
            **isolating(who=told.by)
        )
    return translate(
        "SharingsPanel", "No: telling her would put her or others at risk ({why})"
    ).format(**isolating(why=told.why))


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
                self.tr("Meeting"),
                self.tr("Went to"),
                self.tr("Has she been told?"),
                self.tr("Decided by"),
                self.tr("Why"),  # the longest, last
            ]
        )
        self.table = table_view(
            self, "sharingsTable", self.tr("Shared without her consent"), self.model
        )
        column.addWidget(self.table)
        # No sideways scrolling, on a laptop's screen too (issue 23): the short columns as
        # wide as their text, the long ones (where it went, the answer, why) share the rest,
        # each cell on one line and cut short with "…", whole in its tooltip and below.
        header = self.table.horizontalHeader()
        for long in (3, 4, 6):
            header.setSectionResizeMode(long, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A few sharings at a time (more scroll): the rest of the room is for the details.
        self.table.setMaximumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 3 * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        # The chosen sharing in full: where it went, why, and every answer in order.
        self.details = QLabel(self)
        self.details.setObjectName("sharingDetails")
        self.details.setAccessibleName(self.tr("The sharing, and every answer"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        # Scrolled when the tab is short: never drawn under the buttons.
        shown = QScrollArea(self)
        shown.setObjectName("sharingDetailsArea")
        shown.setWidgetResizable(True)
        shown.setFrameShape(QFrame.Shape.NoFrame)
        shown.setWidget(self.details)
        column.addWidget(shown, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        buttons = QHBoxLayout()
        self.told_button = QPushButton(self.tr("She has now been &told…"), self)
        self.told_button.setObjectName("nowToldButton")
        self.told_button.setToolTip(self.tr("Record the day she was told of the selected sharing"))
        self.told_button.clicked.connect(self.record_told)
        self._may_record = session.allowed(Section.CONSENT, Action.WRITE) or may(
            session.actor.role, Capability.SHARE_WITHOUT_CONSENT
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
                    fmt.day(s.meeting_on) if s.meeting_on else "",
                    ", ".join(s.agencies),
                    told_answer(s.answer),
                    s.shared_by,
                    self.why(s),
                )
                for s in self._sharings
            ],
            [s.id for s in self._sharings],
        )
        # Offered only while a sharing is untold (issue 23): once she was told of every one,
        # there is nothing left to record.
        self.told_button.setVisible(self._may_record and any(map(_untold, self._sharings)))
        if self._sharings:
            untold = [n for n, s in enumerate(self._sharings) if _untold(s)]
            self.table.selectRow(untold[-1] if untold else len(self._sharings) - 1)
        self._show_details()

    def shared(self) -> bool:
        """Whether anything about her was shared without her consent (the panel is shown)."""
        return bool(self._sharings)

    def why(self, sharing: Sharing) -> str:
        """The reason chosen (a conference's) and the reason written for her case."""
        try:
            chosen = label(SharingReason(sharing.reason)) if sharing.reason else ""
        except ValueError:
            chosen = sharing.reason
        if chosen and sharing.reason_note:
            return self.tr("{reason}: {note}").format(
                **isolating(reason=chosen, note=sharing.reason_note)
            )
        return chosen or sharing.reason_note

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._sharings):
            self.details.clear()
            self.told_button.setEnabled(False)
            return
        s = self._sharings[rows[0].row()]
        # For the sharing chosen, while she is not yet told of it.
        self.told_button.setEnabled(_untold(s))
        self.told_button.setToolTip(
            self.tr("Record the day she was told of the selected sharing")
            if _untold(s)
            else self.tr("She was already told of the selected sharing.")
        )
        document = document_title(_DOCUMENTS.get(s.document, s.document))
        lines = [
            self.tr("{document}, shared on {day} by {who}.").format(
                **isolating(document=document, day=fmt.when(s.shared_at), who=s.shared_by)
            )
        ]
        if s.meeting_on is not None:
            lines.append(
                self.tr("For the case conference of {day}.").format(
                    **isolating(day=fmt.day(s.meeting_on))
                )
            )
        if s.agencies:
            lines.append(
                self.tr("It went to: {agencies}.").format(
                    **isolating(agencies=", ".join(s.agencies))
                )
            )
        why = self.why(s)
        if why:
            lines.append(self.tr("Why: {why}").format(**isolating(why=why)))
        lines.append(self.tr("Has she been told? Every answer, in order:"))
        lines += [
            self.tr("{when}, {who}: {answer}").format(
                **isolating(when=fmt.when(a.at), who=a.by, answer=told_answer(a.answer))
            )
            for a in s.history
        ]
        self.details.setText("\n".join(lines))

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
        session, reference = self._session, self._reference
        dialog.record = lambda day: SharingService(session).now_told(reference, sharing.id, day)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            self.message.clear()
            self.refresh()
            self.changed.emit()

        dialog.finished.connect(done)
        dialog.open()
