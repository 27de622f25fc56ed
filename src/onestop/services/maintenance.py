"""Keeping the vault safe: backups, restore, verification and rotation of the vault key.

Rotation is built so that a crash at any point leaves a vault that opens:

1. every slot is given the next key beside the current one (keyslots.json, atomically);
2. the database is rekeyed (``PRAGMA rekey``, one transaction inside SQLCipher);
3. attachments are copied under the next key, then the old copies removed;
4. the next key becomes every slot's vault key.

At sign-in, a slot holding both keys means a rotation was interrupted: if the database still
opens with the current key, step 2 never happened and the next key is dropped; if only the next
key opens it, steps 3 and 4 are finished then.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session

from onestop import logs
from onestop.db import migrate
from onestop.db.audit import AuditEntry, StaffSigningKey
from onestop.db.base import utcnow
from onestop.db.staff import StaffAccount
from onestop.domain.audit import UTC_FORMAT, AuditAction, Outcome
from onestop.domain.roles import Action, Role, Section
from onestop.errors import ValidationFailed, VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import (
    attachmentblobs,
    audit,
    glassreview,
    grantsigs,
    sectionkeys,
    signedversions,
    slotbinding,
    standing,
)
from onestop.services.session import RECOVERY_ACTOR
from onestop.vault import faults
from onestop.vault.backup import (
    MANIFEST,
    NOT_THIS_VAULT,
    SUFFIX,
    BackupInfo,
    RecordedHead,
    attach_and_export,
    backup_name,
    open_archive,
    recorded_head,
    rekey,
    write_archive,
)
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import connect, disk_errors, open_engine, storage_errors
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import (
    NEXT_VAULT_KEY,
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    fsync_dir,
    generate_recovery_key,
    key_id,
    normalise_recovery_key,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from onestop.services.session import VaultSession


# The audit details that tie a revocation together: a disable or a password reset that asks for
# a new vault key, and the rotation that gives it (``revocation_due`` finds one without the other).
ROTATION_DUE = "vault key rotation due"
REVOKED = "revocation"
# verify's check of the break-glass table against the signed trail (services.glassreview).
GLASS_REVIEW = "break-glass review"

NOT_ADMIN_IN_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Only an account that is an active administrator in the backup may restore it (the "
    "restored vault would not let you in otherwise).",
)

# A centre server's archive is a pg_dump made with an account that may read the whole database
# (services/serverbackup.py, from the command line); a workstation's session holds no such
# account, so its backup and restore are refused in words rather than writing the workstation
# folder's (empty) vault.
SERVER_BACKUP_FROM_CLI = QT_TRANSLATE_NOOP(
    "Messages",
    "On the centre's server, backups are made and restored with the command line (onestop-cli "
    "admin backup or admin restore with --server), not from a workstation. Nothing was changed.",
)


def blob_files(folder: VaultFolder) -> list[Path]:
    if not folder.blobs.exists():
        return []
    return sorted(p for p in folder.blobs.rglob("*") if p.is_file() and not p.name.startswith("."))


def recorded_blobs(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blobs'")
        ).first()
        if not has_table:
            return []
        return [str(r[0]) for r in conn.execute(text("SELECT sha256 FROM blobs ORDER BY sha256"))]


def sweep_leftovers(folder: VaultFolder) -> None:
    """Remove the work files of a backup or restore that a crash interrupted.

    They hold only encrypted pages, but nothing should pile up. Called with the vault's lock
    held, so no other OneStop process can be using them.
    """
    for leftover in folder.root.glob(".vault.db.restore-*"):
        leftover.unlink(missing_ok=True)
    # atomic_write's temporary files (keyslots.json, the anchor, attachments) of a killed
    # process: ".<name>.<hex>.tmp", never the name of a file in use.
    for place in (folder.root, *(p for p in folder.blobs.glob("*") if p.is_dir())):
        for leftover in place.glob(".*.tmp"):
            if leftover.is_file():
                leftover.unlink(missing_ok=True)
    for pattern in (".onestop-restore-*", ".onestop-backup-*"):
        for work in folder.root.glob(pattern):
            shutil.rmtree(work, ignore_errors=True)
    for work in folder.backups.glob(".onestop-backup-*"):
        shutil.rmtree(work, ignore_errors=True)


def pre_migration_backup(folder: VaultFolder, key: bytes, vault_id: str, current: str) -> Path:
    dest = folder.backups / backup_name(label=f"pre-migration-{current}")
    write_archive(
        folder, key, dest, vault_id=vault_id, schema=current, blob_files=blob_files(folder)
    )
    return dest


# ----- key rotation ---------------------------------------------------------------------------


def open_after_interruption(
    folder: VaultFolder, slots: KeySlotFile, opened: OpenedSlot
) -> tuple[bytes, Engine]:
    """The vault key and an engine, completing or undoing an interrupted key rotation."""
    key = opened.keys[VAULT_KEY]
    next_key = opened.keys.get(NEXT_VAULT_KEY)
    if next_key is None:
        return key, open_engine(folder.db, key)
    try:
        engine = open_engine(folder.db, key)
    except VaultDamaged:
        engine = open_engine(folder.db, next_key)
        _finish_rotation(folder, slots, key, next_key, engine, opened.slot_id)
        return next_key, engine
    slots.drop_key(NEXT_VAULT_KEY)
    slots.save()
    return key, engine


def rotate_vault_key(
    session: VaultSession,
    record_ref: str = "",
    progress: Callable[[int], None] | None = None,
) -> tuple[str, ...]:
    """Give the vault a new key, sealed to the slots keyslots.json holds now: rekey the
    database, re-encrypt attachments, rewrap slots, then the audited entry (``record_ref``
    names the account whose revocation asked for it). Crash-safe: a rotation interrupted at
    any step is completed or undone at the next sign-in (``open_after_interruption``). The
    caller has checked the permission (rotate-key; or a disable or a password reset, which
    rotate so that a slot removed from keyslots.json, still present in an older copy of it,
    no longer opens the vault). ``progress(step)`` hears steps 1–3 (staged, rekeyed, moved).
    Returns the slots left out because their public keys were not bound to them (usernames,
    "recovery"), for the admin to be told."""

    def report(step: int) -> None:
        if progress is not None:
            progress(step)

    slots, folder = session.slots, session.folder
    old, new = session.key, secrets.token_bytes(32)
    _drop_slots_of_no_active_account(session, slots)
    left_out = _drop_altered_slots(session, slots, subkey(old, Purpose.SLOT_PUBLIC))
    left_out += _drop_unbound_slots(session, slots)
    slots.seal_for_all(NEXT_VAULT_KEY, new)
    slots.save()
    faults.checkpoint(faults.ROTATION_STAGED)
    report(1)
    session.engine.dispose()
    conn = connect(folder.db, old)
    try:
        rekey(conn, new)
    finally:
        conn.close()
    faults.checkpoint(faults.ROTATION_REKEYED)
    report(2)
    engine = open_engine(folder.db, new)
    _finish_rotation(folder, slots, old, new, engine, _own_slot(session))
    session.replace_engine(engine, new)
    report(3)
    with session.system_transaction() as tx:
        session.audit(
            tx,
            AuditAction.KEY_ROTATED,
            Section.ADMINISTRATION,
            record_ref=record_ref,
            detail=(REVOKED if record_ref else "")
            + (f"; left out {','.join(left_out)}" if left_out else ""),
        )
    return tuple(left_out)


def _drop_slots_of_no_active_account(session: VaultSession, slots: KeySlotFile) -> None:
    """Before a new vault key is sealed: keep only the recovery slot and the slots of active
    accounts. keyslots.json is authenticated under the vault key, which every holder has, so
    an insider can add a slot of her own ("user:sync-agent", her password) before she is
    disabled; sealing the new key to every slot in the file would hand it to her (the red
    team's F1). The staff table, not the file, says whose slots may hold it."""
    with session.engine.connect() as conn:
        active = {
            user_slot_id(name)
            for name in conn.scalars(
                select(StaffAccount.username).where(StaffAccount.active.is_(True))
            )
        }
    for slot_id in list(slots.slots):
        if slot_id != RECOVERY_SLOT and slot_id not in active:
            slots.remove_slot(slot_id)


def _own_slot(session: VaultSession) -> str:
    """The slot this session opened with its secret (the recovery key's, or hers)."""
    return RECOVERY_SLOT if session.actor.role is None else user_slot_id(session.actor.username)


def _drop_altered_slots(session: VaultSession, slots: KeySlotFile, mac_key: bytes) -> list[str]:
    """Before a new vault key is sealed: leave out every slot whose public key's MAC does not
    hold (someone with the vault key changed it). Refusing the rotation, as it did, let one
    altered character in another slot stop a disable's revocation for good (a third red
    team's finding); the rotating person's own slot, opened with her secret, is kept (its
    MAC is made anew with the new key). Named like the slots left out unbound."""
    own = _own_slot(session)
    altered = []
    for slot in list(slots.slots.values()):
        if slot.slot_id == own:
            continue
        try:
            slots.check_public_key(mac_key, slot.slot_id, slot.public, slot.public_mac)
        except VaultDamaged:
            altered.append(slot)
            slots.remove_slot(slot.slot_id)
    if altered:
        logs.log.warning("%d key slot(s) whose public key was altered left out", len(altered))
    return [slot.username or RECOVERY_SLOT for slot in altered]


def _drop_unbound_slots(session: VaultSession, slots: KeySlotFile) -> list[str]:
    """Before a new vault key is sealed: leave out every slot whose public key is not bound to
    it (services.slotbinding). Its MAC is keyed by the vault key, which every holder has, so a
    colleague can put a key pair of her own into the recovery slot or another's; sealing the
    new key to it would hand it to her (the red team's F1). Refusing the rotation instead
    would let her stop her own revocation. The slots left out are named in the rotation's
    entry: an account's password is reset (a new slot); the recovery key is made anew
    (``admin new-recovery-key``); verify names what is missing."""
    with session.engine.connect() as conn:
        unbound = slotbinding.unbound(slots, conn)
    # Her own slot was opened with her secret in this session (its public key checked to be
    # its private key's own half): hers whatever its registration (after a restore, an admin
    # whose key changed since the backup registered it herself).
    own = _own_slot(session)
    unbound = [found for found in unbound if found.slot_id != own]
    for found in unbound:
        slots.remove_slot(found.slot_id)
    if unbound:
        logs.log.warning(
            "%d key slot(s) not bound to their owner left out of a new key", len(unbound)
        )
    return [found.username or RECOVERY_SLOT for found in unbound]


def revocation_due(conn: Connection) -> str | None:
    """The account (``staff:NAME``) whose disable or password reset asked for a new vault key
    that no later rotation gave (the rotation was interrupted and undone), or None."""
    asked = conn.execute(
        select(AuditEntry.seq, AuditEntry.record_ref)
        .where(
            AuditEntry.action.in_(
                [AuditAction.USER_DISABLED.value, AuditAction.PASSWORD_RESET.value]
            ),
            AuditEntry.detail == ROTATION_DUE,
        )
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    if asked is None:
        return None
    rotated = conn.scalar(
        select(func.max(AuditEntry.seq)).where(
            AuditEntry.action == AuditAction.KEY_ROTATED.value, AuditEntry.seq > asked.seq
        )
    )
    return None if rotated is not None else str(asked.record_ref)


def _finish_rotation(
    folder: VaultFolder, slots: KeySlotFile, old: bytes, new: bytes, engine: Engine, own: str
) -> None:
    """Complete a rotation whose database is already under ``new``: the files moved, the
    anchor re-authenticated, ``new`` made every kept slot's vault key. The slots are checked
    again first, as the rotation checked them (a slot put in keyslots.json after it was
    interrupted would otherwise be sealed ``new``: a third red team's finding): one whose MAC
    does not hold or whose public key is not bound to it is left out, but ``own``, the slot
    this sign-in opened with its secret; verify names what is missing."""
    mac_key = subkey(old, Purpose.SLOT_PUBLIC)
    unbound: set[str] = set()
    with engine.connect() as conn:
        # A rotation an older release began, completed before this sign-in migrates the vault:
        # slots were not bound then (every one would read as unbound), so only their MACs
        # are checked, as that release did.
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is not None and str(revision) >= slotbinding.BOUND_FROM:
            unbound = {found.slot_id for found in slotbinding.unbound(slots, conn)}
    left = 0
    for slot in list(slots.slots.values()):
        if slot.slot_id == own:
            continue
        try:
            slots.check_public_key(mac_key, slot.slot_id, slot.public, slot.public_mac)
        except VaultDamaged:
            unbound.add(slot.slot_id)
        if slot.slot_id in unbound:
            slots.remove_slot(slot.slot_id)
            left += 1
    if left:
        logs.log.warning("%d key slot(s) left out of an interrupted rotation's new key", left)
    hashes = recorded_blobs(engine)
    old_store, new_store = BlobStore(folder.blobs, old), BlobStore(folder.blobs, new)
    old_store.copy_into(new_store, hashes)
    faults.checkpoint(faults.ROTATION_BLOBS)
    for digest in hashes:
        if old_store.path_for(digest) != new_store.path_for(digest):
            old_store.delete(digest)
    _reanchor(folder, engine, slots.vault_id, old, new)
    slots.promote(new, subkey(new, Purpose.SLOT_PUBLIC))
    slots.save()
    faults.checkpoint(faults.ROTATION_PROMOTED)


def _reanchor(folder: VaultFolder, engine: Engine, vault_id: str, old: bytes, new: bytes) -> None:
    """Move the audit anchor's authentication from ``old`` to ``new``.

    Only an anchor that is genuine under one of the two keys is carried over: one that was
    altered stays as it is, and verification keeps reporting it.
    """

    def genuine(seq: int, digest: str, mac: str) -> bool:
        return any(
            hmac.compare_digest(mac, audit.anchor_mac(k, vault_id, seq, digest)) for k in (old, new)
        )

    with engine.begin() as conn:
        row = conn.execute(text("SELECT seq, hash, mac FROM audit_anchor WHERE id = 1")).first()
        if row is None or not genuine(int(row[0]), str(row[1]), str(row[2])):
            return
        anchor = audit.rewrite_anchor(conn, new, vault_id)
    file_heads = audit.read_anchor_file(folder.anchor) or ()
    if anchor is not None and any(
        0 <= a.seq <= anchor.seq and genuine(a.seq, a.hash, a.mac) for a in file_heads
    ):
        audit.write_anchor_file(folder.anchor, vault_id, anchor)


# ----- the admin's maintenance service ----------------------------------------------------------


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[Check, ...]
    notes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


@dataclass(frozen=True)
class RestoreResult:
    backup_created_at: str
    safety_backup: Path


@dataclass(frozen=True)
class KnownBackup:
    """A backup in the vault's own backups folder, as its manifest dates it."""

    path: Path
    created_at: datetime | None  # None when the file cannot be read as a backup
    size: int


def _check_encryption(engine: Engine) -> Check:
    """Every page passes SQLCipher's HMAC: none was damaged or altered on disk."""
    with engine.connect() as conn:
        bad = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
    if bad:
        return Check(
            "encryption",
            False,
            f"{len(bad)} page(s) failed authentication: the file was damaged or altered.",
        )
    return Check("encryption", True, "Every page is authentic.")


def _check_database(engine: Engine) -> Check:
    """SQLite's own integrity check of the database structure."""
    with engine.connect() as conn:
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    if rows == ["ok"]:
        return Check("database", True, "The database structure is sound.")
    return Check("database", False, "The database structure is damaged.")


def _check_attachments(
    engine: Engine,
    store: BlobStore,
    vault_id: str,
    progress: Callable[[int], None] | None = None,
) -> Check:
    """Every stored attachment file the records list is present and unaltered (read one at a
    time; ``progress(checked)`` after each).

    Run by the admin, who holds no section key: each file is opened by the vault layer only
    and checked against the hash recorded in ``blobs`` when it was written, the hash of what
    that layer holds (vault.blobs). For an attachment sealed under its section's key that is
    the sealed form, never opened here; its original is checked against its own SHA-256 each
    time a holder opens it. A damaged file is named by attachment id and case reference."""
    hashes = recorded_blobs(engine)
    damaged: list[str] = []
    for n, digest in enumerate(hashes, start=1):
        try:
            store.get(digest)
        except VaultDamaged:
            damaged.append(digest)
        if progress is not None:
            progress(n)
    if damaged:
        return Check(
            "attachments",
            False,
            f"{len(damaged)} of {len(hashes)} stored attachment file(s) are missing or were "
            f"altered: {_naming(engine, damaged)}.",
        )
    with engine.connect() as conn:
        planted = attachmentblobs.older_in_bound(conn, vault_id)
    if planted:
        named = ", ".join(f"attachment {i} of case {ref} ({where})" for i, ref, where in planted)
        return Check(
            "attachments",
            False,
            f"{len(planted)} attachment(s) are in a form from before they were bound to their "
            "rows, in a section whose attachments were bound: someone with the vault key put "
            "them there (a file re-pointed or replaced), or one was sealed before 0067 with a "
            f"key version no holder who signed in since was given; they do not open: {named}.",
        )
    return Check(
        "attachments",
        True,
        f"{len(hashes)} stored attachment file(s) are present and unaltered: each matches "
        "the hash recorded when it was written (checked under the vault key; the content "
        "sealed under a section's key is not opened).",
    )


OLDER_TEXT = "older text"


def _check_older_text(engine: Engine, vault_id: str) -> Check:
    """No text with no key version in a section the trail records as bound: its holder's
    sign-in sealed all of it, so such text was written since by someone with the vault key
    (services.sectionkeys.older_text_in_bound). Named by table, row, case and section."""
    with engine.connect() as conn:
        found = sectionkeys.older_text_in_bound(conn, vault_id)
    if not found:
        return Check(
            OLDER_TEXT,
            True,
            "No text in clear in a section whose older text was sealed.",
        )
    named = ", ".join(f"{what} {i} of case {ref} ({where})" for what, i, ref, where in found[:20])
    more = f" and {len(found) - 20} more" if len(found) > 20 else ""
    return Check(
        OLDER_TEXT,
        False,
        f"{len(found)} record(s) hold text in clear, with no key, in a section whose older "
        "text was all sealed: someone with the vault key wrote them; they are not shown and "
        f"not sealed: {named}{more}.",
    )


TEXT_BOUND = "text bound to cases"


def _check_text_bound(engine: Engine, vault_id: str) -> Check:
    """Sealed text of a survivor's case is bound to that case (form 2, migration 0069): none
    names another case than its row's, and none is in form 1 in a section the trail records
    as bound to its cases (services.sectionkeys.text_not_bound). Coded columns only."""
    with engine.connect() as conn:
        found = sectionkeys.text_not_bound(conn, vault_id)
    if not found:
        return Check(
            TEXT_BOUND,
            True,
            "No sealed text of a case was found in another case's file, nor in a form from "
            "before it was bound to its case where its section's text was bound.",
        )
    named = ", ".join(f"{what} {i} of case {ref} ({where})" for what, i, ref, where in found[:20])
    more = f" and {len(found) - 20} more" if len(found) > 20 else ""
    return Check(
        TEXT_BOUND,
        False,
        f"{len(found)} record(s) hold sealed text not bound to the case they are in: someone "
        "with the vault key moved them from another survivor's file or put back an older "
        "form (or one was sealed before 0069 with a key version no holder who signed in since "
        f"was given); they are not shown: {named}{more}.",
    )


SIGNED_VERSIONS = "versions signed"


def _check_signed_versions(engine: Engine) -> Check:
    """No versioned row is below the highest version the signed trail records for it
    (services.signedversions): one put back, its sealed text copied from its history by
    someone with the vault key, reads as current otherwise. Coded columns only."""
    with engine.connect() as conn:
        found = signedversions.below_signed(conn)
    if not found:
        return Check(
            SIGNED_VERSIONS,
            True,
            "No record is at an earlier version than the audit trail records for it.",
        )
    named = ", ".join(
        f"{kind} {i}" + (f" of case {ref}" if ref else "") + f" (v{version}, signed v{signed})"
        for kind, i, ref, version, signed in found[:20]
    )
    more = f" and {len(found) - 20} more" if len(found) > 20 else ""
    return Check(
        SIGNED_VERSIONS,
        False,
        f"{len(found)} record(s) are at an earlier version than the audit trail records for "
        "them: someone with the vault key put them back (their earlier text copied from their "
        f"history); they are refused when read: {named}{more}.",
    )


def _naming(engine: Engine, digests: list[str]) -> str:
    """The attachments whose stored files are ``digests``, by id and case reference (codes)."""
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT a.id, c.reference, a.sha256 = b.sha256 FROM attachments a "
                "JOIN cases c ON c.id = a.case_id "
                "JOIN blobs b ON b.sha256 IN (a.sha256, a.thumbnail_sha256) "
                "WHERE b.sha256 IN (SELECT value FROM json_each(:digests)) ORDER BY a.id"
            ),
            {"digests": json.dumps(digests)},
        ).all()
    named = [
        f"attachment {row_id} of case {reference}" + ("" if original else " (its thumbnail)")
        for row_id, reference, original in found
    ]
    if not named:
        return "files no attachment names"
    shown = ", ".join(named[:10])
    return shown if len(named) <= 10 else f"{shown} and {len(named) - 10} more"


