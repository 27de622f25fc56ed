"""A survivor's file on screen: a header that always shows who and what needs attention, and one
tab per section the person may read (a section they may not read has no tab at all)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock, utc_now
from onestop.domain.health import Treatment, window_alerts
from onestop.domain.risk import RiskLevel
from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import label
from onestop.gui.layouts import clear_layout
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.views.attachments import AttachmentsPanel
from onestop.gui.views.break_glass import BreakGlassDialog, section_title
from onestop.gui.views.documents import BundleChoices, MedicoLegalChoices
from onestop.gui.views.encounter import EncounterEditor
from onestop.gui.views.export import ExportDialog
from onestop.gui.views.records import (
    ConsentLedger,
    CustodyChain,
    ForensicExams,
    IncidentBook,
    RecordPage,
    RecordsPanel,
    Specimens,
)
from onestop.gui.views.referrals import ReferralsPanel
from onestop.gui.views.risk import RiskPanel
from onestop.gui.widgets.controls import table_view
from onestop.gui.widgets.countdown import WindowBadge, shown
from onestop.services.breakglass import BreakGlassService
from onestop.services.casefile import CaseFileView, open_case_file
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentChoice
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.exports import DOCUMENT_NAMES, MEDICO_LEGAL_NEEDS, ExportService
from onestop.services.forensic import ExamDetails, HandoverForm, SpecimenForm
from onestop.services.health import HealthService
from onestop.services.incidents import IncidentForm
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.session import VaultSession
from onestop.services.tasks import TaskDetails, TaskService

TICK_MS = 30_000  # the countdowns move on twice a minute


# The tab of each section break-glass can open (a section opened so says it in its title).
_TAB_SECTIONS = {
    "incidentsTab": Section.INCIDENTS,
    "consentTab": Section.CONSENT,
    "healthTab": Section.HEALTH,
    "forensicTab": Section.FORENSIC,
    "legalTab": Section.LEGAL,
    "shelterTab": Section.SHELTER,
    "referralsTab": Section.REFERRALS,
    "tasksTab": Section.TASKS,
    "riskTab": Section.RISK,
}


def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CaseFileHeader(QFrame):
    """Reference, name or alias, age, and the alerts: safe contact, in shelter, clinical windows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.reference = _label(self, "caseReference")
        self.name = _label(self, "caseName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.age = _label(self, "caseAge")
        for w in (self.reference, self.name, self.age):
            top.addWidget(w)
        top.addStretch(1)
        self.top = top
        self.safe_contact = _label(self, "safeContact")
        self.safe_contact.setWordWrap(True)
        self.safe_contact.setStyleSheet("color: #7a4a00; font-weight: 600;")
        layout.addWidget(self.safe_contact)
        self.alerts = QHBoxLayout()
        layout.addLayout(self.alerts)
        self.badges: list[WindowBadge] = []

    def show_file(self, view: CaseFileView, now: datetime) -> None:
        case = view.case
        d = case.details
        self.reference.setText(case.reference)
        self.name.setText(case.display_name)
        age = case.age(now.date())
        self.age.setText(
            self.tr("{n} years").format(n=age) if age is not None else self.tr("age not known")
        )
        contact = []
        if d.safe_phone:
            contact.append(self.tr("Safe phone: {p}").format(p=d.safe_phone))
        contact.append(
            self.tr("messages allowed") if d.safe_message_allowed else self.tr("NO messages")
        )
        if d.safe_code_word:
            contact.append(self.tr("code word: {w}").format(w=d.safe_code_word))
        if d.safe_notes:
            contact.append(d.safe_notes)
        self.safe_contact.setText(" · ".join(contact))
        self._clear_alerts()
        if view.risk:
            latest = view.risk[-1]
            if latest.final_level is RiskLevel.HIGH:
                self._add_alert(
                    self.tr("HIGH RISK (score {n})").format(n=latest.score),
                    "highRisk",
                    "background: #fde7e9; color: #8c0014; font-weight: 700;",
                )
        if view.conference_referral:
            self._add_alert(self.tr("Referred to the case conference"), "conferenceReferral")
        if view.shelter and any(r.details.in_shelter for r in view.shelter):
            self._add_alert(self.tr("In shelter"), "inShelter")
        for section, until in view.glass.items():
            self._add_alert(
                self.tr("{section} open by break-glass until {time}").format(
                    section=section_title(section), time=fmt.when(until)
                ),
                f"glass_{section.value}",
                "background: #fff4ce; color: #6b4a00; font-weight: 600;",
            )
        self.show_windows(view, now)

    def show_windows(self, view: CaseFileView, now: datetime) -> None:
        for badge in self.badges:
            badge.deleteLater()
        self.badges = []
        if view.incidents is None:
            return
        given: dict[int, list[Treatment]] = {}
        for encounter in view.health or ():
            if encounter.details.incident_id is not None:
                given.setdefault(encounter.details.incident_id, []).extend(
                    encounter.details.treatments
                )
        for incident in view.incidents:
            if not incident.windows(now):
                continue
            for alert in window_alerts(
                incident.details.occurred, given.get(incident.incident_id, ()), now
            ):
                if shown(alert):
                    badge = WindowBadge(alert, self)
                    self.alerts.addWidget(badge)
                    self.badges.append(badge)

    def _add_alert(self, text: str, name: str, style: str = "background: #e8f0fe;") -> None:
        label = _label(self, name, text)
        label.setStyleSheet(f"{style} border-radius: 4px; padding: 2px 6px;")
        self.alerts.addWidget(label)

    def _clear_alerts(self) -> None:
        clear_layout(self.alerts)
        self.badges = []


class CaseFileWidget(QWidget):
    """The whole file; ``reload()`` reads it again (one audited transaction)."""

    closed = Signal()

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        dialogs: Dialogs,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFile")
        self._session = session
        self.reference = reference
        self._dialogs = dialogs
        self._clock = clock
        self.view: CaseFileView | None = None
        self.editor: EncounterEditor | None = None
        layout = QVBoxLayout(self)
        self.header = CaseFileHeader(self)
        layout.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sectionTabs")
        self.tabs.setAccessibleName(self.tr("Sections of the file"))
        layout.addWidget(self.tabs, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_countdowns)
        self._tick.start()
        self.health_stack: QStackedWidget | None = None
        self.risk_panel: RiskPanel | None = None
        self.referrals_panel: ReferralsPanel | None = None
        self.record_panels: list[RecordsPanel | RecordPage] = []
        self.attachments_panel: AttachmentsPanel | None = None
        self.glass_button = QPushButton(self.tr("&Break the glass…"), self)
        self.glass_button.setObjectName("breakGlassButton")
        self.glass_button.setAccessibleName(self.tr("Break the glass"))
        self.glass_button.setToolTip(
            self.tr("Open a section your role does not see, with a reason the manager reviews")
        )
        self.glass_button.clicked.connect(self.break_glass)
        self.glass_button.hide()
        self.header.top.addWidget(self.glass_button)

    def tab_names(self) -> list[str]:
        return [w.objectName() for i in range(self.tabs.count()) if (w := self.tabs.widget(i))]

    def reload(self) -> bool:
        try:
            view = open_case_file(self._session, self.reference)
        except Exception as exc:
            self._dialogs.error(self, exc, self.tr("Cannot open the file"))
            return False
        self.view = view
        now = self._clock()
        self.header.show_file(view, now)
        shown = self.tabs.currentWidget()
        current = shown.objectName() if shown is not None else ""
        keep_editor = self.has_unsaved
        if not keep_editor:
            self._build_tabs(view)
        for i, name in enumerate(self.tab_names()):
            if name == current:
                self.tabs.setCurrentIndex(i)
            section = _TAB_SECTIONS.get(name)
            if section is not None and section in view.glass:
                self.tabs.setTabText(
                    i, self.tr("{title} (break-glass)").format(title=section_title(section))
                )
        self.glass_button.setVisible(bool(self.glass_sections()))
        return True

    def glass_sections(self) -> list[Section]:
        """The sections of this file she may still open by break-glass."""
        glass = BreakGlassService(self._session)
        opened = self.view.glass if self.view is not None else {}
        return [s for s in Section if glass.may_open(s) and s not in opened]

    def break_glass(self) -> BreakGlassDialog:
        dialog = BreakGlassDialog(self._session, self.reference, self.glass_sections(), self)
        dialog.accepted.connect(self.reload)
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    def refresh_countdowns(self) -> None:
        if self.view is None:
            return
        now = self._clock()
        if any(until <= now for until in self.view.glass.values()) and not self.has_unsaved:
            self.reload()  # a break-glass access ended: its section leaves the screen
            return
        self.header.show_windows(self.view, now)

    # -- tabs --

    def _build_tabs(self, v: CaseFileView) -> None:
        rows: list[tuple[str, ...]]
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()  # removes the pages without deleting them
        for page in old:
            if page is not None:
                page.deleteLater()
        self.editor = None
        self.record_panels = []
        identity = RecordPage(
            "record:identity",
            Section.IDENTITY,
            self._identity(v),
            v.case,
            SurvivorDetails,
            {
                "name": self.tr("Name"),
                "alias": self.tr("Alias"),
                "date_of_birth": self.tr("Date of birth"),
                "estimated_age": self.tr("Estimated age"),
                "sex": self.tr("Sex"),
                "gender": self.tr("Gender"),
                "languages": self.tr("Languages (separated by commas)"),
                "disability": self.tr("Disability"),
                "children_count": self.tr("Children"),
                "children_notes": self.tr("About the children"),
                "safe_phone": self.tr("Safe phone"),
                "safe_message_allowed": self.tr("Messages allowed"),
                "safe_code_word": self.tr("Code word"),
                "safe_notes": self.tr("Safe contact notes"),
            },
            lambda details, editing: CaseService(self._session).update(
                self.reference, details, editing.version
            ),
            self._session.allowed(Section.IDENTITY, Action.WRITE, self.reference),
            self._dialogs,
            self._clock,
            self,
        )
        identity.changed.connect(self.reload)
        self.record_panels.append(identity)
        self._add("identityTab", self.tr("Identity"), identity)
        if v.incidents is not None:
            box = QWidget(self)
            col = QVBoxLayout(box)
            incidents = RecordsPanel(
                IncidentBook(self._session),
                self._session,
                self.reference,
                [
                    SimpleNamespace(
                        record_id=i.incident_id,
                        version=i.version,
                        details=IncidentForm.of(i.details),
                        occurred=i.details.occurred,
                    )
                    for i in v.incidents
                ],
                IncidentForm,
                {
                    "occurred": self.tr("Time known"),
                    "earliest": self.tr("From (or at)"),
                    "latest": self.tr("To"),
                    "gbv_type": self.tr("Type"),
                    "context": self.tr("Context"),
                    "place": self.tr("Place"),
                    "perpetrator_relationship": self.tr("Perpetrator"),
                    "perpetrator_count": self.tr("Perpetrators"),
                    "reported_to_police": self.tr("Police"),
                    "description": self.tr("Description"),
                },
                self.tr("Incidents"),
                self._dialogs,
                self._clock,
                self,
            )
            incidents.changed.connect(self.reload)
            self.record_panels.append(incidents)
            col.addWidget(incidents, 1)
            for linked in v.perpetrators or ():
                if linked.warning:
                    col.addWidget(_label(box, "perpetratorWarning", linked.warning))
            self._add("incidentsTab", self.tr("Incidents"), box)
        if v.consent is not None:
            decisions = [
                SimpleNamespace(
                    record_id=c.entry_id,
                    version=1,
                    recorded_by=c.recorded_by,
                    details=ConsentChoice(
                        c.purpose, c.decision, c.given_by, c.agency, c.guardian_name, c.decided_at
                    ),
                )
                for c in v.consent
            ]
            consent = RecordsPanel(
                ConsentLedger(self._session),
                self._session,
                self.reference,
                decisions,
                ConsentChoice,
                {
                    "purpose": self.tr("Purpose"),
                    "decision": self.tr("Decision"),
                    "given_by": self.tr("Given by"),
                    "agency": self.tr("Agency"),
                    "guardian_name": self.tr("Guardian"),
                    "decided_at": self.tr("Decided"),
                },
                self.tr("Consent decisions (a withdrawal is a new decision)"),
                self._dialogs,
                self._clock,
                self,
                editable=False,
                extra_columns=[(self.tr("Recorded by"), lambda r: r.recorded_by)],
            )
            consent.changed.connect(self.reload)
            self.record_panels.append(consent)
            self._add("consentTab", self.tr("Consent"), consent)
        if v.health is not None:
            self._add("healthTab", self.tr("Health"), self._health(v))
        if v.forensic is not None:
            forensic = QScrollArea(self)
            forensic.setWidgetResizable(True)
            forensic.setFrameShape(QFrame.Shape.NoFrame)
            forensic.setWidget(self._forensic(v))
            self._add("forensicTab", self.tr("Forensic"), forensic)
        if v.counselling is not None:
            self._add(
                "counsellingTab",
                self.tr("Counselling notes"),
                self._records(
                    CounsellingService(self._session),
                    v.counselling,
                    SessionDetails,
                    {
                        "held_at": self.tr("Held"),
                        "session_type": self.tr("Type"),
                        "notes": self.tr("Notes"),
                        "plan": self.tr("Plan"),
                    },
                    self.tr("Counselling sessions"),
                ),
            )
        if v.legal_matters is not None:
            legal = QScrollArea(self)
            legal.setWidgetResizable(True)
            legal.setFrameShape(QFrame.Shape.NoFrame)
            legal.setWidget(self._legal(v))  # three lists and a form: it scrolls on a laptop
            self._add("legalTab", self.tr("Legal"), legal)
        if v.shelter is not None:
            rows = [
                (
                    fmt.when(r.details.admitted_at),
                    r.details.room,
                    r.details.bed,
                    str(r.details.children_count),
                    fmt.day(r.details.planned_exit),
                    fmt.when(r.details.exited_at),
                )
                for r in v.shelter
            ]
            headers = [
                self.tr("Admitted"),
                self.tr("Room"),
                self.tr("Bed"),
                self.tr("Children"),
                self.tr("Planned exit"),
                self.tr("Left"),
            ]
            self._add(
                "shelterTab",
                self.tr("Shelter"),
                table_view(
                    self, "shelterTable", "shelterTable", RowsModel(headers, rows, parent=self)
                ),
            )
        self.referrals_panel = None
        if v.referrals is not None:
            self.referrals_panel = ReferralsPanel(self._session, v, self._dialogs, self)
            self.referrals_panel.changed.connect(self.reload)
            self._add("referralsTab", self.tr("Referrals"), self.referrals_panel)
        if v.tasks is not None:
            self._add(
                "tasksTab",
                self.tr("Tasks"),
                self._records(
                    TaskService(self._session),
                    v.tasks,
                    TaskDetails,
                    {
                        "due_at": self.tr("Due"),
                        "title": self.tr("Task"),
                        "assignee": self.tr("Assigned to"),
                        "done": self.tr("Done"),
                    },
                    self.tr("Tasks"),
                ),
            )
        self.risk_panel = None
        if v.risk is not None:
            self.risk_panel = RiskPanel(self._session, v, self)
            self.risk_panel.changed.connect(self._risk_saved)
            self.risk_panel.print_plan.connect(self.export_safety_plan)
            self._add("riskTab", self.tr("Risk and safety"), self.risk_panel)
        self.attachments_panel = AttachmentsPanel(
            self._session, self.reference, v.attachments, self._dialogs, self._clock, self
        )
        self.attachments_panel.changed.connect(self.reload)
        self._add("attachmentsTab", self.tr("Attachments"), self.attachments_panel)
        rows = [(fmt.when(e.at), section_title(e.section), phrase(e.summary)) for e in v.timeline]
        headers = [self.tr("When"), self.tr("Section"), self.tr("What")]
        self._add(
            "timelineTab",
            self.tr("Timeline"),
            table_view(
                self, "timelineTable", "timelineTable", RowsModel(headers, rows, parent=self)
            ),
        )

    def _add(self, name: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(title)
        self.tabs.addTab(widget, title)

    def _identity(self, v: CaseFileView) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        d = v.case.details
        rows: list[tuple[str, str]] = [
            (self.tr("Name"), d.name),
            (self.tr("Alias"), d.alias),
            (self.tr("Date of birth"), fmt.day(d.date_of_birth)),
            (self.tr("Estimated age"), "" if d.estimated_age is None else str(d.estimated_age)),
            (self.tr("Sex"), label(d.sex)),
            (self.tr("Gender"), d.gender),
            (self.tr("Languages"), ", ".join(d.languages)),
            (self.tr("Disability"), d.disability),
            (self.tr("Children"), "" if d.children_count is None else str(d.children_count)),
            (self.tr("About the children"), d.children_notes),
            (self.tr("Caseworker"), v.case.caseworker or ""),
            (self.tr("Status"), label(v.case.status)),
            (self.tr("Opened"), fmt.when(v.case.opened_at)),
        ]
        for title, value in rows:
            shown = _label(box, f"identity_{title}", value)
            shown.setWordWrap(True)
            form.addRow(title, shown)
        return box

    def _health(self, v: CaseFileView) -> QWidget:
        stack = QStackedWidget(self)
        self.health_stack = stack
        page = QWidget(stack)
        col = QVBoxLayout(page)
        rows = []
        for e in v.health or ():
            injuries = ", ".join(f"{i.number}. {i.kind}" for i in e.details.injuries)
            timings = "; ".join(phrase(t) for t in e.treatment_timings()) or ", ".join(
                label(t.kind) for t in e.details.treatments
            )
            rows.append((fmt.when(e.details.seen_at), e.updated_by, injuries, timings))
        headers = [self.tr("Seen"), self.tr("By"), self.tr("Injuries"), self.tr("Treatments")]
        col.addWidget(
            table_view(
                page, "encounterTable", "encounterTable", RowsModel(headers, rows, parent=page)
            )
        )
        buttons = QHBoxLayout()
        if self._session.allowed(Section.HEALTH, Action.WRITE):
            record = QPushButton(self.tr("&Record an encounter…"), page)
            record.setObjectName("recordEncounterButton")
            record.clicked.connect(self.start_encounter)
            buttons.addWidget(record)
        if self._may_read(*MEDICO_LEGAL_NEEDS) and (v.health or v.forensic):
            report = QPushButton(self.tr("Print the &medico-legal report…"), page)
            report.setObjectName("medicoLegalButton")
            report.clicked.connect(self.export_medico_legal)
            buttons.addWidget(report)
        buttons.addStretch(1)
        col.addLayout(buttons)
        stack.addWidget(page)
        return stack

    def start_encounter(self, draft: dict[str, Any] | None = None) -> EncounterEditor | None:
        if self.view is None or self.health_stack is None:
            return None
        editor = EncounterEditor(
            HealthService(self._session),
            self.reference,
            self.view.incidents or (),
            self._clock,
            self,
        )
        if isinstance(draft, dict):
            editor.restore(draft)
        self.editor = editor
        scroll = QScrollArea(self.health_stack)
        scroll.setObjectName("encounterScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        self.health_stack.addWidget(scroll)
        self.health_stack.setCurrentWidget(scroll)
        editor.saved.connect(self._encounter_saved)
        editor.cancelled.connect(self._encounter_cancelled)
        editor.history.setFocus()
        return editor

    def _encounter_saved(self, _encounter: object) -> None:
        self.editor = None
        self.reload()

    def _encounter_cancelled(self) -> None:
        editor = self.editor

        def drop() -> None:
            self.editor = None
            scroll = self.health_stack.currentWidget() if self.health_stack else None
            if self.health_stack is not None and isinstance(scroll, QScrollArea):
                self.health_stack.removeWidget(scroll)
                scroll.deleteLater()

        if editor is not None and editor.has_unsaved:
            self._dialogs.confirm(
                self,
                self.tr("Discard the encounter?"),
                self.tr("What you typed in this encounter has not been saved."),
                drop,
                yes=self.tr("Discard"),
                no=self.tr("Keep editing"),
            )
        else:
            drop()

    def _forensic(self, v: CaseFileView) -> QWidget:
        """Examinations, their specimens (each with its seal and who holds it now) and the
        chain of custody: each added in place; a hand-over is never edited."""
        box = QWidget(self)
        col = QVBoxLayout(box)
        exams = v.forensic or ()
        linked = [(self.tr("Not linked to an incident"), None)] + [
            (
                f"{label(i.details.gbv_type)} · {phrase(i.details.occurred.describe())}",
                i.incident_id,
            )
            for i in v.incidents or ()
        ]
        col.addWidget(
            self._records(
                ForensicExams(self._session),
                [
                    SimpleNamespace(record_id=e.exam_id, version=e.version, details=e.details)
                    for e in exams
                ],
                ExamDetails,
                {
                    "started_at": self.tr("Started"),
                    "examiner": self.tr("Examiner"),
                    "incident_id": self.tr("Incident"),
                    "notes": self.tr("Notes"),
                },
                self.tr("Examinations"),
                choices={"incident_id": linked},
            )
        )
        if not exams:
            return box
        which_exam = [
            (f"{fmt.when(e.details.started_at)} · {e.details.examiner}", e.exam_id) for e in exams
        ]
        specimens = [(e, sp) for e in exams for sp in e.specimens]
        col.addWidget(
            self._records(
                Specimens(self._session),
                [
                    SimpleNamespace(
                        record_id=sp.specimen_id,
                        version=sp.version,
                        holder=sp.holder,
                        details=SpecimenForm(
                            e.exam_id,
                            sp.details.specimen_type,
                            sp.details.collected_at,
                            sp.details.collected_by,
                            sp.details.seal_number,
                            sp.details.notes,
                        ),
                    )
                    for e, sp in specimens
                ],
                SpecimenForm,
                {
                    "exam_id": self.tr("Examination"),
                    "specimen_type": self.tr("Specimen"),
                    "seal_number": self.tr("Seal"),
                    "collected_at": self.tr("Collected"),
                    "collected_by": self.tr("Collected by"),
                    "notes": self.tr("Notes"),
                },
                self.tr("Specimens"),
                choices={"exam_id": which_exam},
                extra_columns=[(self.tr("Held by"), lambda r: r.holder)],
            )
        )
        if not specimens:
            return box
        which_specimen = [
            (
                f"{sp.details.seal_number} · {label(sp.details.specimen_type)}",
                sp.specimen_id,
            )
            for _e, sp in specimens
        ]
        col.addWidget(
            self._records(
                CustodyChain(self._session),
                [
                    SimpleNamespace(
                        record_id=n,
                        version=1,
                        details=HandoverForm(
                            sp.specimen_id,
                            h.handed_from,
                            h.handed_to,
                            h.organisation,
                            h.at,
                            h.purpose,
                        ),
                    )
                    for n, (_e, sp, h) in enumerate(
                        (e, sp, h) for e, sp in specimens for h in sp.chain
                    )
                ],
                HandoverForm,
                {
                    "specimen_id": self.tr("Specimen"),
                    "at": self.tr("When"),
                    "handed_from": self.tr("From"),
                    "handed_to": self.tr("To"),
                    "organisation": self.tr("Organisation"),
                    "purpose": self.tr("Purpose"),
                },
                self.tr("Chain of custody (hand-overs are never edited)"),
                choices={"specimen_id": which_specimen},
                editable=False,
            )
        )
        return box

    def _legal(self, v: CaseFileView) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        if self._may_read(Section.IDENTITY, Section.CONSENT, Section.LEGAL):
            bundle = QPushButton(self.tr("Print the court &bundle…"), box)
            bundle.setObjectName("courtBundleButton")
            bundle.clicked.connect(self.export_bundle)
            col.addWidget(bundle, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(
            self._records(
                LegalMatters(self._session),
                v.legal_matters or (),
                MatterDetails,
                {
                    "police_reference": self.tr("Police reference"),
                    "court": self.tr("Court"),
                    "court_case_number": self.tr("Case number"),
                    "notes": self.tr("Notes"),
                },
                self.tr("Matters"),
            )
        )
        col.addWidget(
            self._records(
                Hearings(self._session),
                v.hearings or (),
                HearingDetails,
                {
                    "held_at": self.tr("When"),
                    "court": self.tr("Court"),
                    "purpose": self.tr("Purpose"),
                    "outcome": self.tr("Outcome"),
                },
                self.tr("Hearings"),
            )
        )
        col.addWidget(
            self._records(
                ProtectionOrders(self._session),
                v.protection_orders or (),
                OrderDetails,
                {
                    "order_type": self.tr("Type"),
                    "issued_on": self.tr("Issued"),
                    "expires_on": self.tr("Expires"),
                    "conditions": self.tr("Conditions"),
                    "active": self.tr("In force"),
                },
                self.tr("Protection orders"),
            )
        )
        return box

    def _records(
        self,
        service: Any,
        records: Sequence[Any],
        details_type: type[Any],
        labels: dict[str, str],
        title: str,
        **options: Any,
    ) -> RecordsPanel:
        panel = RecordsPanel(
            service,
            self._session,
            self.reference,
            records,
            details_type,
            labels,
            title,
            self._dialogs,
            self._clock,
            self,
            **options,
        )
        panel.changed.connect(self.reload)
        self.record_panels.append(panel)
        return panel

    # -- documents --

    def _may_read(self, *sections: Section) -> bool:
        return all(self._session.allowed(section, Action.READ) for section in sections)

    def _export(self, document: str, extra: Any) -> ExportDialog:
        """The export dialog for a document of this case with ``extra`` choices in it."""
        dialog = ExportDialog(
            self._session,
            DOCUMENT_NAMES[document],
            self.reference,
            None,
            self,
            extra=extra,
            choose=extra.choose,
        )
        self._dialogs.track(dialog)
        return dialog

    def export_medico_legal(self) -> ExportDialog:
        incidents = self.view.incidents or () if self.view is not None else ()
        return self._export(
            "medico-legal", MedicoLegalChoices(self._session, self.reference, incidents)
        )

    def export_bundle(self) -> ExportDialog:
        return self._export("bundle", BundleChoices(self._session, self.reference))

    def export_safety_plan(self) -> ExportDialog:
        session, reference = self._session, self.reference
        dialog = ExportDialog(
            session,
            DOCUMENT_NAMES["safety-plan"],
            reference,
            lambda options: ExportService(session).safety_plan(reference, options),
            self,
        )
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    # -- unsaved work --

    def _risk_saved(self) -> None:
        self.risk_panel = None  # saved: nothing unsaved left in it
        self.reload()

    @property
    def has_unsaved(self) -> bool:
        return (
            (self.editor is not None and self.editor.has_unsaved)
            or (self.risk_panel is not None and self.risk_panel.has_unsaved)
            or any(p.has_unsaved for p in self.record_panels)
        )

    def drafts(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if self.editor is not None and self.editor.has_unsaved:
            found.append(
                {
                    "kind": "encounter",
                    "section": Section.HEALTH,
                    "reference": self.reference,
                    "fields": self.editor.draft(),
                }
            )
        found.extend(
            {"kind": p.kind, "section": p.section, "reference": self.reference, "fields": p.draft()}
            for p in self.record_panels
            if p.has_unsaved
        )
        if self.risk_panel is not None:
            found.extend(
                {"kind": kind, "section": Section.RISK, "reference": self.reference, "fields": f}
                for kind, f in self.risk_panel.drafts()
            )
        return found

    def restore_record_draft(self, kind: str, fields: dict[str, Any]) -> bool:
        """Reopen a kept form of a section's record where it was; False if no tab takes it."""
        for panel in self.record_panels:
            if panel.kind == kind:
                self.bring_forward(panel)
                panel.restore(fields)
                return True
        return False

    def bring_forward(self, widget: QWidget) -> None:
        """Show the tab that holds ``widget``."""
        tab: QWidget | None = widget
        while tab is not None:
            if self.tabs.indexOf(tab) >= 0:
                self.tabs.setCurrentWidget(tab)
                return
            tab = tab.parentWidget()

    def restore_risk_draft(self, kind: str, fields: dict[str, Any]) -> None:
        if self.risk_panel is not None:
            self.tabs.setCurrentWidget(self.risk_panel)
            self.risk_panel.restore(kind, fields)
