"""The screens of coordinated work, each a tab of the workspace for the roles that read it:
reminders, case conferences, the shelter board, the referral network."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.coordination import ActionStatus, Sector
from onestop.domain.roles import Action, Role, Section
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.views.export import ExportDialog
from onestop.services.conferences import ConferenceService, PlannedAction
from onestop.services.directory import AgencyDetails, DirectoryService, ReferralNetworkService
from onestop.services.exports import DOCUMENT_NAMES, ExportService
from onestop.services.reminders import Kind, Reminder, ReminderService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.shelter import Bed, Occupant, Room, ShelterBoardService, Waiting

Clock = Callable[[], datetime]
D = TypeVar("D", bound=QDialog)


def table_view(parent: QWidget, name: str, title: str, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    return view


def button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A named push button that calls ``slot()`` when pressed."""
    pushed = QPushButton(text, parent)
    pushed.setObjectName(name)
    pushed.clicked.connect(lambda _checked=False: slot())
    return pushed


def message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class Screen(QWidget):
    """A workspace tab that shows survivor data: ``refresh`` reads it, ``clear`` forgets it."""

    open_case = Signal(str)

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogs = dialogs
        self._clock = clock

    message: QLabel

    def refresh(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def ask(self, dialog: D, act: Callable[[], object]) -> D:
        return ask(self._dialogs, dialog, act, self.message, self.refresh)


def ask(
    dialogs: Dialogs,
    dialog: D,
    act: Callable[[], object],
    message: QLabel,
    refresh: Callable[[], None],
) -> D:
    """Open ``dialog``; when it is accepted, ``act()`` and ``refresh()``, or say in ``message``
    why it was not done."""
    dialogs.track(dialog)

    def done(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        try:
            act()
        except OneStopError as exc:
            message.setText(explain(exc))
            return
        message.clear()
        refresh()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


class FormDialog(QDialog):
    """A small form: labelled fields, then OK (named for what it does) and Cancel."""

    def __init__(self, parent: QWidget, name: str, title: str, ok: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add(self, label: str, field: QWidget, name: str) -> QWidget:
        field.setObjectName(name)
        field.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, field)
        return field

    def finish(self) -> None:
        self.form.addRow(self.buttons)


# -- reminders --


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
        layout.addWidget(
            QLabel(
                self.tr(
                    "Hearings in the next 14 days, protection orders expiring within 30, "
                    "referrals without an answer, tasks, follow-ups and conference actions due."
                ),
                self,
            )
        )
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
        try:
            days = SettingsService(self._session).referral_overdue_days()
            due = ReminderService(self._session).due(now, days)
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.message.clear()
        self.model.set_rows([reminder_row(r, now) for r in due], [r.reference for r in due])

    def clear(self) -> None:
        self.model.set_rows([])


# -- case conferences --


class ScheduleDialog(QDialog):
    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Plan a case conference"))
        form = QFormLayout(self)
        self.day = QDateEdit(_qdate(today + timedelta(days=7)), self)
        self.day.setObjectName("meetingDate")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(_qdate(today))
        self.agencies = QPlainTextEdit(self)
        self.agencies.setObjectName("meetingAgencies")
        self.agencies.setPlaceholderText(self.tr("One agency per line"))
        self.agencies.setTabChangesFocus(True)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Attending agencies"), self.agencies)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ActionRows(QGroupBox):
    """The actions agreed for a case at the meeting, one row each."""

    def __init__(self, parent: QWidget, meeting_day: date) -> None:
        super().__init__(self.tr("Actions agreed"), parent)
        self._day = meeting_day
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit, QDateEdit]] = []
        self.column = QVBoxLayout(self)
        add = QPushButton(self.tr("&Add an action"), self)
        add.setObjectName("addActionButton")
        add.clicked.connect(self.add_row)
        self.column.addWidget(add)

    def add_row(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QDateEdit]:
        line = QHBoxLayout()
        n = len(self.rows) + 1
        agency, owner, what = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        due = QDateEdit(_qdate(self._day + timedelta(days=14)), self)
        due.setCalendarPopup(True)
        for widget, name, hint in (
            (agency, "agency", self.tr("Agency")),
            (owner, "owner", self.tr("Owner")),
            (what, "what", self.tr("What is to be done")),
        ):
            widget.setObjectName(f"action{n}_{name}")
            widget.setPlaceholderText(hint)
            widget.setAccessibleName(self.tr("Action {n}: {hint}").format(n=n, hint=hint))
            line.addWidget(widget, 2 if name == "what" else 1)
        due.setObjectName(f"action{n}_due")
        due.setAccessibleName(self.tr("Action {n}: due").format(n=n))
        line.addWidget(due)
        self.column.insertLayout(self.column.count() - 1, line)
        row = (agency, owner, what, due)
        self.rows.append(row)
        agency.setFocus()
        return row

    def planned(self) -> list[PlannedAction]:
        return [
            PlannedAction(a.text(), o.text(), w.text(), _pydate(d.date()))
            for a, o, w, d in self.rows
            if a.text().strip() or o.text().strip() or w.text().strip()
        ]