def _check_key_slots(engine: Engine, folder: VaultFolder, key: bytes) -> Check:
    """keyslots.json as it is on disk now: the recovery slot is there, every slot's public key
    is the one the vault gave it (its MAC under the vault key), and every slot's signing key
    is the one the trail last registered for it. Sign-in and rotation refuse such a slot; this
    says so before anyone needs it (a slot swapped by someone who could write the folder)."""
    try:
        slots = KeySlotFile.load(folder.keyslots)
    except VaultDamaged as e:
        return Check("key slots", False, str(e))
    with engine.connect() as conn:
        newest: dict[str, str] = {}
        for slot_id, listed in conn.execute(
            select(StaffSigningKey.slot_id, StaffSigningKey.key_id).order_by(
                StaffSigningKey.from_seq
            )
        ):
            newest[str(slot_id)] = str(listed)
    mac_key = subkey(key, Purpose.SLOT_PUBLIC)
    problems: list[str] = []
    named = False  # an account's slot: a password reset gives it a new one
    if RECOVERY_SLOT not in slots.slots:
        problems.append(
            "the recovery key's slot is missing (the recovery key opens nothing: make a new "
            "one with admin new-recovery-key)"
        )
    with engine.connect() as conn:
        active = conn.scalars(
            select(StaffAccount.username).where(StaffAccount.active.is_(True))
        ).all()
    for name in sorted(str(n) for n in active):
        if user_slot_id(name) not in slots.slots:
            problems.append(f"{name}'s slot is missing (she cannot sign in)")
            named = True
    for slot in slots.slots.values():
        who = slot.username or "the recovery key"
        try:
            slots.check_public_key(mac_key, slot.slot_id, slot.public, slot.public_mac)
        except VaultDamaged:
            problems.append(f"the public key of {who}'s slot is not the one the vault gave it")
            named = named or slot.username is not None
        signing = slot.signing_public
        if signing is not None and newest.get(slot.slot_id, key_id(signing)) != key_id(signing):
            problems.append(f"the signing key in {who}'s slot is not the one registered for it")
            named = named or slot.username is not None
    with engine.connect() as conn:
        unbound = slotbinding.unbound(slots, conn)
    for found in unbound:
        who = found.username or "the recovery key"
        problems.append(
            f"the public key of {who}'s slot is not bound to it by its own registered signing "
            "key (a key rotation refuses to seal to it)"
        )
        named = named or found.username is not None
    if problems:
        return Check(
            "key slots",
            False,
            "keyslots.json was altered by someone who could write the vault folder: "
            + "; ".join(problems)
            + (". Reset the password of each account named: it gets a new slot." if named else "."),
        )
    return Check(
        "key slots",
        True,
        f"{len(slots.slots)} key slot(s), each as the vault registered it and bound to it.",
    )


