"""The choices some documents need before they are built, shown inside the export dialog: who
a medico-legal report is for and which incident it covers, the court bundle's sections and
their order, the period of the statistics. Each gives the dialog the export to run with the
choices made (on the GUI thread, when Export is pressed), or says what is missing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.consent import Purpose
from onestop.domain.roles import Action, Section
from onestop.gui.labels import label
from onestop.gui.phrases import phrase
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.services.exports import BUNDLE_NEEDS, BundleSection, ExportService
from onestop.services.incidents import IncidentRecord
from onestop.services.session import VaultSession
from onestop.services.statistics import Period

from .export import Run

SECTION_ROLE = Qt.ItemDataRole.UserRole


class MedicoLegalChoices(QGroupBox):
    """For the police or for court (each needs her consent to that), and which incident."""

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        incidents: Sequence[IncidentRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The report"))
        self.setObjectName("medicoLegalChoices")
        self._session, self._reference = session, reference
        form = QFormLayout(self)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipientCombo")
        self.recipient.addItem(self.tr("The police"), Purpose.SHARE_WITH_POLICE.value)
        self.recipient.addItem(self.tr("Court"), Purpose.USE_IN_COURT.value)
        self.recipient.setAccessibleName(self.tr("Who the report is for"))
        caption = QLabel(self.tr("&For"), self)
        caption.setBuddy(self.recipient)
        form.addRow(caption, self.recipient)
        self.incident = QComboBox(self)
        self.incident.setObjectName("incidentCombo")
        self.incident.setAccessibleName(self.tr("The incident the report is about"))
        self.incident.addItem(self.tr("The latest examined"), None)
        for record in incidents:
            d = record.details
            self.incident.addItem(
                f"{phrase(d.occurred.describe())} · {label(d.gbv_type)}", record.incident_id
            )
        caption = QLabel(self.tr("&Incident"), self)
        caption.setBuddy(self.incident)
        form.addRow(caption, self.incident)

    def choose(self) -> Run:
        session, reference = self._session, self._reference
        purpose = Purpose(str(self.recipient.currentData()))
        chosen = self.incident.currentData()
        incident_id = int(chosen) if chosen is not None else None
        return lambda options: ExportService(session).medico_legal(
            reference, options, purpose=purpose, incident_id=incident_id
        )


class BundleChoices(QGroupBox):
    """The sections of the bundle, in the order they will appear: tick those to include and
    move them up or down. Only the sections this member of staff may read are offered."""

    def __init__(self, session: VaultSession, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Sections, in bundle order"))
        self.setObjectName("bundleChoices")
        self._session, self._reference = session, reference
        row = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("bundleSections")
        self.list.setAccessibleName(self.tr("Sections of the bundle"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for section in BundleSection:
            if not all(session.allowed(s, Action.READ) for s in BUNDLE_NEEDS[section]):
                continue
            item = QListWidgetItem(label(section), self.list)
            item.setData(SECTION_ROLE, section.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Counselling notes go to court only when she agreed to it and the advocate asks.
            default = section is not BundleSection.COUNSELLING
            item.setCheckState(Qt.CheckState.Checked if default else Qt.CheckState.Unchecked)
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
        self._add_notes(column, session)

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
        self.in_full = QCheckBox(self.tr("Medical encounters in &full (else a summary table)"))
        self.in_full.setObjectName("encountersInFull")
        column.addWidget(self.in_full)
        # Counselling notes need her own consent to disclose them to a court and a note of
        # why they are relevant, printed at the head of their section.
        self.relevance: QPlainTextEdit | None = None
        if session.allowed(Section.COUNSELLING, Action.READ):
            self.relevance = QPlainTextEdit(self)
            self.relevance.setObjectName("counsellingRelevance")
            self.relevance.setAccessibleName(self.tr("Why the counselling notes are relevant"))
            self.relevance.setPlaceholderText(
                self.tr(
                    "If you include counselling notes: why they are relevant to these "
                    "proceedings (printed at the head of their section)."
                )
            )
            self.relevance.setTabChangesFocus(True)
            self.relevance.setMaximumHeight(80)
            column.addWidget(self.relevance)

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
        return [
            BundleSection(str(item.data(SECTION_ROLE)))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def choose(self) -> Run | str:
        sections = self.sections()
        if not sections:
            return self.tr("Tick at least one section for the bundle.")
        session, reference = self._session, self._reference
        relevance = self.relevance.toPlainText() if self.relevance is not None else ""
        summary = self.summary.toPlainText()
        in_full = self.in_full.isChecked()
        return lambda options: ExportService(session).court_bundle(
            reference,
            options,
            sections,
            counselling_relevance=relevance,
            case_summary=summary,
            encounters_in_full=in_full,
        )


class PeriodChoices(QGroupBox):
    """From and to (both included); the last whole quarter by default."""

    changed = Signal(str)  # the period as a file name part

    def __init__(self, session: VaultSession, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Period"))
        self.setObjectName("periodChoices")
        self._session = session
        self._today = today
        default = Period.last_quarter(today)
        form = QFormLayout(self)
        self.start = self._date_edit("periodStart", self.tr("First day"), default.start)
        self.end = self._date_edit("periodEnd", self.tr("Last day"), default.end)
        for text, edit in ((self.tr("&From"), self.start), (self.tr("&To"), self.end)):
            caption = QLabel(text, self)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            edit.dateChanged.connect(lambda _d: self.changed.emit(self.period().slug))
        note = QLabel(
            self.tr(
                "Counts only survivors whose consent to statistics is in force; small counts "
                "are hidden. A CSV file with the same figures is written beside the PDF "
                "(attached inside it when the PDF has a password)."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def period(self) -> Period:
        return Period(to_date(self.start.date()), to_date(self.end.date()))

    def choose(self) -> Run | str:
        period = self.period()
        if period.end < period.start:
            return self.tr("The period ends before it starts.")
        if period.start > self._today:
            return self.tr("The period has not started yet.")
        session = self._session
        return lambda options: ExportService(session).statistics(period, options)
