"""The sign-in screen: user name and password, a clear message for every failure, the back-off
counted down on screen, a Caps Lock warning. The key derivation runs off the GUI thread."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from onestop.errors import BackOff, OneStopError
from onestop.gui import warm
from onestop.gui.dialogs import explain
from onestop.gui.forms.ui_sign_in import Ui_SignInView
from onestop.gui.jobs import Job, Progress
from onestop.gui.widgets.password import CapsLockWatch

if TYPE_CHECKING:
    from onestop.services.session import VaultSession


class SignInView(QWidget):
    signed_in = Signal(object)  # VaultSession

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInView()
        self.ui.setupUi(self)
        self._vault = vault
        self._job: Job | None = None
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.ui.capsLockLabel.hide()
        self.ui.messageLabel.hide()
        caps = CapsLockWatch(self.ui.passwordEdit)
        caps.changed.connect(self.ui.capsLockLabel.setVisible)
        self.ui.signInButton.clicked.connect(self._submit)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.passwordEdit.returnPressed.connect(self._submit)

    def set_centre(self, name: str) -> None:
        self.ui.centreLabel.setText(name)

    def reset(self, username: str = "") -> None:
        """Ready for the next person: empty password, no message, focus where typing starts."""
        self.ui.usernameEdit.setText(username)
        self.ui.passwordEdit.clear()
        self._show("")
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _show(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def _submit(self) -> None:
        if self._job is not None or self._wait_left > 0:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self._show(self.tr("Type your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self._show(self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._show(self.tr("Opening the vault…"))
        self._set_enabled(False)
        vault = self._vault

        def work(_progress: Progress) -> VaultSession:
            warm.wait()  # the vault's libraries load in the background from the start
            from onestop.services.auth import sign_in

            return sign_in(vault, username, password)

        self._job = Job(work, self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.signInButton):
            w.setEnabled(enabled)

    def _done(self, session: VaultSession) -> None:
        self._job = None
        self._set_enabled(True)
        self.ui.passwordEdit.clear()
        self._show("")
        self.signed_in.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_enabled(True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if isinstance(exc, BackOff):
            self._wait_left = math.ceil(exc.seconds_left)
            self.ui.signInButton.setEnabled(False)
            self._tick(first=True)
            self._countdown.start()
        elif isinstance(exc, OneStopError):
            self._show(str(exc))
        else:
            self._show(explain(exc))

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ui.signInButton.setEnabled(True)
            self._show(self.tr("You can try again now."))
            return
        self._show(
            self.tr("Too many failed attempts. You can try again in {n} s.").format(
                n=self._wait_left
            )
        )
