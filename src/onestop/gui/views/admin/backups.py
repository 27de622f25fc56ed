"""Backups, restore and verification. Long work runs on a pool thread with a progress bar and
a cancel button; a restore asks for the admin's password and a confirmation first, and makes a
safety backup before it replaces anything.

On a workstation of a centre's server there is nothing here to back up or restore: the
records are on the server, whose backup the server's own account makes on the server machine
(docs/SERVER.md, section 5). The panel says so in words and offers only what works from a
workstation: the date of the last backup (from the audit trail) and verifying the server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.jobs import Cancelled, Job, Progress
from onestop.gui.models.rows import RowsModel
from onestop.gui.views.admin._parts import button, table_view
from onestop.gui.widgets.form import InlineForm
from onestop.services.backend import CentreServer
from onestop.services.maintenance import MaintenanceService, RestoreResult, VerifyReport
from onestop.services.session import VaultSession


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


# The command the server's IT person runs on the server machine (docs/SERVER.md, section 5):
# a command, the same in every language.
SERVER_BACKUP_COMMAND = (
    "sudo -u postgres onestop-cli admin backup "
    "--server 'postgresql://postgres@/onestop?host=/var/run/postgresql' "
    "--as ADMIN --password-stdin --to /backup/"
)


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
        self.on_server = isinstance(session.backend, CentreServer)
        layout = QVBoxLayout(self)
        self._intro(layout)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.backup_button = button(self, self.tr("&Back up now"), "backupButton", self.backup)
        self.backup_to_button = button(
            self, self.tr("Back up &to…"), "backupToButton", self.choose_backup_folder
        )
        self.restore_button = button(
            self, self.tr("&Restore from a backup…"), "restoreFromButton", self.choose_restore
        )
        self.verify_button = button(
            self,
            self.tr("&Verify the server") if self.on_server else self.tr("&Verify the vault"),
            "verifyButton",
            self.verify,
        )
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
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBackupLabel")
        self.last_label.setAccessibleName(self.tr("Last backup"))
        layout.addWidget(self.last_label)
        self.backups_model = RowsModel([self.tr("Made"), self.tr("File"), self.tr("Size")])
        self.backups_table = table_view(
            self, "backupsTable", self.tr("Earlier backups"), self.backups_model
        )
        heading = QLabel(self.tr("&Earlier backups in the vault's folder"), self)
        heading.setBuddy(self.backups_table)
        layout.addWidget(heading)
        layout.addWidget(self.backups_table, 1)
        if self.on_server:
            self._offer_only_what_works(heading)
        self.checks_model = RowsModel([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.checks = table_view(self, "checksTable", self.tr("Checks"), self.checks_model)
        layout.addWidget(self.checks, 1)
        self.refresh_backups()

    def _intro(self, layout: QVBoxLayout) -> None:
        """What a backup is here; on a server, how the server is backed up and where."""
        intro = QLabel(
            self.tr(
                "This workstation keeps no copy of the centre's records, so it makes no "
                "backups and restores none. The centre's server is backed up on the server "
                "machine: its IT person runs the command below there, as the server's "
                "postgres account, with an admin's password, and keeps the file away from "
                "the building. Section 5 of docs/SERVER.md describes it, and restoring."
            )
            if self.on_server
            else self.tr(
                "A backup is one encrypted file: it opens only with a staff password or the "
                "recovery key of its day. Keep a recent one away from this computer."
            ),
            self,
        )
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if self.on_server:
            command = QLabel(SERVER_BACKUP_COMMAND, self)
            command.setObjectName("serverBackupCommand")
            command.setAccessibleName(self.tr("Backup command on the server"))
            command.setWordWrap(True)
            command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(command)

    def _offer_only_what_works(self, heading: QLabel) -> None:
        """On a server: no local backup or restore (they would copy this workstation's
        folder, not the server) and no list of local files; verifying the server stays."""
        for b in (self.backup_button, self.backup_to_button, self.restore_button):
            b.setEnabled(False)
            b.hide()
        self.action_buttons = [self.verify_button]
        heading.hide()
        self.backups_table.hide()

    def refresh_backups(self) -> None:
        """The date of the last backup (wherever it went) and the backups kept here."""
        try:
            last = self._maintenance.last_backup()
            kept = () if self.on_server else self._maintenance.backups()
        except OneStopError as exc:
            self.last_label.setText(explain(exc))
            return
        if last is not None:
            self.last_label.setText(self.tr("Last backup: {when}").format(when=fmt.when(last)))
        elif self.on_server:
            self.last_label.setText(
                self.tr("Last backup of the server: none recorded yet. Ask its IT person.")
            )
        else:
            self.last_label.setText(
                self.tr("Last backup: none yet. Back up now, and keep a copy elsewhere.")
            )
        unreadable = self.tr("not a readable backup")
        self.backups_model.set_rows(
            [
                (
                    fmt.when(b.created_at) if b.created_at is not None else unreadable,
                    b.path.name,
                    self.tr("{n} KB").format(n=f"{max(1, b.size // 1024):,}"),
                )
                for b in kept
            ],
            [str(b.path) for b in kept],
        )

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
                self.tr(
                    "Backup written: {path} ({size} bytes, %n attachment(s)).", "", info.blob_count
                ).format(path=info.path, size=f"{info.size:,}")
            )
            self.refresh_backups()

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
            self.refresh_backups()
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

        return self._run(
            self.tr("Verifying…"), lambda progress: maintenance.verify(progress=progress), done
        )
