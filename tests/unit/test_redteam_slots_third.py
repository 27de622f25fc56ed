"""Red team (session 13, red22e): a third look at the key slots' binding, and section keys.

The legal advocate holds her password, the vault folder's files, sqlcipher3 and the project's
primitives (onestop.vault.*, onestop.domain.*, audit.append as red22b used it); she runs
OneStop only as herself. Each test performs one attack end to end and fails while it works.

Found working (each test's docstring says how); four fixed, four open:

1. (fixed) ``test_her_own_key_relisted_for_the_recovery_slot_gets_her_the_next_vault_key``: the
   registration check asked that the entry at a key's ``from_seq`` names it and is signed by
   another registered key, never that it registered the key *for that slot*. Her own key,
   registered by the admin, relisted for the recovery slot. Goals 1 and 3. Now the entry must
   name the slot's account (none for the recovery slot).
2. (open, on branch ``h-red22e``) ``test_the_upgrader_vouches_for_a_pair_she_plants_any_day_after``:
   the 0066 upgrader's key vouches for any public key in any slot, any day after.
3. (open, ``h-red22e``) ``test_a_counselling_key_she_plants_as_a_counsellor_in_the_staff_table_
   seals_new_notes``: grants are judged by the current role in the unsigned ``staff`` table.
4. (open, ``h-red22e``) ``test_a_grant_she_signs_to_herself_makes_her_a_holder_of_the_next_
   counselling_key``: the same door, and a counsellor's honest new version is sealed to her.
5. (fixed) ``test_a_rotation_she_interrupts_is_finished_for_a_slot_she_planted_after``:
   completing an interrupted rotation sealed the new key to every slot in the file, with no
   binding check. Now the completion leaves out what the rotation would have.
6. (open, ``h-red22e``) ``test_an_account_she_adds_with_a_self_registered_first_key_survives_
   her_disable``: the "first key registered by its holder" rule holds for an account she adds
   herself (again the unsigned ``staff`` table).
7. (fixed) ``test_an_altered_vault_created_entry_lets_her_own_upgrade_entry_vouch``:
   ``created_bound`` failed open; it now fails closed.
8. (fixed) ``test_a_slot_with_a_bad_mac_stops_the_rotation_of_her_disable``: one bad MAC refused
   the rotation (and every rotate-key); the slot is now left out instead.

Held (ran): her pair in the recovery slot with her own slot's binding copied onto it, or
bound by her own (unregistered there) key: left out, she opens nothing (verify names the
missing recovery slot); a counsellor's counselling grant opened with her private key under
the counsellor's slot id or hers, and her sign-in afterwards: nothing opens, her ring holds no
counselling key. Her whole slot copied under the recovery id: its MAC names her slot, so the
rotation refuses (that refusal is finding 8).

Held (read only): a binding replayed to another slot or vault (the message names both); a
planted NEXT_VAULT_KEY (the rotation's staging overwrites it, and she cannot know the next
key); events planted in ``pending_events`` (capped, written as unverified, only failed
sign-ins and sign-outs, anything else refused and counted); back-off counters that are not
plain counts (the longest wait); ``alembic_version`` set back (``may_vouch`` refuses a second
crossing); a vouch by a key other than the first crossing's; a restore of a readable vault
(registers only keys the live vault registered for that slot; the slots stay the live ones,
so her old slot does not come back, tests/unit/test_restore_accounts.py); a grant copied to
her slot id (the signature covers slot and public key); the audit anchor (re-anchored only when
genuine under one of the two keys). Not tried: the centre server (no binding there, as
docs/SECURITY.md says), a restore of a vault whose database cannot be opened (documented).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from onestop.db.audit import AuditAnchor
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import VaultDamaged
from onestop.services import audit
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import open_engine
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    unseal,
    unwrap,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
MINE = "a secret of her own 98765"


def _open_mine(path: Path) -> OpenedSlot:
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert mine is not None and mine.signing is not None
    return mine


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


def _disable_her_and_look(vault, target: str, old_key: bytes) -> tuple[int | None, dict[str, str]]:
    with vault.sign_in() as admin:
        UserService(admin).disable(ADVOCATE)
    opened = _opened_after(vault.path, target, old_key)
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    return opened, {c.name: c.message for c in report.checks if not c.ok}


def test_her_own_key_relisted_for_the_recovery_slot_gets_her_the_next_vault_key(vault) -> None:
    """Her own signing key K was registered by the admin when her account was made: a genuine
    "Signing key registered" entry, signed by the admin, whose detail names K. She changes K's
    row in staff_signing_keys to say it is the recovery slot's (``slot_id``; K's ``from_seq``
    is later than the recovery key's own, so K is now the recovery slot's newest key), and puts
    a key pair of her own in the recovery slot with K as its signing key, bound by K. The
    rotation's check finds K the slot's newest registered key and its registration a genuine
    entry signed by another registered key (the admin's): it never asks whether that entry
    registered K *for that slot*. Her disable seals the new vault key to her pair."""
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    old_key = mine.keys[VAULT_KEY]
    assert mine.signing is not None
    kid = audit.SigningKey.of(mine.signing).key_id
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "UPDATE staff_signing_keys SET slot_id = ? WHERE key_id = ?", (RECOVERY_SLOT, kid)
        )
    finally:
        conn.close()
    slots = KeySlotFile.load(path)
    slots.put_slot(
        RECOVERY_SLOT,
        MINE,
        {VAULT_KEY: old_key},
        subkey(old_key, Purpose.SLOT_PUBLIC),
        mine.signing,
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, RECOVERY_SLOT, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_rotation_she_interrupts_is_finished_for_a_slot_she_planted_after(vault) -> None:
    """She lists an attachment's blob in ``blobs`` whose file is not there. The rotation of her
    disable rekeys vault.db, then stops on the missing file: her account is disabled and
    keyslots.json holds the next key (sealed to bound slots only), the database is under it.
    Now she writes that file under the old vault key (BlobStore, a primitive), and puts a key
    pair of her own in the recovery slot, with the old vault key, MAC'd under the old key.
    The admin's next sign-in completes the interrupted rotation (``open_after_interruption``):
    ``promote`` seals the new vault key to *every* slot in the file and MACs it again, with
    no check of its binding (the check is only at staging). She opens today's vault.db."""
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    old_key = mine.keys[VAULT_KEY]
    data = b"a file she keeps for later " + secrets.token_bytes(16)
    digest = hashlib.sha256(data).hexdigest()
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (digest, len(data), "2026-12-01 09:00:00.000000"),
        )
    finally:
        conn.close()

    admin = vault.sign_in()
    try:
        UserService(admin).disable(ADVOCATE)
    except VaultDamaged as e:  # the rotation stops on the missing file, after the rekey
        stopped = e
    else:
        raise AssertionError("the rotation did not stop on the missing file")
    with contextlib.suppress(VaultDamaged):
        admin.close()  # its sign-out entry cannot be written: the engine was rekeyed under it
    assert user_slot_id(ADVOCATE) not in KeySlotFile.load(path).slots

    BlobStore(vault.path / "blobs", old_key).put(data)
    slots = KeySlotFile.load(path)
    slots.put_slot(RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()

    with vault.sign_in():  # the admin's next sign-in completes the rotation
        pass
    opened = _opened_after(vault.path, RECOVERY_SLOT, old_key)
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases), the rotation stopped ({stopped}) and completed at the admin's next "
        f"sign-in; verify fails only: {failed}"
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
    """One entry at the end of the chain, signed by ``signer``, both anchors moved, as the
    project's own ``audit.append`` writes it (tests/unit/test_redteam_binding.py); ``register``
    (slot_id, username) also lists ``signer`` in staff_signing_keys from that entry."""
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


