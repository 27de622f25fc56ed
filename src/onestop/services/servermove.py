"""Moving a centre that started on one workstation onto its new PostgreSQL server.

``move_to_server`` runs as a signed-in admin of the local vault, on a connection to an empty
server database made by ``db.server.create_schema`` (an account that may write every table:
the database's superuser or owner). It copies with ``serverauth.copy_to_server`` (rows as
stored, so survivor data stays ciphertext), then verifies inside the same transaction, so a
copy that does not verify leaves the server as empty as it was:

- every table holds as many rows as the vault (and as were copied), every user's key slot is
  there;
- the audit chain on the server verifies (links, signatures, anchors) and ends at the same
  entry, with the same hash, as the vault's;
- every attachment's sealed bytes are there and open under the vault's key.

Then it runs ``ANALYZE`` (statistics for the planner, as after any bulk load), in the same
transaction.

It enrols the admin's own database login (the password derived from her slot, which only her
password opens); every other member of staff's login is enrolled by ``enrol_login`` with her
own password, since only she can open her slot. The local vault's records are not changed: it
stays the fallback, and its trail records the move as one entry with the counts.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from psycopg import sql
from sqlalchemy import Connection, Engine, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from onestop import logs
from onestop.db import models, server
from onestop.db.attachments import StoredBlob
from onestop.db.audit import AuditEntry
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.passwords import normalise, normalise_username
from onestop.domain.roles import Action, Role, Section
from onestop.services import audit, sectionkeys, serverauth
from onestop.services.backend import ServerSlots, login_password
from onestop.services.session import VaultSession
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import KeySlotFile, user_slot_id

# ----- reaching the server (the command line's words: English, as the CLI's) -------------------

NOT_A_URL = "--server is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DB)"


class ServerUrlInvalid(Exception):
    """The ``--server`` URL cannot be used (a usage error)."""


class ServerUnavailable(Exception):
    """The server could not be reached or refused the connection, in words."""


def server_engine(url_text: str, ca_file: str | None) -> Engine:
    """The server database named by ``url_text``: a PostgreSQL URL without a password (libpq
    reads it from ~/.pgpass or PGPASSFILE, never from the command line). Over TCP the server's
    certificate is checked against ``ca_file`` (``sslmode=verify-full``); a Unix socket
    (``?host=/var/run/postgresql``, on the server itself) needs no TLS."""
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise ServerUrlInvalid(NOT_A_URL) from None
    if url.get_backend_name() != "postgresql":
        raise ServerUrlInvalid(NOT_A_URL)
    if url.password is not None:
        raise ServerUrlInvalid(
            "put no password in --server (every user of the computer can read it): "
            "libpq reads it from ~/.pgpass or the file named by PGPASSFILE"
        )
    if not url.database:
        raise ServerUrlInvalid(NOT_A_URL)
    query = dict(url.query)
    socket = str(query.get("host", "")).startswith("/") or (url.host or "").startswith("/")
    if not socket:
        if not url.host:
            raise ServerUrlInvalid(NOT_A_URL)
        if not ca_file:
            raise ServerUrlInvalid(
                "--ca-file is needed: the centre's CA certificate, to check the server's"
            )
        if not Path(ca_file).is_file():
            raise ServerUrlInvalid(f"--ca-file {ca_file}: no such file")
        query["sslmode"] = "verify-full"
        query["sslrootcert"] = str(Path(ca_file).resolve())
    query.setdefault("connect_timeout", "10")
    url = url.set(drivername=server.URL_SCHEME, query=query)
    return create_engine(url, poolclass=NullPool, hide_parameters=True)


@contextmanager
def server_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction on the server; a connection or statement that fails becomes a
    ServerUnavailable in words (nothing of the statement or its parameters)."""
    try:
        with engine.begin() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise ServerUnavailable(_failure(exc)) from None
    finally:
        engine.dispose()


def failure_words(exc: SQLAlchemyError) -> str:
    """What a failed connection or statement means, in the command line's words."""
    return _failure(exc)


def _failure(exc: SQLAlchemyError) -> str:
    # The kind of failure only: a driver's message may quote the statement.
    logs.log.warning("server refused the move: %s", type(getattr(exc, "orig", exc)).__name__)
    said = str(getattr(exc, "orig", exc)).lower()
    if "certificate" in said or "ssl" in said or "tls" in said:
        return (
            "the server's TLS certificate could not be checked against --ca-file "
            "(the wrong CA, or the server's name is not in its certificate)"
        )
    if "password authentication failed" in said or "no password supplied" in said:
        return (
            "the server refused the account in --server (its password, from ~/.pgpass or "
            "PGPASSFILE, is wrong or missing)"
        )
    if "pg_hba.conf" in said:
        return (
            "the server refused this connection (pg_hba.conf: the account, the address, or a "
            "connection without TLS)"
        )
    if "database" in said and "does not exist" in said:
        return "the server has no database of that name"
    if isinstance(exc, OperationalError):
        return (
            "the server cannot be reached (is PostgreSQL running there, and are the address "
            "and port right?)"
        )
    return "the server refused the copy"


