"""The staff accounts: who may sign in, in which role; new accounts, one-time passwords,
disabling and re-enabling (none of it shows survivor data).

Disabling an account and resetting a password revoke it: its keys move to new versions and the
vault key is replaced (services.users), seconds of work on a large vault. They run as a job on
a pool thread (gui.jobs, as backups and checks do) behind a window-modal progress dialog
(revocation.py); on a workstation of a centre's server the vault-key steps do not exist and
the account's database login is stopped or renewed instead. The session is then used by that
thread alone: the dialog and the disabled
buttons keep the admin from starting anything else, the admin's home runs no timer that reads
the vault, and the shell neither locks nor signs out until the job is over (``busy``). Each
unit of work opens its own SQLAlchemy session and takes a pooled connection for that thread
only (vault.engine); the rotation swaps the session's engine when no other thread uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
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
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.jobs import Job, Progress
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.views.admin._parts import button, table_view
from onestop.gui.views.admin.revocation import RevocationProgress
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.session import VaultSession
from onestop.services.users import (
    STEP_ACCOUNT,
    IssuedPassword,
    StaffMember,
    UserService,
)


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
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.new_button = button(self, self.tr("&New account…"), "newAccountButton", self.new)
        bar.addWidget(self.new_button)
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
        if self.job is not None:  # a disable or a reset is running: nothing else meanwhile
            for b in (self.new_button, *self._member_buttons()):
                b.setEnabled(False)
            return
        self.new_button.setEnabled(True)
        member = self.selected()
        active = member is not None and member.active
        self.disable_button.setEnabled(
            active and member is not None and member.username != self._self
        )
        self.enable_button.setEnabled(member is not None and not member.active)
        self.reset_button.setEnabled(active)
        self.profile_button.setEnabled(member is not None)

    def _member_buttons(self) -> tuple[QWidget, ...]:
        return (self.disable_button, self.enable_button, self.reset_button, self.profile_button)

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
        if self._users.on_server:
            text = self.tr(
                "{name} will no longer be able to sign in. Their database login on the server is "
                "stopped and the keys of the records they could read move to new versions, so "
                "their password no longer connects and opens nothing written from now on. "
                "Their records and audit entries stay. You can re-enable the account later "
                "with a new one-time password."
            )
        else:
            text = self.tr(
                "{name} will no longer be able to sign in. The vault key is replaced and the "
                "keys of the records they could read move to new versions, so their password "
                "opens nothing written from now on; backups made before still open with it. "
                "Their records and audit entries stay. You can re-enable the account later "
                "with a new one-time password."
            )
        self._dialogs.confirm(
            self,
            self.tr("Disable {user}?").format(user=member.username),
            text.format(name=member.display_name),
            lambda: self._revoke(member.username, reset=False),
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
            lambda: self._revoke(member.username, reset=True),
            yes=self.tr("Reset"),
        )

    # -- disabling and resetting: a job with its progress dialog --

    def _revoke(self, username: str, *, reset: bool) -> None:
        """Disable ``username`` or reset her password on a pool thread, the steps shown."""
        if self.job is not None:
            return
        users = self._users
        if reset:
            title = self.tr("Resetting the password of {user}").format(user=username)
        else:
            title = self.tr("Disabling {user}").format(user=username)
        dialog = RevocationProgress(title, self, server=users.on_server)
        if reset and users.on_server:
            dialog.rename_first(
                self.tr("Resetting the password, moving its keys and renewing its database login")
            )
        elif reset:
            dialog.rename_first(self.tr("Resetting the password and moving its keys"))
        reached = [0]
        steps = users.revocation_steps

        def work(progress: Progress) -> StaffMember | IssuedPassword:
            def step(done: int) -> None:
                reached[0] = done
                progress(done, steps)

            if reset:
                return users.reset_password(username, step)
            return users.disable(username, step)

        job = Job(work, self)
        job.progressed.connect(lambda done, _total: dialog.show_step(done))
        job.done.connect(lambda result: self._revoked(dialog, username, result))
        job.failed.connect(lambda exc: self._revoke_failed(dialog, username, exc, reached[0]))
        self.job = job
        self._buttons()
        self.message.setText(title + "…")
        self._dialogs.track(dialog)
        job.start()

    def _revoked(
        self, dialog: RevocationProgress, username: str, result: StaffMember | IssuedPassword
    ) -> None:
        self.job = None
        dialog.finish()
        self.refresh(username)
        if isinstance(result, IssuedPassword):
            self.message.setText(self.tr("{user}: password reset.").format(user=username))
            self._dialogs.track(OneTimePasswordDialog(result, self))
        elif self._users.on_server:
            self.message.setText(
                self.tr(
                    "{user} disabled. Their database login was stopped and their keys moved to "
                    "new versions."
                ).format(user=username)
            )
        else:
            self.message.setText(
                self.tr(
                    "{user} disabled. The vault key was replaced and their keys moved to new "
                    "versions."
                ).format(user=username)
            )
        left_out = self._users.left_out
        if left_out:
            # A slot whose public key was not bound to it (keyslots.json altered) did not
            # receive the new vault key: say whose, and what to do.
            who = ", ".join(
                self.tr("the recovery key") if name == "recovery" else name for name in left_out
            )
            self.message.setText(
                self.message.text()
                + " "
                + self.tr(
                    "Warning: the key slots of {who} were left out of the new vault key, because "
                    "their public keys were not bound to them (someone altered the vault's key "
                    "file). Reset the password of each account named; a recovery key left out "
                    "is made anew with onestop-cli admin new-recovery-key."
                ).format(who=who)
            )

    def _revoke_failed(
        self, dialog: RevocationProgress, username: str, exc: BaseException, reached: int
    ) -> None:
        self.job = None
        dialog.finish()
        self.refresh(username)
        reason = explain(exc)
        if reached >= STEP_ACCOUNT and not self._users.on_server:
            # The account is revoked and its keys moved; the new vault key is not in place.
            self.message.setText(
                self.tr(
                    "{user}'s account was changed and their keys moved, but the vault key could "
                    "not be replaced: {reason} Until it is, their old password still opens the "
                    "vault from an older copy of its key file. Sign out and in again, then run "
                    "onestop-cli admin rotate-key; Verify the vault reports it until then."
                ).format(user=username, reason=reason)
            )
        else:
            self.message.setText(
                self.tr("Nothing was changed for {user}: {reason}").format(
                    user=username, reason=reason
                )
            )

    @property
    def busy(self) -> bool:
        return self.job is not None

    def wait(self) -> None:
        """Before the session ends: wait for a running disable or reset to finish (it
        cannot be stopped halfway), and take its result."""
        if self.job is not None:
            QThreadPool.globalInstance().waitForDone(300_000)
            QCoreApplication.sendPostedEvents()
