"""The admin's screens: staff accounts, the centre's settings, backups and checks, the audit
trail. None of them shows survivor data; the audit trail names case references only.

Long work (a backup, a restore, a verification) runs on a pool thread with a progress bar and a
cancel button; a restore asks for the admin's password and a confirmation first, and makes a
safety backup before it replaces anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.jobs import Cancelled, Job, Progress
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import button, table_view
from onestop.gui.widgets.dates import to_date
from onestop.gui.widgets.form import InlineForm
from onestop.services.audit import AuditRecord, AuditService, to_csv
from onestop.services.maintenance import MaintenanceService, RestoreResult, VerifyReport
from onestop.services.session import VaultSession
from onestop.services.settings import IDLE_LOCK_RANGE, SettingsService
from onestop.services.users import IssuedPassword, StaffMember, UserService

AUDIT_LIMIT = 2000  # the newest entries shown; the CSV holds every entry the filters match


# ----- staff accounts ---------------------------------------------------------------------------


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
        try:
            self.issued = self._users.create(
                self.username.text().strip(),
                Role(self.role.currentData()),
                self.display_name.text(),
            )
        except Exception as exc:
            self.form.show_error(exc)
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
        for b in (self.disable_button, self.enable_button, self.reset_button):
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
        try:
            self.staff = self._users.list()
        except Exception as exc:
            self.message.setText(explain(exc))
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

    def new(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self._users, self)
        dialog.accepted.connect(lambda: self._issued(dialog.issued))
        self._dialogs.track(dialog)
        return dialog

    def _issued(self, issued: IssuedPassword | None) -> None:
        if issued is None:
            return
        self.refresh(issued.member.username)
        self.message.setText(
            self.tr("{user}: one-time password issued.").format(user=issued.member.username)
        )
        self._dialogs.track(OneTimePasswordDialog(issued, self))

    def _act(self, run: Callable[[], Any], done: str) -> None:
        try:
            result = run()
        except Exception as exc:
            self.message.setText(explain(exc))
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
                "{name} will no longer be able to sign in; their password opens nothing. "
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


# ----- settings ---------------------------------------------------------------------------------


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
        try:
            self._settings.update(
                centre_name=self.centre.text(), idle_lock_minutes=self.idle.value()
            )
        except Exception as exc:
            self.form.show_error(exc)
            self.saved.setText(explain(exc))
            return
        self.form.clear_errors()
        self.saved.setText(self.tr("Saved."))
        self.changed.emit()


# ----- backups, restore, verification ----------------------------------------------------------


class RestoreDialog(QDialog):
    """Which backup, the admin's password, and a plain statement of what a restore does."""

    def __init__(self, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.source = source
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Restoring replaces every record in this vault with the records of the backup "
                "{file}. Work recorded since that backup is lost from the vault; a safety backup "
                "of the vault as it is now is made first."
            ).format(file=source.name),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = InlineForm("restoreForm", self)
        layout.addWidget(self.form)
        self.password = QLineEdit(self)
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("password", self.tr("Your &password"), self.password)
        self.understood = QCheckBox(
            self.tr("I understand that the records are replaced by the backup's"), self
        )
        self.understood.setObjectName("restoreUnderstood")
        layout.addWidget(self.understood)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Restore"))
        self.ok.setObjectName("restoreButton")
        self.ok.setEnabled(False)
        self.understood.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        if not self.password.text():
            self.form.show_error(
                OneStopError(self.tr("Type your own password: it opens an older backup."))
            )
            self.password.setFocus()
            return
        self.accept()


