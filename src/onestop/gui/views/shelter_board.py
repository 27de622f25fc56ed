"""The Shelter board tab: who is in which bed, admissions, moves, discharges and the
waiting list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import button, heading, message_label, table_view
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.gui.widgets.screen import FormDialog, Screen, report_errors
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.shelter import Bed, Occupant, ShelterBoardService, Waiting


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
        self.planned_exit = QDateEdit(to_qdate(today + timedelta(days=14)), self)
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
        layout.addWidget(heading(self.tr("Occupancy"), self))
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
        layout.addWidget(heading(self.tr("Waiting list"), self))
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
        today = self._clock().astimezone().date()
        board = ShelterBoardService(self._session)
        with report_errors(self.message) as outcome:
            max_days = SettingsService(self._session).shelter_max_stay_days()
            rooms = board.board(today, max_days)
            waiting = board.waiting()
            [month] = board.occupancy([today], today)
        if outcome.failed:
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
                "{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, ",
                "",
                len(self._beds),
            ).format(occupied=occupied, rate=month.rate)
            + self.tr("%n admitted, ", "", month.admissions)
            + self.tr("%n left", "", month.discharges)
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
        dialog = AdmitDialog(self, self._free_beds(), self._clock().astimezone().date())
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
                planned_exit=to_date(dialog.planned_exit.date()),
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
        #: Moving a resident to another bed: the bed she moves to (a place, not a date).
        dialog.add(self.tr("&To", "the bed she moves to"), bed, "moveBed")
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
