"""Drafts on the server are their author's alone, enforced by the server (db/server.py
``OWN_ROWS``): a draft is a workstation's encrypted unsent work, and a colleague in the same
role reads and writes the same sections, so the section's row policy alone would let her
login read, overwrite or delete it.

The attack: a second caseworker, with her own database login (psycopg, TLS), no services in
between, goes after her colleague's draft: reads it, overwrites it, deletes it, writes a draft
in her colleague's name, hands her own draft over to her, and tries all of it again after
``SET ROLE`` to their shared group. The server refuses each or finds no row; the author still
reads her draft as she left it.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import create_engine

from onestop.db import server
from onestop.domain.roles import Role, Section
from tests.server.conftest import StaffLogin, insert_row, superuser_url

IDENTITY = Section.IDENTITY.value
HERS = "sealed-draft-of-the-author"


def _username(conninfo: str) -> str:
    return str(conninfo_to_dict(conninfo)["user"]).removeprefix(server.LOGIN_PREFIX)


def _draft(conn: psycopg.Connection[Any], owner: str, content: str) -> None:
    insert_row(
        conn,
        "drafts",
        {
            "owner": owner,
            "kind": "intake",
            "section": IDENTITY,
            "case_id": None,
            "case_reference": "",
            "content": content,
        },
    )


def _drafts(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    return conn.execute("SELECT owner, content FROM drafts ORDER BY id").fetchall()


def test_a_colleague_in_the_same_role_cannot_read_or_write_her_draft(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    author, colleague = staff_login(Role.CASEWORKER), staff_login(Role.CASEWORKER)
    her, other = _username(author), _username(colleague)
    for name in (her, other):
        insert_row(superuser, "staff", {"username": name, "role": "caseworker", "active": True})
    with psycopg.connect(author, autocommit=True) as conn:
        _draft(conn, her, HERS)
        assert _drafts(conn) == [(her, HERS)]

    with psycopg.connect(colleague, autocommit=True) as conn:
        for as_group in (False, True):
            if as_group:
                conn.execute(f"SET ROLE {server.group_role(Role.CASEWORKER)}")
            assert _drafts(conn) == []
            assert conn.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
            changed = conn.execute("UPDATE drafts SET content = 'overwritten' WHERE true")
            assert changed.rowcount == 0
            assert conn.execute("DELETE FROM drafts WHERE true").rowcount == 0
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                _draft(conn, her, "written in her name")
        conn.execute("RESET ROLE")
        # Her own draft she keeps, but cannot hand over to the author (nor take it back).
        _draft(conn, other, "the colleague's own")
        assert _drafts(conn) == [(other, "the colleague's own")]
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE drafts SET owner = %s", (her,))
        conn.execute("SET row_security = off")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("SELECT * FROM drafts")

    with psycopg.connect(author, autocommit=True) as conn:
        assert _drafts(conn) == [(her, HERS)]
    rows = superuser.execute("SELECT owner, content FROM drafts ORDER BY id").fetchall()
    assert rows == [(her, HERS), (other, "the colleague's own")]


def test_install_draft_policies_gives_an_older_server_the_author_check(
    pg_cluster: Any, pg_db: str, superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    """A centre's database made before the author check (its drafts policies without it) gets
    it by ``install_draft_policies``, run as the superuser, and running it twice is harmless."""
    author, colleague = staff_login(Role.CASEWORKER), staff_login(Role.CASEWORKER)
    her, other = _username(author), _username(colleague)
    for name in (her, other):
        insert_row(superuser, "staff", {"username": name, "role": "caseworker", "active": True})
    group = server.group_role(Role.CASEWORKER)
    # The policies as servers made before this change have them: the section alone.
    superuser.execute("DROP POLICY drafts_read_caseworker ON drafts")
    superuser.execute(
        f"CREATE POLICY drafts_read_caseworker ON drafts FOR SELECT TO {group} "
        f"USING (section = '{IDENTITY}')"
    )
    with psycopg.connect(author, autocommit=True) as conn:
        _draft(conn, her, HERS)
    with psycopg.connect(colleague, autocommit=True) as conn:
        assert _drafts(conn) == [(her, HERS)]  # the hole an older server has
    engine = create_engine(superuser_url(pg_cluster, pg_db))
    try:
        for _ in range(2):
            with engine.begin() as conn:
                server.install_draft_policies(conn)
    finally:
        engine.dispose()
    with psycopg.connect(colleague, autocommit=True) as conn:
        assert _drafts(conn) == []
    with psycopg.connect(author, autocommit=True) as conn:
        assert _drafts(conn) == [(her, HERS)]
