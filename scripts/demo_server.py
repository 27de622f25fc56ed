"""``make demo-server``: a throw-away centre server with the demo's survivors, and a workstation.

1. starts a PostgreSQL cluster under ``DIR/cluster`` with the script the tests use
   (scripts/postgres.py: Debian's ``postgresql``, installed when run as root, otherwise the
   exact ``apt-get`` line is printed; a CA and a server certificate made there; TCP with TLS
   1.3 only, the workstations checking the certificate with ``sslmode=verify-full``);
2. creates the ``onestop`` database and its schema (``db/server.py`` ``create_schema``);
3. seeds the demo (synthetic survivors, one account per role) in a vault of its own
   (``DIR/vault``) and moves it onto the server as a centre does
   (``services/servermove.py`` ``move_to_server``, verified), then enrols every demo
   account's own database login;
4. makes the login every workstation shares before sign-in (``onestop_workstation``) and
   keeps its password in ``DIR/pgpass`` (mode 0600), never in the URL;
5. opens a workstation: ``onestop --server URL`` with ``ONESTOP_HOME=DIR/workstation-1``.
   A second one is the same command with another ``ONESTOP_HOME`` (printed).

Run again, it reuses what is there (starting the cluster if it stopped). ``--no-window`` does
everything but the last step (the test does). ``stop`` stops the cluster; ``stop --remove``
deletes ``DIR``.

    python scripts/demo_server.py [--dir .demo/server] [--survivors N] [--no-window]
    python scripts/demo_server.py stop [--dir .demo/server] [--remove]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import secrets
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import create_engine

HERE = Path(__file__).resolve().parent
DATABASE = "onestop"
WORKSTATION_LOGIN = "onestop_workstation"
DEFAULT_DIR = Path(".demo/server")


def _postgres_script() -> ModuleType:
    """scripts/postgres.py, the tests' own way to start a cluster."""
    spec = importlib.util.spec_from_file_location("onestop_postgres", HERE / "postgres.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


postgres = _postgres_script()


@dataclass(frozen=True)
class DemoServer:
    """What a workstation needs: the URL (no password), the password file, the accounts."""

    url: str
    pgpass: str
    port: int
    ca_file: str
    accounts: tuple[tuple[str, str, str], ...]  # role, user name, password (synthetic)


def _running(cluster: Any) -> bool:
    try:
        postgres.wait_ready(cluster, seconds=1.0)
    except postgres.ClusterError:
        return False
    return True


def _cluster(directory: Path) -> Any:
    """The demo's cluster, started now if it is not running (made if it does not exist)."""
    place = directory / "cluster"
    if not (place / "cluster.json").is_file():
        return postgres.start(place)
    cluster = postgres.load(place)
    if not _running(cluster):
        data, log = place / "data", ("-l", cluster.log_file)
        subprocess.run(
            postgres._as_owner(
                [str(Path(cluster.bindir) / "pg_ctl"), "start", "-w", "-D", str(data), *log]
            ),
            check=True,
            capture_output=True,
        )
        postgres.wait_ready(cluster)
    return cluster


def _superuser_url(cluster: Any, dbname: str) -> str:
    from onestop.db import server

    return (
        f"{server.URL_SCHEME}://{postgres.SUPERUSER}@/{dbname}"
        f"?host={cluster.socket_dir}&port={cluster.port}"
    )


def setup(directory: Path, survivors: int) -> DemoServer:
    """Steps 1 to 4 (see the module); what was done before is kept."""
    from onestop.cli import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SEED
    from onestop.db import server
    from onestop.demo import DemoSeeder, demo_accounts
    from onestop.services import servermove
    from onestop.services.auth import create_vault, sign_in

    directory = directory.resolve()
    directory.mkdir(parents=True, exist_ok=True)
    # The cluster runs as the postgres user (when root), which must pass through to its own
    # folder; nothing here is listed to it (the vault, pgpass and demo.json are root's own).
    directory.chmod(0o711)
    described = directory / "demo.json"
    cluster = _cluster(directory)
    if described.is_file():
        saved = json.loads(described.read_text())
        saved["accounts"] = tuple(tuple(a) for a in saved["accounts"])
        return DemoServer(**saved)
    with psycopg.connect(cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
    engine = create_engine(_superuser_url(cluster, DATABASE))
    with engine.begin() as conn:
        server.create_schema(conn)

    vault = directory / "vault"
    create_vault(vault, DEMO_ADMIN, DEMO_PASSWORD, display_name="Demo administrator")
    with sign_in(vault, DEMO_ADMIN, DEMO_PASSWORD) as admin:
        DemoSeeder(admin).seed(survivors, seed=DEMO_SEED)
    accounts = demo_accounts(DEMO_SEED)
    with sign_in(vault, DEMO_ADMIN, DEMO_PASSWORD) as admin, engine.begin() as conn:
        servermove.move_to_server(admin, DEMO_PASSWORD, conn)
        for account in accounts:
            servermove.enrol_login(conn, account.username, account.password)
    engine.dispose()

    password = secrets.token_urlsafe(24)
    with psycopg.connect(cluster.superuser_conninfo(DATABASE), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(WORKSTATION_LOGIN),
                sql.Literal(server.scram_verifier(password)),
                sql.Identifier(server.SIGNIN),
            )
        )
    port = int(cluster.port)
    pgpass = directory / "pgpass"
    pgpass.write_text(f"localhost:{port}:{DATABASE}:{WORKSTATION_LOGIN}:{password}\n")
    pgpass.chmod(0o600)
    ca_file = str(cluster.ca_file)
    demo = DemoServer(
        url=f"postgresql://{WORKSTATION_LOGIN}@localhost:{port}/{DATABASE}?sslrootcert={ca_file}",
        pgpass=str(pgpass),
        port=port,
        ca_file=ca_file,
        accounts=(
            ("admin", DEMO_ADMIN, DEMO_PASSWORD),
            *((a.role.value, a.username, a.password) for a in accounts),
        ),
    )
    described.write_text(json.dumps(asdict(demo), indent=2) + "\n")
    described.chmod(0o600)
    return demo


def workstation_command(demo: DemoServer, directory: Path, number: int) -> list[str]:
    """The command line of workstation ``number`` (its own ONESTOP_HOME)."""
    home = directory.resolve() / f"workstation-{number}"
    return [
        "env",
        f"ONESTOP_HOME={home}",
        f"PGPASSFILE={demo.pgpass}",
        str(Path(sys.executable).parent / "onestop"),
        "--server",
        demo.url,
    ]


def _describe(demo: DemoServer, directory: Path) -> str:
    lines = [
        f"The demo centre's server runs on localhost:{demo.port} (TLS, CA {demo.ca_file}).",
        "Accounts (synthetic):",
        *(f"  {role:<16} {user:<20} {password}" for role, user, password in demo.accounts),
        "",
        "A workstation:",
        "  " + " ".join(_quoted(workstation_command(demo, directory, 1))),
        "A second workstation (another terminal), its own folder:",
        "  " + " ".join(_quoted(workstation_command(demo, directory, 2))),
        "",
        f"Stop the server: python scripts/demo_server.py stop --dir {directory}",
    ]
    return "\n".join(lines)


def _quoted(parts: list[str]) -> list[str]:
    return [f"'{p}'" if any(c in p for c in "?&' ") else p for p in parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=("start", "stop"), default="start")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--survivors", type=int, default=300)
    parser.add_argument("--no-window", action="store_true", help="set up only")
    parser.add_argument("--remove", action="store_true", help="with stop: delete DIR")
    args = parser.parse_args(argv)
    try:
        if args.command == "stop":
            postgres.stop(args.dir / "cluster", remove=False)
            if args.remove:
                import shutil

                shutil.rmtree(args.dir)
            return 0
        demo = setup(args.dir, args.survivors)
    except postgres.ClusterError as error:
        print(error, file=sys.stderr)
        return 2
    print(_describe(demo, args.dir))
    if args.no_window:
        return 0
    command = workstation_command(demo, args.dir, 1)
    os.execvp(command[0], command)  # noqa: S606 - the workstation replaces this script
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
