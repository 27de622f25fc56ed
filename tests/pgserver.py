"""A real PostgreSQL for the tests: one cluster per test session, one database per test.

The cluster is started by the project's own script (scripts/postgres.py: Debian's binaries,
``initdb`` as the postgres user, a CA made there, TLS 1.3 only over TCP, ``fsync=off``,
``log_statement=all`` so the tests can read what the server logged). The OneStop schema is
created once in a template database; each test gets a clone (``CREATE DATABASE … TEMPLATE``,
a file copy, far cheaper than creating the schema again).

The fixtures here are registered by tests/conftest.py, so both the server's own tests
(tests/server/) and the service tests of tests/unit/ that run on both backends (the ``vault``
fixture's ``server`` variant) share one cluster and one centre template per session; nothing
starts PostgreSQL until a test asks for it.
"""

from __future__ import annotations

import importlib.util
import itertools
import queue
import secrets
import sys
import tempfile
import threading
from collections.abc import Iterator
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

REPO = Path(__file__).resolve().parents[1]
TEMPLATE = "onestop_template"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("onestop_postgres", REPO / "scripts/postgres.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


postgres = _load_script()


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


def next_number() -> int:
    """A number no other database of this session's cluster has had."""
    return next(_numbers)


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


class Dropper:
    """Drops a finished test's database on a thread of its own, so the next test need not
    wait for it (PostgreSQL removes the files while pytest goes on, on the other core)."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._names: queue.Queue[str | None] = queue.Queue()
        self._failed: psycopg.Error | None = None
        self._thread = threading.Thread(target=self._run, name="drop-test-databases")
        self._thread.start()

    def drop(self, name: str) -> None:
        self._names.put(name)

    def _run(self) -> None:
        try:
            with psycopg.connect(self._conninfo, autocommit=True) as conn:
                while (name := self._names.get()) is not None:
                    drop = sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
                    conn.execute(drop)
        except psycopg.Error as exc:
            self._failed = exc

    def close(self) -> None:
        """Wait for every database handed over to be dropped; raise what stopped it."""
        self._names.put(None)
        self._thread.join()
        if self._failed is not None:
            raise self._failed


@pytest.fixture(scope="session")
def pg_dropper(pg_cluster: Any) -> Iterator[Dropper]:
    """Where a test's database goes once the test is over (torn down before the cluster)."""
    dropper = Dropper(pg_cluster.superuser_conninfo())
    yield dropper
    dropper.close()


@pytest.fixture
def centre_on_server(
    centre_template: Centre, pg_dropper: Dropper, tmp_path: Path
) -> Iterator[CentreOnServer]:
    """A fresh clone of the centre template, dropped after the test."""
    name = f"onestop_centre_{next_number()}"
    info = centre_template.cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {CENTRE_TEMPLATE}")
    yield CentreOnServer(centre_template, name, tmp_path / "workstation")
    pg_dropper.drop(name)
