"""Failed sign-ins on the server, written into the audit trail as unverified reports, and tried
as an unauthenticated client would: the pre-sign-in login every workstation shares, psycopg.

The server never sees a password, so the workstation that tried one reports the failure
(``onestop_sign_in_failed``); the server keeps one report per attempt it counted and nobody
undid or reported, with its own reason and clock, at most MAX_SIGN_IN_REPORTS; the next
member of staff to sign in writes them into the trail, outcome "unverified", and the manager
reads them in the audit viewer.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg import errors

from onestop.db import server
from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.roles import Role
from onestop.errors import SignInFailed
from onestop.services import serverauth
from onestop.services.audit import AuditService
from tests.conftest import password_for, username_for
from tests.server.conftest import SIGNIN_USER, CentreOnServer

FAILED = AuditAction.SIGN_IN_FAILED.value


def _signin(centre: CentreOnServer) -> psycopg.Connection[Any]:
    info = centre.centre.cluster.tls_conninfo(
        SIGNIN_USER, centre.centre.signin_password, centre.dbname
    )
    return psycopg.connect(info, autocommit=True)


def _try(centre: CentreOnServer, username: str, password: str) -> None:
    address = centre.address
    url = address.url(SIGNIN_USER, centre.centre.signin_password)
    with pytest.raises(SignInFailed):
        serverauth.sign_in_server(address, url, centre.workstation, username, password)


def _waiting(centre: CentreOnServer) -> list[tuple[str, str]]:
    with centre.superuser() as su:
        rows = su.execute("SELECT username, reason FROM sign_in_reports ORDER BY id").fetchall()
    return [(str(u), str(r)) for u, r in rows]


def test_failed_sign_ins_reach_the_trail_as_unverified_reports(
    centre_on_server: CentreOnServer,
) -> None:
    centre = centre_on_server
    advocate = username_for(Role.LEGAL_ADVOCATE)
    officer = username_for(Role.SHELTER_OFFICER)
    with centre.superuser() as su:  # the shelter officer disabled (in this database only)
        su.execute("DELETE FROM key_slots WHERE username = %s", (officer,))
        su.execute("UPDATE staff SET active = false WHERE username = %s", (officer,))
    _try(centre, advocate, password_for(Role.LEGAL_ADVOCATE) + "x")
    _try(centre, advocate, "not her password at all")
    _try(centre, "my secret password", "anything")  # a password typed in the name's box
    _try(centre, officer, password_for(Role.SHELTER_OFFICER))
    assert _waiting(centre) == [
        (advocate, "wrong_password"),
        (advocate, "wrong_password"),
        ("(unknown)", "unknown_user"),
        (officer, "disabled"),
    ]

    with centre.sign_in(Role.MANAGER) as manager:  # takes them into the trail, signed by her
        seen = AuditService(manager).entries(action=FAILED)
    assert _waiting(centre) == []
    assert [(e.actor, e.outcome, e.detail.split(" at ")[0]) for e in seen] == [
        (advocate, Outcome.UNVERIFIED.value, "wrong_password"),
        (advocate, Outcome.UNVERIFIED.value, "wrong_password"),
        ("(unknown)", Outcome.UNVERIFIED.value, "unknown_user"),
        (officer, Outcome.UNVERIFIED.value, "disabled"),
    ]
    assert all(e.role == "" and e.outcome != "ok" for e in seen)
    with centre.superuser() as su:
        logged = su.execute("SELECT count(*) FROM audit_log WHERE detail LIKE %s", ("%secret%",))
        assert logged.fetchone() == (0,)  # the typed name was never kept
    with centre.sign_in(Role.MANAGER) as manager:  # taken once: not written twice
        assert len(AuditService(manager).entries(action=FAILED)) == 4


def test_an_unauthenticated_client_cannot_write_reports_of_its_choosing(
    centre_on_server: CentreOnServer,
) -> None:
    centre = centre_on_server
    manager = username_for(Role.MANAGER)
    with _signin(centre) as conn:
        # No attempt counted: nothing to report, for any name.
        for name in (manager, "", "(unknown)", "x" * 40):
            assert conn.execute("SELECT onestop_sign_in_failed(%s)", (name,)).fetchone() == (False,)
        # One attempt, one report: a second report of the same attempt is refused.
        conn.execute("SELECT * FROM onestop_sign_in_attempt(%s)", (manager,))
        assert conn.execute("SELECT onestop_sign_in_failed(%s)", (manager,)).fetchone() == (True,)
        assert conn.execute("SELECT onestop_sign_in_failed(%s)", (manager,)).fetchone() == (False,)
        for statement in (
            "SELECT * FROM sign_in_reports",
            "INSERT INTO sign_in_reports (username, reason, at) VALUES ('a', 'ok', 'now')",
            "DELETE FROM sign_in_reports",
            "SELECT * FROM onestop_take_sign_in_reports()",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    assert _waiting(centre) == [(manager, "wrong_password")]

    # However many attempts, at most MAX_SIGN_IN_REPORTS wait (the newest).
    cap = server.MAX_SIGN_IN_REPORTS
    with centre.superuser() as su:
        su.execute(
            "UPDATE sign_in_counters SET unreported = %s WHERE username = %s", (cap + 20, manager)
        )
    with _signin(centre) as conn:
        for _ in range(cap + 20):
            conn.execute("SELECT onestop_sign_in_failed(%s)", (manager,))
    with centre.superuser() as su:
        assert su.execute("SELECT count(*) FROM sign_in_reports").fetchone() == (cap,)
    # A right password undoes its own attempt's report: nothing waits for it.
    with centre.sign_in(Role.CASEWORKER):
        pass
    assert _waiting(centre) == []
    with centre.superuser() as su:
        row = su.execute(
            "SELECT unreported FROM sign_in_counters WHERE username = %s",
            (username_for(Role.CASEWORKER),),
        ).fetchone()
    assert row == (0,)
