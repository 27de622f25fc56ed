"""Failed-sign-in counters and back-off on the server, tried as the attacker would: with psql's
library (psycopg) as the pre-sign-in login every workstation shares, and as a member of
staff's own login.

The attempt is counted on the server before the slot is handed out (the local vault counts it
in keyslots.json before the password is tried), on the server's clock; while an account backs
off nothing is handed out; only a right password, once connected as her own login, undoes her
count; nobody can read or reset the counters directly.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg import errors

from onestop.domain.roles import Role
from onestop.errors import BackOff, SignInFailed
from onestop.services import serverauth
from onestop.vault.keyslots import FREE_ATTEMPTS
from tests.conftest import password_for, username_for
from tests.server.conftest import SIGNIN_USER, CentreOnServer, StaffLogin


def _signin(centre: CentreOnServer) -> psycopg.Connection[Any]:
    info = centre.centre.cluster.tls_conninfo(
        SIGNIN_USER, centre.centre.signin_password, centre.dbname
    )
    return psycopg.connect(info, autocommit=True)


def _attempt(conn: psycopg.Connection[Any], name: str) -> tuple[str | None, float]:
    row = conn.execute(
        "SELECT slot, wait_seconds FROM onestop_sign_in_attempt(%s)", (name,)
    ).fetchone()
    assert row is not None
    return row[0], float(row[1])


def _counter(centre: CentreOnServer, name: str) -> int | None:
    with centre.superuser() as su:
        row = su.execute(
            "SELECT failures FROM sign_in_counters WHERE username = %s", (name,)
        ).fetchone()
    return None if row is None else int(row[0])


def test_every_slot_read_is_counted_and_the_back_off_holds_it_back(
    centre_on_server: CentreOnServer,
) -> None:
    victim = username_for(Role.COUNSELLOR)
    with _signin(centre_on_server) as conn:
        for n in range(FREE_ATTEMPTS):
            slot, wait = _attempt(conn, victim)
            assert slot is not None and wait == 0
            assert _counter(centre_on_server, victim) == n + 1
        slot, wait = _attempt(conn, victim)
        assert slot is None and 0 < wait <= 5  # nothing handed out while she backs off
        assert _counter(centre_on_server, victim) == FREE_ATTEMPTS  # a refusal is not a try
        # Another account is not slowed by her counter; names with no slot share one counter
        # and the typed name is never kept.
        slot, wait = _attempt(conn, username_for(Role.CLINICIAN))
        assert slot is not None and wait == 0
        for _ in range(FREE_ATTEMPTS):
            assert _attempt(conn, "no-such-person") == (None, 0)
        assert _attempt(conn, "someone-else")[1] > 0
        with centre_on_server.superuser() as su:
            names = {r[0] for r in su.execute("SELECT username FROM sign_in_counters")}
        assert names == {victim, username_for(Role.CLINICIAN), ""}


def test_the_counters_cannot_be_read_or_reset_by_the_attacker(
    centre_on_server: CentreOnServer, staff_login: StaffLogin
) -> None:
    victim = username_for(Role.COUNSELLOR)
    with _signin(centre_on_server) as conn:
        for _ in range(FREE_ATTEMPTS):
            _attempt(conn, victim)
        for statement in (
            "SELECT * FROM sign_in_counters",
            "UPDATE sign_in_counters SET failures = 0",
            "DELETE FROM sign_in_counters",
            "SELECT onestop_sign_in_succeeded()",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    # A colleague's own login: her success resets her own counter, never the victim's.
    colleague = username_for(Role.CASEWORKER)
    with centre_on_server.sign_in(Role.CASEWORKER):
        pass
    assert _counter(centre_on_server, colleague) == 0
    assert _counter(centre_on_server, victim) == FREE_ATTEMPTS
    login = staff_login(Role.ADMIN)  # even the admin's group holds nothing on the table
    with psycopg.connect(login, autocommit=True) as conn:
        conn.execute("SELECT onestop_sign_in_succeeded()")
        for statement in ("SELECT * FROM sign_in_counters", "DELETE FROM sign_in_counters"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    assert _counter(centre_on_server, victim) == FREE_ATTEMPTS


def test_a_workstation_backs_off_and_a_right_password_clears_the_count(
    centre_on_server: CentreOnServer,
) -> None:
    role = Role.LEGAL_ADVOCATE
    name = username_for(role)
    signin = centre_on_server.sign_in

    def wrong() -> None:
        address = centre_on_server.address
        url = address.url(SIGNIN_USER, centre_on_server.centre.signin_password)
        serverauth.sign_in_server(
            address, url, centre_on_server.workstation, name, password_for(role) + "x"
        )

    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(SignInFailed) as failed:
            wrong()
        assert not isinstance(failed.value, BackOff)
    assert _counter(centre_on_server, name) == FREE_ATTEMPTS - 1
    signin(role).close()  # the right password: her count is undone
    assert _counter(centre_on_server, name) == 0
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SignInFailed):
            wrong()
    with pytest.raises(BackOff) as waiting:
        signin(role)  # even the right password waits: it is not tried
    assert 0 < waiting.value.seconds_left <= 5
    assert _counter(centre_on_server, name) == FREE_ATTEMPTS
