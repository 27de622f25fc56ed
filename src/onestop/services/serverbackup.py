"""Backing up and restoring a centre server: ``admin backup --server`` and ``restore --server``.

Both run where an account that may read and write every table of OneStop's database is at
hand: on the server machine as the ``postgres`` account (a Unix-socket URL), as ``admin init
--server`` and ``move-to-server`` do. An admin's login could not: it is granted no survivor
table. The acting admin still signs in with her own password, against her key slot on the
server (or, for a restore, the slot in the archive): the vault key her slot opens is what
seals the archive and authenticates its manifest (``vault/serverarchive.py``, the same
primitives as a vault's backup), and her signing key signs the audit entries. The server
account alone can neither make an archive a workstation would take as the centre's, nor open
one.

- ``backup``: ``pg_dump --format=custom`` of OneStop's database, in one snapshot exported by
  the transaction that reads the audit trail's head and the key slots, so the manifest's head
  is the dump's; the dump is sealed chunk by chunk as it is read, never written in clear.
- ``restore``: the archive is checked (members and sizes, the manifest's MAC under the key
  the acting admin's slot in it opens, the vault id against the server's), every chunk is
  opened and checked **before** anything is changed, then ``pg_restore --clean
  --single-transaction`` replaces the database's objects in one transaction (a failure leaves
  it as it was); the restore is audited and the server verified (``services/serververify.py``)
  against the archive's head.

The programs are the distribution's: ``pg_dump``/``pg_restore`` of the server's major version
(``/usr/lib/postgresql/N/bin``), else the ones on ``PATH``.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from onestop import logs
from onestop.db import server
from onestop.db.migrate import head_revision, is_known
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.passwords import normalise, normalise_username
from onestop.domain.roles import Action, Role, Section
from onestop.errors import SignInFailed
from onestop.services import audit
from onestop.services.auth import WRONG_CREDENTIALS
from onestop.services.backend import (
    SLOT_UNREADABLE,
    ServerSlots,
    TableBlobStore,
    login_password,
)
from onestop.services.maintenance import MaintenanceService, VerifyReport
from onestop.services.servermove import ServerUnavailable, failure_words
from onestop.services.session import Actor, VaultSession
from onestop.vault.backup import BackupInfo, backup_name
from onestop.vault.blobs import BlobStore
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.lock import VaultLock
from onestop.vault.serverarchive import ServerArchive, write_server_archive

# ----- the command line's words (English, as the CLI's) --------------------------------------


class ProgramMissing(Exception):
    """``pg_dump`` or ``pg_restore`` is not installed on this computer."""


class NotAnAdmin(Exception):
    """The acting account is not an active admin (on the server, or in the archive)."""


class ToolFailed(Exception):
    """``pg_dump`` or ``pg_restore`` failed; the words say what to do."""


class NeedsConfirmation(Exception):
    """The database holds a centre: replacing it needs the command's confirmation."""


class MadeByNewerRelease(Exception):
    """The archive's schema is not one this OneStop knows: a newer release made it."""


def default_name() -> str:
    """The archive's file name when none is given (a time, never a name)."""
    return backup_name(label="server")


@contextlib.contextmanager
def server_errors() -> Iterator[None]:
    """A connection or statement that fails: ServerUnavailable, in words (never a statement
    or its parameters)."""
    try:
        yield
    except SQLAlchemyError as exc:
        if "permission denied" in str(getattr(exc, "orig", exc)).lower():
            raise ServerUnavailable(
                "the account in --server may not read OneStop's tables: run the command as the "
                "server's postgres account (docs/SERVER.md, section 5)"
            ) from None
        raise ServerUnavailable(failure_words(exc)) from None


def program(conn: Connection, name: str) -> str:
    """The distribution's ``name`` for the server's major version, else the one on PATH."""
    version = int(conn.scalar(text("SHOW server_version_num")) or 0)
    major = version // 10000
    beside = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise ProgramMissing(
            f"{name} was not found: install the distribution's PostgreSQL client programs of "
            f"the server's version (Debian: apt-get install postgresql-client-{major})"
        )
    return found


