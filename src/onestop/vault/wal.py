"""Telling a damaged or missing write-ahead log from a crash, before SQLite opens the vault.

SQLite reads ``vault.db-wal`` up to its first frame that fails its checksum and silently treats
everything after it as never written: a damaged frame in the middle of the log looks like a
rollback of every later commit. With ``synchronous = FULL`` a commit is on the disk before the
next transaction starts, so only the last transaction of the log can be torn by a power cut.
A bad frame followed by a later transaction is therefore damage, not a crash; so is a log whose
index (``vault.db-shm``) is still there although the log is gone (SQLite removes the index
first when it closes, so a crash never leaves that pair). This is checked once, with the
vault's lock held, before the first connection.
"""

from __future__ import annotations

import struct
from pathlib import Path

from onestop.errors import VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP

WAL_MAGIC = (0x377F0682, 0x377F0683)
HEADER = 32
FRAME_HEADER = 24
MAX_PAGE = 65536

WAL_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's journal (vault.db-wal) is damaged: changes already saved would be lost if the "
    "vault were opened. Nothing was changed. Restore the vault from its most recent backup "
    "(onestop-cli admin restore).",
)
WAL_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's journal (vault.db-wal) was removed while its index remained: the latest saved "
    "changes are missing. Nothing was changed. Restore the vault from its most recent backup "
    "(onestop-cli admin restore).",
)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def wal_problem(db: Path) -> str | None:
    """A message if the log beside ``db`` is damaged or missing, None if SQLite may open it."""
    wal = db.with_name(db.name + "-wal")
    shm = db.with_name(db.name + "-shm")
    if not wal.exists():
        return WAL_MISSING if shm.exists() and shm.stat().st_size > 0 else None
    data = wal.read_bytes()
    if len(data) < HEADER:
        return None  # a log cut off while its header was first written: nothing was committed
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    if magic not in WAL_MAGIC or not 512 <= page_size <= MAX_PAGE:
        return WAL_DAMAGED
    big = magic & 1 == 1
    s0, s1 = _checksum(data[:24], big, 0, 0)
    if (s0, s1) != (c0, c1):
        # A header is written and synced before any frame: a bad one with frames after it is
        # damage; alone, it is a log that was being started.
        return WAL_DAMAGED if len(data) >= HEADER + FRAME_HEADER + page_size else None
    size = FRAME_HEADER + page_size
    frames = []
    for offset in range(HEADER, len(data) - size + 1, size):
        pgno, commit, fs1, fs2, fc0, fc1 = struct.unpack(">6I", data[offset : offset + 24])
        frames.append((offset, pgno, commit, (fs1, fs2) == (salt1, salt2), fc0, fc1))
    first_bad = None
    for n, (offset, _pgno, _commit, current, fc0, fc1) in enumerate(frames):
        if not current:
            first_bad = n
            break
        s0, s1 = _checksum(data[offset : offset + 8], big, s0, s1)
        s0, s1 = _checksum(data[offset + FRAME_HEADER : offset + size], big, s0, s1)
        if (s0, s1) != (fc0, fc1):
            first_bad = n
            break
    if first_bad is None:
        return None
    # The bad frame's own transaction may be the torn last one; any frame of this log written
    # after that transaction's commit means a committed transaction is being dropped.
    later = frames[first_bad:]
    commits = [n for n, f in enumerate(later) if f[3] and f[2] != 0]
    if commits and any(f[3] for f in later[commits[0] + 1 :]):
        return WAL_DAMAGED
    return None


def check_wal(db: Path) -> None:
    """VaultDamaged (in words) unless the log beside ``db`` is sound or only torn by a crash."""
    problem = wal_problem(db)
    if problem is not None:
        raise VaultDamaged(problem)
