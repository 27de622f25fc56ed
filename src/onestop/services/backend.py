"""Where an unlocked vault's data lives: a local vault folder, or a centre's PostgreSQL server.

A ``VaultSession`` gets everything that depends on the place from its backend: the database
engine, the key slots, the store of attachments and the keeping of the audit chain's head
outside the database. The services only ever see the session, so they do not know which
backend they run on.

- ``LocalVault``: today's vault folder (vault/folder.py): the SQLCipher database keyed with
  the vault key, ``keyslots.json``, the encrypted files in ``blobs/`` and ``audit.anchor``.
- ``CentreServer``: a ``postgresql+psycopg`` engine logged in as the member of staff's own
  database role (over TLS, ``verify-full`` against the centre's CA, READ COMMITTED), every
  transaction that may write taking the server's write lock first (the twin of SQLite's
  ``BEGIN IMMEDIATE``) and a unit of work that only reads taking it when it first writes
  (its audit entry, which reads the chain's head only under the lock; db/writelock.py); the
  person's key slot read through ``onestop_sign_in_attempt`` before sign-in (the attempt
  counted there); attachments as the same ciphertext the local files hold, in the
  ``blob_content`` table; and a folder on the workstation that keeps the last chain head
  this workstation saw, outside the server.

The vault key still exists on a server: it keys nothing there (the server's own login
authenticates the connection), but every purpose derived from it (attachments, the anchor,
slot authentication) is the same as in the local vault, so the data moves between the two
unchanged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from onestop import logs
from onestop.db import server, writelock
from onestop.domain.roles import Role
from onestop.errors import BackOff, ValidationFailed, VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import audit
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import open_engine
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import KeySlotFile, OpenedSlot, user_slot_id
from onestop.vault.lock import VaultLock

if TYPE_CHECKING:
    from onestop.services.audit import Anchor


class VaultBackend(Protocol):
    """What a VaultSession needs from the place its data lives."""

    @property
    def folder(self) -> VaultFolder:
        """The local folder: the vault itself, or the workstation's own folder for a server
        (exports, a centre's risk checklists, the audit anchor, the lock)."""

    @property
    def lock(self) -> VaultLock:
        """One OneStop process per folder (an OS lock)."""

    @property
    def slots(self) -> KeySlotFile:
        """The key slots: keyslots.json, or the signed-in person's slot from the server."""

    def open_engine(self, key: bytes) -> Engine:
        """A new engine over the database, for the vault key ``key``."""

    def blob_store(self, key: bytes) -> BlobStore:
        """The encrypted attachments, under keys derived from ``key``."""

    @property
    def reports_locked_sign_out(self) -> bool:
        """Whether a sign-out from the lock screen (no key, so no audit entry) waits in the
        key slots for the next sign-in, which writes it into the trail as an unverified
        report: the local vault's keyslots.json does; a server keeps only failed sign-ins
        (``sign_in_reports``), so there the trail shows her lock and nothing after it."""

    def keep_anchor(self, vault_id: str, anchor: Anchor) -> None:
        """Keep the audit chain's head outside the database, after a commit that moved it."""

    def slot_publics(self, conn: Connection) -> dict[str, tuple[bytes, str]]:
        """Every account's slot public key and its MAC under the vault key, by slot id
        (confirming a colleague seals keys to hers); ``conn`` is the caller's transaction."""


@dataclass(frozen=True)
class LocalVault:
    """A vault folder on this computer (today's OneStop)."""

    folder: VaultFolder
    lock: VaultLock
    slots: KeySlotFile
    reports_locked_sign_out: bool = True  # VaultBackend's

    def open_engine(self, key: bytes) -> Engine:
        return open_engine(self.folder.db, key)

    def blob_store(self, key: bytes) -> BlobStore:
        return BlobStore(self.folder.blobs, key)

    def keep_anchor(self, vault_id: str, anchor: Anchor) -> None:
        audit.write_anchor_file(self.folder.anchor, vault_id, anchor)

    def slot_publics(self, conn: Connection) -> dict[str, tuple[bytes, str]]:
        return {i: (s.public, s.public_mac) for i, s in self.slots.slots.items()}


# ----- the centre server -----------------------------------------------------------------------

SLOT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The server's copy of your key slot is damaged or was edited, so you cannot sign in. "
    "Ask the administrator.",
)


@dataclass(frozen=True)
class ServerAddress:
    """How a workstation reaches the centre's server: TCP with TLS, the server's certificate
    checked against the centre's CA (``sslmode=verify-full``); no password in it."""

    host: str
    port: int
    dbname: str
    ca_file: Path

    def url(self, user: str, password: str) -> str:
        """The SQLAlchemy URL of ``user`` on this server (postgresql+psycopg)."""
        return (
            f"{server.URL_SCHEME}://{quote(user, safe='')}:{quote(password, safe='')}"
            f"@{self.host}:{self.port}/{quote(self.dbname, safe='')}"
            f"?sslmode=verify-full&sslrootcert={quote(str(self.ca_file), safe='/')}"
        )