def _libpq_uri(engine: Engine) -> str:
    """The engine's URL as libpq takes it (no password in it: libpq reads ~/.pgpass)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _kind_of(said: str, program_name: str) -> str:
    """What a failure of ``pg_dump``/``pg_restore`` means, in words; never its raw message,
    which may quote a row."""
    said = said.lower()
    if "permission denied" in said or "must be owner" in said:
        return (
            f"the account in --server may not {'read' if program_name == 'pg_dump' else 'replace'}"
            " every table of OneStop's database: run the command as the server's postgres "
            "account (docs/SERVER.md, section 5)"
        )
    if "version mismatch" in said or "unsupported version" in said:
        return (
            f"{program_name} is older than the server: install the client programs of the "
            "server's version"
        )
    if "role" in said and "does not exist" in said:
        return (
            "the server has no OneStop roles: make them first on a scratch database with "
            "admin init --server, or restore on the centre's own server (docs/SERVER.md, "
            "section 5)"
        )
    if "password" in said or "pg_hba" in said or "connection" in said:
        return f"{program_name} could not connect with the account in --server"
    return f"{program_name} failed"


# ----- the acting admin, signed in through the server account ---------------------------------


@dataclass
class ServerConsole:
    """The backend of an admin's session opened through the server account (on the server
    machine): its connections are that account's, each transaction takes the write lock as
    a workstation's does; the folder is a private, throw-away one (this computer keeps no
    head of the chain: the workstations do)."""

    engine: Engine
    folder: VaultFolder
    lock: VaultLock
    slots: KeySlotFile
    reports_locked_sign_out: bool = False  # VaultBackend's: a server keeps no such report

    def open_engine(self, key: bytes) -> Engine:
        return self.engine

    def blob_store(self, key: bytes) -> BlobStore:
        return TableBlobStore(self.engine, key)

    def keep_anchor(self, vault_id: str, anchor: audit.Anchor) -> None:
        audit.write_anchor_file(self.folder.anchor, vault_id, anchor)

    def slot_publics(self, conn: Connection) -> dict[str, tuple[bytes, str]]:
        found: dict[str, tuple[bytes, str]] = {}
        for (raw,) in conn.execute(select(server.KEY_SLOTS.c.slot)).all():
            slots = KeySlotFile.parse(str(raw).encode("utf-8"), Path(), SLOT_UNREADABLE)
            for slot_id, slot in slots.slots.items():
                found[slot_id] = (slot.public, slot.public_mac)
        return found


def _locked_engine(account: Engine) -> Engine:
    engine = create_engine(account.url, poolclass=NullPool, hide_parameters=True)

    @event.listens_for(engine, "begin")
    def _write_lock(conn: Any) -> None:
        server.write_lock(conn)

    return engine


def _write_own_slot(account: Engine, username: str, row: str) -> None:
    """Her own slot back in ``key_slots`` (adding an account rewrites the slot file; her own
    row is unchanged unless her key pair was renewed, which the console never does)."""
    with account.begin() as conn:
        conn.execute(
            server.KEY_SLOTS.update()
            .where(server.KEY_SLOTS.c.username == username)
            .values(slot=row)
        )


@contextlib.contextmanager
def admin_session(account: Engine, username: str, password: str) -> Iterator[VaultSession]:
    """The admin ``username`` signed in through the server account with her own password
    (her slot in ``key_slots``): her vault key and signing key, her entries signed. Refused
    (NotAnAdmin, SignInFailed) unless she is an active admin whose slot opens."""
    name = normalise_username(username)
    with account.connect() as conn:
        raw = conn.scalar(
            select(server.KEY_SLOTS.c.slot).where(server.KEY_SLOTS.c.username == name)
        )
        staff = conn.execute(
            select(StaffAccount.role, StaffAccount.active, StaffAccount.display_name).where(
                StaffAccount.username == name
            )
        ).first()
    if raw is None or staff is None or not staff.active or staff.role != Role.ADMIN.value:
        raise NotAnAdmin
    work = Path(tempfile.mkdtemp(prefix="onestop-server-console-"))
    try:
        folder = VaultFolder(work)
        slots = ServerSlots.parse(str(raw).encode("utf-8"), folder.keyslots, SLOT_UNREADABLE)
        assert isinstance(slots, ServerSlots)
        opened = slots.open_slot(user_slot_id(name), normalise(password))
        if opened is None or opened.signing is None:
            raise SignInFailed(WRONG_CREDENTIALS)
        own = slots.slots[user_slot_id(name)]
        slots.attach(
            lambda row, _password: _write_own_slot(account, name, row),
            own.public,
            login_password(opened.private, slots.vault_id, name),
        )
        lock = VaultLock(work)
        lock.acquire()
        engine = _locked_engine(account)
        session = VaultSession(
            backend=ServerConsole(engine, folder, lock, slots),
            key=opened.keys[VAULT_KEY],
            engine=engine,
            actor=Actor(name, Role.ADMIN, str(staff.display_name)),
            signer=audit.SigningKey.of(opened.signing),
        )
        try:
            with session.system_transaction() as s:
                if session.signer is None or session.signer.key_id not in audit.registered_keys(
                    s.connection()
                ):
                    raise NotAnAdmin
                session.audit(s, AuditAction.SIGN_IN)
        except BaseException:
            engine.dispose()
            lock.release()
            raise
        with session:
            yield session
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ----- backup ---------------------------------------------------------------------------------


class _Dump:
    """``pg_dump``'s output as a stream; at its end, the program's exit is checked, so a dump
    cut short is never sealed as a whole one."""

    def __init__(self, proc: subprocess.Popen[bytes], errors: IO[bytes]) -> None:
        self._proc = proc
        self._errors = errors

    def read(self, size: int = -1) -> bytes:
        assert self._proc.stdout is not None
        block = self._proc.stdout.read(size)
        if not block and self._proc.wait() != 0:
            self._errors.seek(0)
            said = self._errors.read(64 * 1024).decode("utf-8", "replace")
            logs.log.warning("pg_dump failed with exit code %s", self._proc.returncode)
            raise ToolFailed(_kind_of(said, "pg_dump"))
        return block


def _backup(
    account: Engine,
    username: str,
    password: str,
    dest: Path,
    progress: Callable[[int], None] | None = None,
) -> BackupInfo:
    """The server's encrypted archive at ``dest`` (module docstring); audited as the admin's
    backup. ``progress(bytes)`` as the dump is sealed."""
    with admin_session(account, username, password) as session:
        snapshot = account.connect().execution_options(isolation_level="REPEATABLE READ")
        try:
            with snapshot.begin():
                pg_dump = program(snapshot, "pg_dump")
                exported = str(snapshot.scalar(text("SELECT pg_export_snapshot()")))
                head = snapshot.execute(
                    text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                ).first()
                rows = _key_slot_rows(snapshot)
                schema = snapshot.scalar(text("SELECT version_num FROM alembic_version"))
                with tempfile.TemporaryFile() as errors:
                    proc = subprocess.Popen(
                        [
                            pg_dump,
                            "--format=custom",
                            "--no-password",
                            f"--snapshot={exported}",
                            f"--dbname={_libpq_uri(account)}",
                        ],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.PIPE,
                        stderr=errors,
                    )
                    try:
                        info = write_server_archive(
                            dest,
                            session.key,
                            _Dump(proc, errors),  # type: ignore[arg-type]
                            vault_id=session.vault_id,
                            schema=str(schema) if schema else None,
                            head={"seq": int(head[0]), "hash": str(head[1])} if head else None,
                            key_slots=rows,
                            progress=progress,
                        )
                    finally:
                        if proc.poll() is None:
                            proc.kill()
                        proc.wait()
                        if proc.stdout is not None:
                            proc.stdout.close()
        finally:
            snapshot.close()
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            session.audit(tx, AuditAction.BACKUP_CREATED, detail="centre server")
    return info


def _key_slot_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every account's slot as the server keeps it, with the account's role and state."""
    staff = {
        str(r.username): (str(r.role), bool(r.active))
        for r in conn.execute(select(StaffAccount.username, StaffAccount.role, StaffAccount.active))
    }
    rows = []
    for username, slot in conn.execute(select(server.KEY_SLOTS)).all():
        role, active = staff.get(str(username), ("", False))
        rows.append({"username": str(username), "role": role, "active": active, "slot": str(slot)})
    return rows


