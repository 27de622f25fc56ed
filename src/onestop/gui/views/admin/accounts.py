"""The staff accounts: who may sign in, in which role; new accounts, one-time passwords,
disabling and re-enabling (none of it shows survivor data)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.views.admin._parts import button, table_view
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.session import VaultSession
from onestop.services.users import IssuedPassword, StaffMember, UserService


class NewAccountDialog(QDialog):
    """A new staff account: user name, name, role. The one-time password is shown after."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New staff account"))
        self._users = users
        self.issued: IssuedPassword | None = None
        layout = QVBoxLayout(self)
        self.form = InlineForm("accountForm", self)
        layout.addWidget(self.form)
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("e.g. a.mensah"))
        self.form.add("username", self.tr("&User name"), self.username)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newDisplayName")
        self.display_name.setMaxLength(200)
        self.form.add("display_name", self.tr("&Name"), self.display_name)
        self.role = QComboBox(self)
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CASEWORKER.value))
        self.form.add("role", self.tr("&Role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Create"))
        self.ok.setObjectName("createAccountButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        with report_errors(self.form.show_error) as outcome:
            self.issued = self._users.create(
                self.username.text().strip(),
                Role(self.role.currentData()),
                self.display_name.text(),
            )
        if outcome.failed:
            return
        self.accept()


class OneTimePasswordDialog(QDialog):
    """The one-time password, shown once, to hand over in person."""

    def __init__(self, issued: IssuedPassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.setWindowTitle(self.tr("One-time password"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give this one-time password to {name} ({user}) in person. It is shown only "
                "now; they choose their own password when they first sign in."
            ).format(name=issued.member.display_name, user=issued.member.username),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        secret = QLineEdit(issued.one_time_password, self)
        secret.setObjectName("oneTimePassword")
        secret.setReadOnly(True)
        secret.setAccessibleName(self.tr("One-time password"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(secret.font().pointSizeF() * 1.4)
        secret.setFont(font)
        layout.addWidget(secret)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        done.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have handed it over"))
        done.accepted.connect(self.accept)
        layout.addWidget(done)
        secret.selectAll()
        secret.setFocus()


class ProfileDialog(QDialog):
    """A member of staff's qualifications and registration number: what a medico-legal
    report's declaration prints beside her name when she is the examiner."""

    def __init__(
        self, users: UserService, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profile of {name}").format(name=member.display_name))
        self._users, self._member = users, member
        layout = QVBoxLayout(self)
        self.form = InlineForm("profileForm", self)
        layout.addWidget(self.form)
        self.qualifications = QLineEdit(member.qualifications, self)
        self.qualifications.setObjectName("qualificationsEdit")
        self.qualifications.setMaxLength(200)
        self.qualifications.setPlaceholderText(self.tr("e.g. MB ChB, DFFLM"))
        self.form.add("qualifications", self.tr("&Qualifications"), self.qualifications)
        self.qualifications.setAccessibleName(self.tr("Qualifications"))
        self.registration = QLineEdit(member.registration_number, self)
        self.registration.setObjectName("registrationEdit")
        self.registration.setMaxLength(64)
        self.form.add("registration_number", self.tr("Re&gistration number"), self.registration)
        self.registration.setAccessibleName(self.tr("Registration number"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        with report_errors(self.form.show_error) as outcome:
            self._users.update_profile(
                self._member.username,
                qualifications=self.qualifications.text(),
                registration_number=self.registration.text(),
            )
        if outcome.failed:
            return
        self.accept()


class AccountsPanel(QWidget):
    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPanel")
        self._users = UserService(session)
        self._self = session.actor.username
        self._dialogs = dialogs
        self.staff: tuple[StaffMember, ...] = ()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        bar.addWidget(button(self, self.tr("&New account…"), "newAccountButton", self.new))
        self.disable_button = button(self, self.tr("&Disable…"), "disableButton", self.disable)
        self.enable_button = button(self, self.tr("Re-&enable"), "enableButton", self.enable)
        self.reset_button = button(
            self, self.tr("&Reset password…"), "resetPasswordButton", self.reset
        )
        self.profile_button = button(
            self, self.tr("&Qualifications…"), "profileButton", self.profile
        )
        for b in (self.disable_button, self.enable_button, self.reset_button, self.profile_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.model = RowsModel(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Must change password"),
                self.tr("Created"),
            ],
            parent=self,
        )
        self.table = table_view(self, "staffTable", self.tr("Staff accounts"), self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        with report_errors(self.message) as outcome:
            self.staff = self._users.list()
        if outcome.failed:
            return
        self.model.set_rows(
            [
                (
                    m.username,
                    m.display_name,
                    label(m.role),
                    fmt.yes_no(m.active),
                    fmt.yes_no(m.must_change_password),
                    fmt.when(m.created_at),
                )
                for m in self.staff
            ],
            [m.username for m in self.staff],
        )
        names = [m.username for m in self.staff]
        if select in names:
            self.table.selectRow(names.index(select))
        self._buttons()

    def selected(self) -> StaffMember | None:
        row = self.table.currentIndex().row()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def _buttons(self) -> None:
        member = self.selected()
        active = member is not None and member.active
        self.disable_button.setEnabled(
            active and member is not None and member.username != self._self
        )
        self.enable_button.setEnabled(member is not None and not member.active)
        self.reset_button.setEnabled(active)
        self.profile_button.setEnabled(member is not None)

    def new(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self._users, self)
        dialog.accepted.connect(lambda: self._issued(dialog.issued))
        self._dialogs.track(dialog)
        return dialog

    def profile(self) -> ProfileDialog | None:
        member = self.selected()
        if member is None:
            return None
        dialog = ProfileDialog(self._users, member, self)
        dialog.accepted.connect(lambda: self._profile_saved(member.username))
        self._dialogs.track(dialog)
        return dialog

    def _profile_saved(self, username: str) -> None:
        self.refresh(username)
        self.message.setText(self.tr("{user}: qualifications saved.").format(user=username))

    def _issued(self, issued: IssuedPassword | None) -> None:
        if issued is None:
            return
        self.refresh(issued.member.username)
        self.message.setText(
            self.tr("{user}: one-time password issued.").format(user=issued.member.username)
        )
        self._dialogs.track(OneTimePasswordDialog(issued, self))

    def _act(self, run: Callable[[], Any], done: str) -> None:
        with report_errors(self.message) as outcome:
            result = run()
        if outcome.failed:
            return
        member = self.selected()
        self.refresh(member.username if member else "")
        self.message.setText(done)
        if isinstance(result, IssuedPassword):
            self._dialogs.track(OneTimePasswordDialog(result, self))

    def disable(self) -> None:
        member = self.selected()
        if member is None:
            return
        self._dialogs.confirm(
            self,
            self.tr("Disable {user}?").format(user=member.username),
            self.tr(
                "{name} will no longer be able to sign in. The vault key is replaced and the "
                "keys of the records they could read move to new versions, so their password "
                "opens nothing written from now on; backups made before still open with it. "
                "Their records and audit entries stay. You can re-enable the account later "
                "with a new one-time password."
            ).format(name=member.display_name),
            lambda: self._act(
                lambda: self._users.disable(member.username),
                self.tr("{user} disabled.").format(user=member.username),
            ),
            yes=self.tr("Disable"),
        )

    def enable(self) -> None:
        member = self.selected()
        if member is not None:
            self._act(
                lambda: self._users.enable(member.username),
                self.tr("{user} re-enabled.").format(user=member.username),
            )

    def reset(self) -> None:
        member = self.selected()
        if member is None:
            return
        self._dialogs.confirm(
            self,
            self.tr("Reset the password of {user}?").format(user=member.username),
            self.tr(
                "Their current password stops working now; they sign in with the one-time "
                "password you will hand them and then choose a new one."
            ),
            lambda: self._act(
                lambda: self._users.reset_password(member.username),
                self.tr("{user}: password reset.").format(user=member.username),
            ),
            yes=self.tr("Reset"),
        )
