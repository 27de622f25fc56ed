"""The shelter's rooms and beds, edited by the admin (who sees no one in them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.gui.dialogs import Dialogs
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import button, message_label, table_view
from onestop.gui.widgets.screen import FormDialog, ask
from onestop.services.session import VaultSession
from onestop.services.shelter import Room, ShelterBoardService


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
