"""Live updates on a centre's server: a colleague's change reaches this workstation at once.

The server notifies ``db.server.CHANNEL`` with ``table:id:version`` for every change to a
case or one of its records (never content). A ``Listener`` waits for those on a thread of its
own, on its own connection as her login (so the screens never wait for it); for each batch it
reads what changed, as any read of hers would (her grants apply), opens the changed cases'
sealed names with her keys, and hands the result to ``deliver``. ``apply`` then puts the
result into her search index **on the caller's thread** (the GUI's: the index is never
touched by two threads) and says which cases changed, so the open case list and case files
are read again.

A connection lost (the server restarted, the network gone) is opened again, and the
workstation catches up: the audit chain's sequence (``onestop_audit_head``) says whether
anything was written meanwhile; if so every case's version is compared with the index's and
the cases that differ are read again (those gone are dropped). Only a local vault has no
listener: there is no colleague on another workstation.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from onestop import logs
from onestop.db import server
from onestop.domain.roles import Section
from onestop.services import caseindex
from onestop.services.backend import CentreServer

if TYPE_CHECKING:
    import psycopg

    from onestop.services.session import VaultSession

PAYLOAD = re.compile(r"^([a-z_]+):(\d+):(\d+)$")
WAIT_SECONDS = 0.5  # how often the thread looks whether it should stop
GATHER_SECONDS = 0.02  # what arrives this soon after a notification is read with it
RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)  # between attempts to connect again
_TABLES = frozenset(server.notify_tables())
_ROWS = caseindex.ROWS + " WHERE id = ANY(%s)"  # the index's own columns


@dataclass(frozen=True)
class Change:
    """One notification: which row of which table, at which version."""

    table: str
    row_id: int
    version: int

    @classmethod
    def parse(cls, payload: str) -> Change | None:
        found = PAYLOAD.match(payload)
        if found is None or found.group(1) not in _TABLES:
            return None
        return cls(found.group(1), int(found.group(2)), int(found.group(3)))


@dataclass(frozen=True)
class Batch:
    """What the listener read for a batch of notifications (or for a catch-up)."""

    rows: tuple[caseindex.RawRow, ...] = ()  # cases rows as now (_ROWS' columns)
    gone: frozenset[int] = frozenset()  # cases no longer there
    cases: frozenset[int] = frozenset()  # every case whose file changed (its records too)
    references: frozenset[str] = frozenset()
    catch_up: bool = False  # after a reconnection: anything may have changed
    received: float = field(default_factory=time.monotonic)


Deliver = Callable[[Batch], None]


def conninfo(backend: CentreServer) -> dict[str, Any]:
    """Her login's connection parameters (TLS, verify-full against the centre's CA)."""
    a = backend.address
    return {
        "host": a.host,
        "port": a.port,
        "dbname": a.dbname,
        "user": server.login_role(backend.username),
        "password": backend.password,
        "sslmode": "verify-full",
        "sslrootcert": str(a.ca_file),
        "connect_timeout": 10,
        "application_name": "onestop-live",
    }


class Listener:
    """Waits for the server's notifications on a thread of its own (see the module)."""

    def __init__(self, session: VaultSession, deliver: Deliver) -> None:
        if not isinstance(session.backend, CentreServer):
            raise TypeError("live updates come from a centre's server only")
        self._session = session
        self._backend = session.backend
        self._deliver = deliver
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._seq: int | None = None  # the audit chain's last sequence number seen
        self.connected = threading.Event()  # listening now (tests wait for it)
        self.pid: int | None = None  # the server process of the listening connection

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="onestop-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        import psycopg  # a workstation of a server only: a vault's desktop never loads it

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(**conninfo(self._backend), autocommit=True) as conn:
                    failures = 0
                    self._listen(conn)
            except psycopg.Error as error:
                self.connected.clear()
                # Only the kind of failure: a driver's message may quote a statement.
                logs.log.info("live updates: connection lost (%s)", type(error).__name__)
                delay = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                self._stop.wait(delay)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        from psycopg import sql

        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(server.CHANNEL)))
        self.pid = conn.info.backend_pid
        seen, self._seq = self._seq, self._head(conn)
        if seen is not None and self._seq != seen:
            self._hand_over(self._catch_up(conn))
        self.connected.set()
        while not self._stop.is_set():
            # Wait for one, then take what arrives with it, and read it all at once.
            notes = list(conn.notifies(timeout=WAIT_SECONDS, stop_after=1))
            if notes:
                notes += conn.notifies(timeout=GATHER_SECONDS)
            changes = [c for n in notes if (c := Change.parse(n.payload)) is not None]
            if changes:
                self._hand_over(self._read(conn, changes))
                self._seq = self._head(conn)
        self.connected.clear()

    def _hand_over(self, batch: Batch | None) -> None:
        if batch is not None and not self._stop.is_set():
            self._deliver(batch)

    @staticmethod
    def _head(conn: psycopg.Connection[Any]) -> int:
        row = conn.execute("SELECT seq FROM onestop_audit_head()").fetchone()
        return int(row[0]) if row is not None and row[0] is not None else 0

    def _read(self, conn: psycopg.Connection[Any], changes: list[Change]) -> Batch | None:
        """The changed cases' rows, and the case of each changed record (her grants apply:
        a record of a section she does not read is not hers to hear about)."""
        import psycopg
        from psycopg import sql

        if not self._session.is_open:
            return None  # locked or signed out: the index is built afresh after
        case_ids = {c.row_id for c in changes if c.table == "cases"}
        for table in sorted({c.table for c in changes if c.table != "cases"}):
            ids = [c.row_id for c in changes if c.table == table]
            try:
                query = sql.SQL("SELECT DISTINCT case_id FROM {} WHERE id = ANY(%s)").format(
                    sql.Identifier(table)
                )
                case_ids.update(int(r[0]) for r in conn.execute(query, (ids,)) if r[0] is not None)
            except psycopg.errors.InsufficientPrivilege:
                continue
        return self._cases(conn, case_ids)

    def _cases(self, conn: psycopg.Connection[Any], case_ids: set[int]) -> Batch:
        import psycopg

        if not case_ids:
            return Batch()
        try:
            rows = [tuple(r) for r in conn.execute(_ROWS, (sorted(case_ids),))]
        except psycopg.errors.InsufficientPrivilege:
            return Batch()  # she reads no case (the admin): nothing of hers changed
        present = {int(r[0]) for r in rows}
        return Batch(
            rows=tuple(rows),
            gone=frozenset(case_ids - present),
            cases=frozenset(case_ids),
            references=frozenset(str(r[1]) for r in rows),
        )

    def _catch_up(self, conn: psycopg.Connection[Any]) -> Batch | None:
        """After a reconnection with the audit sequence moved on: every case whose version
        differs from the index's (or that the index does not hold), and those gone."""
        import psycopg

        index = self._session.case_index
        if index is None or not self._session.is_open:
            return Batch(catch_up=True)  # built afresh when next needed
        held = index.versions()
        try:
            now = {int(i): int(v) for i, v in conn.execute("SELECT id, version FROM cases")}
        except psycopg.errors.InsufficientPrivilege:
            return None
        differ = {i for i, v in now.items() if held.get(i) != v}
        gone = frozenset(set(held) - set(now))
        batch = self._cases(conn, differ)
        return Batch(
            rows=batch.rows,
            gone=gone | batch.gone,
            cases=batch.cases | gone,
            references=batch.references,
            catch_up=True,
        )


def apply(session: VaultSession, batch: Batch) -> frozenset[int]:
    """Put ``batch`` into her search index (on the caller's thread); the changed cases' ids."""
    index = session.case_index
    if index is not None and session.section_keys.holds(Section.IDENTITY):
        ring = session.section_keys
        bound = caseindex.identity_bound(session.known_bound)
        text_bound = caseindex.identity_bound(session.known_text_bound)
        for row in batch.rows:
            case_id, version = int(row[0]), int(row[7])
            held = index.version_of(case_id)
            if held is not None and held > version:
                continue  # a newer row is already there (her own change, read before)
            if not caseindex.put_raw(index, ring, row, bound, text_bound):
                index.remove(case_id)  # no longer opens with her keys: neither found nor shown
        for case_id in batch.gone:
            index.remove(case_id)
    return batch.cases