def _check_revocation(engine: Engine) -> Check:
    with engine.connect() as conn:
        due = revocation_due(conn)
    if due is None:
        return Check("revocation", True, "The vault key was changed after every revocation.")
    return Check(
        "revocation",
        False,
        f"The vault key was not changed after {due} was disabled or had the password reset "
        "(the change was interrupted): that account's slot in an older copy of keyslots.json "
        "still opens the vault. Run rotate-key.",
    )


def _check_grants(engine: Engine, vault_id: str) -> Check:
    """Every section key grant signed by a registered key of the account that granted it
    (services.grantsigs); a planted or altered grant is named, and refused at sign-in."""
    with engine.connect() as conn:
        bad = grantsigs.refused(conn, vault_id)
    if not bad:
        return Check(
            "grants", True, "Every section key grant is signed by the account that made it."
        )
    return Check(
        "grants",
        False,
        f"{len(bad)} section key grant(s) refused (planted or altered; they open nothing): "
        + "; ".join(bad[:20])
        + (" …" if len(bad) > 20 else ""),
    )


def _check_accounts(engine: Engine, vault_id: str) -> Check:
    """Every account in ``staff`` as the signed trail made it (services.standing): one added
    there by someone with the vault key, or whose role was changed there, signs no grant and
    keeps no slot at the next change of the vault key."""
    with engine.connect() as conn:
        bad = standing.disagreements(conn, vault_id)
    if not bad:
        return Check(
            "accounts", True, "Every account and role is the one an admin created, as signed."
        )
    return Check(
        "accounts",
        False,
        f"{len(bad)} account(s) not as an admin created them (written into the database by "
        "someone with the vault key; they sign no grant and lose their key slot at the next "
        "change of the vault key): " + "; ".join(bad[:20]) + (" …" if len(bad) > 20 else ""),
    )


