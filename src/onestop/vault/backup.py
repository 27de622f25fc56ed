"""Encrypted backups: one zip file holding everything needed to bring a vault back.

Inside: ``vault.db`` made with ``sqlcipher_export`` under the vault key (never a plaintext
page), the ``keyslots.json`` of that moment (so the backup opens with the passwords or the
recovery key of that time even if the vault folder is lost), the encrypted attachment files as
they are, and a manifest with counts and versions but no personal data. Everything in the
archive was already encrypted; the zip only carries it.

The manifest also records the head of the audit trail at that moment (entry number and hash):
verify checks that the trail still holds every head a backup it can reach recorded, so a trail
cut back (or rewritten) after a backup shows, wherever the backup is kept.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from onestop.errors import VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.engine import connect
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import fsync_dir

MANIFEST = "manifest.json"
FORMAT = "onestop-backup"
FORMAT_VERSION = 1
SUFFIX = ".onestop-backup"


def attach_and_export(conn: sqlcipher.Connection, dest: Path, dest_key: bytes) -> None:
    """Copy the open database behind ``conn`` into a new file ``dest`` under ``dest_key``."""
    if dest.exists():
        raise FileExistsError(dest)
    os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn.execute(
        "ATTACH DATABASE ? AS onestop_export KEY \"x'" + dest_key.hex() + "'\"", (str(dest),)
    )
    try:
        conn.execute("SELECT sqlcipher_export('onestop_export')").fetchall()
    finally:
        conn.execute("DETACH DATABASE onestop_export")


def rekey(conn: sqlcipher.Connection, new_key: bytes) -> None:
    """Re-encrypt every page of the database behind ``conn`` under ``new_key``."""
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")


def backup_name(now: datetime | None = None, label: str = "backup") -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"onestop-{label}-{stamp}{SUFFIX}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    vault_id: str
    schema: str | None
    blob_count: int
    size: int


def write_archive(
    folder: VaultFolder,
    key: bytes,
    dest: Path,
    *,
    vault_id: str,
    schema: str | None,
    blob_files: list[Path],
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Write a backup of ``folder`` to ``dest`` (atomically: a temp name, then a rename).

    ``progress(done, total)`` is told after the database and after each attachment file; an
    exception it raises (the person pressed cancel) leaves no file behind.
    """
    total = len(blob_files) + 2
    report = progress or (lambda _done, _total: None)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(dest)
    work = dest.parent / f".onestop-backup-{secrets.token_hex(6)}"
    work.mkdir(mode=0o700)
    try:
        report(0, total)
        db_copy = work / "vault.db"
        conn = connect(folder.db, key)
        try:
            attach_and_export(conn, db_copy, key)
        finally:
            conn.close()
        report(1, total)
        head = _audit_head(db_copy, key)
        created = datetime.now(UTC).isoformat()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": created,
            "vault_id": vault_id,
            "schema": schema,
            "blobs": len(blob_files),
            **({"audit_head": head} if head is not None else {}),
        }
        partial = work / "archive.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.write(folder.keyslots, "keyslots.json")
            zf.write(db_copy, "vault.db")
            for n, blob in enumerate(blob_files, start=2):
                zf.write(blob, f"blobs/{blob.parent.name}/{blob.name}")
                report(n, total)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        report(total, total)
        os.replace(partial, dest)
        fsync_dir(dest.parent)
        if os.name == "posix":
            dest.chmod(0o600)
        return BackupInfo(dest, created, vault_id, schema, len(blob_files), dest.stat().st_size)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _audit_head(db: Path, key: bytes) -> dict[str, Any] | None:
    """The last entry of the audit trail in the database at ``db``: its number and hash."""
    conn = connect(db, key)
    try:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlcipher.DatabaseError:
        return None
    finally:
        conn.close()
    return {"seq": int(row[0]), "hash": str(row[1])} if row else None


@dataclass(frozen=True)
class RecordedHead:
    """The head of the audit trail that a backup recorded when it was made."""

    source: str
    created_at: str
    vault_id: str
    seq: int
    hash: str


def recorded_head(path: Path) -> RecordedHead | None:
    """The audit head in the manifest of the backup at ``path``; None if it records none or
    is not a readable backup (only the manifest is read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST))
        head = manifest["audit_head"]
        return RecordedHead(
            path.name,
            str(manifest["created_at"]),
            str(manifest["vault_id"]),
            int(head["seq"]),
            str(head["hash"]),
        )
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        return None


@dataclass(frozen=True)
class OpenedArchive:
    """A backup unpacked into a private work folder (every file in it still encrypted)."""

    info: BackupInfo
    work: Path

    @property
    def folder(self) -> VaultFolder:
        return VaultFolder(self.work)

    def discard(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def open_archive(path: Path, work_parent: Path) -> OpenedArchive:
    """Unpack the backup at ``path`` into a new folder under ``work_parent``."""
    bad = QT_TRANSLATE_NOOP("Messages", "This file is not a OneStop backup, or it is damaged.")
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("Messages", "The backup file was not found.")
        ) from None
    except (zipfile.BadZipFile, OSError):
        raise VaultDamaged(bad) from None
    work = work_parent / f".onestop-restore-{secrets.token_hex(6)}"
    work.mkdir(mode=0o700)
    try:
        with zf:
            manifest = json.loads(zf.read(MANIFEST))
            if manifest.get("format") != FORMAT or int(manifest.get("version", 0)) > FORMAT_VERSION:
                raise VaultDamaged(bad)
            for member in zf.namelist():
                parts = Path(member).parts
                safe = member in ("keyslots.json", "vault.db", MANIFEST) or (
                    len(parts) == 3 and parts[0] == "blobs" and all(p.isalnum() for p in parts[1:])
                )
                if not safe:
                    raise VaultDamaged(bad)
                target = work.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        info = BackupInfo(
            path=path,
            created_at=str(manifest["created_at"]),
            vault_id=str(manifest["vault_id"]),
            schema=manifest.get("schema"),
            blob_count=int(manifest.get("blobs", 0)),
            size=path.stat().st_size,
        )
        if not (work / "vault.db").exists() or not (work / "keyslots.json").exists():
            raise VaultDamaged(bad)
        return OpenedArchive(info, work)
    except VaultDamaged:
        shutil.rmtree(work, ignore_errors=True)
        raise
    except (KeyError, ValueError, zipfile.BadZipFile, OSError):
        shutil.rmtree(work, ignore_errors=True)
        raise VaultDamaged(bad) from None
