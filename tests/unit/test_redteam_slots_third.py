"""Red team (session 13, red22e): a third look at the key slots' binding, and section keys.

The legal advocate holds her password, the vault folder's files, sqlcipher3 and the project's
primitives (onestop.vault.*, onestop.domain.*, audit.append as red22b used it); she runs
OneStop only as herself. Each test performs one attack end to end and fails while it works.

Working (each test's docstring says how):

1. ``test_her_own_key_relisted_for_the_recovery_slot_gets_her_the_next_vault_key``: the
   registration check asks that the entry at a key's ``from_seq`` names it and is signed by
   another registered key, never that it registered the key *for that slot*. Her own key,
   registered by the admin, relisted for the recovery slot. Goals 1 and 3.
2. ``test_the_upgrader_vouches_for_a_pair_she_plants_any_day_after``: the 0066 upgrader's key
   vouches for any public key in any slot, any day after. Goals 1 and 3.
3. ``test_a_counselling_key_she_plants_as_a_counsellor_in_the_staff_table_seals_new_notes``:
   grants are judged by the current role in the unsigned ``staff`` table. Goals 2 and 3.
4. ``test_a_grant_she_signs_to_herself_makes_her_a_holder_of_the_next_counselling_key``: the
   same door, and a counsellor's honest new version (after a revocation) is sealed to her.
   Goals 2 and 3.
5. ``test_a_rotation_she_interrupts_is_finished_for_a_slot_she_planted_after``: completing an
   interrupted rotation seals the new key to every slot in the file, with no binding check.
   Goal 1 (verify names the slot and asks for rotate-key).
6. ``test_an_account_she_adds_with_a_self_registered_first_key_survives_her_disable``: the
   "first key registered by its holder" rule holds for an account she adds herself. Goals 1
   and 3; she signs in under the new name after her disable.
7. ``test_an_altered_vault_created_entry_lets_her_own_upgrade_entry_vouch``: ``created_bound``
   fails open. Goal 1 (verify names the altered entry).
8. ``test_a_slot_with_a_bad_mac_stops_the_rotation_of_her_disable``: one bad MAC refuses the
   rotation (and every rotate-key), which the docs say must not happen. Goal 1 (verify names
   the slot and the missing rotation).

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
import shutil
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session

from onestop.db.audit import AuditAnchor
from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.errors import VaultDamaged
from onestop.services import audit, grantsigs, sectionkeys
from onestop.services.auth import sign_in
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import open_engine
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    key_id,
    unseal,
    unwrap,
    user_slot_id,
)
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    decrypt_field,
    field_aad,
    new_key,
    open_grant,
    seal_grant,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import SampleVault, open_case_in, password_for, username_for
from tests.helpers import raw_connection

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
ADMIN = username_for(Role.ADMIN)
COUNSELLOR = username_for(Role.COUNSELLOR)
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


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0052"


def _older_vault(tmp_path: Path, monkeypatch) -> tuple[SampleVault, dict[str, tuple[str, str]]]:
    """A vault an earlier release wrote (migration 0052: slots without bindings), and its
    accounts by role (tests/fixtures/FIXTURES.md), as tests/unit/test_slot_binding.py uses it."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    return SampleVault(path, ""), accounts


