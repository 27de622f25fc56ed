"""A centre server's backup: the same kind of archive as a vault's (vault/backup.py).

A zip (stored, never compressed) holding:

- ``manifest.json``: the same fields as a vault backup's (format, version, time, vault id,
  schema, the audit trail's head), ``"kind": "server"``, the SHA-256 of each chunk of the
  dump in order and of ``key_slots.json``, and an HMAC of all of it under the key derived
  from the vault key for backup manifests (``backup.manifest_mac``): only the vault's
  holders can make or alter it;
- ``key_slots.json``: the server's ``key_slots`` rows (each one account's wrapped slot, as
  the server keeps it) with each account's role and state, so a restore opens with the
  acting admin's password of that time even when the server's database is gone;
- ``dump/000000`` …: the ``pg_dump`` of OneStop's database (custom format) cut into chunks,
  each sealed exactly as an attachment is (``BlobStore.seal``: AES-256-GCM under the vault's
  attachment key, the chunk's SHA-256 as associated data). The dump already holds survivor
  data only as ciphertext; sealing it keeps the coded columns and the trail out of sight
  too, and makes every byte of it authentic. The manifest's list fixes the chunks' order
  and number, so a chunk cannot be dropped, repeated or moved.

The dump never touches the disk in clear: it is read from ``pg_dump`` and sealed chunk by
chunk, and at restore opened chunk by chunk into ``pg_restore``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from onestop.errors import ValidationFailed, VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.backup import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    NOT_A_BACKUP,
    NOT_THIS_VAULT,
    OVERSIZED,
    UNPROVEN,
    BackupInfo,
    check_members,
    manifest_mac,
    open_zip,
)
from onestop.vault.blobs import MAGIC, NONCE_BYTES, BlobStore
from onestop.vault.keyslots import fsync_dir

KIND = "server"
KEY_SLOTS = "key_slots.json"
DUMP = "dump"
CHUNK = 8 * 1024 * 1024
_SEALED_CHUNK = CHUNK + len(MAGIC) + NONCE_BYTES + 16  # the GCM tag
MAX_KEY_SLOTS_BYTES = 16 * 1024 * 1024
_CHUNK_NAME = re.compile(r"dump/[0-9]{6}")

BAD = NOT_A_BACKUP


def _server_member(name: str) -> bool:
    return name in (MANIFEST, KEY_SLOTS) or _CHUNK_NAME.fullmatch(name) is not None


def chunk_name(n: int) -> str:
    return f"{DUMP}/{n:06d}"


def _sealer(key: bytes) -> BlobStore:
    """The attachments' sealing (AES-256-GCM under the vault's attachment key), not a folder."""
    return BlobStore(Path(), key)


def write_server_archive(
    dest: Path,
    key: bytes,
    dump: IO[bytes],
    *,
    vault_id: str,
    schema: str | None,
    head: dict[str, Any] | None,
    key_slots: list[dict[str, Any]],
    progress: Callable[[int], None] | None = None,
) -> BackupInfo:
    """Write the archive of a server's ``dump`` (read to its end) to ``dest``, atomically
    (a hidden name beside it, then a rename), mode 0600. ``progress(bytes)`` after each
    chunk; an exception (a failed dump, a cancel) leaves no file behind."""
    if dest.exists():
        raise FileExistsError(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.parent / f".onestop-backup-{secrets.token_hex(6)}.zip"
    sealer = _sealer(key)
    slots_bytes = json.dumps(key_slots, sort_keys=True).encode("utf-8")
    digests: list[str] = []
    total = 0
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(KEY_SLOTS, slots_bytes)
            while chunk := _read_full(dump, CHUNK):
                digest = hashlib.sha256(chunk).hexdigest()
                zf.writestr(chunk_name(len(digests)), sealer.seal(digest, chunk))
                digests.append(digest)
                total += len(chunk)
                if progress is not None:
                    progress(total)
            created = datetime.now(UTC).isoformat()
            manifest: dict[str, Any] = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "kind": KIND,
                "created_at": created,
                "vault_id": vault_id,
                "schema": schema,
                "blobs": 0,
                **({"audit_head": head} if head is not None else {}),
                "members": {KEY_SLOTS: hashlib.sha256(slots_bytes).hexdigest()},
                "dump": digests,
                "dump_bytes": total,
            }
            manifest["mac"] = manifest_mac(key, manifest)
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)
        dest.chmod(0o600)
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(dest, created, vault_id, schema, 0, dest.stat().st_size)


def _read_full(stream: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at the end (a pipe returns what it has)."""
    parts: list[bytes] = []
    left = size
    while left > 0:
        block = stream.read(left)
        if not block:
            break
        parts.append(block)
        left -= len(block)
    return b"".join(parts)


