"""Encrypted backups, restore, and the vault key staying put while people come and go."""

from __future__ import annotations

import os
import zipfile

import pytest
from sqlalchemy.orm import SessionTransaction

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import SignInFailed, VaultDamaged
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile
from tests.conftest import ADMIN_PASSWORD, password_for, username_for
from tests.helpers import containing, sha256_file, store_attachment


def _names(session) -> set[str]:
    return {m.username for m in UserService(session).list()}


def test_backup_holds_no_plaintext_and_restores_what_was_there(vault, admin, tmp_path) -> None:
    canary = "Backup Canary Ngozi Adébáyọ̀"
    UserService(admin).create("before.backup", Role.CLINICIAN, canary)
    photo = b"INJURY-PHOTO-CANARY" * 500
    digest = store_attachment(admin, photo)
    (tmp_path / "out").mkdir()
    info = MaintenanceService(admin).backup(tmp_path / "out")
    assert info.path.parent == tmp_path / "out"
    assert info.path.name.startswith("onestop-backup-") and info.blob_count == 1
    assert containing("Canary", info.path) == []
    assert containing("INJURY-PHOTO-CANARY", info.path) == []
    with zipfile.ZipFile(info.path) as zf:
        assert zf.read("vault.db")[:16] != b"SQLite format 3\x00"

    UserService(admin).create("after.backup", Role.COUNSELLOR)
    admin.blobs.delete(digest)
    result = MaintenanceService(admin).restore(info.path, ADMIN_PASSWORD)
    assert result.safety_backup.exists()
    names = _names(admin)
    assert "before.backup" in names and "after.backup" not in names
    assert admin.blobs.get(digest) == photo
    assert MaintenanceService(admin).verify().ok
    trail = [e.action for e in AuditService(admin).entries()]
    assert AuditAction.BACKUP_RESTORED.value in trail
    admin.close()
    with vault.sign_in(Role.MANAGER):  # other staff still sign in after the restore
        pass


def test_default_backups_go_into_the_vault_backups_folder(vault, admin) -> None:
    info = MaintenanceService(admin).backup()
    assert info.path.parent == vault.path / "backups"
    assert AuditAction.BACKUP_CREATED.value in [e.action for e in AuditService(admin).entries()]


def test_a_backup_made_before_a_key_rotation_still_restores(vault, admin, tmp_path) -> None:
    info = MaintenanceService(admin).backup(tmp_path)
    UserService(admin).create("after.backup", Role.COUNSELLOR)
    MaintenanceService(admin).rotate_key()
    MaintenanceService(admin).restore(info.path, ADMIN_PASSWORD)
    assert "after.backup" not in _names(admin)
    assert MaintenanceService(admin).verify().ok


def test_verify_reports_its_progress_and_a_cancel_records_nothing(admin, monkeypatch) -> None:
    """Verify's bar is determinate: the two whole-file checks, each entry of the trail (after
    each batch) and each attachment; the count only grows and ends at the total. A cancel
    (the callback raises) stops the checks and records no verification."""
    from onestop.services import audit as audit_module

    monkeypatch.setattr(audit_module, "VERIFY_BATCH", 4)
    store_attachment(admin, b"first photo" * 100)
    store_attachment(admin, b"second photo" * 100)
    entries = len(AuditService(admin).entries())  # that read is itself one more entry
    calls: list[tuple[int, int]] = []
    assert MaintenanceService(admin).verify(progress=lambda d, t: calls.append((d, t))).ok
    done = [d for d, _ in calls]
    (total,) = {t for _, t in calls}
    trail = entries + 1  # the read above
    assert total == 2 * trail + trail + 2
    assert done == sorted(done) and done[0] == 0 and done[-1] == total
    assert 2 * trail + 4 in done and 2 * trail + 8 in done  # after each batch of entries
    assert [total - 1, total] == done[-3:-1]  # then each attachment

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 0:
            raise Stop

    before = [e.action for e in AuditService(admin).entries()]
    with pytest.raises(Stop):
        MaintenanceService(admin).verify(progress=cancel)
    after = [e.action for e in AuditService(admin).entries()]
    assert after.count(AuditAction.VERIFIED.value) == before.count(AuditAction.VERIFIED.value)


def test_a_damaged_or_foreign_file_is_refused_clearly(vault, admin, tmp_path) -> None:
    junk = tmp_path / "junk.onestop-backup"
    junk.write_bytes(os.urandom(4000))
    with pytest.raises(VaultDamaged, match="not a OneStop backup"):
        MaintenanceService(admin).restore(junk, ADMIN_PASSWORD)
    evil = tmp_path / "evil.onestop-backup"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", '{"format": "onestop-backup", "version": 1}')
        zf.writestr("../../escape.txt", "x")
    with pytest.raises(VaultDamaged):
        MaintenanceService(admin).restore(evil, ADMIN_PASSWORD)
    assert not (tmp_path.parent / "escape.txt").exists()
    assert MaintenanceService(admin).verify().ok


def test_only_the_admin_backs_up(vault) -> None:
    from onestop.errors import PermissionDenied

    with vault.sign_in(Role.MANAGER) as manager, pytest.raises(PermissionDenied):
        MaintenanceService(manager).backup()


