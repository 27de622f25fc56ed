"""A unit of work that only reads takes the server's write lock only when it first writes.

While another connection holds the write lock, a workstation's reading (its SELECTs) goes on
and only its audit entry waits for the lock (a whole case file's entries, at its end); a
writing unit of work still waits at its start, before any statement of its own. Once the lock
is free, each finishes and the chain verifies, the reads' entries in it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import event

from onestop.db import server
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.services import audit
from onestop.services.casefile import open_case_file
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.session import VaultSession
from tests.conftest import username_for
from tests.server.conftest import CentreOnServer

LOCK = "SELECT pg_advisory_xact_lock"


class Statements:
    """What the workstation's engine sends to the server, in order (its text only)."""

    def __init__(self, session: VaultSession) -> None:
        self.sent: list[str] = []
        self._engine = session.engine
        event.listen(self._engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        self.sent.append(" ".join(statement.split()))

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


@contextmanager
def write_lock_held(centre: CentreOnServer) -> Iterator[Callable[[], None]]:
    """The write lock taken by a connection of the test's own, in a transaction kept open
    until the function yielded is called (or the block ends)."""
    with centre.superuser() as su:
        tx = su.transaction()
        tx.__enter__()
        su.execute("SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK_KEY,))
        done = False

        def release() -> None:
            nonlocal done
            if not done:
                done = True
                tx.__exit__(None, None, None)

        try:
            yield release
        finally:
            release()


def waiting_for_the_lock(su: psycopg.Connection[Any], login: str) -> list[str]:
    """The statements ``login``'s backends are waiting in for an advisory lock."""
    rows = su.execute(
        "SELECT query FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock' "
        "AND wait_event = 'advisory'",
        (login,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def wait_until(check: Callable[[], bool], seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


class InThread:
    """``work`` on a thread of its own; its result or its error once it ends."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self.thread.start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            self.result = work()
        except BaseException as exc:  # handed to the test
            self.error = exc

    def finished(self) -> bool:
        return not self.thread.is_alive()

    def join(self) -> Any:
        self.thread.join(30)
        assert not self.thread.is_alive(), "still waiting after the lock was released"
        if self.error is not None:
            raise self.error
        return self.result


def test_a_read_waits_only_at_its_audit_entry_and_a_write_at_its_start(
    centre_on_server: CentreOnServer,
) -> None:
    login = server.login_role(username_for(Role.CASEWORKER))
    with centre_on_server.sign_in(Role.CASEWORKER) as session:
        cases = CaseService(session)
        reference = cases.open_case(SurvivorDetails(alias="deferred-lock-read")).reference
        seen = Statements(session)
        try:
            with write_lock_held(centre_on_server) as release, centre_on_server.superuser() as su:
                # A read: its reading runs now; it waits in the lock, at its audit entry.
                reader = InThread(lambda: cases.get(reference))
                assert wait_until(lambda: bool(waiting_for_the_lock(su, login))), seen.sent
                assert not reader.finished()
                read_so_far = list(seen.sent)
                assert [q.startswith(LOCK) for q in waiting_for_the_lock(su, login)] == [True]
                assert any(s.startswith("SELECT") and "FROM cases" in s for s in read_so_far)
                assert not any(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in read_so_far)
                # Its chain head is not read yet: only under the lock.
                assert not any("audit_anchor" in s for s in read_so_far)
                release()
                case = reader.join()
                assert case.reference == reference
                after = seen.sent[len(read_so_far) :]
                assert any("FROM audit_anchor" in s for s in after)
                assert any(s.startswith("INSERT INTO audit_log") for s in after)

            seen.sent.clear()
            with write_lock_held(centre_on_server) as release, centre_on_server.superuser() as su:
                # A whole case file (a batch of reads): every section read, then its entries.
                filer = InThread(lambda: open_case_file(session, reference))
                assert wait_until(lambda: bool(waiting_for_the_lock(su, login)))
                assert not filer.finished()
                file_so_far = list(seen.sent)
                tables = {s.split(" FROM ")[1].split()[0] for s in file_so_far if " FROM " in s}
                assert {"cases", "incidents", "attachments"} <= tables, tables
                assert not any("audit_anchor" in s or "audit_log" in s for s in file_so_far)
                release()
                assert filer.join().case.reference == reference
                after = seen.sent[len(file_so_far) :]
                # Its entries in one statement (with the anchor's move: audit.append_many).
                assert ["INSERT INTO audit_log" in s for s in after].count(True) == 1

            seen.sent.clear()
            with write_lock_held(centre_on_server) as release, centre_on_server.superuser() as su:
                # A write: it waits at its start, before any statement of its own.
                writer = InThread(
                    lambda: cases.open_case(SurvivorDetails(alias="deferred-lock-write"))
                )
                assert wait_until(lambda: bool(waiting_for_the_lock(su, login)))
                assert [q.startswith(LOCK) for q in waiting_for_the_lock(su, login)] == [True]
                time.sleep(0.3)  # were it not waiting at its start, it would read by now
                assert not writer.finished()
                assert [s for s in seen.sent if not s.startswith(LOCK)] == []
                release()
                written = writer.join()
        finally:
            seen.close()

    with centre_on_server.sign_in(Role.MANAGER) as manager, manager.engine.connect() as conn:
        report = audit.verify_chain(conn, manager.key, manager.vault_id, manager.folder.anchor)
        assert report.ok, report.problems
    with centre_on_server.superuser() as su:
        reads = su.execute(
            "SELECT count(*) FROM audit_log WHERE action = %s AND record_ref = %s",
            (AuditAction.RECORD_READ.value, reference),
        ).fetchone()
        made = su.execute(
            "SELECT count(*) FROM cases WHERE reference = %s", (written.reference,)
        ).fetchone()
    assert reads is not None and reads[0] > 2 and made == (1,)  # alone, and the file's


def test_her_home_reads_beside_a_writer_and_waits_only_at_its_end(
    centre_on_server: CentreOnServer,
) -> None:
    """The home's lists and reminders (batches of reads): every list read while another
    workstation holds the write lock; only their audit entries wait for it."""
    from datetime import UTC, datetime

    from onestop.services.agenda import AgendaService
    from onestop.services.reminders import ReminderService

    login = server.login_role(username_for(Role.CASEWORKER))
    with centre_on_server.sign_in(Role.CASEWORKER) as session:
        CaseService(session).open_case(SurvivorDetails(alias="deferred-lock-home"))
        now = datetime.now(UTC)
        for name, work in (
            ("home", lambda: AgendaService(session).today(now)),
            ("reminders", lambda: ReminderService(session).summary(now)),
        ):
            seen = Statements(session)
            try:
                with (
                    write_lock_held(centre_on_server) as release,
                    centre_on_server.superuser() as su,
                ):
                    reader = InThread(work)
                    assert wait_until(lambda: bool(waiting_for_the_lock(su, login))), name
                    assert not reader.finished(), name
                    so_far = list(seen.sent)
                    assert any(s.startswith("SELECT") and " FROM " in s for s in so_far), name
                    assert not any("audit_anchor" in s or "audit_log" in s for s in so_far), name
                    release()
                    reader.join()
                    after = seen.sent[len(so_far) :]
                    assert ["INSERT INTO audit_log" in s for s in after].count(True) == 1
            finally:
                seen.close()
