"""Choosing a new password: forced after a one-time password, or when a person wants to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from onestop.gui.dialogs import explain
from onestop.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from onestop.gui.widgets.screen import report_errors
from onestop.services.users import UserService


class ChangePasswordDialog(QDialog):
    def __init__(self, users: UserService, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._users = users
        self.ui.messageLabel.hide()
        if forced:
            self.ui.introLabel.setText(
                self.tr(
                    "You signed in with a one-time password. Choose your own before you go on: "
                    "at least 12 characters; a few unrelated words make a strong password."
                )
            )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change password")
        )
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _show(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def _submit(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self._show(self.tr("The two new passwords are not the same."))
            self.ui.repeatEdit.selectAll()
            self.ui.repeatEdit.setFocus()
            return
        with report_errors(lambda exc: self._show(explain(exc))) as outcome:
            self._users.change_own_password(self.ui.currentEdit.text(), new)
        if outcome.failed:
            return
        self.accept()
