"""The Case conferences tab: plan a meeting, hear each case on its agenda and agree
actions, review the actions carried from the last meeting, close the minutes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock, workstation_zone, zone_abbreviation
from onestop.domain.coordination import ActionStatus
from onestop.domain.roles import Action, Capability, Role, Section, may
from onestop.domain.validation import without_direction_controls
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.views.conference_referral import MeetingTime, ReferralDialog, SharingChoices
from onestop.gui.views.documents import MinutesChoices
from onestop.gui.views.export import ExportDialog
from onestop.gui.widgets.controls import heading, message_label, table_view
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.i18n import isolating
from onestop.services.conferences import MAX_VENUE, ConferenceService, PlannedAction
from onestop.services.exports import DOCUMENT_NAMES, ExportService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService


class ScheduleDialog(QDialog):
    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Plan a case conference"))
        form = QFormLayout(self)
        self.day = QDateEdit(to_qdate(today + timedelta(days=7)), self)
        self.day.setObjectName("meetingDate")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(to_qdate(today))
        self.agencies = QPlainTextEdit(self)
        self.agencies.setObjectName("meetingAgencies")
        self.agencies.setPlaceholderText(self.tr("One agency per line"))
        self.agencies.setTabChangesFocus(True)
        self.starts_at = MeetingTime(time(10, 0), self)
        self.starts_at.setObjectName("meetingTime")
        self.starts_at.setAccessibleName(self.tr("Time"))
        self.venue = QLineEdit(self)
        self.venue.setObjectName("meetingVenue")
        self.venue.setMaxLength(MAX_VENUE)
        self.venue.setAccessibleName(self.tr("Venue"))
        self.venue.setPlaceholderText(self.tr("The room or the address where it meets"))
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Time"), self.starts_at)
        form.addRow(self.tr("&Venue"), self.venue)
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
        due = QDateEdit(to_qdate(self._day + timedelta(days=14)), self)
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
            PlannedAction(a.text(), o.text(), w.text(), to_date(d.date()))
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
        # The manager, who runs the meeting, sees every case; anyone else her own (issue 23).
        self.whole_agenda = may(session.actor.role, Capability.WHOLE_AGENDA)
        layout = QHBoxLayout(self)
        split = QSplitter(self)
        layout.addWidget(split)
        self._build_meetings_column(split)
        right = self._build_meeting_pane(split)
        self._build_meeting_buttons(right)
        self.message = message_label(right, "conferenceMessage")
        self.right.addWidget(self.message)
        split.setStretchFactor(1, 3)
        self._meeting_ids: list[int] = []
        self._carried_ids: list[int] = []

    def _build_meetings_column(self, split: QSplitter) -> None:
        """The meetings list, planning a meeting, and the cases due for review."""
        left = QWidget(split)
        col = QVBoxLayout(left)
        col.addWidget(heading(self.tr("Meetings"), left))
        self.meetings = QListWidget(left)
        self.meetings.setObjectName("meetingList")
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.meetings.setWordWrap(True)
        self.meetings.setSpacing(2)
        self.meetings.currentRowChanged.connect(self._show_meeting)
        col.addWidget(self.meetings, 1)
        if self.writable:
            plan = QPushButton(self.tr("&Plan a meeting…"), left)
            plan.setObjectName("planMeetingButton")
            plan.clicked.connect(self.plan_meeting)
            col.addWidget(plan)
        col.addWidget(heading(self.tr("Due for review (heard 12 months ago)"), left))
        self.review_model = RowsModel(
            [self.tr("Reference"), self.tr("Name"), self.tr("Last heard")]
        )
        self.review_table = table_view(
            left, "reviewDueTable", self.tr("Due for review"), self.review_model
        )
        self.review_table.setMaximumHeight(140)
        col.addWidget(self.review_table)

    def _build_meeting_pane(self, split: QSplitter) -> QWidget:
        """The chosen meeting's title, agenda and the actions carried into it."""
        right = QWidget(split)
        self.right = QVBoxLayout(right)
        self.title = heading("", right)
        self.right.addWidget(self.title)
        said: list[str] = []
        if self.whole_agenda:
            pass  # she sees every case: nothing to say of it
        elif self._session.actor.role is Role.CASEWORKER:
            said.append(
                self.tr(
                    "You see the cases on the agenda you are the caseworker of. The manager, "
                    "who runs the meeting, sees every case, and prints the whole pack and "
                    "minutes."
                )
            )
        else:
            # Only caseworkers hold cases: said as what scopes her list, not as if she held
            # some (issue 23).
            said.append(
                self.tr(
                    "A case on the agenda is shown only to the manager, who runs the meeting, "
                    "and to the case's own caseworker; cases are held by caseworkers, so none "
                    "is shown to you here. The manager prints the whole pack and minutes."
                )
            )
        if not self.writable:
            said.append(
                self.tr(
                    "You read the conferences: caseworkers, legal advocates and the manager "
                    "record what a meeting decides."
                )
            )
        self.scope = QLabel(" ".join(said), right)
        self.scope.setObjectName("agendaScope")
        self.scope.setWordWrap(True)
        self.scope.setVisible(bool(said))
        self.right.addWidget(self.scope)
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
        return right

    def _build_meeting_buttons(self, right: QWidget) -> None:
        """What the meeting does, a row each so that each fits a laptop's screen (issue 23:
        on one row, at 1024×768, the reason's field was squeezed into a bare "…"): with the
        selected case (hear it, its referral); with the selected action (its outcome, and
        why); with the meeting (print the pack, the minutes, close them)."""
        case_row, action_row, buttons = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for row in (case_row, action_row, buttons):
            self.right.addLayout(row)
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
        self.reason.setPlaceholderText(self.tr("if not done or no longer possible"))
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setMinimumWidth(
            self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText()) + 24
        )
        self.outcome_label = QLabel(self.tr("Ou&tcome:"), right)
        self.outcome_label.setBuddy(self.outcome)
        self.reason_label = QLabel(self.tr("&Why:"), right)
        self.reason_label.setBuddy(self.reason)
        self.referral_button = QPushButton(self.tr("Re&ferral…"), right)
        self.referral_button.setObjectName("referralButton")
        self.referral_button.setToolTip(
            self.tr("Who referred the selected case to the meeting, and when")
        )
        self.referral_button.clicked.connect(self.edit_referral)
        self.review_button = QPushButton(self.tr("&Record outcome"), right)
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(self.review_selected)
        self.pack_button = QPushButton(self.tr("Print the &pack…"), right)
        self.pack_button.setObjectName("printPackButton")
        self.pack_button.setToolTip(self.tr("The agenda and the actions outstanding, per agency"))
        self.pack_button.clicked.connect(self.export_pack)
        self.minutes_button = QPushButton(self.tr("Print the min&utes…"), right)
        self.minutes_button.setObjectName("printMinutesButton")
        self.minutes_button.setToolTip(
            self.tr("Who was there, and each case's actions reviewed and agreed")
        )
        self.minutes_button.clicked.connect(self.export_minutes)
        self.close_button = QPushButton(self.tr("&Close the minutes"), right)
        self.close_button.setObjectName("closeMinutesButton")
        self.close_button.clicked.connect(self.close_minutes)
        self._tips: dict[QWidget, str] = {self.referral_button: self.referral_button.toolTip()}
        case_row.addWidget(self.hear_button)
        case_row.addWidget(self.referral_button)
        case_row.addStretch(1)
        for part in (self.outcome_label, self.outcome, self.reason_label):
            action_row.addWidget(part)
        action_row.addWidget(self.reason, 1)
        action_row.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pack_button)
        buttons.addWidget(self.minutes_button)
        buttons.addWidget(self.close_button)
        for w in (
            self.hear_button,
            self.referral_button,
            self.outcome_label,
            self.outcome,
            self.reason_label,
            self.reason,
            self.review_button,
        ):
            w.setVisible(self.writable)
        # Closing the minutes is the chair's act: the manager's, who sees every case on the
        # agenda (the service refuses anyone else all the same; issue 23).
        self.close_button.setVisible(self.writable and self.whole_agenda)

    def refresh(self) -> None:
        service = ConferenceService(self._session)
        with report_errors(self.message) as outcome:
            meetings = service.meetings()
            due = service.due_for_review(self._clock().astimezone().date())
        if outcome.failed:
            return
        keep = self.current_meeting()
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self._meeting_ids = []
        centre = self._centre_zone()
        for m in meetings:
            # Two lines, the venue under the day: the column is narrow and a venue long.
            text = self.tr("{day}, {time} · {state}\n{venue}").format(
                **isolating(
                    day=fmt.day(m.held_on),
                    time=self._starts(m.held_on, m.starts_at, centre),
                    venue=m.venue or self.tr("venue not recorded"),
                    state=self.tr("minutes closed") if m.is_held else self.tr("planned"),
                )
            )
            item = QListWidgetItem(text, self.meetings)
            item.setToolTip(text)
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

    def _centre_zone(self) -> ZoneInfo:
        """The zone a meeting's time is kept in: the centre's (the zone its documents print
        in), as the pack and the minutes print it."""
        try:
            return ZoneInfo(SettingsService(self._session).time_zone())
        except OneStopError:  # the settings cannot be read: the workstation's, as the header
            return ZoneInfo(workstation_zone())

    def _starts(self, day: date, starts_at: time | None, centre: ZoneInfo) -> str:
        """When a meeting starts, at the centre and named so: "10:00 EAT"."""
        if starts_at is None:
            return self.tr("time not recorded")
        at = datetime.combine(day, starts_at, tzinfo=centre)
        return self.tr("{time} {zone}").format(
            time=fmt.clock_time(starts_at), zone=zone_abbreviation(at, centre)
        )

    def select_meeting(self, meeting_id: int) -> bool:
        """Show the meeting ``meeting_id`` (as a click on it in the list would)."""
        if meeting_id not in self._meeting_ids:
            return False
        self.meetings.setCurrentRow(self._meeting_ids.index(meeting_id))
        return True

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
        with report_errors(self.message) as outcome:
            meeting = next(m for m in service.meetings() if m.id == meeting_id)
            agenda = service.agenda(meeting_id)
        if outcome.failed:
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
                    # Kept before such marks were refused: shown without them (issue 23).
                    without_direction_controls(a.agency),
                    without_direction_controls(a.owner),
                    without_direction_controls(a.description),
                    fmt.day(a.due_on),
                    label(a.status)
                    + (f": {without_direction_controls(a.reason)}" if a.reason else ""),
                )
                for a in carried
            ],
            self._carried_ids,
        )
        editable = self.writable and not meeting.is_held
        self.close_button.setEnabled(editable)
        # A case to hear, an action to review: only those she sees (the service refuses the
        # others all the same), and said why when there is none.
        self._enable(
            (self.hear_button, self.referral_button), editable and bool(agenda), meeting.is_held
        )
        self._enable(
            (self.review_button, self.outcome, self.reason),
            editable and bool(carried),
            meeting.is_held,
        )
        self.pack_button.setEnabled(bool(agenda))
        # The minutes of any meeting: an open one's are recorded as it goes (a case heard
        # leaves the agenda, and its discussion is still to be written down); for someone
        # who sees only her own cases, once one of them is on it.
        self.minutes_button.setEnabled(self.whole_agenda or bool(agenda))
        for button, said in (
            (self.pack_button, self.tr("The agenda and the actions outstanding, per agency")),
            (
                self.minutes_button,
                self.tr("Who was there, and each case's actions reviewed and agreed"),
            ),
        ):
            button.setToolTip(
                said
                if button.isEnabled()
                else self.tr(
                    "None of your cases is on this meeting: the manager, who runs the meeting, "
                    "prints it."
                )
            )
        self._meeting_day = meeting.held_on

    def _enable(self, widgets: tuple[QWidget, ...], enabled: bool, held: bool) -> None:
        """Enable what the meeting does with a case, or say why not in its tooltip."""
        if enabled:
            why = ""
        elif held:
            why = self.tr("This meeting's minutes are closed.")
        elif self.whole_agenda:
            why = self.tr("Nothing on this meeting's agenda for this.")
        else:
            why = self.tr(
                "None of your cases is on this meeting: the manager, who runs the meeting, "
                "or the case's own caseworker records it."
            )
        for w in widgets:
            w.setEnabled(enabled)
            w.setToolTip(why or self._tips.get(w, ""))

    def _refused_without_consent(self, lacking: dict[str, list[str]]) -> bool:
        """Cases without her consent to every agency need a manager's decision: said before
        the form is filled in, not after (the service refuses it all the same)."""
        if not lacking or may(self._session.actor.role, Capability.SHARE_WITHOUT_CONSENT):
            return False
        self.message.setText(
            self.tr(
                "These cases did not consent to sharing with every agency at the meeting, and "
                "only a manager may decide to share without consent: {cases}. Ask a manager."
            ).format(cases=", ".join(sorted(lacking)))
        )
        return True

    def export_pack(self) -> ExportDialog | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            self.message.setText(self.tr("Choose a meeting first."))
            return None
        session = self._session
        lacking: dict[str, list[str]] = {}
        with report_errors(self.message) as outcome:
            lacking = ExportService(session).conference_pack_without_consent(meeting_id)
        if outcome.failed:
            return None
        if self._refused_without_consent(lacking):
            return None
        choices = SharingChoices(session, meeting_id, lacking) if lacking else None
        dialog = ExportDialog(
            session,
            DOCUMENT_NAMES["conference"],
            self._meeting_day.isoformat(),
            None
            if choices is not None
            else lambda options: ExportService(session).conference_pack(options, meeting_id),
            self,
            extra=choices,
            choose=choices.choose if choices is not None else None,
        )
        if choices is not None:
            # Whether she was told is asked for each case, beside its reason, not once.
            dialog.ask_told_per_case()
        dialog.reopen_with = {"meeting_id": meeting_id}
        dialog.written.connect(
            lambda done: self.message.setText(
                self.tr("Written {path}.").format(path=str(done.path))
            )
        )
        # Each case shared without her consent has its sharing recorded: her open file shows it.
        dialog.written.connect(lambda _done: self.cases_changed.emit(frozenset(lacking)))
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    def export_minutes(self) -> ExportDialog | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            self.message.setText(self.tr("Choose a meeting first."))
            return None
        lacking: dict[str, list[str]] = {}
        with report_errors(self.message) as outcome:
            lacking = ExportService(self._session).conference_minutes_without_consent(meeting_id)
        if outcome.failed:
            return None
        if self._refused_without_consent(lacking):
            return None
        choices = MinutesChoices(self._session, meeting_id, lacking=lacking)
        dialog = ExportDialog(
            self._session,
            DOCUMENT_NAMES["minutes"],
            self._meeting_day.isoformat(),
            None,
            self,
            extra=choices,
            choose=choices.choose,
        )
        if lacking:
            # As for the pack: whether she was told is asked for each case, beside its reason.
            dialog.ask_told_per_case()
        dialog.written.connect(
            lambda done: self.message.setText(
                self.tr("Written {path}.").format(path=str(done.path))
            )
        )
        dialog.written.connect(lambda _done: self.cases_changed.emit(frozenset(lacking)))
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    def plan_meeting(self) -> None:
        dialog = ScheduleDialog(self, self._clock().astimezone().date())
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            agencies = dialog.agencies.toPlainText().splitlines()
            with report_errors(self.message) as outcome:
                ConferenceService(self._session).schedule(
                    to_date(dialog.day.date()),
                    agencies,
                    dialog.starts_at.starts_at(),
                    dialog.venue.text(),
                )
            if outcome.failed:
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
            with report_errors(self.message) as outcome:
                ConferenceService(self._session).hear(
                    meeting_id, str(reference), dialog.action_rows.planned()
                )
            if outcome.failed:
                return
            self._show_meeting(self.meetings.currentRow())
            self.message.setText(self.tr("{ref} heard.").format(ref=reference))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_referral(self) -> ReferralDialog | None:
        """Who referred the selected case and when, as the referral form asks."""
        reference = self._selected(self.agenda_table, self.agenda_model)
        if reference is None:
            self.message.setText(self.tr("Choose a case on the agenda first."))
            return None
        with report_errors(self.message) as outcome:
            current = ConferenceService(self._session).referral(str(reference))
        if outcome.failed:
            return None
        if current is None:
            self.message.setText(
                self.tr("{ref} is on the agenda for its actions only: it has no referral.").format(
                    ref=reference
                )
            )
            return None
        dialog = ReferralDialog(
            self, self._session, str(reference), current, self._clock().astimezone().date()
        )
        self._dialogs.track(dialog)
        dialog.accepted.connect(lambda: self._show_meeting(self.meetings.currentRow()))
        dialog.open()
        return dialog

    def review_selected(self) -> None:
        meeting_id = self.current_meeting()
        action_id = self._selected(self.actions_table, self.actions_model)
        if meeting_id is None or action_id is None:
            self.message.setText(self.tr("Choose an action carried from the last meeting."))
            return
        with report_errors(self.message) as outcome:
            ConferenceService(self._session).review(
                meeting_id,
                int(str(action_id)),
                ActionStatus(self.outcome.currentData()),
                self.reason.text(),
            )
        if outcome.failed:
            return
        self.reason.clear()
        self._show_meeting(self.meetings.currentRow())

    def close_minutes(self) -> None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return

        def close() -> None:
            with report_errors(self.message) as outcome:
                ConferenceService(self._session).close(meeting_id)
            if outcome.failed:
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