class ServerNotReady(Exception):
    """The server database cannot take the vault: no OneStop schema, or it already holds data.
    ``tables`` names the tables that hold rows (empty when the schema is missing)."""

    def __init__(self, tables: tuple[str, ...]) -> None:
        super().__init__("the server database is not an empty OneStop schema")
        self.tables = tables


class MoveNotVerified(Exception):
    """The copy did not verify; nothing was kept on the server. ``problems``: codes only."""

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("the copy on the server did not verify")
        self.problems = problems


class TextNotSealed(Exception):
    """The vault still holds text written before section keys (an upgraded vault some of whose
    sections no holder has signed in to since): moved now, it would reach the server in clear.
    ``sections``: their names (codes, never content)."""

    def __init__(self, sections: tuple[Section, ...]) -> None:
        super().__init__("the vault holds text not sealed yet")
        self.sections = sections


def check_sealed(session: VaultSession) -> None:
    """Raise TextNotSealed if any section of the vault still holds text not sealed under its
    key: the server must never be sent a survivor's text in clear."""
    with Session(session.engine) as s:
        waiting = sectionkeys.sections_not_sealed(s)
    if waiting:
        raise TextNotSealed(waiting)


class EnrolRefused(Exception):
    """No login enrolled: no such account on the server, or the password does not open it."""


@dataclass(frozen=True)
class MoveReport:
    """What was moved, in counts (never content)."""

    rows: dict[str, int]  # per table, as copied and verified
    key_slots: int
    attachments: int
    audit_entries: int
    head_seq: int
    enrolled: tuple[str, ...]  # logins made by the move (the admin's own)
    to_enrol: tuple[str, ...]  # active accounts each of whom enrols her own login

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _counted_tables() -> list[str]:
    return [t.name for t in models.Base.metadata.sorted_tables]


def _server_tables() -> list[str]:
    return [*_counted_tables(), server.KEY_SLOTS.name, server.BLOB_CONTENT.name]


def check_empty(target: Connection) -> None:
    """Raise ServerNotReady unless ``target`` is a OneStop schema with no rows at all."""
    inspector = inspect(target)
    names = _server_tables()
    if not all(inspector.has_table(name) for name in names):
        raise ServerNotReady(())
    tables = {**models.Base.metadata.tables, **server.SERVER_METADATA.tables}
    holding = tuple(
        name for name in names if target.scalar(select(func.count()).select_from(tables[name]))
    )
    if holding:
        raise ServerNotReady(holding)


