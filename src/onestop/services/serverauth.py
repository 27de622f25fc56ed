"""Signing in to a centre's server from a workstation, and putting a vault's data on a server.

Signing in: the workstation connects as the pre-sign-in login, which may only call
``onestop_sign_in_attempt`` (the attempt is counted on the server before the slot is handed
out, and a right password undoes the count once she is connected as herself); it opens the
person's slot with her password exactly as a local vault does, derives her database password
from the opened slot (services/backend.py ``login_password``), and from then on talks to the
server as her own database role, whose grants mirror her OneStop role. The chain's head is
checked against the one this workstation kept (its own folder's ``audit.anchor``): a server put
back to an older dump no longer extends it, and the sign-in records the tampering on the server
and is refused in words (``ServerRolledBack``); the workstation keeps the later head, so it
goes on refusing that server. A workstation that has never seen this server has no head yet;
its first sign-in starts keeping one. A wrong password (or a name with no slot) is reported to
the server (``onestop_sign_in_failed``), and each sign-in writes the failures reported since
into the audit trail as unverified reports, as a local vault writes keyslots.json's.

``copy_to_server`` puts a local vault's records (as stored: sealed columns stay ciphertext),
its audit trail, its users' key slots and its attachments (their sealed bytes) into a new
server database. It is the core of ``move-to-server`` (planned: the command, its verification
and the logins of each member of staff, who must each sign in once to derive hers).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, delete, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from onestop import logs
from onestop.db import models, server
from onestop.db.attachments import StoredBlob
from onestop.db.migrate import head_revision, is_known
from onestop.db.serverupgrade import schema_version
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.passwords import normalise, normalise_username
from onestop.domain.roles import Role
from onestop.errors import SignInFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import audit, sectionkeys
from onestop.services.auth import WRONG_CREDENTIALS, unverified_reports
from onestop.services.backend import (
    CentreServer,
    ServerAddress,
    ServerSlots,
    login_password,
    read_slot,
    report_failed_sign_in,
    slot_row,
)
from onestop.services.session import Actor, VaultSession
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import storage_errors
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, OpenedSlot, user_slot_id
from onestop.vault.lock import VaultLock

NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "Messages", "This account is not active in this vault. Ask the administrator."
)
ROLLED_BACK = QT_TRANSLATE_NOOP(
    "Messages",
    "The centre's server holds an older audit trail than this workstation last saw: it may "
    "have been put back to an older copy. OneStop did not sign in. Tell the administrator.",
)
SERVER_NOT_UPGRADED = QT_TRANSLATE_NOOP(
    "Messages",
    "The centre's server has not been upgraded to this version of OneStop yet. OneStop did "
    "not sign in and changed nothing. Ask the person who looks after the server to run "
    '"onestop-cli admin upgrade --server" (docs/SERVER.md).',
)
SERVER_NEWER = QT_TRANSLATE_NOOP(
    "Messages",
    "The centre's server has been upgraded to a newer version of OneStop than this "
    "workstation's. OneStop did not sign in and changed nothing. Install that version (or "
    "newer) on this workstation.",
)
# The head problem that says the server's trail does not extend the head this workstation kept.
ROLLED_BACK_CODE = "file-anchor-ahead"


class ServerSchemaMismatch(SignInFailed):
    """The server's schema is not this OneStop's version (``alembic_version``): older (not
    upgraded yet) or newer (this workstation is out of date). Nothing is read or written."""


def check_schema(conn: Connection) -> None:
    """ServerSchemaMismatch, in words, unless the server's schema is this OneStop's head."""
    found = schema_version(conn)
    if found == head_revision():
        return
    if found is not None and is_known(found):
        raise ServerSchemaMismatch(SERVER_NOT_UPGRADED)
    raise ServerSchemaMismatch(SERVER_NEWER)


def _undo_attempt(conn: Connection) -> None:
    """The attempt the server counted, undone for her own login, where the server's schema
    has the function (every release with counters has); otherwise left as it is."""
    conn.rollback()
    try:
        with conn.begin():
            conn.exec_driver_sql("SELECT onestop_sign_in_succeeded()")
    except DBAPIError:
        logs.log.warning("the server could not undo a sign-in attempt's count")


class ServerRolledBack(SignInFailed):
    """The server's audit trail does not extend the head this workstation last saw: a server
    put back to an older dump (or cut back). Sign-in is refused; the finding is recorded."""


def sign_in_server(
    address: ServerAddress,
    signin_url: str,
    workstation: Path,
    username: str,
    password: str,
) -> VaultSession:
    """Open the centre's server for a member of staff at this workstation, or raise a
    OneStopError that says why not. ``signin_url`` is the pre-sign-in login's URL."""
    folder = VaultFolder(workstation)
    workstation.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = VaultLock(workstation)
    lock.acquire()
    try:
        name = normalise_username(username)
        slots = read_slot(signin_url, name, folder)
        slot_id = user_slot_id(name)
        if slots is None or slot_id not in slots.slots:
            report_failed_sign_in(signin_url, name)
            raise SignInFailed(WRONG_CREDENTIALS)
        opened = slots.open_slot(slot_id, normalise(password))
        if opened is None or opened.signing is None:
            report_failed_sign_in(signin_url, name)
            raise SignInFailed(WRONG_CREDENTIALS)
        password_now = login_password(opened.private, slots.vault_id, name)
        backend = CentreServer(
            address, name, password_now, folder, lock, slots, slot_row(slots, slot_id)
        )
        if isinstance(slots, ServerSlots):
            # A plain function (a bound method would be deep-copied with the slots).
            slots.attach(
                lambda row, password: backend.write_own_slot(row, password),
                slots.slots[slot_id].public,
                password_now,
            )
        key = opened.keys[VAULT_KEY]
        engine = backend.open_engine(key)
        try:
            with storage_errors(engine):
                return _begin(backend, engine, key, name, opened)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise


def _begin(
    backend: CentreServer,
    engine: Engine,
    key: bytes,
    name: str,
    opened: OpenedSlot,
) -> VaultSession:
    with engine.connect() as conn:
        # Before any other query: an older or newer schema would fail on some table later,
        # as a database error instead of words.
        try:
            check_schema(conn)
        except ServerSchemaMismatch:
            _undo_attempt(conn)  # her password was right: not a failed attempt
            raise
    with Session(engine) as s:
        staff = s.scalars(select(StaffAccount).where(StaffAccount.username == name)).first()
        if staff is None or not staff.active:
            raise SignInFailed(NOT_ACTIVE)
        actor = Actor(staff.username, Role(staff.role), staff.display_name)
        must_change = staff.must_change_password
    session = VaultSession(
        backend=backend,
        key=key,
        engine=engine,
        actor=actor,
        must_change_password=must_change,
        signer=audit.SigningKey.of(opened.signing) if opened.signing is not None else None,
    )
    vault_id = backend.slots.vault_id
    with session.system_transaction() as s:
        conn = s.connection()
        if session.signer is None or session.signer.key_id not in audit.registered_keys(conn):
            raise SignInFailed(NOT_ACTIVE)  # a slot's key is registered before it signs here
        problems = audit.head_problems(conn, key, vault_id, backend.folder.anchor)
        if not backend.folder.anchor.exists():
            # This workstation has never seen this server: nothing to compare with yet.
            problems = [p for p in problems if p != "file-anchor-missing"]
        if problems:
            session.audit(
                s,
                AuditAction.TAMPER_DETECTED,
                outcome=Outcome.FAILED,
                detail=audit.codes_detail(problems),
            )
            logs.log.warning("audit trail did not match this workstation's head at sign-in")
        if ROLLED_BACK_CODE in problems:
            # Recorded on the server for its admin, but the workstation keeps the later head
            # it saw (not this server's): every later sign-in here is refused as well.
            s.info.pop("audit_anchor", None)
            rolled_back = True
        else:
            rolled_back = False
            conn.exec_driver_sql("SELECT onestop_sign_in_succeeded()")
            _write_sign_in_reports(session, s)
            session.audit(s, AuditAction.SIGN_IN)
            sectionkeys.start(session, s, opened.private)
    if rolled_back:
        raise ServerRolledBack(ROLLED_BACK)
    return session