def _check_glass_reviews(engine: Engine, vault_id: str) -> Check:
    """The break-glass table's review columns against the signed trail (services.glassreview):
    an access marked reviewed with no manager's signed review, a row removed or altered, a
    row with no opening entry, a review entry that does not count, each named. The manager's
    queue already shows each of them as not reviewed."""
    with engine.connect() as conn:
        found = glassreview.tampering(conn, vault_id)
    if not found:
        return Check(
            GLASS_REVIEW,
            True,
            "Every break-glass access agrees with the audit trail, and every review is a "
            "manager's signed entry.",
        )
    return Check(
        GLASS_REVIEW,
        False,
        f"{len(found)} break-glass access(es) do not agree with the audit trail (the manager's "
        "queue shows them as not reviewed): "
        + "; ".join(found[:20])
        + (" …" if len(found) > 20 else ""),
    )


def _sizes(engine: Engine) -> tuple[int, int]:
    """How many audit entries and attachments verify will check (for a determinate bar; a
    file too damaged to count gives none)."""
    try:
        with storage_errors(engine):
            with engine.connect() as conn:
                entries = int(conn.scalar(text("SELECT count(*) FROM audit_log")) or 0)
            return entries, len(recorded_blobs(engine))
    except VaultDamaged:
        return 0, 0
    finally:
        engine.dispose()