def login_password(private: X25519PrivateKey, vault_id: str, username: str) -> str:
    """A member of staff's database password, derived (HKDF-SHA256) from her slot's private key,
    which only her password opens: she types one password, and the server stores only the
    SCRAM verifier of this one (``server.scram_verifier``)."""
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    info = f"onestop server login v1|{vault_id}|{username}".encode()
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(raw)
    return derived.hex()


def slot_row(slots: KeySlotFile, slot_id: str) -> str:
    """What the server keeps in ``key_slots`` for one account: a key file holding that one
    slot (the vault's id and the KDF template with it, never another person's slot)."""
    whole = slots.to_json()
    one = {
        **whole,
        "slots": [s for s in whole["slots"] if s["id"] == slot_id],
        "disabled": [],
        "unknown_failures": 0,
        "unknown_last_failure": 0.0,
        "pending_events": [],
    }
    return json.dumps(one)


OwnSlotWriter = Callable[[str, str | None], None]
"""Writes her own slot's row back to the server, with her login's new password (or None)."""

NOT_ON_SERVER = "only one's own key slot is written back to a centre server yet"


class ServerSlots(KeySlotFile):
    """One account's slot as the server gave it, in memory. ``save`` writes her own slot back
    to the server (a password change re-wraps it under a new key pair, so her login's
    password, which that pair derives, changes with it). An admin's new account is written
    by the unit of work that creates it (``enrol_new``: its slot row and its database login,
    in the same transaction as its staff row); an account disabled, re-enabled or reset has
    its slot and login changed the same way (``stop_login``, ``renew_login``). Any other
    change (another account's existing slot, the disabled list) is not written to a server:
    refused loudly rather than written to the workstation or lost."""

    writer: OwnSlotWriter | None = None
    # Her login's password for each key pair her slot has had in this session (public key ->
    # password), so a change undone puts the password it had back too.
    logins: dict[bytes, str] | None = None
    own: str = ""  # her own slot's id
    # The database password of each account created in this session (slot id -> password),
    # derived from the new slot's key pair while the admin still holds its one-time secret.
    created: dict[str, str] | None = None

    def attach(self, writer: OwnSlotWriter, public: bytes, password: str) -> None:
        self.writer = writer
        self.logins = {public: password}
        (self.own,) = self.slots
        self.created = {}

    def renew_key_pair(self, opened: OpenedSlot, new_secret: str, mac_key: bytes) -> OpenedSlot:
        renewed = super().renew_key_pair(opened, new_secret, mac_key)
        slot = self.slots[opened.slot_id]
        if self.logins is not None and slot.username is not None:
            self.logins[slot.public] = login_password(renewed.private, self.vault_id, slot.username)
        return renewed

    def put_slot(
        self,
        slot_id: str,
        secret: str,
        keys: dict[str, bytes],
        mac_key: bytes,
        signing: Ed25519PrivateKey | None = None,
    ) -> bytes:
        public = super().put_slot(slot_id, secret, keys, mac_key, signing)
        username = self.slots[slot_id].username
        if self.created is not None and slot_id != self.own and username is not None:
            opened = self.open_slot(slot_id, secret)
            if opened is not None:
                self.created[slot_id] = login_password(opened.private, self.vault_id, username)
        return public

    def enrol_new(self, conn: Connection, username: str, role: Role) -> None:
        """Write a new account's slot and make its database login, in the unit of work
        (``conn``) that creates its staff row: all three commit or none. The admin's login
        may insert slots and call ``onestop_add_staff_login`` (a SCRAM verifier, never the
        password). A login of that name already on the server (roles are the cluster's) is
        refused in words."""
        slot_id = user_slot_id(username)
        password = (self.created or {}).get(slot_id)
        if password is None:
            raise NotImplementedError(NOT_ON_SERVER)
        login = server.login_role(username)
        if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}):
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The server already has a database login for that user name (from another "
                    "database on the same server). Choose another user name, or ask IT.",
                )
            )
        conn.execute(
            pg_insert(server.KEY_SLOTS).values(username=username, slot=slot_row(self, slot_id))
        )
        conn.exec_driver_sql(
            "SELECT onestop_add_staff_login(%(name)s, %(role)s, %(verifier)s)",
            {"name": username, "role": role.value, "verifier": server.scram_verifier(password)},
        )

    def renew_login(self, conn: Connection, username: str) -> None:
        """An account re-enabled or its password reset: its new slot (made in this session,
        ``put_slot``) written over the one the server held, and its database login given the
        verifier of the password that slot derives and allowed to sign in, in the unit of work
        (``conn``) that changes its staff row. Her old password derives the old login
        password, which the server no longer accepts."""
        slot_id = user_slot_id(username)
        password = (self.created or {}).get(slot_id)
        if password is None:
            raise NotImplementedError(NOT_ON_SERVER)
        row = slot_row(self, slot_id)
        conn.execute(
            pg_insert(server.KEY_SLOTS)
            .values(username=username, slot=row)
            .on_conflict_do_update(index_elements=["username"], set_={"slot": row})
        )
        conn.exec_driver_sql(
            "SELECT onestop_renew_staff_login(%(name)s, %(verifier)s)",
            {"name": username, "verifier": server.scram_verifier(password)},
        )

    def stop_login(self, conn: Connection, username: str) -> None:
        """An account disabled: its slot removed from the server (the sign-in function hands
        out nothing for it) and its database login stopped (``NOLOGIN``, no password, its open
        connections ended), in the unit of work (``conn``) that disables it."""
        conn.execute(server.KEY_SLOTS.delete().where(server.KEY_SLOTS.c.username == username))
        conn.exec_driver_sql("SELECT onestop_stop_staff_login(%(name)s)", {"name": username})

    def save(self) -> None:
        if self.writer is None or self.logins is None or self.disabled:
            raise NotImplementedError(NOT_ON_SERVER)
        created = self.created or {}
        if self.own not in self.slots or any(
            slot_id != self.own and slot_id not in created for slot_id in self.slots
        ):
            raise NotImplementedError(NOT_ON_SERVER)
        slot = self.slots[self.own]
        self.writer(slot_row(self, slot.slot_id), self.logins.get(slot.public))


