"""``admin seed-demo --server``: the demo seeded through the services on a centre server, as
the admin signed in through the server's postgres account (her own login may write no
survivor record). The demo accounts get their slots and database logins as ``add-user``'s
do; the demo caseworker then signs in from a workstation and opens a seeded case, whose name
is sealed on the server."""

from __future__ import annotations

import io
import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from onestop import cli
from onestop.db import server
from onestop.domain.roles import Role
from onestop.services import backend, serverauth
from onestop.services.cases import CaseService
from tests.server.conftest import postgres

ADMIN, PASSWORD = f"boss{secrets.token_hex(3)}", "granite orchard lamp 4471"


def _main(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def new_centre(pg_cluster: Any) -> Iterator[tuple[str, str, str]]:
    """An empty database made a new centre by ``admin init --server``; its database, the
    logins made in the cluster and the workstations' login are dropped afterwards."""
    name = f"onestop_seed_{secrets.token_hex(4)}"
    login = f"ws_{secrets.token_hex(4)}"
    info = pg_cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = f"postgresql://{postgres.SUPERUSER}@/{name}?host={pg_cluster.socket_dir}&port={pg_cluster.port}"
    argv = ["admin", "init", "--server", url, "--user", ADMIN, "--password-stdin"]
    code, out, err = _main([*argv, "--workstation-login", login], f"{PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    shown = re.search(r"shown only this once:\n\n    (\S+)\n", out)
    assert shown is not None, out
    yield url, name, f"{login}:{shown.group(1)}"
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        logins = [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'staff\\_demo.%%' "
                "OR rolname = %s OR rolname = %s",
                (server.login_role(ADMIN), login),
            )
        ]
        for role in logins:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


# init, seven demo accounts and two sign-ins: ten Argon2id slots at 64 MiB, on a shared machine
@pytest.mark.timeout(600)
def test_seed_demo_through_the_server(
    new_centre: tuple[str, str, str], pg_cluster: Any, tmp_path: Path
) -> None:
    url, dbname, workstation = new_centre
    argv = ["admin", "seed-demo", "--server", url, "--survivors", "3", "--json"]
    code, out, err = _main([*argv, "--as", ADMIN, "--password-stdin"], f"{PASSWORD}\n")
    assert code == cli.EXIT_OK, err
    data = json.loads(out)
    assert len(data["cases"]) == 3
    accounts = {a["role"]: (a["username"], a["password"]) for a in data["accounts"]}
    assert set(accounts) == {r.value for r in Role}

    # A second seeding is refused: the centre holds cases now.
    code, _, err = _main([*argv, "--as", ADMIN, "--password-stdin"], f"{PASSWORD}\n")
    assert code == cli.EXIT_FAILED and "already holds cases" in err and "Traceback" not in err

    login, signin_password = workstation.split(":", 1)
    address = backend.ServerAddress("localhost", pg_cluster.port, dbname, Path(pg_cluster.ca_file))
    username, password = accounts[Role.CASEWORKER.value]
    with serverauth.sign_in_server(
        address, address.url(login, signin_password), tmp_path / "ws", username, password
    ) as cw:
        case = CaseService(cw).get(data["cases"][0])
        name = case.details.name
        assert name
    with psycopg.connect(pg_cluster.superuser_conninfo(dbname), autocommit=True) as conn:
        stored = [str(r[0]) for r in conn.execute("SELECT name FROM cases")]
    # Every name (the seeded files and the day's walk-ins) is sealed on the server, bound to
    # its case (form 2, migration 0069).
    assert len(stored) >= 3 and all(v.startswith("osk2.identity.") for v in stored)
    assert all(name not in value for value in stored)