def _manifest_date(path: Path) -> datetime | None:
    try:
        with zipfile.ZipFile(path) as zf:
            created = json.loads(zf.read(MANIFEST)).get("created_at", "")
        when = datetime.fromisoformat(str(created))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class MaintenanceService:
    """Backups, restore, verification and key rotation: the admin's work."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    @property
    def _folder(self) -> VaultFolder:
        return self._session.folder

    def backup(
        self, dest: Path | None = None, progress: Callable[[int, int], None] | None = None
    ) -> BackupInfo:
        """An encrypted backup into ``backups/`` or to ``dest`` (a file, or a folder for one).

        ``progress(done, total)`` follows the files written; if it raises (cancel), nothing is
        left behind and nothing is audited as made."""
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.WRITE):
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE)
        self._refuse_on_server()
        info = self._write_backup(dest, "backup", progress)
        with s.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            s.audit(tx, AuditAction.BACKUP_CREATED, detail=f"attachments={info.blob_count}")
        return info

    def _refuse_on_server(self) -> None:
        """A centre server's backup and restore belong to services/serverbackup.py."""
        if self._session.engine.dialect.name == "postgresql":
            raise ValidationFailed(SERVER_BACKUP_FROM_CLI)

    def backups(self) -> tuple[KnownBackup, ...]:
        """The backups kept in the vault's backups folder, newest first (an admin's)."""
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.READ):
            raise s.refuse(Section.ADMINISTRATION, Action.READ)
        folder = self._folder.backups
        files = sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
        found = [KnownBackup(p, _manifest_date(p), p.stat().st_size) for p in files]
        oldest = datetime.min.replace(tzinfo=UTC)
        return tuple(sorted(found, key=lambda b: b.created_at or oldest, reverse=True))

    def last_backup(self) -> datetime | None:
        """When the last backup was made, wherever it was written (the audit trail says)."""
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.READ):
            raise s.refuse(Section.ADMINISTRATION, Action.READ)
        with s.system_transaction() as tx:
            at = tx.scalar(
                select(func.max(AuditEntry.at)).where(
                    AuditEntry.action == AuditAction.BACKUP_CREATED.value,
                    AuditEntry.outcome == Outcome.OK.value,
                )
            )
        if not at:
            return None
        return datetime.strptime(at, UTC_FORMAT).replace(tzinfo=UTC)

    def _write_backup(
        self,
        dest: Path | None,
        label: str,
        progress: Callable[[int, int], None] | None = None,
    ) -> BackupInfo:
        if dest is None:
            dest = self._folder.backups / backup_name(label=label)
        elif dest.is_dir():
            dest = dest / backup_name(label=label)
        if dest.exists():
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages", "A file with that name already exists; choose another."
                )
            )
        with disk_errors(), storage_errors():
            return write_archive(
                self._folder,
                self._session.key,
                dest,
                vault_id=self._session.vault_id,
                schema=migrate.current_revision(self._session.engine),
                blob_files=blob_files(self._folder),
                progress=progress,
            )

    def verify(
        self, against: Sequence[Path] = (), progress: Callable[[int, int], None] | None = None
    ) -> VerifyReport:
        """Check page authentication, database integrity, the audit chain and every attachment.

        The audit trail is also compared with the head recorded in every backup in the vault's
        ``backups/`` folder and in each file of ``against`` (backups kept elsewhere): a trail
        that no longer holds a recorded head was cut back or rewritten. Problems found that no
        admin has acknowledged are recorded as a tamper finding, shown at the next sign-in of
        the admin and the managers until an admin acknowledges it.

        ``progress(done, total)`` is told as the work goes, in units of audit entries: each of
        the two whole-file checks counts as many as the trail has entries (each reads every
        page), then each entry checked, then each attachment. If it raises (cancel), the
        checks stop and nothing is recorded.
        """
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.READ):
            raise s.refuse(Section.ADMINISTRATION, Action.READ)
        if s.engine.dialect.name == "postgresql":
            return self._verify_server(against, progress)
        checks: list[Check] = []
        notes: tuple[str, ...] = ()
        unreadable = "could not be read: the file is damaged."

        # The checks read every page; one that fails leaves its connection unusable, so they
        # run on an engine of their own, thrown away afterwards.
        engine = open_engine(self._folder.db, s.key)

        def attempt(name: str, run: Callable[[], Check]) -> None:
            try:
                with storage_errors(engine):
                    checks.append(run())
            except VaultDamaged:
                checks.append(Check(name, False, f"The {name} {unreadable}"))
            finally:
                engine.dispose()  # a fresh connection for each check

        heads, unread = self._recorded_heads(against)
        found_codes: tuple[str, ...] = ()
        report = progress or (lambda _done, _total: None)
        entries, blobs = _sizes(engine) if progress is not None else (0, 0)
        whole = max(entries, 1)  # what one whole-file check weighs
        total = 2 * whole + entries + blobs

        def trail() -> Check:
            nonlocal notes, found_codes
            with engine.connect() as conn:
                chain = audit.verify_chain(
                    conn,
                    s.key,
                    s.vault_id,
                    self._folder.anchor,
                    heads,
                    lambda n: report(2 * whole + min(n, entries), total),
                )
            notes = (*chain.notes, *unread)
            found_codes = chain.codes
            if chain.ok:
                return Check(
                    "audit trail",
                    True,
                    f"{chain.entries} entries, every link and signature intact"
                    f" ({len(heads)} backup head(s) compared).",
                )
            return Check("audit trail", False, " ".join(chain.problems))

        try:
            report(0, total)
            attempt("encryption", lambda: _check_encryption(engine))
            report(whole, total)
            attempt("database", lambda: _check_database(engine))
            report(2 * whole, total)
            attempt("audit trail", trail)
            report(2 * whole + entries, total)
            attempt(
                "attachments",
                lambda: _check_attachments(
                    engine,
                    s.blobs,
                    s.vault_id,
                    lambda n: report(2 * whole + entries + n, total),
                ),
            )
            for name, check in (
                ("key slots", lambda: _check_key_slots(engine, self._folder, s.key)),
                ("revocation", lambda: _check_revocation(engine)),
                ("grants", lambda: _check_grants(engine, s.vault_id)),
                ("accounts", lambda: _check_accounts(engine, s.vault_id)),
                (OLDER_TEXT, lambda: _check_older_text(engine, s.vault_id)),
                (TEXT_BOUND, lambda: _check_text_bound(engine, s.vault_id)),
                (SIGNED_VERSIONS, lambda: _check_signed_versions(engine)),
                (GLASS_REVIEW, lambda: _check_glass_reviews(engine, s.vault_id)),
            ):
                attempt(name, check)
        finally:
            engine.dispose()
        if progress is not None:
            with contextlib.suppress(Exception):
                progress(total, total)  # done: too late to cancel
        result = VerifyReport(tuple(checks), notes)
        self._record_verification(result, found_codes)
        return result

    def _verify_server(
        self, against: Sequence[Path], progress: Callable[[int, int], None] | None
    ) -> VerifyReport:
        """A centre server: its own checks (services/serververify.py), recorded alike."""
        from onestop.services import serververify

        heads, unread = self._recorded_heads(against)
        result, codes = serververify.verify(self._session, heads, unread, progress)
        self._record_verification(result, codes)
        return result

    def _record_verification(self, result: VerifyReport, found_codes: tuple[str, ...]) -> None:
        """The verification in the trail, after a tamper finding for what it found."""
        s = self._session
        with s.unit_of_work(Section.ADMINISTRATION, Action.READ) as tx:
            if found_codes:
                s.audit(
                    tx,
                    AuditAction.TAMPER_DETECTED,
                    "verify",
                    outcome=Outcome.FAILED,
                    detail=audit.codes_detail(found_codes),
                )
            s.audit(
                tx,
                AuditAction.VERIFIED,
                outcome=Outcome.OK if result.ok else Outcome.FAILED,
                detail=",".join(c.name for c in result.checks if not c.ok),
            )

    def _recorded_heads(self, against: Sequence[Path]) -> tuple[list[RecordedHead], list[str]]:
        """The audit heads recorded by the backups in ``backups/`` and in ``against``."""
        heads: list[RecordedHead] = []
        unread: list[str] = []
        local = (
            sorted(self._folder.backups.glob(f"*{SUFFIX}")) if self._folder.backups.exists() else []
        )
        for path in [*local, *against]:
            head = recorded_head(path)
            if head is not None:
                heads.append(head)
            elif path in against:
                unread.append(
                    f"The file {path.name} records no audit head (it is not a OneStop backup, "
                    "or was made before backups recorded one); it was not compared."
                )
        return heads, unread

    def acknowledge(self, seq: int, reason: str) -> None:
        """An admin acknowledges the tamper finding in entry ``seq``, saying why (audited, and
        signed by her): verify then reports what it found as acknowledged instead of failing,
        and it is no longer shown at sign-in."""
        s = self._session
        if s.actor.role is not Role.ADMIN:
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE, f"audit:{seq}")
        why = " ".join(reason.split())
        if not why or len(why) > audit.MAX_DETAIL:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say in a few words (at most 200 characters) why the finding is acknowledged.",
                )
            )
        with s.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            row = tx.get(AuditEntry, seq)
            if row is None or row.action != AuditAction.TAMPER_DETECTED.value:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Audit entry {seq} is not a tamper finding."
                    ).format(seq=seq)
                )
            s.audit(
                tx,
                AuditAction.TAMPER_ACKNOWLEDGED,
                Section.ADMINISTRATION,
                record_ref=f"audit:{seq}",
                detail=why,
            )

    def new_recovery_key(self) -> str:
        """Make a new recovery key and return it (shown once): its slot replaces the recovery
        slot (the old key no longer opens this keyslots.json), and its signing key is
        registered by the admin in a signed entry, which binds the slot
        (services.slotbinding). For a recovery key lost or seen, or a recovery slot left out
        of a new vault key. An older copy of keyslots.json still opens today's vault with the
        old key until the next rotation: the caller says so."""
        s = self._session
        if s.actor.role is not Role.ADMIN:
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE, "recovery-key")
        self._refuse_on_server()
        if s.must_change_password:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Messages", "Choose your own password first."))
        recovery = generate_recovery_key()
        slots = s.slots
        before = slots.slots.get(RECOVERY_SLOT)
        try:
            public = slots.put_slot(
                RECOVERY_SLOT,
                normalise_recovery_key(recovery),
                {VAULT_KEY: s.key},
                subkey(s.key, Purpose.SLOT_PUBLIC),
            )
            with s.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
                entry = s.audit(
                    tx,
                    AuditAction.KEY_REGISTERED,
                    Section.ADMINISTRATION,
                    detail=f"key={key_id(public)} new recovery key",
                )
                audit.register_key(
                    tx,
                    slot_id=RECOVERY_SLOT,
                    username=RECOVERY_ACTOR,
                    public=public,
                    registered_by=s.actor.username,
                    entry=entry.seq,
                )
        except BaseException:
            if before is None:
                slots.remove_slot(RECOVERY_SLOT)
            else:
                slots.slots[RECOVERY_SLOT] = before
            raise
        slots.save()
        return recovery

    def rotate_key(self, progress: Callable[[int, int], None] | None = None) -> tuple[str, ...]:
        """Give the vault a new key: rekey the database, re-encrypt attachments, rewrap slots.

        ``progress(done, total)`` follows its four steps (the slots staged, the database
        rekeyed, attachments and anchors moved, done). Only the first call may cancel (raise):
        once the new key is staged the rotation runs to its end, as after a crash it would.
        """
        steps = 4

        def report(done: int) -> None:
            if progress is not None:
                with contextlib.suppress(Exception):
                    progress(done, steps)

        if progress is not None:
            progress(0, steps)  # the last moment a cancel is heard
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.WRITE):
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE)
        if s.must_change_password:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Messages", "Choose your own password first."))
        left_out = rotate_vault_key(s, progress=report)
        report(steps)
        return left_out

    def restore(  # noqa: PLR0915  (to split next: staging, checks, swap)
        self,
        source: Path,
        password: str,
        progress: Callable[[int, int], None] | None = None,
    ) -> RestoreResult:
        """Replace the vault's records with a backup's; a safety backup is made first.

        ``password`` is the acting admin's: it opens a backup made under an earlier vault key
        (the admin's slot as it was then). ``progress(done, total)`` follows the work up to the
        moment the vault is swapped: until then a cancel (it raises) leaves the vault as it
        was; after it, there is nothing left to cancel.
        """
        report = progress or (lambda _done, _total: None)
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.WRITE):
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE)
        self._refuse_on_server()
        folder = self._folder
        report(0, 5)
        archive = open_archive(source, folder.root)
        try:
            report(1, 5)
            if archive.info.vault_id != s.vault_id:
                raise ValidationFailed(NOT_THIS_VAULT)
            backup_key = backup_key_for(archive.folder, s.key, s.actor.username, password)
            archive.check_identity(
                backup_key, s.vault_id, opens_with_vault_key=hmac.compare_digest(backup_key, s.key)
            )
            if not _admin_in(archive.folder.db, backup_key, s.actor.username):
                raise ValidationFailed(NOT_ADMIN_IN_BACKUP)
            safety = self._write_backup(None, "pre-restore")
            report(2, 5)
            staged = folder.root / f".vault.db.restore-{secrets.token_hex(4)}"
            conn = connect(archive.folder.db, backup_key)
            try:
                attach_and_export(conn, staged, s.key)
            finally:
                conn.close()
            report(3, 5)
            staged_engine = open_engine(staged, s.key)
            try:
                upgraded = migrate.upgrade(staged_engine)
                BlobStore(archive.folder.blobs, backup_key).copy_into(
                    s.blobs, recorded_blobs(staged_engine)
                )
                with staged_engine.begin() as conn:
                    audit.rewrite_anchor(conn, s.key, s.vault_id)
                    # Who holds which section key is the live vault's, not the backup's: a
                    # key pair renewed since the backup would leave its grants unopenable.
                    sectionkeys.carry_grants(s.engine, conn)
                # The restore's own entry goes into the restored chain before the swap.
                with Session(staged_engine) as tx, tx.begin():
                    self._list_signing_keys(tx)
                    if upgraded.changed:
                        # The restored trail says where its migration reached 0053: grants
                        # the admin signed before that open for reading (services.grantsigs).
                        s.audit(
                            tx,
                            AuditAction.VAULT_MIGRATED,
                            detail=f"{upgraded.before} -> {upgraded.after}",
                        )
                    s.audit(
                        tx,
                        AuditAction.BACKUP_RESTORED,
                        Section.ADMINISTRATION,
                        detail=f"backup of {archive.info.created_at}"[:200],
                    )
                    with s.engine.connect() as live:
                        # The live vault's commitment to the pairs vouched for at the crossing,
                        # when the backup's trail has none (services.slotbinding).
                        slotbinding.carry_vouched(
                            live,
                            tx,
                            s.vault_id,
                            lambda detail: s.audit(tx, AuditAction.SLOTS_VOUCHED, detail=detail),
                        )
                    gone = reconcile_accounts(
                        tx,
                        s.slots,
                        lambda t, name: s.audit(
                            t,
                            AuditAction.USER_DISABLED,
                            Section.ADMINISTRATION,
                            record_ref=f"staff:{name}",
                            detail="disabled since the backup",
                        ),
                    )
                    staged_head: audit.Anchor = tx.info.pop("audit_anchor")
            finally:
                staged_engine.dispose()
            report(4, 5)  # the last moment a cancel is heard
            with s.engine.begin() as conn:
                live_head = audit.rewrite_anchor(conn, s.key, s.vault_id)
            # For the moment of the swap the anchor file accepts either head.
            if live_head is not None:
                audit.write_anchor_file(folder.anchor, s.vault_id, live_head, upcoming=staged_head)
            s.engine.dispose()
            faults.checkpoint(faults.RESTORE_STAGED)
            for sidecar in folder.sidecars():
                sidecar.unlink(missing_ok=True)
            os.replace(staged, folder.db)
            faults.checkpoint(faults.RESTORE_REPLACED)
            audit.write_anchor_file(folder.anchor, s.vault_id, staged_head)
            remove_accounts(s.slots, gone)
            s.replace_engine(open_engine(folder.db, s.key), s.key)
            _vouch_after_restore(s.slots, folder.db, s.key, upgraded, s.signer)
            with s.system_transaction() as tx:
                # A crossing the restore made (a backup from before 0066) commits now, in the
                # restoring admin's signed entry, not at the next sign-in.
                slotbinding.commit_vouched(
                    s.slots,
                    tx,
                    lambda detail: s.audit(tx, AuditAction.SLOTS_VOUCHED, detail=detail),
                )
            if progress is not None:
                with contextlib.suppress(Exception):
                    progress(5, 5)  # done: too late to cancel
            return RestoreResult(archive.info.created_at, safety.path)
        finally:
            archive.discard()
            for leftover in folder.root.glob(".vault.db.restore-*"):
                leftover.unlink(missing_ok=True)

    def _list_signing_keys(self, tx: Session) -> None:
        """In a restored database, list the signing keys the slots hold now and the backup
        does not know (a key given after the backup was made): the acting admin's first, then
        the others, each in an entry she signs, so that everyone goes on signing entries that
        verify."""
        s = self._session
        listed = set(tx.scalars(select(StaffSigningKey.key_id)))
        # Only keys the live vault registered for that very slot: a key someone put into a
        # slot of keyslots.json and never registered (the red team: her own pair and signing
        # key in the recovery slot) must not be registered by the admin's restore.
        with s.engine.connect() as live:
            known = {
                (str(slot_id), str(kid))
                for slot_id, kid in live.execute(
                    select(StaffSigningKey.slot_id, StaffSigningKey.key_id)
                )
            }
        own = s.signer.key_id if s.signer is not None else ""
        slots = sorted(
            s.slots.slots.values(),
            key=lambda slot: slot.signing_public is None or key_id(slot.signing_public) != own,
        )
        for slot in slots:
            public = slot.signing_public
            if public is None or key_id(public) in listed:
                continue
            if (slot.slot_id, key_id(public)) not in known:
                continue  # verify names it: "not the one registered for it"
            who = slot.username or RECOVERY_ACTOR
            entry = s.audit(
                tx,
                AuditAction.KEY_REGISTERED,
                Section.ADMINISTRATION,
                record_ref=f"staff:{who}" if slot.username else "",
                detail=f"key={key_id(public)}",
            )
            audit.register_key(
                tx,
                slot_id=slot.slot_id,
                username=who,
                public=public,
                registered_by=s.actor.username,
                entry=entry.seq,
            )


