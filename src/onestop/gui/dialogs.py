"""Every message box goes through one small factory, so that a test can answer it.

Dialogs are shown with ``open()`` (window-modal, never a nested event loop) and the factory
keeps the ones still showing; tests fail when one is left open, and locking the screen closes
them all so that nothing a dialog shows stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from onestop import logs
from onestop.errors import OneStopError
from onestop.gui.phrases import phrase
from onestop.i18n import message_of


def explain(exc: BaseException) -> str:
    """What to tell the person at the keyboard about an error (never data, never a trace)."""
    if isinstance(exc, OneStopError):
        return phrase(message_of(exc))
    logs.setup()
    logs.log.error("internal error: %s", logs.describe_crash(exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Dialogs",
        "Something went wrong inside OneStop and the action was not completed. "
        "The details (without any survivor data) are in the log: {path}",
    ).format(path=logs.log_path())


class Dialogs(QObject):
    """Opens message boxes and confirmations; ``open_dialogs`` lets tests see and answer each
    one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []

    @property
    def open_dialogs(self) -> tuple[QDialog, ...]:
        return tuple(d for d in self._open if d.isVisible())

    def track(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` with open() and keep it until it finishes."""
        self._open.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
        dialog.deleteLater()

    def close_all(self) -> None:
        for dialog in list(self._open):
            dialog.reject()

    def inform(self, parent: QWidget, title: str, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setObjectName("informBox")
        self.track(box)
        return box

    def error(self, parent: QWidget, exc: BaseException, title: str = "") -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title or self.tr("Not done"),
            explain(exc),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("errorBox")
        self.track(box)
        return box

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        on_yes: Callable[[], None],
        *,
        yes: str = "",
        no: str = "",
        safe_default: bool = False,
    ) -> QMessageBox:
        """Ask before something that cannot be undone; ``on_yes`` runs only on a yes. With
        ``safe_default`` Enter answers no (where a reflex Enter would lose what was typed)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.setObjectName("confirmBox")
        yes_button = box.addButton(yes or self.tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no or self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button if safe_default else yes_button)
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes_button else None)
        self.track(box)
        return box
