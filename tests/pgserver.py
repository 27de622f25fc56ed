"""A real PostgreSQL for the tests: one cluster per pytest process, one database per test.

The cluster is started by the project's own script (scripts/postgres.py: Debian's binaries,
``initdb`` as the postgres user, a CA made there, TLS 1.3 only over TCP, ``fsync=off``,
``log_statement=all`` so the tests can read what the server logged). The OneStop schema is
created once in a template database; each test gets a clone (``CREATE DATABASE … TEMPLATE``,
a file copy, far cheaper than creating the schema again).

The fixtures here are registered by tests/conftest.py, so both the server's own tests
(tests/server/) and the service tests of tests/unit/ that run on both backends (the ``vault``
fixture's ``server`` variant) share one cluster and one centre template per session; nothing
starts PostgreSQL until a test asks for it.

Under pytest-xdist (``make test`` runs two workers) each worker is a session of its own, so it
starts its own cluster (its own port, socket, template and centre template): no two workers
share a database, a cluster-wide login role or the server's log. Each cluster's folder is
/tmp/onestop-pg-RUN-WORKER-*, RUN being chosen by the process that started the run; that
process removes whatever cluster of its run is left at the very end (a worker that crashed,
or a run stopped by ``timeout``, whose SIGTERM is turned into KeyboardInterrupt so that the
fixtures' teardown runs), so no PostgreSQL outlives the run that started it.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import queue
import secrets
import shutil
import signal
import subprocess
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
from tests.conftest import SYSTEM_TMP, SampleVault, copy_vault, password_for, username_for

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


# ----- the run's clusters: one per pytest process, none left behind ------------------------

RUN_VARIABLE = "ONESTOP_TEST_RUN"  # set by the process that started the run, read by workers
_RUN = pytest.StashKey[str]()
# A cluster whose port another process took between _free_port() and the server's bind.
PORT_TAKEN = "Address already in use"
STARTS = 3


def cluster_prefix() -> str:
    """The folder name's start of this process's clusters: the run, then the xdist worker."""
    run = os.environ.get(RUN_VARIABLE) or str(os.getpid())
    return f"onestop-pg-{run}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-"


def remove_cluster(directory: Path) -> None:
    """Stop the server in ``directory`` if one runs there, and delete the folder; also when
    ``postgres.start`` failed before describing the cluster (no cluster.json)."""
    if (directory / "cluster.json").is_file():
        postgres.stop(directory, remove=True)
        return
    data = directory / "data"
    if (data / "postmaster.pid").exists():  # pg_ctl gave up waiting, the server came up later
        pg_ctl = str(postgres.ensure_bindir() / "pg_ctl")
        stop = [pg_ctl, "stop", "-w", "-m", "immediate", "-D", str(data)]
        subprocess.run(postgres._as_owner(stop), capture_output=True, check=False)
    shutil.rmtree(directory, ignore_errors=True)


def _sigterm(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    """Name the run (in the process that started it), and let SIGTERM (``timeout``, CI
    cancelling a job) end the session as Ctrl-C does, through the fixtures' teardown, which
    stops the clusters; killed by it, pytest would leave them running."""
    if not hasattr(config, "workerinput"):
        run = f"{os.getpid()}{secrets.token_hex(2)}"
        os.environ[RUN_VARIABLE] = run  # inherited by the xdist workers it starts
        config.stash[_RUN] = run
    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    ):
        signal.signal(signal.SIGTERM, _sigterm)


def pytest_unconfigure(config: pytest.Config) -> None:
    """In the process that started the run, once every worker is gone: stop and remove any
    cluster of this run still there (a worker that crashed or was killed mid-session)."""
    run = config.stash.get(_RUN, None)
    if run is None:
        return
    for directory in sorted(SYSTEM_TMP.glob(f"onestop-pg-{run}-*")):
        remove_cluster(directory)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """The running cluster (scripts/postgres.py's Cluster), stopped and removed at the end."""
    # Not under pytest's tmp_path: its parents are 0700 root, which the postgres user cannot
    # enter. mkdtemp makes a fresh 0700 directory in /tmp that the script hands to postgres.
    for attempt in range(1, STARTS + 1):
        directory = Path(tempfile.mkdtemp(prefix=cluster_prefix(), dir=SYSTEM_TMP))
        try:
            cluster = postgres.start(directory, fast=True, log_statements=True)
        except postgres.ClusterError as exc:
            remove_cluster(directory)
            if PORT_TAKEN in str(exc) and attempt < STARTS:
                continue  # another process (a worker starting its own cluster) took the port
            raise
        except BaseException:
            remove_cluster(directory)
            raise
        break
    try:
        yield cluster
    finally:
        remove_cluster(directory)


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
