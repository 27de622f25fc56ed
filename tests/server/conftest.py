"""A real PostgreSQL for the server tests: one cluster per test session, one database per test.

The cluster is started by the project's own script (scripts/postgres.py: Debian's binaries,
``initdb`` as the postgres user, a CA made there, TLS 1.3 only over TCP, ``fsync=off``,
``log_statement=all`` so the tests can read what the server logged). The OneStop schema is
created once in a template database; each test gets a clone (``CREATE DATABASE … TEMPLATE``,
a file copy, far cheaper than creating the schema again).

Connections:
- ``superuser``: the bootstrap superuser over the Unix socket (the set-up, and the checks an
  attacker cannot make);
- ``staff_login``: makes a staff member's own login role in her OneStop role's group, through
  ``onestop_add_staff_login`` as the admin would, and gives its libpq parameters (TCP, TLS,
  ``verify-full`` against the script's CA).
"""

from __future__ import annotations

import importlib.util
import itertools
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine

from onestop.db import server
from onestop.domain.roles import Role
from onestop.services import backend, serverauth
from onestop.services.session import VaultSession
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import user_slot_id
from tests.conftest import SampleVault, copy_vault, password_for, username_for

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = "onestop_template"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("onestop_postgres", REPO / "scripts/postgres.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


postgres = _load_script()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """The running cluster (scripts/postgres.py's Cluster), stopped and removed at the end."""
    # Not under pytest's tmp_path: its parents are 0700 root, which the postgres user cannot
    # enter. mkdtemp makes a fresh 0700 directory in /tmp that the script hands to postgres.
    directory = Path(tempfile.mkdtemp(prefix="onestop-pg-"))
    cluster = postgres.start(directory, fast=True, log_statements=True)
    try:
        yield cluster
    finally:
        postgres.stop(directory, remove=True)


def superuser_url(cluster: Any, dbname: str) -> str:
    """The SQLAlchemy URL (postgresql+psycopg) of the bootstrap superuser over the socket."""
    return (
        f"{server.URL_SCHEME}://{postgres.SUPERUSER}@/{dbname}"
        f"?host={cluster.socket_dir}&port={cluster.port}"
    )


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Any) -> str:
    """The template database holding the OneStop schema, made once per session."""
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    engine = create_engine(superuser_url(pg_cluster, TEMPLATE))
    with engine.begin() as conn:
        server.create_schema(conn)
    engine.dispose()
    return TEMPLATE


_numbers = itertools.count(1)


@pytest.fixture
def pg_db(pg_cluster: Any, pg_template: str) -> Iterator[str]:
    """A fresh database cloned from the template, dropped after the test."""
    name = f"onestop_test_{next(_numbers)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield name
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


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


# ----- the centre on the server: the test vault's records, staff and keys on PostgreSQL ------

CENTRE_TEMPLATE = "onestop_centre_template"
SIGNIN_USER = "onestop_workstation"  # the pre-sign-in login every workstation shares


@dataclass(frozen=True)
class Centre:
    """The cluster's centre template: the database to clone and how workstations sign in."""

    cluster: Any
    signin_password: str


@pytest.fixture(scope="session")
def centre_template(
    pg_cluster: Any, pg_template: str, vault_template: SampleVault, tmp_path_factory: Any
) -> Centre:
    """The test vault (one account per role, their section keys) moved onto the server once:
    a database holding its rows as stored, its users' slots and its attachments, and each
    member of staff's login, made from the verifier of the password her slot derives."""
    copy = copy_vault(vault_template, tmp_path_factory.mktemp("centre") / "vault")
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {CENTRE_TEMPLATE} TEMPLATE {pg_template}")
    engine = create_engine(superuser_url(pg_cluster, CENTRE_TEMPLATE))
    with copy.sign_in(Role.ADMIN) as admin, engine.begin() as conn:
        serverauth.copy_to_server(
            admin.engine, admin.slots, BlobStore(admin.folder.blobs, admin.key), conn
        )
        slots = admin.slots
    engine.dispose()
    signin_password = secrets.token_urlsafe(24)
    info = pg_cluster.superuser_conninfo(CENTRE_TEMPLATE)
    with psycopg.connect(info, autocommit=True) as conn:
        for role in Role:
            username = username_for(role)
            opened = slots.open_slot(user_slot_id(username), password_for(role))
            assert opened is not None
            password = backend.login_password(opened.private, slots.vault_id, username)
            conn.execute(
                "SELECT onestop_add_staff_login(%s, %s, %s)",
                (username, role.value, server.scram_verifier(password)),
            )
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(SIGNIN_USER),
                sql.Literal(server.scram_verifier(signin_password)),
                sql.Identifier(server.SIGNIN),
            )
        )
    return Centre(pg_cluster, signin_password)


@dataclass(frozen=True)
class CentreOnServer:
    """One test's centre on the server, signed in from one workstation's folder."""

    centre: Centre
    dbname: str
    workstation: Path

    @property
    def address(self) -> backend.ServerAddress:
        cluster = self.centre.cluster
        return backend.ServerAddress("localhost", cluster.port, self.dbname, Path(cluster.ca_file))

    def sign_in(self, role: Role = Role.ADMIN) -> VaultSession:
        signin_url = self.address.url(SIGNIN_USER, self.centre.signin_password)
        return serverauth.sign_in_server(
            self.address, signin_url, self.workstation, username_for(role), password_for(role)
        )

    def superuser(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.centre.cluster.superuser_conninfo(self.dbname), autocommit=True)


@pytest.fixture
def centre_on_server(centre_template: Centre, tmp_path: Path) -> Iterator[CentreOnServer]:
    """A fresh clone of the centre template, dropped after the test."""
    name = f"onestop_centre_{next(_numbers)}"
    info = centre_template.cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {CENTRE_TEMPLATE}")
    yield CentreOnServer(centre_template, name, tmp_path / "workstation")
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


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
