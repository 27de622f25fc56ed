"""Encrypted backups: one zip file holding everything needed to bring a vault back.

Inside: ``vault.db`` made with ``sqlcipher_export`` under the vault key (never a plaintext
page), the ``keyslots.json`` of that moment (so the backup opens with the passwords or the
recovery key of that time even if the vault folder is lost), the encrypted attachment files as
they are, and a manifest with counts and versions but no personal data. Everything in the
archive was already encrypted; the zip only carries it.

The manifest also records the head of the audit trail at that moment (entry number and hash):
verify checks that the trail still holds every head a backup it can reach recorded, so a trail
cut back (or rewritten) after a backup shows, wherever the backup is kept.
The manifest also holds the SHA-256 of ``vault.db`` and ``keyslots.json`` and an HMAC of all of
it under a key derived from the vault key of the backup's time, so its vault id and date
cannot be edited by someone without that key. Before anything is unpacked, every member is
checked against what a backup can hold: stored (never compressed: a zip bomb cannot hide in
one), no larger together than the file itself, a manifest of a few kilobytes, and room for it
all on the disk.
"""

from __future__ import annotations

import hashlib
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
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from onestop.errors import ValidationFailed, VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.engine import connect, disk_refusal
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import fsync_dir
from onestop.vault.subkeys import Purpose, subkey

MANIFEST = "manifest.json"
FORMAT = "onestop-backup"
FORMAT_VERSION = 2  # 2: the manifest holds the members' SHA-256 and its own HMAC
SUFFIX = ".onestop-backup"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBERS = 2_000_000
FREE_SPACE_MARGIN = 64 * 1024 * 1024
_CHUNK = 1024 * 1024

NOT_THIS_VAULT = QT_TRANSLATE_NOOP(
    "Messages",
    "This backup belongs to another vault; it cannot be restored into this one.",
)
UNPROVEN = QT_TRANSLATE_NOOP(
    "Messages",
    "This backup's description (its vault, date and contents) was altered or does not match its "
    "files, so it cannot be trusted. Nothing was restored.",
)
OVERSIZED = QT_TRANSLATE_NOOP(
    "Messages",
    "This file is not a OneStop backup: it holds parts larger or other than a backup's. Nothing "
    "was unpacked.",
)


