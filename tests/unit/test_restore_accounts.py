"""After a restore, and after a crash: what the key slots say about who may sign in, the
records say too; and the leftovers of a killed process do not pile up."""

from __future__ import annotations

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import SignInFailed, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from tests.conftest import ADMIN_PASSWORD, password_for, username_for


def _state(session, name: str) -> bool:
    (member,) = [m for m in UserService(session).list() if m.username == name]
    return member.active


def test_an_account_disabled_after_the_backup_stays_disabled_after_restoring_it(
    vault, admin, tmp_path
) -> None:
    """How disabling works: the account's row is marked inactive and its key slot removed, its
    name listed as disabled in keyslots.json. The backup holds the row as active; the restore
    must not leave "active" in the list while sign-in says "disabled"."""
    worker = username_for(Role.CASEWORKER)
    backup = MaintenanceService(admin).backup(tmp_path).path
    UserService(admin).disable(worker)
    MaintenanceService(admin).restore(backup, ADMIN_PASSWORD)
    assert _state(admin, worker) is False  # the list agrees with the key slots
    with pytest.raises(ValidationFailed, match="already disabled"):
        UserService(admin).disable(worker)
    admin.close()
    with pytest.raises(SignInFailed, match="disabled"):
        sign_in(vault.path, worker, password_for(Role.CASEWORKER))
    with vault.sign_in() as again:
        issued = UserService(again).enable(worker)  # and enabling it works as for any other
        assert _state(again, worker) is True
        entries = AuditService(again).entries(action=AuditAction.USER_DISABLED.value)
        assert "disabled since the backup" in [e.detail for e in entries]
    with sign_in(vault.path, worker, issued.one_time_password) as again:
        assert again.must_change_password


def test_an_account_created_after_the_backup_loses_its_key_slot(vault, admin, tmp_path) -> None:
    backup = MaintenanceService(admin).backup(tmp_path).path
    issued = UserService(admin).create("after.backup", Role.COUNSELLOR)
    MaintenanceService(admin).restore(backup, ADMIN_PASSWORD)
    assert "after.backup" not in {m.username for m in UserService(admin).list()}
    assert "user:after.backup" not in admin.slots.slots  # no key to a vault that knows her not
    admin.close()
    with pytest.raises(SignInFailed):
        sign_in(vault.path, "after.backup", issued.one_time_password)


def test_an_account_disabled_in_the_backup_is_disabled_everywhere(vault, admin, tmp_path) -> None:
    worker = username_for(Role.SHELTER_OFFICER)
    UserService(admin).disable(worker)
    backup = MaintenanceService(admin).backup(tmp_path).path
    issued = UserService(admin).enable(worker)
    MaintenanceService(admin).restore(backup, ADMIN_PASSWORD)
    assert _state(admin, worker) is False
    admin.close()
    with pytest.raises(SignInFailed, match="disabled"):
        sign_in(vault.path, worker, issued.one_time_password)


def test_temporary_files_of_a_killed_process_are_swept_at_sign_in(vault, admin) -> None:
    admin.close()
    leftovers = [
        vault.path / ".keyslots.json.1a2b3c4d.tmp",
        vault.path / ".audit.anchor.00ff00ff.tmp",
    ]
    blob_dirs = [p for p in (vault.path / "blobs").glob("*") if p.is_dir()]
    if blob_dirs:
        leftovers.append(blob_dirs[0] / ".abcdef.0a0b0c0d.tmp")
    for path in leftovers:
        path.write_bytes(b"half-written")
    kept = vault.path / "backups" / "notes.tmp"  # not ours: never touched
    kept.write_bytes(b"x")
    with vault.sign_in():
        pass
    assert [p for p in leftovers if p.exists()] == []
    assert kept.exists()
