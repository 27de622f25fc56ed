"""The referrals tab of a file: each referral with where it stands, a new referral chosen from
the directory of partner agencies (or named), the referral letter, and the loop closed with plain
buttons named for what happened: "Mark as sent", "Record the answer…" (accepted or declined, and
what the agency said), "Completed", "Close the referral…". A button is enabled only when the
selected referral can take that step. "History…" shows, read-only, every step it took."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import utc_now
from onestop.domain.referrals import NEXT, ReferralStatus, Urgency
from onestop.domain.roles import Action, Section
from onestop.errors import OneStopError, ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.kept import DIALOG, DialogDraft
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.views.export import ExportDialog
from onestop.gui.views.referral_history import ReferralHistoryDialog
from onestop.gui.widgets.controls import button, message_label, table_view
from onestop.gui.widgets.dates import to_datetime, to_qdatetime
from onestop.gui.widgets.screen import FormDialog, ask, report_errors
from onestop.services.casefile import CaseFileView
from onestop.services.directory import DirectoryService
from onestop.services.exports import DOCUMENT_NAMES, ExportService
from onestop.services.records import CaseRecord
from onestop.services.referrals import ReferralDetails, ReferralService, ReferralState
from onestop.services.session import VaultSession


@dataclass(frozen=True)
class ReplySlip:
    """What the agency's reply slip says besides accepted or declined."""

    at: datetime
    contact: str
    reference: str