class BackupsPanel(QWidget):
    """Back up now (to the vault's folder or elsewhere), restore, verify: each a job with
    progress and cancel."""

    restored = Signal()

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPanel")
        self._maintenance = MaintenanceService(session)
        self._session = session
        self._dialogs = dialogs
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is one encrypted file: it opens only with a staff password or the "
                "recovery key of its day. Keep a recent one away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.backup_button = button(self, self.tr("&Back up now"), "backupButton", self.backup)
        self.backup_to_button = button(
            self, self.tr("Back up &to…"), "backupToButton", self.choose_backup_folder
        )
        self.restore_button = button(
            self, self.tr("&Restore from a backup…"), "restoreFromButton", self.choose_restore
        )
        self.verify_button = button(self, self.tr("&Verify the vault"), "verifyButton", self.verify)
        self.action_buttons = [
            self.backup_button,
            self.backup_to_button,
            self.restore_button,
            self.verify_button,
        ]
        for b in self.action_buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        work = QHBoxLayout()
        layout.addLayout(work)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("maintenanceProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = button(self, self.tr("&Cancel"), "maintenanceCancel", self.cancel)
        self.cancel_button.hide()
        work.addWidget(self.progress, 1)
        work.addWidget(self.cancel_button)
        self.message = QLabel(self)
        self.message.setObjectName("maintenanceMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.checks_model = RowsModel([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.checks = table_view(self, "checksTable", self.tr("Checks"), self.checks_model)
        layout.addWidget(self.checks, 1)

    # -- the job --

    def _run(self, what: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> Job:
        self.message.setText(what)
        for b in self.action_buttons:
            b.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        job = Job(work, self)
        job.progressed.connect(self._progressed)

        def finished(result: Any) -> None:
            self._finish()
            done(result)

        job.done.connect(finished)
        job.failed.connect(self._failed)
        self.job = job
        return job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        for b in self.action_buttons:
            b.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Cancelled: nothing was changed and no file was left."))
        else:
            self.message.setText(explain(exc))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self.job is not None

    def stop_and_wait(self) -> None:
        """Before the session ends: cancel the running job and wait for it to stop (a restore
        past its swap finishes; nothing is left half done)."""
        if self.job is not None:
            self.job.cancel()
            QThreadPool.globalInstance().waitForDone(120_000)
            QCoreApplication.sendPostedEvents()

    # -- the work --

    def backup(self, dest: Path | None = None) -> Job:
        maintenance = self._maintenance

        def done(info: Any) -> None:
            self.message.setText(
                self.tr("Backup written: {path} ({size} bytes, {n} attachments).").format(
                    path=info.path, size=f"{info.size:,}", n=info.blob_count
                )
            )

        return self._run(
            self.tr("Backing up…"),
            lambda progress: maintenance.backup(dest, progress=progress),
            done,
        )

    def choose_backup_folder(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Back up to a folder"))
        chooser.setObjectName("backupFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(lambda name: self.backup(Path(name)))
        self._dialogs.track(chooser)
        return chooser

    def choose_restore(self) -> QFileDialog:
        chooser = QFileDialog(
            self,
            self.tr("Restore from a backup"),
            str(self._session.folder.backups),
            self.tr("OneStop backups (*.onestop-backup)"),
        )
        chooser.setObjectName("restoreChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self.ask_restore(Path(name)))
        self._dialogs.track(chooser)
        return chooser

    def ask_restore(self, source: Path) -> RestoreDialog:
        dialog = RestoreDialog(source, self)
        dialog.accepted.connect(lambda: self.restore(source, dialog.password.text()))
        self._dialogs.track(dialog)
        return dialog

    def restore(self, source: Path, password: str) -> Job:
        maintenance = self._maintenance

        def done(result: RestoreResult) -> None:
            self.message.setText(
                self.tr(
                    "Restored the backup of {when}. The vault as it was before is kept in {path}."
                ).format(when=result.backup_created_at, path=result.safety_backup)
            )
            self.restored.emit()

        return self._run(
            self.tr("Restoring…"),
            lambda progress: maintenance.restore(source, password, progress=progress),
            done,
        )

    def verify(self) -> Job:
        maintenance = self._maintenance

        def done(report: VerifyReport) -> None:
            self.checks_model.set_rows(
                [
                    (c.name, self.tr("sound") if c.ok else self.tr("PROBLEM"), c.message)
                    for c in report.checks
                ]
                + [("", "", note) for note in report.notes]
            )
            self.message.setText(
                self.tr("Every check passed.")
                if report.ok
                else self.tr("A check failed: restore the latest sound backup and call support.")
            )

        return self._run(self.tr("Verifying…"), lambda _progress: maintenance.verify(), done)


# ----- the audit trail --------------------------------------------------------------------------


class AuditPanel(QWidget):
    """The audit trail with filters, newest first; CSV export of everything the filters match."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditPanel")
        self._audit = AuditService(session)
        self._dialogs = dialogs
        self.records: Sequence[AuditRecord] = ()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        layout.addLayout(filters)
        self.actor = QLineEdit(self)
        self.actor.setObjectName("auditActor")
        self.actor.setPlaceholderText(self.tr("user name"))
        self.actor.setAccessibleName(self.tr("Who"))
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("What"))
        self.action.addItem(self.tr("every action"), "")
        for action in AuditAction:
            self.action.addItem(action.value, action.value)
        self.section = QComboBox(self)
        self.section.setObjectName("auditSection")
        self.section.setAccessibleName(self.tr("Section"))
        self.section.addItem(self.tr("every section"), "")
        for section in Section:
            self.section.addItem(section.value, section.value)
        self.record = QLineEdit(self)
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("case reference"))
        self.record.setAccessibleName(self.tr("Case reference"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.since.setObjectName("auditSince")
        self.since.setAccessibleName(self.tr("From"))
        self.since.setCalendarPopup(True)
        self.until = QDateEdit(today, self)
        self.until.setObjectName("auditUntil")
        self.until.setAccessibleName(self.tr("To"))
        self.until.setCalendarPopup(True)
        for text, widget in (
            (self.tr("&Who"), self.actor),
            (self.tr("W&hat"), self.action),
            (self.tr("S&ection"), self.section),
            (self.tr("&Case"), self.record),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        bar.addWidget(button(self, self.tr("&Show"), "auditShowButton", self.refresh))
        self.export_button = button(
            self, self.tr("E&xport as CSV…"), "auditExportButton", self.choose_csv
        )
        bar.addWidget(self.export_button)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.model = RowsModel(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("What"),
                self.tr("Section"),
                self.tr("Case"),
                self.tr("Outcome"),
                self.tr("Detail"),
            ],
            parent=self,
        )
        self.table = table_view(self, "auditTable", self.tr("Audit trail"), self.model)
        layout.addWidget(self.table, 1)
        for edit in (self.actor, self.record):
            edit.returnPressed.connect(self.refresh)

    def _filters(self) -> dict[str, Any]:
        def moment(value: QDate, days: int = 0) -> datetime:
            """The start of that day on this workstation's clock, in UTC."""
            d = to_date(value.addDays(days))
            return datetime(d.year, d.month, d.day).astimezone().astimezone(UTC)

        return {
            "actor": self.actor.text().strip() or None,
            "action": self.action.currentData() or None,
            "section": self.section.currentData() or None,
            "record_ref": self.record.text().strip() or None,
            "since": moment(self.since.date()),
            "until": moment(self.until.date(), 1),
        }

    def refresh(self) -> None:
        try:
            self.records = self._audit.entries(
                **self._filters(), limit=AUDIT_LIMIT, newest_first=True
            )
        except Exception as exc:
            self.count.setText(explain(exc))
            return
        self.model.set_rows(
            [
                (
                    str(r.seq),
                    fmt.when(r.at),
                    r.actor,
                    r.role,
                    r.action,
                    r.section,
                    r.record_ref,
                    r.outcome,
                    r.detail,
                )
                for r in self.records
            ]
        )
        self.count.setText(
            self.tr("{n} entries (the newest {limit} shown)").format(
                n=len(self.records), limit=AUDIT_LIMIT
            )
            if len(self.records) >= AUDIT_LIMIT
            else self.tr("{n} entries").format(n=len(self.records))
        )

    def choose_csv(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Export the audit trail"))
        chooser.setObjectName("auditCsvChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("CSV files (*.csv)"))
        chooser.setDefaultSuffix("csv")
        chooser.selectFile("onestop-audit.csv")
        chooser.fileSelected.connect(lambda name: self.export_csv(Path(name)))
        self._dialogs.track(chooser)
        return chooser

    def export_csv(self, path: Path) -> int:
        """Every entry the filters match, oldest first; returns how many."""
        try:
            records = self._audit.entries(**self._filters())
            path.write_text(to_csv(records), encoding="utf-8")
        except OSError:
            self.count.setText(self.tr("The file could not be written there."))
            return 0
        except Exception as exc:
            self.count.setText(explain(exc))
            return 0
        self.count.setText(
            self.tr("{n} entries written to {path}.").format(n=len(records), path=path)
        )
        return len(records)


# ----- the admin's screen -----------------------------------------------------------------------


class AdminView(QWidget):
    settings_changed = Signal()

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        layout.addWidget(self.tabs)
        self.accounts = AccountsPanel(session, dialogs, self)
        self.settings = SettingsPanel(session, self)
        self.settings.changed.connect(self.settings_changed)
        self.backups = BackupsPanel(session, dialogs, self)
        self.backups.restored.connect(self.accounts.refresh)
        self.audit = AuditPanel(session, dialogs, self)
        self.tabs.addTab(self.accounts, self.tr("Staff &accounts"))
        self.tabs.addTab(self.settings, self.tr("&Settings"))
        self.tabs.addTab(self.backups, self.tr("&Backups and checks"))
        self.tabs.addTab(self.audit, self.tr("A&udit trail"))
        self.tabs.currentChanged.connect(self._shown)

    def clear(self) -> None:
        """At the lock: the audit trail's rows go (they name case references)."""
        self.audit.records = ()
        self.audit.model.set_rows([])
        self.audit.count.clear()

    def _shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit and not self.audit.records:
            self.audit.refresh()
