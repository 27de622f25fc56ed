"""The admin's screens, used as the admin uses them: accounts, settings, backups, the audit."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from onestop.domain.roles import Role
from onestop.gui.views.admin import (
    AdminView,
    NewAccountDialog,
    OneTimePasswordDialog,
    ProfileDialog,
    RestoreDialog,
)
from onestop.services.audit import CSV_COLUMNS
from onestop.services.settings import CentreContact
from tests.conftest import ADMIN, ADMIN_PASSWORD, username_for
from tests.gui.conftest import sign_in


def _only(dialogs, kind: type[QDialog]) -> QDialog:
    (found,) = [d for d in dialogs.open_dialogs if isinstance(d, kind)]
    return found


def _row_of(admin: AdminView, username: str) -> list[str]:
    model = admin.accounts.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == username:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise LookupError(username)


def _select(admin: AdminView, username: str) -> None:
    names = [m.username for m in admin.accounts.staff]
    admin.accounts.table.selectRow(names.index(username))


def test_the_admin_manages_accounts_from_her_home(qtbot, make_shell, vault, dialogs) -> None:
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.ADMIN)
    admin = shell.workspace.home.admin
    assert isinstance(admin, AdminView)
    # Her home is on screen once the sign-in's own work (notices, colleagues) has settled.
    qtbot.waitUntil(lambda: admin.isVisibleTo(shell), timeout=10_000)

    # A new account: a bad user name is refused under its field; then created, OTP shown once.
    qtbot.mouseClick(
        admin.accounts.findChild(type(admin.accounts.disable_button), "newAccountButton"),
        Qt.MouseButton.LeftButton,
    )
    dialog = _only(dialogs, NewAccountDialog)
    qtbot.keyClicks(dialog.username, "no spaces please")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.error_text("username")
    assert dialog.focusWidget() is dialog.username
    dialog.username.setText("k.osei")
    qtbot.keyClicks(dialog.display_name, "Kojo Osei")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COUNSELLOR.value))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    otp = _only(dialogs, OneTimePasswordDialog)
    secret = otp.findChild(type(dialog.username), "oneTimePassword").text()
    assert len(secret) >= 12
    otp.accept()
    row = _row_of(admin, "k.osei")
    assert row[1:5] == ["Kojo Osei", Role.COUNSELLOR.label, "yes", "yes"]

    # Disable, after a confirmation; the admin cannot disable herself.
    _select(admin, ADMIN)
    assert not admin.accounts.disable_button.isEnabled()
    _select(admin, "k.osei")
    qtbot.mouseClick(admin.accounts.disable_button, Qt.MouseButton.LeftButton)
    box = _only(dialogs, QMessageBox)
    assert "k.osei" in box.windowTitle()
    next(b for b in box.buttons() if b.text() == "Disable").click()
    # A job on a pool thread behind its progress dialog; nothing else may start meanwhile.
    assert admin.accounts.busy and not admin.accounts.enable_button.isEnabled()
    qtbot.waitUntil(lambda: not admin.accounts.busy, timeout=60_000)
    assert _row_of(admin, "k.osei")[3] == "no"
    assert admin.accounts.enable_button.isEnabled()
    qtbot.mouseClick(admin.accounts.enable_button, Qt.MouseButton.LeftButton)
    _only(dialogs, OneTimePasswordDialog).accept()
    assert _row_of(admin, "k.osei")[3] == "yes"

    # A forgotten password: reset after a confirmation, a new one-time password.
    _select(admin, username_for(Role.CLINICIAN))
    qtbot.mouseClick(admin.accounts.reset_button, Qt.MouseButton.LeftButton)
    next(b for b in _only(dialogs, QMessageBox).buttons() if b.text() == "Reset").click()
    qtbot.waitUntil(lambda: not admin.accounts.busy, timeout=60_000)
    _only(dialogs, OneTimePasswordDialog).accept()
    assert _row_of(admin, username_for(Role.CLINICIAN))[4] == "yes"

    # The clinician's qualifications and registration number, for the reports she signs.
    qtbot.mouseClick(admin.accounts.profile_button, Qt.MouseButton.LeftButton)
    profile = _only(dialogs, ProfileDialog)
    qtbot.keyClicks(profile.qualifications, "MB ChB")
    qtbot.keyClicks(profile.registration, "GMC 7012345")
    profile.submit()
    assert not profile.isVisible()
    (clinician,) = [m for m in admin.accounts.staff if m.username == username_for(Role.CLINICIAN)]
    assert (clinician.qualifications, clinician.registration_number) == ("MB ChB", "GMC 7012345")

    # Settings: the idle-lock period, with the message under the field at fault.
    settings = admin.settings
    settings.centre.setText("")
    qtbot.mouseClick(
        settings.findChild(type(admin.accounts.disable_button), "saveSettingsButton"),
        Qt.MouseButton.LeftButton,
    )
    assert "centre's name" in settings.form.error_text("centre_name")
    settings.centre.setText("Riverside One-Stop Centre")
    qtbot.keyClicks(settings.address, "1 Quay Street")
    qtbot.keyClicks(settings.phone, "+44 20 7946 0001")
    qtbot.keyClicks(settings.email, "desk@example.org")
    settings.idle.setValue(12)
    with qtbot.waitSignal(shell.workspace.settings_changed):
        settings.save()
    assert settings.form.error_text("centre_name") == ""
    assert shell.idle.interval == 12 * 60_000  # the workstation locks after 12 minutes now
    assert settings._settings.centre_contact() == CentreContact(
        "1 Quay Street", "+44 20 7946 0001", "desk@example.org"
    )


def test_backup_verify_restore_and_the_audit_trail(
    qtbot, make_shell, vault, dialogs, tmp_path
) -> None:
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.ADMIN)
    admin = shell.workspace.home.admin
    backups = admin.backups

    # Back up to a folder of her choosing, with progress; every file encrypted.
    out = tmp_path / "usb"
    out.mkdir()
    job = backups.backup(out)
    assert backups.cancel_button.isVisibleTo(backups) and not backups.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not backups.busy, timeout=30_000)
    assert "Backup written" in backups.message.text(), backups.message.text()
    (written,) = out.iterdir()
    assert job.progress.cancelled is False and written.suffix == ".onestop-backup"
    assert backups.backup_button.isEnabled() and not backups.cancel_button.isVisibleTo(backups)

    # Verify: every check shown, each sound.
    backups.verify()
    qtbot.waitUntil(lambda: not backups.busy, timeout=60_000)
    model = backups.checks_model
    results = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert results == {
        "encryption": "sound",
        "database": "sound",
        "audit trail": "sound",
        "attachments": "sound",
        "key slots": "sound",
        "revocation": "sound",
        "grants": "sound",
        "accounts": "sound",
        "older text": "sound",
        "text bound to cases": "sound",
        "versions signed": "sound",
        "break-glass review": "sound",
    }
    assert backups.message.text() == "Every check passed."

    # Restore: the password and a confirmation first; then the job.
    dialog = backups.ask_restore(written)
    assert isinstance(dialog, RestoreDialog) and not dialog.ok.isEnabled()
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.message.text()
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert backups.busy  # the dialog closed and the restore runs
    qtbot.waitUntil(lambda: not backups.busy, timeout=60_000)
    assert "Restored the backup" in backups.message.text(), backups.message.text()

    # The audit trail: filters, newest first, CSV of what the filters match.
    audit = admin.audit
    admin.tabs.setCurrentWidget(audit)
    assert audit.model.rowCount() > 0
    seqs = [int(audit.model.index(r, 0).data()) for r in range(audit.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    audit.action.setCurrentIndex(audit.action.findData("backup.restored"))
    qtbot.mouseClick(
        audit.findChild(type(backups.backup_button), "auditShowButton"), Qt.MouseButton.LeftButton
    )
    assert audit.model.rowCount() == 1 and audit.count.text() == "1 entry"
    audit.action.setCurrentIndex(0)
    audit.actor.setText(ADMIN)
    audit.since.setDate(QDate.currentDate().addDays(1))  # nothing tomorrow
    audit.refresh()
    assert audit.model.rowCount() == 0
    audit.since.setDate(QDate.currentDate())
    audit.refresh()
    shown = audit.model.rowCount()
    assert shown > 0
    assert {audit.model.index(r, 2).data() for r in range(shown)} == {ADMIN}
    target = tmp_path / "audit.csv"
    audit.export_csv(target)  # on a pool thread, with a progress bar
    assert audit.progress.isVisible() or not audit.busy
    qtbot.waitUntil(lambda: not audit.busy, timeout=60_000)
    assert not audit.progress.isVisible()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    written_rows = len(rows) - 1
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) - 1 == written_rows >= shown
    assert {r[2] for r in rows[1:]} == {ADMIN}
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(written_rows) in audit.count.text()

    # Locking clears the audit rows (they name case references).
    shell.lock()
    assert audit.model.rowCount() == 0


def test_no_session_ends_under_a_running_backup(qtbot, make_shell, vault, dialogs) -> None:
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.ADMIN)
    backups = shell.workspace.home.admin.backups
    backups.backup()
    shell.sign_out()  # refused, with the reason, while it runs
    assert shell.workspace is not None
    box = [d for d in dialogs.open_dialogs if d.objectName() == "informBox"]
    assert box and "still running" in box[0].text()
    box[0].accept()
    backups.backup()
    shell._switch_user()  # the lock screen's switch: the job is stopped and waited for
    assert shell.workspace is None
    leftovers = list((vault.path / "backups").glob(".onestop-backup-*"))
    assert leftovers == []  # a complete backup or none, never a half-written one
    for written in (vault.path / "backups").glob("*.onestop-backup"):
        assert written.stat().st_size > 0


def test_a_draft_of_a_record_kept_as_a_namespace_keeps_its_version() -> None:
    from types import SimpleNamespace

    from onestop.gui.views.records import _with_version

    record = SimpleNamespace(record_id=3, version=5, details=None)
    older = _with_version(record, 4)
    assert (older.version, older.record_id, record.version) == (4, 3, 5)