# ----- restore --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerRestore:
    backup_created_at: str
    head_seq: int | None
    verification: VerifyReport
    schema: str | None = None  # the schema the archive was made at

    @property
    def this_schema(self) -> str:
        """This release's schema, which ``admin upgrade --server`` brings the server to."""
        return head_revision()

    @property
    def needs_upgrade(self) -> bool:
        """An earlier release made the archive: ``admin upgrade --server`` comes next."""
        return self.schema is not None and self.schema != head_revision()

    @property
    def ok(self) -> bool:
        """Every check passed; from an earlier release's archive, every check but the
        schema's version, which the upgrade brings to this release's."""
        checks = self.verification.checks
        return all(c.ok or (self.needs_upgrade and c.name == "schema") for c in checks)


def _archive_key(archive: ServerArchive, username: str, password: str) -> bytes:
    """The vault key the acting admin's slot in the archive opens (she was an active admin
    when the backup was made), or refused."""
    name = normalise_username(username)
    row = next((r for r in archive.key_slots if r.get("username") == name), None)
    if row is None or row.get("role") != Role.ADMIN.value or row.get("active") is not True:
        raise NotAnAdmin
    slots = KeySlotFile.parse(str(row.get("slot", "")).encode("utf-8"), Path(), SLOT_UNREADABLE)
    opened = slots.open_slot(user_slot_id(name), normalise(password))
    if opened is None:
        raise SignInFailed(WRONG_CREDENTIALS)
    return opened.keys[VAULT_KEY]