def move_to_server(session: VaultSession, password: str, target: Connection) -> MoveReport:
    """Copy the vault of ``session`` (an admin's) onto the empty server database of ``target``
    (in its transaction: the caller commits after this returns), verify it and enrol the
    admin's login; record the move in the local trail. ``password`` is the admin's, to derive
    her database login's password from her slot."""
    if not session.allowed(Section.ADMINISTRATION, Action.WRITE):
        raise session.refuse(Section.ADMINISTRATION, Action.WRITE)
    check_sealed(session)
    check_empty(target)
    blobs = BlobStore(session.folder.blobs, session.key)
    with session.engine.connect() as local:
        expected = {
            name: int(local.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in models.Base.metadata.tables.items()
        }
        last = local.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        digests = [str(h) for h in local.scalars(select(StoredBlob.sha256))]
        accounts = local.execute(
            select(StaffAccount.username, StaffAccount.role, StaffAccount.active)
        ).all()
    copied = serverauth.copy_to_server(session.engine, session.slots, blobs, target)
    _verify(session, target, expected, copied, last, digests)
    # Statistics for the planner from the first query on (PostgreSQL's advice after a bulk
    # load): without them the workstations' first reads are planned on guesses until
    # autovacuum reaches each table. In the move's transaction, so they commit with it.
    target.execute(text("ANALYZE"))
    admin = session.actor.username
    role = next(Role(r) for name, r, _active in accounts if name == admin)
    enrolled = _enrol(target, session.slots, admin, role, password)
    to_enrol = tuple(
        sorted(str(name) for name, _role, active in accounts if active and name != admin)
    )
    report = MoveReport(
        rows={name: copied[name] for name in _counted_tables()},
        key_slots=copied[server.KEY_SLOTS.name],
        attachments=copied[server.BLOB_CONTENT.name],
        audit_entries=expected[AuditEntry.__tablename__],
        head_seq=int(last[0]) if last is not None else 0,
        enrolled=(enrolled,),
        to_enrol=to_enrol,
    )
    with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as tx:
        session.audit(
            tx,
            AuditAction.MOVED_TO_SERVER,
            detail=(
                f"tables={len(report.rows)} rows={report.total_rows} "
                f"key_slots={report.key_slots} attachments={report.attachments} "
                f"audit_head={report.head_seq}"
            ),
        )
    return report


def _verify(
    session: VaultSession,
    target: Connection,
    expected: dict[str, int],
    copied: dict[str, int],
    last: object,
    digests: list[str],
) -> None:
    problems: list[str] = []
    for name, table in models.Base.metadata.tables.items():
        on_server = int(target.scalar(select(func.count()).select_from(table)) or 0)
        if not expected[name] == copied[name] == on_server:
            problems.append(f"rows:{name}")
    slots = int(target.scalar(select(func.count()).select_from(server.KEY_SLOTS)) or 0)
    if slots != copied[server.KEY_SLOTS.name]:
        problems.append("key-slots")
    head = target.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    if (tuple(head) if head else None) != (tuple(last) if last else None):  # type: ignore[arg-type]
        problems.append("audit-head")
    report = audit.verify_chain(target, session.key, session.vault_id, session.folder.anchor)
    if not report.ok:
        problems.append("audit-chain")
    blobs = BlobStore(session.folder.blobs, session.key)
    table = server.BLOB_CONTENT
    for digest in digests:
        raw = target.scalar(select(table.c.content).where(table.c.name == blobs.name_for(digest)))
        try:
            present = raw is not None and blobs.unseal(digest, bytes(raw)) is not None
        except Exception:
            present = False
        if not present:
            problems.append("attachment")
            break
    if problems:
        raise MoveNotVerified(tuple(problems))


def _enrol(target: Connection, slots: KeySlotFile, username: str, role: Role, password: str) -> str:
    opened = slots.open_slot(user_slot_id(username), normalise(password))
    if opened is None:
        raise EnrolRefused
    verifier = server.scram_verifier(login_password(opened.private, slots.vault_id, username))
    login = server.login_role(username)
    exists = target.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    if exists:
        # Roles are the cluster's: a login of that name made before (an earlier move into
        # another database of this cluster) gets this slot's password and her role's group.
        raw = target.connection.driver_connection
        assert raw is not None
        raw.execute(
            sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(verifier)
            )
        )
        raw.execute(
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(server.group_role(role)), sql.Identifier(login)
            )
        )
    else:
        target.exec_driver_sql(
            "SELECT onestop_add_staff_login(%(name)s, %(role)s, %(verifier)s)",
            {"name": username, "role": role.value, "verifier": verifier},
        )
    return username


def enrol_login(target: Connection, username: str, password: str) -> str:
    """Make a member of staff's own database login on the server, from her slot there, opened
    with her password (only she can): the login's password is derived from her slot, and the
    server keeps only its SCRAM verifier. Returns her login's user name."""
    name = normalise_username(username)
    raw = target.scalar(select(server.KEY_SLOTS.c.slot).where(server.KEY_SLOTS.c.username == name))
    staff = target.execute(
        select(StaffAccount.role, StaffAccount.active).where(StaffAccount.username == name)
    ).first()
    if raw is None or staff is None or not staff.active:
        raise EnrolRefused
    slots = ServerSlots.parse(str(raw).encode("utf-8"), Path("server-slot.json"), "")
    return _enrol(target, slots, name, Role(staff.role), password)


# ----- a new centre on a server: ``admin init --server`` -----------------------------------------


class NotSuperuser(Exception):
    """The account in --server may not create OneStop's schema and roles."""


class LoginExists(Exception):
    """A login of the name asked for is already on the server (roles are the cluster's)."""


def prepare_schema(target: Connection) -> bool:
    """Create OneStop's schema, roles, grants and functions in the connected database unless
    it has them already (``server.create_schema``, which needs the server's superuser);
    returns whether it made them. ``check_empty`` then says whether the database may take a
    centre."""
    if inspect(target).has_table(AuditEntry.__tablename__):
        return False
    if not target.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")):
        raise NotSuperuser
    server.create_schema(target)
    return True


def add_workstation_login(target: Connection, name: str) -> str:
    """The pre-sign-in login every workstation shares (a member of ``onestop_signin``, which
    may only count an attempt and read one slot), with a new random password; returns the
    password, to be shown once. The server keeps only its SCRAM verifier."""
    if not name or not all(c.isalnum() or c in "_-" for c in name) or len(name) > 63:
        raise ServerUrlInvalid("--workstation-login takes letters, digits, _ and - only")
    if target.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}):
        raise LoginExists
    password = secrets.token_urlsafe(24)
    raw = target.connection.driver_connection
    assert raw is not None
    raw.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name),
            sql.Literal(server.scram_verifier(password)),
            sql.Identifier(server.SIGNIN),
        )
    )
    return password