def backup_key_for(backup: VaultFolder, key: bytes, username: str, password: str) -> bytes:
    """The key that opens the backup's database: this vault's ``key``, or (for a backup made
    before a key rotation) the one ``username``'s slot of that time opens with ``password``."""
    try:
        connect(backup.db, key).close()
        return key
    except VaultDamaged:
        pass
    slots = KeySlotFile.load(backup.keyslots)
    slot_id = user_slot_id(username)
    opened = slots.open_slot(slot_id, password) if slot_id in slots.slots else None
    if opened is None:
        raise ValidationFailed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This backup was made under an earlier vault key and your password of that "
                "time "
                "does not open it. Restore it with the account that made it.",
            )
        )
    old_key = opened.keys[VAULT_KEY]
    connect(backup.db, old_key).close()
    return old_key


def reconcile_accounts(
    tx: Session, slots: KeySlotFile, record: Callable[[Session, str], object]
) -> set[str]:
    """Bring a restored database's accounts into line with the vault's key slots, which are
    the truth about who may open the vault now: an account disabled since the backup stays
    disabled (marked so in the restored records, with an audit entry through ``record``), and
    the names whose slots must go are returned: accounts disabled in the backup, and slots of
    people the restored records do not know. Call before the swap; remove them after it."""
    rows = list(tx.scalars(select(StaffAccount)))
    known = {row.username for row in rows}
    remove = {s.username for s in slots.user_slots() if s.username not in known}
    for row in rows:
        usable = user_slot_id(row.username) in slots.slots and row.username not in slots.disabled
        if row.active and not usable:
            row.active = False
            row.disabled_at = row.updated_at = utcnow()
            record(tx, row.username)
        elif not row.active and user_slot_id(row.username) in slots.slots:
            remove.add(row.username)
    return {name for name in remove if name is not None}


