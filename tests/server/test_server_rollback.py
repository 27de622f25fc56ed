"""A server put back to an older dump is caught by a workstation that saw a later head.

Each workstation keeps the last chain head it saw in its own folder, outside the server
(services/backend.py CentreServer.keep_anchor). A database restored from a dump taken before
that head no longer extends it: the next sign-in from that workstation records the tampering
in the server's trail (as a local vault does when its database is put back) and is refused in
words, from the command line as from the desktop's sign-in; the workstation keeps the later
head, so a second attempt is refused too. The same workstation signing in to the true server
records nothing: the control.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
from pathlib import Path

import psycopg
import pytest

from onestop import cli
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.services import serverauth
from onestop.services.cases import CaseService, SurvivorDetails
from tests.conftest import password_for, username_for
from tests.server.conftest import CentreOnServer, workstation_url

_older = itertools.count(1)


def _tamper_details(centre: CentreOnServer) -> list[str]:
    with centre.superuser() as conn:
        rows = conn.execute(
            "SELECT detail FROM audit_log WHERE action = %s ORDER BY seq",
            (AuditAction.TAMPER_DETECTED.value,),
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_a_workstation_catches_a_server_put_back_to_an_older_dump(
    centre_on_server: CentreOnServer,
) -> None:
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        CaseService(cw).open_case(SurvivorDetails(alias="Heron"))
    older = f"{centre_on_server.dbname}_older_{next(_older)}"
    info = centre_on_server.centre.cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {older} TEMPLATE {centre_on_server.dbname}")
    try:
        with centre_on_server.sign_in(Role.CASEWORKER) as cw:  # the head moves on
            CaseService(cw).open_case(SurvivorDetails(alias="Egret"))
        with centre_on_server.sign_in(Role.CASEWORKER):
            pass
        assert _tamper_details(centre_on_server) == []  # the true server extends the head
        put_back = dataclasses.replace(centre_on_server, dbname=older)
        kept = centre_on_server.workstation.joinpath("audit.anchor").read_bytes()
        for _ in range(2):  # the workstation keeps the later head: refused again
            with pytest.raises(serverauth.ServerRolledBack) as refused:
                put_back.sign_in(Role.CASEWORKER)
            assert "older audit trail" in str(refused.value)
        assert centre_on_server.workstation.joinpath("audit.anchor").read_bytes() == kept
        assert any("file-anchor-ahead" in d for d in _tamper_details(put_back))
        with put_back.superuser() as conn:  # no sign-in entry was written on the old server
            signed = conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = %s AND seq > "
                "(SELECT max(seq) FROM audit_log WHERE action = %s)",
                (AuditAction.SIGN_IN.value, AuditAction.TAMPER_DETECTED.value),
            ).fetchone()
        assert signed is not None and signed[0] == 0
    finally:
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {older} WITH (FORCE)")


def test_the_command_line_refuses_a_put_back_server_in_words(
    centre_on_server: CentreOnServer, pgpass: Path
) -> None:
    """``--server URL`` signs in from the computer's own folder for that server: after a sign-in
    that moved the head, the same server put back is refused in one line, no traceback."""
    info = centre_on_server.centre.cluster.superuser_conninfo()
    older = f"{centre_on_server.dbname}_older_{next(_older)}"
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {older} TEMPLATE {centre_on_server.dbname}")
    try:
        url = workstation_url(centre_on_server)

        def users(at: str) -> tuple[int, str]:
            out, err = io.StringIO(), io.StringIO()
            argv = ["admin", "users", "--server", at, "--as", username_for(Role.ADMIN)]
            stdin = io.StringIO(password_for(Role.ADMIN) + "\n")
            return cli.main([*argv, "--password-stdin"], stdin, out, err), err.getvalue()

        assert users(url)[0] == 0
        assert users(url)[0] == 0
        # The old copy takes the true one's name, as a server restored from a dump would.
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {centre_on_server.dbname} RENAME TO {older}_true")
            conn.execute(f"ALTER DATABASE {older} RENAME TO {centre_on_server.dbname}")
            older = f"{older}_true"
        code, err = users(url)
        assert code == cli.EXIT_FAILED, err
        assert "older audit trail" in err and len(err.strip().splitlines()) == 1, err
    finally:
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {older} WITH (FORCE)")