def test_adding_removing_and_repasswording_users_keeps_the_data(vault, admin) -> None:
    """Adding someone keeps the vault key; a disable and a reset replace it (revocation:
    tests/unit/test_insider_revocation.py). Every remaining slot opens the key of now."""
    key_before = admin.key
    db_rows_before = {m.username: m for m in UserService(admin).list()}
    users = UserService(admin)
    issued = users.create("temp.worker", Role.SHELTER_OFFICER)
    assert admin.key == key_before
    users.disable(username_for(Role.CASEWORKER))
    after_disable = admin.key
    assert after_disable != key_before
    users.enable(username_for(Role.CASEWORKER))
    assert admin.key == after_disable
    users.reset_password(username_for(Role.CLINICIAN))
    key_now = admin.key
    assert key_now not in (key_before, after_disable)
    admin.close()
    with sign_in(vault.path, "temp.worker", issued.one_time_password) as session:
        UserService(session).change_own_password(
            issued.one_time_password, "fresh shelter phrase for winter 12"
        )
        assert session.key == key_now
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(f"user:{username_for(Role.MANAGER)}", password_for(Role.MANAGER))
    assert opened is not None and opened.keys[VAULT_KEY] == key_now
    with vault.sign_in() as again:
        assert again.key == key_now
        after = {m.username: m for m in UserService(again).list()}
    for name, member in db_rows_before.items():
        if name not in (username_for(Role.CASEWORKER), username_for(Role.CLINICIAN)):
            assert after[name] == member
    with pytest.raises(SignInFailed):
        sign_in(vault.path, username_for(Role.CLINICIAN), password_for(Role.CLINICIAN))


def test_a_failed_commit_puts_the_key_slots_back(vault, admin, monkeypatch) -> None:
    """Slots are saved just before the commit; a commit that fails (a full disk, say) must not
    leave a slot the database knows nothing about, nor lose the old password."""
    before = sha256_file(vault.path / "keyslots.json")
    counsellor = username_for(Role.COUNSELLOR)

    def failing_commit(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(SessionTransaction, "commit", failing_commit)
    with pytest.raises(OSError, match="disk full"):
        UserService(admin).reset_password(counsellor)
    with pytest.raises(OSError, match="disk full"):
        UserService(admin).create("half.made", Role.COUNSELLOR)
    monkeypatch.undo()
    assert sha256_file(vault.path / "keyslots.json") == before
    assert "half.made" not in _names(admin)
    admin.close()
    with sign_in(vault.path, counsellor, password_for(Role.COUNSELLOR)) as session:
        assert not session.must_change_password


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["restore.staged", "restore.replaced"])
def test_a_kill_either_side_of_the_swap_leaves_a_sound_vault(vault, admin, tmp_path, stage):
    import signal

    from tests.helpers import run_cli

    info = MaintenanceService(admin).backup(tmp_path)
    UserService(admin).create("after.backup", Role.COUNSELLOR)
    admin.close()
    result = run_cli(
        "admin",
        "restore",
        "--vault",
        str(vault.path),
        "--as",
        "admin-one",
        "--from",
        str(info.path),
        "--yes",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
        env={"ONESTOP_KILL_AT": stage},
    )
    assert result.returncode == -signal.SIGKILL
    with vault.sign_in() as again:
        report = MaintenanceService(again).verify()
        assert report.ok, report  # no false alarm of tampering
        names = _names(again)
        actions = [e.action for e in AuditService(again).entries()]
    assert AuditAction.TAMPER_DETECTED.value not in actions
    if stage == "restore.staged":
        assert "after.backup" in names  # not swapped yet: the vault as it was
    else:
        assert "after.backup" not in names  # swapped: the backup's records
        assert AuditAction.BACKUP_RESTORED.value in actions
    assert not list(vault.path.glob(".vault.db.restore-*"))  # swept at the next sign-in


class _Stop(Exception):
    pass


def test_a_cancelled_backup_or_restore_leaves_nothing_and_changes_nothing(
    vault, admin, tmp_path
) -> None:
    for n in range(3):
        store_attachment(admin, f"attachment {n}".encode() * 100)
    seen: list[tuple[int, int]] = []

    def cancel_at(step: int):
        def progress(done: int, total: int) -> None:
            seen.append((done, total))
            if len(seen) == step:
                raise _Stop

        return progress

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(_Stop):
        MaintenanceService(admin).backup(out, progress=cancel_at(3))
    assert list(out.iterdir()) == []  # no archive, no work folder
    entries = AuditService(admin).entries()
    assert AuditAction.BACKUP_CREATED.value not in [e.action for e in entries]

    seen.clear()
    info = MaintenanceService(admin).backup(out, progress=cancel_at(0))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)  # the database, three files, the end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    UserService(admin).create("after.backup", Role.COUNSELLOR)
    for step in (1, 3, 5):  # cancelled before the swap: the vault is as it was
        seen.clear()
        with pytest.raises(_Stop):
            MaintenanceService(admin).restore(info.path, ADMIN_PASSWORD, progress=cancel_at(step))
        assert "after.backup" in _names(admin)
    assert not list(vault.path.glob(".vault.db.restore-*"))
    assert not list(vault.path.glob(".onestop-restore-*"))
    seen.clear()
    MaintenanceService(admin).restore(info.path, ADMIN_PASSWORD, progress=cancel_at(6))
    assert seen[-1] == (5, 5) and "after.backup" not in _names(admin)
