"""The sign-in screen: user name and password, a clear message for every failure, the back-off
counted down on screen, a Caps Lock warning. The key derivation runs off the GUI thread."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QWidget,
)

from onestop.errors import BackOff, OneStopError
from onestop.gui import warm
from onestop.gui.dialogs import explain
from onestop.gui.forms.ui_sign_in import Ui_SignInView
from onestop.gui.jobs import Job, Progress
from onestop.gui.language import NATIVE_NAMES, SHIPPED, current_language, install, keep_language
from onestop.gui.widgets.controls import show_message
from onestop.gui.widgets.password import CapsLockWatch

if TYPE_CHECKING:
    from onestop.services.session import VaultSession
    from onestop.services.workstation import WorkstationServer


class SignInView(QWidget):
    signed_in = Signal(object)  # VaultSession

    def __init__(
        self,
        vault: Path,
        parent: QWidget | None = None,
        *,
        server: WorkstationServer | None = None,
    ) -> None:
        """Signs in to the vault in ``vault``, or with ``server`` to that centre server from
        this workstation (``vault`` is then the workstation's own folder)."""
        super().__init__(parent)
        self.ui = Ui_SignInView()
        self.ui.setupUi(self)
        self._vault = vault
        self._server = server
        self._job: Job | None = None
        self._wait_left = 0
        self._sealing_said = False
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
        self._centre = ""
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in SHIPPED:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        # Sealing older text at a holder's sign-in can take tens of seconds at 100,000
        # survivors (services.sectionkeys.seal_older_text): how far it is, not a still window.
        self.progress = QProgressBar(self.ui.card)
        self.progress.setObjectName("signInProgress")
        self.progress.hide()
        card = self.ui.cardLayout
        card.insertWidget(card.indexOf(self.ui.messageLabel) + 1, self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.language)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.addLayout(row)
        self._name_language()

    def _name_language(self) -> None:
        self.progress.setAccessibleName(self.tr("Sealing older records"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of OneStop on this workstation"))

    def _language_chosen(self, _index: int) -> None:
        """Another language for this workstation: kept, and the screens speak it at once."""
        code = str(self.language.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication) and code != current_language():
            install(app, code)
            keep_language(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_language()
            if self._centre:
                self.ui.centreLabel.setText(self._centre)
        super().changeEvent(event)

    def set_centre(self, name: str) -> None:
        self._centre = name
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

    def _show(self, message: str, *, error: bool = True) -> None:
        show_message(self.ui.messageLabel, message, error=error)

    def _submit(self) -> None:
        if self._job is not None or self._wait_left > 0:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username and not password:
            self._show(self.tr("Type your user name and your password."))
            self.ui.usernameEdit.setFocus()
            return
        if not username:
            self._show(self.tr("Type your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self._show(self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._show(self.tr("Opening the vault…"), error=False)
        self._set_enabled(False)
        vault, server = self._vault, self._server

        def work(progress: Progress) -> VaultSession:
            warm.wait()  # the vault's libraries load in the background from the start
            if server is not None:
                from onestop.services import workstation

                return workstation.sign_in(server, vault, username, password)
            from onestop.services.auth import sign_in

            return sign_in(vault, username, password, progress=progress)

        self._sealing_said = False
        self._job = Job(work, self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.progressed.connect(self._sealing)
        self._job.start()

    def _sealing(self, done: int, total: int) -> None:
        """The vault is upgraded (``total`` 0: busy, how far not known), or her keys seal
        records written before their section was sealed: how far it is."""
        if total == 0:
            if not self.progress.isVisible():
                self._show(
                    self.tr(
                        "Upgrading the vault to this version. This happens once; it can take "
                        "a minute."
                    ),
                    error=False,
                )
                self.progress.show()
            self.progress.setRange(0, 0)  # a busy bar
            return
        if not self._sealing_said:
            self._sealing_said = True
            self._show(
                self.tr(
                    "Sealing records written before this version under your keys. This "
                    "happens once; it can take a minute."
                ),
                error=False,
            )
            self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.signInButton):
            w.setEnabled(enabled)

    def _done(self, session: VaultSession) -> None:
        self._job = None
        self.progress.hide()
        self._set_enabled(True)
        self.ui.passwordEdit.clear()
        self._show("")
        self.signed_in.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.progress.hide()
        self._set_enabled(True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if isinstance(exc, BackOff):
            self._wait_left = math.ceil(exc.seconds_left)
            self.ui.signInButton.setEnabled(False)
            self._tick(first=True)
            self._countdown.start()
        elif isinstance(exc, OneStopError):
            self._show(explain(exc))
        else:
            self._show(explain(exc))

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ui.signInButton.setEnabled(True)
            self._show(self.tr("You can try again now."), error=False)
            return
        self._show(
            self.tr(
                "Too many failed attempts. You can try again in %n second(s).", "", self._wait_left
            )
        )