class HearDialog(QDialog):
    def __init__(self, parent: QWidget, reference: str, meeting_day: date) -> None:
        super().__init__(parent)
        self.setObjectName("hearDialog")
        self.setWindowTitle(self.tr("Heard at the meeting: {ref}").format(ref=reference))
        layout = QVBoxLayout(self)
        self.action_rows = ActionRows(self, meeting_day)
        self.action_rows.add_row()
        layout.addWidget(self.action_rows)
        self.error = message_label(self, "hearError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 300)


class ConferencesView(Screen):
    """Meetings on the left; the chosen meeting's agenda (or minutes) on the right, with what
    the meeting does: hear a case and agree actions, review each action carried from the last
    meeting, close the minutes."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("conferences")
        self.writable = session.allowed(Section.CONFERENCES, Action.WRITE)
        layout = QHBoxLayout(self)
        split = QSplitter(self)
        layout.addWidget(split)
        left = QWidget(split)
        col = QVBoxLayout(left)
        col.addWidget(_heading(self.tr("Meetings"), left))
        self.meetings = QListWidget(left)
        self.meetings.setObjectName("meetingList")
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.meetings.currentRowChanged.connect(self._show_meeting)
        col.addWidget(self.meetings, 1)
        if self.writable:
            plan = QPushButton(self.tr("&Plan a meeting…"), left)
            plan.setObjectName("planMeetingButton")
            plan.clicked.connect(self.plan_meeting)
            col.addWidget(plan)
        col.addWidget(_heading(self.tr("Due for review (heard 12 months ago)"), left))
        self.review_model = RowsModel(
            [self.tr("Reference"), self.tr("Name"), self.tr("Last heard")]
        )
        self.review_table = table_view(
            left, "reviewDueTable", self.tr("Due for review"), self.review_model
        )
        self.review_table.setMaximumHeight(140)
        col.addWidget(self.review_table)
        right = QWidget(split)
        self.right = QVBoxLayout(right)
        self.title = _heading("", right)
        self.right.addWidget(self.title)
        self.agenda_model = RowsModel(
            [
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Latest risk"),
                self.tr("Actions carried"),
                self.tr("Why on the agenda"),
            ]
        )
        self.agenda_table = table_view(right, "agendaTable", self.tr("Agenda"), self.agenda_model)
        self.agenda_table.activated.connect(
            lambda index: self.open_case.emit(str(self.agenda_model.key(index.row())))
        )
        self.right.addWidget(self.agenda_table, 2)
        self.actions_model = RowsModel(
            [
                self.tr("Reference"),
                self.tr("Agreed"),
                self.tr("Agency"),
                self.tr("Owner"),
                self.tr("Action"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        self.right.addWidget(QLabel(self.tr("Actions carried from earlier meetings"), right))
        self.actions_table = table_view(
            right, "carriedActionTable", self.tr("Actions carried"), self.actions_model
        )
        self.right.addWidget(self.actions_table, 2)
        buttons = QHBoxLayout()
        self.right.addLayout(buttons)
        self.hear_button = QPushButton(self.tr("&Hear the selected case…"), right)
        self.hear_button.setObjectName("hearButton")
        self.hear_button.clicked.connect(self.hear_selected)
        self.outcome = QComboBox(right)
        self.outcome.setObjectName("outcomeCombo")
        self.outcome.setAccessibleName(self.tr("What became of the action"))
        for status in (ActionStatus.DONE, ActionStatus.NOT_DONE, ActionStatus.NO_LONGER_POSSIBLE):
            self.outcome.addItem(label(status), status)
        self.reason = QLineEdit(right)
        self.reason.setObjectName("outcomeReason")
        self.reason.setPlaceholderText(self.tr("Why (for not done / no longer possible)"))
        self.reason.setAccessibleName(self.tr("Why"))
        self.review_button = QPushButton(self.tr("&Record outcome"), right)
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(self.review_selected)
        self.pack_button = QPushButton(self.tr("Print the &pack…"), right)
        self.pack_button.setObjectName("printPackButton")
        self.pack_button.setToolTip(self.tr("The agenda and the actions outstanding, per agency"))
        self.pack_button.clicked.connect(self.export_pack)
        self.close_button = QPushButton(self.tr("&Close the minutes"), right)
        self.close_button.setObjectName("closeMinutesButton")
        self.close_button.clicked.connect(self.close_minutes)
        for w in (self.hear_button, self.outcome, self.reason, self.review_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.pack_button)
        buttons.addWidget(self.close_button)
        for w in (
            self.hear_button,
            self.outcome,
            self.reason,
            self.review_button,
            self.close_button,
        ):
            w.setVisible(self.writable)
        self.message = message_label(right, "conferenceMessage")
        self.right.addWidget(self.message)
        split.setStretchFactor(1, 3)
        self._meeting_ids: list[int] = []
        self._carried_ids: list[int] = []

    def refresh(self) -> None:
        service = ConferenceService(self._session)
        try:
            meetings = service.meetings()
            due = service.due_for_review(self._clock().date())
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        keep = self.current_meeting()
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self._meeting_ids = []
        for m in meetings:
            text = self.tr("{day} · {state}").format(
                day=fmt.day(m.held_on),
                state=self.tr("minutes closed") if m.is_held else self.tr("planned"),
            )
            item = QListWidgetItem(text, self.meetings)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self._meeting_ids.append(m.id)
        self.meetings.blockSignals(False)
        self.review_model.set_rows(
            [(r.reference, r.display_name, fmt.day(r.last_heard_on)) for r in due],
            [r.reference for r in due],
        )
        planned = [m.id for m in meetings if not m.is_held]
        chosen = keep if keep in self._meeting_ids else (planned[0] if planned else None)
        if chosen is None and self._meeting_ids:
            chosen = self._meeting_ids[-1]
        if chosen is not None:
            self.meetings.setCurrentRow(self._meeting_ids.index(chosen))
            self._show_meeting(self._meeting_ids.index(chosen))
        else:
            self.title.setText(self.tr("No meeting planned yet."))

    def clear(self) -> None:
        self.meetings.clear()
        self._meeting_ids = []
        self.agenda_model.set_rows([])
        self.actions_model.set_rows([])
        self.review_model.set_rows([])
        self.title.clear()

    def current_meeting(self) -> int | None:
        row = self.meetings.currentRow()
        return self._meeting_ids[row] if 0 <= row < len(self._meeting_ids) else None

    def _show_meeting(self, row: int) -> None:
        if not 0 <= row < len(self._meeting_ids):
            return
        meeting_id = self._meeting_ids[row]
        service = ConferenceService(self._session)
        try:
            meeting = next(m for m in service.meetings() if m.id == meeting_id)
            agenda = service.agenda(meeting_id)
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.message.clear()
        self.title.setText(
            self.tr("Meeting of {day} — {agencies}").format(
                day=fmt.day(meeting.held_on),
                agencies=", ".join(meeting.agencies) or self.tr("agencies not listed"),
            )
        )
        self.agenda_model.set_rows(
            [
                (
                    item.reference,
                    item.display_name,
                    (
                        f"{label(item.latest_level)} ({item.latest_score})"
                        if item.latest_level is not None
                        else self.tr("not assessed")
                    ),
                    str(len(item.carried)),
                    "; ".join(label(c) for c in item.criteria) or self.tr("Review of actions"),
                )
                for item in agenda
            ],
            [item.reference for item in agenda],
        )
        carried = [a for item in agenda for a in item.carried]
        self._carried_ids = [a.id for a in carried]
        self.actions_model.set_rows(
            [
                (
                    a.case_reference,
                    fmt.day(a.agreed_on),
                    a.agency,
                    a.owner,
                    a.description,
                    fmt.day(a.due_on),
                    label(a.status) + (f": {a.reason}" if a.reason else ""),
                )
                for a in carried
            ],
            self._carried_ids,
        )
        editable = self.writable and not meeting.is_held
        for w in (self.hear_button, self.review_button, self.close_button):
            w.setEnabled(editable)
        self.pack_button.setEnabled(bool(agenda))
        self._meeting_day = meeting.held_on

    def export_pack(self) -> ExportDialog | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            self.message.setText(self.tr("Choose a meeting first."))
            return None
        session = self._session
        dialog = ExportDialog(
            session,
            DOCUMENT_NAMES["conference"],
            self._meeting_day.isoformat(),
            lambda options: ExportService(session).conference_pack(options, meeting_id),
            self,
        )
        dialog.written.connect(
            lambda done: self.message.setText(
                self.tr("Written {path}.").format(path=str(done.path))
            )
        )
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    def plan_meeting(self) -> None:
        dialog = ScheduleDialog(self, self._clock().date())
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            agencies = dialog.agencies.toPlainText().splitlines()
            try:
                ConferenceService(self._session).schedule(_pydate(dialog.day.date()), agencies)
            except OneStopError as exc:
                self.message.setText(explain(exc))
                return
            self.refresh()

        dialog.finished.connect(done)
        dialog.open()

    def _selected(self, table: QTableView, model: RowsModel) -> object:
        rows = table.selectionModel().selectedRows()
        return model.key(rows[0].row()) if rows else None

    def hear_selected(self) -> HearDialog | None:
        meeting_id = self.current_meeting()
        reference = self._selected(self.agenda_table, self.agenda_model)
        if meeting_id is None or reference is None:
            self.message.setText(self.tr("Choose a case on the agenda first."))
            return None
        dialog = HearDialog(self, str(reference), self._meeting_day)
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                ConferenceService(self._session).hear(
                    meeting_id, str(reference), dialog.action_rows.planned()
                )
            except OneStopError as exc:
                self.message.setText(explain(exc))
                return
            self._show_meeting(self.meetings.currentRow())
            self.message.setText(self.tr("{ref} heard.").format(ref=reference))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def review_selected(self) -> None:
        meeting_id = self.current_meeting()
        action_id = self._selected(self.actions_table, self.actions_model)
        if meeting_id is None or action_id is None:
            self.message.setText(self.tr("Choose an action carried from the last meeting."))
            return
        try:
            ConferenceService(self._session).review(
                meeting_id,
                int(str(action_id)),
                ActionStatus(self.outcome.currentData()),
                self.reason.text(),
            )
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.reason.clear()
        self._show_meeting(self.meetings.currentRow())

    def close_minutes(self) -> None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return

        def close() -> None:
            try:
                ConferenceService(self._session).close(meeting_id)
            except OneStopError as exc:
                self.message.setText(explain(exc))
                return
            self.meetings.setCurrentRow(-1)  # on to the next planned meeting
            self.refresh()

        self._dialogs.confirm(
            self,
            self.tr("Close the minutes?"),
            self.tr(
                "Closed minutes cannot be changed. Actions still open, or not done, are carried "
                "to the next meeting."
            ),
            close,
            yes=self.tr("Close the minutes"),
            no=self.tr("Not yet"),
        )


# -- the shelter board --


class AdmitDialog(FormDialog):
    def __init__(self, parent: QWidget, beds: Sequence[tuple[str, Bed]], today: date) -> None:
        super().__init__(parent, "admitDialog", self.tr("Admit to the shelter"), self.tr("Admit"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText("OSC-2026-00001")
        self.add(self.tr("Case &reference"), self.reference, "admitReference")
        self.bed = QComboBox(self)
        for room, bed in beds:
            self.bed.addItem(f"{room} / {bed.label}", bed.id)
        self.add(self.tr("&Bed"), self.bed, "admitBed")
        self.children_spin = QSpinBox(self)
        self.children_spin.setRange(0, 15)
        self.add(self.tr("&Children with her"), self.children_spin, "admitChildren")
        self.planned_exit = QDateEdit(_qdate(today + timedelta(days=14)), self)
        self.planned_exit.setCalendarPopup(True)
        self.add(self.tr("&Planned exit"), self.planned_exit, "admitPlannedExit")
        self.finish()


class ShelterBoardView(Screen):
    """Who is in which bed, since when, until when, with how many children; admit (from the
    waiting list or not), move, discharge with where she went; the waiting list."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("shelterBoard")
        self.writable = session.allowed(Section.SHELTER, Action.WRITE)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Occupancy"), self))
        self.board_model = RowsModel(
            [
                self.tr("Room"),
                self.tr("Bed"),
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Since"),
                self.tr("Planned exit"),
                self.tr("Children"),
                self.tr("Warning"),
            ]
        )
        self.board = table_view(self, "boardTable", self.tr("Shelter board"), self.board_model)
        self.board.activated.connect(self._open_selected)
        layout.addWidget(self.board, 3)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.admit_button = self._button(self.tr("&Admit…"), "admitButton", self.admit)
        self.move_button = self._button(
            self.tr("&Move to another bed…"), "moveButton", self.move_selected
        )
        self.discharge_button = self._button(
            self.tr("&Discharge…"), "dischargeButton", self.discharge_selected
        )
        for w in (self.admit_button, self.move_button, self.discharge_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.figures = QLabel(self)
        self.figures.setObjectName("occupancyFigures")
        layout.addWidget(self.figures)
        layout.addWidget(_heading(self.tr("Waiting list"), self))
        self.waiting_model = RowsModel(
            [
                self.tr("Since"),
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Children"),
                self.tr("Needs"),
            ]
        )
        self.waiting = table_view(self, "waitingTable", self.tr("Waiting list"), self.waiting_model)
        layout.addWidget(self.waiting, 1)
        wait_buttons = QHBoxLayout()
        layout.addLayout(wait_buttons)
        self.add_waiting_button = self._button(
            self.tr("Add to the &waiting list…"), "addWaitingButton", self.add_waiting
        )
        self.admit_waiting_button = self._button(
            self.tr("Admit the &selected…"), "admitWaitingButton", self.admit_waiting
        )
        self.remove_waiting_button = self._button(
            self.tr("&Remove from the list…"), "removeWaitingButton", self.remove_waiting
        )
        for w in (self.add_waiting_button, self.admit_waiting_button, self.remove_waiting_button):
            wait_buttons.addWidget(w)
        wait_buttons.addStretch(1)
        self.message = message_label(self, "shelterMessage")
        layout.addWidget(self.message)
        self._beds: list[tuple[str, Bed]] = []
        self._waiting: list[Waiting] = []

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        made = button(self, text, name, slot)
        made.setVisible(self.writable)
        return made

    def refresh(self) -> None:
        today = self._clock().date()
        board = ShelterBoardService(self._session)
        try:
            max_days = SettingsService(self._session).shelter_max_stay_days()
            rooms = board.board(today, max_days)
            waiting = board.waiting()
            [month] = board.occupancy([today], today)
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self._beds = [(room.name, bed) for room in rooms for bed in room.beds]
        rows = []
        for room_name, bed in self._beds:
            o = bed.occupant
            warning = ""
            if o is not None and o.over_max_stay:
                warning = self.tr("over the maximum stay")
            elif o is not None and o.near_max_stay:
                warning = self.tr("maximum stay soon")
            elif o is not None and o.planned_exit is not None and o.planned_exit < today:
                warning = self.tr("planned exit passed")
            rows.append(
                (
                    room_name,
                    bed.label,
                    o.reference if o else "",
                    o.display_name if o else self.tr("free"),
                    fmt.day(o.admitted_at.date()) if o else "",
                    fmt.day(o.planned_exit) if o and o.planned_exit else "",
                    str(o.children_count) if o else "",
                    warning,
                )
            )
        self.board_model.set_rows(rows, [b for _r, b in self._beds])
        occupied = sum(1 for _r, b in self._beds if b.occupant is not None)
        self.figures.setText(
            self.tr(
                "{occupied} of {beds} beds occupied now · this month: {rate:.0%} of bed-nights, "
                "{admitted} admitted, {left} left"
            ).format(
                occupied=occupied,
                beds=len(self._beds),
                rate=month.rate,
                admitted=month.admissions,
                left=month.discharges,
            )
        )
        self._waiting = list(waiting)
        self.waiting_model.set_rows(
            [
                (fmt.when(w.added_at), w.reference, w.display_name, str(w.children_count), w.needs)
                for w in waiting
            ],
            [w.id for w in waiting],
        )
        free = any(b.occupant is None for _r, b in self._beds)
        self.admit_button.setEnabled(free)
        self.admit_waiting_button.setEnabled(free and bool(waiting))
        self.move_button.setEnabled(free)

    def clear(self) -> None:
        self._beds = []
        self._waiting = []
        self.board_model.set_rows([])
        self.waiting_model.set_rows([])
        self.figures.clear()

    def _open_selected(self) -> None:
        bed = self._selected_bed()
        if bed is not None and bed.occupant is not None:
            self.open_case.emit(bed.occupant.reference)

    def _selected_bed(self) -> Bed | None:
        rows = self.board.selectionModel().selectedRows()
        key = self.board_model.key(rows[0].row()) if rows else None
        return key if isinstance(key, Bed) else None

    def _selected_waiting(self) -> Waiting | None:
        rows = self.waiting.selectionModel().selectedRows()
        return self._waiting[rows[0].row()] if rows else None

    def _free_beds(self) -> list[tuple[str, Bed]]:
        return [(room, bed) for room, bed in self._beds if bed.occupant is None]

    def _occupant(self) -> Occupant | None:
        bed = self._selected_bed()
        if bed is None or bed.occupant is None:
            self.message.setText(self.tr("Choose an occupied bed first."))
            return None
        return bed.occupant

    # -- admit, move, discharge --

    def admit(self, waiting: Waiting | None = None) -> AdmitDialog:
        dialog = AdmitDialog(self, self._free_beds(), self._clock().date())
        chosen = self._selected_bed()
        if chosen is not None and chosen.occupant is None:
            dialog.bed.setCurrentIndex(max(0, dialog.bed.findData(chosen.id)))
        if waiting is not None:
            dialog.reference.setText(waiting.reference)
            dialog.reference.setReadOnly(True)
            dialog.children_spin.setValue(waiting.children_count)

        def act() -> None:
            ShelterBoardService(self._session).admit(
                dialog.reference.text().strip(),
                int(dialog.bed.currentData()),
                admitted_at=self._clock(),
                children_count=dialog.children_spin.value(),
                planned_exit=_pydate(dialog.planned_exit.date()),
            )

        self.ask(dialog, act)
        return dialog

    def admit_waiting(self) -> AdmitDialog | None:
        entry = self._selected_waiting()
        if entry is None:
            self.message.setText(self.tr("Choose someone on the waiting list first."))
            return None
        return self.admit(entry)

    def move_selected(self) -> FormDialog | None:
        occupant = self._occupant()
        if occupant is None:
            return None
        dialog = FormDialog(self, "moveDialog", self.tr("Move to another bed"), self.tr("Move"))
        bed = QComboBox(dialog)
        for room, free in self._free_beds():
            bed.addItem(f"{room} / {free.label}", free.id)
        dialog.add(self.tr("&To"), bed, "moveBed")
        dialog.finish()

        def act() -> None:
            ShelterBoardService(self._session).move(
                occupant.reference, occupant.stay_id, int(bed.currentData()), occupant.version
            )

        return self.ask(dialog, act)

    def discharge_selected(self) -> FormDialog | None:
        occupant = self._occupant()
        if occupant is None:
            return None
        dialog = FormDialog(
            self,
            "dischargeDialog",
            self.tr("Discharge {ref}").format(ref=occupant.reference),
            self.tr("Discharge"),
        )
        destination = QLineEdit(dialog)
        destination.setMaxLength(200)
        destination.setPlaceholderText(
            self.tr("e.g. her own home with a protection order; relatives; another shelter")
        )
        dialog.add(self.tr("&Where she went"), destination, "dischargeDestination")
        dialog.finish()

        def act() -> None:
            ShelterBoardService(self._session).discharge(
                occupant.reference,
                occupant.stay_id,
                occupant.version,
                exited_at=self._clock(),
                destination=destination.text().strip(),
            )

        return self.ask(dialog, act)

    # -- the waiting list --

    def add_waiting(self) -> FormDialog:
        dialog = FormDialog(
            self, "waitingDialog", self.tr("Add to the waiting list"), self.tr("Add")
        )
        reference = QLineEdit(dialog)
        reference.setPlaceholderText("OSC-2026-00001")
        children = QSpinBox(dialog)
        children.setRange(0, 15)
        needs = QLineEdit(dialog)
        needs.setPlaceholderText(self.tr("e.g. ground floor; a cot; near the children's school"))
        dialog.add(self.tr("Case &reference"), reference, "waitingReference")
        dialog.add(self.tr("&Children with her"), children, "waitingChildren")
        dialog.add(self.tr("&Needs"), needs, "waitingNeeds")
        dialog.finish()

        def act() -> None:
            ShelterBoardService(self._session).add_waiting(
                reference.text().strip(), children.value(), needs.text()
            )

        return self.ask(dialog, act)

    def remove_waiting(self) -> FormDialog | None:
        entry = self._selected_waiting()
        if entry is None:
            self.message.setText(self.tr("Choose someone on the waiting list first."))
            return None
        dialog = FormDialog(
            self,
            "removeWaitingDialog",
            self.tr("Remove {ref} from the waiting list").format(ref=entry.reference),
            self.tr("Remove"),
        )
        outcome = QLineEdit(dialog)
        outcome.setMaxLength(100)
        outcome.setPlaceholderText(self.tr("e.g. placed elsewhere; no longer needed"))
        dialog.add(self.tr("&Why"), outcome, "removeWaitingOutcome")
        dialog.finish()

        def act() -> None:
            ShelterBoardService(self._session).remove_waiting(entry.id, outcome.text())

        return self.ask(dialog, act)


# -- the referral network --


class AgencyDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("agencyDialog")
        self.setWindowTitle(self.tr("Add a partner agency"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("agencyName")
        self.name.setMaxLength(200)
        self.sector = QComboBox(self)
        self.sector.setObjectName("agencySector")
        for sector in Sector:
            self.sector.addItem(label(sector), sector)
        self.services = QLineEdit(self)
        self.services.setObjectName("agencyServices")
        self.contacts = QLineEdit(self)
        self.contacts.setObjectName("agencyContacts")
        self.hours = QLineEdit(self)
        self.hours.setObjectName("agencyHours")
        self.languages = QLineEdit(self)
        self.languages.setObjectName("agencyLanguages")
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("Ser&vices"), self.services)
        form.addRow(self.tr("&Contacts"), self.contacts)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Languages"), self.languages)
        self.error = message_label(self, "agencyError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def details(self) -> AgencyDetails:
        return AgencyDetails(
            self.name.text(),
            Sector(self.sector.currentData()),
            self.services.text(),
            self.contacts.text(),
            self.hours.text(),
            self.languages.text(),
        )


class NetworkView(Screen):
    """The directory of partner agencies; for the manager, how well each one answers."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("network")
        self.writable = session.allowed(Section.DIRECTORY, Action.WRITE)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Partner agencies"), self))
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Sector"),
                self.tr("Services"),
                self.tr("Contacts"),
                self.tr("Hours"),
                self.tr("Languages"),
                self.tr("Active"),
            ]
        )
        layout.addWidget(
            table_view(self, "agencyTable", self.tr("Partner agencies"), self.model), 2
        )
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        for name, text, slot in (
            ("addAgencyButton", self.tr("&Add an agency…"), self.add_agency),
            ("importAgenciesButton", self.tr("&Import CSV…"), self.import_csv),
            ("exportAgenciesButton", self.tr("&Export CSV…"), self.export_csv),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(self.writable or name == "exportAgenciesButton")
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.figures_box = QWidget(self)
        inner = QVBoxLayout(self.figures_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(_heading(self.tr("How well does our referral network work?"), self))
        self.figures_model = RowsModel(
            [
                self.tr("Agency"),
                self.tr("Sent"),
                self.tr("Accepted"),
                self.tr("Declined"),
                self.tr("Completed"),
                self.tr("Overdue"),
                self.tr("Median days to answer"),
            ]
        )
        inner.addWidget(
            table_view(self, "networkFiguresTable", self.tr("Referral figures"), self.figures_model)
        )
        self.figures_box.setVisible(session.actor.role is Role.MANAGER)
        layout.addWidget(self.figures_box, 1)
        self.message = message_label(self, "networkMessage")
        layout.addWidget(self.message)

    def refresh(self) -> None:
        try:
            agencies = DirectoryService(self._session).agencies()
            figures = []
            if self.figures_box.isVisibleTo(self):
                days = SettingsService(self._session).referral_overdue_days()
                figures = ReferralNetworkService(self._session).figures(self._clock(), days)
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.model.set_rows(
            [
                (
                    a.details.name,
                    label(a.details.sector),
                    a.details.services,
                    a.details.contacts,
                    a.details.hours,
                    a.details.languages,
                    fmt.yes_no(a.details.active),
                )
                for a in agencies
            ],
            [a.id for a in agencies],
        )
        self.figures_model.set_rows(
            [
                (
                    f.agency,
                    str(f.sent),
                    str(f.accepted),
                    str(f.declined),
                    str(f.completed),
                    str(f.overdue),
                    "" if f.median_days_to_response is None else f"{f.median_days_to_response:g}",
                )
                for f in figures
            ]
        )

    def clear(self) -> None:
        self.model.set_rows([])
        self.figures_model.set_rows([])

    def add_agency(self) -> AgencyDialog:
        dialog = AgencyDialog(self)
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                DirectoryService(self._session).add(dialog.details())
            except OneStopError as exc:
                self.message.setText(explain(exc))
                return
            self.message.clear()
            self.refresh()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import agencies"), "", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                text = f.read()
            result = DirectoryService(self._session).import_csv(text)
        except (OSError, UnicodeDecodeError):
            self.message.setText(self.tr("That file cannot be read as UTF-8 CSV."))
            return
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.message.setText(
            self.tr("{added} added, {updated} updated.").format(
                added=result.added, updated=result.updated
            )
        )
        self.refresh()

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export agencies"), "agencies.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            text = DirectoryService(self._session).export_csv()
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                f.write(text)
        except OSError:
            self.message.setText(self.tr("The file could not be written there."))
            return
        except OneStopError as exc:
            self.message.setText(explain(exc))
            return
        self.message.setText(self.tr("Saved."))


def screens_for(session: VaultSession) -> list[tuple[str, type[Screen]]]:
    """The coordination tabs this person's role reads, in the workspace's order."""
    role = session.actor.role
    if role is None or role is Role.ADMIN:
        return []
    found: list[tuple[str, type[Screen]]] = [("Reminders", RemindersView)]
    if session.allowed(Section.CONFERENCES, Action.READ):
        found.append(("Conferences", ConferencesView))
    if session.allowed(Section.SHELTER, Action.READ) and role in (
        Role.SHELTER_OFFICER,
        Role.MANAGER,
    ):
        found.append(("Shelter board", ShelterBoardView))
    if session.allowed(Section.DIRECTORY, Action.READ):
        found.append(("Referral network", NetworkView))
    return found


# -- the shelter's rooms and beds (the admin's, who sees no one in them) --


class RoomsEditor(QWidget):
    """The rooms and beds the shelter board is made of: add a room, add beds, retire a bed."""

    def __init__(self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("roomsEditor")
        self._session = session
        self._dialogs = dialogs
        layout = QVBoxLayout(self)
        self.model = RowsModel([self.tr("Room"), self.tr("Beds")])
        self.table = table_view(self, "roomsTable", self.tr("Shelter rooms and beds"), self.model)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        for name, text, slot in (
            ("addRoomButton", self.tr("Add a &room…"), self.add_room),
            ("addBedsButton", self.tr("Add &beds to the selected room…"), self.add_beds),
            ("retireBedButton", self.tr("Re&tire a bed…"), self.retire_bed),
        ):
            buttons.addWidget(button(self, text, name, slot))
        buttons.addStretch(1)
        self.message = message_label(self, "roomsMessage")
        layout.addWidget(self.message)
        self._rooms: list[Room] = []
        self.refresh()

    def refresh(self) -> None:
        self._rooms = list(ShelterBoardService(self._session).layout())
        self.model.set_rows(
            [(r.name, ", ".join(b.label for b in r.beds)) for r in self._rooms],
            [r.id for r in self._rooms],
        )

    def _ask(self, dialog: FormDialog, act: Callable[[], object]) -> FormDialog:
        return ask(self._dialogs, dialog, act, self.message, self.refresh)

    def _selected(self) -> Room | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rooms[rows[0].row()] if rows else None

    def add_room(self) -> FormDialog:
        dialog = FormDialog(self, "addRoomDialog", self.tr("Add a room"), self.tr("Add"))
        name = QLineEdit(dialog)
        name.setMaxLength(50)
        beds = QLineEdit("A, B", dialog)
        dialog.add(self.tr("Room &name"), name, "roomName")
        dialog.add(self.tr("&Beds (labels, separated by commas)"), beds, "roomBeds")
        dialog.finish()
        return self._ask(
            dialog,
            lambda: ShelterBoardService(self._session).add_room(
                name.text(), beds.text().split(",")
            ),
        )

    def add_beds(self) -> FormDialog | None:
        room = self._selected()
        if room is None:
            self.message.setText(self.tr("Choose a room first."))
            return None
        dialog = FormDialog(
            self,
            "addBedsDialog",
            self.tr("Add beds to {room}").format(room=room.name),
            self.tr("Add"),
        )
        beds = QLineEdit(dialog)
        dialog.add(self.tr("&New beds (labels, separated by commas)"), beds, "newBeds")
        dialog.finish()
        return self._ask(
            dialog,
            lambda: ShelterBoardService(self._session).add_beds(room.id, beds.text().split(",")),
        )

    def retire_bed(self) -> FormDialog:
        dialog = FormDialog(self, "retireBedDialog", self.tr("Retire a bed"), self.tr("Retire"))
        bed = QComboBox(dialog)
        for room in self._rooms:
            for b in room.beds:
                bed.addItem(f"{room.name} / {b.label}", b.id)
        dialog.add(self.tr("&Bed"), bed, "retireBed")
        dialog.form.addRow(
            QLabel(self.tr("A bed someone is in cannot be retired: she is moved first."), dialog)
        )
        dialog.finish()
        return self._ask(
            dialog, lambda: ShelterBoardService(self._session).retire_bed(int(bed.currentData()))
        )