def read_slot(signin_url: str, username: str, workstation: VaultFolder) -> KeySlotFile | None:
    """The person's slot, through ``onestop_sign_in_attempt`` as the pre-sign-in login (the
    only thing that login may do), which counts the attempt on the server before it hands the
    slot out; None if the server has no slot of that name; BackOff while the account (or, for
    a name with no slot, every such name) waits after too many failures."""
    engine = create_engine(signin_url, hide_parameters=True, poolclass=NullPool)
    try:
        with engine.begin() as conn:  # committed: the count stands whatever happens next
            row, wait = conn.exec_driver_sql(
                "SELECT slot, wait_seconds FROM onestop_sign_in_attempt(%(name)s)",
                {"name": username},
            ).one()
    finally:
        engine.dispose()
    if wait > 0:
        raise BackOff(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Too many failed attempts. Wait %n second(s) before trying again.",
                "",
                math.ceil(wait),
            ),
            float(wait),
        )
    if row is None:
        return None
    # Kept in memory only: a server's slots are the server's (ServerSlots never saves).
    return ServerSlots.parse(str(row).encode("utf-8"), workstation.keyslots, SLOT_UNREADABLE)


def report_failed_sign_in(signin_url: str, username: str) -> bool:
    """Tell the server a sign-in failed (a wrong password, or a name with no slot), as the
    pre-sign-in login, through ``onestop_sign_in_failed``: the next member of staff to sign in
    writes it into the audit trail as an unverified report. The server records one report per
    attempt it counted, nothing more; whether it did is returned. Best effort: a failure to
    report never hides the sign-in's own refusal."""
    engine = create_engine(signin_url, hide_parameters=True, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            return bool(
                conn.exec_driver_sql(
                    "SELECT onestop_sign_in_failed(%(name)s)", {"name": username}
                ).scalar()
            )
    except SQLAlchemyError:
        logs.log.warning("a failed sign-in could not be reported to the server")
        return False
    finally:
        engine.dispose()


class TableBlobStore(BlobStore):
    """Attachments on the server: each blob sealed exactly as a local file is (the same key,
    associated data and format), kept in ``blob_content`` under the same HMAC name."""

    def __init__(self, engine: Engine, vault_key: bytes) -> None:
        super().__init__(Path(), vault_key)
        self._engine = engine

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        with self._engine.begin() as conn:
            conn.execute(
                pg_insert(server.BLOB_CONTENT)
                .values(name=self.name_for(digest), content=self.seal(digest, data))
                .on_conflict_do_nothing()
            )
        return digest

    def path_for(self, sha256: str) -> Path:
        raise NotImplementedError("a server's attachments are rows, not files")

    def _raw(self, sha256: str) -> bytes | None:
        table = server.BLOB_CONTENT
        with self._engine.connect() as conn:
            raw = conn.scalar(select(table.c.content).where(table.c.name == self.name_for(sha256)))
        return bytes(raw) if raw is not None else None

    def get(self, sha256: str) -> bytes:
        raw = self._raw(sha256)
        if raw is None:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("Messages", "An attachment file is missing from the vault.")
            )
        return self.unseal(sha256, raw)

    def exists(self, sha256: str) -> bool:
        return self._raw(sha256) is not None

    def delete(self, sha256: str) -> None:
        table = server.BLOB_CONTENT
        with self._engine.begin() as conn:
            conn.execute(table.delete().where(table.c.name == self.name_for(sha256)))