def _server_vault_id(conn: Connection) -> str | None:
    """The vault id of the centre the database holds (its slots say it), or None when it
    holds none (a new, empty database, or one without OneStop's tables)."""
    if not inspect(conn).has_table(server.KEY_SLOTS.name):
        return None
    raw = conn.scalar(select(server.KEY_SLOTS.c.slot).limit(1))
    if raw is None:
        return None
    try:
        return str(json.loads(str(raw))["vault_id"])
    except (ValueError, KeyError, TypeError):
        return None


def _restore(
    account: Engine,
    username: str,
    password: str,
    source: Path,
    *,
    confirmed: bool,
    progress: Callable[[int, int], None] | None = None,
) -> ServerRestore:
    """Replace OneStop's database on the server with the archive's (module docstring).
    ``confirmed``: the database may already hold a centre (the command's ``--yes``)."""
    report = progress or (lambda _done, _total: None)
    archive = ServerArchive.open(source)
    key = _archive_key(archive, username, password)
    with account.connect() as conn:
        has_tables = inspect(conn).has_table(server.KEY_SLOTS.name)
        vault_id = _server_vault_id(conn)
        pg_restore = program(conn, "pg_restore")
    archive.check_identity(key, vault_id)
    schema = archive.manifest.get("schema")
    if schema is not None and not is_known(str(schema)):
        raise MadeByNewerRelease(str(schema))
    if has_tables and not confirmed:
        raise NeedsConfirmation
    total = int(archive.manifest.get("dump_bytes", 0)) or 1
    done = 0
    for chunk in archive.dump_chunks(key):  # every byte authentic before anything changes
        done += len(chunk)
        report(done, 2 * total)
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [
                pg_restore,
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                f"--dbname={_libpq_uri(account)}",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        assert proc.stdin is not None
        try:
            for chunk in archive.dump_chunks(key):
                proc.stdin.write(chunk)
                done += len(chunk)
                report(done, 2 * total)
            proc.stdin.close()
        except BrokenPipeError:
            pass  # pg_restore stopped: its exit code says why
        except BaseException:
            proc.kill()
            raise
        finally:
            code = proc.wait()
        if code != 0:
            errors.seek(0)
            said = errors.read(64 * 1024).decode("utf-8", "replace")
            logs.log.warning("pg_restore failed with exit code %s", code)
            raise ToolFailed(
                _kind_of(said, "pg_restore") + "; it ran in one transaction, so the database "
                "was left as it was"
            )
    head = archive.manifest.get("audit_head")
    with admin_session(account, username, password) as session:
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
            session.audit(
                tx,
                AuditAction.BACKUP_RESTORED,
                detail=f"centre server backup of {archive.info.created_at}"[:200],
            )
        verification = MaintenanceService(session).verify(against=[source])
    return ServerRestore(
        archive.info.created_at,
        int(head["seq"]) if isinstance(head, dict) else None,
        verification,
        str(schema) if schema is not None else None,
    )


def backup(
    account: Engine,
    username: str,
    password: str,
    dest: Path,
    progress: Callable[[int], None] | None = None,
) -> BackupInfo:
    """The server's encrypted archive at ``dest`` (module docstring); audited as the admin's
    backup. ``progress(bytes)`` as the dump is sealed."""
    with server_errors():
        return _backup(account, username, password, dest, progress)


def restore(
    account: Engine,
    username: str,
    password: str,
    source: Path,
    *,
    confirmed: bool,
    progress: Callable[[int, int], None] | None = None,
) -> ServerRestore:
    """Replace OneStop's database on the server with the archive's (module docstring).
    ``confirmed``: the database may already hold a centre (the command's ``--yes``)."""
    with server_errors():
        return _restore(account, username, password, source, confirmed=confirmed, progress=progress)