def manifest_mac(key: bytes, manifest: dict[str, Any]) -> str:
    """The HMAC of every field of ``manifest`` but the MAC itself, under the backup's key."""
    body = {k: v for k, v in manifest.items() if k != "mac"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hmac.new(
        subkey(key, Purpose.BACKUP_MANIFEST),
        b"onestop-backup-manifest|" + canonical.encode("ascii"),
        hashlib.sha256,
    ).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


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
        manifest["members"] = {
            "vault.db": sha256_file(db_copy),
            "keyslots.json": sha256_file(folder.keyslots),
        }
        manifest["mac"] = manifest_mac(key, manifest)
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
    manifest: dict[str, Any]
    members_ok: bool  # the unpacked files are those the manifest describes

    @property
    def folder(self) -> VaultFolder:
        return VaultFolder(self.work)

    def check_identity(self, key: bytes, vault_id: str, *, opens_with_vault_key: bool) -> None:
        """Refuse unless the manifest is this vault's and authentic under ``key`` (the key that
        opens the backup's database) and its files are the ones it describes.

        A backup made before manifests were authenticated (format 1) is accepted only when its
        database opens with this vault's current key, which is proof enough that it is ours.
        """
        if self.manifest.get("vault_id") != vault_id:
            raise ValidationFailed(NOT_THIS_VAULT)
        mac = self.manifest.get("mac")
        if mac is None and int(self.manifest.get("version", 0)) < 2 and opens_with_vault_key:
            return
        if not isinstance(mac, str) or not hmac.compare_digest(
            mac, manifest_mac(key, self.manifest)
        ):
            raise VaultDamaged(UNPROVEN)
        if not self.members_ok:
            raise VaultDamaged(UNPROVEN)

    def discard(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def _members_match(manifest: dict[str, Any], work: Path) -> bool:
    """Whether the unpacked files are those the manifest describes (before anything opens
    them: SQLite rewrites a database's header when it opens it)."""
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != {"vault.db", "keyslots.json"}:
        return False
    return all(
        hmac.compare_digest(str(digest), sha256_file(work / name))
        for name, digest in members.items()
    )


def _vault_member(name: str) -> bool:
    """A name a vault's backup may hold: its database, slots, manifest and attachment files."""
    parts = Path(name).parts
    return name in ("keyslots.json", "vault.db", MANIFEST) or (
        len(parts) == 3 and parts[0] == "blobs" and all(p.isalnum() for p in parts[1:])
    )


def check_members(
    zf: zipfile.ZipFile,
    path: Path,
    work_parent: Path | None,
    safe_name: Callable[[str], bool] = _vault_member,
) -> None:
    """Refuse, before anything is written, an archive no OneStop backup could be: a name
    ``safe_name`` does not accept, a compressed member, members larger together than the
    file, a manifest over its size; and, when it is to be unpacked under ``work_parent``, a
    disk without room for it."""
    bad = QT_TRANSLATE_NOOP("Messages", "This file is not a OneStop backup, or it is damaged.")
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise VaultDamaged(OVERSIZED)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names) or MANIFEST not in names:
        raise VaultDamaged(bad)
    for info in infos:
        if not safe_name(info.filename) or info.is_dir():
            raise VaultDamaged(bad)
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise VaultDamaged(OVERSIZED)  # OneStop never compresses: a bomb cannot hide here
        if info.filename == MANIFEST and info.file_size > MAX_MANIFEST_BYTES:
            raise VaultDamaged(OVERSIZED)
    total = sum(i.file_size for i in infos)
    if total > path.stat().st_size:
        raise VaultDamaged(OVERSIZED)
    if work_parent is None:
        return
    free = shutil.disk_usage(work_parent).free
    if total + FREE_SPACE_MARGIN > free:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is not enough free space on the disk to unpack this backup ({mb} MB "
                "needed). Nothing was written.",
            ).format(mb=(total + FREE_SPACE_MARGIN) // (1024 * 1024) + 1)
        )


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Copy one member, never more bytes than it declared."""
    left = info.file_size
    with zf.open(info) as src, open(target, "xb") as dst:
        while block := src.read(min(_CHUNK, left + 1)):
            left -= len(block)
            if left < 0:
                raise VaultDamaged(OVERSIZED)
            dst.write(block)


NOT_A_BACKUP = QT_TRANSLATE_NOOP("Messages", "This file is not a OneStop backup, or it is damaged.")


def open_zip(path: Path) -> zipfile.ZipFile:
    """A backup file's zip, or the reason in words (missing; not a backup or damaged)."""
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("Messages", "The backup file was not found.")
        ) from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise VaultDamaged(NOT_A_BACKUP) from None


def open_archive(path: Path, work_parent: Path) -> OpenedArchive:
    """Unpack the backup at ``path`` into a new folder under ``work_parent``."""
    bad = NOT_A_BACKUP
    zf = open_zip(path)
    try:
        with zf:
            check_members(zf, path, work_parent)
            with zf.open(MANIFEST) as fh:
                manifest = json.loads(fh.read(MAX_MANIFEST_BYTES + 1))
            if not isinstance(manifest, dict):
                raise VaultDamaged(bad)
            if manifest.get("format") != FORMAT or int(manifest.get("version", 0)) > FORMAT_VERSION:
                raise VaultDamaged(bad)
            work = work_parent / f".onestop-restore-{secrets.token_hex(6)}"
            work.mkdir(mode=0o700)
            try:
                for member in zf.infolist():
                    target = work.joinpath(*Path(member.filename).parts)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    _copy_member(zf, member, target)
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
                members_ok = _members_match(manifest, work)
                described = "members" in manifest or int(manifest.get("version", 0)) >= 2
                if not members_ok and described:
                    raise VaultDamaged(UNPROVEN)
                return OpenedArchive(info, work, manifest, members_ok)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
    except VaultDamaged:
        raise
    except OSError as error:
        refusal = disk_refusal(error)
        raise (refusal or VaultDamaged(bad)) from None
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile):
        raise VaultDamaged(bad) from None