def _write_sign_in_reports(session: VaultSession, s: Session) -> None:
    """The failed sign-ins the server kept since the last sign-in (``onestop_sign_in_failed``)
    written into the trail as unverified reports, signed by the person signing in, as a local
    vault writes keyslots.json's: checked by the same rules (services.auth
    ``unverified_reports``: only failed sign-ins of the shape OneStop writes, capped), never
    with outcome "ok". Taken in this transaction: if the sign-in fails they wait for the next."""
    taken = s.connection().exec_driver_sql(
        "SELECT username, reason, at FROM onestop_take_sign_in_reports()"
    )
    events: list[dict[str, object]] = [
        {"action": AuditAction.SIGN_IN_FAILED.value, "username": u, "reason": r, "at": at}
        for u, r, at in taken
    ]
    reports, refused = unverified_reports(events)
    for report in reports:
        session.audit(
            s,
            report.action,
            actor=report.username,
            role="",
            outcome=Outcome.UNVERIFIED,
            detail=f"{report.reason} at {report.at}"[:200],
        )
    if refused:
        session.audit(s, AuditAction.REPORTS_REFUSED, outcome=Outcome.FAILED, detail=f"{refused}")
        logs.log.warning("%d failed-sign-in report(s) kept by the server were refused", refused)
    session.refused_reports = refused


# ----- putting a vault's data on a server ------------------------------------------------------


def copy_to_server(
    source: Engine, slots: KeySlotFile, blobs: BlobStore, target: Connection
) -> dict[str, int]:
    """Copy every record of the vault behind ``source`` into the server database of ``target``
    (a superuser's connection, in its transaction, on a database made by
    ``server.create_schema``): rows as stored, so sealed columns stay ciphertext and the audit
    chain's hashes and signatures still hold; each user's slot into ``key_slots``; each
    attachment's sealed bytes into ``blob_content``. Returns the rows copied per table."""
    copied: dict[str, int] = {}
    with source.connect() as conn:
        for table in models.Base.metadata.sorted_tables:
            if table.name == "dose_summaries":
                # The server's dose triggers (db/server.py) count the doses as they are copied
                # in; the vault's own counts replace theirs once every dose is in.
                continue
            rows = [dict(r._mapping) for r in conn.execute(select(table))]
            if rows:
                target.execute(insert(table), rows)
            copied[table.name] = len(rows)
            _advance_sequence(target, table.name, table.primary_key.columns.values())
        doses = models.Base.metadata.tables["dose_summaries"]
        rows = [dict(r._mapping) for r in conn.execute(select(doses))]
        target.execute(delete(doses))
        if rows:
            target.execute(insert(doses), rows)
        copied[doses.name] = len(rows)
        hashes = [str(h) for h in conn.scalars(select(StoredBlob.sha256))]
    for slot in slots.user_slots():
        if slot.username is not None:
            target.execute(
                insert(server.KEY_SLOTS),
                {"username": slot.username, "slot": slot_row(slots, slot.slot_id)},
            )
    for digest in hashes:
        raw = blobs.path_for(digest).read_bytes()
        blobs.unseal(digest, raw)  # checked before it leaves the workstation
        target.execute(
            insert(server.BLOB_CONTENT), {"name": blobs.name_for(digest), "content": raw}
        )
    copied["key_slots"] = sum(1 for s in slots.user_slots() if s.username is not None)
    copied["blob_content"] = len(hashes)
    return copied


def _advance_sequence(target: Connection, table: str, columns: list[Column[Any]]) -> None:
    """Move a serial key's sequence past the rows copied with their own ids."""
    if len(columns) != 1 or not isinstance(columns[0].type, Integer):
        return
    column = columns[0].name
    sequence = target.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table, "c": column}
    ).scalar()
    if sequence is None:
        return
    models_table = models.Base.metadata.tables[table]
    highest = target.execute(select(func.max(models_table.c[column]))).scalar()
    if highest is not None:
        target.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": int(highest)})
