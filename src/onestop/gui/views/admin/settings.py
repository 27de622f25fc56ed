"""The centre's settings: its name, address and contact (printed on documents that leave
the centre), how soon an idle workstation locks, and the time zone its documents print their
times in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import zone_names
from onestop.gui.dialogs import explain
from onestop.gui.views.admin._parts import button
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.session import VaultSession
from onestop.services.settings import IDLE_LOCK_RANGE, CentreContact, SettingsService


class SettingsPanel(QWidget):
    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self._settings = SettingsService(session)
        layout = QVBoxLayout(self)
        self.form = InlineForm("settingsForm", self)
        layout.addWidget(self.form)
        self._build_centre()
        self._build_idle()
        self._build_zone()
        self.saved = QLabel(self)
        self.saved.setObjectName("settingsMessage")
        layout.addWidget(self.saved)
        row = QHBoxLayout()
        row.addWidget(button(self, self.tr("&Save settings"), "saveSettingsButton", self.save))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _build_centre(self) -> None:
        """The centre's name, address and contact, as documents that leave it print them."""
        self.centre = QLineEdit(self._settings.centre_name(), self)
        self.centre.setObjectName("centreNameEdit")
        self.centre.setMaxLength(200)
        self.form.add("centre_name", self.tr("Centre &name"), self.centre)
        self.centre.setAccessibleName(self.tr("Centre name"))
        contact = self._settings.centre_contact()
        self.address = QPlainTextEdit(contact.address, self)
        self.address.setObjectName("centreAddressEdit")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(70)
        self.form.add("centre_address", self.tr("Centre &address"), self.address)
        self.address.setAccessibleName(self.tr("Centre address"))
        self.phone = QLineEdit(contact.phone, self)
        self.phone.setObjectName("centrePhoneEdit")
        self.phone.setMaxLength(200)
        self.form.add("centre_phone", self.tr("Centre tele&phone"), self.phone)
        self.phone.setAccessibleName(self.tr("Centre telephone"))
        self.email = QLineEdit(contact.email, self)
        self.email.setObjectName("centreEmailEdit")
        self.email.setMaxLength(200)
        self.form.add("centre_email", self.tr("Centre &e-mail"), self.email)
        self.email.setAccessibleName(self.tr("Centre e-mail"))

    def _build_idle(self) -> None:
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleLockSpin")
        self.idle.setRange(*IDLE_LOCK_RANGE)
        self.idle.setValue(self._settings.idle_lock_minutes())
        self._name_unit(self.idle.value())
        self.idle.valueChanged.connect(self._name_unit)
        self.form.add("idle_lock_minutes", self.tr("&Lock after"), self.idle)
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))

    def _build_zone(self) -> None:
        self.zone = QComboBox(self)
        self.zone.setObjectName("timeZoneCombo")
        self.zone.setEditable(True)  # typed, with the names that match offered as she types
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(sorted(zone_names()))
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(self._settings.time_zone())
        self.form.add("time_zone", self.tr("&Time zone of documents"), self.zone)
        self.zone.setAccessibleName(self.tr("Time zone of documents"))
        self.zone.setToolTip(
            self.tr("Documents print their times in this zone, and name it beside each time.")
        )

    def _name_unit(self, minutes: int) -> None:
        """The unit after the number, in the plural form the number needs (Arabic has six)."""
        self.idle.setSuffix(self.tr(" minute(s)", "", minutes))

    def save(self) -> None:
        self.saved.clear()

        def refused(exc: BaseException) -> None:
            self.form.show_error(exc)
            self.saved.setText(explain(exc))

        with report_errors(refused) as outcome:
            self._settings.update(
                centre_name=self.centre.text(),
                idle_lock_minutes=self.idle.value(),
                time_zone=self.zone.currentText().strip(),
                centre_contact=CentreContact(
                    self.address.toPlainText(), self.phone.text(), self.email.text()
                ),
            )
        if outcome.failed:
            return
        self.form.clear_errors()
        self.saved.setText(self.tr("Saved."))
        self.changed.emit()
