"""Key slots bound to their owners (services.slotbinding; the red team's F1 and F2).

Written as the insider works: her own password, keyslots.json and vault.db on disk, sqlcipher3
and the project's primitives; the admin's actions through the services or the CLI.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import text

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import SignInFailed
from onestop.services import slotbinding
from onestop.services.auth import sign_in, sign_in_with_recovery
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.engine import open_engine
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    key_id,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import ADMIN_PASSWORD, SampleVault, password_for, username_for
from tests.helpers import run_cli

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
CLINICIAN = username_for(Role.CLINICIAN)
COUNSELLOR = username_for(Role.COUNSELLOR)
ADMIN = username_for(Role.ADMIN)


def _unbound(vault, admin: tuple[str, str] = (ADMIN, ADMIN_PASSWORD)) -> list[slotbinding.Unbound]:
    """As the files say, without signing in (a sign-in would upgrade and vouch)."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    engine = open_engine(vault.path / "vault.db", _her_vault_key(vault, *admin))
    try:
        with engine.connect() as conn:
            return slotbinding.unbound(slots, conn)
    finally:
        engine.dispose()


def _key_slots_check(vault) -> tuple[bool, str]:
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "key slots"]
    return check.ok, check.message


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0052"


def _older_vault(tmp_path: Path, monkeypatch) -> tuple[SampleVault, dict[str, tuple[str, str]]]:
    """A vault an earlier release wrote (migration 0052: slots without bindings), and its
    accounts by role (tests/fixtures/FIXTURES.md)."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    assert all(s.binding is None for s in KeySlotFile.load(path / "keyslots.json").slots.values())
    return SampleVault(path, ""), accounts


def _her_vault_key(vault, username: str, password: str) -> bytes:
    opened = KeySlotFile.load(vault.path / "keyslots.json").open_slot(
        user_slot_id(username), password
    )
    assert opened is not None
    return opened.keys[VAULT_KEY]


def test_every_slot_of_a_new_vault_is_bound_by_its_own_registered_key(vault) -> None:
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    assert RECOVERY_SLOT in slots.slots
    for slot in slots.slots.values():
        own = slot.signing_public
        assert own is not None and slot.binding is not None
        assert slot.binding["by"] == key_id(own)
        assert slots.binding_holds(slot, Ed25519PublicKey.from_public_bytes(own))
    assert _unbound(vault) == []
    assert _key_slots_check(vault)[0]


def test_the_upgrade_vouches_for_older_slots_and_holders_bind_their_own(
    tmp_path, monkeypatch
) -> None:
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin = accounts["admin"]

    # The counsellor's sign-in is the upgrade's: it vouches for every slot whose MAC holds.
    with sign_in(older.path, *accounts["counsellor"]) as counsellor:
        assert counsellor.signer is not None
        voucher = counsellor.signer.key_id
    slots = KeySlotFile.load(older.path / "keyslots.json")
    recovery = slots.slots[RECOVERY_SLOT].binding
    assert recovery is not None and recovery["by"] == voucher
    assert _unbound(older, admin) == []

    # The clinician's own sign-in replaces the vouch with her own key's binding.
    clinician_name = accounts["clinician"][0]
    with sign_in(older.path, *accounts["clinician"]):
        pass
    clinician = KeySlotFile.load(older.path / "keyslots.json").slots[user_slot_id(clinician_name)]
    assert clinician.signing_public is not None
    assert clinician.binding is not None
    assert clinician.binding["by"] == key_id(clinician.signing_public)

    # A rotation keeps every slot; verify passes.
    with sign_in(older.path, *admin) as session:
        assert MaintenanceService(session).rotate_key() == ()
    after = KeySlotFile.load(older.path / "keyslots.json")
    assert set(after.slots) == set(slots.slots)
    with sign_in(older.path, *admin) as session:
        report = MaintenanceService(session).verify()
    assert report.ok, [(c.name, c.message) for c in report.checks if not c.ok]


def test_her_own_key_cannot_vouch_for_a_key_pair_she_put_in_the_recovery_slot(
    tmp_path, monkeypatch
) -> None:
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin_name, admin_password = accounts["admin"]
    advocate, advocate_password = accounts["legal_advocate"]
    with sign_in(older.path, *accounts["counsellor"]):  # the upgrade's sign-in vouches
        pass
    path = older.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(advocate), advocate_password)
    assert mine is not None and mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    signing_before = next(
        s for s in json.loads(path.read_text())["slots"] if s["id"] == RECOVERY_SLOT
    )["signing"]
    # Her key pair in the recovery slot, its MAC made again, bound with her own signing key.
    mac_key = subkey(old_key, Purpose.SLOT_PUBLIC)
    slots.put_slot(RECOVERY_SLOT, "a secret of her own 4711", {VAULT_KEY: old_key}, mac_key)
    slots.bind_public(RECOVERY_SLOT, mine.signing)
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == RECOVERY_SLOT:
            slot["signing"] = signing_before
    path.write_text(json.dumps(data))

    def key_slots() -> tuple[bool, str]:
        with sign_in(older.path, admin_name, admin_password) as session:
            report = MaintenanceService(session).verify()
        (check,) = [c for c in report.checks if c.name == "key slots"]
        return check.ok, check.message

    ok, detail = key_slots()
    assert not ok and "the recovery key's slot is not bound" in detail

    with sign_in(older.path, admin_name, admin_password) as session:
        users = UserService(session)
        users.disable(advocate)
        assert users.left_out == ("recovery",)
    assert RECOVERY_SLOT not in KeySlotFile.load(path).slots  # nothing sealed to her pair
    with (
        sign_in(older.path, admin_name, admin_password) as session,
        session.engine.connect() as conn,
    ):
        (entry,) = conn.execute(
            text("SELECT detail FROM audit_log WHERE action = :a ORDER BY seq DESC LIMIT 1"),
            {"a": AuditAction.KEY_ROTATED.value},
        ).one()
    assert entry.endswith("left out recovery")
    ok, detail = key_slots()
    assert not ok and "admin new-recovery-key" in detail

    # The admin makes a new recovery key with the CLI: it opens, and verify passes.
    done = run_cli(
        "admin",
        "new-recovery-key",
        "--vault",
        str(older.path),
        "--as",
        admin_name,
        "--password-stdin",
        stdin=admin_password + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    new_key = next(line.strip() for line in done.stdout.splitlines() if line.startswith("    "))
    with sign_in_with_recovery(older.path, new_key) as recovery:
        assert recovery.actor.role is None
    with pytest.raises(SignInFailed):
        sign_in_with_recovery(older.path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert key_slots()[0]


def test_a_binding_deleted_leaves_the_slot_out_of_the_next_key_until_a_reset(vault) -> None:
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == user_slot_id(CLINICIAN):
            del slot["binding"]  # "a slot of an earlier release": not after the upgrade
    path.write_text(json.dumps(data))
    ok, detail = _key_slots_check(vault)
    assert not ok and f"{CLINICIAN}'s slot is not bound" in detail

    rotated = run_cli(
        "admin",
        "rotate-key",
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert rotated.returncode == 0, rotated.stderr
    assert f"WARNING: the key slots of {CLINICIAN!r} were left out" in rotated.stdout
    assert user_slot_id(CLINICIAN) not in KeySlotFile.load(path).slots
    ok, detail = _key_slots_check(vault)
    assert not ok and f"{CLINICIAN}'s slot is missing" in detail
    with pytest.raises(SignInFailed):
        sign_in(vault.path, CLINICIAN, password_for(Role.CLINICIAN))

    with vault.sign_in() as admin:
        issued = UserService(admin).reset_password(CLINICIAN)
    with sign_in(vault.path, CLINICIAN, issued.one_time_password) as clinician:
        UserService(clinician).change_own_password(
            issued.one_time_password, password_for(Role.CLINICIAN)
        )
    assert _key_slots_check(vault)[0]


def test_only_an_admin_makes_a_new_recovery_key(vault) -> None:
    from onestop.errors import PermissionDenied

    with vault.sign_in(Role.MANAGER) as manager, pytest.raises(PermissionDenied):
        MaintenanceService(manager).new_recovery_key()
    with (
        sign_in_with_recovery(vault.path, vault.recovery_key) as recovery,
        pytest.raises(PermissionDenied),
    ):
        MaintenanceService(recovery).new_recovery_key()
    with sign_in_with_recovery(vault.path, vault.recovery_key):
        pass  # unchanged


def test_an_admin_whose_key_changed_since_the_backup_keeps_her_slot_after_a_restore(
    vault,
) -> None:
    """Her password reset with the recovery key after the backup (a new slot and key), then
    the backup restored: the restore registers her new key herself, which a rotation's check
    of registrations would not accept for another's slot; her own slot, opened with her
    password in the rotating session, is never left out."""
    with vault.sign_in() as admin:
        backup = MaintenanceService(admin).backup()
    with sign_in_with_recovery(vault.path, vault.recovery_key) as recovery:
        issued = UserService(recovery).reset_password(ADMIN)
    with sign_in(vault.path, ADMIN, issued.one_time_password) as admin:
        UserService(admin).change_own_password(issued.one_time_password, ADMIN_PASSWORD)
    with vault.sign_in() as admin:
        MaintenanceService(admin).restore(backup.path, ADMIN_PASSWORD)
    with vault.sign_in() as admin:
        left_out = MaintenanceService(admin).rotate_key()
    assert user_slot_id(ADMIN) not in {f"user:{n}" for n in left_out}
    with vault.sign_in() as admin:
        assert admin.actor.username == ADMIN


def test_a_rotation_an_older_release_left_half_done_keeps_every_slot(tmp_path, monkeypatch) -> None:
    """A vault from before slots were bound (0052) whose rotation was interrupted after its
    database was rekeyed, as that release would leave it: the new key staged in every slot,
    the database under it. Today's first sign-in completes the rotation before it migrates:
    no slot is bound yet, so the completion checks their MACs only and keeps them all (were
    the binding asked, every slot but the signing-in one would be left out: a lockout)."""
    import secrets

    from onestop.vault.backup import rekey
    from onestop.vault.keyslots import NEXT_VAULT_KEY
    from tests.helpers import raw_connection

    older, accounts = _older_vault(tmp_path, monkeypatch)
    path = older.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    before = set(slots.slots)
    opened = slots.open_slot(user_slot_id(accounts["admin"][0]), accounts["admin"][1])
    assert opened is not None
    old, new = bytes(opened.keys[VAULT_KEY]), secrets.token_bytes(32)
    slots.seal_for_all(NEXT_VAULT_KEY, new)
    slots.save()
    conn = raw_connection(older.path / "vault.db", old)
    try:
        rekey(conn, new)
    finally:
        conn.close()

    with sign_in(older.path, *accounts["counsellor"]):
        pass  # the rotation completed, then the upgrade
    assert set(KeySlotFile.load(path).slots) == before
    for role in ("admin", "clinician", "legal_advocate"):
        with sign_in(older.path, *accounts[role]) as session:
            assert bytes(session.key) == new
