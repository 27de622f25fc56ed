"""Break-glass: opening a section of this file that the role lacks, with a reason.

The dialog says plainly what happens: the access lasts 30 minutes, is flagged in the audit
trail, and the manager reviews it. The manager's review screen lists each access not yet
reviewed, with the reason, and takes a note.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.roles import GLASS_PERIOD_MINUTES, GLASS_REASON_MIN, Section
from onestop.errors import ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import message_label, table_view
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.i18n import message_of
from onestop.services.breakglass import BreakGlassService, GlassAccess
from onestop.services.session import VaultSession


def section_title(section: Section) -> str:
    """A section's name as its tab shows it, translated (context "Sections")."""
    translate = QCoreApplication.translate
    titles = {
        Section.IDENTITY: translate("Sections", "Identity"),
        Section.INCIDENTS: translate("Sections", "Incidents"),
        Section.CONSENT: translate("Sections", "Consent"),
        Section.HEALTH: translate("Sections", "Health"),
        Section.FORENSIC: translate("Sections", "Forensic"),
        Section.COUNSELLING: translate("Sections", "Counselling notes"),
        Section.LEGAL: translate("Sections", "Legal"),
        Section.SHELTER: translate("Sections", "Shelter"),
        Section.REFERRALS: translate("Sections", "Referrals"),
        Section.TASKS: translate("Sections", "Tasks"),
        Section.RISK: translate("Sections", "Risk and safety"),
        Section.CONFERENCES: translate("Sections", "Conferences"),
    }
    return titles.get(section, section.value)


class BreakGlassDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        reference: str,
        sections: Sequence[Section],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakGlassDialog")
        self.setWindowTitle(self.tr("Break the glass"))
        self._service = BreakGlassService(session)
        self._reference = reference
        self.opened: GlassAccess | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your role does not see this section. Open it only if the survivor's care needs "
                "it now. It stays open to you for %n minutes, every read is flagged in the "
                "audit trail, and the manager reviews your reason.",
                "",
                GLASS_PERIOD_MINUTES,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.section = QComboBox(self)
        self.section.setObjectName("glassSection")
        self.section.setAccessibleName(self.tr("Section to open"))
        for section in sections:
            self.section.addItem(section_title(section), section.value)
        form.addRow(self.tr("&Section:"), self.section)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("glassReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Why you need it now (at least %n characters)", "", GLASS_REASON_MIN)
        )
        form.addRow(self.tr("&Reason:"), self.reason)
        for label in (form.labelForField(self.section), form.labelForField(self.reason)):
            if isinstance(label, QLabel):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message = message_label(self, "glassMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Open the section"))
        self.ok.setObjectName("glassOpen")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        section = Section(self.section.currentData())
        with report_errors(self.message) as outcome:
            try:
                self.opened = self._service.open(
                    self._reference, section, self.reason.toPlainText()
                )
            except ValidationFailed as exc:  # the reason's own message, by the reason
                self.message.setText(phrase(exc.fields.get("reason", message_of(exc))))
                self.reason.setFocus()
                return
        if outcome.failed:
            return
        self.accept()


class BreakGlassReview(Screen):
    """The manager's queue: each break-glass access not yet reviewed."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("breakGlassReview")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sections opened by break-glass, oldest first. Read the reason, look at the "
                "audit trail if you need to, and write what you found."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(
            [
                self.tr("Opened"),
                self.tr("By"),
                self.tr("Case"),
                self.tr("Section"),
                self.tr("Until"),
                self.tr("Reason"),
            ]
        )
        self.table = table_view(self, "glassTable", self.tr("Break-glass accesses"), self.model)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        layout.addLayout(form)
        self.note: QPlainTextEdit = QPlainTextEdit(self)
        self.table.activated.connect(lambda _index: self.note.setFocus())
        self.note.setObjectName("glassReviewNote")
        self.note.setAccessibleName(self.tr("Review note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("Review &note:"), self.note)
        self.review_button = QPushButton(self.tr("Mark &reviewed"), self)
        self.review_button.setObjectName("glassReviewed")
        self.review_button.clicked.connect(self.review_selected)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignRight)
        self.message = message_label(self, "glassReviewMessage")
        layout.addWidget(self.message)
        self.accesses: tuple[GlassAccess, ...] = ()

    def refresh(self) -> None:
        with report_errors(self.message) as outcome:
            self.accesses = BreakGlassService(self._session).to_review()
        if outcome.failed:
            return
        self.model.set_rows(
            [
                (
                    fmt.when(a.opened_at),
                    a.display_name,
                    a.reference,
                    section_title(a.section),
                    fmt.when(a.expires_at),
                    # What is wrong with its record first: the manager must not miss it.
                    " ".join(t for t in (phrase(a.problem) if a.problem else "", a.reason) if t),
                )
                for a in self.accesses
            ],
            [a.reference for a in self.accesses],
        )
        if not self.accesses:
            self.message.setText(self.tr("No break-glass access is waiting for review."))
        if self.accesses and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def clear(self) -> None:
        self.accesses = ()
        self.model.set_rows([])
        self.note.clear()

    def review_selected(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.accesses):
            self.message.setText(self.tr("Choose an access in the list first."))
            return
        with report_errors(self.message) as outcome:
            try:
                BreakGlassService(self._session).review(
                    self.accesses[row].access_id, self.note.toPlainText()
                )
            except ValidationFailed as exc:  # the note's own message, by the note
                self.message.setText(phrase(exc.fields.get("review_note", message_of(exc))))
                self.note.setFocus()
                return
        if outcome.failed:
            return
        self.note.clear()
        self.refresh()
        self.message.setText(self.tr("Marked reviewed."))  # not covered by the list's news