class ReferralsPanel(QWidget):
    changed = Signal()  # a referral was made or moved on: the file is read again

    def __init__(
        self, session: VaultSession, view: CaseFileView, dialogs: Dialogs, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self._session = session
        self._dialogs = dialogs
        self.reference = view.case.reference
        self.writable = session.allowed(Section.REFERRALS, Action.WRITE)
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Agency"),
                self.tr("Service"),
                self.tr("Urgency"),
                self.tr("Status"),
                self.tr("Sent"),
                self.tr("Notes"),
                self.tr("Their contact and reference"),
            ]
        )
        self.table = table_view(
            self, "referralTable", self.tr("Referrals and where they stand"), self.model
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.new_button = button(self, self.tr("&New referral…"), "newReferralButton", self.new)
        self.letter_button = button(
            self, self.tr("Print the &letter…"), "referralLetterButton", self.print_letter
        )
        self.sent_button = button(self, self.tr("&Mark as sent"), "markSentButton", self.mark_sent)
        self.answer_button = button(
            self, self.tr("Record the &answer…"), "recordAnswerButton", self.record_answer
        )
        self.completed_button = button(
            self, self.tr("&Completed"), "completedButton", self.mark_completed
        )
        self.close_button = button(
            self, self.tr("Cl&ose the referral…"), "closeReferralButton", self.close_referral
        )
        self.history_button = button(
            self, self.tr("&History…"), "referralHistoryButton", self.show_history
        )
        # which button takes a referral to which status
        self.steps = {
            ReferralStatus.SENT: self.sent_button,
            ReferralStatus.ACCEPTED: self.answer_button,
            ReferralStatus.COMPLETED: self.completed_button,
            ReferralStatus.CLOSED: self.close_button,
        }
        for w in (
            self.new_button,
            self.letter_button,
            self.sent_button,
            self.answer_button,
            self.completed_button,
            self.close_button,
        ):
            buttons.addWidget(w)
            w.setVisible(self.writable)
        buttons.addWidget(self.history_button)  # read-only: for every role that reads them
        buttons.addStretch(1)
        self.message = message_label(self, "referralsMessage")
        layout.addWidget(self.message)
        self._rows: list[tuple[CaseRecord[ReferralDetails], ReferralState]] = []
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._offer_next())
        self.show_referrals(view.referrals or ())

    def show_referrals(self, referrals: tuple[CaseRecord[ReferralDetails], ...]) -> None:
        service = ReferralService(self._session)
        with report_errors(self.message) as outcome:
            self._rows = [(r, service.state(self.reference, r.record_id)) for r in referrals]
        if outcome.failed:
            return
        self.model.set_rows(
            [
                (
                    r.details.agency,
                    r.details.service,
                    label(r.details.urgency),
                    label(st.status),
                    fmt.when(st.sent_at),
                    r.details.notes,
                    " · ".join(x for x in (st.answer_contact, st.agency_reference) if x),
                )
                for r, st in self._rows
            ],
            [r.record_id for r, _st in self._rows],
        )
        self._offer_next()

    def refresh(self) -> None:
        with report_errors(self.message) as outcome:
            referrals = ReferralService(self._session).list(self.reference)
        if outcome.failed:
            return
        self.show_referrals(referrals)
        self.changed.emit()

    def selected(self) -> tuple[CaseRecord[ReferralDetails], ReferralState] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select_referral(self, record_id: int) -> bool:
        """Select the referral ``record_id`` (as a click on its row would)."""
        for row, (record, _state) in enumerate(self._rows):
            if record.record_id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def _offer_next(self) -> None:
        """Enable the buttons of the steps the selected referral can take now."""
        chosen = self.selected()
        allowed = NEXT[chosen[1].status] if chosen is not None else frozenset()
        for status, step in self.steps.items():
            step.setEnabled(status in allowed)
        self.letter_button.setEnabled(chosen is not None)
        self.history_button.setEnabled(chosen is not None)

    # -- actions --

    def new(self) -> ReferralDialog:
        dialog = ReferralDialog(self, self._session, self.reference)
        agency, service, urgency, notes = (
            dialog.agency,
            dialog.service,
            dialog.urgency,
            dialog.notes,
        )

        def act() -> None:
            name = agency.currentText().strip()
            # a name typed as the directory spells it, whatever the case, is that agency
            index = agency.findText(name, Qt.MatchFlag.MatchFixedString)
            agency_id = agency.itemData(index) if index >= 0 else None
            if index >= 0:
                name = agency.itemText(index)
            ReferralService(self._session).record(
                self.reference,
                ReferralDetails(
                    name,
                    service.text(),
                    Urgency(urgency.currentData()),
                    notes.toPlainText(),
                    int(agency_id) if agency_id is not None else None,
                ),
            )

        # Saved when Refer is pressed: a refusal is said under its field, the dialog open.
        dialog.act = act
        return ask(self._dialogs, dialog, lambda: None, self.message, self.refresh)

    def advance(
        self, status: ReferralStatus, feedback: str = "", answer: ReplySlip | None = None
    ) -> None:
        """Move the selected referral on to ``status`` (with the reply slip's answer, if any),
        or say why it was not."""
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Choose a referral first."))
            return
        record, _state = chosen
        with report_errors(self.message) as outcome:
            ReferralService(self._session).advance(
                self.reference,
                record.record_id,
                status,
                record.version,
                feedback,
                at=answer.at if answer is not None else None,
                answer_contact=answer.contact if answer is not None else "",
                agency_reference=answer.reference if answer is not None else "",
            )
        if outcome.failed:
            return
        self.message.clear()
        self.refresh()

    def mark_sent(self) -> None:
        """Sent (her consent to share with the agency is checked by the service)."""
        self.advance(ReferralStatus.SENT)

    def mark_completed(self) -> None:
        self.advance(ReferralStatus.COMPLETED)

    def record_answer(self) -> FormDialog | None:
        """The agency's answer, as its reply slip gives it: accepted or declined, when, who to
        contact there, its reference, and what it said."""
        if self.selected() is None:
            self.message.setText(self.tr("Choose a referral first."))
            return None
        dialog = FormDialog(
            self, "referralAnswerDialog", self.tr("The agency's answer"), self.tr("Record")
        )
        answer = QComboBox(dialog)
        for status in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED):
            answer.addItem(label(status), status.value)
        answered_on = QDateTimeEdit(dialog)
        answered_on.setCalendarPopup(True)
        answered_on.setDateTime(to_qdatetime(utc_now()))
        answered_on.setMaximumDateTime(to_qdatetime(utc_now()))
        contact = QLineEdit(dialog)
        contact.setMaxLength(200)
        agency_reference = QLineEdit(dialog)
        agency_reference.setMaxLength(100)
        said = QPlainTextEdit(dialog)
        said.setTabChangesFocus(True)
        said.setMaximumHeight(80)
        dialog.add(self.tr("&Answer"), answer, "referralAnswer")
        dialog.add(self.tr("Answered &on"), answered_on, "referralAnsweredOn")
        dialog.add(self.tr("&Contact at the agency"), contact, "referralAnswerContact")
        dialog.add(self.tr("Their &reference"), agency_reference, "referralAgencyReference")
        dialog.add(self.tr("&What they said"), said, "referralFeedback")
        dialog.finish()
        return self._step_dialog(
            dialog,
            lambda: ReferralStatus(answer.currentData()),
            said.toPlainText,
            lambda: ReplySlip(
                min(to_datetime(answered_on.dateTime()), utc_now()),
                contact.text(),
                agency_reference.text(),
            ),
        )

    def close_referral(self) -> FormDialog | None:
        """Closed without being completed: why, in a few words."""
        if self.selected() is None:
            self.message.setText(self.tr("Choose a referral first."))
            return None
        dialog = FormDialog(
            self, "referralCloseDialog", self.tr("Close the referral"), self.tr("Close it")
        )
        why = QPlainTextEdit(dialog)
        why.setTabChangesFocus(True)
        why.setMaximumHeight(80)
        dialog.add(self.tr("&Why"), why, "referralCloseReason")
        dialog.finish()
        return self._step_dialog(dialog, lambda: ReferralStatus.CLOSED, why.toPlainText)

    def _step_dialog(
        self,
        dialog: FormDialog,
        status: Callable[[], ReferralStatus],
        feedback: Callable[[], str],
        answer: Callable[[], ReplySlip] | None = None,
    ) -> FormDialog:
        """Open ``dialog``; once accepted, the selected referral moves on to ``status()``."""
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.advance(status(), feedback(), answer() if answer is not None else None)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def show_history(self) -> ReferralHistoryDialog | None:
        """The selected referral's steps, with who recorded each and when (read-only)."""
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Choose a referral first."))
            return None
        record = chosen[0]
        with report_errors(self.message) as outcome:
            events = ReferralService(self._session).history_of(self.reference, record.record_id)
        if outcome.failed:
            return None
        dialog = ReferralHistoryDialog(record.details.agency, events, self)
        self._dialogs.track(dialog)
        return dialog

    def print_letter(self) -> ExportDialog | None:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(self.tr("Choose a referral first."))
            return None
        session, reference, referral_id = self._session, self.reference, chosen[0].record_id
        dialog = ExportDialog(
            session,
            DOCUMENT_NAMES["referral"],
            reference,
            lambda options: ExportService(session).referral_letter(reference, referral_id, options),
            self,
        )
        dialog.reopen_with = {"referral_id": referral_id}
        self._dialogs.track(dialog)
        dialog.open()
        return dialog


