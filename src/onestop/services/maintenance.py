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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from onestop.db import migrate
from onestop.db.audit import AuditEntry
from onestop.domain.audit import UTC_FORMAT, AuditAction, Outcome
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed, VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import audit
from onestop.vault import faults
from onestop.vault.backup import (
    MANIFEST,
    SUFFIX,
    BackupInfo,
    attach_and_export,
    backup_name,
    open_archive,
    rekey,
    write_archive,
)
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import connect, open_engine, storage_errors
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import (
    NEXT_VAULT_KEY,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from onestop.services.session import VaultSession


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
        _finish_rotation(folder, slots, key, next_key, engine)
        return next_key, engine
    slots.drop_key(NEXT_VAULT_KEY)
    slots.save()
    return key, engine


def _finish_rotation(
    folder: VaultFolder, slots: KeySlotFile, old: bytes, new: bytes, engine: Engine
) -> None:
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
        info = self._write_backup(dest, "backup", progress)
        with s.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            s.audit(tx, AuditAction.BACKUP_CREATED, detail=f"attachments={info.blob_count}")
        return info

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
        return write_archive(
            self._folder,
            self._session.key,
            dest,
            vault_id=self._session.vault_id,
            schema=migrate.current_revision(self._session.engine),
            blob_files=blob_files(self._folder),
            progress=progress,
        )

    def verify(self) -> VerifyReport:
        """Check page authentication, database integrity, the audit chain and every attachment."""
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.READ):
            raise s.refuse(Section.ADMINISTRATION, Action.READ)
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

        def encryption() -> Check:
            with engine.connect() as conn:
                bad = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
            if bad:
                return Check(
                    "encryption",
                    False,
                    f"{len(bad)} page(s) failed authentication: the file was damaged or altered.",
                )
            return Check("encryption", True, "Every page is authentic.")

        def database() -> Check:
            with engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if rows == ["ok"]:
                return Check("database", True, "The database structure is sound.")
            return Check("database", False, "The database structure is damaged.")

        def trail() -> Check:
            nonlocal notes
            with engine.connect() as conn:
                chain = audit.verify_chain(conn, s.key, s.vault_id, self._folder.anchor)
            notes = chain.notes
            if chain.ok:
                return Check("audit trail", True, f"{chain.entries} entries, every link intact.")
            return Check("audit trail", False, " ".join(chain.problems))

        def attachments() -> Check:
            hashes = recorded_blobs(engine)
            store = s.blobs
            damaged = 0
            for digest in hashes:
                try:
                    store.get(digest)
                except VaultDamaged:
                    damaged += 1
            if damaged:
                return Check(
                    "attachments",
                    False,
                    f"{damaged} of {len(hashes)} attachment(s) are missing or do not match.",
                )
            return Check("attachments", True, f"{len(hashes)} attachment(s) match their SHA-256.")

        try:
            attempt("encryption", encryption)
            attempt("database", database)
            attempt("audit trail", trail)
            attempt("attachments", attachments)
        finally:
            engine.dispose()
        report = VerifyReport(tuple(checks), notes)
        with s.unit_of_work(Section.ADMINISTRATION, Action.READ) as tx:
            s.audit(
                tx,
                AuditAction.VERIFIED,
                outcome=Outcome.OK if report.ok else Outcome.FAILED,
                detail=",".join(c.name for c in checks if not c.ok),
            )
        return report

    def rotate_key(self) -> None:
        """Give the vault a new key: rekey the database, re-encrypt attachments, rewrap slots."""
        s = self._session
        if not s.allowed(Section.ADMINISTRATION, Action.WRITE):
            raise s.refuse(Section.ADMINISTRATION, Action.WRITE)
        if s.must_change_password:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Messages", "Choose your own password first."))
        slots, folder = s.slots, self._folder
        old, new = s.key, secrets.token_bytes(32)
        slots.check_public_keys(subkey(old, Purpose.SLOT_PUBLIC))
        slots.seal_for_all(NEXT_VAULT_KEY, new)
        slots.save()
        faults.checkpoint(faults.ROTATION_STAGED)
        s.engine.dispose()
        conn = connect(folder.db, old)
        try:
            rekey(conn, new)
        finally:
            conn.close()
        faults.checkpoint(faults.ROTATION_REKEYED)
        engine = open_engine(folder.db, new)
        _finish_rotation(folder, slots, old, new, engine)
        s.replace_engine(engine, new)
        with s.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            s.audit(tx, AuditAction.KEY_ROTATED)

    def restore(
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
        folder = self._folder
        report(0, 5)
        archive = open_archive(source, folder.root)
        try:
            report(1, 5)
            if archive.info.vault_id != s.vault_id:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This backup belongs to another vault; it cannot be restored into this "
                        "one.",
                    )
                )
            backup_key = self._backup_key(archive.folder, password)
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
                migrate.upgrade(staged_engine)
                BlobStore(archive.folder.blobs, backup_key).copy_into(
                    s.blobs, recorded_blobs(staged_engine)
                )
                with staged_engine.begin() as conn:
                    audit.rewrite_anchor(conn, s.key, s.vault_id)
                # The restore's own entry goes into the restored chain before the swap.
                with Session(staged_engine) as tx, tx.begin():
                    s.audit(
                        tx,
                        AuditAction.BACKUP_RESTORED,
                        Section.ADMINISTRATION,
                        detail=f"backup of {archive.info.created_at}"[:200],
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
            s.replace_engine(open_engine(folder.db, s.key), s.key)
            if progress is not None:
                with contextlib.suppress(Exception):
                    progress(5, 5)  # done: too late to cancel
            return RestoreResult(archive.info.created_at, safety.path)
        finally:
            archive.discard()
            for leftover in folder.root.glob(".vault.db.restore-*"):
                leftover.unlink(missing_ok=True)

    def _backup_key(self, backup: VaultFolder, password: str) -> bytes:
        s = self._session
        try:
            connect(backup.db, s.key).close()
            return s.key
        except VaultDamaged:
            pass
        slots = KeySlotFile.load(backup.keyslots)
        slot_id = user_slot_id(s.actor.username)
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
        key = opened.keys[VAULT_KEY]
        connect(backup.db, key).close()
        return key
