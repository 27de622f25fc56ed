"""The Reminders tab: what is due across the caseload, soonest first; its columns are
shared with the home screens."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import message_label, table_view
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.services.reminders import Kind, Reminder, ReminderService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService


def reminder_headers() -> list[str]:
    """The columns of a list of reminders (the Reminders tab, the home screens)."""
    translate = QCoreApplication.translate
    return [
        translate("Reminders", "Due"),
        translate("Reminders", "Kind"),
        translate("Reminders", "Reference"),
        translate("Reminders", "Name or alias"),
        translate("Reminders", "What"),
    ]


def reminder_row(r: Reminder, now: datetime) -> tuple[str, ...]:
    """One reminder as the Reminders tab and the home screens show it."""
    translate = QCoreApplication.translate
    kinds = {
        Kind.HEARING: translate("Reminders", "Hearing"),
        Kind.ORDER_EXPIRING: translate("Reminders", "Protection order expires"),
        Kind.REFERRAL_OVERDUE: translate("Reminders", "Referral overdue"),
        Kind.TASK_DUE: translate("Reminders", "Task due"),
        Kind.FOLLOW_UP: translate("Reminders", "Follow-up"),
        Kind.CONFERENCE_ACTION: translate("Reminders", "Conference action due"),
        Kind.TELL_HER: translate("Reminders", "Tell her of a sharing"),
    }
    return (
        fmt.when(r.due) + (translate("Reminders", " (overdue)") if r.overdue(now) else ""),
        kinds.get(r.kind, r.kind.label),
        r.reference,
        r.display_name,
        phrase(r.what),
    )


class RemindersView(Screen):
    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("reminders")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Hearings in the next 14 days, protection orders expiring within 30, "
                "referrals without an answer, tasks, follow-ups and conference actions due, "
                "and survivors still to be told that their file was shared without their "
                "consent."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel(reminder_headers())
        self.table = table_view(self, "reminderTable", self.tr("Reminders"), self.model)
        self.table.activated.connect(
            lambda index: self.open_case.emit(str(self.model.key(index.row())))
        )
        layout.addWidget(self.table, 1)
        self.message = message_label(self, "remindersMessage")
        layout.addWidget(self.message)

    def refresh(self) -> None:
        now = self._clock()
        with report_errors(self.message) as outcome:
            days = SettingsService(self._session).referral_overdue_days()
            due = ReminderService(self._session).due(now, days)
        if outcome.failed:
            return
        self.message.clear()
        self.model.set_rows([reminder_row(r, now) for r in due], [r.reference for r in due])

    def clear(self) -> None:
        self.model.set_rows([])
