"""The GBVIMS Incident Recorder, offered from the statistics dialog: whole months, where to save
it, and a password (the workbook then goes inside an AES-256 ZIP archive, as the GBVIMS
data-sharing protocol asks for password protection). Offered to the manager only, and only
months that have ended. services.exports.incident_recorder writes it; this dialog only
gathers the choices and says where the file went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, Qt
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
from onestop.gui.widgets.controls import message_label, show_message
from onestop.gui.widgets.dates import to_date, to_qdate
from onestop.services.exports.incident_recorder import Months, export_incident_recorder
from onestop.services.session import VaultSession


class IncidentRecorderDialog(QDialog):
    def __init__(self, session: VaultSession, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incidentRecorderDialog")
        self.setWindowTitle(self.tr("GBVIMS Incident Recorder"))
        self._session = session
        # Wide enough for the intro in a few lines and a written file's path on one
        # (a 1280x768 screen has room for it).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(
            self.tr(
                "One row per incident reported in the months, of survivors whose consent to "
                "statistics is in force, in the Incident Recorder's columns and codes: no name, "
                "date of birth, contact or free text."
            ),
            self,
        )
        intro.setObjectName("incidentRecorderIntro")
        intro.setWordWrap(True)
        form.addRow(intro)
        # Only months that have ended are offered (the service refuses any other, as the
        # statistics are released): by default the last one.
        self.latest = Months.last_ended(today)
        # Named as the labels beside them read, for a screen reader and for voice control.
        self.first = self._month(self.tr("From"), self.latest)
        self.last = self._month(self.tr("To"), self.latest)
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
        # Typed twice, as the statistics' password is: a mistyped one would lock the centre
        # out of its own archive. A mismatch is said under the field.
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Archive password again"))
        form.addRow(self.tr("&Again"), self.repeat)
        self.mismatch = message_label(self, "archivePasswordMismatch")
        self.mismatch.setVisible(False)
        form.addRow("", self.mismatch)
        for field in (self.password, self.repeat):
            self.protect.toggled.connect(field.setEnabled)
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

    def _say(self, label: QLabel, text: str, *, error: bool = True) -> None:
        """Say ``text`` on ``label`` and grow the dialog to show it whole (a wrapped line is
        taller than the dialog's first height, which would clip it)."""
        show_message(label, text, error=error)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

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
        protected = self.protect.isChecked()
        if protected and self.password.text() != self.repeat.text():
            self._say(self.mismatch, self.tr("The two passwords are not the same."))
            self.repeat.setFocus()
            return
        self._say(self.mismatch, "")
        try:
            done = export_incident_recorder(
                self._session,
                self.months(),
                Path(self.path.text().strip()),
                self.password.text() if protected else None,
            )
        except Exception as exc:
            self._say(self.message, explain(exc))
            return
        native = QDir.toNativeSeparators(str(done.path))
        self._say(  # news, not an error
            self.message,
            self.tr("Written {path}: %n incident(s).", "", done.rows).format(
                path=self._fitted(native)
            ),
            error=False,
        )
        self.message.setToolTip(native)  # the whole path, should it be shortened

    def _fitted(self, path: str) -> str:
        """``path`` as it fits on one line of the dialog: its folder shortened in the middle
        ("…"), the file's name whole, when too long. (Zero-width spaces to let it
        wrap ended up in copied text.)"""
        layout = self.layout()
        room = self.width()
        if layout is not None:
            margins = layout.contentsMargins()
            room -= margins.left() + margins.right()
        metrics = self.message.fontMetrics()
        room -= 2 * metrics.averageCharWidth()  # the label's own frame and spacing
        if metrics.horizontalAdvance(path) <= room:
            return path
        folder, sep, name = path.rpartition(QDir.separator())
        room -= metrics.horizontalAdvance(sep + name)
        return metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, max(room, 100)) + sep + name


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