def _record_crossing(
    tx: Session,
    upgraded: migrate.MigrationResult,
    vault_id: str,
    record: Callable[[Session, AuditAction, str], None],
    grant: grantsigs.Record,
) -> None:
    """A restore of an unreadable vault is its migration's sign-in: its entry says where the
    restored trail crossed 0066 (slots bound: services.slotbinding) and 0053. A backup from
    before 0053: its grants are the vault's own (the live ones cannot be read); the admin signs
    none, she commits to the unsigned ones (from before 0046) right after the migration's entry,
    and each section's holder signs them at her next sign-in (services.grantsigs)."""
    if not upgraded.changed or (
        upgraded.before is not None and upgraded.before >= slotbinding.BOUND_FROM
    ):
        return
    record(tx, AuditAction.VAULT_MIGRATED, f"{upgraded.before} -> {upgraded.after}")
    if upgraded.before is None or upgraded.before < grantsigs.HOLDERS_ONLY_FROM:
        grantsigs.commit_older(tx, vault_id, upgraded.before, grant)


def _vouch_after_restore(
    slots: KeySlotFile,
    db: Path,
    key: bytes,
    upgraded: migrate.MigrationResult,
    signer: audit.SigningKey | None,
) -> None:
    """After the swap, a backup from before 0066: its trail's crossing is the restore's entry,
    signed by the restoring admin, so she vouches for the slots not bound by their own keys
    (services.slotbinding), as the upgrade's sign-in would have."""
    if not upgraded.changed or (
        upgraded.before is not None and upgraded.before >= slotbinding.BOUND_FROM
    ):
        return
    engine = open_engine(db, key)
    try:
        with Session(engine) as tx:
            if slotbinding.vouch_at_upgrade(slots, tx, subkey(key, Purpose.SLOT_PUBLIC), signer):
                slots.save()
    finally:
        engine.dispose()