@dataclass
class ServerArchive:
    """A server's backup, checked member by member before anything in it is read or opened;
    its manifest is authenticated (``check_identity``) before its dump is used."""

    path: Path
    manifest: dict[str, Any]
    key_slots: list[dict[str, Any]]
    info: BackupInfo

    @classmethod
    def open(cls, path: Path) -> ServerArchive:
        zf = open_zip(path)
        try:
            with zf:
                if "vault.db" in zf.namelist():
                    raise ValidationFailed(NOT_A_SERVER_BACKUP)  # a vault's backup
                check_members(zf, path, None, _server_member)
                manifest = json.loads(_member(zf, MANIFEST, MAX_MANIFEST_BYTES))
                if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                    raise VaultDamaged(BAD)
                if manifest.get("kind") != KIND or int(manifest.get("version", 0)) > FORMAT_VERSION:
                    raise VaultDamaged(BAD)
                raw_slots = _member(zf, KEY_SLOTS, MAX_KEY_SLOTS_BYTES)
                members = manifest.get("members")
                digests = manifest.get("dump")
                if (
                    not isinstance(members, dict)
                    or not isinstance(digests, list)
                    or not all(isinstance(d, str) for d in digests)
                ):
                    raise VaultDamaged(UNPROVEN)
                described = str(members.get(KEY_SLOTS, ""))
                if not hmac.compare_digest(described, hashlib.sha256(raw_slots).hexdigest()):
                    raise VaultDamaged(UNPROVEN)
                chunks = sorted(n for n in zf.namelist() if n.startswith(f"{DUMP}/"))
                if chunks != [chunk_name(n) for n in range(len(digests))]:
                    raise VaultDamaged(UNPROVEN)  # a chunk dropped, added or renamed
                key_slots = json.loads(raw_slots)
                if not isinstance(key_slots, list) or not all(
                    isinstance(r, dict) for r in key_slots
                ):
                    raise VaultDamaged(BAD)
                info = BackupInfo(
                    path=path,
                    created_at=str(manifest["created_at"]),
                    vault_id=str(manifest["vault_id"]),
                    schema=manifest.get("schema"),
                    blob_count=0,
                    size=path.stat().st_size,
                )
        except (VaultDamaged, ValidationFailed):
            raise
        except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
            raise VaultDamaged(BAD) from None
        return cls(path, manifest, key_slots, info)

    def check_identity(self, key: bytes, vault_id: str | None) -> None:
        """Refuse another centre's archive (``vault_id``: the server's own, when it holds a
        centre) and a manifest not authentic under ``key``."""
        if vault_id is not None and self.manifest.get("vault_id") != vault_id:
            raise ValidationFailed(NOT_THIS_VAULT)
        mac = self.manifest.get("mac")
        if not isinstance(mac, str) or not hmac.compare_digest(
            mac, manifest_mac(key, self.manifest)
        ):
            raise VaultDamaged(UNPROVEN)

    def dump_chunks(self, key: bytes) -> Iterator[bytes]:
        """The dump's chunks in order, each opened and checked against the manifest's SHA-256
        (VaultDamaged at the first that is not: a damaged or altered archive). Call only after
        ``check_identity``."""
        sealer = _sealer(key)
        try:
            with zipfile.ZipFile(self.path) as zf:
                for n, digest in enumerate(self.manifest["dump"]):
                    raw = _member(zf, chunk_name(n), _SEALED_CHUNK)
                    yield sealer.unseal(digest, raw)
        except VaultDamaged:
            raise VaultDamaged(UNPROVEN) from None
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            raise VaultDamaged(BAD) from None


NOT_A_SERVER_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "This is a backup of a vault on one computer, not of a centre server: restore it with "
    "the vault's own restore.",
)


def _member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """One member's bytes, refused if it declares or holds more than ``limit``."""
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise VaultDamaged(OVERSIZED)
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise VaultDamaged(OVERSIZED)
    return data
