"""Red team (session 12, red22b): attacks on the key slots' bindings (services.slotbinding).

The legal advocate holds her password, the vault folder's files, sqlcipher3 and the project's
own primitives. Each test performs one attack, has the admin disable her, and checks with only
her files and secret whether she opens today's ``vault.db`` and whether ``verify`` names it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from onestop.db.audit import AuditAnchor
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.services import audit
from onestop.services.auth import sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.engine import open_engine
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    key_id,
    unseal,
    unwrap,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import ADMIN_PASSWORD, password_for, username_for
from tests.helpers import raw_connection, run_cli

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
ADMIN = username_for(Role.ADMIN)
CLINICIAN = username_for(Role.CLINICIAN)
MINE = "a secret of her own 98765"


def _her_keys(path: Path) -> bytes:
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert mine is not None
    return mine.keys[VAULT_KEY]


def _plant_pair(path: Path, target: str, *, keep_binding: bool = False) -> bytes:
    """Her own key pair in ``target``'s slot, its MAC recomputed, the slot's registered signing
    part left as it was, and no binding. Returns the vault key she holds now."""
    old_key = _her_keys(path)
    before = next(s for s in json.loads(path.read_text())["slots"] if s["id"] == target)
    slots = KeySlotFile.load(path)
    slots.put_slot(target, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == target:
            slot["signing"] = before["signing"]
            if keep_binding:
                slot["binding"] = before["binding"]
            else:
                slot.pop("binding", None)
    path.write_text(json.dumps(data))
    return old_key


def _opened_after(folder: Path, target: str, old_key: bytes) -> int | None:
    """With the files and her secret only: the number of cases in today's vault.db through
    ``target``'s slot, or None if she cannot open it."""
    after = KeySlotFile.load(folder / "keyslots.json")
    slot = after.slots.get(target)
    if slot is None:
        return None
    try:
        private = X25519PrivateKey.from_private_bytes(
            unwrap(slot.kdf.derive(MINE), slot.private, after.aad(target, "private"))
        )
        new_key = unseal(private, slot.sealed[VAULT_KEY], after.aad(target, VAULT_KEY))
    except Exception:
        return None
    assert new_key != old_key, "no rotation happened"
    conn = raw_connection(folder / "vault.db", new_key)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    except Exception:
        return None
    finally:
        conn.close()