def test_an_altered_vault_created_entry_lets_her_own_upgrade_entry_vouch(vault) -> None:
    """``created_bound`` is what keeps a vault created bound from taking a "Vault upgraded"
    entry as its voucher (the second red team's fix), and it fails open: it is False when the
    first "Vault created" entry does not hold. She changes that entry's detail (its hash no
    longer holds), appends a "Vault upgraded 0062 -> 0066" entry of her own, genuine and
    signed by her registered key, puts a key pair of her own in the recovery slot and binds it
    with her key. ``voucher`` now takes her entry's key: her disable's rotation seals the new
    vault key to her pair. (verify names the altered entry; the rotation does not care.)"""
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    assert mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        triggers = [  # the trail's append-only triggers: hers to drop with the vault key
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(
            "UPDATE audit_log SET detail = 'at 0018' WHERE seq = "
            "(SELECT min(seq) FROM audit_log WHERE action = ?)",
            (AuditAction.VAULT_CREATED.value,),
        )
    finally:
        conn.close()
    _append_entry(
        vault.path,
        old_key,
        mine.signing,
        actor=ADVOCATE,
        role=Role.LEGAL_ADVOCATE.value,
        action=AuditAction.VAULT_MIGRATED,
        detail="0062 -> 0066",
    )
    signing_before = next(
        s for s in json.loads(path.read_text())["slots"] if s["id"] == RECOVERY_SLOT
    )["signing"]
    slots = KeySlotFile.load(path)
    slots.put_slot(RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == RECOVERY_SLOT:
            slot["signing"] = signing_before
    path.write_text(json.dumps(data))
    slots = KeySlotFile.load(path)
    slots.bind_public(RECOVERY_SLOT, mine.signing)
    slots.save()

    opened, failed = _disable_her_and_look(vault, RECOVERY_SLOT, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def _old_key_opens(folder: Path, key: bytes) -> bool:
    conn = raw_connection(folder / "vault.db", key)
    try:
        conn.execute("SELECT count(*) FROM cases").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()


def test_a_slot_with_a_bad_mac_stops_the_rotation_of_her_disable(vault) -> None:
    """docs/SECURITY.md: a slot that is not bound is left out of a new key, because "refusing
    the rotation instead would let her stop her own revocation". But the rotation first checks
    every slot's MAC and raises on the first that fails (``check_public_keys``). She changes
    one character of the recovery slot's ``public_mac``. The admin disables her: the account is
    disabled, the vault key is not changed ("A key slot in keyslots.json was altered"), and
    the admin's ``rotate-key`` refuses the same way. With her password and a copy of her slot
    she opens today's vault.db with sqlcipher3."""
    path = vault.path / "keyslots.json"
    old_key = _open_mine(path).keys[VAULT_KEY]
    kept = path.read_bytes()  # her copy of keyslots.json, her slot in it
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == RECOVERY_SLOT:
            mac = slot["public_mac"]
            slot["public_mac"] = ("0" if mac[0] != "0" else "1") + mac[1:]
    path.write_text(json.dumps(data))

    said = []
    with vault.sign_in() as admin:
        try:
            UserService(admin).disable(ADVOCATE)
        except VaultDamaged as e:
            said.append(f"disable: {e}")
    with vault.sign_in() as admin:
        try:
            MaintenanceService(admin).rotate_key()
        except VaultDamaged as e:
            said.append(f"rotate-key: {e}")
    with vault.sign_in() as admin:
        assert not next(m for m in UserService(admin).list() if m.username == ADVOCATE).active

    (folder := vault.path.parent / "kept").mkdir()
    (folder / "keyslots.json").write_bytes(kept)
    again = KeySlotFile.load(folder / "keyslots.json")
    opened = again.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert opened is not None and opened.keys[VAULT_KEY] == old_key
    assert not _old_key_opens(vault.path, old_key), (
        "after her disable and a rotate-key, her kept slot and password still open today's "
        f"vault.db: the rotations were refused ({said})"
    )
