"""Each role's home screen: the day's work from services/agenda.py, newest and most urgent first.

A clinician sees live countdowns for PEP, emergency contraception and forensic sampling; a
caseworker their cases and tasks; a counsellor today's sessions; a legal advocate hearings and
expiring orders; a shelter officer the stays and exits; a manager the counts; the admin the
staff accounts and the centre's settings (no survivor data at all)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.casefile import GbvType
from onestop.domain.roles import Action, Capability, Section, may
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.labels import label
from onestop.gui.layouts import clear_layout
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.views.admin import AdminView
from onestop.gui.views.admin.rooms import RoomsEditor
from onestop.gui.views.confirm_colleagues import (
    ConfirmColleaguesDialog,
    ConfirmNotice,
    ask_to_confirm,
    home_notices,
)
from onestop.gui.views.documents import PeriodChoices
from onestop.gui.views.export import ExportDialog
from onestop.gui.views.incident_recorder import offer_incident_recorder
from onestop.gui.views.reminders import reminder_headers, reminder_row
from onestop.gui.widgets.chart import BarChart
from onestop.gui.widgets.controls import table_view
from onestop.gui.widgets.countdown import WindowBadge, shown
from onestop.gui.widgets.dates import to_qdate
from onestop.gui.widgets.flow import flow_box
from onestop.gui.widgets.screen import report_errors
from onestop.i18n import isolating
from onestop.services.agenda import Agenda, AgendaItem, AgendaService
from onestop.services.breakglass import BreakGlassService
from onestop.services.exports import DOCUMENT_NAMES
from onestop.services.reminders import Reminder, ReminderService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService

TICK_MS = 30_000
SAMPLE = 50  # rows a home table's columns are sized from (widgets.controls.size_from_sample)


class HomeView(QWidget):
    open_case = Signal(str)
    settings_changed = Signal()
    new_intake = Signal()  # a walk-in is to be registered

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._session = session
        self._dialogs = dialogs
        self._clock = clock
        self.agenda: Agenda | None = None
        self.reminders: tuple[Reminder, ...] = ()
        self.badges: list[WindowBadge] = []
        outer = QVBoxLayout(self)
        self.greeting = QLabel(self)
        self.greeting.setObjectName("greeting")
        outer.addWidget(self.greeting)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.scroller = scroll
        self.outer = outer
        self.body = QWidget(scroll)
        self.column = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        self.admin: AdminView | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)

    def titles(self) -> dict[str, str]:
        return {
            "clinical_windows": self.tr("Patients with open clinical windows"),
            "my_cases": self.tr("My open cases"),
            "tasks_due": self.tr("Tasks due in the next 7 days"),
            "sessions_today": self.tr("Today's sessions"),
            "hearings": self.tr("Hearings in the next 14 days"),
            "orders_expiring": self.tr("Protection orders expiring within 30 days"),
            "stays": self.tr("In the shelter now"),
            "expected_exits": self.tr("Expected exits in the next 7 days"),
        }

    def refresh(self) -> None:
        actor = self._session.actor
        role = actor.role
        self.greeting.setText(
            self.tr("Signed in as {name} ({role})").format(
                **isolating(name=actor.display_name, role=label(role) if role else "")
            )
        )
        if may(role, Capability.ADMINISTER):
            self._admin()
            return
        self._clear()
        self._notices()
        now = self._clock()
        local_midnight = QDateTime(to_qdate(now.astimezone().date()), QTime(0, 0))
        start = datetime.fromtimestamp(local_midnight.toSecsSinceEpoch(), now.tzinfo)
        with report_errors(lambda exc: self._add(QLabel(explain(exc), self.body))) as outcome:
            self.agenda = AgendaService(self._session).today(now, start)
        if outcome.failed:
            return
        if self._session.allowed(Section.IDENTITY, Action.WRITE):
            intake = QPushButton(self.tr("&New intake…"), self.body)
            intake.setObjectName("homeIntakeButton")
            intake.setAccessibleName(self.tr("New intake"))
            intake.clicked.connect(self.new_intake)
            self.column.addWidget(intake, 0, Qt.AlignmentFlag.AlignLeft)
        if self._session.allowed(Section.STATISTICS, Action.READ):
            stats = QPushButton(self.tr("Print anonymised &statistics…"), self.body)
            stats.setObjectName("statisticsButton")
            stats.clicked.connect(self.export_statistics)
            self.column.addWidget(stats, 0, Qt.AlignmentFlag.AlignLeft)
        if may(role, Capability.TEAM_FIGURES):
            self._counts(self.agenda)
        for agenda_list in self.agenda.lists:
            self._heading(self.titles().get(agenda_list.key, agenda_list.key))
            if agenda_list.key == "clinical_windows":
                self._clinical(agenda_list.items)
            else:
                self._table(agenda_list.key, agenda_list.items)
        self._reminders(now)
        self.column.addStretch(1)
        self._tick.start()

    def _notices(self) -> None:
        """First on the page: that this account waits for a colleague's confirmation (with
        the fingerprint to read aloud), or the colleagues who wait for this person's keys."""
        with report_errors(lambda exc: self._add(QLabel(explain(exc), self.body))):
            for notice in home_notices(self._session, self.body):
                if isinstance(notice, ConfirmNotice):
                    notice.confirm.connect(self.confirm_colleagues)
                self._add(notice)

    def confirm_colleagues(self) -> ConfirmColleaguesDialog | None:
        """The colleagues waiting for keys this person holds (at sign-in, or from the home
        screen's notice after "Not now"); the home screen is read again once she has
        confirmed someone (after "Not now" alone nothing changed)."""
        dialog = ask_to_confirm(self._session, self._dialogs, self)
        if dialog is not None:
            confirmed: list[str] = []
            dialog.confirmed.connect(confirmed.append)
            dialog.finished.connect(lambda _r: self.refresh() if confirmed else None)
        return dialog

    def export_statistics(self) -> ExportDialog:
        choices = PeriodChoices(self._session, self._centre_today())
        dialog = ExportDialog(
            self._session,
            DOCUMENT_NAMES["statistics"],
            choices.period().slug,
            None,
            self,
            extra=choices,
            choose=choices.choose,
            about=self.tr(
                "Anonymised counts for a period, for partners and funders: no name, no case "
                "reference, and no count small enough to point to someone."
            ),
            about_her=False,
        )
        choices.changed.connect(dialog.set_default_name)
        offer_incident_recorder(dialog, self._session, self._dialogs, self._centre_today())
        self._dialogs.track(dialog)
        return dialog

    def _centre_today(self) -> date:
        """Today at the centre: statistics are released only for periods that have ended
        there (the export checks it in the centre's zone), so the periods offered are worked
        out on the centre's day, not on the date in UTC (west of UTC, on the evening of a
        month's last day, that offered the month not yet ended, then refused it)."""
        try:
            zone = ZoneInfo(SettingsService(self._session).time_zone())
        except OneStopError:  # the settings cannot be read: the screens' zone
            return self._clock().astimezone().date()
        return self._clock().astimezone(zone).date()

    def clear(self) -> None:
        if self.admin is not None:
            self.admin.clear()  # the admin's screens stay: a job may be running in them
        self._tick.stop()
        self._clear()
        self.agenda = None
        self.reminders = ()

    def _clear(self) -> None:
        self.badges = []
        clear_layout(self.column)

    def _add(self, widget: QWidget) -> None:
        self.column.addWidget(widget)

    def _heading(self, text: str) -> None:
        label = QLabel(text, self.body)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        self._add(label)

    def _clinical(self, items: tuple[AgendaItem, ...]) -> None:
        """One row per incident, the window that may close first at the top: who, the
        incident the windows count from, what is due, and the countdowns (on as many lines as
        they need, never cut)."""
        if not items:
            self._add(QLabel(self.tr("No open clinical windows."), self.body))
        for item in items:
            row = QFrame(self.body)
            row.setObjectName("clinicalRow")
            row.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(row)
            line = QHBoxLayout()
            column.addLayout(line)
            open_button = QPushButton(f"{item.reference} · {item.display_name}", row)
            open_button.setObjectName("openCaseButton")
            open_button.clicked.connect(
                lambda _c=False, ref=item.reference: self.open_case.emit(ref)
            )
            line.addWidget(open_button)
            source = f"{phrase(item.incident)} · {fmt.when(item.when)}"
            incident = QLabel(source, row)
            incident.setObjectName("clinicalIncident")
            line.addWidget(incident)
            due = QLabel(phrase(item.what), row)
            due.setObjectName("clinicalDue")
            due.setStyleSheet("font-weight: 600;")
            line.addWidget(due)
            line.addStretch(1)
            chips, flow = flow_box(row, "clinicalChips")
            for alert in item.alerts:
                if shown(alert):
                    badge = WindowBadge(alert, chips, source)
                    flow.addWidget(badge)
                    self.badges.append(badge)
            column.addWidget(chips)
            self._add(row)

    def _table(self, key: str, items: tuple[AgendaItem, ...]) -> None:
        if not items:
            self._add(QLabel(self.tr("Nothing here."), self.body))
            return
        self._case_table(
            f"{key}Table",
            self.titles().get(key, key),
            [self.tr("When"), self.tr("Reference"), self.tr("Name or alias"), self._what(key)],
            [(fmt.when(i.when), i.reference, i.display_name, phrase(i.what)) for i in items],
            [i.reference for i in items],
        )

    def _what(self, key: str) -> str:
        """The last column's heading: what each list's rows say (what is due, and so on)."""
        return {
            "my_cases": self.tr("Status"),
            "tasks_due": self.tr("Task due"),
            "sessions_today": self.tr("Session"),
            "hearings": self.tr("Court and purpose"),
            "orders_expiring": self.tr("Order"),
            "stays": self.tr("Room / bed"),
            "expected_exits": self.tr("Room / bed"),
        }.get(key, self.tr("What is due"))

    def _case_table(
        self,
        name: str,
        title: str,
        headers: list[str],
        rows: list[tuple[str, ...]],
        references: list[str],
    ) -> None:
        """A short table of cases; activating a row opens that case."""
        model = RowsModel(headers, rows, references, self.body)
        # Her cases can be hundreds at a busy centre: columns sized from a sample of them.
        view = table_view(self.body, name, title, model, sample=SAMPLE)
        model.setParent(view)
        view.setMinimumHeight(min(320, 60 + 30 * len(rows)))
        view.activated.connect(lambda index: self.open_case.emit(str(model.key(index.row()))))
        self._add(view)

    def _reminders(self, now: datetime) -> None:
        """The first reminders due and how many more (the Reminders tab has them all): only
        the few shown are read whole."""
        self._heading(self.tr("Reminders"))
        with report_errors(lambda exc: self._add(QLabel(explain(exc), self.body))) as outcome:
            days = SettingsService(self._session).referral_overdue_days()
            summary = ReminderService(self._session).summary(now, days)  # the first HOME
        if outcome.failed:
            return
        self.reminders = shown_now = summary.first
        if not shown_now:
            self._add(QLabel(self.tr("No reminders."), self.body))
            return
        self._case_table(
            "homeRemindersTable",
            self.tr("Reminders"),
            reminder_headers(),
            [reminder_row(r, now) for r in shown_now],
            [r.reference for r in shown_now],
        )
        if summary.total > len(shown_now):
            more = QLabel(
                self.tr("%n more on the Reminders tab.", "", summary.total - len(shown_now)),
                self.body,
            )
            more.setObjectName("moreReminders")
            self._add(more)

    def _counts(self, agenda: Agenda) -> None:
        self._heading(self.tr("The centre"))
        form = QFormLayout()
        box = QWidget(self.body)
        box.setLayout(form)
        form.addRow(self.tr("Open cases"), QLabel(str(agenda.counts.get("open_cases", 0)), box))
        form.addRow(
            self.tr("Opened in the last 30 days"),
            QLabel(str(agenda.counts.get("opened_30_days", 0)), box),
        )
        try:
            to_review = str(BreakGlassService(self._session).count_to_review())
        except OneStopError as exc:
            to_review = explain(exc)
        glass = QLabel(to_review, box)
        glass.setObjectName("glassToReview")
        form.addRow(self.tr("Break-glass accesses to review"), glass)
        self._add(box)
        self._charts(agenda)

    def _charts(self, agenda: Agenda) -> None:
        """The manager's trends: cases opened per month, incidents recorded by type."""
        self.charts: list[BarChart] = []
        opened = agenda.trends.get("opened_by_month", ())
        locale = QLocale()
        if opened:
            bars = [
                (
                    locale.monthName(int(month[5:]), QLocale.FormatType.ShortFormat),
                    count,
                )
                for month, count in opened
            ]
            chart = BarChart(self.tr("Cases opened, month by month (last 12 months)"), bars)
            chart.setObjectName("openedByMonthChart")
            self.charts.append(chart)
        by_type = agenda.trends.get("incidents_by_type", ())
        if by_type:
            labels = {t.value: label(t) for t in GbvType}
            chart = BarChart(
                self.tr("Incidents recorded in the last 90 days, by type"),
                [(labels.get(key, key), count) for key, count in by_type],
                horizontal=True,
            )
            chart.setObjectName("incidentsByTypeChart")
            self.charts.append(chart)
        for chart in self.charts:
            chart.setParent(self.body)
            self._add(chart)

    # -- the admin's home: staff, settings, backups, the audit trail; no survivor data --

    def _admin(self) -> None:
        if self.admin is not None:
            self.admin.accounts.refresh()
            return
        self.admin = AdminView(self._session, self._dialogs, self)
        self.admin.settings_changed.connect(self.settings_changed)
        self.rooms = RoomsEditor(self._session, self._dialogs, self.admin)
        self.admin.tabs.addTab(self.rooms, self.tr("Shelter &rooms and beds"))
        self.outer.addWidget(self.admin, 1)
        self.scroller.hide()