def test_the_upgrader_vouches_for_a_pair_she_plants_any_day_after(tmp_path, monkeypatch) -> None:
    """Trust on first use at the crossing of 0066: the sign-in that upgrades an 0052 vault
    vouches for the slots with its own key, and ``voucher`` keeps that key as the voucher for
    good. She is the first in in the morning the release is installed: her sign-in upgrades
    the vault, honestly, with nothing planted (what docs/SECURITY.md leaves open is only a pair
    swapped in *before* that sign-in). Days later (the admin and colleagues have signed in
    since) she puts a key pair of her own in the recovery slot, MAC made again, and binds it
    with her own signing key: the binding of a slot "vouched for at the upgrade" is checked
    only against the voucher's key, not against what the slot held at the upgrade. Her
    disable's rotation seals the new vault key to her pair."""
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin_name, admin_password = accounts["admin"]
    advocate, advocate_password = accounts["legal_advocate"]
    with sign_in(older.path, advocate, advocate_password):  # the upgrade's sign-in: hers
        pass
    for role in ("admin", "counsellor", "clinician"):  # days of ordinary work
        with sign_in(older.path, *accounts[role]):
            pass

    path = older.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(advocate), advocate_password)
    assert mine is not None and mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    signing_before = next(
        s for s in json.loads(path.read_text())["slots"] if s["id"] == RECOVERY_SLOT
    )["signing"]
    slots.put_slot(RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == RECOVERY_SLOT:
            slot["signing"] = signing_before  # the recovery key's registered signing key
    path.write_text(json.dumps(data))
    slots = KeySlotFile.load(path)
    slots.bind_public(RECOVERY_SLOT, mine.signing)  # her key: the upgrade's voucher
    slots.save()

    with sign_in(older.path, admin_name, admin_password) as session:
        UserService(session).disable(advocate)
    opened = _opened_after(older.path, RECOVERY_SLOT, old_key)
    with sign_in(older.path, admin_name, admin_password) as session:
        report = MaintenanceService(session).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_a_counselling_key_she_plants_as_a_counsellor_in_the_staff_table_seals_new_notes(
    vault,
) -> None:
    """Grants are judged by the signer's *current* role in ``staff``, which is not signed. She
    sets her own row's role to counsellor with sqlcipher3, makes a counselling key of her own
    as the next version, seals it to the counsellor's slot (its public key, from
    keyslots.json) and signs the grant with her own registered key, as herself. The
    counsellor's next session takes it as a holder's grant, writable and the newest: her new
    notes are sealed under a key the legal advocate chose. Counselling is "counsellors only";
    she was never granted it."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # the section's key exists (v1 or more)
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(days=1), SessionType.INDIVIDUAL, "before", ""),
        )

    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    assert mine.signing is not None
    key = mine.keys[VAULT_KEY]
    slots = KeySlotFile.load(path)
    target = user_slot_id(COUNSELLOR)
    public = slots.slots[target].public
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE staff SET role = 'counsellor' WHERE username = ?", (ADVOCATE,))
        (newest, granted_at) = conn.execute(
            "SELECT max(version), max(granted_at) FROM section_key_grants "
            "WHERE section = 'counselling'"
        ).fetchone()
        planted = new_key("counselling", int(newest) + 1)
        sealed = seal_grant(public, planted, slots.vault_id, target)
        signer = audit.SigningKey.of(mine.signing)
        signature = signer.private.sign(
            grantsigs.grant_message(
                slots.vault_id,
                planted.section,
                planted.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
            )
        ).hex()
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                planted.section,
                planted.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
                granted_at,
                signer.key_id,
                signature,
            ),
        )
    finally:
        conn.close()

    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )

    ring = KeyRing()
    ring.add(planted)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        rows = conn.execute(
            "SELECT id, version, notes FROM counselling_sessions ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    read = []
    for row_id, version, notes in rows:
        with contextlib.suppress(SealedFieldError):
            aad = field_aad("counselling_sessions", "notes", row_id, version)
            read.append(decrypt_field(ring, notes, aad))
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert not any(marker in text for text in read), (
        f"the legal advocate reads the counsellor's new note ({read}); verify fails only: {failed}"
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


def test_an_account_she_adds_with_a_self_registered_first_key_survives_her_disable(
    vault,
) -> None:
    """The rule for a slot's *first* key ("registered by its holder": for slots made before
    entries were signed) holds for any account name. She adds an account of her own to
    ``staff`` (her row copied under a new name, active), makes a signing key K for it and
    appends a "Signing key registered" entry under that name, signed by K itself, chained,
    anchors moved, K listed for the new slot; and a slot for it in keyslots.json: her key pair,
    her secret, K as its signing key and binding. The rotation keeps the slot (an active
    account's), finds its binding by its newest key and that key's registration by its holder
    as her first: the new vault key is sealed to it. After her disable she signs in with
    OneStop under the new name."""
    path = vault.path / "keyslots.json"
    old_key = _open_mine(path).keys[VAULT_KEY]
    alias = f"{ADVOCATE}-2"
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "INSERT INTO staff (username, display_name, qualifications, registration_number, "
            "role, active, must_change_password, created_at, created_by, updated_at, "
            "password_changed_at) SELECT ?, display_name, qualifications, registration_number, "
            "role, 1, 0, created_at, created_by, updated_at, password_changed_at FROM staff "
            "WHERE username = ?",
            (alias, ADVOCATE),
        )
    finally:
        conn.close()
    forged = Ed25519PrivateKey.generate()
    slot_id = user_slot_id(alias)
    _append_entry(
        vault.path,
        old_key,
        forged,
        actor=alias,
        role=Role.LEGAL_ADVOCATE.value,
        action=AuditAction.KEY_REGISTERED,
        record_ref=f"staff:{alias}",
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(slot_id, alias),
    )
    slots = KeySlotFile.load(path)
    slots.put_slot(
        slot_id, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC), forged
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, slot_id, old_key)
    signed_in = None
    if opened is not None:
        with sign_in(vault.path, alias, MINE) as again:
            signed_in = again.actor.role
    assert opened is None, (
        f"after her disable she opens today's vault.db through the slot of {alias} ({opened} "
        f"cases) and signs in as {alias} ({signed_in}); verify fails only: {failed}"
    )


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


def _plant_grant(folder: Path, mine: OpenedSlot, target: str, public: bytes, key) -> None:
    """As herself, with sqlcipher3: a grant of ``key`` sealed to ``target``'s ``public`` and
    signed with her own registered key; her row in ``staff`` says counsellor."""
    assert mine.signing is not None
    vault_id = KeySlotFile.load(folder / "keyslots.json").vault_id
    sealed = seal_grant(public, key, vault_id, target)
    signer = audit.SigningKey.of(mine.signing)
    message = grantsigs.grant_message(
        vault_id, key.section, key.version, target, public.hex(), sealed, ADVOCATE
    )
    conn = raw_connection(folder / "vault.db", mine.keys[VAULT_KEY])
    try:
        conn.execute("UPDATE staff SET role = 'counsellor' WHERE username = ?", (ADVOCATE,))
        (granted_at,) = conn.execute("SELECT max(granted_at) FROM section_key_grants").fetchone()
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key.section,
                key.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
                granted_at,
                signer.key_id,
                signer.private.sign(message).hex(),
            ),
        )
    finally:
        conn.close()


def test_a_grant_she_signs_to_herself_makes_her_a_holder_of_the_next_counselling_key(
    vault,
) -> None:
    """The same door, for a future version made honestly: ``_new_version`` seals a section's
    new version to every slot holding a valid grant of it, of an active account whose role
    (in ``staff``) reads the section. She sets her role to counsellor and signs a grant to her
    own slot of a counselling key she made (it opens nothing of anyone's). A second counsellor
    leaves (disabled); the counsellor who stays makes the new version at her next sign-in, and
    seals it to the legal advocate's slot too. With her private key she opens it and reads the
    counsellor's next note."""
    colleague, colleague_password = "u-counsellor-two", "lichen compass wander early 47"
    reference = open_case_in(vault)
    with vault.sign_in() as admin:
        otp = UserService(admin).create(colleague, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, colleague, otp) as newcomer:
        UserService(newcomer).change_own_password(otp, colleague_password)
        seen = sectionkeys.slot_fingerprint(newcomer, colleague)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        sectionkeys.confirm_colleague(counsellor, colleague, seen)

    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    conn = raw_connection(vault.path / "vault.db", mine.keys[VAULT_KEY])
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = 'counselling'"
        ).fetchone()
    finally:
        conn.close()
    own = user_slot_id(ADVOCATE)
    public = KeySlotFile.load(path).slots[own].public
    _plant_grant(vault.path, mine, own, public, new_key("counselling", int(newest) + 1))

    with vault.sign_in() as admin:
        UserService(admin).disable(colleague)  # counselling is due a new version
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )

    after = KeySlotFile.load(path)
    mine = _open_mine(path)  # her slot, her password, today's vault key
    key = mine.keys[VAULT_KEY]
    ring = KeyRing()
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        for version, sealed in conn.execute(
            "SELECT version, sealed FROM section_key_grants "
            "WHERE section = 'counselling' AND slot_id = ?",
            (own,),
        ):
            opened = open_grant(mine.private, sealed, after.vault_id, "counselling", version, own)
            if opened is not None:
                ring.add(opened)
        rows = conn.execute("SELECT id, version, notes FROM counselling_sessions").fetchall()
    finally:
        conn.close()
    read = []
    for row_id, version, notes in rows:
        with contextlib.suppress(SealedFieldError):
            aad = field_aad("counselling_sessions", "notes", row_id, version)
            read.append(decrypt_field(ring, notes, aad))
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert not any(marker in text for text in read), (
        f"the legal advocate opens counselling versions {[k.version for k in ring.held()]} "
        f"(she made v{int(newest) + 1}; the counsellor made the next) and reads her new note "
        f"({read}); verify fails only: {failed}"
    )
