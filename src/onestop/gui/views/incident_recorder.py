"""The GBVIMS Incident Recorder, offered from the statistics dialog: whole months, where to save
it, and a password (the workbook then goes inside an AES-256 ZIP archive, as the GBVIMS
data-sharing protocol asks for password protection). Offered to the manager only, and only
months that have ended. services.exports.incident_recorder writes it; this dialog only
gathers the choices and says where the file went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from onestop.domain.roles import Capability, may
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.views.export import exports_folder
from onestop.gui.widgets.controls import message_label
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.services.exports.incident_recorder import Months, export_incident_recorder
from onestop.services.session import VaultSession


class IncidentRecorderDialog(QDialog):
    def __init__(self, session: VaultSession, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incidentRecorderDialog")
        self.setWindowTitle(self.tr("GBVIMS Incident Recorder"))
        self._session = session
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "One row per incident reported in the months, of survivors whose consent to "
                "statistics is in force, in the Incident Recorder's columns and codes: no name, "
                "date of birth, contact or free text."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        # Only months that have ended are offered (the service refuses any other, as the
        # statistics are released): by default the last one.
        self.latest = Months.last_ended(today)
        self.first = self._month(self.tr("First month"), self.latest)
        self.last = self._month(self.tr("Last month"), self.latest)
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        where = QHBoxLayout()
        self.path = QLineEdit(str(exports_folder(session)), self)
        self.path.setAccessibleName(self.tr("Save in"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        # A row whose field is a layout gets a label with no buddy, which shows its "&"
        # as a character; the label is made here with the line edit as its buddy.
        save_in = QLabel(self.tr("&Save in"), self)
        save_in.setBuddy(self.path)
        form.addRow(save_in, where)
        self.protect = QCheckBox(self.tr("&Protect with a password (AES-256 ZIP archive)"), self)
        self.protect.setChecked(True)
        form.addRow(self.protect)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Archive password"))
        form.addRow(self.tr("Pass&word"), self.password)
        self.protect.toggled.connect(self.password.setEnabled)
        self.message = message_label(self, "incidentRecorderMessage")
        form.addRow(self.message)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _month(self, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("yyyy-MM")
        edit.setMaximumDate(to_qdate(self.latest))
        return edit

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save in"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def months(self) -> Months:
        first, last = to_date(self.first.date()), to_date(self.last.date())
        return Months.parse(f"{first:%Y-%m}", f"{last:%Y-%m}")

    def export(self) -> None:
        try:
            done = export_incident_recorder(
                self._session,
                self.months(),
                Path(self.path.text().strip()),
                self.password.text() if self.protect.isChecked() else None,
            )
        except Exception as exc:
            self.message.setText(explain(exc))
            return
        self.message.setText(
            self.tr("Written {path}: %n incident(s).", "", done.rows).format(path=done.path)
        )


class RecorderButton(QPushButton):
    """The statistics dialog's way to the Incident Recorder (its own dialog)."""

    def __init__(self, session: VaultSession, dialogs: Dialogs, today: date, parent: QDialog):
        super().__init__(parent)
        self.setText(self.tr("GBVIMS &Incident Recorder (.xlsx)…"))
        self.setObjectName("incidentRecorderButton")
        self._session = session
        self._dialogs = dialogs
        self._today = today
        self.opened: IncidentRecorderDialog | None = None
        self.clicked.connect(self.open_recorder)

    def open_recorder(self) -> IncidentRecorderDialog:
        recorder = IncidentRecorderDialog(self._session, self._today, self.window())
        self._dialogs.track(recorder)
        self.opened = recorder
        return recorder


def offer_incident_recorder(
    dialog: QDialog, session: VaultSession, dialogs: Dialogs, today: date
) -> RecorderButton | None:
    """Add the Incident Recorder's button at the foot of the statistics dialog, for the role
    that exports it (the manager, the centre's data focal point; domain.roles); None for any
    other, who is not offered it."""
    if not may(session.actor.role, Capability.INCIDENT_RECORDER):
        return None
    button = RecorderButton(session, dialogs, today, dialog)
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(button)
    return button