@dataclass
class CentreServer:
    """A workstation of the centre's PostgreSQL server, signed in as one member of staff."""

    address: ServerAddress
    username: str
    password: str  # her database password (login_password), never typed; changes with her slot
    folder: VaultFolder  # the workstation's own folder
    lock: VaultLock
    slots: KeySlotFile
    written: str = ""  # her slot's row as the server holds it
    reports_locked_sign_out: bool = False  # VaultBackend's: nothing is written while locked

    def open_engine(self, key: bytes) -> Engine:
        engine = create_engine(
            self.address.url(server.login_role(self.username), self.password),
            pool_size=2,
            max_overflow=4,
            pool_pre_ping=True,
            hide_parameters=True,  # bound values may be ciphertext of survivor data
            # Whatever the server's default: a deferred write lock relies on each statement
            # after the lock seeing what was committed before it (db/writelock.py).
            isolation_level="READ COMMITTED",
        )

        @event.listens_for(engine, "do_connect")
        def _current_password(_dialect: Any, _record: Any, _args: Any, params: Any) -> None:
            params["password"] = self.password  # after a password change, the new one

        @event.listens_for(engine, "begin")
        def _write_lock(conn: Any) -> None:
            # Every unit of work writes its audit entry. One that may write otherwise takes the
            # lock first; one that only reads (its session asked: writelock.DEFER) takes it
            # when it first writes (services/audit.py's append, or the hook below).
            if writelock.deferred(conn):
                writelock.defer(conn, server.take_deferred_write_lock)
            else:
                writelock.settle(conn)
                server.write_lock(conn)

        @event.listens_for(engine, "before_cursor_execute")
        def _first_write(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            # A deferred transaction takes the lock before anything that writes or locks rows,
            # so that it never holds a row lock while it waits for the write lock.
            if writelock.pending(conn) and not server.plain_read(statement):
                writelock.before_writing(conn)

        @event.listens_for(engine, "commit")
        @event.listens_for(engine, "rollback")
        def _ended(conn: Any) -> None:
            writelock.settle(conn)

        return engine

    def blob_store(self, key: bytes) -> BlobStore:
        # Its own connections, without the write lock: a blob is stored while a unit of work
        # holds the lock on another connection, and storing one is idempotent by its name.
        engine = create_engine(
            self.address.url(server.login_role(self.username), self.password),
            poolclass=NullPool,
            hide_parameters=True,
        )
        return TableBlobStore(engine, key)

    def write_own_slot(self, row: str, password: str | None) -> None:
        """Her slot back on the server (``onestop_put_own_slot``: her row only) and, with a new
        key pair, her login's SCRAM verifier for the password it derives (a role may change
        its own password; the server never receives the password itself). One transaction of
        its own, without the write lock: the unit of work that changed the slot holds it, and
        puts the slot back the same way if it fails (services/users.py)."""
        if row == self.written and password in (None, self.password):
            return
        login = server.login_role(self.username)
        engine = create_engine(
            self.address.url(login, self.password), poolclass=NullPool, hide_parameters=True
        )
        try:
            with engine.begin() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT onestop_put_own_slot(%(slot)s)", {"slot": row}
                ).scalar_one()
                if rows != 1:
                    raise VaultDamaged(SLOT_UNREADABLE)
                if password is not None and password != self.password:
                    from psycopg import sql  # a server's: a vault's desktop never loads psycopg

                    statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                        sql.Identifier(login), sql.Literal(server.scram_verifier(password))
                    )
                    raw = conn.connection.driver_connection
                    conn.exec_driver_sql(statement.as_string(raw))
        finally:
            engine.dispose()
        self.written = row
        if password is not None:
            self.password = password

    def keep_anchor(self, vault_id: str, anchor: Anchor) -> None:
        # The workstation keeps the last head it saw: a server put back to an older dump no
        # longer extends it.
        audit.write_anchor_file(self.folder.anchor, vault_id, anchor)

    def slot_publics(self, conn: Connection) -> dict[str, tuple[bytes, str]]:
        # Only her own slot came with the sign-in; her colleagues' public keys through the
        # server's function (staff logins cannot read key_slots).
        rows = conn.exec_driver_sql(
            "SELECT username, public, public_mac FROM onestop_slot_publics()"
        ).all()
        return {
            user_slot_id(name): (base64.b64decode(public, validate=True), str(mac))
            for name, public, mac in rows
            if public and mac
        }
