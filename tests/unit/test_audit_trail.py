"""The audit trail: what it records, and that tampering of every kind shows in verify."""

from __future__ import annotations

import re
import shutil

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditFields,
    entry_hash,
    find_chain_break,
)
from onestop.domain.roles import Role
from onestop.domain.validation import one_line_problem
from onestop.errors import ValidationFailed
from onestop.services.audit import AuditService, to_csv
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.services.validation import MAX_NAME
from tests.helpers import raw_connection, vault_key

pytestmark = pytest.mark.both_backends


def _tamper(vault, admin, *statements: str) -> None:
    key = vault_key(admin)
    admin.close()
    conn = raw_connection(vault.path / "vault.db", key)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _verify(vault):
    with vault.sign_in() as admin:
        return MaintenanceService(admin).verify()


def _audit_problem(report) -> str:
    (check,) = [c for c in report.checks if c.name == "audit trail"]
    assert not check.ok
    return check.message


def test_a_clean_vault_verifies(vault) -> None:
    report = _verify(vault)
    assert report.ok, report


@pytest.mark.local_only(
    reason="SQLite's triggers in vault.db (the server's: tests/server/test_server_schema.py)"
)
def test_triggers_refuse_update_and_delete(vault, admin) -> None:
    key = vault_key(admin)
    admin.close()
    conn = raw_connection(vault.path / "vault.db", key)
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 1")
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 1")
    conn.close()


@pytest.mark.local_only(reason="edits vault.db with SQLCipher")
def test_editing_an_entry_is_detected(vault, admin) -> None:
    _tamper(vault, admin, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3")
    assert "Audit entry 3" in _audit_problem(_verify(vault))


@pytest.mark.local_only(reason="edits vault.db with SQLCipher")
def test_deleting_an_entry_is_detected(vault, admin) -> None:
    _tamper(vault, admin, "DELETE FROM audit_log WHERE seq = 4")
    assert "entry 4 is missing" in _audit_problem(_verify(vault))


@pytest.mark.local_only(reason="edits vault.db with SQLCipher")
def test_reordering_entries_is_detected(vault, admin) -> None:
    cols = "at, actor, role, action, section, record_ref, outcome, detail, prev_hash, hash"
    _tamper(
        vault,
        admin,
        "CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (5, 6)",
        f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.seq = 6) WHERE seq = 5",
        f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.seq = 5) WHERE seq = 6",
    )
    assert "Audit entry 5" in _audit_problem(_verify(vault))


@pytest.mark.local_only(reason="edits vault.db with SQLCipher")
def test_truncating_the_last_entries_is_detected(vault, admin) -> None:
    _tamper(vault, admin, "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)")
    # The next sign-in chains from the anchor, so the cut leaves a gap that never closes.
    message = _audit_problem(_verify(vault))
    assert re.search(r"entries \d+ to \d+ are missing", message), message


@pytest.mark.local_only(reason="edits vault.db with SQLCipher")
def test_truncating_and_forging_the_database_anchor_still_shows(vault, admin) -> None:
    """An attacker who also moves the in-database anchor (without its key) is caught by its MAC;
    one who deletes it is caught too, and the copy outside the database still disagrees."""
    _tamper(
        vault,
        admin,
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)",
        "UPDATE audit_anchor SET seq = (SELECT max(seq) FROM audit_log), "
        "hash = (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)",
    )
    message = _audit_problem(_verify(vault))
    assert "anchor in the database was altered" in message
    assert "replaced by an older copy, or entries were removed" in message


@pytest.mark.local_only(
    reason="puts an older vault.db back (the server's: tests/server/test_server_rollback.py)"
)
def test_putting_back_an_older_database_is_detected(vault, admin) -> None:
    admin.close()
    old = vault.path.parent / "old-vault.db"
    shutil.copy(vault.path / "vault.db", old)
    with vault.sign_in(Role.CASEWORKER):
        pass
    (vault.path / "vault.db").unlink()
    shutil.copy(old, vault.path / "vault.db")
    message = _audit_problem(_verify(vault))
    assert "replaced by an older copy" in message
    assert "Found at the sign-in of" in message


def test_user_management_is_audited_without_content(vault, admin, hostile_text) -> None:
    users = UserService(admin)
    # A direction mark in a name is refused at the door (tests/unit/test_insider_text.py).
    names = [n for n in hostile_text["names"] if one_line_problem(n) is None]
    for marked in set(hostile_text["names"]) - set(names):
        with pytest.raises(ValidationFailed, match="direction marks"):
            users.create("marked", Role.CASEWORKER, marked)
    accepted = [n for n in names if len(n) <= MAX_NAME]
    for i, name in enumerate(accepted):
        users.create(f"staff{i}", Role.CASEWORKER, name)
    for too_long in set(names) - set(accepted):
        with pytest.raises(ValidationFailed, match="at most 200 characters"):
            users.create("too.long", Role.CASEWORKER, too_long)
    members = {m.username: m.display_name for m in users.list()}
    assert "too.long" not in members
    for i, name in enumerate(accepted):
        assert members[f"staff{i}"] == name  # stored and read back exactly
    users.disable("staff0")
    users.enable("staff0")
    users.reset_password("staff1")
    entries = AuditService(admin).entries()
    seen = {e.action for e in entries}
    assert {
        AuditAction.USER_CREATED.value,
        AuditAction.USER_DISABLED.value,
        AuditAction.USER_ENABLED.value,
        AuditAction.PASSWORD_RESET.value,
        AuditAction.USERS_LISTED.value,
    } <= seen
    for e in entries:
        for name in accepted:
            assert name not in (e.detail, e.record_ref, e.actor)


