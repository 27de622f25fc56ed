"""The schema on PostgreSQL, attacked as a member of staff with her own database role.

Each test connects the way a modified client would: psycopg, over TLS, with that member of
staff's own login, no services in between. What is refused is refused by the server.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg import errors

from onestop.db import models, server
from onestop.domain.roles import Access, Role, Section, access
from tests.server.conftest import StaffLogin, insert_row


def test_every_table_has_a_section() -> None:
    assert server.unmapped_tables() == frozenset()
    assert set(server.TABLE_SECTIONS).isdisjoint(server.ROW_SECTION_TABLES)
    assert "case_search" not in server.all_tables()  # the FTS5 table stays local-only


def test_a_new_table_without_a_section_is_caught() -> None:
    from sqlalchemy import Column, Integer, Table

    table = Table("new_notes", models.Base.metadata, Column("id", Integer, primary_key=True))
    try:
        assert server.unmapped_tables() == {"new_notes"}
    finally:
        models.Base.metadata.remove(table)


def test_grants_follow_the_role_matrix() -> None:
    grants = server.table_grants()
    for table, section in server.TABLE_SECTIONS.items():
        for role in Role:
            held = grants.get((role, table), frozenset())
            level = access(role, section)
            if level >= Access.READ:
                assert "SELECT" in held, (role, table)
            if level is Access.WRITE and table not in server.APPEND_ONLY | server.LEDGERS:
                assert {"INSERT", "UPDATE", "DELETE"} <= held, (role, table)
            if table in server.LEDGERS:
                # Whoever may read the section exports from it and appends the ledger's row.
                assert held == ({"SELECT", "INSERT"} if level >= Access.READ else set()), (
                    role,
                    table,
                )
    for table in server.survivor_tables():
        assert "SELECT" not in grants.get((Role.ADMIN, table), frozenset()), table


def test_the_schema_equals_the_models(superuser: psycopg.Connection[Any]) -> None:
    rows = superuser.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    ).fetchall()
    assert {r[0] for r in rows} == server.all_tables() | {"alembic_version"}
    from onestop.db.migrate import head_revision

    stamped = superuser.execute("SELECT version_num FROM alembic_version").fetchone()
    assert stamped == (head_revision(),)
    owners = superuser.execute(
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
    ).fetchall()
    assert owners == [(server.OWNER,)]


def _insert_counselling_row(superuser: psycopg.Connection[Any]) -> None:
    insert_row(superuser, "cases", {"id": 1, "status": "open"})
    insert_row(superuser, "counselling_sessions", {"id": 1, "case_id": 1})


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.COUNSELLOR])
def test_only_counsellors_select_counselling_rows(
    role: Role, superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    _insert_counselling_row(superuser)
    with (
        psycopg.connect(staff_login(role)) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT notes FROM counselling_sessions").fetchall()
    with psycopg.connect(staff_login(Role.COUNSELLOR)) as conn:
        assert conn.execute("SELECT count(*) FROM counselling_sessions").fetchone() == (1,)


def test_the_admin_reads_no_survivor_table(staff_login: StaffLogin) -> None:
    with psycopg.connect(staff_login(Role.ADMIN), autocommit=True) as conn:
        for table in sorted(server.survivor_tables()):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1")
        assert conn.execute("SELECT count(*) FROM staff").fetchone() == (0,)


def test_row_sections_filter_attachments(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    _insert_counselling_row(superuser)
    superuser.execute(
        "INSERT INTO blobs (sha256, size, created_at) VALUES ('b', 1, '2026-01-01T00:00:00Z')"
    )
    for i, section in enumerate((Section.HEALTH, Section.COUNSELLING, Section.FORENSIC), 1):
        fixed = {"id": i, "case_id": 1, "section": section.value, "sha256": "b"}
        insert_row(superuser, "attachments", fixed)
    with psycopg.connect(staff_login(Role.CLINICIAN)) as conn:
        seen = conn.execute("SELECT section FROM attachments ORDER BY id").fetchall()
        assert seen == [("health",), ("forensic",)]
        with pytest.raises(errors.InsufficientPrivilege):
            fixed = {"id": 9, "case_id": 1, "section": "counselling", "sha256": "b"}
            insert_row(conn, "attachments", fixed)
    with psycopg.connect(staff_login(Role.CASEWORKER)) as conn:
        seen = conn.execute("SELECT section FROM attachments ORDER BY id").fetchall()
        assert seen == [("health",)]  # caseworkers read health, not forensic or counselling


def _append_audit(conn: psycopg.Connection[Any], seq: int) -> None:
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, outcome, "
        "detail, prev_hash, hash) VALUES (%s, '2026-01-01T00:00:00Z', 'a', 'r', 'x', 's', "
        "'', 'ok', '', 'p', 'h')",
        (seq,),
    )


@pytest.mark.parametrize("role", list(Role))
def test_staff_cannot_rewrite_the_audit_trail(role: Role, staff_login: StaffLogin) -> None:
    with psycopg.connect(staff_login(role), autocommit=True) as conn:
        _append_audit(conn, 1)  # appending is every role's
        for statement in (
            "UPDATE audit_log SET outcome = 'denied'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
            "DROP TRIGGER audit_log_append_only ON audit_log",
            "DROP TABLE audit_log",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


def test_the_trigger_holds_against_the_tables_owner(superuser: psycopg.Connection[Any]) -> None:
    """Even the owner role (whose grants were revoked too) meets the trigger."""
    _append_audit(superuser, 1)
    superuser.execute(f"GRANT UPDATE, DELETE ON audit_log TO {server.OWNER}")  # an IT mistake
    superuser.execute(f"SET ROLE {server.OWNER}")
    for statement in ("UPDATE audit_log SET outcome = 'denied'", "DELETE FROM audit_log"):
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            superuser.execute(statement)
    superuser.execute("RESET ROLE")
    assert superuser.execute("SELECT outcome FROM audit_log").fetchall() == [("ok",)]


def test_signin_role_reads_one_slot_and_nothing_else(
    superuser: psycopg.Connection[Any], signin_login: str
) -> None:
    superuser.execute(
        "INSERT INTO key_slots (username, slot) VALUES ('amina', '{\"wrapped\": \"A\"}'), "
        "('brigid', '{\"wrapped\": \"B\"}')"
    )
    with psycopg.connect(signin_login, autocommit=True) as conn:
        slot = conn.execute("SELECT slot FROM onestop_sign_in_attempt('amina')").fetchone()
        assert slot == ('{"wrapped": "A"}',)
        nobody = conn.execute("SELECT slot FROM onestop_sign_in_attempt('nobody')").fetchone()
        assert nobody == (None,)
        for table in sorted(server.all_tables()):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT onestop_add_staff_login('x', 'admin', 'SCRAM-SHA-256$1:a$b:c')")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE mine (x int)")


def test_only_the_admin_adds_logins(pg_cluster: Any, pg_db: str, staff_login: StaffLogin) -> None:
    verifier = server.scram_verifier("a long enough password")
    with (
        psycopg.connect(staff_login(Role.MANAGER), autocommit=True) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT onestop_add_staff_login('mallory', 'counsellor', %s)", (verifier,))
    with psycopg.connect(staff_login(Role.ADMIN), autocommit=True) as conn:
        for username, role, verifier_text in (
            ("ok", "superuser", verifier),  # not a OneStop role
            ('x"; DROP', "counsellor", verifier),  # not a user name
            ("plain", "counsellor", "a password in clear"),  # not a verifier
        ):
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute(
                    "SELECT onestop_add_staff_login(%s, %s, %s)",
                    (username, role, verifier_text),
                )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE sneaky LOGIN SUPERUSER")


@pytest.mark.parametrize("role", list(Role))
def test_staff_cannot_become_the_owner_or_read_slots(role: Role, staff_login: StaffLogin) -> None:
    with psycopg.connect(staff_login(role), autocommit=True) as conn:
        for statement in (
            f"SET ROLE {server.OWNER}",
            f"GRANT {server.OWNER} TO CURRENT_USER",
            # the slots are for the pre-sign-in role
            "SELECT * FROM onestop_sign_in_attempt('anyone')",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        if role is not Role.ADMIN:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT slot FROM key_slots")


def test_statistics_readers_count_codes_never_text(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    """The manager counts counselling sessions for the statistics: their codes and times, not
    their notes; a clinician (no STATISTICS) not even that."""
    _insert_counselling_row(superuser)
    assert ("counselling_sessions", "notes") in server.textcolumns.ENCRYPTED
    with psycopg.connect(staff_login(Role.MANAGER), autocommit=True) as conn:
        rows = conn.execute("SELECT case_id, held_at, session_type FROM counselling_sessions")
        assert len(rows.fetchall()) == 1
        for column in ("notes", "plan", "*"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT {column} FROM counselling_sessions")
    with (
        psycopg.connect(staff_login(Role.CLINICIAN)) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT case_id FROM counselling_sessions")
