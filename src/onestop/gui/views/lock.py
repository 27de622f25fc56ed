"""The lock screen: the same person unlocks with their password, or someone else signs in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from onestop.gui.dialogs import explain
from onestop.gui.forms.ui_lock import Ui_LockView
from onestop.gui.jobs import Job, Progress
from onestop.gui.widgets.controls import show_message
from onestop.gui.widgets.password import CapsLockWatch
from onestop.i18n import isolating

if TYPE_CHECKING:
    from onestop.services.session import VaultSession


class LockView(QWidget):
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockView()
        self.ui.setupUi(self)
        self._session: VaultSession | None = None
        self._job: Job | None = None
        self.ui.capsLockLabel.hide()
        self.ui.messageLabel.hide()
        CapsLockWatch(self.ui.passwordEdit).changed.connect(self.ui.capsLockLabel.setVisible)
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.switchUserButton.clicked.connect(self.switch_user)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen on the sign-in screen
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def show_for(self, session: VaultSession) -> None:
        self._session = session
        self.ui.whoLabel.setText(
            self.tr("Locked by {name}. Only they can unlock; anyone else signs in anew.").format(
                **isolating(name=session.actor.display_name)
            )
        )
        self.ui.passwordEdit.clear()
        self._show("")
        self.ui.passwordEdit.setFocus()

    def _show(self, message: str, *, error: bool = True) -> None:
        show_message(self.ui.messageLabel, message, error=error)

    def _submit(self) -> None:
        session = self._session
        password = self.ui.passwordEdit.text()
        if session is None or self._job is not None:
            return
        if not password:
            self._show(self.tr("Type your password."))
            return
        self._show(self.tr("Unlocking…"), error=False)
        self.ui.unlockButton.setEnabled(False)

        def work(_progress: Progress) -> None:
            session.unlock(password)

        self._job = Job(work, self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _done(self, _result: object) -> None:
        self._job = None
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        self._show("")
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.ui.unlockButton.setEnabled(True)
        self.ui.passwordEdit.clear()
        self._show(explain(exc))
