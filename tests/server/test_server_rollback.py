"""A server put back to an older dump is caught by a workstation that saw a later head.

Each workstation keeps the last chain head it saw in its own folder, outside the server
(services/backend.py CentreServer.keep_anchor). A database restored from a dump taken before
that head no longer extends it: the next sign-in from that workstation records the tampering
in the trail (as a local vault does when its database is put back). The same workstation
signing in to the true server records nothing: the control.
"""

from __future__ import annotations

import dataclasses
import itertools

import psycopg

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from tests.server.conftest import CentreOnServer

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
        with put_back.sign_in(Role.CASEWORKER):
            pass
        assert any("file-anchor-ahead" in d for d in _tamper_details(put_back))
    finally:
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {older} WITH (FORCE)")