def _rewind(folder: Path, key: bytes) -> None:
    conn = raw_connection(folder / "vault.db", key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0064'")
        # What 0067 and 0068 add, dropped too, so that the next sign-in's migration runs through
        # (she holds the vault key: the schema is hers to change).
        conn.execute("ALTER TABLE attachments DROP COLUMN content_bound")
        conn.execute("ALTER TABLE document_issues DROP COLUMN examiner")  # 0068
        # 0069 adds no column: it makes the ledgers' update triggers again on the way up.
    finally:
        conn.close()


def _disable_her_and_look(vault, old_key: bytes) -> tuple[int | None, dict[str, str]]:
    with vault.sign_in() as admin:
        UserService(admin).disable(ADVOCATE)
    opened = _opened_after(vault.path, RECOVERY_SLOT, old_key)
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    return opened, {c.name: c.message for c in report.checks if not c.ok}


@pytest.mark.parametrize("upgrader", [Role.LEGAL_ADVOCATE, Role.ADMIN])
def test_a_rewound_alembic_version_makes_the_next_sign_in_vouch_for_her_planted_pair(
    vault, upgrader
) -> None:
    """A vault created at 0066 or later has no "Vault upgraded" entry crossing 0066. She puts
    a key pair of her own in the recovery slot (MAC recomputed, binding removed) and sets
    ``alembic_version`` back to 0062. The next sign-in (hers, or the admin's) runs the empty
    migration 0066 again, writes the first crossing entry (genuine, signed) and vouches with
    its key for every unbound slot whose MAC holds: her pair. The rotation of her disable seals
    the new vault key to it, and verify's "key slots" check passes."""
    old_key = _plant_pair(vault.path / "keyslots.json", RECOVERY_SLOT)
    _rewind(vault.path, old_key)
    sign_in(vault.path, username_for(upgrader), password_for(upgrader)).close()

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_rewind_after_a_real_upgrade_is_vouched_for_by_the_same_upgrader(vault) -> None:
    """An upgraded vault: its first crossing entry is the admin's (he signs in first after
    installing the release). Later she plants her pair in the recovery slot and rewinds
    ``alembic_version``; the admin's next sign-in "upgrades" again and vouches for her pair with
    the very key that signed the first crossing, the one ``voucher`` trusts."""
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        slot.pop("binding", None)  # slots of the earlier release
    path.write_text(json.dumps(data))
    _rewind(vault.path, _her_keys(path))
    vault.sign_in().close()  # the real upgrade, by the admin

    old_key = _plant_pair(path, RECOVERY_SLOT)
    _rewind(vault.path, old_key)
    vault.sign_in().close()  # his next sign-in, any day

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def _append_entry(
    folder: Path,
    key: bytes,
    signer: Ed25519PrivateKey,
    *,
    actor: str,
    role: str,
    action: AuditAction,
    detail: str = "",
    record_ref: str = "",
    register: tuple[str, str] | None = None,
) -> int:
    """One entry at the end of the chain, signed by ``signer``, with both anchors moved, as the
    project's own ``audit.append`` writes it; ``register`` (slot_id, username) also lists
    ``signer`` in staff_signing_keys from that entry."""
    slots = KeySlotFile.load(folder / "keyslots.json")
    engine = open_engine(folder / "vault.db", key)
    try:
        with Session(engine) as s, s.begin():
            entry = audit.append(
                s,
                vault_key=key,
                vault_id=slots.vault_id,
                actor=actor,
                role=role,
                action=action,
                record_ref=record_ref,
                detail=detail,
                signer=audit.SigningKey.of(signer),
            )
            if register is not None:
                audit.register_key(
                    s,
                    slot_id=register[0],
                    username=register[1],
                    public=audit.public_bytes(signer),
                    registered_by=register[1],
                    entry=entry.seq,
                )
            s.flush()
            row = s.get(AuditAnchor, 1)
            assert row is not None
            anchor = audit.Anchor(row.seq, row.hash, row.mac, row.signer, row.signature)
    finally:
        engine.dispose()
    audit.write_anchor_file(folder / "audit.anchor", slots.vault_id, anchor)
    return entry.seq


@pytest.mark.parametrize("claimed", ["the admin", "herself"])
def test_a_signing_key_she_registers_for_the_recovery_slot_passes_the_trail_check(
    vault, claimed
) -> None:
    """She makes a signing key K of her own, lists it for the recovery slot in
    staff_signing_keys (under the admin's name, or her own), and appends a KEY_REGISTERED entry
    signed by K itself, chained and with both anchors moved, as ``audit.append`` writes one.
    Verify's rule for registrations trusts what K's own row claims: a registrar whose row names
    an admin, or whose row's slot is the recovery slot, may register any key. She puts her own
    key pair in the recovery slot with K as its signing key and binding (K is the newest key
    registered for the slot). Her disable's rotation seals the new vault key to her pair, and
    verify passes: docs/SECURITY.md says such a forged registration does not get past verify."""
    path = vault.path / "keyslots.json"
    old_key = _her_keys(path)
    forged = Ed25519PrivateKey.generate()
    name, role = (ADMIN, "admin") if claimed == "the admin" else (ADVOCATE, "legal_advocate")
    _append_entry(
        vault.path,
        old_key,
        forged,
        actor=name,
        role=role,
        action=AuditAction.KEY_REGISTERED,
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(RECOVERY_SLOT, name),
    )
    slots = KeySlotFile.load(path)
    slots.put_slot(
        RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC), forged
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_restore_registers_the_signing_key_she_put_in_the_recovery_slot(vault) -> None:
    """The admin keeps backups. She puts her own key pair in the recovery slot with a new
    signing key K of her own as its signing key and binding (verify would name it: K is not
    registered). Then the admin restores a backup (she can make him want to, by damaging a page
    of vault.db): the restore lists every signing key the slots hold that the backup does not
    know, in entries the admin signs, K among them. K is now the recovery slot's registered
    key; her disable's rotation seals the new vault key to her pair, and verify passes."""
    path = vault.path / "keyslots.json"
    with vault.sign_in() as admin:
        backup = MaintenanceService(admin).backup()
    old_key = _her_keys(path)
    slots = KeySlotFile.load(path)
    slots.put_slot(
        RECOVERY_SLOT,
        MINE,
        {VAULT_KEY: old_key},
        subkey(old_key, Purpose.SLOT_PUBLIC),
        Ed25519PrivateKey.generate(),
    )
    slots.save()
    with vault.sign_in() as admin:
        MaintenanceService(admin).restore(backup.path, ADMIN_PASSWORD)

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


@pytest.mark.parametrize("command", ["rotate-key", "disable-user"])
def test_the_cli_tells_the_admin_which_slots_a_new_key_left_out(vault, command) -> None:
    """A slot left out of a new vault key (here the recovery slot, holding her planted pair,
    and the clinician's, whose binding she deleted) no longer opens the vault: the clinician
    cannot sign in, the recovery key opens nothing. The rotation's audit entry names them, but
    the admin at the command line reads "every account's password still works" (rotate-key)
    or only that the account was disabled (disable-user): nothing tells him, in words, whom
    to reset or that a new recovery key is needed."""
    path = vault.path / "keyslots.json"
    _plant_pair(path, RECOVERY_SLOT)
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == user_slot_id(CLINICIAN):
            del slot["binding"]
    path.write_text(json.dumps(data))

    extra = ["--user", ADVOCATE] if command == "disable-user" else []
    done = run_cli(
        "admin",
        command,
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        *extra,
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    slots = KeySlotFile.load(path)
    assert RECOVERY_SLOT not in slots.slots and user_slot_id(CLINICIAN) not in slots.slots
    said = done.stdout + done.stderr
    assert CLINICIAN in said and "recovery" in said.lower(), (
        f"admin {command} left out the clinician's and the recovery key's slots and said: {said!r}"
    )


def test_a_vault_migrated_entry_she_appends_makes_her_key_the_voucher(vault) -> None:
    """A vault created at 0066 or later has no "Vault upgraded" entry crossing 0066. She
    appends one ("0062 -> 0066") under her own name, signed with her own registered key, chained
    and with both anchors moved: a genuine entry of hers. ``slotbinding.voucher`` takes the
    first such entry's key, whoever signed it, so a binding of the recovery slot by her key
    holds. Her disable's rotation seals the new vault key to the pair she put there, and verify
    passes: nothing checks that the vault was ever at 0062, or who may vouch."""
    path = vault.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert mine is not None and mine.signing is not None
    _append_entry(
        vault.path,
        mine.keys[VAULT_KEY],
        mine.signing,
        actor=ADVOCATE,
        role=Role.LEGAL_ADVOCATE.value,
        action=AuditAction.VAULT_MIGRATED,
        detail="0062 -> 0066",
    )
    old_key = _plant_pair(path, RECOVERY_SLOT)
    slots = KeySlotFile.load(path)
    slots.bind_public(RECOVERY_SLOT, mine.signing)
    slots.save()

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_signing_key_row_alone_gets_her_pair_the_new_key(vault) -> None:
    """The residual docs/SECURITY.md names ("a forged registration of a signing key in the
    database gets past the rotation's check, but not verify's"): a row in staff_signing_keys
    for the recovery slot, with no entry at all, and her pair in the slot bound by that key.
    The rotation seals the new key to her, so she reads today's vault.db after her disable
    (what the fix set out to stop); verify's "key slots" check passes, and the trail check
    names only the account her row claims (here the admin), not the recovery slot."""
    path = vault.path / "keyslots.json"
    old_key = _her_keys(path)
    forged = Ed25519PrivateKey.generate()
    public = audit.public_bytes(forged)
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        (last,) = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
        conn.execute(
            "INSERT INTO staff_signing_keys (key_id, slot_id, username, public_key, "
            "registered_at, registered_by, from_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key_id(public), RECOVERY_SLOT, ADMIN, public.hex(), "", ADMIN, last + 1000),
        )
    finally:
        conn.close()
    slots = KeySlotFile.load(path)
    slots.put_slot(
        RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC), forged
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_key_she_lists_under_the_admins_name_signs_entries_as_the_admin(vault) -> None:
    """The same rule seen from the trail: a signing key she makes, listed for a slot that does
    not exist under the admin's name and registered by an entry it signs itself, is accepted by
    verify as "registered by an admin". Every entry she then signs with it under the admin's
    name is genuine to verify: here her own account enabled. vault.keyslots: the vault key
    alone "cannot forge a colleague's entry"."""
    path = vault.path / "keyslots.json"
    key = _her_keys(path)
    forged = Ed25519PrivateKey.generate()
    _append_entry(
        vault.path,
        key,
        forged,
        actor=ADMIN,
        role="admin",
        action=AuditAction.KEY_REGISTERED,
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(user_slot_id("sync-agent"), ADMIN),
    )
    seq = _append_entry(
        vault.path,
        key,
        forged,
        actor=ADMIN,
        role="admin",
        action=AuditAction.USER_ENABLED,
        record_ref=f"staff:{ADVOCATE}",
    )
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert "audit trail" in failed, (
        f"entry {seq}, signed by a key she made and listed under the admin's name, passes "
        f"verify as the admin's: {failed}"
    )