def test_csv_export_neutralises_formulas(admin) -> None:
    records = AuditService(admin).entries()
    csv_text = to_csv(records)
    assert csv_text.splitlines()[0].startswith("seq,at,actor,role,action")
    assert len(csv_text.splitlines()) == len(records) + 1
    from dataclasses import replace

    evil = replace(records[0], detail='=HYPERLINK("http://x")', record_ref="+1")
    line = to_csv([evil]).splitlines()[1]
    assert "'=HYPERLINK" in line and ",'+1," in line


def test_the_trail_streams_to_a_file_in_batches_and_a_cancel_leaves_nothing(
    admin, tmp_path, monkeypatch
) -> None:
    """The CSV of a million entries must not sit in memory: rows are fetched and written a
    batch at a time (progress after each), the file is 0600, and a cancel leaves no file."""
    import csv
    import io

    from onestop.services import audit as audit_module
    from onestop.services.audit import CSV_COLUMNS, AuditFilter

    monkeypatch.setattr(audit_module, "STREAM_BATCH", 3)
    service = AuditService(admin)
    me = admin.actor.username
    calls: list[tuple[int, int]] = []
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "trail.csv"
    n = service.export_csv(target, AuditFilter(actor=me), lambda d, t: calls.append((d, t)))
    after = service.entries(actor=me)  # ends with the export's own entry, then this read's
    assert n > 6 and after[n].detail == f"csv {n}"
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [int(r[0]) for r in rows[1:]] == [r.seq for r in after[:n]]
    assert target.read_text(encoding="utf-8") == to_csv(after[:n])  # the same text, streamed
    assert [d for d, _ in calls] == [min(i, n) for i in range(3, n + 3, 3)]
    assert {t for _, t in calls} == {n}
    assert target.stat().st_mode & 0o777 == 0o600

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done >= 6:
            raise Stop

    cancelled = out / "cancelled.csv"
    with pytest.raises(Stop):
        service.export_csv(cancelled, AuditFilter(actor=me), cancel)
    assert list(out.iterdir()) == [target]  # no half a trail, no temporary file left


def _chain(n: int) -> list[tuple[AuditFields, str, str]]:
    prev, out = GENESIS_HASH, []
    for i in range(1, n + 1):
        f = AuditFields(i, f"2026-01-01T00:00:0{i}Z", "a", "admin", "x", "", "", "ok", "")
        digest = entry_hash(prev, f)
        out.append((f, prev, digest))
        prev = digest
    return out


def test_the_chain_rule_itself() -> None:
    chain = _chain(5)
    assert find_chain_break(chain) is None
    del chain[2]
    broken = find_chain_break(chain)
    assert broken is not None and broken.seq == 4 and broken.reason == "entry 3 is missing"


@pytest.mark.slow
def test_the_naughty_strings_are_stored_exactly_or_refused_clearly(admin, naughty_strings) -> None:
    users = UserService(admin)
    users.create("naughty", Role.COUNSELLOR, "Placeholder")
    kept = refused = 0
    for text in naughty_strings:
        try:
            users.update_name("naughty", text)
        except ValidationFailed as exc:
            assert str(exc).startswith(("Enter the person's name", "A name c")), str(exc)
            refused += 1
            continue
        (member,) = [m for m in users.list() if m.username == "naughty"]
        assert member.display_name == text
        kept += 1
    assert kept > len(naughty_strings) * 0.8 and refused > 0


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_viewers_newest_page_reads_only_that_page(admin) -> None:
    """The audit viewer's default view (the last 30 days, newest 2,000) is read from the end
    of the time index and stops at its limit: no sort of every entry of those 30 days (a
    million at a large centre took seconds). The page is the newest entries, newest first."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import text

    from onestop.services.audit import AuditFilter, entries_query

    now = datetime.now(UTC)
    which = AuditFilter(since=now - timedelta(days=30), until=now + timedelta(days=1))
    q = entries_query(which, newest_first=True, limit=2000)
    compiled = q.compile(admin.engine, compile_kwargs={"literal_binds": True})
    with admin.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_audit_log_at" in plan and "TEMP B-TREE" not in plan, plan


def test_the_viewers_newest_page_is_the_newest_entries_newest_first(admin) -> None:
    from datetime import UTC, datetime, timedelta

    from onestop.services.audit import AuditFilter

    now = datetime.now(UTC)
    which = AuditFilter(since=now - timedelta(days=30), until=now + timedelta(days=1))
    for _ in range(5):
        AuditService(admin).entries(limit=1)  # each read is an entry of its own
    every = AuditService(admin).entries()
    page = AuditService(admin).entries(
        since=which.since, until=which.until, limit=3, newest_first=True
    )
    newest = every[-1].seq + 1  # the entry of the read of every entry, just before
    assert [e.seq for e in page] == [newest, newest - 1, newest - 2]