class ReferralDialog(FormDialog):
    """A new referral: the agency (from the directory, or named), the service, the urgency
    and the reason (its words are the referrals tab's in the translations). What was typed
    is kept as a draft when the screen locks (gui/kept.py)."""

    KIND = DIALOG + "referral"

    def __init__(self, parent: QWidget, session: VaultSession, reference: str) -> None:
        super().__init__(
            parent,
            "referralDialog",
            QCoreApplication.translate("ReferralsPanel", "New referral"),
            QCoreApplication.translate("ReferralsPanel", "Refer"),
        )
        self.reference = reference
        self.agency = agency = QComboBox(self)
        agency.setEditable(True)  # an agency not in the directory may be named
        try:
            listed = DirectoryService(session).agencies(active_only=True)
        except OneStopError:
            listed = ()  # a role without the directory names the agency
        for entry in listed:
            agency.addItem(entry.details.name, entry.id)
        agency.setCurrentIndex(-1)
        agency.setPlaceholderText(
            QCoreApplication.translate(
                "ReferralsPanel", "Choose from the directory, or type a name"
            )
        )
        self.service = QLineEdit(self)
        self.service.setMaxLength(200)
        self.urgency = QComboBox(self)
        for level in Urgency:
            self.urgency.addItem(label(level), level.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.add(QCoreApplication.translate("ReferralsPanel", "&Agency"), agency, "referralAgency")
        self.add(
            QCoreApplication.translate("ReferralsPanel", "&Service asked for"),
            self.service,
            "referralService",
        )
        self.add(
            QCoreApplication.translate("ReferralsPanel", "&Urgency"),
            self.urgency,
            "referralUrgency",
        )
        self.add(
            QCoreApplication.translate("ReferralsPanel", "&Reason for referral"),
            self.notes,
            "referralNotes",
        )
        self.notes_error = message_label(self, "referralNotesError")
        self.notes_error.hide()
        self.form.addRow("", self.notes_error)
        self.notes.textChanged.connect(lambda: self.notes_error.setVisible(False))
        self.message = message_label(self, "referralDialogMessage")
        self.message.hide()
        self.form.addRow(self.message)
        self.act: Callable[[], object] | None = None
        self.finish()

    def accept(self) -> None:
        """Refer: saved first (``act``); refused, the reason is said under its field (the
        others on the dialog's message line) and the dialog stays open."""
        if self.act is not None:
            with report_errors(self.show_error) as outcome:
                self.act()
            if outcome.failed:
                return
        super().accept()

    def show_error(self, exc: BaseException) -> None:
        fields = dict(exc.fields) if isinstance(exc, ValidationFailed) else {}
        said = fields.pop("notes", "")
        self.notes_error.setText(phrase(said))
        self.notes_error.setVisible(bool(said))
        rest = " ".join(phrase(t) for t in fields.values()) if fields else ""
        if not said and not fields:
            rest = explain(exc)
        self.message.setText(rest)
        self.message.setVisible(bool(rest))
        if said:
            self.notes.setFocus()

    def keep_draft(self) -> DialogDraft | None:
        fields: dict[str, Any] = {
            "agency": self.agency.currentText(),
            "service": self.service.text(),
            "urgency": self.urgency.currentData(),
            "notes": self.notes.toPlainText(),
        }
        if not (fields["agency"] or fields["service"] or fields["notes"]):
            return None
        return DialogDraft(self.KIND, Section.REFERRALS, self.reference, fields)

    def restore(self, fields: dict[str, Any]) -> None:
        self.agency.setCurrentText(str(fields.get("agency", "")))
        self.service.setText(str(fields.get("service", "")))
        self.urgency.setCurrentIndex(max(self.urgency.findData(fields.get("urgency")), 0))
        self.notes.setPlainText(str(fields.get("notes", "")))
