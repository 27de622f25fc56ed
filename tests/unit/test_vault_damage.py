"""A vault whose database cannot be read: reported for what it is, never replaced by an empty
one, and restored from a backup without opening it. Tested as an insider or an accident would
leave it: bytes flipped on the disk, a file deleted, a journal damaged."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import SignInFailed, ValidationFailed, VaultDamaged
from onestop.services.audit import AuditService
from onestop.services.auth import restore_unreadable_vault, sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.wal import wal_problem
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for

PAGE = 4096


def _crashed_copy(vault, admin, target: Path, users: int = 3) -> Path:
    """The vault as a power cut would leave it: commits in the journal, not yet in vault.db."""
    for n in range(users):
        UserService(admin).create(f"after.crash.{n}", Role.COUNSELLOR)
    assert (vault.path / "vault.db-wal").stat().st_size > 0
    shutil.copytree(vault.path, target, ignore=shutil.ignore_patterns("vault.lock"))
    admin.close()
    return target


def _flip(path: Path, offset: int, count: int = 16) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        data = fh.read(count)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def _frames(wal: Path) -> int:
    return (wal.stat().st_size - 32) // (PAGE + 24)


def _restore_and_verify(path: Path, backup: Path) -> None:
    result = restore_unreadable_vault(path, ADMIN, ADMIN_PASSWORD, backup)
    assert result.safety_backup.parent == path / "backups"  # the unreadable files kept aside
    with sign_in(path, ADMIN, ADMIN_PASSWORD) as again:
        report = MaintenanceService(again).verify()
        assert report.ok, report
        actions = [e.action for e in AuditService(again).entries()]
        assert AuditAction.BACKUP_RESTORED.value in actions
        assert "before.damage" in {m.username for m in UserService(again).list()}
    with sign_in(path, username_for(Role.MANAGER), password_for(Role.MANAGER)):
        pass  # every current password opens the restored vault


@pytest.fixture
def backup(vault, admin, tmp_path) -> Path:
    UserService(admin).create("before.damage", Role.CLINICIAN)
    return MaintenanceService(admin).backup(tmp_path).path


def test_a_damaged_first_page_is_reported_and_restored(vault, admin, backup) -> None:
    admin.close()
    _flip(vault.path / "vault.db", 100)
    with pytest.raises(VaultDamaged, match="damaged"):
        vault.sign_in()
    _restore_and_verify(vault.path, backup)


def test_a_deleted_database_is_never_recreated_empty(vault, admin, backup) -> None:
    admin.close()
    (vault.path / "vault.db").unlink()
    for _ in range(2):
        with pytest.raises(VaultDamaged, match=r"vault\.db\) is missing"):
            vault.sign_in()
        assert not (vault.path / "vault.db").exists()
    _restore_and_verify(vault.path, backup)
    mode = stat.S_IMODE((vault.path / "vault.db").stat().st_mode)
    assert mode & 0o077 == 0


def test_an_emptied_database_is_damage_and_is_never_filled_again(vault, admin, backup) -> None:
    """A vault.db cut to 0 bytes (an insider's ``: > vault.db``, or a copy that failed) is
    what SQLite would take for a new database: the migrations would fill it with an empty
    vault and the sign-in would say her account is not active. It is damage, in words; the
    file stays empty, and a restore brings the vault back (the red team's F4)."""
    admin.close()
    (vault.path / "vault.db").write_bytes(b"")
    for _ in range(2):
        with pytest.raises(VaultDamaged, match="damaged or does not belong"):
            vault.sign_in()
        assert (vault.path / "vault.db").stat().st_size == 0
    _restore_and_verify(vault.path, backup)


def test_a_deleted_journal_is_reported_as_missing_not_as_a_rollback(
    vault, admin, backup, tmp_path
) -> None:
    crashed = _crashed_copy(vault, admin, tmp_path / "crashed")
    (crashed / "vault.db-wal").unlink()
    with pytest.raises(VaultDamaged, match=r"vault\.db-wal\) was removed"):
        sign_in(crashed, ADMIN, ADMIN_PASSWORD)
    _restore_and_verify(crashed, backup)


def test_a_journal_damaged_in_the_middle_is_damage_and_restores(
    vault, admin, backup, tmp_path
) -> None:
    crashed = _crashed_copy(vault, admin, tmp_path / "crashed")
    wal = crashed / "vault.db-wal"
    assert wal_problem(crashed / "vault.db") is None  # a crash alone is not damage
    assert _frames(wal) > 4
    _flip(wal, 32 + (PAGE + 24) + 24 + 200)  # inside the second frame's page
    with pytest.raises(VaultDamaged, match=r"journal \(vault\.db-wal\) is damaged"):
        sign_in(crashed, ADMIN, ADMIN_PASSWORD)
    assert wal.exists()  # kept as it was: nothing was changed
    _restore_and_verify(crashed, backup)


def test_a_torn_last_transaction_is_a_crash_not_damage(vault, admin, tmp_path) -> None:
    crashed = _crashed_copy(vault, admin, tmp_path / "crashed")
    wal = crashed / "vault.db-wal"
    _flip(wal, 32 + (_frames(wal) - 1) * (PAGE + 24) + 24 + 200)  # the very last frame
    assert wal_problem(crashed / "vault.db") is None
    with sign_in(crashed, ADMIN, ADMIN_PASSWORD) as again:
        names = {m.username for m in UserService(again).list()}
    assert "after.crash.0" in names  # earlier commits survive; only the torn one is gone


def test_restoring_an_unreadable_vault_needs_a_current_admin_password(vault, admin, backup) -> None:
    admin.close()
    (vault.path / "vault.db").unlink()
    with pytest.raises(SignInFailed):
        restore_unreadable_vault(vault.path, ADMIN, "not the password at all 00", backup)
    with pytest.raises(ValidationFailed, match="administrator"):
        restore_unreadable_vault(
            vault.path, username_for(Role.MANAGER), password_for(Role.MANAGER), backup
        )
    assert not (vault.path / "vault.db").exists()
