"""Recording a health encounter: when, for which incident, history and examination, injuries
placed on the body map (each marker a row of the injury table), treatments with their times.

The same editor corrects a saved encounter: it opens with what was saved, and saving keeps the
version it replaces in the encounter's history (``HealthService.update``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.clinical import WindowState
from onestop.domain.health import BodySide, Injury, Treatment, TreatmentKind
from onestop.errors import ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import explain
from onestop.gui.labels import label
from onestop.gui.phrases import phrase
from onestop.gui.widgets.body_map import BodyMap, Marker
from onestop.gui.widgets.controls import button, mark_as_error, message_label
from onestop.gui.widgets.dates import MomentEdit, to_qdatetime
from onestop.gui.widgets.screen import report_errors
from onestop.services.health import Encounter, EncounterDetails, HealthService
from onestop.services.incidents import IncidentRecord, standing

KIND, SIZE, DESCRIPTION = range(3)


class EncounterEditor(QWidget):
    saved = Signal(object)  # Encounter
    cancelled = Signal()

    def __init__(
        self,
        health: HealthService,
        reference: str,
        incidents: Sequence[IncidentRecord],
        clock: Clock,
        parent: QWidget | None = None,
        encounter: Encounter | None = None,
    ) -> None:
        """``encounter``: the saved encounter to correct, or None for a new one."""
        super().__init__(parent)
        self.setObjectName("encounterEditor")
        self._health = health
        self._reference = reference
        self._clock = clock
        self._dirty = False
        self.encounter = encounter
        self.treatments: list[Treatment] = []

        outer = QVBoxLayout(self)
        self._build_form(outer, incidents, clock)
        self._build_injuries(outer)
        self._build_treatments(outer, clock)
        self._build_message_and_buttons(outer)
        if encounter is not None:
            self._load(encounter.details)
        for edit in (self.history, self.examination):
            edit.textChanged.connect(self._changed)
        self.incident.currentIndexChanged.connect(self._changed)
        self.seen_at.dateTimeChanged.connect(self._changed)
        self._dirty = False

    def _build_form(
        self, outer: QVBoxLayout, incidents: Sequence[IncidentRecord], clock: Clock
    ) -> None:
        """The incident (the likely one chosen), when she was seen, history and examination."""
        form = QFormLayout()
        outer.addLayout(form)
        self.incident = QComboBox(self)
        self.incident.setObjectName("incidentCombo")
        self.incident.setAccessibleName(self.tr("Incident"))
        self.incident.addItem(self.tr("Not linked to an incident"), None)
        for inc in incidents:
            self.incident.addItem(
                f"{label(inc.details.gbv_type)} · {fmt.occurred(inc.details.occurred)}",
                inc.incident_id,
            )
        chosen = likely_incident(incidents, clock())
        if chosen is not None:
            self.incident.setCurrentIndex(self.incident.findData(chosen.incident_id))
        self._row(form, self.tr("&Incident"), self.incident)
        self.seen_at = MomentEdit(self)  # "15:00", "3pm", "3:00 PM"
        self.seen_at.setObjectName("seenAtEdit")
        self.seen_at.setDateTime(to_qdatetime(clock()))
        self.seen_at.setAccessibleName(self.tr("Seen at"))
        seen = QWidget(self)
        column = QVBoxLayout(seen)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.seen_at.setParent(seen)
        column.addWidget(self.seen_at)
        self.seen_at_message = message_label(seen, "seenAtMessage")
        self.seen_at_message.hide()
        column.addWidget(self.seen_at_message)
        self.seen_at.dateTimeChanged.connect(lambda *_: self.seen_at_message.hide())
        title = QLabel(self.tr("&Seen at"), self)
        title.setBuddy(self.seen_at.day)  # the mnemonic to the date typed first
        form.addRow(title, seen)
        self.history = self._text(form, "historyEdit", self.tr("&History"))
        self.examination = self._text(form, "examinationEdit", self.tr("E&xamination"))

    def _build_injuries(self, outer: QVBoxLayout) -> None:
        """The body map beside the table of injuries, one row for each numbered marker."""
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.body_map = BodyMap(split)
        self.body_map.setMinimumHeight(340)
        self.injuries = QTableWidget(0, 3, split)
        self.injuries.setObjectName("injuryTable")
        self.injuries.setAccessibleName(self.tr("Injuries"))
        self.injuries.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Size"), self.tr("Description")]
        )
        self.injuries.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.injuries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        outer.addWidget(
            QLabel(self.tr("Injuries: click the outline to place a numbered marker"), self)
        )
        outer.addWidget(split, 1)
        self.body_map.placed.connect(self._marker_placed)
        self.body_map.moved.connect(lambda _m: self._changed())
        self.body_map.selected.connect(lambda n: self.injuries.selectRow(self._row_of(n)))
        self.injuries.itemChanged.connect(lambda _i: self._changed())
        remove = QPushButton(self.tr("Remove the selected &marker"), self)
        remove.setObjectName("removeInjuryButton")
        remove.clicked.connect(self._remove_injury)
        outer.addWidget(remove)

    def _build_treatments(self, outer: QVBoxLayout, clock: Clock) -> None:
        """The row that adds a treatment, the dose warning and the treatments given."""
        treat = QHBoxLayout()
        outer.addLayout(treat)
        self.treatment_kind = QComboBox(self)
        self.treatment_kind.setObjectName("treatmentKindCombo")
        self.treatment_kind.setAccessibleName(self.tr("Treatment"))
        for kind in TreatmentKind:
            self.treatment_kind.addItem(label(kind), kind)
        self.treatment_at = MomentEdit(self)
        self.treatment_at.setObjectName("treatmentAtEdit")
        self.treatment_at.setDateTime(to_qdatetime(clock()))
        self.treatment_at.setAccessibleName(self.tr("Given at"))
        self.treatment_notes = QLineEdit(self)
        self.treatment_notes.setObjectName("treatmentNotesEdit")
        self.treatment_notes.setAccessibleName(self.tr("Dose or notes"))
        self.treatment_notes.setPlaceholderText(self.tr("Dose, product, result"))
        add = QPushButton(self.tr("&Add treatment"), self)
        add.setObjectName("addTreatmentButton")
        add.clicked.connect(self._add_treatment)
        for w in (self.treatment_kind, self.treatment_at, self.treatment_notes, add):
            treat.addWidget(w)
        self.dose_message = message_label(self, "doseMessage")
        self.dose_message.hide()
        outer.addWidget(self.dose_message)
        for line in (self.treatment_at.day, self.treatment_at.time, self.treatment_notes):
            line.textChanged.connect(lambda *_: self.dose_message.hide())  # a stale message
        self.treatment_list = QListWidget(self)
        self.treatment_list.setObjectName("treatmentList")
        self.treatment_list.setAccessibleName(self.tr("Treatments given"))
        self.treatment_list.setMaximumHeight(90)
        outer.addWidget(self.treatment_list)
        outer.addWidget(
            button(
                self,
                self.tr("Remove the selected &treatment"),
                "removeTreatmentButton",
                self._remove_treatment,
            ),
            0,
            Qt.AlignmentFlag.AlignLeft,
        )

    def _build_message_and_buttons(self, outer: QVBoxLayout) -> None:
        """What stopped a save, then Cancel (also Escape) and Save."""
        self.message = QLabel(self)
        self.message.setObjectName("encounterMessage")
        self.message.setWordWrap(True)
        mark_as_error(self.message)
        self.message.hide()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelEncounterButton")
        cancel.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("&Save encounter"), self)
        self.save_button.setObjectName("saveEncounterButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)  # asks first when something was typed

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _text(self, form: QFormLayout, name: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(70)
        self._row(form, text, edit)
        return edit

    def _changed(self) -> None:
        self._dirty = True

    @property
    def has_unsaved(self) -> bool:
        return self._dirty

    # -- injuries --

    def _row_of(self, number: int) -> int:
        for row in range(self.injuries.rowCount()):
            item = self.injuries.verticalHeaderItem(row)
            if item is not None and item.text() == str(number):
                return row
        return -1

    def _marker_placed(self, marker: Marker) -> None:
        row = self.injuries.rowCount()
        self.injuries.insertRow(row)
        self.injuries.setVerticalHeaderItem(row, QTableWidgetItem(str(marker.number)))
        for column in (KIND, SIZE, DESCRIPTION):
            self.injuries.setItem(row, column, QTableWidgetItem(""))
        self.injuries.setCurrentCell(row, KIND)
        self._changed()

    def _remove_injury(self) -> None:
        row = self.injuries.currentRow()
        if row < 0:
            return
        header = self.injuries.verticalHeaderItem(row)
        self.body_map.remove(int(header.text()) if header else -1)
        self.injuries.removeRow(row)
        self._changed()

    def set_injury(self, number: int, kind: str, size: str = "", description: str = "") -> None:
        row = self._row_of(number)
        for column, text in ((KIND, kind), (SIZE, size), (DESCRIPTION, description)):
            item = self.injuries.item(row, column)
            if item is not None:
                item.setText(text)

    def _injuries(self) -> tuple[Injury, ...]:
        out = []
        for m in self.body_map.markers:
            row = self._row_of(m.number)

            def cell(column: int, row: int = row) -> str:
                item = self.injuries.item(row, column)
                return item.text() if item is not None else ""

            out.append(
                Injury(m.number, cell(KIND), cell(SIZE), cell(DESCRIPTION), m.side, m.x, m.y)
            )
        return tuple(out)

    # -- treatments --

    def _add_treatment(self) -> None:
        """Add the treatment typed in the row; one without its dose (or product, or result)
        is refused, said under the row."""
        notes = self.treatment_notes.text().strip()
        if not notes:
            self.dose_message.setText(
                self.tr("Write the dose, product or result before adding the treatment.")
            )
            self.dose_message.show()
            self.treatment_notes.setFocus()
            return
        try:
            given_at = self.treatment_at.moment()
        except ValueError as wrong:
            self.dose_message.setText(phrase(str(wrong)))
            self.dose_message.show()
            self.treatment_at.setFocus()
            return
        self.dose_message.hide()
        kind = TreatmentKind(self.treatment_kind.currentData())
        self._list_treatment(Treatment(kind, given_at, notes))
        self.treatment_notes.clear()
        self._changed()

    def _list_treatment(self, t: Treatment) -> None:
        self.treatments.append(t)
        self.treatment_list.addItem(f"{label(t.kind)} · {fmt.when(t.given_at)} · {t.notes}")

    def _remove_treatment(self) -> None:
        row = self.treatment_list.currentRow()
        if row < 0:
            return
        del self.treatments[row]
        self.treatment_list.takeItem(row)
        self._changed()

    # -- saving --

    def _seen_at(self) -> datetime:
        """When she was seen, or ValidationFailed that says in words what is wrong."""
        try:
            return self.seen_at.moment()
        except ValueError as wrong:
            raise ValidationFailed.of({"seen_at": str(wrong)}) from None

    def details(self) -> EncounterDetails:
        return EncounterDetails(
            seen_at=self._seen_at(),
            incident_id=self.incident.currentData(),
            history=self.history.toPlainText(),
            examination=self.examination.toPlainText(),
            injuries=self._injuries(),
            treatments=tuple(self.treatments),
        )

    def _show_error(self, exc: BaseException) -> None:
        """A wrong time under its field (which takes the focus); anything else under the form."""
        wrong = exc.fields.get("seen_at") if isinstance(exc, ValidationFailed) else None
        if wrong:
            self.seen_at_message.setText(phrase(wrong))
            self.seen_at_message.show()
            self.seen_at.setFocus()
            self._say("")
            return
        self._say(explain(exc))

    def _treatment_left_typed(self) -> bool:
        """A dose typed but not added would be dropped without a word (and its countdown go
        on counting): say so under the row, and save nothing."""
        if not self.treatment_notes.text().strip():
            return False
        self.dose_message.setText(self.tr("Add this treatment or clear it before saving."))
        self.dose_message.show()
        self.treatment_notes.setFocus()
        return True

    def save(self) -> None:
        if self._treatment_left_typed():
            return
        with report_errors(self._show_error) as outcome:
            if self.encounter is None:
                encounter = self._health.record(self._reference, self.details())
            else:
                encounter = self._health.update(
                    self._reference,
                    self.encounter.encounter_id,
                    self.details(),
                    self.encounter.version,
                )
        if outcome.failed:
            return
        self._dirty = False
        self._say("")
        self.saved.emit(encounter)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- drafts (kept when the screen locks and someone else signs in) --

    def draft(self) -> dict[str, Any]:
        """What was typed, a half-typed time too (kept as typed, to be finished later)."""
        injuries = self._injuries()
        return {
            "encounter_id": self.encounter.encounter_id if self.encounter else None,
            "version": self.encounter.version if self.encounter else None,
            "seen_at_typed": [self.seen_at.day.text(), self.seen_at.time.text()],
            "incident_id": self.incident.currentData(),
            "history": self.history.toPlainText(),
            "examination": self.examination.toPlainText(),
            "injuries": [
                [i.number, i.kind, i.size, i.description, i.side.value, i.x, i.y] for i in injuries
            ],
            "treatments": [
                [t.kind.value, t.given_at.isoformat(), t.notes] for t in self.treatments
            ],
        }

    def _load(self, d: EncounterDetails) -> None:
        """The fields of a saved encounter, to correct it."""
        self.seen_at.setDateTime(to_qdatetime(d.seen_at))
        self.incident.setCurrentIndex(max(0, self.incident.findData(d.incident_id)))
        self.history.setPlainText(d.history)
        self.examination.setPlainText(d.examination)
        for i in d.injuries:
            self.body_map.markers.append(Marker(i.number, i.side, i.x, i.y))
            self._marker_placed(Marker(i.number, i.side, i.x, i.y))
            self.set_injury(i.number, i.kind, i.size, i.description)
        for t in d.treatments:
            self._list_treatment(t)

    def restore(self, draft: dict[str, Any]) -> None:
        """The fields as the draft kept them (in place of a corrected encounter's own)."""
        self.body_map.set_markers([])
        self.injuries.setRowCount(0)
        self.treatments.clear()
        self.treatment_list.clear()
        if "seen_at" in draft:  # a draft kept before times were typed
            self.seen_at.setDateTime(to_qdatetime(datetime.fromisoformat(draft["seen_at"])))
        else:
            typed_day, typed_time = draft.get("seen_at_typed", ["", ""])
            self.seen_at.day.setText(str(typed_day))
            self.seen_at.time.setText(str(typed_time))
        at = self.incident.findData(draft.get("incident_id"))
        if at >= 0:
            self.incident.setCurrentIndex(at)
        self.history.setPlainText(draft.get("history", ""))
        self.examination.setPlainText(draft.get("examination", ""))
        for number, kind, size, description, side, x, y in draft.get("injuries", []):
            self.body_map.markers.append(Marker(number, BodySide(side), x, y))
            self._marker_placed(Marker(number, BodySide(side), x, y))
            self.set_injury(number, kind, size, description)
        for kind, given_at, notes in draft.get("treatments", []):
            self._list_treatment(
                Treatment(TreatmentKind(kind), datetime.fromisoformat(given_at), notes)
            )
        self._dirty = True


def likely_incident(incidents: Sequence[IncidentRecord], now: datetime) -> IncidentRecord | None:
    """The incident an encounter is most likely about: the newest whose clinical windows are
    still open, else the newest of all; never one entered in error."""

    def newest(inc: IncidentRecord) -> datetime:
        occurred = inc.details.occurred
        return occurred.latest or occurred.earliest or inc.updated_at

    incidents = standing(incidents)
    still_open = [
        inc
        for inc in incidents
        if any(w.state in (WindowState.OPEN, WindowState.CLOSING) for w in inc.windows(now))
    ]
    return max(still_open or incidents, key=newest, default=None)
