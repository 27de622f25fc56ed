"""The server tests' own fixtures, on the session's PostgreSQL cluster.

The cluster, the template database, the centre template and ``centre_on_server`` are in
tests/pgserver.py (registered by tests/conftest.py, so the service tests of tests/unit/ run
on the same cluster); the names below are imported from there for the server tests.

Connections:
- ``superuser``: the bootstrap superuser over the Unix socket (the set-up, and the checks an
  attacker cannot make);
- ``staff_login``: makes a staff member's own login role in her OneStop role's group, through
  ``onestop_add_staff_login`` as the admin would, and gives its libpq parameters (TCP, TLS,
  ``verify-full`` against the script's CA).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from onestop.db import server
from onestop.domain.roles import Role
from tests.pgserver import (
    CENTRE_TEMPLATE,
    REPO,
    SIGNIN_USER,
    TEMPLATE,
    Centre,
    CentreOnServer,
    Dropper,
    next_number,
    postgres,
    superuser_url,
)

__all__ = [
    "CENTRE_TEMPLATE",
    "REPO",
    "SIGNIN_USER",
    "Centre",
    "CentreOnServer",
    "StaffLogin",
    "insert_row",
    "postgres",
    "superuser_url",
    "workstation_url",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.server)


@pytest.fixture
def pg_db(pg_cluster: Any, pg_template: str, pg_dropper: Dropper) -> Iterator[str]:
    """A fresh database cloned from the template, dropped after the test."""
    name = f"onestop_test_{next_number()}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield name
    pg_dropper.drop(name)


@pytest.fixture
def superuser(pg_cluster: Any, pg_db: str) -> Iterator[psycopg.Connection[Any]]:
    """The bootstrap superuser, connected to the test's database over the socket."""
    with psycopg.connect(pg_cluster.superuser_conninfo(pg_db), autocommit=True) as conn:
        yield conn


StaffLogin = Callable[[Role], str]


@pytest.fixture
def staff_login(pg_cluster: Any, pg_db: str, superuser: psycopg.Connection[Any]) -> StaffLogin:
    """Make a login in ``role``'s group (as the admin would, by a verifier); its conninfo.

    Roles are cluster-wide, so each login gets a name no other test uses.
    """

    def make(role: Role) -> str:
        username = f"u{secrets.token_hex(6)}"
        password = secrets.token_urlsafe(24)
        superuser.execute(
            "SELECT onestop_add_staff_login(%s, %s, %s)",
            (username, role.value, server.scram_verifier(password)),
        )
        return pg_cluster.tls_conninfo(server.login_role(username), password, pg_db)

    return make


@pytest.fixture
def signin_login(pg_cluster: Any, pg_db: str, superuser: psycopg.Connection[Any]) -> str:
    """A login that is only a member of the pre-sign-in role; its conninfo (TLS)."""
    name = f"signin_{secrets.token_hex(6)}"
    password = secrets.token_urlsafe(24)
    superuser.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name),
            sql.Literal(server.scram_verifier(password)),
            sql.Identifier(server.SIGNIN),
        )
    )
    return str(pg_cluster.tls_conninfo(name, password, pg_db))


def insert_row(conn: psycopg.Connection[Any], table: str, fixed: dict[str, Any]) -> None:
    """A row of ``table`` with ``fixed`` values and every other NOT NULL column filled by a
    neutral value of its type (no survivor-like text)."""
    columns = conn.execute(
        "SELECT column_name, is_nullable, data_type FROM information_schema.columns "
        "WHERE table_name = %s AND column_default IS NULL",
        (table,),
    ).fetchall()
    values: dict[str, Any] = {}
    for name, nullable, data_type in columns:
        if name in fixed:
            values[name] = fixed[name]
        elif nullable == "NO":
            if data_type in ("integer", "bigint"):
                values[name] = 0
            elif data_type == "boolean":
                values[name] = False
            else:
                values[name] = "2026-01-01T00:00:00Z" if name.endswith("_at") else "x"
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    conn.execute(
        sql.SQL(f"INSERT INTO {{}} ({names}) VALUES ({marks})").format(sql.Identifier(table)),
        list(values.values()),
    )


def workstation_url(centre: CentreOnServer, ca_file: Path | None = None, port: int = 0) -> str:
    """The URL a workstation is given (``onestop --server URL``, ``--server`` of the CLI):
    the pre-sign-in login, the test's database, the cluster's CA; no password."""
    cluster = centre.centre.cluster
    return (
        f"postgresql://{SIGNIN_USER}@localhost:{port or cluster.port}/{centre.dbname}"
        f"?sslrootcert={ca_file or cluster.ca_file}"
    )


@pytest.fixture
def pgpass(
    centre_on_server: CentreOnServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The pre-sign-in login's password where libpq reads it (never in the URL)."""
    path = tmp_path / "pgpass"
    path.write_text(
        f"localhost:*:{centre_on_server.dbname}:{SIGNIN_USER}:"
        f"{centre_on_server.centre.signin_password}\n"
    )
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path
