"""Changing one's own password on a centre server: her slot re-wrapped on the server (her row
only) and her login's SCRAM verifier changed to the password her new key pair derives, so
she signs in with the new password on any workstation and never again with the old one.
Tried as the attacker too: a login may write back only its own slot, and the pre-sign-in
login not even that."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql

from onestop.domain.roles import Role
from onestop.errors import SignInFailed
from onestop.services import serverauth
from onestop.services.users import UserService
from tests.conftest import password_for, username_for
from tests.server.conftest import SIGNIN_USER, CentreOnServer

NEW_PASSWORD = "a new passphrase of her own 7"


def _slot(centre: CentreOnServer, role: Role) -> str:
    with centre.superuser() as su:
        row = su.execute(
            "SELECT slot FROM key_slots WHERE username = %s", (username_for(role),)
        ).fetchone()
    assert row is not None
    return str(row[0])


def _sign_in(centre: CentreOnServer, role: Role, password: str, workstation: Path) -> Any:
    address = centre.address
    url = address.url(SIGNIN_USER, centre.centre.signin_password)
    return serverauth.sign_in_server(address, url, workstation, username_for(role), password)


@pytest.fixture
def login_kept(centre_on_server: CentreOnServer) -> Iterator[None]:
    """Logins are cluster-wide: the counsellor's verifier is put back after the test, for the
    other tests' clones of the centre (whose slots derive the password it had)."""
    login = f"staff_{username_for(Role.COUNSELLOR)}"
    with centre_on_server.superuser() as su:
        row = su.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()
    assert row is not None
    yield
    with centre_on_server.superuser() as su:
        su.execute(
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), sql.Literal(row[0]))
        )


@pytest.mark.usefixtures("login_kept")
def test_her_new_password_works_everywhere_and_the_old_one_nowhere(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    role = Role.COUNSELLOR
    colleague_slot = _slot(centre_on_server, Role.CLINICIAN)
    before = _slot(centre_on_server, role)
    with centre_on_server.sign_in(role) as session:
        UserService(session).change_own_password(password_for(role), NEW_PASSWORD)
        assert _slot(centre_on_server, role) != before
        session.lock()  # a new connection after the change: her login's new password
        session.unlock(NEW_PASSWORD)
        assert session.is_open
    assert _slot(centre_on_server, Role.CLINICIAN) == colleague_slot
    other = tmp_path / "another-workstation"
    with pytest.raises(SignInFailed):
        _sign_in(centre_on_server, role, password_for(role), other)
    _sign_in(centre_on_server, role, NEW_PASSWORD, other).close()


def test_a_login_writes_back_only_its_own_slot(centre_on_server: CentreOnServer) -> None:
    target = Role.CLINICIAN
    before = _slot(centre_on_server, target)
    with centre_on_server.sign_in(Role.CASEWORKER) as session:
        backend = session.backend
        password = backend.password  # type: ignore[attr-defined]
    cluster = centre_on_server.centre.cluster
    mine = cluster.tls_conninfo(
        f"staff_{username_for(Role.CASEWORKER)}", password, centre_on_server.dbname
    )
    with psycopg.connect(mine, autocommit=True) as conn:
        written = conn.execute("SELECT onestop_put_own_slot('{}')").fetchone()
        assert written == (1,)  # her own row: she can only spoil her own sign-in
        for statement in (
            "UPDATE key_slots SET slot = '{}'",
            f"ALTER ROLE \"staff_{username_for(target)}\" PASSWORD 'x'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    assert _slot(centre_on_server, target) == before
    signin = cluster.tls_conninfo(
        SIGNIN_USER, centre_on_server.centre.signin_password, centre_on_server.dbname
    )
    with (
        psycopg.connect(signin, autocommit=True) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT onestop_put_own_slot('{}')")


def test_a_login_changes_only_her_own_staff_row(centre_on_server: CentreOnServer) -> None:
    with centre_on_server.sign_in(Role.CASEWORKER) as session:
        password = session.backend.password  # type: ignore[attr-defined]
    cluster = centre_on_server.centre.cluster
    mine = cluster.tls_conninfo(
        f"staff_{username_for(Role.CASEWORKER)}", password, centre_on_server.dbname
    )
    with psycopg.connect(mine, autocommit=True) as conn:
        changed = conn.execute(
            "UPDATE staff SET must_change_password = true WHERE username <> %s",
            (username_for(Role.CASEWORKER),),
        )
        assert changed.rowcount == 0  # the others' rows are not hers to change
        for statement in (
            "UPDATE staff SET role = 'admin'",  # nor any column but her password's
            "UPDATE staff SET active = false",
            "DELETE FROM staff",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        assert len(conn.execute("SELECT username FROM staff").fetchall()) == len(Role)


def test_a_login_deletes_only_her_own_key_grants(centre_on_server: CentreOnServer) -> None:
    with centre_on_server.sign_in(Role.COUNSELLOR) as session:
        password = session.backend.password  # type: ignore[attr-defined]
    cluster = centre_on_server.centre.cluster
    me = username_for(Role.COUNSELLOR)
    mine = cluster.tls_conninfo(f"staff_{me}", password, centre_on_server.dbname)
    with centre_on_server.superuser() as su:
        before = su.execute("SELECT count(*) FROM section_key_grants").fetchone()
        own = su.execute(
            "SELECT count(*) FROM section_key_grants WHERE slot_id = %s", (f"user:{me}",)
        ).fetchone()
    assert before is not None and own is not None and own[0] > 0
    with psycopg.connect(mine, autocommit=True) as conn:
        deleted = conn.execute("DELETE FROM section_key_grants")
        assert deleted.rowcount == own[0]  # hers only: nobody else loses a key
    with centre_on_server.superuser() as su:
        after = su.execute("SELECT count(*) FROM section_key_grants").fetchone()
    assert after is not None and after[0] == before[0] - own[0]
