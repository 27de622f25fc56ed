"""The SQLCipher engine: a raw 256-bit key as the very first statement, then the pragmas.

Pool choice: a QueuePool of a few connections. SQLAlchemy's default for this driver,
SingletonThreadPool, closes connections behind other threads' backs and is documented as unfit
for production; NullPool would re-open (and re-key) the file for every unit of work. Each
connection is used by one thread at a time, and ``dispose()`` at lock or sign-out closes them
all, so no decrypted connection outlives the session.

Write transactions start with BEGIN IMMEDIATE: every service call writes at least its audit
entry, and taking the write lock up front turns a race between two writers into a short wait
instead of a failed upgrade half-way through a unit of work.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from onestop.errors import VaultDamaged, VaultError, VaultInUse
from onestop.i18n import QT_TRANSLATE_NOOP

DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "Part of the vault's database is damaged and could not be read. Nothing was changed. "
    "Restore the vault from its most recent backup.",
)

MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's database file (vault.db) is missing. Nothing was created in its place. "
    "Restore the vault from its most recent backup (onestop-cli admin restore).",
)

NOT_A_VAULT = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's database could not be opened: the file is damaged or does not belong "
    "to this vault. Restore it from a backup.",
)

DISK_FULL = QT_TRANSLATE_NOOP(
    "Messages",
    "The disk is full, so nothing could be saved and nothing was changed. Free some space (or "
    "ask IT to), then try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault folder cannot be written to (it is read-only, or belongs to another user), so "
    "nothing was changed. Ask IT to check the folder's permissions.",
)

BUSY_TIMEOUT_MS = 10_000
POOL_SIZE = 4
MAX_OVERFLOW = 4


def key_pragma(key: bytes) -> str:
    """The PRAGMA that hands SQLCipher a raw key (hex digits only: nothing to escape)."""
    if len(key) != 32:
        raise ValueError("a vault key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path, key: bytes, *, check_same_thread: bool = True, new: bool = False
) -> sqlcipher.Connection:
    """A DB-API connection to the vault file, keyed, verified and configured.

    Raises VaultDamaged when the key does not open the file or the file is not a vault, and
    when the file is missing: it is opened read-write but never created (``mode=rw``), so a
    deleted database is reported, never silently replaced by an empty one. An empty file with
    no journal beside it is refused the same way (SQLite would take it for a new database and
    the migrations would fill it), unless ``new``: the vault being created, whose file was made
    empty on purpose. (A vault whose every page is still in its journal, never checkpointed,
    has an empty file and a journal: that one opens.)
    """
    if not path.is_file():
        raise VaultDamaged(MISSING)
    if not new and path.stat().st_size == 0 and not _has_journal(path):
        raise VaultDamaged(NOT_A_VAULT)
    try:
        conn = sqlcipher.connect(
            path.resolve().as_uri() + "?mode=rw",
            uri=True,
            check_same_thread=check_same_thread,
            isolation_level=None,
            timeout=10.0,
        )
    except sqlcipher.OperationalError:
        raise VaultDamaged(MISSING) from None
    try:
        # SQLCipher would print its own errors (e.g. on a wrong key) to stderr; OneStop reports
        # them in words instead, and verify names damaged pages through cipher_integrity_check.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages", "The vault could not be opened for writing (journal mode)."
                )
            )
        # FULL: a commit is on the disk before it returns, so the audit anchor written after it
        # is never ahead of the database after a power cut, and only the last transaction of
        # the log can ever be torn (which vault/wal.py relies on to tell damage from a crash).
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher.DatabaseError:
        conn.close()
        raise VaultDamaged(NOT_A_VAULT) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _has_journal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def open_engine(path: Path, key: bytes, *, new: bool = False) -> Engine:
    """An Engine over the vault file, every connection keyed by ``connect`` (``new``: the
    vault being created, see ``connect``)."""
    # Check once up front so a wrong key or a damaged file is a clear error, not a pool failure.
    connect(path, key, new=new).close()

    def creator() -> sqlcipher.Connection:
        return connect(path, key, check_same_thread=False, new=new)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=30,
        hide_parameters=True,  # bound values may be survivor data: never in an exception text
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def disk_refusal(error: OSError) -> VaultError | None:
    """The error to show for a write the disk refused (full, read-only), or None."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return VaultError(DISK_FULL)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultError(READ_ONLY)
    return None


@contextlib.contextmanager
def disk_errors() -> Iterator[None]:
    """Turn a write the disk refused into words (a full disk, a read-only folder)."""
    try:
        yield
    except OSError as error:
        refusal = disk_refusal(error)
        if refusal is None:
            raise
        raise refusal from None


def _refusal_in_words(text: str) -> VaultError | None:
    """A full disk or a read-only folder, as the engine's lower-cased message names it."""
    if "full" in text:
        return VaultError(DISK_FULL)
    if "readonly" in text or "read-only" in text:
        return VaultError(READ_ONLY)
    return None


def _operational_refusal(error: exc.OperationalError) -> VaultError | None:
    """A busy vault, a full disk or a read-only folder; None for any other operational error."""
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return VaultInUse(
            QT_TRANSLATE_NOOP(
                "Messages", "The vault is busy with another task. Try again in a moment."
            )
        )
    return _refusal_in_words(text)


def _driver_refusal(error: sqlcipher.DatabaseError, engine: Engine | None) -> VaultError | None:
    """The driver's own error in words; None for the program's errors (constraints, misuse).

    Anything not a full disk or a read-only folder is damage: ``engine``'s pool is emptied so
    the connection that met it is not handed out again.
    """
    if isinstance(error, sqlcipher.IntegrityError | sqlcipher.ProgrammingError):
        return None
    refusal = _refusal_in_words(str(error).lower())
    if refusal is not None:
        return refusal
    if engine is not None:
        engine.dispose()
    return VaultDamaged(DAMAGED)


@contextlib.contextmanager
def storage_errors(engine: Engine | None = None) -> Iterator[None]:
    """Turn the storage engine's failures into messages for people.

    A page that fails its HMAC or a malformed file is damage; a lock held too long is a busy
    vault. Constraint violations are left alone: they are the program's errors, not the disk's.
    After damage, SQLCipher leaves the connection that met it in an error state, so ``engine``'s
    pool is emptied rather than handing that connection out again.
    """
    try:
        yield
    except (exc.IntegrityError, exc.ProgrammingError, exc.InterfaceError):
        raise
    except exc.OperationalError as error:
        refusal = _operational_refusal(error)
        if refusal is None:
            raise
        raise refusal from None
    except OSError as error:
        refusal = disk_refusal(error)
        if refusal is None:
            raise
        raise refusal from None
    except exc.DatabaseError as error:
        if isinstance(error.orig, sqlcipher.DatabaseError):
            if engine is not None:
                engine.dispose()
            raise VaultDamaged(DAMAGED) from None
        raise
    except sqlcipher.DatabaseError as error:
        refusal = _driver_refusal(error, engine)
        if refusal is None:
            raise
        raise refusal from None
