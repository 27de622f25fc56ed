"""The choices some documents need before they are built, shown inside the export dialog: who
a medico-legal report is for and which incident it covers, the court bundle's sections and
their order, the period of the statistics. Each gives the dialog the export to run with the
choices made (on the GUI thread, when Export is pressed), or says what is missing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.consent import Purpose
from onestop.domain.periods import Span
from onestop.domain.roles import Action, Section
from onestop.domain.validation import without_direction_controls
from onestop.errors import OneStopError, PermissionDenied
from onestop.gui import fmt
from onestop.gui.dialogs import explain
from onestop.gui.labels import label
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import message_label
from onestop.services.conferences import (
    MAX_PERSON,
    MAX_VENUE,
    Attendance,
    ConferenceService,
    Discussion,
)
from onestop.services.exports import (
    BUNDLE_NEEDS,
    SECTION_LETTERS,
    BundleSection,
    ChronologyLine,
    CourtDetails,
    Exported,
    ExportOptions,
    ExportService,
    in_bundle_order,
)
from onestop.services.forensic import ExamRecord, ForensicService
from onestop.services.health import Encounter
from onestop.services.health import standing as health_standing
from onestop.services.incidents import IncidentRecord, standing
from onestop.services.session import VaultSession
from onestop.services.statistics import Period

from .conference_referral import LEAST_HEIGHT, CaseRows, MeetingTime, SharingChoices
from .export import Run

SECTION_ROLE = Qt.ItemDataRole.UserRole


EXAM_ROLE = Qt.ItemDataRole.UserRole + 1


class MedicoLegalChoices(QGroupBox):
    """For the police or for court (each needs her consent to that), and which examination
    the report is on: each forensic examination (a report of its own, signed by its own
    examiner), named by when it began, who examined her and the incident; and an incident
    seen at visits with no forensic examination (its report names no examiner). A walk found
    the list labelled "Incident" while it listed examinations.

    When the examination reported has no opinion of the examiner's on the findings, the report
    prints that it is not ready to sign; the dialog says so before it is exported, for the
    examination chosen, and the person may still export it as a draft."""

    # The file-name tag of the report chosen (``tag``), when the choice changes.
    tag_changed = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        incidents: Sequence[IncidentRecord],
        exams: Sequence[ExamRecord] = (),
        parent: QWidget | None = None,
        encounters: Sequence[Encounter] = (),
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The report"))
        self.setObjectName("medicoLegalChoices")
        self._session, self._reference = session, reference
        # Each examination's start, in local time, of an incident examined more than once:
        # its report's file is named after it.
        self._started: dict[int, datetime] = {}
        form = QFormLayout(self)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipientCombo")
        self.recipient.addItem(self.tr("The police"), Purpose.SHARE_WITH_POLICE.value)
        self.recipient.addItem(self.tr("Court"), Purpose.USE_IN_COURT.value)
        self.recipient.setAccessibleName(self.tr("Who the report is for"))
        caption = QLabel(self.tr("&For"), self)
        caption.setBuddy(self.recipient)
        form.addRow(caption, self.recipient)
        self.examination = QComboBox(self)
        self.examination.setObjectName("examinationCombo")
        self.examination.setAccessibleName(self.tr("The examination the report is on"))
        # An examiner's name may be long (a post and unit): the list shows it in full, the
        # field does not widen the dialog for it.
        self.examination.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.examination.setMinimumContentsLength(40)
        self.examination.addItem(self.tr("The latest examination"), None)
        names = _examiner_names(session, exams)
        seen = health_standing(encounters)
        for record in standing(incidents):
            d = record.details
            incident = self.tr("incident: {type}, {occurred}").format(
                type=label(d.gbv_type), occurred=fmt.occurred(d.occurred)
            )
            its = sorted(
                (x for x in exams if x.details.incident_id == record.incident_id),
                key=lambda x: (x.details.started_at, x.exam_id),
            )
            visits = sorted(
                e.details.seen_at for e in seen if e.details.incident_id == record.incident_id
            )
            if not its:
                if visits:  # seen, never forensically examined: a report of the visits
                    self._add(
                        self.tr("Seen {when} (no forensic examination) · {incident}").format(
                            when=fmt.when(visits[0]), incident=incident
                        ),
                        record.incident_id,
                        None,
                    )
                continue
            for x in its:
                if len(its) > 1:
                    self._started[x.exam_id] = x.details.started_at.astimezone()
                self._add(
                    self.tr("Examined {when} by {examiner} · {incident}").format(
                        when=fmt.when(x.details.started_at),
                        examiner=names[x.exam_id],
                        incident=incident,
                    ),
                    record.incident_id,
                    x.exam_id,
                )
        # An examination linked to no incident has a report of its own too.
        for x in sorted(
            (x for x in exams if x.details.incident_id is None),
            key=lambda x: (x.details.started_at, x.exam_id),
        ):
            self._add(
                self.tr("Examined {when} by {examiner} · {incident}").format(
                    when=fmt.when(x.details.started_at),
                    examiner=names[x.exam_id],
                    incident=self.tr("not linked to an incident"),
                ),
                None,
                x.exam_id,
            )
        caption = QLabel(self.tr("E&xamination"), self)
        caption.setBuddy(self.examination)
        form.addRow(caption, self.examination)
        self.unready = message_label(self, "reportNotReady")
        self.unready.setAccessibleName(self.tr("Not ready to sign"))
        form.addRow(self.unready)
        self.examination.currentIndexChanged.connect(self._check_opinion)
        self.examination.currentIndexChanged.connect(lambda _: self.tag_changed.emit(self.tag()))
        self._check_opinion()

    def _add(self, text: str, incident_id: int | None, exam_id: int | None) -> None:
        """One choice: ``text`` (its tooltip too, for a name too long for the field)."""
        self.examination.addItem(text, incident_id)
        at = self.examination.count() - 1
        self.examination.setItemData(at, exam_id, EXAM_ROLE)
        self.examination.setItemData(at, text, Qt.ItemDataRole.ToolTipRole)

    def tag(self) -> str:
        """What tells this report's file apart from another examination's of the same case:
        when its examination began (the report says so), or nothing for an incident examined
        once (a walk found the second report refused under the first one's name)."""
        exam_id = self.examination.currentData(EXAM_ROLE)
        if exam_id is None or int(exam_id) not in self._started:
            return ""
        return f"examined {self._started[int(exam_id)]:%Y-%m-%d %H%M}"

    def _chosen(self) -> tuple[int | None, int | None]:
        """The incident and the forensic examination chosen (None: the default)."""
        incident = self.examination.currentData()
        exam = self.examination.currentData(EXAM_ROLE)
        return (
            int(incident) if incident is not None else None,
            int(exam) if exam is not None else None,
        )

    def _check_opinion(self) -> None:
        """Warn, for the incident chosen, when the examiner has recorded no opinion."""
        incident_id, exam_id = self._chosen()
        try:
            missing = ExportService(self._session).medico_legal_opinion_missing(
                self._reference, incident_id, exam_id
            )
        except OneStopError:  # not hers to read, or nothing to report: the export says why
            missing = False
        self.unready.setText(
            self.tr(
                "Not ready to sign: the examiner has not recorded an opinion on the findings "
                "of this examination. The report will say so above its declaration. Record the "
                "opinion on the forensic examination first, or export it now as a draft."
            )
            if missing
            else ""
        )
        self.unready.setVisible(missing)

    def choose(self) -> Run:
        session, reference = self._session, self._reference
        purpose = Purpose(str(self.recipient.currentData()))
        incident_id, exam_id = self._chosen()
        return lambda options: ExportService(session).medico_legal(
            reference, options, purpose=purpose, incident_id=incident_id, exam_id=exam_id
        )


def _examiner_names(session: VaultSession, exams: Sequence[ExamRecord]) -> dict[int, str]:
    """Who examined her at each examination, as its report names her: the member of staff
    chosen on it, else the examiner named."""
    names: dict[int, str] = {}
    forensic = ForensicService(session)
    for x in exams:
        found = None
        if x.details.examined_by:
            try:
                found = forensic.examiner(x.details.examined_by)
            except OneStopError:
                found = None
        names[x.exam_id] = found.display_name if found is not None else x.details.examiner
    return names


class SafetyPlanChoices(QGroupBox):
    """Her copy is discreet (nothing on it names the centre, the document or the case), unless
    she wants the centre's name and the usual heading on it; her code word is left off unless
    she wants it printed: her choices, both unticked by default."""

    def __init__(self, session: VaultSession, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Her copy"))
        self.setObjectName("safetyPlanChoices")
        self._session, self._reference = session, reference
        column = QVBoxLayout(self)
        self.with_centre = QCheckBox(
            self.tr('She wants the &centre\'s name and "Safety plan" printed on it'), self
        )
        self.with_centre.setObjectName("safetyPlanWithCentre")
        self.with_centre.setAccessibleName(self.tr("Print the centre's name on her copy"))
        column.addWidget(self.with_centre)
        hint = QLabel(
            self.tr(
                "Unticked, the pages and the file's properties name neither the centre nor the "
                "case, in case someone else finds it."
            ),
            self,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.with_code_word = QCheckBox(self.tr("Print her code &word on it"), self)
        self.with_code_word.setObjectName("safetyPlanWithCodeWord")
        self.with_code_word.setAccessibleName(self.tr("Print her code word on her copy"))
        column.addWidget(self.with_code_word)
        hint = QLabel(
            self.tr(
                "Unticked, the code word is left off: whoever finds the plan would learn it. "
                "She can keep it in her head."
            ),
            self,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.with_headings = QCheckBox(self.tr("She wants the full &headings printed on it"), self)
        self.with_headings.setObjectName("safetyPlanWithHeadings")
        self.with_headings.setAccessibleName(self.tr("Print the full headings on her copy"))
        column.addWidget(self.with_headings)
        hint = QLabel(
            self.tr(
                'Unticked, its parts are headed as ordinary notes ("Things to keep ready", '
                '"Places to go"), not by what they are for, in case someone else finds it. '
                "With the centre's name printed, the full headings are printed too."
            ),
            self,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)

    def choose(self) -> Run:
        session, reference = self._session, self._reference
        with_centre = self.with_centre.isChecked()
        with_code_word = self.with_code_word.isChecked()
        with_headings = self.with_headings.isChecked()
        return lambda options: ExportService(session).safety_plan(
            reference,
            options,
            with_centre=with_centre,
            with_code_word=with_code_word,
            with_full_headings=with_headings,
        )


MINUTES_SHOWN = 360  # pixels of what the minutes say shown at first; more scroll


class MinutesChoices(QGroupBox):
    """What the minutes say, kept with the meeting: the chair, those present and the apologies
    (one "name, agency" a line), and what the meeting said of each case. Filled in from what
    is stored; Export keeps what was typed (ConferenceService.record_minutes: checked against
    the versions read here, audited) and prints the minutes from it. Once the minutes are
    closed, or for someone who may not write them, they are shown as kept, read-only.

    The meeting's time and venue head the minutes (SafeLives' minutes checklist), kept with
    the meeting. A case the minutes speak of without her consent to share with every agency
    there (``lacking``) is decided case by case, each with its own reason and note
    (``SharingChoices``), never one reason for all."""

    def __init__(
        self,
        session: VaultSession,
        meeting_id: int,
        parent: QWidget | None = None,
        lacking: dict[str, list[str]] | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("What the minutes say"))
        self.setObjectName("minutesChoices")
        self._session, self._meeting_id = session, meeting_id
        minutes = ConferenceService(session).minutes(meeting_id)
        self._stored = minutes.attendance
        self._said = minutes.discussions
        self.editable = not minutes.meeting.is_held and session.allowed(
            Section.CONFERENCES, Action.WRITE
        )
        # What the minutes say scrolls, under its own height, and the cases' sharing below it:
        # the dialog, its Export button with it, fits a screen 768 pixels high (issue 23).
        column = QVBoxLayout(self)
        said = QWidget(self)
        form = QFormLayout(said)
        form.setContentsMargins(0, 0, 0, 0)
        scroll = CaseRows(self, MINUTES_SHOWN)
        scroll.setObjectName("minutesSaid")
        scroll.setMinimumHeight(LEAST_HEIGHT)
        scroll.setWidget(said)
        column.addWidget(scroll, 1)
        if not self.editable:
            note = QLabel(
                self.tr("The minutes are closed: they are printed as kept.")
                if minutes.meeting.is_held
                else self.tr("Printed as kept: your role may not change the minutes."),
                self,
            )
            note.setWordWrap(True)
            form.addRow(note)
        self._meeting = minutes.meeting
        self.starts_at, self.venue = self._time_and_venue()
        self.chair = QLineEdit(self._stored.chair, self)
        self.chair.setMaxLength(MAX_PERSON)
        self.chair.setAccessibleName(self.tr("Chair"))
        self.present = QPlainTextEdit("\n".join(self._stored.present), self)
        self.present.setTabChangesFocus(True)
        self.present.setMaximumHeight(80)
        self.present.setAccessibleName(self.tr("Present, one a line"))
        self.apologies = QPlainTextEdit("\n".join(self._stored.apologies), self)
        self.apologies.setTabChangesFocus(True)
        self.apologies.setMaximumHeight(60)
        self.apologies.setAccessibleName(self.tr("Apologies, one a line"))
        for caption, widget in (
            (self.tr("&Time"), self.starts_at),
            (self.tr("&Venue"), self.venue),
            (self.tr("C&hair"), self.chair),
            (self.tr("&Present (name, agency)"), self.present),
            (self.tr("A&pologies"), self.apologies),
        ):
            label_ = QLabel(caption, self)
            label_.setBuddy(widget)
            form.addRow(label_, widget)
        references = sorted(
            set(minutes.heard) | {line.action.case_reference for line in minutes.reviewed}
        )
        self.discussions = self._discussions(form, references)
        self.chair.setReadOnly(not self.editable)
        for edit in (self.present, self.apologies, *self.discussions.values()):
            edit.setReadOnly(not self.editable)
        self.sharing = SharingChoices(session, meeting_id, lacking, self) if lacking else None
        if self.sharing is not None:
            column.addWidget(self.sharing)

    def _discussions(self, form: QFormLayout, references: list[str]) -> dict[str, QPlainTextEdit]:
        """What the meeting said of each case, a field each."""
        discussions: dict[str, QPlainTextEdit] = {}
        for reference in references:
            said = self._said.get(reference, Discussion())
            # Kept as typed; shown without direction overrides, which would reorder the text
            # around them (the minutes print it so too).
            edit = QPlainTextEdit(without_direction_controls(said.text), self)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
            edit.setAccessibleName(
                self.tr("Discussion of case {reference}").format(reference=reference)
            )
            heading = QLabel(self.tr("Discussion of {reference}").format(reference=reference))
            heading.setBuddy(edit)
            form.addRow(heading, edit)
            discussions[reference] = edit
        return discussions

    def _time_and_venue(self) -> tuple[MeetingTime, QLineEdit]:
        """When and where the meeting met, as kept with it (read-only when closed)."""
        starts_at = MeetingTime(self._meeting.starts_at, self)
        starts_at.setAccessibleName(self.tr("Time the meeting started"))
        venue = QLineEdit(self._meeting.venue, self)
        venue.setMaxLength(MAX_VENUE)
        venue.setAccessibleName(self.tr("Venue"))
        starts_at.setReadOnly(not self.editable)
        venue.setReadOnly(not self.editable)
        return starts_at, venue

    def typed(self) -> bool:
        """Whether answers were typed for the cases shared without consent (the export
        dialog warns before Escape loses them)."""
        return self.sharing is not None and self.sharing.typed()

    def choose(self) -> Run | str:
        """Keep what was typed (when it may be changed), then the run that prints it; or why
        it could not be kept."""
        session, meeting_id = self._session, self._meeting_id
        sharing = self.sharing.decided() if self.sharing is not None else None
        if isinstance(sharing, str):  # a case without its own reason: nothing is kept yet
            return sharing
        if self.editable:

            def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
                return tuple(x.strip() for x in edit.toPlainText().splitlines() if x.strip())

            attendance = Attendance(
                self.chair.text().strip(),
                lines(self.present),
                lines(self.apologies),
                self._stored.version,
            )
            said = {
                reference: Discussion(
                    edit.toPlainText().strip(), self._said.get(reference, Discussion()).version
                )
                for reference, edit in self.discussions.items()
            }
            try:
                conferences = ConferenceService(session)
                meeting = self._meeting
                if (self.starts_at.starts_at(), self.venue.text().strip()) != (
                    meeting.starts_at,
                    meeting.venue,
                ):
                    self._meeting = conferences.set_time_and_venue(
                        meeting_id, self.starts_at.starts_at(), self.venue.text()
                    )
                kept = conferences.record_minutes(meeting_id, attendance, said)
            except OneStopError as error:
                return explain(error)
            # Exported twice from one dialog: the second keeps from the versions now stored.
            self._stored, self._said = kept.attendance, kept.discussions
        return lambda options: ExportService(session).conference_minutes(
            options, meeting_id, sharing
        )


class ChronologyTable(QWidget):
    """Section A's chronology, generated from the case's dated records, for the advocate to
    correct before printing: edit a date or an event, add a row, remove one. Kept in memory
    only (it is her data: never in the dialog's draft); unedited, the bundle generates it
    afresh when it is built."""

    DATE, EVENT = 0, 1
    LINE_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, lines: Sequence[ChronologyLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("C&hronology for section A (edit, add or remove rows)"), self)
        column.addWidget(caption)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("chronologyTable")
        self.table.setAccessibleName(self.tr("Chronology"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setMaximumHeight(140)
        caption.setBuddy(self.table)
        for line in lines:
            self._append(line)
        self.table.setColumnWidth(self.DATE, 120)
        self.table.itemChanged.connect(self._changed)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add a &row"), self)
        add.setObjectName("chronologyAddButton")
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("Remo&ve the row"), self)
        remove.setObjectName("chronologyRemoveButton")
        remove.clicked.connect(self.remove_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)

    @staticmethod
    def shown_date(at: object) -> str:
        """A generated line's date as shown; an incident whose time was not recorded says
        so (the bundle prints "not known"), never an empty cell."""
        if isinstance(at, datetime):
            return fmt.when(at)
        if isinstance(at, date):
            return fmt.day(at)
        return str(at or "") or QCoreApplication.translate("ChronologyTable", "date not recorded")

    def _append(self, line: ChronologyLine | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        when = QTableWidgetItem(self.shown_date(line.at) if line else "")
        event = QTableWidgetItem(phrase(line.event) if line else "")
        when.setData(self.LINE_ROLE, line)
        self.table.setItem(row, self.DATE, when)
        self.table.setItem(row, self.EVENT, event)
        return row

    def _changed(self, _item: QTableWidgetItem) -> None:
        self.edited = True

    def refill(self, lines: Sequence[ChronologyLine]) -> None:
        """The generated rows afresh (the advocate's edits, if any, are kept instead)."""
        if self.edited:
            return
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            self._append(line)
        self.table.blockSignals(False)

    def add_row(self) -> None:
        """A new row after the current one (at the end when none is chosen), ready to type."""
        self.table.blockSignals(True)
        row = self._append(None)
        self.table.blockSignals(False)
        self.edited = True
        self.table.setCurrentCell(row, self.DATE)
        self.table.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited = True

    def lines(self) -> list[ChronologyLine] | None:
        """The rows as printed, or None when nothing was changed (generated afresh). A date
        or event left as generated keeps its value (a time printed in the centre's zone, an
        event in the document's language); one the advocate changed prints as she wrote it."""
        if not self.edited:
            return None
        out: list[ChronologyLine] = []
        for row in range(self.table.rowCount()):
            when, event = self.table.item(row, self.DATE), self.table.item(row, self.EVENT)
            typed_at = when.text().strip() if when else ""
            typed_event = event.text().strip() if event else ""
            original = when.data(self.LINE_ROLE) if when else None
            at: datetime | date | str | None = typed_at or None
            what = typed_event
            if isinstance(original, ChronologyLine):
                if typed_at == self.shown_date(original.at):
                    at = original.at
                if typed_event == phrase(original.event):
                    what = original.event
            if at is None and not what:
                continue
            out.append(ChronologyLine(at, what))
        return out


class BundleChoices(QGroupBox):
    """The parts of the bundle, filed under Practice Direction 27A's lettered sections (A
    preliminary … F other documents): tick those to include; within a section, move them up
    or down. Only the parts this member of staff may read are offered."""

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        parent: QWidget | None = None,
        *,
        counselling_notes: bool = False,
    ):
        super().__init__(parent)
        # Counselling notes are a bundle of their own (CN1 …), never a part of the court
        # bundle: offered alone, from the counselling tab (``counselling_notes``).
        self._counselling_notes = counselling_notes
        self.setTitle(
            self.tr("Counselling notes, a bundle of their own")
            if counselling_notes
            else self.tr("Parts of the bundle, under sections A–F")
        )
        self.setObjectName("bundleChoices")
        self._session, self._reference = session, reference
        outer = QVBoxLayout(self)
        self._add_warnings(outer)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("bundleSections")
        self.list.setAccessibleName(self.tr("Sections of the bundle"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for section in in_bundle_order(list(BundleSection)):
            if not all(session.allowed(s, Action.READ) for s in BUNDLE_NEEDS[section]):
                continue
            if (section is BundleSection.COUNSELLING) != counselling_notes:
                continue
            item = QListWidgetItem(f"{SECTION_LETTERS[section]} · {label(section)}", self.list)
            item.setData(SECTION_ROLE, section.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentRow(0)
        column = QVBoxLayout()
        column.addWidget(self.list, 1)
        row.addLayout(column, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"), self)
        self.up.setObjectName("sectionUpButton")
        self.up.clicked.connect(lambda: self.shift(-1))
        self.down = QPushButton(self.tr("Move do&wn"), self)
        self.down.setObjectName("sectionDownButton")
        self.down.clicked.connect(lambda: self.shift(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * (self.list.count() + 1))
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 4 * self.list.frameWidth() + 8)
        # The notes beside the parts, not under them: the dialog fits a 768-pixel screen.
        notes = QVBoxLayout()
        row.addLayout(notes, 1)
        self._add_notes(notes, session)

    def _add_warnings(self, outer: QVBoxLayout) -> None:
        """Above the parts, said before export: what the cover will lack, and the draft
        medico-legal reports section D leaves out."""
        self.cover_warning = QLabel(self._cover_warning(), self)
        self.cover_warning.setObjectName("bundleCoverWarning")
        self.cover_warning.setWordWrap(True)
        self.cover_warning.setVisible(bool(self.cover_warning.text()))
        outer.addWidget(self.cover_warning)
        self.draft_warning = QLabel(self._draft_warning(), self)
        self.draft_warning.setObjectName("bundleDraftWarning")
        self.draft_warning.setAccessibleName(self.tr("Medico-legal reports left out"))
        self.draft_warning.setWordWrap(True)
        self.draft_warning.setVisible(bool(self.draft_warning.text()))
        outer.addWidget(self.draft_warning)

    def _cover_warning(self) -> str:
        """Said before export, not found on a blank cover: what the cover will lack when no
        legal matter (or hearing) of the case records it."""
        try:
            gaps = ExportService(self._session).bundle_cover_gaps(self._reference)
        except PermissionDenied:
            return ""
        if not gaps:
            return ""
        return self.tr(
            "The cover will not show {missing}: the case has no legal matter or hearing that "
            "records it. Add them on the Legal tab first if the court needs them."
        ).format(missing=", ".join(phrase(g) for g in gaps))

    def _draft_warning(self) -> str:
        """Said before export: the examined incidents whose medico-legal report is a draft
        (no opinion recorded), which section D leaves out, saying so in its index."""
        if self._counselling_notes:
            return ""
        try:
            drafts = ExportService(self._session).bundle_medico_legal_drafts(self._reference)
        except PermissionDenied:
            return ""
        if not drafts:
            return ""
        return self.tr(
            "Incidents whose forensic examination has no opinion recorded: {incidents}. The "
            "medico-legal report of each is a draft, not ready to sign, and is left out of "
            "section D (its index says so). Record the examiner's opinion first if the court "
            "needs the report."
        ).format(incidents=", ".join(str(n) for n in drafts))

    def _add_notes(self, column: QVBoxLayout, session: VaultSession) -> None:
        """Under the sections: the case summary, encounters in full, the counselling note."""

        # Section A's case summary, written (or corrected) by the advocate before export.
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("caseSummary")
        self.summary.setAccessibleName(self.tr("Case summary"))
        self.summary.setPlaceholderText(
            self.tr("Case summary for section A (printed above the chronology).")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(80)
        column.addWidget(self.summary)
        self.chronology: ChronologyTable | None = None
        needs = BUNDLE_NEEDS[BundleSection.CHRONOLOGY]
        if not self._counselling_notes and all(session.allowed(s, Action.READ) for s in needs):
            try:
                lines = ExportService(session).chronology(self._reference)
            except PermissionDenied:
                lines = []
            self.chronology = ChronologyTable(lines, self)
            column.addWidget(self.chronology)
        self.in_full = QCheckBox(self.tr("Medical encounters in &full (else a summary table)"))
        self.in_full.setObjectName("encountersInFull")
        column.addWidget(self.in_full)
        # A bundle is served on the respondent: her refuge and where incidents happened are
        # left out unless the advocate decides the court must have them.
        self.name_places = QCheckBox(
            self.tr(
                "&Name her refuge and where the incidents happened (the respondent is "
                "usually served this bundle)"
            )
        )
        self.name_places.setObjectName("namePlaces")
        self.name_places.toggled.connect(self._places_chosen)
        column.addWidget(self.name_places)
        # Her alias is a separate choice: it may be the name she now lives under (the
        # respondent must not learn it), or the name her evidence was recorded under (the
        # court may need it to match the exhibits). Left out unless the advocate chooses; with
        # no legal name recorded the cover then names her "The applicant" (exports.parts).
        self.name_alias = QCheckBox(
            self.tr(
                "Give her &alias (it may be the name she now lives under): beside her legal "
                "name, or as her name when none is recorded"
            )
        )
        self.name_alias.setObjectName("nameAlias")
        column.addWidget(self.name_alias)
        if self._counselling_notes:  # the court bundle's choices: not this bundle's
            for widget in (self.summary, self.chronology, self.in_full, self.name_places):
                if widget is not None:
                    widget.hide()
        # Counselling notes need her own consent to disclose them to a court and a note of
        # why they are relevant, printed at the head of their section.
        self.relevance: QPlainTextEdit | None = None
        self.court_fields: dict[str, QLineEdit] = {}
        if self._counselling_notes and session.allowed(Section.COUNSELLING, Action.READ):
            self.relevance = QPlainTextEdit(self)
            self.relevance.setObjectName("counsellingRelevance")
            self.relevance.setAccessibleName(self.tr("Why the counselling notes are relevant"))
            self.relevance.setPlaceholderText(
                self.tr(
                    "Why her counselling notes are relevant to these proceedings (printed at "
                    "the head of the notes)."
                )
            )
            self.relevance.setTabChangesFocus(True)
            self.relevance.setMaximumHeight(80)
            column.addWidget(self.relevance)
            self._add_court_details(column)

    def _add_court_details(self, column: QVBoxLayout) -> None:
        """The court's particulars for the counselling notes bundle's cover: the counsellor
        cannot read the legal matter, and the court must match the bundle to its case."""
        box = QGroupBox(self.tr("Court, for the counselling notes bundle's cover"), self)
        box.setObjectName("counsellingCourt")
        form = QFormLayout(box)
        for key, text in (
            ("court", self.tr("Court:")),
            ("case_number", self.tr("Case number:")),
            ("hearing", self.tr("Hearing (date, time):")),
            ("judge", self.tr("Judge:")),
            ("parties", self.tr("Parties:")),
        ):
            field = QLineEdit(box)
            field.setObjectName(f"counsellingCourt_{key}")
            field.setAccessibleName(text.rstrip(":"))
            form.addRow(text, field)
            self.court_fields[key] = field
        column.addWidget(box)

    def _places_chosen(self, named: bool) -> None:
        if self.chronology is None:
            return
        try:
            lines = ExportService(self._session).chronology(self._reference, named)
        except PermissionDenied:
            return
        self.chronology.refill(lines)

    def shift(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def sections(self) -> list[BundleSection]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return in_bundle_order(
            [
                BundleSection(str(item.data(SECTION_ROLE)))
                for item in items
                if item.checkState() == Qt.CheckState.Checked
            ]
        )

    def choose(self) -> Run | str:
        sections = self.sections()
        if not sections:
            return self.tr("Tick at least one section for the bundle.")
        session, reference = self._session, self._reference
        relevance = self.relevance.toPlainText() if self.relevance is not None else ""
        summary = self.summary.toPlainText()
        in_full = self.in_full.isChecked()
        chronology = self.chronology.lines() if self.chronology is not None else None
        name_places = self.name_places.isChecked()
        court = CourtDetails(**{key: field.text() for key, field in self.court_fields.items()})
        name_alias = self.name_alias.isChecked()
        return lambda options: ExportService(session).court_bundle(
            reference,
            options,
            sections,
            counselling_relevance=relevance,
            case_summary=summary,
            encounters_in_full=in_full,
            chronology=chronology,
            name_places=name_places,
            court_details=court,
            name_alias=name_alias,
        )


class PeriodChoices(QGroupBox):
    """A whole calendar month, quarter or year that has ended (statistics are released for
    no other period, so that two releases cannot be subtracted); last month by default. And,
    when asked, the same counts as a DHIS2 data value set for the ministry."""

    changed = Signal(str)  # the period as a file name part

    def __init__(self, session: VaultSession, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Period"))
        self.setObjectName("periodChoices")
        self._session = session
        self._today = today
        form = QFormLayout(self)
        self.span = QComboBox(self)
        self.span.setObjectName("periodSpan")
        self.span.setAccessibleName(self.tr("Month, quarter or year"))
        self.span.addItem(self.tr("A month"), Span.MONTH.value)
        self.span.addItem(self.tr("A quarter"), Span.QUARTER.value)
        self.span.addItem(self.tr("A year"), Span.YEAR.value)
        caption = QLabel(self.tr("&Released for"), self)
        caption.setBuddy(self.span)
        form.addRow(caption, self.span)
        self.which = QComboBox(self)
        self.which.setObjectName("periodWhich")
        self.which.setAccessibleName(self.tr("Which period"))
        caption = QLabel(self.tr("Per&iod"), self)
        caption.setBuddy(self.which)
        form.addRow(caption, self.which)
        self.span.currentIndexChanged.connect(lambda _i: self._fill())
        self.which.currentIndexChanged.connect(lambda _i: self.changed.emit(self.period().slug))
        self._fill()
        self.dhis2 = QCheckBox(self.tr("Also write a &DHIS2 data value set (JSON and CSV)"), self)
        self.dhis2.setObjectName("dhis2Check")
        form.addRow(self.dhis2)
        self.mapping = QLineEdit(self)
        self.mapping.setObjectName("dhis2Mapping")
        self.mapping.setAccessibleName(self.tr("DHIS2 mapping file"))
        self.mapping.setPlaceholderText(self.tr("The mapping file from your ministry (JSON)"))
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.setObjectName("dhis2MappingBrowse")
        browse.clicked.connect(self._choose_mapping)
        row = QHBoxLayout()
        row.addWidget(self.mapping, 1)
        row.addWidget(browse)
        caption = QLabel(self.tr("&Mapping file"), self)
        caption.setBuddy(self.mapping)
        form.addRow(caption, row)
        note = QLabel(
            self.tr(
                "Counts only survivors whose consent to statistics is in force; small counts "
                "are hidden, and a period overlapping one released before hides what would "
                "let the two be subtracted. A CSV file with the same figures is written beside "
                "the PDF (attached inside it when the PDF has a password)."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)

    def kept_choices(self) -> dict[str, Any]:
        """The period and the DHIS2 choice, for the export dialog's draft (gui/kept.py)."""
        return {
            "span": self.span.currentData(),
            "period": self.period().slug,
            "dhis2": self.dhis2.isChecked(),
            "mapping": self.mapping.text(),
        }

    def restore_choices(self, fields: dict[str, Any]) -> None:
        self.span.setCurrentIndex(max(self.span.findData(fields.get("span")), 0))
        for i in range(self.which.count()):
            period = self.which.itemData(i)
            if isinstance(period, Period) and period.slug == fields.get("period"):
                self.which.setCurrentIndex(i)
        self.dhis2.setChecked(bool(fields.get("dhis2")))
        self.mapping.setText(str(fields.get("mapping", "")))

    def _choose_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("DHIS2 mapping file"), "", self.tr("JSON files (*.json)")
        )
        if name:
            self.mapping.setText(name)
            self.dhis2.setChecked(True)

    def _fill(self) -> None:
        """The last ten ended periods of the chosen kind, the latest first."""
        span = Span(self.span.currentData())
        periods: list[Period] = []
        latest = {
            Span.MONTH: Period.last_month(self._today),
            Span.QUARTER: Period.last_quarter(self._today),
            Span.YEAR: Period.year(self._today.year - 1),
        }[span]
        while len(periods) < 10:
            periods.append(latest)
            day = latest.start - timedelta(days=1)
            latest = {
                Span.MONTH: Period.month(day.year, day.month),
                Span.QUARTER: Period.quarter(day.year, (day.month + 2) // 3),
                Span.YEAR: Period.year(day.year),
            }[span]
        self.which.blockSignals(True)
        self.which.clear()
        for period in periods:
            self.which.addItem(period.name, period)
        self.which.blockSignals(False)
        self.changed.emit(self.period().slug)

    def period(self) -> Period:
        period = self.which.currentData()
        assert isinstance(period, Period)
        return period

    def choose(self) -> Run | str:
        period = self.period()
        session = self._session
        if not self.dhis2.isChecked():
            return lambda options: ExportService(session).statistics(period, options)
        mapping = Path(self.mapping.text().strip())
        if not self.mapping.text().strip() or not mapping.is_file():
            return self.tr("Choose the DHIS2 mapping file (a JSON file from your ministry).")

        def both(options: ExportOptions) -> Exported:
            done = ExportService(session).statistics(period, options)
            ExportService(session).dhis2(
                period,
                mapping,
                ExportOptions(done.path.with_name(f"{done.path.stem}-dhis2.json")),
            )
            return done

        return both
