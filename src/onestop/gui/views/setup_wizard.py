"""First run: the centre's name, the first admin account, and the recovery key shown once.

The vault is created when the admin page is accepted (off the GUI thread: the key derivation
is calibrated then). The recovery key is shown once, with a prompt to print it or write it
down, and the person confirms two of its groups before the wizard lets them in.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from onestop.errors import ValidationFailed
from onestop.gui.dialogs import explain
from onestop.gui.jobs import Job, Progress
from onestop.services.auth import create_vault, recovery_group_matches, sign_in
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService


def _message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class CentrePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to OneStop"))
        self.setSubTitle(
            self.tr(
                "This workstation has no OneStop vault yet. The vault keeps every record "
                "encrypted; these steps create it and its first administrator."
            )
        )
        form = QFormLayout(self)
        self.centre = QLineEdit(self)
        self.centre.setObjectName("centreEdit")
        self.centre.setAccessibleName(self.tr("Centre name"))
        self.centre.setMaxLength(200)
        label = QLabel(self.tr("&Centre name"), self)
        label.setBuddy(self.centre)
        form.addRow(label, self.centre)
        self.message = _message_label(self, "centreMessage")
        form.addRow(self.message)

    def validatePage(self) -> bool:
        if not self.centre.text().strip():
            _say(self.message, self.tr("Give the centre's name as it should print on documents."))
            return False
        _say(self.message, "")
        return True


class AdminPage(QWizardPage):
    """The first admin; accepting the page creates the vault (in a worker)."""

    created = Signal()

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._job: Job | None = None
        self.session: VaultSession | None = None
        self.recovery_key = ""
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator creates the staff accounts, makes backups and sees no "
                "survivor's record. Choose a password of at least 12 characters."
            )
        )
        form = QFormLayout(self)
        self.username = self._field(form, "usernameEdit", self.tr("&User name"), 32)
        self.display_name = self._field(form, "displayNameEdit", self.tr("&Full name"), 200)
        self.password = self._field(form, "passwordEdit", self.tr("&Password"), 256)
        self.repeat = self._field(form, "repeatEdit", self.tr("&Repeat the password"), 256)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _message_label(self, "adminMessage")
        form.addRow(self.message)

    def _field(self, form: QFormLayout, name: str, text: str, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setMaxLength(length)
        label = QLabel(text, self)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return edit

    def validatePage(self) -> bool:
        if self.session is not None:
            return True
        if self._job is not None:
            return False
        if self.password.text() != self.repeat.text():
            _say(self.message, self.tr("The two passwords are not the same."))
            return False
        _say(self.message, self.tr("Creating the encrypted vault… this takes a few seconds."))
        self.setEnabled(False)
        vault = self._vault
        username, password = self.username.text(), self.password.text()
        name = self.display_name.text()
        centre = self.field("centre")

        def work(_progress: Progress) -> tuple[str, VaultSession]:
            new = create_vault(vault, username, password, display_name=name)
            session = sign_in(vault, new.admin, password)
            try:
                SettingsService(session).update(centre_name=str(centre))
            except BaseException:
                session.close()
                raise
            return new.recovery_key, session

        self._job = Job(work, self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()
        return False

    def _done(self, result: tuple[str, VaultSession]) -> None:
        self._job = None
        self.setEnabled(True)
        self.recovery_key, self.session = result
        _say(self.message, "")
        self.password.clear()
        self.repeat.clear()
        self.created.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            _say(self.message, explain(exc))
        else:
            _say(self.message, explain(exc))


class RecoveryPage(QWizardPage):
    """The recovery key, once; two of its groups typed back before the wizard finishes."""

    def __init__(self, admin: AdminPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin = admin
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(
            self.tr(
                "If every administrator forgets their password, this key is the only way back "
                "in. It is shown once: print it or write it down now, and keep it locked away "
                "from this computer."
            )
        )
        layout = QVBoxLayout(self)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.6)
        fixed.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(fixed)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        self.print_button = QPushButton(self.tr("&Print the recovery key…"), self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self._print)
        layout.addWidget(self.print_button)
        form = QFormLayout()
        layout.addLayout(form)
        self.asked = sorted(secrets.SystemRandom().sample(range(6), 2))
        self.checks: list[QLineEdit] = []
        for i in self.asked:
            edit = QLineEdit(self)
            edit.setObjectName(f"group{i + 1}Edit")
            edit.setMaxLength(8)
            text = self.tr("Group &{n}").format(n=i + 1)
            edit.setAccessibleName(text.replace("&", ""))
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.checks.append(edit)
        self.message = _message_label(self, "recoveryMessage")
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.key_label.setText(self._admin.recovery_key)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(
                self.tr("OneStop recovery key\n\n{key}\n\nKeep it locked away.").format(
                    key=self._admin.recovery_key
                )
            )
            doc.print_(printer)

    def validatePage(self) -> bool:
        for i, edit in zip(self.asked, self.checks, strict=True):
            if not recovery_group_matches(self._admin.recovery_key, i, edit.text()):
                _say(
                    self.message,
                    self.tr("Group {n} does not match. Check what you wrote down.").format(n=i + 1),
                )
                edit.selectAll()
                edit.setFocus()
                return False
        _say(self.message, "")
        return True


class SetupWizard(QWizard):
    """Emits ``ready(session)`` with the new admin signed in, once every step is done."""

    ready = Signal(object)

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up OneStop"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.centre_page = CentrePage(self)
        self.centre_page.registerField("centre*", self.centre_page.centre)
        self.admin_page = AdminPage(vault, self)
        self.recovery_page = RecoveryPage(self.admin_page, self)
        self.addPage(self.centre_page)
        self.addPage(self.admin_page)
        self.addPage(self.recovery_page)
        self.admin_page.created.connect(self.next)
        self.finished.connect(self._finished)

    def _finished(self, result: int) -> None:
        session = self.admin_page.session
        if result == QWizard.DialogCode.Accepted and session is not None:
            self.ready.emit(session)
        elif session is not None:
            session.close()