def remove_accounts(slots: KeySlotFile, names: set[str]) -> None:
    """After the swap: the slots ``reconcile_accounts`` named are removed, the names disabled."""
    if not names:
        return
    for name in names:
        slots.remove_slot(user_slot_id(name))
        slots.disabled.add(name)
    slots.save()


def forget_unknown_slots(slots: KeySlotFile, engine: Engine) -> None:
    """At a sign-in: the slots of people the records do not know are removed, as a restore
    removes them after its swap (``reconcile_accounts``). Only an interrupted operation leaves
    one (a restore killed between the swap and that removal; an account's creation killed
    between saving its slot and the commit): each would otherwise keep the vault key, and no
    account could sign in with it."""
    with engine.connect() as conn:
        known = set(conn.execute(select(StaffAccount.username)).scalars())
    unknown = {slot.username for slot in slots.user_slots() if slot.username} - known
    if unknown:
        logs.log.warning("%d key slot(s) of no account in the records removed", len(unknown))
        remove_accounts(slots, unknown)


def _admin_in(db: Path, key: bytes, username: str) -> bool:
    conn = connect(db, key)
    try:
        row = conn.execute(
            "SELECT role, active FROM staff WHERE username = ?", (username,)
        ).fetchone()
    finally:
        conn.close()
    return row is not None and row[0] == Role.ADMIN.value and bool(row[1])


def _stage_reencrypted(folder: VaultFolder, db: Path, backup_key: bytes, key: bytes) -> Path:
    """A copy of the backup's database ``db`` beside the vault, re-encrypted under ``key``."""
    staged = folder.root / f".vault.db.restore-{secrets.token_hex(4)}"
    conn = connect(db, backup_key)
    try:
        attach_and_export(conn, staged, key)
    finally:
        conn.close()
    return staged


def restore_unopenable(
    folder: VaultFolder,
    slots: KeySlotFile,
    key: bytes,
    username: str,
    password: str,
    source: Path,
    signer: audit.SigningKey | None = None,
) -> RestoreResult:
    """Restore a vault whose database cannot be opened (damaged, missing, a damaged journal).

    The caller holds the vault's lock and has opened ``username``'s slot in the vault's own
    keyslots.json (so a disabled account cannot do this), giving the vault ``key``. The backup
    must be this vault's (its authenticated manifest) and ``username`` an active admin in it.
    The unreadable files are set aside in ``backups/``, not deleted; the key slots stay as they
    are, and the restored database is re-encrypted under ``key`` so every current password
    opens it.
    """
    archive = open_archive(source, folder.root)
    try:
        if archive.info.vault_id != slots.vault_id:
            raise ValidationFailed(NOT_THIS_VAULT)
        backup_key = backup_key_for(archive.folder, key, username, password)
        archive.check_identity(
            backup_key, slots.vault_id, opens_with_vault_key=hmac.compare_digest(backup_key, key)
        )
        if not _admin_in(archive.folder.db, backup_key, username):
            raise ValidationFailed(NOT_ADMIN_IN_BACKUP)
        staged = _stage_reencrypted(folder, archive.folder.db, backup_key, key)
        staged_engine = open_engine(staged, key)
        try:
            upgraded = migrate.upgrade(staged_engine)
            BlobStore(archive.folder.blobs, backup_key).copy_into(
                BlobStore(folder.blobs, key), recorded_blobs(staged_engine)
            )
            with staged_engine.begin() as conn2:
                audit.rewrite_anchor(conn2, key, slots.vault_id)
            with Session(staged_engine) as tx, tx.begin():

                def record(
                    t: Session, action: AuditAction, ref: str = "", detail: str = ""
                ) -> None:
                    audit.append(
                        t,
                        vault_key=key,
                        vault_id=slots.vault_id,
                        actor=username,
                        role=Role.ADMIN.value,
                        action=action,
                        section=Section.ADMINISTRATION,
                        record_ref=ref,
                        detail=detail,
                        signer=signer,
                    )

                # Signing keys the slots hold now and the backup does not know (given after it
                # was made): listed in the restored trail, the restoring admin's first, so that
                # every entry from here on verifies.
                listed = set(tx.scalars(select(StaffSigningKey.key_id)))
                own = signer.key_id if signer is not None else ""
                for slot in sorted(
                    slots.slots.values(),
                    key=lambda sl: sl.signing_public is None or key_id(sl.signing_public) != own,
                ):
                    public = slot.signing_public
                    if public is None or key_id(public) in listed:
                        continue
                    who = slot.username or RECOVERY_ACTOR
                    record(
                        tx,
                        AuditAction.KEY_REGISTERED,
                        f"staff:{who}" if slot.username else "",
                        f"key={key_id(public)}",
                    )
                    seq = tx.scalar(select(func.max(AuditEntry.seq)))
                    audit.register_key(
                        tx,
                        slot_id=slot.slot_id,
                        username=who,
                        public=public,
                        registered_by=username,
                        entry=int(seq or 0),
                    )
                _record_crossing(
                    tx,
                    upgraded,
                    slots.vault_id,
                    lambda t, action, detail: record(t, action, detail=detail),
                    lambda section, detail: audit.append(
                        tx,
                        vault_key=key,
                        vault_id=slots.vault_id,
                        actor=username,
                        role=Role.ADMIN.value,
                        action=AuditAction.SECTION_KEY_GRANTED,
                        section=section,
                        detail=detail,
                        signer=signer,
                    ),
                )
                record(
                    tx,
                    AuditAction.BACKUP_RESTORED,
                    detail=f"backup of {archive.info.created_at}; vault unreadable"[:200],
                )
                gone = reconcile_accounts(
                    tx,
                    slots,
                    lambda t, name: record(
                        t, AuditAction.USER_DISABLED, f"staff:{name}", "disabled since the backup"
                    ),
                )
                head: audit.Anchor = tx.info.pop("audit_anchor")
        finally:
            staged_engine.dispose()
        aside = folder.backups / f"unreadable-{secrets.token_hex(4)}"
        aside.mkdir(parents=True, mode=0o700)
        for part in (folder.db, *folder.sidecars()):
            if part.exists():
                os.replace(part, aside / part.name)
        os.replace(staged, folder.db)
        fsync_dir(folder.root)
        audit.write_anchor_file(folder.anchor, slots.vault_id, head)
        remove_accounts(slots, gone)
        _vouch_after_restore(slots, folder.db, key, upgraded, signer)
        return RestoreResult(archive.info.created_at, aside)
    finally:
        archive.discard()
        for leftover in folder.root.glob(".vault.db.restore-*"):
            leftover.unlink(missing_ok=True)
