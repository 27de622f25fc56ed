"""The centre's settings: its name, address and contact (printed on documents that leave
the centre) and how soon an idle workstation locks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop.gui.dialogs import explain
from onestop.gui.views.admin._parts import button
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.session import VaultSession
from onestop.services.settings import IDLE_LOCK_RANGE, SettingsService


class SettingsPanel(QWidget):
    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self._settings = SettingsService(session)
        layout = QVBoxLayout(self)
        self.form = InlineForm("settingsForm", self)
        layout.addWidget(self.form)
        self.centre = QLineEdit(self._settings.centre_name(), self)
        self.centre.setObjectName("centreNameEdit")
        self.centre.setMaxLength(200)
        self.form.add("centre_name", self.tr("Centre &name"), self.centre)
        self.centre.setAccessibleName(self.tr("Centre name"))
        self.address = QPlainTextEdit(self._settings.centre_address(), self)
        self.address.setObjectName("centreAddressEdit")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(70)
        self.form.add("centre_address", self.tr("Centre &address"), self.address)
        self.address.setAccessibleName(self.tr("Centre address"))
        self.contact = QLineEdit(self._settings.centre_contact(), self)
        self.contact.setObjectName("centreContactEdit")
        self.contact.setMaxLength(200)
        self.form.add("centre_contact", self.tr("Centre &telephone and email"), self.contact)
        self.contact.setAccessibleName(self.tr("Centre telephone and email"))
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleLockSpin")
        self.idle.setRange(*IDLE_LOCK_RANGE)
        self.idle.setValue(self._settings.idle_lock_minutes())
        self.idle.setSuffix(self.tr(" min"))
        self.form.add("idle_lock_minutes", self.tr("&Lock after"), self.idle)
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        self.saved = QLabel(self)
        self.saved.setObjectName("settingsMessage")
        layout.addWidget(self.saved)
        row = QHBoxLayout()
        row.addWidget(button(self, self.tr("&Save settings"), "saveSettingsButton", self.save))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def save(self) -> None:
        self.saved.clear()

        def refused(exc: BaseException) -> None:
            self.form.show_error(exc)
            self.saved.setText(explain(exc))

        with report_errors(refused) as outcome:
            self._settings.update(
                centre_name=self.centre.text(),
                idle_lock_minutes=self.idle.value(),
                centre_address=self.address.toPlainText(),
                centre_contact=self.contact.text(),
            )
        if outcome.failed:
            return
        self.form.clear_errors()
        self.saved.setText(self.tr("Saved."))
        self.changed.emit()
